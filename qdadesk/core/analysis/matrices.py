"""Code Matrix Browser, code frequencies and the pieces every display shares.

A code matrix puts codes (rows, in code-system order) against documents, document groups,
document sets or the values of a document variable (columns). Everything is computed from
one SQL ``GROUP BY code_id, document_id`` over the activated codings, then reshaped with
pandas, so the cost does not grow with the number of cells.

Rules (the same in the window, the command line and the exports):

- A segment counts in a column when its document belongs to the column. Groups include
  their subgroups' documents; a document set holds its members; a variable value holds the
  documents with that value ("(no value)" holds those without one).
- ``include_subcodes``: a code's row adds the segments of its shown subcodes.
- Totals count every segment once: a row total is the number of the row's segments in the
  documents of all columns; a column total is the number of segments of the shown codes in
  the column (a parent's aggregated row does not count its subcodes' segments twice).
  ``row-percent`` and ``column-percent`` divide a cell by those totals (x 100); their
  margins are percentages too (each row, resp. column, makes 100; the other margin is each
  column's, resp. row's, share of the grand total).
- In ``presence`` mode cells are 1 or 0 and the totals count the marked cells.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from qdadesk.core.analysis import retrieval
from qdadesk.core.analysis.activation import ALL, Activation
from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import tr, tr_noop
from qdadesk.core.ops.documents import groups_in_tree_order

if TYPE_CHECKING:
    import pandas as pd

    from qdadesk.core.project import Project

VALUE_KINDS = ("count", "presence", "row-percent", "column-percent")
NO_GROUP = tr_noop("(no group)")
NO_VALUE = tr_noop("(no value)")


# -- activation ------------------------------------------------------------------------------
def scoped_activation(
    activation: Activation, only_documents: bool = True, only_codes: bool = True
) -> Activation:
    """The activation a display uses given its "only activated documents/codes" switches:
    a switch that is off widens that side to everything (weights and coders still apply)."""
    return replace(
        activation,
        document_ids=activation.document_ids if only_documents else None,
        code_ids=activation.code_ids if only_codes else None,
    )


def activated_document_ids(project: Project, activation: Activation) -> list[int] | None:
    """The document ids an activation selects (None: all). Activation by formula or by
    group resolves into ``document_ids`` too, so this is the one place to read."""
    return None if activation.document_ids is None else sorted(activation.document_ids)


def segment_filter(
    project: Project, activation: Activation, alias: str = "c"
) -> tuple[str, list[Any]]:
    """A SQL condition on ``codings`` (as ``alias``) for the activation, and its arguments."""
    clauses: list[str] = []
    args: list[Any] = []
    document_ids = activated_document_ids(project, activation)
    if document_ids is not None:
        clauses.append(f"{alias}.document_id IN (SELECT value FROM json_each(?))")
        args.append(json.dumps(document_ids))
    code_ids = retrieval.effective_code_ids(project, activation)
    if code_ids is not None:
        clauses.append(f"{alias}.code_id IN (SELECT value FROM json_each(?))")
        args.append(json.dumps(code_ids))
    if activation.min_weight > 0 or activation.max_weight < 100:
        clauses.append(f"{alias}.weight BETWEEN ? AND ?")
        args.extend([activation.min_weight, activation.max_weight])
    if activation.coders is not None:
        # A segment without a coder counts as coder "" (as ``Activation.allows_coding``).
        no_coder = f" OR {alias}.coder_id IS NULL" if "" in activation.coders else ""
        clauses.append(
            f"({alias}.coder_id IN (SELECT id FROM users WHERE name IN "
            f"(SELECT value FROM json_each(?))){no_coder})"
        )
        args.append(json.dumps(sorted(activation.coders)))
    return (" AND ".join(clauses) or "1"), args


# -- rows: codes -----------------------------------------------------------------------------
def code_rows(project: Project, activation: Activation = ALL) -> pd.DataFrame:
    """The codes a display shows, in code-system order.

    Index: code id. Columns: ``path``, ``name``, ``depth`` (0 = top level), ``color``,
    ``parent_id``. With activated codes, only those (and their subcodes when the activation
    includes subcodes).
    """
    import pandas as pd

    codes = project.codes()
    paths = project.code_paths()
    parents = {c.id: c.parent_id for c in codes}
    wanted = retrieval.effective_code_ids(project, activation)
    wanted_set = None if wanted is None else set(wanted)
    rows = []
    for code in codes:
        if wanted_set is not None and code.id not in wanted_set:
            continue
        depth, parent = 0, code.parent_id
        while parent is not None:
            depth += 1
            parent = parents.get(parent)
        rows.append((code.id, paths[code.id], code.name, depth, code.color, code.parent_id))
    frame = pd.DataFrame(rows, columns=["code_id", "path", "name", "depth", "color", "parent_id"])
    frame = frame.set_index("code_id")
    frame.attrs["parents"] = parents
    return frame


def shown_ancestors(
    codes: pd.DataFrame, parents: dict[int, int | None] | None = None
) -> dict[int, list[int]]:
    """For each shown code: itself and its shown ancestors (to aggregate subcodes upward).

    ``parents`` (every code's parent id) lets the chain pass codes that are not shown."""
    shown = set(codes.index)
    if parents is None:
        parents = codes.attrs.get("parents") or codes["parent_id"].to_dict()
    result: dict[int, list[int]] = {}
    for code_id in codes.index:
        chain, current = [], code_id
        while current is not None and current == current:  # NaN-safe
            current = int(current)
            if current in shown:
                chain.append(current)
            current = parents.get(current)
        result[int(code_id)] = chain
    return result


# -- columns ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Column:
    """One column of a display: a label and the documents it holds."""

    key: Any
    label: str
    document_ids: frozenset[int]


def parse_columns(spec: str) -> tuple[str, str | None]:
    """``documents`` | ``groups`` | ``sets`` | ``variable:NAME`` -> (kind, variable name)."""
    spec = spec.strip()
    if spec in ("documents", "groups", "sets", "cases"):
        return spec, None
    if spec.startswith("variable:") and spec[len("variable:") :].strip():
        return "variable", spec[len("variable:") :].strip()
    raise QdaError(
        tr("Unknown columns '{spec}': use documents, groups, sets or variable:NAME").format(
            spec=spec
        )
    )


def column_axis(project: Project, spec: str, document_ids: list[int] | None) -> list[Column]:
    """The columns for ``spec`` over the documents in scope (``None``: all documents).

    Documents: one column each. Groups, sets, variable values: only those holding a document
    in scope, in their project order (values sorted; "(no value)" last).
    """
    kind, variable = parse_columns(spec)
    documents = project.documents()
    scope = [d for d in documents if document_ids is None or d.id in set(document_ids)]
    scope_ids = {d.id for d in scope}
    if kind == "documents":
        return [Column(d.id, d.name, frozenset([d.id])) for d in scope]
    if kind == "groups":
        return _group_columns(project, scope)
    if kind == "sets":
        return _set_columns(project, scope_ids)
    if kind == "cases":
        return _case_columns(project, scope_ids)
    return variable_columns(project, variable or "", scope_ids)


def _group_columns(project: Project, scope: list[Any]) -> list[Column]:
    groups = project.groups()
    parents = {g.id: g.parent_id for g in groups}
    members: dict[int, set[int]] = {g.id: set() for g in groups}
    ungrouped: set[int] = set()
    for document in scope:
        if document.group_id is None:
            ungrouped.add(document.id)
        group = document.group_id
        while group is not None:
            members[group].add(document.id)
            group = parents.get(group)
    columns = [
        Column(g.id, project.group_path(g.id), frozenset(members[g.id]))
        for g in groups_in_tree_order(groups)
        if members[g.id]
    ]
    if ungrouped:
        columns.append(Column(None, tr(NO_GROUP), frozenset(ungrouped)))
    return columns


def _set_columns(project: Project, scope_ids: set[int]) -> list[Column]:
    sets = project.db.execute("SELECT id, name FROM document_sets ORDER BY position, id").fetchall()
    members: dict[int, set[int]] = {set_id: set() for set_id, _ in sets}
    for set_id, document_id in project.db.execute(
        "SELECT set_id, document_id FROM document_set_members"
    ):
        if document_id in scope_ids:
            members[set_id].add(document_id)
    labels = unique_labels([name for _, name in sets])
    return [
        Column(set_id, label, frozenset(members[set_id]))
        for (set_id, _), label in zip(sets, labels, strict=True)
        if members[set_id]
    ]


def _case_columns(project: Project, scope_ids: set[int]) -> list[Column]:
    members: dict[int, set[int]] = {}
    for case_id, document_id in project.db.execute("SELECT case_id, document_id FROM case_members"):
        if document_id in scope_ids:
            members.setdefault(case_id, set()).add(document_id)
    cases = [c for c in project.cases() if c.id in members]
    labels = unique_labels([c.name for c in cases])
    return [
        Column(c.id, label, frozenset(members[c.id]))
        for c, label in zip(cases, labels, strict=True)
    ]


def variable_columns(project: Project, name: str, scope_ids: set[int]) -> list[Column]:
    """One column per value of document variable ``name`` among the documents in scope."""
    variable = project.find_variable(name)
    values: dict[Any, set[int]] = {}
    valued: set[int] = set()
    for document_id, value in project.db.execute(
        "SELECT document_id, value FROM document_values WHERE variable_id = ?", [variable.id]
    ):
        if document_id in scope_ids and value is not None:
            values.setdefault(value, set()).add(document_id)
            valued.add(document_id)
    columns = [
        Column(value, format_value(value, variable.type), frozenset(ids))
        for value, ids in sorted(values.items(), key=lambda item: _sort_key(item[0]))
    ]
    missing = scope_ids - valued
    if missing:
        columns.append(Column(None, tr(NO_VALUE), frozenset(missing)))
    return columns


def format_value(value: Any, type_: str) -> str:
    """A variable value as a column label."""
    if type_ == "boolean":
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(value)
    return str(value)


def _sort_key(value: Any) -> tuple[int, Any]:
    if isinstance(value, int | float):
        return (0, value)
    return (1, str(value))


def unique_labels(labels: list[str]) -> list[str]:
    """Labels made unique by numbering repeats ("A", "A (2)")."""
    seen: dict[str, int] = {}
    result = []
    for label in labels:
        count = seen.get(label, 0) + 1
        seen[label] = count
        result.append(label if count == 1 else f"{label} ({count})")
    return result


# -- the matrix ------------------------------------------------------------------------------
@dataclass
class CodeTable:
    """A codes x columns table and what a view needs to go back to the segments.

    ``values``: index = code ids (the rows of ``codes``), columns = column labels.
    ``row_totals`` / ``column_totals`` / ``grand_total`` follow the module's totals rule.
    """

    codes: pd.DataFrame
    columns: list[Column]
    values: pd.DataFrame
    value: str
    include_subcodes: bool
    row_totals: pd.Series
    column_totals: pd.Series
    grand_total: float
    activation: Activation = field(default_factory=Activation)

    def labelled(self, totals: bool = False, indent: bool = False) -> pd.DataFrame:
        """The table with code paths in a first column ``code`` (and a Total row and column)."""
        frame = self.values.copy()
        if totals:
            frame[tr("Total")] = self.row_totals
        labels = [
            ("    " * int(self.codes.at[i, "depth"]) + self.codes.at[i, "name"])
            if indent
            else self.codes.at[i, "path"]
            for i in frame.index
        ]
        frame.insert(0, "code", labels)
        frame = frame.reset_index(drop=True)
        if totals:
            total_row = {"code": tr("Total"), **self.column_totals.to_dict()}
            total_row[tr("Total")] = self.grand_total
            frame.loc[len(frame)] = total_row
        return frame

    def column(self, label: str) -> Column:
        for column in self.columns:
            if column.label == label:
                return column
        raise QdaError(tr("No column '{label}'").format(label=label))


def segment_counts(project: Project, activation: Activation = ALL) -> pd.DataFrame:
    """Activated segments counted per (code_id, document_id): one SQL GROUP BY."""
    import pandas as pd

    rows = _segment_count_rows(project, activation)
    return pd.DataFrame(rows, columns=["code_id", "document_id", "n"], dtype="int64")


def _segment_count_rows(project: Project, activation: Activation) -> list[tuple[int, int, int]]:
    """``(code_id, document_id, segments)`` for the activated segments: one GROUP BY."""
    where, args = segment_filter(project, activation)
    return project.db.execute(
        f"SELECT c.code_id, c.document_id, COUNT(*) FROM codings c WHERE {where} "
        "GROUP BY c.code_id, c.document_id",
        args,
    ).fetchall()


def aggregate_subcodes(counts: pd.DataFrame, codes: pd.DataFrame) -> pd.DataFrame:
    """Per-(code, document) counts where each shown code also carries its shown subcodes'."""
    import pandas as pd

    chains = shown_ancestors(codes)
    long = counts[counts["code_id"].isin(chains.keys())].copy()
    long["code_id"] = long["code_id"].map(chains)
    long = long.explode("code_id")
    long["code_id"] = long["code_id"].astype("int64")
    if long.empty:
        return pd.DataFrame(columns=["code_id", "document_id", "n"], dtype="int64")
    return long.groupby(["code_id", "document_id"], as_index=False)["n"].sum()


def _membership(columns: list[Column]) -> pd.DataFrame:
    import pandas as pd

    pairs = [(d, c.label) for c in columns for d in c.document_ids]
    return pd.DataFrame(pairs, columns=["document_id", "column"]).astype({"document_id": "int64"})


def _to_columns(long: pd.DataFrame, columns: list[Column], how: str) -> pd.DataFrame:
    """(code, document, n) -> (code, column, n) summed, or counting documents with n > 0."""
    merged = long.merge(_membership(columns), on="document_id")
    if how == "documents":
        merged = merged.assign(n=(merged["n"] > 0).astype("int64"))
    return merged.groupby(["code_id", "column"], as_index=False)["n"].sum()


def _pivot(long: pd.DataFrame, codes: pd.DataFrame, columns: list[Column]) -> pd.DataFrame:
    labels = [c.label for c in columns]
    if long.empty:
        import pandas as pd

        return pd.DataFrame(0, index=codes.index, columns=labels, dtype="int64")
    table = long.pivot(index="code_id", columns="column", values="n")
    table = table.reindex(index=codes.index, columns=labels).fillna(0).astype("int64")
    table.columns.name = None
    return table


@dataclass
class _Grid:
    cells: Any
    row_totals: Any
    column_totals: Any
    grand_total: int


def _count_grid(
    project: Project,
    activation: Activation,
    codes: pd.DataFrame,
    axis: list[Column],
    include_subcodes: bool,
) -> _Grid:
    """Segment counts per (shown code, column) with the module's totals, in numpy.

    One SQL GROUP BY gives (code, document, n); documents are spread over the columns that
    hold them and codes over the rows that show them (itself, and its shown ancestors when
    subcodes are included), with ``bincount`` instead of a loop per cell.
    """
    import numpy as np

    fetched = _segment_count_rows(project, activation)
    pairs = np.fromiter(
        itertools.chain.from_iterable(fetched), dtype=np.int64, count=3 * len(fetched)
    ).reshape(-1, 3)
    n_rows, n_columns = len(codes), len(axis)
    code_ids = np.asarray(codes.index, dtype=np.int64)
    # Row positions of each fetched code (own row; -1 when the code is not shown).
    position = _lookup(code_ids, np.arange(n_rows), pairs[:, 0])
    own = pairs[position >= 0]
    own_rows = position[position >= 0]
    if include_subcodes:
        row_of = {int(code_id): row for row, code_id in enumerate(code_ids)}
        chains = shown_ancestors(codes)
        chain_rows = [[row_of[a] for a in chains[int(c)]] for c in code_ids]
        lengths = np.array([len(chain) for chain in chain_rows], dtype=np.int64)
        flat = np.array([r for chain in chain_rows for r in chain], dtype=np.int64)
        starts = np.cumsum(lengths) - lengths
        repeat = lengths[own_rows]
        agg_rows = flat[_expand(starts[own_rows], repeat)]
        agg = np.repeat(own, repeat, axis=0)
    else:
        agg_rows, agg = own_rows, own
    # Column memberships as sorted (document, column) pairs.
    member_documents = np.array([d for c in axis for d in c.document_ids], dtype=np.int64)
    member_columns = np.array(
        [i for i, c in enumerate(axis) for _ in c.document_ids], dtype=np.int64
    )
    order = np.argsort(member_documents, kind="stable")
    member_documents, member_columns = member_documents[order], member_columns[order]

    def spread(rows: Any, data: Any) -> tuple[Any, Any, Any]:
        first = np.searchsorted(member_documents, data[:, 1], "left")
        last = np.searchsorted(member_documents, data[:, 1], "right")
        repeat = last - first
        take = _expand(first, repeat)
        return np.repeat(rows, repeat), member_columns[take], np.repeat(data[:, 2], repeat)

    rows_c, columns_c, n_c = spread(agg_rows, agg)
    cells = (
        np.bincount(rows_c * n_columns + columns_c, weights=n_c, minlength=n_rows * n_columns)
        .astype(np.int64)
        .reshape(n_rows, n_columns)
    )
    in_scope = np.isin(agg[:, 1], member_documents)
    row_totals = np.bincount(agg_rows[in_scope], weights=agg[in_scope, 2], minlength=n_rows).astype(
        np.int64
    )
    _, own_columns, own_n = spread(own_rows, own)
    column_totals = np.bincount(own_columns, weights=own_n, minlength=n_columns).astype(np.int64)
    grand_total = int(own[np.isin(own[:, 1], member_documents), 2].sum())
    return _Grid(cells, row_totals, column_totals, grand_total)


def _lookup(keys: Any, values: Any, wanted: Any) -> Any:
    """``values`` at the positions of ``wanted`` in ``keys`` (-1 where absent)."""
    import numpy as np

    if len(keys) == 0:
        return np.full(len(wanted), -1, dtype=np.int64)
    order = np.argsort(keys)
    sorted_keys = keys[order]
    found = np.searchsorted(sorted_keys, wanted)
    found = np.clip(found, 0, len(keys) - 1)
    hit = sorted_keys[found] == wanted
    return np.where(hit, np.asarray(values)[order][found], -1)


def _expand(starts: Any, repeat: Any) -> Any:
    """Indices ``start, start+1, ..., start+repeat-1`` for every (start, repeat), flattened."""
    import numpy as np

    total = int(repeat.sum())
    if not total:
        return np.zeros(0, dtype=np.int64)
    offsets = np.arange(total) - np.repeat(np.cumsum(repeat) - repeat, repeat)
    return np.repeat(starts, repeat) + offsets


def code_matrix(
    project: Project,
    activation: Activation = ALL,
    columns: str = "documents",
    value: str = "count",
    include_subcodes: bool = False,
) -> CodeTable:
    """The Code Matrix Browser's table: codes x ``columns`` with ``value`` cells.

    ``columns``: ``documents`` | ``groups`` | ``sets`` | ``variable:NAME``;
    ``value``: ``count`` | ``presence`` | ``row-percent`` | ``column-percent``.
    """
    if value not in VALUE_KINDS:
        raise QdaError(
            tr("Unknown cell value '{value}': use {kinds}").format(
                value=value, kinds=", ".join(VALUE_KINDS)
            )
        )
    import pandas as pd

    codes = code_rows(project, activation)
    axis = column_axis(project, columns, activated_document_ids(project, activation))
    grid = _count_grid(project, activation, codes, axis, include_subcodes)
    labels = [c.label for c in axis]
    counts = pd.DataFrame(grid.cells, index=codes.index, columns=labels)
    row_totals = pd.Series(grid.row_totals, index=codes.index)
    column_totals = pd.Series(grid.column_totals, index=labels)
    grand_total = float(grid.grand_total)

    if value == "count":
        values = counts
    elif value == "presence":
        values = (counts > 0).astype("int64")
        row_totals = values.sum(axis=1)
        column_totals = values.sum(axis=0)
        grand_total = float(values.to_numpy().sum())
    elif value == "row-percent":
        values = counts.div(row_totals.where(row_totals > 0), axis=0).mul(100).fillna(0.0)
        # Margins in percent too: each row sums to 100, the Total row is each column's share.
        column_totals = column_totals * 100.0 / grand_total if grand_total else column_totals * 0.0
        row_totals = (row_totals > 0) * 100.0
        grand_total = 100.0 if grand_total else 0.0
    else:
        values = counts.div(column_totals.where(column_totals > 0), axis=1).mul(100).fillna(0.0)
        row_totals = row_totals * 100.0 / grand_total if grand_total else row_totals * 0.0
        column_totals = (column_totals > 0) * 100.0
        grand_total = 100.0 if grand_total else 0.0
    if value in ("count", "presence"):
        row_totals = row_totals.astype("int64")
        column_totals = column_totals.astype("int64")
    return CodeTable(
        codes=codes,
        columns=axis,
        values=values,
        value=value,
        include_subcodes=include_subcodes,
        row_totals=row_totals,
        column_totals=column_totals,
        grand_total=grand_total,
        activation=activation,
    )


def cell_activation(
    project: Project,
    activation: Activation,
    code_ids: list[int] | int,
    document_ids: frozenset[int] | set[int],
    include_subcodes: bool = False,
) -> Activation:
    """The activation that retrieves a cell's segments: its codes (with subcodes when the
    table aggregates them, limited to the shown codes) in its documents."""
    if isinstance(code_ids, int):
        code_ids = [code_ids]
    wanted: set[int] = set()
    shown = retrieval.effective_code_ids(project, activation)
    for code_id in code_ids:
        subtree = project.code_subtree(code_id) if include_subcodes else [code_id]
        wanted.update(i for i in subtree if shown is None or i in shown)
    documents = set(document_ids)
    scope = activated_document_ids(project, activation)
    if scope is not None:
        documents &= set(scope)
    return replace(
        activation,
        document_ids=frozenset(documents),
        code_ids=frozenset(wanted),
        include_subcodes=False,
    )


def cell_segments(
    project: Project, table: CodeTable, code_id: int, column_label: str
) -> pd.DataFrame:
    """The segments behind one cell of a code matrix (as ``retrieve_segments`` lists them)."""
    column = table.column(column_label)
    activation = cell_activation(
        project, table.activation, code_id, column.document_ids, table.include_subcodes
    )
    return retrieval.retrieve_segments(project, activation)


# -- frequencies -----------------------------------------------------------------------------
def code_frequencies(
    project: Project, activation: Activation = ALL, include_subcodes: bool = False
) -> pd.DataFrame:
    """Codes by number of segments and of documents, with shares.

    Columns: ``code`` (path), ``segments``, ``documents``, ``percent_segments`` (of all
    activated segments of the shown codes, each once), ``percent_documents`` (of the
    documents in scope). Index: code ids, in code-system order.
    """
    codes = code_rows(project, activation)
    own = segment_counts(project, activation)
    own = own[own["code_id"].isin(codes.index)]
    long = aggregate_subcodes(own, codes) if include_subcodes else own
    grouped = long.groupby("code_id")["n"]
    segments = grouped.sum().reindex(codes.index).fillna(0).astype("int64")
    documents = grouped.size().reindex(codes.index).fillna(0).astype("int64")
    scope = activated_document_ids(project, activation)
    n_documents = len(project.documents()) if scope is None else len(scope)
    total = int(own["n"].sum())
    frame = codes[["path"]].rename(columns={"path": "code"}).copy()
    frame["segments"] = segments
    frame["documents"] = documents
    frame["percent_segments"] = (segments * 100.0 / total) if total else 0.0
    frame["percent_documents"] = (documents * 100.0 / n_documents) if n_documents else 0.0
    return frame


# -- crosstab --------------------------------------------------------------------------------
@dataclass
class Crosstab:
    """Codes x the values of a document variable, four figures per value.

    ``segments``: coded segments; ``documents``: documents with the code;
    ``percent_segments``: segments as a share of the column's segments (column percent, each
    segment once); ``percent_documents``: documents with the code as a share of the
    column's documents. ``sizes``: documents per column.
    """

    codes: pd.DataFrame
    columns: list[Column]
    segments: pd.DataFrame
    documents: pd.DataFrame
    percent_segments: pd.DataFrame
    percent_documents: pd.DataFrame
    sizes: dict[str, int]
    include_subcodes: bool
    activation: Activation = field(default_factory=Activation)

    MEASURES = ("segments", "% segments", "documents", "% documents")

    def labelled(self) -> pd.DataFrame:
        """One row per code (first column ``code``), then ``VALUE: measure`` columns."""
        import pandas as pd

        parts = {
            "segments": self.segments,
            "% segments": self.percent_segments,
            "documents": self.documents,
            "% documents": self.percent_documents,
        }
        frame = pd.DataFrame({"code": self.codes["path"]})
        for column in self.columns:
            for measure in self.MEASURES:
                frame[f"{column.label}: {measure}"] = parts[measure][column.label]
        return frame.reset_index(drop=True)


def crosstab(
    project: Project,
    variable: str,
    activation: Activation = ALL,
    include_subcodes: bool = False,
    columns: str | None = None,
) -> Crosstab:
    """Codes x the groups defined by ``variable``'s values (or any ``columns`` spec)."""
    spec = columns or f"variable:{variable}"
    table = code_matrix(project, activation, spec, "count", include_subcodes)
    codes, axis = table.codes, table.columns
    own = segment_counts(project, activation)
    own = own[own["code_id"].isin(codes.index)]
    long = aggregate_subcodes(own, codes) if include_subcodes else own
    documents = _pivot(_to_columns(long, axis, "documents"), codes, axis)
    sizes = {c.label: len(c.document_ids) for c in axis}
    column_totals = table.column_totals
    percent_segments = (
        table.values.div(column_totals.where(column_totals > 0), axis=1).mul(100).fillna(0.0)
    )
    size_series = documents.columns.map(sizes).to_numpy(dtype="float64")
    percent_documents = documents.div(size_series, axis=1).mul(100).fillna(0.0)
    return Crosstab(
        codes=codes,
        columns=axis,
        segments=table.values,
        documents=documents,
        percent_segments=percent_segments,
        percent_documents=percent_documents,
        sizes=sizes,
        include_subcodes=include_subcodes,
        activation=activation,
    )
