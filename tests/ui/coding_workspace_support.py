"""Shared fixtures of the coding workspace tests (main window, browser, code system).

A project made in tmp with an emoji + non-Latin text file and real DOCX files from the
corpus (one with a table), and a MainWindow on it with QSettings kept in tmp.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

EMOJI_TEXT = (
    "Intro 😀 smile and 👍🏽 thumbs: the first paragraph.\n"
    "Русский текст здесь, 中文句子在这里，and 🎉 party words after emoji.\n"
    "\n"
    "Third paragraph 𝒳 math letter, café, naïve, the end of it 🏁.\n"
)


@dataclass
class WorkspaceProject:
    path: Path
    emoji_id: int
    table_id: int
    docx_id: int


def utf16(text: str, point: int) -> int:
    """Qt position of code point ``point``, computed independently of the window's code."""
    return len(text[:point].encode("utf-16-le")) // 2


@pytest.fixture
def isolated_settings(tmp_path, qapp):
    from PySide6.QtCore import QSettings

    qapp.setOrganizationName("QDA Desk Tests")
    qapp.setApplicationName("QDA Desk Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    QSettings().clear()
    return tmp_path / "settings"


@pytest.fixture
def workspace_project(tmp_path, corpus_dir) -> WorkspaceProject:
    from qdadesk.core import Project

    source = tmp_path / "emoji-interview.txt"
    source.write_text(EMOJI_TEXT, encoding="utf-8")
    path = tmp_path / "workspace.qdadesk"
    with Project.create(path) as project:
        report = project.import_documents(
            [source, corpus_dir / "mammoth-tables.docx", corpus_dir / "qualcoder-example-ID1.docx"]
        ).result
        emoji_id, table_id, docx_id = report.imported
        project.add_code_path("Feelings\\Joy")
        project.add_code_path("Feelings\\Anger")
        project.add_code_path("Places")
    return WorkspaceProject(path, emoji_id, table_id, docx_id)


@pytest.fixture
def window(qtbot, isolated_settings, workspace_project, monkeypatch, tmp_path):
    from qdadesk.ui import MainWindow

    monkeypatch.setenv("QDADESK_DATA_DIR", str(tmp_path / "data"))
    main = MainWindow()
    qtbot.addWidget(main)
    main.resize(1300, 850)
    assert main.open_project(workspace_project.path)
    yield main
    main.close()


def select_points(window, start: int, end: int) -> None:
    """Select code points start..end in ``documentText`` with a QTextCursor set in UTF-16
    positions computed from the stored text (not through the window's offset code)."""
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QTextEdit

    view = window.findChild(QTextEdit, "documentText")
    text = window.session.project.text(window.document_browser.current_document_id())
    cursor = view.textCursor()
    cursor.setPosition(utf16(text, start))
    cursor.setPosition(utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def trigger(window, name: str) -> None:
    from PySide6.QtGui import QAction

    action = window.findChild(QAction, name)
    assert action is not None, name
    action.trigger()
