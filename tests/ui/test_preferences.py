"""Saved app preferences and the remembered API key."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from coach.config import Settings
from coach.ui.preferences import (
    effective_settings,
    engine_choice_problem,
    forget_api_key,
    load_api_key,
    load_preferences,
    save_api_key,
    save_preferences,
)


def test_preferences_round_trip_and_never_hold_the_key(tmp_path: Path) -> None:
    save_preferences(tmp_path, {"engine": "llm", "openai_base_url": "http://127.0.0.1:1/v1",
                                "openai_api_key": "sk-secret", "local_only": True})
    save_preferences(tmp_path, {"knowledge_dirs": (tmp_path / "notes",)})  # merges, keeps the rest
    assert load_preferences(tmp_path) == {
        "engine": "llm", "openai_base_url": "http://127.0.0.1:1/v1", "local_only": True,
        "knowledge_dirs": (tmp_path / "notes",),
    }
    assert "sk-secret" not in (tmp_path / "ui-settings.json").read_text()


def test_damaged_preferences_are_ignored(tmp_path: Path) -> None:
    (tmp_path / "ui-settings.json").write_text("{not json")
    assert load_preferences(tmp_path) == {}
    (tmp_path / "ui-settings.json").write_text('{"engine": "warp-drive"}')
    assert load_preferences(tmp_path) == {}


def test_remembered_key_is_readable_by_the_user_only(tmp_path: Path) -> None:
    path = save_api_key(tmp_path, " sk-abc \n")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_api_key(tmp_path) == "sk-abc"
    forget_api_key(tmp_path)
    assert load_api_key(tmp_path) is None
    forget_api_key(tmp_path)  # forgetting twice is fine


def test_session_choices_win_over_saved_ones_which_win_over_the_environment(tmp_path: Path) -> None:
    environment = Settings(data_dir=tmp_path, model="env-model", engine="offline")
    save_preferences(tmp_path, {"model": "saved-model", "engine": "auto"})
    save_api_key(tmp_path, "sk-saved")
    merged = effective_settings(environment, {"model": "session-model"})
    assert (merged.model, merged.engine, merged.openai_api_key) == ("session-model", "auto", "sk-saved")


@pytest.mark.parametrize(
    ("engine", "url", "key", "local_only", "problem"),
    [
        ("llm", None, None, False, "needs a base URL"),
        ("llm", "ftp://x", None, False, "must start with http"),
        ("llm", "https://api.example.com/v1", None, True, "refuses https://api.example.com/v1"),
        ("auto", None, "sk-1", True, "will not send text to OpenAI"),
        ("llm", "http://localhost:11434/v1", None, True, None),
        ("offline", "https://api.example.com/v1", None, True, None),
    ],
)
def test_engine_choice_problems_say_what_to_do(
    engine: str, url: str | None, key: str | None, local_only: bool, problem: str | None
) -> None:
    found = engine_choice_problem(engine, url, key, local_only)
    assert (found is None) if problem is None else (found is not None and problem in found)
