"""The maps area's scenario: the code co-occurrence map of all 400 codes generated (the
relations computed, the nodes and links written as one undoable operation) and laid out
with the force-directed layout. Absolute target: under 2 s. Measured with every pair of
codes that meets at least once (``--min 1``) and with a readable map (``--min 10``)."""

from __future__ import annotations

from typing import Any

from benchmarks.framework import BenchContext, Result, absolute_result, measure


def _timed(project: Any, minimum: int, repeats: int) -> Result:
    from qdadesk.core.ops.map_models import model_definition

    definition = model_definition("code-relations", minimum=minimum)
    made: list[int] = []

    def clear() -> None:
        for map_id in made:
            project.delete_map(map_id)
        made.clear()
        project.clear_history()

    def generate() -> None:
        made.append(project.generate_map("Co-occurrence", definition).result)

    seconds = measure(generate, repeats=repeats, setup=clear)
    nodes, links = len(project.map_nodes(made[0])), len(project.map_links(made[0]))
    return absolute_result(
        f"Co-occurrence map, min {minimum} ({nodes} codes, {links:,} links): generated + laid out",
        seconds,
        2.0,
        note="relations + one undoable write + force layout (networkx)",
    )


def co_occurrence_map(ctx: BenchContext) -> list[Result]:
    from qdadesk.core import Project

    with Project.open(ctx.writable_copy()) as project:
        repeats = max(1, ctx.repeats // 2)
        return [_timed(project, minimum, repeats) for minimum in (1, 10)]


SCENARIOS = [co_occurrence_map]
