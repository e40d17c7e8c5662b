"""Document variables to and from Excel: one row per document, one column per variable.

The first column holds the document names, the header row the variable names. On import,
each new variable's type is detected from its values (integer, float, date, boolean, else
text); the whole import is one undoable operation.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qdadesk.core import safe_write
from qdadesk.core.errors import NotFoundError, QdaError
from qdadesk.core.exporters.cells import set_xlsx_value
from qdadesk.core.i18n import tr

if TYPE_CHECKING:
    from qdadesk.core.changes import Operation
    from qdadesk.core.project import Project

_BOOLEAN_WORDS = {"true", "false", "yes", "no"}


def detect_type(values: list[Any]) -> str:
    """The variable type that fits every non-empty value of a column."""
    present = [v for v in values if v is not None and not (isinstance(v, str) and not v.strip())]
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
    with project._writing(tr("Import variables from {name}").format(name=Path(path).name)) as w:
        for name in names:
            if name not in existing:
                project._variable_for_value("document", name, None, types[name])
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
                    variable_id, stored = project._variable_for_value("document", name, value, None)
                except QdaError as error:
                    raise QdaError(
                        tr("{document}, {name}: {error}").format(
                            document=document_name, name=name, error=error
                        )
                    ) from error
                project._store_value(
                    "document_values", "document_id", document.id, variable_id, stored
                )
                result["values"] += stored is not None
        if not result["documents"]:
            raise QdaError(tr("None of the sheet's documents is in the project; nothing changed"))
        w.result = result
    return w.operation  # type: ignore[return-value]


def export_variables_xlsx(project: Project, path: str | Path) -> Path:
    """Write every document's variable values to an Excel sheet (document names first)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    path = Path(path)
    if not path.parent.is_dir():
        raise QdaError(tr("{path}: the folder does not exist").format(path=path.parent))
    variables = project.variables()
    values = project.document_values()
    book = Workbook()
    sheet = book.active
    sheet.title = tr("Document variables")[:31]
    sheet.append([tr("Document")] + [v.name for v in variables])
    for cell in sheet[1]:
        set_xlsx_value(cell, cell.value)
        cell.font = Font(bold=True)
    for document in project.documents():
        row: list[Any] = [document.name]
        for variable in variables:
            value = values.get(document.id, {}).get(variable.name)
            if value is not None and variable.type == "date":
                value = dt.date.fromisoformat(str(value))
            row.append(value)
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            set_xlsx_value(cell, cell.value)  # a name or value is never a formula
        for column, variable in enumerate(variables, start=2):
            if variable.type == "date":
                sheet.cell(sheet.max_row, column).number_format = "yyyy-mm-dd"
    sheet.column_dimensions["A"].width = 36
    sheet.freeze_panes = "B2"
    try:
        with safe_write.atomic_path(path) as temporary:
            book.save(temporary)
    except OSError as error:
        raise QdaError(
            tr("{path}: cannot write ({error})").format(path=path, error=error)
        ) from error
    return path
