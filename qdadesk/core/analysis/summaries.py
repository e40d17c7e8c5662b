"""Summary Grid and Summary Tables: the researcher's own summaries of what a code says in a
document or a case, beside the segments they condense.

Summaries live in the core's ``summaries`` table; ``project.set_summary`` writes them (one
undoable operation). This module reads them into grids and tables and searches them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from qdadesk.core.analysis import retrieval
from qdadesk.core.analysis.activation import ALL, Activation
from qdadesk.core.analysis.matrices import (
    activated_document_ids,
    cell_activation,
    code_matrix,
)
from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import tr
from qdadesk.core.model import Summary

if TYPE_CHECKING:
    import pandas as pd

    from qdadesk.core.analysis.matrices import CodeTable
    from qdadesk.core.project import Project

ROW_KINDS = ("documents", "cases")


def summaries_by_cell(project: Project) -> dict[tuple[int, str, int], Summary]:
    """Every summary keyed by (code id, ``document`` | ``case``, document or case id)."""
    result = {}
    for summary in project.summaries():
        if summary.document_id is not None:
            result[(summary.code_id, "document", summary.document_id)] = summary
        else:
            result[(summary.code_id, "case", summary.case_id)] = summary
    return result


def summary_for(
    project: Project, code_id: int, document_id: int | None = None, case_id: int | None = None
) -> Summary | None:
    """The summary of a code in one document or case, if there is one."""
    key = (
        (code_id, "document", document_id)
        if document_id is not None
        else (code_id, "case", case_id)
    )
    return summaries_by_cell(project).get(key)  # type: ignore[arg-type]


def summary_grid(project: Project, activation: Activation = ALL) -> tuple[CodeTable, set]:
    """Codes x documents with segment counts, and the set of (code id, document id) cells
    that carry a summary (the grid marks them)."""
    table = code_matrix(project, activation, "documents", "count")
    summarised = {
        (code_id, owner_id)
        for (code_id, kind, owner_id) in summaries_by_cell(project)
        if kind == "document"
    }
    return table, summarised


def grid_cell_segments(
    project: Project, activation: Activation, code_id: int, document_id: int
) -> pd.DataFrame:
    """The segments of one code in one document that a summary condenses."""
    cell = cell_activation(project, activation, code_id, {document_id})
    return retrieval.retrieve_segments(project, cell)


def summary_table(
    project: Project,
    code_ids: Iterable[int] | None = None,
    rows: str = "documents",
    variables: Iterable[str] = (),
    activation: Activation = ALL,
    ratings: bool = False,
) -> pd.DataFrame:
    """Documents (or cases) in rows, chosen codes in columns, summaries in cells.

    First column ``document`` (or ``case``), then one column per chosen variable, then one
    column per code (named by its path). ``ratings`` appends a summary's rating as
    `` [rating]``. Rows: the documents in scope (or every case), in project order.
    """
    import pandas as pd

    if rows not in ROW_KINDS:
        raise QdaError(tr("Summary table rows are documents or cases"))
    paths = project.code_paths()
    chosen = list(code_ids) if code_ids is not None else [c.id for c in project.codes()]
    for code_id in chosen:
        if code_id not in paths:
            raise QdaError(tr("No code with id {id}").format(id=code_id))
    variables = list(variables)
    by_cell = summaries_by_cell(project)
    if rows == "documents":
        scope = activated_document_ids(project, activation)
        owners = [
            (d.id, d.name) for d in project.documents() if scope is None or d.id in set(scope)
        ]
        values = project.document_values()
        kind, first = "document", "document"
        known = {v.name for v in project.variables("document")}
    else:
        owners = [(c.id, c.name) for c in project.cases()]
        values = project.case_values()
        kind, first = "case", "case"
        known = {v.name for v in project.variables("case")}
    for name in variables:
        if name not in known:
            raise QdaError(tr("No variable called '{name}'").format(name=name))
    records = []
    for owner_id, name in owners:
        record: dict = {first: name}
        for variable in variables:
            record[variable] = values.get(owner_id, {}).get(variable)
        for code_id in chosen:
            summary = by_cell.get((code_id, kind, owner_id))
            text = summary.text if summary else ""
            if ratings and summary and summary.rating:
                text = f"{text} [{summary.rating}]".strip()
            record[paths[code_id]] = text
        records.append(record)
    return pd.DataFrame(records, columns=[first, *variables, *(paths[i] for i in chosen)])


def search_summaries(project: Project, text: str) -> pd.DataFrame:
    """Summaries whose text or rating contains ``text`` (case-insensitive).

    Columns: ``code``, ``document``, ``case``, ``text``, ``rating``, ``author``,
    ``summary_id``, ``code_id``, ``document_id``, ``case_id``.
    """
    import pandas as pd

    needle = text.casefold().strip()
    paths = project.code_paths()
    documents = {d.id: d.name for d in project.documents()}
    cases = {c.id: c.name for c in project.cases()}
    rows = []
    for summary in project.summaries():
        haystack = f"{summary.text}\n{summary.rating or ''}".casefold()
        if needle and needle not in haystack:
            continue
        rows.append(
            {
                "code": paths.get(summary.code_id, ""),
                "document": documents.get(summary.document_id, "") if summary.document_id else "",
                "case": cases.get(summary.case_id, "") if summary.case_id else "",
                "text": summary.text,
                "rating": summary.rating or "",
                "author": summary.author or "",
                "summary_id": summary.id,
                "code_id": summary.code_id,
                "document_id": summary.document_id,
                "case_id": summary.case_id,
            }
        )
    columns = [
        "code",
        "document",
        "case",
        "text",
        "rating",
        "author",
        "summary_id",
        "code_id",
        "document_id",
        "case_id",
    ]
    return pd.DataFrame(rows, columns=columns)
