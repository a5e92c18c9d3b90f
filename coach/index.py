"""The on-disk guidance index: Chroma for dense vectors, bm25s for keywords, and a hash manifest.

The index is a cache that can always be rebuilt from the guidance files, so no user data goes in it.
Re-indexing is incremental: a document whose content hash is unchanged is not embedded again, a
changed one is re-embedded alone, and a deleted one is removed.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

import bm25s
import chromadb
import Stemmer
from chromadb.config import Settings as ChromaSettings

from coach.config import Settings
from coach.errors import GuidanceIndexError, IndexCorruptError, IndexMissingError
from coach.knowledge import Document, LoadProblem, LoadResult, Passage, load_guidance

MANIFEST_FORMAT = 1
COLLECTION_NAME = "guidance-passages"
CARD_COLLECTION_NAME = "guidance-cards"
QUERY_MODEL_SAMPLES = 24
"""Passages on which the ONNX query model must match the torch vectors before it is used."""
__all__ = ["GuidanceIndexError", "IndexCorruptError", "IndexMissingError"]  # re-exported for callers

ProgressFn = Callable[[str, int, int], None]
"""Called as ``progress(stage, done, total)`` while indexing."""

_STEMMER = Stemmer.Stemmer("english")


class Embedder(Protocol):
    """What the index needs from an embedding model."""

    name: str

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """One unit-length vector per text."""
        ...

    def embed_query(self, text: str) -> list[float]:
        """One unit-length vector for a query."""
        ...


@dataclass
class IndexReport:
    """Counts shown at the end of ``coach index``."""

    cards: int = 0
    documents: int = 0
    passages: int = 0
    embedded: int = 0
    unchanged: int = 0
    removed: int = 0
    problems: list[LoadProblem] = field(default_factory=list)


def tokenize_for_bm25(texts: Sequence[str]) -> list[list[str]]:
    """Lowercase, drop English stop words and stem, identically for passages and queries."""
    tokens: Any = bm25s.tokenize(
        list(texts), stopwords="en", stemmer=_STEMMER.stemWords, return_ids=False, show_progress=False
    )
    return [list(row) for row in tokens]


_clients: dict[Path, Any] = {}


def _chroma_client(path: Path) -> Any:
    # Chroma allows one PersistentClient per path per process, so share it.
    path = path.resolve()
    if path not in _clients:
        settings = ChromaSettings(anonymized_telemetry=False, allow_reset=True)
        _clients[path] = chromadb.PersistentClient(path=str(path), settings=settings)
    return _clients[path]


def _forget_chroma(path: Path) -> None:
    _clients.pop(path.resolve(), None)
    from chromadb.api.shared_system_client import SharedSystemClient

    SharedSystemClient.clear_system_cache()


def _collection(index_dir: Path, name: str = COLLECTION_NAME) -> Any:
    # embedding_function=None: we always pass our own MiniLM vectors; Chroma's default would download.
    return _chroma_client(index_dir / "chroma").get_or_create_collection(
        name, configuration={"hnsw": {"space": "cosine"}}, embedding_function=None
    )


def _corrupt(index_dir: Path, detail: str) -> IndexCorruptError:
    return IndexCorruptError(
        f"The guidance index at {index_dir} is damaged or from an incompatible version ({detail}). "
        "Run `coach index --rebuild` to rebuild it from the guidance files."
    )


@dataclass(frozen=True)
class GuidanceIndex:
    """A built index, opened for searching."""

    index_dir: Path
    passages: tuple[Passage, ...]
    bm25: bm25s.BM25
    collection: Any
    card_order: tuple[str, ...]
    """Document ids in the order of the card-level BM25 index and profile vectors."""
    card_bm25: bm25s.BM25
    card_collection: Any

    @property
    def card_ids(self) -> set[str]:
        """Every document id in the index."""
        return {p.card_id for p in self.passages}


def index_exists(settings: Settings) -> bool:
    """Whether a manifest has been written in the data folder."""
    return (settings.index_dir / "manifest.json").is_file()


def open_index(settings: Settings) -> GuidanceIndex:
    """Open a built index; raises a user-facing error when missing or damaged."""
    index_dir = settings.index_dir
    if not index_exists(settings):
        raise IndexMissingError(f"No guidance index in {index_dir} yet. Run `coach index` to build it.")
    try:
        manifest = json.loads((index_dir / "manifest.json").read_text("utf-8"))
        if manifest.get("format") != MANIFEST_FORMAT:
            raise _corrupt(index_dir, f"manifest format {manifest.get('format')!r}")
        raw_passages = json.loads((index_dir / "passages.json").read_text("utf-8"))
        passages = tuple(Passage(**{**p, "tasks": tuple(p["tasks"]), "tags": tuple(p["tags"])}) for p in raw_passages)
        bm25 = bm25s.BM25.load(str(index_dir / "bm25"), show_progress=False)
        card_bm25 = bm25s.BM25.load(str(index_dir / "bm25-cards"), show_progress=False)
        collection = _collection(index_dir)
        card_collection = _collection(index_dir, CARD_COLLECTION_NAME)
        stored, stored_cards = collection.count(), card_collection.count()
        card_order = tuple(manifest["documents"])
    except IndexCorruptError:
        raise
    except Exception as error:  # json, bm25s and chroma all raise their own types
        raise _corrupt(index_dir, type(error).__name__) from None
    if stored != len(passages) or stored_cards != len(card_order):
        raise _corrupt(index_dir, f"{stored} vectors for {len(passages)} passages")
    return GuidanceIndex(index_dir, passages, bm25, collection, card_order, card_bm25, card_collection)


def build_index(
    settings: Settings,
    embedder: Embedder,
    *,
    rebuild: bool = False,
    progress: ProgressFn | None = None,
) -> IndexReport:
    """Bring the index up to date with the guidance folders and report what changed."""
    index_dir = settings.index_dir
    if rebuild:
        _wipe(index_dir)
    notify = progress or (lambda stage, done, total: None)
    notify("reading guidance", 0, 1)
    loaded = load_guidance(settings.cards_dir, settings.knowledge_dirs, settings.passage_tokens)
    notify("reading guidance", 1, 1)
    old = _read_manifest(index_dir) if not rebuild else {}
    if old.get("embedding_model", embedder.name) != embedder.name:
        old = {}
        _wipe(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    try:
        collections = (_collection(index_dir), _collection(index_dir, CARD_COLLECTION_NAME))
        report = _sync_vectors(collections, loaded, old.get("documents", {}), embedder, notify)
    except Exception as error:
        raise _corrupt(index_dir, type(error).__name__) from error
    documents = [loaded.documents[doc_id] for doc_id in sorted(loaded.documents)]
    # An unchanged re-index writes nothing: the keyword indexes follow the passages and the manifest.
    changed = _write_json(index_dir / "passages.json", [asdict(p) for p in loaded.passages])
    changed = _write_json(index_dir / "manifest.json", _manifest(loaded, embedder.name)) or changed
    if changed or not (index_dir / "bm25").is_dir() or not (index_dir / "bm25-cards").is_dir():
        _write_bm25(index_dir / "bm25", [p.embedding_text() for p in loaded.passages])
        _write_bm25(index_dir / "bm25-cards", [d.profile_text() for d in documents])
    _export_query_model(index_dir, embedder, [p.embedding_text() for p in loaded.passages[:QUERY_MODEL_SAMPLES]])
    report.cards, report.documents = loaded.card_count, len(loaded.documents)
    report.passages, report.problems = len(loaded.passages), loaded.problems
    return report


def _sync_vectors(
    collections: tuple[Any, Any],
    loaded: LoadResult,
    previous: dict[str, Any],
    embedder: Embedder,
    notify: ProgressFn,
) -> IndexReport:
    report = IndexReport()
    stale_ids: list[str] = []
    stale_docs: list[str] = []
    to_embed: list[Document] = []
    for doc_id, entry in previous.items():
        current = loaded.documents.get(doc_id)
        if current is None or current.content_hash != entry["hash"]:
            stale_ids.extend(entry["passage_ids"])
            stale_docs.append(doc_id)
            report.removed += current is None
    for doc_id, document in loaded.documents.items():
        if previous.get(doc_id, {}).get("hash") == document.content_hash:
            report.unchanged += len(document.passages)
        else:
            to_embed.append(document)
    passage_collection, card_collection = collections
    if stale_docs:
        passage_collection.delete(ids=stale_ids)
        card_collection.delete(ids=stale_docs)
    passages = [p for document in to_embed for p in document.passages]
    _embed_into(passage_collection, passages, embedder, notify)
    _embed_profiles(card_collection, to_embed, embedder)
    report.embedded = len(passages)
    return report


def _embed_profiles(collection: Any, documents: list[Document], embedder: Embedder) -> None:
    # One vector per whole card lets retrieval match a situation described anywhere in the card.
    if documents:
        collection.upsert(
            ids=[d.doc_id for d in documents],
            embeddings=embedder.embed_documents([d.profile_text() for d in documents]),
            metadatas=[{"title": d.title} for d in documents],
        )


def _embed_into(collection: Any, passages: list[Passage], embedder: Embedder, notify: ProgressFn) -> None:
    batch = 32
    notify("embedding passages", 0, len(passages))
    for start in range(0, len(passages), batch):
        chunk = passages[start : start + batch]
        vectors = embedder.embed_documents([p.embedding_text() for p in chunk])
        collection.upsert(
            ids=[p.passage_id for p in chunk],
            embeddings=vectors,
            documents=[p.text for p in chunk],
            metadatas=[{"card_id": p.card_id, "title": p.title, "heading": p.heading} for p in chunk],
        )
        notify("embedding passages", start + len(chunk), len(passages))


def _write_bm25(target: Path, texts: Sequence[str]) -> None:
    retriever = bm25s.BM25()
    corpus = tokenize_for_bm25(texts) or [[""]]
    retriever.index(corpus, show_progress=False)
    shutil.rmtree(target, ignore_errors=True)
    retriever.save(str(target), show_progress=False)


def _manifest(loaded: LoadResult, model_name: str) -> dict[str, Any]:
    return {
        "format": MANIFEST_FORMAT,
        "embedding_model": model_name,
        "documents": {
            doc_id: {
                "hash": doc.content_hash,
                "source": doc.source,
                "is_card": doc.is_card,
                "passage_ids": [p.passage_id for p in doc.passages],
            }
            for doc_id, doc in sorted(loaded.documents.items())
        },
    }


def _read_manifest(index_dir: Path) -> dict[str, Any]:
    path = index_dir / "manifest.json"
    if not path.is_file():
        return {}
    try:
        manifest: dict[str, Any] = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}  # an unreadable manifest only costs a full re-embed
    return manifest if manifest.get("format") == MANIFEST_FORMAT else {}


def _write_json(path: Path, data: Any) -> bool:
    """Write ``data`` unless the file already holds exactly it; returns whether it wrote."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    try:
        if path.read_text("utf-8") == text:
            return False
    except (OSError, UnicodeDecodeError):
        pass
    # Write then rename, so a crash mid-write never leaves half a manifest behind.
    temporary = path.with_suffix(".tmp")
    temporary.write_text(text, "utf-8")
    os.replace(temporary, path)
    return True


def _export_query_model(index_dir: Path, embedder: Embedder, samples: list[str]) -> None:
    # Torch is loaded while building anyway: export the ONNX query model now, so answering never needs it.
    from coach.embeddings import MiniLMEmbedder

    if isinstance(embedder, MiniLMEmbedder):
        from coach.query_model import export_query_model

        export_query_model(index_dir, embedder, samples)


def _wipe(index_dir: Path) -> None:
    _forget_chroma(index_dir / "chroma")
    shutil.rmtree(index_dir, ignore_errors=True)
