"""Run one Coach stream on a page: status steps, a sanitised live reply, and a save that always happens."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import chain

import streamlit as st

from coach.errors import GuidanceIndexError
from coach.tasks.base import Draft, FieldError
from coach.ui import waiting, widgets

StreamFactory = Callable[[], Iterator[str | Draft]]
SaveFn = Callable[[str, Draft | None, bool], None]
"""Called as ``save(text_so_far, final_draft_or_None, finished)`` exactly once, even on interruption."""


def run_stream(start: StreamFactory, save: SaveFn, *, first_step: str = "Retrieving guidance…") -> Draft | None:
    """Show ``first_step`` then "Writing…" in an ``st.status``, stream the text, and save in a ``finally``.

    Returns the finished Draft, or None when the request was refused or failed (a message says
    what to do). When the user clicks away mid-stream, Streamlit stops the script with an exception
    that is not an ``Exception``: the ``finally`` still saves the text so far, marked unfinished.
    """
    status = st.status(first_step, expanded=False)
    # Any click reruns the page, which stops this stream (and its request); the button says so.
    st.button("Stop", key="stream.stop", help="Stop waiting; the text so far is saved as unfinished.")
    try:
        stream = start()
    except (FieldError, GuidanceIndexError) as error:
        status.update(label="Not sent", state="error")
        st.error(f"{error} What you typed is kept.")
        return None
    written: list[str] = []
    result: list[Draft] = []
    finished = False
    try:
        chunks = widgets.text_chunks(stream, written, result)
        with waiting.shown_in(st.container()):  # attempt and time left while the first token is awaited
            first = next(chunks, None)  # retrieval happens before the first chunk arrives
        status.update(label="Writing…")
        widgets.stream_markdown(chain([first] if first is not None else [], chunks))
        finished = bool(result)
    except Exception:  # never a traceback on screen; what the user typed is already saved
        status.update(label="Something went wrong", state="error")
        st.error("The coach could not finish. What you typed is saved in History; try again, or check Settings.")
    finally:
        # The final Draft is the proof the reply finished: a click that lands while the page is still
        # drawing it must not mark a whole reply "interrupted".
        save("".join(written), result[-1] if result else None, finished or bool(result))
    draft = result[-1] if result else None
    if draft is not None:
        status.update(label=f"Done: drew on {len(draft.sources)} guidance card(s)", state="complete")
    return draft
