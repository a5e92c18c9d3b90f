"""The debrief rubric (``prompts/rubric.yaml``, defined once) and the guidance cards it cites."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from coach.config import BUILTIN_CARDS_DIR, PROMPTS_DIR
from coach.knowledge import split_front_matter
from coach.lazy_patterns import lazy_regex
from coach.tasks.base import Citation
from coach.yaml_text import parse_yaml

RUBRIC_PATH = PROMPTS_DIR / "rubric.yaml"
MAX_SCORE = 3
NOT_SHOWN = "not shown"


class RubricFileError(ValueError):
    """The rubric data file is malformed; the message names the criterion and the problem."""


@dataclass(frozen=True)
class Criterion:
    """One debrief criterion, scored 0-3 from the moves detected in the user's turns."""

    id: str
    name: str
    description: str
    evidence: str
    hint: str
    """How to show it: the debrief's hint when it was not shown, and the live hints."""
    partial: str
    """What would lift it to full marks when it was shown, but not fully."""
    well_done: str
    cards: tuple[str, ...]
    moves: tuple[str, ...]
    penalised_by: tuple[str, ...]
    full_at: int = 1
    opening_only: bool = False
    example: str = ""
    """Which of the scenario's model sentences (``better_parts``) illustrates the hint."""
    by_kind: tuple[tuple[str, tuple[tuple[str, str | bool | tuple[str, ...]], ...]], ...] = ()
    """Per rubric kind, the wording that replaces the default (a mentor is not told to thank a mentee)."""
    also_counts: tuple[str, ...] = ()
    """Moves that count as evidence only when their sentence matches ``also_when``."""
    also_when: str = ""
    """A pattern (case-insensitive) for those sentences: thanks that name their talk count as why them."""
    also_alone: bool = False
    """``also_when`` shows the criterion by itself, in a sentence where no move was found ("um so i really liked
    your talk…", whose filler hides the thanks from the detector)."""
    beside_blame: str = ""
    """The hint when the only evidence was said in a turn that blames: shown, but capped below full marks."""
    pattern_when: str = ""
    """A pattern (case-insensitive) for evidence that shows a pattern by itself ("three of our sessions last
    month"): such a sentence counts as two pieces of evidence towards ``full_at``."""

    def for_kind(self, kind: str) -> Criterion:
        """The criterion worded for one kind of conversation (itself when nothing is overridden)."""
        criterion = self
        for field_name, value in dict(self.by_kind).get(kind, ()):
            criterion = replace(criterion, **{field_name: value})  # type: ignore[arg-type]  # typed per field
        return criterion

    def weight(self, quote: str) -> int:
        """How many pieces of evidence ``quote`` is: two when it shows a pattern by itself, else one."""
        return 2 if self.pattern_when and re.search(self.pattern_when, quote, re.IGNORECASE) else 1

    def counts(self, move: str, quote: str) -> bool:
        """Whether ``move``, found in ``quote``, is evidence for this criterion."""
        return move in self.moves or (move in self.also_counts and bool(self.also_when)
                                      and re.search(self.also_when, quote, re.IGNORECASE) is not None)


OVERRIDABLE = ("name", "description", "hint", "partial", "well_done", "also_counts", "also_when", "also_alone",
               "pattern_when", "cards")


@lru_cache(maxsize=4)
def load_rubric(path: Path = RUBRIC_PATH) -> dict[str, Criterion]:
    """Every criterion by id, in file order."""
    data = parse_yaml(path.read_text("utf-8"))
    entries = data.get("criteria") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries:
        raise RubricFileError(f"{path.name}: expected a 'criteria' list")
    criteria = [_criterion(entry, path.name) for entry in entries]
    return {c.id: c for c in criteria}


@lru_cache(maxsize=4)
def rubric_kinds(path: Path = RUBRIC_PATH) -> dict[str, tuple[str, ...]]:
    """Rubric kind (mentee-asks-change, mentor-feedback, ending, …) -> the criteria that apply."""
    data = parse_yaml(path.read_text("utf-8"))
    kinds = data.get("rubrics") if isinstance(data, dict) else None
    if not isinstance(kinds, dict) or not kinds:
        raise RubricFileError(f"{path.name}: expected a 'rubrics' mapping of kind -> criteria")
    known = load_rubric(path)
    result = {}
    for kind, ids in kinds.items():
        if not isinstance(ids, list) or not ids or set(ids) - set(known):
            raise RubricFileError(f"{path.name}: rubric {kind!r} must list known criteria")
        result[str(kind)] = tuple(ids)
    return result


def _criterion(entry: Any, filename: str) -> Criterion:
    if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
        raise RubricFileError(f"{filename}: every criterion needs an 'id'")
    required = ("name", "description", "evidence", "hint", "partial", "well_done", "moves")
    missing = [key for key in required if not entry.get(key)]
    if missing:
        raise RubricFileError(f"{filename}: criterion {entry['id']!r} lacks {', '.join(missing)}")
    return Criterion(
        id=entry["id"],
        name=str(entry["name"]),
        description=str(entry["description"]),
        evidence=str(entry["evidence"]),
        hint=str(entry["hint"]),
        partial=str(entry["partial"]),
        well_done=str(entry["well_done"]),
        cards=tuple(entry.get("cards") or ()),
        moves=tuple(entry["moves"]),
        penalised_by=tuple(entry.get("penalised_by") or ()),
        full_at=int(entry.get("full_at", 1)),
        pattern_when=str(entry.get("pattern_when") or ""),
        beside_blame=str(entry.get("beside_blame") or ""),
        also_counts=tuple(entry.get("also_counts") or ()),
        also_when=str(entry.get("also_when") or ""),
        also_alone=bool(entry.get("also_alone", False)),
        opening_only=bool(entry.get("opening_only", False)),
        example=str(entry.get("example") or ""),
        by_kind=_by_kind(entry, filename),
    )


def _by_kind(
    entry: dict[str, Any], filename: str
) -> tuple[tuple[str, tuple[tuple[str, str | bool | tuple[str, ...]], ...]], ...]:
    raw = entry.get("by_kind") or {}
    result = []
    for kind, overrides in raw.items():
        if not isinstance(overrides, dict) or set(overrides) - set(OVERRIDABLE):
            raise RubricFileError(f"{filename}: criterion {entry['id']!r} by_kind.{kind} may set {OVERRIDABLE}")
        # ("also_counts" and "cards" are lists, "also_alone" a yes or no, every other override a text)
        result.append((str(kind), tuple((str(k), tuple(map(str, v)) if isinstance(v, list) else
                                         v if isinstance(v, bool) else str(v)) for k, v in overrides.items())))
    return tuple(result)


@dataclass(frozen=True)
class CardInfo:
    """What the rehearsal needs from a guidance card's front matter."""

    title: str
    audience: str
    """Who the card is written for: "mentor", "mentee" or "both"."""


@lru_cache(maxsize=8)
def card_infos(cards_dir: Path = BUILTIN_CARDS_DIR) -> dict[str, CardInfo]:
    """Card id -> title and audience, read from the guidance cards' front matter (empty when none exist)."""
    infos: dict[str, CardInfo] = {}
    if not cards_dir.is_dir():
        return infos
    for path in sorted(cards_dir.glob("*.md")):
        front, _body = split_front_matter(path.read_text("utf-8", errors="replace"))
        if front is None:
            continue
        try:
            meta = parse_yaml(front)
        except yaml.YAMLError:
            continue
        if isinstance(meta, dict) and isinstance(meta.get("id"), str):
            audience = str(meta.get("audience") or "both").strip().lower()
            infos[meta["id"]] = CardInfo(str(meta.get("title") or meta["id"]), audience)
    return infos


def card_titles(cards_dir: Path = BUILTIN_CARDS_DIR) -> dict[str, str]:
    """Card id -> title."""
    return {card: info.title for card, info in card_infos(cards_dir).items()}


def written_for(card_id: str, role: str, cards_dir: Path = BUILTIN_CARDS_DIR) -> bool:
    """Whether the card speaks to someone in ``role`` (a card not installed is taken to speak to both)."""
    info = card_infos(cards_dir).get(card_id)
    return info is None or info.audience in (role, "both")


def card_title(card_id: str, cards_dir: Path = BUILTIN_CARDS_DIR) -> str:
    """The card's title, or a readable form of its id when the card is not installed."""
    info = card_infos(cards_dir).get(card_id)
    return info.title if info else card_id.replace("-", " ").capitalize()


def cite(card_ids: Iterable[str], cards_dir: Path = BUILTIN_CARDS_DIR) -> list[Citation]:
    """Numbered citations for these cards, in first-mention order, without duplicates."""
    unique = list(dict.fromkeys(card_ids))
    return [Citation(number, card, card_title(card, cards_dir)) for number, card in enumerate(unique, 1)]


_SECTION = lazy_regex(r"^##\s+How to do it\s*$(.*?)(?=^##\s|\Z)", re.MULTILINE | re.DOTALL | re.IGNORECASE)


def card_excerpt(card_id: str, cards_dir: Path = BUILTIN_CARDS_DIR, max_tokens: int = 150) -> str:
    """The card's "How to do it" section (or its opening), cut to ``max_tokens``; empty if not installed."""
    from coach.tokens import truncate_to_tokens

    path = cards_dir / f"{card_id}.md"
    if not path.is_file():
        return ""
    _front, text = split_front_matter(path.read_text("utf-8", errors="replace"))
    section = _SECTION.search(text)
    body = section.group(1) if section else text
    return truncate_to_tokens(" ".join(body.split()), max_tokens)
