"""Where each line of the session notes ends up in the summary email (``coach eval --notes``).

The summary job reads raw notes and writes an email to the mentor. Whether it read a line right shows
in the email: a task must be an action item under the right owner, what the mentor said or the user's
news may be recapped, and a private line (a feeling, a doubt, a note to self, a secret) must not
appear at all. A labelled set gives every line of each notes set the place it belongs
(:data:`LABELS`); this module drafts each email offline and finds where each line went, by the share of
the line's content words that an email line holds. It reads the email, not the parser's internals,
so it measures what the mentor would read.

Sets: the train sets in ``prompts/notes_train/`` (read while writing the cues, and what the learned reader
of private lines is trained on, so its figures there are not a measure of it) and
``tests/data/notes_holdout.jsonl`` (written by another writer from the label definitions alone; none of its
lines were read, and only the choice of the learned model's family saw its figures: BENCHMARKS.md).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coach.checks import content_stems, line_sentences
from coach.config import PROJECT_DIR
from coach.tasks.notes_labelled import LABELS, SAID, TASKS, NotesSet, load_sets
from coach.tasks.private_model import TRAIN_SETS
from coach.tasks.session_notes import BOTH, ME
from coach.writing import expand_shorthand

DEV_SETS = TRAIN_SETS
HOLDOUT_SET = PROJECT_DIR / "tests" / "data" / "notes_holdout.jsonl"
ALL_SETS = (*DEV_SETS, HOLDOUT_SET)


MENTIONED = "mentioned"
LEFT_OUT = "left_out"
MATCH_SHARE = 0.6
"""A line is found in an email line holding at least this share of its content words."""


@dataclass
class NotesReport:
    """Where each labelled piece went, counted by label, for one dataset."""

    dataset: str
    placed: dict[str, Counter[str]] = field(default_factory=dict)
    """label -> where its pieces went (an owner's task, "mentioned", "left_out")."""
    misread: list[tuple[str, str, str, str]] = field(default_factory=list)
    """(set id, piece, label, where it went) for every piece that went to the wrong place."""
    drafts: int = 0

    def count(self, label: str, where: str | None = None) -> int:
        """How many pieces with ``label`` went to ``where`` (anywhere when None)."""
        placed = self.placed.get(label, Counter())
        return placed.total() if where is None else placed[where]

    def task_accuracy(self) -> float:
        """Of the pieces that are tasks, the share listed as an action item under the right owner."""
        return _share(sum(self.count(t, t) for t in TASKS), sum(self.count(t) for t in TASKS))

    def task_precision(self) -> float:
        """Of the action items the pieces became, the share that are tasks of that owner."""
        listed = sum(self.count(label, t) for label in LABELS for t in TASKS)
        return _share(sum(self.count(t, t) for t in TASKS), listed)

    def leaks(self) -> float:
        """Of the private pieces, the share that reached the email in any form."""
        return 1.0 - _share(self.count("private", LEFT_OUT), self.count("private"))

    def kept(self, label: str) -> float:
        """Of the pieces with ``label`` (advice, news, the next meeting), the share the email recaps."""
        return _share(self.count(label) - self.count(label, LEFT_OUT), self.count(label))

    def to_json(self) -> dict[str, Any]:
        """The figures, for ``coach eval --notes --json``."""
        return {
            "dataset": self.dataset,
            "drafts": self.drafts,
            "task_accuracy": round(self.task_accuracy(), 3),
            "task_precision": round(self.task_precision(), 3),
            "private_leaked": round(self.leaks(), 3),
            "kept": {label: round(self.kept(label), 3) for label in SAID},
            "placed": {label: dict(counts) for label, counts in self.placed.items()},
        }


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


@dataclass(frozen=True)
class EmailLine:
    """One line (or sentence) of the email: an action item has its owner, anything else is ``mentioned``."""

    place: str
    stems: frozenset[str]


def email_lines(email: str, mentor: str) -> list[EmailLine]:
    """The email's action items by owner, and every other sentence, as sets of content stems."""
    found: list[EmailLine] = []
    for line in email.splitlines():
        owner, _, task = line.removeprefix("- **").partition(":**")
        if line.startswith("- **") and task:
            found.append(EmailLine(_owner_place(owner.strip(), mentor), _stems(task)))
            continue
        found.extend(EmailLine(MENTIONED, _stems(sentence)) for sentence in line_sentences(line))
    return found


def _owner_place(owner: str, mentor: str) -> str:
    return {ME: "my_task", BOTH: "both_task"}.get(owner, "mentor_task")


def _stems(text: str) -> frozenset[str]:
    return frozenset(content_stems(expand_shorthand(text)))


def where_it_went(piece: str, lines: Sequence[EmailLine]) -> str | None:
    """The place of the email line holding most of ``piece``'s content words; None when it has none to find."""
    stems = _stems(piece)
    if not stems:
        return None
    share, place = max(((len(stems & line.stems) / len(stems), line.place) for line in lines), default=(0.0, ""))
    return place if share >= MATCH_SHARE else LEFT_OUT


def evaluate(sets: Sequence[NotesSet], dataset: str = "") -> NotesReport:
    """Draft every set's email offline and count where each labelled piece went."""
    report = NotesReport(dataset)
    for notes_set in sets:
        lines = email_lines(draft_email(notes_set), notes_set.mentor_name)
        report.drafts += 1
        for part in notes_set.parts:
            place = where_it_went(part.text, lines)
            if place is None or part.label == "none":
                continue
            report.placed.setdefault(part.label, Counter())[place] += 1
            if not _right_place(part.label, place):
                report.misread.append((notes_set.id, part.text, part.label, place))
    return report


def _right_place(label: str, place: str) -> bool:
    if label in TASKS:
        return place == label
    if label == "private":
        return place == LEFT_OUT
    return place not in TASKS  # advice and news may be recapped or left out, but are nobody's task


def draft_email(notes_set: NotesSet) -> str:
    """The offline summary email for one set, as the user would get it by default."""
    from coach.tasks.registry import get_task, initial_style

    task = get_task("summary")
    values = task.validate({"mentor_name": notes_set.mentor_name, "my_name": notes_set.my_name,
                            "notes": notes_set.notes, "kind": "full"})
    composition = task.finalize(task.compose(values, [], initial_style(values)), values)
    return composition.body


def run_notes_evaluation(paths: Sequence[Path] = ALL_SETS) -> list[NotesReport]:
    """One report per labelled set."""
    return [evaluate(load_sets(path), path.stem) for path in paths]


def table(reports: Sequence[NotesReport]) -> str:
    """The reports as a Markdown table: one column per set."""
    rows = [
        ("drafts", [str(r.drafts) for r in reports]),
        ("tasks under the right owner", [_pct(r.task_accuracy()) for r in reports]),
        ("action items that are that owner's task", [_pct(r.task_precision()) for r in reports]),
        ("private lines that reached the email", [_pct(r.leaks()) for r in reports]),
        *((f"{label} recapped", [_pct(r.kept(label)) for r in reports]) for label in SAID),
    ]
    header = "| measure | " + " | ".join(r.dataset for r in reports) + " |"
    rule = "|---|" + "---|" * len(reports)
    return "\n".join([header, rule, *(f"| {name} | " + " | ".join(cells) + " |" for name, cells in rows)])


def _pct(value: float) -> str:
    return f"{value:.0%}"
