"""Ask: a free question about mentoring, answered from the retrieved guidance with citations.

Before anything is generated, :meth:`AskTask.preflight` answers two kinds of question itself:
crisis language gets a caring message that points to emergency and crisis help (checked first),
and questions clearly outside mentoring and professional growth get a polite scope message.
The scope test is deliberately conservative: any sign of work, careers or working relationships
keeps a question in scope.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from coach.checks import CITATION, content_stems, find_phrases, is_heading, list_items, plain, word_count, word_set
from coach.compose import clip_words, lower_first, tidy, to_second_person, trim_end, upper_first, verb_base
from coach.knowledge import SearchResult, split_front_matter, split_sections
from coach.lazy_patterns import lazy_regex
from coach.relevance import POINT_MARGIN, similarity
from coach.tasks.base import Check, Composition, Field, Style, TaskSpec
from coach.tasks.reading import reads_well
from coach.writing import expand_shorthand

ANSWER_MIN_WORDS, ANSWER_MAX_WORDS = 40, 400
POINTS_BY_BREVITY = (5, 4, 3)
MIN_POINTS = 2
OTHER_CARD_WORDS = 2
"""Telling words of the question another card's point must share to earn a bullet: one is often chance ("his old
shows" drew "Mentees show respect…", review 85)."""
"""Bullets an answer has even when only its lead card is relevant (when that card has them)."""
LEAD_STEPS = 3
"""How many more steps of the opening point's own card an answer lists, in the card's order."""
STEPS_FROM_TOP = 2
"""The lead's card must be among this many best retrieved cards for its steps to be listed."""
STEP_BONUS = 0.08
"""Added to a "How to do it" point's similarity to the question (MiniLM cosine), so steps lead answers."""
LEAD_RANK_PENALTY = 0.05
"""Taken from a card's relevance per place below retrieval's best card, when choosing the card the answer opens with."""
STEP_ORDER_PENALTY = 0.025
"""How much a step's place in its card counts against it as the opening point, per place."""
WHAT_TO_DO_ORDER = 0.05
""":data:`STEP_ORDER_PENALTY` for a question that asks only what to do: the card's order counts for more."""
SITUATION_MATCH = 0.70
"""A question this close (MiniLM cosine) to a situation a card's "When this helps" lists may be that card's to answer,
when no other card lists one nearly as close (:data:`SITUATION_MARGIN`)."""
SITUATION_MARGIN = 0.07
"""How much closer the best card's situation must be than any other card's: a near-tie is no card's own question.
Chosen on the 108 labelled retrieval questions plus three job-offer ones (BENCHMARKS.md, session 51)."""
SITUATION_IN_SCOPE = 0.62
"""A question this close to a situation a retrieved card lists is in scope, whatever its passage scored: over
tests/data/ask_scope.json the closest uncovered question scores 0.573 ("What are good interview questions to ask a
candidate?"); review 78's "my apprentice… keeps turning up 15-20 min late… how do i bring it up" scores 0.778 against
the feedback card's apprentice situation, while its passage scored 0.27 and it was turned away."""
SITUATION_LIFT = 1.0
"""Added to that card's relevance when choosing the lead: the card written for the situation opens the answer."""
TITLE_LIFT = 0.05
"""Added to a card's relevance, when choosing the card the answer opens with, if its title shares a telling word."""

FIELDS: tuple[Field, ...] = (
    Field(
        "question",
        "Your question",
        "Anything about mentoring or growing at work, e.g. 'How do I ask my mentor for honest feedback?'",
        True,
        2000,
        kind="long_text",
    ),
)

CRISIS = lazy_regex(
    r"\b(?:kill(?:ing)? myself|end(?:ing)? (?:my life|it all)|take my (?:own )?life|suicid(?:e|al)|self[- ]?harm"
    r"|(?:hurt|harm|cut)(?:ing)? myself|no reason to (?:live|go on)|(?:don't|do not) want to (?:live|be alive|be here)"
    r"|want to die|better off dead|not worth living|can't go on living)\b",
    re.IGNORECASE,
)
"""Language that may signal a crisis; matching it replaces the answer with a pointer to help."""

CROSSED_LINE = lazy_regex(
    r"\b(?:just the two of us|(?:drinks?|dinner) (?:alone|with (?:him|her) alone)|asked me out|hit(?:s|ting)? on me"
    r"|flirt(?:s|ing|ed|y)?|(?:keeps|kept|started) touching me|touch(?:es|ed)? me without"
    r"|(?:sexual|inappropriate) (?:comments?|jokes?|remarks?|messages?|texts?|advances?|touching)"
    r"|(?:comments?|remarks?) (?:on|about) my (?:body|looks|appearance|figure)|makes? me (?:feel )?unsafe"
    r"|(?:late at night|at midnight|after midnight) about (?:non-work|personal|private))",
    re.IGNORECASE,
)
"""A mentor (or mentee) crossing from mentoring into the personal: the cards do not cover it, and it is no
question of technique, so the answer is a plain pointer to support, never a tip about keeping them."""

CONDUCT = lazy_regex(
    r"\b(?:sexist|racist|homophobic|transphobic|misogyn\w*|ableist|discriminat\w*|harass\w*|bull(?:y|ies|ied|ying)"
    r"|slurs?)\b|\b(?:jokes?|joked|joking|remarks?|comments?|said things|made fun)\s+(?:abt|about|on|of)\s+"
    r"(?:women|woman|girls|men|gay|gays|lesbians?|trans|black|asian|muslims?|jews?|jewish|immigrants?|foreigners"
    r"|(?:my|her|his|their)\s+(?:race|religion|accent|age|skin|gender|disability|weight))\b",
    re.IGNORECASE,
)
"""Conduct that puts people down for who they are ("a joke abt women not belonging underground", review 88): a matter
for HR or a speak-up line, which the cards do not cover; the mentoring side of the question is still answered."""
_REPORTING_IT = lazy_regex(
    r"(?:,?\s*(?:or|and)\s+)?\b(?:should|do|can|must|shall|would)\s+i\s+(?:first\s+)?(?:report|complain|go to hr"
    r"|tell hr|raise a complaint|file a complaint)\b[^.?!]*", re.IGNORECASE)
"""The part of a question about reporting conduct ("…or should i report first?"): never the cards' "reporting back"."""
_OFFER = ("If you tell me more about your situation, I can help you turn this into a message or a plan for your next "
          "meeting.")
_OFFER_AFTER_A_STORY = "If you'd like, I can help you turn this into a message or a plan for your next meeting."
STORY_WORDS = 50
"""A question this long tells its situation: the answer never asks to be told more about it."""
CONDUCT_NOTE = """A remark that puts people down for who they are is a conduct matter, and the mentoring guidance I \
draw on doesn't cover how to report it. Whether to report is your decision, and it is separate \
from whether to end or keep the mentorship: you can do either, both, or neither for now. While you remember it, write \
down the date, what was said and who was there, and talk to HR, a speak-up or ethics line, or a senior colleague you \
trust about your options, including confidential ones.

On the mentoring side:"""
"""Said first when the question describes such conduct: the answer's own words, citing no card."""

IN_SCOPE = (
    "career", "job", "work", "working", "workplace", "manager", "boss", "mentor", "mentee", "mentors", "mentorship",
    "mentoring", "coach", "coaching", "feedback", "learn", "learning", "skill", "skills", "promotion", "promoted",
    "raise", "salary", "pay rise", "interview", "network", "networking", "colleague", "colleagues", "coworker",
    "co-worker", "team", "meeting", "1:1", "one-on-one", "goal", "goals", "growth", "grow", "leadership", "lead",
    "leader", "quit", "resign", "negotiate", "conflict", "presentation", "confidence", "impostor", "imposter",
    "burnout", "stress", "relationship", "office", "project", "deadline", "performance", "hire", "hiring", "cv",
    "resume", "résumé", "linkedin", "email", "outreach", "advice", "senior", "junior", "boundaries", "productivity",
    "professional", "industry", "role", "company", "internship", "intern", "student", "graduate", "course",
    "apprenticeship", "reference", "sponsor", "peer", "stakeholder", "client", "communicate", "communication",
    "developer", "engineer", "engineering", "designer", "nurse", "teacher", "founder", "startup", "business",
)  # fmt: skip
"""Words that keep a question in scope, whatever else it mentions."""

OFF_TOPIC: dict[str, tuple[str, ...]] = {
    "cooking and recipes": ("recipe", "recipes", "bake", "baking", "cook", "cooking", "ingredients", "oven",
                            "dinner", "vegan", "gluten"),
    "the weather": ("weather", "forecast", "rain", "raining", "snow", "sunny", "temperature outside"),
    "sports results": ("football", "soccer", "basketball", "nba", "nfl", "cricket", "tennis", "premier league",
                       "world cup", "who won", "final score", "match score"),
    "debugging code": ("debug", "debugging", "stack trace", "traceback", "segfault", "syntax error", "null pointer",
                       "compile error", "compiler error", "my code", "python", "javascript", "typescript", "regex",
                       "sql query", "exception", "undefined is not"),
    "entertainment and trivia": ("horoscope", "lottery", "movie", "lyrics", "capital of", "tv show", "celebrity"),
    "markets and crypto": ("stock price", "bitcoin", "crypto", "dogecoin"),
}  # fmt: skip
"""Topics the coach does not answer, each with the words that signal it."""

CRISIS_REPLY = """I'm really sorry you're going through this. What you're describing matters more than any mentoring \
question, and you deserve support right now.

- **If you might act on these thoughts, or you're in danger, call your local emergency number now** (for example \
911 in the US and Canada, 999 or 112 in the UK, 112 across the EU, 000 in Australia).
- **Talk to a crisis line, free and confidential:** in the US, call or text 988 (Suicide & Crisis Lifeline); in \
the UK and Ireland, call Samaritans on 116 123; elsewhere, findahelpline.com lists the lines in your country.
- **Tell someone you trust** (a friend, a family member, a colleague or your doctor) how you're feeling today. You \
don't have to handle this alone.

When you're ready, I'm here for questions about work and mentoring too."""

CROSSED_LINE_REPLY = """What you describe goes beyond mentoring into something personal. You don't have to go \
along with it to keep someone's support, and you don't owe anyone a reason for keeping things professional.

- **You can say no plainly and keep it to work**, for example: "I'd rather keep our conversations to work, and I \
really value your advice there."
- **Keep a record**: dates, what was said, and the messages themselves, even if you never use it.
- **Talk to someone you trust**: HR, a speak-up or ethics line if your workplace has one, or another senior \
colleague. They can tell you your options, including ones that keep this confidential.
- **If you ever feel unsafe, put your safety first** and get help straight away.

The mentoring guidance I draw on doesn't cover this, so I won't offer tips on managing the relationship around it. \
If you'd like help finding another mentor or sponsor, ask me that and I'll gladly help."""
"""The answer when the question describes someone crossing a personal line: support first, no technique."""

SCOPE_REPLY = """I'm a mentoring coach, so I can only help with mentorship and professional growth: finding a \
mentor, preparing for meetings, giving and receiving feedback, following up, and questions about careers and \
working relationships.

For {topic}, a general-purpose assistant or a specialist resource will serve you better. If there's a career or \
mentoring side to your question, tell me about it and I'll gladly help with that."""


NOT_COVERED_REPLY = """The guidance I draw on doesn't cover this, so I'd rather not guess.

It covers mentoring: finding a mentor and writing the first message, preparing for meetings, giving and \
receiving feedback, following up after a session, and keeping a mentorship healthy (how often to meet, \
cancellations, disagreements, ending well). If your question has a mentoring side, for example how to talk it \
through with a mentor, ask me that and I'll help."""
"""The answer when no card is relevant: said plainly, citing nothing."""
NOT_COVERED_WITH_MENTOR = NOT_COVERED_REPLY.split(" If your question", 1)[0] + """ If one of those is part of what \
you're facing, ask me about that part and I'll help."""
"""The same, to a question that already names a mentor or mentee: "if your question has a mentoring side" read as
if the asker had not given one (review 86: a reference letter from a mentor)."""


_NAMED_ONLY_IN_PASSING = lazy_regex(
    r"\b(?:reference|recommendation)\s+letters?\b|\bletters?\s+of\s+(?:recommendation|reference)\b|"
    r"\b(?:be|act as)\s+(?:my|a)\s+referee\b|\b(?:write|give)\s+(?:me\s+)?a\s+reference\b", re.IGNORECASE)
"""Asks the cards name only in passing, never how to make ("…only when you need a reference letter"): a
question on how to ask for one got "book the meetings yourself" (review 88), so it is said to be not covered."""


def not_covered_reply(question: str) -> str:
    """The plain "not covered" answer, worded for whether the question already names a mentoring relation."""
    return NOT_COVERED_WITH_MENTOR if _NAMES_A_MENTORING_RELATION.search(question) else NOT_COVERED_REPLY


_NAMES_A_MENTORING_RELATION = lazy_regex(r"\bmentor(?:s|ee|ees|ing|ship)?\b", re.IGNORECASE)


def is_crisis(question: str) -> bool:
    """Whether the question contains language that may signal a crisis."""
    return bool(CRISIS.search(plain(question)))


def crosses_a_line(question: str) -> bool:
    """Whether the question describes someone crossing from mentoring into the personal."""
    return bool(CROSSED_LINE.search(plain(question)))


def describes_conduct(question: str) -> bool:
    """Whether the question describes conduct that puts people down for who they are (see :data:`CONDUCT`)."""
    return bool(CONDUCT.search(plain(question)))


def without_reporting(question: str) -> str:
    """The question without its part on reporting conduct, when it describes such conduct; else as asked."""
    if not describes_conduct(question):
        return question
    return _REPORTING_IT.sub("", question).strip() or question


def off_topic(question: str) -> str | None:
    """The out-of-scope topic of a question, or None when it is (or might be) about mentoring or work."""
    if find_phrases(question, IN_SCOPE):
        return None
    for topic, signals in OFF_TOPIC.items():
        if find_phrases(question, signals):
            return topic
    return None


@dataclass(frozen=True)
class _Unit:
    """One usable piece of guidance: a list item or a sentence, with where it came from."""

    text: str
    number: int
    position: int
    pitfall: bool
    score: float
    step: bool = False
    """From a "How to do it" section: something to do, which an answer leads with over why it matters."""


_NOT_ADVICE = ("say it", "when this helps", "example question", "rehearse")
"""Sections that are not advice: example phrasings (used separately), sample user questions, practice."""
_FIRST_PERSON = lazy_regex(r"^(?:i|i'm|i've|i'd|my|we|our)\b", re.IGNORECASE)
_EXAMPLE = lazy_regex(r"^\s*(?:stronger|better|try|say)(?:\s*\((?P<voice>mentor|mentee)\))?\s*:\s*[\"“](?P<quote>.+?)"
                      r"[\"”]\s*$", re.IGNORECASE | re.M)
"""A card's example line; "Stronger (mentor): …" says whose voice it is in, for an asker on that side."""
_SKIP_LINE = lazy_regex(r"^\s*(?:weak|stronger|better|try)(?:\s*\([a-z]+\))?\s*:", re.IGNORECASE)




@lru_cache(maxsize=128)
def _card_file_sections(path: str, modified: float) -> tuple[tuple[str, str], ...]:
    text = Path(path).read_text("utf-8")
    return tuple(split_sections(split_front_matter(text)[1], "Guidance"))


def card_sections(result: SearchResult) -> list[tuple[str, str]]:
    """Every section of the retrieved card, or just the passage when it is not a Markdown card on disk.

    Retrieval returns one passage per card; an answer reads better when it can draw its points from
    the whole card (steps, pitfalls, an example line), and citing any of them cites the same card.
    """
    path = Path(result.source)
    if path.suffix.lower() == ".md" and path.is_file():
        try:
            return list(_card_file_sections(str(path), path.stat().st_mtime))
        except (OSError, UnicodeDecodeError):
            pass
    return [(result.heading, result.text)]


def _units(result: SearchResult, number: int, wanted: set[str]) -> list[_Unit]:
    units: list[_Unit] = []
    for heading, text in card_sections(result):
        units += _section_units(heading, text, number, wanted, offset=len(units))
    return units


def _section_units(heading: str, text: str, number: int, wanted: set[str], offset: int) -> list[_Unit]:
    heading = heading.lower()
    if any(skip in heading for skip in _NOT_ADVICE):
        return []
    pitfall = any(word in heading for word in ("pitfall", "mistake", "avoid", "trap"))
    lines = [ln for ln in text.splitlines() if not _SKIP_LINE.match(ln) and is_heading(ln) is None]
    body = "\n".join(lines)
    listed = bool(list_items(body))
    # ("Use the first meeting to agree the basics…" above a card's list is its step too, review 85)
    before_list = body.split("\n")[: next(i for i, ln in enumerate(lines) if list_items(ln))] if listed else lines
    prose = [s for s in re.split(r"(?<=[.!?])\s+", re.sub(r"\s+", " ", "\n".join(before_list)))
             if s and not s.rstrip().endswith(":")]
    # (only an instruction: "Small habits show respect for a mentor's time" above a list introduces it, no advice)
    pieces = [s for s in prose if not listed or _is_imperative(s)] + list_items(body)
    units = []
    for position, piece in enumerate(pieces, start=offset):
        cleaned = trim_end(_CROSS_REFERENCE.sub("", re.sub(r"\*\*|__", "", piece)))
        if len(cleaned.split()) < 4 or piece.rstrip().endswith("?") or _FIRST_PERSON.match(cleaned):
            continue  # a sample question or a user's own words, not advice
        if listed and _under_a_signs_intro(body, piece):
            cleaned = f"A sign to watch for: {cleaned[:1].lower()}{cleaned[1:]}"
        overlap = len(wanted & set(content_stems(cleaned)))
        score = 2.0 * overlap + (1.0 if "how" in heading else 0.0) - 0.1 * position - 0.3 * number
        units.append(_Unit(clip_words(cleaned, 40), number, position, pitfall, score, step="how" in heading))
    return units


_SIGNS_INTRO = lazy_regex(r"\b(?:signs?|watch for|red flags?|symptoms?)\b", re.IGNORECASE)


def _under_a_signs_intro(body: str, item: str) -> bool:
    """Whether a list item's own intro ("Watch for these signs…:") lists signs, never advice (review 73).

    Only the intro just above its list counts: "What to do when you notice two or more:" starts a list of advice
    after the signs (review 78: every step was said as "A sign to watch for: …").
    """
    at = body.find(item[:40])
    intros = [ln for ln in body[: max(at, 0)].splitlines() if ln.rstrip().endswith(":")]
    return bool(intros) and _SIGNS_INTRO.search(intros[-1]) is not None


def _select(units: Sequence[_Unit], count: int) -> list[_Unit]:
    """The ``count`` best units, at most two per passage unless the guidance is too thin for that."""
    ranked = sorted(units, key=lambda u: -u.score)
    chosen: list[_Unit] = []
    per_passage: dict[int, int] = {}
    for unit in ranked:
        if per_passage.get(unit.number, 0) < 2 and len(chosen) < count:
            chosen.append(unit)
            per_passage[unit.number] = per_passage.get(unit.number, 0) + 1
    chosen += [u for u in ranked if u not in chosen][: count - len(chosen)]
    return chosen


def _by_relevance(question: str, units: Sequence[_Unit]) -> tuple[list[_Unit], float]:
    """Units re-scored by their similarity to the question, and the floor a point must reach."""
    if not units:
        return [], 0.0
    scores, _, point_floor = similarity(question, [u.text for u in units])
    # a step of what to do beats a sentence on why it matters, at about the same closeness to the question
    scores = [score + (STEP_BONUS if unit.step else 0.0) for unit, score in zip(units, scores, strict=True)]
    floor = max(point_floor, max(scores) - POINT_MARGIN)
    return [replace(u, score=score) for u, score in zip(units, scores, strict=True)], floor


def _for_the_askers_side(units: list[_Unit], guidance: Sequence[SearchResult], role: str | None) -> list[_Unit]:
    """Only points from cards written for the asker's side, when the question says which side that is.

    A team lead asking how to give feedback was answered from the card on asking for it ("Send material a
    few days before you want to discuss it"). Every point is kept when no card fits the side.
    """
    if role is None:  # ("Mentors: be honest with yourself…" is said to a mentor, not to whoever asks)
        return [u for u in units if not _ROLE_LABEL.match(u.text)] or units
    other = "mentor" if role == "mentee" else "mentee"
    # ("Mentors: listen to the mentee's perspective…" in a card for both is not said to a mentee)
    # ("Telling your mentor, respectfully, when something isn't working…" is not said to a mentor either)
    # ("Let the junior mentor set the agenda…" said to the junior mentor asking, the stop hook's sample)
    fitting = [u for u in units if guidance[u.number - 1].audience in (role, "both")
               and not re.match(rf"^{other}s?\s*:", u.text, re.IGNORECASE)
               and not re.match(rf"^let (?:the|your) (?:\w+ )?{role}s?\b", u.text, re.IGNORECASE)
               and not re.search(rf"\byour {role}s?\b", u.text, re.IGNORECASE)
               # (nor a step under "To raise what isn't working with your mentor:", asked by a mentor, review 89)
               and not (u.step and re.search(rf"\byour {role}s?\b", _intro(guidance[u.number - 1]), re.IGNORECASE))]
    return fitting or units


def _intro(passage: SearchResult) -> str:
    """The line a passage's list is introduced by ("To raise what isn't working with your mentor:")."""
    return next((line for line in passage.text.splitlines() if line.strip()), "")


_WRITTEN_CHANNEL = lazy_regex(r"\b(?:online|on-?line|e-?mail|emails?|linkedin|dm|dms|internet|remotely|in writing|"
                              r"(?:send|write|writing)\s+(?:a\s+|an\s+|the\s+)?(?:message|note|email|letter))\b",
                              re.IGNORECASE)
_IN_PERSON = lazy_regex(r"\b(?:in person|face to face|face-to-face|in real life|irl)\b", re.IGNORECASE)


def _for_the_channel(units: list[_Unit], guidance: Sequence[SearchResult], question: str) -> list[_Unit]:
    """No points from a card about asking in person when the question is about reaching someone online.

    "How I find mentor online and what I say first?" was answered "Choose the moment: not while they're rushing
    off" (review 74). Every point is kept when no other card is left.
    """
    if not _WRITTEN_CHANNEL.search(question) or _IN_PERSON.search(question):
        return units
    return [u for u in units if not _IN_PERSON.search(guidance[u.number - 1].title)] or units


_ASKED = lazy_regex(r"(?:^|(?<=[.!?])\s+)(?P<asked>[^.!?]{12,}\?)")


_WHAT_TO_DO = lazy_regex(r"\bwhat\s+(?:should|shall|can|do|could)\s+i\s+do\W*$|"
                         r"\bwhat\s+(?:i|to)\s+(?:should\s+|can\s+)?do\W*$|\bhow\s+(?:do|should|can)\s+i\s+(?:handle|deal\s+with)\s+(?:this|it)\W*$",
                         re.IGNORECASE)
"""A question that asks only what to do ("what i should do?"), its situation told before it."""


def _lead_for(question: str, units: Sequence[_Unit], card_lift: Mapping[int, float]) -> _Unit:
    """The opening point, judged against the question itself when a story comes with it.

    "how do i end a mentorship politely? its been 1 yr, he's nice but… small talk": the story pulled the
    opening to "Follow up with a short written thank-you"; the points are still chosen against all of it.
    """
    asked = asked_part(question)
    if _GETTING_READY.search(asked):
        # ("how do I prepare for a first mentoring meeting?" opened "During the meeting, ask for clarification…":
        # asked how to get ready, a step for the meeting itself or after it is no opening)
        units = [u for u in units if not _IN_OR_AFTER_THE_MEETING.match(_LABEL.sub("", u.text))] or units
    if not _ABOUT_AN_AGENDA.search(question):
        # (an agenda's slot, "Open items first (5-10 min): report on…", is no opening for "how do I steer the
        # meeting…", review 84)
        units = [u for u in units if not _AGENDA_SLOT.match(u.text)] or units
    if not _WANTS_IT_ENDED.search(question):
        # ("…he writes my reference letters, I don't want to lose the relationship" opened "Give them a graceful way
        # out by asking whether now is the wrong time…", the card's last resort, against the asker's goal, review 99)
        units = [u for u in units if not _LAST_RESORT.match(_LABEL.sub("", u.text))] or units
    if _CHANGING_THE_RHYTHM.search(question) and not _AT_A_STAGE.search(question):
        # ("how do i ask him to meet more often without sounding needy" opened "At the start, meet more often…": one
        # who wants to change the rhythm they have is past the start, session 76)
        units = [u for u in units if not _STAGE_CASE.match(_LABEL.sub("", u.text))] or units
    # ("how to end it nicely…?" after the story: "it" is the story's, so the lead is judged on all of it, review 85)
    if _WHAT_TO_DO.search(asked) or _GETTING_READY.search(asked):
        # "…i am afraid to say something because he is very senior. what i should do?" opened on the card's last
        # resort, "Give them a graceful way out…" (review 89): asked what to do, the first steps come first
        chosen = _lead(units, card_lift, WHAT_TO_DO_ORDER)
    elif asked == question or _POINTS_BACK.search(asked):
        chosen = _lead(units, card_lift)
    else:
        rescored, _ = _by_relevance(asked, units)
        picked = _lead(rescored, card_lift)
        chosen = next(u for u in units if (u.number, u.position) == (picked.number, picked.position))
    doing_it = _step_doing_what_was_asked(asked, units, chosen) or _step_in_the_askers_words(asked, units, chosen)
    if doing_it:
        return doing_it
    if _MAY_I.search(asked):
        # "is it ok to ask for another mentor outside the ward?" opened "Keep confidences separate…": a question
        # whether something is all right is answered by the card's sentence that says it is, when it has one
        says_so = [u for u in units if u.number == chosen.number and _SAYS_IT_IS_FINE.search(u.text)]
        if says_so:
            return max(says_so, key=lambda u: u.score)
    return chosen


def _step_doing_what_was_asked(asked: str, units: Sequence[_Unit], chosen: _Unit) -> _Unit | None:
    """The first step of the chosen card that opens with the verb the asker asks how to do, if the lead does not.

    "How I can raise this with him?" opened on the card's last resort, "Give them a graceful way out…", when its
    step "Raise it at the start of your next conversation…" does what was asked (review 95).
    """
    doing = _HOW_DO_I.search(asked)
    if not doing:
        return None
    verb = doing["verb"].lower()
    # ("how do I bring this up…": to bring it up is to raise it, the card's word, review 96)
    verb = "raise" if verb == "bring" and re.search(r"\bbring\s+(?:this|it|that)\s+up\b", asked, re.I) else verb

    def opens_with_it(unit: _Unit) -> bool:
        return _LABEL.sub("", unit.text).lower().startswith(f"{verb} ")

    same_verb = [u for u in units if u.number == chosen.number and u.step and opens_with_it(u)]
    return min(same_verb, key=lambda u: u.position) if same_verb and not opens_with_it(chosen) else None


def _step_in_the_askers_words(asked: str, units: Sequence[_Unit], chosen: _Unit) -> _Unit | None:
    """The first step of the chosen card that says two words of the question in a row, if the lead says none.

    "how do i ask him to meet more often…" opened "Leave enough time between meetings…" when the card's step "Tie
    frequency to what's happening: more often around a job change…" says what was asked (session 76).
    """
    pairs = _word_pairs(asked)
    if not pairs or pairs & _word_pairs(chosen.text):
        return None
    saying = [u for u in units if u.number == chosen.number and u.step and not u.pitfall
              and pairs & _word_pairs(u.text) and not _STAGE_CASE.match(_LABEL.sub("", u.text))]
    return min(saying, key=lambda u: u.position) if saying else None


def _word_pairs(text: str) -> set[tuple[str, str]]:
    """Two words in a row, neither of them a word nearly every sentence has."""
    words = re.findall(r"[a-z']+", text.lower())
    return {(a, b) for a, b in itertools.pairwise(words) if a not in _FILLER and b not in _FILLER}


_FILLER = word_set("a an the i me my we our you your he him his she her they them their it its to of in on at for "
                   "with and or but do does did how what when can could should would is are be been was "
                   "this that so if as by from ask")


_HOW_DO_I = lazy_regex(r"\bhow\s+(?:(?:do|can|should|could)\s+i|i\s+(?:can|should|could))\s+(?P<verb>[a-z]+)\b",
                       re.IGNORECASE)
"""What the asker asks how to do ("How I can raise this with him?")."""
_GETTING_READY = lazy_regex(r"\bprepar(?:e|ing)\b|\bget(?:ting)?\s+ready\b|\bbefore\s+(?:the|my|our|a)\s+"
                            r"(?:first\s+)?(?:meeting|session|call)\b", re.IGNORECASE)
"""A question about getting ready for a meeting."""
_IN_OR_AFTER_THE_MEETING = lazy_regex(r"(?:during|in|after|afterwards?|at the end of)\b"
                                      r"(?:\s+the\s+(?:meeting|session|call))?\s*,", re.IGNORECASE)
"""A step for the meeting itself or after it ("During the meeting, ask for clarification…")."""
_ABOUT_AN_AGENDA = lazy_regex(r"\bagenda|\bstructure\b|\bwhat (?:to|should (?:i|we)) (?:cover|put|bring up)\b",
                              re.IGNORECASE)
"""A question about what a meeting covers, which an agenda's slots answer."""
_MAY_I = lazy_regex(r"\bis it (?:ok|okay|alright|all right|fine|normal|acceptable|weird|rude|bad|wrong)\b"
                    r"|\b(?:can|may) i\b|\bam i allowed\b", re.IGNORECASE)
"""A question whether something is all right to do."""
_SAYS_IT_IS_FINE = lazy_regex(r"\b(?:it['’]?s|it is|that['’]?s|that is)\s+(?:fine|ok|okay|normal|common|reasonable|"
                              r"acceptable|healthy|usual)\b", re.IGNORECASE)


_ONLY_WHEN_NAMED = {
    "reverse-mentoring": lazy_regex(r"\breverse|\b(?:mentor|mentoring|teach|teaching|coach|coaching)\s+"
                                    r"(?:my|our|the|a)\s+(?:\w+\s+)?(?:boss|ceo|director|manager|vp|head|executive|"
                                    r"partner|senior)\b", re.IGNORECASE),
}
"""Cards for one kind of mentoring, by id, and the words a question names it with."""
_ASKED_WITHOUT_MARK = lazy_regex(r"(?:^|(?<=[.!])\s+)(?P<asked>(?:what|how|should|when|where|which|who|why)\b"
                                 r"[^.!?]{12,}?)\W*$", re.IGNORECASE)


def asked_part(question: str) -> str:
    """The question itself when a story comes with it ("how do i end a mentorship politely? its been 1 yr…")."""
    # ("…, i never mentored anybody. what should first meeting look like": a question typed without its "?")
    asked = _ASKED.search(question) or _ASKED_WITHOUT_MARK.search(question)
    # ("what should i do?" after the story says nothing of what about: the whole question it is)
    if asked is None or asked["asked"].strip() == question.strip() or len(content_stems(asked["asked"])) < 2:
        return question
    return asked["asked"].strip()


def _lead(units: Sequence[_Unit], card_lift: Mapping[int, float], order: float = STEP_ORDER_PENALTY) -> _Unit:
    """The opening point: the most relevant instruction from the most relevant card that has one.

    ``card_lift`` adds to a card's relevance by its number (see :func:`_card_lift`).
    """
    # (a point labelled for one side is left only when it is the asker's: "Mentors: make it safe to ask 'basic'
    # questions…" answers a mentor, see :func:`_for_the_askers_side`)
    advice = [u for u in units if not u.pitfall] or list(units)
    # ("Let the junior mentor set the agenda" tells someone else what to allow: the asker may be that mentor)
    advice = [u for u in advice if not _LET_SOMEONE.match(u.text)] or advice
    # ("Add a line of context to each…" opened an answer with nothing for "each" to stand for, review 52)
    advice = [u for u in advice if not _LEANS_BACK.search(u.text)] or advice
    # (a card is as relevant as its advice: "Mentors: be honest with yourself…" does not make its card the one)
    relevance = {n: max(u.score for u in advice if u.number == n) + card_lift.get(n, 0.0)
                 for n in {u.number for u in advice}}
    for number in sorted({u.number for u in advice}, key=lambda n: -relevance[n]):
        instructions = [u for u in advice if u.number == number and _is_imperative(u.text)]
        # ("…, if nothing arrives, consider shortening…", "if you wrap up, do it deliberately": an instruction for a
        # case the asker may not be in opens no answer while the card has one for every case, reviews 85 and 86)
        instructions = [u for u in instructions if not _IF_CASE.match(_LABEL.sub("", u.text))] or instructions
        if instructions:  # (a card's steps come in the order to do them: "Follow up with a short written thank-you",
            # its last, is seldom the answer to "how do I end a mentorship politely?", when "Tell them in a
            # conversation…" is about as close)
            return max(instructions, key=lambda u: u.score - (order * u.position if u.step else 0.0))
    return max(advice, key=lambda u: u.score)


_GIVER = lazy_regex(
    # ("my mentor give me lot of feedback": given to the asker, who receives it, review 81)
    r"\b(?:give|giving|deliver|delivering)\s+(?!me\b|us\b)(?:\w+\s+){0,3}?feedback\b|\bfeedback\s+to\s+(?:him|her|them|my)\b"
    r"|\bmy\s+(?:mentees?|reports?|direct reports?|team|interns?|apprentices?|trainees?)\b"
    r"|\bi(?:'m|\s+am)\s+(?:a\s+|the\s+)?(?:new\s+)?(?:team lead|manager|mentor|supervisor)\b"
    r"|\b(?:i|asked|agreed|volunteered|chosen|picked|going|want|wants|like|love)\s+(?:to\s+)?(?:reverse[- ])?mentor\b"
    r"(?!\s+me\b)|\bi(?:'m|\s+am|['’]?ve\s+been|\s+have\s+been)\s+(?:reverse[- ])?mentoring\b", re.IGNORECASE)
_RECEIVER = lazy_regex(
    r"\bmy\s+(?:mentor|manager|boss|supervisor|team lead)\b"
    r"|\b(?:get|getting|ask for|asking for|receive|received|got)\s+(?:\w+\s+){0,2}?feedback\b"
    r"|\b(?:give|gives|giving|gave)\s+(?:me|us)\s+(?:\w+\s+){0,3}?feedback\b"
    r"|\bmentor\s+me\b", re.IGNORECASE)


_ASKED_TO_MENTOR = lazy_regex(r"\b(?:to|me)\s+(?:reverse[- ])?mentor\s+(?:a|an|the|this|our|some|someone|him|her|them|"
                              r"new)\b|\bmentoring\s+(?:a|an|this|two|three|\d+)\s|\bnever\s+(?:mentored|been\s+a\s+mentor)\b|\bmentored\s+(?:anybody|anyone)\b",
                              re.IGNORECASE)
"""The asker is to be the mentor, whoever asked them ("my boss asked me to mentor the new guy", review 85)."""


def asker_role(question: str) -> str | None:
    """"mentor" when the asker gives the help or feedback, "mentee" when they seek it, None when unclear."""
    if _ASKED_TO_MENTOR.search(question):
        return "mentor"
    giver, receiver = bool(_GIVER.search(question)), bool(_RECEIVER.search(question))
    return None if giver == receiver else ("mentor" if giver else "mentee")


def _is_imperative(text: str) -> bool:
    """Whether a piece of guidance is an instruction ("Raise it early...") rather than a description."""
    text = _LEADING_WHEN.sub("", _LABEL.sub("", text))  # "At the start, meet more often…": the verb after it
    return _is_base_verb(text.split(" ")[0])


def _is_base_verb(word: str) -> bool:
    """A verb's base form in our table, or one made from it with "re" ("Reassess goals…", "Revisit…").

    (Not any word lemminflect knows as a verb: "Frequent cancellations…", "Second topic…" and "Reverse
    mentoring flips…" begin with one.)
    """
    lowered = word.lower()
    if lowered.startswith("re") and verb_base(lowered) is None:
        lowered = lowered[2:]
    return verb_base(lowered) == lowered


_LEADING_WHEN = lazy_regex(r"^(?:at|in|on|for|after|before|during|once|when|if|early|later|then|first)\b[^,]{0,30},\s+",
                           re.IGNORECASE)
"""A short phrase of when or if before an instruction ("At the start, meet…", "Once a quarter, review…")."""


def _without_lone_slots(points: Sequence[_Unit], lead: _Unit) -> list[_Unit]:
    """The points less any slot of a sample agenda ("Wrap-up (5 min): …") whose card gives no other slot.

    A slot is one line of a plan: with its neighbours it answers "what should my agenda be?", alone it
    reads as a stray label ("Wrap-up (5 min): repeat back…" for "how do I make our 30 minutes count?").
    """
    slots = Counter(u.number for u in (lead, *points) if _AGENDA_SLOT.match(u.text))
    return [u for u in points if not _AGENDA_SLOT.match(u.text) or slots[u.number] > 1]


def _for_another_case(text: str, wanted: set[str]) -> bool:
    """Whether a point is for a case the question never names: its condition shares no telling word with it.

    "If you must reschedule, tell them as soon as you know…" answered "how do I make our 30 minutes count?".
    """
    plain_text = _LABEL.sub("", text)
    # ("At the start, meet more often…" answered a mentee two months between meetings asking to meet more, review 97:
    # a stage of the mentorship is a case too)
    if not _IF_CASE.match(plain_text) and not _STAGE_CASE.match(plain_text):
        return False
    condition = plain_text.split(",", 1)[0]
    return _shared_words(wanted, content_stems(condition)) == 0


def _point(unit: _Unit) -> str:
    text = f"Watch out for {lower_first(unit.text)}" if unit.pitfall else upper_first(unit.text)
    return f"{text} [{unit.number}]."


_CROSS_REFERENCE = lazy_regex(r"\s*\(see (?:the )?[\w-]+(?: card)?\)|;\s*see the [\w-]+ card\b", re.IGNORECASE)
"""A pointer to another card by its file name ("(see the end-a-mentorship-gracefully card)"): not for the reader."""
_AGENDA_SLOT = lazy_regex(r"^[^:()]{2,30}\(\d+(?:\s*[-–]\s*\d+)?\s*min(?:utes)?\)\s*:", re.IGNORECASE)
"""One line of a sample agenda: a label, its minutes in brackets, then a colon ("Main topic (20 min): …")."""
_LEANS_BACK = lazy_regex(r"\beach(?:\s+(?:as|so|to|with|in|and|or)\b|\s*[,.;:]|\s*$)")
"""A step that stands for the one before it ("Rewrite each as…"): no first sentence of an answer."""
_LET_SOMEONE = lazy_regex(r"^let (?:the|your) (?:\w+ )?(?:mentors?|mentees?|person|people)\b", re.IGNORECASE)
"""An instruction to allow a role something, said about them rather than to the asker."""
_ROLE_LABEL = lazy_regex(r"^(?:mentors?|mentees?)\s*:", re.IGNORECASE)
"""Advice addressed to one side only ("Mentors: hold your advice lightly") does not open an answer."""
SHORT_CONDITION_WORDS = 6
"""A condition after the thing asked ("…when I am shy") is said back up to this many words."""
_CONDITION_AFTER = lazy_regex(r"\s+(?:if|when|because|since|although|though|and\s+(?:i'?m|im))\s+", re.IGNORECASE)
"""Where the asker's situation starts after the thing they ask how to do."""
_IF_CASE = lazy_regex(r"^(?:if|when|once|whenever|unless)\b", re.IGNORECASE)
_SAYING = lazy_regex(r"(?:^|\b)(?:ask|asking|tell|telling|raise|raising|say|saying|bring\s+(?:it|this|that)\s+up|"
                     r"bring up|talk|talking|mention|suggest|propose|explain|approach|word|phrase|put|write|message|"
                     r"email|offer|request|name|describe|check|invite)\b", re.IGNORECASE)
"""Words of saying something: a "how do I ask…" is answered "To ask…," only by a point about what to say."""
_STAGE_CASE = lazy_regex(r"^(?:at the (?:start|beginning|outset)|early on|at first|in the (?:first|early) \w+|"
                         r"once (?:things|it|the relationship|the mentorship) (?:are|is) "
                         r"(?:established|settled|running))\s*,", re.IGNORECASE)
"""A stage of a mentorship before an instruction ("At the start, meet more often…"): for that stage only."""
_AT_A_STAGE = lazy_regex(r"\b(?:start|starting|begin|beginning|first|new|early|just (?:met|matched|paired|started)|"
                         r"established|settled|(?:a|one|two|three|few|several|\d+) (?:years?|months?))\b",
                         re.IGNORECASE)
"""A question that says at what stage the mentorship is ("we've just started", "after two years")."""
_LAST_RESORT = lazy_regex(r"^give them a graceful way out\b", re.IGNORECASE)
"""A card's last resort, offering the mentor a way out: never the opening unless the asker wants it to end."""
_WANTS_IT_ENDED = lazy_regex(r"\b(?:end|ending|stop|stopping|quit|step back|let (?:him|her|them) go|too busy to "
                             r"mentor|still (?:want|have time) to mentor|wants? out)\b", re.IGNORECASE)
"""A question that is about whether the mentorship should go on."""
_CHANGING_THE_RHYTHM = lazy_regex(r"\b(?:more|less)\s+(?:often|frequently|regularly)\b", re.IGNORECASE)
"""A question about meeting more or less often than now."""
_LABEL = lazy_regex(r"^[A-Z][\w -]{1,20}:\s+(?=\S)")
_YES_NO = lazy_regex(r"(?i)^(?:is it|is that|should i|should we|can i|do i|would it be|am i|are|is|was it|would i)\b")


_CARDS_OWN_EXAMPLE = lazy_regex(r",?\s+(?:such as|for example|e\.g\.,?)\s+(?:the|a|an|your|[a-z]+ing)\s+[^,;:()]+?"
                                r"(?=[.!]?$)", re.IGNORECASE)  # ("…, such as using AI tools for research or…")
"""A card's example at the end of its sentence ("…, such as the move from agency to in-house marketing"): the
opening is said to the asker, so a story that is not theirs is left to the points."""


def _without_others_example(text: str, wanted: set[str]) -> str:
    """``text`` without the card's own example at its end, unless the example is the asker's case too."""
    # ("name the one thing you want to discuss, such as the move from agency to in-house marketing" opened an answer
    # to a 52-year-old retraining as a teacher, as if the card's example were theirs, review 75)
    # ("Agree a clear focus, such as using AI tools for research…" to one asked to reverse-mentor a CEO on AI tools:
    # the example is theirs, and without it the opening was a bare "Agree a clear focus", sample ask-reverse)
    example = _CARDS_OWN_EXAMPLE.search(text)
    if example is None or not _shares_a_word(wanted, content_stems(example.group())):
        return _CARDS_OWN_EXAMPLE.sub("", text)
    # of "…, such as using AI tools for research or understanding how the team uses TikTok…", the asker's alternative
    first = re.split(r"\s+or\s+", example.group(), maxsplit=1)[0]
    return text[: example.start()] + (first if _shares_a_word(wanted, content_stems(first)) else example.group())


def _opening(question: str, lead: _Unit, wanted: set[str], title: str = "") -> str:
    """A first sentence that answers the question directly, built on the most relevant point.

    ``wanted`` holds the telling words of the whole question, story included; ``title`` is the lead's card's.
    """
    asked = tidy(question).rstrip("?. ")
    text = _without_others_example(_LABEL.sub("", lead.text), wanted)
    # ("If you still differ, say so…": a leading "if" or "when" is a plain word, lower-cased after the comma)
    plain_start = text[:1].lower() + text[1:] if _LEADING_WHEN.match(text) else lower_first(text)
    core = f"avoid {lower_first(text)}" if lead.pitfall else plain_start
    imperative = lead.pitfall or _is_imperative(text)
    point = core if imperative else f"keep this in mind: {core}"
    marker = f" [{lead.number}]."
    # ("How I can find a mentor…": the word order of a second language is the same question)
    # ("how do u end a mentoring relationship…" said back "To you end…", review 74: "u" is the asker too)
    how = re.match(r"(?i)^how (?:(?:do|can|should|would|could|might|to) (?:i |we |you |u )?|"
                   r"(?:i|we) (?:can|should|could) )\s*(.+)$", asked)
    # ("how do i end mentorship with my mentor, we havent met in 4 months": what follows a comma or a
    # dash is the situation, not the thing to do, so the opening only works with a goal said in one piece)
    # ("how do i ask someone to be my mentor if english is not my first language and im worried…": the thing to do
    # is said, its condition is the asker's situation, never echoed back in their shorthand, review 54)
    goal = how.group(1) if how else ""
    # ("how do I bring this up or should i just find another mentor": the second question is its own, never part of
    # "To bring this up or should you just find…", review 96)
    goal = re.split(r"\s+or\s+(?:should|shall|do|can|could|would|must)\s+(?:i|we)\b", goal, maxsplit=1,
                    flags=re.IGNORECASE)[0]
    condition = _CONDITION_AFTER.search(goal)
    if condition and len(goal[condition.end():].split()) > SHORT_CONDITION_WORDS:
        goal = goal[: condition.start()]  # ("when I am shy" is short enough to say back)
    # ("To ask him to meet more often without sounding needy, at the start, meet more often…": a point that opens on
    # its own "At the start," reads as two openings spliced, review 97)
    fronted = re.match(r"^(?:\w+\s+){0,3}\w+,", point) is not None
    # ("To ask him to meet more often…, leave enough time between meetings…": asked how to say something, a point
    # that says nothing about saying it is no answer to "how", review 97)
    fronted = fronted or (_SAYING.match(goal) is not None and not _SAYING.search(point))
    # ("To make your meetings more useful, raise it early…": after the goal, "it" reads as the goal, review 99; "To
    # raise cancellations…, raise it…" is right, the goal says what "it" is)
    # ("Should I end with Mr. Chen? How do I start with the new one?" got "To start with the new one, decide what you
    # want next: a full stop…", the ending card's step under the other question's goal, review 100)
    fronted = fronted or (bool(title) and not _shares_a_word(set(content_stems(goal)), content_stems(
        f"{title} {lead.text}")))
    fronted = fronted or (_SAYING.match(goal) is None and re.match(r"^[a-z]+\s+(?:it|this|that)\b(?!\s+(?:is|was)\b)",
                                                                    point) is not None)
    if how and 2 <= len(goal.split()) <= 20 and not re.search(r",|\s[-–—]\s|;", goal) and not fronted:
        # ("how do i make our meetings more useful": to the asker, "your meetings", review 99)
        goal = re.sub(r"\bour\b", "your", to_second_person(expand_shorthand(goal)), flags=re.IGNORECASE)
        return f"To {lower_first(goal)}, {point}{marker}"
    when = re.match(r"(?i)^what (?:should|can|do) i (?:do|say|write) (when|if) (.+)$", asked)
    if when and len(when.group(2).split()) <= 20 and not re.search(r",|\s[-–—]\s|;", when.group(2)):
        return f"{when.group(1).capitalize()} {lower_first(to_second_person(when.group(2)))}, {point}{marker}"
    if (_YES_NO.match(asked) or _MAY_I.search(asked)) and _SAYS_IT_IS_FINE.search(text):
        # the guidance says it is fine ("It's fine to tell mentors…"), and after the colon the sentence goes on
        said = re.sub(r"^(It|That)\b", lambda m: m.group(1).lower(), core)
        return f"Usually, yes: {said}{marker}"
    if _YES_NO.match(asked):
        return f"It depends on how you go about it, and the guidance is clear on one thing: {core}{marker}"
    return f"The short answer: {upper_first(core)}{marker}"


_EVERY_CARD = frozenset(content_stems(
    "mentor mentee mentoring mentorship time make get work need want help minutes hours weeks meet meeting session ask "
    "talk question"))
"""Words nearly every card and question share: they say nothing about whether an example fits."""


def _card_lift(guidance: Sequence[SearchResult], wanted: set[str]) -> dict[int, float]:
    """What each card's place in retrieval and its title add to its relevance when choosing the lead.

    MiniLM scores single sentences noisily: one sentence of the third card that sounds like the question
    ("Every few months, check your progress…" for "how often should I meet?") outscored the card on how
    often to meet, and "When a mentee brings a problem, ask…" the cards on feedback for "how do I give
    feedback about missed deadlines?". Retrieval's order and a telling word in the title settle such near-ties.
    """
    # (a short word counts in a title: "how do i end it?" is the card on "Ending a mentorship", review 87)
    short = {w for w in wanted - _EVERY_CARD if len(w) == 3}
    return {number: TITLE_LIFT * (_shares_a_word(wanted, content_stems(g.title)) or bool(
        short & set(content_stems(g.title)))) - LEAD_RANK_PENALTY * (number - 1)
            for number, g in enumerate(guidance, start=1)}


def _situation_closeness(question: str, guidance: Sequence[SearchResult]) -> float:
    """How close the question is to the nearest situation the retrieved cards list under "When this helps"."""
    situations = [line for g in guidance for heading, text in card_sections(g) if "when this helps" in heading.lower()
                  for line in list_items(text)]
    return max(similarity(question, situations)[0], default=0.0) if situations else 0.0


def _written_for(question: str, guidance: Sequence[SearchResult]) -> set[int]:
    """The card (by number) whose "When this helps" lists the question's situation, if one clearly does.

    "I got a job offer…, should I tell my mentor?" opened with "Don't quote one mentor to another" (a sentence
    that sounds like it) when the card on being open with a mentor lists that very situation. Its situation must
    be as close as :data:`SITUATION_MATCH` and closer by :data:`SITUATION_MARGIN` than any other card's.
    """
    situations = [(number, line) for number, g in enumerate(guidance, start=1)
                  for heading, text in card_sections(g) if "when this helps" in heading.lower()
                  for line in list_items(text)]
    if not situations:
        return set()
    lines = [line for _, line in situations]
    # (the question itself as well as the story around it: "…she's 17 and very quiet, barely asks anything. how do I
    # get her to open up…?" is a listed situation once the story is set aside, review 92)
    readings = dict.fromkeys([question, asked_part(question)])
    scores = [max(found) for found in zip(*(similarity(reading, lines)[0] for reading in readings), strict=True)]
    best: dict[int, float] = {}
    for (number, _), score in zip(situations, scores, strict=True):
        best[number] = max(best.get(number, 0.0), score)
    ranked = sorted(best.items(), key=lambda item: -item[1])
    top, runner_up = ranked[0], (ranked[1][1] if len(ranked) > 1 else 0.0)
    return {top[0]} if top[1] >= SITUATION_MATCH and top[1] - runner_up >= SITUATION_MARGIN else set()


def _shares_a_word(wanted: set[str], stems: Sequence[str]) -> bool:
    return _shared_words(wanted, stems) > 0


def _shared_words(wanted: set[str], stems: Sequence[str]) -> int:
    """How many of the question's telling words ``stems`` share."""
    # The stemmer cuts "cancelling" to "cancell" and "cancellations" to "cancellation": a shared start counts.
    telling = [w for w in wanted - _EVERY_CARD if len(w) >= 4]
    return sum(any(s.startswith(w) or w.startswith(s) for s in stems if len(s) >= 4) for w in telling)


def _example(
    guidance: Sequence[SearchResult], used: set[int], wanted: set[str] | None, role: str | None = None,
    question: str = "", lead: int = 0,
) -> str | None:
    """An example line that shares a telling word with the question (``wanted``: its stems; None: any).

    Cards the answer cited (``used``, 1-based) are tried first, and of them the ``lead``'s card.

    The word may be in the line or its card's title. A card's example is written for one situation
    ("move our 3 p.m. call"): offered for another question ("how do I make our 30 minutes count?") it
    reads as off-topic, so it is left out.
    """
    # (another card than the lead's needs two of the question's telling words: "how do i end mentoring…, its not
    # useful for me anymore" got "what do you get out of mentoring? … useful for you too", review 83)
    # (only when the lead's card has examples of its own: without any, another card's fitting one is the answer's)
    leads_own = bool(lead) and 0 < lead <= len(guidance) and bool(_examples_in(guidance[lead - 1], role))
    candidates = [(index, quote) for index in range(len(guidance)) for quote in _examples_in(guidance[index], role)
                  if wanted is None or _shared_words(wanted, content_stems(f"{guidance[index].title} {quote}")) >= (
                      2 if leads_own and index + 1 != lead else 1)]
    # the cited cards' example nearest the question, by the question's words it shares, then by meaning: "I'm new to
    # this field, so some of my questions will be basic…" for shame at asking basic questions, never a card's first
    # example, on a slipped launch (review 80); an uncited card's only when no cited one has any
    # (never an uncited card's when the lead's card has examples of its own: "I can see we're at time, so I'll stop
    # here…" answered how to stop unpaid Saturday work, review 86)
    cited = [c for c in candidates if c[0] + 1 in used] or ([] if leads_own else candidates[:1])
    # the lead's card's own examples first: it is the answer, and a word shared by chance ("preparing a talk" for
    # "what should i prepare") drew another card's off-topic example (review 83)
    cited = [c for c in cited if c[0] + 1 == lead] or cited
    if not cited:
        return None
    quotes = [quote for _, quote in cited]
    scores = similarity(question, quotes)[0] if question and len(quotes) > 1 else [0.0] * len(quotes)
    shared = [len(wanted & set(content_stems(quote))) if wanted else 0 for quote in quotes]
    best = max(range(len(quotes)), key=lambda i: (shared[i], scores[i]))
    quote = tidy(quotes[best])
    quote = quote if len(quote.split()) <= 60 else clip_words(quote, 60) + "..."
    return f'For example, with your own details in place of these: "{quote}" [{cited[best][0] + 1}]'


def _examples_in(card: SearchResult, role: str | None) -> list[str]:
    """A card's example lines ("Stronger: …") an asker on ``role``'s side could say.

    Never the one asking to be mentored when a mentor asks, nor one marked for the other side; one marked for the
    asker's side comes alone ("how often should I meet my mentee?" got "…while I settle into the new role…",
    review 81).
    """
    if role and card.audience not in (role, "both"):
        return []  # ("Do you think Farah Haddad would be open to a short chat…" said to a new mentor, review 85)
    found = [(quote, voice) for _, text in card_sections(card) for quote, voice in _voiced_examples(text)
             if role != "mentor" or not _RECEIVER.search(quote)]
    theirs = [quote for quote, voice in found if role and voice == role]
    return theirs or [quote for quote, voice in found if not voice or voice == role]


def _voiced_examples(text: str) -> list[tuple[str, str]]:
    """A section's example lines, each with whose voice it is in ("" when either side could say it).

    "Stronger (mentor): …" says so itself; a line such as "A mentor hearing this kind of feedback:" says it for the
    examples after it ("Thanks for telling me. Let's change it…" was offered to a mentee, review 99).
    """
    found: list[tuple[str, str]] = []
    introduced = ""
    for line in text.splitlines():
        said_for = _VOICE_INTRO.match(line)
        if said_for:
            introduced = "mentor" if said_for["side"].lower().startswith("mentor") else "mentee"
            continue
        example = _EXAMPLE.match(line)
        if example:
            found.append((example["quote"], (example["voice"] or introduced).lower()))
    return found


_VOICE_INTRO = lazy_regex(r"^\s*(?:an?|for|as an?)\s+(?P<side>mentors?|mentees?)\b[^\"“:]*:\s*$", re.IGNORECASE)
"""A line that says whose voice the examples after it are in ("A mentor responding to pushback:")."""


_POINTS_BACK = lazy_regex(r"\b(?:tell|raise|say|bring up|mention|ask|explain|handle|address|end|stop|close|wrap up)\s+"
                          r"(?:(?:him|her|them)\s+)?(?:this|that|it)\b", re.IGNORECASE)
"""An ask whose object is the story before it ("how I can tell him this")."""
_ENDS_IT = lazy_regex(r"\b(?:end|stop|close|wrap up|quit|leave)\s+(?:it|this|that|the mentorship|things)\b",
                      re.IGNORECASE)
"""An ask to end what the story tells of ("how do i end it?")."""
_FIRST_MEETING = lazy_regex(r"\bfirst\s+(?:ever\s+)?(?:(?:mentoring|mentor|proper|real|official|one-on-one)\s+)?"
                            r"(?:meeting|session|call|mtg|sesh|chat|catch[- ]?up|1:1|1-1)\b|"
                            r"\b(?:new|first)\s+mentor\b[^.?!]*\b(?:meet|meeting|session|call)\b", re.IGNORECASE)
"""A question about a first meeting ("first meeting w new mentor next tues"): there is no earlier one to build on."""
_AN_EARLIER_MEETING = lazy_regex(r"\b(?:last time|last session|last meeting|previous (?:session|meeting)|"
                                 r"since (?:we|you) last|follow(?:ed|ing)? up on|what you agreed)\b", re.IGNORECASE)


def _without_asides(question: str) -> str:
    """The question without its bracketed asides ("(shes a master beekeeper, been doing it 40 yrs)")."""
    return tidy(re.sub(r"\s*\([^()]*\)", "", question))


def story_clauses(question: str) -> list[str]:
    """The clauses of a long question's run-on sentences (none for a short question): each may hold the trouble."""
    if len(question.split()) < LONG_STORY_WORDS:
        return []
    clauses = [c.strip(" ,;") for sentence in re.split(r"(?<=[.?!])\s+", _without_asides(question))
               for c in _CLAUSE_BREAK.split(sentence)]
    return list(dict.fromkeys(c for c in clauses if len(c.split()) >= CLAUSE_WORDS))


SITUATION_IN_NAMED_MENTORING = 0.55
""":data:`SITUATION_IN_SCOPE` for a question that names a mentoring relationship ("my old boss said he'd mentor me")."""
_NAMES_MENTORING = lazy_regex(r"\bmentor(?:s|ed|ing|ship|ships|ee|ees)?\b", re.IGNORECASE)
LONG_STORY_WORDS = 60
"""A question this long (in words) is a story whose clauses are searched and read one by one too."""
CLAUSE_WORDS = 6
"""A clause shorter than this (in words) says too little to search for."""
_TROUBLE = lazy_regex(r"\b(?:cancel\w*|resched\w*|no[- ]shows?|ghost\w*|stood me up|never (?:reply|replies|replied|"
                      r"answers?|answered|turns? up|shows? up))\b", re.IGNORECASE)
"""What goes wrong in a story, as a clause of its own ("she has cancelled 4 of our last 6 sessions"): the clauses
searched alone when there are any."""
_CLAUSE_BREAK = lazy_regex(r",\s+(?=(?:but|and|so|because|bc|cause|since|then|when|though|although)\b)|;\s+"
                           r"|\s+(?=but\b)", re.IGNORECASE)
"""Where a run-on sentence's clauses meet ("…great we met every month…, but since around summer he always…")."""


def _readings(question: str) -> list[str]:
    """The question, then without its asides, then each of its sentences: any of them may be what the cards cover.

    "how do i ask my mentor (shes a master beekeeper, been doing it 40 yrs) if i can shadow her…": the aside
    outweighed the ask; "…3 times now. how I talk to him without he feel attacked?": the story and the question
    apart are each nearer a card than together (reviews 82, 83).
    """
    bare = _without_asides(question)
    sentences = [s for s in re.split(r"(?<=[.?!])\s+", bare) if len(s.split()) >= 4]
    readings = [*(sentences if len(sentences) > 1 else []), *story_clauses(question)]
    # (a part that names no mentor by pronoun comes back as it was, and only once)
    return list(dict.fromkeys([question, bare, *readings, *_about_my_mentor(question, readings)]))


def _about_my_mentor(question: str, parts: Sequence[str]) -> list[str]:
    """The parts, those that speak of the story's mentor by pronoun said as "my mentor".

    "Graham said he would mentor me… since then he cancelled 3 times, always last minute": the clause about him
    was not near the card on cancellations until read as "my mentor cancelled…" (review 97: refused as off-topic).
    """
    mentor = _MENTOR_PRONOUN.search(question)
    if not mentor:
        return list(parts)
    return [re.sub(rf"\b{mentor['pronoun']}\b", "my mentor", part, flags=re.IGNORECASE) for part in parts]


_MENTOR_PRONOUN = lazy_regex(r"\b(?P<pronoun>he|she)\s+(?:would|will|'d|'ll|agreed to|offered to|said (?:he|she)(?:'d| "
                             r"would))\s+mentor\s+me\b", re.IGNORECASE)
"""Who the story's mentor is, by pronoun: "the estimator, Graham, said he would mentor me"."""


class AskTask(TaskSpec):
    """A free question about mentoring, answered from the guidance."""

    name = "ask"
    title = "Ask a question"
    description = "Ask anything about mentoring or growing at work; the answer cites the guidance it draws on."
    fields = FIELDS
    reports_scope = True

    def audience_for(self, values: Mapping[str, Any]) -> str | None:
        """The asker's side when the question says it ("I've been mentoring a junior…"), else every card.

        A mentor asking how to get a mentee to own the sessions was answered from a mentee's card on raising what
        isn't working; the card for the mentor's side was never retrieved (review 89).
        """
        return asker_role(str(values.get("question") or ""))

    def retrieval_query(self, values: Mapping[str, Any]) -> str:
        """The question itself, said first and again whole when a story comes before it.

        "I am new in company and english is not my first language. How I can find a mentor when I am shy?" found
        the cards on owning your development: the story outweighed the question (review 52, a4).
        """
        question = without_reporting(tidy(str(values.get("question") or "")))
        asked = asked_part(question)
        # ("…cancel our meeting three times now. … How I can tell him this without to sound ungrateful?": "this" is
        # the story, so the story leads, never the ending card that "ungrateful" alone points to, review 82)
        # (but "how do i end it?" names what to do with the story: the ending leads, review 87)
        if _POINTS_BACK.search(asked) and not _ENDS_IT.search(asked):
            return question[:600]
        return (question if asked == question else f"{asked} {question}")[:600]

    def retrieval_parts(self, values: Mapping[str, Any]) -> list[str]:
        """A long story's clauses, each searched too: the trouble may be one clause of a run-on story.

        A window cleaner's nine-line story ("…since around summer he always cancels last minute or says 'next week
        mate'…, and when we do meet he just talks about his boat…") found no card on cancellations: the rest of the
        story outweighed that clause (review 91).
        """
        question = without_reporting(tidy(str(values.get("question") or "")))
        clauses = story_clauses(question)
        # (a speech therapist's twelve-clause story found the cards on keeping in touch: its one clause of trouble,
        # "she has cancelled 4 of our last 6 sessions", was outvoted by the rest, review 109)
        troubled = [c for c in clauses if _TROUBLE.search(c)]
        return _about_my_mentor(question, troubled or clauses)

    def kept_guidance(self, values: Mapping[str, Any], guidance: Sequence[SearchResult]) -> list[SearchResult]:
        """The passages without a card written for one kind of mentoring the question never names.

        A junior analyst's first meeting with a senior mentor was answered from the reverse-mentoring card ("Let the
        junior mentor set the agenda", review 87): "junior" and "senior" are in both.
        """
        question = str(values.get("question") or "")
        return [g for g in guidance if g.id not in _ONLY_WHEN_NAMED or _ONLY_WHEN_NAMED[g.id].search(question)]

    def preflight(self, values: Mapping[str, Any]) -> Composition | None:
        """A caring pointer to help for crisis language, a scope message for off-topic questions, else None."""
        question = str(values.get("question") or "")
        if is_crisis(question):
            return Composition(body=CRISIS_REPLY)
        if crosses_a_line(question):
            return Composition(body=CROSSED_LINE_REPLY)
        topic = off_topic(question)
        if topic:
            return Composition(body=SCOPE_REPLY.format(topic=topic))
        return None

    def scope_reply(
        self, values: Mapping[str, Any], guidance: Sequence[SearchResult], history: Sequence[tuple[str, str]] = ()
    ) -> Composition | None:
        """The plain "not covered" answer when no retrieved passage is relevant to the question, else None.

        In a chat, a follow-up ("Should I send slides first?") is judged with the question before it.
        """
        question = str(values.get("question") or "")
        if _NAMED_ONLY_IN_PASSING.search(asked_part(question)):
            return Composition(body=not_covered_reply(question))
        texts = [f"{g.title}. {g.heading}. {g.text}" for g in guidance]
        earlier = [text for role, text in history if role == "user" and text.strip() != question.strip()]
        readings = _readings(question)
        for query in (*readings, *(f"{earlier[-1]} {question}" for _ in earlier[-1:])):
            scores, floor, _ = similarity(query, texts)
            if scores and max(scores) >= floor:
                return None
        closeness = max(_situation_closeness(q, guidance) for q in readings)
        # ("…since around summer he always cancels last minute…", one clause of a story about the asker's own
        # mentor, review 91: a question about a mentorship it names needs less to be the cards')
        if closeness >= (SITUATION_IN_NAMED_MENTORING if _NAMES_MENTORING.search(question) else SITUATION_IN_SCOPE):
            return None  # "my apprentice keeps turning up late… how do i bring it up" is a card's listed situation
        return Composition(body=not_covered_reply(question))

    def follow_up(self, values: Mapping[str, Any], history: Sequence[tuple[str, str]]) -> tuple[dict[str, Any], int]:
        """A chat follow-up read with the conversation: see :func:`read_follow_up`."""
        question, shorter = read_follow_up(str(values.get("question") or ""), history)
        return {**values, "question": question}, shorter

    def compose(self, values: Mapping[str, Any], guidance: Sequence[SearchResult], style: Style) -> Composition:
        """A direct opening, 3–5 concrete points from the guidance with ``[n]``, and an example phrasing."""
        question = without_reporting(str(values["question"]))
        wanted = set(content_stems(question))
        units = [u for number, g in enumerate(guidance, start=1) for u in _units(g, number, wanted)]
        role = asker_role(question)
        units = _for_the_askers_side(units, guidance, role)
        units = _for_the_channel(units, guidance, question)
        if _FIRST_MEETING.search(question):  # ("first meeting w new mentor": no "notes from last time", review 83)
            units = [u for u in units if not _AN_EARLIER_MEETING.search(u.text)]
        units, point_floor = _by_relevance(question, units)
        if not units:
            example = _example(guidance, set(), None)  # nothing else to offer: the closest example, said so
            if example is None:
                return Composition(body=self._no_guidance())
            return Composition(body=f"The closest guidance I have is an example of how to put it.\n\n{example}")
        brevity = max(0, min(style.brevity, 2))
        lift = _card_lift(guidance, wanted)
        for number in _written_for(question, guidance):
            lift[number] = lift.get(number, 0.0) + SITUATION_LIFT
        lead = _lead_for(question, units, lift)
        # Only points close enough to the question earn a bullet: fewer points beat padding. The lead's
        # own card is the most relevant one, so its next points may fill up to the minimum.
        count = POINTS_BY_BREVITY[brevity]
        # the lead's card's other steps come first, in its order: "how do I wind it down…" is answered by the
        # ending card's steps, not by whichever sentence of another card sounds most like the question
        # (only when retrieval ranks that card near the top too: one sentence that sounds like the question, "Every
        # few months, check your progress…" for "how often should I meet?", does not make its card the answer)
        steps = sorted((u for u in units if u.number == lead.number and u.step and u is not lead and not u.pitfall),
                       key=lambda u: u.position)[:LEAD_STEPS] if lead.number <= STEPS_FROM_TOP else []  # fmt: skip
        # another card's point earns a bullet only with a telling word of the question: "Give them a graceful way
        # out by asking whether now is the wrong time for them to mentor" (cancellations) answered a question about
        # gossip-filled sessions and one about shadowing for a season (review 82)
        rest = [u for u in units if u is not lead and u not in steps and u.score >= point_floor
                and (u.number == lead.number or _shared_words(wanted, content_stems(u.text)) >= OTHER_CARD_WORDS)]
        same_card = sorted((u for u in units if u.number == lead.number and u is not lead and u not in rest
                            and u not in steps), key=lambda u: -u.score)  # fmt: skip
        rest += same_card[: max(0, MIN_POINTS - len(rest) - len(steps))]
        points = sorted([*steps, *_select(rest, count - len(steps))], key=lambda u: (u.number, u.position))
        points = _without_lone_slots(points, lead)
        points = [u for u in points if not _for_another_case(u.text, wanted)]
        # (the lead's card's title, to check the framing against, only when two questions were asked)
        title = guidance[lead.number - 1].title if question.count("?") >= 2 else ""
        parts = [_opening(asked_part(question), lead, wanted, title)]
        if points:
            parts.append("\n".join(f"- {_point(u)}" for u in points))
        example = _example(guidance, {u.number for u in (lead, *points)}, wanted, role, question, lead.number) if (
            brevity < 2) else None
        if example:
            parts.append(example)
        if brevity == 0:
            # ("If you tell me more about your situation" after a long story told, reviews 100 and 102)
            parts.append(_OFFER_AFTER_A_STORY if len(question.split()) >= STORY_WORDS else _OFFER)
        if describes_conduct(question):
            parts.insert(0, CONDUCT_NOTE)
        return Composition(body="\n\n".join(parts))

    @staticmethod
    def _no_guidance() -> str:
        return (
            "I couldn't find guidance in the library that covers this, and I'd rather not guess. Try asking it "
            "another way, with a little more about the mentoring situation (who, what happened, what you want), "
            "or add your own notes to the library and re-index."
        )

    def check(self, text: str, subject: str | None, values: Mapping[str, Any]) -> list[Check]:
        """Cites the guidance and stays a readable length; fixed replies are checked for what they must say."""
        question = str(values.get("question") or "")
        if is_crisis(question):
            helps = "emergency" in text.lower() and ("crisis" in text.lower() or "helpline" in text.lower())
            return [Check("points_to_help", helps, "Point to emergency services and a crisis line.")]
        if crosses_a_line(question):
            supports = all(word in text.lower() for word in ("hr", "record", "safe"))
            return [Check("points_to_support", supports, "Point to HR or someone trusted, a record, and safety.")]
        if off_topic(question) or text.strip() in (NOT_COVERED_REPLY, NOT_COVERED_WITH_MENTOR):
            return [Check("explains_scope", "mentor" in text.lower() and not CITATION.search(text),
                          "Explain what the coach can help with, and cite nothing.")]  # fmt: skip
        count = word_count(text)
        conduct = [Check("points_to_support", all(word in text.lower() for word in ("hr", "write down")),
                         "Say that reporting is their call, and point to HR or a speak-up line and a written note.")]
        return [
            *(conduct if describes_conduct(question) else []),
            reads_well(text),
            Check("cites_guidance", bool(CITATION.search(text)), "Ground the answer in the guidance and cite it as "
                  "[n]; if nothing matched, rephrase the question or add notes to the library."),
            Check("reasonable_length", ANSWER_MIN_WORDS <= count <= ANSWER_MAX_WORDS,
                  f"Answer in {ANSWER_MIN_WORDS}–{ANSWER_MAX_WORDS} words (now {count})."),
        ]  # fmt: skip


_SHORTER = lazy_regex(
    r"(?i)^\W*(?:(?:can you |could you |please )?make (?:it|that|this) (?:shorter|briefer|more concise)"
    r"|shorter|too long|(?:give me )?(?:the )?short version|tl;?dr|summari[sz]e (?:it|that))\W*(?:please)?\W*$"
)
_CONTINUATION = lazy_regex(
    r"(?i)^\s*(?:what|how) about\b|^\s*and (?:if|what|how|when)\b|^\s*what if\b|^\s*(?:or|and) by\b"
    r"|^\s*(?:and|but) (?:by|in|over|on)\b"
)
_MAX_FOLLOW_UP_WORDS = 12


def read_follow_up(question: str, history: Sequence[tuple[str, str]]) -> tuple[str, int]:
    """The question as the conversation means it, and how many steps shorter the answer should be.

    "make that shorter" re-asks the previous question one step shorter; a short continuation
    ("what about by email?") is read together with the previous question. Anything else stands alone.
    """
    earlier = [text for role, text in history if role == "user" and text.strip() and text.strip() != question.strip()]
    if not earlier:
        return question, 0
    previous = earlier[-1].strip()
    if _SHORTER.match(question):
        return previous, 1
    if _CONTINUATION.match(question) and len(question.split()) <= _MAX_FOLLOW_UP_WORDS:
        return f"{previous.rstrip('?. ')}? {question.strip()}", 0
    return question, 0
