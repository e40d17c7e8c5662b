"""Memo window, memo manager and logbook: every save is one undoable step."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from qdadesk.ui.memos import LogbookDialog, MemoEditor, MemoManager
from qdadesk.ui.session import ProjectSession


@pytest.fixture
def session(tmp_project, corpus_dir):
    project = tmp_project
    project.user_name = "Anna"
    project.import_documents([corpus_dir / "qc-demo-admin-interview-1.txt"])
    project.add_code_path("Barriers\\Cost")
    session = ProjectSession(project)
    yield session
    session.undo_stack.clear()


def test_new_free_memo_with_rich_text_is_undoable(session, qtbot) -> None:
    editor = MemoEditor(session, kind="free")
    qtbot.addWidget(editor)
    editor.title_edit.setText("Themes")
    editor.body.setPlainText("Cost and time")
    editor.body.selectAll()
    editor.action_bold.trigger()
    memo_id = editor.save()
    memo = session.project.memo(memo_id)
    assert (memo.kind, memo.title, memo.plain, memo.author) == (
        "free",
        "Themes",
        "Cost and time",
        "Anna",
    )
    assert "font-weight" in memo.body  # bold kept as rich text
    session.undo_stack.undo()
    assert session.project.memos() == []


def test_editing_a_document_memo_updates_it(session, qtbot) -> None:
    project = session.project
    document = project.documents()[0].id
    memo_id = session.perform(
        lambda: project.add_memo("document", "Context", "plain note", document)
    ).result
    editor = MemoEditor(session, memo_id)
    qtbot.addWidget(editor)
    assert editor.body.toPlainText() == "plain note"
    assert "qc-demo-admin-interview-1" in editor.findChild(QLabel, "memoInfo").text()
    editor.body.setPlainText("plain note, revised")
    editor.save()
    assert project.memo(memo_id).body == "plain note, revised"
    session.undo_stack.undo()
    assert project.memo(memo_id).body == "plain note"


def test_memo_manager_lists_opens_and_deletes(session, qtbot, monkeypatch) -> None:
    project = session.project
    code = project.find_code("Barriers\\Cost").id
    document = project.documents()[0].id
    session.perform(lambda: project.add_memo("code", "Cost", "Money and fees", code))
    session.perform(lambda: project.add_memo("document", "Context", "Office", document))
    manager = MemoManager(session)
    qtbot.addWidget(manager)
    rows = {
        manager.table.item(r, 2).text(): [manager.table.item(r, c).text() for c in range(7)]
        for r in range(manager.table.rowCount())
    }
    assert rows["Cost"][0] == "Code memo" and rows["Cost"][1] == "Barriers\\Cost"
    assert rows["Context"][1] == "qc-demo-admin-interview-1" and rows["Context"][3] == "Anna"
    assert rows["Cost"][6] == "Money and fees"

    editor = manager.open_row(0)
    qtbot.addWidget(editor)
    assert editor.memo_id == manager.memo_id_at(0)

    session.perform(lambda: project.add_memo("free", "Later", ""))
    assert manager.table.rowCount() == 3  # follows changes

    monkeypatch.setattr(manager, "confirm", lambda count: True)
    manager.table.selectRow(0)
    assert manager.delete_selected()
    assert len(project.memos()) == 2
    session.undo_stack.undo()
    assert len(project.memos()) == 3


def test_logbook_add_edit_delete(session, qtbot) -> None:
    project = session.project
    logbook = LogbookDialog(session)
    qtbot.addWidget(logbook)
    entry = logbook.add_entry("Started open coding", "2024-03-01")
    logbook.add_entry("Merged two codes", "2024-03-04")
    assert logbook.table.rowCount() == 2
    assert logbook.table.item(0, 0).text() == "2024-03-01"
    logbook.edit_row(0, "Started open coding of interviews", "2024-03-02")
    assert project.log_entries()[0].text == "Started open coding of interviews"
    logbook.table.selectRow(1)
    logbook.delete_selected()
    assert [e.id for e in project.log_entries()] == [entry]
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert [e.date for e in project.log_entries()] == ["2024-03-01", "2024-03-04"]
