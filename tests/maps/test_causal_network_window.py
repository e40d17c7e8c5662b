"""A causal network from the window: the Display Builder's "Causal Network…" button and
Maps → Generate → Causal Network from a Saved Display; evidence opened from a link; one
undo step; the canvas looked at."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from tests.maps.test_maps_window import main, open_maps, shot  # noqa: F401 (fixture)

VARIABLES = [
    "Barriers\\Funding",
    "Barriers\\Skills",
    "Trust\\Citizen trust",
    "Outcomes\\Time savings",
    "Outcomes\\Service quality",
]


def test_causal_network_from_the_display_builder(main, qtbot):  # noqa: F811
    from qdadesk.core.analysis.displays import DisplayDefinition

    project = main.session.project
    action = main.findChild(QAction, "actionDisplayBuilder")
    action.trigger()
    builder = main.display_windows[-1]
    qtbot.waitExposed(builder)
    builder.set_definition(
        DisplayDefinition(rows="documents", columns="codes", cells="count", codes=VARIABLES)
    )
    builder.refresh()
    steps = main.session.undo_stack.count()
    button = builder.findChild(QPushButton, "causalNetwork")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert main.session.undo_stack.count() == steps + 1
    maps = main.map_actions.dialogs["maps"]
    qtbot.waitUntil(lambda: maps.maps_combo.currentText().startswith("Causal network"))
    map_id = maps.map_id
    nodes = project.map_nodes(map_id)
    assert [n.ref for n in nodes] == VARIABLES
    assert maps.memo.toPlainText().startswith("Causal network from the display")
    links = project.map_links(map_id)
    assert links and all(lk.segments > 0 and lk.style == "arrow" for lk in links)
    qtbot.waitUntil(lambda: len(maps.scene.links) == len(links))
    maps.view.fit()
    shot(maps, "maps-causal-from-display")
    # Evidence: double-clicking a link lists its supporting segments.
    item = maps.scene.links[links[0].id]
    maps.view.centerOn(item.line.center())
    point = maps.view.mapFromScene(item.line.center())
    QTest.mouseDClick(maps.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert main.retrieved_segments.segment_count() == links[0].segments
    main.session.undo()
    assert project.maps() == []


def test_causal_network_from_a_saved_display_in_the_maps_window(main, qtbot, monkeypatch):  # noqa: F811
    from qdadesk.core.analysis.displays import DisplayDefinition, save_display
    from qdadesk.ui import prompts

    project = main.session.project
    definition = DisplayDefinition(
        rows="codes", columns="documents", cells="count", codes=VARIABLES
    )
    save_display(project, "Effects", definition)
    maps = open_maps(main, qtbot)
    monkeypatch.setattr(prompts, "ask_item", lambda *args, **kw: "Effects")
    maps.findChild(QAction, "actionGenerate_causal-display").trigger()
    info = project.find_map("Causal network: Effects")
    assert info.model["display_name"] == "Effects"
    assert [n.ref for n in project.map_nodes(info.id)] == VARIABLES
    assert maps.maps_combo.currentText() == "Causal network: Effects"


def test_causal_network_dialog_keeps_the_order_the_user_gives(main, qtbot):  # noqa: F811
    from qdadesk.ui.maps.generate_dialog import ModelDialog

    project = main.session.project
    dialog = ModelDialog(None, project, "causal-network")
    qtbot.addWidget(dialog)
    codes = dialog.codes
    paths = [codes.item(row).text() for row in range(codes.count())]
    assert paths == list(project.code_paths().values())  # Code System order, not sorted
    # The user drags "Outcomes\Service quality" above "Barriers\Funding", then selects both.
    quality = paths.index("Outcomes\\Service quality")
    codes.insertItem(0, codes.takeItem(quality))
    funding = next(r for r in range(codes.count()) if codes.item(r).text() == "Barriers\\Funding")
    codes.item(funding).setSelected(True)
    codes.item(0).setSelected(True)
    choice = dialog.choice()
    wanted = [project.find_code(p).id for p in ("Outcomes\\Service quality", "Barriers\\Funding")]
    assert choice["code_ids"] == wanted
