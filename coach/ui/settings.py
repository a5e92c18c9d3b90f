"""Settings page: engine, model server, privacy, and the guidance folders that are indexed."""

from __future__ import annotations

import json
from pathlib import Path

import streamlit as st

from coach.config import ENGINE_NAMES, Settings
from coach.ui import state, widgets
from coach.ui.preferences import (
    engine_choice_problem,
    forget_api_key,
    load_api_key,
    save_api_key,
    save_preferences,
)

ENGINE_CAPTIONS = {
    "auto": "The LLM when a base URL or API key is set, else the local model when one is set, else offline.",
    "offline": "Never contacts a model server. Works with no network at all.",
    "llm": "Any OpenAI-compatible server: OpenAI, Ollama, vLLM, LM Studio, llama.cpp.",
    "local": "A model the coach runs itself with llama.cpp: set COACH_LOCAL_MODEL (see `coach models`).",
}
MAX_URL_CHARS = 300
MAX_KEY_CHARS = 300
MAX_FOLDERS_CHARS = 2000


def render() -> None:
    """The Settings page."""
    st.title("Settings")
    widgets.show_flash()
    current = state.settings()
    if current.shared:
        shared_section(current)
        return
    engine_section(current)
    st.divider()
    guidance_section(current)
    st.divider()
    st.subheader("Your data")
    st.write(f"History and the index are stored in `{current.data_dir}` (set `COACH_DATA_DIR` to move them).")


def shared_section(current: Settings) -> None:
    """A shared app: the operator sets the model server and guidance; a user may only bring a key for now."""
    st.subheader("Engine")
    st.caption(f"In use now: **{widgets.engine_label(current)}**")
    st.info("This coach is shared: the model server, the guidance folders and the privacy mode are set by whoever "
            "runs it, and cannot be changed here.", icon=":material/admin_panel_settings:")
    with st.form("settings.own_key_form"):
        api_key = st.text_input(
            "Your own API key (optional)", value="", type="password", max_chars=MAX_KEY_CHARS,
            key="settings.own_key", help="Used for your requests in this browser session only; never saved.",
        )
        applied = st.form_submit_button("Use this key for my session", type="primary")
    if applied and (api_key or "").strip():
        key = (api_key or "").strip()
        problem = engine_choice_problem(current.engine, current.openai_base_url, key, current.local_only)
        if problem:
            st.error("Your key cannot be used with the operator's settings (local only is on).")
            return
        state.set_session_settings(openai_api_key=key)
        widgets.flash("Your key is used for this session only. It is not saved anywhere.")
        st.rerun()
    if st.session_state.get(state.SESSION_SETTINGS, {}).get("openai_api_key") and st.button(
        "Stop using my key", key="settings.drop_own_key"
    ):
        state.set_session_settings(openai_api_key=None)
        st.rerun()
    st.divider()
    st.subheader("Your data")
    st.write("Your history is yours alone: nobody else using this coach can see, search, export or delete it. "
             "Export or delete it on the History page.")


def engine_section(current: Settings) -> None:
    """The engine form; nothing changes until Apply, and a refused setting changes nothing."""
    st.subheader("Engine")
    st.caption(f"In use now: **{widgets.engine_label(current)}**")
    with st.form("settings.engine_form"):
        engine = st.radio(
            "Engine", ENGINE_NAMES, index=ENGINE_NAMES.index(current.engine), key="settings.engine",
            captions=[ENGINE_CAPTIONS[name] for name in ENGINE_NAMES], horizontal=False,
        )
        base_url = st.text_input(
            "Base URL", value=current.openai_base_url or "", max_chars=MAX_URL_CHARS, key="settings.base_url",
            placeholder="http://127.0.0.1:11434/v1", help="Leave empty to use OpenAI with an API key.",
        )
        model = st.text_input("Model", value=current.model, max_chars=100, key="settings.model")
        api_key = st.text_input(
            "API key", value="", type="password", max_chars=MAX_KEY_CHARS, key="settings.api_key",
            placeholder="kept for this browser session only" if not current.openai_api_key else "•••• (set)",
            help="Optional for a local server. Kept in this browser session only unless you tick Remember.",
        )
        remember = st.checkbox("Remember the API key on this computer (file readable by you only)",
                               key="settings.remember_key")
        local_only = st.toggle("Local only: refuse any model server that is not on this machine",
                               value=current.local_only, key="settings.local_only")
        save_default = st.checkbox("Also save these choices as my defaults (never the API key)",
                                   key="settings.save_default")
        applied = st.form_submit_button("Apply", type="primary")
    if applied:
        apply_engine(current, str(engine), base_url or "", model or "", api_key or "", remember, local_only,
                     save_default)
    if load_api_key(current.data_dir) and st.button("Forget the saved API key", key="settings.forget_key"):
        forget_api_key(current.data_dir)
        state.set_session_settings(openai_api_key=None)
        widgets.flash("The saved API key was deleted.")
        st.rerun()


def apply_engine(
    current: Settings, engine: str, base_url: str, model: str, api_key: str,
    remember: bool, local_only: bool, save_default: bool,
) -> None:
    """Validate and apply the engine form, or show what to fix and change nothing."""
    if current.shared:  # defence in depth: the shared page never offers this form
        st.error("This coach is shared: only whoever runs it can change the model server.")
        return
    base_url, model, api_key = base_url.strip(), model.strip() or current.model, api_key.strip()
    key = api_key or current.openai_api_key
    problem = engine_choice_problem(engine, base_url or None, key, local_only)
    if problem:
        st.error(problem)
        return
    changes = {"engine": engine, "openai_base_url": base_url or None, "model": model, "local_only": local_only}
    if api_key:
        changes["openai_api_key"] = api_key
    state.set_session_settings(**changes)
    if remember and api_key:
        save_api_key(current.data_dir, api_key)
    if save_default:
        save_preferences(current.data_dir, changes)
    widgets.flash(f"Settings applied. Engine: {widgets.engine_label(state.settings())}.")
    st.rerun()


def guidance_section(current: Settings) -> None:
    """Which folders are indexed, and re-indexing with progress."""
    st.subheader("Guidance")
    st.markdown(f"- Built-in cards: `{current.cards_dir}`")
    for folder in current.knowledge_dirs:
        note = "" if folder.is_dir() else " :material/warning: not found"
        st.markdown(f"- Your folder: `{folder}`{note}")
    st.caption(index_summary(current))
    with st.form("settings.folders_form"):
        folders = st.text_area(
            "Your own guidance folders (one per line; .md, .txt and .pdf files are read)",
            value="\n".join(str(p) for p in current.knowledge_dirs), max_chars=MAX_FOLDERS_CHARS,
            key="settings.folders",
        )
        reindex = st.form_submit_button("Save folders and re-index")
    if reindex:
        run_reindex(current, folders or "")


def index_summary(current: Settings) -> str:
    """One line about the index on disk."""
    manifest = current.index_dir / "manifest.json"
    try:
        documents = json.loads(manifest.read_text("utf-8")).get("documents", {})
    except (OSError, ValueError):
        return "No guidance index yet: it is built on first use, or with the button below."
    return f"The index holds {len(documents)} documents."


def run_reindex(current: Settings, folders_text: str) -> None:
    """Check the folders, then bring the index up to date with a progress bar."""
    if current.shared:  # nobody indexes a server folder from a shared app's UI
        st.error("This coach is shared: only whoever runs it can change the guidance folders.")
        return
    from coach.index import GuidanceIndexError
    from coach.index_process import build_index_apart

    folders = tuple(Path(line.strip()).expanduser() for line in folders_text.splitlines() if line.strip())
    missing = [str(f) for f in folders if not f.is_dir()]
    if missing:
        st.error(f"These folders do not exist: {', '.join(missing)}. Check the paths and try again.")
        return
    # The index on disk is shared by every session, so the folders it covers are saved for all.
    save_preferences(current.data_dir, {"knowledge_dirs": folders})
    state.set_session_settings(knowledge_dirs=folders)
    updated = state.settings()
    bar = st.progress(0.0, text="Starting…")

    def progress(stage: str, done: int, total: int) -> None:
        bar.progress(1.0 if total == 0 else min(done / total, 1.0), text=f"{stage}: {done}/{total}")

    try:
        report = build_index_apart(updated, progress=progress)
    except GuidanceIndexError as error:
        st.error(str(error))
        return
    state.forget_retriever()
    problems = "".join(f"\n- {p}" for p in report.problems)
    widgets.flash(
        f"Indexed {report.documents} documents ({report.passages} passages; {report.embedded} embedded now, "
        f"{report.unchanged} unchanged).{problems}"
    )
    st.rerun()


if __name__ == "__main__":
    render()
