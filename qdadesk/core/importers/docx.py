"""DOCX (Word) import with python-docx.

python-docx opens and validates the package; the body is then walked as XML because
``paragraph.text`` and ``paragraph.runs`` skip text boxes, hyperlinks, content controls
and tracked insertions, where interview text really lives.

What becomes text, in document order:

- every paragraph is one line; tables are read row by row, cell by cell, each cell
  paragraph on its own line (nested tables likewise); a cell that continues a vertical
  or horizontal merge is skipped, so merged text appears once;
- a tab is ``"\\t"``; a soft line break (``w:br``, ``w:cr``) is ``"\\n"``, so it starts a
  new line inside the paragraph; a page or column break inside text is ``"\\n"`` too, but
  dropped at the start or end of a paragraph where it only moves the paragraph;
- text boxes (``w:txbxContent``): their paragraphs follow, as lines, the paragraph the
  box is anchored in, with a ``text_box`` span (an anchor paragraph with no text of its
  own gives no empty line);
- footnotes and endnotes: a marker (``[1]``, endnotes ``[i]``) at the reference, and the
  notes themselves appended after the body under a "Footnotes"/"Endnotes" line, one
  ``footnote`` span per note;
- comments: appended under a "Comments" line as ``[Comment 1, author, on “anchor”] text``,
  one ``comment`` span each; the body text is not changed by comments;
- tracked insertions are kept, tracked deletions, hidden text, images, embedded objects
  and page headers/footers are left out and counted in ``report``; equations are kept as
  their plain characters.

Spans: ``heading`` (level from "Heading N"/"Title" styles or an outline level),
``list_item`` (numbered or bulleted paragraphs; the number itself is not text),
``bold``/``italic``/``underline`` from direct run formatting and character styles (not
paragraph styles, so a heading is not also "bold"), and ``table``/``table_row``/
``table_cell`` (an empty cell keeps a zero-length cell span so tables can be rebuilt).
"""

from __future__ import annotations

import io
import re
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
from qdadesk.core.importers.common import roman as roman_numeral
from qdadesk.core.importers.document import ImportedDocument
from qdadesk.core.importers.limits import open_checked_zip

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_STRICT_MARK = b"purl.oclc.org/ooxml"

# Inline wrappers whose children are runs shown as ordinary text.
_INLINE_CONTAINERS = {
    W + name for name in ("hyperlink", "ins", "moveTo", "smartTag", "customXml", "fldSimple")
} | {W + "dir", W + "bdo"}
_HEADING_NAME = re.compile(r"heading\s*([1-9])$")
_ANCHOR_QUOTE_LENGTH = 40

Element = Any  # an lxml element from python-docx's parser


def _flag(element: Element | None) -> bool | None:
    """Value of an OOXML on/off property (``<w:b/>``, ``<w:b w:val="0"/>``), None if absent."""
    if element is None:
        return None
    value = (element.get(W + "val") or "true").lower()
    return value not in ("0", "false", "off", "none")


def _marks_of(rpr: Element | None) -> dict[str, bool | None]:
    if rpr is None:
        return dict.fromkeys(INLINE_KINDS)
    return {
        "bold": _flag(rpr.find(W + "b")),
        "italic": _flag(rpr.find(W + "i")),
        "underline": _flag(rpr.find(W + "u")),
    }


def _alternate(element: Element) -> Element | None:
    """The branch of ``mc:AlternateContent`` to read: Choice if present, else Fallback.

    Both branches hold the same text (e.g. a DrawingML text box and its VML copy);
    reading one avoids importing a text box twice.
    """
    choice = element.find(MC + "Choice")
    return choice if choice is not None else element.find(MC + "Fallback")


def _outer_text_boxes(element: Element) -> list[Element]:
    """``w:txbxContent`` elements under ``element``, without the ones nested in another."""
    found: list[Element] = []
    stack = [element]
    while stack:
        node = stack.pop()
        for child in node:
            if child.tag == W + "txbxContent":
                found.append(child)
            elif child.tag == MC + "AlternateContent":
                branch = _alternate(child)
                if branch is not None:
                    stack.append(branch)
            elif isinstance(child.tag, str):
                stack.append(child)
    found.reverse()  # the stack visits later siblings first
    return found


class _Styles:
    """Heading levels, list membership and inline marks defined by styles."""

    def __init__(self, styles: Element | None) -> None:
        self._raw: dict[str, Element] = {}
        self.default_paragraph: str | None = None
        if styles is not None:
            for style in styles.iter(W + "style"):
                style_id = style.get(W + "styleId")
                if style_id is None:
                    continue
                self._raw[style_id] = style
                default = style.get(W + "default") in ("1", "true", "on")
                if style.get(W + "type") == "paragraph" and default:
                    self.default_paragraph = style_id
        self._heading: dict[str | None, int] = {}
        self._list: dict[str | None, int] = {}
        self._marks: dict[str | None, dict[str, bool | None]] = {}

    def _chain(self, style_id: str | None) -> list[Element]:
        chain: list[Element] = []
        while style_id is not None and style_id in self._raw and len(chain) < 20:
            style = self._raw[style_id]
            chain.append(style)
            based = style.find(W + "basedOn")
            style_id = based.get(W + "val") if based is not None else None
        return chain

    def heading_level(self, style_id: str | None) -> int:
        if style_id not in self._heading:
            level = 0
            for style in self._chain(style_id):
                name_el = style.find(W + "name")
                name = (name_el.get(W + "val") or "") if name_el is not None else ""
                match = _HEADING_NAME.match(name.strip().lower())
                if match:
                    level = int(match.group(1))
                elif name.strip().lower() == "title":
                    level = 1
                else:
                    level = _outline_level(style.find(W + "pPr"))
                if level:
                    break
            self._heading[style_id] = level
        return self._heading[style_id]

    def list_level(self, style_id: str | None) -> int:
        if style_id not in self._list:
            level = 0
            for style in self._chain(style_id):
                level = _list_level(style.find(W + "pPr"))
                if level:
                    break
            self._list[style_id] = level
        return self._list[style_id]

    def marks(self, style_id: str | None) -> dict[str, bool | None]:
        if style_id not in self._marks:
            resolved: dict[str, bool | None] = dict.fromkeys(INLINE_KINDS)
            for style in self._chain(style_id):
                for kind, value in _marks_of(style.find(W + "rPr")).items():
                    if resolved[kind] is None:
                        resolved[kind] = value
            self._marks[style_id] = resolved
        return self._marks[style_id]


def _outline_level(ppr: Element | None) -> int:
    outline = ppr.find(W + "outlineLvl") if ppr is not None else None
    if outline is None:
        return 0
    value = outline.get(W + "val") or ""
    return int(value) + 1 if value.isdigit() and int(value) < 9 else 0


def _list_level(ppr: Element | None) -> int:
    num = ppr.find(W + "numPr") if ppr is not None else None
    if num is None:
        return 0
    num_id = num.find(W + "numId")
    if num_id is not None and num_id.get(W + "val") == "0":
        return 0  # numId 0 explicitly removes numbering
    ilvl = num.find(W + "ilvl")
    value = ilvl.get(W + "val") if ilvl is not None else "0"
    return int(value) + 1 if value and value.isdigit() else 1


class _DocxReader:
    """Walks one document's XML into a :class:`TextBuilder`."""

    def __init__(self, styles: _Styles) -> None:
        self.out = TextBuilder()
        self.styles = styles
        self.counts: Counter[str] = Counter()
        self.footnotes: dict[str, str] = {}  # note id -> marker, in order of reference
        self.endnotes: dict[str, str] = {}
        self.comment_ranges: dict[str, list[int]] = {}
        self._break_pending = False
        self._note_marker = ""  # marker w:footnoteRef prints while a note is read
        self._line_prefix = ""  # marker for a note without w:footnoteRef
        self._space_after_marker = False  # "[1] text", also where the note has no space

    # -- blocks -----------------------------------------------------------------
    def blocks(self, parent: Element) -> None:
        """Read block content: paragraphs, tables and their wrappers."""
        for child in parent:
            tag = child.tag
            if tag == W + "p":
                self.paragraph(child)
            elif tag == W + "tbl":
                self.table(child)
            elif tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    self.blocks(content)
            elif tag in (W + "customXml", W + "ins", W + "moveTo"):
                self.blocks(child)
            elif tag == MC + "AlternateContent":
                branch = _alternate(child)
                if branch is not None:
                    self.blocks(branch)
            elif tag == W + "altChunk":
                self.counts["altchunk"] += 1
            elif tag in (W + "commentRangeStart", W + "commentRangeEnd"):
                self._comment_mark(child)

    def paragraph(self, p: Element) -> None:
        ppr = p.find(W + "pPr")
        style_el = ppr.find(W + "pStyle") if ppr is not None else None
        style_id = style_el.get(W + "val") if style_el is not None else None
        style_id = style_id or self.styles.default_paragraph
        level = _outline_level(ppr) or self.styles.heading_level(style_id)
        list_level = 0 if level else _list_level(ppr) or self.styles.list_level(style_id)
        boxes: list[Element] = []
        self._break_pending = False
        if self._line_prefix:
            self.out.add(self._line_prefix + " ")
            self._line_prefix = ""
        self.inline(p, boxes)
        self._break_pending = False
        self._space_after_marker = False
        line = self.out.end_line(keep_empty=not boxes)
        if line is not None:
            if level:
                self.out.add_span("heading", *line, level=level)
            elif list_level:
                self.out.add_span("list_item", *line, level=list_level)
        for box in boxes:
            start = self.out.next_line_start()
            self.blocks(box)
            self.out.add_block_span("text_box", start)
        self.counts["text_box"] += len(boxes)

    def table(self, tbl: Element) -> None:
        out = self.out
        table_start = out.next_line_start()
        for row in _children(tbl, W + "tr"):
            row_start = out.next_line_start()
            for cell in _children(row, W + "tc"):
                if _continues_merge(cell):
                    continue
                cell_start = out.next_line_start()
                lines_before = out.line_count
                self.blocks(cell)
                if out.line_count == lines_before:
                    out.end_line()  # a cell without paragraphs still gets its (empty) line
                out.add_block_span("table_cell", cell_start, keep_empty=True)
            out.add_block_span("table_row", row_start, keep_empty=True)
        out.add_block_span("table", table_start, keep_empty=True)

    # -- inline -----------------------------------------------------------------
    def inline(self, parent: Element, boxes: list[Element]) -> None:
        """Read a paragraph's inline content into the current line."""
        for child in parent:
            tag = child.tag
            if tag == W + "r":
                self.run(child, boxes)
            elif tag in _INLINE_CONTAINERS:
                self.inline(child, boxes)
            elif tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    self.inline(content, boxes)
            elif tag in (W + "del", W + "moveFrom"):
                self.counts["deleted"] += 1
            elif tag in (W + "commentRangeStart", W + "commentRangeEnd"):
                self._comment_mark(child)
            elif tag in (M + "oMath", M + "oMathPara"):
                self._emit("".join(t.text or "" for t in child.iter(M + "t")), NO_MARKS)
                self.counts["equation"] += 1
            elif tag == MC + "AlternateContent":
                branch = _alternate(child)
                if branch is not None:
                    self.inline(branch, boxes)

    def run(self, r: Element, boxes: list[Element]) -> None:
        rpr = r.find(W + "rPr")
        if rpr is not None and _flag(rpr.find(W + "vanish")):
            self.counts["hidden"] += 1
            return
        direct = _marks_of(rpr)
        style_el = rpr.find(W + "rStyle") if rpr is not None else None
        styled = self.styles.marks(style_el.get(W + "val") if style_el is not None else None)
        marks = frozenset(
            kind
            for kind in INLINE_KINDS
            if (direct[kind] if direct[kind] is not None else styled[kind])
        )
        self.run_content(r, marks, boxes)

    def run_content(self, parent: Element, marks: frozenset[str], boxes: list[Element]) -> None:
        for child in parent:
            tag = child.tag
            if tag == W + "t":
                self._emit(child.text or "", marks)
            elif tag in (W + "tab", W + "ptab"):
                self._emit("\t", marks)
            elif tag == W + "br":
                if child.get(W + "type") in ("page", "column"):
                    self._break_pending = True
                else:
                    self._emit("\n", marks)
            elif tag == W + "cr":
                self._emit("\n", marks)
            elif tag == W + "noBreakHyphen":
                self._emit("-", marks)
            elif tag == W + "sym":
                self._symbol(child, marks)
            elif tag == W + "footnoteReference":
                self._emit(_marker(self.footnotes, child.get(W + "id"), str), NO_MARKS)
            elif tag == W + "endnoteReference":
                self._emit(_marker(self.endnotes, child.get(W + "id"), roman_numeral), NO_MARKS)
            elif tag in (W + "footnoteRef", W + "endnoteRef", W + "annotationRef"):
                self._emit(self._note_marker, NO_MARKS)
                self._space_after_marker = True
            elif tag in (W + "drawing", W + "pict"):
                found = _outer_text_boxes(child)
                boxes.extend(found)
                if not found:
                    self.counts["image"] += 1
            elif tag == W + "object":
                self.counts["object"] += 1
            elif tag == W + "ruby":
                base = child.find(W + "rubyBase")
                if base is not None:
                    self.inline(base, boxes)
            elif tag == MC + "AlternateContent":
                branch = _alternate(child)
                if branch is not None:
                    self.run_content(branch, marks, boxes)

    def _emit(self, text: str, marks: frozenset[str]) -> None:
        if not text:
            return
        if self._space_after_marker:
            self._space_after_marker = False
            if not text[0].isspace():
                self.out.add(" ")
        if self._break_pending:
            if not self.out.line_is_empty():
                self.out.add("\n")
            self._break_pending = False
        self.out.add(text, marks)

    def _symbol(self, sym: Element, marks: frozenset[str]) -> None:
        code = sym.get(W + "char") or ""
        try:
            value = int(code, 16)
        except ValueError:
            return
        if 0xF000 <= value <= 0xF0FF or not 0 < value < 0x110000:
            self.counts["symbol"] += 1  # a Symbol/Wingdings glyph with no Unicode meaning
        else:
            self._emit(chr(value), marks)

    def _comment_mark(self, element: Element) -> None:
        span = self.comment_ranges.setdefault(element.get(W + "id") or "", [-1, -1])
        if element.tag == W + "commentRangeStart":
            span[0] = self.out.position()
        else:
            span[1] = self.out.position()

    # -- notes and comments after the body ----------------------------------------
    def notes(self, root: Element | None, tag: str, markers: dict[str, str], label: str) -> int:
        """Append the referenced notes of one kind after the body; returns how many."""
        if root is None or not markers:
            return 0
        by_id = {item.get(W + "id"): item for item in root.iter(W + tag)}
        self._section(tr(label))
        done = 0
        index = 0
        ids = list(markers)
        while index < len(ids):
            element = by_id.get(ids[index])
            marker = markers[ids[index]]
            index += 1
            if element is not None:
                self._read_annotation(element, marker, W + tag + "Ref", "footnote")
                done += 1
            if len(markers) > len(ids):  # the note referenced a note not seen before
                ids = list(markers)
        return done

    def comments(self, root: Element | None, body_text: str) -> int:
        """Append all comments after the body; returns how many."""
        if root is None:
            return 0
        found = list(root.iter(W + "comment"))
        if not found:
            return 0
        self._section(tr("Comments"))
        for number, comment in enumerate(found, start=1):
            label = tr("Comment {n}").format(n=number)
            author = (comment.get(W + "author") or "").strip()
            if author:
                label += f", {author}"
            start, end = self.comment_ranges.get(comment.get(W + "id") or "", [-1, -1])
            if 0 <= start < end:
                anchor = " ".join(body_text[start:end].split())
                if len(anchor) > _ANCHOR_QUOTE_LENGTH:
                    anchor = anchor[: _ANCHOR_QUOTE_LENGTH - 1] + "\N{HORIZONTAL ELLIPSIS}"
                label += tr(
                    ", on \N{LEFT DOUBLE QUOTATION MARK}{anchor}\N{RIGHT DOUBLE QUOTATION MARK}"
                ).format(anchor=anchor)
            self._read_annotation(comment, f"[{label}]", W + "annotationRef", "comment")
        return len(found)

    def _section(self, label: str) -> None:
        self.out.end_line()  # an empty line sets the appended section apart from the body
        self.out.add(label)
        self.out.end_line()

    def _read_annotation(self, element: Element, marker: str, ref_tag: str, kind: str) -> None:
        start = self.out.next_line_start()
        self._note_marker = marker
        has_ref = next(element.iter(ref_tag), None) is not None
        self._line_prefix = "" if has_ref else marker
        lines_before = self.out.line_count
        self.blocks(element)
        if self.out.line_count == lines_before:
            self.out.add(self._line_prefix or marker)
            self.out.end_line()
        self._line_prefix = ""
        self._note_marker = ""
        self.out.add_block_span(kind, start)


def _marker(markers: dict[str, str], note_id: str | None, numeral: Any) -> str:
    """The marker of a note reference, numbered in order of first reference."""
    key = note_id or ""
    if key not in markers:
        markers[key] = f"[{numeral(len(markers) + 1)}]"
    return markers[key]


def _children(parent: Element, tag: str) -> list[Element]:
    """Children with ``tag``, looking through content controls and custom-XML wrappers."""
    found = []
    for child in parent:
        if child.tag == tag:
            found.append(child)
        elif child.tag == W + "sdt":
            content = child.find(W + "sdtContent")
            if content is not None:
                found.extend(_children(content, tag))
        elif child.tag == W + "customXml":
            found.extend(_children(child, tag))
    return found


def _continues_merge(cell: Element) -> bool:
    """True for a cell that only continues a merged cell above or to the left."""
    props = cell.find(W + "tcPr")
    if props is None:
        return False
    for name in ("vMerge", "hMerge"):
        merge = props.find(W + name)
        if merge is not None and merge.get(W + "val", "continue") != "restart":
            return True
    return False


def _part_xml(document: Any, reltype: str) -> list[Element]:
    """Parsed XML of the parts the main document links with ``reltype``."""
    from docx.oxml.parser import parse_xml  # python-docx's parser: no entities, no network

    return [
        parse_xml(rel.target_part.blob)
        for rel in document.part.rels.values()
        if rel.reltype == _RELS + reltype and not rel.is_external
    ]


def _open(data: bytes, filename: str) -> Any:
    """Open ``data`` with python-docx, turning every failure into a clear message."""
    if data.startswith(_OLE_SIGNATURE):
        raise failure(
            filename,
            "not a DOCX file (it is a password-protected Word file or an old .doc file); "
            "save it in Word as an unprotected .docx",
        )
    archive = open_checked_zip(data, filename, tr_noop("a Word document"), "DOCX")
    try:
        rels = archive.read("_rels/.rels")
    except KeyError:
        raise failure(
            filename, "not a Word document (the DOCX archive has no package relationships)"
        ) from None
    if _STRICT_MARK in rels:
        raise failure(
            filename,
            "saved as Strict Open XML, which cannot be read; in Word, save it again as "
            "\N{LEFT DOUBLE QUOTATION MARK}Word Document (*.docx)\N{RIGHT DOUBLE QUOTATION MARK}",
        )
    import docx

    try:
        return docx.Document(io.BytesIO(data))
    except ValueError as exc:
        if "content type" in str(exc):
            raise failure(
                filename, "not a Word document (the archive holds another kind of file)"
            ) from exc
        raise failure(filename, "the Word document is damaged ({error})", error=exc) from exc
    except Exception as exc:  # python-docx raises KeyError, lxml errors, ... for broken files
        raise failure(
            filename, "the Word document is damaged or incomplete and cannot be read"
        ) from exc


def import_docx(data: bytes, filename: str) -> ImportedDocument:
    """Import a Word .docx file (see the module docstring for what becomes text)."""
    document = _open(data, filename)
    reader = _DocxReader(_Styles(document.styles.element))
    reader.blocks(document.element.body)
    body_text = reader.out.text()
    footnote_parts = _part_xml(document, "footnotes")
    endnote_parts = _part_xml(document, "endnotes")
    comment_parts = _part_xml(document, "comments")
    counts = reader.counts
    counts["footnotes"] = reader.notes(
        footnote_parts[0] if footnote_parts else None, "footnote", reader.footnotes, "Footnotes"
    )
    counts["endnotes"] = reader.notes(
        endnote_parts[0] if endnote_parts else None, "endnote", reader.endnotes, "Endnotes"
    )
    counts["comments"] = reader.comments(comment_parts[0] if comment_parts else None, body_text)
    counts["headers"] = sum(
        1
        for reltype in ("header", "footer")
        for root in _part_xml(document, reltype)
        if any((t.text or "").strip() for t in root.iter(W + "t"))
    )
    return ImportedDocument(
        name=document_name(filename),
        text=reader.out.text(),
        spans=reader.out.sorted_spans(),
        original=data,
        original_type="docx",
        report=_report(counts),
    )


# counter -> report line (singular, plural); each names what happened to that kind of content
_REPORT_LINES = (
    *annotation_lines("text_box", "footnotes", "endnotes", "comments"),
    ("equation", "{n} equation kept as plain characters", "{n} equations kept as plain characters"),
    *annotation_lines("image"),
    ("object", "{n} embedded object left out", "{n} embedded objects left out"),
    ("altchunk", "{n} embedded document part left out", "{n} embedded document parts left out"),
    *annotation_lines("deleted"),
    ("hidden", "{n} piece of hidden text left out", "{n} pieces of hidden text left out"),
    ("symbol", "{n} symbol-font character left out", "{n} symbol-font characters left out"),
    ("headers", "page headers and footers left out", "page headers and footers left out"),
)


def _report(counts: Counter[str]) -> list[str]:
    return annotation_report(counts, _REPORT_LINES)
