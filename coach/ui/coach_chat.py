"""Coach page: a chat for free questions (the ``ask`` job), keeping the conversation as context."""

from __future__ import annotations

from collections.abc import Iterator

import streamlit as st

from coach.store import HistoryStore, ItemNotFoundError, SavedMessage
from coach.tasks.base import Draft, TaskSpec
from coach.tasks.registry import get_task
from coach.ui import forms, state, widgets
from coach.ui.streaming import run_stream

TASK = "ask"
CHAT_INPUT_KEY = "chat.input"
STARTER = "chat.starter"
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
    current = state.settings()
    store = state.history_store(current)
    spec = get_task(TASK)
    question_field = _question_field(spec)
    messages = _current_messages(store)
    if messages and st.button("New conversation", key="chat.new"):
        st.session_state.pop(state.CHAT_CONVERSATION, None)
        st.rerun()
    for message in messages:
        render_message(store, message)
    if not messages:
        starters()
    context = _context_fields(spec, question_field)
    typed = st.chat_input("Ask the coach…", key=CHAT_INPUT_KEY, submit_mode="disable",
                          max_chars=spec.field(question_field).max_chars)
    question = typed if isinstance(typed, str) else st.session_state.pop(STARTER, None)
    if question and question.strip():
        history: list[tuple[str, str]] = [(m.role, m.text) for m in messages if m.text and m.status == "complete"]
        answer(store, question.strip(), {question_field: question.strip(), **context}, history)


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


def render_message(store: HistoryStore, message: SavedMessage) -> None:
    """One saved message; an answer also gets its notices, sources and a thumbs rating."""
    with st.chat_message(message.role):
        widgets.safe_markdown(message.text or "*(no reply was written)*")
        if message.role != "assistant":
            return
        if message.status == "interrupted":
            st.caption(":material/warning: This reply was interrupted before it finished. Ask again for a full answer.")
        widgets.fallback_notice(message.notices)
        widgets.citations_expander(message.citations)
        st.feedback("thumbs", key=f"chat.feedback.{message.id}", default=message.feedback,
                    on_change=_save_feedback, args=(store, message.id))


def _save_feedback(store: HistoryStore, message_id: int) -> None:
    store.set_feedback(message_id, st.session_state.get(f"chat.feedback.{message_id}"))


def answer(store: HistoryStore, question: str, fields: dict[str, object], history: list[tuple[str, str]]) -> None:
    """Save the question, then stream the answer; the reply is saved even if the user clicks away."""
    conversation_id = st.session_state.get(state.CHAT_CONVERSATION)
    st.session_state[state.UNSAVED_INPUT] = question  # kept in the session until the database has it
    if conversation_id is None:
        conversation_id = store.start_conversation(question)
        st.session_state[state.CHAT_CONVERSATION] = conversation_id
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
