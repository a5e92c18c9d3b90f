import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from coach.cli import app
from coach.config import Settings

from .test_knowledge import write_card

runner = CliRunner()


@pytest.fixture
def shared_index_env(guidance_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("COACH_DATA_DIR", str(guidance_settings.data_dir))
    return guidance_settings


def test_search_json_shape(shared_index_env: Settings) -> None:
    result = runner.invoke(app, ["search", "how do I ask someone to mentor me", "--json"])
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert len(items) == 3
    for item in items:
        assert {"id", "title", "heading", "text", "score", "source"} <= set(item)
    assert {"first-outreach-message", "ask-someone-to-mentor-you-live", "make-a-specific-ask"} & {
        i["id"] for i in items
    }


def test_search_text_output_and_filters(shared_index_env: Settings) -> None:
    result = runner.invoke(app, ["search", "writing a thank you note", "-k", "2", "--task", "summary"])
    assert result.exit_code == 0
    assert result.stdout.startswith("[1] ") and "[2] " in result.stdout and "[3] " not in result.stdout


def test_queries_file_and_stdin_answer_in_order(shared_index_env: Settings, tmp_path: Path) -> None:
    queries = tmp_path / "q.txt"
    queries.write_text("how often should we meet\n\nmy mentor keeps cancelling\n", "utf-8")
    from_file = runner.invoke(app, ["search", "--queries", str(queries), "-k", "2", "--json"])
    assert from_file.exit_code == 0, from_file.output
    answers = json.loads(from_file.stdout)
    assert [len(a) for a in answers] == [2, 2]
    assert "how-often-to-meet" in [r["id"] for r in answers[0]]
    from_stdin = runner.invoke(app, ["search", "--queries", "-", "-k", "2", "--json"], input=queries.read_text())
    assert json.loads(from_stdin.stdout) == answers


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", ""], "query is empty"),
        (["search", "   "], "query is empty"),
        (["search", "x", "-k", "0"], "-k must be between"),
        (["search", "x", "--task", "dance"], "unknown task 'dance'"),
        (["search", "x", "--audience", "boss"], "unknown audience"),
        (["search", "x" * 2001], "limit is 2000"),
        (["search", "--queries", "/no/such/file"], "no such file"),
    ],
)
def test_bad_search_input_exits_2_with_one_line(args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_binary_queries_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "q.bin"
    path.write_bytes(b"\xff\xfe\x00\x01")
    result = runner.invoke(app, ["search", "--queries", str(path)])
    assert result.exit_code == 2 and "UTF-8" in result.stderr


def _small_cards(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cards = tmp_path / "cards"
    cards.mkdir()
    write_card(cards, "cadence", "How often to meet")
    write_card(cards, "thanks", "Saying thank you")
    write_card(cards, "broken", text="---\nid: broken\n---\nno keys\n")
    monkeypatch.setenv("COACH_CARDS_DIR", str(cards))
    return cards


def test_index_reports_counts_and_bad_cards(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, embedder: Any
) -> None:
    cards = _small_cards(tmp_path, monkeypatch)
    first = runner.invoke(app, ["index"])
    assert first.exit_code == 0, first.output
    assert "2 cards" in first.stdout and "4 passages, 4 embedded now, 0 unchanged" in first.stdout
    assert "broken.md: front matter is missing required key(s)" in first.stderr
    assert "embedding passages: 4/4" in first.stderr
    second = runner.invoke(app, ["index"])
    assert "0 embedded now, 4 unchanged" in second.stdout
    (cards / "thanks.md").unlink()
    third = runner.invoke(app, ["index"])
    assert "1 documents removed" in third.stdout
    rebuilt = runner.invoke(app, ["index", "--rebuild"])
    assert "2 passages, 2 embedded now" in rebuilt.stdout


def test_search_builds_a_missing_index_with_progress(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, embedder: Any
) -> None:
    _small_cards(tmp_path, monkeypatch)
    result = runner.invoke(app, ["search", "thank you", "-k", "1", "--json"])
    assert result.exit_code == 0, result.output
    assert "embedding passages" in result.stderr
    assert json.loads(result.stdout)[0]["id"] == "thanks"


def test_corrupt_index_suggests_rebuild(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, embedder: Any) -> None:
    _small_cards(tmp_path, monkeypatch)
    assert runner.invoke(app, ["index"]).exit_code == 0
    data_dir = Path(Settings.from_env().data_dir)
    (data_dir / "index" / "passages.json").write_text("[{]", "utf-8")
    result = runner.invoke(app, ["search", "thank you"])
    assert result.exit_code == 1
    assert "coach index --rebuild" in result.stderr and "Traceback" not in result.output
    assert runner.invoke(app, ["index", "--rebuild"]).exit_code == 0
    assert runner.invoke(app, ["search", "thank you"]).exit_code == 0


def test_bad_environment_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COACH_ENGINE", "gpt")
    result = runner.invoke(app, ["search", "x"])
    assert result.exit_code == 2 and "COACH_ENGINE" in result.stderr
