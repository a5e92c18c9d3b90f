"""What the pages share: per-session settings, and the model, index and history store.

The embedding model, the index and the store are process-wide (``st.cache_resource``) because
they hold no user data. Everything about one user (their settings, API key, chat, drafts) lives
only in ``st.session_state``.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import streamlit as st

from coach.config import Settings, SettingsError
from coach.store import LOCAL_USER, HistoryError, HistoryStore
from coach.ui.preferences import effective_settings

if TYPE_CHECKING:
    from coach.retrieval import HybridRetriever
    from coach.service import Coach

SESSION_SETTINGS = "coach.session_settings"
"""Settings overrides chosen on the Settings page for this browser session only."""
CHAT_CONVERSATION = "chat.conversation_id"
"""The conversation the Coach page shows (set by History to continue a saved chat)."""
DRAFT_TO_OPEN = "drafts.to_open"
"""A saved draft id History asks the Drafts page to open."""
LAST_FALLBACK = "coach.last_fallback"
"""The notices of the latest request that fell back to the offline engine."""
UNSAVED_INPUT = "coach.unsaved_input"
"""What the user typed, held in the session until it is safely saved (shown back if saving fails)."""
CURRENT_USER = "coach.user"
"""The signed-in user of this session (set by the sign-in gate on every run)."""
RUN_SETTINGS = "coach.run_settings"
"""The settings worked out in this script run (see :func:`settings`)."""


def settings() -> Settings:
    """The session's settings: environment, then saved preferences, then this session's choices.

    Worked out once per script run (:func:`begin_run` forgets them, and so does a change on the
    Settings page): a Drafts rerun asked four times, and each time read two files.
    """
    known: Settings | None = st.session_state.get(RUN_SETTINGS)
    if known is not None:
        return known
    try:
        environment = Settings.from_env()
    except SettingsError as error:
        st.error(f"{error}. Fix the environment variable and restart the app.")
        st.stop()
    overrides: dict[str, Any] = st.session_state.get(SESSION_SETTINGS, {})
    current = effective_settings(environment, overrides)
    st.session_state[RUN_SETTINGS] = current
    return current


def begin_run() -> None:
    """Forget the settings worked out in the last run (the environment or a saved file may have changed)."""
    st.session_state.pop(RUN_SETTINGS, None)


def set_session_settings(**changes: Any) -> None:
    """Change settings for this browser session only."""
    current: dict[str, Any] = dict(st.session_state.get(SESSION_SETTINGS, {}))
    current.update(changes)
    st.session_state[SESSION_SETTINGS] = current
    begin_run()  # the Settings page saves preferences around this call and reads the result in the same run


@st.cache_resource(show_spinner=False)
def _store(target: str) -> HistoryStore:
    # The cached object is the opened, migrated database; it holds no user's rows.
    return HistoryStore(target if target.startswith(("postgresql://", "postgres://")) else Path(target))


def current_user(current: Settings | None = None) -> str:
    """The signed-in user of this session (the one local user unless the app is shared)."""
    current = current or settings()
    if not current.shared:
        return LOCAL_USER
    user = st.session_state.get(CURRENT_USER)
    if not user:  # the gate in app.py runs first; a page run on its own must not guess a user
        st.error("Sign in through your organisation's sign-in link to use the coach.")
        st.stop()
    return str(user)


def history_store(current: Settings | None = None) -> HistoryStore:
    """The history database as the current user sees it (one database for all sessions, scoped per user)."""
    current = current or settings()
    try:
        return _store(str(current.history_target)).for_user(current_user(current))
    except HistoryError as error:
        st.error(str(error))
        st.stop()


@st.cache_resource(show_spinner=False)
def start_model_warmup() -> threading.Thread:
    """Load the query model and the search code in the background, once per process, so pages stay interactive."""
    thread = threading.Thread(target=_warm_up, args=(_process_settings(),), name="embedder-warmup", daemon=True)
    thread.start()
    return thread


def _process_settings() -> Settings:
    """The operator's settings: where the index and its query model are (the same for every session)."""
    try:
        return Settings.from_env()
    except SettingsError:
        return Settings()  # the page says what is wrong with the environment


def _warm_up(settings: Settings) -> None:
    from coach import retrieval, service  # noqa: F401  (imports chromadb, bm25s and the jobs)
    from coach.query_model import query_embedder

    try:
        embedder: Any = query_embedder(settings)
        embedder.load()
        _warm_tagger()
        _warm_move_detector(settings)
        _warm_private_model()
        _warm_patterns()
    finally:
        _loaded.add("warm-up")  # even when part failed: what did load is kept


def _warm_move_detector(settings: Settings) -> None:
    # Reads back the classifier `coach index` saved (or trains it, once), so a first rehearsal turn is quick.
    from coach.rehearsal.moves import MoveDatasetError, MovesFileError
    from coach.rehearsal.session import prepare_move_detector

    with contextlib.suppress(OSError, MoveDatasetError, MovesFileError):  # a turn reports these itself
        prepare_move_detector(settings)


def _warm_private_model() -> None:
    # The summary job's reader of private note lines: read back (or trained once) before the first summary.
    from coach.tasks.notes_labelled import NotesDatasetError
    from coach.tasks.private_model import prepare_private_model

    with contextlib.suppress(OSError, NotesDatasetError):  # a summary reports these itself
        prepare_private_model()


def _warm_patterns() -> None:
    # The jobs' regular expressions compile on first use (so pages open quickly). By now the warm-up has
    # imported every job and the rehearsal; compiling their patterns here means no draft pays for them,
    # and the heap freeze that follows covers them.
    from coach.lazy_patterns import compile_all

    compile_all()


def _warm_tagger() -> None:
    # The checks' tagger reads its lexicon on first use; sessions arriving together each read it.
    from coach.pos import TaggerUnavailable, tag

    with contextlib.suppress(TaggerUnavailable):  # the checks say so themselves when a draft is written
        tag("Thank you for the advice on my portfolio.")


_model_loaded = threading.Event()
_loaded: set[str] = set()
"""Long-lived things loaded so far: the background warm-up, then the retriever (first draft or question)."""
_frozen: set[str] = set()
"""What was loaded when the heap was last frozen."""


def model_ready() -> bool:
    """Whether the query model has finished loading (the ONNX export, or torch MiniLM without one)."""
    if not _model_loaded.is_set():  # once loaded it stays loaded: no file checks on every rerun
        from coach.query_model import query_embedder

        embedder: Any = query_embedder(_process_settings())
        if embedder.loaded:
            _model_loaded.set()
    return _model_loaded.is_set()


def freeze_heap_when_warm() -> None:
    """Once the warm-up (and later the retriever) has loaded, exempt it from garbage collection.

    Streamlit runs a full ``gc.collect()`` after every script run. With the model, Chroma, the
    tagger and the move classifier loaded that means walking hundreds of thousands of long-lived
    objects each time (about 320 ms per run measured with torch; 40 ms per page with the ONNX
    model and what loads after it). ``gc.freeze()`` moves everything alive now into a permanent
    generation the collector skips; what pages create later is still collected as before, so
    nothing leaks (tests/ui/test_heap.py reruns the app many times and checks). It runs again
    once when the retriever has been opened, since that happens on the first draft, after warm-up.
    """
    if "warm-up" not in _loaded or _loaded <= _frozen:
        return
    _frozen.update(_loaded)
    gc.collect()  # garbage from loading goes first, so it is not kept forever
    gc.freeze()


@st.cache_resource(show_spinner=False)
def _retriever(
    data_dir: str, cards_dir: str, knowledge_dirs: tuple[str, ...], chroma_url: str | None, max_file_mb: int
) -> HybridRetriever:
    from coach.guidance import open_retriever

    shared = Settings(data_dir=Path(data_dir), cards_dir=Path(cards_dir),
                      knowledge_dirs=tuple(Path(p) for p in knowledge_dirs), chroma_url=chroma_url,
                      max_file_mb=max_file_mb)
    opened = open_retriever(shared)
    _loaded.add("retriever")
    return opened


def retriever(current: Settings) -> HybridRetriever:
    """The guidance retriever, opened (or built, the first time) behind a spinner."""
    message = "Loading the guidance model and index (a few seconds, the first time only)…"
    with st.spinner(message, show_time=True):
        return _retriever(str(current.data_dir), str(current.cards_dir), tuple(str(p) for p in current.knowledge_dirs),
                          current.chroma_url, current.max_file_mb)


def forget_retriever() -> None:
    """Drop the cached retriever so the next request opens the re-built index."""
    _retriever.clear()


def make_coach(current: Settings | None = None) -> Coach:
    """A Coach for this session's settings, over the shared retriever."""
    from coach.service import Coach
    from coach.ui import waiting

    current = current or settings()
    return Coach(current, retriever=retriever(current), on_wait=waiting.report, on_load=waiting.loading)


def remember_fallback(notices: list[str]) -> bool:
    """Record whether the latest request fell back to the offline engine (shown in the sidebar).

    Returns whether that changes what the sidebar shows (it was drawn before the request ran).
    """
    changed = bool(st.session_state.get(LAST_FALLBACK)) != bool(notices)
    st.session_state[LAST_FALLBACK] = list(notices)
    return changed
