"""Files and links a user takes away: .txt, .md, .eml, mailto:, .ics, and the history export.

Sendable outputs (.txt, .eml, mailto:) carry the message only: the ``[n]`` markers point at our
guidance cards and mean nothing to the recipient, and the "Why this shape" note is for the user,
so both are stripped. The Markdown export keeps
them, with the numbered sources listed underneath.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, parseaddr
from html import escape
from typing import Any
from urllib.parse import quote

from coach.lazy_patterns import lazy_regex
from coach.markup import markdown_to_html, markdown_to_plain
from coach.tasks.base import Check, Citation, split_commentary

ICS_LINE_OCTETS = 75
DEFAULT_MEETING_MINUTES = 60
MAX_MEETING_MINUTES = 12 * 60
EML_POLICY = SMTP.clone(max_line_length=998)
"""RFC 5322's hard line limit: a subject is never folded, so every mail reader reads it back exactly."""
_ADDRESS = lazy_regex(r"^[^@\s<>(),;:\"]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
_CITATION_MARKER = lazy_regex(r"[ \t]*\[\d{1,2}\]")


def strip_citations(text: str) -> str:
    """The text without ``[n]`` citation markers."""
    return _CITATION_MARKER.sub("", text).strip()


def sendable(text: str) -> str:
    """The message as the recipient should see it: no "Why this shape" note, no citation markers."""
    message, _note = split_commentary(text)  # drafts saved before rationale had its own field carry the note
    return strip_citations(message)


def draft_text(text: str, subject: str | None) -> str:
    """The draft as plain text ready to send: a Subject line when there is one, no citation markers or note."""
    body = sendable(text)
    return f"Subject: {subject}\n\n{body}\n" if subject else f"{body}\n"


def draft_markdown(
    title: str,
    text: str,
    subject: str | None,
    sources: Sequence[Citation] = (),
    checks: Sequence[Check] = (),
    rationale: str = "",
) -> str:
    """The draft as Markdown, with the coach's reasons, its numbered sources and its checks."""
    parts = [f"# {title}", ""]
    if subject:
        parts += [f"**Subject:** {subject}", ""]
    parts += [text.strip(), ""]
    if rationale.strip():
        parts += ["## Why this shape", "", rationale.strip(), ""]
    if sources:
        parts += ["## Sources", "", *[f"{s.number}. {s.title} (`{s.id}`)" for s in sources], ""]
    if checks:
        parts += ["## Checks", ""]
        parts += [f"- {'✅' if c.passed else '❌'} {c.name}{'' if c.passed else f': {c.hint}'}" for c in checks]
        parts.append("")
    return "\n".join(parts)


def email_address(text: str | None) -> str | None:
    """The e-mail address in ``text`` (``Name <a@b.org>`` or ``a@b.org``), or None when there is none."""
    if not text or not text.strip():
        return None
    _name, address = parseaddr(text.strip())
    return address if _ADDRESS.match(address) else None


def draft_eml(
    subject: str | None,
    text: str,
    *,
    to: str | None = None,
    sender: str | None = None,
    when: datetime | None = None,
) -> bytes:
    """An RFC 5322 draft: multipart/alternative with plain text (no Markdown markers) and HTML.

    CRLF line endings and UTF-8; the subject is never folded; ``To:`` is set when ``to`` holds an
    address. Mail programs open it as an unsent message ready to edit and send.
    """
    message = EmailMessage(policy=EML_POLICY)
    message["Subject"] = subject or "(no subject)"
    message["Date"] = format_datetime(when or datetime.now(UTC))
    if sender:
        message["From"] = sender
    address = email_address(to)
    if address:
        message["To"] = address
    message["X-Unsent"] = "1"  # Outlook and Thunderbird open an unsent message ready to edit and send
    body = sendable(text)
    message.set_content(markdown_to_plain(body) + "\n", charset="utf-8")
    html = (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{escape(subject or '')}</title></head>"
            f"<body>{markdown_to_html(body)}</body></html>\n")
    message.add_alternative(html, subtype="html", charset="utf-8")
    return message.as_bytes()


def mailto_link(subject: str | None, text: str, to: str = "") -> str:
    """A ``mailto:`` URL (RFC 6068) with the subject and plain body percent-encoded, line breaks as CRLF."""
    to = email_address(to) or ""
    body = markdown_to_plain(sendable(text)).replace("\r\n", "\n").replace("\n", "\r\n")
    query = [f"body={quote(body, safe='')}"]
    if subject:
        query.insert(0, f"subject={quote(subject, safe='')}")
    return f"mailto:{quote(to, safe='@,')}?{'&'.join(query)}"


# -- meeting dates and .ics ----------------------------------------------------------------------


class MeetingDateError(ValueError):
    """The next-meeting text holds no date the coach can read; the message says how to write one."""


@dataclass(frozen=True)
class MeetingTime:
    """A parsed meeting: a day and, when given, a start time (the user's local time) and a length."""

    day: date
    start: time | None = None
    minutes: int | None = None
    """How long it lasts, when the text says ("for 45 minutes", "3-4pm"); None means unknown."""


_MONTHS = {
    name: number
    for number, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")],
        start=1,
    )
    for name in names
}
_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        [("mon", "monday"), ("tue", "tues", "tuesday"), ("wed", "wednesday"), ("thu", "thur", "thurs", "thursday"),
         ("fri", "friday"), ("sat", "saturday"), ("sun", "sunday")]
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\.?"
_ISO = lazy_regex(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b")
_NUMERIC = lazy_regex(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4})\b")
_DAY_MONTH = lazy_regex(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:\s+(?P<y>\d{4}))?\b")
_MONTH_DAY = lazy_regex(r"\b" + _MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{4}))?\b")
_RELATIVE_WEEKDAY = lazy_regex(r"\b" + _WEEKDAY + r"\b")
_IN_DAYS = lazy_regex(r"\bin\s+(?P<n>\d{1,3})\s+(?P<unit>days?|weeks?)\b")
_TIME_12H = lazy_regex(r"\b(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ampm>am|pm|a\.m\.|p\.m\.)")
_TIME_24H = lazy_regex(r"\b(?P<h>[01]?\d|2[0-3])[:h](?P<m>[0-5]\d)\b")
_CLOCK = r"(?P<{p}h>\d{{1,2}})(?:[:.](?P<{p}m>\d{{2}}))?\s*(?P<{p}ampm>am|pm|a\.m\.|p\.m\.)?"
_TIME_RANGE = lazy_regex(r"\b" + _CLOCK.format(p="a") + r"\s*(?:-|–|—|to|until|till)\s*" + _CLOCK.format(p="b"))
_LENGTH = lazy_regex(
    r"\b(?P<n>\d+(?:\.\d+)?|an|one|half an)[\s-]*(?P<unit>hours?|hrs?|h|minutes?|mins?|m)\b(?![:.]?\d)"
)

DATE_HELP = "Write it like 2025-03-14 15:00, 14 March 2025 at 3pm, or next Tuesday at 10:00."


def parse_meeting_date(text: str, *, today: date) -> MeetingTime:
    """Read a meeting date (and time, if any) from free text such as ``next Tuesday at 3pm``.

    Numeric dates like 03/04/2025 are accepted only when the day and month cannot be confused.

    Raises:
        MeetingDateError: no date could be read; the message says how to write one.
    """
    lowered = " ".join(text.lower().split())
    lowered = re.sub(r"(\d)t(\d)", r"\1 \2", lowered)  # ISO 8601 "2025-03-14T15:00"
    day = _parse_day(lowered, today)
    if day is None:
        raise MeetingDateError(f"Couldn't read that date ({text.strip()[:60]!r}). {DATE_HELP}")
    start, minutes = _parse_time(lowered), None
    span = _parse_range(lowered)
    if span is not None:
        start, minutes = span
    return MeetingTime(day, start, minutes if minutes is not None else _parse_length(lowered))


def _parse_range(text: str) -> tuple[time, int] | None:
    """A start and a length from "3-4pm", "3pm to 4:30pm" or "15:00-15:45"."""
    for match in _TIME_RANGE.finditer(text):
        end_ampm = match["bampm"]
        start = _clock(match["ah"], match["am"], match["aampm"] or end_ampm)
        end = _clock(match["bh"], match["bm"], end_ampm)
        if start is None or end is None or not (match["aampm"] or end_ampm or match["am"] or match["bm"]):
            continue  # "2-3" alone is not a time range
        minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
        if 0 < minutes <= MAX_MEETING_MINUTES:
            return start, minutes
    return None


def _clock(hour_text: str, minute_text: str | None, ampm: str | None) -> time | None:
    hour, minute = int(hour_text), int(minute_text or 0)
    if minute > 59:
        return None
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    return time(hour, minute) if hour <= 23 else None


def _parse_length(text: str) -> int | None:
    """A meeting length from "for 45 minutes", "a 30-min call", "1.5 hours" or "an hour"."""
    match = _LENGTH.search(text)
    if not match:
        return None
    amount = {"an": 1.0, "one": 1.0, "half an": 0.5}.get(match["n"]) or float(match["n"])
    minutes = round(amount * (60 if match["unit"].startswith("h") else 1))
    return minutes if 0 < minutes <= MAX_MEETING_MINUTES else None


def _parse_day(text: str, today: date) -> date | None:
    for parse in (_iso_day, _numeric_day, _named_month_day, _relative_day):
        try:
            found = parse(text, today)
        except MeetingDateError:
            raise
        except ValueError:  # 31 February and the like
            raise MeetingDateError(f"That date does not exist. {DATE_HELP}") from None
        if found is not None:
            return found
    return None


def _iso_day(text: str, today: date) -> date | None:
    match = _ISO.search(text)
    return date(int(match["y"]), int(match["m"]), int(match["d"])) if match else None


def _numeric_day(text: str, today: date) -> date | None:
    match = _NUMERIC.search(text)
    if not match:
        return None
    first, second, year = int(match["a"]), int(match["b"]), int(match["y"])
    if first > 12 >= second:
        return date(year, second, first)
    if second > 12 >= first:
        return date(year, first, second)
    if first == second:
        return date(year, first, second)
    raise MeetingDateError(
        f"{match.group(0)} could be day/month or month/day. Write the month as a word, e.g. 3 April 2025."
    )


def _named_month_day(text: str, today: date) -> date | None:
    match = _DAY_MONTH.search(text) or _MONTH_DAY.search(text)
    if not match:
        return None
    month, day = _MONTHS[match["month"]], int(match["d"])
    if match["y"]:
        return date(int(match["y"]), month, day)
    candidate = date(today.year, month, day)
    return candidate if candidate >= today else date(today.year + 1, month, day)


def _relative_day(text: str, today: date) -> date | None:
    if re.search(r"\btoday\b", text):
        return today
    if re.search(r"\btomorrow\b", text):
        return today + timedelta(days=1)
    within = _IN_DAYS.search(text)
    if within:
        days = int(within["n"]) * (7 if within["unit"].startswith("week") else 1)
        return today + timedelta(days=days)
    match = _RELATIVE_WEEKDAY.search(text)
    if not match:
        return None
    ahead = (_WEEKDAYS[match["weekday"]] - today.weekday()) % 7 or 7
    return today + timedelta(days=ahead)


def _parse_time(text: str) -> time | None:
    if re.search(r"\bnoon\b|\bmidday\b", text):
        return time(12, 0)
    match = _TIME_12H.search(text)
    if match:
        hour, minute = int(match["h"]), int(match["m"] or 0)
        if 1 <= hour <= 12 and minute < 60:
            return time(hour % 12 + (12 if match["ampm"].startswith("p") else 0), minute)
    match = _TIME_24H.search(text)
    return time(int(match["h"]), int(match["m"])) if match else None


def escape_ics_text(value: str) -> str:
    """Escape a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def fold_ics_line(line: str) -> str:
    """Fold a content line into pieces of at most 75 octets (RFC 5545 §3.1), never inside a character."""
    pieces: list[str] = []
    current, size, limit = "", 0, ICS_LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size, limit = "", 0, ICS_LINE_OCTETS - 1  # continuation lines start with a space
        current += char
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)


def meeting_ics(
    when: MeetingTime,
    *,
    title: str,
    description: str = "",
    zone: tzinfo | None = None,
    minutes: int | None = None,
    uid: str | None = None,
    stamp: datetime | None = None,
) -> bytes:
    """A calendar file (RFC 5545) with one VEVENT; all-day when no start time was given.

    The start is the user's local time in ``zone`` (their browser's time zone), written in UTC so
    every calendar shows it at the right moment; without a zone it stays floating local time. The
    length is ``minutes``, else the one the text gave, else :data:`DEFAULT_MEETING_MINUTES`.
    """
    if when.start is None:
        start = f"DTSTART;VALUE=DATE:{when.day:%Y%m%d}"
        end = f"DTEND;VALUE=DATE:{when.day + timedelta(days=1):%Y%m%d}"
    else:
        length = timedelta(minutes=minutes or when.minutes or DEFAULT_MEETING_MINUTES)
        begin = datetime.combine(when.day, when.start)
        if zone is None:
            start, end = f"DTSTART:{begin:%Y%m%dT%H%M%S}", f"DTEND:{begin + length:%Y%m%dT%H%M%S}"
        else:
            begin_utc = begin.replace(tzinfo=zone).astimezone(UTC)
            start, end = f"DTSTART:{begin_utc:%Y%m%dT%H%M%SZ}", f"DTEND:{begin_utc + length:%Y%m%dT%H%M%SZ}"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Mentor Coach//Meeting summary//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{uid or uuid.uuid4()}@mentor-coach.invalid",
        f"DTSTAMP:{(stamp or datetime.now(UTC)).astimezone(UTC):%Y%m%dT%H%M%SZ}",
        start,
        end,
        f"SUMMARY:{escape_ics_text(title)}",
    ]
    if description.strip():
        lines.append(f"DESCRIPTION:{escape_ics_text(sendable(description))}")  # never the coach's note
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold_ics_line(line) for line in lines) + "\r\n").encode("utf-8")


# -- history export ------------------------------------------------------------------------------


def history_markdown(data: Mapping[str, Any]) -> str:
    """Everything saved (the shape of ``HistoryStore.export_data``) as one Markdown document."""
    parts = ["# Mentor Coach history", "", f"Exported {data.get('exported_at', '')}.", ""]
    parts += ["## Conversations", ""] + [_conversation_md(c) for c in data.get("conversations", [])]
    parts += ["## Drafts", ""] + [_draft_md(d) for d in data.get("drafts", [])]
    parts += ["## Rehearsals", ""] + [_rehearsal_md(r) for r in data.get("rehearsals", [])]
    return "\n".join(parts).rstrip() + "\n"


def _conversation_md(conversation: Mapping[str, Any]) -> str:
    lines = [f"### {conversation['title']}", f"*{conversation['created_at']}*", ""]
    for message in conversation["messages"]:
        speaker = "You" if message["role"] == "user" else "Coach"
        note = " *(interrupted)*" if message["status"] == "interrupted" else ""
        lines += [f"**{speaker}:**{note} {message['text']}", ""]
        lines += [f"  {c['number']}. {c['title']}" for c in message["citations"]]
    return "\n".join(lines) + "\n"


def _draft_md(draft: Mapping[str, Any]) -> str:
    lines = [f"### {draft['title']} ({draft['task']})", f"*{draft['created_at']}*", ""]
    lines += [f"- **{name}:** {value}" for name, value in draft["fields"].items() if value not in (None, "")]
    for version in draft["versions"]:
        lines += ["", f"#### Version {version['number']}: {version['label']}", ""]
        if version["subject"]:
            lines += [f"**Subject:** {version['subject']}", ""]
        lines.append(version["text"])
    return "\n".join(lines) + "\n"


def _rehearsal_md(rehearsal: Mapping[str, Any]) -> str:
    if rehearsal.get("markdown"):
        return str(rehearsal["markdown"]).strip() + "\n"
    lines = [f"### {rehearsal['title']}", f"*{rehearsal['scenario']}, {rehearsal['persona']}, "
             f"{rehearsal['difficulty']}*", ""]
    lines += [f"**{turn.get('role', '?')}:** {turn.get('text', '')}" for turn in rehearsal["transcript"]]
    return "\n".join(lines) + "\n"
