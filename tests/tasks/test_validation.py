from __future__ import annotations

import pytest

from coach.tasks import get_task
from coach.tasks.base import FieldError

OUTREACH = {
    "mentor_name": "Ines Duarte",
    "mentor_context": "Head of Research at Acme",
    "why_them": "your talk on diary studies",
    "goal": "moving into UX research",
    "ask": "a 20-minute call next month",
}


def test_defaults_are_filled_in() -> None:
    values = get_task("outreach").validate(OUTREACH)
    assert values["channel"] == "email" and values["tone"] == "warm" and values["about_me"] is None
    assert get_task("prepare").validate({"goals": "x"})["meeting_minutes"] == 30
    assert get_task("summary").validate({"mentor_name": "A", "notes": "n"})["kind"] == "full"


@pytest.mark.parametrize(
    ("task", "raw", "field"),
    [
        ("outreach", {k: v for k, v in OUTREACH.items() if k != "ask"}, "ask"),
        ("prepare", {"goals": "   "}, "goals"),
        ("feedback", {"feedback": "x"}, "direction"),
        ("summary", {"mentor_name": "Ana"}, "notes"),
        ("ask", {}, "question"),
    ],
)
def test_a_missing_required_field_is_named(task: str, raw: dict[str, str], field: str) -> None:
    with pytest.raises(FieldError, match=f"^{field} is required") as error:
        get_task(task).validate(raw)
    assert error.value.field_name == field


def test_a_bad_choice_lists_the_choices() -> None:
    with pytest.raises(FieldError, match=r"channel must be one of: email, linkedin_note, linkedin_message, chat"):
        get_task("outreach").validate({**OUTREACH, "channel": "fax"})
    with pytest.raises(FieldError, match=r"direction must be one of: received, give"):
        get_task("feedback").validate({"direction": "sideways", "feedback": "x"})
    with pytest.raises(FieldError, match=r"kind must be one of: full, thanks"):
        get_task("summary").validate({"mentor_name": "A", "notes": "n", "kind": "long"})


@pytest.mark.parametrize(
    ("task", "raw", "field", "limit"),
    [
        ("outreach", {**OUTREACH, "mentor_name": "N" * 81}, "mentor_name", 80),
        ("outreach", {**OUTREACH, "why_them": "w " * 151}, "why_them", 300),
        ("summary", {"mentor_name": "A", "notes": "n" * 6001}, "notes", 6000),
        ("ask", {"question": "q" * 2001}, "question", 2000),
    ],
)
def test_over_long_text_is_rejected_with_the_limit(task: str, raw: dict[str, str], field: str, limit: int) -> None:
    with pytest.raises(FieldError, match=f"the limit is {limit}") as error:
        get_task(task).validate(raw)
    assert error.value.field_name == field


def test_text_at_the_limit_is_accepted() -> None:
    assert len(get_task("outreach").validate({**OUTREACH, "mentor_name": "N" * 80})["mentor_name"]) == 80


@pytest.mark.parametrize(("raw", "expected"), [("45", 45), (" 60 ", 60), (90, 90), ("10", 10), ("180", 180)])
def test_meeting_minutes_parse_as_whole_numbers(raw: object, expected: int) -> None:
    assert get_task("prepare").validate({"goals": "g", "meeting_minutes": raw})["meeting_minutes"] == expected


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("half an hour", "must be a whole number"),
        ("4.5", "must be a whole number"),
        (True, "must be a whole number"),
        ("9", "between 10 and 180"),
        ("181", "between 10 and 180"),
    ],
)
def test_bad_meeting_minutes_are_rejected(raw: object, message: str) -> None:
    with pytest.raises(FieldError, match=message) as error:
        get_task("prepare").validate({"goals": "g", "meeting_minutes": raw})
    assert error.value.field_name == "meeting_minutes"


def test_an_unknown_field_lists_the_job_fields() -> None:
    with pytest.raises(FieldError, match="ask has no field 'topic'; its fields are: question"):
        get_task("ask").validate({"question": "q", "topic": "t"})
