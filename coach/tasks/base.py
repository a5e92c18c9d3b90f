"""The contract every coaching job follows, and the types a draft is made of.

A job (``TaskSpec``) owns three things: its input fields (which the CLI and the UI render from),
how it builds its retrieval query, and how it checks a draft. It also owns its offline composer,
and its LLM prompt lives in ``prompts/<name>.md``.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from coach.config import PROMPTS_DIR
from coach.lazy_patterns import lazy_regex
from coach.safety import clean_text, preview

if TYPE_CHECKING:
    # Only for annotations: importing retrieval would load chromadb and LangChain with every page.
    from coach.knowledge import SearchResult

FieldKind = Literal["text", "long_text", "choice", "integer"]
Refinement = Literal["shorter", "more formal", "warmer"]
REFINEMENTS: tuple[Refinement, ...] = ("shorter", "more formal", "warmer")


@dataclass(frozen=True)
class Field:
    """One input of a job, described once and rendered by both the CLI and the UI."""

    name: str
    label: str
    help: str
    required: bool = False
    max_chars: int = 500
    kind: FieldKind = "text"
    choices: tuple[str, ...] = ()
    default: str | int | None = None
    min_value: int | None = None
    max_value: int | None = None
    placeholder: str = ""
    """Example input shaped as the composer needs it (a clause that completes the label)."""
    choice_labels: tuple[str, ...] = ()
    """Words people read for each of ``choices``, in the same order (the codes are what is stored)."""
    aliases: tuple[tuple[str, str], ...] = ()
    """Other words people type for a choice, and the choice they mean: ``("linkedin", "linkedin_note")``."""

    def choice_label(self, choice: str) -> str:
        """The words shown for ``choice``; the code itself when the field has no labels."""
        if choice in self.choices and len(self.choice_labels) == len(self.choices):
            return self.choice_labels[self.choices.index(choice)]
        return choice

    def to_json(self) -> dict[str, Any]:
        """The shape printed by ``coach tasks --json``."""
        data = asdict(self)
        data["choices"] = list(self.choices)
        del data["choice_labels"]
        data["aliases"] = dict(self.aliases)
        return data


class FieldError(ValueError):
    """A field value the job cannot use; the message names the field and what to do."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field_name = field_name


PERSON_FIELDS = ("mentor_name", "person_name", "my_name")
"""The fields that name people: their names keep their capitals wherever a draft repeats them."""


@dataclass(frozen=True)
class Check:
    """One rubric check computed by code on a draft."""

    name: str
    passed: bool
    hint: str

    @classmethod
    def listing(cls, name: str, found: list[str], advice: str, sep: str = "; ") -> Check:
        """A check that fails on what it found: the advice names those things, or stands alone when none were."""
        return cls(name, not found, f"{advice}: {sep.join(found)}" if found else f"{advice}.")


@dataclass(frozen=True)
class Citation:
    """A numbered source: ``[number]`` in the text points to this card."""

    number: int
    id: str
    title: str


@dataclass(frozen=True)
class Usage:
    """Token counts reported by the model server (absent offline)."""

    prompt_tokens: int | None = None
    completion_tokens: int | None = None


@dataclass(frozen=True)
class Style:
    """How a draft should read; refinements adjust it and the composer follows it."""

    tone: str = "warm"
    brevity: int = 0
    """0 is the normal length; each ``shorter`` adds one."""


@dataclass
class Composition:
    """What a composer writes: a subject (or None), the body, and the coach's reasons kept apart."""

    body: str
    subject: str | None = None
    rationale: str = ""
    """The coach's reasons for the draft's shape, with ``[n]`` markers; never part of ``body``."""
    notices: tuple[str, ...] = ()
    """What the user should fix in their input (a field to shorten, a name to add), shown with the draft."""


@dataclass
class Draft:
    """A finished result of any job, from either engine."""

    task: str
    engine: str
    text: str
    subject: str | None
    checks: list[Check]
    sources: list[Citation]
    notices: list[str] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)
    fields: dict[str, Any] = field(default_factory=dict)
    guidance: list[SearchResult] = field(default_factory=list)
    style: Style = field(default_factory=Style)
    rationale: str = ""
    """Why the draft is shaped this way, with ``[n]`` markers resolving to ``sources``; kept out of ``text``."""
    in_scope: bool | None = None
    """For jobs that report it (ask): whether the answer draws on the guidance; None for the others."""

    @property
    def passed_all(self) -> bool:
        """Whether every check passed."""
        return all(c.passed for c in self.checks)

    def to_json(self) -> dict[str, Any]:
        """The shape printed by ``coach draft --json`` and ``coach ask --json``."""
        return {
            "task": self.task,
            "engine": self.engine,
            "text": self.text,
            "subject": self.subject,
            "rationale": self.rationale,
            "checks": [asdict(c) for c in self.checks],
            "sources": [{"id": s.id, "title": s.title} for s in self.sources],
            "notices": list(self.notices),
            "usage": asdict(self.usage),
            **({"in_scope": self.in_scope} if self.in_scope is not None else {}),
        }


class TaskSpec(ABC):
    """One coaching job. Subclasses are registered in :mod:`coach.tasks.registry`."""

    name: str
    title: str
    description: str
    fields: tuple[Field, ...]
    audience: str | None = None
    """Retrieval audience filter (``mentee``/``mentor``), or None for both."""
    recipient_message: bool = False
    """Whether ``text`` goes to another person as written: then it carries no ``[n]`` markers at all."""
    reports_scope: bool = False
    """Whether drafts say if the guidance covered the request (``Draft.in_scope``)."""

    @property
    def prompt_path(self) -> Any:
        """The LLM prompt file for this job."""
        return PROMPTS_DIR / f"{self.name}.md"

    def field(self, name: str) -> Field:
        """The field called ``name``."""
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def audience_for(self, values: Mapping[str, Any]) -> str | None:
        """Retrieval audience for these values (feedback `give` is the mentor's side, for example)."""
        return self.audience

    def preflight(self, values: Mapping[str, Any]) -> Composition | None:
        """A fixed reply that replaces generation (a crisis or out-of-scope answer), or None."""
        return None

    def retrieval_parts(self, values: Mapping[str, Any]) -> list[str]:
        """Parts of the request searched as well as :meth:`retrieval_query` (a long story's clauses): none here."""
        return []

    def kept_guidance(self, values: Mapping[str, Any], guidance: Sequence[SearchResult]) -> list[SearchResult]:
        """The retrieved passages this job may use for these values: all of them, unless a job says otherwise."""
        return list(guidance)

    def scope_reply(
        self, values: Mapping[str, Any], guidance: Sequence[SearchResult], history: Sequence[tuple[str, str]] = ()
    ) -> Composition | None:
        """A fixed reply when the retrieved guidance does not cover the request (in this conversation), or None."""
        return None

    def follow_up(self, values: Mapping[str, Any], history: Sequence[tuple[str, str]]) -> tuple[dict[str, Any], int]:
        """The values as the conversation means them, and how many steps shorter to answer (chat jobs)."""
        return dict(values), 0

    def finalize(self, composition: Composition, values: Mapping[str, Any]) -> Composition:
        """Enforce hard limits on any engine's output (LinkedIn's 300 characters, for example)."""
        return composition

    @abstractmethod
    def retrieval_query(self, values: Mapping[str, Any]) -> str:
        """What to search the guidance for, built from the user's values."""

    @abstractmethod
    def compose(self, values: Mapping[str, Any], guidance: Sequence[SearchResult], style: Style) -> Composition:
        """The offline engine's draft: personal, structured by the guidance, citing it as ``[n]``."""

    @abstractmethod
    def check(self, text: str, subject: str | None, values: Mapping[str, Any]) -> list[Check]:
        """The rubric, computed by code; runs on both engines' output."""

    def validate(self, raw: Mapping[str, Any]) -> dict[str, Any]:
        """Clean values for every field, or raise :class:`FieldError` naming the first problem."""
        if not isinstance(raw, Mapping):
            raise FieldError("fields", f"fields must map field names to values, got {type(raw).__name__}")
        names = {f.name for f in self.fields}
        unknown = sorted(preview(name) for name in raw if name not in names)  # keys may be any type
        if unknown:
            valid = ", ".join(f.name for f in self.fields)
            raise FieldError(unknown[0], f"{self.name} has no field {unknown[0]}; its fields are: {valid}")
        return {f.name: validate_value(f, raw.get(f.name)) for f in self.fields}


def validate_value(spec: Field, value: Any) -> Any:
    """One field's clean value (defaults applied), or :class:`FieldError`."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if spec.required:
            raise FieldError(spec.name, f"{spec.name} is required: {spec.help}")
        return spec.default
    if spec.kind == "integer":
        return _validate_integer(spec, value)
    if not isinstance(value, str):
        raise FieldError(spec.name, f"{spec.name} must be text, got {type(value).__name__}")
    text = clean_text(value).strip()
    if len(text) > spec.max_chars:
        raise FieldError(
            spec.name, f"{spec.name} is {len(text)} characters; the limit is {spec.max_chars}. Shorten it."
        )
    if spec.choices:
        return _choice(spec, text)
    return text


def _choice(spec: Field, text: str) -> str:
    """The choice ``text`` names, as typed, in any case, with spaces or hyphens, or by an alias."""
    key = re.sub(r"[\s-]+", "_", text.lower())
    chosen = text if text in spec.choices else key if key in spec.choices else dict(spec.aliases).get(key)
    if chosen is None:
        raise FieldError(spec.name, f"{spec.name} must be one of: {', '.join(spec.choices)} (got {preview(text)})")
    return chosen


def _validate_integer(spec: Field, value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        number: int | None = value
    else:
        try:  # int() refuses more than 4,300 digits with a ValueError, like any other non-number
            number = int(str(value).strip()[:100]) if isinstance(value, (str, float)) else None
        except ValueError:
            number = None
    if number is None:
        raise FieldError(spec.name, f"{spec.name} must be a whole number, got {preview(value)}")
    low, high = spec.min_value, spec.max_value
    if (low is not None and number < low) or (high is not None and number > high):
        raise FieldError(spec.name, f"{spec.name} must be between {low} and {high}, got {preview(number)}")
    return number


_MARKER = lazy_regex(r"\[(\d{1,2})\]")


def resolve_citations(text: str, guidance: Sequence[SearchResult]) -> tuple[str, list[Citation]]:
    """Keep ``[n]`` markers that point at retrieved guidance, drop the rest, and list the cited cards.

    Numbers are renumbered densely in order of first appearance, so ``[1]`` is always the first
    source listed and a citation can never point at a card that was not retrieved.
    """
    sources: list[Citation] = []

    def replace(match: re.Match[str]) -> str:
        original = int(match.group(1))
        if not 1 <= original <= len(guidance):
            return ""
        card = guidance[original - 1]
        known = next((s.number for s in sources if s.id == card.id), None)
        if known is None:
            known = len(sources) + 1
            sources.append(Citation(known, card.id, card.title))
        return f"[{known}]"

    cleaned = _MARKER.sub(replace, text)
    cleaned = re.sub(r"[ \t]+([.,;:!?])", r"\1", cleaned)
    # Collapse the gaps a dropped marker leaves, but never a line's indentation (nested list items).
    return re.sub(r"(?<=\S)[ \t]{2,}", " ", cleaned), sources


_COMMENTARY_START = lazy_regex(
    r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$"
    # A bare "Note:" may be part of the message (a P.S. to the mentor), so only the coach's own labels count.
    r"|^\s*[*_>(\[]*\s*(?:—\s*)?(?:why this (?:works|shape)|grounded in|rationale\b|coach'?s? notes?\b)",
    re.IGNORECASE,
)
_RULE = lazy_regex(r"\A\s*(?:-{3,}|\*{3,}|_{3,})\s*\n?")
_LABEL = lazy_regex(r"\A[*_\s]*(?:why this (?:shape|works)|rationale|coach'?s? notes?)[*_\s]*:[*_\s]*", re.IGNORECASE)


def split_commentary(text: str) -> tuple[str, str]:
    """Separate the message from commentary after it (a ``---`` rule, "Why this shape:", "Rationale:").

    Both engines emit a draft as one stream: the message, then optionally ``---`` and the coach's
    reasons. The reasons become ``Draft.rationale`` (without the rule), never part of ``text``.
    """
    lines = text.splitlines()
    for position, line in enumerate(lines):
        if position and _COMMENTARY_START.match(line):
            commentary = _RULE.sub("", "\n".join(lines[position:]).strip(), count=1).strip()
            return "\n".join(lines[:position]).strip(), _LABEL.sub("", commentary, count=1).strip()
    return text.strip(), ""


def join_commentary(body: str, rationale: str) -> str:
    """The inverse of :func:`split_commentary`: how an engine streams a message and its reasons."""
    return f"{body}\n\n---\n{rationale}" if rationale.strip() else body


_PART_BREAK = "\n\x1e\n"  # never typed by a user; lets two texts share one citation numbering


def resolve_citations_apart(
    text: str, rationale: str, guidance: Sequence[SearchResult]
) -> tuple[str, str, list[Citation]]:
    """:func:`resolve_citations` over a message and its rationale at once, so ``[n]`` means one card in both."""
    joined, sources = resolve_citations(f"{text}{_PART_BREAK}{rationale}", guidance)
    resolved_text, _, resolved_rationale = joined.partition(_PART_BREAK.strip("\n"))
    return resolved_text.strip(), resolved_rationale.strip(), sources


def strip_markers(text: str) -> str:
    """``text`` without ``[n]`` markers (a message that goes to another person)."""
    cleaned = re.sub(r"[ \t]*\[\d{1,2}\]", "", text)
    return re.sub(r"(?<=\S)[ \t]{2,}", " ", cleaned).strip()


_SUBJECT = lazy_regex(r"\A\s*\**subject\**\s*:\s*(.+?)\s*(?:\n|\Z)", re.IGNORECASE)


def split_subject(text: str) -> tuple[str | None, str]:
    """Separate a leading ``Subject: ...`` line from the body."""
    match = _SUBJECT.match(text)
    if not match:
        return None, text.strip()
    return match.group(1).strip().strip("*").strip(), text[match.end() :].strip()


def join_subject(subject: str | None, body: str) -> str:
    """The inverse of :func:`split_subject`: how engines emit a draft as one stream of text."""
    return f"Subject: {subject}\n\n{body}" if subject else body
