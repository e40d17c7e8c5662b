"""Document System pane: tree, activation, groups, moving, renaming, deleting, dropping
files, memos; and the workspace menu entries installed into a window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl, Signal
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from qdadesk.ui.document_system import CIRCLE_WIDTH, DocumentSystemPane
from qdadesk.ui.document_tree_model import ACTIVE_ROLE, COUNT_COLUMN, MEMO_COLUMN, NAME_COLUMN
from qdadesk.ui.session import ProjectSession


@pytest.fixture
def session(tmp_project, corpus_dir, qtbot):
    project = tmp_project
    interviews = project.add_group("Interviews").result
    project.add_group("Focus groups")
    project.import_documents(
        [corpus_dir / "qc-demo-admin-interview-1.txt", corpus_dir / "qualcoder-example-ID1.docx"],
        interviews,
    )
    project.import_documents([corpus_dir / "qualcoder-example-focus-transcript.txt"])
    code = project.add_code_path("Cost").result
    first = _first(project)
    project.add_coding(first, code, 0, 20)
    project.add_coding(first, code, 40, 60)
    session = ProjectSession(project)
    yield session
    session.undo_stack.clear()


@pytest.fixture
def pane(session, qtbot):
    pane = DocumentSystemPane(session)
    qtbot.addWidget(pane)
    pane.resize(400, 400)
    pane.show()
    return pane


def _first(project) -> int:
    """The interview that carries the codings (first in the Interviews group)."""
    return project.find_document("qc-demo-admin-interview-1").id


def _names(model, parent_index, column=NAME_COLUMN):
    return [
        model.index(row, column, parent_index).data() for row in range(model.rowCount(parent_index))
    ]


def _group(session, name):
    return next(g.id for g in session.project.groups() if g.name == name)


def test_tree_shows_groups_documents_and_counts(pane, session) -> None:
    model = pane.model
    assert pane.tree.objectName() == "documentSystem"
    top = model.index(0, 0)
    assert top.data() == "Documents"
    assert _names(model, top) == [
        "qualcoder-example-focus-transcript",
        "Interviews",
        "Focus groups",
    ]
    interviews = model.index(1, 0, top)
    assert _names(model, interviews) == ["qc-demo-admin-interview-1", "qualcoder-example-ID1"]
    assert _names(model, interviews, COUNT_COLUMN) == [2, 0]
    assert model.index(1, COUNT_COLUMN, top).data() == 2  # a group sums its documents
    assert pane.tree.isExpanded(interviews)


def test_clicking_the_circle_activates_a_document_and_a_group(pane, session, qtbot) -> None:
    model = pane.model
    interviews = model.index(1, 0, model.index(0, 0))
    document = model.index(0, 0, interviews)
    rect = pane.tree.visualRect(document)
    qtbot.mouseClick(
        pane.tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=rect.topLeft() + type(rect.topLeft())(CIRCLE_WIDTH // 2, rect.height() // 2),
    )
    first = _first(session.project)
    assert session.activation.document_ids == frozenset({first})
    assert document.data(ACTIVE_ROLE) == 2 and interviews.data(ACTIVE_ROLE) == 1
    assert document.data(Qt.ItemDataRole.BackgroundRole) is not None  # tinted row

    pane.toggle_activation(interviews)
    ids = set(session.project.documents_in_group(_group(session, "Interviews")))
    assert session.activation.document_ids == frozenset(ids)
    pane.reset_activations()
    assert session.activation.document_ids == frozenset()


def test_double_click_and_enter_ask_to_open(pane, session, qtbot) -> None:
    model = pane.model
    document = model.index(0, 0, model.index(1, 0, model.index(0, 0)))
    opened = []
    pane.documentOpenRequested.connect(opened.append)
    rect = pane.tree.visualRect(document)
    # a real double-click is a press, release, then the double-click event
    qtbot.mouseClick(pane.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(pane.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    pane.tree.setCurrentIndex(document)
    qtbot.keyClick(pane.tree, Qt.Key.Key_Return)
    first = _first(session.project)
    assert opened == [first, first]


def test_new_group_rename_move_and_undo(pane, session) -> None:
    project = session.project
    pane.tree.setCurrentIndex(pane.model.index_of("group", _group(session, "Interviews")))
    sub = pane.new_group("Wave 2")
    assert project.group(sub).parent_id == _group(session, "Interviews")

    index = pane.model.index_of("group", sub)
    assert pane.model.setData(index, "Second wave")
    assert project.group(sub).name == "Second wave"

    loose = next(d for d in project.documents() if d.group_id is None)
    pane.model.move_items(
        [("document", loose.id)], pane.model.node(pane.model.index_of("group", sub))
    )
    assert project.document(loose.id).group_id == sub
    assert pane.model.index_of("document", loose.id).parent() == pane.model.index_of("group", sub)

    session.undo_stack.undo()
    assert project.document(loose.id).group_id is None
    session.undo_stack.undo()
    assert project.group(sub).name == "Wave 2"


def test_reorder_documents_by_drop_position(pane, session) -> None:
    project = session.project
    interviews = _group(session, "Interviews")
    first, second = project.documents_in_group(interviews)
    mime = pane.model.mimeData([pane.model.index_of("document", second)])
    pane.model.dropMimeData(
        mime, Qt.DropAction.MoveAction, 0, 0, pane.model.index_of("group", interviews)
    )
    assert project.documents_in_group(interviews) == [second, first]
    assert (
        _names(pane.model, pane.model.index_of("group", interviews))[0]
        == project.document(second).name
    )


def test_delete_names_the_loss_and_is_undoable(pane, session, monkeypatch) -> None:
    project = session.project
    asked = []
    monkeypatch.setattr(pane, "confirm", lambda title, text: asked.append(text) or True)
    pane.tree.setCurrentIndex(pane.model.index_of("group", _group(session, "Interviews")))
    assert pane.delete_selected()
    assert "2 documents, 2 coded segments and 0 memos" in asked[0]
    assert len(project.documents()) == 1
    session.undo_stack.undo()
    assert len(project.documents()) == 3 and len(project.codings()) == 2


def test_files_dropped_on_a_group_are_imported_there(pane, session, qtbot, corpus_dir) -> None:
    focus = _group(session, "Focus groups")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(corpus_dir / "qualcoder-example-ID2.odt"))])
    assert pane.model.canDropMimeData(
        mime, Qt.DropAction.CopyAction, -1, 0, pane.model.index_of("group", focus)
    )
    # the pane's own slot shows a progress dialog; run the same job without dialogs here
    monkey_jobs = []

    def start(paths, group_id=None):
        from qdadesk.ui.import_job import ImportJob

        job = ImportJob(session, paths, group_id, show_dialogs=False)
        monkey_jobs.append(job)
        job.start()
        return job

    pane.model.filesDropped.disconnect()
    pane.model.filesDropped.connect(start)
    pane.model.dropMimeData(
        mime, Qt.DropAction.CopyAction, -1, 0, pane.model.index_of("group", focus)
    )
    qtbot.waitUntil(lambda: monkey_jobs and monkey_jobs[0].operation is not None, timeout=60_000)
    imported = monkey_jobs[0].operation.result.imported
    assert [session.project.document(i).group_id for i in imported] == [focus]
    assert pane.model.index_of("document", imported[0]).parent() == pane.model.index_of(
        "group", focus
    )


def test_document_memo_shows_an_icon_and_a_preview(pane, session) -> None:
    project = session.project
    first = _first(project)
    session.perform(
        lambda: project.add_memo("document", "Context", "<p>Held at the <b>office</b></p>", first)
    )
    index = pane.model.index_of("document", first, MEMO_COLUMN)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Held at the office" in index.data(Qt.ItemDataRole.ToolTipRole)
    session.undo_stack.undo()
    assert (
        pane.model.index_of("document", first, MEMO_COLUMN).data(Qt.ItemDataRole.DecorationRole)
        is None
    )


def test_context_menu_offers_activation_and_memo(pane, session) -> None:
    first = _first(session.project)
    menu = pane.build_context_menu(pane.model.index_of("document", first))
    texts = [a.text() for a in menu.actions()]
    assert "Activate" in texts and "Deactivate" in texts and "New Document Memo…" in texts


class FakeWindow(QWidget):
    """What install(window) relies on: menus by title, the session and its change signal,
    and the panes the actions work on."""

    sessionChanged = Signal(object)

    def __init__(self, session) -> None:
        from qdadesk.ui.retrieved_segments import RetrievedSegmentsPane

        super().__init__()
        self.session = session
        self.bar = QMenuBar(self)
        self.menus: dict[str, QMenu] = {}
        self.document_system = DocumentSystemPane(session, self)
        self.retrieved_segments = RetrievedSegmentsPane(session, self)

    def menu(self, title: str) -> QMenu:
        if title not in self.menus:
            self.menus[title] = self.bar.addMenu(title)
        return self.menus[title]

    def current_code_id(self):
        return None


def test_install_adds_the_workspace_actions(session, tmp_path, qtbot) -> None:
    from qdadesk.ui.workspace_actions import install

    window = FakeWindow(session)
    qtbot.addWidget(window)
    actions = install(window)
    names = {a.objectName() for m in window.menus.values() for a in m.actions()}
    assert {
        "actionImportDocuments",
        "actionNewDocumentGroup",
        "actionVariablesEditor",
        "actionMemoManager",
        "actionNewFreeMemo",
        "actionLogbook",
        "actionExportSegments",
    } <= names
    session.set_activation(
        session.activation.with_documents({d.id for d in session.project.documents()}).with_codes(
            {c.id for c in session.project.codes()}
        )
    )
    actions.export_segments(str(tmp_path / "segments.html"))
    assert "2 coded segments from 1 document" in (tmp_path / "segments.html").read_text()
    manager = actions.memo_manager()
    assert manager.objectName() == "memoManager"
    window.sessionChanged.emit(None)
    window.session = None
    assert not actions.actions["actionMemoManager"].isEnabled()


def test_import_from_the_pane_refreshes_the_tree_and_undoes(pane, session, qtbot, corpus_dir):
    focus = _group(session, "Focus groups")
    pane.tree.setCurrentIndex(pane.model.index_of("group", focus))
    job = pane.import_files([str(corpus_dir / "swj2022-P01-think-aloud-transcript.odt")], focus)
    qtbot.waitUntil(lambda: job.operation is not None, timeout=60_000)
    document = job.operation.result.imported[0]
    assert pane.model.index_of("document", document).parent() == pane.model.index_of("group", focus)
    session.undo_stack.undo()
    assert not pane.model.index_of("document", document).isValid()
    assert document not in {d.id for d in session.project.documents()}


def test_switching_sessions(pane, session) -> None:
    pane.set_session(None)
    assert pane.model.rowCount() == 0 and not pane.isEnabled()
    pane.set_session(session)
    assert pane.model.rowCount() == 2 and pane.isEnabled()  # Documents, Sets
