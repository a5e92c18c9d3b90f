"""Two real `streamlit run` processes behind a header-setting "proxy", over one PostgreSQL and one Chroma server.

25 browser sessions of 25 different users run at once, half starting on each process. Each asks a
question carrying its own canary, then opens History on the *other* process: the user's history
follows them across processes, and no canary ever reaches another user (checked on every page and
in the database). Latencies go to test-artifacts/e2e/shared-load.json; see BENCHMARKS.md.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from e2e.test_browser import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, StreamlitApp

from coach.config import Settings
from coach.index import build_index
from coach.store import HistoryStore

pytestmark = pytest.mark.e2e

USERS = 25
STEP_MS = 300_000  # 25 sessions on a shared 2-core machine: generous, the figures are reported, not asserted
HEADER = "X-Forwarded-Email"


@pytest.fixture(scope="module")
def two_apps(tmp_path_factory: pytest.TempPathFactory, pg_cluster: str, chroma_url: str,
             embedder: Any) -> Iterator[tuple[list[StreamlitApp], str]]:
    from servers import fresh_database

    database = fresh_database(pg_cluster, f"coach_load_{uuid.uuid4().hex[:8]}")
    root = tmp_path_factory.mktemp("shared-load")
    build_index(Settings(data_dir=root / "indexer", chroma_url=chroma_url), embedder)  # `coach index`, once
    environment = {"COACH_AUTH": "header", "COACH_DATABASE_URL": database, "COACH_CHROMA_URL": chroma_url}
    apps = [StreamlitApp(root / f"app-{n}", environment, f"streamlit-shared-{n}.log") for n in (1, 2)]
    try:
        for app in apps:
            app.wait_healthy()
        yield apps, database
    finally:
        for app in apps:
            app.stop()


async def _ready(page: Any) -> None:
    await page.wait_for_function(
        "() => { const t = document.querySelector('[data-testid=\"stChatInputTextArea\"]'); return t && !t.disabled; }",
        timeout=STEP_MS,
    )


async def _session(browser: Any, number: int, apps: list[StreamlitApp], canaries: dict[str, str],
                   timings: list[tuple[str, float]]) -> dict[str, str]:
    user = f"user{number:02d}@example.org"
    context = await browser.new_context(extra_http_headers={HEADER: user})  # what the proxy adds
    page = await context.new_page()
    first, second = apps[number % 2], apps[(number + 1) % 2]
    try:
        started = time.monotonic()
        await page.goto(first.url, timeout=STEP_MS)
        await _ready(page)
        timings.append(("open", time.monotonic() - started))

        started = time.monotonic()
        box = page.get_by_test_id("stChatInputTextArea")
        await box.fill(f"How often should I meet my mentor? {canaries[user]}")
        await box.press("Enter")
        await page.get_by_test_id("stChatMessage").nth(1).get_by_text("Sources:").wait_for(timeout=STEP_MS)
        timings.append(("ask", time.monotonic() - started))

        started = time.monotonic()
        await page.goto(f"{second.url}/history", timeout=STEP_MS)
        await page.get_by_text(canaries[user]).first.wait_for(timeout=STEP_MS)
        timings.append(("history", time.monotonic() - started))
        return {"user": user, "chat": "", "history": await page.locator("body").inner_text()}
    finally:
        await context.close()


async def _run_all(apps: list[StreamlitApp], canaries: dict[str, str], timings: list[tuple[str, float]]) -> Any:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            stranger = await browser.new_page()  # no proxy header: the sign-in page and nothing else
            await stranger.goto(apps[0].url, timeout=STEP_MS)
            await stranger.get_by_text("Sign in to use Mentor Coach").wait_for(timeout=STEP_MS)
            unsigned = await stranger.locator("body").inner_text()
            started = time.monotonic()
            pages = await asyncio.gather(*(_session(browser, n, apps, canaries, timings) for n in range(USERS)))
            return pages, unsigned, time.monotonic() - started
        finally:
            await browser.close()


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


@pytest.mark.timeout(1500)  # starts two apps, a Chroma index and 25 browsers on a shared 2-core machine
def test_25_users_on_two_processes_never_see_each_others_canaries(
    two_apps: tuple[list[StreamlitApp], str],
) -> None:
    apps, database = two_apps
    canaries = {f"user{n:02d}@example.org": f"CANARY{uuid.uuid4().hex[:10].upper()}" for n in range(USERS)}
    timings: list[tuple[str, float]] = []
    pages, unsigned, wall = asyncio.run(_run_all(apps, canaries, timings))

    assert "Sign in" in unsigned and "CANARY" not in unsigned and "History" not in unsigned
    for seen in pages:
        own = canaries[seen["user"]]
        assert own in seen["history"]  # asked on one process, listed by the other
        leaked = [c for u, c in canaries.items() if u != seen["user"] and c in seen["history"]]
        assert leaked == [], (seen["user"], leaked)
    store = HistoryStore(database)
    for user, canary in canaries.items():
        exported = store.for_user(user).export_json()
        assert canary in exported and not [c for u, c in canaries.items() if u != user and c in exported]

    seconds = [t for _, t in timings]
    report = {
        "sessions": USERS, "processes": len(apps), "requests": len(timings), "wall_s": round(wall, 1),
        "p50_s": round(statistics.median(seconds), 2), "p95_s": round(_percentile(seconds, 0.95), 2),
        "by_step": {step: {"p50_s": round(statistics.median([t for s, t in timings if s == step]), 2),
                           "p95_s": round(_percentile([t for s, t in timings if s == step], 0.95), 2)}
                    for step in ("open", "ask", "history")},
    }
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "shared-load.json").write_text(json.dumps(report, indent=2))
    print(json.dumps(report))
    assert len(timings) == 3 * USERS
