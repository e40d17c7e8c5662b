"""Visual Tools -> Maps in the real window: a map drawn, a node dragged with the mouse (one
undo step), a link drawn in link mode, generated models, double-click back to the data,
evidence attached to a link, exports; pixels checked where they matter."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from qdadesk.paths import sample_project_path

SHOTS = os.environ.get("QDADESK_SHOTS")  # a folder: save screenshots there to look at


@pytest.fixture
def main(qtbot, tmp_path, monkeypatch, qapp):
    from PySide6.QtCore import QSettings

    from qdadesk.ui import MainWindow

    qapp.setOrganizationName("QDA Desk Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    QSettings().clear()
    monkeypatch.setenv("QDADESK_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "sample.qdadesk"
    path.write_bytes(sample_project_path().read_bytes())
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1300, 850)
    assert window.open_project(path)
    yield window
    window.close()


def open_maps(main, qtbot):
    action = main.findChild(type(main.menu("Visual Tools").actions()[0]), "actionMaps")
    assert action in main.menu("Visual Tools").actions()
    action.trigger()
    maps = main.map_actions.dialogs["maps"]
    qtbot.waitExposed(maps)
    return maps


def shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def causal_network(project):
    map_id = project.create_map("Causal network").result
    funding = project.find_code("Barriers\\Funding")
    skills = project.find_code("Barriers\\Skills")
    quality = project.find_code("Outcomes\\Service quality")
    a = project.add_map_node(map_id, "code", funding.id, x=0, y=0).result
    b = project.add_map_node(map_id, "code", skills.id, x=320, y=-80).result
    c = project.add_map_node(map_id, "code", quality.id, x=320, y=120).result
    note = project.add_map_node(map_id, "text", label="Budget cuts after 2021", x=0, y=160).result
    project.add_map_link(a, b, "fewer trainings", "-", 3)
    project.add_map_link(b, c, "", "+", 1)
    project.add_map_link(note, a, "", "", 1, "dashed")
    project.set_map_memo(map_id, "Funding shortages drain skills, which lowers quality.")
    return map_id, funding, (a, b, c)


def drag(viewport, start: QPoint, end: QPoint, steps: int = 5) -> None:
    """Press, move with the left button held (QTest.mouseMove sends no button), release."""
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, steps + 1):
        point = QPointF(start + (end - start) * (step / steps))
        event = QMouseEvent(
            QEvent.Type.MouseMove,
            point,
            QPointF(viewport.mapToGlobal(point.toPoint())),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(viewport, event)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def node_center(maps, node_id) -> QPoint:
    item = maps.scene.nodes[node_id]
    return maps.view.mapFromScene(item.scenePos())


def test_drag_a_node_is_one_undo_step(main, qtbot):
    project = main.session.project
    map_id, funding, (a, b, c) = causal_network(project)
    maps = open_maps(main, qtbot)
    assert maps.maps_combo.currentText() == "Causal network"
    assert set(maps.scene.nodes) >= {a, b, c} and len(maps.scene.links) == 3
    assert maps.memo.toPlainText().startswith("Funding shortages")
    maps.view.set_zoom(1.0)
    maps.view.centerOn(160, 40)
    shot(maps, "maps-causal")
    start = node_center(maps, a)
    # The code's colour dot is painted where the node is.
    image = maps.view.viewport().grab().toImage()
    dot = start + QPoint(-int(maps.scene.nodes[a].box.width / 2) + 13, 0)
    assert _close(image.pixelColor(dot), QColor(funding.color))
    viewport = maps.view.viewport()
    drag(viewport, start, start + QPoint(50, 40))
    moved = project.map_node(a)
    assert (round(moved.x), round(moved.y)) == (50, 40) and moved.placed
    assert main.session.undo_stack.undoText() == "Move map node"
    maps.findChild(type(maps.action_link), "actionMapUndo").trigger()
    qtbot.waitUntil(lambda: maps.scene.nodes[a].pos().x() == 0)
    assert (project.map_node(a).x, project.map_node(a).y) == (0, 0)


def test_link_mode_draws_a_link_and_delete_removes_it(main, qtbot):
    project = main.session.project
    map_id, funding, (a, b, c) = causal_network(project)
    maps = open_maps(main, qtbot)
    maps.view.set_zoom(1.0)
    maps.view.centerOn(160, 40)
    maps.action_link.trigger()
    viewport = maps.view.viewport()
    drag(viewport, node_center(maps, a), node_center(maps, c))
    links = project.map_links(map_id)
    assert len(links) == 4 and (links[-1].from_id, links[-1].to_id) == (a, c)
    qtbot.waitUntil(lambda: len(maps.scene.links) == 4)
    maps.action_link.trigger()  # back to selecting
    maps.scene.clearSelection()
    maps.scene.links[links[-1].id].setSelected(True)
    maps.action_delete.trigger()
    assert len(project.map_links(map_id)) == 3


def test_generated_model_double_click_and_evidence(main, qtbot, tmp_path):
    project = main.session.project
    maps = open_maps(main, qtbot)
    doc = project.find_document("Aylin (citizen)")
    map_id = maps.generate("single-case", "Aylin", document_ids=[doc.id])
    assert maps.maps_combo.currentText() == "Aylin"
    kinds = {item.node.kind for item in maps.scene.nodes.values()}
    assert kinds == {"document", "code", "segment"}
    shot(maps, "maps-single-case")
    # Double-click the document: it opens in the Document Browser.
    document_node = next(i for i in maps.scene.nodes.values() if i.node.kind == "document")
    maps.view.centerOn(document_node)
    QTest.mouseDClick(
        maps.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=node_center(maps, document_node.node.id),
    )
    assert main.document_browser.current_document_id() == doc.id
    # Double-click a code: its segments are activated.
    code_node = next(i for i in maps.scene.nodes.values() if i.node.kind == "code")
    maps.open_item(code_node)
    assert main.session.activation.code_ids == {code_node.node.ref_id}
    # Evidence: attach segments to a link, open them.
    link_item = next(iter(maps.scene.links.values()))
    coding_ids = [c.id for c in project.codings(document_ids=[doc.id])][:2]
    main.retrieved_segments.selected_coding_ids = lambda: coding_ids
    maps.attach_segments(link_item)
    assert project.map_link_segments(link_item.link.id) == coding_ids
    maps.open_link_segments(maps.scene.links[link_item.link.id])
    assert main.retrieved_segments.segment_count() == 2
    # Exports.
    for fmt in ("png", "svg", "pdf", "xlsx"):
        target = tmp_path / f"map.{fmt}"
        maps.export_to(fmt, str(target), scale=1.5)
        assert target.stat().st_size > 0
    assert map_id == maps.map_id


def test_co_occurrence_map_of_the_sample_and_layers(main, qtbot):
    project = main.session.project
    maps = open_maps(main, qtbot)
    map_id = maps.generate("code-relations", "Co-occurrence", code_ids=[], minimum=1)
    assert len(maps.scene.links) == len(project.map_links(map_id)) > 0
    shot(maps, "maps-co-occurrence")
    node = next(iter(maps.scene.nodes.values())).node
    project_op = main.session.perform(lambda: project.set_map_nodes_layer([node.id], "extra"))
    assert project_op is not None
    main.session.perform(lambda: project.set_map_layer_visible(map_id, "extra", False))
    qtbot.waitUntil(lambda: node.id not in maps.scene.nodes)
    main.session.undo()
    qtbot.waitUntil(lambda: node.id in maps.scene.nodes)


def _close(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 40


def test_grid_snapping_and_placing_objects(main, qtbot, monkeypatch):
    from qdadesk.ui import prompts

    project = main.session.project
    map_id, funding, (a, b, c) = causal_network(project)
    maps = open_maps(main, qtbot)
    maps.view.set_zoom(1.0)
    maps.view.centerOn(160, 40)
    maps.action_snap.trigger()
    assert maps.scene.snap
    start = node_center(maps, a)
    drag(maps.view.viewport(), start, start + QPoint(33, 27))
    moved = project.map_node(a)
    assert moved.x % 20 == 0 and moved.y % 20 == 0 and (moved.x, moved.y) != (0, 0)
    monkeypatch.setattr(prompts, "ask_item", lambda *args, **kw: "Aylin (citizen)")
    maps._ask_object_node("document", QPointF(500, 500))
    placed = [n for n in project.map_nodes(map_id) if n.kind == "document"]
    assert [(n.ref, n.x, n.y) for n in placed] == [("Aylin (citizen)", 500, 500)]
    qtbot.waitUntil(lambda: placed[0].id in maps.scene.nodes)


def test_a_very_big_map_draws_its_links_in_one_item(main, qtbot, monkeypatch):
    from qdadesk.ui.maps import canvas

    monkeypatch.setattr(canvas, "BULK_LINKS", 2)
    project = main.session.project
    map_id, funding, (a, b, c) = causal_network(project)
    maps = open_maps(main, qtbot)
    assert maps.scene.bulk is not None and maps.scene.links == {}
    maps.view.set_zoom(1.0)
    maps.view.centerOn(160, 40)
    before = list(maps.scene.bulk.lines)
    start = node_center(maps, a)
    drag(maps.view.viewport(), start, start + QPoint(0, 60))
    assert (project.map_node(a).x, project.map_node(a).y) == (0, 60)
    qtbot.waitUntil(lambda: maps.scene.bulk is not None and maps.scene.bulk.lines != before)
    # Lines are painted (dark pixels between Funding and Skills).
    image = maps.view.viewport().grab().toImage()
    middle = (node_center(maps, a) + node_center(maps, b)) / 2
    dark = [
        image.pixelColor(middle + QPoint(dx, dy)).lightness() < 200
        for dx in range(-6, 7)
        for dy in range(-6, 7)
    ]
    assert any(dark)


def test_codes_as_variables_are_placed_in_one_step(main, qtbot):
    project = main.session.project
    maps = open_maps(main, qtbot)
    maps.new_map = None  # not used: the map is made through the core
    map_id = main.session.perform(lambda: project.create_map("Causal")).result
    qtbot.waitUntil(lambda: maps.map_id == map_id)
    codes = [project.find_code(p).id for p in ("Barriers\\Funding", "Barriers\\Skills", "Trust")]
    steps = main.session.undo_stack.count()
    maps.place_codes(codes)
    assert main.session.undo_stack.count() == steps + 1
    nodes = project.map_nodes(map_id)
    assert [n.ref_id for n in nodes] == codes and all(n.placed for n in nodes)
    qtbot.waitUntil(lambda: len(maps.scene.nodes) == 3)


def test_an_image_on_the_map_is_painted_and_exported(main, qtbot, tmp_path):
    from PySide6.QtGui import QImage

    picture = QImage(40, 30, QImage.Format.Format_RGB32)
    picture.fill(QColor("#ff00ff"))
    source = tmp_path / "photo.png"
    assert picture.save(str(source))
    project = main.session.project
    maps = open_maps(main, qtbot)
    map_id = main.session.perform(lambda: project.create_map("Pictures")).result
    qtbot.waitUntil(lambda: maps.map_id == map_id)
    maps.add_image(str(source), QPointF(0, 0))
    (node,) = project.map_nodes(map_id)
    assert (node.kind, node.label, node.style) == (
        "image",
        "photo.png",
        {"width": 40, "height": 30},
    )
    qtbot.waitUntil(lambda: node.id in maps.scene.nodes)
    maps.view.set_zoom(1.0)
    maps.view.centerOn(0, 0)
    image = maps.view.viewport().grab().toImage()
    assert image.pixelColor(node_center(maps, node.id)) == QColor("#ff00ff")
    png = tmp_path / "map.png"
    maps.export_to("png", str(png), scale=1.0)
    exported = QImage(str(png))
    assert exported.pixelColor(exported.width() // 2, exported.height() // 2) == QColor("#ff00ff")


def test_align_selected_nodes_in_one_step(main, qtbot):
    project = main.session.project
    map_id, funding, (a, b, c) = causal_network(project)
    maps = open_maps(main, qtbot)
    for node_id in (a, b, c):
        maps.scene.nodes[node_id].setSelected(True)
    steps = main.session.undo_stack.count()
    maps.align("center-y")
    assert main.session.undo_stack.count() == steps + 1
    ys = {project.map_node(i).y for i in (a, b, c)}
    assert len(ys) == 1
    qtbot.waitUntil(lambda: len({maps.scene.nodes[i].pos().y() for i in (a, b, c)}) == 1)
    for node_id in (a, b, c):
        maps.scene.nodes[node_id].setSelected(True)
    maps.align("spread-x")
    xs = sorted(project.map_node(i).x for i in (a, b, c))
    assert xs[1] - xs[0] == xs[2] - xs[1]
