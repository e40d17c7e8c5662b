"""The margin beside the text: position memos, coding stripes and paragraph numbers.

From left to right: a memo column (a post-it per position memo), the coding stripes (one
bracket per coded segment in its code's colour, with the code's name; overlapping segments
sit side by side in columns) and the paragraph numbers next to the text.
Only what is on screen is painted, so a document with thousands of codings scrolls freely.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from qdadesk.ui import icons

MEMO_WIDTH = 18
STRIPE_WIDTH = 4
NAME_WIDTH_WIDE = 92
NAME_WIDTH_NARROW = 40
MAX_COLUMNS = 12


@dataclass
class Stripe:
    """One coded segment as the margin draws it (positions are Qt positions)."""

    coding_id: int
    qt_start: int
    qt_end: int
    color: QColor
    name: str
    tooltip: str
    column: int = 0


@dataclass
class MemoMark:
    memo_id: int
    qt_start: int
    tooltip: str


def assign_columns(intervals: Sequence[tuple[int, int]]) -> list[int]:
    """Columns for inclusive intervals (first and last paragraph) so that no two sharing a
    paragraph share a column; each takes the lowest free one (longer segments first)."""
    order = sorted(range(len(intervals)), key=lambda i: (intervals[i][0], -intervals[i][1]))
    column_ends: list[int] = []  # last paragraph used per column
    columns = [0] * len(intervals)
    for index in order:
        first, last = intervals[index]
        for column, end in enumerate(column_ends):
            if end < first:
                column_ends[column] = last
                columns[index] = column
                break
        else:
            columns[index] = len(column_ends)
            column_ends.append(last)
    return columns


def paragraph_starts(text: str) -> list[int]:
    """Code point where each paragraph (line) of ``text`` starts."""
    starts = [0]
    index = text.find("\n")
    while index != -1:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return starts


def paragraph_of(starts: list[int], point: int) -> int:
    return bisect_right(starts, point) - 1


class StripeMargin(QWidget):
    """Painted beside a QTextEdit (inside its viewport margins)."""

    stripeClicked = Signal(int)  # coding id
    stripeMenuWanted = Signal(int, QPoint)  # coding id, global position
    memoOpened = Signal(int)  # memo id
    memoMenuWanted = Signal(int, QPoint)

    def __init__(self, text: QTextEdit) -> None:
        super().__init__(text)
        self.text = text
        self.stripes: list[Stripe] = []
        self.memos: list[MemoMark] = []
        self.columns = 0
        self._hits: list[tuple[QRect, str, int]] = []  # (rect, "stripe" | "memo", id)
        self._hover: int | None = None
        self.setMouseTracking(True)
        text.verticalScrollBar().valueChanged.connect(self.update)
        text.document().documentLayout().documentSizeChanged.connect(self.update)

    # -- layout ----------------------------------------------------------------------------
    def set_items(self, stripes: list[Stripe], memos: list[MemoMark], columns: int) -> None:
        self.stripes = stripes
        self.memos = memos
        self.columns = min(columns, MAX_COLUMNS)
        self.relayout()

    def name_width(self) -> int:
        if self.columns <= 3:
            return NAME_WIDTH_WIDE
        return NAME_WIDTH_NARROW if self.columns <= 6 else 0

    def column_width(self) -> int:
        return STRIPE_WIDTH + 10 + self.name_width()

    def number_width(self) -> int:
        digits = len(str(max(1, self.text.document().blockCount())))
        return QFontMetrics(self._number_font()).horizontalAdvance("9" * digits) + 14

    def total_width(self) -> int:
        return MEMO_WIDTH + self.columns * self.column_width() + self.number_width() + 4

    def relayout(self) -> None:
        width = self.total_width()
        self.text.setViewportMargins(width, 0, 0, 0)
        rect = self.text.contentsRect()
        self.setGeometry(QRect(rect.left(), rect.top(), width, rect.height()))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.total_width(), 0)

    def _number_font(self):
        font = self.text.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        return font

    # -- geometry --------------------------------------------------------------------------
    def _line_span(self, position: int) -> tuple[float, float]:
        """Top and bottom (viewport y) of the line holding Qt position ``position``."""
        document = self.text.document()
        block = document.findBlock(position)
        layout_rect = document.documentLayout().blockBoundingRect(block)
        layout = block.layout()
        offset = -self.text.verticalScrollBar().value()
        if layout is None or layout.lineCount() == 0:
            return layout_rect.top() + offset, layout_rect.bottom() + offset
        line = layout.lineForTextPosition(max(0, position - block.position()))
        if not line.isValid():
            line = layout.lineAt(layout.lineCount() - 1)
        top = layout.position().y() + line.y() + offset
        return top, top + line.height()

    def _visible_positions(self) -> tuple[int, int]:
        viewport = self.text.viewport()
        first = self.text.cursorForPosition(QPoint(0, 0)).position()
        last = self.text.cursorForPosition(QPoint(viewport.width(), viewport.height())).position()
        return first, last

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        base = self.text.palette().color(QPalette.ColorRole.Base)
        painter.fillRect(event.rect(), _shade(base, 0.045))
        stripes_right = MEMO_WIDTH + self.columns * self.column_width()
        numbers_left = stripes_right
        painter.setPen(QPen(_shade(base, 0.14), 1))
        painter.drawLine(self.width() - 1, event.rect().top(), self.width() - 1,
                         event.rect().bottom())
        self._hits = []
        if self.text.document().isEmpty():
            return
        first, last = self._visible_positions()
        self._paint_numbers(painter, numbers_left, first, last, palette)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_stripes(painter, stripes_right, first, last, base)
        self._paint_memos(painter, first, last)

    def _paint_numbers(self, painter, left, first, last, palette) -> None:
        document = self.text.document()
        painter.setFont(self._number_font())
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        block = document.findBlock(first)
        width = self.width() - left - 8
        height = self.height()
        while block.isValid() and block.position() <= last:
            top, bottom = self._line_span(block.position())
            if top > height:
                break
            if block.length() > 1:  # empty lines get no number, as in MAXQDA
                painter.drawText(QRect(left, int(top), width, int(bottom - top)),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 str(block.blockNumber() + 1))
            block = block.next()

    def _paint_stripes(self, painter, right, first, last, base) -> None:
        column_width = self.column_width()
        name_width = self.name_width()
        font = self.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        metrics = QFontMetrics(font)
        dark = base.lightness() < 128
        for stripe in self.stripes:
            if stripe.qt_end < first or stripe.qt_start > last or stripe.column >= MAX_COLUMNS:
                continue
            top, _ = self._line_span(stripe.qt_start)
            _, bottom = self._line_span(max(stripe.qt_start, stripe.qt_end - 1))
            x = right - stripe.column * column_width - 6
            hovered = self._hover == stripe.coding_id
            pen = QPen(stripe.color, STRIPE_WIDTH + (1 if hovered else 0))
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            y1, y2 = top + 2, max(top + 6, bottom - 2)
            painter.drawLine(int(x), int(y1), int(x), int(y2))
            thin = QPen(stripe.color, 2)
            painter.setPen(thin)
            painter.drawLine(int(x), int(y1), int(x + 5), int(y1))
            painter.drawLine(int(x), int(y2), int(x + 5), int(y2))
            rect = QRect(int(x) - column_width + 6, int(y1), column_width, int(y2 - y1) + 1)
            if name_width:
                label = metrics.elidedText(stripe.name, Qt.TextElideMode.ElideRight, name_width)
                painter.setPen(_legible(stripe.color, dark))
                text_rect = QRect(int(x) - name_width - 6, int(y1) - 1, name_width,
                                  metrics.height())
                if hovered:
                    font.setBold(True)
                    painter.setFont(font)
                painter.drawText(text_rect, Qt.AlignmentFlag.AlignRight, label)
                if hovered:
                    font.setBold(False)
                    painter.setFont(font)
            self._hits.append((rect, "stripe", stripe.coding_id))

    def _paint_memos(self, painter, first, last) -> None:
        icon = icons.icon("memo")
        for memo in self.memos:
            if not first <= memo.qt_start <= last + 1:
                continue
            top, bottom = self._line_span(memo.qt_start)
            size = 15
            rect = QRect(2, int(top + (bottom - top - size) / 2), size, size)
            icon.paint(painter, rect)
            self._hits.append((rect, "memo", memo.memo_id))

    # -- interaction -----------------------------------------------------------------------
    def _hit(self, point: QPoint) -> tuple[str, int] | None:
        # Stripes painted last lie on top; a memo wins over a stripe.
        for rect, kind, item in reversed(self._hits):
            if kind == "memo" and rect.adjusted(-2, -2, 2, 2).contains(point):
                return kind, item
        for rect, kind, item in reversed(self._hits):
            if kind == "stripe" and rect.contains(point):
                return kind, item
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            hit = self._hit(event.pos())
            text = ""
            if hit and hit[0] == "stripe":
                text = next((s.tooltip for s in self.stripes if s.coding_id == hit[1]), "")
            elif hit:
                text = next((m.tooltip for m in self.memos if m.memo_id == hit[1]), "")
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        if event.type() == QEvent.Type.Leave and self._hover is not None:
            self._hover = None
            self.update()
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position().toPoint())
        hover = hit[1] if hit and hit[0] == "stripe" else None
        if hover != self._hover:
            self._hover = hover
            self.update()
        self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position().toPoint())
        if hit is None:
            return
        kind, item = hit
        global_pos = event.globalPosition().toPoint()
        if event.button() == Qt.MouseButton.RightButton:
            (self.stripeMenuWanted if kind == "stripe" else self.memoMenuWanted).emit(
                item, global_pos
            )
        elif kind == "stripe":
            self.stripeClicked.emit(item)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position().toPoint())
        if hit and hit[0] == "memo":
            self.memoOpened.emit(hit[1])


def _shade(color: QColor, amount: float) -> QColor:
    """``color`` moved towards grey contrast by ``amount`` (darker on light, lighter on dark)."""
    return color.darker(100 + int(amount * 100)) if color.lightness() >= 128 else color.lighter(
        100 + int(amount * 400)
    )


def _legible(color: QColor, dark_background: bool) -> QColor:
    """A code colour darkened (or lightened) enough to read as text on the background."""
    if dark_background:
        return color.lighter(140) if color.lightness() < 110 else color
    return color.darker(160) if color.lightness() > 150 else color
