"""Rehearsal classes found in review 45 (second pass): each test names the class, not the example that showed it."""

from __future__ import annotations

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.partner import fill_specifics, proposal_specifics
from coach.rehearsal.session import RehearsalSession
from tests.rehearsal.test_round45_rehearsal import SKILLED_CADENCE as CADENCE_WITH_CLOSE

from .conftest import play

SKILLED_CANCELS = [  # review 45, s01: frequent-cancels, busy, medium
    "Thanks for making time today. I'd like to talk about how our sessions have been going, if that's okay.",
    "Of our last six sessions, four were cancelled or moved, three of them on the same day. I feel a bit stuck, "
    "because I prepare for each one and then lose the momentum.",
    "I understand your schedule has been heavy this quarter. How does it look from your side?",
    "Could we try a fixed 30-minute slot every other Thursday at 8:30, before your meetings start? And if something "
    "comes up, could you let me know the day before?",
    "If a slot does fall through, I'm happy to send my questions by email so we don't lose the thread.",
]
HEDGING_ASK = [  # review 45, s05: ask-to-mentor, busy, easy
    "hi, sorry to bother you, do you have a minute?",
    "um so i really liked your talk at the meetup last month. about the migration",
    "i was wondering if maybe you could mentor me? like only if you have time, no pressure",
    "maybe once a month? 30 min coffee or call, whatever is easy for you",
]
SKILLED_CADENCE = CADENCE_WITH_CLOSE[:4]  # review 45, s03: change-cadence, warm, easy, up to its question


def partner_lines(session: RehearsalSession) -> list[str]:
    """What the partner said after each user turn (its opening left out)."""
    lines = [t.text for t in session.transcript if t.role != "user"]
    return lines[1:]


def test_a_proposal_the_detector_missed_is_still_answered_as_a_proposal(detector: MoveDetector) -> None:
    # class: partner lines that don't answer the user. "maybe once a month? 30 min coffee or call" got
    # "Right. What do you need from me?", asking for what had just been given
    session = play(detector, "ask-to-mentor", "busy", HEDGING_ASK, "easy")
    last = partner_lines(session)[-1]
    assert "once a month" in last.lower() or "30 minutes" in last, last
    assert "what do you need" not in last.lower()
    # the ask itself is answered as an ask, not with "Clear. Go on."
    assert "Clear. Go on." not in partner_lines(session)


def test_an_offer_after_the_partner_agreed_is_taken_not_met_with_and(detector: MoveDetector) -> None:
    # "I'm happy to send my questions by email" after the partner's yes got "Okay. And?"
    last = partner_lines(play(detector, "frequent-cancels", "busy", SKILLED_CANCELS))[-1]
    assert last not in {"Okay. And?", "Right. What do you need from me?"}, last
    assert "?" not in last, last


def test_asking_whether_an_agreed_plan_works_gets_no_second_acceptance(detector: MoveDetector) -> None:
    # "I like that. every other week, an hour, then." came after "Yes, that works for me.": accepted twice
    lines = partner_lines(play(detector, "change-cadence", "warm", SKILLED_CADENCE, "easy"))
    accepting = [line for line in lines if "every other week" in line.lower()]
    assert len(accepting) == 1, lines


def test_details_said_back_keep_a_range_and_a_capital_after_a_full_stop() -> None:
    # "3 questions." was said back for "2-3 questions"; "I like that. every other week" had a lower-case start
    assert proposal_specifics("could you maybe send me like 2-3 questions the day before?") == "2-3 questions"
    said = fill_specifics("I like that. {specifics}, then.", "every other week")
    assert said == "I like that. Every other week, then."
    assert fill_specifics("Fine: {specifics}.", "every other week") == "Fine: every other week."


def test_handing_over_the_floor_lets_the_partner_make_its_point(detector: MoveDetector) -> None:
    # "ok, go ahead" to "I need to give you some feedback" got "Don't shoot the messenger" (and then "Okay… and?")
    first = partner_lines(play(detector, "receive-criticism", "defensive", ["ok, go ahead"]))[0]
    assert "background" in first or "recommendation" in first, first
    # the partner's own question about the count is not asked after it has given the count itself
    poor = ["So are we actually meeting today or are you going to cancel again?",
            "You always cancel. Every single time. It's obviously not a priority for you.",
            "Great, love that for me. Really great mentoring.", "I don't know, just stop cancelling I guess.",
            "Fine. Whatever works."]
    lines = partner_lines(play(detector, "frequent-cancels", "skeptical", poor))
    assert not any("how many sessions" in line.lower() for line in lines), lines


BACKGROUND_ONLY = ("promotion case", "data engineering", "engineering into product", "team-lead role")
"""Details of a scenario's background that a user may never say: no model sentence puts them in the user's mouth."""


def test_model_sentences_name_no_background_detail_the_user_never_said() -> None:
    # class: better lines and hint examples put facts in the user's mouth ("engineering into product", "data
    # engineering", "promotion case"); the hints' examples are these same better_parts
    from coach.rehearsal.scenarios import list_scenarios

    for scenario in list_scenarios():
        for key, text in {**scenario.better_parts, **scenario.better_lines}.items():
            assert not any(detail in text.lower() for detail in BACKGROUND_ONLY), (scenario.id, key, text)


def test_the_better_line_keeps_the_users_ask_in_the_users_words_with_capitals(detector: MoveDetector) -> None:
    # s05 rewrote the opening as "…engineering into product… Cool. i send you an invite for next week then?"
    lines = [*HEDGING_ASK, "ok cool. i send you an invite for next week then? thank you so much really"]
    debrief = play(detector, "ask-to-mentor", "busy", lines, "easy").debrief()
    assert "mentor me" in debrief.better_line, debrief.better_line
    assert " i " not in debrief.better_line and "Cool." not in debrief.better_line, debrief.better_line
