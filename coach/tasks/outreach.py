"""Outreach: a first message to a potential mentor, with one specific, time-boxed ask."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from coach.checks import (
    LINKEDIN_NOTE_LIMIT,
    WORD_LIMIT_MESSAGE,
    char_count,
    count_asks,
    has_bounded_ask,
    has_duration,
    has_easy_out,
    mentions_fact,
    mentions_name,
    plain,
    request_sentences,
    split_note,
    word_count,
)
from coach.compose import cite, clip_chars, clip_words, lower_first, note, tidy, to_gerund_phrase
from coach.knowledge import SearchResult
from coach.tasks.base import Check, Composition, Field, Style, TaskSpec
from coach.tasks.outreach_phrasing import (
    TONES,
    Voice,
    about_sentence,
    ask_sentences,
    context_sentence,
    easy_out,
    effective_tone,
    goal_sentence,
    greeting_line,
    greeting_names,
    sign_off,
    subject_line,
    why_sentence,
)
from coach.tasks.reading import faithful, reads_well

CHANNELS: tuple[str, ...] = ("email", "linkedin_note", "linkedin_message", "chat")
_VAGUE_ASK = re.compile(r"\bpick your brain\b|\bbe my mentor\b|\bmentor me\b", re.IGNORECASE)

FIELDS: tuple[Field, ...] = (
    Field("mentor_name", "Mentor's name", "Who you are writing to, e.g. 'Dr. Amaka Okafor'.", True, 80),
    Field(
        "mentor_context",
        "Their role or work",
        "What they do, e.g. 'leads clinical informatics at Leeds Teaching Hospitals'.",
        True,
        200,
    ),
    Field(
        "why_them",
        "Why them",
        "What specifically you admire or why them, e.g. 'your blog post on the night-shift handover checklist'.",
        True,
        300,
    ),
    Field("about_me", "About you", "One or two lines on who you are, e.g. 'third-year nursing student'.", False, 300),
    Field(
        "goal",
        "Your goal",
        "What you want to grow in, e.g. 'moving from bedside nursing into clinical informatics'.",
        True,
        200,
    ),
    Field("ask", "Your ask", "One specific request, e.g. 'a 20-minute video call next month'.", True, 200),
    Field(
        "channel",
        "Channel",
        "email, linkedin_note (300 characters at most), linkedin_message or chat.",
        max_chars=20,
        kind="choice",
        choices=CHANNELS,
        default="email",
    ),
    Field("tone", "Tone", "warm, formal or casual.", max_chars=10, kind="choice", choices=TONES, default="warm"),
)

# How far each fragment may run at each tightening level: (why, context, about, goal) in words.
_CLIP_LEVELS: tuple[tuple[int, int, int, int], ...] = ((40, 25, 30, 25), (20, 12, 15, 15), (12, 8, 0, 10), (8, 0, 0, 8))


def build_message(values: Mapping[str, Any], voice: Voice, brevity: int, level: int) -> str:
    """The message at one length: ``brevity`` drops optional sentences, ``level`` clips fragments."""
    why_n, ctx_n, about_n, goal_n = _CLIP_LEVELS[level]
    about = values.get("about_me") or ""
    intro = about_sentence(clip_words(about, about_n)) if about and about_n and brevity < 2 else ""
    why = why_sentence(clip_words(values["why_them"], why_n), voice)
    goal = goal_sentence(clip_words(values["goal"], goal_n), voice)
    context = context_sentence(clip_words(values["mentor_context"], ctx_n), voice) if ctx_n and brevity < 1 else ""
    request = " ".join([*ask_sentences(values["ask"], voice), easy_out(voice)])
    greeting = greeting_line(values["mentor_name"], voice)
    if voice.compact:
        rest = tidy(" ".join([intro, why, goal, context, request]))
        return f"{greeting} {lower_first(rest) if greeting.endswith(',') else rest}"
    paragraphs = [greeting, tidy(f"{intro} {why}"), tidy(f"{goal} {context}"), request, sign_off(voice) or ""]
    return "\n\n".join(p for p in paragraphs if p)


def minimal_note(values: Mapping[str, Any], voice: Voice) -> str:
    """The smallest note that still passes every check; it always fits LinkedIn's 300 characters."""
    informal, _ = greeting_names(values["mentor_name"])
    head, tail = f"Hi {informal},", "Could we talk for 15 minutes? No worries if not."
    goal = to_gerund_phrase(values["goal"])
    for why_words, goal_words in ((12, 10), (8, 6), (5, 4), (3, 3), (2, 2), (1, 1)):
        why = lower_first(why_sentence(clip_words(values["why_them"], why_words), voice))
        text = tidy(f"{head} {why} I'm working on {clip_words(goal, goal_words)}. {tail}")
        if len(text) <= LINKEDIN_NOTE_LIMIT:
            return text
    # Only single words longer than the note itself get here: cut them by characters.
    room = LINKEDIN_NOTE_LIMIT - len(f"{head} stood out to me. I'm working on . {tail}") - 2
    why_part, goal_part = clip_chars(values["why_them"], room // 2), clip_chars(goal, room - room // 2)
    return tidy(f"{head} {why_part} stood out to me. I'm working on {goal_part}. {tail}")


def fits(message: str, channel: str) -> bool:
    """Whether a message respects its channel's length limit."""
    if channel == "linkedin_note":
        return char_count(message) <= LINKEDIN_NOTE_LIMIT
    return word_count(message) <= WORD_LIMIT_MESSAGE


def _seed(values: Mapping[str, Any]) -> str:
    return "|".join(str(values.get(k) or "") for k in ("mentor_name", "why_them", "goal", "ask"))


def _voice(values: Mapping[str, Any], style: Style) -> Voice:
    return Voice(effective_tone(values, style), str(values.get("channel") or "email"), _seed(values))


def compress_note(message: str, values: Mapping[str, Any], voice: Voice) -> str:
    """A LinkedIn note of at most 300 characters from any longer message.

    Keeps the sentences that carry the rubric (the greeting, the ask, the time box, the easy
    out) and as many others as fit; when that cannot pass the checks, rebuilds the note from a
    minimal template that always fits.
    """
    lines = [line for line in plain(message).splitlines() if line.strip() and not _is_sign_off(line)]
    flat = tidy(" ".join(lines))
    if char_count(flat) <= LINKEDIN_NOTE_LIMIT and _note_passes(flat, values):
        return flat
    pieces = re.split(r"(?<=[.!?])\s+", flat)
    essential = [
        i for i, p in enumerate(pieces)
        if i == 0 or request_sentences(p) or has_easy_out(p) or has_duration(p)
    ]  # fmt: skip
    kept = set(essential)
    for i, _ in enumerate(pieces):
        trial = " ".join(pieces[j] for j in sorted(kept | {i}))
        if len(trial) <= LINKEDIN_NOTE_LIMIT:
            kept.add(i)
    candidate = " ".join(pieces[j] for j in sorted(kept))
    if len(candidate) <= LINKEDIN_NOTE_LIMIT and _note_passes(candidate, values):
        return candidate
    return minimal_note(values, voice)


def _is_sign_off(line: str) -> bool:
    return bool(re.fullmatch(r"\s*(?:warmly|with thanks.*|thank you|thanks!?|cheers|kind regards|best.*),?\s*", line,
                             re.IGNORECASE))  # fmt: skip


def _note_passes(message: str, values: Mapping[str, Any]) -> bool:
    return (
        mentions_name(message, values["mentor_name"])
        and mentions_fact(message, values["why_them"])
        and len(request_sentences(message)) == 1
        and has_duration(message)
        and has_easy_out(message)
    )


class OutreachTask(TaskSpec):
    """A first message to a potential mentor."""

    name = "outreach"
    title = "First message to a potential mentor"
    description = "A short, personal first message that says why them and makes one small, time-boxed ask."
    fields = FIELDS
    audience = "mentee"

    def retrieval_query(self, values: Mapping[str, Any]) -> str:
        """What to search the guidance for: first outreach, the ask, and the user's goal."""
        channel = str(values.get("channel") or "email").replace("_", " ")
        return tidy(
            f"first message to a potential mentor by {channel}: why them, one specific time-boxed ask, "
            f"easy to say no. Goal: {clip_chars(values.get('goal') or '', 150)}. "
            f"Ask: {clip_chars(values.get('ask') or '', 120)}"
        )

    def compose(self, values: Mapping[str, Any], guidance: Sequence[SearchResult], style: Style) -> Composition:
        """A message good enough to send, then a short note on why it is shaped this way."""
        voice = _voice(values, style)
        brevity = max(0, min(style.brevity, 2))
        message = ""
        for level in range(min(brevity, 1), len(_CLIP_LEVELS)):
            message = build_message(values, voice, brevity, level)
            if fits(message, voice.channel):
                break
        if voice.channel == "linkedin_note" and not fits(message, voice.channel):
            message = minimal_note(values, voice)
        subject = subject_line(values, voice) if voice.channel == "email" else None
        return Composition(body=f"{message}\n\n{self._note(values, guidance, voice)}", subject=subject)

    def _note(self, values: Mapping[str, Any], guidance: Sequence[SearchResult], voice: Voice) -> str:
        informal, _ = greeting_names(values["mentor_name"])
        limit = "kept under LinkedIn's 300-character limit" if voice.channel == "linkedin_note" else (
            "kept short, because their time is the scarce thing")  # fmt: skip
        return note(
            [
                ("one specific, time-boxed ask with an easy way to say no",
                 cite(guidance, ["make-a-specific-ask"], ["time-boxed", "specific ask"])),
                (f"a specific reason for choosing {informal}",
                 cite(guidance, ["first-outreach-message", "choose-the-right-mentor"], ["admire", "why them"])),
                (limit, cite(guidance, ["respect-their-time", "respect-boundaries-and-availability"], ["busy"])),
            ]
        )  # fmt: skip

    def finalize(self, composition: Composition, values: Mapping[str, Any]) -> Composition:
        """Subject only for email, and LinkedIn notes cut to 300 characters whatever wrote them."""
        voice = _voice(values, Style(tone=str(values.get("tone") or "warm")))
        subject = composition.subject if voice.channel == "email" else None
        if voice.channel == "email" and not subject:
            subject = subject_line(values, voice)
        body = composition.body
        if voice.channel == "linkedin_note":
            message, trailer = split_note(body)
            if char_count(message) > LINKEDIN_NOTE_LIMIT:
                message = compress_note(message, values, voice)
            body = f"{message}\n\n{trailer}" if trailer else message
        return Composition(body=body, subject=subject)

    def check(self, text: str, subject: str | None, values: Mapping[str, Any]) -> list[Check]:
        """Reads well, faithful, names them, says why them, one bounded ask, an easy out, within the limit."""
        message, _ = split_note(text)
        channel = str(values.get("channel") or "email")
        asks = request_sentences(message)
        count = count_asks(message)
        limit = (
            f"at most {LINKEDIN_NOTE_LIMIT} characters (now {char_count(message)})"
            if channel == "linkedin_note"
            else f"at most {WORD_LIMIT_MESSAGE} words (now {word_count(message)})"
        )
        checks = [
            reads_well(message, subject, sent=True),
            faithful(message, values, subject=subject),
            Check("names_mentor", mentions_name(message, str(values.get("mentor_name") or "")),
                  "Address them by name."),
            Check("says_why_them", mentions_fact(message, str(values.get("why_them") or "")),
                  "Say what specifically you admire about their work, in your own words."),
            Check("one_specific_ask", count == 1 and not any(_VAGUE_ASK.search(a) for a in asks),
                  f"Make exactly one specific request (found {count}); an alternative joined by 'or' is fine; "
                  "avoid 'be my mentor' or 'pick your brain'."),
            Check("time_boxed", has_bounded_ask(message),
                  "Bound the ask: a time box such as '20 minutes', or 'a couple of quick questions'."),
            Check("easy_out", has_easy_out(message), "Add a line that makes it easy to say no."),
            Check("length", fits(message, channel), f"Keep it {limit}."),
        ]  # fmt: skip
        if channel == "email":
            checks.append(Check("subject_line", bool(subject and subject.strip()), "Add a short subject line."))
        return checks
