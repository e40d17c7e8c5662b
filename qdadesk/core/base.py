"""The project's lifecycle and write discipline, shared by every group of operations.

Every write goes through ``transaction``: one transaction, whole or absent, logged for undo,
and announced to subscribers with what it changed.

Another program (``qdadesk-cli``, a second window) may write the same file at any moment.
Undo replays row-level SQL, so it is only safe over the file exactly as this project left
it: every transaction first looks whether someone else has written since (``PRAGMA
data_version``); if so the undo history is dropped (a new ``epoch`` begins) and undo or redo
of anything older refuses with a ``QdaError``, writing nothing.
"""

from __future__ import annotations

import contextlib
import getpass
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from qdadesk.core.changes import Changes, Operation
from qdadesk.core.errors import ProjectError, QdaError, ReadOnlyProjectError, project_busy
from qdadesk.core.i18n import tr
from qdadesk.core.store import audit, file_bytes, journal, other_writers, undo_log
from qdadesk.core.store.connection import create_database
from qdadesk.core.store.database import Database, inserted_id
from qdadesk.core.store.opening import open_checked

Listener = Callable[[Operation, str], None]
# Operations kept for undo_last(); the window keeps its own undo stack (as long).
HISTORY_LIMIT = 100
_HISTORY_LIMIT = HISTORY_LIMIT


def new_guid() -> str:
    """A fresh GUID for an exchangeable row (REFI-QDA form, upper case)."""
    return str(uuid.uuid4()).upper()


def now() -> str:
    """The current time as an ISO 8601 UTC timestamp, as stored in the project."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class Transaction:
    """What an operation in progress fills in: its ``result`` and ``description``; once the
    ``with`` block has ended, ``operation`` is the finished ``Operation``."""

    def __init__(self, description: str) -> None:
        self.result: Any = None
        self.description = description
        self._operation: Operation | None = None

    @property
    def operation(self) -> Operation:
        """The finished operation (only after the ``with`` block)."""
        if self._operation is None:
            raise RuntimeError("The operation is not finished: read it after the with block")
        return self._operation


class ProjectBase:
    """An open project file. Use ``Project.create`` or ``Project.open``; close when done."""

    def __init__(self, db: Database, path: Path) -> None:
        self.db = db
        self.path = path
        # A descriptor of the file kept open while the project is: reading the header must
        # never close one while a connection of this program holds a lock (see file_bytes).
        self._file_hold = file_bytes.hold(path)
        self._depth = 0
        self._listeners: list[Listener] = []
        self._user_name = _default_user_name()
        self.history: list[Operation] = []
        # True when opening rolled back a journal that an interrupted write left behind.
        self.journal_recovered = False
        # Read-only: open in another window, or damaged (``damage`` lists what the check found).
        self.read_only = False
        self.damage: list[str] = []
        self._trash_owner = other_writers.new_trash_owner()
        undo_log.install(db, self._trash_owner)
        # The undo history in force; bumped whenever another program's write is noticed.
        self._epoch = 0
        self._trash_floor = 0
        self._data_version, self._file_counter = other_writers.look(db.conn, path)
        # Audit entries written in this session, and the day of the last coding-count
        # snapshot seen (see qdadesk.core.ops.audit).
        self._audited = 0
        self._counts_day = ""

    # -- lifecycle -------------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path) -> Self:
        """Create a new, empty project file and open it."""
        path = Path(path)
        return cls(create_database(path), path)

    @classmethod
    def open(cls, path: str | Path, read_only: bool = False) -> Self:
        """Open an existing project file (refused, untouched, if a newer version wrote it).

        A damaged file (see ``damage``) or ``read_only=True`` gives a project that refuses
        every write with ``ReadOnlyProjectError``; nothing, not even a migration, writes."""
        path = Path(path)
        # Held from before the first look at the file until the project holds its own.
        hold = file_bytes.hold(path)
        try:
            counters = journal.change_counters(path) if journal.has_journal(path) else None
            db, damage = open_checked(path, read_only)
            project = cls(db, path)
        finally:
            file_bytes.release(hold)
        project.read_only = read_only or bool(damage)
        project.damage = damage
        # A leftover journal from a crash has been rolled back by the read-write open (not
        # merely committed by another program that was writing at that moment).
        project.journal_recovered = counters is not None and journal.rolled_back(path, counters)
        if not project.read_only:
            project._empty_abandoned_trash()
        return project

    def close(self) -> None:
        # The history goes with the project: so do the big values its undo kept.
        with contextlib.suppress(sqlite3.Error):
            self._empty_own_trash(everything=True)
        self.db.close()
        file_bytes.release(self._file_hold)
        self._file_hold = None

    def __enter__(self) -> Self:
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

    def user_id(self, name: str | None = None) -> int:
        """The id of user ``name`` (default: the current user), created if new."""
        name = (name or self._user_name).strip()
        row = self.db.execute("SELECT id FROM users WHERE name = ?", [name]).fetchone()
        if row:
            return int(row[0])
        cursor = self.db.execute(
            "INSERT INTO users (guid, name, created) VALUES (?, ?, ?)", [new_guid(), name, now()]
        )
        return inserted_id(cursor)

    # -- writing ---------------------------------------------------------------------------
    @contextmanager
    def transaction(self, description: str) -> Iterator[Transaction]:
        """Run the body as one undoable write, whole or absent, named ``description``.

        The public way for code outside ``qdadesk.core.ops`` (an importer, autocoding) to
        write: run statements on ``project.db`` or call operations inside the block, set
        ``pending.result``; after the block ``pending.operation`` is the ``Operation`` that
        undo, redo and the window's panes use, and subscribers have heard of it::

            with project.transaction("Import variables") as pending:
                project.set_variable(document_id, "Age", 42)
                pending.result = 1
            return pending.operation

        Refused with ``ReadOnlyProjectError`` on a read-only project; a ``QdaError`` (busy,
        disk full) when SQLite fails, with nothing written. Nested calls (an operation
        called inside the block) join the outer transaction: their operation carries their
        result but no changes or undo of its own; the outer operation has them all.
        """
        pending = Transaction(description)
        if self._depth:
            self._depth += 1
            try:
                with self.db.atomic():
                    yield pending
            finally:
                self._depth -= 1
            pending._operation = Operation(pending.description, Changes(), pending.result)
            return
        self._refuse_if_read_only()
        undo_log.clear(self.db)
        self._depth = 1
        try:
            with self._immediate_transaction():
                # Under the write lock: whatever another program wrote is in the file now.
                if self._notice(other_writers.data_version(self.db.conn)):
                    self._empty_own_trash()  # the old history's; this operation's come later
                counter_before = other_writers.file_change_counter(self.path)
                audited_before = self._audited
                audit.snapshot_counts_once_a_day(self)
                yield pending
        except sqlite3.Error as error:
            raise _storage_error(self.path, error) from error
        finally:
            self._depth = 0
        log = undo_log.read(self.db)
        operation = Operation(pending.description, Changes.from_log(log), pending.result, log)
        operation.epoch = self._epoch
        operation.audited = self._audited != audited_before
        operation.file_counter_before = counter_before
        operation.file_counter_after = self._look_after_commit()
        pending._operation = operation
        if operation.epoch == self._epoch:
            self.history.append(operation)
            del self.history[:-_HISTORY_LIMIT]
        self._announce(operation, "do")

    # The name the operations in ``qdadesk.core.ops`` use.
    _writing = transaction

    def _refuse_if_read_only(self) -> None:
        if not self.read_only:
            return
        if self.damage:
            raise ReadOnlyProjectError(
                tr(
                    "{path}: the project file is damaged, so nothing is written to it; "
                    "recover it into a new project (qdadesk-cli recover) or restore a backup"
                ).format(path=self.path)
            )
        raise ReadOnlyProjectError(
            tr("{path}: the project is open read-only; the change was not saved").format(
                path=self.path
            )
        )

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
    def unlogged(self) -> Iterator[None]:
        """Write without recording undo, for filling a project nobody has seen yet (a REFI-QDA
        import into a new file): logging millions of inverse rows there buys nothing. The
        operation made inside is still one transaction; its undo does nothing."""
        undo_log.uninstall(self.db)
        try:
            yield
        finally:
            undo_log.install(self.db, self._trash_owner)

    def undo(self, operation: Operation) -> Changes:
        """Revert ``operation`` (the newest not yet undone); returns what changed.

        Refused with a ``QdaError``, the file unchanged, when another program has written
        to the project since the operation (undo would erase or clash with its work)."""
        if operation.undone:
            raise QdaError(tr("That change is already undone"))
        operation.redo_log = self._replay(operation, operation.undo_log, "undo")
        operation.undone = True
        self._announce(operation, "undo")
        return operation.changes

    def redo(self, operation: Operation) -> Changes:
        """Apply an undone ``operation`` again; returns what changed."""
        if not operation.undone:
            raise QdaError(tr("That change is not undone"))
        operation.undo_log = self._replay(operation, operation.redo_log, "redo")
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

    def _replay(
        self, operation: Operation, log: list[undo_log.LoggedChange], event: str = "undo"
    ) -> list[undo_log.LoggedChange]:
        self._refuse_if_read_only()
        undo_log.clear(self.db)
        try:
            with self._immediate_transaction():
                noticed = self._notice(other_writers.data_version(self.db.conn))
                if noticed or operation.epoch != self._epoch:
                    raise _written_elsewhere_error()  # rolls back: nothing was written
                undo_log.replay_backwards(self.db, log)
                if operation.audited:  # the trail keeps the entry and says it was undone
                    audit.record_replay(self, operation.description, event)
        except sqlite3.Error as error:
            raise _storage_error(self.path, error) from error
        except QdaError:
            with contextlib.suppress(sqlite3.Error):
                self._empty_own_trash()
            raise
        redo = undo_log.read(self.db)
        self._look_after_commit()
        return redo

    # -- other writers ---------------------------------------------------------------------
    @property
    def history_epoch(self) -> int:
        """Changes whenever the undo history is dropped (another program wrote, or
        ``clear_history``): operations made before can no longer be undone or redone."""
        return self._epoch

    def changed_elsewhere(self) -> bool:
        """True when another program (or another connection) has written to the project
        since this one last looked; the undo history is then dropped. A window calls it
        before it trusts what it shows or what its undo stack holds."""
        try:
            if self.db.conn.in_transaction:
                return False
            version, counter = other_writers.look(self.db.conn, self.path, wait_ms=500)
        except sqlite3.Error:
            return False  # another program is committing: the next look (or write) will see
        noticed = self._notice(version)
        self._file_counter = counter
        if noticed:
            with contextlib.suppress(sqlite3.Error):
                self._empty_own_trash()
        return noticed

    def adopt(self, operation: Operation) -> bool:
        """Take over ``operation``, made by another connection of this program (a
        background import), so it can be undone here. True when nothing else was written
        around it; otherwise the history is dropped (see ``changed_elsewhere``) and the
        operation is kept only if nothing came after it."""
        version, counter = other_writers.look(self.db.conn, self.path)
        after = operation.file_counter_after
        if version == self._data_version:
            # Its write was already noticed (as another program's) by an earlier look: it
            # stays undoable only if nothing at all was written since.
            clean = False
        else:
            clean = (
                operation.file_counter_before is not None
                and operation.file_counter_before == self._file_counter
                and after == counter
            )
            self._data_version = version
            if not clean:
                self._forget_history()
        self._file_counter = counter
        if after is not None and after == counter:
            operation.epoch = self._epoch
            self.history.append(operation)
            del self.history[:-_HISTORY_LIMIT]
        else:
            operation.epoch = -1
        return clean

    def clear_history(self) -> None:
        """Forget every operation (they can no longer be undone) and the big values their
        undo kept in the file."""
        self._forget_history()
        with contextlib.suppress(sqlite3.Error):
            self._empty_own_trash()

    def _notice(self, version: int) -> bool:
        """Record ``data_version``; True (history dropped) when another writer changed it."""
        if version == self._data_version:
            return False
        self._data_version = version
        self._forget_history()
        return True

    def _forget_history(self) -> None:
        self._epoch += 1
        self.history.clear()
        # Trash rows up to here belong to operations that can no longer be undone.
        self._trash_floor = undo_log.newest_trash_id(self.db, self._trash_owner)

    def _look_after_commit(self) -> int | None:
        """The file's change counter right after this project's own commit, or None when
        another program wrote in between (the history is then dropped)."""
        try:
            version, counter = other_writers.look(self.db.conn, self.path)
        except sqlite3.Error:
            return None
        self._file_counter = counter
        if self._notice(version):
            return None
        return counter

    def _empty_own_trash(self, everything: bool = False) -> None:
        """Remove this project's trash rows: all of them (closing), or those of the dropped
        histories. Its own transaction unless one is open; writes nothing when none exist."""
        up_to = None if everything else self._trash_floor
        if up_to == 0:
            return
        if self.db.conn.in_transaction:
            undo_log.empty_trash(self.db, self._trash_owner, up_to)
            return
        if not self.db.execute(
            "SELECT 1 FROM undo_trash WHERE owner = ? AND id <= ? LIMIT 1",
            [self._trash_owner, up_to if up_to is not None else 1 << 62],
        ).fetchone():
            return
        with self._immediate_transaction():
            undo_log.empty_trash(self.db, self._trash_owner, up_to)
        # Our own write: note the new counter, and whether someone wrote just before it.
        self._look_after_commit()

    def _empty_abandoned_trash(self) -> None:
        """Remove the trash of projects that were open in a process that has died (a crash
        leaves it); opening writes nothing when there is none."""
        try:
            owners = [row[0] for row in self.db.execute("SELECT DISTINCT owner FROM undo_trash")]
            gone = [owner for owner in owners if other_writers.owner_is_gone(owner)]
            if not gone:
                return
            with self._immediate_transaction():
                self.db.conn.executemany(
                    "DELETE FROM undo_trash WHERE owner = ?", [[owner] for owner in gone]
                )
            self._data_version, self._file_counter = other_writers.look(self.db.conn, self.path)
        except sqlite3.Error:
            return  # a read-only or busy file: the next open cleans up

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
        return w.operation


def _default_user_name() -> str:
    try:
        return getpass.getuser() or "user"
    except Exception:  # getuser raises when no login name is known (some sandboxes)
        return "user"


def _written_elsewhere_error() -> QdaError:
    return QdaError(
        tr(
            "Another program changed this project since that change, so it can no longer be "
            "undone or redone without erasing the other program's work. The undo history "
            "was cleared; nothing was changed."
        )
    )


def _storage_error(path: Path, error: sqlite3.Error) -> QdaError:
    message = str(error)
    if "locked" in message or "busy" in message:
        return project_busy(path, change_lost=True)
    if "full" in message:
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
