"""Rehearsal classes found in review 55 (fourteen more scripts × four combinations): each test names the class."""

from __future__ import annotations

import re

import pytest

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.partner import proposal_specifics, question_kind
from coach.rehearsal.scenarios import get_scenario

from .conftest import play

PERSONAS = ["warm", "busy", "skeptical", "defensive"]


def _partner_lines(session: object) -> list[str]:
    return [turn.text for turn in session.transcript if turn.role == "partner"]  # type: ignore[attr-defined]


def test_a_rhythm_the_user_takes_back_is_never_said_back() -> None:
    # "maybe monthly is too much for you. Would once every six weeks be easier?" was answered "Fine, monthly."
    said = proposal_specifics("Actually, now that I say it out loud, maybe monthly is too much for you. Would once "
                              "every six weeks be easier?")
    assert (said or "").lower() == "every six weeks"
    said = proposal_specifics("Weekly is a lot for me. Could we do every other Tuesday?")
    assert (said or "").lower() == "every other tuesday"


@pytest.mark.parametrize(("line", "kind"), [
    ("What would you want to get out of it, if anything?", "their-gain"),
    ("What's in it for you, honestly?", "their-gain"),
    # (when suits them has its own kind since review r13: answered with a time, never "I do, two people…")
    ("How about you, what is working best for your schedule?", "when-works"),
    ("What would you get wrong in my place?", "in-my-place"),
])
def test_a_question_about_what_they_would_get_or_their_schedule_is_told_by_its_kind(line: str, kind: str) -> None:
    assert question_kind(line) == kind


@pytest.mark.parametrize("persona", PERSONAS)
def test_asked_what_they_would_get_out_of_it_the_partner_says_so(detector: MoveDetector, persona: str) -> None:
    # "What would you want to get out of it?" got "that's a commitment I can actually keep": no answer at all
    session = play(detector, "ask-to-mentor", persona, [
        "Your answer on the panel about saying no to roadmap requests stuck with me, and I'd love your guidance as I "
        "move from engineering into product.",
        "Would you mentor me, a 30-minute call once a month for six months?",
        "What would you want to get out of it, if anything?",
    ], "medium")
    assert _partner_lines(session)[-1] in get_scenario("ask-to-mentor").answers["their-gain"]


@pytest.mark.parametrize("persona", PERSONAS)
def test_explaining_the_feedback_away_by_the_audience_is_blame(detector: MoveDetector, persona: str) -> None:
    # "To be fair, leadership kept asking questions, that's why it ran over." found no move: "Mm, go on."
    session = play(detector, "receive-criticism", persona, [
        "Okay, go ahead, I'm ready.",
        "To be fair, leadership kept asking questions, that's why it ran over.",
    ], "medium")
    reaction = session.partner.reactions[-1]
    assert "blame" in reaction.negative and reaction.intent in ("push-back", "cold"), reaction


@pytest.mark.parametrize(("line", "move"), [
    ("With respect, maybe that advice made sense when you did yours in like 2005.", "sarcasm"),
    ("So are we actually meeting today or is this one getting moved too?", "sarcasm"),
    ("I don't really care why, to be honest.", "blame"),
])
def test_a_sneer_without_a_marker_is_heard(detector: MoveDetector, line: str, move: str) -> None:
    assert move in {m.move for m in detector.detect(line)}


@pytest.mark.parametrize(("line", "move"), [
    ("Wait, what I mean is: every two weeks instead of every week, just while the delivery phase lasts.",
     "concrete-proposal"),
    ("Perfect, I send you calendar invite tomorrow morning then.", "follow-up"),
    ("The mock interviews you ran with me last spring are the reason I got the data engineering role.", "gratitude"),
    ("I'd love to stay in touch, maybe a coffee once a quarter?", "follow-up"),
])
def test_skilled_lines_review_55_missed_are_found(detector: MoveDetector, line: str, move: str) -> None:
    assert move in {m.move for m in detector.detect(line)}


@pytest.mark.parametrize("persona", PERSONAS)
def test_asked_how_it_lands_after_taking_the_users_terms_the_partner_answers(detector: MoveDetector,
                                                                            persona: str) -> None:
    # "Does that sound ok to you or would it feel like I'm backing out?" after "Fortnightly suits me fine." got
    # "Concretely: what, when, how long?", the first vague proposal asked about again
    session = play(detector, "change-cadence", persona, [
        "I wanted to talk about how often we meet.",
        "Right now I'm in a heavy delivery phase and I'm struggling to prepare for weekly sessions.",
        "I guess maybe we could meet less or something.",
        "Wait, what I mean is: every two weeks instead of every week, just while the delivery phase lasts.",
        "Does that sound ok to you or would it feel like I'm backing out?",
    ], "medium")
    last = session.partner.reactions[-1]
    assert last.intent not in ("pin-down", "counter", "ask-why"), last
    assert "Concretely" not in _partner_lines(session)[-1]


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_user_owning_a_part_is_never_agreed_with(detector: MoveDetector, persona: str) -> None:
    # "Part of that is on me, I haven't been sending my questions ahead." got "You're right, I do get carried away…"
    session = play(detector, "not-working", persona, [
        "Alex, can we talk about how the mentorship is going for me?",
        "In the last three sessions I came with questions about running 1:1s and delegating, and we ran out of time "
        "before getting to them.",
        "Part of that is on me, I haven't been sending my questions ahead.",
    ], "medium")
    reply = _partner_lines(session)[-1]
    assert not re.match(r"\W*(?:okay[.,]?\s+)?(?:you'?re right|that'?s (?:a )?fair|i'll grant)", reply, re.I), reply


def test_a_lighter_rhythm_instead_of_ending_is_not_called_an_ending(detector: MoveDetector) -> None:
    session = play(detector, "end-mentorship", "skeptical", [
        "Dana, I'd like to talk about where our mentorship goes from here.",
        "You helped me so much with the switch to data engineering, and I feel we've done what we set out to do.",
        "Maybe not stop fully: could we meet every 3 months instead?",
    ], "hard")
    assert not any("end it" in line for line in _partner_lines(session)), _partner_lines(session)


def test_a_part_of_an_hour_is_said_back_as_a_length() -> None:
    said = proposal_specifics("What if I send three questions two days before, and we spend the first half hour "
                              "only on those?")
    assert said == "three questions, half an hour"


def test_the_line_to_add_is_never_what_the_user_said_already(detector: MoveDetector) -> None:
    # "I had to answer an email from the client's lead about it on Friday" was offered to a user who had said "on
    # Friday their lead emailed me asking whether they can rely on our numbers" (review 55)
    from coach.rehearsal.scoring import _said_already

    said = ["In both reports the totals didn't match the source data, and on Friday their lead emailed me asking "
            "whether they can rely on our numbers."]
    assert _said_already("I had to answer an email from the client's lead about it on Friday.", said)
    assert not _said_already("So there was no reconciliation step you knew of.", said)


@pytest.mark.parametrize("persona", ["warm", "busy", "skeptical"])
def test_a_bare_ask_before_any_reason_is_asked_what_it_is_for(detector: MoveDetector, persona: str) -> None:
    # "would you be my mentor?" after only thanks got "That's close to the path I took…", a path never mentioned
    session = play(detector, "ask-to-mentor", persona, [
        "Hi Priya, thank you for the coffee, I know your time is very precious.",
        "I want to ask you something, maybe is a bit direct: would you be my mentor?",
    ], "easy")
    assert session.partner.reactions[-1].intent == "ask-why"
    assert "path I took" not in _partner_lines(session)[-1]
