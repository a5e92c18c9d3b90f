"""Drafts page: one form per job (generated from the registry), the draft beside its checks, refine, export.

The draft is shown rendered, with an Edit toggle. Whatever the user has on screen (their edits
included) is what gets refined, checked and exported: an edit is saved as a version before any
refinement, and when the offline engine would rebuild the draft from the form instead, the page
says so and asks before replacing anything.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import streamlit as st

from coach.exports import draft_text
from coach.service import MAX_INSTRUCTION_CHARS
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
MAX_DRAFT_CHARS = 6000
MAX_SUBJECT_CHARS = 200
DRAFT_ANCHOR = "your-draft"
# Set when a draft was just written or refined: the next run scrolls it into view.
SCROLL = "drafts.scroll"
# ``(draft_id, refinement)`` waiting for the user to agree that the offline engine may drop their edits.
CONFIRM_REFINE = "drafts.confirm_refine"
NO_CHANGE = "drafts.no_change"
FREE_TEXT_KEY = "drafts.refine_text"


def work_key(draft_id: int) -> str:
    """Session key of the text on screen for a draft: ``{"version", "text", "subject"}``, edits included."""
    return f"drafts.work.{draft_id}"


def details_key(task: str) -> str:
    """Session key set while the user has the form open beside a draft ("Change the details")."""
    return f"drafts.details_open.{task}"


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
    # The key is seeded instead of passing a default, because History sets it to open a draft: a widget
    # given both a default and a Session State value logs a Streamlit exception.
    st.session_state.setdefault(TASK_CHOICE, DRAFT_TASKS[0])
    task = st.segmented_control(
        "What do you want to write?", DRAFT_TASKS, key=TASK_CHOICE,
        format_func=lambda name: get_task(name).title, required=True, persist_state="session",
    ) or DRAFT_TASKS[0]
    spec = get_task(task)
    st.caption(spec.description)
    saved = shown_draft(store, task)
    details = st.empty()
    form_open = saved is None or saved.latest is None or bool(st.session_state.get(details_key(task)))
    if form_open:
        with details.container():
            submitted, raw = draft_form(spec)
        if submitted and write_new_draft(store, spec, raw):
            st.session_state.pop(details_key(task), None)
            saved, form_open = shown_draft(store, task), False
    if not form_open:
        with details.container():  # a draft is on screen: the form folds away above it (replaced in this run)
            folded_form(task)
    if saved is not None:
        show_draft(store, spec, saved)


def shown_draft(store: HistoryStore, task: str) -> SavedDraft | None:
    """The saved draft on screen for ``task``, if any (forgotten when it was deleted)."""
    draft_id = st.session_state.get(active_key(task))
    if draft_id is None:
        return None
    try:
        return store.draft(draft_id)
    except ItemNotFoundError:
        st.session_state.pop(active_key(task), None)
        return None


def folded_form(task: str) -> None:
    """The form's place while a draft is on screen: one button that opens it again, values kept.

    Folded, the page draws one element instead of the form's eleven on every rerun (each click on
    the draft's buttons is a rerun), and the draft sits right under the job's description.
    """
    st.button("Change the details", key=f"drafts.details.{task}", icon=":material/edit:",
              help="Opens the form again with what you entered, to change it and write a new draft.",
              on_click=_open_form, args=(task,))


def _open_form(task: str) -> None:
    st.session_state[details_key(task)] = True


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
    st.session_state[SCROLL] = True


def draft_form(spec: TaskSpec) -> tuple[bool, dict[str, Any]]:
    """The job's form; required fields say so, and a text over its limit shows its count and the limit.

    Enter does not submit: a half-filled form sent by a stray Enter wastes a draft, and the
    "Press Enter to submit" hint shifted the layout so the first tap on a dropdown did not open it.
    """
    with st.form(f"drafts.form.{spec.name}", enter_to_submit=False):
        raw = forms.field_widgets(spec.name, spec.fields)
        submitted = st.form_submit_button("Write the draft", type="primary")
    return submitted, raw


def write_new_draft(store: HistoryStore, spec: TaskSpec, raw: dict[str, Any]) -> bool:
    """Validate, save the form, then stream the first draft and save it; True once a draft is written."""
    try:
        values = spec.validate(raw)
    except FieldError as error:
        label = spec.field(error.field_name).label if error.field_name in {f.name for f in spec.fields} else ""
        st.error(f"**{label}**: {error}" if label else str(error))
        return False
    first_value = next((str(values[f.name]) for f in spec.fields if f.required and values.get(f.name)), "")
    draft_id = store.save_draft_request(spec.name, values, f"{spec.title}: {first_value}")  # before the model
    st.session_state[active_key(spec.name)] = draft_id
    st.session_state.pop(live_key(spec.name), None)
    progress = st.empty()
    with progress.container():
        draft = run_stream(lambda: state.make_coach().stream(spec.name, values),
                           _saver(store, draft_id, "first draft"))
    if draft is None:
        return False
    # The finished draft is drawn below in this same run (show_draft), in place of the stream: a
    # rerun to draw it would cost a second full script run, about half of a warm draft's time.
    progress.empty()
    st.session_state[live_key(spec.name)] = draft
    st.session_state[SCROLL] = True
    if state.remember_fallback(draft.notices):
        st.rerun()  # the sidebar's fallback notice was drawn before the request: redraw it
    return True


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
    st.session_state[SCROLL] = True
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


def show_draft(store: HistoryStore, spec: TaskSpec, saved: SavedDraft) -> None:
    """The latest version, rendered (or in an editor), beside the coach's reasons and its checks."""
    latest = saved.latest
    if latest is None:
        st.info("This draft was not written yet (the request was interrupted). Press Write the draft again.")
        return
    st.divider()
    st.subheader("Your draft", anchor=DRAFT_ANCHOR)
    if st.session_state.pop(SCROLL, False):
        widgets.scroll_to(DRAFT_ANCHOR)
    if latest.status == "interrupted":
        st.warning("This version was interrupted before it finished.")
    widgets.fallback_notice(latest.notices)
    no_change = st.session_state.pop(NO_CHANGE, None)
    if no_change:
        st.info(no_change, icon=":material/info:")
    text_column, side_column = st.columns([3, 2], gap="large")
    with text_column:
        text, subject = draft_view(store, saved)
    with side_column:
        live = live_draft(saved)
        if live is not None and live.rationale.strip() and live.text == latest.text:
            with st.container(border=True):  # heading and text in one element (one message per rerun, not two)
                widgets.safe_markdown("**Why the coach wrote it this way**\n\n" + live.rationale)
        widgets.checks_panel(latest.checks)
        widgets.citations_expander(latest.sources, key=f"drafts.cards.{saved.id}",
                                   passages=lambda: widgets.cited_passages(latest.sources, live))
    refine_row(store, saved, text, subject)
    copy_box = widgets.opened_expander("Copy the text", key=f"drafts.copy.{saved.id}")
    if copy_box is not None:  # lazy, like the cards: closed, the text is not sent again on every rerun
        with copy_box:
            st.code(draft_text(text, subject), language=None, wrap_lines=True)  # what to paste: no markers, no note
    download_row(spec, saved, text, subject)


def draft_view(store: HistoryStore, saved: SavedDraft) -> tuple[str, str | None]:
    """The draft rendered, or editable with the toggle on; returns the text and subject on screen."""
    latest = saved.latest
    assert latest is not None
    work: dict[str, Any] = st.session_state.get(work_key(saved.id), {})
    if work.get("version") != latest.number:  # a new version replaces what was on screen
        work = {"version": latest.number, "text": latest.text, "subject": latest.subject}
    editing = st.toggle("Edit the text", key=f"drafts.editing.{saved.id}")
    st.caption(f"Version {latest.number} ({latest.label}), written by {latest.engine}."
               + ("" if editing else " Turn on Edit the text to change it."))
    edit_key = f"drafts.edit.{saved.id}.{latest.number}"
    if editing:
        if latest.subject is not None:
            work["subject"] = st.text_input("Subject", value=work["subject"] or "", key=f"{edit_key}.subject")
            widgets.length_note(work["subject"] or "", MAX_SUBJECT_CHARS)
        work["text"] = st.text_area("Draft", value=work["text"], height=360, key=f"{edit_key}.text") or ""
        widgets.length_note(work["text"], MAX_DRAFT_CHARS)
    else:
        subject_line = f"**Subject:** {work['subject']}\n\n" if work["subject"] else ""
        with st.container(border=True):  # subject and text in one element (one message per rerun, not two)
            widgets.safe_markdown(subject_line + (work["text"] or "*(empty)*"))  # sanitised whole, as rendered
    st.session_state[work_key(saved.id)] = work
    text, subject = work["text"], (work["subject"] or None) if latest.subject is not None else None
    recheck = edited(saved, text, subject) and st.button("Re-run the checks on my edit", key=f"{edit_key}.recheck")
    if recheck and _fits(text, subject):
        save_edit(store, saved, text, subject)
        st.rerun()
    return text, subject


def _fits(text: str, subject: str | None) -> bool:
    if len(text) > MAX_DRAFT_CHARS or len(subject or "") > MAX_SUBJECT_CHARS:
        st.error(f"Shorten the draft to {MAX_DRAFT_CHARS:,} characters (and the subject to {MAX_SUBJECT_CHARS}) "
                 "first; your text is kept.")
        return False
    if not text.strip():
        st.error("The draft is empty. Type something, or turn off Edit the text.")
        return False
    return True


def edited(saved: SavedDraft, text: str, subject: str | None) -> bool:
    """Whether the text on screen differs from the latest saved version."""
    latest = saved.latest
    return latest is not None and (text != latest.text or (subject or None) != (latest.subject or None))


def save_edit(store: HistoryStore, saved: SavedDraft, text: str, subject: str | None) -> Draft | None:
    """Check the user's edit and keep it as a new version; returns the Draft to refine from it."""
    checks = state.make_coach().recheck(saved.task, text, subject, saved.fields)
    latest = saved.latest
    store.add_draft_version(saved.id, label="your edit", text=text, subject=subject, checks=checks,
                            sources=latest.sources if latest else [], engine="you")
    live = live_draft(saved)
    if live is None:
        return None
    draft = replace(live, text=text, subject=subject, checks=checks, rationale="")
    st.session_state[live_key(saved.task)] = draft
    return draft


def refine_row(store: HistoryStore, saved: SavedDraft, text: str, subject: str | None) -> None:
    """Shorter, more formal, warmer (and, with a model, your own words): each refines the text on screen."""
    chosen: str | None = None
    # A horizontal container, not st.columns: the columns were four more elements sent on every rerun.
    with st.container(horizontal=True):
        for refinement in REFINEMENTS:
            if st.button(refinement.capitalize(), icon=REFINE_ICONS.get(refinement), key=f"drafts.refine.{refinement}",
                         width="stretch"):
                chosen = refinement
    if state.settings().resolved_engine != "offline":
        chosen = free_text_refine() or chosen
    pending = st.session_state.get(CONFIRM_REFINE)
    if chosen is None and pending and pending[0] == saved.id:
        chosen = confirm_offline_refine(pending[1])
        if chosen is None:
            return
    elif chosen is None:
        return
    elif state.settings().resolved_engine == "offline" and user_wrote_it(saved, text, subject):
        st.session_state[CONFIRM_REFINE] = (saved.id, chosen)
        st.rerun()
    if not _fits(text, subject):
        return
    refine(store, saved, chosen, text, subject)


def free_text_refine() -> str | None:
    """A box for any change in the user's words (the model engine only)."""
    with st.form("drafts.refine_form", clear_on_submit=False, border=False):
        left, right = st.columns([4, 1], vertical_alignment="bottom")
        wanted = left.text_input("Or say how to change it", key=FREE_TEXT_KEY,
                                 placeholder="e.g. mention that I can meet on Tuesdays")
        asked = right.form_submit_button("Refine", icon=":material/auto_fix_high:", width="stretch")
    wanted = (wanted or "").strip()
    if not asked:
        return None
    if not wanted or len(wanted) > MAX_INSTRUCTION_CHARS:
        st.error(f"Describe the change in 1 to {MAX_INSTRUCTION_CHARS} characters "
                 f"(you typed {len(wanted):,}); your words are kept in the box.")
        return None
    return wanted


def user_wrote_it(saved: SavedDraft, text: str, subject: str | None) -> bool:
    """Whether the text on screen holds the user's own words (an unsaved edit or a saved one)."""
    latest = saved.latest
    return edited(saved, text, subject) or (latest is not None and latest.engine == "you")


def confirm_offline_refine(refinement: str) -> str | None:
    """Warn that the offline engine rewrites from the form, and return the refinement once agreed."""
    st.warning(
        f"The offline engine cannot make your edited text {refinement}: it rewrites the draft from the form, "
        "so your own changes would not be in the new version (your edit is kept as a version in History). "
        "Set a model server in Settings to refine your edited text.",
        icon=":material/warning:",
    )
    go, cancel = st.columns(2)
    if go.button(f"Rewrite from the form ({refinement})", key="drafts.confirm_refine.go", type="primary"):
        st.session_state.pop(CONFIRM_REFINE, None)
        return refinement
    if cancel.button("Keep my text", key="drafts.confirm_refine.cancel"):
        st.session_state.pop(CONFIRM_REFINE, None)
        st.rerun()
    return None


def refine(store: HistoryStore, saved: SavedDraft, chosen: str, text: str, subject: str | None) -> None:
    """Save an unsaved edit first, then refine the text on screen; a refinement that changes nothing says so."""
    draft = save_edit(store, saved, text, subject) if edited(saved, text, subject) else live_draft(saved)
    if draft is None:
        return
    before = (draft.text, draft.subject)
    saver = _saver(store, saved.id, chosen)

    def start() -> Iterator[str | Draft]:
        return state.make_coach().stream_refine(draft, chosen)

    def save_if_changed(streamed: str, result: Draft | None, finished: bool) -> None:
        if result is not None and (result.text, result.subject) == before:
            reason = " ".join(result.notices) or (
                f"“{chosen.capitalize()}” changed nothing: the offline engine already writes this draft that way."
            )
            st.session_state[NO_CHANGE] = reason
            return
        saver(streamed, result, finished)

    result = run_stream(start, save_if_changed, first_step=f"Making it {chosen}…")
    if result is not None and (result.text, result.subject) == before:
        st.session_state[SCROLL] = True
        st.rerun()
    _after(saved.task, result)


if __name__ == "__main__":
    render()
