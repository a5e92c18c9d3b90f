"""Small pieces every page uses: safe Markdown, the engine indicator, notices, citations and checks."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import streamlit as st

from coach.config import Settings
from coach.safety import sanitize_markdown, sanitize_stream
from coach.tasks.base import Check, Citation, Draft
from coach.ui import state

if TYPE_CHECKING:
    from streamlit.elements.lib.mutable_expander_container import ExpanderContainer

OFFLINE_LABEL = "Offline (no model server)"
FLASH = "coach.flash"
PHONE_MAX_WIDTH_PX = 768
"""Below this width Streamlit lays the sidebar over the page, so picking a page should close it."""
_SCRIPT_RUNS = itertools.count()
# Our own fixed script, never user text: on a narrow screen, close the sidebar after a page is picked.
_CLOSE_SIDEBAR_ON_PICK = """<script>
(() => {
  if (document.body.dataset.coachNavHook) return;
  document.body.dataset.coachNavHook = "1";
  const close = () => {
    const sidebar = document.querySelector('[data-testid="stSidebar"]');
    const button = document.querySelector('[data-testid="stSidebarCollapseButton"] button');
    if (sidebar && button && sidebar.getBoundingClientRect().right > 0) button.click();
  };
  document.addEventListener("click", (event) => {
    if (window.innerWidth > PHONE_MAX_WIDTH_PX || !event.target.closest('[data-testid="stSidebarNav"] a')) return;
    // The new page re-renders the sidebar; try again briefly in case a re-render reopened it.
    [60, 400, 1000].forEach((wait) => setTimeout(close, wait));
  }, true);
})();
</script>""".replace("PHONE_MAX_WIDTH_PX", str(PHONE_MAX_WIDTH_PX))


def flash(message: str) -> None:
    """A success message shown once, after the rerun that follows an action."""
    st.session_state[FLASH] = message


def show_flash() -> None:
    """Show (and forget) the pending flash message."""
    message = st.session_state.pop(FLASH, None)
    if message:
        st.success(message)


def scroll_to(anchor: str) -> None:
    """Bring the element with HTML id ``anchor`` into view once it is on the page (our own script)."""
    if not anchor.replace("-", "").isalnum():
        raise ValueError(f"not an anchor id: {anchor!r}")
    run = next(_SCRIPT_RUNS)  # a new element each time, so the browser runs the script again
    st.html(
        f"<script data-run='{run}'>(() => {{ let tries = 0; const go = () => {{"
        f" const el = document.getElementById('{anchor}');"
        f" if (el) {{ el.scrollIntoView({{block: 'start', behavior: 'instant'}}); }}"
        f" else if (tries++ < 40) {{ setTimeout(go, 100); }} }}; setTimeout(go, 50); }})();</script>",
        unsafe_allow_javascript=True,
    )


def browser_zone() -> tzinfo:
    """The browser's time zone (UTC when the browser did not say or named an unknown zone)."""
    name = st.context.timezone
    try:
        return ZoneInfo(name) if name else UTC
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def local_time(stamp: str) -> str:
    """A stored ISO time (UTC) in the browser's time zone, like ``2026-11-29 14:05 CET``."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone(browser_zone())
    return f"{local:%Y-%m-%d %H:%M} {local.tzname() or ''}".rstrip()


def length_note(text: str, limit: int) -> None:
    """Say how far over its limit a text is; what was typed or pasted stays where it is."""
    if len(text) > limit:
        st.error(
            f"{len(text):,} characters; the limit is {limit:,}. Shorten it by {len(text) - limit:,} "
            "(everything you pasted is kept here).",
            icon=":material/straighten:",
        )


def safe_markdown(text: str) -> None:
    """Render model or user text as Markdown that cannot fetch images or link to foreign hosts."""
    st.markdown(sanitize_markdown(text))


def stream_markdown(chunks: Iterable[str]) -> str:
    """Stream text into the page with ``st.write_stream``, sanitised as it arrives; returns what was shown."""
    shown = st.write_stream(sanitize_stream(chunks))
    return shown if isinstance(shown, str) else "".join(str(part) for part in shown)


def text_chunks(stream: Iterable[str | Draft], sink: list[str], result: list[Draft]) -> Iterator[str]:
    """The text chunks of a Coach stream; the chunks go to ``sink`` and the final Draft to ``result``."""
    for item in stream:
        if isinstance(item, Draft):
            result.append(item)
        else:
            sink.append(item)
            yield item


def engine_label(current: Settings) -> str:
    """What the indicator says: offline, or the model's name and where it runs."""
    if current.resolved_engine == "offline":
        return OFFLINE_LABEL
    if current.shared:  # the operator's server address is not for users to read
        return f"LLM: {current.model}"
    if current.resolved_engine == "local":
        from coach.engines.local import local_name

        return f"Local model: {local_name(current).removeprefix('local:')} (on this machine)"
    host = urlsplit(current.openai_base_url).hostname if current.openai_base_url else "api.openai.com"
    return f"LLM: {current.model} ({host})"


def render_sidebar() -> None:
    """The always-visible engine indicator, model status and the last fallback notice."""
    current = state.settings()
    with st.sidebar:
        st.html(_CLOSE_SIDEBAR_ON_PICK, unsafe_allow_javascript=True)
        st.markdown(f"**Engine:** {sanitize_markdown(engine_label(current))}")
        if current.local_only:
            st.caption(":material/lock: Local only: no data leaves this machine.")
        if not state.model_ready():
            st.caption(":material/hourglass_top: Guidance model loading in the background…")
        fallback = st.session_state.get(state.LAST_FALLBACK)
        if fallback:
            st.warning("The last request fell back to the offline engine.", icon=":material/warning:")


def fallback_notice(notices: Sequence[str]) -> None:
    """A visible notice when the request fell back to offline (or the engine had something to say)."""
    if notices:
        st.warning("\n\n".join(sanitize_markdown(n) for n in notices), icon=":material/warning:")


def citation_list(sources: Sequence[Citation]) -> str:
    """``[1] Title · [2] Title`` as one Markdown line."""
    return " · ".join(f"**[{s.number}]** {sanitize_markdown(s.title)}" for s in sources)


def opened_expander(label: str, *, key: str) -> ExpanderContainer | None:
    """A lazy expander: drawn closed on every run, its container returned only while it is open.

    Opening or closing it is a rerun, so what goes inside is built and sent only when the user wants it.
    """
    box = st.expander(label, key=key, on_change="rerun")
    return box if box.open else None


def citations_expander(sources: Sequence[Citation], *, key: str,
                       passages: Callable[[], dict[str, str]] | None = None) -> None:
    """The numbered sources, and an expander holding the cited cards' text.

    The expander is lazy: its cards are looked up and drawn only while it is open (opening it is a
    rerun). Closed, it is one element on every rerun instead of two, and the longest one is not sent.
    """
    if not sources:
        return
    st.caption("Sources: " + citation_list(sources))
    box = opened_expander(f"Read the {len(sources)} cited guidance card{'s' if len(sources) > 1 else ''}", key=key)
    if box is None:
        return
    with box:
        texts = passages() if passages is not None else cited_passages(sources)
        # One element for all the cards, not two per card: every element is a message to the browser on
        # every rerun. Sanitised as one text, as it is rendered: pieces sanitised apart and then joined
        # could pair a code fence in one with a fence in the next.
        safe_markdown("\n\n".join(
            f"**[{source.number}] {source.title}**\n\n"
            + texts.get(source.id, "(This card is no longer in the guidance index.)")
            for source in sources
        ))


def cited_passages(sources: Sequence[Citation], draft: Draft | None = None) -> dict[str, str]:
    """Text of each cited card: from the draft's guidance when at hand, else from the index."""
    wanted = {s.id for s in sources}
    found: dict[str, str] = {}
    for result in draft.guidance if draft else []:
        if result.id in wanted:
            found.setdefault(result.id, result.text)
    missing = wanted - set(found)
    if missing:
        try:
            retriever = state.retriever(state.settings())
        except Exception:  # the index may be missing or rebuilding; the expander says so per card
            return found
        for card_id in missing:  # only the cited cards' passages, not a scan of the whole index
            for passage in retriever.card_passages(card_id):
                found[card_id] = found.get(card_id, "") + f"\n\n**{passage.heading}**\n\n{passage.text}"
    return found


@functools.lru_cache(maxsize=256)  # the same few names on every rerun; a check name is code, not user text
def check_label(name: str) -> str:
    """A check's name for people: ``one_specific_ask`` reads "One specific ask"."""
    words = name.replace("_", " ").strip()
    return sanitize_markdown(words[:1].upper() + words[1:])


def checks_panel(checks: Sequence[Check]) -> None:
    """Each check as pass or fail, with the hint for the failures."""
    passed = sum(c.passed for c in checks)
    lines = [
        f"- :green[:material/check_circle:] {check_label(c.name)}" if c.passed
        else f"- :red[:material/cancel:] **{check_label(c.name)}**: {sanitize_markdown(c.hint)}"
        for c in checks
    ]
    st.markdown(f"**Checks: {passed}/{len(checks)} passed**\n\n" + "\n".join(lines))  # one element, not two
