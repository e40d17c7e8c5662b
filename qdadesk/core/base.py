"""The project's lifecycle and write discipline, shared by every group of operations.

Every write goes through ``_writing``: one transaction, whole or absent, logged for undo,
and announced to subscribers with what it changed.
"""

from __future__ import annotations

import getpass
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from qdadesk.core.changes import Changes, Operation
from qdadesk.core.errors import ProjectError, QdaError
from qdadesk.core.i18n import tr
from qdadesk.core.store import undo_log
from qdadesk.core.store.connection import create_database, open_database
from qdadesk.core.store.database import Database

Listener = Callable[[Operation, str], None]
# Operations kept for undo_last(); the window keeps its own undo stack.
_HISTORY_LIMIT = 100


def new_guid() -> str:
    """A fresh GUID for an exchangeable row (REFI-QDA form, upper case)."""
    return str(uuid.uuid4()).upper()


def now() -> str:
    """The current time as an ISO 8601 UTC timestamp, as stored in the project."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class _Pending:
    """What an operation in progress fills in: its result, and once done, the Operation."""

    def __init__(self) -> None:
        self.result: Any = None
        self.description: str = ""
        self.operation: Operation | None = None


class ProjectBase:
    """An open project file. Use ``Project.create`` or ``Project.open``; close when done."""

    def __init__(self, db: Database, path: Path) -> None:
        self.db = db
        self.path = path
        self._depth = 0
        self._listeners: list[Listener] = []
        self._user_name = _default_user_name()
        self.history: list[Operation] = []
        undo_log.install(db)

    # -- lifecycle -------------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path) -> Any:
        """Create a new, empty project file and open it."""
        path = Path(path)
        return cls(create_database(path), path)

    @classmethod
    def open(cls, path: str | Path) -> Any:
        """Open an existing project file (refused, untouched, if a newer version wrote it)."""
        path = Path(path)
        return cls(open_database(path), path)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- listening -------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        """Call ``listener(operation, event)`` after each write; event is do, undo or redo."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def _announce(self, operation: Operation, event: str) -> None:
        for listener in list(self._listeners):
            listener(operation, event)

    # -- the current user ------------------------------------------------------------------
    @property
    def user_name(self) -> str:
        """The coder whose name goes on new codings, memos and log entries."""
        return self._user_name

    @user_name.setter
    def user_name(self, name: str) -> None:
        name = name.strip()
        if not name:
            raise QdaError(tr("A user name cannot be empty"))
        self._user_name = name

    def _user_id(self, name: str | None = None) -> int:
        """The id of user ``name`` (default: the current user), created if new."""
        name = (name or self._user_name).strip()
        row = self.db.execute("SELECT id FROM users WHERE name = ?", [name]).fetchone()
        if row:
            return row[0]
        cursor = self.db.execute(
            "INSERT INTO users (guid, name, created) VALUES (?, ?, ?)", [new_guid(), name, now()]
        )
        return cursor.lastrowid

    # -- writing ---------------------------------------------------------------------------
    @contextmanager
    def _writing(self, description: str) -> Iterator[_Pending]:
        """Run the body as one undoable transaction; afterwards ``pending.operation`` is set.

        Nested calls join the outer transaction and produce no operation of their own.
        """
        pending = _Pending()
        pending.description = description
        if self._depth:
            self._depth += 1
            try:
                with self.db.atomic():
                    yield pending
            finally:
                self._depth -= 1
            return
        undo_log.clear(self.db)
        self._depth = 1
        try:
            with self._immediate_transaction():
                yield pending
        except sqlite3.Error as error:
            raise _storage_error(self.path, error) from error
        finally:
            self._depth = 0
        log = undo_log.read(self.db)
        operation = Operation(pending.description, Changes.from_log(log), pending.result, log)
        pending.operation = operation
        self.history.append(operation)
        del self.history[:-_HISTORY_LIMIT]
        self._announce(operation, "do")

    @contextmanager
    def _immediate_transaction(self) -> Iterator[None]:
        """An outermost transaction that takes the write lock at BEGIN.

        A deferred BEGIN reads first and asks for the write lock later; when a second
        program (another ``qdadesk-cli``, the window) writes at the same moment, SQLite
        then fails one of them at once with "database is locked" instead of letting it
        wait. Taking the lock up front makes the second writer wait its turn.
        """
        conn = self.db.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if conn.in_transaction:  # an error may already have ended the transaction
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    @contextmanager
    def _unlogged(self) -> Iterator[None]:
        """Write without recording undo, for filling a project nobody has seen yet (a REFI-QDA
        import into a new file): logging millions of inverse rows there buys nothing. The
        operation made inside is still one transaction; its undo does nothing."""
        undo_log.uninstall(self.db)
        try:
            yield
        finally:
            undo_log.install(self.db)

    def undo(self, operation: Operation) -> Changes:
        """Revert ``operation`` (the newest not yet undone); returns what changed."""
        if operation.undone:
            raise QdaError(tr("That change is already undone"))
        operation.redo_log = self._replay(operation.undo_log)
        operation.undone = True
        self._announce(operation, "undo")
        return operation.changes

    def redo(self, operation: Operation) -> Changes:
        """Apply an undone ``operation`` again; returns what changed."""
        if not operation.undone:
            raise QdaError(tr("That change is not undone"))
        operation.undo_log = self._replay(operation.redo_log)
        operation.undone = False
        self._announce(operation, "redo")
        return operation.changes

    def undo_last(self) -> Operation | None:
        """Undo the newest operation of this session that is not undone yet."""
        for operation in reversed(self.history):
            if not operation.undone:
                self.undo(operation)
                return operation
        return None

    def _replay(self, log: list[undo_log.LoggedChange]) -> list[undo_log.LoggedChange]:
        undo_log.clear(self.db)
        try:
            with self._immediate_transaction():
                undo_log.replay_backwards(self.db, log)
        except sqlite3.Error as error:
            raise _storage_error(self.path, error) from error
        return undo_log.read(self.db)

    # -- settings kept in the project ------------------------------------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str | None) -> Operation:
        """Store a project setting (``None`` removes it)."""
        with self._writing(tr("Change setting {key}").format(key=key)) as w:
            if value is None:
                self.db.execute("DELETE FROM settings WHERE key = ?", [key])
            else:
                self.db.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    [key, value],
                )
        return w.operation  # type: ignore[return-value]


def _default_user_name() -> str:
    try:
        return getpass.getuser() or "user"
    except Exception:  # getuser raises when no login name is known (some sandboxes)
        return "user"


def _storage_error(path: Path, error: sqlite3.Error) -> QdaError:
    message = str(error)
    if "locked" in message or "busy" in message:
        text = tr(
            "{path}: the project is busy (another program is writing to it); "
            "the change was not saved, try again"
        ).format(path=path)
    elif "full" in message:
        text = tr("{path}: the disk is full; the change was not saved").format(path=path)
    elif "readonly" in message or "read-only" in message:
        text = tr("{path}: the project file is read-only; the change was not saved").format(
            path=path
        )
    elif isinstance(error, sqlite3.IntegrityError):
        text = tr("The change conflicts with the project's data ({error})").format(error=message)
    else:
        text = tr("{path}: the change was not saved ({error})").format(path=path, error=message)
    return ProjectError(text)
