"""Moving segments to another code (Smart Coding Tool) recounts both codes in the Code
System, and so does its undo and redo: the Changes name the old and the new code."""

# ruff: noqa: F811  (fixtures are imported from coding_workspace_support)
from __future__ import annotations

from coding_workspace_support import (  # noqa: F401
    isolated_settings,
    trigger,
    window,
    workspace_project,
)
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QPushButton, QTableView, QTreeView


def _counts(window, *code_ids: int) -> list[str]:
    model = window.code_system.model
    return [model.data(model.index_for(code_id, 1)) for code_id in code_ids]


def test_code_system_counts_follow_a_recode_and_its_undo(window, workspace_project, qtbot):
    project = window.session.project
    ids = {path: code_id for code_id, path in project.code_paths().items()}
    joy, anger = ids["Feelings\\Joy"], ids["Feelings\\Anger"]
    for start, end in ((0, 5), (6, 12)):
        window.session.perform(
            lambda s=start, e=end: project.add_coding(workspace_project.emoji_id, joy, s, e)
        )
    window.findChild(QTreeView, "codeSystem").expandAll()
    window.set_current_code(joy)
    assert _counts(window, joy, anger) == ["2", "0"]

    trigger(window, "actionSmartCodingTool")
    tool = window.findChild(QDialog, "smartCodingTool")
    table = tool.findChild(QTableView, "reviewTable")
    assert table.model().rowCount() == 2
    table.selectAll()
    target = tool.target
    target.setCurrentIndex(target.findData(anger))
    QTest.mouseClick(tool.findChild(QPushButton, "moveSegmentsButton"), Qt.MouseButton.LeftButton)
    assert {c.code_id for c in project.codings()} == {anger}
    assert _counts(window, joy, anger) == ["0", "2"]

    trigger(window, "actionUndo")
    assert {c.code_id for c in project.codings()} == {joy}
    assert _counts(window, joy, anger) == ["2", "0"]
    trigger(window, "actionRedo")
    assert _counts(window, joy, anger) == ["0", "2"]
