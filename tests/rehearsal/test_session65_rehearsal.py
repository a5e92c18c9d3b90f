"""Rehearsal classes from blind reviews r15 and r16 mended in session 65: each test names the class and its line."""

from __future__ import annotations

from coach.rehearsal.moves import MoveDetector, split_sentences
from coach.rehearsal.reflect import acknowledgement_from
from coach.rehearsal.scenarios import build_custom_persona, build_custom_scenario, get_scenario
from coach.rehearsal.session import RehearsalSession

from .conftest import OFFLINE, moves_in, play


def _custom(detector: MoveDetector, situation: str, style: str, lines: list[str], difficulty: str = "medium"):  # type: ignore[no-untyped-def]
    session = RehearsalSession(build_custom_scenario(situation), build_custom_persona(style), difficulty,  # type: ignore[arg-type]
                               engine="offline", detector=detector, settings=OFFLINE)
    for line in lines:
        session.respond(line)
    return session


def test_a_thousands_separator_is_no_sentence_end() -> None:
    # r16 03: "18.000 euro" became the evidence, strongest moment and better line "000 euro and is full time…"
    said = "But I check: the master in Rotterdam cost 18.000 euro and is full time one year. My family need it."
    assert split_sentences(said) == [
        "But I check: the master in Rotterdam cost 18.000 euro and is full time one year.", "My family need it."]
    assert split_sentences("It costs £3.5k. That is a lot for me.") == ["It costs £3.5k.", "That is a lot for me."]


def test_a_brush_off_is_never_the_line_to_say_back() -> None:
    # r16 04, 14: "So you don't need the long version.", "So you don't have time to argue about it."
    assert acknowledgement_from(["I don't need the long version."]) is None
    assert acknowledgement_from(["Honestly, I don't have time to argue about it right now."]) is None
    assert acknowledgement_from(["Honestly, the release has eaten my evenings for weeks."]) == (
        "So the release has eaten your evenings for weeks.")


def test_a_line_about_preamble_answers_only_vagueness(detector: MoveDetector) -> None:
    # r16 04: sarcasm got "I don't need the long version."; r16 11 an accusation got "I don't have time to guess"
    session = play(detector, "end-mentorship", "busy", [
        "Look, I'm just going to say it: these sessions are pointless now.",
        "You always talk about your touring days, every single time, and I never get anything out of it.",
        "Oh great, another story about the 1998 tour. So helpful."], difficulty="easy")
    assert not any("long version" in line for line in session.partner_turns), session.partner_turns


def test_a_plain_refusal_of_the_advice_is_answered_on_its_substance(detector: MoveDetector) -> None:
    # r15 03: "Chris, I'm not doing the MBA. I've made up my mind." got "Okay… and?"
    session = play(detector, "disagree-advice", "defensive", ["Chris, I'm not doing the MBA. I've made up my mind."])
    reply = session.partner_turns[-1]
    assert "and?" not in reply.lower() and reply in get_scenario("disagree-advice").hold_outs["defensive"], reply


def test_a_topic_alone_concedes_nothing(detector: MoveDetector) -> None:
    # r14/r15: "I want to talk about the testing on the last two jobs." got "Thank you for telling me straight."
    session = _custom(detector, "I mentor Kofi, a second-year apprentice electrician. On the last two jobs he skipped "
                      "the insulation resistance test before signing off the circuits.",
                      "Cheerful and eager: talks fast, calls everyone 'boss'.",
                      ["Kofi, got a minute? I want to talk about the testing on the last two jobs."], "easy")
    assert "telling me straight" not in session.partner_turns[-1], session.partner_turns


def test_the_ask_already_made_is_not_guessed_at(detector: MoveDetector) -> None:
    # r15 01: "Mentoring, then. How much of my time…" one turn after "would you be my mentor?"
    session = play(detector, "ask-to-mentor", "busy", [
        "Priya, thank you for the coffee. I want ask you directly: would you be my mentor?",
        "at the panel you say your first spec was rejected three times and this is how you learn to listen customers."],
        difficulty="hard")
    assert not any(line.startswith("Mentoring, then") for line in session.partner_turns), session.partner_turns
    assert "panel in five" not in session.partner_turns[0]  # (the scenario is coffee after the panel)


def test_liking_their_stories_proposes_nothing(detector: MoveDetector) -> None:
    # r16 07: "I like your stories… my goal is lead producer next year" got "Next year. Okay. I can live with that."
    session = play(detector, "not-working", "defensive", [
        "Alex, thanks for meet me. I want to talk about our sessions, is not easy for me to say.",
        "I feel the sessions not really working for me at the moment.",
        "Last three times I bring questions about the sprint review, but we talk all the hour about your studio.",
        "I like your stories, really, I learn from them. But my goal is lead producer next year and I not feel more "
        "close."], difficulty="easy")
    assert not any("live with that" in line for line in session.partner_turns), session.partner_turns


def test_an_invitation_to_give_feedback_gets_the_feedback(detector: MoveDetector) -> None:
    # r16 08: "hit me, what did u think" got "Okay. The point stands: lead with the ask."
    session = play(detector, "receive-criticism", "busy", [
        "hey morgan, thx for watching yesterday. hit me, what did u think"], difficulty="hard")
    reply = session.partner_turns[-1]
    assert "point stands" not in reply and "saw" in reply.lower(), reply


def test_the_partner_owns_a_count_only_after_the_user_gave_one(detector: MoveDetector) -> None:
    # r16 12: "I'd been telling myself it was just one or two" after an apology, before any count
    session = play(detector, "frequent-cancels", "skeptical", [
        "Oh look, you actually made it. Must be a special occasion.",
        "Sorry, that was unfair. I'm frustrated, and I'd rather say it properly."], difficulty="easy")
    assert not any("one or two" in line for line in session.partner_turns), session.partner_turns


def test_a_one_off_request_gets_no_trial_counter(detector: MoveDetector) -> None:
    # r16 11: "one track on the Harlow record, just one" got "try it for the next two sessions and see"
    session = _custom(detector, "My mentor Vic is the senior engineer at the recording studio where I'm an assistant. "
                      "I want to ask him to let me mix one track on the next album myself.",
                      "Gruff, few words, calls people 'kid', hates excuses.", [
                          "Vic, got a minute after the session? It's about the Harlow album.",
                          "I've mixed six demos at home on weekends, and I rebuilt the drum template you used.",
                          "I want to mix one track on the Harlow record, just one, with you checking it first."],
                      "hard")
    assert not any("two sessions" in line or "trial" in line for line in session.partner_turns), session.partner_turns


def test_the_custom_templates_invent_no_count(detector: MoveDetector) -> None:
    # r16 10, 11: "This has happened a few times recently." offered as the concrete example for a single incident
    for situation in ("I mentor Ines, a new dinghy instructor.", "My mentor Vic runs the studio."):
        scenario = build_custom_scenario(situation)
        texts = " ".join([*scenario.better_parts.values(), *scenario.better_lines.values()])
        assert "a few times" not in texts and "twice" not in texts.lower(), situation


def test_review_r16_lines_read_as_their_moves(detector: MoveDetector) -> None:
    # r16 02 self-criticism read as blame; 03 "Maybe you see something I don't see?" as vagueness; 13 "You can tell me
    # honest." as blame; 06 "your last two estimates were a mess." as a specific observation
    assert "blame" not in moves_in(detector,
                                   "but rn i turn up with nothing to say and it feels like i'm wasting your hour")
    assert "vagueness" not in moves_in(detector, "Maybe you see something I don't see?")
    assert "blame" not in moves_in(detector, "You can tell me honest.")
    assert "specific-observation" not in moves_in(detector, "Riley, honestly, your last two estimates were a mess.")
