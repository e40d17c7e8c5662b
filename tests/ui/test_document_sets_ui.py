"""Document sets in the Document System: "Sets" at the bottom, documents dropped onto a set
(or onto "Sets" for a new one), a set from the activated documents, removing, renaming,
deleting, activating a set, and a Code Matrix by sets over what the window made."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QInputDialog

from qdadesk.ui.document_system import CIRCLE_WIDTH, DocumentSystemPane
from qdadesk.ui.document_tree_model import ACTIVE_ROLE, KIND_ROLE
from qdadesk.ui.session import ProjectSession


@pytest.fixture
def session(tmp_project, corpus_dir, qtbot):
    project = tmp_project
    interviews = project.add_group("Interviews").result
    project.import_documents(
        [corpus_dir / "qc-demo-admin-interview-1.txt", corpus_dir / "qualcoder-example-ID1.docx"],
        interviews,
    )
    project.import_documents([corpus_dir / "qualcoder-example-focus-transcript.txt"])
    code = project.add_code_path("Cost").result
    for document in project.documents():
        project.add_coding(document.id, code, 0, 10)
    session = ProjectSession(project)
    yield session
    session.undo_stack.clear()


@pytest.fixture
def pane(session, qtbot):
    pane = DocumentSystemPane(session)
    qtbot.addWidget(pane)
    pane.resize(420, 500)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def _doc(session, name: str) -> int:
    return session.project.find_document(name).id


def _drop(pane, indexes, target_index) -> None:
    """Drag ``indexes`` and drop them onto ``target_index`` through the view's own drag
    enter / move / drop handling (what a mouse drag delivers)."""
    mime = pane.model.mimeData(indexes)
    viewport = pane.tree.viewport()
    point = pane.tree.visualRect(target_index).center()
    action = Qt.DropAction.MoveAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (
        QDragEnterEvent(point, action, mime, buttons, keys),
        QDragMoveEvent(point, action, mime, buttons, keys),
    ):
        QApplication.sendEvent(viewport, event)
        assert event.isAccepted()
    drop = QDropEvent(point.toPointF(), action, mime, buttons, keys)
    QApplication.sendEvent(viewport, drop)


def test_sets_node_at_the_bottom(pane, session) -> None:
    model = pane.model
    assert model.rowCount() == 2
    sets = model.index(1, 0)
    assert sets.data() == "Sets" and sets.data(KIND_ROLE) == "sets"
    assert model.rowCount(sets) == 0


def test_dropping_documents_on_sets_makes_a_set_and_on_a_set_adds(pane, session, qtbot) -> None:
    project = session.project
    model = pane.model
    admin, docx = _doc(session, "qc-demo-admin-interview-1"), _doc(session, "qualcoder-example-ID1")
    focus = _doc(session, "qualcoder-example-focus-transcript")
    _drop(
        pane,
        [model.index_of("document", admin), model.index_of("document", docx)],
        model.index_of("sets", None),
    )
    (made,) = project.document_sets()
    assert made.name == "Set 1"
    assert project.set_documents(made.id) == [admin, docx]
    set_index = model.index_of("set", made.id)
    assert pane.tree.isExpanded(set_index)  # a new set opens
    assert [model.index(r, 0, set_index).data() for r in range(model.rowCount(set_index))] == [
        "qc-demo-admin-interview-1",
        "qualcoder-example-ID1",
    ]
    assert model.index(0, 0, set_index).data(KIND_ROLE) == "set_document"
    # the documents were not moved out of their group
    assert [d.group_id for d in project.documents()] == [
        None,
        *[project.documents()[1].group_id] * 2,
    ]

    _drop(pane, [model.index_of("document", focus)], model.index_of("set", made.id))
    assert project.set_documents(made.id) == [admin, docx, focus]
    # a reference dropped onto another set joins that one too (it stays in the first)
    other = project.add_document_set("Other").result
    reference = model.index(0, 0, model.index_of("set", made.id))
    _drop(pane, [reference], model.index_of("set", other))
    assert project.set_documents(other) == [admin]
    assert project.set_documents(made.id) == [admin, docx, focus]

    session.undo_stack.undo()  # the reference drop
    assert project.set_documents(other) == []
    session.undo_stack.undo()  # "Other" was made outside the stack; next: the focus drop
    assert project.set_documents(made.id) == [admin, docx]
    session.undo_stack.undo()
    assert [s.name for s in project.document_sets()] == ["Other"]
    session.undo_stack.redo()
    assert project.set_documents(project.find_document_set("Set 1").id) == [admin, docx]


def test_a_group_dropped_on_sets_brings_its_documents(pane, session) -> None:
    model = pane.model
    group = session.project.groups()[0].id
    _drop(pane, [model.index_of("group", group)], model.index_of("sets", None))
    (made,) = session.project.document_sets()
    assert session.project.set_documents(made.id) == session.project.documents_in_group(group)
    assert len(session.project.groups()) == 1  # the group stayed where it was


def test_new_set_from_activated_documents_from_the_context_menu(pane, session, qtbot) -> None:
    project = session.project
    admin, focus = (
        _doc(session, "qc-demo-admin-interview-1"),
        _doc(session, "qualcoder-example-focus-transcript"),
    )
    pane.set_activated([pane.model.node(pane.model.index_of("document", admin))], True)
    pane.set_activated([pane.model.node(pane.model.index_of("document", focus))], True)
    menu = pane.build_context_menu(pane.model.index_of("sets", None))
    action = next(a for a in menu.actions() if a.objectName() == "actionPaneNewSetFromActivated")
    assert action.text() == "New Document Set from Activated Documents"

    def answer() -> None:  # the real name prompt: type a name, press Enter
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        assert dialog.textValue() == "Set 1"
        dialog.setTextValue("Städte ")
        dialog.accept()

    QTimer.singleShot(0, answer)
    action.trigger()
    (made,) = project.document_sets()
    assert made.name == "Städte"
    # in Document System order (the loose document comes first), not activation order
    assert project.set_documents(made.id) == [focus, admin]


def test_activating_removing_renaming_and_deleting_a_set(pane, session, qtbot, monkeypatch):
    project = session.project
    admin, docx = _doc(session, "qc-demo-admin-interview-1"), _doc(session, "qualcoder-example-ID1")
    set_id = session.perform(lambda: project.add_document_set("Urban", [admin, docx])).result
    model = pane.model
    set_index = model.index_of("set", set_id)
    pane.tree.expand(set_index)
    rect = pane.tree.visualRect(set_index)
    qtbot.mouseClick(
        pane.tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.left() + CIRCLE_WIDTH // 2, rect.center().y()),
    )
    assert session.activation.document_ids == frozenset({admin, docx})
    assert set_index.data(ACTIVE_ROLE) == 2
    # the set's count column sums its documents' segments
    assert model.index(set_index.row(), 2, set_index.parent()).data() == 2

    opened = []
    pane.documentOpenRequested.connect(opened.append)
    reference = model.index(1, 0, set_index)
    pane.tree.setCurrentIndex(reference)
    qtbot.keyClick(pane.tree, Qt.Key.Key_Return)
    assert opened == [docx]

    # Delete on a reference takes it out of the set; the document stays
    pane.tree.setCurrentIndex(reference)
    qtbot.keyClick(pane.tree, Qt.Key.Key_Delete)
    assert project.set_documents(set_id) == [admin]
    assert len(project.documents()) == 3

    assert model.setData(model.index_of("set", set_id), "Urban sites")
    assert project.document_set(set_id).name == "Urban sites"

    asked = []
    monkeypatch.setattr(pane, "confirm", lambda title, text: asked.append(text) or True)
    menu = pane.build_context_menu(model.index_of("set", set_id))
    pane.tree.setCurrentIndex(model.index_of("set", set_id))
    next(a for a in menu.actions() if a.text() == "Delete Set…").trigger()
    assert "the document set 'Urban sites'" in asked[0]
    assert project.document_sets() == []
    assert len(project.documents()) == 3
    session.undo_stack.undo()
    assert project.set_documents(set_id) == [admin]


def test_add_to_document_set_submenu(pane, session) -> None:
    project = session.project
    admin = _doc(session, "qc-demo-admin-interview-1")
    set_id = project.add_document_set("Urban").result
    pane.tree.setCurrentIndex(pane.model.index_of("document", admin))
    menu = pane.build_context_menu(pane.model.index_of("document", admin))
    submenu = next(a.menu() for a in menu.actions() if a.menu() is not None)
    assert [a.text() for a in submenu.actions() if not a.isSeparator()] == [
        "Urban",
        "New Document Set",
    ]
    submenu.actions()[0].trigger()
    assert project.set_documents(set_id) == [admin]


def test_code_matrix_browser_by_sets_made_by_dragging(pane, session, qtbot) -> None:
    """The Code Matrix Browser's "Document sets" columns show the sets made by dragging."""
    from qdadesk.ui.displays.matrix_windows import CodeMatrixWindow

    model = pane.model
    admin, docx = _doc(session, "qc-demo-admin-interview-1"), _doc(session, "qualcoder-example-ID1")
    focus = _doc(session, "qualcoder-example-focus-transcript")
    _drop(
        pane,
        [model.index_of("document", admin), model.index_of("document", focus)],
        model.index_of("sets", None),
    )
    _drop(pane, [model.index_of("document", docx)], model.index_of("sets", None))
    matrix = CodeMatrixWindow(session)
    qtbot.addWidget(matrix)
    matrix.columns.setCurrentIndex(matrix.columns.findData("sets"))
    matrix.refresh()
    assert [c.label for c in matrix.table.columns] == ["Set 1", "Set 2"]
    assert matrix.table.values.iloc[0].tolist() == [2, 1]


def test_files_are_not_imported_into_sets(pane, session, corpus_dir) -> None:
    from PySide6.QtCore import QMimeData, QUrl

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(corpus_dir / "qualcoder-example-ID2.odt"))])
    dropped = []
    pane.model.filesDropped.connect(lambda *args: dropped.append(args))
    sets = pane.model.index_of("sets", None)
    assert not pane.model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, sets)
    assert not pane.model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, sets)
    assert dropped == []


def test_new_empty_set_from_the_sets_menu_then_a_name_clash(pane, session, monkeypatch) -> None:
    menu = pane.build_context_menu(pane.model.index_of("sets", None))
    action = next(a for a in menu.actions() if a.objectName() == "actionPaneNewDocumentSet")

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.setTextValue("Urban")
        dialog.accept()

    QTimer.singleShot(0, answer)
    action.trigger()
    assert [s.name for s in session.project.document_sets()] == ["Urban"]
    errors = []
    session.failed.connect(errors.append)  # where the session shows a refused edit
    assert pane.new_empty_set("Urban") is None
    assert "already exists" in errors[0]
