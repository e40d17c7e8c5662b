"""Map layouts: force-directed (networkx's Fruchterman-Reingold) and hierarchical left to
right (layers by longest path, for causal chains). Positions given as ``fixed`` stay where
they are; only the other nodes are placed."""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Mapping
from typing import Any, TypeVar

# Distance between neighbouring nodes on the canvas, in scene units (pixels at 100 %).
SPACING = 170.0
LAYER_GAP = 240.0
ROW_GAP = 90.0

Point = tuple[float, float]
# A node: whatever the caller names nodes by (map node ids).
N = TypeVar("N", bound=Hashable)


def force_layout(
    nodes: Iterable[N],
    edges: Iterable[tuple[N, N, float]],
    fixed: Mapping[N, Point] | None = None,
    seed: int = 7,
) -> dict[N, Point]:
    """Positions for every node; those in ``fixed`` keep theirs."""
    import networkx as nx

    graph = nx.Graph()
    nodes = list(nodes)
    graph.add_nodes_from(nodes)
    for a, b, weight in edges:
        if a != b:
            graph.add_edge(a, b, weight=_weight_for_layout(weight))
    if not nodes:
        return {}
    fixed = {k: v for k, v in (fixed or {}).items() if k in graph}
    free = [n for n in nodes if n not in fixed]
    if not free:
        return dict(fixed)
    # Work in unit space (networkx's k is 1/sqrt(n) there) and scale back to the canvas.
    scale = SPACING * math.sqrt(len(nodes))
    center = _center(fixed.values()) if fixed else (0.0, 0.0)
    initial = {k: ((x - center[0]) / scale, (y - center[1]) / scale) for k, (x, y) in fixed.items()}
    if fixed:
        # Free nodes start near their placed neighbours (or on a circle round the middle).
        for i, node in enumerate(free):
            near = [initial[m] for m in graph.neighbors(node) if m in initial]
            angle = 2 * math.pi * i / len(free)
            if near:
                cx, cy = _center(near)
                initial[node] = (cx + 0.05 * math.cos(angle), cy + 0.05 * math.sin(angle))
            else:
                initial[node] = (0.6 * math.cos(angle), 0.6 * math.sin(angle))
    positions = _spring_positions(graph, initial, list(fixed), seed)
    result: dict[N, Point] = {}
    for node in nodes:
        if node in fixed:
            result[node] = fixed[node]
        else:
            x, y = positions[node]
            result[node] = (float(x) * scale + center[0], float(y) * scale + center[1])
    return result


# From this many nodes on, networkx's spring_layout switches to a sparse solver that needs
# SciPy, which QDA Desk does not ship (it would double the bundle's numerical libraries).
_SPARSE_FROM = 500


def _spring_positions(
    graph: Any, initial: dict[N, Point], fixed: list[N], seed: int
) -> dict[N, Point]:
    """networkx's Fruchterman-Reingold in unit space; its dense (numpy-only) solver for big
    maps too, where spring_layout itself would ask for SciPy."""
    import networkx as nx

    if len(graph) < _SPARSE_FROM:
        spring: dict[N, Point] = nx.spring_layout(
            graph,
            pos=initial or None,
            fixed=fixed or None,
            seed=seed,
            weight="weight",
            iterations=40,
            center=None if fixed else (0.0, 0.0),
            scale=None if fixed else 1.0,
        )
        return spring
    import numpy as np
    from networkx.drawing.layout import _fruchterman_reingold, rescale_layout

    order: list[N] = list(graph)
    matrix = nx.to_numpy_array(graph, nodelist=order, weight="weight")
    start = None
    k = None
    fixed_index = None
    if initial:
        rng = np.random.default_rng(seed)
        start = np.array(
            [initial[n] if n in initial else tuple(rng.random(2)) for n in order], dtype=float
        )
    if fixed:
        where = {node: i for i, node in enumerate(order)}
        fixed_index = np.asarray([where[n] for n in fixed])
        dom_size = max(1e-3, float(np.max(start))) if start is not None else 1.0
        k = dom_size / math.sqrt(len(order))
    positions = _fruchterman_reingold(matrix, k, start, fixed_index, 40, 1e-4, 2, seed)
    if not fixed:
        positions = rescale_layout(positions, scale=1.0)
    return {node: (float(x), float(y)) for node, (x, y) in zip(order, positions, strict=True)}


def _weight_for_layout(weight: float) -> float:
    # Strong links pull harder, but a link of 500 must not collapse its ends into one point.
    return 1.0 + math.log1p(max(weight, 0.0))


def _center(points: Iterable[Point]) -> Point:
    points = list(points)
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


def hierarchical_layout(
    nodes: Iterable[N],
    edges: Iterable[tuple[N, N, float]],
    fixed: Mapping[N, Point] | None = None,
) -> dict[N, Point]:
    """Left to right: a node's column is the longest chain of links leading to it (links
    in a cycle are treated as one step); within a column, nodes follow their predecessors'
    order. Nodes in ``fixed`` keep their positions."""
    import networkx as nx

    graph = nx.DiGraph()
    nodes = list(nodes)
    graph.add_nodes_from(nodes)
    graph.add_edges_from((a, b) for a, b, _ in edges if a != b)
    condensed = nx.condensation(graph)
    members = condensed.graph["mapping"]  # node -> component
    depth: dict[int, int] = {}
    for component in nx.topological_sort(condensed):
        preds = list(condensed.predecessors(component))
        depth[component] = 1 + max((depth[p] for p in preds), default=-1)
    # A node with no links has no chain to place it by: it would land in the first column
    # among the causes. It gets a column of its own after the last one instead (in the
    # order given), so the chain reads left to right undisturbed.
    linked = {n for n in nodes if graph.degree(n) > 0}
    if linked and len(linked) < len(nodes):
        last = 1 + max(depth[members[n]] for n in linked)
        for node in nodes:
            if node not in linked:
                depth[members[node]] = last
    columns: dict[int, list[N]] = {}
    for node in nodes:
        columns.setdefault(depth[members[node]], []).append(node)
    rows: dict[N, float] = {}
    order = {n: i for i, n in enumerate(nodes)}
    for column in sorted(columns):

        def place(node: N) -> tuple[float, int]:
            before = [rows[p] for p in graph.predecessors(node) if p in rows]
            return (sum(before) / len(before) if before else math.inf, order[node])

        for index, node in enumerate(sorted(columns[column], key=place)):
            rows[node] = float(index)
    fixed = dict(fixed or {})
    result: dict[N, Point] = {}
    tallest = max((len(c) for c in columns.values()), default=1)
    for node in nodes:
        if node in fixed:
            result[node] = fixed[node]
            continue
        column = depth[members[node]]
        offset = (tallest - len(columns[column])) / 2
        result[node] = (column * LAYER_GAP, (rows[node] + offset) * ROW_GAP)
    return result
