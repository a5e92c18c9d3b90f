"""Prepare: an agenda whose time boxes add up, open questions, and an opening progress update."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from coach.checks import (
    SHORT_DAY_NAMES,
    SPAN_OF_TIME,
    TITLES,
    content_stems,
    fact_coverage,
    find_section,
    is_open_question,
    joined_when,
    list_items,
    minutes_in,
    plain,
    split_items,
    strip_citations,
    title_pronoun,
)
from coach.compose import clip_chars, clip_words
from coach.grammar import sentences
from coach.inflect import get_all_lemmas
from coach.knowledge import SearchResult
from coach.lazy_patterns import lazy_regex
from coach.pos import lexicon_tag
from coach.tasks._phrasing import (
    HOW_IT_WENT,
    OUTCOME_AFTER_COMMA,
    about_me,
    as_phrase,
    as_sentence,
    as_verb_phrase,
    can_be_verb,
    cite,
    ends_in_a_state,
    felt_marks_as_commas,
    frames,
    joined_to_previous,
    parse_person,
    rationale,
    shape_of,
    tag,
    tidy,
    two_nouns_then_their_verb,
    upper_first,
    with_marker,
    word_list,
)
from coach.tasks.base import Check, Composition, Field, Style, TaskSpec
from coach.tasks.reading import faithful, numbers_in_time_boxes, reads_well
from coach.tasks.session_notes import BRACKETED_OWNER, are_mentors_initials, initial_as_you, mentor_initials
from coach.writing import (
    base_form,
    direct_question,
    expand_shorthand,
    gerund,
    inflections,
    is_bare_verb,
    is_verb,
    lower_first,
    names_of,
    participle,
    sentence,
    spliced_apart,
    to_you,
    two_people,
    with_my_subject,
    without_taken_back,
)

MEETING_MIN, MEETING_MAX, MEETING_DEFAULT = 10, 180, 30
QUESTIONS_MIN, QUESTIONS_MAX = 2, 8
FRAMES = frames("prepare")

FIELDS: tuple[Field, ...] = (
    Field("mentor_name", "Mentor's name", "Who you are meeting, e.g. 'Ines'.", False, 80),
    Field(
        "goals",
        "Your goals",
        "What you want from this mentorship or this meeting; one per line.",
        True,
        1000,
        kind="long_text",
    ),
    Field(
        "progress",
        "Progress since last time",
        "What you did since you last met; one per line.",
        False,
        1500,
        kind="long_text",
    ),
    Field("challenges", "Challenges", "What is getting in the way; one per line.", False, 1500, kind="long_text"),
    Field(
        "meeting_minutes",
        "Meeting length (minutes)",
        f"How long the meeting is, {MEETING_MIN}–{MEETING_MAX} minutes.",
        max_chars=3,
        kind="integer",
        default=MEETING_DEFAULT,
        min_value=MEETING_MIN,
        max_value=MEETING_MAX,
    ),
    Field(
        "open_items",
        "Open action items",
        "Action items still open from last time; one per line or separated by ';'.",
        False,
        2000,
        kind="long_text",
    ),
)


def allocate_minutes(total: int, weights: Sequence[float], minimums: Sequence[int], main: int) -> list[int]:
    """Whole minutes per agenda item, in proportion to ``weights``, that add up exactly to ``total``.

    Long meetings get round numbers (multiples of five); any remainder goes to the ``main`` item,
    and when the minimums leave too little, the items with the most slack give a minute each.
    """
    step = 5 if total >= 45 else 1
    scale = total / sum(weights)
    minutes = [max(low, step * round(w * scale / step)) for w, low in zip(weights, minimums, strict=True)]
    difference = total - sum(minutes)
    while difference < 0:
        slack = [(m - low, i) for i, (m, low) in enumerate(zip(minutes, minimums, strict=True)) if m > low]
        _, index = max(slack, key=lambda pair: (pair[0], pair[1] == main))
        minutes[index] -= 1
        difference += 1
    minutes[main] += difference
    return minutes


QUESTIONS_BY_MINUTES: tuple[tuple[int, int], ...] = ((10, 2), (20, 3), (30, 4), (45, 5), (60, 6), (90, 7))
"""Longest meeting (minutes) -> how many questions fit it; longer meetings get :data:`QUESTIONS_MAX`."""


def question_count(minutes: int, brevity: int = 0) -> int:
    """How many questions fit a meeting of ``minutes``: 2–3 for a quarter of an hour, up to 8 for long ones."""
    fitting = next((count for longest, count in QUESTIONS_BY_MINUTES if minutes <= longest), QUESTIONS_MAX)
    return max(QUESTIONS_MIN, fitting - brevity)


_SENT_TO = lazy_regex(r"\b(?:send|email|ask|tell|show|give|call|text|message|bring|remind)\s+(?P<pronoun>him|her)"
                      r"(?=\s+(?:my|the|a|an|some|this|that|these|those|our|\d|about|abt|for|if|whether|when|how|what)\b"
                      r"|\s*(?:[.,;:)!?\n]|$))", re.IGNORECASE)
"""The mentor as the one a thing is sent to or asked of ("send her my CV", "ask him about…"), never "her old notes"."""
_SOMEONE_OF_MINE = lazy_regex(r"\bmy\s+(?:\w+\s+)?(?:supervisor|manager|boss|colleague|friend|partner|wife|husband|mum|"
                              r"mom|dad|lead|director|tutor|teacher|coach|mentor|sister|brother)\b", re.IGNORECASE)


_OUR_MEETING = lazy_regex(r"\b(?:(?:last|our|previous|the last)\s+(?:lesson|session|meeting|class|call|mtg)|"
                          r"last time)\b", re.IGNORECASE)
"""Our own last meeting, named: in "…for him last lesson" the one it was for is the mentor met."""
_FOR_THEM_AT_OUR_MEETING = lazy_regex(r"\b(for|to|with)\s+her\s+(?=(?:last|previous)\s+(?:lesson|session|meeting|class|"
                                      r"call|mtg|time)\b)", re.IGNORECASE)
_SOMEONE_ELSE_SPOKE = lazy_regex(r"\b(?:my|the|our|a|an)\s+(?:\w+\s+)?\w+\s+(?:said|says|told|tells|thinks|thought|"
                                 r"heard|hears|felt|reckons|noticed|watched)\b", re.IGNORECASE)
"""Someone besides the mentor who heard or said something ("my accompanist heard it"): then "she" may be them."""
_OTHER_PRONOUN = {"he": r"(?:she|her|hers)", "she": r"(?:he|him|his)"}
"""The pronouns of the other sex: in a line that has them, someone besides the mentor is spoken of."""


def _sent_to_them(typed: str) -> re.Match[str] | None:
    """The first "send her…"/"ask him…" in a sentence that names no one else of the user's before it."""
    for part in re.split(r"(?<=[.!?;\n])\s*", typed):
        found = _SENT_TO.search(part)
        if found and not _SOMEONE_OF_MINE.search(part[: found.start()]):
            return found
    return None


def _mentor_pronoun(mentor: str, typed: str) -> str:
    """"he" or "she" as the user's notes call the mentor ("Olu to send me his template"), else "they".

    Without such a word, the mentor's title may say it ("Mr. Osei").
    """
    alternatives = "|".join(re.escape(name) for name in parse_person(mentor).names if name)
    found = re.search(rf"\b(?:{alternatives})\b[^.;\n]{{0,80}}?\b(he|she|his|him|her)\b", typed,
                      re.IGNORECASE) if alternatives else None
    # ("me -> send her my CV", "K to intro me to his old SE manager": the mentor as the one sent to, or by an
    # initial, review 68)
    initial = (parse_person(mentor).address or mentor)[:1]
    found = found or _sent_to_them(typed) or (re.search(
        rf"(?<![\w'.])(?-i:{re.escape(initial)})\s+(?:to|will|'ll)\b[^.;\n]{{0,60}}?\b(his|her)\b", typed,
        re.IGNORECASE) if initial.isupper() else None)
    if found:
        return "she" if found.group(1).lower() in ("she", "her") else "he"
    return title_pronoun(mentor) or "they"


class _Plan:
    """The user's inputs, split into whole items; nothing is cut or reworded beyond light tidying."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        self.mentor = parse_person(values.get("mentor_name")).address
        self.mentor_field = str(values.get("mentor_name") or "")  # whole, for the first name ("Seun" for Oluwaseun)
        # goals and challenges are asked of the mentor: "my co-supervisor and Prof. X want…" is "…and you want…"
        # ("better at difficult convos": a goal to get better at it, review 60)
        # ("maybe do the PHICIS course? or the IRFU first aid in rugby?": one choice typed as two questions, review 68)
        typed = " ".join(str(values.get(k) or "") for k in ("goals", "progress", "challenges", "open_items"))
        self.they = _mentor_pronoun(str(values.get("mentor_name") or ""), typed)  # (before the lines said to them)
        goals_typed = re.sub(r"\?[ \t]+or\s+(?=\S)", " or ", str(values.get("goals") or ""), flags=re.IGNORECASE)
        typed_goals = _goals_apart(_topics_noted(_items(goals_typed)))
        # "Now I have 2 employees and 11 houses." among the goals says where things stand: said after the focus,
        # never asked as a problem ("…11 houses. How would you approach that?", review 61)
        standing = [g for g in typed_goals if _WHERE_THINGS_STAND.match(g)]
        standing = standing if len(standing) < len(typed_goals) else []  # (a field of only such facts is the goal)
        self.standing = [self.said_to_mentor(g) for g in standing]
        self.goals = [self.said_to_mentor(_own_article(_BETTER_AT.sub("get better at", _want_to(g))))
                      for g in typed_goals if g not in standing] or [str(values.get("goals") or "")]
        self.challenges = [self.said_to_mentor(c)
                           for c in _leaning_joined(_problems(_topics_noted(_items(_context_kept(
                               values.get("challenges"))))))]
        self.progress = [_AS_THEY_SUGGESTED.sub(r"\1 you \2", self.said_to_mentor(_SINCE_FIRST.sub("", p)))
                         for p in _items(_STATE_AFTER_COMMA.sub(". I ", str(values.get("progress") or "")))]
        # ("…mixed models like he suggested": "like you…"; "nothing much, was sick 2 wks": "… I was sick…")
        items = _statuses_kept_with_their_items([_ALSO_FIRST.sub("", i) for i in _items(values.get("open_items"))])
        self.open_items = [self.open_item(item) for item in map(_owner_as_label, items)]
        self.minutes = int(values.get("meeting_minutes") or MEETING_DEFAULT)
        self.seed = "|".join(str(values.get(k) or "") for k in ("goals", "challenges", "open_items"))

    @property
    def mentor_label(self) -> str:
        return self.mentor or "your mentor"

    def open_item(self, item: str) -> str:
        """An open item as both of them will read it on the agenda the user sends.

        "ask her abt…", "send Huw photos" are said to the mentor ("I wanted to ask you about…", "I said I'd send you
        photos"), and a
        task of the mentor's is what they said they'd do ("Lars to send me his notes" -> "You said you'd send me
        your notes"), never "You to send me…", which reads as the user's own task.
        """
        item = _THE_MENTOR.sub(_you_the_mentor, item)  # "share my rubric w/ mentor" (review 63)
        to_first = re.match(r"to\s+(?P<verb>[a-z]+)\s+(?=\S)", item)
        if to_first and is_bare_verb(to_first["verb"]):  # "to send her my CV": the task, never "To send you…" (r109)
            item = item[3:]
        if not self.mentor:  # ("myself: draft supervision template" is still the user's own, with no mentor named)
            return _said_id_do(expand_shorthand(item)) or item
        if two_people(self.mentor_field):  # "Ruth: send comments…", meeting Ruth and Kofi: neither is "you" (review 61)
            return _said_id_do(expand_shorthand(item)) or upper_first(expand_shorthand(item))
        # "Mentor: send list of bootcamps she trusts": the mentor's task, like "Dr. Lin: send…"
        item = _MENTOR_LABEL.sub(f"{self.mentor}: ", item)
        initial = _INITIAL_LABEL.match(item)
        if initial and initial.group("letter") != "I" and initial.group("letter").lower() in mentor_initials(
                self.mentor_field):
            item = f"{self.mentor}: {item[initial.end():]}"  # "J: intro me to…", by Jun's initial: Jun's task
        titled = _TITLE_AND_INITIAL.match(item)
        surname = (re.findall(r"[^\W\d_]+", self.mentor) or [""])[-1][:1].lower()  # "Capt B": Bjørnstad's "B"
        if titled and titled["letter"].lower() in {surname, *mentor_initials(self.mentor_field)} and re.search(
                rf"\b{re.escape(titled['title'])}\b", self.mentor_field, re.IGNORECASE):
            item = f"{self.mentor}{item[titled.end():]}"  # "Capt B to share her…", meeting Capt. Bjørnstad (review 71)
        title = (self.mentor_field.split() or [""])[0].rstrip(".")
        if title.lower() in TITLES and re.match(rf"{re.escape(title)}\.?\s+(?=to\s|[:\-–]\s)", item, re.IGNORECASE):
            # ("Prof to share his old interview qs", meeting Prof. Adeyemi, was "Prof to share your…", review 106)
            item = re.sub(rf"^{re.escape(title)}\.?", self.mentor, item, count=1, flags=re.IGNORECASE)
        letters = _INITIALS_FIRST.match(item)
        if letters and are_mentors_initials(letters.group("letters"), self.mentor_field):
            item = f"{self.mentor}{item[letters.end():]}"  # "LM to send me the reading list", meeting Dra. Lúcia
        item = self._their_own_things(item)
        # ("-> pending": a status, in words; "me: send B my notes", meeting Beatriz: "send you my notes")
        addressed = initial_as_you(to_you(expand_shorthand(item), self.mentor_field), self.mentor_field)
        # "Me - 5 more 1:1s on day shift": the label of the user's own item, read as one ("Me: 5 more 1:1s…")
        addressed = re.sub(r"^me\s+[-–—]\s+(?=\d)", "Me: ", addressed, flags=re.IGNORECASE)
        # "rick said he will ask depot manager…": said then, so "you'd" (review 56)
        addressed = re.sub(r"^(You|I)\s+said\s+(?:that\s+)?(you|I)\s+will\b", r"\1 said \2'd", addressed)
        # "kenji said he send me his price sheet": the bare verb of a second language, the same promise
        addressed = re.sub(r"^(You|I)\s+said\s+(?:that\s+)?(you|I)\s+(?=([a-z]+)\s)", _promise_said, addressed)
        mine = _said_id_do(addressed)
        if mine:  # "me: send Ines the RFC link" beside "You said you'd introduce me…": the same shape for both of them
            return mine
        # "he check abstract english" (a second language's present) or "she sends the template": a task of theirs
        # (by name too: "Roberto send me last year P&L example" was "You send me last year P&L example", review 67)
        # ("Lucia send me contact of the cooper…", meeting Signora Lucia Benedetti: by her first name, review 89)
        names = "|".join(re.escape(n) for n in sorted({self.mentor, *names_of(self.mentor_field)}, key=len,
                                                     reverse=True))
        present = _THEIR_BARE_TASK.match(expand_shorthand(item)) or re.match(
            rf"^(?:{names})\s+(?P<verb>[a-z]+)\s+\w", expand_shorthand(item))
        typed = present["verb"].lower() if present else ""
        verb = base_form(typed)
        # (only the present: "she offered to…" and "he mentioned…" say what happened, never a task)
        # ("she ask Tunde about a guest spot": asking someone else is a task, never "You ask Tunde…", review 99)
        asks_another = verb == "ask" and not _REPORTED_BARE.match(addressed)
        if present and typed in (verb, f"{verb}s", f"{verb}es") and is_bare_verb(verb) and (
                verb not in _NO_TASK_VERBS or asks_another):
            return f"You said you'd {addressed.split(maxsplit=1)[1]}"
        reported = _REPORTED_BARE.match(addressed)
        if reported:
            # "he ask me to send my github link", "Ingrid offer to check my CV" (a second language's past): what
            # they asked or offered last time, never "You ask me to…" (review 54)
            said = (inflections(reported["verb"].lower(), "VBD") or (reported["verb"],))[0]
            return f"You {said}{addressed[reported.end('verb'):]}"
        # ("Ask you about the van" is for the meeting itself, no promise)
        # ("send CV v3 to Stewart": "to you" at the end is the same promise, review 61)
        said_to_them = re.match(r"^(?!ask\b)(?P<verb>[A-Za-z]+)\s+(?:(?:you|your)\b|[^,;:]+\s+to\s+you\W*$)", addressed,
                                re.IGNORECASE)
        if said_to_them and addressed != expand_shorthand(item) and _opens_a_todo(said_to_them.group("verb").lower()):
            # "send Sam the churn deck" is the user's own task: "I said I'd send you…", never "Send you the deck"
            return f"I said I'd {lower_first(addressed)}"
        todo = re.match(r"^(?!ask\b)(?P<verb>[A-Za-z]+)\s+\S[^:]*\byou\b", addressed, re.IGNORECASE)
        if todo and addressed != expand_shorthand(item) and _opens_a_todo(todo["verb"].lower()):
            # "read the ABTT guidance he mentioned", the user's to-do beside the mentor's (review 89)
            return f"I said I'd {lower_first(addressed)}"
        asked = _TO_ASK.match(addressed)
        if asked:  # "ask about conference travel money": to ask them, as "ask her abt…" is (review 65)
            # ("ask about whether the club will pay…": "Ask you whether…")
            # ("I wanted to ask you…": "Ask you about BIE course cost" read as an order to the mentor, review 71)
            return "I wanted to ask you " + _ABOUT_WHETHER.sub("", addressed[asked.end():])
        if re.match(r"^ask you\b", addressed, re.IGNORECASE):  # "ask sal if his firm sponsors", meeting Sal
            return f"I wanted to ask you{addressed[len('Ask you'):]}"
        if not _YOU_OWNER.match(addressed) or _YOU_OWNER.match(item):
            return addressed
        # "Mr Kamau to share contact of the hotel buyer", "Deb - send…": what they said they'd do, said to them
        promised = _PROMISED_TASK.match(addressed)
        if promised:
            task = re.sub(r"^(intro|introduce)\s+to\b", r"\1 me to", promised.group("task"))  # "intro to the editor"
            planned = re.match(r"(?P<was>(?:was|were)\s+)?(?:going to|gonna)\s+", task, re.IGNORECASE)
            if planned and planned.group("was"):  # "Dana: was going to send me her notes": what they meant to do
                return f"You were going to {task[planned.end():]}"
            if re.match(r"(?:offered|promised|agreed)\s+to\s", task, re.IGNORECASE):
                return f"You {lower_first(task)}"  # "B -> offered to look at…": already said as theirs
            if _THING_GIVEN.match(task):  # "P: book recommendation (…)": a thing of theirs, never "you'd book…"
                return f"Your {lower_first(task)}"
            return f"You said you'd {task[planned.end():] if planned else task}"  # ("going to show me…")
        pronoun = _PRONOUN_OWNER.match(item)
        return f"{self.mentor}{item[pronoun.end():]}" if pronoun else item

    def _their_own_things(self, item: str) -> str:
        """"Margit: send her slide template": her own template, "send your slide template", never "send you…"."""
        labelled = _LABELLED_HER_THING.match(item)
        names = {w.lower() for w in re.findall(r"[^\W\d_]+", self.mentor_field)} | {
            self.mentor.lower(), *(i for i in mentor_initials(self.mentor_field))}
        if labelled and labelled["owner"].lower().rstrip(".") in names:
            return f"{item[: labelled.start('pronoun')]}your{item[labelled.end('pronoun'):]}"
        return item

    def said_to_mentor(self, text: str) -> str:
        """Said to the mentor: "the checklist Rachel sent" is "the checklist you sent".

        Names only, and short forms of the first name ("Seun"): "she" may be anyone.
        """
        text = _THE_MENTOR.sub(_you_the_mentor, text)  # "…w/ mentor": the mentor met is "you"
        both = two_people(self.mentor_field)
        if both:  # "Dr. Adler and Dr. Mensah disagree on chapter 2", meeting both of them: "You disagree…"
            return _both_as_you(text, both)  # ("Dr. Osei and I disagree": one of two is never "you", review 59)
        if not self.mentor:
            return text
        # ("played Don Juan excerpt for him last lesson - he said tempo was rushed", to Mr. Petrov: in our own
        # lesson "he" is the mentor, review 96; "she" anywhere else may be anyone)
        ours = self.they in ("he", "she") and _OUR_MEETING.search(text) is not None and not (
            _SOMEONE_OF_MINE.search(text) or _SOMEONE_ELSE_SPOKE.search(text)
            or re.search(rf"\b{_OTHER_PRONOUN[self.they]}\b", text, re.IGNORECASE))
        if ours:  # ("sang it for her last lesson": who it was for, never "your last lesson")
            text = _FOR_THEM_AT_OUR_MEETING.sub(r"\1 you ", text)
        said = to_you(text, self.mentor_field, pronouns=ours)
        # ("Read the two papers she gave.": a thing the mentor gave or named is theirs, said "you gave", review 92)
        said = _WHAT_THEY_GAVE.sub(lambda m: f"{m['thing']}you {m['verb']}", said)
        # ("voiced the shop's old Bechstein under his eye", to Mr. Hoffmann: the mentor watched, "under your eye")
        watched = {"he": "his", "she": "her"}.get(self.they)
        if watched:
            said = re.sub(rf"\b(under|with)\s+{watched}\s+(eye|supervision|guidance|watch)\b", r"\1 your \2", said)
        # "shadowed B's rota meeting twice", meeting Bernadette: her initial's possessive is "your" (review 58)
        return re.sub(r"\b([A-Z])['’]s\b", lambda m: "your" if m[1].lower() in mentor_initials(self.mentor_field)
                      else m[0], said)


def _both_as_you(text: str, both: tuple[str, str]) -> str:
    """Both people a meeting is with, named together ("Ruth and Kofi", "Dr. Adler and Dr. Mensah"), as "you"."""
    one, two = ("|".join(re.escape(n) for n in sorted(names_of(name), key=len, reverse=True)) for name in both)
    if not one or not two:
        return text
    pair = rf"(?<![\w.])(?:(?:{one})\s+(?:and|&)\s+(?:{two})|(?:{two})\s+(?:and|&)\s+(?:{one}))(?![\w'’])"
    return re.sub(pair, lambda m: "You" if m.start() == 0 else "you", text, flags=re.IGNORECASE)


_THING_GIVEN = lazy_regex(r"^(?:[a-z]+\s+(?:recommendations?|suggestions?)|(?:reading|contact|book|podcast)\s+list)\b",
                          re.IGNORECASE)
"""The mentor's open item named as a thing ("book recommendation", "reading list"), not a task of a verb."""


_LABELLED_HER_THING = lazy_regex(r"^(?P<owner>[^\W\d_][\w.]*)\s*(?::|\s[-–—]|->|→|\s+to\b)\s*[a-z]+\s+"
                                 r"(?P<pronoun>her|his)\s+"
                                 r"(?!own\b|(?:a|an|the|my|your|some)\b)(?=[a-z])", re.IGNORECASE)


def _promise_said(match: re.Match[str]) -> str:
    """"You said you send me…" -> "You said you'd send me…": a promise, whatever tense the note gave it."""
    verb = match[3]
    if not is_bare_verb(verb) or lexicon_tag(verb) not in ("VB", "VBP") or verb in _STATE_VERBS:
        return match[0]
    return f"{match[1]} said {match[2]}'d "


_STATE_VERBS = frozenset({"do", "have", "need", "want", "think", "know", "like", "feel"})
"""("I said I need more time" is how things were, not a promise.)"""


def _said_id_do(item: str) -> str | None:
    """An open item the user labelled as their own to-do, as they promised it ("I said I'd send you…"), or None."""
    mine = _MY_OWN_ITEM.match(item)
    # ("me: list of 5 LLCs to check…": a noun before its "of", never "I said I'd list of…", review 87)
    if mine and _opens_a_todo(mine.group("verb").lower()) and not re.match(r"\s+of\b", item[mine.end("verb"):]):
        return f"I said I'd {lower_first(item[mine.start('verb'):])}"
    return None


_MENTOR_LABEL = lazy_regex(r"^(?:my\s+)?mentor\s*(?::|->|→|\s[-–—])\s*(?=\S)", re.IGNORECASE)
"""An open item labelled "Mentor:" rather than by name."""
_INITIAL_LABEL = lazy_regex(r"^(?P<letter>[A-Z])\.?\s*(?:->|=>|→|[:\-–])\s*(?=\S)")
"""An open item labelled with one capital and its mark ("J: share the fee spreadsheet", "B -> was going to…")."""
_INITIALS_FIRST = lazy_regex(r"^(?P<letters>[A-Z]{2,3})(?=\s+(?:to|will|is going to|gonna)\s|\s*(?:->|=>|→|[:\-–]))")
"""An open item that opens with someone's initials and their task ("LM to send me…", "DK: book the room")."""
_MY_OWN_ITEM = lazy_regex(r"^(?:(?:me|myself)\s*[:\-–]|me\s+to\b|i\s+will\b|i['’]ll\b|me(?=\s+[a-z]+\s)|"
                          # ("I send her the passenger letter": a second language's present for the promise, review 84)
                          r"i(?=\s+[a-z]+\s+(?:her|him|them|you)\b))\s*"
                          r"(?P<verb>[A-Za-z]+)\b", re.IGNORECASE)
"""An open item the user labelled as their own ("Me: send you the RFC link", or "I will send the rate constant table
before meeting", review 67, which was left as typed)."""
_HEADING = lazy_regex(r"^(?:my\s+)?(?:goals?|progress|updates?|challenges?|problems?|open items?|to-?dos?|"
                      r"since last time)\s*:?$", re.IGNORECASE)
"""A field's own heading typed as its first line ("GOALS", "Progress:"): no item."""
_STATE_AFTER_COMMA = lazy_regex(r",\s+(?=was\s+(?:sick|ill|away|off|out|on leave|busy|travell?ing|in hospital)\b)",
                                re.IGNORECASE)
"""How the user was, after a comma and without its "I" ("nothing much honestly, was sick 2 wks")."""
_ANOTHER_DOING = lazy_regex(r",\s+and\s+I\s+(?=(?:also\s+)?(?:[a-z]+ed|found|gave|made|wrote|met|got|went|did|had|"
                            r"sent|spoke|took|ran|began|built|won|led|taught|sold|bought|read|finished)\s)")
"""A run-on of things done, each its own sentence: "…aren't catalogued, and I found some letters…" (review 61)."""


def _run_on_apart(item: str) -> str:
    """A long run-on of things done, a sentence each: "…aren't catalogued, and I found some letters…" (review 61).

    Not the last of a comma list ("…, I sorted the rota, and I booked…"): the list reads whole.
    """
    parts = _ANOTHER_DOING.split(item)
    if len(parts) < 2 or any(re.search(r",\s+I\s", part) for part in parts):
        return item
    return ". I ".join(part.rstrip(" ,") for part in parts)


_SINCE_FIRST = lazy_regex(r"^since (?:last time|we last (?:spoke|met|talked)|(?:our )?last "
                          r"(?:session|meeting|chat|call)),?\s+(?=\S)", re.IGNORECASE)
"""An update that starts "Since we last talked…", which the frame already says."""


def _items(value: Any) -> list[str]:
    """A field's items: one per line or list entry, and one per sentence of a paragraph; headings left out."""
    items = []
    # "slot???": one mark is enough; "time!!! and my head…" is one item, its marks a comma
    # ("prepare for the HCPC portfolio... actually it's the IBMS specialist portfolio": the right one, review 90)
    text = re.sub(r"([?!])\1+", r"\1", felt_marks_as_commas(without_taken_back(str(value or ""))))
    # "go freelance by jan?? or get 2 retainer clients first": one choice, never two goals (review 79)
    text = re.sub(r"\?\s+(?=or\s+[a-z])", " ", text)
    # "pricing!! no idea what to charge": a word or two exclaimed first is the topic of what follows, not an item
    # ("time!!! and my head isn't keen…" goes on with its "and": no topic, see normalise)
    text = re.sub(r"(?m)^(\s*(?:[-*•]\s*)?[^\W\d][\w'’-]*(?:\s[\w'’-]+)?)\s*!\s+(?!(?:and|but|or|so|plus|also)\b)"
                  r"(?=\S)", r"\1: ", text)
    text = re.sub(r"(?<=[A-Za-z0-9)]) = (?=[A-Za-z(])", ": ", text)  # "studying after 9pm = not retaining anything"
    for item in split_items(text):
        parts = sentences(item)
        items += [part.strip().rstrip(".") for part in _short_ones_joined(parts)] if len(parts) > 1 else [item]
    # "Harvest:" over the items it heads, typed inside the field
    # "…for free!!": a mark of feeling, which no frame can take in mid-sentence
    items = [item.strip().rstrip("!").rstrip() for item in items]
    return [item for item in items if item and not _HEADING.match(item) and not _SUBHEADING.match(item)]


_TOPIC_DASH = lazy_regex(r"^(?P<topic>[^\W\d][\w'’]*(?:\s[\w'’]+)?)\s+[-–—]\s+(?P<note>[^\W\d].*)$")
"""A word or two and a dash before a note: "boundaries - stop taking work home"."""


_ALSO_FIRST = lazy_regex(r"^(?:and\s+)?also,?\s+(?!(?:want|wanna|need|would|'d|like|hope)\b)(?=\S)", re.IGNORECASE)
"""A list item's own "also" ("also got shouted at…"), left to the list; "also want to…" keeps it for its "I"."""
_TOPIC_THEN_I = lazy_regex(r"^(?P<topic>[^\W\d]+),\s+(?=i\s|i'm\s|im\s)", re.IGNORECASE)


_WANT_TO_TALK = lazy_regex(r"^(?:(?:honestly|really|so|tbh|basically)[,\s]+)*(?:i\s+)?(?:just\s+|really\s+)*"
                           r"(?:want|wanna|would like|'d like|need)\s+(?:to\s+)?"
                           # ("I want to use this meeting to talk about whether…", review 60)
                           r"(?:use\s+(?:this|the|our|today's)\s+(?:meeting|session|call|time|hour)\s+to\s+)?"
                           r"(?:talk|chat|think)\s+(?:about|abt|thru|through)\s+(?=\S)", re.IGNORECASE)
"""A goal typed as a wish to talk ("honestly just want to talk about whether…"): the topic is what follows."""


def _topics_noted(items: list[str]) -> list[str]:
    """"boundaries - stop taking work home" is the topic of its note, "Boundaries: stop taking work home".

    Only for goals and challenges (an open item's "Deb - send…" names its owner); a topic that is a verb
    ("study - 2 hrs a night") or a choice after the dash ("masters - now or later") is kept as typed.
    """
    kept = []
    for item in items:
        # "also time, i do 50h weeks": the list already says "also", and a word before "I…" is the topic
        item = _ALSO_FIRST.sub("", item)
        # "honestly just want to talk about whether to stay…": the frame says "talk about" already
        item = _WANT_TO_TALK.sub("", item)
        item = _TOPIC_THEN_I.sub(lambda m: f"{upper_first(m['topic'])}: ", item)
        match = _TOPIC_DASH.match(item)
        # ("Ordering - I keep over ordering fish": a topic in "-ing" is a topic too)
        if (match is None or _DECISION.search(item) or is_bare_verb(match["topic"].split()[0].lower())
                or any(t.startswith(("VB", "MD")) and t != "VBG" for _, t in tag(match["topic"]))):
            kept.append(item)
        else:
            kept.append(f"{upper_first(match['topic'])}: {match['note']}")
    return kept


def _short_ones_joined(parts: list[str]) -> list[str]:
    """"older guys dont listen to me. im 24": a sentence of three words or fewer goes with the one before."""
    return joined_when(
        parts,
        lambda _, part: (len(part.split()) <= 3 and not _own_plan(part)) or part.lstrip().startswith("("),
        # ("ask Dr Iyer about vacancy in Nov? (didnt ask, felt awkward)": the aside goes with its question)
        lambda last, part: f"{last} {part.strip()}" if part.lstrip().startswith("(") else
        f"{last.rstrip('.')}, {_lower_ordinary(part)}" if _two_notes(last, part) else
        f"{last.rstrip('.')}{'' if last.rstrip('.')[-1:] in '!?' else '.'} {upper_first(part)}",  # "month!! 81 score"
    )


def _two_notes(last: str, part: str) -> bool:
    """"Burnout. Caseload high.": two short notes with no verb, one item said as a list ("Burnout, caseload high")."""
    return len(last.split()) <= 3 and not _has_finite(last) and not _has_finite(part) and not _own_plan(part)


_BARE_ORDINAL_AFTER_VERB = lazy_regex(r"^(?P<verb>[A-Za-z]+)\s+"
                                      r"(?=(?:first|second|third|next|own)\s+(?![a-z]+ing\b)[a-z])")
"""("stop second guessing my first plan" is no plan of "my second…": a gerund after it, review 70)"""
_BECOME_BARE = lazy_regex(r"^(?P<verb>become|be)\s+(?=[a-z])", re.IGNORECASE)


_STATUS_ONLY = lazy_regex(r"^(?:i\s+)?(?:did(?:\s+it)?|done|sent(?:\s+it)?|not\s+(?:yet|done)|haven'?t\s+yet|"
                          r"still\s+to\s+do|booked|in progress)\W*$", re.IGNORECASE)
"""An open item that only says how the one before it went ("i did", "not yet")."""


def _statuses_kept_with_their_items(items: list[str]) -> list[str]:
    """"he asked me to send the dashboard; i did": the status with its item, never an item of its own ("- I did")."""
    def joined(before: str, status: str) -> str:
        return f"{before.rstrip(' .')} - {lower_first(status) if not status.startswith('i ') else status}"

    return joined_to_previous(items, lambda item: _STATUS_ONLY.match(item) is not None, joined)


_WANT_A_VERB = lazy_regex(r"^(?P<want>(?:i\s+)?(?:really\s+)?(?:want|wanna))\s+(?P<verb>[a-z]+)\s", re.IGNORECASE)


def _want_to(goal: str) -> str:
    """A want typed without its "to" before the verb ("Want start do weddings"): read as "want to" (review 76)."""
    wanted = _WANT_A_VERB.match(goal)
    if wanted is None or wanted["verb"].lower() == "to" or not is_bare_verb(wanted["verb"].lower()):
        return goal
    return f"{wanted['want']} to {goal[wanted.start('verb'):]}"


def _own_article(goal: str) -> str:
    """A goal typed without its "my" or "a" ("submit first paper", "become bus driver trainer"), with it.

    Only where no other reading exists: a verb then "first/next/own…", and "become" before a role with no
    determiner; everything else is kept as typed.
    """
    ordinal = _BARE_ORDINAL_AFTER_VERB.match(goal)
    if ordinal and is_bare_verb(ordinal["verb"].lower()):
        return f"{goal[: ordinal.end()]}my {goal[ordinal.end():]}"
    become = _BECOME_BARE.match(goal)
    rest = goal[become.end():] if become else ""
    tags = [t for _, t in tag(rest)] if rest else []
    role = bool(tags) and tags[0] in ("NN", "JJ") and tags[-1] == "NN" and len(tags) <= 4
    if become and role and not re.search(r"[,;:]|\b(?:at|in|by|within|for|more|less)\b", rest):
        return f"{goal[: become.end()]}{'an' if rest[0] in 'aeiou' else 'a'} {rest}"
    return goal


def _own_plan(part: str) -> bool:
    """"figure out pricing" after a goal is a goal of its own: a verb and its object, typed in lower case.

    So is something done or being done ("made website", "Supervising one student"): a line of progress of its own,
    said with its "I" (review 56: "…per word w/ one agency. Made website.").
    """
    words = part.split()
    if len(words) < 2:
        return False
    head = words[0].lower()
    done = is_verb(head) and (head.endswith("ing") or base_form(head) != head) and tag(part)[0][1] in (
        "VBD", "VBN", "VBG")
    return done or (is_bare_verb(head) and part[:1].islower())


HEADING_WORDS = 25
"""An agenda heading quotes a goal or challenge of at most this many words; a longer one is named instead."""
_AS_THEY_SUGGESTED = lazy_regex(r"\b(like|as)\s+(?:he|she)\s+(suggested|said|recommended|advised)\b", re.IGNORECASE)
_PROMISED_TASK = lazy_regex(r"^(?i:you)(?:\s+(?:to|will|-|–)\s+|:\s*)(?P<task>[a-z][^()]*?(?:\([^()]*\))?)$")
"""The mentor's own open item, addressed ("You to share contact of the hotel buyer"): a verb phrase after it."""
_YOU_OWNER = lazy_regex(r"you(?::|\s+(?:to|will|-|–)\s)", re.IGNORECASE)
"""An item that opens with "you" as its owner: "You to send…", "You: send…"."""
_THEIR_BARE_TASK = lazy_regex(r"^(?:she|he)\s+(?P<verb>[a-z]+)\s+\w", re.IGNORECASE)
"""An open item of theirs typed with a bare verb ("he check abstract english")."""
_NO_TASK_VERBS = frozenset({"be", "have", "do", "think", "say", "like", "want", "need", "know", "feel", "is", "will",
                            "would", "can", "could", "shall", "should", "may", "might", "must", "ask", "tell",
                            "mention", "promise", "offer", "agree", "suggest", "recommend"})
_REPORTED_BARE = lazy_regex(r"^You\s+(?P<verb>ask|offer|promise|agree|suggest|recommend|mention|say|tell)"
                            r"(?=\s+(?:me|to|that|you|I)\b)")
"""An open item of theirs with a bare verb of asking or offering: what they did last time."""
_PRONOUN_OWNER = lazy_regex(r"(?:she|he)(?=:|\s+(?:to|will|-|–)\s)", re.IGNORECASE)
"""An item whose owner is typed as a pronoun: "she to check the spare meter"."""


def _owner_as_label(item: str) -> str:
    """"(me) send Ewa my answers" -> "Me: send Ewa my answers", the way the other items name their owner."""
    return BRACKETED_OWNER.sub(lambda m: f"{upper_first(m.group('owner'))}: ", item)  # as session notes read them


_SUBHEADING = lazy_regex(r"^[^\W\d][\w'’ -]{0,30}:$")
"""A heading typed inside a field ("Harvest:", "Me:"): up to its colon, with nothing after it."""


_ITS_DEADLINE = lazy_regex(r"^(?:i\s+)?(?:want|need|have|hope|plan|aim)\s+to\s+[a-z]+\b[^,;]*\bby\b", re.IGNORECASE)
"""When the goal before is due ("want to submit by March"), typed after it."""


def _goals_apart(items: list[str]) -> list[str]:
    """Goals typed on one line with commas, each its own plan.

    "get into the open studios in october, sell enough prints to cover rent, apply for the DYCP grant" are three;
    "get better at pricing, quoting and invoicing" stays one.
    """
    found: list[str] = []
    for item in items:
        # "i want to get promoted…, and also i want to get my forklift cert…, and long term i think i'd like…"
        wants = [p.strip() for p in _ANOTHER_WANT.split(item)]
        if len(wants) > 1:
            found += wants
            continue
        parts = [p.strip() for p in re.split(r",\s+(?![^()]*\))", item)]
        # "scale catering to 200 guest weddings, decide if i hire…": a decision after a comma is a goal of its own
        deciding = any(_DECIDING_VERB.match(part) for part in parts)
        whole = len(parts) > 1 and all(len(p.split()) >= 3 and (deciding or as_verb_phrase(p) is not None) and
                                       is_bare_verb(p.split()[0].lower()) for p in parts)
        # ("prepare for the IBMS specialist portfolio, want to submit by March": its deadline, one goal, review 90)
        whole = whole and not any(_ITS_DEADLINE.match(p) for p in parts[1:])
        found += parts if whole else [item]
    return found


_WHERE_THINGS_STAND = lazy_regex(
    r"^(?:(?:now|currently|right now|at the moment|atm|so far|today|at present)\b,?\s*)?"
    r"(?:i|we|my\s+\w+|our\s+\w+)\s+(?:have|has|'ve\s+got|have\s+got|employ|run|serve|manage|look\s+after)\s+"
    r"(?:about\s+|around\s+|over\s+|nearly\s+|almost\s+|only\s+|just\s+)?\d"
    r"(?!.*\b(?:want|wanna|need|hope|would like|'d like|plan|aim|goal|trying|how|what|should)\b)"
    # "new grad, first mentor mtg": who the user is and which meeting this is, no goal (review 65)
    r"|^(?:i['’]?m\s+(?:a\s+)?)?(?:new\s+(?:grad|graduate|hire|starter|nurse|teacher|manager)|newly qualified|"
    r"(?:first|1st)\s+(?:year|job|week|month))\b[^.!?]{0,30}?(?:,\s*)?(?:(?:our\s+|my\s+)?(?:first|1st)\s+"
    r"(?:mentor(?:ing)?\s+)?(?:meeting|mtg|session|call|chat))?\s*$",
    re.IGNORECASE)
"""A goal-field sentence that only says where things stand, with a figure: "Now I have 2 employees and 11 houses"."""


_ANOTHER_WANT = lazy_regex(r",?\s+and\s+(?:also\s+)?(?:long[- ]term\s+|later\s+|eventually\s+)?"
                           r"(?=i\s+(?:also\s+)?(?:want|think|['’]d like|would like|hope|need)\b)"
                           r"|,\s+(?:and\s+)?also\s+(?=(?:i\s+)?(?:want|wanna|need|would like|['’]d like)\s+to\b)",
                           re.IGNORECASE)
"""Where a run-on of goals starts its next one: "…, and also i want to…", "…, and long term i think i'd like…"."""


def _opens_a_todo(word: str) -> bool:
    """A verb that opens a to-do ("send", "check", "draft"), not a word that only can be one ("rough", "script")."""
    return lexicon_tag(word) in ("VB", "VBP") or word in word_list("task_verbs")


def _context_kept(value: Any) -> str:
    """Challenges with a short remark of the user's after a semicolon kept on the problem it explains.

    "we disagree on author order for paper 2; i did most of the experiments" is one challenge with its context
    in brackets: split at the semicolon, "I did most of the experiments. How would you approach that?" asked
    nothing.
    """
    return _OWN_CONTEXT_AFTER.sub(lambda m: f" ({m.group('context').strip()})", str(value or ""))


_OWN_CONTEXT_AFTER = lazy_regex(r"\s*;\s*(?P<context>(?:i\s+(?:did|was|had|made|wrote|ran|led|built|spent|"
                                r"(?!need|feed)[a-z]+ed)|i've)\s[^;\n()]{0,60})$", re.IGNORECASE | re.MULTILINE)
"""What the user did, after a semicolon ("; i did most of the experiments"): context for the challenge before it. A
thing of theirs with its own verb ("; my van broke…") or how they are now ("; i get flustered when the queue is long")
is a challenge of its own (reviews 75, 76)."""


def _problems(items: list[str]) -> list[str]:
    """Challenges typed as one run-on of whole clauses, each its own problem, one per item.

    "the press broke down…, load shedding means the cooling is off…, my brother doesn't agree…" are three;
    "night shifts and studying, I'm always tired" is one, and two clauses are a problem and its cause ("my report
    writing is slow, English is not my first language").
    """
    found: list[str] = []
    for item in items:
        parts = [p.strip() for p in re.split(r",\s+(?![^()]*\))", item)]
        found += parts if len(parts) > 2 and all(_stands_alone(p) for p in parts) and any(
            _has_finite(p) for p in parts) else [item]
    return found


def _leaning_joined(items: list[str]) -> list[str]:
    """A doubt about someone the line before names, joined to it.

    "…wants me on the forecast round", then "not sure how to say no to her": on its own, "her" on a sheet sent to the
    mentor reads as the mentor (review 99).
    """
    joined: list[str] = []
    for item in items:
        if joined and _DOUBT_ABOUT_THEM.match(item):
            joined[-1] = f"{joined[-1].rstrip(' .')}, and {about_me(item).rstrip('.')}"
        else:
            joined.append(item)
    return joined


_DOUBT_ABOUT_THEM = lazy_regex(r"^(?:i['’]?m\s+|im\s+|i\s+am\s+)?(?:not\s+sure|unsure|"
                               r"(?:i\s+)?(?:don['’]?t|dont)\s+know|idk|no\s+idea)\b(?=.*\b(?:her|him|them)\W*$)",
                               re.IGNORECASE)
"""A doubt about someone named before ("not sure how to say no to her"), with no one of its own for "her" to be."""


_GOES_ON = lazy_regex(r"^(?:and|or|but|like|esp|especially|e\.?g\.?|which|so|because|b/c|bc|then|also|plus|"
                      r"mostly|mainly|even|not|just|about|abt|around|already|a|an|i|i'm|im|~|\d)\b", re.IGNORECASE)
"""A piece that goes on from the one before ("…, like 40 min over", "…, esp at conferences", "…, a spreadsheet AND
the CRM", "roster is very hard, I get many ultra long haul…": the user's own sentence explains it), never a problem."""


def _stands_alone(part: str) -> bool:
    """A piece of a run-on that can be a problem of its own: three words or more that do not go on from before."""
    return len(part.split()) >= 3 and not _GOES_ON.match(part)


def _has_finite(part: str) -> bool:
    return any(t in ("VBD", "VBZ", "VBP", "MD") for _, t in tag(part))


_DECISION = lazy_regex(
    r"\b(?:yes or no|yes/no|or not|(?:still\s+)?(?:not|haven'?t|havent)\s+(?:yet\s+)?decided|undecided|can'?t decide)\b"
    r"|^(?:to\s+)?(?:(?:know|understand)\s+)?(?:if|whether)\b"
    r"|^[^()]*?(?:\s[-–—]|:)\s[^()]*\b(?:or|vs\.?|versus)\s|^[^()]*?\s[-–—]\s[^()]*\?$", re.I)
"""A goal typed as a choice: "apprentice - yes or no", "masters - now or later", "…ones - is it realistic?".

A dash alone is no choice: "boundaries - stop taking work home" is a topic and its note, and "get my licence
(2 exams left - PPD and CE)" an aside."""
_DASHED_NOTE = lazy_regex(r"^[^()]*?\s[-–—]\s")
"""A dash outside brackets: what follows is a note on what went before ("not lose money - my wife's one condition")."""
_DECIDE = r"^(?:to\s+)?(?:decide|choose|agree(?:\s+on)?|figure out|work out)\s+"
"""A goal that is a decision to make: "decide if…", "figure out whether…"."""
_DECIDING_VERB = lazy_regex(rf"{_DECIDE}(?:if|whether|between)\b", re.I)


_DECISION_VERB_FIRST = lazy_regex(r"^(?P<verb>decide|choose|pick|agree)(?P<rest>\s+(?!if\b|whether\b|between\b)\S.*)$",
                                  re.IGNORECASE)


def _decision_as_doing(label: dict[str, str]) -> dict[str, str]:
    """A choice typed verb-first, talked about as the deciding: "Deciding on thesis topic - A vs B".

    As typed it went into frames that want a topic ("…talk about this: decide on thesis topic…", "Decide on thesis
    topic - …: what would you weigh up first?", review 63).
    """
    verb_first = _DECISION_VERB_FIRST.match(label["label_after_colon"])
    if not verb_first:
        return label
    doing = (inflections(verb_first["verb"].lower(), "VBG") or (f"{verb_first['verb'].lower()}ing",))[0]
    said = f"{doing}{verb_first['rest']}"
    return {**label, "label": upper_first(said), "label_after_colon": said, "topic": said}


def _about_me_unless_labelled(item: str) -> str:
    """The item as the user's sentence, unless it is a topic and its note.

    "quoting: always under by like 20%" is said as typed (no "I've been quoting:").
    """
    return as_sentence(item) if _NOTED_TOPIC.match(item) else about_me(item)


_QUESTION_WORD = lazy_regex(r"^\W*(?:what|how|which|where|when|why|who|whose|is|are|am|do|does|did|can|could|should|"
                            r"would|will|shall|have|has|was|were|may|might|whether)\b", re.IGNORECASE)
"""How a question opens; a statement typed with "?" ("I'm not sure the head likes me?") is not one."""


def _asks(text: str) -> bool:
    """Whether text ending in "?" asks something: it, or its last clause, opens as a question, or weighs a choice.

    "…(deadline 30 Nov), should I apply this round?" and "academia or industry?" ask; "I'm not sure the head likes
    me?" and "5km for 12 months?" state.
    """
    last = re.split(r"[,;:]\s+|\s+[-–—]\s+", text.strip())[-1]
    return bool(_QUESTION_WORD.match(text) or _QUESTION_WORD.match(last) or re.search(r"\sor\s", last))


_SUBJECTLESS_NEED = lazy_regex(r"^(?:need|needs|have\s+to|got\s+to|gotta|can'?t|cannot|don'?t|didn'?t|haven'?t)\s+"
                               r"(?!know\b)\S", re.IGNORECASE)


def _slots(item: str) -> tuple[str, dict[str, str]]:
    """The frame family an item fits ("verb", "noun", "sentence", "choice" or "label") and its words for the slots.

    A "label" is a note the frames can't take into a sentence without changing it: words without a
    verb ("cashflow tight in Jan"), a bare "ops manager role". A "choice" is a decision ("apprentice -
    yes or no", "whether I should…"). Both are quoted as typed, before a colon.
    """
    phrase = re.sub(r"^(?:and|plus)\s+(?=\S)", "", as_phrase(item), flags=re.IGNORECASE)  # "And my cert expires…"
    # "…- is it realistic?" keeps its question mark: the user asked it
    # "know if I should do the NVQ" is the question of whether to: "Whether I should do the NVQ…: …"
    phrase = _as_whether(phrase)
    # ("the practice manager says no budget for CPD this year?": a statement with the user's "?", said as one)
    asked = phrase.rstrip().endswith("?") and _asks(phrase)
    labelled = phrase.rstrip(" ?.!") + ("?" if asked else "")
    # In a sentence after "this:" an ordinary first word goes lower case ("…about this: get my first show")
    label = {"label": upper_first(labelled), "label_after_colon": lower_first(labelled)}
    # "decide whether to go organic or not" is talked about as "whether to go organic or not"
    whether = re.sub(rf"{_DECIDE}(?:if|whether)\s+", "whether ", lower_first(labelled), flags=re.IGNORECASE)
    label["topic"] = whether if whether.startswith("whether ") else f"this: {label['label_after_colon']}"
    if _choice_between_verbs(phrase) and not _DECISION.search(phrase) and not whether.startswith("whether "):
        # "go freelance by jan or get 2 retainer clients first": "whether to go freelance by Jan or…" (review 79)
        said = f"whether to {label['label_after_colon']}"
        return "choice", {**label, "label": upper_first(said), "label_after_colon": said, "topic": said}
    if _DECISION.search(phrase) or _choice_between_verbs(phrase):
        return "choice", _decision_as_doing(label)
    maybe = _MAYBE_A_PLAN.match(phrase)
    if maybe and is_bare_verb(maybe["verb"].lower()):  # "maybe start own business in 3-4 yrs": never "I maybe
        return "label", label  # start…" (review 86)
    if _KNOWLEDGE_GAP.match(phrase):  # "no idea how industry hiring works": to be explained, not "approached"
        return "gap", label
    if _SUBJECTLESS_NEED.match(phrase):  # "need 2 more adult volunteers…": "I need…", never "approach need…"
        return "sentence", {"sentence": about_me(phrase)}
    if _DASHED_NOTE.search(phrase):  # no frame takes a note after a dash mid-sentence: quoted whole, as typed
        return "label", label
    if ends_in_a_state(phrase) or re.match(r"^no\s+(?:money|time|budget|idea|space|car|licence|one|access)\b", phrase,
                                           re.IGNORECASE):
        return "label", label  # "no money for a console to practise": a want, quoted, not a sentence
    people_do = _PEOPLE_DO.match(phrase)
    if people_do and is_bare_verb(people_do["verb"].lower()):
        # "stakeholders change requirements every wk": who, what they do, to what; a clause, never "approach
        # stakeholders change requirements" (review 66)
        return "sentence", {"sentence": upper_first(phrase.rstrip(" .!?")) + "."}
    if _gerund_and_nouns(phrase) or _MEASURE_AND_FIGURES.match(phrase):  # ("pick rate 140->160…": no "how to pick")
        noun = _lower_ordinary(phrase).rstrip(" ?")
        return "noun", {"noun": noun, "Noun": upper_first(noun)}
    # ("Watch culture is tough, …": a subject and its verb, never "I want to watch culture is tough", review 81)
    verb = None if two_nouns_then_their_verb(tag(lower_first(phrase))) else as_verb_phrase(item)
    negated = re.match(r"^(?:to\s+)?not\s+(?P<verb>[a-z]+)\b", phrase, re.IGNORECASE)
    if verb is None and negated and is_bare_verb(negated.group("verb")):
        verb = lower_first(re.sub(r"^to\s+", "", phrase.rstrip(" .!?"), flags=re.I))  # "not feel stupid asking"
    between = re.match(rf"{_DECIDE}between\s", lower_first(labelled), re.IGNORECASE)
    if verb is not None and between:  # "decide between industry and a postdoc": how to decide, and deciding it
        doing = (inflections(between.group(0).split()[-2].lower(), "VBG") or ("deciding",))[0]
        rest = lower_first(labelled)[between.end():]
        return "choice", {**label, "label": f"{upper_first(doing)} between {rest}",
                          "topic": f"how to {lower_first(labelled)}"}
    if verb is not None and _DECIDING_VERB.match(phrase):  # "decide if I stay in audit or move": no "first to decide"
        return "choice", {**label, "label": upper_first(whether)}
    if verb is not None and _GIVES_A_REASON.search(phrase):  # "get my forklift cert because then I can train…"
        return "sentence", {"sentence": as_sentence(f"I want to {verb}")}
    if verb is not None and not _clause_after_comma(phrase):
        # "build personal brand on linkedin a bit?? (not sure yet)": inside a question, the marks go, the aside stays
        # "understand how to get code reviewed faster": the frame says "how to" already ("how to understand how to…")
        verb = _HOW_TO_LEAD.sub("", verb)
        return "verb", {"verb": re.sub(r"\s*\?+(?=\s*\([^()]*\)\s*$)", "", verb)}
    own = _MY_CLAUSE_AFTER.search(phrase) if verb is not None and not _DECIDING_VERB.match(phrase) else None
    # (a bare verb or "to" first: "working night shifts…, I am always tired" is how things are, never a want)
    bare_first = re.match(r"(?:to\s+)?(?P<verb>[a-z]+)\b", phrase, re.IGNORECASE)
    # ("dont know how to answer…, i freeze" was "I want to don't know how…", review 106: a negation is no want)
    negation = re.match(r"(?:don'?t|dont|didn'?t|didnt|can'?t|cant|won'?t|wont|never|not)\b", phrase, re.IGNORECASE)
    wanted = as_verb_phrase(phrase[: own.start()]) if own and bare_first and is_bare_verb(
        bare_first["verb"].lower()) and not bare_first["verb"].lower().endswith("ing") and not negation else None
    if own and wanted:
        # "get better at arrangement meetings w/ families, I freeze when they cry": the want, then the user's own
        # sentence, never "Get better at…, I freeze when they cry: what would you do in my place?" (review 71)
        return "sentence", {"sentence": f"I want to {wanted}. {upper_first(phrase[own.end():].rstrip(' .!?'))}."}
    if verb is not None:  # "improve my food cost, now gp is 58% target 68%": a note with a clause of its own
        return ("choice" if _DECIDING_VERB.match(phrase) else "label"), label
    if _DESCRIBED_QUALITY.match(phrase):
        return "label", label  # "laminated dough consistency": a thing's quality, never "I laminated…" (review 66)
    # "quoting: always under by like 20%": a topic and its note, said as typed (no "I've been quoting")
    sentence = _about_me_unless_labelled(item)
    subject_added = bool(re.match(r"I\b", sentence)) and not re.match(r"I\b", phrase)
    if (_without_verb(item) or _noun_then_clause(item)) and not subject_added:
        return "label", label
    if (shape_of(phrase) == "noun" and not re.search(r"[,:;]", item) and not _ends_in_adjective(item)
            and not subject_added):  # "still talk over people" is a sentence missing its "I", not a noun
        if not _plain_noun_phrase(item) or phrase.lower().startswith("no "):
            return "label", label  # "still behind on recordings", "no idea about business rates"
        noun = _lower_ordinary(phrase).rstrip("?")  # "insurance?" in a question frame
        if noun.lower().startswith("my "):
            return "label", label  # "my back after 10 hr days": "How would you approach my back" asks the wrong thing
        if noun.split(" ")[-1].lower() in word_list("needs_article") and noun.split(" ")[0].lower() not in _DETERMINERS:
            return "label", label  # "ops manager role": "…first with ops manager role?" needs a "the" it lacks
        if _IN_SOME_TIME.search(noun) or _SOME_TIME_AGO.search(noun):
            # "panel interview in 6 wks", "one freelancer no show last saturday": an event, not a thing to "work with"
            return "label", label
        return "noun", {"noun": noun, "Noun": upper_first(noun)}
    if sentence.rstrip().endswith("?") and not _asks(sentence):
        sentence = sentence.rstrip(" ?") + "."  # "I'm not sure the head likes me?": said as the statement it is
    return "sentence", {"sentence": spliced_apart(sentence)}  # ("…groups, my English writing… is not so good")


_FEELING_FIRST = lazy_regex(r"^(?:feel|feeling|struggl\w*|worried|scared|nervous|stuck|overwhelmed|unsure)\b",
                            re.IGNORECASE)
"""A challenge typed as the user's feeling without its "I" ("feel awkward abt talking money…")."""
_MY_CLAUSE_AFTER = lazy_regex(r",\s+(?=(?:(?:maybe|perhaps|probably|so|then)\s+)?(?:I|I'm|I've|I'd)\s+\S)",
                              re.IGNORECASE)
"""The user's own sentence after a goal's comma ("…w/ families, I freeze when they cry")."""
_KNOWLEDGE_GAP = lazy_regex(r"^(?:i\s+)?(?:(?:have\s+)?no\s+idea|(?:don'?t|do not|dont)\s+(?:really\s+)?know|"
                            r"(?:am\s+|'m\s+)?not\s+sure|(?:it'?s\s+)?unclear)\s+"
                            r"(?:how|what)\b(?!\s+to\b).*\b(?:works?|means?|involves?|looks like|is like|happens|"
                            r"is done|are done)\b", re.IGNORECASE)
"""Something the user doesn't know ("no idea how industry hiring works", "I don't know what senior means here");
not a skill ("don't know how to find first customers") nor a search of the self ("no idea what I want to do"),
problems to approach."""
_GIVES_A_REASON = lazy_regex(r"\s(?:because|cos|cause|so that)\s", re.IGNORECASE)
"""A goal with its reason: said whole as the user's sentence, never inside "how would you …?"."""
_IN_SOME_TIME = lazy_regex(rf"\b(?:in|within)\s+{SPAN_OF_TIME}|\bnext\s+(?:week|month|wk)\b", re.IGNORECASE)
_MAYBE_A_PLAN = lazy_regex(r"^(?:maybe|perhaps|possibly|probably|prob)\s+(?:to\s+)?(?P<verb>[a-z]+)\b", re.IGNORECASE)
"""A goal the user is unsure of, a verb after its "maybe"."""
_SOME_TIME_AGO = lazy_regex(r"\b(?:last|this\s+past)\s+(?:week|wk|month|night|time|year|weekend|"
                            rf"{'|'.join(SHORT_DAY_NAMES)}|\w+day)\b|\byesterday\b|\bago\b", re.IGNORECASE)
"""When a note's event happened ("…no show last saturday", "…2 weeks ago")."""
_DETERMINERS = frozenset({"a", "an", "the", "my", "our", "your", "this", "that", "these", "those", "their", "his",
                          "her", "its", "some", "any", "each", "every", "one", "two", "three"})


def _as_whether(phrase: str) -> str:
    """"know if I should do the NVQ" is the question of whether to: "whether I should do the NVQ".

    So is a plan typed with "maybe" and a question mark ("maybe quit the accounting job part time???").
    """
    phrase = re.sub(r"^(?:to\s+)?(?:know|understand)\s+(?:if|whether)\s+", "whether ", phrase, flags=re.IGNORECASE)
    weighed = re.match(r"^maybe\s+(?P<verb>[a-z]+)\b(?P<rest>.*)\?$", phrase, re.IGNORECASE)
    if weighed and is_bare_verb(weighed.group("verb").lower()):
        return f"whether to {weighed.group('verb')}{weighed.group('rest')}?"
    return phrase


def _choice_between_verbs(phrase: str) -> bool:
    """"go out on my own or stay at the joinery": two courses of action, which no "how to" frame can hold."""
    first, _, rest = phrase.partition(" ")
    choice = re.search(r"\bor\s+(?:to\s+)?(?P<verb>[a-z]+)\s", rest)
    if not choice or re.search(r"\b(?:if|whether|between)\b", rest[: choice.start()]):
        return False  # "figure out if I should do a masters or get a job": the choice sits inside the goal
    # "…in construction or rail before I leave": a noun after "or" (the tagger says so in context) is no second course
    tagged = tag(phrase)
    at = next((i + 1 for i, (w, _) in enumerate(tagged[:-1]) if w.lower() == "or"), None)
    # "or lease one": a verb, whatever the tagger says, when an object follows it
    with_object = at is not None and at + 1 < len(tagged) and tagged[at + 1][1] in ("DT", "CD", "PRP", "PRP$", "RP")
    verb_after_or = at is None or tagged[at][1].startswith("VB") or with_object
    return verb_after_or and all(is_verb(w) and base_form(w) == w for w in (first.lower(), choice.group("verb")))


def _clause_after_comma(phrase: str) -> bool:
    """Whether a comma in ``phrase`` starts a clause with its own verb, not an apposition.

    "…, now gp is 58%" is a clause; "feedback from Greg, my team lead" is not.
    """
    # ("open my own place in 2-3 yrs (small, 30 covers)": a comma inside brackets starts no clause)
    _, comma, after = re.sub(r"\([^()]*\)", "", phrase).partition(",")
    tagged = tag(after)
    # "…, spending every Sunday on it" too (the tagger may call it a noun): a verb slot would make it a task
    gerund = bool(tagged) and tagged[0][0].lower().endswith("ing") and is_verb(tagged[0][0])
    # "…, I always ask too little": a subject of its own starts a clause, whatever the tagger makes of its verb
    # ("…, maybe I go there after": an adverb before it, review 109)
    subjects = ("i", "we", "he", "she", "they", "you", "it")
    subject = bool(tagged) and (tagged[0][0].lower() in subjects or (
        len(tagged) > 1 and tagged[0][1] == "RB" and tagged[1][0].lower() in subjects))
    if comma and _trailing_aside(phrase):
        return True  # "move to field work, better money": the reason after it is no part of the verb's object
    return bool(comma) and (gerund or subject or any(t in ("VBZ", "VBP", "VBD", "MD", "VBG") for _, t in tagged))


def _trailing_aside(phrase: str) -> bool:
    """A short note after the last comma ("…, better money"), not the end of a list ("…, quoting and invoicing")."""
    tail = phrase.rsplit(",", 1)[-1].strip(" .!?")
    words = tail.split()
    return 0 < len(words) <= 3 and not re.search(r"\b(?:and|or|etc|not)\b", tail, re.I) and all(
        t in ("JJ", "JJR", "JJS", "NN", "NNS", "DT", "CD", "RB", "RBR") for _, t in tag(tail))  # a noun phrase


_NOUN_PHRASE_TAGS = frozenset({"DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP$",
                               "IN", "CC", "HYPH", "VBG"})
"""The tags a noun phrase is made of ("cash flow for the first year", "a review of my 3 best pieces")."""


_MEASURE_AND_FIGURES = lazy_regex(r"^[a-z]+\s+(?:rate|rates|score|scores|level|levels|count|speed|margin|margins|"
                                  r"sales|numbers|times?)\s+(?:from\s+|of\s+|to\s+)?\d", re.IGNORECASE)
"""A measure and its figures ("pick rate 140->160 an hour by Christmas"): a thing to improve, never "how to pick…"."""


def _gerund_and_nouns(phrase: str) -> bool:
    """"writing habits", "managing stakeholders": a gerund and its nouns, read as a noun phrase.

    "…first with writing habits?" fits either sense, where a verb ("…first to write habits?") may be the wrong one.
    """
    tagged = tag(phrase.rstrip(" ?"))
    return 2 <= len(tagged) <= 3 and tagged[0][0].lower().endswith("ing") and all(
        t in ("NN", "NNS") for _, t in tagged[1:])


def _plain_noun_phrase(item: str) -> bool:
    """A noun phrase a frame can take ("pricing strategy", "the new rota"): nouns and their modifiers only.

    "monsoon delayed so members worried…" and "draft proposal v2 done (12 pages)" are notes, not nouns:
    "How would you approach monsoon delayed…" would splice them into a question they cannot fill.
    """
    tagged = tag(as_phrase(item).rstrip(" ?"))  # "insurance?": a noun asked about
    return bool(tagged) and tagged[0][1] not in ("IN", "CC") and all(t in _NOUN_PHRASE_TAGS for _, t in tagged)


def _how_many(most: int) -> str:
    """"2–5", or just "2" when the range is one number (not "2–2")."""
    return str(most) if most <= QUESTIONS_MIN else f"{QUESTIONS_MIN}–{most}"


def _noun_then_clause(item: str) -> bool:
    """A noun with a clause hung on it: not a noun for a slot, and not a sentence either.

    "parents pushing me towards masters", "imposter syndrome when I talk to analysts".
    """
    tagged = tag(as_phrase(item))
    if not tagged or not tagged[0][1].startswith(("NN", "JJ")):
        return False
    # "cashflow if a big customer pays late": the verb belongs to the "if", so the note has none of its own
    return any(t in ("VBG", "WRB") or w.lower() in _SUBORDINATORS for w, t in tagged[1:3])


_SUBORDINATORS = frozenset({"if", "when", "whenever", "because", "unless", "until", "while", "after", "before"})


def _without_verb(item: str) -> bool:
    """Words with no verb and more than a noun phrase ("cashflow tight in Jan", "budget section unclear")."""
    tagged = tag(as_phrase(item))
    # "agency spend still too high": a bare "spend" after a noun is the noun's second word, not a verb
    # "agency spend still too high", "wife worried about moving": a bare verb or participle right after a noun
    # is the noun's or its state, not a verb of the note's own
    after_noun = [i for i, (_, t) in enumerate(tagged) if t in ("VB", "VBN")]
    gerund_verb = any(t == "VBG" and (i == 0 or tagged[i - 1][1] not in ("IN", "TO"))  # "about moving" is an object
                      for i, (_, t) in enumerate(tagged))
    if not tagged or gerund_verb or any(t.startswith(("VBD", "VBZ", "VBP", "MD")) for _, t in tagged) or any(
            i == 0 or not tagged[i - 1][1].startswith("NN") for i in after_noun):
        return False
    if _ends_in_adjective(item):
        return True
    # "cashflow tight in Jan", but not "freeze on system design questions" (a sentence missing its "I")
    return len(tagged) > 1 and tagged[1][1] in ("JJ", "IN", "VBN") and (
        not can_be_verb(tagged[0][0]) or tagged[1][1] == "VBN")


def _ends_in_adjective(item: str) -> bool:
    """A note that drops its "is" ("budget section unclear"): no noun slot fits it, only the words as given."""
    tagged = tag(as_phrase(item).lower())
    return len(tagged) > 1 and tagged[-1][1] == "JJ"


def _lower_ordinary(phrase: str) -> str:
    """A noun phrase mid-sentence: "Imposter syndrome" -> "imposter syndrome", but "SQL" or "Python" stay."""
    head, _, rest = phrase.partition(" ")
    if head[:1].isupper() and head[1:].islower() and tag(head.lower())[0][1] != "NNP" and head.lower() != head:
        common = head.lower()
        return f"{common} {rest}".strip() if _is_common(common.split("-")[0]) else phrase
    return phrase


def _is_common(word: str) -> bool:
    return bool(get_all_lemmas(word))


_REQUEST = lazy_regex(
    r"^(?:also,?\s+)?(?:I\s+)?(?:(?:also|really)\s+)?(?:(?:want|need|would like|['’]d like)\s+)?(?:to\s+)?"
    r"(?:(?P<ask>ask)\s+(?:(?:him|her|them|you)\s+)?(?P<prep>about|re|regarding|if|whether)"
    r"|(?:ask|get|hear|want|need|would like|['’]d like|seek)\s+(?:(?:him|her|them|you)\s+)?"
    r"(?:(?:his|her|their|your)\s+)?(?P<kind>views?|opinion|advice|thoughts|take|input|feedback)\s+"
    r"(?:on|about|of|re|regarding)|(?P<talk>talk|chat)\s+(?:about|abt|through|over)|(?P<discuss>discuss)(?=\s+\S)"
    # "questions about fellowship applications": things to ask, never progress to make (session 61)
    r"|(?:(?:a\s+)?(?:few|some|couple\s+of)\s+)?(?P<ask_some>questions?)\s+(?:about|abt|on|re|regarding))"
    r"\s+(?P<topic>\S.*?)[?.!]*$",
    re.IGNORECASE)
"""A goal that asks for the mentor's view: "ask about the oven temp…", "get his view on the loan",
"I want his opinion on whether I should…", "ask if I should apply…"."""
_HOW_TO = lazy_regex(r"^how\s+(?:to|do\s+I|can\s+I|should\s+I|could\s+I)\s+(?P<verb>\S.*?)\??$", re.IGNORECASE)
"""A goal typed as the user's own "how to…" question."""


def request_of_mentor(item: str) -> tuple[str, str] | None:
    """A goal that is a question for the mentor, as ``(what is asked, its topic)``, or ``None``.

    "ask about the oven temp for the big loaves" -> ("advice", "the oven temp for the big loaves");
    "ask if I should apply…" -> ("view", "whether I should apply…"). The topic is the user's words, whole.
    """
    found = _REQUEST.match(as_phrase(item))
    if not found:
        return None
    topic = found.group("topic")
    if (found.group("prep") or "").lower() in ("if", "whether"):
        return "view", f"whether {topic}"
    if found.group("talk") or found.group("discuss"):  # "talk about postdoc vs industry": their view on it
        return "view", topic
    kind = (found.group("kind") or "").lower()
    return ("feedback" if kind == "feedback" else "advice" if found.group("ask") or found.group("ask_some")
            or kind in ("advice", "input")
            else "view"), topic


_WONDERED = lazy_regex(r"^(?:(?:i\s+)?(?:also\s+)?(?:really\s+)?(?:want|wanna|would like|'d like|need|hope)\s+to\s+)?"
                       r"(?:know|find out|understand|learn|ask|hear)\s+"
                       r"(?P<clause>(?:what|how|where|when|who|which|why)\s(?!to\b).+)$", re.IGNORECASE)
"""A goal that is something the user wants to know ("also want to know what the interview is like")."""


def _wondered(item: str) -> tuple[str, str] | None:
    """What the user wants to know, as typed ("what the interview is like") and as asked, or None.

    As asked: "What is the interview like?"; "How would you approach know what the interview is like?" asked
    nothing (review 54).
    """
    found = _WONDERED.match(as_phrase(item).rstrip(" ?.!"))
    if found and _SECOND_QUESTION.search(found["clause"]):
        # "understand what secondment … would involve and whether my firm would even allow it b/c …" is two questions
        # and a reason: "What would secondment … involve and whether…?" read badly (review 67)
        asked, _, reason = expand_shorthand(found["clause"]).partition(" because ")
        asked_whole = str(FRAMES["questions"]["help_me_understand"]).format(x=asked.rstrip(" ,"))
        return found["clause"], f"{asked_whole} {sentence(reason)}" if reason.strip() else asked_whole
    question = direct_question(found["clause"]) if found else None
    return (found["clause"], question) if found and question else None


_SECOND_QUESTION = lazy_regex(r"\s(?:and|or)\s+(?:whether|if|how|what|why|when|where)\b", re.IGNORECASE)
_HOW_THEY_DID = lazy_regex(r"^how\s+you\s+(?P<verb>[a-z]+ed|dealt|got|made|found|kept|took|went|built|ran|began|chose|"
                           r"knew|won|told|said|felt|left|brought|taught|learnt|learned)\b(?P<rest>.*)$", re.IGNORECASE)
"""How the mentor did something ("how you handled the first time as purser"): asked as "How did you handle…?"."""


_HOW_THEY_DO = lazy_regex(r"^how\s+you\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$", re.IGNORECASE)
"""How the mentor does something, said to them ("how you handle farmers who won't pay")."""


def _asked_outright(item: str) -> str | None:
    """The question a goal already is, said to the mentor whole.

    A request for their view, "how to…", or what the user wants to know.
    """
    request = request_of_mentor(item)
    if request is not None:
        # ("ask her abt how she handled the first time as purser": how they did it, asked of them, review 84)
        how_they = _HOW_THEY_DID.match(to_you(request[1], "", objects_are_others=True))
        if how_they and is_verb(base_form(how_they["verb"].lower())):
            return f"How did you {base_form(how_they['verb'].lower())}{how_they['rest'].rstrip(' ?.!')}?"
        # ("ask her abt how she handles farmers who won't pay": how they do it now, review 90)
        how_they_do = _HOW_THEY_DO.match(to_you(request[1], "", objects_are_others=True))
        if how_they_do and is_bare_verb(how_they_do["verb"].lower()):
            return f"How do you {how_they_do['verb'].lower()}{how_they_do['rest'].rstrip(' ?.!')}?"
        return str(FRAMES["questions"]["request"][request[0]]).format(topic=request[1])
    wondered = _wondered(item)
    if wondered is not None:
        return wondered[1]
    how = _HOW_TO.match(as_phrase(item))
    if how and is_bare_verb(how.group("verb").split()[0].lower()):
        return str(FRAMES["questions"]["how_to"]).format(verb=how.group("verb"))
    return _yes_or_no(item) or _unknown_asked(as_phrase(item))


_YES_NO = lazy_regex(r"^(?:should|shall|could|can|do|would|must)\s+i\b[^?]*\?+\s*$", re.IGNORECASE)


def _yes_or_no(item: str) -> str | None:
    """A goal typed as a yes-or-no question, asked as it is (session 61).

    "should I do the PMP?" got "How would you approach that?" after it, and "publish the pilot data?" got "In my
    position, how would you publish the pilot data?", a question about how where the user asked whether.
    """
    text = expand_shorthand(item.strip())
    if _YES_NO.match(text):
        # ("should i apply for the ICU fellowship?": the user's "I" in its capital)
        question = re.sub(r"\?+\s*$", "?", upper_first(re.sub(r"\bi\b(?!['’.])", "I", text)))
    elif text.endswith("?") and is_bare_verb(text.split()[0].lower()) and not re.search(r",|:|\s[-–—]\s", text):
        question = f"Should I {lower_first(text.rstrip('? '))}?"
    else:
        return None
    return str(FRAMES["questions"]["yes_or_no"]).format(question=question)


_DONT_KNOW = lazy_regex(r"^(?:i\s+)?(?:don'?t|do not|dont)\s+(?:really\s+)?know\s+"
                        r"(?:(?P<whether>if|whether)\s+(?P<clause>i\s+(?:need|should|have to|must|can|could)\b[^,;]*)"
                        r"|how\s+to\s+(?P<verb>[a-z][^,;]*))(?:,\s+(?P<more>[a-z]+ing\b[^;]*|i\s+[a-z][^;]*))?$",
                        re.IGNORECASE)
"""Something the user doesn't know, as a question for the mentor ("dont know if i need a degree", "don't know how
to price, undercharging the plumber")."""


def _unknown_asked(phrase: str) -> str | None:
    """Something the user doesn't know said whole, then asked (review 56), else None.

    "dont know if i need a degree" -> "I don't know if I need a degree. What do you think?"; "don't know how to price,
    undercharging the plumber" -> "I don't know how to price. I'm undercharging the plumber. If you were me, how
    would you go about it?" ("Don't know how to price, undercharging the plumber: how would you approach that?"
    read as a note).
    """
    found = _DONT_KNOW.match(phrase.rstrip(" .?!"))
    if not found or (found["verb"] and not is_bare_verb(found["verb"].split()[0].lower())):
        return None
    more = f" I'm {found['more'].rstrip(' .')}." if found["more"] else ""
    if found["more"] and re.match(r"i\s", found["more"], re.IGNORECASE):  # ("…, i freeze": its own "I", review 106)
        more = f" I{found['more'][1:].rstrip(' .')}."
    unknown = re.sub(r"\bi\b", "I", found["clause"]) if found["clause"] else found["verb"].rstrip(" .")
    kind = "unknown_if" if found["clause"] else "unknown_how"
    return str(FRAMES["questions"][kind]).format(x=unknown, more=more)


_WHETHER_I_SHOULD = lazy_regex(r"^Whether I (?:should )?(?P<rest>(?P<verb>[a-z]+)\s+\S.*)$")
"""A decision said as "Whether I should …" or "Whether I do the top-up course", asked as the question it is ("Should
I …?"; never "Whether I do the therapist top-up course: what would you do in my place?", review 109)."""


_STATE_VERBS = frozenset({"need", "have", "know", "want", "like", "qualify", "deserve", "fit", "belong", "earn", "am",
                          "can", "could", "must", "mean", "count", "matter"})
"""Verbs of how things are: "Whether I need a HNC" asks no "Should I need…?"."""


def _topic_questions(item: str, kind: str, rank: int) -> list[str]:
    """The frames for one goal or challenge, rotated by its rank so neighbouring topics don't read alike."""
    outright = _asked_outright(item)
    if outright is not None:
        return [outright]
    knowing = _TO_UNDERSTAND.match(as_phrase(item).rstrip(" .?!")) if kind == "goal" else None
    if knowing:  # "Understand how one becomes lead designer, what is expected": asked to be explained (review 109)
        topic = re.sub(r",\s+(?=(?:how|what|why|where|when|which|who)\b[^,]*$)", ", and ", knowing["topic"])
        return [str(FRAMES["questions"]["understand"]).format(topic=topic)]
    family, slots = _slots(item)
    options = FRAMES["questions"][kind]
    if family == "noun" and re.search(r"\bwith\b", slots["noun"]) and "noun_with" in options:
        # "behaviour management with year 9": not "first with … with year 9" (a challenge's frames have no
        # "with" of their own: "How would you approach imposter syndrome in meetings with the CFO?")
        family = "noun_with"
    if kind == "challenge" and family == "choice":
        family = "label"  # a challenge is not a decision to make
    should = _WHETHER_I_SHOULD.match(slots.get("label", "")) if family == "choice" else None
    # "Whether I should quit my day job: what would you do…" asks no question (review 99)
    if should and should["verb"] in _STATE_VERBS:
        # ("figure out if I want to go into paeds" was "Whether I want to go into paeds: what would you do in my
        # place?", asking them to know the user's mind, review 110): how to work it out
        return [str(FRAMES["questions"]["work_out"]).format(topic=lower_first(slots["label"]).rstrip(" ?"))]
    if should and is_bare_verb(should["verb"]):
        return [str(FRAMES["questions"]["yes_or_no"]).format(question=f"Should I {should['rest'].rstrip(' ?')}?")]
    chosen = options.get(family) or options["sentence"] if kind == "challenge" else options[family]
    if kind == "challenge" and (family == "verb" or (family == "sentence" and _DOING_FIRST.match(item))):
        chosen, slots = options["sentence"], {"sentence": spliced_apart(_challenge_said(item))}
    if kind == "challenge" and family == "sentence" and re.match(r"You\s", slots["sentence"]):
        chosen = options["about_you"]  # "You disagree on chapter 2": the people asked are the ones it is about
    if "verb" in slots and _SPEAKER.search(slots["verb"]):  # "…without rewriting everything myself", "build my own…"
        # ("In my position, how would you finish my thesis by June?" asks them to write it)
        chosen = [f for f in chosen if "in my place" not in f and "in my position" not in f.lower()] or chosen
    if "verb" in slots and _DECIDING.match(slots["verb"]):  # no "on track to figure out if…": a choice has no track
        chosen = [f for f in chosen if "on track" not in f]
    turn = rank % len(chosen)
    if ": " in slots.get("label", ""):  # "Publishing: turning my essay into…": a second colon would not read
        chosen = [re.sub(r"^\{label\}:\s+(\w)", lambda m: "{label}. " + m.group(1).upper(), f) for f in chosen]
    return [_after_question(frame.format(**slots)) for frame in [*chosen[turn:], *chosen[:turn]]]


_TO_UNDERSTAND = lazy_regex(r"^(?:to\s+)?(?:better\s+)?(?:understand|learn|know|see)\s+"
                            r"(?P<topic>(?:how|what|why|where|when|which|who)\b[^,;]+"
                            r"(?:,\s*(?:and\s+)?(?:how|what|why|where|when|which|who)\b[^,;]+)*)$", re.IGNORECASE)
"""A goal to understand something ("understand how one becomes lead designer"): the mentor asked to explain it."""


def _challenge_said(item: str) -> str:
    """A challenge as the user's sentence: "running 10 min late every afternoon bc…" is "I've been running…".

    Never "I want to run…" (review 109); one with its own "I" later is said as typed ("Crunch at work before the
    release so I have almost no time…", never "I crunch at work…").
    """
    if _OWN_CLAUSE_LATER.search(item) or _THING_AND_ITS_VERB.match(item):
        return as_sentence(item)  # ("fret slot spacing keeps coming out off…" has its subject: never "I fret…", r110)
    return _about_me_unless_labelled(item)


_THING_AND_ITS_VERB = lazy_regex(r"^(?:[a-z-]+\s+){1,3}(?:keeps|is|are|was|were|goes|comes|gets|looks|seems|takes|"
                                 r"won't|doesn't|isn't|aren't|never|always)\s+\S", re.IGNORECASE)
"""A thing, then its own verb ("fret slot spacing keeps coming out off by a hair"): a sentence with its subject."""
_DOING_FIRST = lazy_regex(r"^\s*[a-z]+ing\s+\S", re.IGNORECASE)
"""A challenge that opens with what the user keeps doing ("running 10 min late…"): how things are, never a want."""
_OWN_CLAUSE_LATER = lazy_regex(r"\b(?:so|and|because|but|bc|cuz)\s+I\s+(?!\w+ing\b)\w|,\s*I\s+\w")
"""The user's own clause after a cause ("…so I have almost no time"): the sentence has its subject."""


def _after_question(text: str) -> str:
    """A quoted question then the frame: "…realistic?: what would…" -> "…realistic? What would…"."""
    text = re.sub(r"\?:\s+(\w)", lambda m: f"? {m.group(1).upper()}", text)
    # ("Where would you suggest I start if I want to start doing…": the frame's verb said twice, review 108)
    text = re.sub(r"\bI start if I want to start\b", "I begin if I want to start", text)
    return text.replace("?.", "?")


_SINCE_LAST = lazy_regex(r"(?:^(?:so\s+|ok(?:ay)?\s+|well\s+)?|\s+)since (?:last time|we last (?:spoke|met|talked)|"
                         r"(?:our )?last (?:session|meeting|chat|call))\b(?!\s+(?:of|on|about|with)\b),?"
                         # ("So since last supervision I spent…" opens the update; "no feedback since the last review
                         # of chapter 1" keeps it, review 61)
                         r"|^(?:so\s+|ok(?:ay)?\s+|well\s+)?since (?:our |the )?last (?:supervision|1:1|1-1|"
                         r"one-to-one|catch-?up|check-in|lesson|review)\b(?!\s+(?:of|on|about|with)\b),?",
                         re.IGNORECASE)
_MY_OWN_DOCUMENT = lazy_regex(r"^(?P<verb>updated|revised|redid|rewrote|refreshed|polished|finished)\s+"
                              r"(?P<thing>cv|resume|résumé|portfolio|website|linkedin(?: profile)?|bio|cover letter|"
                              r"personal statement)(?=\W*$)", re.IGNORECASE)
"""Progress that is the user's own document, typed with no "my" ("Updated CV"): whose it is goes without saying."""
_DECIDING = lazy_regex(r"(?:figure|work|find) out\b|(?:decide|choose|know)\b|agree\s+(?:on\s+)?(?:whether|if)\b",
                       re.IGNORECASE)
"""A goal that is a decision to make ("figure out if I need a HNC"), not something to make progress on."""
_SPEAKER = lazy_regex(r"\b(?:myself|me|I|my|mine)\b")
"""The asker inside a goal: "If you were in my place and wanted to … myself" would mix who is who."""


_ANGLES = ("on track", "in my place")
"""The phrases that make two questions the same angle."""


_DESCRIBED_QUALITY = lazy_regex(r"^[a-z]+ed\s+(?:[a-z]+\s+){0,2}[a-z]+(?:ency|ity|ness|ance|ence|ment|ture)\b",
                                re.IGNORECASE)
"""A participle describing a thing, then the thing's quality ("laminated dough consistency")."""
_PEOPLE_DO = lazy_regex(r"^(?:the\s+|my\s+|our\s+)?(?:stakeholders|clients|customers|managers|parents|students|"
                        r"patients|users|execs|directors|teachers|engineers|developers|designers|staff|players|kids|"
                        r"residents|volunteers|landlords|suppliers)\s+(?P<verb>[a-z]+)\s+(?=\w)", re.IGNORECASE)
"""People, then what they do ("stakeholders change requirements every wk")."""
_ABOUT_WHETHER = lazy_regex(r"^about\s+(?=(?:whether|if|how|what|when|why|who)\b)", re.IGNORECASE)
_TO_ASK = lazy_regex(r"^ask\s+(?=(?:about|if|whether|how|what|when|why|who)\b)", re.IGNORECASE)
"""An open item that is only a question to bring ("ask about conference travel money", review 65)."""


def _said_in(item: str, body: str) -> bool:
    """Whether the sheet says a goal, challenge or piece of progress: most of its own words are in it."""
    typed = re.findall(r"[a-z0-9][a-z0-9'-]{3,}", expand_shorthand(item).lower())
    words = {w for w in typed if w not in _frame_words()}
    said = set(re.findall(r"[a-z0-9][a-z0-9'-]{3,}", body.lower()))
    return not words or len(words & said) >= SAID_SHARE * len(words)


SAID_SHARE = 0.6
"""The share of an item's own words the sheet must have for the item to count as said."""


def build_questions(plan: _Plan, count: int) -> list[str]:
    """``count`` open questions, no two alike: each goal and challenge in turn, then a second angle on each."""
    per_topic = [_topic_questions(g, "goal", rank) for rank, g in enumerate(plan.goals[:3])]
    per_challenge = [_topic_questions(c, "challenge", rank) for rank, c in enumerate(plan.challenges[:3])]
    interleaved: list[list[str]] = []
    for i in range(max(len(per_topic), len(per_challenge))):
        interleaved += [group[i] for group in (per_topic, per_challenge) if i < len(group)]
    # (no question on a progress update: "Defense date set 14 May. What would you build on next?" asks nothing)
    ordered = [questions[0] for questions in interleaved]
    # Second angles refer back to the main goal: a goal or challenge restated twice reads as a near-duplicate,
    # and so does a second angle asked already of another goal ("on track", "in my place")
    asked = " ".join(ordered).lower()
    deciding = bool(plan.goals) and _DECIDING.match(as_phrase(plan.goals[0])) is not None
    # "decide whether to…" is a choice, already weighed up: no track to be on, nothing to "do first" on
    # each names the goal it asks about (review 55/56: "On my main goal, …" named nothing), or is left out
    goal = _goal_named(plan)
    generic = [q.format(goal=goal) for q in FRAMES["questions"]["follow_ups"]
               if goal and not any(angle in q.lower() and angle in asked for angle in _ANGLES) and not deciding]
    general = [q.format(goal=goal) for q in FRAMES["questions"]["general"] if goal or "{goal}" not in q]
    # the main goal and the first challenge are always asked, however alike ("…architecture" and
    # "…architecture budgeting"): only later ones give way to a question asked already
    main = set(ordered[:2]) if plan.goals and plan.challenges else set(ordered[:1])
    kept: list[str] = []
    for question in dict.fromkeys(ordered):
        if question in main or not any(_near_duplicate(question, earlier) for earlier in kept):
            kept.append(question)
    # the user's own topics fill the sheet; a question of the coach's own pads it once at most (three "…my main
    # goal" questions after one goal read as filler, review 54)
    # ("On passing CPA FAR section, which signs…" after four of the user's own questions was filler, review 65)
    padded = kept + (generic[:GENERIC_QUESTIONS] if len(kept) < OWN_QUESTIONS_ENOUGH else [])
    # a question about the next session only makes up the least a sheet needs (review 57 read it as filler)
    return (padded + general[: max(0, QUESTIONS_MIN - len(padded))])[:count]


GENERIC_QUESTIONS = 1
MORE_ITEM_MINUTES = 30
"""The shortest meeting whose agenda gives time to the topics after the first two (review 73: a 45-minute
agenda had no minute for a second goal its questions asked about; review 109: nor a 30-minute one for the third and
fourth of its four questions)."""
OWN_QUESTIONS_ENOUGH = 4
"""With this many questions from the user's own topics, the sheet needs none of the coach's."""
FRAME_ITEM_MAX_MINUTES = 10
"""The longest check-in or wrap-up: the time a long meeting has beyond them is the main topic's."""


def _goal_named(plan: _Plan) -> str | None:
    """The main goal as a short phrase a question can name ("submitting my first paper"), or None.

    None when it has no short form (a long goal, a note, a decision).
    """
    if not plan.goals:
        return None
    phrase = as_phrase(plan.goals[0]).rstrip(" ?.!")
    verb = as_verb_phrase(phrase)
    if verb is None or len(verb.split()) > GOAL_NAME_WORDS or re.search(r"[,;:()]", verb):
        return None
    head, _, rest = verb.partition(" ")
    # "getting controller job", "stopping burning out": a noun without its article, or a second "-ing", read badly
    after = tag(rest)[0] if rest else ("", "")
    reads_whole = not rest or after[1] in _NAMING_TAGS or after[0].lower() in ("up", "out", "on", "off", "back")
    return f"{gerund(head)} {rest}".strip() if is_bare_verb(head.lower()) and reads_whole else None


_NAMING_TAGS = frozenset({"DT", "PRP$", "CD", "IN", "TO", "NNS", "NNP", "NNPS", "RP", "PDT"})
"""What may follow the verb of a goal named in a question: a determiner, a possessive, a plural, a name."""


GOAL_NAME_WORDS = 8
"""The longest goal (in words) a follow-up question names; a longer one reads as a second copy of the question."""
"""How many of the coach's own questions may follow the user's topics when the meeting has room for more."""


def _near_duplicate(question: str, earlier: str) -> bool:
    """Two questions on the same topic: most of the user's own words of one are in the other.

    "Felix is slow… we disagree on author order for paper 2" and "how would you handle co-author
    disagreement with Felix re: author order?" ask the same thing twice.
    """
    mine, theirs = _topic_words(question), _topic_words(earlier)
    shared = mine & theirs
    return len(shared) >= 3 and len(shared) >= len(mine) / 2


def _topic_words(question: str) -> set[str]:
    """The words of a question that are the user's topic, not its frame ("how would you approach that")."""
    return {w for w in re.findall(r"[a-z0-9][a-z0-9'-]{2,}", question.lower()) if w not in _frame_words()}


@cache
def _frame_words() -> frozenset[str]:
    words: set[str] = set()
    stack: list[Any] = [FRAMES["questions"]]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)
        else:
            words.update(re.findall(r"[a-z0-9][a-z0-9'-]{2,}", str(item).lower()))
    return frozenset(words | {"the", "and", "with", "for", "about", "that", "this", "re"})


def _focus(plan: _Plan) -> str:
    request = request_of_mentor(plan.goals[0])
    if request is not None:
        return str(FRAMES["opening"]["focus"]["request"].format(kind=request[0], topic=request[1]))
    wondered = _wondered(plan.goals[0])
    if wondered is not None:  # "…talk about what the interview is like.", never "how to know what…"
        return str(FRAMES["opening"]["focus"]["noun"].format(noun=wondered[0]))
    how = _HOW_TO.match(as_phrase(plan.goals[0]))
    if how and is_bare_verb(how.group("verb").split()[0].lower()):  # "how to price my braiding services" (session 61)
        return str(FRAMES["opening"]["focus"]["verb"].format(verb=how.group("verb")))
    family, slots = _slots(plan.goals[0])
    noted = _NOTED_TOPIC.match(slots.get("sentence", ""))
    if family == "sentence" and noted:  # "…talk about this: Boundaries: stop…" has a colon too many
        return str(FRAMES["opening"]["focus"]["noted"].format(topic=lower_first(noted["topic"]), note=noted["note"]))
    if family == "sentence" and not re.match(r"I\b", slots["sentence"]):
        # after "this:" an ordinary first word goes lower case, as a label's does ("…this: first solo jury trial…")
        slots = {**slots, "sentence": _lower_ordinary(slots["sentence"])}
    return _after_question(str(FRAMES["opening"]["focus"][family].format(**slots)))


_WHAT_THEY_GAVE = lazy_regex(r"(?P<thing>\b(?:the|those|these|that)\s+(?:[\w-]+\s+){1,4}?)(?:she|he)\s+"
                             r"(?P<verb>gave(?:\s+me)?|sent(?:\s+me)?|recommended|lent\s+me|suggested|shared|showed\s+me|"
                             r"mentioned)\b", re.IGNORECASE)
"""A thing the mentor gave or named ("the two papers she gave"), in an update said to them."""
_THE_MENTOR = lazy_regex(r"(?<!\w)(?P<prep>with|w/|to|for|from|by)\s+(?:my\s+|the\s+)?mentor\b(?!['’]s|\s+\w+ing\b)",
                         re.IGNORECASE)
"""The mentor named by their role after a preposition ("with mentor"): the one the agenda is for."""


def _you_the_mentor(match: re.Match[str]) -> str:
    return f"{'with' if match['prep'].lower() == 'w/' else match['prep']} you"
_TITLE_AND_INITIAL = lazy_regex(r"^(?P<title>Capt|Captain|Dr|Prof|Mr|Mrs|Ms|Miss|Rev|Sgt|Chef|Coach)\.?\s+"
                                r"(?P<letter>[A-Z])\.?(?=\s)")
"""A title and an initial leading a note ("Capt B to share…"): the mentor, when both are theirs."""
_NOTED_TOPIC = lazy_regex(r"^(?P<topic>[^\W\d][\w'’-]*(?:\s[\w'’-]+)?):\s+(?P<note>\S.*)$")
"""A topic and its note, "Pricing: no idea what to charge"."""


LONG_MEETING_MINUTES = 30
"""From this length on, the opening update gives up to five lines of progress, not three."""


def opening_update(plan: _Plan, brevity: int) -> str:
    """What the user can say first: their progress in their own words, then today's focus."""
    focus = " ".join([_focus(plan), *map(_standing_said, plan.standing)])
    if not plan.progress:
        return str(FRAMES["opening"]["no_progress"].format(mentor=plan.mentor_label, focus=focus))
    # "did 14 clinics since last time" after "Since we last spoke": the frame already says when
    # a long meeting has time for every line of progress (up to five: "applied to CAPES-PrInt" was the fourth)
    most = (5 if plan.minutes >= LONG_MEETING_MINUTES else 3, 2, 1)[brevity]
    # ("So since we last talked I did…" after "Since we last spoke:" said it twice, review 59)
    # (mid-sentence, its comma stays: "did 11 calvings since last time, 2 sections on my own" is never "…calvings 2
    # sections…", review 90)
    shown = [upper_first(_SINCE_LAST.sub(lambda m: "," if m.start() and m[0].endswith(",") else "", p).strip())
             for p in plan.progress[:most]]
    shown = [_run_on_apart(_what_it_did(p)) for p in shown]
    shown = [_MY_OWN_DOCUMENT.sub(lambda m: f"{m['verb'].lower()} my {m['thing']}", p) for p in shown]  # "Updated CV"
    # "submitted talk proposal, wrote outline": things done, joined with "and" when every item is one
    pieces = [piece for p in shown for piece in _done_one_by_one(p)]
    if _joinable(pieces):
        items = _done_and_done(plan, pieces)
        # "Since we last spoke, I spoke to two NPs…": the frame's verb is never the first thing done
        # ("Since we last spoke, I did 12 CTCA under supervision since last month": one "since", review 108)
        again = _SPOKE_FIRST.match(items) is not None
        key = "plain" if _SINCE_INSIDE.search(items) else "since_other" if again else "since"
        update = FRAMES["opening"][key].format(items=items)
    else:  # one sentence per item: "I did the WSET level 2 and passed with merit. I've been covering for…"
        said = [f"{_done_and_done(plan, done)}." if _joinable(done := _done_one_by_one(p)) else
                " ".join(plan.said_to_mentor(about_me(_later_doings_owned(piece))) for piece in _doings_apart(p))
                for p in shown]
        again = _SPOKE_FIRST.match(" ".join(said)) is not None  # (review 60)
        # (a "since" in a later sentence reads well: "Since we last spoke: I did… I've been covering… since Oct.")
        first = re.split(r"(?<=[.!?])\s", " ".join(said), maxsplit=1)[0]
        key = "plain_list" if _SINCE_INSIDE.search(first) else "since_list_other" if again else "since_list"
        update = FRAMES["opening"][key] + " " + " ".join(said)
    return f"{update} {focus}"


_BETTER_AT = lazy_regex(r"^(?:be\s+|being\s+)?better\s+at\b", re.IGNORECASE)
"""A goal typed as the state it wants ("better at difficult convos")."""
_SPOKE_FIRST = lazy_regex(r"I (?:spoke|talked|met)\b")
_SINCE_INSIDE = lazy_regex(r"\bsince\b", re.IGNORECASE)
"""A "since" of the user's own in the update ("since last month"): the frame then opens without its own."""
"""News that opens with speaking to someone: after "Since we last spoke" it says "spoke" twice."""


def _done_and_done(plan: _Plan, done: Sequence[str]) -> str:
    """Things done as one clause: "I submitted talk proposal and wrote outline" (no end mark)."""
    said = [plan.said_to_mentor(about_me(p)) for p in done]
    later = [s.rstrip(".")[2:] for s in said[1:]]
    if said and said[0].startswith("I've "):
        # "I've done about 60% of the lit review and run 4 of the flume tests": one "have" for both (review 78)
        later = [re.sub(r"^\w+", lambda m: participle(m[0]) if lexicon_tag(m[0]) == "VBD" else m[0], s) for s in later]
    return join_items([said[0].rstrip("."), *later] if said else [])


def _joinable(items: Sequence[str]) -> bool:
    """Whether things done join into one sentence ("tried the seating plan, bit better" would run on)."""
    return all(not re.search(r"[,;]|(?<!\d):(?!\d)|\s[-–—]\s", as_phrase(p)) and shape_of(as_phrase(p)) in (
        "past", "verb") for p in items)


_WHAT_IT_DID = lazy_regex(r"^(?:built|made|created|set up|wrote|designed|introduced|launched|automated|developed|"
                          r"started|coded|put together)\s+(?:a|an|the|my|our|new)\b[^,]*?(?P<comma>,\s+)"
                          r"(?=(?:saved|cut|reduced|halved|increased|raised|boosted|doubled|lowered|freed up)\s)",
                          re.IGNORECASE)
"""A thing the user made, then what it did after a comma, typed without its subject ("…tracker, saved 3,200 USD")."""


def _what_it_did(item: str) -> str:
    """What a thing the user made did, said of it: "…tracker in excel, which saved approx 3,200 USD".

    Never "I saved approximately 3,200 USD", a saving of the user's own (review 94).
    """
    made = _WHAT_IT_DID.search(item)
    return f"{item[: made.start('comma')]}, which {item[made.end('comma'):]}" if made else item


def _done_one_by_one(item: str) -> list[str]:
    """"submitted talk proposal, wrote outline": things done, one per comma, so they can be joined with "and"."""
    pieces = [p.strip() for p in item.split(", ")]
    if OUTCOME_AFTER_COMMA.search(item) or HOW_IT_WENT.match(item):
        return [item]  # "tried seating plan change, helped w/ back row": how it went, never a second thing done
    if len(pieces) > 1 and all(p and shape_of(p) == "past" and is_verb(p.split()[0].lower()) and not re.search(
            r"[;:()]", p) for p in pieces):  # (not "…, senior said its better": someone else's doing)
        return pieces
    return [item]


def _later_doings_owned(item: str) -> str:
    """A later comma piece that is the user's own deed, typed without its "I", with it (review 70).

    "first roof with Pete, did the birdsmouths myself" -> "first roof with Pete, and I did the birdsmouths myself".
    """
    head, *rest = re.split(r",\s+(?![^()]*\))", item)
    # ("first home visit alone, went ok": how it went is the visit's, never "and I went ok", review 90)
    owned = [piece if HOW_IT_WENT.match(piece) else with_my_subject(piece) for piece in rest]
    if not rest or owned == rest or not head.split() or shape_of(head) in ("past", "gerund", "verb"):
        return item  # nothing to own, or the first piece is a deed too ("wrote it, sent it": one list)
    last = max(i for i, (mine, typed) in enumerate(zip(owned, rest, strict=True)) if mine != typed)
    owned[last] = f"and {owned[last]}"
    return ", ".join([head, *owned])


def _doings_apart(item: str) -> list[str]:
    """Things done and being done in one comma list, each led by its own verb, apart; else the item whole."""
    if OUTCOME_AFTER_COMMA.search(item):
        return [item]  # "…, helped w/ back row" is how the first went: about_me says it with "which"
    pieces = [p.strip() for p in re.split(r",\s+(?![^()]*\))", item)]
    led_by_verb = all(p and tag(p)[0][1] in ("VBD", "VBN", "VBG") and shape_of(p) in ("past", "gerund")
                      for p in pieces)
    return pieces if len(pieces) > 1 and led_by_verb else [item]


def join_items(items: Sequence[str]) -> str:
    """Items joined as people write them: "a", "a and b", "a, b and c"."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def agenda_lines(plan: _Plan, brevity: int) -> list[str]:
    """Numbered agenda items, each with a time box; open items listed one per sub-bullet."""
    agenda = FRAMES["agenda"]
    topics: list[tuple[list[str], dict[str, str], float, int]] = [(agenda["check_in"], {}, 1, 2)]
    if plan.open_items:
        topics.append((agenda["open_items"], {}, 0.5 + 0.3 * min(len(plan.open_items), 6), 2))
    main_index = len(topics)
    # a goal typed as a long paragraph is named, not pasted: the opening and question 1 give it whole
    main = _heading_clause(_agenda_topic(plan.goals[0]))
    topics.append((agenda["main_long" if _too_long_for_a_heading(main) else "main"], {"topic": main}, 4, 3))
    second = plan.challenges[0] if plan.challenges else (plan.goals[1] if len(plan.goals) > 1 else None)
    if second and plan.minutes >= 20:
        frame = agenda["challenge"] if plan.challenges else agenda["second_goal"]
        topic = _heading_clause(_agenda_topic(second))
        if plan.challenges and _FEELING_FIRST.match(topic):
            topic = about_me(topic).rstrip(".")  # "Challenge: Feel awkward about…" had lost its "I" (review 71)
        if _too_long_for_a_heading(topic):
            frame = agenda["challenge_long"] if plan.challenges else agenda["second_goal_long"]
        topics.append((frame, {"topic": topic}, 2, 2))
    if plan.minutes >= MORE_ITEM_MINUTES and len(plan.goals) + len(plan.challenges) > 2:
        topics.append((agenda["more"], {}, 1.5, 3))
    topics.append((agenda["wrap_up"], {"mentor": plan.mentor_label}, 1, 2))
    minimums = [low if plan.minutes >= 15 or low == 3 else 1 for *_, low in topics]
    minutes = allocate_minutes(plan.minutes, [t[2] for t in topics], minimums, main_index)
    for index in (0, len(topics) - 1):  # a 90-minute meeting on one goal: never a 15-minute check-in (review 57)
        spare = max(0, minutes[index] - FRAME_ITEM_MAX_MINUTES)
        minutes[index] -= spare
        minutes[main_index] += spare
    lines = []
    for number, (((title, detail), slots, *_), length) in enumerate(zip(topics, minutes, strict=True), start=1):
        suffix = f": {detail.format(**slots)}" if brevity < 2 else ""
        lines.append(f"{number}. **{title.format(**slots)}** ({length} min){suffix}")
        if title == agenda["open_items"][0]:
            lines += [f"   - {_asked(upper_first(as_phrase(item)))}" for item in plan.open_items]
    return lines


_ASKED_OF_YOU = lazy_regex(r"^(?:(?:who|what|which|where|when|why|how)\s+(?:\w+\s+)?|(?:would|could|can|will)\s+)?"
                           r"(?:do|does|did|have|are|were|would|could|can|will)\s+you\b[^?]*$|"
                           r"^[^?]*[-–—:]\s+(?:would|could|can|will|do)\s+you\b[^?]*$", re.IGNORECASE)
"""An open item asked of the mentor with no question mark ("Who do you use for accounting", "Letter of
recommendation - would you write one"): it is a question on the agenda they read (review 64)."""


def _asked(item: str) -> str:
    return f"{item.rstrip('.')}?" if _ASKED_OF_YOU.match(item) else item


def _standing_said(fact: str) -> str:
    """Where things stand, after the focus; a note of who the user is ("new grad, first mentor mtg") as context."""
    if re.search(r"\b(?:i|we|my|our)\b", fact, re.IGNORECASE):
        return f"{upper_first(fact)}."
    return f"For context: {lower_first(expand_shorthand(fact))}."


def _too_long_for_a_heading(topic: str) -> bool:
    return len(topic.split()) > HEADING_WORDS


_ASIDE_AFTER = lazy_regex(r",\s+(?=(?:like|because|cos|since|as|so|which|esp|especially)\s)", re.IGNORECASE)
"""Where a long goal's reason or example starts ("whether AA is actually for me, like the money is less…")."""


def _heading_clause(topic: str) -> str:
    """A topic too long for a heading named by its first clause, when what follows is its reason or example.

    The question gives it whole; "Main topic: my main goal" named nothing (review 54).
    """
    if not _too_long_for_a_heading(topic):
        return topic
    head = _ASIDE_AFTER.split(topic, maxsplit=1)[0]
    return head if head != topic and len(head.split()) >= 2 else topic


_HOW_TO_LEAD = lazy_regex(r"^(?:understand|learn|figure out|work out|find out|know)\s+how\s+to\s+(?=\S)",
                          re.IGNORECASE)
"""A goal to know how to do something: what is talked about is how to do it."""
_WANTING_TO = lazy_regex(r"^(?:i\s+)?(?:really\s+)?(?:want|wanna|would like|'d like|hope|hoping|plan|planning)\s+to\s+"
                         r"(?=\w)", re.IGNORECASE)
"""How a goal was wanted ("want to become ward manager"): the heading names the goal itself."""


def _agenda_topic(item: str) -> str:
    """An item as an agenda heading: "ask about the oven temp…" is "The oven temp…", the thing to talk about."""
    request, wondered = request_of_mentor(item), _wondered(item)
    topic = upper_first(request[1] if request else wondered[0] if wondered else
                        _as_whether(_WANTING_TO.sub("", as_phrase(item))))
    topic = _HOW_TO_LEAD.sub("How to ", topic)  # "Understand how to get code reviewed faster": how to do it
    # "Main topic: Pricing: no idea what to charge" has a colon too many: the note follows a dash instead
    noted = _NOTED_TOPIC.match(topic)
    return f"{noted['topic']} - {noted['note']}" if noted else topic


def _item_on_agenda(item: str, agenda: str, mentor: str) -> bool:
    """Whether an open item is on the agenda as typed, spelled out, or said to the mentor.

    "Raj to intro me to Sofia" is there as "You said you'd introduce me to Sofia".
    """
    spelled = expand_shorthand(item)
    said = to_you(spelled, mentor) if mentor else spelled
    return any(_covered(variant, agenda) for variant in (item, spelled, said))


def _covered(item: str, text: str, one_line: bool = False) -> bool:
    """Whether ``text`` carries an item: half of its key words, or the item itself when it has none.

    ``one_line``: on one line of it. A goal or challenge is asked on one line: "no time, milking at 5 and market all
    weekend" was found in "5 min" and "at the market" on lines of their own, and left off the sheet without a word
    (review 89); an open item typed as a paragraph is listed a sentence a line.
    """
    if not content_stems(item):
        return plain(item).strip().lower() in plain(text).lower()
    # (two key words, never one: "not sure how to say no to her" was found in a "sure" elsewhere, review 99)
    return any(found >= max(min(total, 2), math.ceil(total * 0.5))
               for found, total in (fact_coverage(item, part) for part in (text.splitlines() if one_line else [text])))


def _left_off(item: str, sheet: str) -> bool:
    """Whether the sheet carries an item neither as said nor by half its words (asked as a near-duplicate)."""
    return not _said_in(item, sheet) and not _covered(item, sheet, one_line=True)


def _to_raise(item: str) -> str:
    """An item left for "if there's time", as the mentor reads it on the sheet.

    A question for them is theirs to answer: "get her view on whether to bid…" is "Your view on whether to bid…",
    never "her" in an agenda sent to her (review 89).
    """
    asked = request_of_mentor(item) if re.search(r"\b(?:her|his|him|their)\b", item, re.IGNORECASE) else None
    if asked and not re.match(r"(?:about|on|re)\b", asked[1], re.IGNORECASE):
        return f"Your {asked[0]} on {asked[1]}"
    return upper_first(re.sub(r"^(?:and|also|plus)\s+", "", as_phrase(item), flags=re.IGNORECASE))


def _if_time(plan: _Plan, sheet: str) -> list[str]:
    """The goals and challenges no question or agenda item carries, listed to raise if there's time."""
    # ("…co-author disagreement w/ Felix re: author order", asked as "we disagree on author order", is on it)
    unsaid = [item for item in (*plan.goals, *plan.challenges) if _left_off(item, sheet)]
    if not unsaid:
        return []
    listed = [_to_raise(item) for item in unsaid]
    return [FRAMES["questions"]["if_time"], "\n".join(f"- {item}" for item in listed)]


class PrepareTask(TaskSpec):
    """Getting ready for a mentoring meeting."""

    name = "prepare"
    title = "Prepare for a meeting"
    description = "An agenda whose time boxes add up, open questions in priority order, and an opening update."
    fields = FIELDS
    audience = "mentee"

    def retrieval_query(self, values: Mapping[str, Any]) -> str:
        """Agenda, questions and progress updates, anchored on the user's goals and challenges."""
        return tidy(
            "prepare for a mentoring meeting: agenda with time boxes, open action items, good open questions, "
            f"progress update. Goals: {clip_chars(values.get('goals') or '', 160)}. "
            f"Challenges: {clip_chars(values.get('challenges') or '', 120)}"
        )

    def compose(self, values: Mapping[str, Any], guidance: Sequence[SearchResult], style: Style) -> Composition:
        """Opening update, agenda and questions, citing the guidance each section follows."""
        plan = _Plan(values)
        brevity = max(0, min(style.brevity, 2))
        reasons = FRAMES["rationale"]
        agenda_reason = reasons["agenda_open_items"] if plan.open_items else reasons["agenda"]
        agenda_cite = cite(guidance, agenda_reason[1], ["agenda"])
        question_cite = cite(guidance, reasons["questions"][1], ["question"])
        update_reason = reasons["update"] if plan.progress else reasons["update_none"]
        update_cite = cite(guidance, update_reason[1], ["progress"])
        with_whom = f" with {plan.mentor}" if plan.mentor else ""
        questions = build_questions(plan, question_count(plan.minutes, brevity))
        parts = [
            "## Your opening update",
            opening_update(plan, brevity),
            FRAMES["agenda"]["heading"].format(minutes=plan.minutes, with_whom=with_whom),
            "\n".join(agenda_lines(plan, brevity)),
            FRAMES["questions"]["heading"],
            "\n".join(f"{n}. {q}" for n, q in enumerate(questions, 1)),
        ]
        parts += _if_time(plan, "\n\n".join(parts))
        if brevity == 0:
            parts.append(with_marker(FRAMES["agenda"]["send"].format(mentor=plan.mentor_label, they=plan.they),
                                     agenda_cite))
        why = rationale([(agenda_reason[0], agenda_cite), (reasons["questions"][0], question_cite),
                         (update_reason[0], update_cite)])  # fmt: skip
        body = "\n\n".join(parts)
        left_out = [item for item in (*plan.goals, *plan.challenges, *plan.progress) if _left_off(item, body)]
        if left_out:  # ("ask abt night shift -> how to not be wrecked" vanished from a 10-minute plan, unsaid)
            items = ", ".join(f'"{as_phrase(item)}"' for item in left_out)
            why = f"{why} {reasons['left_out'].format(minutes=plan.minutes, items=items)}"
        # a goal typed as a question ("…the night supervisor slot?") inside a question frame: one mark
        return Composition(body=re.sub(r"\?(?:\s*\?)+", "?", "\n\n".join(parts)), rationale=why)

    def check(self, text: str, subject: str | None, values: Mapping[str, Any]) -> list[Check]:
        """Minutes add up, as many open questions as the meeting fits, every open item listed, a progress opener."""
        expected = int(values.get("meeting_minutes") or MEETING_DEFAULT)
        agenda = find_section(text, "agenda") or ""
        boxes = [minutes_in(item) for item in list_items(agenda, top_level_only=True)]
        total = sum(b for b in boxes if b is not None)
        asked = [strip_citations(q).strip() for q in list_items(find_section(text, "question") or "")]
        asked = [q for q in asked if q.rstrip(" *_").endswith("?")]
        closed = [q for q in asked if not is_open_question(q)]
        mentor = str(values.get("mentor_name") or "")
        missing = [i for i in split_items(values.get("open_items")) if not _item_on_agenda(i, agenda, mentor)]
        opener = find_section(text, "opening", "opener", "progress", "update") or ""
        return [
            reads_well(text),
            faithful(text, values, allowed=numbers_in_time_boxes(text)),
            Check("minutes_add_up", bool(boxes) and None not in boxes and total == expected,
                  f"Give every agenda item a time box; they add up to {total}, the meeting is {expected} minutes."),
            Check("questions_fit_meeting", QUESTIONS_MIN <= len(asked) <= question_count(expected),
                  f"List {_how_many(question_count(expected))} questions for {expected} minutes "
                  f"(found {len(asked)})."),
            Check("open_questions", bool(asked) and not closed, "Start questions with what/how/which, not is/do/can"
                  + (": " + "; ".join(closed[:2]) if closed else ".")),
            Check.listing("open_items_on_agenda", [clip_words(m, 8) for m in missing[:3]],
                          "Put every open item on the agenda"),
            Check("progress_opener", bool(content_stems(opener)),
                  "Start with a short progress update you can open the meeting with."),
        ]  # fmt: skip
