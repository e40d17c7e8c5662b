"""What a MAXMaps user sees: a code node with a pale colour keeps a visible border on the
canvas and in the SVG (the colour is darkened, not dropped)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF

from qdadesk.core.maps.render import map_svg, node_border
from tests.maps.test_maps_window import main, open_maps  # noqa: F401 (fixture)


def test_pale_code_keeps_a_visible_border(main, qtbot):  # noqa: F811
    project = main.session.project
    code = project.find_code("Barriers\\Funding")
    project.recolor_code(code.id, "#ffff99")
    map_id = project.create_map("Pale").result
    node_id = project.add_map_node(map_id, "code", code.id, x=0, y=0).result
    node = project.map_node(node_id)
    border = node_border(node)
    assert border != "#ffff99" and f'stroke="{border}"' in map_svg(project, map_id)
    assert node_border(project.map_node(node_id)) == border
    maps = open_maps(main, qtbot)
    maps.reload_maps(map_id)
    maps.view.set_zoom(1.0)
    maps.view.centerOn(QPointF(0, 0))
    item = maps.scene.nodes[node_id]
    image = maps.view.viewport().grab().toImage()
    top = maps.view.mapFromScene(QPointF(0, -item.box.height / 2))
    darkest = min(
        image.pixelColor(top + QPoint(dx, dy)).lightness() for dx in (-3, 0, 3) for dy in (-1, 0, 1)
    )
    assert darkest < 190
    # A code colour dark enough is used as it is.
    project.recolor_code(code.id, "#1f77b4")
    assert node_border(project.map_node(node_id)) == "#1f77b4"
