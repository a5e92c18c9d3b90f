"""Everything the CLI prints is free of terminal control sequences, whatever the model writes."""

from __future__ import annotations

import io
import json

import pytest
from llm_server import LLMServer, Reply
from typer.testing import CliRunner

from coach.cli import app
from coach.cli.common import SafeStream
from coach.config import Settings
from coach.safety import strip_terminal_controls

runner = CliRunner()

HOSTILE = (
    "Prepare two questions.\x1b[2J\x1b[H"  # clear screen, cursor home
    "\x1b]0;pwned title\x07"  # window title
    "\x1b[8mhidden words\x1b[0m "  # concealed text
    "\x1b]8;;http://evil.example/\x1b\\click me\x1b]8;;\x1b\\ "  # OSC-8 hyperlink
    "\x9b2J\x07\x08 end [1]."  # 8-bit CSI, bell, backspace
)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("a\x1b[31mred\x1b[0m b", "ared b"),
        ("title\x1b]2;x\x1b\\ done", "title done"),
        ("unterminated \x1b]0;title", "unterminated "),
        ("keep\ttabs\nand lines", "keep\ttabs\nand lines"),
        ("over\rwrite", "overwrite"),
        ("bidi \u202egnp.exe", "bidi gnp.exe"),
    ],
)
def test_strip_terminal_controls(raw: str, clean: str) -> None:
    assert strip_terminal_controls(raw) == clean


def test_safe_stream_filters_every_write_and_keeps_progress_returns() -> None:
    inner = io.StringIO()
    stream = SafeStream(inner, keep_carriage_return=True)
    stream.write("\rLoading… 3 s\x1b[K")
    stream.write(HOSTILE)
    assert "\x1b" not in inner.getvalue() and "\x9b" not in inner.getvalue() and "\x07" not in inner.getvalue()
    assert inner.getvalue().startswith("\rLoading… 3 s")


def test_model_output_reaches_the_terminal_without_control_sequences(
    guidance_settings: Settings, llm_server: LLMServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COACH_DATA_DIR", str(guidance_settings.data_dir))
    monkeypatch.setenv("OPENAI_BASE_URL", llm_server.base_url)
    monkeypatch.setenv("COACH_MODEL", llm_server.model)
    llm_server.queue(Reply(HOSTILE))
    result = runner.invoke(app, ["ask", "How do I prepare for a first meeting?"])
    assert result.exit_code == 0, result.output
    assert "Prepare two questions." in result.stdout and "hidden words" in result.stdout
    for control in ("\x1b", "\x9b", "\x07", "\x08"):
        assert control not in result.stdout and control not in result.stderr
    llm_server.queue(Reply(HOSTILE))
    as_json = runner.invoke(app, ["ask", "How do I prepare for a first meeting?", "--json"])
    assert "\x1b" not in as_json.stdout and json.loads(as_json.stdout)["engine"] == f"llm:{llm_server.model}"
