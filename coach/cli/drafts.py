"""``coach tasks``, ``coach draft`` and ``coach ask``: every job from the command line.

Usage errors (an unknown job, a missing or invalid field, unreadable ``--input``) exit with status 2
and one line on stderr. A model server that fails is not an error: the offline engine writes the
draft, the command exits 0, and the notice goes to stderr (or into ``"notices"`` with ``--json``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from coach.cli.common import StderrProgress, StderrWait, app, fail, load_line, load_settings, print_json
from coach.config import ENGINE_NAMES
from coach.errors import GuidanceIndexError
from coach.tasks.base import Draft, Field, FieldError, TaskSpec
from coach.tasks.registry import TASKS, UnknownTaskError, get_task

ASK_TASK = "ask"
EngineOption = Annotated[
    str | None,
    typer.Option("--engine", help=f"Which engine writes: {', '.join(ENGINE_NAMES)} (default: COACH_ENGINE or auto)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the draft as JSON.")]


@app.command("tasks")
def tasks_command(as_json: JsonOption = False) -> None:
    """List the jobs and the fields each one takes."""
    if as_json:
        print_json([_task_json(spec) for spec in TASKS.values()])
        return
    for spec in TASKS.values():
        typer.echo(f"{spec.name}: {spec.title}. {spec.description}")
        for f in spec.fields:
            typer.echo(f"  --set {f.name}=…  {_field_summary(f)}")
        typer.echo("")


@app.command("draft")
def draft_command(
    task: Annotated[str, typer.Argument(help="The job: see `coach tasks`.")],
    assignments: Annotated[
        list[str] | None, typer.Option("--set", help="A field value, FIELD=VALUE (repeatable).")
    ] = None,
    input_file: Annotated[
        str | None, typer.Option("--input", help="A JSON object of fields ('-' for stdin); --set overrides it.")
    ] = None,
    engine: EngineOption = None,
    as_json: JsonOption = False,
) -> None:
    """Write a draft for a job from its fields."""
    spec = _task(task)
    fields = _read_fields(input_file) if input_file is not None else {}
    fields.update(_parse_assignments(assignments or []))
    _run(spec, fields, engine, as_json)


@app.command("ask")
def ask_command(
    question: Annotated[str, typer.Argument(help="Your question about a mentorship.")],
    engine: EngineOption = None,
    as_json: JsonOption = False,
) -> None:
    """Ask a question; the answer cites the guidance it draws on."""
    if not question.strip():
        fail('the question is empty; try: coach ask "how often should I meet my mentor?"')
    spec = _task(ASK_TASK)
    _run(spec, {_question_field(spec).name: question}, engine, as_json)


def _run(spec: TaskSpec, fields: dict[str, Any], engine: str | None, as_json: bool) -> None:
    from coach.service import Coach

    if engine is not None and engine not in ENGINE_NAMES:
        fail(f"unknown engine {engine!r}; choose one of: {', '.join(ENGINE_NAMES)}")
    coach = Coach(
        load_settings(), engine=engine, progress=StderrProgress(), on_wait=StderrWait(), on_load=load_line
    )
    try:
        draft = coach.draft(spec.name, fields)
    except FieldError as error:
        fail(str(error))
    except GuidanceIndexError as error:
        fail(str(error), code=1)
    if as_json:
        print_json(draft.to_json())
    else:
        _print_draft(draft)


def _task(name: str) -> TaskSpec:
    try:
        return get_task(name)
    except UnknownTaskError as error:
        fail(str(error))


def _question_field(spec: TaskSpec) -> Field:
    named = [f for f in spec.fields if f.name == "question"]
    return (named or [f for f in spec.fields if f.required] or list(spec.fields))[0]


def _parse_assignments(assignments: list[str]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for item in assignments:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            fail(f"--set expects FIELD=VALUE, got {_preview(item)}")
        fields[name.strip()] = value
    return fields


def _read_fields(source: str) -> dict[str, Any]:
    label = "stdin" if source == "-" else source
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text("utf-8")
    except FileNotFoundError:
        fail(f"--input: no such file: {source}")
    except (OSError, ValueError) as error:  # ValueError: undecodable bytes, or a NUL in the name
        fail(f"--input: cannot read {label} as UTF-8 text ({type(error).__name__})")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        fail(f"--input: {label} is not valid JSON ({error.msg} at line {error.lineno}, column {error.colno})")
    except RecursionError:
        fail(f"--input: {label} nests too deeply; give a flat JSON object of fields")
    except ValueError:  # a number of more than 4,300 digits
        fail(f"--input: {label} holds a number too long to read; fields are short text or small numbers")
    if not isinstance(data, dict):
        fail(f"--input: {label} must hold a JSON object of fields, like {{\"goal\": \"...\"}}; got {_kind(data)}")
    return data


def _print_draft(draft: Draft) -> None:
    for notice in draft.notices:
        typer.echo(f"note: {notice}", err=True)
    if draft.subject:
        typer.echo(f"Subject: {draft.subject}\n")
    typer.echo(draft.text)
    if draft.rationale:
        typer.echo(f"\nWhy this shape: {draft.rationale}")
    if draft.checks:
        typer.echo("\nChecks:")
        for check in draft.checks:
            typer.echo(f"  ✓ {check.name}" if check.passed else f"  ✗ {check.name}: {check.hint}")
    if draft.sources:
        typer.echo("\nSources:")
        for source in draft.sources:
            typer.echo(f"  [{source.number}] {source.title} ({source.id})")


def _task_json(spec: TaskSpec) -> dict[str, Any]:
    return {
        "name": spec.name,
        "title": spec.title,
        "description": spec.description,
        "fields": [f.to_json() for f in spec.fields],
    }


def _field_summary(spec: Field) -> str:
    parts = [spec.label + (" (required)" if spec.required else ""), spec.help]
    if spec.choices:
        parts.append(f"One of: {', '.join(spec.choices)}")
    elif spec.kind == "integer":
        parts.append(f"A whole number from {spec.min_value} to {spec.max_value}")
    else:
        parts.append(f"Up to {spec.max_chars} characters")
    if spec.default is not None:
        parts.append(f"Default: {spec.default}")
    return ". ".join(p.rstrip(".") for p in parts if p) + "."


def _preview(text: str, limit: int = 40) -> str:
    return repr(text if len(text) <= limit else text[:limit] + "…")


def _kind(data: Any) -> str:
    return {list: "a list", str: "a string", bool: "true/false", type(None): "null"}.get(type(data), "a number")
