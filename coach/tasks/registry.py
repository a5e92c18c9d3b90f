"""Every coaching job by name, in the order the CLI and the UI list them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from coach.safety import preview
from coach.tasks.ask import AskTask
from coach.tasks.base import Style, TaskSpec
from coach.tasks.feedback import FeedbackTask
from coach.tasks.outreach import OutreachTask
from coach.tasks.prepare import PrepareTask
from coach.tasks.summary import SummaryTask

TASKS: dict[str, TaskSpec] = {
    task.name: task for task in (OutreachTask(), PrepareTask(), FeedbackTask(), SummaryTask(), AskTask())
}
"""The jobs, in the order they happen in a mentorship: reach out, prepare, reflect, follow up, ask."""


class UnknownTaskError(ValueError):
    """A job name that is not registered; the message lists the valid names."""

    def __init__(self, name: str) -> None:
        super().__init__(f"unknown task {preview(name)}; choose one of: {', '.join(TASKS)}")
        self.name = name


def get_task(name: str) -> TaskSpec:
    """The job called ``name``, or :class:`UnknownTaskError` listing the valid names."""
    try:
        return TASKS[name.strip().lower()]
    except (KeyError, AttributeError):
        raise UnknownTaskError(str(name)) from None


def task_names() -> tuple[str, ...]:
    """The registered job names, in order."""
    return tuple(TASKS)


def initial_style(values: Mapping[str, Any]) -> Style:
    """The style a new draft starts from: the job's own ``tone`` field when it has one, else the default.

    Refinements ("more formal", "warmer") then adjust this style, and composers write in its tone.
    """
    tone = values.get("tone")
    return Style(tone=tone) if isinstance(tone, str) and tone else Style()
