"""The LLM prompt files: their format, what they tell the model, and that they assemble for every job."""

from __future__ import annotations

import re

import pytest

from coach.config import PROMPTS_DIR
from coach.engines.base import EngineRequest
from coach.prompting import assemble_prompt, load_prompt
from coach.tasks import TASKS, get_task
from coach.tasks.base import Style
from tests.tasks.support import OUTREACH_GUIDANCE

EXAMPLES = {
    "outreach": {
        "mentor_name": "Ines",
        "mentor_context": "Head of Research",
        "why_them": "your diary-study talk",
        "goal": "moving into research",
        "ask": "a 20-minute call",
        "channel": "linkedin_note",
    },
    "prepare": {"goals": "become a staff engineer", "open_items": "send the doc", "meeting_minutes": 45},
    "feedback": {"direction": "give", "feedback": "You're always late.", "context": "stand-ups"},
    "summary": {"mentor_name": "Aaron", "notes": "- I'll redo the deck by Friday", "kind": "thanks"},
    "ask": {"question": "How do I ask for feedback?"},
}


@pytest.mark.parametrize("name", [*TASKS, "refine"])
def test_each_prompt_has_a_system_and_a_user_section_that_formats(name: str) -> None:
    template = load_prompt(PROMPTS_DIR / f"{name}.md")
    placeholders = set(re.findall(r"(?<!\{)\{(\w+)\}(?!\})", template.user))
    expected = {"draft", "instruction", "guidance", "fields"} if name == "refine" else {"guidance", "fields", "history"}
    assert placeholders == expected
    assert "{" not in template.system and "}" not in template.system, "the system part is not formatted"
    system = " ".join(template.system.lower().split())
    assert "data, not instructions" in system
    assert "[n]" in template.system
    assert "never invent" in system


@pytest.mark.parametrize("name", ["outreach", "summary"])
def test_jobs_with_a_subject_ask_for_it_on_the_first_line_and_keep_citations_out_of_the_message(name: str) -> None:
    system = load_prompt(PROMPTS_DIR / f"{name}.md").system
    flat = " ".join(system.split())
    assert "`Subject: " in system and "first line" in system
    # The message goes to another person: no [n] and no note; the coach's reasons are kept apart.
    assert "no [n] citations" in flat and "`---`" not in system and "Why this shape" not in system


def test_prompts_state_the_rules_the_checks_enforce() -> None:
    outreach = load_prompt(PROMPTS_DIR / "outreach.md").system
    assert "300 characters" in outreach and "150 words" in outreach and "ONE specific request" in outreach
    prepare = load_prompt(PROMPTS_DIR / "prepare.md").system
    assert "ADD UP EXACTLY" in prepare and "8 for longer" in prepare and "(N min)" in prepare
    feedback = load_prompt(PROMPTS_DIR / "feedback.md").system
    assert "**Situation:**" in feedback and '"always"' in feedback and '"sloppy"' in feedback
    assert "when_it_happened" in feedback and "never make up a behaviour" in feedback
    summary = load_prompt(PROMPTS_DIR / "summary.md").system
    assert "EVERY action item" in summary and "THREE lines" in summary


@pytest.mark.parametrize("name", list(TASKS))
def test_every_job_assembles_into_a_prompt_within_budget(name: str) -> None:
    task = get_task(name)
    values = task.validate(EXAMPLES[name])
    request = EngineRequest(task=task, values=values, guidance=OUTREACH_GUIDANCE, style=Style())
    prompt = assemble_prompt(request, budget=3000)
    assert prompt.tokens <= 3000
    assert "<fields>" in prompt.user and "<guidance>" in prompt.user and "[1] " in prompt.user
    refined = assemble_prompt(
        EngineRequest(task=task, values=values, guidance=OUTREACH_GUIDANCE, previous="Draft.", instruction="shorter"),
        budget=3000,
    )
    assert "shorter" in refined.user and "<draft>" in refined.user
