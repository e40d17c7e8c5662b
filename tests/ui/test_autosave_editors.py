"""Nothing needs saving: memos, variable values and summaries are written when the user
leaves the editor, closes its window or closes the project (one undoable step each)."""

# ruff: noqa: F811  (fixtures are imported from coding_workspace_support)
from __future__ import annotations

from coding_workspace_support import (  # noqa: F401
    isolated_settings,
    trigger,
    window,
    workspace_project,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView, QTextEdit

from qdadesk.core import Project
from qdadesk.ui.memos import MemoEditor


def _activate(widget, qtbot):
    widget.show()
    qtbot.waitExposed(widget)
    widget.windowHandle().requestActivate()
    QApplication.processEvents()


def test_memo_is_written_when_left_and_when_closed(window, qtbot):
    session = window.session
    project = session.project
    editor = MemoEditor.new_memo(session, "free", parent=window)
    _activate(editor, qtbot)
    steps = session.undo_stack.count()
    QTest.mouseClick(editor.title_edit, Qt.MouseButton.LeftButton)
    editor.title_edit.setFocus()
    QTest.keyClicks(editor.title_edit, "Field note")
    editor.body.setFocus()  # title -> body: still the same memo, nothing written yet
    assert project.memos() == []
    QTest.keyClicks(editor.body, "The office was busy.")
    _activate(window, qtbot)  # the user leaves the memo for the document
    window.findChild(QTextEdit, "documentText").setFocus()
    QApplication.processEvents()
    (memo,) = project.memos()
    assert (memo.title, memo.plain) == ("Field note", "The office was busy.")
    assert session.undo_stack.count() == steps + 1
    _activate(editor, qtbot)
    editor.body.setFocus()
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    QTest.keyClicks(editor.body, " Phones rang.")
    QTest.keyClick(editor, Qt.Key.Key_Escape)  # Esc closes and keeps the text
    assert not editor.isVisible()
    assert project.memo(memo.id).plain == "The office was busy. Phones rang."
    assert session.undo_stack.count() == steps + 2
    # A new memo closed empty is not created.
    empty = MemoEditor.new_memo(session, "free", parent=window)
    empty.close()
    assert len(project.memos()) == 1


def test_close_project_writes_open_editors(window, qtbot, workspace_project):
    session = window.session
    editor = MemoEditor.new_memo(session, "free", parent=window)
    _activate(editor, qtbot)
    editor.body.setFocus()
    QTest.keyClicks(editor.body, "Written while the project closed.")
    # The Summary Grid from the real menu, a summary being typed.
    window.findChild(QAction, "actionSummaryGrid").trigger()
    grid = window.display_windows[-1]
    grid._refresh_now()
    model = grid.view.model()
    grid.open_cell(int(grid.table.codes.index[0]), int(grid.table.columns[0].key))
    grid.editor.setPlainText("Summary typed, never saved.")
    trigger(window, "actionCloseProject")
    assert window.pages.currentWidget() is window.start_page
    with Project.open(workspace_project.path) as project:
        assert [m.plain for m in project.memos()] == ["Written while the project closed."]
        assert [s.text for s in project.summaries()] == ["Summary typed, never saved."]
    assert model is not None


def test_variable_value_being_typed_is_written_on_close(window, qtbot):
    from qdadesk.ui.variables_editor import VariablesEditor

    session = window.session
    project = session.project
    session.perform(lambda: project.add_variable("Place", "text"))
    editor = VariablesEditor(session, window)
    _activate(editor, qtbot)
    table = editor.findChild(QTableView, "variablesTable")
    index = editor.model.index(0, 1)
    table.setCurrentIndex(index)
    table.setFocus()
    table.edit(index)
    QApplication.processEvents()
    QTest.keyClicks(QApplication.focusWidget(), "Bandung")
    editor.close()  # the title bar's close, while the cell is still being edited
    document = project.documents()[0].id
    assert project.document_values()[document]["Place"] == "Bandung"
