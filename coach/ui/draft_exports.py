"""The Drafts page's download row: .txt, .md, .eml, a mailto: link and, for summaries, an .ics event."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from coach.exports import (
    MeetingDateError,
    draft_eml,
    draft_markdown,
    draft_text,
    email_address,
    mailto_link,
    meeting_ics,
    parse_meeting_date,
)
from coach.store import SavedDraft
from coach.tasks.base import TaskSpec
from coach.ui import widgets

MEETING_FIELD = "next_meeting"
"""A job with this field gets an .ics download when its value is a readable date."""
MAILTO_LIMIT = 1800
"""Longer mailto: links are cut off by some browsers and mail programs; offer the .eml instead."""


def download_row(spec: TaskSpec, saved: SavedDraft, text: str, subject: str | None) -> None:
    """Every take-away for the draft as it is on screen (including the user's edits)."""
    latest = saved.latest
    sources = latest.sources if latest else []
    checks = latest.checks if latest else []
    stem = f"{spec.name}-{saved.id}"
    to = recipient(saved) if subject else None
    # One horizontal container, not five columns: each column was an element sent on every rerun.
    row = st.container(horizontal=True)
    _download(row, ".txt", lambda: draft_text(text, subject), f"{stem}.txt", "text/plain")
    _download(row, ".md", lambda: draft_markdown(saved.title, text, subject, sources, checks), f"{stem}.md",
              "text/markdown")
    if subject:
        _download(row, ".eml", lambda: draft_eml(subject, text, to=to), f"{stem}.eml", "message/rfc822",
                  help="Opens in your mail program as a draft ready to send (plain text and formatted).")
        link = mailto_link(subject, text, to or "")
        if len(link) <= MAILTO_LIMIT:
            row.link_button("Open in mail", link, icon=":material/mail:")
        else:
            row.caption("Too long for a mail link: use the .eml.")
    meeting_download(row, spec, saved)


def recipient(saved: SavedDraft) -> str | None:
    """The mentor's address for the To: line, when the user gives one (kept for this session only)."""
    typed = st.text_input("Mentor's e-mail address (optional, fills in To:)", key=f"drafts.to.{saved.id}",
                          placeholder="name@example.org", max_chars=254)
    address = email_address(typed)
    if typed and typed.strip() and address is None:
        st.caption(":material/warning: That does not look like an e-mail address, so To: stays empty.")
    return address


def _download(place: DeltaGenerator, label: str, make: Callable[[], str | bytes], file_name: str, mime: str,
              help: str | None = None) -> None:
    # The file is built when it is clicked (on Streamlit's download thread), not on every rerun: an
    # .eml alone cost about 5 ms of each run of the page. `make` must not touch st.* (no session there).
    icon = ":material/event:" if label == ".ics" else ":material/download:"
    place.download_button(label, make, file_name=file_name, mime=mime, icon=icon, help=help,
                          key=f"drafts.download{label}", on_click="ignore")


def meeting_download(place: DeltaGenerator, spec: TaskSpec, saved: SavedDraft) -> None:
    """An .ics for the next meeting, or a clear note when its date cannot be read."""
    if MEETING_FIELD not in {f.name for f in spec.fields}:
        return
    when_text = str(saved.fields.get(MEETING_FIELD) or "").strip()
    if not when_text:
        return
    try:
        when = parse_meeting_date(when_text, today=date.today())
    except MeetingDateError as error:
        place.caption(f"No calendar file: {error}")
        return
    title = f"Mentoring: {saved.fields.get('mentor_name') or 'next meeting'}"
    description = saved.latest.text if saved.latest else ""
    zone = widgets.browser_zone()  # read here: session state is not available where the file is built
    _download(place, ".ics", lambda: meeting_ics(when, title=title, description=description, zone=zone),
              f"next-meeting-{saved.id}.ics", "text/calendar")
