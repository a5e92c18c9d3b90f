"""Classes from blind rehearsal review r48 left open by session 77, and from r49. Lines are phrased apart from the
reviews' own, except where a test holds the review's line itself."""

from __future__ import annotations

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.partner import notice_asked, proposal_specifics, question_kind
from coach.rehearsal.scenarios import build_custom_scenario

from .conftest import moves_in, play


def test_review_r48_the_notice_asked_for_if_they_cancel_is_agreed_with_the_slot(detector: MoveDetector) -> None:
    # r48 r12: "…45 minutes by phone. And if you must cancel, please tell me by the evening before." got only
    # "Every second Wednesday at 7:30, 45 minutes by phone. Alright, that's a testable change."
    assert notice_asked("And if you have to cancel, please let me know by the evening before.") == (
        "by the evening before")
    assert notice_asked("If you can't make it, text me 24 hours before.") == "24 hours before"
    assert notice_asked("And a day's notice if you can't.") == "a day ahead"
    assert notice_asked("I always prepare the day before.") is None
    lines = ["Thanks for making time. Of our last six sessions, four were moved on the same morning, and I lose the "
             "slot I booked off work.",
             "I know the restructure isn't your doing. How does your calendar look from your side at the moment?",
             "Then could we fix every second Thursday at 8:00, 30 minutes by phone? And if you must cancel, please "
             "tell me by the evening before."]
    session = play(detector, "frequent-cancels", "skeptical", lines)
    last = session.partner_turns[-1]
    assert "by the evening before" in last and "30 minutes" in last, session.partner_turns


def test_review_r48_terms_summed_up_are_said_back_whole() -> None:
    # r48 r5: "Thirty minutes is fine, I never said an hour. So first Monday, 7am, thirty minutes." said back as
    # "Thirty minutes"
    said = proposal_specifics("Twenty minutes is fine, I never asked for more. So first Friday, 8am, twenty minutes.")
    assert said == "first Friday, 8am, twenty minutes", said


def test_review_r48_a_worry_asked_about_is_answered_and_nothing_is_agreed_before_it_was(
        detector: MoveDetector) -> None:
    # r48 r11: "Could you add one line that the system was designed by me?" got "Could we start with one step…?" and
    # "What is worrying you about it?" got "…now that we've agreed something concrete."
    assert question_kind("What is worrying you about it?") == "their-worry"
    assert question_kind("so what are you worried about?") == "their-worry"
    scenario = build_custom_scenario("I am a stores technician. My mentor presented the tool-tracking board I built "
                                     "to the auditors as the team's work.")
    session = play(detector, scenario, "warm", [
        "Good morning. Do you have ten minutes? It is about the safety audit last Monday.",
        "When you presented the new tool-tracking board to the auditors, you called it the team's work, but I built "
        "it over three weekends. My name was not mentioned, and I felt invisible.",
        "Thank you for hearing me. The audit write-up goes out next week. Could you add one line that the board was "
        "designed by me?",
        "What is worrying you about it?"], difficulty="hard")
    replies = " ".join(session.partner_turns[1:])
    assert "one step" not in replies and "agreed something" not in replies, session.partner_turns


def test_review_r48_reply_words_before_a_sentence_hide_no_move(detector: MoveDetector) -> None:
    # r48 r13, r1, r6: "Yeah alright. Tomorrow morning, 9, … I'll go through the tension test with you." found no
    # follow-up; "Brilliant. Is there anything you'd want from me…?" no question; "Yes. So, the check against the
    # master book and your initials on every bottle." read as blame
    assert "follow-up" in moves_in(detector, "Yeah okay. Tomorrow at 10, at the workbench, I'll go through the glue "
                                             "test with you. Bring the next frame.")
    assert "asks-their-view" in moves_in(detector, "Great. Is there anything you'd want from me to make this worth "
                                                   "your while?")
    assert "blame" not in moves_in(detector, "Right. So, the check against the price list and your initials on every "
                                             "invoice.")
    assert "concrete-proposal" in moves_in(detector, "From now, can we agree: before any crate leaves, you weigh it "
                                                     "and sign the sheet?")
    assert "blame" in moves_in(detector, "Three of the ten frames came back warped. That's on you.")
    assert "acknowledgement" not in moves_in(detector, "So from now on every joint gets two clamps, and you show me "
                                                       "the first one. Got it?")
