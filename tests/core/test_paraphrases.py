"""Paraphrases: add, edit, remove (undoable), no overlaps, categorize, matrix, display cells."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from qdadesk.core import OffsetError, Project, QdaError
from qdadesk.core.analysis.displays import DisplayDefinition, cell_text, compute_display
from qdadesk.core.analysis.paraphrases import paraphrase_matrix
from qdadesk.core.importers.document import ImportedDocument
from qdadesk.core.ops.paraphrases import OverlapError
from qdadesk.core.store.schema import migration_names

TEXT = "Intro 😀 line one\nThe portal is down again.\nWe fax the forms instead."


def _doc(project: Project, name: str, group: int | None = None, text: str = TEXT) -> int:
    return project.add_document(ImportedDocument(name, text, [], b"raw", "txt"), group).result


def test_add_edit_remove_are_undoable(tmp_project: Project) -> None:
    doc = _doc(tmp_project, "A")
    start = TEXT.index("The portal")
    end = start + len("The portal is down again.")
    add = tmp_project.add_paraphrase(doc, start, end, "  Portal often fails ")
    (p,) = tmp_project.paraphrases()
    assert (p.document_id, p.start, p.end, p.text) == (doc, start, end, "Portal often fails")
    assert p.author == tmp_project.user_name and p.guid
    assert add.changes.ids("paraphrases") == {p.id} and doc in add.changes.documents
    edit = tmp_project.edit_paraphrase(p.id, text="Portal unreliable")
    assert tmp_project.paraphrase(p.id).text == "Portal unreliable"
    tmp_project.undo(edit)
    assert tmp_project.paraphrase(p.id).text == "Portal often fails"
    remove = tmp_project.remove_paraphrases([p.id])
    assert tmp_project.paraphrases() == []
    tmp_project.undo(remove)
    assert tmp_project.paraphrases() == [p]
    tmp_project.undo(add)
    assert tmp_project.paraphrases() == []
    tmp_project.redo(add)
    assert [x.text for x in tmp_project.paraphrases()] == ["Portal often fails"]


def test_overlap_is_refused_with_a_clear_error(tmp_project: Project) -> None:
    doc = _doc(tmp_project, "A")
    other = _doc(tmp_project, "B")
    tmp_project.add_paraphrase(doc, 10, 20, "first")
    with pytest.raises(OverlapError, match=r"overlaps the paraphrase at 10-20 .*first"):
        tmp_project.add_paraphrase(doc, 15, 25, "second")
    with pytest.raises(OverlapError):
        tmp_project.add_paraphrase(doc, 5, 30, "around")
    tmp_project.add_paraphrase(doc, 20, 25, "touching is fine")
    tmp_project.add_paraphrase(other, 15, 25, "another document is fine")
    second = tmp_project.paraphrases([doc])[1]
    with pytest.raises(OverlapError):
        tmp_project.edit_paraphrase(second.id, start=19)
    tmp_project.edit_paraphrase(second.id, end=30)  # its own range does not count
    assert len(tmp_project.paraphrases()) == 3


def test_bad_input_is_refused_and_nothing_written(tmp_project: Project) -> None:
    doc = _doc(tmp_project, "A")
    with pytest.raises(OffsetError):
        tmp_project.add_paraphrase(doc, 5, 5000, "too far")
    with pytest.raises(QdaError, match="empty"):
        tmp_project.add_paraphrase(doc, 0, 5, "   ")
    assert tmp_project.paraphrases() == []


def test_a_deleted_document_takes_its_paraphrases(tmp_project: Project) -> None:
    doc = _doc(tmp_project, "A")
    tmp_project.add_paraphrase(doc, 0, 5, "intro")
    op = tmp_project.delete_documents([doc])
    assert tmp_project.paraphrases() == []
    tmp_project.undo(op)
    assert [p.text for p in tmp_project.paraphrases()] == ["intro"]


def test_categorize_codes_the_paraphrased_passages(tmp_project: Project) -> None:
    doc = _doc(tmp_project, "A")
    a = tmp_project.add_paraphrase(doc, 0, 5, "intro").result
    b = tmp_project.add_paraphrase(doc, 18, 43, "portal fails").result
    op = tmp_project.categorize_paraphrases([a, b], new_code="Infrastructure")
    code_id, coding_ids = op.result
    assert tmp_project.code(code_id).name == "Infrastructure"
    assert [(c.start, c.end) for c in tmp_project.codings(code_ids=[code_id])] == [
        (0, 5),
        (18, 43),
    ]
    assert len(coding_ids) == 2
    assert tmp_project.paraphrase_categories() == {a: [code_id], b: [code_id]}
    tmp_project.undo(op)  # one step takes the code and its codings away
    assert tmp_project.codes() == [] and tmp_project.codings() == []
    existing = tmp_project.add_code("Outages").result
    tmp_project.categorize_paraphrases([b], code_id=existing)
    assert tmp_project.paraphrase_categories() == {b: [existing]}
    with pytest.raises(QdaError):
        tmp_project.categorize_paraphrases([b])


def test_paraphrases_matrix_by_documents_and_groups(tmp_project: Project) -> None:
    staff = tmp_project.add_group("Staff").result
    citizens = tmp_project.add_group("Citizens").result
    a = _doc(tmp_project, "A", staff)
    b = _doc(tmp_project, "B", staff)
    c = _doc(tmp_project, "C", citizens)
    _doc(tmp_project, "D (none)", citizens)
    tmp_project.add_paraphrase(a, 43, 50, "fax instead")
    tmp_project.add_paraphrase(a, 18, 43, "portal fails")
    tmp_project.add_paraphrase(b, 0, 5, "intro B")
    tmp_project.add_paraphrase(c, 0, 5, "intro C")
    by_doc = paraphrase_matrix(tmp_project, "documents")
    assert by_doc.labels == ["A", "B", "C"]  # a document without paraphrases has no column
    assert [[e.text for e in cell] for cell in by_doc.cells] == [
        ["portal fails", "fax instead"],
        ["intro B"],
        ["intro C"],
    ]
    frame = by_doc.as_frame()
    assert list(frame.columns) == ["A", "B", "C"]
    assert frame.iloc[0, 0] == "portal fails (¶ 2)" and frame.iloc[1, 1] == ""
    by_group = paraphrase_matrix(tmp_project, "groups")
    assert by_group.labels == ["Staff", "Citizens"]
    assert by_group.as_frame().iloc[2, 0] == "intro B (B, ¶ 1)"
    with pytest.raises(QdaError):
        paraphrase_matrix(tmp_project, "codes")


def test_display_cell_shows_paraphrases_of_the_codes_segments(tmp_project: Project) -> None:
    staff = tmp_project.add_group("Staff").result
    a = _doc(tmp_project, "A", staff)
    code = tmp_project.add_code("Outages").result
    other = tmp_project.add_code("Workarounds").result
    tmp_project.add_coding(a, code, 18, 43)
    tmp_project.add_coding(a, other, 43, 68)
    tmp_project.add_paraphrase(a, 18, 43, "portal fails")
    tmp_project.add_paraphrase(a, 0, 5, "intro (not on a segment)")
    definition = DisplayDefinition(rows="codes", columns="groups", cells="paraphrases")
    result = compute_display(tmp_project, definition)
    cell = result.cells.loc["Outages", "Staff"]
    assert [p.text for p in cell] == ["portal fails"]
    assert cell_text(cell) == "portal fails (A, ¶ 2)"
    assert result.cells.loc["Workarounds", "Staff"] == []
    assert "paraphrases" in DisplayDefinition.from_json({"cells": "paraphrases"}).cells


def test_migration_adds_the_table_to_an_older_project(tmp_path: Path) -> None:
    path = tmp_path / "old.qdadesk"
    Project.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE paraphrases")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0004_paraphrases'")
    conn.execute(f"PRAGMA user_version = {migration_names().index('0004_paraphrases')}")
    conn.commit()
    conn.close()
    with Project.open(path) as project:
        doc = _doc(project, "A")
        project.add_paraphrase(doc, 0, 5, "works")
        assert project.check() == []


def test_check_reports_a_paraphrase_that_does_not_fit(tmp_project: Project) -> None:
    doc = _doc(tmp_project, "A")
    paraphrase_id = tmp_project.add_paraphrase(doc, 0, 5, "intro").result
    assert tmp_project.check() == []
    tmp_project.db.execute('UPDATE paraphrases SET "end" = 9999 WHERE id = ?', [paraphrase_id])
    assert tmp_project.check() == [f"Paraphrase {paraphrase_id} (0-9999) does not fit 'A' (68)"]
