"""Pick an unfinished rehearsal up again from its saved transcript.

The saved lines are put back verbatim; each user line is run through the move detector and the
scripted partner again so rapport, stage and the debrief's evidence are as they were. No model is
called for lines already answered.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from coach.config import Settings
from coach.rehearsal.scenarios import CUSTOM, get_persona, get_scenario
from coach.rehearsal.session import RehearsalSession, TranscriptTurn

if TYPE_CHECKING:
    from coach.engines.calls import WaitFn


class CannotResumeError(ValueError):
    """The saved rehearsal cannot be rebuilt; the message says what to do instead."""


def resume_session(
    scenario_id: str,
    persona_id: str,
    difficulty: str,
    turns: Sequence[Mapping[str, Any]],
    *,
    settings: Settings | None = None,
    on_wait: WaitFn | None = None,
) -> tuple[RehearsalSession, str | None]:
    """A session holding the saved turns, and the user's last line if it was never answered.

    Raises:
        CannotResumeError: a scenario or persona the user described (not saved), or unknown ids.
    """
    if CUSTOM in (scenario_id, persona_id) or scenario_id.startswith(CUSTOM) or persona_id.startswith(CUSTOM):
        raise CannotResumeError("this rehearsal used a scenario or person you described, which is not saved; "
                                "start it again from Rehearse")
    try:
        session = RehearsalSession(get_scenario(scenario_id), get_persona(persona_id), difficulty,  # type: ignore[arg-type]
                                   settings=settings, on_wait=on_wait)
    except (KeyError, ValueError) as error:
        raise CannotResumeError(f"this rehearsal's scenario or persona no longer exists ({error})") from None
    lines = [(str(t.get("role")), str(t.get("text", "")), t.get("answered", True)) for t in turns]
    pending = lines.pop()[1] if lines and lines[-1][0] == "user" and lines[-1][2] is False else None
    if lines and lines[0][0] != "user":
        lines = lines[1:]  # the opening line: the new session said it already
    for position, (role, text, _answered) in enumerate(lines):
        if role != "user":
            continue
        reply = next((t for r, t, _ in lines[position + 1 :] if r != "user"), None)
        _replay(session, text, reply)
    return session, pending


def _replay(session: RehearsalSession, text: str, reply: str | None) -> None:
    closing = session.settled
    moves = session.moves_in(text)
    session.detections.append(moves)
    reaction = session.partner.react(moves, text)
    session.transcript.append(TranscriptTurn("user", text))
    session.memory.add("user", text)
    if reply is not None:
        session.transcript.append(
            TranscriptTurn("partner", reply, reaction.tone, reaction.rapport, reaction.stage, session.engine)
        )
        session.memory.add("partner", reply)
        session.partner.remember(reply)
    session.after_turn(reaction, text, closing)
