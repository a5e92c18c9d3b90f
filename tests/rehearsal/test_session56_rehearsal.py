"""Rehearsal classes left open by review 57 and mended in session 56: each test names the class."""

from __future__ import annotations

import pytest

from coach.rehearsal.moves import MoveDetector

from .conftest import moves_in, play

PUT_DOWNS = [
    "Honestly I don't care how you did it, I just need the contacts.",
    "Come on, it's only an hour a week, that's nothing for you.",
    "You don't really know anything about data engineering, no offence.",
]


@pytest.mark.parametrize("line", PUT_DOWNS)
def test_a_put_down_or_dismissal_with_no_accusation_word_is_found(detector: MoveDetector, line: str) -> None:
    # each found no move in review 57, so the partner said "go on" and the debrief "No line came across badly"
    assert "blame" in moves_in(detector, line)


@pytest.mark.parametrize("line", [
    "I don't care what time, whenever suits you is fine.",
    "Our chats have been really useful to me.",
    "You know so much about data engineering, that's why I asked.",
])
def test_lines_near_a_put_down_are_not_one(detector: MoveDetector, line: str) -> None:
    assert "blame" not in moves_in(detector, line)


def test_the_debrief_names_the_dismissal_instead_of_saying_no_line_came_across_badly(detector: MoveDetector) -> None:
    session = play(detector, "ask-to-mentor", "busy", [
        "So, will you mentor me or not?",
        "Honestly I don't care how you did it, I just need the contacts.",
    ])
    hints = " ".join(c.hint for c in session.debrief().criteria)
    assert "“Honestly I don't care how you did it, I just need the contacts.” came across as" in hints
    assert "No line came across badly" not in hints
