"""The ``local`` engine: llama.cpp's server, started by the coach, used like any OpenAI-compatible server.

:func:`local_settings` turns settings with ``COACH_LOCAL_MODEL`` into settings pointed at a running
server on a free loopback port. The server is started once per model per process (the Streamlit app
reuses it across reruns), waits until ``/health`` answers, reports progress while it loads, and is
stopped when the process exits. Everything after that is the LLM engine's path: the same LCEL chain,
bounded waits and fallback.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import queue
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import IO

from coach.config import Settings
from coach.engines.base import EngineUnavailableError
from coach.models import ModelError, resolve_model

LOAD_SECONDS = 120.0
"""The longest a model may take to load before the engine gives up (a 1 GB model loads in seconds)."""
POLL_SECONDS = 0.25

LoadProgress = Callable[[str], None]
"""Receives a short line such as ``Loading the local model smollm2-135m… 2 s``."""


class LocalServer:
    """One llama.cpp server process serving one model on 127.0.0.1."""

    def __init__(self, model: Path, *, threads: int, context: int) -> None:
        self.model = model
        self.threads = threads
        self.context = context
        self.url: str | None = None
        self._process: subprocess.Popen[str] | None = None
        self._log: IO[bytes] | None = None

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>/v1`` once started."""
        if self.url is None:
            raise EngineUnavailableError("The local model server is not running")
        return f"{self.url}/v1"

    def running(self) -> bool:
        """Whether the server process is alive."""
        return self._process is not None and self._process.poll() is None

    def start(self, progress: LoadProgress | None = None) -> None:
        """Start the server and wait until it answers ``/health``.

        Raises:
            EngineUnavailableError: the wheel is missing, the model does not load, or it takes too long.
        """
        config = {"model": str(self.model), "threads": self.threads, "context": self.context}
        self._log = tempfile.TemporaryFile()  # noqa: SIM115  (llama.cpp's log, kept while the server runs)
        self._process = subprocess.Popen(
            [sys.executable, "-m", "coach.engines.local_server", json.dumps(config)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._log, text=True,
        )  # fmt: skip
        started = time.monotonic()
        lines: queue.Queue[str] = queue.Queue()
        assert self._process.stdout is not None
        threading.Thread(target=lambda out=self._process.stdout: lines.put(out.readline()), daemon=True).start()
        try:
            self.url = self._wait_for_address(lines, started, progress)
            self._wait_until_healthy(started, progress)
        except EngineUnavailableError:
            self.stop()
            raise

    def stop(self) -> None:
        """Stop the server (closing its stdin ends it; it is killed if it lingers)."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            with contextlib.suppress(OSError):
                assert process.stdin is not None
                process.stdin.close()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
        if self._log is not None:
            self._log.close()
            self._log = None
        self.url = None

    def _wait_for_address(self, lines: queue.Queue[str], started: float, progress: LoadProgress | None) -> str:
        while True:
            self._check_alive(started)
            try:
                line = lines.get(timeout=POLL_SECONDS)
            except queue.Empty:
                self._report(started, progress)
                continue
            try:
                return str(json.loads(line)["url"]).rstrip("/")
            except (ValueError, KeyError, TypeError):
                raise EngineUnavailableError(f"The local model server did not start: {self._log_tail()}") from None

    def _wait_until_healthy(self, started: float, progress: LoadProgress | None) -> None:
        while True:
            self._check_alive(started)
            try:
                with urllib.request.urlopen(f"{self.url}/health", timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass  # 503 while loading, or not listening yet
            self._report(started, progress)
            time.sleep(POLL_SECONDS)

    def _check_alive(self, started: float) -> None:
        if self._process is None or self._process.poll() is not None:
            raise EngineUnavailableError(f"The local model server stopped while loading: {self._log_tail()}")
        if time.monotonic() - started > LOAD_SECONDS:
            raise EngineUnavailableError(f"The local model {self.model.name} did not load within {LOAD_SECONDS:g} s")

    def _report(self, started: float, progress: LoadProgress | None) -> None:
        if progress is not None:
            progress(f"Loading the local model {self.model.stem}… {time.monotonic() - started:.0f} s")

    def _log_tail(self) -> str:
        if self._log is None:
            return "no log"
        self._log.seek(0)
        lines = [line for line in self._log.read().decode("utf-8", "replace").splitlines() if line.strip()]
        if any("No module named 'xllamacpp'" in line for line in lines):
            return "the xllamacpp package is not installed (run `make install`)"
        errors = [line for line in lines if "error" in line.lower() or "failed" in line.lower()]
        return (errors or lines or ["no log"])[-1].strip()[:200]


_SERVERS: dict[tuple[Path, int, int], LocalServer] = {}
_LOCK = threading.Lock()


def local_server(settings: Settings, progress: LoadProgress | None = None) -> LocalServer:
    """The running server for ``settings.local_model``, started (once per process) if needed.

    Raises:
        EngineUnavailableError: no local model is configured, it cannot be found, or it fails to start.
    """
    if not settings.local_model:
        raise EngineUnavailableError(
            "No local model is configured (set COACH_LOCAL_MODEL to a .gguf file or a model from `coach models`)"
        )
    try:
        path = resolve_model(settings.local_model, settings).resolve()
    except ModelError as error:
        raise EngineUnavailableError(str(error)[:1].upper() + str(error)[1:]) from error
    key = (path, settings.local_threads, settings.local_context)
    with _LOCK:  # two app sessions asking at once must not start two servers
        server = _SERVERS.get(key)
        if server is None or not server.running():
            server = LocalServer(path, threads=settings.local_threads, context=settings.local_context)
            server.start(progress)
            _SERVERS[key] = server
    return server


def local_settings(settings: Settings, progress: LoadProgress | None = None) -> Settings:
    """``settings`` pointed at the local model's running server (started if needed)."""
    server = local_server(settings, progress)
    return settings.with_overrides(
        engine="llm",
        openai_base_url=server.base_url,
        openai_api_key=None,  # the key for a remote server must never reach the local one, or its log
        model=server.model.stem,
        # A local model may read a long prompt for longer than one HTTP timeout; the deadline bounds it.
        request_timeout=max(settings.request_timeout, settings.deadline),
    )


def local_name(settings: Settings) -> str:
    """The engine name drafts show: ``local:<model>``."""
    model = settings.local_model or "?"
    return f"local:{Path(model).stem if model.lower().endswith('.gguf') else model}"


@atexit.register
def stop_all() -> None:
    """Stop every server this process started (also run at exit)."""
    with _LOCK:
        for server in _SERVERS.values():
            server.stop()
        _SERVERS.clear()
