"""Retrieval evaluation: recall@1/3/5 and MRR for our hybrid retriever and three baselines.

A question counts as found at k when any of the cards that answer it is among the first k
distinct cards returned. MRR uses the rank of the first answering card (0 when it is not in the
top ten).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coach.config import PROJECT_DIR, Settings
from coach.guidance import open_retriever
from coach.index import ProgressFn

DEFAULT_DATASET = PROJECT_DIR / "tests" / "data" / "retrieval_dev.jsonl"
CUTOFFS = (1, 3, 5)
DEPTH = 10
RankFn = Callable[[str], list[str]]


class DatasetError(ValueError):
    """The evaluation file is missing or malformed."""


@dataclass(frozen=True)
class Question:
    """One evaluation question and the card ids that answer it."""

    question: str
    ids: frozenset[str]


@dataclass
class RetrieverScore:
    """Metrics for one retriever."""

    name: str
    recall: dict[int, float] = field(default_factory=dict)
    mrr: float = 0.0


@dataclass
class EvaluationReport:
    """All retrievers' metrics over one dataset."""

    questions: int
    scores: list[RetrieverScore]

    def to_json(self) -> dict[str, Any]:
        """The shape printed by ``coach eval --json``."""
        return {
            "questions": self.questions,
            "retrievers": {
                s.name: {**{f"recall@{k}": round(v, 4) for k, v in s.recall.items()}, "mrr": round(s.mrr, 4)}
                for s in self.scores
            },
        }

    def table(self) -> str:
        """A plain-text table for the terminal and BENCHMARKS.md."""
        header = "| retriever | " + " | ".join(f"recall@{k}" for k in CUTOFFS) + " | MRR |"
        lines = [f"{self.questions} questions", header, "|" + "---|" * (len(CUTOFFS) + 2)]
        for s in self.scores:
            cells = " | ".join(f"{s.recall[k]:.3f}" for k in CUTOFFS)
            lines.append(f"| {s.name} | {cells} | {s.mrr:.3f} |")
        return "\n".join(lines)


def load_dataset(path: Path) -> list[Question]:
    """Read a JSONL file of ``{"question": ..., "ids": [...]}`` objects."""
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError as error:
        raise DatasetError(f"cannot read {path} ({error.strerror or error})") from None
    questions = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            questions.append(Question(str(row["question"]), frozenset(row["ids"])))
        except (ValueError, KeyError, TypeError):
            raise DatasetError(f"{path}:{number}: expected {{'question': str, 'ids': [str, ...]}}") from None
    if not questions:
        raise DatasetError(f"{path} holds no questions")
    return questions


def score(name: str, questions: list[Question], rank: RankFn) -> RetrieverScore:
    """Recall at each cutoff and MRR of one ranking function."""
    hits = dict.fromkeys(CUTOFFS, 0)
    reciprocal = 0.0
    for q in questions:
        ranked = _distinct(rank(q.question))[:DEPTH]
        first = next((i for i, card in enumerate(ranked, start=1) if card in q.ids), None)
        for k in CUTOFFS:
            hits[k] += first is not None and first <= k
        reciprocal += 1.0 / first if first else 0.0
    total = len(questions)
    return RetrieverScore(name, {k: hits[k] / total for k in CUTOFFS}, reciprocal / total)


def _distinct(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def run_evaluation(settings: Settings, dataset: Path, progress: ProgressFn | None = None) -> EvaluationReport:
    """Score hybrid, dense-only, BM25-only and the naive LangChain baseline on ``dataset``."""
    questions = load_dataset(dataset)
    retriever = open_retriever(settings, progress=progress)

    def ours(mode: str) -> RankFn:
        return lambda q: [r.id for r in retriever.search(q, DEPTH, mode=mode)]  # type: ignore[arg-type]

    scores = [score(name, questions, ours(mode)) for name, mode in
              (("hybrid (ours)", "hybrid"), ("dense only", "dense"), ("BM25 only", "bm25"))]
    scores.append(score("naive LangChain", questions, naive_langchain_ranker(settings)))
    return EvaluationReport(len(questions), scores)


def naive_langchain_ranker(settings: Settings) -> RankFn:
    """The textbook baseline: 1000-character chunks with 200 overlap, plain Chroma similarity search."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from langchain_chroma import Chroma
    from langchain_core.documents import Document
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from coach.embeddings import load_embedder
    from coach.knowledge import load_guidance

    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
    loaded = load_guidance(settings.cards_dir, (), settings.passage_tokens,
                           max_file_bytes=settings.max_file_mb * 1_000_000)
    documents = [
        Document(page_content=Path(doc.source).read_text("utf-8"), metadata={"id": doc_id})
        for doc_id, doc in loaded.documents.items()
    ]
    store = Chroma(
        collection_name="naive-baseline",
        embedding_function=load_embedder(),
        client=chromadb.EphemeralClient(settings=ChromaSettings(anonymized_telemetry=False)),
        collection_configuration={"hnsw": {"space": "cosine"}},
    )
    store.add_documents(splitter.split_documents(documents))
    return lambda q: [d.metadata["id"] for d in store.similarity_search(q, k=DEPTH * 3)]
