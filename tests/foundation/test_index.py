import json
from pathlib import Path
from typing import Any

import pytest

from coach.config import Settings
from coach.index import IndexCorruptError, IndexMissingError, build_index, open_index
from coach.retrieval import HybridRetriever

from .test_knowledge import write_card


@pytest.fixture
def small_settings(tmp_path: Path) -> Settings:
    cards = tmp_path / "cards"
    cards.mkdir()
    write_card(cards, "cadence", "How often to meet")
    write_card(cards, "first-note", "Writing a first note")
    write_card(cards, "thanks", "Saying thank you")
    return Settings(data_dir=tmp_path / "data", cards_dir=cards)


class CountingEmbedder:
    """The real model, counting what it is asked to embed."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.name = real.name
        self.embedded: list[str] = []

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.embedded.extend(texts)
        return list(self.real.embed_documents(texts))

    def embed_query(self, text: str) -> list[float]:
        return list(self.real.embed_query(text))


def test_incremental_reindex(small_settings: Settings, embedder: Any) -> None:
    counting = CountingEmbedder(embedder)
    first = build_index(small_settings, counting)
    assert (first.cards, first.passages, first.embedded, first.unchanged) == (3, 6, 6, 0)

    counting.embedded.clear()
    again = build_index(small_settings, counting)
    assert counting.embedded == []
    assert (again.embedded, again.unchanged) == (0, 6)

    card = small_settings.cards_dir / "thanks.md"
    card.write_text(card.read_text("utf-8") + "\n## Follow up\nSend it the same day.\n", "utf-8")
    changed = build_index(small_settings, counting)
    assert changed.embedded == 3 and changed.unchanged == 4
    assert all(text.startswith("Saying thank you") for text in counting.embedded)

    (small_settings.cards_dir / "cadence.md").unlink()
    removed = build_index(small_settings, counting)
    assert removed.removed == 1 and removed.cards == 2
    index = open_index(small_settings)
    assert index.card_ids == {"first-note", "thanks"}
    assert index.collection.count() == len(index.passages) == 5


def test_vectors_are_ours_in_cosine_space(small_settings: Settings, embedder: Any) -> None:
    build_index(small_settings, embedder)
    index = open_index(small_settings)
    configuration = index.collection.configuration
    assert configuration["hnsw"]["space"] == "cosine"
    assert configuration.get("embedding_function") is None
    stored = index.collection.get(ids=["thanks#0"], include=["embeddings"])["embeddings"][0]
    expected = embedder.embed_documents([index.passages[-2].embedding_text()])[0]
    assert index.passages[-2].passage_id == "thanks#0"
    assert sum(a * b for a, b in zip(stored, expected, strict=True)) == pytest.approx(1.0, abs=1e-4)


def test_missing_index_says_how_to_build(small_settings: Settings) -> None:
    with pytest.raises(IndexMissingError, match="coach index"):
        open_index(small_settings)


@pytest.mark.parametrize("damage", ["manifest", "chroma", "format"])
def test_damaged_index_suggests_rebuild(small_settings: Settings, embedder: Any, damage: str) -> None:
    build_index(small_settings, embedder)
    index_dir = small_settings.index_dir
    if damage == "manifest":
        (index_dir / "manifest.json").write_text("{not json", "utf-8")
    elif damage == "chroma":
        from coach.index import _forget_chroma

        _forget_chroma(index_dir / "chroma")
        (index_dir / "chroma" / "chroma.sqlite3").write_bytes(b"this is not a database" * 100)
    else:
        manifest = json.loads((index_dir / "manifest.json").read_text("utf-8"))
        manifest["format"] = 99
        (index_dir / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    with pytest.raises(IndexCorruptError, match=r"coach index --rebuild"):
        open_index(small_settings)
    report = build_index(small_settings, embedder, rebuild=True)
    assert report.embedded == 6
    assert len(open_index(small_settings).passages) == 6


def test_search_finds_the_right_small_card(small_settings: Settings, embedder: Any) -> None:
    build_index(small_settings, embedder)
    retriever = HybridRetriever(open_index(small_settings), embedder)
    results = retriever.search("thank you", k=2)
    assert results[0].id == "thanks"
    assert len({r.id for r in results}) == len(results)


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_mtime_ns, p.stat().st_size)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_unchanged_reindex_writes_nothing(small_settings: Settings, embedder: Any) -> None:
    build_index(small_settings, CountingEmbedder(embedder))
    before = _snapshot(small_settings.index_dir)
    again = build_index(small_settings, CountingEmbedder(embedder))
    assert again.embedded == 0
    assert _snapshot(small_settings.index_dir) == before

    card = small_settings.cards_dir / "thanks.md"
    card.write_text(card.read_text("utf-8") + "\n## Follow up\nSend it the same day.\n", "utf-8")
    build_index(small_settings, CountingEmbedder(embedder))
    after = _snapshot(small_settings.index_dir)
    assert after["manifest.json"] != before["manifest.json"]
    assert after["passages.json"] != before["passages.json"]
