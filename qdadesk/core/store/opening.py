"""Opening a project with its safety checks: damaged files and read-only views are never
written to, not even by a migration.

The order matters: the ordinary checks (and the recovery of a crash's journal, which needs a
read-write open) come first; then a bounded check of the whole file; only a sound file is
opened for writing and migrated. A damaged file, or one opened read-only on purpose (it is
open in another window), gets a ``mode=ro`` connection that SQLite itself keeps from writing.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from qdadesk.core.errors import DamagedProjectError, ProjectError
from qdadesk.core.i18n import tr
from qdadesk.core.store import connection, file_bytes
from qdadesk.core.store.database import Database
from qdadesk.core.store.file_check import damage_found
from qdadesk.core.store.schema import schema_version


def open_checked(path: Path, read_only: bool = False) -> tuple[Database, list[str]]:
    """The open database and the damage found (empty when sound).

    A damaged file is opened read-only whatever ``read_only`` says."""
    try:
        connection._check_readable_project(path)
    except ProjectError as error:
        if _has_sqlite_header(path) and damage_found(path):
            raise DamagedProjectError(
                tr(
                    "{path}: the project file is damaged so that it cannot be read; "
                    "restore a backup or try qdadesk-cli recover"
                ).format(path=path)
            ) from error
        raise
    damage = damage_found(path)
    if not damage and not read_only:
        return connection.open_database(path), []
    return _open_read_only(path, damage), damage


def _open_read_only(path: Path, damage: list[str]) -> Database:
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=30.0)
        conn.isolation_level = None
        conn.execute("PRAGMA foreign_keys=ON")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error as error:
        raise ProjectError(
            tr("{path}: cannot open the project ({error})").format(path=path, error=error)
        ) from error
    if version != schema_version():
        conn.close()
        if damage:
            raise DamagedProjectError(
                tr(
                    "{path}: the project file is damaged and was saved by an older version; "
                    "recover it with qdadesk-cli recover"
                ).format(path=path)
            )
        raise ProjectError(
            tr(
                "{path}: an older version saved this project; it can be opened read-only "
                "only after one ordinary open has updated it"
            ).format(path=path)
        )
    return Database(conn)


def _has_sqlite_header(path: Path) -> bool:
    try:
        return file_bytes.read_start(path, 16) == b"SQLite format 3\x00"
    except OSError:
        return False
