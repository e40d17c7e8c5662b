"""On a map with more than 3,000 links (drawn in bulk), a click on a link selects that
link, the nearest one, never a neighbour; it can then be opened and edited like any link."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from tests.maps.test_maps_window import main, open_maps  # noqa: F401 (fixture)
from tests.maps.test_maps_window_objects import choose_in_context_menu

SIDE = 56  # 56 x 56 = 3,136 links


def dense_map(project):
    map_id = project.create_map("Dense").result
    left = [
        project.add_map_node(map_id, "text", label=f"L{i}", x=0, y=i * 30).result
        for i in range(SIDE)
    ]
    right = [
        project.add_map_node(map_id, "text", label=f"R{j}", x=900, y=j * 37).result
        for j in range(SIDE)
    ]
    project.add_map_links(map_id, [(a, b, "", "", 1.0, "line") for a in left for b in right])
    return map_id


def gaps(lines, px: float, py: float):
    """Distances from (px, py) to every line (numpy, one pass)."""
    import numpy as np

    x1, y1, x2, y2 = lines.T
    dx, dy = x2 - x1, y2 - y1
    t = np.clip(((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy), 0.0, 1.0)
    return np.hypot(x1 + t * dx - px, y1 + t * dy - py)


def clear_point(scene, wanted_gap: float):
    """A point on some link's line whose nearest other line is ``wanted_gap`` or more
    away, but under 8 units (a link item's hit area would reach the neighbour)."""
    import numpy as np

    lines = np.array([(ln.x1(), ln.y1(), ln.x2(), ln.y2()) for ln in scene.bulk.lines])
    for index in range(0, len(lines), 7):
        x1, y1, x2, y2 = lines[index]
        for t in (0.08, 0.1, 0.12):
            px, py = x1 + t * (x2 - x1), y1 + t * (y2 - y1)
            found = gaps(lines, px, py)
            found[index] = np.inf
            if wanted_gap <= found.min() < 8:
                return scene.bulk.items[index].id, QPointF(px, py)
    raise AssertionError("no clear point")


def test_click_selects_the_nearest_link_of_a_very_big_map(main, qtbot):  # noqa: F811
    project = main.session.project
    map_id = dense_map(project)
    maps = open_maps(main, qtbot)
    maps.reload_maps(map_id)
    scene = maps.scene
    assert scene.bulk is not None and len(scene.bulk.items) == SIDE * SIDE > 3000
    maps.view.set_zoom(1.0)
    link_id, point = clear_point(scene, 3.0)
    maps.view.centerOn(point)
    viewport = maps.view.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=maps.view.mapFromScene(point))
    assert [i.link.id for i in scene.selected_links()] == [link_id]
    assert scene.selected_nodes() == []
    # Right-click it: the menu acts on that link (Reverse Direction, one undo step).
    link = project.map_link(link_id)
    choose_in_context_menu(maps, qtbot, maps.view.mapFromScene(point), "Reverse Direction")
    turned = project.map_link(link_id)
    assert (turned.from_id, turned.to_id) == (link.to_id, link.from_id)
    main.session.undo()
    assert project.map_link(link_id).from_id == link.from_id
    # A click on empty canvas far from every line selects nothing.
    empty = QPointF(-300, -300)
    maps.view.centerOn(empty)
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=maps.view.mapFromScene(empty))
    assert scene.selectedItems() == []


def test_many_links_are_one_operation_and_checked(tmp_path):
    import pytest

    from qdadesk.core import Project
    from qdadesk.core.errors import QdaError

    with Project.create(tmp_path / "l.qdadesk") as project:
        map_id = project.create_map("m").result
        other = project.create_map("other").result
        a, b, c = (project.add_map_node(map_id, "text", label=t).result for t in "abc")
        elsewhere = project.add_map_node(other, "text", label="x").result
        for bad in ((a, a, "", "", 1.0, "line"), (a, elsewhere, "", "", 1.0, "line")):
            with pytest.raises(QdaError):
                project.add_map_links(map_id, [(a, b, "", "", 1.0, "line"), bad])
        assert project.map_links(map_id) == []
        operation = project.add_map_links(
            map_id, [(a, b, "x", "+", 2.0, "arrow"), (b, c, "", "-", 1.0, "dashed")]
        )
        links = project.map_links(map_id)
        assert [(lk.from_id, lk.to_id, lk.sign, lk.style) for lk in links] == [
            (a, b, "+", "arrow"),
            (b, c, "-", "dashed"),
        ]
        assert operation.result == [lk.id for lk in links]
        project.undo(operation)
        assert project.map_links(map_id) == []
