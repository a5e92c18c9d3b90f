"""Rehearsal classes from blind review r14 mended in session 63: each test names the class and quotes the line."""

from __future__ import annotations

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.partner import question_kind
from coach.rehearsal.scenarios import build_custom_persona, build_custom_scenario

from .conftest import moves_in, play

_NEGATIVE = {"blame", "sarcasm", "absolutes", "giving-up", "vagueness", "over-apologising"}


def test_a_put_down_is_a_poor_move_and_never_the_strongest_line(detector: MoveDetector) -> None:
    # 06: "Honestly I don't know how you got through the hiring process." was the strongest moment; 12: the podcast jab
    assert "blame" in moves_in(detector, "Honestly I don't know how you got through the hiring process.")
    assert moves_in(detector, "I mean, no offence, but I could have listened to a podcast and got more out of it.") & {
        "blame", "sarcasm"}
    session = play(detector, "not-working", "warm", [
        "Alex, I don't think there's any point to this anymore.",
        "Every session is just you talking about yourself. It's always the same.",
        "I mean, no offence, but I could have listened to a podcast and got more out of it.",
        "Look, it doesn't matter. Let's just stop."], difficulty="hard")
    debrief = session.debrief()
    assert "podcast" not in debrief.strongest
    assert "podcast" not in (debrief.better_line or "")


def test_sincere_lines_are_no_poor_move(detector: MoveDetector) -> None:
    # 09 reassurance as blame; 10 a real risk as sarcasm; 14 the apology and its I-statement as blame
    for line in ("I'm not raising this to tell you off.",
                 "If a fault slips through, someone can get hurt, and it's my name on the certificate as well as "
                 "yours.",
                 "I did take your advice seriously and I looked into it properly."):
        assert not moves_in(detector, line) & _NEGATIVE, line


def test_we_need_to_talk_names_no_purpose(detector: MoveDetector) -> None:
    # 06: "Riley, we need to talk." earned [3/3] Clear opening
    session = play(detector, "give-critical-feedback", "busy", [
        "Riley, we need to talk. Your reports are a mess.", "Just fix it."], difficulty="hard")
    opening = next(c for c in session.debrief().criteria if c.id == "clear-opening")
    assert opening.score == 0


def test_non_native_skilled_lines_are_credited(detector: MoveDetector) -> None:
    # 03 and 11: facts, respect and thanks typed in a second language scored 0
    assert "specific-observation" in moves_in(
        detector, "i check it seriously. the program near me is 28k pound and 20 hour every week, for two years")
    assert "acknowledgement" in moves_in(detector, "i know MBA help you a lot in your career, i respect this")
    assert "gratitude" in moves_in(detector, "i am not complain, i learn a lot from you, the laminated dough, "
                                             "everything")
    assert "gratitude" in moves_in(detector, "The way you walked me through my first incident review is still how I "
                                             "run them.")
    session = play(detector, "disagree-advice", "busy", [
        "chris, have 5 min? is about the MBA you suggest",
        "i check it seriously. the program near me is 28k pound and 20 hour every week, for two years",
        "i know MBA help you a lot in your career, i respect this",
        "so my idea: i join the market sizing project in Q3 and do evening finance course instead"], difficulty="easy")
    respect = next(c for c in session.debrief().criteria if c.id == "respectful-grateful")
    assert respect.score > 0  # "i respect this" owns what their advice gets right


def test_a_fact_with_numbers_is_no_proposal_and_reasons_are_not_asked_for_again(detector: MoveDetector) -> None:
    # 03: "the program near me is 28k pound and 20 hour every week" got "20 hours every week. Fine, that works.",
    # then "Fine. Tell me why not."
    session = play(detector, "disagree-advice", "busy", [
        "chris, have 5 min? is about the MBA you suggest",
        "i check it seriously. the program near me is 28k pound and 20 hour every week, for two years"],
        difficulty="easy")
    reply = session.partner_turns[-1]
    assert "that works" not in reply.lower() and "why not" not in reply.lower()


def test_a_partner_never_asks_back_as_a_condition_what_the_user_just_offered(detector: MoveDetector) -> None:
    # 02: "A short message in the off weeks is fair. I can send you three lines…" got "I could live with that, but I'd
    # like a short message from you in the off weeks."
    session = play(detector, "change-cadence", "skeptical", [
        "Sam, I'd like to talk about how often we meet, because I want to keep getting real value out of these "
        "sessions.",
        "Since March I've cancelled two of our last six Mondays, and last week I turned up without a single question.",
        "I think every other Monday would let me come with a real problem each time.",
        "A short message in the off weeks is fair. I can send you three lines on the Friday before. How would the "
        "change sit with you otherwise?"], difficulty="hard")
    assert "short message from you" not in session.partner_turns[-1]


def test_a_custom_partner_answers_what_it_needs_to_see_and_counters_in_the_users_world(
        detector: MoveDetector) -> None:
    # 11: "what you need to see for say yes?" got a line about cancelling; the counter was "try it for the next two
    # sessions" to a dessert tasting
    assert question_kind("what you need to see for say yes?") == "their-worry"
    situation = ("My mentor Rosa is the head pastry chef where I work. Six months ago she promised I could develop one "
                 "dessert for the menu. I want to ask her to let me develop one dessert for the autumn menu.")
    session = play(detector, build_custom_scenario(situation),  # type: ignore[arg-type]
                   build_custom_persona("Blunt and proud: short sentences, old-school kitchen talk."), [
                       "chef, you have 2 minute after service? i want ask about the autumn menu",
                       "six month ago you say i can make one dessert for the menu. then spring, then summer",
                       "what you need to see for say yes?",
                       "ok so i do tasting for you friday before service, and if is good, it goes on menu in october?"],
                   difficulty="hard")
    assert not any("session" in line for line in session.partner_turns)
    assert "landing like that" not in session.partner_turns[3]


def test_a_persona_style_tie_goes_to_the_trait_named_first() -> None:
    # review r13: "Quiet and guarded: answers in short, flat sentences…" took the busy base for "short"
    style = "Quiet and guarded: answers in short, flat sentences, says 'I guess' a lot."
    assert "warm" in build_custom_persona(style).name


def test_disagreeing_respect_counts_owning_what_their_advice_gets_right(detector: MoveDetector) -> None:
    # review r13 03: "You're right that I need more business grounding…" scored Respect 0/3 for want of "thank"
    session = play(detector, "disagree-advice", "defensive", [
        "Chris, I've thought hard about your advice on the MBA, and I'd like to talk it through with you.",
        "You're right that I need more business grounding if I want to move into hospital operations.",
        "What if I lead the discharge-delay project this year instead, and we look at the MBA again next September?"])
    respect = next(c for c in session.debrief().criteria if c.id == "respectful-grateful")
    assert respect.score == 3 and respect.name == "Stays respectful of their advice"


def test_a_custom_mentors_model_impact_speaks_for_the_user() -> None:
    # 10: "Speaks for self" 0/3 offered "It has a real effect on the rest of the work.", no I-statement
    impact = build_custom_scenario("I mentor Kofi, a second-year apprentice electrician.").better_parts["impact"]
    assert impact.startswith("I'm ") or impact.startswith("I ")


def test_a_counter_to_is_that_easier_for_you_says_first_whether_it_is(detector: MoveDetector) -> None:
    # review r13 s12: "maybe we do 30 minutes but every 2 weeks, is easier for you?" got only "Could we move it to
    # early mornings? Before nine, nobody books me."
    session = play(detector, "frequent-cancels", "defensive", [
        "hi jordan, thank you for the call. i want to speak about our meetings because they are important for me",
        "from last 4 meetings, 3 was cancel same day and last one only 15 minutes",
        "for me is difficult, i have my promotion papers in 6 weeks and i need help with it",
        "i know you have very much work. how it look from your side?",
        "maybe we do 30 minutes but every 2 weeks, is easier for you?"], difficulty="hard")
    reply = session.partner_turns[-1]
    assert reply.startswith("Easier, yes.") or "?" not in reply, reply


def test_a_resumed_rehearsal_counts_the_banks_own_line_behind_a_flavoured_reply() -> None:
    # a saved "Okay, kiddo. Good." left "Okay. Good." unsaid, so it could come again in its plain form
    from coach.rehearsal.partner import ScriptedPartner
    from coach.rehearsal.scenarios import get_scenario

    persona = build_custom_persona("Jokey and breezy: calls people 'kiddo', deflects with humour.")
    partner = ScriptedPartner(get_scenario("frequent-cancels"), persona, "medium")
    partner.remember("Okay, kiddo. Good that we've sorted it.")
    partner.remember("Easier, yes. Could we move it to early mornings?")
    assert {"Okay. Good that we've sorted it.", "Could we move it to early mornings?"} <= partner.state.used


def test_receiving_feedback_a_point_said_back_with_yes_and_which_part_to_cut_are_answered(
        detector: MoveDetector) -> None:
    # own reading: "so the demo was too long and the client lost interest, yes?" got what good looks like, and
    # "which part you would cut first?" got "leadership had stopped listening…"
    assert question_kind("so the demo was too long and the client lost interest, yes?") == "check"
    assert question_kind("which part you would cut first?") == "in-my-place"
    session = play(detector, "receive-criticism", "skeptical", [
        "ok, i listen. please tell me", "so the demo was too long and the client lost interest, yes?",
        "which part you would cut first?"])
    assert session.partner_turns[-2].startswith(("Yes", "Pretty much")), session.partner_turns
    assert "background" in session.partner_turns[-1].lower() or "slide" in session.partner_turns[-1].lower()


def test_ending_a_casual_proposal_to_stop_and_stay_in_touch_is_answered(detector: MoveDetector) -> None:
    # own reading: "i think maybe we stop the regular calls, but can i still msg you if something big comes up?" got
    # "Okay. And?"
    line = "i think maybe we stop the regular calls, but can i still msg you if something big comes up?"
    assert "concrete-proposal" in moves_in(detector, line)
    session = play(detector, "end-mentorship", "busy", [
        "hey dana, got 10 min? want to talk about our mentoring",
        "but now with the new team i dont have time for monthly calls anymore", line])
    assert session.partner_turns[-1] not in ("Okay. And?", "Okay… and?")
