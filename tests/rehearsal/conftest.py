"""Fixtures for the rehearsal tests: the real move detector (cached per line), scripts, LLM settings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from llm_server import LLMServer

from coach.config import Settings
from coach.rehearsal.moves import DetectedMove, MoveDetector
from coach.rehearsal.scenarios import list_scenarios

SCRIPTS_DIR = Path(__file__).parent / "scripts"
SCENARIO_IDS = [s.id for s in list_scenarios()]


OFFLINE = Settings(engine="offline")


def play(detector: MoveDetector, scenario: str, persona: str, lines: list[str], difficulty: str = "medium"):  # type: ignore[no-untyped-def]
    """An offline rehearsal of ``lines`` (stopping where the partner ends it)."""
    from coach.rehearsal.session import RehearsalSession

    session = RehearsalSession(scenario, persona, difficulty, engine="offline", detector=detector, settings=OFFLINE)  # type: ignore[arg-type]
    for line in lines:
        if not session.ended:
            session.respond(line)
    return session


def moves_in(detector: MoveDetector, line: str) -> set[str]:
    """The moves ``detector`` finds anywhere in ``line``."""
    return {m.move for m in detector.detect(line)}


def script_lines(scenario_id: str, kind: str) -> list[str]:
    """The non-empty lines of tests/rehearsal/scripts/<scenario>/<kind>.txt."""
    text = (SCRIPTS_DIR / scenario_id / f"{kind}.txt").read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


class CachingDetector(MoveDetector):
    """The real detector, remembering each line's moves: scripts are replayed under many personas."""

    def __init__(self, embedder: Any) -> None:
        super().__init__(embedder)
        self._seen: dict[str, list[DetectedMove]] = {}

    def detect(self, text: str) -> list[DetectedMove]:
        if text not in self._seen:
            self._seen[text] = super().detect(text)
        return list(self._seen[text])


@pytest.fixture(scope="session")
def detector(embedder: Any) -> MoveDetector:
    """Move detection with the real MiniLM (loaded once per test session)."""
    return CachingDetector(embedder)


def llm_settings(server: LLMServer) -> Settings:
    """Settings pointing at the loopback server, failing fast (no retries) so fallbacks are quick."""
    return Settings(openai_base_url=server.base_url, model=server.model, max_retries=0, request_timeout=10)


SOFT_REPLY = "Okay. I can hear that, and I appreciate how you put it."
HARD_REPLY = "Hmm. I don't think that's fair, and I've only got a minute."
NEUTRAL_REPLY = "Go on."
CLOSING_REPLY = "Alright, let's do that and check in on it."


def kind_of_request(request: dict[str, Any]) -> str:
    """``partner``, ``debrief`` or ``summary``: which rehearsal prompt the request was built from."""
    system = request["messages"][0]["content"]
    if "Score the user's turns" in system:
        return "debrief"
    if "keep the notes" in system:
        return "summary"
    return "partner"


def persona_responder(request: dict[str, Any]) -> str:
    """A stand-in model that follows the direction the rehearsal engine put in the partner prompt.

    Debrief requests get a deliberately partly invalid answer (see :func:`flawed_debrief`).
    """
    kind = kind_of_request(request)
    if kind == "summary":
        return "- Mentee: raised the topic.\n- Mentor: listened."
    user = request["messages"][-1]["content"]
    if kind == "debrief":
        return flawed_debrief(user)
    direction = user.split("Direction for this reply:", 1)[1].strip()
    if direction.startswith("SOFTEN and RESOLVE"):
        return CLOSING_REPLY
    if direction.startswith("SOFTEN"):
        return f"Mentor: “{SOFT_REPLY}”"  # a speaker prefix and quotes, which the partner must strip
    if direction.startswith("HARDEN"):
        return HARD_REPLY
    return NEUTRAL_REPLY


def user_turns_in(prompt: str) -> list[str]:
    """The user's turns as numbered in the debrief prompt."""
    return [line.split(": ", 1)[1] for line in prompt.splitlines() if line.startswith("User turn ")]


def flawed_debrief(prompt: str) -> str:
    """A model debrief with one of each problem the validator must catch, plus one valid criterion.

    - ``clear-opening``: a score out of range (rescored offline);
    - ``specific-observation``: invented evidence (rescored offline);
    - ``i-statements``: a real quote in the wrong case and spacing (repaired to the exact words);
    - ``invites-perspective``: a score above 0 with "not shown" (rescored offline);
    - the other criteria are missing (scored offline); ``strongest`` is not a quote.
    """
    first = user_turns_in(prompt)[0]
    sentence = first.split(". ")[0].rstrip(".")
    answer = {
        "criteria": [
            {"id": "clear-opening", "score": 7, "evidence": sentence, "hint": "Great."},
            {"id": "specific-observation", "score": 3, "evidence": "I said something I never said", "hint": "x"},
            {"id": "i-statements", "score": 1, "evidence": "  " + sentence.upper().replace(" ", "  "), "hint": "ok"},
            {"id": "invites-perspective", "score": 2, "evidence": "not shown", "hint": "Ask."},
            {"id": "listens-acknowledges", "score": 0, "evidence": "not shown", "hint": "Reflect back first."},
        ],
        "strongest": "A line nobody said.",
        "weakest": first,
        "better_line": "A calmer, clearer way to say it.",
    }
    return "Here is the debrief:\n```json\n" + json.dumps(answer) + "\n```"
