"""Hybrid retrieval over the guidance index: dense (Chroma) and BM25, fused by reciprocal rank.

The corpus is small (a few hundred passages), so both rankers score every passage and filters are
applied in Python; that keeps task and audience filters exact and the fusion simple.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any, Literal

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from coach.index import Embedder, GuidanceIndex, tokenize_for_bm25
from coach.knowledge import Passage

RetrievalMode = Literal["hybrid", "dense", "bm25"]
RRF_K = 60
"""The usual reciprocal-rank-fusion constant: it damps the weight of the very top ranks."""


@dataclass(frozen=True)
class SearchResult:
    """One retrieved passage, with the card it belongs to and its fused score."""

    id: str
    title: str
    heading: str
    text: str
    score: float
    source: str
    passage_id: str
    audience: str
    tasks: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        """The shape printed by ``coach search --json``."""
        data = asdict(self)
        data["tasks"] = list(self.tasks)
        return data


class HybridRetriever:
    """Searches a :class:`GuidanceIndex` with dense, BM25 or fused rankings."""

    def __init__(self, index: GuidanceIndex, embedder: Embedder) -> None:
        self.index = index
        self.embedder = embedder
        self._position = {p.passage_id: i for i, p in enumerate(index.passages)}

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
        """Top ``k`` passages for ``query``; ``per_card=None`` allows any number from one card."""
        if not query.strip() or not self.index.passages:
            return []
        rankings: list[list[int]] = []
        if mode in ("hybrid", "dense"):
            rankings.append(self._dense_ranking(query))
        if mode in ("hybrid", "bm25"):
            rankings.append(self._bm25_ranking(query))
        fused = _reciprocal_rank_fusion(rankings)
        allowed = [i for i in fused if _matches(self.index.passages[i], task, audience)]
        return [self._result(i, fused[i]) for i in _limit_per_card(allowed, self.index.passages, k, per_card)]

    def _dense_ranking(self, query: str) -> list[int]:
        vector = self.embedder.embed_query(query)
        answer = self.index.collection.query(
            query_embeddings=[vector], n_results=len(self.index.passages), include=["distances"]
        )
        return [self._position[pid] for pid in answer["ids"][0] if pid in self._position]

    def _bm25_ranking(self, query: str) -> list[int]:
        tokens = [t for t in tokenize_for_bm25([query])[0] if t in self.index.bm25.vocab_dict]
        if not tokens:
            return []
        scores = self.index.bm25.get_scores(tokens)
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


def _reciprocal_rank_fusion(rankings: Sequence[Sequence[int]]) -> dict[int, float]:
    scores: dict[int, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (RRF_K + rank)
    return dict(sorted(scores.items(), key=lambda pair: -pair[1]))


def _matches(passage: Passage, task: str | None, audience: str | None) -> bool:
    if task and task not in passage.tasks:
        return False
    # A card written for both sides answers a mentee's and a mentor's question alike.
    return not audience or audience == "both" or passage.audience in (audience, "both")


def _limit_per_card(order: list[int], passages: Sequence[Passage], k: int, per_card: int | None) -> list[int]:
    chosen: list[int] = []
    taken: dict[str, int] = {}
    for i in order:
        card = passages[i].card_id
        if per_card is not None and taken.get(card, 0) >= per_card:
            continue
        taken[card] = taken.get(card, 0) + 1
        chosen.append(i)
        if len(chosen) == k:
            break
    return chosen


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
