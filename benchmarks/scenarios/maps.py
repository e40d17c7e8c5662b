"""The maps area's scenarios, each measured with every pair of codes that meets at least
once (``--min 1``) and with a readable map (``--min 10``):

- the code co-occurrence map of all 400 codes generated (the relations computed, the nodes
  and links written as one undoable operation) and laid out with the force-directed
  layout. Absolute target: under 2 s;
- the canvas: the scene built from the core's records (absolute target 0.25 s, the bare
  scene's time printed beside it), then zoom and pan frames with the view painting
  offscreen, each against a bare QGraphicsView over a bare scene of the same nodes and links
  (one item each) in the same run (ratio <= 1.5), and the slowest frame (under 100 ms:
  fluid)."""

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


# -- the canvas: building the scene, panning and zooming with the view painting -------------
STEPS = 4  # painted frames per gesture (zoom in, pan); the bare view takes seconds a frame


def _app() -> Any:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["benchmark"])


def _bare_scene(nodes: list, links: list) -> Any:
    """The bare way: one rectangle item per node (its text as a child) and one line item
    per link, in a plain QGraphicsScene: what a first canvas would do."""
    from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsScene, QGraphicsSimpleTextItem

    scene = QGraphicsScene()
    where = {}
    for node in nodes:
        rect = scene.addRect(node.x - 60, node.y - 12, 120, 24)
        QGraphicsSimpleTextItem(node.label, rect).setPos(node.x - 56, node.y - 9)
        where[node.id] = (node.x, node.y)
    for link in links:
        (x1, y1), (x2, y2) = where[link.from_id], where[link.to_id]
        scene.addItem(QGraphicsLineItem(x1, y1, x2, y2))
    return scene


def _frames(view: Any, scene: Any, gesture: str) -> float:
    """Seconds per painted frame of ``gesture`` (``zoom``: 1.25x in; ``pan``: 120 pixels
    sideways), from the whole map fitted in the view, painted offscreen."""
    import time

    view.resetTransform()
    view.fitInView(scene.itemsBoundingRect())
    view.viewport().grab()  # the first, fitted frame is not counted
    start = time.perf_counter()
    for _ in range(STEPS):
        if gesture == "zoom":
            view.scale(1.25, 1.25)
        else:
            bar = view.horizontalScrollBar()
            bar.setValue(bar.value() + 120)
        view.viewport().grab()
    return (time.perf_counter() - start) / STEPS


def _canvas(project: Any, minimum: int, repeats: int) -> list[Result]:
    import statistics

    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QGraphicsView

    from benchmarks.framework import ratio_result
    from qdadesk.core.ops.map_models import model_definition
    from qdadesk.ui.maps.canvas import MapScene, MapView

    map_id = project.generate_map(
        f"Canvas {minimum}", model_definition("code-relations", minimum=minimum)
    ).result
    nodes, links = project.map_nodes(map_id), project.map_links(map_id)
    size = f"{len(nodes)} codes, {len(links):,} links"
    scene = MapScene()
    ours_build = measure(lambda: scene.show_map(nodes, links, set()), repeats)
    bare_build = measure(lambda: _bare_scene(nodes, links), repeats)
    # Building is judged in absolute terms (a map opens without a wait): ours measures the
    # text, wraps labels and clips every line to its boxes, which the bare scene does not;
    # the ratio is printed for reference.
    results = [
        absolute_result(
            f"Map canvas built, min {minimum} ({size})",
            ours_build,
            0.25,
            note="measured labels, lines clipped to boxes",
            baseline_name="QGraphicsScene, one rect + line item each",
            baseline=bare_build,
        )
    ]
    bare_scene = _bare_scene(nodes, links)  # kept: a view does not own its scene
    ours_view, bare_view = MapView(scene), QGraphicsView(bare_scene)
    bare_view.setRenderHints(QPainter.RenderHint.Antialiasing)
    for view in (ours_view, bare_view):
        view.resize(1200, 800)
        view.show()
    worst = 0.0
    for gesture in ("zoom", "pan"):
        # Ours a few times (median), the bare view once: it takes seconds a frame.
        ours = statistics.median(
            _frames(ours_view, scene, gesture) for _ in range(max(1, repeats // 2))
        )
        bare = _frames(bare_view, bare_scene, gesture)
        worst = max(worst, ours)
        results.append(
            ratio_result(
                f"Map canvas {gesture}, one painted frame, min {minimum} ({size})",
                ours,
                "bare QGraphicsView over the bare scene",
                bare,
                max_ratio=1.5,
            )
        )
    for view in (ours_view, bare_view):
        view.close()
    results.append(
        absolute_result(
            f"Map canvas: slowest pan or zoom frame, min {minimum} ({size})",
            worst,
            0.1,
            note="fluid: a frame painted in under 100 ms",
        )
    )
    return results


def canvas_fluidity(ctx: BenchContext) -> list[Result]:
    """The maps canvas at the size of the benchmark project's co-occurrence map (every code,
    links for pairs meeting at least ``min`` times): building the scene from the core's
    records, then zoom and pan frames painted offscreen, against a bare QGraphicsScene of
    the same nodes and links (one item each) in a bare view, measured in the same run."""
    from qdadesk.core import Project

    _app()
    with Project.open(ctx.writable_copy()) as project:
        return [r for m in (1, 10) for r in _canvas(project, m, ctx.repeats)]


SCENARIOS = [co_occurrence_map, canvas_fluidity]
