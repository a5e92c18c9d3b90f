"""Rehearsing a hard conversation: role-play with a persona, live hints, and a scored debrief.

The public API, for the CLI and the app:

- :func:`list_scenarios`, :func:`get_scenario`, :func:`build_custom_scenario` and the persona
  equivalents load the data files under ``prompts/scenarios`` and ``prompts/personas``;
- :class:`RehearsalSession` runs one rehearsal (briefing, ``user_turn``, ``hint``, ``end``,
  ``debrief``, ``to_markdown``, ``to_json``) on either engine.
"""

from coach.rehearsal.scenarios import (
    DIFFICULTIES,
    Persona,
    Scenario,
    ScenarioFileError,
    UnknownPersonaError,
    UnknownScenarioError,
    build_custom_persona,
    build_custom_scenario,
    get_persona,
    get_scenario,
    list_personas,
    list_scenarios,
    persona_ids,
    scenario_ids,
)
from coach.rehearsal.scoring import CriterionScore, Debrief
from coach.rehearsal.session import (
    Briefing,
    PartnerReply,
    RehearsalSession,
    SessionEndedError,
    TranscriptTurn,
    parse_command,
)

__all__ = [
    "DIFFICULTIES",
    "Briefing",
    "CriterionScore",
    "Debrief",
    "PartnerReply",
    "Persona",
    "RehearsalSession",
    "Scenario",
    "ScenarioFileError",
    "SessionEndedError",
    "TranscriptTurn",
    "UnknownPersonaError",
    "UnknownScenarioError",
    "build_custom_persona",
    "build_custom_scenario",
    "get_persona",
    "get_scenario",
    "list_personas",
    "list_scenarios",
    "parse_command",
    "persona_ids",
    "scenario_ids",
]
