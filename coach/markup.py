"""Markdown turned into what a reader outside the app needs: plain text, e-mail HTML, calm previews.

Drafts are written in light Markdown (``**bold**``, ``## headings``, lists). A mail program shows
text/plain literally, so the plain part of an e-mail must carry no markers, and its HTML part
renders them. Previews in lists must not turn a ``# heading`` into a giant title.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from coach.lazy_patterns import lazy_regex

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_HEADING = lazy_regex(r"^[ \t]{0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$", re.MULTILINE)
_RULE = lazy_regex(r"^[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$\n?", re.MULTILINE)
_BULLET = lazy_regex(r"^([ \t]*)[*+][ \t]+", re.MULTILINE)
_QUOTE = lazy_regex(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE)
_IMAGE = lazy_regex(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_LINK = lazy_regex(r"\[([^\]\n]+)\]\(\s*<?([^)\s>]+)>?[^)\n]*\)")
_STRONG = lazy_regex(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = lazy_regex(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\*)|(?<!\w)_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)")
_CODE_SPAN = lazy_regex(r"`([^`\n]+)`")
_FENCE = lazy_regex(r"^[ \t]*(?:```|~~~).*$\n?", re.MULTILINE)
_ESCAPE = lazy_regex(r"\\([\\`*_{}\[\]()#+\-.!>$])")


@cache
def _html_renderer() -> MarkdownIt:
    # Built on first use (an e-mail export): importing markdown-it cost the app's first page 0.1 s.
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "breaks": True}).disable("image")


def markdown_to_plain(text: str) -> str:
    """The text a person would read, without Markdown markers (links keep their address)."""
    text = _FENCE.sub("", text)
    text = _RULE.sub("", text)
    text = _HEADING.sub(lambda m: m[2], text)
    text = _QUOTE.sub("", text)
    text = _BULLET.sub(r"\1- ", text)
    text = _IMAGE.sub(lambda m: m[1], text)
    text = _LINK.sub(lambda m: m[1] if m[1] == m[2] else f"{m[1]} ({m[2]})", text)
    text = _CODE_SPAN.sub(r"\1", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(lambda m: m[1] or m[2], text)
    text = _ESCAPE.sub(r"\1", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def markdown_to_html(text: str) -> str:
    """Markdown as an HTML fragment for an e-mail: raw HTML is escaped and images are left out."""
    return str(_html_renderer().render(text))


def demote_headings(text: str, top: int = 4) -> str:
    """Headings made no bigger than level ``top``, so saved text reads calmly inside a page."""
    return _HEADING.sub(lambda m: f"{'#' * max(len(m[1]), top)} {m[2]}", text)


def one_line_preview(text: str, limit: int) -> str:
    """A single plain line of at most ``limit`` characters, for lists."""
    line = " ".join(markdown_to_plain(text).split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
