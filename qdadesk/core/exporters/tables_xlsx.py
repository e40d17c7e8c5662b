"""Workbooks of display tables: one sheet per table, values (never formulas), a bold frozen
header row, readable column widths and wrapped text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qdadesk.core import safe_write
from qdadesk.core.errors import QdaError
from qdadesk.core.exporters.cells import set_xlsx_value
from qdadesk.core.i18n import tr
from qdadesk.core.table_values import python_value

if TYPE_CHECKING:
    import pandas as pd

    from qdadesk.core.analysis.displays import DisplayResult
    from qdadesk.core.analysis.summaries import ClusteredMatrix

_BAD_SHEET_CHARACTERS = re.compile(r"[\[\]:*?/\\]")
_MAX_CELL = 32767  # Excel's limit on the characters of one cell


def sheet_names(titles: Sequence[str]) -> list[str]:
    """Valid, unique sheet names (<= 31 characters, none of ``[]:*?/\\``)."""
    names: list[str] = []
    for title in titles:
        base = _BAD_SHEET_CHARACTERS.sub(" ", title).strip() or tr("Sheet")
        name, number = base[:31], 2
        while name.casefold() in {n.casefold() for n in names}:
            suffix = f" ({number})"
            name, number = base[: 31 - len(suffix)] + suffix, number + 1
        names.append(name)
    return names


def write_sheets_xlsx(
    path: str | Path,
    sheets: Sequence[tuple[str, pd.DataFrame]],
    headers: Sequence[tuple[Sequence[Any], Sequence[str]] | None] | None = None,
) -> None:
    """Write each (title, frame) to its own sheet; the frame's columns are the header row.

    ``headers`` (one entry per sheet, or None) gives a sheet two header rows: its
    (header groups, lower labels), groups merged across their columns, ungrouped columns'
    labels merged down over both rows."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    headers = list(headers) if headers is not None else [None] * len(sheets)
    for name, (_, frame), header in zip(
        sheet_names([t for t, _ in sheets]), sheets, headers, strict=True
    ):
        _write_sheet(workbook.create_sheet(name), frame, header)
    try:
        with safe_write.atomic_path(path) as temporary:
            workbook.save(str(temporary))
    except OSError as error:
        raise QdaError(
            tr("{path}: cannot write ({error})").format(path=path, error=error.strerror)
        ) from error


def _write_sheet(
    sheet: Any, frame: pd.DataFrame, header: tuple[Sequence[Any], Sequence[str]] | None
) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDE3EA")
    wrap = Alignment(wrap_text=True, vertical="top")
    centred = Alignment(wrap_text=True, vertical="center", horizontal="center")
    labels = [str(c) for c in frame.columns] if header is None else [str(c) for c in header[1]]
    if len(labels) != len(frame.columns):
        raise QdaError(tr("The header labels do not match the table's columns"))
    top = 1 if header is None else 2  # the last header row

    def head(row: int, column: int, text: str, alignment: Any = wrap) -> None:
        cell = sheet.cell(row=row, column=column)
        _set_value(cell, text)
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = alignment

    if header is None:
        for column, label in enumerate(labels, start=1):
            head(1, column, label)
    else:
        groups = list(header[0])
        if sum(g.span for g in groups) != len(labels):
            raise QdaError(tr("The header groups do not cover the table's columns"))
        column = 1
        for group in groups:
            last = column + group.span - 1
            if group.label is None:
                for index in range(column, last + 1):
                    head(1, index, labels[index - 1], Alignment(wrap_text=True, vertical="center"))
                    head(2, index, "")
                    sheet.merge_cells(start_row=1, start_column=index, end_row=2, end_column=index)
            else:
                head(1, column, str(group.label), centred)
                for index in range(column, last + 1):
                    if index > column:
                        head(1, index, "")
                    head(2, index, labels[index - 1])
                if last > column:
                    sheet.merge_cells(start_row=1, start_column=column, end_row=1, end_column=last)
            column = last + 1
    widths = [min(60, max(10, len(label) + 2)) for label in labels]
    for row_number, row in enumerate(frame.itertuples(index=False), start=top + 1):
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=row_number, column=column)
            _set_value(cell, value)
            if isinstance(cell.value, str):
                cell.alignment = wrap
                longest = max((len(line) for line in cell.value.split("\n")), default=0)
                widths[column - 1] = min(60, max(widths[column - 1], longest + 2))
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = f"B{top + 1}"


def _set_value(cell: Any, value: Any) -> None:
    if value is None or (isinstance(value, float) and value != value):
        return
    value = python_value(value)
    if isinstance(value, bool):
        cell.value = value
        return
    if isinstance(value, int | float):
        cell.value = value
        return
    # openpyxl would store "=..." as a formula: a quote is a value, always.
    set_xlsx_value(cell, _clean(str(value))[:_MAX_CELL])


def _clean(text: str) -> str:
    # Characters XML 1.0 cannot hold (form feeds in old transcripts) would break the file.
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", text)


def write_displays_xlsx(results: Sequence[DisplayResult], path: str | Path) -> None:
    """One sheet per display, numbers as numbers and quotes with their sources as text
    (a display with column groups gets two merged header rows)."""
    headers = [(r.header_groups, r.header_labels) if r.header_groups else None for r in results]
    write_sheets_xlsx(path, [(r.title, r.value_frame()) for r in results], headers)


def write_clustered_xlsx(matrix: ClusteredMatrix, path: str | Path, title: str = "") -> None:
    """A conceptually clustered matrix: parent codes merged over their subcodes, then one
    row per document or case (cells ``rating — summary``)."""
    write_sheets_xlsx(
        path,
        [(title or tr("Clustered matrix"), matrix.text_frame())],
        [(matrix.header_groups, matrix.header_labels)],
    )


def write_frame_xlsx(frame: pd.DataFrame, path: str | Path, title: str) -> None:
    """One table on one sheet."""
    write_sheets_xlsx(path, [(title, frame)])
