"""Document variables from Excel: one row per document, one column per variable.

The first column holds the document names, the header row the variable names. Each new
variable's type is detected from its values (integer, float, date, boolean, else text); the
whole import is one undoable operation (``project.transaction``). The export that writes the
same layout is ``qdadesk.core.exporters.variables_xlsx``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qdadesk.core.errors import NotFoundError, QdaError
from qdadesk.core.i18n import tr

if TYPE_CHECKING:
    from qdadesk.core.changes import Operation
    from qdadesk.core.project import Project

_BOOLEAN_WORDS = {"true", "false", "yes", "no"}


def detect_type(values: list[Any]) -> str:
    """The variable type that fits every non-empty value of a column."""
    present = [v for v in values if not _is_blank(v)]
    if not present:
        return "text"
    if all(
        isinstance(v, bool) or (isinstance(v, str) and v.strip().lower() in _BOOLEAN_WORDS)
        for v in present
    ):
        return "boolean"
    if all(_is_integer(v) for v in present):
        return "integer"
    if all(_is_float(v) for v in present):
        return "float"
    if all(_is_date(v) for v in present):
        return "date"
    return "text"


def _is_blank(value: Any) -> bool:
    """No value, as a variable sees it (``parse_value`` stores nothing for it)."""
    return value is None or (isinstance(value, str) and not value.strip())


def _is_integer(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    if isinstance(value, float):
        return value.is_integer()
    if isinstance(value, str):
        text = value.strip().lstrip("+-")
        return text.isdigit()
    return False


def _is_float(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return True
    if isinstance(value, str):
        try:
            float(value.strip().replace(",", "."))
        except ValueError:
            return False
        return True
    return False


def _is_date(value: Any) -> bool:
    if isinstance(value, (dt.date, dt.datetime)):
        return True
    if isinstance(value, str):
        try:
            dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return False
        return len(value.strip()) in (10, 19) or "T" in value
    return False


def read_variables_xlsx(
    path: str | Path,
) -> tuple[list[str], dict[str, str], list[tuple[str, dict[str, Any]]]]:
    """Read a sheet: (variable names, detected type per name, rows of (document, values))."""
    from openpyxl import load_workbook

    path = Path(path)
    if not path.is_file():
        raise QdaError(tr("{path}: no such file").format(path=path))
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a file that is not XLSX
        raise QdaError(
            tr("{path}: not an Excel workbook ({error})").format(path=path, error=error)
        ) from error
    try:
        sheet = book.worksheets[0]
        rows = list(sheet.iter_rows(values_only=True))
    finally:
        book.close()
    if not rows:
        raise QdaError(tr("{path}: the sheet is empty").format(path=path))
    header = [str(cell).strip() if cell is not None else "" for cell in rows[0]]
    names = [name for name in header[1:] if name]
    if not names:
        raise QdaError(
            tr("{path}: the first row must name the variables (after the document column)").format(
                path=path
            )
        )
    columns = [(index, name) for index, name in enumerate(header) if index > 0 and name]
    records: list[tuple[str, dict[str, Any]]] = []
    for row in rows[1:]:
        if not row or row[0] is None or not str(row[0]).strip():
            continue
        values = {name: row[index] if index < len(row) else None for index, name in columns}
        records.append((str(row[0]).strip(), values))
    types = {name: detect_type([values[name] for _, values in records]) for name in names}
    return names, types, records


def import_variables_xlsx(project: Project, path: str | Path) -> Operation:
    """Set documents' variable values from a sheet, as ONE undoable operation.

    New variables get the detected type; existing ones keep theirs (a value that does not
    fit is an error and nothing changes). Result: a dict with ``documents`` (rows applied),
    ``values`` (cells written), ``created`` (new variable names) and ``unknown`` (document
    names not in the project).
    """
    names, types, records = read_variables_xlsx(path)
    existing = {v.name: v.type for v in project.variables()}
    result: dict[str, Any] = {"documents": 0, "values": 0, "created": [], "unknown": []}
    with project.transaction(
        tr("Import variables from {name}").format(name=Path(path).name)
    ) as pending:
        for name in names:
            if name not in existing:
                project.add_variable(name, types[name])
                existing[name] = types[name]
                result["created"].append(name)
        for document_name, values in records:
            try:
                document = project.find_document(document_name)
            except NotFoundError:
                result["unknown"].append(document_name)
                continue
            result["documents"] += 1
            for name, value in values.items():
                try:
                    project.set_document_value(document.id, name, value)
                except QdaError as error:
                    raise QdaError(
                        tr("{document}, {name}: {error}").format(
                            document=document_name, name=name, error=error
                        )
                    ) from error
                result["values"] += not _is_blank(value)
        if not result["documents"]:
            raise QdaError(tr("None of the sheet's documents is in the project; nothing changed"))
        pending.result = result
    return pending.operation
