"""Small helpers for building natural sentences out of the user's own fragments.

The offline composers weave what the user typed ("leading a team", "I lead a team", "Product
designer at Acme") into sentences. These helpers decide the grammatical frame for a fragment
with conservative rules: when a rule is unsure, it keeps the user's words as they are rather
than guess (lower-casing a proper noun reads worse than a capital in mid-sentence).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from functools import partial
from typing import TypeVar

from coach.checks import word_set
from coach.knowledge import SearchResult

T = TypeVar("T")

_IRREGULAR = {
    # base: (third person, past, -ing)
    "be": ("is", "was", "being"),
    "have": ("has", "had", "having"),
    "do": ("does", "did", "doing"),
    "go": ("goes", "went", "going"),
    "get": ("gets", "got", "getting"),
    "run": ("runs", "ran", "running"),
    "set": ("sets", "set", "setting"),
    "put": ("puts", "put", "putting"),
    "cut": ("cuts", "cut", "cutting"),
    "plan": ("plans", "planned", "planning"),
    "ship": ("ships", "shipped", "shipping"),
    "stop": ("stops", "stopped", "stopping"),
    "step": ("steps", "stepped", "stepping"),
    "begin": ("begins", "began", "beginning"),
    "win": ("wins", "won", "winning"),
    "become": ("becomes", "became", "becoming"),
    "build": ("builds", "built", "building"),
    "lead": ("leads", "led", "leading"),
    "grow": ("grows", "grew", "growing"),
    "find": ("finds", "found", "finding"),
    "make": ("makes", "made", "making"),
    "take": ("takes", "took", "taking"),
    "give": ("gives", "gave", "giving"),
    "write": ("writes", "wrote", "writing"),
    "speak": ("speaks", "spoke", "speaking"),
    "break": ("breaks", "broke", "breaking"),
    "teach": ("teaches", "taught", "teaching"),
    "read": ("reads", "read", "reading"),
    "meet": ("meets", "met", "meeting"),
    "send": ("sends", "sent", "sending"),
    "spend": ("spends", "spent", "spending"),
    "learn": ("learns", "learned", "learning"),
    "try": ("tries", "tried", "trying"),
    "apply": ("applies", "applied", "applying"),
    "oversee": ("oversees", "oversaw", "overseeing"),
    "see": ("sees", "saw", "seeing"),
    "redo": ("redoes", "redid", "redoing"),
    "pass": ("passes", "passed", "passing"),
    "think": ("thinks", "thought", "thinking"),
    "bring": ("brings", "brought", "bringing"),
    "sell": ("sells", "sold", "selling"),
    "tell": ("tells", "told", "telling"),
    "hold": ("holds", "held", "holding"),
    "keep": ("keeps", "kept", "keeping"),
    "pay": ("pays", "paid", "paying"),
    "draw": ("draws", "drew", "drawing"),
    "forget": ("forgets", "forgot", "forgetting"),
    "come": ("comes", "came", "coming"),
    "leave": ("leaves", "left", "leaving"),
    "say": ("says", "said", "saying"),
    "hit": ("hits", "hit", "hitting"),
    "sit": ("sits", "sat", "sitting"),
    "drop": ("drops", "dropped", "dropping"),
    "commit": ("commits", "committed", "committing"),
    "submit": ("submits", "submitted", "submitting"),
    "let": ("lets", "let", "letting"),
}
_REGULAR = word_set(
    """move include improve transition switch develop start land change manage launch prepare negotiate
understand master strengthen pivot shift gain earn present communicate work sharpen deepen expand hire
design publish review help ask talk chat discuss share introduce look finish practise practice create
deliver figure decide explore research connect follow reach contact email call schedule draft update raise
book complete join found co-found head direct coach mentor advise support scale own organise organize
run lead build fix clean rewrite test document add check confirm list outline map prioritise prioritize
collect gather record track measure report focus invest return travel open close sign submit study train
rehearse polish refine simplify trim reduce increase handle delegate coordinate facilitate host attend
listen respond reply answer solve navigate transfer progress advance relocate interrupt miss ignore dismiss
skip arrive push blame complain rush overlook criticise criticize dominate avoid delay postpone cancel merge
approve deploy hand turn show talk watch enjoy assume stick use name pick choose offer thank note stay treat
admit acknowledge accept notice pause recognise recognize suggest expect remember consider repeat summarise
summarize celebrate agree"""
)

VERB_FORMS: dict[str, tuple[str, str, str]] = dict(_IRREGULAR)
"""base verb -> (third person, past, -ing), for the verbs people open goals and notes with."""


def _regular_forms(base: str) -> tuple[str, str, str]:
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = base + "es"
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    if base.endswith("e"):
        past, ing = base + "d", (base if base.endswith("ee") else base[:-1]) + "ing"
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        past, ing = base[:-1] + "ied", base + "ing"
    else:
        past, ing = base + "ed", base + "ing"
    return third, past, ing


for _base in sorted(_REGULAR):
    VERB_FORMS.setdefault(_base, _regular_forms(_base))

_BY_THIRD = {forms[0]: base for base, forms in VERB_FORMS.items()}
_BY_PAST = {forms[1]: base for base, forms in VERB_FORMS.items()}
_BY_ING = {forms[2]: base for base, forms in VERB_FORMS.items()}

_ED_ADJECTIVES = word_set(
    "based located interested trained qualified experienced certified skilled self-taught passionate "
    "motivated committed excited involved engaged stuck focused"
)
_COMMON_STARTERS = word_set(
    """a an the my our your their his her its this that these those some any one two three four five six
    seven eight nine ten first second third last next new more better less best senior junior lead
    principal staff head chief public technical people team career product data software engineering
    design marketing sales finance research management leadership project program programme operations
    strategy customer client business personal professional clinical academic creative digital remote
    quick short brief small big large weekly monthly daily regular ongoing informal formal virtual video
    phone coffee call chat meeting conversation intro introduction advice feedback help time work job
    role current former recent early mid late full part self how what why when where which who whether
    getting moving being becoming building leading learning improving growing working starting finding
    making taking giving writing speaking running managing you your yours"""
)
_LOWERABLE_SUFFIXES = ("ing", "ed", "ion", "ment", "ness", "ship", "ity", "ly")


def pick(options: Sequence[T], *seed: object) -> T:
    """One of ``options``, chosen by a hash of ``seed``: varied between users, stable for one input."""
    digest = hashlib.sha256("\x1f".join(str(s) for s in seed).encode("utf-8")).digest()
    return options[int.from_bytes(digest[:4], "big") % len(options)]


def join_items(items: Sequence[str], conjunction: str = "and") -> str:
    """Items joined as people write them: "a", "a and b", "a, b and c"."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def trim_end(text: str) -> str:
    """``text`` without surrounding space or trailing sentence punctuation (or a dash left before a cut date)."""
    return re.sub(r"(?:[\s.,;:!?…]|\s[-–—]+)+$", "", text.strip())


def tidy(text: str) -> str:
    """One line: runs of whitespace collapsed."""
    return re.sub(r"\s+", " ", text).strip()


def upper_first(text: str) -> str:
    """``text`` with its first letter capitalised."""
    return text[:1].upper() + text[1:] if text else text


def lower_first(text: str) -> str:
    """``text`` with its first letter lower-cased, when the first word is an ordinary word.

    Names, acronyms and "I" keep their capital: only words that are common at the start of a
    fragment (articles, possessives, familiar nouns, -ing forms...) are lower-cased.
    """
    match = re.match(r"[A-Za-z][A-Za-z'’-]*", text)
    if not match:
        return text
    word = match.group(0)
    if word in ("I", "I'm", "I've", "I'd", "I'll") or not word[0].isupper() or (word[1:] and not word[1:].islower()):
        return text
    lowered = word.lower()
    if lowered in _COMMON_STARTERS or verb_base(lowered) or lowered.endswith(_LOWERABLE_SUFFIXES):
        return lowered + text[len(word) :]
    return text


def as_sentence(text: str) -> str:
    """``text`` as a sentence: capitalised, ending in a full stop (or its own ? or !)."""
    text = tidy(text).rstrip(" ,;:")
    if not text:
        return ""
    if text[-1] not in ".!?":
        text += "."
    return upper_first(text)


def fragment(text: str) -> str:
    """``text`` ready to sit inside a sentence: trimmed, no final full stop, ordinary first letter."""
    return lower_first(trim_end(tidy(text)))


def article_for(phrase: str) -> str:
    """The article for ``phrase``, "a" or "an" (an engineer, a UX lead, an MBA)."""
    word = phrase.strip().split(" ")[0] if phrase.strip() else ""
    word = re.sub(r"[^\w'’-]+$", "", word)  # "RDH, 6 yrs…": the word, not its comma (review 67)
    if not word:
        return "a"
    if re.fullmatch(r"[A-Z]{2,}[a-z]{0,3}", word):
        # an initialism is said letter by letter, "MSc" and "MEng" as well as "RN": "an MSc student" (never "iOS",
        # "SaaS", "FedEx" or "MySQL", said as words)
        return "an" if word[0] in "AEFHILMNORSX" else "a"
    lowered = word.lower()
    if lowered.startswith(("uni", "use", "usu", "ux", "eu", "one")):
        return "a"
    if lowered.startswith(("hour", "honest", "honour", "honor")):
        return "an"
    return "an" if lowered[0] in "aeiou" else "a"


def clip_words(text: str, max_words: int) -> str:
    """``text`` cut to at most ``max_words`` words, preferably at a clause boundary."""
    tokens = tidy(text).split(" ")
    if len(tokens) <= max_words:
        return trim_end(" ".join(tokens))
    head = " ".join(tokens[:max_words])
    boundary = max(head.rfind(","), head.rfind(";"), head.rfind(" - "), head.rfind(" – "), head.rfind(" — "))
    if boundary > len(head) // 2:
        head = head[:boundary]
    dangling = {"and", "or", "of", "to", "the", "a", "an", "with", "for", "in", "on", "at", "my", "your", "but",
                "after", "before", "from", "into", "about", "by", "as", "than", "through", "during", "over",
                "under", "like", "how", "what", "why", "when", "where", "which", "who", "that", "this", "their",
                "our", "his", "her", "its", "is", "are", "was", "were"}  # fmt: skip
    kept = head.split(" ")
    while len(kept) > 1 and kept[-1].lower().strip(",;") in dangling:
        kept.pop()
    return trim_end(" ".join(kept))


def clip_chars(text: str, max_chars: int) -> str:
    """``text`` cut to at most ``max_chars`` characters at a word boundary."""
    text = tidy(text)
    if len(text) <= max_chars:
        return trim_end(text)
    cut = text[: max_chars + 1]
    space = cut.rfind(" ")
    return trim_end(cut[:space] if space > 0 else text[:max_chars])


def verb_base(word: str) -> str | None:
    """The base form when ``word`` is a known verb in any form ("leads", "led", "leading")."""
    lowered = word.lower()
    if lowered in VERB_FORMS:
        return lowered
    return _BY_THIRD.get(lowered) or _BY_PAST.get(lowered) or _BY_ING.get(lowered)


def to_gerund_phrase(text: str) -> str:
    """A goal as an "-ing" phrase or noun phrase: "to become a staff engineer" -> "becoming a staff engineer"."""
    cleaned = fragment(text)
    cleaned = re.sub(
        r"^(?:i\s+(?:want|would like|'d like|hope|need|am hoping|'m hoping|plan)\s+to|(?:i'?m\s+)?(?:want|hoping|trying"
        r"|looking|aiming|planning)\s+to|to)\s+",
        "",
        cleaned,
        flags=re.IGNORECASE,
    )
    cleaned = re.sub(r"^(?:i'?m|i am)\s+(?=\w+ing\b)", "", cleaned, flags=re.IGNORECASE)
    first, _, rest = cleaned.partition(" ")
    if first.lower() in VERB_FORMS:
        return f"{VERB_FORMS[first.lower()][2]} {rest}".strip()
    return lower_first(cleaned)


def to_second_person(text: str) -> str:
    """First person turned to second: "I'm late and my notes" -> "you're late and your notes"."""
    table = (
        (r"\bi am\b", "you are"),
        (r"\bi'm\b", "you're"),
        (r"\bi was\b", "you were"),
        (r"\bi've\b", "you've"),
        (r"\bi'd\b", "you'd"),
        (r"\bi'll\b", "you'll"),
        (r"\bi\b", "you"),
        (r"\bmyself\b", "yourself"),
        (r"\bmine\b", "yours"),
        (r"\bmy\b", "your"),
        (r"\bme\b", "you"),
    )
    text = text.replace("’", "'")
    for pattern, replacement in table:
        text = re.sub(pattern, partial(_keep_sentence_case, replacement=replacement), text, flags=re.IGNORECASE)
    return text


def _keep_sentence_case(match: re.Match[str], replacement: str) -> str:
    before = match.string[: match.start()].rstrip(" \"'(")
    at_start = not before or before[-1] in ".!?:\n"
    return upper_first(replacement) if at_start else replacement


_PRONOUNS = ("i", "i'm", "i've", "i'd", "i'll", "my", "we", "we're", "we've", "our", "i’m", "i’ve")
_SUBJECT_PRONOUNS = ("i", "we", "they", "he", "she", "it", "there", "you", "people", "nobody", "everyone")


def first_person_sentence(text: str) -> str | None:
    """A fragment about the user as a first-person sentence, or None when its shape is unclear.

    "I lead a team" stays; "leading a team" -> "I'm leading a team."; "Finished the course" ->
    "I finished the course."; "based in Leeds" -> "I'm based in Leeds."; "a nurse" -> "I'm a nurse.".
    """
    cleaned = tidy(trim_end(text))
    if not cleaned:
        return None
    first = cleaned.split(" ")[0]
    lowered = first.lower()
    if lowered in _PRONOUNS:
        return as_sentence(cleaned)
    body = lower_first(cleaned)
    if lowered in ("a", "an", "the", "currently", "now", "still", "also", "new", "recently") or lowered.endswith("ing"):
        return as_sentence(f"I'm {body}")
    if lowered in _ED_ADJECTIVES:
        return as_sentence(f"I'm {body}")
    if lowered in _BY_PAST or (lowered.endswith("ed") and len(lowered) > 4):
        return as_sentence(f"I {body}")
    return None


def starts_with_clause(text: str) -> bool:
    """Whether ``text`` reads as a clause with its own subject ("my manager keeps...", "I can't...")."""
    tokens = tidy(text).lower().replace("’", "'").split(" ")
    if not tokens or not tokens[0]:
        return False
    head = tokens[0].split("'")[0]
    if head in _SUBJECT_PRONOUNS:
        return True
    clause_verbs = {
        "is", "are", "was", "were", "keeps", "keep", "has", "have", "doesn't", "don't", "won't", "can't",
        "isn't", "aren't", "wants", "feels", "seems", "never", "always", "often", "rarely",
    }  # fmt: skip
    return head in ("my", "our", "the") and any(t in clause_verbs for t in tokens[1:4])


def cite(guidance: Sequence[SearchResult], card_ids: Sequence[str], keywords: Sequence[str] = ()) -> str:
    """A `` [n]`` marker for the first retrieved card among ``card_ids``, else one mentioning a keyword.

    Returns "" when nothing retrieved supports the point, so a marker never points at an
    unrelated card.
    """
    for wanted in card_ids:
        for position, result in enumerate(guidance, start=1):
            if result.id == wanted:
                return f" [{position}]"
    for position, result in enumerate(guidance, start=1):
        haystack = f"{result.title} {result.heading} {result.text}".lower()
        if any(k.lower() in haystack for k in keywords):
            return f" [{position}]"
    return ""


def with_marker(text: str, marker: str) -> str:
    """``text`` with a citation marker placed before its final full stop: "... an agenda [2]."."""
    if not marker:
        return text
    stripped = text.rstrip()
    if stripped.endswith((".", "!", "?")) and not stripped.endswith('?"'):
        return f"{stripped[:-1]}{marker}{stripped[-1]}"
    return f"{stripped}{marker}"


def note(points: Sequence[tuple[str, str]], lead: str = "Why this shape") -> str:
    """The "Why this works" line after a message: each point with its citation, cited ones only.

    ``points`` are ``(point, marker)`` pairs; when no point has a marker, the note still explains
    the shape without citations.
    """
    cited = [f"{p}{m}" for p, m in points if m]
    chosen = cited or [p for p, _ in points]
    return f"---\n*{lead}:* {'; '.join(chosen)}."
