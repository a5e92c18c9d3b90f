"""Rehearsal classes from blind review r26 (5 of 14 runs sensible on 3fa1d2a) mended in session 69: each test names
the class and quotes its line. Lines are phrased apart from the labelled training lines, so the detector is tested on
what it has not seen."""

from __future__ import annotations

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.partner import proposal_specifics
from coach.rehearsal.scenarios import build_custom_persona, build_custom_scenario

from .conftest import moves_in, play


def test_an_ultimatum_is_blame_however_concrete_its_terms(detector: MoveDetector) -> None:
    # r26 r5: "Fine, first Monday of the month at 7:30, twenty minutes, and if you cancel that too we're done." got
    # "Fine, that works.", scored 3/3 as a proposal, named the strongest moment and kept in the better line
    line = "Fine, first Monday of the month at 7:30, twenty minutes, and if you cancel that too we're done."
    assert "blame" in moves_in(detector, line)
    assert "blame" in moves_in(detector, "Ok, Thursdays at 6, half an hour, and if you skip it again we're done.")
    session = play(detector, "frequent-cancels", "busy", [
        "Jordan, you never turn up to our sessions.", "Every single time I block the hour, you cancel on the day.",
        line], "hard")
    assert "works" not in session.partner_turns[-1].lower(), session.partner_turns
    debrief = session.debrief()
    assert line not in debrief.strongest and "we're done" not in debrief.better_line
    proposal = next(c for c in debrief.criteria if c.id == "concrete-next-step")
    assert proposal.score == 0


def test_reassurance_praise_and_running_oneself_down_are_no_blame(detector: MoveDetector) -> None:
    # r26 r11 "You're careful with the potting and the records, so I don't think this is about you not caring." and
    # r13 "You probably don't have time for someone like me anyway." came across as blame
    assert "blame" not in moves_in(detector, "You're thorough with the stock counts, so I don't think this is about "
                                             "you not bothering.")
    assert "blame" not in moves_in(detector, "You're probably too busy for people like me anyway.")
    assert "blame" in moves_in(detector, "You're good at talking but you never listen.")


def test_thanks_and_acknowledgement_before_the_purpose_cost_the_opening_nothing(detector: MoveDetector) -> None:
    # r26 r7/r12: "Hola Alex, thanks for the time, I know the service was crazy tonight." then the purpose: 1/3,
    # "You got to your purpose, but not in your first line"
    session = play(detector, "frequent-cancels", "defensive", [
        "Hi Jordan, thanks for getting on the call, I know your week is very hectic only.",
        "I wanted to talk about our sessions, because honestly they are getting missed a lot and it's bothering me.",
        "Out of the last four, three got cancelled on the same day.",
        "My licence exam is in six weeks, so I'm getting a bit tense."], "easy")
    criteria = {c.id: c for c in session.debrief().criteria}
    assert criteria["clear-opening"].score == 3, criteria["clear-opening"]
    # (the main point says what it does to them: never "You spoke for yourself once")
    assert "once" not in criteria["i-statements"].hint


def test_a_topic_is_no_problem_to_concede_and_a_request_still_is_answered(detector: MoveDetector) -> None:
    # r26 r10: "I want to speak about how we work on my paper drafts." got "Fair. I hadn't noticed. Go on."
    scenario = build_custom_scenario("I'm a PhD student in marine biology. My supervisor, Prof. Nowak, rewrites my "
                                     "paper drafts herself instead of giving me comments, and I want to ask her to "
                                     "comment in the margins so I learn to write them myself.")
    gruff = build_custom_persona("Gruff and dry, few words, teases a little, but fair and cares about her students.")
    session = play(detector, scenario, gruff, [  # type: ignore[arg-type]
        "Dzień dobry, thank you that you find time for me today.",
        "I want to speak about how we work on my paper drafts."])
    assert "hadn't noticed" not in session.partner_turns[-1], session.partner_turns


def test_a_proposal_is_not_countered_with_what_it_already_offers(detector: MoveDetector) -> None:
    # r26 r7: "I send you 3 questions on Sunday, we start with them…" got "Send me your questions the day before…"
    session = play(detector, "not-working", "warm", [
        "I want to talk about our sessions, because I don't think they're working for me right now.",
        "The last three times I brought questions about plating, but we spent the hour on your old restaurant.",
        "I end up going home without knowing how to run my section.",
        "How do the sessions feel from your side?",
        "Could we try this: I email you two questions on Saturday, and we start with those."], "hard")
    assert "questions the day before" not in session.partner_turns[-1], session.partner_turns


def test_background_dates_are_no_terms_and_settled_details_are_said_back(detector: MoveDetector) -> None:
    # r26 r1: "I'm a second-year cadet, I start line training in September, …" got "In September? Yes, that works"
    session = play(detector, "ask-to-mentor", "warm", [
        "Thanks for making a few minutes after the talk.",
        "I'd like to ask whether you'd consider mentoring me this year.",
        "I'm a final-year apprentice, I qualify in March, and I'd like help getting ready for my first site job."])
    assert "March?" not in session.partner_turns[-1], session.partner_turns
    # r26 r12: "30 mins every other Saturday at 9am, on phone only" said back as "30 minutes, Saturday at 9am"
    assert proposal_specifics("What if we keep it short, 20 mins every other Sunday at 8am, on the phone?") == (
        "20 mins every other Sunday at 8am, on the phone")


def test_a_floor_handed_over_after_thanks_gets_the_feedback_and_no_praise_for_a_question_never_asked(
        detector: MoveDetector) -> None:
    # r26 r8: "…thanks for watching the pitch on thursday, go for it, i can take it." got "Good. I wasn't sure how
    # you'd take that." and no feedback; "i felt the room drift…" got "That's the right question."
    session = play(detector, "receive-criticism", "skeptical", [
        "hi Morgan, thanks for coming to the demo on friday, go ahead, i can take it.",
        "yeah i think i lost them when i went through the old figures."], "easy")
    first, second = session.partner_turns[1], session.partner_turns[2]
    assert "wasn't sure how you'd take" not in first, session.partner_turns
    assert "right question" not in second


def test_a_point_dropped_again_gets_closing_words_never_an_argument(detector: MoveDetector) -> None:
    # r26 r13: the fourth "never mind" got "I don't think that holds up."
    session = play(detector, "ask-to-mentor", "skeptical", [
        "um, hi.", "Never mind, it's nothing.", "Forget it, doesn't matter.", "Honestly, forget I said anything.",
        "Actually never mind, it's fine."])
    assert not any("holds up" in line for line in session.partner_turns), session.partner_turns


def test_what_this_turn_settles_is_said_back_and_a_fallback_after_a_yes_is_taken_kindly(
        detector: MoveDetector) -> None:
    # r26 r14: "OK, I will send you a short report after the first module, in February." got "Next summer. Fine…"
    session = play(detector, "disagree-advice", "busy", [
        "Chris, sorry, I have only short time, I want to discuss about your advice for the master in sports physio.",
        "I understand why you recommend it, and I respect your experience very much.",
        "But I check: the course in Leeds is 19,000 pound and one year full time, so I must stop my work in the "
        "clinic.",
        "Maybe I do the certificate first, weekends only, six month, and next summer we look again at the master?",
        "What you think? Maybe you see some risk I don't see.",
        "OK, I will send you a short report after the first module, in February."], "hard")
    assert "Next summer" not in session.partner_turns[-1], session.partner_turns
    # r26 r12: "And if Saturday doesn't suit some week, just WhatsApp me…" after the yes got a second, grudging yes
    session = play(detector, "frequent-cancels", "defensive", [
        "I wanted to talk about our sessions, because they are getting missed a lot and it's bothering me.",
        "Out of the last four, three got cancelled on the same day.",
        "What if we keep it short, 30 mins every other Saturday at 9am, on phone only?",
        "And if Saturday doesn't suit some week, just WhatsApp me a day before and we'll shift it."], "easy")
    assert "I suppose" not in session.partner_turns[-1], session.partner_turns


def test_thanks_for_the_sessions_is_thanked_and_another_day_asks_when_suits_them(detector: MoveDetector) -> None:
    # r26 r2: "The Monday sessions help me very much…" got "Fair. Whatever we do…", and "For you is ok like this, or
    # you prefer other day?" got "fewer sessions … suit me too", leaving out the day
    from coach.rehearsal.partner import question_kind

    assert question_kind("For you is ok like this, or you prefer other day?") == "when-works"
    session = play(detector, "change-cadence", "busy", [
        "I want talk about how often we meet, because my shifts change to nights.",
        "The Tuesday calls help me a lot, especially with the exams."], "easy")
    assert not session.partner_turns[-1].startswith("Fair."), session.partner_turns


def test_what_a_fact_costs_the_user_speaks_for_them(detector: MoveDetector) -> None:
    # r26 r14: "…one year full time, so I must stop my work in the clinic." scored "Speaks for self" 0/3
    session = play(detector, "disagree-advice", "busy", [
        "I want to discuss your advice about the diploma.",
        "I looked: the diploma is 9,000 pound and two years part time, so I must stop my weekend job."], "hard")
    speaks = next(c for c in session.debrief().criteria if c.id == "i-statements")
    assert speaks.score > 0, speaks


def test_an_either_or_threat_and_written_off_sessions_are_never_credited(detector: MoveDetector) -> None:
    # r27 r9: "Either you drop the MBA thing or I'm finding another mentor." got "Of course. I'd much rather you told
    # me…", was the strongest moment and opened the better line; r6 "…these sessions are a complete waste of my time"
    # read as thanks and was the strongest moment; r8 "you haven't really done anything for me…" was an I-statement
    threat = "Either you stop pushing the diploma or I'm finding someone else to mentor me."
    assert "blame" in moves_in(detector, threat)
    assert moves_in(detector, "Honestly, these calls are a total waste of my time.") & {"blame", "absolutes"}
    assert "gratitude" not in moves_in(detector, "Honestly, these calls are a total waste of my time.")
    assert "blame" in moves_in(detector, "You haven't really done anything for me since I changed teams.")
    session = play(detector, "disagree-advice", "warm", [
        "I want to talk about your advice on the diploma.", threat], "easy")
    assert "rather you told me" not in session.partner_turns[-1], session.partner_turns
    debrief = session.debrief()
    assert threat not in debrief.strongest and "finding someone else" not in debrief.better_line


def test_a_past_observation_of_a_day_is_no_proposal(detector: MoveDetector) -> None:
    # r27 r5: "On Tuesday and again on Thursday night the handover checklist … wasn't filled in…" got "Yes, let's do
    # that."
    line = ("On Tuesday and again on Thursday night the handover checklist for room 4 wasn't filled in when the day "
            "team came on.")
    assert "concrete-proposal" not in moves_in(detector, line)
    assert "concrete-proposal" in moves_in(detector, "On Monday, could we meet at 8 instead?")


def test_a_morning_offered_at_8_is_not_asked_for_again(detector: MoveDetector) -> None:
    # r27 r1: "What if we tried 20 minutes every other Tuesday at 8, before the phones start…?" got "Mornings are
    # better. Before nine, nobody books me."
    session = play(detector, "frequent-cancels", "busy", [
        "I wanted to talk about our sessions, because they really matter to me right now.",
        "Of the last four, three were cancelled on the day.",
        "I end up going into client meetings without the advice I was counting on.",
        "What if we tried 20 minutes every other Tuesday at 8, before the phones start, for the next two months?"],
        "hard")
    assert "Before nine" not in session.partner_turns[-1], session.partner_turns


def test_the_pattern_detector_shows_what_the_data_always_shows() -> None:
    # the detector without an embedder (the coach's fallback) reads an ultimatum as blame too
    from coach.rehearsal.moves import MoveDetector as Detector

    found = {m.move for m in Detector(None).detect("Either you drop the MBA thing or I'm finding another mentor.")}
    assert "blame" in found
