"""Rehearsal classes from blind reviews r14 and r15 mended in session 64: each test names the class and its line."""

from __future__ import annotations

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.partner import question_kind
from coach.rehearsal.scenarios import build_custom_persona, build_custom_scenario

from .conftest import moves_in, play

_NEGATIVE = {"blame", "sarcasm", "absolutes", "giving-up", "vagueness", "over-apologising"}
_CRITIQUE_WORDS = ("background", "slide", "recommendation", "twenty minutes", "analysis")


def test_handing_over_the_floor_casually_gets_the_feedback(detector: MoveDetector) -> None:
    # r14 13: "ok yeah go for it, i can take it" got "Okay… and?", handing the turn back to the user
    for line in ("ok yeah go for it, i can take it", "sure, let me have it", "give it to me straight"):
        session = play(detector, "receive-criticism", "defensive", [line], difficulty="easy")
        reply = session.partner_turns[-1]
        assert any(word in reply.lower() for word in _CRITIQUE_WORDS), (line, reply)


def test_defending_what_was_criticised_is_a_poor_move(detector: MoveDetector) -> None:
    # r14 13: "but the background was needed tho, …" counted as no poor move; the debrief said none came across badly
    session = play(detector, "receive-criticism", "defensive", [
        "ok yeah go for it, i can take it",
        "but the background was needed tho, half the room didnt know the project",
        "ill redo the deck this week and send it to u by fri?"], difficulty="easy")
    debrief = session.debrief()
    assert "background was needed" in debrief.weakest
    assert "background was needed" not in debrief.strongest
    # owning it, with the same words, stays clean
    fair = play(detector, "receive-criticism", "defensive", [
        "ok yeah go for it, i can take it", "yeah the background was needed for some, but it was far too long",
        "ill redo the deck this week and send it to u by fri?"], difficulty="easy")
    assert "far too long" not in fair.debrief().weakest

def test_texting_spellings_ask_the_same_question(detector: MoveDetector) -> None:
    # r14 13: "what wud u cut first?" got "What I saw was…", not what they would cut
    assert question_kind("sorry, ok, i hear u. what wud u cut first?") == "in-my-place"
    assert question_kind("how did u get ur first job?") == "about-them"
    session = play(detector, "receive-criticism", "busy", [
        "Thanks for telling me straight.", "but the background was needed tho",
        "sorry, ok, i hear u. what wud u cut first?"])
    assert "cut" in session.partner_turns[-1].lower() or "two slides" in session.partner_turns[-1], \
        session.partner_turns
    # and the better line spells out what it borrows
    assert "wud" not in (session.debrief().better_line or "")


def test_review_r15_lines_get_the_move_they_show(detector: MoveDetector) -> None:
    # 12 "Just, you know, career stuff." was blame; 10 "I'd never forgive myself…" was absolutes; 13 "Well, it is." was
    # giving up; 03 "Chris, I'm not doing the MBA." was blame; the jabs, the ultimatum and "tough crowd" were missed
    assert not moves_in(detector, "Just, you know, career stuff.") & {"blame"}
    safety = ("I'm raising it because wrong-patient errors are one of the ways people get seriously hurt, and I'd "
              "never forgive myself if I hadn't said anything.")
    assert not moves_in(detector, safety) & _NEGATIVE
    assert not moves_in(detector, "Well, it is.") & _NEGATIVE
    assert not moves_in(detector, "Chris, I'm not doing the MBA.") & {"blame"}
    for jab in ("Well, I did look into it, unlike some people.",
                "Honestly, I'm starting to wonder why I agreed to mentor you.",
                "We'll see. If it doesn't turn up next time, we're done."):
        assert "blame" in moves_in(detector, jab), jab
    assert "sarcasm" in moves_in(detector, "Wow, okay, tough crowd.")


def test_a_recounted_agreement_is_no_proposal(detector: MoveDetector) -> None:
    # 09: "we agree you send agenda and short update the day before. last three session, nothing arrive" got "Fine.
    # Let's do that." and was the strongest moment as a proposal
    session = play(detector, "unprepared-mentee", "busy", [
        "Sam, before we start, I want talk about how we prepare for the sessions.",
        "we agree you send agenda and short update the day before. last three session, nothing arrive, and we start "
        "with 'what we talk about'"])
    assert "Let's do that" not in session.partner_turns[-1]
    assert "we agree you send" not in session.debrief().strongest


def test_the_partner_answers_praise_a_choice_and_a_worry_after_its_yes(detector: MoveDetector) -> None:
    # 10: praise got "Mm, go on. I'm listening."
    session = play(detector, "give-critical-feedback", "warm", [
        "Riley, I'd like to give you some feedback on the last two client reports.",
        "You're doing really well overall. Your clients trust you, and your analysis is some of the sharpest here."])
    assert "listening" not in session.partner_turns[-1].lower()
    assert "thank" in session.partner_turns[-1].lower() or "appreciated" in session.partner_turns[-1].lower()
    # 01: "is monthly ok, or every six weeks is better for you?" got no choice
    session = play(detector, "ask-to-mentor", "busy", [
        "Priya, thank you for the coffee. Would you be my mentor?",
        "my idea is one call of 30 minute every month, for six month. I send the questions before",
        "is monthly ok, or every six weeks is better for you?"], difficulty="hard")
    assert session.partner_turns[-1].startswith("Monthly"), session.partner_turns


def test_a_one_off_ask_is_never_countered_with_a_trial_and_its_day_names_the_event(detector: MoveDetector) -> None:
    # 11: "play two tunes … at the Friday gig in June" got "Could we make it a trial for a month…?", then "At the
    # Friday, in June."
    from coach.rehearsal.partner import proposal_specifics

    assert proposal_specifics("i want to play two tunes in the set at the Friday gig in June") == (
        "at the Friday gig in June")
    scenario = build_custom_scenario(
        "My mentor Dele leads the big band I play drums in. I want to ask Dele to let me play two tunes in the set at "
        "the Friday gig in June.")
    persona = build_custom_persona("Gruff old jazzman: few words, musician slang, teases you, hates excuses.")
    assert persona.name.startswith("Custom (busy")
    from coach.rehearsal.session import RehearsalSession
    from tests.rehearsal.conftest import OFFLINE

    session = RehearsalSession(scenario, persona, "hard", engine="offline", detector=detector,  # type: ignore[arg-type]
                               settings=OFFLINE)
    for line in ("Dele, you got a minute after rehearsal? I want to ask about the June gig",
                 "but i practice the charts every day, two hours. i know Moanin by heart now",
                 "i want to play two tunes in the set at the Friday gig in June"):
        session.respond(line)
    assert not any("trial" in line for line in session.partner_turns), session.partner_turns


def test_a_custom_preceptor_is_the_mentor(detector: MoveDetector) -> None:
    # 10: "I'm the preceptor for Aisha" made the user the mentee, and the new grad spoke as a mentor
    scenario = build_custom_scenario("I'm the preceptor for Aisha, a new graduate nurse. Twice this week she hung IV "
                                     "antibiotics without the two-identifier check.")
    assert scenario.user_role == "mentor"
