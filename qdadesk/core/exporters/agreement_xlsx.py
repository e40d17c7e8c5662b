"""The intercoder agreement workbook: one sheet per table, streamed (openpyxl's write-only
mode), because the raw paragraph x code ratings of a big project run to millions of rows;
a table longer than a sheet's 1,048,576 rows continues on the next sheet. Written through a
temporary file renamed into place; text cells are always text, never formulas."""

from __future__ import annotations

import math
import os
import re
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qdadesk.core.errors import ImportCancelled, QdaError
from qdadesk.core.exporters.tables_xlsx import sheet_names
from qdadesk.core.i18n import tr
from qdadesk.core.table_values import python_value

if TYPE_CHECKING:
    import pandas as pd

MAX_DATA_ROWS = 1_048_575  # Excel's rows per sheet, less the header
_MAX_CELL = 32767
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def write_agreement_xlsx(
    sheets: Sequence[tuple[str, pd.DataFrame]],
    path: str | Path,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write each (title, frame) as a sheet (split over several when too long).

    ``progress(rows done, rows in all, "")`` is called now and then; when ``cancelled()``
    turns true the writing stops (``ImportCancelled``) and nothing is left behind."""
    path = Path(path)
    # A name of our own beside the target (created with the user's usual permissions).
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        _write(sheets, temporary, progress, cancelled)
        os.replace(temporary, path)
    except OSError as error:
        raise QdaError(
            tr("{path}: cannot write ({error})").format(path=path, error=error.strerror)
        ) from error
    finally:
        if temporary.exists():
            temporary.unlink()
    return path


def _write(
    sheets: Sequence[tuple[str, pd.DataFrame]],
    path: Path,
    progress: Callable[[int, int, str], None] | None,
    cancelled: Callable[[], bool] | None,
) -> None:
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
    total, done, stopped = sum(len(frame) for _, frame in parts), 0, False
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
        if stopped:
            continue
        for row in frame.itertuples(index=False, name=None):
            sheet.append([_value(sheet, v, WriteOnlyCell) for v in row])
            done += 1
            if done % 10_000 == 0:
                if cancelled is not None and cancelled():
                    stopped = True
                    break
                if progress is not None:
                    progress(done, total, "")
    # Saved even when cancelled: that closes openpyxl's streams; the caller removes the file.
    workbook.save(str(path))
    if stopped:
        raise ImportCancelled(tr("Export cancelled"))


def _text(value: str) -> str:
    return _CONTROL.sub("", value)[:_MAX_CELL]


def _value(sheet: Any, value: Any, cell_type: Any) -> Any:
    if value is None or (isinstance(value, float) and value != value):
        return None
    value = python_value(value)
    if isinstance(value, bool | int | float):
        return value
    text = _text(str(value))
    if text.startswith("="):
        # openpyxl would store "=..." as a formula: a quote is a value, always.
        cell = cell_type(sheet, value=text)
        cell.data_type = "s"
        return cell
    return text
