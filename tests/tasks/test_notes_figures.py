"""The summary email holds its measured figures on labelled notes (``coach eval --notes``, BENCHMARKS.md).

The held-out set (``tests/data/notes_holdout.jsonl``) was written by a writer who saw only the label
definitions; only the choice of model family (n-grams over embeddings) saw its figures (BENCHMARKS.md).
The floors sit just under what was measured, so that a regression fails, not so that the test passes.
"""

from __future__ import annotations

import pytest

from coach.tasks.notes_eval import ALL_SETS, NotesReport, run_notes_evaluation


@pytest.fixture(scope="module")
def reports() -> dict[str, NotesReport]:
    return {report.dataset: report for report in run_notes_evaluation(ALL_SETS)}


def test_the_sets_are_big_enough(reports: dict[str, NotesReport]) -> None:
    assert sum(report.drafts for report in reports.values()) >= 190
    assert all(report.count("private") >= 20 for report in reports.values())


def test_private_lines_stay_out_of_the_email_and_nothing_else_is_lost(reports: dict[str, NotesReport]) -> None:
    # Measured: before this reader 90 % of the held-out private lines reached the email; the cues alone
    # left 51 %, with the learned reader 39 %. Advice recapped 96 -> 95 %, news 94 -> 94 %; tasks under the
    # right owner 74 -> 77 % with the owner readings that followed.
    holdout = reports["notes_holdout"]
    assert holdout.leaks() <= 0.42
    assert holdout.kept("advice") >= 0.93 and holdout.kept("update") >= 0.9
    assert holdout.task_accuracy() >= 0.75 and holdout.task_precision() >= 0.82
    for name in ("dev1", "dev2"):  # the sets the cues were written from
        assert reports[name].leaks() <= 0.1, name
