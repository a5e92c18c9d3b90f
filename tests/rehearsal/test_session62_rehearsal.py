"""Rehearsal classes from blind reviews r12 and r13 mended in session 62: each test names the class."""

from __future__ import annotations

import pytest

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.partner import question_kind
from coach.rehearsal.scenarios import build_custom_persona, build_custom_scenario, get_persona

from .conftest import moves_in, play

BAKERY = ("I run a small bakery and mentor Theo, my apprentice, who is in his second week. He left the proofer on "
          "overnight twice and we lost two batches.")
BAKERY_RUN = [
    "Theo, have you got ten minutes? I want to talk about the proofer, and I want to help you get the closing "
    "routine right.",
    "On Tuesday and Thursday the proofer was left on overnight, and we lost two batches of sourdough, about 80 loaves.",
    "I'm not angry, and I don't think you're careless. I want to understand what's happening at close. What does the "
    "end of your shift look like?",
    "That makes sense. Closing alone in your second week is a lot to remember.",
    "Let's put a closing checklist by the door, and for the next two weeks I'll do the last walk-round with you at "
    "9pm.",
    "We'll look at how it's going next Friday. Does that sound OK?",
]
CASUAL_ASK = [
    "hi! thx for the coffee, i know ur super busy",
    "ok straight to it - would u be up for mentoring me?",
    "im a graphic designer, want to move into art direction in the next yr or so",
    "like 30 min a month, zoom is fine",
    "what do u think, doable?",
    "amazing, ill send a calendar invite",
]


def test_a_user_who_mentors_someone_speaks_as_the_mentor_to_a_mentee() -> None:
    # "I run a small bakery and mentor Theo…" left the user as the mentee, with a mentee's rubric (review r12, s14)
    assert build_custom_scenario(BAKERY).user_role == "mentor"
    assert build_custom_scenario("My apprentice keeps leaving early.").partner_role == "mentee"
    assert build_custom_scenario("I want to ask my mentor for more time.").user_role == "mentee"
    assert build_custom_scenario("My mentee has missed two deadlines").id == "custom"


def test_a_persona_style_picks_the_base_it_says_most_of() -> None:
    # "quiet, anxious, apologises a lot, answers in short sentences" got the busy base for "short" (review r12, s14)
    assert "warm" in build_custom_persona("quiet, anxious, apologises a lot, answers in short sentences").name
    assert "busy" in build_custom_persona("Very terse, always rushing between meetings.").name
    assert "skeptical" in build_custom_persona("dry, wants data for everything").name


def test_a_custom_mentee_answers_as_a_mentee_and_the_mentor_is_never_told_to_thank_for_time(
        detector: MoveDetector) -> None:
    session = play(detector, build_custom_scenario(BAKERY), build_custom_persona("quiet, anxious, apologises a lot"),  # type: ignore[arg-type]
                   BAKERY_RUN)
    replies = session.partner_turns
    # "What does the end of your shift look like?" got "We're going round in circles. Make a proposal." (r12 s14)
    assert replies[3] == "I was rushing, and that's when things slip."
    assert not any("landing like that for you" in line for line in replies)
    debrief = session.debrief()
    assert "respectful-grateful" not in {c.id for c in debrief.criteria}
    assert "time you've given me" not in debrief.better_line


def test_a_casual_ask_is_answered_for_what_it_says(detector: MoveDetector) -> None:
    # r12 s10: "hi! thx for the coffee…" got "Okay. Flattered. What exactly are you asking for?"; "like 30 min a
    # month" got "Maybe. What problem does that solve?" after the user had said what they wanted from it
    session = play(detector, "ask-to-mentor", "busy", CASUAL_ASK, "easy")
    replies = session.partner_turns[1:]
    assert "Flattered" not in replies[0] and "What exactly are you asking" not in " ".join(replies)
    assert not any("Who are you" in line or "What problem" in line for line in replies[2:]), replies
    assert replies[3].startswith("30 minutes."), replies
    scores = {c.id: c.score for c in session.debrief().criteria}
    assert scores["respectful-grateful"] == 3 and scores["concrete-next-step"] == 3


def test_a_request_to_look_over_their_work_gets_a_yes_to_that(detector: MoveDetector) -> None:
    # r12 s09: "can you look my new deck before?" got "Yes, that would fix it. Lead with it…"
    session = play(detector, "receive-criticism", "warm", [
        "thank you for watch my pitch yesterday. please tell me honest",
        "but you are right, the ask come only at end. what i should put in first slide?",
        "ok i will do this. next pitch is on 20th, can you look my new deck before?",
    ])
    assert session.partner_turns[-1].startswith("Of course. Send it over"), session.partner_turns
    scores = {c.id: c.score for c in session.debrief().criteria}
    assert scores["agrees-follow-up"] == 3 and scores["specific-observation"] >= 2


@pytest.mark.parametrize(("line", "move"), [
    ("thx for the coffee, i know ur super busy", "gratitude"),
    ("thx for the coffee, i know ur super busy", "acknowledgement"),
    ("That sounds like a lot.", "acknowledgement"),
    ("no no, is not about you.", "acknowledgement"),
    ("like 30 min a month, zoom is fine", "concrete-proposal"),
    ("next pitch is on 20th, can you look my new deck before?", "follow-up"),
    ("i send you the new version on thursday before i present again, ok?", "follow-up"),
])
def test_casual_lines_show_the_moves_they_make(detector: MoveDetector, line: str, move: str) -> None:
    # r12 s10: respect and the proposal scored 0 for "thx…" and "like 30 min a month"; r13 s08, s14: follow-ups missed
    assert move in moves_in(detector, line)


@pytest.mark.parametrize("line", [
    "lately our calls r more catch ups than actual work stuff",
    "oh wow, that sounds really tough.",
    "It's not because of you, honestly.",
    "last months very busy with release, i cancel 2 times and come with nothing to say. sorry for this",
])
def test_a_shared_fact_sympathy_reassurance_and_one_apology_are_no_poor_move(detector: MoveDetector, line: str) -> None:
    # r12 s08: the factual "calls r more catch ups" was blame; s07: one apology for a real lapse was over-apologising
    assert not moves_in(detector, line) & {"blame", "sarcasm", "over-apologising"}, moves_in(detector, line)


def test_why_them_at_a_meetup_counts_and_when_suits_them_is_answered_with_a_time(detector: MoveDetector) -> None:
    # r13 s01: "At the meetup you said…" scored 0 and got "Why me rather than someone in your own company?"; "What time
    # of the month usually works best for you?" got "From my side, that's a commitment I can actually keep"
    assert question_kind("What time of the month usually works best for you?") == "when-works"
    assert get_persona("skeptical").when_works
    session = play(detector, "ask-to-mentor", "skeptical", [
        "Thanks for the ten minutes. I'll get straight to it: I'd like to ask whether you'd consider mentoring me.",
        "At the meetup you said you learned more from one failed bridge inspection than from your whole master's, and "
        "that's exactly the kind of judgement I want to build.",
        "I'm two years into site engineering, and I want to move into bridge assessment within eighteen months.",
        "What I have in mind is one 30-minute call a month for six months, and I'd send you an agenda two days before.",
        "That's fair, and three calls to start makes sense to me. What time of the month usually works best for you?",
        "Thank you. I'll send a calendar invite for the first call by Friday, with my three questions attached.",
    ], "hard")
    replies = session.partner_turns
    assert not any("Why me" in line for line in replies[2:]), replies
    assert replies[-2] in get_persona("skeptical").when_works, replies
    # (the counter taken, the invite is no new change to accept: "By Friday… Alright, that's a testable change.")
    assert "testable change" not in replies[-1], replies
    why_them = next(c for c in session.debrief().criteria if c.id == "specific-observation")
    assert why_them.score == 3


def test_a_counter_never_asks_for_less_than_the_user_offered(detector: MoveDetector) -> None:
    # r13 s07: "I send three questions two days before each session" got "A written agenda the day before would help
    # me too."
    session = play(detector, "not-working", "busy", [
        "Alex, I'd like to talk about how our sessions are working for me, because I want to get more out of them.",
        "In our last two sessions I brought questions about running department meetings, and we ran out of time.",
        "How have the sessions felt from your side?",
        "What I'd propose is that I send three questions two days before each session, and we spend the first 30 "
        "minutes on them.",
    ], "hard")
    assert "the day before" not in session.partner_turns[-1], session.partner_turns


def test_stopping_said_plainly_is_met_as_stopping(detector: MoveDetector) -> None:
    # r13 s04: "so yeah, i think we should just stop doing these." got "I'm not quite sure I follow."; "I've already
    # found someone better." and "Let's just call it done." got "Oh, don't drop it so quickly."
    session = play(detector, "end-mentorship", "warm", [
        "so yeah, i think we should just stop doing these.",
        "Whatever, it doesn't matter anymore, I've already found someone better.",
        "Fine, forget it. Let's just call it done.",
    ], "hard")
    replies = session.partner_turns[1:]
    assert not any("follow" in line or "drop it so quickly" in line for line in replies), replies
    assert "stop" in replies[0]


def test_a_custom_persona_says_what_it_calls_people_and_its_phrase_now_and_then(detector: MoveDetector) -> None:
    # r13 s10, s11: "calls people 'kiddo'" and "says 'I guess' a lot" were never heard
    jokey = build_custom_persona("Jokey and breezy: deflects with humour, calls people 'kiddo'.")
    assert jokey.calls_them == "kiddo"
    guarded = build_custom_persona("Quiet and guarded: says 'I guess' a lot.")
    assert guarded.says_often == "I guess"
    session = play(detector, build_custom_scenario(BAKERY), guarded, BAKERY_RUN)  # type: ignore[arg-type]
    said = session.partner_turns
    assert 1 <= sum("I guess" in line for line in said) <= len(said) // 2 + 1, said
    assert not any(line.startswith(("Oh, I guess", "Ah, I guess")) for line in said)


def test_which_slide_they_would_put_first_and_what_they_need_to_see_are_answered(detector: MoveDetector) -> None:
    # r13 s08: "can you give me example what slide you would put first?" got the critique again; s11: "What would you
    # need to see from me before you'd be comfortable?" got "I've had a lot on…"
    assert question_kind("can you give me example what slide you would put first?") == "in-my-place"
    assert question_kind("What would you need to see from me before you'd be comfortable?") == "their-worry"
    session = play(detector, "receive-criticism", "defensive", [
        "ok, thank you for take time to give me feedback, i want to hear it",
        "yes i understand, the presentation was too long and the main point come only at end",
        "can you give me example what slide you would put first?",
        "so next time i put the recomendation in first slide and max 10 minute",
        "i send you the new version on thursday before i present again, ok?",
    ], "easy")
    replies = session.partner_turns
    assert "slide" in replies[3] or "recommendation" in replies[3], replies
    assert replies[-1] in get_persona("defensive").look_over, replies


def test_the_line_to_add_for_listening_says_back_what_they_said(detector: MoveDetector) -> None:
    # r13 s02: listening scored 0, and the line to add was a proposal the user had already made
    session = play(detector, "change-cadence", "busy", [
        "hi sam, thanks for time. i want talk about how often we meet",
        "last 6 weeks i cancel 2 times bc the peak season in warehouse, i feel bad about it",
        "weekly help me a lot in start, really, the forklift training plan was ur idea and it work",
        "but now i come with nothing to say. maybe every 2 weeks is better? same time monday 1 hour",
        "what u think, is ok for u?",
        "ok good. we try until end of march and then check again if it work",
    ], "easy")
    debrief = session.debrief()
    assert debrief.better_line.startswith("So you"), debrief.better_line
