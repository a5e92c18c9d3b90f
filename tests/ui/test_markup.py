"""Markdown for readers outside the app, and indexing progress that counts files (issue 12)."""

from __future__ import annotations

from pathlib import Path

from coach.config import Settings
from coach.knowledge import load_guidance
from coach.markup import demote_headings, markdown_to_plain, one_line_preview


def test_plain_text_has_no_markdown_markers() -> None:
    text = "# Title\n\n**Bold** and *soft* and `code`, [a link](https://example.org).\n\n* item\n\n---\nsnake_case"
    plain = markdown_to_plain(text)
    assert plain == "Title\n\nBold and soft and code, a link (https://example.org).\n\n- item\n\nsnake_case"


def test_headings_are_demoted_and_previews_are_one_plain_line() -> None:
    assert demote_headings("# Big\n## Less\n##### Small") == "#### Big\n#### Less\n##### Small"
    assert one_line_preview("## What I'm taking away\n\n**Thanks**", 100) == "What I'm taking away Thanks"
    assert one_line_preview("word " * 50, 20).endswith("…") and len(one_line_preview("word " * 50, 20)) <= 20


def test_reading_guidance_reports_progress_per_card() -> None:
    cards_dir = Settings().cards_dir
    seen: list[tuple[int, int]] = []
    loaded = load_guidance(cards_dir, progress=lambda done, total: seen.append((done, total)))
    files = [p for p in Path(cards_dir).rglob("*.md") if p.name.lower() != "readme.md" and not p.name.startswith(".")]
    assert seen[-1] == (len(files), len(files)) and len(seen) == len(files) > 1
    assert loaded.card_count == len(loaded.documents)
