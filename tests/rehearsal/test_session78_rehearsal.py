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
    # (and a hyphenated "check-in" ties nothing: "20 minutes, in every two weeks" was said back, own reading)
    said = proposal_specifics("Would a shorter 15-minute check-in every three weeks be easier?")
    assert said == "15 minutes, every three weeks", said


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


def test_review_r49_reassurance_is_never_poor_and_a_threat_to_stop_is_giving_up(detector: MoveDetector) -> None:
    # r49: "No telling off." read as sarcasm, "Everybody misclassifies once." as an absolute and blame, "I do not want
    # to embarrass you with them." and "You know Mr. Kessler well." as blame; "Then maybe we just stop this." as
    # vagueness; "Yeah ok, that was a cheap shot. Sorry." and "Fair question." found no listening
    assert not {"sarcasm", "blame", "absolutes"} & moves_in(detector, "No blame. Everyone gets one wrong sometimes.")
    assert "blame" not in moves_in(detector, "I don't want to upset you with it.")
    assert "blame" not in moves_in(detector, "You know the head of purchasing well.")
    assert "giving-up" in moves_in(detector, "So maybe we just stop this.")
    assert "acknowledgement" in moves_in(detector, "Okay, that was a low blow. Sorry.")
    assert "acknowledgement" in moves_in(detector, "Good question.")
    assert "purpose-statement" in moves_in(detector, "I'll be direct: I don't need the sessions anymore.")
    assert "acknowledgement" not in moves_in(detector, "Now I manage the night crew, I know the machines.")


def test_review_r49_the_partner_answers_what_was_asked_and_takes_no_told_detail_as_terms(
        detector: MoveDetector) -> None:
    # r49 r12: "…we still haven't finished the budget plan we started in March." got "In March. Fine, that works.", and
    # "what's been making the Wednesday afternoon slot hard for you?" got "Wednesday. Fine, that works."
    assert proposal_specifics("we still haven't finished the stock count we started in May.") is None
    assert proposal_specifics("I have thought about it for three weeks, and I'd like to explain.") is None
    assert question_kind("Before I suggest a day, what's been making the Friday slot hard for you?") == "in-the-way"
    assert question_kind("So where I should put the summary, at the start?") == "in-my-place"
    session = play(detector, "frequent-cancels", "busy", [
        "Thanks for the time. I want to talk about our sessions: the last four were moved on the day, and I'd like a "
        "slot that holds for you.",
        "I drive the early bus route, so when a session moves I've often already swapped my rest day around, and we "
        "still haven't finished the plan we started in April.",
        "Before I suggest a day, what's been making the Friday slot hard for you?"], difficulty="easy")
    replies = session.partner_turns[2:]
    assert not any("April" in reply or reply.startswith("Friday") for reply in replies), session.partner_turns


def test_review_r49_no_who_are_you_after_an_introduction_and_a_way_back_is_agreed(detector: MoveDetector) -> None:
    # r49 r1: "I am Aidar, I make traditional bows…" got "Maybe. Who are you, and what would you want out of it?"; r2:
    # "…we can just go back to weekly, ok?" after the yes got "From my side, I'd rather have sessions…"
    session = play(detector, "ask-to-mentor", "busy", [
        "Excuse me, Ms. Ortega? I am Lucia, I repair violins in a small workshop in Granada. Could I have two minutes?",
        "I saw your talk at the trade fair about running a small workshop, and I want to ask: would you consider being "
        "my mentor?"])
    assert not any("Who are you" in reply for reply in session.partner_turns), session.partner_turns
    session = play(detector, "change-cadence", "warm", [
        # (the review's own lines up to the yes, then one phrased apart)
        "hi Tita Mercy! ok so i have something to ask, hope its ok lang",
        "so since i took the new route, 38 machines now in the hospitals and the bus terminal, my tuesdays are super "
        "full. the weekly call is hard to fit, i keep being late and distracted, sorry for that. could we do every two "
        "weeks instead?",
        "ok good. so maybe thursdays every other week, 7pm? after i finish restocking the terminal machines.",
        "and if after a month it isn't working, we can just go back to weekly, ok?"], difficulty="easy")
    assert "back" in session.partner_turns[-1] and "From my side" not in session.partner_turns[-1], (
        session.partner_turns)


def test_review_r50_skills_told_plainly_are_credited_and_a_redirect_is_no_blame(detector: MoveDetector) -> None:
    # r50: "I watched you run the bishop's enthronement…" showed no why-them, "I would like to explain why I think…"
    # and "Before we start, I see you did not bring the stock list again." no opening, "I just want one intro to a
    # producer." no proposal, "So Wednesday at ten, I bring the new slides." no follow-up, "Look, I didn't mean the
    # gold star thing." no listening; "That's not why I asked you in." read as blame
    assert "specific-observation" in moves_in(detector, "I watched you lead the harbour festival last summer, calm "
                                                        "with two hundred volunteers, and that's what I want to learn.")
    assert "purpose-statement" in moves_in(detector, "I'd like to explain why I think the apprenticeship is the "
                                                     "better step for me.")
    assert "purpose-statement" in moves_in(detector, "Before we start, I see you did not bring the rota again.")
    assert "concrete-proposal" in moves_in(detector, "I only want one introduction to a gallery owner.")
    assert "follow-up" in moves_in(detector, "So Thursday at nine, I bring the new drawings.")
    assert "acknowledgement" in moves_in(detector, "Look, I didn't mean that crack about the emails.")
    assert "blame" not in moves_in(detector, "That's not why I called you in.")


def test_review_r50_a_date_in_an_effect_or_a_routine_is_no_proposal_and_why_is_answered(
        detector: MoveDetector) -> None:
    # r50 r9: "Without the stock list we cannot plan the order for the container ship on Thursday. Why it happen
    # again?" got "On Thursday. Fine, that works."; r14: "I do the pigging reports every month but…" got "Monthly is a
    # lot for me right now."
    assert "concrete-proposal" not in moves_in(detector, "Without the parts list we cannot book the crane on Friday.")
    assert proposal_specifics("I do the safety audits every week but I don't know how to move up.") is None
    assert question_kind("Why it happen again?") == "in-the-way"
    assert question_kind("why you did not bring it?") == "in-the-way"
    session = play(detector, "unprepared-mentee", "busy", [
        "Hi Sam. Before we start, I see you did not bring the parts list again.",
        "And this is the third time. Without the parts list we cannot book the crane on Friday. Why it happen "
        "again?"], difficulty="easy")
    assert not session.partner_turns[-1].startswith("On Friday"), session.partner_turns
