"""A full disk gives a clear message and loses nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from qdadesk.core import Project, ProjectError
from qdadesk.core.importers.document import ImportedDocument


def test_full_disk_during_import_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "p.qdadesk"
    with Project.create(path) as project:
        project.add_document(ImportedDocument("small", "kept text", [], b"", "txt"))
        pages = project.db.execute("PRAGMA page_count").fetchone()[0]
        # SQLite reports the disk as full once the file would grow past this many pages.
        project.db.execute(f"PRAGMA max_page_count={pages + 2}")
        big = ImportedDocument("big", "word " * 200_000, [], b"x" * 100_000, "txt")
        with pytest.raises(ProjectError, match="disk is full"):
            project.add_document(big)
        assert [d.name for d in project.documents()] == ["small"]
        assert project.check() == []
    with Project.open(path) as project:
        assert [d.name for d in project.documents()] == ["small"]
        assert project.text(project.find_document("small").id) == "kept text"
