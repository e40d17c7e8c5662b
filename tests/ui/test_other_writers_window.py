"""The window and ``qdadesk-cli`` on one project: undo never replays over the CLI's work,
the panes show what the CLI wrote, and a failed undo leaves the undo stack in step."""

# ruff: noqa: F811  (fixtures are imported from coding_workspace_support)
from __future__ import annotations

import sys
from pathlib import Path

from coding_workspace_support import (  # noqa: F401
    isolated_settings,
    select_points,
    trigger,
    window,
    workspace_project,
)

from qdadesk.core import Project, QdaError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from crash_helpers import run_cli  # noqa: E402


def _code_places(window, start: int, end: int) -> None:
    window.open_document("emoji-interview")
    window.set_current_code(window.session.project.find_code("Places").id)
    select_points(window, start, end)
    trigger(window, "actionCodeWithCurrentCode")


def _places_segments(path: Path) -> list[tuple[int, int]]:
    with Project.open(path) as project:
        places = project.find_code("Places").id
        return [(c.start, c.end) for c in project.codings(code_ids=[places])]


def test_undo_after_the_cli_coded_refuses_and_shows_the_cli_work(window, workspace_project):
    path = workspace_project.path
    _code_places(window, 0, 5)
    assert window.session.undo_stack.count() == 1
    # The CLI extends the window's segment (joined with it) and adds others.
    for start, end in ((3, 12), (20, 25), (30, 34)):
        result = run_cli("code", path, "emoji-interview", start, end, "Places")
        assert result.returncode == 0, result.stderr
    expected = _places_segments(path)
    assert expected == [(0, 12), (20, 25), (30, 34)]
    trigger(window, "actionUndo")
    assert "another program" in window.last_error.lower()
    assert window.session.undo_stack.count() == 0
    assert _places_segments(path) == expected  # nothing of the CLI's work was erased
    # The panes show the file as it is now.
    shown = sorted((c.start, c.end) for c in window.document_browser.codings())
    assert shown == expected
    places = window.session.project.find_code("Places").id
    assert window.code_system.model.own_count(places) == 3


def test_a_look_on_activation_refreshes_every_pane_and_clears_undo(window, workspace_project):
    _code_places(window, 0, 5)
    assert run_cli("codes", "add", workspace_project.path, "Later").returncode == 0
    window.check_other_writers()  # what activating the window, or the timer, does
    later = window.session.project.find_code("Later").id
    assert window.code_system.model.code(later) is not None
    assert window.session.undo_stack.count() == 0
    assert "another program" in window.statusBar().currentMessage().lower()
    # Nothing else happened: a second look changes nothing and says nothing new.
    window.statusBar().clearMessage()
    window.check_other_writers()
    assert window.statusBar().currentMessage() == ""


def test_a_failed_undo_leaves_the_stack_in_step_with_the_file(
    window, workspace_project, monkeypatch
):
    _code_places(window, 0, 5)
    stack = window.session.undo_stack
    project = window.session.project

    def disk_full(operation):
        raise QdaError("the disk is full; the change was not saved")

    monkeypatch.setattr(project, "undo", disk_full)
    trigger(window, "actionUndo")
    assert "disk is full" in window.last_error
    assert stack.index() == 1 and stack.canUndo()  # the step is still there to undo
    assert len(_places_segments(workspace_project.path)) == 1
    monkeypatch.undo()
    trigger(window, "actionUndo")
    assert stack.index() == 0
    assert _places_segments(workspace_project.path) == []
    trigger(window, "actionRedo")
    assert stack.index() == 1
    assert _places_segments(workspace_project.path) == [(0, 5)]


def test_a_failed_redo_leaves_the_stack_in_step_with_the_file(
    window, workspace_project, monkeypatch
):
    _code_places(window, 0, 5)
    stack = window.session.undo_stack
    trigger(window, "actionUndo")
    project = window.session.project

    def busy(operation):
        raise QdaError("the project is busy")

    monkeypatch.setattr(project, "redo", busy)
    trigger(window, "actionRedo")
    assert stack.index() == 0 and stack.canRedo()
    assert _places_segments(workspace_project.path) == []


def test_the_undo_stack_has_a_limit(window):
    assert window.session.undo_stack.undoLimit() == 100


def test_driving_the_stack_directly_after_a_cli_write_also_clears_it(
    window, workspace_project, qtbot
):
    _code_places(window, 0, 5)
    assert (
        run_cli("code", workspace_project.path, "emoji-interview", 3, 12, "Places").returncode == 0
    )
    window.session.undo_stack.undo()  # as a QUndoView would, bypassing the Undo action
    qtbot.waitUntil(lambda: window.session.undo_stack.count() == 0)
    assert _places_segments(workspace_project.path) == [(0, 12)]
    assert "another program" in window.last_error.lower()


def test_opening_after_a_crash_says_the_interrupted_change_was_rolled_back(
    qtbot, isolated_settings, workspace_project
):
    from crash_helpers import kill_mid_write

    from qdadesk.ui import MainWindow

    kill_mid_write(workspace_project.path)
    main = MainWindow()
    qtbot.addWidget(main)
    assert main.open_project(workspace_project.path)
    assert "rolled back" in main.statusBar().currentMessage()
    assert len(main.session.project.documents()) == 3
    main.close()


def test_a_macro_whose_undo_fails_half_way_is_put_back_whole(window, workspace_project):
    """A macro (several operations, one step) whose second part fails to undo: the part
    already undone is redone, so the file and the stack agree that the step is done."""
    session = window.session
    project = session.project
    stack = session.undo_stack
    stack.beginMacro("two codes")
    session.perform(lambda: project.add_code("One"))
    session.perform(lambda: project.add_code("Two"))
    stack.endMacro()
    real_undo = project.undo
    calls = []

    def fails_second_time(operation):
        calls.append(operation)
        if len(calls) == 2:
            raise QdaError("the project is busy")
        return real_undo(operation)

    project.undo = fails_second_time
    try:
        trigger(window, "actionUndo")
    finally:
        del project.undo
    assert stack.index() == 1
    assert {"One", "Two"} <= {c.name for c in project.codes()}
    trigger(window, "actionUndo")
    assert stack.index() == 0
    assert not {"One", "Two"} & {c.name for c in project.codes()}
