"""The Code System comes back as the user left it: expanded branches and the current code
are restored when the project is opened again (kept in the settings, not the undo history)."""

# ruff: noqa: F811  (fixtures are imported from coding_workspace_support)
from __future__ import annotations

from coding_workspace_support import (  # noqa: F401
    isolated_settings,
    window,
    workspace_project,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView


def test_expansion_and_current_code_survive_reopening(window, workspace_project, qtbot):
    project = window.session.project
    window.session.perform(lambda: project.add_code_path("Feelings\\Joy\\Bright"))
    window.session.perform(lambda: project.add_code_path("Places\\Home"))
    pane = window.code_system
    view, model = pane.view, pane.model
    feelings = project.find_code("Feelings").id
    joy = project.find_code("Feelings\\Joy").id
    places = project.find_code("Places").id
    bright = project.find_code("Feelings\\Joy\\Bright").id
    window.show()
    qtbot.waitExposed(window)
    # The user opens two branches by clicking their arrows, then picks a code.
    view.collapseAll()
    for code_id in (feelings, joy):
        index = model.index_for(code_id)
        assert not view.isExpanded(index)
        view.scrollTo(index)
        rect = view.visualRect(index)
        arrow = rect.topLeft() + view.rect().topLeft()
        arrow.setX(rect.left() - view.indentation() // 2)
        arrow.setY(rect.center().y())
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=arrow)
        # the tree animates the branch opening; it takes no clicks until that is done
        qtbot.waitUntil(lambda: view.state() == QAbstractItemView.State.NoState)
    assert view.isExpanded(model.index_for(feelings)) and view.isExpanded(model.index_for(joy))
    assert not view.isExpanded(model.index_for(places))
    rect = view.visualRect(model.index_for(bright))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_code_id() == bright
    undo_steps = window.session.undo_stack.count()
    window.close_project(show_start=False)
    assert window.open_project(workspace_project.path)
    pane = window.code_system
    view, model = pane.view, pane.model
    assert view.isExpanded(model.index_for(feelings))
    assert view.isExpanded(model.index_for(joy))
    assert not view.isExpanded(model.index_for(places))
    assert window.current_code_id() == bright
    assert window.session.undo_stack.count() == 0  # nothing of this is an edit
    assert undo_steps == 2  # only the two new codes were undoable steps
    # Collapsing is remembered as well (the current code's branch stays open to show it).
    window.set_current_code(places)
    view.collapse(model.index_for(joy))
    window.close_project(show_start=False)
    assert window.open_project(workspace_project.path)
    assert window.code_system.view.isExpanded(window.code_system.model.index_for(feelings))
    assert not window.code_system.view.isExpanded(window.code_system.model.index_for(joy))
