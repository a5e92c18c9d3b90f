"""Open the guidance index for searching, building it first when it is missing."""

from __future__ import annotations

from coach.config import Settings
from coach.embeddings import load_embedder
from coach.index import Embedder, IndexMissingError, ProgressFn, build_index, open_index
from coach.retrieval import HybridRetriever


def open_retriever(
    settings: Settings, embedder: Embedder | None = None, progress: ProgressFn | None = None
) -> HybridRetriever:
    """A retriever over the index in ``settings.data_dir``; builds the index if there is none yet."""
    embedder = embedder or load_embedder()
    try:
        index = open_index(settings)
    except IndexMissingError:
        build_index(settings, embedder, progress=progress)
        index = open_index(settings)
    return HybridRetriever(index, embedder)
