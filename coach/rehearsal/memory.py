"""Conversation memory that stays within a token budget (cl100k, via :mod:`coach.tokens`).

Recent turns are kept word for word. When the rendered memory would pass the budget, the oldest
turns are folded into a summary. Two things survive every fold, whichever summariser is used:

- commitments ("I'll send an agenda by Friday", "let's meet fortnightly"), extracted by code, so a
  model summary can never lose them;
- key facts (sentences with numbers, dates or frequencies), kept by the offline summariser.

The LLM engine may pass a model-backed summariser for the notes; commitments are still kept by code.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from coach.lazy_patterns import lazy_regex
from coach.rehearsal.moves import split_sentences
from coach.tokens import count_tokens, truncate_to_tokens

Role = Literal["user", "partner"]
MAX_NOTES = 12
"""Key-fact lines kept by the offline summariser; the oldest go first."""
MIN_BUDGET = 120

_COMMITMENT = lazy_regex(
    r"\b(?:I will|I['’]ll|I am going to|I['’]m going to|let['’]s|let us|we['’]ll|we will|we agreed|"
    r"I promise|I commit|shall we|I can (?:send|do|bring|book|share|write)|you['’]ll|you will)\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|half|once|twice"
_FACT = lazy_regex(
    r"\b(?:\d+|" + _NUMBER_WORDS + r"|weekly|fortnightly|monthly|daily|every (?:other )?\w+|minutes?|hours?|"
    r"weeks?|months?|tomorrow|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|"
    r"february|march|april|may|june|july|august|september|october|november|december|deadline|promotion|"
    r"report)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class MemoryTurn:
    """One remembered turn."""

    role: Role
    text: str


Summariser = Callable[[Sequence[str], Sequence[MemoryTurn]], list[str]]
"""``(previous notes, turns being folded) -> new notes``: one short line per note."""


def extract_commitments(turns: Sequence[MemoryTurn], labels: dict[Role, str]) -> list[str]:
    """Sentences that promise or agree something, attributed to their speaker."""
    return [
        f"{labels[turn.role]}: {sentence}"
        for turn in turns
        for sentence in split_sentences(turn.text)
        if _COMMITMENT.search(sentence)
    ]


def offline_summariser(labels: dict[Role, str]) -> Summariser:
    """Deterministic notes: the previous notes plus every sentence that states a key fact."""

    def summarise(previous: Sequence[str], turns: Sequence[MemoryTurn]) -> list[str]:
        facts = [
            f"{labels[turn.role]}: {sentence}"
            for turn in turns
            for sentence in split_sentences(turn.text)
            if _FACT.search(sentence) and not _COMMITMENT.search(sentence)
        ]
        return list(dict.fromkeys([*previous, *facts]))[-MAX_NOTES:]

    return summarise


class ConversationMemory:
    """Recent turns verbatim plus a summary of older ones, rendered within ``budget_tokens``."""

    def __init__(
        self,
        budget_tokens: int,
        *,
        labels: dict[Role, str] | None = None,
        summariser: Summariser | None = None,
        min_recent: int = 2,
    ) -> None:
        self.budget = max(MIN_BUDGET, budget_tokens)
        self.labels: dict[Role, str] = labels or {"user": "User", "partner": "Partner"}
        self.summariser: Summariser = summariser or offline_summariser(self.labels)
        self.min_recent = min_recent
        self.notes: list[str] = []
        self.commitments: list[str] = []
        self.recent: list[MemoryTurn] = []
        self.folded_turns = 0

    def add(self, role: Role, text: str) -> None:
        """Remember a turn, folding older turns into the summary when over budget."""
        self.recent.append(MemoryTurn(role, truncate_to_tokens(text.strip(), self.budget // 4)))
        if self.tokens() > self.budget:
            self._fold()
        self._fit_summary()
        self._fit_recent()

    def summarise_offline(self) -> None:
        """Use the deterministic summariser from now on (the model is no longer available)."""
        self.summariser = offline_summariser(self.labels)

    def summary_text(self) -> str:
        """The summary of folded turns (empty before the first fold)."""
        parts = []
        if self.notes:
            parts.append("Earlier in the conversation:\n" + "\n".join(f"- {n}" for n in self.notes))
        if self.commitments:
            parts.append("Commitments so far:\n" + "\n".join(f"- {c}" for c in self.commitments))
        return "\n".join(parts)

    def render(self) -> str:
        """Summary and recent turns as one text (what the budget is measured on)."""
        recent = "\n".join(f"{self.labels[t.role]}: {t.text}" for t in self.recent)
        summary = self.summary_text()
        return f"{summary}\n\nRecent turns:\n{recent}" if summary else recent

    def tokens(self) -> int:
        """cl100k tokens of :meth:`render`."""
        return count_tokens(self.render())

    def _fold(self) -> None:
        """Fold the older half of the recent turns at once, so a model summariser is called rarely."""
        foldable = len(self.recent) - self.min_recent
        if foldable <= 0:
            return
        count = max(1, (len(self.recent) + 1) // 2) if foldable > 1 else 1
        count = min(count, foldable)
        folding, self.recent = self.recent[:count], self.recent[count:]
        self.folded_turns += count
        self.commitments = list(dict.fromkeys([*self.commitments, *extract_commitments(folding, self.labels)]))
        self.notes = self.summariser(self.notes, folding)

    def _fit_summary(self) -> None:
        """Keep the summary within half the budget: drop the oldest notes, then middle commitments.

        The first commitment and the latest ones stay longest: the early promise is usually what the
        conversation was for, and the latest is what is being discussed now.
        """
        limit = self.budget // 2
        while count_tokens(self.summary_text()) > limit and self.notes:
            self.notes.pop(0)
        while count_tokens(self.summary_text()) > limit and len(self.commitments) > 2:
            self.commitments.pop(1)
        if count_tokens(self.summary_text()) > limit:
            per_item = max(8, limit // (2 * max(1, len(self.commitments))))
            self.commitments = [truncate_to_tokens(c, per_item) for c in self.commitments]

    def _fit_recent(self) -> None:
        """Last resort when the turns kept verbatim are themselves too long: shorten the oldest."""
        while self.tokens() > self.budget and len(self.recent) > self.min_recent:
            self._fold()
            self._fit_summary()
        for index, turn in enumerate(self.recent):
            if self.tokens() <= self.budget:
                break
            excess = self.tokens() - self.budget
            keep = max(0, count_tokens(turn.text) - excess - 4)
            self.recent[index] = MemoryTurn(turn.role, truncate_to_tokens(turn.text, keep))
