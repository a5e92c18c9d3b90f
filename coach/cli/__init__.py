"""The ``coach`` command line: one Typer app, with commands grouped by job in sibling modules."""

from __future__ import annotations

from coach.cli import check as _check  # noqa: F401  (registers commands)
from coach.cli import drafts as _drafts  # noqa: F401  (registers commands)
from coach.cli import guidance as _guidance  # noqa: F401  (registers commands)
from coach.cli import rehearse as _rehearse  # noqa: F401  (registers commands)
from coach.cli.common import app


def main() -> None:
    """Console-script entry point."""
    app()


__all__ = ["app", "main"]
