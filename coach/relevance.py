"""How relevant is a piece of guidance to a question? Cosine similarity of MiniLM embeddings.

Retrieval ranks passages (reciprocal-rank fusion has no absolute scale), so it always returns
something, even for a question no card covers. The ask job needs an absolute signal: this is it.
The same local MiniLM model that retrieval uses embeds the question and each passage; when the
model cannot load, word overlap stands in so the coach still answers.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from typing import Protocol

from coach.checks import content_stems
from coach.lazy_patterns import lazy_regex

RELEVANCE_FLOOR = 0.42
"""Below this MiniLM cosine similarity, no card covers the question (see tests/data/ask_scope.json).

Over the app's own retrieval (the four passages it returns), 0.42 keeps 39 of the 40 covered
questions and turns away all 40 uncovered ones; 0.45 lost a second covered question and short ones
that never say "mentor" ("What should I bring to my first meeting?" scored 0.447)."""
RELATION_FLOOR = 0.39
"""The floor for a question that names a mentoring relation (a mentor, a mentee, someone senior to meet):
"I have my first meeting with a very senior VP next week, what should I bring" scored 0.415. Over the
labelled set, no uncovered question naming one scores above 0.354 ("my mentor said learn SQL, what's the best SQL
course"), and a lunch venue with a mentor 0.386; the covered ones that never say "mentor" score from 0.415 up."""
_RELATION = lazy_regex(r"\b(?:mentor\w*|mentee\w*|sponsor|senior|director|vp|vice president|executive|exec|"
                       r"cto|ceo|cfo|partner at|head of|supervisor|manager|team lead|lead|"
                       # someone the user mentors at work ("my apprentice keeps turning up late", review 78)
                       r"apprentice|trainee|intern|direct report|new hire|new starter)s?\b", re.IGNORECASE)
"""Words naming someone the user is in a mentoring or working relation with."""
POINT_FLOOR = 0.30
"""A point of an answer must be at least this similar to the question to be worth a bullet."""
POINT_MARGIN = 0.25
"""...and within this of the answer's closest point: MiniLM scores short lines noisily, so the floor is relative."""
LEXICAL_FLOOR = 0.15
"""The floor for the word-overlap fallback, whose scale differs from the model's."""


class Similarity(Protocol):
    """Scores each text's relevance to the query, higher is closer."""

    def __call__(self, query: str, texts: Sequence[str]) -> list[float]:
        """One score per text."""
        ...


_VECTORS: dict[str, list[float]] = {}
"""Passage embeddings already computed: the same cards come back for question after question."""
_MAX_CACHED = 4096
_VECTORS_LOCK = threading.Lock()


def minilm_similarity(query: str, texts: Sequence[str]) -> list[float]:
    """Cosine similarity of the query to each text (the embeddings are unit length)."""
    # The same query model retrieval uses: the verified ONNX export when the index has one (no torch).
    from coach.config import Settings
    from coach.query_model import query_embedder

    embedder = query_embedder(Settings.from_env())
    # One thread embeds what is missing while the others wait and then reuse it: sessions asking
    # at once used to embed the same passages side by side, multiplying the work on a shared CPU.
    # The question is cached too: one answer scores it against several sets of texts.
    with _VECTORS_LOCK:
        missing = [t for t in dict.fromkeys((query, *texts)) if t not in _VECTORS]
        if missing:
            if len(_VECTORS) + len(missing) > _MAX_CACHED:
                _VECTORS.clear()
            _VECTORS.update(zip(missing, embedder.embed_documents(missing), strict=True))
        vectors = [_VECTORS[t] for t in (query, *texts)]
    return [sum(a * b for a, b in zip(vectors[0], vector, strict=True)) for vector in vectors[1:]]


def lexical_similarity(query: str, texts: Sequence[str]) -> list[float]:
    """Share of the query's key words that each text uses (a fallback when the model is missing)."""
    wanted = set(content_stems(query))
    if not wanted:
        return [0.0 for _ in texts]
    return [len(wanted & set(content_stems(text))) / len(wanted) for text in texts]


def similarity(query: str, texts: Sequence[str]) -> tuple[list[float], float, float]:
    """Scores for ``texts`` and the (answer, point) floors that go with the scorer that produced them."""
    try:
        floor = RELATION_FLOOR if _RELATION.search(query) else RELEVANCE_FLOOR
        return minilm_similarity(query, texts), floor, POINT_FLOOR
    except (ImportError, OSError, RuntimeError):
        return lexical_similarity(query, texts), LEXICAL_FLOOR, LEXICAL_FLOOR
