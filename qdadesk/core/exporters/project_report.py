"""The project report as Word (DOCX), a web page (HTML) and Excel (XLSX).

What it holds: the documents with their group and variable values, the document memos, the
coded segments of each code with their source (document, paragraph, weight, coder), and the
list of codes with colours and counts. Everything is read from the project as it is now.
HTML escapes every piece of user text; XLSX writes user text as text, never as a formula.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qdadesk.core.exporters.codebook_report import CodebookEntry, code_tree, codebook_entries
from qdadesk.core.exporters.report_output import (
    DocxRun,
    SegmentTexts,
    append_docx_xml,
    clean_text,
    docx_paragraph_xml,
    fill_docx_cell,
    safe_color,
    set_text_cell,
    write_via_temp,
)
from qdadesk.core.i18n import tr

if TYPE_CHECKING:
    from qdadesk.core.project import Project

REPORT_FORMATS = ("docx", "html", "xlsx")


@dataclass
class ReportDocument:
    name: str
    group: str
    values: dict[str, Any]
    memos: list[tuple[str, str]]  # (title, plain text)
    segments: int


@dataclass
class ReportSegment:
    document: str
    paragraph: int
    start: int
    end: int
    weight: int
    coder: str
    comment: str
    text: str

    @property
    def source(self) -> str:
        return tr("{document}, ¶ {paragraph}").format(
            document=self.document, paragraph=self.paragraph
        )

    def details(self) -> str:
        """The source, with the weight when one was given."""
        if not self.weight:
            return self.source
        return self.source + tr(", weight {weight}").format(weight=self.weight)


@dataclass
class ReportCode:
    path: str
    depth: int
    color: str
    segments: list[ReportSegment] = field(default_factory=list)


@dataclass
class ProjectReport:
    title: str
    variables: list[str]
    documents: list[ReportDocument]
    codes: list[ReportCode]
    codebook: list[CodebookEntry]


def project_report(project: Project) -> ProjectReport:
    """Collect the report's contents from the project."""
    name = project.setting("project_name") or Path(project.path).stem
    variables = [v.name for v in project.variables()]
    values = project.document_values()
    counts = project.document_coding_counts()
    memos: dict[int, list[tuple[str, str]]] = {}
    for memo in project.memos(kind="document"):
        if memo.document_id is None:  # a document memo always names its document
            continue
        memos.setdefault(memo.document_id, []).append((memo.title, memo.plain))
    documents = [
        ReportDocument(
            d.name,
            project.group_path(d.group_id) if d.group_id is not None else "",
            values.get(d.id, {}),
            memos.get(d.id, []),
            counts.get(d.id, 0),
        )
        for d in project.documents()
    ]
    texts = SegmentTexts(project)
    paths = project.code_paths()
    codes = {
        code.id: ReportCode(paths[code.id], depth, safe_color(code.color))
        for code, depth in code_tree(project)
    }
    order = {d.id: index for index, d in enumerate(project.documents())}
    codings = sorted(
        project.codings(), key=lambda c: (order.get(c.document_id, 0), c.start, c.end, c.id)
    )
    for coding in codings:
        example = texts.example(coding)
        codes[coding.code_id].segments.append(
            ReportSegment(
                example.document,
                example.paragraph,
                coding.start,
                coding.end,
                coding.weight,
                coding.coder or "",
                coding.comment,
                example.text,
            )
        )
    return ProjectReport(
        tr("Project report: {project}").format(project=name),
        variables,
        documents,
        list(codes.values()),
        codebook_entries(project),
    )


def _value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    return str(value)


def write_project_report(project: Project, path: str | os.PathLike[str], fmt: str) -> None:
    """Write the report in ``fmt`` (docx, html or xlsx)."""
    from qdadesk.core.errors import QdaError

    writers = {"docx": write_report_docx, "html": write_report_html, "xlsx": write_report_xlsx}
    if fmt not in writers:
        raise QdaError(
            tr("Unknown report format '{format}': use docx, html or xlsx").format(format=fmt)
        )
    writers[fmt](project, path)


# -- Word ------------------------------------------------------------------------------------
def write_report_docx(project: Project, path: str | os.PathLike[str]) -> None:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    report = project_report(project)
    document = docx.Document()
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(10)
    section = document.sections[0]
    if len(report.variables) > 3:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    document.add_heading(clean_text(report.title), level=0)

    document.add_heading(tr("Documents"), level=1)
    header = [tr("Document"), tr("Group"), tr("Segments"), *report.variables]
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, label in zip(table.rows[0].cells, header, strict=True):
        cell.text = clean_text(label)
        cell.paragraphs[0].runs[0].bold = True
    for entry in report.documents:
        cells = table.add_row().cells
        row = [entry.name, entry.group, str(entry.segments)]
        row += [_value(entry.values.get(v)) for v in report.variables]
        for cell, value in zip(cells, row, strict=True):
            cell.text = clean_text(value)

    document.add_heading(tr("Document memos"), level=1)
    with_memos = [d for d in report.documents if d.memos]
    if not with_memos:
        document.add_paragraph(tr("No document memos."))
    for entry in with_memos:
        document.add_heading(clean_text(entry.name), level=2)
        for title, text in entry.memos:
            if title.strip():
                document.add_paragraph().add_run(clean_text(title)).bold = True
            document.add_paragraph(clean_text(text))

    document.add_heading(tr("Coded segments by code"), level=1)
    paragraphs = []
    for code in report.codes:
        level = min(code.depth + 2, 9)
        swatch = ("\u25a0 ", False, False, None, code.color[1:].upper())
        paragraphs.append(
            docx_paragraph_xml([swatch, (code.path, False, False, None, None)], f"Heading{level}")
        )
        if not code.segments:
            paragraphs.append(
                docx_paragraph_xml([(tr("No coded segments."), False, False, None, None)])
            )
        for segment in code.segments:
            quote = f"\u201c{' '.join(segment.text.split())}\u201d"
            paragraphs.append(docx_paragraph_xml([(quote, False, True, None, None)], indent=284))
            details = segment.details()
            if segment.coder:
                details += ", " + segment.coder
            runs: list[DocxRun] = [(details, False, False, 8.5, "555F6B")]
            if segment.comment.strip():
                runs.append(("  " + tr("Comment: ") + segment.comment, False, False, 8.5, None))
            paragraphs.append(docx_paragraph_xml(runs, indent=284))
    append_docx_xml(document, paragraphs)

    document.add_heading(tr("Codes"), level=1)
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, label in zip(
        table.rows[0].cells, ["", tr("Code"), tr("Segments"), tr("Documents")], strict=True
    ):
        cell.text = label
        if label:
            cell.paragraphs[0].runs[0].bold = True
    for code_entry in report.codebook:
        cells = table.add_row().cells
        fill_docx_cell(cells[0], code_entry.color)
        paragraph = cells[1].paragraphs[0]
        paragraph.paragraph_format.left_indent = Cm(0.5 * code_entry.depth)
        paragraph.add_run(clean_text(code_entry.name))
        cells[2].text = str(code_entry.segments)
        cells[3].text = str(code_entry.documents)
    for row in table.rows:
        row.cells[0].width = Cm(0.8)
    write_via_temp(path, lambda temporary: document.save(str(temporary)))


# -- HTML ------------------------------------------------------------------------------------
_STYLE = """
body { font-family: Calibri, 'Segoe UI', sans-serif; font-size: 11pt; margin: 2em; color: #222; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border: 1px solid #b8c0cc; padding: 3px 8px; vertical-align: top; text-align: left; }
th { background: #dde3ea; }
.swatch { width: 1.2em; }
blockquote { margin: 0.3em 0 0 1.5em; font-style: italic; }
.source { margin: 0 0 0.6em 1.5em; color: #555f6b; font-size: 9pt; }
.memo { white-space: pre-wrap; margin-left: 1.5em; }
"""


def _e(text: Any) -> str:
    return html.escape(clean_text(str(text)), quote=True)


def report_html(project: Project) -> str:
    """The report as one self-contained HTML page (all user text escaped)."""
    report = project_report(project)
    parts = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8">',
        f"<title>{_e(report.title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{_e(report.title)}</h1>",
        f"<h2>{_e(tr('Documents'))}</h2><table><tr>",
    ]
    header = [tr("Document"), tr("Group"), tr("Segments"), *report.variables]
    parts += [f"<th>{_e(label)}</th>" for label in header]
    parts.append("</tr>")
    for entry in report.documents:
        row = [entry.name, entry.group, str(entry.segments)]
        row += [_value(entry.values.get(v)) for v in report.variables]
        parts.append("<tr>" + "".join(f"<td>{_e(value)}</td>" for value in row) + "</tr>")
    parts.append(f"</table><h2>{_e(tr('Document memos'))}</h2>")
    with_memos = [d for d in report.documents if d.memos]
    if not with_memos:
        parts.append(f"<p>{_e(tr('No document memos.'))}</p>")
    for entry in with_memos:
        parts.append(f"<h3>{_e(entry.name)}</h3>")
        for title, text in entry.memos:
            if title.strip():
                parts.append(f"<p><b>{_e(title)}</b></p>")
            parts.append(f'<div class="memo">{_e(text)}</div>')
    parts.append(f"<h2>{_e(tr('Coded segments by code'))}</h2>")
    for code in report.codes:
        level = min(code.depth + 3, 6)
        parts.append(
            f'<h{level}><span style="color:{code.color}">\u25a0</span> {_e(code.path)}</h{level}>'
        )
        if not code.segments:
            parts.append(f"<p>{_e(tr('No coded segments.'))}</p>")
        for segment in code.segments:
            details = segment.details()
            if segment.coder:
                details += ", " + segment.coder
            if segment.comment.strip():
                details += " \u2014 " + tr("Comment: ") + segment.comment
            parts.append(
                f"<blockquote>\u201c{_e(' '.join(segment.text.split()))}\u201d</blockquote>"
            )
            parts.append(f'<p class="source">{_e(details)}</p>')
    parts.append(f"<h2>{_e(tr('Codes'))}</h2><table><tr><th></th>")
    parts += [f"<th>{_e(t)}</th>" for t in (tr("Code"), tr("Segments"), tr("Documents"))]
    parts.append("</tr>")
    for code_entry in report.codebook:
        indent = 1.2 * code_entry.depth
        parts.append(
            f'<tr><td class="swatch" style="background:{code_entry.color}"></td>'
            f'<td style="padding-left:{indent + 0.5:.1f}em">{_e(code_entry.name)}</td>'
            f"<td>{code_entry.segments}</td><td>{code_entry.documents}</td></tr>"
        )
    parts.append("</table></body></html>\n")
    return "".join(parts)


def write_report_html(project: Project, path: str | os.PathLike[str]) -> None:
    text = report_html(project)
    write_via_temp(path, lambda temporary: temporary.write_text(text, encoding="utf-8"))


# -- Excel -----------------------------------------------------------------------------------
def write_report_xlsx(project: Project, path: str | os.PathLike[str]) -> None:
    """Four sheets: Documents, Document memos, Coded segments, Codes."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    report = project_report(project)
    workbook = Workbook()
    bold, header_fill = Font(bold=True), PatternFill("solid", fgColor="DDE3EA")
    wrap = Alignment(wrap_text=True, vertical="top")

    def sheet(title: str, header: list[str], rows: list[list[Any]], widths: list[int]) -> Any:
        ws = workbook.create_sheet(title)
        for column, label in enumerate(header, start=1):
            cell = ws.cell(row=1, column=column)
            set_text_cell(cell, label)
            cell.font, cell.fill = bold, header_fill
        for row_number, row in enumerate(rows, start=2):
            for column, value in enumerate(row, start=1):
                cell = ws.cell(row=row_number, column=column)
                set_text_cell(cell, value)
                if isinstance(value, str):
                    cell.alignment = wrap
        for column, width in enumerate(widths, start=1):
            ws.column_dimensions[_letter(column)].width = width
        ws.freeze_panes = "B2"
        return ws

    workbook.remove(workbook.active)
    sheet(
        tr("Documents"),
        [tr("Document"), tr("Group"), tr("Segments"), *report.variables],
        [
            [d.name, d.group, d.segments, *[_cell_value(d.values.get(v)) for v in report.variables]]
            for d in report.documents
        ],
        [34, 22, 10] + [18] * len(report.variables),
    )
    sheet(
        tr("Document memos"),
        [tr("Document"), tr("Title"), tr("Memo")],
        [[d.name, title, text] for d in report.documents for title, text in d.memos],
        [34, 30, 90],
    )
    sheet(
        tr("Coded segments"),
        [
            tr("Code"),
            tr("Document"),
            tr("Paragraph"),
            tr("Start"),
            tr("End"),
            tr("Weight"),
            tr("Coder"),
            tr("Comment"),
            tr("Segment"),
        ],
        [
            [c.path, s.document, s.paragraph, s.start, s.end, s.weight, s.coder, s.comment, s.text]
            for c in report.codes
            for s in c.segments
        ],
        [30, 30, 10, 8, 8, 8, 16, 30, 90],
    )
    codes = sheet(
        tr("Codes"),
        [tr("Colour"), tr("Code"), tr("Path"), tr("Description"), tr("Segments"), tr("Documents")],
        [
            [e.color, e.name, e.path, e.description, e.segments, e.documents]
            for e in report.codebook
        ],
        [10, 30, 40, 50, 10, 11],
    )
    for row, entry in enumerate(report.codebook, start=2):
        codes.cell(row=row, column=1).fill = PatternFill("solid", fgColor=entry.color[1:].upper())
        codes.cell(row=row, column=2).alignment = Alignment(indent=2 * entry.depth)
    write_via_temp(path, lambda temporary: workbook.save(str(temporary)))


def _cell_value(value: Any) -> Any:
    return (
        value if isinstance(value, int | float) and not isinstance(value, bool) else _value(value)
    )


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    letter: str = get_column_letter(column)
    return letter
