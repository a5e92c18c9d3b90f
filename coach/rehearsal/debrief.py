"""The LLM debrief, validated by code against the offline scorer.

One scoring for both engines: scores, evidence and the strongest moment always come from the shared
move detection and rubric (:mod:`coach.rehearsal.scoring`), so a rehearsal scores the same whichever
engine played it. The model words the hints and the better line. Code never trusts it blindly:

- a score must be a whole number from 0 to 3, and above 0 it needs a quote;
- evidence must be an exact substring of the user's turns: a quote that differs only in case,
  spacing or quote marks is repaired to the user's exact words; anything else is rescored;
- a valid model score that differs from the shared rubric's is replaced by it (and listed);
- the better line must rewrite the same weakest turn as the shared scorer picked;
- a missing or malformed criterion is rescored by the offline scorer;
- the total and the sources are always computed by code.

Every repair is listed in :attr:`Debrief.repairs`, so tests and curious users can see what happened.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from coach.config import PROMPTS_DIR, Settings
from coach.lazy_patterns import lazy_regex
from coach.prompting import load_prompt
from coach.rehearsal.llm_partner import call_model, fence
from coach.rehearsal.rubric import MAX_SCORE, NOT_SHOWN, load_rubric
from coach.rehearsal.scenarios import Scenario
from coach.rehearsal.scoring import CriterionScore, Debrief
from coach.tokens import count_tokens, truncate_to_tokens

DEBRIEF_PROMPT = PROMPTS_DIR / "rehearse_debrief.md"
MAX_HINT_CHARS = 240
MIN_TURN_TOKENS = 12
"""Even in a very long rehearsal each user turn keeps its opening words in the debrief prompt."""
MAX_BETTER_LINE_CHARS = 500

_NOT_SHOWN_WORDS = {"", "not shown", "none", "n/a", "na", "-", "no evidence", "not shown."}
_QUOTES = "\"'“”‘’«»"
_CITATION = lazy_regex(r"\s*\[\d{1,2}\]\s*$")


def debrief_prompt(scenario: Scenario, transcript: Sequence[tuple[str, str]], budget: int = 3000) -> tuple[str, str]:
    """The system prompt and user message asking the model for a debrief of ``transcript``.

    Within ``budget`` tokens: the partner's lines go first (oldest first), then the user's turns are
    cut to their opening words. A cut turn is still the start of what the user said, so any quote the
    model takes from it is still checked against the full turns.
    """
    template = load_prompt(DEBRIEF_PROMPT)
    lines = [f"- {c.id}: {c.name}. {c.description} Evidence: {c.evidence}" for c in scenario.criteria()]
    system = template.system.format(
        user_role=scenario.user_role,
        partner_role=scenario.partner_role,
        title=scenario.title,
        user_goal=scenario.user_goal,
        rubric="\n".join(lines),
    )
    numbered, count = [], 0
    for role, text in transcript:
        if role == "user":
            count += 1
            numbered.append(f"User turn {count}: {text}")
        else:
            numbered.append(f"{scenario.partner_role.capitalize()}: {text}")

    def render(lines: list[str]) -> str:
        return template.user.format(transcript=fence("\n".join(lines)))

    room = budget - count_tokens(system)
    partner_lines = [i for i, line in enumerate(numbered) if not line.startswith("User turn ")]
    while count_tokens(render(numbered)) > room and partner_lines:
        numbered[partner_lines.pop(0)] = "(…)"
    if count_tokens(render(numbered)) > room:
        per_turn = max(MIN_TURN_TOKENS, (room - count_tokens(render([]))) // max(1, count) - 6)
        numbered = [truncate_to_tokens(line, per_turn) for line in numbered]
    return system, render(numbered)


def llm_debrief(
    model: Any,
    settings: Settings,
    scenario: Scenario,
    transcript: Sequence[tuple[str, str]],
    offline: Debrief,
) -> Debrief:
    """Ask the model for the debrief and validate it; raises ``EngineUnavailableError`` if the server fails."""
    system, user = debrief_prompt(scenario, transcript, settings.prompt_token_budget)
    answer = call_model(model, system, user, settings)
    user_turns = [text for role, text in transcript if role == "user"]
    debrief = validate_debrief(parse_json(answer), user_turns, offline)
    debrief.engine = f"llm:{settings.model}"
    return debrief


def parse_json(text: str) -> Any:
    """The JSON object in a model answer (code fences and chatter around it are ignored), or None."""
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end <= start:
        return None
    try:
        return json.loads(text[start : end + 1])
    except json.JSONDecodeError:
        return None


def find_quote(quote: str, user_turns: Sequence[str]) -> str | None:
    """The user's exact words for ``quote``, or None when the user never said it.

    ``quote`` itself when it is a substring of a turn; else the turn's own span that matches it
    ignoring case, spacing and the kind of apostrophe.
    """
    candidate = quote.strip().strip(_QUOTES).strip().removesuffix("…").removesuffix("...").strip()
    if not candidate:
        return None
    for turn in user_turns:
        if candidate in turn:
            return candidate
    # One pass per word, so the apostrophe class inserted for ' is not rewritten again for ’.
    words = [re.sub(r"['’]", "['’]", re.escape(word)) for word in candidate.split()]
    pattern = r"\s+".join(words)
    for turn in user_turns:
        match = re.search(pattern, turn, re.IGNORECASE)
        if match:
            return match.group(0)
    return None


def validate_debrief(raw: Any, user_turns: Sequence[str], offline: Debrief) -> Debrief:
    """A debrief built from the model's answer where it is valid, and from ``offline`` where it is not."""
    if not isinstance(raw, dict) or not isinstance(raw.get("criteria"), list):
        return Debrief(
            criteria=list(offline.criteria),
            strongest=offline.strongest,
            better_line=offline.better_line,
            weakest=offline.weakest,
            sources=list(offline.sources),
            better_borrows=offline.better_borrows,
            better_said_back=offline.better_said_back,
            repairs=["The model's debrief was not the JSON asked for; every criterion was scored offline."],
        )
    repairs: list[str] = []
    entries = _entries_by_id(raw["criteria"])
    criteria = [_checked(entries.get(c.id), c, user_turns, repairs) for c in offline.criteria]
    for index, (mine, shared) in enumerate(zip(criteria, offline.criteria, strict=True)):
        if mine is not shared and (mine.score, mine.evidence) != (shared.score, shared.evidence):
            repairs.append(f"{shared.id}: the model said {mine.score}; the shared rubric's score is used.")
            criteria[index] = CriterionScore(shared.id, shared.name, shared.score, shared.evidence, mine.hint)
    strongest = _checked_quote(raw.get("strongest"), user_turns)
    if strongest != offline.strongest:
        repairs.append("strongest: the shared scorer's choice is used.")
    weakest = _checked_quote(raw.get("weakest"), user_turns)
    better = raw.get("better_line")
    same_turn = weakest is not None and _whole_turn(weakest, user_turns) == offline.weakest
    if not isinstance(better, str) or not better.strip() or len(better) > MAX_BETTER_LINE_CHARS or not same_turn:
        repairs.append("better_line: missing or not for the weakest turn; the offline rewrite is used.")
        better = offline.better_line
    borrows = offline.better_borrows and better == offline.better_line  # (the model's own line is its own)
    return Debrief(
        criteria=criteria,
        strongest=offline.strongest,
        better_line=" ".join(better.split()),
        weakest=offline.weakest,
        sources=list(offline.sources),
        better_borrows=borrows,
        better_said_back=offline.better_said_back and better == offline.better_line,
        repairs=repairs,
    )


def _entries_by_id(items: list[Any]) -> dict[str, dict[str, Any]]:
    rubric = load_rubric()
    by_name = {c.name.lower(): c.id for c in rubric.values()}
    entries: dict[str, dict[str, Any]] = {}
    for item in items:
        if not isinstance(item, dict):
            continue
        key = str(item.get("id") or "").strip().lower()
        key = key if key in rubric else by_name.get(str(item.get("name") or "").strip().lower(), "")
        if key and key not in entries:
            entries[key] = item
    return entries


def _score(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return value if isinstance(value, int) and 0 <= value <= MAX_SCORE else None


def _checked(
    entry: dict[str, Any] | None, fallback: CriterionScore, user_turns: Sequence[str], repairs: list[str]
) -> CriterionScore:
    """The model's score for one criterion, repaired, or the offline one when it cannot be trusted."""
    if entry is None:
        repairs.append(f"{fallback.id}: missing from the model's answer; scored offline.")
        return fallback
    score = _score(entry.get("score"))
    if score is None:
        repairs.append(f"{fallback.id}: score {entry.get('score')!r} is not 0-3; scored offline.")
        return fallback
    raw_evidence = entry.get("evidence")
    text = raw_evidence.strip() if isinstance(raw_evidence, str) else ""
    if text.lower().strip(_QUOTES) in _NOT_SHOWN_WORDS:
        if score > 0:
            repairs.append(f"{fallback.id}: a score of {score} without evidence; scored offline.")
            return fallback
        evidence = NOT_SHOWN
    else:
        found = find_quote(text, user_turns)
        if found is None:
            repairs.append(f"{fallback.id}: the evidence is not a quote of the user's turns; scored offline.")
            return fallback
        if found != text:
            repairs.append(f"{fallback.id}: the evidence was re-quoted in the user's exact words.")
        evidence = found
    return CriterionScore(fallback.id, fallback.name, score, evidence, _hint(entry.get("hint"), fallback.hint))


def _hint(value: Any, fallback: str) -> str:
    """The model's hint on one line, keeping the offline hint's card citation."""
    citation = _CITATION.search(fallback)
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_HINT_CHARS:
        return fallback
    hint = " ".join(value.split())
    return f"{_CITATION.sub('', hint)} {citation.group(0).strip()}" if citation else hint


def _checked_quote(value: Any, user_turns: Sequence[str]) -> str | None:
    if not isinstance(value, str) or value.strip().lower() in _NOT_SHOWN_WORDS:
        return None
    return find_quote(value, user_turns)


def _whole_turn(quote: str, user_turns: Sequence[str]) -> str:
    """The full user turn a quote comes from (the better line rewrites a whole turn)."""
    return next((turn for turn in user_turns if quote and quote in turn), quote)
