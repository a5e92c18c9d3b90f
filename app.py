"""Mentor Coach, the web app: ``streamlit run app.py`` (or ``make run``).

Page config and navigation only; the pages live in ``coach/ui/``.
"""

import streamlit as st

from coach.store import HistoryError
from coach.ui.auth import history_problem, require_user
from coach.ui.navigation import pages
from coach.ui.state import begin_run, freeze_heap_when_warm, start_model_warmup
from coach.ui.widgets import render_sidebar

# A Material icon, not an emoji: any non-ASCII icon makes Streamlit load its emoji catalogue, a
# quarter of a second of the first page on this machine kind.
st.set_page_config(page_title="Mentor Coach", page_icon=":material/explore:", layout="wide")
begin_run()
require_user()  # in shared mode, no page renders for a request the proxy did not sign in
page = st.navigation(pages())
render_sidebar()
try:
    page.run()
except HistoryError as error:  # disk full, a damaged database: say so, keep what was typed
    history_problem(error)
# Started after the page is drawn: loading the model holds the GIL for a few seconds, and the first
# page of a fresh process would otherwise wait for it.
start_model_warmup()
freeze_heap_when_warm()
