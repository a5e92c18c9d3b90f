"""The app's pages, in the order the sidebar lists them."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

UI_DIR = Path(__file__).resolve().parent
COACH_PAGE = "coach/ui/coach_chat.py"
DRAFTS_PAGE = "coach/ui/drafts.py"
REHEARSE_PAGE = "coach/ui/rehearse.py"
HISTORY_PAGE = "coach/ui/history.py"
SETTINGS_PAGE = "coach/ui/settings.py"
"""Page paths relative to ``app.py``, as ``st.switch_page`` and ``AppTest.switch_page`` take them."""
START_URL_PATH = "start"


def _start() -> None:
    """The app's root URL: open the Coach page.

    Streamlit serves its default page at ``/`` and answers that page's own path with "Page not
    found", so a link to ``/coach`` would fail if the Coach page were the default. A hidden default
    page that forwards to it keeps every page's link working, ``/`` included.
    """
    st.switch_page(COACH_PAGE)


def pages() -> list[st.Page]:
    """Every page; ``/`` opens the Coach chat."""
    return [
        st.Page(_start, title="Mentor Coach", url_path=START_URL_PATH, default=True, visibility="hidden"),
        st.Page(UI_DIR / "coach_chat.py", title="Coach", icon=":material/forum:", url_path="coach"),
        st.Page(UI_DIR / "drafts.py", title="Drafts", icon=":material/edit_note:", url_path="drafts"),
        st.Page(UI_DIR / "rehearse.py", title="Rehearse", icon=":material/theater_comedy:", url_path="rehearse"),
        st.Page(UI_DIR / "history.py", title="History", icon=":material/history:", url_path="history"),
        st.Page(UI_DIR / "settings.py", title="Settings", icon=":material/settings:", url_path="settings"),
    ]
