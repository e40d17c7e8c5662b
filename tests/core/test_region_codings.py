"""Region codings (issue 13): a box on a PDF page or a picture, coded like a text segment,
stored in the codings table beside text segments; projects from before migrate."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from qdadesk.core import Project
from qdadesk.core.errors import OffsetError, QdaError
from qdadesk.core.importers.document import ImportedDocument, ImportedPage
from qdadesk.core.store.connection import APPLICATION_ID
from qdadesk.core.store.database import Database
from qdadesk.core.store.schema import MIGRATIONS, migration_names, schema_version


def _paged(kind: str, pages: list[ImportedPage], text: str = "") -> ImportedDocument:
    return ImportedDocument(
        name=f"a {kind}",
        text=text,
        original=b"bytes",
        original_type="pdf" if kind == "pdf" else "png",
        kind=kind,
        pages=pages,
    )


def test_region_on_a_pdf_page_is_kept_with_its_box_and_undone(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.qdadesk") as project:
        pages = [ImportedPage(612, 792, 0, 5), ImportedPage(612, 792, 6, 11)]
        document_id = project.add_document(_paged("pdf", pages, "hello\nworld")).result
        code_id = project.add_code_path("Figures").result
        assert project.document(document_id).kind == "pdf"
        assert [(p.page, p.width, p.text_start) for p in project.pages(document_id)] == [
            (1, 612, 0),
            (2, 612, 6),
        ]
        operation = project.add_region_coding(
            document_id, code_id, (300.5, 40, 72, 100.25), page=2, weight=40, comment="chart"
        )
        coding = project.coding(operation.result)
        assert coding.is_region
        assert (coding.page, coding.box) == (2, (72.0, 40.0, 300.5, 100.25))
        assert (coding.weight, coding.comment) == (40, "chart")
        # A second, overlapping region of the same code stays a region of its own.
        second = project.add_region_coding(document_id, code_id, (80, 50, 200, 90), page=2)
        assert len(project.codings(code_ids=[code_id])) == 2
        project.undo(second)
        project.undo(operation)
        assert project.codings() == []
        project.redo(operation)
        assert project.coding(operation.result).box == (72.0, 40.0, 300.5, 100.25)


def test_picture_regions_have_no_page_and_stay_inside_the_picture(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.qdadesk") as project:
        document_id = project.add_document(_paged("picture", [ImportedPage(640, 480)])).result
        code_id = project.add_code_path("Faces").result
        coding_id = project.add_region_coding(document_id, code_id, (0, 0, 640, 480)).result
        assert project.coding(coding_id).page is None
        with pytest.raises(OffsetError):
            project.add_region_coding(document_id, code_id, (0, 0, 641, 10))
        with pytest.raises(OffsetError):
            project.add_region_coding(document_id, code_id, (5, 5, 5, 10))
        with pytest.raises(OffsetError):
            project.add_region_coding(document_id, code_id, (0, 0, 10, 10), page=2)
        text_id = project.add_document(ImportedDocument(name="t", text="plain text")).result
        with pytest.raises(QdaError):
            project.add_region_coding(text_id, code_id, (0, 0, 1, 1))


def test_a_pdf_page_outside_the_document_is_refused(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.qdadesk") as project:
        document_id = project.add_document(_paged("pdf", [ImportedPage(100, 100)])).result
        code_id = project.add_code_path("X").result
        with pytest.raises(OffsetError):
            project.add_region_coding(document_id, code_id, (0, 0, 10, 10), page=2)
        assert project.codings() == []


def test_a_text_segment_is_never_joined_into_a_region(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.qdadesk") as project:
        pages = [ImportedPage(100, 100, 0, 11)]
        document_id = project.add_document(_paged("pdf", pages, "hello world")).result
        code_id = project.add_code_path("X").result
        region_id = project.add_region_coding(document_id, code_id, (0, 0, 50, 50)).result
        text_id = project.add_coding(document_id, code_id, 0, 11).result
        assert text_id != region_id
        assert project.coding(region_id).is_region
        assert not project.coding(text_id).is_region


def test_the_database_refuses_a_half_region(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.qdadesk") as project:
        document_id = project.add_document(_paged("picture", [ImportedPage(10, 10)])).result
        code_id = project.add_code_path("X").result
        with pytest.raises(sqlite3.IntegrityError):
            project.db.execute(
                'INSERT INTO codings (guid, document_id, code_id, start, "end", created, '
                "modified, x1, y1) VALUES ('g', ?, ?, 0, 0, 't', 't', 1, 1)",
                [document_id, code_id],
            )


def test_a_project_from_before_regions_migrates_without_reusing_ids(tmp_path: Path) -> None:
    path = tmp_path / "old.qdadesk"
    names = migration_names()
    first_new = names.index("0010_regions")
    db = Database(sqlite3.connect(path))
    db.execute(f"PRAGMA application_id={APPLICATION_ID}")
    MIGRATIONS.apply(db, stop_before=names[first_new:])
    db.execute(f"PRAGMA user_version={first_new}")
    for statement in [
        "INSERT INTO documents (id, guid, name, length, created, modified) "
        "VALUES (7, 'D7', 'Interview', 11, 't', 't')",
        "INSERT INTO document_texts (document_id, text) VALUES (7, 'hello world')",
        "INSERT INTO codes (id, guid, name, created, modified) VALUES (5, 'C5', 'X', 't', 't')",
        'INSERT INTO codings (id, guid, document_id, code_id, start, "end", created, modified) '
        "VALUES (11, 'S11', 7, 5, 0, 5, 't', 't')",
        'INSERT INTO codings (id, guid, document_id, code_id, start, "end", created, modified) '
        "VALUES (12, 'S12', 7, 5, 6, 11, 't', 't')",
        "INSERT INTO memos (id, guid, title, plain, kind, coding_id, created, modified) "
        "VALUES (2, 'M2', 'Note', 'n', 'coding', 11, 't', 't')",
        "DELETE FROM codings WHERE id = 12",
    ]:
        db.execute(statement)
    db.conn.commit()
    db.close()
    with Project.open(path) as project:
        assert project.db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
        assert [(c.id, c.start, c.end, c.is_region) for c in project.codings()] == [
            (11, 0, 5, False)
        ]
        assert project.memos()[0].coding_id == 11
        assert project.db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert project.add_coding(7, 5, 6, 11).result == 13  # 12 was used once
        project.delete_code(5)
        assert project.memos() == []  # the cascade from codings to memos still holds
