"""Hybrid retrieval over the guidance index: dense (Chroma) and BM25, fused by reciprocal rank.

The corpus is small (a few hundred passages), so both rankers score every passage and filters are
applied in Python; that keeps task and audience filters exact and the fusion simple.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypeVar

import bm25s
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from coach.index import Embedder, GuidanceIndex, tokenize_for_bm25
from coach.knowledge import Passage, SearchResult

T = TypeVar("T", int, str)
RetrievalMode = Literal["hybrid", "dense", "bm25"]
RRF_K = 60
"""The usual reciprocal-rank-fusion constant: it damps the weight of the very top ranks."""


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
    ) -> list[SearchResult]:
        """Top ``k`` passages for ``query``; ``per_card=None`` allows any number from one card.

        Cards are ranked first, by fusing card-level rankings (best passage, whole-card vector,
        whole-card keywords); each card then contributes its best-matching passages.
        """
        if not query.strip() or not self.index.passages:
            return []
        vector = self.embedder.embed_query(query) if mode != "bm25" else []
        passage_rankings = self._passage_rankings(query, vector, mode)
        passage_scores = _reciprocal_rank_fusion(passage_rankings)
        card_rankings = [self._cards_by_best_passage(r) for r in passage_rankings]
        card_rankings += self._card_rankings(query, vector, mode)
        card_scores = _reciprocal_rank_fusion(card_rankings)
        allowed = {c for c in card_scores if _matches(self._card_passage(c), task, audience)}
        chosen: list[SearchResult] = []
        for card in (c for c in card_scores if c in allowed):
            for i in self._best_passages(card, passage_scores, per_card):
                chosen.append(self._result(i, card_scores[card]))
                if len(chosen) == k:
                    return chosen
        return chosen

    def _best_passages(self, card: str, passage_scores: dict[int, float], per_card: int | None) -> list[int]:
        # Situation passages rank a card well but are not advice, so answers quote other sections.
        own = self._by_card[card]
        advice = [i for i in own if not self.index.passages[i].is_situations] or own
        ordered = sorted(advice, key=lambda i: -passage_scores.get(i, 0.0))
        return ordered[: per_card or len(ordered)]

    def _passage_rankings(self, query: str, vector: list[float], mode: RetrievalMode) -> list[list[int]]:
        rankings: list[list[int]] = []
        if mode in ("hybrid", "dense"):
            rankings.append(self._dense_ranking(vector))
        if mode in ("hybrid", "bm25"):
            rankings.append(self._bm25_ranking(self.index.bm25, query))
        return rankings

    def _card_rankings(self, query: str, vector: list[float], mode: RetrievalMode) -> list[list[str]]:
        rankings: list[list[str]] = []
        if mode in ("hybrid", "dense"):
            answer = self.index.card_collection.query(
                query_embeddings=[vector], n_results=len(self.index.card_order), include=[]
            )
            rankings.append(list(answer["ids"][0]))
        if mode in ("hybrid", "bm25"):
            order = self.index.card_order
            rankings.append([order[i] for i in self._bm25_ranking(self.index.card_bm25, query)])
        return rankings

    def _cards_by_best_passage(self, ranking: list[int]) -> list[str]:
        return list(dict.fromkeys(self.index.passages[i].card_id for i in ranking))

    def _card_passage(self, card_id: str) -> Passage:
        return self.index.passages[self._by_card[card_id][0]]

    def _dense_ranking(self, vector: list[float]) -> list[int]:
        answer = self.index.collection.query(
            query_embeddings=[vector], n_results=len(self.index.passages), include=[]
        )
        return [self._position[pid] for pid in answer["ids"][0] if pid in self._position]

    @staticmethod
    def _bm25_ranking(bm25: bm25s.BM25, query: str) -> list[int]:
        tokens = [t for t in tokenize_for_bm25([query])[0] if t in bm25.vocab_dict]
        if not tokens:
            return []
        scores = bm25.get_scores(tokens)
        order = sorted(range(len(scores)), key=lambda i: -float(scores[i]))
        return [i for i in order if float(scores[i]) > 0]

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


def _reciprocal_rank_fusion(rankings: Sequence[Sequence[T]]) -> dict[T, float]:
    scores: dict[T, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (RRF_K + rank)
    return dict(sorted(scores.items(), key=lambda pair: -pair[1]))


def _matches(passage: Passage, task: str | None, audience: str | None) -> bool:
    if task and task not in passage.tasks:
        return False
    # A card written for both sides answers a mentee's and a mentor's question alike.
    return not audience or audience == "both" or passage.audience in (audience, "both")


class GuidanceRetriever(BaseRetriever):
    """The hybrid retriever as a LangChain ``BaseRetriever``, so LCEL chains can compose with it."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    hybrid: HybridRetriever
    k: int = 3
    task: str | None = None
    audience: str | None = None

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[LCDocument]:
        results = self.hybrid.search(query, self.k, task=self.task, audience=self.audience)
        return [
            LCDocument(page_content=r.text, metadata={k: v for k, v in r.to_json().items() if k != "text"})
            for r in results
        ]
