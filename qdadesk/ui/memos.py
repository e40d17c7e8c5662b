"""Memos and the logbook: the memo window, the memo manager and the logbook dialog.

Every save goes through ``session.perform`` (``add_memo``, ``update_memo``, ``delete_memo``,
``*_log_entry``), so it is one undoable step on the window's undo stack.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QKeySequence,
    QTextCharFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import ntr, tr, tr_noop
from qdadesk.ui.autosave import when_left
from qdadesk.ui.document_tree_model import icon
from qdadesk.ui.help import help_button
from qdadesk.ui.plain_text import escaped, shown_as_typed

if TYPE_CHECKING:
    from qdadesk.core import Operation, Project
    from qdadesk.core.model import Memo
    from qdadesk.ui.session import ProjectSession

KIND_LABELS = {
    "free": tr_noop("Free memo"),
    "project": tr_noop("Project memo"),
    "document": tr_noop("Document memo"),
    "group": tr_noop("Document group memo"),
    "code": tr_noop("Code memo"),
    "coding": tr_noop("Coded segment memo"),
    "position": tr_noop("In-document memo"),
}


def _date(stamp: str | None) -> str:
    """An ISO timestamp as a user reads it (date and minutes)."""
    if not stamp:
        return ""
    return stamp.replace("T", " ").replace("Z", "")[:16]


def attached_to(project: Project, memo: Memo) -> str:
    """What a memo is attached to, in words (document name, code path, ...)."""
    target = {
        "document": memo.document_id,
        "position": memo.document_id,
        "code": memo.code_id,
        "coding": memo.coding_id,
        "group": memo.group_id,
    }.get(memo.kind)
    return target_in_words(project, memo.kind, target, memo.start, memo.end)


def target_in_words(
    project: Project,
    kind: str,
    target_id: int | None,
    start: int | None = None,
    end: int | None = None,
) -> str:
    """What a memo of ``kind`` on ``target_id`` (the document, code, coding or group; a
    position's document) is attached to, in words; "" for none or one that is gone."""
    if target_id is None:
        return ""
    try:
        if kind in ("document", "position"):
            name = project.document(target_id).name
            if kind == "position":
                return f"{name} @ {start}–{end}"
            return name
        if kind == "code":
            return project.code_path(target_id)
        if kind == "coding":
            coding = project.coding(target_id)
            return (
                f"{project.document(coding.document_id).name}: {project.code_path(coding.code_id)}"
            )
        if kind == "group":
            return project.group_path(target_id)
    except QdaError:
        return ""
    return ""


class MemoEditor(QDialog):
    """The memo window: title, author, dates and a rich-text body. Nothing to save by hand:
    the memo is written when the user leaves the title or the body, closes the window (Close,
    Esc, the title bar) or the project, one undoable step each time it changed."""

    _open: list[MemoEditor] = []  # keeps non-modal editors alive

    def __init__(
        self,
        session: ProjectSession,
        memo_id: int | None = None,
        kind: str = "free",
        target_id: int | None = None,
        parent: QWidget | None = None,
        start: int | None = None,
        end: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("memoEditor")
        self.session = session
        self.memo_id = memo_id
        self.kind = kind
        self.target_id = target_id
        self.start, self.end = start, end
        project = session.project
        memo = project.memo(memo_id) if memo_id is not None else None
        if memo is not None:
            self.kind = memo.kind
        self.setWindowTitle(tr(KIND_LABELS.get(self.kind, "Memo")))
        self.setWindowIcon(icon("memo"))
        self.resize(560, 460)

        self.title_edit = QLineEdit(memo.title if memo else "")
        self.title_edit.setObjectName("memoTitle")
        self.title_edit.setPlaceholderText(tr("Title"))
        font = self.title_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title_edit.setFont(font)
        about = attached_to(project, memo) if memo else ""
        if memo is None and target_id is not None:
            about = target_in_words(project, self.kind, target_id, start, end)
        info = QLabel(
            "<span style='color:#666'>"
            + tr(
                "{kind}{about} · Author: {author} · Created: {created} · Modified: {modified}"
            ).format(
                kind=tr(KIND_LABELS.get(self.kind, "Memo")),
                about=f" — {escaped(about)}" if about else "",
                author=escaped((memo.author if memo else project.user_name) or ""),
                created=_date(memo.created) if memo else tr("now"),
                modified=_date(memo.modified) if memo else tr("now"),
            )
            + "</span>"
        )
        info.setObjectName("memoInfo")
        info.setTextFormat(Qt.TextFormat.RichText)  # the names in it are escaped
        info.setWordWrap(True)

        self.body = QTextEdit()
        self.body.setObjectName("memoBody")
        self.body.setAcceptRichText(True)
        if memo is not None:
            if "<" in memo.body:
                self.body.setHtml(memo.body)
            else:
                self.body.setPlainText(memo.body)
        self.toolbar = self._format_toolbar()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.save_and_close)
        when_left(self.title_edit, self._left_memo)
        when_left(self.body, self._left_memo)
        session.aboutToClose.connect(self._project_closing)
        self.finished.connect(self._forget_session)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_edit)
        layout.addWidget(info)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.body, 1)
        layout.addWidget(buttons)
        self.body.setFocus()

    def _format_toolbar(self) -> QToolBar:
        bar = QToolBar(self)

        def toggle(
            text: str, shortcut: QKeySequence.StandardKey, apply: Callable[[bool], None]
        ) -> QAction:
            action = QAction(text, self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(apply)
            bar.addAction(action)
            return action

        self.action_bold = toggle(tr("B"), QKeySequence.StandardKey.Bold, self._bold)
        bold = self.action_bold.font()
        bold.setBold(True)
        self.action_bold.setFont(bold)
        self.action_italic = toggle(tr("I"), QKeySequence.StandardKey.Italic, self._italic)
        italic = self.action_italic.font()
        italic.setItalic(True)
        self.action_italic.setFont(italic)
        self.action_underline = toggle(tr("U"), QKeySequence.StandardKey.Underline, self._underline)
        underline = self.action_underline.font()
        underline.setUnderline(True)
        self.action_underline.setFont(underline)
        bar.addSeparator()
        self.action_bullets = QAction(tr("• List"), self)
        self.action_bullets.triggered.connect(self._bullets)
        bar.addAction(self.action_bullets)
        self.body.currentCharFormatChanged.connect(self._sync_buttons)
        return bar

    def _merge(self, fmt: QTextCharFormat) -> None:
        cursor = self.body.textCursor()
        cursor.mergeCharFormat(fmt)
        self.body.mergeCurrentCharFormat(fmt)

    def _bold(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
        self._merge(fmt)

    def _italic(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(on)
        self._merge(fmt)

    def _underline(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontUnderline(on)
        self._merge(fmt)

    def _bullets(self) -> None:
        cursor = self.body.textCursor()
        current = cursor.currentList()
        if current is None:
            cursor.createList(QTextListFormat.Style.ListDisc)
        else:
            block = cursor.blockFormat()
            current.remove(cursor.block())
            block.setIndent(0)
            cursor.setBlockFormat(block)

    def _sync_buttons(self, fmt: QTextCharFormat) -> None:
        self.action_bold.setChecked(fmt.fontWeight() >= QFont.Weight.Bold)
        self.action_italic.setChecked(fmt.fontItalic())
        self.action_underline.setChecked(fmt.fontUnderline())

    def body_html(self) -> str:
        """The body to store: rich text (HTML) when formatted, plain text otherwise."""
        if not self.body.toPlainText().strip():
            return ""
        return self.body.toHtml() if self._has_formatting() else self.body.toPlainText()

    def _has_formatting(self) -> bool:
        """True when some text is bold, italic or underlined, or sits in a list."""
        block = self.body.document().begin()
        while block.isValid():
            if block.textList() is not None:
                return True
            fragments = block.begin()
            while not fragments.atEnd():
                fmt = fragments.fragment().charFormat()
                if (
                    fmt.fontWeight() > QFont.Weight.Normal
                    or fmt.fontItalic()
                    or fmt.fontUnderline()
                ):
                    return True
                fragments += 1
            block = block.next()
        return False

    def save(self) -> int | None:
        """Write the memo through the core (undoable); returns its id (None for a new memo
        left empty, which is not created)."""
        if self.session.closed:
            return self.memo_id
        project = self.session.project
        title = self.title_edit.text().strip()
        body = self.body_html()
        # Errors in a box over this editor that does not block: a leaving editor must not.
        if self.memo_id is None:
            if not title and not body:
                return None
            operation = self.session.perform(
                lambda: project.add_memo(
                    self.kind, title, body, self.target_id, self.start, self.end
                ),
                parent=self,
            )
            if operation is None:
                return None
            memo_id: int = operation.result  # add_memo's result: the new memo's id
            self.memo_id = memo_id
            return memo_id
        try:
            memo = project.memo(self.memo_id)
        except QdaError as error:  # removed meanwhile (an undo, another program)
            self.session.show_error(str(error), parent=self)
            return None
        if memo.title != title or memo.body != body:
            memo_id = self.memo_id
            if (
                self.session.perform(lambda: project.update_memo(memo_id, title, body), parent=self)
                is None
            ):
                return None
        return self.memo_id

    def _left_memo(self) -> None:
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.save()  # the user went elsewhere (title and body are one memo)

    def save_and_close(self) -> None:
        self.save()
        self.accept()

    def reject(self) -> None:  # Esc and Close keep what was written, as MAXQDA does
        self.save()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save()
        super().closeEvent(event)

    def _project_closing(self) -> None:
        self.save()
        self.close()

    def _forget_session(self) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.session.aboutToClose.disconnect(self._project_closing)

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def _show(cls, editor: MemoEditor) -> MemoEditor:
        cls._open.append(editor)
        editor.finished.connect(
            lambda _r: cls._open.remove(editor) if editor in cls._open else None
        )
        editor.show()
        editor.raise_()
        return editor

    @classmethod
    def open_memo(
        cls, session: ProjectSession, memo_id: int, parent: QWidget | None = None
    ) -> MemoEditor:
        """Show the memo window for an existing memo."""
        return cls._show(cls(session, memo_id, parent=parent))

    @classmethod
    def new_memo(
        cls,
        session: ProjectSession,
        kind: str = "free",
        target_id: int | None = None,
        parent: QWidget | None = None,
        start: int | None = None,
        end: int | None = None,
    ) -> MemoEditor:
        """Show an empty memo window that creates a memo of ``kind`` on ``target_id`` (at
        ``start``-``end`` of a document for a "position" memo)."""
        return cls._show(cls(session, None, kind, target_id, parent, start, end))


class MemoManager(QDialog):
    """All memos of the project in one table: kind, attached to, title, author, dates and a
    preview; double-click opens the memo, Delete removes it (undoable)."""

    COLUMNS = (
        tr_noop("Kind"),
        tr_noop("Attached to"),
        tr_noop("Title"),
        tr_noop("Author"),
        tr_noop("Created"),
        tr_noop("Modified"),
        tr_noop("Preview"),
    )

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memoManager")
        self.setWindowTitle(tr("Memo Manager"))
        self.setWindowIcon(icon("memo"))
        self.resize(900, 420)
        self.session = session
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("memoTable")
        self.table.setHorizontalHeaderLabels([tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.itemDoubleClicked.connect(lambda item: self.open_row(item.row()))

        new_free = QPushButton(icon("memo"), tr("New Free Memo"))
        new_free.clicked.connect(lambda: self._new("free"))
        new_code = QPushButton(tr("New Code Memo…"))
        new_code.clicked.connect(self._new_code_memo)
        open_button = QPushButton(tr("Open"))
        open_button.clicked.connect(lambda: self.open_row(self.table.currentRow()))
        delete = QPushButton(tr("Delete"))
        delete.setObjectName("memoDelete")
        delete.clicked.connect(self.delete_selected)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(tr("All memos"), None)
        for kind, label in KIND_LABELS.items():
            self.kind_filter.addItem(tr(label), kind)
        self.kind_filter.currentIndexChanged.connect(self.reload)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for widget in (new_free, new_code, open_button, delete):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(tr("Show:")))
        buttons.addWidget(self.kind_filter)
        buttons.addWidget(help_button(self, "memos.md", "memo-manager"))
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        session.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, operation: Operation, _event: str) -> None:
        if operation.changes.touched("memos", "documents", "codes", "codings"):
            self.reload()

    def reload(self) -> None:
        project = self.session.project
        kind = self.kind_filter.currentData()
        memos = project.memos(kind=kind) if kind else project.memos()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(memos))
        for row, memo in enumerate(memos):
            preview = " ".join(memo.plain.split())
            values = (
                tr(KIND_LABELS.get(memo.kind, memo.kind)),
                attached_to(project, memo),
                memo.title,
                memo.author or "",
                _date(memo.created)[:10],
                _date(memo.modified)[:10],
                preview[:200],
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, memo.id)
                if column == 0:
                    item.setIcon(icon("memo"))
                if column in (4, 5):
                    item.setToolTip(_date(memo.created if column == 4 else memo.modified))
                if column == 6:
                    item.setToolTip(shown_as_typed(memo.plain[:1000]))
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        for column, limit in ((1, 190), (2, 170)):
            if self.table.columnWidth(column) > limit:
                self.table.setColumnWidth(column, limit)
        self.table.setColumnWidth(6, 120)  # the preview stretches over what is left

    def memo_id_at(self, row: int) -> int | None:
        item = self.table.item(row, 0)
        memo_id = item.data(Qt.ItemDataRole.UserRole) if item else None  # set by reload
        return None if memo_id is None else int(memo_id)

    def open_row(self, row: int) -> MemoEditor | None:
        memo_id = self.memo_id_at(row)
        return MemoEditor.open_memo(self.session, memo_id, self) if memo_id is not None else None

    def _new(self, kind: str, target_id: int | None = None) -> MemoEditor:
        return MemoEditor.new_memo(self.session, kind, target_id, self)

    def _new_code_memo(self) -> None:
        paths = self.session.project.code_paths()
        if not paths:
            QMessageBox.information(self, tr("Code memo"), tr("The project has no codes yet."))
            return
        names = sorted(paths.values(), key=str.lower)
        name, ok = QInputDialog.getItem(self, tr("Code memo"), tr("Code:"), names, 0, False)
        if ok:
            code_id = next(i for i, path in paths.items() if path == name)
            self._new("code", code_id)

    def delete_selected(self) -> bool:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [i for i in (self.memo_id_at(row) for row in rows) if i is not None]
        if not ids or not self.confirm(len(ids)):
            return False
        project = self.session.project
        stack = self.session.undo_stack
        stack.beginMacro(tr("Delete memos"))
        try:
            for memo_id in ids:
                self.session.perform(partial(project.delete_memo, memo_id))
        finally:
            stack.endMacro()
        return True

    def confirm(self, count: int) -> bool:
        """Ask before deleting (tests replace this)."""
        answer = QMessageBox.question(
            self, tr("Delete memos"), ntr("Delete {n} memo?", "Delete {n} memos?", count)
        )
        return answer == QMessageBox.StandardButton.Yes


class LogEntryDialog(QDialog):
    """Date and text of one logbook entry."""

    def __init__(self, date: str | None, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Logbook entry"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(
            QDate.fromString(date, "yyyy-MM-dd") if date else QDate.currentDate()
        )
        self.text_edit = QPlainTextEdit(text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("Date:"), self.date_edit)
        form.addRow(tr("Entry:"), self.text_edit)
        form.addRow(buttons)
        self.resize(480, 260)

    def values(self) -> tuple[str, str]:
        return self.date_edit.date().toString("yyyy-MM-dd"), self.text_edit.toPlainText()


class LogbookDialog(QDialog):
    """The project's research journal: dated entries to add, edit and delete (undoable)."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logbook")
        self.setWindowTitle(tr("Logbook"))
        self.resize(720, 420)
        self.session = session
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("logbookTable")
        self.table.setHorizontalHeaderLabels([tr("Date"), tr("Author"), tr("Entry")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemDoubleClicked.connect(lambda item: self.edit_row(item.row()))
        add = QPushButton(tr("New Entry…"))
        add.clicked.connect(lambda: self.add_entry())
        edit = QPushButton(tr("Edit…"))
        edit.clicked.connect(lambda: self.edit_row(self.table.currentRow()))
        delete = QPushButton(tr("Delete"))
        delete.clicked.connect(self.delete_selected)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for widget in (add, edit, delete):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(help_button(self, "memos.md", "logbook"))
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        session.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, operation: Operation, _event: str) -> None:
        if operation.changes.touched("logbook"):
            self.reload()

    def reload(self) -> None:
        entries = self.session.project.log_entries()
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            for column, value in enumerate((entry.date, entry.author or "", entry.text)):
                item = QTableWidgetItem(value)
                item.setToolTip(shown_as_typed(entry.text))
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)

    def entry_id_at(self, row: int) -> int | None:
        item = self.table.item(row, 0)
        entry_id = item.data(Qt.ItemDataRole.UserRole) if item else None  # set by reload
        return None if entry_id is None else int(entry_id)

    def add_entry(self, text: str | None = None, date: str | None = None) -> int | None:
        """Add an entry (asks for it when ``text`` is None); returns its id."""
        if text is None:
            dialog = LogEntryDialog(None, "", self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            date, text = dialog.values()
        if not text.strip():
            return None
        project = self.session.project
        try:
            operation = self.session.perform(lambda: project.add_log_entry(text, date), parent=self)
        except ValueError as error:  # a date that is not one (the core does not say QdaError)
            self.session.show_error(str(error), parent=self)
            return None
        if operation is None:
            return None
        entry_id: int = operation.result  # add_log_entry's result: the new entry's id
        return entry_id

    def edit_row(self, row: int, text: str | None = None, date: str | None = None) -> None:
        entry_id = self.entry_id_at(row)
        if entry_id is None:
            return
        if text is None:
            date_item, text_item = self.table.item(row, 0), self.table.item(row, 2)
            assert date_item is not None and text_item is not None  # reload fills each row
            dialog = LogEntryDialog(date_item.text(), text_item.text(), self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            date, text = dialog.values()
        project = self.session.project
        self.session.perform(lambda: project.update_log_entry(entry_id, text, date))

    def delete_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [self.entry_id_at(row) for row in rows]
        project = self.session.project
        stack = self.session.undo_stack
        stack.beginMacro(tr("Delete logbook entries"))
        try:
            for entry_id in ids:
                if entry_id is not None:
                    self.session.perform(partial(project.delete_log_entry, entry_id))
        finally:
            stack.endMacro()
