"""The main window: panes, menus and actions, start page, opening/refusing projects,
layout kept in QSettings, undo texts, sample project."""

# ruff: noqa: F811  (fixtures are imported from coding_workspace_support)
from __future__ import annotations

import sqlite3

from coding_workspace_support import (  # noqa: F401
    isolated_settings,
    select_points,
    trigger,
    window,
    workspace_project,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTextEdit, QWidget

from qdadesk.ui import MainWindow
from qdadesk.ui.main_window import MENU_TITLES


def test_four_panes_and_named_actions(window):
    for name in ("documentSystem", "documentText", "codeSystem", "retrievedSegments"):
        assert window.findChild(QWidget, name) is not None, name
    actions = [a for a in window.findChildren(QAction) if a.objectName()]
    names = {a.objectName() for a in actions}
    for name in (
        "actionUndo",
        "actionRedo",
        "actionInVivoCode",
        "actionCodeWithCurrentCode",
        "actionNewCodeFromSelection",
        "actionNewProject",
        "actionOpenProject",
        "actionFind",
        "actionZoomIn",
        "actionHighlightRed",
        "actionCodeWithFavourite9",
    ):
        assert name in names
    # Every action in the window's own menus has an objectName starting with "action".
    for title in MENU_TITLES:
        for action in window.menu(title).actions():
            if not action.isSeparator() and action.menu() is None:
                assert action.objectName().startswith("action"), action.text()
    for pane in (window.document_browser, window.code_system, window.menuBar(), window.toolbar):
        for action in pane.findChildren(QAction):
            assert action.objectName().startswith("action"), action.text()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:4] == ["File", "Edit", "Documents", "Codes"] and titles[-1] == "Help"
    undo = window.findChild(QAction, "actionUndo")
    assert {k.toString() for k in undo.shortcuts()} == {"Ctrl+Z"}
    redo = window.findChild(QAction, "actionRedo")
    assert {k.toString() for k in redo.shortcuts()} == {"Ctrl+Y", "Ctrl+Shift+Z"}


def test_menu_creates_missing_menus_before_help(window):
    extra = window.menu("Mixed Methods")
    assert window.menu("Mixed Methods") is extra
    for pane in (window.document_browser, window.code_system, window.menuBar(), window.toolbar):
        for action in pane.findChildren(QAction):
            assert action.objectName().startswith("action"), action.text()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("Mixed Methods") < titles.index("Help")


def test_undo_texts_come_from_the_stack(window, workspace_project):
    window.open_document("emoji-interview")
    window.set_current_code(window.session.project.find_code("Places").id)
    select_points(window, 0, 5)
    trigger(window, "actionCodeWithCurrentCode")
    assert window.findChild(QAction, "actionUndo").text() == "Undo Code with 'Places'"
    trigger(window, "actionUndo")
    assert window.findChild(QAction, "actionRedo").text() == "Redo Code with 'Places'"


def test_newer_version_file_is_refused_with_the_cores_message(qtbot, isolated_settings, tmp_path):
    from qdadesk.core import Project

    path = tmp_path / "future.qdadesk"
    Project.create(path).close()
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 9999")
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.open_project(path)
    assert window.session is None
    assert "newer" in window.last_error.lower()
    assert window.pages.currentWidget() is window.start_page
    assert not window.open_project(tmp_path / "missing.qdadesk")


def test_start_page_lists_recent_projects_and_reopens(window, workspace_project, qtbot):
    path = str(workspace_project.path.resolve())
    window.close_project()
    assert window.session is None
    assert window.pages.currentWidget() is window.start_page
    recent = window.start_page.recent
    assert recent.item(0).data(256) == path
    with qtbot.waitSignal(window.sessionChanged):
        window.start_page.projectChosen.emit(path)
    assert window.session is not None and window.pages.currentWidget() is window.main_splitter


def test_last_document_and_layout_are_remembered(window, workspace_project, qtbot):
    window.open_document("mammoth-tables")
    window.main_splitter.setSizes([300, 1000])
    sizes = window.main_splitter.sizes()
    window.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.main_splitter.sizes() == sizes
    second.open_project(workspace_project.path)
    assert second.document_browser.current_document_id() == workspace_project.table_id
    second.close()


def test_new_project_and_sample(window, tmp_path, monkeypatch):
    assert window.create_project(tmp_path / "fresh.qdadesk")
    assert window.session.project.documents() == []
    from qdadesk import paths

    if paths.sample_project_path().is_file():
        assert window.open_sample()
        assert str(window.session.project.path).startswith(str(tmp_path / "data"))


def test_errors_are_shown_not_raised(window):
    window.open_document("no such document")
    assert "no such document" in window.last_error
    view = window.findChild(QTextEdit, "documentText")
    assert view.isReadOnly()


def test_application_runs_with_sample_and_quits(qapp, isolated_settings, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from qdadesk.ui.application import parse_arguments, run

    monkeypatch.setenv("QDADESK_DATA_DIR", str(tmp_path / "data"))
    assert parse_arguments(["x.qdadesk"]).project == "x.qdadesk"
    assert parse_arguments(["--sample"]).sample
    seen = []

    def look_and_close(*_args) -> int:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():  # the one run() showed
                seen.append(widget.session is not None)
                widget.close()
        return 0

    # Stand in for the application's event loop: a real quit() would leave Qt's "quit now"
    # flag set, and every later event loop in this test process would return at once.
    monkeypatch.setattr(QApplication, "exec", look_and_close)
    assert run(["--sample"]) == 0
    assert seen == [True]


def test_every_workspace_action_runs_headless_without_blocking(window, workspace_project):
    """Offscreen, an unanswered dialog takes its default answer instead of waiting."""
    from qdadesk.ui import prompts

    window.open_document("emoji-interview")
    project = window.session.project
    window.set_current_code(project.find_code("Places").id)
    select_points(window, 0, 5)
    own = [
        *window.coding.all_actions(),
        *window.document_browser.actions_for_menu(),
        *window.code_system.actions_for_menu(),
        window.action_new,
        window.action_open,
        window.action_undo,
        window.action_redo,
        window.action_about,
        window.action_shortcuts,
        window.action_reset_layout,
    ]
    for action in own:
        codes = project.codes()
        if codes:  # delete and merge (answered "yes") remove codes on the way
            window.code_system.set_current_code(codes[-1].id)
        select_points(window, 0, 5)
        action.trigger()
    assert prompts.headless()
    assert project.check() == [] if hasattr(project, "check") else True
    trigger(window, "actionCloseProject")
    assert window.session is None


def test_many_void_qt_calls_do_not_use_up_none():
    """PySide6 6.12 on Python 3.11 took a reference from None on each void call, and a long
    session (or a 17,000-span document) aborted. pyproject.toml pins PySide6 below 6.12 (no
    runtime patch of None any more): this fails if an installed version has the bug."""
    import sys

    from PySide6.QtCore import QPoint

    point = QPoint()
    for _ in range(max(50_000, 2 * sys.getrefcount(None) if sys.getrefcount(None) < 10**9 else 0)):
        point.setX(1)
    assert sys.getrefcount(None) > 1000
