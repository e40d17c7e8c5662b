"""The codebook as Word (DOCX) and Excel (XLSX): every code in tree order with its colour,
description, memos, how many segments and documents it has, and an example segment (the
highest-weighted one; among equals the first in the documents' order) with its source.

Word: an overview table (a coloured swatch cell, the code indented by its level, counts),
then one section per code under a heading whose level follows the tree. Excel: one row per
code, the colour as a filled cell, the code indented by its level.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qdadesk.core.exporters.report_output import (
    Example,
    SegmentTexts,
    clean_text,
    fill_docx_cell,
    safe_color,
    set_text_cell,
    write_via_temp,
)
from qdadesk.core.i18n import tr


@dataclass
class CodebookEntry:
    """One code of the codebook."""

    code_id: int
    name: str
    path: str
    depth: int  # 0 for a top-level code
    color: str
    description: str
    memos: list[str] = field(default_factory=list)
    segments: int = 0
    documents: int = 0
    example: Example | None = None


def code_tree(project: Any) -> list[tuple[Any, int]]:
    """Every code with its depth, in the Code System's order (parents before children)."""
    children: dict[int | None, list[Any]] = {}
    for code in project.codes():
        children.setdefault(code.parent_id, []).append(code)
    ordered: list[tuple[Any, int]] = []

    def walk(parent: int | None, depth: int) -> None:
        for code in sorted(children.get(parent, []), key=lambda c: (c.position, c.id)):
            ordered.append((code, depth))
            walk(code.id, depth + 1)

    walk(None, 0)
    return ordered


def codebook_entries(project: Any) -> list[CodebookEntry]:
    """The codebook's rows, computed from the project as it is now."""
    paths = project.code_paths()
    memos: dict[int, list[str]] = {}
    for memo in project.memos(kind="code"):
        text = "\n".join(part for part in (memo.title, memo.plain) if part.strip())
        memos.setdefault(memo.code_id, []).append(text)
    by_code: dict[int, list[Any]] = {}
    for coding in project.codings():  # in document order, then position
        by_code.setdefault(coding.code_id, []).append(coding)
    order = {d.id: index for index, d in enumerate(project.documents())}
    texts = SegmentTexts(project)
    entries = []
    for code, depth in code_tree(project):
        codings = sorted(
            by_code.get(code.id, []), key=lambda c: (order.get(c.document_id, 0), c.start, c.id)
        )
        best = max(codings, key=lambda c: c.weight, default=None)  # max keeps the first
        entries.append(
            CodebookEntry(
                code.id,
                code.name,
                paths[code.id],
                depth,
                safe_color(code.color),
                code.description,
                memos.get(code.id, []),
                len(codings),
                len({c.document_id for c in codings}),
                texts.example(best) if best is not None else None,
            )
        )
    return entries


def _title(project: Any) -> str:
    name = project.setting("project_name") or Path(project.path).stem
    return tr("Codebook: {project}").format(project=name)


# -- Word ------------------------------------------------------------------------------------
def write_codebook_docx(project: Any, path: str | os.PathLike[str]) -> None:
    """Write the codebook as a Word document."""
    import docx
    from docx.shared import Cm, Pt, RGBColor

    entries = codebook_entries(project)
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    document.add_heading(clean_text(_title(project)), level=0)
    document.add_paragraph(
        tr("{codes} codes, {segments} coded segments").format(
            codes=len(entries), segments=sum(e.segments for e in entries)
        )
    )
    document.add_heading(tr("Overview"), level=1)
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, label in zip(
        table.rows[0].cells,
        ["", tr("Code"), tr("Segments"), tr("Documents")],
        strict=True,
    ):
        cell.text = label
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for entry in entries:
        row = table.add_row().cells
        fill_docx_cell(row[0], entry.color)
        paragraph = row[1].paragraphs[0]
        paragraph.paragraph_format.left_indent = Cm(0.5 * entry.depth)
        paragraph.add_run(clean_text(entry.name)).bold = entry.depth == 0
        row[2].text = str(entry.segments)
        row[3].text = str(entry.documents)
    for row in table.rows:
        row.cells[0].width = Cm(0.8)
        row.cells[1].width = Cm(9.5)
    grey = RGBColor(0x55, 0x5F, 0x6B)
    document.add_heading(tr("Codes"), level=1)
    for entry in entries:
        # Heading 2 for top-level codes, one level deeper per tree level (Word has 9).
        heading = document.add_heading(level=min(entry.depth + 2, 9))
        swatch = heading.add_run("\u25a0 ")
        swatch.font.color.rgb = RGBColor.from_string(entry.color[1:].upper())
        heading.add_run(clean_text(entry.name))
        if entry.depth:
            full_path = document.add_paragraph(clean_text(entry.path))
            full_path.runs[0].font.color.rgb = grey
            full_path.runs[0].font.size = Pt(9)
        counts = document.add_paragraph()
        counts.add_run(tr("Segments: ")).bold = True
        counts.add_run(str(entry.segments))
        counts.add_run("   " + tr("Documents: ")).bold = True
        counts.add_run(str(entry.documents))
        counts.add_run("   " + tr("Colour: ")).bold = True
        counts.add_run(entry.color)
        if entry.description.strip():
            paragraph = document.add_paragraph()
            paragraph.add_run(tr("Description: ")).bold = True
            paragraph.add_run(clean_text(entry.description))
        for memo in entry.memos:
            paragraph = document.add_paragraph()
            paragraph.add_run(tr("Memo: ")).bold = True
            paragraph.add_run(clean_text(memo))
        if entry.example is not None:
            paragraph = document.add_paragraph()
            paragraph.add_run(tr("Example: ")).bold = True
            quote = paragraph.add_run(
                clean_text(f"\u201c{' '.join(entry.example.text.split())}\u201d")
            )
            quote.italic = True
            source = paragraph.add_run(clean_text(f" ({entry.example.source})"))
            source.font.color.rgb = grey
    write_via_temp(path, lambda temporary: document.save(str(temporary)))


# -- Excel -----------------------------------------------------------------------------------
CODEBOOK_COLUMNS = [
    "Colour",
    "Code",
    "Path",
    "Description",
    "Memo",
    "Segments",
    "Documents",
    "Example",
    "Example source",
]


def write_codebook_xlsx(project: Any, path: str | os.PathLike[str]) -> None:
    """Write the codebook as one Excel sheet (values, never formulas)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    entries = codebook_entries(project)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = tr("Codebook")
    for column, label in enumerate(CODEBOOK_COLUMNS, start=1):
        cell = sheet.cell(row=1, column=column)
        set_text_cell(cell, tr(label))
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE3EA")
    wrap = Alignment(wrap_text=True, vertical="top")
    for row, entry in enumerate(entries, start=2):
        values = [
            entry.color,
            entry.name,
            entry.path,
            entry.description,
            "\n\n".join(entry.memos),
            entry.segments,
            entry.documents,
            entry.example.text if entry.example else None,
            entry.example.source if entry.example else None,
        ]
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=column)
            set_text_cell(cell, value)
            if isinstance(value, str):
                cell.alignment = wrap
        swatch = sheet.cell(row=row, column=1)
        swatch.fill = PatternFill("solid", fgColor=entry.color[1:].upper())
        name = sheet.cell(row=row, column=2)
        name.alignment = Alignment(indent=2 * entry.depth, vertical="top", wrap_text=True)
        name.font = Font(bold=entry.depth == 0)
    for letter, width in zip("ABCDEFGHI", (10, 30, 36, 40, 40, 10, 11, 60, 28), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "C2"
    write_via_temp(path, lambda temporary: workbook.save(str(temporary)))
