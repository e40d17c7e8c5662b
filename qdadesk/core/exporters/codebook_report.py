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
from typing import TYPE_CHECKING, Any

from qdadesk.core.exporters.report_output import (
    Example,
    SegmentTexts,
    append_docx_xml,
    clean_text,
    docx_paragraph_xml,
    fill_docx_cell,
    safe_color,
    set_text_cell,
    write_via_temp,
)
from qdadesk.core.i18n import tr, tr_noop

if TYPE_CHECKING:
    from qdadesk.core.project import Project

GREY = "555F6B"


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


def code_tree(project: Project) -> list[tuple[Any, int]]:
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


def codebook_entries(project: Project) -> list[CodebookEntry]:
    """The codebook's rows, computed from the project as it is now."""
    paths = project.code_paths()
    memos: dict[int, list[str]] = {}
    for memo in project.memos(kind="code"):
        if memo.code_id is None:  # a code memo always names its code
            continue
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


def _title(project: Project) -> str:
    name = project.setting("project_name") or Path(project.path).stem
    return tr("Codebook: {project}").format(project=name)


# -- Word ------------------------------------------------------------------------------------
def write_codebook_docx(project: Project, path: str | os.PathLike[str]) -> None:
    """Write the codebook as a Word document."""
    import docx
    from docx.shared import Cm, Pt

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
    document.add_heading(tr("Codes"), level=1)
    paragraphs = []
    for entry in entries:
        # Heading 2 for top-level codes, one level deeper per tree level (Word has 9).
        swatch = ("\u25a0 ", False, False, None, entry.color[1:].upper())
        name = (entry.name, False, False, None, None)
        paragraphs.append(docx_paragraph_xml([swatch, name], f"Heading{min(entry.depth + 2, 9)}"))
        if entry.depth:
            paragraphs.append(docx_paragraph_xml([(entry.path, False, False, 9, GREY)]))
        paragraphs.append(
            docx_paragraph_xml(
                [
                    (tr("Segments: "), True, False, None, None),
                    (str(entry.segments), False, False, None, None),
                    ("   " + tr("Documents: "), True, False, None, None),
                    (str(entry.documents), False, False, None, None),
                    ("   " + tr("Colour: "), True, False, None, None),
                    (entry.color, False, False, None, None),
                ]
            )
        )
        if entry.description.strip():
            paragraphs.append(
                docx_paragraph_xml(
                    [
                        (tr("Description: "), True, False, None, None),
                        (entry.description, False, False, None, None),
                    ]
                )
            )
        for memo in entry.memos:
            paragraphs.append(
                docx_paragraph_xml(
                    [(tr("Memo: "), True, False, None, None), (memo, False, False, None, None)]
                )
            )
        if entry.example is not None:
            quote = f"\u201c{' '.join(entry.example.text.split())}\u201d"
            paragraphs.append(
                docx_paragraph_xml(
                    [
                        (tr("Example: "), True, False, None, None),
                        (quote, False, True, None, None),
                        (f" ({entry.example.source})", False, False, None, GREY),
                    ]
                )
            )
    append_docx_xml(document, paragraphs)
    write_via_temp(path, lambda temporary: document.save(str(temporary)))


# -- Excel -----------------------------------------------------------------------------------
CODEBOOK_COLUMNS = [
    tr_noop("Colour"),
    tr_noop("Code"),
    tr_noop("Path"),
    tr_noop("Description"),
    tr_noop("Memo"),
    tr_noop("Segments"),
    tr_noop("Documents"),
    tr_noop("Example"),
    tr_noop("Example source"),
]


def write_codebook_xlsx(project: Project, path: str | os.PathLike[str]) -> None:
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
