"""Hybrid retrieval over the guidance index: dense (Chroma) and BM25, fused by reciprocal rank.

Each ranker hands only its top candidates to the fusion (:data:`PASSAGE_CANDIDATES` passages,
:data:`CARD_CANDIDATES` cards), so a search costs about the same for 50 cards or 2,000. Task and
audience filters are applied after fusion, in Python, which keeps them exact; when the filters
leave fewer than ``k`` results among the candidates, the search runs again over every passage.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

import bm25s
import numpy as np

from coach.index import Embedder, GuidanceIndex, tokenize_for_bm25
from coach.knowledge import Passage, SearchResult

T = TypeVar("T", int, str)
RetrievalMode = Literal["hybrid", "dense", "bm25"]
RRF_K = 60
"""The usual reciprocal-rank-fusion constant: it damps the weight of the very top ranks."""
PASSAGE_CANDIDATES = 100
"""Passages each ranker contributes to the fusion (rank 100 adds under 1/160 to a score)."""
CARD_CANDIDATES = 50
"""Cards each card-level ranker contributes to the fusion."""
PART_WEIGHT = 0.5
"""What one part of a long question (a clause of its story) weighs in the fusion, against the whole question's 1."""


@dataclass(frozen=True)
class _Query:
    text: str
    vector: list[float]
    weight: float


def __getattr__(name: str) -> Any:
    # The LangChain adapter imports langchain-core (about a second): only for callers that use it.
    if name == "GuidanceRetriever":
        from coach.retrieval_langchain import GuidanceRetriever

        return GuidanceRetriever
    raise AttributeError(name)


class HybridRetriever:
    """Searches a :class:`GuidanceIndex` with dense, BM25 or fused rankings."""

    def __init__(self, index: GuidanceIndex, embedder: Embedder) -> None:
        self.index = index
        self.embedder = embedder
        self._position = {p.passage_id: i for i, p in enumerate(index.passages)}
        self._by_card: dict[str, list[int]] = {}
        for i, passage in enumerate(index.passages):
            self._by_card.setdefault(passage.card_id, []).append(i)

    def search(
        self,
        query: str,
        k: int = 3,
        *,
        task: str | None = None,
        audience: str | None = None,
        per_card: int | None = 1,
        mode: RetrievalMode = "hybrid",
        also: Sequence[str] = (),
    ) -> list[SearchResult]:
        """Top ``k`` passages for ``query``; ``per_card=None`` allows any number from one card.

        Cards are ranked first, by fusing card-level rankings (best passage, whole-card vector,
        whole-card keywords); each card then contributes its best-matching passages. ``also`` are
        parts of the query searched as well, each at :data:`PART_WEIGHT` of the query's weight.
        """
        if not query.strip() or not self.index.passages:
            return []
        queries = [(query, 1.0), *((part, PART_WEIGHT) for part in also if part.strip())]
        searches = [_Query(text, self.embedder.embed_query(text) if mode != "bm25" else [], weight)
                    for text, weight in queries]
        chosen = self._search(searches, k, task, audience, per_card, mode, limit=True)
        if len(chosen) < k and (task or audience):  # the filters emptied the candidates: look at everything
            chosen = self._search(searches, k, task, audience, per_card, mode, limit=False)
        return chosen

    def _search(
        self,
        queries: Sequence[_Query],
        k: int,
        task: str | None,
        audience: str | None,
        per_card: int | None,
        mode: RetrievalMode,
        *,
        limit: bool,
    ) -> list[SearchResult]:
        passages = PASSAGE_CANDIDATES if limit else len(self.index.passages)
        cards = CARD_CANDIDATES if limit else len(self.index.card_order)
        passage_rankings: list[tuple[list[int], float]] = []
        card_rankings: list[tuple[list[str], float]] = []
        for q in queries:
            own = self._passage_rankings(q.text, q.vector, mode, passages)
            passage_rankings += [(r, q.weight) for r in own]
            card_rankings += [(self._cards_by_best_passage(r), q.weight) for r in own]
            card_rankings += [(r, q.weight) for r in self._card_rankings(q.text, q.vector, mode, cards)]
        passage_scores = _reciprocal_rank_fusion(passage_rankings)
        card_scores = _reciprocal_rank_fusion(card_rankings)
        chosen: list[SearchResult] = []
        for card in (c for c in card_scores if _matches(self._card_passage(c), task, audience)):
            for i in self._best_passages(card, passage_scores, per_card):
                chosen.append(self._result(i, card_scores[card]))
                if len(chosen) == k:
                    return chosen
        return chosen

    def card_passages(self, card_id: str) -> list[Passage]:
        """Every indexed passage of one card, in order (empty when the card is not indexed)."""
        return [self.index.passages[i] for i in self._by_card.get(card_id, [])]

    def _best_passages(self, card: str, passage_scores: dict[int, float], per_card: int | None) -> list[int]:
        # Situation passages rank a card well but are not advice, so answers quote other sections.
        own = self._by_card[card]
        advice = [i for i in own if not self.index.passages[i].is_situations] or own
        ordered = sorted(advice, key=lambda i: -passage_scores.get(i, 0.0))
        return ordered[: per_card or len(ordered)]

    def _passage_rankings(self, query: str, vector: list[float], mode: RetrievalMode, n: int) -> list[list[int]]:
        rankings: list[list[int]] = []
        if mode in ("hybrid", "dense"):
            rankings.append(self._dense_ranking(vector, n))
        if mode in ("hybrid", "bm25"):
            rankings.append(self._bm25_ranking(self.index.bm25, query, n))
        return rankings

    def _card_rankings(self, query: str, vector: list[float], mode: RetrievalMode, n: int) -> list[list[str]]:
        rankings: list[list[str]] = []
        if mode in ("hybrid", "dense"):
            answer = self.index.card_collection.query(
                query_embeddings=[vector], n_results=min(n, len(self.index.card_order)), include=[]
            )
            rankings.append(list(answer["ids"][0]))
        if mode in ("hybrid", "bm25"):
            order = self.index.card_order
            rankings.append([order[i] for i in self._bm25_ranking(self.index.card_bm25, query, n)])
        return rankings

    def _cards_by_best_passage(self, ranking: list[int]) -> list[str]:
        return list(dict.fromkeys(self.index.passages[i].card_id for i in ranking))

    def _card_passage(self, card_id: str) -> Passage:
        return self.index.passages[self._by_card[card_id][0]]

    def _dense_ranking(self, vector: list[float], n: int) -> list[int]:
        answer = self.index.collection.query(
            query_embeddings=[vector], n_results=min(n, len(self.index.passages)), include=[]
        )
        return [self._position[pid] for pid in answer["ids"][0] if pid in self._position]

    @staticmethod
    def _bm25_ranking(bm25: bm25s.BM25, query: str, n: int) -> list[int]:
        tokens = [t for t in tokenize_for_bm25([query])[0] if t in bm25.vocab_dict]
        if not tokens:
            return []
        scores = np.asarray(bm25.get_scores(tokens))
        top = np.argpartition(-scores, n - 1)[:n] if n < len(scores) else np.arange(len(scores))
        # A stable sort on the index first keeps ties in corpus order, as a full sort would.
        top = top[np.lexsort((top, -scores[top]))]
        return [int(i) for i in top if scores[i] > 0]

    def _result(self, i: int, score: float) -> SearchResult:
        p = self.index.passages[i]
        return SearchResult(
            id=p.card_id,
            title=p.title,
            heading=p.heading,
            text=p.text,
            score=round(score, 6),
            source=p.source,
            passage_id=p.passage_id,
            audience=p.audience,
            tasks=p.tasks,
        )


def _reciprocal_rank_fusion(rankings: Sequence[tuple[Sequence[T], float]]) -> dict[T, float]:
    scores: dict[T, float] = {}
    for ranking, weight in rankings:
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (RRF_K + rank)
    return dict(sorted(scores.items(), key=lambda pair: -pair[1]))


def _matches(passage: Passage, task: str | None, audience: str | None) -> bool:
    if task and task not in passage.tasks:
        return False
    # A card written for both sides answers a mentee's and a mentor's question alike.
    return not audience or audience == "both" or passage.audience in (audience, "both")
