"""Rehearsal scenarios and personas: data files under ``prompts/scenarios`` and ``prompts/personas``.

One YAML file per scenario and per persona, so adding one means adding a file. A scenario's reply
banks are keyed by stage (opening, reaction, exploration, resolution), persona, and tone (``soften``
for good moves, ``harden`` for poor ones). A bank is either one list, ordered from the mildest line
to the sharpest (difficulty decides where the partner starts in it), or a mapping by difficulty.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, get_args

import yaml

from coach.config import PROMPTS_DIR
from coach.rehearsal.moves import DetectedMove, load_moves, split_sentences
from coach.rehearsal.reflect import acknowledgement_from
from coach.rehearsal.rubric import Criterion, load_rubric, rubric_kinds
from coach.yaml_text import parse_yaml

Stage = Literal["opening", "reaction", "exploration", "resolution"]
Tone = Literal["soften", "harden"]
Difficulty = Literal["easy", "medium", "hard"]
IssueFrom = Literal["user", "partner"]
STAGES: tuple[Stage, ...] = get_args(Stage)
TONES: tuple[Tone, ...] = get_args(Tone)
DIFFICULTIES: tuple[Difficulty, ...] = get_args(Difficulty)
BASE_PERSONAS: tuple[str, ...] = ("warm", "busy", "skeptical", "defensive")
CUSTOM = "custom"
COLD_MOVES: tuple[str, ...] = ("giving-up", "over-apologising", "vagueness")
MILD_MISSTEPS = frozenset({"vagueness", "over-apologising"})
"""Poor moves that leave the rest of the turn standing; the others (blame, absolutes, sarcasm, giving up) taint it."""
"""Poor moves that make the partner go cold rather than escalate: the persona answers them itself."""
SCENARIOS_DIR = PROMPTS_DIR / "scenarios"
PERSONAS_DIR = PROMPTS_DIR / "personas"
CUSTOM_TEMPLATE = "_custom"
OWN_STORY_WORDS = 20
"""A user who said this many words in none of the scenario's story words told a story of their own."""
# The custom template when the user speaks as the mentor: a mentee's voice and the mentor's rubric.
CUSTOM_AS_MENTOR = "custom-mentor"
MAX_DESCRIPTION_CHARS = 1000
DEFAULT_MAX_TURNS = 12

_REQUIRED = ("id", "title", "description", "user_role", "partner_role", "situation", "user_goal")


class ScenarioFileError(ValueError):
    """A scenario or persona file is malformed; the message names the file and the problem."""


class UnknownScenarioError(KeyError):
    """No scenario has this id; the message lists the valid ones."""

    def __init__(self, scenario_id: str, valid: list[str]) -> None:
        super().__init__(scenario_id)
        self.valid = valid
        self.message = f"unknown scenario {scenario_id!r}; choose one of: {', '.join(valid)}"

    def __str__(self) -> str:
        return self.message


class UnknownPersonaError(KeyError):
    """No persona has this id; the message lists the valid ones."""

    def __init__(self, persona_id: str, valid: list[str]) -> None:
        super().__init__(persona_id)
        self.valid = valid
        self.message = f"unknown persona {persona_id!r}; choose one of: {', '.join(valid)}"

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class GoodPractice:
    """One bullet of "what good looks like", with the cards it draws on."""

    text: str
    cards: tuple[str, ...]


BankKey = tuple[str, Stage, Tone | None]
"""(persona, stage, tone); the opening stage has no tone."""


@dataclass(frozen=True)
class Scenario:
    """A conversation to rehearse, with the offline partner's reply banks."""

    id: str
    title: str
    description: str
    user_role: str
    partner_role: str
    situation: str
    user_goal: str
    good_looks_like: tuple[GoodPractice, ...]
    rubric: tuple[str, ...]
    rubric_kind: str
    """The kind of conversation (mentee-asks-change, mentor-feedback, ending, disagreeing, …)."""
    resolves_with: tuple[str, ...]
    better_lines: dict[str, str]
    better_parts: dict[str, str]
    """Model sentences by part (:data:`BETTER_PARTS`): the better line's parts and the hints' examples."""
    banks: dict[BankKey, dict[Difficulty, tuple[str, ...]]]
    max_turns: int = DEFAULT_MAX_TURNS
    their_side: tuple[str, ...] = ()
    """The partner's answers to "how does it look from your side?" (any persona)."""
    story: re.Pattern[str] | None = None
    """Words of the scenario's own story (``story_words``: "totals", "reconcile"): once the user has named their issue,
    the partner keeps to lines without those they never used themselves (review r10: a schema change answered with
    "I'd want to see which figures were off"; review r11: a load-test report with "the figures had to reconcile")."""
    story_told_by: IssueFrom = "user"
    """Who tells the story (``story_told_by``): "partner" when the partner brings it (a critique), so its own lines
    keep its details; the examples still follow the user's specifics either way."""
    their_side_agreed: tuple[str, ...] = ()
    """Its answers to the same question once it has said yes: about the plan agreed, never the old way."""
    counter: tuple[str, ...] = ()
    """The partner's counter-offers, with specifics, to a proposal it is not ready to accept."""
    proposal_answers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Per persona, answers to a proposal in its own voice (optional; ``counter`` follows)."""
    asks_for: tuple[tuple[str, re.Pattern[str]], ...] = ()
    """What a counter line asks for (words in the line) and how the user's proposal says it is already offered:
    such a line is no counter once offered ("Before nine…" after "Tuesdays at 8am")."""

    def reread(self, moves: Sequence[DetectedMove], text: str) -> list[DetectedMove]:
        """The detected moves, with the sentences this scenario reads as a poor move shown as that move alone."""
        if not self.reads_as:
            return list(moves)
        polarity = load_moves().specs
        reread: dict[str, str] = {}
        for sentence in split_sentences(text):
            move = next((move for move, pattern in self.reads_as if pattern.search(sentence)), None)
            if move:
                reread[sentence] = move
        kept = [m for m in moves if m.quote not in reread or m.move == reread[m.quote]]
        added = [DetectedMove(move, polarity[move].polarity, sentence, "pattern") for sentence, move in reread.items()
                 if not any(m.quote == sentence and m.move == move for m in kept)]
        return kept + added

    def already_offered(self, line: str, proposals: Sequence[str]) -> bool:
        """Whether ``line`` asks for something the user's ``proposals`` already offered."""
        return any(words.lower() in line.lower() and any(offered.search(p) for p in proposals)
                   for words, offered in self.asks_for)
    hold_outs: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Per persona, pushing back on the substance of an issue named well ("I'll take the count…"); a reaction's
    harder lines answer how it was said ("That's quite a generalisation") and misread a good turn (review 52)."""
    accepts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Per persona, its yes in this scenario (optional; the persona's own ``accept`` lines otherwise)."""
    closes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Per persona, its closing words in this scenario (optional; the persona's ``close`` lines otherwise).

    A skeptic's "that's a testable change" and "we'll see whether it works" fit a change, not an ending."""
    cold: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    """Per persona and cold move, its answer in this scenario (optional; the persona's ``cold`` lines otherwise):
    "we can just stop" ends a mentorship, and a mentee does not ask a mentor "what's the ask?" (review 54)."""
    ask_whys: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Per persona, its question about what a proposal is for in this scenario (optional; the persona's own)."""
    reason_before_yes: str = ""
    """A rubric criterion (its id): the partner says yes only once the user has said why, an issue, its impact or
    evidence for that criterion ("why them"). "Would you be my mentor? Like a 30 min call once a month?" as the
    first line got an instant yes from a stranger (review 53)."""
    reason_also_when: re.Pattern[str] | None = None
    """A pattern for other reasons that count before a yes: what the user wants from it ("im a graphic designer, want
    to move into art direction") answers "Who are you, and what would you want out of it?" (review r12 s10)."""
    reads_as: tuple[tuple[str, re.Pattern[str]], ...] = ()
    """A poor move and a pattern: in this scenario a sentence matching it shows that move, and its good moves count
    for nothing ("But I had two days to prepare that deck." while being given feedback explains it away; it was
    credited as a specific observation, answered with praise and put in the better line, review 53)."""
    answers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """By :data:`QUESTION_KINDS`, the partner's answers to a question about itself (its own path, whether it still
    has time): "how did you make the move to product?" got the scenario's worry about time (review 53)."""
    issue_from: IssueFrom = "user"
    """Who brings the issue: "partner" when the other person raises it (receiving criticism)."""
    purpose_names_issue: bool = False
    """Whether saying what the talk is for puts the matter on the table (``purpose_names_issue``): in a conversation
    the user describes, a request ("…whether you'd be comfortable referring me") has no issue to name, and the
    partner kept asking "What's not working for you at the moment?" (review r11)."""

    @property
    def cards(self) -> tuple[str, ...]:
        """Every card the scenario draws on, in first-mention order."""
        return tuple(dict.fromkeys(card for item in self.good_looks_like for card in item.cards))

    def criteria(self) -> list[Criterion]:
        """The scenario's criteria, worded for its kind of conversation, in rubric order."""
        rubric = load_rubric()
        return [rubric[cid].for_kind(self.rubric_kind) for cid in self.rubric]

    def hint_for(self, criterion: Criterion, partner_lines: Sequence[str] = (), told: Sequence[str] = ()) -> str:
        """The criterion's hint with this scenario's own example sentence, when it has one."""
        example = self.example(criterion.example, partner_lines, told)
        return f"{criterion.hint} For example: “{example}”" if example else criterion.hint

    def example(self, part: str | None, partner_lines: Sequence[str] = (), told: Sequence[str] = ()) -> str:
        """The model sentence for a part (its scenario's), or an acknowledgement of what the partner said.

        An acknowledgement says back the partner's own side when they gave it, never the scenario's own story
        ("the release has taken a lot out of you", which the partner never said: review r10). ``told`` is the
        user's turns once they gave specifics of their own: a model sentence with details of the scenario's story
        they never used is left out ("the recommendation only came on the last slide" to a user whose sales pitch
        overran, review r11).
        """
        said = acknowledgement_from(partner_lines) if part == "acknowledgement" else None
        example = said or (self.better_parts.get(part, "") if part else "")
        return "" if told and not said and self.strays(example, told) else example

    def strays(self, line: str, said: Sequence[str]) -> bool:
        """Whether ``line`` carries a word of the scenario's own story that none of ``said`` (the user's turns) used.

        Compared by the word's first letters: "figures" is said by "the figure", "reconcile" by "reconciliation".
        """
        if self.story is None:
            return False
        told = " ".join(said)
        # (a phrase by its last word too: "that talk" was told by "i saw your talk", review r18)
        # (a phrase by its longest word, never its first letters: "the move you made" was told by any "the", r31)
        return any(not any(re.search(r"\b" + re.escape(stem[:_STEM]), told, re.IGNORECASE)
                           for stem in (max(found[0].split(), key=len), found[0].split()[-1]))
                   for found in self.story.finditer(line))

    def own_story_told(self, user_turns: Sequence[str]) -> bool:
        """Whether the user told a story of their own: at length, and in none of the scenario's story words.

        A tug deckhand disagreeing about a master's licence was offered "The programmes I found cost about £30,000…"
        and the MBA, which they never mentioned (review r33).
        """
        told = " ".join(user_turns)
        return self.story is not None and self.story_told_by == "user" and len(told.split()) >= OWN_STORY_WORDS and (
            self.story.search(told) is None)

    def lines(self, persona: str, stage: Stage, tone: Tone | None, difficulty: Difficulty) -> tuple[str, ...]:
        """The partner's candidate lines, ordered for this difficulty."""
        return self.banks[(persona, stage, None if stage == "opening" else tone)][difficulty]

    def to_json(self) -> dict[str, str]:
        """The shape printed by ``coach scenarios --json``."""
        role = f"you: {self.user_role}; coach plays: {self.partner_role}"
        return {"id": self.id, "title": self.title, "role": role, "description": self.description}


@dataclass(frozen=True)
class Persona:
    """How the partner talks, and how quickly it reacts to particular moves."""

    id: str
    name: str
    voice: str
    traits: tuple[str, ...]
    escalates: str
    softens: str
    start_rapport: int
    sensitive_negative: tuple[str, ...]
    sensitive_positive: tuple[str, ...]
    neutral: tuple[str, ...]
    """Lines for a turn with no clear move either way."""
    cold: dict[str, tuple[str, ...]]
    """Lines for going cold on giving up, vagueness and over-apologising (escalation is scenario-specific)."""
    generic: dict[Tone, tuple[str, ...]]
    """Scenario-independent lines used when a scenario's bank has run out, before any line repeats."""
    examples: tuple[str, ...]
    bank: str
    """The base persona whose scripted lines the offline partner uses (itself, unless custom)."""
    description: str | None = None
    """For the custom persona: the user's own words about how their mentor talks (LLM engine)."""
    calls_them: str = ""
    """For a custom persona, what it calls people ("calls people 'kiddo'"): said now and then by the offline partner,
    which otherwise speaks only in its base persona's lines (review r13: no "kiddo" in seven turns)."""
    says_often: str = ""
    """For a custom persona, a phrase it says a lot ("says 'I guess' a lot"), said now and then after a short first
    sentence ("Okay, I guess.")."""
    patience: int = 0
    """Good turns after the issue is named before the partner concedes (difficulty adds -1/0/+1)."""
    invite: tuple[str, ...] = ()
    """The purpose is on the table but not the issue: invite it, concede nothing."""
    greeted: tuple[str, ...] = ()
    """Small talk alone before any issue ("Hi Sam, thanks for making time."): answered in kind, the point asked for."""
    asked_first: tuple[str, ...] = ()
    """A question about them before any issue ("how are things on your side?"): answered, then the point asked for."""
    ask_why: tuple[str, ...] = ()
    """A proposal before the issue is named: one real question about the problem it solves."""
    pin_down: tuple[str, ...] = ()
    """A proposal with no detail to accept or counter: one real question about what it would involve."""
    accept: tuple[str, ...] = ()
    """Accepting a concrete proposal: lines with ``{specifics}`` say back its details, the others need none."""
    close: tuple[str, ...] = ()
    """Said after an acceptance that ends the conversation."""
    farewell: tuple[str, ...] = ()
    """The answer to the user's one turn after the conversation was settled (their thanks or goodbye)."""
    logistics: tuple[str, ...] = ()
    """Once agreed, the answer to who does the next practical step ("who sends the invite?"); optional."""
    bring: tuple[str, ...] = ()
    """Once agreed, its answer to what to bring to the first meeting; optional."""
    choice: tuple[str, ...] = ()
    """Its pick when asked to choose ("shorter sessions or other day?"): lines with ``{option}``, the one it picks;
    optional (a neutral pick is said without it)."""
    when_works: tuple[str, ...] = ()
    """Its answer to when suits it ("What time of the month usually works best for you?" got "From my side, that's a
    commitment I can actually keep", review r13 s01); a scenario's ``answers: when-works`` come first; optional."""
    nothing_else: tuple[str, ...] = ()
    """Once agreed, its answer to whether it needs anything more from the user; optional."""
    who_does_it: tuple[str, ...] = ()
    """Its pick when asked who does the next step ("Would you prefer to tell them yourself, or should I?"): lines
    with ``{act}``, the step said as its own ("tell them myself"); optional (older files answer with their side)."""
    look_over: tuple[str, ...] = ()
    """Saying yes to looking over the user's work ("can you look my new deck before?"): a proposal to the partner that
    a yes to the user's own plan ("Yes, that would fix it.") left unanswered (review r12 s09); optional."""
    notice: tuple[str, ...] = ()
    """Said after its yes when the user asked to be told in time if it cancels: lines with ``{notice}`` ("by the
    evening before"); optional (older files leave the notice unanswered)."""
    way_back: tuple[str, ...] = ()
    """Its yes, once agreed, to going back to the old way if the new one fails ("…we can just go back to weekly,
    ok?"); optional."""
    rebuff: tuple[str, ...] = ()
    """Terms put with blame, sarcasm or an ultimatum ("Take it or leave it."): not agreed to as put; optional."""
    owned: tuple[str, ...] = ()
    sneered: tuple[str, ...] = ()
    """The answer to sarcasm ("Wow, great mentoring. Glad I gave up my lunch for this."): to the tone, never a line
    that argues a point nobody made ("That's anecdote, not evidence.", review r29); optional."""
    praised: tuple[str, ...] = ()
    """The answer to the user owning a part of the problem ("Part of that is on me"): never "You're right"; optional."""


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = parse_yaml(path.read_text("utf-8"))
    except yaml.YAMLError as error:
        raise ScenarioFileError(f"{path.name}: not valid YAML ({error})") from None
    if not isinstance(data, dict):
        raise ScenarioFileError(f"{path.name}: expected a mapping at the top level")
    return data


def _order_for(lines: list[str], difficulty: Difficulty) -> tuple[str, ...]:
    """Mildest first on easy, sharpest first on hard, the middle of the bank first on medium.

    With two lines, medium starts with the milder one, like easy: the difference is in the pace.
    """
    if difficulty == "easy":
        return tuple(lines)
    if difficulty == "hard":
        return tuple(reversed(lines))
    middle = (len(lines) - 1) // 2
    return tuple(lines[middle:] + lines[:middle])


def _bank(value: Any, where: str) -> dict[Difficulty, tuple[str, ...]]:
    if isinstance(value, list) and value and all(isinstance(v, str) and v.strip() for v in value):
        return {d: _order_for([v.strip() for v in value], d) for d in DIFFICULTIES}
    if isinstance(value, dict) and set(value) == set(DIFFICULTIES):
        return {d: tuple(_bank(value[d], f"{where}.{d}")["easy"]) for d in DIFFICULTIES}
    raise ScenarioFileError(f"{where}: needs a non-empty list of lines, or one list per easy/medium/hard")


def _banks(data: dict[str, Any], name: str) -> dict[BankKey, dict[Difficulty, tuple[str, ...]]]:
    partner = data.get("partner")
    if not isinstance(partner, dict):
        raise ScenarioFileError(f"{name}: needs a 'partner' section with reply banks per persona")
    banks: dict[BankKey, dict[Difficulty, tuple[str, ...]]] = {}
    for persona in BASE_PERSONAS:
        stages = partner.get(persona)
        if not isinstance(stages, dict):
            raise ScenarioFileError(f"{name}: partner.{persona} is missing")
        banks[(persona, "opening", None)] = _bank(stages.get("opening"), f"{name}: partner.{persona}.opening")
        for stage in STAGES[1:]:
            tones = stages.get(stage)
            if not isinstance(tones, dict):
                raise ScenarioFileError(f"{name}: partner.{persona}.{stage} needs soften and harden lines")
            for tone in TONES:
                where = f"{name}: partner.{persona}.{stage}.{tone}"
                banks[(persona, stage, tone)] = _bank(tones.get(tone), where)
    return banks


def _scenario(data: dict[str, Any], name: str) -> Scenario:
    missing = [key for key in _REQUIRED if not isinstance(data.get(key), str) or not data[key].strip()]
    if missing:
        raise ScenarioFileError(f"{name}: missing {', '.join(missing)}")
    practices = tuple(
        GoodPractice(str(item["text"]).strip(), tuple(item.get("cards") or ()))
        for item in data.get("good_looks_like") or []
        if isinstance(item, dict) and item.get("text")
    )
    if not practices:
        raise ScenarioFileError(f"{name}: 'good_looks_like' needs bullets with text and cards")
    kind = data.get("rubric")
    kinds = rubric_kinds()
    if kind not in kinds:
        raise ScenarioFileError(f"{name}: rubric must name one of the rubric kinds: {', '.join(kinds)}")
    rubric = kinds[kind]
    resolves_with = tuple(data.get("resolves_with") or ("concrete-proposal", "follow-up"))
    moves = load_moves()
    if set(resolves_with) - set(moves.positive):
        raise ScenarioFileError(f"{name}: resolves_with must list positive moves")
    reason = str(data.get("reason_before_yes") or "")
    if reason and reason not in rubric:
        raise ScenarioFileError(f"{name}: reason_before_yes must name one of its rubric's criteria")
    better = {str(k): str(v).strip() for k, v in (data.get("better_lines") or {}).items()}
    if "default" not in better or set(better) - {"default", *moves.negative}:
        raise ScenarioFileError(f"{name}: better_lines needs 'default' and may add one per negative move")
    return Scenario(
        **{key: data[key].strip() for key in _REQUIRED},
        good_looks_like=practices,
        rubric=rubric,
        rubric_kind=str(kind),
        resolves_with=resolves_with,
        better_lines=better,
        better_parts=_better_parts(data, name),
        banks=_banks(data, name),
        max_turns=int(data.get("max_turns", DEFAULT_MAX_TURNS)),
        their_side=_lines(data, "their_side", name),
        story=_story(data),
        story_told_by="partner" if data.get("story_told_by") == "partner" else "user",
        their_side_agreed=_lines(data, "their_side_agreed", name),
        counter=_lines(data, "counter", name),
        issue_from="partner" if data.get("issue_from") == "partner" else "user",
        purpose_names_issue=bool(data.get("purpose_names_issue", False)),
        proposal_answers=_per_persona(data, "proposal"),
        asks_for=tuple((str(item["in_line"]), re.compile(str(item["offered"]), re.IGNORECASE))
                       for item in data.get("asks_for") or ()),
        accepts=_per_persona(data, "accept"),
        hold_outs=_per_persona(data, "hold_out"),
        closes=_per_persona(data, "close"),
        answers=_answers(data, name),
        reads_as=_reads_as(data, name),
        ask_whys=_per_persona(data, "ask_why"),
        cold=_cold_lines(data, name),
        reason_before_yes=reason,
        reason_also_when=_reason_also_when(data),
    )


_STEM = 4
"""How many first letters of a story word the user's own words must share for it to be theirs too."""

QUESTION_KINDS = ("in-my-place", "about-them", "when-works", "availability", "their-gain", "in-the-way", "their-worry",
                  "what-would-help", "what-left", "check", "who-does-it", "choice", "their-why",
                  "their-doing")
"""Questions about the partner itself that a scenario may answer in its own words (``answers:``); any other
question about their side gets ``their_side``."""


def _answers(data: dict[str, Any], name: str) -> dict[str, tuple[str, ...]]:
    raw = data.get("answers") or {}
    if not isinstance(raw, dict) or set(raw) - set(QUESTION_KINDS):
        raise ScenarioFileError(f"{name}: 'answers' may only list {', '.join(QUESTION_KINDS)}")
    return {str(kind): _lines(raw, kind, name) for kind in raw}


BETTER_PARTS = ("purpose", "observation", "impact", "ask", "proposal", "follow-up", "acknowledgement", "thanks")


def _story(data: dict[str, Any]) -> re.Pattern[str] | None:
    words = [str(w) for w in data.get("story_words") or ()]
    return re.compile(r"\b(?:" + "|".join(words) + r")", re.IGNORECASE) if words else None


def _reason_also_when(data: dict[str, Any]) -> re.Pattern[str] | None:
    pattern = data.get("reason_also_when")
    return re.compile(str(pattern), re.IGNORECASE) if pattern else None


def _better_parts(data: dict[str, Any], name: str) -> dict[str, str]:
    raw = data.get("better_parts")
    if not isinstance(raw, dict) or set(raw) != set(BETTER_PARTS):
        raise ScenarioFileError(f"{name}: 'better_parts' needs one sentence for each of {', '.join(BETTER_PARTS)}")
    return {str(k): str(v).strip() for k, v in raw.items()}


def _reads_as(data: dict[str, Any], name: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Optional ``reads_as: {poor move: [patterns]}``."""
    raw = data.get("reads_as") or {}
    negative = load_moves().negative
    if not isinstance(raw, dict) or set(raw) - set(negative):
        raise ScenarioFileError(f"{name}: 'reads_as' may only list poor moves: {', '.join(negative)}")
    return tuple((str(move), re.compile(str(pattern), re.IGNORECASE)) for move, patterns in raw.items()
                 for pattern in patterns)


def _cold_lines(data: dict[str, Any], name: str) -> dict[str, dict[str, tuple[str, ...]]]:
    """Optional lines per persona and cold move, under ``partner.<persona>.cold``."""
    found: dict[str, dict[str, tuple[str, ...]]] = {}
    for persona, stages in data["partner"].items():
        cold = stages.get("cold") if isinstance(stages, dict) else None
        if not cold:
            continue
        if not isinstance(cold, dict) or set(cold) - set(COLD_MOVES):
            raise ScenarioFileError(f"{name}: partner.{persona}.cold may only list {', '.join(COLD_MOVES)}")
        found[persona] = {str(move): _lines(cold, move, name) for move in cold}
    return found


def _per_persona(data: dict[str, Any], key: str) -> dict[str, tuple[str, ...]]:
    """Optional lines per persona under ``partner.<persona>.<key>``."""
    return {
        persona: tuple(str(line) for line in stages.get(key) or ())
        for persona, stages in data["partner"].items()
        if isinstance(stages, dict) and stages.get(key)
    }


def _lines(data: dict[str, Any], key: str, name: str) -> tuple[str, ...]:
    value = data.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise ScenarioFileError(f"{name}: '{key}' needs a non-empty list of lines")
    return tuple(v.strip() for v in value)


def load_scenario_file(path: Path) -> Scenario:
    """One scenario file, validated; :class:`ScenarioFileError` names the file and the problem."""
    scenario = _scenario(_read_yaml(path), path.name)
    if scenario.id != path.stem.lstrip("_"):
        raise ScenarioFileError(f"{path.name}: id {scenario.id!r} must match the file name")
    return scenario


@lru_cache(maxsize=1)
def _all_scenarios(folder: Path = SCENARIOS_DIR) -> dict[str, Scenario]:
    scenarios = [load_scenario_file(path) for path in sorted(folder.glob("*.yaml"))]
    return {scenario.id: scenario for scenario in scenarios}


def list_scenarios() -> list[Scenario]:
    """Every ready-made scenario (the custom template is not listed), in file-name order."""
    return [s for s in _all_scenarios().values() if s.id not in (CUSTOM, CUSTOM_AS_MENTOR)]


def generic_better_line(scenario: Scenario, fix: str) -> str:
    """The custom template's model line for ``fix`` on the user's side, with no story and no blanks, or ""."""
    template = _all_scenarios()[CUSTOM_AS_MENTOR if scenario.user_role == "mentor" else CUSTOM]
    line = template.better_lines.get(fix, template.better_lines["default"])
    return "" if "[" in line else line


def scenario_ids() -> list[str]:
    """Valid scenario ids, ``custom`` last."""
    return [s.id for s in list_scenarios()] + [CUSTOM]


def get_scenario(scenario_id: str) -> Scenario:
    """The scenario with this id, or :class:`UnknownScenarioError` listing the valid ids."""
    scenario = _all_scenarios().get(scenario_id)
    if scenario is None or scenario_id in (CUSTOM, CUSTOM_AS_MENTOR):
        raise UnknownScenarioError(scenario_id, scenario_ids())
    return scenario


# The user speaks as the mentor when they mentor, supervise or train the other person ("I mentor
# Theo", "my apprentice", "I run the bakery and train…"), unless they name a mentor of their own.
_USER_MENTORS = re.compile(
    r"\bmy (?:mentees?|apprentices?|trainees?|interns?|juniors?|(?:direct )?reports?|students?|protégée?s?|"
    r"preceptees?|new (?:grads?|starters?|hires?))\b"
    # ("I'm the preceptor for Aisha, a new graduate nurse" made the user the mentee, review r15)
    r"|\bI(?:'m| am) (?:the|a|their|his|her) (?:mentor|supervisor|manager|trainer|preceptor|coach|tutor|"
    r"clinical educator|team lead|foreman|head chef)\b"
    # ("I'm Dana's mentor and team manager" made the user the mentee, review r18)
    r"|\bI(?:'m| am) [A-Z][\w'-]*['’]s? (?:mentor|supervisor|manager|trainer|preceptor|coach|tutor|team lead|boss)\b"
    r"|\bI (?:mentor|supervise|manage|train|coach|precept)\b"
    r"|\bI(?:'m| am| have been| was) (?:mentoring|supervising|training|coaching)\b"
    # ("I am a senior cartographer mentoring a junior cartographer, Nadia." made the user the mentee, review r31)
    r"|\bI(?:'m| am) (?:a |an |the )?(?:[\w-]+ ){1,4}(?:mentoring|supervising|training|coaching) "
    r"(?:a|an|my|our|the|this)\b",
    re.IGNORECASE,
)
_USER_IS_MENTEE = re.compile(r"\bmy (?:mentor|supervisor|manager|boss)\b|"
                             r"\bI(?:'m| am) (?:a|the|their|his|her) mentee\b", re.IGNORECASE)


def build_custom_scenario(description: str) -> Scenario:
    """A scenario from the user's free-text description of the conversation they want to practise.

    The generic template supplies the partner's lines and the rubric; the description becomes the
    situation. Saying "my mentee", "my apprentice" or "I mentor…" makes the user the mentor.
    """
    text = " ".join(description.split())
    if not text:
        raise ValueError("describe the conversation you want to rehearse")
    if len(text) > MAX_DESCRIPTION_CHARS:
        raise ValueError(f"the description is {len(text)} characters; the limit is {MAX_DESCRIPTION_CHARS}")
    as_mentor = _USER_MENTORS.search(text) and not _USER_IS_MENTEE.search(text)
    template = _all_scenarios()[CUSTOM_AS_MENTOR if as_mentor else CUSTOM]
    title = text if len(text) <= 60 else text[:57].rstrip() + "…"
    return replace(template, id=CUSTOM, title=f"Custom: {title}", situation=text)


def _persona(data: dict[str, Any], name: str) -> Persona:
    required: tuple[str, ...] = ("id", "name", "voice", "escalates", "softens", "neutral", "cold", "generic")
    required += ("invite", "ask_why", "pin_down", "accept", "close", "farewell")
    missing = [key for key in required if not data.get(key)]
    if missing:
        raise ScenarioFileError(f"{name}: missing {', '.join(missing)}")
    cold = {str(move): tuple(str(line) for line in lines) for move, lines in data["cold"].items()}
    if set(cold) != set(COLD_MOVES) or not all(cold.values()):
        raise ScenarioFileError(f"{name}: 'cold' needs lines for each of {', '.join(COLD_MOVES)}")
    generic = {tone: tuple(str(line) for line in data["generic"].get(tone) or ()) for tone in TONES}
    if not all(generic.values()):
        raise ScenarioFileError(f"{name}: 'generic' needs soften and harden lines")
    sensitive = data.get("sensitive_to") or {}
    return Persona(
        id=str(data["id"]),
        name=str(data["name"]),
        voice=" ".join(str(data["voice"]).split()),
        traits=tuple(str(t) for t in data.get("traits") or ()),
        escalates=" ".join(str(data["escalates"]).split()),
        softens=" ".join(str(data["softens"]).split()),
        start_rapport=int(data.get("start_rapport", 0)),
        sensitive_negative=tuple(sensitive.get("negative") or ()),
        sensitive_positive=tuple(sensitive.get("positive") or ()),
        neutral=tuple(str(line) for line in data["neutral"]),
        cold=cold,
        generic=generic,
        examples=tuple(str(line) for line in data.get("examples") or ()),
        bank=str(data["id"]),
        patience=int(data.get("patience", 0)),
        invite=_lines(data, "invite", name),
        greeted=_lines(data, "greeted", name) if data.get("greeted") else (),
        asked_first=_lines(data, "asked_first", name) if data.get("asked_first") else (),  # older files: an invite
        ask_why=_lines(data, "ask_why", name),
        pin_down=_lines(data, "pin_down", name),
        accept=_lines(data, "accept", name),
        close=_lines(data, "close", name),
        farewell=_lines(data, "farewell", name),
        logistics=_lines(data, "logistics", name) if data.get("logistics") else (),  # older files: a close
        look_over=_lines(data, "look_over", name) if data.get("look_over") else (),  # older files: an acceptance
        notice=_lines(data, "notice", name) if data.get("notice") else (),
        way_back=_lines(data, "way_back", name) if data.get("way_back") else (),
        when_works=_lines(data, "when_works", name) if data.get("when_works") else (),  # older files: their side
        choice=_lines(data, "choice", name) if data.get("choice") else (),
        who_does_it=_lines(data, "who_does_it", name) if data.get("who_does_it") else (),
        nothing_else=_lines(data, "nothing_else", name) if data.get("nothing_else") else (),
        bring=_lines(data, "bring", name) if data.get("bring") else (),
        rebuff=_lines(data, "rebuff", name) if data.get("rebuff") else (),  # older files: their harder lines
        owned=_lines(data, "owned", name) if data.get("owned") else (),  # older files: their other lines
        praised=_lines(data, "praised", name) if data.get("praised") else (),  # older files: their softer lines
        sneered=_lines(data, "sneered", name) if data.get("sneered") else (),  # older files: their harder lines
    )


def load_persona_file(path: Path) -> Persona:
    """One persona file, validated; :class:`ScenarioFileError` names the file and the problem."""
    return _persona(_read_yaml(path), path.name)


@lru_cache(maxsize=1)
def _all_personas(folder: Path = PERSONAS_DIR) -> dict[str, Persona]:
    personas = {}
    for path in sorted(folder.glob("*.yaml")):
        persona = load_persona_file(path)
        personas[persona.id] = persona
    missing = set(BASE_PERSONAS) - set(personas)
    if missing:
        raise ScenarioFileError(f"persona files missing for: {', '.join(sorted(missing))}")
    return personas


def list_personas() -> list[Persona]:
    """The ready-made personas (warm, busy, skeptical, defensive)."""
    return [_all_personas()[p] for p in BASE_PERSONAS]


def persona_ids() -> list[str]:
    """Valid persona ids, ``custom`` last."""
    return [*BASE_PERSONAS, CUSTOM]


def get_persona(persona_id: str) -> Persona:
    """The persona with this id, or :class:`UnknownPersonaError` listing the valid ids."""
    persona = _all_personas().get(persona_id)
    if persona is None:
        raise UnknownPersonaError(persona_id, persona_ids())
    return persona


# Each base persona's words; the base with the most matches wins (on a tie, the one the description names first, as
# people lead with the main trait; warm when none match), so "anxious, apologises a lot, answers in short sentences"
# and "Quiet and guarded: answers in short, flat sentences" are warm rather than busy.
_BASE_HINTS: tuple[tuple[str, str], ...] = (
    # ("Gruff old jazzman: few words, musician slang, teases you…" was warm, and gave in at once, review r15)
    # ("brisk, no-nonsense former rugby coach" and "distracted startup founder" were warm, review r21)
    ("busy", r"\b(?:busy|terse|short|brief|brisk|no-?\s?nonsense|straight-talking|rushed|no time|hurr(?:y|ied)|clock|"
             r"curt|blunt|gruff|few words|grumpy|laconic|gravelly|distracted|(?:on|from) (?:her|his|their) phone)"),
    ("defensive", r"\b(?:defensive|takes? (?:it|things) personally|justif|touchy|sensitive|argues|guarded|wary)"),
    ("skeptical", r"\b(?:skeptic|sceptic|doubt|challeng|questions? everything|evidence|data|proof|dry|teas|"
                  r"hates excuses|no excuses|tests? (?:you|people|whether))"),
    ("warm", r"\b(?:warm|kind|friendly|gentle|anxious|nervous|worri|apologi[sz]|sorry|quiet|shy|eager|keen)"),
)


def _base_from(text: str) -> str:
    found = {base: [m.start() for m in re.finditer(rx, text, re.IGNORECASE)] for base, rx in _BASE_HINTS}
    best = max(found, key=lambda base: (len(found[base]), -min(found[base], default=len(text))))
    return best if found[best] else "warm"


def build_custom_persona(description: str, base: str | None = None) -> Persona:
    """A persona from the user's words about how their mentor talks, layered on a base persona.

    The offline partner speaks with the base persona's lines (chosen from the description when
    ``base`` is not given); the LLM partner is also told the user's description.
    """
    text = " ".join(description.split())
    if not text:
        raise ValueError("describe how the other person talks")
    if len(text) > MAX_DESCRIPTION_CHARS:
        raise ValueError(f"the description is {len(text)} characters; the limit is {MAX_DESCRIPTION_CHARS}")
    if base is None:
        base = _base_from(text)
    parent = get_persona(base)
    calls = _CALLS_THEM.search(text)
    says = _SAYS_OFTEN.search(text)
    return replace(parent, id=CUSTOM, name=f"Custom ({parent.name.lower()} base)", description=text,
                   calls_them=calls["term"] if calls else "", says_often=says["phrase"] if says else "")


_QUOTED = r"""['"“‘](?P<{name}>[^'"”’]{{2,{longest}}})['"”’]"""
_CALLS_THEM = re.compile(r"\bcalls (?:people|everyone|everybody|me|you|them|others|him|her) " +
                         _QUOTED.format(name="term", longest=15), re.IGNORECASE)
_SAYS_OFTEN = re.compile(r"\bsays " + _QUOTED.format(name="phrase", longest=20) + r"(?: a lot| often| all the time)?",
                         re.IGNORECASE)
