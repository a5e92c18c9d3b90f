"""Does a text read well? Detectors for the garbling a template composer (or a hurried writer) produces.

Each detector returns the offending snippets, so a check can say what to fix. They aim at precision:
a well-written message must pass, so every rule targets a shape that is wrong in any register
(a doubled word, an article before a verb with an object, two predicates spliced into one clause),
never a matter of style. Part-of-speech tags come from :mod:`coach.pos`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from coach.checks import (
    SHORT_DAY_NAMES,
    TITLES,
    line_sentences,
    normalise,
    strip_citations,
    word_set,
)
from coach.inflect import get_lemma
from coach.lazy_patterns import lazy_regex
from coach.pos import lexicon_tag, tag

_LIST_MARKER = lazy_regex(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+(?:\[[ xX]?\]\s*)?")
_MARKDOWN = lazy_regex(r"\*\*|__|`|^#{1,6}\s+|^>\s*", re.MULTILINE)

DANGLING_ENDS = word_set("a an the and or but nor of within into onto than because whose my your our their its")
"""Words no finished sentence, subject line or heading ends with: the mark of a fact cut mid-phrase."""

_FUNCTION_WORDS = word_set(
    """because the and but so when if with to for of my your our their his her its a an in on at by from
    that which who while although though since as or nor than then also very really just"""
)
"""Words that are only capitalised at the start of a sentence (titles aside)."""

_COMPLEMENT_VERBS = word_set(
    """think thinks thought believe believes believed know knows knew say says said hope hoped feel feels felt
    find found notice noticed realise realised realize realized hear heard see saw guess mean meant wish
    suppose bet learned learnt told tell tells understand understood agree agreed remember remembered
    show showed shows suggest suggested suggests recommend recommended mentioned mention argue argued wrote
    read expect expected worry worried doubt doubted imagine imagined decided decide discovered assume assumed
    promised promise admit admitted remind reminds reminded warn warns warned assured reassured
    confirm confirms confirmed checked explain explains explained noted
    scared afraid worried nervous anxious concerned sure glad sorry aware"""
)
"""Verbs (and feelings) that take a whole clause as their object without "that" ("I think your talk was great")."""
_CAUSATIVES = word_set("make makes made let lets help helps helped")
"""Verbs whose object takes a bare verb ("your talk made me rethink", "she let me lead the standup")."""
_LOOKS = word_set("look looks looked feel feels felt seem seems seemed sound sounds sounded")

_BOUNDARY_WORDS = word_set(
    """that because when while if since although though as so after before until unless whether where which
    who whom whose what how why and or but nor than once whenever wherever"""
)
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_AUXILIARIES = word_set("am is are was were be been being have has had having get got gets do does did")
_FEELINGS = word_set(
    """worried afraid scared anxious nervous unsure concerned stuck frustrated overwhelmed confused
    curious excited keen eager"""
)
_COPULA_BEFORE_FEELING = _AUXILIARIES | word_set(
    """feel feels felt feeling seem seems seemed become became so very really quite little bit more less
    not still also always just too getting a slightly somewhat extremely honestly genuinely increasingly"""
)
_PLURAL_SUBJECTS = word_set("you we they")
_OBJECT_STARTS = word_set("a an the my your our their his her its")
_SINGULAR_VERBS = word_set("is was has does")
_MASS_PLURALS = word_set(
    """news analytics physics mathematics economics politics ethics series species means logistics
    statistics ops devops sales operations athletics metrics thanks data maths stats admin"""
)


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` as a reader sees them, with list markers and Markdown removed."""
    cleaned = _MARKDOWN.sub("", normalise(strip_citations(text)))
    return [piece.strip() for line in cleaned.splitlines() for piece in line_sentences(_LIST_MARKER.sub("", line))
            if re.search(r"[A-Za-z]", piece)]


def doubled_words(text: str) -> list[str]:
    """A word written twice in a row ("the the"), or an article repeated around one word ("a maybe a")."""
    cleaned = normalise(strip_citations(text))
    found = [m.group(0) for m in re.finditer(r"\b([A-Za-z]+)\s+\1\b", cleaned, re.IGNORECASE)
             if m.group(1).lower() not in ("that", "had", "is", "do", "bye", "very", "so", "really", "ha", "no")]
    # ("the by the glass stuff": a preposition's phrase used as a modifier, "by-the-glass", review 72)
    by_the = r"(?!\s+(?:glass|hour|day|book|way|minute|week|dozen|piece|kilo|metre|meter|yard|pound)\b)"
    # ("hit the hedge a bit hard": "a bit", "a little", "a lot" say how much, after a noun the tagger may misread)
    by_the += r"(?!\s+(?:bit|little|lot|few|couple|while|tad)\b)"
    for match in re.finditer(rf"\b(?:a|an|the)\s+([A-Za-z-]+)\s+(?:a|an|the)\b{by_the}", cleaned, re.IGNORECASE):
        middle = tag(match.group(1))
        # "the person an idea came from" is fine: only a word that cannot head a noun phrase is doubled round.
        hyphenated = "-" in match.group(1)  # "a read-through the week of…", "a follow-up the day after": a noun
        if middle and not middle[0][1].startswith(("NN", "CD")) and match.group(1).lower() not in ("and", "or") and (
                not hyphenated):
            found.append(match.group(0))
    return found


def lowercase_starts(text: str) -> list[str]:
    """Prose sentences that start with a lower-case word ("very helpful for me.")."""
    found = []
    for line in normalise(strip_citations(text)).splitlines():
        if not line.strip():
            continue
        # A list item may open in lower case on purpose; a second sentence in it may not ("- Time. site visits…")
        for sentence in sentences(line)[1 if _LIST_MARKER.match(line) else 0 :]:
            if re.match(r"\(.*\)\W*$", sentence.strip()):
                continue  # "…in Nov? (didn't ask, felt awkward)": an aside in brackets after a question or a stop
            first = sentence.lstrip("\"'(")
            word = re.match(r"[a-z][a-z'-]*", first)
            if word and word.group(0) not in ("iphone", "ios", "ebay", "npm", "macos", "ipad", "e.g.", "i.e."):
                found.append(_clip(sentence))
    return found


def midsentence_capitals(text: str) -> list[str]:
    """A function word capitalised inside a sentence ("I'm reaching out Because you moved")."""
    found = []
    for sentence in sentences(text):
        pieces = re.findall(r"\S+", sentence)
        for before, word, after in zip(pieces, pieces[1:], [*pieces[2:], ""], strict=False):
            bare = word.strip(",.;:!?\"'()")
            emphasis = bare.isupper() and len(bare) > 1  # "the accountant AND solicitor": the writer's own stress
            if not bare or not bare[0].isupper() or bare.lower() not in _FUNCTION_WORDS or emphasis:
                continue
            letter_names = ("class", "grade", "type", "plan", "level", "section", "part", "option", "tier", "category")
            if bare == "A" and (not after or after.lower().strip(",.;") in ("and", "or", "to", "&")
                                or re.match(r"(?i)levels?\b", after)  # "doing A levels" (review 61)
                                or before.lower().strip(",.;") in letter_names):  # "class A clean record"
                continue  # a letter as a name: "I did only A and B", "got an A", "from A to Z"
            if before[-1] in ":;—–-\"'(" or (not before[-1].isalnum() and before[-1] != ","):
                continue
            title_case = after[:1].isupper() and not re.match(r"I(?:'[a-z]+)?\b", after)
            if title_case or not before[:1].islower():
                continue  # a title in title case ("I read The Manager's Path") or a run of names
            found.append(f"{before} {word}")
    return found


def stray_commas(text: str) -> list[str]:
    """Commas with nothing to separate (",." ", ,") or between a bare name and its verb ("Greg, has noticed")."""
    cleaned = normalise(strip_citations(text))
    found = [m.group(0) for m in re.finditer(r"\w+\s*,\s*[.,;:!?]", cleaned)]
    # ",." after a word, but not after an abbreviation's full stop ("target J. Ecol., you said")
    found += [m.group(0) for m in re.finditer(r"(?P<word>\b\w+)[.!?],", cleaned)
              if not re.fullmatch(r"[A-Z]", m.group("word"))  # an initial: "Hi R.,"
              and not (re.fullmatch(r"[A-Z][a-z]{0,5}", m.group("word"))
                       and re.search(r"\b[A-Z]\.\s*$", cleaned[: m.start()]))]  # "J. Ecol.," not "Greg.,"
    found += [m.group(0) for m in re.finditer(r"\s,\s*\w+", cleaned)]
    name_verb = re.compile(
        # (a date's month or day before a list's next item is no name: "…on 2 May, had the interview", review 60)
        r"\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|"
        r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),)"
        r"[A-Z][a-z]+,\s+(?:has|had|is|was|thinks|said|says|noticed|feels|told|wants|asked|mentioned|suggested)\b"
        r"(?!\s+(?:it|there|this|that|you|anyone|everything)\b)"
    )
    for match in name_verb.finditer(cleaned):
        before = re.findall(r"[A-Za-z]+", cleaned[: match.start()])
        # "a colleague at the court, Sigrun Aas, told me": a name set off by a pair of commas
        apposition = re.search(r",\s+(?:[A-Z][\w'-]+\s+){0,2}$", cleaned[: match.start()])
        if apposition is None and (not before or before[-1].lower() not in (
                "hi", "hello", "hey", "dear", "thanks", "so", "well")):
            found.append(match.group(0))
    return found


def doubled_question_marks(text: str) -> list[str]:
    """A question mark typed twice, as a frame made it of the user's own "insurance?" ("approach insurance??")."""
    return re.findall(r"\w+\?\?+", normalise(strip_citations(text)))


_STRANDED = lazy_regex(r"\b(?:what|which|who|whom)\b[^.!?]{1,40}\b(?:of|about|for|with|to|on|in|from)\W*$"
                       # "…edge cases I haven't thought of": a contact clause, its object gone ahead
                       r"|\b(?:i|you|we|they|he|she)\s+(?:\w+['’]?\w*\s+){0,2}(?:thought|heard|talked|dreamed|asked|"
                       r"worried|looked|cared|spoken|read|known|know|knew|hear|think|heard)\s+(?:of|about|for|at|with)\W*$"
                       # ("…the part you're least sure of", "the thing I'm most proud of", review 89)
                       r"|\b\w+\s+(?:i|you|we|they|he|she)(?:['’](?:re|m|s)|\s+(?:are|am|is|feel|felt|were|was))\s+"
                       r"(?:(?:most|least|really|quite|more|less|a\s+bit)\s+)?(?:sure|proud|afraid|worried|unsure|"
                       r"confident|scared|nervous|certain|aware|fond|keen|ashamed)\s+(?:of|about)\W*$",
                       re.I)  # ("…and at least one other time I know of", review 88)


_THANKS_FOR_NOTHING = lazy_regex(r"\b(?:thank(?:s| you)|grateful|thankful)\s+for\W*$", re.IGNORECASE)


def dangling_ends(text: str) -> list[str]:
    """Sentences or lines that stop on a word that needs more ("...from 3 to" cut as "from 3.")."""
    found = []
    for sentence in sentences(text):
        # "Lucía" is one word, not "Luc" and "a"; so are "U3A" and "FP&A"
        words = re.findall(r"[^\W_]*[^\W\d_][^\W_]*(?:['&][^\W\d_]+)*|\d+", sentence)
        thanks_for_nothing = _THANKS_FOR_NOTHING.search(sentence) is not None  # "…stuck with me: Thank you for."
        if thanks_for_nothing or (words and words[-1].lower() in DANGLING_ENDS and not sentence.rstrip().endswith(
                ("?", ":"))):
            if _STRANDED.search(sentence):
                continue  # "…which is what I'm thinking of": a preposition its "what" went ahead of
            found.append(_clip(sentence))
    return found


def _clauses(tagged: Sequence[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    clauses: list[list[tuple[str, str]]] = [[]]
    for word, pos in tagged:
        punctuation = not any(ch.isalnum() for ch in word)
        if punctuation or pos in ("CC", "WDT", "WP", "WP$", "WRB") or word.lower() in _BOUNDARY_WORDS:
            clauses.append([(word, pos)])
        else:
            clauses[-1].append((word, pos))
    return [c for c in clauses if c]


_OBJECT_COMPLEMENT_VERBS = frozenset({
    "leave", "leaves", "leaving", "left", "keep", "keeps", "keeping", "kept", "find", "finds", "finding", "found",
    "get", "gets", "getting", "got", "have", "has", "having", "had", "want", "wants", "wanted", "need", "needs",
    "needed", "make", "makes", "making", "made",
})


_PLACE_PREPOSITIONS = frozenset({"in", "on", "at", "into", "within"})
"""Prepositions a past verb form never follows (review 67: "they are short staffed in lit right now")."""


def _predicates(clause: Sequence[tuple[str, str]]) -> list[int]:
    """Where each verb group that makes a clause (a finite verb, or an active past participle) begins."""
    starts, previous = [], ""
    for i, (word, pos) in enumerate(clause):
        lowered = word.lower()
        if word in _SHORT_WEEKDAYS:  # "got observed last Sat": a weekday typed short, never the past of "sit"
            previous = lowered
            continue
        # A "verb" in -s right after a determiner or modifier is a plural noun the tagger misread ("my replies").
        before = clause[i - 1][1] if i > 0 else ""
        # After a preposition, too: "fast on calls".
        misread = (pos == "VBZ" and before in ("DT", "PRP$", "JJ", "NN", "NNS", "CD", "POS", "IN", "TO")) or (
            pos in ("VB", "VBP", "VBD") and before in ("DT", "PRP$", "POS")  # "our talk about…"
        ) or (pos == "MD" and i > 0 and word[:1].isupper())  # "in Can Tho": a name, not "can"
        # "at 10am" ("10", "am"): a time, not "I am"; "the best organised": a participle after a superlative
        misread = misread or (lowered in ("am", "pm") and before == "CD") or (pos in ("VBD", "VBN") and before in (
            "JJS", "RBS"))
        # "did 4 supervised deliveries": a participle after a number describes what was counted
        # ("3 test dovetail boxes": after a number a verb form is what is counted)
        misread = misread or (pos in ("VBD", "VBN", "VB", "VBP", "VBZ") and i > 0 and clause[i - 1][0].isdigit())
        # "3 test dovetail boxes": a verb form inside a noun phrase, between a noun and the plural it describes
        inside = 1 < i < len(clause) - 1 and before == "NN" and clause[i + 1][1] == "NNS" and clause[i - 2][1] in (
            "CD", "DT", "JJ", "PRP$")
        misread = misread or (pos in ("VB", "VBP") and inside)
        # "a home baker turned market stall owner": "turned" joins two nouns, as "lawyer turned chef"
        misread = misread or (lowered == "turned" and before.startswith("NN") and i + 1 < len(clause)
                              and clause[i + 1][1] in ("NN", "NNS", "JJ"))
        # "Ate Joy shared…": a title before a name ("ate" is also a verb)
        misread = misread or (word[:1].isupper() and lowered in TITLES and i + 1 < len(clause)
                              and clause[i + 1][1] in ("NNP", "NN"))
        # "…by date received": a participle after its noun at the end of the clause describes the noun
        misread = misread or (pos in ("VBD", "VBN") and before in ("NN", "NNS") and i == len(clause) - 1
                              and i > 1 and clause[i - 2][1] == "IN")
        # "leaving the tower unlocked", "found the door open": the participle completes an earlier verb's object
        misread = misread or (pos in ("VBD", "VBN") and before in ("NN", "NNS", "PRP")
                              and any(w.lower() in _OBJECT_COMPLEMENT_VERBS for w, _ in clause[:i - 1]))
        # "short staffed in lit right now": a past form straight after a place preposition is a noun typed short
        misread = misread or (pos == "VBD" and i > 0 and clause[i - 1][0].lower() in _PLACE_PREPOSITIONS)
        active = pos == "VBN" and previous not in _AUXILIARIES and 0 < i < len(clause) - 1
        is_verb = (not misread and pos in _FINITE) or (active and clause[i + 1][1] in ("DT", "PRP$", "PRP"))
        grouped = i > 0 and (clause[i - 1][1].startswith(("VB", "MD")) or clause[i - 1][1] in ("RB", "TO"))
        if is_verb and not grouped and lowered not in ("to",):
            starts.append(i)
        previous = lowered
    return starts


_REQUEST_THEN_CLAUSE = lazy_regex(
    r"^(?:would|could|can|may|might|is it possible|are you)\b[^?]*?,\s+"
    r"(?!I (?:wonder|think|hope|guess|suppose|mean)\b)(?:I|I'm|I've|I'd|we|we're)\s+\w+[^?]*\?$",
    re.IGNORECASE,
)
"""A question that runs on into a statement of the writer's own after a comma."""


def spliced_questions(text: str) -> list[str]:
    """A request and a statement joined by a comma inside one question.

    "Would you be available for a call whenever suits, I have 3 questions?" asks nothing in its
    second half: it is two sentences.
    """
    return [_clip(s) for s in sentences(text) if _REQUEST_THEN_CLAUSE.match(s.strip())]


def spliced_clauses(text: str) -> list[str]:
    """Two predicates in one clause, the sign of a fragment dropped into a frame.

    "We met at PyCon stood out to me", "Admired your post made a strong impression on me". A clause
    may hold two verbs when the first takes a clause ("I think it was"), when a pronoun starts a
    reduced relative clause ("the talk you gave stood out"), or when the clause opens with a
    question word ("what you wrote stuck with me").
    """
    found = []
    for sentence in sentences(text):
        tagged = tag(sentence)
        for clause in _clauses(tagged):
            verbs = _predicates(clause)
            if len(verbs) < 2 or clause[0][1] in ("WP", "WDT", "WRB") or clause[0][0].lower() in _BOUNDARY_WORDS:
                continue
            # "I'm not sure the firm will pay": a feeling after the verb takes the clause too (the tagger says JJ)
            group = [w.lower() for w, p in clause[verbs[0] :]
                     if p.startswith(("VB", "MD", "RB")) or w.lower() in _COMPLEMENT_VERBS][:4]
            if any(w in _COMPLEMENT_VERBS for w in group) or clause[verbs[0]][1] == "MD":
                continue
            first_verb = verbs[0]
            between = clause[first_verb + 1 : verbs[1]]
            if (clause[first_verb][0].lower() in _CAUSATIVES and clause[verbs[1]][1] == "VB" and between
                    and all(p in ("PRP", "NN", "NNS", "NNP", "DT", "PRP$") for _, p in between)):
                continue  # "she let me lead the standup": the object does the bare verb
            later_verb = any(p in ("VBN", "VBD") for _, p in clause[verbs[1] + 1 :])  # "…will rain stuck with me"
            if len(verbs) == 2 and not later_verb and any(
                    w.lower() == "like" and clause[i - 1][0].lower() in _LOOKS
                    for i, (w, _) in enumerate(clause[first_verb + 1 : verbs[1]], start=first_verb + 1)):
                continue  # "it makes me look like I can't cope": "like" opens the clause that follows
            if first_verb >= 2 and clause[first_verb - 1][1] == "PRP" and clause[first_verb - 2][1].startswith(
                    ("NN", "DT", "CD")):
                continue  # "the talk you gave stood out", "the in-basket from 2019 you dug up was…"
            if _listed_predicates(clause, verbs[0], verbs[1]):
                continue  # "I did the first 2 modules online, got observed": one subject, a list of what it did
            # "the most careful I've seen": after a superlative, too
            # ("the template B gave me": a name as the contact clause's subject, too)
            # ("a scaffold nobody had signed off": someone unnamed as its subject, review 76)
            if any((clause[v - 1][1] in ("PRP", "NNP") or clause[v - 1][0].lower() in SOMEONE_UNNAMED) and v >= 2
                   and (clause[v - 2][1].startswith(("NN", "DT", "VB", "JJS"))
                        or (v >= 3 and clause[v - 2][1] == "JJ" and clause[v - 3][1] == "RBS"))
                   for v in verbs[1:]):
                continue  # "I read the post you wrote"
            found.append(_clip(sentence))
            break
    return found


_SHORT_WEEKDAYS = frozenset(short.title() for short in SHORT_DAY_NAMES)


SOMEONE_UNNAMED = word_set("someone somebody anyone anybody everyone everybody nobody")
"""People spoken of without a name; the tagger reads them as nouns, though they are a clause's subject."""


def _listed_predicates(clause: list[tuple[str, str]], first: int, second: int) -> bool:
    """Two verbs of the same tense with a comma between them: predicates listed for one subject."""
    between = [w for w, _ in clause[first + 1 : second]]
    return "," in between and clause[first][1] == clause[second][1] and clause[first][1] in ("VBD", "VBZ")


def article_before_verb(text: str) -> list[str]:
    """An article in front of a verb that has its own object ("as a manage a team")."""
    found = []
    for sentence in sentences(text):
        tagged = tag(sentence)
        for (w1, _), (w2, p2), (w3, _) in zip(tagged, tagged[1:], tagged[2:], strict=False):
            if w1.lower() in ("a", "an") and p2 == "VB" and w3.lower() in _OBJECT_STARTS:
                found.append(f"{w1} {w2} {w3}")
    # "Your experience as a she's a nurse practitioner…": an article before a pronoun is a phrase spliced in
    found += [m.group(0) for m in _ARTICLE_BEFORE_PRONOUN.finditer(text)]
    return found


def article_before_a_name(text: str) -> list[str]:
    """"I'm a Lucía, 2nd year trainee…": an article before the user's own name (review 94)."""
    return [m.group(0) for m in _ARTICLE_BEFORE_OWN_NAME.finditer(text) if lexicon_tag(m["name"].lower()) is None]


def verb_after_towards(text: str) -> list[str]:
    """"I'm working towards move offshore": a plan's bare verb after "towards", where a noun belongs (review 94)."""
    return [m.group(0) for m in _TOWARDS_A_VERB.finditer(text) if _can_be_bare_verb(m["verb"].lower())]


_ARTICLE_BEFORE_OWN_NAME = lazy_regex(r"\bI(?:'m|\s+am)\s+an?\s+(?P<name>(?-i:[A-Z])[^\W\d_]+),")
_TOWARDS_A_VERB = lazy_regex(r"\btowards\s+(?P<verb>[a-z]+)\s+(?:offshore|abroad|overseas|up|into|to|on|away|back|"
                             r"out|over|the|my|a|an|our|in)\b", re.IGNORECASE)


_ARTICLE_BEFORE_PRONOUN = lazy_regex(r"\b(?:a|an)\s+(?:she|he|they|we)(?:['’](?:s|re))?\b", re.IGNORECASE)


_THAT_CLAUSE = lazy_regex(r"\b(?:noticed|said|told me|think|thought|feel|felt|know|knew) that (?P<rest>[^.?!]+)",
                          re.IGNORECASE)


_CONTENT_THAT_THEN_VERB = lazy_regex(
    r"\byour (?:point|suggestion|idea|view|reminder) that (?:is|are|was|were|has|have|had|can|could|should|must|"
    r"will|would|need|needs)\b", re.IGNORECASE)
""""your point that is too long": the point's clause has lost its subject (the notes said "he said is too long")."""
_ADVICE_TO = lazy_regex(r"\byour advice to (?!not\b|always\b|never\b|just\b|only\b)[a-z]+(?:\s+[\w']+)?",
                        re.IGNORECASE)
_REPORTED = lazy_regex(r"\b(?:said|says|told me|thinks|thought|reckons) (?!(?:to|not|that|this|these|those|it|yes|no|"
                       # ("what you said about my induction prep" names a topic, and reports no remark, review 71)
                       r"so|you|I|we|he|she|they|always|never|only|just|don'?t|do|please|about|of)\b)"
                       r"(?P<rest>[^.?!,;:()–—]+)",
                       re.IGNORECASE)


def _can_be_bare_verb(word: str) -> bool:
    from coach.writing import is_bare_verb  # writing builds on this module

    return is_bare_verb(word)


def clause_without_verb(text: str) -> list[str]:
    """A "that" clause, or a reported remark, with no verb of its own.

    "I've noticed that the fastest on grill we ever had" has one only inside its relative clause, so
    nothing was noticed; "You said the warm up too long" reports a remark that has lost its "was";
    "your point that is too long" has lost its subject.
    """
    found = [_clip(m.group(0)) for m in _CONTENT_THAT_THEN_VERB.finditer(text)]
    for match in _ADVICE_TO.finditer(text):  # "your advice to part time because…": no verb to advise
        tagged = tag(match.group(0))[3:5]
        with_object = len(tagged) > 1 and tagged[1][1] in ("PRP", "DT", "PRP$", "IN", "RP", "CD", "NNP")  # "charge 25"
        # the tagger reads many bare verbs as nouns ("use STAR"): a word that can be a verb counts, unless it
        # opens "part time" or "full time"
        part_time = re.match(r"\w+ time\b", match.group(0)[-9:]) is not None
        can_be_verb = _can_be_bare_verb(tagged[0][0]) and not part_time
        verb = tagged[0][1].startswith("VB") or with_object or can_be_verb
        if not verb:
            found.append(_clip(match.group(0)))
    for match in _REPORTED.finditer(strip_citations(text)):
        tagged = tag(match.group("rest"))
        verbless = not any(p.startswith(("VB", "MD")) for _, p in tagged) and not _can_be_bare_verb(tagged[0][0])
        # "the deck too long", "my CV very good": a judgement with no verb to make it one
        degree = any(p == "RB" and w.lower() in ("too", "very", "so") for w, p in tagged)
        adverb_first = degree and tagged[-1][1] == "JJ"
        after_noun = any(p == "JJ" and tagged[i - 1][1].startswith("NN") for i, (_, p) in enumerate(tagged) if i)
        judged = adverb_first or (after_noun and len(tagged) >= 4)  # "pick rates low because of the batteries"
        if verbless and judged:
            found.append(_clip(match.group(0)))
    for match in _THAT_CLAUSE.finditer(strip_citations(text)):
        rest = re.sub(r"\[\d+\]", "", match.group("rest")).strip()
        tagged = tag(rest)
        if not tagged:
            continue
        # a pronoun after the first noun starts a relative clause ("…we ever had"): its verb doesn't count
        cut = next((i for i, (_, p) in enumerate(tagged) if p == "PRP" and i > 0), len(tagged))
        if tagged[0][1] in ("DT", "JJS", "RBS") and not any(p.startswith(("VB", "MD")) for _, p in tagged[:cut]):
            found.append(_clip(match.group(0)))
    return found


def orphan_feelings(text: str) -> list[str]:
    """A feeling word with no one to feel it, spliced before a clause ("How would you approach worried I'll stop")."""
    found = []
    for sentence in sentences(text):
        tagged = tag(sentence)
        for i in range(1, len(tagged) - 1):
            word, before = tagged[i][0].lower(), tagged[i - 1][0].lower()
            spliced = tagged[i - 1][1].startswith(("VB", "NN")) and before not in _PLURAL_SUBJECTS | {"i", "he", "she"}
            if word in _FEELINGS and tagged[i + 1][1] == "PRP" and before not in _COPULA_BEFORE_FEELING and spliced:
                found.append(f"{tagged[i - 1][0]} {tagged[i][0]} {tagged[i + 1][0]}")
    return found


def _third_person_verb(tagged: Sequence[tuple[str, str]], index: int) -> bool:
    """"speeds" in "you speeds up": a verb's -s form the tagger called a plural noun, before a particle or object."""
    word, penn = tagged[index]
    after = tagged[index + 1][1] if index + 1 < len(tagged) else ""
    lemmas = get_lemma(word.lower(), upos="VERB", lemmatize_oov=False) if word.lower().endswith("s") else ()
    verb_form = any(lemma != word.lower() for lemma in lemmas)
    # ("you books more meetings", "you reruns samples": before a comparison or a plural object too, review 68)
    return penn == "NNS" and after in ("IN", "RP", "DT", "PRP$", "RB", "JJR", "NNS", "CD") and verb_form


def agreement_errors(text: str) -> list[str]:
    """Subjects and verbs that disagree ("your PRs was", "you miss standups, loses track", "you speeds up")."""
    found = []
    for sentence in sentences(text):
        tagged = tag(sentence)
        subject = ""
        for i, (word, pos) in enumerate(tagged):
            lowered = word.lower()
            nxt = tagged[i + 1] if i + 1 < len(tagged) else ("", "")
            # ("A short close, even when you're breaking up…, keeps…": a clause after "when" is an aside)
            aside = i > 0 and tagged[i - 1][0].lower() in _SUBORDINATORS
            if lowered in _PLURAL_SUBJECTS and i + 1 < len(tagged) and nxt[1] == "VBP" and not aside:
                subject = lowered
            # "combinatorics is", "logistics is": a field of study in -ics is singular
            plural = (pos == "NNS" and lowered not in _MASS_PLURALS and not lowered.endswith("ics")
                      and not _inside_phrase(tagged, i))
            if plural and nxt[0].lower() in _SINGULAR_VERBS and not _counted_amount(tagged, i, i + 2):
                found.append(f"{word} {nxt[0]}")
            if subject and pos in (",", "CC") and nxt[1] == "VBZ" and i + 2 < len(tagged):
                found.append(f"{subject} … {nxt[0]}")
                subject = ""
            # "you speeds up": the tagger may call the -s form a plural noun
            singular_verb = (nxt[1] == "VBZ" and nxt[0].lower() not in ("'s",)) or (
                i + 1 < len(tagged) and _third_person_verb(tagged, i + 1))
            if lowered in _PLURAL_SUBJECTS and singular_verb:
                found.append(f"{word} {nxt[0]}")
    return found


_SUBORDINATORS = word_set("when if while because although though since unless once whenever where")
"""Words that open a clause inside another: its subject is not the sentence's."""
_AMOUNT_JUDGED = word_set("plenty enough a too more less fine ok okay about usually often not quite probably rarely")
"""Words after "is" that judge an amount: "two or three mentors is plenty", but not "five people was there"."""


def _counted_amount(tagged: Sequence[tuple[str, str]], i: int, after: int) -> bool:
    """Whether the plural at ``i`` is a counted amount being judged ("20 minutes is enough").

    A counted plural names one amount, and an amount takes a singular verb.
    """
    if after >= len(tagged) or tagged[after][0].lower() not in _AMOUNT_JUDGED:
        return False
    for j in range(i - 1, -1, -1):
        word, pos = tagged[j]
        if pos == "CD" or word.lower() in ("few", "couple", "several"):
            return True
        if not (pos.startswith("JJ") or pos == "CC" or word == "-"):
            return False
    return False


def _inside_phrase(tagged: Sequence[tuple[str, str]], i: int) -> bool:
    """Whether the noun at ``i`` sits inside a phrase rather than starting a subject.

    After a preposition ("research on clinics is") or a verb ("needs fewer case studies was") it is
    an object, and the verb that follows agrees with an earlier subject.
    """
    for j in range(i - 1, -1, -1):
        word, pos = tagged[j]
        # ("writing reports is slow": the doing is the subject, its plural the doing's object, review 87)
        if pos in ("IN", "TO", "VBD", "VBZ", "VBP", "MD", "VBG") or word.lower() == "one":
            return True
        if pos == "," and j > 0 and tagged[j - 1][1].startswith("JJ"):
            continue  # "fewer, deeper case studies"
        if pos == "SYM" or word in ("-", "->", "→", "/"):
            continue  # "with Z->ee events": a symbol inside a name, no clause boundary (review 99)
        if pos in (",", ".", ":", "CC"):
            return False
    return False


def unsigned_closing(text: str) -> list[str]:
    """A closing line ("Thank you,") with no name under it: the message ends on a comma."""
    lines = [line.strip() for line in normalise(text).splitlines() if line.strip()]
    return [lines[-1]] if len(lines) > 1 and lines[-1].endswith(",") and len(lines[-1].split()) <= 4 else []


@cache
def _shorthand_in_text() -> tuple[frozenset[str], re.Pattern[str]]:
    from coach.writing import shorthand_units, shorthand_words  # the list lives in prompts/phrasing/shorthand.yaml

    units = "|".join(sorted(shorthand_units(), key=len, reverse=True))
    return shorthand_words(), re.compile(rf"(?<![\w/.])\d+(?:{units})(?![\w/])", re.IGNORECASE)


def shorthand(text: str) -> list[str]:
    """Shorthand ("abt", "w/", "convo", "2wks") in a message meant to be sent; "R" and "HR" in capitals are names."""
    from coach.writing import lower_case_shorthand

    words, units = _shorthand_in_text()
    text = normalise(strip_citations(text))
    # "R v Mensah", "Smith v Jones": a case's name, where "v" is the law's own abbreviation (review 61)
    text = re.sub(r"\b([A-Z][\w.'’-]*)\s+v\.?\s+(?=[A-Z])", r"\1 versus ", text)
    lower_only = lower_case_shorthand()
    found = [w for w in re.findall(r"(?<![\w/])[A-Za-z][A-Za-z0-9]*/?(?![\w/=≈~<>])", text)  # ("n≈9000": a count)
             if w.lower() in words and not w.isupper() and not (len(w) > 2 and w[:-1].isupper() and w.endswith("s"))
             and (w.islower() or w.lower() not in lower_only)]  # fmt: skip  ("KPIs" is an acronym, plural)
    return found + units.findall(text)


def participle_as_past(tagged: Sequence[tuple[str, str]], index: int) -> bool:
    """Whether the tagger's participle at ``index`` is a past tense with an object of its own.

    "the EHO nearly marked us down", "…temps changed how I do…", "…skills made me rethink": after an
    adverb or a noun, with an object after it. "newly qualified nurses" and "teams built from scratch" are not.
    """
    if tagged[index][1] != "VBN" or index == 0:
        return False
    after = tagged[index + 1][1] if index + 1 < len(tagged) else ""
    return tagged[index - 1][1] in ("RB", "NN", "NNS", "NNP") and after in ("WRB", "PRP", "PRP$", "DT")


def has_main_verb(text: str) -> bool:
    """Whether a "noun" fragment has a verb of its own outside any clause inside it.

    "your post on X basically changed how we work", "your reel with the butter temps changed how I do my
    doughs" and "a friend who ran follow spot on Hedda said you explain…" have one ("changed", "said");
    "your talk on how you moved teams" and "the post you wrote" do not (their verbs belong to the clause inside).
    """
    tagged = tag(text)
    embedded = False
    verbs_in_relative = 0  # finite verbs since "who"/"that"/"which": the first is the relative clause's own
    object_at = -1  # where the last pronoun after a preposition was ("with you")
    for i, (word, penn) in enumerate(tagged):
        if word.lower() in ("who", "which", "that") or penn in ("WP", "WDT"):
            embedded, verbs_in_relative = True, 0
            continue
        before = tagged[i - 1][1] if i else ""
        if penn == "PRP" and before in ("IN", "TO"):
            object_at = i
            continue  # "a friend who staged with you said…": an object, no subject of a clause inside
        if penn in ("WRB", "PRP"):
            embedded, verbs_in_relative = True, -1  # a clause with its own subject: no count of its verbs
            continue
        after = tagged[i + 1][1] if i + 1 < len(tagged) else ""
        finite = penn in ("VBD", "VBZ", "MD") or (penn == "VBN" and not after.startswith(("NN", "JJ", "IN", "RP")))
        if embedded and verbs_in_relative == 0 and penn in ("VB", "VBP", "VBN"):
            verbs_in_relative = 1  # "who play in your league", "who trained with you": the relative clause's own verb
            continue
        if not finite:
            continue
        # "basically changed how…": after an adverb the participle is the past tense ("newly qualified nurses" is not)
        # "…2023 made me cry": a participle with an object pronoun after it is the past tense
        if not embedded and (penn != "VBN" or before == "RB" or after == "PRP" or participle_as_past(tagged, i)):
            return True
        if embedded and verbs_in_relative >= 1 and (before.startswith("NN") or object_at == i - 1):
            return True  # "a friend who ran follow spot on Hedda said…": the relative clause ended at "Hedda"
        if embedded and verbs_in_relative >= 0:
            verbs_in_relative += 1
        elif embedded and verbs_in_relative == -1 and penn in ("VBD", "VBZ"):
            verbs_in_relative = -2  # "how you moved…": the inner clause has its verb
        elif embedded and verbs_in_relative == -2 and penn in ("VBD", "VBZ") and before.startswith("NN"):
            return True  # "your post on how you moved into UX research was my story": the inner clause ended
    # "your croissant video on instagram change how I laminate": a bare verb after a noun, with its own object, as
    # non-native notes write the past
    for i, (word, penn) in enumerate(tagged[1:-1], start=1):
        after, before = tagged[i + 1][1], tagged[i - 1][1]
        verb_read_as_noun = penn == "NN" and after == "WRB" and bool(get_lemma(word, upos="VERB", lemmatize_oov=False))
        if (penn in ("VB", "VBP") or verb_read_as_noun) and before.startswith("NN") and after in ("WRB", "PRP$", "DT"):
            return True
    return False


_NOUN_FRAMES = lazy_regex(
    r"^(?:(?P<before>.+?)\s+(?:really\s+)?(?:stuck with me|stayed with me|stood out to me)|"
    r"(?:what (?:really )?(?:stuck|stayed) with me was|I have (?:greatly )?admired|"
    r"I(?:'m| am) writing(?: to you)? because of)\s+(?P<after>.+?))[.!]?$",
    re.IGNORECASE,
)
"""Frames that take a noun phrase: "X really stuck with me", "What stayed with me was X", "I have admired X",
"I am writing to you because of X"."""


_QUOTED_WORDS = lazy_regex(r"(?<!\w)['‘\"“][^'’\"”]{2,}['’\"”](?!\w)")


def clause_as_noun(text: str) -> list[str]:
    """A whole clause put where a noun phrase belongs ("…reel changed how I do my doughs really stuck with me")."""
    found = []
    for sentence in sentences(text):
        match = _NOUN_FRAMES.match(sentence.strip())
        noun = match and (match.group("before") or match.group("after"))
        # ("…especially the bit about 'data is a collection too'": a quoted clause is a thing named, review 82)
        noun = noun and _QUOTED_WORDS.sub("it", noun)
        # ("…because of your restoration of the organ, the voicing of the reed stops especially": an aside that names
        # a part of the thing, whose "stops" the tagger reads as a verb, review 92)
        noun = noun and ", ".join(piece for i, piece in enumerate(noun.split(", "))
                                  if not i or not _AN_ASIDE_PART.match(piece))
        if noun and (has_main_verb(re.sub(r"^(?:hi|hello|dear)\s+[^,]+,\s*", "", noun, flags=re.IGNORECASE))
                     or _DASH_THEN_OWN_CLAUSE.search(noun)):
            found.append(_clip(sentence))
    return found


_DASH_THEN_OWN_CLAUSE = lazy_regex(r"\s[-–—]+\s+(?:I|we)\s+\w+")
"""The user's own clause after a dash, inside what a frame takes for a thing ("…screens) - I literally printed it
really stuck with me", review 95)."""


_AN_ASIDE_PART = lazy_regex(r"(?:the|its|especially|in particular|esp)\s+\w+\s+of\s+", re.IGNORECASE)
"""A part of the thing named in an aside after a comma ("the voicing of the reed stops especially")."""
_PAST_AFTER_TO = lazy_regex(
    r"\b(?:to|can|could|will|would|should|must|may|might|cannot)\s+(?:not\s+)?(?:became|went|did|was|were|took|came|"
    r"gave|wrote|spoke|began|chose|knew|grew|brought|bought|taught|caught|sold|found|made|got|saw)\b", re.IGNORECASE)


def past_after_to(text: str) -> list[str]:
    """A past form where the base form belongs: "hoping to became", "could went" (often the user's own slip)."""
    return [m.group(0) for m in _PAST_AFTER_TO.finditer(normalise(text)) if m.group(0).split()[-1].islower()]


_TWO_REPORTS = lazy_regex(r"\b(?:said|says|told me)\s+(?:offered|promised|agreed|suggested|recommended|mentioned|told|"
                          r"asked|gave|showed|explained)\b", re.IGNORECASE)


def reported_twice(text: str) -> list[str]:
    """A report framed around another report: "You said offered to read my case" (a label read as speech)."""
    return [m.group(0) for m in _TWO_REPORTS.finditer(normalise(text))]


def open_brackets(text: str) -> list[str]:
    """A "(" that its line never closes: "…was confusing (cost per kg wrong." (a fact cut inside its brackets)."""
    found = []
    for line in text.splitlines():
        depth, opened = 0, -1
        for index, char in enumerate(line):
            if char == "(":
                depth, opened = depth + 1, index if depth == 0 else opened
            elif char == ")" and depth:
                depth -= 1
        if depth:
            found.append(_clip(line[opened:]))
    return found


def stray_closing_brackets(text: str) -> list[str]:
    """A ")" its line never opened: "…your advice to do it proper with invoices)." (review 67).

    A part cut out of its brackets; a list's "a)" or "2)" and a smiley are no brackets.
    """
    found = []
    for line in text.splitlines():
        depth = 0
        for index, char in enumerate(line):
            if char == "(":
                depth += 1
            elif char == ")" and depth:
                depth -= 1
            elif char == ")" and not re.search(r"(?:^|[\s(])(?:[a-z0-9]|[ivx]{1,4})$|[:;]-?$", line[:index]):
                found.append(_clip(line[max(0, index - 40): index + 1]))
    return found


_WISH_IN_A_WISH = lazy_regex(r"\b(?:hoping|hope|want|wanting|wish|planning)\s+to\s+(?:want|hope|wish)\b", re.IGNORECASE)


def doubled_wishes(text: str) -> list[str]:
    """"I'm hoping to want to become…": a frame's wish around the user's own."""
    return [m.group(0) for m in _WISH_IN_A_WISH.finditer(text)]


_MODAL_THEN_DO = lazy_regex(r"\b(?:will|would|shall|should|can|could|may|might|must|\w+['’]ll)\s+"
                            r"(?:don['’]?t|doesn['’]?t|didn['’]?t|dont)\b", re.IGNORECASE)


def modal_then_do(text: str) -> list[str]:
    """"You'll don't make money", "I can doesn't": a modal before a form of "do" (it is "won't", "can't")."""
    return [m.group(0) for m in _MODAL_THEN_DO.finditer(text)]


LENGTH_OF_TIME = (r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                  r"(?P<unit>year|month|week|day)s?\b(?!\s+ago)")
"""A length of time ("9 years", "one month"), never a point in time ("2 weeks ago"): the rule here and the fix
in coach/writing.py read the same words."""
_SINCE_A_SPAN = lazy_regex(rf"\bsince\s+{LENGTH_OF_TIME}", re.IGNORECASE)


def since_a_span(text: str) -> list[str]:
    """"I am midwife since 9 years": a length of time takes "for" ("I've been a midwife for 9 years")."""
    return [m.group(0) for m in _SINCE_A_SPAN.finditer(text)]


_ARTICLE_BEFORE_A_COUNT = lazy_regex(r"\b(?:a|an)\s+(?:[2-9]|[1-9]\d+)\s+(?:years|months|weeks|days|hours|minutes|"
                                     r"people|times)\b", re.IGNORECASE)
"""One article before a count of many ("I am QS, a 4 years PQS side", review 107)."""


def article_before_a_count(text: str) -> list[str]:
    """"a 4 years…": "a" is one, and 4 years are many (say "4 years" or "a 4-year…")."""
    return [m.group(0) for m in _ARTICLE_BEFORE_A_COUNT.finditer(text)]


_OPEN_ASIDE_BEFORE_FRAME = lazy_regex(r"\s[-–—]\s+[^.!?\-–—\n]{1,60}?\s+(?:really\s+)?(?:stuck|stayed|stood out)\s+"
                                      r"(?:with|to)\s+me\b")
"""An aside after a dash that runs into the words of a frame ("…in Berlin - so clean really stuck with me", review
107): the dash is never closed."""


def open_asides(text: str) -> list[str]:
    """An aside opened with a dash that the sentence's frame runs on from, as if it had been closed.

    The dash that closes an aside ("Your talk - especially the Q&A - really stuck with me.") opens none.
    """
    text = strip_citations(text)
    found = []
    for match in _OPEN_ASIDE_BEFORE_FRAME.finditer(text):
        before = re.split(r"[.!?\n]", text[: match.start()])[-1]
        if not re.search(r"\s[-–—]\s", before):
            found.append(_clip(match.group(0).strip()))
    return found


_DASHED_LIST = lazy_regex(r"[^\n]*?[a-z']\s+[-–]\s+[a-z][^\n]*?\s[-–]\s+[a-z(][^\n]*?\s[-–]\s+[a-z(][^\n]*")
"""A list typed with dashes, run into a sentence ("I'm reaching out because - ex-teacher like me - wrote… - hires…");
an aside between two dashes ("The real issue is - as you know - time.") is no list."""


def dashed_lists(text: str) -> list[str]:
    """Items of a dashed list run into one sentence, which no frame can take whole (review 59)."""
    return [_clip(m.group(0).strip()) for m in _DASHED_LIST.finditer(strip_citations(text))]


_NOTICED_THEN = lazy_regex(r"\b(?:noticed|seen|saw)\s+(?:that\s+)?(?=[a-z]+s\s)", re.IGNORECASE)
_ASKED_OF_YOU = lazy_regex(r"\b(?:could|would|can|will)\s+you\s+(?=\w)", re.IGNORECASE)


def _words_after(pattern: re.Pattern[str], text: str, wrong: Callable[[Sequence[tuple[str, str]]], bool]) -> list[str]:
    """Each place ``pattern`` matches where the tagged words after it are ``wrong``, clipped with its lead."""
    found = []
    for sentence in sentences(text):
        for match in pattern.finditer(sentence):
            if wrong(tag(sentence[match.end():])):
                found.append(_clip(sentence[max(0, match.start() - 10): match.end() + 30]))
    return found


def verbs_without_subject(text: str) -> list[str]:
    """A verb straight after "I've noticed", its subject left out: "I've noticed reruns samples after…" (review 68).

    An object or an adverb follows such a verb; "changes in the chart" is a thing noticed.
    """
    return _words_after(_NOTICED_THEN, text, lambda tagged: len(tagged) > 1 and _third_person_verb(tagged, 0)
                        and tagged[1][1] not in ("IN", "RP"))


def things_asked_as_verbs(text: str) -> list[str]:
    """A thing and where it stays put after "Could you": "Could you face shield on every time…?" (review 68)."""
    return _words_after(_ASKED_OF_YOU, text, lambda tagged: len(tagged) > 2 and tagged[0][1] == "NN"
                        and tagged[1][1] == "NN" and tagged[2][0].lower() in ("on", "off", "away", "down", "back"))


_COURTESY_VERBS = word_set("thank thanks let feel please hope happy looking keep congratulations congrats see enjoy "
                           "have wish welcome forgive excuse pardon sorry cheers talk speak chat hear")
"""Verbs that open a courteous sentence with no subject ("Thank you.", "Let me know.", "Hope you're well.")."""


def subjectless_sentences(text: str) -> list[str]:
    """A sentence of prose to someone that opens with a bare or past verb: "Do postdoc in the UK…", "Moved to Oslo…".

    A message's prose speaks for the user, so its sentences have a subject; a list item ("- Check oil first") or a
    courtesy ("Thank you.", "Hope you're well.") needs none.
    """
    found = []
    for line in text.splitlines():
        if not line.strip() or re.match(r"^\s*(?:[-*•#>]|\d+[.)]|\*\*)", line):
            continue
        for sentence in sentences(line):
            words = sentence.split()
            tagged = tag(sentence)
            if len(words) < 3 or sentence.rstrip().endswith("?") or not tagged:
                continue
            first, first_tag = tagged[0][0].lower(), tagged[0][1]
            if first in _COURTESY_VERBS or first_tag not in ("VB", "VBP", "VBD", "VBN"):
                continue
            if first_tag in ("VB", "VBP") and not _can_be_bare_verb(first):
                continue
            found.append(_clip(sentence))
    return found


DETECTORS: tuple[tuple[str, Callable[[str], list[str]]], ...] = (
    ("doubled words", doubled_words),
    ("sentence starts in lower case", lowercase_starts),
    ("capital mid-sentence", midsentence_capitals),
    ("stray comma", stray_commas),
    ("doubled question mark", doubled_question_marks),
    ("cut off mid-phrase", dangling_ends),
    ("two sentences spliced together", spliced_clauses),
    ("a whole sentence where a noun belongs", clause_as_noun),
    ("a question run on into a statement", spliced_questions),
    ("article before a verb", article_before_verb),
    ("article before a name", article_before_a_name),
    ("a verb after 'towards' (say \"moving\" or \"I'm hoping to…\")", verb_after_towards),
    ("feeling with no subject", orphan_feelings),
    ("a clause with no verb", clause_without_verb),
    ("subject and verb disagree", agreement_errors),
    ("a verb with no subject", verbs_without_subject),
    ("a thing asked for where a verb belongs", things_asked_as_verbs),
    ("past form after 'to'", past_after_to),
    ("a report inside a report", reported_twice),
    ("closing with no name under it", unsigned_closing),
    ("bracket left open", open_brackets),
    ("bracket closed with none open", stray_closing_brackets),
    ("a wish inside a wish", doubled_wishes),
    ("a modal before 'do'", modal_then_do),
    ("'since' before a length of time (say 'for', as in \"I've been … for 6 years\")", since_a_span),
    ("a dashed list run into a sentence (give each item its own sentence)", dashed_lists),
    ("'a' before a count of many (say \"4 years\" or \"a 4-year…\")", article_before_a_count),
    ("an aside after a dash that never closes", open_asides),
)
"""Every reads-well rule, with the name a check's hint uses for it."""
SENT_DETECTORS: tuple[tuple[str, Callable[[str], list[str]]], ...] = (
    ("shorthand", shorthand),
    ("a sentence with no subject (say who, as in \"I'm hoping to…\")", subjectless_sentences),
)
"""The rules for a message sent to someone, as well as :data:`DETECTORS`."""


def reading_problems(text: str, sent: bool = False) -> list[str]:
    """Every reads-well problem in ``text``, each as "kind: snippet"; ``sent`` adds the shorthand rule."""
    detectors = [*DETECTORS, *SENT_DETECTORS] if sent else DETECTORS
    return [f"{name}: {snippet!r}" for name, detect in detectors for snippet in detect(text)]


def _clip(sentence: str, limit: int = 60) -> str:
    return sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"
