"""A causal network (Miles & Huberman) generated from an ordered display or a code
selection: the codes are the network's variables, in causal order (antecedents first), and
a directed link runs from an earlier variable to a later one wherever the coding ties them.

- **Variables**: the codes on the display's code axis, in the display's order (or the
  chosen codes, in the order given). With the display's *include subcodes*, a variable's
  segments include its subcodes'.
- **Links and evidence**: a link A -> B when segments of A and B meet in a document at
  least ``min`` times: in the same paragraph by default (``mode``: ``paragraph``,
  ``overlap`` or ``distance:N``, as in the Code Relations Browser), the passages where the
  data ties them; its weight is the number of such pairs, and the segments of those pairs
  (the strongest ``segments`` of them) are attached to the link as its evidence.
- **Sign**: from a display with numeric cells (counts, presence, mean weights, ratings), how
  the two variables vary together across the display's units (documents, cases, groups,
  variable values): Spearman's rho of at least ``+0.3`` gives ``+``, at most ``-0.3`` gives
  ``-``, over at least three units where both have a value. Otherwise no sign: the
  researcher decides (the links are proposals to check against their evidence).
- **Narrative**: a first draft of the map's memo names the variables and each link with
  its sign and support, for the researcher to rewrite as the analytic narrative.

Definition keys (kept with the map, so it can be refreshed): ``codes`` (ids in causal order),
``display`` (a display definition's JSON, optional), ``display_name``, ``min``, ``segments``,
``mode``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import ntr, tr

if TYPE_CHECKING:
    from qdadesk.core.maps.models import ModelSpec
    from qdadesk.core.project import Project

SIGN_THRESHOLD = 0.3  # |Spearman's rho| from which co-variation gives a link a sign
MIN_UNITS = 3  # fewest units with values on both sides for a sign
EVIDENCE_PER_LINK = 20
MODE = "paragraph"  # where two variables' segments meet (Code Relations Browser modes)


def causal_network(project: Project, definition: dict[str, Any]) -> ModelSpec:
    """The variables, signed links and evidence ``definition`` gives (see module doc)."""
    from qdadesk.core.maps.models import ModelSpec

    minimum = max(int(definition.get("min", 1)), 1)
    per_link = int(definition.get("segments") or EVIDENCE_PER_LINK)
    display = definition.get("display")
    values: dict[int, list[float | None]] = {}
    include_subcodes = False
    if display:
        order, values, include_subcodes = _display_variables(project, display)
        chosen = [int(i) for i in definition.get("codes") or []]
        if chosen:  # a selection from the display's codes, in the order given
            order = [i for i in chosen if i in set(order)] or chosen
    else:
        order = [int(i) for i in definition.get("codes") or []]
    if len(order) < 2:
        raise QdaError(tr("A causal network needs at least two codes as its variables"))
    for code_id in order:
        project.code(code_id)  # refuses a code that no longer exists
    members = _members(project, order, include_subcodes)
    result = ModelSpec(layout="hierarchical", link_style="arrow")
    for code_id in order:
        result.add_node(("code", code_id))
    pairs = _meeting_pairs(project, order, members, str(definition.get("mode") or MODE))
    for i, first in enumerate(order):
        for second in order[i + 1 :]:
            found = pairs.get((first, second), [])
            if len(found) < minimum:
                continue
            key = (("code", first), ("code", second))
            result.links.append((*key, float(len(found))))
            result.evidence[key] = _strongest(project, found, per_link)
            sign = _sign(values.get(first), values.get(second))
            if sign:
                result.signs[key] = sign
    result.memo = narrative(project, definition, order, result, pairs)
    return result


def _display_variables(
    project: Project, display: dict[str, Any]
) -> tuple[list[int], dict[int, list[float | None]], bool]:
    """The display's codes in its order, each code's numeric value per unit, and whether
    its cells count subcodes."""
    from qdadesk.core.analysis.displays import DisplayDefinition, compute_display

    definition = DisplayDefinition.from_json(dict(display))
    result = compute_display(project, definition)
    codes_on_rows = definition.rows.split(":")[0] in ("codes", "subcodes")
    paths = {path: code_id for code_id, path in project.code_paths().items()}
    cells = result.cells[result.column_labels]
    if codes_on_rows:
        labels = list(cells.index)
        grid = {label: list(cells.loc[label]) for label in labels}
    else:
        labels = list(cells.columns)
        grid = {label: list(cells[label]) for label in labels}
    order = [paths[label] for label in labels if label in paths]
    values = {paths[label]: [_number(v) for v in grid[label]] for label in labels if label in paths}
    return order, values, definition.include_subcodes


def _number(value: object) -> float | None:
    """A cell as a number (counts, presence, mean weight, a numeric rating), else None."""
    from qdadesk.core.analysis.displays import Checked
    from qdadesk.core.analysis.summaries import RatedSummary

    if isinstance(value, bool):
        return float(value)
    if isinstance(value, int | float):
        return None if value != value else float(value)  # NaN: no value
    # A checklist cell or a clustered summary counts by its rating; a text cell by itself.
    rating = value.rating if isinstance(value, Checked | RatedSummary) else value
    if isinstance(rating, str):
        try:
            return float(rating.replace(",", ".").strip())
        except ValueError:
            return None
    return None


def _sign(first: list[float | None] | None, second: list[float | None] | None) -> str:
    if not first or not second:
        return ""
    both = [(a, b) for a, b in zip(first, second, strict=False) if a is not None and b is not None]
    if len(both) < MIN_UNITS:
        return ""
    import pandas as pd

    xs = pd.Series([a for a, _ in both])
    ys = pd.Series([b for _, b in both])
    if xs.nunique() < 2 or ys.nunique() < 2:
        return ""
    rho = float(xs.rank().corr(ys.rank()))  # Spearman: Pearson on ranks (no SciPy)
    if rho >= SIGN_THRESHOLD:
        return "+"
    if rho <= -SIGN_THRESHOLD:
        return "-"
    return ""


def _members(project: Project, order: list[int], include_subcodes: bool) -> dict[int, set[int]]:
    """For each variable, the codes whose segments count for it."""
    members = {code_id: {code_id} for code_id in order}
    if include_subcodes:
        children: dict[int | None, list[int]] = {}
        for code in project.codes():
            children.setdefault(code.parent_id, []).append(code.id)
        for code_id in order:
            stack = list(children.get(code_id, []))
            while stack:
                child = stack.pop()
                members[code_id].add(child)
                stack.extend(children.get(child, []))
    return members


def _meeting_pairs(
    project: Project, order: list[int], members: dict[int, set[int]], mode: str
) -> dict[tuple[int, int], list[tuple[int, int]]]:
    """For each (earlier, later) variable pair: the (segment, segment) pairs that meet in
    a document under ``mode`` (as in the Code Relations Browser: ``overlap``,
    ``paragraph`` or ``distance:N``), the earlier variable's segment first."""
    import bisect

    from qdadesk.core.analysis.relations import parse_mode

    kind, distance = parse_mode(mode)
    owners: dict[int, list[int]] = {}
    for variable, codes in members.items():
        for code_id in codes:
            owners.setdefault(code_id, []).append(variable)
    rank = {code_id: i for i, code_id in enumerate(order)}
    marks = ",".join("?" * len(owners))
    by_document: dict[int, list[tuple[int, int, int, int]]] = {}
    for coding_id, document_id, code_id, start, end in project.db.execute(
        f'SELECT id, document_id, code_id, start, "end" FROM codings '
        f'WHERE code_id IN ({marks}) AND "end" > start ORDER BY document_id, start, id',
        list(owners),
    ):
        by_document.setdefault(document_id, []).append((coding_id, code_id, start, end))
    pairs: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for document_id, segments in by_document.items():
        if kind == "paragraph":
            text = project.text(document_id)
            breaks = [i for i, ch in enumerate(text) if ch == "\n"]
            spans = [
                (bisect.bisect_left(breaks, s), bisect.bisect_left(breaks, e - 1))
                for _, _, s, e in segments
            ]
        for i, (a_id, a_code, a_start, a_end) in enumerate(segments):
            for j, (b_id, b_code, b_start, b_end) in enumerate(segments):
                if a_id == b_id:
                    continue
                if kind == "overlap":
                    meets = a_start < b_end and b_start < a_end
                elif kind == "distance":
                    meets = b_start <= a_end + distance and a_start <= b_end + distance
                else:
                    meets = spans[i][0] <= spans[j][1] and spans[j][0] <= spans[i][1]
                if not meets:
                    continue
                for first in owners[a_code]:
                    for second in owners[b_code]:
                        if rank[first] < rank[second]:
                            pairs.setdefault((first, second), []).append((a_id, b_id))
    return {key: sorted(set(found)) for key, found in pairs.items()}


def _strongest(project: Project, pairs: list[tuple[int, int]], count: int) -> list[int]:
    """The segments of the strongest pairs (highest weights, then longest overlap)."""
    ids = sorted({i for pair in pairs for i in pair})
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    facts = {
        r[0]: (r[1], r[2], r[3])
        for r in project.db.execute(
            f'SELECT id, weight, start, "end" FROM codings WHERE id IN ({marks})', ids
        )
    }

    def strength(pair: tuple[int, int]) -> tuple[int, int, tuple[int, int]]:
        (wa, sa, ea), (wb, sb, eb) = facts[pair[0]], facts[pair[1]]
        return (-(wa + wb), -(min(ea, eb) - max(sa, sb)), pair)

    chosen: list[int] = []
    for a, b in sorted(pairs, key=strength):
        for coding_id in (a, b):
            if coding_id not in chosen:
                chosen.append(coding_id)
        if len(chosen) >= count:
            break
    return chosen[: max(count, 2)]


def narrative(
    project: Project,
    definition: dict[str, Any],
    order: list[int],
    spec: ModelSpec,
    pairs: dict[tuple[int, int], list[tuple[int, int]]],
) -> str:
    """A first draft of the analytic narrative (the map's memo), for the researcher to
    rewrite: where the network comes from, its variables, each link and its support."""
    paths = project.code_paths()
    documents = dict(project.db.execute("SELECT id, document_id FROM codings").fetchall())
    lines = []
    name = definition.get("display_name")
    if definition.get("display"):
        lines.append(
            tr("Causal network from the display '{name}'.").format(name=name or tr("(unsaved)"))
        )
    else:
        lines.append(tr("Causal network from a selection of codes."))
    lines.append(
        tr("Variables, left to right: {names}.").format(
            names=", ".join(paths.get(i, str(i)) for i in order)
        )
    )
    lines.append("")
    if spec.links:
        lines.append(tr("Links (from \u2192 to, sign, support):"))
    else:
        lines.append(tr("No two variables' segments meet yet: draw the links by hand."))
    for a, b, weight in spec.links:
        found = pairs.get((a[1], b[1]), [])
        in_documents = len({documents.get(x) for pair in found for x in pair})
        sign = {"+": " (+)", "-": " (\u2212)"}.get(spec.signs.get((a, b), ""), "")
        support = ntr(
            "{n} pair of segments that meet", "{n} pairs of segments that meet", int(weight)
        )
        where = ntr("in {n} document", "in {n} documents", in_documents)
        lines.append(
            f"- {paths.get(a[1], '')} \u2192 {paths.get(b[1], '')}{sign}: {support}, {where}"
        )
    lines.append("")
    if definition.get("display"):
        lines.append(
            tr(
                "Signs come from how two variables vary together across the display's units "
                "(Spearman's rho of at least 0.3: +, at most -0.3: \u2212); a link without a "
                "sign needs your judgement."
            )
        )
    else:
        lines.append(
            tr("Give each link its sign (right-click it: Sign) once you have read its segments.")
        )
    lines.append(
        tr(
            "Check every link against its segments (double-click it) and replace this draft "
            "with the story the network tells."
        )
    )
    return "\n".join(lines)
