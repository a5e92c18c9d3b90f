"""Every shipped job's prompt file through the LLM engine, the real index and the loopback server."""

from __future__ import annotations

from typing import Any

import pytest
from llm_server import LLMServer, Reply

from coach.config import Settings
from coach.prompting import DATA_RULES, load_prompt
from coach.service import Coach
from coach.tasks.registry import get_task

from .test_jobs_offline import SAMPLES


def _llm_coach(guidance_settings: Settings, retriever: Any, server: LLMServer) -> Coach:
    settings = guidance_settings.with_overrides(
        engine="auto", openai_base_url=server.base_url, model=server.model, request_timeout=5.0, max_retries=0
    )
    return Coach(settings, retriever=retriever)


@pytest.mark.parametrize(("task", "fields"), SAMPLES, ids=[f"{t}-{i}" for i, (t, _) in enumerate(SAMPLES)])
def test_job_prompt_carries_its_fields_and_the_retrieved_guidance(
    guidance_settings: Settings, retriever: Any, llm_server: LLMServer, task: str, fields: dict[str, Any]
) -> None:
    draft = _llm_coach(guidance_settings, retriever, llm_server).draft(task, fields)
    assert draft.engine == "llm:loopback-model" and draft.notices == []

    [sent] = llm_server.requests
    system, user = (m["content"] for m in sent["messages"])
    assert system.startswith(load_prompt(get_task(task).prompt_path).system[:60])
    assert system.endswith(DATA_RULES)
    for value in draft.fields.values():
        if isinstance(value, str) and value:
            assert value in user, f"field value {value!r} missing from the prompt"
    assert draft.guidance
    for number, passage in enumerate(draft.guidance, start=1):
        assert f"[{number}] {passage.title} — {passage.heading}" in user
    if get_task(task).recipient_message:
        # A message to send keeps no [n]; the sources are the ones the coach's reasons cite.
        assert "[1]" not in draft.text and draft.sources and "[1]" in draft.rationale
    else:
        assert [s.id for s in draft.sources] == [draft.guidance[0].id], "the default reply cites [1]"


def test_history_reaches_the_ask_prompt(guidance_settings: Settings, retriever: Any, llm_server: LLMServer) -> None:
    coach = _llm_coach(guidance_settings, retriever, llm_server)
    history = [("user", "What is a good first meeting length?"), ("assistant", "Thirty minutes works well [1].")]
    coach.draft("ask", {"question": "And how often after that?"}, history=history)
    user = llm_server.requests[0]["messages"][1]["content"]
    assert "User: What is a good first meeting length?" in user
    assert "Coach: Thirty minutes works well [1]." in user
    assert user.index("<history>") < user.index("Thirty minutes") < user.index("</history>")


def test_refine_uses_the_shipped_refine_prompt(
    guidance_settings: Settings, retriever: Any, llm_server: LLMServer
) -> None:
    coach = _llm_coach(guidance_settings, retriever, llm_server)
    task, fields = SAMPLES[0]
    first = coach.draft(task, fields)
    llm_server.queue(Reply("Subject: Handover checklist\n\nDear Dr. Okafor, ... [1]"))
    second = coach.refine(first, "more formal")
    refine_system = load_prompt(get_task(task).prompt_path.parent / "refine.md").system
    sent = llm_server.requests[-1]["messages"]
    assert sent[0]["content"].startswith(refine_system[:60])
    assert "The change to make: more formal" in sent[1]["content"]
    assert second.style.tone == "formal" and second.subject == "Handover checklist"


def test_notes_the_model_adds_go_to_the_rationale_not_the_message(
    guidance_settings: Settings, retriever: Any, llm_server: LLMServer
) -> None:
    fields = SAMPLES[0][1]
    llm_server.queue(Reply(
        "Subject: Handover checklist\n\nHi Dr. Okafor,\n\nCould we have a 20-minute video call next month [2]? "
        "No worries if not.\n\n---\n*Why this shape:* one time-boxed ask [2]; why them [1]."
    ))  # fmt: skip
    draft = _llm_coach(guidance_settings, retriever, llm_server).draft("outreach", fields)
    assert draft.text == "Hi Dr. Okafor,\n\nCould we have a 20-minute video call next month? No worries if not."
    assert draft.rationale == "one time-boxed ask [1]; why them [2]."
    assert [s.id for s in draft.sources] == [draft.guidance[1].id, draft.guidance[0].id]
    assert draft.to_json()["rationale"] == draft.rationale
