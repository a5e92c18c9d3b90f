"""Rehearsal classes left open by review 53 and found in review 54: each test names the class, not the example."""

from __future__ import annotations

import pytest

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.partner import question_kind
from coach.rehearsal.scenarios import QUESTION_KINDS, get_persona, get_scenario, list_scenarios

from .conftest import play

PERSONAS = ["warm", "busy", "skeptical", "defensive"]


@pytest.mark.parametrize(("line", "kind"), [
    ("Can I ask you how you did the move from engineering to product? it was hard?", "about-them"),
    ("What was it about your own MBA that made the biggest difference for you?", "about-them"),
    ("Did you ever have a mentor who cancelled on you?", "about-them"),
    ("Do you still mentor people or you are too busy now?", "availability"),
    ("Are you too busy for this at the moment?", "availability"),
    # (what happened on their side is what got in the way: answered from their side even after a yes, review r11)
    ("What happened on your side with those two reports?", "in-the-way"),
    ("I made the move to product last year.", None),
    ("How does monthly sound to you?", None),
])
def test_a_question_about_the_partner_itself_is_told_by_its_kind(line: str, kind: str | None) -> None:
    assert question_kind(line) == kind


@pytest.mark.parametrize("persona", PERSONAS)
def test_a_question_about_their_own_path_is_answered_about_their_path(detector: MoveDetector, persona: str) -> None:
    # "how did you make the move?" got the scenario's worry about time; "do you still mentor?" got "go on"
    session = play(detector, "ask-to-mentor", persona, [
        "Hi Priya, thank you for making time, your talk at the panel was very inspiring for me.",
        "Can I ask you how you did the move from engineering to product? it was hard?",
        "Do you still mentor people or you are too busy now?",
    ], "medium")
    scenario = get_scenario("ask-to-mentor")
    replies = [turn.text for turn in session.transcript if turn.role == "partner"]
    assert replies[2] in scenario.answers["about-them"], replies
    assert replies[3] in scenario.answers["availability"], replies


def test_questions_of_a_kind_answered_already_get_their_side(detector: MoveDetector) -> None:
    session = play(detector, "disagree-advice", "warm", [
        "What was it about your own MBA that made the biggest difference for you?",
        "Did you ever feel it was not worth the money?",
        "And did you ever doubt it yourself, when you were starting out?",
    ], "medium")
    scenario = get_scenario("disagree-advice")
    replies = [turn.text for turn in session.transcript if turn.role == "partner"][1:]
    assert set(replies[:2]) == set(scenario.answers["about-them"]), replies
    assert replies[2] in scenario.their_side, replies


def test_scenario_answers_only_name_known_question_kinds() -> None:
    for scenario in list_scenarios():
        assert set(scenario.answers) <= set(QUESTION_KINDS), scenario.id
    assert any(scenario.answers for scenario in list_scenarios())


EARLY_ASK = [
    "Would you be my mentor? Like a 30 min call once a month for six months?",
    "Sorry, I jumped straight in. Thanks for making time for coffee, I really enjoyed your panel.",
]


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_a_stranger_asks_what_it_is_for_before_saying_yes(
        detector: MoveDetector, persona: str, difficulty: str) -> None:
    # the full ask as a first line got an instant yes, and the apology after it ended the talk
    session = play(detector, "ask-to-mentor", persona, EARLY_ASK, difficulty)
    first, second = session.partner.reactions
    assert first.intent == "ask-why", first
    assert not second.final, second
    assert not any(r.intent == "accept" for r in session.partner.reactions)
    replies = [turn.text.lower() for turn in session.transcript if turn.role == "partner"]
    assert not any("are you asking" in reply or "how much of my time" in reply for reply in replies), replies


def test_with_a_reason_given_the_ask_can_be_agreed(detector: MoveDetector) -> None:
    session = play(detector, "ask-to-mentor", "warm", [
        "I'm an engineer and I want to move into product management, like you did at your last company.",
        "Would you be my mentor? Like a 30 min call once a month for six months?",
    ], "easy")
    assert session.partner.reactions[-1].intent in ("accept", "resolve"), session.partner.reactions[-1]


@pytest.mark.parametrize(("proposal", "said_back"), [
    # what is ended is not said back as the proposal
    ("I'd like to end our formal monthly sessions after this one, but I'd love to stay in touch. "
     "Could we have a coffee every quarter?", "every quarter"),
    # two rhythms in one plan are not listed as if they were one
    ("What if we kept weekly but cut it to 30 minutes, and every other week is the full hour?", None),
    # a length keeps how far ahead it is
    ("Could you send me the next two reports an hour early so I can look them over?",
     "the next two reports an hour early"),
    # dates alone, without what they are for, are not said back
    ("Would you help me find a strategy project I could join by March, and we revisit the MBA question next autumn?",
     None),
    ("by Wednesday 5pm you drop 2 bullet points in our doc", "by Wednesday 5pm, 2 bullet points"),
    ("i think once a month would be more realistic, maybe the first monday of each month?",
     "once a month, the first Monday of each month"),
])
def test_a_proposal_is_said_back_only_as_it_was_meant(proposal: str, said_back: str | None) -> None:
    from coach.rehearsal.partner import proposal_specifics

    assert proposal_specifics(proposal) == said_back


def test_an_acceptance_and_its_close_say_yes_once(detector: MoveDetector) -> None:
    session = play(detector, "disagree-advice", "busy", [
        "Two people in strategy here told me they value project experience more than the MBA.",
        "The programmes cost around £30,000 and need twenty hours a week for two years. I'm worried about my job.",
        "Could we revisit the MBA question next autumn, after a strategy project this year?",
    ], "easy")
    last = session.transcript[-1].text
    assert "works. Good." not in last and "that. Good." not in last, last


@pytest.mark.parametrize("persona", PERSONAS)
def test_you_are_welcome_answers_thanks_only(detector: MoveDetector, persona: str) -> None:
    session = play(detector, "change-cadence", persona, [
        "I wanted to talk about how often we meet. Weekly has become hard for me with the launch.",
        "I'm finding I don't have enough done between sessions, and I feel bad turning up with nothing.",
        "Could we try every other week, 45 minutes, for the next two months?",
        "Could we try every other week, 45 minutes, for the next two months? Is that a yes?",
        "Shall we check after two sessions whether it's working?",
        "Shall we check after two sessions whether it's working for both of us?",
    ], "easy")
    assert session.settled or session.ended
    replies = [turn.text for turn in session.transcript if turn.role == "partner"]
    assert not any("welcome" in reply.lower() or "anytime" in reply.lower() for reply in replies), replies


@pytest.mark.parametrize("persona", PERSONAS)
def test_dropping_the_point_is_answered_as_that_even_beside_a_jab(detector: MoveDetector, persona: str) -> None:
    # "Actually never mind, you're obviously way too busy for this." got "I'm feeling a little pressured"
    session = play(detector, "ask-to-mentor", persona, [
        "I was kind of wondering if maybe you could help me with stuff sometimes? Career stuff.",
        "Actually never mind, you're obviously way too busy for this. Sorry for wasting your time.",
    ], "medium")
    reaction = session.partner.reactions[-1]
    assert "giving-up" in reaction.negative and reaction.intent == "cold", reaction
    assert session.transcript[-1].text in get_persona(persona).cold["giving-up"]


@pytest.mark.parametrize("persona", PERSONAS)
def test_ending_on_purpose_is_taken_as_an_ending(detector: MoveDetector, persona: str) -> None:
    # "we can just stop" got "tell me the ask and I'll look at it"
    session = play(detector, "end-mentorship", persona, [
        "Dana, I wanted to talk about our sessions.",
        "Whatever, it's not a big deal, we can just stop.",
    ], "medium")
    assert session.transcript[-1].text in get_scenario("end-mentorship").cold[persona]["giving-up"]


def test_a_turn_of_thanks_before_the_point_costs_no_opening(detector: MoveDetector) -> None:
    session = play(detector, "end-mentorship", "warm", [
        "Dana, thank you for this past year. You made my move into data engineering possible, and I'm really grateful.",
        "I'd like to talk about what's next for our mentorship.",
    ], "easy")
    opening = next(c for c in session.debrief().criteria if c.id == "clear-opening")
    assert opening.score == 3, opening


def test_a_question_about_their_calendar_is_answered_with_a_time(detector: MoveDetector) -> None:
    session = play(detector, "frequent-cancels", "skeptical", [
        "Of our last four sessions, three were cancelled or moved on the day.",
        "What does your calendar look like at the moment? Is there a time of the month that's more protected for you?",
    ], "hard")
    assert session.transcript[-1].text in get_scenario("frequent-cancels").answers["availability"]


@pytest.mark.parametrize(("scenario", "lines", "move"), [
    ("give-critical-feedback", ["so the reports... kinda messed up lol. client wasnt happy"], "vagueness"),
    ("unprepared-mentee", ["I'd like to talk about our sessions.", "anyway dont worry about it too much ok?"],
     "giving-up"),
    ("not-working", ["Alex, I'd like to talk about our sessions.",
                     "Fine. I'm not going to change you. Let's just stop."], "giving-up"),
])
def test_a_cold_move_is_answered_in_the_scenarios_own_words(
        detector: MoveDetector, scenario: str, lines: list[str], move: str) -> None:
    # a busy mentee asked its mentor "What's the actual ask?"; "let's just stop" got "tell me the ask"
    session = play(detector, scenario, "busy", lines, "medium")
    assert move in session.partner.reactions[-1].negative, session.partner.reactions[-1]
    assert session.transcript[-1].text in get_scenario(scenario).cold["busy"][move]
    assert "ask" not in session.transcript[-1].text.lower().split()


def test_scenario_cold_lines_only_name_cold_moves() -> None:
    from coach.rehearsal.scenarios import COLD_MOVES

    for scenario in list_scenarios():
        for moves in scenario.cold.values():
            assert set(moves) <= set(COLD_MOVES), scenario.id


@pytest.mark.parametrize("persona", PERSONAS)
def test_explaining_feedback_away_is_never_credited_praised_or_reused(detector: MoveDetector, persona: str) -> None:
    # "But I had two days to prepare that deck." was a specific observation, answered with praise, and opened the
    # better line (review 53)
    session = play(detector, "receive-criticism", persona, [
        "Okay, thanks for telling me.", "But I had two days to prepare that deck.",
        "And nobody told me leadership only had thirty minutes.",
    ], "medium")
    excuse = session.partner.reactions[1]
    assert "blame" in excuse.negative and "specific-observation" not in excuse.positive, excuse
    assert excuse.intent in ("push-back", "rebuff", "cold"), excuse
    debrief = session.debrief()
    assert "two days" not in debrief.strongest and "nobody told me" not in debrief.strongest.lower()
    specific = next(c for c in debrief.criteria if c.id == "specific-observation")
    assert "two days" not in specific.evidence
    assert "I had two days" not in (debrief.better_line or "")


def test_a_scenario_reads_only_poor_moves_into_its_lines() -> None:
    from coach.rehearsal.moves import load_moves

    negative = set(load_moves().negative)
    for scenario in list_scenarios():
        assert {move for move, _ in scenario.reads_as} <= negative, scenario.id
