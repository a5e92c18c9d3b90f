"""Rehearsal classes from blind review r18 (5 of 14 runs sensible) mended in session 66: each test names the class
and quotes its line."""

from __future__ import annotations

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.reflect import acknowledgement_from
from coach.rehearsal.scenarios import build_custom_scenario, get_scenario

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
    assert session.partner_turns[-1] == "That's really kind of you to say. It's lovely to hear."


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


def test_im_names_mentor_makes_the_user_the_mentor() -> None:
    # r18 r5: "I'm Dana's mentor and team manager…" had the coach play the mentor, asking "What's up?"
    scenario = build_custom_scenario("I'm Dana's mentor and team manager. I have to tell her she didn't get the team "
                                     "lead promotion she applied for, and keep her motivated.")
    assert scenario.user_role == "mentor" and scenario.partner_role == "mentee"


def test_sessions_that_became_catch_ups_name_the_issue(detector: MoveDetector) -> None:
    # r18 r11: "…our sessions got more like catching up than actual mentoring lately" got "Okay. And?", then the
    # proposal "Maybe. What problem does that solve?"
    session = play(detector, "end-mentorship", "busy", [
        "hey so, got a sec? wanted to talk about our meetings",
        "so like, you've helped me a ton this past year, the whole switch to the data team basically happened because "
        "of you",
        "but honestly i think i'm kinda good now? like i feel like our sessions got more like catching up than actual "
        "mentoring lately",
        "so i was thinking maybe we wrap up the regular ones after the one in december, and i just ping you if "
        "something big comes up"], difficulty="hard")
    assert session.partner_turns[-2] != "Okay. And?"
    assert "What problem does that solve?" not in session.partner_turns[-1], session.partner_turns


# Review r19 (3 of 14 runs sensible on a0f8cfe).


def test_a_you_after_a_verb_is_said_back_as_me_and_a_hurt_remark_never() -> None:
    # r19 r3: "So you'd rather have fewer sessions that really help I than more that don't."; r6: "So you didn't
    # realise you were such a bad mentor."
    said = acknowledgement_from(["Honestly, I'd rather have fewer sessions that really help you than more that don't."])
    assert said == "So you'd rather have fewer sessions that really help me than more that don't."
    assert acknowledgement_from(["I didn't realise I was such a bad mentor."]) is None


def test_a_concrete_proposal_is_never_met_with_meaning_what(detector: MoveDetector) -> None:
    # r19 r4: "…stay on the IC track for the next year, but take on mentoring the two new grads…" got "Hm. Meaning
    # what, exactly?"
    session = play(detector, "disagree-advice", "skeptical", [
        "Jo, I've been thinking hard about your advice to take the management track when Sam's position opens in "
        "June, and I want to be honest that I see it differently.",
        "I really value that you see leadership potential in me. Where I disagree is the timing: I've just started "
        "leading the search relevance rewrite, and if I step into managing six people now, I'll drop the one project "
        "where I'm finally building deep technical credibility.",
        "What I'm proposing is to stay on the IC track for the next year, but take on mentoring the two new grads and "
        "run the architecture review rotation, so I still build people skills."], difficulty="hard")
    assert not any("Meaning what" in line for line in session.partner_turns[1:]), session.partner_turns


def test_r19_lines_are_read_for_what_they_do(detector: MoveDetector) -> None:
    # r7: a put-down was credited as an I-statement and chosen as the strongest moment
    assert "blame" in moves_in(detector, "Honestly I'm not sure why I agreed to mentor you.")
    # r11: the last session proposed; r14: the change acknowledged; r3: their preference asked (each read as vague)
    assert "concrete-proposal" in moves_in(detector, "I was thinking our session on the 30th could be our last "
                                                     "regular one")
    assert moves_in(detector, "I know it's different from how we been doing it") & {"acknowledgement"}
    assert "vagueness" not in moves_in(detector, "I know it's different from how we been doing it")
    format_question = moves_in(detector, "I'd also love to know if you'd prefer a different format.")
    assert "asks-their-view" in format_question and "vagueness" not in format_question


def test_walking_out_of_the_conversation_is_giving_up(detector: MoveDetector) -> None:
    # r19 r9: "I'm done with this conversation." found no move, and a busy mentor answered "Right. What do you need
    # from me?"
    assert "giving-up" in moves_in(detector, "I'm done with this conversation.")
    assert not moves_in(detector, "I'm done with my draft, can you look at it?") & {"giving-up", "blame", "sarcasm"}
