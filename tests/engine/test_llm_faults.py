"""Malformed replies, hung and slow servers, long waits and runaway replies, against a real loopback server.

Every case must end in the offline draft with a notice, the user's input kept, within the deadline.
Elapsed-time bounds here are generous ceilings (several times the configured deadline), not speed
measurements: they prove a wait is bounded, which is the behaviour under test.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest
from llm_server import Fault, LLMServer, Reply

from coach.config import Settings
from coach.engines.base import EngineUnavailableError
from coach.engines.calls import CUT_MARKER, ModelCall, Wait
from coach.engines.llm import make_chat_model
from coach.rehearsal.llm_partner import call_model
from coach.service import Coach
from coach.tasks.base import Draft

from .fakes import GOOD_FIELDS, FakeOutreach, FakeRetriever

SettingsBuilder = Callable[..., Settings]

MALFORMED = [
    pytest.param("no_finish", "ended the reply without finishing it (no finish reason)", id="no-finish-no-done"),
    pytest.param("garbage", "sent a reply the coach could not read (not text)", id="garbage"),
    pytest.param("html", "sent a text/html reply instead of a chat reply", id="html"),
    pytest.param("non_json_sse", "sent a reply the coach could not read (not JSON)", id="non-json-sse"),
    pytest.param("empty_choices", "returned an empty reply", id="empty-choices"),
    pytest.param("wrong_content_type", "sent a text/plain reply instead of a chat reply", id="wrong-content-type"),
]


def _draft(settings: Settings, retriever: FakeRetriever) -> tuple[Draft, list[Any], float]:
    started = time.monotonic()
    items = list(Coach(settings, retriever=retriever).stream("outreach", GOOD_FIELDS))  # type: ignore[arg-type]
    elapsed = time.monotonic() - started
    draft = items[-1]
    assert isinstance(draft, Draft)
    return draft, items[:-1], elapsed


@pytest.mark.parametrize(("kind", "phrase"), MALFORMED)
def test_every_malformed_reply_falls_back_with_a_notice_and_the_input_kept(
    llm_server: LLMServer,
    fast_llm_settings: SettingsBuilder,
    fake_task: FakeOutreach,
    fake_retriever: FakeRetriever,
    kind: Any,
    phrase: str,
) -> None:
    llm_server.queue(Fault(kind))
    draft, _, _ = _draft(fast_llm_settings(llm_server.base_url), fake_retriever)
    assert draft.engine == "offline"
    ending = "this draft was written by the offline engine."
    assert draft.notices == [f"The model server at {llm_server.base_url} {phrase}; {ending}"]
    assert draft.fields == {**draft.fields, **GOOD_FIELDS}, "the user's input is kept"
    assert len(llm_server.requests) == 1, "a malformed reply is not retried"


def test_a_hung_server_falls_back_at_the_deadline(
    llm_server: LLMServer, fast_llm_settings: SettingsBuilder, fake_task: FakeOutreach, fake_retriever: FakeRetriever
) -> None:
    # The HTTP timeout (30 s) would hold the user; the 2 s deadline ends the wait first.
    llm_server.queue(Fault("timeout", delay=30))
    settings = fast_llm_settings(llm_server.base_url, deadline=2.0, request_timeout=30.0)
    draft, _, elapsed = _draft(settings, fake_retriever)
    assert draft.engine == "offline" and draft.fields["goal"] == GOOD_FIELDS["goal"]
    assert "sent nothing within 2 s (COACH_DEADLINE)" in draft.notices[0]
    assert elapsed < 10, f"the deadline did not hold: {elapsed:.1f} s"


def test_the_deadline_covers_every_retry(
    llm_server: LLMServer, fast_llm_settings: SettingsBuilder, fake_task: FakeOutreach, fake_retriever: FakeRetriever
) -> None:
    # Each attempt times out after 0.5 s; ten retries would take far longer than the 3 s deadline.
    llm_server.queue(*[Fault("timeout", delay=30)] * 11)
    settings = fast_llm_settings(llm_server.base_url, deadline=3.0, request_timeout=0.5, max_retries=10)
    draft, _, elapsed = _draft(settings, fake_retriever)
    assert draft.engine == "offline"
    assert draft.notices[0].startswith(f"The model server at {llm_server.base_url} ")
    assert "timed out after 0.5 s" in draft.notices[0] or "within 3 s (COACH_DEADLINE)" in draft.notices[0]
    assert 2 <= len(llm_server.requests) < 11, "it retried, but not past the deadline"
    assert elapsed < 12, f"the deadline did not hold across retries: {elapsed:.1f} s"


def test_a_retry_after_longer_than_the_time_left_falls_back_at_once_and_says_when(
    llm_server: LLMServer, fast_llm_settings: SettingsBuilder, fake_task: FakeOutreach, fake_retriever: FakeRetriever
) -> None:
    llm_server.queue(Fault("429", retry_after=120))
    settings = fast_llm_settings(llm_server.base_url, deadline=30.0, max_retries=2)
    draft, _, elapsed = _draft(settings, fake_retriever)
    assert draft.engine == "offline"
    notice = draft.notices[0]
    assert "rate-limited the request (429) and asked to wait 120 s" in notice
    assert "try again after " in notice and "COACH_DEADLINE" in notice
    assert len(llm_server.requests) == 1, "no retry was attempted"
    assert elapsed < 10, f"a 120 s Retry-After held the request {elapsed:.1f} s"


def test_a_short_retry_after_is_honoured_and_the_retry_succeeds(
    llm_server: LLMServer, fast_llm_settings: SettingsBuilder, fake_task: FakeOutreach, fake_retriever: FakeRetriever
) -> None:
    llm_server.queue(Fault("429", retry_after=0.2))
    waits: list[Wait] = []
    settings = fast_llm_settings(llm_server.base_url, deadline=20.0)
    items = list(Coach(settings, retriever=fake_retriever, on_wait=waits.append).stream("outreach", GOOD_FIELDS))  # type: ignore[arg-type]
    draft = items[-1]
    assert isinstance(draft, Draft) and draft.engine == "llm:loopback-model" and draft.notices == []
    assert len(llm_server.requests) == 2
    retry_waits = [w for w in waits if w.attempt == 2]
    assert retry_waits, "the wait for the retry was reported"
    assert "rate-limited the request (429); retrying" in retry_waits[0].reason
    assert all(0 <= w.seconds_left <= 20 for w in waits) and retry_waits[0].attempts == 2


def test_a_stall_mid_stream_is_a_broken_stream(
    llm_server: LLMServer, fast_llm_settings: SettingsBuilder, fake_task: FakeOutreach, fake_retriever: FakeRetriever
) -> None:
    llm_server.queue(Fault("stall", after_chunks=2, delay=30))
    settings = fast_llm_settings(llm_server.base_url, stall=1.0, request_timeout=30.0)
    draft, partial, elapsed = _draft(settings, fake_retriever)
    assert "".join(partial).startswith("Subject:"), "the first chunks streamed before the stall"
    assert draft.engine == "offline"
    assert "stalled: nothing for 1 s mid-reply (COACH_STALL)" in draft.notices[0]
    assert elapsed < 10


def test_a_dripping_server_is_cut_at_the_token_cap_and_marked(
    llm_server: LLMServer, fast_llm_settings: SettingsBuilder, fake_task: FakeOutreach, fake_retriever: FakeRetriever
) -> None:
    # One chunk every 0.2 s never stalls, so the token cap is what ends it.
    llm_server.queue(Fault("drip", delay=0.2))
    settings = fast_llm_settings(llm_server.base_url, max_output_tokens=12, request_timeout=5.0)
    draft, partial, _ = _draft(settings, fake_retriever)
    assert draft.engine == "llm:loopback-model" and draft.notices == []
    assert "".join(partial).endswith(CUT_MARKER.format(limit=12))
    assert "cut: the reply reached the limit of 12 tokens" in draft.text
    assert len(llm_server.requests) == 1


def test_a_server_dripping_a_word_at_a_time_is_a_broken_stream(
    llm_server: LLMServer, fast_llm_settings: SettingsBuilder, fake_task: FakeOutreach, fake_retriever: FakeRetriever
) -> None:
    # One word every 2.5 s never stalls (stall is 4 s) and would take many minutes to reach the cap.
    llm_server.responder = lambda request: "slow " * 400
    llm_server.queue(Fault("drip", delay=2.5, words=1))
    settings = fast_llm_settings(llm_server.base_url, stall=4.0, request_timeout=10.0)
    draft, _, elapsed = _draft(settings, fake_retriever)
    assert draft.engine == "offline"
    assert "is writing too slowly (" in draft.notices[0]
    assert elapsed < 30


def test_a_huge_reply_is_cut_at_the_token_cap(llm_server: LLMServer) -> None:
    llm_server.queue(Reply("word " * 400_000))  # 2 MB, from a server that ignores max_tokens
    settings = Settings(openai_base_url=llm_server.base_url, max_output_tokens=50, max_retries=0)
    call = ModelCall(make_chat_model(settings), settings, base_url=llm_server.base_url)
    text = call.text("system", "user")
    assert call.cut and text.endswith(CUT_MARKER.format(limit=50).strip())
    assert len(text) < 1000


def test_a_complete_reply_is_not_marked_and_its_usage_is_counted(llm_server: LLMServer) -> None:
    llm_server.queue(Reply("A short and complete reply."))
    settings = Settings(openai_base_url=llm_server.base_url, max_retries=0)
    call = ModelCall(make_chat_model(settings), settings, base_url=llm_server.base_url)
    assert call.text("s", "u") == "A short and complete reply." and not call.cut
    assert call.usage.completion_tokens == 5 and call.usage.prompt_tokens == 2
    assert call.first_token_seconds is not None


def test_a_reply_the_server_stopped_for_length_keeps_all_its_text_and_is_marked(llm_server: LLMServer) -> None:
    words = " ".join(f"word{n}" for n in range(60))
    llm_server.queue(Reply(words, finish="length"))
    settings = Settings(openai_base_url=llm_server.base_url, max_retries=0)
    call = ModelCall(make_chat_model(settings), settings, base_url=llm_server.base_url)
    text = call.text("s", "u")
    assert call.cut and text.startswith(words), "every word sent before the length stop is kept"
    assert text.endswith(CUT_MARKER.format(limit=settings.max_output_tokens).strip())


def test_stopping_a_stream_early_ends_the_request(llm_server: LLMServer) -> None:
    llm_server.queue(Fault("drip", delay=0.3))
    settings = Settings(openai_base_url=llm_server.base_url, max_retries=0)
    call = ModelCall(make_chat_model(settings), settings, base_url=llm_server.base_url)
    stream = call.stream("s", "u")
    first = next(stream)
    stream.close()  # what a Stop button does: the generator is closed
    assert first and call._cancel.is_set()


@pytest.mark.parametrize("kind", ["html", "no_finish", "garbage"])
def test_the_rehearsal_partner_path_maps_the_same_faults(llm_server: LLMServer, kind: Any) -> None:
    llm_server.queue(Fault(kind))
    settings = Settings(openai_base_url=llm_server.base_url, max_retries=0)
    with pytest.raises(EngineUnavailableError, match=f"The model server at {llm_server.base_url}"):
        call_model(make_chat_model(settings), "system", "user", settings)


def test_the_partner_path_strips_think_sections(llm_server: LLMServer) -> None:
    llm_server.queue(Reply("<think>plan the reply</think>Fine, let us talk."))
    settings = Settings(openai_base_url=llm_server.base_url, max_retries=0)
    assert call_model(make_chat_model(settings), "system", "user", settings) == "Fine, let us talk."
