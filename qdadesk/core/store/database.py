"""The project's SQLite connection and its migrations, on the standard library alone.

QDA Desk used sqlite-utils' ``Database`` and ``Migrations`` for these few services, but
sqlite-utils imports pandas and numpy the moment it is imported (half a second at every
start of the window and of every ``qdadesk-cli`` command), and hiding them from it took an
import trick that PyInstaller cannot follow. What the project needs is small: run a
statement, a transaction that nests as savepoints, and migrations recorded in the same
``_sqlite_migrations`` table sqlite-utils writes, so every existing project file opens as
before.
"""

from __future__ import annotations

import datetime as dt
import secrets
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any


class Database:
    """A SQLite connection with ``execute`` and nested ``atomic`` transactions."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(
        self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None
    ) -> sqlite3.Cursor:
        """Run one statement; returns the cursor."""
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction around the body, or a savepoint inside an open transaction."""
        if self.conn.in_transaction:
            savepoint = f"qdadesk_{secrets.token_hex(8)}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                # An error such as RAISE(ROLLBACK) may have ended the whole transaction.
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.conn.close()


MigrationFunction = Callable[[Database], None]
_MIGRATIONS_TABLE = "_sqlite_migrations"


@dataclass(frozen=True)
class Migration:
    name: str
    function: MigrationFunction
    # False: the function holds its own transaction (a table rebuild must turn foreign keys
    # off, which SQLite allows only outside one); it must be safe to run again.
    transactional: bool = True


class Migrations:
    """Named schema changes applied in order, each in one transaction with its record.

    Register with the decorator ``@MIGRATIONS(name="0004_topic")``. The record table is the
    one sqlite-utils' ``Migrations`` writes (same columns, same unique index)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._migrations: list[Migration] = []

    def __call__(
        self, *, name: str, transactional: bool = True
    ) -> Callable[[MigrationFunction], MigrationFunction]:
        def register(function: MigrationFunction) -> MigrationFunction:
            if any(m.name == name for m in self._migrations):
                raise ValueError(f"Migration {name!r} is already registered in {self.name!r}")
            self._migrations.append(Migration(name, function, transactional))
            return function

        return register

    @property
    def names(self) -> list[str]:
        return [m.name for m in self._migrations]

    def applied(self, db: Database) -> list[str]:
        """Names of this set's migrations applied to ``db``, in order (reads only)."""
        exists = db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [_MIGRATIONS_TABLE]
        ).fetchone()
        if not exists:
            return []
        rows = db.execute(
            f"SELECT name FROM {_MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
            [self.name],
        )
        return [row[0] for row in rows]

    def pending(self, db: Database) -> list[Migration]:
        """Migrations not applied yet, in order (reads only)."""
        done = set(self.applied(db))
        return [m for m in self._migrations if m.name not in done]

    def apply(self, db: Database, *, stop_before: str | Iterable[str] | None = None) -> None:
        """Apply the pending migrations in order, stopping before any named in
        ``stop_before`` (for building an older file in tests)."""
        stop = {stop_before} if isinstance(stop_before, str) else set(stop_before or ())
        with db.atomic():
            db.execute(
                f"CREATE TABLE IF NOT EXISTS {_MIGRATIONS_TABLE} ("
                "id INTEGER PRIMARY KEY, migration_set TEXT, name TEXT, applied_at TEXT)"
            )
            db.execute(
                f"CREATE UNIQUE INDEX IF NOT EXISTS idx_{_MIGRATIONS_TABLE}_migration_set_name "
                f"ON {_MIGRATIONS_TABLE} (migration_set, name)"
            )
        for migration in self.pending(db):
            if migration.name in stop:
                return
            if not migration.transactional:
                migration.function(db)
            with db.atomic():
                if migration.transactional:
                    migration.function(db)
                db.execute(
                    f"INSERT INTO {_MIGRATIONS_TABLE} (migration_set, name, applied_at) "
                    "VALUES (?, ?, ?)",
                    [self.name, migration.name, str(dt.datetime.now(dt.UTC))],
                )


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The rowid of the row an INSERT on ``cursor`` just made."""
    if cursor.lastrowid is None:  # not after an INSERT: a programming error
        raise sqlite3.InterfaceError("the statement inserted no row")
    return cursor.lastrowid
