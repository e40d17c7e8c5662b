"""Export of a list of coded segments (a ``retrieve_segments`` DataFrame) to XLSX, DOCX
and HTML, as the Retrieved Segments pane and the command line write them."""

from __future__ import annotations

import base64
import bisect
import html
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qdadesk.core import safe_write
from qdadesk.core.analysis.region_segments import (
    Box,
    RegionPicture,
    is_blank,
    region_position,
    row_region,
)
from qdadesk.core.errors import QdaError
from qdadesk.core.exporters.cells import set_xlsx_value
from qdadesk.core.i18n import ntr, tr, tr_noop
from qdadesk.core.table_values import python_value

if TYPE_CHECKING:
    import pandas as pd

    from qdadesk.core.project import Project

EXPORT_COLUMNS = [
    ("document", tr_noop("Document")),
    ("code", tr_noop("Code")),
    ("first_paragraph", tr_noop("Begin (paragraph)")),
    ("last_paragraph", tr_noop("End (paragraph)")),
    ("start", tr_noop("Begin (character)")),
    ("end", tr_noop("End (character)")),
    ("weight", tr_noop("Weight")),
    ("coder", tr_noop("Coder")),
    ("comment", tr_noop("Comment")),
    ("created", tr_noop("Created")),
    # A region's page and box (REFI-QDA coordinates: PDF points, picture pixels).
    ("page", tr_noop("Page")),
    ("x1", "x1"),
    ("y1", "y1"),
    ("x2", "x2"),
    ("y2", "y2"),
    ("text", tr_noop("Segment")),
]
PICTURE_SIDE = 240  # a region's picture in Word and HTML, at most this many pixels a side
PICTURE_INCHES = 2.0
FORMATS = ("xlsx", "docx", "html")


def paragraph_numbers(text: str, start: int, end: int) -> tuple[int, int]:
    """First and last paragraph (line, from 1) that ``text[start:end]`` touches."""
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    return _paragraphs(starts, start, end)


def _paragraphs(starts: list[int], start: int, end: int) -> tuple[int, int]:
    return bisect.bisect_right(starts, start), bisect.bisect_right(starts, max(start, end - 1))


def with_paragraphs(frame: pd.DataFrame, project: Project | None) -> pd.DataFrame:
    """``frame`` with ``first_paragraph``/``last_paragraph`` columns (read from the
    documents' texts; left empty without a project) and colours of the codes."""
    frame = frame.copy()
    firsts: list[Any] = []
    lasts: list[Any] = []
    colors: list[str] = []
    code_colors = {c.id: c.color for c in project.codes()} if project is not None else {}
    line_starts: dict[int, list[int]] = {}
    boxes = frame["x1"] if "x1" in frame.columns else [None] * len(frame)
    for document_id, start, end, code_id, x1 in zip(
        frame["document_id"], frame["start"], frame["end"], frame["code_id"], boxes, strict=True
    ):
        colors.append(code_colors.get(int(code_id), "#808080"))
        if project is None or not is_blank(x1):  # a region is where its box is, not lines
            firsts.append(None)
            lasts.append(None)
            continue
        starts = line_starts.get(int(document_id))
        if starts is None:
            text = project.text(int(document_id))
            starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
            line_starts[int(document_id)] = starts
        first, last = _paragraphs(starts, int(start), int(end))
        firsts.append(first)
        lasts.append(last)
    frame["first_paragraph"] = firsts
    frame["last_paragraph"] = lasts
    frame["color"] = colors
    return frame


def export_segments(
    frame: pd.DataFrame,
    path: str | Path,
    project: Project | None = None,
    title: str | None = None,
    format: str | None = None,
    pictures: RegionPicture | None = None,
) -> Path:
    """Write the segments to ``path``; the format is ``format`` or the file's extension
    (xlsx, docx, html). Returns the path written. Regions are listed with their page and
    box, and in Word and HTML with their picture: from ``pictures``, else (with a
    project) PDF regions rendered without Qt."""
    path = Path(path)
    kind = (format or path.suffix.lstrip(".")).lower()
    if kind == "htm":
        kind = "html"
    if kind not in FORMATS:
        raise QdaError(
            tr("Cannot export segments as '{kind}'; use .xlsx, .docx or .html").format(kind=kind)
        )
    missing = {"document", "code", "start", "end", "text", "document_id", "code_id"} - set(
        frame.columns
    )
    if missing:
        raise QdaError(
            tr("The segment list lacks the columns {names}").format(
                names=", ".join(sorted(missing))
            )
        )
    if not path.parent.is_dir():
        raise QdaError(tr("{path}: the folder does not exist").format(path=path.parent))
    rows = with_paragraphs(frame, project)
    title = title or tr("Retrieved Segments")
    if pictures is None and project is not None:
        from qdadesk.core.analysis.region_segments import region_pictures

        pictures = region_pictures(project, PICTURE_SIDE)
    try:
        with safe_write.atomic_path(path) as temporary:
            if kind == "xlsx":
                _write_xlsx(rows, temporary, title)
            else:
                write = _write_docx if kind == "docx" else _write_html
                write(rows, temporary, title, pictures)
    except OSError as error:
        raise QdaError(
            tr("{path}: cannot write ({error})").format(path=path, error=error)
        ) from error
    return path


def _value(row: dict[str, Any], column: str) -> Any:
    value: Any = row.get(column)  # a cell of any type, numpy's included
    if is_blank(value):  # None, or NaN: a text segment's page and box
        return ""
    if column == "page":
        return int(value)
    return python_value(value)  # numpy scalars -> Python, so openpyxl and json take them


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = frame.to_dict("records")
    return records


@dataclass(frozen=True)
class _ListedRegion:
    """A listed region as its picture source sees it (``region_segments.RegionQuote``)."""

    coding_id: int
    box: Box


def _picture(row: dict[str, Any], pictures: RegionPicture | None) -> bytes | None:
    """A region row's PNG (None for text, for a row without a coding, or when there is
    none)."""
    region = row_region(row)
    coding_id: Any = row.get("coding_id")  # a query's computed rows have none
    if region is None or pictures is None or is_blank(coding_id):
        return None
    png = pictures(_ListedRegion(int(coding_id), region[1]))
    return png if png and png.startswith(b"\x89PNG") else None


_TEXT_PLACES = ("first_paragraph", "last_paragraph", "start", "end")


def _write_xlsx(frame: pd.DataFrame, path: Path, title: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    book = Workbook()
    sheet = book.active
    sheet.title = tr("Segments")[:31]
    sheet.append([tr(label) for _, label in EXPORT_COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in _records(frame):
        region = row_region(row) is not None  # its place is its page and box, not offsets
        sheet.append(
            [
                "" if region and column in _TEXT_PLACES else _value(row, column)
                for column, _ in EXPORT_COLUMNS
            ]
        )
        for cell in sheet[sheet.max_row]:
            set_xlsx_value(cell, cell.value)  # text from users is never a formula
        # Excel's cell limit; the text beyond it is in the project.
        text_cell = sheet.cell(sheet.max_row, len(EXPORT_COLUMNS))
        if isinstance(text_cell.value, str) and len(text_cell.value) > 32767:
            set_xlsx_value(text_cell, text_cell.value[:32767])
        color = str(row.get("color", "#808080")).lstrip("#")
        if len(color) == 6:
            sheet.cell(sheet.max_row, 2).fill = PatternFill("solid", fgColor=color.upper())
        sheet.cell(sheet.max_row, len(EXPORT_COLUMNS)).alignment = Alignment(wrap_text=True)
    from openpyxl.utils import get_column_letter

    widths = {"A": 28, "B": 28, get_column_letter(len(EXPORT_COLUMNS)): 80}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    book.save(path)


def _source(row: dict[str, Any]) -> str:
    first, last = row.get("first_paragraph"), row.get("last_paragraph")
    region = row_region(row)
    if region is not None:
        position = region_position(*region)
    elif (
        first is None or last is None or first != first
    ):  # None or NaN: no project to count paragraphs
        position = tr("Pos. {a}–{b}").format(a=row["start"], b=row["end"])
    elif first == last:
        position = tr("Pos. {n}").format(n=int(first))
    else:
        position = tr("Pos. {a}–{b}").format(a=int(first), b=int(last))
    return tr("{document}, {position}").format(document=row["document"], position=position)


def _details(row: dict[str, Any]) -> str:
    parts = [f"{row['code']}", tr("Weight {n}").format(n=_value(row, "weight"))]
    if row.get("coder"):
        parts.append(tr("Coder: {name}").format(name=row["coder"]))
    if row.get("comment"):
        parts.append(tr("Comment: {text}").format(text=row["comment"]))
    return "  ·  ".join(parts)


def _write_docx(
    frame: pd.DataFrame, path: Path, title: str, pictures: RegionPicture | None = None
) -> None:
    from io import BytesIO

    from docx import Document
    from docx.shared import Inches, Pt, RGBColor

    document = Document()
    document.add_heading(title, level=1)
    documents = frame["document_id"].nunique() if len(frame) else 0
    document.add_paragraph(segment_count_text(len(frame), documents))
    for row in _records(frame):
        source = document.add_paragraph()
        run = source.add_run(_source(row))
        run.bold = True
        run.font.size = Pt(9)
        color = str(row.get("color", "#808080")).lstrip("#")
        marker = source.add_run("  ■ ")
        if len(color) == 6:
            marker.font.color.rgb = RGBColor.from_string(color.upper())
        details = source.add_run(_details(row))
        details.font.size = Pt(9)
        details.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
        png = _picture(row, pictures)
        if png is not None:
            width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
            side = Inches(PICTURE_INCHES) if width >= height else None
            document.add_picture(
                BytesIO(png), width=side, height=None if side else Inches(PICTURE_INCHES)
            )
        document.add_paragraph(str(row["text"]))
    document.save(str(path))


def _write_html(
    frame: pd.DataFrame, path: Path, title: str, pictures: RegionPicture | None = None
) -> None:
    esc = html.escape
    documents = frame["document_id"].nunique() if len(frame) else 0
    parts = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}"
        ".seg{border-left:6px solid #888;padding:.3em .8em;margin:1em 0}"
        ".src{font-weight:bold;color:#1f4e8c;font-size:.9em}"
        ".det{color:#666;font-size:.85em}.txt{white-space:pre-wrap;margin-top:.3em}"
        ".pic{margin-top:.3em}.pic img{border:1px solid #ccc;max-width:100%}</style>",
        "</head><body>",
        f"<h1>{esc(title)}</h1>",
        "<p>" + esc(segment_count_text(len(frame), documents)) + "</p>",
    ]
    for row in _records(frame):
        color = esc(str(row.get("color", "#808080")))
        png = _picture(row, pictures)
        picture = (
            f'<div class="pic"><img alt="{esc(str(row["text"]))}" '
            f'src="data:image/png;base64,{base64.b64encode(png).decode()}"></div>'
            if png is not None
            else ""
        )
        parts.append(
            f'<div class="seg" style="border-left-color:{color}">'
            f'<div class="src">{esc(_source(row))}</div>'
            f'<div class="det">{esc(_details(row))}</div>{picture}'
            f'<div class="txt">{esc(str(row["text"]))}</div></div>'
        )
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")


def segment_count_text(segments: int, documents: int) -> str:
    """ "1 coded segment from 1 document", "3 coded segments from 2 documents"."""
    return tr("{segments} from {documents}").format(
        segments=ntr("{n} coded segment", "{n} coded segments", segments),
        documents=ntr("{n} document", "{n} documents", documents),
    )
