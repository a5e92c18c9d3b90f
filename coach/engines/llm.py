"""The LLM engine: any OpenAI-compatible server through LangChain's ``ChatOpenAI``.

The chain is plain LCEL, ``prompt | model | StrOutputParser()``, streamed. Retries happen in one
layer only, the openai client's own (``Settings.max_retries``, honouring ``Retry-After``); adding
LangChain's ``with_retry`` on top would multiply the attempts. A stream that breaks after the
server's 200 response is not retried by the client: the engine reports it like any other failure,
as :class:`~coach.engines.base.EngineUnavailableError`, and the caller falls back to the offline
engine.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import openai
from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.output_parsers import StrOutputParser
from langchain_core.outputs import LLMResult
from langchain_core.prompts import ChatPromptTemplate
from langchain_openai import ChatOpenAI
from pydantic import SecretStr

from coach.config import Settings
from coach.engines.base import EngineRequest, EngineUnavailableError
from coach.knowledge import SearchResult
from coach.prompting import PromptError, assemble_prompt
from coach.tasks.base import Usage

# LangChain sends every prompt to LangSmith when these are set in the shell for other work. The
# coach's prompts hold the user's confidential text, so tracing is off however the shell is set.
for _variable in ("LANGSMITH_TRACING", "LANGCHAIN_TRACING_V2", "LANGCHAIN_TRACING"):
    os.environ[_variable] = "false"

OPENAI_BASE_URL = "https://api.openai.com/v1"
LLM_FAULTS: tuple[type[BaseException], ...] = (openai.OpenAIError, ConnectionError, TimeoutError)
"""Exceptions that mean the model server failed (refused, timed out, rate-limited, 5xx, broke off)."""

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
        max_retries=settings.max_retries,
        temperature=settings.temperature,
        max_completion_tokens=settings.max_output_tokens,
        extra_body=extra_body,
        streaming=streaming,
        stream_usage=True,
    )


def describe_fault(
    error: BaseException,
    *,
    base_url: str | None = None,
    timeout: float | None = None,
    mid_stream: bool = False,
) -> str:
    """A short sentence saying how the model server failed, fit to show the user.

    Args:
        error: the exception raised by the client.
        base_url: named in the sentence when given.
        timeout: the request timeout in seconds, named when the request timed out.
        mid_stream: whether part of the reply had already arrived.
    """
    server = f"The model server at {base_url}" if base_url else "The model server"
    if isinstance(error, EngineUnavailableError):
        return str(error)
    if isinstance(error, openai.APITimeoutError) or _caused_by(error, TimeoutError):
        return f"{server} timed out" + (f" after {timeout:g} s" if timeout else "")
    if isinstance(error, openai.APIStatusError):
        return f"{server} {_status_phrase(error)}"
    if mid_stream:
        return f"{server} stopped mid-reply"
    if _caused_by(error, ConnectionRefusedError):
        return f"{server} refused the connection"
    if isinstance(error, openai.APIConnectionError | ConnectionError):
        return f"{server} could not be reached"
    return f"{server} failed ({type(error).__name__})"


def _status_phrase(error: openai.APIStatusError) -> str:
    status = error.status_code
    if status == 429:
        return "rate-limited the request (429)"
    if status >= 500:
        return f"returned a server error ({status})"
    if status in (401, 403):
        return f"rejected the API key ({status})"
    if status == 404:
        return "does not offer that model or path (404); check COACH_MODEL and OPENAI_BASE_URL"
    return f"rejected the request ({status})"


def _caused_by(error: BaseException, kind: type[BaseException]) -> bool:
    seen: BaseException | None = error
    for _ in range(10):  # a bounded walk: cause chains can in principle loop
        if seen is None:
            return False
        if isinstance(seen, kind):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


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


class ThinkFilter:
    """Removes ``<think>…</think>`` from streamed text, even when the tags are split across chunks."""

    OPEN, CLOSE = "<think>", "</think>"

    def __init__(self) -> None:
        self._pending = ""
        self._inside = False

    def feed(self, chunk: str) -> str:
        """The visible part of ``chunk`` (text that might start a tag is held back)."""
        self._pending += chunk
        visible = []
        while True:
            tag = self.CLOSE if self._inside else self.OPEN
            at = self._pending.find(tag)
            if at < 0:
                break
            if not self._inside:
                visible.append(self._pending[:at])
            self._pending = self._pending[at + len(tag) :]
            self._inside = not self._inside
        keep = _partial_tag_length(self._pending, self.CLOSE if self._inside else self.OPEN)
        if not self._inside:
            visible.append(self._pending[: len(self._pending) - keep])
        self._pending = self._pending[len(self._pending) - keep :]
        return "".join(visible)

    def flush(self) -> str:
        """Whatever is held back at the end of the stream (an unfinished thought is dropped)."""
        rest, self._pending = ("" if self._inside else self._pending), ""
        return rest


def _partial_tag_length(text: str, tag: str) -> int:
    for size in range(min(len(tag) - 1, len(text)), 0, -1):
        if text.endswith(tag[:size]):
            return size
    return 0


class _UsageRecorder(BaseCallbackHandler):
    def __init__(self) -> None:
        self.usage = Usage()

    def on_llm_end(self, response: LLMResult, **kwargs: Any) -> None:
        generation: Any = response.generations[0][0] if response.generations else None
        metadata = getattr(getattr(generation, "message", None), "usage_metadata", None)
        if metadata:
            self.usage = Usage(metadata.get("input_tokens"), metadata.get("output_tokens"))


class LLMEngine:
    """Streams drafts from an OpenAI-compatible chat model.

    After a stream ends, ``last_usage`` holds the server's token counts and ``last_guidance`` the
    passages that fit in the prompt (``[n]`` in the reply refers to ``last_guidance[n-1]``).
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.base_url = _checked_base_url(settings)
        self.name = f"llm:{settings.model}"
        self.last_usage = Usage()
        self.last_guidance: list[SearchResult] = []
        self._model = make_chat_model(settings)

    def stream(self, request: EngineRequest) -> Iterator[str]:
        """Yield the reply as it arrives, without ``<think>`` sections.

        Raises:
            EngineUnavailableError: the prompt cannot be built or the server failed, before or mid-stream.
        """
        try:
            prompt = assemble_prompt(request, self.settings.prompt_token_budget, self.settings.passage_tokens)
        except PromptError as error:
            raise EngineUnavailableError(f"The LLM prompt could not be built: {error}") from error
        self.last_guidance = prompt.guidance
        recorder = _UsageRecorder()
        chain = _MESSAGES | self._model | StrOutputParser()
        think = ThinkFilter()
        received, shown = False, False
        messages = {"system": prompt.system, "user": prompt.user}
        try:
            for chunk in chain.stream(messages, {"callbacks": [recorder]}):
                received = received or bool(chunk)
                if visible := think.feed(chunk):
                    shown = shown or bool(visible.strip())
                    yield visible
        except LLM_FAULTS as error:
            raise EngineUnavailableError(self._fault(error, received)) from error
        if tail := think.flush():
            shown = shown or bool(tail.strip())
            yield tail
        if not shown:
            raise EngineUnavailableError(f"The model server at {self.base_url} returned an empty reply")
        self.last_usage = recorder.usage

    def _fault(self, error: BaseException, mid_stream: bool) -> str:
        return describe_fault(
            error, base_url=self.base_url, timeout=self.settings.request_timeout, mid_stream=mid_stream
        )


_MESSAGES = ChatPromptTemplate.from_messages([("system", "{system}"), ("human", "{user}")])
