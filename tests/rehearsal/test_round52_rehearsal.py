"""Rehearsal classes found in session 50: each test names the class, not the example."""

from __future__ import annotations

import pytest

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.partner import INTENT_DIRECTIONS
from coach.rehearsal.scenarios import get_persona

from .conftest import play


@pytest.mark.parametrize("persona", ["warm", "busy", "skeptical", "defensive"])
def test_a_question_about_them_before_any_issue_is_answered_then_the_point_asked_for(
        detector: MoveDetector, persona: str) -> None:
    # "Can I ask you something first - how are things on your side this quarter?" got "Okay… go on."
    session = play(detector, "frequent-cancels", persona, [
        "Hi, thanks for making time. Can I ask you something first - how are things on your side this quarter?"])
    reply = [t.text for t in session.transcript if t.role == "partner"][-1]
    assert session.reactions[-1].intent == "answer-first"
    assert reply in get_persona(persona).asked_first and reply.endswith("?")
    assert "answer-first" in INTENT_DIRECTIONS  # the LLM partner is told the same move


def test_an_accusation_is_answered_as_one_never_with_i_dont_follow(detector: MoveDetector) -> None:
    # "look, you never have time for me anymore" got "I don't follow. What's the actual ask?" (a reply to vagueness)
    session = play(detector, "frequent-cancels", "busy", ["look, you never have time for me anymore"])
    reply = [t.text for t in session.transcript if t.role == "partner"][-1]
    assert session.reactions[-1].intent == "push-back"
    assert "don't follow" not in reply


def test_a_counter_never_asks_for_what_the_user_already_offered(detector: MoveDetector) -> None:
    # after "30 minutes every other Tuesday at 8am", the partner countered "Could we move it to early mornings?
    # Before nine, nobody books me."; and a fallback after its yes ("If Tuesdays don't work…") was agreed again
    session = play(detector, "frequent-cancels", "defensive", [
        "I wanted to talk about how our sessions are going.",
        "Lately three of our last four sessions got moved, and I'm losing momentum on my promotion plan.",
        "What if we did 30 minutes every other Tuesday at 8am, before your meetings start?",
        "If Tuesdays don't work, I could send questions by email and we meet monthly.",
    ], difficulty="hard")
    said = [t.text for t in session.transcript if t.role == "partner"]
    assert not any("Before nine" in line or "Thirty minutes" in line for line in said), said
    assert session.reactions[-2].intent == "accept" and session.reactions[-1].intent == "neutral"
    from coach.rehearsal.scenarios import get_scenario

    scenario = get_scenario("frequent-cancels")
    assert scenario.already_offered("Mornings are better. Before nine, nobody books me.", ["Tuesdays at 8am?"])
    assert not scenario.already_offered("Mornings are better. Before nine, nobody books me.", ["Tuesdays at 4pm?"])
