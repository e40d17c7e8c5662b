"""The find bar under the Document Browser (Ctrl+F): find next/previous in the open text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from qdadesk.core.i18n import tr
from qdadesk.ui import icons


class FindBar(QWidget):
    """Search field with next/previous, case option and a match counter."""

    def __init__(self, text: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.field = QLineEdit(self)
        self.field.setObjectName("findField")
        self.field.setPlaceholderText(tr("Find in document"))
        self.field.returnPressed.connect(self.find_next)
        self.field.textChanged.connect(self._live)
        self.case = QCheckBox(tr("Match case"), self)
        self.status = QLabel(self)
        previous = QToolButton(self)
        previous.setArrowType(Qt.ArrowType.UpArrow)
        previous.setToolTip(tr("Previous match (Shift+Enter)"))
        previous.clicked.connect(self.find_previous)
        following = QToolButton(self)
        following.setArrowType(Qt.ArrowType.DownArrow)
        following.setToolTip(tr("Next match (Enter)"))
        following.clicked.connect(self.find_next)
        close = QToolButton(self)
        close.setIcon(icons.icon("close"))
        close.setAutoRaise(True)
        close.setToolTip(tr("Close (Esc)"))
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        search_icon = QLabel(self)
        search_icon.setPixmap(icons.icon("find").pixmap(16, 16))
        layout.addWidget(search_icon)
        layout.addWidget(self.field, 1)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(self.case)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.hide()

    def open_bar(self) -> None:
        selected = self.text.textCursor().selectedText()
        if selected and "\u2029" not in selected and len(selected) < 80:
            self.field.setText(selected)
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.text.setFocus()

    def _flags(self, backward: bool = False) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def _live(self) -> None:
        cursor = self.text.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self.text.setTextCursor(cursor)
        self.find_next()

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _find(self, backward: bool) -> bool:
        needle = self.field.text()
        if not needle:
            self.status.clear()
            return False
        document = self.text.document()
        found = document.find(needle, self.text.textCursor(), self._flags(backward))
        if found.isNull():  # wrap around
            start = QTextCursor(document)
            if backward:
                start.movePosition(QTextCursor.MoveOperation.End)
            found = document.find(needle, start, self._flags(backward))
        if found.isNull():
            self.status.setText(tr("Not found"))
            self.field.setStyleSheet("QLineEdit { color: #c62828; }")
            return False
        self.field.setStyleSheet("")
        self.status.setText(tr("Paragraph {n}").format(n=found.blockNumber() + 1))
        self.text.setTextCursor(found)
        self.text.ensureCursorVisible()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.find_previous()
        else:
            super().keyPressEvent(event)
