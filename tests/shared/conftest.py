"""The AppTest data-folder fixture, shared with the UI tests."""

from ui.conftest import app_data  # noqa: F401
