"""Build the guidance index in a fresh process, for callers that hold a user's text in memory.

Chroma writes parts of its vector files from memory it never initialised, so any bytes the building process
once held can land in the index folder. The app holds what its users typed (and their API keys); a freshly
spawned interpreter holds only the guidance. The command line builds in its own process already.
"""

from __future__ import annotations

import multiprocessing
import queue as queue_module
from typing import Any

from coach.config import Settings
from coach.errors import GuidanceIndexError
from coach.index import IndexReport, ProgressFn

POLL_S = 0.5
"""How often the parent looks for progress, and checks that the builder is still alive."""


def build_index_apart(settings: Settings, *, rebuild: bool = False,
                      progress: ProgressFn | None = None) -> IndexReport:
    """:func:`coach.index.build_index` with the torch embedder, run in a spawned process; progress is relayed."""
    context = multiprocessing.get_context("spawn")  # a fork would copy this process's memory along
    messages: Any = context.Queue()
    builder = context.Process(target=_build, args=(settings.with_overrides(openai_api_key=None), rebuild, messages),
                              name="coach-index", daemon=True)
    builder.start()
    try:
        return _relay(builder, messages, progress or (lambda stage, done, total: None))
    finally:
        builder.join(timeout=POLL_S)
        if builder.is_alive():
            builder.kill()


def _relay(builder: Any, messages: Any, progress: ProgressFn) -> IndexReport:
    while True:
        try:
            kind, payload = messages.get(timeout=POLL_S)
        except queue_module.Empty:
            if not builder.is_alive():
                raise GuidanceIndexError(
                    f"Indexing stopped unexpectedly (exit code {builder.exitcode}); the current index was left as "
                    "it was. Run `coach index` in a terminal to see why."
                ) from None
            continue
        if kind == "progress":
            progress(*payload)
        elif kind == "error":
            raise GuidanceIndexError(payload)
        else:
            report: IndexReport = payload
            return report


def _build(settings: Settings, rebuild: bool, messages: Any) -> None:
    """The spawned builder: reports progress, then its report or its one-line error."""
    from coach.embeddings import load_embedder
    from coach.index import build_index

    def relay(stage: str, done: int, total: int) -> None:
        messages.put(("progress", (stage, done, total)))

    try:
        messages.put(("done", build_index(settings, load_embedder(), rebuild=rebuild, progress=relay)))
    except GuidanceIndexError as error:
        messages.put(("error", str(error)))
