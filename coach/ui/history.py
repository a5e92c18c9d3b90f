"""History page: everything saved, with search, reopen, delete one, delete all and export."""

from __future__ import annotations

import contextlib

import streamlit as st

from coach.safety import sanitize_markdown
from coach.store import ITEM_KINDS, HistoryItem, HistoryStore, ItemKind, ItemNotFoundError
from coach.ui import navigation, state, widgets

KIND_LABELS: dict[ItemKind, str] = {
    "conversation": ":material/forum: Conversation",
    "draft": ":material/edit_note: Draft",
    "rehearsal": ":material/theater_comedy: Rehearsal",
}
FILTERS = {"All": None, "Conversations": "conversation", "Drafts": "draft", "Rehearsals": "rehearsal"}
SELECTED = "history.selected"
CONFIRM_DELETE_ALL = "history.confirm_delete_all"
PREVIEW_CHARS = 140
MAX_QUERY_CHARS = 200


def render() -> None:
    """The History page."""
    st.title("History")
    widgets.show_flash()
    store = state.history_store()
    counts = store.counts()
    st.caption(
        f"{_count(counts['conversation'], 'conversation')}, {_count(counts['draft'], 'draft')} and "
        f"{_count(counts['rehearsal'], 'rehearsal')}, saved automatically on this computer."
    )
    export_and_delete_all(store, sum(counts.values()))
    query = st.text_input("Search your history", max_chars=MAX_QUERY_CHARS, key="history.query",
                          placeholder="a name, a word from a message or a draft…", persist_state="session")
    choice = st.segmented_control("Show", list(FILTERS), default="All", key="history.filter",
                                  persist_state="session")
    kind = FILTERS.get(choice or "All")
    items = store.list_items(query or "", kind=kind)  # type: ignore[arg-type]
    listing, detail = st.columns([2, 3], gap="large")
    with listing:
        if not items:
            st.info("Nothing matches that search." if query else "Nothing saved yet: chat, draft or rehearse.")
        for item in items:
            item_row(store, item)
    with detail:
        show_selected(store)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def export_and_delete_all(store: HistoryStore, total: int) -> None:
    """Export buttons and the two-step delete-all."""
    left, middle, right = st.columns(3)
    left.download_button("Export all (JSON)", data=store.export_json, file_name="mentor-coach-history.json",
                         mime="application/json", key="history.export_json", on_click="ignore",
                         disabled=total == 0)
    middle.download_button("Export all (Markdown)", data=store.export_markdown,
                           file_name="mentor-coach-history.md", mime="text/markdown",
                           key="history.export_md", on_click="ignore", disabled=total == 0)
    if right.button("Delete all…", key="history.delete_all", disabled=total == 0):
        st.session_state[CONFIRM_DELETE_ALL] = True
    if st.session_state.get(CONFIRM_DELETE_ALL):
        st.warning(f"Delete all {total} saved items? This cannot be undone.")
        yes, no = st.columns(2)
        if yes.button("Yes, delete everything", type="primary", key="history.delete_all_confirm"):
            store.delete_all()
            st.session_state.pop(CONFIRM_DELETE_ALL, None)
            st.session_state.pop(SELECTED, None)
            widgets.flash("Everything was deleted.")
            st.rerun()
        if no.button("Cancel", key="history.delete_all_cancel"):
            st.session_state.pop(CONFIRM_DELETE_ALL, None)
            st.rerun()


def item_row(store: HistoryStore, item: HistoryItem) -> None:
    """One saved item with Open and Delete."""
    with st.container(border=True):
        st.markdown(f"**{sanitize_markdown(item.title)}**")
        preview = " ".join(item.preview.split())
        preview = preview if len(preview) <= PREVIEW_CHARS else preview[: PREVIEW_CHARS - 1] + "…"
        st.caption(f"{KIND_LABELS[item.kind]} · {item.updated_at.replace('T', ' ')[:16]} UTC")
        if preview:
            st.caption(sanitize_markdown(preview))
        open_column, delete_column = st.columns(2)
        if open_column.button("Open", key=f"history.open.{item.kind}.{item.id}"):
            st.session_state[SELECTED] = (item.kind, item.id)
        if delete_column.button("Delete", key=f"history.delete.{item.kind}.{item.id}"):
            delete_one(store, item.kind, item.id)


def delete_one(store: HistoryStore, kind: ItemKind, item_id: int) -> None:
    """Delete one item and say so."""
    with contextlib.suppress(ItemNotFoundError):  # already gone (another tab): what the user wanted
        store.delete(kind, item_id)
    if st.session_state.get(SELECTED) == (kind, item_id):
        st.session_state.pop(SELECTED, None)
    widgets.flash(f"The {kind} was deleted.")
    st.rerun()


def show_selected(store: HistoryStore) -> None:
    """The opened item in full, with a way to carry on with it."""
    selected = st.session_state.get(SELECTED)
    if not selected:
        st.caption("Open an item to read it here, and to carry on with it.")
        return
    kind, item_id = selected
    try:
        {"conversation": show_conversation, "draft": show_draft, "rehearsal": show_rehearsal}[kind](store, item_id)
    except ItemNotFoundError:
        st.session_state.pop(SELECTED, None)
        st.info("That item was deleted.")


def show_conversation(store: HistoryStore, conversation_id: int) -> None:
    """A saved chat, message by message."""
    conversation = store.conversation(conversation_id)
    st.subheader(sanitize_markdown(conversation.title))
    if st.button("Continue this conversation", type="primary", key="history.continue_chat"):
        st.session_state[state.CHAT_CONVERSATION] = conversation_id
        st.switch_page(navigation.COACH_PAGE)
    for message in conversation.messages:
        with st.chat_message(message.role):
            widgets.safe_markdown(message.text or "*(no text)*")
            notes = []
            if message.status == "interrupted":
                notes.append("interrupted before it finished")
            if message.feedback is not None:
                notes.append(":material/thumb_up:" if message.feedback else ":material/thumb_down:")
            if message.citations:
                notes.append("Sources: " + widgets.citation_list(message.citations))
            if notes:
                st.caption(" · ".join(notes))


def show_draft(store: HistoryStore, draft_id: int) -> None:
    """A saved draft: its form and its versions, newest first."""
    draft = store.draft(draft_id)
    st.subheader(sanitize_markdown(draft.title))
    if st.button("Open in Drafts", type="primary", key="history.open_in_drafts"):
        st.session_state[state.DRAFT_TO_OPEN] = draft_id
        st.switch_page(navigation.DRAFTS_PAGE)
    with st.expander("What you entered"):
        for name, value in draft.fields.items():
            if value not in (None, ""):
                st.markdown(f"**{sanitize_markdown(name)}:** {sanitize_markdown(str(value))}")
    if not draft.versions:
        st.info("The coach had not finished this draft. Open it in Drafts to write it again.")
    for position, version in enumerate(reversed(draft.versions)):
        with st.expander(f"Version {version.number}: {version.label} ({version.engine})", expanded=position == 0):
            if version.subject:
                st.markdown(f"**Subject:** {sanitize_markdown(version.subject)}")
            widgets.safe_markdown(version.text)
            passed = sum(c.passed for c in version.checks)
            st.caption(f"Checks passed: {passed}/{len(version.checks)}")


def show_rehearsal(store: HistoryStore, rehearsal_id: int) -> None:
    """A saved rehearsal: transcript and, once ended, its debrief."""
    rehearsal = store.rehearsal(rehearsal_id)
    st.subheader(sanitize_markdown(rehearsal.title))
    st.caption(f"{rehearsal.scenario} · {rehearsal.persona} · {rehearsal.difficulty} · "
               f"{'debriefed' if rehearsal.finished else 'not finished'}")
    if rehearsal.markdown:
        st.download_button("Download (Markdown)", data=rehearsal.markdown, key="history.rehearsal_md",
                           file_name=f"rehearsal-{rehearsal.id}.md", mime="text/markdown", on_click="ignore")
        widgets.safe_markdown(rehearsal.markdown)
        return
    for turn in rehearsal.transcript:
        with st.chat_message("user" if turn.get("role") == "user" else "assistant"):
            widgets.safe_markdown(str(turn.get("text", "")))


assert set(KIND_LABELS) == set(ITEM_KINDS)

if __name__ == "__main__":
    render()
