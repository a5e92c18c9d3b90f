"""Rehearsal classes left open after review 56, found again by re-running its scripts: each test names the class."""

from __future__ import annotations

import pytest

from coach.rehearsal.moves import MoveDetector

from .conftest import moves_in, play

PERSONAS = ["warm", "busy", "skeptical", "defensive"]


def _partner_lines(session: object) -> list[str]:
    return [turn.text for turn in session.transcript if turn.role == "partner"]  # type: ignore[attr-defined]


def _criterion(session: object, criterion_id: str) -> tuple[int, str]:
    found = next(c for c in session.debrief().criteria if c.id == criterion_id)  # type: ignore[attr-defined]
    return found.score, found.evidence


@pytest.mark.parametrize("persona", ["warm", "busy", "skeptical"])
def test_a_purpose_with_why_it_matters_is_not_the_issue_so_nothing_is_conceded(
        detector: MoveDetector, persona: str) -> None:
    # "…I'd like to sort out how we meet before my promotion panel, and these sessions really matter to me." got
    # "Fair. That's on me." before any cancellation was named
    session = play(detector, "frequent-cancels", persona, [
        "Jordan, I wanted this call because I'd like to sort out how we meet before my promotion panel, and these "
        "sessions really matter to me.",
    ])
    assert session.partner.reactions[-1].intent == "invite", session.partner.reactions[-1]


@pytest.mark.parametrize("persona", PERSONAS)
def test_a_purpose_said_with_its_reason_is_never_asked_what_prompts_it(detector: MoveDetector, persona: str) -> None:
    session = play(detector, "end-mentorship", persona, [
        "Dana, so, this is a bit awkward, there's something about our sessions.",
        "I think I'd like to wrap up our monthly mentoring, now that I've made the jump into data engineering.",
    ])
    assert "prompting" not in _partner_lines(session)[-1].lower()


@pytest.mark.parametrize("persona", PERSONAS)
def test_a_question_about_their_side_with_no_move_found_is_answered(detector: MoveDetector, persona: str) -> None:
    session = play(detector, "unprepared-mentee", persona, [
        "Sam, can we take five minutes at the start today to talk about how we prep for these?",
        "The last three sessions I didn't get an agenda or update the day before, and we spent a chunk of each one "
        "working out what to cover.",
        "Is the day-before thing actually realistic with your release schedule, honestly?",
    ])
    assert session.partner.reactions[-1].intent == "answer", session.partner.reactions[-1]


@pytest.mark.parametrize("persona", ["warm", "busy"])
def test_dropping_the_point_is_not_ending_the_mentorship(detector: MoveDetector, persona: str) -> None:
    session = play(detector, "not-working", persona, [
        "Alex, I'll be honest, I'm not sure why I keep coming to these.",
        "Four months and I'm no closer to team lead than when I started.",
        "Look, forget it. It's probably me expecting too much.",
    ])
    reply = _partner_lines(session)[-1].lower()
    assert "stop" not in reply and "pause" not in reply, reply


@pytest.mark.parametrize(("line", "move"), [
    ("Every session turns into the Alex show and my questions just sit there.", "blame"),
    ("I suppose mentoring me was always going to come last for someone as important as you.", "sarcasm"),
    ("cool cool, I'll ping you on linkedin tonight with a couple of slots", "follow-up"),
])
def test_lines_review_56_misread_are_read_as_what_they_do(detector: MoveDetector, line: str, move: str) -> None:
    assert move in moves_in(detector, line)


def test_a_line_that_speaks_for_the_user_counts_whatever_else_it_does(detector: MoveDetector) -> None:
    # "Speaks for self" was 0/3 beside "Part of that's on me…" and "I brought questions…" (review 56)
    session = play(detector, "not-working", "warm", [
        "Alex, I'd like to use today to talk about how our mentoring is going.",
        "In March and April I brought questions about handling a conflict in my team, and we ran out of time.",
        "Part of that's on me, since I never said what I needed up front.",
    ])
    score, _ = _criterion(session, "i-statements")
    assert score >= 2


def test_speaking_for_self_never_counts_a_judgement_or_giving_up(detector: MoveDetector) -> None:
    session = play(detector, "not-working", "warm", [
        "I think you're not really interested in helping me.",
        "Whatever, I give up.",
    ])
    score, _ = _criterion(session, "i-statements")
    assert score == 0


def test_saying_when_you_will_report_back_is_a_follow_up(detector: MoveDetector) -> None:
    session = play(detector, "end-mentorship", "warm", [
        "Dana, I'd like to wrap up our monthly sessions now that I've moved into data engineering.",
        "Could we do lunch in the spring instead, and I'll message you when I've settled into the new team?",
    ])
    score, evidence = _criterion(session, "agrees-follow-up")
    assert score == 3 and evidence.startswith("Could we do lunch in the spring")


def test_why_them_told_as_when_you_said_is_no_question_and_counts_as_the_reason(detector: MoveDetector) -> None:
    # "When you said you spent a year writing specs…" got the about-them answer to a question nobody asked
    session = play(detector, "ask-to-mentor", "skeptical", [
        "Priya, thanks for the coffee; there's something I'd like to ask you that I've been working up to.",
        "When you said you spent a year writing specs for your own team before anyone called you a PM, it was the "
        "first time the move sounded doable for someone like me.",
    ], "hard")
    reaction = session.partner.reactions[-1]
    assert reaction.asked is None and "reason" in session.partner.state.raised, reaction
    score, _ = _criterion(session, "specific-observation")
    assert score >= 2


def test_who_sets_up_the_first_call_is_logistics_not_their_view(detector: MoveDetector) -> None:
    assert "asks-their-view" not in moves_in(detector, "Who would you like to set up the first one, you or me?")


def test_owning_the_fault_is_never_sarcasm(detector: MoveDetector) -> None:
    line = "But now the project is in delivery and I cancelled two of last six, this is my fault, not yours."
    assert "sarcasm" not in moves_in(detector, line)


@pytest.mark.parametrize("line", [
    "Sorry, that came out wrong. I did take your advice seriously, I spent a couple of weekends looking into "
    "programmes.",
    "I should say, I haven't been great either, I never send questions ahead and I just let it drift.",
])
def test_an_apology_or_an_owned_habit_is_no_poor_move(detector: MoveDetector, line: str) -> None:
    found = {m.move for m in detector.detect(line) if m.polarity == "negative"}
    assert not found, found


def test_an_absolute_about_the_other_person_is_still_one(detector: MoveDetector) -> None:
    assert "absolutes" in moves_in(detector, "Oh sorry, that came out wrong, you always cancel.")


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_floor_handed_back_after_an_apology_gets_the_feedback(detector: MoveDetector, persona: str) -> None:
    session = play(detector, "receive-criticism", persona, [
        "Okay, but I had a lot of content to get through, leadership asked for the full background.",
        "Sorry. That sounded defensive. Go on, I do want to hear it.",
    ])
    first, last = session.partner.reactions
    assert "blame" in first.negative, first
    assert last.intent == "answer", last


def test_what_a_good_version_looks_like_is_asked_of_them_and_a_send_by_day_is_not_the_meeting_day() -> None:
    from coach.rehearsal.partner import proposal_specifics, question_kind

    assert question_kind("What would a good version have looked like, to you?") == "in-my-place"
    said = proposal_specifics("I think every other week would let me come properly prepared, and I'd send an agenda "
                              "the Friday before.")
    assert said == "every other week"
