"""The golden corpus: realistic, messy inputs for every job, and the offline drafts they produce.

Inputs live in ``tests/data/golden/<job>.json``, each with the ``shape`` it exercises (verb-first,
pronoun-first, plurals, shorthand, non-native English, run-ons, "Name, role", honorifics, dates
such as "by Fri", "12/3", "next week"). Drafts are composed offline against the fixed test guidance,
so they are deterministic: no index, no model (except MiniLM for ask's relevance).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from coach.knowledge import SearchResult
from coach.tasks.base import Check, Style, resolve_citations
from coach.tasks.registry import get_task, initial_style
from tests.tasks.support import (
    ASK_GUIDANCE,
    GIVE_GUIDANCE,
    OUTREACH_GUIDANCE,
    PREPARE_GUIDANCE,
    RECEIVE_GUIDANCE,
    SUMMARY_GUIDANCE,
)

CORPUS_DIR = Path(__file__).parent.parent / "data" / "golden"
JOBS = ("outreach", "summary", "feedback", "prepare", "ask")


def load(job: str) -> list[dict[str, Any]]:
    """The corpus entries for one job."""
    return json.loads((CORPUS_DIR / f"{job}.json").read_text("utf-8"))


def cases() -> list[tuple[str, int, dict[str, Any]]]:
    """Every ``(job, index, entry)`` in the corpus."""
    return [(job, i, entry) for job in JOBS for i, entry in enumerate(load(job))]


def case_id(case: tuple[str, int, dict[str, Any]]) -> str:
    job, index, entry = case
    return f"{job}-{index:02d}-{entry['shape'].replace(' ', '_')}"


def guidance_for(job: str, values: dict[str, Any]) -> list[SearchResult]:
    """The fixed test guidance each job's composer is given."""
    if job == "feedback":
        return GIVE_GUIDANCE if values.get("direction") == "give" else RECEIVE_GUIDANCE
    return {"outreach": OUTREACH_GUIDANCE, "summary": SUMMARY_GUIDANCE, "prepare": PREPARE_GUIDANCE,
            "ask": ASK_GUIDANCE}[job]  # fmt: skip


def render(job: str, entry: dict[str, Any], style: Style | None = None) -> dict[str, Any]:
    """The offline draft for one entry, as the user would receive it (text, subject, rationale, checks)."""
    task = get_task(job)
    values = task.validate(entry["fields"])
    fixed = task.preflight(values)
    guidance = guidance_for(job, values)
    composition = fixed or task.scope_reply(values, guidance)
    if composition is None:
        chosen = style or initial_style(values)
        composition = task.finalize(task.compose(values, guidance, chosen), values)
    text, sources = resolve_citations(composition.body, guidance)
    checks: list[Check] = task.check(text, composition.subject, values)
    return {
        "subject": composition.subject,
        "text": text,
        "rationale": getattr(composition, "rationale", ""),
        "sources": [s.id for s in sources],
        "failed_checks": {c.name: c.hint for c in checks if not c.passed},
    }
