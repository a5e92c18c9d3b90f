"""AppTest fixture: a per-test data folder holding a copy of the real index, and a fresh resource cache."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st

from coach.config import Settings
from ui.helpers import copy_index


@pytest.fixture
def app_data(isolated_env: Path, guidance_settings: Settings) -> Iterator[Path]:
    """The test's COACH_DATA_DIR, with the session's real index copied in (no re-embedding)."""
    copy_index(guidance_settings.index_dir, isolated_env / "index")
    st.cache_resource.clear()
    yield isolated_env
    st.cache_resource.clear()
