"""Session notes taken apart: every action item (with its owner and date), takeaways, the next meeting.

Notes are written in many styles, so an action item is recognised by any of the usual markers:
"TODO", "Action:", "AI:", "- [ ]", "I will", "I'll", "@name", "<Name> to ...", "Mentor to ...",
"by <date>", or a list under an "Action items" / "Next steps" heading. Anything else is a takeaway.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coach.checks import DATE_PATTERN, name_parts, normalise, word_set
from coach.compose import tidy, trim_end, upper_first

ME = "Me"
BOTH = "Both of us"

_BULLET = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+")
_CHECKBOX = re.compile(r"^\[(?:\s?|x|X)\]\s*")
_PREFIX = re.compile(r"^(?:todo|to-do|to do|action items?|actions?|ai|next steps?|follow[- ]ups?)\s*[:\-–—]\s*", re.I)
_FIRST_PERSON = re.compile(
    r"^(?:i will|i'll|i am going to|i'm going to|i need to|i must|i have to|i've agreed to|i agreed to|i promised to|"
    r"me to|me:)\s*",
    re.IGNORECASE,
)
_WE = re.compile(r"^(?:we will|we'll|we agreed to|we're going to|we are going to|both to|both:)\s*", re.IGNORECASE)
_NAMED = re.compile(
    r"^(?P<name>mentor|she|he|[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?)\s+(?:to|will|'ll|is going to|offered to|promised to|"
    r"agreed to|said (?:she|he|they)'d)\s+(?P<rest>.+)$"
)
_NOT_NAMES = word_set(
    "this that it there which what who when where why how everything nothing something someone everyone team "
    "i we they you"
)
_MENTION = re.compile(r"@([A-Za-z][\w-]*)")
_DUE = re.compile(rf"\s*\b(?:by|before|due)\s+(?P<date>(?:the\s+)?(?:{DATE_PATTERN.pattern}))", re.IGNORECASE)
_NEXT_MEETING = re.compile(r"\b(?:next (?:meeting|session|call|catch-up|chat)|meet again)\b", re.IGNORECASE)
_ACTIONS_HEADING = re.compile(
    r"^(?:#+\s*)?(?:action items?|actions?|next steps?|to-?dos?|follow[- ]ups?)\s*:?\s*$", re.IGNORECASE
)
_TAKEAWAY_PREFIX = re.compile(r"^(?:takeaways?|key points?|insights?|ideas?|tips?|advice|notes?|discussed)\s*[:\-–]\s*",
                              re.IGNORECASE)  # fmt: skip
_TITLE_LINE = re.compile(r"^(?:session|meeting|notes?|1:1|one-to-one|catch-up|mentoring)\b(?:\W+\w+){0,6}\W*$",
                         re.IGNORECASE)  # fmt: skip


@dataclass(frozen=True)
class ActionItem:
    """One action item found in the notes."""

    owner: str
    task: str
    due: str | None
    source: str


@dataclass
class SessionNotes:
    """Notes taken apart: action items, takeaways, and a next meeting if the notes name one."""

    actions: list[ActionItem]
    takeaways: list[str]
    next_meeting: str | None


def _owner_for(name: str, mentor: str, me: str) -> str:
    lowered = name.lower()
    if lowered in ("me", "i", "myself") or (me and lowered in (p.lower() for p in name_parts(me))):
        return ME
    if lowered in ("mentor", "she", "he") or lowered in (p.lower().strip(".") for p in name_parts(mentor)):
        return (name_parts(mentor) or [mentor])[0]
    if lowered in ("both", "we", "us"):
        return BOTH
    return upper_first(name)


def parse_action(line: str, mentor: str, me: str, under_actions: bool) -> ActionItem | None:
    """The action item in one line of notes, or None when the line is not one."""
    text = _CHECKBOX.sub("", line)
    marked = text != line
    text, count = _PREFIX.subn("", text)
    marked = marked or bool(count)
    owner = ME
    mention = _MENTION.search(text)
    if mention:
        owner, marked = _owner_for(mention.group(1), mentor, me), True
        text = tidy(_MENTION.sub(lambda m: "" if m.start() == mention.start() else m.group(1), text))
    for pattern, who in ((_FIRST_PERSON, ME), (_WE, BOTH)):
        stripped, found = pattern.subn("", text, count=1)
        if found:
            text, owner, marked = stripped, who, True
    named = _NAMED.match(text)
    if named and named.group("name").lower() not in _NOT_NAMES:
        text, owner, marked = named.group("rest"), _owner_for(named.group("name"), mentor, me), True
    due_match = _DUE.search(text)
    due = due_match.group("date") if due_match else None
    if not (marked or due or under_actions):
        return None
    if due_match:
        text = text[: due_match.start()] + text[due_match.end() :]
    task = upper_first(trim_end(tidy(text))) or tidy(line)
    return ActionItem(owner=owner, task=task, due=due, source=line)


def parse_notes(notes: str, mentor: str, me: str = "") -> SessionNotes:
    """Action items (every one of them), takeaways and the next meeting, from raw session notes."""
    actions: list[ActionItem] = []
    takeaways: list[str] = []
    next_meeting = None
    under_actions = False
    for raw in normalise(notes).splitlines():
        line = _BULLET.sub("", raw).strip()
        if not line:
            continue
        if _ACTIONS_HEADING.match(line):
            under_actions = True
            continue
        is_title = not actions and not takeaways and _TITLE_LINE.match(line)
        if line.startswith("#") or (line.endswith(":") and len(line.split()) <= 4) or is_title:
            under_actions = False
            continue
        if _NEXT_MEETING.search(line) and DATE_PATTERN.search(line):
            next_meeting = DATE_PATTERN.search(line).group(0)  # type: ignore[union-attr]
            continue
        item = parse_action(line, mentor, me, under_actions)
        if item:
            actions.append(item)
        else:
            takeaways.append(trim_end(_TAKEAWAY_PREFIX.sub("", line)))
    return SessionNotes(actions, [t for t in takeaways if t], next_meeting)
