"""Classes from blind rehearsal review r36 (6 of 14 sensible on 0c7dcc6). Lines are phrased apart from the review's
own."""

from __future__ import annotations

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.partner import question_kind
from coach.rehearsal.reflect import acknowledgement_from
from coach.rehearsal.scenarios import build_custom_scenario

from .conftest import moves_in, play


def test_review_r36_deflection_denial_and_others_written_off_are_poor_moves(detector: MoveDetector) -> None:
    # r36 r8: "Everyone else's decks are longer anyway." credited as listening and chosen as the strongest moment;
    # "I'm not defensive." credited as an I-statement; "Leadership always cuts me off, they never let me finish" unread
    assert moves_in(detector, "Everybody else's reports are later anyway.") == {"blame"}
    assert "blame" in moves_in(detector, "Honestly, it wasn't my fault.")
    assert "i-statement" not in moves_in(detector, "I'm not being defensive.")
    assert "absolutes" in moves_in(detector, "The board always interrupts me, so of course I ran over.")
    # (r36 r3: "Nobody in strategy here even cares about MBAs." read as blame only)
    assert "absolutes" in moves_in(detector, "Nobody in operations even reads the safety reports.")


def test_review_r36_warmth_praise_a_feeling_and_one_past_time_are_not_poor(detector: MoveDetector) -> None:
    # r36 r13: "Hi Jordan! Finally we have our call haha." read as sarcasm; r10: "people ask you because you're good"
    # as blame; r9: "e dey make me feel say we dey waste the hour" as blame; r7: "last time I asked how to handle…,
    # and we never came to it" as an absolute
    assert "sarcasm" not in moves_in(detector, "Hello Mara! Finally we get our catch-up haha.")
    assert "blame" not in moves_in(detector, "And Ben, the team leans on you because you're reliable.")
    found = moves_in(detector, "To be honest e dey make me feel say the hour no dey help us.")
    assert "blame" not in found and "i-statement" in found
    found = moves_in(detector, "For example last session I asked about the quarterly budget, and we never got to it.")
    assert "absolutes" not in found and "specific-observation" in found


def test_review_r36_thanks_a_promise_to_report_and_a_question_about_their_part(detector: MoveDetector) -> None:
    # r36 r11: "Shukran Layla, really. I will tell you the result when they answer." read as nothing and answered
    # "Fine. Go on."; r14: "who else was working on them, and which part was yours?" answered "Okay… and?"; r1:
    # "I'd absolutely bring the questions." after their condition scored 0/3 on listening
    assert "gratitude" in moves_in(detector, "Salamat, Ana, really.")
    assert "follow-up" in moves_in(detector, "I will let you know the outcome when they decide.")
    assert "asks-their-view" in moves_in(detector, "Okay - who else was on the rota, and which shifts were yours?")
    assert "acknowledgement" in moves_in(detector, "I'd happily bring the draft.")
    assert question_kind("What has been going on on your side that the notes never arrive?") == "in-the-way"


def test_review_r36_a_favour_asked_is_never_conceded_and_the_asked_date_is_said_back(detector: MoveDetector) -> None:
    # r36 r11: a recommendation letter asked for got "Fair. I hadn't noticed. Go on."; then "I send it by Thursday. Is
    # it possible you send the letter by the 15th…?" got "By Thursday. Fine, that works."
    scenario = build_custom_scenario("I am a junior pastry chef and my mentor Odile runs a bakery across town. I want "
                                     "to ask her to write me a reference for a course in Lyon.")
    session = play(detector, scenario, "busy", [  # type: ignore[arg-type]
        "Hi Odile, thanks for the time. I have one request today, about the Lyon course I mentioned.",
        "I want to ask if you can write me a reference for it. The deadline is in 4 weeks, the 28th.",
        "Thank you! I send you my CV by Friday. Is it possible you send the reference by the 20th?"], "easy")
    assert "hadn't noticed" not in session.partner_turns[2], session.partner_turns[2]
    assert "20th" in session.partner_turns[3] and "Friday" not in session.partner_turns[3], session.partner_turns[3]


def test_review_r36_a_long_answer_to_go_on_names_the_issue_and_unnamed_things_are_invited(
        detector: MoveDetector) -> None:
    # r36 r7: "We meet four months now… mostly we talk your stories… my questions have no answer." after "Okay. Go on."
    # got "Right. What's prompting it?"; r10: "I've noticed some things this month and I'm a bit worried about you"
    # got "Oh. I thought I'd done it right." before any mistake was named
    session = play(detector, "not-working", "busy", [
        "Before we start, I want to say something honest about our sessions, if that's ok.",
        "We have met five times now. I bring questions about running the night shift, but mostly we talk about your "
        "old projects. I go home and my questions are still open."], "easy")
    assert "prompting" not in session.partner_turns[-1].lower(), session.partner_turns[-1]
    scenario = build_custom_scenario("I mentor Ada, a junior engineer who takes on every request; she missed two "
                                     "deadlines and I want to talk with her about saying no.")
    session = play(detector, scenario, "warm", [  # type: ignore[arg-type]
        "Ada, thanks for sitting down with me. I'd like to talk about your workload, because I've noticed some "
        "things lately and I'm a bit worried about you."], "hard")
    assert "done it right" not in session.partner_turns[-1], session.partner_turns[-1]


def test_review_r36_a_jab_is_never_said_back_and_right_is_kept() -> None:
    # r36 r8: "So you knew I'd get defensive about it."; r10: "So you thought you'd done it." for "…done it right."
    assert acknowledgement_from(["I knew you'd get defensive about this."]) is None
    assert acknowledgement_from(["Oh. I thought I'd set it up right."]) == "So you thought you'd set it up right."


def test_review_r37_a_cost_a_count_and_ones_own_state_are_no_proposal(detector: MoveDetector) -> None:
    # r37 r10: "Two times this month, at closing, the walk-in door stay open all night. In the morning we throw away
    # the fish and the dairy, maybe 400 euro." got "Yes, let's do that."; r11: "I only carry cables for three months
    # now" was said back "For three months. Fine, that works."
    assert "concrete-proposal" not in moves_in(detector, "Three times last month the back door stay unlocked at night.")
    assert "concrete-proposal" not in moves_in(detector, "Next day we throw away all the bread, maybe 200 pounds.")
    assert "concrete-proposal" not in moves_in(detector, "I only sweep the floor for two months now.")
    assert "concrete-proposal" in moves_in(detector, "So from tomorrow, last person out, lock the back door and sign "
                                                     "the book.")
    assert "follow-up" in moves_in(detector, "After the shift, we talk five minutes about how it went, yes?")
    assert question_kind("what happen at closing? why the door stay open?") == "in-the-way"


def test_review_r37_self_blame_warmth_taking_a_counter_and_harshness(detector: MoveDetector) -> None:
    # r37 r2: "It is not fair to you." (about the user's own cancelling) read as blame; r5: "glad we finally got a call
    # lol" as sarcasm; r12: "Mornings, fine, whatever works." as giving up; r8: "you're being a bit harsh" and "you
    # just want to tear it apart" read as nothing; r14/r5: "because I was nervous…" and "i kinda need this to work"
    assert "blame" not in moves_in(detector, "I missed two calls in a row. It is not fair to you.")
    assert "sarcasm" not in moves_in(detector, "hey sam, so glad we finally got a call haha")
    assert "giving-up" not in moves_in(detector, "Evenings, fine, whatever works.")
    assert "blame" in moves_in(detector, "Honestly I think you're being a bit harsh.")
    assert "blame" in moves_in(detector, "I put so much into it and you just want to tear it apart.")
    assert "i-statement" in moves_in(detector, "I rushed the intro because I was nervous they'd ask about costs.")


def test_review_r37_permission_asked_is_granted_and_a_counter_taken_is_settled(detector: MoveDetector) -> None:
    # r37 r11: "Can I do the wiring myself, and you watch me?" got "Fair. I hadn't noticed."; r12: "Mornings, fine,
    # whatever works." got "I'm not sure what you wanted from this."
    scenario = build_custom_scenario("I am an apprentice plumber. My mentor Ravi always does the boiler fitting "
                                     "himself and I only carry pipes. I want to ask him to let me fit the next one.")
    session = play(detector, scenario, "busy", [  # type: ignore[arg-type]
        "Ravi, you have five minute? I want ask you something about the next job.",
        "Next job, the boiler in the school. Can I fit it myself, and you watch me? I only carry pipes for three "
        "months now, I want to learn."], "easy")
    assert "hadn't noticed" not in session.partner_turns[-1], session.partner_turns[-1]
    assert "three months" not in session.partner_turns[-1].lower(), session.partner_turns[-1]


def test_review_r38_a_sneer_a_dig_and_nobody_would_have_are_poor_a_promise_is_not(detector: MoveDetector) -> None:
    # r38 r8: "…skip the thinking, if that's what everyone wants." credited as a proposal; r5: "I'm busy too, and I
    # still manage to keep my appointments." as an I-statement; r8: "Nobody in that room would have understood…" as
    # listening; r1: "Absolutely, I'd come with questions every time." as an absolute; r7: "Yes, a little bit hard." as
    # vagueness
    assert "sarcasm" in moves_in(detector, "Sure, I'll cut it to one slide then, if that's what everyone wants.")
    assert "blame" in moves_in(detector, "Two kids and a night job, I'm busy too, and I still manage to show up.")
    assert "absolutes" in moves_in(detector, "No one on that panel would have followed it without the background.")
    assert "absolutes" not in moves_in(detector, "Yes, I'd bring a written update every time.")
    assert "vagueness" not in moves_in(detector, "Yes, a bit hard.")
