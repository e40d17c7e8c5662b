"""The intercoder agreement workbook: one sheet per table, streamed (openpyxl's write-only
mode), because the raw paragraph x code ratings of a big project run to millions of rows;
a table longer than a sheet's 1,048,576 rows continues on the next sheet. Written through a
temporary file renamed into place; text cells are always text, never formulas."""

from __future__ import annotations

import math
import os
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qdadesk.core.errors import QdaError
from qdadesk.core.exporters.tables_xlsx import sheet_names
from qdadesk.core.i18n import tr

if TYPE_CHECKING:
    import pandas as pd

MAX_DATA_ROWS = 1_048_575  # Excel's rows per sheet, less the header
_MAX_CELL = 32767
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def write_agreement_xlsx(sheets: Sequence[tuple[str, pd.DataFrame]], path: str | Path) -> Path:
    """Write each (title, frame) as a sheet (split over several when too long)."""
    path = Path(path)
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=".agreement-", suffix=".xlsx", dir=path.parent)
        os.close(handle)
        _write(sheets, temporary)
        os.replace(temporary, path)
    except OSError as error:
        raise QdaError(
            tr("{path}: cannot write ({error})").format(path=path, error=error.strerror)
        ) from error
    finally:
        if temporary and os.path.exists(temporary):
            os.unlink(temporary)
    return path


def _write(sheets: Sequence[tuple[str, pd.DataFrame]], path: str) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    parts: list[tuple[str, pd.DataFrame]] = []
    for title, frame in sheets:
        pieces = max(1, math.ceil(len(frame) / MAX_DATA_ROWS))
        for piece in range(pieces):
            chunk = frame.iloc[piece * MAX_DATA_ROWS : (piece + 1) * MAX_DATA_ROWS]
            parts.append((title if piece == 0 else f"{title} ({piece + 1})", chunk))
    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    for name, (_, frame) in zip(sheet_names([t for t, _ in parts]), parts, strict=True):
        sheet = workbook.create_sheet(name)
        sheet.freeze_panes = "A2"
        header = []
        for column in frame.columns:
            cell = WriteOnlyCell(sheet, value=_text(str(column)))
            cell.font = bold
            cell.data_type = "s"
            header.append(cell)
        sheet.append(header)
        for row in frame.itertuples(index=False, name=None):
            sheet.append([_value(sheet, v, WriteOnlyCell) for v in row])
    workbook.save(path)


def _text(value: str) -> str:
    return _CONTROL.sub("", value)[:_MAX_CELL]


def _value(sheet: Any, value: Any, cell_type: Any) -> Any:
    if value is None or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if isinstance(value, bool | int | float):
        return value
    text = _text(str(value))
    if text.startswith("="):
        # openpyxl would store "=..." as a formula: a quote is a value, always.
        cell = cell_type(sheet, value=text)
        cell.data_type = "s"
        return cell
    return text
