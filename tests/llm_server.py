"""A real OpenAI-compatible HTTP server on 127.0.0.1, for tests that exercise the real openai client.

It speaks ``POST /v1/chat/completions`` (JSON, or SSE when ``"stream": true``) and ``GET /v1/models``,
records every chat request body, and can be scripted to fail the way real servers fail.

Use the ``llm_server`` fixture (registered in ``tests/conftest.py``)::

    def test_something(llm_server: LLMServer) -> None:
        settings = Settings(openai_base_url=llm_server.base_url, model=llm_server.model)
        llm_server.queue(Fault("503"), Reply("Subject: Hi\\n\\nHello [1]."))
        ...                                   # code under test calls the server
        assert len(llm_server.requests) == 2  # one failed attempt, one retry
        llm_server.requests[-1]["messages"]   # the exact JSON bodies the client sent

Behaviour, in order of precedence for each chat request:

- ``llm_server.queue(*items)``: items are consumed one per request. ``Reply(text)`` answers with
  ``text``; ``Fault(kind)`` fails: ``"429"`` (with ``Retry-After``), ``"500"``, ``"503"``,
  ``"timeout"`` (waits ``delay`` seconds before answering, so a client with a shorter timeout
  gives up) and ``"broken_stream"`` (sends ``after_chunks`` SSE chunks, then drops the socket
  without finishing the chunked body). Malformed 200 replies: ``"no_finish"`` (a stream delimited by
  the connection closing, with no ``finish_reason`` and no ``[DONE]``), ``"garbage"`` (random bytes
  labelled JSON), ``"html"`` (a captive-portal page), ``"non_json_sse"`` (``data:`` lines that are not
  JSON), ``"empty_choices"`` (every chunk has ``choices: []``) and ``"wrong_content_type"`` (a
  well-formed stream labelled ``text/plain``). Slow replies: ``"stall"`` (``after_chunks`` chunks,
  then silence for ``delay`` seconds) and ``"drip"`` (one chunk every ``delay`` seconds).
- otherwise ``llm_server.responder(request_json) -> str`` writes the reply; the default,
  :func:`plausible_reply`, cites ``[1]`` and starts with a ``Subject:`` line when the prompt asks
  for one.

Streaming replies are split into several chunks (one per word group) and end with a usage chunk when
``stream_options.include_usage`` is set, then ``data: [DONE]``. Usage is counted as whitespace-separated
words of the prompt and the reply (good enough to check that it is reported).

``refused_url()`` gives a base URL on which nothing listens (connection refused). ``stop()`` closes
the listening socket and every open connection, so the next request is refused too.
"""

from __future__ import annotations

import contextlib
import json
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

import pytest

FaultKind = Literal[
    "429",
    "500",
    "503",
    "timeout",
    "broken_stream",
    "no_finish",
    "garbage",
    "html",
    "non_json_sse",
    "empty_choices",
    "wrong_content_type",
    "stall",
    "drip",
]
Responder = Callable[[dict[str, Any]], str]
DEFAULT_MODEL = "loopback-model"


@dataclass(frozen=True)
class Reply:
    """Answer the next chat request with this text (``finish`` is the ``finish_reason`` sent)."""

    text: str
    finish: str = "stop"


@dataclass(frozen=True)
class Fault:
    """Fail the next chat request.

    Attributes:
        kind: one of :data:`FaultKind` (see the module docstring).
        retry_after: seconds sent in the ``Retry-After`` header of a 429.
        delay: how long a ``"timeout"`` waits before answering, a ``"stall"`` waits mid-stream, or a
            ``"drip"`` waits between chunks (all released early by ``stop()``).
        after_chunks: how many SSE chunks a ``"broken_stream"`` or ``"stall"`` sends first.
        words: words per SSE chunk of a ``"drip"``.
    """

    kind: FaultKind
    retry_after: float = 0
    delay: float = 5.0
    after_chunks: int = 2
    words: int = 6


def plausible_reply(request: dict[str, Any]) -> str:
    """A short coaching reply that cites ``[1]``, with a ``Subject:`` line when the prompt asks for one."""
    prompt = "\n".join(str(m.get("content", "")) for m in request.get("messages", []))
    body = (
        "Hi Sam,\n\nThank you for your talk last week; it changed how I plan my learning. "
        "I am working towards a clear goal and would value your advice on the next step [1]. "
        "Would you be open to a 20-minute call in the next two weeks? "
        "I am happy to fit around your schedule.\n\nBest regards,\nAlex"
    )
    return f"Subject: A 20-minute question about your path\n\n{body}" if "Subject:" in prompt else body


def refused_url() -> str:
    """A base URL on 127.0.0.1 where nothing listens, so connecting is refused."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return f"http://127.0.0.1:{port}/v1"


class LLMServer:
    """The scriptable server; see the module docstring."""

    def __init__(self, model: str = DEFAULT_MODEL) -> None:
        self.model = model
        self.responder: Responder = plausible_reply
        self.requests: list[dict[str, Any]] = []
        self.authorizations: list[str | None] = []
        """The Authorization header of each request, in order (a key must reach only its own server)."""
        self._script: list[Reply | Fault] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._connections: set[socket.socket] = set()
        self._httpd = _Server(("127.0.0.1", 0), _Handler, self)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, args=(0.05,), name="llm-server", daemon=True
        )
        self._thread.start()

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>/v1``: what to put in ``OPENAI_BASE_URL``."""
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def queue(self, *items: Reply | Fault) -> None:
        """Script the next requests, one item each."""
        with self._lock:
            self._script.extend(items)

    def stop(self) -> None:
        """Stop listening and drop every open connection (idempotent)."""
        if self._stopping.is_set():
            return
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        with self._lock:
            for connection in list(self._connections):
                _drop(connection)
        self._thread.join(timeout=5)

    def _next(self, request: dict[str, Any]) -> Reply | Fault:
        with self._lock:
            self.requests.append(request)
            if self._script:
                return self._script.pop(0)
        return Reply(self.responder(request))


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], owner: LLMServer):
        super().__init__(address, handler)
        self.owner = owner

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client closing its keep-alive connection is normal; anything else is a bug worth a traceback.
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    # HTTP/1.1 so streams use chunked encoding: dropping the socket mid-body is then a real error
    # for the client, not a quiet end of stream.
    protocol_version = "HTTP/1.1"
    server: _Server

    def setup(self) -> None:
        super().setup()
        with self.server.owner._lock:
            self.server.owner._connections.add(self.connection)

    def finish(self) -> None:
        with self.server.owner._lock:
            self.server.owner._connections.discard(self.connection)
        with contextlib.suppress(OSError):
            super().finish()

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        if self.path.rstrip("/") != "/v1/models":
            self._send_json(404, {"error": {"message": f"no route {self.path}"}})
            return
        owner = self.server.owner
        self._send_json(200, {"object": "list", "data": [{"id": owner.model, "object": "model"}]})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        try:
            request = json.loads(self.rfile.read(length) or b"{}")
        except json.JSONDecodeError:
            self._send_json(400, {"error": {"message": "body is not JSON"}})
            return
        if self.path.rstrip("/") != "/v1/chat/completions":
            self._send_json(404, {"error": {"message": f"no route {self.path}"}})
            return
        self.server.owner.authorizations.append(self.headers.get("Authorization"))
        action = self.server.owner._next(request)
        try:
            self._perform(action, request)
        except OSError:  # the client gave up (a timeout) or we dropped the socket on purpose
            self.close_connection = True

    def _perform(self, action: Reply | Fault, request: dict[str, Any]) -> None:
        if isinstance(action, Reply):
            self._reply(action.text, request, action.finish)
        elif action.kind == "429":
            extra = {"Retry-After": f"{action.retry_after:g}"}
            self._send_json(429, {"error": {"message": "rate limited", "type": "rate_limit"}}, extra)
        elif action.kind in ("500", "503"):
            self._send_json(int(action.kind), {"error": {"message": "server error", "type": "server"}})
        elif action.kind == "timeout":
            self.server.owner._stopping.wait(action.delay)
            self._reply("Too late.", request)
        elif action.kind == "broken_stream":
            self._broken_stream(action.after_chunks, request)
        else:
            self._malformed(action, request)

    def _malformed(self, action: Fault, request: dict[str, Any]) -> None:
        owner = self.server.owner
        events = list(_chunk_events(owner.responder(request), request, owner.model, words=action.words))
        content = [e for e in events if b'"content"' in e]
        if action.kind == "no_finish":
            self._send_raw("text/event-stream", b"".join(content), close_delimited=True)
        elif action.kind == "garbage":
            self._send_raw("application/json", bytes(range(256)) * 8)
        elif action.kind == "html":
            page = b"<!DOCTYPE html><html><head><title>Sign in to the Wi-Fi</title></head><body>Accept</body></html>"
            self._send_raw("text/html; charset=utf-8", page)
        elif action.kind == "non_json_sse":
            self._send_raw("text/event-stream", b"data: hello there\n\ndata: <b>not json</b>\n\ndata: [DONE]\n\n")
        elif action.kind == "empty_choices":
            base = {"id": "chatcmpl-loopback", "object": "chat.completion.chunk", "created": 0, "model": owner.model}
            self._send_raw("text/event-stream", _event({**base, "choices": []}) * 3 + b"data: [DONE]\n\n")
        elif action.kind == "wrong_content_type":
            self._send_raw("text/plain", b"".join(events))
        else:  # stall / drip: a slow server, chunk by chunk
            self._start_stream()
            for number, event in enumerate(events):
                slow = action.kind == "drip" or number == action.after_chunks
                if slow and owner._stopping.wait(action.delay):
                    return
                self._send_chunk(event)
            self._send_chunk(b"")

    def _send_raw(self, content_type: str, body: bytes, *, close_delimited: bool = False) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        if close_delimited:  # no length, no chunked encoding: the body ends when the socket closes
            self.send_header("Connection", "close")
        else:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()
        if close_delimited:
            self.close_connection = True
            _drop(self.connection)

    def _reply(self, text: str, request: dict[str, Any], finish: str = "stop") -> None:
        if request.get("stream"):
            self._start_stream()
            for chunk in _chunk_events(text, request, self.server.owner.model, finish):
                self._send_chunk(chunk)
            self._send_chunk(b"")
        else:
            self._send_json(200, _completion(text, request, self.server.owner.model))

    def _broken_stream(self, after_chunks: int, request: dict[str, Any]) -> None:
        self._start_stream()
        events = _chunk_events(self.server.owner.responder(request), request, self.server.owner.model)
        for event, _ in zip(events, range(after_chunks), strict=False):
            self._send_chunk(event)
        self.wfile.flush()
        self.close_connection = True
        _drop(self.connection)

    def _start_stream(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()

    def _send_chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def _send_json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()


def _drop(connection: socket.socket) -> None:
    with contextlib.suppress(OSError):
        connection.shutdown(socket.SHUT_RDWR)
    connection.close()


def _usage(text: str, request: dict[str, Any]) -> dict[str, int]:
    prompt = sum(len(str(m.get("content", "")).split()) for m in request.get("messages", []))
    completion = len(text.split())
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def _completion(text: str, request: dict[str, Any], model: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-loopback",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": request.get("model", model),
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}
        ],
        "usage": _usage(text, request),
    }


def _pieces(text: str, words_per_piece: int = 6) -> list[str]:
    words = text.split(" ")
    return [" ".join(words[i : i + words_per_piece]) + " " for i in range(0, len(words), words_per_piece)]


def _chunk_events(
    text: str, request: dict[str, Any], model: str, finish: str = "stop", words: int = 6
) -> Iterator[bytes]:
    base = {"id": "chatcmpl-loopback", "object": "chat.completion.chunk", "created": int(time.time())}
    base["model"] = request.get("model", model)
    pieces = _pieces(text, words)
    pieces[-1] = pieces[-1][:-1]  # _pieces adds a trailing space after the last word too
    for number, piece in enumerate(pieces):
        delta = {"role": "assistant", "content": piece} if number == 0 else {"content": piece}
        yield _event({**base, "choices": [{"index": 0, "delta": delta, "finish_reason": None}]})
    yield _event({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": finish}]})
    if (request.get("stream_options") or {}).get("include_usage"):
        yield _event({**base, "choices": [], "usage": _usage(text, request)})
    yield b"data: [DONE]\n\n"


def _event(payload: dict[str, Any]) -> bytes:
    return f"data: {json.dumps(payload)}\n\n".encode()


@pytest.fixture
def llm_server() -> Iterator[LLMServer]:
    """A fresh loopback server per test, stopped afterwards."""
    server = LLMServer()
    try:
        yield server
    finally:
        server.stop()
