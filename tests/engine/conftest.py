"""Fixtures for engine tests: the fake job (found by ``Coach`` as ``outreach``), retriever and settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from coach.config import Settings

from .fakes import FAKE_PROMPT, FAKE_REFINE, FakeOutreach, FakeRetriever, passage


@pytest.fixture
def prompts_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "prompts"
    folder.mkdir()
    (folder / "outreach.md").write_text(FAKE_PROMPT, "utf-8")
    (folder / "refine.md").write_text(FAKE_REFINE, "utf-8")
    return folder


@pytest.fixture
def fake_task(prompts_dir: Path, monkeypatch: pytest.MonkeyPatch) -> FakeOutreach:
    """The fake job, which ``Coach`` finds under the name ``outreach``."""
    task = FakeOutreach(prompts_dir)
    monkeypatch.setattr("coach.service.get_task", lambda name: task)
    return task


@pytest.fixture
def fake_retriever() -> FakeRetriever:
    return FakeRetriever([passage(1), passage(2), passage(3)])


@pytest.fixture
def fast_llm_settings(tmp_path: Path) -> Any:
    """Settings builder for the loopback server: fast timeouts and one retry, so fault tests stay quick."""

    def build(base_url: str, **overrides: Any) -> Settings:
        values: dict[str, Any] = {
            "data_dir": tmp_path / "data",
            "openai_base_url": base_url,
            "model": "loopback-model",
            "request_timeout": 1.0,
            "max_retries": 1,
        }
        values.update(overrides)
        return Settings(**values)

    return build

