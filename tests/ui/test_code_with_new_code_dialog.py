"""Ctrl+W: one small dialog (name from the selection, parent code, colour swatches,
description); OK codes the selection with the new code, Cancel codes nothing."""

# ruff: noqa: F811  (fixtures are imported from coding_workspace_support)
from __future__ import annotations

from coding_workspace_support import (  # noqa: F401
    EMOJI_TEXT,
    isolated_settings,
    select_points,
    window,
    workspace_project,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QColorDialog, QDialogButtonBox, QTextEdit

from qdadesk.ui.new_code_dialog import NewCodeFromSelectionDialog


def _press_ctrl_w(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()  # shortcuts go to the active window
    QApplication.processEvents()
    view = window.findChild(QTextEdit, "documentText")
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    dialog = window.coding.new_code_dialog
    assert isinstance(dialog, NewCodeFromSelectionDialog) and dialog.isVisible()
    return dialog


def test_type_pick_a_swatch_ok(window, qtbot):
    project = window.session.project
    joy = project.find_code("Feelings\\Joy").id
    window.set_current_code(joy)
    window.open_document("emoji-interview")
    start = EMOJI_TEXT.index("Русский")
    select_points(window, start, EMOJI_TEXT.index(", 中文"))
    codes_before = len(project.codes())
    dialog = _press_ctrl_w(window, qtbot)
    # One dialog: the selection as the name, all selected with its start in view.
    assert dialog.name.text() == "Русский текст здесь"
    assert dialog.name.selectedText() == dialog.name.text()
    assert dialog.name.cursorPosition() == 0
    # The parent defaults to the current code's parent.
    assert dialog.parent_code.currentText() == "Feelings"
    assert len(dialog.swatches.buttons()) >= 8
    dialog.grab().save("/tmp/h5/code-with-new-code.png")
    QTest.keyClicks(dialog.name, "Russian words")  # typing replaces the selected name
    swatch = dialog.swatches.buttons()[3]
    QTest.mouseClick(swatch, Qt.MouseButton.LeftButton)
    QTest.keyClicks(dialog.description, "Talk in Russian")
    QTest.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()
    code = project.find_code("Feelings\\Russian words")
    assert code.color == swatch.color and code.description == "Talk in Russian"
    (coding,) = project.codings(code_ids=[code.id])
    assert EMOJI_TEXT[coding.start : coding.end] == "Русский текст здесь"
    assert window.current_code_id() == code.id
    assert len(project.codes()) == codes_before + 1
    window.action_undo.trigger()  # one step takes back the code and its coding
    assert len(project.codes()) == codes_before and not project.codings(code_ids=[code.id])


def test_cancel_codes_nothing(window, qtbot, monkeypatch):
    project = window.session.project
    window.open_document("emoji-interview")
    select_points(window, 0, 5)
    codes, codings = len(project.codes()), len(project.codings())
    dialog = _press_ctrl_w(window, qtbot)
    assert dialog.parent_code.currentData() is None  # no current code: top level
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert (len(project.codes()), len(project.codings())) == (codes, codings)
    # Cancelling "More…" keeps the dialog, the name and the colour.
    select_points(window, 0, 5)
    dialog = _press_ctrl_w(window, qtbot)
    before = dialog.color()
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor())
    dialog.more.click()
    assert dialog.isVisible() and dialog.color() == before and dialog.name.text() == "Intro"
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#0a7b83"))
    dialog.more.click()
    assert dialog.color() == "#0a7b83"
    QTest.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert project.find_code("Intro").color == "#0a7b83"


def test_empty_name_cannot_be_confirmed(window, qtbot):
    project = window.session.project
    window.open_document("emoji-interview")
    select_points(window, 0, 5)
    dialog = _press_ctrl_w(window, qtbot)
    dialog.name.clear()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    QTest.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible()
    dialog.reject()
    assert "Intro" not in project.code_paths().values()
