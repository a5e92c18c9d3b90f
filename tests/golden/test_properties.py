"""Property tests that draw inputs from the golden corpus's shapes, recombined.

Each example takes every field from some corpus entry of the same job, so the messy shapes
(shorthand, run-ons, honorifics, "Name, role", dates) meet each other in new combinations.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.tasks.base import FieldError
from coach.tasks.registry import get_task
from tests.golden.corpus import load, render

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
READING = ("reads_well", "faithful")


def recombined(job: str) -> st.SearchStrategy[dict[str, Any]]:
    """Entries whose every field comes from some corpus entry of ``job``, and that the form accepts."""
    entries = load(job)
    names = sorted({name for e in entries for name in e["fields"]})
    pools = {n: sorted({str(e["fields"][n]) for e in entries if n in e["fields"]}) for n in names}
    return st.fixed_dictionaries({n: st.sampled_from(pools[n]) for n in names}).map(
        lambda fields: {"shape": "recombined", "fields": fields}
    ).filter(lambda entry: _accepted(job, entry["fields"]))


def _accepted(job: str, fields: dict[str, Any]) -> bool:
    """Whether the form takes these fields; the one refusal a recombination can meet is feedback the user was
    given, set to be given ("boss say to me I am…" with Direction "give"), and it says to set Direction."""
    try:
        get_task(job).validate(fields)
    except FieldError as error:
        assert job == "feedback" and error.field_name == "direction" and '"received"' in str(error)
        return False
    return True


@pytest.mark.parametrize("job", ["outreach", "summary", "feedback", "prepare"])
@SETTINGS
@given(data=st.data())
def test_any_mix_of_corpus_shapes_gives_a_draft_whose_checks_run(job: str, data: st.DataObject) -> None:
    entry = data.draw(recombined(job))
    result = render(job, entry)
    assert result["text"].strip()
    names = {
        c.name for c in get_task(job).check(result["text"], result["subject"], get_task(job).validate(entry["fields"]))
    }
    assert set(READING) <= names  # the reading checks run on every draft
    assert all(hint for hint in result["failed_checks"].values())  # a failing check always says what to fix


@pytest.mark.parametrize("job", ["outreach", "summary", "feedback", "prepare"])
@SETTINGS
@given(data=st.data())
def test_any_mix_of_corpus_shapes_reads_well_and_stays_faithful(job: str, data: st.DataObject) -> None:
    entry = data.draw(recombined(job))
    failed = render(job, entry)["failed_checks"]
    assert not {name: failed[name] for name in READING if name in failed}
