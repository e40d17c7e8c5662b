"""Every action of the whole window (all areas' menus) is named and has its own shortcut."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from qdadesk.ui import MainWindow


def test_actions_are_named_and_shortcuts_unique(qtbot, tmp_path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_project(_project(tmp_path))
    owners = defaultdict(list)
    unnamed = []
    for action in window.findChildren(QAction):
        if action.isSeparator() or not action.text():
            continue
        if action.menu() is None and not action.objectName().startswith("action"):
            unnamed.append(action.text())
        if action.shortcutContext() != Qt.ShortcutContext.WindowShortcut:
            continue  # scoped to its own pane (Del, F2): no clash with another pane's
        for shortcut in action.shortcuts():
            owners[shortcut.toString()].append(action.objectName())
    clashes = {key: sorted(set(names)) for key, names in owners.items() if len(set(names)) > 1}
    assert clashes == {}
    assert unnamed == []


def _project(tmp_path):
    from qdadesk.core import Project

    path = tmp_path / "p.qdadesk"
    Project.create(path).close()
    return path
