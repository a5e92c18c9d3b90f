"""Every offline draft in the golden corpus passes every check, the reading checks included.

Every draft of the golden corpus must pass every check: a failure lists the job, case and hint.
"""

from __future__ import annotations

from typing import Any

import pytest

from coach.checks import find_blanks
from tests.golden.corpus import cases, render

pytestmark = pytest.mark.timeout(900)


def test_every_corpus_draft_passes_every_check() -> None:
    failures = []
    for job, index, entry in cases():
        rendered = render(job, entry)
        failed = {name: hint for name, hint in rendered["failed_checks"].items()
                  if not _blank_left_for_the_user(name, job, entry, rendered["text"])}
        failures += [f"{job}[{index}] {entry['shape']}: {name}: {hint}" for name, hint in failed.items()]
    assert not failures, f"{len(failures)} failed checks:\n" + "\n".join(failures)


def _blank_left_for_the_user(check: str, job: str, entry: dict[str, Any], text: str) -> bool:
    """A feedback script to give keeps a blank for a behaviour or impact the user did not give; the check
    saying "fill it in" is the right answer there, not a flaw."""
    fields = entry["fields"]
    return (check == "filled_in" and job == "feedback" and fields.get("direction") == "give"
            and bool(find_blanks(text)) and not all(fields.get(f) for f in ("behaviour", "impact")))
