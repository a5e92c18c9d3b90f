from pathlib import Path

import pytest

from coach.config import BUILTIN_CARDS_DIR, Settings, SettingsError


def test_defaults_need_no_environment() -> None:
    settings = Settings.from_env({})
    assert settings.engine == "auto"
    assert settings.resolved_engine == "offline"
    assert settings.model == "gpt-4o-mini"
    assert settings.cards_dir == BUILTIN_CARDS_DIR
    assert settings.knowledge_dirs == ()
    assert "mentor-coach" in str(settings.data_dir)


def test_environment_is_read(tmp_path: Path) -> None:
    env = {
        "COACH_DATA_DIR": str(tmp_path),
        "COACH_KNOWLEDGE_DIRS": f"{tmp_path / 'a'}:{tmp_path / 'b'}",
        "COACH_ENGINE": "llm",
        "COACH_MODEL": "llama3.2",
        "COACH_TIMEOUT": "5",
        "COACH_LOCAL_ONLY": "yes",
    }
    settings = Settings.from_env(env)
    assert settings.data_dir == tmp_path
    assert settings.knowledge_dirs == (tmp_path / "a", tmp_path / "b")
    assert settings.guidance_dirs[0] == BUILTIN_CARDS_DIR
    assert settings.engine == "llm"
    assert settings.model == "llama3.2"
    assert settings.request_timeout == 5.0
    assert settings.local_only is True
    assert settings.index_dir == tmp_path / "index"


def test_explicit_overrides_beat_the_environment(tmp_path: Path) -> None:
    settings = Settings.from_env({"COACH_MODEL": "from-env"}, model="explicit")
    assert settings.model == "explicit"
    assert settings.with_overrides(engine="offline").engine == "offline"


@pytest.mark.parametrize(
    ("env", "resolved"),
    [
        ({}, "offline"),
        ({"OPENAI_API_KEY": "sk-test"}, "llm"),
        ({"OPENAI_BASE_URL": "http://127.0.0.1:11434/v1"}, "llm"),
        ({"OPENAI_API_KEY": "sk-test", "COACH_ENGINE": "offline"}, "offline"),
    ],
)
def test_auto_engine_follows_llm_settings(env: dict[str, str], resolved: str) -> None:
    assert Settings.from_env(env).resolved_engine == resolved


@pytest.mark.parametrize(
    ("variable", "value"),
    [("COACH_ENGINE", "gpt"), ("COACH_TIMEOUT", "soon"), ("COACH_LOCAL_ONLY", "maybe"), ("COACH_MAX_TOKENS", "-3")],
)
def test_bad_values_name_the_variable(variable: str, value: str) -> None:
    with pytest.raises(SettingsError, match=variable):
        Settings.from_env({variable: value})


def test_readme_documents_every_setting() -> None:
    from coach.config import _ENV_READERS, PROJECT_DIR

    readme = (PROJECT_DIR / "README.md").read_text("utf-8")
    assert [var for var, _ in _ENV_READERS.values() if f"`{var}`" not in readme] == []
