"""The Code System: counts, drops (text onto a code, codes to nest/reorder), merge, delete
with confirmation, rename in place, colour, activation."""

# ruff: noqa: F811  (fixtures are imported from coding_workspace_support)
from __future__ import annotations

import json

from coding_workspace_support import (  # noqa: F401
    EMOJI_TEXT,
    isolated_settings,
    select_points,
    trigger,
    window,
    workspace_project,
)
from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox, QTreeView

from qdadesk.ui.coding_actions import CODES_MIME


def _ids(project):
    return {path: code_id for code_id, path in project.code_paths().items()}


def test_tree_shows_codes_with_counts_collapsed_parent_sums(window, workspace_project):
    project = window.session.project
    ids = _ids(project)
    view = window.findChild(QTreeView, "codeSystem")
    model = view.model()
    assert model.rowCount() == 2  # Feelings, Places
    feelings = model.index_for(ids["Feelings"])
    assert model.rowCount(feelings) == 2
    window.session.perform(
        lambda: project.add_coding(workspace_project.emoji_id, ids["Feelings\\Joy"], 0, 5)
    )
    window.session.perform(
        lambda: project.add_coding(workspace_project.emoji_id, ids["Feelings\\Anger"], 6, 12)
    )
    count = feelings.siblingAtColumn(1)
    assert model.data(count) == "2"  # collapsed: the subtree's total
    view.expand(feelings)
    assert model.data(count) == "0"  # expanded: its own
    assert model.data(model.index_for(ids["Feelings\\Joy"], 1)) == "1"
    view.collapse(feelings)
    assert model.data(count) == "2"
    assert model.data(feelings, Qt.ItemDataRole.DecorationRole) is not None


def test_drag_text_onto_a_code(window, workspace_project, qtbot):
    window.open_document("emoji-interview")
    start = EMOJI_TEXT.index("Русский")
    end = EMOJI_TEXT.index(" здесь")
    select_points(window, start, end)
    # The drag the text view produces ...
    mime = window.document_browser.text.createMimeDataFromSelection()
    assert mime.text() == "Русский текст"
    model = window.code_system.model
    project = window.session.project
    places = _ids(project)["Places"]
    # ... dropped on the code "Places".
    assert model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, model.index_for(places))
    assert model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, model.index_for(places))
    (coding,) = project.codings()
    assert (coding.code_id, coding.start, coding.end) == (places, start, end)
    assert model.data(model.index_for(places, 1)) == "1"
    assert len(window.document_browser.margin.stripes) == 1
    # The same through the view, as a real drop event on the row of "Feelings\\Joy".
    select_points(window, 0, 5)
    joy = _ids(project)["Feelings\\Joy"]
    view = window.findChild(QTreeView, "codeSystem")
    view.expandAll()
    point = view.visualRect(model.index_for(joy)).center()
    dragged = window.document_browser.text.createMimeDataFromSelection()  # kept alive
    drop = QDropEvent(
        QPointF(point),
        Qt.DropAction.CopyAction,
        dragged,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(drop)
    assert [(c.start, c.end) for c in project.codings(code_ids=[joy])] == [(0, 5)]
    trigger(window, "actionUndo")
    # Dropping between rows is not a coding.
    assert not model.canDropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, model.index_for(places))
    trigger(window, "actionUndo")
    assert project.codings() == []


def _codes_mime(ids) -> QMimeData:
    mime = QMimeData()
    mime.setData(CODES_MIME, QByteArray(json.dumps(ids).encode()))
    return mime


def test_drag_codes_to_nest_and_reorder(window):
    project = window.session.project
    model = window.code_system.model
    ids = _ids(project)
    # Nest "Places" under "Feelings\\Joy".
    mime = model.mimeData([model.index_for(ids["Places"])])
    assert model.dropMimeData(
        mime, Qt.DropAction.MoveAction, -1, 0, model.index_for(ids["Feelings\\Joy"])
    )
    assert project.code_path(ids["Places"]) == "Feelings\\Joy\\Places"
    assert model.index_for(ids["Places"]).parent() == model.index_for(ids["Feelings\\Joy"])
    # Reorder: Anger before Joy (drop between rows at row 0 under Feelings).
    assert model.dropMimeData(
        _codes_mime([ids["Feelings\\Anger"]]),
        Qt.DropAction.MoveAction,
        0,
        0,
        model.index_for(ids["Feelings"]),
    )
    children = [c.name for c in project.codes() if c.parent_id == ids["Feelings"]]
    assert children == ["Anger", "Joy"]
    # Back to the top level at the end.
    assert model.dropMimeData(
        _codes_mime([ids["Places"]]), Qt.DropAction.MoveAction, -1, 0, model.index_for(-1)
    )
    assert project.code(ids["Places"]).parent_id is None
    assert not model.removeRows(0, 1)  # the view never deletes rows itself
    trigger(window, "actionUndo")
    assert project.code_path(ids["Places"]) == "Feelings\\Joy\\Places"


def test_merge_codes(window, workspace_project, monkeypatch):
    project = window.session.project
    ids = _ids(project)
    doc = workspace_project.emoji_id
    window.session.perform(lambda: project.add_coding(doc, ids["Feelings\\Anger"], 0, 5))
    window.code_system.merge([ids["Feelings\\Anger"]], ids["Feelings\\Joy"])
    assert "Feelings\\Anger" not in project.code_paths().values()
    assert [c.code_id for c in project.codings()] == [ids["Feelings\\Joy"]]
    assert window.code_system.model.own_count(ids["Feelings\\Joy"]) == 1
    trigger(window, "actionUndo")
    assert project.code_paths()[ids["Feelings\\Anger"]] == "Feelings\\Anger"
    # Dropping with Alt held asks, then merges.
    from PySide6.QtGui import QGuiApplication

    monkeypatch.setattr(
        QGuiApplication, "keyboardModifiers", lambda: Qt.KeyboardModifier.AltModifier
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    model = window.code_system.model
    model.dropMimeData(
        _codes_mime([ids["Places"]]),
        Qt.DropAction.MoveAction,
        -1,
        0,
        model.index_for(ids["Feelings\\Joy"]),
    )
    assert "Places" not in project.code_paths().values()


def test_delete_asks_with_the_number_of_codings(window, workspace_project, monkeypatch):
    project = window.session.project
    ids = _ids(project)
    doc = workspace_project.emoji_id
    for start in (0, 10, 20):
        window.session.perform(
            lambda s=start: project.add_coding(doc, ids["Feelings\\Joy"], s, s + 3)
        )
    asked = []

    def answer(parent, title, text, *rest, **kw):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not window.code_system.delete_code(ids["Feelings"])
    assert "1 subcode," in asked[0] or "2 subcodes" in asked[0]
    assert "3 coded segments" in asked[0]
    assert len(project.codings()) == 3
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.code_system.set_current_code(ids["Feelings"])
    trigger(window, "actionDeleteCode")
    assert project.codings() == [] and list(project.code_paths().values()) == ["Places"]
    trigger(window, "actionUndo")
    assert len(project.codings()) == 3


def test_rename_in_place_colour_and_new_subcode(window):
    project = window.session.project
    ids = _ids(project)
    model = window.code_system.model
    index = model.index_for(ids["Places"])
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, "Locations")
    assert project.code(ids["Places"]).name == "Locations"
    assert model.data(model.index_for(ids["Places"])) == "Locations"
    assert not model.setData(model.index_for(ids["Feelings\\Joy"]), "Anger")  # clash
    assert "already exists" in window.last_error
    window.code_system.recolor(ids["Feelings"], "#00aa00", subcodes=True)
    assert {project.code(i).color for i in (ids["Feelings"], ids["Feelings\\Joy"])} == {"#00aa00"}
    new = window.code_system.new_code("Surprise", ids["Feelings"])
    assert project.code_path(new) == "Feelings\\Surprise"
    assert window.current_code_id() == new
    trigger(window, "actionUndo")
    trigger(window, "actionUndo")
    assert project.code(ids["Feelings\\Joy"]).color != "#00aa00"


def test_activation_circle_and_status_bar(window, qtbot):
    project = window.session.project
    ids = _ids(project)
    view = window.findChild(QTreeView, "codeSystem")
    window.code_system.show()
    window.show()
    qtbot.waitExposed(window)
    rect = view.visualRect(view.model().index_for(ids["Feelings"]))
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=rect.topLeft() + QPoint(6, 6),
    )
    active = window.session.activation.code_ids
    assert active == frozenset({ids["Feelings"], ids["Feelings\\Joy"], ids["Feelings\\Anger"]})
    assert "3 codes" in window.activation_label.text()
    window.code_system.toggle_activation(ids["Feelings\\Joy"])
    assert ids["Feelings\\Joy"] not in window.session.activation.code_ids
    window.code_system.toggle_activation(ids["Places"], only_this=True)
    assert ids["Places"] in window.session.activation.code_ids
    trigger(window, "actionResetCodeActivation")
    assert window.session.activation.code_ids == frozenset()
