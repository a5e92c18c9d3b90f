"""Per-user history on a real SQLite file: every read, search, export and delete sees one user's rows."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from coach.config import Settings
from coach.identity import user_from_headers
from coach.store import LOCAL_USER, HistoryStore, ItemNotFoundError
from coach.store_schema import MIGRATIONS, SCHEMA_VERSION


def fill(store: HistoryStore, canary: str) -> dict[str, int]:
    conversation = store.start_conversation(f"question {canary}")
    message = store.add_message(conversation, "user", f"question {canary}")
    draft = store.save_draft_request("outreach", {"goal": canary}, f"Outreach {canary}")
    store.add_draft_version(draft, label="first", text=f"draft {canary}", subject=None, checks=[], sources=[],
                            engine="offline")
    rehearsal = store.start_rehearsal("frequent-cancels", "busy", "easy", f"Rehearsal {canary}")
    store.save_rehearsal(rehearsal, [{"role": "user", "text": canary}], markdown=canary)
    return {"conversation": conversation, "message": message, "draft": draft, "rehearsal": rehearsal}


@pytest.fixture
def stores(tmp_path: Path) -> tuple[HistoryStore, HistoryStore]:
    shared = HistoryStore(tmp_path / "history.sqlite3")
    return shared.for_user("alice@example.org"), shared.for_user("bob@example.org")


def test_a_user_sees_lists_searches_and_exports_only_their_own_items(
    stores: tuple[HistoryStore, HistoryStore],
) -> None:
    alice, bob = stores
    fill(alice, "CANARY-ALICE")
    fill(bob, "CANARY-BOB")
    assert alice.counts() == bob.counts() == {"conversation": 1, "draft": 1, "rehearsal": 1}
    assert all("CANARY-ALICE" in item.title for item in alice.list_items())
    assert bob.list_items("canary-alice") == []
    assert len(alice.list_items("canary-alice")) == 3
    assert "CANARY-BOB" not in alice.export_json() and "CANARY-ALICE" in alice.export_json()
    assert "CANARY-ALICE" not in bob.export_markdown()


def test_another_users_item_is_not_found_for_reading_writing_or_deleting(
    stores: tuple[HistoryStore, HistoryStore],
) -> None:
    alice, bob = stores
    ids = fill(alice, "CANARY-ALICE")
    with pytest.raises(ItemNotFoundError):
        bob.conversation(ids["conversation"])
    with pytest.raises(ItemNotFoundError):
        bob.draft(ids["draft"])
    with pytest.raises(ItemNotFoundError):
        bob.rehearsal(ids["rehearsal"])
    with pytest.raises(ItemNotFoundError):
        bob.add_message(ids["conversation"], "user", "injected")
    with pytest.raises(ItemNotFoundError):
        bob.add_draft_version(ids["draft"], label="x", text="injected", subject=None, checks=[], sources=[],
                              engine="offline")
    with pytest.raises(ItemNotFoundError):
        bob.set_feedback(ids["message"], 1)
    with pytest.raises(ItemNotFoundError):
        bob.finish_reply(ids["message"], "overwritten", complete=True)
    for kind in ("conversation", "draft", "rehearsal"):
        with pytest.raises(ItemNotFoundError):
            bob.delete(kind, ids[kind])  # type: ignore[arg-type]
    assert "injected" not in alice.export_json() and "overwritten" not in alice.export_json()
    assert alice.counts() == {"conversation": 1, "draft": 1, "rehearsal": 1}


def test_delete_all_removes_only_the_callers_items(stores: tuple[HistoryStore, HistoryStore]) -> None:
    alice, bob = stores
    fill(alice, "CANARY-ALICE")
    fill(bob, "CANARY-BOB")
    bob.delete_all()
    assert bob.counts() == {"conversation": 0, "draft": 0, "rehearsal": 0}
    assert alice.counts() == {"conversation": 1, "draft": 1, "rehearsal": 1}
    assert alice.draft(alice.list_items(kind="draft")[0].id).versions[0].text == "draft CANARY-ALICE"


def test_a_version_1_database_is_migrated_and_its_rows_belong_to_the_local_user(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as old:  # the schema as released before accounts existed
        for statement in dict(MIGRATIONS)[1]("sqlite"):
            old.execute(statement)
        old.execute("INSERT INTO conversations VALUES (1, 'kept from before', '2030-01-01', '2030-01-01')")
        old.execute("PRAGMA user_version=1")
    store = HistoryStore(path)
    assert store.pragma("user_version") == SCHEMA_VERSION
    assert [item.title for item in store.list_items()] == ["kept from before"]
    assert store.for_user("someone@example.org").list_items() == []


def _add_versions(path: str, draft_id: int, count: int) -> int:
    store = HistoryStore(Path(path))
    return len([store.add_draft_version(draft_id, label="edit", text=f"v{i}", subject=None, checks=[], sources=[],
                                        engine="offline") for i in range(count)])


def test_two_processes_adding_versions_to_one_draft_lose_none(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "history.sqlite3")
    draft = store.save_draft_request("outreach", {"goal": "x"}, "race")
    context = multiprocessing.get_context("spawn")
    with context.Pool(3) as pool:
        added = pool.starmap(_add_versions, [(str(store.path), draft, 60)] * 3)
    numbers = [v.number for v in store.draft(draft).versions]
    assert sum(added) == 180
    assert numbers == list(range(1, 181))


def test_the_user_is_the_proxy_header_in_header_mode_and_the_local_user_otherwise() -> None:
    shared = Settings(auth="header")
    assert user_from_headers(Settings(), {}) == LOCAL_USER
    assert user_from_headers(shared, {"x-forwarded-email": " Alice@Example.org "}) == "alice@example.org"
    assert user_from_headers(shared, {"X-Forwarded-User": "alice"}) is None
    assert user_from_headers(shared, {"X-Forwarded-Email": ""}) is None
    assert user_from_headers(shared, {"X-Forwarded-Email": "a\x00b"}) is None
    assert user_from_headers(shared, {"X-Forwarded-Email": "x" * 400}) is None
    assert user_from_headers(Settings(auth="header", auth_header="X-Auth-User"), {"x-auth-user": "bo"}) == "bo"


def test_a_full_disk_is_named_with_what_to_do(tmp_path: Path) -> None:
    from coach.store_db import _sqlite_problem

    with sqlite3.connect(tmp_path / "tiny.sqlite3") as tiny:  # SQLite's own error for a full disk
        tiny.execute("CREATE TABLE t (x TEXT)")
        tiny.execute("PRAGMA max_page_count = 3")
        with pytest.raises(sqlite3.OperationalError) as caught:
            tiny.execute("INSERT INTO t VALUES (?)", ("x" * 100_000,))
    message = str(_sqlite_problem(tmp_path / "tiny.sqlite3", caught.value))
    assert "disk" in message and "is full" in message and "Free some space" in message
