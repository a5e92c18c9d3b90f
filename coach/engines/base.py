"""What an engine is: something that turns a job request into a stream of text.

Both engines emit a draft as one text stream, ``Subject: ...`` first where the job has one, with
``[n]`` citation markers that refer to the numbered guidance in the request. The caller (the
:class:`coach.service.Coach`) parses, cites and checks the text the same way for both.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from coach.knowledge import SearchResult
from coach.tasks.base import Style, TaskSpec, Usage


@dataclass
class EngineRequest:
    """Everything an engine needs to write one draft."""

    task: TaskSpec
    values: dict[str, Any]
    guidance: Sequence[SearchResult]
    style: Style = field(default_factory=Style)
    history: Sequence[tuple[str, str]] = ()
    """Earlier turns as ``(role, text)``, role ``user`` or ``assistant`` (the ask chat)."""
    previous: str | None = None
    """The draft being refined, when this is a refinement."""
    instruction: str | None = None
    """The refinement: ``shorter``, ``more formal``, ``warmer`` or free text (LLM only)."""


class EngineUnavailableError(RuntimeError):
    """The engine could not produce a reply; ``str()`` says why in words fit for a notice."""


class Engine(Protocol):
    """A text generator for every job."""

    name: str
    """``offline``, or ``llm:<model>``."""

    last_usage: Usage
    """Token usage of the last completed stream (empty offline)."""

    def stream(self, request: EngineRequest) -> Iterator[str]:
        """Yield text chunks; raise :class:`EngineUnavailableError` when the engine fails."""
        ...
