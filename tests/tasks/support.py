"""Fake guidance and hypothesis strategies shared by the job tests (no model, no index)."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import strategies as st

from coach.checks import content_stems, plain, word_set
from coach.knowledge import SearchResult
from coach.tasks.base import Check, Composition, Style

CARD_TEXT: dict[str, tuple[str, str]] = {
    "make-a-specific-ask": (
        "How to do it",
        "A specific, time-boxed request has four parts.\n\n"
        "1. Topic: name the one thing you want to discuss.\n"
        "2. Size: give a time limit (15, 20 or 30 minutes) and a format such as a video call.\n"
        "3. Timing: suggest a loose window rather than a date that puts them on the spot.\n"
        "4. An exit: add a line that makes declining painless, and mean it.",
    ),
    "first-outreach-message": (
        "How to do it",
        "1. Open with who you are in one line.\n2. Name something specific of theirs that you admire.\n"
        "3. Close with one small, clear request and make it easy to decline.",
    ),
    "respect-their-time": ("Why it matters", "Busy people protect their time. Short messages get answered."),
    "build-a-meeting-agenda": (
        "How to do it",
        "1. Open items first (5-10 min): report on the action items from last time.\n"
        "2. Main topic (20 min): the one issue where you most need their thinking.\n"
        "3. Wrap-up (5 min): repeat back what you'll do next, and agree the next date.",
    ),
    "prepare-good-questions": ("How to do it", "Ask open questions that start with what or how."),
    "act-on-advice-and-report-progress": ("How to do it", "Report back on what you tried and what happened."),
    "give-specific-behavioural-feedback": (
        "How to do it",
        "1. Situation: name when and where.\n2. Behaviour: describe what they did, as a camera would.\n"
        "3. Impact: say what effect it had.\n4. Then pause and ask how it looked from their side.",
    ),
    "balance-feedback-with-strengths": ("How to do it", "Pair the concern with a genuine, specific strength."),
    "feedback-with-a-way-forward": ("How to do it", "End with a next step you agree together."),
    "receive-feedback-without-defensiveness": (
        "How to do it",
        "1. Pause and let them finish.\n2. Ask a clarifying question about a concrete moment.\n"
        "3. Thank them, even if it stung.\n4. Turn what you accept into one or two actions.",
    ),
    "thank-you-and-follow-up": (
        "How to do it",
        "1. Send it within a day.\n2. Open with a specific thank-you.\n3. List your action items with dates.",
    ),
    "raise-frequent-cancellations": (
        "How to do it",
        "1. Check your facts: how many sessions were moved, and over what period.\n"
        "2. Raise it at the start of your next conversation, or in a short message.\n"
        "3. Give them a graceful way out by asking whether now is the wrong time for them to mentor.\n"
        "4. Suggest a lighter rhythm, such as shorter sessions or questions by email.",
    ),
    "raise-frequent-cancellations#say": (
        "Say it well",
        'Weak: "You keep cancelling on me."\n\n'
        "Stronger: \"I've noticed our last few sessions have had to move. Would something lighter work "
        'better for you?"',
    ),
    "raise-frequent-cancellations#pitfalls": (
        "Pitfalls",
        "- Raising it in a bitter or sarcastic tone.\n- Waiting until you are completely fed up.",
    ),
}


def result(card: str, score: float = 1.0) -> SearchResult:
    """A retrieved passage for ``card`` (``id#part`` picks another section of the same card)."""
    card_id = card.split("#")[0]
    heading, text = CARD_TEXT[card]
    return SearchResult(
        id=card_id,
        title=card_id.replace("-", " ").capitalize(),
        heading=heading,
        text=text,
        score=score,
        source=f"{card_id}.md",
        passage_id=f"{card}#0",
        audience="both",
        tasks=(),
    )


def guidance(*cards: str) -> list[SearchResult]:
    """A ranked guidance list, best first."""
    return [result(c, 1.0 - i / 10) for i, c in enumerate(cards)]


OUTREACH_GUIDANCE = guidance("make-a-specific-ask", "first-outreach-message", "respect-their-time")
PREPARE_GUIDANCE = guidance("build-a-meeting-agenda", "prepare-good-questions", "act-on-advice-and-report-progress")
GIVE_GUIDANCE = guidance(
    "give-specific-behavioural-feedback", "balance-feedback-with-strengths", "feedback-with-a-way-forward"
)
RECEIVE_GUIDANCE = guidance("receive-feedback-without-defensiveness", "act-on-advice-and-report-progress")
SUMMARY_GUIDANCE = guidance("thank-you-and-follow-up", "act-on-advice-and-report-progress")
ASK_GUIDANCE = guidance(
    "raise-frequent-cancellations", "raise-frequent-cancellations#say", "raise-frequent-cancellations#pitfalls"
)

# Content words only (no stopwords, labels or absolutes), so "every key word appears" is a fair property.
VOCABULARY = tuple(
    sorted(
        word_set(
            "platform analytics onboarding research pipeline accessibility security finance hiring strategy "
            "community education nursing informatics marketing product design systems roadmap pricing logistics "
            "compliance storytelling negotiation budgeting partnerships mentoring architecture testing "
            "localisation retention fundraising sustainability"
        )
    )
)
NAMES = ("Amaka", "Ines", "Priya", "Tomasz", "Dana", "Kwame", "Sofia", "Haruto", "Olu", "Marguerite")

words = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=6, unique=True).map(" ".join)
"""A short phrase of content words (no word twice: a doubled word is a real flaw the checks catch)."""


def words_up_to(max_chars: int) -> st.SearchStrategy[str]:
    """Phrases of content words of any length up to ``max_chars``."""
    return (
        st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=max_chars // 5, unique=True)
        .map(" ".join)
        .map(lambda s: s[:max_chars].rsplit(" ", 1)[0] if len(s) > max_chars else s)
    )


person = st.lists(st.sampled_from(NAMES), min_size=2, max_size=2, unique=True).map(" ".join)

PLACEHOLDERS = re.compile(r"lorem|\[insert|\{|\}|TODO:|\bXXX\b|<name>|\[name\]", re.IGNORECASE)


def missing_words(fact: str, text: str) -> list[str]:
    """Key words of ``fact`` that ``text`` does not contain."""
    present = set(content_stems(plain(text)))
    return [s for s in content_stems(fact) if s not in present]


READING_CHECKS = frozenset({"reads_well", "faithful", "task_lines_in_actions"})
"""The checks that read the words themselves (issue 8).

The composers these tests pin down predate them and are being rewritten, so composer-output tests
here hold drafts to the rest of the rubric; ``tests/golden/test_corpus_checks.py`` holds every
composer output to all the checks, reading ones included.
"""


def rubric(checks: list[Check]) -> list[Check]:
    """The checks other than the reading ones."""
    return [c for c in checks if c.name not in READING_CHECKS]


def left_to_the_user(text: str) -> set[str]:
    """Checks a feedback script to give may fail because only the user knows the answer.

    A behaviour they did not give stays a blank (``filled_in``); an effect or a strength they did not give
    is left out of the script (``behaviour_and_impact`` and ``includes_strength`` ask for them). Either way
    nothing is invented.
    """
    from coach.checks import find_blanks

    left = {"filled_in"} if find_blanks(text) else set()
    said = "**Behaviour:**" in text or "**What you did well:**" in text  # the corrective script or the praise one
    left |= {"includes_strength"} if "**Behaviour:**" in text and "**What's working:**" not in text else set()
    return left | ({"behaviour_and_impact"} if said and "**Impact:**" not in text else set())


def offline_draft(job: str, values: dict[str, object], style: Style | None = None) -> tuple[Composition, list[Check]]:
    """A job's offline draft from ``values`` (validated), with no guidance, and the checks run on it."""
    from coach.tasks import get_task

    task = get_task(job)
    valid = task.validate(values)
    draft = task.compose(valid, [], style or Style())
    return draft, task.check(draft.body, draft.subject, valid)


def drafted(job: str, values: dict[str, object], *, form_style: bool = True,
            with_subject: bool = False) -> tuple[str, list[str]]:
    """A job's offline draft as text, and the names of the checks it fails.

    ``form_style``: in the tone the form's choices give (else the default style); ``with_subject``: the subject line
    first, as "Subject: …".
    """
    from coach.tasks.registry import initial_style

    draft, checks = offline_draft(job, values, initial_style(values) if form_style else None)
    subject = f"Subject: {draft.subject}\n" if with_subject and draft.subject else ""
    return subject + draft.body, [check.name for check in checks if not check.passed]


def shipped_card(card_id: str) -> SearchResult:
    """The shipped card on disk as a search result, whose sections an answer reads."""
    from pathlib import Path

    source = Path(__file__).resolve().parents[2] / "knowledge" / f"{card_id}.md"
    # (its audience as the card says: a mentor's question is answered from the cards for mentors)
    audience = re.search(r"^audience:\s*(\w+)", source.read_text(encoding="utf-8"), re.MULTILINE)
    return SearchResult(id=card_id, title=card_id, heading="", text="", score=1.0, source=str(source),
                        passage_id=f"{card_id}#0", audience=audience.group(1) if audience else "both", tasks=())


def answer_on_the_index(retriever: Any, question: str) -> tuple[str, list[SearchResult]]:
    """The offline answer to ``question`` over the real index, and the guidance it was drawn from."""
    from coach.tasks import get_task

    task = get_task("ask")
    values = task.validate({"question": question})
    found = retriever.search(task.retrieval_query(values), 4, task=task.name, audience=task.audience_for(values),
                             also=task.retrieval_parts(values))
    fixed = task.scope_reply(values, found)
    return (fixed.body if fixed else task.compose(values, found, Style()).body), found
