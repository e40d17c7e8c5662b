"""ODT (OpenDocument text) import with odfpy.

Same rules as the DOCX importer, so a project's documents read alike whatever their format:

- every paragraph and heading is one line; list items are lines with ``list_item`` spans
  (the bullet or number is not text); tables are read row by row, cell by cell (covered,
  i.e. merged, cells skipped; a repeated row or cell is read once); sections and indexes
  are read in place;
- white space follows ODF: runs of spaces, tabs and newlines in the XML collapse to one
  space and vanish at paragraph edges; ``text:s`` gives its count of spaces,
  ``text:tab`` a ``"\\t"`` and ``text:line-break`` a ``"\\n"`` (a new line inside the
  paragraph);
- text boxes and shapes with text: their paragraphs follow the anchor paragraph, with a
  ``text_box`` span;
- footnotes and endnotes: their citation (``[1]``) at the reference, the notes appended
  under "Footnotes"/"Endnotes"; comments appended under "Comments" (``footnote`` and
  ``comment`` spans), as for DOCX;
- tracked deletions, images and embedded objects are left out and counted in ``report``.

Spans: ``heading`` (``text:h`` outline level), ``bold``/``italic``/``underline`` from the
spans' styles (their parents included) and from a paragraph's own automatic style,
``list_item``, ``table``/``table_row``/``table_cell``.
"""

from __future__ import annotations

import builtins
import io
from collections import Counter
from typing import Any

from qdadesk.core.i18n import tr, tr_noop
from qdadesk.core.importers.common import (
    INLINE_KINDS,
    NO_MARKS,
    TextBuilder,
    annotation_lines,
    annotation_report,
    document_name,
    failure,
)
from qdadesk.core.importers.document import ImportedDocument
from qdadesk.core.importers.limits import open_checked_zip

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
DC = "http://purl.org/dc/elements/1.1/"

_TEXT_MIMETYPES = (
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.text-template",
    "application/vnd.oasis.opendocument.text-master",
)
_INDEXES = {
    (TEXT, name)
    for name in (
        "table-of-content", "illustration-index", "table-index", "object-index",
        "user-index", "alphabetical-index", "bibliography",
    )
}  # fmt: skip
_ROW_GROUPS = {(TABLE, name) for name in ("table-header-rows", "table-rows", "table-row-group")}
# Inline elements whose text is not part of the paragraph's own text (ODF 1.2, 6.1.1).
_SKIPPED_INLINE = {(TEXT, "ruby-text"), (TEXT, "tracked-changes")}
_ANCHOR_QUOTE_LENGTH = 40
_REPORT_LINES = annotation_lines(
    "text_box", "footnotes", "endnotes", "comments", "image", "deleted"
)

Node = Any  # an odfpy element or text node


def _elements(node: Node) -> list[Node]:
    return [child for child in node.childNodes if child.nodeType == child.ELEMENT_NODE]


def _attr(node: Node, namespace: str, name: str) -> str | None:
    value: str | None = node.attributes.get((namespace, name))
    return value


def _plain_text(node: Node) -> str:
    if node.nodeType == node.TEXT_NODE:
        return str(node.data)
    return "".join(_plain_text(child) for child in node.childNodes)


def _props_marks(props: Node | None) -> dict[str, bool | None]:
    """Bold/italic/underline set (True or False) by a ``style:text-properties`` element."""
    marks: dict[str, bool | None] = dict.fromkeys(INLINE_KINDS)
    if props is None:
        return marks
    weight = _attr(props, FO, "font-weight")
    if weight:
        marks["bold"] = weight == "bold" or (weight.isdigit() and int(weight) >= 600)
    style = _attr(props, FO, "font-style")
    if style:
        marks["italic"] = style in ("italic", "oblique")
    underline = _attr(props, STYLE, "text-underline-style")
    if underline:
        marks["underline"] = underline != "none"
    return marks


class _Styles:
    """Inline marks of named ODF styles (automatic and common)."""

    def __init__(self, document: Any) -> None:
        self._styles: dict[tuple[str | None, str | None], Node] = {}
        self._automatic: set[tuple[str | None, str | None]] = set()
        for container, automatic in ((document.automaticstyles, True), (document.styles, False)):
            for style in _elements(container):
                if style.qname != (STYLE, "style"):
                    continue
                key = (_attr(style, STYLE, "family"), _attr(style, STYLE, "name"))
                self._styles.setdefault(key, style)
                if automatic:
                    self._automatic.add(key)
        self._cache: dict[tuple[str, str | None, bool], dict[str, bool | None]] = {}

    def marks(self, family: str, name: str | None, with_parents: bool) -> dict[str, bool | None]:
        """Marks a style sets; a paragraph's common style (e.g. Heading) is not counted."""
        key = (family, name, with_parents)
        if key not in self._cache:
            resolved: dict[str, bool | None] = dict.fromkeys(INLINE_KINDS)
            if with_parents or (family, name) in self._automatic:
                style = self._styles.get((family, name))
                depth = 0
                while style is not None and depth < 20:
                    props = next(
                        (c for c in _elements(style) if c.qname == (STYLE, "text-properties")),
                        None,
                    )
                    for kind, value in _props_marks(props).items():
                        if resolved[kind] is None:
                            resolved[kind] = value
                    if not with_parents:
                        break
                    style = self._styles.get((family, _attr(style, STYLE, "parent-style-name")))
                    depth += 1
            self._cache[key] = resolved
        return self._cache[key]


def _apply(state: dict[str, bool], marks: dict[str, bool | None]) -> dict[str, bool]:
    return {kind: state[kind] if marks[kind] is None else bool(marks[kind]) for kind in state}


def _frozen(state: dict[str, bool]) -> frozenset[str]:
    return frozenset(kind for kind, on in state.items() if on) if any(state.values()) else NO_MARKS


class _OdtReader:
    """Walks the ``office:text`` tree into a :class:`TextBuilder`."""

    def __init__(self, styles: _Styles) -> None:
        self.out = TextBuilder()
        self.styles = styles
        self.counts: Counter[str] = Counter()
        self.notes: dict[str, list[tuple[str, Node]]] = {"footnote": [], "endnote": []}
        self.annotations: list[tuple[Node, int, str | None]] = []
        self.annotation_ends: dict[str, int] = {}
        self._line_prefix = ""

    def blocks(self, parent: Node, list_depth: int = 0) -> None:
        """Read block content: paragraphs, headings, lists, tables, sections."""
        for child in _elements(parent):
            self.block(child, list_depth)

    def block(self, child: Node, list_depth: int = 0) -> None:
        """Read one block element."""
        qname = child.qname
        if qname == (TEXT, "p"):
            self.paragraph(child, 0, list_depth)
        elif qname == (TEXT, "h"):
            level = _attr(child, TEXT, "outline-level") or "1"
            self.paragraph(child, int(level) if level.isdigit() else 1, 0)
        elif qname == (TEXT, "list"):
            self.list(child, list_depth + 1)
        elif qname == (TABLE, "table"):
            self.table(child)
        elif qname == (TEXT, "tracked-changes"):
            self.counts["deleted"] += sum(
                1
                for region in _elements(child)
                for change in _elements(region)
                if change.qname == (TEXT, "deletion")
            )
        elif qname in _INDEXES:
            for body in _elements(child):
                if body.qname == (TEXT, "index-body"):
                    self.blocks(body)
        elif qname in ((TEXT, "section"), (TEXT, "numbered-paragraph"), (TEXT, "index-title")):
            self.blocks(child, list_depth)
        elif qname[0] == DRAW:
            self.shape_blocks(child)

    def paragraph(self, node: Node, level: int, list_depth: int) -> None:
        out = self.out
        own = self.styles.marks("paragraph", _attr(node, TEXT, "style-name"), with_parents=False)
        boxes: list[Node] = []
        if self._line_prefix:
            out.add(self._line_prefix + " ")
            self._line_prefix = ""
        self.inline(node, _apply(dict.fromkeys(INLINE_KINDS, False), own), boxes)
        line = out.end_line(keep_empty=not boxes)
        if line is not None:
            if level:
                out.add_span("heading", *line, level=min(level, 9))
            elif list_depth:
                out.add_span("list_item", *line, level=list_depth)
        for box in boxes:
            start = out.next_line_start()
            self.blocks(box)
            out.add_block_span("text_box", start)
        self.counts["text_box"] += len(boxes)

    def list(self, node: Node, depth: int) -> None:
        for item in _elements(node):
            if item.qname not in ((TEXT, "list-item"), (TEXT, "list-header")):
                continue
            for child in _elements(item):
                if child.qname == (TEXT, "list"):
                    self.list(child, depth + 1)
                else:
                    self.block(child, depth)

    def table(self, node: Node) -> None:
        out = self.out
        table_start = out.next_line_start()
        for row in _rows(node):
            row_start = out.next_line_start()
            for cell in _elements(row):
                if cell.qname != (TABLE, "table-cell"):
                    continue  # covered-table-cell: part of a merged cell, its text is elsewhere
                cell_start = out.next_line_start()
                lines_before = out.line_count
                self.blocks(cell)
                if out.line_count == lines_before:
                    out.end_line()
                out.add_block_span("table_cell", cell_start, keep_empty=True)
            out.add_block_span("table_row", row_start, keep_empty=True)
        out.add_block_span("table", table_start, keep_empty=True)

    def shape_blocks(self, shape: Node) -> None:
        """A frame or shape at block level: read its text boxes in place."""
        boxes = _text_boxes(shape)
        if not boxes:
            self.counts["image"] += 1
        for box in boxes:
            start = self.out.next_line_start()
            self.blocks(box)
            self.out.add_block_span("text_box", start)
        self.counts["text_box"] += len(boxes)

    def inline(self, node: Node, state: dict[str, bool], boxes: builtins.list[Node]) -> None:
        """Read a paragraph's inline content into the current line."""
        out = self.out
        marks = _frozen(state)
        for child in node.childNodes:
            if child.nodeType == child.TEXT_NODE:
                out.add_collapsed(child.data, marks)
                continue
            if child.nodeType != child.ELEMENT_NODE:
                continue
            qname = child.qname
            if qname == (TEXT, "s"):
                count = _attr(child, TEXT, "c") or "1"
                out.add(" " * (int(count) if count.isdigit() else 1), marks)
            elif qname == (TEXT, "tab"):
                out.add("\t", marks)
            elif qname == (TEXT, "line-break"):
                out.add("\n", marks)
            elif qname == (TEXT, "span"):
                style = self.styles.marks("text", _attr(child, TEXT, "style-name"), True)
                self.inline(child, _apply(state, style), boxes)
            elif qname == (TEXT, "note"):
                self.note(child)
            elif qname == (OFFICE, "annotation"):
                self.annotations.append((child, out.position(), _attr(child, OFFICE, "name")))
            elif qname == (OFFICE, "annotation-end"):
                self.annotation_ends[_attr(child, OFFICE, "name") or ""] = out.position()
            elif qname in _SKIPPED_INLINE:
                continue
            elif qname[0] == DRAW:
                found = _text_boxes(child)
                boxes.extend(found)
                if not found:
                    self.counts["image"] += 1
            elif qname[0] == TEXT:
                self.inline(child, state, boxes)  # links, fields, ruby base, meta ...

    def note(self, node: Node) -> None:
        kind = "endnote" if _attr(node, TEXT, "note-class") == "endnote" else "footnote"
        citation, body = "", None
        for child in _elements(node):
            if child.qname == (TEXT, "note-citation"):
                citation = _plain_text(child).strip()
            elif child.qname == (TEXT, "note-body"):
                body = child
        marker = f"[{citation or len(self.notes[kind]) + 1}]"
        self.out.add(marker)
        if body is not None:
            self.notes[kind].append((marker, body))

    # -- appended sections ---------------------------------------------------------
    def append_notes(self, kind: str, label: str) -> int:
        found = self.notes[kind]
        if found:
            self._section(tr(label))
        index = 0
        while index < len(found):  # notes inside notes are appended as they are met
            marker, body = found[index]
            index += 1
            self._annotation(body, marker, "footnote")
        return len(found)

    def append_comments(self, body_text: str) -> int:
        if not self.annotations:
            return 0
        self._section(tr("Comments"))
        for number, (node, start, name) in enumerate(self.annotations, start=1):
            label = tr("Comment {n}").format(n=number)
            author = " ".join(
                _plain_text(c).strip() for c in _elements(node) if c.qname == (DC, "creator")
            )
            if author:
                label += f", {author}"
            end = self.annotation_ends.get(name or "", -1) if name else -1
            if start < end:
                anchor = " ".join(body_text[start:end].split())
                if len(anchor) > _ANCHOR_QUOTE_LENGTH:
                    anchor = anchor[: _ANCHOR_QUOTE_LENGTH - 1] + "\N{HORIZONTAL ELLIPSIS}"
                label += tr(
                    ", on \N{LEFT DOUBLE QUOTATION MARK}{anchor}\N{RIGHT DOUBLE QUOTATION MARK}"
                ).format(anchor=anchor)
            self._annotation(node, f"[{label}]", "comment")
        return len(self.annotations)

    def _section(self, label: str) -> None:
        self.out.end_line()
        self.out.add(label)
        self.out.end_line()

    def _annotation(self, node: Node, marker: str, kind: str) -> None:
        start = self.out.next_line_start()
        lines_before = self.out.line_count
        self._line_prefix = marker
        self.blocks(node)
        if self.out.line_count == lines_before:
            self.out.add(marker)
            self.out.end_line()
        self._line_prefix = ""
        self.out.add_block_span(kind, start)


def _rows(table: Node) -> list[Node]:
    rows = []
    for child in _elements(table):
        if child.qname == (TABLE, "table-row"):
            rows.append(child)
        elif child.qname in _ROW_GROUPS:
            rows.extend(_rows(child))
    return rows


def _text_boxes(shape: Node) -> list[Node]:
    """Containers of paragraphs inside a frame or shape (outermost only)."""
    if shape.qname == (DRAW, "text-box"):
        return [shape]
    if any(child.qname in ((TEXT, "p"), (TEXT, "h"), (TEXT, "list")) for child in _elements(shape)):
        return [shape]  # a custom shape holding text directly
    found = []
    for child in _elements(shape):
        if child.qname[0] == DRAW:
            found.extend(_text_boxes(child))
    return found


def _check_xml(part: bytes, filename: str) -> None:
    """Refuse malformed XML or a DTD before odfpy sees it (odfpy prints and goes on).

    defusedxml is the gate, as for exchange files: a streaming pass that builds nothing."""
    import xml.sax
    from xml.sax.handler import ContentHandler

    import defusedxml.sax
    from defusedxml import DTDForbidden

    try:
        defusedxml.sax.parseString(part, ContentHandler(), forbid_dtd=True)
    except DTDForbidden as exc:
        raise failure(filename, "the document contains a DTD, which is not allowed") from exc
    except xml.sax.SAXParseException as exc:
        raise failure(filename, "the OpenDocument file is damaged ({error})", error=exc) from exc


def _open(data: bytes, filename: str) -> tuple[Any, Node]:
    """The odfpy document and its ``office:text`` body, after the safety checks."""
    archive = open_checked_zip(data, filename, tr_noop("an OpenDocument text"), "ODT")
    names = set(archive.namelist())
    if "mimetype" in names:
        mimetype = archive.read("mimetype").decode("ascii", "replace").strip()
        if mimetype not in _TEXT_MIMETYPES:
            raise failure(
                filename, "not an OpenDocument text (the file is of type {type})", type=mimetype
            )
    if "content.xml" not in names or "META-INF/manifest.xml" not in names:
        raise failure(filename, "not an OpenDocument text (content.xml is missing)")
    for part in ("content.xml", "styles.xml"):
        if part in names:
            _check_xml(archive.read(part), filename)
    from odf.opendocument import load

    document = load(io.BytesIO(data))
    body = next((c for c in _elements(document.body) if c.qname == (OFFICE, "text")), None)
    if body is None:
        raise failure(filename, "not an OpenDocument text (it has no text body)")
    return document, body


def import_odt(data: bytes, filename: str) -> ImportedDocument:
    """Import an OpenDocument .odt file (see the module docstring for what becomes text)."""
    document, body = _open(data, filename)
    reader = _OdtReader(_Styles(document))
    reader.blocks(body)
    body_text = reader.out.text()
    n_footnotes = reader.append_notes("footnote", "Footnotes")
    n_endnotes = reader.append_notes("endnote", "Endnotes")
    n_comments = reader.append_comments(body_text)
    counts = reader.counts
    counts.update(footnotes=n_footnotes, endnotes=n_endnotes, comments=n_comments)
    report = annotation_report(counts, _REPORT_LINES)
    return ImportedDocument(
        name=document_name(filename),
        text=reader.out.text(),
        spans=reader.out.sorted_spans(),
        original=data,
        original_type="odt",
        report=report,
    )
