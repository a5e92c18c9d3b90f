"""The LLM partner: the model plays the persona, told by code which way each turn moved it.

The rehearsal engine decides *whether* a turn softens or hardens the partner (the same
:class:`~coach.rehearsal.partner.Reaction` the offline partner uses); the model decides *how* to
say it, in persona. Everything the user wrote reaches the model fenced as data. Any server failure
becomes :class:`~coach.engines.base.EngineUnavailableError`, and the session falls back to the
offline partner.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from coach.config import PROMPTS_DIR, Settings
from coach.engines.base import EngineUnavailableError
from coach.engines.calls import ModelCall, WaitFn
from coach.lazy_patterns import lazy_regex
from coach.prompting import fence_safe, load_prompt
from coach.rehearsal.memory import MAX_NOTES, MemoryTurn, Role, Summariser, offline_summariser
from coach.rehearsal.moves import load_moves
from coach.rehearsal.partner import INTENT_DIRECTIONS, QUESTION_DIRECTIONS, Reaction
from coach.rehearsal.rubric import card_excerpt, card_title
from coach.rehearsal.scenarios import Difficulty, Persona, Scenario
from coach.tokens import count_tokens, truncate_to_tokens

PARTNER_PROMPT = PROMPTS_DIR / "rehearse_partner.md"
SUMMARY_PROMPT = PROMPTS_DIR / "rehearse_summary.md"
GUIDANCE_CARDS = 3
REPLY_TOKENS = 160
"""A partner line is one to three sentences; anything longer is cut (a runaway model is not a person)."""
_SPEAKER_PREFIX = lazy_regex(r"\A\s*\**(?:[A-Z][\w ]{0,30}|you|me)\**\s*:\s*", re.IGNORECASE)

DIFFICULTY_RULES: dict[Difficulty, str] = {
    "easy": "Be forgiving: soften readily when the user gets something right, and let small slips go.",
    "medium": "React in proportion: soften to good moves and push back on poor ones.",
    "hard": "Be demanding: soften only a little at a time, and push back hard on any blame, vagueness or sarcasm.",
}


fence = fence_safe
"""``text`` with every fence tag (and look-alike) made harmless: the one fencing used by every prompt."""


def call_model(model: Any, system: str, user: str, settings: Settings, on_wait: WaitFn | None = None) -> str:
    """One model reply as text, through the call path drafts use too (:class:`~coach.engines.calls.ModelCall`).

    Raises:
        EngineUnavailableError: the server failed, stalled, sent nothing in time, or sent a malformed or empty reply.
    """
    base_url = getattr(model, "openai_api_base", None) or settings.openai_base_url
    return ModelCall(model, settings, base_url=base_url, on_wait=on_wait).text(system, user)


def clean_reply(text: str) -> str:
    """A partner line fit to show: no speaker prefix, no wrapping quotes, within :data:`REPLY_TOKENS`."""
    line = _SPEAKER_PREFIX.sub("", text.strip(), count=1).strip()
    if len(line) > 1 and line[0] in '"“' and line[-1] in '"”':
        line = line[1:-1].strip()
    return truncate_to_tokens(line, REPLY_TOKENS).strip()


class LLMPartner:
    """Prompts a chat model to play the partner; one instance per session."""

    def __init__(
        self,
        model: Any,
        settings: Settings,
        scenario: Scenario,
        persona: Persona,
        difficulty: Difficulty,
        on_wait: WaitFn | None = None,
    ) -> None:
        self.model = model
        self.on_wait = on_wait
        """Hears the attempt and the time left while a reply is awaited (the app shows them)."""
        self.settings = settings
        self.scenario = scenario
        self.persona = persona
        self.difficulty = difficulty
        self._template = load_prompt(PARTNER_PROMPT)
        self.system_prompt = self._system()

    def memory_budget(self) -> int:
        """Tokens left for conversation memory once the fixed prompt and a long user turn are counted."""
        fixed = count_tokens(self.system_prompt) + count_tokens(self._template.user) + 600
        return max(200, self.settings.prompt_token_budget - fixed)

    def reply(self, reaction: Reaction, user_text: str, memory: str) -> str:
        """The partner's next line, in persona, moving the way ``reaction`` says."""
        user = self._template.user.format(
            memory=fence(memory) or "(this is the user's first turn)",
            user_text=fence(user_text),
            direction=self.direction(reaction),
            user_role=self.scenario.user_role,
            partner_role=self.scenario.partner_role,
        )
        return clean_reply(call_model(self.model, self.system_prompt, user, self.settings, self.on_wait))

    def direction(self, reaction: Reaction) -> str:
        """What code decided about this turn, in words the model can follow.

        The same :class:`Reaction` drives the offline partner: the tone (soften/harden), and the
        intent (what to answer: their question, their proposal, the issue once it is named…), so
        both engines answer the same thing and the debrief scores the same moves.
        """
        tone = self._tone_direction(reaction)
        raised = ", ".join(reaction.raised) or "nothing specific yet"
        content = f" So far they have raised: {raised}. What to answer: {INTENT_DIRECTIONS[reaction.intent]}"
        if reaction.proposal and reaction.intent in ("accept", "counter", "ask-why", "resolve"):
            content += f" Their proposal, in their words: {fence(reaction.proposal)}"
        if reaction.asked:
            content += f" Their question is about you yourself ({QUESTION_DIRECTIONS[reaction.asked]}): answer that."
        if reaction.intent in ("invite", "ask-why"):
            content += " Do not concede or apologise: they have not said what the problem is yet."
        return tone + content

    def _tone_direction(self, reaction: Reaction) -> str:
        labels = load_moves().specs
        good = ", ".join(labels[m].label for m in reaction.positive) or "nothing in particular"
        poor = ", ".join(labels[m].label for m in reaction.negative)
        if reaction.stage == "resolution" and reaction.tone == "soften":
            return (
                f"SOFTEN and RESOLVE. The user has done enough ({good}). Agree to their proposal in your own "
                "words, confirm the follow-up, and close the conversation warmly in one or two sentences."
            )
        if reaction.stage == "resolution":
            return "HARDEN and CLOSE. Time is up and you are not convinced; end the conversation, in character."
        if reaction.tone == "soften":
            extra = f" (though you noticed the {poor})" if poor else ""
            return f"SOFTEN. The user showed {good}{extra}. Relax a little and engage with what they said."
        if reaction.tone == "harden":
            return (
                f"HARDEN. The user's turn came across as {poor}. React the way your persona does: "
                f"{self.persona.escalates}"
            )
        return "NEUTRAL. No clear move either way: respond in character and ask them to say more."

    def summariser(self, labels: dict[Role, str], notices: list[str]) -> Summariser:
        """A model-backed summariser for memory notes.

        After the model fails once, it says so in ``notices`` and summarises offline for the rest of the
        session (commitments are kept by the memory itself either way).
        """
        offline = offline_summariser(labels)
        template = load_prompt(SUMMARY_PROMPT)
        system = template.system.format(
            user_role=self.scenario.user_role,
            partner_role=self.scenario.partner_role,
            user_label=labels["user"],
            partner_label=labels["partner"],
            max_notes=MAX_NOTES,
        )
        failed = False

        def summarise(previous: Sequence[str], turns: Sequence[MemoryTurn]) -> list[str]:
            nonlocal failed
            if failed:
                return offline(previous, turns)
            user = template.user.format(
                notes=fence("\n".join(previous)) or "(none yet)",
                turns=fence("\n".join(f"{labels[t.role]}: {t.text}" for t in turns)),
            )
            try:
                text = call_model(self.model, system, user, self.settings)
            except EngineUnavailableError as error:
                failed = True
                notices.append(f"{error}; the conversation notes are summarised offline from now on.")
                return offline(previous, turns)
            notes = [line.strip().lstrip("-•* ").strip() for line in text.splitlines()]
            return [note for note in notes if note][-MAX_NOTES:]

        return summarise

    def _system(self) -> str:
        persona, scenario = self.persona, self.scenario
        custom = ""
        if persona.description:
            custom = (
                "The user described how this person really talks; match it:\n"
                f"<persona_description>\n{fence(persona.description)}\n</persona_description>"
            )
        return self._template.system.format(
            partner_role=scenario.partner_role,
            user_role=scenario.user_role,
            title=scenario.title,
            description=scenario.description,
            situation=fence(scenario.situation),
            persona_name=persona.name,
            persona_voice=persona.voice,
            persona_traits="; ".join(persona.traits),
            persona_escalates=persona.escalates,
            persona_softens=persona.softens,
            persona_examples=" / ".join(persona.examples),
            custom_persona=custom,
            difficulty=self.difficulty,
            difficulty_rule=DIFFICULTY_RULES[self.difficulty],
            guidance=self._guidance(),
        )

    def _guidance(self) -> str:
        cards_dir = self.settings.cards_dir
        blocks = []
        for number, card in enumerate(self.scenario.cards[:GUIDANCE_CARDS], start=1):
            excerpt = card_excerpt(card, cards_dir)
            if excerpt:
                blocks.append(f"[{number}] {card_title(card, cards_dir)}: {excerpt}")
        return fence("\n".join(blocks)) or "(none)"
