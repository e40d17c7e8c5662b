"""Miles & Huberman display builder: matrices defined by rows, columns, cells and ordering.

One axis is codes (all or chosen codes, or the subcodes of one code); the other is a unit:
documents, document groups, cases, the values of a document variable, or the periods
(month, quarter, year) of a date variable. A cell is what the code says in the unit:

- ``count`` segments, ``presence`` (1/0), ``documents`` with the code, ``mean-weight``;
- ``summary`` (the researcher's summaries), ``rating`` (summary ratings, numeric ones averaged);
- ``rated-summary``: the summary led by its rating as the evaluative word ("adequate — …");
- ``best-quote`` (the highest-weighted segment), ``quotes`` (all of them, with sources);
- ``paraphrases``: the researcher's paraphrases of the segments (instead of their quotes);
- ``checklist``: best quote plus a rating (the summary's rating, else the mean weight);
- ``triangulation``: whether the unit supports the theme, with segment and document counts
  and the strongest quote; two extra columns say how many units support each theme and flag
  themes that only one unit supports.

Rows may be ordered by their label, a variable (documents, cases, or variable values), the
mean weight of their segments, or the mean of their numeric summary ratings. A display is
saved in the project by name as its definition (``save_item(kind="display")``), never its
numbers, and recomputed whenever it is shown.

With ``group_columns`` the code columns are grouped under their parent codes (two header
rows): with ``rated-summary`` cells that is Miles & Huberman's conceptually clustered matrix.
"""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import asdict, dataclass, field, fields
from typing import TYPE_CHECKING, Any

from qdadesk.core.analysis.activation import ALL, Activation
from qdadesk.core.analysis.matrices import (
    activated_document_ids,
    code_rows,
    column_axis,
    scoped_activation,
    unique_labels,
)
from qdadesk.core.analysis.paraphrases import (
    ParaphraseEntry,
    paraphrases_by_document,
    paraphrases_on,
)
from qdadesk.core.analysis.quote_matrix import Quote, quotes, strongest
from qdadesk.core.analysis.summaries import (
    HeaderGroup,
    RatedSummary,
    group_codes_by_parent,
    summaries_by_cell,
)
from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import ntr, tr

if TYPE_CHECKING:
    import pandas as pd

    from qdadesk.core.changes import Operation
    from qdadesk.core.model import Summary
    from qdadesk.core.project import Project

DISPLAY_KIND = "display"
CELL_KINDS = (
    "count",
    "presence",
    "documents",
    "mean-weight",
    "summary",
    "rated-summary",
    "rating",
    "best-quote",
    "quotes",
    "paraphrases",
    "checklist",
    "triangulation",
)
UNIT_KINDS = ("documents", "groups", "cases", "variable:NAME", "period:NAME:month|quarter|year")
PERIODS = ("month", "quarter", "year")


@dataclass
class DisplayDefinition:
    """What a display shows (saved as JSON; the numbers are always recomputed)."""

    rows: str = "codes"  # codes | subcodes:PATH | documents | groups | cases | variable:NAME
    columns: str = "groups"  # the same kinds, plus period:NAME:month|quarter|year
    cells: str = "count"
    codes: list[str] | None = None  # code paths on the code axis (None: all activated codes)
    include_subcodes: bool = False  # a code's cells include its subcodes' segments
    order_rows: str | None = None  # label | variable:NAME | mean-weight | summary-rating
    descending: bool = False
    only_activated_documents: bool = False
    only_activated_codes: bool = False
    title: str = ""
    group_columns: bool = False  # code columns grouped under their parent codes

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DisplayDefinition:
        """A definition from its JSON form; unknown keys are an error (a typo must not pass)."""
        if not isinstance(data, dict):
            raise QdaError(tr("A display definition is a JSON object"))
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise QdaError(
                ntr(
                    "Unknown display setting: {names}",
                    "Unknown display settings: {names}",
                    len(unknown),
                ).format(names=", ".join(unknown))
            )
        definition = cls(**data)
        definition.check()
        return definition

    def check(self) -> None:
        """Raise a QdaError unless the definition can be computed (names are not looked up)."""
        if self.cells not in CELL_KINDS:
            raise QdaError(
                tr("Unknown cell content '{cells}': use {kinds}").format(
                    cells=self.cells, kinds=", ".join(CELL_KINDS)
                )
            )
        code_axes = [a for a in (self.rows, self.columns) if _is_code_axis(a)]
        if len(code_axes) != 1:
            raise QdaError(tr("A display needs codes on exactly one side (rows or columns)"))
        for axis in (self.rows, self.columns):
            if not _is_code_axis(axis):
                _parse_unit(axis)
        if self.rows.startswith("period:"):
            raise QdaError(tr("Time periods go in the columns"))
        if self.order_rows not in (None, "", "label", "mean-weight", "summary-rating") and not (
            self.order_rows.startswith("variable:")
        ):
            raise QdaError(
                tr(
                    "Unknown row order '{order}': use label, variable:NAME, mean-weight or "
                    "summary-rating"
                ).format(order=self.order_rows)
            )
        if self.cells == "triangulation" and _is_code_axis(self.columns):
            raise QdaError(tr("A triangulation matrix has themes (codes) in its rows"))
        if self.group_columns and not _is_code_axis(self.columns):
            raise QdaError(tr("Columns can be grouped by parent code only when they are codes"))


# -- presets ---------------------------------------------------------------------------------
def triangulation_definition(
    sources: str = "groups", codes: list[str] | None = None
) -> DisplayDefinition:
    """Themes x source groups: who supports each theme, how often, the strongest quote."""
    return DisplayDefinition(
        rows="codes",
        columns=sources,
        cells="triangulation",
        codes=codes,
        include_subcodes=True,
        title=tr("Triangulation matrix"),
    )


def checklist_definition(code_path: str, columns: str = "documents") -> DisplayDefinition:
    """The components (subcodes) of one concept x informants, best quote and rating."""
    return DisplayDefinition(
        rows=f"subcodes:{code_path}",
        columns=columns,
        cells="checklist",
        include_subcodes=True,
        title=tr("Checklist matrix"),
    )


def role_ordered_definition(variable: str, cells: str = "quotes") -> DisplayDefinition:
    """Roles (values of a role variable) x themes: what each role says."""
    return DisplayDefinition(
        rows=f"variable:{variable}",
        columns="codes",
        cells=cells,
        order_rows="label",
        title=tr("Role-ordered matrix"),
    )


def case_ordered_definition(
    order: str = "mean-weight", cells: str = "summary", rows: str = "documents"
) -> DisplayDefinition:
    """Cases (or documents) sorted by a variable or rating x themes."""
    return DisplayDefinition(
        rows=rows,
        columns="codes",
        cells=cells,
        order_rows=order,
        descending=True,
        title=tr("Case-ordered meta-matrix"),
    )


def clustered_definition(
    rows: str = "documents", codes: list[str] | None = None
) -> DisplayDefinition:
    """Informants x themes grouped by their parent code: summaries led by an evaluative
    word (the summary's rating). Without ``codes``: every subcode."""
    return DisplayDefinition(
        rows=rows,
        columns="codes",
        cells="rated-summary",
        codes=codes,
        group_columns=True,
        title=tr("Conceptually clustered matrix"),
    )


def subcode_paths(project: Project) -> list[str]:
    """The paths of every code that has a parent (the themes of a clustered matrix)."""
    paths = project.code_paths()
    return [paths[c.id] for c in project.codes() if c.parent_id is not None]


def time_ordered_definition(
    variable: str, period: str = "quarter", cells: str = "quotes"
) -> DisplayDefinition:
    """Themes x the periods of a date variable, in time order."""
    return DisplayDefinition(
        rows="codes",
        columns=f"period:{variable}:{period}",
        cells=cells,
        title=tr("Time-ordered matrix"),
    )


# -- cell values -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Checked:
    """A checklist cell: the best quote and a rating."""

    quote: Quote | None
    rating: str


@dataclass(frozen=True)
class Support:
    """A triangulation cell: how a unit supports a theme."""

    segments: int
    documents: int
    quote: Quote | None


def cell_text(value: Any) -> str:
    """A cell as plain text (CSV, XLSX, the window's tooltips)."""
    if value is None:
        return ""
    if isinstance(value, Quote | ParaphraseEntry):
        return value.cited()
    if isinstance(value, list):
        return "\n".join(cell_text(v) for v in value)
    if isinstance(value, Checked):
        parts = [value.rating] if value.rating else []
        if value.quote is not None:
            parts.append(value.quote.cited())
        return " — ".join(parts)
    if isinstance(value, Support):
        text = (
            "✓ "
            + ntr("{n} segment", "{n} segments", value.segments)
            + ", "
            + ntr("{n} document", "{n} documents", value.documents)
        )
        return text + ("\n" + value.quote.cited() if value.quote else "")
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


# -- units -----------------------------------------------------------------------------------
@dataclass
class Unit:
    """A non-code axis entry: its documents, and for cases of segments, their ranges."""

    key: Any
    label: str
    document_ids: frozenset[int]
    ranges: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    case_id: int | None = None

    def holds(self, quote: Quote) -> bool:
        if quote.document_id not in self.document_ids:
            return False
        spans = self.ranges.get(quote.document_id)
        if spans is None:
            return True
        # A region without text (an empty run) lies in no range of the document.
        return quote.start < quote.end and any(s < quote.end and quote.start < e for s, e in spans)


def _is_code_axis(axis: str) -> bool:
    return axis == "codes" or axis.startswith("subcodes:")


def _parse_unit(axis: str) -> tuple[str, str | None, str | None]:
    if axis in ("documents", "groups", "cases"):
        return axis, None, None
    if axis.startswith("variable:") and axis[9:].strip():
        return "variable", axis[9:].strip(), None
    if axis.startswith("period:"):
        parts = axis.split(":")
        if len(parts) == 3 and parts[1].strip() and parts[2] in PERIODS:
            return "period", parts[1].strip(), parts[2]
    raise QdaError(
        tr("Unknown axis '{axis}': use codes, subcodes:PATH, {kinds}").format(
            axis=axis, kinds=", ".join(UNIT_KINDS)
        )
    )


def period_label(date: str, period: str) -> str:
    """``2023-05-02`` as ``2023-05`` (month), ``2023-Q2`` (quarter) or ``2023`` (year)."""
    day = dt.date.fromisoformat(str(date)[:10])
    if period == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if period == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    return f"{day.year:04d}"


def _units(project: Project, axis: str, scope: list[int] | None) -> list[Unit]:
    kind, name, period = _parse_unit(axis)
    scope_ids = {d.id for d in project.documents() if scope is None or d.id in set(scope)}
    if kind in ("documents", "groups", "variable"):
        spec = f"variable:{name}" if kind == "variable" else kind
        return [
            Unit(c.key, c.label, c.document_ids)
            for c in column_axis(project, spec, None if scope is None else sorted(scope_ids))
        ]
    if kind == "cases":
        units: dict[int, Unit] = {}
        cases = project.cases()
        labels = dict(
            zip([c.id for c in cases], unique_labels([c.name for c in cases]), strict=True)
        )
        members = project.db.execute(
            'SELECT case_id, document_id, start, "end" FROM case_members ORDER BY id'
        ).fetchall()
        for case in cases:
            units[case.id] = Unit(case.id, labels[case.id], frozenset(), {}, case.id)
        whole: set[tuple[int, int]] = set()  # (case, document): the whole document is in it
        for case_id, document_id, start, end in members:
            if document_id not in scope_ids:
                continue
            unit = units[case_id]
            unit.document_ids = unit.document_ids | {document_id}
            if start is None:
                whole.add((case_id, document_id))
                unit.ranges.pop(document_id, None)
            elif (case_id, document_id) not in whole:
                unit.ranges.setdefault(document_id, []).append((start, end))
        return list(units.values())
    variable = project.find_variable(name or "")
    if variable.type != "date":
        raise QdaError(tr("Variable '{name}' is not a date variable").format(name=variable.name))
    by_period: dict[str, set[int]] = {}
    for document_id, value in project.db.execute(
        "SELECT document_id, value FROM document_values WHERE variable_id = ?", [variable.id]
    ):
        if document_id in scope_ids and value:
            by_period.setdefault(period_label(value, period or "year"), set()).add(document_id)
    return [Unit(label, label, frozenset(ids)) for label, ids in sorted(by_period.items())]


# -- the result ------------------------------------------------------------------------------
@dataclass
class DisplayResult:
    """A computed display: labelled cells (Python objects) and the keys behind them."""

    definition: DisplayDefinition
    title: str
    row_header: str
    row_labels: list[str]
    column_labels: list[str]
    cells: pd.DataFrame  # index row labels, columns column labels (+ extra columns)
    extra_columns: list[str] = field(default_factory=list)
    cell_codings: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    row_depths: list[int] = field(default_factory=list)
    # With grouped columns: the upper header row (covering the row-label column too) and
    # the lower one (the row header, then each column's own label).
    header_groups: list[HeaderGroup] = field(default_factory=list)
    header_labels: list[str] = field(default_factory=list)

    def text_frame(self) -> pd.DataFrame:
        """Every cell as text; the first column holds the row labels (``row_header``)."""
        frame = self.cells.map(cell_text)
        frame.insert(0, self.row_header, self.row_labels)
        return frame.reset_index(drop=True)

    def value_frame(self) -> pd.DataFrame:
        """Numbers stay numbers (for XLSX), everything else becomes text."""
        frame = self.cells.map(
            lambda v: v if isinstance(v, int | float) and not isinstance(v, bool) else cell_text(v)
        )
        frame.insert(0, self.row_header, self.row_labels)
        return frame.reset_index(drop=True)


def compute_display(
    project: Project, definition: DisplayDefinition, activation: Activation = ALL
) -> DisplayResult:
    """Compute a display from the project as it is now."""
    import pandas as pd

    definition.check()
    activation = scoped_activation(
        activation, definition.only_activated_documents, definition.only_activated_codes
    )
    codes_on_rows = _is_code_axis(definition.rows)
    code_axis = definition.rows if codes_on_rows else definition.columns
    unit_axis = definition.columns if codes_on_rows else definition.rows
    codes = _code_axis(project, code_axis, definition, activation)
    groups: list[HeaderGroup] = []
    own_labels: list[str] = []
    if definition.group_columns:
        order, groups, own_labels = group_codes_by_parent(project, list(codes.index))
        codes = codes.loc[order]
    units = _units(project, unit_axis, activated_document_ids(project, activation))
    chains = _chains(codes, definition.include_subcodes)
    grid: dict[tuple[int, int], list[Quote]] = {}
    for quote in quotes(project, activation):
        targets = chains.get(quote.code_id, [])
        if not targets:
            continue
        for index, unit in enumerate(units):
            if unit.holds(quote):
                for code_id in targets:
                    grid.setdefault((code_id, index), []).append(quote)
    by_cell = summaries_by_cell(project)
    documents = {d.id: d.name for d in project.documents()}
    maker = _CellMaker(definition.cells, by_cell, documents)
    if definition.cells == "paraphrases":
        maker.paraphrases = paraphrases_by_document(project)
    values = {
        (code_id, index): maker.make(code_id, unit, grid.get((code_id, index), []))
        for code_id in codes.index
        for index, unit in enumerate(units)
    }
    code_labels = list(codes["path"])
    unit_labels = [u.label for u in units]
    if codes_on_rows:
        data = [[values[(c, i)] for i in range(len(units))] for c in codes.index]
        cells = pd.DataFrame(data, index=code_labels, columns=unit_labels, dtype=object)
        codings = {
            (codes.at[c, "path"], units[i].label): [q.coding_id for q in grid[(c, i)]]
            for (c, i) in grid
        }
        depths = [int(d) for d in codes["depth"]]
    else:
        data = [[values[(c, i)] for c in codes.index] for i in range(len(units))]
        cells = pd.DataFrame(data, index=unit_labels, columns=code_labels, dtype=object)
        codings = {
            (units[i].label, codes.at[c, "path"]): [q.coding_id for q in grid[(c, i)]]
            for (c, i) in grid
        }
        depths = [0] * len(units)
    extra: list[str] = []
    if definition.cells == "triangulation":
        extra = _add_triangulation_columns(cells, unit_labels)
    row_order = _row_order(project, definition, codes_on_rows, codes, units, grid, by_cell)
    if row_order is not None:
        cells = cells.iloc[row_order]
        depths = [depths[i] for i in row_order]
    row_kind = definition.rows.split(":")[0]
    headers = {
        "codes": tr("Code"),
        "subcodes": tr("Code"),
        "documents": tr("Document"),
        "groups": tr("Document group"),
        "cases": tr("Case"),
    }
    header = headers.get(row_kind, definition.rows.split(":", 1)[-1])
    if groups:
        groups = [HeaderGroup(None, 1), *groups]
        own_labels = [header, *own_labels]
    return DisplayResult(
        definition=definition,
        title=definition.title or tr("Display"),
        row_header=header,
        row_labels=list(cells.index),
        column_labels=[c for c in cells.columns if c not in extra],
        cells=cells,
        extra_columns=extra,
        cell_codings=codings,
        row_depths=depths,
        header_groups=groups,
        header_labels=own_labels,
    )


def _code_axis(
    project: Project, axis: str, definition: DisplayDefinition, activation: Activation
) -> pd.DataFrame:
    """The codes on the code axis: all shown, the chosen ones, or one code's subcodes."""
    codes = code_rows(project, activation)
    if axis.startswith("subcodes:"):
        parent = project.find_code(axis[len("subcodes:") :])
        keep = [i for i in codes.index if codes.at[i, "parent_id"] == parent.id]
        result = codes.loc[keep].copy()
        result["depth"] = 0
    elif definition.codes:
        wanted = {project.find_code(path).id for path in definition.codes}
        result = codes.loc[[i for i in codes.index if i in wanted]].copy()
        result["depth"] = 0  # chosen codes are listed flat, by their full paths
    else:
        return codes
    result.attrs["parents"] = codes.attrs.get("parents")
    return result


def _chains(codes: pd.DataFrame, include_subcodes: bool) -> dict[int, list[int]]:
    """For every code id: the shown codes its segments count for (itself, and with
    ``include_subcodes`` its shown ancestors too)."""
    shown = set(codes.index)
    if not include_subcodes:
        return {i: [i] for i in shown}
    parents: dict[int, int | None] = codes.attrs.get("parents") or {}
    chains: dict[int, list[int]] = {}
    for code_id in parents:
        chain: list[int] = []
        current: int | None = code_id
        while current is not None:
            if current in shown:
                chain.append(current)
            current = parents.get(current)
        if chain:
            chains[code_id] = chain
    return chains


class _CellMaker:
    """Turns the quotes of one (code, unit) into the cell the definition asks for."""

    def __init__(
        self, kind: str, by_cell: dict[tuple[int, str, int], Summary], documents: dict[int, str]
    ) -> None:
        self.kind = kind
        self.by_cell = by_cell
        self.documents = documents
        self.paraphrases: dict[int, list[ParaphraseEntry]] = {}

    def summaries(self, code_id: int, unit: Unit) -> list[tuple[str, Summary]]:
        """(owner name, Summary) pairs for the code in the unit (a case's own summary first)."""
        if unit.case_id is not None:
            own = self.by_cell.get((code_id, "case", unit.case_id))
            if own is not None:
                return [(unit.label, own)]
        found = []
        for document_id in sorted(unit.document_ids):
            summary = self.by_cell.get((code_id, "document", document_id))
            if summary is not None:
                found.append((self.documents.get(document_id, ""), summary))
        return found

    @staticmethod
    def make_summary_text(unit: Unit, pairs: list[tuple[str, Summary]]) -> str:
        """One owner's summary as it is; several, each after its owner's name."""
        single_owner = len(unit.document_ids) <= 1 or (
            unit.case_id is not None and len(pairs) == 1 and pairs[0][0] == unit.label
        )
        if len(pairs) == 1 and single_owner:
            return pairs[0][1].text
        return "\n".join(f"{name}: {s.text}" for name, s in pairs)

    def rating(self, code_id: int, unit: Unit) -> str:
        ratings = [s.rating for _, s in self.summaries(code_id, unit) if s.rating]
        return combine_ratings(ratings)

    def make(self, code_id: int, unit: Unit, found: list[Quote]) -> Any:
        kind = self.kind
        if kind == "count":
            return len(found)
        if kind == "presence":
            return int(bool(found))
        if kind == "documents":
            return len({q.document_id for q in found})
        if kind == "mean-weight":
            return round(statistics.fmean(q.weight for q in found), 1) if found else None
        if kind == "summary":
            return self.make_summary_text(unit, self.summaries(code_id, unit))
        if kind == "rated-summary":
            pairs = self.summaries(code_id, unit)
            if not pairs:
                return None
            text = self.make_summary_text(unit, pairs)
            return RatedSummary(text, combine_ratings([s.rating for _, s in pairs if s.rating]))
        if kind == "rating":
            return self.rating(code_id, unit)
        if kind == "best-quote":
            return strongest(found)
        if kind == "quotes":
            return list(found)
        if kind == "paraphrases":
            # Each paraphrase once, even when it spans several of the code's segments.
            on = [
                p
                for q in found
                for p in paraphrases_on(self.paraphrases, q.document_id, q.start, q.end)
            ]
            return list({p.paraphrase_id: p for p in on}.values())
        if kind == "checklist":
            if not found:
                return Checked(None, self.rating(code_id, unit) or "")
            rating = self.rating(code_id, unit)
            if not rating:
                rating = tr("weight {weight:.0f}").format(
                    weight=statistics.fmean(q.weight for q in found)
                )
            return Checked(strongest(found), rating)
        # triangulation
        if not found:
            return None
        return Support(len(found), len({q.document_id for q in found}), strongest(found))


def combine_ratings(ratings: list[str]) -> str:
    """One rating for several: the mean when all are numbers, else the distinct ones joined."""
    if not ratings:
        return ""
    numbers = [n for r in ratings if (n := _number(r)) is not None]
    if len(numbers) == len(ratings):
        mean = statistics.fmean(numbers)
        return f"{mean:g}" if len(ratings) == 1 else f"{mean:.1f}"
    return ", ".join(dict.fromkeys(ratings))


def _number(text: str | None) -> float | None:
    try:
        return float(str(text).replace(",", "."))
    except (TypeError, ValueError):
        return None


def _add_triangulation_columns(cells: pd.DataFrame, unit_labels: list[str]) -> list[str]:
    supported_by = tr("Supported by")
    note = tr("Note")
    counts, notes = [], []
    for _, row in cells.iterrows():
        supporters = [label for label in unit_labels if row[label] is not None]
        counts.append(len(supporters))
        if len(supporters) == 1:
            notes.append(tr("only {unit}").format(unit=supporters[0]))
        elif not supporters:
            notes.append(tr("no support"))
        else:
            notes.append("")
    cells[supported_by] = counts
    cells[note] = notes
    return [supported_by, note]


def _row_order(
    project: Project,
    definition: DisplayDefinition,
    codes_on_rows: bool,
    codes: pd.DataFrame,
    units: list[Unit],
    grid: dict[tuple[int, int], list[Quote]],
    by_cell: dict[tuple[int, str, int], Summary],
) -> list[int] | None:
    """Positions of the rows in display order (None: as computed)."""
    order = definition.order_rows
    if not order:
        return None
    n_rows = len(codes) if codes_on_rows else len(units)
    keys: list[Any] = []
    for row in range(n_rows):
        if codes_on_rows:
            code_id = codes.index[row]
            found = [q for i in range(len(units)) for q in grid.get((code_id, i), [])]
            cells = [(code_id, u) for u in units]
            label = codes.iat[row, codes.columns.get_loc("path")]
        else:
            found = [q for c in codes.index for q in grid.get((c, row), [])]
            cells = [(c, units[row]) for c in codes.index]
            label = units[row].label
        if not codes_on_rows and units[row].key is None and units[row].case_id is None:
            keys.append(None)  # "(no value)" / "(no group)" rows always go last
        elif order == "label":
            keys.append(str(label).casefold())
        elif order == "mean-weight":
            keys.append(statistics.fmean(q.weight for q in found) if found else None)
        elif order == "summary-rating":
            maker = _CellMaker("rating", by_cell, {})
            ratings = [_number(r) for c, u in cells for r in [maker.rating(c, u)] if r]
            numbers = [n for n in ratings if n is not None]
            keys.append(statistics.fmean(numbers) if numbers else None)
        else:
            keys.append(
                _variable_key(
                    project,
                    order[len("variable:") :],
                    codes_on_rows,
                    units[row] if not codes_on_rows else None,
                    definition,
                )
            )
    present = [i for i in range(n_rows) if keys[i] is not None]
    missing = [i for i in range(n_rows) if keys[i] is None]
    present.sort(key=lambda i: _comparable(keys[i]), reverse=definition.descending)
    return present + missing


def _comparable(value: Any) -> tuple[int, Any]:
    if isinstance(value, int | float):
        return (0, value)
    return (1, str(value))


def _variable_key(
    project: Project,
    name: str,
    codes_on_rows: bool,
    unit: Unit | None,
    definition: DisplayDefinition,
) -> Any:
    if codes_on_rows or unit is None:
        raise QdaError(tr("Only documents, cases or variable values can be ordered by a variable"))
    kind = definition.rows.split(":")[0]
    if kind == "variable":
        return unit.key
    if kind == "cases":
        if unit.case_id is None:
            return None
        return project.case_values().get(unit.case_id, {}).get(name)
    values = project.document_values()
    found = [value for d in unit.document_ids if (value := values.get(d, {}).get(name)) is not None]
    if not found:
        return None
    if all(isinstance(v, int | float) for v in found):
        return statistics.fmean(found)
    return min(str(v) for v in found)


# -- saved displays --------------------------------------------------------------------------
def save_display(project: Project, name: str, definition: DisplayDefinition) -> Operation:
    """Save (or replace) a named display's definition in the project (undoable)."""
    definition.check()
    return project.save_item(DISPLAY_KIND, name, definition.to_json())


def load_display(project: Project, name: str) -> DisplayDefinition:
    """The definition of the saved display ``name``."""
    return DisplayDefinition.from_json(project.saved_item(DISPLAY_KIND, name).definition)


def display_names(project: Project) -> list[str]:
    return [item.name for item in project.saved_items(DISPLAY_KIND)]


def compute_saved_display(
    project: Project, name: str, activation: Activation = ALL
) -> DisplayResult:
    """Recompute a saved display from the project's current coding."""
    result = compute_display(project, load_display(project, name), activation)
    if not result.definition.title:
        result.title = name
    return result
