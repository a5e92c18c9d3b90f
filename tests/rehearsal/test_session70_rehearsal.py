"""Rehearsal classes from blind review r28 (4 of 14 runs sensible on d05d604) mended in session 70: each test names
the class and quotes its line. Lines are phrased apart from the labelled training lines and the review's scripts."""

from __future__ import annotations

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.partner import proposal_specifics
from coach.rehearsal.scenarios import get_persona

from .conftest import moves_in, play


def test_mock_sympathy_and_thanks_for_encouraging_stuff_are_sarcasm(detector: MoveDetector) -> None:
    # r28 r9: "Must be so hard being a future crew commander." was the evidence for listening; r13: "Wow, thanks so
    # much. Really encouraging stuff, Morgan." was the strongest moment, as thanks
    assert moves_in(detector, "Yeah, poor you. Must be really tough being the head chef.") >= {"sarcasm"}
    assert "acknowledgement" not in moves_in(detector, "Must be really tough being the head chef.")
    found = moves_in(detector, "Oh, thank you so much. Super helpful stuff, Dana.")
    assert "sarcasm" in found and "gratitude" not in found
    assert "sarcasm" not in moves_in(detector, "Oh wow, thank you so much!")


def test_a_threat_to_go_over_their_head_is_blame_not_sarcasm(detector: MoveDetector) -> None:
    # r28 r5: "If you cancel one more time I'm going to HR about it." came across as sarcasm
    found = moves_in(detector, "Cancel again and I'll take this to your manager.")
    assert "blame" in found and "sarcasm" not in found


def test_the_criticism_said_back_is_listening_and_where_it_lost_them_asks_their_view(detector: MoveDetector) -> None:
    # r28 r8: "You said nobody in the room could tell what I was asking for." came across as blame, and "Where did
    # you first lose the thread?" earned no credit for asking their view
    found = moves_in(detector, "You said the client couldn't find the price anywhere. Where did you first get lost?")
    assert "blame" not in found and {"acknowledgement", "asks-their-view"} <= found
    assert "blame" in moves_in(detector, "You said you'd call me back and you never did.")


def test_a_schedule_is_no_absolute_and_leaving_without_answers_speaks_for_oneself(detector: MoveDetector) -> None:
    # r28 r2: "…every second week, always in my shore weeks, Tuesday 7pm" came across as absolutes; r7: "I go home
    # without answer" earned no I-statement (the classifier reads it now, with a pattern beside it)
    assert "absolutes" not in moves_in(detector, "maybe we do every second week, always in my home weeks, Monday 6pm, "
                                                 "one hour.")
    assert "i-statement" in moves_in(detector, "I go home after our calls without answer.")


def test_a_choice_of_how_to_meet_and_a_check_after_the_yes_are_answered(detector: MoveDetector) -> None:
    # r28 r14: "how you prefer, phone or I come to the yard? and after 3 months we see if is working" got "Good.
    # That's settled, then."; r2: "after two months we check if is working, ok?" got the scenario's own side
    session = play(detector, "ask-to-mentor", "busy", [
        "hi Priya, thanks for the tea. I saw you rebuild the chapel window last spring, the leading was perfect",
        "so, direct: you could mentor me? I am glazier 5 years and I want to do conservation work",
        "maybe one call of 30 min each month, for 6 months?",
        "great! which you prefer, a call or I visit the studio? and after 2 months we see if is working, ok?"], "easy")
    last = session.partner_turns[-1]
    assert "is easiest for me" in last and "2 months" in last, session.partner_turns


def test_a_clause_said_before_is_never_said_again(detector: MoveDetector) -> None:
    # r28 r5: "Got it, but what's the actual ask?" said again the first turn's "What's the actual ask?"
    session = play(detector, "frequent-cancels", "busy", [
        "Oh look, you actually showed up. Wow.", "No idea. Just be more reliable, somehow.", "Fine. I don't know. Do "
        "better."], "hard")
    said = [turn.lower() for turn in session.partner_turns]
    assert sum("actual ask" in turn for turn in said) <= 1, session.partner_turns


def test_a_mentor_giving_feedback_never_waits_for_the_mentees_ask(detector: MoveDetector) -> None:
    # r28 r13: a mentee taking feedback heard "Okay. If it matters, tell me the ask and I'll look at it."
    session = play(detector, "receive-criticism", "busy", [
        "That's not on me, the client kept changing the brief.", "Maybe I'll tweak a few things or whatever.",
        "Forget it, I'm just bad at this, there's no point."], "medium")
    assert not any("the ask" in turn for turn in session.partner_turns[1:]), session.partner_turns


def test_a_goals_date_is_no_term_and_an_announced_ask_is_invited(detector: MoveDetector) -> None:
    # r28 r1: "…mentoring me while I work toward my journeyman assessment next spring" got "Next spring? Yes, that
    # works for me."; r11: "e get something wey I wan ask you about my training" got "Possibly. I'm not fully
    # convinced yet."
    assert proposal_specifics("Would you mentor me while I prepare for my trade test next autumn?") is None
    session = play(detector, "ask-to-mentor", "skeptical", [
        "good morning madam, I have one small thing I want ask you about my apprenticeship"], "hard")
    assert "convinced" not in session.partner_turns[-1] and "ossibly" not in session.partner_turns[-1]


def test_review_r29_mock_support_vague_asks_and_what_they_need_are_read(detector: MoveDetector) -> None:
    # r29 r12: "Oh right, thanks so much for your help. Really feeling the support here." earned respect and was the
    # strongest moment; r9: "…just, you know, be more on it." was the I-statement evidence; r14: "what you need from
    # my side so it is not waste of your time?" earned no credit for asking their view
    found = moves_in(detector, "Right, thank you so much for your help. Really feeling the encouragement here.")
    assert "sarcasm" in found and "gratitude" not in found
    found = moves_in(detector, "What I need is for you to be more on it from now on.")
    assert "vagueness" in found and "i-statement" not in found
    assert "asks-their-view" in moves_in(detector, "ok. what you need from my side so this is worth your time?")


def test_review_r29_a_sneer_is_answered_as_one_and_a_closing_reassurance_is_no_term(detector: MoveDetector) -> None:
    # r29 r3: "Wow, great mentoring… glad I gave up my lunch for this" got "That's anecdote, not evidence."; r10:
    # "…the greens will recover in a fortnight, and so will you" after the yes got "In a fortnight, boss. Okay."
    session = play(detector, "disagree-advice", "skeptical", [
        "You always push the same path on everyone.", "Wow, brilliant advice. Really glad I skipped lunch for this."],
        "hard")
    assert session.partner_turns[-1] in get_persona("skeptical").sneered, session.partner_turns
    session = play(detector, "frequent-cancels", "warm", [
        "Hi Sam, I wanted to talk about how often our sessions get moved.",
        "Three of the last four were cancelled on the day, and I'm losing momentum on my exam prep.",
        "Could we try 30 minutes every other Tuesday at 8, and check after two sessions if it works?",
        "Thanks, Sam. Don't worry, the exam is in a month, and so is my holiday."], "easy")
    assert "month" not in session.partner_turns[-1].lower(), session.partner_turns


def test_review_r30_praise_of_their_work_and_thanks_in_another_language(detector: MoveDetector) -> None:
    # r30 r10: "Your tooling and finishing are some of the best I've seen from an apprentice…" came across as
    # sarcasm; r11: "obrigada!" earned no thanks
    found = moves_in(detector, "Your stitching is some of the neatest I've seen from a trainee, so this isn't about "
                               "your skill.")
    assert "sarcasm" not in found
    assert "gratitude" in moves_in(detector, "gracias! and who can cover my shift on friday?")
