"""A project from before ``0007_undo_safety`` (ids could be reused) migrates on open: every
id, index, trigger, full-text index and reference is kept, and ids are never reused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from qdadesk.core import Project
from qdadesk.core.store.connection import APPLICATION_ID
from qdadesk.core.store.database import Database
from qdadesk.core.store.schema import MIGRATIONS, migration_names, schema_version

_ROWS = [
    "INSERT INTO users (id, guid, name, created) VALUES (3, 'U3', 'ana', 't')",
    "INSERT INTO document_groups (id, guid, name, created) VALUES (4, 'G4', 'Staff', 't')",
    "INSERT INTO documents (id, guid, name, group_id, length, creator_id, created, modified) "
    "VALUES (7, 'D7', 'Interview', 4, 24, 3, 't', 't')",
    "INSERT INTO document_texts (document_id, text) VALUES (7, 'We could not pay the bus')",
    "INSERT INTO document_files (document_id, file_name, file_type, data) "
    "VALUES (7, 'i.txt', 'txt', x'00ff')",
    "INSERT INTO codes (id, guid, name, created, modified) VALUES (5, 'C5', 'Cost', 't', 't')",
    "INSERT INTO codes (id, guid, parent_id, name, created, modified) "
    "VALUES (9, 'C9', 5, 'Bus', 't', 't')",
    'INSERT INTO codings (id, guid, document_id, code_id, start, "end", created, modified) '
    "VALUES (11, 'S11', 7, 9, 0, 8, 't', 't')",
    "INSERT INTO memos (id, guid, title, plain, kind, coding_id, created, modified) "
    "VALUES (2, 'M2', 'Note', 'buses are rare', 'coding', 11, 't', 't')",
]


def _old_project(path: Path) -> None:
    """A file as the last version before 0004 left it, with rows in it."""
    names = migration_names()
    first_new = names.index("0007_undo_safety")
    db = Database(sqlite3.connect(path))
    db.execute(f"PRAGMA application_id={APPLICATION_ID}")
    MIGRATIONS.apply(db, stop_before=names[first_new:])
    db.execute(f"PRAGMA user_version={first_new}")
    for statement in _ROWS:
        db.execute(statement)
    db.conn.commit()
    db.close()


def test_old_project_migrates_keeping_ids_indexes_triggers_and_search(tmp_path: Path) -> None:
    path = tmp_path / "old.qdadesk"
    _old_project(path)
    conn = sqlite3.connect(path)
    indexes_before = sorted(
        conn.execute("SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')")
    )
    conn.close()
    with Project.open(path) as project:
        assert project.db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
        assert [(d.id, d.name) for d in project.documents()] == [(7, "Interview")]
        assert {c.id: c.parent_id for c in project.codes()} == {5: None, 9: 5}
        assert [(c.id, c.code_id, c.document_id) for c in project.codings()] == [(11, 9, 7)]
        assert project.check() == []
        assert project.db.execute("PRAGMA foreign_key_check").fetchall() == []
        # Later migrations add tables with their own indexes, and indexes (0011's on
        # codings): compare the old tables' own only.
        indexes_after = sorted(
            project.db.execute(
                "SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
                "AND tbl_name NOT LIKE 'map%' AND tbl_name != 'document_pages' "
                "AND name != 'codings_segment_order'"
            )
        )
        assert indexes_after == indexes_before
        # Full-text search over texts and memos still finds, and follows new writes.
        hits = project.db.execute(
            "SELECT rowid FROM memo_search WHERE memo_search MATCH 'buses'"
        ).fetchall()
        assert hits == [(2,)]
        assert project.db.execute(
            "SELECT rowid FROM document_search WHERE document_search MATCH 'pay'"
        ).fetchall() == [(7,)]
        # References still cascade: deleting the parent code takes its child and segment.
        deleted = project.delete_code(5)
        assert project.codings() == []
        project.undo(deleted)
        assert [c.id for c in project.codings()] == [11]
        # A freed highest id is not handed out again.
        project.delete_code(9)
        fresh = project.add_code("Fresh").result
        assert fresh > 9


def test_migration_is_not_repeated(tmp_path: Path) -> None:
    path = tmp_path / "old.qdadesk"
    _old_project(path)
    Project.open(path).close()
    before = path.read_bytes()
    Project.open(path).close()
    assert path.read_bytes() == before
