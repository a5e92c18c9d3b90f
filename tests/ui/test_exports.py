"""Take-away files: .txt, .md, .eml, mailto:, .ics."""

from __future__ import annotations

import email
from datetime import UTC, date, datetime, time
from email import policy
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from coach.exports import (
    MeetingDateError,
    MeetingTime,
    draft_eml,
    draft_markdown,
    draft_text,
    fold_ics_line,
    mailto_link,
    meeting_ics,
    parse_meeting_date,
)
from coach.tasks.base import Check, Citation

MONDAY = date(2025, 3, 10)


def test_eml_parses_back_with_subject_and_body_without_citation_markers() -> None:
    raw = draft_eml("Mentoring — a quick question", "Hi Dana,\n\nI admire your work [1].\n\nThanks,\nSam")
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")  # CRLF only
    message = email.message_from_bytes(raw, policy=policy.default)
    assert message["Subject"] == "Mentoring — a quick question"
    assert message["Date"]
    body = message.get_body().get_content()
    assert "I admire your work." in body and "[1]" not in body


def test_plain_text_and_markdown_exports() -> None:
    assert draft_text("Hello [2] there", "Hi") == "Subject: Hi\n\nHello there\n"
    markdown = draft_markdown(
        "Outreach", "Body [1]", "Hi", [Citation(1, "make-a-specific-ask", "Make a specific ask")],
        [Check("Specific ask", False, "Say what you want.")],
    )
    assert "**Subject:** Hi" in markdown and "Body [1]" in markdown
    assert "1. Make a specific ask" in markdown and "Say what you want." in markdown


def test_mailto_link_percent_encodes_subject_and_body() -> None:
    link = mailto_link("Coffee & advice?", "Hi Ana,\nCould we talk [1]?\n", to="ana@example.org")
    parts = urlsplit(link)
    assert parts.scheme == "mailto" and parts.path == "ana@example.org"
    assert " " not in link and "\n" not in link and "&advice" not in link
    query = parse_qs(parts.query)
    assert query["subject"] == ["Coffee & advice?"]
    assert query["body"] == ["Hi Ana,\r\nCould we talk?"]
    assert "%0D%0A" in link and unquote(link).count("[1]") == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-03-14 15:00", MeetingTime(date(2025, 3, 14), time(15, 0))),
        ("Next meeting: 14 March 2025 at 3pm", MeetingTime(date(2025, 3, 14), time(15, 0))),
        ("March 20, 2025", MeetingTime(date(2025, 3, 20))),
        ("next Tuesday at 10:30", MeetingTime(date(2025, 3, 11), time(10, 30))),
        ("tomorrow at noon", MeetingTime(date(2025, 3, 11), time(12, 0))),
        ("in 2 weeks", MeetingTime(date(2025, 3, 24))),
        ("25/03/2025", MeetingTime(date(2025, 3, 25))),
        ("2 January", MeetingTime(date(2026, 1, 2))),  # already past this year: next one
    ],
)
def test_meeting_dates_are_read(text: str, expected: MeetingTime) -> None:
    assert parse_meeting_date(text, today=MONDAY) == expected


@pytest.mark.parametrize("text", ["when we can", "03/04/2025", "31 February 2025", ""])
def test_unreadable_dates_say_how_to_write_one(text: str) -> None:
    with pytest.raises(MeetingDateError, match=r"(?i)couldn't read|could be|does not exist"):
        parse_meeting_date(text, today=MONDAY)


def _unfold(raw: bytes) -> list[str]:
    return raw.decode("utf-8").replace("\r\n ", "").split("\r\n")


def test_ics_is_a_well_formed_vevent() -> None:
    stamp = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
    description = "Agreed: draft the plan; share it, then review.\n" + "Long résumé line " * 20
    raw = meeting_ics(MeetingTime(date(2025, 3, 14), time(15, 0)), title="Mentoring, next steps",
                      description=description, uid="u1", stamp=stamp)
    assert raw.endswith(b"\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")  # every line ends in CRLF
    for line in raw.split(b"\r\n"):
        assert len(line) <= 75  # folded at 75 octets
    lines = _unfold(raw)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR"
    assert lines.index("BEGIN:VEVENT") < lines.index("END:VEVENT")
    assert "DTSTART:20250314T150000" in lines and "DTEND:20250314T160000" in lines
    assert "DTSTAMP:20250310T090000Z" in lines and "VERSION:2.0" in lines
    assert "SUMMARY:Mentoring\\, next steps" in lines
    description_line = next(line for line in lines if line.startswith("DESCRIPTION:"))
    assert "plan\\; share it\\, then review.\\nLong résumé" in description_line


def test_ics_without_a_time_is_an_all_day_event() -> None:
    lines = _unfold(meeting_ics(MeetingTime(date(2025, 12, 31)), title="Check-in"))
    assert "DTSTART;VALUE=DATE:20251231" in lines and "DTEND;VALUE=DATE:20260101" in lines


def test_folding_never_splits_a_multibyte_character() -> None:
    line = "DESCRIPTION:" + "é" * 100
    folded = fold_ics_line(line).encode("utf-8")
    for piece in folded.split(b"\r\n"):
        assert len(piece) <= 75
        piece.decode("utf-8")  # raises if a character was cut in half
    assert fold_ics_line(line).replace("\r\n ", "") == line


def test_sendable_outputs_leave_out_the_note_meant_for_the_user() -> None:
    text = "Hi Ana,\n\nCould we talk for 20 minutes [1]?\n\n---\n*Why this shape:* one specific ask [1]."
    body = email.message_from_bytes(draft_eml("Hi", text), policy=policy.default).get_body().get_content()
    assert "Could we talk for 20 minutes?" in body and "Why this shape" not in body
    assert "Why this shape" not in draft_text(text, None)
    assert "Why" not in unquote(mailto_link("Hi", text))
    assert "Why this shape" in draft_markdown("Outreach", text, None)  # the user's own copy keeps it


def test_ics_description_carries_the_message_only() -> None:
    text = "Hi Ana,\n\nThank you for today [1].\n\n---\n*Why this shape:* specific thanks [1]."
    raw = meeting_ics(MeetingTime(date(2025, 3, 14), time(15, 0)), title="Mentoring", description=text)
    unfolded = "\n".join(_unfold(raw))
    assert "Thank you for today." in unfolded.replace("\\n", "\n").replace("\\,", ",")
    assert "Why this shape" not in unfolded and "[1]" not in unfolded
# -- issue 12: e-mail as people read it, calendar in their time zone --------------------------------

SUMMARY = "## What I'm taking away\n\n**Thanks** for today, Aaron [1].\n\n* Redo the deck by *Friday*"


def test_eml_is_plain_text_without_markdown_plus_html() -> None:
    message = email.message_from_bytes(draft_eml("Thanks", SUMMARY), policy=policy.default)
    assert message.get_content_type() == "multipart/alternative"
    plain = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    assert "What I'm taking away" in plain and "- Redo the deck by Friday" in plain
    assert not [marker for marker in ("**", "##", "*Friday*", "[1]") if marker in plain]
    assert "<h2>What I'm taking away</h2>" in html and "<strong>Thanks</strong>" in html and "[1]" not in html


def test_eml_subject_reads_back_exactly_and_to_is_set_when_known() -> None:
    subject = "Thank you for the conversation about moving from bedside nursing into clinical informatics — next"
    raw = draft_eml(subject, "Hi", to="Aaron Patel <aaron@example.org>")
    for each in (policy.default, policy.compat32):  # even a reader that does not unfold headers
        assert email.message_from_bytes(raw, policy=each)["Subject"].startswith("Thank you for the conversation")
    assert email.message_from_bytes(raw, policy=policy.default)["Subject"] == subject
    assert b"\r\n " not in raw.split(b"\r\nDate:")[0]  # the subject is one line: never folded
    assert email.message_from_bytes(raw, policy=policy.default)["To"] == "aaron@example.org"
    assert "To" not in email.message_from_bytes(draft_eml("S", "Hi", to="not an address"), policy=policy.default)


def test_ics_uses_the_time_zone_and_the_meetings_length() -> None:
    from zoneinfo import ZoneInfo

    when = parse_meeting_date("14 March 2031, 3-4:30pm", today=MONDAY)
    assert when == MeetingTime(date(2031, 3, 14), time(15, 0), 90)
    ics = meeting_ics(when, title="Mentoring", zone=ZoneInfo("Europe/Paris")).decode()
    assert "DTSTART:20310314T140000Z" in ics and "DTEND:20310314T153000Z" in ics  # 15:00 in Paris is 14:00 UTC
    assert parse_meeting_date("next Tuesday at 10:00 for 45 minutes", today=MONDAY).minutes == 45
    assert parse_meeting_date("2031-03-14 15:00", today=MONDAY).minutes is None  # unknown: the default length
