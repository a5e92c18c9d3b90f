"""Is a draft faithful to what the user gave? Facts kept whole, and no numbers they did not give.

The composer may leave a fact out or quote it whole; what it may not do is stop mid-phrase ("from 3."
for "from 3 to 30 people") or add a duration, count or date of its own ("a 15-minute call" for "a
couple of questions over DM").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from coach.checks import normalise, strip_citations, word_set
from coach.lazy_patterns import lazy_regex

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45,
    "fifty": 50, "sixty": 60, "ninety": 90, "hundred": 100,
}  # fmt: skip
# A number may have its unit typed against it ("2hrs", "20min"): still the user's 2 and 20
_NUMBER = lazy_regex(
    r"(?<![\w.])\d+(?:[.,]\d+)?(?![\d])|\b(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def _number_values(text: str) -> set[float]:
    # "06.03." and "12/3" are a day and a month, said back as "6 March" (review 81): each part is the user's
    values: set[float] = {float(part) for day_month in _DAY_MONTH.finditer(text) for part in day_month.groups()}
    for token in _NUMBER.findall(normalise(text)):
        lowered = token.lower()
        if lowered in _NUMBER_WORDS:
            values.add(float(_NUMBER_WORDS[lowered]))
        else:
            try:
                values.add(float(token.replace(",", "")))
            except ValueError:
                continue
    return values


_DAY_MONTH = lazy_regex(r"(?<![\d.])(\d{1,2})[./](\d{1,2})(?![\d/])")


def invented_numbers(text: str, given: Iterable[str], allowed: Iterable[str] = ()) -> list[str]:
    """Numbers and durations in ``text`` that none of the user's values ``given`` contains.

    "one" is allowed anywhere (it is as often a pronoun as a count); ``allowed`` lists extra
    numbers the job may add (the minutes of a meeting the user booked, for example).
    """
    known = _number_values(" ".join(given)) | _number_values(" ".join(allowed)) | {1.0}
    found = []
    cleaned = normalise(strip_citations(text))
    for match in _NUMBER.finditer(cleaned):
        values = _number_values(match.group(0))
        if values and not values & known and not _is_list_number(cleaned, match):
            found.append(_number_context(cleaned, match))
    return found


def _is_list_number(text: str, match: re.Match[str]) -> bool:
    """A list's own numbering ("1."), or a reference to an item of it ("ask question 2")."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    if re.search(r"\b(?:question|item|step|point|section)\s+$", text[line_start : match.start()], re.IGNORECASE):
        return True
    return bool(re.fullmatch(r"\s*", text[line_start : match.start()])) and text[match.end() : match.end() + 1] in ".)"


def _number_context(text: str, match: re.Match[str]) -> str:
    words_after = re.match(r"[\s-]*[A-Za-z]+", text[match.end() :])
    return (match.group(0) + (words_after.group(0) if words_after else "")).strip()


def cut_facts(text: str, facts: Iterable[str]) -> list[str]:
    """Facts the user gave that ``text`` quotes only up to a word that needs more ("from 3." for "from 3 to 30").

    A fact may be left out, or quoted whole, or reworded; what it may not be is stopped mid-phrase.
    The sign is a run of at least three of the fact's words, in order, that ends the text's sentence
    (or line) where the fact goes on, on a word that cannot end a phrase or before a word that
    completes it.
    """
    found = []
    sent = normalise(strip_citations(text))
    flat = " ".join(re.findall(r"[A-Za-z0-9'-]+", sent)).lower()
    for fact in facts:
        fact_words = re.findall(r"[A-Za-z0-9'-]+", normalise(fact))
        if " ".join(fact_words).lower() in flat:
            continue  # quoted whole; the same few words ending another sentence are not this fact cut
        for end in range(3, len(fact_words)):
            run = fact_words[end - 3 : end]
            pattern = r"\b" + r"\s+".join(re.escape(w) for w in run) + r"\s*(?:[.!?…]+(?:\s|$)|$|\n|\((?:\d|\[))"
            if re.search(pattern, sent, re.IGNORECASE | re.MULTILINE) and _dangles(fact_words, end, fact):
                found.append(" ".join(fact_words[max(0, end - 5) : end]))
                break
    return found


_CONTINUES = word_set("to and or of from with for than in at on by into within")
_TAILS = word_set("tho though too lol haha honestly tbh anyway btw ngl")


def _dangles(fact_words: Sequence[str], end: int, fact: str) -> bool:
    """Whether stopping the fact after ``end`` words leaves a phrase unfinished.

    Unfinished means ending on a preposition, article or conjunction, on a number that opens a
    range ("from 3"), or on a modifier whose noun was cut ("from non-traditional").
    """
    from coach.pos import tag_words  # the tagger loads its lexicon on first use; most checks never need it

    last, before = fact_words[end - 1].lower(), fact_words[end - 2].lower()
    if re.search(re.escape(fact_words[end - 1]) + r"(?:\s*[.,;:!?)(]|\s+[-–—](?:\s|$))", fact):
        # the fact itself pauses there: a clause or list item ends, an aside in brackets starts, or a dash ("…is
        # what i learned with - my first driver used it", review 102: "cut mid-phrase" for a whole clause)
        return False
    if end < len(fact_words) and fact_words[end].lower() in _TAILS:
        return False  # "…very thorough tho": a spoken tail, not the rest of the phrase
    if last in _CONTINUES or last in ("a", "an", "the", "my", "your", "our", "their", "its"):
        return True
    if last[:1].isdigit() and before in ("from", "between", "of"):
        return True
    if last in ("it", "i", "we", "they", "he", "she", "you") and before in ("and", "but", "so", "because", "that"):
        return True  # a clause cut after its subject ("...was harsh and it")
    tags = tag_words(tuple(fact_words[: end + 1]))
    return tags[end - 1] in ("JJ", "PRP$", "DT") and tags[end].startswith("NN")
