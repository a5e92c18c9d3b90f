"""``coach eval --notes``: where each labelled line of the notes lands in the summary email."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach.tasks.notes_eval import LEFT_OUT, MENTIONED, email_lines, evaluate, table, where_it_went
from coach.tasks.notes_labelled import LabelledPart, NotesDatasetError, NotesSet, load_sets

EMAIL = """Hi Dana,

Thank you for your time today, and especially for your point that reviewers read the first page only.

**What I'm taking away**
- Cut the proposal to two aims.

**Action items**
- **Dana:** Send me her funded application
- **Me:** Redo the lay summary (by 25/3)
- **Both of us:** Swap drafts before the panel

Looking forward to our next session in early April.

Warmly,
Sam
"""


def test_an_email_is_read_as_owned_action_items_and_mentioned_sentences() -> None:
    lines = email_lines(EMAIL, "Dana")
    places = [line.place for line in lines if line.stems]
    assert places.count("mentor_task") == places.count("my_task") == places.count("both_task") == 1
    assert where_it_went("dana to send me her funded application w/ me", lines) == "mentor_task"
    assert where_it_went("I'll redo the lay summary by 25/3", lines) == "my_task"
    assert where_it_went("we'll swap drafts b4 the panel", lines) == "both_task"
    assert where_it_went("she said reviewers read the 1st page only", lines) == MENTIONED
    assert where_it_went("next mtg early april", lines) == MENTIONED
    assert where_it_went("honestly felt stupid about the budget", lines) == LEFT_OUT
    assert where_it_went("ok!!", lines) is None  # nothing to look for


def test_shorthand_in_the_notes_is_matched_to_the_words_the_email_spells_out() -> None:
    lines = email_lines("**Action items**\n- **Me:** Book the meeting with the team tomorrow", "Dana")
    assert where_it_went("book mtg w/ team tmrw", lines) == "my_task"


def notes_set(notes: str, *parts: tuple[str, str]) -> NotesSet:
    return NotesSet("t1", "Dana Okoro", "Sam", notes, tuple(LabelledPart(text, label) for text, label in parts))


def test_the_report_counts_owners_leaks_and_what_was_recapped() -> None:
    notes = ("dana to send me her funded application\nI'll redo the lay summary by 25/3\n"
             "felt so stupid about the budget, not telling anyone\nnext mtg early april")
    report = evaluate([notes_set(notes, ("dana to send me her funded application", "mentor_task"),
                                 ("I'll redo the lay summary by 25/3", "my_task"),
                                 ("felt so stupid about the budget, not telling anyone", "private"),
                                 ("next mtg early april", "next_meeting"))], "unit")
    assert report.drafts == 1
    assert report.task_accuracy() == 1.0 and report.task_precision() == 1.0
    assert report.leaks() == 0.0 and report.kept("next_meeting") == 1.0
    assert report.misread == []
    assert "| tasks under the right owner | 100% |" in table([report])


def test_a_task_under_the_wrong_owner_is_counted_and_named() -> None:
    notes = "Send her the deck by friday"  # the user's task, read as the mentor's if the reader slips
    report = evaluate([notes_set(notes, (notes, "mentor_task"))], "unit")
    assert report.task_accuracy() == 0.0
    assert report.misread == [("t1", notes, "mentor_task", "my_task")]


def test_a_malformed_file_gets_one_line_that_says_what_to_give(tmp_path: Path) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n", "utf-8")
    with pytest.raises(NotesDatasetError, match="Give a JSONL file of labelled notes"):
        load_sets(broken)
    unknown = tmp_path / "unknown.jsonl"
    unknown.write_text(json.dumps({"id": "x", "mentor_name": "A", "notes": "hi",
                                   "lines": [{"line": "hi", "label": "greeting"}]}) + "\n", "utf-8")
    with pytest.raises(NotesDatasetError, match="unknown labels"):
        load_sets(unknown)
    with pytest.raises(NotesDatasetError, match="each needs id"):
        unknown.write_text(json.dumps({"id": "x"}) + "\n", "utf-8")
        load_sets(unknown)
