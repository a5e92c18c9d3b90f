"""Feedback: reframe feedback you received, or shape feedback you will give (mentor side).

The offline composer keeps the user's words whole: each clause of the feedback is restated
(addressed to its subject, absolutes softened) or left out, never cut. A label such as "lazy" is
never turned into a behaviour that may not have happened; the script asks for what was seen.
When the behaviour happened is its own field, apart from where the conversation takes place.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from coach.checks import (
    DATE_PATTERN,
    content_stems,
    find_absolutes,
    find_blanks,
    find_defensive,
    find_labels,
    find_phrases,
    find_section,
    list_items,
    questions,
    sentences,
    split_note,
    title_pronoun,
)
from coach.compose import verb_base
from coach.grammar import has_main_verb
from coach.knowledge import SearchResult
from coach.lazy_patterns import lazy_regex
from coach.pos import lexicon_tag
from coach.tasks._phrasing import (
    Person,
    as_gerund_phrase,
    as_phrase,
    as_sentence,
    as_spoken_to,
    as_verb_phrase,
    can_be_verb,
    cite,
    frames,
    parse_person,
    pick,
    pronoun_after_name,
    quoted_words,
    rationale,
    shape_of,
    tag,
    tidy,
    upper_first,
    when_phrase,
    with_marker,
    with_pronoun,
    word_list,
    your_role,
)
from coach.tasks._reframe import (
    AGREES_WITH_YOU,
    MATTERS_BECAUSE,
    PEOPLE_THEN_DID,
    REASSURANCE,
    SOMEONE_ELSE_SAID,
    STORY_ELSEWHERE,
    TIME_FIRST,
    Reading,
    address,
    dated_in_the_past,
    judged_thing,
    labels_in,
    names_a_person,
    praises,
    read,
    reported_about_me,
    second_verb_agrees,
    soften,
    tells_a_past_event,
    things_did,
    told_in_the_past,
)
from coach.tasks.base import Check, Composition, Field, FieldError, Style, TaskSpec
from coach.tasks.reading import faithful, reads_well
from coach.writing import (
    base_form,
    expand_shorthand,
    is_bare_verb,
    is_verb,
    lower_first,
    numbers_in,
    past_tense,
    split_person,
    to_you,
    verb_lemmas,
)

DIRECTIONS: tuple[str, ...] = ("received", "give")
CLARIFYING_MIN, CLARIFYING_MAX = 2, 4
FRAMES = frames("feedback")
_QUOTE_LIMIT = 90
"""Longest clause quoted back in the wrong-direction message; a longer one is not quoted."""
BEHAVIOUR_CUES = ("behaviour", "behavior", "i noticed", "i've noticed", "i saw", "i've seen", "i observed", "when you",
                  "what you did")
IMPACT_CUES = ("impact", "the effect", "as a result", "which meant", "that meant", "this meant", "that matters because",
               "led to", "the result")  # fmt: skip
STRENGTH_CUES = ("strength", "what's working", "i value", "i appreciate", "you do well", "really good", "great",
                 "impressive", "well done", "credit", "excellent", "strong", "did well")  # fmt: skip
_RESTATEMENT = ("neutral", "restat", "what they said", "in plain")
PRAISE_CUES = ("calm", "clear", "clearest", "careful", "thorough", "value", "valued", "appreciate", "love", "thank",
               "well", "better than anyone", "kind", "helpful", "means a lot", "means alot", "meant a lot",
               "grateful")  # fmt: skip
"""Words that mark a sentence as praise, where an absolute is generous rather than a sting."""
NEXT_STEP_CUES = ("could you", "can you", "would you", "will you", "let's", "next step", "next time", "next session",
                  "going forward", "from now on", "before our next", "when we next meet", "agree", "try")  # fmt: skip

FIELDS: tuple[Field, ...] = (
    Field(
        "direction",
        "Direction",
        "received (feedback someone gave you) or give (feedback you want to give, as a mentor).",
        True,
        10,
        kind="choice",
        choices=DIRECTIONS,
    ),
    Field(
        "feedback",
        "The feedback, in your words",
        "Received: what they said, as near to their words as you remember. Giving: what you want to get across.",
        True,
        2000,
        kind="long_text",
    ),
    Field(
        "context",
        "Where you'll talk, or where it was said",
        "Where the conversation is or was, e.g. 'our next 1:1 on Thursday'; never used as when it happened.",
        False,
        300,
    ),
    Field(
        "person_name",
        "Person",
        "Who gave it to you, or who you're giving it to; 'Name, role' works, e.g. 'Greg, my team lead'.",
        False,
        80,
    ),
    Field(
        "when_it_happened",
        "When it happened",
        "When the behaviour happened, e.g. 'in Tuesday's client call' or 'over the last month' (not where you'll "
        "talk).",
        False,
        120,
    ),
    Field(
        "behaviour",
        "Giving: I've noticed that you…",
        "What you saw them do, as a camera would see it, e.g. 'joined the call after it started'.",
        False,
        500,
        kind="long_text",
    ),
    Field(
        "impact",
        "Giving: As a result…",
        "The effect it had, e.g. 'the client asked for the summary again'.",
        False,
        300,
    ),
    Field(
        "request",
        "Giving: Could you…",
        "What you'd like them to do instead, e.g. 'send the pre-read the day before'.",
        False,
        300,
    ),
)
_IMPACT_LABEL = next(f.label for f in FIELDS if f.name == "impact")


_A_VERDICT = lazy_regex(r"\b(?:this|that|it)(?:['’]s|\s+is|\s+was)\s+(?:a\s+)?(?:really\s+|very\s+|quite\s+)?"
                       r"(?:big\s+deal|serious|a\s+problem|problem|not\s+ok(?:ay)?|unacceptable|dangerous|bad|"
                       r"big\s+problem|huge\s+problem)\b", re.IGNORECASE)
"""A verdict on what happened ("on a film set this is a big deal"), said after the effect, never listed in it."""


def _words_or_empty(value: object) -> str:
    """A field's text, or "" when it holds no word at all ("?", "!!"), so no frame is filled with punctuation."""
    text = str(value or "")
    return text if re.search(r"[^\W\d_]{2}", text) else ""


def _lower_head(clause: str) -> str:
    """A clause ready to follow "that": its first word lowered unless it is a name, "I" or an acronym."""
    head = clause.split(" ")[0]
    if not head[:1].isupper() or head == "I" or head.startswith("I'") or (len(head) > 1 and not head[1:].islower()):
        return clause
    ordinary = head.lower() in ("you", "your", "when", "first", "second", "third", "last", "next", "every", "each")
    return clause if tag(head)[0][1] == "NNP" and not ordinary else (
        clause[:1].lower() + clause[1:])  # fmt: skip


_RELATIVE = lazy_regex(r"^(?:which|that|this)\s+", re.IGNORECASE)


_RISK = lazy_regex(r"\b(?:is|are|'s|'re) going to\b|\b(?:will|'ll|could|might|may|can)\s+(?!have\b|not\b)\w+"
                   r"|\b(?:will|'ll|might|may)\s+not\b", re.IGNORECASE)
"""An effect that has not happened yet ("someone is going to get hurt", "we could lose the client", "a wrong result
can go to the ward")."""


_REQUEST_SENTENCE = lazy_regex(
    # (the request line itself, whatever its shape: "**Request:** Face shield on every time…, no exceptions.")
    r"^(?:\*\*)?Request:|^(?:could|would|can|will) you\b|^please\b|^you can (?:\w+\s+){0,3}me\b",
    re.IGNORECASE,
)
"""A sentence that asks for the change, or offers help ("You can ask me always"): its "every time" or "always" is
the standard asked for or the help offered, not a charge."""


def _the_person_noun(clause: str) -> str:
    """"client went quiet after" said as "the client went quiet after": a bare person noun as subject gets "the"."""
    head, _, rest = clause.partition(" ")
    verb_next = bool(rest) and tag(rest)[0][1] in ("VBD", "VBZ", "MD")
    return f"the {lower_first(head)} {rest}" if head.lower() in word_list("people_any") and verb_next else clause


_PEOPLE_DOING = lazy_regex(r"^((?:the\s+)?(?:customers|clients|patients|guests|kids|students|pupils|people|staff|"
                           r"residents|callers|passengers|parents|players|diners))\s+(waiting|standing|queuing|"
                           r"queueing|sitting|asking|complaining|stuck)\b", re.IGNORECASE)
"""People and a participle with no verb ("customers waiting outside"), as notes write what happened."""


_ALREADY_DONE = lazy_regex(r"\band\s+(?:has\s+|have\s+|'ve\s+)?already\s+(?P<what>[a-z]+ed\b[^.;]*)$", re.IGNORECASE)
"""What the behaviour has already done, after it ("…and already chipped one vertebra")."""


def impact_sentence(clause: str) -> str:
    """An impact clause as a sentence: "which caused a re-run" -> "That caused a re-run."."""
    return as_sentence(_RELATIVE.sub("That ", clause, count=1))


def _who(person: Person) -> tuple[str, str]:
    """How to name the person in the user's sheet: as a subject ("Greg", "your manager") and an object."""
    named = person.address or your_role(person.role)
    return (named or "they"), (named or "them")


_SO_EFFECT = lazy_regex(r",?\s+so\s+(?=(?:the\s+|his\s+|her\s+|their\s+|our\s+)?[a-z]+\s+(?:\w+\s+)?"
                        r"(?:waited|was|were|had|got|went|missed|lost|ran|came|didn't|couldn't|backed)\b|"
                        r"(?:they|we|people|nobody|everyone|the others)\s+(?:\w+\s+)?(?:stop|stopped|don't|didn't|"
                        r"can't|couldn't|have to|had to|end up|ended up|lose|lost|miss|missed|wait|waited)\b)", re.I)


_THING_GONE = lazy_regex(r"^(?P<det>(?:the|our|my|his|her|their)\s+)?(?P<thing>[a-z]+)\s+"
                         r"(?P<state>gone|lost|wasted|ruined|wiped out|down)\b(?=\s+(?:on|for|in|by|from)\b)")
"""A note's thing and what became of it ("margin gone on at least 20 bouquets")."""


def _thing_was_gone(found: re.Match[str]) -> str:
    plural = found["thing"].endswith("s") and not found["thing"].endswith("ss")
    return f"{found['det'] or 'the '}{found['thing']} {'were' if plural else 'was'} {found['state']}"


_THEN_EFFECT = lazy_regex(r"\s*[,;-]?\s+and then\s+(?=\S.*\b(?:slips?|slipped|slipping|late|miss(?:es|ed)?|"
                         r"waits?|waited|behind|suffers?|suffered|stuck|blocked|delayed|lost|loses|overtime|till|until)\b)",
                         re.IGNORECASE)
""""…says yes to every request, and then works till 9pm and her roadmap work slips": what follows is its effect."""


_VERB_THEN_HOW_OFTEN = lazy_regex(r"^(?P<verb>[a-z]+s)\s+(?=(?P<next>[\w']+))")
"""A behaviour typed without its subject, the tagger reading its verb as a plural ("records only the…", "reruns
samples after an analyser error…", review 68); unless a verb follows, whose subject it is ("samples go missing")."""
_SPAN_COUNTED = lazy_regex(r"\b(?P<count>\d+|a|one|two|three|four|five|six)\s+(?P<unit>day|week|month|year|shift)s?\b",
                           re.IGNORECASE)
"""A stretch of time counted ("2 weeks", "3 wks" once spelled out)."""


SPAN_WORDS = 5
"""A when this short that counts a stretch of time ("the last 2 weeks") is only that stretch."""
LONG_WHEN_WORDS = 6
"""A when with a comma and more words than this goes first in its question, as its topic."""


def _same_span(when: str, typed: str) -> bool:
    """Whether the feedback counts the same stretch of time as the when ("the last 2 weeks", "…3 times in 2 wks").

    Said once, where the user said it: "Over the last 2 weeks, I've noticed that you opened late 3 times in 2 weeks"
    said it twice (review 67).
    """
    span = _SPAN_COUNTED.search(when)
    if not span or len(when.split()) > SPAN_WORDS:  # ("last 2 wks, worst was friday he came in at 8.40…" says more)
        return False
    counted = (span["count"].lower(), span["unit"].lower())
    return any((found["count"].lower(), found["unit"].lower()) == counted
               for found in _SPAN_COUNTED.finditer(expand_shorthand(typed)))


def _behaviour_and_effect(text: str) -> tuple[str, str]:
    """The behaviour and its effect: after "so" ("spending extra time on garnish so tickets waited").

    Or after "and then" when what follows is a cost: "…and then work till 9pm and your roadmap work slips".
    """
    parts = _SO_EFFECT.split(text, maxsplit=1)
    if len(parts) == 2 and len(parts[0].split()) >= 3:
        return parts[0], parts[1]
    then = _THEN_EFFECT.search(text)
    if then is None or len(text[: then.start()].split()) < 3:
        return text, ""
    effect = text[then.end():]
    subject_led = shape_of(effect) not in ("verb", "past")  # "work till 9pm…" goes on with the same "you"
    return text[: then.start()], effect if subject_led else f"you {effect}"


_TIME_THEN_YOU = lazy_regex(r"^(?P<time>(?:in|over|during|for)\s+(?:the\s+)?(?:last|past)\s+[^,]{2,30}?)\s*,?\s+"
                            r"(?=you\b)", re.IGNORECASE)
"""A stretch of time typed before the behaviour's "you" ("In the last 2 sprint reviews you interrupted…")."""
_SPAN = lazy_regex(r"^(?:over|for|during|in)\s+(?:the\s+)?(?:last|past)\s+(?:[\w–-]+\s+)?(?:days?|weeks?|months?|"
                   r"sprints?|quarters?|terms?|while|(?:mon|tues|wednes|thurs|fri|satur|sun)days|sessions|shifts|"
                   r"meetings|calls|classes|lessons|services)$|^(?:over|for)\s+(?:a\s+while|weeks|months)$|"
                   r"^(?:lately|recently)$|^(?:in\s+)?this\s+(?:week|month|quarter|term|sprint)$|"
                   # "in her first month" (review 67: "Situation: In your first month." said nothing)
                   r"^(?:in|during|over)\s+(?:her|his|their|your|the)\s+first\s+(?:few\s+)?(?:days?|weeks?|months?|"
                   r"year|term|rotation|shifts?)$", re.IGNORECASE)
"""A stretch of time with no moment in it ("over the past month", "lately"): it leads the behaviour rather than
standing alone as a situation ("Situation: Over the past month." says nothing)."""


def _leads_with_gerund(clause: str) -> bool:
    """"spending extra time on…", "interrupting Jun…": a verb's -ing form and its object (not "meeting ran over")."""
    tagged = tag(clause)
    if not tagged or not tagged[0][0].lower().endswith("ing"):
        return False
    following = tagged[1][1] if len(tagged) > 1 else ""
    return tagged[0][1] == "VBG" or (tagged[0][1] == "NN" and bool(verb_lemmas(tagged[0][0].lower()))
                                     and following in ("DT", "JJ", "PRP$", "RB", "IN", "TO", "CD", "RP"))


def _adjectives_and_noun(clause: str) -> bool:
    """"long unstructured handovers, pending results not flagged": a noun phrase, not a state ("late again")."""
    tagged = tag(re.split(r",\s", clause, maxsplit=1)[0])
    kinds = [t for _, t in tagged]
    # ("extended breaks, not finishing pick lines": a participle before a plural noun describes it, in a list of
    # notes with no clause of its own; "left trays … out when he clocked off" is what he did)
    notes_only = not any(t in ("DT", "PRP", "PRP$", "WRB", "VBD", "VBZ", "VBP", "RP", "IN") for _, t in tag(clause)[1:])
    first_describes = kinds[:1] == ["JJ"] or (kinds[:2] in (["VBN", "NNS"], ["VBD", "NNS"]) and notes_only)
    # ("finished Tom's and Aisha's sentences" is what they did to someone's words: a verb, never a description)
    someones = re.match(r"^\w+ed\s+(?-i:[A-Z])\w*['’]s\b", clause) is not None
    return (len(kinds) > 1 and first_describes and kinds[-1] in ("NN", "NNS") and not someones
            and all(k.startswith(("JJ", "NN", "CC")) for k in kinds[1:]))


_ONE_OCCASION = lazy_regex(
    r"\b(?:today|tonight|yesterday|this\s+(?:morning|afternoon|evening)|last\s+night|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day(?!s)|\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}/\d{1,2})", re.IGNORECASE)
"""A "when" that is one moment ("this morning", "in Tuesday's handover", "on the 3rd")."""
_A_HABIT = lazy_regex(r"\b(?:again|every|each|always|often|keeps?|kept|lately|recently|since|usually|still)\b",
                      re.IGNORECASE)
"""Words that make a behaviour a habit ("keeps arriving late", "every Monday")."""
_MORE_THAN_ONE_MOMENT = lazy_regex(r"\b(?:times|twice|days|weeks|months|shifts|(?:mon|tues|wednes|thurs|fri|satur|"
                                   r"sun)days|and|all\s+of|once\s+before)\b|\b\d+\s*x\b", re.IGNORECASE)
"""A "when" that spans moments ("twice this week", "mondays", "the 8th and the 19th", "all of October, phone thing
was last Saturday"); in a behaviour "twice" may be within one moment."""
_A_LIST = lazy_regex(r"[;,+]|\b(?:and|or)\b")
"""A behaviour typed as a list ("plating without reading tickets; arguing on the pass"): one frame says it all."""


_ONE_OFF_PAST = {"being": "were", "lying": "lied", "getting": "got"}
"""Gerunds whose simple past the inflection tables give wrongly for a one-off ("you was", "you lay")."""


def happened_once(when: str, behaviour: str) -> bool:
    """Whether the behaviour is one incident: said of one moment, with nothing in it or the when that repeats it.

    "interrupting Jun twice" in Monday's standup is one incident; "on Tuesday and again today" is not.
    """
    return (bool(_ONE_OCCASION.search(when)) and not _MORE_THAN_ONE_MOMENT.search(when)
            and not _A_HABIT.search(f"{when} {behaviour}"))


def _behaviour_clause(text: str, person: Person, once: bool = False) -> str | None:
    """The behaviour field as a clause after "I've noticed that", or None when it can't be used whole.

    A behaviour that ``happened_once`` is said in the past ("you gave…" for "giving…" this morning), never as a
    habit ("you've been giving…", review 58).
    """
    if _adjectives_and_noun(as_phrase(text)):  # "extended breaks, not finishing pick lines": noticed as typed
        return soften(as_phrase(text))
    clause = address(as_phrase(text), person, "give")
    if clause is None:
        return None
    first = clause.split(" ")[0].lower()
    if first not in ("you", "you're", "you've", "your", "when", "in", "on", "at", "during"):
        # "spending extra time on garnish … so tickets waited": a gerund leads, whatever comes after it
        shape = "gerund" if _leads_with_gerund(clause) else shape_of(clause)
        negated = re.match(r"^not\s+(?=\w+ing\b)", clause, re.IGNORECASE)
        if negated:  # "not running morning QC before handover"
            clause = f"you haven't been {clause[negated.end():]}"
        elif _adjectives_and_noun(clause):
            pass  # "long unstructured handovers", "extended breaks": noticed as the noun phrase they are
        elif shape in ("past", "verb"):
            clause = address(f"you {clause[:1].lower()}{clause[1:]}", Person("", ""), "give")
        elif shape == "gerund" and once and not _A_LIST.search(clause):
            verb, _, rest = clause.partition(" ")
            past = _ONE_OFF_PAST.get(verb.lower()) or past_tense(verb.lower())  # ("being rude": "you were rude")
            clause = f"you {past} {rest}".strip()
        elif shape == "adjective" and once and not _A_LIST.search(clause):
            clause = f"you were {clause[:1].lower()}{clause[1:]}"
        elif shape in ("gerund", "adjective"):
            clause = f"you've been {clause[:1].lower()}{clause[1:]}"
    if not clause or not re.search(r"[^\W\d_]{2}", re.sub(r"^you\b", "", clause)):
        return None  # "you" alone is not a behaviour
    return soften(clause)


_TELLING_THEM = lazy_regex(r"^(?:i\s+)?(?:wants?|need|have|'d like|would like|wanna|gotta|got)\s+(?:to\s+)?"
                           r"(?:(?:tell|say to|let)\s+[^,.!?]{1,50}?\s+(?:know\s+)?that\s+(?=\S)|"
                           # "I want to tell Priya her client presentations are strong": no "that" (review 60)
                           r"tell\s+(?-i:[A-Z])[\w'-]+\s+(?=(?:her|his|their|she|he|they)\s))", re.IGNORECASE)
"""The user's note of what they mean to say ("want to tell my junior that…"): what follows "that" is the feedback."""
_WANTING_TO_AFTER = r",\s*(?:and\s+)?(?:i\s+)?(?:want|need|'d like|would like|wanna)\s+to\s+"
"""", want to…" after the point: where the user's note to self about telling them starts."""
_TELLING_THEM_AFTER = lazy_regex(_WANTING_TO_AFTER + r"(?:tell|let|show)\s+(?:her|him|them|(?-i:[A-Z])[\w'-]+)\s+"
                                 r"(?:\w+\s+)?(?:what|how)\b[^.!?,]{0,40}[.!?]*\s*$", re.IGNORECASE)
"""The user's note to self at the end ("…, want to tell her specifically what was good"): not said to them."""
_TELL_THEM_MORE = lazy_regex(_WANTING_TO_AFTER + r"(?:tell|let)\s+(?:her|him|them)\s+(?:know\s+)?(?:that\s+)?"
                             r"(?=(?:the|my|our|his|her|their|a|an|[A-Z])\w*\s)")
"""The user's note before more of what to say ("…, want to tell her the client asked for her by name")."""
_THANKING_THEM = lazy_regex(r"^(?:i\s+)?(?:just\s+)?(?:want(?:ed)?|need(?:ed)?|'d like|would like|wanna)\s+to\s+"
                            r"(?:say\s+)?(?:a\s+(?:big\s+|proper\s+|huge\s+|real\s+)?)?(?:thank\s*(?:you|u)|thanks|thx)"
                            r"(?:\s+to\s+(?:you|[A-Z][\w'-]*))?\b[,.!\s]*(?:for\s+)?", re.IGNORECASE)
"""The user's note that they mean to thank ("wanted to say thank u, you covered…"): the feedback is thanks."""
_VERDICT_ON_IT = lazy_regex(r"^you\s+(?=(?:it|that|this)(?:'s|s|\s+is|\s+was|\s+has)\b)", re.IGNORECASE)
"""A verdict on the thing, read as said of them ("you it's been brilliant"): the "you" goes, the verdict stays."""
_MEANS_A_LOT = lazy_regex(r"(?:[.,;!]\s*|\s+[-–—]\s*|^)(?:it\s+|that\s+|this\s+)?(?:really\s+)?"
                          r"(?:means|meant)\s+(?:a\s*lot|so\s+much|the\s+world)(?:\s+to\s+me)?\W*$", re.IGNORECASE)
"""How much it meant, at the end ("… means alot"): said once, as the user's own closing."""
_FILLER_FIRST = lazy_regex(r"^(?:ok(?:ay)?\s+so|so|well|honestly|tbh)[,\s]+", re.IGNORECASE)


class FeedbackTask(TaskSpec):
    """Reframing feedback, in either direction."""

    name = "feedback"
    title = "Reframe feedback"
    description = "Make sense of feedback you received, or turn feedback you'll give into behaviour, impact and a way "
    description += "forward."
    fields = FIELDS

    def audience_for(self, values: Mapping[str, Any]) -> str | None:
        """Giving feedback is the mentor's side; receiving it is the mentee's."""
        return "mentor" if values.get("direction") == "give" else "mentee"

    def validate(self, raw: Mapping[str, Any]) -> dict[str, Any]:
        """The fields' own checks, then: giving, the text must not report feedback the user was given."""
        values = super().validate(raw)
        reported = reported_about_me(values["feedback"]) if values["direction"] == "give" else None
        if reported is not None:
            clause = re.split(r",\s+", reported.rstrip(".!?"), maxsplit=1)[0]  # quoted whole, or not at all
            quote = f' ("{clause}")' if len(clause) <= _QUOTE_LIMIT else ""
            raise FieldError("direction", FRAMES["give"]["wrong_direction"].format(quote=quote))
        return values

    def retrieval_query(self, values: Mapping[str, Any]) -> str:
        """Giving: behaviour, impact, strengths, way forward. Receiving: without defensiveness."""
        said = tidy(str(values.get("feedback") or ""))[:200]
        if values.get("direction") == "give":
            return tidy(
                "give specific behaviour-focused feedback as a mentor: situation, behaviour, impact, balance with a "
                f"strength, a way forward and next step. Feedback: {said}"
            )
        return tidy(
            "receive feedback and criticism without getting defensive: clarifying questions, act on it, "
            f"report progress. Feedback: {said}"
        )

    def compose(self, values: Mapping[str, Any], guidance: Sequence[SearchResult], style: Style) -> Composition:
        """The give script (SBI + request) or the received reframe, depending on direction."""
        if values.get("direction") == "give":
            return _Give(values, guidance, style).compose()
        return _Received(values, guidance, style).compose()

    # -- checks -----------------------------------------------------------------------------------------

    def check(self, text: str, subject: str | None, values: Mapping[str, Any]) -> list[Check]:
        """Reads well and faithful, then the rubric for the direction.

        Giving: SBI without labels. Receiving: calm and concrete.
        """
        message, _ = split_note(text)
        if values.get("direction") == "give":
            return [reads_well(message), faithful(message, values), *self._check_give(text, values)]
        # Received: the restatement must be true to what was said; the plan and reply are the user's own.
        restated = find_section(text, *_RESTATEMENT) or message
        return [reads_well(message), faithful(restated, values), *self._check_received(text)]

    @staticmethod
    def _check_give(text: str, values: Mapping[str, Any]) -> list[Check]:
        message, _ = split_note(text)
        strength_given = _gives_a_strength(values)
        said_strength = bool(find_phrases(message, STRENGTH_CUES))
        # Absolutes sting in the behaviour ("you always..."), not in praise ("your patients always say...")
        # nor in what is asked for ("Could you lock the van every time?" is a standard, not a charge).
        # ("the class never got to the practice questions" is what happened, no charge against the person: only a
        # sentence about them, "you…", can hold an absolute that stings)
        criticism = " ".join(s for s in sentences(message) if not find_phrases(s, (*STRENGTH_CUES, *PRAISE_CUES))
                             and not _REQUEST_SENTENCE.match(s) and re.search(r"\byou(?:r|'re|'ve|'ll)?\b", s, re.I))
        # a word someone else used, reported as the effect ("the client asked if we were disorganised"), is theirs
        own_words = " ".join(s for s in sentences(message) if not SOMEONE_ELSE_SAID.search(s))
        absolutes, labels = find_absolutes(criticism), find_labels(own_words)
        paragraphs = [p for p in message.split("\n\n") if p.strip()]
        last = paragraphs[-1] if paragraphs else ""
        blanks = find_blanks(message)
        return [
            Check("filled_in", not blanks, "Fill in what only you know" + (
                ": " + "; ".join(f"[{b}]" for b in blanks[:3]) + " (or add it to the form's behaviour, impact or "
                "request field)." if blanks else ".")),
            Check.listing("no_absolutes", absolutes, "Drop absolutes", ", "),
            Check.listing("no_labels", labels, "Describe the behaviour instead of a label", ", "),
            Check("behaviour_and_impact",
                  bool(find_phrases(message, BEHAVIOUR_CUES)) and bool(find_phrases(message, IMPACT_CUES)),
                  "Name what they did, as a camera would see it, and the effect it had"
                  + ("." if find_phrases(message, IMPACT_CUES) else f" (the form's '{_IMPACT_LABEL}' field).")),
            # A strength the user never gave can't be asked of the draft (only invented), so the check holds the
            # draft to the user's own: one given must be said (review 56).
            # (its hint says what it saw: "No strength given" beside a strength said was review 80's contradiction)
            Check("includes_strength", said_strength or not strength_given,
                  "A strength you've seen is said beside the concern." if said_strength else
                  "Balance it with a genuine strength you've seen." if strength_given else
                  "No strength given: if you have a specific one in mind, add it to the feedback."),
            # thanks with nothing to change ends on the thanks: there is no request to make
            Check("ends_with_next_step", bool(find_phrases(last, NEXT_STEP_CUES)) or last.rstrip().endswith("?")
                  or (not criticism.strip() and bool(find_phrases(last, ("thank",)))),
                  "End with a request or an agreed next step."),
        ]  # fmt: skip

    @staticmethod
    def _check_received(text: str) -> list[Check]:
        restated = find_section(text, *_RESTATEMENT) or ""
        criticism = re.split(r"\n[^\n]*\balso said:", restated, maxsplit=1)[0]  # their praise may say "never"
        asked = questions(find_section(text, "question") or "")
        plan = list_items(find_section(text, "action", "plan") or "")
        reply = find_section(text, "reply", "response")
        defensive = find_defensive(reply or "")
        # A label in quotes is named in order to set it aside ('Words like "sloppy" are a judgment').
        unquoted = re.sub(r"[\"“][^\"”]{1,40}[\"”]", "", criticism)
        # ("a mum had complained that you made her feel stupid": a word someone else used, which they passed on)
        unquoted = " ".join(s for s in sentences(unquoted) if not SOMEONE_ELSE_SAID.search(s))
        stings = find_absolutes(unquoted) + find_labels(unquoted)
        return [
            Check("restatement", bool(content_stems(restated)) and not stings,
                  "Restate the feedback neutrally, without the sting" + (f" (drop: {', '.join(stings)})"
                                                                          if stings else "") + "."),
            Check("clarifying_questions", CLARIFYING_MIN <= len(asked) <= CLARIFYING_MAX,
                  f"Ask {CLARIFYING_MIN}–{CLARIFYING_MAX} clarifying questions (found {len(asked)})."),
            Check("action_plan", bool(plan), "Turn what you accept into a concrete action plan."),
            Check("non_defensive_reply", bool(reply) and not defensive,
                  "Write a short reply without defending yourself" + (f" (drop: {', '.join(defensive)})"
                                                                        if defensive else "") + "."),
        ]  # fmt: skip


_OWED_BY_YOU = lazy_regex(r"^(?=(?:need|have|ought)\s+to\s|should\s|must\s|needs\s|has\s+to\s)", re.IGNORECASE)
"""A point noted without its subject ("need to push back on scope creep", "needs at least one on record"): said to
the user, it is theirs."""


def _done_without_subject(point: str) -> bool:
    """A point that opens on what was done, its "you" left out ("forgot to mention the PONV risk", review 96)."""
    first = point.split(" ", 1)[0]
    return lexicon_tag(first.lower()) == "VBD" and tag(point)[0][1] in ("VBD", "VBN")


def _owed_by_you(point: str) -> str:
    """A point noted without its subject, said to the user: "needs at least one on record" -> "You need at least…"."""
    point = re.sub(r"^(?:(needs)|(has)(?=\s+to\b))", lambda m: "need" if m[1] else "have", point, flags=re.IGNORECASE)
    return f"You {lower_first(point)}"


class _Give:
    """The script a mentor can say: situation, behaviour, impact, a strength, then a request."""

    def __init__(self, values: Mapping[str, Any], guidance: Sequence[SearchResult], style: Style) -> None:
        # "want to tell my junior (paralegal) that her notes are too thin": the note to self is not the script
        values = {**values, "feedback": _TELLING_THEM.sub("", str(values["feedback"]).strip())}
        # "…really well, want to tell her specifically what was good": the user's note to self, after the point
        values = {**values, "feedback": _TELLING_THEM_AFTER.sub("", str(values["feedback"]))}
        # "…was strong, want to tell her the client asked for her by name": what to tell them is said, and joined
        values = {**values, "feedback": _TELL_THEM_MORE.sub(", and ", str(values["feedback"]))}
        self.praise_label = bool(_PRAISE_LABEL.match(str(values["feedback"])))
        values = {**values, "feedback": _PRAISE_LABEL.sub("", str(values["feedback"])) or values["feedback"]}
        # "wanted to say thank u, you covered my shifts… means alot": thanks, said as the user's own
        feedback = str(values["feedback"])
        self.thanking = bool(_THANKING_THEM.match(feedback))
        self.means_a_lot = bool(_MEANS_A_LOT.search(feedback))
        values = {**values, "feedback": _MEANS_A_LOT.sub("", _THANKING_THEM.sub("", feedback)).strip() or feedback}
        self.values, self.guidance, self.style = values, guidance, style
        texts = [str(values.get(k) or "") for k in ("feedback", "behaviour", "impact", "request")]
        self.person = with_pronoun(as_spoken_to(parse_person(values.get("person_name")), *texts), *texts)
        self.reading = read(_role_as_name(str(values["feedback"]), self.person), self.person, "give")
        self.frames = FRAMES["give"]
        self.seed = f"{values['feedback']}|{values.get('person_name') or ''}"
        self.notes: list[str] = []
        self.them = self.person.address or "them"
        self.behaviour_effect = ""
        self.when = when_phrase(str(values.get("when_it_happened") or ""))
        # "…three times this month" with "this month" as the when: said once, where the user said it
        # (only the words the script says: with a behaviour field, the feedback's own "this week" is never read out,
        # and "Situation: This week." went missing, review 81)
        typed = f"{values.get('behaviour') or values['feedback']} {values.get('impact') or ''}"
        self.when_said = bool(self.when) and (re.search(rf"(?<!\w){re.escape(self.when)}(?!\w)", typed, re.IGNORECASE)
                                              is not None or _same_span(self.when, typed))
        spanned = _SPAN.match(self.when) and (self.reading.behaviours or values.get("behaviour")) and not self.when_said
        # "Over the past month, " before the behaviour: a stretch of time is said with it, not as a situation
        # ("in her first month" is said to her: "In your first month, …")
        yours = re.sub(r"\b(?:her|his|their)\s+(?=first\b)", "your ", self.when, flags=re.IGNORECASE)
        self.span_lead = f"{upper_first(yours)}, " if spanned else ""
        # "new trainee drivers say…": who the user heard it from, when they did not see it themselves
        self.heard = _HEARD_FROM.match(str(values["feedback"]).strip()) if not _SAW_IT.search(
            str(values["feedback"])) else None

    def compose(self) -> Composition:
        feedback = str(self.values["feedback"])
        thanks_only = self.thanking and not _CORRECTIVE.search(_GENEROUS_NEGATIVE.sub("", feedback))
        # ("great job on the load-in!!" with a request: praise, then the ask, review 58; other praise with a
        # request may lead into a correction, "I love your tone on bass… could you learn the demos")
        requested = bool(self.values.get("request")) and not _PRAISE_LEAD.match(feedback)
        labelled_praise = self.praise_label and not _CORRECTIVE.search(_GENEROUS_NEGATIVE.sub("", feedback))
        if (thanks_only or labelled_praise or _all_praise(feedback, self.reading)) and not requested:
            return self._praise()
        brevity = max(0, min(self.style.brevity, 2))
        behaviour_cite = cite(self.guidance, "give-specific-behavioural-feedback", ["behaviour"])
        strength_cite = cite(self.guidance, "balance-feedback-with-strengths", ["strength"])
        forward_cite = cite(self.guidance, "feedback-with-a-way-forward", ["next step", "forward"])
        lines = [self._opener()] if brevity == 0 else []
        strength = self._strength()
        lines += [
            self._situation(),
            with_marker(self._behaviour(), behaviour_cite),
            self._impact(),
            with_marker(strength, strength_cite) if strength else "",
            with_marker(self._request(), forward_cite),
        ]
        points = [(point, cite(self.guidance, card, ["behaviour"])) for point, card in FRAMES["rationale"]["give"]
                  if strength or card != "balance-feedback-with-strengths"]  # (no strength is claimed when none is)
        return Composition(body="\n\n".join(line for line in lines if line), rationale=rationale(points, self.notes))

    def _praise(self) -> Composition:
        """Feedback that is all praise: the moment, what they did well (in the user's words) and its effect."""
        feedback = str(self.values["feedback"])
        specifics = sorted(self.reading.strengths + self.reading.behaviours, key=lambda c: _position(c, feedback))
        # "…the Saturday code club, its been brilliant": a verdict on it, said as the user's own closing praise
        verdicts = [c for c in specifics if _VERDICT_ON_IT.match(c)]
        specifics = [c for c in specifics if c not in verdicts]
        given = _words_or_empty(self.values.get("behaviour"))
        observed = _behaviour_clause(given, self.person) if given else None
        if len(specifics) > 1:  # ("great job on the load-in" beside what earned it: the praise, said by the frame)
            specifics = [c for c in specifics if not _PRAISE_LEAD.match(c)] or specifics
        # the behaviour field first, and what the feedback adds to it ("covered 4 of my closing shifts"); a field
        # the feedback says more fully ("rigged stage early" beside "you had the whole stage rigged 40 min early…")
        # gives way to it (review 58)
        fuller = observed and any(_restates(given, c) and len(content_stems(c)) > len(content_stems(given)) + 2
                                  and numbers_in(given) <= numbers_in(c) for c in specifics)
        if observed and not fuller:
            specifics = [observed, *(c for c in specifics if not _restates(c, given) and not _same_act(c, given))]
        impact = as_phrase(expand_shorthand(_words_or_empty(self.values.get("impact"))))
        # "he calmed down and actually thanked her", said to Mei: "…thanked you" (review 60)
        impact = (address(impact, self.person, "give") or impact) if impact and self.person.pronoun else impact
        effects = [impact] if impact else [i for i in self.reading.impacts if not _MORE_OF_THIS.search(i)]
        spoken_to = self.person.address
        kind = "praise_thanks_opener" if self.thanking else "praise_opener"
        opener = pick(self.frames[kind if spoken_to else f"{kind}_no_name"], self.seed)
        lines = [
            opener.format(address=spoken_to),
            self._situation(),
            with_marker(self.frames["praise_behaviour"].format(clauses=upper_first("; ".join(specifics))),
                        cite(self.guidance, "balance-feedback-with-strengths", ["strength"])),
            self.frames["praise_impact"].format(clause=upper_first(effects[0])) if effects else "",
            " ".join(as_sentence(upper_first(_VERDICT_ON_IT.sub("", v))) for v in verdicts[:1]),
            self.frames["praise_more" if _MORE_OF_THIS.search(feedback) else
                        "praise_means_a_lot" if self.means_a_lot else "praise_thanks"],
            self._request(praised=True) if _words_or_empty(self.values.get("request")) else "",
        ]
        if not effects:
            self.notes.append(FRAMES["rationale"]["missing_impact"].format(field=_IMPACT_LABEL))
        self.notes.insert(0, FRAMES["rationale"]["praise"])
        points = [(point, cite(self.guidance, card, ["behaviour"])) for point, card in FRAMES["rationale"]["give"][:1]]
        body = "\n\n".join(str(line) for line in lines if line)
        return Composition(body=body, rationale=rationale(points, self.notes))

    def _opener(self) -> str:
        kind = "opener_heard" if self.heard else "opener"
        if self.person.address:
            return pick(self.frames[kind], self.seed).format(address=self.person.address)
        return pick(self.frames[f"{kind}_no_name"], self.seed)

    def _situation(self) -> str:
        when = self.when
        if self.span_lead or self.when_said:
            return ""  # said with the behaviour
        if not when:
            self.notes.append(FRAMES["rationale"]["missing_when"].format(them=self.them))
            return ""
        # "worst was monday he came in at 8.25 and we were all stood waiting on him": said to them, "you"
        when = address(when, self.person, "give") or when
        return str(self.frames["situation"].format(when=upper_first(when)))

    def _behaviour(self) -> str:
        typed = _words_or_empty(self.values.get("behaviour"))
        # "opens hives without lighting the smoker first; left crown board off on hive 7": the second deed is theirs
        # too ("…, and you left…"), never a note with no subject (review 72)
        typed = re.sub(r";\s+(?=(\w+)\b)", lambda m: ", and you " if shape_of(m[1]) in ("past", "verb") and is_verb(
            m[1].lower()) else "; ", typed, count=1)
        given, self.behaviour_effect = _behaviour_and_effect(typed)
        said_to_them = all(re.match(r"you(?:r|'re|'ve)?\b", b, re.IGNORECASE) for b in self.reading.behaviours)
        if given and _verbless(given) and len(self.reading.behaviours) == 1 and said_to_them:
            # "CD log not countersigned at handover" beside "she keeps leaving the controlled drugs log unsigned…":
            # the feedback says it as a sentence, which the frame can take whole (review 56)
            given, self.behaviour_effect = "", ""
        once = happened_once(str(self.values.get("when_it_happened") or ""), given)
        observed = [c for c in [_behaviour_clause(given, self.person, once)] if c] if given else self.reading.behaviours
        absolute = any(find_absolutes(clause) for clause in self.reading.judged)
        if self.reading.labels or absolute:  # (the user's own feelings are left out too, but judge no one)
            words = ", ".join(f'"{w}"' for w in self.reading.labels) or "clauses with absolutes"
            self.notes.append(FRAMES["rationale"]["dropped"].format(words=words))
        if not observed:
            words = quoted_words(self.reading.labels) if self.reading.labels else "general words"
            self.notes.append(FRAMES["rationale"]["missing_behaviour"].format(words=words, them=self.them))
            return str(self.frames["behaviour_missing"].format(span=self.span_lead, them=self.them))
        if not self.behaviour_effect and not self.values.get("impact"):
            last, self.behaviour_effect = _behaviour_and_effect(observed[-1])
            observed = [*observed[:-1], last]
        observed = [_YOUR_OWN.sub(r"\g<verb> your \g<thing>", o) for o in observed]  # "raising voice"
        first, *more = observed
        heard = self.heard
        if heard:
            # "new trainee drivers say he is too harsh…": the user heard it, so never "I've noticed" (review 56)
            text = self.frames["behaviour_heard"].format(span=self.span_lead, who=upper_first(heard["who"].strip()),
                                                         first=_lower_head(first))
            return " ".join([as_sentence(text), *(as_sentence(self.frames["behaviour_more"].format(
                clause=_lower_head(m))) for m in more)])
        span = self.span_lead
        first = _said_in_the_span(first, span)
        led = _TIME_THEN_YOU.match(first)
        if led and not span:  # "In the last 2 sprint reviews you interrupted…": the stretch of time leads (session 61)
            span, first = f"{upper_first(led['time'])}, ", first[led.end():]
        verb_first = _VERB_THEN_HOW_OFTEN.match(first)
        if verb_first and is_verb(verb_first["verb"]) and base_form(verb_first["verb"]) != verb_first["verb"] and (
                not tag(first)[1][1].startswith(("VB", "MD"))):
            # "records only the pocket depths of 5 mm…" typed for the "I've noticed that…" field (review 67)
            first = f"you {base_form(verb_first['verb'])}{first[verb_first.end('verb'):]}"
        if _WHERE_THEY_WERE.match(first) and not re.search(r"\byou\s+\w", first):  # (not "…notes you just write")
            first = f"you were {first}"  # "on her phone during playground duty": "…that you were on your phone…"
        # ("on the handoff notes you just write…": a place, then the clause; never "I've noticed on the handoff notes…")
        has_clause = re.search(r"\byou\s+\w", first) is not None
        if (shape_of(first) == "noun" or _adjectives_and_noun(first)) and not has_clause:
            text = self.frames["behaviour_noun"].format(span=span, noun=_lower_head(first))
        else:
            text = self.frames["behaviour_lead"].format(span=span, first=_lower_head(first))
        text, seen = _evidence_apart(text)
        # ("I saw you twice this week reach in…" is what the user saw: said as it is, never "I've also noticed that I…")
        sentences = [as_sentence(text), *seen] + [as_sentence(self._more_noticed(m)) for m in more]
        return " ".join(sentences)

    def _more_noticed(self, clause: str) -> str:
        """A further behaviour clause as said: what the user saw, what they said, or "I've also noticed that…".

        ("twice this month I found you working live" is what the user saw; "you say its quicker" is what they told
        the user, never "I've also noticed that you say…", review 66)
        """
        if re.match(r"I\s", TIME_FIRST.sub("", clause, count=1)) or re.match(r"(?:twice|once|\d+\s+times)\b[^,]*\bI\s",
                                                                         clause, re.IGNORECASE):
            return upper_first(clause)
        told = re.match(r"^you\s+(?:say|said|tell me|told me|keep saying)\s+(?:that\s+)?(?P<what>.+)$", clause, re.I)
        if told:
            return f"You've told me {told['what']}"
        return str(self.frames["behaviour_more"].format(clause=_lower_head(clause)))

    def _impact(self) -> str:
        given = as_phrase(expand_shorthand(_words_or_empty(self.values.get("impact")) or self.behaviour_effect))
        feedback = str(self.values.get("feedback") or "")
        # ("others cover her station", said to Lena: "your station", review 63)
        pronoun = self.person.pronoun or pronoun_after_name(self.person, feedback) or _only_pronoun(feedback) or (
            _only_pronoun(given))
        if given and pronoun:
            # "…he could have fallen 4 metres", said to Kyle: "you could have fallen"
            given = re.sub(rf"\b{pronoun}\b(?=\s+(?:could|would|might|will|had)\b)", "you", given)
            # "he didnt see a kid struggling…" opening the effect field is the person too (review 79)
            given = re.sub(rf"^{pronoun}\b(?=\s+(?!(?:said|says|told|thinks|thought)\b)\w)", "you", given,
                           flags=re.IGNORECASE)
        worries = [i for i in self.reading.impacts if i.startswith("I don't want you to ")]
        # ("the obs aren't charted on time" beside the behaviour "obs charted late": the behaviour again, never
        # its effect, review 54)
        behaviour = _words_or_empty(self.values.get("behaviour"))
        impacts = [given] if given else [i for i in self.reading.impacts
                                         if i not in worries and not _restates(i, behaviour)]
        impacts = [_him_as_you(i, pronoun) for i in impacts] if pronoun else impacts
        worry = " ".join(as_sentence(w) for w in worries)
        done = next((found for b in self.reading.behaviours if (found := _ALREADY_DONE.search(b))), None)
        if not impacts and done:
            # ("…too close to the bone and already chipped one vertebra of the hadrosaur": what it has already done
            # is the effect, never "You didn't say what effect it had", review 104)
            impacts = [f"you've already {done['what']}"]
        if not impacts and worry:  # "I don't want her to burn out": why it matters, in the user's words
            return str(self.frames["impact_sentence"].format(sentence=worry))
        if not impacts:  # only the user knows the effect: leave it out rather than a blank to fill
            self.notes.append(FRAMES["rationale"]["missing_impact"].format(field=_IMPACT_LABEL))
            return ""
        line = self._effect_line(impacts, given)
        # ("one day its going to wreck his lungs" beside a typed effect: the risk is said too, never dropped, r89)
        risks = [i for i in self.reading.impacts if given and i not in worries and _RISK.search(i)
                 and not _restates(i, given)]
        # ("I want to tell him the client will reject us if this continue." was never said, review 89): a risk the
        # user wants to tell them is said beside the effect
        # (never a story of what already happened: "last month we send wrong blend… and they could…", review 93)
        risks += [m for m in self.reading.messages if _RISK.search(m) and not re.match(r"you\b", m, re.IGNORECASE)
                  and not REASSURANCE.match(m) and not praises(m) and m not in risks and not tells_a_past_event(m)]
        if risks and not worry:
            worry = str(self.frames["risk_too"].format(clause=_lower_head(_him_as_you(risks[0], pronoun)
                                                                             if pronoun else risks[0])))
        return f"{line} {worry}" if worry else line

    def _effect_line(self, impacts: list[str], given: str) -> str:
        """The effect as its frame, then any verdict on it as a sentence of its own.

        ("As a result, the actors are waiting, on a film set this is a big deal, and the 1st AD noticed it.": a
        verdict is no effect, and spliced in the list it read as a run-on, review 99)
        """
        verdicts = [i for i in impacts[1:] if _A_VERDICT.search(i)] if not given else []
        line = self._effect_clause([i for i in impacts if i not in verdicts], given)
        return " ".join([line, *(as_sentence(v) for v in verdicts)])

    def _effect_clause(self, impacts: list[str], given: str) -> str:
        """The effect as its frame: why it matters, a result, or a worry about what could come of it."""
        # "they are not exact anymore", "the judge can ask to see them": the effects said together, in order
        impacts = [_CONSEQUENCE_AFTER_COMMA.sub(", which ", _the_person_noun(i)) for i in impacts]
        # "customers waiting outside and i lost…": people and what they were doing, said with its "were"
        impacts = [_PEOPLE_DOING.sub(r"\1 were \2", i, count=1) for i in impacts]
        # "margin gone on at least 20 bouquets": a thing and what became of it, said with its "was" (review 71)
        impacts = [_THING_GONE.sub(_thing_was_gone, i, count=1) for i in impacts]
        impacts = [dated_in_the_past(i) for i in impacts]  # "last month we send wrong blend": "we sent"
        # (up to three, so an effect of a second behaviour is never dropped: "…, and I had a client waiting at 11")
        shown = [impacts[0]] if given else [impacts[0], *map(_lower_head, impacts[1:3])]
        impact = _two_clauses_joined(shown[0]) if len(shown) == 1 else f"{', '.join(shown[:-1])}, and {shown[-1]}"
        if MATTERS_BECAUSE.match(impact) or STORY_ELSEWHERE.search(impact):
            # ("a disc exploded on a guy at my last job and he lost an eye": why it matters, never "As a result")
            return str(self.frames["impact_matters"].format(clause=_lower_head(impact)))
        if _RELATIVE.match(impact):
            return str(self.frames["impact_sentence"].format(sentence=impact_sentence(impact)))
        # "yesterday the EHO nearly marked us down": the clause after its time decides the shape
        after_time = TIME_FIRST.sub("", impact, count=1)
        if shape_of(after_time) == "noun" and not _someone_did(after_time) and not things_did(after_time):
            return str(self.frames["impact_noun"].format(noun=_lower_head(impact)))
        # what could happen is a worry, not a result: "someone is going to get hurt", "if the chain is worn…";
        # but "the crew spent 40 minutes … before they could start" happened
        conditional = re.match(r"^if\b", impact, re.IGNORECASE) is not None  # "if HSE came on site we'd be…"
        happened = not conditional and told_in_the_past(impact)
        if (_RISK.search(impact) or conditional) and not happened:
            return str(self.frames["impact_risk"].format(clause=_lower_head(impact)))
        return str(self.frames["impact_result"].format(clause=_lower_head(impact)))

    def _strength(self) -> str:
        if self.reading.strengths:
            strength = _FILLER_FIRST.sub("", self.reading.strengths[0])  # "ok so you are honestly so talented"
            if _FEELING_FIRST.match(strength):  # "love his tone on bass": the user's feeling, missing its "I"
                strength = f"I {strength[:1].lower()}{strength[1:]}"
            strength = _as_you_are(strength)
            if _BARE_QUALITY.match(strength) and len(self.reading.strengths) > 1:
                # "you are really talented" says little alone: "…, and your sauces are the best on the team"
                strength = f"{strength}, and {self.reading.strengths[1]}"
            elif strength != self.reading.strengths[0] and len(self.reading.strengths) > 1:
                strength = _one_more_quality(strength, self.reading.strengths[1])
            elif len(self.reading.strengths) > 1 and _also_praise(self.reading.strengths[1]) and len(
                    f"{strength} {self.reading.strengths[1]}".split()) <= 25:
                # "Maya books more meetings than anyone…, she's a machine on the phones": both said (review 68)
                strength = f"{strength}, and {self.reading.strengths[1]}"
            return str(self.frames["strength"].format(sentence=as_sentence(strength)))
        asked = _words_or_empty(self.values.get("request"))
        # "wanted to tell Mike he did great…": praise, when the ask is given (never "I want Jordan to understand…")
        praise = next((m for m in self.reading.messages if praises(m)), None)
        if praise and asked:
            return str(self.frames["strength"].format(sentence=as_sentence(praise)))
        whose = f"{self.person.address}'s" if self.person.address else "theirs"
        self.notes.append(FRAMES["rationale"]["missing_strength"].format(whose=whose))
        return ""  # no praise the user did not give: the check and the note ask for a real one

    def _told_beside_the_request(self) -> str | None:
        """What the user wants to tell them, said after the request ("you can be firm and polite…"), or None.

        Only what is said to them, or reassurance ("there is no stupid opinion"): "I want Jordan to understand…,
        without making him feel stupid" is what to get across, and how. A praising message is the strength only when
        no other strength was given.
        """
        # ("I want to say her the meeting is also her place" was dropped, review 93: said to them, about theirs)
        return next((m for m in self.reading.messages if (not praises(m) or self.reading.strengths)
                     and (re.match(r"you\b", m, re.IGNORECASE) or REASSURANCE.match(m)
                          or (re.search(r"\byour?\b", m, re.IGNORECASE) and not _RISK.search(m)))), None)

    def _request(self, praised: bool = False) -> str:
        """The request line; after praise ("Could you write up the labelling system…?") with no review of it."""
        tone = self.style.tone if self.style.tone in ("formal", "casual") else "warm"
        asked = as_phrase(_words_or_empty(self.values.get("request"))) or next(iter(self.reading.requests), "")
        asked = as_phrase(_strip_request_lead(asked)) if asked else ""
        # "wait for the second check, tell me and I will handle the client": the offer is a sentence of its own
        offer = _OFFER_APART.search(asked)
        offered = _IF_THEN_TELL.sub(r"\1, ", asked[offer.end():]) if offer else ""  # "If there's a problem, tell me."
        after = f" {as_sentence(offered)}" if offer else ""
        if not after and self.reading.offers:  # "…, and I'm happy to do a couple of handovers alongside her"
            said = to_you(self.reading.offers[0], self.person.names[0]) if self.person.names else self.reading.offers[0]
            after = f" {as_sentence(said)}"
        asked = asked[: offer.start()] if offer else asked
        typed = _words_or_empty(self.values.get("request"))
        # (only one that says more than the request: a "but", a reason or a risk; "weigh everything" beside "weigh salt
        # and levain on the scale every time" said it twice)
        wished = next((r for r in self.reading.requests if typed and not _restates(r, typed)
                       and re.search(r"\b(?:but|so|before|because|otherwise|without)\b", r)), "")
        if wished and self.person.names:
            # ("i want him to keep the standards but coach it calmer" beside the typed request was dropped, review
            # 95): what the user wants of them, said after the request in their words
            after = f" {as_sentence('I want you to ' + to_you(wished, self.person.names[0]))}{after}"
        told = self._told_beside_the_request()
        if asked and told:
            # ("I want to tell her she can be firm and polite same time", beside the request field: said after the
            # request, never dropped, review 83)
            after = f" {as_sentence(told)}{after}"
        costs = _COST_AFTER_COMMA.search(asked) if asked else None
        if costs:  # "do the full walk-round every morning, takes 10 min": what it costs, a sentence of its own
            after = f" {as_sentence('It ' + costs['cost'])}{after}"
            asked = asked[: costs.start()]
        if asked and self.person.names:  # "…or tell me if he can't": the request is said to them
            asked = lower_first(second_verb_agrees(to_you(asked, self.person.names[0])))
        if asked and _OWN_REQUEST_QUESTION.match(asked):  # "Could you could we agree…" (review 58)
            question = upper_first(re.sub(r"[.!?\s]+$", "", asked)) + "?"
            return str(self.frames["request_question"].format(question=question)) + after
        if asked and _NEVER_FIRST.match(asked):
            # "never leave a dog on the table, put it back in the crate…": a rule, said as typed, never "Could you
            # never leave… and put it back…", whose "never" took in the rest (review 72)
            rule = re.sub(r",\s+(?=(\w+)\b)", lambda m: ": " if is_bare_verb(m[1].lower()) else ", ", asked, count=1)
            return str(self.frames["request_sentence"].format(sentence=as_sentence(rule) + after))
        if asked and not labels_in(asked):
            # The field completes "Could you…", so a first word that can be a verb is one ("check Slack").
            # ("keys go back in the key box every time": a thing and its verb, never "Could you keys go back…")
            tagged = tag(asked)
            own_subject = len(tagged) > 1 and tagged[0][1] == "NNS" and tagged[1][1] in ("VBP", "VB", "MD")
            # ("face shield on every time the grinder is in ur hand": a thing and where it stays, never "Could you
            # face shield on…", review 68)
            own_subject = own_subject or _thing_and_its_state(tagged)
            # ("always read obs straight from the chart": a standard, asked as "Could you always read…?", review 58)
            head = re.sub(r"^(?:always|never|just|also|still|then)\s+", "", asked, flags=re.IGNORECASE)
            verbal = not own_subject and (shape_of(head) in ("verb", "gerund") or can_be_verb(head.split(" ")[0]))
            verb = (as_verb_phrase(asked) or asked[:1].lower() + asked[1:]) if verbal else None
            if verb:
                verb = _and_the_last_step(verb)
                frame = self.frames["praise_request_verb" if praised else "request_verb"][tone]
                return str(frame.format(verb=verb)).replace("?", "?" + after, 1)
            return str(self.frames["request_sentence"].format(sentence=as_sentence(asked) + after))
        if self.reading.messages:
            message = as_sentence(self.reading.messages[0])
            if _FIXED_RULE.search(message) and not _HELP_OFFERED.match(message):
                return str(self.frames["request_rule"].format(sentence=message))
            return str(self.frames["request_message"][tone].format(sentence=message))
        return str(self.frames["request_missing"][tone])


_WRITTEN_WORK_JUDGED = lazy_regex(
    r"\b(?:the|my|your|this|her|his)\s+(?:\w+\s+)?(?:write[- ]?up|draft|chapter|essay|thesis|paper|manuscript|"
    r"translation|article|dissertation|dialog(?:ue)?|prose|abstract|literature review|introduction|conclusion)s?\s+"
    r"(?:is|was|are|were|reads?|sounds?|feels?|lacks?|needs?)\b", re.IGNORECASE)
"""Feedback that judges a piece of writing ("the write up is too descriptive"): about passages, not moments."""
_FIXED_RULE = lazy_regex(r"\b(?:no exceptions?|always|every (?:time|shift|day)|at all times|never|must|"
                         r"non-negotiable)\b", re.IGNORECASE)
"""A message that states a rule ("the phone stay in locker, always, no exception"): checked on, never negotiated."""
_HELP_OFFERED = lazy_regex(r"^(?:you\s+(?:can|could|may)|feel free|you're welcome|my door)\b", re.IGNORECASE)
"""A message that offers help ("You can ask me always"): its "always" is the offer, no rule to check on."""
_PACE_LABEL = lazy_regex(r"\b(?:slow|sluggish|late)\b", re.IGNORECASE)
"""A label that judges their pace ("too slow with my drug rounds"): restated as how quickly, never the state."""
_NEVER_FIRST = lazy_regex(r"^(?:never|don'?t|do not)\s+\w", re.IGNORECASE)
"""A request typed as a rule of what not to do ("never leave a dog on the table…")."""


def _thing_and_its_state(tagged: Sequence[tuple[str, str]]) -> bool:
    """A request typed as a thing and where it stays: "face shield on every time…", "hard hat on at all times"."""
    return len(tagged) > 2 and tagged[0][1] in ("NN", "JJ") and tagged[1][1] in ("NN", "NNS") and (
        tagged[2][0].lower() in ("on", "off", "away", "down", "up", "back", "out"))


_SEEN_AFTER_COMMA = lazy_regex(r",\s+(?:(?:and|but)\s+)?(?:I\s+)?(?P<verb>saw|seen|heard|caught|noticed)\s+"
                               r"(?P<rest>(?:it|this|that|him|her|them)\b[^.?!]*)", re.IGNORECASE)
"""How the user knows, tacked on after a comma ("…walking round the bus, saw it on cctv twice")."""
_NOT_AFTER_COMMA = lazy_regex(r",\s+(?=(?:didn'?t|did not|never|without)\s)", re.IGNORECASE)
"""What they left undone, tacked on after a comma ("…with abstract shapes, didnt tell anyone")."""
_COST_AFTER_COMMA = lazy_regex(r",\s+(?P<cost>takes\s+(?:only\s+|just\s+|about\s+|like\s+)?\S+\s+\w+)\s*[.?!]*$",
                               re.IGNORECASE)
"""What a request costs, tacked on after a comma ("…every morning, takes 10 min")."""


def _evidence_apart(behaviour: str) -> tuple[str, list[str]]:
    """A behaviour without how the user knows it, and that as a sentence of its own ("I saw it on CCTV twice.").

    Left on, the subjectless "…, saw it on cctv twice" read as if they saw it (review 63); a thing left undone
    after a comma is joined with "and" ("…with abstract shapes, and didn't tell anyone").
    """
    behaviour = _NOT_AFTER_COMMA.sub(", and ", behaviour)
    seen = _SEEN_AFTER_COMMA.search(behaviour)
    if not seen:
        return behaviour, []
    verb = "saw" if seen["verb"].lower() == "seen" else seen["verb"].lower()
    return behaviour[: seen.start()], [as_sentence(f"I {verb} {seen['rest']}")]


_WHERE_THEY_WERE = lazy_regex(r"^(?:on|off|at|in|away from|out of|late for|late to|without)\s+"
                              r"(?:your|the|their|a|an)\b", re.IGNORECASE)
"""A behaviour typed as where they were ("on her phone during playground duty"), with no verb of its own."""


def _restates(impact: str, behaviour: str) -> bool:
    """Whether an effect read from the feedback says the behaviour field again: most of its key words are there.

    "the obs aren't charted on time" beside "obs charted late" says it again; "the client mentioned it to the front
    desk" beside "on phone in front of clients" shares two words and is still an effect.
    """
    said = {stem for stem in content_stems(impact) if not stem.endswith("n't")}  # ("aren't" says nothing)
    shared = said & set(content_stems(behaviour))
    return len(shared) >= RESTATED_WORDS and len(shared) >= RESTATED_SHARE * len(said)


_YOUR_OWN = lazy_regex(r"\b(?P<verb>rais(?:e|es|ed|ing)|los(?:e|es|ing)|lost|roll(?:s|ed|ing)?|check(?:s|ed|ing)?|"
                       r"shak(?:e|es|ing)|shook)\s+(?P<thing>voice|temper|eyes|phone|head)\b", re.IGNORECASE)
"""Something of their own typed without its "your" ("raising voice", "checking phone")."""


def _label_as_said(label: str, feedback: str) -> str:
    """A label with where it was said to show ("too slow on the lifts"), as the feedback put it; else the label."""
    # (the place whole, up to its clause's end: "too slow on bathroom jobs", never "too slow on bathroom")
    found = re.search(rf"\b{re.escape(label)}\s+(?:on|at|with|in|during)\s+[^,.;:!?()]+?"
                      r"(?=\s*(?:[,.;:!?()]|$)|\s+(?:and|but|so|because|when|which|that|or|she|he|they|i|you)\b)",
                      feedback, re.IGNORECASE)
    return found[0] if found and len(found[0].split()) <= LABEL_PLACE_WORDS else label


LABEL_PLACE_WORDS = 5
"""The longest label with its place quoted in a question ("too slow on the lifts"); a longer one is quoted bare (a
longer quotation reads as a clause with no verb: 'said "too slow with the induction prep"', the corpus's checks)."""


def _role_as_name(feedback: str, person: Person) -> str:
    """The feedback with the person called by their role ("Resident is…") calling them by name instead.

    Giving to "Dr. Sharma, 2nd year resident", what is said of them is then said to them ("You are technically good",
    never "What's working: Resident is technically good.", review 109).
    """
    role = (re.findall(r"[a-z]+", person.role.lower()) or [""])[-1]
    if not role or not person.name:
        return feedback
    return re.sub(rf"(?:(?<=^)|(?<=[.;!?]\s))(?:the\s+|my\s+|our\s+)?{re.escape(role)}\s+(?=(?:is|was|has|does|did|"
                  rf"seems|needs|keeps|can|could|should|must|always|never|often)\b)", f"{person.name} ", feedback,
                  flags=re.IGNORECASE)


_EFFECT_NAMED = lazy_regex(
    r"\b(?:makes?|made|making)\s+(?:the\s+|our\s+|my\s+|her\s+|his\s+)?(?:whole\s+)?(?:team|us|me|everyone|"
    r"everybody|people|others|clients?|customers?|patients?|them|department|unit|ward|shift)\s+(?:look|feel|wait|"
    r"late|lose|miss|work)\w*"
    r"|\b(?:do|does|did)\s*(?:not|n'?t)\s+(?:understand|follow|know|get)\b"
    r"|\b(?:can'?t|cannot|could\s*n'?t)\s+(?:understand|follow|read|find)\b"
    r"|\b(?:get|gets|got|are|is|were|was)\s+(?:lost|confused)\b"
    r"|\b(?:loses?|lost|wastes?|wasted)\s+(?:\d+|an?|half)\s+(?:minutes?|mins?|hours?|hrs?|days?|an hour)\b",
    re.IGNORECASE)
"""Received feedback that tells its effect in its own words ("it makes the whole team look bad"): no asking for it."""

_WHAT_THEY_WANT = lazy_regex(
    r"\b(?:wants?|wanted|would\s+like|'d\s+like|needs?|asked|asks)\s+(?:me|you)\s+to\b"
    r"|\b(?:I|you|me|u)\s+(?:should|must|need\s+to|have\s+to|ought\s+to)\s+(?!not\b)\w"
    r"|\b(?:I|you|me|u)\s+(?:to\s+)?try\s+to\b", re.IGNORECASE)
"""Received feedback that says what they want done instead ("she wants me to use SBAR", "I should send them by
Friday"): what good looks like is given."""

_SECOND_HAND = lazy_regex(
    r"\b(?:told|said\s+to|mentioned\s+to|complained\s+to|reported\s+to)\s+(?:her|him|them)\b|"
    r"\b(?:staff|team|engagement|anonymous|student|parent|patient|customer|client)\s+(?:survey|feedback\s+form)s?\b|"
    r"\b(?:360|upward)\s+feedback\b|"
    r"\b(?:some|a\s+few|several|one|two|three|members|most|many)\s+(?:of\s+)?(?:the\s+|my\s+|your\s+|her\s+|his\s+)?"
    r"(?:team|staff|people|colleagues|students|parents|patients|clients|customers|reports|nurses|drivers)\s+"
    r"(?:have\s+|had\s+)?(?:said|told|feel|felt|complained|reported|mentioned|raised)\b",
    re.IGNORECASE)
"""Feedback the person passed on from others ("some of the team told her in the staff survey that…"): they saw
none of it, so the questions ask what the others said, never "what effect did it have on you"."""
_HEARD_FROM = lazy_regex(r"^(?P<who>(?:(?:the|new|some|a few|two|three|several|my|our|other)\s+)*(?:[a-z-]+\s+){0,2}"
                         r"(?:trainees|drivers|customers|clients|staff|students|pupils|parents|patients|colleagues|"
                         r"people|guests|residents|nurses|apprentices|juniors|families|team))\s+"
                         r"(?:say|says|said|have said|told me|have told me|complain(?:ed)?|have complained|"
                         r"report(?:ed)?|mentioned)\b", re.IGNORECASE)
"""Feedback the user heard from others ("new trainee drivers say he is too harsh…")."""
_SAW_IT = lazy_regex(r"\bI\s+(?:saw|have seen|'ve seen|noticed|watched|heard him|heard her|was there)\b", re.IGNORECASE)


def _verbless(text: str) -> bool:
    """A note with no verb that could lead or carry a sentence.

    "CD log not countersigned at handover", "build broken 2x": a participle alone is no verb of its own.
    """
    if _WHERE_THEY_WERE.match(text) or re.search(r"\b(?:you|he|she|they|we|i|it|him|her|them)\b", text, re.I):
        return False  # "on her phone during duty" fits its own frame; a pronoun's clause has a verb, however tagged
    tags = [t for _, t in tag(text)]
    # a thing, then what was (not) done to it: "CD log not countersigned…" (the tagger may call it VBD)
    passive_note = len(tags) > 2 and tags[0].startswith("NN") and not is_verb(text.split()[0].lower()) and any(
        t in ("VBN", "VBD") for t in tags[1:4])
    return passive_note and not any(t in ("VBZ", "VBP", "MD", "VB", "VBG") for t in tags)


def _gives_a_strength(values: Mapping[str, Any]) -> bool:
    """Whether the user's own words name something done well, which the script should say."""
    said = " ".join(str(values.get(k) or "") for k in ("feedback", "behaviour", "impact"))
    return bool(find_phrases(said, (*STRENGTH_CUES, *PRAISE_CUES)))


def _same_act(clause: str, behaviour: str) -> bool:
    """Whether a clause does what the behaviour field names, to the same thing: its first two key words are there.

    "you covered my shifts when my dad was in hospital" beside "covered 4 of my closing shifts".
    """
    head = content_stems(clause)[:2]
    return len(head) == 2 and set(head) <= set(content_stems(behaviour))


RESTATED_WORDS = 2
RESTATED_SHARE = 0.6


def _and_the_last_step(verb: str) -> str:
    """"close door every time, even if just 1 min, use the strip curtain": the last step joined with "and"."""
    last = list(re.finditer(r",\s+(?=([a-z]+)\s+(?:the|a|an|your|my|it|them|me)\b)", verb))
    word = last[-1].group(1) if last else ""  # (", even the stable ones" is no step: "even" reads as an adverb)
    step = is_bare_verb(word) and lexicon_tag(word) not in ("RB", "IN", "JJ")
    if last and step and " and " not in verb[last[-1].end():]:
        joiner = ", and" if "," in verb[: last[-1].start()] else " and"  # (a list before it keeps its commas)
        return f"{verb[: last[-1].start()]}{joiner} {verb[last[-1].end():]}"
    return verb


_MORE_OF_THIS = lazy_regex(r"\b(?:(?:want|like|see|need)\s+more\s+of\s+(?:this|that)|"
                           r"keep\s+(?:it\s+up|doing\s+(?:this|that|it)))\b", re.IGNORECASE)
_CORRECTIVE = lazy_regex(r"\b(?:too|late|miss(?:ed|es|ing)?|not|never|no|didn'?t|don'?t|doesn'?t|won'?t|can'?t|problem|"
                         r"issue|concern\w*|worr\w*|wrong|instead|stop|should|need\s+(?:him|her|them|you)|improve|"
                         r"but|however|although|though|tho)\b", re.IGNORECASE)

_GENEROUS_NEGATIVE = lazy_regex(
    r"\b(?:didn'?t|did not|never|without|no)\s+(?:once\s+|even\s+)?(?:make|made|making)\s+a\s+(?:big\s+)?"
    r"(?:deal|fuss)\b"
    r"|\b(?:didn'?t|did not|never|without)\s+(?:once\s+|even\s+)?(?:complain(?:ing|ed)?|moan(?:ing|ed)?|"
    r"hesitat(?:e|ed|ing)|(?:being|having been)\s+asked|a\s+(?:complaint|fuss)|miss(?:ing)?\s+a\s+beat)\b"
    r"|\bno\s+fuss\b", re.IGNORECASE)
"""A negative that praises ("covered my shifts and didn't make a big deal of it", "never once complained")."""


def _all_praise(feedback: str, reading: Reading) -> bool:
    """Whether the feedback only praises.

    Strengths found, nothing that asks for a change or names a problem, and praise meant as such ("want more
    of this") or in every sentence ("Priya's PRs are huge and hard to review. She writes great tests." is not).
    """
    generous = _GENEROUS_NEGATIVE.sub("", feedback)  # "didn't make a big deal of it" praises
    if not reading.strengths or reading.labels or reading.judged or reading.requests or _CORRECTIVE.search(generous):
        return False
    cues = (*STRENGTH_CUES, *PRAISE_CUES)
    # "great job on the festival load-in!! you had the whole stage rigged 40 min early…": praise, then what earned it
    return bool(_MORE_OF_THIS.search(feedback) or _PRAISE_LEAD.match(feedback)) or all(
        find_phrases(s, cues) for s in sentences(feedback))


_PRAISE_LEAD = lazy_regex(r"^\W*(?:(?:a\s+)?(?:great|brilliant|amazing|fantastic|excellent|superb|awesome|nice|"
                          r"terrific|outstanding)\s+(?:job|work|effort|stuff)|well\s+done|kudos|hats\s+off|"
                          r"shout\s*-?out)\b", re.IGNORECASE)
_PRAISE_LABEL = lazy_regex(r"^\W*(?:praise|positive(?:\s+feedback)?|(?:good|great)\s+news|kudos)"
                           r"\s*(?:[!:.\-–—]+\s*|\s+(?=my\b))", re.IGNORECASE)
"""Praise named as such before it ("praise!! my mentee handled…"): the label goes, and the script is praise."""


def _position(clause: str, feedback: str) -> int:
    """Where a clause starts in the feedback, by its first content word (clauses are reworded to "you")."""
    words = [w for w in re.findall(r"[\w#']+", clause.lower()) if w not in ("you", "your", "you've", "you're")]
    found = feedback.lower().find(words[0]) if words else -1
    return found if found >= 0 else len(feedback)


def _said_at(clause: str, feedback: str) -> int:
    """Where a point was said in the feedback, by its longest word, so restated points keep their order.

    (A short first word, "a" or "he", is found anywhere in the feedback.)
    """
    # (only words the feedback has: "often" said for "always" is the coach's, review 75)
    words = [w for w in re.findall(r"[a-z0-9#']{4,}", clause.lower())
             if w not in ("your", "you've", "you're") and w in feedback.lower()]
    found = feedback.lower().find(max(words, key=len)) if words else -1
    return found if found >= 0 else _position(clause, feedback)


_LINK_WORDS = frozenset({"at", "in", "on", "my", "our", "the", "a", "an", "during", "after", "with", "by", "over"})
"""Words that only place a conversation ("at my …"): two fields name the same one when the rest matches."""
_EVENT_MEETING = lazy_regex(r"\b(?:client|team|board|staff|project|sales|planning|site|department|all-hands|"
                            r"stand-?up|parents?|customer)\s+meetings?\b"
                            # ("the meeting with Mr Patel daughter": with someone else, review 77)
                            r"|\bmeetings?\s+with\s+(?!(?:you|me|him|her|them)\b)")


_JUDGED_CONTEXT = lazy_regex(r"^\s+(?P<context>(?:during|at|in|on|after|before|when|while|with)\s+[^,.;!?]{2,40}?)"
                             r"\s*(?:$|[,.;!?]|\s+(?:and|but)\b)", re.IGNORECASE)
"""When or where a judged thing was judged, after its label ("…is always a mess during service")."""


def _good_at(part: str) -> bool:
    """A quality and where it shows ("quick on the tubes", "great with the kids"): said as it is after "You're"."""
    tagged = tag(part)
    return len(tagged) > 2 and tagged[0][1] == "JJ" and tagged[1][0].lower() in ("on", "with", "at", "in", "about")


def _as_you_are(strength: str) -> str:
    """Praise typed as bare qualities, said to them; anything else as it was.

    "good worker otherwise, quick learner" -> "You're a good worker and a quick learner".
    """
    had = _QUALITY_HAD.match(_OTHERWISE.sub("", strength).strip())
    if had:  # "great eye for colour": something they have, "You have a great eye for colour" (session 60)
        return f"You have {'' if had['mass'] else 'a '}{had[0]}"
    parts = [p.strip() for p in re.split(r",\s*|\s+and\s+", _OTHERWISE.sub("", strength)) if p.strip()]
    if not parts or not all(_quality_noun(p) or _BEST_OF_THEM.match(p) or _what_they_do(p) or _one_adjective(p)
                            or _good_at(p) for p in parts[1:]) or not _quality_noun(parts[0]):
        return strength
    # "good lad, works hard": "You're a good lad and you work hard"; "good workers, quick and tidy" (two of them)
    # ("fastest picker we have": the one, "the fastest picker we have", review 64)
    said = [lower_first(p) if _one_adjective(p) or _good_at(p) or tag(p)[-1][1] == "NNS"
            else f"the {p}" if _BEST_OF_THEM.match(p) and not p.lower().startswith("the ")
            else p if _BEST_OF_THEM.match(p)
            else f"{'an' if p[0].lower() in 'aeiou' else 'a'} {p}" if _quality_noun(p) else _what_they_do(p)
            for p in parts]
    said = [f"you {s}" if index and not (_quality_noun(parts[index]) or _one_adjective(parts[index]) or _good_at(
                parts[index])
                                         or _BEST_OF_THEM.match(parts[index])) else s
            for index, s in enumerate(said)]
    listed = said[0] if len(parts) == 1 else f"{', '.join(said[:-1])} and {said[-1]}"
    return f"You're {listed}"


def _only_pronoun(feedback: str) -> str:
    """The pronoun of the one person the feedback is about, when no one is named ("she keeps saying yes…")."""
    if re.search(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+", feedback.strip()):
        return ""  # someone is named: a pronoun may be theirs
    found = re.search(r"\b(he|she|him|his|her)\b", feedback, re.IGNORECASE)
    return ("she" if found.group(1).lower() in ("she", "her") else "he") if found else ""


def _him_as_you(effect: str, pronoun: str) -> str:
    """An effect said to them, when it names no one else.

    "I had to send him home once", about Tom, is "send you home"; "her discharge summaries", about Priya, "your
    discharge summaries".
    """
    # (a verb is no person: "others cover her station" names no one else, review 63)
    people = [w for w in re.findall(r"[a-z]+", effect.lower()) if names_a_person(w) and not can_be_verb(w)]
    if pronoun in ("he", "she") and len(people) == 1:
        # ("one customer now calls him at night", about Brian: the customer is the one calling, so "him" is Brian,
        # review 100)
        them = "him" if pronoun == "he" else "her"
        calling = rf"(\b{re.escape(people[0])}s?\s+(?:\w+ly\s+|now\s+|also\s+|still\s+)?[a-z]+s\s+){them}\b"
        return re.sub(calling, r"\1you", effect, count=1, flags=re.IGNORECASE)
    if pronoun not in ("he", "she") or people:
        return effect
    # ("base didn't know where she was…", said to Inge: "where you were", review 91)
    effect = re.sub(rf"\b{pronoun}\s+(\w+(?:n't|n’t)?)\b", _subject_as_you, effect, flags=re.IGNORECASE)
    if pronoun == "she":  # "her discharge summaries": "your"; "I had to send her home": "you"
        effect = re.sub(r"\bherself\b", "yourself", effect, flags=re.IGNORECASE)
        after_object = r"(?:to|in|on|at|for|with|from|home|back|up|off|out|away|again|and|or|a|an|the)\b"
        effect = re.sub(rf"\bher\b(?=\s*(?:$|[,.;!?])|\s+{after_object})", "you", effect, flags=re.IGNORECASE)
        return re.sub(rf"\bher\b(?=\s+(?!{after_object})[a-z])", "your", effect, flags=re.IGNORECASE)
    return re.sub(r"\b(?:him|his|himself)\b", lambda m: {"him": "you", "his": "your", "himself": "yourself"}[
        m.group().lower()], effect, flags=re.IGNORECASE)


def _subject_as_you(match: re.Match[str]) -> str:
    """"she was" as "you were", "he checks" as "you check"; unchanged when the verb's form is not known."""
    verb = match.group(1)
    lowered = verb.lower().replace("’", "'")
    if lowered in AGREES_WITH_YOU:
        return f"you {AGREES_WITH_YOU[lowered]}"
    # ("she read the pilot": a verb the same in the past as in its base, "you read", review 100)
    if lowered in _SAME_FOR_YOU or lowered.endswith("ed") or (verb_base(lowered) is not None
                                                               and not lowered.endswith("s")):
        return f"you {verb}"
    base = verb_base(lowered)
    return f"you {base}" if base and lowered.endswith("s") and base != lowered else match.group()


_SAME_FOR_YOU = frozenset({"could", "would", "might", "will", "can", "should", "shall", "must", "had", "did", "didn't",
                           "couldn't", "wouldn't", "won't", "can't", "shouldn't", "hadn't"})


def _also_praise(strength: str) -> bool:
    """Whether a second strength is praise said plainly, to join the first ("…, and you're a machine on the phones")."""
    return praises(strength) and not _NEGATION_WORD.search(strength) and not re.match(
        r"(?:and\s+)?(?:i\s+)?(?:want|wanted|would like)\b", strength, re.IGNORECASE)


_NEGATION_WORD = lazy_regex(r"\b(?:not|never|no)\b|n't\b", re.IGNORECASE)


def _one_more_quality(listed: str, then: str) -> str:
    """"good lad, works hard, picks things up fast": the habit read as a strength of its own joins the list."""
    if not re.match(r"^you\s+(?!are\b|'re\b)\w+", then, re.IGNORECASE) or len(then.split()) > 8:
        return listed
    head, _, last = listed.rpartition(" and ")
    return f"{head}, {last} and {lower_first(then)}" if head else f"{listed} and {lower_first(then)}"


def _what_they_do(phrase: str) -> str:
    """A habit typed without its subject ("works hard", "picks things up fast") as said to them, or ""."""
    words = phrase.split()
    first = words[0] if words else ""
    base = base_form(first)
    # (the tagger reads "works hard" as a plural noun; the verb's own -s says it is a habit)
    if not first.lower().endswith("s") or base.lower() == first.lower() or len(words) > 6:
        return ""
    return re.sub(r"\b(?:her|his)\b", "your", f"{base}{phrase[len(first):]}")  # "knows her patients"


def _one_adjective(phrase: str) -> bool:
    """A good quality alone, after a kind of person ("good workers, quick and tidy"); never "slow" or "late"."""
    # ("great w/ SQL", "good with clients": a quality with what it is at, session 61)
    return phrase.strip().lower() in _GOOD_QUALITIES or _GOOD_AT.match(phrase.strip()) is not None


_GOOD_AT = lazy_regex(r"^(?:really\s+|very\s+|so\s+)?(?:great|good|brilliant|excellent|amazing|strong|fantastic|"
                      r"superb|solid)\s+(?:with|at)\s+\S[^,;]{0,30}$", re.IGNORECASE)


_GOOD_QUALITIES = frozenset({
    "quick", "tidy", "reliable", "careful", "friendly", "kind", "calm", "keen", "punctual", "thorough", "organised",
    "organized", "helpful", "patient", "honest", "polite", "professional", "creative", "efficient", "hardworking",
    "hard-working", "skilled", "talented", "smart", "bright", "clever", "sharp", "safe", "neat", "fast", "accurate",
    "confident", "cheerful", "positive", "dependable", "loyal", "enthusiastic", "respectful", "warm", "funny"})


_QUALITY_HAD = lazy_regex(r"^(?:really\s+|such\s+)?(?:great|good|excellent|amazing|brilliant|strong|real|fantastic|"
                          r"natural|sharp|keen)\s+(?:(?P<mass>instincts|hands|judgement|judgment|taste|(?:knife|people|"
                          r"communication|listening|writing|technical|organisational|organizational|client|customer|"
                          r"presentation|coding|cooking|teaching)\s+skills)|eye|ear|attitude|"
                          r"memory|work ethic|manner|touch|sense of [a-z]+|feel for [a-z ]+|rapport with [a-z ]+)"
                          r"(?:\s+(?:for|with)\s+[a-z ]+)?$", re.IGNORECASE)
"""Praise noted as something they have ("great eye for colour", "good instincts")."""
_BEST_OF_THEM = lazy_regex(r"^(?:the\s+)?(?:\w+est|best|most\s+\w+)\s+\w+(?:er|or|ist|ian)\s+"
                           r"(?:we(?:['’]ve)?\s+(?:have|had|got)|i(?:['’]ve)?\s+(?:have|had|seen|worked with)|"
                           r"on the team|in the team|here)$", re.IGNORECASE)
"""Praise that they are the best of the team at something ("fastest picker we have")."""


def _quality_noun(phrase: str) -> bool:
    """A quality and the kind of person it describes, nothing more ("good worker", "really quick learner")."""
    tagged = tag(phrase)
    tags = [t for _, t in tagged]
    # a person's kind ("worker", "communicator", "teammate"), never a thing they have ("a great attitude")
    person = bool(tagged) and (re.search(r"(?:er|or|ist|ian|mate)s?$", tagged[-1][0].lower()) is not None
                         or tagged[-1][0].lower().removesuffix("s") in _PERSON_WORDS)
    return person and 2 <= len(tags) <= 3 and tags[-1] in ("NN", "NNS") and tags[0] in ("JJ", "RB") and (
        all(t in ("JJ", "RB", "NN") for t in tags[:-1]))


_CONSEQUENCE_AFTER_COMMA = lazy_regex(r",\s+(?=(?:cost|costs|meant|means|made|makes|put|puts|left|leaves|set)\s+"
                                      r"(?:us|me|the team|them|everyone)\b)", re.IGNORECASE)
"""What an effect cost, after a comma with no subject ("two drills went missing, cost us £300"): "which cost us"."""
_PERSON_WORDS = frozenset({"lad", "lass", "guy", "kid", "girl", "boy", "person", "nurse", "cook", "chef", "egg"})
_OTHERWISE = lazy_regex(r"\s+(?:otherwise|though|tho)\b|^otherwise,?\s+", re.IGNORECASE)
_BARE_QUALITY = lazy_regex(r"^you(?:'re| are)\s+(?:really\s+|very\s+|so\s+|honestly\s+)?\w+$", re.IGNORECASE)
_OFFER_APART = lazy_regex(r",\s+(?=(?:tell me|let me know|and i\b|i will\b|i'll\b|i can\b)|if\b[^,?]{3,60}?\s+"
                          r"(?:tell me|let me know|come to me|talk to me)\b)", re.IGNORECASE)
"""Where the user's offer starts after the request: "…, tell me and I will handle it", "…, if there's a problem at
home tell me" (a sentence of its own, never inside the "Could you…?")."""
_IF_THEN_TELL = lazy_regex(r"^(if\b[^,]+?)\s+(?=(?:tell me|let me know|come to me|talk to me)\b)", re.IGNORECASE)
_FEELING_FIRST = lazy_regex(r"^(?:really\s+)?(?:love|like|appreciate|admire|enjoy|value|rate)\b", re.IGNORECASE)


def _about_the_work(thing: str, clause: str) -> bool:
    """Whether a judged thing is the user's work ("your milk is inconsistent").

    Not someone who was there ("my director Hana was also in the meeting").
    """
    where = re.search(r"\b(?:was|is|were|are)\s+(?:also\s+)?(?:in|at|there|with|on)\b", clause, re.IGNORECASE)
    named = any(w[:1].isupper() and w[1:].islower() for w in thing.split()[1:])  # "Hana", not "PRs"
    return not named and where is None


_PASTED_HEADING = lazy_regex(r"^\s*(?:(?:written|verbal|written-up)\s+)?(?:feedback|notes|comments|e-?mail|message|"
                             r"review)\s+(?:from|by)\b[^\n:]{0,120}:[ \t]*\n(?=\s*\S)", re.IGNORECASE)
"""A heading over pasted feedback ("Feedback from Alistair after the completion on the sale:" then the list)."""
def _said_in_the_span(behaviour: str, span: str) -> str:
    """The behaviour without a "on Saturdays" that the stretch of time before it names already.

    "Over the last three Saturdays, I've noticed that you are late opening the tills on Saturdays" (review 75).
    """
    days = re.findall(r"\b([a-z]+(?:day|night|ing|end)s)\b", span.lower())
    if not days:
        return behaviour
    return re.sub(rf",?\s+(?:on|at|in|during)\s+(?:the\s+)?(?:{'|'.join(days)})\b(?=\s*[,.;]|\s*$)", "", behaviour,
                  flags=re.IGNORECASE)


_UNREACHABLE_REVIEWER = lazy_regex(r"^(?:the\s+)?(?:anonymous\s+|external\s+|blind\s+)?(?:peer\s+)?"
                                  r"(?:reviewer|referee)s?(?:\s*(?:#|no\.?)?\s*\d+)?$|^R\d$"
                                  # ("the examiner" of a driving test is met face to face: only an anonymous one)
                                  r"|^(?:the\s+)?(?:anonymous|blind)\s+(?:examiner|assessor|marker)s?$", re.IGNORECASE)
"""A person field naming an anonymous written review ("Reviewer 2", "the referees", "R2"), not someone to talk to."""


def _unreachable(person_field: str) -> str:
    """"review" for an anonymous written review, "one_off" for a member of the public met once, else ""."""
    typed = person_field.strip()
    name, role = split_person(typed)  # ("Reviewer 2 (anonymous)": the name, and the aside, review 79)
    if _UNREACHABLE_REVIEWER.match(typed) or _UNREACHABLE_REVIEWER.match(name) or (
            re.search(r"\banonymous\b", role, re.IGNORECASE) and re.search(r"\b(?:reviewer|referee|examiner|assessor|"
                                                                          r"marker)\b", name, re.IGNORECASE)):
        return "review"
    met_once = re.match(r"(?:a|an|one|some)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)\b", typed, re.IGNORECASE)
    return "one_off" if met_once and met_once["noun"].lower() in _one_off_people() else ""


@cache
def _one_off_people() -> frozenset[str]:
    return frozenset(str(FRAMES["one_off_people"]).split())
_REPORTER_ROLE = lazy_regex(r"^\W*(?P<role>my\s+(?:[a-z]+\s+)?(?:manager|boss|supervisor|lead|mentor|director|"
                            r"editor|teacher|professor|prof|advisor|adviser|tutor|coach|chef|captain|foreman|"
                            r"principal|partner|head|trainer|preceptor|instructor|sergeant))\s+(?:also\s+)?"
                            r"(?:said|says|say|told|tells|tell|thinks|mentioned|wrote|gave)\b", re.IGNORECASE)
"""Who gave it, when the account opens on them: "my manager said in my review…"."""
_REPORTER_PRONOUN = lazy_regex(r"\b(she|he)\s+(?:also\s+)?(?:said|says|say|told|tells|tell|thinks|mentioned|wrote|"
                               r"feels|felt|noticed|pointed out|asked|wants|wanted|had to|has to)\b",
                               re.IGNORECASE)  # ("he say also…", as non-native English says it; "he had to go back")


def _strip_request_lead(text: str) -> str:
    """Drop "could you please" from a request ("send it"): the frame supplies the ask.

    So does a wish that they do it ("would love u to write up the labelling system" → "write up…": never
    "Could you would love you to…", review 58).
    """
    text = re.sub(r"^(?:i(?:'d|\s+would)\s+|would\s+)?(?:really\s+)?(?:love|like|want|need)\s+(?:you|u)\s+to\s+|"
                  r"^it\s+would\s+be\s+(?:great|good|helpful|brilliant)\s+if\s+(?:you|u)\s+(?:could\s+)?",
                  "", text, flags=re.IGNORECASE)
    return re.sub(r"^(?:could|can|would|will)\s+you\s+(?:please\s+)?|^please\s+", "", text, flags=re.IGNORECASE)


_OWN_REQUEST_QUESTION = lazy_regex(r"^(?:could|can|shall|should|would|may)\s+(?:we|i)\b|^(?:how|what)\s+about\b",
                                   re.IGNORECASE)
"""A request typed as the user's own question ("could we agree that questions wait…"): asked as typed."""


class _Received:
    """The user's own sheet: a neutral restatement, what may be true, questions, a plan and a calm reply."""

    def __init__(self, values: Mapping[str, Any], guidance: Sequence[SearchResult], style: Style) -> None:
        # ("Feedback from Alistair after the completion…:" over a pasted list is its heading, not a point: review 61)
        values = {**values, "feedback": _PASTED_HEADING.sub("", str(values["feedback"]))}
        self.values, self.guidance, self.style = values, guidance, style
        self.person = as_spoken_to(parse_person(values.get("person_name")), str(values["feedback"]))
        reporter = _REPORTER_ROLE.match(str(values["feedback"]))
        if not self.person.names and not self.person.role and reporter:
            self.person = Person("", reporter.group("role"))  # "my manager said…": "your manager", not "they"
        self.reading: Reading = read(str(values["feedback"]), self.person, "received")
        # "Reviewer 2": a written review from someone the user can neither ask nor report back to; its own
        # questions, plan and reply replace those for a person
        self.unreachable = _unreachable(str(values.get("person_name") or ""))
        # (feedback on a piece of writing asks about passages and readers, review 82)
        written = _WRITTEN_WORK_JUDGED.search(str(values.get("feedback") or "")) is not None
        overlay = FRAMES[f"received_{self.unreachable}"] if self.unreachable else (
            FRAMES["received_written"] if written else {})
        self.frames = {**FRAMES["received"], **overlay}
        self.who, self.whom = _who(self.person)
        when = str(self.values.get("when_it_happened") or "")
        self.when = when_phrase(when) if when else ""

    def compose(self) -> Composition:
        brevity = max(0, min(self.style.brevity, 2))
        receive = cite(self.guidance, "receive-feedback-without-defensiveness", ["defensive"])
        act = cite(self.guidance, "act-on-advice-and-report-progress", ["report back", "progress"])
        frames = self.frames
        # "(at my 6 month review)" is when they said it, not when the moments to write down happened
        dated = self.when and not self._told_then() and not self._a_moment_only()
        # ("this morning (monday)" gave "(this morning (Monday))", review 105: one bracket, its aside after a comma)
        said_when = re.sub(r"\s*\(([^()]*)\)", r", \1", as_phrase(str(self.values.get("when_it_happened"))))
        when = f" ({said_when})" if dated else ""
        plan = [p.format(when=when, whom=self.whom, they_have=self._they_have()) for p in frames["plan"]]
        plan[-1] = with_marker(plan[-1], act)
        sections = [
            frames["heading_said"].format(who=self._who_title()),
            self._restatement(receive),
            frames["heading_true"],
            "\n".join(f"- {p}" for p in self._true_points(brevity)),
            frames["heading_questions"].format(whom=self.whom),
            "\n".join(f"{n}. {q}" for n, q in enumerate(self._questions(brevity), start=1)),
            frames["heading_plan"],
            "\n".join(f"{n}. {step}" for n, step in enumerate(plan, start=1)),
            frames["heading_reply"],
            frames["reply"] if self.unreachable else self._reply(),
        ]
        said = FRAMES["rationale"][f"received_{self.unreachable}" if self.unreachable else
                                   "received_specific" if self._moments_given() else "received"]
        points = [(point, cite(self.guidance, card, ["feedback"])) for point, card in said]
        return Composition(body="\n\n".join(sections), rationale=rationale(points))

    def _they_have(self) -> str:
        """"she's", "he's" or "they've" for the person, as the user's account calls them ("she said…")."""
        reporter = _REPORTER_PRONOUN.search(str(self.values["feedback"]))
        pronoun = reporter.group(1).lower() if reporter else title_pronoun(str(self.values.get("person_name") or ""))
        return f"{pronoun}'s" if pronoun else "they've"  # ("Mr. Delgado": "he's")

    def _who_title(self) -> str:
        return self.who if self.who != "they" else "they"

    def _restatement(self, marker: str) -> str:
        # in the order they were said: "bends aren't lined up, and that if an inspector sees it we fail"
        feedback = str(self.values["feedback"])
        points = [(c, as_sentence(c)) for c in self.reading.behaviours]
        points += [(c, impact_sentence(c)) for c in self.reading.impacts]
        if points:
            # "you're too slow with your drug rounds and the patients in bay 3 were waiting…": the judgment is set
            # aside, what it was about stays ("- Your drug rounds."), or the restatement never named the rounds
            stated = " ".join(text.lower() for _, text in points)
            things = [(c, t) for c in self.reading.judged
                      if labels_in(c) and (t := judged_thing(c)) and t.lower() not in stated]
            points += [(c, self._judged_point(c, t)) for c, t in things]
        said = [text for _, text in sorted(points, key=lambda point: _said_at(point[0], feedback))]
        who = upper_first(self.who)
        if not said:
            judged = next(((c, t) for c in self.reading.judged if (t := judged_thing(c))), None)
            paced = judged is not None and _PACE_LABEL.search(judged[0])
            # ("too slow with the induction prep" said what was wrong: the pace, review 71)
            kind = "only_pace_about" if paced else "only_labels_about"
            text = (self.frames[kind].format(Who=who, thing=judged[1]) if judged
                    else self.frames["only_labels"].format(Who=who))
            return with_marker(text, marker)
        lines = [with_marker(self.frames["restated_lead"].format(Who=who), marker)]
        # "- need to push back on scope creep", a note with its "you" left out: "You need to…"
        lines += [f"- {_owed_by_you(s)}" if _OWED_BY_YOU.match(s) or _done_without_subject(s) else f"- {s}"
                  for s in said]
        text = "\n".join(lines)
        if self.reading.strengths:
            also = [self.frames["strength_lead"].format(Who=who)]
            also += [f"- {as_sentence(s)}" for s in self.reading.strengths]
            text += "\n\n" + "\n".join(also)  # a blank line, or Markdown folds it into the last bullet
        return text

    def _judged_point(self, clause: str, thing: str) -> str:
        """What a label judged, with when or where it was judged; the label itself is named under what might be true.

        "my station is always a mess during service" -> "Your station during service."
        """
        label = labels_in(clause)[0]
        after = clause[clause.lower().find(label.lower()) + len(label):] if label.lower() in clause.lower() else ""
        context = _JUDGED_CONTEXT.match(after)
        if context and re.sub(r"^your\s+", "", thing, flags=re.I).lower() in context["context"].lower():
            context = None  # "too slow with your drug rounds": the thing itself, named already
        if not context:  # "- Your solder joints." said nothing once "messy" went (review 67)
            paced = _PACE_LABEL.search(label)
            # "my readbacks checks are lazy" judged the effort, not the state ("The state of your checks", review 70)
            effort = re.search(r"\b(?:lazy|careless|half-?hearted|rushed)\b", label, re.IGNORECASE)
            frame = "judged_point_pace" if paced else "judged_point_care" if effort else "judged_point_bare"
            on = re.search(r"\b(?:on|at)\s+the\s+(?P<where>[a-z]+(?:\s+[a-z]+)?)\s*$", clause, re.IGNORECASE)
            if paced and on:  # "too slow on the scanner": "Your pace on the scanner.", never "…get through your…"
                return str(self.frames["judged_point_pace_on"].format(where=f"the {on['where']}"))
            if paced and re.match(r"(?:in|on|at|with)\s", thing):  # "too slow in business class meal service"
                return str(self.frames["judged_point_pace_in"].format(where=thing))
            if paced and not thing.startswith("your "):  # "too slow with passing instruments" (review 89)
                return str(self.frames["judged_point_pace_doing"].format(doing=thing))
            manner = re.match(r"(?P<with>with|towards|around)\s|(?P<where>on|in|at)\s", thing)
            if manner:  # ("i am too soft with fare dodgers" was "The state of with fare dodgers.", review 106)
                return str(self.frames["judged_point_with" if manner["with"] else "judged_point_where"].format(
                    thing=thing))
            return str(self.frames[frame].format(thing=lower_first(thing)))
        return str(self.frames["judged_point"].format(Thing=upper_first(thing), context=f" {context['context']}"))

    def _true_points(self, brevity: int) -> list[str]:
        when = f" {self.when}" if self.when else ""
        chosen = self.frames["true_points_specific" if self._specific() else "true_points"]
        points = [p.format(who=self.who, when=when) for p in chosen]
        # (and the labels on what was judged, restated without them: "my station is always a mess", review 65)
        judged = [w for c in self.reading.judged if judged_thing(c) for w in labels_in(c)]
        labels = list(dict.fromkeys([*self.reading.labels, *judged]))
        if labels:
            words = quoted_words(labels)
            points.insert(1, self.frames["label_note"].format(Who=upper_first(self.who), words=words))
        elif self.reading.moment_labels:
            words = quoted_words(self.reading.moment_labels)
            moment = "that moment" if len(self.reading.behaviours) == 1 else "one of those moments"
            points.insert(1, self.frames["label_on_moment_note"].format(Who=upper_first(self.who), words=words,
                                                                        moment=moment))
        side = self._own_side()
        if side:  # (after the point about the urge to explain, which it follows from)
            points.append(self.frames["own_side"].format(side=side, whom=self.whom))
        return points[: len(points) - brevity]

    def _own_side(self) -> str:
        """The facts the user gave of their own side ("I have 31 cases…"), whole; not how it felt, nor a question.

        "I was shocked because I prepare a lot…" gives its fact after the feeling: "I prepare a lot…".
        """
        owned = [_FELT_BECAUSE.sub("", o.strip()) for o in self.reading.own]
        facts = [o for o in owned if _STATES_A_FACT.match(o) and not o.rstrip().endswith("?")]
        return " ".join(as_sentence(upper_first(expand_shorthand(f))) for f in facts[:2])

    def _told_then(self) -> bool:
        """Whether "when it happened" names the conversation the feedback was given in ("at my review")."""
        # "library project client meeting in March": a meeting the behaviour happened in, not the feedback's
        # (when the form says where it was said; without that, "in the team meeting" may be where it was)
        told_elsewhere = bool(str(self.values.get("context") or "").strip())
        when = _EVENT_MEETING.sub("", self.when.lower()) if told_elsewhere else self.when.lower()
        words = set(re.findall(r"[\w:-]+", when))
        spaced = re.search(r"\bone to one\b", self.when, re.IGNORECASE) is not None  # "in my one to one on 14 March"
        # "after friday service": told once it was over ("What did you see after Friday service" asked the wrong time)
        after = re.match(r"\s*(?:just\s+|right\s+)?after\b", self.when, re.IGNORECASE) is not None
        typed = str(self.values.get("when_it_happened") or "")  # (self.when may have a "during" of the coach's)
        told = set(re.findall(r"[a-z0-9]+", str(self.values.get("context") or "").lower())) - _LINK_WORDS
        if told and told <= set(re.findall(r"[a-z0-9]+", typed.lower())):
            return True  # told "at my midpoint interview", and it happened "at my midpoint interview on 12/3" (r78)
        conversation = set(str(self.frames["conversation_words"]).split())
        # (the context's own conversation, not what it came after: "debrief after the morning session")
        own_talk = re.split(r"\b(?:after|before|following)\b", str(self.values.get("context") or "").lower())[0]
        if set(re.findall(r"[a-z0-9]+", own_talk)) & conversation & set(re.findall(r"[a-z0-9]+", typed.lower())):
            # ("during the appraisal last Wed", told at "mid-year appraisal": the appraisal itself, review 107)
            return True
        if told_elsewhere and re.match(r"\s*(?:during|in the middle of)\b", typed, re.IGNORECASE):
            return False  # "during Tuesday's morning session", told at "the debrief after": the work itself
        return spaced or after or bool(words & conversation)

    def _a_moment_only(self) -> bool:
        """Whether "when" is a bare day or hour ("Monday", "yesterday afternoon"): most likely when they said it.

        People receiving feedback type when they were told; an event or a stretch of time ("Tuesday period 3",
        "last sprint", "in Tuesday's client call") is when the behaviour happened, and can anchor a question.
        """
        # ("yesterday, about the council budget story": the moment, and what it was about, review 107)
        moment = re.sub(r",?\s+(?:about|on|re:?|regarding)\s+[^,]+$", "", self.when.strip(" ."), flags=re.IGNORECASE)
        return self._BARE_MOMENT.fullmatch(moment) is not None

    _BARE_MOMENT = lazy_regex(
        r"(?:on\s+)?(?:last\s+|this\s+|this past\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|"
        r"this|earlier)(?:\s+(?:morning|afternoon|evening|night))?|(?:this|earlier this)\s+(?:morning|afternoon|week)"
        r"|last night|just now", re.IGNORECASE)

    def _questions(self, brevity: int) -> list[str]:
        if self.unreachable:  # nobody to ask: what to work out before responding
            return list(self.frames["questions"])[: max(CLARIFYING_MIN, CLARIFYING_MAX - brevity)]
        # the user's own question for them comes first ("what should I change in my protocol??", review 56)
        own = self._users_question()
        asked = ([own] if own else []) + self._coach_questions(brevity)
        if _WHAT_THEY_WANT.search(str(self.values["feedback"])):
            # ("she wants me to use SBAR and keep it under 3 minutes": what doing it well looks like is said, so it
            # is never asked again, review 108)
            asked = [question for question in asked if question != self.frames["ask_good"]]
        return asked[: max(CLARIFYING_MIN, CLARIFYING_MAX - brevity)]

    def _users_question(self) -> str | None:
        """A question the user typed in the request field that they can ask the person, as asked; else None.

        "how do I respond without sounding defensive" is asked of the coach (the reply answers it), never of them.
        """
        asked = str(self.values.get("request") or "").strip()
        if not _OWN_QUESTION.match(asked) or _ABOUT_REPLYING.search(asked):
            return None
        return upper_first(re.sub(r"[?!.\s]+$", "", expand_shorthand(asked))) + "?"

    def _coach_questions(self, brevity: int) -> list[str]:
        if self.reading.moment_labels and not self.reading.labels:  # the moment is given: what in it, and what next
            label = self.frames["ask_label_moment"].format(word=f'"{self.reading.moment_labels[0]}"')
            return [label, self.frames["ask_good"], self.frames["ask_first"]][: max(CLARIFYING_MIN,
                                                                                      CLARIFYING_MAX - brevity)]
        if self._moments_given():  # no asking again for what they gave: what matters most, what good looks like
            return list(self.frames["ask_specific"])[: max(CLARIFYING_MIN, CLARIFYING_MAX - brevity)]
        told_then = self._told_then()
        moment = self.frames["ask_moment_told" if told_then else "ask_moment_when"]
        # "review came back last week" is a sentence, not a time a question can end on; "on Monday" alone is
        # more likely when they said it than when the behaviour was, so no question is anchored on it
        timed = self.when and (told_then or not self._a_moment_only()) and (
            re.match(r"(?:when|while|after|before|during)\b", self.when, re.IGNORECASE) is not None
            or not any(t in ("VBD", "VBZ", "VBP") for _, t in tag(self.when)))
        # ("during Monday, after the afternoon session of a criminal trial" is too long to end a question on)
        listed = re.search(r"\s\+\s", self.when) or ("," in self.when and (not re.match(
            r"(?:in|on|at|during|when|while|after|before|over|for)\b", self.when, re.IGNORECASE)
            or len(self.when.split()) > LONG_WHEN_WORDS))
        if timed and not told_then and listed:
            moment = self.frames["ask_moment_when_list"]  # "this week, day shifts Mon Tue wed: what did you see…"
        when = re.sub(r"\s\+\s", " and ", self.when)
        # ("…when you told me this after she watched the 1st rough cut", asked of Sarah: "after you watched", r100)
        pronoun = self.person.pronoun or _only_pronoun(str(self.values["feedback"]))
        if pronoun in ("she", "he"):
            when = re.sub(rf"\b{pronoun}\s+(\w+(?:n't|n’t)?)\b", _subject_as_you, when, flags=re.IGNORECASE)
        # (with a label to ask about, "which moments did you have in mind?" asks the untimed moment already)
        second_hand = _SECOND_HAND.search(str(self.values["feedback"])) is not None
        untimed = self.frames["ask_moment_heard" if second_hand else "ask_moment"]
        asked = [moment.format(when=when, When=upper_first(when))] if timed and not second_hand else (
            [] if self.reading.labels and not second_hand else [untimed])
        if self.reading.labels:
            said = _label_as_said(self.reading.labels[0], str(self.values["feedback"]))
            asked.append(self.frames["ask_label"].format(word=f'"{said}"'))
        # (what others told them: the effect was on those others, not on the teller)
        # ("…it makes the whole team look bad", "the duty managers … do not understand…": the effect is told, so
        # never asked again, review 109)
        if not self.reading.impacts and not self.reading.effects_said and not _EFFECT_NAMED.search(
                str(self.values["feedback"])):
            asked.append(self.frames["ask_effect_heard" if second_hand else "ask_effect"])
        asked += [self.frames["ask_good"], self.frames["ask_first"]]
        return asked[: max(CLARIFYING_MIN, CLARIFYING_MAX - brevity)]

    def _reply(self) -> str:
        tone = self.style.tone if self.style.tone in ("formal", "casual") else "warm"
        name = f", {self.person.address}" if self.person.address else ""
        seed = f"{self.values['feedback']}|{self.values.get('person_name') or ''}"
        thanks = pick(self.frames["thanks"][tone], seed).format(name=name)
        # what the judgment was about, in the user's words ("my conduit runs look sloppy"), before a topic for
        # its label ("sloppy": the care I put into my work)
        said = [*self.reading.judged, *(re.sub(r"^your\b", "my", b, flags=re.I) for b in self.reading.behaviours)]
        # (never a thing with its preposition, "what you said about on bathroom jobs")
        thing = next((t for clause in said if (t := judged_thing(clause)) and _about_the_work(t, clause)
                      and not re.match(r"(?:on|in|at|with)\s", t)), None)
        topic = re.sub(r"^your\b", "my", thing) if thing else self._behaviour_topic() or next(
            (self.frames["topics"][label] for label in self.reading.labels if label in self.frames["topics"]), None)
        about = f"what you said about {topic}" if topic else "what you said"
        # ("…about my reports" when she also said I interrupt the client: the reply leaves no point out)
        beyond = [c for c in (*self.reading.behaviours, *self.reading.judged)
                  if topic and not set(content_stems(topic)) & set(content_stems(c))]
        about = f"{about} and your other points" if beyond else about
        # ("…but customers give me good score in survey?? i dont understand if i should change": no "I'm going to
        # work on it" for a change the user doubts)
        kind = "reply_unsure" if _UNSURE_TO_CHANGE.search(str(self.values.get("feedback") or "")) else (
            "reply_specific" if self._specific() else "reply")
        return f"{thanks} {self.frames[kind].format(about=about)}"

    def _behaviour_topic(self) -> str | None:
        """The first behaviour as what was said about the user ("me rushing the tempo in the bridge"), or None.

        Before a topic for a label ("messy": my work), which says less than the behaviour the user gave (review 64).
        """
        for behaviour in self.reading.behaviours:
            # ("The pickers: you let them take long breaks": what the label was about, then what was said)
            done = _DONE_BY_YOU.match(re.sub(r"^[^:]{2,40}:\s+(?=you\b)", "", behaviour))
            # ("With the customers: you accept their story…" said back "me accepting their story", with no one for
            # "their" to stand for, review 90): the label's people stand in for it
            people = re.match(r"^(?:with|for|to)?\s*(?:the\s+)?(?P<who>[a-z]+s):\s", behaviour, re.IGNORECASE)
            # ("you know the content best but you hide behind data": praise and a point, no one thing said)
            if done and not _AUXILIARY_LEAD.match(done["what"]) and len(done["what"].split()) <= 9 and not re.search(
                    r"\bbut\b", done["what"], re.IGNORECASE):
                gerund = as_gerund_phrase(done["what"])
                if gerund and people:
                    gerund = re.sub(r"\btheir\b", f"the {people['who'].lower()}'", gerund, count=1)
                    gerund = re.sub(r"\bthem\b", f"the {people['who'].lower()}", gerund, count=1)
                # said by the user: "you hide your own view" is "me hiding my own view"
                return f"me {_YOURS_AS_MINE.sub(_as_mine, gerund)}" if gerund else None
        return None

    def _moments_given(self) -> bool:
        """Whether the feedback gave several points with their particulars ("1200+ lines", "since Monday", 'wip')."""
        # (a quoted word is a label being quoted, "'abrupt'"; a quoted phrase is what they said, "'fixes' or 'wip'")
        quoted_phrase = r"(?<!\w)['\"‘“][^'\"’”]*\s[^'\"’”]*['\"’”](?!\w)"
        concrete = [b for b in self.reading.behaviours
                    if re.search(rf"\d|{quoted_phrase}", b) or DATE_PATTERN.search(b)]
        return self._specific() and len(self.reading.behaviours) >= 2 and bool(concrete)

    def _specific(self) -> bool:
        """Whether the feedback named what was done, with no bare label: its examples are given already.

        Never when the user says there were none ("She did not give examples."): the first question asks for one.
        """
        no_examples = _NO_EXAMPLES.search(str(self.values.get("feedback") or "")) is not None
        return bool(self.reading.behaviours) and not self.reading.labels and not no_examples


_YOURS_AS_MINE = lazy_regex(r"\b(?:your|yours|yourself|you)\b", re.IGNORECASE)


def _as_mine(match: re.Match[str]) -> str:
    return {"your": "my", "yours": "mine", "yourself": "myself", "you": "me"}[match[0].lower()]


def _two_clauses_joined(effect: str) -> str:
    """Two effects spliced with a comma ("the team is frustrated, 2 releases slipped"), joined with "and"."""
    first, comma, second = effect.rpartition(", ")
    if not comma or re.match(r"(?:and|but|so|which|who|or|because)\b", second, re.IGNORECASE) or "," in first or (
            re.search(r"\sand\s", second)):  # ("…, they waited 25 extra minutes and we comped desserts": one "and")
        return effect
    return f"{first}, and {second}" if _a_clause(first) and _a_clause(second) else effect


def _a_clause(text: str) -> bool:
    """A thing and its verb ("2 releases slipped"), or a person and theirs ("you didn't see a kid…", review 79)."""
    return has_main_verb(text) or re.match(r"(?:you|he|she|they|we|I)\s+\w+", text, re.IGNORECASE) is not None


_DONE_BY_YOU = lazy_regex(r"^you\s+(?P<what>[a-z][^,;:()]*?)\.?(?:[,;(]|$)", re.IGNORECASE)
"""A behaviour the user was told they do ("You rush the tempo in the bridge, especially live")."""
_AUXILIARY_LEAD = lazy_regex(r"^(?:are|were|was|is|am|have|has|had|do|does|did|can|could|will|would|should|may|might|"
                             r"must|need|keep|always|never|often|sometimes|also|still|just|seem|look|sound)\b|\w*['’]|"
                             r"\w+n't\b", re.IGNORECASE)
"""An opening a gerund can't be made from simply ("are too slow", "don't respond")."""
_STATES_A_FACT = lazy_regex(r"^(?=(?:\S+\s+){3})(?:i\s+(?:have|had|was given|got|work|worked|cover|covered|am on|"
                            r"'m on|spent|prepare|write|do)|i(?:'m|m|\s+am)\s+(?:a|an)\s+\w+|in\s+my\s+culture|"
                            r"(?:my|our)\s+\w+(?:\s+\w+)?\s+(?:is|are|was|were|has|have))\b", re.IGNORECASE)
"""A sentence of the user's own that states a fact of their side ("I have 31 cases…", "my caseload is double")."""
_FELT_BECAUSE = lazy_regex(r"^i\s+(?:was|felt|am|'m)\s+(?:\w+\s+)?(?:shocked|surprised|upset|hurt|confused|gutted)\s+"
                           r"(?:because|as|since)\s+", re.IGNORECASE)
_OWN_QUESTION = lazy_regex(r"^(?:what|how|which|where|when|why|should|can|could|is|are|do|does|would|will)\b.{6,}",
                           re.IGNORECASE)
_ABOUT_REPLYING = lazy_regex(r"\b(?:respond|reply|react|answer (?:him|her|them)|say (?:back|to (?:him|her|them))|"
                             r"defensive)\b", re.IGNORECASE)
"""A question about how to answer the feedback: for the coach, never one to ask the person."""
_NO_EXAMPLES = lazy_regex(
    r"\b(?:(?:did\s*n[o']t|didnt|never|couldn[’']?t|could\s+not|wouldn[’']?t|would\s+not)\s+(?:give|gave|offer|share|"
    r"have|name|point\s+to)\s+(?:me\s+|us\s+)?(?:any\s+)?(?:specific\s+|concrete\s+|real\s+)?(?:examples?|specifics|"
    r"instances?|moments?)|no\s+(?:specific\s+|concrete\s+|real\s+)?(?:examples?|specifics)\b(?!\s+of\s+(?:good|when\s+i\s+did\s+well)))",
    re.IGNORECASE)
"""The user saying the feedback came without examples ("She did not give examples", "no specifics")."""


_UNSURE_TO_CHANGE = lazy_regex(
    r"\b(?:i\s+)?(?:don'?t|do not|dont|not)\s+(?:understand|know|sure)\s+(?:if|whether)\s+(?:i\s+)?"
    r"(?:should|need to|have to|must)\s+(?:change|do (?:it|anything|something))"
    r"|\bnot\s+sure\s+(?:i\s+)?agree\b|\bshould\s+i\s+(?:even\s+)?change\b",
    re.IGNORECASE)
"""The user doubting that they should change at all ("i dont understand if i should change", "not sure I agree")."""


def _someone_did(text: str) -> bool:
    """Whether the text opens with someone, an adverb, then what they did ("Marta almost grab a hot pipe").

    A non-native verb the shape reads as part of a noun phrase: a clause, never "The effect was Marta almost…".
    """
    tags = [t for _, t in tag(text)[:4]]
    # ("one child fall from the climbing frame": someone counted and what happened to them, review 92)
    return PEOPLE_THEN_DID.match(text) is not None or (
        len(tags) >= 3 and tags[0] in ("NNP", "NN", "NNS", "PRP") and tags[1] == "RB" and tags[2].startswith("VB"))
