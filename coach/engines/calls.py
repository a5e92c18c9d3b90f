"""One call path to a chat model, shared by drafts, the rehearsal partner and the debrief.

:class:`ModelCall` sends one system + user message pair through the LCEL chain
``prompt | model`` and streams the visible reply. Everything that can go wrong with a model server
is handled here once:

- **Bounded waits.** At most ``Settings.deadline`` seconds pass from sending the request to its
  first token, across every attempt and retry wait; once text streams, ``Settings.stall`` seconds
  without a chunk, or a pace under :data:`MIN_TOKENS_PER_SECOND` after that long, count as a
  broken stream. The chain runs in a worker thread so these bounds hold
  even when the server hangs inside a read; the caller is told about every wait (attempt, time left)
  through ``on_wait`` and can stop by closing the generator.
- **Retries** are done here, not by the openai client (it is built with ``max_retries=0``), so the
  deadline covers them: connection errors, timeouts, 408, 409, 429 and 5xx are retried up to
  ``Settings.max_retries`` times, honouring ``Retry-After``; a ``Retry-After`` longer than the time
  left ends the call at once with a notice saying when to try again.
- **Malformed replies** (garbage, an HTML page, non-JSON SSE, empty ``choices``, a content type that
  is not a chat reply, a stream that ends without a finish reason) and every server failure become
  :class:`~coach.engines.base.EngineUnavailableError` with a sentence fit for a notice.
- **Output**: ``<think>`` sections are removed; a reply past ``Settings.max_output_tokens`` is cut
  and marked with :data:`CUT_MARKER`; the server's token usage is kept in ``usage``.
"""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import openai
from langchain_core.messages import AIMessageChunk
from langchain_core.prompts import ChatPromptTemplate

from coach.config import Settings
from coach.engines.base import EngineUnavailableError
from coach.engines.faults import MALFORMED, describe_fault, is_retryable, retry_after_seconds
from coach.tasks.base import Usage
from coach.tokens import count_tokens, truncate_to_tokens

CUT_MARKER = " […cut: the reply reached the limit of {limit} tokens]"
"""Appended to a reply that was cut at ``Settings.max_output_tokens``."""
MIN_TOKENS_PER_SECOND = 1.0
"""Once ``Settings.stall`` seconds of a reply have streamed, a slower average is a broken stream: a
server dripping one word every few seconds never stalls, but would hold the user for an hour."""
POLL_SECONDS = 0.25
"""How often a waiting caller hears how long is left."""
BACKOFF_START, BACKOFF_MAX = 0.5, 8.0

_MESSAGES = ChatPromptTemplate.from_messages([("system", "{system}"), ("human", "{user}")])


@dataclass(frozen=True)
class Wait:
    """What the caller may show while a request waits for its first token."""

    attempt: int
    """1 for the first try, 2 for the first retry, …"""
    attempts: int
    """The most attempts this call will make."""
    seconds_left: float
    """Until ``Settings.deadline`` runs out and the caller falls back."""
    reason: str
    """What is happening, e.g. "Waiting for the model" or "The model server … (503); retrying"."""


WaitFn = Callable[[Wait], None]


@dataclass
class _Event:
    kind: str  # "text", "wait", "done", "error"
    text: str = ""
    wait: Wait | None = None
    error: BaseException | None = None


class ModelCall:
    """One request to a chat model; iterate :meth:`stream` once.

    Args:
        model: a LangChain chat model (``make_chat_model``), built with ``max_retries=0``.
        settings: deadline, stall, retries and the token cap.
        base_url: named in notices.
        on_wait: called (in the caller's thread) about every :data:`POLL_SECONDS` while no text has
            arrived yet, with the attempt and the time left.
    """

    def __init__(self, model: Any, settings: Settings, *, base_url: str | None, on_wait: WaitFn | None = None) -> None:
        self.model = model
        self.settings = settings
        self.base_url = base_url
        self.on_wait = on_wait
        self.usage = Usage()
        self.cut = False
        self.first_token_seconds: float | None = None
        self._first_token_at: float | None = None
        self._events: queue.Queue[_Event] = queue.Queue()
        self._cancel = threading.Event()
        self._received = False  # whether the current attempt has passed on any text
        self._stopped_for_length = False  # the server ended the reply at max_tokens (set by the worker)

    def stream(self, system: str, user: str) -> Iterator[str]:
        """Yield the visible reply as it arrives.

        Raises:
            EngineUnavailableError: the server failed, stalled, sent nothing in time or sent a malformed
                or empty reply.
        """
        worker = threading.Thread(target=self._work, args=(system, user), name="model-call", daemon=True)
        started = time.monotonic()
        worker.start()
        think, shown, tokens, raw_tokens = ThinkFilter(), False, 0, 0
        try:
            for text in self._texts(started):
                raw_tokens += count_tokens(text)  # hidden <think> text counts: the model is working
                self._check_pace(raw_tokens)
                visible = think.feed(text)
                visible, tokens = self._capped(visible, tokens)
                if visible:
                    shown = shown or bool(visible.strip())
                    yield visible
                if self.cut:
                    break
            tail, tokens = self._capped(think.flush(), tokens)
            if tail:
                shown = shown or bool(tail.strip())
                yield tail
            # Read only after "done": the worker sets it on the last chunk, after queueing all the text.
            self.cut = self.cut or self._stopped_for_length
        finally:
            self._cancel.set()  # a caller that stops early (a Stop button) ends the request too
        if not shown:
            raise EngineUnavailableError(f"{self._server()} returned an empty reply")
        if self.cut:
            yield CUT_MARKER.format(limit=self.settings.max_output_tokens)

    def text(self, system: str, user: str) -> str:
        """The whole visible reply as one stripped string (same errors as :meth:`stream`)."""
        return "".join(self.stream(system, user)).strip()

    def _texts(self, started: float) -> Iterator[str]:
        """Raw text chunks from the worker, enforcing the deadline before the first and the stall after."""
        deadline_at = started + self.settings.deadline
        latest = Wait(1, self._attempts(), self.settings.deadline, "Waiting for the model")
        last_chunk: float | None = None
        while True:
            now = time.monotonic()
            if last_chunk is None and now >= deadline_at:
                raise EngineUnavailableError(
                    f"{self._server()} sent nothing within {self.settings.deadline:g} s (COACH_DEADLINE)"
                )
            if last_chunk is not None and now - last_chunk >= self.settings.stall:
                raise EngineUnavailableError(
                    f"{self._server()} stalled: nothing for {self.settings.stall:g} s mid-reply (COACH_STALL)"
                )
            try:
                event = self._events.get(timeout=POLL_SECONDS)
            except queue.Empty:
                if last_chunk is None and self.on_wait:
                    self.on_wait(Wait(latest.attempt, latest.attempts, deadline_at - time.monotonic(), latest.reason))
                continue
            if event.kind == "wait" and event.wait:
                latest = event.wait
                if self.on_wait:  # at once: a short retry wait may end before the next poll
                    self.on_wait(Wait(latest.attempt, latest.attempts, deadline_at - time.monotonic(), latest.reason))
            elif event.kind == "text":
                if last_chunk is None:
                    self._first_token_at = time.monotonic()
                    self.first_token_seconds = self._first_token_at - started
                last_chunk = time.monotonic()
                yield event.text
            elif event.kind == "error" and event.error:
                raise event.error
            elif event.kind == "done":
                return

    def _check_pace(self, tokens: int) -> None:
        if self.first_token_seconds is None or self._first_token_at is None:
            return
        streaming = time.monotonic() - self._first_token_at
        if streaming > self.settings.stall and tokens / streaming < MIN_TOKENS_PER_SECOND:
            raise EngineUnavailableError(
                f"{self._server()} is writing too slowly ({tokens / streaming:.1f} tokens/s after {streaming:.0f} s)"
            )

    def _capped(self, visible: str, tokens: int) -> tuple[str, int]:
        if not visible or self.cut:
            return ("" if self.cut else visible), tokens
        limit = self.settings.max_output_tokens
        size = count_tokens(visible)
        if tokens + size <= limit:
            return visible, tokens + size
        self.cut = True
        return truncate_to_tokens(visible, limit - tokens), limit

    # --- the worker thread -------------------------------------------------------------------------

    def _work(self, system: str, user: str) -> None:
        try:
            self._attempt_all({"system": system, "user": user})
        except BaseException as error:  # handed to the caller's thread, which raises it
            self._events.put(_Event("error", error=error))

    def _attempt_all(self, messages: dict[str, str]) -> None:
        started = time.monotonic()
        attempts = self._attempts()
        for attempt in range(1, attempts + 1):
            try:
                self._attempt(messages)
                return
            except openai.OpenAIError as error:
                if self._received or attempt == attempts or not is_retryable(error) or self._cancel.is_set():
                    raise self._unavailable(error) from error
                delay = self._retry_delay(error, attempt, started)
                reason = f"{describe_fault(error, base_url=self.base_url)}; retrying in {delay:.0f} s"
            except MALFORMED as error:
                raise self._unavailable(error) from error
            self._events.put(_Event("wait", wait=Wait(attempt + 1, attempts, 0, reason)))
            if self._cancel.wait(delay):
                return

    def _attempt(self, messages: dict[str, str]) -> None:
        """Stream one HTTP request into the queue (raises on failure)."""
        finished = False
        self._received = False
        chunks = (_MESSAGES | self.model).stream(messages)
        try:
            for chunk in chunks:
                if self._cancel.is_set():
                    return
                if not isinstance(chunk, AIMessageChunk):
                    raise ValueError(f"unexpected chunk {type(chunk).__name__}")
                if chunk.usage_metadata:
                    meta = chunk.usage_metadata
                    self.usage = Usage(meta.get("input_tokens"), meta.get("output_tokens"))
                finish = chunk.response_metadata.get("finish_reason")
                if finish:
                    finished = True
                    self._stopped_for_length = finish == "length"
                text = chunk.content if isinstance(chunk.content, str) else ""
                if text:
                    self._received = True
                    self._events.put(_Event("text", text=text))
        finally:
            with contextlib.suppress(Exception):
                chunks.close()
        if not finished and not self._received:
            raise EngineUnavailableError(f"{self._server()} returned an empty reply")
        if not finished:  # the connection closed mid-reply without [DONE]: the text may be cut anywhere
            raise EngineUnavailableError(f"{self._server()} ended the reply without finishing it (no finish reason)")
        self._events.put(_Event("done"))

    def _retry_delay(self, error: openai.OpenAIError, attempt: int, started: float) -> float:
        left = self.settings.deadline - (time.monotonic() - started)
        asked = retry_after_seconds(error)
        if asked is not None and asked >= left:  # waiting would only end in the fallback: fall back now
            when = time.strftime("%H:%M", time.localtime(time.time() + asked))
            raise EngineUnavailableError(
                f"{describe_fault(error, base_url=self.base_url)} and asked to wait {asked:.0f} s, longer than "
                f"the {self.settings.deadline:g} s the coach waits (COACH_DEADLINE); try again after {when}"
            ) from error
        delay = asked if asked is not None else min(BACKOFF_START * 2 ** (attempt - 1), BACKOFF_MAX)
        if delay >= left:
            raise self._unavailable(error) from error
        return delay

    def _unavailable(self, error: BaseException) -> EngineUnavailableError:
        return EngineUnavailableError(
            describe_fault(
                error, base_url=self.base_url, timeout=self.settings.request_timeout, mid_stream=self._received
            )
        )

    def _attempts(self) -> int:
        return 1 + max(0, self.settings.max_retries)

    def _server(self) -> str:
        return f"The model server at {self.base_url}" if self.base_url else "The model server"


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
