"""A two-row column header (parent codes spanning their subcodes) and a cell painter for
summaries led by a bold evaluative word: the window face of the conceptually clustered
matrix."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from qdadesk.ui.displays.readable import ReadableHeader, cut_lines, paint_lines, text_rect

if TYPE_CHECKING:
    from qdadesk.core.analysis.summaries import HeaderGroup

RICH_ROLE = Qt.ItemDataRole.UserRole + 20  # HTML shown instead of the plain text


class GroupedHeader(ReadableHeader):
    """A horizontal header with an optional upper row: a group's label is drawn once across
    its columns; ungrouped columns draw their own label over both rows. Labels wrap to two
    lines and end in "…" (ReadableHeader).

    Qt paints one section at a time, so each section paints its share of the group cell
    (clipped to itself) and the pieces join into one label across the group.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups: list[tuple[str | None, int, int]] = []  # (label, first, last)
        self.sectionResized.connect(lambda *_: self.viewport().update())

    def set_groups(self, groups: Sequence[HeaderGroup] | None) -> None:
        """``groups``: (label, span) covering the columns, or None for a plain one-row
        header."""
        self.groups = []
        column = 0
        for group in groups or ():
            self.groups.append((group.label, column, column + group.span - 1))
            column += group.span
        self.updateGeometry()
        self.viewport().update()

    def grouped(self) -> bool:
        return any(label is not None for label, _, _ in self.groups)

    def group_of(self, section: int) -> tuple[str | None, int, int] | None:
        for group in self.groups:
            if group[1] <= section <= group[2]:
                return group
        return None

    def tooltip_text(self, section: int) -> str:
        group = self.group_of(section) if self.grouped() else None
        name = super().tooltip_text(section)
        if group is not None and group[0] is not None:
            return f"{group[0]} \u203a {name}"  # the parent code, then the subcode
        return name

    def group_height(self) -> int:
        return QFontMetrics(self.font()).lineSpacing() + 8

    def sizeHint(self) -> QSize:  # noqa: N802
        size = super().sizeHint()
        if self.grouped():
            size.setHeight(size.height() + self.group_height())
        return size

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:  # noqa: N802
        group = self.group_of(section) if self.grouped() else None
        label, first, last = group if group is not None else (None, section, section)
        if label is None:
            self.paint_label(painter, rect, section)
            return
        half = self.group_height()
        lower = QRect(rect.left(), rect.top() + half, rect.width(), rect.height() - half)
        self.paint_label(painter, lower, section)
        left = self.sectionViewportPosition(first)
        right = self.sectionViewportPosition(last) + self.sectionSize(last)
        whole = QRect(left, rect.top(), right - left, half)
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = whole
        option.section = section
        option.textAlignment = Qt.AlignmentFlag.AlignCenter
        option.position = QStyleOptionHeader.SectionPosition.OnlyOneSection
        font = painter.font()
        font.setBold(True)
        # A group's name wider than its columns ends in "…" (the tooltip has all of it).
        option.text = QFontMetrics(font).elidedText(
            label, Qt.TextElideMode.ElideRight, max(8, whole.width() - 12)
        )
        painter.save()
        painter.setFont(font)
        painter.setClipRect(QRect(rect.left(), rect.top(), rect.width(), half))
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()


class RichTextDelegate(QStyledItemDelegate):
    """Draws a cell's ``RICH_ROLE`` HTML (wrapped to the column) where it has one."""

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(3)
        document.setHtml(index.data(RICH_ROLE) or "")
        document.setTextWidth(max(20, option.rect.width()))
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if not index.data(RICH_ROLE):
            options = QStyleOptionViewItem(option)
            self.initStyleOption(options, index)
            widget = options.widget
            lines = cut_lines(options.text, options.font, text_rect(options)) if widget else None
            if lines is None:
                super().paint(painter, option, index)
                return
            # A row cut to a few lines: its text ends in "…", not in half a line.
            options.text = ""
            element = QStyle.ControlElement.CE_ItemViewItem
            widget.style().drawControl(element, options, painter, widget)
            paint_lines(painter, options, lines)
            return
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""
        widget = options.widget
        if widget is not None:
            element = QStyle.ControlElement.CE_ItemViewItem
            widget.style().drawControl(element, options, painter, widget)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText)
            )
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(option.rect.translated(-option.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        if not index.data(RICH_ROLE):
            return super().sizeHint(option, index)
        view = option.widget
        width = option.rect.width()
        if isinstance(view, QTableView):
            # The painted rect is the column less its grid line: wrap at the same width.
            width = view.columnWidth(index.column()) - (1 if view.showGrid() else 0)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(3)
        document.setHtml(index.data(RICH_ROLE))
        document.setTextWidth(max(20, width))
        return QSize(width, int(document.size().height()) + 2)


def rated_html(rating: str, text: str) -> str:
    """A summary led by its evaluative word in bold."""
    body = html.escape(text).replace("\n", "<br>")
    if not rating:
        return body
    word = f"<b>{html.escape(rating)}</b>"
    return f"{word} \u2014 {body}" if body else word
