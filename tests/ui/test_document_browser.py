"""The Document Browser: formatting, highlights, stripes in columns, margin clicks and
menus, position memos, find and zoom; selections after emoji are exact."""

# ruff: noqa: F811  (fixtures are imported from coding_workspace_support)
from __future__ import annotations

from coding_workspace_support import (  # noqa: F401
    EMOJI_TEXT,
    isolated_settings,
    select_points,
    trigger,
    utf16,
    window,
    workspace_project,
)
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QInputDialog, QTextEdit

from qdadesk.ui.document_browser.margin import assign_columns


def _code(window, path):
    return window.session.project.find_code(path).id


def test_columns_put_overlapping_segments_side_by_side():
    assert assign_columns([(0, 2), (1, 1), (3, 4), (2, 3)]) == [0, 1, 0, 1]
    assert assign_columns([]) == []


def test_select_range_after_emoji(window, workspace_project):
    start = EMOJI_TEXT.index("party")
    window.select_range(workspace_project.emoji_id, start, start + 5)
    view = window.findChild(QTextEdit, "documentText")
    assert view.textCursor().selectedText() == "party"
    assert view.textCursor().selectionStart() == utf16(EMOJI_TEXT, start)
    assert window.document_browser.selected_range() == (start, start + 5)
    assert window.document_browser.current_document_id() == workspace_project.emoji_id
    assert view.isReadOnly()


def test_highlights_and_stripes_follow_the_codings(window, workspace_project):
    project = window.session.project
    doc = workspace_project.emoji_id
    joy, anger = _code(window, "Feelings\\Joy"), _code(window, "Feelings\\Anger")
    window.open_document("emoji-interview")
    browser = window.document_browser
    line2 = EMOJI_TEXT.index("Русский")
    window.session.perform(lambda: project.add_coding(doc, joy, 0, line2 + 5))
    window.session.perform(lambda: project.add_coding(doc, anger, 6, 12))
    window.session.perform(lambda: project.add_coding(doc, anger, line2 + 30, line2 + 40))
    stripes = {s.coding_id: s for s in browser.margin.stripes}
    assert len(stripes) == 3 and len(browser.text.extraSelections()) == 3
    columns = sorted(s.column for s in stripes.values())
    assert columns == [0, 1, 1]  # the long one beside the two short ones
    assert browser.margin.columns == 2
    long = next(s for s in stripes.values() if s.name == "Joy")
    assert long.qt_end == utf16(EMOJI_TEXT, line2 + 5)
    tip = browser.stripe_tooltip(long.coding_id)
    assert "Feelings\\Joy" in tip and "Weight: 0" in tip
    # Renaming the code renames its stripes; removing a coding removes its stripe only.
    window.session.perform(lambda: project.rename_code(joy, "Delight"))
    assert any(s.name == "Delight" for s in browser.margin.stripes)
    browser.remove_coding(long.coding_id)
    assert len(browser.margin.stripes) == 2 and len(browser.text.extraSelections()) == 2
    trigger(window, "actionUndo")
    assert len(browser.margin.stripes) == 3


def test_stripe_click_selects_and_menu_edits(window, workspace_project, qtbot, monkeypatch):
    project = window.session.project
    doc = workspace_project.emoji_id
    start = EMOJI_TEXT.index("math")
    window.open_document("emoji-interview")
    window.session.perform(
        lambda: project.add_coding(doc, _code(window, "Places"), start, start + 11)
    )
    window.show()
    qtbot.waitExposed(window)
    browser = window.document_browser
    assert not browser.margin.grab().isNull()
    hits = [h for h in browser.margin.visible_items() if h[1] == "stripe"]
    assert len({h[2] for h in hits}) == 1  # the bracket's column and its name
    rect, _, coding_id = hits[0]
    qtbot.mouseClick(browser.margin, Qt.MouseButton.LeftButton, pos=rect.center())
    assert browser.text.textCursor().selectedText() == "math letter"
    assert window.current_code_id() == _code(window, "Places")
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (60, True))
    browser.change_weight(coding_id)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("a note", True))
    browser.edit_comment(coding_id)
    coding = project.coding(coding_id)
    assert (coding.weight, coding.comment) == (60, "a note")
    assert "Weight: 60" in browser.stripe_tooltip(coding_id)
    trigger(window, "actionUndo")
    assert project.coding(coding_id).comment == ""


def test_position_memo_shows_in_the_margin(window, workspace_project):
    project = window.session.project
    doc = workspace_project.emoji_id
    window.open_document("emoji-interview")
    start = EMOJI_TEXT.index("Third")
    window.session.perform(
        lambda: project.add_memo("position", "Look", "Check this", doc, start, start + 5)
    )
    (mark,) = window.document_browser.margin.memos
    assert mark.qt_start == utf16(EMOJI_TEXT, start)
    assert "Check this" in mark.tooltip
    window.document_browser.delete_memo(mark.memo_id)
    assert window.document_browser.margin.memos == []


def test_table_docx_and_formatting_are_shown(window, workspace_project):
    window.open_document("mammoth-tables")
    document = window.document_browser.text.document()
    text = window.session.project.text(workspace_project.table_id)
    block = document.findBlock(text.index("Top left"))
    assert block.blockFormat().leftMargin() > 0  # table cells are indented
    assert block.charFormat().fontWeight() >= QFont.Weight.DemiBold or (
        block.begin().fragment().charFormat().fontWeight() >= QFont.Weight.DemiBold
    )
    outside = document.findBlock(0)
    assert outside.blockFormat().leftMargin() == 0


def test_find_and_zoom(window):
    window.open_document("emoji-interview")
    browser = window.document_browser
    trigger(window, "actionFind")
    assert not browser.find_bar.isHidden()
    browser.find_bar.field.setText("café")
    assert browser.find_bar.find_next()
    assert browser.selected_range() == (EMOJI_TEXT.index("café"), EMOJI_TEXT.index("café") + 4)
    browser.find_bar.field.setText("nowhere-to-be-found")
    assert not browser.find_bar.find_next()
    size = browser.text.font().pointSizeF()
    trigger(window, "actionZoomIn")
    assert browser.text.font().pointSizeF() > size
    trigger(window, "actionZoomOut")
    assert browser.text.font().pointSizeF() == size


def test_paragraph_numbers_and_render(window, qtbot):
    window.open_document("qualcoder-example-ID1")
    window.show()
    qtbot.waitExposed(window)
    image = window.document_browser.grab().toImage()
    assert not image.isNull() and image.width() > 300
    assert window.document_browser.margin.number_width() > 10
    assert window.document_browser.margin.mapTo(window.document_browser.text, QPoint(0, 0)).x() >= 0
