"""Open the guidance index for searching, building it first when it is missing."""

from __future__ import annotations

from coach.config import Settings
from coach.index import Embedder, IndexMissingError, ProgressFn, build_index, open_index
from coach.index_process import build_index_apart
from coach.query_model import query_embedder
from coach.retrieval import HybridRetriever


def open_retriever(
    settings: Settings, embedder: Embedder | None = None, progress: ProgressFn | None = None
) -> HybridRetriever:
    """A retriever over the index in ``settings.data_dir``; builds the index if there is none yet.

    Without an explicit ``embedder``, questions are embedded by the ONNX query model when the index
    has a verified one (no torch), else by the torch MiniLM; building always uses torch.
    """
    try:
        index = open_index(settings)
    except IndexMissingError:
        if embedder is None:  # the torch MiniLM, in a fresh process that holds none of the user's text
            build_index_apart(settings, progress=progress)
        else:
            build_index(settings, embedder, progress=progress)
        index = open_index(settings)
    return HybridRetriever(index, embedder or query_embedder(settings))
