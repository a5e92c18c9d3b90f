"""The seven link shapes that used to survive the sanitiser, checked by rendering with a real Markdown parser.

The rendered HTML may show an off-list host only inside ``<code>`` (never linked, never autolinked)
and may carry no ``href``/``src`` to it. Entities are decoded before checking, as a browser would.
"""

from __future__ import annotations

import re

import pytest
from markdown_it import MarkdownIt

from coach.safety import decode_entities, sanitize_markdown, sanitize_stream

HOST = "evil.example"
RENDER = MarkdownIt("commonmark")

GAPS = [
    pytest.param(f"Read _http://{HOST}/x_ today.", id="underscore-wrapped"),
    pytest.param(f"Visit www.{HOST} for more.", id="www"),
    pytest.param(f"Visit WWW.{HOST} for more.", id="WWW"),
    pytest.param(f"> [guide][g]\n>\n> [g]: //{HOST}/x", id="definition-in-blockquote"),
    pytest.param(f"- [guide][g]\n- [g]: //{HOST}/x", id="definition-in-list-item"),
    pytest.param(f"Here \\`http://{HOST}/x\\` it is.", id="escaped-backticks"),
    pytest.param(f"[guide](https&colon;&sol;&sol;{HOST}/x)", id="entities-in-target"),
    pytest.param(f"[guide][g]\n\n[g]: https&colon;//{HOST}/x", id="entities-in-definition"),
    pytest.param(f"Go to https&colon;&sol;&sol;{HOST}/x now.", id="entities-in-text"),
    pytest.param(f"Try hTTps://{HOST}/x or Www.{HOST}.", id="mixed-case"),
    pytest.param(f"A stray ` tick, then http://{HOST}/x", id="stray-backtick"),
]


def _outside_code(rendered: str) -> str:
    return re.sub(r"<code>.*?</code>", "", rendered, flags=re.DOTALL)


@pytest.mark.parametrize("text", GAPS)
def test_off_list_urls_are_never_links(text: str) -> None:
    cleaned = sanitize_markdown(text)
    rendered = RENDER.render(cleaned)
    assert not re.search(rf"(href|src)=\"[^\"]*{re.escape(HOST)}", decode_entities(rendered)), rendered
    assert HOST not in decode_entities(_outside_code(rendered)), f"{HOST} is linkable text in: {rendered}"


@pytest.mark.parametrize("text", GAPS)
def test_streaming_gives_the_same_safety(text: str) -> None:
    streamed = "".join(sanitize_stream(list(text)))  # one character per chunk, the worst split
    rendered = RENDER.render(streamed)
    assert not re.search(rf"(href|src)=\"[^\"]*{re.escape(HOST)}", decode_entities(rendered))
    assert HOST not in decode_entities(_outside_code(rendered))


def test_allowed_links_and_plain_words_survive() -> None:
    text = "See [the article](https://en.wikipedia.org/wiki/Mentorship) & ask early: www.wikipedia.org."
    rendered = RENDER.render(sanitize_markdown(text))
    assert 'href="https://en.wikipedia.org/wiki/Mentorship"' in rendered
    assert "ask early" in rendered and "&amp;" in rendered


def test_nested_entities_are_decoded_like_a_browser_would() -> None:
    assert decode_entities("https&amp;colon;//x") == "https://x"
    assert decode_entities("&#x3a;&#58;&colon;") == ":::"
