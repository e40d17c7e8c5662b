"""The margin beside the text: position memos, coding stripes and paragraph numbers.

From left to right: a memo column (a post-it per position memo), the coding stripes (one
bracket per coded segment in its code's colour, with the code's name; overlapping segments
sit side by side in columns) and the paragraph numbers next to the text.
Only what is on screen is painted, so a document with thousands of codings scrolls freely.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTextBlock,
    QTextDocument,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from qdadesk.ui import icons

MEMO_WIDTH = 18
STRIPE_WIDTH = 4
NAME_WIDTH_WIDE = 92
NAME_WIDTH_MEDIUM = 68
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
    column: int = 0
    code_id: int = 0


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
        self.tooltip_for: Callable[[int], str] = lambda _coding_id: ""
        self._visible_cache: tuple[tuple, tuple[int, int]] | None = None
        self.paragraph_count = 1  # set before the text arrives, so the width is known early
        self._hover: int | None = None
        self.setMouseTracking(True)
        text.verticalScrollBar().valueChanged.connect(self.update)
        text.installEventFilter(self)  # follow the text's height when it is resized
        self.watch_document(text.document())

    # -- layout ----------------------------------------------------------------------------
    def watch_document(self, document: QTextDocument) -> None:
        """Measure again whenever Qt lays ``document`` out anew (it does so lazily, in steps,
        after opening, resizing and zooming)."""
        document.documentLayout().documentSizeChanged.connect(self.forget_visible_range)

    def set_items(self, stripes: list[Stripe], memos: list[MemoMark], columns: int) -> None:
        self.stripes = stripes
        self.memos = memos
        self.columns = min(columns, MAX_COLUMNS)
        self.relayout()

    def name_width(self) -> int:
        """Room for code names beside each bracket: less as more columns are needed."""
        if self.columns <= 2:
            return NAME_WIDTH_WIDE
        if self.columns <= 4:
            return NAME_WIDTH_MEDIUM
        return NAME_WIDTH_NARROW if self.columns <= 6 else 0

    def column_width(self) -> int:
        return STRIPE_WIDTH + 10 + self.name_width()

    def number_width(self) -> int:
        digits = len(str(max(1, self.paragraph_count)))
        return QFontMetrics(self._number_font()).horizontalAdvance("9" * digits) + 14

    def total_width(self) -> int:
        return MEMO_WIDTH + self.columns * self.column_width() + self.number_width() + 4

    def relayout(self) -> None:
        width = self.total_width()
        if self.text.viewportMargins().left() != width:  # a change re-lays out the text
            self.text.setViewportMargins(width, 0, 0, 0)
        rect = self.text.contentsRect()
        self.setGeometry(QRect(rect.left(), rect.top(), width, rect.height()))
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text and event.type() == QEvent.Type.Resize:
            rect = self.text.contentsRect()
            self.setGeometry(QRect(rect.left(), rect.top(), self.total_width(), rect.height()))
        return False

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
        """First and last Qt position on screen (cached until the view scrolls or changes).

        Found through the layout's block rectangles, which lay the text out up to the block
        asked for. (QTextEdit.cursorForPosition is not used: while Qt is still laying a new
        or resized document out lazily, its hit test lands on the first block not yet laid
        out, which sits at y 0, so a fresh document reported a range after its own end.)
        """
        viewport = self.text.viewport()
        document = self.text.document()
        key = (
            self.text.verticalScrollBar().value(),
            viewport.width(),
            viewport.height(),
            self.text.font().pointSizeF(),
            id(document),
            document.characterCount(),
            document.textWidth(),
        )
        if self._visible_cache is not None and self._visible_cache[0] == key:
            return self._visible_cache[1]
        top = self.text.verticalScrollBar().value()
        bottom = top + viewport.height()
        layout = document.documentLayout()
        block = _first_block_below(document, layout, top)
        first = _line_position(block, layout, top, first=True)
        last_block = block
        following = block.next()
        while following.isValid() and layout.blockBoundingRect(following).top() < bottom:
            last_block = following
            following = following.next()
        last = _line_position(last_block, layout, bottom, first=False)
        self._visible_cache = (key, (first, max(first, last)))
        return self._visible_cache[1]

    def forget_visible_range(self) -> None:
        """The text was laid out anew: measure what is on screen again at the next paint."""
        self._visible_cache = None
        self.update()

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        base = self.text.palette().color(QPalette.ColorRole.Base)
        painter.fillRect(event.rect(), _shade(base, 0.045))
        stripes_right = MEMO_WIDTH + self.columns * self.column_width()
        numbers_left = stripes_right
        painter.setPen(QPen(_shade(base, 0.14), 1))
        painter.drawLine(
            self.width() - 1, event.rect().top(), self.width() - 1, event.rect().bottom()
        )
        if self.text.document().isEmpty():
            return
        first, last = self._visible_positions()
        self._paint_numbers(painter, numbers_left, first, last, palette)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        items = self.visible_items((first, last))
        self._paint_stripes(painter, base, items)
        icon = icons.icon("memo")
        for rect, kind, _item in items:
            if kind == "memo":
                icon.paint(painter, rect)

    def visible_items(self, visible: tuple[int, int] | None = None) -> list[tuple[QRect, str, int]]:
        """Hit rectangles of the stripes and memo icons on screen: (rect, kind, id)."""
        if self.text.document().isEmpty():
            return []
        first, last = visible or self._visible_positions()
        column_width = self.column_width()
        right = MEMO_WIDTH + self.columns * column_width
        items = []
        for stripe in self.stripes:
            if stripe.qt_end < first or stripe.qt_start > last or stripe.column >= MAX_COLUMNS:
                continue
            top, _ = self._line_span(stripe.qt_start)
            _, bottom = self._line_span(max(stripe.qt_start, stripe.qt_end - 1))
            x = right - stripe.column * column_width - 6
            y1, y2 = int(top + 2), int(max(top + 6, bottom - 2))
            items.append(
                (
                    QRect(x - column_width + 6, y1, column_width, y2 - y1 + 1),
                    "stripe",
                    stripe.coding_id,
                )
            )
        size = 15
        for memo in self.memos:
            if first <= memo.qt_start <= last + 1:
                top, bottom = self._line_span(memo.qt_start)
                items.append(
                    (
                        QRect(2, int(top + (bottom - top - size) / 2), size, size),
                        "memo",
                        memo.memo_id,
                    )
                )
        return items

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
                painter.drawText(
                    QRect(left, int(top), width, int(bottom - top)),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    str(block.blockNumber() + 1),
                )
            block = block.next()

    def _paint_stripes(self, painter, base, items) -> None:
        name_width = self.name_width()
        font = self.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        metrics = QFontMetrics(font)
        dark = base.lightness() < 128
        by_id = {stripe.coding_id: stripe for stripe in self.stripes}
        for rect, kind, coding_id in items:
            if kind != "stripe":
                continue
            stripe = by_id[coding_id]
            x, y1, y2 = rect.right() - 6 + 1, rect.top(), rect.bottom()
            hovered = self._hover == coding_id
            color = stripe.color if dark else _bracket_color(stripe.color)
            pen = QPen(color, STRIPE_WIDTH + (1 if hovered else 0))
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawLine(x, y1, x, y2)
            painter.setPen(QPen(color, 2))
            painter.drawLine(x, y1, x + 5, y1)
            painter.drawLine(x, y2, x + 5, y2)
            if name_width:
                label = metrics.elidedText(stripe.name, Qt.TextElideMode.ElideRight, name_width)
                painter.setPen(_legible(stripe.color, dark))
                font.setBold(hovered)
                painter.setFont(font)
                painter.drawText(
                    QRect(x - name_width - 6, y1 - 1, name_width, metrics.height()),
                    Qt.AlignmentFlag.AlignRight,
                    label,
                )

    # -- interaction -----------------------------------------------------------------------
    def _hit(self, point: QPoint) -> tuple[str, int] | None:
        # A memo wins over a stripe; among stripes the one painted last lies on top.
        items = self.visible_items()
        for rect, kind, item in items:
            if kind == "memo" and rect.adjusted(-2, -2, 2, 2).contains(point):
                return kind, item
        for rect, kind, item in reversed(items):
            if kind == "stripe" and rect.contains(point):
                return kind, item
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            hit = self._hit(event.pos())
            text = ""
            if hit and hit[0] == "stripe":
                text = self.tooltip_for(hit[1])
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


def _first_block_below(document: QTextDocument, layout, y: float) -> QTextBlock:
    """The first block whose bottom is below ``y`` (document coordinates).

    Gallops from the start, then bisects: only the blocks up to the one on screen are laid
    out, as Qt must do anyway to paint them.
    """
    count = document.blockCount()

    def bottom(number: int) -> float:
        return layout.blockBoundingRect(document.findBlockByNumber(number)).bottom()

    high = 0
    step = 1
    while high < count - 1 and bottom(high) <= y:
        high = min(count - 1, high + step)
        step *= 2
    low = max(0, high - step // 2)
    while low < high:
        middle = (low + high) // 2
        if bottom(middle) <= y:
            low = middle + 1
        else:
            high = middle
    return document.findBlockByNumber(low)


def _line_position(block: QTextBlock, layout, y: float, first: bool) -> int:
    """The Qt position where the line of ``block`` at height ``y`` starts (``first``) or ends."""
    layout.blockBoundingRect(block)  # lays the block out
    text_layout = block.layout()
    if text_layout is None or text_layout.lineCount() == 0:
        return block.position()
    block_top = text_layout.position().y()
    chosen = text_layout.lineAt(0 if first else text_layout.lineCount() - 1)
    for index in range(text_layout.lineCount()):
        line = text_layout.lineAt(index)
        line_top = block_top + line.y()
        if first and line_top + line.height() > y:
            chosen = line
            break
        if not first and line_top < y:
            chosen = line
    if first:
        return block.position() + chosen.textStart()
    return block.position() + chosen.textStart() + chosen.textLength()


def _shade(color: QColor, amount: float) -> QColor:
    """``color`` moved towards grey contrast by ``amount`` (darker on light, lighter on dark)."""
    return (
        color.darker(100 + int(amount * 100))
        if color.lightness() >= 128
        else color.lighter(100 + int(amount * 400))
    )


def _bracket_color(color: QColor) -> QColor:
    """Very pale code colours (lavender, mint) get a little darker to stand out on white."""
    luminance = 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue()
    return color.darker(125) if luminance > 200 else color


def _legible(color: QColor, dark_background: bool) -> QColor:
    """A code colour darkened (or lightened) enough to read as text on the background."""
    luminance = 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue()
    if dark_background:
        return color.lighter(150) if luminance < 100 else color
    if luminance > 190:
        return color.darker(210)
    return color.darker(140) if luminance > 140 else color
