"""The coaching jobs: one module per job, all listed in :mod:`coach.tasks.registry`.

The registry is imported lazily, so ``import coach.tasks.base`` (which every job module does)
never pulls in all the jobs.
"""

from __future__ import annotations

from typing import Any

__all__ = ["TASKS", "UnknownTaskError", "get_task", "task_names"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from coach.tasks import registry

        return getattr(registry, name)
    raise AttributeError(f"module 'coach.tasks' has no attribute {name!r}")
