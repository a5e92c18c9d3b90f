"""The two engines behind every job: the LLM (any OpenAI-compatible server) and the offline composer."""

from __future__ import annotations

from typing import Literal, get_args

from coach.config import Settings
from coach.engines.base import Engine, EngineRequest, EngineUnavailableError

EngineKind = Literal["llm", "offline"]
ENGINE_KINDS: tuple[str, ...] = get_args(EngineKind)


def make_engine(settings: Settings, kind: EngineKind) -> Engine:
    """The engine called ``kind``.

    Raises:
        ValueError: ``kind`` is not one of :data:`ENGINE_KINDS` (the message lists them).
        EngineUnavailableError: the LLM engine cannot be used with these settings.
    """
    if kind == "offline":
        from coach.engines.offline import OfflineEngine

        return OfflineEngine()
    if kind == "llm":
        # Imported here so the offline path never pays for importing LangChain's OpenAI client.
        from coach.engines.llm import LLMEngine

        return LLMEngine(settings)
    raise ValueError(f"unknown engine {kind!r}; choose one of: {', '.join(ENGINE_KINDS)}")


__all__ = ["ENGINE_KINDS", "Engine", "EngineKind", "EngineRequest", "EngineUnavailableError", "make_engine"]
