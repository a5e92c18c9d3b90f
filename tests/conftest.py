"""Test-wide fixtures: isolation of user data, the no-network guard, and the real model and index."""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings as hypothesis_settings
from llm_server import llm_server  # noqa: F401

from coach.config import Settings

# On CI (`.ci/run` sets CI=true) property tests draw the same examples every run, so a red build names a
# change, not an unlucky draw; run locally, they draw new ones and keep finding new mixes.
hypothesis_settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

ENV_TO_CLEAR = (
    "OPENAI_BASE_URL",
    "OPENAI_API_KEY",
    "COACH_ENGINE",
    "COACH_MODEL",
    "COACH_KNOWLEDGE_DIRS",
    "COACH_CARDS_DIR",
    "COACH_LOCAL_ONLY",
    "COACH_LOCAL_MODEL",
    "COACH_DEADLINE",
    "COACH_STALL",
    "COACH_AUTH",
    "COACH_AUTH_HEADER",
    "COACH_DATABASE_URL",
    "COACH_CHROMA_URL",
    "COACH_MAX_FILE_MB",
)


class NetworkBlockedError(OSError):
    """Raised by the guard when code under test tries to reach a non-loopback address."""


def _is_loopback(address: Any) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX paths
        return True
    host = address[0]
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name other than localhost would need DNS: refuse it


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _guarded_connect(self: socket.socket, address: Any) -> None:
    if not _is_loopback(address):
        raise NetworkBlockedError(f"tests may not reach the network: connect to {address!r} blocked")
    _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: Any) -> int:
    if not _is_loopback(address):
        raise NetworkBlockedError(f"tests may not reach the network: connect to {address!r} blocked")
    return _real_connect_ex(self, address)


@pytest.fixture(autouse=True, scope="session")
def no_network() -> Iterator[None]:
    """Every non-loopback socket.connect fails for the whole session."""
    socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]
    yield
    socket.socket.connect = _real_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _real_connect_ex  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def network_still_blocked(no_network: None) -> None:
    """Re-install the guard if a plugin or test swapped ``connect`` back (pytest-socket used to)."""
    socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """User data goes to a per-test folder, and no real LLM settings leak in from the shell."""
    for name in ENV_TO_CLEAR:
        monkeypatch.delenv(name, raising=False)
    data_dir = tmp_path / "coach-data"
    monkeypatch.setenv("COACH_DATA_DIR", str(data_dir))
    return data_dir


@pytest.fixture(scope="session")
def embedder() -> Any:
    """The real MiniLM model, loaded once per test session."""
    from coach.embeddings import load_embedder

    model = load_embedder()
    model.load()
    return model


@pytest.fixture(scope="session")
def shared_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder holding the real index over the shipped cards, built once per session."""
    return tmp_path_factory.mktemp("shared-index")


@pytest.fixture(scope="session")
def guidance_settings(shared_data_dir: Path, embedder: Any) -> Settings:
    """Settings whose data folder has the real index over the shipped cards."""
    from coach.index import build_index

    settings = Settings(data_dir=shared_data_dir)
    build_index(settings, embedder)
    return settings


@pytest.fixture(scope="session")
def retriever(guidance_settings: Settings, embedder: Any) -> Any:
    """A hybrid retriever over the real index."""
    from coach.index import open_index
    from coach.retrieval import HybridRetriever

    return HybridRetriever(open_index(guidance_settings), embedder)
