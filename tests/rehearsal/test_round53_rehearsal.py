"""Rehearsal classes found in session 51: each test names the class, not the example."""

from __future__ import annotations

import pytest

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.scenarios import SCENARIOS_DIR, Scenario, get_persona, load_scenario_file

from .conftest import play

# (scenario, a proposal that offers something, words of the partner line asking for it)
OFFERED = [
    ("ask-to-mentor", "Could we meet at 8am, before work?", "morning"),
    ("ask-to-mentor", "Could we start with three calls and see how it goes?", "three calls"),
    ("ask-to-mentor", "I'll send an agenda before each call.", "run the agenda"),
    ("change-cadence", "Could we go fortnightly, 45 minutes each?", "forty-five"),
    ("change-cadence", "Fortnightly, and I send you a short update in the off weeks?", "short message"),
    ("give-critical-feedback", "Could I show you how I check the totals?", "show me how"),
    ("give-critical-feedback", "Could you send them to me to check for the next two reports?", "send you the totals"),
    ("not-working", "Could I send you my questions the day before?", "the day before"),
    ("not-working", "Let's try two more sessions and then decide.", "two more sessions"),
    ("unprepared-mentee", "Could you send me a three-line update two days before?", "three-line update"),
    ("unprepared-mentee", "Could you send me a three-line update two days before?", "two days before"),
    ("end-mentorship", "Could we have one last session next month to close it properly?", "one last session"),
    ("end-mentorship", "Could we have one last session next month to close it properly?", "wrap-up call"),
    ("disagree-advice", "What if I do a short online course this year instead?", "shorter course"),
    ("disagree-advice", "Could we revisit the MBA question in six months?", "set a date"),
    ("receive-criticism", "Next time I'll lead with the recommendation.", "slide two"),
    ("receive-criticism", "Could I do a dry run with you before the next one?", "ten-minute version"),
    ("_custom", "Could we trial it for a month and see?", "two sessions"),
    ("_custom", "Could we trial it for a month and see?", "one step"),
]


def _scenario(file_stem: str) -> Scenario:
    """A scenario by its file (the custom template is no listed scenario)."""
    return load_scenario_file(SCENARIOS_DIR / f"{file_stem}.yaml")


@pytest.mark.parametrize(("scenario_id", "proposal", "words"), OFFERED)
def test_every_scenario_knows_what_its_counters_ask_for(scenario_id: str, proposal: str, words: str) -> None:
    # session 50 taught only frequent-cancels this ("Before nine…" after "Tuesdays at 8am"); every counter bank
    # can ask for what was already offered
    scenario = _scenario(scenario_id)
    lines = [line for line in scenario.counter if words.lower() in line.lower()]
    answers = [line for bank in scenario.proposal_answers.values() for line in bank]
    lines += [line for line in answers if words.lower() in line.lower()]
    assert lines, f"no counter or answer in {scenario_id} says {words!r}"
    assert all(scenario.already_offered(line, [proposal]) for line in lines)
    assert not any(scenario.already_offered(line, ["Could we find a time that works for you?"]) for line in lines)


def test_every_scenario_with_counters_says_what_they_ask_for() -> None:
    scenarios = [load_scenario_file(path) for path in sorted(SCENARIOS_DIR.glob("*.yaml"))]
    with_counters = [s for s in scenarios if s.counter]
    assert len(with_counters) >= 9 and all(s.asks_for for s in with_counters)


@pytest.mark.parametrize("persona", ["skeptical", "defensive"])
def test_a_proposal_that_says_when_in_words_is_never_asked_for_specifics(detector: MoveDetector, persona: str) -> None:
    # "Could I send you my questions the day before…?" got "What would that look like in practice? Give me specifics."
    session = play(detector, "not-working", persona, [
        "I wanted to talk about how our sessions are going.",
        "The last three sessions drifted to your projects, and I'm leaving without answers on the team-lead questions.",
        "Could I send you my questions the day before, so we start with those?",
    ], difficulty="hard")
    reply = [t.text for t in session.transcript if t.role == "partner"][-1]
    assert session.reactions[-1].intent in ("counter", "accept"), reply
    assert "day before" not in reply  # the counter that asks for it is left out
    assert reply not in get_persona(persona).pin_down


@pytest.mark.parametrize("persona", ["warm", "busy", "skeptical", "defensive"])
def test_a_first_proposal_asking_them_to_send_something_is_no_question_of_who_sends_the_invite(
        detector: MoveDetector, persona: str) -> None:
    # "Could you send me a three-line update two days before each session?" got "You send it. If it's in my
    # calendar, it happens." (the answer to "who sends the invite?")
    session = play(detector, "unprepared-mentee", persona, [
        "Thanks for coming. I want to talk about how we prepare for our sessions.",
        "The last two times you came without an agenda, and we spent half the hour working out what to discuss.",
        "Could you send me a three-line update two days before each session?",
    ], difficulty="hard")
    reply = [t.text for t in session.transcript if t.role == "partner"][-1]
    assert reply not in get_persona(persona).logistics
    assert "invite" not in reply and "send it" not in reply.lower()


def test_its_not_you_its_me_is_speaking_for_yourself_never_blame(detector: MoveDetector) -> None:
    from .conftest import moves_in

    for line in ("i mean its not you its me, i dont have time anymore", "It's not you, it's me. Work got busy."):
        assert "blame" not in moves_in(detector, line), line
    assert "i-statement" in moves_in(detector, "i mean its not you its me, i dont have time anymore")


def test_a_hedged_ending_named_is_heard_as_the_point(detector: MoveDetector) -> None:
    # "i think maybe we should stop the sessions" got "I'm not quite sure I follow. What's on your mind, really?"
    session = play(detector, "end-mentorship", "warm", ["hi", "i think maybe we should stop the sessions"])
    reply = [t.text for t in session.transcript if t.role == "partner"][-1]
    assert "not quite sure I follow" not in reply and "on your mind" not in reply, reply


def test_once_the_user_gave_specifics_the_partner_never_asks_for_them(detector: MoveDetector) -> None:
    # "I looked at the numbers, its 60k and I'd lose two years…" got "Not right how? I'd want reasons, not a feeling."
    session = play(detector, "disagree-advice", "skeptical", [
        "hey, thanks for fitting me in",
        "so I wanted to talk about something thats been bugging me a bit",
        "you gave me the advice to do the MBA but honestly I dont think its right for me now",
        "I looked at the numbers, its 60k and I'd lose two years of promotion track",
        "what if I do the leadership course at work first and we look at the MBA again next spring?",
    ], difficulty="hard")
    said = [t.text for t in session.transcript if t.role == "partner"]
    after = said[said.index(next(s for s in said if "strong reaction" in s)) + 1:] if any(
        "strong reaction" in s for s in said) else said[4:]
    assert not any("reasons, not a feeling" in line or "example" in line for line in after), said
    assert not any("shorter course" in line for line in said), said  # a course was offered already
