"""Markdown export of a rehearsal: briefing, transcript and debrief.

User and model text is passed through :func:`coach.safety.sanitize_markdown`, so the export can be
rendered (in the app or elsewhere) without fetching images or following links to unknown hosts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.rehearsal.rubric import MAX_SCORE, NOT_SHOWN
from coach.rehearsal.scoring import better_line_advice
from coach.safety import sanitize_markdown

if TYPE_CHECKING:
    from coach.rehearsal.session import RehearsalSession


def _quote(text: str) -> str:
    return NOT_SHOWN if text == NOT_SHOWN else f"“{sanitize_markdown(' '.join(text.split()))}”"


def session_markdown(session: RehearsalSession) -> str:
    """The whole rehearsal as Markdown."""
    scenario, briefing = session.scenario, session.briefing
    partner = scenario.partner_role.capitalize()
    lines = [
        f"# Rehearsal: {scenario.title}",
        "",
        f"Persona: {session.persona.name} · Difficulty: {session.difficulty} · Engine: {session.engine}",
        "",
        "## Briefing",
        "",
        f"You play the {scenario.user_role}; the coach plays the {scenario.partner_role}.",
        "",
        sanitize_markdown(briefing.situation),
        "",
        f"**Your goal:** {briefing.goal}",
        "",
        "**What good looks like** (numbers refer to the cards listed below):",
        "",
        *(f"- {bullet}" for bullet in briefing.good_looks_like),
        "",
        *(f"[{s.number}] {s.title} ({s.id})  " for s in briefing.sources),
        "",
        "## Transcript",
        "",
    ]
    for turn in session.timeline():
        if turn.role == "hint":
            lines += [f"> *Hint:* {sanitize_markdown(turn.text)}", ""]
            continue
        speaker = "You" if turn.role == "user" else partner
        lines += [f"**{speaker}:** {sanitize_markdown(turn.text)}", ""]
    lines += [f"*{notice}*\n" for notice in session.notices]
    lines += _debrief_lines(session)
    return "\n".join(lines).rstrip() + "\n"


def _debrief_lines(session: RehearsalSession) -> list[str]:
    debrief = session.debrief()
    lines = ["## Debrief", "", f"**Total: {debrief.total} / {debrief.max_total}**", ""]
    for c in debrief.criteria:
        lines += [
            f"### {c.name}: {c.score}/{MAX_SCORE}",
            "",
            f"Evidence: {_quote(c.evidence)}",
            "",
            f"Hint: {c.hint}",
            "",
        ]
    lines += [
        f"**Strongest moment:** {_quote(debrief.strongest)}",
        "",
        "**{}** {}".format(*better_line_advice(debrief, _quote)),
        "",
        "### Cards cited in the debrief",
        "",
        *(f"[{s.number}] {s.title} ({s.id})  " for s in debrief.sources),
    ]
    return lines

