"""History page: everything saved, with search, reopen, delete one (with undo), delete all and export.

An opened item unfolds in place, under its row, and is scrolled into view: on a phone the list and
the item would otherwise be thousands of pixels apart. Times are shown in the browser's time zone.
"""

from __future__ import annotations

from collections import Counter

import streamlit as st

from coach.markup import demote_headings, one_line_preview
from coach.safety import sanitize_markdown
from coach.store import ITEM_KINDS, DeletedItem, HistoryItem, HistoryStore, ItemKind, ItemNotFoundError
from coach.ui import navigation, state, widgets

KIND_LABELS: dict[ItemKind, str] = {
    "conversation": ":material/forum: Conversation",
    "draft": ":material/edit_note: Draft",
    "rehearsal": ":material/theater_comedy: Rehearsal",
}
FILTERS = {"All": None, "Conversations": "conversation", "Drafts": "draft", "Rehearsals": "rehearsal"}
SELECTED = "history.selected"
CONFIRM_DELETE_ALL = "history.confirm_delete_all"
# The last deleted item, held in this session's memory only, so its deletion can be undone.
UNDO = "history.undo_item"
SCROLL = "history.scroll"
OPEN_ANCHOR = "history-open"
PREVIEW_CHARS = 140
MAX_QUERY_CHARS = 200
PAGE_SIZE = 30
"""Rows drawn at first, and added by each "Show more": each row is two buttons, and Streamlit draws all of them."""
SHOWN = "history.shown"
SHOWN_FOR = "history.shown_for"


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
    shown = _rows_to_show(query or "", kind)
    items = store.list_items(query or "", kind=kind, limit=shown + 1)  # type: ignore[arg-type]
    more, items = len(items) > shown, items[:shown]
    undo_banner(store)
    if not items:
        st.info("Nothing matches that search." if query else "Nothing saved yet: chat, draft or rehearse.")
    titles = distinct_titles(items)
    for item in items:
        item_row(store, item, titles[(item.kind, item.id)])
    if more and st.button(f"Show {PAGE_SIZE} more", key="history.more", icon=":material/expand_more:"):
        st.session_state[SHOWN] = shown + PAGE_SIZE
        st.rerun()


def _rows_to_show(query: str, kind: str | None) -> int:
    """How many rows to draw: one page, more after "Show more", one page again for a new search or filter."""
    if st.session_state.get(SHOWN_FOR) != (query, kind):
        st.session_state[SHOWN_FOR] = (query, kind)
        st.session_state[SHOWN] = PAGE_SIZE
    return int(st.session_state.get(SHOWN, PAGE_SIZE))


def distinct_titles(items: list[HistoryItem]) -> dict[tuple[ItemKind, int], str]:
    """Each item's title; items that share one are told apart by a number, oldest first."""
    counts = Counter(item.title for item in items)
    seen: Counter[str] = Counter()
    titles: dict[tuple[ItemKind, int], str] = {}
    for item in sorted(items, key=lambda i: (i.updated_at, i.id)):
        seen[item.title] += 1
        suffix = f" ({seen[item.title]})" if counts[item.title] > 1 else ""
        titles[(item.kind, item.id)] = item.title + suffix
    return titles


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
            st.session_state.pop(UNDO, None)
            widgets.flash("Everything was deleted.")
            st.rerun()
        if no.button("Cancel", key="history.delete_all_cancel"):
            st.session_state.pop(CONFIRM_DELETE_ALL, None)
            st.rerun()


def item_row(store: HistoryStore, item: HistoryItem, title: str) -> None:
    """One saved item with Open and Delete; when opened, the item itself unfolds right here."""
    selected = st.session_state.get(SELECTED) == (item.kind, item.id)
    with st.container(border=True):
        st.markdown(f"**{sanitize_markdown(title)}**")
        st.caption(f"{KIND_LABELS[item.kind]} · {widgets.local_time(item.updated_at)}")
        preview = one_line_preview(item.preview, PREVIEW_CHARS)  # plain words: a "# heading" stays small
        if preview:
            st.caption(sanitize_markdown(preview))
        open_column, delete_column = st.columns(2)
        label = "Close" if selected else "Open"
        if open_column.button(label, key=f"history.open.{item.kind}.{item.id}"):
            if selected:
                st.session_state.pop(SELECTED, None)
            else:
                st.session_state[SELECTED] = (item.kind, item.id)
                st.session_state[SCROLL] = True
            st.rerun()
        if delete_column.button("Delete", key=f"history.delete.{item.kind}.{item.id}"):
            delete_one(store, item.kind, item.id)
        if selected:
            st.divider()
            show_selected(store)


def delete_one(store: HistoryStore, kind: ItemKind, item_id: int) -> None:
    """Delete one item, keeping its rows in this session's memory for Undo."""
    try:
        st.session_state[UNDO] = store.take_out(kind, item_id)
    except ItemNotFoundError:  # already gone (another tab): what the user wanted
        st.session_state.pop(UNDO, None)
    if st.session_state.get(SELECTED) == (kind, item_id):
        st.session_state.pop(SELECTED, None)
    st.rerun()


def undo_banner(store: HistoryStore) -> None:
    """After a deletion: say so, and offer Undo (until the next deletion or until dismissed)."""
    deleted: DeletedItem | None = st.session_state.get(UNDO)
    if deleted is None:
        return
    with st.container(border=True):
        message, undo, dismiss = st.columns([4, 1, 1], vertical_alignment="center")
        message.markdown(f":material/delete: The {deleted.kind} was deleted.")
        if undo.button("Undo", key="history.undo", icon=":material/undo:", type="primary"):
            store.put_back(deleted)
            st.session_state.pop(UNDO, None)
            widgets.flash(f"The {deleted.kind} is back.")
            st.rerun()
        if dismiss.button("OK", key="history.undo_dismiss"):
            st.session_state.pop(UNDO, None)  # forget the copy: the deletion is final
            st.rerun()


def show_selected(store: HistoryStore) -> None:
    """The opened item in full, with a way to carry on with it."""
    selected = st.session_state.get(SELECTED)
    if not selected:
        return
    if st.session_state.pop(SCROLL, False):
        widgets.scroll_to(OPEN_ANCHOR)
    kind, item_id = selected
    try:
        {"conversation": show_conversation, "draft": show_draft, "rehearsal": show_rehearsal}[kind](store, item_id)
    except ItemNotFoundError:
        st.session_state.pop(SELECTED, None)
        st.info("That item was deleted.")


def show_conversation(store: HistoryStore, conversation_id: int) -> None:
    """A saved chat, message by message."""
    conversation = store.conversation(conversation_id)
    st.subheader(sanitize_markdown(conversation.title), anchor=OPEN_ANCHOR)
    if st.button("Continue this conversation", type="primary", key="history.continue_chat"):
        st.session_state[state.CHAT_CONVERSATION] = conversation_id
        st.switch_page(navigation.COACH_PAGE)
    for message in conversation.messages:
        with st.chat_message(message.role):
            widgets.safe_markdown(demote_headings(message.text) or "*(no text)*")
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
    st.subheader(sanitize_markdown(draft.title), anchor=OPEN_ANCHOR)
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
            widgets.safe_markdown(demote_headings(version.text))
            passed = sum(c.passed for c in version.checks)
            st.caption(f"Checks passed: {passed}/{len(version.checks)}")


def show_rehearsal(store: HistoryStore, rehearsal_id: int) -> None:
    """A saved rehearsal: transcript and, once ended, its debrief."""
    rehearsal = store.rehearsal(rehearsal_id)
    st.subheader(sanitize_markdown(rehearsal.title), anchor=OPEN_ANCHOR)
    st.caption(f"{rehearsal.scenario} · {rehearsal.persona} · {rehearsal.difficulty} · "
               f"{'debriefed' if rehearsal.finished else 'not finished'}")
    if not rehearsal.finished and st.button("Resume this rehearsal", type="primary", key="history.resume"):
        st.session_state["rehearse.resume_id"] = rehearsal_id  # the Rehearse page's RESUME key
        st.switch_page(navigation.REHEARSE_PAGE)
    if rehearsal.markdown:
        st.download_button("Download (Markdown)", data=rehearsal.markdown, key="history.rehearsal_md",
                           file_name=f"rehearsal-{rehearsal.id}.md", mime="text/markdown", on_click="ignore")
        widgets.safe_markdown(demote_headings(rehearsal.markdown))
        return
    for turn in rehearsal.transcript:
        with st.chat_message("user" if turn.get("role") == "user" else "assistant"):
            widgets.safe_markdown(str(turn.get("text", "")))


assert set(KIND_LABELS) == set(ITEM_KINDS)

if __name__ == "__main__":
    render()
