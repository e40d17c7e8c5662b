"""Undo never erases another program's work: a foreign write since an operation makes its
undo and redo refuse, with the file left as it is; freed row ids are never handed out again."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from pathlib import Path

import pytest
from crash_helpers import run_cli

from qdadesk.core import Project, QdaError
from qdadesk.core.importers.document import ImportedDocument

TEXT = "We could not pay for the bus. The clinic was far away and the nurse was kind."


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "study.qdadesk"
    with Project.create(path) as project:
        project.add_document(ImportedDocument("Interview", TEXT, [], b"raw", "txt"))
        project.add_code("Cost")
        project.add_code("Distance")
    return path


def _segments(path: Path) -> list[tuple[int, int]]:
    with Project.open(path) as project:
        return [(c.start, c.end) for c in project.codings()]


def test_undo_after_cli_coding_refuses_and_keeps_the_cli_segments(project_path: Path) -> None:
    with Project.open(project_path) as project:
        document = project.documents()[0].id
        mine = project.add_coding(document, project.codes()[1].id, 0, 5)
        for i in range(5):
            result = run_cli("code", project_path, "Interview", 10 + i * 6, 14 + i * 6, "Cost")
            assert result.returncode == 0, result.stderr
        before = _digest(project_path)
        with pytest.raises(QdaError, match="(?i)another program"):
            project.undo(mine)
        assert _digest(project_path) == before
        assert project.history == []  # nothing left that could replay over their work
    assert len(_segments(project_path)) == 6


def test_undo_after_a_foreign_rename_refuses(project_path: Path) -> None:
    with Project.open(project_path) as project:
        code = project.codes()[0].id
        renamed = project.rename_code(code, "Money")
        assert run_cli("codes", "add", project_path, "Later").returncode == 0
        with pytest.raises(QdaError, match="(?i)another program"):
            project.undo(renamed)
        assert project.undo_last() is None
    with Project.open(project_path) as project:
        assert {c.name for c in project.codes()} == {"Money", "Distance", "Later"}


def test_redo_after_a_foreign_write_refuses(project_path: Path) -> None:
    with Project.open(project_path) as project:
        operation = project.add_code("Mine")
        project.undo(operation)
        assert run_cli("codes", "add", project_path, "Theirs").returncode == 0
        before = _digest(project_path)
        with pytest.raises(QdaError, match="(?i)another program"):
            project.redo(operation)
        assert _digest(project_path) == before


def test_an_operation_made_after_the_foreign_write_can_still_be_undone(
    project_path: Path,
) -> None:
    with Project.open(project_path) as project:
        old = project.add_code("Old")
        assert run_cli("codes", "add", project_path, "Theirs").returncode == 0
        new = project.add_code("New")
        project.undo(new)
        with pytest.raises(QdaError, match="(?i)another program"):
            project.undo(old)
        names = {c.name for c in project.codes()}
    assert names == {"Cost", "Distance", "Old", "Theirs"}


def test_two_connections_in_one_process_see_each_others_writes(project_path: Path) -> None:
    with Project.open(project_path) as first, Project.open(project_path) as second:
        operation = first.add_code("First")
        second.add_code("Second")
        assert first.changed_elsewhere()
        assert not first.changed_elsewhere()  # once noticed, it is the known state
        with pytest.raises(QdaError, match="(?i)another program"):
            first.undo(operation)


def test_freed_ids_are_never_reused_by_another_program(project_path: Path) -> None:
    with Project.open(project_path) as project:
        newest = max(c.id for c in project.codes())
        deleted = project.delete_code(newest)
        assert run_cli("codes", "add", project_path, "Fresh").returncode == 0
        with Project.open(project_path) as other:
            fresh = next(c.id for c in other.codes() if c.name == "Fresh")
        assert fresh != newest
        with pytest.raises(QdaError, match="(?i)another program"):
            project.undo(deleted)
    # Ids never come back within one program either.
    with Project.open(project_path) as project:
        document = project.documents()[0].id
        project.delete_documents([document])
        again = project.add_document(ImportedDocument("Again", TEXT, [], b"raw", "txt")).result
        assert again != document


def test_every_table_undo_can_refill_hands_out_fresh_ids(project_path: Path) -> None:
    conn = sqlite3.connect(project_path)
    tables = {
        name
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type='table'")
        if sql and re.search(r"(^|[\s(,])id INTEGER PRIMARY KEY", sql)
    }
    conn.close()
    for table in ("documents", "codes", "codings", "memos", "document_groups", "users"):
        assert table in tables
    conn = sqlite3.connect(project_path)
    full_text = ("document_search", "memo_search")  # SQLite's own full-text index tables
    for table in {t for t in tables if not t.startswith(full_text)} - {"_sqlite_migrations"}:
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
        assert "AUTOINCREMENT" in sql, table
    conn.close()


def test_an_operation_of_a_workers_connection_is_adopted_and_undoable(
    project_path: Path,
) -> None:
    """A window's background import writes through its own connection: the window takes
    the operation over and can undo it, keeping its earlier history."""
    with Project.open(project_path) as project:
        earlier = project.add_code("Earlier")
        with Project.open(project_path) as worker:
            imported = worker.add_document(ImportedDocument("New", TEXT, [], b"raw", "txt"))
        assert project.adopt(imported)
        project.undo(imported)
        project.undo(earlier)
        assert [d.name for d in project.documents()] == ["Interview"]


def test_adopting_after_another_program_wrote_drops_the_older_history(
    project_path: Path,
) -> None:
    with Project.open(project_path) as project:
        earlier = project.add_code("Earlier")
        assert run_cli("codes", "add", project_path, "Theirs").returncode == 0
        with Project.open(project_path) as worker:
            imported = worker.add_document(ImportedDocument("New", TEXT, [], b"raw", "txt"))
        assert not project.adopt(imported)
        project.undo(imported)  # nothing came after it: still undoable
        with pytest.raises(QdaError, match="(?i)another program"):
            project.undo(earlier)
