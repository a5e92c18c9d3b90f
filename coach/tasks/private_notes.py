"""Lines of session notes the user keeps to themselves: never in the email to the mentor.

Notes are written for the note-taker first. Beside the tasks and what the mentor said they hold
secrets ("DO NOT let her know co-founder is thinking of leaving"), feelings ("so tired my hands are
shaking writing this"), opinions of the mentor ("she looked exhausted"), doubts not voiced ("Not sure I
agree with him on cutting the float pool") and questions to self ("should I just drop to part time").
Sent to the mentor, any of them is a breach of the user's trust, so the summary leaves them out.

The cues are data (``prompts/phrasing/private.yaml``). A line that reports the mentor ("she said…") or
marks a task ("todo:", "I'll…") is left to the task and advice readers: those belong in the email.
"""

from __future__ import annotations

import re
from functools import cache

from coach.checks import DATE_PATTERN
from coach.lazy_patterns import lazy_regex
from coach.tasks._phrasing import alternation, frames, words_pattern
from coach.tasks.private_model import learned_settings, private_probabilities
from coach.writing import ABBREVIATIONS

_GROUPS = ("secrecy", "feelings", "about_them", "doubts", "questions_to_self", "reactions")
_ANSWERED = ("secrecy", "about_them", "doubts", "reactions")
"""Cues read beside the mentor's words: a feeling or question they answered is the topic, not a private aside."""
_ARROW = lazy_regex(r"->|→|=>")
_SEGMENTS = lazy_regex(r"\s*(?:[;…]|(?<=[.!?])\s|\s[-–—]+\s|\(|\))\s*")
"""Where a line of notes turns to another thought: a new sentence, a dash, an ellipsis, brackets (never a comma:
"(loans, lost income)" is no feeling)."""
_BULLET = lazy_regex(r"^\s*(?:[-*•>]+|//|\d{1,2}[.)]|\[[ xX]?\])\s*")
_REPORTS_THEM = lazy_regex(
    r"\b(?:she|he|they)(?:\s+(?:also\s+)?(?:said|says|suggested|suggests|recommended|recommends|told me|thinks|"
    r"thought|explained|mentioned|offered|advised|reckons|will)|['’]ll\s+(?!be\b))\b|"
    r"(?:^|,\s*)said\b|\b(?:said|says)\s+(?:to|i should)\b|"
    r"\b(?!I\b)(?-i:[A-Z])\w*\s+(?:also\s+)?(?:said|says|suggested|thinks|recommended)\b|"
    r"\b(?:she|he|they)\s+(?:felt|had|went through|struggled with)\s+(?:it|that|this|the same)\s+too\b",
    re.IGNORECASE)
"""The mentor's words or promise: what they said is for the email even when the user felt something about it
("imposter syndrome is normal, she felt it too": what she shared, not the user's private feeling)."""
_MARKS_A_TASK = lazy_regex(r"^(?:todo|to-do|to do|action|ai|next steps?)\s*[:\-–]|^i(?:'ll|’ll|\s+will)\s",
                           re.IGNORECASE)


_OWNER_LABEL = r"^\W*(?:me|i|him|her|us|we|them|mentor|[A-Z]{2,3}|{mentor})\s*(?::|->|→|[-–—]\s)"
"""A line of notes that says whose it is ("him: will share…", "me -> register…"): a task or what they said."""


@cache
def _owner_label(mentor_first: str) -> re.Pattern[str]:
    return re.compile(_OWNER_LABEL.replace("{mentor}", re.escape(mentor_first) if mentor_first else "(?!)"),
                      re.IGNORECASE)


@cache
def _secrecy(mentor_first: str) -> tuple[re.Pattern[str], ...]:
    return _cues(mentor_first, ("secrecy",))


@cache
def _cues(mentor_first: str, groups: tuple[str, ...] = _GROUPS) -> tuple[re.Pattern[str], ...]:
    data = frames("private")
    names = {
        "feeling": f'(?:{alternation([*data["feeling_words"], *frames("words")["feelings"]])})',
        "mood": f'(?:{alternation(data["mood_words"])})',
        "intensifier": f'(?:{alternation(data["intensifier_words"])})',
        "about_them": f'(?:{alternation(data["about_them_words"])})',
        "mentor": re.escape(mentor_first) if mentor_first else "(?!)",
    }
    return tuple(re.compile(pattern.format(**names), re.IGNORECASE)
                 for group in groups for pattern in data[group])


def kept_to_myself(line: str, mentor_first: str = "", groups: tuple[str, ...] = _GROUPS) -> bool:
    """Whether the cues call a line of notes the user's alone (a secret, a feeling, a private opinion or doubt)."""
    text = _plain(line)
    if not text or _theirs_or_a_task(text):
        return False
    segments = [segment for segment in _SEGMENTS.split(text) if segment.strip()]
    # A question to self only counts as the whole line (below); every other cue in any segment of it.
    if any(cue.search(segment) for cue in _cues(mentor_first, _without_questions(groups))
           for segment in [text, *segments]):
        return True
    # "should I go for Group PM?" alone, never "…? You: not yet" or "?? do i need the MCAT -> check GRE reqs"
    asks_only = "questions_to_self" in groups and len(_SENTENCES.split(text.lstrip("?!. "))) == 1 and not (
        _ARROW.search(text))
    return asks_only and any(cue.search(text) for cue in _cues(mentor_first, ("questions_to_self",)))


def _plain(piece: str) -> str:
    return _BULLET.sub("", piece).strip().replace("’", "'")


def _theirs_or_a_task(text: str) -> bool:
    return bool(_REPORTS_THEM.search(text) or _MARKS_A_TASK.match(text))


_SOMEONES_WORDS = lazy_regex(r"^\W*[\"“‘']|^[\w\s/&'-]{1,25}:\s|"
                             r"(?:^|[\s>•:-])(?<!\bi\s)(?:says?|think|explained|reckons)\b", re.IGNORECASE)
"""A quote, a topic and its point, or a report: '- "stop asking users…"', "timeouts: have 1 message not 5",
"• says don't raise…", "He say keep all RFIs…"."""
_MY_PLAN = lazy_regex(r"\bi(?:'ll|'d|'m to| am to| will| need to| have to| must| gotta| gonna)\b", re.IGNORECASE)


@cache
def _task_opener() -> re.Pattern[str]:
    verbs = words_pattern("task_verbs")
    # after a time ("14:05 - send…") or a topic ("re salary, don't bring up first"), and advice's own openers
    opener = rf"(?:{verbs}|don'?t|dont|never|always|avoid)\b"
    return re.compile(rf"^(?:[\d:.]+\s*[-–—]\s*|re\s+[^,:]{{1,30}}[,:]\s*)?{opener}", re.IGNORECASE)


def _for_the_learned_reader(text: str) -> bool:
    """Whether the learned reader may call a piece private: never a task, a date, a quote or a report."""
    return not (_theirs_or_a_task(text) or _SOMEONES_WORDS.search(text) or _MY_PLAN.search(text)
                or DATE_PATTERN.search(text) or _task_opener().match(text))


def without_private_lines(notes: str, mentor_first: str = "") -> str:
    """The notes without what the user keeps to themselves, read before any line is split.

    A short line goes whole ("Dad wont go for it. not bringing it up w/ him yet"); in a paragraph, or
    after the mentor's words, only the private sentence or aside goes ("He said to say no to the swap —
    I already said yes, damn": what he said stays).
    """
    return private_apart(notes, mentor_first)[0]


def private_apart(notes: str, mentor_first: str = "") -> tuple[str, list[str]]:
    """The notes as :func:`without_private_lines` gives them, and the lines it left out whole, from one reading."""
    reader = _Reader(notes, mentor_first)
    marked = _marked_private(notes.splitlines())
    read = [(line, None if hidden else reader.line_without_private(line))
            for line, hidden in zip(notes.splitlines(), marked, strict=True)]
    kept = "\n".join(line for _, line in read if line is not None)
    return kept, [raw for raw, line in read if line is None and raw.strip()]


@cache
def _marks() -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str], re.Pattern[str]]:
    data = frames("private")
    return (tuple(re.compile(pattern, re.IGNORECASE) for pattern in data["marked"]),
            re.compile(data["marked_heading"], re.IGNORECASE), re.compile(data["heading"]))


def _marked_private(lines: list[str]) -> list[bool]:
    """Which lines the user marked as their own: by a label on the line, or under a "Private:" heading.

    The user's own word outranks every reading: "private: I might not stay in litigation" is never a takeaway.
    """
    marks, marked_heading, heading = _marks()
    hidden: list[bool] = []
    in_private_section = False
    for line in lines:
        text = line.replace("’", "'")
        if not text.strip() or (heading.match(text) and not marked_heading.match(text)):
            in_private_section = False
        elif marked_heading.match(text):
            in_private_section = True
        hidden.append(in_private_section or any(mark.search(text) for mark in marks))
    return hidden


_PIECES = lazy_regex(rf"({ABBREVIATIONS}(?<!\bincl\.)(?<=[.!?])\s+|\s+[-–—]+\s+|\s*…\s*|,\s+(?=bless\b)|"
                     r"\s+(?=(?:it |that |which )?made me feel\b))(?=\S)")
"""Where a line of notes turns to another thought: a sentence's end, a dash between words, an ellipsis."""
_ONLY_A_MARK = lazy_regex(r"(?:(?:long story|lol|ha+|anyway)[,\s]+)?(?:off(?:\s+the)?\s+record|"
                          r"not for (?:the )?(?:e-?mail|mail|her|him|them)|between us|for me only|"
                          r"(?:don'?t|dont|do not) put (?:that|this|it) in)", re.IGNORECASE)
"""A piece that only says the one before it is private ("long story, off record", "not for the email")."""
_SENTENCES = lazy_regex(rf"{ABBREVIATIONS}(?<!\bincl\.)(?<=[.!?])\s+(?=\S)")
_ONE_THOUGHT = 2
"""A line of at most this many sentences is one thought: a private piece makes all of it private unless the line
is the mentor's words or someone's task."""
_SECRET_REACH = 3
"""A secret takes a line of up to this many sentences with it ("^ Dad not ready. hasnt said it but i think he
thinks im selling out. not for the email")."""
_BRACKETED = lazy_regex(r"\s*\(([^()]*)\)")
_LEARNED_MIN_WORDS = 3
"""The learned reader judges no shorter piece: "CPD log" before "sort it out by end of month" is a topic."""
_ASIDE_WORDS = 5
"""Beside the mentor's words, the learned reader judges no longer piece: only an aside is the user's own."""


def _without_questions(groups: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(group for group in groups if group != "questions_to_self")


class _Reader:
    """Reads one set of notes by the cues and the learned reader, whose scores come in one batch per set."""

    def __init__(self, notes: str, mentor_first: str) -> None:
        self.mentor_first = mentor_first
        self._unbracketed_lines = {line: self._unbracketed(line, _ANSWERED if self._owned(line) else _GROUPS)
                                   for line in notes.splitlines() if line.strip()}
        """Each line without its private bracketed asides, worked out once for the scores and the reading."""
        pieces = {_plain(piece) for line in self._unbracketed_lines.values() for piece in _PIECES.split(line)[::2]}
        texts = sorted(text for text in pieces if text and _for_the_learned_reader(text))
        self.scores = dict(zip(texts, private_probabilities(texts), strict=True))
        self.threshold = learned_settings()[1]

    def line_without_private(self, line: str) -> str | None:
        """The line without its private pieces; None when nothing of it is for the mentor."""
        if not line.strip():
            return line  # a blank line ends an owner's list: it stays
        sentences = len(_SENTENCES.split(line))
        paragraph = sentences > _ONE_THOUGHT
        owned = self._owned(line)
        if sentences <= _SECRET_REACH and _is_secret(_BRACKETED.sub("", line), self.mentor_first):
            return None  # "HoD leaving at Easter - Ngozi said in confidence, don't put in writing": all of it
        groups = _ANSWERED if owned else _GROUPS
        line = self._unbracketed_lines[line]
        if not re.search(r"\w", line):
            return None  # "- (she was so nice abt the cue disaster)": nothing else on the line
        pieces = _PIECES.split(line)  # [piece, separator, piece, …]
        cued = [kept_to_myself(piece, self.mentor_first, _without_questions(groups)) for piece in pieces[::2]]
        if not paragraph and not owned and self._all_private(line, pieces[::2], cued, groups):
            return None  # "cried in the car after. first time someone senior said that": all of it is theirs
        # The learned reader reads every piece of the user's own line, and only the asides beside the mentor's
        # words ("her: will share his app as a template - bless him"); alone, it never takes a whole line.
        private = [hidden or (self._learned(piece) if not owned else index > 0 and self._learned_aside(piece))
                   for index, (piece, hidden) in enumerate(zip(pieces[::2], cued, strict=True))]
        if not any(private):
            return line
        # ("asked if she'd ever go back to TV - long story, off record", review 93): a piece that only marks what came
        # before it as private, after a dash, takes that piece with it
        for index in range(1, len(private)):
            mark_only = _ONLY_A_MARK.fullmatch(pieces[2 * index].strip(" .!")) is not None
            if private[index] and mark_only and pieces[2 * index - 1].strip():
                private[index - 1] = True
        text = "".join(self._kept_with_stops(pieces, private))
        text = text.lstrip(" -–—…") if private[0] else text  # a bullet stays, a dash before a dropped piece goes
        return text if text.strip() else None

    def _owned(self, line: str) -> bool:
        return bool(_REPORTS_THEM.search(line) or _owner_label(self.mentor_first).match(line))

    def _unbracketed(self, line: str, groups: tuple[str, ...]) -> str:
        """Without a private aside in brackets: "(she was so nice abt it)", "(confidential, not share!)"."""
        return _BRACKETED.sub(lambda aside: "" if _is_secret(aside.group(1), self.mentor_first) or kept_to_myself(
            aside.group(1), self.mentor_first, groups) else aside.group(0), line)

    @staticmethod
    def _kept_with_stops(pieces: list[str], private: list[bool]) -> list[str]:
        """The kept pieces with their separators, a sentence's stop kept when only its aside goes.

        "…a contractor's brochure' - ouch but fair. Cut it to 2 spreads." keeps "…brochure'. Cut it…".
        """
        kept: list[str] = []
        for separator, piece, hidden in zip(["", *pieces[1::2]], pieces[::2], private, strict=True):
            if hidden:
                stops = (".", "!", "?")
                if kept and piece.rstrip().endswith(stops) and not kept[-1].rstrip().endswith(stops):
                    kept[-1] = kept[-1].rstrip() + "."
                continue
            kept.append(separator + piece if kept else piece)
        return kept

    def _learned_aside(self, piece: str) -> bool:
        """Beside the mentor's words only a short aside can be the user's own ("bless him", "ouch but fair")."""
        return len(_plain(piece).split()) <= _ASIDE_WORDS and self._learned(piece)

    def _learned(self, piece: str) -> bool:
        text = _plain(piece)
        return len(text.split()) >= _LEARNED_MIN_WORDS and self.scores.get(text, 0.0) >= self.threshold

    def _all_private(self, line: str, pieces: list[str], private: list[bool], groups: tuple[str, ...]) -> bool:
        """Whether a line of one thought is private as a whole.

        It is when it is a question to self, or when a private piece of it is more than the user's reaction
        ("…first time (!!) made me feel better": only the reaction goes).
        """
        if not any(private):
            return kept_to_myself(line, self.mentor_first, groups)
        if any(_REPORTS_THEM.search(piece) or _SHARED_THEIRS.search(piece)
               for piece, hidden in zip(pieces, private, strict=True) if not hidden):
            return False  # "Felt reassured. Also SA mentioned their own first hearing was a 'disaster'…": theirs stays
        if any(_TOPIC_AND_POINT.match(_plain(piece)) for piece, hidden in zip(pieces, private, strict=True)
               if not hidden):
            return False  # "safety: harness anchor on the purlin not the gutter!! he was v serious": the point stays
        return any(hidden and not kept_to_myself(piece, self.mentor_first, ("reactions",))
                   for piece, hidden in zip(pieces, private, strict=True))


_TOPIC_AND_POINT = lazy_regex(r"^[\w/&'-]+(?:\s+[\w/&'-]+){0,2}:\s+\S+(?:\s+\S+){2}")
"""A topic and the point made on it ("safety: harness anchor on the purlin…"): what was taught, never private."""
_SHARED_THEIRS = lazy_regex(r"\b(?!I\b)(?-i:[A-Z])\w*\s+(?:also\s+)?(?:mentioned|told me|shared)\b")
"""What the mentor shared, on a line with a feeling of the user's ("Also SA mentioned their own first hearing…")."""


def _is_secret(text: str, mentor_first: str) -> bool:
    return any(cue.search(text.replace("’", "'")) for cue in _secrecy(mentor_first))
