"""Move detection holds its measured figures on labelled lines (``coach eval --rehearsal``).

The held-out lines were written with the train lines, before any figure was seen, and nothing was
tuned on them. Figures are in BENCHMARKS.md; these floors are set just under what was measured so
that a regression fails, not so that the test passes.
"""

from __future__ import annotations

from typing import Any

import pytest

from coach.rehearsal.move_eval import DEV_SET, HOLDOUT_SET, MoveReport, run_move_evaluation


def macro(report: MoveReport) -> tuple[float, float]:
    scores = report.scores.values()
    return sum(s.precision for s in scores) / len(scores), sum(s.recall for s in scores) / len(scores)


@pytest.fixture(scope="module")
def reports(embedder: Any) -> dict[tuple[str, str], MoveReport]:
    found = run_move_evaluation(embedder, [DEV_SET, HOLDOUT_SET], ["patterns", "learned"])
    return {(r.dataset, r.detector.split(" ")[0]): r for r in found}


def test_the_labelled_set_is_big_and_varied_enough(reports: dict[tuple[str, str], MoveReport]) -> None:
    train, held = reports[("train", "learned")], reports[("holdout", "learned")]
    assert train.lines + held.lines >= 300
    for report in (train, held):
        assert all(s.true_positive + s.false_negative >= 4 for s in report.scores.values())


def test_the_learned_detector_holds_its_figures_and_beats_patterns(reports: dict[tuple[str, str], MoveReport]) -> None:
    for dataset in ("train", "holdout"):
        precision, recall = macro(reports[(dataset, "learned")])
        assert precision >= 0.85 and recall >= 0.85, (dataset, precision, recall)
        pattern_f1 = sum(macro(reports[(dataset, "patterns")])) / 2
        assert (precision + recall) / 2 >= pattern_f1, dataset
    for move, score in reports[("holdout", "learned")].scores.items():
        assert score.precision >= 0.6 and score.recall >= 0.4, move
