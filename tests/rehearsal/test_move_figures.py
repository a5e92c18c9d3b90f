"""Move detection holds its measured figures on labelled lines (``coach eval --rehearsal``).

Three held-out sets, never tuned on: one written with the first train lines, two written later by
separate writers who saw only the move definitions (the honest measure of new phrasings). Figures
are in BENCHMARKS.md; these floors are set just under what was measured so that a regression
fails, not so that the test passes.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from coach.rehearsal.move_eval import (
    ALL_SETS,
    DEV_SET,
    MIN_F1_GAIN,
    MemoEmbedder,
    MoveReport,
    _best_decision,
    load_labelled,
    run_move_evaluation,
    suggest_decisions,
)
from coach.rehearsal.moves import DECISION_THRESHOLD, load_moves


def macro(report: MoveReport) -> tuple[float, float]:
    scores = report.scores.values()
    return sum(s.precision for s in scores) / len(scores), sum(s.recall for s in scores) / len(scores)


@pytest.fixture(scope="module")
def reports(embedder: Any) -> dict[tuple[str, str], MoveReport]:
    found = run_move_evaluation(embedder, ALL_SETS, ["patterns", "learned"])
    return {(r.dataset, r.detector.split(" ")[0]): r for r in found}


def test_the_labelled_set_is_big_and_varied_enough(reports: dict[tuple[str, str], MoveReport]) -> None:
    sets = [reports[(name, "learned")] for name in ("train", "holdout", "holdout2", "holdout3", "holdout4")]
    assert sum(report.lines for report in sets) >= 1_000
    for report in sets:
        assert all(s.true_positive + s.false_negative >= 4 for s in report.scores.values())


def test_the_learned_detector_holds_its_figures_and_beats_patterns(reports: dict[tuple[str, str], MoveReport]) -> None:
    # Measured (BENCHMARKS.md, round 50): train 5-fold P 0.852 R 0.817, holdout 0.922 / 0.970, holdout2 0.869 /
    # 0.890, holdout3 0.903 / 0.867, holdout4 (a fourth writer, definitions only) 0.923 / 0.915. The train lines
    # hold the hard cases reviews 49 and 50 showed (pushing back, "What if I…" proposals, repeat-backs, sarcasm
    # with thanks in it, warm lines read as blame), so its 5-fold figure fell while the held-out sets held.
    # Session 54 (reviews 55-56's 44 hard lines: excuses that blame the audience, "in like 2005" sarcasm, proposals
    # after a change of mind, thanks without "thank", warm lines read as sarcasm) took train 5-fold to P 0.837
    # R 0.801 while every held-out set held (0.923 / 0.970, 0.869 / 0.901, 0.895 / 0.869, 0.929 / 0.915): the
    # train floor follows, just under. Session 55 (review 56's leftovers: blame and sarcasm with no marker word,
    # "I'll ping you tonight" follow-ups, questions about their side, 21 lines) held train at P 0.837 R 0.801, with
    # held-out 0.916 / 0.970, 0.859 / 0.905, 0.897 / 0.880, 0.924 / 0.912. Session 63 (review r14's second-language
    # facts and thanks, put-downs, 31 lines): train P 0.839 R 0.801, held-out 0.924 / 0.977, 0.868 / 0.900,
    # 0.897 / 0.875, 0.942 / 0.922. Session 64 (review r15's ultimatums, jabs in passing, recounted agreements,
    # thanks for openness, 17 lines; blame's decision -0.3 -> 0.0 as suggested): train P 0.839 R 0.798, held-out
    # 0.931 / 0.977, 0.867 / 0.895, 0.896 / 0.869, 0.934 / 0.911. Session 65 (review r16's self-criticism,
    # second-language invitations, judgements of work, put-downs, single incidents, 39 lines; asks-their-view's
    # decision -0.3 -> 0.2 as suggested): train P 0.837 R 0.788, held-out 0.915 / 0.977, 0.859 / 0.889,
    # 0.895 / 0.868, 0.935 / 0.916. Each hard line added lowers the train folds' recall a little while the
    # held-out sets hold, so the train floor sits at 0.78 and the held-out sets, never tuned on, carry the 0.85 aim.
    floors = {"train": 0.78, "holdout": 0.85, "holdout2": 0.85, "holdout3": 0.85, "holdout4": 0.85}
    for dataset, floor in floors.items():
        precision, recall = macro(reports[(dataset, "learned")])
        assert precision >= floor and recall >= floor, (dataset, precision, recall)
        pattern_f1 = sum(macro(reports[(dataset, "patterns")])) / 2
        assert (precision + recall) / 2 >= pattern_f1, dataset
    # Per move the weakest measured is acknowledgement's recall on holdout3, 0.56 (BENCHMARKS.md):
    # below the 0.85 aim, held here so that it cannot get worse unseen.
    per_move_floor = {"holdout": 0.6, "holdout2": 0.6, "holdout3": 0.5, "holdout4": 0.6}
    for dataset, floor in per_move_floor.items():
        for move, score in reports[(dataset, "learned")].scores.items():
            assert score.precision >= floor and score.recall >= floor, (dataset, move)


def test_a_move_threshold_moves_only_for_a_real_gain_in_f1() -> None:
    labelled = np.array([True] * 10 + [False] * 10)
    # Every positive above 1.0 and every negative between -0.2 and 0.9: only a threshold at or above
    # 0.9 separates them, and F1 rises from 0.67 (the default -0.3 finds all 20) to 1.0.
    separable = np.array([1.5] * 10 + [-0.2, 0.0, 0.2, 0.5, 0.9, -0.2, 0.0, 0.2, 0.5, 0.9])
    assert _best_decision(separable, labelled, DECISION_THRESHOLD) == 0.9
    # One negative of ten sits just above the default: -0.2 leaves it out, F1 0.952 -> 1.0, kept.
    one_off = np.array([1.5] * 10 + [-0.2] + [-1.0] * 9)
    assert _best_decision(one_off, labelled, DECISION_THRESHOLD) == -0.2
    # The same stray negative among a hundred positives: F1 0.995 -> 1.0, a gain under MIN_F1_GAIN,
    # so the shared default stays (a threshold is not moved to fit one line).
    many = np.array([1.5] * 100 + [-0.2] + [-1.0] * 99)
    assert MIN_F1_GAIN > 1.0 - 200 / 201
    assert _best_decision(many, np.array([True] * 100 + [False] * 100), DECISION_THRESHOLD) == DECISION_THRESHOLD
    # The threshold in use is the one kept, not the default: the F1 curve is flat near its top, and a few new
    # train lines must not move a threshold by a point of log-odds for a gain nobody can measure.
    assert _best_decision(many, np.array([True] * 100 + [False] * 100), 0.5) == 0.5
    assert _best_decision(separable, labelled, 0.5) == 0.9  # 0.5 lets two negatives through: a real gain


# 5-fold training over all 1,726 train lines: 40 s on a quiet machine, over 300 s in one clean-clone CI run under load
@pytest.mark.timeout(900)
def test_the_data_file_thresholds_are_the_ones_the_train_lines_suggest(embedder: Any) -> None:
    suggested = suggest_decisions(MemoEmbedder(embedder), load_labelled(DEV_SET))
    assert {move: spec.decision for move, spec in load_moves().specs.items()} == suggested
