"""Visible waits in the app: a model reply's attempt and time left, and a local model loading.

The Coach reports waits through callbacks (``on_wait``, ``on_load``) in the script's own thread;
:func:`shown_in` points them at a placeholder on the page for the length of one request.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import streamlit as st

from coach.config import Settings

if TYPE_CHECKING:  # the call path imports LangChain; pages must render without it
    from coach.engines.calls import Wait

_slot = threading.local()  # each Streamlit session runs its script in its own thread


@contextmanager
def shown_in(container: Any) -> Iterator[None]:
    """Show waits reported during the ``with`` block in an empty slot of ``container``."""
    _slot.box = container.empty()
    try:
        yield
    finally:
        _slot.box.empty()
        _slot.box = None


def report(wait: Wait) -> None:
    """``on_wait`` for the Coach: "Waiting for the model: attempt 1 of 3, 52 s left"."""
    attempt = f"attempt {wait.attempt} of {wait.attempts}, " if wait.attempts > 1 else ""
    _show(f"{wait.reason}: {attempt}{max(0.0, wait.seconds_left):.0f} s left before the offline engine takes over.")


def loading(message: str) -> None:
    """``on_load`` for the Coach: the local model's loading progress."""
    _show(message)


def start_local_model(current: Settings) -> None:
    """Load the local model now, with progress on the page, when it is the engine in use."""
    if current.resolved_engine != "local":
        return
    from coach.engines.base import EngineUnavailableError
    from coach.engines.local import local_server

    # On failure the request that follows says why, as a notice, and falls back to the offline engine.
    with shown_in(st.container()), contextlib.suppress(EngineUnavailableError):
        local_server(current, progress=loading)


def _show(message: str) -> None:
    box = getattr(_slot, "box", None)
    if box is not None:
        box.caption(message)
