"""Settings the user chose in the app and asked to keep (no Streamlit here, so it is unit-testable).

Preferences go to ``<data dir>/ui-settings.json``. The API key is never written there, nor to the
history: only when the user ticks "remember", it goes alone into ``<data dir>/api-key`` with
permissions 0600 (readable by the user only).
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from coach.config import ENGINE_NAMES, Settings

PREFERENCES_FILE = "ui-settings.json"
API_KEY_FILE = "api-key"
SAVED_FIELDS = ("engine", "openai_base_url", "model", "local_only", "knowledge_dirs")
SHARED_SESSION_FIELDS = ("openai_api_key",)
"""What one user may set for their own session when the app is shared: their own key, nothing else."""


def load_preferences(data_dir: Path) -> dict[str, Any]:
    """Saved preferences as ``Settings`` overrides; a missing or damaged file gives none."""
    try:
        raw = json.loads((data_dir / PREFERENCES_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(raw, dict):
        return {}
    values: dict[str, Any] = {}
    if raw.get("engine") in ENGINE_NAMES:
        values["engine"] = raw["engine"]
    for name in ("openai_base_url", "model"):
        if isinstance(raw.get(name), str) and raw[name].strip():
            values[name] = raw[name].strip()
    if isinstance(raw.get("local_only"), bool):
        values["local_only"] = raw["local_only"]
    if isinstance(raw.get("knowledge_dirs"), list):
        values["knowledge_dirs"] = tuple(Path(p) for p in raw["knowledge_dirs"] if isinstance(p, str))
    return values


def save_preferences(data_dir: Path, values: Mapping[str, Any]) -> Path:
    """Merge the savable fields of ``values`` into the saved preferences (never the API key)."""
    data: dict[str, Any] = {
        name: [str(p) for p in value] if name == "knowledge_dirs" else value
        for name, value in load_preferences(data_dir).items()
    }
    for name in SAVED_FIELDS:
        if name in values:
            value = values[name]
            data[name] = [str(p) for p in value] if name == "knowledge_dirs" else value
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / PREFERENCES_FILE
    path.write_text(json.dumps(data, indent=2), "utf-8")
    return path


def load_api_key(data_dir: Path) -> str | None:
    """The remembered API key, or None."""
    try:
        key = (data_dir / API_KEY_FILE).read_text("utf-8").strip()
    except OSError:
        return None
    return key or None


def save_api_key(data_dir: Path, key: str) -> Path:
    """Remember the API key in a file only the user can read (0600)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / API_KEY_FILE
    # Create with 0600 from the start, so the key is never readable by others even for a moment.
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(key.strip())
    os.chmod(path, 0o600)  # an older file may have had wider permissions
    return path


def forget_api_key(data_dir: Path) -> None:
    """Delete the remembered API key, if any."""
    with contextlib.suppress(FileNotFoundError):
        (data_dir / API_KEY_FILE).unlink()


def effective_settings(environment: Settings, session: Mapping[str, Any]) -> Settings:
    """The settings one browser session uses: environment, then saved preferences, then this session.

    A shared app (``COACH_AUTH=header``) uses the operator's environment only: no file written from
    the UI is read, and a session may only bring its own API key.
    """
    if environment.shared:
        own = {name: value for name, value in session.items() if name in SHARED_SESSION_FIELDS and value}
        return environment.with_overrides(**own)
    saved = load_preferences(environment.data_dir)
    key = load_api_key(environment.data_dir)
    if key and not environment.openai_api_key:
        saved["openai_api_key"] = key
    return environment.with_overrides(**{**saved, **session})


def engine_choice_problem(engine: str, base_url: str | None, api_key: str | None, local_only: bool) -> str | None:
    """Why these engine settings cannot be used, in words that say what to do; None when they can."""
    from coach.engines.llm import is_local_url

    if base_url and not base_url.startswith(("http://", "https://")):
        return f"The base URL must start with http:// or https:// (got {base_url!r}), e.g. http://127.0.0.1:11434/v1."
    if engine == "llm" and not (base_url or api_key):
        return "The LLM engine needs a base URL (a local server such as Ollama) or an API key for OpenAI."
    if local_only and engine != "offline":
        if base_url and not is_local_url(base_url):
            return (f"Local only is on, so the coach refuses {base_url}: only localhost, 127.0.0.1 or ::1 are "
                    "allowed. Use a server on this machine, or turn Local only off.")
        if not base_url and api_key:
            return ("Local only is on, so the coach will not send text to OpenAI. Set a base URL on this "
                    "machine, or turn Local only off.")
    return None
