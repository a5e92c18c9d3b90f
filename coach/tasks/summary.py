"""Summary: a thank-you and post-session summary email that never drops an action item."""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from functools import cache
from itertools import pairwise
from typing import Any

from coach.checks import (
    DATE_PATTERN,
    SHORT_DAY_NAMES,
    content_stems,
    fact_coverage,
    find_phrases,
    line_sentences,
    name_parts,
    normalise,
    plain,
    rejoined,
    sentences,
    split_note,
    word_set,
)
from coach.compose import cite, clip_chars, clip_words, pick, tidy
from coach.grammar import clause_without_verb, has_main_verb, reading_problems
from coach.knowledge import SearchResult
from coach.lazy_patterns import lazy_regex
from coach.tasks._phrasing import inflect, joined_to_previous, word_list
from coach.tasks.base import Check, Composition, Field, Style, TaskSpec
from coach.tasks.private_notes import kept_to_myself, private_apart
from coach.tasks.reading import actions_listed, faithful, reads_well
from coach.tasks.session_notes import (
    ABOUT_A_TOPIC,
    AGREED_TO_MENTOR,
    BOTH,
    HEDGED,
    ME,
    MEETING_NOUNS,
    MY_DEED_AFTER,
    NEXT_TIME_LABEL,
    SAID_TO_DO,
    THANKED_FOR,
    THANKS_HOW_MUCH,
    THANKS_WORD,
    VERDICT_ON_MINE,
    ActionItem,
    SessionNotes,
    are_mentors_initials,
    first_name,
    initial_as_you,
    is_person,
    is_title_line,
    mentor_initials,
    mentor_label,
    opens_with_verb,
    parse_notes,
    says_something,
    spell_out_day,
)
from coach.writing import (
    address,
    as_text_names,
    base_form,
    capitalise_dates,
    clause,
    expand_shorthand,
    fill,
    first_names_of_two,
    frame,
    gerund,
    greeting_name,
    initials_of,
    is_bare_verb,
    is_verb,
    lower_first,
    name_case,
    past_tense,
    quotations_set_aside,
    sentence,
    shape,
    spell_out_months,
    tag,
    to_you,
    two_people,
    upper_first,
)

KINDS: tuple[str, ...] = ("full", "thanks")
TAKEAWAYS_BY_BREVITY = (7, 3, 0)
_GENERIC = word_set("thank session today time meeting help call chat conversation really great much said say says "
                    "told think thinks thought suggested mentioned recommended advised")  # reporting is no content

FIELDS: tuple[Field, ...] = (
    Field("mentor_name", "Mentor's name", "Who you met, e.g. 'Aaron Patel'.", True, 80),
    Field(
        "notes",
        "Session notes",
        "Your raw notes from the session: takeaways, and action items such as 'I'll redo the deck by Friday' or "
        "'Aaron to intro me to Simone'.",
        True,
        6000,
        kind="long_text",
    ),
    Field("next_meeting", "Next meeting", "When you meet next: '2026-12-03 15:00' or 'Thursday 3 Dec'.", False, 80),
    Field(
        "kind",
        "Kind",
        "full (summary with takeaways and actions) or thanks (a three-line note).",
        max_chars=10,
        kind="choice",
        choices=KINDS,
        default="full",
    ),
    Field("my_name", "Your name", "How you sign off.", False, 80),
)

JOB = "summary"
_THANKS_LINE = lazy_regex(rf"^\s*(?:(?:a\s+)?(?:big|huge|many|massive|special|extra)\s+)?{THANKS_WORD}\s+"
                          rf"{THANKS_HOW_MUCH}(?:also\s+)?for\b", re.IGNORECASE)
"""The user's own line of thanks ("thanks for the book recs", "Big thanks for staying 1 hour extra")."""
_SESSION_FIRST = lazy_regex(r"^(?:the|your)\s+(?:time|session|chat|call|meeting)"
                            r"(?:\s+(?:on|last|yesterday|today)\b[^,]*)?,\s*(?=\S)", re.IGNORECASE)
"""The session thanked for before the things ("the time on tue, …"): the opener thanks for it already."""
_VERDICT_ON_IT = lazy_regex(r"\s+(?:was|is|were|are)\s+(?:(?:pure|absolute|total|so|really|super|just)\s+)?"
                            r"(?:gold|great|amazing|brilliant|genius|perfect|spot on|a game[- ]changer|"
                            r"(?:so\s+)?helpful|useful)"
                            r"\b(?=\s+and\b|\s*,|\s*$)", re.IGNORECASE)
"""The user's verdict on what they thank for ("…idea was gold and…"): the thanks name the thing."""
_FAVOUR = lazy_regex(
    r"^(?:you\s+)?(?:also\s+|kindly\s+)?(?:(?P<given>lent|loaned|gave|sent|bought|got|introduced|connected|brought|"
    r"shared|showed|walked|talked|helped)\s+(?P<who>me|us)\b"
    r"(?!\s+(?:see|understand|realise|realize|think|notice)\b)"
    r"|(?P<stayed>stayed|came|drove|called in|dropped by|spent)|"
    r"(?P<worked>reviewed|read|proofread|edited|critiqued|checked|rewrote|redid|reworded|fixed|polished|"
    r"tweaked|improved|marked up|looked (?:at|over|through)|went (?:through|over))"
    r"(?=\s+(?:my|our)\b|\s+(?P<mine>github|cv|resume|portfolio|draft|deck|code|website|essay|application|"
    r"linkedin|headline|profile|bio|slides|pitch|personal statement|cover letter)\b))"
    r"(?P<x>(?:\s+(?:[^,;():]|(?<=\d):(?=\d))+(?::\s+[^;()]+)?(?:,\s+not\s+[^,;():.]+)?)?)",
    re.IGNORECASE)
"""Something the mentor did for the user, which a thank-you thanks: "lent me your manual", "stayed an hour extra"."""


_SPELLED_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
"""A weekday as :func:`humanise_when` spells it out ("Thursday"), before any of the patterns read it."""
_CLOCK_AFTER_DAY = lazy_regex(
    rf"(?P<day>\b(?:{_SPELLED_DAY}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s+[A-Z][a-z]+)?)?)"
    r"|\btomorrow|\btoday|\btonight|(?<![\w/])\d{1,2}/\d{1,2}(?:/\d{2,4})?"
    r"|(?<![\w/])\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)"
    r"\s+(?P<clock>\d{1,2}(?:[:.]\d{2})?\s*"
    r"(?:am|pm)|\d{1,2}[:.]\d{2})\b",
    re.IGNORECASE,
)


def humanise_when(when: str) -> str:
    """An ISO date like "2026-12-03 15:00" as "Thursday 3 December 2026 at 15:00"; anything else as written."""
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2}))?", when.strip())
    if not match and _FOREIGN_DAY.search(when):
        return tidy(when)  # "vrijdag 17 jan 14:00": as typed, never "vrijdag 17 January" half translated (review 83)
    if not match:  # "next Tuesday 5pm" -> "next Tuesday at 5pm"
        when = _dotted_day(when)
        spelled = spell_out_months(spell_out_day(expand_shorthand(tidy(when))))
        # "next wk thurs 10am": "on Thursday next week at 10am", never "next week Thursday" (review 71)
        spelled = re.sub(rf"^next week\s+(?P<day>{_SPELLED_DAY})\b", r"on \g<day> next week", spelled,
                         flags=re.IGNORECASE)
        return _CLOCK_AFTER_DAY.sub(r"\g<day> at \g<clock>", spelled)
    try:
        moment = datetime(int(match[1]), int(match[2]), int(match[3]), int(match[4] or 0), int(match[5] or 0))
    except ValueError:
        return tidy(when)
    day = f"{moment:%A} {moment.day} {moment:%B %Y}"
    return f"{day} at {moment:%H:%M}" if match[4] else day


_FOREIGN_DAY = lazy_regex(
    r"\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|montag|dienstag|mittwoch|donnerstag|freitag|"
    r"samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|miercoles|jueves|"
    r"viernes|sábado|sabado|domingo|segunda|terça|terca|quarta|quinta|sexta|lunedì|martedì|mercoledì|giovedì|venerdì|"
    r"sabato|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela)\b", re.IGNORECASE)
"""A day named in another language: the time it starts is kept as the user typed it."""


def _dotted_day(when: str) -> str:
    """"15.01. 18:00 zoom" as "15 January at 18:00 on Zoom": a day written the European way, day first (review 81)."""
    dotted = re.match(r"^(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.?(?:\s+|$)(?P<rest>.*)$", when.strip())
    if not dotted or not 1 <= int(dotted["month"]) <= 12 or not 1 <= int(dotted["day"]) <= 31:
        return when
    rest = re.sub(r"^(\d{1,2}[:.]\d{2})\b", r"at \1", dotted["rest"].strip())
    rest = re.sub(r"\b(on\s+|via\s+)?(zoom|teams|skype|google meet)\b", lambda m: f"{m[1] or 'on '}{m[2].title()}",
                  rest, flags=re.I)
    return f"{int(dotted['day'])} {calendar.month_name[int(dotted['month'])]} {rest}".strip()


_PART_OF_MONTH = lazy_regex(
    r"^(?:early|mid|late|end of|the end of|beginning of|start of)[\s-]+(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b",
    re.IGNORECASE,
)


def _on(when: str) -> str:
    # "end of month, your office": the time, then the place it is at (review 64)
    place = re.match(r"^(?P<when>[^,]+),\s+(?P<place>(?:your|my|our|the)\s+(?:[\w'-]+\s+)?(?:office|place|house|home|"
                     r"shop|site|studio|clinic|lab|cafe|café|kitchen|yard|farm|salon|garage|workshop|bakery)\b.*)$",
                     when, re.IGNORECASE)
    if place:
        inside = re.search(r"\b(?:office|studio|lab|kitchen|clinic|workshop|bakery|salon|garage)\b", place["place"],
                           re.I)
        return f"{_on(place['when'])}, {'in' if inside else 'at'} {place['place']}"
    ends = re.match(r"^(?:the\s+)?(?P<part>end|start|beginning|middle)\s+of\s+(?:the\s+)?(?P<what>\S.*)$", when, re.I)
    if ends:  # "end of month" is "at the end of the month"
        dated = re.match(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d|next|this)", ends["what"], re.I)
        what = ends["what"] if dated else f"the {ends['what']}"
        return f"at the {ends['part'].lower()} of {what}"
    waits = re.match(r"^(?P<when>[^,]+),\s+(?P<after>(?:after|once|when)\s+\S.*)$", when, re.IGNORECASE)
    if waits:  # "march, after practice exam #3": the month, then what it waits for (review 69)
        return f"{_on(waits['when'])}, {waits['after']}"
    how = re.match(r"^(?P<when>[^,]+),\s+(?P<how>video|zoom|teams|phone|online|in person)$", when, re.IGNORECASE)
    if how:  # "15th, video": when, then how ("on the 15th, by video", session 60)
        way = {"video": "by video", "phone": "by phone", "online": "online", "in person": "in person"}.get(
            how["how"].lower(), f"on {how['how'].capitalize()}")
        return f"{_on(how['when'])}, {way}"
    sometime = re.match(r"^(?P<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)\s+"
                        r"(?:sometime|some time|at some point)$", when, re.IGNORECASE)
    if sometime:  # "Jan sometime": "sometime in Jan" (review 65)
        return spell_out_months(f"sometime in {sometime['month']}")  # ("sometime in January", never "in Jan")
    hedged = re.match(r"^(?P<hedge>maybe|perhaps|probably|possibly)\s+(?P<rest>\S.*)$", when, re.IGNORECASE)
    if hedged:  # "maybe 3 weeks": "maybe in 3 weeks" (review 76)
        return f", {hedged['hedge'].lower()} {_on(hedged['rest']).lstrip(', ')}"
    head = when.split(" ")[0].lower()
    if head in ("sometime", "whenever"):
        return when  # "sometime in Jan", "whenever works": no comma before it
    if _PART_OF_MONTH.match(when):  # "early April": a time in a month takes "in"
        return f"in {when}"
    if head in ("next", "in", "at", "tomorrow", "today", "this", "later", "early", "end", "after", "before", "on"):
        return when
    if re.match(r"^\d+\s*(?:weeks?|wks?|days?|months?)\b", when, re.IGNORECASE):
        return f"in {when}"  # "2 weeks": a time from now, not a day
    if re.match(r"^(?:the\s+)?(?:\d(?:st|nd|rd|th)|first|second|third|fourth|last)\s+week\b", when, re.IGNORECASE):
        return f"in {when}" if when.lower().startswith("the") else f"in the {when}"  # "3rd week of Jan"
    if re.fullmatch(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?", when, re.IGNORECASE):
        return f"in {when[:1].upper()}{when[1:]}"  # "March": a month, not a day (and a name: "march" typed, review 69)
    if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", when, re.IGNORECASE):
        return f"on the {when}"  # "15th": a day of this month
    usual = re.match(r"^(?P<date>\S+)\s+(?P<rest>(?:same|usual)\s+(?:time|place|spot|room|cafe|café)\b.*)$", when,
                     re.IGNORECASE)
    if usual and (DATE_PATTERN.match(usual["date"]) or usual["date"][:1].isdigit()):
        return f"on {usual['date']}, {usual['rest']}"  # "15/3 same time": the day, then the rest (review 71)
    if DATE_PATTERN.match(when) or head[:1].isdigit():
        return f"on {when}"
    return f", {when}"  # "same time in 2 weeks": not a day to put "on" before


_THEY_IN_WHEN = lazy_regex(r"\b(?:he|she)(?:\s+(gets|comes|returns|finishes|is|has|starts)|(['’]s))\b",
                           re.IGNORECASE)
_YOU_FORMS = {"gets": "get", "comes": "come", "returns": "return", "finishes": "finish", "is": "are", "has": "have",
              "starts": "start"}


def _you_in_when(match: re.Match[str]) -> str:
    """The mentor in the next meeting's "when", said to them (review 58: "after he gets back" to Hiroshi)."""
    return "you're" if match[2] else f"you {_YOU_FORMS[match[1].lower()]}"


_QUOTED_THIRD_PERSON = lazy_regex(r"(?<![\w'’])(?P<open>['‘\"“])(?=\S)(?P<words>[^'‘’\"“”\n]{2,80}?)(?<=\S)['’\"”]"
                                  r"(?![\w'’])")
"""A quotation in the notes ("I wrote 'she is sad' - better 'she looks down…'"): someone's words, never the mentor."""


_THIRD_PERSON = lazy_regex(r"\b(?:she|he|her|him|his|hers)\b", re.IGNORECASE)
"""Words of a third person, which a quotation keeps."""


def to_mentor(text: str, mentor: str, objects_are_others: bool = False) -> str:
    """A line of notes as the mentor should read it: shorthand spelled out, "Sofia says" -> "You said"."""
    # "helped me plan…" was the mentor; "went through my portfolio" was both of us
    text = _DID_FOR_ME.sub(lambda m: f"{'we' if m.group('we') else 'you'} {lower_first(m.group(0))}", tidy(text))
    if text.startswith("we "):
        # "went through my B1 mock, failed the hydraulics section again": what the user did next is theirs, never
        # both of ours ("We…, failed…", review 78)
        text = MY_DEED_AFTER.sub(", and I ", text, count=1)
    text = _SHORT_DAY.sub(lambda m: f"{m.group('tie')} {spell_out_day(m.group('day'))}", text)
    # "SC about courses: PHICIS first…": what they said on a topic, the topic as its label (never "You about courses:")
    # ("IVdB on my digitisation project: …", initials with a particle, review 89)
    about = re.match(r"^(?P<who>[A-Z][A-Za-z]{1,4})\s+(?:about|abt|re:?|on)\s+(?=[^:]{2,40}:\s)", text)
    if about and are_mentors_initials(about["who"], mentor):
        text = upper_first(text[about.end():])
    text = re.sub(r"([?!])\1+", r"\1", text)  # "Siena??": one mark is enough in a message
    # "(M: people remember 1 story not 10 facts)", to Mark: what they said, never their initial in their own email
    text = re.sub(r"\((?P<who>[A-Z][A-Za-z]{0,3})\s*:\s+(?=\S)",
                  lambda m: "(as you said, " if are_mentors_initials(m["who"], mentor) or (
                      len(m["who"]) == 1 and m["who"].lower() in mentor_initials(mentor)) else m[0], text)
    text = re.sub(r"^Mentor (?=said|says|thinks|suggested)", "you ", text)  # "her: do a shadow day…" was read so
    text = re.sub(r"^(also\s+)?says\b", r"you \1said", text, flags=re.IGNORECASE)  # "says ask Mick to let me…"
    # "G shared his first 2 yrs…", meeting Gerald: the initial is the mentor as the line's subject, as "Gerald" is
    text = _LEADING_INITIAL.sub(lambda m: _initial_as_name(m, mentor), text)
    # two mentors are both "you": each is named when one of them said it ("Amy said…", never "you said")
    one_of_two = two_people(mentor)
    you = "" if one_of_two else mentor
    # (a quotation about someone else keeps its person: "I wrote 'she is sad'" was "…'you are sad'", review 105)
    masked, restored = quotations_set_aside(_yours_as_mine(expand_shorthand(text)), _QUOTED_THIRD_PERSON,
                                            lambda m: _THIRD_PERSON.search(m["words"]) is not None)
    said = restored(to_you(masked, you, pronouns=not one_of_two,
                           objects_are_others=objects_are_others))  # ("her friend", one of two: never "your friend")
    said = initial_as_you(said, you)  # "send to I for a look", meeting Ingrid
    if one_of_two:  # "Amy says £49 is too low": in the past as well
        names = "|".join(re.escape(first) for first in first_names_of_two(mentor) or ())
        said = re.sub(rf"\b(?P<you>(?:{names})\s+(?:also\s+)?)(?P<verb>{'|'.join(_REPORTED_THEN)})s\b",
                      lambda m: f"{m['you']}{_REPORTED_THEN[m['verb'].lower()]}", said)
    # "Dr P advice: do 10 calcs a day…", "talked re the appeal, his tip: always meet residents…" (review 107)
    said = _ADVICE_LABEL.sub(_advice_said, said)
    # The email goes after the session: what they said is in the past ("you say" reads as a habit).
    said = _REPORTED_NOW.sub(lambda m: f"{m.group('you')}{_REPORTED_THEN[m.group('verb').lower()]}", said)
    said = _told_story(said)  # (after the tense: "she tell me story about…" is "you told me about…")
    # "We talk about my English", "Mr Whitfield explain me how…": what happened in the session, in the past
    said = _DONE_IN_SESSION_NOW.sub(lambda m: f"{m['who']} {past_tense(m['verb'].lower())}", said)
    said = re.sub(r"^We\b(?=[^.;]*\bwith you\b)", "I", said)  # "walked the paddocks w/ Ian": "I…with you"
    # "You know the hiring manager at Deloitte, will ask if…": one subject, two verbs, joined
    # ("…service, could be a way in": a "be" after the comma has another subject, the thing, so it stays apart)
    said = re.sub(r"^(You\b[^,]{3,80}),\s+(will|'ll|would|(?:might|may|could|can)(?!\s+be\b))\s+(?=[a-z])",
                  r"\1 and \2 ", said)
    # "You liked my ward audit, said present it…": advice after what they did, "and you said to present it"
    said = re.sub(r"^(You\b[^,]{3,80}),\s+(said|told me)\s+(?=(\w+))",
                  lambda m: f"{m[1]}, and you {m[2]} " if is_bare_verb(m[3].lower()) and m[3].lower() not in (
                      "that", "to", "it", "its") else m[0], said)
    # "IL thinks postdoc in NL is good option, knows Pieter at Wageningen": the second verb is theirs too, "and you
    # know Pieter…" (review 95)
    said = re.sub(r"^((?:[^:,]{1,30}:\s+)?[Yy]ou\b[^,]{3,80}),\s+(?P<verb>knows|runs|leads|owns|manages|teaches|works|"
                  r"mentors|coaches|chairs|sits)\s+"
                  r"(?=(?-i:[A-Z])|the\b|a\b|an\b|someone\b|people\b)",
                  lambda m: f"{m[1]}, and you {base_form(m['verb'])} " if is_verb(m["verb"]) and base_form(
                      m["verb"]) != m["verb"] else m[0], said)
    # "she knows Zhou, said he's tough but fair": what they know, then what they said of it, one subject (review 64)
    said = re.sub(r"^(You\b(?![^,]*\b(?:said|told)\b)[^,]{3,60}),\s+(said|told me)\s+(?=(?:he|she|they|it|that)\b)",
                  r"\1 and \2 ", said)
    said = _SAID_THEN_VERB.sub(_said_to, said)  # "you said say location first" -> "you said to say…"
    # "she suggest to mention the project with Samsung": "You suggested mentioning…" (a second language's "suggest to")
    said = re.sub(r"\b(you\s+(?:also\s+)?suggested)\s+to\s+([a-z]+)\b",
                  lambda m: f"{m[1]} {inflect(m[2], 'VBG')}" if is_bare_verb(m[2]) else m[0], said, flags=re.IGNORECASE)
    said = re.sub(r"^need\s+(?=\d|a\b|an\b|more\b|to\b)", "I need ", said, flags=re.IGNORECASE)  # "Need 2 sponsors"
    # "You reviewed my personal statement - says too much about childhood": what it says, as they said it
    said = re.sub(r"^(You\s+(?:also\s+)?(?:reviewed|went over|went through|looked at|looked over)\s+[^-–—]+?)"
                  r"\s+[-–—]\s+says\s+", r"\1 and said it says ", said)
    # "I will rewrite by Monday and send her": the thing left unsaid is "it" ("Rewrite it and send it to you")
    said = re.sub(r"^(?P<verb>[A-Za-z]+)\s+and\s+send\s+you\s*$",
                  lambda m: f"{m['verb']} it and send it to you" if is_bare_verb(m["verb"].lower()) else m[0], said)
    # "I will read the 3 papers he send": what they sent, in the past ("the 3 papers you sent", review 65 reading)
    said = re.sub(r"\b((?:the|those|these)\s+(?:\d+\s+|two\s+|three\s+|few\s+)?(?:\w+\s+)?(?:papers?|links?|notes|"
                  r"books?|articles?|slides|files?|documents?|examples?|templates?|videos?|podcasts?))\s+you\s+send\b",
                  r"\1 you sent", said)
    # "he say just tell him how it go": told to report back, the "him" is the one who said it
    said = _REPORT_BACK_TO.sub(r"\g<head>you", said)
    said = re.sub(r"\b(how (?:it|that|this) )(go|work|feel)\b",  # "how it go": one thing, "how it goes"
                  lambda m: m[1] + ("goes" if m[2] == "go" else f"{m[2]}s"), said)
    # "You read my draft, says the science part is strong": the report after what they did is in the past too
    # ("You said my gap is not a problem to hide, say it straight": after a report, "say" is their advice, review 58)
    said = re.sub(r"^(You\b(?![^,]*\b(?:said|told)\b)[^,]{3,80},\s+)(?:says|say)\b", r"\1said", said)
    # "S says book lessons early morning": what they said to do, "You said to book…" (session 59); "she said exit
    # interviews" names a thing, with nothing after it
    said = re.sub(r"\b([Yy]ou (?:also )?said) "
                  r"(?=(?P<verb>[a-z]+) (?:(?:a|an|the|my|your|some|more|less|it|them)\b"
                  r"|(?!(?:is|was|has|does|says|thinks|seems|looks)\b)[a-z]{2,}s\s+\w))",
                  lambda m: f"{m[1]} to " if is_bare_verb(m["verb"]) and m["verb"] not in _NOT_ADVICE_HEADS and not (
                      _subject_ahead(m.string[m.end():])) else m[0],
                  said)
    # "…said don't take…" is "not to take"; "said dont until funding confirmed" is "not until…"
    said = re.sub(r"\b([Yy]ou (?:also )?said) (?:don'?t|do not) (?=(until|till|unless|before|yet)\b)?",
                  lambda m: f"{m[1]} not " if m[2] else f"{m[1]} not to ", said)
    # ("you said not to volunteer for every committee, pick one": the step after it is said, "but to pick one",
    # review 97)
    said = re.sub(r"\b([Yy]ou (?:also )?said not to [^,.;]+), (?=(?P<step>(?P<verb>[a-z]+)\b[^,.;:]*))",
                  # ("…, journal note matters" is no step; "do mediums" is one, though its shape reads as a question)
                  lambda m: f"{m[1]}, but to " if _a_verb_step(m["step"]) or m["verb"] == "do" else m[0], said)
    # "your story about your secondment very helpful": a verdict typed without its verb
    said = _VERDICT_WITHOUT_VERB.sub(lambda m: f"{m.group('what').rstrip()} was {m.group('verdict')}", said)
    # "-> you willing to be supervisor": "you're willing…" (not "are you willing…")
    said = _STATE_WITHOUT_VERB.sub(_with_are, said)
    # "you think boutique better for me": a comparison typed without its verb, "boutique is better…"
    said = _COMPARED_WITHOUT_VERB.sub(_with_is, said)
    said = _THINKS_DO.sub(_thinks_i_should, said)
    said = _SAID_AFTER_COLON.sub(_said_after_what_they_did, said)
    # "mostly talked burnout": the talk, with its subject ("We mostly talked about burnout")
    # ("Talked abt conference…" typed with a capital: "We talked…", never "We Talked", review 62)
    said = re.sub(r"^(?:(?P<adv>mostly|mainly|also|first|then)\s+)?(?P<verb>talked|chatted|spoke)\b",
                  lambda m: " ".join(["We", *([m["adv"].lower()] if m["adv"] else []), m["verb"].lower()]), said,
                  flags=re.IGNORECASE)
    said = _TALKED_WHAT.sub(_talked_about, said)  # "talked salary bands": "We talked about salary bands"
    # "talk abt night shift fatigue, she recomm. anchor sleep": what we talked about, then what they did (review 63);
    # "talk about your wins, it helps" stays advice
    # ("also talk abt my english emails, they said use short sentence": "they" is the mentor told of it, review 76)
    said = _TALK_THEN_WHAT_THEY_DID.sub(
        lambda m: f"We talked about {m['topic']}, and you {m['rest'].split(' ', 1)[1]}", said)
    # "you think worth it but not urgent": a verdict typed without its "it's"
    said = re.sub(r"\b([Yy]ou (?:also )?(?:think|thought|feel|felt|said|reckon) (?:that )?)(?=(?:not )?worth\b)",
                  r"\1it's ", said)
    # "maybe read Never Split the Difference?": the user's own idea, said as one ("I might read…"), never asked
    maybe = _MAYBE_I_DO.match(said)
    if maybe and is_bare_verb(maybe["verb"].lower()):
        said = f"I might {maybe['verb'].lower()} {maybe['rest']}."
    # "read: 'The Paralegal's Guide…'?? maybe", the label made "I'll read…": the doubt after it makes it "might"
    doubted = re.match(r"^I(?:'ll|\s+will)\s+(?P<rest>.+?)\s*\?+[\s.,]*(?:maybe|perhaps|not sure|idk)\W*$", said,
                       re.IGNORECASE)
    if doubted:
        said = f"I might {doubted['rest']}."
    return sentence_case(said)


_NOT_ADVICE_HEADS = frozenset({"i", "you", "we", "they", "he", "she", "it", "that", "this", "there", "maybe", "not",
                               "no", "yes", "examiners", "people", "most", "everyone", "nobody"})
"""Words after "you said" that start what was said, never an instruction to do."""
_REPORT_BACK_TO = lazy_regex(r"(?P<head>^You\s+(?:also\s+)?(?:said|told me)\s+(?:to\s+)?(?:just\s+)?"
                             r"(?:tell|let|keep|update|text|message)\s+)(?:him|her)\b"
                             r"(?=\s+(?:how|know|posted|updated|when|if)\b)")
"""Told to report back ("You said to just tell him how it goes"): the "him" is the mentor who said it."""
_SAID_AFTER_COLON = lazy_regex(r"^(?P<did>You\b[^:]{3,80}):\s+(?:said|says)\s+(?:that\s+)?(?P<what>\S.*)$")
"""What they did, then what they said after a colon with no subject ("You reviewed my portfolio: said…")."""


def _said_after_what_they_did(match: re.Match[str]) -> str:
    """What they said after a colon: "…: said case studies too long" as "…: case studies too long"; "…and said…"."""
    first = re.split(r",\s|\s[-–—]\s", match["what"], maxsplit=1)[0]
    if any(penn in ("VBZ", "VBP", "VBD", "MD") for _, penn in tag(first)):
        return f"{match['did']} and said {match['what']}"
    return f"{match['did']}: {match['what']}"


_TALK_THEN_WHAT_THEY_DID = lazy_regex(r"^(?:also\s+)?(?:talk|discuss|discussed)\s+(?:about\s+)?"
                                      r"(?P<topic>[^,]{3,60}),\s+"
                                      r"(?P<rest>(?:you|they)\s+(?:said|told|recommended|suggested|thought|explained|advised|"
                                      r"shared|mentioned|think|thinks|reckon|reckons)\b.*)$", re.IGNORECASE)
"""A talk typed in the present, then what the mentor did about it: the session, told in the past."""
_TALKED_WHAT = lazy_regex(r"^(?P<who>We|I)\s+(?:(?P<adv>mostly|mainly|also|first|then)\s+)?"
                          r"(?P<verb>talked|chatted|spoke)\s+(?P<what>\w+)")
"""A talk typed without its "about" ("talked salary bands"), when the next word is the topic."""


def _talked_about(match: re.Match[str]) -> str:
    """"We talked salary bands" as "We talked about salary bands"; "We talked mostly about…" as typed."""
    tagged = tag(match.group("what"))
    if not tagged or tagged[0][1] not in ("NN", "NNS", "NNP", "NNPS") or match.group("what").lower() in ("lots", "lot"):
        return match.group(0)
    adverb = f"{match['adv']} " if match["adv"] else ""
    return f"{match.group('who')} {adverb}{match.group('verb')} about {match.group('what')}"


_THINKS_DO = lazy_regex(r"\b(?P<think>you\s+(?:also\s+)?(?:think|thought|feel|felt))\s+(?P<rest>[a-z][^,;.!?]*)",
                        re.IGNORECASE)
"""A view typed with a bare instruction after it ("grace thinks cut the 2nd page")."""


def _thinks_i_should(match: re.Match[str]) -> str:
    """"you think cut the 2nd page" as "you think I should cut the 2nd page"; "you think design is…" as typed."""
    rest = match.group("rest")
    tagged = tag(rest)
    first = rest.split()[0].lower()
    if first in ("that", "it", "i", "we", "you", "this", "not") or not is_bare_verb(first) or not tagged:
        return match.group(0)
    # ("he thinks do it b4 going solo": the tagger reads a verb with no subject as "VBP", review 91; "book it
    # early": a verb before its object)
    imperative = tagged[0][1] in ("VB", "VBP") or (len(tagged) > 1 and tagged[1][0].lower() in ("it", "them"))
    if not imperative or any(penn in ("VBZ", "VBP", "VBD", "MD") for _, penn in tagged[1:]):
        return match.group(0)
    return f"{match.group('think')} I should {rest}"


def _with_is(match: re.Match[str]) -> str:
    what = match.group("what")
    tagged = tag(what)
    if any(penn.startswith(("VB", "MD", "PRP")) for _, penn in tagged):
        return match.group(0)  # "you think medical fits me better", "…waiting better": it has its verb, as typed
    verb = "are" if tagged[-1][1] in ("NNS", "NNPS") else "is"
    return f"{match.group('think')}{what} {verb} {match.group('better')}"


_COMPARED_WITHOUT_VERB = lazy_regex(
    r"\b(?P<think>[Yy]ou\s+(?:also\s+)?(?:think|thought|said|feel|felt)\s+(?:that\s+)?)"
    r"(?P<what>(?!(?:it|this|that|they|I|we|you)\b)[\w'’-]+(?:\s+(?!is\b|are\b|was\b|were\b|would\b|will\b)[\w'’-]+){0,3}?)"
    r"\s+(?P<better>(?:much\s+|far\s+|a\s+lot\s+)?(?:better|worse|safer|easier|harder|cheaper|smarter|stronger|"
    r"the\s+better\s+fit|a\s+better\s+fit)\b)")


def _yours_as_mine(text: str) -> str:
    """The user's "your" in advice the mentor gave them, as the user says it to the mentor: "my".

    "trust ur clinical judgement", "she said your CV is too long": notes quote the mentor talking to the
    user, so in an email to the mentor that "your" is the user's ("Trust my clinical judgement…").
    """
    reported = _REPORTED_TO_ME.match(text)
    start = reported.end() if reported else 0
    first = text[start:].split(" ", 1)[0]
    if not reported and not (is_bare_verb(first.lower()) or first.lower() in ("don't", "dont", "never", "always")):
        return text
    # (never inside their own words in quotes: "'the knife does the work, not ur arm'" is theirs as said, review 86)
    pieces = _QUOTED_WORDS.split(text[start:])
    return text[:start] + "".join(
        piece if index % 2 else re.sub(r"\byour\b", lambda m: "My" if m.group(0)[0].isupper() else "my", piece,
                                       flags=re.IGNORECASE)
        for index, piece in enumerate(pieces))


_QUOTED_WORDS = lazy_regex(r"((?<![\w'’])['‘\"“][^'’\"”\n]{1,200}['’\"”](?![\w'’]))")
"""Someone's own words in quotes, kept as they were said."""


_REPORTED_TO_ME = lazy_regex(r"^(?:(?:also|and)\s+)?(?:he|she|they|[A-Z][\w.'-]*)\s+(?:also\s+)?(?:said|says|thinks|"
                             r"thought|told me|reckons)\s+(?:that\s+)?", re.IGNORECASE)
"""What the mentor said to the user, up to its content ("she said that …")."""


_LEADING_INITIAL = lazy_regex(r"(?:^|(?<=[:;]\s)|(?<=[.!?]\s)|(?<=\s[-–]\s))(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?"
                              r"(?P<letter>[A-Z]{1,3})\.?(?P<also>\s+also)?\s+(?P<verb>[a-z]+)\b")
"""Capitals alone before the verb of a line, a sentence or a topic's dash ("G shared his first 2 yrs…", "VDA 6.3 -
KW explain P2-P7…"): someone's initials."""
_PAST_AFTER_INITIAL = word_set("said says told thinks thought gave showed shared went took felt knew made spoke wrote "
                               "brought mentioned suggested")
"""Irregular and reporting verbs after an initial; a regular past ("-ed") counts too."""


def _initial_as_name(match: re.Match[str], mentor: str) -> str:
    """The mentor's initials before a verb as their name; a bare verb after them in the past, as the email is.

    "KW explain P2-P7 process elements", meeting Kenji, is "Kenji explained…" (review 55): notes written by
    non-native writers drop the past. A lone "I" or "A" before a bare verb is the user or an article, left alone.
    """
    letters, verb = match["letter"], match["verb"]
    mine = (letters.lower() in mentor_initials(mentor) if len(letters) == 1
            else are_mentors_initials(letters, mentor))
    past = verb.endswith("ed") or verb in _PAST_AFTER_INITIAL
    if not mine or not (past or is_verb(verb)) or (not past and letters in ("I", "A")):
        return match.group(0)
    said = past_tense(verb) if not past and is_bare_verb(verb) and verb not in _NOT_DONE else verb
    lead = match.group(0)[: match.start("letter") - match.start()]
    return f"{lead}{first_name(mentor)}{match['also'] or ''} {said}"


def _told_story(said: str) -> str:
    """Story notes as told to the user: "Story about how you opened for…" -> "You told me how you opened for…"."""
    said = _STORY_ABOUT.sub(lambda m: f"You told me {m.group('how') or 'about '}", said)
    said = _TOLD_STORY.sub(r"\g<told> me about ", said)  # "you told story re your first year…"
    said = _TOLD_ABOUT.sub(r"\g<told> me \g<about>", said)  # "you told about your first store"
    # "Lesson is pre-empt the objections", "point is be ready for anything": the label, then the point
    return _LESSON_IS.sub(lambda m: f"The {m.group('label').lower()}: ", said)


_STORY_ABOUT = lazy_regex(r"^story\s+(?:about|abt|of|re:?)\s+(?:(?P<how>(?:how|when|why)\s))?"
                          # "story about your secondment was very helpful" is a sentence already
                          r"(?!.*\b(?:helpful|useful|inspiring|great|amazing|interesting|reassuring|eye-opening|"
                          r"valuable|funny|gold)\W*$)", re.IGNORECASE)
_TOLD_STORY = lazy_regex(r"\b(?P<told>[Yy]ou (?:also )?told)\s+(?:me\s+)?(?:(?:a|the|your)\s+)?(?:story|thing)\s+"
                         r"(?:re:?|about|abt|of)\s+")
_TOLD_ABOUT = lazy_regex(r"\b(?P<told>[Yy]ou (?:also )?told)\s+(?P<about>about|of)\b")
_LESSON_IS = lazy_regex(r"^(?:the\s+)?(?P<label>lesson|point|moral)\s+(?:is|was|=)\s+(?!that\b)(?=[a-z])",
                        re.IGNORECASE)


_PRIVATE_IN_EMAIL = ("secrecy",)
"""Cues that call a sentence private even in the email: a secret. (A feeling may be the topic the mentor answered,
"I'm burnt out… you said cap at 25", which the composer keeps on purpose.)"""
_SAME_LINE_SHARE = 0.5
"""An email sentence holding half a private line's content words (two at least) repeats it."""


def _words_of(text: str) -> set[str]:
    """Content stems, a weekday typed short counted as its full name ("thurs" and "Thursday" are one word)."""
    days = re.sub(r"\b[A-Za-z]{3,5}\b", lambda m: SHORT_DAY_NAMES.get(m.group(0).lower(), m.group(0)), text)
    return set(content_stems(expand_shorthand(days)))


def _nothing_kept_private(message: str, private: Sequence[str], mentor_first: str) -> Check:
    """Fails on a sentence the user kept to themselves: one of their ``private`` lines, or one the cues call private.

    The offline composer leaves such lines out before it writes; the check reads what was finally sent, so
    it catches them in a model's draft or after the user's own edits.
    """
    sentences = [s for line in plain(message).splitlines() for s in line_sentences(re.sub(r"^[-*]\s+", "", line))]
    secret = [_words_of(line) for line in private]
    leaked = [s for s in sentences if kept_to_myself(s, mentor_first, _PRIVATE_IN_EMAIL) or any(
        len(private & _words_of(s)) >= max(2, _SAME_LINE_SHARE * len(private)) for private in secret)]
    return Check("nothing_kept_private", not leaked,
                 f"Leave out what you kept to yourself in your notes: “{clip_words(leaked[0], 12)}”" if leaked else
                 "Leave out what you kept to yourself in your notes.")


def _with_are(match: re.Match[str]) -> str:
    return match.group(0) if match.group("asked") else f"{match.group('you')}'re {match.group('how')}"


_STATE_WITHOUT_VERB = lazy_regex(r"(?P<asked>\b(?:are|were|if|would|will|can|could)\s+)?\b(?P<you>[Yy]ou)\s+"
                                 r"(?P<how>willing|happy|keen|able|open)\b(?=\s+to\b)")
_VERDICT_WITHOUT_VERB = lazy_regex(
    r"^(?P<what>(?:your|the|that|this)\s+(?:(?!is\b|was\b|are\b|were\b)[\w'’-]+\s+){1,10}?)"
    r"(?P<verdict>(?:very|really|so|super|extremely|incredibly)\s+(?:helpful|useful|inspiring|valuable|interesting|"
    r"reassuring|eye-opening))(?=\s*[.!]*$)", re.IGNORECASE)


_DID_FOR_ME = lazy_regex(
    r"^(?:(?:helped|showed|explained|gave|taught|told|walked|talked)\s+(?:me|us)\b(?!\s*:)"
    # "told story abt his first consumer unit swap": their story
    r"|(?:also\s+)?told(?=\s+(?:(?:a|the|your|his|her|their)\s+)?(?:story|thing)\b)"
    r"|(?:also\s+)?(?:mentioned|recommended|suggested|said)\b"  # "also mentioned the conference": they did
    r"|(?P<we>went (?:through|thru|over)|looked at)\b)", re.IGNORECASE
)
"""A note that leaves out who did it ("helped me plan year 9"): the mentor, so "you helped me plan…"."""
_SHORT_DAY = lazy_regex(r"\b(?P<tie>on|by|next|this|every|before|until|from|and|or)\s+"
                        # ("…came to my 1st session and sat at the back": "sat" before "at"/"down" is the verb)
                        r"(?P<day>mon|tues?|weds?|thu|thurs?|fri|sat(?!\s+(?:at|in|on|down|with|next|beside|there)\b)|sun)"
                        r"\b\.?", re.IGNORECASE)


_SAID_THEN_VERB = lazy_regex(r"\b(?P<said>[Yy]ou (?:also )?(?:said|told me))\s+(?P<verb>[a-z]+)\b(?!['’])")


_ADVICE_LABEL = lazy_regex(r"(?:^|(?<=,\s))(?P<your>[Yy]our)\s+(?:advice|tip)\s*:\s*"
                           r"(?P<verb>(?:always\s+|never\s+|just\s+)?[a-z]+)\b")
"""Their advice as a label before what to do ("your tip: always meet residents before the hearing")."""


def _advice_said(match: re.Match[str]) -> str:
    """"Your tip: always meet…" as "you said to always meet…"; a label before no verb stays ("your tip: the pause")."""
    verb = match["verb"].split()[-1]
    if not is_bare_verb(verb) and not match["verb"].startswith("never"):
        return match[0]
    you = "You" if match["your"][0] == "Y" and match.start() == 0 else "you"
    return f"{you} said to {match['verb']}" if not match["verb"].startswith("never") else (
        f"{you} said never to {match['verb'].split(maxsplit=1)[1]}")


def _said_to(match: re.Match[str]) -> str:
    verb = match.group("verb")
    if verb in ("to", "that", "it", "i", "you", "we", "they", "he", "she", "the", "my", "your", "not", "never",
                "people", "everyone", "everybody", "nobody", "clients", "customers", "visitors", "patients", "most"):
        return match.group(0)  # ("M says people remember stories": who, then their verb, review 109 reading)
    # ("she said have 1:1 with each before" is advice, "to have…"; "have to ask" is what the user must do, review 107)
    advice_to_have = verb == "have" and not re.match(r"\s+(?:to|got)\b", match.string[match.end():])
    if verb in _NEEDS_A_SUBJECT and not advice_to_have:  # "he says need it asap": what the user needs, not advice
        return f"{match.group('said')} I {verb}"
    following = re.match(r"\s+([a-z]+)", match.string[match.end():])
    if following and [t[:2] for _, t in tag(f"{verb} {following.group(1)}")] == ["NN", "NN"]:
        return match.group(0)  # "she said exit interviews", "club job great experience": a noun, not "to exit"
    if following and following.group(1) in ("max", "min", "maximum", "minimum", "limit"):
        return match.group(0)  # "she said abstract max 500 words": a thing and its limit, not "to abstract"
    if following and following.group(1) in ("too", "very", "way", "really", "quite", "so"):
        return match.group(0)  # "NE says scope too big, cut to…": a thing and its verdict, not "to scope" (review 93)
    next_is_verb = following is not None and is_bare_verb(following.group(1))  # [a-z]+: lower case already
    if verb in ("always", "only", "just") and next_is_verb:  # "she said always ask for a fee": advice, "to ask"
        return f"{match.group('said')} to {verb}"
    if _subject_ahead(match.string[match.end():]):
        return match.group(0)  # "you said bid is too long", "…front office to revenue move is possible": a subject
    return f"{match.group('said')} to {verb}" if is_bare_verb(verb) else match.group(0)


def _subject_ahead(rest: str) -> bool:
    """Whether what was said has its own verb soon ("open houses on sun are better than sat"): a subject, no advice."""
    ahead = rest.split(",")[0].split()[:6]
    return any(word in ("is", "are", "was", "were", "has", "looks", "seems") for word in ahead)


_NEEDS_A_SUBJECT = frozenset({"need", "needs", "must", "should", "have", "can", "could"})


_REPORTED_THEN = {"say": "said", "suggest": "suggested", "recommend": "recommended", "mention": "mentioned",
                  "advise": "advised", "tell": "told"}  # fmt: skip
"""Reporting verbs only: "you explain me the pricing" reports nothing, it is what you did."""
_REPORTED_NOW = lazy_regex(rf"(?P<you>\b[Yy]ou\s+(?:also\s+)?)(?P<verb>{'|'.join(_REPORTED_THEN)})s?\b")
"""A report in the present, or with the third person's "s" kept ("you recommends the GN3 book")."""


_MAYBE_I_DO = lazy_regex(r"^(?:maybe|perhaps|possibly)\s+(?P<verb>[a-z]+)\s+(?P<rest>[^?.!,;]+?)\s*\?$", re.IGNORECASE)
"""An idea of the user's typed as a wondering: "maybe read Never Split the Difference?"."""
_DONE_IN_SESSION_NOW = lazy_regex(r"^(?P<who>You|We)\s+(?P<verb>explain|show|teach|talk|discuss|walk|give|lend|let)"
                                  r"(?=\s+(?:to\s+me|me|us|about|through|the|my|how|what|why)\b)", re.IGNORECASE)
"""A session's doing typed in the present by a non-native writer ("We talk about my English", review 61)."""


def sentence_case(text: str) -> str:
    """Each sentence of ``text`` starting with a capital ("maybe look into it? not sure" -> "... Not sure")."""
    # where sentences end is rejoined()'s call: not after "3.4.", "the R.", "e.g." or "conf." ("the conf. abstracts")
    pieces = rejoined(re.split(r"(?<=[.!?])[ \t]+", text))
    text = " ".join(re.sub(r"^[a-z]", lambda m: m.group(0).upper(), piece) for piece in pieces)
    return re.sub(r"\bi\b", "I", text)


_SET_ASIDE = lazy_regex(r"\b(?:not relevant|ignore|don'?t worry about|no need to|park it|skip it)\b", re.IGNORECASE)
"""What the mentor said to leave aside: worth listing, not the one thing to thank them for."""


def _praise_of_mine(line: str) -> bool:
    """Whether ``line`` reports their praise of the user's work ("she also said my timing is good…").

    No point to thank them for (review 105), unlike a critique ("she thinks my welds are too cold").
    """
    return VERDICT_ON_MINE.match(line) is not None and _GOOD.search(line) is not None


_GOOD = lazy_regex(r"\b(?:is|are|was|were|looks?|seems?)\s+(?:really\s+|very\s+|quite\s+|pretty\s+)?(?:good|great|fine|"
                   r"strong|excellent|solid|nice|ok|okay|clear|clean)\b", re.IGNORECASE)


def thanks_candidates(parsed: SessionNotes, mentor: str = "") -> list[str]:
    """Takeaways worth thanking for, best first: a line of thanks, then advice they gave, then other points.

    A line that only reports what happened ("Sione watched my session", "we talked about the plan") is
    no point that stuck: it is listed, not thanked for.
    """
    # each as said to them; not an idea being weighed, nor what they said to leave aside ("not relevant yet, ignore")
    # nor what the next session holds ("next time: mock interview"), which stuck with no one yet
    # (nor a point that ends pointing back, "recruiters spend <30 sec on each": alone in the thanks, each of nothing)
    firm = {t: to_mentor(t, mentor) for t in parsed.takeaways
            if not HEDGED.search(t) and not _SET_ASIDE.search(t) and not NEXT_TIME_LABEL.match(t)
            and not _points_back_at_end(t) and not _praise_of_mine(t)}
    verbs = "|".join(re.escape(v) for v in frame(JOB, "advice_verbs"))
    # The mentor must be the one saying it: "game feel by Steve Swink" is a book, not advice they felt.
    # (meeting two mentors, each is named: "Hank said they got burned on this" is advice too)
    speakers = "|".join(["you", *(re.escape(first) for first in first_names_of_two(mentor) or ())])
    # (said at the line's start or after its label: "…, tag the high value items, R says security tags budget can
    # come from region" is an aside of the point, never the advice to thank for, review 67)
    advice = [t for t, said in firm.items()
              if re.search(rf"^(?:[^,;]*?(?::|->|→|\s-)\s*)?(?:[^,;]+,\s+)?(?:{speakers})\s+(?:also\s+)?(?:{verbs})\b",
                           said, re.I)]
    thanked = [t for t in firm if _THANKS_LINE.match(t)]
    # ("consults running 15 min over" says how things stand, nothing to thank for: "One thing that really stuck with
    # me: Consults running 15 min over.", review 76)
    # ("grouper larvae die at day 8-12" before "she think is the rotifer enrichment": the user's problem, which their
    # view answers, never the thing that stuck, review 86)
    answered = {t for t, after in pairwise(parsed.takeaways) if _THEIR_VIEW_OF_IT.match(after)}
    # ("SM said the archive closes in Jan": what someone else said, never the mentor's point that stuck with me)
    points = [t for t, said in firm.items() if (not _REPORTS_EVENT.match(said) or _REPORTS.search(t))
              and not _status_only(t) and t not in answered and not _INITIALS_SAID.match(said)]
    if not firm and parsed.actions:  # notes of tasks only ("apply to 3 labs not 10"): the first is the point
        points = _tasks_as_points(parsed.actions, mentor)[:1]
    # last, what they did with the user ("went over my flash sheet"), thanked as that
    events = [t for t, said in firm.items() if _WENT_OVER.match(said)]
    # the user's own "thx for the chat re going freelance" names it when nothing firm does (review 61), and when
    # what is firm has nothing to thank for in it ("thx for the mock interview!!" beside "the feedback … was super
    # helpful" left "Thank you for your time today." alone, session 61)
    own = [t for t in parsed.thanked if _THANKS_LINE.match(t)]
    return list(dict.fromkeys([*thanked, *advice, *points, *events, *own]))


_INITIALS_SAID = lazy_regex(r"^(?-i:[A-Z]{2,3})\s+(?:also\s+)?(?:said|says|told|tells|thinks|thought|mentioned|"
                            r"reckons)\b")
"""A note of what someone other than the mentor said, by their initials ("SM said the archive closes in Jan"), once
the mentor's own initials are "you": a reader cannot tell who SM is, so it is never the point that stuck."""
_THEIR_VIEW_OF_IT = lazy_regex(r"^(?:she|he|they)\s+(?:think|thinks|thought|reckon|reckons|believe|believes|suspect|"
                               r"suspects)\s+(?:that\s+)?(?:it(?:['’]s|\s+is|\s+was)?|is|was|that(?:['’]s|\s+is))\s",
                               re.IGNORECASE)
"""A note of what the mentor made of the note before it ("she think is the rotifer enrichment")."""
_POINTS_BACK_AT_END = lazy_regex(r"\b(?:on|of|for|with|to|at|in)\s+(?:each(?:\s+one)?|those|these)\W*$",
                                 re.IGNORECASE)  # ("…what 'strategic' means to them": "them" names its own people)
"""A point whose last words lean on the line before it ("…spend less than 30 sec on each", review 81)."""


def _points_back_at_end(line: str) -> bool:
    """Whether a point ends on "each" or "those" with nothing of its own to count.

    "recruiters spend <30 sec on each" leans on the line before it, while "portfolio needs fewer shows, more detail
    on each" counts what its clause before the comma named.
    """
    return _POINTS_BACK_AT_END.search(line) is not None and "," not in line


def _status_only(line: str) -> bool:
    """A note of how things stand, typed without a verb of its own ("consults running 15 min over")."""
    tagged = tag(line)
    return any(t == "VBG" for _, t in tagged[1:3]) and not any(
        t in ("VBZ", "VBP", "VBD", "MD", "VB") or w.lower() in (":", "-") for w, t in tagged)


UNTHANKED_WORDS = 5
"""How many of a note's words the thanks may leave unsaid before the note is listed whole beside it: "your point that
security tags budget can come from region" said only the aside of "shrinkage cosmetics -> move testers near till, tag…,
R says security tags budget can come from region", and the advice itself was in the email nowhere (review 67); a topic
label alone ("Route knowledge for the Bristol line: …") is not worth saying twice."""


@cache
def _reporting_stems() -> frozenset[str]:
    """The words that only report advice: the phrasing's ``advice_verbs`` and the nouns that name advice."""
    return frozenset(content_stems(" ".join(frame(JOB, "advice_verbs")) + " told advice point"))


def _still_listed(takeaway: str, chosen: str | None, thanks: str, mentor: str) -> list[str]:
    """What of ``takeaway`` is still listed beside the thanks: all of it when the thanks left much of it unsaid."""
    if takeaway != chosen:
        return [takeaway]
    said = to_mentor(takeaway, mentor)
    after = _after_going_over(said, thanks)
    # "you said to cap at 25" is all said by "advice to cap at 25"
    words = set(content_stems(said)) - _reporting_stems()
    if not after and len(words - set(content_stems(thanks))) >= UNTHANKED_WORDS:
        return [takeaway]
    return after


def _after_going_over(takeaway: str | None, thanks: str) -> list[str]:
    """What the notes say after the thing gone over, when the thanks names only the going over.

    "went over my resume, grace thinks cut the 2nd page" is thanked as "going over my resume with me"; the
    advice after it is a takeaway of its own, never dropped with the line.
    """
    gone_over = _WENT_OVER.match(takeaway or "")
    if not takeaway or not gone_over or gone_over.group("x").strip() not in thanks:
        return []
    # ("reviewed my personal statement - says too much about childhood": it says so, as they told the user)
    rest = re.sub(r"^(?=says\s)", "you said it ", takeaway[gone_over.end():].lstrip(" ,;:-–—"))
    said_already = set(content_stems(rest)) <= set(content_stems(thanks))  # (the thanks took the whole line)
    return [rest] if len(rest.split()) >= 2 and not said_already else []


def _tasks_as_points(actions: Sequence[ActionItem], mentor: str) -> list[str]:
    """The user's tasks that can be thanked for as what stuck.

    Advice they gave ("she said ship it friday"), or an unmarked instruction ("apply to 3 labs not 10"). A
    to-do the user marked as their own ("me: fix tests", "TODO: …", "I'll …") stuck with no one, and
    another's task turns the thanks round.
    """
    points = []
    for action in actions:
        said = SAID_TO_DO.match(action.source)
        unmarked = opens_with_verb(action.source)  # not "me: …", "TODO …", "I'll …" (the source has no bullet)
        if action.owner != ME or (said is None and not unmarked):
            continue
        if said is None:
            points.append(action.task)
        elif said.group("who").lower() in ("she", "he", "they") or is_person(said.group("who"), mentor, ""):
            points.append(f"{said.group('who')} said {lower_first(action.task)}")
    return points


_WENT_OVER = lazy_regex(r"^(?:we|you)\s+(?:also\s+)?(?P<verb>went over|went through|looked at|looked over|reviewed)\s+"
                        r"(?P<x>(?:my|our|the)\s(?:(?!\s[-–—]\s)[^,;.!?:])+)", re.IGNORECASE)
"""What the mentor went through with the user: "We went over my flash sheet, linework good…" (and up to a dash or a
colon: "reviewed my personal statement - says too much about…", session 60; "reviewed my portfolio: case studies too
long…" was thanked as "reviewing my portfolio: case studies too long with me")."""


_OWN_NEED = lazy_regex(r"^(?:need|needs|have|has)\s+to\b|^(?:must|should)\b", re.IGNORECASE)
_REPORTS_EVENT = lazy_regex(r"^(?:[\w.]+\s+gave\s+me\s+\d+\s*(?:min|mins|minutes|hours?|hrs?)\b"  # "Bia gave me 40 min"
                            r"|we\s+(?:also\s+)?(?:talk|talked|chat|chatted|discuss|discussed|spoke|went)"
                            r"|(?:talk|talked|chat|chatted|discuss|discussed|spoke)\s+(?:about|abt|re)\b"
                            r"|you\s+(?:also\s+)?(?:watched|observed|came|visited|joined|sat in|looked at)"
                            r"|(?:i\s+)?(?:felt|feel|was|am)\s+(?:so\s+|really\s+|very\s+)?\w+\.?$"
                            r"|s+o+\s+\w+\.?$|definitely\s+worth"
                            # how the meeting went ("short one today she was in a rush"): never the point (review 58)
                            r"|(?:a\s+)?(?:short|quick|brief|long)\s+one\b|(?:you|she|he)\s+(?:was|were)\s+in\s+a\s+rush)\b",
                            re.IGNORECASE)
"""A note of what happened or how it felt ("You watched my session", "We talked about X", "talk about promotion",
"felt so inspired"):
listed, never the point that stuck, unless it goes on to what they said ("…, said the small ones are the strongest")."""
_LONE_I = lazy_regex(r"\bi\b(?![.'’]\w)|\bi(?=['’](?:m|ve|ll|d)\b)")
_REPORTS = lazy_regex(r"\b(?:said|says|told me|suggested|recommended)\b|\b(?:she|he|they|you)\s+say\b", re.IGNORECASE)


def pick_thanks(parsed: SessionNotes, tone: str, seed: str, mentor: str, today: bool,
                listed: bool = True) -> tuple[str, str | None, bool]:
    """The thanks sentence, the takeaway it names (not listed again) and whether it thanks for an offer.

    ``listed``: the notes are listed below the thanks (the full summary), so a point of several parts can stay there.

    Each candidate is framed and then read by the same reads-well rules the draft's check uses: a line that
    does not fit a frame ("he said is too long…") is listed below, never forced into the thanks.
    """
    yes = next((found for line in parsed.takeaways if (found := AGREED_TO_MENTOR.match(line))), None)
    if yes:  # "she agreed to mentor me for ARA": the news of the session, thanked for first (review 72)
        thanked = fill(frame(JOB, "thanks")["favour"], opener=_opener(tone, seed, today),
                       x=f"agreeing to {expand_shorthand(yes['x'])}")
        if not reading_problems(thanked, sent=True):
            return thanked, yes.string, False
    if parsed.main_thanks:  # what the user said to thank for most leads, as a favour when it is one
        said = _thanked_favour(parsed.main_thanks, tone, seed, mentor, today)
        said = said or _framed_thanks(parsed.main_thanks, tone, seed, mentor, today)
        if said and not reading_problems(said, sent=True):
            return said, parsed.main_thanks, False
    # ("Intro me to Prof Hale" is an offer too: "intro" is the verb's shorthand)
    offer = next((a for a in parsed.actions if a.owner == mentor_label(mentor) and shape(
        re.sub(r"^intro\b", "introduce", a.task, flags=re.IGNORECASE)) == "verb"), None)
    for point in thanks_candidates(parsed, mentor):
        said = _framed_thanks(point, tone, seed, mentor, today)
        if said and listed and offer and _TOPIC_AS_NOTED.search(said):
            # ("our talk about lesson plan: too much content, cut to 3 objectives." reads as pasted notes, review 67:
            # their offer is thanked instead, before any lesser point further down)
            break
        if said and not reading_problems(said, sent=True):
            return said, point, False
    for line in (*parsed.thanked, *parsed.takeaways):  # the user's own thanks too long for a frame, in its parts
        said = _own_thanks(line, tone, mentor)
        if said and not reading_problems(said, sent=True):
            return said, line, False
    opener = _opener(tone, seed, today)
    if offer:
        said = fill(frame(JOB, "thanks")["offer"], opener=opener, x=_offered(offer, mentor))
        if not reading_problems(said, sent=True):
            return said, None, True
    for point in thanks_candidates(parsed, mentor):
        # "portfolio too generic, pick 2 projects and go deep", with nothing else to thank for: the step is the advice
        # (never "our talk about portfolio too generic: …"); the note stays listed whole, verdict and all (session 59)
        step = _step_after_verdict(re.sub(r"^you\s+(?:also\s+)?(?:said|say|says|think|thought)\s+(?:that\s+)?", "",
                                          to_mentor(point, mentor), flags=re.IGNORECASE))
        said = fill(frame(JOB, "thanks")["advice"], opener=opener, x=_unspliced(clause(step))) if step else None
        if said and not reading_problems(said, sent=True):
            return said, None, False
    return fill(frame(JOB, "thanks")["plain"], opener=opener), None, False


_TOPIC_AS_NOTED = lazy_regex(r", and especially for our talk about [^.:]+:[^.]*\.$")
"""A thanks that names a talk by its topic, then its point as noted (the ``topic`` frame): their offer, when they made
one, is warmer to thank for ("our talk about feedback to staff: use SBI" beside "R will send me the one page guide")."""


_OWN_THANKS = lazy_regex(rf"{THANKED_FOR}\s+(?P<x>\S.*)$", re.IGNORECASE)
"""The user's own thanks, as typed ("thx for the coffee n for walking me thru the CAD screens, esp the trick…")."""
_ESPECIALLY = lazy_regex(r"^(?:and\s+)?(?:esp\.?|especially|particularly|in particular)\s+(?=\S)", re.IGNORECASE)
_OWN_CLAUSE = lazy_regex(r"^(?P<verb>learnt|learned|loved|enjoyed|found|picked up|got|feel|felt|realised|realized)\b",
                         re.IGNORECASE)
"""A clause of the user's with its "I" dropped ("learnt more in 1 day than a month at college")."""


def _own_thanks(line: str, tone: str, mentor: str) -> str | None:
    """The user's own thanks, said whole in their words ("cheers for letting me tag along…, learnt more…").

    "Thank you for letting me tag along on the heat pump job today. I learnt more in 1 day than a month at college,
    especially the bit about flow temps." Built from the line's parts, never cut: what they thank for, what they
    add about themselves (with its "I"), and what they single out ("esp …"), each kept whole; None when the line is
    no thanks for something named.
    """
    own = _OWN_THANKS.match(line.strip())
    if not own or _SESSION_ONLY.match(own.group("x")):
        return None
    said = to_mentor(expand_shorthand(re.sub(r"\s+n\s+(?=for\b)", " and ", own.group("x"))), mentor)
    sentences: list[str] = []
    for piece in re.split(r"(?<=[.!?])\s+|,\s+", said.strip()):
        piece = piece.strip().rstrip(".!")
        if not piece:
            continue
        if _ESPECIALLY.match(piece) and sentences:
            sentences[-1] = f"{sentences[-1]}, {_ESPECIALLY.sub('especially ', piece)}"
        elif _OWN_CLAUSE.match(piece) and sentences:
            sentences.append(f"I {piece[:1].lower()}{piece[1:]}")  # (its verb: "Learnt" is no name)
        elif sentences:
            return None  # a part that is neither: not said at all rather than spliced
        else:
            sentences.append(f"{frame(JOB, 'own_thanks')[tone]} for {lower_first(piece)}")
    return " ".join(f"{upper_first(s)}." for s in sentences) if sentences else None


_SESSION_ONLY = lazy_regex(r"^(?:today|the session|your time|the chat|the call|the meeting|everything)\W*$",
                           re.IGNORECASE)


_DONE_FOR_ME = lazy_regex(r"^you\s+(?:also\s+|really\s+|even\s+)?(?P<verb>[a-z]+)\s+"
                          # up to what the user adds ("… to Karen -> I GOT IT")
                          # ("…see the problem isn't the new POS system, it's that nobody trained…": one point)
                          r"(?P<x>(?:me|us|my|our)\b(?:[^,;:()>]|,\s+(?=it['’]?s\s+that\b))*?)"
                          r"(?=\s*(?:-+>|[,;:(]|[-–—]\s|[.!?]|$))", re.IGNORECASE)
"""What the mentor did for the user, said to them: "you got me the shift lead trial", "you read my whole draft"."""


def _thanked_favour(point: str, tone: str, seed: str, mentor: str, today: bool) -> str | None:
    """"…, and especially for getting me the shift lead trial.": the note's own words after its verb."""
    said = to_mentor(point, mentor)
    done = _DONE_FOR_ME.match(said)
    if done and is_verb(done.group("verb")):
        x = f"{gerund(done.group('verb'))} {done.group('x').strip()}"
    elif shape(said) == "noun" or _GERUND_FIRST.match(said):  # "the cash flow help", "writing my PGCE reference"
        x = lower_first(said)
    elif (did := _YOU_DID.match(said)) and is_verb(did.group("verb")) and did.group("verb").lower() not in _NOT_DONE:
        # "she come with me to the market first day and help me with the stall": what she did, each verb as done
        rest = _AND_DID.sub(lambda m: f"and {gerund(base_form(m.group('verb')))} ", did.group("rest"))
        x = f"{gerund(base_form(did.group('verb')))} {rest}"
    else:
        return None
    return _session_named(fill(frame(JOB, "thanks")["favour"], opener=_opener(tone, seed, today), x=x))


_THE_SESSION_ITSELF = lazy_regex(r"^[^,]+, and especially for (?P<x>(?:the|our|your|this)\s+(?:[\w-]+\s+)?(?:call|"
                                 r"session|meeting|chat|zoom|catch-?up|visit)\b[^,.]*)\.$", re.IGNORECASE)
"""Thanks whose favour is the session itself ("…, and especially for the video call from Rotterdam.")."""


def _session_named(thanks: str) -> str:
    """Thanks for the session itself, said once (review 71).

    "thank you for the video call from Rotterdam": "Thank you for the video call from Rotterdam.", never "Thank you
    for today's session, and especially for the video call…".
    """
    itself = _THE_SESSION_ITSELF.match(thanks)
    return fill(frame(JOB, "thanks")["session_named"], x=itself["x"]) if itself else thanks


_YOU_DID = lazy_regex(r"^you\s+(?:also\s+|really\s+|even\s+)?(?P<verb>[a-z]+)\s+(?P<rest>\S.*)$", re.IGNORECASE)
_AND_DID = lazy_regex(r"\band\s+(?P<verb>(?!me\b|my\b)[a-z]+)\s+(?=(?:me|us|my|our)\b)")
_NOT_DONE = word_set("said say says told tell think thinks thought reckon reckons know knows are were was is have has "
                     "had can could will would should must might may want wants need needs feel felt")
"""Verbs after "you" that report or wish, never a favour done."""
_GERUND_FIRST = lazy_regex(r"^(?!thing\b|nothing\b|something\b|morning\b|evening\b)[A-Za-z]+ing\s+\S")


_SPLICE = lazy_regex(r",\s+(?=(?:it|that|this|they|he|she)(?:'s|'re|\s+is|\s+are|\s+was|\s+were)\b)", re.IGNORECASE)
"""A comma that joins two whole sentences in a note ("lead with X, it's the strongest")."""


_QUOTED_COMMA = "\x00"
"""A comma inside quoted words, kept out of the splitting."""


_WHAT_THEY_LOOKED_AT = lazy_regex(r"^(?:watched|reviewed|read|looked (?:at|over|through)|went (?:over|through)|"
                                  r"listened to|checked)\s+(?:\w+\s+)?(?:of\s+)?(?:my|our)\b", re.IGNORECASE)
"""What the mentor looked at to make their point, typed after it without its subject ("watched 2 of my videos")."""


def _unspliced(text: str, steps_joined: bool = False) -> str:
    """Inside "your advice to {x}" a spliced second sentence reads as a run-on; a dash keeps every word.

    ``steps_joined``: a second step after advice to do one ("wait 1-2 yrs, get more experience first") is joined
    with "and", both said after "to" (review 64).
    """
    # ("'if the rope sings, you move'": a comma inside the mentor's quoted words is theirs, never a dash, review 88)
    text = _QUOTED_WORDS.sub(lambda quote: quote.group(0).replace(",", _QUOTED_COMMA), text)
    head, *rest = _SPLICE.sub(" — ", text).split(", ")
    for segment in rest:  # "…section, cut 1 phrase", "…before Christmas, people wait too long": a clause of its own
        joined = re.match(r"(?:because|so|but|and|as|since|which|who|or)\b", segment) is not None  # "…, because…"
        finite = any(p in ("VBZ", "VBD", "VBP", "MD") for _, p in tag(segment))
        own_clause = not joined and (shape(segment) in ("verb", "clause") or finite)
        step = steps_joined and len(rest) == 1 and _a_second_step(head, segment)
        if _WHAT_THEY_LOOKED_AT.match(segment):  # "…too steep, watched 2 of my videos": what the point came from
            head += f", after you {segment}"  # (never "— watched 2 of my videos", review 94)
            continue
        head += (" and " if step else " — " if own_clause else ", ") + segment
    return head.replace(_QUOTED_COMMA, ",")


def thanks_sentence(point: str | None, tone: str, seed: str, mentor: str = "", today: bool = True) -> str:
    """Specific thanks built on one line of the notes (or the part of it that gives advice), kept whole.

    ``today``: False when the notes date the session to another day, so the thanks don't say "today".
    A line that fits no frame gets plain thanks.
    """
    framed = _framed_thanks(point, tone, seed, mentor, today) if point else None
    return framed or fill(frame(JOB, "thanks")["plain"], opener=_opener(tone, seed, today))


_VERDICT_NO_VERB = lazy_regex(r"\b(?P<lead>your point that )(?P<thing>[a-z]+(?: [a-z]+)?) "
                              r"(?P<verdict>(?:way |much |far )?too (?:\w+)|not enough\b)")
"""A point that is a thing and its verdict with no verb ("your point that aims too broad")."""


def _with_its_verb(match: re.Match[str]) -> str:
    thing = match["thing"]
    if any(penn.startswith(("MD", "PRP", "DT")) for _, penn in tag(thing)) or thing.split()[0] in ("is", "are"):
        return match[0]  # "your point that it too…": never a thing of its own
    verb = "are" if re.search(r"[^s]s$", thing) else "is"  # ("aims" is a plural here, whatever the tagger says)
    return f"{match['lead']}the {thing} {verb} {match['verdict']}"

def favours_done(line: str) -> list[str]:
    """What the mentor did for the user in a line said to them, as thanked: "lending me your copy of the manual".

    Each comma part is read ("showed me how…, gave me your old log sheets"); an aside in brackets is the
    user's own note ("(return by xmas!)") and is left out.
    """
    done = []
    # ("walked me through how you price fit-outs: materials + 20%, labour by the day": the list after a colon is
    # what was shown, whole, review 59)
    # (", not the gauge" is a contrast inside the favour, never a part of its own, review 102)
    apart = r",\s+(?!not\s)|;\s+|\s+and\s+(?=(?:you\s+)?(?:gave|lent|sent)\b)"
    head, colon, listed = line.partition(": ")
    parts = re.split(apart, head)
    shown = _FAVOUR.match(parts[-1].strip())
    # (what follows a work they went over is their verdict on it, never part of the favour: "reviewed my portfolio:
    # case studies too long, cut to 1 page each" was thanked as "reviewing my portfolio: case studies too long")
    if colon and shown and not shown.group("worked"):
        parts[-1] += colon + re.split(r";\s+", listed)[0]
    elif colon:
        parts = re.split(apart, line)
    for part in parts:
        found = _FAVOUR.match(part.strip())
        if found:
            # ("reviewed my github": what they did with the user's work, review 54)
            verb, *particle = (found.group("given") or found.group("stayed") or found.group("worked")).split()
            who = f" {found.group('who')}" if found.group("who") else ""
            rest = re.sub(r"\band\s+(?P<verb>[a-z]+ed)\b", _and_doing, found.group("x").rstrip(" .!"))
            if found.group("worked"):  # "reviewed my portfolio - said case studies too long": the work, not the verdict
                rest = re.split(r"\s+[-–—]\s+|:\s|,?\s+(?:said|says)\b", rest, maxsplit=1)[0]
            mine = " my" if found.group("mine") else ""  # "reviewed github": the user's own, "my GitHub"
            done.append(" ".join([gerund(verb), *particle]) + who + mine + rest)
    return done


def _and_doing(match: re.Match[str]) -> str:
    """"…and explained how the role works" after "showing me around…": "…and explaining how…", the same form."""
    verb = match.group("verb")
    return f"and {gerund(base_form(verb))}" if is_verb(verb) and base_form(verb) != verb else match.group(0)


_THANKED_FOR_DOING = lazy_regex(rf"{THANKED_FOR}\s+"
                                r"(?P<x>[a-z]+ing\b[^,.;!?]*)", re.IGNORECASE)
"""The user's own thanks for something done ("thanks for letting me sit in the control room, …")."""
_THANKED_FOR_THING = lazy_regex(rf"{THANKED_FOR}\s+"
                                r"(?P<x>(?:ur|your)\s+(?:advice|tips?|idea|suggestion|help|pointers?|intro|introduction|"
                                r"feedback|notes|template|contacts?)\b[^,.;!?]*)", re.IGNORECASE)
"""The user's own thanks for something of theirs ("thx for… also ur advice to do 5 min huddle", review 64)."""


def their_favour(parsed: SessionNotes, mentor: str, thanks: str) -> str | None:
    """A favour the notes record and ``thanks`` does not name yet, as thanked: "lending me your manual".

    The user's own thanks for something done count too ("thanks for letting me sit in the control room" went
    unthanked beside what the mentor said, review 55).
    """
    for line in parsed.thanked:
        thanked = _THANKED_FOR_DOING.match(line) or _THANKED_FOR_THING.match(line)
        # (compared as said: "…my business plan n telling me…" is thanked already as "…and telling me…")
        done = to_mentor(expand_shorthand(thanked.group("x").strip()), mentor) if thanked else ""
        if done and done.lower().rstrip(" .") not in thanks.lower():
            return done
    for takeaway in parsed.takeaways:
        if HEDGED.search(takeaway):
            continue
        said = to_mentor(takeaway, mentor)
        # what they said is a point, not a favour; a favour in a part of its own still is ("he reviewed my github,
        # says robot arm project good": the review went unthanked, review 54), never one run on with "and said…"
        parts = re.split(r",\s+|;\s+", said) if _REPORTS.search(said) else [said]
        favours = [done for part in parts if not _REPORTS.search(part) for done in favours_done(part)]
        for done in favours[:1] if len(parts) > 1 else favours:
            if done.lower() not in thanks.lower():
                return done
        helped = _help_named(said, thanks)  # "also the tip about talking to my supervisor early" (session 57)
        if helped:
            return helped
    return _help_in_a_part(parsed, mentor, thanks)


def _help_in_a_part(parsed: SessionNotes, mentor: str, thanks: str) -> str | None:
    """Help named in one part of a line whose other part is unsure ("ur invoice template?? + the tip about…")."""
    for takeaway in parsed.takeaways:
        for part in re.split(r"(?:\?+\s*|\s+)(?:\+|and|&)\s+(?=(?:the|your|that)\s)", to_mentor(takeaway, mentor),
                             flags=re.IGNORECASE):
            helped = None if HEDGED.search(part) else _help_named(part, thanks)
            if helped:
                return helped
    return None


def _help_named(said: str, thanks: str) -> str | None:
    """The help ``said`` names as a thing given, whole, unless it is a clause or ``thanks`` names it already."""
    helped = _HELP_GIVEN.match(said)
    if helped and not has_main_verb(helped.group("x")) and helped.group("x").lower() not in thanks.lower():
        return helped.group("x")
    return None


_HELP_GIVEN = lazy_regex(r"^\W*(?:also|and|plus)?\s*(?P<x>(?:the|your|that)\s+(?:tip|tips|advice|intro|introduction|"
                         r"pointers?|suggestions?|recommendations?|book recommendations?|reading list|template|"
                         r"feedback)\s+(?:about|on|for|to|of)\s+[^.;!?]+?)\s*[.!]?$", re.IGNORECASE)
"""Help named as a thing given ("the tip about talking to my supervisor early", "your intro to the data team")."""


def _opener(tone: str, seed: str, today: bool) -> str:
    return str(pick(frame(JOB, "opener" if today else "opener_undated", tone if tone in ("formal", "casual") else
                          "warm"), seed))  # fmt: skip


_DUMMY_IT = (r"it(?:['’]?s|\s+is)\s+(?:\w+\s+)?(?:normal|ok|okay|fine|common|natural|usual|important|worth|better|"
             r"best|good)\s+to\b")
"""An "it" that leans on nothing before it ("its normal to replay the call in your head")."""
_LEANS_ON_BEFORE = lazy_regex(rf"^(?!{_DUMMY_IT})(?:it|its|it's|that|this|they|these|those|them)\b", re.IGNORECASE)
"""A point that starts "its 80% there" needs the line before it to say what "it" is."""
_SHOWED_ME = lazy_regex(r"^you\s+(?:also\s+)?(?P<verb>showed|taught|helped|explained|explain)\s+(?:to\s+)?me\s+"
                        # ("…how he checks alignment with the table, not the gauge": the contrast is the point, r102)
                        r"(?P<x>[^,;]+(?:,\s+not\s+[^,;.]+)?)", re.IGNORECASE)  # "you explain me how…" (non-native)


def _loose(line: str) -> bool:
    """Whether a whole note line reads as notes, not a sentence to thank for.

    Several fragments ("…, tips on milk texture"), a question, an event ("We went over…"), or the user's
    own reminder ("Record myself…") stay in the list below.
    """
    # "…, tips on milk texture", "… - lamination good, too much sugar": a part with no verb is a note, while
    # "Upsell at check in, not at checkout" and "Insurance first, don't take a job…" are one piece of advice
    parts = re.split(r",\s+|\s[-–—]\s", line)
    verbless = [not any(p.startswith(("VB", "MD")) for _, p in tag(part)) for part in parts]
    # ("MD work is 70% people management, 30% music": a share after a share is the same clause's, review 65)
    fragments = "?" in line or ": " in line or any(
        not re.match(r"(?:not|don'?t|never)\b|[\d.,]+\s*(?:%|percent)", part, re.I) and no_verb
        for part, no_verb in zip(parts[1:], verbless[1:], strict=True))
    # "Bow arm too tense in the Elgar, …": a judgement with no verb reads as notes wherever it stands
    fragments = fragments or any(no_verb and re.search(r"\btoo\s+\w+", part, re.I) is not None
                                 for part, no_verb in zip(parts, verbless, strict=True))
    own_remark = re.match(r"^(?:can'?t|don'?t|won'?t|didn'?t|not)\b", line, re.I) is not None  # "Can't be bothered…"
    # "Great chat today you looked at…": a second clause run on with no stop
    event = (re.match(r"^(?:you|we)\s", line, re.I) is not None and not _REPORTS.search(line)) or re.search(
        r"\b(?:today|chat|session|call)\s+(?:you|we|he|she)\s+\w+ed\b", line, re.I) is not None
    own_reminder = re.search(r"\bmyself\b", line, re.I) is not None or len(line.split()) > 25  # or a run-on
    leans = _LEANS_ON_BEFORE.match(re.sub(r"^you\s+(?:also\s+)?(?:said|say|says|think|thought)\s+(?:that\s+)?", "",
                                          line, flags=re.I)) is not None  # "You said its 80% there": what is?
    return fragments or own_remark or event or own_reminder or leans


def _states_something(line: str, advice_verbs: str) -> bool:
    """Whether a whole line says something, as a thing that stuck can, rather than noting it.

    Not a note with no verb of its own ("HS happy to take me on via panel"), news in a participle ("Visit to
    oakfield approved"), nor advice no frame could take ("You said rent chair first…"): after "One thing that
    really stuck with me:" those read as notes.
    """
    said = re.match(rf"^you\s+(?:also\s+)?(?:{advice_verbs})\s+(?:that\s+)?(?P<x>\S.*)$", line, re.IGNORECASE)
    if said:  # "you said location matters less than reputation" says it; "you said rent chair first…" does not
        return says_something(said.group("x"), first_too=True)
    tags = tag(lower_first(line.rstrip(".!")))  # the tagger reads a capital first word as a name
    if len(tags) < 2:
        return False  # "Intro.": a word alone is a heading, not a thing that stuck
    verbs = [(index, penn) for index, (_, penn) in enumerate(tags)
             if (penn.startswith("VB") or penn == "MD") and not (index and tags[index - 1][1] == "TO")]
    if len(verbs) == 1 and verbs[0][0] == len(tags) - 1 and verbs[0][1] in ("VBD", "VBN"):
        return False
    head = tag(lower_first(re.split(r",\s", line, maxsplit=1)[0]))
    if 1 < len(head) <= 4 and head[0][1].startswith("NN") and head[-1][1] in ("VBD", "VBN"):
        return False  # "shadowing approved, start 3rd of next month…": news, its first clause a participle
    if tags and tags[0][1] in ("VBD", "VBN") and tags[0][0] != "said":
        return False  # "did med rec practice on the sim ward": what happened, with no one doing it, says nothing
    # "HS happy to take me on…": someone and how they are, with no verb between; a noun phrase ("2 week pilot on
    # one ward") or an instruction ("Upsell at check in") is what they advised
    return bool(verbs) or not (len(tags) > 1 and tags[0][1].startswith("NN") and tags[1][1] == "JJ")


def _framed_thanks(point: str, tone: str, seed: str, mentor: str, today: bool) -> str | None:
    """Thanks naming ``point`` in the frame its shape fits, or None when it fits none."""
    framed = _thanks_in_frame(point, tone, seed, mentor, today)
    if framed and len(re.findall(r"\bespecially\b", framed, re.IGNORECASE)) > 1:
        # "…especially for your point that X, especially with the rebates": the user's own "especially" stays
        framed = framed.replace("especially", frame(JOB, "especially_again"), 1)
    # ("your point that aims too broad": a thing and its verdict, typed without its verb, said with it, review 95)
    return _VERDICT_NO_VERB.sub(_with_its_verb, _session_named(_named_as_typed(framed, point))) if framed else None


def _named_as_typed(text: str, note: str) -> str:
    """``text`` with the capitals the note gave mid-sentence.

    "she say Playwright better…" was thanked for "your point that playwright is better" once the frame lowered its
    first word (a playwright is an ordinary word too).
    """
    for name in set(re.findall(r"(?<=[a-z,]\s)[A-Z][a-z]+\b", note)):
        # only where a frame put it first ("…your point that playwright…"): "you will" never becomes "you Will"
        text = re.sub(rf"(?:(?<=\bthat )|(?<=\babout )|(?<=: )){name.lower()}\b", name, text)
    return text


_THINGS_GIVEN = lazy_regex(r"^(?P<det>the\s+|your\s+)?(?:coffee|lunch|breakfast|dinner|drinks?|beers?|tea|advice|tips?|"
                           r"help|intro|introduction|pointers|the\s+tour)\b(?:\s+(?:and|\+|&)\s+\w+)?", re.IGNORECASE)
"""What they gave the user, as a note ("coffee + advice abt apprentice wages"): a favour to thank for."""
_MY_THING = lazy_regex(r"^(?=(?:portfolio|cv|resume|cover letter|personal statement|deck|thesis|dissertation|"
                       r"business plan|website|pitch|essay|application)\b)", re.IGNORECASE)
"""The user's own thing, noted bare in a point about it ("portfolio needs 1 strong case study…"): "my portfolio"."""
_TRIED_IT = lazy_regex(r",\s+(?:and\s+)?(?:i\s+)?(?P<report>(?:tried|used|did|applied|tested|put)\s+"
                       r"(?:it|that|them|this)\b[^,;]*)$", re.IGNORECASE)
"""How the thing thanked for went, after it ("…near the dock, tried it tues and pick time dropped", review 64)."""
_IT_HELPED = lazy_regex(r",\s+(?:and\s+)?(?:it\s+|that\s+|which\s+)?(?P<report>(?:really\s+|so\s+|massively\s+|"
                        r"already\s+)?(?:helped|made a (?:big |huge )?difference|worked)\b[^,;]*)$", re.IGNORECASE)
"""How what they are thanked for helped, after it ("…, really helped w/ dr calls")."""
_LEARNED = lazy_regex(r",\s+(?:and\s+)?(?:i\s+)?(?P<report>(?:learned|learnt|picked up)\s+(?:a lot|so much|loads|tons|"
                      r"heaps)\b[^,;]*)$", re.IGNORECASE)
"""What the user took from what they are thanked for, after it ("the site visit, learned a lot about how…")."""
_ON_THE_DAY = lazy_regex(r"\b((?:it|that|them|this))\s+(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                         r"Sunday)\b)")


_I_LIKED_YOURS = lazy_regex(r"^I\s+(?:(?:especially|esp\.?|really|also|particularly)\s+)?(?:liked|loved|enjoyed|"
                            r"appreciated)\s+(?P<what>your\s+[^,;.]+)[.!]?$", re.IGNORECASE)
"""What the user liked of the mentor's, as the notes say it ("I especially liked your point about…")."""


def _thanks_in_frame(point: str, tone: str, seed: str, mentor: str, today: bool) -> str | None:
    opener = _opener(tone, seed, today)
    frames = frame(JOB, "thanks")
    if _THANKS_LINE.match(point):  # the user's own thanks, unless it runs on into the notes
        own = sentence(to_mentor(point, mentor))
        if len(own.split()) > 25 or len(sentences(own)) > 1:
            return None
        what = _THANKS_LINE.sub("", own).strip().rstrip(".!")
        # "thanks for the time on tue, the pricing spreadsheet idea was gold and the tip about…": the session named
        # first is the opener's; the rest is what they are thanked for, without the user's verdict on it
        what = _VERDICT_ON_IT.sub("", _SESSION_FIRST.sub("", what))
        # "…for reading my whole thesis chapter, ur comments on the methods section were spot on": a second thing
        # thanked for, once its verdict went ("…chapter, your comments on…" read as a fragment)
        second = re.search(r",\s+(?=(?:your|the|that)\s+\w)", what)
        if second and not _SESSION_FIRST.match(what) and not has_main_verb(what[second.end():]):
            what = f"{what[: second.start()]}, and for {what[second.end():]}"
        # ("thx so much for the call, esp the tip abt…": the frame says "especially" already, review 66)
        what = re.sub(r"^(?:and\s+)?(?:especially|esp\.?|particularly|in particular)\s+(?:for\s+)?", "", what,
                      flags=re.IGNORECASE)
        # "Big thanks for staying 1 hour extra": after thanks for the session, as the one thing named
        plain_session = re.match(rf"^(?:today|the (?:session|chat|call|meeting)|your time)\b"
                                 rf"(?!:?\s*(?:{ABOUT_A_TOPIC})\b)", what, re.I)
        # "thx for the tips on slotting…, tried it tues and pick time dropped": how it went is a sentence of its own
        # ("…the tip abt sbar handoffs, really helped w/ dr calls": "It really helped with…", review 65; "the site
        # visit, learned a lot about…": "I learned a lot…", session 61)
        outcome = ""
        for pattern, subject in ((_TRIED_IT, "I"), (_LEARNED, "I"), (_IT_HELPED, "It")):
            told = pattern.search(what)
            if told:
                what = what[: told.start()]
                outcome = " " + sentence(subject + " " + _ON_THE_DAY.sub(r"\1 on ", told["report"]))
                break
        # thanks for the session alone ("thank you for today it was very helpful") names nothing the opener doesn't
        return None if plain_session else fill(frames["favour"], opener=opener, x=what) + outcome
    line = to_mentor(point, mentor)
    liked = _I_LIKED_YOURS.match(line)
    if liked:  # "I especially liked your point about oral histories": thanked for that point (review 93)
        return fill(frames["favour"], opener=opener, x=liked["what"].rstrip(" .!"))
    given = _THINGS_GIVEN.match(line)
    if given and not has_main_verb(line):
        # "coffee + advice abt apprentice wages and the insurance thing": what they gave, thanked as a favour
        # (never "One thing that really stuck with me: coffee and advice…", review 65)
        what = line.rstrip(" .!")
        return fill(frames["favour"], opener=opener, x=what if given["det"] else f"the {lower_first(what)}")
    done = favours_done(line)
    if done and not _REPORTS.search(point) and not _SHOWED_ME.match(line):
        # "abdi explained how registration works … and gave me the contact of…": one run of what they did, all
        # thanked (session 57); after a comma only the favour ("…inverter fault, he walked me through the data")
        whole = _thanked_favour(point, tone, seed, mentor, today) if "," not in point else None
        if whole and done[0] in whole:
            return whole
        return fill(frames["favour"], opener=opener, x=done[0])
    if _note_before_dash(line):
        return None
    verbs = "|".join(re.escape(v) for v in frame(JOB, "advice_verbs"))
    line = _ASKED_ABOUT.sub("", line)  # "asked re: assessment portfolio, he said start now": its topic, then advice
    # "My portfolio: you said lead with X" or "... - you said X": the advice is the part after the topic.
    parts = [p.strip() for p in _ADVICE_APART.split(line)]
    for index, part in enumerate([*parts, line]):
        part = re.sub(r"^(?=(?:said|told me)\s)", "you ", part)  # "…, did a mock interview w me, said my answers…"
        # "You suggested asking my captain…" (as a takeaway reads it) is thanked as advice "to ask…"
        part = re.sub(r"^(you\s+(?:also\s+)?suggested)\s+([a-z]+ing)\b",
                      lambda m: f"{m[1]} to {base_form(m[2])}" if is_bare_verb(base_form(m[2])) else m[0], part,
                      flags=re.IGNORECASE)
        said = re.match(rf"^you\s+(?:also\s+)?(?P<verb>{verbs})\s+(?:that\s+)?(?P<not>not\s+)?(?P<to>to\s+(?=[a-z]))?"
                        rf"(?P<x>[^;]+)$", part, re.I)
        if said and said.group("verb").lower() == "told me" and not said.group("to"):
            said = None  # "you told me the story of…" tells, it advises nothing ("told me to…" does)
        if said and index < len(parts) and _aside_after_steps(line, part):
            said = None  # "…: move testers near till, tag the high value items, R says security tags budget can…"
        if said:
            # "…to use a reference track always, I never do this": the advice is thanked, the confession left out
            # "you said not to undersell the audit" is advice "not to…", like "you said don't…"
            negated = "don't " if said.group("not") else ""
            if negated and not said.group("to") and not is_bare_verb(said.group("x").split(" ", 1)[0].lower()):
                return None  # "you said not before I have the certificate…": no "advice not to before…" (session 60)
            # "said I can ride along on an install at some point, call him in spring": their offer, up to the comma
            allowed = re.match(r"^(?:i|me)\s+(?:can|could|may)\s+(?P<vp>[^,;—–]+)", said.group("x").strip(), re.I)
            # ("M thinks I can lead it from spring" is his view of the user, never an offer, review 109)
            opinion = said.group("verb").lower() in ("think", "thinks", "thought", "believes", "reckons", "feels")
            if allowed and opinion and index > 0 and not said.group("to") and not negated:
                # "volunteer programme - M thinks I can lead it from spring": their confidence in the user, with
                # the thing "it" leans on named
                thing = re.sub(r"^(?:the|my|our)\s+", "", parts[index - 1].rstrip(" .:"), flags=re.I)
                belief = re.sub(r"\bit\b", f"the {lower_first(thing)}", allowed.group(0).strip().rstrip("."), count=1)
                return fill(frames["belief"], opener=opener, x=re.sub(r"^me\b", "I", belief, flags=re.I))
            if allowed and not said.group("to") and not negated and not opinion:
                return fill(frames["offer"], opener=opener, x=f"let me {allowed.group('vp').strip().rstrip('.')}")
            after = parts[index + 1:] if index < len(parts) else []
            # "…said the deck is too long - 10 slides max": what follows the advice is part of it, never cut
            advice = negated + _USERS_ASIDE.split(" — ".join([said.group("x").strip(), *after]), maxsplit=1)[0]
            # "you said grant draft too long - cut the aims to 3": the advice is the instruction after the topic
            _topic, dash, step = [*re.split(r"\s+([-–—])\s+", advice, maxsplit=1), "", ""][:3]
            if dash and _imperative(step) and not negated and _advice_frame(said.group("verb").lower(),
                                                                             _topic.rstrip(".")) == "point":
                # "my portfolio is strong but the case studies are too long - cut to 1 page each": the point, then
                # the step, never the step alone ("your advice to cut to 1 page each", session 60 reading)
                # ("…, and your advice to check the vehicle value though.": a spoken tail left, review 103)
                step = _SPOKEN_TAIL.sub("", step.rstrip("."))
                return fill(frames["point_and_advice"], opener=opener, x=_topic, y=step)
            if dash and _imperative(step):
                advice = step
            # "you recommended to chair-fly the engine failure": a verb after "to" is advice to do it
            key = "advice" if said.group("to") and is_bare_verb(advice.split()[0].split("-")[0]) else _advice_frame(
                said.group("verb").lower(), advice.rstrip("."))
            advice = _mine_named(parts, index, advice) if key == "point" else advice
            step_before = parts[index - 1].rstrip(".") if 0 < index < len(parts) else ""
            if key == "point" and not after and step_before and _imperative(step_before) and (
                    _DATE_OR_FIGURE.search(step_before)):
                # "pricing: raise shirts from $3.50 to $4 - he says customers wont leave for 50c": the step said
                # before the point is the advice (review 102 thanked for the point alone, its 50c with no price)
                return fill(frames["point_and_advice"], opener=opener, x=_unspliced(advice, steps_joined=False),
                            y=step_before)
            if key and (_LEANS_ON_BEFORE.match(advice) or _DO_IT.match(advice)):
                # "you said its 80% there", "said do it w/ instructor": what "it" is was said before (review 92)
                return None
            so_step = re.search(r",\s+so\s+(?P<step>[a-z][^,;]*)$", advice)
            if key == "point" and so_step and _imperative(so_step["step"]):
                # "the public remembers the one miss… -> keep a log of verification stats": the point, then the
                # advice, never "your point that…, so keep a log…" (review 94)
                return fill(frames["point_and_advice"], opener=opener, x=advice[: so_step.start()],
                            y=so_step["step"].rstrip("."))
            dont = re.search(r",\s+(?:and\s+)?(?:don'?t|do not)\s+(?P<step>[a-z][^,;]*)$", advice, re.IGNORECASE)
            if key == "point" and dont:
                # "5kg is right size, not 15, dont overbuy": the point, then the advice not to (review 69: "your point
                # that 5kg is right size, not 15 and not to overbuy")
                thanks = fill(frames["point_and_advice"], opener=opener, x=advice[: dont.start()],
                              y=f"not {dont['step'].rstrip('.')}")
                return re.sub(r"\bto not\b", "not to", thanks, count=1)
            tail = advice.rpartition(", ")[2] if ", " in advice else ""
            # (only a length of time the user still needs: "need my CV … by 1.12" is a task, said as it was)
            if key == "advice" and re.match(r"(?:need|needs|i\s+need)\s+(?:\d+|a\s+few|a\s+couple\s+of|some|another|"
                                            r"one|two|three|four|five|six)\s+(?:more\s+)?(?:months?|years?|weeks?)\b",
                                            tail):
                # "apply in Q2 not now, need 6 more months of team leading": the advice, without the reason the note
                # gives after it, whose "need" has no subject (review 96); the note stays listed whole
                advice, tail = advice.rpartition(", ")[0], ""
            if key == "advice" and re.search(r"\btoo\s+(?:much|many)\b", tail) and not has_main_verb(tail):
                # "specialise legal, medical too much liability for beginner": a note's reason with no verb, never
                # spliced into "your advice to…" (review 69); it stays listed whole
                return None
            if key:
                advice = re.sub(r"^(?:don'?t|do not)\s+", "not ", clause(advice), flags=re.I)  # "advice to not…"
                # "…to always strip back to the frame, don't trust old webbing": one piece of advice, joined
                advice = re.sub(r"(?:,|\s+and)\s+(?:don'?t|do not)\s+", " and not to ", advice, flags=re.I)
                if key == "advice" and _OWN_NEED.match(advice):
                    return None  # "…journal note matters: need to finish note draft": the user's need, not advice
                offered = _AND_YOU_WILL.match(advice) if key == "advice" else None
                if offered:  # "she said apply and she will be a referee": the advice, then her offer (review 59)
                    return fill(frames["advice_and_offer"], opener=opener, x=offered["advice"], y=offered["offer"])
                point, comma, step = advice.rpartition(", ")
                if key == "point" and comma and _a_step(step) and len(step.split()) <= 6:
                    # "first crack timing matters most, log everything": the point, then the step (review 64)
                    return fill(frames["point_and_advice"], opener=opener, x=point, y=step.rstrip("."))
                advice = _MY_THING.sub("my ", advice) if key == "point" else advice  # "portfolio needs 1 strong…"
                if key == "recommended":  # "recommending the book 'Articulating Design Decisions'"
                    advice = re.sub(r"^(?=(?:book|podcast|course|article|paper)\s)", "the ", advice, flags=re.I)
                under = _topic_before(parts, index, advice) if key == "advice" else None
                if under:  # "billable hrs target - she said track daily not weekly": its topic stays (review 65)
                    return fill(frames["advice_on"], opener=opener, topic=under,
                                x=_unspliced(advice, steps_joined=True))
                if key == "advice":  # ("Henk: start acting like captain…, you lead the TEM part": "you" is the user)
                    advice = re.sub(r",\s+you\s+(?=[a-z]+\b)(?!(?:said|told|think|thought|will|'ll)\b)", " — I ",
                                    advice)
                thanks = fill(frames[key], opener=opener, x=_unspliced(advice, steps_joined=key == "advice"))
                return re.sub(r"\bto not\b", "not to", thanks, count=1) if key == "advice" else thanks
    shown = _SHOWED_ME.match(line)
    if shown:  # "you showed me how to dial in the grinder, tips on…": what they showed, the next fragment left out
        doing = frame(JOB, "did_for_me")[shown.group("verb").lower()]
        return fill(frames["showed"], opener=opener, doing=doing, x=shown.group("x").strip().rstrip("."))
    # "re: jr dev applications - quality over quantity": the topic and its point, "re:" left out
    whole = sentence(re.sub(r"^re:?\s+([^:\n]+?)\s+[-–—]\s+", r"\1: ", line, flags=re.IGNORECASE))
    topic = _TOPIC_POINT.match(whole)
    # "The backlog: prioritise by deadline": after "stuck with me:" a second colon reads badly (a topic with
    # a verb, "Trustees want 3 numbers: …", is a sentence and keeps the first frame)
    # "the planning apps backlog" names a topic; "Volunteers record data differently" is a clause
    short_noun = topic is not None and (len(topic.group("topic").split()) <= 3 or tag(topic.group(1))[0][1] in (
        "DT", "PRP$")) and tag(topic.group(1))[0][1] != "IN"  # not "In court: speak slower"
    # "read: IDS handbook ch 1-3" is a task labelled with its verb, not a topic talked about
    labelled_task = topic is not None and len(topic.group("topic").split()) == 1 and is_bare_verb(topic.group("topic"))
    verb_in_topic = topic is not None and any(t.startswith(("VB", "MD")) and t != "VBG" for _, t in tag(topic.group(1)))
    verdict_label = topic is not None and (_VERDICT_LABEL.match(topic.group("topic")) is not None or re.search(
        r"\b(?:too|not|very|so|really|quite)\s+[\w-]+$", topic.group("topic"), re.IGNORECASE) is not None)
    if topic and short_noun and not labelled_task and not verb_in_topic and not verdict_label:
        return fill(frames["topic"], opener=opener, topic=lower_first(topic.group("topic")), x=topic.group("x"))
    if not _loose(whole) and len(sentences(whole)) == 1 and _states_something(whole, verbs):
        # after the colon a sentence goes on in lower case ("…with me: tag 2 reviewers."); a name keeps its capital
        return fill(frames["whole"], opener=opener, x=lower_first(whole))
    gone_over = _WENT_OVER.match(line)
    if gone_over:  # "we went over my flash sheet, linework good but…": the going over; the notes after it are listed
        doing = frame(JOB, "did_with_me")[gone_over.group("verb").lower()]
        return fill(frames["went_over"], opener=opener, doing=doing, x=gone_over.group("x").strip())
    return None


_VERDICT_THEN_STEP = lazy_regex(r"^(?P<verdict>[^,:;]{2,50}?\b(?:too|not|very|so|really|quite|a bit|way too)\s+[\w-]+)"
                                r"\s*(?:,|:|\s[-–—])\s*(?P<step>\S[^;]*?)\.?$", re.IGNORECASE)


_BACK_REFERENCE = lazy_regex(r"\b(?:it|them|this|that|those|these)\b", re.IGNORECASE)
"""A word that points back to the verdict ("raise it 10cm"): the step cannot be thanked without it."""


def _step_after_verdict(note: str) -> str | None:
    """The step after a verdict on a thing ("portfolio too generic, pick 2 projects and go deep"), or None.

    The verdict is no topic talked about ("our talk about portfolio too generic: …", session 59); the step is the
    advice to thank for.
    """
    found = _VERDICT_THEN_STEP.match(note.strip())
    if not found or not _imperative(found["step"]) or _BACK_REFERENCE.search(found["step"]) or any(
            t in ("VBZ", "VBD", "VBP", "MD") for _, t in tag(found["verdict"])):
        return None
    return found["step"]


_AND_YOU_WILL = lazy_regex(r"^(?P<advice>[^,;]+?),?\s+and\s+(?:you|she|he)(?:['’]ll|\s+will|\s+would|['’]d)\s+"
                           r"(?P<offer>(?:be|act as|send|introduce|intro|look|read|review|check|share|write|give|help|"
                           r"put|connect|come|call|sign|vouch)\b[^,;]*?)\.?$", re.IGNORECASE)
"""Advice and the mentor's offer in one line ("apply and you will be a referee")."""


_VERDICT_LABEL = lazy_regex(r"^(?:good|great|bad|well|strengths?|positives?|negatives?|pros|cons|went well|wwi|www|"
                            r"ebi|even better if|(?:to )?work on|to improve|improve|improvements?|targets?|next steps?|"
                            r"not so good|needs work)\W*$", re.IGNORECASE)
"""A heading that sorts feedback ("good:", "work on:"), no topic talked about: never "our talk about good"."""
_NOT_SET = lazy_regex(r"(?:tbd|tba|tbc|to be (?:decided|confirmed|arranged)|not (?:set|sure|decided|booked|arranged)"
                      r"( yet)?|unknown|n/?a|none(?: (?:set|yet|booked|planned|arranged))?(?: yet)?"
                      r"|nothing (?:set|booked)(?: yet)?|no (?:date|meeting|time)(?: (?:set|yet|booked))?(?: yet)?"
                      r"|\?+|-+)[.!]*", re.IGNORECASE)
"""A next meeting typed as not yet set ("tbd", "?"): the email looks forward to one instead of confirming it."""
_LAST_SESSION = lazy_regex(r"\bfinal\s+(?:session|meeting|mtg|call|sesh)\b(?!\s+(?:we|i|you)\b)|\blast\s+(?:session|"
                           r"meeting|mtg|call|sesh)\s+(?:ever|together|before\s+(?:she|he|they)\s+(?:moves?|leaves?|"
                           r"retires?|goes))\b", re.IGNORECASE)
"""The notes say this was the last session ("final session before she moves"), not "in our last session we…" nor
"last session before I sign the lease" (the last before an event of the user's)."""
_ANOTHER_DAY = lazy_regex(r"\b(?:yesterday|last (?:night|week)|"
                          # "thx for letting me hang at the shop sat!!": thanks for a day of its own (review 71)
                          r"(?:thx|thanks|thank you|ty)\b[^.!?\n]{0,80}?\b(?:on\s+)?(?:mon|tues?|wed|thur?s?|fri|"
                          r"(?<!you )(?<!we )(?<!i )sat(?!\s+(?:with|down|in|on|through|next)\b)|sun)(?:day)?(?=\W|$)|"
                          r"(?:session|met|watched|visit(?:ed)?|call|chat|time|min|mins|"
                          r"minutes|hours?|hrs?)\s+on\s+"
                          r"(?:mon|tue|wed|thu|fri|sat|sun)\w*)\b", re.IGNORECASE)
"""The notes date the session to another day ("watched my U12s session on sat"): the thanks leave out "today"."""


def session_was_today(notes: str) -> bool:
    """Whether the notes leave the session today: not "watched my session on sat", nor a dated title ("mtg 28/11").

    The coach keeps no calendar, so a dated session is thanked without "today", which is true either way.
    """
    first = next((line for line in notes.splitlines() if line.strip()), "")
    dated_title = is_title_line(first) and DATE_PATTERN.search(first) is not None and not re.search(
        r"\btoday\b", first, re.IGNORECASE)
    return not _ANOTHER_DAY.search(notes) and not dated_title


def _mine_named(parts: list[str], index: int, point: str) -> str:
    """"neck angle: he said mine is too steep": "mine" is my neck angle, named from the topic it came under.

    Thanked alone, "your point that mine is too steep" says mine of nothing (review 80).
    """
    if not re.match(r"mine\b", point, re.IGNORECASE) or index != 1:
        return point
    topic = parts[0].strip().rstrip(":")
    return f"my {lower_first(topic)}{point[4:]}" if _short_label(topic) else point


def _short_label(topic: str) -> bool:
    """Whether a note's heading is a short label a thanks can name: a few words, no verb of its own, no list."""
    return bool(topic) and len(topic.split()) <= TOPIC_WORDS and not has_main_verb(topic) and not re.search(
        r"[,;]", topic)


def _topic_before(parts: list[str], index: int, advice: str) -> str | None:
    """The short topic ``advice`` came under ("Billable hours target: you said track daily…"), for thanks to name.

    None when the advice names its own object, or the topic is no short label.
    """
    # ("start now not in March": a month says when, never what the advice is about)
    named = [word for word, penn in tag(advice)[1:] if penn.startswith("NN") and word.lower() not in _HOW_OFTEN
             and word.capitalize() not in _CALENDAR_WORDS]
    if not 0 < index < len(parts) or index > 1 or named:
        return None  # ("lead with the migration project" says what it is about by itself)
    topic = re.sub(r"^(?:we\s+)?(?:talked|chatted|spoke)\s+about\s+", "", parts[0].strip(), flags=re.I)
    if not _short_label(topic):
        return None
    topic = lower_first(topic)
    # ("burnout" alone is a subject, "the billable hours target" a thing)
    return topic if re.match(r"(?:the|my|your|our|a|an)\s", topic, re.I) or " " not in topic else f"the {topic}"


_CALENDAR_WORDS = frozenset([*calendar.month_name[1:], *calendar.day_name])
_HOW_OFTEN = frozenset({"daily", "weekly", "monthly", "quarterly", "yearly", "hourly", "fortnightly"})
TOPIC_WORDS = 5
"""The longest topic named in thanks for advice given under it."""

def _aside_after_steps(line: str, part: str) -> bool:
    """Whether ``part`` comes after two or more steps of the point, so it is an aside, never the advice to thank for.

    "shrinkage cosmetics: move testers near till, tag the high value items, R says security tags budget can come from
    region" was thanked for "your point that security tags budget can come from region" (review 67).
    """
    before = line[: line.find(part)] if part in line else ""
    before = before.rsplit(":", 1)[-1]
    return len([piece for piece in before.split(",") if piece.strip()]) >= 2


_ASKED_ABOUT = lazy_regex(r"^(?:also\s+)?(?:i\s+)?asked\s+(?:re:?|about|abt)\s+(?=[^,:]{2,40},\s+you\s+(?:also\s+)?"
                          r"(?:said|told me|think|thought|suggested)\b)", re.IGNORECASE)
"""A question the user asked, then the answer ("asked re: assessment portfolio, he said…"): thanked for the advice on
that topic, never "your advice to start now" with what to start left behind (review 80)."""
_DATE_OR_FIGURE = lazy_regex(r"\d")
"""A step with a figure in it ("raise shirts from $3.50 to $4"): a concrete step the point after it backs."""
_ADVICE_APART = lazy_regex(
    # ("cardiac arrest debrief talk, he said its normal to replay the call…": an "it" that leans on nothing, r107)
    r"\s+[-–—]\s+|:\s+|,\s+(?:and\s+(?=you\s))?(?=(?:you\s+(?:also\s+)?)?(?:said|told)\s+(?![^,.]*\b(?:"
    rf"(?!{_DUMMY_IT})it|they|them|this|that|these|those)\b))"
    # "chatted about burnout, you recommended 'Rest' by Alex Pang": a title recommended after its topic
    r"|,\s+(?=you\s+(?:also\s+)?(?:recommended|suggested|mentioned)\s+['\"‘“])"
)
"""Where the advice starts after its topic: "My portfolio: you said…", "burnout - you said…", "burnout, you said
book the leave" (not "my CV, you said it is too long": there "it" needs the topic)."""
_TOPIC_POINT = lazy_regex(r"^(?P<topic>[^:.!?]{2,60}):\s+(?P<x>[^:]+)$")


_USERS_ASIDE = lazy_regex(r",\s+(?=I\s(?!(?:can|could|should|might|may|need to|have to|must)\s))(?![^()]*\))")
"""Where the user's own remark starts after what the mentor said ("…always, I never do this honestly"); what
the user can or should do goes on with the advice ("…wants 'project mgmt', I can frame the rollout as that"), and
so does a remark inside brackets ("…was confusing (cost per kg wrong, I mixed up wet vs dry cassava)")."""


_DO_IT = lazy_regex(r"^(?:not\s+)?(?:to\s+)?(?:do|try|practi[cs]e|repeat|keep doing)\s+(?:it|them|that|this)\b"
                    r"(?!\s+(?:is|was|are)\b)", re.IGNORECASE)
"""Advice whose object stands for something said before it ("do it with an instructor")."""


def _quotes_joined(takeaways: list[str]) -> list[str]:
    """The points, each one that is only a quote joined to the point before it.

    "…assessment first — 'scan what people will ask for'.", never a lone bullet of the mentor's words with no one
    saying them (review 89).
    """
    return joined_to_previous(takeaways, lambda point: _ONLY_A_QUOTE.fullmatch(point) is not None,
                              lambda before, quote: f"{before.rstrip('.')} — {quote.rstrip('.')}.")


_ONLY_A_QUOTE = lazy_regex(r"['‘\"“][^'’\"”]{3,}['’\"”]\.?")


def _a_second_step(advice: str, segment: str) -> bool:
    """Whether ``segment`` is a second step after advice to do one, said after the same "to".

    Not after advice not to do something ("not to buy a new van, get a used transit": "and" would deny both), nor a
    need ("…, need my CV by 1.12") or an aside ("…, even when I think I know the pt").
    """
    negated = re.match(r"^(?:not|never|don'?t|do not)\b", advice, re.IGNORECASE) is not None
    return not negated and _a_verb_step(segment)


def _a_verb_step(segment: str) -> bool:
    """Whether ``segment`` is a step to take, opening on its verb ("pick one", "get a used transit")."""
    first = segment.split(" ", 1)[0].lower()
    return first not in _NOT_A_STEP and is_bare_verb(first) and shape(segment) == "verb"


_NOT_A_STEP = frozenset({"need", "needs", "have", "has", "must", "should", "want", "wants", "even", "always",
                         "especially", "just"})


def _a_step(text: str) -> bool:
    """Whether a part after a point is a step to take ("log everything", "cut the intro")."""
    on_everything = re.match(r"^(\w+)\s+(?:everything|it|them|all|that|this|something|anything)\b", text, re.I)
    first = text.split(" ", 1)[0].lower()
    return first not in _NOT_A_STEP and (shape(text) == "verb" or _imperative(text) or bool(
        on_everything and is_bare_verb(on_everything[1])))


def _imperative(text: str) -> bool:
    """Whether advice opens with a bare verb the tagger read as a noun: "use STAR for…" (not "plan needs work")."""
    opening = tag(text)[:6]
    if not opening:
        return False
    word = opening[0][0]
    follows = opening[1][1] if len(opening) > 1 else ""
    verbless_note = re.search(r"\btoo\s+\w+\s*(?:[-–—].*)?$", text) is not None  # "grant draft too long"
    # "club job great experience…", "exit interviews": two nouns the tagger agrees on are a noun phrase
    three = opening[:3]  # ("release singles every 6 weeks" is an instruction: an object, then when)
    compound = (len(three) > 1 and three[0][1] == "NN" and three[1][1] in ("NN", "NNS") and three[1][0].islower()
                and (len(three) == 2 or three[2][1] in ("JJ", ",", "CC")))
    # "state app Ct clerks get great experience": a plural noun and its verb make it a statement
    has_subject = any(a[1] == "NNS" and b[1] in ("VBP", "VB") for a, b in pairwise(opening))
    # "blue team is easier way in…": an adjective, its noun and their verb, though "blue" can be a verb (review 80)
    has_subject = has_subject or ([t for _, t in three[:2]] == ["JJ", "NN"] and len(opening) > 2
                                  and opening[2][1] in ("VBZ", "VBD", "MD"))
    verbless_note = verbless_note or compound or has_subject
    return (word.islower() and is_bare_verb(word)
            and follows not in ("VBZ", "VBD", "VBP", "MD") and not verbless_note)


def _note_before_dash(line: str) -> bool:
    """Whether what they said is a note with no verb before a dash.

    "personal statement too generic - needs a patient story" is listed as the note it is, never thanked as "your
    point that personal statement too generic".
    """
    said = re.match(r"^you\s+(?:also\s+)?(?:said|says?|think|thought|told me|felt|feel)\s+(?:that\s+)?(?P<x>.+)$",
                    line, re.IGNORECASE)
    parts = re.split(r"\s[-–—]\s", said["x"], maxsplit=1) if said else []
    # ("grant draft too long - cut the aims to 3": the instruction after the dash is the advice, thanked as such)
    return len(parts) == 2 and not _imperative(parts[1]) and not any(
        t in ("VBZ", "VBD", "VBP", "MD") for _, t in tag(parts[0]))


_SPOKEN_TAIL = lazy_regex(r"[,\s]+(?:tho|though|lol|haha|btw)\W*$", re.IGNORECASE)
"""A spoken tail at the end of a step ("check the vehicle value tho")."""
_NUMBERED_THING_IS = lazy_regex(r"^[a-z]+\s+\d+[a-z]?\s+(?:is|are|was|were|has|have|will|would|can|could|needs?|"
                                r"seems?|looks?)\b", re.IGNORECASE)
"""A thing and its number, then its verb ("scope 3 is where they will push back"): a point, never advice."""


def _advice_frame(verb: str, rest: str) -> str | None:
    """Which thanks frame fits what they said: advice to do X, a point that X, or recommending X."""
    # ("you recommended book 'Articulating Design Decisions'": the book without its article, never "advice to book")
    titled = r"^(?:(?:the|a|that)\s+)?(?:(?:book|podcast|course|article|paper)\s+)?['\"‘“]"
    if re.match(titled, rest, re.IGNORECASE) and (
            verb in frame(JOB, "recommend_verbs")):
        return "recommended"  # "he recommended 'Teach Like a Champion' ch 4-5": a title, whatever its words are
    if re.match(r"^['\"‘“]", rest):
        # "she said 'don't quit till…'": her words in quotes, never "your point that 'don't quit…'"; "'give me one
        # week'" is about them, no advice to thank for
        return None if re.search(r"\b(?:me|my|i|i'll|i'm|mine)\b", rest, re.IGNORECASE) else "quoted"
    if re.match(_DUMMY_IT, rest, re.IGNORECASE):
        return "point"  # "its normal to replay the call in your head": a point, its "it" leaning on nothing (r107)
    kind = shape(rest)
    tagged = tag(rest)
    # "front office to revenue management move is possible": two nouns and then their verb, a point
    # ("scope 3 is where they will push back, start w/…": a thing and its number, then its verb, review 102)
    noun_subject = (len(tagged) > 2 and all(t in ("NN", "NNS") for _, t in tagged[:2]) and any(
        t in ("VBZ", "VBD", "VBP") for _, t in tagged[2:7])) or _NUMBERED_THING_IS.match(rest) is not None
    # "case studies too long, cut to…": a thing and its verdict, no advice "to case studies" (review 58)
    # ("scope too big, cut to 1880-1920": a one-word thing too, never "your advice to scope too big", review 93)
    verdict = any(len(tagged) > i + 1 and tagged[i][1] in ("NN", "NNS") and tagged[i + 1][0].lower() in (
        "too", "not", "very", "so", "really", "quite", "way") for i in (0, 1))
    if (kind == "verb" or _imperative(rest)) and not noun_subject and not verdict:
        return "advice"
    # "that our project description too long, cut…": the first clause needs its own verb to be a point
    # ("worth it but do it after probation": the verb after "but" is another clause's)
    first_clause = re.split(r"\s[-–—]\s|,\s|\s(?:but|and|so)\s", rest, maxsplit=1)[0]
    finite = any(t in ("VBZ", "VBD", "VBP", "MD") for _, t in tag(first_clause))
    # "first crack timing matters most": the tagger's plural noun before "most" is the verb (review 64)
    finite = finite or re.search(r"^\w+(?:\s+\w+){1,3}\s+(?:matters|counts|helps|works|sells)\s+"
                                 r"(?:most|more|less|the most)\b", first_clause, re.IGNORECASE) is not None
    owned_noun = tagged[0][1] == "PRP$" if tagged else False  # "our project description too long"
    if (kind == "clause" or (kind == "first_person" and not owned_noun)) or finite:
        return "suggestion" if verb.startswith("suggest") else "point"
    if kind == "noun" and verb in frame(JOB, "recommend_verbs"):
        return "recommended"
    return None


def _as_listed(line: str) -> str:
    """A takeaway as a list line.

    A remark the notes give with no verb ("said the warm up too long, games not drills") is listed as the
    note it is, not as "You said the warm up too long".
    """
    # "Also to ask 'can you repeat slowly' is ok…": a listed line stands alone, without the word tying it to the last
    line = re.sub(r"^(?:also|and|plus)\b[,\s]+(?=\S)", "", line, flags=re.IGNORECASE)
    # "Raj said: small PRs under 200 lines" is listed as what was said, never "You said: small PRs…"
    line = upper_first(re.sub(r"^you\s+(?:also\s+)?(?:said|say|says|suggested|think|thought|recommended)\s*:\s*", "",
                              line, flags=re.IGNORECASE))
    if clause_without_verb(line) or _note_before_dash(line):
        bare = re.sub(r"^you\s+(?:also\s+)?(?:said|says?|think|thought|told me)\s+(?:that\s+)?", "", line, flags=re.I)
        return sentence(upper_first(bare))
    topic = re.match(r"^(We (?:(?:talked|chatted|spoke) about|discussed) [^,:;]+),\s+(?P<rest>.+)$", line)
    if topic and (re.match(r"(?:don'?t|do not|never|always)\b", topic["rest"], re.I) or _imperative(topic["rest"])):
        return sentence(f"{topic[1]}: {topic['rest']}")  # "…salary bands, don't say a number first": its advice
    hedged_after = _HEDGE_AT_END.search(line)
    if hedged_after and opens_with_verb(line):
        # "read 'The Staff Engineer's Path' maybe" reads as a shrug at the end: the hedge goes first, as said aloud
        return sentence(f"Maybe {line[: hedged_after.start()][:1].lower()}{line[: hedged_after.start()][1:]}")
    return sentence(line)


_HEDGE_AT_END = lazy_regex(r"(?<!\bsaid)(?<!\bsays)(?<!\bthinks)(?<!\bthought),?\s+(?:maybe|perhaps)\s*[.?!]*$",
                           re.IGNORECASE)
"""A hedge at the end of a suggestion; "…?? she said maybe" is their answer, kept where it is (review 63)."""


_PERSONAL = lazy_regex(r"\b(?:tbh|lol|to be honest)\b", re.IGNORECASE)
"""A line that may be the user's own aside ("…lol"): the first to leave out of a long list."""
_OWN_MOMENT = lazy_regex(r"^i\s+told\s+(?:him|her|them)\s+about\b|"
                         r"\b(?:i\s+was\s+(?:a\s+bit\s+|so\s+|very\s+)?emotional|i\s+cried|says hi|said hi)\b",
                         re.IGNORECASE)
"""The user's own moment or a greeting passed on ("I was a bit emotional here tbh", "she says hi to my mom")."""


def _is_scrap(line: str) -> bool:
    """A note with nothing in it for the mentor: one word ("Maybe."), a saying, a word cut at its stop."""
    words = re.findall(r"[\w'’]+", line)
    # "he was strict on this": split from the line it was about, it says nothing alone
    leans_back = len(words) <= 6 and re.search(r"\b(?:on|about|with|for)\s+(?:this|that|it)\W*$", line, re.I)
    measure = len(words) <= 2 and any(w[:1].isdigit() for w in words)  # "10 min.": a length cut from its line
    return len(words) <= 1 or measure or bool(_SAYINGS.fullmatch(line.strip(" .!?"))) or bool(leans_back) or bool(
        re.search(r"\b(?:recomm|rec)\W*$", line, re.IGNORECASE))


_SAYINGS = lazy_regex(r"(?:also:?\s+)?(?:easier said(?: than done)?|not to repeat that|we'?ll see|fair enough|"
                      r"fingers crossed|who knows|so true|true|ok|okay|hmm+|still thinking)(?:\s+(?:lol|haha|tbh))?",
                      re.IGNORECASE)


def _cut_for_length(parsed: SessionNotes, mentor: str, chosen: str | None, brevity: int) -> list[str]:
    """The takeaways a full email leaves out only to stay short, as the mentor would read them, for the rationale.

    The user's own moments and scraps are left out on purpose and not named; at the shortest length every
    takeaway goes, by request.
    """
    if brevity >= len(TAKEAWAYS_BY_BREVITY) - 1:
        return []
    said = {t: to_mentor(t, mentor) for t in parsed.takeaways if t != chosen}
    listed = set(_most_worth_listing(said, TAKEAWAYS_BY_BREVITY[brevity]))
    return [said[t] for t in said if t not in listed and not (_OWN_MOMENT.search(t) or _is_scrap(t))
            and len(t.split()) >= 3]  # ("Makes sense", "Duolingo": nothing the mentor would miss)


def _most_worth_listing(said: Mapping[str, str], limit: int) -> list[str]:
    """At most ``limit`` of the takeaways ``said`` maps to their wording for the mentor, the user's own moments never.

    They stay in the notes' order.

    When there are more, asides go first, then what only reports the session ("we talked for ages about…"),
    then the last lines; what the mentor said stays longest.
    """
    # never the mentor's news: "I was a bit emotional tbh"; nor a scrap with nothing to say ("Maybe.",
    # "Easier said than done.", "Not to repeat that."), unless it is advice ("Lead with impact")
    takeaways = list(said)
    own = [t for t in takeaways if _OWN_MOMENT.search(t) or _is_scrap(t)]
    takeaways = [t for t in takeaways if t not in own] if len(own) < len(takeaways) else list(takeaways)
    if len(takeaways) <= limit:
        return takeaways

    def weight(item: tuple[int, str]) -> tuple[int, int]:
        index, line = item
        reported = _REPORTS_EVENT.match(said[line]) and not _REPORTS.search(line)
        rank = 0 if _PERSONAL.search(line) else 1 if reported else 2
        rank = 3 if line.startswith("Next time: ") else rank  # the plan for the meeting the email confirms
        return rank, -index

    kept = sorted(sorted(enumerate(takeaways), key=weight, reverse=True)[:limit])
    return [line for _, line in kept]


_FOR_NEXT_TIME = lazy_regex(r"^(?:we\s+)?(?:didn['’]?t|did not|never)\s+get\s+to\s+(?P<missed>[^,.;]+?)[,;]?\s+"
                            r"(?:so\s+)?next\s+time\W*$"
                            # ("next wk: talk abt the G7 promotion board", review 75)
                            r"|^next\s+(?:time,?|(?:week|wk|session|meeting|mtg)\s*[,:\-–—]?)\s+"
                            r"(?:(?:we\s+|we(?:'ll|\s+will)\s+|i\s+want\s+to\s+|let['’]s\s+)?"
                            # ("Next time we discuss interview preparation.", review 65)
                            r"(?:(?:talk|chat)\s+(?:about|abt)|discuss|cover|look\s+at|go\s+through|go\s+over|"
                            r"check(?:\s+in)?\s+on|review|revisit))\s+(?P<next>[^.;]+?)\W*$",
                            re.IGNORECASE)
"""A topic left for next time ("didnt get to salary stuff, next time", "next time talk about VAT registration")."""


def _topics_for_next_time(parsed: SessionNotes) -> tuple[SessionNotes, list[str]]:
    """The takeaways without the topics left for next time, and those topics, as typed."""
    kept, later = [], []
    for line in parsed.takeaways:
        topic = _FOR_NEXT_TIME.match(line.strip())
        if topic:
            later.append((topic["missed"] or topic["next"]).strip())
        else:
            kept.append(line)
    return (replace(parsed, takeaways=kept) if later else parsed), later


def _plan_for_next_time(parsed: SessionNotes, when_given: str) -> SessionNotes:
    """The notes' "next: go through a real quote together" kept as a takeaway when the form gives the time.

    The form's time is the meeting; a plan for it with no time of its own would otherwise be lost.
    """
    plan = parsed.next_meeting
    if not when_given or not plan or DATE_PATTERN.search(plan) or not is_bare_verb(plan.split()[0].lower()):
        return parsed
    return replace(parsed, takeaways=[*parsed.takeaways, f"Next time: {plan}"])


_LET_ME = lazy_regex(r"^let\s+me\b", re.IGNORECASE)
_I_GIVE_THEM = lazy_regex(r"(?P<give>\bI\s+(?:send|give|email|show|bring|pass|forward)|"
                          r"\bI\s+(?:get|send|give|email|bring|pass|forward)\s+(?:it|them|this|that|these)\s+to)"
                          r"\s+(?:her|him)\b", re.IGNORECASE)
"""What the user gives the mentor in the mentor's own task ("…if I get them to her"): given to them, "you"."""
_OBJECT_LEFT_OFF = lazy_regex(r"\b(?:if|when|once|after)\s+I\s+(?:send|share|email|forward|finish|bring)\b"
                              r"(?=\s*(?:$|\(|[,;.]))", re.IGNORECASE)
"""A condition whose verb lost its object in shorthand ("review slides if I send"): it takes one back."""


def _object_restored(task: str) -> str:
    """A condition's object put back: "review slides if I send" reads "…if I send them" (the task's own thing)."""
    condition = _OBJECT_LEFT_OFF.search(task)
    if not condition:
        return task
    words = re.findall(r"[A-Za-z']+", task[: condition.start()])
    thing = words[-1].lower() if words else ""
    pronoun = "them" if thing.endswith("s") and not thing.endswith(("ss", "us", "is")) else "it"
    return f"{task[: condition.end()]} {pronoun}{task[condition.end():]}"


_ASK_THEM_IF = lazy_regex(r"^- \*\*Me:\*\* Ask you (?:if|whether) you (?:can|could|would|will|might|'d) "
                          r"(?P<ask>[^()]+?)\??$")
"""The user's to-do of asking the mentor something, said to the mentor: a question in the email instead."""


_SENT_TO_YOU_ALONE = lazy_regex(r"\b(?P<verb>send|email|e-mail|give|show|forward|pass)\s+you\s*$", re.IGNORECASE)
"""A thing sent to the mentor with no object left ("prepare 1 slide…, send RS": "send it to you", never "send you")."""


_SENT_ALONE = lazy_regex(r"\s*[:,]\s*(?:then\s+)?(?P<verb>send|email|e-mail)\s*$", re.IGNORECASE)
"""A step typed after an arrow with nothing sent named ("rewrite ep. 3… -> send by fri" gave "…: send")."""


def action_line(item: ActionItem, mentor_owner: str, mentor: str = "") -> str:
    """One action item as a list line: "- **Me:** Redo the deck (by Friday)".

    No hedge is added to the mentor's task ("only if it's still convenient"): readers took it for words the
    user never wrote.
    """
    notes = [f"{item.due_prefix} {expand_shorthand(item.due)}".strip()] if item.due else []  # "next wk"
    after = f" ({'; '.join(notes)})" if notes else ""
    # The mentor's own task: "ask him about it" asks someone else, so "him" stays
    # (but "let me shadow him at the academy" is their offer to the user, and "him" is them)
    # ("…letter IF I send her my writing sample": what the user gives is given to them)
    task_words = _object_restored(_as_task(item.task))
    text = _I_GIVE_THEM.sub(r"\g<give> you", task_words) if item.owner == mentor_owner else task_words
    task = to_mentor(text, mentor, objects_are_others=item.owner == mentor_owner and not _LET_ME.match(item.task))
    task = _SENT_TO_YOU_ALONE.sub(r"\g<verb> it to you", task)  # ("…, send RS by Wed": "send you", review 105)
    task = _SENT_ALONE.sub(r", then \g<verb> it to you", task)  # ("…with her notes -> send by fri": ": send")
    own_note = re.search(r"\s*\((?P<note>[^()]*)\)$", task)
    if own_note and notes:  # "…when it comes out (April?)" and its date: one parenthesis, not two
        task, notes = task[: own_note.start()], [own_note.group("note"), *notes]
        after = f" ({'; '.join(notes)})"
    return f"- **{item.owner}:** {task}{after}"


_PLACE_AT_THE_END = lazy_regex(r"\s+(?:at|in)\s+(?:the|her|his|their|your|my|our)\s+[a-z][\w' -]{1,30}$",
                               re.IGNORECASE)
"""Where the notes say the next meeting is ("9 Jan 10:00 at the lab")."""


def next_meeting_sentence(when: str | None, tone: str) -> str:
    """The next meeting, confirmed; or, when the notes name none, looking forward to it (no promise added)."""
    if not when:
        return str(frame(JOB, "no_meeting", tone if tone in ("formal", "casual") else "warm"))
    only_who = _ONLY_WHO.match(when)
    if only_who:  # "she'll email": who arranges it, and no time yet
        return f"{next_meeting_sentence(None, tone)[:-1]} ({_they_arrange(only_who)})."
    maybe = re.match(r"^(?:she|he)\s+(?:said|says)\s+(?P<when>(?:maybe|probably|prob|perhaps)\s+\S.*)$", when.strip(),
                     re.IGNORECASE)
    if maybe:  # "he said maybe january": a time the mentor floated, said with the meeting it is for
        said = capitalise_dates(expand_shorthand(maybe["when"]))
        return f"{next_meeting_sentence(None, tone)[:-1]} (you said {said})."
    if re.match(r"^(?:she|he)\s+(?:said|says|told me)\b", when.strip(), re.IGNORECASE):
        # "she said come back in June": what the mentor said, said to them ("You said to come back in June.")
        return sentence(_SAID_THEN_VERB.sub(_said_to, to_you(expand_shorthand(when.strip()), "")))
    away = _AWAY.match(when.strip())
    if away:  # "tbd - he's away at the conference till mid-may": no time yet, and why
        return sentence(f"I know you're away {capitalise_dates(expand_shorthand(away.group('rest')))}; "
                        f"{lower_first(next_meeting_sentence(None, tone)[:-1])} after that")
    if re.match(r"^(?:we|you|i|she|he)\b", when.strip(), re.IGNORECASE):  # "we will call in 2 weeks"
        agreed = lower_first(to_you(expand_shorthand(when.strip()), ""))
        # "he come to my workshop in 2 weeks": a plan, so "you'll come" (never "you come")
        # ("we talk again in 2 wks": "we'll talk again", review 99)
        agreed = re.sub(r"^(you|we|i)\s+(come|visit|call|meet|email|ring|text|phone|drop by|talk|speak|chat)\b",
                        r"\1'll \2", agreed)
        return sentence(f"As we agreed, {agreed}")
    unsure = _TO_BE_CONFIRMED.search(f" {when}")
    if unsure and unsure.start() == 0:  # "tbc": no time yet, so no time said
        return next_meeting_sentence(None, tone)
    unsure = _TO_BE_CONFIRMED.search(when)
    if unsure and unsure.start() > 0:  # "January, date tbc": the time, then what is still open (review 75)
        what = (unsure["what"] or "date").lower()
        said = next_meeting_sentence(when[: unsure.start()], tone)
        return f"{said[:-1]} ({what} to be confirmed){said[-1]}"
    when, arranged = _time_and_arrangement(when)
    # "after the exam probably", "7 jan same time": the doubt and the time of day said apart from the day, never
    # "…our next session after the exam probably." nor "on 7 Jan same time" (review 81)
    hedge = _HEDGE_AFTER.search(when)
    same_time = _SAME_TIME.search(when) if "," not in when else None
    for aside in sorted((m for m in (hedge, same_time) if m), key=lambda m: -m.start()):
        when = when[: aside.start()] + when[aside.end():]
    humane = humanise_when(when.strip(" ,"))
    spoken = _on(humane)
    if arranged:  # "early next month, she'll email": when, and who arranges it
        return f"{next_meeting_sentence(when, tone)[:-1]} ({expand_shorthand(arranged)})."  # "he'll msg"
    event = _EVENT_THEN_DATE.match(humane)
    if event and not _NAMED_MEETING.match(humane):
        # "guest spot 12/3": an occasion and its day, never "…our next session, guest spot 12/3." (review 71)
        at = f"the {event['event']} {_on(event['date'])}"
        return {"formal": f"I look forward to seeing you at {at}.", "casual": f"See you at {at}!"}.get(
            tone, f"Looking forward to seeing you at {at}.")
    named = _NAMED_MEETING.match(humane)
    if named:  # "next sync 2/5": the notes name the meeting, then its time
        rest = named.group("rest").lstrip(", ")
        when_said = _on(rest) if rest else ""
        spoken = f"our next {named.group('meeting')}{'' if when_said.startswith(',') or not rest else ' '}{when_said}"
        return {"formal": f"I look forward to {spoken}.", "casual": f"See you at {spoken}!"}.get(
            tone, f"Looking forward to {spoken}.")
    if spoken.lower().startswith("next "):  # not "our next session next Tuesday": the time names the meeting
        # ("next wk same time" lost its "same time": "…seeing you next week.", review 107)
        spoken += f",{same_time.group(0)}" if same_time else ""
        return {"formal": f"I look forward to speaking with you {spoken}.", "casual": f"See you {spoken}!"}.get(
            tone, f"Looking forward to seeing you {spoken}."
        )
    spoken = spoken if spoken.startswith(",") else f" {spoken}"
    spoken += f",{same_time.group(0)}" if same_time else ""
    if hedge:
        spoken = f", {_HEDGES.get(hedge['word'].lower(), hedge['word'].lower())}{spoken.lstrip(',')}"
    return {"formal": f"I look forward to our next meeting{spoken}.", "casual": f"See you{spoken}!"}.get(
        tone, f"Looking forward to our next session{spoken}."
    )


_HEDGE_AFTER = lazy_regex(r"[,\s]+(?P<word>probably|prob|maybe|hopefully|possibly|i think)\W*$", re.IGNORECASE)
"""A doubt typed after the time ("after the exam probably"), said before it instead."""
_HEDGES = {"prob": "probably", "i think": "probably"}
_SAME_TIME = lazy_regex(r"\s+(?:at\s+)?(?:the\s+)?(?:same|usual)\s+time\b", re.IGNORECASE)
"""The time of day as before, typed with no comma after the day ("7 jan same time"): said after it, with one."""
_TO_BE_CONFIRMED = lazy_regex(r"[\s,;(-]+(?:exact\s+)?(?P<what>date|time|day|place|venue)?\s*(?:is\s+)?"
                              r"(?:tbc|tbd|to be confirmed|to be decided|tba)\W*$", re.IGNORECASE)
"""A next meeting's open detail, typed after its time ("January, date tbc")."""
_EVENT_THEN_DATE = lazy_regex(
    r"^(?:the\s+)?(?!(?:next|this|same|early|late|mid|end|in|on|at|after|before|sometime|whenever|tomorrow|today|"
    r"tonight|our|my|your|his|her|their|a|an|\d)\b)"
    # (not a way of meeting: "zoom 12/3", "coffee sat" are the next session itself)
    r"(?!.*\b(?:zoom|teams|call|video|phone|online|coffee|lunch|meet|meeting|session|chat|catch-?up|mtg|sync|"
    r"check-?in|1:1|1-1|same|usual)\b)"
    r"(?P<event>[a-z][a-z'-]+(?:\s+(?!on\b|at\b)[a-z][a-z'-]+){0,2})\s+(?:on\s+)?"
    rf"(?P<date>(?:\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|{_SPELLED_DAY})(?:\s+at\s+\S+)?)$")
"""An occasion and its day, typed as the next meeting ("guest spot 12/3", "book launch Saturday")."""
_AWAY = lazy_regex(r"^(?:she|he|they)(?:['’]s|['’]re|\s+is|\s+are)\s+away\s+(?P<rest>\S.*?)\W*$", re.IGNORECASE)
"""A next meeting typed as the mentor being away ("he's away at the conference till mid-may")."""
_INITIALS_ONLY = lazy_regex(r"[A-Z]{1,3}\.?")
"""An owner written as initials the notes never tie to the mentor or the user ("K to review resume")."""
_ONLY_WHO = lazy_regex(r"^\s*(?P<who>she|he|they|I)\s*(?:'ll|’ll|\s+will)\s+(?P<x>\S.*)$", re.IGNORECASE)
"""A next meeting typed as who will arrange it, with no time ("she'll email")."""


def _they_arrange(only_who: re.Match[str]) -> str:
    """"she'll email" said to her: "you said you'd email"; the user's own "I'll email…" as it is."""
    task = expand_shorthand(only_who["x"].strip().rstrip("."))
    if only_who["who"].lower() == "i":  # "I'll text her" about the next meeting: said to her, "I'll text you"
        return "I'll " + re.sub(r"^((?:text|email|e-mail|call|ring|message|ping|phone|dm)\s+)(?:her|him)\b", r"\1you",
                                task, flags=re.IGNORECASE)
    return f"you said you'd {task}"


_MEETING_FIRST = lazy_regex(r"^(?:next\s*:?\s*)?(?:catch[- ]?up|meet(?:ing)?|call|session|check[- ]?in|mtg)\s+"
                            r"(?=(?:in|on|at|after|before|early|mid|late|next|this|around)\b)", re.IGNORECASE)
"""A next meeting typed as what it is before when ("catch up in the new year"): the sentence names the session."""


def _arranged_by(when: str, mentor: str) -> str:
    """Who arranges the next meeting, said as a plan: "mid Dec, PR to confirm" -> "mid Dec, they'll confirm".

    "PR to confirm" sent to PR read as notes about her (review 67); "they'll" is said to them as "you said you'd…".
    """
    when = _MEETING_FIRST.sub("", when.strip())
    title, first, last = address(mentor)
    titled = f"{title[:1]}{(last or first)[:1]}".upper() if title else ""  # "PO" for Prof. Okoye
    names = {initials_of(mentor), titled, *(first_names_of_two(mentor) or ()), first} - {""}
    who = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    to_do = re.search(rf"(?P<sep>,|;|\s[-–—])\s*(?:(?P<mentor>{who}|she|he)|(?P<me>I|me))\s+(?:to|will)\s+"
                      r"(?P<x>[a-z]\S*.*)$", when) if who else None
    if not to_do:
        return when
    return f"{when[:to_do.start()]}, {'I' if to_do['me'] else 'they'}'ll {to_do['x']}"


def _without_not_set(when: str) -> str:
    """"tbd - maybe at the conference in Vienna?": the maybe, without its "tbd"."""
    when = re.sub(r"^(?:tbd|tbc|tba|none(?: set)?|not set|no date(?: yet)?|nothing (?:set|booked))\s*[-–—,:;]\s*(?=\S)",
                  "", when, flags=re.IGNORECASE)
    # ("none set, will email when i hear back": the user's own plan, "I'll email when I hear back")
    when = re.sub(r"^(?:i\s+)?will\s+(?=\w)", "I'll ", when, flags=re.IGNORECASE)
    # ("Jan, date tbc": which detail is open is said, never "January, date (date to be confirmed)", review 98)
    when = re.sub(r"[\s,;(-]+(?:exact\s+)?(date|time|day|place|venue)\s*(?:is\s+)?(?:tbc|tbd|tba)\b\)?[.!?]*\s*$",
                  lambda m: f" ({m[1].lower()} to be confirmed)", when, flags=re.IGNORECASE)
    # "after the may course?? tbc": the time, and that it is not fixed yet, in words (review 55)
    return re.sub(r"\s*\?*\s*[-–—,(]?\s*\b(?:tbc|tbd|tba)\b\)?[.!?]*\s*$", " (to be confirmed)", when,
                  flags=re.IGNORECASE)


def _time_and_arrangement(when: str) -> tuple[str, str]:
    """"early next month, she'll email" -> ("early next month", "you said you'd email"); else (when, "")."""
    # ("maybe in 2 weeks? she'll message": after a question mark too)
    time, comma, rest = re.split(r"([,?])", when, maxsplit=1) if re.search(r"[,?]", when) else (when, "", "")
    said = _ONLY_WHO.match(rest)
    # "next wk sometime, he said call him": who is to arrange it, said to them
    told = re.match(r"^\s*(?:she|he|they)\s+said\s+(?:to\s+)?(?P<verb>call|ring|text|email|message|phone|ping|dm)\s+"
                    r"(?:him|her|them)\b", rest, re.IGNORECASE)
    if comma and time.strip() and told:
        return time.strip(), f"you said to {told.group('verb').lower()} you"
    if not comma or not time.strip() or said is None:
        return when, ""
    return time.strip(), _they_arrange(said)  # ("Jan sometime, I'll text her": the user's own, as typed)


_NAMED_MEETING = lazy_regex(rf"^next (?P<meeting>{MEETING_NOUNS})\b\s*(?P<rest>.*)$", re.IGNORECASE)


def _offered(item: ActionItem, mentor: str) -> str:
    """The mentor's task as what they offered to do, with its date: "lend me your drills book by Friday"."""
    offer = lower_first(clause(to_mentor(item.task, mentor, objects_are_others=True)))
    offer = re.sub(r"^intro\s+(?:me\s+)?to\b", "introduce me to", offer, flags=re.IGNORECASE)  # "CB -> intro to Dave"
    return offer + (f" {item.due_prefix} {expand_shorthand(item.due)}".replace("  ", " ") if item.due else "")


def their_offer(parsed: SessionNotes, mentor: str) -> str | None:
    """The mentor's first task as thanked ("offering to do a mock interview"), which a thank-you must not drop."""
    theirs = next((a for a in parsed.actions if a.owner == mentor_label(mentor)), None) if mentor else None
    return fill(frame(JOB, "next_step")["offering"], x=_offered(theirs, mentor)) if theirs else None


def _with_own_thanks(thanks: str, parsed: SessionNotes, mentor: str) -> str:
    """The thanks, then the user's own line of thanks when the thanks named something else.

    "thanks for staying late!!" was left out when the thanks named the mentor's advice (review 96).
    """
    own = next((t for t in parsed.thanked if _THANKS_LINE.match(t)), "")
    what = _THANKS_LINE.sub("", sentence(to_mentor(own, mentor))).strip(" .!") if own else ""
    # ("thx for the tasting menu feedback, very useful": the thing thanked for, without the verdict on it)
    what = re.sub(r",?\s+(?:very|really|so|super|extremely)\s+(?:useful|helpful|valuable|kind|good)\W*$", "", what,
                  flags=re.IGNORECASE)
    plain = re.fullmatch(r"(?:the|your|today'?s)\s+(?:time|session|chat|call|meeting|help)(?:\s+today)?", what, re.I)
    if not what or plain or len(what.split()) > 12 or what.lower() in thanks.lower():
        return thanks
    return f"{thanks} {thanks_also([what])}"


def thanks_also(done: Sequence[str]) -> str | None:
    """One more line of thanks for what else they did or offered: "Thank you also for A, and for B."."""
    # ("Getting me the guest spot in Lisbon": a note's capital is no name)
    done = [d if d.split(" ", 1)[0].isupper() else lower_first(d) for d in done]
    return sentence(fill(frame(JOB, "next_step")["also"], x=", and for ".join(done))) if done else None


_SAID_AS_MINE = lazy_regex(r"^\W*(?:me|myself)\s*(?::|-+>?|–|—|->|=>)", re.IGNORECASE)
"""A task the notes label as the user's: "me: CRM cleanup by fri", "me -> book the venue"."""


def my_next_step(parsed: SessionNotes, mentor: str = "", notes: str = "") -> str:
    """One line on what the user will do next, from their own action items; never from a "maybe".

    Empty when the notes give the user no task: "I'll put what we discussed into practice" was a promise
    nobody made.
    """
    own = [a for a in parsed.actions if a.owner == ME]
    # "me: learn the 5 knots by heart…" as the user typed it, over "check my gloves, too thin…", which may be the
    # mentor's check noted bare (review 88); then "me: CRM cleanup by fri" as the reader labelled it
    typed = [_SAID_AS_MINE.sub("", line).strip().lower() for line in notes.splitlines() if _SAID_AS_MINE.match(line)]
    labelled = [a for a in own if any(line.startswith(" ".join(a.task.lower().split()[:3])) for line in typed)]
    # (then one typed with its "I": "i need to re-tension screens before next wk" over "try 25 N/cm.", the advice
    # it follows, review 95)
    # (a task of more than its verb: "I'll start next week", after the course it starts, says too little alone)
    in_first_person = next((a for a in own if re.match(r"\s*(?:[-*•]\s*)?i\b(?!\.)", a.source, re.IGNORECASE)
                            and len(a.task.split()) > 1), None)
    mine = next(iter(labelled), None) or next((a for a in own if _SAID_AS_MINE.match(a.source)),
                                              in_first_person or (own[0] if own else None))
    steps = frame(JOB, "next_step")
    if not mine:
        return ""
    due = f" {mine.due_prefix} {expand_shorthand(mine.due)}".replace("  ", " ") if mine.due else ""  # "next wk"
    task = clause(to_mentor(mine.task, mentor))
    # "will try the cross training thing": the user's "will", so the verb after it (review 64)
    task = re.sub(r"^(?:i\s+)?(?:will|'ll|gonna|going to)\s+(?=[a-z])", "", task, flags=re.IGNORECASE)
    first, _, last = task.rpartition(", ")
    if last.count(")") > last.count("("):  # "LLC paperwork (my son-in-law is a lawyer, ask him)": inside its brackets
        first, last = "", task
    last = last if first else task
    # ("record 1 class, watch back": a to-do verb the tagger reads as a noun opens two steps, both kept)
    head = task.split(" ", 1)[0].lower()
    # ("re-tension screens": a verb behind its prefix, review 95)
    prefixed = re.match(r"(?:re|co|pre|double|over)-(?P<verb>[a-z]+)$", head)
    verbal = shape(task) == "verb" or head in word_list("task_verbs") or bool(
        prefixed and is_bare_verb(prefixed["verb"]))
    task = task[:1].lower() + task[1:] if prefixed and verbal else task
    if last != task and shape(last) == "verb" and verbal:
        task = f"{first} and {last}"
    elif last != task and shape(last) == "verb":
        task = last  # "you reckon the clover is struggling…, get soil tested": the step is the instruction
    task += due
    return sentence(fill(steps["verb" if verbal or shape(task) == "verb" else "other"], x=task))


def sign_off(tone: str, my_name: str, seed: str) -> str:
    """A closing line and the user's name; nothing when there is no name to sign."""
    if not my_name.strip():
        return ""
    closing = pick(frame(JOB, "closing", tone if tone in ("formal", "casual") else "warm"), seed)
    name = re.sub(r"\s*\([!?.\s]*\)", "", my_name)  # "Lt. (!!) Sam Whitaker": the name, not the excitement
    return f"{closing}\n{name_case(name)}"


def _greeting(mentor: str, tone: str) -> str:
    name = greeting_name(mentor, tone == "formal")
    return {"formal": f"Dear {name},", "casual": f"Hi {name}!"}.get(tone, f"Hi {name},")


def _their_place_as_yours(when: str) -> str:
    """"next market day at her shop", written to her, is "at your shop"."""
    # "Oct 2nd, 8:30am, his office (4th floor)": the place after a comma is theirs too
    when = re.sub(r"(\b(?:at|in|to|near)\s+|,\s*)(?:her|his)\b(?=\s+\w)", r"\1your", when, flags=re.IGNORECASE)
    when = re.sub(r"\b(at|to)\s+(?:hers|his)\b(?!\s+\w)", r"\1 yours", when, flags=re.IGNORECASE)  # "10am at hers"
    return re.sub(r"\b(?:her|his)\s+time\b", "your time", when, flags=re.IGNORECASE)  # ("7pm her time")


def _quotes_a_note(paragraph: str, notes: str) -> bool:
    """Whether ``paragraph`` has three words in a row, not all small ones, exactly as a line of the notes has them."""
    said = " ".join(re.findall(r"[a-z0-9']+", normalise(paragraph).lower()))
    for line in notes.splitlines():
        words = re.findall(r"[a-z0-9']+", normalise(line).lower())
        for start in range(len(words) - 2):
            run = words[start : start + 3]
            if not set(run) <= _GENERIC | _SMALL_WORDS and f" {' '.join(run)} " in f" {said} ":
                return True
    return False


_SMALL_WORDS = word_set("i me my you your the a an to of and in on at for with it is was i'm that this thanks "
                        "especially advice point tip also all about")
"""Words of the thanks' own frame ("especially for your advice to"), which quote no note."""


def _when_said(when: str, message: str, mentor: str = "") -> bool:
    """Whether the message gives the next meeting: as typed, spelled out, or every telling word of it.

    "next sync 2/5" is given by "our next sync on 2/5".
    """
    lowered = plain(message).lower()
    # "early next month, she'll email": said apart; "tbd - maybe in Vienna?": the maybe
    when = _their_place_as_yours(_time_and_arrangement(_arranged_by(_without_not_set(when), mentor))[0])
    if any(w.lower() in lowered for w in {tidy(when), humanise_when(when)}):
        return True
    telling = [w for w in _when_words(spell_out_day(humanise_when(when)).lower()) if w not in _FILLER]
    words = set(_when_words(lowered))
    return bool(telling) and all(w in words for w in telling)


_FILLER = word_set("next on the at in our a an same time she he said says told me you to")
"""Words that tell no time: "she said come back in June" is said as "You said to come back in June"."""


def _when_words(text: str) -> list[str]:
    return [w.rstrip(".") for w in re.findall(r"[\w:/.-]+", text)]


def read_notes(notes: str, mentor: str, me: str) -> tuple[SessionNotes, str]:
    """The notes taken apart, and the mentor's name as the notes use it ("Dr. Chen Jing", "Dr Chen": "Dr. Chen").

    The notes are read with the name as typed (so "CJ" is still the mentor by initials); only how the
    mentor is greeted and labelled follows the notes.
    """
    parsed = parse_notes(notes, mentor, me)
    called = as_text_names(mentor, notes)
    if called == mentor:
        return parsed, mentor
    typed, shown = mentor_label(mentor), mentor_label(called)
    actions = [replace(a, owner=shown) if a.owner == typed else a for a in parsed.actions]
    return replace(parsed, actions=actions), called


def _line_has_owner(line: str, item: ActionItem, mentor: str, me: str) -> bool:
    if item.owner == ME:
        tokens = ["me", "i", "i'll", "i'm", "my", *name_parts(me)]
    elif item.owner == BOTH:
        tokens = ["both", "we", "us", "we'll"]
    elif item.owner == first_name(mentor):
        tokens = [*name_parts(mentor), "you", "you'll", "mentor"]
    else:
        tokens = name_parts(item.owner)
    return bool(find_phrases(line, [t.strip(".,") for t in tokens if t.strip(".,")]))


_BARE_INTRO = lazy_regex(r"^\s*intro\W*$", re.IGNORECASE)
_INTRO_TO = lazy_regex(r"^\s*intro\s+to\b", re.IGNORECASE)


def _as_task(task: str) -> str:
    """A task as the email says it: "she'll intro" names no one, so the introduction is of the user.

    So does "intro to Kestrel": "Introduce me to Kestrel" (review 63).
    """
    if _BARE_INTRO.match(task):
        return "introduce me"
    return _INTRO_TO.sub(lambda m: "Introduce me to" if m.group(0)[0].isupper() else "introduce me to", task)


def _item_present(item: ActionItem, lines: Sequence[str], mentor: str, me: str) -> bool:
    for line in lines:
        found, total = fact_coverage(f"{_as_task(item.task)} {item.due or ''}", line)
        enough = found >= max(1, math.ceil(total * 0.5)) if total else item.task.lower() in line.lower()
        if enough and _line_has_owner(line, item, mentor, me):
            return True
    return False


_GREETING_LINE = lazy_regex(r"^\s*(?:hi|hello|hey|dear)\b", re.IGNORECASE)
_CLOSING_LINE = lazy_regex(
    r"^\s*(?:warmly|thank you again|thanks again|kind regards|best(?: wishes| regards)?|cheers|regards|with thanks"
    r"|many thanks|all the best)\s*[,!.]?\s*$",
    re.IGNORECASE,
)


def body_lines(message: str) -> list[str]:
    """The lines of an email between its greeting and its sign-off."""
    lines = [line for line in message.splitlines() if line.strip()]
    if lines and _GREETING_LINE.match(lines[0]):
        lines = lines[1:]
    for position in range(len(lines) - 1, max(len(lines) - 3, -1), -1):
        if _CLOSING_LINE.match(lines[position]):
            return lines[:position]
    return lines


class SummaryTask(TaskSpec):
    """A thank-you and post-session summary email."""

    name = "summary"
    title = "Thank-you and session summary"
    description = "Specific thanks, key takeaways, every action item with an owner, and the next meeting."
    fields = FIELDS
    audience = "mentee"
    recipient_message = True

    def retrieval_query(self, values: Mapping[str, Any]) -> str:
        """Thank-you and follow-up guidance, with a hint of what the session covered."""
        return tidy(
            "thank-you and follow-up summary email after a mentoring session: specific thanks, takeaways, action "
            f"items with owners and dates, next meeting. Notes: {clip_chars(values.get('notes') or '', 200)}"
        )

    def compose(self, values: Mapping[str, Any], guidance: Sequence[SearchResult], style: Style) -> Composition:
        """The full summary email or the three-line thank-you; the reasons go in the rationale."""
        mentor, me = str(values["mentor_name"]), str(values.get("my_name") or "")
        parsed, mentor = read_notes(str(values["notes"]), mentor, me)
        when = values.get("next_meeting") or parsed.next_meeting
        noted_place = _PLACE_AT_THE_END.search(parsed.next_meeting or "")
        if values.get("next_meeting") and noted_place and noted_place[0].strip().lower() not in str(when).lower():
            when = f"{when}{noted_place[0]}"  # the form's "9 Jan 10:00", the notes' "… at the lab" (review 94)
        if when and _NOT_SET.fullmatch(str(when).strip()):
            when = None  # "tbd": no meeting to confirm
        when = _without_not_set(str(when)) if when else when  # "tbd - maybe at the conference in Vienna?"
        parsed = _plan_for_next_time(parsed, str(values.get("next_meeting") or ""))
        if parsed.meeting_place and parsed.meeting_place.lower() not in str(when or "").lower():
            when = f"{when} {parsed.meeting_place}" if when else parsed.meeting_place  # "mid-November at her shop"
        when = _their_place_as_yours(str(when)) if when else when
        when = _LONE_I.sub("I", when) if when else when  # "after i hear back about interview"
        when = _THEY_IN_WHEN.sub(_you_in_when, when) if when else when  # "after he gets back": "after you get back"
        tone = style.tone if style.tone in ("warm", "formal", "casual") else "warm"
        seed = f"{values['notes']}|{values['mentor_name']}"  # as typed: the same wording whichever name is shown
        today = session_was_today(str(values["notes"]))
        thanks, chosen, offer_thanked = pick_thanks(parsed, tone, seed, mentor, today, values.get("kind") != "thanks")
        greeting, closing = _greeting(mentor, tone), sign_off(tone, me, seed)
        # "final session before she moves to Dubai": no next meeting to look forward to
        last = not when and _LAST_SESSION.search(str(values["notes"])) is not None
        when = _arranged_by(when, mentor) if when else when
        meeting_line = str(frame(JOB, "last_meeting", tone)) if last else next_meeting_sentence(when, tone)
        meeting_line = re.sub(r"([?!])[.!]$", r"\1", meeting_line)  # "…at the conference in Vienna?."
        if parsed.arranged and not last:  # "room booked for 2pm next time": said with the meeting, as noted
            meeting_line = f"{meeting_line[:-1]} ({lower_first(expand_shorthand(parsed.arranged))}){meeting_line[-1]}"
        parsed, later = _topics_for_next_time(parsed)
        if later and not last:  # "didnt get to salary stuff, next time": said with the next meeting, no takeaway
            meeting_line = f"{meeting_line} {fill(frame(JOB, 'next_topic'), x=' and '.join(later))}"
        left_out: list[str] = []
        if values.get("kind") == "thanks":
            # what else they did ("he lent me his manual") and offered is thanked too, never dropped
            also = thanks_also([done for done in (their_favour(parsed, mentor, thanks),
                                                  None if offer_thanked else their_offer(parsed, mentor)) if done])
            thanks = f"{thanks} {also}" if also else thanks
            step = my_next_step(parsed, mentor, str(values["notes"]))
            lines = "\n\n".join(line for line in (thanks, step, meeting_line) if line)
            message = f"{greeting}\n\n{lines}"  # a blank line after the greeting, as an e-mail reads
        else:
            brevity = max(0, min(style.brevity, 2))
            thanks = _with_own_thanks(thanks, parsed, mentor)
            body = self._full(parsed, mentor, (thanks, chosen), meeting_line, tone, brevity)
            message = f"{greeting}\n\n{body}"
            left_out = _cut_for_length(parsed, mentor, chosen, brevity)
        if closing:
            message = f"{message}\n\n{closing}"
        return Composition(
            body=message,
            subject=self._subject({**values, "mentor_name": mentor}, tone, seed, bool(parsed.actions)),
            rationale=self._rationale(parsed, guidance, bool(me.strip()), mentor_label(mentor), left_out),
        )

    @staticmethod
    def _rationale(parsed: SessionNotes, guidance: Sequence[SearchResult], signed: bool, mentor: str,
                   left_out: Sequence[str] = ()) -> str:
        reasons = frame(JOB, "rationale")
        points = [
            reasons["thanks"] + cite(guidance, ["thank-you-and-follow-up"], ["thank"]),
            reasons["actions"]
            + cite(guidance, ["act-on-advice-and-report-progress", "thank-you-and-follow-up"], ["action"]),
        ]
        if any(HEDGED.search(t) for t in parsed.takeaways):
            points.append(reasons["ideas"])
        if not signed:
            points.append(reasons["no_name"])
        points += [reasons["unclear_owner"].format(owner=a.owner, task=lower_first(a.task)) for a in parsed.actions
                   if _INITIALS_ONLY.fullmatch(a.owner) and a.owner != mentor][:2]  # fmt: skip
        if left_out:  # (long notes: the points past the limit were dropped without a word)
            points.append(reasons["left_out"].format(items="; ".join(f'"{item}"' for item in left_out)))
        return upper_first("; ".join(points)) + "."

    @staticmethod
    def _full(parsed: SessionNotes, mentor: str, thanked: tuple[str, str | None], meeting_line: str, tone: str,
              brevity: int) -> str:
        """``thanked``: the thanks sentence and the takeaway it thanks for, which is not listed again."""
        mentor_owner = mentor_label(mentor)  # how parse_notes labels the mentor's tasks
        thanks, chosen = thanked
        parts = [thanks]
        # ("Dr M reviewed my personal statement - …": read as said to them, so "Dr M" is the "you" who went over it)
        kept = [rest for t in parsed.takeaways for rest in _still_listed(t, chosen, thanks, mentor)]
        said = {t: to_mentor(t, mentor) for t in kept}
        listed = _most_worth_listing(said, TAKEAWAYS_BY_BREVITY[brevity])
        takeaways = _quotes_joined([_as_listed(said[t]) for t in listed])
        if takeaways:
            parts.append(frame(JOB, "headings", "takeaways") + "\n" + "\n".join(f"- {t}" for t in takeaways))
        lines = [action_line(a, mentor_owner, mentor) for a in parsed.actions]
        # "??? ask KA if she can sponsor me": said to Kemi, it is a question for her, never "Me: Ask you if you can…"
        asked = [found["ask"] for line in lines if (found := _ASK_THEM_IF.match(line))]
        lines = [line for line in lines if not _ASK_THEM_IF.match(line)]
        if lines:
            parts.append(frame(JOB, "headings", "actions") + "\n" + "\n".join(lines))
        parts += [str(frame(JOB, "ask_them")).format(x=question) for question in asked]
        parts.append(meeting_line)
        return "\n\n".join(parts)

    @staticmethod
    def _subject(values: Mapping[str, Any], tone: str, seed: str, steps: bool = True) -> str:
        first = greeting_name(str(values["mentor_name"]), False)
        kind = "thanks" if values.get("kind") == "thanks" or not steps else "steps"  # (no "next steps" without any)
        if not session_was_today(str(values.get("notes") or "")):
            kind += "_undated"
        options = frame(JOB, "subject", kind)
        return fill(pick(options.get(tone, options["warm"]), seed), first=first)

    def finalize(self, composition: Composition, values: Mapping[str, Any]) -> Composition:
        """Every summary email gets a subject line, whichever engine wrote it."""
        if composition.subject and composition.subject.strip():
            return composition
        seed = f"{values.get('notes')}|{values.get('mentor_name')}"
        return Composition(body=composition.body, subject=self._subject(values, "warm", seed))

    def check(self, text: str, subject: str | None, values: Mapping[str, Any]) -> list[Check]:
        """Specific thanks, every action item with its owner, the next meeting, a subject."""
        message, _ = split_note(text)
        mentor, me = str(values.get("mentor_name") or ""), str(values.get("my_name") or "")
        notes = str(values.get("notes") or "")
        # the notes as the composer read them: without what the user kept to themselves, by the name as typed
        mentor_first = address(mentor)[1]
        shareable, private = private_apart(notes, mentor_first)
        checks = [reads_well(message, subject, sent=True), faithful(message, values, subject=subject),
                  Check("subject_present", bool(subject and subject.strip()), "Add a subject line."),
                  self._specific_thanks(message, notes),
                  _nothing_kept_private(message, private, mentor_first)]  # fmt: skip
        if values.get("kind") == "thanks":
            count = len(body_lines(message))
            # (two lines when the notes give you no next step of your own: none is made up)
            checks.append(Check("three_lines", 2 <= count <= 3, f"Keep the thank-you to three lines (now {count})."))
        else:
            parsed, mentor = read_notes(notes, mentor, me)
            lines = plain(message).splitlines()
            missing = [a for a in parsed.actions if not _item_present(a, lines, mentor, me)]
            checks.append(Check.listing("action_items_with_owners", [clip_words(a.task, 8) for a in missing[:3]],
                                        "List every action item from the notes with its owner"))
            checks.append(actions_listed(message, shareable))
        when = _THEY_IN_WHEN.sub(_you_in_when, str(values.get("next_meeting") or ""))  # as the draft says it
        if when and not _NOT_SET.fullmatch(when.strip()):  # ("tbd" is no meeting to confirm)
            only_who = _ONLY_WHO.match(when)
            said = _they_arrange(only_who).lower() in message.lower() if only_who else _when_said(when, message, mentor)
            checks.append(Check("next_meeting", said, f"Confirm the next meeting ({when})."))
        return checks

    @staticmethod
    def _specific_thanks(message: str, notes: str) -> Check:
        paragraph = next((line for line in message.splitlines() if "thank" in line.lower()), "")
        said = set(content_stems(paragraph))
        # Specific means it names one thing from the notes: most of one takeaway or action (markers and
        # dates aside, since those are not what made the session worth thanking).
        parsed = parse_notes(notes, "", "")
        # (the notes' "w/ hiring mgr" is "with hiring manager" in the message, so both are read spelled out)
        items = [{s for s in content_stems(expand_shorthand(t)) if s not in _GENERIC} for t in (*parsed.takeaways,
                 *(a.task for a in parsed.actions), *parsed.thanked)]  # fmt: skip  (what the user thanked for, too)
        specific = any(item and len(item & said) >= min(2, len(item)) for item in items) or not any(items)
        # or it quotes a note: three words running as the notes have them ("your point that I'm holding too much")
        specific = specific or _quotes_a_note(paragraph, notes)
        return Check("specific_thanks", bool(paragraph) and specific,
                     "Thank them for something specific from the session, not just their time.")  # fmt: skip
