"""Matrices a reader can take in at a glance: column headers on up to two lines, cut with
"…" (never clipped on both sides), with the whole name on hover; rows no taller than a few
lines, the rest of a long cell on hover."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPalette,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

HEADER_LINES = 2
ROW_LINES = 6  # a text row of a display is at most this many lines tall
_BREAK = re.compile(r"(?<=[\s\-_/\\.,;])")  # where a long name may go to the next line


def header_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """``text`` on at most two lines of ``width`` pixels: broken after a space, dash, slash
    or dot (inside a word only when it must), the second line cut with "…"."""
    text = " ".join(str(text).split())
    if metrics.horizontalAdvance(text) <= width:
        return [text]
    pieces = [p for p in _BREAK.split(text) if p]
    first = ""
    for piece in pieces:
        if metrics.horizontalAdvance((first + piece).rstrip()) > width:
            break
        first += piece
    if not first.strip():  # one long word: break it where the line is full
        first = text[:1]
        for end in range(2, len(text) + 1):
            if metrics.horizontalAdvance(text[:end]) > width:
                break
            first = text[:end]
    rest = text[len(first) :].strip()
    first = first.rstrip()
    if not rest:
        return [first]
    return [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]


def plain_tooltip(text: str) -> str:
    """User text as a tooltip: escaped (never read as HTML) and wrapped to a readable width."""
    body = html.escape(str(text)).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap'>{body}</p>"


class ReadableHeader(QHeaderView):
    """A horizontal header whose labels wrap to two lines and end in "…" when still too long;
    hovering a section shows its whole label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

    def label_height(self) -> int:
        return QFontMetrics(self._label_font()).lineSpacing() * HEADER_LINES + 8

    def sizeHint(self) -> QSize:  # noqa: N802
        size = super().sizeHint()
        size.setHeight(max(size.height(), self.label_height()))
        return size

    def _label_font(self, section: int | None = None) -> QFont:
        model = self.model()
        if model is not None and section is not None:
            font = model.headerData(section, self.orientation(), Qt.ItemDataRole.FontRole)
            if isinstance(font, QFont):
                return font
        return self.font()

    def label(self, section: int) -> str:
        model = self.model()
        if model is None:
            return ""
        value = model.headerData(section, self.orientation(), Qt.ItemDataRole.DisplayRole)
        return "" if value is None else str(value)

    def tooltip_text(self, section: int) -> str:
        """What hovering a section shows: its whole label."""
        return self.label(section)

    def shown_lines(self, section: int, width: int | None = None) -> list[str]:
        """The label as it is drawn in its section (for tests and the tooltip)."""
        width = self.sectionSize(section) if width is None else width
        metrics = QFontMetrics(self._label_font(section))
        return header_lines(self.label(section), metrics, max(8, width - 8))

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:  # noqa: N802
        self.paint_label(painter, rect, section)

    def paint_label(self, painter: QPainter, rect: QRect, section: int) -> None:
        """The section's background as the style draws it, then its label on two lines."""
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = section
        option.text = ""
        option.position = QStyleOptionHeader.SectionPosition.Middle
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_HeaderSection, option, painter, self)
        font = self._label_font(section)
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        lines = header_lines(self.label(section), QFontMetrics(font), max(8, rect.width() - 8))
        painter.drawText(
            rect.adjusted(4, 2, -4, -2),
            int(Qt.AlignmentFlag.AlignCenter),
            "\n".join(lines),
        )
        painter.restore()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        # A ToolTip event is a QHelpEvent (PySide hands it over as one).
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            section = self.logicalIndexAt(event.pos())
            text = self.tooltip_text(section) if section >= 0 else ""
            if text:
                QToolTip.showText(event.globalPos(), plain_tooltip(text), self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)


def cap_row_heights(view: QTableView, lines: int = ROW_LINES) -> None:
    """Rows fitted to their text, but no taller than ``lines`` lines: one long cell must not
    push the other rows off the screen (its whole text is in its tooltip)."""
    view.resizeRowsToContents()
    limit = view.fontMetrics().lineSpacing() * lines + 4
    model = view.model()
    for row in range(model.rowCount() if model is not None else 0):
        if view.rowHeight(row) > limit:
            view.setRowHeight(row, limit)


def cut_lines(text: str, font: QFont, rect: QRect) -> list[str] | None:
    """``text`` wrapped to ``rect`` as the lines that fit, the last one ending in "…"; None
    when all of it fits."""
    metrics = QFontMetrics(font)
    text = text.replace("\r\n", "\n").replace("\n", "\u2028")  # QTextLayout's line break
    layout = QTextLayout(text, font)
    wrap = QTextOption()
    wrap.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(wrap)
    layout.beginLayout()
    spans = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(10, rect.width()))
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    room = max(1, rect.height() // metrics.lineSpacing())
    if len(spans) <= room:
        return None
    lines = [text[start : start + length].rstrip("\u2028") for start, length in spans[:room]]
    rest = " ".join(text[spans[room - 1][0] :].replace("\u2028", " ").split())
    lines[-1] = metrics.elidedText(rest + " …", Qt.TextElideMode.ElideRight, rect.width())
    return lines


def text_rect(option: QStyleOptionViewItem) -> QRect:
    """Where a cell's text goes (a small margin inside the cell)."""
    return option.rect.adjusted(3, 1, -3, -1)


def paint_lines(painter: QPainter, option: QStyleOptionViewItem, lines: list[str]) -> None:
    """Draw ``lines`` (from ``cut_lines``) top-down in the cell, in the cell's colours."""
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    rect = text_rect(option)
    spacing = QFontMetrics(option.font).lineSpacing()
    painter.save()
    painter.setFont(option.font)
    painter.setPen(option.palette.color(role))
    painter.setClipRect(option.rect)
    for number, line in enumerate(lines):
        painter.drawText(
            QRect(rect.left(), rect.top() + number * spacing, rect.width(), spacing),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            line,
        )
    painter.restore()
