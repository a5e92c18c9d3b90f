"""Every scenario played with its good and poor script, under both engines.

The partner must move the right way (softer for the good script, harder for the poor one), the good
script must score higher in total and on every criterion where the two differ, and every quote in the
debrief must be the user's own words.
"""

from __future__ import annotations

from collections import Counter

import pytest
from llm_server import LLMServer

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.rubric import NOT_SHOWN
from coach.rehearsal.scenarios import BASE_PERSONAS, DIFFICULTIES, get_persona, get_scenario
from coach.rehearsal.scoring import Debrief, poor_quotes
from coach.rehearsal.session import RehearsalSession

from .conftest import (
    CLOSING_REPLY,
    HARD_REPLY,
    SCENARIO_IDS,
    SOFT_REPLY,
    kind_of_request,
    llm_settings,
    persona_responder,
    script_lines,
)


def play(session: RehearsalSession, lines: list[str]) -> RehearsalSession:
    for line in lines:
        if session.ended:
            break
        session.user_turn(line)
    session.end()
    return session


def tones(session: RehearsalSession) -> Counter[str]:
    return Counter(reaction.tone for reaction in session.reactions)


def assert_quotes_are_real(debrief: Debrief, session: RehearsalSession) -> None:
    turns = session.user_turns
    for criterion in debrief.criteria:
        assert criterion.evidence == NOT_SHOWN or any(criterion.evidence in t for t in turns), criterion
    assert debrief.strongest == NOT_SHOWN or any(debrief.strongest in t for t in turns)
    # Without a poor turn there is nothing to rewrite: the better line is a line to add.
    assert debrief.weakest in turns or (debrief.weakest == NOT_SHOWN and debrief.better_line not in turns)
    assert debrief.strongest not in poor_quotes(session.detections)


def assert_good_outranks_poor(good: Debrief, poor: Debrief) -> None:
    assert good.total > poor.total
    assert [c.id for c in good.criteria] == [c.id for c in poor.criteria]
    for g, p in zip(good.criteria, poor.criteria, strict=True):
        assert 0 <= g.score <= 3 and 0 <= p.score <= 3
        assert g.score >= p.score, f"{g.id}: good {g.score} < poor {p.score}"


@pytest.mark.parametrize("scenario_id", SCENARIO_IDS)
def test_offline_partner_and_debrief_for_every_persona_and_difficulty(scenario_id: str, detector: MoveDetector) -> None:
    good_lines, poor_lines = script_lines(scenario_id, "good"), script_lines(scenario_id, "poor")
    for persona in BASE_PERSONAS:
        for difficulty in DIFFICULTIES:
            label = f"{scenario_id}/{persona}/{difficulty}"
            good = play(
                RehearsalSession(scenario_id, persona, difficulty, engine="offline", detector=detector), good_lines
            )
            poor = play(
                RehearsalSession(scenario_id, persona, difficulty, engine="offline", detector=detector), poor_lines
            )
            assert good.rapport > poor.rapport, label
            assert tones(good)["soften"] > tones(poor)["soften"], label
            assert tones(poor)["harden"] > tones(good)["harden"], label
            assert good.end_reason == "resolution" and not poor.reactions[-1].resolved, label
            good_replies = [t.text for t in good.transcript if t.role == "partner"]
            assert good.reactions[-1].intent == "resolve", label
            assert not set(good_replies) & set(get_persona(persona).cold["vagueness"]), label
            for session in (good, poor):
                said = [t.text for t in session.transcript if t.role == "partner"]
                assert len(said) == len(set(said)), label  # no line twice in a session
            good_debrief, poor_debrief = good.debrief(), poor.debrief()
            assert_good_outranks_poor(good_debrief, poor_debrief)
            assert_quotes_are_real(good_debrief, good)
            assert_quotes_are_real(poor_debrief, poor)


@pytest.mark.parametrize("scenario_id", SCENARIO_IDS)
def test_llm_partner_and_validated_debrief(scenario_id: str, detector: MoveDetector, llm_server: LLMServer) -> None:
    llm_server.responder = persona_responder
    index = SCENARIO_IDS.index(scenario_id)
    persona, difficulty = BASE_PERSONAS[index % 4], DIFFICULTIES[index % 3]
    settings = llm_settings(llm_server)
    sessions = {}
    for kind in ("good", "poor"):
        session = RehearsalSession(scenario_id, persona, difficulty, engine="llm", settings=settings, detector=detector)
        sessions[kind] = play(session, script_lines(scenario_id, kind))
        assert session.engine == f"llm:{llm_server.model}" and not session.notices
    good, poor = sessions["good"], sessions["poor"]

    def replies(session: RehearsalSession) -> Counter[str]:
        return Counter(t.text for t in session.transcript[1:] if t.role == "partner")

    assert replies(good)[SOFT_REPLY] > replies(poor)[SOFT_REPLY]
    assert replies(poor)[HARD_REPLY] > replies(good)[HARD_REPLY]
    assert good.transcript[-1].text == CLOSING_REPLY  # the model was told to resolve, and did

    partner_requests = [r for r in llm_server.requests if kind_of_request(r) == "partner"]
    system = partner_requests[0]["messages"][0]["content"]
    assert get_persona(persona).voice in system and get_scenario(scenario_id).situation in system
    assert f"Difficulty: {difficulty}" in system and "<guidance>" in system
    assert (
        "<turn>\n" + script_lines(scenario_id, "good")[0] + "\n</turn>" in partner_requests[0]["messages"][1]["content"]
    )

    good_debrief, poor_debrief = good.debrief(), poor.debrief()
    for debrief in (good_debrief, poor_debrief):
        assert debrief.engine == f"llm:{llm_server.model}"
        assert any("not 0-3" in r for r in debrief.repairs) or "clear-opening" not in get_scenario(scenario_id).rubric
        rubric = get_scenario(scenario_id).rubric
        assert any("not a quote" in r for r in debrief.repairs) or "specific-observation" not in rubric
        assert any("exact words" in r for r in debrief.repairs)
        assert any("strongest" in r for r in debrief.repairs)
    assert_good_outranks_poor(good_debrief, poor_debrief)
    assert_quotes_are_real(good_debrief, good)
    assert_quotes_are_real(poor_debrief, poor)


MIDDLING = ["frequent-cancels", "change-cadence", "give-critical-feedback"]


@pytest.mark.parametrize("scenario_id", MIDDLING)
def test_a_middling_script_scores_between_poor_and_good(scenario_id: str, detector: MoveDetector) -> None:
    totals = {}
    for kind in ("poor", "middling", "good"):
        session = RehearsalSession(scenario_id, "warm", "medium", engine="offline", detector=detector)
        totals[kind] = play(session, script_lines(scenario_id, kind)).debrief().total
    assert totals["poor"] < totals["middling"] < totals["good"], totals
