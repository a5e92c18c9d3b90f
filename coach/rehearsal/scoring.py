"""The offline debrief: the rubric scored from the same move detection that drives the partner.

Every criterion gets 0-3, the user's best sentence for it as evidence (or "not shown") and a
one-line hint citing a card. A sentence that carries a poor move (blame, an absolute, sarcasm,
giving up…) is never evidence and never the strongest moment, whatever else it contains.

The better line rewrites the user's weakest turn (the one with the worst poor move). It is built
from the user's own good sentences where they have them (their observation, what it did to them,
their question or proposal) and the scenario's model parts where they do not, so it is never
canned when the user said something usable, and never a rewrite of a line the guidance recommends:
a turn with no poor move is never picked as the weakest.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple

from coach.checks import content_stems
from coach.config import BUILTIN_CARDS_DIR
from coach.lazy_patterns import lazy_regex
from coach.rehearsal.moves import SMALL_TALK, DetectedMove, load_moves, split_sentences
from coach.rehearsal.reflect import acknowledgement_from
from coach.rehearsal.rubric import MAX_SCORE, NOT_SHOWN, Criterion, cite, written_for
from coach.rehearsal.scenarios import MILD_MISSTEPS, Scenario, generic_better_line
from coach.tasks.base import Citation

NEGATIVE_SEVERITY = ("blame", "sarcasm", "absolutes", "giving-up", "over-apologising", "vagueness")
"""Which poor move the better line fixes first when a turn has several."""


@dataclass(frozen=True)
class CriterionScore:
    """One scored criterion."""

    id: str
    name: str
    score: int
    evidence: str
    hint: str

    def to_json(self) -> dict[str, Any]:
        """The shape inside ``debrief.criteria`` of ``coach rehearse --json``."""
        return {"name": self.name, "score": self.score, "evidence": self.evidence, "hint": self.hint}


@dataclass
class Debrief:
    """The scored debrief of one rehearsal, from either engine."""

    criteria: list[CriterionScore]
    strongest: str
    better_line: str
    weakest: str
    """The user's weakest turn (verbatim), which ``better_line`` rewrites; "not shown" without turns."""
    sources: list[Citation]
    engine: str = "offline"
    better_borrows: bool = False
    """The better line fills a part the user never gave with the scenario's example details."""
    better_said_back: bool = False
    """The line to add says back the partner's own words, so its details are this conversation's."""
    repairs: list[str] = field(default_factory=list)
    """What the code had to fix in a model's debrief (empty offline)."""

    @property
    def total(self) -> int:
        """Sum of the criterion scores (always computed, never taken from a model)."""
        return sum(c.score for c in self.criteria)

    @property
    def max_total(self) -> int:
        """The best possible total for this scenario."""
        return MAX_SCORE * len(self.criteria)

    def score_of(self, criterion_id: str) -> int:
        """The score of one criterion by id."""
        return next(c.score for c in self.criteria if c.id == criterion_id)

    def to_json(self) -> dict[str, Any]:
        """The ``debrief`` object of ``coach rehearse --json``."""
        return {
            "criteria": [c.to_json() for c in self.criteria],
            "total": self.total,
            "strongest": self.strongest,
            "better_line": self.better_line,
            # (what the CLI and the app print beside it: which line it rewrites, and whether its details are an
            # example to replace with the user's own, review r10)
            "weakest": self.weakest,
            "better_line_borrows": self.better_borrows or (self.weakest == NOT_SHOWN and bool(self.better_line)
                                                           and not self.better_said_back),
            "better_line_advice": " ".join(better_line_advice(self, lambda line: f"“{line}”")),
            "sources": [{"id": s.id, "title": s.title} for s in self.sources],
        }


def criterion_card(criterion: Criterion, scenario: Scenario, cards_dir: Path = BUILTIN_CARDS_DIR) -> str | None:
    """The card a criterion's hint cites.

    Of its cards written for the user's role (a mentor is not sent to a card for mentees), the first the
    scenario draws on, else the first.
    """
    for_role = [card for card in criterion.cards if written_for(card, scenario.user_role, cards_dir)]
    preferred = [card for card in for_role if card in scenario.cards]
    candidates = preferred or for_role
    return candidates[0] if candidates else None


def debrief_sources(scenario: Scenario, cards_dir: Path = BUILTIN_CARDS_DIR) -> list[Citation]:
    """The cards cited by the debrief's hints, numbered in rubric order."""
    cards = [card for criterion in scenario.criteria() if (card := criterion_card(criterion, scenario, cards_dir))]
    return cite(cards, cards_dir)


def poor_quotes(detections: Sequence[Sequence[DetectedMove]]) -> set[str]:
    """Sentences that carry any poor move: never evidence, never the strongest moment."""
    return {m.quote for moves in detections for m in moves if m.polarity == "negative"}


# How much each good move says about skill, for choosing the strongest sentence: a concrete
# observation or proposal outweighs thanks or a purpose statement, which outweigh a greeting.
_WEIGHT = {
    "concrete-proposal": 3,
    "specific-observation": 3,
    "i-statement": 3,
    "asks-their-view": 3,
    "acknowledgement": 2,
    "follow-up": 2,
    "purpose-statement": 1,
    "gratitude": 1,
}


def score_criterion(
    criterion: Criterion,
    detections: Sequence[Sequence[DetectedMove]],
    citation: int | None = None,
    scenario: Scenario | None = None,
    turns: Sequence[str] = (),
    penalise: bool = True,
    partner_turns: Sequence[str] = (),
) -> CriterionScore:
    """Score one criterion from the moves found in each user turn (index 0 is the first turn).

    ``turns`` (the user's lines) add the sentences its ``also_alone`` pattern shows with no move found.
    Without ``penalise``, poor lines cost nothing: the score the good lines alone earned. ``partner_turns`` (what
    the partner said) give the hint's acknowledgement its facts (:func:`coach.rehearsal.reflect.acknowledgement_from`).

    The hint says what the score needs next: how to show it (with the scenario's example) when it
    was not shown, what would lift it when it was shown in part, and which line cost points.
    """
    poor = poor_quotes(detections)
    # ("Twenty minutes over because the captain kept interrupting… That's hardly on me." was full evidence of
    # specifics, reviews r46 and r47, and "Four times since March… You clearly don't care about this." none at all,
    # r54): an observation in a turn that blames counts, but never for full marks (see ``beside_blame`` below)
    blaming = [any(m.move == "blame" for m in moves) for moves in detections]
    support = [
        (turn, m.quote)
        for turn, moves in enumerate(detections)
        for m in moves
        if criterion.counts(m.move, m.quote) and m.quote not in poor
        and not (blaming[turn] and m.move == "specific-observation" and not criterion.beside_blame)
    ]
    support += [item for item in shown_alone(criterion, turns) if item[1] not in poor]
    against = [
        (turn, m.quote, m.move)
        for turn, moves in enumerate(detections)
        for m in moves
        if m.move in criterion.penalised_by
    ]
    if criterion.opening_only:
        first = opening_turn(turns, detections)
        opening = [quote for turn, quote in support if turn == first]
        base = MAX_SCORE if opening else (1 if support else 0)
        against = [item for item in against if item[0] == first]
        evidence_pool = opening or [quote for _, quote in support]
    else:
        evidence_pool = list(dict.fromkeys(quote for _, quote in support))
        shown = sum(criterion.weight(quote) for quote in evidence_pool)
        base = 0 if not shown else max(1, MAX_SCORE - max(0, criterion.full_at - shown))
    penalty = min(len({quote for _, quote, _ in against}), 2) if penalise else 0
    score = max(1, base - penalty) if base else 0
    only_beside_blame = bool(support) and bool(criterion.beside_blame) and all(blaming[turn] for turn, _ in support
                                                                                if turn < len(blaming))
    evidence = _clearest(evidence_pool, criterion, detections) if base else NOT_SHOWN
    hint = _hint(criterion, score, [(quote, move) for _, quote, move in against], scenario, partner_turns,
                 told_specifics(detections, turns, scenario))
    if only_beside_blame and score > PARTIAL_BESIDE_BLAME:
        score, hint = PARTIAL_BESIDE_BLAME, criterion.beside_blame
    if citation is not None:
        hint = f"{hint} [{citation}]"
    return CriterionScore(criterion.id, criterion.name, score, evidence, hint)


PARTIAL_BESIDE_BLAME = 2
"""The most a criterion with ``beside_blame`` earns when its only evidence sits in a turn that blames."""


def opening_turn(turns: Sequence[str], detections: Sequence[Sequence[DetectedMove]] = ()) -> int:
    """The user's first turn that is not only small talk or thanks: where the opening is judged.

    "Hi Sam! How are you doing?" before "I wanted to talk about how we set up our sessions…" is good manners, and
    the opening scored 1/3 as "not in your first line" (review 52); so is a turn of thanks alone ("Dana, thank you
    for this past year…") before ending a mentorship (review 54).
    """
    for index, text in enumerate(turns):
        moves = {m.move for m in detections[index]} if index < len(detections) else set()
        if moves and moves <= _WARM_UP_MOVES:
            continue
        if not all(SMALL_TALK.match(sentence) for sentence in split_sentences(text)):
            return index
    return 0


_WARM_UP_MOVES = frozenset({"gratitude", "acknowledgement"})
"""Moves that, alone in a turn, come before the point as good manners ("Hola Alex, thanks for the time, I know the
service was crazy tonight." was marked "not in your first line", review r26)."""


def _hint(criterion: Criterion, score: int, costly: Sequence[tuple[str, str]], scenario: Scenario | None,
          partner_turns: Sequence[str] = (), told: Sequence[str] = ()) -> str:
    """What to do next for this criterion, from its score and the lines that cost points, if any."""
    if score == MAX_SCORE:
        return criterion.well_done
    how = scenario.hint_for(criterion, partner_turns, told) if scenario is not None else criterion.hint
    # one entry per line: a line with two poor moves costs one point and is quoted once ("“…” came across as
    # vagueness and giving up"), not listed twice as if it were two lines
    moves_of: dict[str, list[str]] = {}
    for quote, move in costly:
        moves_of.setdefault(quote, [])
        if move not in moves_of[quote]:
            moves_of[quote].append(move)
    if not moves_of:
        return criterion.partial if score else how
    labels = load_moves().specs
    said = [
        f"“{quote}” {'came across as ' if index == 0 else 'as '}{' and '.join(labels[m].label for m in moves)}"
        for index, (quote, moves) in enumerate(list(moves_of.items())[:2])
    ]
    return f"{' and '.join(said)}, which cost {'points' if len(said) > 1 else 'a point'}. {how}"


SHORT_MOMENT_WORDS = 4
"""A sentence this short says too little to be the strongest moment while a fuller one weighs as much."""


def _best(quotes: Sequence[str], detections: Sequence[Sequence[DetectedMove]],
          shown_by_itself: dict[str, int] | None = None) -> str:
    """The quote carrying the most weight of good moves (the first on a tie), or of what it showed by itself.

    On a tie, a bare feeling or fragment ("I am frustrated.") gives way to a sentence with something in it (review
    r51: chosen over "The last four sessions you cancelled three…").
    """
    extra = shown_by_itself or {}
    return max(quotes, key=lambda quote: (max(_weight(quote, detections), extra.get(quote, 0)),
                                          len(quote.split()) > SHORT_MOMENT_WORDS, -quotes.index(quote)))


def _clearest(quotes: Sequence[str], criterion: Criterion, detections: Sequence[Sequence[DetectedMove]]) -> str:
    """The quote that shows the criterion most surely, then the one carrying the most weight of good moves.

    The evidence for a proposal is the clearest proposal ("Could we try every other Monday for two months?"),
    not a line that also touched on one ("maybe we could like focus each session on…").
    """
    def sureness(quote: str) -> float:
        found = [m.similarity for turn in detections for m in turn if m.quote == quote
                 and criterion.counts(m.move, quote)]
        return max((math.inf if similarity is None else similarity for similarity in found), default=-math.inf)

    def mainly(quote: str) -> bool:
        # "That makes sense, I'd miss our conversations too." is an acknowledgement first: the I-statement's
        # evidence is "I feel I've reached what we set out to do…", whose surest move is the I-statement
        found = [m for turn in detections for m in turn if m.quote == quote and m.polarity == "positive"]
        if not found:
            return True
        surest = max(found, key=lambda m: math.inf if m.similarity is None else m.similarity)
        return criterion.counts(surest.move, quote)

    def own_move(quote: str) -> bool:
        # a line with the criterion's own move before one that counts through ``also_when`` ("I feel I've reached
        # what we set out to do" before "I wanted to talk about wrapping up…", a purpose said with an "I")
        return any(m.quote == quote and m.move in criterion.moves for turn in detections for m in turn)

    return max(quotes, key=lambda quote: (own_move(quote), mainly(quote), sureness(quote),
                                          _weight(quote, detections), -quotes.index(quote)))


def _weight(quote: str, detections: Sequence[Sequence[DetectedMove]]) -> int:
    """The weight of a quote's weightiest good move, then how many it has.

    Summed, thanks and an acknowledgement ("Thanks for telling me.") outweighed a concrete proposal (session 59).
    """
    moves = {m.move for turn in detections for m in turn if m.quote == quote and m.polarity == "positive"}
    return 10 * max((_WEIGHT.get(move, 1) for move in moves), default=0) + len(moves)


def strongest_moment(
    detections: Sequence[Sequence[DetectedMove]],
    scored: Sequence[tuple[Criterion, int]] = (),
    turns: Sequence[str] = (),
) -> str:
    """The user's sentence carrying the most weight of good moves and no poor one, or "not shown".

    With ``scored`` (each criterion and what its good lines earned, before any poor line cost points), only a
    sentence whose move counts for a criterion at full marks is a candidate while there is one: a hedge that earned
    a part score ("and last time too i think", Specific 2/3) is no strongest moment beside an open question that
    earned full marks (review 45, s08). Small talk ("Hi Sam, thanks for making time.") is good manners, never the
    strongest moment while any other good sentence is there (review r9).
    """
    poor = poor_quotes(detections)
    # "Fine. Every other Tuesday at 8am, 30 minutes." is no strongest moment when the same turn ends "Take it or
    # leave it." (review 52): a turn with blame, sarcasm, an absolute or giving up lends none of its sentences
    tainted = [bool({m.move for m in moves if m.polarity == "negative"} - MILD_MISSTEPS) for moves in detections]
    good = [m for turn, moves in enumerate(detections) for m in moves
            if m.polarity == "positive" and m.quote not in poor and not tainted[turn]]
    full = [criterion for criterion, score in scored if score == MAX_SCORE]
    skilled = [m.quote for m in good if any(criterion.counts(m.move, m.quote) for criterion in full)]
    # a sentence that earned full marks by itself ("only 20 minute every two week on zoom", terms the detector missed)
    # weighs as the criterion's own move (session 59)
    alone = {quote: 10 * max((_WEIGHT.get(move, 1) for move in criterion.moves), default=1)
             for criterion in full for turn, quote in shown_alone(criterion, turns)
             if quote not in poor and turn < len(tainted) and not tainted[turn]}
    candidates = list(dict.fromkeys([*(skilled or [m.quote for m in good]), *alone]))
    if any(SMALL_TALK.match(quote) for quote in candidates):
        to_the_point = [m.quote for m in good if not SMALL_TALK.match(m.quote)]
        candidates = [q for q in candidates if not SMALL_TALK.match(q)] or list(dict.fromkeys(to_the_point)) \
            or candidates
    return _best(candidates, detections, alone) if candidates else NOT_SHOWN


_PARTS_FOR: dict[str, tuple[str, ...]] = {
    "blame": ("observation", "impact", "ask"),
    "absolutes": ("observation", "impact", "ask"),
    "sarcasm": ("impact", "ask"),
    "giving-up": ("impact", "proposal", "follow-up"),
    "over-apologising": ("purpose", "proposal"),
    "vagueness": ("purpose", "observation", "proposal"),
}
"""Which parts a rewrite needs, by the poor move it fixes: an accusation becomes what happened, what
it did to you and a question; giving up becomes what you need, a proposal and a review."""
_PART_MOVES = {
    "observation": ("specific-observation",),
    "impact": ("i-statement",),
    "ask": ("asks-their-view", "concrete-proposal"),
    "proposal": ("concrete-proposal",),
    "follow-up": ("follow-up",),
    "purpose": ("purpose-statement",),
}


class BetterLine(NamedTuple):
    """The debrief's better line: the turn it rewrites (or "not shown"), the line, and whether it borrows."""

    weakest: str
    text: str
    borrows: bool = False
    """Whether a part of it is the scenario's example (its details, not the user's)."""
    said_back: bool = False
    """Whether it is the line to add that says back what the partner said."""


def better_line(
    scenario: Scenario, user_turns: Sequence[str], detections: Sequence[Sequence[DetectedMove]],
    partner_turns: Sequence[str] = (),
) -> BetterLine:
    """The weakest turn and its rewrite; see the module docstring. Without any poor turn: the line to add."""
    poor_turns = [i for i, moves in enumerate(detections) if any(m.polarity == "negative" for m in moves)]
    told = told_specifics(detections, user_turns, scenario)
    if not user_turns or not poor_turns:
        missing = _missing_piece(scenario, detections, user_turns, partner_turns, told)
        # (one saying back the partner's own words borrows nothing: its facts are this conversation's)
        said_back = bool(missing) and missing == acknowledgement_from(partner_turns)
        return BetterLine(NOT_SHOWN, missing, said_back=said_back)
    weakest = max(poor_turns, key=lambda i: (_severity(detections[i]), -i))
    present = {m.move for m in detections[weakest] if m.polarity == "negative"}
    fix = next(move for move in NEGATIVE_SEVERITY if move in present)
    poor = poor_quotes(detections)
    parts: list[str] = []
    borrows = False
    # a purpose belongs to the opening: a later turn's rewrite does not restate it ("can I talk about…?")
    for part in (p for p in _PARTS_FOR[fix] if p != "purpose" or weakest == 0):
        # (a blaming turn's other sentences are its justification: "I said the reserve price three times." opened
        # the rewrite of "Well, the room was full of people checking phones…", review r39)
        # (never a line said before the weakest turn, but for when to check: said again there, "I want to do every two
        # week instead." repeated a request already granted, and an opening pasted into a later turn re-opened the
        # talk, review r44)
        own = [m.quote for i, moves in enumerate(detections) for m in moves
               if m.move in _PART_MOVES[part] and m.quote not in poor and _fit_to_reuse(m.quote)
               and (i >= weakest or part == "follow-up") and not (fix == "blame" and i == weakest)
               and (i <= weakest or not _answers_back(m.move, m.quote))]
        example = "" if own else scenario.example(part, partner_turns, told)
        if example and _said_already(example, parts):
            # ("…the client lead emailed me Fri about it. I had to answer an email from the client's lead about it on
            # Friday.": the model sentence said the user's own fact twice, review r24)
            example = ""
        borrows = borrows or bool(example)
        parts.append(own[0] if own else example)
    # (a model sentence with blanks to fill beside the user's own words reads garbled: "On [the day], [exactly what
    # happened]. On labour ward I am doing ok now…", review r33)
    if any(p and "[" not in p for p in parts):
        parts = [p for p in parts if "[" not in p]
    rewrite = " ".join(dict.fromkeys(_as_sentence(p) for p in parts if p))
    if not rewrite:
        return BetterLine(user_turns[weakest], _fallback_line(scenario, fix, told), True)
    return BetterLine(user_turns[weakest], rewrite, borrows)


_REFERS_BACK = lazy_regex(r"\b(?:never said|i said|as i said|i meant|i didn'?t mean|is fine|was fine|that'?s fine|"
                          r"instead|anyway|either)\b|\b(?:too|again|then)\W*$", re.IGNORECASE)
"""Words of a line that answers what was said before it ("Thirty minutes is fine, I never said an hour.", review
r48): put earlier in the talk, it answers nothing yet."""
_REPLY_OPENING = lazy_regex(r"^\W*(?:that'?s|ok(?:ay)?|yes|yeah|no|so|what|why|how|fair|right|sure|oh|ah|i see|"
                            r"got it|then)\b", re.IGNORECASE)


def _answers_back(move: str, quote: str) -> bool:
    """Whether a later line answers what the partner said after the weakest turn.

    Put in the weakest turn's place, "What is not good, the monthly part?" or "That's a fair worry…" answers something
    not yet said (review r47).
    """
    return move in ("asks-their-view", "acknowledgement") or bool(_REPLY_OPENING.match(quote)) or bool(
        _REFERS_BACK.search(quote))


_FILLER = lazy_regex(r"\b(?:um+|uh+|erm|hmm+|like,|kinda|sorta|i guess|lol|haha|ngl|tbh|sorry)\b|"
                     # ("Maybe it is not so important but…, if it is ok.": self-minimising kept in the better line
                     # that told the user to drop it, review r51)
                     r"\b(?:(?:maybe\s+)?it(?:'s|\s+is)\s+not\s+(?:so\s+|that\s+|very\s+)?important|if\s+(?:it\s+is|it's)\s+"
                     r"(?:ok|okay|alright)|only\s+if\s+you\s+have\s+time|i\s+know\s+you(?:'re|\s+are)\s+(?:very\s+)?busy)\b",
                     re.IGNORECASE)
_REUSE_MAX_WORDS = 25


def _fit_to_reuse(quote: str) -> bool:
    """Whether a line of the user's can go into the better line as it is: short, and free of filler.

    "oh right sorry, um maybe every two weeks?" or a rambling 60-word turn read badly inside a model line;
    the scenario's own part stands in for them.
    """
    return len(quote.split()) <= _REUSE_MAX_WORDS and not _FILLER.search(quote)


def _as_sentence(part: str) -> str:
    """A part of the better line as a sentence of its own, without the word that tied it to the one before."""
    # imported here, as in the partner: a rehearsal turn never needs the writing module
    from coach.writing import expand_shorthand, sentence

    # ("Great. Let's try it…": the word that answered the other person goes, and with it its full stop)
    part = _REPLY_WORD.sub("", part.strip())
    # ("Like we talk a lot but…": a filler that only starts the turn, review r10 s07)
    part = re.sub(r"^(?:(?:and|so|but|also|ok|okay|well|oh|like|yeah|i mean|um+|uh+)\b[,\s]*)+", "", part,
                  flags=re.IGNORECASE)
    # beside model sentences, the user's lower-case "i" read as a typo ("Cool. i send you an invite", review 45)
    # (and texting spellings spelled out: "What wud u cut first?" read as a typo in a model line, review r14, 13)
    said = sentence(re.sub(r"\bi\b(?=['’\s])", "I", expand_shorthand(part)))
    # ("Fair. for the budget meeting next month…": each sentence of the user's starts with a capital, review r20)
    return re.sub(r"(?<=[.!?]\s)([a-z])", lambda m: m[1].upper(), said)


_REPLY_WORD = lazy_regex(r"^(?:(?:great|good|okay|ok|right|perfect|fine|sure|yes|yeah|brilliant|lovely|wonderful|cool|"
                         r"that makes sense|makes sense|got it|fair enough|fair)[,\s]*)+[.!,]\s+(?=\S)", re.IGNORECASE)
"""A first sentence or word that only answers the other person ("Great." or "Great, let's…"), which a rewritten line
does not need: the rewrite stands alone."""


def _severity(moves: Sequence[DetectedMove]) -> tuple[int, int]:
    present = {m.move for m in moves if m.polarity == "negative"}
    worst = min((NEGATIVE_SEVERITY.index(m) for m in present), default=len(NEGATIVE_SEVERITY))
    return (-worst, len(present))


def told_specifics(detections: Sequence[Sequence[DetectedMove]], user_turns: Sequence[str],
                   scenario: Scenario | None = None) -> Sequence[str]:
    """The user's turns when they gave specifics of their own (a specific observation), else nothing.

    Then no example carries details of the scenario's story they never used (:meth:`Scenario.example`); a user who
    gave none is shown the scenario's own, as the situation states them.
    """
    # (or a good line of their own with some length to it: "When you spoke at the regional nursing conference about…"
    # is why them, and "What you said about your own path…" was offered as its example, review r12)
    own = any(m.polarity == "positive" and (m.move == "specific-observation" or len(m.quote.split()) >= _OWN_WORDS)
              for moves in detections for m in moves)
    # (or a story of their own, however poorly told: see :meth:`Scenario.own_story_told`)
    return user_turns if own or (scenario is not None and scenario.own_story_told(user_turns)) else ()


_OWN_WORDS = 12
"""A good line this long tells the user's own story, whatever move it shows."""


def _fallback_line(scenario: Scenario, fix: str, told: Sequence[str]) -> str:
    """The scenario's model line for a poor move, or another of its lines without details the user never used."""
    lines = scenario.better_lines
    first = lines.get(fix, lines["default"])
    if not told:
        return first
    # (when every model line carries the scenario's story, the custom template's line for the same side)
    return next((line for line in (first, lines["default"], *lines.values()) if not scenario.strays(line, told)),
                generic_better_line(scenario, fix) or first)


def _missing_piece(scenario: Scenario, detections: Sequence[Sequence[DetectedMove]], user_turns: Sequence[str],
                   partner_turns: Sequence[str] = (), told: Sequence[str] = ()) -> str:
    """No poor turn to rewrite: the model line for the first criterion the user never showed.

    Empty when every criterion was shown: a line to add would only repeat what the user said.
    """
    for criterion in scenario.criteria():
        if not criterion_shown(criterion, detections, user_turns):
            # (the scenario's default line is a proposal: offered for listening, it repeated the user's own proposal,
            # review r13 s02)
            fallback = _fallback_line(scenario, "default", told) if criterion.id == "concrete-next-step" else ""
            example = scenario.example(criterion.example, partner_turns, told) or fallback
            # (never a model line with blanks to fill as the line to add: "On [the day], [exactly what happened]."
            # was all a reference request was offered, review r39)
            if example and "[" not in example and not _said_already(example, user_turns):
                return example
            # ("I had to answer an email from the client's lead about it on Friday" offered to a user who said
            # "…on Friday their lead emailed me…", review 55): the next criterion's line, if any
    return ""


def _said_already(example: str, turns: Sequence[str]) -> bool:
    """Whether one of the user's turns holds most of the words of a model line (its own details aside)."""
    wanted = set(content_stems(example))
    return len(wanted) >= 3 and any(len(wanted & set(content_stems(turn))) >= SAID_ALREADY_SHARE * len(wanted)
                                    for turn in turns)


SAID_ALREADY_SHARE = 0.5
"""How much of a model line a turn must hold for the line to be what the user said already."""


def criterion_shown(
    criterion: Criterion, detections: Sequence[Sequence[DetectedMove]], turns: Sequence[str] = ()
) -> bool:
    """Whether any good move of the user's (or a sentence of ``turns`` by itself) counts as evidence for it."""
    poor = poor_quotes(detections)
    return any(criterion.counts(m.move, m.quote) for moves in detections for m in moves if m.polarity == "positive") \
        or any(quote not in poor for _, quote in shown_alone(criterion, turns))


def shown_alone(criterion: Criterion, turns: Sequence[str]) -> list[tuple[int, str]]:
    """``(turn, sentence)`` for the user's sentences that show ``criterion`` by themselves, whatever moves were found.

    "um so i really liked your talk at the meetup last month." names why them though the filler hides the thanks
    from the detector; a hint then asked for the talk the user had just named (review 45, s05).
    """
    if not criterion.also_alone or not criterion.also_when:
        return []
    return [(turn, sentence) for turn, text in enumerate(turns) for sentence in split_sentences(text)
            if re.search(criterion.also_when, sentence, re.IGNORECASE)]


BETTER_LINE_ADVICE = {
    "rewrite": ("A better line.", "Instead of {weakest}, try: {better}"),
    # (a part the user never gave is the scenario's example: its details are the scenario's, not theirs)
    "rewrite_example": ("A better line.", "Instead of {weakest}, try a line like this, with your own details: "
                                          "{better}"),
    # (the line to add is the scenario's model line: its facts are the scenario's, not necessarily the user's)
    "add": ("A line to add.", "No line came across badly; next time also try a line like this, with your own "
                              "details: {better}"),
    # (…unless it says back what the partner said: then its facts are this conversation's)
    "add_said_back": ("A line to add.", "No line came across badly; next time also try saying back what you heard, "
                                        "like this: {better}"),
    "none": ("Nothing to add.", "No line needed rewriting, and every criterion was shown."),
    # (every criterion shown, some only in part: "No line needed rewriting" beside a 2/3 read as a contradiction, and
    # "the hint below" pointed the wrong way in the CLI; so the criteria short of full marks are named)
    "none_partial": ("Nothing to rewrite.", "No line came across badly, so none is rewritten; {below} scored below "
                                            "full marks, and {hints} how to show {them} fully."),
}
"""How the CLI, the app and the Markdown export word the better line (one place for all three)."""


def better_line_advice(debrief: Debrief, quote: Callable[[str], str]) -> tuple[str, str]:
    """``(heading, sentence)`` for the debrief's better line, each line of the user's put in ``quote``."""
    rewrite = "rewrite_example" if debrief.better_borrows else "rewrite"
    whole = "none" if debrief.total == debrief.max_total else "none_partial"
    add = "add_said_back" if debrief.better_said_back else "add"
    key = rewrite if debrief.weakest != NOT_SHOWN else (add if debrief.better_line else whole)
    heading, sentence = BETTER_LINE_ADVICE[key]
    short = [f"“{c.name}”" for c in debrief.criteria if c.score < MAX_SCORE]
    below = ", ".join(short[:-1]) + f" and {short[-1]}" if len(short) > 1 else "".join(short)
    many = len(short) > 1
    return heading, sentence.format(weakest=quote(debrief.weakest), better=quote(debrief.better_line), below=below,
                                    hints="their hints say" if many else "its hint says", them="them" if many else "it")


def _quoted_once(criteria: list[CriterionScore], poor: set[str] | frozenset[str]) -> None:
    """Each poor line quoted whole in the first hint that names it, and by its first words after that.

    The same blame quoted whole in five hints read as a wall of repeats (review r11, s11).
    """
    seen: set[str] = set()
    for index, scored in enumerate(criteria):
        hint = scored.hint
        for quote in sorted(poor, key=len, reverse=True):
            marked = f"“{quote}”"
            if marked not in hint:
                continue
            words = quote.split()
            if quote in seen and len(words) > SHORT_QUOTE_WORDS:
                hint = hint.replace(marked, f"“{' '.join(words[:SHORT_QUOTE_WORDS]).rstrip(',.;:!?')}…”")
            seen.add(quote)
        criteria[index] = replace(scored, hint=hint)


SHORT_QUOTE_WORDS = 5
"""How many first words stand for a poor line already quoted whole in an earlier hint."""


def score_offline(
    scenario: Scenario,
    user_turns: Sequence[str],
    detections: Sequence[Sequence[DetectedMove]],
    cards_dir: Path = BUILTIN_CARDS_DIR,
    partner_turns: Sequence[str] = (),
) -> Debrief:
    """The whole offline debrief for one rehearsal (``partner_turns``: what the partner said, for its examples)."""
    sources = debrief_sources(scenario, cards_dir)
    number = {s.id: s.number for s in sources}
    criteria = []
    for criterion in scenario.criteria():
        card = criterion_card(criterion, scenario, cards_dir)
        criteria.append(score_criterion(criterion, detections, number.get(card) if card else None, scenario,
                                        user_turns, partner_turns=partner_turns))
    _quoted_once(criteria, poor_quotes(detections))
    better = better_line(scenario, user_turns, detections, partner_turns)
    # (the strongest moment is judged on what the good lines earned: "Maybe every two weeks for 30 minutes, until
    # the end of March?" is strong though a vague line elsewhere cost the proposal criterion a point)
    scored = [(criterion, score_criterion(criterion, detections, None, scenario, user_turns, penalise=False).score)
              for criterion in scenario.criteria()]
    return Debrief(
        criteria=criteria,
        strongest=strongest_moment(detections, scored, user_turns),
        better_line=better.text,
        weakest=better.weakest,
        sources=sources,
        better_borrows=better.borrows,
        better_said_back=better.said_back,
    )
