"""Analysis → Intercoder Agreement…: compute, read the tables, open a disagreement side by
side, export the workbook; and coder B from another project file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from qdadesk.core import Project
from qdadesk.core.importers.document import ImportedDocument
from qdadesk.ui import MainWindow
from qdadesk.ui.analysis.agreement_dialog import IntercoderAgreementDialog

TEXT = "Cost is high.\nWe like the staff 😀.\n\nParking is hard."
ANN = [("Cost", 0, 13), ("Staff", 14, 34), ("Cost", 36, 52)]
BEN = [("Cost", 0, 12), ("Staff", 17, 34)]


def _make(path: Path, codings: dict[str, list]) -> Path:
    with Project.create(path) as project:
        doc = project.add_document(ImportedDocument("Interview", TEXT)).result
        for coder, rows in codings.items():
            for code, start, end in rows:
                code_id = project.add_code_path(code).result
                project.add_coding(doc, code_id, start, end, coder=coder)
    return path


@pytest.fixture
def agreement_window(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    monkeypatch.setenv("QDADESK_DATA_DIR", str(tmp_path / "data"))
    path = _make(tmp_path / "team.qdadesk", {"Ann": ANN, "Ben": BEN})
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    assert window.open_project(path)
    yield window
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget is not window:
            widget.close()
    window.close()


def _open_dialog(window) -> IntercoderAgreementDialog:
    window.findChild(QAction, "actionIntercoderAgreement").trigger()
    dialog = window._analysis_actions.dialogs["agreement"]
    assert dialog.isVisible()
    return dialog


def _cells(view) -> list[list[str]]:
    model = view.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_compute_show_and_open_a_disagreement(agreement_window, qtbot) -> None:
    dialog = _open_dialog(agreement_window)
    assert dialog.coder_a.currentText() == "Ann" and dialog.coder_b.currentText() == "Ben"
    qtbot.mouseClick(dialog.compute_button, Qt.MouseButton.LeftButton)
    assert _cells(dialog.codes_view) == [
        ["Cost", "2", "1", "66.67"],
        ["Staff", "0", "2", "0.00"],
    ]
    assert "40.00 %" in dialog.summary.text() and "-0.2000" in dialog.summary.text()
    assert "0.6667" in dialog.summary.text() and "0.6857" in dialog.summary.text()
    assert _cells(dialog.paragraphs_view)[0] == ["Cost", "3", "66.67", "0.4000", "0.4444"]
    rows = _cells(dialog.disagreements_view)
    assert [r[2] for r in rows] == ["Ann", "Ben", "Ann"]
    assert rows[0][5] == "We like the staff 😀."

    # Enter on Ben's Staff segment opens both coders' segments side by side.
    view = dialog.disagreements_view
    dialog.tabs.setCurrentWidget(view)
    view.setFocus()
    view.setCurrentIndex(view.model().index(1, 0))
    QTest.keyClick(view, Qt.Key.Key_Return)
    side = dialog._side_by_side
    assert side is not None and side.isVisible()
    left, right = side.texts
    assert "We like the staff 😀." in left.toPlainText()
    assert "Ann: 1 segment" in side.titles[0].text() and "Ben: 1 segment" in side.titles[1].text()
    # The highlighted stretch in each column is exactly that coder's segment.
    assert _highlighted(left) == "We like the staff 😀."
    assert _highlighted(right) == "like the staff 😀."
    side.resize(820, 300)
    side.grab().save("/tmp/h10-side-by-side.png")
    dialog.grab().save("/tmp/h10-agreement.png")


def _highlighted(view) -> str:
    """The text carrying a background colour, read from the document's fragments."""
    found = []
    block = view.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().background().style() != Qt.BrushStyle.NoBrush:
                found.append(fragment.text())
            iterator += 1
        block = block.next()
    return "".join(found)


def test_levels_and_export(agreement_window, qtbot, tmp_path, monkeypatch) -> None:
    from openpyxl import load_workbook

    dialog = _open_dialog(agreement_window)
    dialog.level.setCurrentIndex(dialog.level.findData("frequency"))
    assert not dialog.overlap.isEnabled()
    qtbot.mouseClick(dialog.compute_button, Qt.MouseButton.LeftButton)
    assert _cells(dialog.codes_view) == [["Cost", "0", "1", "0.00"], ["Staff", "1", "0", "100.00"]]
    target = tmp_path / "out.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Exported" in dialog.message.text())
    book = load_workbook(target)
    assert "Paragraph ratings" in book.sheetnames and len(book.sheetnames) == 6
    assert list(book["Paragraph ratings"].values)[0][-2:] == ("Ann", "Ben")


def test_coder_b_from_another_file(agreement_window, qtbot, tmp_path, monkeypatch) -> None:
    other = _make(tmp_path / "ben.qdadesk", {"Ben": BEN})
    dialog = _open_dialog(agreement_window)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(other), ""))
    )
    dialog.choose_other()
    assert dialog.other_project.isChecked()
    assert [dialog.coder_b.itemText(i) for i in range(dialog.coder_b.count())] == ["Ben"]
    qtbot.mouseClick(dialog.compute_button, Qt.MouseButton.LeftButton)
    assert _cells(dialog.codes_view) == [
        ["Cost", "2", "1", "66.67"],
        ["Staff", "0", "2", "0.00"],
    ]
    dialog.other_path.setText(str(tmp_path / "missing.qdadesk"))
    qtbot.mouseClick(dialog.compute_button, Qt.MouseButton.LeftButton)
    assert "missing.qdadesk" in dialog.message.text() and dialog.message.isVisible()
