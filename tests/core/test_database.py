"""The project's connection and migrations on the standard library alone (no sqlite-utils):
transactions nest as savepoints, and the migration records are the ones sqlite-utils wrote,
so every existing project opens as before."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from qdadesk.core import Project
from qdadesk.core.store.database import Database, Migrations
from qdadesk.core.store.schema import MIGRATIONS, migration_names
from qdadesk.paths import sample_project_path


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database(sqlite3.connect(tmp_path / "t.db", isolation_level=None))
    database.execute("CREATE TABLE t (x INTEGER)")
    yield database
    database.close()


def _values(db: Database) -> list[int]:
    return [row[0] for row in db.execute("SELECT x FROM t ORDER BY x")]


def test_atomic_commits_or_rolls_back_whole(db: Database) -> None:
    with db.atomic():
        db.execute("INSERT INTO t VALUES (?)", [1])
    with pytest.raises(RuntimeError), db.atomic():
        db.execute("INSERT INTO t VALUES (2)")
        raise RuntimeError("boom")
    assert _values(db) == [1]
    assert not db.conn.in_transaction


def test_nested_atomic_is_a_savepoint(db: Database) -> None:
    with db.atomic():
        db.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(ValueError), db.atomic():
            db.execute("INSERT INTO t VALUES (2)")
            raise ValueError
        with db.atomic():
            db.execute("INSERT INTO t VALUES (3)")
    assert _values(db) == [1, 3]


def test_migrations_apply_once_in_order_and_record_like_sqlite_utils(db: Database) -> None:
    steps = Migrations("demo")
    ran = []

    @steps(name="one")
    def _one(d: Database) -> None:
        ran.append("one")
        d.execute("INSERT INTO t VALUES (1)")

    @steps(name="two")
    def _two(d: Database) -> None:
        ran.append("two")
        d.execute("INSERT INTO t VALUES (2)")

    steps.apply(db, stop_before="two")
    assert ran == ["one"] and [m.name for m in steps.pending(db)] == ["two"]
    steps.apply(db)
    steps.apply(db)
    assert ran == ["one", "two"]
    rows = db.execute(
        "SELECT id, migration_set, name FROM _sqlite_migrations ORDER BY id"
    ).fetchall()
    assert rows == [(1, "demo", "one"), (2, "demo", "two")]
    indexes = [r[1] for r in db.execute("PRAGMA index_list(_sqlite_migrations)")]
    assert "idx__sqlite_migrations_migration_set_name" in indexes
    with pytest.raises(ValueError):
        steps(name="one")(lambda d: None)


def test_a_failing_migration_leaves_nothing_behind(db: Database) -> None:
    steps = Migrations("demo")

    @steps(name="broken")
    def _broken(d: Database) -> None:
        d.execute("INSERT INTO t VALUES (9)")
        raise sqlite3.OperationalError("no")

    with pytest.raises(sqlite3.OperationalError):
        steps.apply(db)
    assert _values(db) == []
    assert steps.applied(db) == []


def test_a_project_that_sqlite_utils_migrated_opens_with_its_records(tmp_path: Path) -> None:
    # The bundled sample was written by sqlite-utils' Migrations (first two migrations).
    path = tmp_path / "sample.qdadesk"
    shutil.copyfile(sample_project_path(), path)
    raw = Database(sqlite3.connect(path))
    before = MIGRATIONS.applied(raw)
    raw.close()
    assert before[:2] == migration_names()[:2]
    with Project.open(path) as project:
        after = [r[0] for r in project.db.execute("SELECT name FROM _sqlite_migrations")]
    assert after == migration_names()
