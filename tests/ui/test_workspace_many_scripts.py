"""Bug hunt regressions of the coding workspace: a DOCX made with python-docx (headings, a
table with merged cells, emoji, ZWJ sequences, flags, CJK, RTL, combining marks) coded from
the window the way an outside script does it, read back through the command line."""

# ruff: noqa: F811  (fixtures are imported from coding_workspace_support)
from __future__ import annotations

import json

import pytest
from coding_workspace_support import (  # noqa: F401
    isolated_settings,
    trigger,
    window,
    workspace_project,
)
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QDropEvent, QTextCursor
from PySide6.QtWidgets import QColorDialog, QInputDialog, QTextEdit, QTreeView

from qdadesk.core import Project
from qdadesk.ui.coding_actions import in_vivo_name


def _make_docx(path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Interjú 👩‍💻 összefoglaló", level=1)
    document.add_paragraph("Bevezetés: a résztvevő 😀 azt mondta, hogy „nagyon jó” 🇭🇺 volt.")
    document.add_heading("中文部分 第二章", level=2)
    document.add_paragraph("我们讨论了教育问题。她说：“学习很重要”。𠀀𠀁 rare CJK.")
    document.add_paragraph("العربية: قال المشارك إن التعليم مهم جدا. עברית: הוא אמר שלום.")
    document.add_paragraph("Combining: cafe\u0301 n\u0303. Family 👨‍👩‍👧‍👦 and flags 🇯🇵🇩🇪.")
    table = document.add_table(rows=3, cols=3)
    for row in range(3):
        for column in range(3):
            table.cell(row, column).text = f"cell {row}{column} 🙂 中"
    table.cell(0, 0).merge(table.cell(0, 1)).text = "merged header 👩‍💻 árvíztűrő"
    table.cell(1, 2).merge(table.cell(2, 2)).text = "vertical merged שלום"
    document.add_heading("After table", level=2)
    document.add_paragraph("Final paragraph with italic 🎉 text.")
    document.save(str(path))


@pytest.fixture
def made_project(tmp_path):
    source = tmp_path / "made.docx"
    _make_docx(source)
    path = tmp_path / "made.qdadesk"
    with Project.create(path) as project:
        project.import_documents([source])
    return path


def _cli_segments(path, capsys) -> list[tuple[str, str]]:
    from qdadesk.cli import main

    capsys.readouterr()
    assert main(["segments", str(path), "--format", "json"]) == 0
    return sorted((s["code"], s["text"]) for s in json.loads(capsys.readouterr().out))


def _select_shown(window, needle: str, nth: int = 0) -> None:
    """Select ``needle`` found in what the view DISPLAYS, in UTF-16 positions."""
    view = window.findChild(QTextEdit, "documentText")
    shown = view.toPlainText()
    index = -1
    for _ in range(nth + 1):
        index = shown.index(needle, index + 1)
    start = len(shown[:index].encode("utf-16-le")) // 2
    end = start + len(needle.encode("utf-16-le")) // 2
    cursor = view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def test_in_vivo_name_never_splits_a_letter_an_emoji_or_a_flag():
    assert in_vivo_name("a" * 62 + "🇭🇺 x") == "a" * 62
    assert in_vivo_name("a" * 61 + "🇭🇺 x") == "a" * 61 + "🇭🇺"
    assert in_vivo_name("学" * 62 + "e\u0301 x") == "学" * 62
    assert in_vivo_name("学" * 61 + "👩\u200d💻 x") == "学" * 61
    assert in_vivo_name("学" * 60 + "👩\u200d💻 x") == "学" * 60 + "👩\u200d💻"
    # Invisible soft hyphens / zero-width spaces are not kept in a code name.
    assert in_vivo_name("soft\u00adhyphen zero\u200bwidth") == "softhyphen zerowidth"
    # Hungarian and CJK quotes and full stops do not dangle.
    assert in_vivo_name("„nagyon jó") == "nagyon jó"
    assert in_vivo_name("「学习很重要」。") == "学习很重要"


def test_status_bar_forgets_an_undone_in_vivo_code(window, workspace_project):
    window.open_document("emoji-interview")
    _select_shown(window, "😀 smile")
    trigger(window, "actionInVivoCode")
    assert window.current_code_label.text().endswith("😀 smile")
    trigger(window, "actionUndo")
    # The code is gone: neither the status bar nor the action may still name it.
    assert "😀 smile" not in window.current_code_label.text()
    assert "😀 smile" not in window.coding.with_current.text()
    assert window.current_code_id() is None


def test_made_docx_coded_from_the_display(
    qtbot, isolated_settings, made_project, monkeypatch, tmp_path, capsys
):
    from qdadesk.ui import MainWindow

    monkeypatch.setenv("QDADESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Manual 🇭🇺", True))
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#336699"))
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1300, 850)
    assert window.open_project(made_project)
    window.open_document("made")
    view = window.findChild(QTextEdit, "documentText")
    document_id = window.document_browser.current_document_id()
    # The view shows exactly the stored text (headings and table cells one line each).
    assert view.toPlainText().replace("\u00a0", " ") == window.session.project.text(
        document_id
    ).replace("\u00a0", " ")

    _select_shown(window, "👩‍💻 összefoglaló")
    trigger(window, "actionInVivoCode")
    _select_shown(window, "🇭🇺")
    trigger(window, "actionCodeWithCurrentCode")
    _select_shown(window, "שלום", nth=1)
    trigger(window, "actionNewCodeFromSelection")
    window.coding.new_code_dialog.name.setText("Manual 🇭🇺")
    window.coding.new_code_dialog.accept()
    _select_shown(window, "merged header 👩‍💻 árvíztűrő\ncell 02")
    trigger(window, "actionHighlightRed")
    expected = [
        ("Manual 🇭🇺", "שלום"),
        ("Red", "merged header 👩‍💻 árvíztűrő\ncell 02"),
        ("👩‍💻 összefoglaló", "🇭🇺"),
        ("👩‍💻 összefoglaló", "👩‍💻 összefoglaló"),
    ]
    assert _cli_segments(made_project, capsys) == expected

    # Dragging a selection after the rare CJK characters onto "Manual 🇭🇺".
    _select_shown(window, "学习很重要")
    tree = window.findChild(QTreeView, "codeSystem")
    model = window.code_system.model
    manual = next(c.id for c in window.session.project.codes() if c.name == "Manual 🇭🇺")
    point = tree.visualRect(model.index_for(manual)).center()
    dragged = view.createMimeDataFromSelection()
    drop = QDropEvent(
        QPointF(point),
        Qt.DropAction.CopyAction,
        dragged,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    tree.dropEvent(drop)
    with_drop = sorted([*expected, ("Manual 🇭🇺", "学习很重要")])
    assert _cli_segments(made_project, capsys) == with_drop
    assert len(window.document_browser.margin.stripes) == 5

    for _ in range(5):
        trigger(window, "actionUndo")
    assert _cli_segments(made_project, capsys) == []
    assert window.document_browser.margin.stripes == []
    for _ in range(5):
        trigger(window, "actionRedo")
    assert _cli_segments(made_project, capsys) == with_drop

    window.close_project()
    assert window.open_project(made_project)
    window.open_document("made")
    assert len(window.document_browser.margin.stripes) == 5
    assert len(view.extraSelections()) == 5
    window.close()
