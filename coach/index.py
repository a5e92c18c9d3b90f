"""The on-disk guidance index: Chroma for dense vectors, bm25s for keywords, and a hash manifest.

The index is a cache that can always be rebuilt from the guidance files, so no user data goes in it.
Re-indexing is incremental: a document whose content hash is unchanged is not embedded again, a
changed one is re-embedded alone, and a deleted one is removed.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

import bm25s
import chromadb
import Stemmer
from chromadb.config import Settings as ChromaSettings

from coach.config import Settings
from coach.errors import GuidanceIndexError, IndexCorruptError, IndexMissingError
from coach.knowledge import Document, LoadProblem, LoadResult, Passage, load_guidance

MANIFEST_FORMAT = 2
"""2: collections persist their HNSW files while being built (see ``_hnsw_configuration``); a format-1 index is
rebuilt by ``coach index`` so that opening it never writes again."""
PERSIST_EVERY = 1000
"""At most this many records between HNSW saves while a collection is built (Chroma's own default)."""
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


_clients: dict[str, Any] = {}


def _chroma_client(path: Path) -> Any:
    # Chroma allows one PersistentClient per path per process, so share it.
    key = str(path.resolve())
    if key not in _clients:
        settings = ChromaSettings(anonymized_telemetry=False, allow_reset=True)
        _clients[key] = chromadb.PersistentClient(path=key, settings=settings)
    return _clients[key]


def _server_client(url: str) -> Any:
    if url not in _clients:
        parts = urlsplit(url)
        _clients[url] = chromadb.HttpClient(
            host=parts.hostname or "127.0.0.1", port=parts.port or (443 if parts.scheme == "https" else 8000),
            ssl=parts.scheme == "https", settings=ChromaSettings(anonymized_telemetry=False),
        )
    return _clients[url]


def _forget_chroma(path: Path) -> None:
    _clients.pop(str(path.resolve()), None)
    from chromadb.api.shared_system_client import SharedSystemClient

    SharedSystemClient.clear_system_cache()


def _hnsw_configuration(size: int) -> dict[str, Any]:
    """Cosine HNSW that saves itself once all ``size`` records are in (and every PERSIST_EVERY before that).

    Chroma saves a local HNSW index only after ``sync_threshold`` records; under it (its default is 1000, more than
    our cards) nothing is saved, so every process that opened the index rebuilt it from the log and wrote fresh,
    partly uninitialised index files: bytes of that process's memory, the user's text among them, went to disk.
    """
    threshold = max(1, min(PERSIST_EVERY, size))
    return {"hnsw": {"space": "cosine", "sync_threshold": threshold, "batch_size": threshold}}


def _new_collection(client: Any, name: str, size: int) -> Any:
    # embedding_function=None: we always pass our own MiniLM vectors; Chroma's default would download.
    return client.get_or_create_collection(name, configuration=_hnsw_configuration(size), embedding_function=None)


def _collection(index_dir: Path, name: str = COLLECTION_NAME) -> Any:
    """A collection of a built index, opened as it is (never created: a missing one is a damaged index)."""
    return _chroma_client(index_dir / "chroma").get_collection(name, embedding_function=None)


def _corrupt(where: str, detail: str) -> IndexCorruptError:
    return IndexCorruptError(
        f"The guidance index at {where} is damaged or from an incompatible version ({detail}). "
        "Run `coach index --rebuild` to rebuild it from the guidance files."
    )


def _unwritable(where: Path, error: OSError) -> GuidanceIndexError:
    return GuidanceIndexError(
        f"Cannot write the guidance index in {where} ({error.strerror or type(error).__name__}). "
        "Make the data folder a writable folder, or set COACH_DATA_DIR to one."
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
    """Whether a complete index has been built (locally, or on the Chroma server)."""
    if settings.chroma_url:
        try:
            return _read_pointer(settings.chroma_url) is not None
        except GuidanceIndexError:
            return False
    return (settings.index_dir / "manifest.json").is_file()


def open_index(settings: Settings) -> GuidanceIndex:
    """Open a built index; raises a user-facing error when missing, empty, unreadable or damaged."""
    if settings.chroma_url:
        return _open_server_index(settings.chroma_url)
    index_dir = settings.index_dir
    if not index_exists(settings):
        raise IndexMissingError(f"No guidance index in {index_dir} yet. Run `coach index` to build it.")
    try:
        manifest = json.loads((index_dir / "manifest.json").read_text("utf-8"))
        if manifest.get("format") != MANIFEST_FORMAT:
            raise _corrupt(str(index_dir), f"manifest format {manifest.get('format')!r}")
        raw_passages = json.loads((index_dir / "passages.json").read_text("utf-8"))
        passages = _passages(raw_passages)
        bm25 = bm25s.BM25.load(str(index_dir / "bm25"), show_progress=False)
        card_bm25 = bm25s.BM25.load(str(index_dir / "bm25-cards"), show_progress=False)
        collection = _collection(index_dir)
        card_collection = _collection(index_dir, CARD_COLLECTION_NAME)
        card_order = tuple(manifest["documents"])
    except IndexCorruptError:
        raise
    except Exception as error:  # json, bm25s and chroma all raise their own types
        if not os.access(index_dir.resolve(), os.W_OK):
            raise GuidanceIndexError(
                f"The guidance index at {index_dir} cannot be opened: the folder is read-only. "
                "Make the data folder writable (the index needs to write its journal), or set COACH_DATA_DIR."
            ) from None
        raise _corrupt(str(index_dir), type(error).__name__) from None
    return _checked_index(str(index_dir), index_dir, passages, bm25, collection, card_order, card_bm25,
                          card_collection)


def _passages(raw: list[dict[str, Any]]) -> tuple[Passage, ...]:
    return tuple(Passage(**{**p, "tasks": tuple(p["tasks"]), "tags": tuple(p["tags"])}) for p in raw)


def _checked_index(where: str, index_dir: Path, passages: tuple[Passage, ...], bm25: bm25s.BM25, collection: Any,
                   card_order: tuple[str, ...], card_bm25: bm25s.BM25, card_collection: Any) -> GuidanceIndex:
    try:
        stored, stored_cards = collection.count(), card_collection.count()
    except Exception as error:
        raise _corrupt(where, type(error).__name__) from None
    if stored != len(passages) or stored_cards != len(card_order):
        raise _corrupt(where, f"{stored} vectors for {len(passages)} passages")
    if not passages:  # never answer quietly with no sources: an empty index is a mistake to fix
        raise IndexMissingError(f"The guidance index at {where} is empty. Check COACH_CARDS_DIR, then run "
                                "`coach index --rebuild`.")
    return GuidanceIndex(index_dir, passages, bm25, collection, card_order, card_bm25, card_collection)


def build_index(
    settings: Settings,
    embedder: Embedder,
    *,
    rebuild: bool = False,
    progress: ProgressFn | None = None,
) -> IndexReport:
    """Bring the index up to date with the guidance folders and report what changed.

    The new index is built in a new place (a new folder, or new collections on the Chroma server)
    and made current in one step once complete, so a failed or interrupted build leaves the
    previous index working. Unchanged documents keep their vectors (copied, not re-embedded).
    """
    notify = progress or (lambda stage, done, total: None)
    loaded = load_guidance(settings.cards_dir, settings.knowledge_dirs, settings.passage_tokens,
                           progress=lambda done, total: notify("reading guidance", done, total),
                           max_file_bytes=settings.max_file_mb * 1_000_000)
    _require_guidance(settings, loaded)
    previous = None if rebuild else _previous(settings, embedder.name)
    manifest = _manifest(loaded, embedder.name)
    unchanged = previous is not None and previous.documents == manifest["documents"]
    if unchanged and _query_model_current(settings, embedder):
        return _unchanged(loaded)  # an unchanged re-index writes nothing at all
    if unchanged and settings.chroma_url:  # only this environment lacks the query model
        _export_for_server(embedder, loaded)
        return _unchanged(loaded)
    target: _Target = _ServerTarget(settings.chroma_url) if settings.chroma_url else _LocalTarget(settings.data_dir)
    try:
        collections = target.collections(len(loaded.passages), len(loaded.documents))
        report = _sync_vectors(collections, loaded, previous, embedder, notify)
    except GuidanceIndexError:
        raise
    except OSError as error:
        raise _unwritable(settings.data_dir, error) from error
    except Exception as error:
        raise _corrupt(target.where, type(error).__name__) from error
    if isinstance(target, _LocalTarget):  # the query model goes in the new folder before it becomes current
        _place_query_model(settings.index_dir, target.folder, embedder, loaded)
    else:
        _export_for_server(embedder, loaded)
    target.commit(loaded, manifest)
    report.cards, report.documents = loaded.card_count, len(loaded.documents)
    report.passages, report.problems = len(loaded.passages), loaded.problems
    return report


def _require_guidance(settings: Settings, loaded: LoadResult) -> None:
    # A wrong COACH_CARDS_DIR must fail loudly, not replace a working index with an empty one.
    if not settings.cards_dir.is_dir():
        raise GuidanceIndexError(
            f"The guidance cards folder {settings.cards_dir} does not exist. Check COACH_CARDS_DIR "
            "(unset it to use the cards shipped with the coach); the current index was left as it was."
        )
    if not loaded.documents:
        raise GuidanceIndexError(
            f"No usable guidance was found in {settings.cards_dir}. Check COACH_CARDS_DIR and the warnings "
            "above; the current index was left as it was."
        )


@dataclass
class _Previous:
    documents: dict[str, Any]
    collections: tuple[Any, Any]


def _previous(settings: Settings, model_name: str) -> _Previous | None:
    """The current index, when its vectors can be reused; otherwise everything is embedded afresh."""
    try:
        index = open_index(settings)
        manifest = (_read_pointer(settings.chroma_url) or {}).get("manifest", {}) if settings.chroma_url \
            else _read_manifest(settings.index_dir)
    except GuidanceIndexError:
        return None
    if manifest.get("embedding_model") != model_name:
        return None
    return _Previous(manifest.get("documents", {}), (index.collection, index.card_collection))


class _Target(Protocol):
    where: str

    def collections(self, passages: int, cards: int) -> tuple[Any, Any]:
        """New, empty collections for this many passages and cards."""

    def commit(self, loaded: LoadResult, manifest: dict[str, Any]) -> None: ...


def _generation() -> str:
    return f"{time.strftime('%Y%m%d%H%M%S', time.gmtime())}-{uuid.uuid4().hex[:8]}"


class _LocalTarget:
    """A new ``index-<generation>`` folder; ``index`` becomes a symlink to it in one atomic rename."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.folder = data_dir / f"{INDEX_PREFIX}{_generation()}"
        self.where = str(data_dir / "index")
        try:
            if data_dir.exists() and not data_dir.is_dir():
                raise NotADirectoryError(errno.ENOTDIR, "it is a file, not a folder")
            self.folder.mkdir(parents=True)
        except OSError as error:
            raise _unwritable(data_dir, error) from error

    def collections(self, passages: int, cards: int) -> tuple[Any, Any]:
        client = _chroma_client(self.folder / "chroma")
        return (_new_collection(client, COLLECTION_NAME, passages),
                _new_collection(client, CARD_COLLECTION_NAME, cards))

    def commit(self, loaded: LoadResult, manifest: dict[str, Any]) -> None:
        documents = [loaded.documents[doc_id] for doc_id in sorted(loaded.documents)]
        try:
            _write_bm25(self.folder / "bm25", [p.embedding_text() for p in loaded.passages])
            _write_bm25(self.folder / "bm25-cards", [d.profile_text() for d in documents])
            _write_json(self.folder / "passages.json", [asdict(p) for p in loaded.passages])
            _write_json(self.folder / "manifest.json", manifest)  # written last: it marks the folder complete
            self._swap()
        except OSError as error:
            raise _unwritable(self.data_dir, error) from error
        _remove_old_generations(self.data_dir, keep={self.folder.name, _current_name(self.data_dir)})

    def _swap(self) -> None:
        link = self.data_dir / "index"
        if link.is_dir() and not link.is_symlink():  # an index from before generations: move it aside first
            link.rename(self.data_dir / f"{INDEX_PREFIX}legacy-{_generation()}")
        temporary = self.data_dir / f".index-link-{uuid.uuid4().hex[:8]}"
        temporary.symlink_to(self.folder.name)
        os.replace(temporary, link)


INDEX_PREFIX = "index-"
KEEP_GENERATIONS = 2
"""The current index and the one before it: an app process may still be reading the previous one."""


def _current_name(data_dir: Path) -> str:
    link = data_dir / "index"
    return os.readlink(link) if link.is_symlink() else ""


def _remove_old_generations(data_dir: Path, keep: set[str]) -> None:
    folders = sorted((p for p in data_dir.glob(f"{INDEX_PREFIX}*") if p.is_dir() and not p.is_symlink()),
                     key=lambda p: p.stat().st_mtime, reverse=True)
    for folder in folders[KEEP_GENERATIONS:]:
        if folder.name not in keep:
            shutil.rmtree(folder, ignore_errors=True)


POINTER_COLLECTION = "guidance-current"
"""On a Chroma server, one record here names the current generation and holds its manifest and passages."""


def _read_pointer(url: str) -> dict[str, Any] | None:
    try:
        client = _server_client(url)
        pointer = client.get_or_create_collection(POINTER_COLLECTION, embedding_function=None)
        found = pointer.get(ids=["current"], include=["documents"])
    except Exception as error:  # connection refused, timeouts, HTTP errors
        raise GuidanceIndexError(
            f"Cannot reach the Chroma server at {url} ({type(error).__name__}). Start it (`chroma run`) "
            "or check COACH_CHROMA_URL."
        ) from None
    documents = found.get("documents") or []
    if not documents or not documents[0]:
        return None
    try:
        data: dict[str, Any] = json.loads(documents[0])
    except ValueError:
        raise _corrupt(url, "unreadable pointer") from None
    return data


def _open_server_index(url: str) -> GuidanceIndex:
    pointer = _read_pointer(url)
    if pointer is None:
        raise IndexMissingError(f"No guidance index on the Chroma server at {url} yet. Run `coach index` to build it.")
    try:
        generation = str(pointer["generation"])
        manifest = pointer["manifest"]
        passages = _passages(pointer["passages"])
        card_order = tuple(manifest["documents"])
        client = _server_client(url)
        collection = client.get_collection(f"{COLLECTION_NAME}-{generation}", embedding_function=None)
        card_collection = client.get_collection(f"{CARD_COLLECTION_NAME}-{generation}", embedding_function=None)
        bm25 = _bm25([p.embedding_text() for p in passages])
        card_bm25 = _bm25(_profiles(passages, card_order, manifest))
    except Exception as error:
        raise _corrupt(url, type(error).__name__) from None
    return _checked_index(url, Path(url), passages, bm25, collection, card_order, card_bm25, card_collection)


def _profiles(passages: tuple[Passage, ...], card_order: tuple[str, ...], manifest: dict[str, Any]) -> list[str]:
    profiles: dict[str, str] = manifest.get("profiles", {})
    return [profiles.get(doc_id, doc_id) for doc_id in card_order]


class _ServerTarget:
    """New generation-named collections on the Chroma server; the pointer record switches to them last."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.where = url
        self.generation = _generation()
        self.client = _server_client(url)

    def collections(self, passages: int, cards: int) -> tuple[Any, Any]:
        return (_new_collection(self.client, f"{COLLECTION_NAME}-{self.generation}", passages),
                _new_collection(self.client, f"{CARD_COLLECTION_NAME}-{self.generation}", cards))

    def commit(self, loaded: LoadResult, manifest: dict[str, Any]) -> None:
        documents = {doc_id: loaded.documents[doc_id] for doc_id in sorted(loaded.documents)}
        manifest = {**manifest, "profiles": {doc_id: d.profile_text() for doc_id, d in documents.items()}}
        record = {"generation": self.generation, "manifest": manifest,
                  "passages": [asdict(p) for p in loaded.passages]}
        old = _read_pointer(self.url)
        try:
            pointer = self.client.get_or_create_collection(POINTER_COLLECTION, embedding_function=None)
            pointer.upsert(ids=["current"], documents=[json.dumps(record, ensure_ascii=False)], embeddings=[[1.0]])
        except Exception as error:
            raise _corrupt(self.url, type(error).__name__) from error
        self._drop_before(old)

    def _drop_before(self, old: dict[str, Any] | None) -> None:
        # Keep the generation just replaced (other processes may still read it); drop any older one.
        keep = {self.generation, str((old or {}).get("generation", ""))}
        for collection in self.client.list_collections():
            name = getattr(collection, "name", str(collection))
            generation = name.rsplit("-", 2)[-2:] if name.startswith(("guidance-passages-", "guidance-cards-")) \
                else None
            if generation and "-".join(generation) not in keep:
                self.client.delete_collection(name)


def _sync_vectors(
    collections: tuple[Any, Any],
    loaded: LoadResult,
    previous: _Previous | None,
    embedder: Embedder,
    notify: ProgressFn,
) -> IndexReport:
    report = IndexReport()
    documents = previous.documents if previous else {}
    report.removed = sum(1 for doc_id in documents if doc_id not in loaded.documents)
    reused: list[Document] = []
    to_embed: list[Document] = []
    for doc_id, document in loaded.documents.items():
        same = documents.get(doc_id, {}).get("hash") == document.content_hash
        (reused if same else to_embed).append(document)
    passage_collection, card_collection = collections
    if previous and reused and not _copy_vectors(previous.collections, collections, reused):
        to_embed += reused  # the old vectors could not be read: embed those documents again
        reused = []
    report.unchanged = sum(len(d.passages) for d in reused)
    passages = [p for document in to_embed for p in document.passages]
    _embed_into(passage_collection, passages, embedder, notify)
    _embed_profiles(card_collection, to_embed, embedder)
    report.embedded = len(passages)
    return report


def _copy_vectors(old: tuple[Any, Any], new: tuple[Any, Any], documents: list[Document]) -> bool:
    passage_ids = [p.passage_id for d in documents for p in d.passages]
    doc_ids = [d.doc_id for d in documents]
    try:
        for source, target, ids in ((old[0], new[0], passage_ids), (old[1], new[1], doc_ids)):
            for start in range(0, len(ids), COPY_BATCH):
                found = source.get(ids=ids[start : start + COPY_BATCH],
                                   include=["embeddings", "documents", "metadatas"])
                if len(found["ids"]) != len(ids[start : start + COPY_BATCH]):
                    return False
                target.upsert(ids=found["ids"], embeddings=found["embeddings"], documents=found["documents"],
                              metadatas=found["metadatas"])
    except Exception:  # a damaged old index only costs re-embedding
        return False
    return True


COPY_BATCH = 256


def _bm25(texts: Sequence[str]) -> bm25s.BM25:
    retriever = bm25s.BM25()
    retriever.index(tokenize_for_bm25(texts) or [[""]], show_progress=False)
    return retriever


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
    shutil.rmtree(target, ignore_errors=True)
    _bm25(texts).save(str(target), show_progress=False)


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


def _unchanged(loaded: LoadResult) -> IndexReport:
    return IndexReport(cards=loaded.card_count, documents=len(loaded.documents), passages=len(loaded.passages),
                       unchanged=len(loaded.passages), problems=loaded.problems)


def _query_model_current(settings: Settings, embedder: Embedder) -> bool:
    """Whether the current index needs no new query model (a server's lives in the Python environment)."""
    from coach.embeddings import MiniLMEmbedder
    from coach.query_model import query_model_home, verified_model

    if not isinstance(embedder, MiniLMEmbedder):
        return True  # only the shipped MiniLM has an ONNX twin to export
    return verified_model(query_model_home(settings)) is not None


def _place_query_model(current: Path, folder: Path, embedder: Embedder, loaded: LoadResult) -> None:
    """Carry the verified ONNX query model over from the current index, or export and verify a new one.

    Torch is loaded while building anyway: exporting now means answering never needs it.
    """
    from coach.embeddings import MiniLMEmbedder
    from coach.query_model import export_query_model, model_dir, verified_model

    old = verified_model(current)
    if old is not None:
        shutil.copytree(model_dir(current), model_dir(folder), copy_function=_link_or_copy)
        return
    if isinstance(embedder, MiniLMEmbedder):
        export_query_model(folder, embedder, _query_samples(loaded))


def _export_for_server(embedder: Embedder, loaded: LoadResult) -> None:
    """Give app processes of this Python environment a query model that needs no torch (see README)."""
    from coach.embeddings import MiniLMEmbedder
    from coach.query_model import environment_model_dir, export_query_model

    if isinstance(embedder, MiniLMEmbedder):
        with contextlib.suppress(OSError):  # a read-only environment: apps load torch instead, as before
            export_query_model(environment_model_dir(), embedder, _query_samples(loaded))


def _query_samples(loaded: LoadResult) -> list[str]:
    return [p.embedding_text() for p in loaded.passages[:QUERY_MODEL_SAMPLES]]


def _link_or_copy(source: str, destination: str) -> None:
    try:
        os.link(source, destination)  # 90 MB: a hard link costs nothing and the file is never changed in place
    except OSError:
        shutil.copy2(source, destination)


