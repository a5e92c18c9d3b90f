"""Model output is neutralised before it is rendered."""

from __future__ import annotations

import re

import pytest

from coach.safety import is_allowed_url, sanitize_markdown

LEAK = "127.0.0.1:9"


@pytest.mark.parametrize(
    "text",
    [
        "![x](http://127.0.0.1:9/leak?q=secret)",
        '![x](<http://127.0.0.1:9/leak?q=secret> "title")',
        "![x][ref]\n\n[ref]: http://127.0.0.1:9/leak?q=secret",
        "![x]\n\n[x]: http://127.0.0.1:9/leak?q=secret",
        "<img src='http://127.0.0.1:9/leak?q=secret'>",
        "<IMG\nsrc=http://127.0.0.1:9/leak?q=secret>",
        "<picture><source srcset='http://127.0.0.1:9/leak?q=secret'></picture>",
        "[![x](http://127.0.0.1:9/leak?q=secret)](http://127.0.0.1:9/leak?q=secret)",
    ],
)
def test_images_are_removed(text: str) -> None:
    cleaned = sanitize_markdown(text)
    assert not re.search(r"(?<!\\)!\[", cleaned)
    assert "<img" not in cleaned.lower() and "<source" not in cleaned.lower()
    assert f"({'http://' + LEAK}" not in cleaned  # no link or image destination survives


def test_links_outside_the_allow_list_lose_their_target_but_keep_their_words() -> None:
    cleaned = sanitize_markdown("Read [this guide](https://evil.example/?q=secret) today.")
    assert cleaned == "Read this guide (link removed) today."


def test_allow_listed_links_are_kept() -> None:
    text = "See [mentoring](https://en.wikipedia.org/wiki/Mentorship) and <https://wikipedia.org/x>."
    assert sanitize_markdown(text) == text
    assert sanitize_markdown("[a](https://docs.example.com/p)", ["example.com"]) == "[a](https://docs.example.com/p)"


def test_bare_and_autolinks_to_other_hosts_are_shown_as_code() -> None:
    cleaned = sanitize_markdown("Go to http://evil.example/x?q=1, or <https://evil.example/y>.")
    assert cleaned == "Go to `http://evil.example/x?q=1`, or `https://evil.example/y`."


def test_html_becomes_literal_text_and_dollars_are_not_latex() -> None:
    cleaned = sanitize_markdown("<b>bold</b> costs $5 to $10")
    assert cleaned == "&lt;b>bold&lt;/b> costs \\$5 to \\$10"


def test_citations_and_plain_markdown_are_untouched() -> None:
    text = "**Be specific** [1]. Then follow up [2].\n\n- one\n- two\n\n`code`"
    assert sanitize_markdown(text) == text


def test_reference_definitions_to_other_hosts_are_dropped() -> None:
    cleaned = sanitize_markdown("Ask [1] now.\n\n[1]: https://evil.example/?q=secret")
    assert "evil.example" not in cleaned and "Ask [1] now." in cleaned


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://en.wikipedia.org/wiki/X", True),
        ("https://wikipedia.org.evil.example/", False),
        ("javascript:alert(1)", False),
        ("data:image/png;base64,AAAA", False),
        ("/relative/path", False),
        ("mailto:someone@example.org", True),
    ],
)
def test_allow_list_matches_hosts_and_subdomains_only(url: str, allowed: bool) -> None:
    assert is_allowed_url(url) is allowed


def _stream(text: str, size: int) -> list[str]:
    from coach.safety import sanitize_stream

    return list(sanitize_stream(text[i : i + size] for i in range(0, len(text), size)))


@pytest.mark.parametrize("size", [1, 3, 7, 1000])
def test_streamed_output_never_holds_an_image_or_foreign_link(size: int) -> None:
    text = (
        "Start with a clear ask [1]. Then ![x](http://127.0.0.1:9/leak?q=secret) and "
        "[click](http://evil.example/?q=1)\n<img src=http://127.0.0.1:9/leak>\n![a\nb](http://127.0.0.1:9/l)"
        " done www.evil.example/x end"
    )
    pieces = _stream(text, size)
    rendered = "".join(pieces)
    for prefix_end in range(1, len(pieces) + 1):  # every intermediate render is safe too
        shown = "".join(pieces[:prefix_end])
        assert not re.search(r"(?<!\\)!\[", shown)
        assert "<img" not in shown and "](http" not in shown
    assert "Start with a clear ask [1]." in rendered
    assert "click (link removed)" in rendered
    assert "`www.evil.example/x`" in rendered


def test_plain_words_stream_before_the_line_ends() -> None:
    pieces = _stream("Hello there my friend", 6)
    assert len(pieces) > 1 and "".join(pieces) == "Hello there my friend"


def test_backticks_across_a_paragraph_break_do_not_shield_a_link() -> None:
    from coach.safety import sanitize_markdown

    text = "`x\n\nhttps://evil.example/?q=secret\n\nb`"
    cleaned = sanitize_markdown(text, frozenset())
    assert "`https://evil.example/?q=secret`" in cleaned
