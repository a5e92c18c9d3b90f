"""An acknowledgement made from what the partner actually said, for hints and the debrief's line to add.

The scenario's model acknowledgement carries the scenario's own story ("the release has taken a lot out of
you"), which the partner may never have told this user (blind review r10). When the partner gave their side
("I didn't know you wanted it written up."), the example says that back instead ("So you didn't know I wanted
it written up."): the listening the criterion asks for, in this conversation's facts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from coach.lazy_patterns import lazy_regex

_THEIR_SIDE = lazy_regex(
    r"^(?:(?:honestly|well|look|to be honest|from my side|for me|i mean|okay|ok|fine|yes|yeah|no|oh|i know|sure|right|"
    r"fair)[,.!…]*\s+)*"
    r"(?P<said>(?:i|i'm|i've|i'd|my|we|we've|the|a|an|it's|it|nobody|no one|there|everyone)\b.{12,140}?)[.!…]*$",
    re.IGNORECASE)
"""A sentence of the partner's own side ("Honestly, the release has eaten my evenings"), after a word that only
leads in."""
_NOT_THEIR_SIDE = lazy_regex(
    r"\?|\b(?:thank|thanks|sorry|fair|agree|deal|works for me|sounds good|let's|shall we|i'll|i will|"
    r"i can live with|that's settled|makes sense|i hope|i'm listening|go on|tell me|what do you|i don't follow|"
    # brush-offs: "So you don't need the long version." taught nothing worth saying back (review r16)
    r"(?:don't|do not) (?:need|have time|want to hear)|no time|the long version|get to the point|not convinced|"
    r"said my piece|not going to|waste of|make it smaller|have to run|got to go|"
    # a concession, a welcome or a claim of standing said back reads as the user's own ("So it's my time and money,
    # and I know my life better than you do.", "So you'd want me to bring the questions…", review r18)
    r"sounds like fun|sounds fun|feel better|glad|happy to|appreciate|it matters|better than i do|"
    r"your (?:time|money|life|call|decision|choice|career)|you know (?:your|best|better)|i've seen a lot|"
    r"i'd want you to|i want you to|"
    # a hurt remark said back confirms it ("So you didn't realise you were such a bad mentor.", review r19)
    r"such a|bad mentor|terrible|useless|hopeless|a failure|"
    # the partner soothing the user ("I can hear this is hard.", "I'm not attacking you"): said back, it is their
    # own comfort, never what the feedback said (review r34: "So you can hear this is hard.")
    r"i can (?:hear|see|tell)|not attacking|i promise|this is hard for you|"
    # a jab at the user ("I knew you'd get defensive about it."): said back, it agrees to it (review r36)
    r"defensive|you'd get|you would get|knew you'd|knew you would|"
    # the partner announcing its feedback ("I need to give you some feedback about Thursday, and I'd rather you didn't
    # argue…"): said back, it is the announcement, never what the feedback said (review r46)
    r"give you (?:some )?feedback|rather you didn't|until i've finished)\b",
    re.IGNORECASE)
"""Lines that answer the user (thanks, agreement, questions, promises) or brush them off, rather than telling their
side."""
_SAYS_WHY = lazy_regex(
    r"\b(?:because|didn't|did not|don't|wasn't|haven't|hadn't|thought|kept|been|felt|feel|know|knew|busy|"
    r"eaten|drop|forgot|nobody|no one|never|always|trying|worried|hard|honestly|had|did|told|tell|takes|pressure|"
    r"easier|harder|enough|time|think|wondered|wonder|suited|suits|"
    # what went wrong, as feedback says it ("It ran twenty minutes over and the ask was buried.", review r46)
    r"over|buried|missed|wrong|late|lost|unclear)\b", re.IGNORECASE)
"""Words of a reason or a state, which make a line worth saying back."""

_SWAPPED = {
    "i": "you", "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll", "me": "you", "my": "your",
    "mine": "yours", "myself": "yourself", "you're": "I'm", "you've": "I've", "you'd": "I'd", "you'll": "I'll",
    "your": "my", "yours": "mine", "yourself": "myself",
}
"""The partner's words as the user says them back: their "I" is the user's "you", and the other way round."""
_VERB_AFTER = {("i", "was"): "were", ("i", "wasn't"): "weren't", ("i", "am"): "are", ("you", "were"): "was",
               ("you", "weren't"): "wasn't", ("you", "are"): "am", ("you", "aren't"): "am not"}
"""The verb after a swapped pronoun, agreed with its new subject ("you weren't" said back is "I wasn't")."""
_OBJECT_BEFORE = frozenset({"to", "and", "about", "for", "with", "at", "in", "on", "too", "again", "so", "that",
                            "this", "it", "the", "a", "an", "if", "but", "or", "when", "because", "i", "i'd", "i'm",
                            "i've", "he", "she", "we", "they", "what", "how", "why", "where", "whether", "not",
                            "every", "each", "all", "once", "twice", "back", "up", "out", "off", "down", "over"})
"""Words after which a "you" was an object ("it bothered you and…"): said back as "me"."""
_TAKES_YOU = frozenset({"help", "helps", "helped", "tell", "told", "give", "gave", "show", "showed", "ask", "asked",
                        "see", "saw", "meet", "call", "send", "let", "make", "thank", "push", "rush", "pay", "trust",
                        "hear", "heard", "rely", "on", "than", "like", "love", "miss", "bother", "bothered",
                        "kept", "keep", "left", "leave", "got", "get", "put", "brought", "took", "take", "met",
                        "caught", "found", "find", "want", "need", "expect", "owe", "owed", "paid", "bring", "teach",
                        "taught"})
"""Words before which a "you" is an object ("…sessions that really help you than…"): said back as "me"."""
_SUBJECT_AFTER = frozenset({"thing", "something", "nothing", "anything", "everything", "morning", "evening", "during",
                            "need", "bed", "red", "shed"})
"""Words in "-ing" or "-ed" after which a "you" starts a clause ("the thing you said", "during you talk")."""
_AUXILIARIES = frozenset({"would", "will", "could", "can", "should", "might", "must", "did", "do", "didn't", "don't",
                         "had", "have", "were", "are", "weren't", "aren't", "wouldn't", "won't", "couldn't", "can't"})
_TOKEN = lazy_regex(r"[A-Za-z']+|[^A-Za-z']+")
_LOWER_FIRST = lazy_regex(r"^(?:The|It|It's|We|We've|My|A|An|There|That|This|Nobody|No one|Everyone)\b")
_SAID_BACK_WORDS = 30
_SIDE_WORDS = 6


def acknowledgement_from(partner_lines: Sequence[str]) -> str | None:
    """The partner's latest line of their own side, said back ("So you didn't know…"), or None."""
    for line in reversed(partner_lines):
        for sentence in reversed(re.split(r"(?<=[.!?…])\s+", line.strip())):
            side = _THEIR_SIDE.match(sentence.strip())
            # (six words at least: "I'd much rather know." says too little to say back)
            if side and not _NOT_THEIR_SIDE.search(sentence) and _SAYS_WHY.search(side["said"]) and len(
                    side["said"].split()) >= _SIDE_WORDS:
                said = said_back(side["said"])
                if len(said.split()) <= _SAID_BACK_WORDS:
                    return f"So {said}."
    return None


_TRAILING_FILLER = lazy_regex(r"(?:,\s*(?:you know|you see|i guess|i suppose|right|honestly|to be honest)|"
                              # ("I thought I'd done it right." said back "So you thought you'd done it.", r36)
                              r"\s+(?:you know|you see|i guess|i suppose|to be honest))\W*$", re.IGNORECASE)


def _you_is_object(before: str, after: str, gap: str) -> bool:
    """Whether a "you" between ``before`` and ``after`` (lower case; ``gap`` the marks after it) is an object."""
    if re.search(r"[.,;!?…]", gap):
        return True
    if after in _AUXILIARIES:
        return False  # a "you" before "would" starts a clause: "I expected you would ask"
    # ("I hated moving you every time." said back "So you hated moving I every time.", review r46)
    after_a_verb = before.endswith(("ing", "ed")) and before not in _SUBJECT_AFTER
    return after in _OBJECT_BEFORE or not after or before in _TAKES_YOU or after_a_verb


def said_back(text: str) -> str:
    """``text`` from the other side: "I didn't know you wanted it" -> "you didn't know I wanted it"."""
    # ("I'm only trying to help, you know": a filler at the end is not said back, never "…help, me know", r35)
    text = _TRAILING_FILLER.sub("", text.replace("’", "'").strip())
    tokens = _TOKEN.findall(text)
    words = [i for i, t in enumerate(tokens) if t[:1].isalpha() or t[:1] == "'"]
    out = list(tokens)
    for position, index in enumerate(words):
        word = tokens[index].lower()
        before = tokens[words[position - 1]].lower() if position else ""
        after_index = words[position + 1] if position + 1 < len(words) else None
        after = tokens[after_index].lower() if after_index is not None else ""
        gap = "".join(tokens[index + 1: after_index]) if after_index is not None else "."
        if word == "you":
            out[index] = "me" if _you_is_object(before, after, gap) else "I"
        elif word in _SWAPPED:
            out[index] = _SWAPPED[word]
        elif (before, word) in _VERB_AFTER:
            out[index] = _VERB_AFTER[(before, word)]
    said = "".join(out)
    if _LOWER_FIRST.match(said):
        said = said[:1].lower() + said[1:]
    return said.rstrip(" .!…")
