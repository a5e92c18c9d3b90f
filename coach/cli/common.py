"""Shared pieces of the CLI: the app object, settings, one-line errors and progress on stderr."""

from __future__ import annotations

import json
import sys
import time
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

import typer

from coach.config import Settings, SettingsError
from coach.lazy_patterns import lazy_regex
from coach.safety import strip_terminal_controls

if TYPE_CHECKING:
    from coach.engines.calls import Wait

app = typer.Typer(
    name="coach",
    help="Mentor Coach: drafts, guidance search and rehearsal for mentorship conversations.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

USAGE_ERROR = 2


class SafeStream:
    """A text stream that drops terminal control sequences from everything written to it.

    Model text is printed by the CLI; without this it could clear the screen, retitle the window,
    hide text or plant OSC-8 hyperlinks. ``keep_carriage_return`` keeps carriage returns for progress lines.
    """

    def __init__(self, inner: TextIO, *, keep_carriage_return: bool = False) -> None:
        self.inner = inner
        self.keep_carriage_return = keep_carriage_return

    def write(self, text: str) -> int:
        """Write ``text`` without control sequences."""
        return self.inner.write(strip_terminal_controls(text, keep_carriage_return=self.keep_carriage_return))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


@app.callback()
def _safe_output() -> None:
    """Mentor Coach: drafts, guidance search and rehearsal for mentorship conversations."""
    if not isinstance(sys.stdout, SafeStream):
        sys.stdout = SafeStream(sys.stdout)
    if not isinstance(sys.stderr, SafeStream):
        sys.stderr = SafeStream(sys.stderr, keep_carriage_return=True)
_LONG_QUOTED = lazy_regex(r"'([^']{40})[^']+'")
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


def load_line(message: str) -> None:
    """Show local-model loading progress on stderr (one updating line on a terminal, else every few seconds)."""
    _status_line(message)


class StderrWait:
    """Shows a wait for a model reply on stderr: the attempt and the seconds left, about once a second."""

    def __init__(self) -> None:
        self._last = 0.0

    def __call__(self, wait: Wait) -> None:
        """Report ``wait`` unless one was shown in the last second."""
        now = time.monotonic()
        if now - self._last < 1.0:
            return
        self._last = now
        attempt = f"attempt {wait.attempt} of {wait.attempts}, " if wait.attempts > 1 else ""
        _status_line(f"{wait.reason} ({attempt}{max(0, wait.seconds_left):.0f} s left)")


class _StatusLine:
    """One line rewritten in place on a terminal; elsewhere a new line at most every few seconds."""

    def __init__(self) -> None:
        self._last = -10.0

    def __call__(self, message: str) -> None:
        if sys.stderr.isatty():
            sys.stderr.write(f"\r{message:<78}")
        elif time.monotonic() - self._last >= 5:
            sys.stderr.write(f"{message}\n")
            self._last = time.monotonic()
        sys.stderr.flush()


_status_line = _StatusLine()
