"""Undo and redo for every write, recorded by SQLite itself.

Temporary triggers on every table log the SQL that reverses each row change (the technique
of sqlite.org's "Automatic Undo/Redo Using SQLite"). An operation's undo is its log played
backwards; playing it logs the redo the same way. No operation needs its own revert code,
and cascades (a code's codings going with it) are reverted with the rest.

Big values (a document's text, its original file) are not copied into the log as SQL text:
a delete or an update moves the old value into the project's ``undo_trash`` table and the
log refers to that row, so a long undo history costs disk, not memory. The trash rows carry
their owner (one open project) and are emptied when that history is cleared or closed.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from qdadesk.core.store.database import Database

# audit_log: undo adds an entry instead of erasing one (see qdadesk.core.store.audit).
_SKIPPED_TABLES = {"_sqlite_migrations", "undo_trash", "audit_log"}
# Columns whose old values go to undo_trash instead of the log (at most two per table).
_BIG_COLUMNS = {"document_files": ("data",), "document_texts": ("text", "formatting")}


@dataclass(frozen=True)
class LoggedChange:
    """One row change: its table, rowid, the document and code it concerns, and its inverse.

    An update concerns the document and code of the row before (``document_id``,
    ``code_id``) and after (``new_document_id``, ``new_code_id``): a segment moved to another
    code names both, so a window recounts both without looking the row up again."""

    table: str
    row_id: int
    document_id: int | None
    code_id: int | None
    inverse_sql: str
    new_document_id: int | None = None
    new_code_id: int | None = None


def install(db: Database, trash_owner: str | None = None) -> None:
    """Create the temporary log table and triggers for this connection; with a
    ``trash_owner``, big old values go to ``undo_trash`` rows marked with it."""
    db.execute(
        "CREATE TEMP TABLE IF NOT EXISTS undo_log (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, "
        "row_id INTEGER, document_id INTEGER, code_id INTEGER, sql TEXT NOT NULL, "
        "new_document_id INTEGER, new_code_id INTEGER)"
    )
    tables = logged_tables(db)
    has_trash = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'undo_trash'"
    ).fetchone()
    owner = trash_owner if has_trash else None
    for table in tables:
        for statement in _trigger_statements(db, table, owner):
            db.execute(statement)


def empty_trash(db: Database, owner: str, up_to: int | None = None) -> None:
    """Remove ``owner``'s trash rows (only those with ids up to ``up_to`` when given); the
    caller holds the transaction. Writes nothing when there is nothing to remove."""
    condition = "owner = ?"
    params: list[str | int] = [owner]
    if up_to is not None:
        condition, params = condition + " AND id <= ?", [owner, up_to]
    if db.execute(f"SELECT 1 FROM undo_trash WHERE {condition} LIMIT 1", params).fetchone():
        db.execute(f"DELETE FROM undo_trash WHERE {condition}", params)


def newest_trash_id(db: Database, owner: str) -> int:
    """The id of ``owner``'s newest trash row (0: none, or a file without the table)."""
    try:
        row = db.execute("SELECT max(id) FROM undo_trash WHERE owner = ?", [owner]).fetchone()
    except sqlite3.OperationalError:  # an old file opened without migrating (read-only)
        return 0
    return row[0] or 0


def uninstall(db: Database) -> None:
    """Drop this connection's undo triggers (``install`` puts them back)."""
    names = [
        row[0]
        for row in db.execute(
            "SELECT name FROM sqlite_temp_master WHERE type = 'trigger' AND name LIKE 'undo_%'"
        )
    ]
    for name in names:
        db.execute(f'DROP TRIGGER temp."{name}"')


def logged_tables(db: Database) -> list[str]:
    """Ordinary tables whose changes are logged (not virtual tables nor their shadow tables)."""
    rows = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    virtual = [name for name, sql in rows if sql and sql.upper().startswith("CREATE VIRTUAL")]
    return [
        name
        for name, sql in rows
        if name not in _SKIPPED_TABLES
        and name not in virtual
        and not any(name.startswith(v + "_") for v in virtual)
    ]


def clear(db: Database) -> None:
    db.execute("DELETE FROM temp.undo_log")


def read(db: Database) -> list[LoggedChange]:
    """The changes logged since the last ``clear``, in the order they happened."""
    rows = db.execute(
        "SELECT tbl, row_id, document_id, code_id, sql, new_document_id, new_code_id "
        "FROM temp.undo_log ORDER BY seq"
    ).fetchall()
    return [LoggedChange(*row) for row in rows]


def replay_backwards(db: Database, changes: list[LoggedChange]) -> None:
    """Play inverse statements newest first; the caller holds the transaction."""
    # Cascaded rows may be logged before or after their parent: check keys at commit.
    db.execute("PRAGMA defer_foreign_keys=ON")
    for change in reversed(changes):
        db.execute(change.inverse_sql)


def _trigger_statements(db: Database, table: str, trash_owner: str | None) -> list[str]:
    columns = [row[1] for row in db.execute(f'PRAGMA table_info("{table}")').fetchall()]
    doc = "document_id" if "document_id" in columns else ("id" if table == "documents" else None)
    code = "code_id" if "code_id" in columns else ("id" if table == "codes" else None)

    def refs(row: str) -> str:
        doc_ref = f"{row}.{doc}" if doc else "NULL"
        code_ref = f"{row}.{code}" if code else "NULL"
        return f"{doc_ref}, {code_ref}"

    def log(row: str, sql: str, new_row: str | None = None) -> str:
        """The log entry for ``row``; ``new_row`` (an update's NEW) adds its references."""
        new_refs = refs(new_row) if new_row else "NULL, NULL"
        return (
            f"INSERT INTO undo_log(tbl, row_id, document_id, code_id, sql, new_document_id, "
            f"new_code_id) VALUES ('{table}', {row}.rowid, {refs(row)}, {sql}, {new_refs});"
        )

    big = [c for c in _BIG_COLUMNS.get(table, ()) if c in columns] if trash_owner else []
    owner = _sql_literal(trash_owner or "")

    def to_trash(*names: str) -> str:
        """Statement putting OLD's values of ``names`` into a new trash row."""
        slots = ", ".join(f"value{i}" for i in range(len(names)))
        olds = ", ".join(f'OLD."{n}"' for n in names)
        return f"INSERT INTO undo_trash(owner, {slots}) VALUES ({owner}, {olds});"

    def old_value(column: str, trashed: list[str]) -> str:
        """SQL text for OLD's value of ``column``: a reference into the trash row just made
        (last_insert_rowid() inside the trigger), or its quoted value."""
        if column in trashed:
            slot = f"value{trashed.index(column)}"
            return (
                _sql_literal(f"(SELECT {slot} FROM undo_trash WHERE id=")
                + " || last_insert_rowid() || ')'"
            )
        return f'quote(OLD."{column}")'

    column_list = ", ".join(f'"{c}"' for c in columns)
    values = " || ',' || ".join(old_value(c, big) for c in columns)
    delete_inserted = _sql_literal(f'DELETE FROM "{table}" WHERE rowid=') + " || NEW.rowid"
    statements = [
        f'CREATE TEMP TRIGGER IF NOT EXISTS "undo_{table}_insert" AFTER INSERT ON main."{table}" '
        f"BEGIN {log('NEW', delete_inserted)} END",
        f'CREATE TEMP TRIGGER IF NOT EXISTS "undo_{table}_delete" AFTER DELETE ON main."{table}" '
        "BEGIN "
        + (to_trash(*big) if big else "")
        + log(
            "OLD",
            _sql_literal(f'INSERT INTO "{table}"(rowid, {column_list}) VALUES (')
            + f" || OLD.rowid || ',' || {values} || ')'",
        )
        + " END",
    ]
    for column in columns:
        trashed = [column] if column in big else []
        statements.append(
            f'CREATE TEMP TRIGGER IF NOT EXISTS "undo_{table}_update_{column}" '
            f'AFTER UPDATE OF "{column}" ON main."{table}" '
            f'WHEN OLD."{column}" IS NOT NEW."{column}" BEGIN '
            + (to_trash(column) if trashed else "")
            + log(
                "OLD",
                _sql_literal(f'UPDATE "{table}" SET "{column}"=')
                + " || "
                + old_value(column, trashed)
                + " || "
                + _sql_literal(" WHERE rowid=")
                + " || OLD.rowid",
                "NEW",
            )
            + " END"
        )
    return statements


def _sql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
