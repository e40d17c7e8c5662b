"""Opening and creating project files, with the connection rules every caller relies on.

A project file is refused, untouched, when it is not a QDA Desk project or when a newer
version wrote it: both checks read the header as last committed (from a crash's leftover
journal when it saved page 1) before anything can write. Only then may a read-write
connection roll a leftover journal back; the read-only probe comes after that, never
instead of it (a read-only connection cannot recover a journal and calls the file damaged).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from qdadesk.core.errors import NewerVersionError, ProjectError, project_busy
from qdadesk.core.i18n import tr
from qdadesk.core.store.database import Database
from qdadesk.core.store.journal import (
    committed_header,
    has_journal,
    journal_is_inert,
    journal_path,
)
from qdadesk.core.store.schema import MIGRATIONS, migration_names, schema_version

# "QDAD" in ASCII: marks a SQLite file as a QDA Desk project (PRAGMA application_id).
APPLICATION_ID = 0x51444144
_SQLITE_HEADER = b"SQLite format 3\x00"
# Seconds to wait for another program holding the project's write lock (a big import).
_BUSY_TIMEOUT = 30.0


def create_database(path: Path) -> Database:
    """Create a new, empty project file at ``path`` (which must not exist yet)."""
    if path.is_dir():
        raise ProjectError(tr("{path}: is a folder; name a new project file").format(path=path))
    if path.exists():
        raise ProjectError(tr("{path}: a file of that name already exists").format(path=path))
    if not path.parent.is_dir():
        raise ProjectError(tr("{path}: the folder does not exist").format(path=path.parent))
    try:
        # Claim the name atomically: a second `new` of the same name at the same moment
        # must fail here, not migrate (and on error delete) the file the first one made.
        path.open("xb").close()
    except FileExistsError as error:
        raise ProjectError(
            tr("{path}: a file of that name already exists").format(path=path)
        ) from error
    except OSError as error:
        raise ProjectError(
            tr("{path}: cannot create the project ({error})").format(
                path=path, error=error.strerror or error
            )
        ) from error
    try:
        db = _connect(path)
        db.execute("PRAGMA journal_mode=DELETE")
        db.execute(f"PRAGMA application_id={APPLICATION_ID}")
        _migrate(db)
    except sqlite3.Error as error:
        path.unlink(missing_ok=True)
        raise ProjectError(
            tr("{path}: cannot create the project ({error})").format(path=path, error=error)
        ) from error
    return db


def open_database(path: Path) -> Database:
    """Open an existing project file, migrating it forward if an older version wrote it."""
    _check_readable_project(path)
    try:
        db = _connect(path)
        # Never WAL: the one file must be the whole project whenever no transaction is open.
        db.execute("PRAGMA journal_mode=DELETE")
        _migrate(db)
    except sqlite3.Error as error:
        raise ProjectError(
            tr("{path}: cannot open the project ({error})").format(path=path, error=error)
        ) from error
    return db


def _connect(path: Path) -> Database:
    # isolation_level=None: no implicit BEGIN; every write opens its own transaction.
    # A writer waits up to _BUSY_TIMEOUT seconds for another program's write to finish.
    conn = sqlite3.connect(
        str(path), isolation_level=None, check_same_thread=False, timeout=_BUSY_TIMEOUT
    )
    conn.execute("PRAGMA foreign_keys=ON")
    return Database(conn)


def _migrate(db: Database) -> None:
    if MIGRATIONS.pending(db):
        MIGRATIONS.apply(db)
    # Only write when it differs: opening a current project must not touch the file.
    if db.execute("PRAGMA user_version").fetchone()[0] != schema_version():
        db.execute(f"PRAGMA user_version={schema_version()}")


def _check_readable_project(path: Path) -> None:
    """Refuse what is not a QDA Desk project this version can open, touching nothing."""
    if path.is_dir():
        raise ProjectError(tr("{path}: is a folder, not a project file").format(path=path))
    if not path.is_file():
        raise ProjectError(tr("{path}: no such project file").format(path=path))
    header = committed_header(path)
    if header[: len(_SQLITE_HEADER)] != _SQLITE_HEADER or len(header) < 72:
        raise ProjectError(tr("{path}: not a QDA Desk project").format(path=path))
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise ProjectError(tr("{path}: not a QDA Desk project").format(path=path))
    if int.from_bytes(header[60:64], "big") > schema_version():
        raise _newer(path, int.from_bytes(header[60:64], "big"))
    if has_journal(path):
        _recover_journal(path)
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=_BUSY_TIMEOUT)
        try:
            application_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            applied = _applied_migrations(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise project_busy(path) from error
        raise ProjectError(
            tr("{path}: not a QDA Desk project or damaged ({error})").format(path=path, error=error)
        ) from error
    if application_id != APPLICATION_ID:
        raise ProjectError(tr("{path}: not a QDA Desk project").format(path=path))
    unknown = [name for name in applied if name not in migration_names()]
    if version > schema_version() or unknown:
        raise _newer(path, max(version, len(applied)))


def _newer(path: Path, version: int) -> NewerVersionError:
    return NewerVersionError(
        tr(
            "{path}: this project was saved by a newer version of QDA Desk "
            "(schema {version}, this version reads up to {known}); "
            "update QDA Desk to open it. The file was not changed."
        ).format(path=path, version=version, known=schema_version())
    )


def _recover_journal(path: Path) -> None:
    """Let SQLite roll back a crash's leftover journal: it does so when a read-write
    connection first locks the file. A journal that belongs to a write still in progress is
    not hot; SQLite then waits for that write to finish (the busy timeout).

    A process killed before its journal's header was complete leaves a journal whose first
    bytes are zero: nothing of it reached the main file, so SQLite ignores it and leaves it
    until the next write. Holding the write lock (so no write of another program can own it),
    such a journal is removed here, so that none lies beside a sound project."""
    try:
        conn = sqlite3.connect(str(path), timeout=_BUSY_TIMEOUT, isolation_level=None)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if journal_is_inert(path):
                _remove_inert_journal(conn, path)
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise project_busy(path) from error
        if "readonly" in str(error) or "read-only" in str(error):
            raise ProjectError(
                tr(
                    "{path}: an interrupted write left '{journal}' beside the project and the "
                    "folder is read-only, so it cannot be rolled back; copy the project and its "
                    "journal to a writable folder and open the copy"
                ).format(path=path, journal=path.name + "-journal")
            ) from error
        raise ProjectError(
            tr("{path}: not a QDA Desk project or damaged ({error})").format(path=path, error=error)
        ) from error


def _remove_inert_journal(conn: sqlite3.Connection, path: Path) -> None:
    """Remove an inert journal if no write holds the lock (without waiting: a write that
    has just begun owns its journal, and then it stays)."""
    conn.execute("PRAGMA busy_timeout=0")
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError:
        return  # a write in progress, or a read-only folder: leave it to SQLite
    try:
        if journal_is_inert(path):
            journal_path(path).unlink(missing_ok=True)
    finally:
        conn.execute("ROLLBACK")


def _applied_migrations(conn: sqlite3.Connection) -> list[str]:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='_sqlite_migrations'"
    ).fetchone()
    if not exists:
        return []
    return [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
