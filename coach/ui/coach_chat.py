"""Coach page: a chat for free questions (the ``ask`` job), keeping the conversation as context.

The send button turns into Stop while a reply is written (the text so far is kept, marked
unfinished). The last reply can be regenerated and the last question edited and sent again; the
sidebar lists recent conversations. A message longer than the limit is kept, not dropped.
"""

from __future__ import annotations

from collections.abc import Iterator

import streamlit as st

from coach.markup import one_line_preview
from coach.store import HistoryStore, ItemNotFoundError, SavedMessage
from coach.tasks.base import Draft, TaskSpec
from coach.tasks.registry import get_task
from coach.ui import forms, state, widgets
from coach.ui.streaming import run_stream

TASK = "ask"
CHAT_INPUT_KEY = "chat.input"
STARTER = "chat.starter"
# ``("regenerate", reply_id)`` or ``("resend", question_id, text)``, set by the buttons under the last turn.
ACTION = "chat.action"
EDITING = "chat.editing"
# A message longer than the limit, kept so the user can shorten it instead of losing it.
TOO_LONG = "chat.too_long"
RECENT_CONVERSATIONS = 12
STARTERS = (
    "How do I ask someone to be my mentor without it being awkward?",
    "My mentor keeps cancelling our meetings. What should I do?",
    "How can I give feedback to a mentee who gets defensive?",
    "How often should a mentor and mentee meet?",
)


def render() -> None:
    """The Coach page."""
    st.title("Coach")
    st.caption("Ask anything about mentoring. Answers cite the guidance cards they draw on.")
    # Read (and keep) what was typed before anything touches the database: if history is damaged or the
    # disk is full, the page explains that and shows the question back instead of losing it.
    typed = st.chat_input("Ask the coach…", key=CHAT_INPUT_KEY, submit_mode="stop")
    if isinstance(typed, str) and typed.strip():
        st.session_state[state.UNSAVED_INPUT] = typed
    current = state.settings()
    store = state.history_store(current)
    spec = get_task(TASK)
    question_field = _question_field(spec)
    limit = spec.field(question_field).max_chars
    conversation_list(store)
    messages = _current_messages(store)
    question, messages, save_question = _pending_action(store, messages)
    if messages and st.button("New conversation", key="chat.new", icon=":material/add_comment:"):
        _start_new()
    last_user = max((i for i, m in enumerate(messages) if m.role == "user"), default=-1)
    for position, message in enumerate(messages):
        # Only the last question can be edited, and only the very last reply regenerated.
        latest = position == (last_user if message.role == "user" else len(messages) - 1)
        render_message(store, message, last=latest and not question)
    if not messages and not question:
        starters()
    context = _context_fields(spec, question_field)
    if isinstance(typed, str) and len(typed.strip()) > limit:
        st.session_state[TOO_LONG] = typed
        st.session_state.pop(state.UNSAVED_INPUT, None)  # kept in its own box, with its count and the limit
    elif isinstance(typed, str):
        question = typed
        st.session_state.pop(TOO_LONG, None)
    question = question or too_long_box(limit) or st.session_state.pop(STARTER, None)
    if question and question.strip():
        asked = messages if save_question else messages[:-1]  # a regenerated question is already the last one
        upto = [m for m in asked if m.text and m.status == "complete"]
        history: list[tuple[str, str]] = [(m.role, m.text) for m in upto]
        answer(store, question.strip(), {question_field: question.strip(), **context}, history,
               save_question=save_question)


def _start_new() -> None:
    st.session_state.pop(state.CHAT_CONVERSATION, None)
    st.session_state.pop(EDITING, None)
    st.rerun()


def conversation_list(store: HistoryStore) -> None:
    """Recent conversations in the sidebar, to switch between them."""
    items = store.list_items(kind="conversation", limit=RECENT_CONVERSATIONS)
    if not items:
        return
    current = st.session_state.get(state.CHAT_CONVERSATION)
    with st.sidebar:
        st.markdown("**Conversations**")
        if st.button("New conversation", key="chat.list.new", icon=":material/add_comment:", width="stretch"):
            _start_new()
        for item in items:
            label = one_line_preview(item.title, 48)
            if st.button(label, key=f"chat.list.{item.id}", width="stretch",
                         type="primary" if item.id == current else "secondary"):
                st.session_state[state.CHAT_CONVERSATION] = item.id
                st.session_state.pop(EDITING, None)
                st.rerun()


def _pending_action(
    store: HistoryStore, messages: list[SavedMessage]
) -> tuple[str | None, list[SavedMessage], bool]:
    """Carry out Regenerate or Edit-and-resend: drop the old turn, return the question to ask again.

    Returns the question, the messages that stay, and whether the question must be saved (a
    regenerated reply answers a question that is already saved).
    """
    action = st.session_state.pop(ACTION, None)
    conversation_id = st.session_state.get(state.CHAT_CONVERSATION)
    if not action or conversation_id is None:
        return None, messages, True
    kind, message_id = action[0], action[1]
    ids = [m.id for m in messages]
    if message_id not in ids:
        return None, messages, True
    position = ids.index(message_id)
    store.delete_messages_from(conversation_id, message_id)
    if kind == "regenerate":
        question = next((m.text for m in reversed(messages[:position]) if m.role == "user"), None)
        return question, messages[:position], False
    return str(action[2]), messages[:position], True


def too_long_box(limit: int) -> str | None:
    """A message over the limit, kept in a box with its count and the limit, to shorten and send."""
    kept = st.session_state.get(TOO_LONG)
    if not kept:
        return None
    st.error(f"Your message is {len(kept):,} characters; the limit is {limit:,}. It is kept below: "
             f"shorten it by {len(kept) - limit:,} and send it.", icon=":material/straighten:")
    text = st.text_area("Your message", value=kept, key="chat.too_long_edit", height=200) or ""
    widgets.length_note(text, limit)
    send, drop = st.columns(2)
    if drop.button("Discard it", key="chat.too_long_discard"):
        st.session_state.pop(TOO_LONG, None)
        st.rerun()
    if send.button("Send", key="chat.too_long_send", type="primary", disabled=len(text) > limit or not text.strip()):
        st.session_state.pop(TOO_LONG, None)
        return text
    st.session_state[TOO_LONG] = text
    return None


def _question_field(spec: TaskSpec) -> str:
    """The job's first required field holds the question (the registry decides its name and limit)."""
    return next(f.name for f in spec.fields if f.required)


def _context_fields(spec: TaskSpec, question_field: str) -> dict[str, object]:
    """The ask job's other fields (such as who is asking), tucked in an expander."""
    others = [f for f in spec.fields if f.name != question_field]
    if not others:
        return {}
    with st.expander("Context for the coach (optional)"):
        values = forms.field_widgets(TASK, others)
    return {name: value for name, value in values.items() if value not in (None, "")}


def _current_messages(store: HistoryStore) -> list[SavedMessage]:
    conversation_id = st.session_state.get(state.CHAT_CONVERSATION)
    if conversation_id is None:
        return []
    try:
        return store.conversation(conversation_id).messages
    except ItemNotFoundError:  # deleted from History in the meantime: start afresh
        st.session_state.pop(state.CHAT_CONVERSATION, None)
        return []


def starters() -> None:
    """Suggested first questions for an empty chat."""
    st.markdown("**Not sure where to start? Try one of these:**")
    columns = st.columns(2)
    for number, prompt in enumerate(STARTERS):
        columns[number % 2].button(prompt, key=f"chat.starter.{number}", on_click=_choose_starter, args=(prompt,),
                                   width="stretch")


def _choose_starter(prompt: str) -> None:
    st.session_state[STARTER] = prompt


def render_message(store: HistoryStore, message: SavedMessage, *, last: bool = False) -> None:
    """One saved message; an answer also gets its notices, sources and a thumbs rating.

    The last question can be edited and sent again, and the last answer regenerated.
    """
    with st.chat_message(message.role):
        if message.role == "user" and last and st.session_state.get(EDITING) == message.id:
            edit_question(message)
            return
        widgets.safe_markdown(message.text or "*(no reply was written)*")
        if message.role != "assistant":
            if last:
                st.button("Edit", key=f"chat.edit.{message.id}", icon=":material/edit:", type="tertiary",
                          on_click=_set, args=(EDITING, message.id))
            return
        if message.status == "interrupted":
            st.caption(":material/warning: This reply was stopped or interrupted before it finished. "
                       "Regenerate it for a full answer.")
        widgets.fallback_notice(message.notices)
        widgets.citations_expander(message.citations, key=f"chat.cards.{message.id}")
        rate, again = st.columns([3, 1], vertical_alignment="center")
        with rate:
            st.feedback("thumbs", key=f"chat.feedback.{message.id}", default=message.feedback,
                        on_change=_save_feedback, args=(store, message.id))
        if last:
            again.button("Regenerate", key=f"chat.regenerate.{message.id}", icon=":material/refresh:",
                         type="tertiary", on_click=_set, args=(ACTION, ("regenerate", message.id)))


def edit_question(message: SavedMessage) -> None:
    """The last question in a box: Send replaces it and its answer; Cancel leaves both."""
    text = st.text_area("Edit your question", value=message.text, key=f"chat.edit_text.{message.id}") or ""
    send, cancel = st.columns(2)
    if send.button("Send", key=f"chat.resend.{message.id}", type="primary", disabled=not text.strip()):
        st.session_state.pop(EDITING, None)
        st.session_state[ACTION] = ("resend", message.id, text.strip())
        st.rerun()
    if cancel.button("Cancel", key=f"chat.edit_cancel.{message.id}"):
        st.session_state.pop(EDITING, None)
        st.rerun()


def _set(key: str, value: object) -> None:
    st.session_state[key] = value


def _save_feedback(store: HistoryStore, message_id: int) -> None:
    store.set_feedback(message_id, st.session_state.get(f"chat.feedback.{message_id}"))


def answer(
    store: HistoryStore, question: str, fields: dict[str, object], history: list[tuple[str, str]],
    *, save_question: bool = True,
) -> None:
    """Save the question, then stream the answer; the reply is saved even if the user clicks away or stops it."""
    conversation_id = st.session_state.get(state.CHAT_CONVERSATION)
    st.session_state[state.UNSAVED_INPUT] = question  # kept in the session until the database has it
    if conversation_id is None:
        conversation_id = store.start_conversation(question)
        st.session_state[state.CHAT_CONVERSATION] = conversation_id
    if save_question:
        store.add_message(conversation_id, "user", question)  # saved before any model call
    st.session_state.pop(state.UNSAVED_INPUT, None)
    with st.chat_message("user"):
        widgets.safe_markdown(question)
    with st.chat_message("assistant"):
        draft = stream_reply(store, conversation_id, fields, history)
    if draft is not None:
        state.remember_fallback(draft.notices)
        st.rerun()


def stream_reply(
    store: HistoryStore, conversation_id: int, fields: dict[str, object], history: list[tuple[str, str]]
) -> Draft | None:
    """Retrieve, then write with ``st.write_stream``; returns the finished Draft, or None on an error."""
    reply_id: list[int] = []

    def start() -> Iterator[str | Draft]:
        stream = state.make_coach().stream(TASK, fields, history=history)
        reply_id.append(store.start_reply(conversation_id))  # marked interrupted until it completes
        return stream

    def save(text: str, draft: Draft | None, finished: bool) -> None:
        if reply_id:
            store.finish_reply(
                reply_id[0], draft.text if draft else text, complete=finished,
                citations=draft.sources if draft else (), notices=draft.notices if draft else (),
                engine=draft.engine if draft else None,
            )

    return run_stream(start, save)


if __name__ == "__main__":
    render()
