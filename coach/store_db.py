"""The two database engines the history can live in: SQLite (the default) and PostgreSQL.

``store.py`` writes its SQL once, in SQLite's style (``?`` and ``:name`` parameters). A
:class:`Database` opens transactions, translates that SQL for PostgreSQL, applies the schema
migrations in order, and turns engine failures (disk full, a damaged file, a server that is down)
into a :class:`HistoryError` that says what happened and what to do.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

from coach.lazy_patterns import lazy_regex
from coach.store_schema import FULL_TEXT_TABLES, MIGRATIONS

SQLITE_TIMEOUT_S = 15
PG_CONNECT_TIMEOUT_S = 10
_MIGRATION_LOCK = 7_412_011
"""PostgreSQL advisory lock id: two app processes starting together migrate one after the other."""
_NAMED = lazy_regex(r"(?<![:\w]):([a-z_]+)")
IDLE_CONNECTIONS = 8
"""Open connections a database keeps for reuse: one per concurrently active session is plenty."""


class HistoryError(RuntimeError):
    """The history database cannot be used; the message says what to do."""


class Cursor(Protocol):
    """What the store needs from a statement's result."""

    rowcount: int

    def fetchone(self) -> Any:
        """The next row, or None."""

    def fetchall(self) -> list[Any]:
        """All remaining rows."""


class Connection(Protocol):
    """One transaction on either engine."""

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Cursor:
        """Run one statement (SQLite-style parameters)."""


def _contains(haystack: str | None, needle: str) -> int:
    # Registered as an SQL function: LIKE only folds ASCII case, and users search in any language.
    return int(haystack is not None and needle in haystack.casefold())


class IdleConnections:
    """Connections kept open between transactions, so a rerun does not pay for a connect and its set-up.

    Any thread may take one; a connection is used by one transaction at a time and comes back after
    it, or is closed when the transaction failed (it may be broken). A forked process never reuses its
    parent's connections.
    """

    def __init__(self, limit: int = IDLE_CONNECTIONS) -> None:
        self.limit = limit
        self._idle: list[Any] = []
        self._lock = threading.Lock()
        self._pid = os.getpid()

    def take(self) -> Any | None:
        """An idle connection, or None when a new one must be opened."""
        with self._lock:
            if self._pid != os.getpid():
                self._idle, self._pid = [], os.getpid()
            return self._idle.pop() if self._idle else None

    def give_back(self, connection: Any) -> None:
        """Keep ``connection`` for the next transaction (or close it when enough are kept)."""
        with self._lock:
            if self._pid == os.getpid() and len(self._idle) < self.limit:
                self._idle.append(connection)
                return
        connection.close()

    def close_all(self) -> None:
        """Close every idle connection (before the file is rewritten or the database is dropped)."""
        with self._lock:
            idle, self._idle = self._idle, []
        for connection in idle:
            connection.close()


class Database:
    """Base: opens transactions and keeps the schema current."""

    dialect = "sqlite"
    location = ""

    def transaction(self, *, write: bool = False) -> Any:
        """A context manager yielding a :class:`Connection`: commit on success, roll back on error."""
        raise NotImplementedError

    def compact(self) -> None:
        """Reclaim the space of deleted rows, so deleted text is gone from the files (where possible)."""

    def forget_deleted_text(self) -> None:
        """Drop what the search index still keeps of deleted rows (SQLite's FTS5 keeps it until a merge)."""

    def backup(self, destination: Path) -> None:
        """A consistent copy of the database in ``destination``."""
        raise HistoryError(f"Back up the {self.dialect} database with its own tools (pg_dump).")


class SQLiteDatabase(Database):
    """One SQLite file in WAL mode with ``synchronous=FULL``; transactions reuse kept connections."""

    dialect = "sqlite"

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.location = str(self.path)
        self._idle = IdleConnections()
        try:
            if self.path.parent.exists() and not self.path.parent.is_dir():
                raise NotADirectoryError(f"{self.path.parent} is a file")
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with closing(sqlite3.connect(self.path, timeout=SQLITE_TIMEOUT_S, isolation_level=None)) as connection:
                mode = connection.execute("PRAGMA journal_mode=WAL").fetchone()[0]
                _migrate_sqlite(connection)
        except (OSError, sqlite3.Error) as error:
            raise HistoryError(
                f"Cannot open the history database at {self.path} ({_describe(error)}). "
                "Check that the data folder is a writable folder, or set COACH_DATA_DIR to another folder."
            ) from error
        if str(mode).lower() != "wal":
            raise HistoryError(f"The history database at {self.path} cannot use WAL mode (got {mode}).")

    def _open(self) -> sqlite3.Connection:
        # check_same_thread=False: Streamlit runs each rerun on a new thread; the pool hands a
        # connection to one transaction at a time.
        connection = sqlite3.connect(self.path, timeout=SQLITE_TIMEOUT_S, isolation_level=None,
                                     check_same_thread=False)
        connection.row_factory = sqlite3.Row
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute("PRAGMA foreign_keys=ON")
        # Overwrite deleted rows with zeros: "delete" should mean the text is gone from the file.
        connection.execute("PRAGMA secure_delete=ON")
        connection.create_function("coach_contains", 2, _contains, deterministic=True)
        return connection

    @contextmanager
    def transaction(self, *, write: bool = False) -> Iterator[Connection]:
        """A transaction; ``write`` takes the write lock first, so read-then-write steps cannot race."""
        try:
            connection = self._idle.take() or self._open()
        except sqlite3.Error as error:
            raise _sqlite_problem(self.path, error) from error
        reusable = False
        try:
            connection.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                yield connection  # type: ignore[misc]
            except BaseException:
                connection.rollback()
                reusable = True  # the caller's error, not the connection's: it rolled back cleanly
                raise
            connection.commit()
            reusable = True
        except sqlite3.IntegrityError:
            raise
        except (sqlite3.OperationalError, sqlite3.DatabaseError) as error:
            reusable = False
            raise _sqlite_problem(self.path, error) from error
        finally:
            if reusable:
                self._idle.give_back(connection)
            else:
                connection.close()

    def forget_deleted_text(self) -> None:
        """Rewrite the full-text indexes without deleted rows; with secure_delete the freed pages are zeroed.

        FTS5 marks a deleted row's entries as deleted and drops them only when its segments merge, so
        a deleted message's words would otherwise stay readable in the file. Costs about 100 ms with
        10,000 saved items; it runs after a user deletes something, not on every write.
        """
        with self.transaction(write=True) as connection:
            for index in FULL_TEXT_TABLES:
                connection.execute(f"INSERT INTO {index}({index}) VALUES ('optimize')")

    def compact(self) -> None:
        """Merge the full-text indexes, checkpoint the WAL and VACUUM, so deleted text leaves the files."""
        self.forget_deleted_text()
        self._idle.close_all()  # VACUUM and the checkpoint run on a connection of their own
        try:
            with closing(sqlite3.connect(self.path, timeout=SQLITE_TIMEOUT_S)) as connection:
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                connection.execute("VACUUM")
        except sqlite3.Error as error:
            raise _sqlite_problem(self.path, error) from error

    def backup(self, destination: Path) -> None:
        """``VACUUM INTO`` a new file (never a raw file copy)."""
        with closing(sqlite3.connect(self.path, timeout=SQLITE_TIMEOUT_S)) as connection:
            connection.execute("VACUUM INTO ?", (str(destination),))


def _migrate_sqlite(connection: sqlite3.Connection) -> None:
    connection.execute("BEGIN IMMEDIATE")
    try:
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        for number, statements in MIGRATIONS:
            if number > version:
                for statement in statements("sqlite"):
                    connection.execute(statement)
                connection.execute(f"PRAGMA user_version={int(number)}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def _describe(error: BaseException) -> str:
    text = str(error).strip()
    return f"{type(error).__name__}: {text[:120]}" if text else type(error).__name__


def _sqlite_problem(path: Path, error: sqlite3.Error) -> HistoryError:
    text = str(error).lower()
    if "full" in text:
        return HistoryError(
            f"The history could not be saved: the disk holding {path.parent} is full. "
            "Free some space, then try again."
        )
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return HistoryError(
            f"The history database at {path} is damaged. Move that file aside (or restore a backup) and "
            "restart the app; a new, empty history is created."
        )
    if "readonly" in text or "read-only" in text or "permission" in text:
        return HistoryError(f"The history database at {path} is read-only. Make the data folder writable.")
    if "locked" in text or "busy" in text:
        return HistoryError("The history database is busy with another process. Try again in a moment.")
    return HistoryError(f"The history database at {path} cannot be used ({_describe(error)}).")


class _Row(tuple):  # type: ignore[type-arg]
    """A PostgreSQL row readable by position and by column name, like ``sqlite3.Row``."""

    names: dict[str, int]

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return super().__getitem__(self.names[key])
        return super().__getitem__(key)


def _row_factory(cursor: Any) -> Any:
    names = {column.name: i for i, column in enumerate(cursor.description or ())}

    def make(values: Sequence[Any]) -> _Row:
        row = _Row(values)
        row.names = names
        return row

    return make


def to_postgres(sql: str) -> str:
    """SQLite-style parameters (``?``, ``:name``) as psycopg's (``%s``, ``%(name)s``)."""
    sql = sql.replace("%", "%%").replace("?", "%s")
    return _NAMED.sub(r"%(\1)s", sql)


class _PostgresConnection:
    def __init__(self, connection: Any) -> None:
        self._connection = connection

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Cursor:
        return self._connection.execute(to_postgres(sql), params)  # type: ignore[no-any-return]


class PostgresDatabase(Database):
    """A PostgreSQL database named by a ``postgresql://`` URL (psycopg 3); same schema and migrations."""

    dialect = "postgresql"

    def __init__(self, url: str) -> None:
        self.url = url
        self.location = redact_url(url)
        try:
            import psycopg
        except ImportError as error:
            raise HistoryError("COACH_DATABASE_URL needs psycopg: pip install 'psycopg[binary]'.") from error
        self._psycopg = psycopg
        self._idle = IdleConnections()
        with self.transaction(write=True) as connection:
            connection.execute("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK,))
            connection.execute("CREATE TABLE IF NOT EXISTS coach_schema (version INTEGER NOT NULL)")
            row = connection.execute("SELECT MAX(version) FROM coach_schema").fetchone()
            version = int(row[0] or 0)
            for number, statements in MIGRATIONS:
                if number > version:
                    for statement in statements("postgresql"):
                        connection.execute(statement)
                    connection.execute("INSERT INTO coach_schema (version) VALUES (?)", (number,))

    @contextmanager
    def transaction(self, *, write: bool = False) -> Iterator[Connection]:
        """A transaction on a kept connection (the caller locks rows it must serialise on)."""
        psycopg = self._psycopg
        try:
            raw = self._take()
            reusable = False
            try:
                try:
                    yield _PostgresConnection(raw)
                except BaseException:
                    raw.rollback()
                    reusable = True  # the caller's error; the connection rolled back cleanly
                    raise
                raw.commit()
                reusable = True
            finally:
                if reusable and not raw.broken:
                    self._idle.give_back(raw)
                else:
                    raw.close()
        except psycopg.IntegrityError:
            raise
        except psycopg.Error as error:
            raise HistoryError(
                f"The history database at {self.location} cannot be used ({type(error).__name__}). "
                "Check that PostgreSQL is running and COACH_DATABASE_URL is right, then try again."
            ) from error

    def _take(self) -> Any:
        kept = self._idle.take()
        while kept is not None and (kept.closed or kept.broken):
            kept = self._idle.take()
        if kept is not None:
            return kept
        return self._psycopg.connect(self.url, connect_timeout=PG_CONNECT_TIMEOUT_S, row_factory=_row_factory)


def redact_url(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "the configured database"
    user = f"{parts.username}@" if parts.username else ""
    return f"{parts.scheme}://{user}{host}{port}{parts.path}"


def open_database(target: Path | str) -> Database:
    """SQLite for a path, PostgreSQL for a ``postgresql://`` (or ``postgres://``) URL."""
    if isinstance(target, str) and target.startswith(("postgresql://", "postgres://")):
        return PostgresDatabase(target)
    return SQLiteDatabase(Path(target))
