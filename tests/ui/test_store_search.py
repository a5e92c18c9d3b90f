"""History search through SQLite's FTS5 trigram index, and the connections a store keeps open."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from coach.store import HistoryStore
from coach.store_db import HistoryError, SQLiteDatabase
from coach.store_schema import MIGRATIONS, SCHEMA_VERSION, list_query


@pytest.fixture
def store(tmp_path: Path) -> HistoryStore:
    return HistoryStore(tmp_path / "history.sqlite3")


def _found(store: HistoryStore, query: str) -> list[tuple[str, int]]:
    return [(item.kind, item.id) for item in store.list_items(query)]


def test_search_matches_any_substring_in_any_case_through_the_index(store: HistoryStore) -> None:
    conversation = store.start_conversation("Réunion planning")
    store.add_message(conversation, "user", "Mon MENTOR m'a dit « prends ton temps »")
    draft = store.save_draft_request("outreach", {"goal": "learn pottery"}, "Outreach to Kim")
    store.add_draft_version(draft, label="first", text='She said "ship it" twice', subject="Hello Kim",
                            checks=[], sources=[], engine="offline")
    assert _found(store, "RÉUNION") == [("conversation", conversation)]
    assert _found(store, "otter") == [("draft", draft)]  # inside a word of the form's fields
    assert _found(store, "mentor m'a") == [("conversation", conversation)]
    assert _found(store, '"ship it"') == [("draft", draft)]  # quotes are text, not query syntax
    assert _found(store, "hello k") == [("draft", draft)]  # the subject line
    assert _found(store, "OR") == [("conversation", conversation)]  # two letters ("mentOR"): a scan
    assert _found(store, "zz") == []
    assert _found(store, "pottery NEAR kim") == []
    assert _found(store, "kim\x00") == []  # a NUL ends an FTS5 query string: such a needle is scanned for


def test_the_index_follows_edits_deletions_and_undo(store: HistoryStore) -> None:
    rehearsal = store.start_rehearsal("frequent-cancels", "busy", "easy", "Asking for a change")
    store.save_rehearsal(rehearsal, [{"role": "user", "text": "about the deadline slip"}])
    assert _found(store, "deadline") == [("rehearsal", rehearsal)]
    store.save_rehearsal(rehearsal, [{"role": "user", "text": "about the new schedule"}])
    assert _found(store, "deadline") == []
    assert _found(store, "schedule") == [("rehearsal", rehearsal)]
    conversation = store.start_conversation("A question")
    store.add_message(conversation, "user", "the quarterly review")
    taken = store.take_out("conversation", conversation)
    assert _found(store, "quarterly") == []  # its messages left the index with it (a cascade)
    store.put_back(taken)
    assert _found(store, "quarterly") == [("conversation", conversation)]
    store.delete_all()
    assert _found(store, "schedule") == [] and _found(store, "quarterly") == []


def test_full_text_queries_read_the_index_not_every_row(store: HistoryStore) -> None:
    with sqlite3.connect(store.path) as connection:  # type: ignore[arg-type]
        sql = list_query("conversation", "full_text")
        plan = connection.execute(f"EXPLAIN QUERY PLAN {sql}", {"user": "local", "phrase": '"abc"',
                                                                 "limit": 30}).fetchall()
    details = " ".join(str(row[-1]) for row in plan)
    assert "VIRTUAL TABLE INDEX" in details and "messages_fts" in details and "conversations_fts" in details


def test_a_version_2_database_gains_the_index_with_its_rows_searchable(tmp_path: Path) -> None:
    path = tmp_path / "v2.sqlite3"
    with sqlite3.connect(path) as old:
        for number in (1, 2):
            for statement in dict(MIGRATIONS)[number]("sqlite"):
                old.execute(statement)
        old.execute("INSERT INTO conversations (id, title, created_at, updated_at) VALUES (1, 'kept', 'x', 'x')")
        old.execute("INSERT INTO messages (conversation_id, role, text, status, created_at)"
                    " VALUES (1, 'user', 'an older reflection', 'complete', 'x')")
        old.execute("PRAGMA user_version=2")
    store = HistoryStore(path)
    assert store.pragma("user_version") == SCHEMA_VERSION
    assert _found(store, "reflect") == [("conversation", 1)]


def test_a_store_reuses_its_connections_across_calls_and_threads(store: HistoryStore,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    database = store._db
    assert isinstance(database, SQLiteDatabase)
    opened: list[int] = []
    real_open = database._open
    monkeypatch.setattr(database, "_open", lambda: opened.append(1) or real_open())

    def use() -> None:
        conversation = store.start_conversation("hello")
        store.add_message(conversation, "user", "hi")
        store.list_items("hello")

    for _ in range(3):  # Streamlit runs each rerun on a new thread, one after another
        thread = threading.Thread(target=use)
        thread.start()
        thread.join()
    assert len(opened) <= 1  # the first call may open one; every later call reuses it
    assert store.pragma("foreign_keys") == 1 and store.pragma("secure_delete") == 1


def test_a_connection_that_failed_is_not_reused(store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    database = store._db
    assert isinstance(database, SQLiteDatabase)
    store.counts()
    with pytest.raises(HistoryError), database.transaction() as connection:
        connection.execute("SELECT * FROM a_table_that_does_not_exist")
    kept = database._idle.take()
    assert kept is None  # the failed one was closed, not handed to the next caller


def test_an_export_reads_each_table_once_however_much_is_saved(store: HistoryStore) -> None:
    for number in range(20):
        draft = store.save_draft_request("outreach", {"goal": f"goal {number}"}, f"Draft {number}")
        store.add_draft_version(draft, label="first", text=f"text {number}", subject=None, checks=[], sources=[],
                                engine="offline")
        conversation = store.start_conversation(f"question {number}")
        store.add_message(conversation, "user", f"message {number}")
    database = store._db
    assert isinstance(database, SQLiteDatabase)
    connection = database._idle.take()
    assert connection is not None
    statements: list[str] = []
    connection.set_trace_callback(statements.append)
    database._idle.give_back(connection)
    data = store.export_data()
    connection.set_trace_callback(None)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 5, selects  # one per table, not one per item
    assert [d["versions"][0]["text"] for d in data["drafts"]] == [f"text {n}" for n in range(20)]
    assert [c["messages"][0]["text"] for c in data["conversations"]] == [f"message {n}" for n in range(20)]


@pytest.mark.parametrize("how", ["delete", "take_out"])
def test_a_deleted_items_words_leave_the_search_index_in_the_file(tmp_path: Path, how: str) -> None:
    store = HistoryStore(tmp_path / "history.sqlite3")
    for number in range(20):
        kept = store.start_conversation(f"question {number}")
        store.add_message(kept, "user", f"ordinary text number {number}")
    secret = store.start_conversation("hello")
    store.add_message(secret, "user", "my diagnosis is zqxjvkw, please keep it confidential")
    getattr(store, how)("conversation", secret)
    database = store._db
    assert isinstance(database, SQLiteDatabase)
    database._idle.close_all()
    with sqlite3.connect(store.path) as connection:  # type: ignore[arg-type]
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("history.sqlite3*"))
    assert b"zqx" not in raw and b"qxj" not in raw  # not even as the index's three-letter pieces
    assert _found(store, "ordinary") and not _found(store, "zqxjvkw")


# Texts whose case rules differ between Python's casefold() and the engines' own folding: "ß" casefolds to "ss",
# "İ" lowers to two code points. Each must be found by what was typed, as typed and in capitals where that is 1:1.
FOLDING_TEXTS = ["0ß", "Straße am Ring", "İstanbul office", "xİy", "ΣΑΣ notes", "ǅemal", "ﬁle Kelvin \u212a"]


@pytest.mark.parametrize("text", FOLDING_TEXTS)
def test_a_saved_text_is_found_by_itself_whatever_its_case_rules(store: HistoryStore, text: str) -> None:
    conversation = store.start_conversation(text)
    store.add_message(conversation, "user", text)
    assert _found(store, text) == [("conversation", conversation)]
    assert _found(store, text[:2]) == [("conversation", conversation)]  # a scan, under the trigram length
