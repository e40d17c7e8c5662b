"""Every action of the whole window runs on a real project without an error.

Each area installs its own menu entries; this is the one place that triggers them all
together, as a user clicking through the menus would. Dialogs are answered "cancel".
"""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
)

from qdadesk.paths import sample_project_path
from qdadesk.ui import MainWindow

# Quitting, closing or swapping the project would end the run; tested on their own elsewhere.
SKIPPED = {"actionQuit", "actionCloseProject", "actionExit", "actionOpenSample"}


@pytest.fixture
def answered_cancel(monkeypatch):
    """Every question a dialog could ask gets "cancel" (offscreen, a modal dialog would hang)."""
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(QMenu, "exec", lambda self, *a, **k: None)
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([], "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (0, False)))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("", False)))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: ("", False)))
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor()))
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(
            QMessageBox, name, staticmethod(lambda *a, **k: QMessageBox.StandardButton.Cancel)
        )


def test_every_action_runs(qtbot, tmp_path, answered_cancel) -> None:
    path = tmp_path / "sample.qdadesk"
    shutil.copy(sample_project_path(), path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    window.open_project(path)
    project = window.session.project
    document = project.documents()[0]
    window.select_range(document.id, 10, 40)
    before = set(QApplication.topLevelWidgets())
    triggered = []
    for action in window.findChildren(QAction):
        name = action.objectName()
        if not name.startswith("action") or name in SKIPPED or not action.isEnabled():
            continue
        action.trigger()
        QApplication.processEvents()
        triggered.append(name)
        for widget in set(QApplication.topLevelWidgets()) - before:
            if widget.isVisible():
                widget.close()
        # Keep a selection for the coding actions, whatever the last action did.
        if window.session is not None and window.document_browser.selected_range() is None:
            window.select_range(document.id, 10, 40)
    assert len(triggered) > 40
    assert project.check() == []
