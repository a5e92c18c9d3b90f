"""One rehearsal: briefing, turns with the partner, hints, the end, the debrief and the exports.

Both engines share everything but the partner's words: the same move detection and partner state
decide how each turn lands, and the same offline scorer backs up the debrief. When the LLM fails
mid-session, the offline partner carries on from the same state and a notice says so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from coach.config import EngineName, Settings
from coach.engines.base import EngineUnavailableError
from coach.lazy_patterns import lazy_regex
from coach.rehearsal.memory import ConversationMemory, Role
from coach.rehearsal.moves import DetectedMove, MoveDetector
from coach.rehearsal.partner import Reaction, ReplyTone, ScriptedPartner, signs_off
from coach.rehearsal.rubric import card_title, cite
from coach.rehearsal.scenarios import (
    Difficulty,
    Persona,
    Scenario,
    Stage,
    get_persona,
    get_scenario,
)
from coach.rehearsal.scoring import (
    NEGATIVE_SEVERITY,
    Debrief,
    criterion_card,
    criterion_shown,
    score_offline,
    told_specifics,
)
from coach.tasks.base import Citation

if TYPE_CHECKING:
    from coach.engines.calls import WaitFn
    from coach.rehearsal.llm_partner import LLMPartner

MAX_TURN_CHARS = 1500
COMMANDS = {"/hint": "hint", "/end": "end"}
EndReason = Literal["user", "resolution", "turn limit"]
Command = Literal["hint", "end"]


class SessionEndedError(RuntimeError):
    """A turn was sent after the rehearsal ended."""


def parse_command(text: str) -> Command | None:
    """``hint`` for ``/hint``, ``end`` for ``/end``, None for anything else (a normal turn)."""
    word = text.strip().lower()
    return "hint" if word == "/hint" else "end" if word == "/end" else None


@dataclass(frozen=True)
class Briefing:
    """What the user sees before the first turn."""

    title: str
    user_role: str
    partner_role: str
    situation: str
    goal: str
    good_looks_like: list[str]
    """Bullets ending in ``[n]`` markers that refer to ``sources``."""
    sources: list[Citation]
    opening_line: str


@dataclass(frozen=True)
class TranscriptTurn:
    """One line of the conversation; partner turns carry how the partner had moved."""

    role: Role | Literal["hint"]
    """``hint`` only in :meth:`RehearsalSession.timeline`: a hint shown where it was asked for."""
    text: str
    tone: ReplyTone | None = None
    rapport: int | None = None
    stage: Stage | None = None
    engine: str | None = None


@dataclass(frozen=True)
class PartnerReply:
    """The partner's answer to one user turn."""

    text: str
    tone: ReplyTone
    stage: Stage
    rapport: int
    engine: str
    final: bool
    notice: str | None = None


OFFLINE_CUSTOM_PERSONA = (
    "offline, a custom persona speaks with the {base} persona's lines, plus a name or phrase you quoted in its "
    "description; the LLM engine plays the style you described in full"
)


class RehearsalSession:
    """A rehearsal of one scenario with one persona at one difficulty."""

    def __init__(
        self,
        scenario: Scenario | str,
        persona: Persona | str = "warm",
        difficulty: Difficulty = "medium",
        *,
        engine: EngineName | None = None,
        settings: Settings | None = None,
        detector: MoveDetector | None = None,
        chat_model: Any | None = None,
        max_turns: int | None = None,
        memory_budget: int | None = None,
        on_wait: WaitFn | None = None,
    ) -> None:
        self.scenario = get_scenario(scenario) if isinstance(scenario, str) else scenario
        self.persona = get_persona(persona) if isinstance(persona, str) else persona
        self.difficulty: Difficulty = difficulty
        self.settings = settings or Settings.from_env()
        self.detector = detector or _default_detector(self.settings)
        self.partner = ScriptedPartner(self.scenario, self.persona, difficulty, max_turns)
        self.notices: list[str] = []
        self.hints: list[str] = []
        self.hint_positions: list[int] = []
        """For each hint, how many transcript turns came before it was asked."""
        self.detections: list[list[DetectedMove]] = []
        self.end_reason: EndReason | None = None
        self.settled = False
        """The partner said yes and the talk is settled: one more user turn (thanks, goodbye) ends it."""
        self._debrief: Debrief | None = None
        self._llm: LLMPartner | None = self._start_llm(engine or self.settings.engine, chat_model, on_wait)
        if self._llm is None and self.persona.description:
            # (review r20: a ship captain's anecdotes never came, and nothing said why)
            self.notices.append(OFFLINE_CUSTOM_PERSONA.format(base=self.persona.bank))
        labels: dict[Role, str] = {
            "user": self.scenario.user_role.capitalize(),
            "partner": self.scenario.partner_role.capitalize(),
        }
        budget = memory_budget or (self._llm.memory_budget() if self._llm else self.settings.prompt_token_budget // 2)
        summariser = self._llm.summariser(labels, self.notices) if self._llm else None
        self.memory = ConversationMemory(budget, labels=labels, summariser=summariser)
        self.briefing = self._briefing()
        self.transcript: list[TranscriptTurn] = [
            TranscriptTurn("partner", self.briefing.opening_line, rapport=self.partner.rapport, stage="opening")
        ]
        self.memory.add("partner", self.briefing.opening_line)

    @property
    def engine(self) -> str:
        """``offline``, or ``llm:<model>`` (``local:<model>``) while the model is in use."""
        return self._llm_name if self._llm else "offline"

    @property
    def ended(self) -> bool:
        """Whether the rehearsal is over."""
        return self.end_reason is not None

    @property
    def rapport(self) -> int:
        """The partner's current rapport (-6 cold … 6 won over)."""
        return self.partner.rapport

    @property
    def reactions(self) -> list[Reaction]:
        """How each user turn moved the partner."""
        return self.partner.reactions

    @property
    def user_turns(self) -> list[str]:
        """The user's turns, verbatim."""
        return [t.text for t in self.transcript if t.role == "user"]

    @property
    def partner_turns(self) -> list[str]:
        """The partner's lines, its opening first."""
        return [t.text for t in self.transcript if t.role == "partner"]

    def user_turn(self, text: str) -> PartnerReply:
        """Send one user turn; the partner reacts and replies (and may end the rehearsal)."""
        if self.ended:
            raise SessionEndedError("this rehearsal has ended; start a new one to keep practising")
        text = text.strip()
        if not text:
            raise ValueError("say something first (or /end to finish)")
        if len(text) > MAX_TURN_CHARS:
            raise ValueError(f"that turn is {len(text)} characters; the limit is {MAX_TURN_CHARS}")
        closing = self.settled  # the talk was settled last turn: this is the user's thanks or goodbye
        moves = self.moves_in(text)
        self.detections.append(moves)
        reaction = self.partner.react(moves, text)
        answer = self.partner.answer_after_yes(text) if closing else None
        if answer:  # "How does that feel from your side?" after the yes is answered; the next turn closes (session 60)
            reply, notice, closing = answer, None, False
        elif closing and _raises_more(moves, text):
            # ("…honestly sometimes it felt like homework every week lol, I never have time to do the reading" after
            # the yes got "Good. That's settled, then." and the end, and the user's next line was never heard, review
            # r39): something new is answered, and the talk stays settled for the next turn to close
            reply, notice = self._partner_line(reaction, text)
            closing = False
        else:
            reply, notice = (self.partner.farewell(text), None) if closing else self._partner_line(reaction, text)
        self.transcript.append(TranscriptTurn("user", text))
        self.transcript.append(
            TranscriptTurn("partner", reply, reaction.tone, reaction.rapport, reaction.stage, self.engine)
        )
        self.memory.add("user", text)
        self.memory.add("partner", reply)
        self.after_turn(reaction, text, closing)
        return PartnerReply(reply, reaction.tone, reaction.stage, reaction.rapport, self.engine, self.ended, notice)

    def after_turn(self, reaction: Reaction, text: str, closing: bool) -> None:
        """End the rehearsal, or leave the user one closing turn after a settled talk.

        A settled talk used to end on the partner's yes, so the user's "thank you, see you then" was never
        heard and the debrief then missed the thanks and the follow-up it held.
        """
        if closing:
            self.end("resolution")
        elif reaction.final and reaction.resolved and not signs_off(text):
            self.settled = True
        elif reaction.final:
            self.end("resolution" if reaction.resolved else "turn limit")

    def moves_in(self, text: str) -> list[DetectedMove]:
        """The moves in one user turn, as this scenario reads them (``Scenario.reread``)."""
        return self.scenario.reread(self.detector.detect(text), text)

    def respond(self, text: str) -> PartnerReply | str | None:
        """Handle one line as typed: ``/hint`` returns a hint, ``/end`` ends (None), anything else is a turn."""
        command = parse_command(text)
        if command == "hint":
            return self.hint()
        if command == "end":
            self.end("user")
            return None
        return self.user_turn(text)

    def end(self, reason: EndReason = "user") -> None:
        """End the rehearsal (idempotent; the first reason is kept)."""
        if self.end_reason is None:
            self.end_reason = "resolution" if self.settled else reason  # ended after the yes: it was settled

    def hint(self) -> str:
        """The next move to try, worded for this scenario's kind of conversation, with its card.

        The hint is also kept at its place in the conversation (:meth:`timeline`), where it was asked.
        """
        criteria = {c.id: c for c in self.scenario.criteria()}
        target, lead = self._hint_target()
        if target is None:
            text = "You've covered the essentials. Agree the next step and close warmly."
            card = self.scenario.cards[0]
        else:
            criterion = criteria[target]
            told = told_specifics(self.detections, self.user_turns, self.scenario)
            text = f"{lead}{self.scenario.hint_for(criterion, self.partner_turns, told)}"
            card = criterion_card(criterion, self.scenario, self.settings.cards_dir) or self.scenario.cards[0]
        hint = f"{text} (See “{card_title(card, self.settings.cards_dir)}”, card {card}.)"
        self.hints.append(hint)
        self.hint_positions.append(len(self.transcript))
        return hint

    def timeline(self) -> list[TranscriptTurn]:
        """The transcript with each hint (role ``hint``) where it was asked for."""
        items: list[TranscriptTurn] = []
        hints = sorted(zip(self.hint_positions, self.hints, strict=True), key=lambda pair: pair[0])
        for index, turn in enumerate(self.transcript):
            items.extend(TranscriptTurn("hint", text) for at, text in hints if at == index)
            items.append(turn)
        items.extend(TranscriptTurn("hint", text) for at, text in hints if at >= len(self.transcript))
        return items

    def debrief(self) -> Debrief:
        """The scored debrief of the turns so far (the model's, validated, on the LLM engine)."""
        if self._debrief is None:
            # (only what the user could answer: a line to say back from the partner's reply to the last turn came
            # too late to say, review r51)
            answerable = self.partner_turns[: len(self.user_turns)]
            offline = score_offline(self.scenario, self.user_turns, self.detections, self.settings.cards_dir,
                                    answerable)
            self._debrief = self._llm_debrief(offline) if self._llm and self.user_turns else offline
        return self._debrief

    def to_json(self) -> dict[str, Any]:
        """The object printed by ``coach rehearse --json``."""
        debrief = self.debrief()
        return {
            "scenario": self.scenario.id,
            "persona": self.persona.id,
            "difficulty": self.difficulty,
            "engine": self.engine,
            "transcript": [{"role": t.role, "text": t.text} for t in self.timeline()],
            "debrief": debrief.to_json(),
        }

    def to_markdown(self) -> str:
        """Briefing, transcript and debrief as one Markdown document."""
        from coach.rehearsal.export import session_markdown

        return session_markdown(self)

    def _partner_line(self, reaction: Reaction, text: str) -> tuple[str, str | None]:
        if self._llm is not None:
            try:
                return self._llm.reply(reaction, text, self.memory.render()), None
            except EngineUnavailableError as error:
                self._llm = None
                self.memory.summarise_offline()
                notice = f"{error}. The offline partner takes over for the rest of this rehearsal."
                self.notices.append(notice)
                return self.partner.reply(reaction), notice
        return self.partner.reply(reaction), None

    def _llm_debrief(self, offline: Debrief) -> Debrief:
        from coach.rehearsal.debrief import llm_debrief

        if self._llm is None:
            return offline
        pairs = [(t.role, t.text) for t in self.transcript]
        try:
            debrief = llm_debrief(self._llm.model, self.settings, self.scenario, pairs, offline)
            debrief.engine = self._llm_name  # local:<model> for the local engine
            return debrief
        except EngineUnavailableError as error:
            self.notices.append(f"{error}. The debrief was scored offline.")
            return offline

    def _hint_target(self) -> tuple[str | None, str]:
        """The criterion to work on next, and a lead-in when it fixes the last turn (empty otherwise).

        First fix what the last turn did badly, then suggest the first criterion not shown yet.
        """
        rubric = {c.id: c for c in self.scenario.criteria()}
        last = self.detections[-1] if self.detections else []
        poor = {m.move for m in last if m.polarity == "negative"}
        for move in NEGATIVE_SEVERITY:
            if move not in poor:
                continue
            for cid in self.scenario.rubric:
                # (a vague line late on is not fixed by advice on how to open: "Open with…" came mid-talk)
                if rubric[cid].opening_only and len(self.detections) > 1:
                    continue
                if move in rubric[cid].penalised_by:
                    label = self.detector.catalogue.specs[move].label
                    return cid, f"Your last line came across as {label}. "
        for criterion in rubric.values():
            cid = criterion.id
            if criterion.opening_only and self.detections:
                continue  # the opening has passed; advice about it now would not help this conversation
            if not criterion_shown(criterion, self.detections, self.user_turns):
                return cid, ""
        return None, ""

    def _start_llm(self, engine: EngineName, chat_model: Any | None, on_wait: WaitFn | None) -> LLMPartner | None:
        resolved = self.settings.with_overrides(engine=engine).resolved_engine
        if resolved == "offline":
            return None
        self._llm_name = f"llm:{self.settings.model}"
        if resolved == "local":
            from coach.engines.local import local_name

            self._llm_name = local_name(self.settings)
        from coach.rehearsal.llm_partner import LLMPartner  # imported here: the openai client is slow to load

        try:
            if chat_model is None:
                from coach.engines.llm import chat_model_for

                chat_model = chat_model_for(self.settings, resolved)
        except EngineUnavailableError as error:
            self.notices.append(f"{error}. Rehearsing with the offline partner instead.")
            return None
        return LLMPartner(chat_model, self.settings, self.scenario, self.persona, self.difficulty, on_wait)

    def _briefing(self) -> Briefing:
        practices = self.scenario.good_looks_like
        sources = cite((card for p in practices for card in p.cards), self.settings.cards_dir)
        number = {s.id: s.number for s in sources}
        bullets = [f"{p.text} {''.join(f'[{number[c]}]' for c in p.cards)}".strip() for p in practices]
        return Briefing(
            title=self.scenario.title,
            user_role=self.scenario.user_role,
            partner_role=self.scenario.partner_role,
            situation=self.scenario.situation,
            goal=self.scenario.user_goal,
            good_looks_like=bullets,
            sources=sources,
            opening_line=self.partner.opening_line(),
        )


def prepare_move_detector(settings: Settings) -> None:
    """Train the move classifier now (or read back the one saved beside the installed packages).

    ``coach index`` and the app's background warm-up call this, so a first rehearsal turn does not
    wait for about a thousand labelled lines to be embedded.
    """
    detector = _default_detector(settings)
    assert detector.embedder is not None
    detector.catalogue.classifier(detector.embedder, detector.keep_in)


_NEW_MATTER = frozenset({"i-statement", "specific-observation", "concrete-proposal"})
"""Moves that say something new after the yes, which a goodbye would leave unanswered."""


def _raises_more(moves: Sequence[DetectedMove], text: str) -> bool:
    """Whether a turn after the settled yes raises something new, rather than thanking or saying goodbye."""
    if signs_off(text):
        return False
    # (a plan said again with thanks closes: "Thank you, really. Let's do a last session in January…", session 60)
    thanked = any(m.move == "gratitude" for m in moves)
    new = _NEW_MATTER - {"concrete-proposal"} if thanked else _NEW_MATTER
    return any(m.polarity == "negative" or m.move in new for m in moves) or (
        len(text.split()) > _NEWS_WORDS and _OWN_NEWS.search(text) is not None)


_NEWS_WORDS = 12
"""A turn after the yes longer than this may tell something new, beyond thanks."""
_OWN_NEWS = lazy_regex(r"\b(?:i|i'm|i've)\s+(?!(?:really\s+|also\s+)?(?:appreciate|look(?:ing)?\s+forward|am\s+glad|"
                       r"will\s+see|'ll\s+see|think\s+so|agree|will\s+send|'ll\s+send|can\s+do)\b)\w+", re.IGNORECASE)
"""The user telling something of their own ("I never have time to do the reading"), not a pleasantry."""


def _default_detector(settings: Settings) -> MoveDetector:
    # The ONNX query model when the index has one: a turn then never needs torch.
    from coach.query_model import environment_model_dir, query_embedder

    # The classifier depends only on shipped files, so it is kept beside the installed packages and
    # shared by every process started from this environment (each data folder would train it again).
    return MoveDetector(query_embedder(settings), keep_in=environment_model_dir() / "rehearsal")
