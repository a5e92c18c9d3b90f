"""SQLite history of everything the user did: chat conversations, drafts and rehearsals.

The database lives at ``settings.history_db``. It runs in WAL mode with ``synchronous=FULL`` so a
saved message survives a crash or a power cut. Callers save the user's input *before* any model
call, and a streamed reply is written first as ``interrupted`` and upgraded to ``complete`` when it
finishes, so a reply cut short (the user clicked away, the process died) is never mistaken for a
whole one. Nothing here logs user text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from coach.safety import clean_text
from coach.store_db import Connection, Database, HistoryError, open_database
from coach.store_schema import (
    FULL_TEXT_MIN_CHARS,
    ITEM_KINDS,
    LOCAL_USER,
    TABLES,
    DraftVersion,
    HistoryItem,
    ItemKind,
    MessageStatus,
    SavedConversation,
    SavedDraft,
    SavedMessage,
    SavedRehearsal,
    SearchMode,
    list_query,
)
from coach.tasks.base import Check, Citation

__all__ = [
    "ITEM_KINDS",
    "LOCAL_USER",
    "DeletedItem",
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
CHILD_ROWS: dict[ItemKind, tuple[str, str]] = {
    "conversation": ("messages", "conversation_id"),
    "draft": ("draft_versions", "draft_id"),
}
"""Rows that belong to an item and go (and come back) with it: table and its foreign key."""


@dataclass(frozen=True)
class DeletedItem:
    """A deleted item's rows, exactly as they were, held in memory so the deletion can be undone."""

    kind: ItemKind
    rows: tuple[tuple[str, tuple[dict[str, Any], ...]], ...]
    """``(table, rows)`` pairs, parent table first."""



MAX_USER_CHARS = 320
"""The longest user id kept (an e-mail address is at most 320 characters)."""


class ItemNotFoundError(KeyError):
    """A saved item was asked for by an id that does not exist (it may have been deleted)."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _dumps(value: Any) -> str:
    # default=str: a value JSON cannot hold (a date, a tuple key via the Python API) is kept as text.
    try:
        return clean_text(json.dumps(value, ensure_ascii=False, default=str))
    except (ValueError, RecursionError):  # a number too long to print, or nesting too deep
        return clean_text(json.dumps(_printable(value), ensure_ascii=False, default=str))


def _printable(value: Any, depth: int = 0) -> Any:
    if depth > 50:
        return "(nested too deeply)"
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 14_000:
        return f"(a number of about {int(value.bit_length() * 0.30103)} digits)"
    if isinstance(value, Mapping):
        return {str(k): _printable(v, depth + 1) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_printable(v, depth + 1) for v in value]
    return value


def _plain(fields: Mapping[Any, Any]) -> dict[str, Any]:
    return {str(name): value for name, value in fields.items()}


def make_title(text: str, limit: int = TITLE_CHARS) -> str:
    """A one-line title from the start of ``text``."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _citations(raw: str) -> list[Citation]:
    return [Citation(int(c["number"]), str(c["id"]), str(c["title"])) for c in json.loads(raw)]


def _checks(raw: str) -> list[Check]:
    return [Check(str(c["name"]), bool(c["passed"]), str(c["hint"])) for c in json.loads(raw)]


class HistoryStore:
    """Saved conversations, drafts and rehearsals of one user, in SQLite or PostgreSQL.

    ``HistoryStore(path_or_url)`` opens (and migrates) the database; :meth:`for_user` gives a view
    of the same database scoped to one user, cheap enough to make per request. Every read, search,
    export and delete only ever sees the rows of ``self.user``. Each call runs in its own
    transaction, so one store can be shared by every Streamlit session thread without locks of ours.
    """

    def __init__(self, target: Path | str, *, user: str = LOCAL_USER, database: Database | None = None) -> None:
        self._db = database or open_database(target)
        self.user = checked_user(user)
        self.path = Path(target) if self._db.dialect == "sqlite" else None

    def for_user(self, user: str) -> HistoryStore:
        """The same database, scoped to ``user``."""
        return HistoryStore(self._db.location, user=user, database=self._db)

    @property
    def location(self) -> str:
        """Where the history lives (a PostgreSQL URL is shown without its password)."""
        return self._db.location

    @contextmanager
    def _connect(self, *, write: bool = False) -> Iterator[Connection]:
        with self._db.transaction(write=write) as connection:
            yield connection

    def pragma(self, name: str) -> Any:
        """The value of a SQLite PRAGMA on a fresh connection (used to verify durability settings)."""
        if not name.isidentifier():
            raise ValueError(f"not a pragma name: {name!r}")
        with self._connect() as connection:
            return connection.execute(f"PRAGMA {name}").fetchone()[0]

    # -- conversations -------------------------------------------------------------------------

    def start_conversation(self, first_message: str) -> int:
        """Create a conversation titled after its first message; returns its id."""
        now = _now()
        with self._connect(write=True) as connection:
            cursor = connection.execute(
                "INSERT INTO conversations (user_id, title, created_at, updated_at) VALUES (?, ?, ?, ?) RETURNING id",
                (self.user, clean_text(make_title(first_message)) or "Conversation", now, now),
            )
            return int(cursor.fetchall()[0][0])

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
        with self._connect(write=True) as connection:
            self._require(connection, "conversations", conversation_id)
            cursor = connection.execute(
                "INSERT INTO messages (conversation_id, role, text, citations, notices, engine, status, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (conversation_id, role, clean_text(text), _dumps([asdict(c) for c in citations]),
                 _dumps(list(notices)), engine, status, now),
            )
            message_id = int(cursor.fetchall()[0][0])
            connection.execute("UPDATE conversations SET updated_at = ? WHERE id = ?", (now, conversation_id))
            return message_id

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
        with self._connect(write=True) as connection:
            updated = connection.execute(
                "UPDATE messages SET text = ?, citations = ?, notices = ?, engine = COALESCE(?, engine), status = ?"
                f" WHERE id = ? AND {_OWN_MESSAGE}",
                (clean_text(text), _dumps([asdict(c) for c in citations]), _dumps(list(notices)), engine, status,
                 message_id, self.user),
            )
            if updated.rowcount == 0:
                raise ItemNotFoundError(f"message {message_id}")

    def set_feedback(self, message_id: int, feedback: int | None) -> None:
        """Store thumbs up (1), thumbs down (0) or no rating (None) on a message."""
        if feedback not in (None, 0, 1):
            raise ValueError("feedback is 1 (thumbs up), 0 (thumbs down) or None")
        with self._connect(write=True) as connection:
            updated = connection.execute(
                f"UPDATE messages SET feedback = ? WHERE id = ? AND {_OWN_MESSAGE}", (feedback, message_id, self.user)
            )
            if updated.rowcount == 0:
                raise ItemNotFoundError(f"message {message_id}")

    def conversation(self, conversation_id: int) -> SavedConversation:
        """A conversation with all its messages."""
        with self._connect() as connection:
            row = self._require(connection, "conversations", conversation_id)
            rows = connection.execute(
                "SELECT * FROM messages WHERE conversation_id = ? ORDER BY id", (conversation_id,)
            ).fetchall()
        return _conversation(row, rows)

    # -- drafts --------------------------------------------------------------------------------

    def save_draft_request(self, task: str, fields: Mapping[str, Any], title: str) -> int:
        """Save a job's form before the model is asked; returns the draft id."""
        now = _now()
        with self._connect(write=True) as connection:
            cursor = connection.execute(
                "INSERT INTO drafts (user_id, task, title, fields, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"
                " RETURNING id",
                (self.user, clean_text(task), clean_text(make_title(title)) or clean_text(task),
                 _dumps(_plain(fields)), now, now),
            )
            return int(cursor.fetchall()[0][0])

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
        # The write lock (SQLite) or the draft's row lock (PostgreSQL) is held from reading the last
        # number to inserting the next, so two processes adding versions at once never collide.
        with self._connect(write=True) as connection:
            self._require(connection, "drafts", draft_id, lock=True)
            number = int(connection.execute(
                "INSERT INTO draft_versions (draft_id, number, label, text, subject, checks, sources, notices,"
                " engine, status, created_at)"
                " SELECT ?, COALESCE(MAX(number), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM draft_versions"
                " WHERE draft_id = ? RETURNING number",
                (draft_id, clean_text(label), clean_text(text), None if subject is None else clean_text(subject),
                 _dumps([asdict(c) for c in checks]), _dumps([asdict(s) for s in sources]), _dumps(list(notices)),
                 engine, "complete" if complete else "interrupted", now, draft_id),
            ).fetchall()[0][0])
            connection.execute("UPDATE drafts SET updated_at = ? WHERE id = ?", (now, draft_id))
            return number

    def draft(self, draft_id: int) -> SavedDraft:
        """A draft's form and all its versions, oldest first."""
        with self._connect() as connection:
            row = self._require(connection, "drafts", draft_id)
            rows = connection.execute(
                "SELECT * FROM draft_versions WHERE draft_id = ? ORDER BY number", (draft_id,)
            ).fetchall()
        return _draft(row, rows)

    # -- rehearsals ----------------------------------------------------------------------------

    def start_rehearsal(self, scenario: str, persona: str, difficulty: str, title: str) -> int:
        """Save a rehearsal's setup before the first turn; returns its id."""
        now = _now()
        with self._connect(write=True) as connection:
            cursor = connection.execute(
                "INSERT INTO rehearsals (user_id, title, scenario, persona, difficulty, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (self.user, clean_text(make_title(title)) or clean_text(scenario), clean_text(scenario),
                 clean_text(persona), clean_text(difficulty), now, now),
            )
            return int(cursor.fetchall()[0][0])

    def save_rehearsal(
        self,
        rehearsal_id: int,
        transcript: Sequence[Mapping[str, Any]],
        *,
        markdown: str = "",
        debrief: Mapping[str, Any] | None = None,
    ) -> None:
        """Replace the transcript (and the debrief once the rehearsal has ended)."""
        with self._connect(write=True) as connection:
            self._require(connection, "rehearsals", rehearsal_id)
            connection.execute(
                "UPDATE rehearsals SET transcript = ?, markdown = ?, debrief = ?, updated_at = ? WHERE id = ?",
                (_dumps([_plain(t) for t in transcript]), clean_text(markdown),
                 None if debrief is None else _dumps(dict(debrief)), _now(), rehearsal_id),
            )

    def rehearsal(self, rehearsal_id: int) -> SavedRehearsal:
        """A rehearsal with its transcript and debrief."""
        with self._connect() as connection:
            row = self._require(connection, "rehearsals", rehearsal_id)
        return _rehearsal(row)

    # -- listing, search, deletion -------------------------------------------------------------

    def list_items(self, query: str = "", kind: ItemKind | None = None, limit: int = 200) -> list[HistoryItem]:
        """Saved items, newest first; ``query`` keeps those whose text contains it (any case)."""
        # Each engine folds the needle by its own rule, as it folds the text: the scan casefolds both sides, FTS5's
        # tokenizer and PostgreSQL's lower() fold the query as they fold the rows. A needle folded here by another
        # rule ("0ß" → "0ss", "İ" → "i̇") would miss the very text it was typed from.
        needle = clean_text(query.strip())
        mode = self._search_mode(needle)
        parameters = {"q": needle.casefold(), "phrase": _phrase(needle), "pattern": _like_pattern(needle),
                      "user": self.user, "limit": limit}
        items: list[HistoryItem] = []
        with self._connect() as connection:
            for item_kind in ITEM_KINDS:
                if kind is None or kind == item_kind:
                    # Each kind's newest `limit` rows, in SQL: the merged top `limit` is among them.
                    rows = connection.execute(list_query(item_kind, mode), parameters).fetchall()
                    items += [HistoryItem(item_kind, r["id"], r["title"], r["updated_at"], r["preview"] or "")
                              for r in rows]
        items.sort(key=lambda item: (item.updated_at, item.id), reverse=True)
        return items[:limit]

    def _search_mode(self, needle: str) -> SearchMode:
        if not needle:
            return "all"
        if self._db.dialect == "postgresql":
            return "like"
        # FTS5 reads its query as a C string: a NUL would end it early, so such a needle is scanned for.
        return "full_text" if len(needle) >= FULL_TEXT_MIN_CHARS and "\x00" not in needle else "scan"

    def delete(self, kind: ItemKind, item_id: int) -> None:
        """Delete one saved item (its messages or versions go with it)."""
        table = TABLES[kind]
        with self._connect(write=True) as connection:
            deleted = connection.execute(f"DELETE FROM {table} WHERE id = ? AND user_id = ?", (item_id, self.user))
            if deleted.rowcount == 0:
                raise ItemNotFoundError(f"{kind} {item_id}")
        self._db.forget_deleted_text()

    def take_out(self, kind: ItemKind, item_id: int) -> DeletedItem:
        """Delete one item like :meth:`delete`, returning its rows so :meth:`put_back` can undo it."""
        table = TABLES[kind]
        with self._connect(write=True) as connection:
            parent = [dict(self._require(connection, table, item_id))]
            taken: list[tuple[str, tuple[dict[str, Any], ...]]] = [(table, tuple(parent))]
            if kind in CHILD_ROWS:
                child, key = CHILD_ROWS[kind]
                rows = connection.execute(f"SELECT * FROM {child} WHERE {key} = ? ORDER BY id", (item_id,)).fetchall()
                taken.append((child, tuple(dict(row) for row in rows)))
            connection.execute(f"DELETE FROM {table} WHERE id = ? AND user_id = ?", (item_id, self.user))
        self._db.forget_deleted_text()
        return DeletedItem(kind, tuple(taken))

    def put_back(self, deleted: DeletedItem) -> None:
        """Undo :meth:`take_out`: the item returns with the same ids, text and times."""
        with self._connect(write=True) as connection:
            for table, rows in deleted.rows:
                for row in rows:
                    columns = ", ".join(row)
                    marks = ", ".join("?" for _ in row)
                    connection.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(row.values()))

    def delete_messages_from(self, conversation_id: int, message_id: int) -> None:
        """Delete a message and every later one in its conversation (to regenerate or edit and resend)."""
        with self._connect(write=True) as connection:
            self._require(connection, "conversations", conversation_id)
            connection.execute(
                "DELETE FROM messages WHERE conversation_id = ? AND id >= ?", (conversation_id, message_id)
            )
            connection.execute("UPDATE conversations SET updated_at = ? WHERE id = ?", (_now(), conversation_id))

    def delete_all(self) -> None:
        """Delete every item of this user (no one else's) and compact, so the text is really gone."""
        with self._connect(write=True) as connection:
            connection.execute(f"DELETE FROM messages WHERE {_OWN_MESSAGE.replace('messages.', '')}", (self.user,))
            connection.execute("DELETE FROM draft_versions WHERE draft_id IN (SELECT id FROM drafts WHERE user_id = ?)",
                               (self.user,))
            for table in ("conversations", "drafts", "rehearsals"):
                connection.execute(f"DELETE FROM {table} WHERE user_id = ?", (self.user,))
        self._db.compact()

    def counts(self) -> dict[ItemKind, int]:
        """How many items of each kind this user has saved."""
        with self._connect() as connection:
            return {kind: int(connection.execute(f"SELECT COUNT(*) FROM {TABLES[kind]} WHERE user_id = ?",
                                                 (self.user,)).fetchone()[0])
                    for kind in ITEM_KINDS}

    def backup(self, destination: Path) -> Path:
        """A consistent copy of the database made with ``VACUUM INTO`` (never a raw file copy)."""
        destination = Path(destination)
        if destination.exists():
            raise FileExistsError(f"{destination} already exists; choose a new file name for the backup")
        destination.parent.mkdir(parents=True, exist_ok=True)
        self._db.backup(destination)
        return destination

    # -- export --------------------------------------------------------------------------------

    def export_data(self) -> dict[str, Any]:
        """Everything this user saved, as plain JSON-ready data (five queries, however much is saved)."""
        with self._connect() as connection:
            conversations = connection.execute(
                "SELECT * FROM conversations WHERE user_id = ? ORDER BY id", (self.user,)).fetchall()
            messages = _grouped(connection.execute(
                f"SELECT * FROM messages WHERE {_OWN_MESSAGE} ORDER BY id", (self.user,)).fetchall(),
                "conversation_id")
            drafts = connection.execute("SELECT * FROM drafts WHERE user_id = ? ORDER BY id", (self.user,)).fetchall()
            versions = _grouped(connection.execute(
                "SELECT * FROM draft_versions WHERE draft_id IN (SELECT id FROM drafts WHERE user_id = ?)"
                " ORDER BY draft_id, number", (self.user,)).fetchall(), "draft_id")
            rehearsals = connection.execute(
                "SELECT * FROM rehearsals WHERE user_id = ? ORDER BY id", (self.user,)).fetchall()
        return {
            "format": EXPORT_FORMAT,
            "exported_at": _now(),
            "conversations": [asdict(_conversation(row, messages.get(row["id"], []))) for row in conversations],
            "drafts": [asdict(_draft(row, versions.get(row["id"], []))) for row in drafts],
            "rehearsals": [asdict(_rehearsal(row)) for row in rehearsals],
        }

    def export_json(self) -> str:
        """Everything saved, as a JSON document."""
        return json.dumps(self.export_data(), ensure_ascii=False, indent=2)

    def export_markdown(self) -> str:
        """Everything saved, as one readable Markdown document."""
        from coach.exports import history_markdown

        return history_markdown(self.export_data())

    def _require(self, connection: Connection, table: str, item_id: int, *, lock: bool = False) -> Any:
        # Someone else's item is reported exactly like a missing one: ids reveal nothing across users.
        if not isinstance(item_id, int) or isinstance(item_id, bool):
            raise ItemNotFoundError(f"{table} {item_id!r}")
        sql = f"SELECT * FROM {table} WHERE id = ? AND user_id = ?"
        if lock and self._db.dialect == "postgresql":
            sql += " FOR UPDATE"
        row = connection.execute(sql, (item_id, self.user)).fetchone()
        if row is None:
            raise ItemNotFoundError(f"{table} {item_id}")
        return row


def _grouped(rows: Sequence[Any], key: str) -> dict[int, list[Any]]:
    """Child rows by their parent's id, in the order given."""
    groups: dict[int, list[Any]] = {}
    for row in rows:
        groups.setdefault(row[key], []).append(row)
    return groups


def _conversation(row: Any, messages: Sequence[Any]) -> SavedConversation:
    saved = [
        SavedMessage(
            id=m["id"], role=m["role"], text=m["text"], citations=_citations(m["citations"]),
            notices=json.loads(m["notices"]), engine=m["engine"], feedback=m["feedback"],
            status=m["status"], created_at=m["created_at"],
        )
        for m in messages
    ]
    return SavedConversation(row["id"], row["title"], row["created_at"], row["updated_at"], saved)


def _draft(row: Any, versions: Sequence[Any]) -> SavedDraft:
    saved = [
        DraftVersion(
            number=v["number"], label=v["label"], text=v["text"], subject=v["subject"],
            checks=_checks(v["checks"]), sources=_citations(v["sources"]), notices=json.loads(v["notices"]),
            engine=v["engine"], status=v["status"], created_at=v["created_at"],
        )
        for v in versions
    ]
    return SavedDraft(
        row["id"], row["task"], row["title"], json.loads(row["fields"]), row["created_at"], row["updated_at"], saved,
    )


def _rehearsal(row: Any) -> SavedRehearsal:
    return SavedRehearsal(
        row["id"], row["title"], row["scenario"], row["persona"], row["difficulty"],
        json.loads(row["transcript"]), None if row["debrief"] is None else json.loads(row["debrief"]),
        row["markdown"], row["created_at"], row["updated_at"],
    )


def _phrase(needle: str) -> str:
    """An FTS5 query for the needle as one literal phrase (its own quotes doubled)."""
    return '"' + needle.replace('"', '""') + '"'


def _like_pattern(needle: str) -> str:
    """A LIKE pattern for the needle anywhere, its wildcards and backslashes taken literally."""
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


_OWN_MESSAGE = "messages.conversation_id IN (SELECT id FROM conversations WHERE user_id = ?)"


def checked_user(user: str) -> str:
    """A user id as stored: trimmed, printable, at most :data:`MAX_USER_CHARS`; raises ValueError otherwise."""
    if not isinstance(user, str):
        raise ValueError("a user id is text")
    user = user.strip()
    if not user or len(user) > MAX_USER_CHARS or not user.isprintable() or not clean_text(user) == user:
        raise ValueError("a user id is 1-320 printable characters")
    return user
