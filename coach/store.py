"""SQLite history of everything the user did: chat conversations, drafts and rehearsals.

The database lives at ``settings.history_db``. It runs in WAL mode with ``synchronous=FULL`` so a
saved message survives a crash or a power cut. Callers save the user's input *before* any model
call, and a streamed reply is written first as ``interrupted`` and upgraded to ``complete`` when it
finishes, so a reply cut short (the user clicked away, the process died) is never mistaken for a
whole one. Nothing here logs user text.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import closing, contextmanager
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from coach.store_schema import (
    ITEM_KINDS,
    LIST_QUERIES,
    SCHEMA,
    SCHEMA_VERSION,
    TABLES,
    DraftVersion,
    HistoryItem,
    ItemKind,
    MessageStatus,
    SavedConversation,
    SavedDraft,
    SavedMessage,
    SavedRehearsal,
)
from coach.tasks.base import Check, Citation

__all__ = [
    "ITEM_KINDS",
    "DraftVersion",
    "HistoryError",
    "HistoryItem",
    "HistoryStore",
    "ItemKind",
    "ItemNotFoundError",
    "MessageStatus",
    "SavedConversation",
    "SavedDraft",
    "SavedMessage",
    "SavedRehearsal",
]

EXPORT_FORMAT = 1
TITLE_CHARS = 80

class HistoryError(RuntimeError):
    """The history database cannot be used; the message says what to do."""


class ItemNotFoundError(KeyError):
    """A saved item was asked for by an id that does not exist (it may have been deleted)."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def make_title(text: str, limit: int = TITLE_CHARS) -> str:
    """A one-line title from the start of ``text``."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _contains(haystack: str | None, needle: str) -> int:
    # Registered as an SQL function: LIKE only folds ASCII case, and users search in any language.
    return int(haystack is not None and needle in haystack.casefold())


def _citations(raw: str) -> list[Citation]:
    return [Citation(int(c["number"]), str(c["id"]), str(c["title"])) for c in json.loads(raw)]


def _checks(raw: str) -> list[Check]:
    return [Check(str(c["name"]), bool(c["passed"]), str(c["hint"])) for c in json.loads(raw)]


class HistoryStore:
    """Saved conversations, drafts and rehearsals in one SQLite file.

    Each call opens its own short-lived connection, so one store can be shared by every Streamlit
    session thread without locks of our own; SQLite serialises the writers.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with closing(sqlite3.connect(self.path, timeout=15)) as connection:
                mode = connection.execute("PRAGMA journal_mode=WAL").fetchone()[0]
                connection.executescript(SCHEMA)
                connection.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
                connection.commit()
        except (OSError, sqlite3.Error) as error:
            raise HistoryError(
                f"Cannot open the history database at {self.path} ({type(error).__name__}). "
                "Check that the data folder is writable, or set COACH_DATA_DIR to another folder."
            ) from error
        if str(mode).lower() != "wal":
            raise HistoryError(f"The history database at {self.path} cannot use WAL mode (got {mode}).")

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        connection = sqlite3.connect(self.path, timeout=15)
        try:
            connection.row_factory = sqlite3.Row
            connection.execute("PRAGMA synchronous=FULL")
            connection.execute("PRAGMA foreign_keys=ON")
            # Overwrite deleted rows with zeros: "delete" should mean the text is gone from the file.
            connection.execute("PRAGMA secure_delete=ON")
            connection.create_function("coach_contains", 2, _contains, deterministic=True)
            with connection:  # one transaction: commit on success, roll back on error
                yield connection
        finally:
            connection.close()

    def pragma(self, name: str) -> Any:
        """The value of a PRAGMA on a fresh connection (used to verify durability settings)."""
        if not name.isidentifier():
            raise ValueError(f"not a pragma name: {name!r}")
        with self._connect() as connection:
            return connection.execute(f"PRAGMA {name}").fetchone()[0]

    # -- conversations -------------------------------------------------------------------------

    def start_conversation(self, first_message: str) -> int:
        """Create a conversation titled after its first message; returns its id."""
        now = _now()
        with self._connect() as connection:
            cursor = connection.execute(
                "INSERT INTO conversations (title, created_at, updated_at) VALUES (?, ?, ?)",
                (make_title(first_message) or "Conversation", now, now),
            )
            return int(cursor.lastrowid or 0)

    def add_message(
        self,
        conversation_id: int,
        role: Literal["user", "assistant"],
        text: str,
        *,
        citations: Sequence[Citation] = (),
        notices: Sequence[str] = (),
        engine: str | None = None,
        status: MessageStatus = "complete",
    ) -> int:
        """Append a message (call it for the user's message before asking the model); returns its id."""
        now = _now()
        with self._connect() as connection:
            self._require(connection, "conversations", conversation_id)
            cursor = connection.execute(
                "INSERT INTO messages (conversation_id, role, text, citations, notices, engine, status, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (conversation_id, role, text, _dumps([asdict(c) for c in citations]), _dumps(list(notices)),
                 engine, status, now),
            )
            connection.execute("UPDATE conversations SET updated_at = ? WHERE id = ?", (now, conversation_id))
            return int(cursor.lastrowid or 0)

    def start_reply(self, conversation_id: int, engine: str | None = None) -> int:
        """Reserve the assistant's reply, marked interrupted until :meth:`finish_reply` says otherwise."""
        return self.add_message(conversation_id, "assistant", "", engine=engine, status="interrupted")

    def finish_reply(
        self,
        message_id: int,
        text: str,
        *,
        complete: bool,
        citations: Sequence[Citation] = (),
        notices: Sequence[str] = (),
        engine: str | None = None,
    ) -> None:
        """Store the reply text written so far: ``complete`` when the stream ended, else interrupted."""
        status: MessageStatus = "complete" if complete else "interrupted"
        with self._connect() as connection:
            connection.execute(
                "UPDATE messages SET text = ?, citations = ?, notices = ?, engine = COALESCE(?, engine), status = ?"
                " WHERE id = ?",
                (text, _dumps([asdict(c) for c in citations]), _dumps(list(notices)), engine, status, message_id),
            )

    def set_feedback(self, message_id: int, feedback: int | None) -> None:
        """Store thumbs up (1), thumbs down (0) or no rating (None) on a message."""
        if feedback not in (None, 0, 1):
            raise ValueError("feedback is 1 (thumbs up), 0 (thumbs down) or None")
        with self._connect() as connection:
            updated = connection.execute("UPDATE messages SET feedback = ? WHERE id = ?", (feedback, message_id))
            if updated.rowcount == 0:
                raise ItemNotFoundError(f"message {message_id}")

    def conversation(self, conversation_id: int) -> SavedConversation:
        """A conversation with all its messages."""
        with self._connect() as connection:
            row = self._require(connection, "conversations", conversation_id)
            rows = connection.execute(
                "SELECT * FROM messages WHERE conversation_id = ? ORDER BY id", (conversation_id,)
            ).fetchall()
        messages = [
            SavedMessage(
                id=m["id"], role=m["role"], text=m["text"], citations=_citations(m["citations"]),
                notices=json.loads(m["notices"]), engine=m["engine"], feedback=m["feedback"],
                status=m["status"], created_at=m["created_at"],
            )
            for m in rows
        ]
        return SavedConversation(row["id"], row["title"], row["created_at"], row["updated_at"], messages)

    # -- drafts --------------------------------------------------------------------------------

    def save_draft_request(self, task: str, fields: Mapping[str, Any], title: str) -> int:
        """Save a job's form before the model is asked; returns the draft id."""
        now = _now()
        with self._connect() as connection:
            cursor = connection.execute(
                "INSERT INTO drafts (task, title, fields, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                (task, make_title(title) or task, _dumps(dict(fields)), now, now),
            )
            return int(cursor.lastrowid or 0)

    def add_draft_version(
        self,
        draft_id: int,
        *,
        label: str,
        text: str,
        subject: str | None,
        checks: Sequence[Check],
        sources: Sequence[Citation],
        engine: str,
        notices: Sequence[str] = (),
        complete: bool = True,
    ) -> int:
        """Append a version (first draft, refinement or edit); returns its version number."""
        now = _now()
        with self._connect() as connection:
            self._require(connection, "drafts", draft_id)
            (last,) = connection.execute(
                "SELECT COALESCE(MAX(number), 0) FROM draft_versions WHERE draft_id = ?", (draft_id,)
            ).fetchone()
            number = int(last) + 1
            connection.execute(
                "INSERT INTO draft_versions (draft_id, number, label, text, subject, checks, sources, notices,"
                " engine, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (draft_id, number, label, text, subject, _dumps([asdict(c) for c in checks]),
                 _dumps([asdict(s) for s in sources]), _dumps(list(notices)), engine,
                 "complete" if complete else "interrupted", now),
            )
            connection.execute("UPDATE drafts SET updated_at = ? WHERE id = ?", (now, draft_id))
            return number

    def draft(self, draft_id: int) -> SavedDraft:
        """A draft's form and all its versions, oldest first."""
        with self._connect() as connection:
            row = self._require(connection, "drafts", draft_id)
            rows = connection.execute(
                "SELECT * FROM draft_versions WHERE draft_id = ? ORDER BY number", (draft_id,)
            ).fetchall()
        versions = [
            DraftVersion(
                number=v["number"], label=v["label"], text=v["text"], subject=v["subject"],
                checks=_checks(v["checks"]), sources=_citations(v["sources"]), notices=json.loads(v["notices"]),
                engine=v["engine"], status=v["status"], created_at=v["created_at"],
            )
            for v in rows
        ]
        return SavedDraft(
            row["id"], row["task"], row["title"], json.loads(row["fields"]), row["created_at"], row["updated_at"],
            versions,
        )

    # -- rehearsals ----------------------------------------------------------------------------

    def start_rehearsal(self, scenario: str, persona: str, difficulty: str, title: str) -> int:
        """Save a rehearsal's setup before the first turn; returns its id."""
        now = _now()
        with self._connect() as connection:
            cursor = connection.execute(
                "INSERT INTO rehearsals (title, scenario, persona, difficulty, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (make_title(title) or scenario, scenario, persona, difficulty, now, now),
            )
            return int(cursor.lastrowid or 0)

    def save_rehearsal(
        self,
        rehearsal_id: int,
        transcript: Sequence[Mapping[str, Any]],
        *,
        markdown: str = "",
        debrief: Mapping[str, Any] | None = None,
    ) -> None:
        """Replace the transcript (and the debrief once the rehearsal has ended)."""
        with self._connect() as connection:
            self._require(connection, "rehearsals", rehearsal_id)
            connection.execute(
                "UPDATE rehearsals SET transcript = ?, markdown = ?, debrief = ?, updated_at = ? WHERE id = ?",
                (_dumps([dict(t) for t in transcript]), markdown,
                 None if debrief is None else _dumps(dict(debrief)), _now(), rehearsal_id),
            )

    def rehearsal(self, rehearsal_id: int) -> SavedRehearsal:
        """A rehearsal with its transcript and debrief."""
        with self._connect() as connection:
            row = self._require(connection, "rehearsals", rehearsal_id)
        return SavedRehearsal(
            row["id"], row["title"], row["scenario"], row["persona"], row["difficulty"],
            json.loads(row["transcript"]), None if row["debrief"] is None else json.loads(row["debrief"]),
            row["markdown"], row["created_at"], row["updated_at"],
        )

    # -- listing, search, deletion -------------------------------------------------------------

    def list_items(self, query: str = "", kind: ItemKind | None = None, limit: int = 200) -> list[HistoryItem]:
        """Saved items, newest first; ``query`` keeps those whose text contains it (any case)."""
        needle = query.strip().casefold()
        items: list[HistoryItem] = []
        with self._connect() as connection:
            for item_kind, sql in LIST_QUERIES.items():
                if kind is None or kind == item_kind:
                    # Each kind's newest `limit` rows, in SQL: the merged top `limit` is among them.
                    rows = connection.execute(sql, {"q": needle, "all": int(not needle), "limit": limit}).fetchall()
                    items += [HistoryItem(item_kind, r["id"], r["title"], r["updated_at"], r["preview"] or "")
                              for r in rows]
        items.sort(key=lambda item: (item.updated_at, item.id), reverse=True)
        return items[:limit]

    def delete(self, kind: ItemKind, item_id: int) -> None:
        """Delete one saved item (its messages or versions go with it)."""
        table = TABLES[kind]
        with self._connect() as connection:
            if connection.execute(f"DELETE FROM {table} WHERE id = ?", (item_id,)).rowcount == 0:
                raise ItemNotFoundError(f"{kind} {item_id}")

    def delete_all(self) -> None:
        """Delete every saved item and compact the file so the text is really gone."""
        with self._connect() as connection:
            for table in ("messages", "conversations", "draft_versions", "drafts", "rehearsals"):
                connection.execute(f"DELETE FROM {table}")
        with closing(sqlite3.connect(self.path, timeout=15)) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.execute("VACUUM")

    def counts(self) -> dict[ItemKind, int]:
        """How many items of each kind are saved."""
        with self._connect() as connection:
            return {kind: int(connection.execute(f"SELECT COUNT(*) FROM {TABLES[kind]}").fetchone()[0])
                    for kind in ITEM_KINDS}

    def backup(self, destination: Path) -> Path:
        """A consistent copy of the database made with ``VACUUM INTO`` (never a raw file copy)."""
        destination = Path(destination)
        if destination.exists():
            raise FileExistsError(f"{destination} already exists; choose a new file name for the backup")
        destination.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(self.path, timeout=15)) as connection:
            connection.execute("VACUUM INTO ?", (str(destination),))
        return destination

    # -- export --------------------------------------------------------------------------------

    def export_data(self) -> dict[str, Any]:
        """Everything saved, as plain JSON-ready data."""
        with self._connect() as connection:
            ids = {kind: [r[0] for r in connection.execute(f"SELECT id FROM {TABLES[kind]} ORDER BY id")]
                   for kind in ITEM_KINDS}
        return {
            "format": EXPORT_FORMAT,
            "exported_at": _now(),
            "conversations": [asdict(self.conversation(i)) for i in ids["conversation"]],
            "drafts": [asdict(self.draft(i)) for i in ids["draft"]],
            "rehearsals": [asdict(self.rehearsal(i)) for i in ids["rehearsal"]],
        }

    def export_json(self) -> str:
        """Everything saved, as a JSON document."""
        return json.dumps(self.export_data(), ensure_ascii=False, indent=2)

    def export_markdown(self) -> str:
        """Everything saved, as one readable Markdown document."""
        from coach.exports import history_markdown

        return history_markdown(self.export_data())

    @staticmethod
    def _require(connection: sqlite3.Connection, table: str, item_id: int) -> sqlite3.Row:
        row: sqlite3.Row | None = connection.execute(f"SELECT * FROM {table} WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise ItemNotFoundError(f"{table} {item_id}")
        return row
