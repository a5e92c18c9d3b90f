"""The local engine's settings, model catalogue and failure paths (the real model is in test_local_model.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coach.cli import app
from coach.config import Settings, SettingsError
from coach.models import CATALOGUE, DEFAULT_MODEL, ModelError, available_models, fetch_model, resolve_model
from coach.service import Coach
from coach.tasks.base import Draft

from .fakes import GOOD_FIELDS, FakeOutreach, FakeRetriever


def test_settings_read_the_new_variables() -> None:
    env = {
        "COACH_LOCAL_MODEL": "smollm2-135m",
        "COACH_LOCAL_THREADS": "2",
        "COACH_LOCAL_CONTEXT": "2048",
        "COACH_DEADLINE": "45",
        "COACH_STALL": "7.5",
    }
    settings = Settings.from_env(env)
    assert (settings.local_model, settings.local_threads, settings.local_context) == ("smollm2-135m", 2, 2048)
    assert (settings.deadline, settings.stall) == (45.0, 7.5)
    assert settings.resolved_engine == "local"
    assert Settings().local_threads == 1 and Settings().deadline == 60 and Settings().stall == 20


BAD = [("COACH_DEADLINE", "0"), ("COACH_STALL", "-1"), ("COACH_LOCAL_THREADS", "0")]


@pytest.mark.parametrize(("variable", "value"), BAD)
def test_bad_values_are_one_line_errors(variable: str, value: str) -> None:
    with pytest.raises(SettingsError, match=variable):
        Settings.from_env({variable: value})


def test_resolve_model_by_name_or_path(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    with pytest.raises(ModelError, match="not fetched yet; run `make models`"):
        resolve_model(DEFAULT_MODEL, settings)
    with pytest.raises(ModelError, match=r"neither a \.gguf file nor a known model"):
        resolve_model("gpt-4", settings)
    with pytest.raises(ModelError, match="does not exist"):
        resolve_model(str(tmp_path / "missing.gguf"), settings)
    own = tmp_path / "mine.gguf"
    own.write_bytes(b"GGUF")
    assert resolve_model(str(own), settings) == own
    with pytest.raises(ModelError, match="unknown model"):
        fetch_model("nonexistent", settings)


def test_models_lists_the_catalogue_and_files_the_user_added(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings(data_dir=tmp_path)
    settings.models_dir.mkdir(parents=True)
    (settings.models_dir / "other.gguf").write_bytes(b"GGUF")
    rows = available_models(settings)
    assert rows[0][0] == DEFAULT_MODEL and rows[0][1] is None
    assert any(name.endswith("other.gguf") and path for name, path, _ in rows)
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path))
    result = CliRunner().invoke(app, ["models", "--json"])
    assert result.exit_code == 0, result.output
    listed = json.loads(result.stdout)
    assert listed[0] == {"name": DEFAULT_MODEL, "path": None, "note": CATALOGUE[DEFAULT_MODEL].note}


def test_local_engine_without_a_model_falls_back_with_a_notice(
    fake_task: FakeOutreach, fake_retriever: FakeRetriever, tmp_path: Path
) -> None:
    draft = Coach(Settings(data_dir=tmp_path, engine="local"), retriever=fake_retriever).draft("outreach", GOOD_FIELDS)  # type: ignore[arg-type]
    assert draft.engine == "offline"
    assert draft.notices[0].startswith("No local model is configured (set COACH_LOCAL_MODEL")


def test_a_file_that_is_not_a_model_fails_to_load_and_falls_back(
    fake_task: FakeOutreach, fake_retriever: FakeRetriever, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"this is not a GGUF model" * 100)
    settings = Settings(data_dir=tmp_path, engine="local", local_model=str(broken))
    loading: list[str] = []
    coach = Coach(settings, retriever=fake_retriever, on_load=loading.append)  # type: ignore[arg-type]
    draft = coach.draft("outreach", GOOD_FIELDS)
    assert isinstance(draft, Draft) and draft.engine == "offline"
    assert "The local model server stopped while loading" in draft.notices[0] or "did not start" in draft.notices[0]
    assert draft.notices[0].endswith("this draft was written by the offline engine.")
