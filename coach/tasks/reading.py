"""Checks every job runs on the words themselves: does the draft read well, and is it faithful to the user.

They work on any text (either engine's draft, or a message the user wrote and passed to
``coach check``), so they read only the text and the user's values, never the composer's internals.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from coach.checks import DATE_PATTERN, is_honorific, name_parts, split_items
from coach.faithfulness import cut_facts, invented_numbers
from coach.grammar import dangling_ends, reading_problems
from coach.lazy_patterns import lazy_regex
from coach.tasks.base import Check
from coach.tasks.session_notes import (
    AWAY_LINE,
    FYI_AT_END,
    NEEDS_MY,
    OWN_ASIDE_LINE,
    RE_HEADING,
    THANKS_NOTE,
    hedged,
    names_next_meeting,
    note_lines,
)
from coach.writing import expand_shorthand


def user_values(values: Mapping[str, Any]) -> list[str]:
    """Every value the user typed, as text."""
    return [str(v) for v in values.values() if isinstance(v, (str, int)) and not isinstance(v, bool) and str(v)]


def user_facts(values: Mapping[str, Any], names: Iterable[str] | None = None) -> list[str]:
    """The facts the user gave: each line or ';'-separated item of the named (or all) text values."""
    chosen = values if names is None else {n: values.get(n) for n in names}
    return [item for value in chosen.values() if isinstance(value, str) for item in split_items(value)]


def reads_well(text: str, subject: str | None = None, sent: bool = False) -> Check:
    """Fragments, doubled words, lower-case starts, stray capitals and commas, disagreeing verbs.

    ``sent`` marks a message that goes to someone else, where note-taking shorthand is a problem too.
    """
    problems = reading_problems(text, sent=sent)
    if subject:
        problems += [f"subject cut off: {s!r}" for s in dangling_ends(subject)]
    if not problems:
        return Check("reads_well", True, "Reads as whole sentences: no fragments, doubled words or stray marks.")
    return Check("reads_well", False, "Fix how it reads: " + "; ".join(problems[:3]))


def faithful(text: str, values: Mapping[str, Any], facts: Iterable[str] | None = None,
             allowed: Iterable[str] = (), subject: str | None = None) -> Check:  # fmt: skip
    """Every fact the user gave is whole or absent, no number or duration they did not give, titles kept."""
    facts = list(user_facts(values) if facts is None else facts)
    whole = f"{subject}\n{text}" if subject else text
    cut = cut_facts(whole, facts)
    invented = invented_numbers(whole, user_values(values), allowed)
    dropped = [d for n in ("mentor_name", "person_name") if (d := dropped_title(text, str(values.get(n) or "")))]
    problems = [f"cut mid-phrase: {c!r}" for c in cut[:2]] + [f"not from you: {n!r}" for n in invented[:2]]
    problems += [f"keep the title: {d!r}" for d in dropped]
    if not problems:
        return Check("faithful", True, "Your facts are whole, and nothing was added that you didn't say.")
    return Check("faithful", False, "Keep your facts whole and add nothing you didn't say: " + "; ".join(problems))


def dropped_title(text: str, name: str) -> str | None:
    """A greeting that uses a titled person's surname without the title ("Dear Tanaka," for "Mr. Tanaka")."""
    parts = name.split()
    if len(parts) < 2 or not is_honorific(parts[0]):
        return None
    surname = name_parts(name)[-1] if name_parts(name) else ""
    match = re.search(rf"\b(?:Dear|Hi|Hello)\s+{re.escape(surname)}\b", text)
    return match.group(0) if surname and match else None


def numbers_in_time_boxes(text: str) -> list[str]:
    """The minutes of every "(10 min)" time box, which a prepare agenda adds itself."""
    return re.findall(r"(\d{1,3})\s*(?:min|mins|minutes)\b", text, re.IGNORECASE)


_TASK_LINE = lazy_regex(
    r"^(?:\[[ xX]?\]\s*|todo\b|to-?do\b|action\b|ai:|@\w+\b(?!\s+(?:thinks?|says?|said|suggest(?:s|ed)?|reckons)\b)|"
    r"i'll\b|i will\b|i'm going to\b|i need to\b|we'll\b|"
    r"i said i(?:'d|'ll| would| will)\b|"
    r"we will\b|(?!(?:how|what|where|when|why|which|who|whether|not|also|just|only|it|that|there|this|everything|"
    r"nothing|something)\b)(?!you['’]ll\b)"  # "how to…?", "Not to shout", "It'll be fine", "You'll get there"
    r"(?:(?-i:[A-Z])[\w.'-]*|mentor|he|she|they|you|me|both)(?:\s+(?:to|will|'ll|should|needs? to|has to|"
    r"agreed to|offered to|promised to|is going to)|['’](?:ll|s going to|re going to))\s+\w)",  # "she'll send…"
    re.IGNORECASE,
)
_SECTION_START = lazy_regex(r"(?i)^\W*(?:action items?|actions?|next steps?|to-?dos?|follow[- ]?ups?|who does what)\b")


def task_lines(notes: str) -> list[str]:
    """The lines of session notes that give someone a task or a date."""
    found: list[str] = []
    for raw in note_lines(notes):  # a sentence at a time, and not the title ("mentoring notes 11/3 w/ RB")
        line = re.sub(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+", "", raw).strip()
        # "FA on leave 1-20 aug fyi", "AH on leave 20 dec - 6 jan", "side note: …", "Re: first solo hearing next
        # month", "todo: write her thank you msg" (about the email itself): noted, no task
        noted = (FYI_AT_END.search(line) or AWAY_LINE.match(line) or OWN_ASIDE_LINE.match(line)
                 or RE_HEADING.match(line) or THANKS_NOTE.match(line))
        if len(line.split()) < 2 or line.endswith(":") or line.startswith("#") or hedged(line) or noted:
            continue  # a heading, or an idea being weighed ("prob need to cut the sunday hours tho, idk")
        moved = re.search(r"\b(?:moved|changed|rescheduled|postponed|brought forward)\s+(?:to|until)\b", line, re.I)
        # "watch her work on a saturday": any Saturday, no date
        # "great chat w/ Sofia today abt…": today is the session itself, not a date to act by
        undated = re.sub(r"\b(?:(?:a|an|any|every|each)\s+\w+day|today)\b", "", line, flags=re.I)
        dated = DATE_PATTERN.search(undated)
        if _TASK_LINE.match(line) or (dated and not moved):  # "exam moved to 27th May": a fact
            # ("RS will write LOR, needs my CV + draft by 12/15": two tasks, hers and the user's, each listed)
            needs = NEEDS_MY.match(line)
            found.extend([needs["head"], f"send my {needs['what']}"] if needs else [line])
    return found


def _numbers_in(line: str, message: str) -> bool:
    """Whether every number of a meeting line is in the message ("next 1-1 03/06 at 10:00" as "on 03/06 at 10:00")."""
    numbers = re.findall(r"\d+", re.sub(r"\b1[-:]1\b", "", line))  # "1-1" names the meeting, it is no number
    return bool(numbers) and all(re.search(rf"(?<!\d){n}(?!\d)", message) for n in numbers)


def _date_in(line: str, message: str) -> bool:
    """Whether the line's ISO date is in the message, written out ("2026-12-10 15:00" as "Thursday 10 December…")."""
    from coach.tasks.summary import humanise_when

    found = re.search(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2})?", line)
    return found is not None and humanise_when(found.group(0)) in message


def action_lines(message: str) -> list[str]:
    """The lines of an email that list action items: under an "Action items" / "Next steps" lead-in."""
    lines = message.splitlines()
    found: list[str] = []
    inside = False
    for line in lines:
        stripped = re.sub(r"[*_#]", "", line).strip()
        if _SECTION_START.match(stripped):
            inside = True
            rest = stripped.split(":", 1)[1].strip() if ":" in stripped else ""
            found += [rest] if rest else []
            continue
        if inside and re.match(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+", line):
            found.append(stripped)
        elif inside and stripped:
            inside = False
    return found


def actions_listed(message: str, notes: str) -> Check:
    """Every note line that gives someone a task or a date is among the action items (a meeting may be in prose).

    ``notes`` come without the lines the user kept to themselves ("therapist thurs", "remember send email
    tonight"): those are no task to list.
    """
    from coach.checks import fact_coverage, plain

    listed = action_lines(plain(message)) or []
    whole = plain(message)
    wondered = [item for item in listed if hedged(item)]
    missing = []
    for line in task_lines(notes):
        def covered(target: str, line: str = line) -> bool:
            found, total = fact_coverage(expand_shorthand(line), target)  # "intro" listed as "Introduce"
            return total == 0 or found >= max(1, -(-total // 2))

        # "I'm to pick a topic - thinking about working with fathers": the task is before the dash
        core = re.split(r"\s+[-–—]\s+", line)[0]
        in_actions = any(covered(item) or (len(core.split()) > 2 and covered(item, core)) for item in listed)
        meeting_said = covered(whole) or _date_in(line, whole) or _numbers_in(line, whole)
        # "she said apply for the role, deadline 30 April", thanked for with its date: no task, and nothing lost
        date = DATE_PATTERN.search(line)
        written = (date.group(0), expand_shorthand(date.group(0))) if date else ()  # "next wk" as "next week"
        dated_advice_said = (not _TASK_LINE.match(line) and date is not None and covered(whole)
                             and any(d.lower() in whole.lower() for d in written))
        if not in_actions and not dated_advice_said and not (names_next_meeting(line) and meeting_said):
            missing.append(line)
    hint = "Put every task or date from your notes among the action items: " + "; ".join(missing[:3])
    if not missing:
        hint = "Every task or date in your notes is among the action items."
    if wondered:
        hint = "List only firm commitments as action items; mention ideas elsewhere: " + "; ".join(wondered[:2])
    return Check("task_lines_in_actions", not missing and not wondered, hint)
