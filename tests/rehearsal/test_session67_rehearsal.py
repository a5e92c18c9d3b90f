"""Rehearsal classes from blind review r20 (4 of 14 runs sensible on the session-66 code) mended in session 67: each
test names the class and quotes its line. Lines are phrased apart from the labelled training lines, so the detector
is tested on what it has not seen."""

from __future__ import annotations

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.scenarios import build_custom_persona, get_persona
from coach.rehearsal.session import OFFLINE_CUSTOM_PERSONA, RehearsalSession

from .conftest import OFFLINE, moves_in, play


def test_a_veiled_threat_is_giving_up_and_never_the_strongest_moment(detector: MoveDetector) -> None:
    # r20 r8: "Honestly, I'm not sure this is going to work out." was the strongest moment and I-statement evidence
    line = "Honestly I'm not sure this is going to work out for us."
    assert "giving-up" in moves_in(detector, line)
    session = play(detector, "give-critical-feedback", "skeptical", [
        "Riley, your reports are a mess. Again.", "Just be more careful or something.", line], difficulty="easy")
    debrief = session.debrief()
    assert debrief.strongest != line
    assert all(line not in (c.evidence or "") for c in debrief.criteria)


def test_asking_to_speak_honestly_is_not_asking_their_view(detector: MoveDetector) -> None:
    # r20 r12: "hey alex, can i be honest abt something" got "From my side, I never quite knew what you wanted…"
    assert "asks-their-view" not in moves_in(detector, "can i be honest about something with you")
    session = play(detector, "not-working", "warm", ["hey alex, can i be honest about something with you"], "easy")
    assert "From my side" not in session.partner_turns[-1], session.partner_turns


def test_what_it_costs_the_user_is_not_a_proposal_to_accept(detector: MoveDetector) -> None:
    # r20 r11: "For me this is difficult, because I come with no idea what you need…" got "Fine. Let's do that."
    # r20 r5: "I had planned 25 minutes and we finished at about 45…" got "Yes, that would fix it."
    for line in ("For me it is hard, because I arrive with no idea what you need and we lose maybe 15 minutes every "
                 "time.", "I had planned 20 minutes and we finished at about 40."):
        found = moves_in(detector, line)
        assert "concrete-proposal" not in found and "specific-observation" in found, (line, found)
    session = play(detector, "unprepared-mentee", "busy", [
        "Sam, before we start I want to speak about how we prepare these sessions.",
        "For me it is hard, because I arrive with no idea what you need and we lose maybe 15 minutes every time."],
        difficulty="hard")
    assert "Let's do that" not in session.partner_turns[-1], session.partner_turns


def test_skilled_lines_in_plain_or_second_language_english_are_credited(detector: MoveDetector) -> None:
    # r20: an I-statement about the sessions, a plan with its check-in, and a deadline with what it means scored 0
    assert "i-statement" in moves_in(detector, "I've been feeling like our calls aren't really helping me get ready "
                                               "for the audit.")
    assert "concrete-proposal" in moves_in(detector, "I make the schedule for the three Saturdays and "
                                                 "show you on Monday.")
    assert {"specific-observation", "i-statement"} <= moves_in(detector, "The course starts on the 3rd and the form "
                                                                          "still says not submitted, so I'm getting "
                                                                          "worried about it.")
    assert "purpose-statement" in moves_in(detector, "I know you're short on time, so quickly: it's about the "
                                                     "reference letter for the scholarship.")


def test_a_request_for_their_eyes_gets_a_yes_before_the_close(detector: MoveDetector) -> None:
    # r20 r5: "Could I send you the draft on the 18th for a quick look?" got only "Good. I'm glad we talked it through."
    session = play(detector, "receive-criticism", "warm", [
        "Thanks for watching it, Morgan. I'd really like your honest take, even if it stings a bit.",
        "You're right that it ran long.",
        "Can I check I've got it: you'd lead with the recommendation and keep the analysis as backup?",
        "For the ops review on the 22nd, I'll put the recommendation on slide 2. Could I send you the draft on the "
        "18th for a quick look?"], difficulty="easy")
    assert session.partner_turns[-1].startswith(get_persona("warm").look_over), session.partner_turns


def test_an_offline_custom_persona_says_what_it_can_play(detector: MoveDetector) -> None:
    # r20 r4, r12: a ship captain's anecdotes never came, and nothing said why
    persona = build_custom_persona("sentimental retired ship captain who tells nautical anecdotes")
    session = RehearsalSession("end-mentorship", persona, "medium", engine="offline", detector=detector,
                               settings=OFFLINE)
    assert OFFLINE_CUSTOM_PERSONA.format(base=persona.bank) in session.notices
    plain = RehearsalSession("end-mentorship", "warm", "medium", engine="offline", detector=detector, settings=OFFLINE)
    assert not plain.notices


ASK_FOR_SIX_MONTHS = [
    "Dr. Okafor, thank you for stopping after grand rounds. I'd like to ask you something specific: would you "
    "consider mentoring me over the next six months?",
    "I'm a ward pharmacist on the surgical floors, and your audit showing we cut broad-spectrum antibiotic days by 18% "
    "on orthopaedics is the reason I want to move into antimicrobial stewardship.",
    "I know your time is tight, so I'd propose one 30-minute call a month.",
    "What would you need from a mentee to make it worth your while? I'd rather hear any doubts now.",
]


def test_a_term_given_is_never_asked_for_and_doubts_invited_are_answered(detector: MoveDetector) -> None:
    # r20 r1: "A fixed end date would make it much easier to say yes." after "…over the next six months?"; and
    # "What would you need from a mentee…? I'd rather hear any doubts now." got "From my side, that's a commitment…"
    session = play(detector, "ask-to-mentor", "skeptical", ASK_FOR_SIX_MONTHS)
    assert not any("end date" in line for line in session.partner_turns), session.partner_turns
    assert session.partner.state.reactions[-1].asked == "their-worry"


def test_a_piece_of_their_work_named_as_the_reason_is_why_them(detector: MoveDetector) -> None:
    # r20 r1: "your audit showing we cut … by 18% … is the reason I want to move…" scored 0 on "Specific about why them"
    session = play(detector, "ask-to-mentor", "skeptical", ASK_FOR_SIX_MONTHS)
    why_them = next(c for c in session.debrief().criteria if c.name == "Specific about why them")
    assert why_them.score == 3 and "your audit" in (why_them.evidence or "")


def test_a_day_nobody_proposed_is_never_turned_down(detector: MoveDetector) -> None:
    # r20 r11: "…three bullet points, until Sunday evening…" got "It could work. Monday is impossible."
    session = play(detector, "unprepared-mentee", "busy", [
        "Sam, before we start I want to speak about how we prepare these sessions.",
        "We agree you send agenda and short update the day before. Last three times nothing arrive.",
        "I propose: you send only three bullet points, until Sunday evening, not full document. Is ok for you?"],
        difficulty="hard")
    assert not any("Monday is impossible" in line for line in session.partner_turns), session.partner_turns


def test_a_repeat_back_asked_as_a_question_is_no_i_statement(detector: MoveDetector) -> None:
    # r20 r14: "so you're saying i should start with what i want them to approve?" was the evidence for "Speaks for
    # self"
    found = moves_in(detector, "so you mean I should open with the ask and keep the background for questions?")
    assert "acknowledgement" in found and "i-statement" not in found, found


def test_each_sentence_of_a_better_line_starts_with_a_capital() -> None:
    # r20 r14: "…Fair. for the budget meeting next month I'll open with the ask…"
    from coach.rehearsal.scoring import _as_sentence

    assert _as_sentence("ok fair. for the budget meeting next month i'll open with the ask") == (
        "For the budget meeting next month I'll open with the ask.")
    assert _as_sentence("i think so. and then we go") == "I think so. And then we go."


def test_a_custom_defensive_partner_never_takes_a_request_for_a_complaint(detector: MoveDetector) -> None:
    # r20 r13: "I want talk about the sourdough programme." got "I've been doing my best, you know."
    from coach.rehearsal.partner import question_kind
    from coach.rehearsal.scenarios import build_custom_scenario

    scenario = build_custom_scenario("My mentor at the bakery, head baker Henrik, wants me to stay on the bread line "
                                     "another year. I want to ask him to let me run the sourdough programme.")
    session = RehearsalSession(scenario, "defensive", "medium", engine="offline", detector=detector, settings=OFFLINE)
    session.respond("Henrik, thank you for taking the time. I want to talk about the sourdough programme.")
    assert "doing my best" not in session.partner_turns[-1], session.partner_turns
    # "What do you need to see from me for saying yes?" asks their worry
    assert question_kind("What do you need to see from me for saying yes?") == "their-worry"


def test_thanks_for_what_they_gave_is_thanked_for_in_kind(detector: MoveDetector) -> None:
    # r20 r4: "These two years have meant a lot to me. When you walked me through…, it changed how I handle delays."
    # got "I'm listening. What's prompting this?"
    session = play(detector, "end-mentorship", "warm", [
        "Thank you for meeting me. I wanted to talk about where our mentoring goes from here.",
        "These three years have meant a lot to me. When you showed me how to run the night audit, it changed how I "
        "work."])
    assert session.partner_turns[-1] in get_persona("warm").praised, session.partner_turns


def test_a_custom_style_named_brisk_or_distracted_plays_the_busy_base() -> None:
    # r21 r4, r12: "brisk, no-nonsense former rugby coach" played warm ("Oh, I'm flattered, right then!")
    assert build_custom_persona("brisk, no-nonsense former rugby coach who calls people 'mate'").bank == "busy"
    assert build_custom_persona("distracted startup founder who answers from her phone, says 'sorry sorry' a "
                                "lot").bank == "busy"
    assert build_custom_persona("quiet, anxious, apologises a lot, answers in short sentences").bank == "warm"


def test_casual_counts_of_time_and_numbered_things_are_specific(detector: MoveDetector) -> None:
    # r21 r12: "like last tuesday we had 45 min and i think we talked maybe 10 about my pitch deck" scored 0 on
    # specific (it was read as a proposal); r21 r2: "clauses 14 and 15…" was one example short of the full 3
    found = moves_in(detector, "like last monday we had 60 min and we talked maybe 15 about my CV")
    assert "specific-observation" in found and "concrete-proposal" not in found, found
    from coach.rehearsal.rubric import load_rubric

    criterion = load_rubric()["specific-observation"]
    assert criterion.weight("clauses 14 and 15 on liability were missing from the English version") == 2


def test_thanks_for_getting_on_a_call_is_gratitude(detector: MoveDetector) -> None:
    # r22 r1: "Jordan, thanks for getting on the call." was read as sarcasm
    thanks = moves_in(detector, "Sam, thanks for getting on the call today.")
    assert "gratitude" in thanks and "sarcasm" not in thanks, thanks


def test_thanks_beside_an_ask_leaves_the_ask_to_answer(detector: MoveDetector) -> None:
    # the thanks of r20 r4 is thanked for only in a turn that raises nothing else: "I'd like this to be our last
    # regular session. I'm really grateful, your advice on the reorg changed how I work." is answered as the ending
    session = play(detector, "end-mentorship", "defensive", [
        "Thanks for meeting. Before we start, there's something I want to talk about.",
        "I'd like this to be our last regular session. I'm really grateful, your advice on the reorg changed how I "
        "work."])
    assert session.partner_turns[-1] not in get_persona("defensive").praised, session.partner_turns
