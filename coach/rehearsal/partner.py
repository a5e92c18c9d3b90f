"""The offline partner: a deterministic state machine driven by what the user has said.

Each user turn moves a *rapport* score: good moves (acknowledgement, I-statements, a concrete
proposal…) raise it, poor ones (blame, absolutes, sarcasm…) lower it. Difficulty sets how fast.

Rapport says *how* the partner feels; what it answers is decided by what the user has actually
raised so far (:data:`FACETS`: the purpose, the issue, its impact, a question, a proposal, a
follow-up). The partner never concedes before the issue is named; it answers a question about its
side with its side; it answers a concrete proposal concretely (accepts it quoting the user's own
specifics, counters with specifics, or asks one real question); a persona's patience and the
difficulty decide how many good turns it holds out before it moves. No line is said twice.

The LLM partner gets the same :class:`Reaction`, intent included, so both engines answer the same
thing and the debrief scores the same moves.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from coach.checks import DATE_PATTERN, DURATION_PATTERN, STOPWORDS, word_set
from coach.compose import upper_first
from coach.grammar import has_main_verb
from coach.lazy_patterns import lazy_regex
from coach.rehearsal.moves import DetectedMove, load_moves, small_talk_only, split_sentences
from coach.rehearsal.reflect import said_back
from coach.rehearsal.rubric import load_rubric
from coach.rehearsal.scenarios import (
    COLD_MOVES,
    CUSTOM,
    MILD_MISSTEPS,
    QUESTION_KINDS,
    Difficulty,
    Persona,
    Scenario,
    Stage,
    Tone,
)
from coach.writing import expand_shorthand, lower_first

Facet = Literal["purpose", "issue", "impact", "question", "proposal", "follow-up"]
FACETS: dict[str, Facet] = {
    "purpose-statement": "purpose",
    "specific-observation": "issue",
    "blame": "issue",
    "absolutes": "issue",
    "i-statement": "impact",
    "asks-their-view": "question",
    "concrete-proposal": "proposal",
    "follow-up": "follow-up",
}
"""What each move puts on the table. An accusation does name the issue, badly."""
Intent = Literal[
    "invite",
    "greeted",
    "answer-first",
    "ask-why",
    "accept",
    "counter",
    "rebuff",
    "pin-down",
    "answer",
    "concede",
    "hold-out",
    "engage",
    "cold",
    "push-back",
    "neutral",
    "resolve",
    "close-unresolved",
]
INTENT_DIRECTIONS: dict[Intent, str] = {
    "invite": "They have said why they are here but not what the problem is. Invite them to say it; concede nothing.",
    "greeted": "They only greeted you or thanked you for your time: answer in kind in a few words, then ask what "
    "they wanted to talk about; concede nothing.",
    "answer-first": "They asked about you before raising anything: answer in a sentence, in character, then ask what "
    "they wanted to talk about; concede nothing.",
    "ask-why": "They proposed a change before saying what is wrong. Ask one real question about what it would fix.",
    "accept": "Accept their proposal, repeating its specifics in your own words.",
    "counter": "Answer their proposal concretely: counter with a specific alternative, or ask one real question.",
    "rebuff": "They put terms with blame, sarcasm or an ultimatum: do not agree to them as put; say so in character "
    "and invite them to talk it through calmly.",
    "pin-down": "They proposed something with no detail (no when, how often or how long): ask one real question "
    "about what it would involve; do not accept or counter yet.",
    "answer": "They asked about your side. Answer it honestly, with a concrete reason from the situation.",
    "concede": "They named the issue well. Concede the point they made, in your own words.",
    "hold-out": "They named the issue, but you are not ready to give in yet: push back on it, in character.",
    "engage": "Engage with the point they just made.",
    "cold": "Their turn was vague, over-apologetic or dropped their point: ask them, in character, what they actually "
    "mean or want.",
    "push-back": "Their turn came across badly: react the way your persona does.",
    "neutral": "No clear move either way: respond in character and ask them to say more.",
    "resolve": "Agree to their proposal in your own words, confirm the follow-up, and close warmly.",
    "close-unresolved": "Time is up and you are not convinced; end the conversation, in character.",
}
DIFFICULTY_PATIENCE: dict[Difficulty, int] = {"easy": -1, "medium": 0, "hard": 1}
_NUMBER = r"(?:\d{1,3}|one|two|three|four|five|six|other|couple of|few)"
_CHANNEL = lazy_regex(r"\b(?:on|by|over)\s+(?:the\s+)?(?:phone|zoom|teams|video|whatsapp|email)(?:\s+only)?\b|"
                      r"\bin person\b", re.IGNORECASE)
"""How they would meet ("on phone only", "over Zoom"): a detail said back with the rest ("every other Saturday at 9am,
on the phone" lost it, review r26)."""
_FREQUENCY = lazy_regex(
    rf"\b(?:every|each)\s+(?:{_NUMBER}\s+)?(?:day|week|month|quarter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    rf"(?:days|weeks|months|sessions))(?:\s+(?:morning|afternoon|evening|lunchtime))?\b"
    rf"|\b(?:once|twice|{_NUMBER} times?)\s+(?:a|per|every)\s+(?:week|month|quarter|year)\b"
    # ("can we fix one day a month that you dont cancel", review r47 got "And what would that actually involve?")
    rf"|\b{_NUMBER}\s+(?:day|session|call|meeting|evening|morning)s?\s+(?:a|per|every)\s+(?:week|month|quarter)\b"
    r"|\b(?:weekly|fortnightly|monthly|quarterly|bi-?weekly)\b",
    re.IGNORECASE,
)
_CLOCK = lazy_regex(r"\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b|\b\d{1,2}:\d{2}\b"
                    # ("every Friday at 8 in the morning", review r34; "at 7h30", a second language's clock)
                    r"|\bat\s+\d{1,2}(?:h\d{2})?(?=\s*(?:o'?clock\b|in the (?:morning|afternoon|evening)\b|[?.!,]|$))"
                    r"|\bat\s+\d{1,2}h\d{2}\b", re.IGNORECASE)
"""A time of day: "9am", "14:30", and a bare hour after "at" at the end of a clause ("mondays at 9?")."""
_WEEKDAYS_PLURAL = lazy_regex(r"\b(?:on\s+)?(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)"
                              r"(?:\s+(?:mornings?|afternoons?|evenings?|lunchtimes?))?\b", re.IGNORECASE)
"""A weekday every week ("maybe we just do it on fridays?"): a detail to answer, as "on Fridays"."""
_NTH_WEEKDAY = lazy_regex(r"\b(?:the\s+|every\s+)?(?:first|second|third|fourth|last)\s+"
                         r"(?:monday|tuesday|wednesday|thursday|friday)(?:\s+(?:morning|afternoon|evening))?(?:\s+(?:of|in)\s+(?:each|every|the)\s+month)?\b",
                         re.IGNORECASE)
"""A weekday of the month ("the first monday of each month"): said back whole, never as a bare "Monday"."""
_DAY_OF_MONTH = lazy_regex(r"\b(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b", re.IGNORECASE)
_MONTH_ONLY = lazy_regex(r"\b(?:January|February|April|June|July|September|October|November|December)\b",
                         re.IGNORECASE)  # not "may" or "march", which are verbs in lower case too
_YEAR_OR_SEASON = lazy_regex(r"\b(?:in|from|until|by)\s+(?:20\d\d|the\s+(?:spring|summer|autumn|fall|winter|"
                             r"new\s+year))\b|\b(?:next|this)\s+(?:year|spring|summer|autumn|fall|winter)\b",
                             re.IGNORECASE)
"""A plan put off to a named year or season ("look at the MBA again in 2028") is a detail of the proposal."""
_TRIAL_UNITS = r"(?:weeks|months|sessions|meetings|calls|reports|drafts|shifts|sprints|projects|presentations)"
_PRAISES_THEM = lazy_regex(
    r"\byou(?:'re| are)\s+(?:doing\s+)?(?:really\s+|so\s+|very\s+)?(?:well|great|brilliant|amazing|excellent)\b|"
    r"\byour\s+(?:\w+\s+){1,2}(?:is|are|has been|have been)\s+(?:some of the|one of the|the|really|so)?\s*"
    r"(?:best|clearest|strongest|sharpest|great|excellent|brilliant|sharp|superb)\b|"
    r"\b(?:patients|clients|customers|people|everyone|the team|the kids)\s+(?:really\s+)?(?:trust|love|like|rate)"
    r"\s+you\b",
    re.IGNORECASE)
"""Praise of the partner's work or person ("Your patients trust you", "you're doing really well overall")."""
_THANKS_FOR_WHAT_THEY_GAVE = lazy_regex(
    r"\b(?:have|has)\s+meant\s+(?:a\s+lot|so\s+much|the\s+world|a\s+great\s+deal)\b|"
    r"\bchanged\s+(?:how|the\s+way)\s+i\b|\bi(?:'ve|\s+have)\s+learn(?:ed|t)\s+(?:so\s+much|a\s+lot)\s+from\s+you\b|"
    r"\byou(?:'ve|\s+have)\s+taught\s+me\b|"
    # "These Monday sessions got me through my first two months…, and I'm grateful for that." (review r24)
    r"\b(?:got|helped|pulled|carried)\s+me\s+through\b|\bi(?:'m|\s+am)\s+(?:really\s+|so\s+|very\s+)?grateful\b|"
    # "The Monday sessions help me very much in the start…" (review r26): what they gave, said plainly
    r"\b(?:sessions|meetings|calls|chats|advice|talks)\s+(?:really\s+)?(?:help|helped|have helped)\s+me\b",
    re.IGNORECASE)
"""Thanks for what the partner gave ("These two years have meant a lot to me. …it changed how I handle delays."): in
a turn that raises nothing else, thanked for in kind, never "What's prompting this?" (review r20); beside an ask
("I'd like this to be our last regular session. …your advice changed how I work") the ask is what is answered."""
_TRIAL = lazy_regex(rf"\bfor\s+(?:the\s+next\s+)?{_NUMBER}\s+{_TRIAL_UNITS}\b"
                    rf"|\b(?:the\s+)?next\s+{_NUMBER}\s+{_TRIAL_UNITS}\b", re.IGNORECASE)
_TIES = r"by|on|before|after|from|until|till|at|in"
_TIED = lazy_regex(rf"(?<!\bcheck )(?<!\bchecking )(?<!\bdrop )(?<!\bpop )(?<!-)\b(?:{_TIES})\s+(?:the\s+)?$",
                   re.IGNORECASE)
"""The word that ties a day to the proposal ("by Thursday"): said back with it ("check in once a quarter" has no
tie, session 60; nor has "a 20-minute check-in every two weeks", said back as "in every two weeks")."""
_DONE_FOR_SO_LONG = lazy_regex(r"\b(?:i|we)(?:'ve|\s+have|\s+had)\s+(?:been\s+)?[a-z]+"
                               r"(?:\s+(?:about|on|over|with|at)\s+(?:it|this|that|them))?\s+(?:for\s+)?$",
                               re.IGNORECASE)
"""How long the user has done something ("I have thought about it for two weeks"): never a term they put (review
r49: "…for two weeks, but I see it differently and I would like to explain why" got "Fine, try your way first")."""
_MY_ROUTINE = lazy_regex(r"\bI\s+(?:do|make|write|run|check|send|file|work|cover|prepare|lead|teach)\b[^,.;!?]{0,40}$",
                         re.IGNORECASE)
"""How often the user does their work ("I do the pigging reports every month"): a routine, no term of a plan (review
r50: "Monthly is a lot for me right now." answered it)."""
_DONE_THEN = lazy_regex(r"\b(?:we|i|you|they|he|she)\s+(?:started|began|begun|launched|opened|finished|ended|did|had|"
                        r"agreed|set)\s+(?:it\s+|this\s+|that\s+|them\s+)?$", re.IGNORECASE)
"""When something was done ("the budget plan we started in March"): a date of the past, no term of a plan."""
_DESCRIBED = lazy_regex(r"\bwhich\s+(?:is|are|takes|means|lasts|runs)\s+(?:\w+\s+)?$", re.IGNORECASE)
"""A detail that describes a thing ("the short supervisor course, which is three Saturdays"): no term of the plan."""
_IN_A_CONDITION = lazy_regex(r"\bif\s+(?:it['’]s|it\s+is|that['’]s|that\s+is|this\s+is)\s+[^,.;?!]*$", re.IGNORECASE)
"""A detail inside a guess at what they mean ("If it's the manager step next year, …", review r51)."""
_THEN_ASKED_OF_THEM = lazy_regex(r",?\s+and\s+(?=(?:is\s+it\s+(?:ok|okay|alright|possible|fine)|can\s+you|could\s+you|"
                                 r"would\s+you|will\s+you)\b)", re.IGNORECASE)
"""The user's own part, then what they ask of the partner in the same sentence ("…, and is it okay if you…?")."""
_MADE_THEN = lazy_regex(r"\b(?:i|we)\s+(?:built|made|wrote|designed|developed|created|drew\s+up|planned|tested|"
                        r"set\s+up|put\s+together|ran|presented|sent)\b[^,.;?!]{0,60}$", re.IGNORECASE)
"""When the user made the thing they tell of ("the one I built on the Mooi River trial plots in March", review r52:
"In March. Fine, that works.")."""
_TOLD_NOT_PUT = (_DONE_FOR_SO_LONG, _DONE_THEN, _DESCRIBED, _IN_A_CONDITION, _MADE_THEN)
"""What comes before a detail the user only told (how long, when it was done, what a thing is): no term of theirs."""
_INTRODUCED = lazy_regex(r"\b(?:i am|i'm|my name is|this is)\s+(?-i:[A-Z])[\w'-]+"
                         r"(?:\s*,|\s+and|\s+from|\s+[a-z]+\s+|\s*[.;—-])|"
                         r"\bi\s+(?:work|make|run|teach|build|repair|manage|own)\s+(?:as|in|at|a|an|the|my|traditional|"
                         r"\w+s)\b", re.IGNORECASE)
"""The user saying who they are ("I am Aidar, I make traditional bows…"): never asked "Who are you?" after it."""
_WHO_ARE_YOU_ALONE = lazy_regex(r"\bwho are you\b", re.IGNORECASE)


def upper_after_stop(line: str) -> str:
    """``line`` with the first letter after a sentence's end in capitals ("Maybe. what would…" -> "Maybe. What…")."""
    return re.sub(r"([.!?]\s+)([a-z])", lambda m: m[1] + m[2].upper(), line)


_BARE_TERMS = lazy_regex(r"^\W*(?:(?:so|ok(?:ay)?|right|fine|then|again)\W+)*(?:every|once|twice|each|on|at|"
                         r"the\s+first|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d)", re.IGNORECASE)
"""A turn that opens with the terms themselves ("Monday, 8:30, half an hour"): put, though no word proposes them."""
_PROPOSING = lazy_regex(
    r"\b(?:could|can|would|shall)\s+(?:we|i|you)\b|\bhow about\b|\bwhat (?:if|about)\b|\blet'?s\b|\bmaybe\b"
    # ("I like your stories" likes, and proposes nothing: "Next year. Okay. I can live with that.", review r16)
    r"|\bi(?:'d| would) like\b|\bi(?:'d| would)? (?:suggest|propose)\b|\bare you open to\b"
    r"|\bhow would you feel about\b|\bwhat (?:do\s+)?you think about,?\s+(?:instead,?\s+)?(?:i|we)\b",
    re.IGNORECASE,
)
"""Where a proposal starts: details said before it describe how things are now ("Weekly is a lot, could we…")."""
_TO_AFTER_REPLACED = lazy_regex(r"(?:\s+(?:call|calls|hour|meeting|meetings|sessions?|slot))?\s+to\b", re.IGNORECASE)
"""What follows a detail that is replaced ("from the weekly call to…")."""
_PROPOSED_HERE = lazy_regex(r"\s+(?:would|might|could|should)\s+(?:be|work|suit|feel)\b", re.IGNORECASE)
"""A detail followed by "would be…" is proposed, wherever the proposal's other words start."""
_REPLACED = lazy_regex(r"\b(?:instead of|rather than|from|end|ending|stop|stopping|cancel|pause|replace)"
                       r"\s+(?:(?:the|our|my|your|this|that|these|those)\s+(?:current\s+|formal\s+|regular\s+|usual\s+)?)?$",
                       re.IGNORECASE)
"""A detail that is being replaced or ended, not proposed ("every other week instead of the monthly hour", "from
weekly to…", "end our formal monthly sessions… a coffee every quarter?" said back "Monthly", review 54)."""
_TOO_MUCH_AFTER = lazy_regex(r"(?:\s+[a-z]+){0,3}\s+(?:is|are|feels|seems|sounds|might be|may be|would be)\s+"
                             r"(?:becoming\s+|getting\s+)?(?:probably\s+|maybe\s+|just\s+|very\s+|really\s+|so\s+)?"
                             r"(?:too\s+(?:much|many|often|frequent|long)|a lot|tough|hard|difficult|impossible)\b",
                             re.IGNORECASE)
"""A detail the user takes back ("maybe monthly is too much for you. Would once every six weeks…", review 55), or the
way it is now that is hard ("weekly Thursday meeting is becoming very tough for me", review r54)."""
_LEAD_TIME = lazy_regex(r"\s+(?:early|earlier|ahead(?: of time)?|in advance|beforehand|before)\b"
                        r"(?!\s+(?:the|a|an|my|your|our|we|i|you|it|each|every|sending|\w+ing)\b)", re.IGNORECASE)
"""After a length, how far ahead ("the next two reports an hour early" said back without "early", review 54)."""
_THANKS = lazy_regex(r"\b(?:thanks?|thank you|thx|ty|cheers|appreciate|grateful)\b", re.IGNORECASE)
_WELCOME = lazy_regex(r"\b(?:you're (?:very |most )?welcome|anytime|my pleasure|no problem)\b", re.IGNORECASE)
_LEADING_ACK = lazy_regex(r"^(?:Good|Okay|OK|Great|Fine|Right|Done|Noted|Lovely|Alright)[.!]\s+(?=\S)")
"""A close's opening word of assent, dropped after an acceptance that already said yes."""
_DATE_ONLY = lazy_regex(r"(?:(?:by|in|from|until|till|before|after|on|end of|start of|next|this)\s+)?(?:the\s+)?"
                        r"(?:\w+day|january|february|march|april|may|june|july|august|september|october|november|"
                        r"december|spring|summer|autumn|fall|winter|year|new year|20\d\d|\d{1,2}(?:st|nd|rd|th))",
                        re.IGNORECASE)
"""A detail that is only a date ("by March", "next autumn"), with nothing of how often or how long."""
_TIED_MONTH = lazy_regex(r"\b(?:by|in|from|until|before|after|end of|start of)\s+(?:March|May|August)\b")
"""The months that are verbs in lower case, when a tie word and a capital make them a date ("by March")."""
_TIME_NOW = lazy_regex(r"\b(?:if you(?:'ve)?|have you|do you)\s+(?:have|got)\s+(?:a\s+)?$", re.IGNORECASE)
"""Asking for time to talk now ("if you have two minutes") is not a detail of the proposal."""
_RANGE = r"\d{1,3}\s?(?:-|–|to|or)\s?"
"""The low end of a range ("2-3 questions"): said back whole, not as its high end."""
_COUNTED = lazy_regex(rf"\b(?:{_RANGE})?{_NUMBER}\s+(?:bullet points?|bullets|lines|topics|questions|pages|slides|"
                      r"actions?|next steps?|goals?)\b", re.IGNORECASE)

_WHEN_SAID = lazy_regex(r"\b(?:before|after|whenever|every time|each time)\s+(?:anything|you|we|it|each|every|the|"
                        r"a|an|i)\b|\b(?:the\s+)?same day\b|\bby end of (?:day|the day|the week|week)\b"
                        r"|\b(?:each|every|end of (?:each|every|the))\s+(?:session|call|meeting|catch-up)\b"
                        r"|\bnext time\b|\b(?:in advance|ahead of time|beforehand)\b"
                        rf"|\b(?:the|a|{_NUMBER})\s+(?:days?|nights?|evenings?|hours?|weeks?)\s+(?:before|ahead|early)\b",
                        re.IGNORECASE)
"""A proposal that says when in words, not a date: "before anything goes to a client", "the same day", "at the end
of each session", "next time", "the day before", "two days ahead"."""

_GOODBYES = r"bye|goodbye|(?<!to )(?<!to\s\s)see you(?!\s+(?:too|again|here)\b)|talk soon|speak soon|take care"
"""Words that leave; "good to see you (too)" greets and never ends the talk (session 59: it ended at turn 1)."""
_SIGN_OFF = lazy_regex(rf"\b(?:thanks?|thank you|cheers|have a good|{_GOODBYES})\b", re.IGNORECASE)
"""A thanks or a goodbye: once the partner has agreed, a short one ends the conversation."""
_YES = lazy_regex(r"^(?:[a-z]+(?:\s+[a-z]+)?,\s+)?"  # ("Mornings, fine, whatever works.": its word, then the yes, r37)
                  r"(?:yes|yeah|yep|yup|sure|ok|okay|perfect|great|deal|absolutely|totally|of course|that works|fine|"
                  r"sounds good|works for me|fine by me|i can do that|i can work with that)\b", re.IGNORECASE)
"""A yes to the partner's own offer."""
_FAIR_YES = lazy_regex(r"^(?:(?:that's|that is) fair\b[^.?!]*\b(?:makes sense|works for me|sounds good|is fine)|"
                       r"(?:that\s+)?makes (?:total |complete )?sense\b[^.?!]*\b(?:to me|for me))\b[^?]*$",
                       re.IGNORECASE)
"""A yes put as agreement, with nothing asked after it ("That's fair, and three calls to start makes sense to me.",
review r13 s01); with a question after it ("…makes sense to me. How do you see it?") the question comes first."""
_ASKS_FOR_AN_ANSWER = lazy_regex(r"\b(?:is that (?:a )?(?:yes|no|ok|okay|alright|fine|possible)|"
                                 r"would that (?:work|be ok|be okay|be possible)|"
                                 r"does that (?:work|sound ok|sound okay|sound alright)|"
                                 r"(?:can|could) we do that|what do you say|yes or no|"
                                 # ("So... is it possible for you?" after asking for a reference, review r31)
                                 r"(?:is|would) (?:it|this|that) be possible|is (?:it|this|that) possible|"
                                 r"(?:would|will) you be able to|are you able to|(?:can|could) you do (?:it|this|that))"
                                 r"\b[^.!]*\?", re.IGNORECASE)
"""A direct request for an answer to what is on the table ("so... is that a yes?", "would that work for you?")."""
_PRAISES_THE_QUESTION = lazy_regex(r"\b(?:(?:that's|that is|it's)\s+(?:the|a)\s+(?:right|good|great|fair)\s+question|"
                                   r"good question)\b", re.IGNORECASE)
"""A reply that praises the question it answers: said only after a turn that asked one."""
_FLOOR = lazy_regex(r"^(?:(?:ok(?:ay)?|sure|alright|right|yes|yeah|yep|fine|of course|please)[,.!]?\s*){0,3}"
                    # ("Please tell me your feedback about Thursday, I am ready.", review r34)
                    r"(?:go ahead|go on|let'?s hear it|fire away|shoot|hit me|i(?:'?m| am) ready|ready when you are|"
                    r"tell me (?:your|the) (?:feedback|thoughts|honest view)|"
                    r"i'?m listening|tell me(?: more)?|i'?m all ears|i (?:do |really )?want to hear it|go for it|"
                    # "ok yeah go for it, i can take it" got "Okay… and?" (review r14, 13)
                    r"let me have it|bring it on|give it to me(?: straight)?|i can take it|say it)\b[^?]*$",
                    re.IGNORECASE)
"""Handing over the floor ("ok, go ahead"): when the partner brought the issue, it goes on to make its point."""
_GOODBYE = lazy_regex(rf"^[^?]*\b(?:{_GOODBYES})\b[^?]*$", re.IGNORECASE)
"""A short turn with a goodbye and no question ends the conversation, agreed or not."""
SIGN_OFF_WORDS = 25
"""The longest turn read as a sign-off: a longer one with "thanks" in it is still making its case."""
ASIDE_WORDS = 6
"""The longest sentence without thanks or a goodbye that a sign-off may hold ("That's a relief.")."""


_MOOD_WORDS = word_set(
    """feel feels feeling felt stuck lost frustrated worried anxious overwhelmed unsure confused bad down low tired
    sad upset stressed fine okay ok great good bit kind sort lately recently days honestly little things stuff
    going well aren't isn't wasn't haven't hasn't been like right now today week"""
)
MOOD_ONLY_WORDS = 1
"""The most words beyond a mood an I-statement may hold and still say nothing of what it is about."""


def says_what_about(statement: str) -> bool:
    """Whether an I-statement says what it is about beyond a mood (not "I've been feeling a bit stuck lately")."""
    words = [w.lower().replace("’", "'") for w in re.findall(r"[A-Za-z][A-Za-z'’]*", statement)]
    return sum(1 for w in words if w not in STOPWORDS and w not in _MOOD_WORDS) > MOOD_ONLY_WORDS


def signs_off(text: str) -> bool:
    """Whether a short turn only thanks or says goodbye ("awesome thanks so much, see you in two weeks!").

    A sentence of substance beside the thanks ("Great, thank you. If something urgent comes up, I'll message
    you rather than waiting.") is still talking: ending the talk there cut off the user's follow-up (review 45).
    """
    if len(text.split()) > SIGN_OFF_WORDS or not (_SIGN_OFF.search(text) or _GOODBYE.search(text)):
        return False
    # (each stop counts, a lower-case sentence after it too: "cool, thanks. honestly sometimes it felt like homework
    # every week lol, I never have time to do the reading" tells something new, review r39)
    pieces = [p for s in split_sentences(text) for p in re.split(r"(?<=[.!?])\s+(?=[a-z])", s)]
    return all(_SIGN_OFF.search(p) or len(p.split()) <= ASIDE_WORDS for p in pieces)


ReplyTone = Tone | Literal["neutral"]
RAPPORT_MIN, RAPPORT_MAX = -6, 6
MAX_POINTS_PER_TURN = 2
"""Moves beyond two of a kind in one turn add nothing: a speech full of buzzwords is not a conversation."""


@dataclass(frozen=True)
class Pace:
    """How one difficulty moves the partner."""

    soften: int
    """Rapport gained per point of good moves."""
    escalate: int
    """Rapport lost per point of poor moves."""
    resolve_at: int
    """Rapport the partner needs before it agrees to the natural resolution."""


PACES: dict[Difficulty, Pace] = {
    "easy": Pace(soften=2, escalate=1, resolve_at=1),
    "medium": Pace(soften=1, escalate=1, resolve_at=2),
    "hard": Pace(soften=1, escalate=2, resolve_at=3),
}


@dataclass(frozen=True)
class Reaction:
    """How one user turn moved the partner, computed by code for both engines."""

    turn: int
    stage: Stage
    tone: ReplyTone
    delta: int
    rapport: int
    positive: tuple[str, ...]
    negative: tuple[str, ...]
    resolved: bool
    """The scenario reached its natural resolution on this turn."""
    final: bool
    """This is the partner's last reply (resolution or the turn limit)."""
    intent: Intent = "neutral"
    """What the reply does with what the user said (both engines follow it)."""
    raised: tuple[str, ...] = ()
    """Facets on the table so far (:data:`FACETS`), in the order the user raised them."""
    proposal: str | None = None
    """The user's proposal in this turn, quoted, when there is one."""
    owns_a_part: bool = False
    """The user owned their part of the problem ("I think part of it is me"): met halfway, never with "not fair"."""
    praised: bool = False
    """The user praised the partner ("your handovers are some of the clearest I've heard"): thanked for, in kind."""
    gave_reason: bool = False
    """The line says why ("…, now that I've made the jump into data engineering"): never asked what prompts it."""
    ends_it: bool = False
    """The user speaks of stopping the sessions ("maybe we should just stop"), not only of dropping the point."""
    asks_logistics: bool = False
    asks_what_to_bring: bool = False
    asks_anything_else: bool = False
    """The user asks who does the next practical step ("who sends the invite?"): answered, once it is agreed."""
    asked: str | None = None
    """The kind of question about the partner itself (:data:`QUESTION_KINDS`), when the turn asks one."""


@dataclass
class PartnerState:
    """Everything the partner remembers between turns."""

    rapport: int
    turn: int = 0
    seen: set[str] = field(default_factory=set)
    used: set[str] = field(default_factory=set)
    """Lines already spoken: the partner never repeats itself in a session."""
    reactions: list[Reaction] = field(default_factory=list)
    raised: dict[str, str] = field(default_factory=dict)
    """Facet -> the user's first words that raised it."""
    good_turns: int = 0
    """Turns that softened the partner since the issue was named."""
    conceded: bool = False
    template_of: dict[str, str] = field(default_factory=dict)
    """A filled-in acceptance -> its template, so an acceptance is said once whatever its details."""
    last_reply: str = ""
    counter_taken: bool = False
    """The user took the partner's counter-offer, with a question after it ("That's fair, and three calls to start
    makes sense to me. What time of the month works best for you?"): settled, though no yes was said (review r13)."""
    flavoured_at: int = -2
    """The turn a custom persona's own words were last said in (see ``ScriptedPartner._in_their_words``)."""
    said_by_user: list[str] = field(default_factory=list)
    """The user's turns, for whether they tell the scenario's own story (:attr:`Scenario.story`)."""
    purpose_told: bool = False
    """A purpose said what the talk is about ("…whether you'd be comfortable referring me"), not only that there is
    something ("I want to ask about something a little awkward")."""
    impact_named: bool = False
    """An I-statement said what it is about ("I'm losing momentum between our calls"), which names the issue;
    a mood alone ("I've been feeling a bit stuck lately") does not."""


class ScriptedPartner:
    """The offline partner for one session: same scenario, persona and difficulty throughout."""

    def __init__(
        self, scenario: Scenario, persona: Persona, difficulty: Difficulty, max_turns: int | None = None
    ) -> None:
        self.scenario = scenario
        self.persona = persona
        self.difficulty = difficulty
        self.pace = PACES[difficulty]
        self.max_turns = max_turns or scenario.max_turns
        self.state = PartnerState(rapport=persona.start_rapport)
        self.patience = max(0, persona.patience + DIFFICULTY_PATIENCE[difficulty])
        """Good turns after the issue is named that the partner holds out before it moves."""

    @property
    def rapport(self) -> int:
        """Current rapport, from -6 (cold, escalating) to 6 (open, agreeing)."""
        return self.state.rapport

    @property
    def reactions(self) -> list[Reaction]:
        """Every turn's reaction so far."""
        return list(self.state.reactions)

    def opening_line(self) -> str:
        """What the partner says before the user's first turn."""
        return self.scenario.lines(self.persona.bank, "opening", None, self.difficulty)[0]

    @property
    def issue_named(self) -> bool:
        """Whether the issue is on the table (the user named it, or the partner brings it)."""
        raised = self.state.raised
        return (self.scenario.issue_from == "partner" or "issue" in raised or self.state.impact_named
                or (self.scenario.purpose_names_issue and self.state.purpose_told))

    def react(self, moves: Sequence[DetectedMove], text: str = "") -> Reaction:
        """Update the state for one user turn and decide how the partner moves and what it answers.

        ``text`` is the turn itself: after the partner has said yes, a short thanks or goodbye ends it.
        """
        state = self.state
        state.turn += 1
        state.said_by_user.append(text)
        # as in the debrief, a sentence that carries a poor move earns nothing for the good ones in it
        poor = {m.quote for m in moves if m.polarity == "negative"}
        moves = [m for m in moves if m.polarity == "negative" or m.quote not in poor]
        positive = tuple(dict.fromkeys(m.move for m in moves if m.polarity == "positive"))
        negative = tuple(dict.fromkeys(m.move for m in moves if m.polarity == "negative"))
        state.seen.update(positive)
        now: dict[str, str] = {}
        for m in moves:
            if m.move in FACETS:
                now.setdefault(FACETS[m.move], m.quote)
        proposals = [m.quote for m in moves if m.move == "concrete-proposal"]
        if len(proposals) > 1 and "?" not in proposals[0]:
            # ("I send it by Thursday. Is it possible you send the letter by the 15th…?" got "By Thursday. Fine,
            # that works.", review r36): what is asked of them is the proposal to answer, never the user's own part;
            # else the one with terms ("either we lock in a time…, or we just call it. Like, Monday mornings…, 8:30,
            # 30 minutes." got "Concretely: what, when, how long?", review r42)
            now["proposal"] = next((q for q in proposals if "?" in q), None) or next(
                (q for q in proposals if proposal_specifics(q)), proposals[0])
        if len(proposals) > 1 and not proposal_specifics(now.get("proposal", "")):
            # ("Can we just fix one time that does not move? Like first Monday of the month, 7 in the evening, on the
            # phone?" got "And what would that actually involve?", review r51): the terms are in the next sentence
            now["proposal"] = next((q for q in proposals if proposal_specifics(q)), now["proposal"])
        hostile = set(negative) - MILD_MISSTEPS
        if now.get("issue") and now["issue"] == now.get("purpose") and _topic_only(now["issue"]):
            # "I want to talk about the testing on the last two jobs." names a topic, not what happened: the mentee
            # thanked them "for telling me straight" before anything was told (review r14, r15)
            del now["issue"]
        if "question" not in now and not hostile and _TAG_QUESTION.search(text):
            # "…the full hour is the hard part for you, yes?": a question about their side, however the detector read it
            now["question"] = text
        asked = None if hostile else question_kind(text)
        if asked:
            # "Do you still mentor people or you are too busy now?" is a question whatever the detector found
            now.setdefault("question", text)
        # ("hit me, what did u think" invites their view with no question mark: "The point stands" answered it, r16)
        asks = _ASKS_ABOUT_THEM.search(text) or _INVITES_THEIR_VIEW.search(text)
        if not now and not hostile and asks and not _offers_terms(text):
            # "Is the day-before thing actually realistic with your release schedule?" asks their side: answered,
            # never with "Okay. And?" (review 56)
            now["question"] = text
        if "proposal" not in now and not hostile and _offers_terms(text) and not _ASKS_WHAT_THEY_WANT.search(text):
            # ("what you would like to see in the first two minutes?" asks them; its minutes are no terms, r24)
            # (beside the ask itself too: "…can you be my mentor? only 20 minute every two week on zoom", session 59)
            # "maybe once a month? 30 min coffee or call" is a proposal whatever the detector made of it: answered
            # with "Right. What do you need from me?" it was ignored (review 45)
            now["proposal"] = text
        pinned = bool(state.reactions) and state.reactions[-1].intent == "pin-down"
        # (unless pinned down, terms are put, never told: "…we still haven't finished the budget plan we started in
        # March." got "In March. Fine, that works.", review r49)
        # (a reason given for terms already on the table answers "why?", and the terms stand: r44's "every two week")
        why_asked = bool(state.reactions) and state.reactions[-1].intent == "ask-why" and bool(
            proposal_specifics(state.raised.get("proposal", "")))
        put = pinned or why_asked or "?" in text or _PROPOSING.search(text) is not None or _BARE_TERMS.match(
            text) is not None
        if "proposal" not in now and not hostile and ("proposal" in state.raised or pinned) and proposal_specifics(
                text) and not _TOLD_IN_THE_PAST.search(text) and put:
            # "I literally just said. Monday, 8:30, half an hour, on the phone." once terms were asked for: the
            # terms, bare, are the proposal (review r42: "Okay. And?")
            now["proposal"] = text
        # (nor does a question of what they would do: "So where I should put the ask, at beginning?", review r49)
        if now.get("proposal") and (_OPEN_QUESTION_OF_THEM.match(now["proposal"]) or asked in (
                "in-my-place", "check")) and not proposal_specifics(now["proposal"]):
            # ("What would make it possible for you to bring the sheets, even in an on-call week?" got "Fine. Let's do
            # that.", review r45): a question of theirs proposes nothing, and is answered
            now["question"] = now.pop("proposal")
        # ("does that work on your side?" once agreed asks their view of it, answered below, not a second yes)
        # (and once it took the user's terms in its own words, "Fortnightly suits me fine", review 55)
        confirming = (self._agreed or _countered_last(state.reactions)) and "question" in now
        # ("So you will take it out from the talk? Maybe you can use the story without my name…" got "Mm, go on. I'm
        # listening.", review r42): a yes-or-no question of them, once the matter is named, asks for the answer
        open_question = _YES_OR_NO_OF_THEM.search(text) is not None
        # ("can you give me example what slide you would put first?" asks more than yes or no)
        yes_or_no = open_question and not hostile and not self._agreed and self.issue_named and not asked
        reasked = "proposal" not in now and not confirming and (
            _ASKS_FOR_AN_ANSWER.search(text) is not None or yes_or_no)
        if reasked:
            # "so... is that a yes?": what is on the table (a proposal, or the request itself) gets its answer
            # (only the sentence that asks: "I'm planning to add a triage line next year… Would you consider mentoring
            # me?" got "Next year? Yes, that works for me.", review r53)
            asking = next((s for s in split_sentences(text) if _ASKS_FOR_AN_ANSWER.search(s) or (
                _YES_OR_NO_OF_THEM.search(s))), text)
            now["proposal"] = state.raised.get("proposal") or state.raised.get("purpose") or now.get(
                "purpose") or asking
        for facet, quote in now.items():
            state.raised.setdefault(facet, quote)
        if "proposal" in now and proposal_specifics(now["proposal"]) and not proposal_specifics(
                state.raised["proposal"]):
            state.raised["proposal"] = now["proposal"]  # the terms, once given, are what "yes or no?" asks about
        reason_before = "reason" in state.raised
        self._note_reason(moves, text)
        # "When you said you spent a year writing specs…, it was the first time the move sounded doable": why them,
        # said in answer, counts as a good turn though the detector found no move in it (review 56)
        reason_now = not reason_before and "reason" in state.raised and not hostile
        # (beside a purpose, "…and these sessions really matter to me" says why it matters, not what is wrong:
        # the busy mentor conceded "That's on me" before any cancellation was named, review 56)
        # ("I'd like to talk about your workload, because I've noticed some things this month and I'm a bit worried
        # about you." got "Oh. I thought I'd done it right.", review r36: "some things" are not yet named)
        purpose_only = "purpose" in now and (not _A_PROBLEM.search(text) or (
            _NOTICED_SOMETHING.search(text) is not None and "issue" not in now))
        if self.scenario.purpose_names_issue and not hostile and _A_FAVOUR_ASKED.search(text):
            # "I'd be grateful if you would write me a reference." asks the favour the talk is for, whatever the
            # detector found: "I'm listening. Be specific." asked for it again (review r42)
            state.purpose_told = True
            state.raised.setdefault("purpose", text)
        state.purpose_told = state.purpose_told or any(
            m.move == "purpose-statement" and not _VAGUE_ABOUT.search(m.quote)
            and not _NOTICED_SOMETHING.search(m.quote) for m in moves)
        state.impact_named = state.impact_named or any(
            FACETS.get(m.move) == "impact" and says_what_about(m.quote) and not purpose_only for m in moves
        )
        words = len(text.split())
        # (a long answer to "Okay. Go on." tells what is wrong as surely as one to "What's prompting it?": "We meet four
        # months now… mostly we talk your stories… my questions have no answer." got "What's prompting it?", r36)
        answered_why = bool(state.reactions) and state.reactions[-1].intent in ("ask-why", "invite") and (
            "purpose" in state.raised or state.reactions[-1].intent == "ask-why")
        # (a vague or apologetic reason is still a reason; blame, sarcasm or giving up is not an answer)
        question = now.get("question", "")
        if question and not self.issue_named and not _ASKS_AFTER_THEM.search(question) and says_what_about(question):
            # "Riley, what on earth happened with the client reports?" names what it is about: answered, never
            # with "Oh, full on, but good. Thanks for asking!" (review 53)
            state.raised["issue"] = question
        disagreeing = self.scenario.rubric_kind == "disagreeing"
        if not self.issue_named and not hostile and _REFUSES.search(text) and disagreeing:
            # "Chris, I'm not doing the MBA. I've made up my mind." got "Okay… and?" (review r15): the disagreement,
            # said, is answered on its substance
            now["issue"] = state.raised["issue"] = text
        if not self.issue_named and not hostile and self.scenario.rubric_kind == "ending" and _ENDS_IT.search(
                text) and _EITHER_WAY.search(text) is None:
            # "Actually I am thinking we should stop these sessions now. I got the auditor post…" got "Okay… and?"
            # (review r42): the ending, said, is the issue
            now["issue"] = state.raised["issue"] = text
        if not self.issue_named and not hostile and _STRUGGLE.search(text) and says_what_about(text):
            # "I just can't do Mondays every week anymore, it's impossible." names the issue whatever the detector
            # found: "Why, what's wrong with how it is?" asked for it again (review 52)
            state.raised["issue"] = text
        if not self.issue_named and not hostile and "purpose" in now and _GIVES_A_REASON.search(text) and (
                _A_PROBLEM.search(text) and says_what_about(text)) and not _NOTICED_SOMETHING.search(text):
            # "I'd like to wrap up our monthly mentoring, now that I've made the jump…": what and why, the issue
            # itself, never met with "What's prompting this?" (review 56)
            state.raised["issue"] = text
        proposal_only = "proposal" in now and not _GIVES_A_REASON.search(text) and not state.impact_named
        # ("These Monday sessions got me through my first two months…, and I'm grateful for that." is thanks, not
        # what prompts the talk: "I'd worry we'd lose the thread" answered it, review r24)
        thanks_only = bool(moves) and {m.move for m in moves} <= {"gratitude", "acknowledgement"}
        if answered_why and not hostile and words >= ANSWER_WORDS and not self.issue_named and not proposal_only and (
                not thanks_only):
            # "What problem does that solve?" answered ("…its just a lot with the release stuff right now"): the
            # issue is on the table in the user's words, so the partner never asks why a second time; answered with
            # terms alone ("Maybe every two weeks for 30 minutes?"), the why is still missing (review r9: the hard
            # busy mentor took the first ask with no reason given)
            state.raised["issue"] = text
        delta = max(self._delta(positive, negative), 1 if reason_now else -RAPPORT_MAX)
        state.rapport = max(RAPPORT_MIN, min(RAPPORT_MAX, state.rapport + delta))
        if self.issue_named and delta > 0 and (positive or not reason_now):  # (a reason alone warms, moves nothing)
            state.good_turns += 1
        # "yes totally, 30 mins a month is perfect" after the partner's own offer, or after its yes to the user's:
        # agreed, whoever proposed it
        took_offer = (self._offered_last or self._agreed) and not negative and (
            _YES.match(text.strip()) is not None or _FAIR_YES.match(text.strip()) is not None)
        said_first = " ".join(s for s in split_sentences(text.strip()) if "?" not in s)  # before what it asks
        state.counter_taken = state.counter_taken or (self._offered_last and not negative and _FAIR_YES.match(
            said_first) is not None)
        # after a yes, thanks close the talk ("awesome thanks so much, that's a relief. see you in two weeks!")
        # ("And the one day before notice, this also ok for you?" got "Good. That's settled, then." and the end, the
        # user's next line never heard, review r43): a yes-or-no question of them is answered and the talk goes on
        signing_off = (self._agreed or took_offer) and "question" not in now and not open_question and (
            _SIGN_OFF.search(text) is not None)
        # once it said yes, "let's try it until the end of April and review then" settles it ("Fair. If the sessions
        # aren't landing…" conceded the issue again, review 52)
        follow_up_agreed = self._agreed and "follow-up" in now and not negative
        resolved = self._resolved() or (signing_off and words <= SIGN_OFF_WORDS) or took_offer or follow_up_agreed
        leaving = words <= 12 and _GOODBYE.search(text) is not None  # "and nothing. today. bye": the user has left
        # ("Really? Thank you… Are you not worried I will take what I learned here to them?" got "Good. That's settled,
        # then." and the end, review r47): a turn that ends asking them something is answered before any close
        # (a yes-or-no question or a choice is answered by the close itself: "Yes. …", "Whatsapp. …")
        asks_them = _ENDS_ASKING_THEM.search(text) is not None and not open_question and not (
            _channel_choice(text) or _chosen_option(text))
        final = (resolved and not open_question and not asks_them) or leaving or state.turn >= self.max_turns
        stage: Stage = "resolution" if final else ("reaction" if state.turn <= 2 else "exploration")
        intent = self._intent(now, delta, negative, final, resolved, _is_ultimatum(text))
        if intent == "pin-down" and yes_or_no:
            intent = "accept" if self.moved else "hold-out"  # asked yes or no, never "What would it look like?"
        elif self._agreed and not hostile and intent in ("neutral", "engage", "invite", "hold-out") and open_question:
            # "So you will leave it out of the lectures?" after its yes got "That really helps, thank you." (review
            # r42): asked to confirm what it agreed, it says yes again
            intent = "accept"
        if intent == "counter" and reasked and self._offered_last:
            # "would that work from your side?" after its counter got a second, different counter (review 52): it
            # gives way once won over, else says how it looks from its side
            intent = "accept" if state.rapport >= 0 else "answer"
        if intent == "answer" and self._agreed and _ASKS_FOR_AN_ANSWER.search(text):
            # "does that work on your side?" once it is agreed: a second yes read as a script, and "I like the
            # weekly rhythm" took the yes back (review 45)
            intent = "engage"
        # ("Sorry. That sounded defensive. Go on, I do want to hear it.": the floor handed back at the end, review 57)
        last = (split_sentences(text.strip()) or [text.strip()])[-1]
        # (owning the tone first, "Sorry. That sounded defensive.", is listening since review r48: still the floor)
        repair_only = intent in ("concede", "engage", "hold-out") and set(positive) <= {"acknowledgement"}
        if (intent in ("neutral", "invite") or repair_only) and self.scenario.issue_from == "partner" and (
                _FLOOR.match(text.strip()) or _FLOOR.match(last)):
            intent = "answer"  # "ok, go ahead" to "I have some feedback": the partner gives it
        elif intent in ("concede", "engage") and self.scenario.issue_from == "partner" and not self._told_before(
                now) and any(_FLOOR.match(piece) for piece in re.split(r",\s+", last)[1:]):
            # "hey Morgan, thanks for watching the pitch on thursday, go for it, i can take it" got "Good. I wasn't
            # sure how you'd take that." and no feedback (review r26): the floor is handed over after the thanks
            intent = "answer"
        if intent in ("invite", "neutral") and not self.issue_named and _HOW_ARE_YOU.search(text):
            intent = "answer-first"  # "Hi Jordan! How have you been?" got "Of course. Tell me more." (review 52)
        # ("hey Priya, thanks for grabbing a coffee w me, i know ur slammed" got "Okay. Flattered.", review r34)
        elif intent in ("invite", "neutral", "concede", "engage") and not self.issue_named and small_talk_only(text):
            intent = "greeted"  # "Hi Sam, thanks for making time." got "Of course. Tell me more." (review r9)
        elif intent in ("concede", "hold-out", "engage") and not set(self.state.raised) - set(now) and (
                self.scenario.story_told_by != "partner") and _ASK_COMING.search(text) and (
                not now.keys() & {"proposal", "issue"}) and "?" not in text[_ASK_COMING.search(text).end():]:  # type: ignore[union-attr]
            # (an ask announced with its topic, "e get something wey I wan ask you about my training", is still only
            # announced, review r28)
            # "I want ask you something important, if is ok." got "Okay, that's a direct ask. I appreciate that."
            # before anything was asked (review r24): the floor is theirs, so "Go on"
            intent = "invite"
        elif intent in ("concede", "hold-out", "engage") and self._nothing_said_yet and small_talk_only(text):
            # asking to be mentored, the ask is the topic from the start, but "hi! thx for the coffee, i know ur
            # super busy" has not asked it yet: "Okay. Flattered. What exactly are you asking for?" (review r12 s10)
            intent = "greeted"
        elif intent == "neutral" and not self.issue_named and _GOT_A_MINUTE.search(text):
            intent = "invite"  # "Hi Riley, got a minute?" got "Hm. Meaning what, exactly?" (review 52)
        if intent == "concede":
            state.conceded = True
        reaction = Reaction(
            turn=state.turn,
            stage=stage,
            tone=self._tone(delta, stage, resolved),
            delta=delta,
            rapport=state.rapport,
            positive=positive,
            negative=negative,
            resolved=resolved,
            final=final,
            intent=intent,
            raised=tuple(state.raised),
            proposal=now.get("proposal"),
            owns_a_part=_OWNS_A_PART.search(text) is not None,
            praised=not negative and (_PRAISES_THEM.search(text) is not None or (
                not now and _THANKS_FOR_WHAT_THEY_GAVE.search(text) is not None)),
            gave_reason=_GIVES_A_REASON.search(text) is not None,
            # ("Maybe we just stop, or not, I don't mind either way." is a shrug, never a decision, review r34)
            ends_it=_ENDS_IT.search(text) is not None and _EITHER_WAY.search(text) is None,
            asks_logistics=_LOGISTICS.search(text) is not None,
            asks_what_to_bring=_WHAT_TO_BRING.search(expand_shorthand(text)) is not None,
            asks_anything_else=_ANYTHING_ELSE.search(expand_shorthand(text)) is not None,
            # (and in the turn that settles it: "How does that sound? Is there something making it hard…?", review r10)
            asked=asked if intent in ("answer", "answer-first") or asked in ANSWERED_ANY_TIME else None,
        )
        state.reactions.append(reaction)
        return reaction

    def _told_before(self, now: dict[str, str]) -> bool:
        """Whether the user had raised anything before this turn."""
        return bool(self.state.raised.keys() - now.keys())

    @property
    def _problem_told(self) -> bool:
        """Whether the user has said what is wrong (an issue or its impact), beyond the topic of the talk."""
        return self.scenario.issue_from == "partner" or "issue" in self.state.raised or self.state.impact_named

    @property
    def _nothing_said_yet(self) -> bool:
        """Whether the user has raised nothing and the partner has told no story of its own yet."""
        return not self.state.raised and self.scenario.story_told_by != "partner"

    @property
    def _bargains(self) -> bool:
        """Whether the partner counters a detailed proposal however won over it is: a hard one, the first time.

        "By September? Yes, that works for me." straight after one pushback read as giving in (review r11, s04).
        """
        return self.difficulty == "hard" and not any(r.intent == "counter" for r in self.state.reactions)

    def _hesitations(self, proposal: str | None) -> tuple[str, ...]:
        """Its worry about a one-off request, not said yet: a hard partner's pushback when no counter-offer fits.

        ("Could you add one line that the system was designed by me?" got "Could we start with one step…?", and
        without that counter, an instant yes at hard, review r48.)
        """
        if not proposal or not _JUST_ONE.search(proposal):
            return ()
        return tuple(line for line in self.scenario.answers.get("their-worry", ()) if line not in self.state.used)

    @property
    def _offered_last(self) -> bool:
        """The partner's last reply offered terms of its own ("Thirty minutes a month is the most I can do")."""
        return _countered_last(self.state.reactions)

    @property
    def _agreed(self) -> bool:
        """The partner has said yes to a proposal of the user's."""
        return any(r.intent == "accept" for r in self.state.reactions)

    @property
    def _plan_agreed(self) -> bool:
        """The partner said yes to the user's plan, or the user took its own terms: either way a plan stands.

        ("ok yes I can send message" took its counter: "we start the new way next Thursday?" then got a new counter,
        "What about every other week…", the plan already agreed, review r44)
        """
        return self._agreed or self.state.counter_taken or any(r.intent == "resolve" for r in self.state.reactions)

    @property
    def _reason_missing(self) -> bool:
        """The scenario wants a reason before a yes, and the user has given none yet.

        None yet means no issue, no impact and no evidence for the scenario's reason criterion.
        """
        raised = self.state.raised
        # ("I care because… this affects how the team trusts those releases" named the impact: then "what problem is
        # that meant to fix?" asked for what was just said, review r10 s12)
        return bool(self.scenario.reason_before_yes) and not ({"issue", "impact", "reason"} & set(raised)) and (
            not self.state.impact_named)

    def _note_reason(self, moves: Sequence[DetectedMove], text: str) -> None:
        """Note whether this turn gives the reason the scenario wants before a yes.

        "i loved your talk at the design guild last month" is why them, whatever the detector made of it.
        """
        criterion_id = self.scenario.reason_before_yes
        if not criterion_id or "reason" in self.state.raised:
            return
        criterion = load_rubric()[criterion_id].for_kind(self.scenario.rubric_kind)
        alone = criterion.also_alone and any(re.search(criterion.also_when, sentence, re.IGNORECASE)
                                             for sentence in split_sentences(text))
        # (what they want from it counts too: "Who are you, and what would you want out of it?" answered with "im a
        # graphic designer, want to move into art direction" was asked again, review r12 s10)
        wanted = self.scenario.reason_also_when
        own_reason = wanted is not None and wanted.search(text) is not None and not any(
            m.polarity == "negative" for m in moves)
        if alone or own_reason or any(criterion.counts(m.move, m.quote) for m in moves if m.polarity == "positive"):
            self.state.raised["reason"] = text

    def _asks_a_favour(self, now: Mapping[str, str]) -> bool:
        """Whether the user asks something of them, or leave to do something, with nothing wrong named.

        "…if you can write me a recommendation letter" and "Can I do the wiring myself, and you watch me?" (reviews
        r36, r37): a favour or permission, never a complaint to concede.
        """
        said = self.state.said_by_user[-1] if self.state.said_by_user else ""
        questions = " ".join(s for s in split_sentences(said) if "?" in s)
        asked = f"{self.state.raised.get('purpose', '')} {now.get('purpose', '')} {questions}"
        told = " ".join(self.state.raised.values())
        return bool(_ASKS_OF_THEM.search(asked) or _MAY_I.search(asked)) and not _A_PROBLEM.search(told) and (
            self.scenario.issue_from != "partner")

    @property
    def moved(self) -> bool:
        """The partner has held out long enough on the named issue to give ground."""
        return self.issue_named and self.state.good_turns > self.patience

    def _intent(
        self, now: dict[str, str], delta: int, negative: tuple[str, ...], final: bool, resolved: bool,
        ultimatum: bool = False,
    ) -> Intent:
        """What the reply does, from what was raised now and before (see the module docstring).

        Terms are never agreed to as put when they come as an ultimatum, whatever moves were found in the turn
        ("either you help me find a strategy project or I think we're done" got "Works for me.", review 53),
        or with blame, sarcasm, an absolute or giving up (see below).
        """
        if final:
            # Having said yes to their proposal, the partner does not end the talk unconvinced.
            return "resolve" if resolved or self._agreed else "close-unresolved"
        if ultimatum:
            return "rebuff"
        if "proposal" in now and self._agreed and _FALLBACK.match(now["proposal"]):
            return "neutral"  # "If Tuesdays don't work, I could…" after a yes: a fallback, taken kindly
        if "proposal" in now:
            if not self.issue_named or self._reason_missing:
                return "ask-why"
            if set(negative) - MILD_MISSTEPS:
                # "Fine. Every other Tuesday at 8am, 30 minutes. Take it or leave it." after sarcasm and blame got
                # a yes from every persona because it left nothing to counter (review 52)
                return "rebuff"
            if self._plan_agreed and not self._offered_last:
                # ("Yes, let's do that." then "Could we start with one step…?" to "…before June? Can you change before
                # that?", review r42): once it said yes, a detail of the same plan is taken, never bargained over
                return "accept"
            # nothing to counter with specifics ("I have a request, if you have two minutes"): ask what it involves;
            # "re-check every figure before anything goes to a client" says when, so it needs no pinning down
            # ("…lead the supplier consolidation project next quarter and take the twelve-week evening finance course…"
            # has details, though no meeting to say back: never "And what would that actually involve?", review r34)
            # ("One email or one phone call from you to Mr. Kessler…" got "How often, how long…?", review r49)
            detailed = proposal_specifics(now["proposal"]) or _WHEN_SAID.search(now["proposal"]) or _has_details(
                now["proposal"]) or _JUST_ONE.search(now["proposal"])
            counters_left = any(self._unoffered(self._counters, now["proposal"]))
            if detailed and self._bargains and (counters_left or self._hesitations(now["proposal"])):
                return "counter"
            if delta >= 0 and self.moved and self.rapport >= self.pace.resolve_at:
                return "accept"
            if detailed and not counters_left:
                return "accept"  # they offered all the partner would ask for ("30 minutes… at 8am"): nothing to counter
            return "counter" if detailed else "pin-down"
        # a real question about their side is answered, even beside a vague or apologetic sentence ("How do you feel
        # about this? Maybe you see it different."); blame, sarcasm or giving up beside it is not a question to answer
        if "question" in now and set(negative) <= MILD_MISSTEPS:
            # "how are things on your side this quarter?" before any issue: answered, then asked what this is about
            # ("Okay… go on." left it unanswered)
            return "answer" if self.issue_named else "answer-first"
        if delta < 0:
            if self._agreed and set(negative) <= _SOFT_MISSTEPS:
                # once it said yes, a nervous "ok, no problem" or a hedge takes nothing back ("That sounds like a
                # lot of my time" after "Fine. Let's do that." withdrew the yes, review 49)
                return "neutral"
            # "Actually never mind, you're obviously way too busy for this." drops the point: answered as that,
            # never with "I'm feeling a little pressured" (review 54); a sneer while leaving is still a sneer
            leaving = "giving-up" in negative and "sarcasm" not in negative
            return "cold" if leaving or set(negative) <= set(COLD_MOVES) else "push-back"
        if delta == 0:
            # "The totals were wrong twice. Twice! Do you even check your work?": the fact does not excuse the jab
            hurt = bool(set(negative) - MILD_MISSTEPS) and not self._agreed
            if not hurt and not negative and now.get("issue") and not self.state.conceded:
                return "hold-out"  # the issue, just named plainly: answered on the substance, never "Okay… and?"
            return "push-back" if hurt else "neutral"
        if not self.issue_named:
            return "invite"
        purpose = self.state.raised.get("purpose", "")
        if not self.state.conceded and not self._problem_told and (
                _TALK_ABOUT_A_TOPIC.search(purpose) or _topic_only(purpose)) and not _ASKS_OF_THEM.search(purpose):
            # "I want to speak about how we work on my paper drafts." names the topic, not what is wrong with it:
            # "Fair. I hadn't noticed." conceded nothing anyone had said (review r26)
            return "invite"
        if not self.state.conceded and self._asks_a_favour(now):
            # "I want to ask… if you can write me recommendation letter for it. The deadline is in 3 weeks" got "Fair.
            # I hadn't noticed." (review r36): a favour asked, with nothing wrong named, has nothing to concede
            # (a favour said in so many words, "could you stop telling it?", needs no "What did you have in mind,
            # concretely?", review r42: not moved yet, it holds out on the substance)
            named = _A_FAVOUR_ASKED.search(self.state.raised.get("purpose", "")) is not None
            return "accept" if self.moved else ("hold-out" if named else "pin-down")
        if not self.state.conceded:
            return "concede" if self.moved else "hold-out"
        if "purpose" in now and self._reason_missing:
            # "would you be my mentor?" before any reason got "That's close to the path I took…" (review 55):
            # a stranger asks what it is for first, as it does to a proposal
            return "ask-why"
        return "engage"

    def reply(self, reaction: Reaction) -> str:
        """The scripted line for this reaction: the first line of its banks not yet said this session.

        Within a bank, a line that does not open like the last reply comes first ("Of course." twice in a
        row reads like a script).
        """
        notice = self._notice_answer(reaction)
        if notice:
            return self._say(notice)
        for bank in self._banks(reaction):
            unused = self._fitting(bank, reaction)
            fresh = [line for line in unused if _opening(line) != _opening(self.state.last_reply)]
            if unused:
                return self._answered_first(reaction, self._say((fresh or unused)[0]))
        return self._say(self._unused_fallback(reaction))

    def _fitting(self, bank: Sequence[str], reaction: Reaction) -> list[str]:
        """The lines of ``bank`` not said yet that fit what the user has said so far."""
        said = {part for line in self.state.used for part in _phrases(line)}
        # ("Hm. Meaning what, exactly?" after "Meaning what, exactly? I can't respond to a feeling." repeats it)
        unused = [line for line in bank if line not in self.state.used and not _phrases(line) & said]
        # (any bank: "Two reports don't mean the whole method is wrong." answered a toll barrier left open, and "I had
        # three reports due that Friday…" a misclassified sonar contact, review r49)
        unused = self._off_story(unused)
        if "specific-observation" in self.state.seen or "proposal" in self.state.raised:
            # "Not right how? I'd want reasons, not a feeling." after "it's 60k and I'd lose two years": the
            # partner never asks for the specifics it was given (nor "Meaning what, exactly?" after a concrete
            # proposal, review r19)
            unused = [line for line in unused if not _ASKS_FOR_SPECIFICS.search(line)]
        if any(_INTRODUCED.search(turn) for turn in self.state.said_by_user):
            # ("I am Aidar, I make traditional bows in workshop in Ufa." got "Maybe. Who are you…?", review r49)
            unused = [re.sub(r"\bWho are you, and (?=what\b)", "", line) for line in unused]
            unused = [upper_after_stop(line) for line in unused if not _WHO_ARE_YOU_ALONE.search(line)]
        if self.issue_named:
            # ("I'm worried I'm not getting any closer to leading a team." got "Fair. What's not working?")
            unused = [line for line in unused if not _ASKS_FOR_THE_ISSUE.search(line)]
        if not self.state.raised.keys() & {"purpose", "proposal"}:
            # "Okay, that's a direct ask." before anything was asked (review r24)
            unused = [line for line in unused if not _NAMES_THE_ASK.search(line)]
        if self._agreed:  # ("…I can keep it up before I say yes." once it had said yes, review r29)
            # (nor, unasked, "My only hesitation… I'd want to think it through properly." two turns after "Once per
            # week. Fine, that works.", review r39; asked for its doubts, it may still name one)
            last = self.state.said_by_user[-1] if self.state.said_by_user else ""
            asked_doubts = _ASKS_FOR_DOUBTS.search(last) is not None
            unused = [line for line in unused if not _BEFORE_THE_YES.search(line)
                      and (asked_doubts or not _HESITATES.search(line))]
        if self.scenario.story_told_by == "partner":
            # the partner told what happened (its feedback), so the user has no ask to make: "Okay. If it matters,
            # tell me the ask" answered a mentee taking feedback (review r28)
            unused = [line for line in unused if not _WANTS_THE_ASK.search(line)]
        if self.scenario.id == CUSTOM and not _ABOUT_MEETING.search(" ".join(self.state.said_by_user)):
            # "What would it look like in practice: how often, and for how long?" answered a request to stop telling
            # a story in public talks (review r42): how often and how long ask about meetings the user never named
            unused = [line for line in unused if not _ASKS_HOW_OFTEN.search(line)]
        if "proposal" in self.state.raised or any(_ALTERNATIVE_NAMED.search(t) for t in self.state.said_by_user):
            # "You haven't told me what you'd do instead." after "For this I need the instructor rating, not MBA", and
            # "Make a proposal." after "once per week to start" (review r39)
            unused = [line for line in unused if not _ASKS_FOR_AN_ALTERNATIVE.search(line)]
        if any(_OWNED_IT.search(line) for line in self.state.used):
            # "…It's been bugging me too." then "I thought it was fine… I didn't know it bothered you." (review r39)
            unused = [line for line in unused if not _DID_NOT_KNOW.search(line)]
        if "reason" in self.state.raised:
            # "Why me rather than someone in your own company?" right after "At the meetup you said…" (review r13)
            unused = [line for line in unused if not _ASKS_WHY_THEM.search(line)]
        if "proposal" in self.state.raised:
            # "Okay. Flattered. What exactly are you asking for?" after "Would you be my mentor? Like a 30 min
            # call once a month?" (review 53)
            unused = [line for line in unused if not _ASKS_FOR_THE_ASK.search(line)]
        elif "?" in self.state.raised.get("purpose", ""):
            # the ask itself ("would u be up for mentoring me?") leaves only its terms to ask for (review r12 s10)
            unused = [line for line in unused if not _ASKS_WHAT_THE_ASK_IS.search(line)]
        told = " ".join(self.state.said_by_user)
        # "Monday is impossible." to "until Sunday evening" turned down a day nobody proposed (review r20)
        unused = [line for line in unused if not ((ruled_out := _DAY_RULED_OUT.search(line)) and not re.search(
            rf"\b{ruled_out['day'][:3]}", told, re.IGNORECASE))]
        if any(_TERM_GIVEN.search(said) for said in self.state.said_by_user):
            # "A fixed end date would make it much easier to say yes." after "…mentoring me over the next six
            # months?" (review r20)
            unused = [line for line in unused if not _WANTS_AN_END.search(line)]
        if "specific-observation" not in self.state.seen:
            # "I'd been telling myself it was just one or two." after an apology, before any count was given, and
            # after its own "I make it three reschedules" (review r16): a count is owned once the user gave one
            unused = [line for line in unused if not _OWNS_A_COUNT.search(line)]
        if "proposal" not in self.state.raised and not any(_AN_ASK.search(t) for t in self.state.said_by_user):
            # "I'd want you to bring the questions, but honestly, that sounds like fun." to "i want ask you something.
            # i saw your talk…" said yes before anything was asked (review r18)
            unused = [line for line in unused if not _SAYS_YES.search(line)]
        if "?" not in (self.state.said_by_user[-1] if self.state.said_by_user else ""):
            # "That's the right question." answered "i felt the room drift during the lending history part"
            # (review r26): praise for a question, only after one
            unused = [line for line in unused if not _PRAISES_THE_QUESTION.search(line)]
        if not any(_PROMISES.search(said) for said in self.state.said_by_user):
            # ("I was asking for three more weeks…, maybe they just didn't read it." got "Alright. I'll believe it when
            # I see the next deck.", review r51): doubt of a promise, only once one was made
            unused = [line for line in unused if not _DOUBTS_A_PROMISE.search(line)]
        if not {"vagueness", "over-apologising"} & set(reaction.negative):
            # "I don't need the long version." answered sarcasm, "I don't have time to guess" a plain accusation
            # (review r16): lines about preamble answer only a vague or over-apologetic turn
            unused = [line for line in unused if not _ABOUT_PREAMBLE.search(line)]
        return self._off_story(unused)

    def _answered_first(self, reaction: Reaction, line: str) -> str:
        """A counter to "…every 2 weeks, is easier for you?" says first whether it is ("Easier, yes. Could we…?").

        "maybe we do 30 minutes but every 2 weeks, is easier for you?" got only "Could we move it to early mornings?",
        its question unanswered (review r13, s12).
        """
        last = self.state.said_by_user[-1] if self.state.said_by_user else ""
        agrees = reaction.intent in ("accept", "resolve")
        # (asked again once agreed, "good. so text or email?", it is answered again, review r44)
        taken = agrees or (self._plan_agreed and reaction.intent in ("neutral", "engage", "answer"))
        part = _PART_ASKED.search(last)
        if part and taken and part["topic"].lower() not in line.lower():
            # "And the field day, is possible?" beside a check, once agreed, got only the check said back (review
            # r33): the part asked about is granted first
            return f"Yes, {part['topic'].lower()} too. {line}"
        owned_up = self._owned_up(reaction, last, line)
        if owned_up:
            return owned_up
        if agrees and _YES_OR_NO_OF_THEM.search(last) and not _SAYS_YES_OUTRIGHT.search(line):
            # ("Just so I am sure: you are willing to write it?" got "Fine. We'll see whether it works.", review r42):
            # a yes-or-no question asked of them is answered yes, in so many words, when the reply agrees
            return f"Yes. {line}"
        chosen = _chosen_option(last)
        channel = _channel_choice(last)
        if channel and taken and channel.lower() not in line.lower():
            return f"{channel} {line}"  # ("phone or I come to the yard?" is answered before the yes, review r28)
        if chosen and chosen.lower() not in line.lower():
            # "is monthly ok, or every six weeks is better for you?" got "From my side, that's a commitment I can
            # keep…", choosing neither (review r15): the first option, named
            return f"{chosen[:1].upper()}{chosen[1:]}. {line}"
        looks = [look for look in self.persona.look_over if look not in self.state.used]
        if reaction.final and looks and self._asks_to_look(last) and not _GRANTS.search(line):
            # "Could I send you the draft on the 18th for a quick look?" got only "Good. I'm glad we talked it
            # through." (review r20): the close says yes to it first
            self.state.used.add(looks[0])
            return f"{looks[0]} {line}"
        asked = _ASKS_IF_IT_SUITS.search(last)
        if reaction.intent != "counter" or not asked:
            return line
        return f"{_SUITS_ANSWERS.get(asked['how'].lower(), _SUITS_ANSWER)} {line}"

    def _owned_up(self, reaction: Reaction, last: str, line: str) -> str | None:
        """A yes before ``line`` to a yes-or-no question of the partner, once it has given ground; else None.

        ("Can you promise me that?" got "Okay… and?" from a partner that had owned the leak, review r47; a line that
        only asks for more goes.)
        """
        given_ground = self.moved or self.state.conceded or any(_OWNED_IT.search(said) for said in self.state.used)
        if reaction.intent not in ("neutral", "engage", "concede", "hold-out") or not given_ground:
            return None
        if not _YES_OR_NO_OF_THEM.search(last) or _SAYS_YES_OUTRIGHT.search(line) or _SAYS_NO.search(line):
            return None
        yes = _yes_in_kind(last)
        return yes if _ASKS_FOR_MORE.search(line) else f"{yes} {line}"

    def _off_story(self, lines: Sequence[str]) -> list[str]:
        """``lines`` without details of the scenario's own story that the user never told.

        "You deployed the schema change without…" got "I'd want to see which figures were off before I agree."
        (review r10, s12), and praise of a kitchen got "That's close to the path I took" (review r11, s08); the
        opening, before the user speaks, is the scenario's own, and so is a critique the partner brings.
        """
        if self.scenario.story_told_by == "partner" or not self.state.said_by_user:
            return list(lines)
        # (an answer about the partner's own path is its own story: "The people I met on the course…")
        own = {line for kind in _ABOUT_ITSELF for line in self.scenario.answers.get(kind, ())}
        return [line for line in lines if line in own or not self.scenario.strays(line, self.state.said_by_user)]

    def farewell(self, text: str = "") -> str:
        """The answer to the user's one turn after the talk was settled: a short goodbye, never said twice.

        "You're welcome" answers thanks only: said after "Shall we check after two sessions?" it answered
        nothing that was said (review 54).
        """
        checked = self._check_agreed(text)
        if checked:  # ("And in one month we look together again… Gracias Riley.": the check is agreed, review r28)
            return checked
        lines = self.persona.farewell or self._closes
        if not _THANKS.search(text):
            lines = tuple(line for line in lines if not _WELCOME.search(line)) or lines
        return self._say(next((line for line in lines if line not in self.state.used), lines[0]))

    def answer_after_yes(self, text: str) -> str | None:
        """A question asked after the talk was settled, answered from its side of the plan; None for no question.

        "How does that feel from your side?" after the yes got "Lovely. See you soon." and the end (session 60).
        """
        if "?" not in text:
            return None
        if _YES_OR_NO_OF_THEM.search(text) and not _channel_choice(text) and not _chosen_option(text) and not (
                self._check_agreed(text)):
            # ("Thank you. Just to be sure: you are willing to write it?" after the yes got "Noted. See you then.",
            # session 77): thanks before it, the question is still answered
            return self._say(_yes_in_kind(text))
        if signs_off(text):
            return None
        checked = self._check_agreed(text)
        if checked:  # ("…and after two months we check if is working, ok?": its question is the check, review r28)
            return checked
        way_back = [line for line in self.persona.way_back if line not in self.state.used]
        if _FALLBACK_ASKED.search(text) and way_back:
            # ("…if after like 2 months i feel lost…, we can just go back to weekly, ok?" got "From my side, I'd rather
            # have sessions with something in them…", review r49): a way back, agreed to plainly
            return self._say(way_back[0])
        if _WHAT_TO_BRING.search(expand_shorthand(text)) and self.persona.bring:
            # "will do. anything u want me to bring to the first one?" (review r34): what to bring, answered
            fits = [line for line in self.persona.bring if line not in self.state.used]
            if fits:
                return self._say(fits[0])
        channel = _channel_choice(text)
        if channel and channel not in self.state.used:  # ("good. so text or email?", review r44): its pick, said
            return self._say(channel)
        kind = question_kind(text)
        if kind == "choice":  # "calls or messages?" after the yes: its pick
            picked = _first_option(text)
            if picked and self.persona.choice:
                return self._say(self.persona.choice[0].replace("{option}", picked))
        picked_day = _day_picked(text) if kind == "when-works" else None
        if picked_day:
            return self._say(picked_day)
        bank = (self.scenario.answers.get(kind or "", ()) if kind in ("their-worry", "when-works") else ()) or (
            self.persona.when_works if kind == "when-works" else ()) or (
            self.scenario.their_side if kind == "in-the-way" else self.scenario.their_side_agreed)
        # ("what you need from my side…?" after the yes got "…I'd want to know I can keep it up before I say yes.",
        # review r29): the yes is given, so no line that holds it back
        # (its side of the plan when the asked kind has nothing left to say after the yes: "What would you need to see
        # from me to feel safe about it?" got "Sure. Talk soon." and the end, review r39)
        fits = [line for pool in (bank, self.scenario.their_side_agreed) for line in self._off_story(pool)
                if line not in self.state.used and not _BEFORE_THE_YES.search(line)]
        line = fits[0] if fits else None
        return self._say(line) if line else None

    def _check_agreed(self, text: str) -> str | None:
        """A yes that says back when the user proposed to look again ("After two months works."), or None.

        A choice of how to meet asked beside it is answered first ("how you prefer, phone or I come to the yard? and
        after 3 months we see if is working for you, ok?" got only the yes to the check, review r28).
        """
        agreed = self._check_yeses(text)
        if not agreed:
            return None
        choice = _channel_choice(text)
        return self._say(f"{choice} {agreed[0]}" if choice else agreed[0])

    def _check_yeses(self, text: str) -> tuple[str, ...]:
        """The persona's yeses that say back when ``text`` proposes to look again ("After two months works.")."""
        check = _check_time(text)
        # (a check is a meeting, agreed in the persona's words: the scenario's yes to a plan of the user's own, "Fine.
        # That's the right fix.", answered "can we talk ten minutes about how it went?", review r34)
        return self._accepting(None, upper_first(check[0]), meeting=True, persona_only=True) if check else ()

    def remember(self, line: str) -> None:
        """Count a line as said (a resumed rehearsal replays its saved replies): it is not said again.

        The saved reply is as said, so the bank's own line is counted too: without the custom persona's words
        ("On Tuesday, kiddo?") and without the answer said before a counter ("Easier, yes. "), as its bank has it.
        """
        said_first = (_SUITS_ANSWER, *_SUITS_ANSWERS.values())
        plain = re.sub(rf"^(?:{'|'.join(map(re.escape, said_first))})\s+", "", line)
        self.state.used.add(re.sub(r"^[^.?!]{1,30}\.\s+", "", plain))  # (and without an option chosen first)
        for phrase in (self.persona.calls_them, self.persona.says_often):
            plain = plain.replace(f", {phrase}", "", 1) if phrase else plain
        self.state.used.add(plain)
        self._say(line)

    def _say(self, line: str) -> str:
        self.state.used.add(line)
        self.state.last_reply = line
        return self._in_their_words(line)

    def _in_their_words(self, line: str) -> str:
        """``line`` with the custom persona's own words now and then: what it calls people, a phrase it says a lot.

        At most every other turn, in the first sentence only, so the base persona's lines still carry the conversation.
        """
        persona, state = self.persona, self.state
        first = re.match(r"^(?P<head>[^.?!]+)(?P<end>[.?!])", line)
        if not first or state.turn - state.flavoured_at < 2 or not (persona.calls_them or persona.says_often):
            return line
        head, rest = first["head"], line[first.end():]
        # ("Okay, I guess." and "On Tuesday, kiddo?", never "Ah, I guess." or "Oh, kiddo.")
        if persona.says_often and (_AGREEING_WORD.fullmatch(head) or 2 <= len(head.split()) <= 3):
            state.flavoured_at = state.turn
            return f"{head}, {persona.says_often}{first['end']}{rest}"
        if persona.calls_them and 2 <= len(head.split()) <= 10:
            state.flavoured_at = state.turn
            return f"{head}, {persona.calls_them}{first['end']}{rest}"
        return line

    def _unused_fallback(self, reaction: Reaction) -> str:
        """Any line of this persona not said yet, so nothing repeats even in a very long session.

        One that fits first: "Hm. Meaning what, exactly?" came back after the facts and their cost (review r18).
        """
        persona = self.persona
        pools = [persona.neutral, persona.generic["soften"], persona.generic["harden"], persona.invite]
        fitting = next((line for bank in pools for line in self._fitting(bank, reaction)), None)
        if fitting:
            return fitting
        for bank in pools:
            for line in bank:
                if line not in self.state.used:
                    return line
        return f"{persona.neutral[0]} (We've been at this a while: turn {self.state.turn}.)"

    def _banks(self, reaction: Reaction) -> list[tuple[str, ...]]:
        """Where this reaction's line comes from, most specific first.

        A question about the partner itself is answered in kind first: "how did you make the move to product?"
        got the scenario's worry about time (review 53); once those answers are said, its side follows.
        """
        answers = self.scenario.answers.get(reaction.asked or "", ())
        if reaction.asked == "choice" and not answers:  # "shorter sessions or other day?": its pick (review r34)
            picked = _first_option(self.state.said_by_user[-1] if self.state.said_by_user else "")
            answers = tuple(line.replace("{option}", picked) for line in self.persona.choice) if picked else ()
        if reaction.asked == "who-does-it":  # "…tell them yourself, or should I?": it takes the step on
            step = step_taken(self.state.said_by_user[-1] if self.state.said_by_user else "")
            answers = tuple(line.replace("{act}", step) for line in self.persona.who_does_it) if step else ()
        picked_day = _day_picked(self.state.said_by_user[-1]) if self.state.said_by_user else None
        if reaction.asked == "when-works" and picked_day:  # "Monday or Thursday is better for me": one, picked (r53)
            answers = (picked_day,)
        if reaction.asked == "when-works":
            answers = answers or self.persona.when_works
        if reaction.asked == "in-the-way":  # what got in the way is their side, even once a plan is agreed
            answers = answers or self.scenario.their_side
        if reaction.asked == "their-worry" and self._agreed and self.state.said_by_user and _TO_SAY_YES.search(
                self.state.said_by_user[-1]):
            # "what you need to hear from me to say yes?" after its yes got "My only hesitation is…", taking the yes
            # back (review r15): its side of what was agreed
            answers = self.scenario.their_side_agreed
        return [answers, *self._intent_banks(reaction)] if answers else self._intent_banks(reaction)

    def _intent_banks(self, reaction: Reaction) -> list[tuple[str, ...]]:
        """Where the line for this reaction's intent comes from, most specific first."""
        persona, scenario, difficulty = self.persona, self.scenario, self.difficulty
        generic = persona.generic
        earlier = self.state.reactions[:-1]
        settled = any(r.intent == "accept" for r in earlier) or _countered_last(earlier) or self.state.counter_taken
        if reaction.asks_what_to_bring and settled and persona.bring:
            # "will do. anything u want me to bring to the first one?" got "From my side, that's a commitment I can
            # actually keep…" (review r34): what to bring, answered
            return [persona.bring, self._closes]
        if reaction.asks_anything_else and settled and persona.nothing_else:
            # ("Is there anything else you need from me?" got "Just bring one thing you're stuck on…" for a reference
            # letter, review r51): nothing more is needed
            return [persona.nothing_else, self._closes]
        if reaction.asks_logistics and settled:
            # "who sends the invite?" once agreed: "Good. That's settled, then." left it unanswered (review 50);
            # a first proposal that asks them to send something ("Could you send me a three-line update…?") is no
            # question of who sends the invite
            return [persona.logistics or self._closes, self._closes]
        if reaction.intent == "resolve":
            # "How do you feel about that?" as the last turn is answered, never closed over ("Okay. Thanks for putting
            # it that way.", review r10): its side of what was agreed, then the usual close
            answered = [scenario.their_side_agreed] if "asks-their-view" in reaction.positive else []
            # already said yes, or the user took the partner's own offer: just close (a version to look over first
            # gets a yes to that: "i send you the new version on thursday before i present again, ok?", review r13)
            if settled:
                looks = tuple(line for line in self.persona.look_over if line not in self.state.used) if (
                    reaction.proposal and self._asks_to_look(reaction.proposal)) else ()
                # ("…and after two months we check if is working, ok?" got "That's settled, then.", review r28): when
                # to look again is said back and agreed
                # ("…until the exams finish, in June, and then we see again?" read no follow-up, review r31: the words
                # of looking again and a time are enough)
                checked = self._check_yeses(self.state.said_by_user[-1])
                # (its "…, ok?" asks about the check, so agreeing to it answers the question)
                # ("Is it possible you send the reference by the 20th?" once agreed got "Good. That's settled, then.",
                # review r36): a new detail asked for is said back and agreed
                asked = next((s for s in split_sentences(self.state.said_by_user[-1]) if "?" in s
                              and proposal_specifics(s)), "") if self.state.said_by_user else ""
                said = (proposal_specifics(asked) or "").lower()
                detail = tuple(line for line in self._accepting(asked) if said in line.lower()) if said else ()
                return [checked, detail, *answered, looks, self._closes, generic["soften"]]
            # ("OK, I will send you a short report after the first module, in February." got "Next summer. Fine,
            # that works.", the earlier proposal's date, review r26): what this turn settles is said back
            now_followed = self.state.said_by_user[-1] if "follow-up" in reaction.positive else None
            accepted = self._accepting(reaction.proposal or now_followed or self.state.raised.get("proposal"))
            # "Fine, that works. Good. That's settled, then." reads stitched (review 54): one acknowledgement is enough
            # ("Fine. Show me it works. We'll see whether it works." said the same thing twice, review r18)
            closing = tuple(f"{a} {_LEADING_ACK.sub('', c)}" for a in accepted for c in self._closes
                            if not _same_words(a, c))
            for line in closing:  # ("That would address it. …" said again inside the next close, review r34)
                accepted_line = next(a for a in accepted if line.startswith(a))
                self.state.template_of[line] = self.state.template_of.get(accepted_line, accepted_line)
            return [closing, scenario.lines(persona.bank, "resolution", "soften", difficulty)]
        if reaction.intent == "close-unresolved":
            return [scenario.lines(persona.bank, "resolution", "harden", difficulty)]
        if reaction.intent == "accept":
            return [self._accepting(reaction.proposal), generic["soften"]]
        by_intent: dict[Intent, list[tuple[str, ...]]] = {
            "ask-why": [scenario.ask_whys.get(persona.bank, ()), persona.ask_why, persona.invite],
            "counter": [*self._unoffered(self._counters, reaction.proposal), self._hesitations(reaction.proposal),
                        persona.ask_why],
            "pin-down": [persona.pin_down, persona.ask_why],
            "rebuff": [persona.rebuff, generic["harden"]],
            "answer": [scenario.their_side, generic["soften"]],
            "invite": [self._unasked(persona.invite, reaction), persona.neutral],
            "greeted": [persona.greeted, persona.asked_first, persona.invite],
            "answer-first": [persona.asked_first, persona.invite],
            # (once its first reactions are said, or asked already, the next stage's: "Okay. Good." answered a reason)
            "concede": [scenario.lines(persona.bank, "reaction", "soften", difficulty),
                        scenario.lines(persona.bank, "exploration", "soften", difficulty), generic["soften"]],
            "hold-out": [scenario.hold_outs.get(persona.bank, ()), generic["harden"]],
            "engage": [scenario.lines(persona.bank, "exploration", "soften", difficulty), generic["soften"]],
            "neutral": [persona.neutral, persona.invite],
        }
        if reaction.intent == "answer" and (self._agreed or _countered_last(earlier)):
            # "what do you think?" once it said yes asks about the plan: their side of the old way ("I like the
            # weekly rhythm") took the yes back (review 49)
            # (after only its counter, nothing is agreed yet: "What is worrying you about it?" got "…now that we've
            # agreed something concrete", review r48)
            sides = scenario.their_side_agreed if self._agreed else tuple(
                line for line in scenario.their_side_agreed if not _CLAIMS_AGREED.search(line))
            return [sides, generic["soften"]]
        if reaction.intent == "neutral" and self._agreed:
            # once agreed, an offer or aside ("I'm happy to send my questions by email") is taken kindly:
            # "Okay. And?" asked for more as if nothing had been settled (review 45)
            return [generic["soften"], persona.neutral]
        if reaction.intent == "cold":
            worst = next(move for move in COLD_MOVES if move in reaction.negative)
            if reaction.ends_it and "giving-up" in scenario.cold.get(persona.bank, {}):
                # "so yeah, i think we should just stop doing these." is plain enough about stopping: never "I'm not
                # quite sure I follow." (review r13 s04)
                worst = "giving-up"
            # "we can just stop" ends a mentorship on purpose, and a mentee asks no mentor "what's the ask?": the
            # scenario's own lines first (review 54)
            # ("Look, forget it." drops the point, not the mentorship: never "If that's what you want, we can stop.")
            own = tuple(line for line in scenario.cold.get(persona.bank, {}).get(worst, ())
                        if reaction.ends_it or not _STOPPING.search(line))
            if worst == "giving-up":
                # a point dropped again, once its answers are used, gets the partner's closing words: "I don't
                # think that holds up." argued with "Actually never mind, forget I asked." (review r26)
                return [own, persona.cold[worst], scenario.lines(persona.bank, "resolution", "harden", difficulty)]
            # (its own lines used up, a vague or apologetic turn is asked what it means, never "Oh. That stings a
            # little…" as if it had hurt: "…maybe we could work on the digitisation project I'm stuck on? Or
            # something." got just that, review r53)
            return [own, persona.cold[worst], self._unasked(persona.invite, reaction), persona.neutral]
        if reaction.praised and reaction.intent in ("neutral", "invite", "hold-out", "engage"):
            # "You're doing really well overall…" got "Mm, go on. I'm listening." (review r15): thanks for it first
            return [persona.praised, *by_intent[reaction.intent]]
        if reaction.intent == "hold-out" and not self.state.raised.keys() & _ON_THE_TABLE:
            # "…I know you have only ten minutes, so I come direct to the point." got "Why me rather than someone in
            # your own company?" (review r23): nothing asked or named yet, so nothing to hold out against
            return [self._unasked(persona.invite, reaction), persona.neutral]
        if reaction.intent == "hold-out" and reaction.owns_a_part:
            # "…which is on me too, i shouldve said it sooner" got "I've turned up every time, haven't I?" (review
            # r23): owning a share is met halfway before the partner goes back to the substance
            return [persona.owned, self.scenario.hold_outs.get(persona.bank, ()), persona.neutral]
        if reaction.intent == "hold-out" and set(reaction.positive) & _KIND_MOVES:
            # not won over yet, but "no worries, I get it, things are busy." is no attack to answer with
            # "That's not fair…": the partner stays guarded instead, on the substance
            return [self.scenario.hold_outs.get(persona.bank, ()), persona.neutral, persona.invite]
        if reaction.intent in ("concede", "engage") and reaction.owns_a_part:
            # "Part of that is on me, I haven't been sending my questions ahead." got "You're right, I do get carried
            # away…" (review 55): the user blamed themselves, so nothing of theirs is agreed with
            return [persona.owned, *(tuple(line for line in bank if not _AGREES.match(line))
                                     for bank in by_intent[reaction.intent])]
        if reaction.intent == "push-back":
            stage: Stage = "reaction" if reaction.stage == "reaction" else "exploration"
            # (a sneer is answered as one: "That's anecdote, not evidence." answered "Wow, great mentoring…", r29)
            sneered = [persona.sneered] if "sarcasm" in reaction.negative else []
            return [*sneered, scenario.lines(persona.bank, stage, "harden", difficulty), generic["harden"]]
        return by_intent[reaction.intent]

    def _unasked(self, lines: tuple[str, ...], reaction: Reaction) -> tuple[str, ...]:
        """``lines`` without those asking why, once any turn gave a reason.

        ("What's prompting this?" right after "…and with your help I got the job in January", review r11 s05.)
        """
        given = reaction.gave_reason or "reason" in self.state.raised or any(
            r.gave_reason for r in self.state.reactions)
        return tuple(line for line in lines if not _ASKS_WHY.search(line)) if given else lines

    @property
    def _counters(self) -> list[tuple[str, ...]]:
        """The partner's answers to a proposal in its persona's voice, then the scenario's counter-offers.

        Without the lines of the scenario's own story once the user tells theirs: nothing left to counter with, the
        partner takes the proposal rather than asking what it is for.
        """
        banks = [self.scenario.proposal_answers.get(self.persona.bank, ()), self.scenario.counter]
        return [tuple(self._off_story(bank)) for bank in banks]

    def _unoffered(self, banks: list[tuple[str, ...]], now: str | None = None) -> list[tuple[str, ...]]:
        """The banks without lines asking for what the user already offered (no "Before nine…" after 8am)."""
        # (anything the user said counts: "A short message in the off weeks is fair. I can send you three lines…" was
        # asked for back as a condition, review r14)
        proposals = [r.proposal for r in self.state.reactions if r.proposal] + ([now] if now else []) + list(
            self.state.said_by_user)
        # ("play two tunes at the Friday gig in June" got "Could we make it a trial for a month…?", review r15: a
        # one-off is no change to trial)
        # ("I want to mix one track on the Harlow record, just one…" got "try it for the next two sessions", r16)
        once = bool(now and (DATE_PATTERN.search(now) or _JUST_ONE.search(now)) and not _FREQUENCY.search(now))
        return [tuple(line for line in bank if not self.scenario.already_offered(line, proposals)
                      and not (once and _TRIAL_COUNTER.search(line))) for bank in banks]

    @property
    def _closes(self) -> tuple[str, ...]:
        return self.scenario.closes.get(self.persona.bank) or self.persona.close

    def _asks_to_look(self, text: str) -> bool:
        """Whether ``text`` asks the partner to look over the user's work ("can you look my new deck before?").

        Only a mentor is asked that: a mentor's "could you check the data dates before a report goes out?" asks the
        mentee for a habit, and got "Send it over when it's ready and I'll have a look" (session 79).
        """
        return self.scenario.user_role != "mentor" and _ASKS_THEM_TO_LOOK.search(text) is not None

    def _accepting(self, proposal: str | None, specifics: str | None = None, meeting: bool = False,
                   persona_only: bool = False) -> tuple[str, ...]:
        """The persona's acceptances not used yet, saying back the proposal's details (or ``specifics``) if any."""
        said = {self.state.template_of.get(line, line) for line in self.state.used}
        turn = self.state.said_by_user[-1] if self.state.said_by_user else ""
        # (the request may be the turn's next sentence: "…maximum 15 minutes. Is possible you look before?", r23)
        if (proposal and self._asks_to_look(proposal)) or self._asks_to_look(turn):
            looks = tuple(line for line in self.persona.look_over if line not in said)
            if looks:
                return looks
        specifics = specifics or (proposal_specifics(proposal) if proposal else None)
        accepts = (None if persona_only else self.scenario.accepts.get(self.persona.bank)) or self.persona.accept
        unused = [line for line in accepts if line not in said]
        # a scenario whose yes never says details back (their own plan to fix their work) still says yes
        # ("Is it possible for you to write it by the 15th?" got "…works. Send the invite.", review r32: an invite is
        # for a meeting)
        meeting = meeting or _A_MEETING.search(f"{proposal or ''} {turn}") is not None
        unused = [line for line in unused if meeting or not _AN_INVITE.search(line)] or unused
        fitting = [line for line in unused if ("{specifics}" in line) == bool(specifics)] or [
            line for line in unused if "{specifics}" not in line]
        lines = []
        notice = self._notice_unsaid()
        for template in fitting:
            line = fill_specifics(template, specifics or "")
            self.state.template_of[line] = template
            lines.append(f"{line} {fill_notice(notice[0], notice[1])}" if notice else line)
        return tuple(lines)

    def _notice_answer(self, reaction: Reaction) -> str | None:
        """A yes to the notice asked for, when this turn asks about it plainly; None otherwise.

        ("the day-before text, can you do that or not?" got "And what would that actually involve?", review r49.)
        """
        turn = self.state.said_by_user[-1] if self.state.said_by_user else ""
        notice = self._notice_unsaid()
        if not notice or reaction.negative or not _ASKS_ABOUT_NOTICE.search(turn):
            return None
        template, asked = notice
        said = upper_first(re.sub(r"^And\s+(?:yes,\s+)?", "", fill_notice(template, asked)))
        return f"{_yes_in_kind(turn)} {said}"

    def _notice_unsaid(self) -> tuple[str, str] | None:
        """The persona's yes to the notice the user asked for if it cancels, and that notice; None if none or said.

        ("If you can't do it, tell me the day before" went unanswered twice, and "…please tell me by the evening
        before" once, while the slot around it was said back, review r48.)
        """
        asked = next((n for n in map(notice_asked, reversed(self.state.said_by_user)) if n), None)
        if not asked or not self.persona.notice or any(asked in line for line in self.state.used):
            return None
        return self.persona.notice[len(self.state.reactions) % len(self.persona.notice)], asked

    def _delta(self, positive: tuple[str, ...], negative: tuple[str, ...]) -> int:
        """Good moves soften, poor moves harden; moves the persona is sensitive to count double."""
        good = len(positive) + len(set(positive) & set(self.persona.sensitive_positive))
        poor = len(negative) + len(set(negative) & set(self.persona.sensitive_negative))
        return min(good, MAX_POINTS_PER_TURN) * self.pace.soften - min(poor, MAX_POINTS_PER_TURN) * self.pace.escalate

    def _resolved(self) -> bool:
        """The natural end: the resolving moves made, the issue named, and the partner won over."""
        made_all = set(self.scenario.resolves_with) <= self.state.seen
        return made_all and self.moved and self.state.rapport >= self.pace.resolve_at

    @staticmethod
    def _tone(delta: int, stage: Stage, resolved: bool) -> ReplyTone:
        if stage == "resolution":
            # The closing line says whether the conversation got anywhere, not how the last turn went:
            # at the turn limit without a resolution, the partner ends it unconvinced.
            return "soften" if resolved else "harden"
        if delta > 0:
            return "soften"
        if delta < 0:
            return "harden"
        return "neutral"


ANSWER_WORDS = 5
"""A reply of at least this many words, right after the partner asked why, is the user's reason."""
_KIND_MOVES = frozenset({"acknowledgement", "gratitude"})
"""Moves that meet the partner halfway: a partner not yet moved answers them guarded, never aggrieved."""
_SOFT_MISSTEPS = frozenset({"vagueness", "over-apologising", "giving-up"})
"""Poor moves that hurt the user's case but attack no one: after a yes, the partner does not withdraw it for them."""
_FALLBACK_ASKED = lazy_regex(r"\bif\b[^?]*\b(?:we|i)\s+(?:can|could)\s+(?:just\s+)?"
                             r"(?:go\s+back|switch\s+back|change\s+(?:it\s+)?back|return)\b[^?]*,?\s*"
                             r"(?:ok(?:ay)?|right|yes|alright|no)?\s*\?+\s*$", re.IGNORECASE)
"""A way back asked for once the plan is agreed ("if … i feel lost…, we can just go back to weekly, ok?")."""
_TAG_QUESTION = lazy_regex(r",\s*(?:yes|no|right|yeah|isn't it|is it|don't you|do you|aren't you|wouldn't it|"
                           r"correct)\s*\?+\s*$", re.IGNORECASE)
"""A statement about their side turned into a question at its end ("…the hard part for you, yes?")."""
_HOW_ARE_YOU = lazy_regex(r"\bhow(?:'s| is| are| have)\s+(?:you|things|it going|life|work|your (?:week|day|quarter))"
                          r"(?:\s+(?:been|going|doing|holding up))?\b[^?]*\?"
                          # ("Oi Jordan, tudo bem?", review r34: asked in the user's own language)
                          r"|\b(?:tudo bem|como (?:vai|est[aá]s?)|qu[eé] tal|wie geht'?s|[cç]a va)\s*\?", re.IGNORECASE)
"""A greeting that asks after them ("How have you been?"): answered before the talk turns to the point."""
_ASKS_AFTER_THEM = lazy_regex(r"\b(?:for you|your (?:side|end)|with you|you been|you doing|are you|have you been|"
                              r"your (?:week|quarter|month|year|day|calendar|workload|team|life))\b", re.IGNORECASE)
"""A question about how they are, not about the matter at hand: answered in a sentence before the point."""
_ULTIMATUM = lazy_regex(r"\bfinal (?:answer|offer)\b|\bno exceptions\b|\bnon-?negotiable\b", re.IGNORECASE)
"""Terms put as final, whatever moves were found in them: never agreed to as put. Threats ("take it or leave it", "…or
we're done", "or I'll find someone else") are the blame move's `ultimatums` in the data file, read by
:func:`_is_ultimatum`."""


def _is_ultimatum(text: str) -> bool:
    """Terms put as an ultimatum: the partner's own phrases, or the blame move's `ultimatums` in the data file.

    "…, and if you cancel that too we're done." and "Either you drop the MBA thing or I'm finding another mentor."
    were agreed to (reviews r26 and r27).
    """
    return _ULTIMATUM.search(text) is not None or load_moves().specs["blame"].threatens(text)


_GOT_A_MINUTE = lazy_regex(r"\b(?:got|have you got|do you have|have you|you got)\s+(?:a|one)\s+(?:quick\s+)?"
                           r"(?:minute|min|sec|second|moment|mo)\b"
                           r"|\bcan (?:i|we) (?:have|grab|borrow) (?:a|you for a)\s+(?:minute|sec|moment)\b",
                           re.IGNORECASE)
"""Asking for a moment to talk: the partner invites the point, never asks what it means."""
_WHAT_TO_BRING = lazy_regex(r"\b(?:anything|what)\s+(?:(?:do|would|should)\s+)?(?:you\s+)?(?:want|like|need)?\s*"
                            r"(?:me\s+to\s+|i\s+(?:should\s+)?)?(?:bring|prepare|have ready|read)\b[^.!?]*\?|"
                            # ("What would you want from me to make it worth your time?", review r51: unanswered)
                            r"\bwhat\s+(?:do\s+|would\s+)?you\s+(?:want|need|expect)\s+from\s+me\b[^.!?]*\?",
                            re.IGNORECASE)
"""Asking what to bring to the meeting agreed ("anything u want me to bring to the first one?")."""
_ANYTHING_ELSE = lazy_regex(r"\b(?:is\s+there\s+)?anything\s+else\s+(?:(?:do|would|will)\s+)?you\s+(?:want|need|"
                            r"would\s+like)\b[^.!?]*\?|\banything\s+else\s+(?:i\s+(?:can|should)\s+(?:send|do|get))\b",
                            re.IGNORECASE)
"""Asking, once agreed, whether they need anything more ("Is there anything else you need from me?", review r51)."""
_LOGISTICS = lazy_regex(r"\b(?:who(?:'s| is| will)?\s+(?:sends?|books?|sets?\s+up|schedules?|puts?)|"
                        r"who\s+(?:would|should|do)\s+you\s+(?:like|want)\s+to\s+(?:send|book|set\s+up|schedule)|"
                        r"(?:shall|should)\s+i\s+(?:send|book|set up|schedule|put)|"
                        # ("Can you send me the new slide, I check it?" asks for the work, not an invite, review r42)
                        r"(?:will|can|could)\s+you\s+(?:send(?=\s+(?:(?:me|us)\s+)?(?:the|an?)\s+(?:\w+\s+)?"
                        r"(?:invite|invitation|calendar|link|meeting|dates?|times?)\b)|book|set up|schedule))"
                        r"\b[^.!?]*\?", re.IGNORECASE)
"""Who does the next practical step: "who sends the invite?", "shall I put it in the calendar?"."""
_A_THING_AFTER = lazy_regex(r"\s+(?:reports?|updates?|newsletters?|e-?mails?|numbers|figures|returns|sales|targets|"
                            r"rotas?|shifts?|stand-?ups?|checks?|inspections?|audits?|summar(?:y|ies)|deadlines?)\b",
                            re.IGNORECASE)
"""A noun after "weekly" or "monthly" ("the last two weekly reports"): what it describes, no rhythm offered."""
_A_THINGS_DAY = lazy_regex(r"\b(?:your|my|his|her|their|the)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:from|of)\s+(?:last\s+)?$",
                           re.IGNORECASE)
"""A day that dates a thing ("your blog post from Tuesday"): what happened, never a term agreed ("Yes. From Tuesday.
Alright, that's a testable change.", review r53)."""
_WHAT_THEY_DO_NOW = lazy_regex(r"\byour\s+(?:e-?mails?|messages?|texts?|calls?)\s+(?:comes?|arrives?|came|land)\b|"
                               r"\byou(?:['’]re|\s+are)?\s+(?:expecting|expect)\b", re.IGNORECASE)
"""What they do now, told as the problem ("your email comes at 11 or 12 at night… you are expecting the reply before
8am meeting", review r54): its times are no terms ("On Sunday, before 8am. Okay. I can live with that.")."""


def _sentence_before(quote: str, end: int) -> str:
    """The part of ``quote``'s sentence that comes before ``end``."""
    return re.split(r"[.!?]\s+", quote[:end])[-1]


_SO_FAR = lazy_regex(r"\s+(?:now|already|so far|by now)\b", re.IGNORECASE)
_MY_OWN_DELIVERY = lazy_regex(r"\band\s+(?:then\s+)?i(?:'ll|’ll| will)?\s+"
                              r"(?:send|email|text|share|post|upload|bring|mail)\b[^,;.?!]*$", re.IGNORECASE)
"""A day for something the user sends ("…, and I send you photos of the rinds on Thursday night"): never the
meeting's ("20 minutes every Friday, on Thursday?", review r34)."""
_SENT_BEFORE = lazy_regex(r"\s+(?:before|beforehand|ahead)\b(?=\s*(?:[.,;!?]|$))", re.IGNORECASE)
_VAGUE_ABOUT = lazy_regex(r"\b(?:about|raise|discuss|ask(?:\s+you)?|mention)\s+(?:you\s+)?(?:something|"
                          r"a\s+(?:little\s+|small\s+|quick\s+)?(?:thing|favou?r|question|request)|it|this)\b",
                          re.IGNORECASE)
"""A purpose that says only that there is something ("I want to ask about something a little awkward")."""
_GIVES_A_REASON = lazy_regex(r"\b(?:because|now that|since|so that|given that|cos|'cause|which is why|that's why)\b"
                             r"|,\s+as\s+(?:i|we|my|our|the)\b"
                             # what has changed is the reason: "…and with your help I got the job in January"
                             r"|\bi(?:'ve| have)?\s+(?:now\s+)?(?:got|landed|started|moved|been promoted|got promoted|"
                             r"passed|finished|reached)\s+(?:the|a|my|into|to)\b", re.IGNORECASE)
_EITHER_WAY = lazy_regex(r"\bor not\b|\b(?:don'?t|do not) (?:really )?mind either way\b|"
                         r"\bwhatever you (?:want|think)\b", re.IGNORECASE)
_ENDS_IT = lazy_regex(r"\b(?:stop|stopping|end|ending|quit|pause|call it a day|wrap (?:it |this |things )?up|"
                      r"no point (?:in )?(?:continuing|carrying on|meeting)|done with (?:these|this|the sessions)|"
                      # "Whatever… I've already found someone better." ends it too (review r13 s04)
                      r"found (?:someone|somebody) (?:else|better)|(?:got|have|found) (?:a|another) (?:new )?mentor|"
                      # "Honestly, I'm done, find another mentor." (review r23)
                      r"find (?:yourself )?(?:a|another|a new|a different) (?:mentor|mentee)|"
                      r"call it (?:done|quits|off))\b",
                      re.IGNORECASE)
_STOPPING = lazy_regex(r"\b(?:stop|end it|pause|call it|your decision|your call)\b", re.IGNORECASE)
"""A line that takes the talk (or the mentorship) as ended: said only once the user ends it ("If that's your decision,
fine." answered "…I don't really know what we'd even talk about anymore.", review r34)."""
_ASKS_ABOUT_THEM = lazy_regex(
    r"(?:^|[.!?]\s+)(?!(?:could|can|shall|should)\s+we\b|would it be (?:easier|better)\b|how about\b|what if\b)"
    r"(?:is|are|was|were|do|does|did|have|has|how|what|when|which|who|would you|could you|will you)\b"
    r"[^.!?]*\b(?:you|your|yours)\b[^.!?]*\?\W*$", re.IGNORECASE)
"""A question about the partner's side, whatever the detector found in it."""
_INVITES_THEIR_VIEW = lazy_regex(r"\bwhat did (?:you|u|ya) (?:think|reckon|make of it)\b|\bhit me\b|"
                                 # ("can i be honest abt something" asks to speak: "From my side…" answered it, r20)
                                 r"\b(?:tell me|(?<!\bi )(?<!\bme )be) (?:honest(?:ly)?|straight)\b|"
                                 r"\bhow did (?:it|i|my \w+) (?:come across|land|go|look)\b", re.IGNORECASE)
"""An invitation to hear their view of the user's work, however it is punctuated ("hit me, what did u think")."""
_A_PROBLEM = lazy_regex(
    r"\b(?:not|no longer|anymore|any more|losing|lost|struggl\w*|stuck|behind|hard(?:er)?|difficult|miss(?:ed|ing)?|"
    r"cancel\w*|moved|rescheduled|late|worried|anxious|frustrat\w*|overwhelm\w*|outgrown|changed|made the jump|"
    r"new (?:job|role|team|position)|finished|run its course|got what i|too (?:much|many|often|long|short)|"
    # "our sessions got more like catching up than actual mentoring" (review r18)
    r"more like [\w\s-]{2,30}? than|i'?m (?:kinda |kind of |pretty )?good now)\b|n't\b",
    re.IGNORECASE)
"""What is wrong or has changed, beside a purpose ("…, now that I've made the jump"): the issue, not a wish."""
_ASKS_WHY = lazy_regex(r"\bprompting\b|\bwhy\b|\bwhat's behind\b|\bwhat brought this\b", re.IGNORECASE)
_OWNS_A_PART = lazy_regex(
    r"\b(?:part of (?:it|this|that|the problem) (?:is|was) (?:on )?me|(?:that's|that is|it's|it is) (?:partly )?on me|"
    r"(?:my|me) (?:fault|bad) too|partly (?:my fault|on me|me)|i (?:should|could) have\b|"
    r"\bon me too\b|i (?:should|could)(?:['’]ve|ve)\b|"
    r"i (?:haven't|have not|havent|didn't|did not|wasn't|was not) (?:been |always |really )*(?:bringing|preparing|"
    r"sending|coming|doing|clear|telling|saying))", re.IGNORECASE)
"""The user owning their share ("part of it is me, I haven't been bringing questions"): not an attack to answer."""


_ASKS_FOR_SPECIFICS = lazy_regex(r"\breasons, not a feeling\b|\b(?:give me|you give me|could you give me) an?\s+"
                                 r"(?:actual\s+)?example\b|\bwhat exactly\?|\bhow many are we talking\b|"
                                 r"\bwhich sessions\b|\byou're generalising\b|\bsweeping statement\b|\btoo vague\b|"
                                 # ("What happened exactly?" right after what happened, review r13 s10)
                                 r"\bwhat happened exactly\?|"
                                 # ("Fine. Tell me why not." right after the cost and the hours, "What would that look
                                 # like in practice? Give me specifics." right after the three unanswered questions,
                                 # review r14)
                                 r"\btell me why not\b|\bgive me specifics\b|\bmeaning what\b|"
                                 # ("I'd want to understand exactly what went wrong…" right after the migration, its
                                 # date and the 1,200 accounts; "Go on. I'm not sure I follow the point yet." after
                                 # the cost, review r18)
                                 r"\bexactly what went wrong\b|\bwhich (?:figures|numbers|ones) were\b|"
                                 # ("…if the numbers were wrong. Which ones?" after the revenue-tab totals, r24)
                                 r"\bwhich ones\?|\bif the numbers were wrong\b|"
                                 r"\bnot sure I follow the point\b|\bwhat makes you think that\b|"
                                 r"\bprompting this, concretely\b|^I'm listening\. Be specific\.$|"
                                 # (or calls them unsupported: "I don't think that holds up." to the date and count)
                                 r"\bthat holds up\b|\ban assertion, not an argument\b",
                                 re.IGNORECASE)
"""A partner line asking for the particulars of the issue: never said once the user has given them."""
_GRANTS = lazy_regex(r"\b(?:yes|yeah|sure|of course|happy to|send it|glad to|fine by me)\b", re.IGNORECASE)
_ABOUT_MEETING = lazy_regex(r"\b(?:meet|meets|meeting|meetings|session|sessions|call|calls|catch[- ]?ups?|1:1s?|"
                            r"one[- ]on[- ]ones?|weekly|monthly|fortnight(?:ly)?|every (?:week|month|other|two))\b",
                            re.IGNORECASE)
"""Words of meeting and its rhythm: without any, "how often, and for how long?" asks about nothing said."""
_ASKS_HOW_OFTEN = lazy_regex(r"\bhow often\b|\bhow long\b", re.IGNORECASE)
_YES_OR_NO_OF_THEM = lazy_regex(
    r"(?:^|[.!?,:;]\s*|\b(?:so|and|but|just|maybe|perhaps|then|ok|okay)\s+)"
    r"(?:are you (?:willing|able|ok|okay|happy|fine|free)|would you|will you|could you|can you|"
    r"you (?:are|will|can|would|could) (?:be )?[a-z]+|is (?:that|this|it) (?:ok|okay|fine|alright|a yes)|"
    r"yes or no|[\w\s]{3,40}\bor not|"
    # ("…I just need to know: from now, do things I tell you stay with you?", review r47)
    r"do (?:things|you|we)|does (?:that|this|it)|"
    r"would (?:that|this|it) (?:work|suit|be (?:ok|okay|fine)))\b[^.!?]*\?\s*$|"
    r"\b(?:ok|okay|fine|alright|good) (?:for|with) you\b[^.!?]*\?\s*$", re.IGNORECASE)
"""A yes-or-no question asked of the partner, last in the turn ("you are willing to write it?", "Yes or no?")."""
# ("Good. That's settled, then." and "Done." answered "this also ok for you?" with filler, review r43)
_SAYS_YES_OUTRIGHT = lazy_regex(r"\b(?:yes|yeah|yep|sure|of course|happy to|glad to|fine by me|works for me|that works|"
                                r"I can do that|I'll do it|let's do (?:it|that)|deal|I can live with that|agreed|"
                                r"that's fine|is fine)\b", re.IGNORECASE)
"""A reply that agrees in so many words: it needs no "Yes." before it."""
_ENDS_ASKING_THEM = lazy_regex(r"(?:^|[.!?]\s+)(?!(?:so\s+|and\s+)?(?:could|can|shall|should|would|may)\s+(?:we|i)\b|"
                               r"let'?s\b|how about\b|what about\b)[^.!?]*\byou\b[^.!?]*\?\W*$", re.IGNORECASE)
"""A turn whose last sentence asks the partner something ("Are you not worried I will…?"), not a proposal put as a
question ("Could we check in after the review so I can tell you how it went?")."""
_SAYS_NO = lazy_regex(r"^\W*(?:no|not (?:yet|really|like this)|i can'?t|i won'?t)\b", re.IGNORECASE)
"""A reply that answers no, or not yet."""
_ASKS_FOR_MORE = lazy_regex(r"\band\s*\?|\bgo on\b|\bsay more\b|\btell me more\b|\bwhat else\b", re.IGNORECASE)
"""A line that only asks the user to go on: no answer to a question of its own."""
_SAYS_YES = lazy_regex(r"\bsounds like fun\b|\bI could genuinely help\b|\blet's do it\b|\bI'd be glad to\b|"
                      r"\bcount me in\b|\bhappy to mentor\b|"
                      # ("Possibly. I'm not fully convinced yet." to "e get something wey I wan ask you", review r28)
                      r"\bnot (?:fully |quite |yet )?convinced\b", re.IGNORECASE)
"""A partner line that weighs being asked, yes or not yet: never before the ask is made."""
_A_FAVOUR_ASKED = lazy_regex(
    r"\b(?:i(?:'d| would) be (?:grateful|glad|thankful|honou?red)|would you be (?:willing|able|open|happy)|"
    r"(?:i|i'd|i would) (?:want|like) to ask (?:you|if you|whether you)|(?:could|would|can|will) you)\b[^.?!]*?\b"
    r"(?:write|send|look at|read|review|introduce|recommend|vouch|sign|check|stop|let me|help me|be my|mentor me|"
    r"take me|sponsor|nominate|support my|put in a word)\b", re.IGNORECASE)
"""A favour asked of them, said in so many words ("I'd be grateful if you would write me a reference")."""
_AN_ASK = lazy_regex(r"\bmentor(?:ing)?\b|\b(?:would|could|can|will) you\b", re.IGNORECASE)
"""A turn that asks something of them ("would you…", or mentoring named); "you are Ms. Okafor right?" is none."""


def _same_words(first: str, second: str) -> bool:
    """Whether two lines share a word of substance ("works" in "Show me it works." and "…whether it works.")."""
    def words(line: str) -> set[str]:
        return {w for w in re.findall(r"[a-z']{4,}", line.lower()) if w not in _LIGHT_WORDS}
    return bool(words(first) & words(second))


_LIGHT_WORDS = frozenset({"that", "that's", "this", "with", "will", "we'll", "let's", "then", "fine", "good", "okay",
                          "right", "alright", "sure", "yes", "yeah", "great"})
_ASKS_FOR_THE_ISSUE = lazy_regex(r"\bwhat(?:'s| is)\s+(?:the\s+)?(?:not working|issue|problem|wrong)\?", re.IGNORECASE)
"""A partner line asking what the issue is: never said once it is on the table."""

_AGREEING_WORD = lazy_regex(r"okay|ok|fine|sure|right|yeah|yes|good|alright|noted|fair", re.IGNORECASE)
"""A first sentence of one agreeing word, which a custom persona's phrase can follow ("Okay, I guess.")."""
_ASKS_IF_IT_SUITS = lazy_regex(r"\b(?:is|would|will|does)?\s*(?:that|it|this)?\s*(?:be\s+)?"
                               r"(?P<how>easier|better|ok|okay|work|works|suit|suits|good)\s+(?:for\s+)?you\s*\?",
                               re.IGNORECASE)
"""A proposal that asks whether it suits them ("…every 2 weeks, is easier for you?", "does that work for you?")."""
_SUITS_ANSWERS = {"easier": "Easier, yes."}
_SUITS_ANSWER = "It could work."
"""Whether a proposal suits them, said before a counter: by what they were asked ("easier"), else this."""
_OWNS_A_COUNT = lazy_regex(r"\bone or two\b|\bhow many times\b", re.IGNORECASE)
"""A partner line owning how often it happened: said only after the user counted it."""
_ABOUT_PREAMBLE = lazy_regex(r"\blong version\b|\btime to guess\b|\bget to the point\b", re.IGNORECASE)
"""A partner line about how much was said before the point: an answer to vagueness, never to a jab."""
_ASKS_WHY_THEM = lazy_regex(r"\bwhy me\b|\bmade you think of me\b|\bwhy (?:are you asking|ask) me\b|"
                            # "Tell me a bit more about what you're hoping for." right after the user told it (r16)
                            r"\btell me (?:a bit |a little )?(?:more )?about (?:you\b|what you(?:'re| are)? ho)",
                            re.IGNORECASE)
"""A partner line asking why the user chose them, or what they hope for: never said once they have said why."""
_ASKS_THEM_TO_LOOK = lazy_regex(r"\b(?:can|could|would|will) you (?:please )?(?:look|have a look|take a look|glance|"
                                r"check|review|go over|read|look over|give (?:me )?feedback)\b|"
                                r"\bi(?:'ll| will)?\s+send\s+(?:you\s+)?(?:it|the|my|a)\s+(?:new |next |revised |"
                                r"updated |final )?(?:version|draft|deck|slides|cv|resume|chapter|report|portfolio)\b"
                                r"[^.?!]*\b(?:before|ahead of)\b|"
                                # ("Could I send you the draft on the 18th for a quick look?", review r20)
                                r"\b(?:could|can|may)\s+i\s+(?:send|show)\s+(?:you|u)\b[^.?!]*\b(?:look|read|"
                                r"feedback|glance|check)\b|"
                                # ("I can send you the new version on Monday?", asked as a question, review r24)
                                r"\bi\s+(?:can|could)\s+send\s+(?:you|u)\s+(?:the|my|a|it)\b[^.?!]*\?|"
                                # ("Is possible you look before, on 10 June?", a second language's request, r23)
                                r"\b(?:is\s+(?:it\s+)?possible|possible)\s+(?:for\s+)?(?:you|u)\s+(?:to\s+)?(?:look|check|"
                                r"review|read|see)\b",
                                re.IGNORECASE)
"""A proposal that asks the partner to look over the user's work: said yes to as such."""
_ASKS_WHAT_THE_ASK_IS = lazy_regex(r"\bwhat (?:exactly )?are you asking\b|"
                                   r"\bwhat(?:'s| is) the (?:specific |actual )?ask\b|"
                                   r"^[A-Z][a-z]+(?:\s[a-z]+)?, then\.", re.IGNORECASE)
"""A partner line asking what the user wants from it, or guessing it ("Mentoring, then."): never said once the ask
itself was made ("Mentoring, then." a turn after "would you be my mentor?", review r15)."""
_OWNED_IT = lazy_regex(r"\byou'?re right\b|\bthat'?s on me\b|\bbugging me too\b|\bi know,? i know\b|"
                       r"\b(?:yes|yeah),? (?:that|it) was me\b|\bi'?m sorry it\b", re.IGNORECASE)
"""A partner line that owned the problem: after it, the partner never says it did not know of it."""
_DID_NOT_KNOW = lazy_regex(r"\bi (?:didn'?t|did not|hadn'?t|had not) (?:know|realise|realize|realised|realized)\b|"
                           r"\bi thought (?:it was|things were) fine\b|"
                           # ("Yes, that was me…" then "That's not quite how I remember it.", review r47)
                           r"\bnot (?:quite )?how i remember\b|\bi see it (?:a bit )?differently\b|"
                           r"\bi'?ve had my reasons\b", re.IGNORECASE)
"""A partner line that says it did not know there was a problem, or remembers it otherwise."""
_ALTERNATIVE_NAMED = lazy_regex(r"\binstead\b|\brather than\b|\bi\s+(?:need|want|prefer|would do)\s+"
                                r"(?:the\s+|a\s+|an\s+)?[\w -]{2,40},\s+not\s+(?:the\s+|a\s+|an\s+)?\w|"
                                # ("I'd rather spend those years leading the…programme", "I want a master's in timber
                                # engineering", "I'm applying to…", review r53/r54)
                                r"\bi(?:'d|\s+would)\s+rather\b|\bi\s+want\s+(?:a|an|to\s+do\s+(?:a|an|the))\s+\w+|"
                                r"\bi(?:'m|\s+am)\s+(?:applying|going)\s+(?:to|for)\s+(?:a|an|the)\b", re.IGNORECASE)
"""The user naming what they would do instead ("I need the instructor rating, not MBA")."""
_ASKS_FOR_AN_ALTERNATIVE = lazy_regex(r"\bwhat you'?d do instead\b|\bmake a proposal\b|\bwhat'?s the alternative\b|"
                                      r"\bwhat would you do instead\b", re.IGNORECASE)
"""A partner line asking for the user's alternative or proposal."""
_WANTS_AN_END = lazy_regex(r"\bend date\b", re.IGNORECASE)
"""A partner line asking for the mentorship to have an end."""
_TERM_GIVEN = lazy_regex(rf"{_TRIAL.pattern}|\b(?:over|during)\s+(?:the\s+)?(?:next\s+)?(?:a\s+)?{_NUMBER}\s+"
                         rf"{_TRIAL_UNITS}\b|\buntil\s+(?:the\s+)?(?:end\s+of|summer|spring|autumn|winter|christmas|"
                         r"[A-Z][a-z]+)\b", re.IGNORECASE)
"""How long the user asks it to last ("over the next six months", "for three sessions", "until June")."""
_WANTS_THE_ASK = lazy_regex(rf"{_ASKS_WHAT_THE_ASK_IS.pattern}|\btell me the ask\b|\bwhat do you need(?: from me)?\b|"
                            r"\bwhat you need\b|\bwhen you know what you want\b", re.IGNORECASE)
"""A partner line waiting for the user's ask: never said where the partner brought the issue."""
# ("Fair. What would make them useful for you?" and "What do you need from me?" after "The ask: for next sessions,
# can we talk about…?", review r40)
_ASKS_FOR_THE_ASK = lazy_regex(rf"{_ASKS_WHAT_THE_ASK_IS.pattern}|\bhow much of my time\b|"
                               r"\bwhat would make (?:them|it|this|these|the sessions) (?:useful|work|better)\b|"
                               r"\bwhat do you need from me\b", re.IGNORECASE)
"""A partner line asking for the ask or its terms: never said once a proposal gave them."""
_DOUBTS_A_PROMISE = lazy_regex(r"\bI'll believe it when\b|\bunderstanding it and doing it\b|\bsaying it and doing it\b",
                               re.IGNORECASE)
"""A partner line doubting the user's promise to change: said only once the user promised something."""
_PROMISES = lazy_regex(r"\b(?:I(?:'ll|\s+will|\s+am\s+going\s+to|'m\s+going\s+to|\s+can)|"
                       r"I\s+(?:understand|get\s+it|see\s+(?:that|it|what you mean))|you'?re\s+right|"
                       r"(?:fair|good)\s+point)\b", re.IGNORECASE)
"""A user line that says they will change or that they take the point."""
_FALLBACK = lazy_regex(r"^\W*(?:and\s+)?(?:if\s+(?:that|it|this|\w+)\s+(?:doesn'?t|don'?t|does not|do not|won'?t|"
                       r"can'?t)\s+(?:work|suit|fit)|otherwise|failing that|or else|as a (?:fallback|backup))\b",
                       re.IGNORECASE)  # ("And if Saturday doesn't suit some week, just WhatsApp me…", review r26)
"""A second offer in case the first fails ("If Tuesdays don't work, I could send questions by email")."""


_WHO_DOES_IT = lazy_regex(r"\b(?:would|do|will)\s+you\s+(?:(?:prefer|rather|like|want)\s+to\s+|rather\s+)?"
                          r"(?P<act>[a-z][^?,.!]{2,80}?)\s*,?\s+or\s+"
                          r"(?:should|shall|would|do you want|would you like)\s+(?:I|me)\b[^?]*\?", re.IGNORECASE)
"""Who does the next step, asked of them as a choice ("Do you want to email her, or shall I?")."""


def step_taken(text: str) -> str | None:
    """The step a who-does-it question names, said as the partner's own ("tell them myself"), or None."""
    found = _WHO_DOES_IT.search(text)
    return said_back(found["act"].strip()) if found else None


_QUESTION_KIND_PATTERNS = {
    # "So you're saying I should have led with the recommendation?": what they said, repeated back to check it; got
    # "Alright. I'll believe it when I see the next deck." (review 57)
    "check": lazy_regex(
        r"^\W*(?:(?:ok(?:ay)?|right|so|sorry|wait)[,.\s]+)*(?:so\s+)?(?:you(?:'re| are) saying|you mean|"
        r"what you(?:'re| are) saying is)\b[^?.!]*\?\s*$|\bis (?:that|it) what you mean\b|"
        # "so the demo was too long and the client lost interest, yes?": their point said back, to check it
        r"^\W*(?:(?:ok(?:ay)?|right)[,.\s]+)?so\s+[^?.!]{8,}[,\s]+(?:yes|right|correct|no|is that right|yeah)\s*\?\s*$",
        re.IGNORECASE),
    "in-my-place": lazy_regex(
        r"\bwhat would you (?:have )?(?:done|do|cut|change|drop|say)\b|\bif (?:it|this) (?:was|were) (?:yours|your)\b|"
        r"\bwhat you(?:'d|’d| would) (?:have )?(?:done|do|cut|change|drop|say)\b|"
        r"\bin my (?:place|shoes|position)\b|\bif you were me\b|"
        # "What would a good version have looked like, to you?" asks what they would have done (review 57)
        r"\bwhat would (?:a|the) (?:good|better|right|great|strong) (?:version|one|deck|talk|answer)\b|"
        r"\bhow (?:would|should) (?:it|that|the \w+) (?:have )?(?:look|looked|gone|sounded)\b|"
        # "can you give me example what slide you would put first?" (review r13 s08)
        r"\bwhat \w+ (?:would you|you would|you'd) (?:put|lead with|open with|start with|cut|drop)\b|"
        # ("So where I should put the ask, at beginning?" got "And what would that actually involve?", review r49)
        r"\bwhere (?:should i|do i|i should|would you|you would) (?:put|move|place)\b|"
        # "which part you would cut first?" (own reading, session 63)
        r"\bwhich (?:\w+ )?(?:would you|you would|you'd) (?:put|lead with|open with|start with|cut|drop|change)\b|"
        # "what you would like to see in the first two minutes?" (review r24)
        r"\bwhat (?:would |do )?you (?:would )?(?:like|want|expect) to see\b",
        re.IGNORECASE),
    "about-them": lazy_regex(
        r"\b(?:how|when|why)\s+did\s+you\s+(?:do|make|manage|get|move|switch|handle|learn|become|end up|go)\b|"
        r"\bhow\s+you\s+(?:did|made|managed|got|moved|switched|handled|learned|became|ended up|went)\b|"
        r"\b(?:how|where)\s+(?:did\s+)?you\s+(?:find|found|get|got|land|landed)\s+your\s+first\b|"
        r"\b(?:somebody|someone|anyone|anybody)\s+help(?:ed)?\s+you\b|"
        r"\bwhat\s+(?:made|got|helped)\s+you\s+(?:move|switch|make|go|get|become|decide|through)\b|\byour own\b|"
        r"\b(?:did|have|had|were)\s+you\s+(?:ever|also|yourself)\b|\bwhen you\s+(?:were|started|moved|made)\b|"
        r"\bin your (?:own )?(?:career|experience)\b|\bwas it (?:hard|difficult|easy|scary)\b", re.IGNORECASE),
    "availability": lazy_regex(
        r"\bdo you (?:still )?(?:mentor|take on|have (?:the )?(?:time|room|capacity|space|bandwidth))\b|"
        r"\b(?:are|were) you (?:too |very |so )?(?:busy|swamped|stretched)\b|\bhow many (?:people|mentees)\b|"
        r"\bstill mentor\b|\bwhat does your (?:calendar|diary|schedule|week|month) look like\b|"
        r"\b(?:a|any) time (?:of the (?:month|week|day) )?that(?:'s| is) (?:more |less )?(?:protected|free|quiet|"
        r"booked|busy)\b|\bwhen (?:are|is) (?:you|your diary) (?:free|least busy)\b|"
        r"\b(?:have|got) (?:the )?(?:room|space|time|capacity) for (?:another|one more|a new)\b",
        re.IGNORECASE),
    # "What time of the month usually works best for you?": a time, never whether they still mentor (review r13 s01)
    "when-works": lazy_regex(
        r"\bwhen (?:would |does |do )?(?:works?|suits?) (?:best |better )?(?:for )?you\b|"
        r"\b(?:what|which) (?:time|day|days|times|week|slot|part of the (?:week|month|day))\b[^?.!]{0,30}\b"
        r"(?:works?|suits?|is best|would be best|is easiest)\b|"
        # "What is working best for you, the day or the format?" (review r24)
        r"\bwhat (?:is |'s )?(?:working|works?) best for you\b[^?]{0,30}\b(?:day|time|format|slot|morning|week)\b|"
        r"\b(?:works?|working) (?:best )?for your (?:schedule|diary|calendar|week)\b|"
        # ("What day would you pick?", "So, which day?", review r51: "You never said it mattered that much.")
        r"\b(?:what|which)\s+(?:day|time|slot|evening|morning)\s+(?:would|do|will)\s+you\s+(?:pick|choose|prefer|like|"
        r"take)\b|^\W*(?:so,?\s+)?(?:which|what)\s+(?:day|time|slot)\s*\?|\bso,?\s+(?:which|what)\s+(?:day|time|slot)\s*\?|"
        # ("Which day is good for you?", review r53)
        r"\b(?:what|which)\s+(?:day|time|slot)\s+(?:is|would\s+be)\s+(?:good|better|ok|okay|fine)\s+for\s+you\b|"
        r"\b(?:mornings?|afternoons?|evenings?|early|late)\s+or\s+(?:mornings?|afternoons?|evenings?|early|late)\b[^?]*\?|"
        # "For you is ok like this, or you prefer other day?" (review r26): whether another day suits them better
        r"\b(?:you\s+)?(?:prefer|rather(?:\s+have)?)\s+(?:an?\s*)?(?:other|another|different)\s+(?:day|time|slot)\b",
        re.IGNORECASE),
    "their-gain": lazy_regex(
        r"\bwhat (?:would|do|did|will) you (?:want to |hope to |like to )?get out of\b|\bwhat'?s in it for you\b|"
        r"\bwhat do you get (?:from|out of)\b|\bwhy do you (?:still )?(?:mentor|do (?:this|it))\b|"
        r"\bwhat would make it worth (?:it|your time) for you\b|"
        r"\bwhat would make (?:this|it|that) (?:worthwhile|worth it|useful|rewarding) for you\b|"
        r"\bdid you (?:get|take) anything (?:out of|from) (?:it|this|these|them|our)\b", re.IGNORECASE),
    # "What would be simple enough that you can really do it, even in a busy week?": what would work for them, got a
    # line about why it slipped (review 57)
    # "Is there something making it hard to prepare right now?": why it slipped, their side (review r10)
    "in-the-way": lazy_regex(
        r"\bwhat(?:['’]s| is| has| has been|['’]s been)\s+(?:been\s+)?(?:getting in the way|"
        r"making it (?:hard|difficult|tough)|stopping you|holding you back|going on (?:for|with) you)\b|"
        # ("Why it happen again?" and "why you did not bring it?" went unanswered, review r50)
        r"\bwhy\s+(?:it|this|that)\s+(?:happen|happens|happened|keeps?\s+happening)\b|"
        r"\bwhy\s+(?:(?:did|do)\s+)?(?:you|u)\s+(?:did\s+not|didn'?t|don'?t|do\s+not|not|never|keep)\b|"
        # ("what's been making the Wednesday afternoon slot hard for you?" got "Wednesday. Fine, that works.", r49)
        r"\bwhat(?:['’]s| is| has)\s+(?:been\s+)?making\s+(?:the|that|this|our|your)\s+[^?.!]{1,40}?\s+"
        r"(?:hard|difficult|tough|tricky)\b|"
        r"\b(?:is|was) (?:there )?(?:something|anything) (?:making it (?:hard|difficult|tough)|getting in the way|"
        r"stopping you|going on)\b|\bwhat (?:gets|got) in the way\b|\bwhat makes it (?:hard|difficult|tough)\b|"
        # "Is there anything on your side that makes Fridays hard?"
        r"\b(?:anything|something)\b[^?.!]{0,30}\bthat makes (?:it|this|that|\w+) (?:hard|difficult|tough|tricky)\b|"
        # "What happened from your side when you put the report together?" (review r11 s02)
        r"\bwhat happened\b[^?.!]{0,20}\b(?:on|from|at) your (?:side|end)\b|\bwhat went wrong\b|"
        # ("what happen at closing? Why the door stay open?", "what you were doing at closing?", review r37)
        r"\bwhat\s+(?:happen|happened)\s+(?:at|on|that|with|when|in)\b|\bwhat\s+(?:were\s+you|you\s+were)\s+doing\b|"
        # ("What has been happening on your side that the agenda no dey reach me?", review r36)
        r"\bwhat(?:['’]s| is| has)?\s+(?:been\s+)?(?:happening|going on)\b[^?.!]{0,20}\b(?:on|from|at) your "
        r"(?:side|end)\b|"
        r"\bhow did (?:it|that|this) (?:happen|come about)\b|\bwhat led to\b|"
        # "What's your read on what happened?", "…anything that made skipping the dry run feel okay?" (review r18)
        r"\byour (?:read|take|view|side) (?:on|of) what happened\b|\bmade [a-z]+ing\b[^?.!]{0,40}\bfeel (?:ok|okay|"
        r"fine|alright|acceptable)\b|"
        # "what's ur process before you hit send? walk me thru it", "walk me through how you put the totals together"
        # (reviews r21, r24): how they did it, answered with their side, never handed back
        r"\b(?:walk|talk|take)\s+me\s+(?:through|thru)\b|\bwhat(?:['’]s| is)\s+(?:your|ur)\s+process\b|"
        # "Were you under time pressure?" (review r30): a guess at their side, asked yes or no
        r"\b(?:were|was)\s+you\s+(?:under\s+(?:\w+\s+){0,3}pressure|rushed|rushing|short\s+(?:of|on)\s+time|stretched|"
        r"overloaded|too\s+busy)\b|\bwas\s+it\s+(?:the|a)\s+(?:deadline|workload|time\s+pressure)\b",
        re.IGNORECASE),
    # "What do you see as the risk of waiting, from where you sit?", "or is that gonna be a problem for u" (review r11)
    "their-worry": lazy_regex(
        r"\b(?:the|any|a)\s+(?:big(?:gest)?\s+|main\s+|real\s+)?(?:risks?|downsides?)\b|\bwhat worries you\b|"
        # ("What is worrying you about it?" after its counter got "…now that we've agreed something concrete", r48)
        r"\bwhat(?:'s| is| are)\s+(?:worrying|bothering|concerning)\s+(?:you|u)\b|"
        r"\bwhat\s+(?:bothers|concerns)\s+you\b|"
        # ("How bad is it for you, and is there something I can do to help…?", review r52)
        r"\bhow\s+bad\s+is\s+(?:it|this|that)\s+for\s+you\b|"
        r"\bwhat\s+(?:are|r)\s+(?:you|u)\s+(?:worried|concerned)\s+about\b|"
        # ("Is this about stage 7 in Wales? If you think I am not ready…, please just say it." got "Fair. I can't
        # really argue with that.", review r49)
        r"\bif\s+you\s+(?:think|feel|believe)\s+I(?:'m|\s+am)\s+not\s+(?:ready|good enough|the right)\b|"
        r"\bdo\s+you\s+(?:think|doubt)\s+(?:that\s+)?I(?:'m|\s+am)\s+not\s+(?:ready|good enough)\b|"
        r"\bwhat(?:'s| is| would be) your (?:biggest |main )?(?:worry|concern)\b|\b(?:are|were) you worried\b|"
        r"\bwetin be your (?:worry|concern|wahala)\b|"  # (Nigerian Pidgin, review r28)
        # ("what you need from my side so it is not waste of your time?", "What you want to see from me, before you
        # let me cut in real cloth?", review r29)
        r"\bwhat\s+(?:do\s+|would\s+)?you\s+(?:need|want)\s+(?:to\s+see\s+)?from\s+(?:me|my\s+side|my\s+end)\b|"
        r"\b(?:a|an)\s+(?:big\s+)?(?:problem|issue)\s+for\s+(?:you|u)\b|"
        # "If you have any doubts, I'd honestly rather hear them now." (review r11, custom)
        r"\bif you have (?:any )?(?:doubts|concerns|worries|reservations|hesitations?)\b|"
        # "What would you need to see from me before you'd be comfortable?" (review r13 s11)
        r"\bwhat would you need (?:to see|to know|to hear|from me|from (?:a|your) (?:mentee|mentor))\b|"
        # "I'd rather hear any doubts now." (review r20)
        r"\b(?:hear|know|tell me)\s+(?:any|your)\s+(?:doubts|concerns|worries|reservations)\b|"
        # "what you need to see for say yes?" (review r14, as a second language asks it)
        r"\bwhat (?:do |would )?you need (?:to see|to hear|from me)\b[^.?!]*\b(?:say(?:ing)? yes|agree|be sure|"
        r"trust)\b|"
        r"\bbefore you(?:'d| would) (?:be|feel) comfortable\b",
        re.IGNORECASE),
    # "What things did you have in mind that we hadn't got to yet?" (review r31; "What did you still have in mind for
    # us to work on?", r29): what they had still hoped to cover, answered with it, never with "I'd felt it too"
    "what-left": lazy_regex(
        r"\bwhat\s+(?:\w+\s+)?(?:did|do|would)\s+you\s+(?:still\s+)?have\s+in\s+mind\b|"
        r"\bwhat\s+(?:else\s+)?(?:did|do|would)\s+you\s+(?:still\s+)?(?:have\s+)?(?:want|wanted|hope|hoped|like|liked)\s+"
        r"(?:us\s+|me\s+)?to\s+"
        r"(?:work on|cover|get to|do)\b|\bwhat(?:'s|’s| is)\s+(?:still\s+)?left\s+(?:to|for)\b|"
        r"\b(?:hadn't|haven't|have not|had not|didn't|did not)\s+(?:yet\s+)?(?:got|gotten|get)\s+(?:round\s+)?to\b|"
        # ("What do you feel is still open?", review r51: "Next year? Yes, that works for me.")
        r"\bwhat\s+(?:do|would)\s+you\s+(?:feel|think|say)\s+(?:is|was|we(?:'ve| have))\s+(?:still\s+)?(?:open|left|"
        r"missing|unfinished|not (?:done|finished))\b",
        re.IGNORECASE),
    # "What is more easy for you now, shorter sessions or other day?", "For you, how is it better? Calls or messages?"
    # (review r34: answered with a line about not seeing the user's side): a pick between two, asked of them
    "choice": lazy_regex(
        r"\b(?:for you|for u|easier|more easy|better|prefer|rather|suits? you|works? (?:better|best))\b[^?]*\?[^?]*"
        r"\b[\w'-]+\s+or\s+(?!not\b|no\b)[\w'-]+(?:\s+[\w'-]+){0,2}\s*\?\s*$|"
        r"\b(?:for you|for u|easier|more easy|better|prefer|rather)\b[^?.!]*,\s*[\w'-]+(?:\s+[\w'-]+){0,2}\s+or\s+"
        r"(?!not\b|no\b)[\w'-]+(?:\s+[\w'-]+){0,2}\s*\?\s*$|"
        # "was it the length of the background, or that I never said…?", "length, or the ask? Which one?" (review
        # r45: "Go on." twice): which of two things they meant
        r"\bwas\s+it\s+[^?]{2,80}?,?\s+or\s+[^?]{2,100}\?|\bwhich\s+one\s*\?",
        re.IGNORECASE),
    # "Would you prefer to tell them yourself, or should I?" (session 79: "From Tuesday? Yes, that works for me."):
    # who does the next step, asked of them
    "who-does-it": _WHO_DOES_IT,
    # ("Can I ask why you told Jen?", "why did you tell her?", review r51: ignored twice): why they did it
    "their-why": lazy_regex(
        r"\bwhy\s+(?:did\s+)?you\s+(?:tell|told|say|said|mention(?:ed)?|share[d]?|pass(?:ed)?|present(?:ed)?|use[d]?|"
        r"take|took|report(?:ed)?|do|did|go|went)\b", re.IGNORECASE),
    # "Did you tell her?", "Did it come from you?" (review r44: answered twice with "I'm glad you came to me with it
    # directly"): whether they did the thing the talk is about, asked yes or no
    "their-doing": lazy_regex(
        r"\b(?:did|have|had)\s+you\s+(?:really\s+|actually\s+|already\s+)?(?:tell|say|mention|share|pass|give|send|"
        r"forward|present|show|use|take|report|repeat|talk to|speak to|check|read|look at)\b|"
        r"\bdid\s+(?:it|that|this)\s+come\s+from\s+you\b|\bwas\s+it\s+you\b", re.IGNORECASE),
    "what-would-help": lazy_regex(
        r"\bwhat (?:would|could) (?:be )?(?:simple|easy|small|realistic|doable|manageable|light) enough\b|"
        # ("What would make it work on your side?", "So what could help you not skip the torque check…?", review r52)
        r"\bwhat\s+would\s+make\s+(?:it|this|that)\s+work\s+(?:on|from|for)\s+your\s+side\b|"
        r"\bwhat\s+(?:could|would|can|might)\s+help\s+you\s+(?:not|to|remember|stop|avoid|keep)\b|"
        # ("What would make it realistic for you to get the notes in…?", review r51)
        r"\bwhat would (?:make (?:it|this|that) (?:easier|possible|doable|realistic|workable)|"
        r"help you (?:do|keep|manage|stick))\b|"
        r"\bwhat(?:'s| is) (?:something|the smallest thing) you (?:could|can) (?:really |actually )?(?:do|keep)\b|"
        # ("You tell me, what will work for you?", review r31: answered with the last question's answer)
        r"\bwhat (?:will|would|could|can) (?:really |actually )?work for you\b(?![^?]*\b(?:time|day|slot)\b)",
        re.IGNORECASE),
}
"""How a question about the partner itself reads, by :data:`QUESTION_KINDS`."""
QUESTION_DIRECTIONS = {
    "in-my-place": "what you would do in their place",
    "about-them": "your own path or experience",
    "availability": "whether you still have time for it",
    "their-gain": "what you yourself would get out of it",
    "check": "whether they have understood you: confirm or correct it",
    "what-would-help": "what would be small enough for you to actually do",
    "in-the-way": "what has been getting in the way, from your side",
    "when-works": "what time or day suits you best",
    "their-worry": "what worries you about it, if anything",
    "what-left": "what you had still hoped to cover together",
    "who-does-it": "whether you will do the step they named yourself or leave it to them: say which, plainly",
    "choice": "which of the two they offered suits you better: pick one",
    "their-doing": "whether you did what they ask about: say yes or no plainly, then one honest sentence",
    "their-why": "why you did what they ask about: your honest reason, in a sentence or two, without excuses",
}
_ABOUT_ITSELF = ("about-them", "availability", "their-gain")
"""Question kinds answered from the partner's own life, whatever words of the scenario's story they use."""
ANSWERED_ANY_TIME = frozenset({"in-the-way", "their-worry", "when-works", "their-doing", "their-why", "who-does-it"})
"""Questions answered whatever else the turn does, even once a plan is agreed: what got in the way is their side,
and a worry asked about is theirs to say."""
"""What each kind of question about the partner asks, for the LLM partner's directions."""
# ("When you said you spent a year writing specs…, it was the first time…" tells, and asks nothing, review 56)
_QUESTION_SHAPE = lazy_regex(r"\?|\bif you have (?:any )?(?:doubts|concerns|worries|reservations)\b|"
                             r"^\W*(?:(?:and|so|but|or)\s+)?(?!(?:when|what)\s+you\s+(?:said|told|wrote|mentioned|"
                             r"talked|spoke|explained|described|did|showed|gave)\b)"
                             r"(?:how|what|when|why|do|did|are|were|have|was|is|would|will|could|can)\b", re.IGNORECASE)


_TWO_OPTIONS = lazy_regex(r"(?:^|[,?.!]\s*|\b(?:now|me|you|u)\s+)(?P<first>[\w'-]+(?:\s+[\w'-]+){0,2})\s+or\s+"
                          r"(?!not\b|no\b)[\w'-]+(?:\s+[\w'-]+){0,2}\s*\?\s*$", re.IGNORECASE)


def _first_option(text: str) -> str:
    """The first of two options a question offers ("shorter sessions or other day?" -> "Shorter sessions"), or ""."""
    found = _TWO_OPTIONS.search(text.strip())
    if not found or re.match(r"(?:is|are|do|does|can|could|would|will|should)\b", found["first"], re.IGNORECASE):
        return ""
    return upper_first(re.sub(r"^(?:prefer|rather|like|want|have|do|choose|pick)\s+", "", found["first"],
                              flags=re.IGNORECASE))


_ASKED_WITH = lazy_regex(r"\b(?:(?P<verb>can|will|would|could|do|are)\s+you|you\s+(?P<after>are|will|can|would))\b"
                         r"[^.!?]*\?\s*$", re.IGNORECASE)
_YES_FOR = {"can": "Yes, I can.", "will": "Yes, I will.", "would": "Yes, I would.", "could": "Yes, I could.",
            "do": "Yes, I do.", "are": "Yes, I am."}


def _yes_in_kind(question: str) -> str:
    """A yes in the question's own verb ("Can you promise me that?" -> "Yes, I can.")."""
    asked = _ASKED_WITH.search(question)
    return _YES_FOR[(asked["verb"] or asked["after"]).lower()] if asked else "Yes."


def question_kind(text: str) -> str | None:
    """The kind of question about the partner itself that ``text`` asks, if any (first kind that fits).

    Texting spellings are read as the words they stand for: "what wud u cut first?" asks what they would cut, and
    got a line about what they saw (review r14, 13).
    """
    from coach.writing import expand_shorthand  # (imported here: only a question needs the writing module)

    text = expand_shorthand(text)
    if not _QUESTION_SHAPE.search(text):
        return None
    return next((kind for kind in QUESTION_KINDS if _QUESTION_KIND_PATTERNS[kind].search(text)), None)


# (after a reply word, and with a guess after it: "Great. What is making the current slot hard for you? Is it the
# Thursday afternoons?", review r46)
_OPEN_QUESTION_OF_THEM = lazy_regex(r"^\W*(?:(?:great|good|ok|okay|right|so|and|sorry)[.,!]?\s+)?(?:what|how|which)\b"
                                    r"[^?]*\byou\b[^?]*\?(?:\s*(?:is|was)\s+it\b[^?]*\?)?\s*$", re.IGNORECASE)
"""An open question about what would work for them ("What would make it possible for you to…?")."""
_LOOK_AGAIN = lazy_regex(r"\b(?:check|see(?!\s+(?:you|u|ya)\b)|look|review|revisit|evaluate|catch up|go over|"
                         r"talk again|meet again|"
                         r"(?:is|it's|its|it is) working|how (?:it|this)(?:'s| is) going|"
                         r"how (?:it|this|that) (?:went|goes))\b", re.IGNORECASE)
"""What makes a time a check ("after two months we check if is working"), never "…recover in a fortnight" (r29)."""
def _check_time(text: str) -> re.Match[str] | None:
    """When the user proposes to look again ("after two months we check if is working"), or None.

    The time in the clause that looks again comes first: "Let's try it until the cellos ship at the end of March,
    and I'll put a review in … for the first Monday of April" reviews in April (review r34).
    """
    look = _LOOK_AGAIN.search(text)
    if look is None:
        return None
    bounds = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(text)), len(text)]
    start = max(b for b in bounds if b <= look.start())
    stop = min(b for b in bounds if b > look.start())
    return _CHECK_WHEN.search(text, start, stop) or _CHECK_WHEN.search(text)


_CLAUSE_BREAK = lazy_regex(r",\s+and\s+|;\s*|[.!?]\s+")


_BEFORE_THE_YES = lazy_regex(r"\bbefore I (?:say yes|agree|commit|sign up)\b|\bnot (?:yet |fully |quite )?convinced\b",
                             re.IGNORECASE)
"""A line that holds a yes back: never said once the partner has said yes."""
_ASKS_FOR_DOUBTS = lazy_regex(r"\b(?:doubts?|worr(?:y|ies|ied)|concerns?|hesitat\w*|reservations?|misgivings?)\b",
                              re.IGNORECASE)
"""A user line that asks for the partner's doubts ("If you have any doubts, I'd rather hear them now.")."""
_HESITATES = lazy_regex(r"\bmy (?:only |one )?hesitation\b|\bthink it through\b", re.IGNORECASE)
"""A line that hesitates over the plan: never said unasked once the partner has said yes."""
_CHECK_WHEN = lazy_regex(r"\b(?:after|in)\s+(?:the\s+)?(?:first\s+)?(?:\d+|one|two|three|four|five|six|eight|"
                        r"a couple of|a few)\s+(?:weeks?|months?|sessions?|meetings?|calls?|"
                        r"(?:mon|tues|wednes|thurs|fri|satur|sun)days)\b|"
                        r"\b(?:after|in)\s+a\s+(?:month|week|fortnight)\b|"
                        # ("…until the sampling season finish, in October, and then we see again…", review r31)
                        r"\b(?:in|after|by|end of|at the end of)\s+(?:jan|febr)uary\b|"
                        r"\b(?:in|after|by|end of|at the end of)\s+(?:march|april|may|june|july|august|september|"
                        r"october|november|december)\b|"
                        # ("…a review … for the first Monday of April", "in the middle of May we look again", r34)
                        # ("After the next review, can we talk ten minutes about how it went?", review r34)
                        r"\bafter\s+(?:the|my|our|your)\s+(?:next|first)\s+(?:review|session|meeting|call|presentation|"
                        r"panel|module|shift|exam|pitch|run)\b|"
                        r"\b(?:the\s+)?(?:first|second|third|last)\s+(?:mon|tues|wednes|thurs|fri)day\s+(?:of|in)\s+"
                        r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|"
                        r"\b(?:in\s+)?the\s+(?:middle|start|beginning|end)\s+of\s+(?:january|february|march|april|may|"
                        r"june|july|august|september|october|november|december|next month)\b", re.IGNORECASE)
"""When the user proposes to look again ("after two months we check if is working"): said back when agreed."""


def _has_details(quote: str) -> bool:
    """Whether a proposal names at least two details (a when, how long, how often, or a count), said back or not."""
    patterns = (_FREQUENCY, _TRIAL, DATE_PATTERN, DURATION_PATTERN, _CLOCK, _DAY_OF_MONTH, _MONTH_ONLY, _YEAR_OR_SEASON,
                _COUNTED, _WEEKDAYS_PLURAL, _NTH_WEEKDAY, _TIED_MONTH)
    return sum(len(pattern.findall(quote)) for pattern in (*patterns, _PLAN_DETAIL)) >= 2


_PLAN_DETAIL = lazy_regex(r"\b(?:next|this|the coming)\s+(?:quarter|month|week|year|term|season|semester)\b|"
                          r"\b(?:\d+|one|two|three|four|five|six|eight|ten|twelve)[- ](?:week|month|day|hour)\b|"
                          r"\b(?:\d+|two|three|four|five)\s+(?:people|sessions|calls|meetings|questions|projects|courses|"
                          r"modules|clients|shifts)\b", re.IGNORECASE)
"""Details of a plan that is no meeting ("next quarter", "the twelve-week course", "two people in your network")."""


def proposal_specifics(quote: str) -> str | None:
    """The concrete details of the user's proposal as the partner says them back, or None without any.

    Only the details are repeated (a duration, how often, a day, a date, a time, a count of bullet
    points), in the user's order: "Could we try a 30-minute call every other Tuesday morning?" gives
    "30 minutes, every other Tuesday morning". Said back whole, a proposal came out with the user's
    typos and with pronouns the other person cannot use ("after it me decide…").
    """
    asked = _THEN_ASKED_OF_THEM.search(quote)
    theirs = proposal_specifics(quote[asked.end():]) if asked else None
    if theirs:  # ("I send the draft tomorrow evening, and is it okay if you send the letter by next Friday?" was said
        return theirs  # back "Tomorrow, by next Friday.", review r52): what is asked of them, never the user's own part
    spans: list[tuple[int, int]] = []
    patterns = (_FREQUENCY, _TRIAL, DATE_PATTERN, DURATION_PATTERN, _CLOCK, _DAY_OF_MONTH, _MONTH_ONLY, _YEAR_OR_SEASON,
                _COUNTED, _WEEKDAYS_PLURAL, _NTH_WEEKDAY, _TIED_MONTH, _CHANNEL)
    for pattern in patterns:
        for match in pattern.finditer(quote):
            # ("our monthly sessions have run their course": the arrangement now, never the offer, review r11)
            now_so = pattern is _FREQUENCY and _THE_WAY_IT_IS.search(quote[: match.start()]) is not None
            # ("…feedback on the last two weekly reports": a kind of report, never a rhythm offered, review r34)
            now_so = now_so or (pattern is _FREQUENCY and _A_THING_AFTER.match(quote, match.end()) is not None)
            if now_so or _replaced(quote, match.start(), match.end()) or _TIME_NOW.search(quote[: match.start()]) or (
                    _IN_ITS_REASON.search(quote[: match.start()])) or (
                    _TOO_MUCH_AFTER.match(quote, match.end())) or _SENT_BEFORE.match(quote, match.end()) or (
                    pattern is not _COUNTED and _MY_OWN_DELIVERY.search(quote[: match.start()])) or (
                    _SO_FAR.match(quote, match.end())) or _A_THINGS_DAY.search(quote[: match.start()]) or (
                    _WHAT_THEY_DO_NOW.search(_sentence_before(quote, match.start()))) or any(
                        told.search(quote[: match.start()])
                                                               for told in _TOLD_NOT_PUT) or (
                    pattern is _FREQUENCY and _MY_ROUTINE.search(quote[: match.start()])):
                # ("I only carry cables for three months now": how long it has been, never the offer, review r37)
                continue  # ("…send an agenda the Friday before": when the agenda goes, not the meeting day)
            # ("being my mentor for the next year" said back as "Next year?", a date, review r43: a stretch keeps its
            # "for the")
            tie = _TIED.search(quote[: match.start()]) or _FOR_THE_NEXT.search(quote[: match.start()])
            lead = _LEAD_TIME.match(quote, match.end()) if pattern is DURATION_PATTERN else None
            # ("at the Friday gig in June" said back as "At the Friday, in June", review r15: the day names the gig)
            lead = lead or (_DAY_NAMES_A_THING.match(quote, match.end()) if _ENDS_IN_A_DAY.search(match[0]) else None)
            spans.append((tie.start() if tie else match.start(), lead.end() if lead else match.end()))
    proposing = _PROPOSING.search(quote)
    if proposing and any(start >= proposing.start() for start, _ in spans):
        # ("once a month would be more realistic…, maybe the first monday" proposes both)
        spans = [span for span in spans if span[0] >= proposing.start() or _PROPOSED_HERE.match(quote, span[1])]
    taken: list[list[int]] = []
    for start, stop in sorted(spans, key=lambda span: (span[0], -span[1])):
        if taken and start < taken[-1][1]:
            taken[-1][1] = max(taken[-1][1], stop)  # inside a detail already taken ("every other Tuesday")
        elif taken and not quote[taken[-1][1] : start].strip():
            taken[-1][1] = stop  # "by Wednesday 5pm": details side by side are one
        else:
            taken.append([start, stop])
    taken = _one_sentences_terms(quote, taken)
    details = list(dict.fromkeys(_said_back(_until_kept(quote, start, stop)) for start, stop in taken))
    # one length is said back: "Ten minutes, on Thursday, half an hour" gave two for one proposal
    durations = [d for d in details if DURATION_PATTERN.search(d)]
    details = [d for d in details if d not in durations[1:]]
    if len(details) > 1 and all(_DATE_ONLY.fullmatch(d) for d in details):
        # "help me find a strategy project by March, and we revisit the MBA next autumn" said back as "By March,
        # next autumn" (review 54): dates without what they are for say nothing
        return None
    if len(details) > 1 and not any(p.search(d) for d in details for p in _MEETING_TERMS):
        # "take the strategy secondment first, for six months, and we revisit the MBA in September" said back as
        # "For six months, in September" (session 59): a trial and a date without what they are for say nothing
        return None
    if sum(bool(_FREQUENCY.search(d)) and not _NTH_WEEKDAY.search(d) for d in details) > 1:
        # "kept weekly but cut it to 30 minutes, and every other week is the full hour" said back as "Weekly, 30
        # minutes, every other week" (review 54): two rhythms in one plan are not said back as a list
        return None
    # ("Wednesday, 7:30, twenty minutes, by phone, Every other week": a later detail keeps no capital of its own)
    details = details[:1] + [_COMMON_START.sub(lambda m: m[0].lower(), d) for d in details[1:]]
    return ", ".join(details) or None


_COMMON_START = lazy_regex(r"^(?:Every|Once|Twice|Each|For|On|At|By|In|The|A|An|Weekly|Monthly|Fortnightly|Daily|Half|"
                           r"One|Two|Three|Four|Five|Ten|Fifteen|Twenty|Thirty|Forty|Forty-five|Sixty)\b")
"""A detail's first word that is no name: lower-cased after the first detail."""


_FOR_THE_NEXT = lazy_regex(r"\b(?:for|over|during|through)\s+the\s+$", re.IGNORECASE)
"""A stretch of time before its "next…" ("for the next year", "over the next year", review r45): said back with it."""


def _one_sentences_terms(quote: str, taken: list[list[int]]) -> list[list[int]]:
    """The details of the first sentence that has any, with those of bare terms after it ("Monday. 8:30.").

    "…a one-page letter… by the 14th of March. I will email the summary tomorrow" was said back as "By the 14th of
    March, tomorrow" (review r42): a later sentence of its own is another matter.
    """
    ends = [m.end() for m in re.finditer(r"[.!?](?:\s+|$)", quote)]

    def sentence(at: int) -> tuple[int, int]:
        start = max((e for e in ends if e <= at), default=0)
        return start, next((e for e in ends if e > at), len(quote))

    first = sentence(taken[0][0]) if taken else (0, 0)
    summed = [sentence(start) for start, _ in taken if _SUMS_UP.match(quote, sentence(start)[0])]
    if summed and sum(sentence(start) == summed[-1] for start, _ in taken) >= 2:
        # ("Thirty minutes is fine, I never said an hour. So first Monday, 7am, thirty minutes." was said back as
        # "Thirty minutes", review r48: the terms summed up are the proposal)
        first = summed[-1]
    return [span for span in taken if sentence(span[0]) == first or len(
        quote[slice(*sentence(span[0]))].split()) < SENTENCE_OF_ITS_OWN]


_SUMS_UP = lazy_regex(r"(?:so|ok(?:ay)?|right|then|to confirm|to sum up|in short)\b[,:]?\s", re.IGNORECASE)
"""A sentence that sums up terms already talked about ("So first Monday, 7am, thirty minutes.")."""
SENTENCE_OF_ITS_OWN = 4
"""A later sentence this long (in words) is a matter of its own, not more terms ("Monday. 8:30. Thirty minutes.")."""


def _until_kept(quote: str, start: int, stop: int) -> str:
    """A detail as said, "until May" when the month ends the arrangement ("…until the clinic is open in May").

    Said back as "in May", it agreed to start in May (review r34).
    """
    detail = quote[start:stop]
    month = re.fullmatch(r"(?:in|by)\s+(?P<month>[A-Z][a-z]+)", detail)
    if month and re.search(r"\b(?:until|till|up to)\b[^,;.?!]*$", quote[:start], re.IGNORECASE):
        return f"until {month['month']}"
    return detail


_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
"""A day of the week, spelled out: one alternation for every rule here that names one."""
_DAY_RULED_OUT = lazy_regex(rf"\b(?P<day>{_WEEKDAY})s?\s+(?:is|are)\s+"
                            r"(?:impossible|out|no good|bad|tricky|hard|a no)\b", re.IGNORECASE)
"""A partner line turning down a day ("Monday is impossible."): fitting only when the user named that day."""
_ENDS_IN_A_DAY = lazy_regex(rf"{_WEEKDAY}$", re.IGNORECASE)
_DAY_NAMES_A_THING = lazy_regex(r"\s+(?:gig|show|meeting|call|session|shift|service|market|match|game|class|lecture|"
                                r"rehearsal|briefing|standup|stand-up|review|clinic|round|deadline|delivery|event)\b",
                                re.IGNORECASE)
"""A thing a weekday names ("the Friday gig"), said back with its day."""
_MEETING_TERMS = (_FREQUENCY, DURATION_PATTERN, _CLOCK, _COUNTED, _DAY_OF_MONTH, _NTH_WEEKDAY, _WEEKDAYS_PLURAL,
                  lazy_regex(rf"\b{_WEEKDAY}\b", re.IGNORECASE))
"""Details that say how meetings or a task will run (how often, how long, when in the day or week, how many)."""
_AGREES = lazy_regex(r"^\W*(?:(?:okay|ok|right|hm+)[.,]?\s+)?(?:you'?re right|that'?s (?:a )?(?:fair|reasonable|"
                     r"good point)|fair(?: enough)?\b|true\b|agreed\b)", re.IGNORECASE)
"""A line that agrees with what the user said ("You're right, …"), wrong after the user blamed themselves."""


# ("text message is ok, or email better for you?", "so text or email?", review r44)
_CHANNEL_OR = lazy_regex(r"\b(?P<one>phone|a call|call|video|zoom|teams|email|in person|coffee|text(?: message)?|"
                         r"whatsapp|sms|message|slack)\b[^?.!]{0,25}?\bor\b"
                         r"[^?]*\?", re.IGNORECASE)
"""How to meet, offered as a choice ("how you prefer, phone or I come to the yard?"): the first is taken."""


def _channel_choice(text: str) -> str | None:
    """The answer to a choice of how to meet ("Phone is easiest for me."), or None when none is offered."""
    found = _CHANNEL_OR.search(text) or _CHANNEL_ASKED.search(text)
    return f"{upper_first(found['one'].lower())} is easiest for me." if found else None


_CHANNEL_ASKED = lazy_regex(r"\bis\s+(?P<one>email|e-mail|phone|text|whatsapp|slack|teams|zoom)\s+(?:the\s+best|best|"
                            r"ok|okay|fine|good|easiest)\b[^?]*\?", re.IGNORECASE)
"""One way to reach them asked about ("Is email the best way to reach you?", review r45): its yes, said."""


_PART_ASKED = lazy_regex(r"(?:^|[.!?]\s+)(?:and\s+|also\s+)?"
                         r"(?P<topic>(?:the|my|our|a)\s+[\w'-]+(?:\s+[\w'-]+){0,5}),?\s+"
                         r"(?:(?:is\s+(?:it\s+|that\s+)?)?(?:possible|ok|okay|fine|alright)(?:\s+(?:for you|too))?|"
                         r"you(?:['’]re|\s+are)\s+(?:ok|okay|fine|happy|alright)\s+with\s+(?:that|it|this)|you\s+agree)\s*\?",
                         re.IGNORECASE)
"""A part of a plan asked about on its own ("And the field day, is possible?", "And the second mentor for the sales
part, you are okay with that?", review r44)."""


_DAYS_OFFERED = lazy_regex(rf"\b(?P<one>{_WEEKDAY})s?\s+or\s+{_WEEKDAY}s?\b", re.IGNORECASE)
"""Two days offered ("Monday or Thursday is better for me"): the partner picks the first."""


def _day_picked(text: str) -> str | None:
    """The first of two days offered, said as the partner's pick ("Monday works for me."), or None."""
    offered = _DAYS_OFFERED.search(text)
    return f"{upper_first(offered['one'].lower())} works for me." if offered else None


def _chosen_option(text: str) -> str | None:
    """Of two rhythms offered as a choice in a question ("is monthly ok, or every six weeks is better?"), the first."""
    question = next((q for q in split_sentences(text) if "?" in q), "")
    options = list(_FREQUENCY.finditer(question))
    if len(options) < 2 or not re.search(r"\bor\b", question[options[0].end(): options[1].start()]):
        return None
    return options[0][0]


_ASKS_WHAT_THEY_WANT = lazy_regex(r"\bwhat (?:would |do )?you (?:would )?(?:like|want|need|expect) "
                                  r"(?:to see|me to|from me)\b", re.IGNORECASE)
"""A question about what they want ("what you would like to see in the first two minutes?"): asked, not offered."""
_NAMES_THE_ASK = lazy_regex(r"\bthat['’]s a (?:direct|clear|fair|big) ask\b", re.IGNORECASE)
"""A reply that takes an ask as made ("Okay, that's a direct ask.")."""
_ASK_COMING = lazy_regex(r"\b(?:want|wanted|would like|['’]d like|need)\s+(?:to\s+)?ask\s+(?:you\s+)?"
                         r"(?:something|a favou?r|a question|one thing)\b|"
                         r"\b(?:can|could|may) i ask (?:you )?(?:something|a favou?r|a question)\b|"
                         r"\bi (?:have|got) (?:a|one) (?:question|request|favou?r|ask)\b|"
                         # ("I have a small thing to ask, it is about…", "something kind of personal I need to bring
                         # up with you", review r51: answered as if it had been said)
                         r"\b(?:a|one)\s+(?:small\s+|little\s+|quick\s+)?(?:thing|question|request)\s+to\s+ask\b|"
                         r"\bsomething\s+(?:(?:kind|sort)\s+of\s+|a\s+bit\s+|quite\s+|very\s+)?(?:personal|"
                         r"private|important|difficult|awkward|sensitive)\s+(?:that\s+)?i\s+(?:need|want|have)\s+to\s+"
                         r"(?:bring up|raise|talk about|discuss|ask)\b|"
                         # ("e get something wey I wan ask you about my training", review r28)
                         r"\b(?:something|one thing|small thing)\s+(?:wey|that|which)?\s*i\s+(?:wan|want|wanna)\s+"
                         r"(?:to\s+)?ask\s+you\b", re.IGNORECASE)
"""An ask announced, not made yet ("I want ask you something important, if is ok.")."""
_ON_THE_TABLE = frozenset({"purpose", "issue", "impact", "proposal", "question"})
"""What the user can have raised that a partner holds out against."""


def _countered_last(reactions: Sequence[Reaction]) -> bool:
    """Whether the last of ``reactions`` answered a proposal with the partner's own terms."""
    return bool(reactions) and reactions[-1].intent == "counter"


_IN_ITS_REASON = lazy_regex(r"(?:,\s*|\s)(?:so (?:that )?(?:it|they|we|you|i)\b|because\b|since (?:it|they|you|i|we)\b|"
                            # ("…mentoring me while I work toward my journeyman assessment next spring": the goal's
                            # date, never a term, review r28)
                            r"(?:while|as) (?:i|i'm|we)\b[^,;?!]*\b(?:toward|towards|for|prepare|train)\b|"
                            r"\b(?:toward|towards|ahead of|in time for|before) (?:my|our|the)\b)"
                            r"[^,;?!]*$", re.IGNORECASE)
"""A detail inside the proposal's reason ("…, so they don't clash with your Friday walkarounds", review r10 reading):
what it is for, never proposed."""
_INSIDE_INSTEAD_OF = lazy_regex(r"\b(?:instead of|rather than)\s+[^,.;:?!]*?(?<!\band)\s*$", re.IGNORECASE)
"""A detail further into what is replaced ("…instead of 30 minutes weekly", review r10 s02)."""


_THE_WAY_IT_IS = lazy_regex(r"\b(?:our|these|the|my|your)\s+(?:current\s+)?$", re.IGNORECASE)
"""Before a detail that names the arrangement as it is ("our monthly sessions"), not a new one."""


def _replaced(quote: str, start: int, stop: int) -> bool:
    """The detail at quote[start:stop] is what the proposal replaces: "instead of weekly", "from weekly to…"."""
    if _INSIDE_INSTEAD_OF.search(quote[:start]):
        return True  # "45 minutes every second Tuesday instead of 30 minutes weekly": "weekly" is replaced too
    replaced = _REPLACED.search(quote[:start])
    if not replaced:
        return False
    # "from Monday" alone is when something starts; only "from … to …" names what is left behind
    return replaced.group().split()[0].lower() != "from" or bool(_TO_AFTER_REPLACED.match(quote, stop))


def _phrases(line: str) -> set[str]:
    """A line's sentences and clauses of three words or more, as the listener would recognise them said again.

    ("Got it, but what's the actual ask?" said again the first turn's "What's the actual ask?", review r28)
    """
    parts = (re.sub(r"^(?:but|and|so|then|ok|okay)\s+", "", re.sub(r"[^a-z' ]", "", part.lower()).strip())
             for part in re.split(r"[.?!,;]", line))
    return {part for part in parts if len(part.split()) >= 3}


def _opening(line: str) -> str:
    """A line's first word, as the listener hears it ("Of course." and "Of course, go on" open alike)."""
    words = re.findall(r"[a-z']+", line.lower())
    return words[0] if words else ""


_IF_THEY_CANCEL = lazy_regex(r"\bif\s+(?:you|u)\s+(?:(?:must|have to|need to|ever|do|really)\s+)?"
                             r"(?:cancel|move|reschedule|can'?t|cannot|can not|are not able|aren'?t able)\b"
                             # ("And if something does come up, could you message me the evening before?", r49)
                             r"|\bif\s+(?:something|anything|it)\s+(?:does\s+|ever\s+)?comes?\s+up\b",
                             re.IGNORECASE)
"""The user's condition on the partner calling a meeting off ("if you must cancel", "if you can't")."""
_NOTICE_LEAD = lazy_regex(r"\b(?:(?:by|at least|no later than)\s+)?(?:the\s+(?:day|evening|night|morning|afternoon)\s+"
                          r"before|(?:\d+|one|two|three|twenty-four|forty-eight)\s*(?:hours?|h|days?)\s+(?:before|"
                          r"ahead|in advance)|a\s+day\s+(?:before|ahead|in advance)|in\s+advance)\b", re.IGNORECASE)
"""How long before a meeting the user asks to be told it is off ("by the evening before", "24 hours before")."""
_NOTICE_GIVEN = lazy_regex(r"\b(?P<lead>a day|one day|a week|(?:\d+|one|two|three|twenty-four|forty-eight)\s*(?:hours?|"
                           r"h|days?))(?:'s|'|s')?\s+notice\b", re.IGNORECASE)
"""The same as a notice ("a day's notice", "24 hours' notice"), said back as "a day ahead"."""


_ASKS_ABOUT_NOTICE = lazy_regex(r"\b(?:notice|heads[- ]up|text|message|warn|(?:day|evening|night)[- ]before)\b[^?]*"
                                r"\b(?:can|could|will|would)\s+(?:you|u)\b[^?]*\?|\b(?:notice|heads[- ]up|text|message|"
                                r"(?:day|evening|night)[- ]before)\b[^?]*\b(?:ok(?:ay)?|deal|or not|yes)\s*\?",
                                re.IGNORECASE)
"""A yes-or-no question about the notice the user asked for ("the day-before text — can you do that or not?")."""


def notice_asked(turn: str) -> str | None:
    """The notice the user asks for if the partner cancels, as they said it ("by the evening before"), or None.

    Only in a sentence with the condition ("If you can't do it, tell me the day before"): "I prepare the day
    before" is no notice asked.
    """
    for sentence in split_sentences(turn):
        if not _IF_THEY_CANCEL.search(sentence):
            continue
        lead = _NOTICE_LEAD.search(sentence)
        if lead:
            return lead[0].lower()
        given = _NOTICE_GIVEN.search(sentence)
        if given:
            return f"{given['lead'].lower()} ahead"
    return None


def fill_notice(template: str, notice: str) -> str:
    """A yes to the notice asked for, with it in place ("I'll tell you by the evening before")."""
    return template.replace("{notice}", notice)


def fill_specifics(template: str, specifics: str) -> str:
    """An acceptance with the details in place: capitalised where a sentence starts with them."""
    if re.match(r"^(?:.*[.!?]\s+)?\{specifics\}", template):  # "I like that. {specifics}, then."
        return template.replace("{specifics}", specifics[:1].upper() + specifics[1:])
    return template.replace("{specifics}", lower_first(specifics))  # "Fine, after two meetings." (review r33)


_A_MEETING = lazy_regex(r"(?<!not a )\b(?:meet|meeting|meetings|session|sessions|call|calls|catch[- ]?up|coffee|chat|"
                        r"slot|1:1|one-to-one|zoom|teams|video|every|weekly|monthly|fortnightly|minutes|mins?|hour)\b",
                        re.IGNORECASE)
"""A proposal about when or how to meet, which an invitation follows."""
_AN_INVITE = lazy_regex(r"\binvite\b", re.IGNORECASE)


def _offers_terms(text: str) -> bool:
    """A line that puts terms on the table: proposing words and a detail ("maybe once a month?") or a change.

    A change with no detail yet ("Can we just meet less?") is pinned down by the partner.
    """
    # ("I'd like to talk about how often we meet…": what the talk is for, and its "today" no term, review r24)
    text = _MY_TIMELINE.sub("", _WANTS_TO_TALK.sub("", _A_DAYS_EVENT.sub("", text)))
    if _PROPOSING.search(text) is None:
        # "only 20 minute every two week on zoom": how long and how often, with no proposing word, are terms too;
        # "the program near me is 28k pound and 20 hour every week" states what something costs (review r14), and
        # "but i practice the charts every day, two hours" what the user already does (review r15)
        return bool(_FREQUENCY.search(text) and DURATION_PATTERN.search(text)) and not _STATES_WHAT_IT_TAKES.search(
            text) and not _MY_HABIT.search(text)
    return proposal_specifics(text) is not None or _BARE_CHANGE.search(text) is not None


_TALK_ABOUT_A_TOPIC = lazy_regex(r"\b(?:talk|speak|chat|discuss|go over)\b", re.IGNORECASE)
_MAY_I = lazy_regex(r"\b(?:can|could|may)\s+i\s+(?!ask\b|say\b|tell\b|talk\b|be honest\b)\w+", re.IGNORECASE)
"""Permission asked to do something ("Can I do the wiring myself…?"), not to speak ("Can I ask you something?")."""
_NOTICED_SOMETHING = lazy_regex(r"\b(?:noticed|seen|saw|heard|picked up on|spotted)\s+(?:a\s+few\s+|some\s+|"
                                r"a\s+couple\s+of\s+)?(?:things|something|stuff|bits)\b", re.IGNORECASE)
"""Something seen, left unnamed ("I've noticed some things this month"): the issue is still to come."""
_ASKS_OF_THEM = lazy_regex(r"\b(?:whether|if)\s+you\b|\b(?:could|would|can|will)\s+you\b", re.IGNORECASE)
"""A purpose that is a request of them ("…whether you'd be comfortable referring me"): answered, never "What's
prompting this?" as if a problem were still to come."""
_MY_TIMELINE = lazy_regex(r"\b(?:i|my\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:start|starts|begin|begins|finish|finishes|qualify|"
                          r"qualifies|graduate|graduates)\s+[^,.;?!]*"
                          r"|\b(?:i|we)(?:'m|\s+am|'re|\s+are)\s+(?:planning|hoping)\s+to\s+[^,.;?!]*"
                          r"|\b(?:i|we)\s+(?:plan|hope|intend)\s+to\s+[^,.;?!]*", re.IGNORECASE)
"""When the user's own next stage starts ("I start line training in September") or what they plan ("I'm planning to
add a phone triage line next year"): background, never a date proposed ("In September? Yes, that works for me.",
review r26; "Next year? Yes, that works for me.", review r53)."""
_WANTS_TO_TALK = lazy_regex(r"\b(?:today,?\s+)?i(?:'d| would) like to (?:use (?:today|this (?:time|session|call|hour)) "
                            r"to )?(?:talk|chat|speak|discuss|raise|bring up|go over|clear up|sort out|mention|"
                            r"ask(?:\s+you)?)\b",
                            re.IGNORECASE)
"""The purpose of the talk ("I'd like to talk about how often we meet"): never a proposal's wording."""
_A_DAYS_EVENT = lazy_regex(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s\s+\w+|\b(?:last|this)\s+"
                           r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
"""A day's event ("It's about Tuesday's meeting with Marc", review r44): what happened then, never a day proposed."""
_STATES_A_COST = r"\b(?:is|are|was|were|takes?|took|costs?|needs?|means|requires?)\b[^.?!]{0,40}?\d"
_STATES_WHAT_IT_TAKES = lazy_regex(_STATES_A_COST, re.IGNORECASE)
"""A fact about what something takes ("the program is 28k pound and 20 hour every week"): no terms offered."""
_TRIAL_COUNTER = lazy_regex(r"\btrial\b|\btry it for\b|\bpermanent\b|\bone step\b|\bstart smaller\b|"
                            r"\b(?:next|first) (?:two|few|couple of) (?:sessions|weeks)\b", re.IGNORECASE)
"""A counter that makes an ongoing change a trial: no answer to a one-off ("at the Friday gig in June")."""
_CLAIMS_AGREED = lazy_regex(r"\b(?:agreed|settled|decided)\b", re.IGNORECASE)
"""A line of its side that says something was agreed: never said before it was."""
_JUST_ONE = lazy_regex(r"\b(?:just|only)\s+(?:the\s+)?one\b|\ba single\b|\bone[- ]off\b|"
                      r"\b(?:add|write|put|include|change|remove|send|say)\s+(?:just\s+)?(?:one|a)\s+(?:line|sentence|"
                      r"word|paragraph|note|mention)\b|"
                      r"\b(?:one|a single)\s+(?:email|e-mail|call|phone call|message|text|letter|introduction)\b",
                      re.IGNORECASE)
"""A request for one thing, once ("one track on the Harlow record, just one", "Could you add one line that…"):
nothing to make a trial of or to start smaller than (review r48)."""
_TO_SAY_YES = lazy_regex(r"\b(?:to|for)\s+(?:say|saying)\s+yes\b|\bbefore you(?:'d| would)? (?:agree|say yes|be "
                         r"(?:comfortable|happy|ok|okay))\b",
                         re.IGNORECASE)
"""What they need to hear before a yes ("what you need to hear from me to say yes?"): after the yes, nothing."""
_TOLD_IN_THE_PAST = lazy_regex(r"\b(?:was|were|did|didn't|had|cancell?ed|moved|missed|happened|rescheduled|skipped|"
                               r"forgot|went|came)\b", re.IGNORECASE)
"""A line that tells what happened ("on Monday at 8:30 you cancelled"): its day and time are no terms offered."""
_MY_HABIT = lazy_regex(r"^\W*(?:(?:but|and|so|also|now)[,\s]+)?i\s+(?:already\s+|still\s+)?(?:practi[cs]e|study|train|"
                       r"work|run|read|write|play|spend|rehearse|revise|go to)\b", re.IGNORECASE)
"""What the user already does, and how often ("i practice the charts every day, two hours"): a fact, no terms."""
_STRUGGLE = lazy_regex(r"\bi\s+(?:just\s+|really\s+)?(?:can't|cannot|can no longer|struggle|am struggling|"
                       r"'m struggling|find it hard|'m finding it hard|keep (?:missing|cancelling|forgetting))\b"
                       r"|\b(?:it's|it is|that's|it has been|it's been)\s+(?:just\s+)?"
                       r"(?:impossible|too much|really hard)\b", re.IGNORECASE)
"""A difficulty of the user's own, said plainly: the issue is on the table."""
# ("…something I'd like to clear up. It's about Tuesday's meeting with Marc…", review r44)
_TALK_ABOUT = lazy_regex(r"(?:\b(?:talk|chat|speak)\s+(?:to you\s+|with you\s+)?|"
                         r"(?:^|[.!:]\s+)(?:it['’]s|it is|this is)\s+)about\s+(?P<topic>[^.?!]+)[.?!]*$", re.IGNORECASE)


def _topic_only(quote: str) -> bool:
    """Whether a purpose names only its topic ("…talk about the testing on the last two jobs"), nothing done."""
    about = _TALK_ABOUT.search(quote)
    if about is None:
        return False
    return not re.search(r"\byou\b", about["topic"], re.IGNORECASE) and not has_main_verb(about["topic"])


_REFUSES = lazy_regex(r"\bi(?:'m| am)\s+not\s+(?:going\s+to\s+)?(?:do|doing|take|taking|sign(?:ing)?\s+up|apply|"
                      r"applying|go|going)\b|\bi(?:'ve| have)\s+(?:made up my mind|decided (?:not|against))\b|"
                      r"\bi\s+(?:won't|will not|don't want to|do not want to)\s+(?:do|take|sign|apply|go)\b",
                      re.IGNORECASE)
"""A plain refusal of what was advised ("I'm not doing the MBA. I've made up my mind."): the issue, said."""
_BARE_CHANGE = lazy_regex(r"\b(?:meet|talk|catch up|do (?:it|this|them)|have (?:them|sessions|calls))\s+"
                          r"(?:less|more|less often|more often|shorter|longer|differently)\b", re.IGNORECASE)


def _said_back(detail: str) -> str:
    """A detail as the other person says it: "30-minute" as "30 minutes", "14th" as "the 14th"."""
    # imported here: the rest of a rehearsal never needs the writing module, and it costs start-up time
    from coach.writing import capitalise_dates

    detail = " ".join(detail.split())
    duration = re.fullmatch(r"(\d{1,3}|\w+)[\s-]?(min|mins|minute|minutes|hr|hrs|hour|hours)", detail, re.IGNORECASE)
    if duration:
        unit = "minutes" if duration.group(2).lower().startswith("min") else "hours"
        amount = duration.group(1).lower()
        if amount in ("half", "quarter"):  # "the first half hour": said as a length, never "half hours"
            return f"{amount} an {unit[:-1]}" if amount == "half" else f"a quarter of an {unit[:-1]}"
        if amount in ("a", "an"):  # "for an hour", "a minute"
            return f"{'an' if unit == 'hours' else 'a'} {unit[:-1]}"
        return f"{duration.group(1)} {unit}" if amount not in ("1", "one") else f"1 {unit[:-1]}"
    detail = re.sub(rf"^(?:(?P<tie>{_TIES})\s+)?(?P<day>\d{{1,2}}(?:st|nd|rd|th))$",
                    lambda m: f"{m.group('tie') + ' ' if m.group('tie') else ''}the {m.group('day')}", detail,
                    flags=re.IGNORECASE)
    # ("every two week", "20 minute" said back as typed read as the partner's own slips, review r9, session 59)
    detail = re.sub(r"\b((?:[2-9]|\d{2,3}|two|three|four|five|six|couple of|few)\s+)"
                    r"(minute|hour|week|month|day)\b(?![s-])", r"\1\2s", detail, flags=re.IGNORECASE)
    detail = re.sub(rf"\b{_WEEKDAY}s\b", lambda m: m.group().capitalize(), detail,
                    flags=re.IGNORECASE)  # "on fridays" as "on Fridays"
    return capitalise_dates(detail)
