"""Workbooks of display tables: one sheet per table, values (never formulas), a bold frozen
header row, readable column widths and wrapped text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import tr

if TYPE_CHECKING:
    import pandas as pd

    from qdadesk.core.analysis.displays import DisplayResult

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


def write_sheets_xlsx(path: str | Path, sheets: Sequence[tuple[str, pd.DataFrame]]) -> None:
    """Write each (title, frame) to its own sheet; the frame's columns are the header row."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    workbook.remove(workbook.active)
    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDE3EA")
    wrap = Alignment(wrap_text=True, vertical="top")
    for name, (_, frame) in zip(sheet_names([t for t, _ in sheets]), sheets, strict=True):
        sheet = workbook.create_sheet(name)
        for column, label in enumerate(frame.columns, start=1):
            cell = sheet.cell(row=1, column=column)
            _set_value(cell, str(label))
            cell.font = header_font
            cell.fill = header_fill
            cell.alignment = wrap
        widths = [min(60, max(10, len(str(c)) + 2)) for c in frame.columns]
        for row_number, row in enumerate(frame.itertuples(index=False), start=2):
            for column, value in enumerate(row, start=1):
                cell = sheet.cell(row=row_number, column=column)
                _set_value(cell, value)
                if isinstance(value, str):
                    cell.alignment = wrap
                    longest = max((len(line) for line in value.split("\n")), default=0)
                    widths[column - 1] = min(60, max(widths[column - 1], longest + 2))
        for column, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = width
        sheet.freeze_panes = "B2"
    try:
        workbook.save(str(path))
    except OSError as error:
        raise QdaError(
            tr("{path}: cannot write ({error})").format(path=path, error=error.strerror)
        ) from error


def _set_value(cell: Any, value: Any) -> None:
    if value is None or (isinstance(value, float) and value != value):
        return
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if isinstance(value, bool):
        cell.value = value
        return
    if isinstance(value, int | float):
        cell.value = value
        return
    text = _clean(str(value))[:_MAX_CELL]
    cell.value = text
    # openpyxl would store "=..." as a formula: a quote is a value, always.
    cell.data_type = "s"


def _clean(text: str) -> str:
    # Characters XML 1.0 cannot hold (form feeds in old transcripts) would break the file.
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", text)


def write_displays_xlsx(results: Sequence[DisplayResult], path: str | Path) -> None:
    """One sheet per display, numbers as numbers and quotes with their sources as text."""
    write_sheets_xlsx(path, [(r.title, r.value_frame()) for r in results])


def write_frame_xlsx(frame: pd.DataFrame, path: str | Path, title: str) -> None:
    """One table on one sheet."""
    write_sheets_xlsx(path, [(title, frame)])
