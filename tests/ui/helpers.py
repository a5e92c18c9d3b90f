"""AppTest helpers shared by the UI tests."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from streamlit.testing.v1 import AppTest

from coach.config import PROJECT_DIR
from coach.query_model import FOLDER
from coach.tasks.base import Field

APP = PROJECT_DIR / "app.py"
TIMEOUT_S = 60  # AppTest's own default of 3 s flakes on a loaded 2-core machine

SAMPLES = {
    "next_meeting": "14 March 2031 at 3pm",
}


def start_app(page: str | None = None) -> AppTest:
    """Run the app (and switch to ``page``); fails on any uncaught exception."""
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT_S).run()
    assert not at.exception, at.exception
    if page is not None:
        at.switch_page(page).run()
        assert not at.exception, at.exception
    return at


def all_text(at: AppTest) -> str:
    """Every piece of visible text the app rendered, joined (main area and sidebar)."""
    parts: list[str] = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error", "success"):
        parts += [str(element.value) for element in getattr(at, kind)]
    parts += [str(element.value) for element in at.sidebar.markdown]
    parts += [str(element.value) for element in at.sidebar.caption]
    parts += [str(element.value) for element in at.sidebar.warning]
    return "\n".join(parts)


def button(at: AppTest, label: str) -> Any:
    """The (first) button whose label contains ``label``."""
    matches = [b for b in at.button if label in b.label]
    assert matches, f"no button labelled {label!r}; have {[b.label for b in at.button]}"
    return matches[0]


def open_form(at: AppTest, task: str) -> None:
    """Open the job's form if it is folded (a draft is on screen): "Change the details"."""
    folded = [b for b in at.button if b.key == f"drafts.details.{task}"]
    if folded:
        folded[0].click().run()


def sample_value(field: Field) -> Any:
    """A valid value for any registry field."""
    if field.kind == "choice":
        return field.default if field.default in field.choices else field.choices[0]
    if field.kind == "integer":
        return field.default if isinstance(field.default, int) else (field.min_value or 1)
    text = SAMPLES.get(field.name, f"Sample {field.label.lower()} for the test, with enough words to use")
    return text[: field.max_chars]


def copy_index(source: Path, target: Path) -> None:
    """Copy an index, linking its read-only ONNX query model (90 MB) instead of copying it."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns(FOLDER))
    if (source / FOLDER).is_dir():
        (target / FOLDER).symlink_to(source / FOLDER, target_is_directory=True)
