"""Document variables to Excel: one row per document, one column per variable.

The first column holds the document names, the header row the variable names: the layout
``qdadesk.core.importers.variables_xlsx`` reads back.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qdadesk.core import safe_write
from qdadesk.core.errors import QdaError
from qdadesk.core.exporters.cells import set_xlsx_value
from qdadesk.core.i18n import tr

if TYPE_CHECKING:
    from qdadesk.core.project import Project


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
