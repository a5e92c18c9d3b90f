"""One documented place that reads configuration from the environment.

Every tunable the coach has lives on :class:`Settings`. Nothing else in the package reads
``os.environ`` for configuration, so tests and the UI can build a ``Settings`` explicitly.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal, get_args

import platformdirs

EngineName = Literal["auto", "llm", "local", "offline"]
ENGINE_NAMES: tuple[str, ...] = get_args(EngineName)
AuthMode = Literal["none", "header"]
AUTH_MODES: tuple[str, ...] = get_args(AuthMode)

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
BUILTIN_CARDS_DIR = PROJECT_DIR / "knowledge"
PROMPTS_DIR = PROJECT_DIR / "prompts"


class SettingsError(ValueError):
    """Raised when an environment variable holds a value the coach cannot use."""


def _default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("mentor-coach", appauthor=False))


@dataclass(frozen=True, kw_only=True)
class Settings:
    """Configuration for the coach. Each field names the environment variable it is read from."""

    data_dir: Path = field(default_factory=_default_data_dir)
    """``COACH_DATA_DIR``: where the index and the history database live."""

    cards_dir: Path = BUILTIN_CARDS_DIR
    """``COACH_CARDS_DIR``: the guidance cards shipped with the coach (Markdown with front matter)."""

    knowledge_dirs: tuple[Path, ...] = ()
    """``COACH_KNOWLEDGE_DIRS``: extra folders of .md/.txt/.pdf guidance, separated by ``os.pathsep``."""

    engine: EngineName = "auto"
    """``COACH_ENGINE``: ``auto`` uses the LLM when a base URL or API key is set, else ``local`` when
    ``COACH_LOCAL_MODEL`` is set, else ``offline``."""

    openai_base_url: str | None = None
    """``OPENAI_BASE_URL``: any OpenAI-compatible server (OpenAI, Ollama, vLLM, LM Studio, llama.cpp)."""

    openai_api_key: str | None = field(default=None, repr=False)
    """``OPENAI_API_KEY``: optional for a local server."""

    model: str = "gpt-4o-mini"
    """``COACH_MODEL``: the chat model name sent to the server."""

    temperature: float = 0.4
    """``COACH_TEMPERATURE``: sampling temperature for the LLM engine."""

    max_output_tokens: int = 800
    """``COACH_MAX_TOKENS``: upper bound on tokens the model may write per reply."""

    request_timeout: float = 30.0
    """``COACH_TIMEOUT``: seconds before one HTTP request to the model server is abandoned."""

    max_retries: int = 2
    """``COACH_MAX_RETRIES``: retries of a failed request (done by the openai client only)."""

    prompt_token_budget: int = 3000
    """``COACH_PROMPT_BUDGET``: cl100k tokens the assembled prompt may use (system, guidance, fields, history)."""

    passage_tokens: int = 320
    """``COACH_PASSAGE_TOKENS``: the largest passage the indexer keeps before splitting a section."""

    local_only: bool = False
    """``COACH_LOCAL_ONLY``: refuse any LLM base URL that is not on this machine."""

    local_model: str | None = None
    """``COACH_LOCAL_MODEL``: a .gguf file, or the name of a model fetched with ``make models`` (engine ``local``)."""

    local_threads: int = 1
    """``COACH_LOCAL_THREADS``: CPU threads for the local model; 1 is fastest on a shared 2-core machine."""

    local_context: int = 4096
    """``COACH_LOCAL_CONTEXT``: context window (tokens) the local model server reserves."""

    deadline: float = 60.0
    """``COACH_DEADLINE``: seconds from sending a request to its first token, retries included, before falling back."""

    stall: float = 20.0
    """``COACH_STALL``: seconds without a chunk, once a reply streams, before the stream counts as broken."""
    auth: AuthMode = "none"
    """``COACH_AUTH``: ``none`` (one local user) or ``header`` (shared: the user is named by a trusted proxy)."""

    auth_header: str = "X-Forwarded-Email"
    """``COACH_AUTH_HEADER``: the request header the proxy sets to the signed-in user (``header`` mode)."""

    database_url: str | None = field(default=None, repr=False)  # may hold a password
    """``COACH_DATABASE_URL``: ``postgresql://…`` keeps history in PostgreSQL; unset, SQLite in the data dir."""

    chroma_url: str | None = None
    """``COACH_CHROMA_URL``: ``http://host:port`` of a Chroma server holding the guidance index."""

    max_file_mb: int = 5
    """``COACH_MAX_FILE_MB``: guidance files larger than this are skipped (and named) by the indexer."""

    @property
    def index_dir(self) -> Path:
        """Folder holding the Chroma collection, the BM25 index and the manifest."""
        return self.data_dir / "index"

    @property
    def history_db(self) -> Path:
        """SQLite file for saved conversations, drafts and rehearsals."""
        return self.data_dir / "history.sqlite3"

    @property
    def shared(self) -> bool:
        """Whether several people use this app (operator settings only; data scoped per user)."""
        return self.auth != "none"

    @property
    def history_target(self) -> Path | str:
        """The PostgreSQL URL when set, else the SQLite file."""
        return self.database_url or self.history_db

    @property
    def guidance_dirs(self) -> tuple[Path, ...]:
        """Every folder the indexer reads, cards first."""
        return (self.cards_dir, *self.knowledge_dirs)

    @property
    def models_dir(self) -> Path:
        """Folder holding local models fetched by ``make models`` (``coach models --fetch``)."""
        return self.data_dir / "models"

    @property
    def resolved_engine(self) -> Literal["llm", "local", "offline"]:
        """The engine ``auto`` stands for with the current settings (a configured server wins over a local model)."""
        if self.engine == "auto":
            if self.openai_base_url or self.openai_api_key:
                return "llm"
            return "local" if self.local_model else "offline"
        return self.engine

    def with_overrides(self, **changes: Any) -> Settings:
        """A copy with some fields replaced (used by the CLI flags and the UI settings page)."""
        return replace(self, **changes)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Build settings from environment variables, then apply explicit overrides."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for name, (variable, parse) in _ENV_READERS.items():
            raw = env.get(variable, "").strip()
            if raw:
                values[name] = _parse(variable, raw, parse)
        values.update(overrides)
        return cls(**values)


def _parse(variable: str, raw: str, parse: Any) -> Any:
    try:
        return parse(raw)
    except ValueError as error:
        raise SettingsError(f"{variable}={_preview(raw)} is not valid: {error}") from None


def _preview(raw: str, limit: int = 40) -> str:
    # A long or hostile value is cut short: the message names the variable, which is what helps.
    return repr(raw if len(raw) <= limit else raw[:limit] + "…")


def _engine(raw: str) -> EngineName:
    if raw not in ENGINE_NAMES:
        raise ValueError(f"choose one of {', '.join(ENGINE_NAMES)}")
    return raw  # type: ignore[return-value]


def _auth(raw: str) -> AuthMode:
    if raw not in AUTH_MODES:
        raise ValueError(f"choose one of {', '.join(AUTH_MODES)}")
    return raw  # type: ignore[return-value]


def _url(*schemes: str) -> Any:
    def parse(raw: str) -> str:
        if not raw.startswith(tuple(f"{scheme}://" for scheme in schemes)):
            raise ValueError(f"it must start with {' or '.join(f'{scheme}://' for scheme in schemes)}")
        return raw

    return parse


def _header_name(raw: str) -> str:
    if not raw.replace("-", "").replace("_", "").isalnum() or not raw.isascii():
        raise ValueError("a header name is letters, digits and hyphens, e.g. X-Forwarded-Email")
    return raw


def _paths(raw: str) -> tuple[Path, ...]:
    return tuple(Path(part).expanduser() for part in raw.split(os.pathsep) if part.strip())


def _flag(raw: str) -> bool:
    lowered = raw.lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ValueError("use 1/0, true/false, yes/no or on/off")


def _positive_int(raw: str) -> int:
    value = int(raw)
    if value <= 0:
        raise ValueError("must be a positive whole number")
    return value


def _positive_float(raw: str) -> float:
    value = float(raw)
    if not value > 0:
        raise ValueError("must be a positive number of seconds")
    return value


_ENV_READERS: dict[str, tuple[str, Any]] = {
    "data_dir": ("COACH_DATA_DIR", lambda raw: Path(raw).expanduser()),
    "cards_dir": ("COACH_CARDS_DIR", lambda raw: Path(raw).expanduser()),
    "knowledge_dirs": ("COACH_KNOWLEDGE_DIRS", _paths),
    "engine": ("COACH_ENGINE", _engine),
    "openai_base_url": ("OPENAI_BASE_URL", str),
    "openai_api_key": ("OPENAI_API_KEY", str),
    "model": ("COACH_MODEL", str),
    "temperature": ("COACH_TEMPERATURE", float),
    "max_output_tokens": ("COACH_MAX_TOKENS", _positive_int),
    "request_timeout": ("COACH_TIMEOUT", float),
    "max_retries": ("COACH_MAX_RETRIES", int),
    "prompt_token_budget": ("COACH_PROMPT_BUDGET", _positive_int),
    "passage_tokens": ("COACH_PASSAGE_TOKENS", _positive_int),
    "local_only": ("COACH_LOCAL_ONLY", _flag),
    "local_model": ("COACH_LOCAL_MODEL", str),
    "local_threads": ("COACH_LOCAL_THREADS", _positive_int),
    "local_context": ("COACH_LOCAL_CONTEXT", _positive_int),
    "deadline": ("COACH_DEADLINE", _positive_float),
    "stall": ("COACH_STALL", _positive_float),
    "auth": ("COACH_AUTH", _auth),
    "auth_header": ("COACH_AUTH_HEADER", _header_name),
    "database_url": ("COACH_DATABASE_URL", _url("postgresql", "postgres")),
    "chroma_url": ("COACH_CHROMA_URL", _url("http", "https")),
    "max_file_mb": ("COACH_MAX_FILE_MB", _positive_int),
}

assert set(_ENV_READERS) == {f.name for f in fields(Settings)}, "every Settings field must be readable from env"
