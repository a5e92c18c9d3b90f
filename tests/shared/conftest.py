"""The AppTest data-folder fixture, shared with the UI tests."""

import uuid
from collections.abc import Iterator

import pytest
from servers import chroma_server, fresh_database, postgres_cluster
from ui.conftest import app_data  # noqa: F401


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[str]:
    """A throwaway PostgreSQL cluster for the whole test session."""
    with postgres_cluster() as url:
        yield url


@pytest.fixture
def pg_url(pg_cluster: str) -> str:
    """A new, empty database for one test."""
    return fresh_database(pg_cluster, f"coach_{uuid.uuid4().hex[:12]}")


@pytest.fixture(scope="session")
def chroma_url() -> Iterator[str]:
    """A real `chroma run` server for the whole test session."""
    with chroma_server() as url:
        yield url
