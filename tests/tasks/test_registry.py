from __future__ import annotations

import pytest

from coach.tasks import TASKS, UnknownTaskError, get_task, task_names
from coach.tasks.base import Style, TaskSpec
from coach.tasks.registry import initial_style


def test_the_five_jobs_are_registered_in_order() -> None:
    assert task_names() == ("outreach", "prepare", "feedback", "summary", "ask")
    assert list(TASKS) == list(task_names())
    assert all(isinstance(t, TaskSpec) and t.name == name for name, t in TASKS.items())


def test_get_task_finds_a_job_by_name_ignoring_case_and_space() -> None:
    assert get_task("prepare") is TASKS["prepare"]
    assert get_task("  Summary ") is TASKS["summary"]


def test_unknown_task_message_lists_the_valid_names() -> None:
    with pytest.raises(UnknownTaskError) as error:
        get_task("rehearsal")
    assert isinstance(error.value, ValueError)
    assert str(error.value) == "unknown task 'rehearsal'; choose one of: outreach, prepare, feedback, summary, ask"


def test_every_job_has_a_prompt_file_and_described_fields() -> None:
    for task in TASKS.values():
        assert task.prompt_path.is_file(), task.name
        assert task.title and task.description
        names = [f.name for f in task.fields]
        assert len(names) == len(set(names))
        assert all(f.label and f.help and f.max_chars > 0 for f in task.fields)


def test_field_names_are_the_public_contract() -> None:
    fields = {name: [f.name for f in task.fields] for name, task in TASKS.items()}
    assert fields == {
        "outreach": ["mentor_name", "mentor_context", "why_them", "about_me", "goal", "ask", "channel", "tone",
                     "my_name"],
        "prepare": ["mentor_name", "goals", "progress", "challenges", "meeting_minutes", "open_items"],
        "feedback": [
            "direction", "feedback", "context", "person_name", "when_it_happened", "behaviour", "impact", "request"
        ],
        "summary": ["mentor_name", "notes", "next_meeting", "kind", "my_name"],
        "ask": ["question"],
    }


def test_a_new_draft_starts_in_the_tone_the_user_chose() -> None:
    assert initial_style({"tone": "formal"}) == Style(tone="formal")
    assert initial_style({"question": "x"}) == Style()
