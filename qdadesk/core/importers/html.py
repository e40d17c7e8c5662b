"""HTML import with the standard library's ``html.parser``.

The text is what a browser shows, laid out as lines: block elements (p, div, headings,
list items, table cells, ...) start a new line, ``<br>`` breaks the line, white space
collapses as in a browser (kept as written inside ``<pre>``), entities are decoded, and
scripts, styles, the title and other non-content elements are dropped. Empty blocks give
no empty lines; an empty table cell does, so tables keep their shape.

Spans: ``heading`` (h1-h6), ``bold`` (b, strong), ``italic`` (i, em, cite, dfn),
``underline`` (u, ins), ``list_item`` (with nesting level), ``table``/``table_row``/
``table_cell``. Images are left out and counted in ``report``.

The encoding is taken from a byte-order mark, then a ``<meta charset>`` declaration, then
guessed as for plain text (UTF-8, else Windows-1252).
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

from qdadesk.core.importers.common import (
    NO_MARKS,
    TextBuilder,
    counted_note,
    document_name,
    note,
)
from qdadesk.core.importers.document import ImportedDocument
from qdadesk.core.importers.txt import decode_text, normalise_newlines

_BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "body", "caption", "center", "dd"),
        *("details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure"),
        *("footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr"),
        *("html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section"),
        *("summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"),
    }
)
_DROPPED = frozenset(
    {"script", "style", "title", "template", "noscript", "svg", "object", "iframe", "select"}
)
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
    | {"track", "wbr"}
)
_MARKS = {
    "b": "bold", "strong": "bold",
    "i": "italic", "em": "italic", "cite": "italic", "dfn": "italic",
    "u": "underline", "ins": "underline",
}  # fmt: skip
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
# Browsers read these declarations as Windows-1252 (WHATWG encoding standard).
_AS_CP1252 = {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "iso8859-1", "l1"}


class _TableState:
    """Where the open table, row and cell started, for their spans."""

    def __init__(self, start: int) -> None:
        self.start = start
        self.row: int | None = None
        self.cell: int | None = None
        self.cell_lines = 0


class _HtmlReader(HTMLParser):
    """Feeds parser events into a :class:`TextBuilder`."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out = TextBuilder()
        self.images = 0
        self._marks: dict[str, int] = {"bold": 0, "italic": 0, "underline": 0}
        self._dropped: list[str] = []
        self._pre = 0
        self._pre_start = False
        self._headings: list[tuple[str, int, int]] = []
        self._tables: list[_TableState] = []
        self._lists: list[int | None] = []  # start of the open <li> per open list

    # -- helpers ------------------------------------------------------------------
    def _current_marks(self) -> frozenset[str]:
        active = [kind for kind, depth in self._marks.items() if depth > 0]
        return frozenset(active) if active else NO_MARKS

    def _soft_break(self) -> None:
        """End the current line if it has text (a block boundary)."""
        if not self.out.line_is_empty():
            self.out.end_line()
        else:
            self.out.end_line(keep_empty=False)

    def _close_cell(self, table: _TableState) -> None:
        if table.cell is None:
            return
        self._soft_break()
        if self.out.line_count == table.cell_lines:
            self.out.end_line()  # an empty cell still gets its line
        self.out.add_block_span("table_cell", table.cell, keep_empty=True)
        table.cell = None

    def _close_row(self, table: _TableState) -> None:
        self._close_cell(table)
        if table.row is not None:
            self.out.add_block_span("table_row", table.row, keep_empty=True)
            table.row = None

    def _close_item(self) -> None:
        if self._lists and self._lists[-1] is not None:
            self._soft_break()
            self.out.add_block_span("list_item", self._lists[-1], level=len(self._lists))
            self._lists[-1] = None

    # -- parser events --------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._dropped:
            if tag == self._dropped[-1]:
                self._dropped.append(tag)  # nested, e.g. <object> in <object>
            return
        if tag in _DROPPED:
            self._dropped.append(tag)
            return
        if tag in _MARKS:
            self._marks[_MARKS[tag]] += 1
        elif tag == "br":
            self.out.end_line()
        elif tag == "img":
            self.images += 1
        elif tag in _BLOCKS:
            self._start_block(tag)

    def _start_block(self, tag: str) -> None:
        out = self.out
        self._soft_break()
        if tag in _HEADINGS:
            self._headings.append((tag, _HEADINGS[tag], out.next_line_start()))
        elif tag == "pre":
            self._pre += 1
            self._pre_start = True
        elif tag == "table":
            self._tables.append(_TableState(out.next_line_start()))
        elif tag == "tr" and self._tables:
            table = self._tables[-1]
            self._close_row(table)
            table.row = out.next_line_start()
        elif tag in ("td", "th") and self._tables:
            table = self._tables[-1]
            self._close_cell(table)
            if table.row is None:
                table.row = out.next_line_start()
            table.cell = out.next_line_start()
            table.cell_lines = out.line_count
        elif tag in ("ul", "ol", "dir", "menu"):
            self._lists.append(None)
        elif tag == "li":
            if not self._lists:
                self._lists.append(None)  # a stray <li> outside a list
            self._close_item()
            self._lists[-1] = out.next_line_start()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._dropped:
            if tag == self._dropped[-1]:
                self._dropped.pop()
            return
        if tag in _MARKS:
            kind = _MARKS[tag]
            self._marks[kind] = max(0, self._marks[kind] - 1)
        elif tag in _BLOCKS and tag not in _VOID:
            self._end_block(tag)

    def _end_block(self, tag: str) -> None:
        out = self.out
        if tag in _HEADINGS:
            self._soft_break()
            for index in range(len(self._headings) - 1, -1, -1):
                if self._headings[index][0] == tag:
                    _tag, level, start = self._headings.pop(index)
                    out.add_block_span("heading", start, level=level)
                    break
        elif tag == "pre":
            if not out.line_is_empty():
                out.end_line()
            self._pre = max(0, self._pre - 1)
        elif tag in ("td", "th") and self._tables:
            self._close_cell(self._tables[-1])
        elif tag == "tr" and self._tables:
            self._close_row(self._tables[-1])
        elif tag == "table" and self._tables:
            table = self._tables.pop()
            self._close_row(table)
            self._soft_break()
            out.add_block_span("table", table.start, keep_empty=True)
        elif tag == "li":
            self._close_item()
        elif tag in ("ul", "ol", "dir", "menu") and self._lists:
            self._close_item()
            self._lists.pop()
        else:
            self._soft_break()

    def handle_data(self, data: str) -> None:
        if self._dropped or not data:
            return
        marks = self._current_marks()
        if not self._pre:
            self.out.add_collapsed(data, marks)
            return
        if self._pre_start and data.startswith("\n"):
            data = data[1:]  # a newline right after <pre> is not content (HTML spec)
        self._pre_start = False
        lines = data.split("\n")
        for index, line in enumerate(lines):
            if index:
                self.out.end_line()
            self.out.add(line, marks)

    def finish(self) -> None:
        """Close whatever the page left open."""
        self.close()
        while self._tables:
            table = self._tables.pop()
            self._close_row(table)
            self.out.add_block_span("table", table.start, keep_empty=True)
        while self._lists:
            self._close_item()
            self._lists.pop()
        self._soft_break()
        while self._headings:
            _tag, level, start = self._headings.pop()
            self.out.add_block_span("heading", start, level=level)


def decode_html(data: bytes, filename: str) -> tuple[str, list[str]]:
    """Decode an HTML page: BOM, then ``<meta charset>``, then the plain-text guess."""
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        match = _META_CHARSET.search(data[:4096])
        if match:
            label = match.group(1).decode("ascii").lower()
            codec = "cp1252" if label in _AS_CP1252 else label
            try:
                return data.decode(codec), []
            except LookupError:
                pass  # an unknown charset name: guess instead
            except UnicodeDecodeError:
                return data.decode(codec, errors="replace"), [
                    note(
                        "the page is not valid {encoding}; undecodable bytes were replaced by "
                        "\N{REPLACEMENT CHARACTER}",
                        encoding=label,
                    )
                ]
    return decode_text(data, filename)


def import_html(data: bytes, filename: str) -> ImportedDocument:
    """Import an .html/.htm page as its visible text with formatting spans."""
    source, report = decode_html(data, filename)
    reader = _HtmlReader()
    reader.feed(normalise_newlines(source))
    reader.finish()
    if reader.images:
        report.append(counted_note("{n} image left out", "{n} images left out", reader.images))
    return ImportedDocument(
        name=document_name(filename),
        text=reader.out.text(),
        spans=reader.out.sorted_spans(),
        original=data,
        original_type="html",
        report=report,
    )
