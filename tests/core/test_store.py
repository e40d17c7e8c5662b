"""The project file: schema, pragmas, migrations and refusing what it must not open."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from qdadesk.core import NewerVersionError, Project, ProjectError
from qdadesk.core.store.schema import schema_version


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_project_uses_rollback_journal_and_foreign_keys(tmp_path: Path) -> None:
    project = Project.create(tmp_path / "p.qdadesk")
    assert project.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert project.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert project.db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    project.close()
    assert not (tmp_path / "p.qdadesk-wal").exists()
    assert not (tmp_path / "p.qdadesk-journal").exists()


def test_create_refuses_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "p.qdadesk"
    path.write_text("mine")
    with pytest.raises(ProjectError, match="already exists"):
        Project.create(path)
    assert path.read_text() == "mine"


def test_newer_version_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.qdadesk"
    Project.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={schema_version() + 5}")
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('qdadesk', '9999_future', 'then')"
    )
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(NewerVersionError, match="newer version"):
        Project.open(path)
    assert _digest(path) == before


@pytest.mark.parametrize(
    "content", [b"", b"hello, not a database", b"SQLite format 3\x00" + b"\x00" * 100]
)
def test_non_projects_are_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.qdadesk"
    path.write_bytes(content)
    with pytest.raises(ProjectError):
        Project.open(path)
    assert path.read_bytes() == content


def test_plain_sqlite_database_is_not_a_project(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(ProjectError, match="not a QDA Desk project"):
        Project.open(path)
    assert _digest(path) == before


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="no such project"):
        Project.open(tmp_path / "nope.qdadesk")


def test_older_project_is_migrated_forward(tmp_path: Path) -> None:
    """A file that stopped at the first migration opens and gains the later ones."""
    from qdadesk.core.store.schema import MIGRATIONS, migration_names

    path = tmp_path / "old.qdadesk"
    Project.create(path).close()
    names = migration_names()
    if len(names) < 2:
        pytest.skip("only one migration so far")
    # Rebuild a first-version file: apply only the first migration to an empty database.
    old = tmp_path / "v1.qdadesk"
    from qdadesk.core.store.connection import APPLICATION_ID
    from qdadesk.core.store.database import Database

    db = Database(sqlite3.connect(old))
    db.execute(f"PRAGMA application_id={APPLICATION_ID}")
    MIGRATIONS.apply(db, stop_before=names[1])
    db.execute("PRAGMA user_version=1")
    db.conn.commit()
    db.close()
    project = Project.open(old)
    assert project.db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    project.close()


def test_every_exchangeable_table_has_a_guid(tmp_project: Project) -> None:
    for table in (
        "documents",
        "document_groups",
        "codes",
        "codings",
        "memos",
        "variables",
        "users",
        "cases",
        "logbook",
        "document_sets",
        "summaries",
    ):
        columns = [r[1] for r in tmp_project.db.execute(f"PRAGMA table_info({table})")]
        assert "guid" in columns, table
