"""Every shipped job through ``Coach`` on the offline engine and the real guidance index."""

from __future__ import annotations

import re
from typing import Any

import pytest

from coach.config import Settings
from coach.service import Coach
from coach.tasks.registry import get_task, task_names
from tests.tasks.support import rubric

SAMPLES: list[tuple[str, dict[str, Any]]] = [
    ("outreach", {
        "mentor_name": "Dr. Amaka Okafor",
        "mentor_context": "leads clinical informatics at Leeds Teaching Hospitals",
        "why_them": "your blog post on the night-shift handover checklist",
        "goal": "moving from bedside nursing into clinical informatics",
        "ask": "a 20-minute video call next month",
    }),
    ("outreach", {
        "mentor_name": "Jon Berg",
        "mentor_context": "staff engineer at a payments start-up",
        "why_them": "your talk on incident reviews",
        "goal": "growing into a tech lead role",
        "ask": "a 15-minute chat",
        "channel": "linkedin_note",
        "tone": "casual",
    }),
    ("prepare", {
        "mentor_name": "Priya",
        "goals": "Get better at SQL for analytics and plan a move to the data team.",
        "progress": "Finished two SQL courses and rebuilt our weekly report.",
        "challenges": "I hesitate to ask for help in code reviews.",
        "meeting_minutes": "30",
    }),
    ("feedback", {
        "direction": "received",
        "feedback": "My manager said my status updates are too long and bury the key risk.",
        "context": "weekly project meeting",
        "person_name": "Sam",
    }),
    ("feedback", {
        "direction": "give",
        "feedback": "Jordan interrupts teammates in stand-up and the quieter people stop contributing. Jordan's ideas "
                    "in design reviews are really good.",  # (a strength of theirs: the script invents none)
        "context": "daily stand-up",
        "person_name": "Jordan",
        "impact": "the quieter people stopped contributing",
    }),
    ("summary", {
        "mentor_name": "Priya Raman",
        "notes": "- Talked about moving into data engineering\n- Priya suggested one end-to-end pipeline project\n"
                 "- I will share a draft plan by Friday\n- Next meeting in two weeks",
        "kind": "full",
    }),
    ("summary", {"mentor_name": "Priya Raman", "notes": "Great advice on pipelines; thank you.", "kind": "thanks"}),
    ("ask", {"question": "How often should I meet my mentor?"}),
    ("ask", {"question": "My mentor keeps cancelling our meetings. What should I do?"}),
]


def test_every_registered_job_has_a_sample() -> None:
    assert {name for name, _ in SAMPLES} == set(task_names())


@pytest.mark.parametrize(("task", "fields"), SAMPLES, ids=[f"{t}-{i}" for i, (t, _) in enumerate(SAMPLES)])
def test_offline_draft_passes_its_checks_and_cites_retrieved_cards(
    guidance_settings: Settings, retriever: Any, task: str, fields: dict[str, Any]
) -> None:
    coach = Coach(guidance_settings.with_overrides(engine="offline"), retriever=retriever)
    draft = coach.draft(task, fields)

    assert draft.task == task and draft.engine == "offline" and draft.notices == []
    assert draft.text.strip()
    assert draft.checks and all(c.passed for c in rubric(draft.checks)), [c for c in draft.checks if not c.passed]
    retrieved = [g.id for g in draft.guidance]
    assert retrieved and set(retrieved) <= retriever.index.card_ids
    assert draft.sources, "the offline composer cites the guidance it follows"
    assert [s.id for s in draft.sources] == list(dict.fromkeys(s.id for s in draft.sources)), "no duplicates"
    assert {s.id for s in draft.sources} <= set(retrieved)
    for source in draft.sources:
        assert f"[{source.number}]" in f"{draft.text}\n{draft.rationale}"
    if get_task(task).recipient_message:
        assert not re.search(r"\[\d+\]", draft.text), "a message to send carries no citation markers"
        assert "Why this shape" not in draft.text and "---" not in draft.text
    assert coach.recheck(task, draft.text, draft.subject, draft.fields) == draft.checks


def test_named_refinements_of_a_real_job_keep_passing(guidance_settings: Settings, retriever: Any) -> None:
    coach = Coach(guidance_settings.with_overrides(engine="offline"), retriever=retriever)
    first = coach.draft(*SAMPLES[0])
    shorter = coach.refine(first, "shorter")
    formal = coach.refine(shorter, "more formal")
    assert len(shorter.text) < len(first.text)
    assert formal.style.tone == "formal" and formal.style.brevity == 1
    assert all(c.passed for c in rubric(shorter.checks) + rubric(formal.checks))
    assert formal.fields == first.fields


def test_the_message_and_the_coachs_reasons_are_apart(guidance_settings: Settings, retriever: Any) -> None:
    coach = Coach(guidance_settings.with_overrides(engine="offline"), retriever=retriever)
    for task, fields in SAMPLES:
        if not get_task(task).recipient_message:
            continue
        draft = coach.draft(task, {**fields, "my_name": "Sam"})
        assert draft.rationale and "[1]" in draft.rationale, task
        assert not re.search(r"\[\d+\]|Why this shape|^---", draft.text, re.MULTILINE), task
        data = draft.to_json()
        assert data["text"] == draft.text and data["rationale"] == draft.rationale
