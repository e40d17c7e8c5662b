"""Retrieved Segments shows a coded segment's memo (an icon in the memo column), opens it by
double-click or from the context menu, and makes a new one from the menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from qdadesk.ui.memos import MemoEditor
from qdadesk.ui.retrieved_segments import RetrievedSegmentsPane, memo_rect
from qdadesk.ui.session import ProjectSession

MEMO_YELLOW = QColor("#ffe066")


@pytest.fixture
def session(tmp_project, corpus_dir):
    project = tmp_project
    project.import_documents([corpus_dir / "qc-demo-admin-interview-1.txt"])
    code = project.add_code_path("Barriers\\Cost").result
    (document,) = (d.id for d in project.documents())
    first = project.add_coding(document, code, 0, 60).result
    second = project.add_coding(document, code, 400, 480).result
    session = ProjectSession(project)
    session.set_activation(session.activation.with_documents({document}).with_codes({code}))
    session.ids = {"first": first, "second": second}
    yield session
    for editor in _open_editors():
        editor.close()
    session.undo_stack.clear()


@pytest.fixture
def pane(session, qtbot):
    pane = RetrievedSegmentsPane(session)
    qtbot.addWidget(pane)
    pane.resize(600, 500)
    pane.show()
    qtbot.waitExposed(pane)
    yield pane
    pane.set_session(None)  # as the window does before its project closes


def _yellow(image: QImage, rect: QRect) -> int:
    found = 0
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - MEMO_YELLOW.red()) < 30
                and abs(pixel.green() - MEMO_YELLOW.green()) < 30
                and abs(pixel.blue() - MEMO_YELLOW.blue()) < 40
            ):
                found += 1
    return found


def _row_of(pane, coding_id: int) -> int:
    return pane.model.column("coding_id").index(coding_id)


def _open_editors() -> list[MemoEditor]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MemoEditor) and w.isVisible()
    ]


def test_memo_icon_shows_and_double_click_opens_it(pane, session, qtbot) -> None:
    project, ids = session.project, session.ids
    session.perform(lambda: project.add_memo("coding", "Cost memo", "why", target_id=ids["first"]))
    qtbot.wait(20)
    image = pane.view.viewport().grab().toImage()
    with_memo = pane.view.visualRect(pane.model.index(_row_of(pane, ids["first"])))
    without = pane.view.visualRect(pane.model.index(_row_of(pane, ids["second"])))
    assert _yellow(image, memo_rect(with_memo)) > 20
    assert _yellow(image, memo_rect(without)) == 0
    assert not _open_editors()
    icon = memo_rect(with_memo).center()
    # a real double-click is a press, release, then the double-click event
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=icon)
    qtbot.mouseDClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=icon)
    editors = _open_editors()
    assert len(editors) == 1 and editors[0].body.toPlainText() == "why"
    # Undoing the memo takes the icon away.
    session.undo_stack.undo()
    qtbot.wait(20)
    assert _yellow(pane.view.viewport().grab().toImage(), memo_rect(with_memo)) == 0


def test_context_menu_opens_or_creates_the_segment_memo(pane, session, qtbot) -> None:
    project, ids = session.project, session.ids
    index = pane.model.index(_row_of(pane, ids["second"]))
    menu = pane.build_context_menu(index)
    entry = next(a for a in menu.actions() if a.objectName() == "actionSegmentMemo")
    assert entry.text() == "New Memo…"
    entry.trigger()
    (editor,) = _open_editors()
    assert editor.kind == "coding" and editor.target_id == ids["second"]
    editor.close()
    session.perform(lambda: project.add_memo("coding", "Later", "text", target_id=ids["second"]))
    menu = pane.build_context_menu(index)
    entry = next(a for a in menu.actions() if a.objectName() == "actionSegmentMemo")
    assert entry.text() == "Open Memo"
    entry.trigger()
    assert len(_open_editors()) == 1
