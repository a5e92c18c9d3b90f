"""Classes found by blind rehearsal review r53. Lines are phrased apart from the review's own."""

from __future__ import annotations

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.partner import proposal_specifics

from .conftest import moves_in, play


def test_review_r53_reassurance_is_no_blame_nor_giving_up(detector: MoveDetector) -> None:
    # r53 r4/r6/r10/r11: "Yes, everything is fine between us, don't worry.", "I am not saying everything is your
    # fault.", "You'd still check my job reports every Friday.", "I am not leaving because of you." were scored as
    # blame or giving up, and the debrief took a point for them
    assert "blame" not in moves_in(detector, "I'm not saying it's all your fault, I just want to understand.")
    assert "blame" not in moves_in(detector, "To be clear, I am not moving because of you.")
    assert "blame" not in moves_in(detector, "You would still sign off my reports every Monday.")
    assert "blame" not in moves_in(detector, "I'm only asking what you would need to see from me.")
    assert "giving-up" not in moves_in(detector, "No no, everything's good between us, don't worry.")


def test_review_r53_accusations_and_giving_up_are_never_credited(detector: MoveDetector) -> None:
    # r53 r12: "You stole my tasting notes…", "Don't play dumb." never flagged, "How could you?" credited as inviting
    # their view; r5: "So what's the point then." credited as listening
    assert "blame" in moves_in(detector, "You copied my lesson plans and handed them in as yours.")
    assert "blame" in moves_in(detector, "Don't play innocent with me.")
    assert moves_in(detector, "How could you?") & {"blame", "asks-their-view"} == {"blame"}
    assert moves_in(detector, "What's the point then.") & {"giving-up", "acknowledgement"} == {"giving-up"}


def test_review_r53_counted_and_dated_observations_and_straight_openings_are_credited(
        detector: MoveDetector) -> None:
    # r53 r9/r12: "This is the third session where nothing came through beforehand.", "your blog post from Tuesday…
    # word for word" were "not shown"; r10/r11/r6: "I'll be straight: …", "I have news and I want you to hear it from
    # me first.", "I want that we look together what happened on…" were no clear opening
    assert "specific-observation" in moves_in(detector, "It's the fourth meeting where the slides came the same "
                                                        "morning.")
    assert "specific-observation" in moves_in(detector, "Your newsletter from Thursday used my photos without credit.")
    assert "purpose-statement" in moves_in(detector, "I'll be honest with you: I'd like to run the Saturday market "
                                                     "stall on my own from June.")
    assert "purpose-statement" in moves_in(detector, "I have some news, and I wanted you to hear it from me first.")
    assert "purpose-statement" in moves_in(detector, "I want that we talk about what happened with the Mendes order.")


def test_review_r53_a_plan_of_the_users_is_no_date_agreed(detector: MoveDetector) -> None:
    # r53 r1: "I'm planning to add a phone triage line … next year, … Would you consider mentoring me?" got "Next
    # year? Yes, that works for me."
    session = play(detector, "ask-to-mentor", "warm", [
        "Ms. Adler, thanks for a minute. Your session on glaze chemistry changed how I fire my kiln.",
        "I'm planning to open a small pottery studio next spring, and I'd love to learn how you priced your classes. "
        "Would you consider mentoring me?"], difficulty="easy")
    reply = session.partner_turns[-1]
    assert "spring" not in reply.lower(), session.partner_turns


def test_review_r53_a_day_that_dates_a_thing_is_no_term() -> None:
    # r53 r12: "It's about your blog post from Tuesday." then "Are you going to do it or not?" got "Yes. From Tuesday.
    # Alright, that's a testable change."
    assert proposal_specifics("It's about your newsletter from Thursday.") is None
    assert proposal_specifics("Could we meet from Thursday on, every week?") is not None
