"""``coach scenarios`` and ``coach rehearse``: practise a hard conversation in the terminal."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import Annotated

import typer

from coach.cli.common import StderrWait, app, fail, load_line, load_settings, print_json
from coach.config import ENGINE_NAMES, Settings
from coach.rehearsal.rubric import MAX_SCORE, NOT_SHOWN
from coach.rehearsal.scenarios import (
    CUSTOM,
    DIFFICULTIES,
    Persona,
    Scenario,
    UnknownPersonaError,
    UnknownScenarioError,
    build_custom_persona,
    build_custom_scenario,
    get_persona,
    get_scenario,
    list_scenarios,
)
from coach.rehearsal.scoring import better_line_advice
from coach.rehearsal.session import RehearsalSession, parse_command

MAX_SCRIPT_LINES = 200


@app.command("scenarios")
def scenarios_command(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
) -> None:
    """List the conversations you can rehearse."""
    scenarios = list_scenarios()
    if as_json:
        print_json([s.to_json() for s in scenarios])
        return
    for s in scenarios:
        typer.echo(f"{s.id:24} {s.title}  (you: {s.user_role}; coach plays: {s.partner_role})")
        typer.echo(f"{'':24} {s.description}")
    typer.echo(f'{CUSTOM:24} Describe your own with: coach rehearse custom --situation "…"')


@app.command("rehearse")
def rehearse_command(
    scenario_id: Annotated[str, typer.Argument(metavar="SCENARIO", help="A scenario id (see coach scenarios).")],
    persona_id: Annotated[str, typer.Option("--persona", help="warm, busy, skeptical, defensive or custom.")] = "warm",
    difficulty: Annotated[str, typer.Option(help="easy, medium or hard.")] = "medium",
    engine: Annotated[str | None, typer.Option(help="auto, offline or llm (default: COACH_ENGINE).")] = None,
    script: Annotated[
        Path | None, typer.Option(help="File with one user turn per line; ends after the last line.")
    ] = None,
    situation: Annotated[
        str | None, typer.Option(help="For the custom scenario: the conversation you want to practise.")
    ] = None,
    persona_style: Annotated[str | None, typer.Option(help="For --persona custom: how the other person talks.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the transcript and debrief as JSON.")] = False,
) -> None:
    """Rehearse a hard conversation with a partner in persona, then get a scored debrief.

    Interactive without --script: type your lines, /hint for a hint, /end to finish.
    """
    scenario = _scenario(scenario_id, situation)
    persona = _persona(persona_id, persona_style)
    if difficulty not in DIFFICULTIES:
        fail(f"unknown difficulty {difficulty!r}; choose one of: {', '.join(DIFFICULTIES)}")
    if engine is not None and engine not in ENGINE_NAMES:
        fail(f"unknown engine {engine!r}; choose one of: {', '.join(ENGINE_NAMES)}")
    lines = _read_script(script) if script is not None else None
    settings = load_settings(engine=engine)
    if settings.resolved_engine == "offline":
        typer.echo("Loading the embedding model…", err=True)
    _start_local_model(settings)
    session = RehearsalSession(scenario, persona, difficulty, settings=settings, on_wait=StderrWait())
    # With --json, stdout carries only the JSON, so the conversation itself goes to stderr.
    say = _Printer(session, err=as_json)
    say.notices()
    if lines is None:
        _interactive(session, say)
    else:
        _scripted(session, lines, say)
    if as_json:
        data = session.to_json()
        say.notices()
        print_json(data)
    else:
        _print_debrief(session, say)


def _start_local_model(settings: Settings) -> None:
    """Load the local model now, with progress; the session then finds it running (or falls back itself)."""
    if settings.resolved_engine != "local":
        return
    from coach.engines.base import EngineUnavailableError
    from coach.engines.local import local_server

    with contextlib.suppress(EngineUnavailableError):  # the session says why, as a notice, and rehearses offline
        local_server(settings, progress=load_line)
    typer.echo("", err=True)


class _Printer:
    """Prints the conversation, and each engine notice once, on stderr."""

    def __init__(self, session: RehearsalSession, *, err: bool) -> None:
        self.session = session
        self.err = err
        self._shown = 0

    def __call__(self, text: str = "", nl: bool = True) -> None:
        typer.echo(text, err=self.err, nl=nl)

    def notices(self) -> None:
        for notice in self.session.notices[self._shown :]:
            typer.echo(f"note: {notice}", err=True)
        self._shown = len(self.session.notices)


def _scenario(scenario_id: str, situation: str | None) -> Scenario:
    try:
        if scenario_id == CUSTOM:
            if not situation:
                fail('the custom scenario needs --situation "the conversation you want to practise"')
            return build_custom_scenario(situation)
        return get_scenario(scenario_id)
    except UnknownScenarioError as error:
        fail(error.message)
    except ValueError as error:
        fail(str(error))


def _persona(persona_id: str, style: str | None) -> Persona:
    try:
        if persona_id == CUSTOM:
            if not style:
                fail('the custom persona needs --persona-style "how the other person talks"')
            return build_custom_persona(style)
        return get_persona(persona_id)
    except UnknownPersonaError as error:
        fail(error.message)
    except ValueError as error:
        fail(str(error))


def _read_script(path: Path) -> list[str]:
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        fail(f"no such file: {path}")
    except (OSError, ValueError) as error:  # ValueError: undecodable bytes, or a NUL in the name
        fail(f"cannot read {path} as UTF-8 text ({type(error).__name__})")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        fail(f"{path} holds no turns; put one thing you would say on each line")
    if len(lines) > MAX_SCRIPT_LINES:
        fail(f"{path} has {len(lines)} turns; the limit is {MAX_SCRIPT_LINES}")
    return lines


def _briefing(session: RehearsalSession, say: _Printer) -> None:
    b = session.briefing
    say(f"# {b.title}\nYou play the {b.user_role}; the coach plays the {b.partner_role}.\n")
    say(f"Situation: {b.situation}\nYour goal: {b.goal}\nWhat good looks like:")
    for bullet in b.good_looks_like:
        say(f"  - {bullet}")
    for s in b.sources:
        say(f"  [{s.number}] {s.title} ({s.id})")
    say("\nType your lines. /hint for a hint, /end to finish.\n")


def _partner_label(session: RehearsalSession) -> str:
    return session.scenario.partner_role.capitalize()


def _take_turn(session: RehearsalSession, text: str, say: _Printer) -> None:
    try:
        answer = session.respond(text)
    except ValueError as error:
        say(f"(not sent: {error})")
        return
    if isinstance(answer, str):
        say(f"Hint: {answer}")  # printed where it was asked for, in the flow of the conversation
    elif answer is not None:
        say.notices()
        say(f"{_partner_label(session)}: {answer.text}")
        if answer.final:
            say("(The conversation has reached its end.)")


def _interactive(session: RehearsalSession, say: _Printer) -> None:
    _briefing(session, say)
    say(f"{_partner_label(session)}: {session.briefing.opening_line}")
    while not session.ended:
        say("You: ", nl=False)
        line = sys.stdin.readline()
        if not line:  # end of input (Ctrl-D) ends the rehearsal like /end
            say()
            session.end("user")
            break
        if not sys.stdin.isatty():  # piped input is not echoed by a terminal: show what was "typed"
            say(line.rstrip("\n"))
        if line.strip():
            _take_turn(session, line.strip(), say)


def _scripted(session: RehearsalSession, lines: list[str], say: _Printer) -> None:
    say(f"{_partner_label(session)}: {session.briefing.opening_line}")
    for number, line in enumerate(lines, start=1):
        if session.ended:
            typer.echo(f"note: the conversation ended before line {number}; the rest was not used.", err=True)
            break
        if parse_command(line) is None:
            say(f"You: {line}")
        _take_turn(session, line, say)
    session.end("user")


def _print_debrief(session: RehearsalSession, say: _Printer) -> None:
    debrief = session.debrief()
    say.notices()
    typer.echo(f"\nDebrief: {debrief.total}/{debrief.max_total}")
    for c in debrief.criteria:
        evidence = c.evidence if c.evidence == NOT_SHOWN else f"“{c.evidence}”"
        typer.echo(f"  [{c.score}/{MAX_SCORE}] {c.name}\n        evidence: {evidence}\n        hint: {c.hint}")
    if debrief.strongest != NOT_SHOWN:
        typer.echo(f"Strongest moment: “{debrief.strongest}”")
    heading, advice = better_line_advice(debrief, lambda line: f"“{line}”")
    typer.echo(f"{heading} {advice}")
    typer.echo("Sources:")
    for s in debrief.sources:
        typer.echo(f"  [{s.number}] {s.title} ({s.id})")
