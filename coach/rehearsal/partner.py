"""The offline partner: a deterministic state machine over stages, driven by the user's moves.

Each user turn moves a *rapport* score: good moves (acknowledgement, I-statements, a concrete
proposal…) raise it, poor ones (blame, absolutes, sarcasm…) lower it. Difficulty sets how fast:
easy softens quickly, hard escalates quickly. The persona starts warmer or cooler and reacts more
strongly to the moves it is sensitive to. The reply is the next unused line of the bank for the
current stage, persona and tone, so the same session always plays out the same way.

The LLM partner uses the same :class:`Reaction` to know which way to move, so both engines agree on
whether a turn softened or hardened the partner.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from coach.rehearsal.moves import DetectedMove
from coach.rehearsal.scenarios import COLD_MOVES, Difficulty, Persona, Scenario, Stage, Tone

ReplyTone = Tone | Literal["neutral"]
RAPPORT_MIN, RAPPORT_MAX = -6, 6
MAX_POINTS_PER_TURN = 2
"""Moves beyond two of a kind in one turn add nothing: a speech full of buzzwords is not a conversation."""


@dataclass(frozen=True)
class Pace:
    """How one difficulty moves the partner."""

    soften: int
    """Rapport gained per point of good moves."""
    escalate: int
    """Rapport lost per point of poor moves."""
    resolve_at: int
    """Rapport the partner needs before it agrees to the natural resolution."""


PACES: dict[Difficulty, Pace] = {
    "easy": Pace(soften=2, escalate=1, resolve_at=1),
    "medium": Pace(soften=1, escalate=1, resolve_at=2),
    "hard": Pace(soften=1, escalate=2, resolve_at=3),
}


@dataclass(frozen=True)
class Reaction:
    """How one user turn moved the partner, computed by code for both engines."""

    turn: int
    stage: Stage
    tone: ReplyTone
    delta: int
    rapport: int
    positive: tuple[str, ...]
    negative: tuple[str, ...]
    resolved: bool
    """The scenario reached its natural resolution on this turn."""
    final: bool
    """This is the partner's last reply (resolution or the turn limit)."""


@dataclass
class PartnerState:
    """Everything the partner remembers between turns."""

    rapport: int
    turn: int = 0
    seen: set[str] = field(default_factory=set)
    used: set[str] = field(default_factory=set)
    """Lines already spoken: the partner does not repeat itself while it has anything new to say."""
    reactions: list[Reaction] = field(default_factory=list)


class ScriptedPartner:
    """The offline partner for one session: same scenario, persona and difficulty throughout."""

    def __init__(
        self, scenario: Scenario, persona: Persona, difficulty: Difficulty, max_turns: int | None = None
    ) -> None:
        self.scenario = scenario
        self.persona = persona
        self.difficulty = difficulty
        self.pace = PACES[difficulty]
        self.max_turns = max_turns or scenario.max_turns
        self.state = PartnerState(rapport=persona.start_rapport)

    @property
    def rapport(self) -> int:
        """Current rapport, from -6 (cold, escalating) to 6 (open, agreeing)."""
        return self.state.rapport

    @property
    def reactions(self) -> list[Reaction]:
        """Every turn's reaction so far."""
        return list(self.state.reactions)

    def opening_line(self) -> str:
        """What the partner says before the user's first turn."""
        return self.scenario.lines(self.persona.bank, "opening", None, self.difficulty)[0]

    def react(self, moves: Sequence[DetectedMove]) -> Reaction:
        """Update the state for one user turn and say how the partner moves."""
        state = self.state
        state.turn += 1
        positive = tuple(dict.fromkeys(m.move for m in moves if m.polarity == "positive"))
        negative = tuple(dict.fromkeys(m.move for m in moves if m.polarity == "negative"))
        state.seen.update(positive)
        delta = self._delta(positive, negative)
        state.rapport = max(RAPPORT_MIN, min(RAPPORT_MAX, state.rapport + delta))
        resolved = self._resolved()
        final = resolved or state.turn >= self.max_turns
        stage: Stage = "resolution" if final else ("reaction" if state.turn <= 2 else "exploration")
        reaction = Reaction(
            turn=state.turn,
            stage=stage,
            tone=self._tone(delta, stage, resolved),
            delta=delta,
            rapport=state.rapport,
            positive=positive,
            negative=negative,
            resolved=resolved,
            final=final,
        )
        state.reactions.append(reaction)
        return reaction

    def reply(self, reaction: Reaction) -> str:
        """The scripted line for this reaction: the first unused line of its banks, in order."""
        banks = self._banks(reaction)
        line = next((line for bank in banks for line in bank if line not in self.state.used), None)
        if line is None:  # everything has been said once: cycle through the main bank again
            spoken = sum(1 for used in banks[0] if used in self.state.used)
            line = banks[0][(reaction.turn + spoken) % len(banks[0])]
        self.state.used.add(line)
        return line

    def _banks(self, reaction: Reaction) -> list[tuple[str, ...]]:
        """Where this reaction's line comes from, most specific first."""
        persona = self.persona
        if reaction.tone == "neutral":
            return [persona.neutral]
        cold_only = reaction.negative and set(reaction.negative) <= set(COLD_MOVES)
        if reaction.tone == "harden" and reaction.stage != "resolution" and cold_only:
            worst = next(move for move in COLD_MOVES if move in reaction.negative)
            return [persona.cold[worst], persona.generic["harden"]]
        scripted = self.scenario.lines(persona.bank, reaction.stage, reaction.tone, self.difficulty)
        if reaction.stage == "resolution":
            return [scripted]
        return [scripted, persona.generic[reaction.tone]]

    def _delta(self, positive: tuple[str, ...], negative: tuple[str, ...]) -> int:
        """Good moves soften, poor moves harden; moves the persona is sensitive to count double."""
        good = len(positive) + len(set(positive) & set(self.persona.sensitive_positive))
        poor = len(negative) + len(set(negative) & set(self.persona.sensitive_negative))
        return min(good, MAX_POINTS_PER_TURN) * self.pace.soften - min(poor, MAX_POINTS_PER_TURN) * self.pace.escalate

    def _resolved(self) -> bool:
        """The natural end: the resolving moves have all been made and the partner is won over."""
        made_all = set(self.scenario.resolves_with) <= self.state.seen
        return made_all and self.state.rapport >= self.pace.resolve_at

    @staticmethod
    def _tone(delta: int, stage: Stage, resolved: bool) -> ReplyTone:
        if stage == "resolution":
            # The closing line says whether the conversation got anywhere, not how the last turn went:
            # at the turn limit without a resolution, the partner ends it unconvinced.
            return "soften" if resolved else "harden"
        if delta > 0:
            return "soften"
        if delta < 0:
            return "harden"
        return "neutral"
