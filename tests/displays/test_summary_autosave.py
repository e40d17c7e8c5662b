"""Summary Grid: what the user types is kept when they click another cell or close the
window, without a Save button; one undoable step per change, none when unchanged."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow

from qdadesk.core.analysis.summaries import summary_for
from qdadesk.ui.session import ProjectSession


class _DocumentSystem:
    def add_document_action(self, text, callback):
        pass


class _Window(QMainWindow):
    """What the displays use of the main window (``MainWindowApi``)."""

    sessionChanged = Signal(object)

    def __init__(self, session):
        super().__init__()
        self.session = session
        self.document_system = _DocumentSystem()
        self.display_windows = []
        self._menus = {}

    def menu(self, name):
        if name not in self._menus:
            self._menus[name] = self.menuBar().addMenu(name)
        return self._menus[name]


@pytest.fixture
def grid(qtbot, small_project):
    from qdadesk.ui.displays import actions

    window = _Window(ProjectSession(small_project))
    qtbot.addWidget(window)
    actions.install(window)
    window.findChild(type(window.menu("Reports").menuAction()), "actionSummaryGrid").trigger()
    grid = window.display_windows[-1]
    grid.show()
    qtbot.waitExposed(grid)
    grid.windowHandle().requestActivate()
    QApplication.processEvents()
    yield grid
    grid.close()


def _cell(grid, code, owner):
    model = grid.view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data().strip() == code)
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == owner
    )
    return model.index(row, column)


def _click(grid, code, owner):
    index = _cell(grid, code, owner)
    grid.view.scrollTo(index)
    rect = grid.view.visualRect(index)
    QTest.mouseClick(grid.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _type(widget, text):
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(widget, text)


def test_clicking_another_cell_keeps_the_typed_summary(grid):
    project = grid.project
    cost, anna = project.code_ids["Barriers\\Cost"], project.ids["Anna"]
    stack = grid.session.undo_stack
    assert grid.findChild(type(grid.editor), "summaryEditor") is grid.editor
    assert not hasattr(grid, "save")  # no Save button to forget
    _click(grid, "Cost", "Anna")
    assert grid.cell == (cost, anna)
    steps = stack.count()
    _type(grid.editor, "Costs dominate everything.")
    _type(grid.rating, "5")
    _click(grid, "Speed", "Anna")  # before any "save"
    stored = summary_for(project, cost, document_id=anna)
    assert (stored.text, stored.rating) == ("Costs dominate everything.", "5")
    assert stack.count() == steps + 1  # one step for the change
    # Leaving an unchanged summary writes nothing.
    _click(grid, "Cost", "Anna")
    assert grid.editor.toPlainText() == "Costs dominate everything."
    _click(grid, "Speed", "Anna")
    assert stack.count() == steps + 1
    # Undo shows the earlier text in the open cell, and leaving does not write it back.
    _click(grid, "Cost", "Anna")
    stack.undo()
    QApplication.processEvents()
    grid._refresh_now()
    assert grid.editor.toPlainText() == "Cost worries the office."
    _click(grid, "Speed", "Anna")
    assert summary_for(project, cost, document_id=anna).text == "Cost worries the office."
    assert stack.count() == steps + 1 and stack.index() == steps


def test_closing_the_window_keeps_the_typed_summary(grid):
    project = grid.project
    speed, ben = project.code_ids["Barriers\\Speed"], project.ids["Ben"]
    _click(grid, "Speed", "Ben")
    _type(grid.editor, "Ben finds forms slow.")
    grid.close()
    assert summary_for(project, speed, document_id=ben).text == "Ben finds forms slow."


def test_closing_the_project_keeps_the_typed_summary(grid):
    project = grid.project
    speed, cleo = project.code_ids["Barriers\\Speed"], project.ids["Cleo"]
    _click(grid, "Speed", "Cleo")
    grid.editor.setFocus()
    QTest.keyClicks(grid.editor, "Cleo too.")
    grid.session.aboutToClose.emit()  # what ProjectSession.close() sends first
    assert summary_for(project, speed, document_id=cleo).text.endswith("Cleo too.")
