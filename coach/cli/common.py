"""Shared pieces of the CLI: the app object, settings, one-line errors and progress on stderr."""

from __future__ import annotations

import json
import re
import sys
from typing import Any, NoReturn

import typer

from coach.config import Settings, SettingsError

app = typer.Typer(
    name="coach",
    help="Mentor Coach: drafts, guidance search and rehearsal for mentorship conversations.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

USAGE_ERROR = 2


_LONG_QUOTED = re.compile(r"'([^']{40})[^']+'")
MAX_MESSAGE_CHARS = 300


def one_line(message: str) -> str:
    """A message as one short line: any long quoted value (a hostile 5,000-character argument) cut short."""
    short = _LONG_QUOTED.sub(r"'\1…'", " ".join(message.split()))
    return short if len(short) <= MAX_MESSAGE_CHARS else short[: MAX_MESSAGE_CHARS - 1] + "…"


def fail(message: str, code: int = USAGE_ERROR) -> NoReturn:
    """Print a one-line message on stderr and exit (2 for a usage error)."""
    typer.echo(f"coach: {one_line(message)}", err=True)
    raise typer.Exit(code)


def load_settings(**overrides: Any) -> Settings:
    """Settings from the environment; a bad variable becomes a one-line error."""
    try:
        return Settings.from_env(**{k: v for k, v in overrides.items() if v is not None})
    except SettingsError as error:
        fail(str(error))


def print_json(data: Any) -> None:
    """Pretty JSON on stdout, keeping non-ASCII text readable."""
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


class StderrProgress:
    """Renders ``progress(stage, done, total)`` calls as short lines on stderr."""

    def __init__(self) -> None:
        self._last: tuple[str, int] | None = None
        self._tty = sys.stderr.isatty()

    def __call__(self, stage: str, done: int, total: int) -> None:
        """Show progress, printing a new line only every quarter when stderr is not a terminal."""
        percent = 100 if total == 0 else int(100 * done / total)
        key = (stage, percent // 25)
        if self._tty:
            end = "\n" if done >= total else ""
            sys.stderr.write(f"\r{stage}: {done}/{total}{end}")
        elif key != self._last or done >= total:
            sys.stderr.write(f"{stage}: {done}/{total}\n")
        self._last = key
        sys.stderr.flush()
