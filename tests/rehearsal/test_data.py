"""The scenario, persona, rubric and move files: the public ids, their links to cards, and validation."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from coach.config import BUILTIN_CARDS_DIR
from coach.rehearsal.moves import load_moves
from coach.rehearsal.rubric import card_titles, load_rubric
from coach.rehearsal.scenarios import (
    BASE_PERSONAS,
    DIFFICULTIES,
    SCENARIOS_DIR,
    STAGES,
    ScenarioFileError,
    UnknownPersonaError,
    UnknownScenarioError,
    build_custom_persona,
    build_custom_scenario,
    get_persona,
    get_scenario,
    list_personas,
    list_scenarios,
    load_scenario_file,
)

from .conftest import SCRIPTS_DIR

PUBLIC_IDS = [
    "ask-to-mentor",
    "change-cadence",
    "not-working",
    "receive-criticism",
    "disagree-advice",
    "frequent-cancels",
    "end-mentorship",
    "give-critical-feedback",
    "unprepared-mentee",
]


def test_every_public_scenario_id_exists_and_nothing_else_is_listed() -> None:
    assert sorted(s.id for s in list_scenarios()) == sorted(PUBLIC_IDS)


@pytest.mark.parametrize("scenario_id", PUBLIC_IDS)
def test_scenario_has_everything_the_briefing_needs(scenario_id: str) -> None:
    scenario = get_scenario(scenario_id)
    assert scenario.title and scenario.situation and scenario.user_goal
    assert scenario.user_role in ("mentee", "mentor") and scenario.partner_role
    assert scenario.good_looks_like and all(item.cards for item in scenario.good_looks_like)
    for persona in BASE_PERSONAS:
        for difficulty in DIFFICULTIES:
            assert scenario.lines(persona, "opening", None, difficulty)
            for stage in STAGES[1:]:
                assert scenario.lines(persona, stage, "soften", difficulty)
                assert scenario.lines(persona, stage, "harden", difficulty)


@pytest.mark.parametrize("scenario_id", PUBLIC_IDS)
def test_scenario_cites_only_cards_that_ship(scenario_id: str) -> None:
    shipped = set(card_titles(BUILTIN_CARDS_DIR))
    scenario = get_scenario(scenario_id)
    rubric = load_rubric()
    cited = set(scenario.cards) | {card for cid in scenario.rubric for card in rubric[cid].cards}
    assert cited <= shipped, cited - shipped


@pytest.mark.parametrize("scenario_id", PUBLIC_IDS)
def test_every_scenario_has_a_good_and_a_poor_script(scenario_id: str) -> None:
    for kind in ("good", "poor"):
        lines = (SCRIPTS_DIR / scenario_id / f"{kind}.txt").read_text("utf-8").split("\n")
        assert len([line for line in lines if line.strip()]) >= 5


def test_difficulty_orders_each_bank_from_mild_to_sharp() -> None:
    scenario = get_scenario("frequent-cancels")
    easy = scenario.lines("busy", "exploration", "harden", "easy")
    hard = scenario.lines("busy", "exploration", "harden", "hard")
    medium = scenario.lines("busy", "exploration", "harden", "medium")
    assert hard == tuple(reversed(easy))
    assert medium[0] == easy[1]  # the middle of the bank first
    assert sorted(medium) == sorted(easy)


def test_rubric_criteria_point_at_real_moves() -> None:
    moves = load_moves().specs
    for criterion in load_rubric().values():
        assert set(criterion.moves) <= {m for m, spec in moves.items() if spec.polarity == "positive"}
        assert set(criterion.penalised_by) <= {m for m, spec in moves.items() if spec.polarity == "negative"}
        assert criterion.hint and criterion.well_done and criterion.cards


def test_unknown_scenario_lists_the_valid_ids() -> None:
    with pytest.raises(UnknownScenarioError) as caught:
        get_scenario("make-small-talk")
    message = str(caught.value)
    assert "make-small-talk" in message
    assert all(scenario_id in message for scenario_id in [*PUBLIC_IDS, "custom"])


def test_unknown_persona_lists_the_valid_ids() -> None:
    with pytest.raises(UnknownPersonaError) as caught:
        get_persona("grumpy")
    assert all(p in str(caught.value) for p in [*BASE_PERSONAS, "custom"])


def test_personas_are_the_four_base_ones_with_distinct_voices() -> None:
    personas = list_personas()
    assert [p.id for p in personas] == list(BASE_PERSONAS)
    assert len({p.voice for p in personas}) == 4
    assert get_persona("warm").start_rapport > get_persona("defensive").start_rapport


def test_custom_scenario_uses_the_description_and_infers_the_users_role() -> None:
    as_mentee = build_custom_scenario("My manager-mentor keeps forgetting our agreed promotion plan.")
    assert as_mentee.situation == "My manager-mentor keeps forgetting our agreed promotion plan."
    assert (as_mentee.user_role, as_mentee.partner_role) == ("mentee", "mentor")
    as_mentor = build_custom_scenario("My mentee   has missed two deadlines\nin a row.")
    assert as_mentor.situation == "My mentee has missed two deadlines in a row."
    assert (as_mentor.user_role, as_mentor.partner_role) == ("mentor", "mentee")
    with pytest.raises(ValueError, match="describe"):
        build_custom_scenario("   ")
    with pytest.raises(ValueError, match="limit"):
        build_custom_scenario("x" * 1001)


def test_custom_persona_is_layered_on_the_closest_base_persona() -> None:
    terse = build_custom_persona("Very terse, always rushing between meetings.")
    assert (terse.id, terse.bank) == ("custom", "busy")
    assert terse.description == "Very terse, always rushing between meetings."
    doubter = build_custom_persona("Questions everything and asks for evidence.")
    assert doubter.bank == "skeptical"
    assert build_custom_persona("Kind and chatty.").bank == "warm"
    assert build_custom_persona("Kind and chatty.", base="defensive").bank == "defensive"


def test_a_broken_scenario_file_is_named_with_its_problem(tmp_path: Path) -> None:
    data = yaml.safe_load((SCENARIOS_DIR / "frequent-cancels.yaml").read_text("utf-8"))
    del data["partner"]["busy"]["exploration"]["harden"]
    broken = tmp_path / "frequent-cancels.yaml"
    broken.write_text(yaml.safe_dump(data), "utf-8")
    with pytest.raises(ScenarioFileError, match=r"frequent-cancels.yaml: partner.busy.exploration.harden"):
        load_scenario_file(broken)

    data = yaml.safe_load((SCENARIOS_DIR / "frequent-cancels.yaml").read_text("utf-8"))
    data["rubric"] = "mind-reading"
    broken.write_text(yaml.safe_dump(data), "utf-8")
    with pytest.raises(ScenarioFileError, match="rubric must name one of the rubric kinds"):
        load_scenario_file(broken)

    data = yaml.safe_load((SCENARIOS_DIR / "frequent-cancels.yaml").read_text("utf-8"))
    del data["their_side"]
    broken.write_text(yaml.safe_dump(data), "utf-8")
    with pytest.raises(ScenarioFileError, match="'their_side' needs a non-empty list"):
        load_scenario_file(broken)

    renamed = tmp_path / "other-name.yaml"
    renamed.write_text((SCENARIOS_DIR / "frequent-cancels.yaml").read_text("utf-8"), "utf-8")
    with pytest.raises(ScenarioFileError, match="must match the file name"):
        load_scenario_file(renamed)


def test_a_bank_can_give_explicit_lines_per_difficulty(tmp_path: Path) -> None:
    data = yaml.safe_load((SCENARIOS_DIR / "frequent-cancels.yaml").read_text("utf-8"))
    data["partner"]["busy"]["opening"] = {"easy": ["Hi!"], "medium": ["Hi."], "hard": ["What now?"]}
    path = tmp_path / "frequent-cancels.yaml"
    path.write_text(yaml.safe_dump(data), "utf-8")
    scenario = load_scenario_file(path)
    assert [scenario.lines("busy", "opening", None, d)[0] for d in DIFFICULTIES] == ["Hi!", "Hi.", "What now?"]
