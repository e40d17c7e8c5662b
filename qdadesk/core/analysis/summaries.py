"""Summary Grid and Summary Tables: the researcher's own summaries of what a code says in a
document or a case, beside the segments they condense.

Summaries live in the core's ``summaries`` table; ``project.set_summary`` writes them (one
undoable operation). This module reads them into grids and tables and searches them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from qdadesk.core.analysis import retrieval
from qdadesk.core.analysis.activation import ALL, Activation
from qdadesk.core.analysis.matrices import (
    CodeTable,
    Column,
    activated_document_ids,
    cell_activation,
    code_matrix,
    code_rows,
    unique_labels,
)
from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import tr
from qdadesk.core.model import Summary

if TYPE_CHECKING:
    import pandas as pd

    from qdadesk.core.project import Project

ROW_KINDS = ("documents", "cases")


def summaries_by_cell(project: Project) -> dict[tuple[int, str, int], Summary]:
    """Every summary keyed by (code id, ``document`` | ``case``, document or case id)."""
    result: dict[tuple[int, str, int], Summary] = {}
    for summary in project.summaries():
        if summary.document_id is not None:
            result[(summary.code_id, "document", summary.document_id)] = summary
        elif summary.case_id is not None:
            result[(summary.code_id, "case", summary.case_id)] = summary
    return result


def summary_for(
    project: Project, code_id: int, document_id: int | None = None, case_id: int | None = None
) -> Summary | None:
    """The summary of a code in one document or case, if there is one."""
    if document_id is not None:
        key = (code_id, "document", document_id)
    elif case_id is not None:
        key = (code_id, "case", case_id)
    else:
        return None
    return summaries_by_cell(project).get(key)


def summary_grid(
    project: Project, activation: Activation = ALL, owners: str = "documents"
) -> tuple[CodeTable, set[Any]]:
    """Codes x documents (or x cases) with segment counts, and the set of (code id, document
    or case id) cells that carry a summary (the grid marks them).

    A column's ``key`` is its document or case id. A case counts the segments of its
    documents; where a member is a range of a document, only the segments overlapping it.
    """
    if owners not in ROW_KINDS:
        raise QdaError(tr("A Summary Grid shows documents or cases"))
    if owners == "documents":
        table = code_matrix(project, activation, "documents", "count")
    else:
        table = _case_count_table(project, activation)
    kind = "document" if owners == "documents" else "case"
    summarised = {
        (code_id, owner_id)
        for (code_id, owner_kind, owner_id) in summaries_by_cell(project)
        if owner_kind == kind
    }
    return table, summarised


def grid_cell_segments(
    project: Project, activation: Activation, code_id: int, document_id: int
) -> pd.DataFrame:
    """The segments of one code in one document that a summary condenses."""
    cell = cell_activation(project, activation, code_id, {document_id})
    return retrieval.retrieve_segments(project, cell)


# -- cases -----------------------------------------------------------------------------------
CaseRanges = dict[int, list[tuple[int, int]] | None]


def case_ranges(project: Project, case_id: int) -> CaseRanges:
    """A case's documents: ``None`` where the whole document belongs to the case, else the
    (start, end) ranges of it that do (a whole-document member wins over ranges)."""
    ranges: CaseRanges = {}
    rows = project.db.execute(
        'SELECT document_id, start, "end" FROM case_members WHERE case_id = ? ORDER BY id',
        [case_id],
    )
    for document_id, start, end in rows:
        if start is None or end is None:
            ranges[document_id] = None
            continue
        kept = ranges.setdefault(document_id, [])
        if kept is not None:  # None: the whole document is in the case already
            kept.append((start, end))
    return ranges


def in_case(ranges: CaseRanges, document_id: int, start: int, end: int) -> bool:
    """Whether a segment belongs to the case: its document is a member, and where only
    ranges of the document are, the segment overlaps one of them (touching is not enough;
    a region without text, an empty run, overlaps no range)."""
    if document_id not in ranges:
        return False
    spans = ranges[document_id]
    return spans is None or (start < end and any(s < end and start < e for s, e in spans))


def case_cell_segments(
    project: Project, activation: Activation, code_id: int, case_id: int
) -> pd.DataFrame:
    """The segments of one code in one case (what a case summary condenses), as
    ``retrieve_segments`` lists them."""
    import pandas as pd

    ranges = case_ranges(project, case_id)
    cell = cell_activation(project, activation, code_id, set(ranges))
    frame = retrieval.retrieve_segments(project, cell)
    keep = [
        in_case(ranges, int(d), int(s), int(e))
        for d, s, e in zip(frame["document_id"], frame["start"], frame["end"], strict=True)
    ]
    # A boolean list, not frame[keep]: an empty list would select columns, not rows.
    return frame.loc[pd.Series(keep, index=frame.index, dtype=bool)].reset_index(drop=True)


def _case_count_table(project: Project, activation: Activation) -> CodeTable:
    """Codes x cases: how many segments of each code lie in each case."""
    import pandas as pd

    codes = code_rows(project, activation)
    scope = activated_document_ids(project, activation)
    scope_set = None if scope is None else set(scope)
    cases = project.cases()
    all_ranges = {case.id: case_ranges(project, case.id) for case in cases}
    if scope_set is not None:
        cases = [c for c in cases if set(all_ranges[c.id]) & scope_set]
        all_ranges = {
            c.id: {d: r for d, r in all_ranges[c.id].items() if d in scope_set} for c in cases
        }
    labels = unique_labels([c.name for c in cases])
    columns = [
        Column(c.id, label, frozenset(all_ranges[c.id]))
        for c, label in zip(cases, labels, strict=True)
    ]
    counts = pd.DataFrame(0, index=codes.index, columns=labels, dtype="int64")
    code_ids = retrieval.effective_code_ids(project, activation)
    codings = project.codings(
        document_ids=None if scope is None else sorted(scope), code_ids=code_ids
    )
    shown = set(codes.index)
    for coding in codings:
        if coding.code_id not in shown or not activation.allows_coding(coding.weight, coding.coder):
            continue
        for column in columns:
            if in_case(all_ranges[column.key], coding.document_id, coding.start, coding.end):
                counts.at[coding.code_id, column.label] += 1
    return CodeTable(
        codes=codes,
        columns=columns,
        values=counts,
        value="count",
        include_subcodes=False,
        row_totals=counts.sum(axis=1),
        column_totals=counts.sum(axis=0),
        grand_total=float(counts.to_numpy().sum()),
        activation=activation,
    )


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

    def text(summary: Summary | None) -> str:
        value = summary.text if summary else ""
        if ratings and summary and summary.rating:
            value = f"{value} [{summary.rating}]".strip()
        return value

    return _owner_table(project, code_ids, rows, variables, activation, text)


def _owner_table(
    project: Project,
    code_ids: Iterable[int] | None,
    rows: str,
    variables: Iterable[str],
    activation: Activation,
    make_cell: Callable[[Summary | None], Any],
) -> pd.DataFrame:
    """Owners (documents or cases) x variables and codes; ``make_cell`` turns a code's
    summary in the owner (or None) into the cell."""
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
        scope_set = None if scope is None else set(scope)
        owners = [
            (d.id, d.name) for d in project.documents() if scope_set is None or d.id in scope_set
        ]
        values = project.document_values()
        kind = "document"
        known = {v.name for v in project.variables("document")}
    else:
        owners = [(c.id, c.name) for c in project.cases()]
        values = project.case_values()
        kind = "case"
        known = {v.name for v in project.variables("case")}
    for name in variables:
        if name not in known:
            raise QdaError(tr("No variable called '{name}'").format(name=name))
    records = []
    for owner_id, name in owners:
        record: dict[str, Any] = {kind: name}
        for variable in variables:
            record[variable] = values.get(owner_id, {}).get(variable)
        for code_id in chosen:
            record[paths[code_id]] = make_cell(by_cell.get((code_id, kind, owner_id)))
        records.append(record)
    return pd.DataFrame(records, columns=[kind, *variables, *(paths[i] for i in chosen)])


# -- conceptually clustered matrix -----------------------------------------------------------
@dataclass(frozen=True)
class RatedSummary:
    """A summary led by its rating as the evaluative word ("adequate — …")."""

    text: str
    rating: str = ""

    def __str__(self) -> str:
        if self.rating and self.text:
            return f"{self.rating} — {self.text}"
        return self.rating or self.text


@dataclass(frozen=True)
class HeaderGroup:
    """A cell of the upper header row: ``label`` spans ``span`` columns; ``None`` means the
    columns are not grouped (each one's own label spans both header rows)."""

    label: str | None
    span: int


def group_codes_by_parent(
    project: Project, code_ids: Iterable[int]
) -> tuple[list[int], list[HeaderGroup], list[str]]:
    """The codes reordered so that siblings sit side by side (groups in order of their
    first code), the header groups over them (a parent code's path over its subcodes;
    top-level codes ungrouped), and each column's own label (a subcode's name, a top-level
    code's path)."""
    codes = {c.id: c for c in project.codes()}
    paths = project.code_paths()
    buckets: dict[Any, list[int]] = {}
    for code_id in code_ids:
        parent = codes[code_id].parent_id
        buckets.setdefault(("own", code_id) if parent is None else parent, []).append(code_id)
    ordered: list[int] = []
    groups: list[HeaderGroup] = []
    labels: list[str] = []
    for key, members in buckets.items():
        ordered.extend(members)
        if isinstance(key, tuple):
            groups.append(HeaderGroup(None, 1))
            labels.append(paths[members[0]])
        else:
            groups.append(HeaderGroup(paths[key], len(members)))
            labels.extend(codes[m].name for m in members)
    return ordered, groups, labels


@dataclass
class ClusteredMatrix:
    """A Summary Table whose code columns are grouped under their parent codes.

    ``frame``: the owner column, the variables, then one column per code (named by its
    path) holding a ``RatedSummary`` or None. ``header_groups`` covers every column of the
    frame; ``header_labels`` is the lower header row (one label per column).
    """

    frame: pd.DataFrame
    header_groups: list[HeaderGroup]
    header_labels: list[str]
    code_ids: list[int]

    def text_frame(self) -> pd.DataFrame:
        """Every cell as text (``rating — summary``), for CSV and plain exports."""
        return self.frame.map(lambda v: "" if v is None or v != v else str(v))


def clustered_summary_table(
    project: Project,
    code_ids: Iterable[int] | None = None,
    rows: str = "documents",
    variables: Iterable[str] = (),
    activation: Activation = ALL,
    ratings: bool = True,
) -> ClusteredMatrix:
    """Miles & Huberman's conceptually clustered matrix: informants (documents or cases) x
    themes grouped by their parent code, each cell the summary led by its rating as the
    evaluative word (``ratings=False`` leaves the word out)."""
    chosen = list(code_ids) if code_ids is not None else [c.id for c in project.codes()]
    paths = project.code_paths()
    for code_id in chosen:
        if code_id not in paths:
            raise QdaError(tr("No code with id {id}").format(id=code_id))
    ordered, groups, labels = group_codes_by_parent(project, chosen)

    def cell(summary: Summary | None) -> RatedSummary | None:
        if summary is None:
            return None
        return RatedSummary(summary.text, (summary.rating or "") if ratings else "")

    frame = _owner_table(project, ordered, rows, variables, activation, cell)
    variables = list(variables)
    first = tr("Case") if rows == "cases" else tr("Document")
    return ClusteredMatrix(
        frame=frame,
        header_groups=[HeaderGroup(None, 1)] * (1 + len(variables)) + groups,
        header_labels=[first, *variables, *labels],
        code_ids=ordered,
    )


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
