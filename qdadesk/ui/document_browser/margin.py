"""The margin beside the text: position memos, coding stripes and paragraph numbers.

From left to right: a memo column (a post-it per position memo), the coding stripes (one
bracket per coded segment in its code's colour; overlapping segments sit side by side in
columns) and the paragraph numbers next to the text. Beside each bracket: the code's name
with the segment's weight, a speech bubble when it has a comment and a memo icon when it has
a memo (a click opens it). A name takes all the room to its left that no other bracket needs
at its line. The stripe column has a width of its own, which the user sets by dragging the
margin's right edge; it is remembered in the settings.
Only what is on screen is painted, so a document with thousands of codings scrolls freely.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSettings, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTextDocument,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from qdadesk.core.i18n import tr
from qdadesk.ui import icons
from qdadesk.ui.document_browser.visible_range import visible_range

MEMO_WIDTH = 18
STRIPE_WIDTH = 4
MAX_COLUMNS = 12
COLUMN_STEP = 12  # brackets of overlapping segments stand this far apart, next to the text
DEFAULT_STRIPE_AREA = 110  # the whole margin is then about a fifth of the browser at 1280x720
MIN_STRIPE_AREA = 40
MAX_STRIPE_AREA = 600
RESIZE_GRIP = 5  # pixels at the margin's right edge that resize the stripe column
STRIPE_AREA_KEY = "browser/stripeColumnWidth"
BADGE = 12  # the memo and comment icons beside a bracket


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
    weight: int = 0
    comment: str = ""
    memo_id: int | None = None

    def label(self) -> str:
        """The code's name, with the segment's weight when it has one ("Budget (80)")."""
        return f"{self.name} ({self.weight})" if self.weight else self.name


@dataclass
class MemoMark:
    memo_id: int
    qt_start: int
    tooltip: str


@dataclass
class StripePlace:
    """Where one visible stripe is drawn (margin coordinates)."""

    stripe: Stripe
    cell: QRect  # the stripe's column beside its lines: what a click hits
    x: int  # the bracket's vertical line
    top: int
    bottom: int
    label: QRect | None = None  # the name (with weight); None when there is no room
    comment: QRect | None = None
    memo: QRect | None = None


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
    memoOpened = Signal(int)  # memo id (a position memo or a coded segment's memo)
    memoMenuWanted = Signal(int, QPoint)

    def __init__(self, text: QTextEdit) -> None:
        super().__init__(text)
        self.text = text
        self.stripes: list[Stripe] = []
        self.memos: list[MemoMark] = []
        self.columns = 0
        self.tooltip_for: Callable[[int], str] = lambda _coding_id: ""
        self.memo_tooltip_for: Callable[[int], str] = lambda _memo_id: ""
        # (what the view looked like, the first and last Qt position on screen then)
        self._visible_cache: tuple[tuple[int | float, ...], tuple[int, int]] | None = None
        self.paragraph_count = 1  # set before the text arrives, so the width is known early
        self.stripe_area = _stored_stripe_area()
        self._drag: tuple[int, int] | None = None  # global x and width when a drag began
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

    def set_stripe_area(self, width: int, remember: bool = False) -> None:
        """Make the stripe column ``width`` pixels wide (kept within sensible bounds)."""
        width = max(MIN_STRIPE_AREA, min(MAX_STRIPE_AREA, int(width)))
        if width != self.stripe_area:
            self.stripe_area = width
            self.relayout()
        if remember:
            QSettings().setValue(STRIPE_AREA_KEY, width)

    def area_width(self) -> int:
        """The stripe column: the user's width, or more when many columns need their room."""
        return max(self.stripe_area, self.columns * COLUMN_STEP + 8)

    def column_width(self) -> int:
        return COLUMN_STEP

    def number_width(self) -> int:
        digits = len(str(max(1, self.paragraph_count)))
        return QFontMetrics(self._number_font()).horizontalAdvance("9" * digits) + 14

    def total_width(self) -> int:
        return MEMO_WIDTH + self.area_width() + self.number_width() + 4

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

    def _number_font(self) -> QFont:
        font = self.text.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        return font

    def _label_font(self) -> QFont:
        font = self.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
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

    def visible_positions(self) -> tuple[int, int]:
        """First and last Qt position on screen (cached until the view scrolls or changes)."""
        viewport = self.text.viewport()
        document = self.text.document()
        top = self.text.verticalScrollBar().value()
        key = (
            top,
            viewport.width(),
            viewport.height(),
            self.text.font().pointSizeF(),
            id(document),
            document.characterCount(),
            document.textWidth(),
        )
        if self._visible_cache is not None and self._visible_cache[0] == key:
            return self._visible_cache[1]
        self._visible_cache = (key, visible_range(document, top, top + viewport.height()))
        return self._visible_cache[1]

    def forget_visible_range(self) -> None:
        """The text was laid out anew: measure what is on screen again at the next paint."""
        self._visible_cache = None
        self.update()

    def stripe_places(self, visible: tuple[int, int] | None = None) -> list[StripePlace]:
        """Where the stripes on screen are drawn, with their names and badges."""
        if self.text.document().isEmpty():
            return []
        first, last = visible or self.visible_positions()
        column_width = self.column_width()
        right = MEMO_WIDTH + self.area_width()
        places = []
        for stripe in self.stripes:
            if stripe.qt_end < first or stripe.qt_start > last or stripe.column >= MAX_COLUMNS:
                continue
            top, _ = self._line_span(stripe.qt_start)
            _, bottom = self._line_span(max(stripe.qt_start, stripe.qt_end - 1))
            x = right - stripe.column * column_width - 6
            y1, y2 = int(top + 2), int(max(top + 6, bottom - 2))
            cell = QRect(x - column_width + 6, y1, column_width, y2 - y1 + 1)
            places.append(StripePlace(stripe, cell, x, y1, y2))
        self._place_labels(places)
        return places

    def _place_labels(self, places: list[StripePlace]) -> None:
        """Put each name beside its bracket on the highest of its lines where no bracket to
        its left is in the way of the whole name (else where the most room is); it reaches
        left to the nearest such bracket or the column's edge. The memo and comment badges
        sit next to the bracket (on the line below when the name needs the room and the
        segment has that line), so a cut name keeps them."""
        metrics = QFontMetrics(self._label_font())
        height = metrics.height()
        least = metrics.horizontalAdvance("Ww…")
        for place in places:
            stripe = place.stripe
            badges = (BADGE + 2) * ((stripe.memo_id is not None) + bool(stripe.comment))
            text_width = metrics.horizontalAdvance(stripe.label()) + 4
            right = place.x - 3
            best_y, best_left = place.top - 1, MEMO_WIDTH + 2
            candidates = range(place.top - 1, max(place.top, place.bottom - height + 2), height)
            for number, y in enumerate(candidates):
                if number == 30:
                    break  # a very long segment: its upper lines are enough
                left = self._label_left(places, stripe.column, y, height)
                if number == 0 or left < best_left:
                    best_y, best_left = y, left
                if right - left >= badges + text_width:
                    break
            y, left = best_y, best_left
            badge_y, badge_right = y, right
            if badges and right - left < badges + text_width and y + 2 * height <= place.bottom:
                below = y + height
                if right - badges >= self._label_left(places, stripe.column, below, height):
                    badge_y = below  # the name keeps its line; the badges go under it
            if stripe.memo_id is not None:
                place.memo = QRect(
                    badge_right - BADGE, badge_y + (height - BADGE) // 2, BADGE, BADGE
                )
                badge_right -= BADGE + 2
            if stripe.comment:
                place.comment = QRect(
                    badge_right - BADGE, badge_y + (height - BADGE) // 2, BADGE, BADGE
                )
                badge_right -= BADGE + 2
            if badge_y == y:
                right = badge_right
            if place.memo is not None and place.memo.left() < left:
                place.memo = None  # no room at all: the tooltip still tells
            if place.comment is not None and place.comment.left() < left:
                place.comment = None
            if right - left >= least:
                place.label = QRect(left, y, right - left, height)

    @staticmethod
    def _label_left(places: list[StripePlace], column: int, y: int, height: int) -> int:
        """How far left a name at ``y`` may reach: to the nearest bracket further out."""
        left = MEMO_WIDTH + 2
        for other in places:
            if other.stripe.column > column and other.top <= y + height and other.bottom >= y:
                left = max(left, other.x + 8)
        return left

    def visible_items(self, visible: tuple[int, int] | None = None) -> list[tuple[QRect, str, int]]:
        """Hit rectangles on screen: (rect, kind, id) for "stripe" (coding id), "memo"
        (a position memo) and "coding-memo" (the memo badge of a coded segment)."""
        if self.text.document().isEmpty():
            return []
        visible = visible or self.visible_positions()
        items = []
        for place in self.stripe_places(visible):
            items.append((place.cell, "stripe", place.stripe.coding_id))
            # The name and the comment bubble are part of the stripe: they select it too,
            # and hovering them shows the stripe's tooltip (with the comment).
            for rect in (place.label, place.comment):
                if rect is not None:
                    items.append((rect, "stripe", place.stripe.coding_id))
            if place.memo is not None and place.stripe.memo_id is not None:
                items.append((place.memo, "coding-memo", place.stripe.memo_id))
        items.extend(self._memo_items(visible))
        return items

    def _memo_items(self, visible: tuple[int, int]) -> list[tuple[QRect, str, int]]:
        first, last = visible
        size = 15
        items = []
        for memo in self.memos:
            if first <= memo.qt_start <= last + 1:
                top, bottom = self._line_span(memo.qt_start)
                rect = QRect(2, int(top + (bottom - top - size) / 2), size, size)
                items.append((rect, "memo", memo.memo_id))
        return items

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        base = self.text.palette().color(QPalette.ColorRole.Base)
        painter.fillRect(event.rect(), _shade(base, 0.045))
        numbers_left = MEMO_WIDTH + self.area_width()
        painter.setPen(QPen(_shade(base, 0.14), 1))
        painter.drawLine(
            self.width() - 1, event.rect().top(), self.width() - 1, event.rect().bottom()
        )
        if self.text.document().isEmpty():
            return
        visible = self.visible_positions()
        self._paint_numbers(painter, numbers_left, visible[0], visible[1], palette)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_stripes(painter, base, self.stripe_places(visible))
        icon = icons.icon("memo")
        for rect, _kind, _item in self._memo_items(visible):
            icon.paint(painter, rect)

    def _paint_numbers(
        self, painter: QPainter, left: int, first: int, last: int, palette: QPalette
    ) -> None:
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

    def _paint_stripes(self, painter: QPainter, base: QColor, places: list[StripePlace]) -> None:
        dark = base.lightness() < 128
        for place in places:  # brackets first: names and badges never sit under one
            hovered = self._hover == place.stripe.coding_id
            color = place.stripe.color if dark else _bracket_color(place.stripe.color)
            pen = QPen(color, STRIPE_WIDTH + (1 if hovered else 0))
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            x, y1, y2 = place.x, place.top, place.bottom
            painter.drawLine(x, y1, x, y2)
            painter.setPen(QPen(color, 2))
            painter.drawLine(x, y1, x + 5, y1)
            painter.drawLine(x, y2, x + 5, y2)
        font = self._label_font()
        metrics = QFontMetrics(font)
        memo_icon, comment_icon = icons.icon("memo"), icons.icon("comment")
        for place in places:
            if place.memo is not None:
                memo_icon.paint(painter, place.memo)
            if place.comment is not None:
                comment_icon.paint(painter, place.comment)
            if place.label is None:
                continue
            label = _elided_label(place.stripe, metrics, place.label.width())
            font.setBold(self._hover == place.stripe.coding_id)
            painter.setFont(font)
            painter.setPen(_legible(place.stripe.color, dark))
            painter.drawText(place.label, Qt.AlignmentFlag.AlignRight, label)

    # -- interaction -----------------------------------------------------------------------
    def _hit(self, point: QPoint) -> tuple[str, int] | None:
        # A memo wins over a stripe; among stripes the one painted last lies on top.
        items = self.visible_items()
        for rect, kind, item in items:
            if kind in ("memo", "coding-memo") and rect.adjusted(-2, -2, 2, 2).contains(point):
                return kind, item
        for rect, kind, item in reversed(items):
            if kind == "stripe" and rect.contains(point):
                return kind, item
        return None

    def _on_grip(self, point: QPoint) -> bool:
        return point.x() >= self.width() - RESIZE_GRIP

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            hit = self._hit(event.pos())
            text = ""
            if hit and hit[0] == "stripe":
                text = self.tooltip_for(hit[1])
            elif hit and hit[0] == "coding-memo":
                text = self.memo_tooltip_for(hit[1])
            elif hit:
                text = next((m.tooltip for m in self.memos if m.memo_id == hit[1]), "")
            elif self._on_grip(event.pos()):
                text = tr("Drag to widen or narrow the coding stripes")
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
        point = event.position().toPoint()
        if self._drag is not None:
            start_x, start_width = self._drag
            self.set_stripe_area(start_width + event.globalPosition().toPoint().x() - start_x)
            return
        hit = self._hit(point)
        hover = hit[1] if hit and hit[0] == "stripe" else None
        if hover != self._hover:
            self._hover = hover
            self.update()
        if self._on_grip(point):
            self.setCursor(Qt.CursorShape.SplitHCursor)
        else:
            self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton and self._on_grip(point):
            self._drag = (event.globalPosition().toPoint().x(), self.stripe_area)
            return
        hit = self._hit(point)
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
        elif kind == "coding-memo":
            self.memoOpened.emit(item)  # a small target: one click opens it

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            self._drag = None
            self.set_stripe_area(self.stripe_area, remember=True)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self._on_grip(point):
            return
        hit = self._hit(point)
        if hit and hit[0] == "memo":
            self.memoOpened.emit(hit[1])


def _elided_label(stripe: Stripe, metrics: QFontMetrics, width: int) -> str:
    """The name cut to ``width`` with "…", keeping the weight whole ("Budg… (80)")."""
    suffix = f" ({stripe.weight})" if stripe.weight else ""
    room = width - metrics.horizontalAdvance(suffix)
    if room < metrics.horizontalAdvance("W…"):
        return metrics.elidedText(stripe.label(), Qt.TextElideMode.ElideRight, width)
    return metrics.elidedText(stripe.name, Qt.TextElideMode.ElideRight, room) + suffix


def _stored_stripe_area() -> int:
    """The stripe column's width the user left it at (the default before that)."""
    value = QSettings().value(STRIPE_AREA_KEY)
    try:
        width = int(value) if value is not None else DEFAULT_STRIPE_AREA
    except (TypeError, ValueError):
        width = DEFAULT_STRIPE_AREA
    return max(MIN_STRIPE_AREA, min(MAX_STRIPE_AREA, width))


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
