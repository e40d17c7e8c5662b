"""The read-only text view of the Document Browser (objectName ``documentText``).

Selections are reported in code points (through the document's ``OffsetMap``); dragging a
selection carries the document id and the code-point range, which the Code System accepts.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QTextCursor, QWheelEvent
from PySide6.QtWidgets import QTextEdit, QWidget

from qdadesk.ui.coding_actions import segment_mime_data
from qdadesk.ui.offsets import OffsetMap


class DocumentTextView(QTextEdit):
    """Shows one document; read-only, selectable by mouse and keyboard, draggable."""

    contextMenuWanted = Signal(object)  # QContextMenuEvent
    zoomWanted = Signal(int)  # +1 / -1
    viewportResized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentText")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setUndoRedoEnabled(False)
        self.document_id: int | None = None
        self.offsets = OffsetMap("")

    # -- offsets ---------------------------------------------------------------------------
    def selected_range(self) -> tuple[int, int] | None:
        """The selection as code points ``(start, end)``, or None when nothing is selected."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or self.document_id is None:
            return None
        start, end = self.offsets.range_to_points(cursor.selectionStart(), cursor.selectionEnd())
        end = min(end, self.offsets.length)
        return (start, end) if end > start else None

    def select_points(self, start: int, end: int) -> None:
        """Select code points ``start..end`` and scroll them into view."""
        qt_start, qt_end = self.offsets.range_to_qt(start, end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(qt_end)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        cursor.setPosition(qt_start)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        cursor.setPosition(qt_end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    # -- drag and drop ---------------------------------------------------------------------
    def createMimeDataFromSelection(self) -> QMimeData:
        selected = self.selected_range()
        text = self.textCursor().selectedText().replace("\u2029", "\n")
        if selected is None or self.document_id is None:
            mime = QMimeData()
            mime.setText(text)
        else:
            mime = segment_mime_data(self.document_id, selected[0], selected[1], text)
        # Qt (the drag or the clipboard) uses and deletes the object; holding the Python side
        # until the next one keeps Python from deleting it first.
        self._last_mime = mime
        return mime

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return False  # read-only: nothing is ever dropped into the text

    # -- events ----------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.viewportResized.emit()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.contextMenuWanted.emit(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoomWanted.emit(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)
