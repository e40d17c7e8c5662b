"""Variables > Cases… in the real window: cases made, renamed, filled with documents from a
multi-select list or by dragging from the Document System, case variables edited; the
Summary Grid per case shows them. Documents > Import Options > Join Hard-Wrapped Lines is
remembered and applies to later imports."""

# ruff: noqa: F811  (fixtures are imported from coding_workspace_support)
from __future__ import annotations

from pathlib import Path

from coding_workspace_support import (  # noqa: F401
    isolated_settings,
    trigger,
    window,
    workspace_project,
)
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QInputDialog

from qdadesk.ui.cases_dialog import CasesDialog, DocumentPicker

WPA = Path("/work/shared/corpus/wpa-slave-narratives-vol03-florida.txt")


def _answer_name(name: str) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(name)
        dialog.accept()

    QTimer.singleShot(0, answer)


def test_cases_dialog_makes_cases_with_documents_and_variables(window, workspace_project, qtbot):
    project = window.session.project
    trigger(window, "actionCases")
    dialog = window.findChild(CasesDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.rowCount() == 0 and not dialog.add_documents_button.isEnabled()

    _answer_name("Family A")
    qtbot.mouseClick(
        dialog.findChild(type(dialog.add_documents_button), "caseNew"), Qt.MouseButton.LeftButton
    )
    (case,) = project.cases()
    assert case.name == "Family A" and dialog.current_case_id() == case.id

    # Add Documents…: a real multi-select list, two documents chosen with Ctrl+click
    def pick() -> None:
        picker = QApplication.activeModalWidget()
        assert isinstance(picker, DocumentPicker)
        for row in (0, 2):
            item = picker.list.item(row)
            rect = picker.list.visualItemRect(item)
            qtbot.mouseClick(
                picker.list.viewport(),
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.ControlModifier,
                rect.center(),
            )
        picker.accept()

    QTimer.singleShot(0, pick)
    qtbot.mouseClick(dialog.add_documents_button, Qt.MouseButton.LeftButton)
    assert project.case_documents(case.id) == [
        workspace_project.emoji_id,
        workspace_project.docx_id,
    ]
    assert dialog.members.count() == 2
    assert dialog.model.index(0, 1).data() == 2

    # drag the table document from the Document System onto the case's document list
    pane = window.document_system
    mime = pane.model.mimeData([pane.model.index_of("document", workspace_project.table_id)])
    viewport = dialog.members.viewport()
    point = QPoint(20, 20)
    enter = QDragEnterEvent(
        point,
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(
        viewport,
        QDropEvent(
            point.toPointF(),
            Qt.DropAction.MoveAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    assert len(project.case_documents(case.id)) == 3

    # take one out again
    dialog.members.item(0).setSelected(True)
    qtbot.mouseClick(dialog.remove_documents_button, Qt.MouseButton.LeftButton)
    assert workspace_project.emoji_id not in project.case_documents(case.id)
    assert len(project.documents()) == 3  # documents stay

    # case variables: typed, edited in the table
    assert dialog.add_variable("size", "integer")
    assert dialog.model.setData(dialog.model.index(0, 2), "4")
    assert project.case_value(case.id, "size") == 4
    errors = []
    dialog.model.errorOccurred.disconnect()
    dialog.model.errorOccurred.connect(errors.append)
    assert not dialog.model.setData(dialog.model.index(0, 2), "four")
    assert "not a valid integer" in errors[0]
    assert dialog.model.setData(dialog.model.index(0, 0), "Family Alpha")
    assert project.case(case.id).name == "Family Alpha"
    assert dialog.members_title.text() == "Documents of 'Family Alpha'"

    trigger(window, "actionUndo")  # the rename
    assert project.case(case.id).name == "Family A"

    # the Summary Grid per case now has a column for it
    from qdadesk.ui.displays.summary_windows import SummaryGridWindow

    grid = SummaryGridWindow(window.session, window)
    qtbot.addWidget(grid)
    grid.owners.setCurrentIndex(grid.owners.findData("cases"))
    grid.refresh()
    assert [c.label for c in grid.table.columns] == ["Family A"]
    assert "No cases yet" not in grid.status.text()


def test_summary_grid_without_cases_points_to_the_cases_dialog(window, qtbot):
    from qdadesk.ui.displays.summary_windows import SummaryGridWindow

    grid = SummaryGridWindow(window.session, window)
    qtbot.addWidget(grid)
    grid.owners.setCurrentIndex(grid.owners.findData("cases"))
    grid.refresh()
    assert grid.status.text() == "No cases yet: make cases with Variables > Cases… first"
    assert window.findChild(QAction, "actionCases").text() == "Cases…"


def test_join_lines_option_is_remembered_and_applies_to_imports(window, qtbot, tmp_path):
    action = window.findChild(QAction, "actionJoinHardWrappedLines")
    assert action is not None and action.isCheckable() and not action.isChecked()
    assert action in window.findChild(type(window.menu("Documents")), "menuImportOptions").actions()

    def import_wpa() -> str:
        job = window.document_system.import_files([str(WPA)])
        job._show_dialogs = False
        qtbot.waitUntil(
            lambda: job.operation is not None or job not in window.document_system.jobs,
            timeout=60_000,
        )
        return window.session.project.text(job.operation.result.imported[0])

    wrapped = import_wpa()
    assert "seein my granma\nmilk de cows" in wrapped
    action.trigger()
    assert QSettings().value("import/joinHardWrappedLines") in (True, "true")
    joined = import_wpa()
    assert "seein my granma milk de cows an do de washin." in joined
    assert (
        window.session.project.text(
            window.session.project.find_document("wpa-slave-narratives-vol03-florida").id
        )
        == wrapped
    )  # the first import is untouched

    # a new window of the same user starts with the choice remembered
    from qdadesk.ui import MainWindow

    second = MainWindow()
    qtbot.addWidget(second)
    assert second.findChild(QAction, "actionJoinHardWrappedLines").isChecked()
    second.close()
