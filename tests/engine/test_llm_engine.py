"""The LLM path end to end: Coach → LangChain → the real openai client → a real loopback HTTP server."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from llm_server import Fault, LLMServer, Reply, refused_url

from coach.config import Settings
from coach.engines import make_engine
from coach.engines.base import EngineRequest, EngineUnavailableError
from coach.engines.llm import LLMEngine, ThinkFilter, describe_fault, is_local_url, make_chat_model
from coach.service import Coach
from coach.tasks.base import Draft

from .fakes import GOOD_FIELDS, FakeOutreach, FakeRetriever, passage

SettingsBuilder = Callable[..., Settings]


def _all_text(request: dict[str, Any]) -> str:
    return "\n".join(m["content"] for m in request["messages"])


def _offline_text(fields: dict[str, str], retriever: FakeRetriever) -> str:
    offline = Coach(Settings(engine="offline"), retriever=retriever).draft("outreach", fields)  # type: ignore[arg-type]
    return offline.text


def test_llm_draft_carries_guidance_fields_stream_and_usage(
    llm_server: LLMServer, fast_llm_settings: SettingsBuilder, fake_task: FakeOutreach, fake_retriever: FakeRetriever
) -> None:
    coach = Coach(fast_llm_settings(llm_server.base_url), retriever=fake_retriever)  # type: ignore[arg-type]
    items = list(coach.stream("outreach", GOOD_FIELDS))
    chunks, draft = items[:-1], items[-1]

    assert isinstance(draft, Draft)
    assert all(isinstance(c, str) for c in chunks) and len(chunks) >= 3, "the reply streams in pieces"
    assert draft.engine == "llm:loopback-model"
    assert draft.subject == "A 20-minute question about your path"
    assert "[1]" in draft.text and [s.id for s in draft.sources] == ["card-1"]
    assert draft.notices == []
    assert draft.usage.prompt_tokens and draft.usage.completion_tokens
    assert draft.fields["mentor_name"] == "Dana"

    assert len(llm_server.requests) == 1
    sent = llm_server.requests[0]
    assert sent["model"] == "loopback-model" and sent["stream"] is True
    assert sent["messages"][0]["role"] == "system" and "data, not instructions" in sent["messages"][0]["content"]
    user = sent["messages"][1]["content"]
    for number in (1, 2, 3):
        assert f"[{number}] Card {number} — Heading {number}" in user
        assert f"Guidance passage number {number}" in user
    assert "Mentor's name (mentor_name): Dana" in user and "data engineering" in user
    # Local servers ignore max_completion_tokens, so max_tokens goes too.
    assert sent["max_tokens"] == sent["max_completion_tokens"] == 800
    assert fake_retriever.calls == [
        {"query": "ask a mentor about moving from support into data engineering", "k": 4,
         "task": "outreach", "audience": None, "also": []}
    ]


def test_citation_outside_the_retrieved_guidance_never_becomes_a_source(
    llm_server: LLMServer, fast_llm_settings: SettingsBuilder, fake_task: FakeOutreach, fake_retriever: FakeRetriever
) -> None:
    llm_server.queue(Reply("Subject: Hello\n\nHi Dana, keep it short [2]. Also see [9] and [1]."))
    draft = Coach(fast_llm_settings(llm_server.base_url), retriever=fake_retriever).draft(  # type: ignore[arg-type]
        "outreach", GOOD_FIELDS
    )
    assert [(s.number, s.id) for s in draft.sources] == [(1, "card-2"), (2, "card-1")]
    assert "[9]" not in draft.text
    assert draft.text == "Hi Dana, keep it short [1]. Also see and [2]."


def test_think_sections_are_removed(
    llm_server: LLMServer, fast_llm_settings: SettingsBuilder, fake_task: FakeOutreach, fake_retriever: FakeRetriever
) -> None:
    llm_server.responder = lambda request: "<think>The user wants a secret plan.</think>Subject: Hi\n\nHi Dana [1]."
    items = list(Coach(fast_llm_settings(llm_server.base_url), retriever=fake_retriever).stream(  # type: ignore[arg-type]
        "outreach", GOOD_FIELDS
    ))
    streamed = "".join(c for c in items if isinstance(c, str))
    draft = items[-1]
    assert isinstance(draft, Draft)
    assert "secret plan" not in streamed and "think" not in streamed
    assert draft.subject == "Hi" and draft.text == "Hi Dana [1]."


@pytest.mark.parametrize(
    ("stream", "expected"),
    [
        (["<think>a</think>b"], "b"),
        (["x<th", "ink>hidden</th", "ink>y"], "xy"),
        (["a < b and <t", "able>"], "a < b and <table>"),
        (["<think>never closed"], ""),
    ],
)
def test_think_filter_handles_tags_split_across_chunks(stream: list[str], expected: str) -> None:
    think = ThinkFilter()
    assert "".join(think.feed(c) for c in stream) + think.flush() == expected


FAULTS = [
    pytest.param([Fault("429", retry_after=0)] * 3, "rate-limited the request (429)", 2, id="429"),
    pytest.param([Fault("500")] * 3, "returned a server error (500)", 2, id="500"),
    pytest.param([Fault("503")] * 3, "returned a server error (503)", 2, id="503"),
    pytest.param([Fault("timeout", delay=5)] * 3, "timed out after 1 s", 2, id="timeout"),
    pytest.param([Fault("broken_stream", after_chunks=2)], "stopped mid-reply", 1, id="broken-stream"),
]


@pytest.mark.parametrize(("script", "phrase", "attempts"), FAULTS)
def test_server_faults_end_in_the_offline_draft_with_a_notice(
    llm_server: LLMServer,
    fast_llm_settings: SettingsBuilder,
    fake_task: FakeOutreach,
    fake_retriever: FakeRetriever,
    script: list[Fault],
    phrase: str,
    attempts: int,
) -> None:
    llm_server.queue(*script)
    settings = fast_llm_settings(llm_server.base_url)
    items = list(Coach(settings, retriever=fake_retriever).stream("outreach", GOOD_FIELDS))  # type: ignore[arg-type]
    draft = items[-1]
    assert isinstance(draft, Draft)
    assert draft.engine == "offline"
    assert draft.text == _offline_text(GOOD_FIELDS, fake_retriever), "the offline draft replaces any partial"
    assert draft.passed_all and draft.fields["goal"] == GOOD_FIELDS["goal"]
    assert draft.notices == [
        f"The model server at {llm_server.base_url} {phrase}; this draft was written by the offline engine."
    ]
    assert draft.usage.prompt_tokens is None
    assert len(llm_server.requests) == attempts <= 1 + settings.max_retries


def test_broken_stream_shows_partial_text_before_the_offline_draft(
    llm_server: LLMServer, fast_llm_settings: SettingsBuilder, fake_task: FakeOutreach, fake_retriever: FakeRetriever
) -> None:
    llm_server.queue(Fault("broken_stream", after_chunks=2))
    items = list(Coach(fast_llm_settings(llm_server.base_url), retriever=fake_retriever).stream(  # type: ignore[arg-type]
        "outreach", GOOD_FIELDS
    ))
    partial = "".join(c for c in items if isinstance(c, str))
    assert partial.startswith("Subject: A 20-minute question")
    assert isinstance(items[-1], Draft) and items[-1].engine == "offline"


def test_a_retry_after_one_failure_still_gives_the_llm_draft(
    llm_server: LLMServer, fast_llm_settings: SettingsBuilder, fake_task: FakeOutreach, fake_retriever: FakeRetriever
) -> None:
    llm_server.queue(Fault("503"))
    draft = Coach(fast_llm_settings(llm_server.base_url), retriever=fake_retriever).draft(  # type: ignore[arg-type]
        "outreach", GOOD_FIELDS
    )
    assert draft.engine == "llm:loopback-model" and draft.notices == []
    assert len(llm_server.requests) == 2


def test_refused_connection_falls_back_with_the_url_in_the_notice(
    fast_llm_settings: SettingsBuilder, fake_task: FakeOutreach, fake_retriever: FakeRetriever
) -> None:
    url = refused_url()
    draft = Coach(fast_llm_settings(url), retriever=fake_retriever).draft("outreach", GOOD_FIELDS)  # type: ignore[arg-type]
    assert draft.engine == "offline"
    assert draft.notices == [
        f"The model server at {url} refused the connection; this draft was written by the offline engine."
    ]


def test_local_only_refuses_a_remote_server_before_sending_anything(
    fast_llm_settings: SettingsBuilder, fake_task: FakeOutreach, fake_retriever: FakeRetriever
) -> None:
    settings = fast_llm_settings("https://models.example.com/v1", local_only=True)
    with pytest.raises(EngineUnavailableError, match="COACH_LOCAL_ONLY"):
        LLMEngine(settings)
    draft = Coach(settings, retriever=fake_retriever).draft("outreach", GOOD_FIELDS)  # type: ignore[arg-type]
    assert draft.engine == "offline"
    assert "COACH_LOCAL_ONLY is set" in draft.notices[0] and "models.example.com" in draft.notices[0]


def test_local_only_allows_the_loopback_server(
    llm_server: LLMServer, fast_llm_settings: SettingsBuilder, fake_task: FakeOutreach, fake_retriever: FakeRetriever
) -> None:
    settings = fast_llm_settings(llm_server.base_url, local_only=True)
    draft = Coach(settings, retriever=fake_retriever).draft("outreach", GOOD_FIELDS)  # type: ignore[arg-type]
    assert draft.engine == "llm:loopback-model"


@pytest.mark.parametrize(
    ("url", "local"),
    [
        ("http://localhost:11434/v1", True),
        ("http://127.0.0.1:8080/v1", True),
        ("http://127.8.9.10/v1", True),
        ("http://[::1]:8000/v1", True),
        ("https://api.openai.com/v1", False),
        ("http://10.0.0.5:8000/v1", False),
        ("http://localhost.evil.com/v1", False),
    ],
)
def test_is_local_url(url: str, local: bool) -> None:
    assert is_local_url(url) is local


def test_llm_without_any_server_configured_falls_back(fake_task: FakeOutreach, fake_retriever: FakeRetriever) -> None:
    draft = Coach(Settings(engine="llm"), retriever=fake_retriever).draft("outreach", GOOD_FIELDS)  # type: ignore[arg-type]
    assert draft.engine == "offline"
    assert draft.notices[0].startswith("No model server is configured")


def test_chat_model_settings_for_openai_and_local_servers() -> None:
    local = make_chat_model(Settings(openai_base_url="http://127.0.0.1:1/v1", request_timeout=7, max_retries=3))
    assert local.openai_api_key is not None and local.openai_api_key.get_secret_value() == "unused"
    # Retries are done by ModelCall inside COACH_DEADLINE, so the client itself never retries.
    assert (local.request_timeout, local.max_retries, local.max_tokens) == (7, 0, 800)
    assert local.extra_body == {"max_tokens": 800} and local.stream_usage
    remote = make_chat_model(Settings(openai_api_key="sk-test"), streaming=False)
    assert remote.openai_api_base == "https://api.openai.com/v1" and remote.extra_body is None
    assert not remote.streaming


def test_make_engine_lists_the_valid_names() -> None:
    assert make_engine(Settings(), "offline").name == "offline"
    with pytest.raises(ValueError, match="choose one of: llm, local, offline"):
        make_engine(Settings(), "gpt")  # type: ignore[arg-type]


def test_free_text_refinement_goes_to_the_model(
    llm_server: LLMServer, fast_llm_settings: SettingsBuilder, fake_task: FakeOutreach, fake_retriever: FakeRetriever
) -> None:
    coach = Coach(fast_llm_settings(llm_server.base_url), retriever=fake_retriever)  # type: ignore[arg-type]
    first = coach.draft("outreach", GOOD_FIELDS)
    llm_server.queue(Reply("Subject: Hi again\n\nHi Dana, I finished a Python course [1]."))
    second = coach.refine(first, "mention my Python course")
    assert second.engine == "llm:loopback-model" and second.subject == "Hi again"
    assert "Python course" in second.text and second.fields == first.fields
    refine_prompt = _all_text(llm_server.requests[-1])
    assert "Change requested: mention my Python course" in refine_prompt
    assert f"<draft>\nSubject: {first.subject}\n\n{first.text}\n</draft>" in refine_prompt


def test_free_text_refinement_when_the_server_fails_keeps_the_draft(
    llm_server: LLMServer, fast_llm_settings: SettingsBuilder, fake_task: FakeOutreach, fake_retriever: FakeRetriever
) -> None:
    coach = Coach(fast_llm_settings(llm_server.base_url), retriever=fake_retriever)  # type: ignore[arg-type]
    first = coach.draft("outreach", GOOD_FIELDS)
    llm_server.queue(Fault("500"), Fault("500"))
    second = coach.refine(first, "mention my Python course")
    assert (second.text, second.subject, second.engine) == (first.text, first.subject, first.engine)
    assert second.notices == [
        f"The model server at {llm_server.base_url} returned a server error (500). "
        "Free-text refinement needs the LLM engine, so the draft is unchanged."
    ]


def test_engine_request_reaches_the_model_directly(llm_server: LLMServer, fast_llm_settings: SettingsBuilder,
                                                   fake_task: FakeOutreach) -> None:
    engine = LLMEngine(fast_llm_settings(llm_server.base_url))
    request = EngineRequest(task=fake_task, values=dict(GOOD_FIELDS), guidance=[passage(1)])
    text = "".join(engine.stream(request))
    assert text.startswith("Subject: ") and engine.last_usage.completion_tokens == len(text.split())
    assert [p.id for p in engine.last_guidance] == ["card-1"]


def test_a_reply_that_is_only_thinking_counts_as_a_failure(
    llm_server: LLMServer, fast_llm_settings: SettingsBuilder, fake_task: FakeOutreach, fake_retriever: FakeRetriever
) -> None:
    llm_server.responder = lambda request: "<think>Let me think about this for a long while.</think>  "
    draft = Coach(fast_llm_settings(llm_server.base_url), retriever=fake_retriever).draft(  # type: ignore[arg-type]
        "outreach", GOOD_FIELDS
    )
    assert draft.engine == "offline" and draft.text.startswith("Hi Dana")
    assert draft.notices == [
        f"The model server at {llm_server.base_url} returned an empty reply; "
        "this draft was written by the offline engine."
    ]


@pytest.mark.parametrize(
    ("error", "kwargs", "expected"),
    [
        (ConnectionRefusedError(), {}, "The model server refused the connection"),
        (TimeoutError(), {"base_url": "http://h/v1", "timeout": 30.0},
         "The model server at http://h/v1 timed out after 30 s"),
        (ConnectionResetError(), {"mid_stream": True}, "The model server stopped mid-reply"),
        (EngineUnavailableError("No model server is configured"), {}, "No model server is configured"),
        (ValueError("odd"), {}, "The model server sent a reply the coach could not read (ValueError)"),
        (RuntimeError("odd"), {}, "The model server failed (RuntimeError)"),
    ],
)
def test_describe_fault_wording(error: BaseException, kwargs: dict[str, Any], expected: str) -> None:
    assert describe_fault(error, **kwargs) == expected


def test_llm_refinement_keeps_each_citation_on_its_card(
    llm_server: LLMServer, fast_llm_settings: SettingsBuilder, fake_task: FakeOutreach, fake_retriever: FakeRetriever
) -> None:
    coach = Coach(fast_llm_settings(llm_server.base_url), retriever=fake_retriever)  # type: ignore[arg-type]
    llm_server.queue(Reply("Subject: Hello\n\nHi Dana, ask early [2]. Keep it short [1]."))
    first = coach.draft("outreach", GOOD_FIELDS)
    assert [s.id for s in first.sources] == ["card-2", "card-1"]
    # A model that keeps the draft's markers as they are, as refine.md asks it to.
    llm_server.responder = lambda request: f"Subject: {first.subject}\n\n{first.text}"
    second = coach.refine(first, "shorter")
    assert second.text == first.text
    assert [(s.number, s.id) for s in second.sources] == [(s.number, s.id) for s in first.sources]


def test_refining_a_draft_reopened_without_its_passages_retrieves_them_again(
    fake_task: FakeOutreach, fake_retriever: FakeRetriever
) -> None:
    from dataclasses import replace

    coach = Coach(Settings(engine="offline"), retriever=fake_retriever)  # type: ignore[arg-type]
    first = coach.draft("outreach", GOOD_FIELDS)
    reopened = replace(first, guidance=[])  # what History can rebuild: text, fields, sources
    searches = len(fake_retriever.calls)
    second = coach.refine(reopened, "shorter")
    assert len(fake_retriever.calls) == searches + 1
    assert second.guidance and second.sources


def test_langsmith_tracing_is_off_even_when_the_shell_turns_it_on() -> None:
    import subprocess
    import sys

    code = (
        "import coach.engines.llm\n"
        "from langsmith.utils import tracing_is_enabled\n"
        "print(tracing_is_enabled())"
    )
    env = {**__import__("os").environ, "LANGSMITH_TRACING": "true", "LANGCHAIN_TRACING_V2": "true"}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
