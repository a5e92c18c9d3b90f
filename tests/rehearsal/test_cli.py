"""``coach scenarios`` and ``coach rehearse`` through Typer's CliRunner, offline, with the real MiniLM."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from coach.cli import app
from coach.rehearsal.rubric import NOT_SHOWN

from .conftest import SCENARIO_IDS, SCRIPTS_DIR

runner = CliRunner()


def rehearse(*args: str, input: str | None = None) -> Any:
    return runner.invoke(app, ["rehearse", *args], input=input)


def test_scenarios_json_lists_id_title_role_and_description() -> None:
    result = runner.invoke(app, ["scenarios", "--json"])
    assert result.exit_code == 0, result.output
    listed = json.loads(result.stdout)
    assert [s["id"] for s in listed] == SCENARIO_IDS
    assert all(set(s) == {"id", "title", "role", "description"} and all(s.values()) for s in listed)
    assert {s["id"]: s["role"] for s in listed}["give-critical-feedback"].startswith("you: mentor")


def test_scenarios_text_mentions_custom() -> None:
    result = runner.invoke(app, ["scenarios"])
    assert result.exit_code == 0 and "frequent-cancels" in result.stdout and "custom" in result.stdout


@pytest.mark.parametrize("scenario_id", SCENARIO_IDS)
def test_good_and_poor_scripts_rank_correctly_with_quoted_evidence(scenario_id: str, embedder: Any) -> None:
    debriefs = {}
    for kind in ("good", "poor"):
        script = SCRIPTS_DIR / scenario_id / f"{kind}.txt"
        result = rehearse(scenario_id, "--script", str(script), "--json", "--persona", "skeptical")
        assert result.exit_code == 0, result.output
        data = json.loads(result.stdout)
        assert set(data) == {"scenario", "persona", "difficulty", "engine", "transcript", "debrief"}
        assert (data["scenario"], data["persona"], data["difficulty"], data["engine"]) == (
            scenario_id,
            "skeptical",
            "medium",
            "offline",
        )
        lines = [line.strip() for line in script.read_text("utf-8").splitlines() if line.strip()]
        said = [t["text"] for t in data["transcript"] if t["role"] == "user"]
        assert said == lines
        assert [t["role"] for t in data["transcript"]] == ["partner"] + ["user", "partner"] * len(lines)
        debrief = data["debrief"]
        assert set(debrief) == {"criteria", "total", "strongest", "better_line", "weakest", "better_line_borrows",
                                "better_line_advice", "sources"}
        assert debrief["total"] == sum(c["score"] for c in debrief["criteria"])
        for criterion in debrief["criteria"]:
            assert set(criterion) == {"name", "score", "evidence", "hint"}
            assert criterion["evidence"] == NOT_SHOWN or any(criterion["evidence"] in line for line in said)
        assert debrief["sources"] and all(set(s) == {"id", "title"} for s in debrief["sources"])
        debriefs[kind] = debrief
    good, poor = debriefs["good"], debriefs["poor"]
    assert good["total"] > poor["total"]
    for g, p in zip(good["criteria"], poor["criteria"], strict=True):
        assert g["score"] >= p["score"], g["name"]
    assert any(c["evidence"] != NOT_SHOWN for c in good["criteria"])


def test_script_text_output_shows_conversation_and_debrief(tmp_path: Path, embedder: Any) -> None:
    script = tmp_path / "turns.txt"
    script.write_text("I wanted to talk about our sessions.\n\n/hint\nYou always cancel.\n", "utf-8")
    result = rehearse("frequent-cancels", "--persona", "busy", "--difficulty", "hard", "--script", str(script))
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "You: I wanted to talk about our sessions." in out and "You: You always cancel." in out
    assert "Hint:" in out and "(See “" in out
    assert out.count("Mentor: ") == 3
    assert "Debrief: " in out and "/24" in out and "evidence: “I wanted to talk about our sessions.”" in out


def test_unknown_scenario_exits_2_listing_the_valid_ones() -> None:
    result = rehearse("small-talk", "--script", "nope.txt")
    assert result.exit_code == 2
    assert "unknown scenario 'small-talk'" in result.stderr
    assert all(scenario_id in result.stderr for scenario_id in [*SCENARIO_IDS, "custom"])


def test_unknown_persona_exits_2_listing_the_valid_ones() -> None:
    result = rehearse("frequent-cancels", "--persona", "grumpy")
    assert result.exit_code == 2
    assert "unknown persona 'grumpy'" in result.stderr
    assert all(p in result.stderr for p in ("warm", "busy", "skeptical", "defensive", "custom"))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["frequent-cancels", "--difficulty", "brutal"], "choose one of: easy, medium, hard"),
        (["frequent-cancels", "--engine", "gpt"], "choose one of: auto, llm, local, offline"),
        (["frequent-cancels", "--script", "/no/such/file.txt"], "no such file"),
        (["custom"], "--situation"),
        (["frequent-cancels", "--persona", "custom"], "--persona-style"),
    ],
)
def test_usage_errors_exit_2_with_one_line(args: list[str], message: str) -> None:
    result = rehearse(*args)
    assert result.exit_code == 2 and message in result.stderr, result.output


def test_empty_script_is_a_usage_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n   \n", "utf-8")
    result = rehearse("frequent-cancels", "--script", str(empty))
    assert result.exit_code == 2 and "holds no turns" in result.stderr


def test_interactive_hint_and_end(embedder: Any) -> None:
    result = rehearse(
        "unprepared-mentee",
        "--persona",
        "defensive",
        input="I'd like to talk about how we prepare for our sessions.\n/hint\n\n/end\nthis is never sent\n",
    )
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Your goal:" in out and "What good looks like:" in out and "/hint" in out
    assert out.count("You: ") >= 3
    assert "Hint: " in out and "card " in out
    assert "this is never sent" not in out
    assert "Debrief: " in out


def test_interactive_json_keeps_stdout_parseable(embedder: Any) -> None:
    result = rehearse("end-mentorship", "--json", input="I wanted to talk about wrapping up our mentorship.\n/end\n")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [t["role"] for t in data["transcript"]] == ["partner", "user", "partner"]
    assert "Your goal:" in result.stderr  # the conversation itself went to stderr


def test_end_of_input_ends_the_rehearsal(embedder: Any) -> None:
    result = rehearse("change-cadence", input="I'd like to talk about how often we meet.\n")
    assert result.exit_code == 0 and "Debrief: " in result.stdout


def test_custom_scenario_and_persona_from_the_command_line(tmp_path: Path, embedder: Any) -> None:
    script = tmp_path / "turns.txt"
    script.write_text("I'd like to talk about the missed deadlines.\n", "utf-8")
    result = rehearse(
        "custom",
        "--situation",
        "My mentee has missed two deadlines.",
        "--persona",
        "custom",
        "--persona-style",
        "Terse, always rushing.",
        "--script",
        str(script),
        "--json",
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["scenario"], data["persona"]) == ("custom", "custom")


def test_llm_engine_from_the_environment_and_its_fallback(
    tmp_path: Path, embedder: Any, llm_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from .conftest import SOFT_REPLY, persona_responder

    llm_server.responder = persona_responder
    monkeypatch.setenv("OPENAI_BASE_URL", llm_server.base_url)
    monkeypatch.setenv("COACH_MODEL", llm_server.model)
    monkeypatch.setenv("COACH_MAX_RETRIES", "0")
    script = tmp_path / "turns.txt"
    script.write_text("I wanted to talk about our sessions.\nCould we meet every other Tuesday?\n", "utf-8")
    result = rehearse("frequent-cancels", "--script", str(script), "--json")  # engine auto: the server is set
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["engine"] == f"llm:{llm_server.model}"
    assert data["transcript"][2]["text"] == SOFT_REPLY

    llm_server.stop()
    result = rehearse("frequent-cancels", "--engine", "llm", "--script", str(script), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["engine"] == "offline"
    assert "note: The model server" in result.stderr and "offline partner takes over" in result.stderr
