"""The history database's schema, queries and record types (the SQL lives here, the logic in store.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from coach.tasks.base import Check, Citation

ItemKind = Literal["conversation", "draft", "rehearsal"]
ITEM_KINDS: tuple[ItemKind, ...] = ("conversation", "draft", "rehearsal")
MessageStatus = Literal["complete", "interrupted"]
SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
    text TEXT NOT NULL,
    citations TEXT NOT NULL DEFAULT '[]',
    notices TEXT NOT NULL DEFAULT '[]',
    engine TEXT,
    feedback INTEGER CHECK (feedback IN (0, 1)),
    status TEXT NOT NULL CHECK (status IN ('complete', 'interrupted')),
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS messages_by_conversation ON messages(conversation_id, id);
CREATE TABLE IF NOT EXISTS drafts (
    id INTEGER PRIMARY KEY,
    task TEXT NOT NULL,
    title TEXT NOT NULL,
    fields TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS draft_versions (
    id INTEGER PRIMARY KEY,
    draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    label TEXT NOT NULL,
    text TEXT NOT NULL,
    subject TEXT,
    checks TEXT NOT NULL DEFAULT '[]',
    sources TEXT NOT NULL DEFAULT '[]',
    notices TEXT NOT NULL DEFAULT '[]',
    engine TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('complete', 'interrupted')),
    created_at TEXT NOT NULL,
    UNIQUE (draft_id, number)
);
CREATE TABLE IF NOT EXISTS rehearsals (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    scenario TEXT NOT NULL,
    persona TEXT NOT NULL,
    difficulty TEXT NOT NULL,
    transcript TEXT NOT NULL DEFAULT '[]',
    debrief TEXT,
    markdown TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
-- Newest-first listings read these in order and stop at the page size, however long the history.
CREATE INDEX IF NOT EXISTS conversations_by_update ON conversations(updated_at, id);
CREATE INDEX IF NOT EXISTS drafts_by_update ON drafts(updated_at, id);
CREATE INDEX IF NOT EXISTS rehearsals_by_update ON rehearsals(updated_at, id);
"""



@dataclass(frozen=True)
class SavedMessage:
    """One chat message as stored."""

    id: int
    role: Literal["user", "assistant"]
    text: str
    citations: list[Citation]
    notices: list[str]
    engine: str | None
    feedback: int | None
    """1 for thumbs up, 0 for thumbs down, None when not rated."""
    status: MessageStatus
    created_at: str


@dataclass(frozen=True)
class SavedConversation:
    """A chat with the coach, oldest message first."""

    id: int
    title: str
    created_at: str
    updated_at: str
    messages: list[SavedMessage]

    @property
    def history(self) -> list[tuple[str, str]]:
        """Earlier turns as ``(role, text)``, the shape the coach takes as chat context."""
        return [(m.role, m.text) for m in self.messages if m.text]


@dataclass(frozen=True)
class DraftVersion:
    """One version of a draft: the first one, a refinement or the user's own edit."""

    number: int
    label: str
    text: str
    subject: str | None
    checks: list[Check]
    sources: list[Citation]
    notices: list[str]
    engine: str
    status: MessageStatus
    created_at: str


@dataclass(frozen=True)
class SavedDraft:
    """A draft request (its form) and every version written for it."""

    id: int
    task: str
    title: str
    fields: dict[str, Any]
    created_at: str
    updated_at: str
    versions: list[DraftVersion] = field(default_factory=list)

    @property
    def latest(self) -> DraftVersion | None:
        """The newest version, or None when the model call never produced one."""
        return self.versions[-1] if self.versions else None


@dataclass(frozen=True)
class SavedRehearsal:
    """A rehearsal: its setup, the transcript so far and, once ended, the debrief."""

    id: int
    title: str
    scenario: str
    persona: str
    difficulty: str
    transcript: list[dict[str, Any]]
    debrief: dict[str, Any] | None
    markdown: str
    created_at: str
    updated_at: str

    @property
    def finished(self) -> bool:
        """Whether the rehearsal was ended and debriefed."""
        return self.debrief is not None


@dataclass(frozen=True)
class HistoryItem:
    """One row of the History list."""

    kind: ItemKind
    id: int
    title: str
    updated_at: str
    preview: str


TABLES: dict[ItemKind, str] = {"conversation": "conversations", "draft": "drafts", "rehearsal": "rehearsals"}

# Each query lists one kind of item with a preview; :all=1 lists everything, else :q must match text.
LIST_QUERIES: dict[ItemKind, str] = {
    "conversation": """
        SELECT c.id, c.title, c.updated_at,
               (SELECT text FROM messages WHERE conversation_id = c.id ORDER BY id DESC LIMIT 1) AS preview
        FROM conversations c
        WHERE :all OR coach_contains(c.title, :q)
           OR EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND coach_contains(m.text, :q))
        ORDER BY c.updated_at DESC, c.id DESC LIMIT :limit
    """,
    "draft": """
        SELECT d.id, d.title, d.updated_at,
               (SELECT text FROM draft_versions WHERE draft_id = d.id ORDER BY number DESC LIMIT 1) AS preview
        FROM drafts d
        WHERE :all OR coach_contains(d.title, :q) OR coach_contains(d.fields, :q)
           OR EXISTS (SELECT 1 FROM draft_versions v WHERE v.draft_id = d.id
                      AND (coach_contains(v.text, :q) OR coach_contains(v.subject, :q)))
        ORDER BY d.updated_at DESC, d.id DESC LIMIT :limit
    """,
    "rehearsal": """
        SELECT r.id, r.title, r.updated_at, r.scenario AS preview
        FROM rehearsals r
        WHERE :all OR coach_contains(r.title, :q) OR coach_contains(r.transcript, :q)
           OR coach_contains(r.markdown, :q)
        ORDER BY r.updated_at DESC, r.id DESC LIMIT :limit
    """,
}
