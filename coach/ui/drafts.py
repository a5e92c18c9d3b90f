"""Drafts page: one form per job (generated from the registry), the draft beside its checks, refine, export."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import streamlit as st

from coach.exports import draft_text
from coach.store import HistoryStore, ItemNotFoundError, SavedDraft
from coach.tasks.base import REFINEMENTS, Draft, FieldError, TaskSpec
from coach.tasks.registry import TASKS, get_task, initial_style
from coach.ui import forms, state, widgets
from coach.ui.draft_exports import download_row
from coach.ui.streaming import run_stream

CHAT_ONLY = {"ask"}
DRAFT_TASKS = tuple(name for name in TASKS if name not in CHAT_ONLY)
TASK_CHOICE = "drafts.task"
REFINE_ICONS = {"shorter": ":material/content_cut:", "more formal": ":material/work:", "warmer": ":material/sunny:"}


def active_key(task: str) -> str:
    """Session key of the saved draft shown for ``task``."""
    return f"drafts.active.{task}"


def live_key(task: str) -> str:
    """Session key of the in-memory Draft for ``task`` (it keeps the guidance, for refining)."""
    return f"drafts.live.{task}"


def render() -> None:
    """The Drafts page."""
    st.title("Drafts")
    store = state.history_store()
    _open_requested(store)
    task = st.segmented_control(
        "What do you want to write?", DRAFT_TASKS, default=DRAFT_TASKS[0], key=TASK_CHOICE,
        format_func=lambda name: get_task(name).title, required=True, persist_state="session",
    ) or DRAFT_TASKS[0]
    spec = get_task(task)
    st.caption(spec.description)
    submitted, raw = draft_form(spec)
    if submitted:
        write_new_draft(store, spec, raw)
    draft_id = st.session_state.get(active_key(task))
    if draft_id is not None:
        show_draft(store, spec, draft_id)


def _open_requested(store: HistoryStore) -> None:
    """Open a draft History asked for: its job, its form values and its latest version."""
    draft_id = st.session_state.pop(state.DRAFT_TO_OPEN, None)
    if draft_id is None:
        return
    try:
        saved = store.draft(draft_id)
    except ItemNotFoundError:
        st.info("That draft was deleted.")
        return
    st.session_state[TASK_CHOICE] = saved.task
    forms.load_values(saved.task, get_task(saved.task).fields, saved.fields)
    st.session_state[active_key(saved.task)] = draft_id
    st.session_state.pop(live_key(saved.task), None)


def draft_form(spec: TaskSpec) -> tuple[bool, dict[str, Any]]:
    """The job's form; fields marked * are required, and text fields stop at their limit."""
    with st.form(f"drafts.form.{spec.name}"):
        raw = forms.field_widgets(spec.name, spec.fields)
        submitted = st.form_submit_button("Write the draft", type="primary")
    return submitted, raw


def write_new_draft(store: HistoryStore, spec: TaskSpec, raw: dict[str, Any]) -> None:
    """Validate, save the form, then stream the first draft and save it."""
    try:
        values = spec.validate(raw)
    except FieldError as error:
        label = spec.field(error.field_name).label if error.field_name in {f.name for f in spec.fields} else ""
        st.error(f"**{label}**: {error}" if label else str(error))
        return
    first_value = next((str(values[f.name]) for f in spec.fields if f.required and values.get(f.name)), "")
    draft_id = store.save_draft_request(spec.name, values, f"{spec.title}: {first_value}")  # before the model
    st.session_state[active_key(spec.name)] = draft_id
    st.session_state.pop(live_key(spec.name), None)
    draft = run_stream(lambda: state.make_coach().stream(spec.name, values), _saver(store, draft_id, "first draft"))
    _after(spec.name, draft)


def _saver(store: HistoryStore, draft_id: int, label: str) -> Any:
    def save(text: str, draft: Draft | None, finished: bool) -> None:
        if draft is not None:
            store.add_draft_version(
                draft_id, label=label, text=draft.text, subject=draft.subject, checks=draft.checks,
                sources=draft.sources, engine=draft.engine, notices=draft.notices, complete=finished,
            )
        elif text:  # interrupted: keep what was written, marked unfinished
            store.add_draft_version(draft_id, label=label, text=text, subject=None, checks=[], sources=[],
                                    engine="unknown", complete=False)

    return save


def _after(task: str, draft: Draft | None) -> None:
    if draft is None:
        return
    st.session_state[live_key(task)] = draft
    state.remember_fallback(draft.notices)
    st.rerun()


def live_draft(saved: SavedDraft) -> Draft | None:
    """The Draft to refine: the in-memory one, or one rebuilt from the latest saved version."""
    live: Draft | None = st.session_state.get(live_key(saved.task))
    latest = saved.latest
    if latest is None:
        return None
    if live is not None and live.text == latest.text and live.subject == latest.subject:
        return live
    return Draft(task=saved.task, engine=latest.engine, text=latest.text, subject=latest.subject,
                 checks=list(latest.checks), sources=list(latest.sources), notices=list(latest.notices),
                 fields=dict(saved.fields), guidance=list(live.guidance) if live else [],
                 style=live.style if live else initial_style(saved.fields))


def show_draft(store: HistoryStore, spec: TaskSpec, draft_id: int) -> None:
    """The latest version, editable, beside its checks; refine, copy and download below."""
    try:
        saved = store.draft(draft_id)
    except ItemNotFoundError:
        st.session_state.pop(active_key(spec.name), None)
        return
    latest = saved.latest
    if latest is None:
        st.info("This draft was not written yet (the request was interrupted). Press Write the draft again.")
        return
    st.divider()
    st.subheader("Your draft")
    if latest.status == "interrupted":
        st.warning("This version was interrupted before it finished.")
    widgets.fallback_notice(latest.notices)
    text_column, checks_column = st.columns([3, 2], gap="large")
    edit_key = f"drafts.edit.{draft_id}.{latest.number}"
    with text_column:
        st.caption(f"Version {latest.number} ({latest.label}), written by {latest.engine}. Edit it here if you like.")
        subject = st.text_input("Subject", value=latest.subject or "", key=f"{edit_key}.subject",
                                max_chars=200) if latest.subject else None
        text = st.text_area("Draft", value=latest.text, height=320, key=f"{edit_key}.text", max_chars=6000,
                            label_visibility="collapsed") or ""
        if st.button("Re-run the checks on my edit", key=f"{edit_key}.recheck"):
            recheck(store, saved, text, subject)
    with checks_column:
        widgets.checks_panel(latest.checks)
        live = live_draft(saved)
        if live is not None and live.rationale:  # the coach's reasons, beside the message and never in it
            st.caption(f"Why this shape: {live.rationale}")
        widgets.citations_expander(latest.sources, widgets.cited_passages(latest.sources, live))
    refine_row(store, saved)
    with st.expander("Copy the text"):
        st.code(draft_text(text, subject), language=None, wrap_lines=True)  # what to paste: no markers, no note
    download_row(spec, saved, text, subject)


def recheck(store: HistoryStore, saved: SavedDraft, text: str, subject: str | None) -> None:
    """Check the user's edit and keep it as a new version."""
    coach = state.make_coach()
    checks = coach.recheck(saved.task, text, subject or None, saved.fields)
    latest = saved.latest
    store.add_draft_version(saved.id, label="your edit", text=text, subject=subject or None, checks=checks,
                            sources=latest.sources if latest else [], engine="you")
    live = live_draft(saved)
    if live is not None:
        st.session_state[live_key(saved.task)] = replace(live, text=text, subject=subject or None, checks=checks)
    st.rerun()


def refine_row(store: HistoryStore, saved: SavedDraft) -> None:
    """Shorter, more formal, warmer: each makes a new version."""
    columns = st.columns(len(REFINEMENTS))
    chosen = None
    for column, refinement in zip(columns, REFINEMENTS, strict=True):
        if column.button(refinement.capitalize(), icon=REFINE_ICONS.get(refinement), key=f"drafts.refine.{refinement}",
                         width="stretch"):
            chosen = refinement
    if chosen is None:
        return
    draft = live_draft(saved)
    if draft is None:
        return

    def start() -> Iterator[str | Draft]:
        return state.make_coach().stream_refine(draft, chosen)

    result = run_stream(start, _saver(store, saved.id, chosen), first_step=f"Making it {chosen}…")
    _after(saved.task, result)


if __name__ == "__main__":
    render()
