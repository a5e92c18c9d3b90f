"""Conversation memory within a token budget: summaries keep commitments, whichever summariser runs."""

from __future__ import annotations

from collections.abc import Sequence

from llm_server import Fault, LLMServer

from coach.rehearsal.memory import ConversationMemory, MemoryTurn
from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.session import RehearsalSession
from coach.tokens import count_tokens

from .conftest import llm_settings

EARLY_COMMITMENT = "I'll send you a one-page agenda every Monday by 10am."
FILLER_USER = [
    "The release has taken most of my week, and the reviews keep slipping.",
    "I noticed the team stand-ups got longer since the reorg.",
    "I'm not sure which project to prioritise between the migration and the dashboard.",
    "It has been a hard month with the on-call rota as well.",
]


def sixty_turns() -> list[str]:
    return [EARLY_COMMITMENT] + [f"{FILLER_USER[i % 4]} (turn {i})" for i in range(59)]


def test_sixty_turn_session_stays_within_budget_and_keeps_the_early_commitment() -> None:
    budget = 400
    session = RehearsalSession(
        "frequent-cancels",
        "warm",
        "medium",
        engine="offline",
        detector=MoveDetector(None),
        max_turns=100,
        memory_budget=budget,
    )
    for line in sixty_turns():
        session.user_turn(line)
        assert session.memory.tokens() <= budget
        assert count_tokens(session.memory.render()) <= budget
    assert len(session.user_turns) == 60 and not session.ended
    assert session.memory.folded_turns > 100  # most of the 121 turns now live only in the summary
    assert EARLY_COMMITMENT in session.memory.summary_text()
    assert "(turn 58)" in session.memory.render()  # the latest turns stay word for word


def test_offline_summary_keeps_key_facts_and_commitments_from_both_sides() -> None:
    memory = ConversationMemory(150, labels={"user": "Mentee", "partner": "Mentor"}, min_recent=2)
    memory.add("user", "Of our last four sessions, three were moved. I feel a bit stuck.")
    memory.add("partner", "Let's meet every other Tuesday at 8am.")
    for i in range(12):
        memory.add("user", "Some unrelated chatter about the weather and the office plants" + "!" * (i + 1))
    summary = memory.summary_text()
    assert "Mentor: Let's meet every other Tuesday at 8am." in summary
    assert "Mentee: Of our last four sessions, three were moved." in summary
    assert "I feel a bit stuck" not in summary  # feelings without facts are not kept verbatim
    assert memory.tokens() <= 150


def test_even_a_huge_turn_is_cut_to_fit() -> None:
    memory = ConversationMemory(200)
    memory.add("user", "word " * 5000)
    memory.add("partner", "Okay.")
    assert memory.tokens() <= 200


def test_a_model_summary_that_drops_a_commitment_still_keeps_it() -> None:
    def forgetful(previous: Sequence[str], turns: Sequence[MemoryTurn]) -> list[str]:
        return ["They talked about schedules."]

    memory = ConversationMemory(160, summariser=forgetful)
    memory.add("user", "Let's review the new rhythm on 30 June.")
    for i in range(10):
        memory.add("partner", f"Filler reply number {i} about nothing in particular at all.")
    assert "They talked about schedules." in memory.summary_text()
    assert "User: Let's review the new rhythm on 30 June." in memory.summary_text()


def test_llm_summary_is_used_and_a_failing_model_falls_back_to_offline_notes(llm_server: LLMServer) -> None:
    llm_server.responder = lambda request: "- Mentee: said the release is eating the week."
    session = RehearsalSession(
        "frequent-cancels",
        "warm",
        "medium",
        engine="llm",
        settings=llm_settings(llm_server),
        detector=MoveDetector(None),
        max_turns=100,
        memory_budget=250,
    )
    session.user_turn(EARLY_COMMITMENT)
    for line in sixty_turns()[1:8]:
        session.user_turn(line)
    summary_requests = [r for r in llm_server.requests if "keep the notes" in r["messages"][0]["content"]]
    assert summary_requests, "the LLM engine should summarise with the model"
    assert "said the release is eating the week" in session.memory.summary_text()
    assert EARLY_COMMITMENT in session.memory.summary_text()
    assert session.memory.tokens() <= 250

    llm_server.queue(*[Fault("500")] * 40)  # the next partner replies and summaries all fail
    for line in sixty_turns()[8:14]:
        session.user_turn(line)
    assert session.engine == "offline"
    assert EARLY_COMMITMENT in session.memory.summary_text()
