"""Freezing the heap after warm-up keeps every rerun cheap without leaking what the pages create."""

from __future__ import annotations

import gc
from pathlib import Path

from coach.config import Settings
from coach.tasks.registry import get_task
from coach.ui import state
from coach.ui.navigation import DRAFTS_PAGE
from ui.helpers import button, open_form, sample_value, start_app

WARM_RUNS = 10
MEASURED_RUNS = 60
GROWTH_ALLOWED = 1500
"""Objects the process may gain over 60 reruns and drafts (caches filling up), far below one leak per run."""


def _draft_once(at: object, spec_name: str) -> None:
    spec = get_task(spec_name)
    open_form(at, spec_name)  # type: ignore[arg-type]
    for field in spec.fields:
        at.get_by_key(f"form.{spec_name}.{field.name}").set_value(sample_value(field))  # type: ignore[attr-defined]
    button(at, "Write the draft").click().run()  # type: ignore[arg-type]


def test_many_reruns_after_the_freeze_leave_the_heap_bounded(app_data: Path) -> None:
    state._warm_up(Settings(data_dir=app_data))  # what the background warm-up thread does
    at = start_app(DRAFTS_PAGE)
    assert state.model_ready()
    at.run()  # the run after warm-up freezes the heap
    assert gc.get_freeze_count() > 0

    # Streamlit collects garbage after each run; AppTest does not, so the test does it like the server.
    counts: list[int] = []
    for number in range(WARM_RUNS + MEASURED_RUNS):
        if number % 10 == 0:
            _draft_once(at, "outreach")  # drafts build retrieval results, checks and widgets: the most garbage
        else:
            at.run()
        assert not at.exception, at.exception
        gc.collect()
        counts.append(len(gc.get_objects()))
    assert not gc.garbage
    growth = counts[-1] - counts[WARM_RUNS - 1]
    assert growth < GROWTH_ALLOWED, counts[WARM_RUNS - 1 :: 10]
