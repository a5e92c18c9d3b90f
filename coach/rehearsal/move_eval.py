"""Precision and recall of move detection on the labelled lines (``coach eval --rehearsal``).

Five labelled sets, each line ``{"text": ..., "moves": [...]}`` (an empty list is a neutral line):

- train/dev, ``prompts/rehearse_moves_train.jsonl``: the learned detector is trained on it and the
  patterns were tuned on it, so it ships with the coach. The learned detector's figures on it are
  5-fold cross-validated (each fifth scored by a model trained without it);
- held-out, ``tests/data/rehearsal_moves_holdout.jsonl``: written with the first train lines,
  before any figure was seen, and never tuned on;
- held-out 2, ``tests/data/rehearsal_moves_holdout2.jsonl``: written later by a separate writer who
  saw only the move definitions (not the train lines, patterns or figures), and never tuned on.
  It is the honest measure of how detection generalises to new phrasings;
- held-out 3, ``tests/data/rehearsal_moves_holdout3.jsonl``: written by a third writer, also from the
  definitions alone, while another writer added 320 train lines without seeing any held-out set.
  Its first figures were taken before those lines were added, and it was never tuned on;
- held-out 4, ``tests/data/rehearsal_moves_holdout4.jsonl``: 180 lines by a fourth writer who read only a
  one-page description of the moves, never tuned on.

A move counts as found in a line when the detector finds it in any sentence of the line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from coach.config import PROJECT_DIR
from coach.rehearsal.moves import (
    DETECTOR_MODES,
    TRAIN_PATH,
    DetectorMode,
    LabelledLine,
    MoveDetector,
    SentenceEmbedder,
    load_moves,
    read_labelled,
    split_sentences,
    train_classifier,
)


class MemoEmbedder:
    """Embeds every sentence once, in batches: four detectors over the same lines ask many times."""

    def __init__(self, embedder: SentenceEmbedder) -> None:
        self.embedder = embedder
        self.memo: dict[str, list[float]] = {}

    def prepare(self, texts: Sequence[str]) -> None:
        """Embed all of ``texts`` (and their sentences) in one batch."""
        wanted = {t for text in texts for t in (text, *split_sentences(text))} - set(self.memo)
        ordered = sorted(wanted)
        self.memo.update(zip(ordered, self.embedder.embed_documents(ordered), strict=True))

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """The remembered vectors (embedding any text not seen yet)."""
        missing = [t for t in dict.fromkeys(texts) if t not in self.memo]
        if missing:
            self.memo.update(zip(missing, self.embedder.embed_documents(missing), strict=True))
        return [self.memo[t] for t in texts]


DATA_DIR = PROJECT_DIR / "tests" / "data"
DEV_SET = TRAIN_PATH
FOLDS = 5
HOLDOUT_SET = DATA_DIR / "rehearsal_moves_holdout.jsonl"
HOLDOUT2_SET = DATA_DIR / "rehearsal_moves_holdout2.jsonl"
HOLDOUT3_SET = DATA_DIR / "rehearsal_moves_holdout3.jsonl"
HOLDOUT4_SET = DATA_DIR / "rehearsal_moves_holdout4.jsonl"
ALL_SETS = (DEV_SET, HOLDOUT_SET, HOLDOUT2_SET, HOLDOUT3_SET, HOLDOUT4_SET)


@dataclass
class MoveScore:
    """Counts for one move over one dataset."""

    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0

    @property
    def precision(self) -> float:
        """Share of detections that were right (1.0 when nothing was detected and nothing was there)."""
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else float(self.false_negative == 0)

    @property
    def recall(self) -> float:
        """Share of labelled occurrences that were detected."""
        labelled = self.true_positive + self.false_negative
        return self.true_positive / labelled if labelled else 1.0


@dataclass
class MoveReport:
    """Per-move scores of one detector on one dataset, with the lines it got wrong."""

    dataset: str
    detector: str
    lines: int
    scores: dict[str, MoveScore]
    errors: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The shape printed by ``coach eval --rehearsal --json`` (one entry per dataset and detector)."""
        return {
            "dataset": self.dataset,
            "detector": self.detector,
            "lines": self.lines,
            "moves": {
                move: {
                    "precision": round(s.precision, 3),
                    "recall": round(s.recall, 3),
                    "support": s.true_positive + s.false_negative,
                }
                for move, s in self.scores.items()
            },
        }


def load_labelled(path: Path) -> list[LabelledLine]:
    """The labelled lines of one JSONL file; moves must be ids from the moves data file."""
    return read_labelled(path, set(load_moves().specs))


def evaluate(detector: MoveDetector, lines: Sequence[LabelledLine], dataset: str = "") -> MoveReport:
    """Per-move precision and recall of ``detector`` over ``lines``."""
    report = MoveReport(dataset, detector.mode, 0, {move: MoveScore() for move in detector.catalogue.specs})
    _score_into(report, detector, lines)
    return report


def cross_validated(embedder: SentenceEmbedder, lines: Sequence[LabelledLine], dataset: str = "") -> MoveReport:
    """The learned detector on its own training lines, each fold scored by a model trained without it."""
    catalogue = load_moves()
    report = MoveReport(dataset, "learned (5-fold)", 0, {move: MoveScore() for move in catalogue.specs})
    for fold in range(FOLDS):
        held = [line for index, line in enumerate(lines) if index % FOLDS == fold]
        rest = [line for index, line in enumerate(lines) if index % FOLDS != fold]
        classifier = train_classifier(embedder, rest, catalogue)
        _score_into(report, MoveDetector(embedder, catalogue, "learned", classifier), held)
    return report


DECISION_GRID = tuple(round(-1.5 + step / 10, 1) for step in range(31))
"""Log-odds thresholds tried per move by ``suggest_decisions`` (-1.5 to 1.5)."""
MIN_F1_GAIN = 0.02
"""A move keeps the default threshold unless another one beats its out-of-fold F1 by this much."""


def suggest_decisions(embedder: SentenceEmbedder, lines: Sequence[LabelledLine]) -> dict[str, float]:
    """Per move, the log-odds threshold with the best F1 on the train lines' out-of-fold scores.

    Each line is scored by the fold model trained without it (its best sentence per move), so the
    choice never sees a line's own label; held-out sets take no part.
    """
    catalogue = load_moves()
    moves = list(catalogue.specs)
    odds = np.zeros((len(lines), len(moves)))
    for fold in range(FOLDS):
        held = [index for index in range(len(lines)) if index % FOLDS == fold]
        classifier = train_classifier(embedder, [line for i, line in enumerate(lines) if i % FOLDS != fold], catalogue)
        for index in held:
            sentences = split_sentences(lines[index].text) or [lines[index].text]
            vectors = np.asarray(embedder.embed_documents(sentences), dtype=np.float32)
            odds[index] = classifier.scores(catalogue.features(vectors, sentences), sentences).max(axis=0)
    labelled = np.array([[move in line.moves for move in moves] for line in lines])
    return {
        move: _best_decision(odds[:, column], labelled[:, column], catalogue.specs[move].decision)
        for column, move in enumerate(moves)
    }


def _best_decision(odds: np.ndarray, labelled: np.ndarray, current: float) -> float:
    # The F1 curve is flat near its top, so a few new train lines can move its peak by a whole point of
    # log-odds; a threshold is only worth changing when another one is clearly better than the one in use.
    def f1(threshold: float) -> float:
        found = odds > threshold
        true_positive = int((found & labelled).sum())
        return 2 * true_positive / max(int(found.sum()) + int(labelled.sum()), 1)

    best = max(DECISION_GRID, key=lambda t: (f1(t), -abs(t - current)))
    return best if f1(best) >= f1(current) + MIN_F1_GAIN else current


def _score_into(report: MoveReport, detector: MoveDetector, lines: Sequence[LabelledLine]) -> None:
    scores, errors = report.scores, report.errors
    report.lines += len(lines)
    for line in lines:
        found = {m.move for m in detector.detect(line.text)}
        for move, score in scores.items():
            if move in found and move in line.moves:
                score.true_positive += 1
            elif move in found:
                score.false_positive += 1
            elif move in line.moves:
                score.false_negative += 1
        if found != line.moves:
            errors.append({"text": line.text, "labelled": sorted(line.moves), "found": sorted(found)})


def run_move_evaluation(
    embedder: SentenceEmbedder | None,
    datasets: Sequence[Path] = ALL_SETS,
    modes: Sequence[DetectorMode] = DETECTOR_MODES,
) -> list[MoveReport]:
    """Every detector mode on every dataset (embedding modes are skipped without an embedder)."""
    reports: list[MoveReport] = []
    memo = MemoEmbedder(embedder) if embedder is not None else None
    for path in datasets:
        lines = load_labelled(path)
        if memo is not None:
            catalogue = load_moves()
            memo.prepare(
                [line.text for line in lines] + [e for spec in catalogue.specs.values() for e in spec.examples]
            )
        name = "train" if path == TRAIN_PATH else path.stem.removeprefix("rehearsal_moves_")
        for mode in modes:
            if mode != "patterns" and memo is None:
                continue
            if mode == "learned" and path == TRAIN_PATH:
                assert memo is not None
                reports.append(cross_validated(memo, lines, name))
            else:
                reports.append(evaluate(MoveDetector(memo, mode=mode), lines, name))
    return reports


def table(reports: Sequence[MoveReport]) -> str:
    """A plain-text table: one row per move, precision/recall per (dataset, detector) column."""
    if not reports:
        return "No reports."
    heads = [f"{r.dataset}/{r.detector}" for r in reports]
    width = max(18, *(len(h) + 2 for h in heads))
    out = [f"{'move':20}" + "".join(f"{h:>{width}}" for h in heads)]
    for move in reports[0].scores:
        cells = [f"P {r.scores[move].precision:.2f} R {r.scores[move].recall:.2f}" for r in reports]
        out.append(f"{move:20}" + "".join(f"{c:>{width}}" for c in cells))
    lines = "".join(f"{f'({r.lines} lines)':>{width}}" for r in reports)
    out.append(f"{'':20}{lines}")
    return "\n".join(out)
