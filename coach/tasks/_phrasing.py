"""Put the user's words into frames whole: tag their shape, choose a frame, never cut or invent.

The feedback and prepare composers use these helpers. A user's phrase goes into a frame
unchanged except for light, safe edits: a capital at the start, end punctuation, a lead-in
such as "I want to" dropped, the first verb inflected (``lemminflect``) to fit the frame, and
person and verb agreement when a script addresses someone ("Theo misses" -> "you miss").
Which frame fits is decided by a part-of-speech tagger (TextBlob's pattern tagger, whose
lexicon ships in the wheel, so nothing downloads; see :mod:`coach.tasks._tagger`). The frames themselves live in
``prompts/phrasing/<job>.yaml``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from coach import compose
from coach.checks import DATE_PATTERN, SHORT_DAY_NAMES, is_honorific, title_length, without_postnominals, word_set
from coach.config import PROMPTS_DIR
from coach.grammar import participle_as_past
from coach.inflect import get_all_lemmas, get_inflection, get_lemma
from coach.lazy_patterns import lazy_regex
from coach.pos import lexicon_tag
from coach.tasks._tagger import tag_words
from coach.writing import (
    BRITISH_PAST,
    NICKNAME_ADJECTIVES,
    SUBJECTS_VERBS,
    expand_shorthand,
    gerund_is_subject,
    greeted_respect,
    greeting_name,
    is_compound_given_name,
    names_a_person,
    split_person,
    two_people,
    verb_lemmas,
)
from coach.yaml_text import parse_yaml

if TYPE_CHECKING:
    from coach.knowledge import SearchResult

Shape = Literal["verb", "gerund", "past", "adjective", "clause", "noun"]
Tagged = list[tuple[str, str]]

_TOKEN = lazy_regex(r"[A-Za-z0-9][\w/'’.-]*[A-Za-z0-9]|[A-Za-z0-9]|[^\w\s]")
_LEAD_IN = lazy_regex(
    r"^(?:(?:i|we)(?:'d|\s+would)\s+like\s+to|(?:i|we)(?:'m|'re|\s+am|\s+are)?\s*"
    r"(?:want|need|hope|plan|hoping|trying|looking|aiming|planning)\s+to"
    r"|(?:would like|want|need|hoping|trying|looking|aiming|planning)\s+to|to)\s+",
    re.IGNORECASE,
)
_SUBJECTS = word_set("i we you he she they it there someone people everyone nobody")
_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})
_NEGATED = word_set("don't doesn't didn't can't won't isn't aren't wasn't weren't haven't hasn't couldn't")
_AFTER_VERB = frozenset({"DT", "PRP$", "IN", "TO", "RP", "PRP", "WRB"})
_END = lazy_regex(r"[.!?…]$")


def tokens(text: str) -> list[str]:
    """Words and punctuation, with contractions kept in one piece ("didn't", "I'll")."""
    return _TOKEN.findall(text.replace("’", "'"))


def tag(text: str) -> Tagged:
    """Penn Treebank tags for the words of ``text`` (tokens as :func:`tokens` splits them)."""
    words = tokens(text)
    if not words:
        return []
    tagged = tag_words(words)
    return [(w, t) for w, (_, t) in zip(words, tagged, strict=False)]


def tidy(text: str) -> str:
    """One line: runs of whitespace collapsed, space before punctuation removed."""
    return re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r"\s+", " ", text)).strip()


def upper_first(text: str) -> str:
    """``text`` with its first letter capitalised."""
    return text[:1].upper() + text[1:] if text else text


def normalise(text: str) -> str:
    """Light, safe fixes only: spacing, a lone "i" as "I", straight apostrophes, common shorthand."""
    text = tidy(text.replace("’", "'"))
    text = expand_shorthand(text)
    text = felt_marks_as_commas(text)
    return re.sub(r"\bi\b(?=(?:'[a-z]+)?\b)", "I", text)


def felt_marks_as_commas(text: str) -> str:
    """Marks of feeling inside a run-on as the comma they stand for.

    "time!!! and my head…" -> "time, and my head…", "insurance??, don't know…" -> "insurance, don't know…":
    kept, they break the frame around them.
    """
    return _QUESTION_MARKS_BEFORE_COMMA.sub("", _FELT_MARKS_BEFORE_AND.sub(",", text))


_FELT_MARKS_BEFORE_AND = lazy_regex(r"(?<=\w)(?:!+|[!?]{2,})(?=\s+(?:and|but|or|so|plus|also)\b)", re.IGNORECASE)
# (one "?" before "also" ends a question: "…did you get to it? Also return your book" is two items)
_QUESTION_MARKS_BEFORE_COMMA = lazy_regex(r"(?<=\w)\?+(?=,\s)")


def as_sentence(text: str) -> str:
    """The user's words as one sentence: capital first, a full stop unless it ends in ? ! or ."""
    text = normalise(text).rstrip(" ,;:-")
    if not text:
        return ""
    return upper_first(text if _END.search(text) else f"{text}.")


def as_phrase(text: str) -> str:
    """The user's words ready to sit inside a sentence: no final full stop."""
    return normalise(text).rstrip(" .,;:")


def strip_lead_in(text: str) -> str:
    """A goal without "I want to"/"to": "I'd like to get promoted" -> "get promoted"."""
    return _LEAD_IN.sub("", as_phrase(text), count=1)


@cache
def word_list(name: str) -> frozenset[str]:
    """One of the shared word lists in ``prompts/phrasing/words.yaml`` ("feelings", "needs_article"...)."""
    return frozenset(str(word) for word in frames("words")[name])


def words_pattern(name: str) -> str:
    """A shared word list as a regex alternation (longest first, so "out of my depth" wins over a prefix)."""
    return alternation(word_list(name))


def alternation(words: Iterable[object]) -> str:
    """Words as a regex alternation, longest first; YAML reads a bare "off" as a boolean, so each is spelled."""
    spelled = {str(word) for word in words}
    return "|".join(re.escape(word) for word in sorted(spelled, key=lambda word: (-len(word), word)))


_BRITISH_PAST = lazy_regex(r"(?:is|ys)ed$")
"""British past forms ("practised", "organised", "analysed") the US-English lexicon reads as adjectives."""


_PAST_AFTER_SUBJECT = frozenset({"got", "was", "said", "says", "gets", "went", "came", "told", "seemed", "felt"})
"""A past verb after a first word the tagger read as a verb: that word is the subject ("lead got annoyed")."""
_HOW_OFTEN = lazy_regex(r"(?:once|twice|again|daily|weekly|nightly|\d+x)$", re.IGNORECASE)


_PARTICLES = frozenset({"down", "up", "out", "off", "back"})
"""The particle of a phrasal verb ("calm down the class", "clean up the bench")."""
_JOINING_VERBS = frozenset({"balance", "juggle", "combine", "mix", "match", "fit", "square"})
"""Verbs that hold two things together ("balance study with busy season"), read by the lexicon as nouns."""


def two_nouns_then_their_verb(tagged: Sequence[tuple[str, str]]) -> bool:
    """Whether a phrase opens with a subject of two nouns and its verb ("Watch culture is tough").

    The first noun can be a verb ("watch", "shift"), so the shape read it as an instruction (review 81).
    """
    return len(tagged) > 2 and tagged[0][1] != "PRP" and tagged[1][1] in ("NN", "NNS") and (
        tagged[2][0].lower() in SUBJECTS_VERBS)


def shape_of(text: str) -> Shape:
    """How a phrase is built, which decides the frame it can fill.

    ``verb`` "get promoted", ``gerund`` "getting better at SQL", ``past`` "finished the course",
    ``adjective`` "worried I'll stop coding" or "not sure how often to meet", ``clause`` "my estimates
    are off", ``noun`` "imposter syndrome in the new role".
    """
    # ("open my own place in 2-3 yrs (small, 30 covers)": a remark in brackets has no say in the shape)
    tagged = tag(_lower_head(re.sub(r"\s*\([^()]*\)", "", text).strip() or text))
    if not tagged:
        return "noun"
    first, first_tag = tagged[0][0].lower(), tagged[0][1]
    if two_nouns_then_their_verb(tagged):
        return "clause"  # "Watch culture is tough": two nouns, then their verb, though "watch" can be one (review 81)
    if len(tagged) > 1 and tagged[1][0].lower() in word_list("change_nouns") and first_tag in ("NN", "VB", "VBP") and (
            can_be_noun(first)):
        return "noun"  # "pay drop for first 6 mo", "rent increase in may": what changes, then how, never "I pay…"
    if len(tagged) > 2 and first_tag == "NN" and tagged[1][1] == "NNS" and can_be_verb(tagged[1][0].lower()) and (
            tagged[2][1] in ("NNP", "CD")):
        return "clause"  # "funding ends March 2026": a thing and its verb, which the tagger read as a plural
    if first in ("new", "updated", "revised") and len(tagged) > 1 and tagged[1][0].lower() not in (
            "to", "at", "in", "here", "there", "ish", "and") and tagged[1][1] not in ("PRP$", "DT"):
        return "noun"  # "new mise en place list for garde manger": a new thing, never "I'm new mise en place…"
    if first_tag == "VBD" and len(tagged) > 1 and tagged[1][1] in ("VB", "VBP") and can_be_noun(tagged[1][0]) and (
            len(tagged) == 2 or tagged[2][1] not in ("DT", "PRP$", "PRP")):
        return "past"  # "ran pass 2x on sat": something done to a thing the tagger read as a verb
    if (
        first_tag in ("NN", "JJ")
        and (first_tag == "NN" or tagged[1][1] in ("PRP$", "DT") or tagged[1][0].lower() == "own")  # "open own clinic"
        and len(tagged) > 1
        and (tagged[1][1] in _AFTER_VERB or tagged[1][0].lower() == "own")
        and tagged[1][0].lower() != "of"
        and not tagged[1][0][:1].isdigit()  # "paper 2 reviewer comments": the tagger reads "2" as IN
        and can_be_verb(first)
        and not _own_verb_later(tagged)  # "interview with a pharma company went ok": "interview" is its subject
        and not _STATE_ENDING.search(text)  # "visa for Malawi still pending": a thing and its state
        and not (first in ("conflict", "clash") and tagged[1][0].lower() in ("with", "w/"))  # a challenge's noun
    ):
        first_tag = "VB"  # "move into management", "plan a move": the lexicon's first guess is the noun
    if first_tag in ("JJ", "NN") and len(tagged) > 2 and tagged[1][0].lower() in _PARTICLES and (
            tagged[2][1] in ("DT", "PRP$")) and can_be_verb(first):
        first_tag = "VB"  # "calm down the transition time…": a verb and its particle, never "I'm calm down…" (r88)
    joined = any(word.lower() in ("with", "w/", "and", "&") for word, _ in tagged[2:])
    if first in _JOINING_VERBS and len(tagged) > 2 and joined:
        first_tag = "VB"  # "balance study w/ busy season": two things held together, never "progress in balance…"
    if first_tag == "RB" and first.endswith("ly") and len(tagged) > 2 and tagged[1][1] in ("VBD", "VBN") and (
            tagged[2][1] in ("DT", "PRP$", "NN", "NNS", "CD")):
        return "past"  # "finally hired the second research tech": "I finally hired…", never "I'm finally hired…"
    went = len(tagged) > 1 and tagged[1][0].lower() in ("down", "up")
    if went and first.endswith("s") and first_tag in ("JJ", "NNS"):
        return "clause"  # "mis-picks down from 3.1% to 1.8%": a count and which way it went, never "I'm mis-picks…"
    if first_tag in ("VB", "VBP", "NN") and len(tagged) > 2 and tagged[1][0].lower() in _PAST_AFTER_SUBJECT and (
            can_be_noun(first)):
        return "clause"  # "lead got annoyed the 2nd time": a person and what happened, never "I lead got annoyed…"
    if first_tag == "CD" and len(tagged) > 2 and tagged[1][1] == "NNS" and tagged[2][1] in ("VBD", "VBN"):
        return "clause"  # "two customers left": a count of people and what they did
    if 2 < len(tagged) <= 5 and tagged[-1][0].lower() in _DONE_STATES and tagged[1][1].startswith("NN") and (
            tagged[-2][1].startswith("NN")):
        return "clause"  # "lit review done": a thing and its state, never "I lit review done" (session 59)
    if first_tag in ("JJ", "CD", "DT") and _HALF_DONE.search(text):
        return "clause"  # "second one half done": a thing and how far along it is, never "I'm second one…"
    if first in word_list("note_verbs"):
        first_tag = {"ing": "VBG", "ed": "VBD"}.get(first[-3:] if first.endswith("ing") else first[-2:], "VB")
    has_object = len(tagged) > 1 and tagged[1][1] in ("DT", "PRP$", "NN", "NNS", "NNP", "CD")
    # "practised cross exam": the tagger may read the object's first word as a verb or an adjective
    misread_object = len(tagged) > 2 and tagged[1][1] in ("VB", "VBP", "JJ") and tagged[2][1].startswith("NN")
    if first_tag == "JJ" and (has_object or misread_object) and _BRITISH_PAST.search(first) and can_be_verb(
            lemma(first)):
        if misread_object:
            return "past"
        first_tag = "VBD"  # "practised root passes", "organised the offsite": the lexicon knows US spellings
    if first_tag == "JJ" and _BRITISH_PAST.search(first) and len(tagged) > 1 and _HOW_OFTEN.match(tagged[1][0]) and (
            can_be_verb(lemma(first))):
        return "past"  # "practised twice", "analysed again": done, so many times
    if first_tag == "JJ" and _BRITISH_PAST.search(first) and len(tagged) > 1 and tagged[1][1] == "VBG" and (
            can_be_verb(lemma(first))):
        return "past"  # "practised drafting margins every lunchtime"
    if first_tag == "JJ" and len(tagged) > 2 and tagged[1][1] == "VBG" and tagged[2][1] in ("CD", "DT", "NN", "NNS"):
        return "gerund"  # "blind tasting 3 times per week": a manner, then what the user has been doing
    if first.split("'")[0] in _SUBJECTS:
        return "clause"
    takes_object = (len(tagged) > 1 and tagged[1][1] in ("DT", "PRP$", "NN", "NNS", "CD")) or (
        len(tagged) > 2 and tagged[1][0].lower() in _ROUGHLY and tagged[2][1] == "CD")  # "done about 40% of it"
    if first in word_list("state_participles") and (not takes_object or first in word_list("feelings")):
        return "adjective"  # "stuck on the bend test": how the user is; "prepared the slides" is still done
    if first_tag == "VBG" and gerund_is_subject(tagged):
        return "clause"  # "writing is very slow": the gerund is the subject, not what the user has been doing
    if first_tag == "VBG":
        return "gerund"
    if first_tag in ("VBD", "VBN") and _is_past_action(tagged):
        return "past"
    second = tagged[1][1] if len(tagged) > 1 else ""
    # "blind tasted 40 wines", "double checked the rota": a verb with its manner in front
    if first_tag in ("JJ", "RB") and second == "VBD" and len(tagged) > 2 and tagged[2][1] in _OBJECT_STARTS:
        return "past"
    if (first_tag in ("JJ", "VBN") and not second.startswith(("NN", "VBG"))) or (
        first_tag == "RB" and second in ("JJ", "VBN")
    ):
        head = first if first_tag != "RB" else tagged[1][0].lower()
        # "not worth it", "hard to find time": about a thing, so never "I'm not worth it"
        return "clause" if head in word_list("thing_adjectives") else "adjective"
    if first_tag == "VB" or first_tag == "VBP":
        return "verb"
    if first_tag.startswith("NN") and len(tagged) > 1 and tagged[1][1] in ("VB", "VBP"):
        return "clause"  # "stakeholders ignore my emails": the lexicon reads "ignore" as a bare verb
    if first_tag.startswith("NN") and second == "JJ" and (len(tagged) == 2 or tagged[2][1] in ("IN", "TO", "RB")):
        return "clause"  # "cashflow tight in jan": a note that left out its "is"
    if any(t in _FINITE or w.lower() in _NEGATED or participle_as_past(tagged, i) for i, (w, t) in enumerate(tagged)
           if i):
        return "clause"
    return "noun"


_DONE_STATES = frozenset({"done", "finished", "complete", "completed", "sorted", "submitted", "booked", "approved",
                          "drafted", "ready", "sent"})
"""States a thing is in at the end of a note ("lit review done", "visa approved")."""
_STATE_ENDING = lazy_regex(r"\b(?:still\s+|not\s+yet\s+)?(?:pending|outstanding|unclear|unknown|missing|overdue|"
                           r"delayed|not sorted|not done|on hold)\s*$", re.IGNORECASE)


_HALF_DONE = lazy_regex(r"\s(?:half|almost|nearly|mostly|partly)\s+(?:done|finished|written|drafted)\s*$", re.I)


def ends_in_a_state(text: str) -> bool:
    """"visa for Malawi still pending": a thing and where it stands, with no verb of the user's."""
    return _STATE_ENDING.search(text) is not None


def _own_verb_later(tagged: Tagged) -> bool:
    """A past or present verb later on with no subject of its own before it: the first word is the subject."""
    for word, penn in tagged[1:]:
        if penn in ("PRP", "WRB") or word.lower() in ("that", "which", "who", "and", "but", "if", "when", "because"):
            return False
        if penn in ("VBD", "VBZ"):
            return True
    return False


_OBJECT_STARTS = frozenset({"CD", "DT", "PRP$", "NNS"})
_ROUGHLY = frozenset({"about", "around", "nearly", "almost", "over", "roughly", "approximately"})


def _is_past_action(tagged: Tagged) -> bool:
    """Whether a phrase opening with a past form reads as something done ("wrote a draft")."""
    if len(tagged) == 1:
        return True
    if tagged[0][0].lower() in ("got", "was", "were", "been") and tagged[1][1] in ("VBN", "VBD"):
        return True  # a passive: "got rejected from 2", "was offered the role"
    if tagged[1][1] in ("VB", "VBP") and len(tagged) > 2 and tagged[2][1].startswith("NN") and can_be_noun(
            tagged[1][0]):
        return True  # "submitted talk proposal": a noun pair the tagger read as a verb, the object of what was done
    if tagged[0][1] == "VBD" and tagged[1][1] == "VBG":
        return True  # "started using figma slides", "kept forgetting the log": done, with what
    return tagged[1][1] in ("DT", "PRP$", "NN", "NNS", "NNP", "CD", "RP", "IN", "JJ", "PRP", "TO", "RB")


def _lower_head(text: str) -> str:
    """Text with an ordinary capitalised first word lowered, so the tagger doesn't read it as a name."""
    head, _, rest = text.partition(" ")
    if head[:1].isupper() and head[1:].islower() and head != "I" and not head.startswith("I'"):
        return f"{head.lower()} {rest}".strip()
    return text


def can_be_verb(word: str) -> bool:
    """Whether ``word`` has a verb reading ("answer", "plan"), whatever the tagger guessed."""
    return "VERB" in get_all_lemmas(word)


def can_be_noun(word: str) -> bool:
    """Whether ``word`` has a noun reading ("pay", "rent", "price"), whatever the tagger guessed."""
    return "NOUN" in get_all_lemmas(word)


def lemma(verb: str) -> str:
    """The base form of a verb ("misses" -> "miss"), or the word itself."""
    prefix, _, last = verb.lower().rpartition("-")  # "double-books" -> "double-book"
    found = get_lemma(last, upos="VERB")
    return (f"{prefix}-" if prefix else "") + (found[0] if found else last)


def inflect(verb: str, penn_tag: str) -> str:
    """``verb`` in the form ``penn_tag`` ("get", "VBG" -> "getting"), keeping its capital."""
    prefix, _, base = lemma(verb).rpartition("-")
    forms = get_inflection(base, tag=penn_tag)
    form = (f"{prefix}-" if prefix else "") + forms[0] if forms else verb
    return upper_first(form) if verb[:1].isupper() else form


_SAME_IN_THE_PAST = frozenset({"set", "put", "cut", "let", "hit", "quit", "shut", "spread", "split", "upset", "bet",
                               "cast", "broadcast", "forecast", "reset", "offset", "outcast", "input", "output"})
"""Verbs whose past is their base form: first in a goal, the base ("set a date"), not a past ("I set a date")."""
_WHEN_PAST = lazy_regex(r"\b(?:last\s+(?:year|month|week|summer|spring|autumn|winter|time)|ago|yesterday|"
                        r"in\s+(?:19|20)\d\d|already)\b", re.IGNORECASE)
"""A time that puts it in the past ("set up my own salon last year"): then "set" is what was done."""


def as_verb_phrase(text: str) -> str | None:
    """A goal as a base verb phrase ("getting better at SQL" -> "get better at SQL"), or None."""
    return _verbs_as(text, "VB")


def as_gerund_phrase(text: str) -> str | None:
    """A goal as an -ing phrase ("get promoted" -> "getting promoted"), or None."""
    return _verbs_as(text, "VBG")


def _verbs_as(text: str, form: str) -> str | None:
    """The phrase with its head verb, and the verbs coordinated with it, in ``form``; None if not verbal."""
    phrase = strip_lead_in(text)
    had_lead_in = phrase != as_phrase(text)
    shape = shape_of(phrase)
    first = phrase.split(" ", 1)[0].lower()
    if shape == "past" and first in _SAME_IN_THE_PAST and not _WHEN_PAST.search(phrase):
        shape = "verb"  # "Set a realistic submission date" is a goal ahead, never "I set…" (review 61)
    if shape not in ("verb", "gerund") and not (had_lead_in and shape in ("noun", "adjective")):
        return None
    phrase = _lower_head(phrase)
    tagged = tag(phrase)
    head_tag = "VBG" if shape == "gerund" else "VB"
    spans = list(_TOKEN.finditer(phrase.replace("’", "'")))
    if len(spans) != len(tagged):
        return None
    out, last = [], 0
    for index, (match, (word, penn)) in enumerate(zip(spans, tagged, strict=True)):
        after = tagged[index + 1][1] if index + 1 < len(tagged) else ""
        verbal = penn == head_tag or (head_tag == "VB" and penn == "NN" and after in _AFTER_VERB and can_be_verb(word))
        coordinated = index > 1 and tagged[index - 1][0].lower() in ("and", "or", ",") and verbal
        if index == 0 or coordinated:
            new = lemma(word) if form == "VB" else inflect(word, "VBG")
            out.append(phrase[last : match.start()] + new)
            last = match.end()
    return "".join(out) + phrase[last:]


_SUBJECTLESS_MODAL = lazy_regex(r"(?:can(?:'t|not)?|could(?:n't)?|won't|wouldn't|shouldn't|need to|have to)\s+\w",
                                re.IGNORECASE)


def _subjectless_verb(phrase: str) -> bool:
    """Whether a note dropped its "I" before an adverb or a past verb.

    "still talk over people", "tried pausing before replying", "delegated reporting".
    """
    tagged = tag(_lower_head(phrase))
    if len(tagged) < 2:
        return False
    (word, first), (_, second) = tagged[0], tagged[1]
    if word.lower() in word_list("feelings"):
        return False  # "worried going in-house is 'giving up'": how the user feels, "I'm worried…"
    third = tagged[2][1] if len(tagged) > 2 else ""
    # "related reading list" is a noun phrase: a gerund object is not followed by its own noun.
    past_then_gerund = first in ("VBD", "VBN") and second == "VBG" and not third.startswith(("NN", "JJ"))
    return (first == "RB" and second in ("VB", "VBP")) or past_then_gerund


PARTICIPLES_ONLY = frozenset({"done", "been", "gone", "seen", "written", "taken", "given", "begun", "spoken",
                              "driven", "eaten", "chosen", "forgotten", "known", "shown", "grown", "drawn"})
_HABIT_ADVERBS = frozenset({"still", "also", "always", "never", "often", "sometimes", "usually", "just", "really",
                            "mostly", "rarely", "constantly"})


def _adverb_then_verb(phrase: str) -> bool:
    """Whether an adverb then a bare verb ("still check everything with the GP") has lost its "I"."""
    words = phrase.split()
    return (len(words) > 2 and words[0].lower() in _HABIT_ADVERBS and words[1].islower() and can_be_verb(words[1])
            and lemma(words[1]) == words[1])


_PASSIVE = lazy_regex(r"^(?:rejected|accepted|shortlisted|selected|invited|promoted|nominated|hired|turned down|"
                      r"awarded|offered|asked|told|moved|assigned|put|passed over|approved)\s+"
                      r"(?:from|for|as|to|into|onto|by|on)\b", re.IGNORECASE)
"""A past form that only reads as something done to the user ("rejected from the grant", "invited to speak")."""


_OWN_SUBJECT_LATER = lazy_regex(r"^(?:\w+\s+){1,3}(?:i|I)\s+(?:can|could|do|did|am|have|will)\b")
_ANOTHER_SUBJECT_LATER = lazy_regex(
    r"^\w+\s+\w+\s+and\s+(?:my|our|the|his|her)\s+\w+\s+(?:is|are|was|were|has|keeps?)\b", re.IGNORECASE)
_NOUN_AND_HOW_IT_IS = lazy_regex(r"^\w+\s+(?:still|too|very|not|so|really)\s+\w+(?:[.,;]|$)")


def _has_subject(phrase: str) -> bool:
    """"Behaviours-based interviews terrify me": a modifier, its noun and the noun's verb, so no "I" is missing."""
    tagged = tag(phrase)[:3]
    tags = [t for _, t in tagged]
    modifier = len(tags) == 3 and ("-" in tagged[0][0] or (tags[0] == "JJ" and not verb_lemmas(tagged[0][0].lower())))
    # (not "practised root passes": a verb the user did)
    return modifier and tags[1] in ("NNS", "NN") and tags[2] in ("VBP", "VBZ", "VB", "VBD", "MD")


_LINKED_OWN_SUBJECT = lazy_regex(r"^(?:also|and|but|plus|so|then|honestly)\s+(?:i|i['’]m|i['’]ve|i['’]d|we|my|our)\b",
                                 re.IGNORECASE)


_NOT_A_THING = frozenset({"i", "been", "still", "just", "really", "so", "very", "always", "never", "quite", "pretty"})
"""Words that can be nouns but lead a note about the user ("still scared of heights" is "I'm still scared…")."""


_METRIC_MOVED = lazy_regex(r"^[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:down|up)\s+(?:by\s+)?(?:about\s+|~)?[\d.,]+\s*"
                           r"(?:%|percent|points|pts|k\b)", re.IGNORECASE)
"""A figure and where it went ("shrink down 1.2%", "sales up 12%"): a thing's numbers, not the user's doing."""


def about_me(text: str) -> str:
    """A note about the user as a first-person sentence, when its shape allows; else the words as given.

    "worried I'll stop coding" -> "I'm worried I'll stop coding."; "wrote a draft" -> "I wrote a
    draft."; "collecting feedback" -> "I've been collecting feedback."; a clause or a noun phrase
    is left as the user wrote it.
    """
    phrase = re.sub(r"^(?:and|plus)\s+(?=\S)", "", as_phrase(text), flags=re.IGNORECASE)  # "and my cert expires…"
    if re.match(r"^(?:need|have to|got to)\s+(?!know\b)\S", phrase, re.IGNORECASE):
        return as_sentence(f"I {phrase[:1].lower() + phrase[1:]}")  # "need 2 more adult volunteers…" (review 58)
    if _LINKED_OWN_SUBJECT.match(phrase):  # "also I'm rubbish at the Excel side": its subject is there
        return as_sentence(phrase)
    also = re.match(r"(?i)also,?\s+", phrase)
    after_also = tag(phrase[also.end():])[:3] if also else ()
    if len(after_also) > 1 and after_also[0][1].startswith("NN") and after_also[1][1] in ("MD", "VBZ", "VBD", "VBP"):
        return as_sentence(phrase)  # "also salary would drop ~20%": a thing and its verb, never "I also salary…"
    if _METRIC_MOVED.match(phrase):
        return as_sentence(phrase)  # "shrink down 1.2% vs last qtr": a figure and where it went, never "I shrink…"
    # "co-ran 2 groups with Sam": a past verb behind its prefix is past, never "I'm co-ran" (review 79)
    # ("redid the CT calc practice sheets, got 8/10": the same without its hyphen, when only the verb is known, r95)
    prefixed = re.match(r"^(?:co|re|pre|over|under|out|mis)-(?P<verb>[a-z]+)\b", phrase, re.IGNORECASE) or (
        (joined := re.match(r"^(?:re|co|pre|over|under|out|mis)(?P<verb>[a-z]{3,})\b", phrase, re.IGNORECASE))
        and lexicon_tag(phrase.split(" ")[0].lower()) is None and joined)
    shape = "past" if prefixed and lexicon_tag(prefixed["verb"].lower()) in ("VBD", "VBN") else shape_of(phrase)
    if phrase.split(" ")[0].lower() in BRITISH_PAST:  # "learnt to use the kiln controller…" (review 91)
        shape = "past"
    lead = {"adjective": "I'm", "past": "I", "gerund": "I've been", "verb": "I"}.get(shape)
    head_word = phrase.split(" ")[0].lower()
    second_word = [*phrase.split(" "), ""][1]
    amount = second_word[:1].isdigit() or second_word.lower() in _ROUGHLY | {"half", "most", "all", "some", "a"}
    if head_word in PARTICIPLES_ONLY and (shape == "past" or amount):
        lead = "I've"  # "done about 40% of the reading", "done 2 more passages": a participle, never "I done"
    if shape == "past" and _PASSIVE.match(phrase):
        lead = "I was"  # "rejected from the EGU travel grant": it happened to the user
    if _SUBJECTLESS_MODAL.match(phrase) or _subjectless_verb(phrase) or _adverb_then_verb(phrase):
        lead = "I"  # "can't tell which labs are good" has lost its "I", like "don't know what to bring"
    if head_word == "been":
        lead = "I've"  # "been covering the care plans": never "I been"
    if head_word in ("still", "always", "constantly", "currently") and second_word.lower().endswith("ing") and (
            verb_lemmas(second_word.lower())):
        lead = "I'm"  # "still getting trowel marks when…": "I'm still getting…" (review 78)
    if head_word in ("still", "always", "so", "very", "really", "quite", "often") and (
            lexicon_tag(second_word.lower()) == "JJ" or second_word.lower() == "not"):
        lead = "I'm"  # "still slow at cover tests…" was "I still slow…" (review 106)
    participle = second_word.lower()
    if head_word in ("never", "ever", "already", "just") and (participle.endswith("ed") or participle in (
            PARTICIPLES_ONLY | {"been", "had", "seen", "given", "taken", "written", "spoken", "led"})):
        lead = "I've"  # "never interviewed for mgmt before": never "I'm never interviewed…" (review 62)
    noun_first = lexicon_tag(head_word) in (None, "NN", "NNS") and not verb_lemmas(head_word)  # "med", not "worried"
    if ((noun_first and _OWN_SUBJECT_LATER.match(phrase)) or _NOUN_AND_HOW_IT_IS.match(phrase)
            or (shape == "verb" and _ANOTHER_SUBJECT_LATER.search(phrase))):  # "yield drop and my wife is worried"
        lead = None  # "med round I can do…" has its subject; "shrink still high" is a noun and how it is
    first_three = tag(phrase)[:3]
    # ("blind tasted 40 wines" did something to something: "I blind tasted…")
    object_after = len(first_three) > 2 and (first_three[2][1] in ("CD", "DT", "PRP$") or first_three[2][0].lower() in (
        "my", "your", "the", "a", "an", "some", "all", "every"))
    thing_first = can_be_noun(head_word) and lexicon_tag(head_word) != "RB" and head_word not in _NOT_A_THING
    if len(first_three) >= 2 and first_three[1][1] in ("VBN", "VBD") and first_three[1][0].lower().endswith("ed") and (
            thing_first and not object_after):
        lead = None  # "abstract drafted but over word limit": a thing and what was done to it, never "I'm abstract…"
    if re.match(r"^(?:too many|too much|not enough|lots of|a lot of|loads of)\b", phrase, re.IGNORECASE):
        lead = None  # "too many files, 5 on the go": a quantity, no "I'm"
    if HOW_IT_WENT.match(phrase):
        lead = "It"  # "went mostly ok, missed LX 47 standby": how the last thing went, never "I went mostly ok" (r86)
    described = [(w.lower(), t) for w, t in first_three if t != "RB"]
    if shape == "adjective" and len(described) >= 2 and described[0][1] == "JJ" and (
            described[1][1] in ("NN", "NNS") or (described[1][1].startswith("VB") and can_be_noun(described[1][0]))):
        lead = None  # "very long hours, 6 day weeks, tired": a described thing, never "I'm very long hours" (review 86)
    if lead is None or (phrase.split(" ")[0].isupper() and len(phrase.split(" ")[0]) > 1) or _has_subject(phrase):
        return as_sentence(phrase)
    head, _, rest = phrase.partition(" ")
    if head[:1].isupper() and not head[1:].islower():
        return as_sentence(phrase)
    # "tried seating plan change, helped w/ back row": how it went has no subject, and it is never the user's
    # ("I tried…, helped with back row" read as if the user helped, review 63)
    rest = OUTCOME_AFTER_COMMA.sub(lambda m: f", which {m['outcome']}", rest)
    return as_sentence(f"{lead} {head.lower()} {rest}".strip())


HOW_IT_WENT = lazy_regex(r"^went\s+(?:mostly\s+|pretty\s+|really\s+|quite\s+|all\s+)?(?:ok|okay|well|fine|badly|great|"
                         r"alright)\b", re.IGNORECASE)
"""A note that says how the thing before it went ("went mostly ok"): its subject is that thing, never the user."""
OUTCOME_AFTER_COMMA = lazy_regex(r",\s+(?P<outcome>(?:helped|worked|paid off|backfired|failed|flopped|"
                                 r"made a difference|went\s+(?:well|ok|okay|fine|badly|great|alright|really well|"
                                 r"pretty well|so-so))\b(?!\s+(?:\d|one|two|three|of)\b))", re.IGNORECASE)
"""How something went, after a comma with no subject ("…, helped with back row", "…, went ok"); never a count of
its own ("passed 1, failed 1" read "passed 1, which failed 1", review 102)."""


_WEEKDAY = (r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:rs?(?:day)?)?|fri(?:day)?|sat(?:urday)?|"
            r"sun(?:day)?)\b\.?")
"""A day of the week, whole or short ("tues", "Saturday"); never "monthly" or "sunny" (review 85)."""
_WHEN_LEADS = frozenset(
    [
        "for",
        "within",
        "from",
        "in",
        "at",
        "on",
        "during",
        "after",
        "before",
        "over",
        "since",
        "throughout",
        "across",
        "last",
        "this",
        "next",
        "yesterday",
        "today",
        "tonight",  # "tonight around 2am", never "in tonight…" (review 55)
        "tomorrow",
        "earlier",
        "recently",
        "by",
        "when",
        "while",
        "around",
        "every",
        "most",
        "each",
        "a",
        "few",
        "through",
        "until",
        "till",
        "between",
        "once",
        "twice",
        "thrice",
        "several",
        "again",
        "both",
        "almost",
        "nearly",
    ]
)
_DATE = lazy_regex(rf"^(?:{_WEEKDAY}|\d{{1,2}}[/.-]\d{{1,2}}(?:[/.-]\d{{2,4}})?|\d{{1,2}}(?:st|nd|rd|th)?\b)", re.I)


_IN_WHAT_AFTER_A_TIME = lazy_regex(r",\s+(?=(?:morning|evening|night|weekend|early|late)\s+[a-z]+s?$)",
                                   re.IGNORECASE)
"""What a stretch of time was spent in, after a comma ("the last month, morning classes")."""


def when_phrase(text: str) -> str:
    """A time or occasion as a phrase that can follow a verb: "Tuesday's call" -> "in Tuesday's call"."""
    phrase = re.sub(r"\b(\d+)x(?![\w-])", r"\1 times", as_phrase(text))  # "3x in last 2 weeks"
    # "last thurs": a time field's short day is a day, spelled out for the person it is said to
    phrase = re.sub(rf"\b(?:{'|'.join(SHORT_DAY_NAMES)})\b\.?(?!['’-])",
                    lambda m: SHORT_DAY_NAMES[m[0].lower().rstrip(".")], phrase, flags=re.IGNORECASE)
    # "tuesday's 1:1, ~30 min": when it was, not how long it took
    phrase = re.sub(r",?\s*(?:about\s+|~\s*)?\d+\s*(?:min|mins|minutes|hrs?|hours?)\s*$", "", phrase)
    if not phrase:
        return ""
    first = phrase.split(" ")[0].lower().rstrip(",;:")  # ("yesterday, about the budget story", review 107)
    if re.match(r"^(?:last|past)\s+(?:\d+(?:\s?[-–]\s?\d+)?|two|three|four|five|six|few|couple\s+of)\s+\w+s"
                r"(?:\s+(?:at|in|on)\s+\S.*)?$", phrase, re.I):
        # "last two saturdays": a stretch of time, said with the behaviour (and "last 2 wks at the Baker St job")
        return f"over the {phrase}"
    # "twice this week", "3 times last month", "two weeks ago": said as they are, with no "in" or "on"
    # ("3x in last 2 weeks"; "2 weeks ago and again yesterday" read "On 2 weeks ago…", review 104)
    times = re.match(r"^(?:\d+|one|two|three|four|five|six|many)\s*(?:times\b|x(?![\w-]))|^(?:once|twice)\b|.*\bago$|"
                     r"^(?:\d+|a|one|two|three|four|five|six|a\s+few)\s+\w+\s+ago\b", phrase, re.I)
    spanning = re.match(r"^all\s+(?:this|last|that|day|week|month|night|morning|afternoon|shift)\b", phrase, re.I)
    event_ago = re.match(r"^(?!(?:last|this|next|about|around|over|in|at|on|during)\b)"
                         r"(?P<det>(?:the|my|our|his|her)\s+)?[a-z]+(?:\s+[a-z]+){0,2}\s+(?:\d+|a|one|two|three|four|five|six|a\s+few)\s+\w+\s+ago$",
                         phrase, re.I)
    if event_ago and not re.match(r"^(?:\d+|a|one|two|three|four|five|six)\b", phrase, re.I):
        # "herd visit 3 weeks ago": the event, "at the herd visit 3 weeks ago" (review 66)
        return f"at {phrase}" if event_ago["det"] else f"at the {phrase}"
    if re.match(r"^(?:last|this|next)\s+\w+['’]s\s+\w", phrase, re.I):
        return f"in {phrase}"  # "last week's audit": the event of that time, "in last week's audit" (session 61)
    if first in _WHEN_LEADS or times or spanning:  # ("all this week": never "in all this week")
        return phrase[:1].lower() + phrase[1:] if not phrase[1:2].isupper() else phrase
    if re.match(r"^(?:the\s+)?(?:last|past|first|next)\s+(?:\d+|two|three|four|five|few|couple)\b", phrase, re.I) or (
            re.match(r"^the\s+(?:last|past)\s+(?:week|month|year|fortnight|term|quarter|season)\b", phrase, re.I)):
        # "the last 4 mondays": a stretch of time, not a moment in it; "the last month, morning classes": what it
        # was in, after a comma, takes its "in" (review 94)
        return "over " + _IN_WHAT_AFTER_A_TIME.sub(", in ", phrase)
    if re.match(r"^the\s+(?:\d+|two|three|four|five|six|few|couple\s+of)\s+(?:days|weeks|months|nights|shifts)\b",
                phrase, re.I):
        return f"during {phrase}"  # "the two weeks in feb": a stretch of time, "during", never "in the two weeks"
    if re.match(r"^(?:the\s+)?(?:end|start|beginning|middle)\s+of\b", phrase, re.I):
        return "at " + (phrase if phrase.lower().startswith("the ") else f"the {phrase}")  # "end of shift sat night"
    possessive = re.match(rf"^{_WEEKDAY}'s", phrase, re.I)  # "Tuesday's call" takes "in"
    # "saturday gig at the Blue Note": the day's one event, "at Saturday's gig…", never "on Saturday gig" (review 64)
    event = re.match(rf"^(?P<day>{_WEEKDAY})\s+(?P<event>(?:gig|show|game|match|party|dinner|lunch|event|class|"
                     rf"lesson|rehearsal|recital|concert|performance|tournament|fair|market|wedding|standup|stand-up|huddle|retro|"
                     rf"demo|presentation|pitch|interview|workshop|training|audit|inspection|briefing|debrief|"
                     rf"appointment|visit|conference|close|closing|close-down|lock-up|opening)\b.*)$", phrase, re.I)
    if event:
        return f"at {upper_first(event['day'])}'s {event['event']}"
    one_day = re.match(rf"^(?P<day>{_WEEKDAY})\s+(?P<what>(?:(?:dinner|lunch|breakfast|night|day|morning|evening|late|"
                       rf"early)\s+)?(?:service|shift|session|meeting|call|review|handover|round)\b.*)$", phrase, re.I)
    if one_day:  # "Tuesday call" is "during Tuesday's call"
        return f"during {upper_first(one_day['day'])}'s {one_day['what']}"
    # "mon + tues night shift": two days, two shifts
    phrase = re.sub(rf"^({_WEEKDAY}\s+and\s+{_WEEKDAY}\s+(?:\w+\s+)?shift)$", r"\1s", phrase, flags=re.I)
    if _DATE.match(phrase) and not possessive and re.search(
            r"\b(?:service|shift|session|meeting|call|review|handover|round)s?\b", phrase, re.I):
        # "friday and saturday dinner service"; "sat afternoon public session" takes its "the" (review 79)
        the = "the " if re.match(rf"^{_WEEKDAY}\s+(?!(?:and|&|\+|or)\s)[a-z]", phrase, re.I) else ""
        return f"during {the}{phrase}"
    if _DATE.match(phrase) and not possessive:
        return f"on {phrase}"
    if re.match(r"^(?:nights|days|lates|earlies|night shifts?|day shifts?|late shifts?|early shifts?|nightshifts?)\b",
                phrase, re.I):
        return f"on {phrase}"  # "nights this week" is worked "on nights", never "in nights" (review 54)
    tagged = tag(phrase)
    if first in ("weekly", "monthly", "annual", "yearly", "quarterly", "fortnightly", "daily", "mid-year"):
        return f"in the {phrase}"  # ("monthly review on wednesday": "in the monthly review…", review 85)
    if tagged and tagged[0][1] == "NN" and tagged[0][0].islower() and first not in _BARE_AFTER_IN:
        return f"in the {phrase}"  # "site meeting in Rosebank on thursday": "in the site meeting…" (review 68)
    return f"in {phrase}"


_BARE_AFTER_IN = frozenset({"class", "court", "school", "church", "training", "supervision", "theatre", "surgery",
                            "clinic", "practice", "rehearsal", "person", "public", "private", "front", "passing",
                            "writing", "traffic", "hospital", "college", "uni", "university", "work", "office"})
"""Nouns said after "in" with no article ("in court", "in supervision", "in front of the team")."""


_COMPANY_NAME = lazy_regex(r"\s(?:&|and)\s+(?:Sons|Co\b|Partners|Associates)|\b(?:Ltd|Limited|LLP|LLC|Inc|PLC|GmbH)\b",
                           re.IGNORECASE)
"""A firm's name ("Hartley & Sons", "Brook Ltd"): said whole, never cut to its first word."""


@dataclass(frozen=True)
class Person:
    """A person field taken apart: "Greg, my team lead" is the name Greg and the role "my team lead"."""

    name: str
    role: str
    pronoun: str = ""
    """"he" or "she" when the user's text shows which, so another person's pronouns stay theirs."""

    @property
    def address(self) -> str:
        """How to address them in speech: the first name, or honorific and surname ("Dr. Okafor")."""
        parts = without_postnominals(self.name.split())
        if len(parts) == 2 and parts[0].lower() in NICKNAME_ADJECTIVES:
            return " ".join(parts)  # "Big Mike": the nickname is both words
        if not parts:
            return ""
        if two_people(self.name):  # "Sam and Priya": both are spoken to (review 59)
            return greeting_name(self.name, formal=False)
        if len(parts) > 1 and re.fullmatch(r"[A-Z]\.?", parts[0]):
            return " ".join(parts)  # "J. Whitfield": an initial is no name to call someone by (review 63)
        if any(p.isdigit() for p in parts) or is_compound_given_name(parts):
            return " ".join(parts)  # "Reviewer 2" is one name, not "Reviewer"; so is "Ana Lucía"
        if _COMPANY_NAME.search(self.name):
            return " ".join(parts)  # "Hartley & Sons" is a firm, never "Hartley" (review 54)
        if title_length(parts):  # "chef Lorna" is "Chef Lorna", "Dr. Aoife Ní Fhloinn" is "Dr. Ní Fhloinn"
            return greeting_name(self.name, formal=False)
        if len(parts) <= 2 and greeted_respect(self.name):
            # "Sharma ji", "Verma sir": the respect is part of how to address him (review 85)
            return greeting_name(self.name, formal=False)
        return upper_first(parts[0]) if parts[0].islower() else parts[0]  # "gaz the foreman" is Gaz

    @property
    def names(self) -> list[str]:
        """Every form of the name the user might write in the feedback, longest first."""
        words = self.name.split()
        parts = [p for p in words[title_length(words):] if not is_honorific(p) and names_a_person(p)]
        forms = {self.name, *parts, " ".join(parts)} - {""}
        # "ms hollis talks over the kids", about Ms. Hollis: the title typed without its full stop (review 78)
        forms |= {re.sub(r"^(\w+)\.(?=\s)", r"\1", form) for form in forms}
        # "tomas knows his wine", about Tomás: typed without its accent, still the name (review 72)
        forms |= {_unaccented(form) for form in forms}
        return sorted(forms, key=len, reverse=True)


def _unaccented(text: str) -> str:
    """``text`` without its accents ("Tomás" -> "Tomas")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


_HONOURABLE = lazy_regex(r"^(?:the\s+)?(?:hon\.?|honou?rable)\s+", re.IGNORECASE)
_SPOKEN_TITLE = r"\b(?P<title>Judge|Justice|Senator|Councillor|Councilor|Mayor|Minister|Commissioner)\s+{surname}\b"


def as_spoken_to(person: Person, *texts: str) -> Person:
    """``person`` with the title their text calls them by, where "Hon." is only written.

    "Hon. Margaret Halvorsen", called "Judge Halvorsen" in the feedback, is spoken to as "Judge Halvorsen": nobody
    says "Hon. Halvorsen" (review 68).
    """
    if not _HONOURABLE.match(person.name) or not person.name.split()[1:]:
        return person
    surname = re.escape(person.name.split()[-1])
    called = next((m for t in texts if (m := re.search(_SPOKEN_TITLE.format(surname=surname), t))), None)
    return replace(person, name=f"{called['title']} {person.name.split()[-1]}") if called else person


def with_pronoun(person: Person, *texts: str) -> Person:
    """``person`` with the pronoun the user's text gives them: the first "he" or "she" after their name.

    "Aisha came across as arrogant with Mr. Petrov, she cut him off" makes Aisha "she", so "him" and "his"
    are Mr. Petrov's. Left unknown when the text names no one else, where every pronoun is theirs anyway.
    """
    text = " ".join(texts)
    # one field with both "he" and "she" in it ("kept her voice calm … before he asked for the manager")
    both = next((t for t in texts if re.search(r"\b(?:he|him|his)\b", t, re.I)
                 and re.search(r"\b(?:she|her|hers)\b", t, re.I)
                 and re.match(r"\W*[a-z]+\s+(?:[a-z]+\s+)?(?:her|his)\b", t, re.I)), None)
    # ("he hung up on her": a man and a woman in the text, so the one after the name is theirs, review 76)
    mixed = re.search(r"\b(?:he|him|his)\b", text, re.I) and re.search(r"\b(?:she|her|hers)\b", text, re.I)
    if not re.search(r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+[A-Z]", text) and not _someone_else_named(text, person) and (
            not both) and not mixed:
        return person
    pronoun = pronoun_after_name(person, text)
    if not pronoun and both and person.names:
        # about Mei, the first "her" is hers, and the customer keeps "he" (review 60)
        first = re.search(r"\b(he|him|his|she|her|hers)\b", both, re.I)
        pronoun = "he" if first and first[1].lower() in ("he", "him", "his") else "she"
    return replace(person, pronoun=pronoun) if pronoun else person


def _someone_else_named(text: str, person: Person) -> bool:
    """Whether ``text`` names another person mid-sentence ("yelled at Priya (new server)")."""
    own = {n.lower() for n in person.names}
    for match in re.finditer(r"(?<=[a-z,] )([A-Z][a-z]{2,15})\b", text):
        word = match.group(1)
        if word.lower() not in own and not DATE_PATTERN.fullmatch(word) and lexicon_tag(word.lower()) is None:
            return True  # a word the lexicon does not know in lower case is a name
    return False


def pronoun_after_name(person: Person, text: str) -> str:
    """"he" or "she": the first after the person's name in ``text`` (past a "Mr."), or "" when there is none."""
    names = "|".join(re.escape(n) for n in person.names)
    found = re.search(rf"\b(?:{names})\b[^!?\n]{{0,150}}?\b(he|she)\b", text, re.IGNORECASE) if names else None
    if found:
        return found.group(1).lower()
    # ("Tom keeps turning up without his PPE… hes keen": "his", "him" and "hes" say it too, when no one else is
    # named before them: "Anika… Jun tried to present his data" is Jun's)
    other = re.search(rf"\b(?:{names})\b(?P<between>[^!?\n]{{0,150}}?)\b(his|him|her|hes|shes|he's|she's)\b", text,
                      re.IGNORECASE) if names else None
    if not other or re.search(r"\b(?!I\b)[A-Z][a-z]+", other.group("between")):
        return ""
    return "she" if other.group(2).lower().startswith(("she", "her")) else "he"


_ROLE_START = lazy_regex(r"^(?:my|our|the|a|an|his|her|their)\b", re.IGNORECASE)
_LEARNER_BEFORE_NAME = lazy_regex(
    r"^(?P<role>(?i:student|trainee|apprentice|intern|graduate)(?:\s+(?i:nurse|midwife|solicitor|paramedic|teacher|"
    r"engineer|doctor|electrician|plumber|chef|barrister|accountant|developer|pharmacist|officer|technician|"
    r"carpenter|mechanic|nursing associate))?)\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)$")
"""A learner's role typed before their name ("Student Nurse Amina Yusuf", "Apprentice Tom Reed")."""


def parse_person(text: str | None) -> Person:
    """Split "Name, role" (or "Name (role)", "Name - role", "my manager Greg") into name and role."""
    raw = tidy(text or "")
    if not re.search(r"[^\W\d_]", raw):
        return Person("", "")
    name, role = split_person(raw)  # one reading of "Name, role" for every job
    learner = _LEARNER_BEFORE_NAME.match(name)
    if learner and not role:  # "Student Nurse Amina Yusuf" is Amina, a student nurse (review 61)
        return Person(learner["name"], learner["role"])
    if _ROLE_START.match(name):
        tail = re.search(r"((?:[A-Z][\w'.-]*\s?)+)$", name)
        if tail and not _ROLE_START.match(tail.group(1)):
            return Person(tail.group(1).strip(), tidy(name[: tail.start()]))
        # ("a customer (google review)": the bracket says where, never part of who, review 76)
        aside = bool(role) and re.search(rf"\(\s*{re.escape(role)}", raw, re.IGNORECASE) is not None
        return Person("", name if not role or aside else f"{name}, {role}")
    return Person(name.strip(), role.strip())


def your_role(role: str) -> str:
    """A role as the user would hear it from the coach: "my manager" -> "your manager"."""
    return re.sub(r"^(?:my)\b", "your", role, flags=re.IGNORECASE) if role else ""


@cache
def frames(job: str) -> Mapping[str, Any]:
    """The phrasing frames of a job, from ``prompts/phrasing/<job>.yaml``."""
    path = PROMPTS_DIR / "phrasing" / f"{job}.yaml"
    data = parse_yaml(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path} must hold a mapping of frames")
    return data


def pick(options: list[str] | str, seed: str) -> str:
    """One option, chosen by a stable hash of ``seed``: varied between users, stable for one input."""
    if isinstance(options, str):
        return options
    digest = hashlib.sha256(seed.encode("utf-8")).digest()
    return options[int.from_bytes(digest[:4], "big") % len(options)]


def cite(guidance: Sequence[SearchResult], card_id: str, keywords: Sequence[str] = ()) -> str:
    """A `` [n]`` marker for the retrieved card ``card_id``, else for one mentioning a keyword; "" if none."""
    return compose.cite(guidance, [card_id], keywords)


def with_marker(text: str, marker: str) -> str:
    """``text`` with a citation marker before its final punctuation: "... an agenda [2]."."""
    stripped = text.rstrip()
    if not marker:
        return stripped
    if stripped.endswith((".", "!", "?", ":")) and not stripped.endswith(('?"', '."')):
        return f"{stripped[:-1]}{marker}{stripped[-1]}"
    return f"{stripped}{marker}"


def rationale(points: Sequence[tuple[str, str]], extra: Sequence[str] = ()) -> str:
    """The coach's reasons, kept apart from the draft: "Why this shape: a [1]; b [2]." plus any notes."""
    reasons = "; ".join(f"{point}{marker}" for point, marker in points)
    lines = [f"Why this shape: {reasons}."] if reasons else []
    return " ".join([*lines, *extra])


def quoted_words(words: Sequence[str]) -> str:
    """Words as the user wrote them, quoted: 'the word "lazy"', 'the words "lazy" and "unreliable"'."""
    quoted = [f'"{w}"' for w in words]
    if len(quoted) == 1:
        return f"the {'words' if ' ' in words[0] else 'word'} {quoted[0]}"  # "the words "too slow""
    return f"the words {', '.join(quoted[:-1])} and {quoted[-1]}"


def joined_to_previous(
    items: Sequence[str], belongs: Callable[[str], bool], join: Callable[[str, str], str]
) -> list[str]:
    """The items, each one that ``belongs`` to the item before it joined to that item by ``join(before, item)``.

    A status after its open item ("i did"), a lone quote after its point: never an item of its own.
    """
    kept: list[str] = []
    for item in items:
        if kept and belongs(item):
            kept[-1] = join(kept[-1], item)
        else:
            kept.append(item)
    return kept
