"""Classes found in session 42 (the round 41 re-read, twenty blind drafts): each test names the class it holds."""

from __future__ import annotations

from typing import Any

from coach.tasks.base import Style
from tests.tasks.support import offline_draft


def _draft(job: str, values: dict[str, Any], style: Style | None = None) -> tuple[str, str, dict[str, bool]]:
    draft, checks = offline_draft(job, values, style)
    return draft.body, draft.rationale, {check.name: check.passed for check in checks}


def test_a_topic_before_a_dash_is_the_topic_of_its_note_and_a_dash_alone_is_no_choice() -> None:
    # round 41: "Boundaries - stop taking work home: what would you do in my place?" and "Get my licence (2 exams
    # left - PPD and CE): what would you weigh up first?" (a dash read as a choice), and "= not retaining anything"
    body, _, checks = _draft("prepare", {
        "mentor_name": "Bev", "meeting_minutes": 45,
        "goals": "boundaries - stop taking work home\nget my licence (2 exams left - PPD and CE)",
        "challenges": "pricing!! no idea what to charge\nstudying after 9pm = not retaining anything"})
    assert "Today I'd most like to talk about boundaries: stop taking work home." in body
    assert "**Main topic: Boundaries - stop taking work home**" in body  # one colon in a heading
    assert "**Challenge: Pricing - no idea what to charge**" in body
    assert "Boundaries: stop taking work home. What would you focus on first?" in body
    assert "how would you get my licence (2 exams left - PPD and CE)?" in body
    assert "I've been studying after 9pm: not retaining anything." in body
    assert "weigh up" not in body and " = " not in body and checks["reads_well"]


def test_a_choice_is_still_weighed_up_after_a_dash() -> None:
    body, _, _ = _draft("prepare", {
        "goals": "masters - now or later\nfinish SHRM-CP or CIPD level 5 - still not decided which one",
        "meeting_minutes": 45})
    assert "Masters - now or later: what would you weigh up first?" in body
    assert "Finish SHRM-CP or CIPD level 5 - still not decided which one: what would you" in body
