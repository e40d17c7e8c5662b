"""Placing variables and document groups on a map from the window's context menu, as a
user does: right-click the canvas, choose the entry, pick the object."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from tests.maps.test_maps_window import main, open_maps  # noqa: F401 (fixture)


def choose_in_context_menu(maps, qtbot, at: QPoint, text: str) -> None:
    """Right-click the canvas at ``at`` and trigger the menu entry ``text``."""
    chosen = []

    def pick() -> None:
        menus = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()
        ]
        if not menus:
            QTimer.singleShot(20, pick)
            return
        menu = menus[-1]
        menu.close()
        found = [a for a in menu.actions() if a.text() == text]
        chosen.append(found)
        if found:
            found[0].trigger()

    QTimer.singleShot(0, pick)
    viewport = maps.view.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, viewport.mapToGlobal(at))
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(lambda: bool(chosen))
    assert chosen[0], f"no menu entry {text!r}"


def test_variable_and_group_nodes_from_the_context_menu(main, qtbot, monkeypatch):  # noqa: F811
    from qdadesk.ui import prompts

    project = main.session.project
    maps = open_maps(main, qtbot)
    map_id = main.session.perform(lambda: project.create_map("Objects")).result
    qtbot.waitUntil(lambda: maps.map_id == map_id)
    asked = []

    def answer(_parent, title, _label, items, *args, **kw):
        asked.append((title, list(items)))
        return "role" if "role" in items else "Developers"

    monkeypatch.setattr(prompts, "ask_item", answer)
    centre = maps.view.viewport().rect().center()
    steps = main.session.undo_stack.count()
    choose_in_context_menu(maps, qtbot, centre, "Variable Here…")
    choose_in_context_menu(maps, qtbot, centre + QPoint(0, 80), "Document Group Here…")
    assert main.session.undo_stack.count() == steps + 2
    kinds = {(n.kind, n.ref) for n in project.map_nodes(map_id)}
    assert kinds == {("variable", "role"), ("group", "Developers")}
    assert [title for title, _ in asked] == ["Variable", "Document Group"]
    assert "interview_date" in asked[0][1]
    qtbot.waitUntil(lambda: len(maps.scene.nodes) == 2)
    main.session.undo()
    assert [n.kind for n in project.map_nodes(map_id)] == ["variable"]
