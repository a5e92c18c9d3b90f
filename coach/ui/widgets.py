"""Small pieces every page uses: safe Markdown, the engine indicator, notices, citations and checks."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from urllib.parse import urlsplit

import streamlit as st

from coach.config import Settings
from coach.safety import sanitize_markdown, sanitize_stream
from coach.tasks.base import Check, Citation, Draft
from coach.ui import state

OFFLINE_LABEL = "Offline (no model server)"
FLASH = "coach.flash"


def flash(message: str) -> None:
    """A success message shown once, after the rerun that follows an action."""
    st.session_state[FLASH] = message


def show_flash() -> None:
    """Show (and forget) the pending flash message."""
    message = st.session_state.pop(FLASH, None)
    if message:
        st.success(message)


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
    host = urlsplit(current.openai_base_url).hostname if current.openai_base_url else "api.openai.com"
    return f"LLM: {current.model} ({host})"


def render_sidebar() -> None:
    """The always-visible engine indicator, model status and the last fallback notice."""
    current = state.settings()
    state.start_model_warmup()
    with st.sidebar:
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


def citations_expander(sources: Sequence[Citation], passages: dict[str, str] | None = None) -> None:
    """The numbered sources, and an expander holding the cited cards' text."""
    if not sources:
        return
    st.caption("Sources: " + citation_list(sources))
    with st.expander(f"Read the {len(sources)} cited guidance card{'s' if len(sources) > 1 else ''}"):
        texts = passages if passages is not None else cited_passages(sources)
        for source in sources:
            st.markdown(f"**[{source.number}] {sanitize_markdown(source.title)}**")
            safe_markdown(texts.get(source.id, "(This card is no longer in the guidance index.)"))


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


def check_label(name: str) -> str:
    """A check's name for people: ``one_specific_ask`` reads "One specific ask"."""
    words = name.replace("_", " ").strip()
    return sanitize_markdown(words[:1].upper() + words[1:])


def checks_panel(checks: Sequence[Check]) -> None:
    """Each check as pass or fail, with the hint for the failures."""
    passed = sum(c.passed for c in checks)
    st.markdown(f"**Checks: {passed}/{len(checks)} passed**")
    lines = [
        f"- :green[:material/check_circle:] {check_label(c.name)}" if c.passed
        else f"- :red[:material/cancel:] **{check_label(c.name)}**: {sanitize_markdown(c.hint)}"
        for c in checks
    ]
    st.markdown("\n".join(lines))
