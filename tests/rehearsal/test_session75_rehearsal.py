"""Classes from blind rehearsal review r42 (1 of 14 sensible on d151383). Lines are phrased apart from the review's
own."""

from __future__ import annotations

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.partner import proposal_specifics
from coach.rehearsal.scenarios import build_custom_scenario

from .conftest import moves_in, play

_PIN_DOWN = ("what, when, how long", "What exactly would that involve", "Okay. And?", "What do you need")


def test_review_r42_terms_given_are_answered_never_asked_for_again(detector: MoveDetector) -> None:
    # r42 r5: "…either we lock in a time you can keep, or we just call it. Like, Monday mornings…, 8:30, 30 minutes.
    # Could you do that?" got "Concretely: what, when, how long?", then the terms repeated bare got "Okay. And?"
    session = play(detector, "frequent-cancels", "busy", [
        "Ten minutes, wow, generous. Honestly I'm sick of being moved. Five times since June.",
        "Fine. Straight: you never actually turn up. I shut the yard early for these and then get a text at noon.",
        "The ask is, either we fix a time you can actually keep, or we stop. Like, Wednesday mornings before the "
        "yard opens, 7:30, 20 minutes. Could you do that?",
        "I just said. Wednesday, 7:30, twenty minutes, by phone. Every other week."], "hard")
    replies = session.partner_turns[3:]
    assert len(replies) == 2 and not any(asked in line for line in replies for asked in _PIN_DOWN), replies
    assert "Every" not in replies[1], replies


def test_review_r42_a_yes_or_no_question_of_them_is_answered_yes_in_so_many_words(detector: MoveDetector) -> None:
    # r42 r10: "Just so I am sure: you are willing to write it?" got "Fine. We'll see whether it works."; the custom
    # partner said "that's a testable change" and "I hadn't realised it was landing like that" to a reference request
    scenario = build_custom_scenario("I'm a junior curator. I want to ask my old mentor, a museum director I haven't "
                                     "spoken to in a year, to write me a reference for a fellowship in Vienna.")
    session = play(detector, scenario, "skeptical", [  # type: ignore[arg-type]
        "Dr. Weiss, thank you for taking my call. I'm sorry I've been out of touch for a year.",
        "I'm calling because I've applied for the Vienna fellowship, and I'd be grateful if you would write me a "
        "reference.",
        "Concretely: a one-page letter to the panel by the 2nd of May. I'll send you my CV on Monday.",
        "Thank you. Just to be sure: you are willing to write it?"])
    said = " ".join(session.partner_turns)
    assert "testable" not in said and "landing like that" not in said, session.partner_turns
    last = session.partner_turns[-1]
    assert "yes" in last.lower() or "I'll do it" in last, session.partner_turns
    assert proposal_specifics("a one-page letter to the panel by the 2nd of May. I'll send you my CV on Monday, "
                              "with the list of shows.") == "by the 2nd of May"


def test_review_r42_a_request_is_never_asked_how_often_nor_bargained_after_the_yes(detector: MoveDetector) -> None:
    # r42 r11: a request to stop telling a story in talks got "how often, and for how long?", a yes-or-no question
    # "So you will take it out from the talk?" got "Mm, go on.", and after its yes came "a trial for a month"
    scenario = build_custom_scenario("I'm a glaciologist. My mentor tells the story of my lost ice core as a joke in "
                                     "her public lectures, and I want to ask her to stop using it.")
    session = play(detector, scenario, "warm", [  # type: ignore[arg-type]
        "Hi Professor. It's a small thing but it matters to me. The ice core story in your lectures, could you stop "
        "telling it?",
        "When you say 'my student dropped the core' people laugh, and I'm applying for postdocs now.",
        "I know you don't mean harm. I want people to see me as careful.",
        "So you will leave it out of the lectures? Maybe you can tell it without my name?",
        "Your next lecture is in April, yes? Can you change it before then?"], "hard")
    said = " ".join(session.partner_turns)
    assert "how often" not in said and "trial" not in said, session.partner_turns
    assert session.partner_turns[4].lower().startswith(("yes", "i like", "of course")), session.partner_turns


def test_review_r42_an_ending_said_is_the_issue_and_its_proposal_is_never_countered_with_itself(
        detector: MoveDetector) -> None:
    # r42 r4: "I am thinking we should stop these sessions now. I got the auditor post…" got "Okay… and?"; "one last
    # proper session next month…" got "Could we do one last session to close it properly…?"
    session = play(detector, "end-mentorship", "defensive", [
        "All fine, really. I think we should stop our sessions now. I got the team lead job, so I don't need it "
        "anymore.",
        "You helped me a lot, truly. What if we do one last proper session next month, and I buy the coffee?"])
    assert "and?" not in session.partner_turns[1], session.partner_turns
    assert "one last session to close it properly" not in session.partner_turns[2], session.partner_turns


def test_review_r42_words_asked_to_be_left_out_and_a_tone_taken_back_are_not_poor(detector: MoveDetector) -> None:
    # r42 r11: "Only, no my name and no 'my student'." read as sarcasm; "Sorry, I don't want to be sharp." as
    # over-apologising
    assert "sarcasm" not in moves_in(detector, "Only, no my name and no 'the new girl'.")
    assert "over-apologising" not in moves_in(detector, "Sorry, I don't mean to sound harsh.")


def test_review_r42_skilled_lines_are_read_and_poor_ones_caught(detector: MoveDetector) -> None:
    # r42: follow-ups scored 0 (r6 "…we'll sit down… and see if you still need the check", r10 "I will call you the
    # week after…", r13 "…look at it with me?"); an ending said as a thought (r4) and "Concretely: …" (r10) read as
    # nothing; "it matters" (r14) as giving up; "I'm just rubbish at presenting" (r13) as blame of the other;
    # "sorry I know you are busy" (r2) as over-apologising; "…waste of time for both" (r14) and "you also cancel last
    # minute" (r2) went unflagged; "I don't agree." was an I-statement's evidence (r8)
    assert "follow-up" in moves_in(detector, "After the next two shifts we'll sit down and see if you still need me "
                                             "there.")
    assert "follow-up" in moves_in(detector, "I'll ring you the day after to answer anything left.")
    assert "follow-up" in moves_in(detector, "Could you spare ten minutes on Friday to go over the draft with me?")
    assert "purpose-statement" in moves_in(detector, "Honestly I'm thinking we should end our sessions now.")
    assert "concrete-proposal" in moves_in(detector, "Concretely: two pages to the committee by the 3rd of June.")
    assert "giving-up" not in moves_in(detector, "So I'm saying it now: it really matters.")
    found = moves_in(detector, "I'm just hopeless at interviews, always have been.")
    assert "blame" not in found and "giving-up" in found
    assert "over-apologising" not in moves_in(detector, "hey Dana, sorry, I know you're swamped.")
    assert "giving-up" in moves_in(detector, "If you won't read it properly, maybe this is a waste of time for both.")
    assert "blame" in moves_in(detector, "Well, you also cancelled twice, so monthly suits you too.")
    assert "i-statement" not in moves_in(detector, "I don't agree.")
    # r5: "The ask is, either we lock in a time you can actually keep, or we just call it." was the strongest moment
    assert "blame" in moves_in(detector, "So either we fix a slot you will really keep, or we just stop.")
    assert not moves_in(detector, "Either we meet monthly or weekly, whichever suits you.") & {"blame", "giving-up"}


def test_review_r43_a_yes_or_no_question_after_the_yes_is_answered_and_the_next_line_heard(
        detector: MoveDetector) -> None:
    # r43 r5: "Thank you. And the one day before notice, this also ok for you?" got "Good. That's settled, then." and
    # the end, so the user's follow-up line was never heard (and the debrief scored no follow-up)
    lines = [
        "Hello Ms. Park. I need to talk about our meetings, four times this term you moved it, once one hour before.",
        "I understand, the audit is heavy. But I close the salon early for these and pay my junior extra.",
        "Maybe shorter, 30 minutes, but fixed, Tuesday 8 morning. And if you must cancel, please tell me the day "
        "before.",
        "Thank you. And the day before notice, this also ok for you?",
        "Good. Then we try until the end of next month and check again if Tuesday works."]
    session = play(detector, "frequent-cancels", "busy", lines, "hard")
    assert session.user_turns == lines, session.partner_turns
    assert "settled" not in session.partner_turns[4], session.partner_turns


def test_review_r43_a_guess_agreed_thanks_for_fitting_in_and_encouragement_are_not_poor(
        detector: MoveDetector) -> None:
    # r43: "You guessed right, Iñaki." and "thanks for squeezing me in" read as sarcasm; "you're good at this, I
    # wouldn't bother if you weren't" as blame
    assert "sarcasm" not in moves_in(detector, "Yes, you guessed right, Marta.")
    assert "sarcasm" not in moves_in(detector, "Hi Tom, thanks so much for fitting me in.")
    assert "blame" not in moves_in(detector, "And you're really good at this, I wouldn't push if you weren't.")


def test_review_r43_a_stretch_of_time_is_said_back_with_its_for() -> None:
    # r43 r1: "…being my mentor for the next year…" got "Next year? Yes, that works for me.", a date
    assert proposal_specifics("Would you consider being my mentor for the next year, while I set up the clinic?") == (
        "for the next year")


def test_review_r43_a_curt_what_is_it_and_a_rhetorical_question_are_no_invitation(detector: MoveDetector) -> None:
    # r43 r7: "what is it" was the strongest moment and the evidence of inviting their view; r11: "What am I supposed
    # to tell him?" scored 3/3 for it, and "Don't 'noted' me." went unread
    assert "asks-their-view" not in moves_in(detector, "ok, Dana said you wanted a word. what is it")
    assert "asks-their-view" not in moves_in(detector, "The director asked me about you. What am I meant to tell her?")
    assert "sarcasm" in moves_in(detector, "Don't 'fine' me.")
    assert "asks-their-view" in moves_in(detector, "ok. so what should I have cut? the part about the permits?")
