"""Sentence-building helpers: the user's fragments woven into natural sentences."""

from __future__ import annotations

import pytest

from coach import compose
from tests.tasks.support import guidance


def test_pick_is_stable_for_one_input_and_varies_between_inputs() -> None:
    options = ["a", "b", "c", "d"]
    assert compose.pick(options, "Ana", "goal") == compose.pick(options, "Ana", "goal")
    assert len({compose.pick(options, f"user {i}") for i in range(40)}) > 1


def test_join_items() -> None:
    assert compose.join_items([]) == ""
    assert compose.join_items(["a"]) == "a"
    assert compose.join_items(["a", "b"]) == "a and b"
    assert compose.join_items(["a", "b", "c"], "or") == "a, b or c"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moving into product", "moving into product"),
        ("The deck", "the deck"),
        ("Python course", "Python course"),
        ("UX research", "UX research"),
        ("I lead a team", "I lead a team"),
        ("Amaka's talk", "Amaka's talk"),
        ("A long story", "a long story"),
    ],
)
def test_lower_first_keeps_names_acronyms_and_i(text: str, expected: str) -> None:
    assert compose.lower_first(text) == expected


@pytest.mark.parametrize(
    ("fragment", "sentence"),
    [
        ("I lead a team", "I lead a team."),
        ("leading a team", "I'm leading a team."),
        ("Finished the AWS course", "I finished the AWS course."),
        ("based in Leeds", "I'm based in Leeds."),
        ("a nurse at St Mary's", "I'm a nurse at St Mary's."),
        ("Python course done", None),
    ],
)
def test_first_person_sentence(fragment: str, sentence: str | None) -> None:
    assert compose.first_person_sentence(fragment) == sentence


@pytest.mark.parametrize(
    ("goal", "phrase"),
    [
        ("I want to become a staff engineer", "becoming a staff engineer"),
        ("to get promoted", "getting promoted"),
        ("Public speaking", "public speaking"),
        ("move into UX research.", "moving into UX research"),
    ],
)
def test_goals_become_phrases(goal: str, phrase: str) -> None:
    assert compose.to_gerund_phrase(goal) == phrase


def test_second_person_keeps_sentence_case() -> None:
    assert compose.to_second_person("My manager said I am late. I'm sorry, me too.") == (
        "Your manager said you are late. You're sorry, you too."
    )


def test_clip_words_prefers_clause_boundaries_and_drops_dangling_words() -> None:
    text = "your blog post on the night-shift handover checklist, which changed how our ward works"
    assert compose.clip_words(text, 10) == "your blog post on the night-shift handover checklist"
    assert compose.clip_words("one two three and four", 4) == "one two three"
    assert compose.clip_chars("abcdef ghij", 8) == "abcdef"


def test_article_for() -> None:
    assert [compose.article_for(w) for w in ("engineer", "UX lead", "MBA", "hour", "nurse", "university")] == [
        "an",
        "a",
        "an",
        "an",
        "a",
        "a",
    ]


def test_cite_points_only_at_retrieved_cards() -> None:
    found = guidance("respect-their-time", "make-a-specific-ask")
    assert compose.cite(found, ["make-a-specific-ask"]) == " [2]"
    assert compose.cite(found, ["missing-card"], ["busy"]) == " [1]"
    assert compose.cite(found, ["missing-card"], ["nothing matches this"]) == ""
    assert compose.cite([], ["make-a-specific-ask"]) == ""


def test_with_marker_sits_before_the_full_stop() -> None:
    assert compose.with_marker("Send it a day before.", " [2]") == "Send it a day before [2]."
    assert compose.with_marker("No marker.", "") == "No marker."


def test_note_lists_cited_points_only_when_there_are_any() -> None:
    assert compose.note([("one ask", " [1]"), ("short", "")]) == "---\n*Why this shape:* one ask [1]."
    assert compose.note([("one ask", ""), ("short", "")]) == "---\n*Why this shape:* one ask; short."
