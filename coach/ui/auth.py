"""The sign-in gate: in shared mode, a request without the proxy's user header sees only a sign-in page."""

from __future__ import annotations

import streamlit as st

from coach.identity import SIGN_IN_TEXT, SIGN_IN_TITLE, user_from_headers
from coach.ui import state


def require_user() -> str:
    """The signed-in user; without one, draw the sign-in page and stop the script (nothing else renders)."""
    current = state.settings()
    user = user_from_headers(current, _headers())
    if user is None:
        st.title(SIGN_IN_TITLE)
        st.info(SIGN_IN_TEXT, icon=":material/lock:")
        st.stop()
    st.session_state[state.CURRENT_USER] = user
    return user


def _headers() -> dict[str, str]:
    try:
        return dict(st.context.headers)
    except Exception:  # no request context (AppTest, a bare script run): no headers at all
        return {}


def history_problem(error: Exception) -> None:
    """Say what went wrong with the history, how to fix it, and show back what the user typed."""
    st.error(f"{error} Nothing you typed is lost: it is shown below, and you can send it again.",
             icon=":material/error:")
    unsaved = st.session_state.get(state.UNSAVED_INPUT)
    if unsaved:
        st.text_area("What you typed (copy it, or send it again once the problem is fixed)", value=unsaved,
                     key="coach.unsaved_view", disabled=False)
