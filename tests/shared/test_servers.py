"""History in a real PostgreSQL and the guidance index on a real Chroma server, both started by the tests."""

from __future__ import annotations

import multiprocessing
import shutil
from pathlib import Path
from typing import Any

import psycopg
import pytest
from ui.test_store_search import FOLDING_TEXTS

from coach.config import Settings
from coach.index import build_index, open_index
from coach.retrieval import HybridRetriever
from coach.store import HistoryStore, ItemNotFoundError
from coach.store_db import HistoryError
from coach.store_schema import SCHEMA_VERSION
from shared.test_scoping import fill


def test_postgres_history_is_scoped_per_user_like_sqlite(pg_url: str) -> None:
    database = HistoryStore(pg_url)
    alice, bob = database.for_user("alice@example.org"), database.for_user("bob@example.org")
    ids = fill(alice, "CANARY-ALICE")
    fill(bob, "CANARY-BOB")
    assert alice.counts() == bob.counts() == {"conversation": 1, "draft": 1, "rehearsal": 1}
    assert "CANARY-BOB" not in alice.export_json() and "CANARY-ALICE" in alice.export_json()
    assert [item.kind for item in alice.list_items("canary-alice")] and bob.list_items("canary-alice") == []
    with pytest.raises(ItemNotFoundError):
        bob.conversation(ids["conversation"])
    with pytest.raises(ItemNotFoundError):
        bob.delete("draft", ids["draft"])
    bob.delete_all()
    assert alice.counts()["draft"] == 1 and bob.counts()["draft"] == 0
    with psycopg.connect(pg_url) as connection:
        assert connection.execute("SELECT MAX(version) FROM coach_schema").fetchone() == (SCHEMA_VERSION,)
        assert connection.execute("SELECT COUNT(*) FROM messages").fetchone() == (1,)  # Bob's went with him


def test_postgres_search_matches_substrings_through_trigram_indexes(pg_url: str) -> None:
    store = HistoryStore(pg_url)
    draft = store.save_draft_request("outreach", {"goal": "learn pottery"}, "Outreach to Kim")
    store.add_draft_version(draft, label="first", text="100% sure about_this", subject=None, checks=[],
                            sources=[], engine="offline")
    conversation = store.start_conversation("A question")
    store.add_message(conversation, "user", "The QUARTERLY review")
    assert [(i.kind, i.id) for i in store.list_items("otter")] == [("draft", draft)]
    assert [(i.kind, i.id) for i in store.list_items("quarterly")] == [("conversation", conversation)]
    assert [i.id for i in store.list_items("0% sure about_")] == [draft]
    assert store.list_items("1_0") == [] and store.list_items("9%") == []  # wildcards are plain text
    with psycopg.connect(pg_url) as connection:
        names = {row[0] for row in connection.execute("SELECT indexname FROM pg_indexes WHERE indexname LIKE "
                                                      "'%_trgm'").fetchall()}
    assert {"messages_text_trgm", "draft_versions_text_trgm", "rehearsals_transcript_trgm"} <= names


def test_postgres_finds_a_saved_text_by_itself_whatever_its_case_rules(pg_url: str) -> None:
    store = HistoryStore(pg_url).for_user("folding@example.org")
    for text in FOLDING_TEXTS:
        conversation = store.start_conversation(text)
        store.add_message(conversation, "user", text)
        assert conversation in [item.id for item in store.list_items(text)], text


def test_a_postgres_store_keeps_its_connection_between_calls(pg_url: str) -> None:
    store = HistoryStore(pg_url)
    store.counts()
    with psycopg.connect(pg_url) as connection:
        before = connection.execute("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                                    " AND pid <> pg_backend_pid()").fetchone()[0]
        for _ in range(5):
            store.list_items("anything")
            store.counts()
        after = connection.execute("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                                   " AND pid <> pg_backend_pid()").fetchone()[0]
    assert before == after == 1  # one kept connection, not one per call


def test_the_same_history_is_seen_from_a_second_process(pg_url: str) -> None:
    alice = HistoryStore(pg_url).for_user("alice@example.org")
    conversation = alice.start_conversation("where my history lives")
    alice.add_message(conversation, "user", "unicode ✓ and 'quotes' and 100% sure")
    second = HistoryStore(pg_url).for_user("alice@example.org")  # as another app process would open it
    assert second.conversation(conversation).messages[0].text == "unicode ✓ and 'quotes' and 100% sure"
    assert second.list_items("100%")


def _add_versions(url: str, draft_id: int, count: int) -> int:
    store = HistoryStore(url).for_user("alice@example.org")
    for i in range(count):
        store.add_draft_version(draft_id, label="edit", text=f"v{i}", subject=None, checks=[], sources=[],
                                engine="offline")
    return count


def test_concurrent_versions_on_postgres_lose_none(pg_url: str) -> None:
    store = HistoryStore(pg_url).for_user("alice@example.org")
    draft = store.save_draft_request("outreach", {"goal": "x"}, "race")
    with multiprocessing.get_context("spawn").Pool(3) as pool:
        added = pool.starmap(_add_versions, [(pg_url, draft, 40)] * 3)
    assert sum(added) == 120
    assert [v.number for v in store.draft(draft).versions] == list(range(1, 121))


def test_an_unreachable_postgres_is_one_clear_message(pg_cluster: str) -> None:
    url = pg_cluster.rsplit(":", 1)[0] + ":1/postgres"
    with pytest.raises(HistoryError, match="Check that PostgreSQL is running"):
        HistoryStore(url.replace("postgres@", "postgres:secret-pw@"))
    try:
        HistoryStore(url.replace("postgres@", "postgres:secret-pw@"))
    except HistoryError as error:
        assert "secret-pw" not in str(error)


def test_the_index_on_a_chroma_server_is_built_once_and_shared(chroma_url: str, embedder: Any,
                                                               tmp_path: Path) -> None:
    builder = Settings(data_dir=tmp_path / "builder", chroma_url=chroma_url)
    first = build_index(builder, embedder)
    assert first.embedded == first.passages > 0
    # Another machine's app process: its own empty data folder, the same server.
    reader = Settings(data_dir=tmp_path / "reader", chroma_url=chroma_url)
    index = open_index(reader)
    assert len(index.passages) == first.passages
    results = HybridRetriever(index, embedder).search("how do I ask someone to mentor me", k=3)
    assert results and all(r.text for r in results)
    again = build_index(builder, embedder)  # unchanged cards: vectors are copied, not embedded again
    assert (again.embedded, again.unchanged) == (0, first.passages)
    assert HybridRetriever(open_index(reader), embedder).search("thank you note", k=1)
    assert not (tmp_path / "reader").exists()  # nothing was written on the reading side


def test_app_processes_of_a_server_index_answer_without_torch(chroma_url: str, embedder: Any, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from coach import query_model

    environment = tmp_path / "environment"
    monkeypatch.setattr(query_model, "environment_model_dir", lambda: environment)
    builder = Settings(data_dir=tmp_path / "builder", chroma_url=chroma_url)
    build_index(builder, embedder)
    reader = Settings(data_dir=tmp_path / "reader", chroma_url=chroma_url)
    assert isinstance(query_model.query_embedder(reader), query_model.OnnxEmbedder)
    assert not (tmp_path / "reader").exists()

    shutil.rmtree(environment)  # an app machine whose environment has no export yet
    assert not isinstance(query_model.query_embedder(reader), query_model.OnnxEmbedder)
    again = build_index(Settings(data_dir=tmp_path / "app-machine", chroma_url=chroma_url), embedder)
    assert again.embedded == 0  # the shared index is unchanged: only the query model was made
    assert isinstance(query_model.query_embedder(reader), query_model.OnnxEmbedder)


def test_a_chroma_server_that_is_down_is_one_clear_message(tmp_path: Path) -> None:
    from servers import free_port

    from coach.errors import GuidanceIndexError

    settings = Settings(data_dir=tmp_path, chroma_url=f"http://127.0.0.1:{free_port()}")
    with pytest.raises(GuidanceIndexError, match="Cannot reach the Chroma server"):
        open_index(settings)
