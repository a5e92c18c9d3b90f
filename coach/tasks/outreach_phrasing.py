"""How an outreach message is phrased: each field, whole, in the frame its shape allows.

Frames come from ``prompts/phrasing/outreach.yaml``; the shape of each fragment ("we met at PyCon" is
a clause, "your talk on hiring" a noun phrase) comes from :func:`coach.writing.shape`. A fragment is
never cut or rewritten beyond a capital, end punctuation and common shorthand; when no frame fits, the
user's own sentence is used as written, or an optional field is left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from coach.checks import content_stems, has_duration
from coach.compose import article_for
from coach.grammar import has_main_verb
from coach.lazy_patterns import lazy_regex
from coach.pos import lexicon_tag
from coach.tasks._phrasing import PARTICIPLES_ONLY
from coach.tasks._reframe import AGREES_WITH_YOU
from coach.tasks.base import Style
from coach.writing import (
    USER_STATES,
    address,
    base_form,
    clause,
    expand_shorthand,
    fill,
    first_word,
    frame,
    gerund,
    greeting_name,
    inflections,
    is_bare_verb,
    is_title,
    is_verb,
    length_of_time,
    lower_first,
    name_case,
    others_kept,
    participle,
    pieces_of,
    sentence,
    shape,
    spliced_apart,
    tag,
    tidy,
    to_you,
    upper_first,
    with_my_subject,
    without_hedge,
    without_quoted_titles,
)

TONES: tuple[str, ...] = ("warm", "formal", "casual")
JOB = "outreach"


@dataclass(frozen=True)
class Voice:
    """Everything that depends on tone and channel, decided once per draft."""

    tone: str
    channel: str

    @property
    def compact(self) -> bool:
        """Whether the channel wants one short paragraph (LinkedIn notes and chat)."""
        return self.channel in ("linkedin_note", "chat")


def effective_tone(values: Mapping[str, Any], style: Style) -> str:
    """The tone to write in: the style's (seeded from the tone field, then refined), else the field's."""
    if style.tone in TONES:
        return style.tone
    return str(values.get("tone") or "warm")


def _toned(entry: Mapping[str, str], voice: Voice) -> str:
    return entry.get(voice.tone) or entry["any"]


_SALUTATION = lazy_regex(r"^(?:(?:dear|respected|hello|hi)\s+)?(?:sir|madam|ma'?am|professor|doctor|sir/madam)"
                         r"(?:\s*[,:!]\s*|\s+(?=(?:your|i|i'm|my|the|a|we)\b))", re.IGNORECASE)
"""A greeting typed into a field ("dear sir, your paper…", "sir, i read your paper…", review 87; "sir your decision
summary…", with no comma, review 101): the message has its own greeting."""


_EXACTLY_AFTER = lazy_regex(r",\s+(?=(?:exactly|just|precisely)\s+(?:what|the\s+\w+|where|how)\b[^,.;!?]*[.!]?$)",
                            re.IGNORECASE)
"""A verdict after what the user saw ("…, exactly what I want"): no clause of its own, so set off by a dash."""


def _user_text(text: str, mentor: str = "") -> str:
    """The user's words with shorthand spelled out, and the mentor, called "she" or "he", made "you".

    The message is to the mentor, so a field about them or asked of them ("saw him at the open house",
    "would she be willing to meet") means them by every "he" or "she", unless it already calls them "you"
    (then "Dave said you took him on" is about someone else) or the pronoun belongs to a person the user
    named ("my manager said she…", which ``to_you`` keeps). A title ("Ms.", "Mr.") says which pronoun is
    theirs, and the other stays.
    """
    text = tidy(expand_shorthand(_SALUTATION.sub("", text.strip())))
    text = _EXACTLY_AFTER.sub(" — ", text)  # "…to hospital onco, exactly what i want" (review 64)
    text = re.sub(r"^(?:->|=>|→)\s*", "", text)  # "-> leave big4, open own practice": an arrow that only points
    # "…in Detroit since 3 years, originally from Guadalajara": where the user is from, a clause of its own
    text = re.sub(r",\s+(?:and\s+)?(?=originally\s+from\s+[A-Z])", ", and I'm ", text)
    first = address(mentor)[1].split(" ")[0] if mentor else ""
    if len(first) > 1:  # "saw sams talk", "Sam's post": in a message to Sam, "your talk"
        text = re.sub(rf"\b{re.escape(first)}['’]?s\b(?=\s+[a-z])", "your", text, flags=re.IGNORECASE)
    if not mentor or not _THIRD_PERSON.search(text):
        return text
    # sentence by sentence: "…one video call of 30 minute to ask how she started…. I understand if you are too busy."
    # calls her "you" only in its easy out, which never makes her "she" a third person's (review 68)
    return " ".join(_mentor_as_you(part, mentor) for part in re.split(r"(?<=[.?!])\s+(?=[A-Z])", text))


def _mentor_as_you(text: str, mentor: str) -> str:
    """One sentence of the user's with the mentor, called "she" or "he", made "you" (see :func:`_user_text`)."""
    first_pronoun = _THIRD_PERSON.search(text)
    if not first_pronoun:
        return text
    if _SECOND_PERSON.search(text) and first_word(text) not in ("she", "he", "her", "his"):
        return text
    # Theirs by the title, else by the first pronoun (the field is about them): in "she helped him", "him" is
    # someone else
    # "could I send her 3 questions": in a message to her, she is who gets them
    text = re.sub(r"\b(send|give|show|email|bring|lend|pass|forward|text|ask)\s+her\s+(?=\d|(?:a|an|some|two|three|"
                  r"a few|a couple of)\s)", r"\1 you ", text, flags=re.IGNORECASE)
    # ("Dave said he trained him … and he is the best lift planner he knows": the best is the mentor, the one who
    # knows is Dave, review 82)
    text = _BEST_THEY_KNOW.sub(lambda m: m["between"] + ("you were " if (m["verb"] or "").lower() == "was" else
                                                          "you are "), text)
    said = first_pronoun.group(0).lower()
    theirs = _TITLE_PRONOUN.get(address(mentor)[0].rstrip(".").lower()) or ("he" if said[:1] == "h" and
                                                                              not said.startswith("her") else "she")
    return to_you(others_kept(text, theirs), mentor)


_BEST_THEY_KNOW = lazy_regex(r"(?P<between>\b(?:said|says|told me|reckons)\b[^.]*?\b(?:him|her)\b[^.]*?\band\s)"
                             r"(?:he|she)(?:\s+(?P<verb>is|was)|'s)\s+(?=(?:the\s+(?:best|most\s+\w+|\w+est)|"
                             r"one\s+of\s+the\s+(?:best|most\s+\w+|\w+est))\b)", re.IGNORECASE)
"""Reported praise ("…said he trained him and he is the best lift planner he knows", "…he is the most strict inspector
in Rivers state"): after the one the mentor did something for, the best one is the mentor (reviews 82, 84)."""
_THIRD_PERSON = lazy_regex(r"\b(?:she|he|her|him|his|she's|he's)\b", re.IGNORECASE)
_TITLE_PRONOUN = {"ms": "she", "mrs": "she", "miss": "she", "madam": "she", "mr": "he", "sir": "he"}


_SECOND_PERSON = lazy_regex(r"\b(?:you|your|yours|you're|you've)\b", re.IGNORECASE)
_ADVICE_ON = lazy_regex(r"^(?:some\s+|any\s+|a\s+bit\s+of\s+|your\s+)?(?=(?:advice|tips|guidance|input|thoughts|"
                        r"insights?|pointers)\s+(?:on|about|for)\s)", re.IGNORECASE)
"""An ask for their advice on something ("advice on how you priced your packages"): "Could I ask for your …?"."""
_USERS_PAST = frozenset({"saw", "seen", "read", "heard", "watched", "attended", "listened", "found", "followed",
                         "discovered", "stumbled", "came", "loved", "enjoyed"})
"""What the user did with the mentor's work ("saw sams talk on youtube"), never what the mentor did."""
_SEEN_AS_SAW = lazy_regex(r"^seen\b(?!\s+by\b)", re.IGNORECASE)  # ("seen by my manager" stays passive)
_SHARED_PAST = frozenset({"met", "worked", "studied", "spoke", "talked", "chatted", "connected", "collaborated"})
_INNER_CLAUSE = lazy_regex(r"^(?:\S+\s+){2,}.*?\b(?:it|i|he|she|they|we|everyone)\s+(?:was|is|were|are|has|have|had|"
                           r"did|said|made|gave)\b", re.IGNORECASE)
"""A run-on holding a second clause ("how you led X it was the calmest...") cannot be the subject of a frame."""


def _reads_as_plan(first: str, head: str, kind: str) -> bool:
    words = first.lower().split()
    if head == "not" and len(words) > 1 and is_verb(words[1]) and base_form(words[1]) == words[1]:
        return True  # "not burn out in first year": "I'm hoping to not burn out…", never "working towards not burn…"
    if base_form(head) != head or not is_verb(head):
        return False
    if kind == "past":
        return True
    tags = tag(first)
    # "change careers", "build a portfolio", "open salon" (a plan's verb before a bare noun)
    planned = head in frame(JOB, "plan_verbs")
    # "open second shop": an ordinal or adjective before the thing is still the plan's object
    described = len(tags) > 2 and tags[1][1] in ("JJ", "CD") and tags[2][1].startswith("NN")
    return len(tags) > 1 and (tags[1][1] in ("NNS", "DT", "PRP$")
                              or (planned and (tags[1][1].startswith("NN") or described))
                              # "move offshore and specialise in…", "move abroad": where the plan goes (review 94)
                              or (planned and tags[1][1] in ("RB", "RP", "JJ")
                                  and (len(tags) == 2 or tags[2][1] in ("CC", "IN", "TO"))))


_DONE_WITH_IT = lazy_regex(r"^(?P<verb>[a-z]+ed|read|saw|shared|sent|showed|built|made|took)\s+"
                           r"(?=(?:it|them|this|that|your|the|my|a|an)\b)", re.IGNORECASE)


def _users_own(piece: str) -> str:
    """A later sentence of the user's note that starts with what they did ("used it to fix our pipelines"): "I…"."""
    done = _DONE_WITH_IT.match(piece)
    if done and tag(piece)[0][1] in ("VBD", "VBN"):
        return f"I {lower_first(piece)}"
    return piece


_WHICH_PART = lazy_regex(r",\s+(?:especially|particularly|esp\.?|mainly|mostly|in particular)\s", re.IGNORECASE)
"""Where a thing admired goes on to say which part of it ("…, especially the bit about…")."""


def _framed(slot: str, text: str, voice: Voice, allowed: tuple[str, ...], mentor: str = "") -> str:
    """The first sentence of ``text`` in the slot's frame for its shape, the rest as the user wrote them.

    A shape without a frame keeps the user's sentences as written (capitalised, end-punctuated).
    """
    pieces = pieces_of(_user_text(text, mentor))
    if not pieces:
        return ""
    first, rest = pieces[0], [sentence(_users_own(p)) for p in pieces[1:]]
    kind = shape(first)
    head = first_word(first)
    if slot == "goal" and kind in ("past", "noun") and _reads_as_plan(first, head, kind):
        kind = "verb"  # a goal is ahead: "set up reporting", "change careers" -> "I'm hoping to ..."
    if slot == "goal" and kind == "clause" and tag(first)[0][1] == "VBG":
        kind = "gerund"  # "passing the Court of Master Sommeliers advanced exam…": a goal, never "passing … advanced"
    if slot == "goal" and _DO_A_THING.match(first) and not first.rstrip().endswith("?"):
        kind = "verb"  # "do postdoc in UK", "do MSc": a plan, "I'm hoping to do a postdoc…", never "Do postdoc…"
    # "seen her talk at the skills fair": after a frame's "I", "I saw…", never "I seen…"
    said = _SEEN_AS_SAW.sub("saw", clause(first)) if kind == "past" else clause(first)
    if slot == "why" and kind == "past" and not _SECOND_PERSON.search(first):
        # "wrote the blog on X" is what they did; "watched your demo" is what the user did.
        who = "we" if head in _SHARED_PAST else "I" if head in _USERS_PAST else "you"  # "saw your talk": the user
        return " ".join([fill(_toned(frame(JOB, slot, "because"), voice), x=f"because {who} {said}"), *rest])
    if slot == "why" and _REMEMBERED.match(first):
        return " ".join([fill(_toned(frame(JOB, slot, "remembered"), voice), x=clause(first)), *rest])
    titled = without_quoted_titles(first)
    # (the aside says which part: "…, especially the bit about closed loop communication" has no verb of the thing's,
    # whatever the tagger makes of "closed", review 76)
    headed = _WHICH_PART.split(titled, maxsplit=1)[0]
    if kind == "noun" and (_PREDICATE_AFTER_COMMA.search(titled) or has_main_verb(headed)
                           or _OWN_PREDICATE.search(titled)) and "clause" in allowed:
        # "your blog post how you went…, is very similar with my situation": the note is the subject of its own
        # verb, so it is a clause the "because" frame can take, not a noun to admire
        kind = "clause"
    if kind not in allowed:
        return " ".join([sentence(first), *rest])
    frames = frame(JOB, slot)
    key: str = kind
    if kind == "past" and re.match(r"^\S+\s+by\b", first) and "passive" in frames:
        key = "passive"  # "recommended by my manager" -> "I was recommended by my manager."
    if kind == "noun" and ("," in first or _INNER_CLAUSE.search(first)) and "noun_with_comma" in frames:
        key = "noun_with_comma"  # "X, especially Y" cannot be the subject of "... stayed with me"
    framed = fill(_toned(frames[key], voice), x=said)
    return " ".join([framed, *rest])


_DO_A_THING = lazy_regex(r"^do\s+(?!(?:you|u|i|we|they|he|she|it|people|any|anyone)\b)\w", re.IGNORECASE)
"""A goal typed as "do" and a thing ("do postdoc in UK"), never a question ("do you think…")."""
_GIVES_ITS_REASON = lazy_regex(r"\b(?:is|was|are|were)\s+(?:the\s+(?:reason|main reason)|why)\b", re.IGNORECASE)
_REMEMBERED = lazy_regex(r"^when\s+(?:you|we|i)\b", re.IGNORECASE)
_OWN_PREDICATE = lazy_regex(r"\b(?:really\s+)?(?:stuck|stayed)\s+with\s+me\b|\bmade\s+(?:a|an|such\s+an?)\s+(?:\w+\s+)?"
                            r"impression\b|^(?:the|your|that|this)\s+[^,]{1,40}?\s+(?:help|helps|helped|give|gave|"
                            r"change|changed|inspire|inspired|teach|taught)\s+(?:me|us)\b", re.IGNORECASE)
"""A note that already says what it did to the user ("…really stuck with me", "the MOOC help me a lot"): its own
clause, never the object of a frame that says it again ("…really stuck with me really stuck with me", review 54)."""
_PREDICATE_AFTER_COMMA = lazy_regex(r",\s+(?:is|was|are|were|has|had|made|makes|gave|gives|helped|helps|changed)\b")


_ARROW_REACTION = lazy_regex(r"\s*(?:→|->|=>|-->|:)\s*(?=(?P<verb>felt|loved|learned|learnt|realised|realized|thought|"
                             r"knew|decided|made|helped|gave|changed|inspired|showed|got|was)\b)", re.IGNORECASE)
"""An arrow from what the user saw to what it did to them, with no subject: "→ felt so seen", "-> made me apply"."""
_AND_A_THING = lazy_regex(r",\s+(?:and|also|plus)\s+(?=(?:your|the|that)\s)", re.IGNORECASE)
_USERS_REACTIONS = ("felt", "loved", "learned", "learnt", "realised", "realized", "thought", "knew", "decided")


_THING_THEN_DASH = lazy_regex(r"^(?P<thing>(?:your|the)\s+(?:[^-–—,]|(?<=\w)-(?=\w)){2,120}?)\s+[-–—]+\s+"
                              r"(?P<rest>\S.{5,})$", re.IGNORECASE)
"""A thing of theirs, then a dash and its story ("your 2021 paper on low-resource MT - used the method in…"); a
hyphen inside a word is part of the thing (review 63); a verdict as short as "- so clean" is one too (review 107)."""
_AFTER_AN_ASIDE = lazy_regex(r"^(?P<thing>.+?\s[-–—]+\s.+?)\s[-–—]+\s"
                             r"(?P<rest>(?:I|we|it|this|that)(?:['’](?:ve|m|d|ll|s))?\s+\S.*)$", re.IGNORECASE)
"""A thing with a dashed aside, then a clause of the user's own after the aside's closing dash ("… - I've listened
like 50 times", review 105: "I'm reaching out because your co-write on X - the way… - I've listened…")."""
_THING_THEN_CLAUSE = lazy_regex(r"^(?P<thing>(?i:your|the)\s+[^,;]{2,120}?"
                                # ("…in Marmoutier, the voicing of the reed stops especially, I have studied…": an
                                # aside inside the thing, review 92)
                                r"(?:,\s+(?:the|its|their|your|especially|in particular|esp)\b[^,;]{2,60})?),\s+"
                                r"(?P<rest>(?:I|you|we|You|We|I've|I'm|"
                                # "…, this is exactly my situation now" (review 70)
                                r"(?i:this|that|it)(?=\s+(?:is|was)\b)|"
                                # "…, the welt stitching was unreal" (review 80)
                                r"(?i:the|its)\s+[a-z]+(?:\s+[a-z]+)?(?=\s+(?:is|was|are|were)\b))"
                                r"\s+(?!and\b|or\b)[a-z]+\b[^,]{4,}.*)$")
"""A thing of theirs, then a whole clause with its own subject after a comma ("…, you said the rejections…")."""
_VERDICT_THEN_MORE = lazy_regex(r"^(?P<verdict>[^.!?]{2,60}?)\s*[.!?]+\s+(?P<more>\S.*)$")
"""A short verdict after the dash that ends its sentence, then more ("so clean! and you explained…")."""
_WHAT_IN_IT = lazy_regex(r"^(?:the\s+way|how|especially|esp\.?|in\s+particular|particularly|mainly)\b(?![^.;]*\bI\b)",
                         re.IGNORECASE)
"""What in the thing the user means, after a dash ("- the way the bridge flips the chorus line"): no story of theirs."""
_BARE_PERSON = lazy_regex(r"^(?=(?:friend|colleague|co-?worker|classmate|coursemate|teammate|mate|former colleague|"
                          r"ex-colleague)\s+(?:who|of|from|at|that|said|says|told|recommended|mentioned|suggested)\b)",
                          re.IGNORECASE)
"""Someone typed without an article ("friend who staged with you said…"): "a friend", the one word a note drops."""


def why_sentence(why: str, voice: Voice, mentor: str = "") -> str:
    """Why them, whole: "I watched you break down a whole lamb...", "Your talk on X really stayed with me."."""
    text = _BARE_PERSON.sub("a ", _user_text(why, mentor))
    # "honestly ive been following…": the filler goes, so the sentence is the user's own (review 60)
    text = re.sub(r"^(?:honestly|tbh|to be honest|basically|ok(?:ay)? so|so|well)[,\s]+", "", text, flags=re.IGNORECASE)
    reaction = _ARROW_REACTION.search(text)
    if reaction:  # "ur post abt X → felt so seen": the thing, then how the user took it, in its own sentence
        subject = "I" if reaction.group("verb").lower() in _USERS_REACTIONS else "It"
        taken = sentence(f"{subject} {text[reaction.end():]}")
        return f"{why_sentence(text[: reaction.start()], voice, mentor)} {taken}"
    dashed = _THING_THEN_DASH.match(text)
    after_aside = _AFTER_AN_ASIDE.match(text)
    if dashed and after_aside and shape(after_aside["rest"]) in ("clause", "first_person"):
        # "your article … -- especially the part on documenting small defects -- I read it three times": the thing
        # with its aside, then what the user did as a sentence of its own (review 91)
        return f"{_aside_closed(why_sentence(after_aside['thing'], voice, mentor))} " \
               f"{sentence(_users_own(after_aside['rest']))}"
    if dashed and re.search(r"\s[-–—]+\s", dashed["rest"]):
        dashed = None  # "Your translation … — the dialogues in Osaka dialect — showed me…": an aside (review 90)
    if dashed and shape(dashed["thing"]) == "noun" and _WHAT_IN_IT.match(dashed["rest"]):
        # ("your co-write on X - the way the bridge flips the chorus line" gave "The way the bridge flips the chorus
        # line." on its own, review 105): what in the thing, said after it
        return f"{why_sentence(dashed['thing'], voice, mentor).rstrip('.')} — {dashed['rest'].rstrip(' .!')}."
    verdict = _VERDICT_THEN_MORE.match(dashed["rest"]) if dashed else None
    if dashed and verdict and shape(dashed["thing"]) == "noun" and len(verdict["verdict"].split()) <= 6:
        # ("your lager at the meetup - so clean! and you explained…" gave "…Berlin - so clean really stuck with me.",
        # review 107): the verdict after the framed thing, then what follows as sentences of their own
        framed = why_sentence(dashed["thing"], voice, mentor)
        more = " ".join(sentence(piece) for piece in pieces_of(_users_own(verdict["more"])))
        return f"{framed.rstrip('.')} — {verdict['verdict'].rstrip(' .!')}. {more}"
    # ("… - we tried it and found 3 big issues in a week": the user's own story, session 61)
    if dashed and shape(dashed["thing"]) == "noun" and (shape(dashed["rest"]) in ("clause", "past", "first_person")
                                                       or has_main_verb(dashed["rest"])):
        # "your reputation - a friend who staged with you said…": the thing admired, then the story as its own
        # sentence (never "I'm writing because your reputation - a friend…")
        return f"{why_sentence(dashed['thing'], voice, mentor)} {sentence(_users_own(dashed['rest']))}"
    if dashed and shape(dashed["thing"]) == "noun" and len(dashed["rest"].split()) <= 6:
        # "ur medium post on going from retail to UX at 34 - literally me rn": the thing framed, its verdict after a
        # dash at the end ("…really stuck with me — literally me right now."), never inside the frame (session 60)
        framed = why_sentence(dashed["thing"], voice, mentor)
        return f"{framed.rstrip('.')} — {dashed['rest'].rstrip(' .!')}."
    told = _THING_THEN_CLAUSE.match(text)
    if told and shape(told["thing"]) == "noun":
        # "your article on parish registers, I used the method on my family bible": the thing, then what the user
        # says of it as its own sentence (never spliced after "I am writing to you because of…", session 57)
        head, comma, aside = told["thing"].partition(", ")
        framed = why_sentence(head, voice, mentor)
        framed = f"{framed.rstrip('.')}, {aside}." if comma else framed  # (the aside after the framed thing)
        return f"{framed} {' '.join(sentence(p) for p in pieces_of(told['rest']))}"
    also = _AND_A_THING.search(text)
    thing = text[also.end():] if also else ""
    if also and "," not in thing and len(thing.split()) <= 12 and shape(text[: also.start()]) == "clause" and (
            shape(thing) == "noun"):
        # "you did the thing I'm trying to do, and your podcast ep w/ TechCabal": a reason, then a thing admired
        return f"{why_sentence(text[: also.start()], voice, mentor)} {why_sentence(text[also.end():], voice, mentor)}"
    kept = _THEN_I_KEPT_IT.search(text)
    if kept and shape(text[: kept.start()]) == "noun":
        # "ur linkedin post abt going from AE -> SE…, saved it, reread it b4 every 1:1": the thing, then what the user
        # did with it, with its "I" ("I saved it and reread it before…", review 68)
        done = re.split(r",\s+(?:and\s+)?", text[kept.end():])
        joined = " and ".join(done) if all(_DID_WITH_IT.match(d) for d in done) else ", ".join(done)
        return f"{why_sentence(text[: kept.start()], voice, mentor)} {sentence('I ' + joined)}"
    own = _THEN_MY_OWN.search(text)
    if own and shape(text[: own.start()]) in ("clause", "past", "first_person"):
        # "your 2024 paper … give me many idea, I reproduced the selectivity result…": two sentences, never spliced
        # after "I am writing because…" (review 67)
        rest = _users_own(text[own.end():])
        rest = re.sub(r"^I\s+(?!also\b)", "I also ", rest) if "also" in own.group(0).lower() else rest
        return f"{why_sentence(text[: own.start()], voice, mentor)} {sentence(rest)}"
    # "saw ur vids … abt heat pump sizing, explained it way better than my college tutor": they explained it
    text = _THEY_DID_IT.sub(r", and you \g<verb> ", text)
    if _GIVES_ITS_REASON.search(text):  # "your paper … is the reason I want to…" says why: no "because" before it
        return " ".join(sentence(p) for p in pieces_of(text))
    return _framed("why", text, voice, ("clause", "because", "infinitive", "past", "verb", "gerund", "noun"), mentor)


def _aside_closed(framed: str) -> str:
    """A framed reason whose aside after a dash is followed by the frame's own words, with the aside closed.

    "Your post on safety culture - especially the toolbox talk idea really stuck with me." left the dash open
    (review 99): "… - especially the toolbox talk idea - really stuck with me."
    """
    opened = re.search(r"\s(?P<dash>[-–—]+)\s+(?P<aside>[^-–—()]+?)\s+(?P<frame>(?:really|has|have|made|is|was|stayed|"
                       r"stuck|changed)\b[^-–—]*)$", framed)
    return f"{framed[: opened.end('aside')]} {opened['dash']} {opened['frame']}" if opened else framed


_DID_WITH_IT = lazy_regex(r"(?:saved|re-?read|read|shared|bookmarked|printed|watched|re-?watched|used|tried|sent|"
                          r"forwarded|kept|pinned|listened to)\s+(?:it|them|this|that)\b", re.IGNORECASE)
"""What the user did with the thing they admire, typed without its "I" ("saved it", "reread it")."""
_THEN_I_KEPT_IT = lazy_regex(rf",\s+(?={_DID_WITH_IT.pattern})", re.IGNORECASE)
"""A comma, then what the user did with the thing before it ("…, saved it, reread it before every 1:1")."""
_THEN_MY_OWN = lazy_regex(r",\s+(?:also\s+)?(?=I\s+(?:also\s+)?[a-z]|(?:the|that|this)\s+(?:episode|talk|post|video|"
                          r"article|chapter|paper|thread|blog post|session|workshop|class)\b[^,.]*\b(?:changed|helped|"
                          r"showed|made|gave|taught|opened|inspired)\b)")
"""A comma, then the user's own sentence with nothing to join it ("…, I reproduced the result", "…, also I read your
post", "…for one year, the episode about hamstring return to play completely changed how I…"); ", and I read…" is
joined already."""
_THEY_DID_IT = lazy_regex(r",\s+(?P<verb>explained|showed|made|covered|broke down|described|taught|answered|walked me)"
                          r"\s+(?=(?:it|them|this|that|how|what|why|me)\b)", re.IGNORECASE)
"""What the mentor did in the thing the user saw, typed without its "you" ("…, explained it way better…")."""


_WANTING = lazy_regex(r"^(?:i\s+)?(?:really\s+)?(?:want|wanna|would like|['’]d like|hope|am hoping|['’]m hoping|"
                      r"hoping|plan|am planning|['’]m planning|planning)\s+(?:to\s+)?(?=[a-z])", re.IGNORECASE)


_NO_ARTICLE_NEEDED = frozenset({"a", "an", "the", "my", "our", "your", "this", "that", "one", "another", "any", "some",
                                "more", "first", "own"})
_GOAL_VERB = r"(?:do|doing|start|starting|get|getting|land|landing|find|finding|pursue|pursuing|apply\s+for|" \
             r"applying\s+for|take|taking|towards|into)"
_NP_ENDS = (r"(?=\s*(?:$|[,.;:!?)]|\s(?:in|at|by|next|within|after|before|this|when|so|and|or|from|with|one day|on|"
            r"about|for)\b))")


def _goal_noun(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?P<np>(?:[\w'-]+\s+){{0,3}}?(?:{words})){_NP_ENDS}", re.IGNORECASE)


_GOAL_PREPOSITIONS = frozenset({"onto", "into", "on", "in", "for", "to", "at", "towards", "toward"})
"""A preposition before the goal's noun ("get onto PhD"): the article goes after it."""


def _with_article(goal: str) -> str:
    """A bare countable goal with its article: "apply for PhD" → "apply for a PhD", "in-house legal role" → "an…".

    Only the goal nouns in the phrasing data; "nurse education" or "leadership" take none.
    """
    nouns = "|".join(re.escape(str(noun)) for noun in frame(JOB, "countable_goals"))
    pattern = _goal_noun(nouns)

    def add(np: str) -> str:
        first, *rest = np.split()
        if re.search(r"\b(?:a|an|the|my|your|his|her|our|their|this|that|one)\b", np, re.IGNORECASE):
            return np  # "get onto a PhD": its article is there already, never "get an onto a PhD" (review 89)
        if first.lower() in _GOAL_PREPOSITIONS and rest:
            return f"{first} {add(' '.join(rest))}"  # "get onto PhD" → "get onto a PhD"
        first = first.lower()
        return np if first in _NO_ARTICLE_NEEDED or first.endswith("'s") else f"{article_for(np)} {np}"

    after_verb = re.sub(rf"\b(?P<verb>{_GOAL_VERB})\s+{pattern.pattern}",
                        lambda m: f"{m.group('verb')} {add(m.group('np'))}", goal, flags=re.IGNORECASE)
    head = pattern.match(goal.strip())
    if after_verb != goal or not head or shape(goal) != "noun":
        return _role_with_article(after_verb, add)
    return add(head.group("np")) + goal.strip()[head.end():]


_BECOME_ROLE = lazy_regex(rf"\b(?P<verb>become|becoming)\s+(?P<np>(?:[\w'-]+\s+){{0,3}}?[\w'-]*"
                          rf"(?:er|or|ist|yst|ian|ant|lead|nurse|chef|cook|coach|midwife|surgeon|medic|paramedic|"
                          rf"pilot|partner|head))\b{_NP_ENDS}", re.IGNORECASE)
"""A role to become, typed without its article ("become mid level developer", "become site manager one day")."""


def _role_with_article(goal: str, add: Callable[[str], str]) -> str:
    """"become mid level developer" → "become a mid level developer"; a role there is one of keeps none."""
    def said(match: re.Match[str]) -> str:
        np = match.group("np")
        adjective = np.split()[-1].lower() in ("senior", "junior", "major", "minor", "prior", "superior", "better")
        if adjective or _ONE_OF_A_KIND.match(np) or is_title(np):
            return match.group(0)  # "become senior": no role named
        return f"{match.group('verb')} {add(np)}"

    return _BECOME_ROLE.sub(said, goal)


def _owned(goal: str) -> str:
    """"land first UX job", "open own clinic": a goal is the user's own, so "my first", "my own"."""
    goal = _with_article(goal)
    if shape(goal) != "verb":
        return goal
    goal = re.sub(r"^(\S+\s+)(first|own)\b", r"\1my \2", goal, flags=re.IGNORECASE)
    # ("learn hand-stitched edge rolls and start own business": the second plan is the user's too, review 95)
    return re.sub(r"(\band\s+[a-z]+\s+)(first|own)\b", r"\1my \2", goal, flags=re.IGNORECASE)


def goal_sentence(goal: str, voice: Voice, mentor: str = "") -> str:
    """What the user is working towards, whole ("learn her methods" is "learn your methods")."""
    # "one day open small place, first I want learn…": a sentence with its own "I" after the comma stands apart
    goal, *after = _OWN_I_AFTER_COMMA.split(re.sub(r"^\s*(?:->|=>|→)\s*", "", goal.strip()), maxsplit=1)
    rest = f" {sentence(after[0])}" if after else ""
    # "actually ship something on steam": the adverb before the verb, which decides the frame
    lead = _GOAL_ADVERB.match(goal)
    after_lead = goal[lead.end():] if lead else ""
    if lead and after_lead and is_bare_verb(first_word(after_lead)):  # (the tagger reads "ship" as a noun)
        doing = f"{lead['adverb'].lower()} {_owned(after_lead)}"
        return sentence(fill(_toned(frame(JOB, "goal", "verb"), voice), x=doing)) + rest
    if is_bare_verb(first_word(goal)) and first_word(goal) not in ("do", "can", "should", "will", "is", "are"):
        goal = re.sub(r"\s*\?+$", "", goal)  # "understand what makes… or not??": a goal, typed with a doubt (review 58)
    wanted = _WANTING.sub("", goal.strip())  # "want to become…": the frame already says "I'm hoping to"
    goal = wanted if shape(wanted) == "verb" else goal  # ("do a postdoc…" reads as a question: kept as typed)
    goal = _owned(goal)
    # "leave big4, open own practice…": two steps of one plan, "leave big4 and open my own practice…" (review 65)
    first_step, comma, second_step = goal.partition(", ")
    if comma and shape(goal) == "verb" and is_bare_verb(first_word(second_step)) and shape(second_step) == "verb" \
            and "," not in second_step:
        goal = f"{first_step} and {_owned(second_step)}"
    if _HOW_TO.match(goal):
        # ("how to handle angry tenants…" read "I'm working towards how to handle…", review 104): learning how to
        goal = f"learn {lower_first(goal)}"
    text = _framed("goal", goal, voice, ("verb", "infinitive", "gerund", "noun", "past"), mentor)
    # "working on X, I'm a programmer right now": the frame's own "Right now" would say it twice
    if text.startswith("Right now ") and "right now" in text[len("Right now "):].lower():
        text = upper_first(text[len("Right now "):])
    return text + rest


_HOW_TO = lazy_regex(r"^how\s+(?:to|i\s+(?:can|could))\s+\w", re.IGNORECASE)
"""A goal typed as what the user wants to learn ("how to handle angry tenants…")."""
_GOAL_ADVERB = lazy_regex(r"^(?P<adverb>actually|finally|really|eventually|one day|someday|some day|hopefully)\s+",
                          re.IGNORECASE)
_OWN_I_AFTER_COMMA = lazy_regex(r",\s+(?=(?:(?:first|then|but|and|so)\s+)?i\s+(?:want|need|would|'d|hope|plan)\b)",
                                re.IGNORECASE)


_TIME_OVER = lazy_regex(r"\b(?:last\s+(?:week|month|year|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|"
                        r"thursday|friday|saturday|sunday)|yesterday|\d+\s+(?:days?|weeks?|months?|years?)\s+ago|"
                        r"in\s+(?:19|20)\d\d)\b", re.IGNORECASE)
"""A time that is over ("last month", "in 2023"): the past tense goes with it, never "I've…"."""
_QUALIFIED_ROLE = lazy_regex(r"^(?:registered|qualified|certified|licensed|chartered|trained|retired|experienced|"
                             r"accredited|newly qualified)\s+[a-z]+", re.IGNORECASE)
"""A role named with its qualification ("registered nurse", "chartered accountant")."""
_YEARS = lazy_regex(r"^(?P<np>[^,]+?),?\s+(?:for\s+|since\s+)?(?P<years>(?:\d+(?:\.\d+)?|a few|two|three|four|five|"
                    r"six|seven|eight|nine|ten)\+?\s+(?:years?|months?))(?:\s+in(?=,|$))?(?P<rest>(?:,|\s+(?:at|in|with|on|who)\s).*)?$",
                    re.IGNORECASE)  # fmt: skip
"""A role and how long: "nurse for 10 years", "RVN for 3 yrs at a mixed practice, mostly small animal",
"tattooer 3 yrs in, working out of…" (years into it)."""


_YEAR_OF_ROLE = lazy_regex(r"^(?:i['’]?m|i am)\s+(?=(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|final)"
                           r"[\s-]+year\b)", re.IGNORECASE)


_YEAR_OF_A_COURSE = lazy_regex(r"^(?:i['’]?m\s+|i am\s+)?(?:in\s+)?(?:the\s+|my\s+)?(?=(?:\d+(?:st|nd|rd|th)|first|"
                               r"second|third|fourth|fifth|final|last)[\s-]+(?:year|yr)\s+of\b)", re.IGNORECASE)


def _plural_span(span: str) -> str:
    """"6 year" (from "plumber since 6 year") as "6 years"; "1 year" stays."""
    number, _, unit = span.rpartition(" ")
    return length_of_time(number, unit) if unit in ("year", "month") else span


_DOING_FOR_YEARS = lazy_regex(r"^I\s+(?P<verb>[a-z]+)\s+(?P<what>[^,]+?)\s+(?P<years>(?:\d+|a few|two|three|four|five)"
                              r"\s+(?:years?|months?))(?=,|$)")
"""What the user does and how long, typed as "i do setups at guitar center 2 yrs" (review 71)."""


def _been_doing_for(found: re.Match[str]) -> str:
    """"I do setups at guitar center 2 years" -> "I've been doing setups at guitar center for 2 years"."""
    if not is_bare_verb(found["verb"]) or found["verb"] in ("am", "have", "was", "had"):
        return found[0]
    return f"I've been {gerund(found['verb'])} {found['what']} for {found['years']}"


def about_sentence(about: str) -> str:
    """Who the user is: "I'm a third-year nursing student.", "I've been a line cook for 3 years."."""
    # ("trained in Manila and now at a smaller hospital in Leeds" was said "I trained in Manila and now at a…", with
    # no verb for where the user is now, review 98)
    return _NOW_AT_AFTER_A_PAST.sub(r"\1 and am now ", _about_sentence(about))


_NOW_AT_AFTER_A_PAST = lazy_regex(r"\b(I\s+(?:[a-z]+ed|grew up|studied|trained|worked|lived|began|started)\b[^.;]*?)"
                                  r"\s+and\s+now\s+(?=(?:at|in|with|on|based)\b)")
"""A past said with "I", then where the user is now with no verb of its own ("…and now at a smaller hospital")."""


def _about_sentence(about: str) -> str:
    named = _OWN_NAME_FIRST.match(about.strip())
    # ("QS, 4yrs PQS side": a role's initials, never the user's name, review 107)
    acronym = named is not None and named["name"].isupper() and len(named["name"]) <= 5
    if named and not _is_a_role_word(named["name"]) and not acronym:
        # "Lucía, 2nd year trainee air traffic controller…": the user's name, then who they are ("I'm Lucía, a 2nd
        # year trainee…"), never "I'm a Lucía, 2nd year…" (review 94)
        said = about_sentence(named["rest"])
        framed_as_one = re.match(r"^I'm (?=an?\s)", said)
        if framed_as_one:
            return f"I'm {named['name']}, {said[framed_as_one.end():]}"
        if said.startswith("I've been "):
            return f"I'm {named['name']}. {said}"
    # "home baker turned stall owner, I sell at the market": two sentences, not one spliced
    # ("…since 3 years in Birmingham, from Brazil": where the user is from, "and I'm from Brazil", review 81)
    text = re.sub(r",\s+(?=from\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\W*$)", ", and I'm ", _user_text(about))
    pieces = pieces_of(spliced_apart(re.sub(r",\s+(?=[Ii]\s+(?!am\b)[a-z]+)", ". ", text)))
    # "…, did a QQI cert in renewables at night": a sentence of its own, with its subject
    pieces = [p for piece in pieces for p in _PAST_AFTER_COMMA.sub(". I ", piece).split(". ")]
    if not pieces:
        return ""
    first, rest = pieces[0], [sentence(with_my_subject(p)) for p in pieces[1:]]
    first = _DOING_FOR_YEARS.sub(_been_doing_for, first, count=1)
    # "im 3rd yr apprentice…": a year of training is one of them, "I'm a 3rd year apprentice…"
    first = _YEAR_OF_ROLE.sub("I'm a ", first)
    # "final year of my BSL interpreting degree": a year of a course is where the user is ("I'm in the…"), never
    # "I'm a final year of…" (review 77)
    first = _YEAR_OF_A_COURSE.sub("I'm in the ", first)
    if first_word(first) == "been":  # "been driving for metro 11 yrs": "I've been driving…", never "I been…"
        return " ".join([sentence(_later_pieces_owned(f"I've {clause(first)}")), *rest])
    kind = shape(first)
    if kind == "verb" and ((first_word(first) in frame(JOB, "roles") and not _role_word_doing(first))
                           or re.match(r"^\w+\s+\d", first) or _kind_of_role_for_years(first)):
        kind = "noun"  # "nurse for 10 years", "level 4 referee": a role, though "nurse" and "level" can be verbs
    if kind in ("past", "verb", "gerund") and (_QUALIFIED_ROLE.match(first) or _modified_role(first)):
        kind = "noun"  # "registered nurse from Kerala": "I'm a registered nurse…", never "I registered nurse"
    body = clause(first)
    tagged = tag(body)
    object_next = len(tagged) > 1 and tagged[1][1] in ("NNS", "DT", "PRP$")  # not "line cook", "bus driver"
    if kind == "noun" and ((object_next and _could_be_their_verb(body, first_word(first)))
                           or (first_word(first) in frame(JOB, "roles") and _role_word_doing(body))):
        kind = "verb"  # "train apprentices at a garage": what the user does, "I train…", never "I'm train…"
    years = _YEARS.match(body)
    since = _SINCE_A_YEAR.match(body) if kind == "noun" and not years else None
    if since and not _SINCE_A_YEAR.match(since["np"]):  # "First Officer A320 since 2019": "I've been…since 2019"
        return " ".join([fill(frame(JOB, "about", "noun_since"), a=_article(since["np"]), x=since["np"],
                              year=since["year"], rest=since["rest"] or ""), *rest])
    if years and re.match(r"\s+(?:in|at|on)\s", years.group("rest") or "") and body[len(years.group("np")):].lstrip(
            ).startswith(","):
        years = None  # "sous chef at a bistro, 8 yrs in kitchens": the years are in kitchens, not in this role
    np_end = years.group("np").split()[-1].lower() if years else ""
    np_ends_in_a_preposition = np_end in ("of", "for", "with", "since", "after", "before", "over", "about", "around")
    if kind == "noun" and years and "," not in years.group("np") and not np_ends_in_a_preposition:
        # ("beekeeper from Portugal since 12 years": where they are from is no part of the years, review 82)
        origin = re.search(r"\s+from\s+(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)$", years.group("np"))
        role = years.group("np")[: origin.start()] if origin else years.group("np")
        text = fill(frame(JOB, "about", "noun_for_years"), a=_article(role), x=role,
                    years=_plural_span(years.group("years")),
                    rest=_rest_after_years(years.group("rest") or ""))  # fmt: skip
        text = f"{text} I'm from {origin['place']}." if origin else text  # (its own sentence, after any "now…")
    elif kind == "noun" and not _names_a_person(body):  # "dairy farm 180 cows": no "I'm" before a farm
        text = fill(frame(JOB, "about", "not_a_role"), x=body)
    elif kind == "noun":
        # "home baker, sell at farmers market on saturdays": what they also do, "I'm a home baker and sell…"
        # ("physiotherapist from Brazil, 4 years in Dublin, work in a clinic": after a part of its own, "and I work")
        body = _PRESENT_AFTER_COMMA.sub(lambda m: ", and I " if "," in m.string[: m.start()] else " and ", body,
                                        count=1)
        text = fill(frame(JOB, "about", "noun"), a=_article(body), x=body)
    elif kind in ("gerund", "past", "verb"):
        text = fill(frame(JOB, "about", kind), x=body)
    else:
        text = first
    return " ".join([sentence(_later_pieces_owned(text)), *rest])


def _later_pieces_owned(text: str) -> str:
    """The user's own clauses after the first, given the "I" they were typed without (review 70).

    "community pharmacist 4 yrs…, just finished my prescribing course" -> "…, and I've just finished…";
    "plasterer 11 yrs, own small firm, 2 lads" -> "…, and I own a small firm with 2 lads"; "…routes for 9 yrs,
    union rep on my shift" -> "…, and I'm a union rep on my shift". A piece that is no clause of the user's
    ("mostly new builds") stays as typed.
    """
    head, *pieces = re.split(r",\s+", text)
    done: list[str] = [head]
    for piece in pieces:
        done.append(_owned_piece(piece, done[-1]))
    # only the last of them takes the "and": "…for 8 years, I'm head of year 9, and I run the chess club"
    owned = [i for i, piece in enumerate(done) if i and piece.startswith(_AND_I)]
    done = [piece.removeprefix("and ") if i in owned[:-1] else piece for i, piece in enumerate(done)]
    return ", ".join(done).replace(", with ", " with ")


_WANT_WITHOUT_I = lazy_regex(r"(?:now\s+|really\s+|also\s+)?(?:want|hope|plan|aim|need|would like)\s+to\s+[a-z]")
"""What the user wants, typed without its "I" after a comma ("…, now want to move to courts")."""


def _owned_piece(piece: str, before: str) -> str:
    """One comma piece after the first, with its "I" when it is the user's own clause (see above)."""
    if _WANT_WITHOUT_I.match(piece):  # ("…, small animal clinic in Tucson, want to do the VTS anesthesia", review 107)
        return f"and I {piece}"
    if re.match(r"(?:and|or|but|so|I|I'm|I've|my|the|a|an|before|after|since|then|previously|formerly|mostly|mainly|"
                r"also|now|currently)\b", piece, re.IGNORECASE):
        return piece
    state = re.match(r"(?P<state>[a-z]+)\s+(?:of|about|with|by)\b", piece)
    if state and state["state"] in USER_STATES:
        return f"and I'm {piece}"  # "tired of the knees"
    if re.search(r"\b(?:firm|business|company|crew|team|shop|salon|practice)$", before) and re.fullmatch(
            r"\d+\s+(?:lads|guys|people|staff|employees|apprentices|workers|techs|chairs|vans)[.!]?", piece):
        return f"with {piece}"  # "own small firm, 2 lads": the firm's size
    if re.match(r"I['’]m\s|I am\s", before) and re.fullmatch(r"(?:retired|former|ex-|semi-retired|qualified)\s*[a-z]+"
                                                            r"(?:\s+[a-z]+)?[.!]?", piece):
        return f"and {_article(piece)}{piece}"  # "I'm a volunteer…, retired postman": "…, and a retired postman"
    when = re.match(r"(?P<adv>(?:just|recently|already|also)\s+)?(?P<verb>[a-z]+)\s+(?=\S)", piece)
    if not when:
        return piece
    verb, adv = when["verb"], (when["adv"] or "").strip()
    passive = verb in _DONE_TO_THEM or re.match(r"\s*by\b", piece[when.end("verb"):]) is not None
    if lexicon_tag(verb) in ("VBD", "VBN") and base_form(verb) != verb and not _QUALIFIED_ROLE.match(piece) and (
            not passive):
        # ("done the Google UX cert": a participle only, "I've done…", never "I done…")
        # ("just made chargehand last month": a time that is over takes the past, never "I've just made…", review 91)
        have = (adv in ("just", "recently", "already") and (lexicon_tag(verb) == "VBN" or verb.endswith("ed"))
                and not _TIME_OVER.search(piece)) or verb in PARTICIPLES_ONLY
        return f"and I've {piece}" if have else f"and I {piece}"
    rest = piece[when.end():]
    if not adv and verb not in _OWN_VERBS and is_bare_verb(verb) and re.match(r"(?:my|our|a|an|the)\s", rest):
        # "…, hold my Chief Mate CoC since last year": "and I've held it since…"; without "since", "and I hold…"
        since = re.search(r"\bsince\b", rest) is not None
        return f"and I've {participle(verb)} {rest}" if since else f"and I {piece}"
    if not adv and verb in _DOING_VERBS:
        # "…, rent bench time at a community studio 2 yrs", "…, qualify in july": "and I've rented… for 2 years",
        # "and I qualify in July", never a piece with no one doing it (review 81)
        years = _FOR_HOW_LONG.search(rest)
        if years:
            return f"and I've {participle(verb)} {rest[: years.start()]} for {years['span']}"
        return f"and I {piece}"
    if not adv and verb in _OWN_VERBS:
        article = "" if re.match(r"(?:a|an|the|my|our|his|her|\d)\b", rest) or tag(rest)[-1][1] == "NNS" else (
            f"{article_for(rest)} ")
        return f"and I {verb} {article}{rest}"
    last = re.split(r"\s+(?:on|at|in|for|of|with)\s+", piece, maxsplit=1)[0].split()[-1].lower()
    if not adv and (last in frame(JOB, "roles") or last in _LATER_ROLES) and lexicon_tag(verb) in ("NN", "NNS", "JJ"):
        return f"and I'm {_article(piece)}{piece}"
    return piece


_DONE_TO_THEM = frozenset({"supervised", "called", "based", "born", "raised", "published", "employed", "registered",
                          "licensed", "certified", "qualified", "located", "funded", "sponsored", "contracted",
                          "seconded"})
"""Participles said of the user without "I was" ("supervised by Dr. K. Mbeki", "called to the Nigerian bar",
"published in 2 small journals"): a passive, never "and I supervised by…"."""
_AND_I = ("and I ", "and I'm ", "and I've ")
_OWN_VERBS = frozenset({"own", "run", "manage", "teach", "coach"})
"""Verbs that open a later piece of the user's own ("own small firm"), and are never a role or a thing."""
_DOING_VERBS = frozenset({"rent", "work", "live", "study", "volunteer", "freelance", "train", "qualify", "graduate",
                          "start", "finish", "help", "play", "sing", "cook", "sell", "build", "make", "restore"})
"""Verbs that open a later piece of what the user does ("rent bench time at…", "qualify in july"), said with "I"."""
_FOR_HOW_LONG = lazy_regex(r"\s+(?:for\s+)?(?P<span>(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                           r"(?:years?|months?|weeks?))[.!]?$", re.IGNORECASE)
_LATER_ROLES = frozenset({"rep", "steward", "representative", "officer", "lead", "captain", "trainer", "mentor",
                          "volunteer", "governor", "treasurer", "secretary", "chair"})
"""What the user also is, named in a later piece ("union rep on my shift"): "and I'm a union rep…"."""


_PAST_AFTER_COMMA = lazy_regex(r",\s+(?=(?:did|completed|finished|passed|earned|studied|trained|volunteered|spent|"
                               r"built|ran|took)\s)")
_PRESENT_AFTER_COMMA = lazy_regex(r",\s+(?=(?:sell|work|run|teach|live|coach|volunteer|help|manage|write|play|own|come|"
                                  r"study|make|cook|bake|drive|train|care for|look after)\s+"
                                  # a verb's own next word ("sell at…", "work nights"), never a noun ("work placement")
                                  r"(?:at|in|on|for|with|to|the|a|an|my|our|from|as|online|nights|weekends|"
                                  r"part[- ]time|full[- ]time|locally|remotely|privately)\b)")


def _modified_role(phrase: str) -> bool:
    """"embedded software engineer from Brazil": a participle that describes the role after it, not a verb."""
    # (up to how long: "coded welder 11 yrs" is a coded welder, review 55)
    head = re.split(r",|\s+(?:at|in|for|of|with|on|from|since)\s+|\s+(?=\d)", phrase, maxsplit=1)[0]
    tagged = tag(head)
    # ("monitor engineer at a 500 cap venue", "lead engineer at…": one word, then a role in the singular with no
    # article, is a kind of that role, never "I monitor engineer…", review 82)
    if len(tagged) == 2 and tagged[1][1] == "NN" and (_ROLE_ENDING.search(tagged[1][0].lower()) is not None
                                                       or tagged[1][0].lower() in frame(JOB, "roles")):
        return True
    # ("climbing arborist 6 yrs": a gerund that describes the role too, never "I'm climbing arborist…", review 71)
    if len(tagged) < 2 or not tagged[0][0].lower().endswith(("ed", "ing")):
        return False
    rest = tagged[1:]
    last = rest[-1][0].lower()
    return (all(t.startswith(("NN", "JJ")) for _, t in rest) and rest[-1][1] in ("NN", "NNS")
            and (_ROLE_ENDING.search(last) is not None or last in frame(JOB, "roles")))


_OWN_NAME_FIRST = lazy_regex(r"^(?P<name>(?-i:[A-ZÀ-ÖØ-Þ])[^\W\d_]+(?:\s+(?-i:[A-ZÀ-ÖØ-Þ])[^\W\d_'’-]+)?)\s*,\s+"
                             r"(?P<rest>\S.+)$")
"""An about-me that starts with the user's own name ("Jonas, brewer at a small brewpub in Dresden")."""


def _is_a_role_word(name: str) -> bool:
    """Whether a capitalised first word is a role or a word of the language, not a name ("Nurse", "Retired")."""
    word = name.split()[0]
    # ("Grace" and "Mark" are nouns too, so only another part of speech rules a name out: "Mostly, …")
    return word.lower() in frame(JOB, "roles") or word.lower() in frame(JOB, "people") or lexicon_tag(
        word.lower()) not in (None, "NNP", "NN", "NNS")


def _names_a_person(phrase: str) -> bool:
    """Whether a noun phrase about the user names them ("3rd year apprentice electrician", "22").

    Only a phrase with a thing in it and no person ("dairy farm 180 cows") is something of theirs, not them.
    """
    head = re.split(r",|\s+(?:at|in|for|of|with|on|from)\s+", phrase, maxsplit=1)[0].lower()
    words = re.findall(r"[a-z]+", head)
    things = [w for w in words if w in frame(JOB, "things")]
    return not things or any(w in frame(JOB, "roles") or w in frame(JOB, "people") for w in words)


_ORDINAL = lazy_regex(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)


_ONE_OF_A_KIND = lazy_regex(r"^(?:head|chair|director|dean|president|chief)\s+of\s|^general counsel\b"
                            r"|^(?:[\w-]+\s+)?(?:[\w-]*owner|founder|co-founder|cofounder|principal|head chef)"
                            r"\s+of\s+(?-i:[A-Z])",
                            re.IGNORECASE)
"""A role there is one of ("head of procurement", "chef-owner of Brasa", "general counsel at…"): no article."""


_SINCE_A_YEAR = lazy_regex(r"^(?P<np>[^,]+?)\s+since\s+(?P<year>(?:19|20)\d\d)(?P<rest>,.*)?$", re.IGNORECASE)
"""A role and the year it started ("First Officer A320 since 2019, around 4200 hours"), review 64."""


def _rest_after_years(rest: str) -> str:
    """What follows "for 7 years" as the sentence can carry it.

    ", night shifts" is a detail of the role: " (night shifts)". Anything else stays as typed (something done, ", just
    hired my first apprentice", gets its "I" from :func:`_later_pieces_owned`).
    """
    # "line cook for 6 years who wants to open a café": the user's wish, ", and I want to open a café" (review 59)
    who = re.match(r"\s+who\s+(?P<verb>[a-z]+)\b", rest)
    if who and (who["verb"] in ("is", "has") or lexicon_tag(who["verb"]) == "VBZ" or (
            who["verb"].endswith("s") and is_verb(who["verb"]) and base_form(who["verb"]) != who["verb"])):
        verb = {"is": "'m", "has": " have"}.get(who["verb"], f" {base_form(who['verb'])}")
        return f", and I{verb}{rest[who.end():]}"
    detail = re.fullmatch(r",\s+(?P<x>[^,;.!?]+?)\s*", rest)
    if _PRESENT_AFTER_COMMA.match(rest):  # ", come from Nigeria, now working in…": "…, and I come from…" (review 73)
        return _PRESENT_AFTER_COMMA.sub(", and I ", rest, count=1)
    if not detail:
        return rest
    wish = re.match(r"(?P<verb>want|wanna|hoping|hope|planning|looking|trying)\s+to\b", detail["x"], re.IGNORECASE)
    if wish:  # ", want to move into care home work": the user's wish, with its "I" (session 59)
        verb = {"hoping": "'m hoping", "planning": "'m planning", "looking": "'m looking", "trying": "'m trying",
                "wanna": " want"}.get(wish["verb"].lower(), f" {wish['verb'].lower()}")
        return f", and I{verb}{detail['x'][wish.end('verb'):]}"
    words = detail["x"].split()
    if len(words) <= 3 and all(lexicon_tag(word) in ("NN", "NNS", "JJ") for word in words):
        return f" ({detail['x']})"
    return rest


def _article(phrase: str) -> str:
    """"a " or "an " before a bare singular role ("line cook", "RN"), nothing before "the"/"my"/plurals/titles."""
    tags = tag(phrase)
    if tags and _ORDINAL.match(tags[0][0]):
        return "a "  # "2nd year marine bio student": "a 2nd year…"
    if not tags or tags[0][1] in ("DT", "PRP$", "CD") or tags[0][0].lower() in ("the", "my", "our", "a", "an"):
        return ""
    if tags[0][0].lower() in _WHEN_ADVERBS:
        return ""  # "now head of year 9": "I'm now head of year 9…", never "I'm a now head…" (review 54)
    if is_title(phrase) or _ONE_OF_A_KIND.match(phrase):
        return ""  # a title such as "Head of Design" or "Senior Paralegal" reads without an article, as does
        # the one head of a thing typed in lower case ("head of procurement at…")
    # ("tattooer 3 years in": the role ends before its count of years, which is no plural role)
    head_noun = next((i for i, (_, t) in enumerate(tags) if t in ("IN", "TO", "CC", ",", "WDT", "WP", "CD")), len(tags))
    if head_noun and tags[head_noun - 1][1] in ("NNS", "NNPS"):
        return ""  # plural roles take no article: "engineers at Kora"
    return f"{article_for(phrase)} "


_WHEN_ADVERBS = frozenset({"now", "currently", "still", "also", "recently", "newly", "just", "already", "soon"})
_THEIRS = lazy_regex(r"\b(?:her|his|their)(?=\s+own\b)|\b(?:his|himself|herself)\b", re.IGNORECASE)
"""The mentor's own words in a phrase about them ("runs her own contracting business"): said to them as "your".
("her" alone may be someone else, "mentors her apprentices"; "his" never is an object.)"""
_YOURS = {"her": "your", "his": "your", "their": "your", "himself": "yourself", "herself": "yourself"}


def context_sentence(context: str, voice: Voice) -> str:
    """Their role, when it is one short clean phrase; otherwise nothing (they know what they do)."""
    text = re.sub(r"^(?:she|he|they)\s+(?=\w+s\b)", "", _user_text(context).rstrip("."), flags=re.I)
    # "she's a nurse practitioner who runs…" is the role: never "Your experience as a she's a nurse…"
    # ("is the head wine buyer for…": the form's "they…" completed with its verb, review 109; "is heading pricing…"
    # is what they do, "heads pricing…")
    text = _progressive_as_present(text)
    text = re.sub(r"^(?:(?:she|he)(?:['’]s|\s+is)|they(?:['’]re|\s+are)|is|are)\s+(?:an?\s+)?", "", text, flags=re.I)
    text = re.sub(r"^(?:now|currently)\s+(?=[a-z])", "", text, flags=re.I)  # "now ops manager at…": never "as now…"
    # ("CFO at Harbourline Shipping; previously audit partner": the first of facts set apart is said whole, the rest
    # left out, never the whole context dropped for its semicolon)
    text = _FACTS_SET_APART.split(text, maxsplit=1)[0]
    if not text or re.search(r"[,;:.!?()]", text) or len(text.split()) > CONTEXT_CLAUSE_WORDS:
        return ""
    text = _hers_as_yours(_THEIRS.sub(lambda word: _YOURS[word.group(0).lower()], text))
    kind = shape(text)
    tags = tag(text)
    if kind == "past" and len(tags) > 1 and tags[1][1] == "NN":
        kind = "noun"  # "appointed person for lifting operations at…", "chartered surveyor": a role (review 82)
    verbs_said = [w for w, t in tag(text) if t == "VBZ"]
    # ("trains new drivers at BKV": a verb and its object, never "Your experience as trains new drivers…", review 92)
    verb_and_object = len(tags) > 1 and re.fullmatch(r"[a-z]+s", first_word(text)) is not None and tags[1][1] in (
        "DT", "JJ", "NN", "NNS", "PRP$", "CD")
    if kind == "noun" and (_THEIR_VERB_FIRST.match(text) or verb_and_object) and is_verb(
            base_form(first_word(text))) and base_form(first_word(text)) != first_word(text):
        # "lectures in geoinformatics at UNILAG and leads a…": what they do, never "Your experience as lectures…"
        # (review 79): the first verb, and each after "and"
        kind = "present"
        verbs_said = [first_word(text), *re.findall(r"\band\s+([a-z]+s)\b", text)]
    if kind == "present":
        verbs_said += _second_verbs(text)  # ("owns 3 flower shops … and supplies hotels", review 83)
        text = _in_base_form(text, verbs_said)
        # "co-leads the network": the verb after its prefix ("Since you co-lead…")
        text = re.sub(r"^((?:co|re|pre|over|under|out|mis)-)([a-z]+s)\b", lambda m: m[1] + base_form(m[2]), text)
        return fill(_toned(frame(JOB, "context", "present"), voice), x=clause(text))
    head = first_word(text)
    if kind == "past":
        # ("organised the warehouse workers at the Getafe site and got recognition there in 2022" completes "they…"
        # as the form asks: "Since you organised…", never left out, review 97; "…and now leads a small team" agrees)
        later = re.findall(r"\band\s+(?:now\s+|also\s+|still\s+)?([a-z]+s)\b", text)
        text = _in_base_form(text, [w for w in later if base_form(w) != w and is_verb(base_form(w))])
        return fill(_toned(frame(JOB, "context", "present"), voice), x=clause(text))
    if kind == "verb" and head in frame(JOB, "roles") and re.match(r"\S+\s+(?:of|at|in|for|with)\s", text):
        # "head of procurement at…", "chair of the board", "partner at KPMG": a role, though "head" and "partner" can
        # be verbs (never "Since you partner at KPMG", review 109 reading)
        kind = "noun"
    # ("coach junior sign language interpreters at…": a role word used as their verb, never "Your experience as
    # coach junior…", as about_me reads it)
    doing = kind == "noun" and text[:1].islower() and head in frame(JOB, "roles") and _role_word_doing(text)
    if (kind == "noun" and _could_be_their_verb(text, head)) or (kind == "verb" and is_bare_verb(head)) or doing:
        # "study seagrass die-off…", "run the phlebotomy training program at…" complete "they…" as the form asks:
        # said as what they do ("Since you run…"), never after "as a" nor left out (review 92); a second verb agrees
        # ("run the exotic animal unit … and teaches the reptile module": "and teach", session 79 golden reading)
        return fill(_toned(frame(JOB, "context", "present"), voice), x=clause(_in_base_form(text, _second_verbs(text))))
    if kind == "noun" and len(text.split()) <= CONTEXT_ROLE_WORDS:
        body = clause(text)
        return fill(_toned(frame(JOB, "context", "noun"), voice), a=_article(body), x=body)
    return ""


_FACTS_SET_APART = re.compile(r"\s*;\s*|(?<=[a-z]{2})\.\s+(?=[A-Z])|\s+[–—-]\s+")
"""Where one fact about them ends and the next begins: a semicolon, a sentence's end or a dash with spaces."""

def _progressive_as_present(text: str) -> str:
    """"is heading the pricing team" said as what they do ("heads the pricing team"), as "they…" asks; else as is."""
    progressive = re.match(r"^(?:(?:she|he)(?:['’]s|\s+is)|is)\s+(?P<verb>[a-z]+ing)\s+(?=\S)", text, flags=re.I)
    verb = base_form(progressive["verb"]) if progressive else ""
    said = inflections(verb, "VBZ") if progressive and is_verb(verb) and verb != progressive["verb"] else ()
    if not progressive or not said:
        return text
    text = f"{said[0]} {text[progressive.end():]}"
    second = re.search(r"\s+and\s+(?:also\s+)?(?P<word>[a-z]+)\b", text)
    if second and not is_verb(base_form(second["word"])):
        return text[: second.start()]  # ("…and also examiner for IFoA" shared the "is": left out whole)
    later = inflections(base_form(second["word"]), "VBZ") if second and second["word"].endswith("ing") else ()
    if second and later:  # "…and teaching the reptile module": the second verb said as the first
        text = f"{text[: second.start('word')]}{later[0]}{text[second.end('word'):]}"
    return text


CONTEXT_CLAUSE_WORDS = 24
"""The longest "they…" answer (in words) said as what they do ("Since you organised…"); at 16, "runs the anesthesia
service at the vet teaching hospital and wrote the CRI dosing chart we use in our clinic" was left out (review 107)."""
CONTEXT_ROLE_WORDS = 12
"""The longest role said after "Your experience as…": a longer one reads as a second sentence inside it."""


def _in_base_form(text: str, verbs: Sequence[str]) -> str:
    """``text`` with each of ``verbs`` said to "you" ("leads" -> "lead").

    The verbs are swapped in place: rejoining tokens would split "St James's" into "St James ' s".
    """
    for word in dict.fromkeys(verbs):
        # ("teaches at ITU and was site director…": "and were site director", never "and be", review 100)
        said = AGREES_WITH_YOU.get(word.lower(), base_form(word))
        text = re.sub(rf"\b{re.escape(word)}\b", said, text)
    return text


def _second_verbs(text: str) -> list[str]:
    """Verbs after "and" that the tagger read as plurals ("…and supplies hotels"): a verb with its object."""
    tagged = tag(text)
    return [word for (word, _), (_, after) in pairwise(tagged)
            if re.fullmatch(r"[a-z]+s", word) and base_form(word) != word and is_verb(base_form(word))
            and after.startswith(("NN", "DT", "PRP$", "CD", "JJ"))
            and re.search(rf"\band\s+{re.escape(word)}\b", text) is not None]


def _hers_as_yours(text: str) -> str:
    """"makes shoes by hand in her workshop": the mentor's own "her" before a noun, said to them as "your".

    Left as typed when someone else is named before it ("trains Anna in her…"), who may be whose "her" it is;
    "his" is said to them already (_THEIRS), and the message never calls the one it greets "her" (review 80).
    """
    found = re.search(r"\bher\s+(?P<next>[a-z][\w-]*)", text)
    if not found:
        return text
    before = re.sub(r"\b(?:in|at|of|for|from|on)\s+[A-Z]", "", text[: found.start()])  # ("in Northampton")
    if re.search(r"(?<!^)\b[A-Z][a-z]+", before):
        return text
    if dict(tag(text)).get(found["next"], "") not in ("NN", "NNS", "JJ", "VBG"):
        return text  # ("helped her get started": "her" is whom they helped)
    return f"{text[: found.start()]}your{text[found.start() + 3:]}"


_THEIR_VERB_FIRST = lazy_regex(r"^[a-z]+s\s+(?:in|at|on|for|with|across|about)\s")
"""A lower-case word in "-s" before a preposition ("lectures in…", "works at…"): their verb, said of them."""


def _could_be_their_verb(text: str, head: str) -> bool:
    """A lower-case first word that is a verb's base form ("study seagrass…"), in a phrase that names no role.

    "line cook at Dishoom" and "design lead at Monzo" end in a role before "at", so they are roles.
    """
    if not (text[:1].islower() and head not in frame(JOB, "roles") and is_verb(head) and base_form(head) == head):
        return False
    second = tag(text)[1][1] if len(text.split()) > 1 else ""
    if second in ("JJ", "DT", "PRP$", "CD"):
        return True  # "train new bus drivers at…", "run the night freight planning": a verb and its object
    before_preposition = re.split(r"\s+(?:at|in|for|of|with|on)\s+", text, maxsplit=1)[0].split()
    last = before_preposition[-1].lower() if before_preposition else ""
    # a role in the plural is whom they work with ("train orientation and mobility specialists at…" read as "Your
    # experience as a train orientation and mobility specialists", review 102): one person's role is singular
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is"))
    return plural or not (last in frame(JOB, "roles") or _ROLE_ENDING.search(last))


def _role_word_doing(text: str) -> bool:
    """"manage a team of 12", "coach junior doctors": a word that names a role, used as the user's verb (review 73)."""
    words = re.split(r",|\s+(?:at|in|for|of|with|on|from|since|about)\s+|\s+(?=\d)", text, maxsplit=1)[0].split()
    if len(words) < 2:
        return False
    tags = [t for _, t in tag(" ".join(words))]
    return tags[1] in ("DT", "PRP$") or tags[-1] == "NNS"


def _kind_of_role_for_years(text: str) -> bool:
    """"lift engineer since 2 years": a word that can be a verb names the kind of the role noun after it."""
    years = _YEARS.match(text)
    words = years.group("np").split() if years else []
    role = words[1].lower() if len(words) == 2 else ""
    return bool(role) and tag(role)[0][1] == "NN" and (
        role in frame(JOB, "roles") or re.search(r"(?:er|or|ist|ian)$", role) is not None)


_ROLE_ENDING = lazy_regex(r"(?:er|or|ist|ian|ant|ent|ee|ive|head|lead|chef|cook|nurse|officer|fellow)s?$")


_SPLICED_I = lazy_regex(r"(?:,|\s+[—–-])\s+(?=I(?:'m|'ve|'d|'ll)?\s)|"
                        # ("3 questions by email, you can answer when you have the time", review 109)
                        r",\s+(?=(?-i:you)\s+(?:can|could|may|don'?t\s+have\s+to|do\s+not\s+have\s+to)\s+\w)|"
                        r",\s+(?!(?:whichever|whatever|whenever|wherever|if|when)\b)"
                        r"(?=[^,]{1,60}?\b(?:(?:works?|suits?)\s+(?:best|better)|"
                        r"(?:is|would be)\s+(?:best|easiest|ideal))\b)")
"""A comma or a dash before a new clause of the user's own ("…, I have 3 questions", "… — I can fit around your
clinics", review 97, "…, tues or thurs after 4pm works best for me"; "…, you can answer when you have the time",
review 109): the ask ends there."""


_OR_I_CAN = lazy_regex(r"\s+or\s+(?=i\s+(?:can|could|am happy|'m happy|would be happy)\b)", re.IGNORECASE)
_WAY_OUT_AFTER = lazy_regex(r",\s+(?=(?:no (?:worries|pressure|stress|problem)|"
                            r"(?:totally|completely) (?:fine|understand)|all good|"
                            r"i (?:totally |completely )?understand)\b[^?]*$)", re.IGNORECASE)
"""The user's own way out after the request ("…, no worries if ur too busy")."""
_I_WOULD_DO = lazy_regex(r"\b(?:could|can|may|might)\s+i\b|\bi\s+(?:could|can)\b", re.IGNORECASE)
_OR_A_VERB = lazy_regex(r"^or\s+(?=(?:pay|come|help|work|send|bring|visit|join|volunteer|shadow|call|email|drop by|"
                        r"buy|cover|do)\b)", re.IGNORECASE)
"""An offer of the user's after their first, typed without its "I could" ("or pay for a day course…")."""
_OPENING_WITHOUT_ARTICLE = lazy_regex(r"\b(?P<verb>have|has|had|offer|offers)\s+(?!(?:a|an|the|any|some|your|my|no)\b)"
                                      r"(?P<np>(?:[\w-]+\s+)?(?:position|vacancy|opening|role|job|place|spot|"
                                      r"internship|placement|studentship))\b(?!s)", re.IGNORECASE)
"""A post asked about with no article ("have postdoc position"): "have a postdoc position"."""
_QUESTION_AFTER = lazy_regex(r",\s+(?=(?:is|are|was|does|do|should|would it)\s+(?:it|this|that|they|there)\b[^,]*\?$)",
                             re.IGNORECASE)
"""A question of the user's own after the ask ("…, is it worth it?"): a sentence of its own."""
_WHEN_SUITS_AFTER = lazy_regex(
    r",\s+(?=(?:any|most|all|either|the|weekends?|weekdays?|mornings?|evenings?|afternoons?|lunchtimes?|"
    r"anytime|any\s+time|whenever)\b[^,?]{0,30}?\b(?:is|are|works?|suits?)\s+(?:fine|good|best|great|ok|okay|"
    r"better|easiest|for me)\b[^,?]*\??$"
    # ("…, unpaid is fine": the terms the user accepts, review 75)
    r"|(?!(?:if|when|whatever|whichever|whenever|that|this|it)\b)(?:[\w'-]+\s+){0,2}?[\w'-]+\s+(?:is|are|would be)\s+"
    r"(?:totally\s+|completely\s+|also\s+|absolutely\s+)?(?:fine|ok|okay|no problem|not a problem)\b[^,?]*\??$)",
    re.IGNORECASE)
"""When suits the user, or terms they accept, after the ask ("…, any weekend is fine", "…, unpaid is fine"): a
statement, never inside the question."""


_PLEASE = lazy_regex(r"^\W*(?:please|pls|plz|pretty please)\W*$", re.IGNORECASE)

_MINUTES_OF_ZOOM = lazy_regex(r"(?<![\d–-])\b(\d+)\s?-?\s?min(?:ute)?s?\s+zoom\b(?!\s+(?:call|chat|meeting))",
                              re.IGNORECASE)
"""A Zoom call asked for by its length ("a 20 min zoom"); a range ("15-20 min zoom") is left as typed."""
_IF_REQUESTS = (
    (lazy_regex(r"^(?:i was wondering |wondering )?if (?:it )?(?:is|'s|would be|will be) possible (?:for me )?to\s+",
                re.IGNORECASE), "Would it be possible to "),
    (lazy_regex(r"^(?:i was wondering |wondering )?if you(?:'d| would| are|'re) (?:be )?(?=open|up|willing|available)",
                re.IGNORECASE), "Would you be "),
    # "if you would have 20 minutes for me…": asked as "Would you have 20 minutes…?" (review 65 reading)
    (lazy_regex(r"^(?:i was wondering |wondering )?if you (?:would|could) have (?=(?:\d+|a few|some|time|half)\b)",
                re.IGNORECASE), "Would you have "),
    (lazy_regex(r"^(?:i was wondering |wondering )?if you (?:could|can|would)\s+", re.IGNORECASE), "Could you "),
    (lazy_regex(r"^(?:i was wondering |wondering )?if you (?:have|had) (?=(?:the |any )?time\b)", re.IGNORECASE),
     "Would you have "),
    (lazy_regex(r"^(?:i was wondering |wondering )?if i (?:can|could|may)\s+", re.IGNORECASE), "Could I "),
    # "Would be possible to have a call?": the non-native question without its "it"
    (lazy_regex(r"^would be (?=possible|ok\b|okay|alright|fine)", re.IGNORECASE), "Would it be "),
    (lazy_regex(r"^is (?=possible|ok\b|okay)", re.IGNORECASE), "Is it "),
    # "if is possible I help in your next firing": the non-native "possible I help" is "possible for me to help"
    (lazy_regex(r"^(?:i was wondering |wondering )?if (?:it )?(?:is|'s|would be) possible (?:that )?i\s+(?=[a-z])",
                re.IGNORECASE), "Would it be possible for me to "),
    # "I would be grateful if I can sit with you during one sim session": the request inside the gratitude (review 64)
    (lazy_regex(r"^i(?:'d| would) (?:be (?:very |most |so |really )?(?:grateful|thankful|glad|happy)|appreciate it) if "
                r"i (?:can|could|may|might)\s+", re.IGNORECASE), "Would it be possible for me to "),
    (lazy_regex(r"^i(?:'d| would) (?:be (?:very |most |so |really )?(?:grateful|thankful|glad|happy)|appreciate it) if "
                r"you (?:can|could|would)\s+", re.IGNORECASE), "Could you "),
)
"""An ask typed as an "if" clause with no question ("if is possible to…", "if you could…"), and its question."""


_POLITE_LEAD = lazy_regex(r"^(?:(?:please|pls|plz|kindly),?\s+)?(?:if (?:it is |it's |is )?possible,?\s+)?"
                          r"(?<=\S\s)(?=(?:a|an|one|some|your|\d+)\b)", re.IGNORECASE)
"""A polite lead before a thing asked for ("please one call…", "if possible a short chat"); never before a verb."""
_BARE_UNIT = lazy_regex(r"\b(\d+)\s+(minute|hour)\b(?=\s*[?!.,]*$)", re.IGNORECASE)
"""A count of minutes at the end, typed singular ("one call of 20 minute"): plural, the one agreement it needs."""


_MENTORSHIP_ITSELF = lazy_regex(r"^(?:(?:would you\s+)?(?:be\s+)?(?:my\s+|a\s+)?(?:mentor(?:ing|ship)?)(?:\s+me)?"
                                r"|(?:(?:would you\s+)?mentor me))\W*$", re.IGNORECASE)
"""An ask that is mentorship itself, in a word or two: "mentor?", "be my mentor", "mentorship??"."""


_WILLING_AFTER = lazy_regex(r",\s+(?:and\s+)?(?:i'?m\s+|i am\s+)?(?=(?:happy|glad|willing|able|free|flexible)\s+to\s)",
                            re.IGNORECASE)
"""The user's offer after the request ("…, happy to come to you")."""


_TIME_TO_DO = lazy_regex(r"^(?:an?|one|\d+|half an?)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:hour|minutes?|mins?|morning|afternoon|day)s?\s+to\s+"
                        r"(?:visit|ask|see|come|shadow|learn|hear|watch|observe|sit in|pick)\b", re.IGNORECASE)
"""Time asked for to do something the user does ("an hour to visit the bakery", "a morning to shadow you")."""


_WH_ASK = lazy_regex(r"^(?:which|what|how|where|who|when)\s+(?!about\b|abt\b)"
                     # ("how did you get your first…?" is asked as typed: a direct question, session 56)
                     r"(?!(?:did|do|does|are|is|was|were|would|could|can|should|will|have|has|much|many|long)\b)\S",
                     re.IGNORECASE)
"""An ask typed as the question itself ("which CAM software to learn first"), asked with "Could I ask…"."""
_SECOND_QUESTION = lazy_regex(r"\s+(?:\+|&|and)\s+(?=(?:do|does|are|is)\s+you\s+\w+)", re.IGNORECASE)
"""A second question joined to the ask ("… + do you know of any openings")."""


_TOPIC_AFTER_THE_ASK = lazy_regex(r"^(?:how|what|why|where|when|which)\s+(?:you|he|she|they)\s+[a-z]+", re.IGNORECASE)
"""What a call is for, typed after it as a bare wh-clause ("how u found first location")."""


def ask_sentence(ask: str, voice: Voice, mentor: str = "") -> str:
    """The user's single request, whole, as a question when its shape allows one."""
    # "Could we have a short call…; or if you prefer, I could send…": the alternative is a sentence of its own
    # ("…; or if you prefer? I could send…", review 58)
    # (", or if you prefer, I could send you 2 cases" after "I would like to know if…": a statement's full stop,
    # never the fragment "…one morning, or if you prefer.", review 90)
    a_question = re.match(r"(?:could|would|can|may|might|is|are|do|does|will|shall)\b", ask.strip(), re.IGNORECASE)
    ask = re.sub(r"\s*[;,]\s*or\s+(if you(?:'d)? prefer|if that's easier|alternatively),?\s+(?=i\b)",
                 lambda m: f"{'?' if a_question else '.'} Or, {m[1]}, ", ask.strip(), flags=re.IGNORECASE)
    pieces = pieces_of(_user_text(ask, mentor))
    if not pieces:
        return ""
    if len(pieces) > 1 and _TOPIC_AFTER_THE_ASK.match(pieces[1]) and not pieces[1].rstrip().endswith("?"):
        # "15 min call? how u found first location + how u priced": what the call is for, asked with it, never a
        # fragment of its own ("How you found first location and how you priced.", review 84)
        pieces = [f"{pieces[0].rstrip(' ?.!')}, so I can ask {lower_first(pieces[1].rstrip(' .!'))}", *pieces[2:]]
    # "a 15 min call whenever suits, I have 3 questions": the clause after the comma is its own sentence.
    pieces = [*_SPLICED_I.split(pieces[0], maxsplit=1), *pieces[1:]]
    # "a 20 min phone call or i can call into the yard": the request, then the user's offer as its own sentence
    offer = _OR_I_CAN.search(pieces[0])
    if offer:
        pieces = [pieces[0][: offer.start()], f"Or {pieces[0][offer.end():]}", *pieces[1:]]
    # "an hour every couple of weeks…, happy to come to you": the user's offer, "I'm happy to come to you." (review 56)
    willing = _WILLING_AFTER.search(pieces[0])
    if willing:
        pieces = [pieces[0][: willing.start()], f"I'm {pieces[0][willing.end():]}", *pieces[1:]]
    # "…if they could look at my portfolio": in a message to them, "you"
    pieces[0] = re.sub(r"\bthey\b(?=\s+(?:could|would|can|might|have|had|are|were)\b)", "you", pieces[0])
    pieces[0] = re.sub(r"^(i\s+)?(would love|'d love|would like|'d like)\s+if\b", r"\1\2 it if", pieces[0],
                       flags=re.IGNORECASE)
    # "a 20 min phone call…, no worries if ur too busy": the user's way out, a sentence of its own after the question
    way_out = _WAY_OUT_AFTER.search(pieces[0])
    if way_out:
        pieces = [pieces[0][: way_out.start()], pieces[0][way_out.end():], *pieces[1:]]
    # "any chance I could work a week for u…? or pay for a day course…": the user's other offer, with its "I could"
    if _I_WOULD_DO.search(pieces[0]):
        pieces = [pieces[0], *(_OR_A_VERB.sub("Or I could ", p) for p in pieces[1:])]
    # "15 min call about the IAPP certificate, is it worth it?": the request, then the user's question
    pieces = [*_QUESTION_AFTER.split(pieces[0], maxsplit=1), *pieces[1:]]
    # "any advice on what to do to get considered + do u know of any openings": two questions, each its own (review
    # 71: "Could I ask for your advice on … and do you know of any openings?" fused them)
    second = _SECOND_QUESTION.search(pieces[0])
    if second:
        asked = pieces[0][second.end():].rstrip(" ?.!")
        pieces = [pieces[0][: second.start()], f"And {asked}?", *pieces[1:]]
    pieces = [*_WHEN_SUITS_AFTER.split(pieces[0], maxsplit=1), *pieces[1:]]
    # a lone "pls" after the ask: the frame already asks politely
    first, rest = without_hedge(pieces[0]), [sentence(p) for p in pieces[1:] if not _PLEASE.match(p)]
    first = re.sub(r"^to\s+", "", first, flags=re.IGNORECASE)
    first = re.sub(r",?\s+(?:please|pls|plz)(?=\s*[?!.]*$)", "", first, flags=re.IGNORECASE)  # "15 min chat pls"
    # "please if possible one call of 20 minute": the frame asks politely and the easy out leaves room, so a
    # polite lead before a thing asked for goes (never "Would you be willing to please if possible one call…")
    first = _POLITE_LEAD.sub("", first)
    first = _BARE_UNIT.sub(lambda m: f"{m.group(1)} {m.group(2)}s" if int(m.group(1)) > 1 else m.group(0), first)
    for lead, question in _IF_REQUESTS:  # "if is possible to stage one day…": a request missing its question
        first = lead.sub(question, first)
    # "a 20 min zoom": a Zoom call ("a 20-minute Zoom call", session 60 reading)
    first = _MINUTES_OF_ZOOM.sub(r"\1-minute Zoom call", first)
    # "15 min call" -> "a 15-minute call": the user's own number, written as a size.
    first = re.sub(r"\b(\d+)\s?-?\s?min(?:ute)?s?\b(?=\s+(?:video |phone |zoom |quick )?(?:call|chat|meeting|coffee|"
                   r"conversation|catch-up|session|slot)\b)", r"\1-minute", first)  # fmt: skip
    # "20 or 30 minutes call": one call of either length, "a 20- or 30-minute call"
    first = re.sub(r"\b(\d+)\s+(?:or|to|-)\s+(?=\d+-minute\b)", r"\1- or ", first)
    first = re.sub(r"^(?=\d+(?:[-–]\d+)?-(?:minute| or)\b)|(?<=\bmaybe )(?=\d+-minute\b)|"
                   r"(?<=\bor )(?<!- or )(?=\d+-minute\b)|(?<=\bfor )(?=\d+- or\b)", "a ", first)
    first = re.sub(r"^(?=(?:couple|few|handful)\s+of\b)", "a ", first, flags=re.IGNORECASE)  # "couple of qs"
    # "quick chat over coffee", "short call next week": one of them, so "a"
    first = re.sub(r"^(?=(?:quick|short|brief|small|casual|informal)\s+[a-z]+(?<!s)\b)", "a ", first,
                   flags=re.IGNORECASE)
    # "spare 30 minutes phone call": the time, for a call
    first = re.sub(r"\b(spare|give me|have)\s+(\d+)-minute\s+(?=(?:video |phone |zoom |quick )?(?:call|chat)\b)",
                   r"\1 \2 minutes for a ", first, flags=re.IGNORECASE)
    first = re.sub(r"^(?:what|how)\s+(?:about|abt)\s+(?=\S)", "", first, flags=re.IGNORECASE)  # "what about a call"
    asked_wh = _WH_ASK.match(first)
    if asked_wh:
        # "which CAM software to learn first and would u look at my first program…": a question of theirs to answer,
        # then a second request of its own (was "Would you be up for which CAM software, so I can…", review 72)
        second = re.search(r"\s+and\s+(?=(?:would|could|can|will)\s+you\b)", first, re.IGNORECASE)
        if second:
            rest = [f"And {first[second.end():].rstrip(' ?.!')}?", *rest]
            first = first[: second.start()]
    if asked_wh or re.match(r"^(?:whether|if)\s", first, re.IGNORECASE):
        # "whether you might take PhD students in 2027, and if so a 20-minute video call": asked, not "available for"
        # (the second request after "if so" is asked for too: "…, and if so, for a 20-minute video call")
        body = re.sub(r",?\s+and\s+if\s+(?:so|yes),?\s+(?=(?:a|an|some|one|\d)\b)", ", and if so, for ",
                      clause(first).rstrip("?"))
        # (and after "if not"/"if that is not allowed": "…, and if that is not allowed, for a short phone call",
        # review 77)
        body = re.sub(r"(,?\s+(?:and|or)\s+if\s+(?:not|that(?:'s| is)\s+not\s+\w+|that\s+isn't\s+\w+)),?\s+"
                      r"(?=(?:a|an|some|one|\d)\b)", r"\1, for ", body)
        # "whether you might have postdoc position": one of them ("a postdoc position", review 70)
        body = _OPENING_WITHOUT_ARTICLE.sub(lambda m: f"{m['verb']} {article_for(m['np'])} {m['np']}", body)
        return " ".join([fill(_toned(frame(JOB, "ask", "whether"), voice), x=body), *rest])
    # "maybe you can give me some advices about…?": a request typed as a statement is asked ("Could you give me…")
    first = re.sub(r"^you\s+(?:can|could|would|might)\s+(?=[a-z])", "Could you ", first, flags=re.IGNORECASE)
    # "maybe we can meet for coffee when ur in Joburg": asked, never "We can meet for coffee…" told to them
    first = re.sub(r"^(we|i)\s+(?:can|could|might)\s+(?=[a-z])",
                   lambda m: "Could we " if m[1].lower() == "we" else "Could I ", first, flags=re.IGNORECASE)
    first = re.sub(r"\badvices\b", "advice", first, flags=re.IGNORECASE)  # a non-native plural of a mass noun
    # "Please can you spare 30 minutes…": already the question, asked as typed (never "Would you be willing to please…")
    first = re.sub(r"^(?:please|pls|plz),?\s+(?=(?:can|could|would|will)\s+you\b)", "", first, flags=re.IGNORECASE)
    wanted = _ADVICE_ON.match(first)
    if wanted:  # "advice on how you priced…" is theirs to give: asked for, never "open to advice"
        return " ".join([fill(_toned(frame(JOB, "ask", "advice"), voice), x=clause(first[wanted.end():]).rstrip("?")),
                         *rest])
    # "chat?" / "call sometime next week": one of them, so "a chat"
    # (not "chat for 20 mins", a verb: "Could we chat for 20 minutes?")
    first = re.sub(r"^(?=(?:chat|call|coffee|conversation|meeting|catch-up|video call|phone call|coffee chat|"
                   r"video chat|zoom call|quick call|quick chat)"
                   r"(?:\W*$|\s+(?:sometime|next|this|soon|whenever|over|on)\b))", "a ", first, flags=re.IGNORECASE)
    if _MENTORSHIP_ITSELF.match(first):  # "mentor?" is no thing to be open to: "Would you be open to mentor?"
        return " ".join([_toned(frame(JOB, "ask", "mentoring"), voice), *rest])
    kind = shape(first)
    if kind == "question" and shape(first.rstrip("?! ")) in ("noun", "gerund"):
        kind = "noun"  # "20 min video call sometime in may??": a thing asked for, framed like one
    elif kind == "question" and shape(first.rstrip("?! ")) == "verb":
        kind = "verb"  # "visit your farm?": a bare verb asked, framed like one ("Could I visit your farm?")
    if kind == "first_person" and first_word(first) in ("would", "could", "can"):
        return " ".join([sentence(f"I {clause(first)}"), *rest])
    body = clause(first).rstrip("?")
    if kind == "verb":
        head = first_word(body)
        if head in frame(JOB, "ask_verbs_us") and head not in ("grab",):
            key = "verb_us"
        else:
            key = "verb_me" if base_form(head) in frame(JOB, "ask_verbs_me") else "verb_you"
        framed = fill(_toned(frame(JOB, "ask", key), voice), x=body)
    elif kind in ("noun", "gerund"):
        # "…, for a quick call" after its hedge is dropped: the frame already ends in "for"
        body = re.sub(r"^for\s+", "", body)
        # "Would you be available for 30 minutes, to ask how you prepared": the user asks, not them
        body = re.sub(r",?\s+to (ask|hear|learn|understand)\b", r", so I can \1", body, count=1)
        # "10 min of your time after your lecture" is asked for, not something they are open to
        # ("an hour to visit the bakery … and ask you both…": the user visits and asks, so it is time asked for,
        # never "Would you be open to an hour to visit…", review 59)
        key = "your_time" if re.search(r"\bof your time\b", body, re.IGNORECASE) or _TIME_TO_DO.match(body) else "noun"
        framed = fill(_toned(frame(JOB, "ask", key), voice), x=body)
    elif kind == "question":
        framed = sentence(body + "?")
    else:
        framed = sentence(first)
    return " ".join([framed, *rest])


def easy_out(voice: Voice, ask: str = "") -> str:
    """A line that makes declining painless, in the draft's tone.

    The short form when the full one would end as the ask does ("no rush at all" then "…no worries at all").
    """
    line = _toned(frame(JOB, "easy_out", "compact" if voice.compact else "full"), voice)
    ending = re.findall(r"[a-z']+", line.lower())[-2:]
    # "…whenever suits you?" then "Should the timing not suit you…": the same word twice in a row
    echoed = set(content_stems(ask)) & set(content_stems(line)) - {"understand", "entire"}
    if not voice.compact and ending and (re.findall(r"[a-z']+", ask.lower())[-2:] == ending or echoed):
        return _toned(frame(JOB, "easy_out", "compact"), voice)
    if not voice.compact and ask and not _MEETS.search(ask) and not has_duration(ask):
        # a question to answer in writing ("tell me which programmes you would recommend") has no timing to suit
        # ("Should the timing not suit you…", session 59): the short way out
        return _toned(frame(JOB, "easy_out", "compact"), voice)
    return line


_MEETS = lazy_regex(r"\b(?:call|chat|meet|meeting|coffee|cuppa|lunch|zoom|teams|video|phone|talk|speak|session|"
                    r"visit|shadow|stage|sit in|come|drop by|time|minutes?|mins?|hours?|catch up|mentor|mentoring|"
                    r"days?|watch|shift)\b", re.IGNORECASE)
"""What makes an ask a meeting or time together, whose timing may not suit them."""


def greeting_line(name: str, voice: Voice) -> str:
    """The greeting, with the honorific as given: "Hi Amaka," / "Dear Mr. Tanaka," / "Hi Tomás!"."""
    return fill(_toned(frame(JOB, "greeting"), voice), name=greeting_name(name, voice.tone == "formal"))


def sign_off(voice: Voice, my_name: str) -> str:
    """The closing and the user's name for email and LinkedIn messages; nothing without a name to sign."""
    if voice.compact or not my_name.strip():
        return ""
    closings = frame(JOB, "closing")
    closing = _toned(closings.get(voice.channel, closings["email"]), voice)
    return f"{closing}\n{name_case(my_name)}"


def subject_line(values: Mapping[str, Any], voice: Voice) -> str:
    """An email subject: the goal when it is short and reads as a topic, else a plain one."""
    pieces = pieces_of(_user_text(str(values.get("goal") or "")))
    goal = _owned(without_hedge(pieces[0].rstrip("."))) if pieces else ""
    kind = shape(goal) if goal else "noun"
    topic = ""
    if goal and len(goal.split()) <= 7 and kind in ("verb", "gerund", "noun", "infinitive"):
        body = re.sub(r"^to\s+", "", clause(goal), flags=re.IGNORECASE)
        head = body.split(" ")[0]
        topic = f"{gerund(head)}{body[len(head):]}" if kind in ("verb", "infinitive") else body
        # "learn voicing of organ pipes" -> "voicing of organ pipes", not "learning about learning…"
        topic = re.sub(r"^(?:learning|understanding|studying)\s+(?:about\s+|how\s+to\s+)?", "", topic) or topic
        # "learning to make cane and murrine": what to learn is making it, never "Hoping to learn about to make…"
        # (review 81)
        to_do = re.match(r"^to\s+(?P<verb>[a-z]+)\b", topic)
        topic = f"{gerund(to_do['verb'])}{topic[to_do.end():]}" if to_do else topic
    key = "topic" if topic else "plain"
    return fill(_toned(frame(JOB, "subject", key), voice), x=topic)
