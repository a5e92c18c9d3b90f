"""The LLM engine: any OpenAI-compatible server through LangChain's ``ChatOpenAI``.

The chain is plain LCEL, ``prompt | model``, streamed through the one call path every model call
uses (:class:`coach.engines.calls.ModelCall`): it bounds every wait (``COACH_DEADLINE``,
``COACH_STALL``), retries in that one layer (the openai client is built with ``max_retries=0``,
so LangChain and the client add none), caps the reply, removes ``<think>`` and turns every failure
or malformed reply into :class:`~coach.engines.base.EngineUnavailableError`; the caller then falls
back to the offline engine.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import httpx2
from langchain_openai import ChatOpenAI
from pydantic import SecretStr

from coach.config import Settings
from coach.engines.base import EngineRequest, EngineUnavailableError
from coach.engines.calls import ModelCall, ThinkFilter, WaitFn
from coach.engines.faults import WrongContentTypeError, describe_fault
from coach.knowledge import SearchResult
from coach.prompting import PromptError, assemble_prompt
from coach.tasks.base import Usage

# LangChain sends every prompt to LangSmith when these are set in the shell for other work. The
# coach's prompts hold the user's confidential text, so tracing is off however the shell is set.
for _variable in ("LANGSMITH_TRACING", "LANGCHAIN_TRACING_V2", "LANGCHAIN_TRACING"):
    os.environ[_variable] = "false"

OPENAI_BASE_URL = "https://api.openai.com/v1"
CHAT_CONTENT_TYPES = ("text/event-stream", "application/json")
_LOCAL_HOSTS = {"localhost", "localhost.localdomain"}


def make_chat_model(settings: Settings, *, streaming: bool = True) -> ChatOpenAI:
    """A ``ChatOpenAI`` configured from ``settings`` for OpenAI or any compatible local server.

    Raises:
        EngineUnavailableError: no server is configured, or ``local_only`` forbids the one that is.
    """
    base_url = _checked_base_url(settings)
    extra_body: dict[str, Any] | None = None
    if urlsplit(base_url).hostname != "api.openai.com":
        # Local servers (Ollama, llama.cpp) ignore max_completion_tokens, which is what max_tokens becomes.
        extra_body = {"max_tokens": settings.max_output_tokens}
    return ChatOpenAI(
        model=settings.model,
        api_key=SecretStr(settings.openai_api_key or "unused"),  # ChatOpenAI refuses to start keyless
        base_url=base_url,
        timeout=settings.request_timeout,
        max_retries=0,  # ModelCall retries, inside COACH_DEADLINE; a second layer would multiply attempts
        http_client=httpx2.Client(event_hooks={"response": [_check_content_type]}),
        temperature=settings.temperature,
        max_completion_tokens=settings.max_output_tokens,
        extra_body=extra_body,
        streaming=streaming,
        stream_usage=True,
    )


def chat_model_for(settings: Settings, kind: str) -> ChatOpenAI:
    """The chat model for engine ``kind`` (``llm``, or ``local``, which starts the local server first).

    Raises:
        EngineUnavailableError: as :func:`make_chat_model`, or the local model cannot start.
    """
    if kind == "local":
        from coach.engines.local import local_settings

        settings = local_settings(settings)
    return make_chat_model(settings, streaming=True)


def _check_content_type(response: Any) -> None:
    """Refuse a 200 reply that is not a chat reply (a captive portal or proxy page), before it is parsed."""
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if response.status_code == 200 and kind not in CHAT_CONTENT_TYPES:
        raise WrongContentTypeError(f"a {kind or 'untyped'} reply")


def is_local_url(url: str) -> bool:
    """Whether ``url`` points at this machine (localhost, 127.0.0.0/8 or ::1)."""
    host = (urlsplit(url).hostname or "").lower()
    if host in _LOCAL_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _checked_base_url(settings: Settings) -> str:
    base_url = settings.openai_base_url or (OPENAI_BASE_URL if settings.openai_api_key else None)
    if base_url is None:
        raise EngineUnavailableError(
            "No model server is configured (set OPENAI_BASE_URL, or OPENAI_API_KEY for OpenAI)"
        )
    if settings.local_only and not is_local_url(base_url):
        raise EngineUnavailableError(
            f"COACH_LOCAL_ONLY is set, so the coach will not send text to {base_url} "
            "(only localhost, 127.0.0.0/8 or ::1 are allowed)"
        )
    return base_url


class LLMEngine:
    """Streams drafts from an OpenAI-compatible chat model.

    After a stream ends, ``last_usage`` holds the server's token counts and ``last_guidance`` the
    passages that fit in the prompt (``[n]`` in the reply refers to ``last_guidance[n-1]``).
    """

    def __init__(self, settings: Settings, *, name: str | None = None, on_wait: WaitFn | None = None) -> None:
        self.settings = settings
        self.base_url = _checked_base_url(settings)
        self.name = name or f"llm:{settings.model}"
        self.on_wait = on_wait
        self.last_usage = Usage()
        self.last_guidance: list[SearchResult] = []
        self._model = make_chat_model(settings)

    def stream(self, request: EngineRequest, on_wait: WaitFn | None = None) -> Iterator[str]:
        """Yield the reply as it arrives, without ``<think>`` sections.

        Raises:
            EngineUnavailableError: the prompt cannot be built or the server failed, before or mid-stream.
        """
        try:
            prompt = assemble_prompt(request, self.settings.prompt_token_budget, self.settings.passage_tokens)
        except PromptError as error:
            raise EngineUnavailableError(f"The LLM prompt could not be built: {error}") from error
        self.last_guidance = prompt.guidance
        call = ModelCall(self._model, self.settings, base_url=self.base_url, on_wait=on_wait or self.on_wait)
        yield from call.stream(prompt.system, prompt.user)
        self.last_usage = call.usage


__all__ = ["LLMEngine", "ThinkFilter", "describe_fault", "is_local_url", "make_chat_model"]
