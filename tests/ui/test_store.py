"""The SQLite history store, on a real database file."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from coach.store import HistoryStore, ItemNotFoundError
from coach.tasks.base import Check, Citation


@pytest.fixture
def store(tmp_path: Path) -> HistoryStore:
    return HistoryStore(tmp_path / "history.sqlite3")


def test_database_runs_in_wal_mode_with_full_sync(store: HistoryStore, tmp_path: Path) -> None:
    assert store.pragma("journal_mode") == "wal"
    assert store.pragma("synchronous") == 2  # FULL
    # WAL is a property of the file: another connection sees it too.
    with sqlite3.connect(tmp_path / "history.sqlite3") as other:
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_user_message_is_on_disk_before_the_reply_exists(store: HistoryStore, tmp_path: Path) -> None:
    conversation = store.start_conversation("How do I ask for feedback?")
    store.add_message(conversation, "user", "How do I ask for feedback?")
    # A separate connection (another process, or after a crash) already sees the message.
    with sqlite3.connect(tmp_path / "history.sqlite3") as other:
        rows = other.execute("SELECT role, text FROM messages").fetchall()
    assert rows == [("user", "How do I ask for feedback?")]


def test_reply_is_interrupted_until_finished_complete(store: HistoryStore) -> None:
    conversation = store.start_conversation("hello")
    store.add_message(conversation, "user", "hello")
    reply = store.start_reply(conversation, engine="offline")
    assert store.conversation(conversation).messages[-1].status == "interrupted"

    store.finish_reply(reply, "Half a repl", complete=False)
    saved = store.conversation(conversation).messages[-1]
    assert (saved.text, saved.status) == ("Half a repl", "interrupted")

    citations = [Citation(1, "ask-for-feedback", "Asking your mentor for feedback")]
    store.finish_reply(reply, "Whole reply [1]", complete=True, citations=citations, notices=["fell back"])
    saved = store.conversation(conversation).messages[-1]
    assert saved.status == "complete"
    assert saved.citations == citations
    assert saved.notices == ["fell back"]
    assert store.conversation(conversation).history == [("user", "hello"), ("assistant", "Whole reply [1]")]


def test_feedback_is_stored_with_the_message(store: HistoryStore) -> None:
    conversation = store.start_conversation("q")
    message = store.add_message(conversation, "assistant", "answer")
    store.set_feedback(message, 1)
    assert store.conversation(conversation).messages[0].feedback == 1
    store.set_feedback(message, None)
    assert store.conversation(conversation).messages[0].feedback is None
    with pytest.raises(ValueError):
        store.set_feedback(message, 5)
    with pytest.raises(ItemNotFoundError):
        store.set_feedback(9999, 1)


def test_draft_form_saved_first_then_versions(store: HistoryStore) -> None:
    draft = store.save_draft_request("outreach", {"recipient_name": "Dana Lee", "goal": "grow"}, "Outreach to Dana")
    assert store.draft(draft).latest is None
    checks = [Check("has a specific ask", False, "Say what you want from them.")]
    first = store.add_draft_version(
        draft, label="first draft", text="Hi Dana [1]", subject="Hello", checks=checks,
        sources=[Citation(1, "first-outreach-message", "First outreach")], engine="offline",
    )
    second = store.add_draft_version(
        draft, label="shorter", text="Hi", subject="Hello", checks=[], sources=[], engine="offline"
    )
    saved = store.draft(draft)
    assert (first, second) == (1, 2)
    assert saved.fields == {"recipient_name": "Dana Lee", "goal": "grow"}
    assert [v.label for v in saved.versions] == ["first draft", "shorter"]
    assert saved.versions[0].checks == checks
    assert saved.latest is not None and saved.latest.text == "Hi"


def test_rehearsal_transcript_and_debrief(store: HistoryStore) -> None:
    rehearsal = store.start_rehearsal("ask-for-mentoring", "busy-executive", "hard", "Asking for mentoring")
    store.save_rehearsal(rehearsal, [{"role": "user", "text": "Hi"}, {"role": "partner", "text": "Yes?"}])
    assert not store.rehearsal(rehearsal).finished
    store.save_rehearsal(rehearsal, [{"role": "user", "text": "Hi"}], markdown="# Debrief", debrief={"score": 3})
    saved = store.rehearsal(rehearsal)
    assert saved.finished and saved.debrief == {"score": 3} and saved.markdown == "# Debrief"


def _fill(store: HistoryStore) -> tuple[int, int, int]:
    conversation = store.start_conversation("Réunion with my MENTOR")
    store.add_message(conversation, "user", "Réunion with my MENTOR")
    draft = store.save_draft_request("outreach", {"goal": "learn pottery"}, "Outreach to Kim")
    store.add_draft_version(draft, label="first draft", text="Dear Kim", subject=None, checks=[], sources=[],
                            engine="offline")
    rehearsal = store.start_rehearsal("feedback", "defensive-mentee", "easy", "Giving feedback")
    store.save_rehearsal(rehearsal, [{"role": "user", "text": "about the deadline slip"}])
    return conversation, draft, rehearsal


def test_search_finds_each_kind_by_its_text_in_any_case(store: HistoryStore) -> None:
    conversation, draft, rehearsal = _fill(store)
    assert len(store.list_items()) == 3
    assert [(i.kind, i.id) for i in store.list_items("réunion")] == [("conversation", conversation)]
    assert [(i.kind, i.id) for i in store.list_items("POTTERY")] == [("draft", draft)]
    assert [(i.kind, i.id) for i in store.list_items("dear kim")] == [("draft", draft)]
    assert [(i.kind, i.id) for i in store.list_items("deadline")] == [("rehearsal", rehearsal)]
    assert store.list_items("100%_") == []  # LIKE wildcards are plain text here
    assert [i.kind for i in store.list_items(kind="draft")] == ["draft"]


def test_delete_one_and_delete_all(store: HistoryStore, tmp_path: Path) -> None:
    conversation, _, _ = _fill(store)
    store.delete("conversation", conversation)
    with pytest.raises(ItemNotFoundError):
        store.conversation(conversation)
    assert store.counts() == {"conversation": 0, "draft": 1, "rehearsal": 1}
    with pytest.raises(ItemNotFoundError):
        store.delete("draft", 12345)
    store.delete_all()
    assert store.counts() == {"conversation": 0, "draft": 0, "rehearsal": 0}
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("history.sqlite3*"))
    assert b"pottery" not in raw  # the text is gone from the file, not just unlinked


def test_export_json_and_markdown_hold_everything(store: HistoryStore) -> None:
    _fill(store)
    data = json.loads(store.export_json())
    assert data["format"] == 1
    assert data["conversations"][0]["messages"][0]["text"] == "Réunion with my MENTOR"
    assert data["drafts"][0]["versions"][0]["text"] == "Dear Kim"
    assert data["rehearsals"][0]["transcript"][0]["text"] == "about the deadline slip"
    markdown = store.export_markdown()
    for expected in ("# Mentor Coach history", "Réunion with my MENTOR", "Dear Kim", "about the deadline slip"):
        assert expected in markdown


def test_backup_is_a_consistent_database_copy(store: HistoryStore, tmp_path: Path) -> None:
    _fill(store)
    copy = store.backup(tmp_path / "backup.sqlite3")
    assert HistoryStore(copy).counts() == {"conversation": 1, "draft": 1, "rehearsal": 1}
    with pytest.raises(FileExistsError):
        store.backup(copy)


def test_unwritable_location_gives_a_clear_error(tmp_path: Path) -> None:
    from coach.store import HistoryError

    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(HistoryError, match="COACH_DATA_DIR"):
        HistoryStore(blocker / "history.sqlite3")


def test_listing_is_paged_in_sql_newest_first_across_kinds(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "paged.sqlite3")
    drafts = [store.save_draft_request("outreach", {"goal": f"g{n}"}, f"Draft {n}") for n in range(5)]
    conversation = store.start_conversation("A question")
    rehearsal = store.start_rehearsal("frequent-cancels", "warm", "medium", "A rehearsal")
    newest = store.list_items(limit=3)
    assert len(newest) == 3
    everything = store.list_items(limit=100)
    assert len(everything) == 7
    assert newest == everything[:3]
    keys = [(item.updated_at, item.id) for item in everything]
    assert keys == sorted(keys, reverse=True)
    assert {(i.kind, i.id) for i in everything} >= {("draft", drafts[-1]), ("conversation", conversation),
                                                    ("rehearsal", rehearsal)}
