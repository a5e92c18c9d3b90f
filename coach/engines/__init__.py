"""The engines behind every job: ``llm``, ``local`` and ``offline``.

``llm`` is any OpenAI-compatible server; ``local`` is llama.cpp started by the coach and then used as
an LLM server; ``offline`` is the deterministic composer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, get_args

from coach.config import Settings
from coach.engines.base import Engine, EngineRequest, EngineUnavailableError

if TYPE_CHECKING:
    from coach.engines.calls import WaitFn
    from coach.engines.local import LoadProgress

EngineKind = Literal["llm", "local", "offline"]
ENGINE_KINDS: tuple[str, ...] = get_args(EngineKind)


def make_engine(
    settings: Settings,
    kind: EngineKind,
    *,
    on_wait: WaitFn | None = None,
    progress: LoadProgress | None = None,
) -> Engine:
    """The engine called ``kind``; ``on_wait`` hears about waits for a reply, ``progress`` about a model loading.

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

        return LLMEngine(settings, on_wait=on_wait)
    if kind == "local":
        from coach.engines.llm import LLMEngine
        from coach.engines.local import local_name, local_settings

        return LLMEngine(local_settings(settings, progress), name=local_name(settings), on_wait=on_wait)
    raise ValueError(f"unknown engine {kind!r}; choose one of: {', '.join(ENGINE_KINDS)}")


__all__ = ["ENGINE_KINDS", "Engine", "EngineKind", "EngineRequest", "EngineUnavailableError", "make_engine"]
