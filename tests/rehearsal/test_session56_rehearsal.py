"""Rehearsal classes left open by review 57 and mended in session 56: each test names the class."""

from __future__ import annotations

import pytest

from coach.rehearsal.moves import MoveDetector

from .conftest import moves_in, play

PUT_DOWNS = [
    "Honestly I don't care how you did it, I just need the contacts.",
    "Come on, it's only an hour a week, that's nothing for you.",
    "You don't really know anything about data engineering, no offence.",
    # figures with a dismissive tail were the strongest moment of a poor run (review 57, da-turnaround)
    "It's thirty grand and twenty hours a week for two years, that's just not realistic, come on.",
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


def test_an_opening_with_its_i_said_earlier_states_the_purpose(detector: MoveDetector) -> None:
    line = "Hey Chris, so I've been chewing on the MBA thing a lot and wanted to talk it through properly."
    assert "purpose-statement" in moves_in(detector, line)


def test_a_reason_with_a_purpose_is_not_blame(detector: MoveDetector) -> None:
    # "…came across as blame" for the scenario's own good line (review 57, em-warm)
    line = ("Lately our sessions have turned into nice catch-ups, and I think that's because the thing we set out "
            "to do is done.")
    assert "blame" not in moves_in(detector, line)
    assert "blame" in moves_in(detector, "I wanted to talk about how you keep cancelling on me.")


def test_what_the_user_looked_into_or_noticed_speaks_for_them() -> None:
    import re

    from coach.rehearsal.rubric import load_rubric

    criterion = load_rubric()["i-statements"]
    for line in ("Thing is, I priced it up, it's about thirty thousand.", "And I asked Mei and Tom in strategy.",
                 "Yeah, I noticed people checking their phones around the twenty-minute mark."):
        assert re.search(criterion.also_when, line, re.IGNORECASE), line
    for line in ("I asked you three times already!", "You never prepare."):
        assert not re.search(criterion.also_when, line, re.IGNORECASE), line


def test_a_repeat_back_is_confirmed_and_what_would_help_is_answered(detector: MoveDetector) -> None:
    from coach.rehearsal.partner import question_kind

    assert question_kind("So you're saying I should have led with the recommendation?") == "check"
    assert question_kind("What would be simple enough that you can really do it, even in a busy week?") == (
        "what-would-help")
    assert question_kind("You're saying it was fine?") == "check"
    assert question_kind("So what are you saying we do next") is None  # no question mark, no repeat-back
    checked = play(detector, "receive-criticism", "skeptical", [
        "Sorry. That sounded defensive. Go on, I do want to hear it.",
        "So you're saying I should have led with the recommendation?",
    ], difficulty="hard")
    reply = [t.text for t in checked.transcript if t.role == "partner"][-1]
    assert reply.startswith(("Yes, that's it.", "Pretty much.")), reply
    helped = play(detector, "unprepared-mentee", "warm", [
        "Hi Sam, before we start I want to speak about how we prepare for these sessions.",
        "What would be simple enough that you can really do it, even in a busy week?",
    ], difficulty="easy")
    reply = [t.text for t in helped.transcript if t.role == "partner"][-1]
    assert reply.startswith("Honestly? A few bullet points the evening before."), reply


def test_choosing_them_as_the_only_one_to_hand_is_no_i_statement(detector: MoveDetector) -> None:
    # the strongest moment of a pushy run, and a part of its better line (review 57, atm-pushy)
    assert "i-statement" not in moves_in(detector, "I need someone senior and you're the only product person I know.")
    assert "i-statement" in moves_in(detector, "I feel stuck in my role.")
