"""Classes left open by session 78 and found by blind rehearsal review r51. Lines are phrased apart from the
reviews' own."""

from __future__ import annotations

import re

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.partner import proposal_specifics, question_kind, step_taken
from coach.rehearsal.scenarios import build_custom_scenario

from .conftest import moves_in, play


def test_who_does_the_next_step_is_answered_and_a_mentee_never_offers_to_look_over_work(
        detector: MoveDetector) -> None:
    # session 78's note: "Would you prefer to tell them yourself, or should I do it?" got "From Tuesday? Yes, that
    # works for me." (a date from the opening line), and "could you check the data dates before a report goes out?"
    # asked of a mentee got "Send it over when it's ready and I'll have a look before then."
    assert question_kind("Do you want to ring the supplier yourself, or shall I?") == "who-does-it"
    assert step_taken("Would you rather phone your landlord or should I do it?") == "phone my landlord"
    assert step_taken("Would you prefer shorter sessions or another day?") is None
    session = play(detector, "give-critical-feedback", "warm", [
        "Hi Sam, have you got ten minutes? I want to talk about the stock count from Friday.",
        "Two of the aisle totals on the count sheet were copied from last month, and the auditor found it.",
        "It meant I had to explain it to the area manager, and I looked unprepared.",
        "What happened on your side?",
        "The area manager needs to hear it has been fixed. Would you prefer to tell her yourself, or should I?",
        "OK. And from now on, could you check the sheet dates before a count goes in?"])
    replies = session.partner_turns
    assert "tell her myself" in replies[5] and "Friday" not in replies[5], replies
    assert "Send it over" not in replies[6] and "have a look" not in replies[6], replies


def test_review_r51_questions_of_them_are_answered(detector: MoveDetector) -> None:
    # r51 r11: "Can I ask why you told Jen?" ignored twice; r10: "Is there anything else you need from me?" got "Just
    # bring one thing you're stuck on…"; r4: "What do you feel is still open?"; r9: "What would make it realistic for
    # you…?", "What day would you pick?"
    assert question_kind("Can I ask why you told Ines? I just want to understand.") == "their-why"
    assert question_kind("What do you feel is still open?") == "what-left"
    assert question_kind("What would make it realistic for you to send the logs before we meet?") == "what-would-help"
    assert question_kind("You know your rota better than me. What day would you pick?") == "when-works"
    scenario = build_custom_scenario("I ask my mentor, a senior firefighter, to stop telling the watch about the "
                                     "anxiety I told him about in confidence")
    session = play(detector, scenario, "warm", [
        "Hi Dev, got a sec before the shift? There's something kind of personal I need to bring up with you.",
        "Last month I told you about my anxiety after the warehouse fire. Yesterday Tom from red watch asked if I'm "
        "'ok now', and he said you told him.",
        "What I tell you has to stay between us. Could you not share that with the watch anymore?",
        "Thanks. Can I ask why you told Tom?",
        "Sorry, you didn't answer. Why did you tell him?"])
    replies = session.partner_turns
    assert "Tell me more" in replies[1] or "What's on your mind" in replies[1], replies
    assert "thank you for telling me that so clearly" not in replies[1], replies
    assert replies[4] != replies[5] and "I thought I was helping" in " ".join(replies[4:6]), replies
    letter = build_custom_scenario("I ask my mentor, a senior vet, for a reference letter for a residency")
    session = play(detector, letter, "warm", [
        "Good morning doctor. I have a small thing to ask, it is about the residency application.",
        "Could you write me a reference letter? The deadline is the 20th.",
        "Thank you! I can send you my CV and the list of surgeries tomorrow. Is there anything else you need from me?"])
    assert "Tell me more" in session.partner_turns[1] or "mind" in session.partner_turns[1], session.partner_turns
    assert "that covers it" in session.partner_turns[3] and "stuck on" not in session.partner_turns[3], \
        session.partner_turns


def test_review_r51_terms_in_the_next_sentence_and_a_guess_at_their_meaning(detector: MoveDetector) -> None:
    # r51 r5: "Can we just fix one time that does not move? Like first Monday of the month, 7 in the evening, on the
    # phone?" got "And what would that actually involve?"; r4: "If it's the manager step next year, maybe…" got "Next
    # year? Yes, that works for me."
    assert proposal_specifics("If it's the licence renewal next spring, maybe we could keep one last session.") is None
    session = play(detector, "frequent-cancels", "defensive", [
        "The last four sessions you cancelled three, and the one in May was ten minutes before. I took leave.",
        "For me moving or cancelling is the same, I lose the day. Can we just fix one time that does not move? Like "
        "the first Friday of the month, 8 in the morning, on the phone?"], difficulty="hard")
    assert "what would that actually involve" not in session.partner_turns[-1].lower(), session.partner_turns


def test_review_r51_a_doubt_of_a_promise_waits_for_one_and_the_opening_names_no_story(
        detector: MoveDetector) -> None:
    # r51 r8: "…Maybe they just didn't read it." got "Alright. I'll believe it when I see the next deck."; r13: "Is
    # this about the report?" opened a talk about a shipment
    session = play(detector, "receive-criticism", "skeptical", [
        "Wow, ok. I was asking for two more weeks on the flood story, it was on the last slide. Maybe they just didn't "
        "read it."])
    assert "believe it" not in session.partner_turns[1], session.partner_turns
    for persona in ("warm", "busy", "skeptical", "defensive"):
        opening = play(detector, "give-critical-feedback", persona, []).partner_turns[0]
        assert not re.search(r"\b(?:report|client|charts?|data)\b", opening), opening


def test_review_r51_the_debrief_reads_lines_as_said(detector: MoveDetector) -> None:
    # r51: "Fine. We see if it works. Bye." and "It's ok, now we both know." read as giving up; "Twenty minutes, yeah,
    # that's probably true." as sarcasm; "Sorry for existing then." and "whatever works for your busy schedule" not
    # flagged; "…, this is basic." never a judgement; "I am frustrated." the strongest moment
    assert "giving-up" not in moves_in(detector, "Fine. We see if it works. Bye.")
    assert "giving-up" not in moves_in(detector, "It's ok, now we both know.")
    assert moves_in(detector, "Thirty minutes, yeah, that's probably true.") & {"acknowledgement", "sarcasm"} == {
        "acknowledgement"}
    assert "sarcasm" in moves_in(detector, "Wow. Sorry for existing then.")
    assert "sarcasm" in moves_in(detector, "Sure, whatever works for your busy schedule.")
    assert "blame" in moves_in(detector, "You should check the labels before loading, this is basic.")
    session = play(detector, "frequent-cancels", "defensive", [
        "Ok, sorry. I am frustrated. Of the last four sessions you cancelled three, and the one in May was ten minutes "
        "before."], difficulty="hard")
    assert session.debrief().strongest != "I am frustrated.", session.debrief().strongest


def test_review_r51_the_debrief_credits_a_request_and_a_named_mistake_and_never_keeps_self_minimising(
        detector: MoveDetector) -> None:
    # r51 r11: "I'd like you to not share that stuff with the crew anymore." no proposal, "There's something kind of
    # personal I need to bring up with you." the strongest moment, and "one concrete change for the next month" for a
    # confidence; r12: "The … plan you presented, that was my idea." no observation; r6: "a second one … shows it is a
    # pattern" for one allergy ticket; r2: the better line kept "Maybe it is not so important…, if it is ok."
    assert "concrete-proposal" in moves_in(detector, "I'd like you to stop sharing my health stuff with the team.")
    assert not moves_in(detector, "There's something kind of private I need to bring up with you.") & {
        "purpose-statement", "i-statement"}
    assert "specific-observation" in moves_in(detector, "The rota system you presented on Monday was my idea.")
    scenario = build_custom_scenario("I ask my mentor, a senior nurse, to stop telling the ward about my divorce")
    session = play(detector, scenario, "warm", [
        "Hi Grace, got a minute? There's something kind of personal I need to bring up with you.",
        "Last week I told you about my divorce, and yesterday two nurses on nights asked me about it.",
        "I'd like you to stop sharing that with the ward. Can you do that?",
        "Ok, whatever, as long as it stops."])
    debrief = session.debrief()
    assert debrief.strongest != "There's something kind of personal I need to bring up with you.", debrief.strongest
    assert "next month" not in debrief.better_line, debrief.better_line
    session = play(detector, "give-critical-feedback", "busy", [
        "Hey Bruno, got ten minutes? I want to talk about Friday night, the allergy ticket on table 9.",
        "The ticket said sesame allergy, and the salad went out with the sesame dressing on it.",
        "What was happening on your side at that moment?",
        "From now on, read every allergy ticket out loud at the pass. Can you do that starting tonight?",
        "Good. Sunday we take five minutes to see how it went."], difficulty="easy")
    scores = {c.name: c for c in session.debrief().criteria}
    observed = scores["Specific observation rather than generalisation"]
    assert observed.score == 3 and "pattern" not in observed.hint, observed
    session = play(detector, "change-cadence", "busy", [
        "Sorry sorry, I know you are very busy. Maybe it is not so important but I want to talk about our meeting, "
        "if it is ok.",
        "The shifts changed, I am on nights now, so every week is hard for me. Every two weeks, is it possible?"])
    assert "not so important" not in session.debrief().better_line, session.debrief().better_line


def test_review_r52_respect_is_no_blame_and_a_thing_made_then_is_no_term(detector: MoveDetector) -> None:
    # r52 r3: "I respect why you pushed the MBA…" and r1: "I don't want to waste your Saturdays." came across as blame;
    # r11: "…the one I built on the Mooi River trial plots in March…" got "In March. Fine, that works."
    assert "blame" not in moves_in(detector, "I respect why you pushed the course, you've seen many of us try it.")
    assert "acknowledgement" in moves_in(detector, "I respect why you pushed the course.")
    assert "blame" not in moves_in(detector, "Is it still useful for you? I don't want to waste your evenings.")
    assert proposal_specifics("That rota was the one I drew up for the night team in April, and it went out without "
                              "my name.") is None


def test_review_r52_what_would_help_them_is_answered(detector: MoveDetector) -> None:
    # r52 r1: "What would make it work on your side?" got "From my side, that's a commitment I can actually keep…";
    # r6: "So what could help you not skip the torque check next time?" got "I didn't realise how much it mattered…"
    assert question_kind("What would make it work on your side? I know you are busy.") == "what-would-help"
    assert question_kind("So what could help you not skip the pressure test next time?") == "what-would-help"
    assert question_kind("How bad is it for you, and is there something I can do?") == "their-worry"
    session = play(detector, "give-critical-feedback", "defensive", [
        "Hi Ravi, got a minute? I want to talk about the brake job on Tuesday.",
        "You fitted the calipers and skipped the torque check, and the customer came back with a noise.",
        "What happened on your side?",
        "Thanks for saying it straight. So what could help you not skip the torque check next time?"],
        difficulty="hard")
    assert "checklist" in session.partner_turns[-1], session.partner_turns


def test_review_r52_the_ask_of_them_is_said_back_and_no_side_is_thanked_for_unsaid() -> None:
    # r52 r10: "I send the draft tomorrow evening, and is it okay if you send the letter by next Friday?" got
    # "Tomorrow, by next Friday."; r11: "Thank you for telling me how it looks from your side." offered when the partner
    # had given no side
    assert proposal_specifics("I send the notes tomorrow evening, and is it okay if you send the reference by next "
                              "Monday?") == "by next Monday"
    scenario = build_custom_scenario("I ask my mentor to credit my work at the board meeting")
    line = scenario.example("acknowledgement", ["Quickly, I've got ten minutes. What do you need?"])
    assert "your side" not in line, line
