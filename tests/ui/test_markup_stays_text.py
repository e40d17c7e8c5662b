"""User text is plain text everywhere in the window: names with markup are never rendered.

A project whose code, document, group, memo, variable, coder and file names hold ``<b>html</b>``
and ``<img src=x>`` is opened in the real window; every action runs (dialogs inspected, then
cancelled) and after each one every label, message box, tooltip (of widgets, actions and
item views) and text view of every window is checked: where Qt would render the text as
rich text, a user's markup must not be there raw.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from coding_workspace_support import isolated_settings  # noqa: F401
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QColor, QFont, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QColorDialog,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QTextEdit,
    QWidget,
)

from qdadesk.core import Project
from qdadesk.core.importers.document import ImportedDocument
from qdadesk.ui import MainWindow  # before the dialogs are patched (prompts keeps Qt's own)

BOLD = "<b>html</b>"
IMAGE = "<img src=x>"
FILE_BOLD = "<b>bold"  # a file name cannot hold "/"
MARKUP = (BOLD, IMAGE, FILE_BOLD)
SKIPPED = {"actionQuit", "actionCloseProject", "actionExit", "actionOpenSample"}


def _rendered(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> bool:
    """Whether a widget with ``text_format`` would render ``text`` as rich text."""
    if text_format == Qt.TextFormat.PlainText:
        return False
    if text_format == Qt.TextFormat.RichText:
        return True
    return GuiQt.mightBeRichText(text)


def _raw_markup(text: str) -> bool:
    return any(marker in text for marker in MARKUP)


class Leaks:
    """Every place that renders a user's markup, described for the failure message."""

    def __init__(self) -> None:
        self.found: dict[str, str] = {}  # what -> the first step that showed it
        self.where = ""

    def text(self, kind: str, text: str, text_format=Qt.TextFormat.AutoText) -> None:
        if text and _raw_markup(text) and _rendered(text, text_format):
            self.found.setdefault(f"{kind}: {text[:80]!r}", self.where)

    def document(self, kind: str, document: QTextDocument) -> None:
        """A text view whose document shows a bold 'html' or an image named x."""
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                form = fragment.charFormat()
                if form.isImageFormat() and form.toImageFormat().name() == "x":
                    self.found.setdefault(f"{kind}: an <img src=x> became an image", self.where)
                bold = form.fontWeight() >= QFont.Weight.Bold
                if bold and "html" in fragment.text() and "<b>" not in fragment.text():
                    self.found.setdefault(f"{kind}: <b>html</b> became bold", self.where)
                iterator += 1
            block = block.next()

    def widget_tree(self, top: QWidget) -> None:
        widgets = [top, *top.findChildren(QWidget)]
        for widget in widgets:
            name = f"{type(widget).__name__}#{widget.objectName()}"
            self.text(f"tooltip of {name}", widget.toolTip())
            if isinstance(widget, QLabel):
                self.text(f"label {name}", widget.text(), widget.textFormat())
            if isinstance(widget, QMessageBox):
                self.text(f"message box {name}", widget.text(), widget.textFormat())
                self.text(f"message box {name} (informative)", widget.informativeText())
            if isinstance(widget, QTextEdit) and widget.objectName() != "documentText":
                self.document(f"text view {name}", widget.document())
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                self.model(f"view {name}", widget.model())
        for action in top.findChildren(QAction):
            self.text(f"tooltip of action {action.objectName() or action.text()}", action.toolTip())

    def model(self, kind: str, model, parent: QModelIndex | None = None, budget=None) -> None:
        budget = budget if budget is not None else [2000]
        parent = parent or QModelIndex()
        try:
            columns, tree = model.columnCount(parent), True
        except TypeError:  # a list model keeps columnCount private
            columns, tree = 1, False
        if not parent.isValid():
            for column in range(min(columns, 50)):
                tip = model.headerData(
                    column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
                )
                if isinstance(tip, str):
                    self.text(f"header tooltip in {kind} column {column}", tip)
        for row in range(min(model.rowCount(parent), 200)):
            for column in range(min(columns, 20)):
                if budget[0] <= 0:
                    return
                budget[0] -= 1
                index = model.index(row, column, parent)
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    self.text(f"tooltip in {kind} row {row}", tip)
                if tree and column == 0 and model.rowCount(index) > 0:
                    self.model(kind, model, index, budget)

    def everything(self) -> None:
        for top in QApplication.topLevelWidgets():
            if top.isVisible() or isinstance(top, QMessageBox):
                self.widget_tree(top)


@pytest.fixture
def leaks() -> Leaks:
    return Leaks()


@pytest.fixture
def answered_cancel(monkeypatch, leaks: Leaks):
    """Every dialog is looked at, then cancelled; static helpers have their text checked."""

    def look_then_cancel(self, *args, **kwargs):
        leaks.widget_tree(self)
        return QDialog.DialogCode.Rejected

    def look_at_menu(self, *args, **kwargs):
        leaks.widget_tree(self)

    monkeypatch.setattr(QDialog, "exec", look_then_cancel)
    monkeypatch.setattr(QMessageBox, "exec", look_then_cancel)
    monkeypatch.setattr(QMenu, "exec", look_at_menu)
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([], "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))

    def asking(result):
        def ask(parent, title, label, *args, **kwargs):
            leaks.text(f"input dialog label ({title})", label)
            return result

        return staticmethod(ask)

    monkeypatch.setattr(QInputDialog, "getText", asking(("", False)))
    monkeypatch.setattr(QInputDialog, "getInt", asking((0, False)))
    monkeypatch.setattr(QInputDialog, "getItem", asking(("", False)))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", asking(("", False)))
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor()))

    def message(kind):
        def show(parent, title, text, *args, **kwargs):
            leaks.text(f"QMessageBox.{kind} ({title})", text)
            return QMessageBox.StandardButton.Cancel

        return staticmethod(show)

    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, message(name))


@pytest.fixture
def hostile_project(tmp_path: Path) -> Path:
    folder = tmp_path / f"{FILE_BOLD} folder"
    folder.mkdir()
    path = folder / f"{FILE_BOLD} project.qdadesk"
    source = folder / f"{IMAGE} interview.txt"
    source.write_text(f"First line {BOLD} said.\nSecond {IMAGE} line.\n", encoding="utf-8")
    with Project.create(path) as project:
        group = project.add_group(f"{BOLD} group").result
        report = project.import_documents([source], group_id=group).result
        first = report.imported[0]
        project.rename_document(first, f"{BOLD} document")
        second = project.add_document(
            ImportedDocument(f"{IMAGE} document", f"Text {BOLD} here.", [], b"", "txt")
        ).result
        parent = project.add_code_path(f"{BOLD}\\{IMAGE}").result
        bold = project.find_code(BOLD).id
        project.add_coding(first, bold, 0, 10, comment=f"{BOLD} comment", coder=f"{BOLD} coder")
        project.add_coding(second, parent, 0, 4, comment=IMAGE)
        # (A memo's body is the researcher's own rich text, by design; its title is not.)
        project.add_memo("free", title=f"{BOLD} memo", body="body")
        project.add_memo("document", title=f"{IMAGE} memo", body="x", target_id=first)
        project.add_memo(
            "position", title=f"{BOLD} here", body=IMAGE, target_id=first, start=0, end=5
        )
        project.set_document_value(first, f"{BOLD} variable", f"{IMAGE} value", "text")
    return path


def test_names_with_markup_are_never_rendered(
    qtbot,
    tmp_path,
    monkeypatch,
    isolated_settings,  # noqa: F811
    hostile_project: Path,
    answered_cancel,
    leaks: Leaks,
) -> None:
    monkeypatch.setenv("QDADESK_DATA_DIR", str(tmp_path / "data"))
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    assert window.open_project(hostile_project)
    project = window.session.project
    document = project.find_document(f"{BOLD} document")
    code = project.find_code(BOLD)
    window.open_document_id(document.id)
    window.set_current_code(code.id)
    window.select_range(document.id, 0, 10)
    QApplication.processEvents()
    leaks.where = "opening"
    leaks.everything()
    # The margin's hover tooltips (coding stripes, in-document memos).
    browser = window.document_browser
    assert browser.codings()
    for coding in browser.codings():
        leaks.text("coding stripe tooltip", browser.stripe_tooltip(coding.id))
    for mark in browser.margin.memos:
        leaks.text("memo mark tooltip", mark.tooltip)
    window.grab().save(str(tmp_path / "markup-window.png"))
    title = window.document_browser.title
    # Drawn as typed: the label's own rendering is as wide as the literal characters.
    literal = title.fontMetrics().horizontalAdvance(f"{BOLD} document")
    assert title.sizeHint().width() >= literal

    # The REFI-QDA report of an export (its title names the project file).
    job = window.exchange_actions.export_codebook(str(tmp_path / "codebook.qdc"))
    if job.result is None and job.error is None:
        with qtbot.waitSignal(job.finished, timeout=60_000):
            pass
    QApplication.processEvents()
    assert window.exchange_actions.last_report_dialog is not None
    leaks.where = "exporting a codebook"
    leaks.everything()

    before = set(QApplication.topLevelWidgets())
    for action in window.findChildren(QAction):
        name = action.objectName()
        if not name.startswith("action") or name in SKIPPED or not action.isEnabled():
            continue
        leaks.where = name
        action.trigger()
        QApplication.processEvents()
        leaks.everything()
        for widget in set(QApplication.topLevelWidgets()) - before:
            if widget.isVisible():
                widget.close()
        if window.session is not None:
            if window.document_browser.selected_range() is None:
                window.select_range(document.id, 0, 10)
            if window.current_code_id() is None:
                window.set_current_code(code.id)
    report = sorted(f"{what} (after {where})" for what, where in leaks.found.items())
    assert not report, "\n".join(report)
