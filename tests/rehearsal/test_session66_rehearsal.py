"""Rehearsal classes from blind review r18 (5 of 14 runs sensible) mended in session 66: each test names the class
and quotes its line."""

from __future__ import annotations

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.reflect import acknowledgement_from
from coach.rehearsal.scenarios import get_scenario

from .conftest import moves_in, play

MIGRATION = [
    "Sam, I want to talk about the data migration last Friday. Have you got ten minutes?",
    "On Friday you ran the customer table migration on production without the dry run on staging, and about 1,200 "
    "accounts lost their billing addresses for three hours.",
    "I know you were trying to hit the deadline, and I appreciate the drive. But support took 40 tickets and we had "
    "to restore from backup, so the cost was real.",
    "What I'd like going forward is that any schema change gets a staging dry run and a second reviewer signs off in "
    "the PR before it touches prod. I'll pair with you on the next two so you see how I do it.",
    "What's your read on what happened? Was there anything about the process that made skipping the dry run feel "
    "okay?",
]


def test_the_partner_never_asks_for_the_facts_it_was_just_given(detector: MoveDetector) -> None:
    # r18 r2: "I'd want to understand exactly what went wrong before I agree." right after the migration, its date
    # and the 1,200 accounts; then "Go on. I'm not sure I follow the point yet." after the cost
    session = play(detector, "give-critical-feedback", "skeptical", MIGRATION, difficulty="hard")
    after_facts = session.partner_turns[2:5]
    for asks in ("exactly what went wrong", "follow the point", "Meaning what", "what makes you think",
                 "Be specific", "holds up"):
        assert not any(asks in line for line in after_facts), session.partner_turns


def test_asked_its_read_on_what_happened_the_partner_gives_its_side(detector: MoveDetector) -> None:
    # r18 r2: "What's your read on what happened?" got "…a check before anything goes out takes some pressure off me."
    session = play(detector, "give-critical-feedback", "skeptical", MIGRATION, difficulty="hard")
    assert session.partner_turns[-1] in get_scenario("give-critical-feedback").their_side, session.partner_turns


def test_a_yes_and_a_close_never_say_the_same_thing_twice(detector: MoveDetector) -> None:
    # r18 r2: "Fine. Show me it works. We'll see whether it works."
    session = play(detector, "give-critical-feedback", "skeptical", [*MIGRATION, "Okay, let's pair on the invoices "
                   "migration Wednesday at 2, and we'll look back at the checklist together on the 20th."], "hard")
    assert not any(line.count("works") > 1 for line in session.partner_turns), session.partner_turns


def test_no_yes_to_mentoring_before_it_is_asked_for(detector: MoveDetector) -> None:
    # r18 r10: "i want ask you something. i saw your talk…" got "…but honestly, that sounds like fun."; and "that
    # talk" in the scenario's own reply was taken for a story the user never told
    session = play(detector, "ask-to-mentor", "warm", [
        "hey umm hi, sorry, you are Ms. Okafor right? i am Tunde, i work in the QA team since last year",
        "i want ask you something. i saw your talk about moving from testing to product management at the town hall, "
        "it was really good for me"])
    assert "sounds like fun" not in session.partner_turns[-1]
    assert session.partner_turns[-1] == "That's really kind of you to say. I'm glad that talk was useful."


def test_a_concession_or_a_welcome_is_never_said_back(detector: MoveDetector) -> None:
    # r18 r13, r10, r12: "So it's my time and money, and I know my life better than you do.", "So you'd want me to
    # bring the questions…", "So you're only saying it because it matters."
    for line in ("Fair. It's your time and money, and you know your life better than I do.",
                 "I'd want you to bring the questions, but honestly, that sounds like fun.",
                 "I'm only saying it because it matters.",
                 "Honestly, I feel better about it now that we've agreed something concrete."):
        assert acknowledgement_from([line]) is None, line
    assert acknowledgement_from(["I didn't know you wanted it written up."]) == (
        "So you didn't know I wanted it written up.")


def test_casual_next_steps_with_a_time_are_follow_ups(detector: MoveDetector) -> None:
    # r18 r10, r14: "Agrees a follow-up" was 0/3 beside these lines
    assert "follow-up" in moves_in(detector, "ok great, i will send you invite for thursday 10am, thank you so much")
    assert "follow-up" in moves_in(detector, "ok so next time we do only salary negotiation, and i send you my "
                                             "numbers before friday")


def test_flexibility_and_reassurance_are_no_poor_moves(detector: MoveDetector) -> None:
    # r18 r14: "if you want other way also fine" was giving up; r3: "It's not that they aren't useful, they really
    # are." was blame
    flexible = moves_in(detector, "what you think, is this ok for you? if you want other way also fine")
    assert "giving-up" not in flexible and "asks-their-view" in flexible
    assert "blame" not in moves_in(detector, "It's not that they aren't useful, they really are.")


def test_saying_back_what_the_feedback_was_is_acknowledgement(detector: MoveDetector) -> None:
    # r18 r12: "you mean in the client demo on tuesday i was talking too much technical, and client lost the
    # point?" (the strongest moment) scored 0 on listening
    assert "acknowledgement" in moves_in(detector, "you mean in the client demo on tuesday i was talking too much "
                                                   "technical, and client lost the point?")
