"""Writing records for the command line: a table for people, JSON, CSV or XLSX for scripts.

Without ``--format`` a terminal gets a readable table and a pipe gets JSON, so scripts
never parse a layout meant for eyes.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from qdadesk.cli.common import option
from qdadesk.core import safe_write
from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import ntr, tr
from qdadesk.core.table_values import is_pandas_na, python_value

if TYPE_CHECKING:
    import pandas as pd


def add_format_options(
    parser: argparse.ArgumentParser, formats: tuple[str, ...] = ("json", "csv", "xlsx")
) -> None:
    parser.add_argument(
        "--format",
        choices=("table", *formats),
        default=None,
        help="output format (default: a table on a terminal, JSON otherwise)",
    )
    if "csv" in formats or "xlsx" in formats:
        parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE, not stdout")


def chosen_format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    return "table" if sys.stdout.isatty() else "json"


def write_records(
    args: argparse.Namespace,
    records: list[dict[str, Any]] | pd.DataFrame,
    columns: list[str] | None = None,
) -> None:
    """Write records (dicts or a DataFrame) in the format the user chose."""
    import pandas as pd

    # dtype=object: a column of whole numbers with gaps stays 44, not 44.0.
    frame = (
        records
        if isinstance(records, pd.DataFrame)
        else pd.DataFrame(records, columns=columns, dtype=object)
    )
    if columns is not None:
        frame = frame[columns]
    fmt = chosen_format(args)
    output = option(args, "output")  # commands with their own --format may have no -o
    if fmt == "xlsx":
        if not output:
            raise QdaError(tr("--format xlsx needs -o FILE"))
        _write_xlsx(frame, output)
        return
    # JSON and CSV are written a batch of rows at a time: a million search hits must not
    # become one giant string (or a list of a million dicts) first.
    if fmt == "json":
        chunks = _json_chunks(frame)
    elif fmt == "csv":
        chunks = _csv_chunks(frame)
    else:
        chunks = iter([_table(frame)])
    if output:
        try:
            with safe_write.atomic_open(output, "w", encoding="utf-8", newline="") as handle:
                for chunk in chunks:
                    handle.write(chunk)
        except OSError as error:
            raise QdaError(
                tr("{path}: cannot write ({error})").format(path=output, error=_reason(error))
            ) from error
    else:
        for chunk in chunks:
            write_stdout(chunk)


_BATCH = 2000  # rows formatted at once


def _json_chunks(frame: pd.DataFrame) -> Iterator[str]:
    """``json.dumps(records, ensure_ascii=False, indent=2)`` plus a newline, in pieces."""
    import textwrap

    if frame.empty:
        yield "[]\n"
        return
    columns = [str(c) for c in frame.columns]
    first = True
    for start in range(0, len(frame), _BATCH):
        part = frame.iloc[start : start + _BATCH]
        pieces = []
        for row in part.itertuples(index=False, name=None):
            record = {c: _json_value(v) for c, v in zip(columns, row, strict=True)}
            pieces.append(textwrap.indent(json.dumps(record, ensure_ascii=False, indent=2), "  "))
        yield ("[\n" if first else ",\n") + ",\n".join(pieces)
        first = False
    yield "\n]\n"


def _json_value(value: Any) -> Any:
    import math

    value = python_value(value)
    if isinstance(value, float) and math.isnan(value):
        return None
    if is_pandas_na(value):
        return None
    return value


def _csv_chunks(frame: pd.DataFrame) -> Iterator[str]:
    for start in range(0, max(len(frame), 1), _BATCH):
        yield csv_text(frame.iloc[start : start + _BATCH], header=start == 0)


def csv_text(frame: pd.DataFrame, header: bool = True) -> str:
    """``frame`` as CSV, text cells that a spreadsheet would evaluate neutralised."""
    import pandas as pd
    from pandas.api.types import is_datetime64_any_dtype, is_numeric_dtype

    from qdadesk.core.exporters.cells import csv_safe

    # Only text columns can hold text; each keeps its dtype (44 stays 44, not 44.0).
    columns = {
        index: (
            pd.Series([csv_safe(v) for v in series], index=series.index, dtype=object)
            if not (is_numeric_dtype(series) or is_datetime64_any_dtype(series))
            else series
        )
        for index, (_, series) in enumerate(frame.items())
    }
    names = [csv_safe(column) for column in frame.columns]
    frame = pd.DataFrame(columns)
    frame.columns = names
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False, header=header, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    return buffer.getvalue()


def _reason(error: OSError) -> str:
    return error.strerror or str(error) or type(error).__name__


def write_json(value: Any) -> None:
    write_stdout(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def write_stdout(text: str) -> None:
    """Write UTF-8 to stdout whatever the console's encoding."""
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


def _write_xlsx(frame: pd.DataFrame, path: str) -> None:
    import pandas as pd

    from qdadesk.core.exporters.cells import neutralise_sheet

    frame, cut = _excel_ready(frame)
    try:
        with (
            safe_write.atomic_path(path) as temporary,
            pd.ExcelWriter(temporary, engine="openpyxl") as writer,
        ):
            frame.to_excel(writer, index=False)
            # openpyxl takes any text starting with "=" for a formula: a segment reading
            # "=1+1" would show as 2 (and a crafted one could run). Records are data.
            for sheet in writer.sheets.values():
                neutralise_sheet(sheet)
    except OSError as error:
        raise QdaError(
            tr("{path}: cannot write ({error})").format(path=path, error=_reason(error))
        ) from error
    if cut:
        print(
            ntr(
                "qdadesk-cli: note: {n} cell was longer than Excel allows "
                "({limit} characters) and was cut",
                "qdadesk-cli: note: {n} cells were longer than Excel allows "
                "({limit} characters) and were cut",
                cut,
            ).format(limit=_EXCEL_CELL_LIMIT),
            file=sys.stderr,
        )


_EXCEL_CELL_LIMIT = 32767


def _excel_ready(frame: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """The frame with text Excel can hold, and how many cells had to be cut.

    A worksheet cannot hold most C0 control characters (form feed, escape, ... which
    plain-text transcripts may contain): each becomes its visible Control Pictures sign
    (U+2400 + code), one character for one, so lengths still match the segment offsets.
    """
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    cut = 0

    def clean(value: Any) -> Any:
        nonlocal cut
        if not isinstance(value, str):
            return value
        value = ILLEGAL_CHARACTERS_RE.sub(lambda m: chr(0x2400 + ord(m.group())), value)
        if len(value) > _EXCEL_CELL_LIMIT:
            cut += 1
            value = value[:_EXCEL_CELL_LIMIT]
        return value

    frame = frame.copy()
    frame.columns = [clean(column) for column in frame.columns]
    for column in range(frame.shape[1]):
        frame.iloc[:, column] = frame.iloc[:, column].map(clean)
    return frame, cut


def _table(frame: pd.DataFrame) -> str:
    if frame.empty:
        return "(none)\n"
    cells = [[str(c) for c in frame.columns]] + [
        [_short(value) for value in row] for row in frame.itertuples(index=False)
    ]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(cells[0]))]
    lines = [
        "  ".join(
            cell + " " * (width - _width(cell)) for cell, width in zip(row, widths, strict=True)
        ).rstrip()
        for row in cells
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines) + "\n"


def _width(text: str) -> int:
    """Columns ``text`` takes on a terminal: CJK and emoji take two, combining marks none."""
    import unicodedata

    width = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        if "\ufe00" <= char <= "\ufe0f":  # variation selectors
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def _short(value: Any, limit: int = 60) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
