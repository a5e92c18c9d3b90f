"""Find conversational moves (blame, I-statements, concrete proposals…) in what the user says.

Two detectors work together on each sentence of a turn:

- patterns: regular expressions from ``prompts/rehearse_moves.yaml``, precise on the common phrasings;
- embeddings: the local MiniLM compares the sentence with example utterances of each move, which
  catches paraphrases the patterns miss.

The moves, their examples and patterns are data; this module holds only the logic. The embedder is
injected, so logic tests can use a fake and the real coach uses :func:`coach.embeddings.load_embedder`.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, Protocol

import numpy as np
import yaml

from coach.config import PROMPTS_DIR

Polarity = Literal["positive", "negative"]
MOVES_PATH = PROMPTS_DIR / "rehearse_moves.yaml"
DEFAULT_THRESHOLD = 0.62
"""Cosine similarity to an example utterance that counts as the move (MiniLM, normalised vectors).

Measured on the shipped examples and scripts: paraphrases of the same act score 0.65-0.9, the same
topic said with a different act 0.3-0.6. Per-move overrides live in the data file.
"""

EMBEDDING_MARGIN = 0.05
"""An embedding hit must also be (nearly) the sentence's nearest move: a vague sentence that happens to
sit 0.63 from an I-statement example but 0.8 from a vague one is vague, not both."""

_SENTENCE = re.compile(r"[^.!?…\n]+(?:[.!?…]+[\"'”’)]*|$)", re.MULTILINE)


class SentenceEmbedder(Protocol):
    """What move detection needs from an embedding model (``MiniLMEmbedder`` or a test fake)."""

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """One unit-length vector per text."""
        ...


class MovesFileError(ValueError):
    """The moves data file is malformed; the message names the move and the problem."""


@dataclass(frozen=True)
class MoveSpec:
    """One move as described in the data file."""

    id: str
    polarity: Polarity
    label: str
    patterns: tuple[re.Pattern[str], ...]
    turn_patterns: tuple[re.Pattern[str], ...]
    examples: tuple[str, ...]
    vetoed_by: tuple[str, ...]
    threshold: float


@dataclass(frozen=True)
class DetectedMove:
    """A move found in one sentence of a user turn; ``quote`` is an exact substring of the turn."""

    move: str
    polarity: Polarity
    quote: str
    via: Literal["pattern", "embedding"]
    similarity: float | None = None


class MoveCatalogue:
    """Every move, in file order, with the example vectors cached per embedder."""

    def __init__(self, specs: Sequence[MoveSpec]) -> None:
        self.specs = {spec.id: spec for spec in specs}
        self._vectors: weakref.WeakKeyDictionary[Any, tuple[np.ndarray, list[str]]] = weakref.WeakKeyDictionary()

    @property
    def positive(self) -> tuple[str, ...]:
        """Ids of the moves that soften the partner."""
        return tuple(i for i, s in self.specs.items() if s.polarity == "positive")

    @property
    def negative(self) -> tuple[str, ...]:
        """Ids of the moves that make the partner escalate or go cold."""
        return tuple(i for i, s in self.specs.items() if s.polarity == "negative")

    def example_vectors(self, embedder: SentenceEmbedder) -> tuple[np.ndarray, list[str]]:
        """All example vectors (one row each) and the move id of each row, embedded once per embedder."""
        cached = self._vectors.get(embedder)
        if cached is None:
            owners = [spec.id for spec in self.specs.values() for _ in spec.examples]
            texts = [example for spec in self.specs.values() for example in spec.examples]
            cached = (np.asarray(embedder.embed_documents(texts), dtype=np.float32), owners)
            self._vectors[embedder] = cached
        return cached


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``, each an exact substring of it (stripped of surrounding space)."""
    pieces = (match.group(0).strip() for match in _SENTENCE.finditer(text))
    return [piece for piece in pieces if any(ch.isalnum() for ch in piece)]


class MoveDetector:
    """Detects moves in user turns with patterns plus (when an embedder is given) embeddings."""

    def __init__(self, embedder: SentenceEmbedder | None, catalogue: MoveCatalogue | None = None) -> None:
        self.embedder = embedder
        self.catalogue = catalogue or load_moves()

    def detect(self, text: str) -> list[DetectedMove]:
        """Every move in ``text``, one entry per (sentence, move), in sentence order."""
        sentences = split_sentences(text)
        if not sentences:
            return []
        similar = self._embedding_hits(sentences)
        found: list[DetectedMove] = []
        for sentence, by_embedding in zip(sentences, similar, strict=True):
            found.extend(self._sentence_moves(sentence, by_embedding))
        found.extend(self._turn_moves(text, sentences, {m.move for m in found}))
        return found

    def _sentence_moves(self, sentence: str, by_embedding: dict[str, float]) -> list[DetectedMove]:
        hits: dict[str, DetectedMove] = {}
        for spec in self.catalogue.specs.values():
            if any(p.search(sentence) for p in spec.patterns):
                hits[spec.id] = DetectedMove(spec.id, spec.polarity, sentence, "pattern")
            elif spec.id in by_embedding:
                similarity = round(by_embedding[spec.id], 3)
                hits[spec.id] = DetectedMove(spec.id, spec.polarity, sentence, "embedding", similarity)
        present = set(hits)
        return [hit for move, hit in hits.items() if not present & set(self.catalogue.specs[move].vetoed_by)]

    def _turn_moves(self, text: str, sentences: list[str], already: set[str]) -> list[DetectedMove]:
        """Moves that only show across a whole turn (three apologies in three sentences)."""
        found = []
        for spec in self.catalogue.specs.values():
            if spec.id in already:
                continue
            match = next((m for p in spec.turn_patterns if (m := p.search(text))), None)
            if match is not None:
                quote = next((s for s in sentences if match.group(0)[:8] in s), sentences[0])
                found.append(DetectedMove(spec.id, spec.polarity, quote, "pattern"))
        return found

    def _embedding_hits(self, sentences: list[str]) -> list[dict[str, float]]:
        """For each sentence, the moves whose nearest example passes the threshold and is close to the best."""
        if self.embedder is None:
            return [{} for _ in sentences]
        examples, owners = self.catalogue.example_vectors(self.embedder)
        vectors = np.asarray(self.embedder.embed_documents(sentences), dtype=np.float32)
        similarities = vectors @ examples.T
        hits: list[dict[str, float]] = []
        for row in similarities:
            best: dict[str, float] = {}
            for owner, value in zip(owners, row, strict=True):
                best[owner] = max(best.get(owner, -1.0), float(value))
            top = max(best.values())
            hits.append(
                {
                    move: value
                    for move, value in best.items()
                    if value >= self.catalogue.specs[move].threshold and value >= top - EMBEDDING_MARGIN
                }
            )
        return hits


@lru_cache(maxsize=4)
def load_moves(path: Path = MOVES_PATH) -> MoveCatalogue:
    """The move catalogue from the data file (cached; the file ships with the coach)."""
    data = yaml.safe_load(path.read_text("utf-8"))
    entries = data.get("moves") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries:
        raise MovesFileError(f"{path.name}: expected a 'moves' list")
    specs = [_spec(entry, path.name) for entry in entries]
    ids = {spec.id for spec in specs}
    for spec in specs:
        unknown = set(spec.vetoed_by) - ids
        if unknown:
            raise MovesFileError(f"{path.name}: move {spec.id!r} is vetoed by unknown moves {sorted(unknown)}")
    return MoveCatalogue(specs)


def _spec(entry: Any, filename: str) -> MoveSpec:
    if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
        raise MovesFileError(f"{filename}: every move needs an 'id'")
    move_id = entry["id"]
    polarity = entry.get("polarity")
    if polarity not in ("positive", "negative"):
        raise MovesFileError(f"{filename}: move {move_id!r} needs polarity positive or negative")
    sentence_patterns, turn_patterns = [], []
    try:
        for raw in entry.get("patterns") or []:
            if isinstance(raw, dict):
                turn_patterns.append(re.compile(str(raw["pattern"]), re.IGNORECASE))
            else:
                sentence_patterns.append(re.compile(str(raw), re.IGNORECASE))
    except (re.error, KeyError) as error:
        raise MovesFileError(f"{filename}: move {move_id!r} has a bad pattern: {error}") from None
    examples = tuple(str(e) for e in entry.get("examples") or [])
    if not examples:
        raise MovesFileError(f"{filename}: move {move_id!r} needs example utterances")
    return MoveSpec(
        id=move_id,
        polarity=polarity,
        label=str(entry.get("label", move_id)),
        patterns=tuple(sentence_patterns),
        turn_patterns=tuple(turn_patterns),
        examples=examples,
        vetoed_by=tuple(entry.get("vetoed_by") or ()),
        threshold=float(entry.get("threshold", DEFAULT_THRESHOLD)),
    )
