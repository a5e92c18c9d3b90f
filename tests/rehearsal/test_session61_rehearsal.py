"""Rehearsal classes left open by blind review r11 and mended in session 61: each test names the class."""

from __future__ import annotations

import pytest

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.partner import proposal_specifics, question_kind
from coach.rehearsal.reflect import said_back
from coach.rehearsal.scenarios import get_scenario

from .conftest import moves_in, play

LOAD_TEST_RUN = [
    "Priya, I want to give you some direct feedback about the load test report you sent to the client on Friday.",
    "The report said the checkout service handled 5,000 requests per second, but the test had only run against the "
    "staging cache, not production.",
    "I'm concerned because the client's CTO has already quoted that number to their board.",
    "I'd like you to draft a correction email today and walk me through it before 4pm, and next time run the numbers "
    "past me before anything goes external.",
    "What happened from your side when you put the report together?",
    "Let's meet Thursday to check the correction landed and agree a review checklist.",
]
BAR_EXAM_RUN = [
    "Sam, I need to talk about the last three sessions you came to without the reading done.",
    "You were meant to read the two chapters on contract law and bring one question, and each time you said you "
    "hadn't had time.",
    "I'm worried because your bar exam is in ten weeks and our sessions become just me lecturing.",
    "What's getting in the way for you right now?",
    "Could you read one chapter by Sunday night and send me your question before Monday's session?",
    "Let's check after two sessions whether that's working.",
]


def test_a_negative_is_said_back_in_agreement_with_its_new_subject() -> None:
    # "So you didn't realise I weren't getting answers." (review r11, s10)
    assert said_back("I didn't realise you weren't getting answers") == "you didn't realise I wasn't getting answers"
    assert said_back("I wasn't sure you were coming") == "you weren't sure I was coming"


@pytest.mark.parametrize("persona", ["warm", "busy", "skeptical", "defensive"])
def test_details_of_the_scenarios_story_the_user_never_told_stay_out(detector: MoveDetector, persona: str) -> None:
    # a load-test report got "Nobody told me the figures had to reconcile." and "…the totals…" (review r11, s02)
    session = play(detector, "give-critical-feedback", persona, LOAD_TEST_RUN, "hard")
    scenario = get_scenario("give-critical-feedback")
    replies = session.partner_turns[1:]
    assert not [line for line in replies if scenario.strays(line, LOAD_TEST_RUN)], replies
    # reading not done for a bar exam got "I didn't know you wanted it written up." and "…the agenda…" (s07)
    session = play(detector, "unprepared-mentee", persona, BAR_EXAM_RUN)
    replies = " ".join(session.partner_turns[1:])
    assert "written up" not in replies and "agenda" not in replies.lower(), replies


def test_a_word_the_user_used_keeps_its_lines_and_an_example_follows_the_users_specifics(
        detector: MoveDetector) -> None:
    scenario = get_scenario("give-critical-feedback")
    assert not scenario.strays("I had three reports due that Friday.", ["the report you sent"])
    assert scenario.strays("Nobody told me the figures had to reconcile.", ["the report you sent"])
    # examples drop the story's details once the user gave specifics of their own…
    debrief = play(detector, "give-critical-feedback", "warm", LOAD_TEST_RUN[:2]).debrief()
    hints = " ".join(c.hint for c in debrief.criteria)
    assert "totals" not in hints and "source data" not in hints, hints
    # …and keep them for a user who gave none, as the situation states them
    vague = play(detector, "give-critical-feedback", "warm", ["So, you messed up. Again.", "Just do better, ok?"])
    assert "totals" in " ".join(c.hint for c in vague.debrief().criteria)


def test_praise_of_how_they_work_is_why_them_and_no_path_is_brought_in(detector: MoveDetector) -> None:
    # "i see how you run your kitchen…" was filed under listening only, and got "That's close to the path I took"
    # (review r11, s08)
    session = play(detector, "ask-to-mentor", "warm", [
        "hi, so um i want ask you if maybe you can be my mentor",
        "i am working in restaurant kitchen, sous chef since 2 year",
        "i see how you run your kitchen, very calm, the team respect you"])
    assert not any("path" in line for line in session.partner_turns[1:])
    why_them = next(c for c in session.debrief().criteria if c.id == "specific-observation")
    assert why_them.score >= 2 and "kitchen" in why_them.evidence


@pytest.mark.parametrize(("question", "kind"), [
    ("What happened from your side when you put the report together?", "in-the-way"),
    ("What do you see as the risk of waiting, from where you sit?", "their-worry"),
    ("or is that gonna be a problem for u", "their-worry"),
    ("Can you tell me what you'd have done differently when she asked about the delivery penalties?", "in-my-place"),
])
def test_direct_questions_are_read_for_what_they_ask(question: str, kind: str) -> None:
    assert question_kind(question) == kind


def test_a_direct_question_is_answered_even_after_the_yes(detector: MoveDetector) -> None:
    # "What happened from your side…?" got "a check before anything goes out takes some pressure off me" (s02)
    session = play(detector, "give-critical-feedback", "defensive", LOAD_TEST_RUN, "hard")
    answer = session.partner_turns[LOAD_TEST_RUN.index(LOAD_TEST_RUN[4]) + 1]
    assert answer in get_scenario("give-critical-feedback").their_side, answer
    # "What do you see as the risk of waiting…?" got "Honestly, I can live with that." (s04)
    session = play(detector, "disagree-advice", "warm", [
        "I want to talk about your advice to take the charge nurse role.",
        "My concern is that I'm six months into my wound care certification.",
        "I'd rather finish the certification by September and then apply for the next vacancy.",
        "What do you see as the risk of waiting, from where you sit?"], "easy")
    assert session.partner_turns[-1] in get_scenario("disagree-advice").answers["their-worry"]
    # "or is that gonna be a problem for u" got "Fair enough." (s09)
    session = play(detector, "change-cadence", "skeptical", [
        "hey so the weekly thing is kinda a lot for me rn", "like i got the new warehouse shifts and im wiped",
        "can we do like every other week or smth", "or is that gonna be a problem for u"], "easy")
    assert session.partner_turns[-1] != "Fair enough."
    assert "asks-their-view" in moves_in(detector, "or is that gonna be a problem for u")


def test_walking_out_and_defiance_are_giving_up_and_never_the_strongest(detector: MoveDetector) -> None:
    # "We're done here." got "Go on. I'm not sure I follow the point yet." (s12); "I'm going to do what I want
    # anyway." was the strongest moment and went into the better line (s13)
    for line in ("We're done here.", "Are we done?", "I'm going to do what I want anyway."):
        assert "giving-up" in moves_in(detector, line), line
    session = play(detector, "disagree-advice", "defensive", [
        "Your advice is just wrong.", "I'm going to do what I want anyway."], "easy")
    debrief = session.debrief()
    assert "do what I want" not in debrief.strongest
    assert "do what I want" not in debrief.better_line
    assert "Go on" not in play(detector, "give-critical-feedback", "skeptical", [
        "So, you messed up. Again.", "We're done here."]).partner_turns[-1]


def test_a_blunt_accusation_is_blame_not_sarcasm_and_a_factual_account_is_neither(detector: MoveDetector) -> None:
    # (review r11, s12, s13 and s07)
    for line in ("Your advice is just wrong.", "So, you messed up. Again."):
        moves = moves_in(detector, line)
        assert "blame" in moves and "sarcasm" not in moves, (line, moves)
    factual = moves_in(detector, BAR_EXAM_RUN[1])
    assert "blame" not in factual and "specific-observation" in factual


def test_a_start_date_is_no_follow_up(detector: MoveDetector) -> None:
    # "ok cool so maybe starting next month?" scored 3/3 on follow-up and was the strongest moment (s09)
    assert "follow-up" not in moves_in(detector, "ok cool so maybe starting next month?")
    assert "follow-up" in moves_in(detector, "starting next week, and let's check in after a month")


def test_the_arrangement_as_it_is_is_never_agreed_to_as_an_offer(detector: MoveDetector) -> None:
    # "our monthly sessions have run their course… this month's to be our last" got "Monthly? Yes, that works for
    # me." (s05)
    assert proposal_specifics("I think our monthly sessions have run their course, and I'd like this month's to be "
                              "our last formal one.") is None
    assert proposal_specifics("Could we move to monthly sessions?") == "monthly"


def test_no_why_after_the_reason_and_a_hard_partner_holds_out_before_yes(detector: MoveDetector) -> None:
    # "…with your help I got the job in January" got "What's prompting this?" (s05)
    session = play(detector, "end-mentorship", "warm", [
        "Rob, I've been thinking about our mentorship and I want to bring it to a good close.",
        "When we started two years ago I wanted help moving from bench chemist to a lab manager role, and with your "
        "help I got the job in January."], "easy")
    assert "prompting" not in session.partner_turns[-1]
    # "By September? Yes, that works for me." straight after one pushback, on hard (s04)
    session = play(detector, "disagree-advice", "warm", [
        "Helen, I want to talk with you about your advice to take the charge nurse role on the oncology unit.",
        "I really appreciate that you see leadership potential in me, and I've thought about it carefully.",
        "My concern is that I'm six months into my wound care certification, and the charge role would mean dropping "
        "my clinical days from four to one.",
        "I'd rather finish the certification by September and then apply for the next charge vacancy."], "hard")
    assert "Yes" not in session.partner_turns[-1], session.partner_turns


def test_a_poor_line_is_quoted_whole_once_then_by_its_first_words(detector: MoveDetector) -> None:
    # the same blame quoted whole in five hints (review r11, s11)
    session = play(detector, "frequent-cancels", "defensive", [
        "You never show up when you say you will.", "Honestly it's like you don't even care about this mentorship.",
        "Whatever. I guess it is what it is."], "hard")
    hints = [c.hint for c in session.debrief().criteria]
    whole = "“Honestly it's like you don't even care about this mentorship.”"
    assert sum(whole in hint for hint in hints) == 1, hints
    assert any("“Honestly it's like you don't…”" in hint for hint in hints), hints


REFERRAL_RUN = [
    "Hi Ben, thanks for meeting me. I want to ask about something a little awkward.",
    "There's an open product-manager role on your team, and I'd like to ask whether you'd be comfortable referring me.",
    "I know a referral puts your name on it, so I want to be clear about my fit: I've led the pricing experiments on "
    "our side for a year.",
    "If you have any doubts, I'd honestly rather hear them now.",
    "Would it help if I sent you my CV and a one-page summary of the pricing work by Friday?",
]


def test_a_request_of_ones_own_is_on_the_table_once_said_and_doubts_asked_for_are_answered(
        detector: MoveDetector) -> None:
    # a referral asked for in the custom scenario got "What's prompting this?", "What's been happening?", "Mm, go on."
    # to "If you have any doubts…" and "What's not working for you at the moment?" (review r11, custom)
    from coach.rehearsal.scenarios import build_custom_scenario

    scenario = build_custom_scenario("I ask my former mentor to refer me for a product-manager job on her team.")
    session = play(detector, scenario, "warm", REFERRAL_RUN)  # type: ignore[arg-type]
    replies = session.partner_turns
    assert "prompting" not in replies[2] and "What's been happening" not in replies[3]
    assert replies[4] in scenario.answers["their-worry"], replies
    assert not any("not working" in line for line in replies)
    # (saying only that there is something to ask names nothing: "Of course. Tell me more.")
    assert "glad you brought it up" not in replies[1]


@pytest.mark.parametrize("line", [
    "The deadline was moved forward and you had no one to check with.", "no no, is not about you.",
    "I'm not angry, and I don't think you're careless."])
def test_reassurance_and_an_excuse_made_for_them_are_no_blame(detector: MoveDetector, line: str) -> None:
    # each "came across as blame" and cost points under two or three criteria (review r12, 03, 07, 14)
    assert "blame" not in moves_in(detector, line)


def test_sympathy_is_no_proposal_and_a_jab_or_walking_away_is_read_as_such(detector: MoveDetector) -> None:
    # "Covering for two colleagues who are off would squeeze anyone's week." got "Fine. Let's do that." (review r12,
    # 02, 06); "tell me what I did wrong this time" was the strongest moment (11); "Let's just not bother…" (13)
    for line in ("Covering for two colleagues who are off would squeeze anyone's week.",
                 "A month of completion deadlines would make anything extra slip."):
        assert "concrete-proposal" not in moves_in(detector, line), line
    moves = moves_in(detector, "Fine, go on, tell me what I did wrong this time.")
    assert "sarcasm" in moves and "asks-their-view" not in moves
    assert "giving-up" in moves_in(detector, "Let's just not bother with these sessions anymore.")
    assert "blame" in moves_in(detector, "You're careless and I don't think you're listening.")
