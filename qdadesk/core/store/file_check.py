"""A bounded health check run on every open, before anything can write to the file.

SQLite's ``PRAGMA quick_check`` reads every page of the file and verifies the b-trees (about
1 ms per MB from cache: 37 ms for a 35 MB project). It runs under a time limit; when a very
large file on a slow stick does not finish in time, the tables a user edits every day (all
but the bulky texts, original files and search index) are checked on their own, without a
limit, so a damaged page there is still found before the first write.

A file larger than :data:`WHOLE_FILE_CHECK_BYTES` is mostly original files (200 PDFs of 5 MB
make a 1 GB project): every table but ``document_files`` is checked on its own, so opening
reads no PDF's bytes; SQLite checks an original file's pages when it is read (shown).

Messages name pages and tables, never the text stored in them.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

# Seconds the whole-file check may take before it falls back to the everyday tables.
CHECK_TIME_LIMIT = 3.0
WHOLE_FILE_CHECK_BYTES = 64 * 1024 * 1024
"""Files up to this size get the whole-file check; larger ones skip the original files."""
_ORIGINAL_FILES = "document_files"
_BULKY_TABLES = ("document_texts", "document_files")
_BULKY_PREFIXES = ("document_search", "memo_search")
_DAMAGE_WORDS = (
    "malformed",
    "not a database",
    "corrupt",
    "disk image",
    "Could not decode",  # text bytes that are not UTF-8: a damaged page
    "vtable constructor failed",  # the search index's pages are damaged
)


# What reading a damaged page raises (SQLite's own error); the window catches it by this name
# and never touches sqlite3 itself.
DamagedRead = sqlite3.DatabaseError


class CheckInterrupted(Exception):
    """The whole-file check ran out of time."""


def damage_found(path: Path, time_limit: float = CHECK_TIME_LIMIT) -> list[str]:
    """Problems SQLite finds in the file at ``path`` (an empty list: none found)."""
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=30.0)
    except sqlite3.Error as error:
        return [_describe(error)]
    try:
        try:
            if path.stat().st_size > WHOLE_FILE_CHECK_BYTES:
                problems: list[str] = []
                for table in _tables(conn):
                    if table != _ORIGINAL_FILES:
                        problems += _quick_check(conn, table, None)
                return problems
            return _quick_check(conn, None, time_limit)
        except CheckInterrupted:
            problems = []
            for table in _everyday_tables(conn):
                problems += _quick_check(conn, table, None)
            return problems
    except sqlite3.DatabaseError as error:
        if _is_busy(error) or "readonly" in str(error):
            # Another program is writing, or a crash's journal waits to be rolled back (a
            # read-write open does that): not damage, and not this check's to judge.
            return []
        return [_describe(error)]
    finally:
        conn.close()


def looks_damaged(error: BaseException) -> bool:
    """True when a SQLite error says the file itself is damaged."""
    return isinstance(error, sqlite3.DatabaseError) and any(
        word in str(error) for word in _DAMAGE_WORDS
    )


def describe_damage(error: BaseException) -> str:
    """A SQLite error's message without any stored text it quotes (Python's "Could not decode
    to UTF-8 column 'text' with text '...'" quotes the document)."""
    message = str(error).split("\n")[0]
    return message.split(" with text ")[0]


def _quick_check(conn: sqlite3.Connection, table: str | None, limit: float | None) -> list[str]:
    deadline = None if limit is None else time.monotonic() + limit

    def over_time() -> int:
        return 1 if deadline is not None and time.monotonic() > deadline else 0

    conn.set_progress_handler(over_time, 20_000)
    try:
        pragma = "PRAGMA quick_check" if table is None else f'PRAGMA quick_check("{table}")'
        rows = [row[0] for row in conn.execute(pragma)]
    except sqlite3.OperationalError as error:
        if "interrupted" in str(error):
            raise CheckInterrupted from error
        raise
    finally:
        conn.set_progress_handler(None, 0)
    problems: list[str] = []
    for row in rows:
        if row == "ok":
            continue
        problems += [line for line in row.splitlines() if not line.startswith("***")]
    return problems


def _everyday_tables(conn: sqlite3.Connection) -> list[str]:
    return [
        name
        for name in _tables(conn)
        if name not in _BULKY_TABLES and not name.startswith(_BULKY_PREFIXES)
    ]


def _tables(conn: sqlite3.Connection) -> list[str]:
    names = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return [name for name in names if not name.startswith("sqlite_")]


def _is_busy(error: sqlite3.Error) -> bool:
    return "locked" in str(error) or "busy" in str(error)


def _describe(error: sqlite3.Error) -> str:
    # SQLite's own words name the structure ("database disk image is malformed"), not data.
    return str(error).split("\n")[0]
