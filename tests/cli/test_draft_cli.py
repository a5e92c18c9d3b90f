"""``coach tasks``, ``coach draft`` and ``coach ask`` through Typer's CliRunner, on the real index."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from llm_server import LLMServer, Reply
from typer.testing import CliRunner

from coach.cli import app
from coach.config import Settings
from coach.tasks.registry import TASKS, task_names
from tests.tasks.support import READING_CHECKS

runner = CliRunner()

OUTREACH = {
    "mentor_name": "Dr. Amaka Okafor",
    "mentor_context": "leads clinical informatics at Leeds Teaching Hospitals",
    "why_them": "your blog post on the night-shift handover checklist",
    "goal": "moving from bedside nursing into clinical informatics",
    "ask": "a 20-minute video call next month",
}
DRAFT_KEYS = {"task", "engine", "text", "subject", "rationale", "checks", "sources", "notices", "usage"}


def _sets(fields: dict[str, str]) -> list[str]:
    return [arg for name, value in fields.items() for arg in ("--set", f"{name}={value}")]


def _card_ids(settings: Settings) -> set[str]:
    from coach.index import open_index

    return open_index(settings).card_ids


@pytest.fixture
def index_env(guidance_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """The CLI reads its settings from the environment: point it at the shared real index."""
    monkeypatch.setenv("COACH_DATA_DIR", str(guidance_settings.data_dir))
    return guidance_settings


@pytest.fixture
def llm_env(index_env: Settings, llm_server: LLMServer, monkeypatch: pytest.MonkeyPatch) -> LLMServer:
    monkeypatch.setenv("OPENAI_BASE_URL", llm_server.base_url)
    monkeypatch.setenv("COACH_MODEL", llm_server.model)
    monkeypatch.setenv("COACH_TIMEOUT", "1")
    monkeypatch.setenv("COACH_MAX_RETRIES", "1")
    return llm_server


def _json(args: list[str], **kwargs: Any) -> dict[str, Any]:
    result = runner.invoke(app, args, **kwargs)
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_tasks_lists_every_job_with_its_fields() -> None:
    result = runner.invoke(app, ["tasks"])
    assert result.exit_code == 0
    for spec in TASKS.values():
        assert f"{spec.name}: {spec.title}." in result.stdout
        for field in spec.fields:
            assert f"--set {field.name}=…" in result.stdout
    assert "One of: email, linkedin_note, linkedin_message, chat. Default: email." in result.stdout


def test_tasks_json_renders_from_the_registry() -> None:
    data = json.loads(runner.invoke(app, ["tasks", "--json"]).stdout)
    assert [t["name"] for t in data] == list(task_names())
    outreach = data[0]
    assert outreach["fields"] == [f.to_json() for f in TASKS["outreach"].fields]
    mentor = next(f for f in outreach["fields"] if f["name"] == "mentor_name")
    assert mentor["required"] is True and mentor["max_chars"] == 80


def test_draft_json_offline(index_env: Settings) -> None:
    data = _json(["draft", "outreach", *_sets(OUTREACH), "--engine", "offline", "--json"])
    assert set(data) == DRAFT_KEYS
    assert data["task"] == "outreach" and data["engine"] == "offline"
    assert data["subject"] and ("Amaka" in data["text"] or "Okafor" in data["text"])
    assert data["usage"] == {"prompt_tokens": None, "completion_tokens": None}
    assert data["notices"] == []
    assert data["checks"] and all(set(c) == {"name", "passed", "hint"} for c in data["checks"])
    # The reading checks hold the composers of issue 8; see tests/golden/test_corpus_checks.py.
    assert all(c["passed"] for c in data["checks"] if c["name"] not in READING_CHECKS), data["checks"]
    assert data["sources"] and {s["id"] for s in data["sources"]} <= _card_ids(index_env)
    assert all(set(s) == {"id", "title"} for s in data["sources"])


def test_draft_text_shows_subject_body_checks_and_sources(index_env: Settings) -> None:
    result = runner.invoke(app, ["draft", "outreach", *_sets(OUTREACH), "--engine", "offline"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("Subject: ")
    assert out.index("Checks:") < out.index("Sources:")
    assert "  ✓ " in out and "  [1] " in out
    assert result.stderr == ""


def test_input_file_and_stdin_with_set_overriding(index_env: Settings, tmp_path: Path) -> None:
    path = tmp_path / "fields.json"
    path.write_text(json.dumps({**OUTREACH, "mentor_name": "Priya Raman"}), "utf-8")
    from_file = _json(["draft", "outreach", "--input", str(path), "--engine", "offline", "--json"])
    assert "Priya" in from_file["text"]
    overridden = _json(
        ["draft", "outreach", "--input", str(path), "--set", "mentor_name=Jon Berg", "--engine", "offline", "--json"]
    )
    assert "Jon" in overridden["text"] and "Priya" not in overridden["text"]
    from_stdin = _json(["draft", "outreach", "--input", "-", "--engine", "offline", "--json"], input=path.read_text())
    assert from_stdin["text"] == from_file["text"]


def _errors(tmp_path: Path) -> list[tuple[list[str], str]]:
    broken = tmp_path / "broken.json"
    broken.write_text('{"mentor_name": "Dana",', "utf-8")
    listing = tmp_path / "list.json"
    listing.write_text('["Dana"]', "utf-8")
    everything = _sets(OUTREACH)
    return [
        (["draft", "poem"], "unknown task 'poem'; choose one of: " + ", ".join(task_names())),
        (["draft", "outreach", "--set", "mentor_name=Dana"], "why_them is required"),
        (["draft", "outreach", *everything, "--set", "channel=fax"],
         "channel must be one of: email, linkedin_note, linkedin_message, chat"),
        (["draft", "outreach", *everything, "--set", "mentor_name=" + "D" * 81], "the limit is 80"),
        (["draft", "outreach", *everything, "--set", "colour=red"], "outreach has no field 'colour'"),
        (["draft", "outreach", "--set", "mentor_name"], "--set expects FIELD=VALUE"),
        (["draft", "outreach", "--input", str(broken)], "is not valid JSON"),
        (["draft", "outreach", "--input", str(listing)], "must hold a JSON object of fields"),
        (["draft", "outreach", "--input", str(tmp_path / "nope.json")], "no such file"),
        (["draft", "outreach", *everything, "--engine", "gpt"], "unknown engine 'gpt'; choose one of: auto, llm"),
        (["ask", "   "], "the question is empty"),
        (["ask", "q" * 5000], "the limit is"),
    ]


def test_usage_errors_exit_2_with_one_line(tmp_path: Path) -> None:
    for args, message in _errors(tmp_path):
        result = runner.invoke(app, args)
        assert result.exit_code == 2, (args, result.output)
        assert result.stdout == "", args
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("coach: "), (args, result.stderr)
        assert message in lines[0], (args, lines[0])


def test_ask_json_offline(index_env: Settings) -> None:
    data = _json(["ask", "How often should I meet my mentor?", "--engine", "offline", "--json"])
    assert set(data) == DRAFT_KEYS | {"in_scope"} and data["task"] == "ask"
    assert data["engine"] == "offline" and data["in_scope"] is True
    assert data["text"].strip() and data["sources"]
    assert {s["id"] for s in data["sources"]} <= _card_ids(index_env)


def test_ask_json_offline_out_of_scope(index_env: Settings) -> None:
    data = _json(["ask", "How do I negotiate a raise?", "--engine", "offline", "--json"])
    assert data["in_scope"] is False and data["sources"] == []
    assert "doesn't cover" in data["text"] and "[1]" not in data["text"]


def test_draft_through_the_llm_server(llm_env: LLMServer) -> None:
    llm_env.queue(Reply("Subject: Handover checklist question\n\nDear Dr. Okafor, could we have a 20-minute call [1]?"))
    data = _json(["draft", "outreach", *_sets(OUTREACH), "--json"])
    assert data["engine"] == "llm:loopback-model" and data["notices"] == []
    assert data["subject"] == "Handover checklist question"
    assert data["usage"]["prompt_tokens"] and data["usage"]["completion_tokens"]
    # The message goes to Dr. Okafor: the model's stray [1] is dropped; the coach's reasons carry the citations.
    assert data["text"] == "Dear Dr. Okafor, could we have a 20-minute call?"
    assert data["sources"] and all(f"[{n}]" in data["rationale"] for n in range(1, len(data["sources"]) + 1))
    sent = "\n".join(m["content"] for m in llm_env.requests[0]["messages"])
    assert "night-shift handover checklist" in sent and "[1] " in sent


def test_ask_through_the_llm_server(llm_env: LLMServer) -> None:
    llm_env.queue(Reply("Meet every two weeks at first [1]."))
    data = _json(["ask", "How often should I meet my mentor?", "--json"])
    assert data["engine"] == "llm:loopback-model" and data["text"] == "Meet every two weeks at first [1]."
    assert "How often should I meet my mentor?" in llm_env.requests[0]["messages"][1]["content"]


def test_stopped_server_falls_back_with_a_notice_and_exit_0(llm_env: LLMServer) -> None:
    llm_env.stop()
    data = _json(["draft", "outreach", *_sets(OUTREACH), "--json"])
    assert data["engine"] == "offline" and data["text"]
    assert data["notices"] == [
        f"The model server at {llm_env.base_url} refused the connection; this draft was written by the offline engine."
    ]
    text = runner.invoke(app, ["draft", "outreach", *_sets(OUTREACH)])
    assert text.exit_code == 0 and text.stdout.startswith("Subject: ")
    assert text.stderr.strip() == f"note: {data['notices'][0]}"
