from pathlib import Path

import pytest

from coach.knowledge import load_guidance, split_sections, split_to_budget
from coach.tokens import count_tokens

from .pdfmaker import write_text_pdf

GOOD_CARD = """---
id: {id}
title: {title}
audience: mentee
tasks: [outreach, ask]
tags: [first-contact]
sources: ["How to Build Strong Mentoring Relationships"]
---
## Why it matters
A short first note that names the person earns replies.

## How to do it
1. Say why them.
2. Make one small ask.
"""


def write_card(folder: Path, card_id: str, title: str = "A card", text: str | None = None) -> Path:
    path = folder / f"{card_id}.md"
    path.write_text(text if text is not None else GOOD_CARD.format(id=card_id, title=title), "utf-8")
    return path


def test_cards_split_by_heading_keep_metadata(tmp_path: Path) -> None:
    write_card(tmp_path, "first-note", "Writing a first note")
    result = load_guidance(tmp_path)
    assert result.problems == []
    [document] = result.documents.values()
    assert document.is_card and document.title == "Writing a first note"
    assert [p.heading for p in document.passages] == ["Why it matters", "How to do it"]
    first = document.passages[0]
    assert first.card_id == "first-note" and first.audience == "mentee"
    assert first.tasks == ("outreach", "ask") and first.source.endswith("first-note.md")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no front matter here\n", "no front matter"),
        ("---\nid: [unclosed\n---\nbody\n", "not valid YAML"),
        ("---\nid: x\ntitle: T\n---\nbody\n", "missing required key(s): audience, tasks, tags, sources"),
        (GOOD_CARD.format(id="x", title="T").replace("audience: mentee", "audience: boss"), "audience must be"),
        (GOOD_CARD.format(id="Bad Id", title="T"), "lowercase slug"),
        (GOOD_CARD.format(id="x", title="T").replace("[outreach, ask]", "[outreach, dance]"), "unknown task"),
    ],
)
def test_broken_card_is_named_and_the_rest_still_load(tmp_path: Path, text: str, expected: str) -> None:
    write_card(tmp_path, "good-one")
    broken = write_card(tmp_path, "broken", text=text)
    result = load_guidance(tmp_path)
    assert list(result.documents) == ["good-one"]
    [problem] = result.problems
    assert problem.path == str(broken)
    assert expected in problem.message


def test_duplicate_ids_are_reported(tmp_path: Path) -> None:
    write_card(tmp_path, "same")
    (tmp_path / "copy.md").write_text(GOOD_CARD.format(id="same", title="Copy"), "utf-8")
    result = load_guidance(tmp_path)
    assert len(result.documents) == 1
    assert "already used" in result.problems[0].message


def test_user_folder_reads_md_txt_pdf_and_skips_the_rest(tmp_path: Path) -> None:
    cards, extra = tmp_path / "cards", tmp_path / "mine"
    cards.mkdir()
    extra.mkdir()
    write_card(cards, "card-one")
    (extra / "notes.md").write_text("# Team notes\n\n## Cadence\nWe meet every second Tuesday.\n", "utf-8")
    (extra / "plain.txt").write_text("Plain text guidance about reflection after meetings.", "utf-8")
    write_text_pdf(extra / "handbook.pdf", ["Mentoring handbook", "Agree a cadence in the first meeting."])
    (extra / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (extra / "binary.txt").write_bytes(b"abc\x00\x01\x02")
    (extra / "latin1.txt").write_bytes("caf\xe9 cr\xe8me".encode("latin-1"))
    (extra / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")

    result = load_guidance(cards, [extra])

    texts = {doc.title: " ".join(p.text for p in doc.passages) for doc in result.documents.values()}
    assert "every second Tuesday" in texts["Team notes"]
    assert any("Agree a cadence" in text for text in texts.values())
    assert any("reflection after meetings" in text for text in texts.values())
    problems = {Path(p.path).name: p.message for p in result.problems}
    assert "only .md, .txt and .pdf" in problems["photo.png"]
    assert "binary" in problems["binary.txt"]
    assert "UTF-8" in problems["latin1.txt"]
    assert "PDF could not be read" in problems["broken.pdf"]
    assert result.card_count == 1 and len(result.documents) == 4


def test_unreadable_file_is_skipped_with_a_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_card(tmp_path, "readable")
    locked = write_card(tmp_path, "locked")
    real_read = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        # Root ignores file modes, so permission failures are simulated here.
        if self == locked:
            raise PermissionError(13, "Permission denied")
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = load_guidance(tmp_path)
    assert list(result.documents) == ["readable"]
    assert "cannot be read" in result.problems[0].message


def test_missing_extra_folder_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    write_card(tmp_path, "only")
    result = load_guidance(tmp_path, [tmp_path / "nope"])
    assert list(result.documents) == ["only"]
    assert "folder not found" in result.problems[0].message


def test_sections_use_the_title_before_the_first_heading() -> None:
    body = "Intro text.\n\n## Steps\nDo this.\n### Detail\nAnd that.\n"
    assert list(split_sections(body, "Card title")) == [
        ("Card title", "Intro text."),
        ("Steps", "Do this."),
        ("Detail", "And that."),
    ]


def test_long_sections_are_split_within_the_token_budget() -> None:
    paragraph = " ".join(["Prepare your questions before each meeting so the time goes to what matters."] * 12)
    text = "\n\n".join([paragraph] * 5)
    pieces = split_to_budget(text, 120)
    assert len(pieces) > 1
    assert all(count_tokens(piece) <= 120 for piece in pieces)
    assert " ".join(" ".join(pieces).split()) == " ".join(text.split())
