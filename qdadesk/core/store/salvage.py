"""Recovering what can still be read from a damaged project into a new one.

Table by table, rows are read in rowid order; where a page cannot be read the scan jumps past
it (probing forward, then narrowing down to the first readable row), so one bad page costs
only the rows on it. The new file gets the damaged one's own schema and version, the search
index is rebuilt, rows whose parent was lost go with it, and a document whose text was lost
is dropped with its codings, so that the result passes ``check``. The new file is built under
a temporary name and renamed only when complete. Nothing here quotes the rows' text.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qdadesk.core.errors import DamagedProjectError, ImportCancelled, ProjectError
from qdadesk.core.i18n import tr

_BATCH = 200


@dataclass
class TableSalvage:
    """What became of one table: rows copied and rows that could not be read (or were
    dropped because what they belonged to was lost)."""

    table: str
    kept: int = 0
    lost: int = 0


Progress = Callable[[int, int, str], None]


class _Steps:
    """Progress by table, and the user's cancel."""

    def __init__(self, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        self._progress = progress
        self._cancelled = cancelled
        self.total = 0
        self.done = 0

    def next(self, table: str) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ImportCancelled(tr("Recovery cancelled; no project was made"))
        if self._progress is not None:
            self._progress(self.done, self.total, table)
        self.done += 1


@dataclass
class SalvageReport:
    tables: list[TableSalvage]
    notes: list[str]


def salvage_project(
    damaged: str | os.PathLike[str],
    out: str | os.PathLike[str],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SalvageReport:
    """Copy every readable row of ``damaged`` into the new project ``out``.

    ``progress(done, total, table)`` is called before each table; when ``cancelled()``
    turns true, ``ImportCancelled`` is raised and no file is left behind."""
    steps = _Steps(progress, cancelled)
    source_path, out_path = Path(damaged), Path(out)
    if out_path.exists():
        raise ProjectError(tr("{path}: a file of that name already exists").format(path=out_path))
    if not out_path.parent.is_dir():
        raise ProjectError(tr("{path}: the folder does not exist").format(path=out_path.parent))
    if not source_path.is_file():
        raise ProjectError(tr("{path}: no such project file").format(path=source_path))
    partial = out_path.with_name(f".{out_path.name}.recovering-{os.getpid()}")
    source = _open_source(source_path)
    try:
        try:
            schema = _read_schema(source, source_path)
        except DamagedProjectError as error:
            source.close()
            return _salvage_without_schema(source_path, out_path, error, steps)
        partial.unlink(missing_ok=True)
        target = sqlite3.connect(partial, isolation_level=None)
        try:
            report = _copy(source, target, schema, steps)
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
        _fsync(partial)
        os.replace(partial, out_path)
    finally:
        source.close()
        partial.unlink(missing_ok=True)
    return report


def _open_source(path: Path) -> sqlite3.Connection:
    source = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    source.text_factory = _strict_text
    return source


def _salvage_without_schema(
    source_path: Path, out_path: Path, error: DamagedProjectError, steps: _Steps
) -> SalvageReport:
    """The schema cannot be read: find the tables whose schema rows survive on the schema's
    other pages (``schema_rebuild``) and copy them into a project with this version's full
    schema. A table whose schema row was lost is reported as not found."""
    import shutil
    import tempfile

    from qdadesk.core.store.connection import create_database
    from qdadesk.core.store.schema import schema_version
    from qdadesk.core.store.schema_rebuild import StandIn, table_batches

    work = Path(tempfile.mkdtemp(prefix=f".{out_path.name}.", dir=out_path.parent))
    try:
        create_database(work / "template.qdadesk").close()
        template = _open_source(work / "template.qdadesk")
        try:
            schema = _read_schema(template, work / "template.qdadesk")
        finally:
            template.close()
        try:
            stand_in = StandIn(source_path, work)
            found = stand_in.find_tables()
            shapes = _shapes(work / "template.qdadesk", [n for n, _ in schema.tables])
            lost = {name: shape for name, shape in shapes.items() if name not in found}
            found.update(stand_in.match_lost_tables(found, lost))
        except (OSError, ValueError, sqlite3.Error):
            found = {}
        readable = [name for name, _sql in schema.tables if name in found]
        if not readable:
            raise error
        built = work / "out.qdadesk"
        target = sqlite3.connect(built, isolation_level=None)
        try:
            _begin(target, schema)
            columns = {name: _column_layout(target, name) for name in readable}
            sql_of = dict(schema.tables)
            results = {name: TableSalvage(name) for name, _sql in schema.tables}
            steps.total = len(readable)
            for batch in table_batches(readable):
                stand_in.declare({name: (found[name], columns[name]) for name in batch})
                source = stand_in.connect()
                try:
                    for name in batch:
                        steps.next(name)
                        results[name] = _copy_table(source, target, name, sql_of[name])
                finally:
                    source.close()
            schema.user_version = schema_version()  # the new file has this version's schema
            report = _finish(target, schema, [results[name] for name, _sql in schema.tables])
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
        _fsync(built)
        os.replace(built, out_path)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    missing = [name for name, _sql in schema.tables if name not in found]
    report.notes.insert(
        0,
        tr(
            "the file's table of contents was damaged; tables not found (empty, or lost): {names}"
        ).format(names=", ".join(missing) or tr("none")),
    )
    return report


def _shapes(template: Path, tables: list[str]) -> dict[str, list[tuple[str, str, bool, bool]]]:
    """Each table's columns: (name, declared type, not null, is the rowid)."""
    conn = sqlite3.connect(template)
    try:
        shapes = {}
        for table in tables:
            info = list(conn.execute(f'PRAGMA table_info("{table}")'))
            keys = [row for row in info if row[5]]
            alias = keys[0][1] if len(keys) == 1 and keys[0][2].upper() == "INTEGER" else None
            shapes[table] = [(row[1], row[2], bool(row[3]), row[1] == alias) for row in info]
        return shapes
    finally:
        conn.close()


def _column_layout(target: sqlite3.Connection, table: str) -> list[tuple[str, bool]]:
    """A table's columns in stored order, each with whether it is the rowid itself."""
    info = list(target.execute(f'PRAGMA table_info("{table}")'))
    keys = [row for row in info if row[5]]
    alias = keys[0][1] if len(keys) == 1 and keys[0][2].upper() == "INTEGER" else None
    return [(row[1], row[1] == alias) for row in info]


def _strict_text(raw: bytes) -> str:
    # A damaged page can hand back bytes that are not UTF-8: that row is lost, not garbled.
    return raw.decode("utf-8")


@dataclass
class _Schema:
    tables: list[tuple[str, str]]  # (name, CREATE TABLE ...)
    later: list[str]  # indexes, virtual tables, triggers: made after the rows are in
    virtual: list[str]
    application_id: int
    user_version: int


def _read_schema(source: sqlite3.Connection, path: Path) -> _Schema:
    try:
        rows = source.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
        ).fetchall()
        application_id = source.execute("PRAGMA application_id").fetchone()[0]
        user_version = source.execute("PRAGMA user_version").fetchone()[0]
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        raise DamagedProjectError(
            tr(
                "{path}: the file's table of contents (its schema) is damaged, so no table can "
                "be found in it; restore a backup (qdadesk-cli backups lists them)"
            ).format(path=path)
        ) from error
    virtual = [name for kind, name, sql in rows if sql.upper().startswith("CREATE VIRTUAL")]
    tables, later = [], []
    for kind, name, sql in rows:
        if kind == "table" and name in virtual:
            later.append(sql)
        elif kind == "table":
            if name.startswith("sqlite_") or any(name.startswith(v + "_") for v in virtual):
                continue  # SQLite's own, or a search index's shadow table (rebuilt)
            tables.append((name, sql))
        else:
            later.append(sql)
    return _Schema(tables, later, virtual, application_id, user_version)


def _copy(
    source: sqlite3.Connection, target: sqlite3.Connection, schema: _Schema, steps: _Steps
) -> SalvageReport:
    _begin(target, schema)
    steps.total = len(schema.tables)
    results = []
    for name, sql in schema.tables:
        steps.next(name)
        results.append(_copy_table(source, target, name, sql))
    return _finish(target, schema, results)


def _begin(target: sqlite3.Connection, schema: _Schema) -> None:
    target.execute("PRAGMA journal_mode=OFF")  # a temporary file, renamed only when whole
    target.execute("PRAGMA synchronous=OFF")
    target.execute(f"PRAGMA application_id={int(schema.application_id)}")
    target.execute("BEGIN")
    for _name, sql in schema.tables:
        target.execute(sql)


def _finish(
    target: sqlite3.Connection, schema: _Schema, results: list[TableSalvage]
) -> SalvageReport:
    notes: list[str] = []
    for sql in schema.later:
        try:
            target.execute(sql)
        except sqlite3.Error as error:
            notes.append(tr("could not rebuild an index ({error})").format(error=error))
    for name in schema.virtual:
        with contextlib.suppress(sqlite3.Error):  # only external-content search indexes
            target.execute(f'INSERT INTO "{name}"("{name}") VALUES (\'rebuild\')')
    target.execute("COMMIT")
    by_table = {result.table: result for result in results}
    notes += _drop_what_lost_its_parts(target, by_table)
    _restore_migration_record(target, schema.user_version)
    target.execute(f"PRAGMA user_version={int(schema.user_version)}")
    return SalvageReport(results, notes)


def _copy_table(
    source: sqlite3.Connection, target: sqlite3.Connection, table: str, sql: str
) -> TableSalvage:
    result = TableSalvage(table)
    columns = [row[1] for row in target.execute(f'PRAGMA table_info("{table}")')]
    quoted = ", ".join(f'"{c}"' for c in columns)
    if "WITHOUT ROWID" in sql.upper():
        insert = (
            f'INSERT OR IGNORE INTO "{table}" ({quoted}) VALUES ({", ".join("?" * len(columns))})'
        )
        try:
            for row in source.execute(f'SELECT {quoted} FROM "{table}"'):
                result.kept += target.execute(insert, row).rowcount
        except (sqlite3.DatabaseError, UnicodeDecodeError):
            result.lost += 1  # the rest of the scan; how many is unknowable
        return result
    info = list(target.execute(f'PRAGMA table_info("{table}")'))
    keys = [row for row in info if row[5]]
    # An INTEGER PRIMARY KEY is the rowid itself: copy it once, under its own name.
    alias = keys[0][1] if len(keys) == 1 and keys[0][2].upper() == "INTEGER" else None
    data = [c for c in columns if c != alias]
    data_quoted = ", ".join(f'"{c}"' for c in data)
    key_name = f'"{alias}"' if alias else "rowid"
    marks = ", ".join("?" * (len(data) + 1))
    insert = f'INSERT OR IGNORE INTO "{table}" ({key_name}, {data_quoted}) VALUES ({marks})'
    for row in _readable_rows(source, table, data_quoted, result):
        inserted = target.execute(insert, row).rowcount
        result.kept += inserted
        result.lost += 1 - inserted
    return result


def _readable_rows(
    source: sqlite3.Connection, table: str, quoted: str, result: TableSalvage
) -> Iterator[tuple[Any, ...]]:
    """Every row of ``table`` that can be read, in rowid order; ``result.lost`` counts the
    rowids skipped over (the table's own count where an index still knows it)."""
    select = f'SELECT rowid, {quoted} FROM "{table}" WHERE rowid >= ? ORDER BY rowid LIMIT ?'
    next_rowid: int = -(2**63)
    highest = _probe_max(source, table)
    while True:
        try:
            batch = source.execute(select, [next_rowid, _BATCH]).fetchall()
        except (sqlite3.DatabaseError, UnicodeDecodeError):
            batch = _read_one_by_one(source, select, next_rowid)
            if not batch:
                resumed = _next_readable(source, select, next_rowid, highest)
                if resumed is None:
                    result.lost += _rows_missing(source, table, next_rowid, None, highest)
                    return
                result.lost += _rows_missing(source, table, next_rowid, resumed, highest)
                next_rowid = resumed
                continue
        if not batch:
            return
        yield from batch
        next_rowid = batch[-1][0] + 1


def _read_one_by_one(source: sqlite3.Connection, select: str, start: int) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    while len(rows) < _BATCH:
        try:
            found = source.execute(select, [start, 1]).fetchall()
        except (sqlite3.DatabaseError, UnicodeDecodeError):
            return rows
        if not found:
            return rows
        rows += found
        start = found[0][0] + 1
    return rows


def _next_readable(
    source: sqlite3.Connection, select: str, bad: int, highest: int | None
) -> int | None:
    """The smallest rowid after ``bad`` from which a row can be read again, or None."""

    def readable(start: int) -> bool | None:
        try:
            return bool(source.execute(select, [start, 1]).fetchall())
        except (sqlite3.DatabaseError, UnicodeDecodeError):
            return False

    limit = highest if highest is not None else bad + 2**40
    low, step = bad, 1
    high = None
    while low + step <= limit:
        if readable(low + step):
            high = low + step
            break
        low, step = low + step, step * 2
    if high is None:
        if highest is not None and readable(highest):
            high = highest
        else:
            return None
    while high - low > 1:  # the first readable start in (low, high]
        middle = (low + high) // 2
        if readable(middle):
            high = middle
        else:
            low = middle
    return high


def _probe_max(source: sqlite3.Connection, table: str) -> int | None:
    try:
        highest: int | None = source.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0]
        return highest
    except sqlite3.DatabaseError:
        return None


def _rows_missing(
    source: sqlite3.Connection, table: str, start: int, end: int | None, highest: int | None
) -> int:
    """How many rows lie in rowids [start, end): an index's count if one is readable, else
    the rowids in the gap (ids are dense where the project makes them)."""
    bound = "" if end is None else " AND rowid < ?"
    params = [start] if end is None else [start, end]
    for (index,) in source.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?", [table]
    ).fetchall():
        try:
            counted = source.execute(
                f'SELECT count(*) FROM "{table}" INDEXED BY "{index}" WHERE rowid >= ?{bound}',
                params,
            ).fetchone()[0]
            return int(counted)
        except sqlite3.Error:
            continue
    first = max(start, 1)
    end = end if end is not None else (highest + 1 if highest is not None else first + 1)
    return max(end - first, 1)


def _drop_what_lost_its_parts(
    target: sqlite3.Connection, by_table: dict[str, TableSalvage]
) -> list[str]:
    """Remove rows that no longer fit: a document without its text, segments outside their
    text, rows whose parent row was lost. Each counts as lost in its table."""
    notes: list[str] = []
    tables = {row[0] for row in target.execute("SELECT name FROM sqlite_master")}

    def lose(table: str, count: int) -> None:
        if count and table in by_table:
            by_table[table].kept -= count
            by_table[table].lost += count

    target.execute("PRAGMA foreign_keys=OFF")  # every removal is counted, so none cascades
    if {"documents", "document_texts"} <= tables:
        rows = target.execute(
            "SELECT d.id, d.name FROM documents d LEFT JOIN document_texts t "
            "ON t.document_id = d.id WHERE t.text IS NULL OR length(t.text) != d.length"
        ).fetchall()
        missing_text = target.execute(
            "SELECT count(*) FROM documents "
            "WHERE id NOT IN (SELECT document_id FROM document_texts)"
        ).fetchone()[0]
        if "document_texts" in by_table:
            texts = by_table["document_texts"]
            texts.lost = max(texts.lost, missing_text)
        for document_id, name in rows:
            notes.append(
                tr("document '{name}' dropped: its text could not be read").format(name=name)
            )
            target.execute("DELETE FROM document_texts WHERE document_id = ?", [document_id])
            lose("document_texts", _changes(target))
            target.execute("DELETE FROM documents WHERE id = ?", [document_id])
            lose("documents", 1)
    if {"codings", "documents"} <= tables:
        columns = {row[1] for row in target.execute("PRAGMA table_info(codings)")}
        # A region's text run may be empty (a picture, a box over no text).
        empty = 'c."end" = c.start AND c.x1 IS NULL' if "x1" in columns else 'c."end" = c.start'
        target.execute(
            "DELETE FROM codings WHERE id IN (SELECT c.id FROM codings c JOIN documents d ON "
            'd.id = c.document_id WHERE c.start < 0 OR c."end" > d.length OR c."end" < c.start '
            f"OR ({empty}))"
        )
        lose("codings", _changes(target))
    if {"memos", "documents"} <= tables:
        target.execute(
            "DELETE FROM memos WHERE id IN (SELECT m.id FROM memos m JOIN documents d ON "
            "d.id = m.document_id WHERE m.kind = 'position' AND "
            '(m.start < 0 OR m."end" > d.length OR m."end" < m.start))'
        )
        lose("memos", _changes(target))
    for _round in range(20):  # a lost parent takes its children, and theirs
        orphans = target.execute("PRAGMA foreign_key_check").fetchall()
        if not orphans:
            break
        for table, rowid, _parent, key in orphans:
            if not _detach(target, table, rowid, key):
                target.execute(f'DELETE FROM "{table}" WHERE rowid = ?', [rowid])
                lose(table, _changes(target))
    target.execute("PRAGMA foreign_keys=ON")
    return notes


def _detach(target: sqlite3.Connection, table: str, rowid: int, key: int) -> bool:
    """Keep a row whose parent was lost by clearing the reference, where it may be empty:
    a code whose parent code was lost moves to the top, a segment whose coder was lost keeps
    its text. A memo goes with what it was about; a segment with its document or code."""
    if table == "memos":
        return False
    columns = [
        row[3] for row in target.execute(f'PRAGMA foreign_key_list("{table}")') if row[0] == key
    ]
    if not columns:
        return False
    assignments = ", ".join(f'"{column}" = NULL' for column in columns)
    try:
        target.execute(f'UPDATE "{table}" SET {assignments} WHERE rowid = ?', [rowid])
    except sqlite3.IntegrityError:  # NOT NULL: the row cannot be without its parent
        return False
    return _changes(target) == 1


def _restore_migration_record(target: sqlite3.Connection, user_version: int) -> None:
    """Put back the names of applied migrations lost with a damaged page: the schema is
    there, and ``user_version`` (kept in the file header) says how many were applied, so an
    open must not run them again."""
    from qdadesk.core.store.schema import migration_names

    exists = target.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    if not exists:
        return
    present = {row[0] for row in target.execute("SELECT name FROM _sqlite_migrations")}
    for name in migration_names()[:user_version]:
        if name not in present:
            target.execute(
                "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                "VALUES ('qdadesk', ?, datetime('now'))",
                [name],
            )


def _changes(target: sqlite3.Connection) -> int:
    return int(target.execute("SELECT changes()").fetchone()[0])


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())
