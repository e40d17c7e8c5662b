"""The read-only text view of the Document Browser (objectName ``documentText``).

Selections are reported in code points (through the document's ``OffsetMap``); dragging a
selection carries the document id and the code-point range, which the Code System accepts.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QResizeEvent, QTextCursor, QWheelEvent
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

    def select_points(self, start: int, end: int, center: bool = True) -> None:
        """Select code points ``start..end``; ``center`` scrolls them to the middle of the
        view (a jump from a list), else only as far as needed to see them."""
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
        if center:
            self.center_on(qt_start, qt_end)

    def center_on(self, qt_start: int, qt_end: int) -> None:
        """Scroll so that Qt positions ``qt_start..qt_end`` sit in the middle of the view; a
        segment taller than the view starts a sixth of the way down instead."""
        bar = self.verticalScrollBar()
        height = self.viewport().height()
        start, end = QTextCursor(self.document()), QTextCursor(self.document())
        start.setPosition(qt_start)
        end.setPosition(qt_end)
        top = self.cursorRect(start).top() + bar.value()
        bottom = self.cursorRect(end).bottom() + bar.value()
        # Lay the text out far enough below for the scroll range to reach the middle.
        layout = self.document().documentLayout()
        block = self.document().findBlock(qt_end)
        while block.isValid() and layout.blockBoundingRect(block).top() < bottom + height:
            block = block.next()
        if bottom - top < height * 0.8:
            target = (top + bottom) / 2 - height / 2
        else:
            target = top - height / 6
        bar.setValue(max(bar.minimum(), min(bar.maximum(), round(target))))

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
    def resizeEvent(self, event: QResizeEvent) -> None:
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
