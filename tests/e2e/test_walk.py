"""Issue 12 in a real browser: every page by its own link, at desktop and phone widths.

Screenshots of every page at both widths go to test-artifacts/e2e/walk-<width>-<page>.png.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from coach.config import Settings
from coach.store import HistoryStore
from coach.tasks import get_task
from coach.tasks.base import Check
from e2e.test_browser import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    OUTREACH_VALUES,
    STEP_MS,
    StreamlitApp,
    _data_dir_with_index,
    _wait_idle,
)

pytestmark = pytest.mark.e2e

WIDTHS = {"desktop": {"width": 1360, "height": 1000}, "phone": {"width": 390, "height": 844}}
PAGES = {"coach": "Coach", "drafts": "Drafts", "rehearse": "Rehearse", "history": "History", "settings": "Settings"}
LOADED = {"coach": "Ask anything", "drafts": "What do you want to write?", "rehearse": "Difficulty",
          "history": "Search your history", "settings": "Your data"}
"""Text each page shows once it has finished drawing."""
ZONE = "Asia/Tokyo"
SEEDED_TITLE = "Outreach: Walk Test"
SIDEBAR_RIGHT = "document.querySelector('[data-testid=\"stSidebar\"]').getBoundingClientRect().right"


@pytest.fixture(scope="module")
def walk_app(tmp_path_factory: pytest.TempPathFactory, guidance_settings: Settings) -> Iterator[StreamlitApp]:
    data_dir = _data_dir_with_index(tmp_path_factory.mktemp("e2e-walk"), guidance_settings)
    store = HistoryStore(Settings(data_dir=data_dir).history_db)
    for number in range(12):  # enough items that an opened one near the end is far down the page
        draft = store.save_draft_request("outreach", {"mentor_name": "Walk Test"}, SEEDED_TITLE)
        store.add_draft_version(draft, label="first draft", text=f"## Heading {number}\n\n**Hello** number {number}.",
                                subject="Hi", checks=[Check("Has an ask", True, "")], sources=[], engine="offline")
    app = StreamlitApp(data_dir, {}, "streamlit-walk.log")
    try:
        app.wait_healthy()
        yield app
    finally:
        app.stop()


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def _tab(chromium: Any, width: str) -> Any:
    context = chromium.new_context(viewport=WIDTHS[width], timezone_id=ZONE, accept_downloads=True)
    context.set_default_timeout(STEP_MS)
    return context.new_page()


def _open_dropdown(page: Any, select: Any) -> None:
    """Open a selectbox's list and wait for it.

    In headless Chromium with an emulated time zone the first click after typing sometimes only
    focuses the combobox (no request reaches the server); the arrow key then opens it, as it would for a user.
    """
    select.click()
    try:
        page.get_by_role("option").first.wait_for(timeout=3000)
    except PlaywrightTimeout:  # only focused: open it with the keyboard
        page.keyboard.press("ArrowDown")
        page.get_by_role("option").first.wait_for()


def _in_view(page: Any, locator: Any) -> bool:
    box = locator.bounding_box()
    height = page.viewport_size["height"]
    return box is not None and box["y"] >= -5 and box["y"] < height


def _shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(600)
    page.screenshot(path=str(ARTIFACTS / f"walk-{name}.png"))


@pytest.mark.parametrize("width", list(WIDTHS))
def test_every_page_opens_by_its_own_link(walk_app: StreamlitApp, chromium: Any, width: str) -> None:
    page = _tab(chromium, width)
    try:
        page.goto(walk_app.url)
        page.get_by_role("heading", name="Coach").first.wait_for()
        assert page.url.rstrip("/").endswith("/coach")  # the root forwards to the Coach page
        for path, title in PAGES.items():
            page.goto(f"{walk_app.url}/{path}")
            page.get_by_role("heading", name=title).first.wait_for()
            page.get_by_text(LOADED[path]).first.wait_for()
            _wait_idle(page)
            text = page.locator("body").inner_text()
            assert "page not found" not in text.lower(), path
            assert "``" not in text and "Set when" not in text, path  # no stray module strings on the page
            _shot(page, f"{width}-{path}")
    finally:
        page.context.close()


def test_phone_sidebar_closes_after_picking_a_page(walk_app: StreamlitApp, chromium: Any) -> None:
    page = _tab(chromium, "phone")
    try:
        page.goto(f"{walk_app.url}/coach")
        page.get_by_role("heading", name="Coach").first.wait_for()
        _wait_idle(page)
        page.wait_for_function("() => document.body.dataset.coachNavHook === '1'")
        page.get_by_test_id("stExpandSidebarButton").click()
        sidebar = page.get_by_test_id("stSidebar")
        page.wait_for_function(f"() => {SIDEBAR_RIGHT} > 200")
        page.get_by_test_id("stSidebarNavLink").filter(has_text="History").click()
        page.get_by_role("heading", name="History").first.wait_for()
        page.wait_for_function(f"() => {SIDEBAR_RIGHT} <= 0")
        box = sidebar.bounding_box()
        assert box is None or box["x"] + box["width"] <= 0
        _shot(page, "phone-sidebar-closed")
    finally:
        page.context.close()


@pytest.mark.parametrize("width", list(WIDTHS))
def test_history_opens_in_view_in_local_time_with_undo(walk_app: StreamlitApp, chromium: Any, width: str) -> None:
    page = _tab(chromium, width)
    try:
        page.goto(f"{walk_app.url}/history")
        page.get_by_role("heading", name="History").first.wait_for()
        page.get_by_text(f"{SEEDED_TITLE} (1)", exact=True).wait_for()  # the whole list is drawn
        _wait_idle(page)
        main = page.get_by_test_id("stMain").inner_text()
        assert f"{SEEDED_TITLE} (12)" in main and "JST" in main and "UTC" not in main
        assert "## Heading" not in main  # previews are plain text
        page.get_by_role("button", name="Open", exact=True).last.click()  # the oldest item, at the bottom
        opened = page.get_by_role("heading", name=re.compile(r"Outreach: Walk Test")).first
        opened.wait_for()
        _wait_idle(page)
        page.wait_for_timeout(800)
        assert _in_view(page, page.get_by_role("button", name="Open in Drafts"))
        heading_sizes = page.evaluate(
            "() => [...document.querySelectorAll('[data-testid=stExpanderDetails] h1,"
            " [data-testid=stExpanderDetails] h2, [data-testid=stExpanderDetails] h3')].length"
        )
        assert heading_sizes == 0  # saved headings are shown small (h4 at most)
        _shot(page, f"{width}-history-open")
        if width == "desktop":
            page.get_by_role("button", name="Delete", exact=True).first.click()
            page.get_by_role("button", name="Undo").wait_for()
            _wait_idle(page)
            _shot(page, "desktop-history-undo")
            page.get_by_role("button", name="Undo").click()
            page.get_by_text("is back").wait_for()
            # (the notice can arrive before the rerun has drawn the list again: wait for the title, then read it)
            page.get_by_test_id("stMain").get_by_text(f"{SEEDED_TITLE} (12)").first.wait_for(timeout=30_000)
            assert f"{SEEDED_TITLE} (12)" in page.get_by_test_id("stMain").inner_text()
    finally:
        page.context.close()


@pytest.mark.parametrize("width", list(WIDTHS))
def test_draft_is_rendered_scrolled_into_view_and_editable(
    walk_app: StreamlitApp, chromium: Any, width: str
) -> None:
    page = _tab(chromium, width)
    try:
        page.goto(f"{walk_app.url}/drafts")
        page.get_by_role("heading", name="Drafts").first.wait_for()
        _wait_idle(page)
        outreach = get_task("outreach")
        for name in ("mentor_name", "mentor_context", "why_them", "goal", "ask"):  # labels from the job itself
            label = outreach.field(name).label
            page.get_by_label(re.compile(rf"^{re.escape(label)}( \(required\))?$")).fill(OUTREACH_VALUES[name])
        _open_dropdown(page, page.get_by_test_id("stSelectbox").first)  # the channel, shown as words
        assert "LinkedIn note (300 characters)" in [o.inner_text() for o in page.get_by_role("option").all()]
        page.keyboard.press("Escape")
        page.get_by_role("button", name="Write the draft").click()
        page.get_by_text(re.compile(r"Checks: \d+/\d+ passed")).wait_for()
        _wait_idle(page)
        page.wait_for_timeout(800)
        assert _in_view(page, page.get_by_role("heading", name="Your draft"))  # scrolled to it
        expect(page.get_by_label("Draft", exact=True)).to_have_count(0)
        body = page.get_by_test_id("stMain").inner_text()
        assert "Dr. Okafor" in body and "**" not in body  # the honorific kept as given
        _shot(page, f"{width}-drafts-written")
        page.get_by_test_id("stCheckbox").filter(has_text="Edit the text").locator("label").first.click()
        editor = page.get_by_label("Draft", exact=True)
        editor.wait_for()
        editor.fill(editor.input_value().replace("\n\n", "\n\nI can meet on Tuesdays.\n\n", 1))
        editor.press("Control+Enter")
        _wait_idle(page)
        page.get_by_role("button", name="Warmer").click()
        page.get_by_text("offline engine cannot make your edited text warmer").wait_for()
        _shot(page, f"{width}-drafts-refine-asks")
        page.get_by_role("button", name="Keep my text").click()
        _wait_idle(page)
        expect(page.get_by_label("Draft", exact=True)).to_have_value(re.compile("I can meet on Tuesdays"))
    finally:
        page.context.close()


def test_server_log_is_quiet(walk_app: StreamlitApp, chromium: Any) -> None:
    page = _tab(chromium, "desktop")
    try:  # History → Open in Drafts used to log a Streamlit exception
        page.goto(f"{walk_app.url}/history")
        page.get_by_role("heading", name="History").first.wait_for()
        _wait_idle(page)
        page.get_by_role("button", name="Open", exact=True).first.click()
        page.get_by_role("button", name="Open in Drafts").click()
        page.get_by_role("heading", name="Your draft").wait_for()
        _wait_idle(page)
        _shot(page, "desktop-open-in-drafts")
    finally:
        page.context.close()
    log = walk_app.log_path.read_text("utf-8", errors="replace")
    assert "created with a default value" not in log and "Inotify" not in log and "Traceback" not in log
