"""Session notes taken apart: every action item (with its owner and date), takeaways, the next meeting.

Notes are written in many styles, so an action item is recognised by any of the usual markers:
"TODO", "Action:", "AI:", "- [ ]", "I will", "I'll", "@name", "<Name> to ...", "Mentor to ...",
"by <date>", or a list under an "Action items" / "Next steps" heading. Anything else is a takeaway.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import cache

from coach.checks import (
    DATE_PATTERN,
    FAMILY_NAME_FIRST,
    SHORT_DAY_NAMES,
    SPAN_OF_TIME,
    TITLES,
    content_stems,
    held_stops,
    joined_when,
    name_parts,
    normalise,
    rejoined,
    released_stops,
    title_length,
    title_pronoun,
    word_set,
)
from coach.compose import tidy, trim_end, upper_first
from coach.lazy_patterns import lazy_regex
from coach.tasks._phrasing import words_pattern
from coach.tasks.private_notes import without_private_lines
from coach.writing import (
    ABBREVIATIONS,
    CONDITION_WITH_ITS_SUBJECT,
    EMOJI,
    HONORIFIC_SUFFIXES,
    NICKNAME_ADJECTIVES,
    RANKING_WORDS,
    address,
    another_mans_kept,
    another_womans_kept,
    base_form,
    first_names_of_two,
    greeting_name,
    ill_as_i_will,
    inflections,
    initials_forms,
    initials_of,
    initials_used_for,
    is_bare_verb,
    is_verb,
    name_case,
    others_kept,
    plus_as_word,
    pronoun_pattern,
    quoted_nicknames,
    split_person,
    tag,
    two_people,
    unshouted,
    verb_lemmas,
    without_taken_back,
)

ME = "Me"
BOTH = "Both of us"

# "-raise prices": a dash typed close; "// …" and a time ("14:21 - she'll…") lead a line as bullets do
_BULLET = lazy_regex(r"^\s*(?:[-*+•>]|//|\d{1,2}[.)]|\d{1,2}:\d{2}\s*[-–—])\s+|^\s*[-*•](?=[A-Za-z])")
_CHECKBOX = lazy_regex(r"^\[(?:\s?|x|X)\]\s*")
_PREFIX = lazy_regex(r"^(?:(?:my\s+)?(?:todos?|to-dos?|to do)|action items?|actions?|ai|"
                     r"(?:my\s+)?next steps?(?:\s+for\s+me)?|"
                     r"follow[- ]ups?)\s*[:\-–—]\s*"
                     # "TODO me: buy…", "TODO Seán: send…", "TODO her - intro me to Jonas"
                     r"|^(?:todo|to-do)\s+(?=[^\s:]+\s*(?::|\s[-–—]\s))", re.I)
_FIRST_PERSON = lazy_regex(
    r"^(?:i will|i'll|i am going to|i'm going to|i need to|i must(?: to)?|i have to|i've agreed to|i agreed to|"
    # ("IM to intro me…": in capitals, someone's initials, never "I'm", review 106)
    r"i(?:'m| am) supposed to|i(?:'m|’m| am) to|(?-i:[Ii]m) to|"
    r"i promised to|(?:we\s+)?(?:both\s+)?(?:also\s+)?(?:agreed|said)\s+(?:that\s+)?i\s+(?:should|would|will|need to)|"
    r"i gotta|i got to|i['’]ve got to|i have got to|"
    # the user's own plan with its "I" dropped ("gonna practice the codes every night", review 67)
    r"(?:i(?:'m| am)?\s+)?gonna|im (?:going to|gonna)|"
    r"i said i'?d|i said i would|i said i'll|"
    r"me:\s*to|me to|me:|me\s+[-–—])\s*",
    re.IGNORECASE,
)
_WE = lazy_regex(
    r"^(?:we(?:\s+both)?\s+(?:will|are going to|are gonna|agreed to|agree to|plan to)\b|we['’]ll\b|"
    r"we['’]re(?:\s+both)?\s+(?:going to|gonna)\b|let['’]?s\s+both\b|both(?:\s+of\s+us)?\s+(?:to|will)\b|"
    r"both\s+we\b|"  # "both we go to see the unit together", as non-native notes put it
    r"both\s*:|us\s*:|together\s*:|together,?\s+we\b|"
    # "next time we do mock interview together"
    r"next\s+(?:time|session|call|meeting),?\s+we(?=\s+\S[^\n]*\btogether\b)|"
    # "we taste them together end of month", "me + KW: run the BA drill together", "Segun and I review … together"
    # ("me+SH - visit one job together", review 99)
    r"(?:we|me\s*(?:\+|&|n|and)\s*[\w.'’-]+(?:\s+gonna|\s+will|\s+to)?\s*(?::|[-–—](?=\s))?|[A-Z][\w.'’-]*\s+and\s+I)"
    r"(?=\s+\S[^\n]*\btogether\b))\s*", re.IGNORECASE)
_HONORIFIC = r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)"
_NAMED = lazy_regex(
    rf"^{_HONORIFIC}?(?P<name>mentor|she|he|they|"
    r"[A-ZÀ-ÖØ-Þ][^\W\d_]['’-]?[^\W\d_'’-]*(?: [A-ZÀ-ÖØ-Þ][^\W\d_'’-]+)?|[A-Z]\.?)"
    r"(?:\s*\([^()]{1,30}\))?"  # "K (my colleague) to redo the logic model": who K is, in brackets
    # "she offer to lend me…", "SA also offered to…", "she gonna lend me her curved shears" (review 79)
    r"(?:\s+also)?(?:\s+(?:to|will|is going to|(?:is\s+)?gonna|offer(?:s|ed)? to|"
    r"promised to|agreed to|said (?:she|he|they)'d)|['’]ll|['’]s going to"
    r"|['’]d(?=\s+(?!(?:been|done|had|got|gone|already|never|rather|better|like|love)\b)[a-z]+\s)"  # "she'd edit…"
    r"|\s+can(?=\s+(?:do|send|share|check|review|read|look|intro|introduce|lend|help)\b))"  # "JB can do a read-through"
    r"\s+(?P<rest>.+)$"
)
_NAME_COLON = lazy_regex(rf"^{_HONORIFIC}?(?P<name>(?:(?:von|van|de|der|den|da|di|du|del|le|la|al|el|ap|mac|ní|ó)\s+)?"
                         r"[A-ZÀ-ÖØ-Þ][^\W\d_'’-]*)(?:\s*:|\s+[-–—])\s+(?P<rest>\S.*)$")
"""An owner written first in notes: "Hannah: send study notes", "Dr. Lima: check it", "H - share the list"."""
_LOWER_NAME_COLON = lazy_regex(r"^(?P<name>[a-z][^\W\d_'’-]*)\s*:\s+(?P<rest>\S.*)$")
"""A label typed in lower case ("ash: trim scope doc"): an owner only when it is the mentor's or the user's name."""
BRACKETED_OWNER = lazy_regex(r"^(?:(?P<todo>todo|to-do|action)\s*)?"
                             r"[(\[](?P<owner>[^()\[\]\s]{1,20}(?:\s[^()\[\]\s]{1,20})?)"
                             r"[)\]]\s*:?\s*(?=\S)", re.IGNORECASE)
"""An owner in brackets before the task: "(me) send…", "[Ewa] ask…", "TODO (Raj): intro…"."""
_OWNER_TAG = lazy_regex(r"\s*\((?P<name>me|mentor|both|(?![A-Z]{4,}\))[A-ZÀ-ÖØ-Þ][^\W\d_'’-]*|[A-Z]\.?)\)\s*$")
"""An owner noted after the task: "intro to Dr Wanjiru (Helen)" (an organisation in capitals, "(CARECEN)", is
where, not who)."""
_TODO_ME_AT_END = lazy_regex(r"\s*\((?:todo|to\s*do|to-do|action|ai)\s*:?\s*(?:me|myself|mine)\)\W*$", re.IGNORECASE)
"""The user's own to-do mark after the task ("(todo me)")."""
_ME_AFTER_DASH = lazy_regex(r"\s+[-–—]+>?\s*(?:me|myself)\s*$", re.IGNORECASE)
"""The user's own task, marked at its end: "1:1s with each of the 22 in first month - me"."""
_ME_WITHIN_DASH = lazy_regex(r"\s+[-–—]+\s*(?:me|myself)\s*,\s*(?=\S)", re.IGNORECASE)
"""The user's own task, marked mid-line: "prep STAR stories - me, 5 of them before next session"."""
HEDGED = lazy_regex(r"\b(?:maybe|perhaps|not sure|might|possibly|idk|dunno)\b|\?", re.IGNORECASE)
_DOUBTED_DATE = lazy_regex(rf"(?:,|\s[-–—])\s*(?:maybe|perhaps|possibly|probably|prob)\s+(?:on\s+|the\s+|in\s+)?"
                           rf"(?:(?:early|mid|late|end of|start of)[-\s]+)?(?:{DATE_PATTERN.pattern}|"
                           r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)", re.IGNORECASE)
"""A date added after a comma or dash with a doubt ("…, maybe 26 april", "… - maybe early jan", review 105): the
date is tentative, the task is not."""

_DOUBTED_MEANS = lazy_regex(r",\s*(?:maybe|perhaps|possibly)\s+(?:with\s+|using\s+|via\s+|in\s+|on\s+)?"
                            r"(?-i:[A-Z])[\w.+-]*(?:\s+[\w.+-]+){0,2}\s*\??\s*$", re.IGNORECASE)
"""A tool named after a comma with a doubt ("start the flashcards, maybe Anki?"): the means is open, not the task."""

_DOUBTED_DEADLINE = lazy_regex(r",\s*(?:the\s+)?(?:deadline|due date|due)\s+(?:might|may|could|prob|probably|maybe)\s+"
                               r"(?:be\s+)?[\w\s./-]{1,25}\??\s*$", re.IGNORECASE)
"""A deadline added after a comma with a doubt ("…, deadline might be dec?"): the date is unsure, the task is not."""


DOUBTED_EXTRA = lazy_regex(r"(?:\band|\s\+|\s&|\bor)\s+(?:maybe|perhaps|possibly)\s+(?!not\b)[^,.;?]*", re.IGNORECASE)
"""A doubt about one more of what is promised ("intro to Kestrel + maybe Northbeam"): the first stays firm (review
63: "You might intro to Kestrel andNorthbeam")."""


_WILL_IF_I_DO = lazy_regex(r"(?:^|(?<=[.!?]\s)(?<![A-Z]\.\s)(?<!\b[DM]r\.\s)(?<!\bMs\.\s)(?<!\bMrs\.\s)"
                           r"|(?<=^[-*•]\s))will\s+(?=(?:look\s+at|read|review|check|go\s+over|edit|comment\s+on|"
                           r"give\s+(?:me\s+)?feedback\s+on)\s[^.!?\n]*\b(?:if|when|once|after)\s+I\s+"
                           r"(?:send|share|email|forward|get|finish|update|bring)\b)", re.MULTILINE)
"""A review promised without its subject, on the user's sending it ("will look at my artist statement if I send it by
next fri"): the mentor's, never the user's own next step (review 63)."""
_LABELLED_HOMEWORK = lazy_regex(r"^(?P<lead>[ \t]*(?:[-*•][ \t]*)?)(?:practice|homework)[ \t]*:[ \t]*"
                                r"(?=(?P<verb>[A-Za-z]+)\b)", re.MULTILINE | re.IGNORECASE)
"""Homework labelled as such ("practice: run the next retro myself"): the user's task when a verb follows ("HW:" is
someone's initials, never homework)."""


def _homework_as_mine(match: re.Match[str]) -> str:
    return f"{match['lead']}me: " if is_bare_verb(match["verb"].lower()) else match.group(0)


_BRING_NEXT_TIME = lazy_regex(r"^(?P<lead>[ \t]*(?:[-*•][ \t]*)?)next\s+(?:time|session|meeting|mtg)[ \t]*,?[ \t]+"
                              r"(?P<what>(?:bring|send|show|prepare|print)\b[^\n]*?)[ \t]*$",
                              re.MULTILINE | re.IGNORECASE)
"""Something to bring to the next meeting, typed first ("next time bring cohort data"): the user's task, as "bring
cohort data next time" is (review 63); "next time: talk about pricing" is a topic for then."""
_ARROW_TO_WHO_WILL = lazy_regex(r"^(?P<lead>[ \t]*(?:[-*•][ \t]*)?)(?P<topic>[^\n>]{3,60}?)[ \t]*(?:->|→|=>)[ \t]*"
                                r"(?P<who>(?!I\b|me\b)[A-Z]{1,3}|[Ss]he|[Hh]e|[A-Z][a-z]+)[ \t]+"
                                r"(?P<will>will|'ll|to|can|is going to)[ \t]+(?P<task>[^\n()]+?)[ \t]*$", re.MULTILINE)
"""What needs doing, then who does it after an arrow ("shadow in ICU 1 shift -> FH will ask the manager"): the task is
theirs, with what it is for after it ("FH will ask the manager (shadow in ICU 1 shift)"); it was filed as the user's
(review 63)."""


_ARROW_TO_WHO_DOING = lazy_regex(r"(?P<arrow>(?:->|→|=>)[ \t]*)(?P<who>(?!I\b)[A-Z]{1,3}|[Ss]he|[Hh]e)[ \t]+"
                                 r"(?:is[ \t]+)?(?P<verb>[a-z]+ing)\b(?=[ \t]+\S)")
"""Who does it after an arrow, in the progressive ("grant: … -> AO sending examples next wk"): their task."""


def _doing_as_will(match: re.Match[str]) -> str:
    verb = base_form(match["verb"])
    # ("-> FA willing to be supervisor" is how they are, never "FA will will…")
    doing = is_bare_verb(verb) and verb != match["verb"] and match["verb"].lower() not in _HOW_THEY_ARE
    return f"{match['arrow']}{match['who']} will {verb}" if doing else match[0]


_HOW_THEY_ARE = frozenset({"willing", "interesting", "amazing", "missing", "outstanding", "exciting", "worrying",
                           "pending", "ongoing", "loving", "understanding", "demanding", "charming"})


def _who_will_then_topic(match: re.Match[str]) -> str:
    """"topic -> FH will ask the manager next wk" as "FH will ask the manager (topic) next wk": its due date last."""
    task = match["task"]
    due = _TRAILING_DATE.search(task)
    date = f" {due['date']}" if due and due.start() > 0 else ""
    said = task[: due.start()] if date and due else task
    return f"{match['lead']}{match['who']} {match['will']} {said} ({match['topic']}){date}"


def hedged(text: str) -> bool:
    """Whether ``text`` only wonders.

    A doubt about a date doubts the date, not the rest: "(april?)", "find a date, maybe 26 april".
    """
    certain = _DOUBTED_DEADLINE.sub("", _DOUBTED_MEANS.sub("", _DOUBTED_DATE.sub("", re.sub(r"\([^()]*\)", "", text))))
    return HEDGED.search(DOUBTED_EXTRA.sub("", certain)) is not None
"""A line that wonders ("maybe look into X? not sure") records an idea, never a commitment."""
_WEEK_OF = r"w/c\s+|wc\s+|week of\s+|wk of\s+|week commencing\s+"
_TRAILING_DATE = lazy_regex(
    rf"(?P<gap>\s*[-–—,:]\s*|\s+\(|\s+)(?:for\s+)?(?P<date>(?:{_WEEK_OF})?(?:{DATE_PATTERN.pattern}))\)?\s*$",
    re.IGNORECASE  # "book studio for w/c 14/4": the week it starts, with its date
)
"""A date tacked on to a task ("- wed", "thurs", "(12/3)"): its due date."""
_TIES_THE_DATE = word_set("on by starting from after before until till til 'til since at in for of to every and or "
                          "& deadline due a an any one some")  # "on a saturday": any Saturday, no due date
"""Words that make a following date part of the task ("on Monday", "don't leave til Friday"), not its due date."""
_UNTIL = word_set("until till til")
"""Non-native notes write "until Friday" for "by Friday" ("I finish the tutorial until Friday")..."""
_NOT_BEFORE = lazy_regex(r"\b(?:don'?t|do not|not|never|no)\b", re.IGNORECASE)
"""...but after a negation it says when not to act."""
_FULL_DAYS = {day.lower(): day for day in SHORT_DAY_NAMES.values()}
_NOT_NAMES = word_set(
    "this that it there which what who when where why how everything nothing something someone everyone team "
    "i we they you not also just only want wants need needs note idea plan goal q question questions todo"
)
_BARE_I = lazy_regex(r"^\s*[Ii]\s+(?=[a-z])")
_REPORTING = word_set(
    "say says tell tells recommend recommends suggest suggests think thinks advise advises mention mentions feel "
    "explain teach"
)
"""Verbs that report advice ("Nadia recommend learn dbt"): a takeaway, not a task for the mentor."""
_MENTION = lazy_regex(rf"@({_HONORIFIC}?[A-Za-z][\w-]*)")
"""A handle for who does it: "@sam", "@Prof. Brandt"."""
_DUE = lazy_regex(
    rf"\s*\b(?P<tie>by|before|b4|due|until|till|til)\s+(?P<date>(?:the\s+)?(?:{DATE_PATTERN.pattern})"
    # ("b4 the sat market": the day names the market, so it is no date of its own, review 77)
    r"(?!\s+(?:market|fair|show|game|match|service|shift|class|session|meeting|run)\b)|"
    r"(?:our\s+|the\s+)?next\s+(?:meeting|mtg|session|call|catch[- ]?up))",
    re.IGNORECASE,
)
MEETING_NOUNS = r"meeting|session|call|catch-?up|chat|sync|1:1|1-1|one-to-one|check-?in|visit"
"""What notes call the next meeting ("next sync 2/5"); the summary's closing line reads the same words."""
_NOT_AFTER_A_TIE = "".join(f"(?<!{tie} )(?<!{tie} the )" for tie in ("before", "by", "until", "till", "for", "b4",
                                                                      "ahead of"))
_MEETS = lazy_regex(r"\b(?:call|ring|phone|meet|see|talk|speak|catch up|session|mtg|meeting|zoom|teams)\b",
                    re.IGNORECASE)
"""Words of meeting again ("next: he said call him after the short rains")."""
_NEXT_MEETING = lazy_regex(
    # ("…the costing before we meet again": a deadline, not the meeting)
    # ("apply to 3 roles before next session", "prep slides for next mtg": a deadline or a purpose, not the meeting)
    rf"\b(?:{_NOT_AFTER_A_TIE}next (?:{MEETING_NOUNS}|mtg|sesh|catch up)|"
    r"(?<!before we )(?<!until we )(?<!till we )(?<!when we )meet again|"
    r"next time we (?:meet|see|talk|speak|catch up))(?!\w)"
    r"|^next(?:\s+time)?\s*:(?=\s*\S)"  # "Next: 3rd April on Zoom", "next time: he come to my workshop…"
    r"|^next time\b(?=\s*:?\s*(?:in\s+)?\d+\s*(?:weeks?|wks?|days?|months?)\b)"  # "next time 2 weeks, she…"
    r"|^next time\b(?=\s+(?:at|in)\s+(?:your|her|his|the|my|our)\s)"  # "next time at his shop on rue Saint-Denis"
    r"|^next time\b(?=\s*:?\s*(?:on\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\b|\d{1,2}/\d{1,2}))"  # "…tues 3rd"
    r"|^next\b(?=\s+\d{1,2}[./]\d{1,2}\b)"  # "next 15.01. 18:00 zoom", "next 15/01" (review 81)
    # "next ride along thurs 10pm": the next outing, its day and time (review 102 listed it as a takeaway)
    r"|^next\s+(?!steps?\b|week\b|month\b|time\b)(?:[a-z-]+\s+){1,3}(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
    r"(?:\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm)?)?\s*$"
    r"|^(?:we\s+will|we'll|we\s+are\s+going\s+to)\s+(?:call|meet|talk|speak|chat|catch up|video call)\b"
    r"|^next\s+(?:time\s+)?we\s+(?:meet|talk|speak|catch up)\b"  # "Next we meet after 1 month"
    # "next wk call" (review 108 listed it as a takeaway, "Next week call.")
    r"|^next\s+(?:wk|week|month|mth)\s+(?:call|meeting|mtg|session|catch[\s-]?up|chat|zoom)"
    r"(?:[,\s]+same\s+(?:time|slot|day|place))?\W*$"  # "next wk call same time" (session 80)
    # "talk again in 6 wks", "we talk again in 2 wks": when, no task (review 99)
    r"|^(?:we\s+|let'?s\s+)?(?:talk|speak|chat|catch up|meet up)\s+again\b",
    re.IGNORECASE,
)
ARRANGED_FOR_NEXT = lazy_regex(r"^(?:the\s+)?(?:room|zoom|teams|link|slot|space|table|desk)\b[^.;!?\n]{0,40}?"
                               r"\b(?:booked|reserved|sent|set up|in the calendar)\b[^.;!?\n]{0,30}"
                               r"\bnext\s+(?:time|session|mtg|meeting|call)\W*$", re.IGNORECASE)
"""What is arranged for the next meeting ("room booked for 2pm next time"): said with it, never a takeaway."""
_MEETING_PLACE = lazy_regex(r"\b(?:at|in)\s+(?:your|her|his|the|my|our)\s+[^,;!?()]+", re.IGNORECASE)
"""Where a meeting is: "at her shop in Croix-Rousse", "in the mess room"."""
_DATE_LABEL = lazy_regex(rf"^(?P<date>{DATE_PATTERN.pattern})\s*[:\-–—]\s+", re.IGNORECASE)
_IN_SOME_TIME = lazy_regex(
    rf"\b(?:in\s+)?{SPAN_OF_TIME}"
    r"|\b(?:jan|feb|march|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"  # not "may", "mar": verbs too…
    r"|\b(?:in|early|mid|late|end of)\s+may\b"  # …except after a word that makes them a month
    # "we meet again after new year": a season or a holiday is a time too
    r"|\b(?:after|before|over|around|in)\s+(?:the\s+)?(?:new\s+year|christmas|xmas|easter|holidays|ramadan|eid|"
    r"diwali|summer|winter|spring|autumn)\b",
    re.IGNORECASE,
)
"""When a next meeting is, on a line that names it: "next mtg in 3 wks", "next time we meet … early feb"."""
_DOTTED_DATE = lazy_regex(r"\b\d{1,2}\.\d{1,2}(?:\.\d{2,4})?\b(?:(?=\s+at\b)|\.?(?=\s+\d{1,2}[:.]\d{2}\b|\s*$))")
"""A date with dots, on a line that names the meeting: "next meeting 03.04 at 15:00", "Next meeting 6.3. 14:00"."""
_NEXT_HEADING = lazy_regex(r"^(?:#+\s*)?next(?:\s+(?:time|meeting|session|mtg))?\s*:?\s*$", re.IGNORECASE)
"""A heading over the next meeting's arrangement ("## next"): the line under it says when."""
_ARRANGED = lazy_regex(r"^\s*(?P<who>[A-Za-z][\w.'-]*)\s*(?:'ll|’ll|\s+will)\s+(?:email|e-mail|text|message|call|"
                       r"ring|confirm|send|let me know|be in touch|book|set)\b", re.IGNORECASE)
"""Who arranges the meeting, after its time: "…, she'll email", "…, RG will text me"."""
_ACTIONS_HEADING = lazy_regex(
    r"^(?:#+\s*)?(?:action items?|actions?|next steps?|to[- ]?dos?|follow[- ]ups?)\s*:?\s*$", re.IGNORECASE
)
_TAKEAWAYS_HEADING = lazy_regex(
    r"^(?:#+\s*)?(?:(?:big|main|my|top|key)\s+)?(?:takeaways?|key (?:points?|takeaways?)|learnings?|insights?|"
    r"lessons?|what i learned|notes?)\s*:?\s*$",
    re.IGNORECASE,
)
_MY_SECTION = lazy_regex(r"^(?:#+\s*)?(?:me|i|mine|for me|my (?:tasks?|to-?dos?|actions?|side|homework)|"
                         r"me to ?-?do|me todos?|my bits|to-?do \(me\)|(?:me|i) (?:will|need to|should|must))\s*:$",
                         re.IGNORECASE)
"""A heading over the user's own tasks ("me:", "me to do:", "my homework:"): each line under it is theirs."""
_THEIR_SECTION = (r"(?:#+\s*)?(?:(?:{who}|her|him|she|he|mentor)(?:\s+to\s+do|\s+will|['’]s\s+(?:tasks?|side|offers?))?"
                  r"|(?:her|his|their)\s+(?:tasks?|side|offers?|to-?dos?|actions?))\s*:$")
"""A heading over the mentor's tasks ("her:", "DH to do:", "her offers:"); ``who`` is their name or initials."""
_THEY_SAID_SECTION = r"(?:#+\s*)?(?:{who}|she|he|mentor)\s+(?:said|says|suggested|recommended|thinks)\s*:$"
"""A heading over the mentor's advice ("she said:", "DH says:"): lines under it that open with a verb are advice."""
_TAKEAWAY_PREFIX = lazy_regex(r"^(?:takeaways?|key points?|insights?|ideas?|tips?|advice|notes?|discussed|"
                              r"hedges?|caveats?|"  # "hedge: he wasnt sure abt…": the user's label on a remark
                              # "Main thing: stop sending demos…", "Story: your own viva went 5 hours…"
                              r"follow[- ]?ups?|(?:the\s+)?(?:main|big|key)\s+(?:thing|point)|story|anecdote)"
                              r"(?:\s*:|\s*[\-–](?![a-z]))\s*",  # ("note-taking: …" is a topic of its own, review 81)
                              re.IGNORECASE)  # fmt: skip
_CHATTED = "talked|chatted|spoke"
_COVERED = "discussed|went over|went thru|went through|covered"
"""Verbs that record a topic: the first take "about" ("talked about X"), the second the topic itself."""
_VERDICT = r"(?:(?:(?:she|he|they)\s+thinks?\s+)?(?:(?:probably|definitely)\s+)?(?:not\s+)?worth\b)"
"""After a comma, what makes a point of a topic ("talked abt AML cert, worth it but after probation"); any other
comma may be a list ("talked about pricing, hiring and rent")."""
_TALKED_ABOUT = lazy_regex(
    rf"^(?:we\s+)?(?:also\s+)?(?:(?:{_CHATTED}|talk|chat|speak)\s+(?:about|abt|re:?)|{_COVERED}|discuss)\s+"
    r"(?P<topic>[^:–—]{2,40}?)(?:\s+[-–—]|:|,(?=\s+" + _VERDICT + r"))\s+"
    r"(?P<point>\S.*)$",
    re.IGNORECASE,
)
"""A note that records a topic and then the point ("talked about negotiating - never accept on the call"):
the mentor was there, so the email gives the topic and the point ("Negotiating: never accept...")."""
_TITLE_LINE = lazy_regex(
    r"^(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\.?\s+)?"  # ("20/11 session w Colette…": its date first, review 82)
    r"(?:(?-i:[A-Z]{2,5})\s+)?"  # "HR mentoring w/ Nadia 3/10": the field, in capitals, before the session
    r"(?:(?:my|our|weekly|fortnightly|monthly|quick|first|second|third|last|1st|2nd|3rd|\d+th|supervision|"
    r"mentoring|mentor|coaching|career)\s+){0,2}"
    r"(?:session|meeting|mtg|notes?|summary|1:1|1-1|one-to-one|catch[- ]?up|mentoring|supervision|(?:studio|site|"
    r"farm|shop|school) visit)\b(?![\s-]*(?:taking|keeping|writing)\b)"  # ("note-taking: too many words…", review 81)
    r"(?:\W+\w+){0,8}\W*"
    r"(?:\([^)]*\)\W*)?$",  # "session 3 w/ gareth (was 20 min late, his train)": the aside goes with it
    re.IGNORECASE,
)
"""A first line that names the notes ("supervision notes 12/3", "weekly 1:1 w/ Gary"): a title, not content."""
_TITLE_WITH = lazy_regex(
    # "observation feedback w Ms Patel", "mid-year review with Dr. Lee": a session named by what it was for
    r"^(?:quick\s+|(?:lesson|observation|obs|mid-?year|annual|performance|project|portfolio|case)\s+)?"
    r"(?:(?:convo|conversation|chat|call|catch[- ]?up|mtg|meeting|session|reuni[oó]n|feedback|debrief|review|"
    r"observation|obs|appraisal|sesi|pertemuan|"  # ("sesi dgn bu Sari 3/12 (online)", Indonesian, review 86)
    # ("incontro with Giulia (audio description, RAI)", review 105: a meeting in the notes' own language)
    r"incontro|riunione|colloquio|r[ée]union|rencontre|entretien|treffen|gespr[äa]ch|besprechung|reuni[ãa]o|encontro|"
    r"conversa|spotkanie|rozmowa|vergadering|gesprek|m[öo]te|samtal|m[øo]de|toplant[ıi]|g[öo]r[üu][şs]me)\s+"
    r"(?:w/|with|w|con|dgn|dengan|mit|avec|com|met|med|z|ze|ile)|met(?:\s+w/)?"
    # "cuts w/ marco", "walked the hill ground w/ eilidh": what was done, and with whom (not "check in w/ HR…")
    # ("ride along w/ TB sat 3/8", review 69)
    # ("sat in control room w/ Al tues", review 70)
    r"|(?:[a-z]+(?:\s+(?:along|over|round|around|through))?|(?:walked|went|spent|had|did|visited|toured|sat|shadowed|"
    r"worked|rode)"
    r"(?:\s+[a-z]+){1,4})\s+w/(?=\s+@?(?!the\b|my\b|a\b)\w))"
    r"\s+"
    r"@?[\w.]+(?:-[a-z]+)?(?:\s+@?[\w.]+)??(?:[,\s]+(?:today|tonight|yesterday|last\s+night|this\s+(?:morning|afternoon|evening)"
    # "coffee w/ mei, sun": the day it was
    r"|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?(?:\s+\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)?"
    r"|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?))?"
    # "call with T this evening abt…", "reunión con CI - about the move…"
    # ("reunión con don Ernesto en el taller": where, in the notes' own language)
    r"(?:\s*[-–—]?\s+(?:abt|about|re:?|on|at|in|before|after|en|sobre|em|bei|chez)\s+[^,.;:!?]{1,60})?"
    r"(?:\s*\([^()]{1,40}\))?"  # "(online)", "(zoom)": how it was held; "(audio description, RAI)": what it was
    r"(?:,\s*(?:very|so|really|super)?\s*(?:kind|nice|lovely|helpful|useful|friendly|generous|warm|good|great))?"
    r"\W*$",  # ("tea w/ okada-san, very kind": how it was, a word to themselves, review 99)
    re.IGNORECASE,
)
"""A first line naming who the session was with, and maybe its topic: "catch up w/ @rukhsana", "convo w/ S abt
going into EV tech". Not "call with the recruiter was fine", which says something."""


_HELD_ON = lazy_regex(r"^[^,.;:!?]{1,50},\s*(?:on\s+|via\s+)?(?:zoom|teams|google meet|skype|phone|video|online|"
                      r"in person|f2f|facetime|whatsapp)\b(?:\s*,?\s*~?\d+\s*(?:min|mins|minutes|hrs?|h)\b)?\W*$",
                      re.IGNORECASE)
"""A first line naming the session and how it was held: "hospital clown supervision, zoom 1h" (review 99)."""
_MET_WHERE = lazy_regex(r"^met\s+(?:up\s+)?(?:at|in|on)\s+(?!.*\b(?:next|tomorrow|tmrw|will)\b)[^.;!?]{1,60}$",
                        re.IGNORECASE)
"""A first line that says only where you met: "met at his studio in Piraeus 2h" (review 99)."""


def is_title_line(line: str) -> bool:
    """Whether the first line of notes only names them ("mentoring 3/2", "catch up w/ @rukhsana")."""
    line = _BULLET.sub("", line).strip()
    titled = bool(_TITLE_LINE.match(line)) and not says_something(line)
    return bool(titled or _TITLE_WITH.match(line) or _TODAYS_TOPIC.match(line) or _named_session(line)
                or _MET_AT.match(line) or _THE_TWO_OF_US.match(line) or _CALL_OF_SOME_LENGTH.match(line)
                or _NAME_AND_LENGTH.match(line) or _INITIALS_AND_TOPIC.match(line) or _OUTING.match(line)
                or (not says_something(line) and bool(_HELD_ON.match(line) or _MET_WHERE.match(line))))


_SESSION_BEFORE_A_POINT = lazy_regex(r"^(?:[\w'-]+\s+)?(?:visit|session|sesh|mtg|meeting|lesson|call|catch[- ]?up)\s*"
                                     r"[,:–—-]\s+(?=(?:he|she|they|we|i)\s+[a-z])", re.IGNORECASE)
"""The session named at the start of a first line of notes, before what happened in it (review 87)."""
_OUTING = lazy_regex(r"^(?!.*\b(?:next|tomorrow|tmrw|by|will|to\s+do)\b)"
                     r"(?:(?:(?:farm|site|studio|shop|workshop|factory|field)\s+)?(?:visit|trip|tour)\s+(?:to|of|at|round)"
                     r"|ride[- ]?along|shadow(?:ing)?(?:\s+day)?)\s+(?:on|with|at|in|to|of|round)?\s*[^.!?]{1,60}\W*$",
                     re.IGNORECASE)
"""A first line naming an outing as the session: "visit to Neema farm in Limuru", "ride along on ladder truck 21"."""


def _topic_title(line: str, raw: str, index: int) -> bool:
    """A first line of two or three words that names what the notes are about ("uefa b prep."): their title.

    Listed, it read as a takeaway, "Uefa b prep." (review 80); one word ("CV.") may head the line after it.
    """
    if index == 0 and _TOPIC_LABEL.match(line) and not _BULLET.match(raw):
        return True  # "topic: getting first solo series": what the session was about, never a takeaway (review 82)
    words = line.rstrip(".").split()
    # (ended by its full stop, or named as a session's purpose: "open house scripts" on a line of its own is a topic)
    titled = line.endswith(".") or (bool(words) and words[-1].lower() in ("prep", "review", "debrief", "planning"))
    # ("tag 2 reviewers." is advice: a verb first, or a count, is no title)
    return (index == 0 and titled and 2 <= len(words) <= 3 and not is_bare_verb(words[0].lower())
            and not re.search(r"\d", line)
            and not says_something(line, first_too=True) and not opens_with_verb(line) and not _BULLET.match(raw))


def says_something(line: str, first_too: bool = False) -> bool:
    """Whether a line makes a point with a verb of its own ("Mentoring matters more than polish").

    Only a verb outside brackets and (unless ``first_too``) after the first word: "session 3 w/ gareth (was 20 min
    late)" is a title.
    """
    words = tag(re.sub(r"\([^)]*\)", "", line))[0 if first_too else 1:]
    # the tagger reads "matters" in "Mentoring matters more than polish" as a plural: a comparison says it too
    compared = any(penn in ("JJR", "RBR") and after.lower() == "than"
                   for (_, penn), (after, _) in itertools.pairwise(words))
    return compared or any(penn in ("VBZ", "VBP", "VBD", "MD") for _, penn in words)


RE_HEADING = lazy_regex(r"^[Rr]e:\s+[^.!?:]{1,60}$")  # ("RE: send me the manual" is Rachel Ellison's task)
"""A heading for what follows ("Re: first solo hearing next month"), as minutes write one."""
_CALL_OF_SOME_LENGTH = lazy_regex(
    r"^(?:(?:mentoring|quick|weekly|first|short)\s+)?(?:call|meeting|mtg|session|catch[- ]?up|chat|convo|sesh|"
    r"studio visit|site visit|visit)\b(?=[^!?]*\b\d+\s*(?:min|mins|minutes|hrs?|h)\b)[^!?]{0,120}$", re.IGNORECASE)
"""A first line giving the session and how long it was: "call w priya (20 min)", "Meeting with Carmen (C.), 45 min,
in her pharmacy after closing", "call 30min"."""
_INITIALS_AND_TOPIC = lazy_regex(r"^[A-Z]{2,3}\s*[-–—:]\s*(?:about|abt|re:?)\s+[^.!?]{1,80}$")
"""A first line of who and what about: "AZ - about switch manual QA -> automation"."""
_NAME_AND_LENGTH = lazy_regex(r"^[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}\s*,\s*~?\d+\s*(?:min|mins|minutes|hrs?|h)\b"
                              r"[^!?]{0,80}$")
"""A first line naming who and for how long, maybe how it went: "Prof A, ~30min, zoom kept freezing"."""
_THE_TWO_OF_US = lazy_regex(
    r"^@?[\w.]+(?:\s+[\w.]+)?\s*(?:\+|&|and)\s*me\b(?:[,\s]+(?:\d+\s*(?:min|mins|minutes|hrs?|h)\b|"
    r"(?:re:?|abt|about|on)\s+[^,.;:!?]{1,60}))*\W*$", re.IGNORECASE)
"""A first line naming the two who met, maybe how long and what about: "JP + me, 45 min, re Arts Council grant"."""
_MET_AT = lazy_regex(r"^(?:met|(?:coffee|lunch|breakfast|drinks|a walk)\s+(?=w(?:ith|/)?\s))\s*(?:with\s+|w/\s*|w\s+)?"
                     r"\S+(?:\s+\S+)?\s+(?:at|in|on)\s+(?!.*\b(?:next|tomorrow|tmrw|will)\b)[^.;]{1,60}\.?$",
                     re.IGNORECASE)
"""A first line that says where you met ("Met Rahul sir at the lobby cafe, 30 mins.", "coffee w HM at the V&A cafe.",
review 90)."""


_SESSION_NOUN = lazy_regex(
    r"^(?:thank[- ]you\s+)?(?P<words>(?:[\w'’/&.-]+\s+){0,4})(?:session|chat|conversation|convo|meeting|mtg|call|"
    r"catch[- ]?up|debrief|visit|1:1|1-1|one to one)(?:\s+notes)?"
    r"(?:\s+(?:about|abt|after|re:?|on|with|w/)\s+[^.!?]{1,60}"
    # "Hannah session - portfolio review": its topic after a dash
    # (not what happened in it: "smelling session - 40 raw materials blind, i got 26 right", review 94)
    r"|\s+[-–—:]\s+(?!\S+\s+(?:said|says|thinks|will|to)\b)(?![^.!?:]*\b(?:i|we)\s+[a-z])[^.!?:]{1,40}?(?=\W*$))?"
    # "Bev visit - 17th Sept", "dave mtg - tues 14th, greggs car park": the session, its day and place
    rf"(?:\s*[-–—:,]?\s*(?:{DATE_PATTERN.pattern})(?:\s*,\s*[^.!?,]{{1,40}})?)?(?:\s*\([^)]*\))?\W*$", re.IGNORECASE)


def _named_session(line: str) -> bool:
    """A first line that names the session in a few words, with no verb or person of its own.

    "grant app convo", "Claire mtg notes (Zoom…)", "Thank you session about classroom management." ("call about
    the contract" is a task: a session noun with nothing before it names no session).
    """
    found = _SESSION_NOUN.match(line)
    if not found or not (found.group("words").strip() or line.lower().startswith("thank")):
        return False
    words = tag(found.group("words")) if found.group("words").strip() else []
    # ("SB to chat w/ hiring mgr": someone "to" the session noun is their task, no session named)
    return not any((t.startswith(("VB", "MD", "PRP")) and t not in ("VBG", "VBN", "PRP$")) or t == "TO"
                   for _, t in words)


_TODAYS_TOPIC = lazy_regex(r"^today\s+we\s+(?:talk|talked|spoke|discussed|chatted)\b[^.!?]*[.!]?$", re.IGNORECASE)
"""A first line that gives the session's topic: "today we talk about open my own salon"."""


def _reported_first(match: re.Match[str]) -> str:
    """Who said it, first: "she charges 50/month he thinks" -> "he thinks she charges 50/month".

    A remark with no subject of its own keeps its order: "worth it he said" -> "worth it, he said".
    """
    body, who, verb = match.group("body"), match.group("who"), match.group("verb")
    subject = pronoun_pattern("she", "he", "they", "i", "we", "it") + r"|\b(?:the|my|our|his|her|their|this|that)\b"
    if re.match(rf"^(?:{subject})\s+\w", body, re.IGNORECASE):  # a clause of its own
        return f"{who} {verb} {body}"
    return f"{body}, {who} {verb}"


_REPORTED_AFTER = lazy_regex(
    r"^(?P<body>(?!.*\b(?:what|which|as)\s*,?\s*(?:she|he|they)\b).{8,}?),?\s+"
    r"(?P<who>she|he|they|[A-Z]{1,3})\s+(?P<verb>thinks|reckons|says|said|suggested)\s*[.!]?$"
)
"""Who said it, after what was said: "she charges like 50/month he thinks"."""


THANKS_NOTE = lazy_regex(r"^(?:thanks|thx|cheers|ta)\s+(?:(?!for\b|4\b)[\w'-]+\s+)?(?:for|4)\b|"
                         r"^thank\s+(?:you\s+|u\s+)?(?:so much\s+)?for\s+"
                      # "thank you for today it was very helpful", on its own
                      r"(?:today|the session|the time|your time)\b[^,]*$|"
                      # "send thank you today, mention…", "want to say thanks properly": about this very email
                      r"^(?:todo\s*:\s*)?(?:i\s+)?(?:send|write|need to send|want to (?:say|send))\s+"
                      r"(?:a\s+|her\s+|him\s+)?(?:thank you|thanks|ty)\b",
                      re.IGNORECASE)
"""The user's own thanks in the notes ("cheers for giving up your saturday"): the email thanks them anyway (unless
the notes are nothing but such thanks: then what they thank for is what the email names)."""
_MAIN_THANKS = lazy_regex(
    r"\s*(?:(?:this|that|it)\s*(?:is|'s)\s+)?the\s+(?:main|biggest|most important|number one)\s+(?:thing\s+)?"
    r"(?:to\s+thank\s+(?:her|him|them|you)\s+for|i\s+want\s+to\s+thank\s+(?:her|him|them|you)\s+for)\b"
    r"|\s*(?:the\s+)?(?:biggest|main|most important|special)\s+thanks?\s+(?:is\s+|are\s+)?for\s+(?:this|that|it)\b"
    r"|\s*thank\s+(?:her|him|them|you)\s+(?:the\s+)?(?:most|mostly|above all|especially)"
    r"(?:\s+for\s+(?:this|that|it))?\b"
    r"|\s*(?:this|that|it)\s*(?:is|'s)\s+the\s+big\s+one\b"
    r"|\s*(?:most of all|above all),?\s+thank\s+(?:her|him|them|you)\s+for\s+(?:this|that|it)\b"
    # "writing my PGCE reference - MOST IMPORTANT, got the interview": the note before the dash
    r"|\s+[-–—]+\s*(?:the\s+)?(?:most important|main one|biggest one|the big one)\b", re.IGNORECASE)
"""The user's word on what to thank for most ("THIS is the main thing to thank her for", "biggest thanks for
that", "thank her most for this"): an instruction to the coach about the line it stands in, or the line above."""
_PLEASANTRY = lazy_regex(
    r"^(?:(?:really|very|such a|a)\s+)?(?:great|good|nice|lovely|fab|brilliant|useful|helpful)\s+"
    r"(?:chat|session|call|meeting|catch[- ]?up|convo|conversation|talk)\b"
    # ("great session at the yard.": where it was, review 92)
    r"(?:\s+(?:with|w/|w)\s+[^,.!?]{1,30}?)?(?:\s+(?:at|in|on)\s+(?:the\s+)?[^,.!?]{1,25}?)?(?:\s+today)?"
    r"(?:[!.:),]+\s*|\s*$|\s+(?=[a-z]+\s+[a-z]+ed\b))",
    re.IGNORECASE,
)
"""A line of notes that only says how the session felt ("Great chat!!")."""
_FELT = lazy_regex(
    r"^(?:i\s+)?(?:felt|feel|feelings?|mood)\s*:\s*\S|"  # "feeling: more motivated, less scared"
    r"^(?:it\s+|that\s+|which\s+)?made me feel\b[^.!?]*[.!?]*$|"  # "Made me feel better."
    # "really useful." after what it was about: a verdict alone, nothing to take away (session 60)
    r"^(?:(?:it\s+|that\s+)?(?:was|is)\s+)?(?:really|so|very|super|soo+)?\s*(?:useful|helpful|great|amazing|brilliant|"
    r"insightful|eye[- ]opening|valuable)\W*$|"
    r"^(?:i\s+)?(?:felt|feel|feeling)\s+(?:way\s+|so\s+|much\s+|a\s+lot\s+)?(?:less|more)\s+\w+[^.!?]*[.!?]*$|"
    r"^(?:i\s+)?(?:felt|feel|feeling)\s+(?:(?:really|rly|so|much|way|very|a lot|a bit)\s+)*(?:heard|better|good|great|"
    r"supported|understood|encouraged|reassured|motivated|lighter|calmer|clearer)\b[^.!?]*[.!?]*$",
    re.IGNORECASE,
)
"""How the user felt after the session ("felt really heard today"): for them, not a takeaway or a task."""
_DID_TOGETHER = r"did|practi[sc]ed|role-?played|rehearsed|worked (?:on|through)|walked(?!\s+(?:me|us)\b)|toured"
"""What both did in the session ("did med rec practice on the sim ward"): a takeaway gets its "We" back."""
_TALKED = lazy_regex(rf"^(?:also\s+)?(?:{_CHATTED}|{_COVERED}|{_DID_TOGETHER})\b", re.IGNORECASE)


def _topic_and_point(line: str) -> str:
    """Turn "talked about X - Y" into "X: Y" (the user's own words, without the reporting verb).

    A topic alone ("talked abt the reorg") gets its subject back: "We talked abt the reorg".
    """
    match = _TALKED_ABOUT.match(line)
    if match is None:
        if not _TALKED.match(line):
            return line
        # "walked the paddocks with him": "I", who was with them (never "We walked… with you")
        who = "I" if re.search(r"\b(?:with|w/|w)\s+(?:him|her|them|you)\b", line, re.IGNORECASE) else "We"
        line = MY_DEED_AFTER.sub(", and I ", line, count=1) if who == "We" else line
        return f"{who} " + re.sub(r"^(\w+)\s+(?:abt|re)\b", r"\1 about", f"{line[0].lower()}{line[1:]}")
    topic, point = match.group("topic"), match.group("point")
    said = _SAID_BARE.match(point)
    if said and tag(said.group("rest"))[0][1] in ("JJ", "RB"):
        point = said.group("rest")  # "she thinks worth it, but after probation": the topic's point, no "you think"
    return f"{topic[0].upper()}{topic[1:]}: {point}"


MY_DEED_AFTER = lazy_regex(r",\s+(?:and\s+)?(?=(?:failed|passed|got|messed up|nailed|scored|lost|missed|forgot|"
                           r"finished|dropped)\b)", re.IGNORECASE)
"""A deed after the comma of a note both people did ("went through my B1 mock, failed the hydraulics section
again"): the user's own, never both of ours (review 78)."""
_TOPIC_ONLY = lazy_regex(rf"^(?:also\s+)?(?:we\s+)?(?:(?:{_CHATTED}|talk|chat|speak|(?:i\s+)?asked)\s+"
                         r"(?:about|abt|re:?)|discuss(?:ed)?)\s+(?![^,]*\b(?:i|we|you|he|she)\s)[^,]{2,40}$",
                         re.IGNORECASE)
"""A note that names only what was talked about ("also talk abt the MSc"); a thing done ("went through the court
booking I did last month") is a takeaway of its own."""
_SAID_BARE = lazy_regex(r"^(?:she|he|they)\s+(?:thinks?|says?|said)\s+(?:that\s+)?(?P<rest>\w.*)$", re.IGNORECASE)


_IT_NAMED = lazy_regex(r"^(?P<thing>[a-z][^:,;]{2,40}?)\s*(?::|->|→)\s+(?P<verb>do|finish|send|update|fill in|complete|"
                       r"write|make|redo|fix|check|print|book|order|start)\s+it\b", re.IGNORECASE)
"""A thing, then "do it" ("costings spreadsheet -> do it by sunday"): the task says the thing where "it" was, never
"Next on my list: Costings spreadsheet: do it by Sunday." (review 81)."""


def _it_named(match: re.Match[str]) -> str:
    thing = match["thing"].strip()
    owned = re.match(r"(?:the|a|an|my|your|our|his|her|their|this|that)\s", thing, re.IGNORECASE)
    return f"{match['verb']} {thing if owned else 'the ' + thing}"


_PROMISE_AFTER = lazy_regex(r"(?:she|he|they|[A-Z][\w.'-]*)\s+(?:will|['’]ll|to|can|could|is going to)\s",
                            re.IGNORECASE)


def _ones_named(line: str) -> str:
    """"…witness statements…, she will send 3 anonymised ones": the thing named again where "ones" stood.

    Split at its promise, the task said nothing of what is sent ("Send 3 anonymised ones", review 81).
    """
    # (only after a count: "the ACCA ones will eat my life" names its own thing, review 81's own golden run)
    ones = re.search(r"(?<=\s)ones\b", line) if re.search(
        r"\b(?:\d+|two|three|four|five|a few|a couple of|some)\s+(?:[\w-]+\s+)?ones\b", line) else None
    before = line[: ones.start()] if ones else ""
    cut = max(before.rfind(","), before.rfind(" - "))
    # (only a promise split off at its comma loses what "ones" counts: "STAR stories: need 3 solid ones" keeps it)
    if not ones or cut < 0 or not _PROMISE_AFTER.match(line[cut + 1:].lstrip(" -")):
        return line
    words = tag(before[:cut])
    noun: list[str] = []
    for word, penn in reversed(words):
        if penn in ("NN", "NNS") and (noun or penn == "NNS"):
            noun.insert(0, word)
        elif noun:
            break
    return f"{line[: ones.start()]}{' '.join(noun)}{line[ones.end():]}" if noun else line


def _dated_step(line: str) -> ActionItem | None:
    """A topic and a dated step for the user: "talk about the team leader role - apply in wk of 22/4"."""
    match = _TALKED_ABOUT.match(line)
    if match is None or not DATE_PATTERN.search(match.group("point")) or not opens_with_verb(match.group("point")):
        return None
    return ActionItem(owner=ME, task=_topic_and_point(line), due=None, source=line)


@dataclass(frozen=True)
class ActionItem:
    """One action item found in the notes."""

    owner: str
    task: str
    due: str | None
    source: str
    due_prefix: str = "by"
    """How the notes tie the date to the task: "by" ("by Friday"), or "" for a bare date ("- wed")."""


@dataclass
class SessionNotes:
    """Notes taken apart: action items, takeaways, and a next meeting if the notes name one."""

    actions: list[ActionItem]
    takeaways: list[str]
    next_meeting: str | None
    meeting_place: str | None = None
    """Where the next meeting is, from a line that gives no time ("we meet again at her shop in Croix-Rousse")."""
    arranged: str | None = None
    """What is arranged for the next meeting, as the notes put it ("room booked for 2pm next time")."""
    main_thanks: str | None = None
    """What the user said to thank the mentor for most ("she got me the shift lead trial!!! THIS is the main
    thing to thank her for"), as the notes put it; the thanks leads with it."""
    thanked: tuple[str, ...] = ()
    """The user's own thank-you lines beside other notes ("thanks for letting me sit in the control room"): what
    they did is thanked too, after what the mentor said."""


def mentor_initials(mentor: str) -> set[str]:
    """The single letters notes use for the mentor, lower case: their first name's, and "m" for "mentor".

    "Big Steve" is "s" too; "M said don't just remind" is the mentor unless "m" is the user's (see _owner_for).
    """
    nickname = mentor.split(" ", 1)[0].lower() in NICKNAME_ADJECTIVES
    parts = name_parts(mentor)
    # ("shadow S at the studio", meeting Choi Seo-jin: her given name's initial, review 91)
    given = parts[1:2] if len(parts) > 1 and parts[0].lower() in FAMILY_NAME_FIRST and "-" in parts[1] else []
    return {p[0].lower() for p in [*parts[:2 if nickname else 1], *given]} | {MENTOR_LETTER}


MENTOR_LETTER = "m"


_TO_AN_INITIAL = lazy_regex(r"\b(?P<verb>(?i:to|with|for|from|by|cc|ask|tell|show|email|text|call|send|give|remind|"
                            r"shadow|meet|join|visit|observe|thank|help|assist))\s+"
                            # ("send N. my case study draft": the initial's full stop goes with it, review 76)
                            r"(?P<letter>[A-Z])\b(?![.'’&-]\w)(?!\.?\s*\()(?:\.(?=\s+[a-z]))?")
"""A single capital after a word that takes a person ("send to I for a look", "send B my notes"): an initial.
Not one with a role in brackets after it ("talk to K. (supervising partner)"): someone the notes introduce."""


def initial_as_you(text: str, mentor: str) -> str:
    """The mentor's initial after a word that takes a person is "you": "send B my tasting notes", meeting Beatriz."""
    return _TO_AN_INITIAL.sub(lambda m: f"{m['verb']} you" if m["letter"].lower() in mentor_initials(mentor)
                              else m.group(0), text)


def first_name(mentor: str) -> str:
    """The name notes type for the mentor ("Gerald" for "Gerald Moss", "Ama" for "Mrs. Ama Boateng")."""
    return (name_parts(mentor) or [mentor])[0]


def are_mentors_initials(letters: str, mentor: str) -> bool:
    """Whether two or three capitals are the mentor's initials ("DK" for Dan Kowalski, "JL" for Jean-Luc).

    With only a first name given ("Dra. Lúcia"), initials that start with it count too ("LM to send me…"),
    unless they are a department or a role ("HR", "IT", "PM").
    """
    mentor = split_person(mentor)[0]  # "Rafael, senior game tester": the name, without the role (review 73)
    title, first, last = address(mentor)
    if letters in initials_forms(mentor):
        return True
    if title and (last or first) and letters == f"{title[0]}{(last or first)[0]}".upper():
        # "DK" for Dr. Kim, as notes write the doctor (session 59); "C.S." for Captain Sørensen (review 97)
        return True
    if title.lower() in _TITLE_INITIALS and first and letters in {f"{t}{first[0]}".upper()
                                                                  for t in _TITLE_INITIALS[title.lower()]}:
        return True  # "BB" for Pak Budi, as "Bapak Budi" (review 87)
    return (len(name_parts(mentor)) == 1 and letters[0].lower() in mentor_initials(mentor)
            and letters not in _NOT_INITIALS)


_TITLE_INITIALS = {"pak": "bp", "bapak": "bp", "bu": "bi", "ibu": "bi"}
"""The first letters notes write for an Indonesian title before the given name ("BB" for Bapak Budi)."""
_NOT_INITIALS = frozenset({"HR", "IT", "PM", "QA", "GP", "OK", "CV", "UX", "UI", "PR", "HQ", "ML", "AI", "BD", "L&D"})
"""Capitals notes use for a department or a role, never someone's initials."""


_MENTORS_PRONOUNS = ("she", "he", "her", "him")
"""How notes name the one mentor in an owner's label ("she: send me the template")."""


_SHORT_WORDS = word_set("me we us her him she you our his mum mom dad the and all any")
"""Short words that are never someone's initials in lower case ("me", "us"), even for Maria Evans."""


def _owner_for(name: str, mentor: str, me: str) -> str:
    words = name.split()
    name = " ".join(words[title_length(words):])  # "Sister O", "dr F": the initial decides
    pair = two_people(mentor)
    one = next((p for p in pair or () if name.lower() == p.split()[0].lower()), None)
    if one:  # "Lorraine gonna send me…", meeting "Hank & Lorraine Pruitt": hers, never both of theirs
        return one.split()[0]
    if name.lower() == " ".join(name_parts(split_person(mentor)[0])).lower():
        return mentor_label(mentor)
    lowered = name.lower().rstrip(".")
    # ("FdV: send me the style guide", by Femke de Vries: a particle's initial in lower case, review 101)
    if re.fullmatch(r"[A-Z][a-z][A-Z]", name) and name in initials_forms(split_person(mentor)[0]):
        return mentor_label(mentor)
    typed_lower = name.islower() and lowered not in _SHORT_WORDS
    if (name.isupper() or typed_lower) and len(name) in (2, 3):  # "DK to set up a shadow day": Dan Kowalski's
        if are_mentors_initials(name.upper(), mentor):  # initials ("cb: send me…", in lower case, review 100)
            return mentor_label(mentor)
        if me and name == initials_of(me):
            return ME
    if len(lowered) == 1:  # notes often use an initial: "K to review resume"
        me_initials = {p[0].lower() for p in name_parts(me)[:1]}
        mentors = mentor_initials(mentor) - (me_initials - {p[0].lower() for p in name_parts(mentor)[:1]})
        name = first_name(mentor) if lowered in mentors else (
            ME if lowered in me_initials else name.upper())  # fmt: skip
        lowered = name.lower()
    if lowered in ("me", "i", "myself") or (me and lowered in (p.lower() for p in name_parts(me))):
        return ME
    surname = address(mentor)[2].lower()  # "Dr. von Stein - send me…": the surname with its particle
    if lowered in ("mentor", *_MENTORS_PRONOUNS, surname) or lowered in (
            p.lower().strip(".") for p in name_parts(mentor)):
        return mentor_label(mentor)
    if lowered in ("both", "we", "us"):
        return BOTH
    return upper_first(name)


_AWAY = lazy_regex(r"^(?:[-*•]\s*)?(?:she|he|they)(?:['’]s|['’]re|\s+is|\s+are|\s+will\s+be|['’]ll\s+be)\s+"
                   r"(?:on\s+(?:leave|holiday|holidays|vacation|annual leave|mat(?:ernity)? leave|a course)|away|off|"
                   r"out of (?:office|the office|the country)|abroad|travelling|traveling)\b", re.IGNORECASE)
"""Where the mentor will be ("she's on leave next wk"): news for the message, not a task."""


_LOOK_OVER_VERBS = frozenset({"review", "check", "read", "proofread", "edit", "sign", "approve", "mark", "look at",
                               "look over", "go through", "comment on", "sign off"})
"""Promises that take a thing ("he will review"): typed bare, the thing is the task before it."""


def _with_their_objects(actions: list[ActionItem]) -> list[ActionItem]:
    """A bare promise to look over ("he will review.") given the thing the task before it makes.

    ("I need to write the project proposal draft by 15 jan. he will review." gave "**Mr. Okello:** Review", review 108:
    "Review the project proposal draft".)
    """
    done: list[ActionItem] = []
    for item in actions:
        bare = item.task.strip(" .!").lower() in _LOOK_OVER_VERBS
        before = done[-1].task.split(" ", 1) if done else []
        if bare and len(before) == 2 and before[1].lower().startswith(("the ", "my ", "a ", "an ")):
            thing = re.sub(r"^(?:a|an)\s+", "the ", re.sub(r"\s*\([^()]*\)$", "", before[1]))
            item = replace(item, task=f"{item.task.strip(' .!')} {thing}")
        done.append(item)
    return done


_TOPIC_THEN_MINE = lazy_regex(r"^(?P<topic>[^-–—:]{3,40})\s[-–—]\s+"
                              r"(?=(?:me|i)\s+(?:to|will|need to|must|should|'ll)\s)",
                              re.IGNORECASE)
"""A topic, then the user's own task on it ("funding extension - me to email graduate school")."""
_GENERAL_OBJECT = lazy_regex(r"^(?:i\s+will|i'll)\s+(?:do|take|join|book|finish|start)\s+(?:the|an?|that)\s+"
                             r"(?:online\s+)?"
                             r"(?:course|training|module|class|workshop|webinar|exam|test)\W*$", re.IGNORECASE)
"""A task whose thing is only its kind ("I will do the online course"): the topic before it says which."""


def parse_action(line: str, mentor: str, me: str, under_actions: bool,
                 under_takeaways: bool = False, section_owner: str | None = None) -> ActionItem | None:
    """The action item in one line of notes, or None when the line is not one.

    A line is an action when it is marked (TODO, "me:", "@name", "Name to ...", "she'll ..."), gives a
    date, sits under an "Action items" heading, or opens with a verb ("send the deck") -- unless it
    only wonders ("maybe look into X? not sure"), which is an idea, not a commitment.
    """
    text = _CHECKBOX.sub("", line)
    marked = text != line
    text = re.sub(r"^(?:also|and|plus)\s+(?=\S+\s+\S)", "", text, flags=re.IGNORECASE)  # "also she will look…"
    text = re.sub(r"^\w{1,3}\s*\((me|mentor)\)\s*[-–—:]?\s*", r"\1: ", text, flags=re.I)  # "W (me) - visit…"
    text = BRACKETED_OWNER.sub(r"\g<owner>: ", text)  # "TODO (me): rebuild…", "[Ewa] ask…": the owner's label
    # ("Takeda-sensei: send rate sheet…": the name the label holds, its respect apart, review 82)
    text = re.sub(rf"^([A-Z][\w'’]+)-(?:{HONORIFIC_SUFFIXES})(?=\s*[:\-–—]\s|\s+(?:to|will|'ll)\s)", r"\1", text,
                  flags=re.IGNORECASE)
    # "funding extension - me to email graduate school": the topic, then the user's task
    topic_first = _TOPIC_THEN_MINE.match(text)
    if topic_first:
        text = text[topic_first.end():]
        if _GENERAL_OBJECT.match(text):
            # ("Learn metadata standard Dublin Core - I will do the online course." gave "Do the online course",
            # review 108): which course, the topic says, kept in brackets
            topic = topic_first["topic"].strip()
            topic = topic[:1].lower() + topic[1:] if topic[1:2].islower() else topic  # ("(learn metadata…)")
            text = f"{text.rstrip(' .')} ({topic})"
    # "ESR due 12/3 - he'll sign off the CSR b4 then": their promise, with the topic it leans on (review 76)
    promised = re.match(r"^(?P<topic>[^-–—:]{3,40})\s[-–—]\s+(?P<rest>(?:he|she)(?:['’]ll|\s+will)\s+\S.*)$", text,
                        re.IGNORECASE)
    # (only a topic with its date: "talk to Kristen (her old resident) - she'll email intro" may be Kristen's)
    # ("hoof mapping - he'll lend me his book (Stashak?)": a topic in lower case names no one else, review 81)
    if promised and (DATE_PATTERN.search(promised["topic"]) or re.search(r"\bdue\b", promised["topic"], re.I)
                     or promised["topic"].strip().islower()):
        # (its date is kept, whatever the promise says; beside the promise's own aside, one bracket holds both)
        aside = re.search(r"\s*\((?P<inside>[^()]*)\)\s*$", promised["rest"])
        text = (f"{promised['rest'][: aside.start()]} ({promised['topic'].strip()}, {aside['inside']})" if aside
                else f"{promised['rest']} ({promised['topic'].strip()})")
    # ("next: Oksana will book me 2 more mock panels": what comes next, her promise, review 107)
    text = re.sub(r"^next\s*:\s*(?=[A-Z][\w'’-]*(?:\s+will|['’]ll|\s+to)\s+[a-z])", "", text)
    labelled = _TOPIC_THEN_THEIR_PROMISE.match(text) if not _DATE_LABEL.match(text) else None
    if labelled and _their_pronoun_or_name(labelled["who"], mentor):
        text = labelled["promise"]  # "foundry: K will intro me to Giorgos…": the promise names its topic (review 99)
    if _AWAY.match(text):
        return None  # "she's on leave next wk": where they will be, never a task of anyone's (review 79)
    if _TOPIC_THEN_SAID.match(text):
        return None  # "restructure consultation: FOA said tell the managers…": their advice on it (review 90)
    text = _IT_NAMED.sub(_it_named, text)  # "costings spreadsheet -> do it by sunday": "do the costings spreadsheet…"
    text, count = _PREFIX.subn("", text)
    marked = marked or bool(count)
    owner = section_owner or ME  # under "her:" a line is hers unless it names someone else
    todo_owner = _todo_owner(text, mentor, me) if count else None
    if todo_owner:  # "TODO her: intro me to Jonas", "TODO dave: sign off my NVQ evidence": theirs, however typed
        owner, text = todo_owner
    # "@sam send the deck" names who does it; "he'll intro me to @marta" names who is met
    mention = _MENTION.match(text)
    if mention and _REPORTS.match(text[mention.end():].strip()):
        return None  # "@yusuf thinks I should ask for 16.50": his advice, a takeaway
    if mention and _WHO_THEY_ARE.match(text[mention.end():].strip()):
        return None  # "@otieno from KALRO can give desmodium seed": who they are and what they can do (review 84)
    text = _MENTION.sub(lambda m: m.group(0) if mention and m.start() == 0 else name_case(m.group(1)), text)
    if mention:
        owner, marked = _owner_for(mention.group(1), mentor, me), True
        text = tidy(text[mention.end():])
        # "@fiona (his accountant) to call me": who she is, not the task
        text = re.sub(r"^\([^()]{1,40}\)\s*", "", text)
        text = re.sub(r"^(?:[-–—:]|to\b|will\b)\s*", "", text)  # "@me - rewrite…", "@rukhsana to intro me…"
    text, owner, marked = _first_person_owner(text, owner, marked)
    offered = re.match(r"^(?:also\s+|and\s+)?(?:kindly\s+)?offered\s+to\s+(?=\S)", text, re.IGNORECASE)
    if offered and not marked:  # "offered to let me use his diagnostic machine on sundays!!": the mentor's offer
        text, owner, marked = text[offered.end():], mentor_label(mentor), True
    if not marked and _INTRO_ME.match(text):  # "intro me to @bridget": only someone else can introduce me
        owner, marked = mentor_label(mentor), True
    if not marked and _ILL_DO_IT.search(text):  # "Teagasc runs a succession clinic in Nov - I'll book it"
        owner, marked = ME, True
    if not marked and _I_DO.match(text):
        text, owner, marked = text[_I_DO.match(text).end():], ME, True  # type: ignore[union-attr]
    should = _I_SHOULD.match(text)
    if should and _THEY_OFFERED.search(text):
        return None  # "I should get someone to read mine, and she offered to!!": her advice, and her offer
    if should and not HEDGED.search(text):  # "I should go to the APM evening on the 27th": the user's own plan
        text, owner, marked = text[should.end():], ME, True
    dated = _DATE_LABEL.match(text)
    if dated and not marked and _TALK_NEXT.match(text[dated.end():]):
        return None  # "next wk: talk abt the G7 promotion board": what the next session holds (review 75)
    if dated:  # "next wk: he'll check if I can sit in": the date, then the task with its owner
        text, owner, marked = _first_person_owner(f"{text[dated.end():]} {dated.group('date')}", owner, marked)
    todo_me = _TODO_ME_AT_END.search(text)
    if todo_me:  # ("…with training captains (todo me)": the user's own mark, never part of the task, review 108)
        text, owner, marked = text[: todo_me.start()], ME, True
    mine_after = _ME_AFTER_DASH.search(text)
    if mine_after:  # "1:1s w/ each of the 22 in first month (10 min each) - me": the owner, noted last
        text, owner, marked = text[: mine_after.start()], ME, True
    mine_within = _ME_WITHIN_DASH.search(text)
    if mine_within:  # "prep STAR stories - me, 5 of them": the owner noted mid-line, its comma kept
        text, owner, marked = f"{text[: mine_within.start()]}, {text[mine_within.end():]}", ME, True
    lead_me = re.match(r"^me\s+(?P<verb>[a-z]+)\s+\S", text, re.IGNORECASE)
    if owner == ME and lead_me and is_bare_verb(lead_me["verb"].lower()):
        text = text[3:]  # "me ask super if company pays exam fee by Fri": "me" for "I", never "Me: Me ask…" (review 68)
    tagged = _OWNER_TAG.search(text)
    unbulleted = _BULLET.sub("", line)  # ("I'll send the berth plan (Tomas)": the user said it is theirs)
    labelled_me = re.match(r"^\s*(?:me|i)\s*[:\-–]", unbulleted, re.IGNORECASE) or _FIRST_PERSON.match(unbulleted)
    # ("IM to intro me to Marko (Rijeka)": the line opens with its owner, so the bracket says where, review 106)
    led = tagged is not None and _named_owner(text[: tagged.start()], mentor, me, under_actions) is not None
    # ("ask my manager about the splinting course (Feb) - me": the owner marked at the end, and a month is no one)
    led = led or mine_after is not None or todo_me is not None or (
        tagged is not None and DATE_PATTERN.fullmatch(tagged["name"]) is not None)
    if tagged and tagged.group("name").lower() not in _NOT_NAMES and not labelled_me and not led:
        # ("me: …, ring the advisor (Declan)": the name is who to ring, the label said whose task it is)
        owner, marked = _owner_for(tagged.group("name"), mentor, me), True
        text = text[: tagged.start()]
    named_owner = _named_owner(text, mentor, me, under_actions)
    if named_owner is not None:
        (owner, text), marked = named_owner, True
        if owner == mentor_label(mentor) and _WITH_THEM.match(text):
            owner = ME  # "R: shadow him in the clinic": a note about R, and the one shadowing is the user
    # "deadline 14 Feb, aim to submit a week early": a date to act by, listed with the actions
    # ("…, application deadline is 30 may": the user's date to act by; "she said apply…, deadline 30 April": advice)
    deadline = re.match(r"^deadline\b", text, re.IGNORECASE) is not None and DATE_PATTERN.search(text) is not None
    deadline = deadline or (_DEADLINE_AT_END.search(text) is not None and not _REPORTS.search(text))
    marked = marked or _dated_plan(text) or deadline
    if hedged(text) and (not marked or re.search(r"\?\?|\bnot sure\b|\bidk\b", text, re.IGNORECASE)):
        return None  # ("me: update the headline?? not sure I agree, think about it": an idea being weighed)
    due_match = _DUE.search(text)
    if due_match and _NOT_BEFORE.search(text[: due_match.start()]) and due_match.group("tie").lower() in _UNTIL:
        due_match = None  # "don't leave it till Friday" says when not to act: the date stays in the sentence
    # "curriculum lead position - applications due 12/9": the user's deadline, listed whole (no task is cut from it)
    deadline_whole = (due_match is not None and due_match.group("tie").lower() == "due" and not marked
                      and not opens_with_verb(text) and len(_DUE.findall(text)) == 1)
    due_match = None if deadline_whole else due_match
    prefix = "before" if due_match and due_match.group("tie").lower() in ("before", "b4") else "by"
    if not due_match and not deadline:  # "deadline for app is 28 Feb": the date is the line's point, kept in it
        due_match, prefix = _tacked_on_date(text), ""
    if due_match and text[: due_match.start()].count("(") > text[: due_match.start()].count(")"):
        due_match = None  # "(it's 5th March)", "(deadline 15 Feb)": a date inside an aside stays in it
    due = spell_out_day(due_match.group("date")) if due_match else None
    unsure = _UNSURE_AT_END.search(text[: due_match.start()]) if due_match else None
    told_of = _TOLD_OF.match(text) and not _ILL_DO_IT.search(text)  # ("…closes end of month - I should look it up")
    if not under_actions and not marked and _their_advice(text, mentor):
        return None  # "K says vertical slice by end of month -> show on discord": their view, never "Me: K says…"
    if not under_actions and (told_of or _TOPIC_LABEL.match(text)):
        # "he mentioned a study group at the union hall tues nights", "topic: promo, interview next Wed": news,
        # whatever day it names (and "follow up: he mentioned…" too)
        return None
    if due and not marked and not under_actions and _happened(text):
        return None  # "Ms Santos came to shop today": what happened that day, not a task due then
    # Under a "takeaways" heading, a line opening with a verb is advice ("stop reporting on vanity metrics")
    if not (marked or due or deadline_whole or under_actions or (not under_takeaways and opens_with_verb(text))):
        return None
    if due_match:  # ("…by 30 april latest": the "latest" goes with its date)
        after = re.sub(r"^\s*(?:at\s+the\s+|at\s+)?latest\b", "", text[due_match.end() :], flags=re.IGNORECASE)
        left = text[: due_match.start()] + after
        # ("…w/ new type hierarchy, send by next Weds": cut out, the date left "…, send" with nothing sent, review 82;
        # its last step keeps its date in the sentence)
        bare = re.search(r",\s+(?:and\s+|then\s+)?(?P<verb>[a-z]+)\s*$", left)
        if bare and is_bare_verb(bare["verb"]):
            due = None
        else:
            text = left
            if unsure and due:  # "visit one job together maybe 12/1": the date is the one unsure (review 99)
                due, text = f"{unsure['word'].lower()} {due}", _UNSURE_AT_END.sub("", text.rstrip())
    if NEXT_TIME_LABEL.match(text) and not marked:
        return None  # "next time: mock interview": what the next session holds, not a task of either of us
    if _ASKS_MYSELF.match(text):
        return None  # "me: should I take the contract role or wait??": a question being weighed, no task yet
    if section_owner and _SAID_FIRST.match(text):
        return None  # under "ME TO DO": "…, she said don't decide in year 1" is her advice, not a task of mine
    theirs = owner == mentor_label(mentor)
    if theirs and re.match(r"knows?\b", text, re.IGNORECASE) and not under_actions:
        return None  # "she know hiring manager at company in Gdańsk, … she will ask": who she knows, news
    if theirs:
        text = re.sub(r"^(?:can|could)\s+(?=\w+\s)", "", text, flags=re.IGNORECASE)  # "he can let me use his kitchen"
        text = _OFFERED_TO.sub("", text)  # "him: offered to read my case": the offer is the task
    if owner == ME:
        text = _BARE_I.sub("", text)  # "I finish the tutorial": the "Me:" label already says who
        text = _instruction_said(text, mentor, me, dated=due is not None)
    if owner == BOTH:  # "**Both of us:** Both go…": the label already says who ("we both go", "we review…")
        text = re.sub(r"^(?:we\s+both|both\s+we|both\s+of\s+us|both|we)\s+(?=[a-z])", "", text, flags=re.IGNORECASE)
    if _WHOLLY_QUOTED.fullmatch(text.strip()) and not due:
        return None  # ("she: 'light the actor not the set'": her words to remember, never her task, review 104)
    task = upper_first(_parallel(trim_end(tidy(re.sub(r"\s*\(\s*\)", "", text))))) or tidy(line)  # no "()" left
    return ActionItem(owner=owner, task=task, due=due, source=line, due_prefix=prefix if due else "by")


_WHOLLY_QUOTED = lazy_regex(r"['\"‘“][^'\"’”]{3,}['\"’”]\W*")
"""A line that is only words in quotes, after who said them."""
_UNSURE_AT_END = lazy_regex(r"\s+(?P<word>maybe|possibly|probably|perhaps)\W*$", re.IGNORECASE)
"""A hedge just before a date ("…together maybe 12/1"): the date is what is unsure."""


SAID_TO_DO = lazy_regex(r"^(?P<who>(?i:she|he|they)|[A-Z][\w.'-]*)\s+(?i:(?:also\s+)?(?:said|says|told me|suggested)\s+"
                        r"(?:(?:that\s+)?i\s+should\s+|to\s+)?)(?P<rest>\S.*)$")
"""Advice with a date, the user's to act on ("she said ship it friday"): the task is the instruction."""


def _instruction_said(text: str, mentor: str, me: str, dated: bool = False) -> str:
    """The instruction in "she said ship it" or "Mark said send him the deck", as the user's task.

    Listed under "Me:" as "She said ship it", the mentor read "You said to ship it" as their own task. When
    the adviser is someone other than the mentor, "him" or "her" in the instruction is that person.
    """
    said = SAID_TO_DO.match(text)
    # "you said go for the role, I'll apply by end of month": the user's own plan follows, and reads whole
    # ("K says vertical slice by end of month": a dated plan with no verb is the user's task too)
    instruction = said is not None and (opens_with_verb(said.group("rest")) or dated)
    if said is None or not instruction or _PLAN_OF_MINE.search(said.group("rest")):
        return text
    who, rest = said.group("who"), said.group("rest")
    if who.lower() not in ("she", "he", "they") and not is_person(who, mentor, me):
        rest = re.sub(r"\b(?:him|her|them)\b", who, rest, count=1)
    return rest


def _parallel(task: str) -> str:
    """"review my CV and to put in a word…" (from "offered to review… and to put…"): two verbs, alike."""
    first = task.split(" ", 1)[0].lower()
    if not (is_verb(first) and base_form(first) == first):
        return task
    return re.sub(r"\s+and\s+to\s+(?=(?P<verb>[a-z]+)\b)", " and ", task, count=1)


_WITH_THEM = lazy_regex(r"^(?:shadow|meet|visit|observe|watch|join|thank|sit in with)\s+(?:him|her)\b", re.IGNORECASE)
"""A task done with the person just named: "R: shadow him" is the user's, since R cannot shadow himself."""
_INTRO_ME = lazy_regex(r"^(?:intro|introduce)\s+me\s+to\b|^(?:put|get)\s+me\s+in\s+touch\b|^connect\s+me\s+with\b",
                       re.IGNORECASE)
_ILL_DO_IT = lazy_regex(r"\s[-–—]\s+i(?:['’]ll|\s+will|\s+should|\s+need\s+to|\s+must|\s+have\s+to)\s+[a-z]+\s+"
                        r"(?:it|them|one|that)(?:\s+up)?\W*$", re.IGNORECASE)
"""A fact, then the user's promise about it ("… - I'll book it"): the line is their task, kept whole."""
_I_SHOULD = lazy_regex(r"^i\s+(?:also\s+)?(?:should|shd)\s+(?!not\b|have\b)", re.IGNORECASE)
_THEY_OFFERED = lazy_regex(r",?\s+and\s+(?:she|he|they)\s+(?:kindly\s+)?offered(?:\s+to)?\W*$", re.IGNORECASE)
"""The mentor offering to do what the user was told to get done: advice met by an offer, no task of the user's."""
_SAID_IN_SESSION = (r"(?:ask|share|talk|speak|tell|say|explain|meet)\b"
                    # (to someone else it is a plan: "I talk to coordinator Ana about reducing shifts", review 99)
                    r"(?!\s+(?:to|with)\s+(?!(?:him|her|them|you|u|me|my\s+mentor)\b)\S)")
_I_DO = lazy_regex(rf"^i\s+(?!{_SAID_IN_SESSION})(?=(?:{words_pattern('task_verbs')})\s+\S)", re.IGNORECASE)
"""A plan said in the present ("I send her my CIPD feedback so she can…", "I write first 3 reports by Nov"); what
was said in the session is no plan, however it is written ("I ask him about salary", "I share with him that…")."""


def _first_person_owner(text: str, owner: str, marked: bool) -> tuple[str, str, bool]:
    """The task without its "I'll"/"me:"/"we'll" lead, and who that lead says owns it ("Me", "Both of us")."""
    for pattern, who in ((_FIRST_PERSON, ME), (_WE, BOTH)):
        stripped, found = pattern.subn("", text, count=1)
        if found:  # "I need to: set up the price test": no colon left before the task
            text, owner, marked = re.sub(r"^\s*:\s*", "", stripped), who, True
    return text, owner, marked


def _tacked_on_date(text: str) -> re.Match[str] | None:
    """The date at the end of a task when it was tacked on, not when a word ties it into the task."""
    match = _TRAILING_DATE.search(text)
    if match is None or not match.group("gap").isspace():
        return match
    if re.match(_WEEK_OF, match.group("date"), re.IGNORECASE):
        return match  # "for w/c 14/4": the week is when it is due
    before = [w for w in text[: match.start()].split() if w.lower() != "the"]  # "on the 14/2" is tied too
    return None if before and before[-1].lower() in _TIES_THE_DATE else match


def _dated_header(line: str, who: str) -> bool:
    """A first line of the mentor and a date, with no verb: "Notes - Margaret F (…) 2 Feb", "RDV with Ms A - 3/4"."""
    if not who or not DATE_PATTERN.search(line) or not re.search(rf"\b(?:{who})\b", line, re.IGNORECASE):
        return False
    if re.match(rf"^\W*(?:{who}){_COMMITS}", line, re.IGNORECASE):
        return False  # "Amaka to review my CV by Friday": their task, whatever the tagger makes of "review"
    # "ride along w/ TB sat 3/8", "cupping call w/ Mariela 14/11": what the session was, with them, then its date
    # (review 69: a ride-along that had happened became the user's task)
    if re.match(rf"^\W*[\w' -]{{2,30}}?\s(?:w/|with)\s+(?:{who})\b[^:;,.]{{0,12}}?(?:{DATE_PATTERN.pattern})\W*$", line,
                re.IGNORECASE):
        return True
    return not any(penn.startswith("VB") or penn == "MD" for _, penn in tag(line))


def _todo_owner(text: str, mentor: str, me: str) -> tuple[str, str] | None:
    """``(owner, task)`` for a to-do's label typed in lower case, by pronoun or with a dash.

    "TODO her - intro me…", "TODO dave: sign off…", "TODO me - redraft…".
    """
    # ("TODO C.S.: send me his photo guide": initials with their full stops, review 97)
    label = re.match(r"^(?P<who>(?:[A-Z]\.){2,3}|[^\W\d_][\w'’]*)\s*(?::|\s[-–—])\s+(?=\S)", text)
    if not label:
        return None
    who, theirs = label.group("who").replace(".", ""), mentor_label(mentor)
    # a label is an object pronoun here ("TODO her - …"), which _owner_for never sees as an owner
    owner = theirs if who.lower() in ("her", "him") else _owner_for(who, mentor, me)
    return (owner, text[label.end():]) if owner in (ME, theirs) else None


def _happened(text: str) -> bool:
    """Whether a line only reports what someone did: a named or pronoun subject, then a verb in the past.

    Not what was said ("she said go for it, I'll apply by end of month" goes on to a plan) nor a plan after it.
    """
    if _PLAN_OF_MINE.search(text):
        return False
    tagged = tag(text)[:5]
    for index, (word, penn) in enumerate(tagged):
        if penn.startswith("VB") or penn == "MD":
            subject = [p for _, p in tagged[:index]]
            reported = base_form(word.lower()) in _REPORTING
            return penn == "VBD" and not reported and bool(subject) and all(
                p in ("NNP", "NNPS", "PRP", "DT", "NN") for p in subject)
    return False


_PLAN_OF_MINE = lazy_regex(r"\b(?:i(?:'ll|’ll|\s+will|\s+am going to|'m going to|\s+need to|\s+have to|\s+must|"
                           r"\s+should)|we(?:'ll|\s+will))\b", re.IGNORECASE)


def _dated_plan(text: str) -> bool:
    """A plan in the present with its day ("I send you the new mix on Monday"), as non-native notes write "I'll"."""
    words = text.split()
    if len(words) < 3 or words[0] not in ("I", "i") or not DATE_PATTERN.search(text):
        return False
    return _imperative(" ".join(words[1:]))


def _maybe_offer(item: ActionItem, mentor: str) -> str | None:
    """A task of the mentor's said with "maybe" as what they might do ("You might introduce me to…"), or None.

    A doubted date or means ("…, maybe 26 april", "…, maybe with Figma", "(maybe March)") leaves the task firm.
    """
    unbracketed = re.sub(r"\([^()]*\)", "", item.source)  # "(maybe March)": the doubt is the date's, not the task's
    if item.owner != mentor_label(mentor) or not _MAYBE.search(unbracketed) or _DOUBTED_DATE.search(item.source) or (
            _DOUBTED_MEANS.search(item.source)) or DOUBTED_EXTRA.search(unbracketed):
        return None
    task = _MAYBE.sub("", item.task).strip(" ,")
    return f"{mentor_label(mentor)} might {task[:1].lower()}{task[1:]}" if task else None


_MAYBE = lazy_regex(r"\s*\b(?:maybe|perhaps|possibly)\b\s*", re.IGNORECASE)


def mentor_label(mentor: str) -> str:
    """How the mentor's tasks are labelled: as they are addressed ("Dr. Lima"), else by first name ("Sofia")."""
    name = split_person(mentor)[0]
    # "Dr. Simon Achebe" is "Dr. Achebe", "Old Tom Hargreaves" is "Old Tom", "mei lin" is "Mei": as greeted
    return greeting_name(name, formal=False) if name.strip() else name_case(mentor)


def _listed_points(takeaway: str) -> list[str]:
    """A takeaway typed as a list of three or more points with semicolons, one point each.

    Review 56: "O said no degree needed…; apply band 5 analyst jobs; portfolio: 3 projects max; …" read as one
    run-on line.
    """
    pieces = [p.strip() for p in takeaway.split("; ")]
    if len(pieces) < 3 or any(len(p.split()) < 2 or p.count("(") != p.count(")") for p in pieces):
        return [takeaway]
    return [trim_end(p) for p in pieces]


_TOPIC_THEN_PROMISE = lazy_regex(r"^(?P<topic>[^:]{2,40}?)\s*:\s*(?P<who>[^\W\d_]+)(?:'ll|\s+will)\s+"
                                 r"(?P<verb>read|review|check|look at|sign|send|mark|proofread|edit)"
                                 r"(?:\s+(?:it|them))?(?P<rest>(?:\s+(?:by|before|on|next)\b.*)?)$", re.IGNORECASE)
"""A topic, then the mentor's promise about it with no object ("NPQ draft: she'll read by next fri")."""


_TOPIC_THEN_THEIR_PROMISE = lazy_regex(r"^[a-z][^:]{1,30}:\s+(?P<promise>(?P<who>[^\W\d_]+)(?:['’]ll|\s+will)\s+"
                                       r"(?:intro|introduce|send|lend|email|forward|connect|ask|check|put)\s+\S.*)$")
"""A topic in lower case, then the mentor's promise that says what it does ("foundry: K will intro me to Giorgos")."""


def _their_pronoun_or_name(who: str, mentor: str) -> bool:
    """Whether ``who`` is "he", "she" or the mentor's first name or initial."""
    return who.lower() in {"he", "she", *(p.lower() for p in name_parts(mentor)[:1]), *mentor_initials(mentor)}


def _their_advice(text: str, mentor: str) -> bool:
    """Whether a line opens with the mentor's view rather than an instruction.

    "K says vertical slice by…", "she thinks worth it" are views; "she said ship it friday" is an instruction.
    """
    found = _SAYS_FIRST.match(text)
    theirs = found is not None and (_their_pronoun_or_name(found["who"], mentor)
                                    or found["who"].lower() == initials_of(mentor).lower())
    # ("she said ship it friday": an instruction, the user's task as the instruction, see _instruction_said)
    rest = re.sub(r"^(?:that\s+)?(?:i\s+(?:should|must|need to|have to|ought to)|to|me to)\s+", "",
                  text[found.end():].strip(), flags=re.IGNORECASE) if found else ""
    # ("K says vertical slice by end of month -> show on discord": dated, so the user's task, as the instruction)
    return theirs and not opens_with_verb(rest) and not _DUE.search(rest)


_SAYS_FIRST = lazy_regex(r"^(?P<who>[^\W\d_]+)\.?\s+(?:also\s+)?(?:says|said|thinks|thought|suggests|suggested|"
                         r"recommends|recommended|reckons)\b", re.IGNORECASE)


_TWO_NAMES_COLON = lazy_regex(r"^(?P<one>me|[A-ZÀ-ÖØ-Þ][^\W\d_'’-]*)\s*(?:\+|&|\band\b)\s*"
                              r"(?P<two>me|[A-ZÀ-ÖØ-Þ][^\W\d_'’-]*)\s*(?::|(?<=\s)[-–—])\s+(?P<rest>\S.*)$")
"""A task for two people ("Claire + Jo: read the new aims page", "me+SH - visit one job"), one of them the mentor or
the user."""


def _owners_together(one: str, two: str, mentor: str, me: str) -> str:
    """The owner label of a task for two: "Claire and Jo", "Jo and me", or both of us."""
    owners = [_owner_for(one, mentor, me), _owner_for(two, mentor, me)]
    if set(owners) == {ME, mentor_label(mentor)}:
        return BOTH
    others = [o for o in owners if o != ME]
    return " and ".join([*others, "me"] if ME in owners else others)


def _named_owner(text: str, mentor: str, me: str, under_actions: bool = False) -> tuple[str, str] | None:
    """``(owner, task)`` when the line opens with who does it, else None.

    "Hannah: send…", "Dr. Lima to check…", "Fatima share…" (note shorthand for "Fatima will share"), and under
    an actions heading "Beatriz shares 2 sample contracts" (a plan in the present, as some notes write it).
    """
    # ("ash: trim scope doc", by Ash: a name typed in lower case is still the label, review 56)
    pair = _TWO_NAMES_COLON.match(text)
    if pair and (is_person(pair["one"], mentor, me) or is_person(pair["two"], mentor, me)):
        return _owners_together(pair["one"], pair["two"], mentor, me), pair["rest"]
    labelled = _NAME_COLON.match(text) or _LOWER_NAME_COLON.match(text)
    if labelled and is_person(labelled.group("name"), mentor, me):  # "HB: will send me…": the promise is the label's
        rest = re.sub(r"^(?:will|is going to|to)\s+(?=\S)", "", labelled.group("rest"), flags=re.IGNORECASE)
        return _owner_for(labelled.group("name"), mentor, me), rest
    initial = _INITIAL_TO.match(text)
    if initial:  # "k to review my resume": someone's initial, in any case
        return _owner_for(initial.group("name"), mentor, me), initial.group("rest")
    known = _known_person_first(mentor, me).match(text)
    if known:  # "dave to send…", "Sister O to sign off…", "dr F to email…": typed any case
        return _owner_for(known.group("name"), mentor, me), known.group("rest")
    named = _NAMED.match(text)
    if named and named.group("name").lower() not in _NOT_NAMES:
        return _owner_for(named.group("name"), mentor, me), named.group("rest")
    promised = _TOPIC_THEN_PROMISE.match(text)
    if promised and _their_pronoun_or_name(promised["who"], mentor):
        # "NPQ draft: she'll read by next fri": her task, done to the topic ("Read the NPQ draft", review 56)
        return mentor_label(mentor), f"{promised['verb']} the {promised['topic']}{promised['rest']}"
    if _names_then_verb(text, mentor, me, under_actions) and not _REPORTS_ADVICE.search(text):
        # (but "Marco listen my mix, he say the low end is muddy" records what happened and what he said)
        head, _, rest = text.partition(" ")  # "Fatima share rostering data": her task, in note shorthand
        verb, _, after = rest.partition(" ")
        return _owner_for(head, mentor, me), f"{base_form(verb)} {after}"  # "shares 2 contracts": "share…"
    return None


_ACTIVITY = (r"(?P<verb>review|read|check|correct|listen|look|go|watch|mark|test|try)\s+"
             r"(?P<prep>(?:to|at|through|thru|over)\s+)?(?=my\b)(?![^.;\n]*\b(?:by|before|next|tomorrow|later|again)\b)")
"""What the mentor did in the session, in a non-native present ("he review my business plan", "Marco listen my
mix"): a task would say when, or "will"/"to" ("he will review my plan", "he review my plan again next week")."""
_SHOWN_IN_SESSION = (r"(?P<verb>share|show|explain|draw|demo|walk)\s+(?P<prep>)"
                     r"(?=[^.;\n]*\b(?:in|on|during)\s+(?:the|our)\s+(?:call|session|meeting|mtg|zoom|teams)\b)")
"""Something the mentor shows in a non-native present, said to be in the session ("he share his checklist in the
call"): what they did then."""
_GIVEN_A_TIP = (r"(?P<verb>give|show|tell|teach)\s+(?P<prep>)me\s+(?P<article>a\s+|an\s+|some\s+)?"
                r"(?P<tip>(?:tip|tips|advice|idea|ideas|example|trick|tricks)\b)")
"""A tip or an idea the mentor gives, in a non-native present ("he give me tip"): given then, never a promise."""
_PREPOSITION_OF = {"listen": "to ", "look": "at ", "go": "through "}
_REPORTS_ADVICE = lazy_regex(r",\s+(?:(?:he|she|they)\s+)?(?:say|says|said|think|thinks|thought)\b", re.IGNORECASE)
_INITIAL_TO = lazy_regex(r"^(?P<name>[A-Za-z])\.?\s+to\s+(?P<rest>[a-z]\S*\s.*)$")
"""A task noted under someone's initial: "k to review my resume", "H. to send the list"."""
_COMMITS = (r"(?:\s+(?:to|will|(?:is\s+)?going to|(?:is\s+)?gonna|offer(?:s|ed)? to|promised to|agreed to)|['’]ll"
            r"|['’]s\s+(?:going to|gonna))"  # "Ray's gonna check…"
            r"\s+(?P<rest>\S.*)$")


@cache  # built once per (mentor, me), not once per line of notes
def _known_person_first(mentor: str, me: str) -> re.Pattern[str]:
    """A line opening with the mentor's or the user's name, in any case, then what they will do.

    The name may be a first name, a surname or both, or a title and an initial ("Sister O", "dr F").
    """
    forms: set[str] = set()
    for person in (mentor, me):
        parts = [p.strip(".,") for p in name_parts(split_person(person)[0])]
        forms |= {p for p in parts if len(p) > 1} | ({" ".join(parts)} if len(parts) > 1 else set())
    titles = "|".join(re.escape(t.rstrip(".")) for t in sorted(TITLES, key=len, reverse=True))
    initials = "|".join(re.escape(p[0]) for person in (mentor, me) for p in name_parts(split_person(person)[0])[:1])
    named = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) or "(?!)"
    titled_initial = rf"(?:{titles})\.?\s+(?:{initials or '(?!)'})\.?"
    return re.compile(rf"^(?:(?:{titles})\.?\s+)?(?P<name>{named}|{titled_initial}){_COMMITS}", re.IGNORECASE)


def is_person(name: str, mentor: str, me: str) -> bool:
    """Whether a label names the mentor, the user, or both (not "Takeaways:" or "Budget:")."""
    parts = name_parts(split_person(mentor)[0]) + name_parts(split_person(me)[0])
    # ("she: send me the contract template she use": the mentor, by the pronoun notes call her, review 75)
    known = {p.lower().strip(".") for p in parts} | {"me", "mentor", "both", *_MENTORS_PRONOUNS}
    initials = {p[0].lower() for p in (name_parts(split_person(mentor)[0])[:1] + name_parts(me)[:1])}
    lowered = name.lower().strip(".")
    both = {initials_of(mentor), initials_of(me)} - {""}  # "RE: send me the manual"
    surname = address(mentor)[2].lower()  # "von Stein - send me…"
    # ("cb: send me her own query letter", by Catherine Bell's initials in lower case, review 100)
    both_lower = {b.lower() for b in both}
    return (lowered in known or (len(lowered) == 1 and lowered in initials) or name in both  # "H - share the list"
            or (name.islower() and len(name) in (2, 3) and lowered in both_lower)
            or (bool(surname) and lowered == surname)
            # "RR - share his old test plan template", meeting "Rafael": initials that start with the first name
            or (name.isupper() and len(name) in (2, 3) and are_mentors_initials(name, mentor)))


def _names_then_verb(text: str, mentor: str, me: str, present_too: bool = False) -> bool:
    """A line that opens with the mentor's or the user's own name followed by a bare verb.

    ``present_too``: under an actions heading, "Beatriz shares…" is her task as well.
    """
    words = text.split()
    names = {p.lower().strip(".") for p in name_parts(mentor)[:1] + name_parts(me)[:1]} | {"she", "he"}
    names |= {initials_of(mentor).lower(), initials_of(me).lower()} - {""}  # "-> LN submit application by fri"
    names |= {p[0].lower() for p in name_parts(mentor)[:1]} - {"i"}  # "D sends me the article", by Dorin
    # A bare verb ("Fatima share") is a task; "Aaron suggested" or "Aaron thinks" reports what was said.
    verb = words[1] if len(words) > 2 else ""
    # "R reviews RFC draft before I send", "R intro to Mei": notes in the present, or the shorthand "intro"
    # ("D sends me the article by the Red Noses", "she sends me the link": something sent to the user, review 99)
    to_me = len(words) > 2 and words[2].lower() == "me" and verb.lower() in _SENT_TO_ME
    present = (present_too or len(words[0].strip(".")) == 1 or to_me) and verb.endswith("s") and _present_third(verb)
    if verb in ("intro", "intros"):
        return words[0].lower().strip(".") in names
    if words[0].lower() in ("she", "he") and not _FOR_SOMEONE_OR_SOON.search(text):
        return False  # "she use 20% buffer on all lead time": what she does in her own work, no errand (review 74)
    if _SHOWN_TO_ME.match(text) and not _SOON.search(text) and not _ON_A_DAY.search(text) and not _WILL.search(text):
        return False  # "she show me drip irrigation…", "he let me hold the camera": the session itself (review 85)
    return (words[0].lower() in names and verb.islower() and is_verb(verb) and (base_form(verb) == verb or present)
            and verb not in _REPORTING)


_SENT_TO_ME = word_set("sends emails forwards mails texts messages introduces lends")
"""Verbs of something the mentor gets to the user after the session, typed in the present ("D sends me…")."""
_SOON = lazy_regex(r"\b(?:by|next|tomorrow|tmrw|tonight|later|before|after|when|once|soon|asap)\b|"
                   r"\b\d{1,2}[/.]\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)\b", re.IGNORECASE)
"""Words that put a thing to do later: by a day, or after something."""
_FOR_SOMEONE_OR_SOON = lazy_regex(rf"\b(?:me|my|us|our|you|your|today|this)\b|{_SOON.pattern}", re.IGNORECASE)
_ON_A_DAY = lazy_regex(r"\b(?:mon|tues?|wed|thu|thurs?|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\b", re.IGNORECASE)
"""A day named in a line ("he let me shadow the wine service Friday + Sat dinner"): a plan, not the session."""
_WILL = lazy_regex(r"\b(?:will|won't|going to|gonna)\b|['’]ll\b", re.IGNORECASE)
"""A promise in the line ("…, will email again because I lost it"): a task is in it, whatever happened first."""
"""Words that make "she send the deck…" an errand: for the user, or by a time."""
_SHOWN_TO_ME = lazy_regex(r"^\S+\s+(?:show|let|walk|take|teach|demonstrate|explain|lend|give)\s+me\b(?!\s+know\b)",
                          re.IGNORECASE)
"""What the mentor did with the user in the session, typed in the present as some notes are ("she show me…")."""


def _present_third(verb: str) -> bool:
    """Whether ``verb`` is a present third-person form ("shares", "sends"), not a plural noun's look-alike alone."""
    return verb in inflections(base_form(verb), "VBZ")


_TOPIC = lazy_regex(r"^(?:talk|chat|speak)\s+(?:about|abt)\b", re.IGNORECASE)
"""Notes in the present ("talk about German job market"): what was discussed, not a task."""


_TASK_VERB = lazy_regex(rf"(?:{words_pattern('task_verbs')})\s+(?!(?:is|was|are|were|and|or|of)\b)\S",
                        re.IGNORECASE)


def opens_with_verb(text: str) -> bool:
    """An instruction ("rewrite the summary section") rather than a record ("talked about X").

    Not "don't take the job alone yet" or "never…": nobody is given a task not to do something, so it is advice.
    """
    if _TOPIC.match(text) or re.match(r"^(?:don'?t|do not|never|always)\b|^\w+\s*:|^\w+\s+\w+\s*:\s*(?:he|she|they)\s",
                                      text, re.IGNORECASE):
        return False  # ("pay: inspectors start at…": a word before a colon labels what follows; so do two before
        # what the mentor does, "cover crops: he uses cereal rye…")
    if _TOPIC_THEN_RULE.match(text):
        return False  # "read backs - always full callsign…": a topic and its rule, never a task (review 73)
    if _GERUND_TOPIC.match(text) and not _TASK_VERB.match(text):
        return False  # "fret levelling: tape the board, sand…": a technique under its name, never "Me: Fret…"
    # "get 2 letters of support - Helen suggested the Hive gallery": the task is before its note
    tags = tag(re.split(r"\s[-–—]\s", text, maxsplit=1)[0])
    if not tags or tags[0][0].lower() in _NOT_TASK_VERBS or not is_verb(tags[0][0]):
        return False
    if tags[0][0].lower() == "be" and len(tags) > 1 and (tags[1][1] in ("JJ", "JJR", "RBR") or tags[1][0] == "same"):
        return False  # "be same with everyone", "be patient": how to be, advice ("be at the depot by 8" is a task)
    # "call with the recruiter was fine": a later verb makes the first word the subject after all.
    # ("apply for the secondment when it opens": a verb inside a "when…" clause is no main verb)
    main = list(itertools.takewhile(lambda word: word[1] != "WRB" and word[0].lower() not in _SUBORDINATORS, tags[2:]))
    if len(tags) > 2 and tags[1][1] == "IN" and any(t in ("VBD", "VBZ") for _, t in main):
        return False
    second_tag = tags[1][1] if len(tags) > 1 else ""
    if _TASK_VERB.match(text) and not _REPORTS.search(text) and second_tag not in ("NN", "NNS", "TO", "VBZ", ":"):
        # "book PA exam for Oct", "email the clerk tmrw": the tagger reads nouns there (not "research statement…",
        # "visit to your farm", "book recommendation: …")
        return True
    if tags[0][1] in ("VB", "VBP"):
        return True
    # The tagger reads a line's first word as a noun more often than notes mean it: "check in with HR",
    # "email the slides". A base-form verb followed by a particle, article or pronoun is an instruction.
    first, follower = tags[0][0].lower(), tags[1] if len(tags) > 1 else ("", "")
    opens = follower[1] in _AFTER_AN_INSTRUCTION or follower[0].lower() in _PARTICLES
    # "book the safeguarding level 3 refresher": a gerund inside the object is no second verb
    return (tags[0][1] == "NN" and base_form(first) == first and opens
            and not any(t in ("VB", "VBD", "VBZ", "VBP", "MD") for _, t in tags[2:]))


_GERUND_TOPIC = lazy_regex(r"^[a-z]+\s+[a-z]+ing\s*:\s", re.IGNORECASE)
"""A noun and a gerund before a colon ("fret levelling:", "cold calling:"): a topic, though its first word can be a
verb (review 80); "start journaling: …" and "practise sight-reading: …" open with an instruction's verb."""
_TOLD_OF = lazy_regex(r"^[\w.'-]+(?:\s+[\w.'-]+)?\s+(?:\([^()]{0,40}\)\s+)?(?:also\s+)?(?:mentioned|talked about|"
                      r"spoke about|told me about|described|explained)\b", re.IGNORECASE)
"""What someone told of ("he mentioned a study group", "SOB (her initials) talked about AHPRA"): never a task."""
_TALK_NEXT = lazy_regex(r"(?:talk|chat|speak)\s+(?:about|abt|re:?|thru|through)\s|discuss\s|go\s+over\s",
                        re.IGNORECASE)
"""A talk typed after a date ("next wk: talk abt…"): a topic for that session, no one's task."""
NEXT_TIME_LABEL = lazy_regex(r"^next\s+(?:time|session|meeting|call|week)\s*[:\-–—]|"
                             # ("next time talk about teaching statement" thanked as what stuck, review 104)
                             r"^next\s+(?:time|session|meeting|call)\s+(?:we\s+)?(?:talk|discuss|look|go)\b",
                             re.IGNORECASE)
_ASKS_MYSELF = lazy_regex(r"^(?:should|do|did|am|could|would)\s+i\b", re.IGNORECASE)
_SAID_FIRST = lazy_regex(r"^(?:she|he|they|you)\s+(?:also\s+)?(?:said|says|thinks?|suggested|reckons)\b", re.IGNORECASE)
_HOW_THE_MEETING_WENT = lazy_regex(r"^\W*(?:a\s+|(?:it\s+)?was\s+a\s+)?(?:short|quick|brief)\s+"
                                   r"(?:one|session|call|chat)(?:\s+today)?\b"
                                   r"(?:[^.!?]*\b(?:in a rush|busy|late|had to go)\b)?[^.!?]*[.!?]*$",
                                   re.IGNORECASE)
"""A note to self about the meeting ("short one today she was in a rush"): no news for them, and read as a jab."""
_MAIN_POINT = lazy_regex(r"^\W*(?:the\s+)?(?:main|biggest)\s+(?:thing|point|takeaway)\s*[:\-–]", re.IGNORECASE)
_NEED_TO = lazy_regex(r"^(?:i\s+)?(?:need|have|got)\s+to\s+", re.IGNORECASE)
_TOPIC_LABEL = lazy_regex(r"^(?:topic|subject|context|background|agenda)\s*:", re.IGNORECASE)
_SUBORDINATORS = word_set("if once until till because after before unless while")
_NOT_TASK_VERBS = word_set("thank thanks love loved need feel think hope wish know guess believe like want am expect")
_AFTER_AN_INSTRUCTION = frozenset({"DT", "PRP", "PRP$", "RP"})
_PARTICLES = word_set("in into up out back over with")


def spell_out_day(when: str) -> str:
    """Every weekday in a time phrase spelled out, with its capital; any other word as written.

    "thurs 12/3 after work" -> "Thursday 12/3 after work", "by monday" -> "by Monday".
    """
    return " ".join(SHORT_DAY_NAMES.get(w.lower().rstrip("."), _FULL_DAYS.get(w.lower(), w)) for w in when.split())


_LATER_COMMITMENT = lazy_regex(
    # "…, she'll ask him" and a run-on's "… and she will connect me with Ben"
    # "… and hank will send me…": a name and its promise, as well as a pronoun
    r"(?:,\s+oh,?\s+and\s+|,\s+|\s+and\s+(?=(?:also\s+)?(?:he|she|they|i|we)\b|"
    r"(?!(?:it|this|that|there)\b)[a-z]+\s+(?:will|is going to)\s))"
    # "…, also we talked abt the conflict…": a new topic of its own
    r"(?=(?:also\s+|then\s+)?we\s+(?:also\s+)?(?:talked|discussed|spoke|chatted)\b|(?:he|she|they)['’]s\s+going\s+to\s|"
    r"(?:also\s+|and\s+)?(?:he|she|they|i|we)\s+(?:also\s+)?(?:will|is going to|are going to|am going to|"
    r"need to|must|have to|should|said|says|suggested|thinks|think)\s|(?:he|she|they|i)['’]ll\s|next time\b|"
    r"i['’]m going to\s|[a-z]+\s+(?:will|is going to)\s+"
    r"(?:send|call|email|ask|introduce|intro|share|check|lend|look)\s|"
    # "…, she send me her photographer contact": a present for a promise, as non-native notes write it
    r"(?:he|she)\s+(?:send|check|look|call|email|introduce|intro|share|ask|find|forward|review|book)\s|"
    # "…, she offered to lend me…": what she offered, apart
    r"(?:he|she)\s+(?:also\s+)?offer(?:s|ed)? to\s|"
    r"next (?:meeting|mtg|session)\b)",
    re.IGNORECASE,
)
"""A commitment added to a line after a comma: "he knows a planning officer, he'll ask him about it"."""


def _bare_heading(raw: str, after: list[str]) -> bool:
    """A short line with no verb, no bullet and no stop, over bulleted lines: "Grade exams", "Running the studio"."""
    following = next((line for line in after if line.strip()), "")
    words = raw.strip().split()
    if _BULLET.match(raw) or not _BULLET.match(following) or not 0 < len(words) <= 3 or raw.strip()[-1:] in ".!?":
        return False
    return not any(p.startswith(("VBD", "VBZ", "VBP", "MD")) for _, p in tag(raw.strip()))


_THANKS_WORD_FIRST = lazy_regex(r"^\W*(?:gracias|obrigad[oa]|merci|danke|grazie|asante|salamat|arigato|dank je|"
                                r"terima kasih|dhanyavaad|shukran|thanks|thank you|thx|ty)(?:\s+(?:so much|a lot|mucho|"
                                r"beaucoup))?\s*[!.]+\s*(?=\S)", re.IGNORECASE)
"""A thank-you typed before the notes, in any language ("gracias!! he explain me…"): feeling, never a takeaway."""
_THANKS_FIRST = lazy_regex(r"^(?:thank you|thanks|thx)\s+(?:so much\s+)?(?:for\s+)?(?:today|the session|your time)\b"
                           r"[^,]{0,40},\s*(?=\S+\s+\S+\s+\S+)", re.IGNORECASE)
"""A line that opens with thanks and goes on to the notes ("thank you for today it was very helpful, we…")."""


_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})
_ASIDE_LINE = lazy_regex(r"^(?:random|fyi|btw|misc|unrelated)\s*[:\-–]\s*(?=\S)", re.IGNORECASE)
"""A line marked as news in passing ("random: she's moving to Bristol"): for the takeaways."""
_NOT_FOR_TELLING = lazy_regex(r"\b(?:not telling anyone|don'?t tell anyone|keep (?:it|this) (?:quiet|private)|"
                              r"between us)\b", re.IGNORECASE)
"""A line the user keeps to themselves ("resigning in June?? not telling anyone yet"): never in the email."""
OWN_ASIDE_LINE = lazy_regex(r"^(?:aside|side note|personal|off topic|note to self|"
                            r"(?:q|question)s?\s+(?:for|to)\s+(?:myself|me|self))\s*[:\-–]|"
                            r"^q\s*:\s*(?=(?:should|do|am|can|could|would)\s+i\b)", re.IGNORECASE)
"""A line the user marked as their own aside ("aside: his dog just had puppies lol"): not for the email."""
_DEADLINE_AT_END = lazy_regex(rf"\bdeadline\s+(?:is\s+)?(?:on\s+)?(?:{DATE_PATTERN.pattern})\W*$", re.IGNORECASE)
"""A line that ends on its deadline ("application deadline is 30 may!!"): the date to act by."""
AWAY_LINE = lazy_regex(r"^(?P<who>[Hh]e|[Ss]he|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+"
                   r"(?:is\s+|'s\s+|will be\s+)?(?:on leave|away|on holiday|on vacation|"
                   r"out of office|ooo|off)\b(?!\s+(?:to|the|my|his|her)\b)")
"""Someone's time off ("AH on leave 20 dec - 6 jan", "Sam away in March"): news, never a task."""
_CADENCE = lazy_regex(r"^(?:we(?:'ll|\s+will)?\s+)?(?:meet|talk|call)\s+(?:up\s+)?(?:monthly|weekly|fortnightly|"
                      r"every\s+(?:week|month|\w+\s+weeks|other\s+week|fortnight)|once\s+a\s+(?:week|month))\b",
                      re.IGNORECASE)
"""How often the sessions will be ("meet monthly, 45 min, teams"): agreed between them, nobody's task."""


def _someone_else(who: str, mentor: str, me: str) -> bool:
    """Whether ``who`` is neither the mentor nor, by initials only, someone the mentor would know is them."""
    if _owner_for(who, mentor, me) == mentor_label(mentor) or who.lower() in ("he", "she"):
        return False
    return not (who.isupper() and len(who) in (2, 3))  # "AH on leave": the initials the notes use for the mentor


AGREED_TO_MENTOR = lazy_regex(r"^\W*(?:she|he|they|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)\s+(?:has\s+)?"
                              r"(?:agreed|said yes)\s+to\s+(?P<x>(?:mentor|supervise|coach|sponsor|"
                              r"be my\s+(?:mentor|supervisor|sponsor))\b.*?)\W*$", re.IGNORECASE)
"""The mentor's yes to mentoring itself ("she agreed to mentor me for ARA"): news, no task."""
FYI_AT_END = lazy_regex(r"\bfyi\W*$", re.IGNORECASE)
"""A line that ends "fyi" ("FA on leave 1-20 aug fyi"): information noted, never a task."""
_ACTION_MARK = lazy_regex(r"^\s*(?:[-*•]\s*)?(?:action|todo|to-do|ai)\s*[:\-–]\s*\S", re.IGNORECASE)
"""A line marked as an action ("Action: me to send…", "TODO: …")."""


_MY_TASK_LABEL = lazy_regex(r"^\s*(?:[-*•]\s*)?(?:me|myself)\s*(?::|\s[-–—])\s*\S", re.IGNORECASE)
"""A task labelled as the user's own: "- me: update CV by next fri", "me - find course price"."""
_ERRAND = lazy_regex(rf"(?:{words_pattern('errand_verbs')})\s+\S", re.IGNORECASE)
_ADVICE_FIRST = frozenset({"always", "never", "don't", "dont", "avoid"})
"""First words that make a line after someone's label their advice, never their task."""
_ADVICE_OPENER = lazy_regex(rf"(?:{'|'.join(sorted(map(re.escape, _ADVICE_FIRST)))})\b", re.IGNORECASE)
_TOPIC_THEN_RULE = lazy_regex(rf"^\w+(?:\s+\w+){{0,2}}\s*(?:\s[-–—]|:)\s*(?:{_ADVICE_OPENER.pattern}|do not\b)",
                              re.IGNORECASE)
"""A short topic, then a rule about it ("read backs - always full callsign, never shortened…")."""


_OFFERED_TO = lazy_regex(r"^(?:offered|offers|promised|agreed)\s+to\s+", re.IGNORECASE)
"""The mentor's offer after their label ("him: offered to read my case"): the task is what follows."""


def _advice_by_label(line: str, mentor: str, me: str, marks_actions: bool = True,
                     labels_mine: bool = False) -> str | None:
    """"Brennan: keep to 3 slides max" as what the mentor said ("Brennan said keep to 3 slides max"), or None.

    A statement after the mentor's label ("JB - our theory of change is fuzzy") is always what they said; an
    instruction to the user ("always…", "keep to…") only in notes that mark their actions some other way.
    Beside the user's own labelled tasks ("me: update CV"), an errand after the mentor's label ("F: email
    Dale") is the mentor's task, as the labels run in parallel.
    """
    labelled = _NAME_COLON.match(_BULLET.sub("", line))
    if not labelled or _TAKEAWAY_PREFIX.match(_BULLET.sub("", line)):
        return None  # ("Takeaway: always check the dates…" is the user's label, never "Takeaway said…", review 97)
    rest = labelled.group("rest")
    first = rest.split(" ", 1)[0].lower()
    if not is_person(labelled.group("name"), mentor, me):
        # "Ruth: don't lead with the will" from someone else the user names: what Ruth said
        named = re.fullmatch(r"(?-i:[A-Z])[a-z]+", labelled.group("name"))
        return f"{labelled.group('name')} said {rest}" if _ADVICE_OPENER.match(rest) and named else None
    if labelled.group("name").lower() in ("me", "both") or _owner_for(labelled.group("name"), mentor, me) == ME:
        return None
    # ("Jo: ask for the raise in writing first": asking for something is the user's to do, never Jo's errand)
    errand = _ERRAND.match(rest) and not re.match(r"ask\s+(?:for|about)\b", rest, re.IGNORECASE)
    if _OFFERED_TO.match(rest) or (labels_mine and errand):
        return None  # "him: offered to read my case for support": their offer, for the task readers
    tagged = tag(rest)
    # "bid is too long": a bare verb's look-alike with a verb after it is the subject, not an instruction
    instruction = first in ("always", "never", "don't", "dont", "do", "try") or (
        is_verb(first) and base_form(first) == first and not (len(tagged) > 1 and tagged[1][1] in _FINITE))
    # "TMS experience matters more than cert": a noun and its verb, whatever the tagger made of "matters"
    finite = any(t in _FINITE or (t == "NNS" and tagged[i][0].lower().endswith("s") and tagged[i - 1][1] == "NN"
                                  and bool(verb_lemmas(tagged[i][0].lower())) and i + 1 < len(tagged)
                                  and tagged[i + 1][1] in ("JJR", "RBR", "IN", "DT", "RB"))
                 for i, (_, t) in enumerate(tagged[1:6], start=1))
    if not instruction and finite:
        return f"{labelled.group('name')} said {rest}"  # "JB - our theory of change is fuzzy": a remark, not a task
    if first in _ADVICE_FIRST:  # "Ruth: don't lead with the will": advice, always
        return f"{labelled.group('name')} said {rest}"
    if instruction and not _only_they_can(rest):  # "HB: get the CPC cert": what HB told the user to do
        return f"{labelled.group('name')} said {rest}"
    if not instruction and not _only_they_can(rest):
        # "M: recommended the BASW workshop" is what M did; "JP: our project desc too long" what JP said
        reported = first in _REPORTING or (tagged[0][1] in ("VBD", "VBZ") and first.endswith(("ed", "s")))
        return f"{labelled.group('name')} {rest}" if reported else f"{labelled.group('name')} said {rest}"
    return f"{labelled.group('name')} said {rest}" if instruction and marks_actions else None


_GIVING = word_set("send forward share lend intro introduce connect review read proofread pass show set arrange "
                  "organise organize")
_PROMISED = word_set("will to 'll would can")
"""Verbs of what the mentor does for the user ("HB: send me the list"): a task of theirs after their label."""


def _only_they_can(instruction: str) -> bool:
    """Whether an instruction after the mentor's label is a task of theirs rather than advice to the user.

    Something given to the user ("send…", "intro…", "read draft v2") or done to them ("call me") is theirs;
    "get the CPC cert" or "apply to 5-6 max" is what they told the user to do.
    """
    words = instruction.lower().split()
    if not words or _WITH_THEM.match(instruction):  # "R: shadow him": the user's task, found by parse_action
        return True
    # ("him: sit in on my thurs pm surgery": done to the user's own work, review 76)
    return words[0] in _GIVING or words[0] in _PROMISED or (len(words) > 1 and words[1] == "me") or (
        _ON_MY_WORK.match(instruction) is not None)


_ON_MY_WORK = lazy_regex(r"(?:sit\s+in\s+on|observe|watch|come\s+to|visit|check\s+in\s+on)\s+(?:one\s+of\s+)?my\b",
                         re.IGNORECASE)
"""Something done to the user's own work ("sit in on my surgery", "observe my lesson"): only they can do it."""


def note_lines(notes: str) -> list[str]:
    """The lines of notes as they are read: a line per sentence and per added commitment, the title left out."""
    lines = [line for line in _commitments_apart(normalise(notes)).splitlines() if line.strip()]
    lines = lines[1:] if lines and is_title_line(lines[0]) else lines
    # "felt really heard today", "good call w/ sandra today.": how it felt, for the user; "great chat today hank
    # looked at…": what happened, without how it felt
    bare = [_BULLET.sub("", line).strip() for line in lines]
    kept = [_without_pleasantries(line) for line in bare if not _FELT.match(line)]
    return [line for line in kept if line.strip(" .!")]


def _without_pleasantries(line: str) -> str:
    """A line without how the session felt ("great chat!!") or the thanks it opens with ("thank you for today, …")."""
    return _NOTHING_MORE.sub("", _THANKS_FIRST.sub("", _PLEASANTRY.sub("", _THANKS_WORD_FIRST.sub("", line))))


_NO_TASK_FOR = lazy_regex(r"^[^:\s]+(?:\s[^:\s]+)?\s*:\s*(?:nothing|none|n/?a|no actions?|nil)\b[\s,;.!-]*"
                          r"(?P<rest>.*)$", re.IGNORECASE)
"""An owner's label with no task after it ("KW: nothing, he say…", "me: none"): what follows is all the line says."""
_NOTHING_MORE = lazy_regex(r"(?:^|(?<=[.!?])\s+)(?:that'?s|thats|that is)\s+(?:it|all)(?:\s+really)?\W*$"
                           r"|^(?:nothing else|end(?: of notes)?)\W*$", re.IGNORECASE)
"""The notes' own "thats it" at the end: a note to self, never a takeaway ("- That's it." read as dismissive)."""


def names_next_meeting(line: str) -> bool:
    """Whether a line of notes names the next meeting ("next mtg early april")."""
    return bool(_NEXT_MEETING.search(line))


def _commitments_apart(notes: str) -> str:
    """Each commitment on its own line, so the task is an action item and the rest a takeaway.

    Only when both halves can stand alone: "it's fine, I'll send it" keeps "it" next to what it means.
    """
    # "S: normal. prep a one page Q&A": what to do is the point, the one-word verdict before it goes
    lines = [piece for typed in notes.splitlines() for line in _talk_apart_from_their_task(typed)
             for piece in _owned_pieces(_topic_after_their_task(line))]
    return "\n".join(_elliptical_kept_with_what_it_answers(_split_at_commitments(_BARE_VERDICT.sub(r"\g<label>", line)))
                     for line in lines)


_THEIR_TASK_TO_THE_END = r"(?P<task>(?:he|she|they)\s*(?:will|'ll|’ll|is going to)\s+[^.;]+?)\s*[.!]?\s*$"
"""The mentor's promise that ends a note line ("he will send name of his broker")."""
_TOPIC_THEN_THEIR_TASK = lazy_regex(r"^(?P<lead>\W*(?-i:[A-Z])[A-Za-z]{0,11}\s*:\s*)(?!next\b)"
                                    r"(?P<topic>[a-z][^,;:.]{2,30}?),\s+" + _THEIR_TASK_TO_THE_END, re.IGNORECASE)


_TOPIC_COLON_THEIR_TASK = lazy_regex(r"^(?P<lead>\W*)(?P<topic>(?:my|our)\s+[^,;:.]{2,40}?):\s+"
                                     + _THEIR_TASK_TO_THE_END, re.IGNORECASE)
"""A topic, a colon and the mentor's task on it ("my audit on VTE prophylaxis: she'll look at the draft by fri")."""


_TOPIC_THEN_SAID = lazy_regex(r"^\W*(?:\d{1,2}[.)]\s*)?[a-z][^:;]{2,40}:\s+(?:[A-Z]{2,3}|he|she|they)\s+"
                              r"(?:said|says|thinks|suggested|recommended)\b")
_LABEL_INSIDE = lazy_regex(r"^(?P<lead>\W*(?:\d{1,2}[.)]\s*)?)(?P<topic>[a-z][^-–—:;]{2,40}?)\s+[-–—]\s+"
                           r"(?P<who>[A-Z]{2,3}):\s+(?P<said>\S.*)$")
"""A topic, then the mentor's initials labelling what they said on it ("restructure consultation - FOA: tell…")."""


def _their_label_inside(line: str, mentor: str) -> str:
    """"restructure consultation - FOA: tell the managers…" as "restructure consultation: tell the managers…".

    Read with its label inside, the mentor's advice was filed as the user's task, "you:" and all (review 90).
    """
    found = _LABEL_INSIDE.match(line)
    if not found or not are_mentors_initials(found["who"], mentor):
        return line
    return f"{found['lead']}{found['topic']}: {found['who']} said {found['said']}"


_TALK_THEN_THEIR_TASK = lazy_regex(r"^(?P<talk>\W*(?:we\s+)?(?:also\s+)?(?:discussed|talked\s+(?:about|abt)|chatted\s+"
                                   r"(?:about|abt)|went\s+over|covered)\s+[^;]{2,80}?)\s*(?:,|\s[-–—]+)\s+"
                                   + _THEIR_TASK_TO_THE_END, re.IGNORECASE)
"""What was talked about, then the mentor's promise ("discussed moving to docs-as-code - she'll send me her…")."""


def _talk_apart_from_their_task(line: str) -> list[str]:
    """The talk and the mentor's promise after it, a line each: the promise is an action item (review 94)."""
    found = _TALK_THEN_THEIR_TASK.match(line)
    return [found["talk"], found["task"]] if found else [line]


def _topic_after_their_task(line: str) -> str:
    """"BB: insurance for drone, he will send name of his broker" with the topic after the task, in brackets.

    Apart, the topic was said back as "You said insurance for drone." (review 87); "my audit on VTE prophylaxis:
    she'll look at the draft by fri" was filed as the user's task (review 90).
    """
    found = _TOPIC_THEN_THEIR_TASK.match(line) or _TOPIC_COLON_THEIR_TASK.match(line)
    if not found or any(t.startswith(("VB", "MD")) for _, t in tag(found["topic"])):
        return line
    bullet = re.match(r"^\s*(?:[-*•]\s*)?", line)
    return f"{bullet.group(0) if bullet else ''}{found['task']} ({found['topic']})"  # its "he" says whose it is


_ELLIPTICAL = lazy_regex(r"^(?:she|he|they|[A-Z]\w*)\s+(?:said|says|say)\s+(?:don'?t|do not|not)\s+"
                         r"(?:until|till|unless|before|yet|now|for now)\b", re.IGNORECASE)
"""Advice that leans on what came before ("she said dont until funding confirmed"): never a line alone."""


def _elliptical_kept_with_what_it_answers(split: str) -> str:
    """Pieces of one note line with elliptical advice joined back to the piece it answers."""
    pieces = split.split("\n")
    kept = pieces[:1]
    for piece in pieces[1:]:
        if _ELLIPTICAL.match(piece.strip()):
            kept[-1] = f"{kept[-1]}, {piece.strip()}"
        else:
            kept.append(piece)
    return "\n".join(kept)


_OWNED_PIECE = lazy_regex(r";\s+(?=(?:me|myself|[A-Z]{1,3}|[A-Z][a-z]+)\s*(?::|\s[-–—]|\s*(?:->|→|=>))\s+\S"
                          r"|(?:[A-Z]{1,3}|[A-Z][a-z]+)\s+(?:to|will)\s+[a-z])"
                          r"|,\s+(?=(?:me|[A-Z]{1,3})\s*:\s+[a-z])"
                          r"|,\s+(?=[A-Z]{1,3}\s+to\s+(?:send|share|intro|introduce|email|check|ask|look|review|forward|"
                          r"find|call|book|read)\b)")
"""A "; " before the next owner's task: "action: me - set up buddy check by monday; M - send me her template",
"…; H to intro me to…", "…; me -> pull overtime data…" (review 96);
a ", " before an initial's label ("apply to 3 jobs, O: review CV") or its errand
("me - practice whiteboard challenge, H to send me 3 practice prompts", review 58)."""


def _owned_pieces(line: str) -> list[str]:
    """A line of several owners' tasks, one task per line, each keeping the line's mark ("action:", a bullet)."""
    pieces = _OWNED_PIECE.split(line)
    if len(pieces) == 1:
        return pieces
    mark = re.match(r"^\s*(?:[-*•]\s*)?(?:(?:actions?|todo|to-do)\s*:\s*)?", pieces[0])
    lead = mark.group(0) if mark else ""
    # "; Jo - share her template; consider hiring a bookkeeper": the owner's task ends at the next "; "
    owned = [(f"{lead}{task}", rest) for task, _, rest in (piece.partition("; ") for piece in pieces[1:])]
    return [pieces[0], *(line for task, rest in owned for line in (task, rest) if line)]


_FULL_STOP = lazy_regex(rf"{ABBREVIATIONS}(?:(?<=\.)\s+|(?<=!)\s+(?!\())")  # "…in march!!! i gotta send…": two lines


_THEN_NEED = lazy_regex(r",\s+(?=need to\s)", re.IGNORECASE)
_THEN_DATED_STEP = lazy_regex(r",\s+(?=(?P<verb>[a-z]+)\s[^,;]*\b(?:by|before)\s+(?:\d|the\s+\d|mon|tue|wed|thu|fri|"
                              r"sat|sun|next|end|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)", re.IGNORECASE)
"""A comma, then a step with its deadline ("…, apply for travel grant by 15 jan")."""
_THEY_COMMIT = lazy_regex(r"\b(?:offered to|will)\b|['’]ll\b", re.IGNORECASE)
_THEY_SAID = lazy_regex(r"^\W*(?:she|he|they)\s+(?:said|says|mentioned|told me|thinks|thought|suggested|reckons)\b",
                        re.IGNORECASE)
"""A line that reports what the mentor said ("she mentioned the trust pays for some of it, need to check…")."""


_NEXT_TIME_TOPIC = lazy_regex(r"^\W*next\s+(?:time|session|meeting|mtg)\b"
                              r"(?!\s*(?:[:\-–—]\s*)?(?:we|i|she|he|they|you|u)\b)"
                              r"(?![^.;]*\b(?:bring|send|show|prepare|print|by|before)\b)", re.IGNORECASE)
"""What the next meeting is to look at ("next time check on trial results"): no one's task yet."""
VERDICT_ON_MINE = lazy_regex(r"^\W*(?:she|he|they)\s+(?:also\s+)?(?:said|says|thinks|thought|mentioned|told me)\s+"
                              r"(?:that\s+)?(?:my|our)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:is|are|was|were|looks?|seems?)\b"
                              r"(?![^.;]*\b(?:will|'ll|going to|should|must|need to|have to)\b)", re.IGNORECASE)
"""What the mentor thinks of the user's work ("she also said my timing is good, vocabulary too literary"): a point
to take away, never a task, even under "to do:" ("**Me:** You also said my timing is good…", review 105)."""


_EXAMPLES_OF_IT = lazy_regex(r"^(?:esp|especially|e\.?g\.?|incl\.?|including|mainly|mostly|particularly)\b"
                             r"|^deadline\s+(?:is\s+)?\S+(?:\s+\S+)?\W*$", re.IGNORECASE)
"""A sentence that only goes on from the one before: examples of it ("esp small stuff"), or its deadline."""


_WHEN_ONLY = lazy_regex(r"(?:start|begin)(?:\s+(?:it|them))?\s+"
                        r"(?:by|before|this|next|on|until|asap|today|tomorrow)\b.*", re.IGNORECASE)
"""A start and its time alone ("keep a brag doc. start this wk!!"): it goes with what is to be started."""


THANKS_WORD = r"(?:thank\s+you|thanks|thank\s+u|thx|cheers|ta)"
"""The words of thanks people type, one pattern for every reader of the user's own thanks."""
THANKS_HOW_MUCH = r"(?:so\s+much\s+|again\s+|a\s+lot\s+|a\s+ton\s+)?"
THANKED_FOR = rf"^\W*{THANKS_WORD}\s+{THANKS_HOW_MUCH}(?:for|4)\b"
"""The start of the user's own thanks for something ("thank u for the tour…", "thx so much 4 the intro")."""
_THANKED_FOR = lazy_regex(THANKED_FOR, re.IGNORECASE)
_TOOK_FROM_IT = lazy_regex(r"(?:i\s+)?(?:learnt|learned|picked up)\s+(?:so much|a lot|loads|tons|heaps)\b",
                           re.IGNORECASE)
"""What the user took from it, typed with its "I" dropped ("learnt so much about colour matching")."""
_THE_REST = lazy_regex(r"(?:the\s+)?(?:rest|everything else|all else|the others)\s+(?:is|are|=)\s[^.?!]{0,25}[.!]*",
                       re.IGNORECASE)
"""What the point leaves aside, after it ("focus on 4 lines only: sales, wages, shrink, waste. rest is noise"): one
point with it, never "- Rest is noise." on its own (review 67)."""


def _examples_joined(sentences: list[str]) -> list[str]:
    """"…overflow jobs she cant take!! esp small stuff like taps": the examples go with what they are of."""
    return joined_when(sentences, _goes_with_the_last,
                       lambda last, sentence: f"{last.rstrip().rstrip('.!')}, {sentence.strip()}")


def _goes_with_the_last(last: str, sentence: str) -> bool:
    """Whether ``sentence`` only adds to the one before: its examples, options, when to start, what it leaves aside.

    ("pick ONE niche. restaurants? churches? I said churches": the options go with the advice too; "thank u for the
    tour of the print shop!! learnt so much about colour matching": what the user took from what they thank for.)
    """
    said = sentence.strip()
    return bool(_EXAMPLES_OF_IT.match(said) or re.fullmatch(r"(?:\w+\s+){0,2}\w+\?+", said)
                or re.match(r"\w+\?", said) or _WHEN_ONLY.fullmatch(said) or _THE_REST.fullmatch(said)
                or (_THANKED_FOR.match(last.strip()) and _TOOK_FROM_IT.match(said)))


def _interjections_joined(sentences: list[str]) -> list[str]:
    """"her: no! domain knowledge is the advantage": a lone "no!" goes with what it answers with."""
    return joined_when(
        sentences,
        lambda last, _: bool(_INTERJECTION.fullmatch(last.strip())),
        lambda last, sentence: f"{last.rstrip()} {sentence.lstrip()}",
    )


_INTERJECTION = lazy_regex(r"(?:[\w\s]*:\s*)?(?:no|yes|exactly|nope|yep|true)\W*", re.IGNORECASE)


_THEIR_PROMISE = lazy_regex(r"^(?:she|he|they)(?:['’]ll|\s+will|\s+can)\s+\S", re.IGNORECASE)
_MY_PART = lazy_regex(r"\s+[-–—]\s+(?P<mine>[a-z]+\s[^-–—]*\b(?:w/|with|to|for)\s+(?:him|her|them)\b[^-–—]*)$",
                      re.IGNORECASE)
_THEIR_PART = lazy_regex(r"\s*(?::|\s[-–—]|\s->)\s+(?P<theirs>(?:she|he|they)(?:['’]ll|\s+will)\s+.+)$", re.IGNORECASE)


def _owners_apart(line: str) -> list[str]:
    """A line of two people's tasks as two lines, mine labelled, or [] when it is not one.

    "he'll let me use the kitchen mon nights - confirm dates w/ him": his offer, then my errand with him;
    "look at the grant -> she'll email me the link": my errand, then her promise.
    """
    text = _BULLET.sub("", line).strip()
    mine = _MY_PART.search(text)
    if mine and _THEIR_PROMISE.match(text) and _imperative(mine.group("mine")):
        return [text[: mine.start()], f"me: {mine.group('mine')}"]
    theirs = _THEIR_PART.search(text)
    # (not "talk to Kristen - she'll email intro": a promise that short says how, and stays with the errand)
    if theirs and _imperative(text[: theirs.start()]) and min(len(text[: theirs.start()].split()),
                                                               len(theirs.group("theirs").split())) >= 4:
        return [f"me: {text[: theirs.start()]}", theirs.group("theirs")]
    return []


def _imperative(text: str) -> bool:
    """Whether ``text`` opens with a verb in its base form that can set a task ("confirm dates…", not "thank…")."""
    head = text.split(" ", 1)[0].lower()
    return is_verb(head) and base_form(head) == head and head not in _NOT_TASK_VERBS


_I_OWE = lazy_regex(r"^(?P<mark>\s*(?:[-*•]\s*)?)(?:i|me)\s+owe\s+(?:her|him|them|you)\s*[:\-–]\s*(?=\S)", re.I)
# ("K owes me intro to her old manager": an initial, and no colon, say it too)
_THEY_OWE = lazy_regex(r"^(?P<mark>\s*(?:[-*•]\s*)?)(?:she|he|they|(?-i:[A-Z]))\s+owes?\s+me\s*(?:[:\-–]\s*|\s(?=\S))"
                       r"(?P<rest>\S.*)$", re.I)


def _debts_as_labels(line: str) -> list[str]:
    """"i owe her: weekly log" as "me: weekly log", and "she owes me: pdf, intro to X" as the mentor's, a line each."""
    mine = _I_OWE.match(line)
    if mine:
        return [f"{mine['mark']}me: {line[mine.end():]}"]
    theirs = _THEY_OWE.match(line)
    if not theirs:
        return []
    items = [i.strip() for i in re.split(r",\s+(?![^()]*\))|\s+(?:and|\+)\s+(?![^()]*\))", theirs["rest"]) if i.strip()]
    # (marked: a thing owed is a task; "intro to X" owed is to introduce me to X)
    items = [re.sub(r"^(?:an?\s+)?intro(?:duction)?\s+to\b", "introduce me to", i, flags=re.I) for i in items]
    return [f"{theirs['mark']}TODO Mentor: {item}" for item in items]


_THEN_MY_PLAN = lazy_regex(r",\s+(?=(?:i(?:'m|\s+am)?\s+)?(?:gonna|going\s+to)\s+[a-z])", re.IGNORECASE)
"""A comma, then the user's own plan with its "I" dropped ("…, gonna set up my rates page this week")."""
_INLINE_NUMBER = lazy_regex(r"^\s*\d{1,2}\)\s+(?=\S)")


_LIKED_AFTER = lazy_regex(r",\s+(?:and\s+)?(?:i\s+)?(?=(?:(?:especially|esp\.?|really|also|particularly)\s+)?"
                          r"(?:liked|loved|enjoyed|appreciated)\s+\w)", re.IGNORECASE)
"""What the user liked, told after another note on the same line (review 93: "…, especially liked her point about…")."""


def _split_at_commitments(line: str) -> str:
    # Notes typed as one paragraph ("went thru my folder. dale says X. i'll finish Y by sun"): a line each
    # (at full stops only: "maybe look into it? not sure" is one idea and its doubt)
    # not at "the R. family", nor inside brackets ("(she sent it already in chat!! v useful)")
    # ("cheers for the coffee and the chat…, gonna set up my rates page this week": the user's plan is its own line)
    planned = _THEN_MY_PLAN.search(line)
    if planned and THANKS_NOTE.match(line.strip()):
        return "\n".join(_split_at_commitments(part) for part in (line[: planned.start()], line[planned.end():]))
    pieces = [released_stops(s) for s in rejoined(_FULL_STOP.split(held_stops(line))) if s.strip()]
    if len(pieces) > 1:  # "…robustness checks. 3) he'll email prof. Keller…": each numbered item is a line
        pieces = [_INLINE_NUMBER.sub("", piece) for piece in pieces]
    sentences = _examples_joined(_interjections_joined(pieces))
    if len(sentences) > 1:
        return "\n".join(_split_at_commitments(s) for s in sentences)
    liked = _LIKED_AFTER.search(line)
    if liked:  # "NE to send me the Hallam reference, especially liked her point about…": her task, then my takeaway
        return f"{line[: liked.start()]}\n{_split_at_commitments('I ' + line[liked.end():])}"
    debts = _debts_as_labels(line)
    if debts:  # "she owes me: strength pdf, intro to club secretary": her tasks, one a line
        return "\n".join(debts)
    owners_apart = _owners_apart(line)
    if owners_apart:
        return "\n".join(_split_at_commitments(part) for part in owners_apart)
    offer_then_need = _THEN_NEED.search(line)
    # "he offered to let me shadow him…, need to email his PA to set up": what the user must do about it
    # ("she mentioned the trust pays for some of it, need to check w learning & dev": so is what they said)
    if offer_then_need and (_THEY_COMMIT.search(line[: offer_then_need.start()]) or _THEY_SAID.match(line)):
        return f"{line[: offer_then_need.start()]}\n{_split_at_commitments(line[offer_then_need.end():])}"
    dated_step = _THEN_DATED_STEP.search(line) if _THEY_SAID.match(_BULLET.sub("", line)) else None
    if dated_step and is_bare_verb(dated_step["verb"].lower()):
        # "she thinks conference in Lisbon worth it, apply for travel grant by 15 jan": what she thinks, then the
        # user's dated step (was "Me: You think conference in Lisbon worth it, apply…", session 63 reading)
        return f"{line[: dated_step.start()]}\n{line[dated_step.start():].lstrip(', ')}"
    doings = _theirs_one_by_one(line)
    if doings:  # "she helped me w/ the deck, said my slide was confusing (…), told me to go to…": one a line
        return "\n".join(_split_at_commitments(doing) for doing in doings)
    promise = _FIRST_PERSON.match(_BULLET.sub("", line))
    report = _LATER_REPORT.search(line) if promise else None
    if report:  # "I must to write my notes more clear, she showed me an example": my task, then what she did
        return f"{line[: report.start()]}\n{_split_at_commitments(line[report.end():])}"
    parts = _LATER_COMMITMENT.split(line)
    if len(parts) == 2 and _NEXT_MEETING.search(_BULLET.sub("", parts[0])) and _ARRANGED.match(parts[1]):
        return line  # "next time 2 weeks, she will text me": who arranges the meeting stays with it
    named = _NAMES_THE_POINT.match(parts[1]) if len(parts) == 2 else None
    if named and not any(t.startswith(("VB", "MD")) for _, t in tag(parts[1][named.end("said"):])):
        return line  # "yr 7s need more playing less theory, he said 70/30 rule": the name of the point before it
    if len(parts) == 2 and _TOPIC_ONLY.match(parts[0]) and _SAID_BARE.match(parts[1]):
        return line  # "also talk abt the MSc, he think I should wait 1 year": the topic, then their view of it
    joined = _who_they_know(parts)
    if len(joined) == 1 < len(parts):
        return joined[0]  # "she know a landlord…, she will ask him…": one task
    parts = joined
    if len(parts) > 1 and all(len(part.split()) >= 4 for part in parts):
        kept: list[str] = []
        for part in parts:  # "went thru my portfolio, he said cut it to 20": "it" needs what came before
            commitment = bool(kept) and bool(_FIRST_PERSON.match(kept[-1]) or re.search(r"['’]ll\b", kept[-1]))
            # "…on the 19th, I said I'd go", "…, I'll apply by end of month": no task without what came before
            rest = _DUE.sub("", _FIRST_PERSON.sub("", part)).split()
            # "…, ill do it by wed": a task that is only "do it" needs what came before
            # "…, i need to check when": a task whose object is a question word needs what came before too
            too_short = len(rest) < 2 or (len(rest) == 2 and rest[1].lower() in (
                "it", "that", "this", "them", "when", "what", "how", "where", "which", "whether", "if", "why",
                "dates", "details", "times", "prices", "costs", "availability", "now", "soon", "asap", "early",
                "today"))  # "…, I have to check dates", "…, I must start now"
            advised = _ADVISED_TO.search(kept[-1]) if kept and too_short and _FIRST_PERSON.match(part) else None
            unsaid = _RAISED_WITHOUT_WHAT.match(part) if kept else None
            paid_for = _PAYS_FOR_WHAT.search(part) if kept else None
            if paid_for:  # ("cert for rope access lvl 2 -> worth it, he'll ask his co if they pay" gave "Ask your
                # company if they pay", review 108): what they would pay for, the topic before
                topic = re.split(r"\s*(?:->|→|:|\s[-–—])\s*", kept[-1].strip(), maxsplit=1)[0]
                kept.append(f"{part.rstrip(' .')} ({topic})")
            elif unsaid:  # ("caseload 22 is too high, she'll raise at team mtg": "Raise at team meeting", review 107)
                kept.append(f"{part[: unsaid.end('verb')]} it{part[unsaid.end('verb'):]} ({kept[-1].strip()})")
            elif advised:  # "she thinks I should go for the deputy role, I'll apply by end of month": that is the task
                due = _DUE.search(part)
                task = f"I'll {advised.group('vp')}{due.group(0) if due else ''}"
                if advised.group("asked"):  # "he asked me to look over his slides": the task says it all
                    kept[-1] = task
                else:
                    kept.append(task)
            # ("…about the written answers and I should get someone to read mine": "mine" is what came before)
            elif kept and (too_short or _DANGLING_QUESTION_WORD.search(part)
                           or (_LEANS_BACK.match(part) and not commitment) or _GOES_WITHOUT_SAYING.search(part)
                           or re.search(r"\bmine\b", part, re.IGNORECASE)
                           or (_NOT_ANYMORE.search(kept[-1]) and _I_SHOULD.match(part.strip()))):
                # ("i should not do the lifting myself anymore, …, i should supervise": what to do instead, review 99)
                kept[-1] = f"{kept[-1]}, {part}"
            else:
                kept.append(part)
        return "\n".join(kept)
    apart = _MY_DATED_TASK_THEN_ANOTHER.match(_BULLET.sub("", line))
    # (only when the second task has its own time: in "rewrite it by fri, send to her" the date is for both)
    if apart and opens_with_verb(apart["rest"]) and _OWN_TIME.search(apart["rest"]):
        # "me - update CV by sunday, apply to 3 roles before next session": two tasks, and Sunday is the first's
        return f"{apart['first']}\n{apart['label']}{apart['rest']}"
    return _task_after_comma(line)


_PAYS_FOR_WHAT = lazy_regex(r"\bif\s+(?:they|it|the\s+\w+)(?:['’]ll|\s+will|\s+would|\s+can)?\s+"
                            r"(?:pay|cover|fund|sponsor)s?"
                            r"(?:\s+for\s+it)?\W*$", re.IGNORECASE)
"""A promise to ask whether someone pays, with nothing said of what for ("he'll ask his co if they pay")."""
_RAISED_WITHOUT_WHAT = lazy_regex(r"^\s*(?:and\s+)?(?:also\s+)?[^\W\d_]+(?:['’]ll|\s+will|\s+to)\s+(?:also\s+)?"
                                  r"(?P<verb>raise|flag|mention|escalate|table|bring up|push|chase)"
                                  r"(?=\s+(?:at|in|with|to|on|during|w/)\b)", re.IGNORECASE)
"""A promise to raise something with no object ("she'll raise at team mtg"): what, the clause before it."""
_NOT_ANYMORE = lazy_regex(r"\bi\s+(?:should\s+not|shouldn['’]?t|shd\s+not|should\s+stop)\b[^,]*\b(?:anymore|any\s+more|"
                          r"no\s+longer)\b", re.IGNORECASE)
"""Advice to stop doing something, which what to do instead goes with."""
_DANGLING_QUESTION_WORD = lazy_regex(r"\b(?:when|if|whether|what|how|where)\W*$", re.IGNORECASE)
"""A promise that ends on its question word ("…, he'll tell me when"): what it asks about came before it."""
_OWN_TIME = lazy_regex(rf"\b(?:{DATE_PATTERN.pattern})|\b(?:before|by|until|after)\s+(?:the\s+)?next\s+\w+"
                       rf"|\b(?:in|within)\s+{SPAN_OF_TIME}", re.IGNORECASE)
_MY_DATED_TASK_THEN_ANOTHER = lazy_regex(
    r"^(?P<first>(?P<label>(?:me|i)\s*(?::|->|[-–—])\s*|(?:i\s+(?:will|need to|must|have to|should)|i['’]ll)\s+)"
    rf"\S.*?\b(?:by|before|on|until|till)\s+(?:{DATE_PATTERN.pattern}))\s*,\s+(?P<rest>[a-z]\S*\s+\S.*)$",
    re.IGNORECASE)


def _who_they_know(parts: list[str]) -> list[str]:
    """"she know a landlord in Moseley", "she will ask him about the shop": one task, with who "him" is."""
    someone = pronoun_pattern("him", "them", "her")  # "he knows the supervisor, he'll ask her…": her is the one known
    for index in range(len(parts) - 1):
        known = _KNOWS_SOMEONE.search(_BULLET.sub("", parts[index]).strip())
        in_touch = re.search(r"\bin touch\b(?!\s+with\b)", parts[index + 1], re.IGNORECASE)
        if known and (re.search(someone, parts[index + 1]) or in_touch):
            # "she knows the lead for the apprenticeships, she will put me in touch": in touch with the one known
            then = parts[index + 1]
            task = re.sub(someone, f"the {known.group('who')}", then, count=1) if not in_touch else (
                f"{then[: in_touch.end()]} with the {known.group('who')}{then[in_touch.end():]}")
            before = [_BULLET.sub("", parts[index]).strip()[: known.start()]] if known.start() else []  # "he thinks…, "
            return [*parts[:index], *before, task, *parts[index + 2 :]]
    return parts


_GOES_WITHOUT_SAYING = lazy_regex(r"\b(?:obviously|of course|ofc)\W*$", re.IGNORECASE)
"""A condition that goes with the offer before it ("…for testing, I have to clean everything obviously")."""
_NAMES_THE_POINT = lazy_regex(r"^(?:he|she|they)\s+(?:also\s+)?(?P<said>said|says|calls? it|called it)\s+"
                              r"(?:the\s+|a\s+)?[\w/%-]+(?:\s+[\w/%-]+){0,2}\s*[.!]*$", re.IGNORECASE)
"""A short name for the point just made ("he said 70/30 rule"): no point of its own."""
_THEIR_RUN = lazy_regex(r"^(?P<lead>\W*(?:she|he)\s+)\S")
_NEXT_DOING = lazy_regex(r",\s+(?:and\s+)?(?=(?:also\s+)?(?:said|says|told me|suggested|recommended|showed me|gave me|"
                         r"offered|introduced me|lent me)\s)(?![^()]*\))", re.IGNORECASE)


def _theirs_one_by_one(line: str) -> list[str]:
    """A run of what the mentor did, a line each with its subject, or [] when the line is no such run.

    "she helped me a lot w/ the deck, said my slide was confusing (…), told me to go to the grant session, and
    to talk to her cousin": three things she did or said, where the thanks took "…confusing (…) — told me to…".
    """
    lead = _THEIR_RUN.match(line)
    pieces = _NEXT_DOING.split(line) if lead else []
    if lead is None or len(pieces) < 3:  # ("she read my draft, said the science part is strong…": one thing and
        return []  # its verdict)
    return [pieces[0], *(f"{lead['lead'].strip(' -*•').strip()} {piece}" for piece in pieces[1:])]


_LATER_REPORT = lazy_regex(r",\s+(?=(?:he|she)\s+(?:also\s+)?(?:showed|explained|gave me|shared)\s)", re.IGNORECASE)
"""What the mentor did, after the user's own promise ("…, she showed me a good example")."""
_ADVISED_TO = lazy_regex(r"\b(?:(?:thinks?|says?|said|reckons)\s+(?:that\s+)?i\s+should|"
                         r"(?P<asked>(?:asked|wants|wanted|told)\s+me\s+to))\s+(?P<vp>[^,]+)$", re.IGNORECASE)
_KNOWS_SOMEONE = lazy_regex(r"(?:^|,\s+)(?:she|he|they|\w+)\s+(?:also\s+)?knows?\s+(?:a|an|the)\s+(?P<who>[^,]+)$",
                            re.IGNORECASE)
"""Someone the mentor knows, whom the next clause calls "him": "she knows a landlord in Moseley"."""
# (an "it's" further on opens a clause of its own: "she said the burnout thing is not a failure it's the caseload")
_LEANS_BACK = lazy_regex(r"^(?:(?:also\s+)?(?:he|she|they)\s+(?:also\s+)?(?:said|says|thinks?|suggested)\s+"
                         r"(?:[^,]*?\b(?:it|them)\b(?!['’]s)|(?:that\s+)?(?:\w+\s+){0,2}?it['’]?s\b)"
                         r"|i\s+(?:should|will|'ll|must)\s+\w+\s+(?:that|it|this)\b)",
                         re.IGNORECASE)


_ASK_SOMEONE = lazy_regex(
    r"^(?:ask|check with|email|call|ring|text)\s+(?!(?:you|him|her|them|for|about|if|whether|to|questions?)\b)\w+",
    re.IGNORECASE,
)
"""An errand to someone else ("ask agency if they'll fund it"), not advice on how to ask ("ask for a day")."""
_REPORTS = lazy_regex(r"\b(?:said|says|say|thinks?|suggest(?:s|ed)?|recommend(?:s|ed)?|told)\b", re.IGNORECASE)
_CONNECT_US = lazy_regex(r"@(?P<name>[A-Za-z][\w-]*)(?P<between>[^\n]*?\b)(?P<verb>connect|introduce|intro|put)\s+us\b"
                         r"(?P<touch>\s+in\s+touch)?", re.IGNORECASE)


def _connect_me(found: re.Match[str]) -> str:
    """"…@otieno …, she'll connect us" as "…connect me with Otieno": who "us" is, named in the line."""
    name = found["name"][:1].upper() + found["name"][1:]
    verb = found["verb"].lower()
    link = "to" if verb in ("introduce", "intro") else "with"
    told = f"{verb} me in touch {link}" if found["touch"] else f"{verb} me {link}"
    return f"@{found['name']}{found['between']}{told} {name}"


_WHO_THEY_ARE = lazy_regex(r"^(?:\([^()]*\)\s*)?(?:(?:from|at|of)\s+[\w&.-]+(?:\s+[\w&.-]+)?\s+)?(?:can|could|has|have|"
                           r"knows?|runs?|works?)\b(?!\s+(?:you|to)\b)", re.IGNORECASE)
"""After a name, who they are and what they can do ("@otieno from KALRO can give…"): news, never their task."""


def _task_after_comma(line: str) -> str:
    """A note that ends in an instruction to oneself: "prob costs 900 quid tho, ask the boss if shop pays".

    The whole line is the user's task: its first part says what the instruction is about ("…if they fund
    it", "supervision next wk…, bring the caseload list"). Not when the line reports what the mentor said,
    or gives advice on a topic ("code review - …, pull it out into hooks"): then it is their advice.
    """
    head, comma, last = line.rpartition(", ")
    if not comma or len(head.split()) < 3 or not opens_with_verb(last):
        return line
    if last.split()[0].lower() not in _ERRANDS:  # "bow arm too tense in the Elgar, relax shoulder": advice
        return line
    if re.search(r"\binstead\b", last, re.IGNORECASE):
        return line  # "he said don't yell from the bench, call timeouts instead": the other half of the advice
    if re.search(r"(?:^|:\s*)(?:never|don'?t|do not|always|avoid)\b", _BULLET.sub("", head), re.IGNORECASE):
        return line  # "salary negotiation: never say number first, ask the range": advice, both halves of it
    if _REPORTS.search(head) and _ASK_SOMEONE.match(last) and not _REPORTS.search(last):
        # "aled thinks I should do the module, prob 900 quid tho, ask agency if they'll fund it": his advice,
        # then the user's own errand
        return f"{head}\nme: {last}"
    if _REPORTS.search(line):
        return line
    if re.search(r"\s[-–—]\s|:", head) or re.match(r"^\S+\s+(?:it|them|this|that|these|those)\b", last, re.I):
        return line
    if re.match(r"(?:me\s*(?::|->|→|=>|[-–—]\s)|i\s|i'|@|todo)", _BULLET.sub("", head), re.IGNORECASE):
        return line  # already the user's: "me -> rewrite personal statement, send to her by fri"
    talked = re.match(rf"^(?:also\s+)?(?:{_CHATTED}|{_COVERED})\s+(?:about\s+|abt\s+|re\s+)?", _BULLET.sub("", head),
                      re.IGNORECASE)
    if talked:  # "talked abt van insurance, get 3 quotes": the step, on its topic
        topic = _BULLET.sub("", head)[talked.end():]
        return f"me: {topic[:1].upper()}{topic[1:]}: {last}"
    return f"me: {_BULLET.sub('', line)}"


_ERRANDS = word_set("ask check email e-mail call ring text phone book get send bring buy order apply sign fill "
                    "print write finish contact speak talk register enrol enroll chase update post submit pay")
"""Verbs of an errand the user runs ("…, ask the boss if shop pays"), not of advice on a craft ("…, relax shoulder")."""


_MEETING_DETAIL = lazy_regex(
    # (", 7pm JST": a time with its zone, review 82)
    r"^\s*(?:(?:on|via|over)\s+\w+|same time|(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)?"
    r"(?:\s+(?:[a-z]{1,3}t|utc|(?:uk|local|my|your|her|his|their)\s+time))?|"
    # ("march, after practice exam #3": what it waits for, review 69)
    r"(?:after|once|when)\s+(?:my|the|your|our)?\s*[\w#' -]{2,30}|"
    # ("maybe 3 weeks, tbc": what is still open, review 76)
    r"(?:(?:exact\s+)?(?:date|time|day)\s+)?(?:tbc|tbd|tba|to be confirmed))\s*[.!]?\s*$", re.IGNORECASE
)
"""What may follow a meeting's date: where ("on Teams"), when ("9.30", "same time", "after practice exam #3"), not
whose office."""


def _meeting_time(line: str, meeting: re.Match[str], date: re.Match[str]) -> str:
    """The next meeting's time as written, up to the aside after its date.

    "next mtg thurs 30th 8am, her office (…)" -> "thurs 30th 8am"; "next time we see at the shop, fri
    10am" -> "at the shop, fri 10am".
    """
    start = meeting.end() if meeting.end() <= date.start() else date.start()
    segment = re.split(r"\s*[(;]", line[start:], maxsplit=1)[0]
    kept: list[str] = []
    pieces = segment.split(",")
    for index, piece in enumerate(pieces):
        kept.append(piece)
        if start + len(",".join(kept)) >= date.end():
            # "7 April, on Teams": where, too; "…, 9.30", "…, same time": when; "…, she'll email": who arranges it
            for after in pieces[index + 1 :]:
                if not (_MEETING_DETAIL.match(after) or _ARRANGED.match(after)):
                    break
                kept.append(after)
            break
    # ("next wk call same time": the time, never "seeing you next week call", session 80)
    return _MEETING_AFTER_ITS_TIME.sub(r"\g<when>", ",".join(kept)).strip(" :-–—.")


_MEETING_AFTER_ITS_TIME = lazy_regex(
    r"^(?P<when>next\s+(?:wk|week|month|mth))\s+(?:call|meeting|mtg|session|catch[\s-]?up|chat|zoom)\b", re.IGNORECASE)
"""A meeting word typed after the time that names it ("next wk call"): the time says it."""


_THEIR_POINT = lazy_regex(r"(?<![\w'])(?P<whose>her|his|their)\s+(?:pt|point)\s*:\s*(?=\w)",
                          re.IGNORECASE)
"""Their point under a label ("her pt: …"): the label is shorthand for what they said."""


def _said_by_them(match: re.Match[str]) -> str:
    return f"{_SUBJECT_OF[match.group('whose').lower()]} said "


_SUBJECT_OF = {"her": "she", "his": "he", "their": "they"}
_PROMISE_LIMITS = r"no promises?|no guarantees?|not promised|tbc|tentative|if possible|hopefully"
_HEDGE_ASIDE = lazy_regex(rf"\((?P<hedge>[^()!?]*\b(?:{_PROMISE_LIMITS})\b[^()!?]*)[!?.\s]*\)", re.IGNORECASE)
"""An aside that limits a promise ("she'll check the budget (no promises!!)"): the mentor's words, kept."""
_LIMIT_AT_END = lazy_regex(rf",\s*(?P<hedge>{_PROMISE_LIMITS})\s*[.!]*$", re.IGNORECASE)
_MAYBE_IN_PROMISE = lazy_regex(r"((?:['’]d|\bwould|['’]ll|\bwill|\bcan|\bcould))\s+(?:maybe|perhaps|possibly)\s+",
                               re.IGNORECASE)
_PROBABLY_IN_PROMISE = lazy_regex(r"((?:['’]d|\bwould|['’]ll|\bwill))\s+(?:prob|probably)\s+(?=[a-z])", re.IGNORECASE)
_SIDE_REMARK = lazy_regex(
    rf"\s*\((?!(?:{_PROMISE_LIMITS})\))"
    # ("(she lent me her copy!!)" is a favour to thank for, kept, review 67)
    r"(?!\s*(?:she|he|they)\s+(?:lent|gave|sent|bought|got|lend|give|send)\s+me\b)"
    r"(?:[!?.\s]+|lol|haha|(?:she|he|they)\s+(?:was|were|is|are)\b[^)]*|(?![^()]*\b(?:by|before|until|due)\b)"
    # "(the sepsis one!!)" says which one: content, kept (its marks go below)
    # ("(1 page!!)" is a limit of the task, kept with it, review 100)
    # ("(w/o identifiers!!)" is a condition of the task, kept, review 106)
    r"(?!\s*(?:the|a|an|eg|e\.g\.|incl|esp|especially|like|w/o|without|not|only|except|anonymi[sz]ed)\s)"
    r"(?!\s*\d)[^()]*!|felt\b[^()]*|[^()]*\blol)\)",
    re.IGNORECASE
)
"""An aside for the user alone: "(!!)", "(she was so nice abt it)". Not "(by Friday)" or "(Helen)"."""
_OFFERED = lazy_regex(r"\s*\((?:she|he|they)\s+offered\b[^()]*\)", re.IGNORECASE)
_SUBJECT_PRONOUN = lazy_regex(
    r"(?:^|[.;,]\s*)(?:[-*+•]\s*)?(?P<who>she|he)(?:['’]ll|\s+(?:also\s+)?(?:said|says|say|thinks|think|will|knows|"
    r"suggested|recommended|told|mentioned|offered|explained|showed|did|does|uses|used|warned|gave|helped|"
    # ("she wasn't sure": how they were is said of them as plainly, review 77)
    r"was|wasn['’]t|agreed|reckons|reckoned))\b",
    re.IGNORECASE | re.MULTILINE,
)


def _dash_as_colon(line: str) -> str:
    """"menu costing - aim for 30% food cost" -> "menu costing: aim for 30% food cost" (a topic with no verb)."""
    match = re.match(r"^(?P<topic>[^-–—:,]{2,40}?)\s+[-–—]\s+(?P<point>\S.*)$", line)
    if match is None or len(match.group("topic").split()) > 5:
        return line
    if any(t.startswith(("VB", "MD")) and t not in ("VBG", "VBN") for _, t in tag(match.group("topic"))):
        return line  # "she said pricing - charge 25": a sentence, not a topic
    return f"{match.group('topic')}: {match.group('point')}"


def _next_time_arranged(line: str) -> str | None:
    """The time and arrangement of "next time prob after lambing, he'll text", without its "next time"."""
    # ("he said come back in spring, he'll email": when to come back, and who arranges it, review 81)
    match = re.match(r"^(?:next\s+(?:time|meeting|mtg|session)\s*:?|(?:he|she|they|you)\s+said\s+(?:to\s+)?"
                     r"(?:come\s+back|meet\s+again|visit\s+again))\s+(?P<when>[^,]+),(?P<who>.+)$", line, re.IGNORECASE)
    if match is None or not _ARRANGED.match(match.group("who")):
        # "next meeting she will call me": who arranges it, with no time yet (review 85)
        only_who = re.match(r"^next\s+(?:time|meeting|mtg|session)\s*:?\s+(?P<who>.+)$", line, re.IGNORECASE)
        return only_who["who"].rstrip(" .") if only_who and _ARRANGED.match(only_who["who"]) else None
    return f"{match.group('when').strip()},{match.group('who')}".rstrip(" .")


def _next_time_after(line: str) -> str | None:
    """"next time after the tups go out" -> "after the tups go out": a meeting set by an event, not a date."""
    # ("meet again after interview" too: the next meeting, never the user's task "Meet again after interview")
    match = re.match(r"^(?:next\s+(?:time|meeting|mtg|session)\s*:?|(?:we(?:'ll| will)?\s+)?meet\s+again)\s+"
                     r"(?P<when>(?:after|once|when|before)\s+[^,;(]+)$", line, re.IGNORECASE)
    return match.group("when").strip(" .") if match else None


def _up_to_aside(line: str) -> str:
    return re.split(r"\s*[(;]", line, maxsplit=1)[0].strip(" :-–—")


def _arranged_by(when: str, mentor: str, pronoun: str | None) -> str:
    """The mentor named by name or initials in an arrangement is "she"/"he" ("early june, RG will email")."""
    time, comma, rest = when.partition(",")
    who = _ARRANGED.match(rest)
    if not comma or not who:
        return when
    name = who.group("who")
    names = {n.lower() for n in name_parts(mentor)} | {initials_of(mentor).lower()} - {""}
    if name.lower() not in names:
        return when
    return f"{time},{rest[: who.start('who')]}{pronoun or 'they'}{rest[who.end('who'):]}"


def mentor_pronoun(notes: str, mentor: str = "") -> str | None:
    """"he" or "she" when every line that reports or commits for someone calls them by the same one.

    Without such a line, the mentor's own task may say it: "M to send his practice plan template" is "he".
    """
    found = {m.group("who").lower() for m in _SUBJECT_PRONOUN.finditer(notes)}
    if not found and mentor:
        who = "|".join([_name_or_initial(address(mentor)[1]), *map(re.escape, initials_forms(mentor))])
        owned = re.findall(rf"(?m)(?:^|[-*•]\s*)(?:{who})\s+(?:to|will)\s+\w+(?:\s+\w+){{0,4}}?\s+(his|her)\b", notes)
        found = {"he" if w.lower() == "his" else "she" for w in owned}
    return found.pop() if len(found) == 1 else title_pronoun(mentor) if not found else None


_TITLED = lazy_regex(r"\b(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+[A-Z][\w'-]+")


def _named_in_the_check(notes: str, pronoun: str) -> str:
    """Someone the mentor will check on, by name: "…she'll check if he's taking undergrads" is "if Dr. Chen is".

    The task may be listed apart from the line that named him ("…intro me to Dr. Chen").
    """
    other = "she" if pronoun == "he" else "he"
    lines = []
    for line in notes.splitlines():
        named = _TITLED.findall(line)
        if len(set(named)) == 1:
            line = re.sub(rf"\b(if|whether)\s+{other}(?:['’]s|\s+is)\b", rf"\1 {named[0]} is", line, flags=re.I)
        lines.append(line)
    return "\n".join(lines)


def _name_or_initial(first: str) -> str:
    """A regex for the mentor's first name or its initial, as notes write either ("M to send his…")."""
    return "|".join(re.escape(w) for w in {first, first[:1]} if w) or "(?!)"


_ASKED_THEN_TOLD = lazy_regex(r"^(?:me|i)\s*[:\-–]\s*[^?]{1,40}\?+\s+(?:\w+\s+)?(?:says?|said)\s+"
                              r"(?P<task>(?:ask|check|call|email|book|try|get|send|talk to|speak to)\b.+)$",
                              re.IGNORECASE)
_FILLER_OPENING = lazy_regex(r"^(?:ok|okay|right|so|um+|well)(?:[,\s]+(?:so|ok|okay|um+))*[,\s]+(?=\w)", re.IGNORECASE)
"""Talk before the note starts ("ok so long conversation today…")."""


_ARROW = lazy_regex(r"\s*(?:->|=>|→)\s*")
_PRONOUN_LABEL = lazy_regex(r"^(?:him|her)\s*(?::|\s[-–—])\s*(?=\S)", re.IGNORECASE)
"""A task labelled with the mentor's pronoun ("him: send me his quote template"): theirs."""


_MY_LABEL = r"^(?:me|i)\s*[:\-–]\s*"
"""The user's own label at a line's start ("me:", "I -")."""
_THEY_ARE = r"^(?P<who>she|he|they)(?:['’]s|['’]re|\s+is|\s+are)\s+"
"""The mentor (or they) in the present continuous ("she's", "he is"), before what they are doing."""
_MY_STATE = lazy_regex(rf"{_MY_LABEL}(?=(?:still\s+)?(?:so\s+|really\s+|a\s+bit\s+|quite\s+)?"
                       rf"(?:{words_pattern('feelings')}|out of my depth)\b)", re.IGNORECASE)
_BARE_VERDICT = lazy_regex(r"^(?P<label>\s*(?:[-*•]\s*)?[^\s:]{1,20}:\s*)"
                           r"(?:normal|fine|good|great|ok|okay|yes|true|agreed|right)"
                           r"[.!,]+\s+(?=[a-z])", re.IGNORECASE)
_ASKED_ME_TO = lazy_regex(r"^(?:also\s+)?(?:she|he|they)\s+(?:also\s+)?(?:asked|asks|ask|wants|wanted)\s+me\s+"
                          r"to\s+(?=\w+\s+\w)", re.IGNORECASE)
"""A request the mentor made of the user ("she ask me to prepare questions…"): a task ("told me to…" is advice)."""
_DOING_SOON = lazy_regex(rf"{_THEY_ARE}(?P<verb>sending|bringing|lending|"
                         r"emailing|forwarding|sharing|booking|checking|asking|calling|introducing)\b", re.IGNORECASE)
_WANTS_IT_BY = lazy_regex(r"^(?:(?:misc|fyi|btw|also)\s*[:\-–]?\s*)?"
                          r"(?:(?P<who>she|he|they)\s+(?:also\s+)?(?:wants|needs|asked for))\s+"
                          r"(?P<obj>(?:the|my|a|an)\s[^,;]{2,50}?)\s+(?:(?P<back>back)\s+)?(?=by\s)", re.IGNORECASE)
_DOES_SOON = lazy_regex(r"^(?P<who>she|he|(?-i:[A-Z][a-z]+))\s+(?P<verb>sends|emails|texts|shares|forwards|introduces|"
                        r"intros|books|lends|brings|messages|rings)\b(?!\s+(?:every|always|usually|often)\b)"
                        r"(?=\s+\S)", re.IGNORECASE)
"""The mentor's errand typed in the present ("she sends me the template by fri"): what they will do."""
_BASE_OF_SENDING = {"intros": "intro", "messages": "message"}


def _will_do(match: re.Match[str]) -> str:
    verb = match["verb"].lower()
    return f"{match['who']} will {_BASE_OF_SENDING.get(verb) or base_form(verb)}"

_GOING_TO = lazy_regex(rf"{_THEY_ARE}(?:gonna|going to)\s+(?=\w)", re.IGNORECASE)
"""A promise in the going-to future ("he's gonna send me his old resume"): "he will send…"."""
_MY_SAYING = lazy_regex(rf"{_MY_LABEL}(?=(?:talked|mentioned|said|asked|told|explained|shared|raised|feel|"
                        r"worry|felt|want|wanted|didn'?t know|did not know|had no idea|reali[sz]ed|found out)\b)",
                        re.IGNORECASE)


def _arrows_in_words(line: str) -> str:
    """A note's arrows as a reader expects them.

    "dispatcher -> planner" is "dispatcher to planner" (two bare names); "gappy mitres -> sharpen the saw" and
    "me -> email Dr K" are a colon (what follows from it, whose it is).
    """
    line = re.sub(r"^\s*(?:->|=>|→)\s*", "", line)  # "-> me: pick 12 ink works": an arrow that only points on
    # "headline change to 'lab scientist -> data analyst'": an arrow inside quotes is the user's text, kept as typed
    held = re.sub(r"(?<!\w)(['\"])([^'\"]{1,80}?)\s*(?:->|=>|→)\s*([^'\"]{1,80}?)\1(?!\w)", "\\1\\2 \ue000 \\3\\1",
                  line)
    # "cut to problem->process->outcome": a chain of steps is one thing, never "problem: process: outcome"
    held = re.sub(r"\b(\w+)\s?(?:->|→)\s?(\w+)\s?(?:->|→)\s?(\w+)\b", "\\1\ue000\\2\ue000\\3", held)
    return _arrows_outside_quotes(held).replace(" \ue000 ", " → ").replace("\ue000", "→")


def _arrows_outside_quotes(line: str) -> str:
    """The arrows of a line with no quoted text."""
    line = re.sub(r"\b([A-Z]{2,4})(?:->|=>|→)([A-Z]{2,4})\b", r"\1-\2", line)  # "legal NO->EN": a language pair
    # "hemolysis 9->3.8%": a change between two figures, "from 9% to 3.8%" (never "9: 3.8%", review 68)
    line = re.sub(r"(?<![\w./])(\d[\d.,]*)(%?)\s*(?:->|=>|→)\s*(\d[\d.,]*)(%?)(?![\w/])",
                  lambda m: f"from {m[1]}{m[2] or m[4]} to {m[3]}{m[4]}", line)
    parts = _ARROW.split(line)
    if len(parts) != 2 or not all(p.strip() for p in parts):
        return _ARROW.sub(": ", line) if len(parts) > 2 else line
    left, right = parts
    if re.match(r"\s*(?:maybe|perhaps|possibly|hopefully|might)\b", right, re.IGNORECASE):
        # "she'll ask her cousin if he needs help w/ eid orders -> maybe paid work for me!": what may come of it, an
        # aside of the note, never "…orders:paid work…" nor a promise made doubtful (review 95)
        return f"{left.rstrip()} ({right.strip()})"
    if re.match(r"\s*(?:less|more|fewer|better|faster|cleaner|cheaper|quicker|safer|easier)\s+[a-z]", right,
                re.IGNORECASE) and left.strip() and not left.rstrip().endswith("?"):
        # "take smaller gathers, 2 not 3 -> less wobble on the pipe": what it gains, never a second colon (r110)
        return f"{left.rstrip()}, for {right.strip()}"
    if re.match(r"\s*need\s+(?!to\s+be\b)\S", right, re.IGNORECASE) and re.match(r"\s*(?:my|our)\s", left, re.I) and (
            ":" not in left):
        return f"{left.rstrip()}, so I {right.strip()}"  # "my colour work too muddy -> need cleaner frit" (r110)
    condition = CONDITION_WITH_ITS_SUBJECT.match(left.strip())
    if condition and is_bare_verb(right.split()[0]) and right.split()[0].lower() not in ("no", "yes", "ok"):
        # "if we wait for the audit -> lose more time": what follows, with the condition's subject, never "If we
        # wait for the audit: lose more time." (session 80)
        return f"{left.rstrip()}, {condition['who']} {right.strip()}"
    if left.rstrip().endswith("?"):  # "bootcamp cert worth mentioning? -> yes but at bottom": its answer
        return f"{left.rstrip()} {right[:1].upper()}{right[1:]}"
    if re.match(r"(?:when|once|if|after|as soon as)\b", right, re.IGNORECASE):
        return f"{left.rstrip()}, {right}"  # "she will forward my portfolio -> when I fix it": a condition
    if re.match(r"\s*will\s+\w", right, re.IGNORECASE) and re.match(r"\s*(?:she|he)\b", left, re.IGNORECASE):
        # "he might need a sub for the Feb run -> will let me know": the same subject's promise (review 65)
        return f"{left.rstrip()} and {right.strip()}"
    if re.search(r"\bfrom\s+(?:[\w'-]+\s+){0,3}[\w'-]+\s*$", left, re.IGNORECASE) and len(right.split()) <= 4:
        return f"{left.rstrip()} to {right}"  # "talked abt moving from circulation -> digital services"
    # "research statement too long (4pp) -> 2pp max": a verdict and its fix, not a move from one thing to another
    # ("use it to show fuel savings": a pronoun or "to" makes it a clause)
    clause_tags = ("MD", "PRP", "TO")
    names = all(len(p.split()) <= 6 and not any(t.startswith(("V", "RB")) or t in clause_tags for _, t in tag(p))
                for p in parts)
    ranked = right.split()[0].lower() in RANKING_WORDS  # "liability insurance -> FIRST thing": how it ranks
    label, _, said = left.partition(":")
    # (never an owner after the label: "actions: me -> set up near-miss form" is the user's task, review 96)
    statement = bool(said.strip()) and len(label.split()) <= 4 and not is_bare_verb(said.split()[0]) and not (
        re.fullmatch(r"\s*(?:me|i|myself|[A-Z]{1,3}|[A-Z][a-z]+)\s*", said))
    first = right.split()[0].lower()
    labelled = bool(said.strip()) and len(label.split()) <= 4
    if labelled and first.endswith("s") and base_form(first) != first and is_verb(base_form(first)) and (
            tag(right)[0][1] == "VBZ"):
        # "portfolio: lead w/ the charity campaign not the bank stuff -> shows range": what it does, never a second
        # colon ("…bank stuff: shows range", review 109)
        return f"{left.rstrip()}; it {right.strip()}"
    if statement and is_bare_verb(right.split()[0]):
        # "bachelors: NOT needed for clinical…, needed for didactic -> start w/ clinical": a second colon read as
        # pasted notes (review 67); what follows is what to do about it
        return f"{left.rstrip()}, so {right}"
    return f"{left} to {right}" if names and not ranked and left.lower() not in ("me", "i") else f"{left}: {right}"


_WHY_STILL_OPEN = lazy_regex(r"\s*(?:[-–—,;]\s*|\s\()(?:we\s+)?(?P<why>ran out of time|out of time|no time|forgot|"
                             r"didn'?t get to it)\)?\W*$", re.IGNORECASE)
_WHY_SAID = {"ran out of time": "no time today", "out of time": "no time today",
             "no time": "no time today", "forgot": "I forgot to ask", "didn't get to it": "no time today",
             "didnt get to it": "no time today"}


def _cleaned(raw: str) -> str:
    """One line of notes without its bullet and asides, its symbols in words, its owner marked if offered."""
    line = _arrows_in_words(_FILLER_OPENING.sub("", _BULLET.sub("", raw).strip()))
    line = re.sub(r"^\?+\s*(?=\w)", "", line)  # "?? do i need the MCAT…": the question marks lead it
    # "ask abt authorship order - ran out of time", "…own kit, forgot": why it is still open, as an aside (review 109)
    line = _WHY_STILL_OPEN.sub(lambda m: f" ({_WHY_SAID[m['why'].lower()]})", line)
    # "Q: how to handle students who argue w/ grades? A: rubric first…": the question, then its answer (review 67)
    line = re.sub(r"^Q\s*[:.]\s*(?P<q>\S.*?)\s*\?*\s+A\s*[:.]\s*(?P<a>\S)", lambda m: f"{m['q']}? {m['a'].upper()}",
                  line)
    line = re.sub(r"^also\s+(?=[\w'-]+(?:\s[\w'-]+)?\s*:\s)", "", line, flags=re.IGNORECASE)  # "also cover crops: …"
    # "me: practice stairs? G says ask Dave at work if i can do the next cut string": the question, answered
    line = _ASKED_THEN_TOLD.sub(r"me: \g<task>", line)
    line = re.sub(r"^need to\s+(?=\S)", "I need to ", line, flags=re.IGNORECASE)  # a split-off "…, need to email…"
    # "thank him for the site visit and…": the user's note of what to thank for, as their own thanks (session 60)
    line = re.sub(r"^(?:remember\s+to\s+|must\s+)?thank\s+(?:him|her|them)\s+for\b", "thanks for", line,
                  flags=re.IGNORECASE)
    # "will redo the numbers w/ the lower rent option": the note-taker's own plan, never the point that stuck (review
    # 65 reading); "will let me know" leaves open who lets whom
    line = re.sub(r"^will\s+(?!let\s+me\b)(?=[a-z]+\s+\S)", "I will ", line)
    line = re.sub(r"^action\s+for\s+me\s*:\s*", "me: ", line, flags=re.IGNORECASE)  # "Action for me: write down…"
    line = _ASKED_ME_TO.sub("me: ", line)  # "she ask me to prepare questions for next time": the user's task
    # "she's sending the reflective log examples tonight": a plan, as "she will send…"
    line = _DOING_SOON.sub(lambda m: f"{m['who']} will {base_form(m['verb'].lower())}", line)
    line = _GOING_TO.sub(lambda m: f"{m['who']} will ", line)  # "he's gonna send me his old resume"
    # "she sends me the template by fri", "Denise emails Raj intro this wk": a plan in the present (review 65)
    line = _DOES_SOON.sub(_will_do, line)
    # "he wants the paper draft back by end of month": what the user must send them, by then
    line = _WANTS_IT_BY.sub(lambda m: f"me: send {m['obj']} back " if m["back"] else f"me: send {m['who']} {m['obj']} ",
                            line)
    # "me: nervous abt the IV comp", "me: talked about the pre-app": how the user felt or what they said, no task
    line = _MY_STATE.sub("I'm ", line)
    line = _MY_SAYING.sub("I ", line)
    # "her: said everybody struggle…": what she said, with its own verb
    line = re.sub(r"^(h(?:er|im))\s*:\s*(?=(?:said|says|suggest|suggests|suggested|thinks|told)\b)",
                  lambda m: "she " if m.group(1).lower() == "her" else "he ", line, flags=re.IGNORECASE)
    line = _PRONOUN_LABEL.sub("Mentor: ", line)
    line = _THEIR_POINT.sub(_said_by_them, line)  # "her pt: postdoc only makes sense if…": what she said
    # "he'll look at my headline if i remember to send it": the user's memory is their own business
    line = re.sub(r"\bif i (?:remember|don'?t forget) to\b", "once I", line, flags=re.IGNORECASE)
    offered = _OFFERED.search(line)
    if offered:  # "intro me to @fenwick (she offered!)": the mentor's task; "B to intro me…" already says so
        owned = re.match(r"^@?[\w.'-]+\s+to\s", line)
        line = f"{'' if owned else 'mentor to '}{line[: offered.start()]}{line[offered.end():]}".strip()
        line = re.sub(r"^mentor to (?:she|he|they)\s*(?:'ll|’ll|\s+will)\s+", "mentor to ", line, flags=re.I)
    line = _HEDGE_ASIDE.sub(r"(\g<hedge>)", line)  # "(no promises!!)" limits what she said she'd do: kept
    limit = _LIMIT_AT_END.search(line)
    if limit:  # "he'd maybe talk to the foreman…, no promises": the promise, with his limit on it
        promise = _MAYBE_IN_PROMISE.sub(r"\1 ", line[: limit.start()], count=1)
        line = f"{promise} ({limit.group('hedge')})"
    line = _PROBABLY_IN_PROMISE.sub(r"\1 ", line)  # "Sam will prob send me his guide": he offered to send it
    line = _SIDE_REMARK.sub("", line).strip()
    line = re.sub(r"\(([^()]*?\w)\s*!+\)", r"(\1)", line)  # "(the sepsis one!!)" -> "(the sepsis one)"
    line = re.sub(r"\s*\((?:lol|haha|lmao)\b[^()]*\)", "", line, flags=re.IGNORECASE)  # "SOB (lol her initials)"
    # "…, idk", "…, felt so inspired": the user's own aside at the end, for them alone
    line = re.sub(r"(?:,|(?<=\?))\s*(?:idk|dunno|(?:i\s+)?felt\s+(?:so\s+|really\s+|very\s+)?\w+)\s*[.!]*$", "",
                  line, flags=re.IGNORECASE)
    line = _REPORTED_AFTER.sub(_reported_first, line)  # "she charges 50/month he thinks"
    line = re.sub(r"\bb4\s*$", "beforehand", line)  # "he will look at my application b4": before the date
    line = re.sub(r"\s\+\s", plus_as_word, line)  # "seating plan + praise first"; "materials + 20%" is "plus"
    line = re.sub(r"\s=\s(?=(?:delete|remove|cut|drop|gone|out)\b)", ": ", line)  # "'aspiring' = delete"
    # "mise en place list = your bible" is "is"; after a tip it is a colon ("her tip = ask 'what…?'")
    line = re.sub(r"\b((?:tip|advice|rule|lesson|trick|idea|suggestion|takeaway|hack)s?)\s*=\s*", r"\1: ", line,
                  flags=re.IGNORECASE)
    # "start small = u-pick only": after a bare verb, "=" gives what doing it means, "Start small: you-pick only"
    line = re.sub(r"^((?:[-*•]\s*)?([A-Za-z]+)\s+\w+)\s=\s",
                  lambda m: f"{m[1]}: " if is_bare_verb(m[2].lower()) and m[2].lower() not in ("is", "are") else m[0],
                  line)
    # ("wedding rings = best margin" read "Wedding rings is best margin", review 104): a plural takes "are"
    line = re.sub(r"^((?:[-*•]\s*)?(?:[a-z]+\s+)?[a-z]{2,}[^s\W]s)\s=\s", r"\1 are ", line, flags=re.IGNORECASE)
    line = re.sub(r"\s=\s", " is ", line)
    # "also she knows someone" -> "she also knows someone" (a promise keeps its shape: "also she will…")
    return re.sub(r"^also\s+(she|he|they|i|we)\s+(?!will\b|would\b|is going\b|are going\b|to\b)", r"\1 also ", line,
                  flags=re.IGNORECASE)


def _narrated(notes: str, first: str) -> str:
    """The mentor's session activity in the past, as a non-native present means it.

    "Marco listen my mix. he say the low end is muddy" is "Marco listened to my mix": listed as a task, it asked him
    to do again what he had just done. "he will review my plan" or "he review my plan again next week" stays a task.
    """
    who = "|".join(re.escape(w) for w in ("he", "she", first) if w)

    def past(match: re.Match[str]) -> str:
        verb = match["verb"].lower()
        done = (inflections(verb, "VBD") or (verb,))[0]
        return f"{match['who']} {done} {match['prep'] or _PREPOSITION_OF.get(verb, '')}"

    # only with what they made of it next ("…. said the pricing is too low"): "she review my first model" alone is
    # as often a promise, in the same note-taking English
    verdict = (rf"(?=[^.;,\n]*[.;,]\s*(?:(?:{who})\s+)?(?:also\s+)?"
               r"(?:said|say|says|think|thinks|thought|told|tell|feel|felt)\b)")
    pattern = rf"(?:^|(?<=[.;]\s))(?P<who>{who})\s+{_ACTIVITY}{verdict}"
    notes = re.sub(pattern, past, notes, flags=re.IGNORECASE | re.MULTILINE)
    # "he share his checklist (excel) in the call": done in the session, never a task to do again (review 55)
    in_session = rf"(?:^|(?<=[.;]\s))(?P<who>{who})\s+{_SHOWN_IN_SESSION}"
    notes = re.sub(in_session, past, notes, flags=re.IGNORECASE | re.MULTILINE)
    # "he give me tip: practice presentation…": a tip given is given in the session (review 56)
    tip = rf"(?:^|(?<=[.;]\s))(?P<who>{who})\s+{_GIVEN_A_TIP}"
    return re.sub(tip, lambda m: f"{past(m)}me {_with_article(m['article'], m['tip'])}", notes,
                  flags=re.IGNORECASE | re.MULTILINE)


def _with_article(article: str | None, noun: str) -> str:
    """"tip" as "a tip" ("he give me tip"); "some tricks", "advice" and "ideas" as typed."""
    if article or noun.endswith("s") or noun.lower() == "advice":
        return f"{article or ''}{noun}"
    return f"an {noun}" if noun[:1].lower() in "aeiou" else f"a {noun}"


_MARK_BEFORE_OWNER = lazy_regex(r"(?:^|(?<=[.;!]\s))(?P<lead>\s*(?:[-*•]\s*)?)(?:ai|a/i|actions)(?P<colon>\s*:)?\s+"
                                r"(?P<owner>[^\W\d][\w.]{0,19})(?P<label>\s*:\s*|\s[-–—]\s+)(?=[a-z])",
                                re.IGNORECASE | re.MULTILINE)
"""An action mark typed before the owner's label ("AI BP: send contact…", "AI: Jo - share her template"), at a
line's start or a sentence's in a paragraph ("…lol. AI ash: trim scope doc", review 56)."""
_ONLY_THINKING = lazy_regex(r"\bI(?:'ll| will| said I'd| said I would| told (?:him|her|them) I'd)\s+(?:have a\s+)?"
                            r"(?:think|thought)\s+(?:about\s+it|it over)\b", re.IGNORECASE)
"""The user only agreed to think about it: what was asked, kept as a takeaway, never an action item."""
_MINE_AT_END = lazy_regex(r"\s*(?:[-–—]+|\()\s*(?:my job|mine|on me|me to do)\s*\)?\W*$", re.IGNORECASE)
"""A task the user marked as theirs at its end ("… — my job")."""
_LEADING_TOPIC = lazy_regex(r"^\W*[A-Za-z][\w&/ -]{0,20}:\s+(?=\S)")
_TOPIC_BEFORE_PROMISE = lazy_regex(
    r"^\W*(?!(?:next|this|by|before|after|tomorrow|today|tonight|end|eo[wm]|mon|tue|wed|thu|fri|sat|sun)\b)"
    r"[A-Za-z][\w&/-]*(?:\s[A-Za-z][\w&/-]*)?:\s+"
    # (the promise names its object: "she'll read by next fri" needs the topic, "NPQ draft", to say what)
    r"(?=(?:she|he)(?:['’]ll|\s+will)\s+\w+\s+(?!by|before|after|on|next|tomorrow|later|it|this|that)\w)",
    re.IGNORECASE)
"""A topic before the mentor's promise ("contracts -> she'll send her template"): the promise is the line."""
_FIGURE_MOVED = lazy_regex(r"^\W*(?:[a-z]+\s+){1,3}(?:down|up|dropped|fell|rose|grew)\s+(?:by\s+)?(?:about\s+|~)?"
                           r"\d+(?:\.\d+)?\s*(?:%|percent|pts?\b|points\b)", re.IGNORECASE)
"""A figure and how it moved ("pick rate down 8% since peak"): news, though "pick" can be a verb."""
_TO_DO_LABEL = lazy_regex(r"^(?P<lead>\s*(?:[-*•]\s*)?)(?P<verb>read|watch|listen to|look into|look up|check out|buy)"
                          r"\s*:\s*(?=\S)", re.IGNORECASE | re.MULTILINE)
"""A line labelled with what to do with it ("read: the Pain Science book he mentioned"): the user's own task."""


def _marked_owner(match: re.Match[str]) -> str:
    """"AI: Jo - share her template" as "Jo to share her template": the mark said it is Jo's task.

    Kept as a label ("Jo: share…"), it would read as what Jo said in notes that mark their other actions.
    """
    owner = match["owner"]
    if owner.lower() in ("me", "i", "myself", "both", "us", "we"):  # ("AI: me - …" is read whole, as typed)
        return match[0] if match["colon"] else f"{match['lead']}{owner}{match['label']}"
    return f"{match['lead']}{owner} to "


_MARK_THEN_ME = lazy_regex(r"(?:^|(?<=[.;!]\s))(?P<lead>\s*(?:[-*•]\s*)?)(?:ai|a/i|actions?)\s*:\s*(?:me|i)\s+"
                           r"(?=[a-z]+\s)", re.IGNORECASE | re.MULTILINE)
"""An action mark, then the user's own task with no label of its own ("AI: me apply to 3 jobs…")."""
_ADVISED_BARE = lazy_regex(r"(?:^|(?<=[.;]\s))(?P<bullet>[-*•]\s*)?(?P<verb>recommends?|suggests?|advises?)\b"
                           r"(?!\s+(?:to|that)\s+(?:him|her|them)\b)", re.IGNORECASE | re.MULTILINE)
"""A sentence of the notes that opens with a verb of advising and no subject: what the mentor advised."""


def _past(verb: str) -> str:
    """"recommend" or "recommends" as "recommended"."""
    base = verb.lower().removesuffix("s") if verb.lower().endswith(("ds", "ts", "es")) else verb.lower()
    return (inflections(base, "VBD") or (f"{base}ed",))[0]


_AS_OWNER_OR_SPEAKER = (r"(?=\s*(?::|->|=>|→|\s[-–—]\s)|\s+(?:says|said|thinks|thought|reckons|will|to|suggested|"
                        r"suggests|recommends|recommended|offered|wants|agreed)\b)")


def _mentor_in_capitals(notes: str, first: str) -> str:
    """The mentor's first name or initial typed in lower case, as an owner or a speaker, with its capital.

    "jo -> send me the link" is Jo's task and "j thinks better option w/ kids" what Jo thinks; in lower case
    they read as "our talk about you: send me…" and "j thinks" (review 54). A lone initial counts only at a
    line's start or after a dash, comma or bracket ("a to-do" is no initial).
    """
    if len(first) < 2 or not first[0].isalpha():
        return notes
    notes = re.sub(rf"(?m)(?<![\w@'’]){re.escape(first.lower())}{_AS_OWNER_OR_SPEAKER}", first, notes)
    letter = first[0].lower()
    if letter in ("i", "a"):
        return notes
    return re.sub(rf"(?m)(?:(?<=^)|(?<=^[-*•] )|(?<=[-–—,;(] )){letter}{_AS_OWNER_OR_SPEAKER}", first[0].upper(),
                  notes)


_TIMESTAMP = lazy_regex(r"^[ \t]*(?:[-*•][ \t]*)?(?:(?P<stamp>\[\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[ap]m)?\])[ \t]*"
                        r"[-–—:]?|(?P<bare>\d{1,2}:\d{2}(?:[ \t]*[ap]m)?)[ \t]*[-–—:|])[ \t]*",
                        re.IGNORECASE | re.MULTILINE)


def _without_timestamps(notes: str) -> str:
    """Notes kept as a timed log ("[10:02] Ngozi: …"): each line without its time (review 61).

    A bracketed time always goes; a bare "10:15 -" only when every line of two or more starts with one and a
    separator, since "9:30 call with HR tomorrow" says when something happens.
    """
    lines = [line for line in notes.splitlines() if line.strip()]
    logged = len(lines) >= 2 and all(_TIMESTAMP.match(line) for line in lines)
    return _TIMESTAMP.sub(lambda m: "" if logged or m["stamp"] else m.group(0), notes)


_SAID_OR_OWNED_AFTER = (r"(?=\s*(?::|[-–—]\s|->)|\s+(?:says|said|thinks|thought|to|will|suggested|offered|"
                        r"recommended|reckons|wants|asked|agreed|mentioned)\b)")
_LINE_OR_TOPIC_START = r"(?P<lead>^[ \t]*(?:[-*•][ \t]*)?|(?<=[a-z]: ))"
"""Where an initial names a person: first on its line ("A to intro me…") or after a topic ("pricing: A says…"),
never "Plan A:", "an A - A says…" or "Q: … A: …"."""


def _two_mentors_by_initial(notes: str, mentor: str) -> str:
    """Each of two mentors' initials as their first name ("A says…", "J will review…", meeting Amy and Jonah).

    Only where an initial labels a point or leads its verb, and only when the two initials differ (review 61).
    """
    both, firsts = two_people(mentor), first_names_of_two(mentor)
    if not both or not firsts:
        return notes
    for name, first in zip(both, firsts, strict=True):  # "AB to intro me…", meeting Angela Brooks and Dev Singh
        full = initials_of(name)
        if len(full) >= 2 and full not in _NOT_INITIALS:
            notes = re.sub(rf"{_LINE_OR_TOPIC_START}{full}(?![\w'’.]){_SAID_OR_OWNED_AFTER}", rf"\g<lead>{first}",
                           notes, flags=re.MULTILINE)
    letters = [first[:1].upper() for first in firsts]
    if letters[0] == letters[1]:
        return notes
    for letter, first in zip(letters, firsts, strict=True):
        if letter != "I":  # ("I will…" is the user)
            notes = re.sub(rf"{_LINE_OR_TOPIC_START}{letter}(?![\w'’.]){_SAID_OR_OWNED_AFTER}",
                           rf"\g<lead>{first}", notes, flags=re.MULTILINE)
    return notes


_NAME_UNKNOWN = lazy_regex(r"[ \t]*\((?:i\s+)?(?:(?:don'?t|do\s+not)\s+know|didn'?t\s+(?:get|catch)|forgot|"
                          r"not\s+sure\s+(?:of|abt|about))\s+(?:the\s+|his\s+|her\s+|their\s+)?names?\b[^()]*\)",
                          re.IGNORECASE)
"""A note to self in brackets that the user doesn't know someone's name: nothing the mentor needs to read."""


_INLINE_NUMBER = lazy_regex(r"(?:(?<=\s)|^)(?P<n>[1-9])\)\s+(?=\S)")
"""A number that opens a point of a list typed inside one line ("Main takeaways: 1) always log… 2) stay…")."""


def _sent_to_them_after_an_arrow(notes: str, mentor: str) -> str:
    """"redraft the agreement -> send JO by 5/12": the thing, then sending it to them, as one task.

    It came out "Redraft Brian's rep agreement…: send you (by 5/12)", sending nothing (review 98).
    """
    who = [re.escape(w) for w in {*initials_forms(mentor), *initials_used_for(notes, mentor), first_name(mentor),
                                   *mentor.split()[-1:], "him", "her"} if w]
    if not who:
        return notes
    return re.sub(rf"\s*(?:->|→|=>)\s*send\s+(?:it\s+)?(?:to\s+)?(?:{'|'.join(who)})\b", f", and send it to {mentor}",
                  notes, flags=re.IGNORECASE)


def _inline_list_apart(line: str) -> str:
    """A list typed inside one line, one point a line, with the heading before it on its own line.

    "Talked about my first trip. Main takeaways: 1) always log bycatch… 2) stay neutral…" thanked "our talk about
    main takeaways: 1) always log bycatch…" (review 97).
    """
    numbers = list(_INLINE_NUMBER.finditer(line))
    if len(numbers) < 2 or [int(m["n"]) for m in numbers] != list(range(1, len(numbers) + 1)):
        return line
    before = line[: numbers[0].start()].rstrip()
    heading_at = max(before.rfind(". "), before.rfind("; ")) + 1 if before.endswith(":") else len(before)
    points = [line[m.end(): nxt.start() if nxt else len(line)].strip() for m, nxt in zip(
        numbers, [*numbers[1:], None], strict=True)]
    return "\n".join(part for part in (before[:heading_at].strip(), before[heading_at:].strip(), *points) if part)


_ACTION_TAG = r"(?:(?:AI|action|todo|to do|TODO)\s*:\s*)?"
"""A tag that marks a line as an action item ("AI: RS to share…"), before whoever owns it."""
_INITIALS_MARKED_AS_THEM = lazy_regex(rf"(?m)^(?P<lead>[ \t]*(?:[-*•]\s*)?{_ACTION_TAG})[A-Z][A-Za-z]?[A-Z]?\s*"
                                      r"\((?:him|her|them)\)\s*")
"""Initials a note marks as the mentor's with a pronoun in brackets ("GP (him) to send me…")."""
NEEDS_MY = lazy_regex(r"(?m)^(?P<head>(?P<lead>[ \t]*(?:[-*•]\s*)?)[^\n,]*?\b(?:will|'ll|to)\s+[^\n,]+?),\s+"
                       r"(?:(?:she|he|they)\s+)?needs?\s+my\s+(?P<what>[^\n,;]+?\s+by\s+[^\n,;]+?)\s*$", re.IGNORECASE)
"""A task of theirs, then what they need from the user by a date ("RS will write LOR, needs my CV + draft by 12/15")."""
_INITIALS_MARKED_AS_ME = lazy_regex(rf"(?m)^(?P<lead>[ \t]*(?:[-*•]\s*)?){_ACTION_TAG[:-1]}[A-Z][A-Za-z]?[A-Z]?\s*"
                                    r"\((?:me|myself)\)\s*[:\-–]?\s*")
"""Initials a note marks as the user's own ("AI: KS (me) finish the config…"): their task, without the initials
("**Me:** KS (me) finish…", review 105); after a tag only, as "W (me) - visit…" reads well as it is."""


def _my_initials_as_me(notes: str, mentor: str, me: str) -> str:
    """A line led by the user's own initials ("JvD draft the matrix", "JD: ask the client") labelled "me:".

    The task is theirs, and the initials are no part of it ("Me: JvD draft materiality matrix", review 102).
    """
    mine = initials_forms(me) - initials_forms(mentor) if me else set()
    if not mine:
        return notes
    forms = "|".join(map(re.escape, sorted(mine, key=len, reverse=True)))
    return re.sub(rf"(?m)^(?P<lead>[ \t]*(?:[-*•]\s*)?)(?:{forms})\b\s*[:\-–]?\s*(?=[a-z])", r"\g<lead>me: ", notes)


def parse_notes(notes: str, mentor: str, me: str = "") -> SessionNotes:
    """Action items (every one of them), takeaways and the next meeting, from raw session notes."""
    nicknames = quoted_nicknames(mentor)  # "Keith 'Kit' Marsh": "kit will check…"
    mentor, me = split_person(mentor)[0], split_person(me)[0]  # "Greg, my team lead" is Greg
    actions: list[ActionItem] = []
    takeaways: list[str] = []
    thanked_for: list[str] = []
    thanked_last = False
    next_meeting = meeting_place = arranged_for_next = None
    under_actions = under_takeaways = under_next = False
    names = re.findall(r"[^\W\d_][\w'’-]*", f"{mentor} {me}")  # "PAT TO SEND…": Pat keeps his capital
    notes = "\n".join(unshouted(line, names) for line in normalise(notes).splitlines())  # typed in capitals
    notes = "\n".join(_inline_list_apart(line) for line in notes.splitlines())
    notes = _sent_to_them_after_an_arrow(notes, mentor)
    notes = _NAME_UNKNOWN.sub("", notes)  # "ask archivist (don't know name) about access": a note to self (review 93)
    notes = _without_timestamps(notes)  # "[10:15] me - email Dr Lowe…": a log's times are not part of any point
    notes = without_taken_back(notes)  # ("get SIBO... no, the DGCA-style license…": never a task, review 87)
    notes = "\n".join(_their_label_inside(line, mentor) for line in notes.splitlines())
    notes = "\n".join(_ones_named(line) for line in notes.splitlines())  # before a line is split at its promise
    notes = _two_mentors_by_initial(notes, mentor)  # "A to intro me…", meeting Amy and Jonah: Amy's
    notes = _my_initials_as_me(notes, mentor, me)  # ("JvD draft materiality matrix", by Jeroen van Dijk, review 102)
    # ("GP (him) to send me his old app", meeting Prof. Papadopoulos: "(him)" says the initials are the mentor's,
    # never a "**GP:**" owner of their own, review 103)
    notes = _INITIALS_MARKED_AS_THEM.sub(r"\g<lead>mentor ", notes)
    notes = _INITIALS_MARKED_AS_ME.sub(r"\g<lead>me: ", notes)
    # ("RS will write LOR, needs my CV + draft stmt by 12/15" gave her the deadline, review 106): what they need
    # from the user is the user's task, with its date
    sent_to = first_name(mentor) or "them"
    notes = NEEDS_MY.sub(lambda m: f"{m['head']}\n{m['lead']}me: send {sent_to} my {m['what']}", notes)
    # "will look at my statement if I send it": no subject, and the user is the one who sends, so it is theirs
    notes = _WILL_IF_I_DO.sub(f"{first_name(mentor) or 'You'} will ", notes) if mentor else notes
    notes = _LABELLED_HOMEWORK.sub(_homework_as_mine, notes)  # "practice: run the next retro myself": the user's
    notes = _BRING_NEXT_TIME.sub(r"\g<lead>\g<what> next time", notes)  # "next time bring cohort data": to do
    notes = _ARROW_TO_WHO_DOING.sub(_doing_as_will, notes)  # "…-> AO sending examples next wk": "AO will send…"
    notes = _ARROW_TO_WHO_WILL.sub(_who_will_then_topic, notes)  # "…-> FH will ask…"
    notes = _CONNECT_US.sub(_connect_me, notes)  # ("@otieno … , she'll connect us": with Otieno, review 84)
    notes = ill_as_i_will(notes)  # "…, ill apply by end of month": a promise of its own
    # "she asked if I'd be up for assisting… - said yes!!": the user's answer, with its subject
    notes = re.sub(r"\s+[-–—]+\s+(?:i\s+)?said\s+(yes|no)\b", r" and I said \1", notes, flags=re.IGNORECASE)
    # "…send to R. also chatted re: public speaking": an initial's stop before a new point in lower case ends it
    notes = re.sub(r"(?<=\b[A-Z])\.[ \t]+(?=(?:also|then|we|he|she|they|I)\b(?![.']))", ".\n", notes)
    notes = _SAID_ME.sub("told me", notes)  # "she said me I must write…", as non-native notes put it
    # "Need 2 sponsors. He can be one.": "one" is one of those just named, so the offer goes with them (session 60)
    notes = re.sub(r"(?<=[a-z0-9)])\.[ \t]+((?:he|she)\s+(?:can|could|will|would|might|offered to)\s+be\s+one)\b",
                   lambda m: f", and {m[1][:1].lower()}{m[1][1:]}", notes, flags=re.IGNORECASE)
    notes = _narrated(notes, address(mentor)[1])  # "he review my business plan": what he did, "he reviewed…"
    # "…not just what tech i used 😅 he's gonna send…": an emoji that ends a sentence in a paragraph
    notes = re.sub(rf"{EMOJI}\s+(?=(?:he|she|i|we|they|also|then|but|so)\b)", ". ", notes)
    # "AI me: buy the summary", "actions PE: intro to…": the mark before an owner's label says what the label does
    # (notes that mark their actions: an unmarked "JM: call the MCA" beside them is what JM said, see below)
    marked = any(p.search(notes) for p in (_MARK_BEFORE_OWNER, _MARK_THEN_ME)) or any(
        _ACTION_MARK.match(line) for line in notes.splitlines())
    notes = _MARK_BEFORE_OWNER.sub(_marked_owner, notes)
    notes = _MARK_THEN_ME.sub(r"\g<lead>me: ", notes)
    notes = _TO_DO_LABEL.sub(lambda m: f"{m['lead']}I'll {m['verb'].lower()} ", notes)  # "read: the book he mentioned"
    first = address(mentor)[1]  # after any title: "Driver Manager Keith Marsh" is Keith
    notes = _mentor_in_capitals(notes, first)
    if first[:1].isalpha():  # "Prof A: aims 2 and 3 overlap", meeting Prof. Aliyu: the title and initial are theirs
        titled = rf"\b(?:prof|professor|dr|mr|mrs|ms|mx|dra|sr|sra)\.?[ \t]+{re.escape(first[0].upper())}\.?"
        # (a label before a statement is what they said; before a bare verb, the label logic below decides)
        notes = re.sub(rf"{titled}[ \t]*(?::|[ \t][-–—])[ \t]+(?=([a-z]+))",
                       lambda m: f"{first}: " if is_bare_verb(m[1]) else f"{first} said ", notes, flags=re.IGNORECASE)
        notes = re.sub(rf"{titled}(?=[ \t]+(?:said|says|thinks|will|to)\b)", first, notes, flags=re.IGNORECASE)
    if first:  # "recommend ROS cert over masters for now.": the mentor's advice, never the user's task (review 54)
        notes = _ADVISED_BARE.sub(lambda m: f"{m['bullet'] or ''}{first} {_past(m['verb'])}", notes)
    for nickname in nicknames if first else ():
        notes = re.sub(rf"(?<![\w@]){re.escape(nickname)}\b", first, notes, flags=re.IGNORECASE)
    for initials in initials_used_for(notes, mentor):  # "JB: keep to 3 slides" for Mr. Brennan: his name
        notes = re.sub(rf"\b{initials}\b", first, notes)
    if first:  # "…after getting cut - M: give her a leadership role": mid-line, what the mentor said
        notes = re.sub(rf"(?<=[^\s\-–—>*•])( (?:-|–|—|->) ?)(?:{_name_or_initial(first)}):\s+(?=[a-z])",
                       rf"\g<1>{first} said ", notes)
    who_they_are = "|".join(re.escape(w) for w in {first, initials_of(mentor), "he", "she"} if w)
    # ("Mike - bridge insp 20+ yrs": who he is, thanked as "your advice to bridge insp…", review 108)
    about_them = re.compile(rf"^(?:{who_they_are})\s*(?:=\s*\S|[-–—:]\s+[^.;!?]{{2,60}}?\b\d+\+?\s*(?:yrs?|years?)\b"
                            r"(?:\s+(?:in|of|at|as)\b[^.;!?]*)?\W*$)", re.IGNORECASE)
    about_them_fyi = re.compile(rf"^(?:{who_they_are})\b", re.IGNORECASE)
    pronoun = mentor_pronoun(notes, mentor)
    if pronoun != "he":  # "…go back to the lady… I'll call her Monday": "her" is the lady
        notes = another_womans_kept(notes)
    if pronoun != "she":  # "talk to dad NOW not when he's 70": "he" is dad
        notes = another_mans_kept(notes)
    if pronoun:
        notes = _named_in_the_check(notes, pronoun)
    if pronoun:  # "he'll ask her if she can look at my draft": "her" and "she" are not the mentor
        notes = others_kept(re.sub(r"\b(she|he)s\b", r"\1's", notes, flags=re.IGNORECASE), pronoun)  # "shes"
    # "chef marco 🔪 - after sat service, at the bar": a first line of who, then when and where
    # (their initials too: "ride along w/ TB sat 3/8", review 69)
    who = "|".join(re.escape(w) for w in {mentor, first, initials_of(mentor), *re.findall(r"[^\W\d_]+", mentor)}
                   if len(w) > 1)
    when_and_where = re.compile(rf"^(?:{who})\b[^\w\n]*[-–—:]\s*(?:after|at|before|on|in|over|during|via)\b[^.!?]*$",
                                re.IGNORECASE)
    # "bakery mentoring - Mrs Okonkwo", "studio visit notes - morita sensei": what the notes are, then whose (review 81)
    topic_and_who = re.compile(rf"^[^-–—:,.]{{2,40}}\s+[-–—]\s+(?:(?:mrs|mr|ms|dr|prof|miss)\.?\s+)?(?:{who})"
                               rf"(?:\s+(?:sensei|san|ji))?\W*$", re.IGNORECASE)
    sections = _Sections(mentor, first)
    notes, main_thanks = main_thanks_apart(notes)
    raw_lines = _commitments_apart(without_private_lines(notes, first)).splitlines()
    marks_actions = marked or any(_ACTIONS_HEADING.match(_cleaned(raw)) or _ACTION_MARK.match(raw) for raw in raw_lines)
    labels_mine = any(_MY_TASK_LABEL.match(raw) for raw in raw_lines)
    for index, raw in enumerate(raw_lines):
        # "also - apply for band 7 secondment…": the line after its aside word, never a topic called "Also"
        line = re.sub(r"^(?:also|and|plus)\s*[-–—:]\s+(?=\S)", "", _cleaned(raw), flags=re.IGNORECASE)
        line = re.sub(r"^then\s+(?=we\s)", "", line, flags=re.IGNORECASE)  # "…, then we talked about": a new point
        if not actions and not takeaways:  # ("rehearsal visit, he watched me conduct…": the session, then its point)
            line = _SESSION_BEFORE_A_POINT.sub("", line)
        if not line:
            if sections.owner:  # an owner's list ends at a blank line: "also talked about…" under it is not theirs
                sections.owner, under_actions = None, False
            continue
        section = sections.heading(line)
        if section is not None:
            under_actions, under_takeaways, under_next = section == "actions", section == "advice", False
            continue
        named_section = any(h.match(line) for h in (_ACTIONS_HEADING, _TAKEAWAYS_HEADING, _NEXT_HEADING))
        if not named_section and _bare_heading(raw, raw_lines[index + 1:]):  # "Grade exams" over its bullets: a topic
            under_actions = under_takeaways = under_next = False
            continue
        if _ACTIONS_HEADING.match(line):
            under_actions, under_takeaways = True, False
            continue
        line = _without_pleasantries(line)  # "great chat!!": how it felt, not news for them
        thanks_also = _THANKS_GOES_ON.match(line) if thanked_last else None
        if thanks_also:  # "thx for the tips on slotting… also ur advice to do…": a second thanks (review 64)
            line = f"thanks for {line[thanks_also.end():]}"
        thanked_last = bool(line and THANKS_NOTE.match(line) and not _SESSION_THANKS.match(line))
        if thanked_last:
            thanked_for.append(line)  # what they thank for is named only when the notes hold nothing else
        if not line or _FELT.match(line) or THANKS_NOTE.match(line) or _HOW_THE_MEETING_WENT.match(line):
            continue
        is_title = not actions and not takeaways and (is_title_line(line) or bool(when_and_where.match(line))
                                                      or _dated_header(line, who) or _topic_title(line, raw, index)
                                                      or bool(topic_and_who.match(line)))
        heading = line.startswith("#") or (line.endswith(":") and len(line.split()) <= 4) or is_title or bool(
            _NEXT_HEADING.match(line)) or bool(RE_HEADING.match(line))  # "NEXT" on its own line, "Re: billing"
        if heading or _TAKEAWAYS_HEADING.match(line):
            under_actions, under_takeaways = False, bool(_TAKEAWAYS_HEADING.match(line))
            under_next = bool(_NEXT_HEADING.match(line))
            continue
        meeting = _NEXT_MEETING.search(line)
        date = DATE_PATTERN.search(line) or (_IN_SOME_TIME.search(line) or _DOTTED_DATE.search(line)
                                             if meeting or under_next else None)
        if under_next and date and next_meeting is None and not hedged(line):  # "## next" / "- early june, RG will…"
            next_meeting = _arranged_by(_up_to_aside(line), mentor, pronoun)
            continue
        arranged = _next_time_arranged(line) or _next_time_after(line)
        if arranged and next_meeting is None:  # "next time prob after lambing, he'll text": when, and who arranges it
            next_meeting = _arranged_by(arranged, mentor, pronoun)
            continue
        if meeting and date and meeting.group(0).lower().startswith("we"):  # "we will call in 2 weeks": all of it
            next_meeting = _up_to_aside(line)
            continue
        if ARRANGED_FOR_NEXT.match(line) and arranged_for_next is None:
            arranged_for_next = trim_end(line)
            continue
        place = _MEETING_PLACE.search(line) if meeting and not date else None
        if place and meeting_place is None:  # "we meet again at her shop in Croix-Rousse": where, with no when
            meeting_place = place.group(0).strip().rstrip(".")
            continue
        after_next = re.sub(r"^next\s*:\s*", "", line, flags=re.I)
        # ("next: Viktor will put me on 2 more sim…" is his promise, never the next meeting, review 107)
        promised = _named_owner(after_next, mentor, me) is not None and not _MEETS.search(after_next)
        if meeting and not date and re.match(r"^next\s*:", line, re.IGNORECASE) and not promised:
            # "next: he said call him after the short rains": the meeting, not a task
            next_meeting = next_meeting or _arranged_by(re.sub(r"^next\s*:\s*", "", line, flags=re.I), mentor, pronoun)
            continue
        if meeting and date:
            # "next mtg thurs 30th 8am, her office (…)": the time as written, up to the first aside
            next_meeting = _arranged_by(_meeting_time(line, meeting, date), mentor, pronoun)
            continue
        if about_them.match(_BULLET.sub("", raw).strip()):
            continue  # "AK = 15 yrs revenue mgmt, Marriott then Jumeirah": who they are, noted for the user
        if OWN_ASIDE_LINE.match(line) or _NOT_FOR_TELLING.search(line) or (
                about_them_fyi.match(line) and FYI_AT_END.search(line)):
            continue  # "FA on leave 1-20 aug fyi": a note to self about the mentor, not news for them
        if _ASIDE_LINE.match(line):  # "random: she's moving to Bristol in summer": news, never a task
            takeaways.append(trim_end(_ASIDE_LINE.sub("", line)))
            continue
        nobodys = _NO_TASK_FOR.match(line)
        if nobodys:  # "KW: nothing, he say just tell him how it go": no task of theirs, then what they said
            line = nobodys["rest"]
            if not line:
                continue
        said = _advice_by_label(line, mentor, me, marks_actions, labels_mine) if not under_actions else None
        if said:  # notes that mark their actions ("Action: …"): an unmarked "JB: keep to 3 slides" is what he said
            takeaways.append(trim_end(said))
            continue
        away = AWAY_LINE.match(line)
        if away:  # "AH on leave 20 dec - 6 jan": their own time off, which they know; nobody's task
            if _someone_else(away.group("who"), mentor, me):
                takeaways.append(trim_end(line))
            continue
        if _ONLY_THINKING.search(line):  # "he wants me to present…; I said I'd think about it": no commitment yet
            takeaways.append(trim_end(re.sub(r"^(?:also|and|plus)\s+", "", _BULLET.sub("", raw).strip(),
                                             flags=re.IGNORECASE)))
            continue
        mine_by_mark = _MINE_AT_END.search(line)
        if mine_by_mark:  # "Ethics: need to start the application now b/c it takes 3 months — my job": the user's
            task = _LEADING_TOPIC.sub("", line[: mine_by_mark.start()])
            line = f"me: {_NEED_TO.sub('', task)}"
        line = _TOPIC_BEFORE_PROMISE.sub("", line)  # "contracts: she'll send her template": her promise
        if _FIGURE_MOVED.match(line):  # "pick rate down 8% since peak, dont panic": news and advice, no task
            takeaways.append(trim_end(line))
            continue
        if _CADENCE.match(line):  # "meet monthly, 45 min, teams": how the sessions will run, agreed, not a task
            takeaways.append(trim_end(line))
            continue
        if AGREED_TO_MENTOR.match(line):
            # "she agreed to mentor me for ARA": done, news to thank for, never the action "Mentor me for ARA"
            # (review 72)
            takeaways.append(trim_end(line))
            continue
        if _NEXT_TIME_TOPIC.match(line):  # ("next time check on trial results" as "**Me:** Next time…", review 105)
            takeaways.append(trim_end(line))
            continue
        if VERDICT_ON_MINE.match(line):  # ("she also said my timing is good…" under "to do:", review 105)
            takeaways.append(trim_end(line))
            continue
        item = _dated_step(line) or parse_action(line, mentor, me, under_actions, under_takeaways, sections.owner)
        offer = _maybe_offer(item, mentor) if item else None
        if offer:  # "she'll intro me to Dr. Quispe maybe": what they might do, never a firm action item
            takeaways.append(offer)
        elif item:
            actions.append(item)
        else:
            # "@yusuf thinks…": a handle in a takeaway is just the name
            # ("me: should I take the contract role…?": the question, without its label)
            unlabelled = re.sub(r"^(?:me|i)\s*:\s*", "", _TAKEAWAY_PREFIX.sub("", line), flags=re.IGNORECASE)
            takeaway = _dash_as_colon(_topic_and_point(_MENTION.sub(r"\1", unlabelled)))
            # A question mark is kept: it says the line is an idea being weighed, not a plan.
            kept = takeaway.rstrip(" .,;:") if HEDGED.search(takeaway) else trim_end(takeaway)
            # "main thing: dont sign the lease yet…": what the user called the main point leads (review 58)
            takeaways.insert(0, kept) if _MAIN_POINT.match(line) else takeaways.append(kept)
    takeaways = [piece for t in takeaways if t for piece in _listed_points(t)]
    if main_thanks:  # done for the user, not to do: "she read my WHOLE draft" is no task of hers
        mentor_owner = mentor_label(mentor)
        actions = [a for a in actions if a.owner != mentor_owner or not _within(a.task, main_thanks)]
        main_thanks = next((t for t in takeaways if _within(t, main_thanks)), main_thanks)
    actions = _with_their_objects(_without_repeats(_sending_apart(actions)))
    # ("learned: always park the truck upstream…" listed as "Learned: always park…", review 102)
    takeaways = [upper_first(_LEARNED_LABEL.sub("", t)) if _LEARNED_LABEL.match(t) else t for t in takeaways]
    if not actions and not takeaways and not main_thanks:
        # "cheers for the review tips and for vouching for me w/ the promo panel" and nothing more: that is the note
        takeaways = thanked_for
    return SessionNotes(actions, takeaways, next_meeting, meeting_place, arranged_for_next,
                        main_thanks, tuple(t for t in thanked_for if t not in takeaways))


_LEARNED_LABEL = lazy_regex(r"^(?:learned|learnt|lessons?(?:\s+learn[et]d?)?|key\s+(?:learning|lesson|point)s?|"
                            r"takeaways?)\s*:\s*(?=\S)", re.IGNORECASE)
"""A label that says a line is a lesson: under "What I'm taking away" it says nothing."""
_THANKS_GOES_ON = lazy_regex(r"^(?:also|and|plus)\s+(?:for\s+)?(?=(?:ur|your|the|her|his)\s+\w)", re.IGNORECASE)
"""A note after a thanks that names a second thing, with no "thanks" of its own ("also ur advice to…")."""
ABOUT_A_TOPIC = r"re|about|abt|on|regarding|around"
"""Words after "the chat" that name what it was about ("thx for the chat re going freelance", review 61)."""
_SESSION_THANKS = lazy_regex(r"^(?:thanks|thx|cheers|ta|thank you)\s+(?:so much\s+)?(?:for|4)\s+(?:today|the session|"
                             r"your time|the chat|the call|the meeting)\b"
                             rf"(?!:?\s*(?:{ABOUT_A_TOPIC}|w/|with)\b)[^,]*$", re.IGNORECASE)
"""Thanks for the session alone ("thanks for today"): the opener says it already, even when it is all there is."""
_MAIN_THANKS_NAMED = lazy_regex(r"^\W*(?:for me,?\s+)?(?:the\s+)?(?:most important|biggest thing|main thing)"
                                r"(?:\s+thing)?\s+(?:is|was)\s+(?P<what>[^,.!?;]+)"
                                # "most important: she come with me to the market…" ("Main thing: stop…" is a label)
                                r"|^\W*most important\s*:\s*(?P<marked>[^,.!?;]+)", re.IGNORECASE)
"""The thing to thank for most, named ("for me most important is the cash flow help, … say this!")."""
_THANK_FOR_REMINDER = lazy_regex(r"^\W*(?:also\s+)?(?:do not|don'?t|dont|never)\s+forget\s+(?:to\s+)?thank(?:ing)?\s+"
                                 r"(?:her|him|them)\s+for\s+(?P<what>[^,.!?;]+)", re.IGNORECASE)
"""The user reminding themselves what to thank for ("also DO NOT forget to thank him for the free studio time")."""


_SAID_ME = lazy_regex(r"\b(?:said|say|says)\s+me\b(?!\s+(?:too|and|as well|also)\b)", re.IGNORECASE)
""""she said me I must…" (non-native): "told me"."""


_THANKS_HEADING = lazy_regex(r"^\W*(?:things\s+to\s+thank(?:\s+(?:her|him|them)\s+for)?|"
                              r"thank\s+(?:(?:mr|mrs|ms|dr|prof)\.?\s+)?[\w'’-]+\s+for)\s*:?\s*$", re.IGNORECASE)
"""A heading over the favours to thank for ("thank mr bhatt for", "things to thank:"): no note of its own."""


def main_thanks_apart(notes: str) -> tuple[str, str | None]:
    """The notes without the user's word on what to thank for most, and the note it points at.

    A marker after a note points at that note's first sentence ("she got me the trial!!! THIS is the main
    thing to thank her for"); a marker that opens a line points at the line above, and its line goes, since
    the rest of it is why it mattered to the user ("thank her most for this, I was losing money…").
    """
    lines = [line for line in notes.splitlines() if not _THANKS_HEADING.match(line)]
    for index, line in enumerate(lines):
        unbulleted = _BULLET.sub("", line)
        named = _MAIN_THANKS_NAMED.match(unbulleted) or _THANK_FOR_REMINDER.match(unbulleted)
        what = next((found for found in named.groupdict().values() if found), "") if named else ""
        if named and len(what.split()) >= 2:
            del lines[index]
            return "\n".join(lines), what.strip()
        marker = _MAIN_THANKS.search(line)
        if not marker:
            continue
        before = _BULLET.sub("", line[: marker.start()]).strip(" .!,;:-–—")
        if len(before.split()) >= 2:
            lines[index] = before + _MAIN_THANKS.sub("", line[marker.end():]).rstrip(" .!,")  # every marker goes
            return "\n".join(lines), _first_sentence(before)
        above = next((_BULLET.sub("", lines[i]).strip() for i in range(index - 1, -1, -1) if lines[i].strip()), "")
        del lines[index]
        return "\n".join(lines), _first_sentence(above) or None
    return notes, None


def _first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)[0].rstrip(" .!")


def _within(piece: str, line: str) -> bool:
    """Whether every content word of ``piece`` is in ``line`` (a task or takeaway read from that line)."""
    words = set(content_stems(piece))
    return bool(words) and words <= set(content_stems(line))


class _Sections:
    """Headings that say whose lines follow: "me:" (the user's tasks), "her:" (the mentor's), "she said:" (advice)."""

    def __init__(self, mentor: str, first: str) -> None:
        who = "|".join(re.escape(w) for w in {first, initials_of(mentor)} if w) or "mentor"
        self._theirs = re.compile(_THEIR_SECTION.format(who=who), re.IGNORECASE)
        self._advice = re.compile(_THEY_SAID_SECTION.format(who=who), re.IGNORECASE)
        self._mentor = mentor_label(mentor)
        self.owner: str | None = None
        """Whose tasks the lines under the last owner heading are, until a blank line or another heading."""

    def heading(self, line: str) -> str | None:
        """"actions" or "advice" when ``line`` is such a heading (and whose list begins), else None."""
        line = f"{line}:" if line.isupper() and not line.endswith(":") else line  # "ME TO DO" over its bullets
        mine = _MY_SECTION.match(line) is not None
        if mine or self._theirs.match(line):
            self.owner = ME if mine else self._mentor
            return "actions"
        self.owner = None if line.rstrip().endswith(":") else self.owner
        return "advice" if self._advice.match(line) else None


_I_SEND_AFTER = lazy_regex(r",\s+(?:and\s+)?i(?:'ll| will)?\s+(?:send|email|share|forward)(?:\s+(?:it|them))?\s*$",
                           re.IGNORECASE)
"""The user's own step after someone else's task ("check my personal statement, I send by 1 Oct")."""


def _sending_apart(actions: list[ActionItem]) -> list[ActionItem]:
    """Someone's task and the user's "I send" after it as two items, the date with the sending.

    "she offered to check my personal statement, I send by 1 Oct" was one item for her, "Check my personal
    statement, I send (by 1 Oct)"; the date is when the user sends it.
    """
    apart: list[ActionItem] = []
    for item in actions:
        sending = _I_SEND_AFTER.search(item.task)
        words = item.task[: sending.start()].split() if sending else []
        if not sending or item.owner == ME or len(words) < 2:
            apart.append(item)
            continue
        theirs = replace(item, task=" ".join(words), due=None)
        mine = ActionItem(ME, f"Send {' '.join(words[1:])}", item.due, item.source, item.due_prefix)
        apart += [theirs, mine]
    return apart


def _without_repeats(actions: list[ActionItem]) -> list[ActionItem]:
    """Each task once: "send 2022 bid" under TODO repeats "GH will forward the 2022 bid that got through…".

    The same owner and every word of the shorter task's object (two at least) in the longer one: the longer,
    which says more, is kept where the first of them stood, with a due date either gives.
    """
    kept: list[ActionItem] = []
    for item in actions:
        twin = next((i for i, k in enumerate(kept) if k.owner == item.owner and _same_task(k.task, item.task)), None)
        if twin is None:
            kept.append(item)
            continue
        longer = max((kept[twin], item), key=lambda a: len(a.task))
        due = longer.due or kept[twin].due or item.due
        prefix = longer.due_prefix if longer.due else (kept[twin] if kept[twin].due else item).due_prefix
        kept[twin] = replace(longer, due=due, due_prefix=prefix)
    return kept


def _same_task(first: str, second: str) -> bool:
    def objects(task: str) -> set[str]:
        stems = content_stems(task)
        head = task.split(" ", 1)[0].lower()
        return set(stems[1:] if stems and is_verb(head) and base_form(head) == head else stems)

    shorter, longer = sorted((objects(first), objects(second)), key=len)
    # ("she'll send the JAT rate sheet", then "Takeda-sensei: send rate sheet + intro…": one word more is the same
    # sheet, review 82)
    return len(shorter) >= 2 and (shorter <= longer or (len(shorter) >= 3 and len(shorter - longer) == 1))
