"""Feedback: reframe feedback you received, or shape feedback you will give (mentor side)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from coach.checks import (
    content_stems,
    find_absolutes,
    find_defensive,
    find_labels,
    find_phrases,
    find_section,
    list_items,
    name_parts,
    questions,
    sentences,
    split_note,
)
from coach.compose import (
    as_sentence,
    cite,
    clip_chars,
    fragment,
    join_items,
    note,
    pick,
    tidy,
    upper_first,
    with_marker,
)
from coach.knowledge import SearchResult
from coach.tasks._reframe import Observations, first_action, neutralise, observe, reply_topic, situation
from coach.tasks.base import Check, Composition, Field, Style, TaskSpec
from coach.tasks.reading import faithful, reads_well

DIRECTIONS: tuple[str, ...] = ("received", "give")
CLARIFYING_MIN, CLARIFYING_MAX = 2, 4
BEHAVIOUR_CUES = ("behaviour", "behavior", "i noticed", "i've noticed", "i saw", "i've seen", "i observed", "when you")
IMPACT_CUES = ("impact", "the effect", "as a result", "which meant", "that meant", "this meant", "that matters because",
               "led to", "the result")  # fmt: skip
STRENGTH_CUES = ("strength", "what's working", "i value", "i appreciate", "you do well", "really good", "great",
                 "impressive", "well done", "credit", "excellent", "strong")  # fmt: skip
_RESTATEMENT = ("neutral", "restat", "what they said", "in plain")
PRAISE_CUES = ("calm", "clear", "clearest", "careful", "thorough", "value", "valued", "appreciate", "love", "thank",
               "well", "better than anyone", "kind", "helpful")  # fmt: skip
"""Words that mark a sentence as praise, where an absolute is generous rather than a sting."""
NEXT_STEP_CUES = ("could you", "can you", "would you", "will you", "let's", "next step", "next time", "next session",
                  "going forward", "from now on", "before our next", "when we next meet", "agree", "try")  # fmt: skip

FIELDS: tuple[Field, ...] = (
    Field(
        "direction",
        "Direction",
        "received (feedback someone gave you) or give (feedback you want to give, as a mentor).",
        True,
        10,
        kind="choice",
        choices=DIRECTIONS,
    ),
    Field(
        "feedback",
        "The feedback",
        "The feedback in your own words, as it was said or as you'd say it.",
        True,
        2000,
        kind="long_text",
    ),
    Field("context", "Context", "Where or when it happened, e.g. 'Tuesday's client call'.", False, 300),
    Field("person_name", "Person", "Who gave it to you, or who you're giving it to.", False, 80),
)


def _first_name(person: str) -> str:
    parts = name_parts(person)
    return parts[0] if parts else ""


def _behaviours(observed: Observations, feedback: str) -> list[str]:
    return observed.behaviours or [fragment(neutralise(feedback))]


def _in_context(context: str) -> str:
    where = situation(context)
    return f" {where[:1].lower()}{where[1:]}" if where else ""


class FeedbackTask(TaskSpec):
    """Reframing feedback, in either direction."""

    name = "feedback"
    title = "Reframe feedback"
    description = "Make sense of feedback you received, or turn feedback you'll give into behaviour, impact and a way "
    description += "forward."
    fields = FIELDS

    def audience_for(self, values: Mapping[str, Any]) -> str | None:
        """Giving feedback is the mentor's side; receiving it is the mentee's."""
        return "mentor" if values.get("direction") == "give" else "mentee"

    def retrieval_query(self, values: Mapping[str, Any]) -> str:
        """Giving: behaviour, impact, strengths, way forward. Receiving: without defensiveness."""
        said = clip_chars(values.get("feedback") or "", 200)
        if values.get("direction") == "give":
            return tidy(
                "give specific behaviour-focused feedback as a mentor: situation, behaviour, impact, balance with a "
                f"strength, a way forward and next step. Feedback: {said}"
            )
        return tidy(
            "receive feedback and criticism without getting defensive: clarifying questions, act on it, "
            f"report progress. Feedback: {said}"
        )

    def compose(self, values: Mapping[str, Any], guidance: Sequence[SearchResult], style: Style) -> Composition:
        """The give script (SBI + request) or the received reframe, depending on direction."""
        if values.get("direction") == "give":
            return Composition(body=self._give(values, guidance, style))
        return Composition(body=self._received(values, guidance, style))

    # -- give -------------------------------------------------------------------------------------------

    def _give(self, values: Mapping[str, Any], guidance: Sequence[SearchResult], style: Style) -> str:
        feedback, context = str(values["feedback"]), str(values.get("context") or "")
        person = str(values.get("person_name") or "")
        first = _first_name(person)
        observed = observe(feedback, person, "give")
        brevity = max(0, min(style.brevity, 2))
        seed = f"{feedback}|{person}"
        where = situation(context)
        if where:
            situation_line = as_sentence(where)
        elif context:
            situation_line = as_sentence(neutralise(context))
        else:
            situation_line = "Our recent work together."
        behaviour = f"I've noticed that {join_items(_behaviours(observed, feedback))}."
        lines = []
        if brevity == 0:
            opener = pick(
                ["have you got ten minutes? I'd like to share something I noticed, and hear how it looked from "
                 "your side.", "can I share an observation? I'd like to hear your side of it too."],
                seed,
            )  # fmt: skip
            lines.append(f"{first}, {opener}" if first else upper_first(opener))
        lines += [
            f"**Situation:** {situation_line}",
            f"**Behaviour:** {behaviour}",
            f"**Impact:** {self._impact(observed, context, seed)}",
            f"**What's working:** {self._strength(observed, context, seed)}",
            f"**Request:** {self._request(observed, style.tone, context)}",
        ]
        return "\n\n".join(lines) + "\n\n" + self._give_note(observed, guidance, first)

    @staticmethod
    def _impact(observed: Observations, context: str, seed: str) -> str:
        if observed.impacts:
            return as_sentence(f"As a result, {join_items(observed.impacts)}")
        where = fragment(neutralise(context)) if situation(context) else ""
        scope = f"everyone involved in {where}" if where else "the people you work with"
        return as_sentence(
            pick(
                [f"That matters because it affects {scope}, and how others experience working with you",
                 f"That matters because it affects {scope}, and how your work is seen"],
                seed,
            )
        )  # fmt: skip

    @staticmethod
    def _strength(observed: Observations, context: str, seed: str) -> str:
        if observed.strengths:
            return as_sentence(f"{upper_first(join_items(observed.strengths))}, and I don't want that to get lost")
        where = fragment(neutralise(context)) if situation(context) else ""
        bring = f"what you bring to {where}" if where else "what you bring to the team"
        return as_sentence(pick([f"I value {bring}, and I think this is very fixable",
                                 f"I value {bring}; that's exactly why I'm raising this"], seed))  # fmt: skip

    @staticmethod
    def _request(observed: Observations, tone: str, context: str) -> str:
        action = first_action(observed)
        ask = {"formal": "Would you be willing to", "casual": "Can you"}.get(tone, "Could you")
        request = f"{ask} {action} from now on?" if action else "Could we agree one specific change you'd like to try?"
        return f"{request} Let's look at how it went when we next meet."

    @staticmethod
    def _give_note(observed: Observations, guidance: Sequence[SearchResult], first: str) -> str:
        points = [
            ("situation, behaviour and impact, then a request",
             cite(guidance, ["give-specific-behavioural-feedback"], ["situation", "behaviour"])),
            ("behaviour instead of labels or absolutes",
             cite(guidance, ["give-specific-behavioural-feedback"], ["label"])),
            ("a genuine strength alongside the concern", cite(guidance, ["balance-feedback-with-strengths"],
                                                             ["strength"])),
            ("ending on a way forward", cite(guidance, ["feedback-with-a-way-forward"], ["next step", "forward"])),
        ]  # fmt: skip
        text = note(points)
        if not observed.strengths:
            whose = f"{first}'s" if first else "their"
            text += f" If you have a specific strength of {whose} in mind, use it: specific praise lands better."
        return text

    # -- received ---------------------------------------------------------------------------------------

    def _received(self, values: Mapping[str, Any], guidance: Sequence[SearchResult], style: Style) -> str:
        feedback, context = str(values["feedback"]), str(values.get("context") or "")
        person = str(values.get("person_name") or "")
        who = _first_name(person) or "they"
        observed = observe(feedback, person, "received")
        brevity = max(0, min(style.brevity, 2))
        receive = cite(guidance, ["receive-feedback-without-defensiveness"], ["defensive"])
        act = cite(guidance, ["act-on-advice-and-report-progress", "ask-for-feedback"], ["report back", "progress"])
        behaviours = _behaviours(observed, feedback)
        said = join_items([f"that {b}" for b in behaviours] + [f"that {i}" for i in observed.impacts])
        restated = f"Put neutrally, {who} {'has' if who != 'they' else 'have'} noticed {said}."
        if observed.labels:
            words = join_items([f'"{label}"' for label in observed.labels])
            restated += f" Words like {words} are a judgment; the useful part is the behaviour behind them."
        period = fragment(neutralise(context)) or "the last few weeks"
        true_points = [
            f"Look for the pattern, not the wording: think back over {period}. Were there moments when "
            f"{behaviours[0]}?",
            "If a couple come to mind, there's probably something worth acting on, even if the delivery stung.",
            with_marker("Notice the urge to explain, and park it: decide what you accept after a day, not in the "
                        "moment.", receive),
        ][: (3, 2, 1)[brevity]]  # fmt: skip
        sections = [
            f"### What {who if who != 'they' else 'they'} said, put neutrally",
            with_marker(restated, receive),
            "### What might be true in it",
            "\n".join(f"- {p}" for p in true_points),
            f"### Questions to ask {who if who != 'they' else 'them'}",
            "\n".join(f"{n}. {q}" for n, q in enumerate(self._clarifying(observed, context, brevity), start=1)),
            "### Action plan",
            "\n".join(f"{n}. {a}" for n, a in enumerate(self._plan(observed, context, who, act), start=1)),
            "### A reply you could send",
            self._reply(observed, person, style.tone, f"{feedback}|{person}"),
        ]
        return "\n\n".join(sections)

    @staticmethod
    def _clarifying(observed: Observations, context: str, brevity: int) -> list[str]:
        asked = [
            f"Could you point me to a specific moment{_in_context(context)} when this came across, so I know what "
            "to watch for?",
            "What would doing this well look like to you?",
            "What's the one thing you'd most like me to change first?",
        ]
        if not observed.impacts:
            asked.insert(1, "What effect did it have on you or the team?")
        return asked[: CLARIFYING_MAX - brevity]

    @staticmethod
    def _plan(observed: Observations, context: str, who: str, marker: str) -> list[str]:
        action = first_action(observed) or "the one change your clarifying questions point to"
        where = _in_context(context)
        them = who if who != "they" else "them"
        return [
            f"Write down two recent moments{where} that match the feedback, and what an observer would have seen.",
            f"Try one change for the next two weeks: {action}.",
            with_marker(f"Then tell {them} what you changed, and ask what they've noticed since.", marker),
        ]

    @staticmethod
    def _reply(observed: Observations, person: str, tone: str, seed: str) -> str:
        first = _first_name(person)
        name = f", {first}" if first else ""
        topic = reply_topic(observed)
        about = f"what you said about {topic}" if topic else "what you said"
        action = first_action(observed)
        meantime = f"In the meantime, I'm going to {action}." if action else (
            "In the meantime, I'll keep a note of when it comes up.")  # fmt: skip
        thanks = {
            "formal": f"Thank you for your candid feedback{name}.",
            "casual": f"Thanks for being straight with me{name}.",
        }.get(tone, pick([f"Thank you for telling me{name}.", f"Thanks for being honest with me{name}."], seed))
        return (
            f"{thanks} I've been thinking about {about}, and I want to get this right. Could we take ten minutes "
            f"this week so I can understand a specific example and what you'd like to see instead? {meantime}"
        )

    # -- checks -----------------------------------------------------------------------------------------

    def check(self, text: str, subject: str | None, values: Mapping[str, Any]) -> list[Check]:
        """Reads well and faithful, then the rubric for the direction.

        Giving: SBI without labels. Receiving: calm and concrete.
        """
        message, _ = split_note(text)
        if values.get("direction") == "give":
            return [reads_well(message), faithful(message, values), *self._check_give(text)]
        # Received: the restatement must be true to what was said; the plan and reply are the user's own.
        restated = find_section(text, *_RESTATEMENT) or message
        return [reads_well(message), faithful(restated, values), *self._check_received(text)]

    @staticmethod
    def _check_give(text: str) -> list[Check]:
        message, _ = split_note(text)
        # Absolutes sting in the behaviour ("you always..."), not in praise ("your patients always say...").
        criticism = " ".join(s for s in sentences(message) if not find_phrases(s, (*STRENGTH_CUES, *PRAISE_CUES)))
        absolutes, labels = find_absolutes(criticism), find_labels(message)
        paragraphs = [p for p in message.split("\n\n") if p.strip()]
        last = paragraphs[-1] if paragraphs else ""
        return [
            Check("no_absolutes", not absolutes, "Drop absolutes: " + ", ".join(absolutes)),
            Check("no_labels", not labels, "Describe the behaviour instead of a label: " + ", ".join(labels)),
            Check("behaviour_and_impact",
                  bool(find_phrases(message, BEHAVIOUR_CUES)) and bool(find_phrases(message, IMPACT_CUES)),
                  "Name what they did, as a camera would see it, and the effect it had."),
            Check("includes_strength", bool(find_phrases(message, STRENGTH_CUES)),
                  "Balance it with a genuine strength you've seen."),
            Check("ends_with_next_step", bool(find_phrases(last, NEXT_STEP_CUES)) or last.rstrip().endswith("?"),
                  "End with a request or an agreed next step."),
        ]  # fmt: skip

    @staticmethod
    def _check_received(text: str) -> list[Check]:
        restated = find_section(text, *_RESTATEMENT) or ""
        asked = questions(find_section(text, "question") or "")
        plan = list_items(find_section(text, "action", "plan") or "")
        reply = find_section(text, "reply", "response")
        defensive = find_defensive(reply or "")
        # A label in quotes is named in order to set it aside ('Words like "sloppy" are a judgment').
        unquoted = re.sub(r"[\"“][^\"”]{1,40}[\"”]", "", restated)
        stings = find_absolutes(unquoted) + find_labels(unquoted)
        return [
            Check("restatement", bool(content_stems(restated)) and not stings,
                  "Restate the feedback neutrally, without the sting" + (f" (drop: {', '.join(stings)})"
                                                                          if stings else "") + "."),
            Check("clarifying_questions", CLARIFYING_MIN <= len(asked) <= CLARIFYING_MAX,
                  f"Ask {CLARIFYING_MIN}–{CLARIFYING_MAX} clarifying questions (found {len(asked)})."),
            Check("action_plan", bool(plan), "Turn what you accept into a concrete action plan."),
            Check("non_defensive_reply", bool(reply) and not defensive,
                  "Write a short reply without defending yourself" + (f" (drop: {', '.join(defensive)})"
                                                                        if defensive else "") + "."),
        ]  # fmt: skip
