"""``python -m coach.bench_app`` (``make bench-app``): the app's speed as a user sees it, in a real browser.

It starts ``streamlit run app.py`` the way ``make run`` does (the flags and ``.streamlit/config.toml``
of this checkout), drives Debian's Chromium with Playwright and reports medians: cold start to an
interactive page, page loads, the first and the warm drafts, a rerun with no action, a rehearsal
turn, the History page with few and with many saved items, idle CPU and resident memory.

"Done" means what the user sees: the action's last script run has finished and the page has been
quiet for :data:`SETTLE_MS`; the time is taken at the end of that last run, in the browser, from a
``MutationObserver`` on the app's script-state attribute. AppTest cannot measure this: it skips the
server's post-run garbage collection and the browser altogether.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from coach.config import PROJECT_DIR, Settings

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--headless=new", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
SETTLE_MS = 400
"""Quiet time after the last script run before an action counts as finished."""
STEP_S = 120.0
IDLE_SECONDS = 10.0
OUTREACH = {
    "mentor_name": "Dr. Amaka Okafor",
    "mentor_context": "leads clinical informatics at Leeds Teaching Hospitals",
    "why_them": "your talk on night-shift handover checklists",
    "goal": "moving from bedside nursing into clinical informatics",
    "ask": "a 20-minute video call next month",
}
TURNS = (
    "Thanks for making time today. I wanted to talk about how our meetings have been going.",
    "I've noticed we've had to reschedule a few times lately.",
    "Would a shorter check-in every two weeks be easier for you?",
    "What would suit you best?",
    "Could we try that for the next month and see how it goes?",
)
PAGES = ("Drafts", "Rehearse", "History", "Settings", "Coach")
FLOOR_APP = """import streamlit as st

st.set_page_config(page_title="Floor", layout="wide")
st.title("A bare page")
st.text_input("A field")
st.button("A button")
st.chat_input("Type here")
"""
"""Streamlit's own floor: the same harness on a page with no coach code (see :func:`measure_floor`)."""

# Installed once per page: records, in the page's own clock, when the script state changes and when
# the page's content changes (a very short run can start and end within one render, unseen).
_OBSERVER_JS = """
() => {
  if (window.__benchObserver) return;
  window.__benchStates = window.__benchStates || [];
  const app = document.querySelector('[data-testid="stApp"]');
  window.__benchObserver = new MutationObserver((mutations) => {
    const now = performance.now();
    for (const m of mutations) {
      if (m.type === 'attributes') window.__benchStates.push([now, app.getAttribute('data-test-script-state')]);
      else window.__benchStates.push([now, 'dom']);
    }
  });
  window.__benchObserver.observe(app, {attributes: true, attributeFilter: ['data-test-script-state'],
                                       childList: true, subtree: true, characterData: true});
}
"""
# Before the app loads: every message the server sends over the websocket is timestamped, so even a
# rerun that changes nothing on screen is seen (each run ends with a "script finished" message).
_WEBSOCKET_HOOK_JS = """
(() => {
  window.__benchStates = [];
  window.WebSocket = class extends window.WebSocket {  // a subclass keeps OPEN, CLOSED and the rest
    constructor(...args) {
      super(...args);
      this.addEventListener('message', () => window.__benchStates.push([performance.now(), 'message']));
    }
  };
})();
"""
_MESSAGES_SINCE_JS = "(since) => window.__benchStates.filter(s => s[0] >= since && s[1] === 'message').length"
_CHAT_READY_JS = (
    "() => { const t = document.querySelector('[data-testid=\"stChatInputTextArea\"]'); return t && !t.disabled; }"
)
_STATE_JS = "() => document.querySelector('[data-testid=\"stApp\"]').getAttribute('data-test-script-state')"
_SETTLED_JS = """
([since, settle, wasRunning]) => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app || app.getAttribute('data-test-script-state') === 'running') return null;
  const states = window.__benchStates.filter(s => s[0] >= since);
  if (!wasRunning && !states.some(s => s[1] !== 'notRunning')) return null;
  const last = states.length ? states[states.length - 1][0] : since;
  if (performance.now() - last < settle) return null;
  return last;
}
"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class App:
    """``streamlit run app.py`` as ``make run`` starts it, on a free port, with its own data folder.

    ``folder`` is where the script and its ``.streamlit/config.toml`` live (this checkout by default).
    """

    def __init__(self, data_dir: Path, log: Path, folder: Path = PROJECT_DIR) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "COACH_"))}
        env.update({"COACH_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
                    "TOKENIZERS_PARALLELISM": "false"})
        self._log = log.open("wb")
        command = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(self.port),
                   "--server.address", "127.0.0.1"]
        self.started = time.perf_counter()
        self.process = subprocess.Popen(command, cwd=folder, env=env, stdout=self._log,
                                        stderr=subprocess.STDOUT)

    def cpu_seconds(self) -> float:
        """User plus system CPU time of the server process so far."""
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def rss_mib(self) -> float:
        """Resident memory of the server process."""
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return 0.0

    def stop(self) -> None:
        """Stop the server (politely first)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self._log.close()


def timed(page: Any, action: Callable[[], None]) -> float:
    """Milliseconds from ``action`` until the end of the last script run it caused."""
    page.evaluate(_OBSERVER_JS)
    since = page.evaluate("() => performance.now()")
    was_running = page.evaluate(_STATE_JS) == "running"
    action()
    handle = page.wait_for_function(_SETTLED_JS, arg=[since, SETTLE_MS, was_running], timeout=STEP_S * 1000,
                                    polling=50)
    return float(handle.json_value()) - float(since)


def _wait_interactive(page: Any, app: App) -> float:
    """Seconds from starting the server to the Coach page taking input."""
    deadline = time.monotonic() + STEP_S
    while True:
        try:
            page.goto(app.url, timeout=5000)
            break
        except Exception:
            if time.monotonic() > deadline or app.process.poll() is not None:
                raise
            time.sleep(0.1)
    page.wait_for_function(
        "() => { const t = document.querySelector('[data-testid=\"stChatInputTextArea\"]');"
        " const app = document.querySelector('[data-testid=\"stApp\"]');"
        " return t && !t.disabled && app.getAttribute('data-test-script-state') === 'notRunning'; }",
        timeout=STEP_S * 1000, polling=50,
    )
    return time.perf_counter() - app.started


def _go(page: Any, name: str) -> float:
    link = page.get_by_test_id("stSidebarNav").get_by_role("link", name=name, exact=True)
    ms = timed(page, link.click)
    page.get_by_role("heading", name=name).first.wait_for()
    return ms


def _draft(page: Any) -> float:
    from coach.tasks.registry import get_task

    spec = get_task("outreach")
    change = page.get_by_role("button", name="Change the details")
    if change.count():  # a draft is on screen and the form is folded: open it (not timed)
        timed(page, change.click)
    for name, value in OUTREACH.items():
        label = re.escape(spec.field(name).label)
        page.get_by_label(re.compile(rf"^{label}( \(required\))?$")).fill(value)
    ms = timed(page, page.get_by_role("button", name="Write the draft").click)
    page.get_by_text("passed").first.wait_for()
    return ms


def _rerun(page: Any, messages: list[int] | None = None) -> float:
    """A rerun with nothing changed; ``messages`` gets how many websocket messages it took."""
    page.evaluate("() => document.activeElement && document.activeElement.blur()")  # "r" reruns outside inputs
    since = page.evaluate("() => performance.now()")
    ms = timed(page, lambda: page.keyboard.press("r"))
    if messages is not None:  # each element drawn is one message, and each costs the server and the browser
        messages.append(int(page.evaluate(_MESSAGES_SINCE_JS, since)))
    return ms


def _turns(page: Any) -> list[float]:
    page.get_by_role("button", name="Start the rehearsal").click()
    page.get_by_text("Briefing:").first.wait_for()
    samples = []
    for turn in TURNS:
        box = page.get_by_test_id("stChatInputTextArea")
        page.wait_for_function(_CHAT_READY_JS, timeout=STEP_S * 1000)
        box.fill(turn)
        samples.append(timed(page, lambda box=box: box.press("Enter")))  # type: ignore[misc]
        if page.get_by_role("heading", name="Debrief").count():
            break
    return samples


def _idle_cpu_percent(app: App) -> float:
    time.sleep(2)
    before = app.cpu_seconds()
    time.sleep(IDLE_SECONDS)
    return 100 * (app.cpu_seconds() - before) / IDLE_SECONDS


@contextmanager
def _browser_page() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1360, "height": 1000})
            context.set_default_timeout(STEP_S * 1000)
            context.add_init_script(_WEBSOCKET_HOOK_JS)
            yield context.new_page()
        finally:
            browser.close()


def seed_history(db: Path, items: int) -> None:
    """Fill a fresh history database with ``items`` saved drafts, in one transaction.

    Written in SQL against the store's schema (the store's own API commits with a full sync per
    call, which would take minutes for 10,000 items); the schema itself comes from the store.
    """
    from coach.store import HistoryStore

    HistoryStore(db)
    with sqlite3.connect(db) as connection:
        now = "2026-11-01T10:00:00+00:00"
        for number in range(items):
            cursor = connection.execute(
                "INSERT INTO drafts (task, title, fields, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                ("outreach", f"Outreach: mentor number {number}", json.dumps({"mentor_name": f"M{number}"}), now, now),
            )
            connection.execute(
                "INSERT INTO draft_versions (draft_id, number, label, text, engine, status, created_at)"
                " VALUES (?, 1, 'first draft', ?, 'offline', 'complete', ?)",
                (cursor.lastrowid, f"Dear M{number}, I admire your work on project {number}. " * 8, now),
            )


class Meter:
    """Wall time (in the browser) and the server's CPU time for each sample, by measure."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.wall: dict[str, list[float]] = {}
        self.cpu: dict[str, list[float]] = {}

    def __call__(self, name: str, action: Callable[[], float | list[float]]) -> None:
        """Run ``action`` (which returns wall ms, or a list of them) and record both figures."""
        before = self.app.cpu_seconds()
        wall = action()
        samples = wall if isinstance(wall, list) else [wall]
        spent = (self.app.cpu_seconds() - before) * 1000 / max(len(samples), 1)
        self.wall.setdefault(name, []).extend(samples)
        self.cpu.setdefault(name, []).extend([spent] * len(samples))

    def medians(self) -> dict[str, Any]:
        """Median wall ms and median server CPU ms per measure."""
        return {name: {"wall_ms": _median(self.wall[name]), "server_cpu_ms": _median(self.cpu[name])}
                for name in self.wall}


def measure_session(index_dir: Path, work: Path, runs: int, history_items: int) -> dict[str, Any]:
    """One app launch: every figure that needs a fresh server."""
    data_dir = work / f"data-{history_items}"
    shutil.copytree(index_dir, data_dir / "index")
    seed_history(Settings(data_dir=data_dir).history_db, history_items)
    app = App(data_dir, work / f"streamlit-{history_items}.log")
    try:
        with _browser_page() as page:
            result: dict[str, Any] = {"cold_start_s": round(_wait_interactive(page, app), 2)}
            meter = Meter(app)
            for _ in range(runs):
                for name in PAGES:
                    meter(f"page {name}", lambda name=name: _go(page, name))  # type: ignore[misc]
            _go(page, "History")
            for _ in range(runs):
                meter("rerun on History", lambda: _rerun(page))
            _go(page, "Drafts")
            meter("first draft", lambda: _draft(page))
            for _ in range(runs):
                meter("warm draft", lambda: _draft(page))
            messages: list[int] = []
            for _ in range(runs):
                meter("rerun on Drafts", lambda: _rerun(page, messages))
            _go(page, "Rehearse")
            meter("rehearsal turn", lambda: _turns(page))
            result["measures"] = meter.medians()
            result["messages_per_rerun_on_drafts"] = _median([float(n) for n in messages])
            result["idle_cpu_percent"] = round(_idle_cpu_percent(app), 1)
            result["rss_mib"] = round(app.rss_mib())
        return result
    finally:
        app.stop()


def measure_floor(work: Path, runs: int) -> dict[str, Any]:
    """Cold start and a rerun of :data:`FLOOR_APP`, a page with no coach code, under this checkout's config.

    What Streamlit and Chromium cost on their own on this machine, measured the same way as the app,
    so the app's figures can be read against what no Streamlit app can beat here.
    """
    folder = work / "floor"
    shutil.copytree(PROJECT_DIR / ".streamlit", folder / ".streamlit")
    (folder / "app.py").write_text(FLOOR_APP, "utf-8")
    app = App(work / "floor-data", work / "streamlit-floor.log", folder=folder)
    try:
        with _browser_page() as page:
            result: dict[str, Any] = {"cold_start_s": round(_wait_interactive(page, app), 2)}
            meter = Meter(app)
            messages: list[int] = []
            for _ in range(runs):
                meter("rerun", lambda: _rerun(page, messages))
            result["measures"] = meter.medians()
            result["messages_per_rerun"] = _median([float(n) for n in messages])
        return result
    finally:
        app.stop()


def _median(samples: list[float]) -> float:
    return round(statistics.median(samples), 1) if samples else float("nan")


def run(runs: int, history_sizes: tuple[int, ...]) -> dict[str, Any]:
    """Build an index once, then measure one app launch per history size."""
    from coach.embeddings import load_embedder
    from coach.index import build_index, index_exists
    from coach.query_model import verified_model

    with tempfile.TemporaryDirectory(prefix="coach-bench-app-") as folder:
        work = Path(folder)
        settings = Settings.from_env()  # reuse the index `make run` would use, when it is built
        # An index built before the ONNX export existed would measure the torch path, not what `make run` serves.
        if not index_exists(settings) or verified_model(settings.index_dir) is None:
            settings = Settings(data_dir=work / "source")
            build_index(settings, load_embedder())
        sessions = {str(n): measure_session(settings.index_dir, work, runs, n) for n in history_sizes}
        floor = measure_floor(work, runs)
    return {"runs": runs, "sessions": sessions, "floor": floor}


def main() -> None:
    """Print the measurements as JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="samples per median (default 5)")
    parser.add_argument("--history", default="10,10000", help="history sizes, one app launch each")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        sys.exit("coach.bench_app: Chromium is not installed at /usr/bin/chromium (run `make browser`)")
    sizes = tuple(int(part) for part in args.history.split(",") if part.strip())
    print(json.dumps(run(args.runs, sizes), indent=2))


if __name__ == "__main__":
    main()
