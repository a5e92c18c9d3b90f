"""Writing with the user's words kept whole: shapes of fragments, light normalisation, phrasing frames as data.

The offline composers put what the user typed into slots of a frame ("I'm writing because {why}.").
A fragment is never cut: it is used whole or left out. Its *shape* decides the frame, and the shape
comes from a real part-of-speech tagger (Pattern's Brill tagger, whose lexicon ships inside the
TextBlob wheel) with inflections from lemminflect, both offline. Normalisation is deliberately light:
a capital, end punctuation, common shorthand ("abt", "w/") in messages to another person, and the
person in notes addressed back to the mentor ("Sofia thinks" -> "you think").

Frames live in ``prompts/phrasing/<job>.yaml`` so wording improves without code changes.
"""

from __future__ import annotations

import calendar
import itertools
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from functools import cache, partial
from typing import Any, Literal

from coach.checks import (
    ABBREVIATED_TITLES,
    FAMILY_NAME_FIRST,
    MALAY_TITLES,
    SHORT_DAY_NAMES,
    TITLES,
    held_stops,
    rejoined,
    released_stops,
    title_length,
    without_postnominals,
    word_set,
)
from coach.config import PROMPTS_DIR
from coach.grammar import LENGTH_OF_TIME
from coach.inflect import get_inflection, get_lemma
from coach.lazy_patterns import lazy_regex
from coach.pos import fix_tags, lexicon_tag, only_a_name, pattern_parser
from coach.yaml_text import parse_yaml

PHRASING_DIR = PROMPTS_DIR / "phrasing"
Shape = Literal[
    "first_person", "clause", "because", "question", "verb", "present", "past", "gerund", "infinitive", "noun"
]
Tagged = list[tuple[str, str]]

_MODALS = ("could", "would", "can", "may", "might", "will", "shall", "should", "is", "are", "do", "does", "any")
_FIRST_PERSON = ("i", "i'm", "i've", "i'd", "i'll", "my", "we", "we're", "we've", "we'd", "our", "me")
_SUBJECTS = ("you", "you're", "you've", "your", "he", "she", "they", "it", "there", "this", "that", "people")
_FINITE = ("VBD", "VBZ", "VBP", "MD")
_HEDGES = lazy_regex(
    # "if you can, a 20 min call" is a hedge; in "if you can spare 30 minutes" it is the ask
    r"^(?:maybe|perhaps|possibly|just|hopefully|ideally|kindly|if possible|if you can(?=\s*,|\s+(?:a|an|the|\d)\b)"
    r"|if you have time|if it's ok)\s*(?:,\s*)?(?=\S)",
    re.IGNORECASE,
)


@cache
def tag(text: str) -> tuple[tuple[str, str], ...]:
    """Penn Treebank tags for ``text``: ``(("leads", "VBZ"), ("the", "DT"), ...)``."""
    cleaned = text.replace("’", "'").strip()
    if not cleaned:
        return ()
    parsed = pattern_parser().parse(cleaned, tokenize=True, tags=True, chunks=False, relations=False, lemmata=False)
    return fix_tags((token[0], token[1]) for sentence in parsed.split() for token in sentence)


def first_word(text: str) -> str:
    """The first word of ``text``, lower-cased, with curly apostrophes made straight."""
    match = re.match(r"\s*([A-Za-z][A-Za-z'’-]*)", text)
    return match.group(1).lower().replace("’", "'") if match else ""


def is_verb(word: str) -> bool:
    """Whether ``word`` can be a verb (lemminflect knows a verb lemma for it)."""
    return bool(verb_lemmas(word.lower()))


_QUANTITY_NOUNS = frozenset({"couple", "few", "handful", "bunch", "number", "lot"})


_INVERTED_AUXILIARIES = frozenset({"did", "do", "does", "is", "are", "was", "were", "would", "could", "can", "should",
                                   "have", "has", "had", "will"})
"""After a question word, the auxiliary that makes it a question ("how did you…"), not a clause ("how you did it")."""


_PLACE_THEN_SUBJECT = lazy_regex(r"^(?:in|at|on)\s+(?:my|our|the)\s+(?:[\w-]+\s+){0,2}?(?:unit|team|ward|school|"
                                 r"clinic|hospital|practice|shop|firm|company|office|class|department|lab|restaurant|"
                                 r"kitchen|store|site)\s*,?\s+(?:we|i|they)\s+(?!\w+ing\b)\w+", re.IGNORECASE)
"""Where, then a clause with its own subject: "in my unit we apply…", "at our school we started…"."""


def shape(fragment: str) -> Shape:
    """How a fragment is built, which decides the frame it can go into.

    ``first_person`` "I read your paper"; ``clause`` "we met at PyCon", "your post made me think";
    ``because`` "because you moved..."; ``question`` "could I ask..."; ``verb`` "review my CV";
    ``past`` "watched your demo"; ``gerund`` "moving into design"; ``infinitive`` "to move into
    design"; ``noun`` "your talk on platform teams".
    """
    # "your talk at UXPA -- especially the part about consent forms -- was the first time…": the aside
    # between dashes is no part of how the fragment is built
    text = _DASHED_ASIDE.sub(" ", _HEDGES.sub("", fragment.strip()))
    # "your post about 'string freeze is a lie'": a quoted title is one thing, whatever verbs are inside it
    text = without_quoted_titles(text)
    head = first_word(text)
    if not head:
        return "noun"
    if head in _FIRST_PERSON:
        return "first_person"
    if head in ("because", "since", "as"):
        return "because"
    second_word = first_word(text[len(head):].lstrip(" '’")) if head else ""
    if head in ("would", "could", "can") and second_word not in ("i", "we", "you", "it", "there", "that", "this"):
        return "first_person"  # "would love 15 minutes of your time": the user's own wish, subject left out
    if text.rstrip().endswith("?") or head in _MODALS:
        return "question"
    if head == "to":
        return "infinitive"
    if head in ("never", "always", "don't", "dont", "please"):
        return "verb"  # advice and instructions: "never accept on the call"
    if head in ("how", "what", "why", "where", "when") and second_word in _INVERTED_AUXILIARIES:
        return "question"  # "how did you get your first portfolio piece…": asked, never "open to how did you…"
    if head in ("how", "what", "why", "where", "when", "whether"):
        return "noun"  # "how you grew your firm" names a thing, though it holds a verb
    if head in _QUANTITY_NOUNS and second_word == "of":
        return "noun"  # "couple of quick questions": the tagger reads "couple" as a verb
    capital_verb = _capital_verb(text)
    tags = tag(text[:1].lower() + text[1:] if capital_verb else text)
    first = tags[0][1] if tags else "NN"
    second = tags[1][1] if len(tags) > 1 else ""
    if head in ("you", "you're", "you've", "he", "she", "they", "there") or (first == "PRP" and second in _FINITE):
        return "clause"
    if _PLACE_THEN_SUBJECT.match(text):
        return "clause"  # "in my unit we apply your recommendations…": where, then its own subject (review 65)
    if (is_title(text) and not capital_verb) or (first == "NNP" and not is_verb(head)):
        return "clause" if _has_finite_verb_after_subject(tags) else "noun"  # "Head of Design at Monzo"
    if first == "VBG" and gerund_is_subject(tags):
        return "clause"  # "writing is very slow": the gerund is the subject of its own verb
    if first == "VBG" or (head.endswith("ing") and is_verb(head) and not second.startswith("NN")):
        return "gerund"  # but "engineering manager" is a noun phrase
    # "co-founded the bakery", "co-leads the network": the verb after its prefix decides
    prefixed = re.match(r"(?:co|re|pre|over|under|out|mis)-(?P<verb>[a-z]+)$", head)
    if prefixed and prefixed["verb"].endswith(("ed", "s")) and is_verb(prefixed["verb"]) and (
            second in ("DT", "PRP$", "NNP", "IN")):  # (never "co-founder of…", a role)
        first, head = ("VBD" if prefixed["verb"].endswith("ed") else "VBZ"), prefixed["verb"]
    if first in ("VBD", "VBN") and is_verb(head):
        return "past"
    if first == "RB" and second in ("VBD", "VBN") and head.endswith("ly"):
        return "past"  # "recently retired (June) after 31 years…": "I recently retired…", never "I'm a recently…"
    if first == "IN" and _scene_then_clause(tags):
        return "clause"  # "at the Rotary lunch you mentioned that…": a time or place, then the clause itself
    if first == "VBZ" and is_verb(head):
        return "present"
    plural_noun = first in ("NNS", "NNPS")  # "people in my building say…": a subject, though "people" can be a verb
    # "land first UX research job": a verb and its object, typed without the article
    bare_object = second == "JJ" and tags[1][0].lower() in ("first", "next", "own", "permanent", "full-time")
    if second in ("NN", "NNS") and len(tags) > 2 and tags[2][0].lower() in SUBJECTS_VERBS:
        return "clause"  # "Watch culture is tough": a noun that can be a verb, a noun, then their verb (review 81)
    if first in ("VB", "VBP") or (is_verb(head) and not plural_noun
                                   and (second in ("DT", "PRP$", "PRP", "IN", "TO", "RP", "WRB") or bare_object)):
        return "verb"
    if _has_finite_verb_after_subject(tags):
        return "clause"  # "your post made me think", "Greg said"
    return "noun"


SUBJECTS_VERBS = frozenset({"is", "was", "are", "were", "has", "had", "feels", "felt", "seems", "seemed", "gets",
                            "got", "makes", "made", "keeps", "kept", "can", "could", "will", "would", "isn't",
                            "wasn't"})
"""Verbs that, after two nouns, make the two a subject ("watch culture is tough", "shift pattern makes study hard")."""
_QUOTED_TITLE = lazy_regex(r"""(?<![\w'’])['"“‘][^'"“”‘’\n]{2,80}['"”’](?![\w'’])""")


def without_quoted_titles(text: str) -> str:
    """``text`` with each quoted title one noun, unless the quote is all there is.

    "your post about 'string freeze is a lie'" names a thing; the verb inside the title is not its verb.
    """
    return _QUOTED_TITLE.sub("article", text) if _QUOTED_TITLE.sub("", text).strip() else text


_DASHED_ASIDE = lazy_regex(r"\s+(?:--|—|–)\s+[^-—–]{1,120}?\s+(?:--|—|–)\s+")


def _scene_then_clause(tags: Sequence[tuple[str, str]]) -> bool:
    """A phrase of time or place whose own subject and verb follow ("at the Rotary lunch you mentioned…").

    Not "at the conference where you spoke": after a question word the clause only says which conference.
    """
    for i, ((word, pos), (_, following)) in enumerate(itertools.pairwise(tags[:10])):
        if pos in ("WRB", "WDT", "WP") or word.lower() in ("that", "which", ","):
            return False
        subject = pos == "PRP" and word.lower() in ("you", "i", "we", "he", "she", "they")
        if subject and following in (*_FINITE, "VBN") and i:  # ("you mentioned": the tagger's VBN)
            return True
    return False


def gerund_is_subject(tags: Sequence[tuple[str, str]]) -> bool:
    """"writing is slow", "moving teams was hard": a finite verb after the gerund's own words makes it the subject.

    Not "working on whether it is worth it" or "moving, which is…": a verb after a new subject or a joint is theirs.
    """
    for index, (word, pos) in enumerate(tags[1:7], start=1):
        if pos in (",", ":", "CC", "WDT", "WP", "WRB", "PRP") or word.lower() in _SUBORDINATORS:
            return False
        describes = pos == "VBD" and tags[index - 1][1] in ("DT", "PRP$", "JJ", "IN")  # "into an advanced role"
        if pos in ("VBZ", "VBD", "MD") and not describes:
            return True
    return False


def is_title(text: str) -> bool:
    """Whether the fragment opens with two capitalised words ("Head of Design", "Senior Paralegal")."""
    words = [w for w in text.split()[:4] if w.lower() not in ("of", "and", "at", "for", "the", "in", "&")]
    if words and words[0].lower() in _NO_TITLE_OPENERS:
        return False  # "Your GDC talk on…" is a sentence's start in capitals, not a job title
    return len(words) >= 2 and all(w[:1].isupper() for w in words[:2])


_NO_TITLE_OPENERS = frozenset({"your", "my", "our", "his", "her", "their", "a", "an", "this", "that", "i", "you", "we"})


_SUBORDINATORS = frozenset({"because", "since", "as", "while", "if", "when", "although", "though", "so", "until",
                            "whether", "unless", "whereas"})


def _has_finite_verb_after_subject(tags: Sequence[tuple[str, str]]) -> bool:
    """A noun phrase followed by its own verb ("your post made me think") is a clause, not a noun.

    A relative clause without "that" ("the post you wrote", "the way you turned it round") is part of
    the noun phrase: its verb does not count, a verb after it does ("the post you wrote made me think").
    """
    modified = False
    relative = "none"  # "none", then "open" at its pronoun, "closed" once its verb has passed
    for position, (word, pos) in enumerate(tags[1:], start=1):
        if pos in (",", ":", "CC", "WDT", "WP", "WRB") or word.lower() == "that":
            return False  # a relative or joined part: the verb belongs to it ("your post that changed...")
        if pos in ("IN", "TO") and word.lower() in _SUBORDINATORS:
            return False  # "a call because I have questions": the verb belongs to the reason, not the noun
        if pos in ("IN", "TO"):
            modified = True  # "your article about code review is very helpful": a verb after the modifier counts
            continue
        noun_before = tags[position - 1][1] in ("NN", "NNS") or (
            position > 1 and tags[position - 2][1] in ("DT", "PRP$"))  # "the talk": a noun, however tagged
        if pos == "PRP" and noun_before and relative == "none":
            relative = "open"
            continue
        if relative == "open" and pos in _FINITE:
            relative = "closed"
            continue
        following = tags[position + 1][1] if position + 1 < len(tags) else ""
        verb_with_object = pos == "VBN" and following in ("DT", "PRP", "PRP$", "JJ", "RB")  # "made me think"
        # "…with ionic liquid layer give me many idea": a verb typed without its -s, before "me" (review 67)
        next_word = tags[position + 1][0].lower() if position + 1 < len(tags) else ""
        verb_with_object = verb_with_object or (pos in ("VB", "VBP") and next_word in ("me", "us"))
        if position == 1 and tags[0][1] == "NN" and pos == "NNS" and following in ("NNP", "CD") \
                and verb_lemmas(word.lower()):
            return True  # "funding ends March 2026": a noun and its verb, which the tagger read as a plural
        if relative == "closed" and (pos in ("VBZ", "VBD", "MD") or verb_with_object):
            return True
        # After "your" (PRP$) comes a noun, whatever the tagger says: "your keynote" is not "you keynote".
        after_noun = tags[position - 1][1].startswith("NN") or tags[position - 1][1] == "PRP"
        finite = ("VBZ", "VBD", "MD") if modified else _FINITE  # after a modifier, "culture" (VBP) is a noun
        if relative == "none" and after_noun and (pos in finite or verb_with_object):
            return not word.lower().endswith("ing")
    return False


def base_form(word: str) -> str:
    """The verb's base form ("leads" -> "lead", "led" -> "lead"), or ``word`` unchanged."""
    lemma = verb_lemmas(word.lower())
    return _same_case(word, lemma[0]) if lemma else word


def is_bare_verb(word: str) -> bool:
    """Whether ``word`` can be a verb in its base form ("use", "price"), which the tagger often reads as a noun."""
    lowered = word.lower()
    return is_verb(lowered) and base_form(lowered) == lowered


def past_tense(word: str) -> str:
    """The simple past of a bare verb ("explain" -> "explained"), in its case; the word itself when it has none."""
    forms = inflections(base_form(word.lower()), "VBD")
    return _same_case(word, forms[0]) if forms else word


def participle(word: str) -> str:
    """The verb's past participle ("hold" -> "held"), or ``word`` unchanged."""
    forms = inflections(base_form(word).lower(), "VBN")
    return _same_case(word, forms[0]) if forms else word


def gerund(word: str) -> str:
    """The verb's -ing form ("move" -> "moving"), or ``word`` unchanged."""
    forms = inflections(base_form(word).lower(), "VBG")
    return _same_case(word, forms[0]) if forms else word


def _same_case(original: str, new: str) -> str:
    # "EOW" in capitals is how the shorthand is written, not a capital that starts a sentence
    shouted = len(original) > 1 and original.isupper()
    return new[:1].upper() + new[1:] if original[:1].isupper() and not shouted else new


def without_hedge(fragment: str) -> str:
    """The fragment without a leading "maybe"/"perhaps" (a frame already asks politely)."""
    return _HEDGES.sub("", fragment.strip())


# -- light normalisation ----------------------------------------------------------------------------


def tidy(text: str) -> str:
    """One line: runs of whitespace collapsed, no space before punctuation."""
    return re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r"\s+", " ", text)).strip()


def upper_first(text: str) -> str:
    """``text`` with its first letter capitalised."""
    return text[:1].upper() + text[1:] if text else text


def lower_first(text: str) -> str:
    """``text`` with its first letter lower-cased, unless the first word is a name, "I" or an acronym.

    A capitalised first word is lowered only when the tagger's lexicon knows it as an ordinary word
    ("Your", "Coffee", "Moving"); names it does not know ("Greg", "PyCon") keep their capital.
    """
    match = re.match(r"[A-Za-z][A-Za-z'’-]*", text)
    if not match:
        return text
    word = match.group(0)
    if word.startswith("I'") or word == "I" or (word[1:] and not word[1:].islower()):
        return text
    # British spellings the US lexicon lacks ("Practise", "Organise") are verbs, not names
    british_verb = _BRITISH_VERB.search(word.lower()) is not None and is_verb(word.lower())
    if word[:1].isupper() and word.lower() not in pattern_parser().lexicon and not british_verb:
        return text
    return word[:1].lower() + text[1:]


_BRITISH_VERB = lazy_regex(r"(?:is|ys)e$|ise[sd]$|ising$|practis")


_OWN_SENTENCE_AFTER_COMMA = lazy_regex(r",\s+(?=(?:my|our)\s+(?:[\w'-]+\s+){1,4}?"
                                       r"(?:is|are|was|were|has|have|keeps?)\s)", re.IGNORECASE)


def spliced_apart(text: str) -> str:
    """A sentence with its own subject spliced on after a comma, as a sentence of its own.

    "…, pipework mostly, my knees are getting bad" and "nervous talking in front of groups, my English writing for
    reports is not so good" run two sentences together; "My…" starts the second.
    """
    return _OWN_SENTENCE_AFTER_COMMA.sub(". ", text).replace(". my ", ". My ").replace(". our ", ". Our ")


def sentence(text: str) -> str:
    """``text`` as a sentence: capital first, one end mark (its own ? or ! kept), whitespace tidied."""
    text = tidy(text).rstrip(" ,;:-–—")
    if not text:
        return ""
    if text[-1] not in ".!?":
        text += "."
    return upper_first(text)


_TYPED_LOWER = ("dr.", "mr.", "mrs.", "ms.", "prof.", "recomm.", "esp.", "approx.", "assoc.", "excl.", "incl.", "vs.")
"""Titles notes type in lower case ("he'll email prof. Keller in Mannheim"), and shorthand cut with a stop ("she
recomm. anchor sleep", review 63; "fill the assoc. application", review 99): no sentence ends there either."""
ABBREVIATIONS = "".join(rf"(?<!\b{re.escape(title)})" for title in (*ABBREVIATED_TITLES, *_TYPED_LOWER)) + (
    r"(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\b[A-Z]\.)")
"""Look-behinds for the abbreviations that end in a full stop but not a sentence ("Mrs. Patel", "T. said")."""
SENTENCE_BREAK = lazy_regex(rf"{ABBREVIATIONS}(?<=[.!?])\s+")
"""Where one sentence ends and the next begins; "Dr. Okafor" is not a break."""


def pieces_of(text: str) -> list[str]:
    """The user's text split into sentences, each as typed (case unchanged, end mark kept), "i" made "I"."""
    text = re.sub(r"(?<![\w'])i(?=$|[\s,.;:!?']|'m|'ve|'d|'ll)", "I", tidy(text))
    # "6.3. 14:00" is one; so is "what to do first (courses? PGCert?)", whose marks are inside brackets
    pieces = [released_stops(p) for p in rejoined(SENTENCE_BREAK.split(held_stops(text)))]
    return [p for p in pieces if p.strip(" .")]


def sentences_of(text: str) -> list[str]:
    """The user's text as whole sentences, each starting with a capital ("great talk. very helpful")."""
    return [sentence(p) for p in pieces_of(text)]


def clause(text: str) -> str:
    """A fragment ready for the middle of a sentence: whitespace tidied, no end mark, first letter lowered.

    A title ("Head of Design at Monzo") keeps its capitals.
    """
    text = tidy(text).rstrip(" .!;:,")
    return text if is_title(text) and not _capital_verb(text) else lower_first(text)


def _capital_verb(text: str) -> bool:
    """"Become IBCLC lactation consultant": a verb typed with a capital is still a verb, not a title or a name."""
    head = first_word(text)
    return text[:1].isupper() and is_bare_verb(head) and lexicon_tag(head) in ("VB", "VBP")


@cache
def _shorthand() -> tuple[tuple[re.Pattern[str], str], ...]:
    data = phrasing("shorthand")
    table = dict(sorted({**data["expand"], **data["gonna"], **data["proper"]}.items(), key=lambda item: -len(item[0])))
    return tuple(  # not inside an address: "github.com/dave" stays as typed
        # ("S&U Bank", "R&D": a letter beside "&" is part of a name, never "you")
        (re.compile(rf"(?<![\w/.@&]){re.escape(k)}(?![\w/@&]|\.[a-z])", re.IGNORECASE), v) for k, v in table.items()
    ) + tuple((re.compile(rf"(?<![\w/]){_not_a_possession(k)}{re.escape(k)}(?![\w/=≈~<>&])"), v)
              # ("n≈9000" is a count, not "and")
              for k, v in data["lower_case_only"].items())  # in file order ("jr." before "jr"); "q&a" stays


def _not_a_possession(shorthand: str) -> str:
    """Where "n" is no "and": after a possessive it names a thing ("the Manning's n", review 86)."""
    return r"(?<!['’]s )" if shorthand == "n" else ""


_SUGGESTED_BARE = lazy_regex(r"\b(?P<said>(?:suggest|recommend)(?:ed|s)?)\s+"
                             r"(?P<verb>[a-z]+)(?=\s+(?:the|a|an|my|your|his|her|our|their|some|more|[A-Z]))")
"""A suggestion typed with a bare verb ("you recommended join the ITI"): said as a doing, "recommended joining"."""


_SUGGESTED_AND_BARE = lazy_regex(r"\b(?P<said>(?:suggest|recommend)(?:ed|s)?\s+[a-z]+ing\b[^,.;:]*?\s+and)\s+"
                                 r"(?P<verb>[a-z]+)(?=\s)")


def _suggested_doing(match: re.Match[str]) -> str:
    verb = match["verb"]
    if not is_bare_verb(verb) or lexicon_tag(verb) not in ("VB", "VBP"):
        return match[0]  # "suggested books by…": a thing they suggested
    return f"{match['said']} {gerund(verb)}"


_ITS_THEN_ADJECTIVE = lazy_regex(r"\b([Ii])ts\s+(?P<word>[a-z]+)(?=\s*(?:$|[.,;!?]))")


def _it_is(match: re.Match[str]) -> str:
    word = match["word"]
    return f"{match[1]}t's {word}" if lexicon_tag(word) == "JJ" and word not in ("own", "best", "full") else match[0]


_SINCE_A_SPAN = lazy_regex(rf"\b(?:(?P<am>I(?:['’]m|\s+am))|I\s+(?P<verb>[a-z]+)|"
                           rf"(?P<who>[A-Z][a-z]+|[Hh]e|[Ss]he)\s+is)\s+(?P<rest>[^.,;:!?]*?)\s+since\s+{LENGTH_OF_TIME}")
"""A length of time after "since", as a second language says it ("I am working nights since 3 years", "Luca is my
right hand since 5 years"): said with "have been … for"."""


def length_of_time(number: str, unit: str) -> str:
    """"6" and "year" as "6 years", "one" and "year" as "one year": a count of units, said as a count."""
    return f"{number} {unit}" + ("" if number.lower() in ("1", "a", "an", "one") else "s")


def _for_a_span(match: re.Match[str]) -> str:
    """"I am pastry chef since 9 years" -> "I've been a pastry chef for 9 years"; else the words as typed."""
    rest, span = match["rest"], f"for {length_of_time(match['n'], match['unit'])}"
    if match["who"]:  # "Luca is my right hand since 5 years"
        return f"{match['who']} has been {rest} {span}"
    if match["verb"] and match["verb"].lower() == "have":
        # "I have follow your blog since one year": a perfect typed with the bare verb, "I've followed…";
        # "I have a stall since 5 years": "I've had a stall…", never "I've been having…" (review 59)
        head, _, after = rest.partition(" ")
        done = inflections(base_form(head.lower()), "VBN") if is_verb(head.lower()) else ()
        return f"I've {done[0]} {after} {span}" if done else f"I've had {rest} {span}"
    if match["verb"]:  # "I learn Python in evenings since one year"
        if not is_bare_verb(match["verb"]) or lexicon_tag(match["verb"]) not in ("VB", "VBP"):
            return match[0]
        return f"I've been {gerund(match['verb'])} {rest} {span}"
    first = rest.split(" ", 1)[0].lower()
    needs_article = not first.endswith("ing") and first not in ("a", "an", "the", "my", "in", "at", "on", "here",
                                                                  "there", "with", "retired", "married", "based")
    article = ("an " if first[:1] in "aeiou" else "a ") if needs_article and lexicon_tag(first) in ("NN", "JJ") else ""
    return f"I've been {article}{rest} {span}"


@cache
def _slips() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Slips of grammar with one reading ("we has used" -> "we have used"), from ``slips`` in shorthand.yaml."""
    return tuple((re.compile(pattern, re.IGNORECASE), fixed) for pattern, fixed in phrasing("shorthand")["slips"])


EMOJI = "[ \t]*[\U0001F300-\U0001FAFF\U0001F1E6-\U0001F1FF\u2600-\u27BF\uFE0F\u200D]+"
"""Emoji ("😱", "🙌", "☕🎭", "🙏🏾"): feeling in the notes, left out of a message written for someone."""


@cache
def _units_and_laughter() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str]]:
    data = phrasing("shorthand")
    units = "|".join(sorted(data["units"], key=len, reverse=True))
    laughter = "|".join(str(data["drop"]).split())
    # ("1hr/day": a rate's slash may follow the unit, spelled out next by the rate)
    return (re.compile(rf"(?<![\w.])(?P<number>\d+(?:[.,]\d+)?)(?P<unit>{units})(?=/[a-z]|(?![\w/]))", re.IGNORECASE),
            data["units"], re.compile(rf"(?:\s+|(?<=\())(?:{laughter})(?![\w'])[!]*|"
                                      rf"\s*(?<![\w:])[:;]-?[)(DP](?![\w)])|{EMOJI}",
                                      re.IGNORECASE))  # "tidy :)": a smiley, as laughter is; emoji too


_EMOJI_BETWEEN = lazy_regex(rf"(?P<before>[A-Za-z0-9]){EMOJI}\s+(?P<next>i|we|my|it|so|but|he|she|they)(?=['’\s])")
_PRAISED_BY_EMOJI = lazy_regex(rf"\b(?P<verb>was|is|were|are|looked|looks|sounded|sounds)(?P<emoji>{EMOJI})"
                               r"(?=\s*(?:[.,;!?)]|$|\n))", re.IGNORECASE)


def _praise_in_words(match: re.Match[str]) -> str:
    words = phrasing("shorthand")["emoji_praise"]
    emoji = match["emoji"].strip().replace("\ufe0f", "")
    word = next((w for e, w in words.items() if e.replace("\ufe0f", "") and e.replace("\ufe0f", "") in emoji), None)
    return f"{match['verb']} {word}" if word else match.group(0)


@cache
def _per_unit() -> re.Pattern[str]:
    """A rate's slash and unit after a count or an amount ("2 days/wk", "$40/hr"), not a date or a pair of words."""
    units = "|".join(sorted(phrasing("shorthand")["per"], key=len, reverse=True))
    return re.compile(rf"(?:(?<=\d)|(?<=[a-z]{{2}}))/(?P<unit>{units})\b(?=\s|[.,;:!?)]|$)", re.IGNORECASE)


def _rate_in_words(match: re.Match[str]) -> str:
    """"/wk" as " a week" after a count ("2 days/wk", "£340/mo"); kept after a bare noun ("picks/hr", "w/ year")."""
    before = match.string[max(0, match.start() - 30): match.start()]
    counted = re.search(r"\d[\d.,%]*\s*(?:[\w-]+\s+){0,2}[\w-]*$", before)
    return f" {phrasing('shorthand')['per'][match.group('unit').lower()]}" if counted else match.group(0)


_FIRST_OF_A_STEP = lazy_regex(r"(?:(?<=^)|(?<=[,;:]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bthen\s)|(?<=\bso\s))1st\b"
                              r"(?=\s+(?!(?:of|year|yr|round|time|day|week|class|draft|job|place|prize)\b)[a-z]+\b)",
                              re.IGNORECASE)
""""1st" where a step starts ("1st get solid…"), never an ordinal before its noun ("1st year", "1st round")."""
_TIMES = lazy_regex(r"(?<![\w.])(?P<count>\d+)x(?=\s*(?:$|[,.;:!?)]|\s(?:a|an|per|this|last|now|already|longer|more|"
                    r"faster|slower|in|on|at|before|so|since|today|that|each|every|over|and|but)\b))", re.IGNORECASE)
"""A count of times typed as "3x" ("ran the team huddle 3x", "2x a week"), not "10x engineer" or "4x4"."""
_TIMES_PER = lazy_regex(r"(?<![\w.])(?P<count>\d+)\s?x\s?(?:/\s?|\s(?:a\s|per\s)?)"
                        r"(?P<unit>day|week|wk|month|mo|year|yr)\b", re.IGNORECASE)
"""How often, typed as a rate: "1x/month", "2x/wk", "2x week"."""
_RATE_UNITS = {"wk": "week", "mo": "month", "yr": "year"}


def _times_per(match: re.Match[str]) -> str:
    """"1x/month" -> "once a month", "2x/wk" -> "twice a week", "3x/day" -> "3 times a day"."""
    count = {"1": "once", "2": "twice"}.get(match["count"], f"{match['count']} times")
    unit = match["unit"].lower()
    return f"{count} a {_RATE_UNITS.get(unit, unit)}"


_SPACED_MONTHS = lazy_regex(r"(?<![\w.])(?P<number>\d+)\s+mos?\b(?![.'’]\w)", re.IGNORECASE)
"""Months typed as "mo" after a count and a space ("first 6 mo"): never a word there, unlike "wk" on its own."""


_LAUGHTER_BETWEEN = lazy_regex(r"(?P<before>[A-Za-z0-9])\s+(?:lol|lmao|haha|hehe)\b[!]*\s+"
                               r"(?P<next>i|we|my|it|so|but|and)(?=['’\s])", re.IGNORECASE)
"""Laughter typed where a sentence ended, before "i…", "my…", "so…": a full stop there."""


def _units_spelled_out(text: str) -> str:
    """Units typed against a number spelled out ("in 2wks" -> "in 2 weeks"); a trailing "lol" left out."""
    units, names, laughter = _units_and_laughter()
    text = units.sub(lambda m: f"{m.group('number')} {names[m.group('unit').lower()]}", text)
    text = _TIMES_PER.sub(_times_per, text)  # "replies 1x/month"
    text = _TIMES.sub(lambda m: f"{m['count']} times", text)  # "ran the team huddle 3x"
    text = _FIRST_OF_A_STEP.sub("first", text)  # "…, 1st get solid with general practice": first, then…
    # "ask bu Sari again re report", "re: the contract" (never "re do it", typed for "redo")
    text = re.sub(r"(?<=[a-z] )re:?(?= (?!(?:do|write|check|run|send|submit|apply|book|start|think|try|visit|test|"
                  r"read|record|take|use|make|sit|set|plan|work)\b)[A-Za-z])", "about", text)
    text = _SPACED_MONTHS.sub(lambda m: m.group("number") + (" month" if m.group("number") == "1" else " months"), text)
    # "…custom pieces lol i been undercharging…": laughter between two clauses ended the first one
    text = _LAUGHTER_BETWEEN.sub(lambda m: f"{m['before']}. {m['next'][:1].upper()}{m['next'][1:]}", text)
    text = _PRAISED_BY_EMOJI.sub(_praise_in_words, text)  # "…was 🔥": the emoji is what was said of it
    # "the client noticed 😬 i want to be encouraging": an emoji where a sentence ended ends it
    text = _EMOJI_BETWEEN.sub(lambda m: f"{m['before']}. {m['next'][:1].upper()}{m['next'][1:]}", text)
    text = re.sub(r"\(\s*,?\s*", "(", laughter.sub("", text)).lstrip()  # "(ugh, 60% done)" -> "(60% done)"
    return re.sub(r"\s*\(\s*\)", "", text)  # "…sometimes (ouch)": nothing left in the brackets


def shorthand_words() -> frozenset[str]:
    """Every shorthand word a message sent to someone should not keep (the reads-well check's list)."""
    data = phrasing("shorthand")
    keys = {*data["expand"], *data["gonna"], *data["lower_case_only"]} | set(str(data["flag_only"]).split())
    return frozenset(k.lower() for k in keys if re.fullmatch(r"[a-z][a-z0-9]*/?", k.lower()))


def lower_case_shorthand() -> frozenset[str]:
    """Shorthand that is shorthand only in lower case ("tho"; "Can Tho" is a city, "HR" a department)."""
    return frozenset(str(k).lower() for k in phrasing("shorthand")["lower_case_only"])


def shorthand_units() -> tuple[str, ...]:
    """The units typed against a number ("2wks") that shorthand_words' check also flags."""
    return tuple(phrasing("shorthand")["units"])


@cache
def _before_listed_words(shorthand: str, listed: str, any_case: bool = True) -> re.Pattern[str]:
    """``shorthand`` as a token when one of the words under ``listed`` in shorthand.yaml follows it."""
    words = "|".join(re.escape(w) for w in str(phrasing("shorthand")[listed]).split())
    return re.compile(rf"(?<![\w/'&]){shorthand}(?=\s+(?:{words})\b)", re.IGNORECASE if any_case else 0)


_LOWER_TITLE = lazy_regex(r"(?<![\w/])(?P<title>mr|mrs|ms|mx)(?P<dot>\.?)\s+(?P<name>[a-z][\w'-]*)")
"""An honorific and a name typed in lower case ("mrs h got upset"); not "dr", which is also "the dr said"."""


def _titled(match: re.Match[str]) -> str:
    return f"{match.group('title').capitalize()}{match.group('dot')} {match.group('name').capitalize()}"


_AMPERSAND = lazy_regex(r"(?P<left>[^\s&]*) & (?P<right>[^\s&]*)")
"""A standalone "&" and the words beside it."""


def _ampersand(match: re.Match[str]) -> str:
    # Between two capitalised words it is part of a name ("Hart & Co", "M & S"): kept. "R&D" never matches.
    left, right = match.group("left"), match.group("right")
    # ("'Load & Return'": a quoted title's first word starts after its quote mark, review 68)
    joined = " & " if left.lstrip("'\"‘“")[:1].isupper() and right[:1].isupper() else " and "
    return f"{left}{joined}{right}"


@cache
def _month_and_day_names() -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = phrasing("shorthand")
    always = "|".join(str(table["capitalise"]).split())
    as_dates = "|".join(str(table["capitalise_as_dates"]).split())
    before = "|".join(str(table["date_words"]).split())
    plain = re.compile(rf"(?<![\w/'-])(?P<word>{always})(?P<before_number>)(?![\w/-])(?!'(?!s\b))")  # "tuesday's"
    dated = re.compile(rf"(?:(?i:\b(?:{before}) )|(?i:\bmid-)|\d(?:st|nd|rd|th)? )(?P<word>{as_dates})(?![\w/'-])"
                       r"(?!\s+(?:at|in|down|with|beside|there)\b)"  # "…and sat at the back": the verb
                       # ("…and may not survive the winter": the modal, review 90)
                       r"(?!\s+(?:not|be|have|also|well|never|still|even|just|need|want|take|get|lose|cause|help|"
                       r"survive|happen|change|come|go|feel|seem|look|end|fail|die|become|affect|mean|make|give)\b)|"
                       # ("sit in on the march mtg": a month before its event, review 68)
                       rf"(?<![\w/'-])(?P<before_number>{as_dates})(?= \d| (?:meeting|mtg|deadline|intake|exams?|"
                       r"cohort|payroll|conference|sitting)\b)")
    return plain, dated


def capitalise_dates(text: str) -> str:
    """Month and day names with their capital ("end of april" -> "end of April", "by fri" -> "by Fri")."""
    for pattern in _month_and_day_names():
        text = pattern.sub(_capitalised_name, text)
    return text


def _capitalised_name(match: re.Match[str]) -> str:
    group = "word" if match.group("word") else "before_number"
    start, end = match.start(group) - match.start(), match.end(group) - match.start()
    whole = match.group(0)
    return whole[:start] + whole[start:end].capitalize() + whole[end:]


def hr_as_hr(text: str) -> str:
    """"ask hr if…", "email hr about…": the department, not "hour"."""
    # ("ask Hr. Weber": the German title, Herr, before a name, never the department, review 99)
    return re.sub(r"\b(ask|email|e-mail|call|tell|contact|ring|with|to|from|in)\s+hr\b(?!\.?\s+(?-i:[A-Z]))",
                  r"\1 HR", text, flags=re.IGNORECASE)


def ill_as_i_will(text: str) -> str:
    """"ill call the grant ppl" -> "I'll call the grant ppl"; "feeling ill" stays."""
    return _before_listed_words("ill", "ill_i_will_before", any_case=False).sub("I'll", text)


def reported_contractions(text: str) -> str:
    """"she said shed look at my rate sheet": after a reporting verb, "she'd", never a garden shed."""
    return re.sub(r"\b(said|says|thinks|thought|promised)\s+(sh|h)ed\b", r"\1 \2e'd", text, flags=re.IGNORECASE)


def plus_as_word(match: re.Match[str]) -> str:
    """"corn/soy + 30 head" is "… and 30 head"; "2 + 2" stays a sum; "materials + 20%" is a mark-up, "plus 20%"."""
    text, start, end = match.string, match.start(), match.end()
    if text[start - 1].isdigit() and text[end].isdigit():
        return match.group(0)
    return " plus " if re.match(r"[£$€]?\d+(?:\.\d+)?\s*(?:%|percent\b)", text[end:]) else " and "


_INSIDE_QUOTES_BEFORE = lazy_regex(r"(?<!\w)(['\"])[^'\"\n]{0,80}$")
_QUOTE_CLOSES = lazy_regex(r"[^'\"\n]{0,80}['\"](?!\w)")


def _arrow_as_word(match: re.Match[str]) -> str:
    """"medic -> MD" is "medic to MD"; "send before meeting -> did it", "-> pending" give a status: a colon."""
    if _INSIDE_QUOTES_BEFORE.search(match.string[: match.start()]) and _QUOTE_CLOSES.match(match.string[match.end():]):
        return " → "  # "headline change to 'lab scientist -> data analyst'": the user's quoted text, as typed
    following = tag(" ".join(match.string[match.end():].split(" ", 2)[:2]))
    # only a thing after it is where it leads: "-> I wrote 2", "-> don't know status", "-> pending" are a status,
    # and so is a name with its verb ("-> Dewi said yes")
    word, pos = following[0] if following else ("", "")
    said = len(following) > 1 and following[1][1] in ("VBD", "VBZ", "VBP", "VBN", "MD")
    thing = pos in ("NN", "NNS", "NNP", "NNPS", "JJ") and word.lower() not in _STATUS_WORDS and not said and (
        word.lower() not in RANKING_WORDS)  # "liability insurance -> FIRST thing before anything": how it ranks
    rest = re.split(r"[.!?\n]", match.string[match.end():], maxsplit=1)[0]
    if re.search(r"\w:\s", rest):
        return " - "  # "coded about half in NVivo -> themes: precarity, …": a list of its own, no second colon
    before = re.split(r"[.!?;,\n]\s|^\s*[-*•]\s*", match.string[: match.start()])[-1].split()
    condition = CONDITION_WITH_ITS_SUBJECT.match(" ".join(before))
    if condition and pos in ("VB", "VBP") and is_bare_verb(word):
        # "if we wait for the audit -> lose more time": what follows, with the condition's subject ("…, we lose…";
        # never "If we wait for the audit: lose more time.", session 80)
        return f", {condition['who']} "
    if pos == "VB" and is_bare_verb(word) and word.lower() not in _STATUS_WORDS and len(before) >= 3 and (
            not _arrow_after_a_clause(match)):  # ("Me -> read the review": an owner's label, see _INITIAL_LABEL)
        return ", then "  # "finish chapter 3 by december -> defend 2026": the next step, never "…: defend 2026"
    return " to " if thing and not _arrow_after_a_clause(match) else ": "


CONDITION_WITH_ITS_SUBJECT = lazy_regex(r"^(?:if|when|unless|once)\s+(?P<who>we|I|you|they)\s+\w", re.IGNORECASE)
"""A condition whose subject takes a verb as it stands ("if we wait…"; "he" would need "loses")."""


def _arrow_after_a_clause(match: re.Match[str]) -> bool:
    """"shadowed dispatch 2 shifts -> radio stuff ok": after something done, the arrow gives how it went.

    ("moving from circulation -> digital services" goes from one thing to another: "to".)
    """
    before = re.split(r"[.!?;,\n]\s", match.string[: match.start()])[-1]
    if re.search(r"\bfrom\b", before, re.IGNORECASE):
        return False
    # the words just before it ("…talk at the conf about going medic"); a first word in "-ed" is something done,
    # whatever the tagger calls it
    tagged = tag(" ".join(before.split()[-4:]))
    return any(t in ("VBD", "VBZ", "VBP", "MD") or (i == 0 and t == "VBN") for i, (_, t) in enumerate(tagged))


RANKING_WORDS = frozenset({"first", "top", "priority", "key", "main", "essential", "crucial", "critical", "vital",
                            "important", "biggest", "number", "#1", "non-negotiable", "mandatory", "optional"})
_STATUS_WORDS = frozenset({"pending", "done", "did", "sent", "booked", "waiting", "no", "yes", "not", "still", "ok",
                           "tbc", "tbd"})


_TAKES_A_THING = lazy_regex(r"\b(?:saw|seen|see|love|loved|like|liked|read|follow|followed|admire|admired|watched|"
                            r"watch|heard|enjoyed|enjoy|studied|found|bought)\s+$", re.IGNORECASE)
"""A verb just before "ur" that takes a thing: "saw ur lettering" is "your lettering", never "you're"."""


_SELF_CORRECTED = lazy_regex(r"(?:(?<=^)|(?<=[.;:\n]\s)|(?<=\n))(?P<bullet>[ \t]*(?:[-*•][ \t]+)?)[^.;:\n]*?\s*"
                             r"(?:(?:--|—|–|,|\.\.\.|…)\s*(?:no wait|wait no|scratch that|actually no|no actually)\b"
                             # ("- get SIBO... no, the DGCA-style license here = …", review 87)
                             r"|(?:\.\.\.|…)\s*no\b(?=[,:]))[,:]?\s*",
                             re.IGNORECASE)
"""What the user typed and took back ("head waiter-- no wait, floor manager"): only the correction stays."""


_THING_CORRECTED = lazy_regex(r"\b(?:the|my|a|an)\s+[^.…,;:\n]{1,40}?\s*(?:\.\.\.|…|--|—)\s*"
                              r"(?:actually|sorry|i mean),?\s+it(?:'s|’s| is)\s+(?=(?:the|my|a|an)\s)", re.IGNORECASE)
"""A thing named and corrected ("the HCPC portfolio... actually it's the IBMS specialist portfolio"): the right one."""


def without_taken_back(text: str) -> str:
    """``text`` without what the user typed and took back (see :data:`_SELF_CORRECTED`), a bullet kept."""
    return _THING_CORRECTED.sub("", _SELF_CORRECTED.sub(lambda found: found["bullet"] or "", text))
_DAY_RANGE = lazy_regex(rf"\b(?P<first>{'|'.join(SHORT_DAY_NAMES)})\s?[-–]\s?(?P<last>{'|'.join(SHORT_DAY_NAMES)})\b",
                        re.IGNORECASE)
"""Days typed as a range, short ("fri-sun", "Mon–Wed"): "Friday to Sunday"."""


_INTRO_NO_ONE = lazy_regex(r"(?P<modal>\b(?:will|would|might|may|can|could|to)|['’]ll)\s+intro\b(?=[\s.!]*$)",
                           re.IGNORECASE | re.MULTILINE)
"""An introduction with no one named ("she'll intro", "…, might intro"): of the writer, "introduce me"."""


_COUNTED_BEFORE = lazy_regex(r"\b(?:[2-9]|\d{2,}|two|three|four|five|six|several|many|few|some|both|all)\s+"
                             r"(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
"""A count of more than one just before the words a shorthand ends ("2 trucking co")."""


def expand_shorthand(text: str) -> str:
    """Common note-taking shorthand spelled out for the reader: "abt" -> "about", "w/" -> "with".

    Month and day names typed in lower case get their capital here too.
    """
    text = without_taken_back(text)  # "become head waiter-- no wait, become floor manager": what they meant
    # ("fill the assoc. application", "join the assoc. - she can be my sponsor": a word cut with a stop, mid-sentence)
    text = re.sub(r"\b(assoc|dept|govt|univ|mgmt|approx|esp|recomm)\.(?=\s+(?:[a-z]|[-–—]\s))", r"\1", text)
    text = re.sub(r"\b(excl|incl)\.(?=\s+\S)", r"\1", text)  # "incl. SLACs", "excl. 2020 data": what follows is theirs
    # "cut to problem->process->outcome": a chain of steps, kept as one (review 58: "…to problem: process: outcome")
    text = re.sub(r"\b(\w+)\s?(?:->|→)\s?(\w+)\s?(?:->|→)\s?(\w+)\b", "\\1\u2192\\2\u2192\\3", text)
    # "when ur starting"; never after a verb that takes it as a thing ("saw ur lettering", "love ur writing", r110)
    text = re.sub(r"\bur\b(?=\s+[a-z]+ing\b)", lambda m: m[0] if _TAKES_A_THING.search(m.string[: m.start()])
                  else "you're", text)
    # "the meetings r not really helping": "are" after a plural, before what it is (review 73)
    text = re.sub(r"\b(we|they|you|these|those|[a-z]+s)\s+r\b(?=\s+(?:not|really|so|too|very|still|[a-z]+ing)\b)",
                  r"\1 are", text)
    # "i said id find out", "ill pay for the course": the apostrophe left out before a verb (never "ill health")
    text = re.sub(r"\b([Ii]\s+(?:said|think|thought|guess|hope|knew|promised)\s+)id\b(?=\s+[a-z])", r"\1I'd", text)
    text = re.sub(r"(?:(?<=^)|(?<=[.,;:!?-]\s)|(?<=\band\s)|(?<=\bso\s))ill\s+(?=(?:pay|send|do|be|check|ask|try|get|"
                  r"call|email|bring|write|let|need|have|see|look|make|take|give|come|go|probably|just|also)\b)",
                  "I'll ", text)
    # "said ur good at people stuff", "Your good with clients": "you're", a praise the shorthand would turn to "your"
    text = re.sub(r"\b(?:ur|([Yy])our)\s+(?=(?:really\s+|so\s+)?(?:good|great|amazing|brilliant|excellent|the best)\s+"
                  r"(?:at|with)\b)", lambda m: f"{m.group(1) or 'y'}ou're ", text)
    text = _DAY_RANGE.sub(lambda m: f"{SHORT_DAY_NAMES[m['first'].lower()]} to {SHORT_DAY_NAMES[m['last'].lower()]}",
                          text)  # "double shifts fri-sun"
    text = re.sub(r"~\s?(?=[\d$€£])", "about ", text)  # "I have ~8", "wasted ~€300" (review 102)
    # "day rate min £350", "max 2 pages": a floor or a cap on an amount, in words (review 109)
    text = re.sub(r"\b(?:min|minimum)\.?\s+(?=[$€£]?\d)", "at least ", text)
    text = re.sub(r"\b(?:max|maximum)\.?\s+(?=[$€£]?\d)", "at most ", text)
    text = re.sub(r"(?<=%)\s+rev\b(?![.'’-])", " revenue", text)  # "40% rev" ("Rev. Ade" stays a title)
    text = re.sub(r"\b(\d{1,2})\s?yo\b", r"\1-year-old", text)  # "the 19yo winger" (review 98)
    # "spoke to the head on mon", "reports due by Fri": after a word that ties a day, the day spelled out
    # ("…on the haas on a sat": one of them, "on a Saturday", review 72)
    # ("b4 the sat market": "the Saturday market"; never "the sun")
    # (never a place whose name starts like a day: "on the Thu Duc warehouse roof", review 88)
    text = re.sub(r"\b((?:on|by|till|until|from|before|b4|after|next|this|last|every)\s+(?:a\s+|the\s+(?!sun\b))?)"
                  r"(mon|tues?|wed|thu|thurs?|fri|sat|sun)\b(?![.'’-]?\w)"
                  r"(?!\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))(?-i:[A-Z])[a-z]+)",
                  lambda m: f"{m[1]}{SHORT_DAY_NAMES[m[2].lower()]}", text, flags=re.IGNORECASE)
    # ("open houses on Sunday are better than sat": a day compared with the day just named, review 83)
    text = re.sub(r"\b(?P<named>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b[^.;\n]{1,40}?\b"
                  r"(?:than|or|and|vs\.?|not)\s+(?:on\s+)?)(?P<day>mon|tues?|wed|thu|thurs?|fri|sat|sun)\b(?![.'’-]?\w)",
                  lambda m: f"{m['named']}{SHORT_DAY_NAMES[m['day'].lower()]}", text, flags=re.IGNORECASE)
    # ("shadowed NICU RT for one shift (sat)": a day alone in brackets is the day, review 102)
    text = re.sub(r"\((mon|tues?|wed|thu|thurs?|fri|sat|sun)\)", lambda m: f"({SHORT_DAY_NAMES[m[1].lower()]})", text,
                  flags=re.IGNORECASE)
    # "a pitch we can use sat mornings": a day before a part of it is the day, never "sat" as in sitting
    text = re.sub(r"\b(mon|tues?|wed|thu|thurs?|fri|sat|sun)\s+(?=(?:morning|afternoon|evening|night)s?\b)",
                  lambda m: f"{SHORT_DAY_NAMES[m[1].lower()]} ", text, flags=re.IGNORECASE)
    # "a courier co" is a company ("co-op", "Co.", "my co founder" stay); "2 trucking co" are companies (review 107)
    text = re.sub(r"(?<=[a-z] )co\b(?![-'’.\w])(?!\s+(?:found|work|host|author|pilot|own|chair|lead|op|parent|teach|"
                  r"sign|star|write|organi[sz])\w*)",
                  lambda m: "companies" if _COUNTED_BEFORE.search(m.string[: m.start()]) else "company", text)
    text = re.sub(r"\b(in|over|within|for)\s+next\s+(?=(?:\d+(?:-\d+)?|few|couple|two|three|six)\s)",
                  r"\1 the next ", text, flags=re.IGNORECASE)  # "in next 2 yrs": a span needs its "the"
    text = re.sub(r"\b(after|before|over|until|till|by|around)\s+new\s+year\b(?!['’]s)", r"\1 the new year", text,
                  flags=re.IGNORECASE)  # "meet again after new year": the new year, one of them
    text = re.sub(r"(?<=\w )v\.(?= \w)", "vs.", text)  # "robot v. new parlour": versus ("v good" is "very")
    # "the prereqs + money side", "medic -> MD", "actual $$": symbols as words, never between numbers ("2 + 2")
    text = re.sub(r"(?<=[\w)]) \+ (?=[\w(])", plus_as_word, text)
    # "bootcamp cert worth mentioning? -> yes but at bottom": the answer, a sentence after its question
    text = re.sub(r"\?\s*(?:->|→|=>)\s*([a-z])", lambda m: f"? {m.group(1).upper()}", text)
    text = re.sub(r"(?<=[A-Za-z)]) (?:->|→) (?=[A-Za-z(])", _arrow_as_word, text)
    text = re.sub(r"(?<=[A-Za-z]) > (?=[A-Za-z])", " over ", text)  # "quality > quantity", "portfolio > cert??"
    text = re.sub(r"(?<=[A-Za-z]) < (?=\d)", " under ", text)  # "small PRs < 200 lines"
    text = re.sub(r"\b(too|so|very|bit|pretty) \$\$(?![\w$])", r"\1 expensive", text)  # "too $$ for me"
    text = re.sub(r"\b(worried|worry|stressed|anxious|nervous|scared|concerned)\s+\$\$(?![\w$])", r"\1 about money",
                  text, flags=re.IGNORECASE)  # "worried $$": a worry about money, never "worried money"
    # ("look into Q grader course? $$ tho": it costs a lot, never "Money though.", review 69)
    text = re.sub(r"(?<![\w$])\$\$\s+(?=(?:tho|though)\b)", "expensive ", text, flags=re.IGNORECASE)
    text = re.sub(r"(?<![\w$])\$\$(?![\w$])", "money", text)
    text = re.sub(r"(?<=['’]s )#(?=$|[\s.,;:!?)])", "number", text)  # "text me the guy's #"
    # "tab by clause # not topic": a thing's number (review 68)
    text = re.sub(r"\b(clause|section|page|room|case|ticket|invoice|order|part|item|line|exhibit|bay|gate|platform|"
                  r"unit|lot|bed|rule|article|policy|account|ref|reference|claim|form|batch|flight|route|step|"
                  r"question|serial|model)\s+#(?=$|[\s.,;:!?)])", r"\1 number", text, flags=re.IGNORECASE)
    text = reported_contractions(text)
    # "sesh w tony", "make it 2 w numbers", "'too soft' w the passenger"
    text = re.sub(r"(?<=[a-z0-9'’\")] )w\s+(?=[A-Za-z0-9])", "with ", text)
    text = re.sub(r"\b(could|would|should|must|might)\s+of\b(?=\s+[a-z]+(?:ed|en|t|n)\b)", r"\1 have", text,
                  flags=re.IGNORECASE)  # "he could of fallen": the spelling of what was said
    text = _before_listed_words("ur", "ur_you_are_before").sub(partial(_expanded, full="you're"), text)
    # a lower-case "r" only: "R" is also the language
    text = _before_listed_words("r", "r_are_before", any_case=False).sub("are", text)
    text = _before_listed_words("its", "its_it_is_before").sub(partial(_expanded, full="it's"), text)
    text = _ITS_THEN_ADJECTIVE.sub(_it_is, text)  # "dont panic, its seasonal": a verdict, "it's seasonal"
    text = _before_listed_words("prob", "prob_probably_before").sub(partial(_expanded, full="probably"), text)
    text = _before_listed_words("def", "def_definitely_before").sub(partial(_expanded, full="definitely"), text)
    text = _before_listed_words("v", "v_very_before", any_case=False).sub("very", text)
    text = hr_as_hr(ill_as_i_will(text))
    # "(ash dieback prob)", "prob 2 years", "in 3 wks prob"
    text = re.sub(r"(?<!\bno )\bprob\b(?=\s*\)|\s+\d|\s*$)", "probably", text)
    text = _units_spelled_out(text)
    text = _per_unit().sub(_rate_in_words, text)
    # "read their pubs first", "more than pubs": publications ("worked in pubs" stays)
    text = re.sub(r"\b((?:my|their|his|her|your|our|after|before|read|than|of|no|few|many|more)\s+)pubs\b",
                  r"\1publications", text, flags=re.IGNORECASE)
    # "the first para" ("para" alone is Spanish as often: "prepararme para la oposición")
    text = re.sub(r"\b((?:the|a|first|second|third|last|opening|final|each|that|this|1st|2nd|3rd) para)(s?)\b",
                  lambda m: f"{m.group(1)}graph{m.group(2)}", text, flags=re.IGNORECASE)
    # "push back / negotiate scope": a choice between two, said as one ("his/her", "and/or" stay as typed)
    text = re.sub(r"(?<=[a-z]) / (?=[a-z])", " or ", text)
    text = re.sub(r"(?<=[a-z]) re: (?=[\w\"'])", " about ", text, flags=re.IGNORECASE)  # "w/ Felix re: author order"
    text = re.sub(r"(?<![\w$])\$(?![\w$])", "money", text)  # "where the $ is going" ("$300" stays)
    # "she'll intro", "…, might intro": an introduction with no one named is of the writer ("introduce me")
    text = _INTRO_NO_ONE.sub(r"\g<modal> introduce me", text)
    # "exp 2 reanalysis", "exp 4 would take 3 months": a numbered experiment, never "experience 2" (review 62)
    text = re.sub(r"\b([Ee])xp(s?)\.?(?=\s+\d+\b)", r"\1xperiment\2", text)
    for pattern, full in _shorthand():
        text = pattern.sub(partial(_expanded, full=full), text)
    for pattern, fixed in _slips():  # "must to", "we has used": see `slips` in shorthand.yaml
        text = pattern.sub(fixed, text)
    text = _SINCE_A_SPAN.sub(_for_a_span, text)  # "I am midwife since 9 years": "I've been a midwife for 9 years"
    text = _SUGGESTED_BARE.sub(_suggested_doing, text)
    text = _SUGGESTED_AND_BARE.sub(_suggested_doing, text)  # "…joining the ITI and get the MITI": "and getting"
    # "Sat morning, 2 wk" -> "2 weeks" (but "a 2 week course" stays as it is said)
    text = re.sub(r"\b((?:[2-9]|[1-9]\d+)\s+(?:week|month|year|day|hour))(?=\s*(?:$|[.,;)!?]|\s+(?:ago|later|from)\b))",
                  r"\1s", text)
    return capitalise_names(capitalise_dates(_LOWER_TITLE.sub(_titled, _AMPERSAND.sub(_ampersand, text))))


_LOWER_WORD = lazy_regex(r"(?<![\w/@.'’-])[a-z][a-z]+(?![\w/@'’-]|\.[a-z])")
_UNIVERSITY_OF = lazy_regex(r"\buniversity of (?=[A-Z])")
_INTRODUCED = lazy_regex(
    r"(?P<lead>\b(?:in touch with|introduce me to|intro me to|connect me with|introduce you to)\s+)"
    r"(?P<name>[a-z]+(?:\s+[a-z]+)?)\b(?=\s+(?:at|from|in|who|on)\b|[.,;)]|$)"
)
_LET_SOMEONE = lazy_regex(r"(?P<lead>\b(?:let|lets|letting|ask|asked|tell|told|with)\s+)(?P<name>[a-z]{3,})\b"
                          r"(?=\s+(?:talk|talks|speak|speaks|lead|leads|present|presents|answer|answers|take|takes|"
                          r"run|runs|handle|handles|decide|decides)\b)")
"""A word no lexicon knows, let to do the talking ("let sipho talk"): a colleague's name (review 68)."""
_BEFORE_HYPHENED_NAME = lazy_regex(r"(?<![\w-])[a-z]+(?=-[A-Z])")
_SAINT = lazy_regex(r"(?<![\w.])st(?= [A-Z][a-z])")
"""A lower-case "st" before a name: "St James", "St Mary's"."""


_MID_SENTENCE_NAME = lazy_regex(r"(?<=[a-z0-9,;:)] )[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*")


_NAME_BEFORE_LINK = lazy_regex(r"[A-Z][\w'’-]*\s+(?:the|of|and|de|du|la|le|for|on)\s+$")
"""The start of a longer name just before a word ("Write the ", "Bank of "): that word is only part of the name."""


def typed_names(values: Sequence[str]) -> list[str]:
    """Names the user capitalised somewhere in the form ("Northern Rail", "Crewe"), to repeat as typed.

    Only mid-sentence capitals count; a single word only when it is no ordinary word ("Team" is not).
    """
    from coach.pos import lexicon_tag

    found: set[str] = set()
    for value in values:
        for match in _MID_SENTENCE_NAME.finditer(value):
            name = match.group(0)
            # ("Write the Docs meetup": "Docs" is a word of that name, never "my API Docs", review 94)
            inside_a_name = _NAME_BEFORE_LINK.search(value, 0, match.start()) is not None
            if " " in name or "-" in name or (lexicon_tag(name.lower()) in (None, "NNP") and not inside_a_name):
                found.add(name)
    return sorted(found, key=len, reverse=True)


def with_typed_names(text: str, names: Sequence[str]) -> str:
    """Each of ``names`` written in lower case in ``text`` given the capitals the user gave it elsewhere."""
    for name in names:
        text = re.sub(rf"(?<![\w@./]){re.escape(name.lower())}(?![\w@/]|\.[a-z])", name, text)
    return text


_AN_NGO = lazy_regex(r"(?P<lead>\b(?:the|an|a|our|my|their|your|local|small|big|for|at|with|international)\s+)"
                     r"[Nn]go(?P<s>s)?\b")
""""ngo" after a word that makes it a thing ("the ngo film"): the initialism, never the surname Ngo."""


def capitalise_names(text: str, known: Sequence[str] = ()) -> str:
    """People and places typed in lower case get their capital: "in leicester" -> "in Leicester".

    A word gets one when the tagger's lexicon knows it only as a name, or when it is part of a name
    in ``known`` (the people the user named in the form) and is no ordinary word ("will", "mark" stay).
    """
    from coach.pos import lexicon_tag, only_a_name

    # "ap", "van", "de" in a surname are written in lower case ("Dr. ap Gwynfor")
    # (a person field's name only: "Ms. Hollis (PGCE trainee)" gave "from a Trainee", review 78)
    names = {p.lower() for person in known for p in re.findall(r"[^\W\d_]{2,}", split_person(person)[0])} - (
        _SURNAME_PARTICLES)
    skip, listed = _not_names(), _listed_names()

    def capitalised(match: re.Match[str]) -> str:
        word = match.group(0)
        # (only the few characters before the word: searching from the start for every word was quadratic)
        if word in skip or _TAKING_THE.search(match.string, max(0, match.start() - _TAKING_THE_REACH), match.start()):
            return word  # ("lads taking the mick" is no Mick, review 70)
        if _A_TRADE.search(match.string, max(0, match.start() - _TAKING_THE_REACH), match.start()) and (
                _AGENT_ENDING.search(word) and _NO_NOUN_NEXT.match(match.string, match.end())):
            return word  # ("contact of the cooper for the shelves" is a barrel maker, never "the Cooper", review 89)
        if _AGENT_ENDING.search(word) and _A_LEARNER_NEXT.match(match.string, match.end()):
            return word  # ("cooper apprentice, 2 yrs in": a trade learned, never "a Cooper apprentice", review 93)
        if word in listed or only_a_name(word) or (word in names and lexicon_tag(word) in (None, "NNP")):
            return word.capitalize()
        return word

    text = _SAINT.sub("St", _UNIVERSITY_OF.sub("University of ", _LOWER_WORD.sub(capitalised, text)))
    text = _MONTH_MAY.sub(r"\g<lead> May", text)  # ("take it in oct not may, more time": the month, review 91)
    text = _AN_NGO.sub(lambda m: f"{m['lead']}NGO{m['s'] or ''}", text)  # ("the ngo film", never "the Ngo", r95)
    # "put me in touch with kirsty mcintyre": after an introduction, words no lexicon knows are a person's name
    text = _INTRODUCED.sub(lambda m: m.group("lead") + " ".join(
        w.capitalize() if lexicon_tag(w) is None and w not in skip else w for w in m.group("name").split()), text)
    text = _LET_SOMEONE.sub(lambda m: m.group("lead") + (m.group("name").capitalize() if lexicon_tag(m.group("name"))
                                                          is None and m.group("name") not in skip else m.group("name")),
                            text)
    # "romanian-English": a listed name before a hyphen and another name
    text = _BEFORE_HYPHENED_NAME.sub(lambda m: m.group(0).capitalize() if m.group(0) in listed else m.group(0), text)
    return _platforms().sub(lambda m: re.sub(r"\w+$", lambda w: w.group(0).capitalize(), m.group(0)), text)


_MONTH_MAY = lazy_regex(r"\b(?P<lead>in|by|of|not|mid|till|from|until|since|early|late|before|after) may"
                        r"(?=\s*(?:$|[.,;:!?)])|\s+(?:\d|or\b|next\b|this\b|then\b))")
""""may" where it is the month ("in may", "oct not may,"), never the verb ("she may not", "and may survive")."""
_A_TRADE = lazy_regex(r"\b(?:the|a|an|our|my|his|her|their|your)\s+$", re.IGNORECASE)
"""An article or a possessive before a word: "the cooper", "a fletcher" name a trade, not a person."""
_A_LEARNER_NEXT = lazy_regex(r"\s+(?:apprentice|trainee|journeyman|assistant|student|intern)s?\b", re.IGNORECASE)
"""Someone learning a trade, after the trade ("cooper apprentice")."""
_AGENT_ENDING = lazy_regex(r"(?:er|or|ist|ian|man|wright|smith)$")
_NO_NOUN_NEXT = lazy_regex(r"\s*(?:$|[.,;:!?)]|\s(?:for|to|at|in|on|of|with|about|who|that|and|or|is|was|will|said)\b)",
                           re.IGNORECASE)
"""What follows a trade named alone ("the cooper for the shelves"); "the leicester office" names a place's office."""
_TAKING_THE = lazy_regex(r"\b(?:take|takes|taking|took|taken)\s+the\s+$", re.IGNORECASE)
"""An idiom's lead ("taking the mick"): the word after it is no one's name."""
_TAKING_THE_REACH = 64
"""How far back the lead is looked for: "taking the " is 11 characters; ``\b`` still reads the character before."""


@cache
def _platforms() -> re.Pattern[str]:
    names = "|".join(n for n in str(phrasing("shorthand")["platforms"]).split() if n != "teams")
    # "on teams" only at the end or before "call": "work on teams of five" stays; "on zoom" is always Zoom
    return re.compile(rf"\b(?:on|via|over) (?:(?P<name>{names})\b|(?P<teams>teams)(?=[.,;!?]|\s+(?:call|chat|"
                      rf"meeting)\b|$))")


@cache
def _not_names() -> frozenset[str]:
    return frozenset(str(phrasing("shorthand")["not_names"]).split())


@cache
def _listed_names() -> frozenset[str]:
    return frozenset(str(phrasing("shorthand")["names"]).split())


def _expanded(match: re.Match[str], full: str) -> str:
    typed = match.group(0)
    if len(typed) > 1 and typed.isupper() and full.lower() == typed.lower() and full != typed:
        return typed  # ("MSC Ana", a ship of the MSC line, was "MSc Ana", review 106): capitals typed are a name
    return _same_case(typed, full)


def numbers_in(text: str) -> set[str]:
    """Every number written in ``text`` as digits or words ("20", "three"); "one" is left out ("one day")."""
    words = "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty sixty"
    found = set(re.findall(r"\d+(?:[.,]\d+)?", text))
    found |= {w for w in re.findall(r"[a-z]+", text.lower()) if w in words.split()}
    return found | ({"half"} if re.search(r"\bhalf\b", text, re.IGNORECASE) else set())




def split_person(field: str) -> tuple[str, str]:
    """A person field as (name, role): "Greg, my team lead" -> ("Greg", "my team lead").

    A comma, dash or bracket followed by a role ("my manager", "CFO at Acme") separates the two;
    a name alone gives an empty role. Honorifics stay with the name, as given.
    """
    # "Colonel (retd) Annette Marsh": a short aside inside the name is not where the role starts; nor is a
    # nickname in quotes ("Josefina 'Joy' Dela Cruz")
    text = re.sub(r"\s*\([^()]{1,12}\)(?=\s+\w)", "", tidy(field))
    text = re.sub(r"\s+['\"‘“][^'\"’”\s]{2,15}['\"’”](?=\s+\w)", "", text)
    # "Big Mike (Michael Otieno), crane operator": a bracket before the comma holds the full name, and the role
    # comes after the comma
    text = re.sub(r"^([^,()]+?)\s*\([^()]+\)(?=\s*,\s*\S)", r"\1", text)
    match = re.match(r"^(?P<name>[^,(–—]+?)\s*(?:,|\(|\s[-–—]\s)\s*(?P<role>.+?)\)?$", text)
    if match and match.group("name").strip() and match.group("role").strip():
        name, role = match.group("name").strip(), match.group("role").strip()
        # "my news editor, Gareth": the role first and the name after it (review 77)
        if re.match(r"(?:my|our|the)\s", name, re.IGNORECASE) and re.fullmatch(
                r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}", role):
            return role, name
        return name, role
    return text, ""


def name_case(name: str) -> str:
    """A name typed all in lower case given its capitals ("sarah lee" -> "Sarah Lee"); any other as typed."""
    if not name.islower():
        return tidy(name)
    # "jean-baptiste moreau" -> "Jean-Baptiste Moreau"; "jt" (no vowel: initials) -> "JT"
    return " ".join(w.upper() if re.fullmatch(r"[b-df-hj-np-tv-z]{2,3}", w) and w not in TITLES else
                    "-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in name.split())


def _name_words(field: str) -> tuple[list[str], int]:
    """A person field's name as words (capitalised, no role or post-nominals) and how many lead as a title."""
    words = without_postnominals(name_case(split_person(field)[0]).split())
    return words, title_length(words)


def address(field: str) -> tuple[str, str, str]:
    """(title, first, last) of a person field: "Mr. David Osei" -> ("Mr.", "David", "Osei")."""
    words, titled = _name_words(field)
    title, rest = " ".join(words[:titled]), words[titled:]
    if not rest:
        return title, "", ""
    # "Saoirse Ní Bhriain", "Anna van Dijk", "Rhys ap Gwynfor", "Siobhán Mac Giolla Phádraig": the surname
    # starts at its first particle
    if len(rest) > 1 and rest[0].lower() in NICKNAME_ADJECTIVES:  # "Big Mike", "Old Tom Hargreaves": both words
        return title, f"{rest[0]} {rest[1]}", rest[-1] if len(rest) > 2 else ""
    if title and len(rest) > 1 and rest[0].lower() in _SURNAME_PARTICLES:
        return title, "", " ".join(rest)  # "Mr. de Souza": a title and a surname, no first name
    if len(rest) > 2 and is_compound_given_name(rest[:2]):  # "Juan Carlos Ortega" is Juan Carlos, never Juan
        return title, f"{rest[0]} {rest[1]}", " ".join(rest[2:])
    if len(rest) == 3 and _two_spanish_surnames(title, rest):
        # "Dra. Lucía Fernández Ortega": the first surname is the one used, never "Dra. Ortega" (review 90)
        return title, rest[0], rest[1]
    particle = next((i for i in range(1, len(rest) - 1) if rest[i].lower() in _SURNAME_PARTICLES), None)
    if particle is not None:
        return title, rest[0], " ".join(rest[particle:])
    return title, rest[0], rest[-1] if len(rest) > 1 else ""


_SPANISH_TITLES = frozenset({"dra", "sra", "srta", "sr", "lic", "ing", "don", "doña", "dona", "señor", "señora"})


def _two_spanish_surnames(title: str, rest: Sequence[str]) -> bool:
    """Whether a given name and two surnames are written the Spanish way ("Lucía Fernández Ortega")."""
    # (a patronymic surname's ending decides: "Ana Luísa Carvalho" is a Portuguese given name in two words)
    spanish = title.lower().rstrip(".") in _SPANISH_TITLES or any(re.search(r"[áéíóúñ]", w.lower()) for w in rest)
    return spanish and rest[1][:1].isupper() and rest[1].lower().endswith(("ez", "és", "iz", "oz", "az"))


_SURNAME_PARTICLES = word_set(
    "ní nic ó ui uí mac mhic mc van von de der den da di du del della dela delos le la al el bin bint ter ten dos das "
    "ap ab af"
)


JAPANESE_FAMILY_NAMES = word_set(
    "sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi "
    "matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto yamashita ishikawa nakajima maeda "
    "fujita ogawa goto okada hasegawa murakami kondo ishii saito sakamoto endo aoki fujii nishimura fukuda ota miura "
    "fujiwara okamoto matsuda nakagawa nakano harada tamura takeuchi kaneko wada nakayama ishida ueda morita shibata "
    "sakai kudo yokoyama miyazaki miyamoto uchida takagi ando taniguchi maruyama imai takeda murata ueno sugiyama "
    "masuda hirano otsuka kubo matsui iwasaki sakurai kinoshita noguchi matsuo kikuchi nomura arai takano"
)
"""Common Japanese family names: written first ("Yoshida Haruki"), the one a title goes with."""
NICKNAME_ADJECTIVES = frozenset({"big", "old", "little", "young", "wee", "lil"})
"""Words that make a nickname with the first name ("Big Mike", "Old Tom"): never a name alone."""
_FIRST_NAME_TITLES = frozenset({"anh", "dame", "sir", "aunty", "auntie", "uncle", "ate", "kuya", "tita", "tito", "dona",
                                "chị", "chi", "cô",
                                "mzee", "mama", "baba", "ma'am", "maam", "mbak", "ibu", "bapak", "pak", "bu", "oom",
                                "tannie", "tante", "doña", "kyria", "kyrie", "kyrios", "don", "ustad", "ustadh",
                                "ustaz", "khun", "ato", "woizero", "weyzero", "weizero", "weizerit", "bwana",
                                "mwalimu", "alhaji", "hajia",  # (review 105: "Hi Ato," for Ato Dawit)
                                "seu",  # (review 107: "…15 minutes with Seu", for Seu Carlos)
                                }) | MALAY_TITLES  # (review 93: "…30 minutes with Kak", for Kak Aisyah)
"""Titles said with the first name: "Dame Philippa", never "Dame Crowe"; "Pak Hendra" (Indonesian), "Oom Piet"
(Afrikaans), "Kak Aisyah" and "Encik Hafiz" (Malay) are a title and a name, never a first name "Pak" or "Kak"."""


def names_a_person(word: str) -> bool:
    """Whether a word of a name can stand for the person alone: "Fhloinn" can, "Ní", "de" and "the" cannot."""
    return len(word) > 1 and word.lower() not in _SURNAME_PARTICLES | {"the", "of", "and"}


def greeted_respect(field: str) -> str | None:
    """The respect said after a name that the greeting keeps ("ji" in "Sharma ji", "sir" in "Rahul sir")."""
    # ("Mehmet Usta", "Ayşe Hanım": Turkish respect after the name, review 79)
    # ("Kovács tanár úr": Hungarian respect after the surname, review 87)
    found = re.search(r"\s(ji|sahib|saheb|sir|usta|bey|hanım|hanim|hoca|hocam|sensei|san|tanár úr|úr)\W*$",
                      field.strip(), re.IGNORECASE)
    return found.group(1) if found else None


_RESPECT_AFTER_SURNAME = frozenset({"ji", "sahib", "saheb", "san", "sensei", "tanár úr", "úr"})
"""Respect said after the family name ("Mehta ji", "Tanaka san"); Turkish "Bey", "Hanım" follow the given name."""
_GIVEN_SYLLABLES = word_set("mei ling xiao hui min jia yan ying wen ting qing jing lan fang hong xin yi ning shu")
"""Syllables of Chinese given names typed as two words ("Mei Ling", "Hui Min"): the two are one name."""
_ONE_NAME_IN_TWO = lazy_regex(r"[a-z]{1,5} (?!(?:smith|jones|brown|ann|anne|marie|mae|jo|lou|may|rose|lee)$)"
                              # ("Park Ji-hoon": a Korean given name's two syllables, review 91)
                              r"[a-z]{2,5}(?:-[a-z]{2,5})?")


_COMPOUND_FIRST = word_set("ana maría maria josé jose juan luis josé jean marie anne ana maría paula mari mary rosa")
_COMPOUND_SECOND = word_set("lucía lucia maría maria josé jose luis carlos miguel antonio isabel sofía sofia elena "
                            "teresa manuel andrés andres pablo fernanda clara paz belén belen carmen pilar ángel angel "
                            "paula eugenia laura cristina beatriz cruz luz jesús jesus pierre paul marc claire louise "
                            "jane")
"""A given name in two words ("Ana Lucía", "José Luis", "Mari Carmen", "Jean Paul"): greeted whole (reviews 58,
97)."""


def is_compound_given_name(words: Sequence[str]) -> bool:
    """Whether two words are one given name ("Ana Lucía", "Juan Carlos")."""
    return len(words) == 2 and words[0].lower() in _COMPOUND_FIRST and words[1].lower() in _COMPOUND_SECOND


def _one_name_in_two(field: str, first: str, last: str) -> bool:
    """Two words that are one person's name to greet: "Mei Ling" (given syllables), "Chen Wei" (family name first).

    "Mei Lin" is Mei, of the Lin family, and "Lee Smith" is Lee; "Ana Lucía" is one given name.
    """
    if is_compound_given_name(split_person(field)[0].split()):
        return True
    if len(split_person(field)[0].split()) != 2 or not _ONE_NAME_IN_TWO.fullmatch(f"{first} {last}"):
        return False
    given_pair = first in _GIVEN_SYLLABLES and last not in FAMILY_NAME_FIRST
    return given_pair or (first in FAMILY_NAME_FIRST and first not in _GIVEN_SYLLABLES)


_TWO_PEOPLE = lazy_regex(r"^(?P<one>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+(?:and|&|\+)\s+"
                        r"(?!(?:Sons|Co|Company|Partners|Associates|Brothers|Daughters|Friends)\b)"
                        r"(?P<two>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})$")
"""Two people in one name field ("Maria and Tom", "Dr. Chen & Dr. Osei"): each is greeted (review 59)."""


def two_people(field: str) -> tuple[str, str] | None:
    """The two names of a field that holds two people, or None."""
    both = _TWO_PEOPLE.match(split_person(field)[0].strip())
    return (both["one"], both["two"]) if both else None


def first_names_of_two(field: str) -> tuple[str, str] | None:
    """The first names of a field that holds two people ("Amy" and "Jonah" for "Amy Chen and Jonah Weiss"), or None."""
    both = two_people(field)
    return (address(both[0])[1] or both[0], address(both[1])[1] or both[1]) if both else None


def greeting_name(field: str, formal: bool) -> str:
    """How to greet someone: "Dr. Okafor" when a title was given, else "Amaka" (or the full name, formally)."""
    both = two_people(field)
    if both:
        return " and ".join(greeting_name(name, formal) for name in both)
    title, first, last = address(field)
    title = re.sub(r"^the\s+", "", title, flags=re.IGNORECASE)  # "The Revd Canon Jane Smith": "Dear Revd Canon Smith"
    if title.lower().rstrip(".") in _FIRST_NAME_TITLES:  # "Dame Philippa", "Sir Alan", "Aunty Grace"
        return f"{title[:1].upper()}{title[1:]} {first or last}".strip()
    if title and first and last and (first.lower() in JAPANESE_FAMILY_NAMES or (
            first.lower() in _HUNGARIAN_FAMILY and last.lower() in _HUNGARIAN_GIVEN)):
        return f"{title[:1].upper()}{title[1:]} {first}"  # "Professor Yoshida Haruki": Professor Yoshida (review 90)
    if title and first and last and first.lower() in FAMILY_NAME_FIRST:
        # "Dr. Park Jiwon", "Prof. Zhang Wei": the family name may come first, so the whole name is greeted,
        # never "Dr. Jiwon" nor "Prof. Wei"
        words, titled = _name_words(field)
        return f"{title[:1].upper()}{title[1:]} {' '.join(words[titled:])}"
    if title:  # "coach Bev" typed in lower case is greeted "Coach Bev"
        return f"{title[:1].upper()}{title[1:]} {last or first}".strip()
    respect = greeted_respect(field)  # "Sharma ji", "Rahul sir", "Kovács tanár úr": greeted with it
    if respect and first and (not last or last.lower() == respect.split()[-1].lower()):
        return f"{first} {respect}"
    if respect and first and last:  # "Rahul Mehta ji": "Mehta ji", never "Hi Rahul," (review 89)
        return f"{last if respect.lower() in _RESPECT_AFTER_SURNAME else first} {respect}"
    if (formal and last) or (re.fullmatch(r"[A-Z]\.?", first) and last):  # "R. Patel": never "Hi R.!"
        return f"{first} {last}"
    if first and last and _one_name_in_two(field, first.lower(), last.lower()):
        return f"{first} {last}"  # "Chen Wei" is never "Hi Chen," (a family name), nor "Mei Ling" "Hi Mei,"
    if first and last and first.lower() in _HUNGARIAN_FAMILY and last.lower() in _HUNGARIAN_GIVEN:
        return last  # "Kovács Anna" (Hungarian, family name first) is "Hi Anna,", never "Hi Kovács," (review 92)
    return first or tidy(field)


_HUNGARIAN_FAMILY = word_set(
    "nagy kovács tóth szabó horváth varga kiss molnár németh farkas balogh papp takács juhász lakatos mészáros oláh "
    "rácz fekete szilágyi török fehér balázs gál szűcs kocsis pintér fodor szalai sipos lukács gulyás bíró biró "
    "király katona bognár vass hegedűs bakos antal szekeres vincze pásztor sárközi")
"""Common Hungarian family names, written before the given name ("Kovács Anna")."""
_HUNGARIAN_GIVEN = word_set(
    "anna éva katalin erzsébet mária zsuzsanna ildikó judit krisztina andrea ágnes eszter noémi réka zsófia dóra "
    "petra orsolya boglárka lászló istván józsef jános zoltán sándor gábor ferenc attila péter tamás zsolt tibor "
    "andrás csaba imre balázs gergely ádám dániel bence máté levente márton bálint")
"""Hungarian given names: after one of :data:`_HUNGARIAN_FAMILY`, the name to greet someone by."""


HONORIFIC_SUFFIXES = r"sensei|san|sama|senpai|sempai|kun|chan|ssi|nim|ji"
"""Respect joined to a name with a hyphen ("Takeda-sensei", "Kim-ssi", "Sharma-ji")."""


def as_text_names(field: str, text: str) -> str:
    """``field`` with the family name last when ``text`` shows it: "Dr. Chen Jing" (notes "Dr Chen"), "Nakamura Kenji".

    A name typed family name first is otherwise greeted by its given name ("Dr. Jing"); the person's own
    notes show which word the title goes with. Two-word names only, and only when the last word never takes
    the title in ``text`` (without a title: when ``text`` names the last word and never the first).
    """
    title, first, last = address(field)
    suffixed = re.search(rf"\b(?P<name>{re.escape(first)}|{re.escape(last)})-(?P<respect>{HONORIFIC_SUFFIXES})\b",
                         text, re.IGNORECASE) if title and first and last else None
    if suffixed:  # "Sensei Takeda Haruko", notes "Takeda-sensei: send…": greeted as the notes name her (review 82)
        return f"{name_case(suffixed['name'])}-{suffixed['respect'].lower()}"
    if not (first and last) or len(split_person(field)[0].split()) != len(title.split()) + 2:
        return field
    if not title:  # "Nakamura Kenji", with notes that say "Kenji say…" and never "Nakamura": greeted "Kenji"
        uses_last = re.search(rf"\b{re.escape(last)}\b", text) and not re.search(rf"\b{re.escape(first)}\b", text, re.I)
        return f"{last} {first}" if uses_last else field
    titled = rf"\b{re.escape(title.rstrip('.'))}\.?\s+"
    with_first = re.search(titled + rf"{re.escape(first)}\b", text, re.IGNORECASE) is not None
    with_last = re.search(titled + rf"{re.escape(last)}\b", text, re.IGNORECASE) is not None
    if with_first and not with_last:
        # ("Dr. Liu Yang", notes "Dr Liu said": "Dr. Liu", never "Dr. Yang Liu", greeted whole as two family names
        # might be, review 84)
        return f"{title} {first}"
    if with_last and not with_first:
        return f"{title} {last}"  # "call with Dr Jing": the title goes with the last word, as the notes say
    return field


def verb_lemmas(word: str) -> tuple[str, ...]:
    """Lemminflect's verb lemmas of ``word`` (none for a word it doesn't know as a verb).

    Lemminflect is imported on first use (``coach.inflect``): it loads numpy, which the app's first
    page does not need.
    """
    return tuple(get_lemma(word, upos="VERB", lemmatize_oov=False))


def inflections(lemma: str, tag: str) -> tuple[str, ...]:
    """Lemminflect's forms of ``lemma`` for a Penn ``tag`` ("VBG", "VBZ")."""
    return tuple(get_inflection(lemma, tag=tag))


# -- phrasing data ------------------------------------------------------------------------------------


@cache
def phrasing(job: str) -> Mapping[str, Any]:
    """The phrasing frames for ``job`` from ``prompts/phrasing/<job>.yaml``."""
    data = parse_yaml((PHRASING_DIR / f"{job}.yaml").read_text("utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{PHRASING_DIR / job}.yaml must hold a mapping")
    return data


def frame(job: str, *path: str) -> Any:
    """One entry of a job's phrasing data, by its keys: ``frame("outreach", "why", "noun", "warm")``."""
    node: Any = phrasing(job)
    for key in path:
        node = node[key]
    return node


def fill(template: str, **slots: str) -> str:
    """``template`` with ``{slot}`` filled by whole fragments and ``{Slot}`` by the same, capitalised."""
    values = dict(slots)
    values.update({k[:1].upper() + k[1:]: upper_first(v) for k, v in slots.items()})
    return template.format(**values)


# -- person: notes about the mentor, addressed to them ------------------------------------------------

_YOU = "\x00you"  # marks a "you" made here, so agreement is fixed only where we changed the subject
_AGREE = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't", "wasn't": "weren't",
          "hasn't": "haven't", "doesn't": "don't"}  # fmt: skip
_ADVERBS = ("also", "really", "just", "still", "always", "never", "often", "actually", "kindly", "even", "constantly",
            "usually", "sometimes", "frequently", "repeatedly", "rarely", "regularly", "occasionally", "routinely")
_LY_ADVERB = r"(?!(?:\w*ply|rely|fly|rally|tally|bully|ally|belly|jelly)\b)[a-z]{3,}ly"
"""Any other adverb in "-ly" ("strongly", "honestly"), but not a verb that ends so ("reply", "rely")."""


def to_you(text: str, person: str, pronouns: bool = True, objects_are_others: bool = False) -> str:
    """Notes about ``person`` turned to address them: "Sofia thinks I should" -> "you think I should".

    Handles the name (first, last, title + last, initial), she/he/her/his/him, and the verb after a
    subject that became "you" ("thinks" -> "think", "was" -> "were"). Other words stay as written.
    Without ``pronouns`` only the name changes: in the user's own update "she" may be someone else.
    ``objects_are_others``: the person is the text's unwritten subject (their own task, "ask him about
    it"), so "him" or "her" as an object is someone else.
    """
    title, first, _last = address(person)
    typed_titles = _title_forms(title)
    if title and first:  # "Rabbi M. said": the title and an initial
        # "Uncle B to connect me…": without its full stop when a verb follows ("prof T reviewed…" for Professor
        # Tanaka: the title as typed short, review 54)
        text = re.sub(rf"\b(?:{typed_titles})\.?\s+{re.escape(first[:1])}(?:\.(?=\s)|(?=\s+(?:to|will|said|"
                      r"says|thinks|offered|suggested|reviewed|recommended|recommends|looked|read|checked)\b))",
                      _YOU, text, flags=re.IGNORECASE)
    if title and _last:  # ("Mrs K said my case notes are good", to Mrs. Wanjiru Kamau: her title and surname's
        # initial, review 97)
        text = re.sub(rf"\b(?:{typed_titles})\.?\s+{re.escape(_last[:1])}\b\.?(?=\s+(?:said|says|thinks|thought|"
                      r"suggested|recommended|reckons|told|asked|mentioned|will|to|offered|agreed)\b)", _YOU, text,
                      flags=re.IGNORECASE)
    names = names_of(person) | _nicknames_in(text, person)
    if names:
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        # "Sr Agnes sent", "dr nour said": the title goes with the name; "Jean-Talon" is a street, not Jean
        # "Ramesh sir to share", "Patil ji said": a respect said after the name goes with it too
        # ("Park-ssi is senior than me", "Tanaka-san said": a suffix of respect goes with the name too)
        titled = (rf"(?<![\w-])(?:(?:{_TITLE_WORDS})\.?\s+)?(?:{alternatives})(?:-(?:{HONORIFIC_SUFFIXES})\b)?"
                  rf"(?:\s+{_RESPECT_AFTER})?")
        text = re.sub(rf"{titled}['’]s\b(?=\s+(?P<next>[\w'’]+))|{titled}['’]s\b", _your_or_contraction, text,
                      flags=re.IGNORECASE)  # "Ray's shop" is yours; "Ray's gonna check" is you're
        text = re.sub(rf"{titled}\b(?![.'’]\w|-\w)", _YOU, text, flags=re.IGNORECASE)
        text = re.sub(rf"{_YOU}\s+you\b", _YOU, text, flags=re.IGNORECASE)  # "Ate Joy you shared": one subject
    if title and first and not _last:  # "send to Dr V", "Mr K will…": the title and the initial of the one name
        text = re.sub(rf"\b{re.escape(title.rstrip('.'))}\.?\s+{re.escape(first[:1])}\b\.?(?![\w'’])", _YOU, text,
                      flags=re.IGNORECASE)  # "dr p said…", typed in a hurry
    for both in initials_forms(person) | initials_used_for(text, person):  # "AC thinks…", "LdV says…", "JB:"
        text = re.sub(rf"\b{re.escape(both)}\b(?!['’.]?\w)", _YOU, text)
    text = re.sub(rf"{_YOU}\s+(?:she|he)\b", _YOU, text, flags=re.IGNORECASE)  # "Joy she said": one subject
    initial = first[:1] if first[:1] != "I" else ""  # ("Ines": "I can see" is the user, never her initial)
    if initial:  # "K to review resume": notes often use an initial, always a capital
        text = re.sub(rf"\b{re.escape(initial)}\b\.?(?=\s+(?:to|will|said|says|thinks|has|suggested|suggests|"
                      r"recommends|recommended|reckons|told|might|may|could|can|asked|asks|warned|thought|knows|offered|say|"
                      r"mentioned|explained|showed|gave|helped|liked|agreed|reviews|sends|shares|reads|checks|intro|"
                      r"intros|spent|went|rewrote|reviewed|pointed|walked|took|rang|called|lent|sent)\b)", _YOU, text)
        # ("K says", "M asked", "R reviews my draft", "H spent 2 hrs going thru my portfolio", review 55)
        # "send to R by next week": the initial as an object, after a preposition
        text = re.sub(rf"\b(to|for|with|from|by|cc) {re.escape(initial)}\b(?![\w.'’])", r"\1 you", text)
    if not pronouns:
        return _addressed(text)
    text = _OTHER_PERSON.sub(_kept_third_person, text)
    text = _objects_after_a_third_party(text)
    # "ask my line manager if she'd support a secondment": "she" is the manager
    # (unless a pronoun kept as someone else's says which one is theirs: "my colleague Sipho did her volunteer training
    # and said she taught him", to Mrs. Mokoena, is her training, review 89)
    text = _AFTER_MY_PERSON.sub(lambda m: m.group(0) if _KEPT in text[m.end():] else (
        m.group("before") + _marked(m.group("pro"), _THIRD)), text)
    # "ask the IV nurse if i can shadow her", "intro to Mei -> ask how she got promoted": the one just named
    text = _AFTER_SOMEONE_NAMED.sub(lambda m: m.group("before") + _marked(m.group("pro"), _THIRD), text)
    # "talk to Beth about whether she wants to, she's the one who…": the same one, on to the end of the sentence
    for _ in range(3):
        text, again = _SAME_ONE_AGAIN.subn(_same_one_kept, text)
        if not again:
            break
    # "intro to Dr. Marsh at Oberlin (she's on search cmte?)": the aside is about the name it follows
    text = _ASIDE_ON_A_NAME.sub(lambda m: m.group("before") + _marked(m.group("pro"), _THIRD), text)
    if objects_are_others:
        text = re.sub(r"\b(h)(im|er)\b(?=\s+(\S+)|$)", _kept_object, text, flags=re.IGNORECASE)
    else:
        # "I'll send her photos of the chair", "that family send her christmas card": after a verb of giving, "her"
        # is who gets them (but in "she will send her notes" they are her own: she is the one giving)
        text = re.sub(r"\b(send|give|show|email|bring|lend|pass|forward|text|pay)\s+her\b(?=\s+\w)", _given_to_her,
                      text, flags=re.IGNORECASE)  # an object, so no verb after it to agree with
    # "she's been", "he's got": "has", so "you've"
    text = re.sub(r"\b(?:she|he)['’]s(?=\s+(?:\w+ly\s+)?(?:been|got|gotten|had|done|gone|seen|worked|helped|built|"
                  r"run|taught|written|made|started|spent|published|led|mentored|trained)\b)", f"{_YOU}'ve", text,
                  flags=re.IGNORECASE)
    text = re.sub(r"\b(?:she|he)['’](ll|d|s|ve)\b", lambda m: f"{_YOU}'{m.group(1).lower()}", text,
                  flags=re.IGNORECASE)  # fmt: skip
    text = re.sub(r"\b(?:she|he)\b", _YOU, text, flags=re.IGNORECASE)
    text = re.sub(r"\b(?:herself|himself)\b", "yourself", text, flags=re.IGNORECASE)
    text = re.sub(r"\bhers\b", "yours", text, flags=re.IGNORECASE)  # "she showed me hers"
    text = re.sub(r"\bhis\b(?=\s+(?:to|for|is|was|and|or|in|on|at|too|as well)\b|[.,;!?]|$)", "yours", text,
                  flags=re.IGNORECASE)  # "send me his to copy": his own, said to him as "yours"
    text = re.sub(r"\bhis\b", "your", text, flags=re.IGNORECASE)
    text = re.sub(r"\bhim\b", "you", text, flags=re.IGNORECASE)
    text = re.sub(r"\bher\b(?=\s+(\S+))|\bher\b", _her, text, flags=re.IGNORECASE)
    return _addressed(text)


_TITLE_SHORT_FORMS = {"professor": "prof", "doctor": "dr", "reverend": "rev", "sergeant": "sgt", "captain": "capt",
                      "councillor": "cllr", "sister": "sr"}
"""A title and the short form notes type for it ("prof T" for Professor Tanaka)."""


def _title_forms(title: str) -> str:
    """A regex for a title as given and as typed short."""
    given = title.rstrip(".").lower()
    forms = {given, _TITLE_SHORT_FORMS.get(given, given)}
    return "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True)) or "(?!)"


def _your_or_contraction(match: re.Match[str]) -> str:
    """"Name's" said to them: "your" before a noun, "you're" before "gonna" or "not", "you've" before "been"."""
    following = (match.group("next") or "").lower()
    if following in _HAS_WORDS:
        return f"{_YOU}'ve"
    return f"{_YOU}'re" if following in _IS_WORDS else "your"


_HAS_WORDS = frozenset({"been", "got", "gotten"})
_IS_WORDS = frozenset({"going", "gonna", "not", "always", "never", "also", "still", "really", "so", "very", "happy",
                       "keen", "busy", "away", "sure", "fine", "right", "off", "willing", "open"})


_PRONOUN_SETS = {"he": ("himself", "him", "his", "he"), "she": ("herself", "hers", "her", "she")}


def others_kept(text: str, pronoun: str) -> str:
    """Notes that call the person "he" (or "she"): the other pronouns are someone else's, and stay.

    "he'll ask her if she can look at my draft" keeps "her" and "she" for the one asked. Each is marked
    inside the word (after "sh" for "she", so no "he" is left) and the mark goes when ``to_you`` finishes.
    """
    other = "she" if pronoun == "he" else "he"
    words = "|".join(_PRONOUN_SETS[other])

    return re.sub(rf"\b(?:{words})\b", lambda m: _marked(m.group(0), _KEPT), text, flags=re.IGNORECASE)


def pronoun_pattern(*pronouns: str) -> str:
    """A regex for any of ``pronouns`` as a word, whether ``others_kept`` marked it or not."""
    return r"\b(?:" + "|".join(_marked(p, f"{_KEPT}?") for p in pronouns) + r")\b"


_ANOTHER_WOMAN = lazy_regex(r"\b(?:the|a|this|that|my|our|his|her)\s+(?:lady|woman|girl|mum|mom|wife|sister|daughter|"
                            r"landlady|grandmother|aunt|auntie|niece)\b", re.IGNORECASE)


# (kin only: "he knows a man in the council, he will ask him" is the mentor asking)
_ANOTHER_MAN = lazy_regex(r"\b(?:(?:my|our)\s+(?:husband|brother|son|father|uncle|grandfather|boyfriend)|"
                          r"(?:my\s+)?(?:dad|grandad|granddad))\b", re.IGNORECASE)
_AS_OBJECT = (rf"\b(?=\s*(?:$|[.,;!?)]|\s(?:{'|'.join(SHORT_DAY_NAMES)}|monday|tuesday|wednesday|thursday|friday|"
              r"saturday|sunday|about|if|back|again|tomorrow|today|later|next|and)\b))")
"""After an object pronoun: the end of the clause, or a word that follows one ("I'll call her Monday")."""
_HIM_AS_OBJECT = lazy_regex(rf"\bhim{_AS_OBJECT}", re.IGNORECASE)
_HER_AS_OBJECT = lazy_regex(rf"\bher{_AS_OBJECT}", re.IGNORECASE)


def another_womans_kept(text: str) -> str:
    """"…go back to the lady and explain… I'll call her Monday": after another woman in a line, "her" is hers.

    Marked as ``others_kept`` marks them, so turning the notes to the mentor leaves them alone.
    """
    return _another_persons_kept(text, _ANOTHER_WOMAN, r"\b(?:she|her|hers|herself)\b", _HER_AS_OBJECT)


def another_mans_kept(text: str) -> str:
    """"talk to dad NOW not when he's 70": after another man in a line, "he" is his, never the mentor's "you're"."""
    return _another_persons_kept(text, _ANOTHER_MAN, r"\b(?:he|him|his|himself)\b", _HIM_AS_OBJECT)


def _another_persons_kept(text: str, person: re.Pattern[str], pronouns: str, as_object: re.Pattern[str]) -> str:
    lines = []
    for line in text.split("\n"):
        named = person.search(line)
        if named:
            # in their sentence every pronoun is theirs; after it only an object ("I'll call her Monday"):
            # "she said 'the job will still be there'" goes back to the mentor
            end = re.search(r"[.!?](?:\s|$)", line[named.end():])
            stop = named.end() + (end.end() if end else len(line))
            same = re.sub(pronouns, lambda m: _marked(m.group(0), _KEPT), line[named.end():stop], flags=re.IGNORECASE)
            later = as_object.sub(lambda m: _marked(m.group(0), _KEPT), line[stop:])
            line = line[: named.end()] + same + later
        lines.append(line)
    return "\n".join(lines)


def _same_one_kept(match: re.Match[str]) -> str:
    before, pronoun = (match["before"], match["pro"]) if match["pro"] else (match["before_m"], match["pro_m"])
    return before + _marked(pronoun, _THIRD)


def _marked(pronoun: str, mark: str) -> str:
    """``pronoun`` with ``mark`` inside it, where no shorter pronoun is left whole ("sh|e", never "s|he")."""
    cut = 2 if pronoun.lower() == "she" else 1
    return f"{pronoun[:cut]}{mark}{pronoun[cut:]}"


_INVERTED_FOR_YOU = {"does": "do", "has": "have", "is": "are", "was": "were", "doesn't": "don't",
                     "hasn't": "haven't", "isn't": "aren't", "wasn't": "weren't"}


def _kept_case(typed: str, word: str) -> str:
    return upper_first(word) if typed[:1].isupper() else word


def _addressed(text: str) -> str:
    """The marked "you"s made agree with their verbs, unmarked, and capitalised where a sentence starts."""
    adverbs = rf"{'|'.join(_ADVERBS)}|{_LY_ADVERB}"  # "SB strongly suggests" -> "you strongly suggest"
    # "who does he use for accounting": the verb asked with is "you"'s too ("Who do you use…", review 64)
    text = re.sub(rf"\b(does|has|is|was|doesn['’]t|hasn['’]t|isn['’]t|wasn['’]t)(\s+{_YOU})",
                  lambda m: _kept_case(m[1], _INVERTED_FOR_YOU[m[1].lower().replace("’", "'")]) + m[2], text,
                  flags=re.IGNORECASE)
    text = re.sub(rf"{_YOU}((?:\s+(?:{adverbs}))*)(\s+|')([\w']+(?:-[\w']+)*)", _agree, text)
    text = re.sub(rf"{_YOU}[^.;!?\n]*", _conjoined_agree, text)
    text = text.replace(_YOU, "you").replace(_THIRD, "").replace(_KEPT, "")
    return re.sub(r"(^|[.!?]\s+|\n\s*(?:[-*]\s+)?)you(r?)\b", lambda m: f"{m.group(1)}You{m.group(2)}", text)


_OTHER_SUBJECT_VERB = lazy_regex(r"\b(?:is|was|are|were|has|had|does)\b|['’]s\s"
                                 r"|\b(?:it|they|this|that|there)\s+[a-z]+(?:ed|s)\b", re.IGNORECASE)
"""Another subject's verb ("the soil is poor", "said it helped…"): a later verb is that subject's."""


_RELATIVE_I = lazy_regex(r"(?<=[a-z])\s+I\s+(?:had|have|'ve had|met|know|knew|worked (?:with|for)|ever had)\b")
"""A clause of the user's inside one about "you" ("the best manager I had"), no subject of what follows."""


def _conjoined_agree(match: re.Match[str]) -> str:
    """A second verb of the same "you", after a comma, "and" or "but", agreeing too.

    "you move the herd every 12 hours, uses polywire" -> "…, use polywire"; "You think I'm ready, wants me to
    lead" -> "…, want me to lead". Not when another subject's verb comes between ("you said the soil is poor,
    needs lime": the soil needs it).
    """
    clause = match.group(0)
    tagged = dict(tag(clause.replace(_YOU, "you")))
    own_verb = re.match(rf"{_YOU}\s*\S+", clause)  # "you are sound and helps…": "are" is the same "you"'s
    skip = own_verb.end() if own_verb else 0
    for found in reversed(list(re.finditer(r"(,\s+|\s+(?:but|and)\s+)([a-z]+s)\b(?P<det>\s+(?:a|an|the|my|your|"
                                           r"some|lots|loads|alot|great|good|useful)\b)?(?:\s+(?P<next>[a-z]+))?",
                                           clause))):
        verb, lemma = found.group(2), verb_lemmas(found.group(2))
        # ("…and posts a lot of good advice", "…and trains nurses": a plural noun before "a" or another plural is
        # the verb the tagger missed, review 54)
        before_object = found.group("det") is not None or tagged.get(found.group("next") or "") == "NNS"
        verb_here = tagged.get(verb) == "VBZ" or (tagged.get(verb) == "NNS" and before_object)
        # ("…the best manager I had and knows how…": "I had" is a clause inside, the "knows" is still yours)
        between = _RELATIVE_I.sub("", clause[skip : found.start()])
        # ("you said enter the contest, closes end of feb": after an instruction said, the verb is the thing's, r91)
        instruction = _SAID_TO_DO.search(clause[: found.start()])
        if instruction and is_bare_verb(instruction["verb"].lower()) and verb.lower() in _A_THINGS_VERBS:
            continue
        if _OTHER_SUBJECT_VERB.search(between) or not verb_here or not lemma or (
                lemma[0] == verb) or verb in _AGREE:  # "you said talk to peer support, is normal…": "it is"
            continue
        clause = f"{clause[: found.start(2)]}{lemma[0]}{clause[found.end(2):]}"
    return clause


_SAID_TO_DO = lazy_regex(r"\b(?:said|says|told\s+me)\s+(?:to\s+)?(?P<verb>[a-z]+)\b", re.IGNORECASE)
"""An instruction said ("said enter the contest"): a later verb of :data:`_A_THINGS_VERBS` is what it is about's."""
_A_THINGS_VERBS = frozenset({"closes", "opens", "starts", "ends", "finishes", "costs", "takes", "lasts", "runs",
                             "expires", "begins", "pays", "happens"})
_WHEN_WORDS = frozenset({"today", "tomorrow", "tonight", "yesterday", "now", "then", "here", "there", "again",
                         "too", "also", "last", "next", "this", "soon", "later"})
"""Words after a name that say when or where ("a session with Prof. Adeyemi today"), never what is theirs."""


def _only_a_noun(word: str) -> bool:
    from coach.pos import lexicon_tag

    return lexicon_tag(word) in ("NN", "NNS") and not verb_lemmas(word)


_THIRD = "\x01"  # marks a "him" kept as someone else's, so the pronoun swap passes over it
_KEPT = "\u02b0"
"""The same mark for ``others_kept``, made before shorthand is spelled out: a letter, so "h?im" stays one word
and "im" is never read as "I'm"."""
_OTHER_PERSON = lazy_regex(
    r"\b(?P<subject>he|she)\b(?P<between>(?:\s+(?!(?:he|she|him|her|to|that|said|says|told|asked|wants?|for|me|i)\b)"
    r"[\w']+){1,3}\s+)(?P<object>him|her)\b(?!\s+own)",
    re.IGNORECASE,
)
"""A "him" after "he will ask": the one asked is someone else (the mentor asking themself would be "himself").
Only within a few words and one clause: in "he said to email him" or "she thinks I should ask her" it is them."""


_AFTER_MY_PERSON = lazy_regex(
    r"(?P<before>\bmy\s+(?:\w+\s+){0,2}?(?:manager|boss|mum|mom|dad|partner|supervisor|colleague|teacher|tutor|friend|"
    r"wife|husband|sister|brother|lead|director|head|coordinator)\b[^.;]{0,40}?\b)(?P<pro>she|he|her|him|his)\b",
    re.IGNORECASE,
)


_SAME_ONE_AGAIN = lazy_regex(r"(?P<before>\b(?:sh\x01e|h\x01er)\b[^.;?!\n]{1,80}?\b)(?P<pro>she|her)\b"
                             r"|(?P<before_m>\b(?:h\x01e|h\x01im)\b[^.;?!\n]{1,80}?\b)(?P<pro_m>he|him)\b",
                             re.IGNORECASE)
"""A "she" after one already kept as someone else's, in the same sentence: the same person."""
_AFTER_SOMEONE_NAMED = lazy_regex(
    r"(?P<before>\bask\s+(?:the|my|a|an)\s+(?:[\w-]+\s+){1,3}?if\s+i\s+(?:can|could|may)\s+\w+\s+|"
    r"\b(?:intro(?:duce)?\s+(?:me\s+)?to|meet)\s+(?-i:[A-Z])[a-z]+\b(?:(?!\s[-–—]\s)[^.;?]){0,60}?\b|"
    # "talk to Beth about whether she…", "ask Sam if he…": what is asked of someone named is about them
    r"\b(?:(?:talk|speak|chat)\s+(?:to|with)|check\s+with|ask|call|ring|email|text|message)\s+"
    r"(?-i:[A-Z][a-z]+)\s+(?:(?:about|to\s+see|and\s+(?:ask|see|find\s+out))\s+)?(?:if|whether)\s+|"
    # "ask Anand (ex-lab, now at Dr Reddy's) abt his path": what they are asked about is theirs (review 67)
    r"\b(?:(?:talk|speak|chat)\s+(?:to|with)|ask|call|email|message)\s+(?-i:[A-Z][a-z]+)\b(?:\s*\([^()]{0,60}\))?"
    r"\s+(?:about|abt|re|on)\s+)"
    r"(?P<pro>she|he|her|him|his)\b(?<!\bon her)(?<!\bin her)(?<!\bfrom her)(?<!\bon his)(?<!\bin his)"
    r"(?!\s+(?:team|group|lab|department|dept|unit|squad|side|floor|ward|staff)\b)",
    re.IGNORECASE,
)
"""A pronoun after someone the user is to be introduced to is theirs, except the mentor's own team the person is
on ("intro me to Dan on her team": the mentor's team, said "your team", review 54)."""
_ASIDE_ON_A_NAME = lazy_regex(
    r"(?P<before>\b(?-i:[A-Z])[a-z]{1,20}(?:\s+(?:at|from|in|of)\s+(?-i:[A-Z])[\w.&'-]*)?\s*\(\s*)"
    r"(?P<pro>she|he)\b", re.IGNORECASE)
"""A pronoun opening a bracket right after someone's name: that person ("Dr. Marsh (she's on the panel)")."""


def _given_to_her(match: re.Match[str]) -> str:
    giver = re.search(r"\b(?:she|he)\s+(?:\S+\s+){0,2}$", match.string[: match.start()], re.IGNORECASE)
    return match.group(0) if giver else f"{match.group(1)} you"


_THIRD_PARTY = lazy_regex(r"\b(?:apprentices?|lad|trainees?|interns?|new hire|candidates?|students?|colleagues?|"
                          r"clients?|customers?|boss|manager|son|daughter|husband|wife|kids?|child|nephew|niece|"
                          r"brother|sister|friend|flatmate|tenant|landlord|patient|resident)\b", re.IGNORECASE)
"""People other than the mentor that notes name before a "him" or "her" that is theirs."""
_CLAUSE_END = lazy_regex(r"[.;!?\n]")


def _objects_after_a_third_party(text: str) -> str:
    """A "him" or "her" after someone else the notes name, with no mention of the mentor between: theirs.

    "steve says pay apprentice min wage…, check w/ my insurer abt adding him (steve uses tradesman saver), dont
    take him on unless…" is about the apprentice: "adding you" told Steve to be insured (review 54). An aside in
    brackets that names the mentor does not change who "him" is.
    """
    out, last = [], 0
    # (a pronoun kept as someone else's says which one they are: "my colleague Sipho did her volunteer training and
    # said she taught him" is about the mentor's training, review 89)
    kept = {w.replace(_KEPT, "").lower() for w in re.findall(rf"\b\w+{_KEPT}\w*\b", text)}
    objects = "im" if kept & {"him", "he", "his"} else "er" if kept & {"her", "she", "hers"} else "im|er"
    for person in _THIRD_PARTY.finditer(text):
        if person.start() < last:
            continue
        end = _CLAUSE_END.search(text, person.end())
        stop = end.start() if end else len(text)
        span = text[person.end():stop]
        outside = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), span)
        mentor = re.search(rf"{re.escape(_YOU)}|\b(?:he|she)\b", outside, re.IGNORECASE)
        span = span[: mentor.start()] if mentor else span
        marked = re.sub(rf"\b(h)({objects})\b(?!\s+(?:own|team|group|lab|department|side)\b)",
                        lambda m: f"{m.group(1)}{_THIRD}{m.group(2)}", span, flags=re.IGNORECASE)
        out.append(text[last:person.end()] + marked)
        last = person.end() + len(span)
    return "".join(out) + text[last:]


def _kept_third_person(match: re.Match[str]) -> str:
    subject, obj = match.group("subject").lower(), match.group("object").lower()
    if (subject, obj) not in (("he", "him"), ("she", "her")) or _her_is_possessive(match, obj):
        return match.group(0)
    return f"{match.group('subject')}{match.group('between')}{obj[0]}{_THIRD}{match.group('object')[1:]}"


def _kept_object(match: re.Match[str]) -> str:
    if match.group(2).lower() == "er" and _her_as_you(match.group(3)) == "your":
        return match.group(0)  # "send her notes": hers, said to her as "your notes"
    return f"{match.group(1)}{_THIRD}{match.group(2)}"


def _her_is_possessive(match: re.Match[str], obj: str) -> bool:
    # "she will send her notes": her own notes, so "your notes"
    if obj != "her":
        return False
    following = re.match(r"\s+(\S+)", match.string[match.end():])
    return _her_as_you(following.group(1) if following else None) == "your"


def initials_of(person: str) -> str:
    """A person's initials in capitals ("Dan Kowalski" -> "DK"), title left out; "" for one name."""
    _, first, last = address(person)
    # "Rhys ap Gwynfor" is "RG": the surname's initial is its first capitalised word's; "Rhiannon Pryce-Evans"
    # is "RPE", an initial for each part of a double-barrelled name
    surname = next((w for w in last.split() if w[:1].isupper()), last)
    parts = re.split(r"-|['’](?=[A-Z])", surname)  # and "Sarah O'Brien" is "SOB"
    return f"{first[:1]}{''.join(part[:1] for part in parts)}".upper() if first and last else ""


def _nicknames_in(text: str, person: str) -> set[str]:
    """Short forms of the person's first name that ``text`` uses: "Seun" for Oluwaseun, "Alex" for Alexandra."""
    first = without_accents(address(person)[1]).lower()
    if len(first) < 5:
        return set()
    words = {word.lower(): word for word in re.findall(r"\b[A-Z][a-z]{2,}\b", text)}
    return {word for lowered, word in words.items()
            if lowered != first and (first.startswith(lowered) or first.endswith(lowered))}


def without_accents(word: str) -> str:
    """"Inés" -> "Ines": notes typed in a hurry often leave the accents off."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def initials_forms(person: str) -> set[str]:
    """The initials notes write for a person ("AC" for Ana Costa).

    "LdV" for a surname with a particle (its initial in lower case); "JL" for Jean-Luc; and "IC" as well as "ICA"
    for Ifeoma Chukwu-Adams, as notes often take only the first part of a double-barrelled surname (review 77).
    """
    _, first, last = address(person)
    forms = {initials_of(person), "".join(p[:1] for p in first.split("-")).upper()}
    if first and len(last.split()) > 1:
        forms.add(first[:1].upper() + "".join(w[:1] for w in last.split()))
    if first and "-" in last:
        forms.add(f"{first[:1]}{last[:1]}".upper())
    if first.lower() in FAMILY_NAME_FIRST and "-" in last:  # "JH" for Park Ji-hoon, by the given name (review 91)
        forms.add("".join(p[:1] for p in last.split("-")).upper())
    return {f for f in forms if len(f) > 1}


def initials_used_for(text: str, person: str) -> set[str]:
    """Two-letter initials the notes use for a person known only by title and surname ("JB" for Mr. Brennan).

    Only initials that end in the surname's initial and label a line's owner somewhere ("JB: keep to 3
    slides", "JB to let me present") count, so "HR" or "QA" in passing are never taken for the person.
    """
    title, surname, last = address(person)  # "Mr. Brennan": the one name after the title is the surname
    if title and not last and surname:
        return _initials_in_use(text, rf"[A-Z]{re.escape(surname[:1].upper())}", 1, re.IGNORECASE)
    first = surname if not title and not last else ""  # "Carol" alone: notes may call her "CR" (her surname's initial)
    if not first[:1].isalpha():
        return set()
    # only initials used again and again, for a person named by a first name alone ("CV:" once is a CV)
    return _initials_in_use(text, rf"{re.escape(first[:1].upper())}[A-Z]", 2)


def _initials_in_use(text: str, candidate: str, times: int, flags: int = 0) -> set[str]:
    """Initials matching ``candidate`` that label a line's owner or speak, at least ``times`` times in all.

    ``flags``: re.IGNORECASE where the initials are a title's surname ("jb:" for Mr. Brennan); else capitals
    only, so "me:" is never "ME".
    """
    labels = re.findall(rf"(?m)^\s*(?:[-*•]\s*)?(?:action:\s*)?({candidate})(?=\s*:|\s+[-–—]\s|\s+to\s)", text,
                        flags=flags)
    # "CO thinks the lit review is too descriptive", "CO will read my abstract": the person speaking or promising
    speaking = re.findall(rf"\b({candidate})(?=\s+(?:thinks|said|says|will|mentioned|suggested|reckons|"
                          r"recommended)\b)", text)
    # ("go to the dementia training…" for Mrs. Okafor: a word is no "GO" unless typed in capitals)
    found = [i for i in labels + speaking
             if i and i not in _COMMON_ACRONYMS and (i.isupper() or i.lower() not in _TWO_LETTER_WORDS)]
    return {i for i in found if found.count(i) >= times}


_TWO_LETTER_WORDS = word_set("go do so no to oh ok of on in is it at as an am be by he hi if me my or us we up")
"""Words that look like two initials when the notes are read without regard to case."""


_COMMON_ACRONYMS = frozenset({"HR", "QA", "IT", "PR", "PM", "GP", "MD", "OT", "PT", "AI", "UX", "UI", "BA", "VP", "TM",
                              "CV", "OK", "HQ", "ER", "IR", "ED", "SO", "MO", "DO"})
"""Two capitals that name a department or a role, never the person by their initials."""


def quoted_nicknames(person: str) -> set[str]:
    """A nickname typed in quotes inside the name: "Josefina 'Joy' Dela Cruz" -> {"Joy"}."""
    return set(re.findall(r"['\"‘“]([^'\"’”\s]{2,15})['\"’”]", person))


_TITLE_WORDS = "|".join(sorted({re.escape(t.rstrip(".")) for t in TITLES}, key=len, reverse=True))
"""Any honorific, as a regex alternation: said before a name, it is replaced with the name."""
_RESPECT_AFTER = r"(?:sir|ji|madam|ma['’]am|san|sensei|sahib|saheb|garu|bhai|didi|usta|bey|hanım|hanim|hoca|hocam)\b"
"""A respect said after a name ("Ramesh sir", "Patil ji", "Tanaka san"), which goes with the name."""


def names_of(person: str) -> set[str]:
    """The ways notes name someone: first and last name, nicknames, and the title with the surname ("Mr Hoffmann")."""
    title, first, last = address(person)
    names = {n for n in (first, last) if n and len(n) > 1} | quoted_nicknames(person)
    nickname = first.split()
    if len(nickname) == 2 and nickname[0].lower() in NICKNAME_ADJECTIVES:
        names.add(nickname[1])  # "Big Mike": "mike was gonna show me…" is him too
    names |= {without_accents(n) for n in names}
    surname = last or first
    if title and surname:  # "Mr Hoffmann" and "Mr. Hoffmann" alike, so no "Mr" is left before "you"
        bare = title.rstrip(".")
        names |= {f"{bare} {surname}", f"{bare}. {surname}"}
    return names


def _her(match: re.Match[str]) -> str:
    following = match.group(1) if match.lastindex else None
    before = re.search(r"(\w+)\W*$", match.string[: match.start()])
    if before and following and _verb_after_object(before.group(1), following):
        return "you"  # "the neighbours helped her restock", "they let her go early": she does the next verb
    if _WHEN_AFTER.match(match.string, match.end()):
        return "you"  # "shadow her one day when I come…": when, after the one shadowed (review 83)
    return _her_as_you(following)


_WHEN_AFTER = lazy_regex(r"\s+(?:one|some|every|each|this|next|that)\s+(?:day|morning|afternoon|evening|night|week|"
                         r"weekend|time|shift|season|month)s?\b", re.IGNORECASE)


_MAKES_DO = frozenset({"let", "lets", "make", "makes", "made", "help", "helps", "helped", "watch", "watched",
                       "see", "saw", "seen", "hear", "heard", "have", "had", "helping", "watching", "letting"})
"""Verbs whose object does the next (bare) verb: "help her restock", "made her laugh"."""


def _verb_after_object(before: str, following: str) -> bool:
    # only a word the lexicon reads first as a base verb: "helped her team" is still her team
    word = re.sub(r"\W", "", following).lower()
    return before.lower() in _MAKES_DO and bool(word) and lexicon_tag(word) == "VB"


_NOUNS_IN_LY = frozenset({"family", "assembly", "supply", "reply", "anomaly", "monopoly", "homily", "butterfly",
                          "melody", "comedy", "remedy", "ugly"})
"""Words ending in "-ly" that are no adverb: "her family" is "your family"."""


def _her_as_you(following: str | None) -> str:
    """How "her" reads said to her: "you" as an object ("ask her about"), "your" before what is hers."""
    if following is None or following[:1] in "(,.;:!?)":
        return "you"  # "send it to her (by 12/3)": nothing of hers follows
    word = re.sub(r"\W", "", following).lower()
    tags = tag(following)
    if word.endswith("ing") and tags and tags[0][1] in ("VBG", "NN"):
        return "your"  # "her pipetting is better than mine": what she does, said to her
    if re.fullmatch(r"[a-z]{3,}[^l]ly", word) and word not in _NOUNS_IN_LY:
        return "you"  # "I met her briefly": an adverb, so "her" was the one met
    is_object = not word or word in ("a", "an", "the", "to", "about", "if", "that", "and", "for", "on", "in",
                                     "with", "when", "my", "this", "what", "how", "tomorrow", "today",
                                     "tonight", "later", "soon", "again", "back", "next", "yesterday", "everyday",
                                     "daily", "weekly", "once", "twice", *_WEEKDAYS_LOWER) or (
                                         tags and tags[0][1] in (
                                         "IN", "DT", "TO", "PRP", "PRP$", "CC", "RB", "WRB", "WP"))  # fmt: skip
    return "you" if is_object else "your"


_WEEKDAYS_LOWER = tuple({day.lower() for day in SHORT_DAY_NAMES.values()} | set(SHORT_DAY_NAMES))
"""Days after "her" make her the object: "I'll call her Monday" is "call you Monday"."""
_GIVING_VERBS = frozenset({"send", "sent", "give", "gave", "show", "showed", "lend", "lent", "bring", "brought",
                           "email", "emailed", "pass", "hand", "get", "buy", "offer", "teach", "owe", "pay", "text",
                           "post", "forward", "mail"})
"""Verbs whose first object is who receives: "send Huw photos" is "send you photos", not "your photos"."""


def _agree(match: re.Match[str]) -> str:
    adverbs, gap, verb = match.group(1), match.group(2), match.group(3)
    if gap == "'":
        return f"{_YOU}'re" if verb.lower() == "s" else match.group(0)
    prefix, _, lowered = verb.lower().rpartition("-")  # "double-books": the last part is the verb
    prefix = f"{prefix}-" if prefix else ""
    if lowered in _AGREE and not prefix:
        return f"{_YOU}{adverbs}{gap}{_AGREE[lowered]}"
    before = re.search(r"(\w+)\s*$", match.string[: match.start()])
    given_to = before is not None and before.group(1).lower() in _GIVING_VERBS  # "send Huw photos": photos to you
    if not adverbs and not prefix and not given_to and lowered not in _WHEN_WORDS and _only_a_noun(lowered):
        return f"{_YOU}r{gap}{verb}"  # "Angela advice:" is "your advice:"
    lemma = verb_lemmas(lowered)
    third = inflections(lemma[0], "VBZ") if lemma else ()
    if lemma and third and third[0] == lowered and lowered != lemma[0]:
        return f"{_YOU}{adverbs}{gap}{prefix}{lemma[0]}"
    return match.group(0)


_SHOUTED_WORD = lazy_regex(r"[^\W\d_][\w'’]*")
_SHOUTED_SHARE = 0.8
"""A line of notes whose letters are at least this share capitals was typed in capitals (caps lock, a habit)."""


def shouted(line: str) -> bool:
    """Whether a line of notes is typed in capitals ("HE WILL RING THE TRAINING PLACE IN WAKEFIELD FOR ME")."""
    letters = [c for c in line if c.isalpha()]
    words = _SHOUTED_WORD.findall(line)
    return len(words) >= 3 and len(letters) >= 10 and sum(c.isupper() for c in letters) >= _SHOUTED_SHARE * len(letters)


def unshouted(line: str, names: Sequence[str] = ()) -> str:
    """A line typed in capitals in ordinary case, every word kept: names and acronyms keep their capitals.

    "PAT TO SEND LIFT PLAN EXAMPLES, I'LL GO THRU THEM" -> "Pat to send lift plan examples, I'll go thru them";
    a word the lexicon knows goes lower case, a name it knows ("WAKEFIELD") or one given (the mentor's) takes
    its capital, and a short word it does not know stays in capitals ("CPCS", "A61", "GP").
    """
    if not shouted(line):
        return line
    given = {name.lower(): name for name in names if name}
    shorthand = shorthand_words()
    return _SHOUTED_WORD.sub(partial(_unshouted_word, given, shorthand), line)


def _unshouted_word(given: Mapping[str, str], shorthand: frozenset[str], match: re.Match[str]) -> str:
    word = match.group(0)
    lowered = word.lower()
    if lowered in given:
        return given[lowered]
    if lowered == "i" or re.fullmatch(r"i['’](?:ll|m|ve|d)", lowered):
        return "I" + lowered[1:]
    if len(word) == 1 and lowered != "a":
        return word  # an initial: "MIKE K - LUNCH AT THE DINER"
    if lowered in shorthand or lexicon_tag(lowered) is not None:
        return lowered
    if only_a_name(lowered):
        return lowered.capitalize()
    return word if len(word) <= 4 or any(c.isdigit() for c in word) else lowered


_EMBEDDED_WH = lazy_regex(r"^(?P<wh>what|how|where|when|who|which|why)\s+(?P<rest>\S.*?)[\s.?!]*$", re.IGNORECASE)
_COPULAS = frozenset({"is", "are", "was", "were", "will", "would", "can", "could", "should"})
_DO_BY_TAG = {"VBZ": "does", "VBP": "do", "VBD": "did"}


def direct_question(clause: str) -> str | None:
    """An embedded wh-question as asked outright, or None when it has no simple shape.

    "what the interview is like" -> "What is the interview like?", "how industry hiring works" -> "How does
    industry hiring work?", "who decides on promotions" -> "Who decides on promotions?". The user's words are
    kept; only their order changes and "does" is added, as English asks it.
    """
    found = _EMBEDDED_WH.match(clause.strip())
    if not found:
        return None
    words = [("I" if word == "i" else word) for word in found["rest"].split()]
    asked = [found["wh"].lower()]
    if asked[0] == "how" and words and words[0].lower() in _HOW_MEASURES:  # "how long the course takes"
        asked.append(words.pop(0).lower())
    elif asked[0] in ("which", "whose") and words and tag(words[0])[0][1] in ("NN", "NNS"):
        asked.append(words.pop(0))  # "which course is better": the noun goes with "which"
    tagged = tag(" ".join(words))
    if not words or len(tagged) != len(words):
        return None
    verb_at = next((i for i, (word, t) in enumerate(tagged) if _finite_here(word, t, i, tagged)), None)
    if verb_at is None:
        return None
    opening = " ".join(asked).capitalize()
    if verb_at == 0:  # "who decides on promotions": the wh-word is the subject
        return f"{opening} {' '.join(words)}?"
    subject = tagged[:verb_at]
    # ("hiring" and "pay" in a subject are nouns the tagger read as verbs)
    if len(subject) > 6 or any(t in ("VBZ", "VBD", "VBP", "VBN", "IN", "WDT", "WP", "MD") or (t == "PRP" and i)
                               for i, (_, t) in enumerate(subject)):
        return None  # "how the people I met there got hired": not a simple subject
    verb, rest = words[verb_at], words[verb_at + 1:]
    if verb.lower() in _COPULAS or tagged[verb_at][1] == "MD":
        return " ".join([opening, verb.lower(), *words[:verb_at], *rest]) + "?"
    auxiliary = _DO_BY_TAG.get(tagged[verb_at][1], "does" if verb.lower().endswith("s") else "do")
    if auxiliary is None:
        return None
    return " ".join([opening, auxiliary, *words[:verb_at], base_form(verb), *rest]) + "?"


_HOW_MEASURES = frozenset({"long", "much", "many", "often", "far", "old", "big", "hard", "soon"})


def _finite_here(word: str, penn: str, index: int, tagged: Sequence[tuple[str, str]]) -> bool:
    """Whether the word at ``index`` is the clause's finite verb.

    "works" in "how industry hiring works" is one, though the tagger reads it as a plural noun.
    """
    if penn in ("VBZ", "VBP", "VBD", "MD") or word.lower() in _COPULAS:
        return True
    lowered = word.lower()
    before = tagged[index - 1][1] if index else ""
    if penn == "VB" and before == "NNS":  # "the hiring managers look for": a plural's verb
        return True
    return (penn == "NNS" and before in ("NN", "NNP", "NNS", "VBG") and lowered.endswith("s") and is_verb(lowered)
            and base_form(lowered) != lowered)


_MONTHS = tuple(calendar.month_name[1:])
"""January to December (English: the coach never sets a locale, so the standard library's names are English)."""
_SHORT_MONTH = lazy_regex(r"(?:(?<=^)|(?<=\bearly )|(?<=\bmid )|(?<=\bmid-)|(?<=\blate )|(?<=\bin )|(?<=\bof )|"
                          r"(?<=\bby )|(?<=\d ))(?P<month>jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
                          r"(?=\s+\d|\s*$|\s*[,;(?]|\s+(?:at|to|or|and|then)\b)", re.IGNORECASE)
"""A month in short ("mid Dec", "Jan 9, 2pm", "a call in Jan?"): spelled out in a message (review 67)."""


def spell_out_months(when: str) -> str:
    """"mid Dec" -> "mid-December", "Jan 9, 2pm" -> "January 9 at 2pm"."""
    when = _SHORT_MONTH.sub(lambda m: next(name for name in _MONTHS if name.lower().startswith(m["month"].lower()[:3])),
                            when)
    when = re.sub(rf"\bmid\s+(?=(?:{'|'.join(_MONTHS)})\b)", "mid-", when, flags=re.IGNORECASE)
    clock = r"(?=\d{1,2}(?::\d{2})?\s*(?:am|pm)\b)"
    return re.sub(rf"\b((?:{'|'.join(_MONTHS)})\s+\d{{1,2}}(?:st|nd|rd|th)?),\s+{clock}", r"\1 at ", when)


def with_my_subject(piece: str) -> str:
    """A later sentence about the user, typed without its "I" (review 70 and the golden corpus).

    "Finished gen chem at night last spring" -> "I finished…"; "Done Google UX cert" -> "I've done…"; "Want to
    transition…" -> "I want to…"; "Scared of orgo" -> "I'm scared of orgo"; "Honestly drowning in the paperwork" ->
    "Honestly, I'm drowning…". Anything else, and anything with its subject, stays as typed.
    """
    lead = re.match(r"(?P<adv>(?:honestly|tbh|also|now|currently|still|just|recently|already)\b,?\s+)?(?P<rest>.+)$",
                    piece, re.IGNORECASE | re.DOTALL)
    adv, rest = (lead["adv"] or "", lead["rest"]) if lead else ("", piece)
    tagged = tag(rest)
    if len(tagged) < 2:
        return piece
    word, word_tag = tagged[0][0].lower(), tagged[0][1]
    if word == "done" and tagged[1][1] not in ("IN", "TO", "RP"):
        said = f"I've {lower_first(rest)}"
    elif word in ("want", "need", "hope", "plan", "wanna") and tagged[1][0].lower() in ("to", "a", "an", "my", "more"):
        said = f"I {lower_first(rest)}"
    elif word in USER_STATES and tagged[1][0].lower() in ("of", "about", "in", "with", "by", "at"):
        said = f"I'm {lower_first(rest)}"
    elif (word_tag in ("VBD", "VBN") and word.endswith(_PAST_ENDINGS) and lexicon_tag(word) in ("VBD", "VBN")) or (
            word in BRITISH_PAST and tagged[1][1] in ("TO", "DT", "PRP$", "IN", "RP")):
        said = f"I {lower_first(rest)}"
    else:
        return piece
    return f"{upper_first(adv.strip().rstrip(','))}, {said}" if adv.strip() else said


_PAST_ENDINGS = ("ed", "came", "went", "got", "did", "took", "left", "won", "made", "ran", "built", "began", "taught",
                 "sold", "spent", "learnt", "sent", "dealt", "felt", "burnt", "met", "saw", "wrote", "gave", "found")
"""How a past verb the user starts a sentence with ends ("Finished gen chem…", "Came to Canada…")."""
BRITISH_PAST = frozenset({"learnt", "spelt", "dreamt", "leapt"})
"""Past forms the tagger's lexicon does not know ("Learnt to use the kiln controller…", review 91)."""
USER_STATES = frozenset({"scared", "afraid", "worried", "nervous", "terrified", "drowning", "stuck", "bad", "good",
                     "interested", "obsessed", "excited", "tired", "keen", "passionate", "comfortable", "confident"})
"""How the user is, typed without "I'm" ("Scared of orgo to be honest", "drowning in the paperwork")."""


QUOTE_STAND_IN = "quotedwords"
"""What stands in for a quotation set aside: a word no rewrite of person or tense touches."""


def quotations_set_aside(text: str, pattern: re.Pattern[str],
                         aside: Callable[[re.Match[str]], bool]) -> tuple[str, Callable[[str], str]]:
    """``text`` with the quotations ``pattern`` finds and ``aside`` picks stood in for, and what puts them back.

    Someone's exact words keep their person while the rest is rewritten: "too many 'i think'" said to the user
    (feedback), "I wrote 'she is sad'" sent to the mentor (summary, review 105).
    """
    quotes: list[str] = []

    def stand_in(match: re.Match[str]) -> str:
        if not aside(match):
            return match.group(0)
        quotes.append(match.group(0))
        return f"{QUOTE_STAND_IN}{len(quotes) - 1}"

    def restored(rewritten: str) -> str:
        return re.sub(rf"{QUOTE_STAND_IN}(\d+)", lambda m: quotes[int(m.group(1))], rewritten) if quotes else rewritten

    return pattern.sub(stand_in, text), restored
