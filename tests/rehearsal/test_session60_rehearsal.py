"""Rehearsal classes left open by review r10 and mended in session 60: each test names the class."""

from __future__ import annotations

import pytest

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.partner import proposal_specifics
from coach.rehearsal.reflect import acknowledgement_from, said_back
from coach.rehearsal.scenarios import get_scenario, list_scenarios

from .conftest import play

UNPREPARED_RUN = [
    "I want to talk about how our last three sessions started.",
    "Each time you hadn't read the design doc or brought questions, so we spent half the hour catching up.",
    "I feel frustrated, because I set aside that hour for you and I want it to be useful for your goals.",
    "Could you send me two or three questions by the evening before each session?",
]


@pytest.mark.parametrize(("said", "back"), [
    ("I didn't know you wanted it written up.", "So you didn't know I wanted it written up."),
    ("Honestly, the release has eaten my evenings, and the agenda is the first thing I drop.",
     "So the release has eaten your evenings, and the agenda is the first thing you drop."),
    ("I did tell you I had the other deadline", "So you did tell me you had the other deadline."),
    ("Nobody showed me a reconciliation step, so I trusted the export.",
     "So nobody showed you a reconciliation step, so you trusted the export."),
])
def test_the_partners_side_is_said_back_from_the_users_side(said: str, back: str) -> None:
    assert acknowledgement_from([said]) == back


def test_only_a_line_of_their_own_side_is_said_back() -> None:
    # thanks, agreement, questions and promises answer the user: nothing of their side to say back
    assert acknowledgement_from(["Three questions. Okay. I can live with that.", "What do you mean?",
                                 "Thanks for telling me.", "Fine. We'll see whether it works."]) is None
    assert said_back("I was busy and you were away") == "you were busy and I was away"


def test_the_listening_example_uses_what_the_partner_said_never_the_scenarios_story(detector: MoveDetector) -> None:
    session = play(detector, "unprepared-mentee", "defensive", UNPREPARED_RUN)
    debrief = session.debrief()
    listening = next(c for c in debrief.criteria if c.name == "Listens and acknowledges")
    assert "release" not in listening.hint and "release" not in debrief.better_line
    said = " ".join(t.text for t in session.transcript if t.role == "partner")
    back = acknowledgement_from(session.partner_turns)
    assert back and back in listening.hint  # the partner's own words, said back
    assert "release" not in said


def test_no_fallback_acknowledgement_brings_in_a_fact_outside_the_situation() -> None:
    # ("the release", "your diary is full", "no reconciliation step": none is in its scenario's situation, review r10)
    for scenario in list_scenarios():
        fallback = scenario.example("acknowledgement")
        for stock in ("release", "diary is full", "reconciliation", "quarter has been packed"):
            assert stock not in fallback, (scenario.id, fallback)


@pytest.mark.parametrize("persona", ["warm", "busy", "skeptical", "defensive"])
def test_what_got_in_the_way_is_answered_even_in_the_turn_that_settles_it(detector: MoveDetector,
                                                                          persona: str) -> None:
    # "How does that sound? Is there something making it hard to prepare right now?" got "Honestly, that's
    # doable.", which answered the first question only (review r10, s13)
    session = play(detector, "unprepared-mentee", persona, [
        *UNPREPARED_RUN, "How does that sound? Is there something making it hard to prepare right now?"])
    assert session.partner.reactions[-1].asked == "in-the-way"
    assert session.partner_turns[-1] in get_scenario("unprepared-mentee").their_side


def test_what_a_proposal_replaces_is_never_said_back_as_proposed() -> None:
    # "45 minutes, second Tuesday, weekly works." garbled "…instead of 30 minutes weekly" (review r10, s02)
    said = proposal_specifics("My proposal: 45 minutes every second Tuesday instead of 30 minutes weekly, and I'll "
                              "send a short update in between by Slack.")
    assert said == "45 minutes every second Tuesday"


def test_the_change_the_user_came_for_opens_clearly(detector: MoveDetector) -> None:
    # "I'd like to move us from weekly to every other week." after thanks got "Clear opening" 0/3 (review r10, s02)
    debrief = play(detector, "change-cadence", "busy", [
        "Hey, thanks for the weekly sessions, they've helped me a lot with the promotion prep.",
        "I'd like to move us from weekly to every other week. I find I don't have enough new progress to bring each "
        "week, and I feel I'm wasting your time."]).debrief()
    opening = next(c for c in debrief.criteria if c.name == "Clear opening that states the purpose")
    assert opening.score == 3 and opening.evidence == "I'd like to move us from weekly to every other week."


def test_the_json_debrief_says_which_line_is_rewritten_and_whether_its_details_are_an_example(
        detector: MoveDetector) -> None:
    session = play(detector, "unprepared-mentee", "defensive", [
        *UNPREPARED_RUN, "How does that sound? Is there something making it hard to prepare right now?"])
    debrief = session.to_json()["debrief"]
    assert debrief["weakest"] == "not shown"
    # the line to add says back the partner's own words: no "with your own details" for this conversation's facts
    assert debrief["better_line"].startswith("So ") and not debrief["better_line_borrows"]
    assert "saying back what you heard" in debrief["better_line_advice"]
    assert "with your own details" not in debrief["better_line_advice"]
    poor = play(detector, "frequent-cancels", "busy", [
        "You cancelled AGAIN. This is the fourth time. You clearly don't care about this at all."], "hard")
    borrowed = poor.to_json()["debrief"]
    assert borrowed["better_line_borrows"] and "with your own details" in borrowed["better_line_advice"]


def test_the_partner_never_asks_for_what_was_just_said_and_the_better_line_drops_a_lead_filler(
        detector: MoveDetector) -> None:
    # "Like we talk a lot but I'm not sure I get much out of it." got "…Tell me what you mean.", and the better line
    # opened with the user's "Like" (review r10, s07)
    session = play(detector, "not-working", "skeptical", [
        "Hi, so I wanted to talk about our meetings.", "I don't know, it feels like it's not really clicking?",
        "Like we talk a lot but I'm not sure I get much out of it.", "Maybe we can change something.",
        "Whatever you think is best."], "easy")
    assert not any("Tell me what you mean" in line for line in session.partner_turns)
    better = session.debrief().better_line
    assert better.startswith("We talk a lot but I'm not sure I get much out of it.")
