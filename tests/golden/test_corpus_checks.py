"""Every offline draft in the golden corpus passes every check, the reading checks included.

Every draft of the golden corpus must pass every check: a failure lists the job, case and hint.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.golden.corpus import cases, render
from tests.tasks.support import left_to_the_user

pytestmark = pytest.mark.timeout(900)


def test_every_corpus_draft_passes_every_check() -> None:
    failures = []
    for job, index, entry in cases():
        rendered = render(job, entry)
        failed = {name: hint for name, hint in rendered["failed_checks"].items()
                  if not _blank_left_for_the_user(name, job, entry, rendered["text"])
                  and not _too_long_as_typed(name, rendered["rationale"])
                  and not _vague_as_typed(name, hint)
                  and not _unbounded_as_typed(name, rendered["rationale"])}
        failures += [f"{job}[{index}] {entry['shape']}: {name}: {hint}" for name, hint in failed.items()]
    assert not failures, f"{len(failures)} failed checks:\n" + "\n".join(failures)


def _blank_left_for_the_user(check: str, job: str, entry: dict[str, Any], text: str) -> bool:
    """What only the user knows, asked of them instead of invented: the check saying so is the right answer."""
    fields = entry["fields"]
    if job != "feedback" or fields.get("direction") != "give" or check not in left_to_the_user(text):
        return False
    return not fields.get("behaviour") if check == "filled_in" else not fields.get("impact")


def _too_long_as_typed(check: str, rationale: str) -> bool:
    """A note whose required facts alone pass the limit: kept whole, and the user told which field to shorten."""
    return check == "length" and "nothing of yours cut: shorten" in rationale


def _vague_as_typed(check: str, hint: str) -> bool:
    """An ask the user typed vaguely ("pick your brain"): used as typed, and the check says to make it specific."""
    return check == "one_specific_ask" and hint.startswith("Make your ask specific")


def _unbounded_as_typed(check: str, rationale: str) -> bool:
    """An ask the user gave no bound ("coffee when she is in Malmö or a call"): sent as typed, and the rationale
    says so, as the check does (review 78: a duration in the reason had passed the check on the whole message)."""
    return check == "time_boxed" and "your ask gives no time limit" in rationale
