"""Labelled session notes: every line of a set of raw notes, with the place it belongs in the summary email.

Read by the learned reader of private lines (:mod:`coach.tasks.private_model`, trained on the sets in
``prompts/notes_train/``) and by ``coach eval --notes`` (:mod:`coach.tasks.notes_eval`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TASKS = ("mentor_task", "my_task", "both_task")
SAID = ("advice", "update", "next_meeting")
LABELS = (*TASKS, *SAID, "private", "none")
"""Where a line belongs: an owner's action item, something the email may recap, nowhere (private), or no content."""


class NotesDatasetError(ValueError):
    """The labelled notes file is missing or malformed."""


@dataclass(frozen=True)
class LabelledPart:
    """One labelled piece of the notes: a whole line, or a part of a line that holds two things."""

    text: str
    label: str


@dataclass(frozen=True)
class NotesSet:
    """One set of raw notes, the people in it, and every piece labelled."""

    id: str
    mentor_name: str
    my_name: str
    notes: str
    parts: tuple[LabelledPart, ...]


def load_sets(path: Path) -> list[NotesSet]:
    """The labelled notes sets in ``path`` (JSONL), checked: every part of a line, every label known."""
    try:
        rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise NotesDatasetError(f"Can't read {path}: {error}. Give a JSONL file of labelled notes.") from None
    return [_notes_set(row, path) for row in rows]


def _notes_set(row: dict[str, Any], path: Path) -> NotesSet:
    try:
        parts = tuple(part for line in row["lines"] for part in _line_parts(line))
        notes_set = NotesSet(row["id"], row["mentor_name"], row.get("my_name", ""), row["notes"], parts)
    except (KeyError, TypeError) as error:
        raise NotesDatasetError(f"{path}: a set lacks {error}; each needs id, mentor_name, notes and lines.") from None
    unknown = {part.label for part in parts} - set(LABELS)
    if unknown:
        raise NotesDatasetError(f"{path}: set {notes_set.id} has unknown labels {sorted(unknown)}.")
    return notes_set


def _line_parts(line: dict[str, Any]) -> list[LabelledPart]:
    if "parts" in line:
        return [LabelledPart(part["text"], part["label"]) for part in line["parts"]]
    return [LabelledPart(line["line"], line["label"])]
