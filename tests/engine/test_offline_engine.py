"""The offline engine and the Coach's flow around it: streaming, refinements, preflight, validation."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping
from typing import Any

import pytest

from coach.config import Settings
from coach.engines.base import EngineRequest
from coach.engines.offline import OfflineEngine, RefinementUnavailableError, refined_style, sentence_chunks
from coach.service import Coach
from coach.tasks.base import Composition, Draft, FieldError, Style

from .fakes import GOOD_FIELDS, FakeOutreach, FakeRetriever, passage


def _offline_coach(retriever: FakeRetriever) -> Coach:
    return Coach(Settings(engine="offline"), retriever=retriever)  # type: ignore[arg-type]


def test_sentence_chunks_join_back_exactly() -> None:
    text = "Subject: Hi there\n\nHello Dana. Can we talk? Yes! Thanks [1].\n\nBest,\nAlex"
    chunks = sentence_chunks(text)
    assert "".join(chunks) == text
    assert len(chunks) >= 5


def test_offline_engine_streams_the_composition_in_sentences(fake_task: FakeOutreach) -> None:
    request = EngineRequest(task=fake_task, values=dict(GOOD_FIELDS), guidance=[passage(1), passage(2)])
    chunks = list(OfflineEngine().stream(request))
    assert len(chunks) >= 4
    assert "".join(chunks).startswith("Subject: A short mentoring question\n\nHi Dana,")


@pytest.mark.parametrize(
    ("instruction", "expected"),
    [("shorter", Style(brevity=1)), ("more formal", Style(tone="formal")), ("warmer", Style(tone="warm"))],
)
def test_named_refinements_adjust_the_style(instruction: str, expected: Style) -> None:
    assert refined_style(Style(), instruction) == expected
    assert refined_style(Style(tone="formal", brevity=1), "shorter") == Style(tone="formal", brevity=2)


def test_offline_engine_refuses_free_text_refinement(fake_task: FakeOutreach) -> None:
    request = EngineRequest(task=fake_task, values=dict(GOOD_FIELDS), guidance=[], instruction="add a joke")
    with pytest.raises(RefinementUnavailableError, match="free-text refinement needs the LLM engine"):
        list(OfflineEngine().stream(request))


def test_offline_draft_is_parsed_cited_and_checked(fake_task: FakeOutreach, fake_retriever: FakeRetriever) -> None:
    draft = _offline_coach(fake_retriever).draft("outreach", GOOD_FIELDS)
    assert draft.engine == "offline" and draft.task == "outreach"
    assert draft.subject == "A short mentoring question"
    assert draft.text.startswith("Hi Dana, I am working on moving from support into data engineering")
    assert [(s.number, s.id, s.title) for s in draft.sources] == [(1, "card-1", "Card 1"), (2, "card-2", "Card 2")]
    assert draft.passed_all and [c.name for c in draft.checks] == ["uses their name", "has a subject"]
    assert draft.usage.prompt_tokens is None and draft.notices == []
    assert draft.fields == {**GOOD_FIELDS, "channel": "email"}
    assert draft.to_json()["usage"] == {"prompt_tokens": None, "completion_tokens": None}


def test_stream_yields_text_then_the_draft(fake_task: FakeOutreach, fake_retriever: FakeRetriever) -> None:
    items = list(_offline_coach(fake_retriever).stream("outreach", GOOD_FIELDS))
    assert all(isinstance(i, str) for i in items[:-1]) and len(items) > 3
    assert isinstance(items[-1], Draft)
    assert "".join(items[:-1]).startswith("Subject: A short mentoring question")  # type: ignore[arg-type]


def test_bad_fields_raise_before_any_retrieval(fake_task: FakeOutreach, fake_retriever: FakeRetriever) -> None:
    coach = _offline_coach(fake_retriever)
    with pytest.raises(FieldError, match="mentor_name is required") as missing:
        coach.stream("outreach", {"goal": "x"})
    assert missing.value.field_name == "mentor_name"
    with pytest.raises(FieldError, match="channel must be one of: email, linkedin"):
        coach.draft("outreach", {**GOOD_FIELDS, "channel": "fax"})
    with pytest.raises(FieldError, match="the limit is 80"):
        coach.draft("outreach", {**GOOD_FIELDS, "mentor_name": "D" * 81})
    assert fake_retriever.calls == []


def test_preflight_reply_skips_retrieval_and_engines(
    fake_task: FakeOutreach, fake_retriever: FakeRetriever, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crisis(values: Mapping[str, Any]) -> Composition | None:
        return Composition(body="Please talk to someone you trust today, Dana.") if "crisis" in values["goal"] else None

    monkeypatch.setattr(fake_task, "preflight", crisis)
    coach = Coach(Settings(engine="llm"), retriever=fake_retriever)  # type: ignore[arg-type]
    draft = coach.draft("outreach", {**GOOD_FIELDS, "goal": "I am in crisis"})
    assert draft.engine == "offline" and draft.text == "Please talk to someone you trust today, Dana."
    assert draft.sources == [] and draft.notices == [] and fake_retriever.calls == []
    assert coach.refine(draft, "shorter") is draft, "a fixed reply is not refined"


def test_named_refinement_offline_recomposes_from_the_saved_fields(
    fake_task: FakeOutreach, fake_retriever: FakeRetriever
) -> None:
    coach = _offline_coach(fake_retriever)
    first = coach.draft("outreach", GOOD_FIELDS)
    shorter = coach.refine(first, "Shorter")
    assert shorter.style == Style(brevity=1) and len(shorter.text) < len(first.text)
    assert shorter.fields == first.fields and shorter.guidance == first.guidance
    formal = coach.refine(shorter, "more formal")
    assert formal.style == Style(tone="formal", brevity=1) and "Kind regards" in formal.text
    assert fake_retriever.calls and len(fake_retriever.calls) == 1, "refining reuses the saved guidance"


def test_free_text_refinement_offline_keeps_the_draft_with_a_notice(
    fake_task: FakeOutreach, fake_retriever: FakeRetriever
) -> None:
    coach = _offline_coach(fake_retriever)
    first = coach.draft("outreach", GOOD_FIELDS)
    same = coach.refine(first, "mention my Python course")
    assert same.text == first.text and same.subject == first.subject
    assert same.notices == [
        "Free-text refinement needs the LLM engine, so the draft is unchanged. "
        "Offline, choose one of: shorter, more formal, warmer."
    ]


@pytest.mark.parametrize(("instruction", "message"), [("   ", "refinement is empty"), ("x" * 301, "limit is 300")])
def test_refinement_instruction_is_validated(
    fake_task: FakeOutreach, fake_retriever: FakeRetriever, instruction: str, message: str
) -> None:
    coach = _offline_coach(fake_retriever)
    draft = coach.draft("outreach", GOOD_FIELDS)
    with pytest.raises(FieldError, match=message):
        coach.refine(draft, instruction)


def test_recheck_runs_the_checks_on_an_edited_draft(fake_task: FakeOutreach, fake_retriever: FakeRetriever) -> None:
    checks = _offline_coach(fake_retriever).recheck("outreach", "Hello there.", None, GOOD_FIELDS)
    assert [(c.name, c.passed) for c in checks] == [("uses their name", False), ("has a subject", False)]


def test_engine_choice_is_validated_and_resolved() -> None:
    with pytest.raises(ValueError, match="choose one of: auto, llm, local, offline"):
        Coach(Settings(), engine="gpt")
    assert Coach(Settings(), engine="auto").engine_kind == "offline"
    assert Coach(Settings(local_model="smollm2-135m")).engine_kind == "local"
    both = Settings(local_model="smollm2-135m", openai_base_url="http://127.0.0.1:1/v1")
    assert Coach(both).engine_kind == "llm", "a configured server wins over a local model"
    assert Coach(Settings(openai_base_url="http://127.0.0.1:1/v1")).engine_kind == "llm"
    assert Coach(Settings(openai_base_url="http://127.0.0.1:1/v1"), engine="offline").engine_kind == "offline"


def test_import_coach_stays_light() -> None:
    heavy = ("torch", "chromadb", "langchain_openai", "sentence_transformers")
    code = f"import sys, coach; print(','.join(m for m in {heavy!r} if m in sys.modules))"
    light = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert light.stdout.strip() == ""
    lazy = "from coach import Coach; print(Coach.__name__)"
    resolved = subprocess.run([sys.executable, "-c", lazy], capture_output=True, text=True, check=True)
    assert resolved.stdout.strip() == "Coach"
