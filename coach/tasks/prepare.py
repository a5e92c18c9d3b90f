"""Prepare: an agenda whose time boxes add up, open questions, and an opening progress update."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from coach.checks import (
    content_stems,
    fact_coverage,
    find_section,
    is_open_question,
    list_items,
    minutes_in,
    plain,
    split_items,
    strip_citations,
)
from coach.compose import (
    as_sentence,
    cite,
    clip_chars,
    clip_words,
    first_person_sentence,
    fragment,
    join_items,
    lower_first,
    pick,
    starts_with_clause,
    tidy,
    to_gerund_phrase,
    upper_first,
    verb_base,
    with_marker,
)
from coach.knowledge import SearchResult
from coach.tasks.base import Check, Composition, Field, Style, TaskSpec
from coach.tasks.reading import faithful, numbers_in_time_boxes, reads_well

MEETING_MIN, MEETING_MAX, MEETING_DEFAULT = 10, 180, 30
QUESTIONS_MIN, QUESTIONS_MAX = 5, 8
QUESTIONS_BY_BREVITY = (8, 6, 5)

FIELDS: tuple[Field, ...] = (
    Field("mentor_name", "Mentor's name", "Who you are meeting, e.g. 'Ines'.", False, 80),
    Field(
        "goals",
        "Your goals",
        "What you want from this mentorship or this meeting; one per line.",
        True,
        1000,
        kind="long_text",
    ),
    Field(
        "progress",
        "Progress since last time",
        "What you did since you last met; one per line.",
        False,
        1500,
        kind="long_text",
    ),
    Field("challenges", "Challenges", "What is getting in the way; one per line.", False, 1500, kind="long_text"),
    Field(
        "meeting_minutes",
        "Meeting length (minutes)",
        f"How long the meeting is, {MEETING_MIN}–{MEETING_MAX} minutes.",
        max_chars=3,
        kind="integer",
        default=MEETING_DEFAULT,
        min_value=MEETING_MIN,
        max_value=MEETING_MAX,
    ),
    Field(
        "open_items",
        "Open action items",
        "Action items still open from last time; one per line or separated by ';'.",
        False,
        2000,
        kind="long_text",
    ),
)


def allocate_minutes(total: int, weights: Sequence[float], minimums: Sequence[int], main: int) -> list[int]:
    """Whole minutes per agenda item, in proportion to ``weights``, that add up exactly to ``total``.

    Long meetings get round numbers (multiples of five); any remainder goes to the ``main`` item,
    and when the minimums leave too little, the items with the most slack give a minute each.
    """
    step = 5 if total >= 45 else 1
    scale = total / sum(weights)
    minutes = [max(low, step * round(w * scale / step)) for w, low in zip(weights, minimums, strict=True)]
    difference = total - sum(minutes)
    while difference < 0:
        slack = [(m - low, i) for i, (m, low) in enumerate(zip(minutes, minimums, strict=True)) if m > low]
        _, index = max(slack, key=lambda pair: (pair[0], pair[1] == main))
        minutes[index] -= 1
        difference += 1
    minutes[main] += difference
    return minutes


class _Plan:
    """The user's inputs, split into items and phrased for reuse across the sections."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        self.mentor = tidy(values.get("mentor_name") or "")
        self.goals = split_items(values.get("goals")) or [str(values.get("goals") or "your goals")]
        self.challenges = split_items(values.get("challenges"))
        self.progress = split_items(values.get("progress"))
        self.open_items = split_items(values.get("open_items"))
        self.minutes = int(values.get("meeting_minutes") or MEETING_DEFAULT)
        self.seed = "|".join(str(values.get(k) or "") for k in ("goals", "challenges", "open_items"))

    @property
    def mentor_label(self) -> str:
        return self.mentor or "your mentor"


def goal_phrase(goal: str, words: int = 14) -> str:
    """A goal as a phrase that fits after "on" or "about": "becoming a staff engineer"."""
    return clip_words(to_gerund_phrase(goal), words)


def _doing(goal: str) -> str:
    phrase = goal_phrase(goal)
    head = phrase.split(" ")[0]
    return phrase if head.endswith("ing") and verb_base(head) else f"working on {phrase}"


def goal_questions(goal: str, rank: int) -> list[str]:
    """Open questions about one goal, most useful first."""
    phrase = goal_phrase(goal)
    if rank == 0:
        return [
            f"What would you focus on first if you were {_doing(goal)} in my position?",
            f"Which signs would tell you I'm making real progress on {phrase}?",
        ]
    return [
        f"How would you fit {phrase} alongside my other priorities?",
        f"What would a good first step on {phrase} be?",
    ]


def challenge_questions(challenge: str) -> list[str]:
    """Open questions about one challenge, phrased to fit a clause or a noun phrase."""
    text = clip_words(fragment(challenge), 20)
    if starts_with_clause(challenge):
        return [f"How would you handle a situation where {text}?", f"What might I be missing about why {text}?"]
    return [f"How would you approach {text}?", f"What have you seen work when dealing with {text}?"]


def progress_question(progress: Sequence[str]) -> str:
    """An open question that builds on what the user has done."""
    if progress:
        sentence = first_person_sentence(clip_words(progress[0], 16))
        if sentence and sentence.startswith("I "):
            return f"Given that {lower_first(sentence.rstrip('.'))}, what would you build on next?"
    return "Looking at my progress since last time, what would you build on next?"


def build_questions(plan: _Plan, count: int) -> list[str]:
    """``count`` open questions: the first goal and the first challenge lead, interleaved."""
    per_goal = [goal_questions(g, i) for i, g in enumerate(plan.goals[:3])]
    per_challenge = [challenge_questions(c) for c in plan.challenges[:3]]
    ordered: list[str] = []
    for depth in range(2):
        for i in range(max(len(per_goal), len(per_challenge))):
            for group in (per_goal, per_challenge):
                if i < len(group):
                    ordered.append(group[i][depth])
    main = goal_phrase(plan.goals[0], 10)
    ordered += [
        progress_question(plan.progress),
        f"What's one habit you'd suggest I start, or stop, to move faster on {main}?",
        f"Who else would be worth talking to about {main}?",
        "What would make our next session most useful for you?",
    ]
    unique = list(dict.fromkeys(ordered))
    return unique[:count]


def opening_update(plan: _Plan, brevity: int) -> str:
    """What the user can say first: their progress in their own words, then today's focus."""
    focus = f"Today I'd most like your help with {goal_phrase(plan.goals[0], 12)}."
    if not plan.progress:
        return (
            f"You haven't listed any progress, so open with two lines on {goal_phrase(plan.goals[0], 12)}: what "
            f'you tried since you last met {plan.mentor_label}, and what happened. Then say: "{focus}"'
        )
    shown = plan.progress[: (3, 2, 1)[brevity]]
    sentences = [first_person_sentence(p) for p in shown]
    if all(s and s.startswith("I ") and not s.startswith("I'") for s in sentences):
        actions = [s.rstrip(".")[2:] if i else s.rstrip(".") for i, s in enumerate(sentences) if s]
        update = f"Since we last spoke, {join_items(actions)}."
    elif all(sentences):
        update = "Since we last spoke: " + " ".join(s for s in sentences if s)
    else:
        update = as_sentence(f"A quick update since we last spoke: {'; '.join(fragment(p) for p in shown)}")
    return f"{update} {focus}"


def agenda_lines(plan: _Plan, brevity: int) -> list[str]:
    """Numbered agenda items, each with a time box; open items listed one per sub-bullet."""
    topics: list[tuple[str, str, float, int]] = [("Check-in and your update", "open with the update above.", 1, 2)]
    if plan.open_items:
        weight = 0.5 + 0.3 * min(len(plan.open_items), 6)
        topics.append(("Open items from last time", "what you did, what happened, what got stuck.", weight, 2))
    main_index = len(topics)
    topics.append((f"Main topic: {goal_phrase(plan.goals[0], 10)}", "start with question 1.", 4, 3))
    second = plan.challenges[0] if plan.challenges else (plan.goals[1] if len(plan.goals) > 1 else None)
    if second and plan.minutes >= 20:
        label = "Challenge" if plan.challenges else "Second goal"
        topics.append((f"{label}: {clip_words(fragment(second), 10)}", "ask question 2.", 2, 2))
    if plan.minutes >= 60 and len(plan.goals) + len(plan.challenges) > 2:
        topics.append(("Anything else on my list", "pick the next question that still matters.", 1.5, 3))
    topics.append(("Wrap-up", f"repeat back what you'll do next and agree when you'll meet {plan.mentor_label} "
                   "again.", 1, 2))  # fmt: skip
    minimums = [low if plan.minutes >= 15 or low == 3 else 1 for *_, low in topics]
    minutes = allocate_minutes(plan.minutes, [t[2] for t in topics], minimums, main_index)
    lines = []
    for number, ((title, detail, *_), length) in enumerate(zip(topics, minutes, strict=True), start=1):
        suffix = f": {detail}" if brevity < 2 else ""
        lines.append(f"{number}. **{upper_first(title)}** ({length} min){suffix}")
        if title.startswith("Open items"):
            lines += [f"   - {upper_first(tidy(item))}" for item in plan.open_items]
    return lines


def _covered(item: str, text: str) -> bool:
    """Whether ``text`` carries an item: half of its key words, or the item itself when it has none."""
    found, total = fact_coverage(item, text)
    if total == 0:
        return plain(item).strip().lower() in plain(text).lower()
    return found >= max(1, math.ceil(total * 0.5))


class PrepareTask(TaskSpec):
    """Getting ready for a mentoring meeting."""

    name = "prepare"
    title = "Prepare for a meeting"
    description = "An agenda whose time boxes add up, open questions in priority order, and an opening update."
    fields = FIELDS
    audience = "mentee"

    def retrieval_query(self, values: Mapping[str, Any]) -> str:
        """Agenda, questions and progress updates, anchored on the user's goals and challenges."""
        return tidy(
            "prepare for a mentoring meeting: agenda with time boxes, open action items, good open questions, "
            f"progress update. Goals: {clip_chars(values.get('goals') or '', 160)}. "
            f"Challenges: {clip_chars(values.get('challenges') or '', 120)}"
        )

    def compose(self, values: Mapping[str, Any], guidance: Sequence[SearchResult], style: Style) -> Composition:
        """Opening update, agenda and questions, citing the guidance each section follows."""
        plan = _Plan(values)
        brevity = max(0, min(style.brevity, 2))
        agenda_cite = cite(guidance, ["build-a-meeting-agenda", "respect-their-time"], ["agenda"])
        question_cite = cite(
            guidance, ["prepare-good-questions", "encourage-autonomy-with-open-questions"], ["question"]
        )
        update_cite = cite(guidance, ["act-on-advice-and-report-progress", "own-your-development"], ["progress"])
        with_whom = f" with {plan.mentor}" if plan.mentor else ""
        agenda_intro = pick(
            [
                "Report back on open items first, then one main topic, with a time box on every line",
                "Open items first, then the topic that matters most, each with its own time box",
            ]
            if plan.open_items
            else ["One main topic, with a time box on every line", "The topic that matters most first, each item "
                  "time-boxed"],
            plan.seed,
        )  # fmt: skip
        questions = build_questions(plan, QUESTIONS_BY_BREVITY[brevity])
        parts = [
            "## Your opening update",
            with_marker(opening_update(plan, brevity), update_cite),
            f"## Agenda for {plan.minutes} minutes{with_whom}",
            f"{agenda_intro}{agenda_cite}.",
            "\n".join(agenda_lines(plan, brevity)),
            "## Questions to ask (most important first)",
        ]
        if brevity == 0:
            parts.append(f"Open questions leave room for their experience rather than a yes or no{question_cite}.")
        parts.append("\n".join(f"{n}. {q}" for n, q in enumerate(questions, start=1)))
        if brevity == 0:
            send = f"Send the agenda to {plan.mentor_label} a day before, so they can think about question 1."
            parts.append(with_marker(send, agenda_cite))
        return Composition(body="\n\n".join(parts))

    def check(self, text: str, subject: str | None, values: Mapping[str, Any]) -> list[Check]:
        """Minutes add up, 5–8 open questions, every open item on the agenda, a progress opener."""
        expected = int(values.get("meeting_minutes") or MEETING_DEFAULT)
        agenda = find_section(text, "agenda") or ""
        boxes = [minutes_in(item) for item in list_items(agenda, top_level_only=True)]
        total = sum(b for b in boxes if b is not None)
        asked = [strip_citations(q).strip() for q in list_items(find_section(text, "question") or "")]
        asked = [q for q in asked if q.rstrip(" *_").endswith("?")]
        closed = [q for q in asked if not is_open_question(q)]
        missing = [i for i in split_items(values.get("open_items")) if not _covered(i, agenda)]
        opener = find_section(text, "opening", "opener", "progress", "update") or ""
        return [
            reads_well(text),
            faithful(text, values, allowed=numbers_in_time_boxes(text)),
            Check("minutes_add_up", bool(boxes) and None not in boxes and total == expected,
                  f"Give every agenda item a time box; they add up to {total}, the meeting is {expected} minutes."),
            Check("five_to_eight_questions", QUESTIONS_MIN <= len(asked) <= QUESTIONS_MAX,
                  f"List {QUESTIONS_MIN}–{QUESTIONS_MAX} questions (found {len(asked)})."),
            Check("open_questions", bool(asked) and not closed,
                  "Start questions with what/how/which, not is/do/can: " + "; ".join(closed[:2])),
            Check("open_items_on_agenda", not missing,
                  "Put every open item on the agenda: " + "; ".join(clip_words(m, 8) for m in missing[:3])),
            Check("progress_opener", bool(content_stems(opener)),
                  "Start with a short progress update you can open the meeting with."),
        ]  # fmt: skip
