"""Ask's relevance floor, per-point relevance and chat follow-ups, on the real cards and the local MiniLM.

A retriever always returns something; the floor decides whether any of it answers the question.
``tests/data/ask_scope.json`` holds 40 questions the cards cover and 40 they don't (a raise, taxes,
visas, code...). Retrieval here is "the four passages closest to the question", which is what the
floor looks at in the app too.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from coach.config import BUILTIN_CARDS_DIR, Settings
from coach.knowledge import SearchResult, load_guidance
from coach.relevance import minilm_similarity
from coach.service import Coach
from coach.tasks.ask import NOT_COVERED_REPLY, not_covered_reply, read_follow_up
from coach.tasks.base import Style
from coach.tasks.registry import get_task

pytestmark = pytest.mark.timeout(900)  # MiniLM on a shared CPU
TASK = get_task("ask")
SCOPE = json.loads((Path(__file__).parent.parent / "data" / "ask_scope.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def passages() -> list[SearchResult]:
    """One passage per card (its advice sections joined): the machine is shared, so embed 48 texts, not 250."""
    loaded = load_guidance(BUILTIN_CARDS_DIR)
    cards: dict[str, list[Any]] = {}
    for p in loaded.passages:
        if not p.is_situations:
            cards.setdefault(p.card_id, []).append(p)
    return [
        SearchResult(card, ps[0].title, ps[0].heading, " ".join(p.text for p in ps)[:1200], 0.0, ps[0].source,
                     ps[0].passage_id, ps[0].audience, ps[0].tasks)
        for card, ps in cards.items()
    ]  # fmt: skip


def closest(question: str, passages: list[SearchResult], k: int = 4) -> list[SearchResult]:
    scores = minilm_similarity(question, [f"{p.title}. {p.heading}. {p.text}" for p in passages])
    ranked = sorted(zip(scores, passages, strict=True), key=lambda pair: -pair[0])
    return [replace(p, score=round(s, 4)) for s, p in ranked[:k]]


def answered_from_guidance(question: str, passages: list[SearchResult]) -> bool:
    values = TASK.validate({"question": question})
    return TASK.preflight(values) is None and TASK.scope_reply(values, closest(question, passages)) is None


def test_the_floor_separates_covered_from_uncovered_questions(passages: list[SearchResult]) -> None:
    inside = [q for q in SCOPE["in_scope"] if answered_from_guidance(q, passages)]
    outside = [q for q in SCOPE["out_of_scope"] if not answered_from_guidance(q, passages)]
    assert len(SCOPE["in_scope"]) >= 40 and len(SCOPE["out_of_scope"]) >= 40
    missed_in = sorted(set(SCOPE["in_scope"]) - set(inside))
    missed_out = sorted(set(SCOPE["out_of_scope"]) - set(outside))
    # Measured with the floor at 0.42 (and at 0.45): 39/40 in scope (this one-passage-per-card view
    # misses "keep confidential what my mentee tells me"), 40/40 out of scope.
    assert len(inside) >= 39, missed_in
    assert len(outside) >= 38, missed_out


def test_a_short_question_that_never_says_mentor_is_answered_from_the_guidance(guidance_settings: Settings,
                                                                             retriever: Any) -> None:
    # Through the app's own retrieval it scored 0.447, just under the old floor of 0.45.
    draft = Coach(guidance_settings, engine="offline", retriever=retriever).draft(
        "ask", {"question": "What should I bring to my first meeting?"})
    assert draft.text != NOT_COVERED_REPLY and "[1]" in draft.text
    assert all(check.passed for check in draft.checks)


def test_a_first_meeting_with_someone_senior_is_answered_from_the_guidance(guidance_settings: Settings,
                                                                          retriever: Any) -> None:
    # "…first meeting with a very senior VP…" scored 0.415 and was turned away: naming a mentoring relation
    # lowers the floor to 0.39, which still turns away a lunch venue with a mentor (0.386)
    coach = Coach(guidance_settings, engine="offline", retriever=retriever)
    question = "I have my first meeting with a very senior VP next week, what should I bring"
    draft = coach.draft("ask", {"question": question})
    assert draft.text != NOT_COVERED_REPLY and "[1]" in draft.text
    lunch = coach.draft("ask", {"question": "what's a good restaurant for lunch with my mentor"})
    assert lunch.text == not_covered_reply("with my mentor") != NOT_COVERED_REPLY


def test_negotiating_a_raise_is_not_answered_from_the_cancellations_card(passages: list[SearchResult]) -> None:
    question = "how do I negotiate a raise"
    values = TASK.validate({"question": question})
    reply = TASK.scope_reply(values, closest(question, passages))
    assert reply is not None and reply.body == NOT_COVERED_REPLY
    assert "doesn't cover" in reply.body and "[" not in reply.body
    assert all(c.passed for c in TASK.check(reply.body, None, values))


def test_coach_ask_reports_in_scope(passages: list[SearchResult], tmp_path: Path) -> None:
    class Retriever:
        def search(self, query: str, k: int = 4, **_: Any) -> list[SearchResult]:
            return closest(query, passages, k)

    coach = Coach(Settings(data_dir=tmp_path), engine="offline")
    coach._retriever = Retriever()  # type: ignore[assignment]
    covered = coach.draft("ask", {"question": "How often should I meet my mentor?"})
    assert covered.in_scope is True and covered.sources and covered.to_json()["in_scope"] is True
    uncovered = coach.draft("ask", {"question": "How do I negotiate a raise?"})
    assert uncovered.in_scope is False and uncovered.to_json()["in_scope"] is False
    assert uncovered.sources == [] and uncovered.text == NOT_COVERED_REPLY
    assert "in_scope" not in coach.draft("summary", {"mentor_name": "Ana", "notes": "- I'll send the deck"}).to_json()


def test_the_short_answer_comes_from_the_most_relevant_card(passages: list[SearchResult]) -> None:
    question = "My mentor keeps cancelling our sessions, what should I do?"
    guidance = closest(question, passages)
    shuffled = [guidance[-1], *guidance[:-1]]  # retrieval's order is not relevance order
    body = TASK.compose(TASK.validate({"question": question}), shuffled, Style()).body
    opening = body.split("\n\n")[0]
    best = max(range(len(shuffled)), key=lambda i: shuffled[i].score) + 1
    assert opening.endswith(f"[{best}].")


def test_points_are_only_those_close_to_the_question(passages: list[SearchResult]) -> None:
    question = "How do I thank my mentor after a session?"
    far = closest("How do I disagree respectfully with my mentor?", passages, 3)
    guidance = [*closest(question, passages, 1), *far]
    body = TASK.compose(TASK.validate({"question": question}), guidance, Style()).body
    bullets = [line for line in body.splitlines() if line.startswith("- ")]
    # no padding with weakly related cards: every point is the thank-you card's (its own steps may fill the list)
    assert bullets and all(line.endswith("[1].") for line in bullets), body


@pytest.mark.parametrize(
    ("question", "expected", "shorter"),
    [
        ("make that shorter", "How do I ask my mentor for feedback?", 1),
        ("Can you make it shorter please?", "How do I ask my mentor for feedback?", 1),
        ("what about by email?", "How do I ask my mentor for feedback? what about by email?", 0),
        ("How often should we meet?", "How often should we meet?", 0),
    ],
)
def test_follow_ups_are_read_with_the_conversation(question: str, expected: str, shorter: int) -> None:
    history = [("user", "How do I ask my mentor for feedback?"), ("assistant", "Ask for one specific thing [1].")]
    assert read_follow_up(question, history) == (expected, shorter)
    assert read_follow_up(question, []) == (question, 0)


def test_a_follow_up_is_judged_with_the_question_before_it(passages: list[SearchResult]) -> None:
    first = "What should I put on the agenda for my next mentoring meeting?"
    history = [("user", first), ("assistant", "Open items first, then the main topic [1].")]
    question = "Should I send slides first?"
    values = TASK.validate({"question": question})
    assert TASK.scope_reply(values, closest(f"{first} {question}", passages), history) is None
