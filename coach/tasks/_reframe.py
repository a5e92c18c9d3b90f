"""Turn raw feedback into observations: behaviours, impacts and strengths, without absolutes or labels.

Used by the feedback job in both directions. The rewrite never invents specifics: a label
("sloppy") becomes the behaviour-level phrasing from :data:`coach.checks.LABELS`, absolutes are
dropped or softened, and everything else keeps the user's own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from coach.checks import ABSOLUTES, LABELS, normalise
from coach.compose import VERB_FORMS, fragment, lower_first, tidy, to_second_person, verb_base

_POSITIVE = re.compile(
    r"\b(?:great|good|excellent|strong|strength|well|love|loved|appreciate|impressive|solid|helpful|creative|"
    r"thorough|smart|talented|brilliant|nice|valuable|clear|insightful|reliable|kind|generous|quick learner)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:not|n't|never|no|hardly|lack|lacks|lacking|without)\b", re.IGNORECASE)
_IMPACT_LEAD = re.compile(
    r"^(?:(?:which|that|this)\s+(?:meant|means)(?:\s+that)?|and so|so that|so|as a result|meaning(?: that)?"
    r"|because of (?:this|that)),?\s+",
    re.IGNORECASE,
)
_IMPACT_PRONOUN = re.compile(r"^(?:which|that|this)\s+(?=caused|causes|led|leads|resulted|results|made|makes)", re.I)
_IMPACT_VERB = re.compile(
    r"\b(?:caused|causes|meant|means|led to|leads to|resulted in|results in|made (?:us|me|the team|everyone|it)|"
    r"makes (?:us|me|the team|everyone|it))\b",
    re.IGNORECASE,
)
_REPORTING = re.compile(
    r"^(?:(?:my|our|the|a)\s+[\w-]+(?:\s+[\w-]+)?|[A-Z][\w-]+|she|he|they|someone|people)\s+"
    r"(?:said|says|told me|tells me|thinks|thought|feels|felt|mentioned|wrote|commented|noted|claimed)\s+(?:that\s+)?",
    re.IGNORECASE,
)
_SPLIT_SENTENCES = re.compile(r"(?<=[.!?;])\s+|\n+")
_SPLIT_CLAUSES = re.compile(r",\s*(?:and|but)\s+|\s+but\s+|;\s*|,\s+(?=(?:you|your|which|so)\b)", re.IGNORECASE)
_SPLIT_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_SUBJECT_START = re.compile(r"^(?:you|your|i|my|we|our|the|it|this|that|they|he|she)\b", re.IGNORECASE)
_LATE = re.compile(
    r"\byou(?:'re| are| were|'ve been| have been)\s+(?:\w+\s+)?late\b(?:\s+(?:to|for)\s+(?P<what>[\w\s'-]+))?",
    re.IGNORECASE,
)
_AGREEMENT = (
    (r"\byou is\b", "you are"), (r"\byou was\b", "you were"), (r"\byou has\b", "you have"),
    (r"\byou does\b", "you do"), (r"\byou doesn't\b", "you don't"), (r"\byou isn't\b", "you aren't"),
    (r"\byou wasn't\b", "you weren't"), (r"\byou hasn't\b", "you haven't"), (r"\byou's\b", "you're"),
)  # fmt: skip


@dataclass
class Observations:
    """Feedback taken apart: what was done, what it caused, what is going well."""

    behaviours: list[str] = field(default_factory=list)
    impacts: list[str] = field(default_factory=list)
    strengths: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    late: bool = False


def to_you(text: str, person: str, direction: str) -> str:
    """The feedback addressed to its subject: first person for received, third person for give."""
    text = normalise(text)
    if direction == "received":
        text = "\n".join(_REPORTING.sub("", s) for s in _SPLIT_SENTENCES.split(text))
        return to_second_person(text)
    for name in sorted({person, *person.split()}, key=len, reverse=True):
        if len(name) > 1:
            text = re.sub(rf"\b{re.escape(name)}'s\b", "your", text)
            text = re.sub(rf"\b{re.escape(name)}\b", "you", text)
    text = re.sub(r"\b(?:he|she)(?='s\b)", "you", text, flags=re.IGNORECASE)
    text = re.sub(r"\b(?:he|she)\b", "you", text, flags=re.IGNORECASE)
    text = re.sub(r"\bhim\b|\bher\b(?=\s+(?:to|and|or|about|that|in|on|at|for|with)\b|[,.;!?]|$)", "you", text,
                  flags=re.IGNORECASE)  # fmt: skip
    text = re.sub(r"\b(?:his|her)\b", "your", text, flags=re.IGNORECASE)
    for pattern, replacement in _AGREEMENT:
        text = re.sub(pattern, replacement, text, flags=re.IGNORECASE)
    return _third_to_base_phrase(text)


def _third_to_base(match: re.Match[str]) -> str:
    word = match.group(2)
    base = verb_base(word)
    if base is not None and VERB_FORMS[base][0] == word.lower():
        word = base
    return f"you {match.group(1) or ''}{word}"


def segments(text: str) -> list[str]:
    """Clauses of the feedback: split at sentence ends, "but", and "and" before a new subject or label."""
    result: list[str] = []
    for sentence in _SPLIT_SENTENCES.split(text):
        for clause in _SPLIT_CLAUSES.split(sentence):
            pieces = _SPLIT_AND.split(clause)
            current = pieces[0]
            for piece in pieces[1:]:
                if _SUBJECT_START.match(piece) or any(re.search(rf"\b{label}\b", piece, re.I) for label in LABELS):
                    result.append(current)
                    current = piece
                elif _starts_with_action(piece):
                    result.append(current)
                    current = _third_to_base_phrase(f"you {piece}")
                else:
                    current = f"{current} and {piece}"
            result.append(current)
    return [tidy(c).strip(" ,.!?;:") for c in result if re.search(r"[A-Za-z]", c)]


def _starts_with_action(piece: str) -> bool:
    """Whether a piece after "and" is a new action ("constantly interrupts people", "missed the demo")."""
    words = re.sub(rf"^(?:{'|'.join(ABSOLUTES)})\s+", "", piece.lower()).split(" ")
    base = verb_base(words[0]) if words and words[0] else None
    if base is None:
        return False
    return words[0] != base and words[0] in (VERB_FORMS[base][0], VERB_FORMS[base][1])


def _third_to_base_phrase(text: str) -> str:
    return re.sub(r"\byou (always |never |constantly )?(\w+s)\b", _third_to_base, text, flags=re.IGNORECASE)


def _labels_in(text: str) -> list[str]:
    return [label for label in LABELS if re.search(rf"\b{label}\b", text, re.IGNORECASE)]


def _label_behaviour(segment: str, label: str) -> str:
    template, default_what = LABELS[label]
    what = default_what
    copula = r"(?:is|are|was|were|look|looks|seem|seems|feel|feels)"
    subject = re.search(rf"\b(your [\w\s-]+?)\s+{copula}\s+(?:\w+\s+)?{label}\b", segment, re.IGNORECASE)
    attributive = re.search(rf"\b{label}\s+([a-z][\w-]*(?:\s+(?:reviews?|notes?|reports?|work|code|emails?))?)\b",
                            segment, re.IGNORECASE)  # fmt: skip
    if subject:
        what = lower_first(subject.group(1))
    elif attributive and attributive.group(1).lower() not in ("and", "or", "in", "at", "to", "with", "about"):
        what = f"your {attributive.group(1)}"
    return template.format(what=what) if "{what}" in template else template


def soften_never(text: str) -> str:
    """Soften "never": "you never update X" -> "you didn't update X"; "it's never ready" -> "it's not ready"."""
    text = re.sub(r"\byou(?:'re| are) never\b", "you weren't", text, flags=re.IGNORECASE)
    text = re.sub(
        r"\byou never (\w+)",
        lambda m: f"you didn't {verb_base(m.group(1)) or m.group(1)}",
        text,
        flags=re.IGNORECASE,
    )
    text = re.sub(r"(\b(?:is|are|was|were|'s|'re|has|have|had)\s+)never\b", r"\1not", text, flags=re.IGNORECASE)
    return re.sub(r"\bnever\b", "rarely", text, flags=re.IGNORECASE)


def drop_absolutes(text: str) -> str:
    """The text with "never" softened and the other absolutes removed."""
    text = soften_never(text)
    for absolute in ABSOLUTES:
        text = re.sub(rf"\s*\b{absolute}\b", "", text, flags=re.IGNORECASE)
    return tidy(text)


def neutralise(text: str) -> str:
    """Any text (a context, an impact) without absolutes or label words."""
    text = drop_absolutes(text)
    for label in LABELS:
        text = re.sub(rf"\s*\b{label}\b", "", text, flags=re.IGNORECASE)
    return tidy(text)


def behaviour_of(segment: str) -> tuple[list[str], list[str], bool]:
    """Observable behaviours in one clause, the labels it used, and whether it was about lateness."""
    labels = _labels_in(segment)
    found: list[str] = []
    cleaned = drop_absolutes(segment)
    late = _LATE.search(cleaned)
    if late:
        what = late.group("what")
        found.append(f"you joined {tidy(what)} after the agreed start time" if what else
                     "you arrived after the agreed start time")  # fmt: skip
    found += [_label_behaviour(segment, label) for label in labels]
    if not found:
        found.append(fragment(re.sub(r"^(?:and|but|also|plus|so)\s+", "", cleaned, flags=re.IGNORECASE)))
    return [f for f in found if f], labels, bool(late)


def observe(feedback: str, person: str, direction: str) -> Observations:
    """Split feedback into behaviours, impacts and strengths, rewritten without absolutes or labels."""
    result = Observations()
    for segment in segments(to_you(feedback, person, direction)):
        lead = _IMPACT_LEAD.match(segment)
        if lead or _IMPACT_VERB.search(segment):
            impact = segment[lead.end() :] if lead else _IMPACT_PRONOUN.sub("it ", segment)
            result.impacts.append(fragment(neutralise(impact)))
        elif _POSITIVE.search(segment) and not _NEGATION.search(segment) and not _labels_in(segment):
            result.strengths.append(fragment(re.sub(r",?\s+(?:though|too|as well)$", "", drop_absolutes(segment))))
        else:
            behaviours, labels, late = behaviour_of(segment)
            result.behaviours += behaviours
            result.labels += labels
            result.late = result.late or late
    result.behaviours = list(dict.fromkeys(result.behaviours))
    return result


_PREPOSITIONS = ("in", "during", "at", "on", "when", "while", "after", "before", "over", "since", "throughout",
                 "across", "for", "with", "from")  # fmt: skip


def situation(context: str) -> str | None:
    """The user's context as an opening phrase: "In the weekly stand-ups", or None if it is a clause."""
    text = fragment(neutralise(context))
    if not text:
        return None
    head = text.split(" ")[0].lower()
    if head in _PREPOSITIONS:
        return text[:1].upper() + text[1:]
    if _SUBJECT_START.match(text) and head not in ("the", "my", "our", "your", "this"):
        return None
    return f"In {text}"


ACTIONS: dict[str, str] = {
    "late": "join a couple of minutes before the start",
    "sloppy": "run a short self-review before handing work over",
    "careless": "run a short self-review before handing work over",
    "messy": "run a short self-review before handing work over",
    "lazy": "agree written next steps with dates, and flag early if one slips",
    "unreliable": "confirm commitments in writing and flag risks early",
    "flaky": "confirm commitments in writing and flag risks early",
    "disorganised": "keep one shared list of open tasks and deadlines",
    "disorganized": "keep one shared list of open tasks and deadlines",
    "rude": "ask about the other person's view before responding",
    "abrasive": "ask about the other person's view before responding",
    "arrogant": "ask about the other person's view before responding",
    "bossy": "ask about the other person's view before responding",
}
"""A first change to try for the behaviours behind common labels."""

TOPICS: dict[str, str] = {
    "late": "my timekeeping",
    "sloppy": "the care I put into my work",
    "careless": "the care I put into my work",
    "messy": "the care I put into my work",
    "lazy": "my follow-through",
    "unreliable": "my follow-through",
    "flaky": "my follow-through",
    "disorganised": "how I organise my work",
    "disorganized": "how I organise my work",
    "rude": "how I come across in discussions",
    "abrasive": "how I come across in discussions",
    "arrogant": "how I come across in discussions",
    "bossy": "how I come across in discussions",
}
"""How the person who received the feedback can name its topic in a reply."""


def first_action(observations: Observations) -> str | None:
    """The change to try first, when the feedback names a behaviour we know a remedy for."""
    keys = (["late"] if observations.late else []) + observations.labels
    return next((ACTIONS[k] for k in keys if k in ACTIONS), None)


def reply_topic(observations: Observations) -> str | None:
    """What the feedback was about, in the receiver's words."""
    keys = (["late"] if observations.late else []) + observations.labels
    return next((TOPICS[k] for k in keys if k in TOPICS), None)
