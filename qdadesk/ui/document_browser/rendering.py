"""Build the QTextDocument that shows a stored document with its formatting.

The text goes in with ``setPlainText`` so that Qt positions stay a plain function of code
points (see ``qdadesk.ui.offsets``); formatting is then laid over it with char and block
formats only, which never add or remove positions. Table cells stay one line each, indented
and shaded by row, with the first row bold, which reads like a table without a QTextTable.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)

from qdadesk.core.importers.document import FormatSpan
from qdadesk.ui.offsets import OffsetMap

# Relative size steps (Qt's FontSizeAdjustment: 1 = 1.2x, 2 = 1.5x, 3 = 2x) so that zooming
# the view scales headings with the body text.
_HEADING_SIZE = {1: 2, 2: 1, 3: 1}
TABLE_INDENT = 18


def build_document(
    text: str,
    spans: Sequence[FormatSpan],
    offsets: OffsetMap,
    palette: QPalette,
    font: QFont,
) -> QTextDocument:
    """A read-only QTextDocument of ``text`` with ``spans`` (FormatSpan records) applied."""
    document = QTextDocument()
    document.setUndoRedoEnabled(False)
    document.setDefaultFont(font)
    document.setDocumentMargin(8)
    document.setPlainText(text)
    if spans:
        _apply_spans(document, spans, offsets, palette)
    return document


def _apply_spans(
    document: QTextDocument, spans: Sequence[FormatSpan], offsets: OffsetMap, palette: QPalette
) -> None:
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    base = palette.color(QPalette.ColorRole.Base)
    accent = palette.color(QPalette.ColorRole.Highlight)
    row_shades = (_blend(base, accent, 0.07), _blend(base, accent, 0.15))
    note_color = palette.color(QPalette.ColorRole.PlaceholderText)
    rows = sorted((s for s in spans if s.kind == "table_row"), key=lambda s: s.start)
    row_index = {(r.start, r.end): i for i, r in enumerate(rows)}
    first_rows = _first_rows_of_tables(spans, rows)
    list_format = QTextListFormat()
    list_format.setStyle(QTextListFormat.Style.ListDisc)
    for span in spans:
        kind = span.kind
        if kind == "table_cell" and rows:
            continue  # rows format their cells
        start, end = offsets.to_qt(span.start), offsets.to_qt(span.end)
        if end <= start and kind not in ("table_cell", "list_item"):
            continue
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        if kind == "bold":
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            cursor.mergeCharFormat(fmt)
        elif kind == "italic":
            fmt = QTextCharFormat()
            fmt.setFontItalic(True)
            cursor.mergeCharFormat(fmt)
        elif kind == "underline":
            fmt = QTextCharFormat()
            fmt.setFontUnderline(True)
            cursor.mergeCharFormat(fmt)
        elif kind == "heading":
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setProperty(
                QTextFormat.Property.FontSizeAdjustment, _HEADING_SIZE.get(span.level, 0)
            )
            cursor.mergeCharFormat(fmt)
            block = QTextBlockFormat()
            block.setTopMargin(10)
            block.setBottomMargin(4)
            block.setHeadingLevel(max(1, min(span.level or 1, 6)))
            cursor.mergeBlockFormat(block)
        elif kind == "table_row":
            index = row_index.get((span.start, span.end), 0)
            block = QTextBlockFormat()
            block.setLeftMargin(TABLE_INDENT)
            block.setBackground(row_shades[index % 2])
            cursor.mergeBlockFormat(block)
            if (span.start, span.end) in first_rows:
                fmt = QTextCharFormat()
                fmt.setFontWeight(QFont.Weight.DemiBold)
                cursor.mergeCharFormat(fmt)
        elif kind == "table":
            # A little air above and below the table (on its first and last line only).
            edge = QTextCursor(document)
            edge.setPosition(start)
            top = QTextBlockFormat()
            top.setTopMargin(4)
            edge.mergeBlockFormat(top)
            edge.setPosition(max(start, end - 1))
            bottom = QTextBlockFormat()
            bottom.setBottomMargin(4)
            edge.mergeBlockFormat(bottom)
        elif kind == "table_cell":
            block = QTextBlockFormat()  # cells without rows (rows format their cells)
            block.setLeftMargin(TABLE_INDENT)
            cursor.mergeBlockFormat(block)
        elif kind == "list_item":
            if cursor.currentList() is None:
                cursor.createList(list_format)
        elif kind in ("footnote", "comment", "text_box"):
            fmt = QTextCharFormat()
            fmt.setForeground(note_color)
            fmt.setFontItalic(True)
            cursor.mergeCharFormat(fmt)
    cursor.endEditBlock()


def _first_rows_of_tables(
    spans: Sequence[FormatSpan], rows: list[FormatSpan]
) -> set[tuple[int, int]]:
    """The first row of every table (shown bold, like a header row)."""
    starts = [row.start for row in rows]  # rows are sorted by start
    firsts = set()
    for table in (s for s in spans if s.kind == "table"):
        index = bisect_left(starts, table.start)
        if index < len(rows) and rows[index].start < table.end:
            firsts.add((rows[index].start, rows[index].end))
    return firsts


def _blend(base: QColor, accent: QColor, amount: float) -> QColor:
    return QColor(
        round(base.red() * (1 - amount) + accent.red() * amount),
        round(base.green() * (1 - amount) + accent.green() * amount),
        round(base.blue() * (1 - amount) + accent.blue() * amount),
    )
