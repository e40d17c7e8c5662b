"""Generated map models (MAXMaps' templates, kept live): what nodes and links the coding
gives, before anything is placed.

A model is described by a definition (a dict kept with the map, so it can be refreshed):
``{"model": NAME, "codes": [ids], "documents": [ids], "cases": [ids], "min": N,
"segments": N}``. ``spec(project, definition)`` returns its nodes and links; nodes are keys
``(kind, object id)``.

- ``code-relations``: codes as nodes; a link between two codes weighted by the number of
  pairs of their segments that overlap in a document (the Code Relations Browser's count),
  kept when it reaches ``min``. With chosen codes, those codes are the nodes; otherwise the
  codes that have at least one kept link.
- ``code-subcodes``: the chosen codes (all top-level codes when none) with every subcode
  below them; links parent -> child.
- ``single-case``: a document or case, the codes of its segments (link weight: their
  number of segments there) and, per code, its strongest segments (highest weight, then the
  longest, then the first) linked to the code.
- ``code-theory``: each chosen code with its memos (on the code and on its segments) and
  its strongest segments.
- ``two-case``: two documents or cases, each linked to the codes of its segments; the codes
  both share sit between them.
- ``causal-network``: codes as the variables of a Miles & Huberman causal network, from an
  ordered display or a code selection: directed, signed links with their evidence and a
  draft narrative (see ``qdadesk.core.maps.causal``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import tr
from qdadesk.core.maps.records import MODELS

if TYPE_CHECKING:
    from qdadesk.core.project import Project

Key = tuple[str, int]


@dataclass
class ModelSpec:
    """The nodes (in order) and links of a generated model, and the layout that suits it."""

    nodes: list[Key] = field(default_factory=list)
    links: list[tuple[Key, Key, float]] = field(default_factory=list)
    layout: str = "force"
    link_style: str = "arrow"  # undirected models (co-occurrence, comparison) use "line"
    # Causal networks: a link's sign and its supporting segments (coding ids), by its ends,
    # set when the link is made; and a first draft of the map's memo.
    signs: dict[tuple[Key, Key], str] = field(default_factory=dict)
    evidence: dict[tuple[Key, Key], list[int]] = field(default_factory=dict)
    memo: str = ""

    def add_node(self, key: Key) -> None:
        if key not in self._seen:
            self._seen.add(key)
            self.nodes.append(key)

    def __post_init__(self) -> None:
        self._seen: set[Key] = set(self.nodes)


def spec(project: Project, definition: dict[str, Any]) -> ModelSpec:
    """The nodes and links ``definition`` gives on the project as it is now."""
    model = definition.get("model")
    if model not in MODELS:
        raise QdaError(
            tr("Unknown map model '{model}': use {models}").format(
                model=model, models=", ".join(MODELS)
            )
        )
    codes = [int(i) for i in definition.get("codes") or []]
    if model == "causal-network":
        from qdadesk.core.maps.causal import causal_network

        return causal_network(project, definition)
    if model == "code-relations":
        return code_relations(project, codes, int(definition.get("min", 1)))
    if model == "code-subcodes":
        return code_subcodes(project, codes)
    if model == "code-theory":
        if not codes:
            raise QdaError(tr("The code theory model needs a code"))
        return code_theory(project, codes, int(definition.get("segments", 5)))
    centers = _centers(definition)
    if model == "single-case":
        if len(centers) != 1:
            raise QdaError(tr("The single-case model needs one document or case"))
        return single_case(project, centers[0], int(definition.get("segments", 1)))
    if len(centers) != 2:
        raise QdaError(tr("The two-case comparison needs two documents or cases"))
    return two_cases(project, centers[0], centers[1])


def _centers(definition: dict[str, Any]) -> list[Key]:
    return [("document", int(i)) for i in definition.get("documents") or []] + [
        ("case", int(i)) for i in definition.get("cases") or []
    ]


def code_relations(project: Project, code_ids: list[int], minimum: int = 1) -> ModelSpec:
    import numpy as np

    from qdadesk.core.analysis.relations import code_relations as relations

    frame = relations(project)
    ids = list(frame.index)
    chosen = set(code_ids)
    result = ModelSpec(link_style="line")
    if chosen:
        for code_id in ids:
            if code_id in chosen:
                result.add_node(("code", code_id))
    grid = frame.to_numpy()
    rows, cols = np.nonzero(np.triu(grid, k=1) >= max(int(minimum), 1))
    for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
        a, b = ids[r], ids[c]
        if chosen and not (a in chosen and b in chosen):
            continue
        result.add_node(("code", a))
        result.add_node(("code", b))
        result.links.append((("code", a), ("code", b), float(grid[r, c])))
    if not chosen:  # nodes in code-system order, not in the order links found them
        order = {code_id: i for i, code_id in enumerate(ids)}
        result.nodes.sort(key=lambda key: order[key[1]])
    return result


def code_subcodes(project: Project, code_ids: list[int]) -> ModelSpec:
    codes = project.codes()
    children: dict[int | None, list[int]] = {}
    for code in codes:
        children.setdefault(code.parent_id, []).append(code.id)
    roots = code_ids or children.get(None, [])
    known = {c.id for c in codes}
    result = ModelSpec(layout="hierarchical")
    stack = [r for r in reversed(roots) if r in known]
    if len(stack) != len(roots):
        raise QdaError(tr("No such code"))
    while stack:
        code_id = stack.pop()
        result.add_node(("code", code_id))
        for child in reversed(children.get(code_id, [])):
            result.links.append((("code", code_id), ("code", child), 1.0))
            stack.append(child)
    return result


def center_codings(project: Project, center: Key) -> list[tuple[int, int, int, int, int]]:
    """The segments of a document or case: (coding id, code id, weight, start, end), in
    document order. A case's segments are those in its documents, or within its parts."""
    kind, object_id = center
    if kind == "document":
        sql = (
            'SELECT c.id, c.code_id, c.weight, c.start, c."end" FROM codings c '
            'WHERE c.document_id = ? ORDER BY c.start, c."end", c.id'
        )
    else:
        sql = (
            'SELECT DISTINCT c.id, c.code_id, c.weight, c.start, c."end" FROM codings c '
            "JOIN case_members m ON m.document_id = c.document_id AND m.case_id = ? "
            'AND (m.start IS NULL OR (c.start < m."end" AND m.start < c."end")) '
            'ORDER BY c.document_id, c.start, c."end", c.id'
        )
    return project.db.execute(sql, [object_id]).fetchall()


def strongest(rows: list[tuple[int, int, int, int, int]], count: int) -> list[int]:
    """The ``count`` strongest segments: highest weight, then longest, then first."""
    ranked = sorted(rows, key=lambda r: (-r[2], -(r[4] - r[3]), r[3], r[0]))
    return [r[0] for r in ranked[: max(count, 0)]]


def single_case(project: Project, center: Key, per_code: int = 1) -> ModelSpec:
    _check_center(project, center)
    result = ModelSpec()
    result.add_node(center)
    by_code: dict[int, list[Any]] = {}
    for row in center_codings(project, center):
        by_code.setdefault(row[1], []).append(row)
    for code_id in _code_order(project, by_code):
        rows = by_code[code_id]
        result.add_node(("code", code_id))
        result.links.append((center, ("code", code_id), float(len(rows))))
        for coding_id in strongest(rows, per_code):
            result.add_node(("segment", coding_id))
            result.links.append((("code", code_id), ("segment", coding_id), 1.0))
    return result


def two_cases(project: Project, first: Key, second: Key) -> ModelSpec:
    result = ModelSpec(link_style="line")
    for center in (first, second):
        _check_center(project, center)
        result.add_node(center)
    counts: dict[Key, dict[int, int]] = {}
    for center in (first, second):
        for row in center_codings(project, center):
            counts.setdefault(center, {}).setdefault(row[1], 0)
            counts[center][row[1]] += 1
    every = {code_id for found in counts.values() for code_id in found}
    for code_id in _code_order(project, every):
        result.add_node(("code", code_id))
        for center in (first, second):
            n = counts.get(center, {}).get(code_id)
            if n:
                result.links.append((center, ("code", code_id), float(n)))
    return result


def code_theory(project: Project, code_ids: list[int], per_code: int = 5) -> ModelSpec:
    result = ModelSpec()
    for code_id in code_ids:
        project.code(code_id)
        result.add_node(("code", code_id))
        memo_ids = [
            r[0]
            for r in project.db.execute(
                "SELECT m.id FROM memos m LEFT JOIN codings c ON c.id = m.coding_id "
                "WHERE m.code_id = ? OR c.code_id = ? ORDER BY m.id",
                [code_id, code_id],
            )
        ]
        for memo_id in memo_ids:
            result.add_node(("memo", memo_id))
            result.links.append((("code", code_id), ("memo", memo_id), 1.0))
        rows = project.db.execute(
            'SELECT id, code_id, weight, start, "end" FROM codings WHERE code_id = ?', [code_id]
        ).fetchall()
        for coding_id in strongest(rows, per_code):
            result.add_node(("segment", coding_id))
            result.links.append((("code", code_id), ("segment", coding_id), 1.0))
    return result


def _check_center(project: Project, center: Key) -> None:
    if center[0] == "document":
        project.document(center[1])
    else:
        project.case(center[1])


def _code_order(project: Project, code_ids: Any) -> list[int]:
    """``code_ids`` in code-system order (depth first, by position)."""
    wanted = set(code_ids)
    order = [code.id for code in project.codes()]
    placed = [i for i in order if i in wanted]
    return placed + sorted(wanted.difference(placed))
