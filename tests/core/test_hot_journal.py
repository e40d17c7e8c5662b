"""A crash mid-write (a hot ``-journal``) never makes a project unopenable, and never lets a
foreign or newer file be touched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from crash_helpers import forge_half_written_page_one, kill_mid_write, run_cli

from qdadesk.core import NewerVersionError, Project, ProjectError
from qdadesk.core.importers.document import ImportedDocument
from qdadesk.core.store.connection import APPLICATION_ID
from qdadesk.core.store.schema import schema_version


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _content(path: Path) -> list[str]:
    """Everything the file holds, as SQL (free pages may keep old bytes after a rollback)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _project_with_a_document(path: Path) -> None:
    with Project.create(path) as project:
        code = project.add_code("Cost").result
        imported = ImportedDocument("Interview", "We could not pay for it.", [], b"raw", "txt")
        document = project.add_document(imported).result
        project.add_coding(document, code, 0, 10)


def test_project_with_a_hot_journal_opens_and_is_rolled_back(tmp_path: Path) -> None:
    path = tmp_path / "p.qdadesk"
    _project_with_a_document(path)
    committed = _content(path)
    kill_mid_write(path)
    with Project.open(path) as project:
        assert project.journal_recovered
        assert [d.name for d in project.documents()] == ["Interview"]
        assert project.check() == []
    assert not Path(str(path) + "-journal").exists()
    assert _content(path) == committed


def test_cli_check_recovers_and_reports_the_leftover_journal(tmp_path: Path) -> None:
    path = tmp_path / "p.qdadesk"
    _project_with_a_document(path)
    kill_mid_write(path)
    result = run_cli("check", path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
    assert "journal" in result.stderr


def test_check_reports_a_journal_that_is_still_there(tmp_path: Path) -> None:
    path = tmp_path / "p.qdadesk"
    _project_with_a_document(path)
    with Project.open(path) as project:
        other = sqlite3.connect(path, isolation_level=None)  # another program, mid-write
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO settings (key, value) VALUES ('k', 'v')")
        try:
            assert any("journal" in problem for problem in project.check())
        finally:
            other.execute("ROLLBACK")
            other.close()


def test_foreign_database_with_hot_journal_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.qdadesk"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE documents (name TEXT)")
    conn.execute("CREATE TABLE settings (key TEXT, value)")
    conn.execute("INSERT INTO documents VALUES ('x')")
    conn.commit()
    conn.close()
    kill_mid_write(path)
    journal = Path(str(path) + "-journal")
    before, journal_before = _digest(path), _digest(journal)
    with pytest.raises(ProjectError, match="not a QDA Desk project"):
        Project.open(path)
    assert _digest(path) == before
    assert _digest(journal) == journal_before


def test_newer_project_with_hot_journal_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.qdadesk"
    _project_with_a_document(path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={schema_version() + 3}")
    conn.commit()
    conn.close()
    kill_mid_write(path)
    journal = Path(str(path) + "-journal")
    before, journal_before = _digest(path), _digest(journal)
    with pytest.raises(NewerVersionError):
        Project.open(path)
    assert _digest(path) == before
    assert _digest(journal) == journal_before


def test_half_written_page_one_is_judged_by_the_journal_and_restored(tmp_path: Path) -> None:
    """The crash came while page 1 was being rewritten: the journal's saved page 1 says the
    file is a QDA Desk project, so it is ours to roll back, byte for byte."""
    path = tmp_path / "p.qdadesk"
    _project_with_a_document(path)
    committed = _digest(path)
    forge_half_written_page_one(path, application_id=7)
    with Project.open(path) as project:
        assert project.journal_recovered
        assert [d.name for d in project.documents()] == ["Interview"]
    assert _digest(path) == committed


def test_foreign_file_whose_half_written_page_one_looks_like_ours_is_untouched(
    tmp_path: Path,
) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id=42")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    forge_half_written_page_one(path, application_id=APPLICATION_ID)
    before = _digest(path)
    journal_before = _digest(Path(str(path) + "-journal"))
    with pytest.raises(ProjectError, match="not a QDA Desk project"):
        Project.open(path)
    assert _digest(path) == before
    assert _digest(Path(str(path) + "-journal")) == journal_before


def test_an_inert_journal_from_an_early_kill_is_removed(tmp_path: Path) -> None:
    """Killed before its journal's header was synced: nothing reached the project and SQLite
    ignores the journal; opening removes it so that none lies beside a sound project."""
    path = tmp_path / "p.qdadesk"
    _project_with_a_document(path)
    committed = _content(path)
    Path(str(path) + "-journal").write_bytes(b"\0" * 1024)
    with Project.open(path) as project:
        assert project.check() == []
    assert not Path(str(path) + "-journal").exists()
    assert _content(path) == committed


def test_the_journal_of_a_write_in_progress_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "p.qdadesk"
    _project_with_a_document(path)
    other = sqlite3.connect(path, isolation_level=None)  # another program, mid-write
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO settings (key, value) VALUES ('k', 'v')")
    journal = Path(str(path) + "-journal")
    try:
        assert journal.exists()
        with Project.open(path) as project:  # opens beside the writer, without waiting
            assert [d.name for d in project.documents()] == ["Interview"]
        assert journal.exists()
    finally:
        other.execute("COMMIT")
        other.close()
    with Project.open(path) as project:
        assert project.setting("k") == "v"
