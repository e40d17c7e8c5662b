"""A click in Retrieved Segments shows the segment in the middle of the Document Browser
(not at its bottom edge); a click on a stripe selects without scrolling."""

# ruff: noqa: F811  (fixtures are imported from coding_workspace_support)
from __future__ import annotations

from coding_workspace_support import isolated_settings  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor


def test_jump_from_retrieved_segments_centres_the_segment(
    qtbot, isolated_settings, corpus_dir, tmp_path, monkeypatch
):
    from qdadesk.core import Project
    from qdadesk.ui import MainWindow

    path = tmp_path / "jump.qdadesk"
    with Project.create(path) as project:
        (document,) = project.import_documents(
            [corpus_dir / "qc-demo-school-board-meeting-2017.txt"]
        ).result.imported
        code = project.add_code_path("Budget").result
        text = project.text(document)
        middle = text.index("\n", len(text) // 2) + 1
        coding = project.add_coding(document, code, middle, middle + 60).result
    monkeypatch.setenv("QDADESK_DATA_DIR", str(tmp_path / "data"))
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_project(path)
    session = window.session
    session.set_activation(session.activation.with_documents({document}).with_codes({code}))
    pane = window.retrieved_segments
    rect = pane.view.visualRect(pane.model.index(0))
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.wait(50)
    view = window.document_browser.text
    assert view.textCursor().selectedText().startswith(text[middle : middle + 20])

    def segment_middle() -> float:
        start, end = QTextCursor(view.document()), QTextCursor(view.document())
        start.setPosition(view.textCursor().selectionStart())
        end.setPosition(view.textCursor().selectionEnd())
        return (view.cursorRect(start).top() + view.cursorRect(end).bottom()) / 2

    height = view.viewport().height()
    assert abs(segment_middle() - height / 2) < height * 0.15
    # A click on its stripe selects it again without moving the text.
    window.document_browser.text.verticalScrollBar().setValue(
        window.document_browser.text.verticalScrollBar().value() + 40
    )
    before = view.verticalScrollBar().value()
    window.document_browser.select_coding(coding)
    assert view.verticalScrollBar().value() == before
    window.close()
