"""The paraphrase sidebar beside the Document Browser's text (Paraphrase mode).

Each paraphrase is a note in a column beside the text, at the height of its passage (pushed
down when the one above needs the room), with a bar that spans the passage; it scrolls with
the text. A click selects the passage, a double-click edits the paraphrase in place (written
when the editor is left), Delete removes it. Below the column: the selected passage and a
field for its paraphrase (Enter adds it). The paraphrased passages get a light highlight
while the mode is on (``PassageHighlighter``).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from qdadesk.core.i18n import tr

if TYPE_CHECKING:
    from qdadesk.core.analysis.paraphrases import ParaphraseEntry
    from qdadesk.ui.document_browser.text_view import DocumentTextView

# Paraphrased text is tinted green, as in MAXQDA (under the code colours).
PASSAGE_COLOR = QColor(110, 196, 110, 90)
NOTE_FILL = QColor(232, 246, 230)
NOTE_BORDER = QColor(96, 164, 96)
SELECTED_BORDER = QColor(38, 110, 200)
BAR_X, NOTE_X, GAP, PAD = 2, 10, 4, 5


class PassageHighlighter(QSyntaxHighlighter):
    """Shades the paraphrased passages (Qt positions) of the document it is set on."""

    def __init__(self, document: QTextDocument, ranges: list[tuple[int, int]]) -> None:
        super().__init__(document)
        self.ranges = ranges
        self.passage_format = QTextCharFormat()  # not "format": that is Qt's own method
        self.passage_format.setBackground(PASSAGE_COLOR)

    def highlightBlock(self, text: str) -> None:  # noqa: N802
        block = self.currentBlock()
        low, high = block.position(), block.position() + block.length()
        for start, end in self.ranges:
            if start < high and end > low:
                first = max(start, low) - low
                self.setFormat(first, min(end, high) - low - first, self.passage_format)


@dataclass
class _Note:
    entry: ParaphraseEntry
    qt_start: int
    qt_end: int
    rect: QRect | None = None  # where it is drawn now (None: not in view)
    bar: tuple[int, int] | None = None  # the passage's top and bottom in this widget


class _NoteEditor(QLineEdit):
    """The in-place editor of a note: Escape puts the old text back and leaves."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.original = ""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.setText(self.original)
            self.clearFocus()
            return
        super().keyPressEvent(event)


class ParaphraseColumn(QWidget):
    """The paraphrases of the open document, each beside its passage in ``view``."""

    passageWanted = Signal(int, int)  # start, end (code points)
    editWanted = Signal(int, str)  # paraphrase id, new text
    removeWanted = Signal(list)  # paraphrase ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paraphraseColumn")
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setMouseTracking(True)
        self.view: DocumentTextView | None = None
        self.notes: list[_Note] = []
        self.selected: int | None = None
        self._editing: int | None = None
        self.editor = _NoteEditor(self)
        self.editor.setObjectName("paraphraseEditor")
        self.editor.hide()
        self.editor.editingFinished.connect(self._finish_edit)

    def set_view(self, view: DocumentTextView) -> None:
        self.view = view
        view.verticalScrollBar().valueChanged.connect(self.update)
        view.viewportResized.connect(self.update)

    def set_notes(self, entries: list[ParaphraseEntry], qt_ranges: list[tuple[int, int]]) -> None:
        self.notes = [_Note(e, s, t) for e, (s, t) in zip(entries, qt_ranges, strict=True)]
        if self.selected not in {e.paraphrase_id for e in entries}:
            self.selected = None
        self.update()

    # -- placing ---------------------------------------------------------------------------
    def _place(self) -> None:
        """Work out each visible note's rectangle: at its passage's height, never on top
        of the note above."""
        for note in self.notes:
            note.rect = note.bar = None
        view = self.view
        if view is None or not self.notes or view.document().isEmpty():
            return
        viewport = view.viewport()
        top_qt = view.cursorForPosition(QPoint(0, 0)).position()
        bottom_qt = view.cursorForPosition(QPoint(viewport.width(), viewport.height())).position()
        offset = self.mapFromGlobal(viewport.mapToGlobal(QPoint(0, 0))).y()
        width = max(self.width() - NOTE_X - 4, 40)
        metrics = self.fontMetrics()
        floor = -(10**6)
        for note in self.notes:
            if note.qt_end < top_qt or note.qt_start > bottom_qt + 1:
                continue
            cursor = QTextCursor(view.document())
            cursor.setPosition(min(note.qt_start, view.document().characterCount() - 1))
            passage_top = view.cursorRect(cursor).top() + offset
            cursor.setPosition(min(note.qt_end, view.document().characterCount() - 1))
            passage_bottom = view.cursorRect(cursor).bottom() + offset
            text = self._label(note)
            height = (
                metrics.boundingRect(
                    QRect(0, 0, width - 2 * PAD, 10**4), Qt.TextFlag.TextWordWrap, text
                ).height()
                + 2 * PAD
            )
            top = max(passage_top, floor + GAP)
            note.rect = QRect(NOTE_X, top, width, height)
            note.bar = (passage_top, max(passage_bottom, passage_top + metrics.height()))
            floor = note.rect.bottom()

    @staticmethod
    def _label(note: _Note) -> str:
        return " ".join(note.entry.text.split())

    def note_at(self, point: QPoint) -> _Note | None:
        for note in self.notes:
            if note.rect is not None and note.rect.contains(point):
                return note
        return None

    def note_rect(self, paraphrase_id: int) -> QRect | None:
        """Where a paraphrase is drawn now (None when it is out of view)."""
        self._place()
        for note in self.notes:
            if note.entry.paraphrase_id == paraphrase_id:
                return note.rect
        return None

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        self._place()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for note in self.notes:
            if note.rect is None or note.bar is None:
                continue
            painter.fillRect(QRect(BAR_X, note.bar[0], 3, note.bar[1] - note.bar[0]), NOTE_BORDER)
            selected = note.entry.paraphrase_id == self.selected
            painter.setPen(QPen(SELECTED_BORDER if selected else NOTE_BORDER, 2 if selected else 1))
            painter.setBrush(NOTE_FILL)
            painter.drawRoundedRect(note.rect.adjusted(0, 0, -1, -1), 4, 4)
            painter.setPen(QColor(30, 30, 30))
            painter.drawText(
                note.rect.adjusted(PAD, PAD, -PAD, -PAD),
                int(Qt.TextFlag.TextWordWrap),
                self._label(note),
            )
        painter.end()

    # -- the user --------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        note = self.note_at(event.position().toPoint())
        if note is None:
            return
        self.selected = note.entry.paraphrase_id
        self.update()
        if event.button() == Qt.MouseButton.LeftButton:
            self.passageWanted.emit(note.entry.start, note.entry.end)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected:
            self.remove_selected()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        note = self.note_at(event.position().toPoint())
        if note is not None:
            self.edit(note.entry.paraphrase_id)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        note = self.note_at(event.pos())
        if note is None:
            return
        self.selected = note.entry.paraphrase_id
        self.update()
        menu = QMenu(self)
        menu.setObjectName("paraphraseMenu")
        menu.addAction(tr("Edit Paraphrase"), lambda: self.edit(note.entry.paraphrase_id))
        menu.addAction(tr("Remove Paraphrase"), self.remove_selected)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            note = self.note_at(event.pos())
            if note is None:
                QToolTip.hideText()
            else:
                entry = note.entry
                passage = " ".join(entry.passage.split())
                QToolTip.showText(
                    event.globalPos(),
                    "<p>" + html.escape(f"¶ {entry.paragraph}: \u201c{passage}\u201d") + "</p>",
                    self,
                )
            return True
        return super().event(event)

    def edit(self, paraphrase_id: int) -> None:
        """Edit a paraphrase in place; it is written when the editor is left."""
        rect = self.note_rect(paraphrase_id)
        note = next((n for n in self.notes if n.entry.paraphrase_id == paraphrase_id), None)
        if rect is None or note is None:
            return
        self._editing = paraphrase_id
        self.editor.setGeometry(
            rect.left(), rect.top(), rect.width(), self.editor.sizeHint().height()
        )
        self.editor.setText(note.entry.text)
        self.editor.original = note.entry.text
        self.editor.show()
        self.editor.setFocus()
        self.editor.selectAll()

    def _finish_edit(self) -> None:
        paraphrase_id, self._editing = self._editing, None
        self.editor.hide()
        if paraphrase_id is not None:
            self.editWanted.emit(paraphrase_id, self.editor.text())

    def remove_selected(self) -> None:
        if self.selected is not None:
            self.removeWanted.emit([self.selected])


class ParaphrasePanel(QWidget):
    """The sidebar; the window's Paraphrase mode owns it and feeds it the document."""

    addWanted = Signal(str)  # the paraphrase for the selected passage

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paraphrasePanel")
        self.setMinimumWidth(180)
        self.title = QLabel(tr("Paraphrases"), self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.column = ParaphraseColumn(self)
        self.passage = QLabel(self)
        self.passage.setObjectName("paraphrasePassage")
        self.passage.setTextFormat(Qt.TextFormat.PlainText)
        self.passage.setWordWrap(True)
        self.passage.setStyleSheet("color: palette(mid);")
        self.entry = QLineEdit(self)
        self.entry.setObjectName("paraphraseEntry")
        self.entry.setPlaceholderText(tr("Paraphrase of the selected passage"))
        self.entry.returnPressed.connect(self._add)
        self.add_button = QPushButton(tr("Add"), self)
        self.add_button.setObjectName("addParaphrase")
        self.add_button.clicked.connect(self._add)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.entry, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 0, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.column, 1)
        layout.addWidget(self.passage)
        layout.addLayout(row)
        self.set_selection(None)

    # -- contents --------------------------------------------------------------------------
    def set_paraphrases(
        self, entries: list[ParaphraseEntry], qt_ranges: list[tuple[int, int]]
    ) -> None:
        """Show ``ParaphraseEntry`` records (in text order) at their passages."""
        self.column.set_notes(entries, qt_ranges)
        count = len(entries)
        self.title.setText(tr("Paraphrases ({n})").format(n=count) if count else tr("Paraphrases"))

    def paraphrase_texts(self) -> list[str]:
        return [note.entry.text for note in self.column.notes]

    def set_selection(self, excerpt: str | None) -> None:
        """Show the selected passage (None: nothing selected, nothing to paraphrase)."""
        if excerpt is None:
            self.passage.setText(tr("Select a passage in the text to paraphrase it."))
        else:
            excerpt = " ".join(excerpt.split())
            excerpt = excerpt if len(excerpt) <= 160 else excerpt[:159] + "…"
            self.passage.setText(f"\u201c{excerpt}\u201d")
        self.entry.setEnabled(excerpt is not None)
        self.add_button.setEnabled(excerpt is not None)

    def _add(self) -> None:
        text = self.entry.text().strip()
        if text and self.entry.isEnabled():
            self.addWanted.emit(text)
