"""The offline debrief: the rubric scored from the same move detection that drives the partner.

Every criterion gets 0-3, a quote from the user's own turns as evidence (or "not shown") and a
one-line hint citing a card. The strongest moment is the user's best sentence; the better line
rewrites the weakest turn, using the scenario's model line for what went wrong in it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coach.config import BUILTIN_CARDS_DIR
from coach.rehearsal.moves import DetectedMove
from coach.rehearsal.rubric import MAX_SCORE, NOT_SHOWN, Criterion, cite, load_rubric
from coach.rehearsal.scenarios import Scenario
from coach.tasks.base import Citation

NEGATIVE_SEVERITY = ("blame", "sarcasm", "absolutes", "over-apologising", "vagueness")
"""Which poor move the better line fixes first when a turn has several."""


@dataclass(frozen=True)
class CriterionScore:
    """One scored criterion."""

    id: str
    name: str
    score: int
    evidence: str
    hint: str

    def to_json(self) -> dict[str, Any]:
        """The shape inside ``debrief.criteria`` of ``coach rehearse --json``."""
        return {"name": self.name, "score": self.score, "evidence": self.evidence, "hint": self.hint}


@dataclass
class Debrief:
    """The scored debrief of one rehearsal, from either engine."""

    criteria: list[CriterionScore]
    strongest: str
    better_line: str
    weakest: str
    """The user's weakest turn (verbatim), which ``better_line`` rewrites; "not shown" without turns."""
    sources: list[Citation]
    engine: str = "offline"
    repairs: list[str] = field(default_factory=list)
    """What the code had to fix in a model's debrief (empty offline)."""

    @property
    def total(self) -> int:
        """Sum of the criterion scores (always computed, never taken from a model)."""
        return sum(c.score for c in self.criteria)

    @property
    def max_total(self) -> int:
        """The best possible total for this scenario."""
        return MAX_SCORE * len(self.criteria)

    def score_of(self, criterion_id: str) -> int:
        """The score of one criterion by id."""
        return next(c.score for c in self.criteria if c.id == criterion_id)

    def to_json(self) -> dict[str, Any]:
        """The ``debrief`` object of ``coach rehearse --json``."""
        return {
            "criteria": [c.to_json() for c in self.criteria],
            "total": self.total,
            "strongest": self.strongest,
            "better_line": self.better_line,
            "sources": [{"id": s.id, "title": s.title} for s in self.sources],
        }


def criterion_card(criterion: Criterion, scenario: Scenario) -> str | None:
    """The card a criterion's hint cites: the first of its cards the scenario draws on, else its first."""
    preferred = [card for card in criterion.cards if card in scenario.cards]
    candidates = preferred or list(criterion.cards)
    return candidates[0] if candidates else None


def debrief_sources(scenario: Scenario, cards_dir: Path = BUILTIN_CARDS_DIR) -> list[Citation]:
    """The cards cited by the debrief's hints, numbered in rubric order."""
    rubric = load_rubric()
    cards = [card for cid in scenario.rubric if (card := criterion_card(rubric[cid], scenario))]
    return cite(cards, cards_dir)


def score_criterion(
    criterion: Criterion, detections: Sequence[Sequence[DetectedMove]], citation: int | None = None
) -> CriterionScore:
    """Score one criterion from the moves found in each user turn (index 0 is the first turn)."""
    support = [(turn, m.quote) for turn, moves in enumerate(detections) for m in moves if m.move in criterion.moves]
    against = [
        (turn, m.quote) for turn, moves in enumerate(detections) for m in moves if m.move in criterion.penalised_by
    ]
    if criterion.opening_only:
        opening = [quote for turn, quote in support if turn == 0]
        base = MAX_SCORE if opening else (1 if support else 0)
        against = [item for item in against if item[0] == 0]
        evidence_pool = opening or [quote for _, quote in support]
    else:
        evidence_pool = list(dict.fromkeys(quote for _, quote in support))
        shown = len(evidence_pool)
        base = 0 if not shown else max(1, MAX_SCORE - max(0, criterion.full_at - shown))
    penalty = min(len({quote for _, quote in against}), 2)
    score = max(1, base - penalty) if base else 0
    counter = [quote for _, quote in against]
    clean = [quote for quote in evidence_pool if quote not in counter]
    evidence = (clean or evidence_pool)[0] if base else (counter[0] if counter else NOT_SHOWN)
    hint = criterion.well_done if score == MAX_SCORE else criterion.hint
    if citation is not None:
        hint = f"{hint} [{citation}]"
    return CriterionScore(criterion.id, criterion.name, score, evidence, hint)


def _turn_balance(moves: Sequence[DetectedMove]) -> float:
    positive = {m.move for m in moves if m.polarity == "positive"}
    negative = {m.move for m in moves if m.polarity == "negative"}
    return len(positive) - 1.5 * len(negative)


def strongest_moment(detections: Sequence[Sequence[DetectedMove]]) -> str:
    """The user's sentence carrying the most distinct good moves (and no poor ones), or "not shown"."""
    best: tuple[int, str] | None = None
    for moves in detections:
        by_quote: dict[str, set[str]] = {}
        for m in moves:
            by_quote.setdefault(m.quote, set()).add(m.move if m.polarity == "positive" else "!")
        for quote, kinds in by_quote.items():
            if "!" in kinds:
                continue
            if best is None or len(kinds) > best[0]:
                best = (len(kinds), quote)
    return best[1] if best else NOT_SHOWN


def better_line(
    scenario: Scenario, user_turns: Sequence[str], detections: Sequence[Sequence[DetectedMove]]
) -> tuple[str, str]:
    """``(weakest turn, rewrite)``: the rewrite fixes the worst poor move in the weakest turn."""
    if not user_turns:
        return NOT_SHOWN, scenario.better_lines["default"]
    weakest = min(range(len(user_turns)), key=lambda i: (_turn_balance(detections[i]), i))
    present = {m.move for m in detections[weakest] if m.polarity == "negative"}
    fix = next((move for move in NEGATIVE_SEVERITY if move in present), "default")
    return user_turns[weakest], scenario.better_lines.get(fix, scenario.better_lines["default"])


def score_offline(
    scenario: Scenario,
    user_turns: Sequence[str],
    detections: Sequence[Sequence[DetectedMove]],
    cards_dir: Path = BUILTIN_CARDS_DIR,
) -> Debrief:
    """The whole offline debrief for one rehearsal."""
    rubric = load_rubric()
    sources = debrief_sources(scenario, cards_dir)
    number = {s.id: s.number for s in sources}
    criteria = []
    for criterion_id in scenario.rubric:
        criterion = rubric[criterion_id]
        card = criterion_card(criterion, scenario)
        criteria.append(score_criterion(criterion, detections, number.get(card) if card else None))
    weakest, rewrite = better_line(scenario, user_turns, detections)
    return Debrief(
        criteria=criteria,
        strongest=strongest_moment(detections),
        better_line=rewrite,
        weakest=weakest,
        sources=sources,
    )
