"""Rehearsal classes found in session 42: each test names the class, not the example that showed it."""

from __future__ import annotations

from coach.rehearsal.moves import MoveDetector

from .conftest import play

ORDINARY_CADENCE = [
    "hey, sorry, do you have a sec? its nothing bad",
    "um so i was thinking maybe we dont need to meet every week? like its fine but",
    "yeah i guess its just a lot with the release stuff right now",
    "ok",
    "maybe every two weeks? if thats ok for you",
    "ok cool. sorry again",
]


def test_a_reason_given_when_asked_why_puts_the_issue_on_the_table(detector: MoveDetector) -> None:
    # round 42: asked "What problem does that solve?", a nervous user answered ("…its just a lot with the release
    # stuff right now"), yet their concrete proposal two turns later got "Why? What's not working now?" and the
    # talk never landed
    session = play(detector, "change-cadence", "busy", ORDINARY_CADENCE)
    intents = [r.intent for r in session.partner.reactions]
    assert intents.count("ask-why") == 1, intents
    replies = [t.text for t in session.transcript if t.role != "user"]
    assert not any("What's not working now?" in line for line in replies[3:]), replies
    assert session.partner.reactions[-1].resolved


def test_a_friendly_partner_does_not_concede_or_assume_a_past_before_the_user_speaks() -> None:
    # round 42: the warm mentor who keeps cancelling opened "I'm sorry it's been so hard to pin me down lately"
    # before anything was raised, and the person asked to mentor opened "Good to see you again" to a stranger
    from coach.rehearsal.scenarios import list_scenarios

    for scenario in list_scenarios():
        for difficulty in ("easy", "medium", "hard"):
            opening = " ".join(scenario.lines("warm", "opening", None, difficulty)).lower()  # type: ignore[arg-type]
            # (a mentee's own "didn't get a chance to send anything through, sorry" is in character)
            assert "pin me down" not in opening and "rescheduling" not in opening, (scenario.id, opening)
            assert " again" not in opening and "lovely to be asked" not in opening, (scenario.id, opening)
