"""Zooming a map stays fluid: zoomed out, links are drawn with pens of their width on
screen (a heavy link still shows thicker, in its sign's colour); a very big map's lines
show scaled while zooming and are painted sharp again once zooming pauses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from qdadesk.core.maps import render
from qdadesk.core.maps.records import MapLink, MapNode
from qdadesk.ui.maps import canvas
from qdadesk.ui.maps.canvas import MapScene, MapView


def node(node_id: int, x: float, y: float) -> MapNode:
    return MapNode(node_id, f"g{node_id}", 1, "text", None, f"N{node_id}", "", None, x, y,
                   True, False, "")  # fmt: skip


def link(link_id: int, a: int, b: int, sign: str, weight: float) -> MapLink:
    return MapLink(link_id, f"l{link_id}", 1, a, b, "", sign, weight, "line", "", False)


def thickness(image, x: int, y: int, color: QColor) -> int:
    """How many pixels tinted by ``color`` (its strongest channel leads, antialiased edges
    included) the column at ``x`` has around ``y``."""
    lead = max(range(3), key=lambda c: color.getRgb()[c])
    count = 0
    for row in range(y - 12, y + 13):
        rgb = image.pixelColor(x, row).getRgb()[:3]
        others = [rgb[c] for c in range(3) if c != lead]
        if sum(250 - v for v in rgb) > 40 and all(rgb[lead] > v + 8 for v in others):
            count += 1
    return count


@pytest.fixture
def shown(qtbot):
    def show(nodes, links):
        scene = MapScene()
        scene.show_map(nodes, links, set())
        view = MapView(scene)
        qtbot.addWidget(view)
        view.resize(600, 400)
        view.show()
        return scene, view

    return show


def test_zoomed_out_a_heavy_link_is_still_thicker_in_its_sign_colour(shown) -> None:
    nodes = [node(1, 0, 0), node(2, 1200, 0), node(3, 0, 300), node(4, 1200, 300)]
    links = [link(1, 1, 2, "+", 1.0), link(2, 3, 4, "-", 10.0)]
    scene, view = shown(nodes, links)
    view.set_zoom(0.4)
    view.centerOn(600, 150)
    image = view.viewport().grab().toImage()
    light_at = view.mapFromScene(QPointF(600, 0))
    heavy_at = view.mapFromScene(QPointF(600, 300))
    light = thickness(image, light_at.x(), light_at.y(), QColor(render.SIGN_COLORS["+"]))
    heavy = thickness(image, heavy_at.x(), heavy_at.y(), QColor(render.SIGN_COLORS["-"]))
    assert light >= 1
    assert heavy > light


def test_a_big_maps_lines_show_while_zooming_and_sharpen_after(shown, qtbot, monkeypatch):
    monkeypatch.setattr(canvas, "BULK_LINKS", 1)
    nodes = [node(1, 0, 0), node(2, 1200, 0), node(3, 0, 300), node(4, 1200, 300)]
    links = [link(1, 1, 2, "+", 1.0), link(2, 3, 4, "-", 10.0)]
    scene, view = shown(nodes, links)
    assert scene.bulk is not None
    view.fitInView(scene.itemsBoundingRect())
    view.viewport().grab()
    view.scale(1.25, 1.25)
    view.centerOn(600, 300)
    where = view.mapFromScene(QPointF(600, 300))
    image = view.viewport().grab().toImage()
    assert not scene.bulk.is_sharp()  # the picture, scaled, for this frame
    assert thickness(image, where.x(), where.y(), QColor(render.SIGN_COLORS["-"])) >= 1
    # Zooming pauses: the lines are painted again at the new zoom.
    qtbot.waitUntil(lambda: scene.bulk.is_sharp())
    image = view.viewport().grab().toImage()
    assert scene.bulk.is_sharp()
    assert thickness(image, where.x(), where.y(), QColor(render.SIGN_COLORS["-"])) >= 1
