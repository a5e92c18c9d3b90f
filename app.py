"""Mentor Coach, the web app: ``streamlit run app.py`` (or ``make run``).

Page config and navigation only; the pages live in ``coach/ui/``.
"""

import streamlit as st

from coach.ui.navigation import pages
from coach.ui.state import freeze_heap_when_warm
from coach.ui.widgets import render_sidebar

st.set_page_config(page_title="Mentor Coach", page_icon="🧭", layout="wide")
page = st.navigation(pages())
render_sidebar()
page.run()
freeze_heap_when_warm()
