"""Code-computed rubric helpers shared by the jobs: counts, lexicons and detectors.

Every lexicon a check relies on is defined here once; the composers read the same tables, so a
word the checks forbid is never produced by a composer. All helpers work on any engine's output:
they tolerate Markdown, ``[n]`` citation markers and typographic apostrophes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from coach.lazy_patterns import lazy_regex


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set (keeps long lexicons readable)."""
    return frozenset(text.split())


WORD_LIMIT_MESSAGE = 150
"""First messages and notes that will be sent should fit in 150 words."""

LINKEDIN_NOTE_LIMIT = 300
"""LinkedIn's hard limit for a connection note, in characters."""

WHY_MIN_WORDS = 3
"""Fewest words that can say why this mentor ("beer good" cannot; "your PyCon talk" can)."""

CITATION = lazy_regex(r"[ \t]?\[\d{1,2}\]")
_WORD = lazy_regex(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
_SENTENCE_SPLIT = lazy_regex(r"(?<=[.!?])[\"”’)\]]*\s+|\n+")
_LIST_ITEM = lazy_regex(r"^(?P<indent>[ \t]*)(?:[-*+]|\d{1,2}[.)])\s+(?:\[[ xX]\]\s*)?(?P<text>.+?)\s*$")
_HEADING = lazy_regex(r"^\s{0,3}(?:#{1,6}\s+(?P<hash>.+?)\s*#*|\*\*(?P<bold>[^*]+?)\*\*:?|__(?P<under>[^_]+?)__:?)\s*$")
_NOTE_START = lazy_regex(
    r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$|^\s*[*_>]*\s*(?:—\s*)?(?:why this (?:works|shape)|grounded in)\b",
    re.IGNORECASE,
)

STOPWORDS = word_set(
    """a an the and or but if then than so of to in on at by for with from about into onto over under
    as is are was were be been being am do does did doing have has had having i me my mine we our ours
    you your yours he him his she her hers they them their theirs it its this that these those there here
    what which who whom whose when where why how all any both each few more most other some such no not
    only own same too very can could should would will shall may might must just also really quite
    get got up out off again once am re ve ll don't i'm i've i'll i'd you're it's that's let's
    please thanks thank hi hello dear best regards"""
)

ABSOLUTES: tuple[str, ...] = ("every single time", "every time", "all the time", "always", "never", "constantly")
"""Absolutes invite an argument about the exceptions; feedback that is given avoids them."""

LABELS: dict[str, tuple[str, str]] = {
    # label: (observable behaviour to say instead, what to call the work when the text names none)
    "lazy": ("some of the expected work wasn't done", ""),
    "sloppy": ("there were avoidable mistakes in {what}", "your work"),
    "careless": ("there were avoidable mistakes in {what}", "your work"),
    "messy": ("{what} was hard to follow", "the work"),
    "unprofessional": ("{what} didn't match the standard the team expects", "the way things were handled"),
    "not professional": ("{what} didn't match the standard the team expects", "the way things were handled"),
    "incompetent": ("{what} didn't reach the standard that was needed", "the work"),
    "hopeless": ("{what} didn't reach the standard that was needed", "the work"),
    "useless": ("{what} didn't reach the standard that was needed", "the work"),
    "clueless": ("some key details of {what} weren't clear to you yet", "the work"),
    "stupid": ("{what} didn't reach the standard that was needed", "the work"),
    "dumb": ("{what} didn't reach the standard that was needed", "the work"),
    "pathetic": ("{what} fell short of what was needed", "the work"),
    "terrible": ("{what} fell short of what was needed", "the work"),
    "awful": ("{what} fell short of what was needed", "the work"),
    # a verdict on the work with nothing said of what was wrong ("my mise is always a disaster")
    "a disaster": ("{what} fell short of what was needed", "the work"),
    "a mess": ("{what} was hard to follow", "the work"),
    "a shambles": ("{what} was hard to follow", "the work"),
    "a nightmare": ("{what} fell short of what was needed", "the work"),
    "a joke": ("{what} fell short of what was needed", "the work"),
    "a disgrace": ("{what} fell short of what was needed", "the work"),
    "disgraceful": ("{what} fell short of what was needed", "the work"),
    "appalling": ("{what} fell short of what was needed", "the work"),
    "disorganised": ("things weren't ready when they were needed", ""),
    "disorganized": ("things weren't ready when they were needed", ""),
    "scatterbrained": ("things weren't ready when they were needed", ""),
    "unreliable": ("some commitments weren't met when agreed", ""),
    "flaky": ("some commitments weren't met when agreed", ""),
    "negligent": ("some steps that were needed were skipped", ""),
    "arrogant": ("other people's suggestions were moved past quickly", ""),
    "cocky": ("some risks were taken more lightly than they should be", ""),
    "reckless": ("some risks were taken more lightly than they should be", ""),
    "rude": ("some comments came across as abrupt", ""),
    "abrasive": ("some comments came across as abrupt", ""),
    "bossy": ("instructions were given where a question might have worked better", ""),
    "selfish": ("other people's needs weren't taken into account", ""),
    "inconsiderate": ("other people's needs weren't taken into account", ""),
    "thoughtless": ("other people's needs weren't taken into account", ""),
    "immature": ("some reactions didn't fit the setting", ""),
    "annoying": ("some interactions frustrated people", ""),
    "unmotivated": ("your energy for the work seemed lower than usual", ""),
    # a mood said as who they are ("they think im moody", review 109)
    "moody": ("some conversations felt less warm than they could", ""),
    # a verdict on how the work looks ("the logo concepts look cheap and amateur", review 77)
    "amateur": ("{what} didn't look as polished as needed", "the work"),
    "amateurish": ("{what} didn't look as polished as needed", "the work"),
    "cheap": ("{what} didn't look as polished as needed", "the work"),
    # how someone comes across, said as a verdict ("cold and robotic on calls", "get defensive", review 76)
    "robotic": ("some conversations felt less warm than they could", ""),
    "come across cold": ("some conversations felt less warm than they could", ""),
    "comes across cold": ("some conversations felt less warm than they could", ""),
    "come across as cold": ("some conversations felt less warm than they could", ""),
    "comes across as cold": ("some conversations felt less warm than they could", ""),
    "get defensive": ("some notes were argued with before they were heard out", ""),
    "gets defensive": ("some notes were argued with before they were heard out", ""),
    # a put-down that compares them with a beginner ("that I am like a student still", review 84)
    "like a student": ("some work still looked like a beginner's", ""),
    "like a child": ("some reactions didn't fit the setting", ""),
    "like a kid": ("some reactions didn't fit the setting", ""),
    "like a beginner": ("some work still looked like a beginner's", ""),
    "like a maniac": ("some risks were taken more lightly than they should be", ""),
    "like maniac": ("some risks were taken more lightly than they should be", ""),
    "like a lunatic": ("some risks were taken more lightly than they should be", ""),
    # a person called a kind of person ("a bit of a cowboy", review 77): a label all the same
    "a cowboy": ("some risks were taken more lightly than they should be", ""),
    "a loose cannon": ("some risks were taken more lightly than they should be", ""),
    "a liability": ("some risks were taken more lightly than they should be", ""),
    "a slacker": ("some of the expected work wasn't done", ""),
    "a diva": ("some reactions didn't fit the setting", ""),
    "a hothead": ("some reactions didn't fit the setting", ""),
    "a drama queen": ("some reactions didn't fit the setting", ""),
    "a know-it-all": ("other people's suggestions were moved past quickly", ""),
    "a control freak": ("instructions were given where a question might have worked better", ""),
    # "too …" said of a person ("you're too chatty"): a verdict on who they are, not what they did
    **{f"too {judged}": ("", "") for judged in ("chatty", "slow", "emotional", "blunt", "pushy", "negative",
                                                "sensitive", "aggressive", "harsh", "defensive", "passive", "bossy",
                                                "soft", "loud", "quiet", "arrogant", "full of yourself")},
}
"""Personality labels, and the behaviour-level phrasing that replaces each one."""

DEFENSIVE_PHRASES: tuple[str, ...] = (
    "but",
    "however",
    "that's not fair",
    "that isn't fair",
    "not fair",
    "you don't understand",
    "not my fault",
    "wasn't my fault",
    "i had no choice",
    "to be fair",
    "with respect",
    "you're wrong",
    "that's wrong",
    "i disagree",
    "that's only because",
    "nobody told me",
    "no one told me",
)
"""Phrases that make a reply to feedback sound like a rebuttal."""

EASY_OUTS: tuple[str, ...] = (
    "no worries",
    "no stress",  # "no stress if not" (review 68: a second way out was added after it)
    "all good if not",
    "no biggie",
    "get it if not",
    "fine if not",
    "ok if not",
    "okay if not",
    "no pressure",
    "no problem if",
    "no problem at all",
    "completely understand",
    "totally understand",
    "entirely understand",
    "understand completely",
    "i understand if",
    "i'd understand",
    "i'll understand",
    "i would understand",
    "no need to reply",
    "no reply needed",
    "feel free to say no",
    "feel free to decline",
    "if now isn't a good time",
    "if the timing isn't right",
    "if the timing's bad",
    "if you're too busy",
    "if you're swamped",
    "if you're slammed",  # "Totally fine if you're slammed." got a second way out (review 77)
    "if you're busy",
    "totally fine if",
    "no pressure",
    "no hard feelings",
    "fine to say no",
    "if you'd rather not",
    "if it's not a good time",
    "if not, that's",
    "if not, no",
    "fine if not",
    "okay if not",
    "ok if not",
    "all good if not",
    # the user's own, typed in their ask (review 66: a second way out was added after each)
    "ok to say no",
    "okay to say no",
    "only if you have time",
    "only if you have the time",
    "if you're able",
    "no obligation",
)
"""Lines that make declining painless."""

CLOSED_STARTERS = word_set(
    """is are am was were do does did can could should would will shall may might must have has had
    isn't aren't wasn't weren't don't doesn't didn't can't couldn't shouldn't wouldn't won't haven't
    hasn't"""
)
"""First words of a yes/no question."""

DURATION_PATTERN = lazy_regex(
    r"\b(?:\d{1,3}|five|ten|fifteen|twenty|twenty-five|thirty|forty|forty-five|sixty|ninety|one|two)"
    r"(?:\s*(?:-|–|to)\s*\d{1,3})?[\s-]?(?:minutes?|mins?|hours?|hrs?|h)\b"
    r"|\bhalf[\s-]an?[\s-]hour\b|\bhalf[\s-]hour\b|\ban hour\b|\bquarter of an hour\b",
    re.IGNORECASE,
)

_REQUEST_QUESTION = lazy_regex(
    r"\b(?:would|could|can|might|may)\s+(?:you|we|i)\b|\b(?:are|were)\s+you\s+(?:open|willing|up|free|available)\b"
    r"|\b(?:would|is) it (?:be )?(?:possible|ok|okay|alright|all right)\b|\bany chance\b|\bhow about\b"
    r"|\b(?:would|could) .{1,40}\b(?:work|suit)\b"
    r"|\bdo you have\b|\bwould you\b"
    # "Do you ever take apprentices?", "do you know of any openings?": a request put as a question (review 71)
    r"|\bdo\s+you\s+(?:ever\s+)?(?:take\s+on|take|accept|offer|know\s+of|know\s+any(?:one|body)?)\b"
    r"|\bare\s+you\s+(?:taking|accepting|hiring)\b"
    r"|^\s*(?:(?:would|do)\s+you\s+)?mind\s+if\s+i\b"  # "mind if i buy u a coffee some morning…?"
    # a question that opens on the offer itself: "Buy you a pint and pick your brains?", "Fancy a coffee?"
    r"|^\s*(?:buy|grab|fancy|meet|join|share|send|review|look over|check)\b"
    # "A 15-minute call sometime?"
    r"|^\s*(?:a|an)\s+(?:quick\s+|short\s+)?(?:\d+|half[- ]an?)[- ]?(?:min|minute|hour)"
    # "Coffee for 15 min when you're off shift?", "Quick call next week?": the offer without its verb
    r"|^\s*(?:(?:a|an)\s+)?(?:quick\s+|short\s+)?(?:coffee|tea|lunch|call|phone call|video call|zoom|chat|walk|pint|"
    r"beer|drink)\b",
    re.IGNORECASE,
)
_REQUEST_STATEMENT = lazy_regex(
    r"^(?:i'?d|i would)\s+(?:really\s+|so\s+)?(?:love|like|appreciate|be (?:very\s+|so\s+|really\s+)?"
    r"(?:grateful|glad|thrilled|delighted))\s+"
    r"(?:for\s+|to\s+(?:have|get|book|grab|schedule|set up|ask|chat|talk|speak|meet)\b|a\b|an\b|\d|your\b|some\b|"
    r"the (?:chance|opportunity)|if you\b|it if\b|"
    # "I would like to know if you can give me some advice…" (review 72: "found 0" asks)
    r"to\s+know\s+(?:if|whether)\s+you\s+(?:can|could|would|might|have|are|do)\b|"
    # ("I would like to know if I can observe in your clinic one morning", review 90)
    r"to\s+know\s+(?:if|whether)\s+i\s+(?:can|could|may|might)\s+(?:observe|visit|shadow|come|join|sit in|"
    r"watch|send|ask|call|meet)\b)"
    # "I'm hoping to get my first role" is a goal, not a request: "get"/"have" count only with a request's object.
    r"|^(?:i'?m|i am)\s+(?:hoping for|hoping to (?:ask|book|grab)|writing to ask)\b"
    # "I could buy you a coffee sometime or tag along…": the user's offer is the ask
    r"|^i\s+could\s+(?:buy|get|grab|treat|take)\s+you\b"  # ("I can come to County Hall" only eases the ask)
    # "If it is possible, can you kindly give me some advice…." typed without its question mark
    r"|(?:^|,\s*)(?:can|could|would)\s+you\s+(?:kindly\s+|please\s+)?(?:give|send|share|tell|help|look|review|advise)\b"
    r"|^(?:i'?m|i am)\s+hoping to (?:get|have)\s+(?:your|some of your|a few (?:minutes|words)"
    r"|\d+\s*-?\s*(?:min|minutes?|mins|questions?)|a (?:quick|short|brief)"
    r"|(?:a|one|two|three) (?:question|call|chat|conversation))\b",
    re.IGNORECASE,
)

_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?"
    "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
SPAN_OF_TIME = r"(?:\d+|a|one|two|three|four|five|six|a few)\s*(?:days?|wks?|weeks?|months?|mths?)\b"
"""A span as notes type it ("6 wks", "a few days", "two months"): after "in", a time ahead."""
SHORT_DAY_NAMES = {"mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday", "weds": "Wednesday",
                   "thu": "Thursday", "thur": "Thursday", "thurs": "Thursday", "fri": "Friday", "sat": "Saturday",
                   "sun": "Sunday"}  # fmt: skip
"""Weekdays as notes type them short, and their full names."""
_WEEKDAYS = "mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
DATE_PATTERN = lazy_regex(
    rf"\b\d{{4}}-\d{{2}}-\d{{2}}(?:[ T]\d{{1,2}}:\d{{2}})?\b"
    rf"|\b(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|[12]\d|3[01])(?:/\d{{2,4}})?\b"  # not "70/30"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b"
    rf"|\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    # "Thu 30th", "Friday the 3rd", "Mon 3 March": the weekday and its day of the month are one date
    rf"|\b(?:next\s+|this\s+)?(?:{_WEEKDAYS})\b(?:\.?,?\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)\b"
    rf"(?:\s+(?:of\s+)?(?:{_MONTHS})\b)?|\.?,?\s+\d{{1,2}}\s+(?:{_MONTHS})\b)?"
    rf"|\b(?:tomorrow|today|tonight|next (?:week|wk)|next month|end of (?:the )?(?:day|week|month|quarter)"
    rf"(?!\s+(?:routine|report|review|meeting|check|summary|wrap|call|email|notes?)\b)|"  # "an end of day routine"
    rf"eod|eow|eom)\b",
    re.IGNORECASE,
)
"""Dates as people write them in notes: ISO, 3 Dec, Dec 3rd, Friday, next week, EOW."""


def normalise(text: str) -> str:
    """Typographic apostrophes and quotes made plain, so lexicon matching sees one spelling."""
    return text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


def strip_citations(text: str) -> str:
    """The text without ``[n]`` markers."""
    return CITATION.sub("", text)


def plain(text: str) -> str:
    """The text as a reader sees it: no citations, no Markdown emphasis, plain apostrophes."""
    text = normalise(strip_citations(text))
    return re.sub(r"[*_`#>]+", "", text)


def words(text: str) -> list[str]:
    """The words of ``text`` as a reader counts them (citations and Markdown ignored)."""
    return _WORD.findall(plain(text))


def word_count(text: str) -> int:
    """How many words ``text`` has."""
    return len(words(text))


def char_count(text: str) -> int:
    """Characters of ``text`` as sent (citation markers excluded)."""
    return len(strip_citations(text).strip())


def split_note(text: str) -> tuple[str, str]:
    """Separate the message to send from the trailing "Why this works" note, if there is one.

    The note starts at a horizontal rule (``---``) or a line beginning "Why this works",
    "Why this shape" or "Grounded in".
    """
    lines = text.splitlines()
    for position, line in enumerate(lines):
        if position and _NOTE_START.match(line):
            return "\n".join(lines[:position]).strip(), "\n".join(lines[position:]).strip()
    return text.strip(), ""


_NO_SENTENCE_END = lazy_regex(r"(?:\b[A-Z]\.|\b(?:[A-Za-z]\.){2,}|\b[0-3]?\d\.(?:0?[1-9]|1[0-2])\.)$")
"""A full stop that ends an initial ("the R."), a dotted abbreviation ("GlobalG.A.P.") or a date ("6.3.")."""
_SHORTENED_WORD = lazy_regex(r"\b(?:incl|approx|esp|vs|v|cf|eg|ie)\.$", re.IGNORECASE)
"""A word shortened with a full stop that never ends a sentence: "incl. SLACs", "esp. the intro"."""
_SHORTENED_NOUN = lazy_regex(r"\b(?:conf|dept|govt|mgmt|appt|co)\.$", re.IGNORECASE)
_CLAUSE_START = lazy_regex(r"^(?:i|idk|it|we|he|she|they|you|then|also|and|but|so|my|our|his|her|their|need|will|"
                           r"maybe|not|no|yes|ok|next|too)\b")
"""A shortened noun goes on into the next word ("the conf. abstracts") unless a clause starts there
("science dept. idk if…")."""
_GOES_ON = lazy_regex(r"^[a-z\d(]")
_LIST_NUMBER = lazy_regex(r"^\s*\d{1,2}[.)]$")
"""A list item's number on its own ("1."), split from its item at the full stop."""


def _goes_on_after(last: str, piece: str) -> bool:
    """Whether ``piece`` continues the sentence ``last`` ends with a full stop that ends no sentence."""
    if _NO_SENTENCE_END.search(last) and _GOES_ON.match(piece):
        return True
    if _SHORTENED_WORD.search(last):
        return True
    return bool(_SHORTENED_NOUN.search(last) and re.match(r"[a-z]", piece) and not _CLAUSE_START.match(piece))


def rejoined(pieces: Iterable[str]) -> list[str]:
    """Pieces of a sentence split at a full stop that ends no sentence, joined again.

    "the R. family", "GlobalG.A.P. cert", "6.3. 14:00": the next word goes on in lower case or as a number;
    after "incl." or "conf." it goes on whatever its case.
    """
    return joined_when(
        pieces,
        lambda last, piece: _goes_on_after(last.rstrip(), piece.lstrip()) or bool(_LIST_NUMBER.match(last)),
        lambda last, piece: f"{last.rstrip()} {piece.lstrip()}",
    )


def joined_when(
    pieces: Iterable[str], goes_with: Callable[[str, str], bool], join: Callable[[str, str], str]
) -> list[str]:
    """``pieces``, each one that ``goes_with`` the (already joined) one before it joined to it by ``join``."""
    joined: list[str] = []
    for piece in pieces:
        if joined and goes_with(joined[-1], piece):
            joined[-1] = join(joined[-1], piece)
        else:
            joined.append(piece)
    return joined


def sentences(text: str) -> list[str]:
    """Sentences and lines of ``text``, stripped of list markers and emphasis."""
    result = []
    for line in plain(text).splitlines():
        result += _sentences_of_line(line)
    return result


def _sentences_of_line(line: str) -> list[str]:
    result = []
    for piece in line_sentences(line):
        piece = re.sub(r"^\s*(?:[-+]|\d{1,2}[.)])\s+", "", piece).strip(" \t\"'")
        if piece:
            result.append(piece)
    return result


def line_sentences(line: str) -> list[str]:
    """The sentences of one line, as every splitter reads them.

    No sentence ends after an abbreviation or a title ("e.g.", "Dr."), at a stop inside brackets ("the
    distribuidor (Cofares?) daily delivery") or at one that ends no sentence ("the R. family").
    """
    for number, abbreviation in enumerate(_KEPT_ABBREVIATIONS):
        line = line.replace(abbreviation, f"\x00{number}\x00")
    pieces = [released_stops(p) for p in rejoined(_SENTENCE_SPLIT.split(held_stops(line)))]
    for number, abbreviation in enumerate(_KEPT_ABBREVIATIONS):
        pieces = [piece.replace(f"\x00{number}\x00", abbreviation) for piece in pieces]
    return pieces


_IN_BRACKETS = lazy_regex(r"\([^()\n]{1,80}\)")
_HOLD = str.maketrans({"?": "\ufff0", "!": "\ufff1", ".": "\ufff2"})
_RELEASE = str.maketrans({"\ufff0": "?", "\ufff1": "!", "\ufff2": "."})


def held_stops(line: str) -> str:
    """``line`` with the stops inside brackets held, so no sentence splitter ends a sentence there.

    So is the stop of "no." for a number after what it numbers ("fill in the batch no. before…").
    """
    line = _NUMBER_ABBREVIATED.sub(lambda m: m.group(0).translate(_HOLD), line)
    line = _NUMBERED_PART.sub(lambda m: m.group(0).translate(_HOLD), line)  # "rewrite ep. 3 scenes 12-15" (review 105)
    # (a question quoted inside a sentence, 'like "don't you think this button is confusing?" so the data…', ends no
    # sentence, review 87)
    line = _QUOTED_MID_SENTENCE.sub(lambda m: m.group(0).translate(_HOLD), line)
    return _IN_BRACKETS.sub(lambda m: m.group(0).translate(_HOLD), line)


_NUMBERED_PART = lazy_regex(r"\b(?:ep|eps|vol|ch|pt|fig|sec|para|nr|art)\.(?=\s+\d)", re.IGNORECASE)
"""A numbered episode, volume, chapter or part ("ep. 3"): its stop ends no sentence."""
_QUOTED_MID_SENTENCE = lazy_regex(r"[\"“][^\"“”\n]{1,120}[?!.][\"”](?=\s+[a-z])")


_NUMBER_ABBREVIATED = lazy_regex(r"\b(?:batch|ref|reference|reg|order|invoice|account|phone|case|room|flight|"
                                 r"serial|policy|ticket|job|item|part|ward|bed|page|issue|tel|house|unit|model|lot|"
                                 r"table|gate|platform|claim|patient|staff|student|vehicle) no\.(?=\s+[a-z])",
                                 re.IGNORECASE)


def released_stops(piece: str) -> str:
    """A piece of a line split by sentence, its held stops given back."""
    return piece.translate(_RELEASE)


def questions(text: str) -> list[str]:
    """Sentences of ``text`` that end with a question mark."""
    return [s for s in sentences(text) if s.rstrip(" )\"'").endswith("?")]


def first_word(text: str) -> str:
    """The first word of ``text``, lower-cased, ignoring list markers and emphasis."""
    found = words(text)
    return found[0].lower().replace("’", "'") if found else ""


def is_open_question(question: str) -> bool:
    """Whether a question invites more than yes or no (it does not open with is/do/can/...).

    Context before the question ("I can't tell which labs are good. How would you approach that?")
    is not the question: the sentence that ends in "?" is judged, and within it the part after a colon ("Don't know
    how industry hiring works: what would you want me to understand first?" asks "what").
    """
    asked = [s for s in sentences(question) if s.rstrip(" )\"'").endswith("?")]
    judged = (asked[-1] if asked else question).rsplit(": ", 1)[-1]
    # ("Could you help me understand what the role involves?" asks for an answer, not a yes)
    return first_word(judged) not in CLOSED_STARTERS or _ASKS_TO_BE_TOLD.match(judged.strip()) is not None


_ASKS_TO_BE_TOLD = lazy_regex(r"^(?:could|can|would)\s+you\s+(?:please\s+)?(?:help\s+me\s+understand|explain|"
                              r"walk\s+me\s+through|talk\s+me\s+through|tell\s+me|describe|show\s+me)\s+"
                              r"(?:what|how|why|which|where|when|who)\b", re.IGNORECASE)
"""A question that opens like a yes-or-no one but asks to be told something ("Could you explain how…?")."""


def has_duration(text: str) -> bool:
    """Whether ``text`` gives a time box: "20 minutes", "15-minute", "half an hour"..."""
    return bool(DURATION_PATTERN.search(plain(text)))


def has_easy_out(text: str) -> bool:
    """Whether ``text`` makes it easy to say no."""
    return easy_out_count(text) > 0


def easy_out_count(text: str) -> int:
    """How many sentences of ``text`` make it easy to say no (more than one reads as nervous)."""
    return sum(any(phrase in s.lower() for phrase in EASY_OUTS)
               for s in re.split(r"(?<=[.!?])\s+", plain(text)))  # fmt: skip


def request_sentences(text: str) -> list[str]:
    """The sentences that ask the reader for something (questions or "I'd love..." requests)."""
    found = []
    for sentence in sentences(text):
        is_question = sentence.rstrip(" )\"'").endswith("?")
        # ("I would like to ask 30 minutes of your time… (courses? PGCert?)": a request that ends on the
        # user's own question is still a request)
        if (is_question and _REQUEST_QUESTION.search(sentence)) or _REQUEST_STATEMENT.search(sentence):
            found.append(sentence)
    return found


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(r"(?<![A-Za-z'])" + re.escape(phrase).replace(r"\ ", r"\s+") + r"(?![A-Za-z])", re.I)


def find_phrases(text: str, phrases: Iterable[str]) -> list[str]:
    """Which of ``phrases`` occur in ``text`` as whole words (case-insensitive)."""
    cleaned = plain(text)
    return [p for p in phrases if _phrase_pattern(p).search(cleaned)]


def find_absolutes(text: str) -> list[str]:
    """Absolutes ("always", "never", "every time"...) used in ``text``.

    Not "always" in what is required ("you need to use standard phraseology always"): a standard asked for, not
    a verdict on what was done.
    """
    return find_phrases(REQUIRED_ALWAYS.sub(r"\1", text), ABSOLUTES)


REQUIREMENT = (r"(?:needs?\s+to|must|ha(?:ve|s)\s+to|should|got\s+to|"
               r"(?:want|would like|'d like|need|expect)\s+(?:you|him|her|them)\s+to"
               r"(?!\s+(?:know|understand|see|realis|realiz|hear)))")
"""The words that say something is required ("need to", "must", "has to", "I want you to…": review 105's "I want
you to keep the speed but confirm the address back every time" is a standard asked for, never a charge)."""
REQUIRED_ALWAYS = lazy_regex(rf"(\b{REQUIREMENT}\s+[^,;.]*?)\b(?P<always>always|every (?:single )?time|each time|"
                             r"at all times)\b", re.IGNORECASE)
"""An "always" in a requirement ("i should use ATMIST every time"), with the words before it as group 1."""


def find_labels(text: str) -> list[str]:
    """Personality labels ("lazy", "sloppy"...) used in ``text``.

    Not after "no" or "not": "there is no stupid question" reassures, and calls nobody anything.
    """
    # ("it is not professional" is a verdict all the same: "not professional" is a label of its own)
    cleaned = re.sub(r"\b(?:no|not)\s+(?!professional\b)[a-z]+", "", plain(text), flags=re.IGNORECASE)
    # ("you didn't get defensive", "never got defensive": praise of what they did not do, review 79's labels)
    cleaned = re.sub(r"(?:n['’]t|\bnever)\s+(?:get|got|be|seem|seemed|come across|came across)\s+(?:as\s+)?[a-z]+", "",
                     cleaned, flags=re.IGNORECASE)
    return [label for label in find_phrases(cleaned, LABELS) if (not label.startswith("too ") or _of_a_person(
        cleaned, label)) and not (" " not in label and _STATE_LEFT_IN.search(cleaned.split(label)[0]
                                                                            if label in cleaned else ""))
            and (label not in MOODS or _MOOD_OF_THE_PERSON.search(cleaned) is not None)]


MOODS = frozenset({"moody"})
"""Labels of a mood, said of anyone ("when the CFO got moody"): a label only when said of the user or of them."""
_MOOD_OF_THE_PERSON = lazy_regex(r"\b(?:i'?m|im|i\s+am|you'?re|youre|you\s+are|u\s+r|being|seem(?:s|ed)?\s+|"
                                 r"look(?:s|ed)?\s+)\s*(?:so\s+|very\s+|quite\s+|a\s+bit\s+|too\s+)?"
                                 rf"(?:{'|'.join(sorted(MOODS))})\b", re.IGNORECASE)


_STATE_LEFT_IN = lazy_regex(r"\b(?:leave|leaves|left|leaving)\s+(?:the\s+|his\s+|her\s+|their\s+|your\s+|my\s+)?"
                            r"(?:[a-z-]+\s+){1,3}(?:in\s+)?(?:a\s+)?$", re.IGNORECASE)
"""Before a word that says how a thing was left ("leaves job sites messy"): the state of the thing, a behaviour
to restate, not a label on the person (review 65, f4)."""


def _of_a_person(text: str, judged: str) -> bool:
    """Whether "too …" is said of someone ("you're too chatty", "too quiet in meetings"), not of their work.

    "Your court reports are too emotional" is about the reports: a point to restate, not a verdict on them.
    """
    person = (r"\b(?:i|i'm|im|you|you're|youre|he|he's|she|she's|they|they're|we|we're)\s+(?:\w+\s+)?"
              r"(?:is|are|am|was|were|seems?|comes? across as|came across as)?\s*(?:\w+\s+)?")
    alone = r"(?:^|[.,;:!?\n-]\s*)(?:always\s+|really\s+|way\s+|much\s+|just\s+)?"
    return re.search(rf"(?:{person}|{alone}){re.escape(judged)}\b", text, re.IGNORECASE) is not None


def find_defensive(text: str) -> list[str]:
    """Defensive phrases ("but", "that's not fair"...) used in ``text``."""
    return find_phrases(text, DEFENSIVE_PHRASES)


ABBREVIATED_TITLES = ("Dr.", "Mr.", "Mrs.", "Ms.", "Mx.", "Prof.", "Rev.", "St.", "Sr.", "Capt.", "Col.", "Sgt.", "Lt.",
                      "Maj.", "Gen.", "Cllr.", "Insp.", "Supt.", "Fr.", "Atty.", "Engr.", "Eng.", "Dra.", "Barr.",
                      "Smt.", "Hr.", "Sra.", "Srta.", "Bi.", "Bw.")  # fmt: skip
"""Titles written with a full stop that ends no sentence ("Mrs. Patel", "Capt. de Villiers"), for every splitter."""
_KEPT_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "vs.", *ABBREVIATED_TITLES, "approx.", "a.m.", "p.m.", "No.", "Jr.",
                       "Inc.", "Ltd.", "let. of", "Let. of")  # fmt: skip

MALAY_TITLES = word_set("kak kakak abang puan encik cik datuk dato datin makcik pakcik")
"""Malay titles, said before the given name ("Kak Aisyah", "Encik Hafiz", review 93); "Tuan" is also a Vietnamese
given name, so it is not one of them."""
TITLES = word_set(
    "dr dr. mr mr. mrs mrs. ms ms. mx mx. miss prof prof. professor sir dame rev rev. sr sr. sister matron "
    "sgt sgt. sergeant capt capt. captain lt lt. lieutenant col col. colonel major maj maj. general brigadier "
    "seu "  # Brazilian Portuguese, before the first name ("Seu Carlos", review 107)
    "aunty auntie uncle ate kuya tita tito dona doña mzee mama baba ma'am maam mbak ibu bapak pak bu oom tannie tante "
    "commander cdr cdr. admiral fr fr. father pastor rabbi imam cllr cllr. inspector superintendent constable "
    "revd revd. reverend canon "
    "detective insp insp. supt supt. "
    "councillor hon hon. judge chef coach frau herr madame monsieur mme mme. señor señora sra sra. signora signor "
    "dott dott. doctora doctor atty atty. engr engr. eng eng. arch arch. dra dra. barr barr. shri smt smt. shrimati "
    "hr. fru "  # Danish and Norwegian ("Hr. Jensen"); a bare "hr" is an hour
    "sensei "  # Japanese, before the surname in English ("Sensei Morita"); after it ("Morita Sensei") it is a respect
    "master maestro maestra "  # a craft or martial art's master before the name ("master Dmitri", review 83)
    "ustad ustadh ustaz "  # before the name ("Ustad Karim", review 86)
    "khun "  # Thai, before the given name ("Khun Ploy", review 87)
    "ato woizero weyzero weizero weizerit bwana mwalimu alhaji hajia "  # Amharic and Swahili, Hausa ("Ato Dawit", 105)
    "bosun boatswain "  # a ship's rank before the name ("Bosun Ingrid Haugen", review 88)
    "kyria kyrie kyrios "  # Greek, before the first name ("Kyria Eleni", review 85)
    "pani "  # Polish ("Pani Nowak", review 64); "Pan" alone is also a surname, so it is left out
    "chị chi cô "  # Vietnamese, before the given name ("Chi Lan", written "chi Lan say…" in notes, review 78)
    "bi. bw. bwana"  # Swahili ("Bi. Wanjiru", review 99); bare "bi" and "bw" are words and shorthand too
) | MALAY_TITLES
"""Honorifics, which belong to a name as given and are never dropped (one list for composers and checks)."""


RANKS = (
    "station officer", "watch manager", "crew manager", "group manager", "chief inspector", "detective inspector",
    "driver manager", "the revd", "the reverend", "the rev", "the hon",
    "detective sergeant", "detective constable", "chief superintendent", "police constable", "head chef",
    "sous chef", "charge nurse", "staff nurse", "ward sister", "lieutenant colonel", "wing commander",
    "squadron leader", "flight lieutenant", "lance corporal", "chief petty officer", "petty officer",
    "chief engineer", "second engineer", "chief officer", "chief mate", "first officer", "second officer",
    "third officer", "staff captain",
)  # fmt: skip
"""Titles of more than one word, used before a name as an honorific is ("Station Officer Reid")."""


def is_honorific(word: str) -> bool:
    """Whether ``word`` is an honorific, with or without its full stop ("Mx." and "Mx" alike)."""
    return word.lower().rstrip(".") in TITLES or word.lower() in TITLES  # ("Hr." only with its stop)


_TITLE_PRONOUNS = {"mr": "he", "mrs": "she", "ms": "she", "miss": "she", "sister": "she", "brother": "he",
                   "aunty": "she", "auntie": "she", "aunt": "she", "uncle": "he", "mme": "she", "frau": "she",
                   "herr": "he", "hr": "he", "fru": "she", "pani": "she", "sra": "she", "señora": "she",
                   "señor": "he", "don": "he", "doña": "she", "dona": "she", "ustad": "he"}  # fmt: skip


def title_pronoun(name: str) -> str | None:
    """"he" or "she" when a name's honorific says so ("Mr. Delgado"); None for Dr., Prof., Mx. or no title."""
    first = name.strip().split(" ")[0].lower().rstrip(".") if name.strip() else ""
    return _TITLE_PRONOUNS.get(first)


FAMILY_NAME_FIRST = word_set(
    "kim lee yi park pak choi choe jung jeong kang cho jo yoon yun jang lim im han oh seo shin kwon hwang ahn "
    "song yoo ryu hong jeon ko moon yang son bae baek heo nam noh "
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie tang "
    "feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding shen "
    "nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly "
    # Hokkien, Teochew and Cantonese spellings ("Dr. Tan Wei Ling" was "Dr. Ling", review 110)
    "tan ng goh teo tay koh ong chua yeo khoo teh toh loh quek seah chia chan wong lam lau leung cheung tse yip mak "
    "tsang kwok"
)
"""Common Korean, Chinese and Vietnamese family names, often written first ("Park Jiwon", "Nguyen Van An")."""


def title_length(words: list[str]) -> int:
    """How many of the leading ``words`` are a title: ranks ("Station Officer"), honorifics ("Dr."), or none.

    Titles stack ("The Revd Canon Jane Smith", "Prof. Dr. Schmidt"), and every one of them belongs to the name.
    A title is only a title before a name, so the last word never counts.
    """
    lowered = [w.lower().rstrip(".,") for w in words]
    taken = 0
    while taken < len(words) - 1:
        rest = " ".join(lowered[taken:]) + " "
        rank = next((r for r in RANKS if len(words) - taken > len(r.split()) and rest.startswith(r + " ")), None)
        if rank is None and not is_honorific(words[taken]) and not _don_before_given_name(lowered, taken) and (
                not _anh_before_given_name(lowered, taken)):
            break
        taken += len(rank.split()) if rank else 1
    return taken


def _anh_before_given_name(lowered: list[str], at: int) -> bool:
    """Whether "anh" at ``at`` is the Vietnamese respect for an older man before his given name ("Anh Tuấn").

    Notes write him "anh Tuan"; greeted "Hi Anh," he was called by the respect alone (review 88). "Anh Nguyen" is
    Anh, of the Nguyen family.
    """
    given = lowered[at + 1] if at + 1 < len(lowered) else ""
    return lowered[at] == "anh" and bool(given) and given not in FAMILY_NAME_FIRST


def _don_before_given_name(lowered: list[str], at: int) -> bool:
    """Whether "don" at ``at`` is the Spanish or Italian respect before a given name ("Don Roberto", review 86).

    Never the English name: "Don Smith" is Don. A given name of Spanish or Italian shape ends in -o or -a.
    """
    given = lowered[at + 1] if at + 1 < len(lowered) else ""
    return lowered[at] == "don" and re.fullmatch(r"[a-zà-ú]{3,}[oa]s?", given) is not None


# ("Mehmet Usta": a Turkish respect, review 79; "Kovács tanár úr": a Hungarian one, review 87)
_POSTNOMINAL = lazy_regex(r"^(?:[A-Z]{2,}[A-Z0-9]*|Ph\.?D\.?|MSc|BSc|MPhil|DPhil|MEd|BEd|MBChB|MRes|[Jj]i|[Ss]ahib|"
                          r"[Uu]sta|[Bb]ey|[Hh]an[ıi]m|[Hh]ocam?|[Tt]an[áa]r|[Úú]r)$")
"""Letters after a name, and the respect said after it ("Patil ji")."""


def without_postnominals(words: list[str]) -> list[str]:
    """A name's words without trailing letters after it ("Sophie Laurent MRCVS", "Ana Ruiz PhD").

    Only when the name itself is not typed in capitals: "ANA RUIZ" keeps every word.
    """
    kept = list(words)
    while len(kept) > 1 and _POSTNOMINAL.match(kept[-1].strip(",")) and any(
        not w.isupper() for w in kept[:-1] if w.lower() not in TITLES
    ):
        kept.pop()
    return kept


def name_parts(full_name: str) -> list[str]:
    """The words of a person's name without titles or post-nominals ("Dr. Amaka Okafor MBE" -> Amaka, Okafor)."""
    words = without_postnominals([p for p in re.split(r"\s+", full_name.strip()) if p])
    words = words[title_length(words):]
    return [p for p in words if p.lower() not in TITLES]


def mentions_name(text: str, full_name: str) -> bool:
    """Whether ``text`` uses any part of ``full_name`` (first name, surname or both)."""
    parts = [p.strip(".,") for p in name_parts(full_name)]
    return any(p and find_phrases(text, [p]) for p in parts)


def stem(word: str) -> str:
    """A crude stem, enough to match "scaling" with "scale" and "reports" with "report"."""
    word = word.lower().replace("’", "'").strip("'-")
    for suffix in ("'s", "ing", "ed", "es", "s", "ly", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


# "fri" in the notes is "Friday" in the email: a day is one stem however it is written
_DAY_NAME = re.compile(r"(mon|tue|wed|thu|fri|sat|sun)(?:s|rs?|nes|rsday|day|urday|nesday|sday)?", re.I)


def _content_stem(lowered: str) -> str:
    day = _DAY_NAME.fullmatch(lowered)
    return day.group(1) if day else stem(lowered)


def content_stems(text: str) -> list[str]:
    """Stems of the meaningful words of ``text``, in order, without repeats.

    A pronoun's contraction ("she'll", "I'm") is as empty as the pronoun.
    """
    seen: dict[str, None] = {}
    for word in words(text):
        lowered = word.lower().replace("’", "'")
        if lowered.split("'")[0] in STOPWORDS or len(lowered) < 3 or lowered in LABELS:
            continue
        seen.setdefault(_content_stem(lowered), None)
    return list(seen)


def fact_coverage(fact: str, text: str) -> tuple[int, int]:
    """How many of the content stems of ``fact`` appear in ``text``, out of how many."""
    wanted = content_stems(fact)
    present = set(content_stems(text))
    return sum(1 for s in wanted if s in present), len(wanted)


def mentions_fact(text: str, fact: str, at_least: int = 2) -> bool:
    """Whether ``text`` uses ``fact``: at least ``at_least`` of its key words (or all, if fewer)."""
    found, total = fact_coverage(fact, text)
    return found >= min(at_least, total)


def find_date(text: str) -> str | None:
    """The first date-like phrase in ``text``, as written."""
    match = DATE_PATTERN.search(text)
    return match.group(0) if match else None


def is_heading(line: str) -> str | None:
    """The heading text when ``line`` is a Markdown heading or a bold-only line, else None."""
    match = _HEADING.match(line)
    if not match:
        return None
    return (match.group("hash") or match.group("bold") or match.group("under") or "").strip().rstrip(":")


def find_section(text: str, *keywords: str) -> str | None:
    """The lines under the first heading that contains any of ``keywords`` (up to the next heading).

    A bold lead-in such as ``**Next session:** Thursday`` also counts; its rest of line is included.
    """
    lines = text.splitlines()
    for position, line in enumerate(lines):
        heading = is_heading(line) or _bold_lead(line)
        if heading is None or not any(k in heading.lower() for k in keywords):
            continue
        body = [_after_bold_lead(line)]
        for following in lines[position + 1 :]:
            if is_heading(following) is not None or _bold_lead(following) is not None:
                break
            if _NOTE_START.match(following):
                break
            body.append(following)
        return "\n".join(body).strip()
    return None


_BOLD_LEAD = lazy_regex(r"^\s*\*\*(?P<lead>[^*]{1,60}?):?\*\*:?\s+(?P<rest>\S.*)$")


def _bold_lead(line: str) -> str | None:
    match = _BOLD_LEAD.match(line)
    return match.group("lead").strip().rstrip(":") if match else None


def _after_bold_lead(line: str) -> str:
    match = _BOLD_LEAD.match(line)
    return match.group("rest") if match else ""


def list_items(text: str, *, top_level_only: bool = False) -> list[str]:
    """The Markdown list items of ``text`` (``-``, ``*``, ``1.``), optionally only unindented ones."""
    items = []
    for line in text.splitlines():
        match = _LIST_ITEM.match(line)
        if match and (not top_level_only or len(match.group("indent").expandtabs(4)) < 2):
            items.append(match.group("text"))
    return items


_BOXED_MINUTES = lazy_regex(r"\((\d{1,3})\s*(?:min|mins|minutes)\b[^)]*\)", re.I)
_BARE_MINUTES = lazy_regex(r"\b(\d{1,3})[\s-]*(?:min|mins|minutes)\b", re.I)


def minutes_in(line: str) -> int | None:
    """The time box of an agenda line: "(10 min)" wherever it is, else the last "10 min", else None.

    After a bold title, the box is the one after it: "**Get my set tight enough for gigs (20 min)** (15 min)" is a
    15-minute item whose title names a 20-minute set (review 98).
    """
    title_end = line.find("**", line.find("**") + 2) if line.count("**") >= 2 else -1
    boxed = _BOXED_MINUTES.search(line, title_end + 2) if title_end >= 0 else None
    boxed = boxed or _BOXED_MINUTES.search(line)
    if boxed:
        return int(boxed.group(1))
    bare = _BARE_MINUTES.findall(line)
    return int(bare[-1]) if bare else None


def _numbered_inline(line: str) -> list[str]:
    """"1. redo experiments 2. GR4J baseline 3. arrange visit": a numbered list typed on one line, an item each.

    Only numbers in sequence from 1 are the list's ("NSE from 0.71 to 0.78" and "chapter 3. Then…" are not).
    """
    if not re.match(r"^\s*1[.)]\s", line):
        return [line]
    parts = re.split(r"\s+(?=\d{1,2}[.)]\s+\S)", line.strip())
    numbers = [int(re.match(r"\d+", part).group(0)) for part in parts]  # type: ignore[union-attr]
    return parts if len(parts) > 1 and numbers == list(range(1, len(parts) + 1)) else [line]


def split_items(text: str | None) -> list[str]:
    """Items written one per line or separated by ';', with list markers and checkboxes removed."""
    if not text:
        return []
    items = []
    for piece in [part for line in re.split(r"[;\n]+", text) for part in _numbered_inline(line)]:
        piece = re.sub(r"^\s*(?:[-*+•]|\d{1,2}[.)])?\s*(?:\[[ xX]?\]\s*)?", "", piece).strip()
        if piece and re.search(r"[A-Za-z0-9]", piece):
            items.append(piece)
    return items


_BOUNDED_ASK = lazy_regex(
    r"\b(?:(?:a\s+)?couple\s+(?:of\s+)?|a\s+few\s+|one\s+or\s+two\s+|two\s+or\s+three\s+|a\s+single\s+|one\s+|two\s+"
    r"|three\s+|four\s+|five\s+|[1-5]\s+|[1-5]\s*[-–]\s*[2-5]\s+|a\s+)"
    # (a few lines of feedback is as bounded as a few questions: "2-3 lines of brutal feedback", review 63)
    r"(?:quick\s+|short\s+|brief\s+|specific\s+|small\s+)?(?:questions?|things|tips|pointers|lines|sentences|"
    r"bullet\s+points|bullets|comments)\b"
    r"|\ba\s+(?:quick|short|brief)\s+(?:question|look|reply|answer)\b"
    # one thing to look at, or one coffee: bounded by what it is ("look at one case study", "buy you a coffee")
    r"|\b(?:look|glance)\s+(?:at|over)\s+(?:one|a single|my)\s+(?:\w+\s+){0,2}?(?:case study|draft|page|cv|"
    r"example|paragraph|slide|post|piece|resume|essay|statement)\b"
    r"|\b(?:a|one)\s+(?:short\s+|quick\s+|brief\s+)?(?:meeting|visit)\b"  # "one short meeting"
    r"|\b(?:a|one)\s+(?:quick\s+)?(?:coffee|cuppa|tea|brew|pint|drink|beer|lunch|breakfast)\b"
    r"|\bfor\s+(?:a\s+)?(?:quick\s+)?(?:coffee|tea|lunch)\b"
    # "a short video call", "quick chat over coffee" (an article the user left out is no bigger an ask)
    r"|\b(?:short|quick|brief)\s+(?:video\s+|phone\s+|zoom\s+|online\s+)?(?:call|chat)\b"
    r"|\bover\s+(?:a\s+)?(?:coffee|tea|cuppa)\b"
    r"|\(\s*(?:one|two|three|four|five|[1-9])\s+\w+\s*\)"  # what it is, counted: "my portfolio (3 samples)"
    r"|\bfor\s+(?:a|an|one|half\s+a)\s+(?:day|morning|afternoon|evening|shift|week)\b"
    r"|\bfor\s+(?:a\s+)?(?:couple|few)\s+(?:of\s+)?(?:days|mornings|afternoons|evenings|shifts|hours)\b"
    r"|\(\s*(?:\d+|one|two|three)\s+pages?\s*\)"  # "my research proposal (2 pages)"
    # one day of theirs: "come with you on an install one Saturday"
    r"|\b(?:one|a\s+single)\s+(?:day|morning|afternoon|evening|shift|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"|\b(?:one|a\s+single)\s+(?:time|occasion)\b|\bjust\s+once\b"  # "watch you prep a concert grand one time"
    # one thing of the user's, or a few pages of it: "feedback on one project", "read 2 pages of my proposal"
    r"|\b(?:one|a\s+single)\s+(?:project|case|piece|page|draft|chapter|design|sample)\b"
    r"|\b(?:one|two|three|[1-5])\s+pages?\b"
    # a small count of the user's own things: "send you 2 or 3 of my scripts", "one of my essays"
    r"|\b(?:one|two|three|[1-5])(?:\s+or\s+(?:two|three|four|[2-5]))?\s+of\s+my\s+\w+"
    # a few things of the user's to send: "send you two clips from my last match"
    r"|\b(?:send|show)\s+you\s+(?:one|two|three|a\s+couple\s+of|[1-5])\s+\w+"
    # one of theirs: "sit in the back on one of your training drives"; one event: "help in your next firing"
    r"|\b(?:one|a\s+single)\s+of\s+your\s+\w+|\b(?:at|in|on|for)\s+your\s+next\s+\w+"  # "see one of your jobs"
    # a yes or no by reply: "could you tell me if you accept students for 2027", "let me know whether…"
    r"|\b(?:tell me|let me know)\s+(?:if|whether)\b"
    r"|\b(?:one|two|three|[1-5])[- ]page\b"  # "read my two-page personal statement", "a 1 page pitch doc"
    # a count of the user's things: "feedback on 5 poems", "look at a few of my photos"
    r"|\b(?:on|at|over)\s+(?:one|two|three|four|five|six|[1-9]|a\s+couple\s+of|a\s+few)\s+(?:of\s+my\s+)?"
    r"(?:\w+\s+)?\w+s\b"
    r"|\b(?:meet|talk|chat|speak|call)\s+(?:just\s+)?once\b"  # "meet once for coffee"
    # one event of theirs to sit in on: "shadow a rehearsal some time", "observe one clinic" (review 65)
    # ("shadow you on one install", review 67)
    # ("tag along on one job", review 89)
    r"|\b(?:shadow|observe|watch|sit in on|join|attend|come to|come along to|tag along|ride along|come along)"
    r"(?:\s+(?:with\s+)?you)?(?:\s+(?:on|at|for|during|to))?"
    r"\s+(?:a|one|an)\s+(?:\w+\s+)?"
    r"(?:rehearsal|session|shift|service|class|lesson|clinic|surgery|meeting|round|ward round|site visit|shoot|"
    r"gig|show|hearing|audit|install|job|operation|procedure)\b"
    r"|\b(?:one|some)\s+(?:morning|afternoon|evening)\b"  # "come by the farm some morning": one visit
    r"|\b(?:a\s+half|half\s+a|one|a|a\s+single)[- ]day\b"  # "visit the cooperage for a half day" (review 93)
    r"|\b(?:[1-5]|one|two|three|a couple of)\s+(?:days?|shifts?|mornings?|afternoons?|evenings?)\b",  # "stage 2 days"
    re.IGNORECASE,
)


_BLANK = lazy_regex(r"\[(?!\d{1,2}\])(?P<blank>[^\]\n]{3,80})\]")


def find_blanks(text: str) -> list[str]:
    """Bracketed blanks left for the user to fill ("[who or what it affected]"); citations don't count."""
    return [m.group("blank") for m in _BLANK.finditer(text)]


def has_bounded_ask(text: str) -> bool:
    """Whether ``text`` bounds its ask: a duration, or a counted ask ("a couple of quick questions")."""
    return has_duration(text) or bool(_BOUNDED_ASK.search(plain(text)))


def asks_only_a_question(asks: Sequence[str]) -> bool:
    """Whether the requests are one question to answer in writing, with no meeting asked for.

    "Could you advise me which certificate is most valuable for employers?" is bounded by itself: "Bound the
    ask: a time box such as '20 minutes'" failed it for a call nobody asked for (review 54).
    """
    return len(asks) == 1 and asks[0].rstrip().endswith("?") and not _MEETING_ASK.search(asks[0])


_MEETING_ASK = lazy_regex(r"\b(?:call|calls|chat|meet|meeting|coffee|brew|lunch|session|sessions|zoom|teams|video|"
                          r"catch up|catch-up|talk|time|minutes?|mins?|hours?|mentor|mentoring|shadow|visit|"
                          r"pick your brain|review|look at|feedback|"
                          # time in their company ("let me watch you prep a concert grand", review 78)
                          r"watch you|observe|sit in|come along|ride along|tag along|join you)\b", re.IGNORECASE)


_ALTERNATIVE = lazy_regex(r"^(?:or|alternatively|otherwise|if (?:that's|it's) easier|if you prefer)\b", re.I)
_SECOND_REQUEST = lazy_regex(
    r",?\s+and\s+(?:also\s+)?(?:could|would|can|will)\s+you\b|\band\s+(?:i'?d|i would)\s+also\s+(?:love|like)\b"
    r"|,?\s+and\s+(?:also\s+)?do\s+you\s+(?:know|have|take)\b",  # "…advice on X and do you know of any openings?"
    re.IGNORECASE,
)


_PURPOSE_OF_ASK = lazy_regex(r"^I(?:'d| would) (?:love|like) to (?:ask|hear|learn|talk|understand|know)\b", re.I)


def count_asks(text: str) -> int:
    """How many separate requests ``text`` makes.

    An alternative joined by "or" (in the sentence or opening the next one) is the same ask with an
    easier option; a request joined by "and could you" is a second one.
    """
    count = 0
    for sentence in request_sentences(text):
        # "Could we have a call? I would love to ask about training routes.": what the call is for
        purpose = count and not sentence.rstrip().endswith("?") and _PURPOSE_OF_ASK.match(sentence.strip())
        if not _ALTERNATIVE.match(sentence.strip()) and not purpose:
            count += 1
        count += len(_SECOND_REQUEST.findall(sentence))
    return count
