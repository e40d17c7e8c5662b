"""Undo keeps a deleted document's text and original file in the project (``undo_trash``),
not as SQL text in memory; the trash goes with the history."""

from __future__ import annotations

import os
import socket
from pathlib import Path

from qdadesk.core import Project
from qdadesk.core.importers.document import ImportedDocument

BIG = os.urandom(5 * 1024 * 1024)
TEXT = "Word after word. " * 60_000  # about 1 MB of text


def _big_document(project: Project) -> int:
    return project.add_document(ImportedDocument("Big", TEXT, [], BIG, "pdf")).result


def _log_size(log) -> int:
    return sum(len(change.inverse_sql) for change in log)


def test_deleting_a_big_document_logs_references_not_copies(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.qdadesk") as project:
        document = _big_document(project)
        deleted = project.delete_documents([document])
        assert _log_size(deleted.undo_log) < 10_000
        project.undo(deleted)
        assert project.text(document) == TEXT
        data = project.db.execute(
            "SELECT data FROM document_files WHERE document_id = ?", [document]
        ).fetchone()[0]
        assert data == BIG
        project.redo(deleted)
        assert _log_size(deleted.undo_log) < 10_000
        project.undo(deleted)
        assert project.text(document) == TEXT
        assert project.check() == []


def test_trash_is_emptied_when_history_is_cleared_and_on_close(tmp_path: Path) -> None:
    path = tmp_path / "p.qdadesk"
    with Project.create(path) as project:
        project.delete_documents([_big_document(project)])
        assert project.db.execute("SELECT count(*) FROM undo_trash").fetchone()[0] == 2
        project.clear_history()
        assert project.db.execute("SELECT count(*) FROM undo_trash").fetchone()[0] == 0
        project.delete_documents([_big_document(project)])
    with Project.open(path) as project:
        assert project.db.execute("SELECT count(*) FROM undo_trash").fetchone()[0] == 0


def test_trash_left_by_a_crashed_process_is_emptied_on_open(tmp_path: Path) -> None:
    path = tmp_path / "p.qdadesk"
    dead = 2**22 + 12345  # above Linux's default pid_max: no such process
    with Project.create(path) as project:
        project.db.execute(
            "INSERT INTO undo_trash (owner, value0) VALUES (?, x'00'), (?, x'00')",
            [f"{socket.gethostname()}|{dead}|x", "another-computer|1|y"],
        )
    with Project.open(path) as project:
        owners = [row[0] for row in project.db.execute("SELECT owner FROM undo_trash")]
    assert owners == ["another-computer|1|y"]


def test_undo_of_a_stale_history_keeps_newer_trash(tmp_path: Path) -> None:
    """After another program wrote, only the old history's trash goes: a delete made since
    can still be undone."""
    path = tmp_path / "p.qdadesk"
    with Project.create(path) as project:
        old = project.delete_documents([_big_document(project)])
        with Project.open(path) as other:
            other.add_code("Theirs")
        document = _big_document(project)
        newer = project.delete_documents([document])
        project.undo(newer)
        assert project.text(document) == TEXT
        assert old.epoch != project.history_epoch
