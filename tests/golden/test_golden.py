"""Snapshots of every offline draft in the golden corpus, so each wording change is seen in review.

After a deliberate change to a composer, regenerate and review the diff:
``.venv/bin/pytest tests/golden --snapshot-update``.
"""

from __future__ import annotations

from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from tests.golden.corpus import case_id, cases, render

CASES = cases()
pytestmark = pytest.mark.timeout(900)  # ask's relevance loads MiniLM


def test_the_corpus_is_big_and_varied() -> None:
    shapes = {entry["shape"] for _, _, entry in CASES}
    assert len(CASES) >= 120
    assert {"verb-first", "shorthand", "non-native", "run-on", "name-role", "honorific", "12/3", "next week"} <= shapes


@pytest.mark.parametrize("case", CASES, ids=[case_id(c) for c in CASES])
def test_offline_draft_matches_its_snapshot(case: tuple[str, int, dict[str, Any]], snapshot: SnapshotAssertion) -> None:
    job, _, entry = case
    assert render(job, entry) == snapshot
