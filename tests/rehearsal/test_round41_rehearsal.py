"""Rehearsal classes found in session 41: each test names the class, not the example that showed it."""

from __future__ import annotations

import pytest

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.scoring import _as_sentence, better_line_advice

from .conftest import moves_in, play

NEGATIVE = {"blame", "sarcasm", "absolutes", "giving-up", "over-apologising", "vagueness"}



@pytest.mark.parametrize("line", [
    "absolutely, I'm happy with that plan.",
    "sure, totally fair.",
    "ok, sure.",
    "no worries, I get it, things are busy.",
    "Thank you very much, it is very kind.",
    "Is not your fault, I think we have different goals.",
    "I know things have been hectic with the launch.",
    "I also know you were under pressure to hit the deadline, and you've been really reliable up to now.",
])
def test_a_sincere_yes_thanks_or_reassurance_is_no_poor_move(detector: MoveDetector, line: str) -> None:
    # each was read as sarcasm, blame, giving up or vagueness, and cost points on unrelated criteria
    assert not moves_in(detector, line) & NEGATIVE


@pytest.mark.parametrize("line", [
    "Oh sure, that'll definitely work this time.",
    "Great, another cancellation.",
    "wow thanks for the heads up, 5 minutes before",
])
def test_praise_turned_on_a_complaint_is_still_sarcasm(detector: MoveDetector, line: str) -> None:
    assert "sarcasm" in moves_in(detector, line)


def test_a_warm_yes_to_the_partners_own_offer_closes_the_talk(detector: MoveDetector) -> None:
    # "absolutely, I'm happy with that plan." was sarcasm, zeroed three criteria and got "I didn't realise I was
    # such a burden."
    session = play(detector, "end-mentorship", "defensive", [
        "hi, so I wanted to talk about our sessions.",
        "I think I've gotten a lot out of them, honestly.",
        "no no, not dumped at all. it's just that since I moved into the new role I think I've got what I came "
        "for, so maybe it's a good time to wrap up.",
        "and yeah, maybe one last proper session next month to close it out? and I'd love to stay in touch.",
        "absolutely, I'm happy with that plan.",
    ])
    assert (session.settled or session.ended) and "burden" not in session.transcript[-1].text
    assert all("came across" not in c.hint for c in session.debrief().criteria)


def test_a_better_line_drops_a_reply_word_and_says_when_its_details_are_an_example(detector: MoveDetector) -> None:
    # "For the last three sessions the agenda didn't arrive. Great. Let's try it…" was offered as the user's own
    assert _as_sentence("Great. Let's try it for three sessions.") == "Let's try it for three sessions."
    assert _as_sentence("Great idea, let's do it") == "Great idea, let's do it."
    session = play(detector, "frequent-cancels", "busy", [
        "You cancelled AGAIN. This is the fourth time. You clearly don't care about this at all.",
        "Oh sure, you're \"busy\". Everyone is busy. That's not an excuse.",
    ], difficulty="hard")
    debrief = session.debrief()
    assert debrief.better_borrows  # nothing usable of the user's: the observation is the scenario's example
    _, sentence = better_line_advice(debrief, lambda text: f"“{text}”")
    assert "try a line like this, with your own details:" in sentence


def test_a_partner_not_yet_won_over_answers_kindness_guarded_not_aggrieved(detector: MoveDetector) -> None:
    # "no worries, I get it, things are busy." drew "That's not fair. I've had the on-call rota on top of everything."
    session = play(detector, "unprepared-mentee", "defensive", [
        "hey, got a minute to chat about how our sessions are going?",
        "I've noticed you haven't had a chance to prep the last few times.",
        "no worries, I get it, things are busy.",
    ], difficulty="hard")
    reaction = session.partner.reactions[-1]
    assert reaction.intent == "hold-out"
    assert "not fair" not in session.transcript[-1].text and "don't know" not in session.transcript[-1].text


def test_an_observation_with_a_count_or_a_date_shows_the_pattern_itself() -> None:
    # "In last month, three of our sessions was cancelled…" scored 2/3 with "a date or a count shows it is a
    # pattern"; "…the last few times" has neither, so it still needs a second example
    from coach.rehearsal.rubric import load_rubric

    observation = load_rubric()["specific-observation"]
    assert observation.weight("In last month, three of our sessions was cancelled or moved at last minute.") == 2
    assert observation.weight("Q3 was overstated by about twelve percent, and the CFO spotted it.") == 2
    assert observation.weight("The last three times we met, you hadn't looked at the reading.") == 2
    assert observation.weight("I've noticed you haven't had a chance to prep the last few times.") == 1
    assert load_rubric()["i-statements"].weight("I lost two weeks of work.") == 1  # only where the rubric says


def test_a_skilled_disagreement_is_credited_where_its_lines_do_the_work(detector: MoveDetector) -> None:
    # the MBA script scored 0 on its opening ("…I want to be honest that I see it differently."), on its facts
    # ("…thirty thousand pounds and twenty hours a week…", read as terms) and on its review in September
    session = play(detector, "disagree-advice", "skeptical", [
        "Thanks for pushing me on the MBA last week. I've thought about it a lot, and I want to be honest that I "
        "see it differently.",
        "I understand your reasoning: you've seen people stall without a business background, and you think the "
        "MBA would open doors for me. That's a real risk and I appreciate you flagging it.",
        "Where I land differently is cost and timing: the part-time programmes I looked at are around thirty "
        "thousand pounds and twenty hours a week for two years, and I'd be doing that while leading my first team.",
        "Can you tell me what you'd need to see to feel comfortable with me not doing it now?",
        "What if I take the company's six-week finance-for-leaders course this spring, lead the budget planning "
        "for my team, and we review together in September whether I still need the MBA?",
    ], difficulty="hard")
    scores = {c.id: c.score for c in session.debrief().criteria}
    assert scores["clear-opening"] == 3 and scores["specific-observation"] == 3 and scores["agrees-follow-up"] == 3
    # a plain feeling is no opening, and a proposal without a review is no follow-up
    from coach.rehearsal.rubric import load_rubric

    rubric = load_rubric()
    assert not rubric["clear-opening"].counts("i-statement", "I feel stuck.")
    assert not rubric["agrees-follow-up"].counts("concrete-proposal", "Could we meet every other Tuesday at 10?")
    disagreeing = rubric["specific-observation"].for_kind("disagreeing")
    assert not disagreeing.counts("concrete-proposal", "Could we do 30 minutes every two weeks?")
