"""File > Close Project (the real action, as a user triggers it) shows the start page."""

# ruff: noqa: F811  (fixtures are imported from coding_workspace_support)
from __future__ import annotations

from coding_workspace_support import (  # noqa: F401
    isolated_settings,
    window,
    workspace_project,
)
from PySide6.QtWidgets import QMenu


def test_close_project_action_shows_the_start_page(window, qtbot):
    assert window.pages.currentWidget() is window.main_splitter
    file_menu = window.findChild(QMenu, "menuFile")
    action = next(a for a in file_menu.actions() if a.objectName() == "actionCloseProject")
    assert action.shortcut().toString() == "Ctrl+Shift+W"
    action.trigger()  # emits triggered(checked=False), as a click in the menu does
    assert window.session is None
    assert window.pages.currentWidget() is window.start_page
    assert window.windowTitle() == "QDA Desk"
    assert window.start_page.recent.count() >= 1
    assert not action.isEnabled()
