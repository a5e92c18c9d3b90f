"""The ``coach`` command line: one Typer app, with commands grouped by job in sibling modules."""

from __future__ import annotations

import contextlib
import gc
import sys
from collections.abc import Sequence

import typer

from coach.cli import check as _check  # noqa: F401  (registers commands)
from coach.cli import drafts as _drafts  # noqa: F401  (registers commands)
from coach.cli import guidance as _guidance  # noqa: F401  (registers commands)
from coach.cli import models as _models  # noqa: F401  (registers commands)
from coach.cli import rehearse as _rehearse  # noqa: F401  (registers commands)
from coach.cli.common import USAGE_ERROR, app, one_line

try:  # Typer 0.2x carries its own copy of Click; older Typer uses Click itself
    from typer._click import exceptions as cli_errors
except ImportError:  # pragma: no cover
    from click import exceptions as cli_errors  # type: ignore[no-redef]


INTERNAL_ERROR = 70
"""Exit status of an unexpected failure (EX_SOFTWARE); the fuzz tests require it never happens."""


def main(argv: Sequence[str] | None = None) -> None:
    """Console-script entry point: usage errors are one line on stderr, never a box or a traceback.

    Called with no ``argv`` (as the ``coach`` command), the process ends when this returns.
    """
    args = [_decodable(arg) for arg in (sys.argv[1:] if argv is None else argv)]
    try:
        _run(args)
    finally:
        if argv is None:
            _skip_final_collection()


def _skip_final_collection() -> None:
    """Spare the ending process CPython's last garbage collection.

    With Chroma, onnxruntime and the tagger loaded, collecting every object at exit took 0.3 s of a
    2.8 s ``coach draft``; the operating system takes the memory back anyway. Files and databases are
    closed by their own ``with`` blocks before this point; only the standard streams need a flush.
    """
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):  # a closed pipe (``coach … | head``) is the reader's choice
            stream.flush()
    gc.freeze()


def _run(args: list[str]) -> None:
    try:
        result = app(args=args, prog_name="coach", standalone_mode=False)
    except cli_errors.NoArgsIsHelpError as error:
        typer.echo(error.format_message())
        sys.exit(0)
    except cli_errors.UsageError as error:
        command = error.ctx.command_path if error.ctx else "coach"
        typer.echo(f"coach: {one_line(error.format_message())} (see `{command} --help`)", err=True)
        sys.exit(USAGE_ERROR)
    except cli_errors.ClickException as error:
        typer.echo(f"coach: {one_line(error.format_message())}", err=True)
        sys.exit(error.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        typer.echo("coach: interrupted", err=True)
        sys.exit(130)
    except Exception as error:  # a bug of ours: one line for the user, a distinct status for tests and scripts
        typer.echo(f"coach: internal error ({type(error).__name__}); please report it with the command you ran",
                   err=True)
        sys.exit(INTERNAL_ERROR)
    sys.exit(result if isinstance(result, int) else 0)


def _decodable(arg: str) -> str:
    # Bytes that are not UTF-8 arrive as lone surrogates; nothing downstream can encode those.
    return arg.encode("utf-8", "surrogateescape").decode("utf-8", "replace") if not arg.isascii() else arg

