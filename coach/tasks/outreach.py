"""Outreach: a first message to a potential mentor, with one specific, time-boxed ask."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import combinations
from typing import Any

from coach.checks import (
    LINKEDIN_NOTE_LIMIT,
    WHY_MIN_WORDS,
    WORD_LIMIT_MESSAGE,
    asks_only_a_question,
    char_count,
    content_stems,
    count_asks,
    easy_out_count,
    has_bounded_ask,
    has_duration,
    has_easy_out,
    held_stops,
    mentions_fact,
    mentions_name,
    plain,
    released_stops,
    request_sentences,
    sentences,
    split_note,
    word_count,
)
from coach.compose import cite, clip_chars, tidy
from coach.knowledge import SearchResult
from coach.lazy_patterns import lazy_regex
from coach.tasks.base import Check, Composition, Field, Style, TaskSpec
from coach.tasks.outreach_phrasing import (
    JOB,
    TONES,
    Voice,
    about_sentence,
    ask_sentence,
    context_sentence,
    easy_out,
    effective_tone,
    goal_sentence,
    greeting_line,
    sign_off,
    subject_line,
    why_sentence,
)
from coach.tasks.reading import faithful, reads_well
from coach.writing import SENTENCE_BREAK, fill, frame, greeting_name, lower_first, spell_out_months, upper_first

CHANNELS: tuple[str, ...] = ("email", "linkedin_note", "linkedin_message", "chat")
CHANNEL_LABELS: tuple[str, ...] = (
    "Email",
    f"LinkedIn note ({LINKEDIN_NOTE_LIMIT} characters)",
    "LinkedIn message",
    "Chat message (Slack, Teams…)",
)
_VAGUE_ASK = lazy_regex(r"\bbe my mentor\b|\bmentor me\b", re.IGNORECASE)
_PICK_YOUR_BRAIN = lazy_regex(r"\bpick your brains?\b", re.IGNORECASE)
"""Vague unless time-boxed: "coffee and pick your brain?" is not specific, "…30 min tops, and pick your brain?" is."""

FIELDS: tuple[Field, ...] = (
    Field("mentor_name", "Who you're writing to", "Their name as you'd address them; keep a title such as Dr. or "
          "Mr. if you use one.", True, 80, placeholder="Dr. Amaka Okafor"),
    Field("mentor_context", "What they do: they…", "Their role or work, as a phrase that completes 'they…'.",
          False, 200, placeholder="lead clinical informatics at Leeds Teaching Hospitals"),
    Field("why_them", "I'm writing to you because…", "What specifically you admire, or how you know their work. "
          "Used whole, in your words.", True, 300,
          placeholder="I read your post on the night-shift handover checklist and tried it on my ward"),
    Field("about_me", "About me: I'm…", "One line on who you are.", False, 300,
          placeholder="a third-year nursing student"),
    Field("goal", "What I'm working towards: …", "What you want to grow in, as a phrase.", True, 200,
          placeholder="moving from bedside nursing into clinical informatics"),
    Field("ask", "What I'd like to ask: …", "One specific request, with its size (a length of call, a number of "
          "questions). Used whole, as you write it.", True, 200,
          placeholder="Could we have a 20-minute video call next month?"),
    Field("channel", "Channel", "email, linkedin_note (300 characters at most), linkedin_message or chat.",
          max_chars=20, kind="choice", choices=CHANNELS, default="email", choice_labels=CHANNEL_LABELS,
          aliases=(("linkedin", "linkedin_note"), ("linkedin_dm", "linkedin_message"), ("e_mail", "email"))),
    Field("tone", "Tone", "warm, formal or casual.", max_chars=10, kind="choice", choices=TONES, default="warm"),
    Field("my_name", "Your name (the sign-off)", "How you sign the message.", False, 80, placeholder="Priya"),
)  # fmt: skip



OPTIONAL_ORDER: tuple[str, ...] = ("mentor_context", "about_me", "goal")
"""Optional sentences, in the order they are left out when a message must be shorter."""
_FIELD_LABELS = {f.name: f.label for f in FIELDS}
_REQUIRED = {f.name: f.required for f in FIELDS}


_MAY_HOLD_A_MONTH = ("why_them", "about_me", "goal", "mentor_context", "ask")
"""The sentences where a month typed short ("a call in Jan?") is spelled out, as in any letter (review 67)."""


def _sentences(values: Mapping[str, Any], voice: Voice) -> dict[str, str]:
    """Each field as its whole sentence (empty when the field is empty or has no clean frame)."""
    parts = _field_sentences(values, voice)
    return {key: _as_written(text) if key in _MAY_HOLD_A_MONTH else text for key, text in parts.items()}


def _as_written(text: str) -> str:
    """A sentence of the user's as a letter has it: months spelled out, "I've been" (never "I been following…")."""
    return re.sub(r"\bI been\b(?=\s+\w+ing\b)", "I've been", spell_out_months(text))


def _field_sentences(values: Mapping[str, Any], voice: Voice) -> dict[str, str]:
    return {
        "greeting": greeting_line(str(values["mentor_name"]), voice),
        # ("beer good" said back as "Beer good really stayed with me.": too thin to send, so left out and named)
        "why_them": why_sentence(str(values["why_them"]), voice, str(values["mentor_name"]))
        if not _thin_reason(values) else "",
        "about_me": _not_said_twice(about_sentence(str(values.get("about_me") or "")), str(values["why_them"])),
        "goal": goal_sentence(str(values.get("goal") or ""), voice, str(values["mentor_name"])),
        "mentor_context": context_sentence(str(values.get("mentor_context") or ""), voice),
        "ask": ask_sentence(str(values["ask"]), voice, str(values["mentor_name"])),
        # "…? totally fine if not": the user's own way out is kept, and the frame adds none
        "easy_out": "" if has_easy_out(str(values["ask"])) else easy_out(voice, str(values["ask"])),
        "sign_off": sign_off(voice, str(values.get("my_name") or "")),
    }


_I_CONTRACTED = {"I've": "I have", "I'm": "I am", "I'd": "I would"}


def _in_tone(sentence: str, voice: Voice) -> str:
    """The about-me frame's own "I've"/"I'm" spelled out in a formal note, as its other frames are ("I am hoping…").

    "I've been a teacher for chemistry for 6 years" read as casual beside "I am hoping to…" (review 65).
    """
    if voice.tone != "formal" or voice.compact:  # (a 300-character note keeps its room for the facts)
        return sentence
    # (and the "and I've" a later piece was given: "…, and I have held my Chief Mate CoC since last year")
    return re.sub(r"(^|, and )(I've|I'm|I'd)\b", lambda m: m[1] + _I_CONTRACTED[m[2]], sentence)


def _not_said_twice(about: str, why: str) -> str:
    """The sentences of "about me" that the reason does not say already.

    Review 56: "I read your 2021 paper…" typed in both fields was sent twice.
    """
    reason = set(content_stems(why))
    kept = [s for s in sentences(about) if not _mostly_within(set(content_stems(s)), reason)]
    return " ".join(kept)


def _mostly_within(said: set[str], reason: set[str]) -> bool:
    return len(said) >= 3 and len(said & reason) >= REPEATED_SHARE * len(said)


REPEATED_SHARE = 0.75
"""How much of an "about me" sentence the reason must hold for the sentence to be the reason again."""


def _thin_reason(values: Mapping[str, Any]) -> bool:
    """Whether the reason for choosing them is too short to tell them anything ("beer good")."""
    return len(str(values.get("why_them") or "").split()) < WHY_MIN_WORDS


def assemble(parts: Mapping[str, str], voice: Voice, dropped: set[str]) -> str:
    """The message from whole sentences, leaving out the ``dropped`` optional ones."""
    keep = {k: ("" if k in dropped else v) for k, v in parts.items()}
    before_goal = f"{keep['why_them']} {keep['about_me']}".rstrip(" .!").lower()
    if before_goal.endswith("right now") and keep["goal"].startswith("Right now "):
        keep["goal"] = upper_first(keep["goal"][len("Right now "):])  # "…my life right now. Right now I'm…"
    if voice.compact:
        order = ("why_them", "about_me", "goal", "mentor_context", "ask", "easy_out")
        rest = tidy(" ".join(keep[k] for k in order if keep[k]))
        # "Hi Amaka, your post..." reads on; after "Hi Amaka!" a new sentence starts with a capital.
        return f"{keep['greeting']} {lower_first(rest) if keep['greeting'].endswith(',') else rest}"
    paragraphs = [
        keep["greeting"],
        tidy(f"{keep['why_them']} {keep['about_me']}"),
        tidy(f"{keep['goal']} {keep['mentor_context']}"),
        tidy(f"{keep['ask']} {keep['easy_out']}"),
        keep["sign_off"],
    ]
    return "\n\n".join(p for p in paragraphs if p)


def fits(message: str, channel: str) -> bool:
    """Whether a message respects its channel's length limit."""
    if channel == "linkedin_note":
        return char_count(message) <= LINKEDIN_NOTE_LIMIT
    return word_count(message) <= WORD_LIMIT_MESSAGE


def shortest_fit(parts: Mapping[str, str], voice: Voice, brevity: int) -> tuple[str, list[str]]:
    """The fullest message within the channel's limit, leaving out whole optional sentences.

    ``brevity`` (one per "shorter") drops that many optional sentences first, in ``OPTIONAL_ORDER``. Of the rest,
    the message keeps as many as fit, and of equal counts the ones later in that order (who you are and your goal
    over who they are, which they know): a fixed order dropped "about me" and the goal of a note that had room for
    one of them (review 55). When even the required sentences are too long, the message keeps them all.
    """
    asked_out = [f for f in OPTIONAL_ORDER[: max(0, brevity)] if parts[f]]
    left = [f for f in OPTIONAL_ORDER[max(0, brevity):] if parts[f]]
    for size in range(len(left), -1, -1):
        for kept in sorted(combinations(left, size), key=lambda k: [-OPTIONAL_ORDER.index(f) for f in k]):
            dropped = asked_out + [f for f in left if f not in kept]
            message = assemble(parts, voice, set(dropped))
            if fits(message, voice.channel):
                return message, dropped
    return message, dropped


def _signed_note(message: str, values: Mapping[str, Any], voice: Voice) -> str:
    """A LinkedIn note or a chat signed with the user's name (a note only when it fits its 300 characters).

    The name goes last of all: it never costs a sentence. A first chat to a stranger shows them a number, not who
    wrote (reviews 102 and 104: "Ronan" and "Wanjiru" went unsaid), so it ends "– Name".
    """
    name = str(values.get("my_name") or "").strip()
    if voice.channel == "chat" and name:
        return f"{message}\n\n– {name}"
    if voice.channel != "linkedin_note" or not name:
        return message
    signed = f"{message}\n\n{sign_off(Voice(voice.tone, 'linkedin_message'), name)}"
    return signed if fits(signed, voice.channel) else message


def _one_specific_ask(count: int, asks: Sequence[str]) -> Check:
    """One request, and a specific one: the hint says which of the two is missing.

    "pick your brain" alone is hard to say yes to; "buy you a coffee some morning, 30 min tops, and pick
    your brain?" says what and how long, so it is specific.
    """
    if count == 1 and any(_VAGUE_ASK.search(a) or (_PICK_YOUR_BRAIN.search(a) and not has_duration(a)) for a in asks):
        return Check("one_specific_ask", False, "Make your ask specific: 'pick your brain' or 'be my mentor' is hard "
                     "to say yes to; ask for one thing (a call, a review, a question).")
    # ("…pick your brain for half an hour" passes, so the hint never tells it to avoid what it passed, review 109)
    return Check("one_specific_ask", count == 1, f"Make exactly one specific request (found {count}); an "
                 "alternative joined by 'or' is fine; 'be my mentor' or 'pick your brain' needs a size (a call of 20 "
                 "minutes, three questions).")


def _longest_required(values: Mapping[str, Any]) -> str:
    """The required field the user wrote most in: the one to shorten when a message cannot fit."""
    return max(("why_them", "ask"), key=lambda name: len(str(values.get(name) or "")))


def too_long_notice(message: str, values: Mapping[str, Any], channel: str) -> str:
    """Which field to shorten when the required sentences alone pass the limit."""
    longest = _longest_required(values)
    if channel == "linkedin_note":
        size = f"{char_count(message)} characters; a LinkedIn note allows {LINKEDIN_NOTE_LIMIT}"
    else:
        size = f"{word_count(message)} words; keep it to {WORD_LIMIT_MESSAGE}"
    return (f"{_TOO_LONG}{size}. Nothing you wrote was cut: shorten your answer to \"{_FIELD_LABELS[longest]}\" "
            f"({len(str(values.get(longest) or ''))} characters).")  # fmt: skip


_TOO_LONG = "The message is "
"""How the too-long notice opens, so a note shortened later drops a notice that no longer holds."""


def _voice(values: Mapping[str, Any], style: Style) -> Voice:
    return Voice(effective_tone(values, style), str(values.get("channel") or "email"))


def compress_note(message: str, values: Mapping[str, Any]) -> str:
    """A LinkedIn note of at most 300 characters from a longer one (any engine's), by dropping whole sentences.

    The greeting, the sentence naming why them, the ask and the easy way out are kept; other sentences
    go, last first, until the note fits. It may still be too long: then a notice says what to shorten.
    """
    lines = [line for line in plain(message).splitlines() if line.strip() and not _is_sign_off(line)]
    # ("…what to do first (courses? PGCert?)": a mark inside brackets ends no sentence, so none is half dropped)
    pieces = [released_stops(p) for p in SENTENCE_BREAK.split(held_stops(tidy(" ".join(lines))))]
    essential = {
        i for i, p in enumerate(pieces)
        if i == 0 or p.rstrip().endswith("?") or request_sentences(p) or has_easy_out(p) or has_duration(p)
        or mentions_fact(p, values["why_them"])
    }  # fmt: skip
    kept = list(range(len(pieces)))
    for i in reversed(range(len(pieces))):
        if char_count(" ".join(pieces[j] for j in kept)) <= LINKEDIN_NOTE_LIMIT:
            break
        if i not in essential:
            kept.remove(i)
    return " ".join(pieces[j] for j in kept)


def _is_sign_off(line: str) -> bool:
    return bool(re.fullmatch(r"\s*(?:warmly|with thanks.*|thank you|thanks!?|cheers|kind regards|best.*),?\s*", line,
                             re.IGNORECASE))  # fmt: skip


class OutreachTask(TaskSpec):
    """A first message to a potential mentor."""

    name = "outreach"
    title = "First message to a potential mentor"
    description = "A short, personal first message that says why them and makes one small, time-boxed ask."
    fields = FIELDS
    audience = "mentee"
    recipient_message = True

    def retrieval_query(self, values: Mapping[str, Any]) -> str:
        """What to search the guidance for: first outreach, the ask, and the user's goal."""
        channel = str(values.get("channel") or "email").replace("_", " ")
        return tidy(
            f"first message to a potential mentor by {channel}: why them, one specific time-boxed ask, "
            f"easy to say no. Goal: {clip_chars(values.get('goal') or '', 150)}. "
            f"Ask: {clip_chars(values.get('ask') or '', 120)}"
        )

    def compose(self, values: Mapping[str, Any], guidance: Sequence[SearchResult], style: Style) -> Composition:
        """A message made of the user's fields, each whole, within the channel's limit; reasons kept apart."""
        voice = _voice(values, style)
        parts = _sentences(values, voice)
        message, dropped = shortest_fit(parts, voice, max(0, min(style.brevity, len(OPTIONAL_ORDER))))
        # (spelled out after the fit, and only where it still fits: a word more never costs the user's facts)
        about = parts["about_me"]
        formal = message.replace(about, _in_tone(about, voice)) if about else message
        message = _signed_note(formal if fits(formal, voice.channel) else message, values, voice)
        notices: list[str] = []
        if not fits(message, voice.channel):
            notices.append(too_long_notice(message, values, voice.channel))
        # (a note whose sign-off did not fit says so, as for any field it left out: "Théo" went unsaid, review 86)
        name = str(values.get("my_name") or "").strip()
        unsigned = ["my_name"] if voice.channel == "linkedin_note" and name and not message.rstrip().endswith(
            name) else []
        # (a LinkedIn note that left out "What I'm working towards" said so only in its reasons, review 79; one that
        # left out who the user is and their name said nothing at all, review 94: every answer of theirs it left
        # out is named, all but what they do, which the mentor knows)
        left_out = [f for f in [*dropped, *unsigned] if f != "mentor_context"]
        if left_out and voice.compact and not notices:  # (an over-long note names its field to shorten)
            notices.append(fill(frame(JOB, "rationale", "left_out_of_note"),
                                fields=", ".join(f'"{_FIELD_LABELS[f]}"' for f in left_out)))
        subject = subject_line(values, voice) if voice.channel == "email" else None
        bounded = has_bounded_ask(parts["ask"]) or asks_only_a_question(request_sentences(parts["ask"]))
        # (their role typed as a list, "master farrier, runs the forge…", fits no frame: left out, said so, review 81)
        unframed = ["mentor_context"] if str(values.get("mentor_context") or "").strip() and not parts[
            "mentor_context"] and "mentor_context" not in dropped else []
        rationale = self._rationale(values, guidance, voice, [*dropped, *unsigned], bounded,
                                    fitted=fits(message, voice.channel), unframed=unframed)
        if not voice.compact and not str(values.get("my_name") or "").strip():
            rationale = f"{rationale[:-1]}; {frame(JOB, 'rationale', 'no_name')}."
        return Composition(body=message, subject=subject, rationale=rationale, notices=tuple(notices))

    def _rationale(
        self,
        values: Mapping[str, Any],
        guidance: Sequence[SearchResult],
        voice: Voice,
        dropped: Sequence[str],
        timed: bool,
        fitted: bool = True,
        unframed: Sequence[str] = (),
    ) -> str:
        reasons = frame(JOB, "rationale")
        name = greeting_name(str(values["mentor_name"]), False)
        points = [
            reasons["ask"] + cite(guidance, ["make-a-specific-ask"], ["time-boxed", "specific ask"]),
            fill(reasons["why_thin" if _thin_reason(values) else "why"], name=name, why=str(values["why_them"]).strip())
            + cite(guidance, ["first-outreach-message", "choose-the-right-mentor"], ["admire", "why them"]),
            (reasons["short_note" if voice.channel == "linkedin_note" else "short"] if fitted else
             fill(reasons["over_limit"], field=_FIELD_LABELS[_longest_required(values)]))
            + cite(guidance, ["respect-their-time", "respect-boundaries-and-availability"], ["busy"]),
        ]  # fmt: skip
        if dropped:
            points.append(fill(reasons["dropped"], fields=", ".join(f'"{_FIELD_LABELS[f]}"' for f in dropped)))
        if unframed:
            points.append(fill(reasons["unframed"], fields=", ".join(f'"{_FIELD_LABELS[f]}"' for f in unframed)))
        if not timed:
            points.append(reasons["no_time_box"])
        return upper_first("; ".join(points)) + "."

    def finalize(self, composition: Composition, values: Mapping[str, Any]) -> Composition:
        """Subject only for email; a LinkedIn note over 300 characters loses whole optional sentences."""
        voice = _voice(values, Style(tone=str(values.get("tone") or "warm")))
        subject = composition.subject if voice.channel == "email" else None
        if voice.channel == "email" and not subject:
            subject = subject_line(values, voice)
        body, notices = composition.body, list(composition.notices)
        if voice.channel == "linkedin_note" and char_count(body) > LINKEDIN_NOTE_LIMIT:
            body = compress_note(body, values)
            notices = [n for n in notices if not n.startswith(_TOO_LONG)]  # its figure was the longer note's
            if char_count(body) > LINKEDIN_NOTE_LIMIT:
                notices.append(too_long_notice(body, values, voice.channel))
        return Composition(body=body, subject=subject, rationale=composition.rationale, notices=tuple(notices))

    def check(self, text: str, subject: str | None, values: Mapping[str, Any]) -> list[Check]:
        """Reads well, faithful, names them, says why them, one bounded ask, an easy out, within the limit."""
        message, _ = split_note(text)
        channel = str(values.get("channel") or "email")
        why = str(values.get("why_them") or "")
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
            Check("says_why_them", mentions_fact(message, why) and len(why.split()) >= WHY_MIN_WORDS,
                  "Say what specifically you admire about their work, in your own words"
                  + (f" ('{why.strip()}' is too short to tell them why them)." if why.split() and
                     len(why.split()) < WHY_MIN_WORDS else ".")),
            _one_specific_ask(count, asks),
            # (the ask itself: "…rebuilt the action in 2 hours" in the reason bounds nothing, review 78)
            Check("time_boxed", has_bounded_ask(" ".join(asks) or message) or asks_only_a_question(asks),
                  "Bound the ask: a time box such as '20 minutes', or 'a couple of quick questions'."),
            Check("easy_out", easy_out_count(message) == 1,
                  "Add a line that makes it easy to say no." if not has_easy_out(message)
                  else "Make it easy to say no once; the second way of saying it can go."),
            Check("length", fits(message, channel), f"Keep it {limit}."),
        ]  # fmt: skip
        if channel == "email":
            checks.append(Check("subject_line", bool(subject and subject.strip()), "Add a short subject line."))
        return checks
