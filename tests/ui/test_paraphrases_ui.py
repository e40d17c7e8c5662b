"""Paraphrase mode in the real window: switch it on, select a passage with mouse and keys,
type its paraphrase; it appears beside the passage (pixels), undo takes it away. Then
Categorize Paraphrases and the Paraphrases Matrix, and Reports → Codebook / Project Report."""

# ruff: noqa: F811  (fixtures are imported from coding_workspace_support)
from __future__ import annotations

import docx
import openpyxl
from coding_workspace_support import (  # noqa: F401
    EMOJI_TEXT,
    isolated_settings,
    trigger,
    utf16,
    window,
    workspace_project,
)
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QKeySequence, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from qdadesk.ui.paraphrases.panel import NOTE_FILL


def _mode(window):
    return window._paraphrase_actions


def _select_with_keys(window, start: int, length: int) -> None:
    """Click before code point ``start`` in the text, then Shift+Right ``length`` times."""
    view = window.document_browser.text
    cursor = QTextCursor(view.document())
    cursor.setPosition(utf16(EMOJI_TEXT, start))
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    point = view.cursorRect(cursor).center() + QPoint(1, 0)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    cursor = view.textCursor()
    cursor.setPosition(utf16(EMOJI_TEXT, start))
    view.setTextCursor(cursor)  # the click lands between two letters: start exactly there
    for _ in range(length):
        QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def _pixel(widget, point: QPoint) -> QColor:
    return widget.grab().toImage().pixelColor(point)


def test_paraphrase_mode_add_shows_beside_the_text_and_undoes(window, workspace_project, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.open_document("emoji-interview")
    mode = _mode(window)
    panel = mode.panel
    assert not panel.isVisible()
    assert mode.action_mode.shortcut() == QKeySequence("Ctrl+Shift+P")
    menu = window.menu("Analysis")
    assert mode.action_mode in menu.actions()
    trigger(window, "actionParaphraseMode")  # Analysis → Paraphrase Mode
    assert mode.active and panel.isVisible()
    assert not panel.entry.isEnabled()  # nothing selected yet
    start = EMOJI_TEXT.index("party")
    _select_with_keys(window, start, len("party words"))
    assert window.document_browser.selected_range() == (start, start + 11)
    assert panel.entry.isEnabled() and "party words" in panel.passage.text()
    qtbot.waitUntil(panel.entry.hasFocus)  # ready to type at once, as in MAXQDA
    QTest.keyClicks(panel.entry, "Celebration talk")
    QTest.keyClick(panel.entry, Qt.Key.Key_Return)
    project = window.session.project
    (paraphrase,) = project.paraphrases()
    assert (paraphrase.start, paraphrase.end, paraphrase.text) == (
        start,
        start + 11,
        "Celebration talk",
    )
    assert panel.paraphrase_texts() == ["Celebration talk"] and panel.entry.text() == ""
    # The note is painted beside its passage, and the passage is lightly highlighted.
    rect = panel.column.note_rect(paraphrase.id)
    assert rect is not None
    assert _pixel(panel.column, rect.center() + QPoint(rect.width() // 3, 0)) == NOTE_FILL
    view = window.document_browser.text
    window.document_browser.text.setTextCursor(QTextCursor(view.document()))  # unselect
    cursor = QTextCursor(view.document())
    cursor.setPosition(utf16(EMOJI_TEXT, start + 2))
    passage_point = view.cursorRect(cursor).center()
    note_top = panel.column.mapTo(window, rect.topLeft()).y()
    passage_top = view.viewport().mapTo(window, view.cursorRect(cursor).topLeft()).y()
    assert abs(note_top - passage_top) <= 6  # aligned with its passage

    def shaded() -> bool:  # tinted green, not the white page
        color = _pixel(view.viewport(), passage_point + QPoint(0, 4))
        return color.green() - color.blue() > 15 and color.green() - color.red() > 15

    qtbot.waitUntil(shaded)
    # One undo takes it away, redo brings it back.
    trigger(window, "actionUndo")
    assert project.paraphrases() == [] and panel.paraphrase_texts() == []
    qtbot.waitUntil(lambda: not shaded())
    trigger(window, "actionRedo")
    assert panel.paraphrase_texts() == ["Celebration talk"]
    qtbot.waitUntil(shaded)
    # The sidebar's width, dragged by the user, is kept for the next time.
    splitter = mode.splitter
    total = sum(splitter.sizes())
    splitter.setSizes([total - total // 4, total // 4])
    splitter.splitterMoved.emit(total - total // 4, 1)
    mode.set_mode(False)
    mode.set_mode(True)
    assert abs(splitter.sizes()[1] - total // 4) <= 3
    # The mode off: the sidebar goes and the passage is plain again.
    trigger(window, "actionParaphraseMode")
    assert not mode.active and not panel.isVisible()
    qtbot.waitUntil(lambda: not shaded())


def test_overlap_is_refused_click_edit_and_delete(window, workspace_project, qtbot):
    window.show()
    qtbot.waitExposed(window)
    doc = workspace_project.emoji_id
    window.open_document("emoji-interview")
    mode = _mode(window)
    mode.set_mode(True)
    panel = mode.panel
    start = EMOJI_TEXT.index("Third")
    window.select_range(doc, start, start + 15)
    QTest.keyClicks(panel.entry, "Third one")
    QTest.keyClick(panel.entry, Qt.Key.Key_Return)
    window.select_range(doc, start + 5, start + 25)
    QTest.keyClicks(panel.entry, "overlapping")
    QTest.keyClick(panel.entry, Qt.Key.Key_Return)
    assert "overlaps the paraphrase" in (window.last_error or "")
    assert panel.entry.text() == "overlapping"  # the typed text is not lost
    (paraphrase,) = window.session.project.paraphrases()
    # A click on the note selects its passage.
    window.select_range(doc, 0, 3)
    rect = panel.column.note_rect(paraphrase.id)
    QTest.mouseClick(panel.column, Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.document_browser.selected_range() == (start, start + 15)
    # A double-click edits it in place; leaving the editor writes it (one undoable step).
    QTest.mouseDClick(panel.column, Qt.MouseButton.LeftButton, pos=rect.center())
    editor = panel.column.editor
    assert editor.isVisible() and editor.text() == "Third one"
    editor.selectAll()
    QTest.keyClicks(editor, "Math and accents")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert window.session.project.paraphrase(paraphrase.id).text == "Math and accents"
    assert panel.paraphrase_texts() == ["Math and accents"]
    # Escape leaves the editor without a change.
    undo_steps = window.session.undo_stack.count()
    QTest.mouseDClick(panel.column, Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.keyClicks(editor, "typo")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible() and window.session.undo_stack.count() == undo_steps
    assert panel.paraphrase_texts() == ["Math and accents"]
    # Another document shows its own paraphrases (none); coming back shows this one again.
    window.open_document_id(workspace_project.docx_id)
    assert panel.paraphrase_texts() == []
    window.open_document_id(doc)
    assert panel.paraphrase_texts() == ["Math and accents"]
    rect = panel.column.note_rect(paraphrase.id)
    # Delete removes the selected note.
    QTest.mouseClick(panel.column, Qt.MouseButton.LeftButton, pos=rect.center())
    panel.column.setFocus()
    QTest.keyClick(panel.column, Qt.Key.Key_Delete)
    assert window.session.project.paraphrases() == []
    trigger(window, "actionUndo")
    assert panel.paraphrase_texts() == ["Math and accents"]


def test_closing_the_project_while_a_note_is_edited_keeps_the_window_working(
    window, workspace_project, qtbot
):
    """The editor loses its focus as the sidebar goes with the project: the edit it then
    reports has no project to go to and is dropped (it used to raise on the gone session)."""
    window.show()
    qtbot.waitExposed(window)
    doc = workspace_project.emoji_id
    window.open_document("emoji-interview")
    mode = _mode(window)
    mode.set_mode(True)
    panel = mode.panel
    start = EMOJI_TEXT.index("Third")
    window.select_range(doc, start, start + 15)
    QTest.keyClicks(panel.entry, "Third one")
    QTest.keyClick(panel.entry, Qt.Key.Key_Return)
    (paraphrase,) = window.session.project.paraphrases()
    rect = panel.column.note_rect(paraphrase.id)
    QTest.mouseDClick(panel.column, Qt.MouseButton.LeftButton, pos=rect.center())
    editor = panel.column.editor
    qtbot.waitUntil(editor.hasFocus)
    QTest.keyClicks(editor, " changed")
    window.close_project()  # pytest-qt fails the test on an exception raised in a slot
    assert window.session is None and not panel.isVisible()
    from qdadesk.core import Project

    with Project.open(workspace_project.path) as project:
        assert [p.text for p in project.paraphrases()] == ["Third one"]


def test_categorize_window_codes_the_passages(window, workspace_project, qtbot):
    project = window.session.project
    doc = workspace_project.emoji_id
    first = project.add_paraphrase(doc, 0, 5, "opening").result
    project.add_paraphrase(doc, EMOJI_TEXT.index("Third"), EMOJI_TEXT.index("Third") + 5, "third")
    trigger(window, "actionCategorizeParaphrases")
    dialog = _mode(window).dialogs["categorize"]
    table = dialog.table
    assert table.rowCount() == 2
    assert [table.item(0, c).text() for c in range(4)] == [
        "emoji-interview",
        "1",
        "Intro",
        "opening",
    ]
    table.selectRow(0)
    QTest.keyClicks(dialog.new_category, "Openings")
    QTest.mouseClick(dialog.categorize_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    code = project.find_code("Openings")
    assert [(c.start, c.end) for c in project.codings(code_ids=[code.id])] == [(0, 5)]
    qtbot.waitUntil(lambda: dialog.table.item(0, 4).text() == "Openings")
    assert "1 categorized" in dialog.status.text()
    trigger(window, "actionUndo")  # one step: the new code and its coding
    assert [c.name for c in project.codes()].count("Openings") == 0
    assert project.paraphrase(first).text == "opening"


def test_paraphrases_matrix_window(window, workspace_project, qtbot, tmp_path, monkeypatch):
    project = window.session.project
    project.add_paraphrase(workspace_project.emoji_id, 0, 5, "opening")
    project.add_paraphrase(workspace_project.table_id, 0, 3, "table start")
    trigger(window, "actionParaphrasesMatrix")
    matrix = _mode(window).dialogs["matrix"]
    table = matrix.table
    assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] == [
        d.name
        for d in project.documents()
        if d.id in {workspace_project.emoji_id, workspace_project.table_id}
    ]
    texts = {table.item(0, c).text().split("\n")[0] for c in range(table.columnCount())}
    assert texts == {"opening", "table start"}
    matrix.columns.setCurrentIndex(1)  # groups: every document is ungrouped
    matrix.refresh()
    assert table.columnCount() == 1 and table.rowCount() == 2
    out = tmp_path / "matrix"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "Excel (*.xlsx)"))
    )
    QTest.mouseClick(matrix.export_button, Qt.MouseButton.LeftButton)
    book = openpyxl.load_workbook(tmp_path / "matrix.xlsx")
    assert "opening" in str(book.active["B2"].value)


def test_reports_menu_writes_the_chosen_format(window, tmp_path, monkeypatch, qtbot):
    from qdadesk.ui.background import _RUNNING

    answers = []

    def save(*_args, **_kwargs):
        return answers.pop(0)

    def run(name):
        trigger(window, name)
        job = window._report_actions.last_job
        qtbot.waitUntil(lambda: job not in _RUNNING)  # written in the background
        assert job.error is None

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    answers.append((str(tmp_path / "book"), "Excel (*.xlsx)"))  # no extension: the filter
    run("actionCodebookReport")
    sheet = openpyxl.load_workbook(tmp_path / "book.xlsx").active
    assert sheet["B2"].value == "Feelings"
    answers.append((str(tmp_path / "typed.docx"), "Excel (*.xlsx)"))  # typed extension wins
    run("actionCodebookReport")
    assert docx.Document(str(tmp_path / "typed.docx")).tables[0].rows[1].cells[1].text
    answers.append((str(tmp_path / "report"), "Web page (*.html)"))
    run("actionProjectReport")
    assert "emoji-interview" in (tmp_path / "report.html").read_text(encoding="utf-8")
    answers.append(("", ""))  # the dialog cancelled: nothing written, no error
    trigger(window, "actionProjectReport")
    assert sorted(p.name for p in tmp_path.glob("report*")) == ["report.html"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no partial files
    # Cancel in the progress dialog: no file appears.
    from qdadesk.ui.background import BackgroundJob

    started = BackgroundJob.start

    def cancelled_start(job):
        job.cancel()
        started(job)

    monkeypatch.setattr(BackgroundJob, "start", cancelled_start)
    answers.append((str(tmp_path / "gone.docx"), "Word (*.docx)"))
    trigger(window, "actionProjectReport")
    job = window._report_actions.last_job
    qtbot.waitUntil(lambda: job not in _RUNNING)
    assert job.was_cancelled and not (tmp_path / "gone.docx").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
