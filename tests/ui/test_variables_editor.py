"""Variables editor: typed columns, validated undoable edits, Excel import and export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from qdadesk.ui.session import ProjectSession
from qdadesk.ui.variables_editor import VariablesEditor


@pytest.fixture
def session(tmp_project, corpus_dir):
    project = tmp_project
    project.import_documents(
        [corpus_dir / "qc-demo-admin-interview-1.txt", corpus_dir / "qualcoder-example-ID1.docx"]
    )
    project.add_variable("Age", "integer")
    project.add_variable("Consent", "boolean")
    session = ProjectSession(project)
    yield session
    session.undo_stack.clear()


@pytest.fixture
def editor(session, qtbot, monkeypatch):
    editor = VariablesEditor(session)
    qtbot.addWidget(editor)
    errors = []
    monkeypatch.setattr(editor, "_show_error", errors.append)
    editor.errors = errors
    return editor


def test_header_shows_types_and_rows_are_documents(editor, session) -> None:
    model = editor.model
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Age\n(Integer)"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Consent\n(Boolean)"
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == [d.name for d in session.project.documents()]


def test_edits_are_validated_and_undoable(editor, session) -> None:
    model = editor.model
    project = session.project
    first = project.documents()[0].id
    assert model.setData(model.index(0, 1), "42")
    assert project.document_values()[first]["Age"] == 42
    assert model.index(0, 1).data() == "42"

    assert not model.setData(model.index(0, 1), "forty")
    assert editor.errors and "integer" in editor.errors[0]
    assert project.document_values()[first]["Age"] == 42

    assert model.setData(
        model.index(0, 2), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert project.document_values()[first]["Consent"] is True
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert project.document_values() == {}


def test_add_variable_and_excel_round_trip(editor, session, tmp_path) -> None:
    project = session.project
    editor.add_variable("Site", "text")
    assert editor.model.columnCount() == 4
    first, second = (d.id for d in project.documents())
    editor.model.set_value(first, "Site", "North")
    editor.model.set_value(second, "Age", 61)
    out = tmp_path / "vars.xlsx"
    editor.export_xlsx(str(out))

    for _ in range(2):
        session.undo_stack.undo()
    assert project.document_values() == {}
    result = editor.import_xlsx(str(out))
    assert result["documents"] == 2
    values = project.document_values()
    assert values[first]["Site"] == "North" and values[second]["Age"] == 61
    assert editor.model.index(1, 1).data() == "61"
    session.undo_stack.undo()  # the whole import is one step
    assert project.document_values() == {}
