"""How an outreach message is phrased: frames that fit the shape of what the user wrote, per tone and channel.

Each function takes one of the user's fragments ("your talk at Config", "leads the data team",
"a 20-minute call") and returns a sentence that reads naturally whatever shape the fragment has.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from coach.checks import has_duration, name_parts, request_sentences
from coach.compose import (
    VERB_FORMS,
    article_for,
    as_sentence,
    clip_words,
    first_person_sentence,
    lower_first,
    pick,
    tidy,
    to_gerund_phrase,
    upper_first,
    verb_base,
)
from coach.tasks.base import Style

TONES: tuple[str, ...] = ("warm", "formal", "casual")
_MEETING_NOUN = re.compile(r"\b(video call|phone call|call|chat|coffee|conversation|meeting|catch-up|zoom)\b", re.I)
_REQUEST_OPENERS = ("could", "would", "can", "may", "might", "any", "are", "is", "do", "will")


@dataclass(frozen=True)
class Voice:
    """Everything that depends on tone and channel, decided once per draft."""

    tone: str
    channel: str
    seed: str

    @property
    def compact(self) -> bool:
        """Whether the channel wants one short paragraph (LinkedIn notes and chat)."""
        return self.channel in ("linkedin_note", "chat")

    def choose(self, options: Sequence[str], slot: str) -> str:
        """One of ``options`` for this draft's ``slot``: varied between users, stable for one input."""
        return pick(options, self.seed, slot)


def effective_tone(values: Mapping[str, Any], style: Style) -> str:
    """The tone to write in: the style's (seeded from the tone field by the Coach, then refined).

    A style that is not one of our tones (a caller that knows no better) falls back to the field.
    """
    if style.tone in TONES:
        return style.tone
    return str(values.get("tone") or "warm")


def greeting_names(full_name: str) -> tuple[str, str]:
    """(informal, formal) ways to address someone: ("Amaka", "Dr. Okafor")."""
    parts = name_parts(full_name) or [full_name.strip()]
    words = full_name.split()
    title = words[0] if len(words) > 1 and words[0].lower().rstrip(".") in ("dr", "prof", "professor") else ""
    formal = f"{title} {parts[-1]}" if title else " ".join(parts)
    informal = parts[0] if len(parts) > 1 or not title else formal
    return informal, formal


def why_sentence(why: str, voice: Voice) -> str:
    """Why them, framed to fit the shape of what the user wrote."""
    text = tidy(why).rstrip(".!")
    first = text.split(" ")[0].lower().replace("’", "'") if text else ""
    if first in ("i", "i'm", "i've", "i'd", "my"):
        return as_sentence(text)
    body = lower_first(text)
    if first in ("you", "you've", "you're"):
        return as_sentence(
            voice.choose(["I'm reaching out because {x}", "I'm writing because {x}"], "why").format(x=body)
        )
    if first in ("because", "since"):
        return as_sentence(f"I'm reaching out {body}")
    if first in ("admire", "love", "loved", "enjoyed", "read", "saw", "heard", "watched", "follow", "followed",
                 "appreciate", "appreciated", "found", "attended"):  # fmt: skip
        return as_sentence(f"I {body}")
    frames = {
        "warm": ["{X} really stayed with me", "{X} stood out to me", "I've been inspired by {x}"],
        "formal": ["I have greatly admired {x}", "{X} made a strong impression on me"],
        "casual": ["{X} really stuck with me", "I loved {x}"],
    }[voice.tone]
    return as_sentence(voice.choose(frames, "why").format(x=body, X=upper_first(body)))


def context_phrase(context: str) -> str | None:
    """Their role as a phrase that can follow "Given...": "your experience as Head of Design at Monzo"."""
    text = tidy(context).rstrip(".!")
    text = re.sub(r"^(?:she|he|they)(?:'s|\s+is|\s+are|\s+was)?\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^(?:is|was|are)\s+", "", text, flags=re.IGNORECASE)
    if not text or text.split(" ")[0].lower() in ("i", "i'm", "i've", "my", "we"):
        return None
    head, _, rest = text.partition(" ")
    if head.lower() in ("has", "had", "have") and rest:
        return f"your {lower_first(rest)}"
    base = verb_base(head)
    if base and base != head.lower() and base not in ("be", "do"):
        # An inflected verb ("leads", "built", "running") describes what they do: "your experience leading...".
        return tidy(f"your experience {VERB_FORMS[base][2]} {rest}")
    if head.lower() in ("at", "in", "on", "with", "for"):
        return f"your work {lower_first(text)}"
    # Titles keep their capitals ("Head of Research"); only a leading article is lower-cased.
    if head.lower() in ("a", "an", "the"):
        return f"your experience as {lower_first(text)}"
    if head.islower() and head not in _DETERMINERS:
        return f"your experience as {article_for(text)} {text}"  # a role in lower case: "a staff engineer"
    return f"your experience as {text}"


def about_sentence(about: str) -> str:
    """Who the user is, as one or two first-person sentences."""
    text = tidy(about)
    sentence = first_person_sentence(text) if "." not in text.rstrip(".") else None
    if sentence:
        return sentence
    if "." in text.rstrip("."):
        return as_sentence(text)
    head = text.split(" ")[0].lower()
    if head[:1].isdigit() or head in ("two", "three", "four", "five", "six", "ten", "several", "many"):
        into = " into " in f" {text} " or " in my " in f" {text} "
        return as_sentence(f"I'm {text}" if into else f"I have {text}")
    body = lower_first(text)
    return as_sentence(f"I'm {article_for(body)} {body}")


def goal_sentence(goal: str, voice: Voice) -> str:
    """What the user is working on."""
    phrase = to_gerund_phrase(goal)
    frames = {
        "warm": ["I'm currently working on {g}", "Right now I'm focused on {g}", "I'm working on {g} at the moment"],
        "formal": ["I am currently working on {g}", "At present I am focused on {g}"],
        "casual": ["I'm working on {g} right now", "Right now I'm all about {g}"],
    }[voice.tone]
    return as_sentence(voice.choose(frames, "goal").format(g=phrase))


def context_sentence(context: str, voice: Voice) -> str:
    """Why their experience fits the goal, built on their role."""
    phrase = context_phrase(context)
    if phrase is None:
        return as_sentence(re.sub(r"\b(?:her|his|their)\b", "your", re.sub(r"\b(?:she|he)\b", "you", tidy(context))))
    frames = {
        "warm": ["Given {c}, your perspective would help me a great deal", "{C} is exactly the perspective I'm "
                 "hoping to learn from"],
        "formal": ["Given {c}, your perspective would be invaluable to me"],
        "casual": ["Given {c}, your take would help me a lot"],
    }[voice.tone]  # fmt: skip
    return as_sentence(voice.choose(frames, "context").format(c=phrase, C=upper_first(phrase)))


def ask_sentences(ask: str, voice: Voice) -> list[str]:
    """The single request, time-boxed: the user's duration if they gave one, else a sensible one."""
    text = tidy(ask).rstrip(".")
    minutes = 15 if voice.channel in ("chat", "linkedin_note", "linkedin_message") else 20
    if not re.search(r"[A-Za-z0-9]{2}", text):
        text = "a short call"  # nothing usable was typed; a plain call is the smallest sensible ask
    timed = has_duration(text)
    if not timed and _MEETING_NOUN.search(text) and not text.endswith("?"):
        text, timed = _MEETING_NOUN.sub(lambda m: f"{minutes}-minute {m.group(1)}", text, count=1), True
    first = text.split(" ")[0].lower().replace("’", "'")
    if text.endswith("?") or first in _REQUEST_OPENERS or first in ("i'd", "i"):
        request = as_sentence(text)
    else:
        request = _frame_request(text, voice)
    if not request_sentences(request):
        # A question that asks for nothing ("What do you think of X?") becomes the topic of a short call.
        topic = lower_first(request.rstrip("?."))
        request, timed = f"Could I ask you this over a {minutes}-minute call: {topic}?", True
    if timed:
        return [request]
    if voice.compact:
        ending = "?" if request.endswith("?") else "."
        return [f"{request.rstrip('?.')}, {minutes} minutes at most{ending}"]
    return [request, voice.choose([f"I'd keep it to {minutes} minutes at most.", f"I'd need {minutes} minutes at "
                                   "most."], "timebox")]  # fmt: skip


_USER_VERBS = frozenset(
    ("hear", "learn", "ask", "understand", "get", "see", "know", "talk", "chat", "speak", "meet", "pick", "shadow",
     "join", "sit", "visit", "buy", "grab", "run", "show", "send", "share", "walk")
)  # fmt: skip
"""Verbs whose subject is the user ("to hear how you did it"): they become "Could I ...?"."""
_DETERMINERS = ("a", "an", "the", "your", "my", "one", "some", "any", "two", "three", "this", "that")


def _frame_request(text: str, voice: Voice) -> str:
    """The user's ask as one question, framed to fit a verb phrase or a noun phrase."""
    wanted_verb = text.lower().startswith("to ")
    text = re.sub(r"^to\s+", "", text, flags=re.IGNORECASE)
    head = text.split(" ")[0]
    body = lower_first(text)
    base = verb_base(head)
    if (wanted_verb or base) and not head.lower().endswith("ing"):
        if (base or head.lower()) in _USER_VERBS:
            return {"formal": "Might I {x}?"}.get(voice.tone, "Could I {x}?").format(x=body)
        frames = {"warm": "Would you be willing to {x}?", "formal": "Would you be willing to {x}?",
                  "casual": "Any chance you could {x}?"}  # fmt: skip
        return frames[voice.tone].format(x=body)
    bare_number = head[:1].isdigit() and not re.match(r"\d+-(?:minute|hour)", head)  # "20 minutes on a call"
    if head.lower() not in _DETERMINERS and not bare_number and not head.lower().endswith("ing"):
        body = f"{article_for(body)} {body}"  # "coffee" -> "a coffee"
    frames = {"warm": "Would you be open to {x}?", "formal": "Might you be available for {x}?",
              "casual": "Would you be up for {x}?"}  # fmt: skip
    return frames[voice.tone].format(x=body)


def easy_out(voice: Voice) -> str:
    """A line that makes declining painless, in the draft's tone."""
    if voice.compact:
        return voice.choose(["No worries if not.", "No worries if the timing's bad."], "out")
    return voice.choose(
        {
            "warm": ["If now isn't a good time, no worries at all; I completely understand.",
                     "And if the timing isn't right, no worries at all."],
            "formal": ["If your schedule does not allow it, I would completely understand.",
                       "Should the timing not suit you, I would entirely understand."],
            "casual": ["No worries at all if you're swamped!", "Totally understand if the timing's bad."],
        }[voice.tone],
        "out",
    )  # fmt: skip


def greeting_line(name: str, voice: Voice) -> str:
    """The greeting: "Hi Amaka," / "Dear Dr. Okafor," / "Hey Amaka!"."""
    informal, formal = greeting_names(name)
    if voice.tone == "formal":
        return f"{'Hello' if voice.channel == 'chat' else 'Dear'} {formal},"
    if voice.tone == "casual":
        return voice.choose([f"Hey {informal}!", f"Hi {informal}!"], "greet")
    return f"Hi {informal},"


def sign_off(voice: Voice) -> str | None:
    """A closing line for email and LinkedIn messages; none for notes and chat."""
    if voice.compact:
        return None
    if voice.channel == "linkedin_message":
        return {"warm": "Thank you,", "formal": "With thanks,", "casual": "Thanks!"}[voice.tone]
    return voice.choose(
        {"warm": ["Warmly,", "With thanks,", "Thank you,"],
         "formal": ["Kind regards,", "With thanks and best regards,"],
         "casual": ["Cheers,", "Thanks!"]}[voice.tone],
        "signoff",
    )  # fmt: skip


def subject_line(values: Mapping[str, Any], voice: Voice) -> str:
    """An email subject built from the goal."""
    topic = clip_words(to_gerund_phrase(values["goal"]), 9)
    options = {
        "warm": [f"Quick question about {topic}", f"Hoping to learn about {topic}"],
        "formal": [f"Request for advice on {topic}", f"A brief conversation about {topic}"],
        "casual": [f"Quick question about {topic}", f"Question about {topic}"],
    }[voice.tone]
    return voice.choose(options, "subject")
