"""Rehearsal classes from blind review r23 (4 of 14 runs sensible on the session-67 code) mended in session 68: each
test names the class and quotes its line. Lines are phrased apart from the labelled training lines, so the detector
is tested on what it has not seen."""

from __future__ import annotations

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.session import RehearsalSession

from .conftest import OFFLINE, moves_in, play


def test_sincere_thanks_for_a_career_is_gratitude_never_sarcasm(detector: MoveDetector) -> None:
    # r23 r4: "Thank you, Dana. You changed where my career went." scored respect 0/3 as sarcasm
    found = moves_in(detector, "Thank you, Sam. You changed where my whole career went.")
    assert "gratitude" in found and "sarcasm" not in found
    assert "sarcasm" in moves_in(detector, "You changed my life, thanks for nothing.")


def test_casual_skilled_lines_are_credited(detector: MoveDetector) -> None:
    # r23 r11/r14: a casual opening, a casual I-statement of impact and a dated first step scored 0
    assert "purpose-statement" in moves_in(detector, "got a sec? wanna chat about thursday's lock-up")
    assert "i-statement" in moves_in(detector, "not gonna lie, i was pretty rattled, coz if anything went wrong it's "
                                               "my name on the sheet too")
    assert "follow-up" in moves_in(detector, "ok cool, first one next weds, ill send the question the day before")
    # "if it still doesnt click we can call it" is a trial's way out, never giving up
    assert "giving-up" not in moves_in(detector, "if it still doesnt click after that we can call it")


def test_a_story_heard_again_with_mock_delight_is_sarcasm_and_plain_giving_up_is_not(detector: MoveDetector) -> None:
    # r23 r6: "Oh yes, the story about your first startup, fourth time now, riveting." got "Mm, go on. I'm listening."
    assert "sarcasm" in moves_in(detector, "Ah yes, the one about your army days, third time now, riveting.")
    # r23 r7: "Honestly, I'm done, find another mentor." was sarcasm, so the mentee pushed back ("I'm not sure what
    # problem we're solving")
    found = moves_in(detector, "Honestly, I'm done. Find another mentor.")
    assert "giving-up" in found and "sarcasm" not in found
    session = play(detector, "unprepared-mentee", "skeptical", [
        "Sam, frankly you're wasting my time.", "Honestly, I'm done, find yourself another mentor."])
    assert "problem we're solving" not in session.partner_turns[-1]
    assert "You came in here for something" not in session.partner_turns[-1], session.partner_turns


def test_owning_a_share_is_met_halfway(detector: MoveDetector) -> None:
    # r23 r14: "…which is on me too, i shouldve said it sooner" got "I've turned up every time, haven't I?"
    session = play(detector, "not-working", "defensive", [
        "hey alex, can i be straight with u about our sessions for a min",
        "i bring questions, like last time about my first retro, and we end up on ur agency stories",
        "feels like im not getting closer to the lead role, which is on me too, i shouldve said it sooner"])
    assert "turned up every time" not in session.partner_turns[-1], session.partner_turns


def test_nothing_is_held_out_against_before_anything_is_asked(detector: MoveDetector) -> None:
    # r23 r10: "…I know you have only ten minutes, so I come direct to the point." got "Why me rather than someone in
    # your own company?"
    session = play(detector, "ask-to-mentor", "skeptical", [
        "Priya, thanks for the coffee. I know you only have ten minutes, so I come straight to the point."],
        difficulty="hard")
    assert "Why me" not in session.partner_turns[-1], session.partner_turns


def test_a_second_language_request_to_look_first_gets_its_yes(detector: MoveDetector) -> None:
    # r23 r12: "…maximum 15 minutes. Is possible you look before, on 10 June?" got "Good. That fixes it."
    session = play(detector, "receive-criticism", "busy", [
        "Morgan, thanks to watch my proposal. Please tell me straight.",
        "Yes, I agree, it was too long.",
        "For the board on 3 July I make one slide with the decision first, maximum 10 minutes. Is possible you "
        "look before, on 1 July?"], difficulty="easy")
    assert any(word in session.partner_turns[-1] for word in ("look", "Send it")), session.partner_turns


def test_the_mentor_who_gives_feedback_never_says_it_was_asked_for(detector: MoveDetector) -> None:
    # r23 r9: "If you don't want my feedback, don't ask for it." when Morgan had offered it
    from coach.rehearsal.scenarios import get_scenario

    scenario = get_scenario("receive-criticism")
    lines = [line for by_difficulty in scenario.banks.values() for bank in by_difficulty.values() for line in bank]
    assert not any("don't ask for it" in line for line in lines)


def test_a_custom_partner_answers_its_side_without_a_reason_the_situation_lacks(detector: MoveDetector) -> None:
    # r23 r3: "…how did it come up with Paul from your side?" got "Honestly, I've had a lot on…"
    from coach.rehearsal.scenarios import build_custom_scenario

    scenario = build_custom_scenario("My mentor Ruth twice repeated things I told her in confidence to my line "
                                     "manager, Paul. I want to agree what stays between us.")
    assert not any("had a lot on" in line or "stretched" in line for line in scenario.their_side)
    session = RehearsalSession(scenario, "skeptical", "easy", engine="offline", detector=detector, settings=OFFLINE)
    for line in ("Ruth, thanks for making time. I'd like to raise something about confidentiality in our sessions.",
                 "Last week Paul mentioned my secondment plans, and the only person I'd told was you.",
                 "I might be missing something, so how did it come up with Paul from your side?"):
        session.respond(line)
    assert "a lot on" not in session.partner_turns[-1], session.partner_turns


# Blind review r24 (8 of 14 runs sensible on 8f71428).


def test_an_announced_ask_is_invited_and_never_praised_as_made(detector: MoveDetector) -> None:
    # r24 r10: "I want ask you something important, if is ok." got "Okay, that's a direct ask. I appreciate that."
    session = play(detector, "ask-to-mentor", "skeptical", [
        "Priya, thanks for the coffee. I want ask you something important, if is ok.",
        "When you talked on the panel about leaving the backend team for product, that is exactly my path."],
        difficulty="easy")
    assert not any("direct ask" in turn for turn in session.partner_turns), session.partner_turns


def test_which_day_or_format_suits_them_is_answered_with_when(detector: MoveDetector) -> None:
    # r24 r10: "What is working best for you, the day or the format?" got "From my side, that's a commitment…"
    from coach.rehearsal.partner import question_kind

    assert question_kind("What is working best for you, the day or the format?") == "when-works"
    assert question_kind("Which day works best for you?") == "when-works"


def test_what_they_would_like_to_see_is_a_question_never_a_fix(detector: MoveDetector) -> None:
    # r24 r12: "Can you tell me, what you would like to see in the first two minutes?" got "Good. That fixes it."
    session = play(detector, "receive-criticism", "busy", [
        "Morgan, thank you for your time. Please tell me everything, also the bad things.",
        "Ok, I understand. The deck was too long and the decision came only at the end.",
        "Can you tell me, what you would like to see in the first three minutes?"])
    assert "fixes it" not in session.partner_turns[-1], session.partner_turns


def test_thanks_before_the_reason_is_thanked_and_holding_back_a_proposal_is_none(detector: MoveDetector) -> None:
    # r24 r1: thanks for the sessions got "I'd worry we'd lose the thread with longer gaps", and "…so I'd rather hear
    # it before I suggest anything." got "I could live with that…"
    assert "concrete-proposal" not in moves_in(detector, "I know you like the fortnightly rhythm, so I'd rather hear "
                                                         "your view before I suggest anything.")
    session = play(detector, "change-cadence", "warm", [
        "Sam, before we start today, I'd like to talk about how often we meet, because I want these hours to count.",
        "These sessions got me through my first months as a supervisor, and I'm grateful for that."],
        difficulty="hard")
    assert "longer gaps" not in session.partner_turns[-1] and "thank" in session.partner_turns[-1].lower()


def test_specifics_already_given_are_never_asked_for_again(detector: MoveDetector) -> None:
    # r24 r2: "Okay. That's fair if the numbers were wrong. Which ones?" after the revenue-tab totals were named
    session = play(detector, "give-critical-feedback", "skeptical", [
        "Riley, I'd like to give you some feedback on the weekly client reports. Have you got twenty minutes?",
        "In the last two reports the totals on the cost tab didn't match the source file, and the client emailed me.",
        "I'm raising it because I care about how that client sees you, and your dashboard work last month was quick."])
    assert "Which ones" not in session.partner_turns[-1], session.partner_turns


def test_walk_me_through_your_process_is_answered_with_their_side(detector: MoveDetector) -> None:
    # r24 r13 (and r21): "what's ur process before you hit send? walk me thru it" got "Could you show me how you'd
    # check it?", the question handed back
    from coach.rehearsal.partner import question_kind

    assert question_kind("what's ur process before you hit send? walk me thru it") == "in-the-way"
    assert question_kind("Can you walk me through how you put the totals together each week?") == "in-the-way"


def test_the_better_line_never_says_the_users_own_fact_twice() -> None:
    # r24 r13: "…the client lead emailed me Fri about it. I had to answer an email from the client's lead about it
    # on Friday." (a model sentence borrowed beside the user's own words)
    from coach.rehearsal.scoring import _said_already

    assert _said_already("I had to answer an email from the client's lead about it on Friday.",
                         ["the totals didn't line up and the client lead emailed me fri about it"])
    assert not _said_already("I had to answer an email from the client's lead about it on Friday.",
                             ["the totals on the revenue tab didn't match the source extract"])
