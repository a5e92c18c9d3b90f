"""``coach check``: the job's checks on a message the user wrote themselves.

The text is read from a file (or stdin), the fields from a JSON object, and nothing is generated:
no engine, no retrieval, no model. Exit status 0 means the checks ran (whether or not they passed);
2 is a usage error, with one line on stderr.
"""

from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer

from coach.cli.common import app, fail, print_json
from coach.cli.drafts import JsonOption, _read_fields, _task
from coach.tasks.base import FieldError

MAX_TEXT_CHARS = 20_000
"""Longer than any message or sheet a job writes; beyond it, a file is not a draft."""


@app.command("check")
def check_command(
    task: Annotated[str, typer.Argument(help="The job the text is for: see `coach tasks`.")],
    input_file: Annotated[str, typer.Option("--input", help="A JSON object of the job's fields ('-' for stdin).")],
    text_file: Annotated[str, typer.Option("--text-file", help="The message to check ('-' for stdin).")],
    subject: Annotated[str | None, typer.Option("--subject", help="The email's subject line, if any.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Check a message you wrote yourself against the job's rubric."""
    spec = _task(task)
    if input_file == "-" and text_file == "-":
        fail("--input and --text-file cannot both read stdin; put one of them in a file")
    text = _read_text(text_file)
    fields = _read_fields(input_file)
    try:
        values = spec.validate(fields)
    except FieldError as error:
        fail(f"--input: {error}")
    checks = spec.check(text, subject.strip() if subject and subject.strip() else None, values)
    if as_json:
        print_json({"task": spec.name, "checks": [asdict(c) for c in checks]})
        return
    for check in checks:
        typer.echo(f"✓ {check.name}" if check.passed else f"✗ {check.name}: {check.hint}")


def _read_text(source: str) -> str:
    label = "stdin" if source == "-" else source
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text("utf-8")
    except FileNotFoundError:
        fail(f"--text-file: no such file: {source}")
    except IsADirectoryError:
        fail(f"--text-file: {source} is a folder; give the file that holds your message")
    except (OSError, UnicodeDecodeError) as error:
        fail(f"--text-file: cannot read {label} as UTF-8 text ({type(error).__name__})")
    if not text.strip():
        fail(f"--text-file: {label} is empty; put the message you want checked in it")
    if len(text) > MAX_TEXT_CHARS:
        fail(f"--text-file: {label} is {len(text)} characters; the limit is {MAX_TEXT_CHARS}. Check one message.")
    return text
