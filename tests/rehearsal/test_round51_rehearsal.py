"""Rehearsal classes from session 49's fresh scripts (review 51): each test names the class, not the example.

The lines below are not in the train set: each is a new phrasing of a line the scripts showed misread.
"""

from __future__ import annotations

from coach.rehearsal.moves import MoveDetector

from .conftest import moves_in


def test_a_sweeping_judgement_of_the_sessions_is_no_i_statement(detector: MoveDetector) -> None:
    # "sessions kind of pointless for me" was an I-statement (its "for me"), so it scored as a skill
    for line in ("These sessions seem a bit pointless now, to be honest.",
                 "Our catch-ups are kind of useless for me at the moment."):
        found = moves_in(detector, line)
        assert "i-statement" not in found and "blame" in found, line
    # …while saying what is hard for you stays one
    assert "i-statement" in moves_in(detector, "I've been finding the sessions hard to prepare for lately.")
