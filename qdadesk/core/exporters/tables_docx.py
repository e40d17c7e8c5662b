"""Publication-ready Word tables: displays, summary tables, quote matrices, code matrices.

A real Word table with a repeated, shaded header row, 10-point body text, row labels in
bold, quotes in italics with their source below in grey, and landscape pages once a table
is wider than four columns.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from qdadesk.core import safe_write
from qdadesk.core.analysis.region_segments import RegionPicture
from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import tr
from qdadesk.core.table_values import python_value

if TYPE_CHECKING:
    import pandas as pd

    from qdadesk.core.analysis.displays import DisplayResult
    from qdadesk.core.analysis.paraphrases import ParaphraseEntry
    from qdadesk.core.analysis.quote_matrix import Quote, QuoteMatrix
    from qdadesk.core.analysis.summaries import ClusteredMatrix, HeaderGroup

FONT = "Calibri"
BODY_PT = 10
SOURCE_PT = 8.5
HEADER_FILL = "DDE3EA"
SOURCE_COLOR = "555F6B"
PICTURE_INCHES = 1.5  # a region's picture in a cell, at most this wide or high


def write_table_docx(
    path: str | Path,
    title: str,
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    subtitle: str = "",
    notes: Sequence[str] = (),
    row_depths: Sequence[int] | None = None,
    header_groups: Sequence[HeaderGroup] | None = None,
    pictures: RegionPicture | None = None,
) -> None:
    """Write one titled table; a quote of a region shows the region's picture when
    ``pictures`` gives one (``region_segments.region_pictures``). A cell is text, a
    number, None, a Quote, a list of Quotes, a display's Checked / Support value, or a
    RatedSummary.

    ``header_groups`` (``HeaderGroup``: label, span; covering every column) adds an upper
    header row: a labelled group is one cell merged across its columns, an unlabelled one
    leaves each of its columns' own label merged down over both header rows."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.oxml import parse_xml
    from docx.shared import Cm, Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(BODY_PT)
    section = document.sections[0]
    if len(header) > 4:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.8))
    document.add_heading(title, level=1)
    if subtitle:
        document.add_paragraph(subtitle)
    # All three were set just above (python-docx types them as possibly unset).
    usable = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
    width = int(usable / 635)
    # The table is written as one XML fragment: python-docx's cell-by-cell API takes
    # seconds for a few thousand cells, the fragment milliseconds.
    anchor = document.add_paragraph()
    embedded = _Pictures(document, pictures) if pictures is not None else None
    table = _table_xml(header, rows, row_depths, width, header_groups, embedded)
    anchor._p.addnext(parse_xml(table))
    anchor._p.getparent().remove(anchor._p)
    for note in notes:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(_clean(note))
        run.font.size = Pt(SOURCE_PT)
    try:
        with safe_write.atomic_path(path) as temporary:
            document.save(str(temporary))
    except OSError as error:
        raise QdaError(
            tr("{path}: cannot write ({error})").format(path=path, error=error.strerror)
        ) from error


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
Run = tuple[Any, ...]  # (text, bold, italic, size in points or None, colour hex or None)
# A paragraph's piece: a run, or a run's ready XML (a region's picture).
Piece = Run | str


class _Pictures:
    """Region pictures put in a Word file as it is written: each an inline picture run."""

    def __init__(self, document: Any, source: RegionPicture) -> None:
        self.document = document
        self.source = source
        self.next_id = 10_000  # drawing ids apart from any the document has

    def run_xml(self, quote: Quote) -> str | None:
        """A ``w:r`` holding the quote's region picture, or None (a text quote, no picture)."""
        if quote.box is None:
            return None
        png = self.source(quote)
        if not png or len(png) < 24 or not png.startswith(b"\x89PNG"):
            return None
        from io import BytesIO

        from docx.shared import Inches
        from lxml import etree

        width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
        if width <= 0 or height <= 0:
            return None
        scale = min(1.0, Inches(PICTURE_INCHES) / (max(width, height) * 9525))
        inline = self.document.part.new_pic_inline(
            BytesIO(png), int(width * 9525 * scale), int(height * 9525 * scale)
        )
        inline.docPr.id = self.next_id  # the table is not in the document yet: count here
        self.next_id += 1
        return f"<w:r><w:drawing>{etree.tostring(inline, encoding='unicode')}</w:drawing></w:r>"


def _table_xml(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    depths: Sequence[int] | None,
    width: int,
    groups: Sequence[HeaderGroup] | None = None,
    pictures: _Pictures | None = None,
) -> str:
    """A ``w:tbl`` in the "Table Grid" style: a shaded header row (two with ``groups``)
    repeated on every page, bold row labels (indented by depth), then the cells."""
    columns = len(header)
    first = min(width // 3, max(width // max(columns, 1), 2200)) if columns > 1 else width
    rest = (width - first) // max(columns - 1, 1)
    widths = [first] + [rest] * (columns - 1)
    parts = [
        f'<w:tbl {_W}><w:tblPr><w:tblStyle w:val="TableGrid"/>'
        f'<w:tblW w:w="{width}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
        'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>',
        *(f'<w:gridCol w:w="{w}"/>' for w in widths),
        "</w:tblGrid>",
    ]
    if groups:
        parts.append(_group_header_xml(header, widths, groups))
    else:
        parts.append("<w:tr><w:trPr><w:tblHeader/></w:trPr>")
        for label, w in zip(header, widths, strict=True):
            parts.append(_cell_xml([[(str(label), True, False, None, None)]], w, HEADER_FILL))
        parts.append("</w:tr>")
    for index, values in enumerate(rows):
        parts.append("<w:tr>")
        for column, (value, w) in enumerate(zip(values, widths, strict=True)):
            if column == 0:
                depth = depths[index] if depths and index < len(depths) else 0
                parts.append(
                    _cell_xml([[(_plain(value), True, False, None, None)]], w, indent=227 * depth)
                )
            else:
                parts.append(_cell_xml(_paragraphs(value, pictures), w))
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    return "".join(parts)


def _group_header_xml(
    header: Sequence[str], widths: list[int], groups: Sequence[HeaderGroup]
) -> str:
    """Two header rows: group labels merged across their columns (``w:gridSpan``) over the
    columns' own labels; ungrouped columns merged down over both rows (``w:vMerge``)."""
    if sum(g.span for g in groups) != len(header):
        raise QdaError(tr("The header groups do not cover the table's columns"))
    upper = ["<w:tr><w:trPr><w:tblHeader/></w:trPr>"]
    lower = ["<w:tr><w:trPr><w:tblHeader/></w:trPr>"]
    column = 0
    for group in groups:
        span = range(column, column + group.span)
        if group.label is None:
            for index in span:
                label = [[(str(header[index]), True, False, None, None)]]
                upper.append(_cell_xml(label, widths[index], HEADER_FILL, merge="restart"))
                lower.append(_cell_xml([], widths[index], HEADER_FILL, merge="continue"))
        else:
            label = [[(str(group.label), True, False, None, None)]]
            width = sum(widths[i] for i in span)
            upper.append(_cell_xml(label, width, HEADER_FILL, span=group.span, center=True))
            for index in span:
                own = [[(str(header[index]), True, False, None, None)]]
                lower.append(_cell_xml(own, widths[index], HEADER_FILL))
        column += group.span
    return "".join(upper) + "</w:tr>" + "".join(lower) + "</w:tr>"


def _cell_xml(
    paragraphs: Sequence[Sequence[Piece]],
    width: int,
    fill: str | None = None,
    indent: int = 0,
    span: int = 1,
    merge: str | None = None,
    center: bool = False,
) -> str:
    shading = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    # Order inside w:tcPr matters to Word: tcW, gridSpan, vMerge, shd, vAlign.
    grid_span = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    vertical = ""
    if merge == "restart":
        vertical = '<w:vMerge w:val="restart"/>'
    elif merge == "continue":
        vertical = "<w:vMerge/>"
    align = '<w:vAlign w:val="center"/>' if merge == "restart" else ""
    body = []
    for runs in paragraphs or [[]]:
        properties = (f'<w:ind w:left="{indent}"/>' if indent else "") + (
            '<w:jc w:val="center"/>' if center else ""
        )
        properties = f"<w:pPr>{properties}</w:pPr>" if properties else ""
        xml = "".join(run if isinstance(run, str) else _run_xml(*run) for run in runs)
        body.append(f"<w:p>{properties}{xml}</w:p>")
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{grid_span}{vertical}{shading}'
        f"{align}</w:tcPr>" + "".join(body) + "</w:tc>"
    )


def _run_xml(text: str, bold: bool, italic: bool, size: float | None, color: str | None) -> str:
    properties = (
        ("<w:b/>" if bold else "")
        + ("<w:i/>" if italic else "")
        + (f'<w:color w:val="{color}"/>' if color else "")
        + (f'<w:sz w:val="{round(size * 2)}"/>' if size else "")
    )
    properties = f"<w:rPr>{properties}</w:rPr>" if properties else ""
    return f'<w:r>{properties}<w:t xml:space="preserve">{escape(_clean(text))}</w:t></w:r>'


def _paragraphs(value: Any, pictures: _Pictures | None = None) -> list[Sequence[Piece]]:
    """A cell value as paragraphs of runs (quotes italic, their source small and grey; a
    region's picture, when there is one, in place of its label)."""
    from qdadesk.core.analysis.displays import Checked, Support, cell_text
    from qdadesk.core.analysis.paraphrases import ParaphraseEntry
    from qdadesk.core.analysis.quote_matrix import Quote
    from qdadesk.core.analysis.summaries import RatedSummary

    if isinstance(value, RatedSummary):
        # The evaluative word in bold leads the summary, as Miles & Huberman print it.
        lines = value.text.split("\n") if value.text else []
        if not value.rating:
            return [[(line, False, False, None, None)] for line in lines]
        first = [(value.rating, True, False, None, None)]
        if lines:
            first.append((f" \u2014 {lines[0]}", False, False, None, None))
        return [first, *([(line, False, False, None, None)] for line in lines[1:])]
    if isinstance(value, Quote):
        return _quote(value, pictures)
    if isinstance(value, list):
        return [
            p
            for item in value
            for p in (
                _paraphrase(item) if isinstance(item, ParaphraseEntry) else _quote(item, pictures)
            )
        ]
    if isinstance(value, Checked):
        result = [[(value.rating, True, False, None, None)]] if value.rating else []
        return result + (_quote(value.quote, pictures) if value.quote is not None else [])
    if isinstance(value, Support):
        summary = cell_text(Support(value.segments, value.documents, None))
        return [[(summary, True, False, None, None)]] + (
            _quote(value.quote, pictures) if value.quote is not None else []
        )
    return [[(line, False, False, None, None)] for line in _plain(value).split("\n")]


def _paraphrase(entry: ParaphraseEntry) -> list[Sequence[Piece]]:
    return [
        [(" ".join(entry.text.split()), False, False, None, None)],
        [(entry.source, False, False, SOURCE_PT, SOURCE_COLOR)],
    ]


def _quote(quote: Quote, pictures: _Pictures | None = None) -> list[Sequence[Piece]]:
    source = [(quote.source, False, False, SOURCE_PT, SOURCE_COLOR)]
    picture = pictures.run_xml(quote) if pictures is not None else None
    labelled = quote.is_label
    if picture is not None:  # a region: its picture, and its text if it has any
        words = [] if labelled else [[(" ".join(quote.text.split()), False, True, None, None)]]
        return [[picture], *words, source]
    if labelled:
        return [[(quote.text, False, False, None, None)], source]
    return [
        [(f"\u201c{' '.join(quote.text.split())}\u201d", False, True, None, None)],
        source,
    ]


def _plain(value: Any) -> str:
    from qdadesk.core.analysis.displays import cell_text

    if value is None or (isinstance(value, float) and value != value):
        return ""
    value = python_value(value)
    if isinstance(value, float):
        return f"{value:.1f}" if not value.is_integer() else str(int(value))
    return cell_text(value)


def _clean(text: str) -> str:
    import re

    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", text)


# -- what each display writes ----------------------------------------------------------------
def write_display_docx(
    result: DisplayResult, path: str | Path, pictures: RegionPicture | None = None
) -> None:
    """A Miles & Huberman display as a Word table (cells keep their quotes and sources; a
    region's quote is its picture when ``pictures`` gives one)."""
    header = result.header_labels or [result.row_header, *result.cells.columns]
    rows = [
        [label, *result.cells.iloc[index].tolist()] for index, label in enumerate(result.row_labels)
    ]
    notes = []
    if result.definition.cells == "triangulation":
        notes.append(tr("Themes supported by only one source are noted in the last column."))
    write_table_docx(
        path,
        result.title,
        header,
        rows,
        notes=notes,
        row_depths=result.row_depths or None,
        header_groups=result.header_groups or None,
        pictures=pictures,
    )


def write_frame_docx(
    frame: pd.DataFrame,
    path: str | Path,
    title: str,
    subtitle: str = "",
    row_depths: Sequence[int] | None = None,
) -> None:
    """Any table whose first column labels the rows (code matrix, frequencies, crosstab)."""
    rows = [list(row) for row in frame.itertuples(index=False)]
    write_table_docx(
        path, title, [str(c) for c in frame.columns], rows, subtitle=subtitle, row_depths=row_depths
    )


def write_summary_table_docx(frame: pd.DataFrame, path: str | Path, title: str = "") -> None:
    """A Summary Table (documents or cases x codes, summaries in cells)."""
    write_frame_docx(frame, path, title or tr("Summary table"))


def write_clustered_docx(matrix: ClusteredMatrix, path: str | Path, title: str = "") -> None:
    """A conceptually clustered matrix: two header rows (parent codes merged over their
    subcodes), each cell the evaluative word in bold, then the summary."""
    rows = [list(row) for row in matrix.frame.itertuples(index=False)]
    write_table_docx(
        path,
        title or tr("Conceptually clustered matrix"),
        matrix.header_labels,
        rows,
        header_groups=matrix.header_groups,
    )


def write_quote_matrix_docx(
    matrix: QuoteMatrix,
    path: str | Path,
    title: str = "",
    pictures: RegionPicture | None = None,
) -> None:
    """A quote matrix: codes x columns, every quote in full with its source (a region's
    quote as its picture when ``pictures`` gives one)."""
    header = [tr("Code"), *[c.label for c in matrix.columns]]
    rows = [
        [path_, *[matrix.cell(code_id, c.label) for c in matrix.columns]]
        for code_id, path_ in matrix.codes["path"].items()
    ]
    depths = [int(d) for d in matrix.codes["depth"]]
    write_table_docx(
        path, title or tr("Quote matrix"), header, rows, row_depths=depths, pictures=pictures
    )
