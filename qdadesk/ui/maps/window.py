"""Visual Tools -> Maps: named maps of the project on a canvas (MAXMaps).

A toolbar picks the map (several per project), makes new ones (blank or generated from the
coding), lays them out, switches link mode, snapping and layers, zooms and exports; the
map's memo (a causal network's analytic narrative) sits beside the canvas. Every change
is one core operation through the session, so Ctrl+Z undoes it here and in the main window.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QPoint, QPointF, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QToolBar,
    QToolButton,
)

from qdadesk.core import Operation, Project
from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import tr
from qdadesk.core.maps.records import LINK_STYLES
from qdadesk.ui import prompts
from qdadesk.ui.maps.canvas import LinkItem, MapScene, MapView, NodeItem
from qdadesk.ui.session import ProjectSession
from qdadesk.ui.window_api import MainWindowApi

MAP_TABLES = ("maps", "map_nodes", "map_links", "map_link_segments")
# What a change to these tables may alter on a map (names, colours, counts, texts).
SHOWN_TABLES = ("codes", "codings", "documents", "memos", "cases", "document_groups", "variables")


class MapsWindow(QMainWindow):
    """The maps of one project."""

    TITLE = "Maps"

    def __init__(self, session: ProjectSession, main_window: MainWindowApi | None = None) -> None:
        super().__init__(main_window.window() if main_window is not None else None)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("mapsWindow")
        self.setWindowTitle(tr("Maps"))
        self.session = session
        self.main_window = main_window
        self.map_id: int | None = None
        self.scene = MapScene(self)
        self.view = MapView(self.scene, self)
        self.view.context_menu = self._context_menu
        self.setCentralWidget(self.view)
        self.maps_combo = QComboBox()
        self.maps_combo.setObjectName("mapsCombo")
        self.maps_combo.setMinimumWidth(200)
        self.maps_combo.currentIndexChanged.connect(self._combo_changed)
        self.zoom_label = QLabel("100 %")
        self.memo = QPlainTextEdit()
        self.memo.setObjectName("mapMemo")
        self.memo.setPlaceholderText(tr("The map's memo: the analytic narrative of the network"))
        self._memo_timer = QTimer(self, singleShot=True, interval=800)
        self._memo_timer.timeout.connect(self.save_memo)
        self.memo.textChanged.connect(lambda: self._memo_timer.start())
        dock = QDockWidget(tr("Map memo"), self)
        dock.setObjectName("mapMemoDock")
        dock.setWidget(self.memo)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self._loading_memo = False
        self._build_toolbar()
        self.scene.nodesMoved.connect(self._nodes_moved)
        self.scene.linkWanted.connect(self._link_wanted)
        self.scene.itemActivated.connect(self.open_item)
        self.view.zoomChanged.connect(lambda z: self.zoom_label.setText(f"{round(z * 100)} %"))
        session.changed.connect(self._on_change)
        session.aboutToClose.connect(self.save_memo)
        self.resize(1100, 750)
        self.reload_maps()

    # -- building --------------------------------------------------------------------------
    def _action(
        self, name: str, text: str, slot: Callable[[], object], keys: str | None = None
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_toolbar(self) -> None:
        bar = self.addToolBar(tr("Maps"))
        bar.setObjectName("mapsToolbar")
        bar.addWidget(QLabel(tr("Map:") + " "))
        bar.addWidget(self.maps_combo)
        self.action_new = self._action("actionNewMap", tr("New Map…"), self.new_map)
        bar.addAction(self.action_new)
        generate = QMenu(tr("Generate"), self)
        for name, text in (
            ("code-relations", tr("Code Co-occurrence Model…")),
            ("code-subcodes", tr("Code-Subcodes Model…")),
            ("single-case", tr("Single-Case Model…")),
            ("code-theory", tr("Code Theory Model…")),
            ("two-case", tr("Two-Case Comparison…")),
            ("causal-network", tr("Causal Network from Codes…")),
        ):
            action = generate.addAction(text)
            action.setObjectName(f"actionGenerate_{name}")
            action.triggered.connect(lambda _c=False, n=name: self.generate(n))
        action = generate.addAction(tr("Causal Network from a Saved Display…"))
        action.setObjectName("actionGenerate_causal-display")
        action.triggered.connect(lambda _c=False: self.causal_network_from_display())
        self._menu_button(bar, tr("Generate"), generate, "generateButton")
        self.action_refresh = self._action("actionRefreshMap", tr("Refresh"), self.refresh_model)
        bar.addAction(self.action_refresh)
        map_menu = QMenu(tr("Map"), self)
        map_menu.addAction(self._action("actionRenameMap", tr("Rename Map…"), self.rename_map))
        map_menu.addAction(self._action("actionDeleteMap", tr("Delete Map"), self.delete_map))
        map_menu.addSeparator()
        map_menu.addAction(
            self._action("actionLayoutForce", tr("Force-Directed Layout"), lambda: self.layout())
        )
        map_menu.addAction(
            self._action(
                "actionLayoutHierarchical",
                tr("Hierarchical Layout (Left to Right)"),
                lambda: self.layout("hierarchical"),
            )
        )
        map_menu.addAction(
            self._action(
                "actionLayoutAll",
                tr("Lay Out Everything (Also Placed Nodes)"),
                lambda: self.layout("force", everything=True),
            )
        )
        self._menu_button(bar, tr("Map"), map_menu, "mapMenuButton")
        bar.addSeparator()
        self.action_text = self._action("actionAddText", tr("Text Box"), self.add_text_box)
        bar.addAction(self.action_text)
        self.action_link = self._action("actionLinkMode", tr("Link"), self._link_mode, "L")
        self.action_link.setCheckable(True)
        self.action_link.setToolTip(tr("Link mode: drag from one node to another"))
        bar.addAction(self.action_link)
        self.action_delete = self._action(
            "actionDeleteSelected", tr("Delete"), self.delete_selected, "Delete"
        )
        bar.addAction(self.action_delete)
        self.action_snap = self._action("actionSnap", tr("Grid"), self._snap_toggled)
        self.action_snap.setCheckable(True)
        self.action_snap.setChecked(QSettings().value("maps/snap", False, bool) is True)
        self.scene.snap = self.action_snap.isChecked()
        bar.addAction(self.action_snap)
        self.layers_menu = QMenu(tr("Layers"), self)
        self.layers_menu.aboutToShow.connect(self._fill_layers)
        self._menu_button(bar, tr("Layers"), self.layers_menu, "layersButton")
        bar.addSeparator()
        bar.addAction(
            self._action("actionZoomIn", tr("Zoom In"), lambda: self.view.zoom_by(1.25), "Ctrl++")
        )
        bar.addAction(
            self._action("actionZoomOut", tr("Zoom Out"), lambda: self.view.zoom_by(0.8), "Ctrl+-")
        )
        bar.addAction(self._action("actionZoomFit", tr("Fit"), self.view.fit, "Ctrl+0"))
        bar.addWidget(self.zoom_label)
        bar.addSeparator()
        export = QMenu(tr("Export"), self)
        for fmt, text in (
            ("png", tr("PNG Image…")),
            ("svg", tr("SVG Image…")),
            ("pdf", tr("PDF…")),
            ("xlsx", tr("Nodes, Links and Evidence (XLSX)…")),
        ):
            action = export.addAction(text)
            action.setObjectName(f"actionExportMap_{fmt}")
            action.triggered.connect(lambda _c=False, f=fmt: self.export(f))
        self._menu_button(bar, tr("Export"), export, "exportButton")
        self._action("actionMapUndo", tr("Undo"), self.session.undo, "Ctrl+Z")
        self._action("actionMapRedo", tr("Redo"), self.session.redo, "Ctrl+Y")

    def _menu_button(self, bar: QToolBar, text: str, menu: QMenu, name: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(button)
        return button

    # -- the project -----------------------------------------------------------------------
    @property
    def project(self) -> Project:
        return self.session.project

    def perform(self, call: Callable[[], Operation]) -> Operation | None:
        """Run one core operation through the session (undoable; a refusal is shown by the
        session)."""
        return self.session.perform(call, parent=self)

    def reload_maps(self, select: int | None = None) -> None:
        """Fill the maps list (keeping or choosing ``select``) and show that map."""
        wanted = select if select is not None else self.map_id
        self.maps_combo.blockSignals(True)
        self.maps_combo.clear()
        maps = self.project.maps()
        for info in maps:
            self.maps_combo.addItem(info.name, info.id)
        index = self.maps_combo.findData(wanted) if wanted is not None else -1
        if index < 0 and maps:
            index = 0
        self.maps_combo.setCurrentIndex(index)
        self.maps_combo.blockSignals(False)
        self.map_id = self.maps_combo.itemData(index) if index >= 0 else None
        self.show_map()

    def _combo_changed(self, index: int) -> None:
        self.save_memo()
        self.map_id = self.maps_combo.itemData(index) if index >= 0 else None
        self.show_map(fit=True)

    def show_map(self, fit: bool = False) -> None:
        """Draw the current map from the core."""
        map_id = self.map_id
        for action in (self.action_text, self.action_link, self.action_delete, self.action_refresh):
            action.setEnabled(map_id is not None)
        if map_id is None:
            self.scene.show_map([], [], set())
            self._set_memo("")
            return
        info = self.project.map(map_id)
        self.action_refresh.setEnabled(info.model is not None)
        nodes = self.project.map_nodes(map_id)
        images = {
            n.id: image
            for n in nodes
            if n.kind == "image" and (image := self.project.map_node_image(n.id)) is not None
        }
        self.scene.show_map(nodes, self.project.map_links(map_id), set(info.hidden_layers), images)
        if not self.memo.hasFocus():
            self._set_memo(info.memo)
        if fit:
            self.view.fit()

    def _set_memo(self, text: str) -> None:
        if self.memo.toPlainText() != text:
            self._loading_memo = True
            self.memo.setPlainText(text)
            self._loading_memo = False
            self._memo_timer.stop()

    def save_memo(self) -> None:
        """Keep the memo's text with the map (one operation, when it changed)."""
        self._memo_timer.stop()
        if self.map_id is None or self._loading_memo or self.session.closed:
            return
        map_id = self.map_id
        text = self.memo.toPlainText()
        with contextlib.suppress(QdaError):
            if self.project.map(map_id).memo != text:
                self.perform(lambda: self.project.set_map_memo(map_id, text))

    def _on_change(self, operation: Operation, _event: str) -> None:
        changes = operation.changes
        if changes.touched("maps"):
            QTimer.singleShot(0, self.reload_maps)
        elif changes.touched(*MAP_TABLES[1:], *SHOWN_TABLES):
            QTimer.singleShot(0, self.show_map)

    # -- maps ------------------------------------------------------------------------------
    def new_map(self) -> None:
        name = prompts.ask_text(self, tr("New Map"), tr("Name of the new map:"))
        if name:
            operation = self.perform(lambda: self.project.create_map(name))
            if operation is not None:
                self.reload_maps(operation.result)

    def rename_map(self) -> None:
        if self.map_id is None:
            return
        map_id = self.map_id
        old = self.project.map(map_id).name
        name = prompts.ask_text(self, tr("Rename Map"), tr("New name:"), old)
        if name and name != old:
            self.perform(lambda: self.project.rename_map(map_id, name))

    def delete_map(self) -> None:
        if self.map_id is None:
            return
        map_id = self.map_id
        name = self.project.map(map_id).name
        if prompts.confirm(
            self, tr("Delete Map"), tr("Delete the map '{name}'?").format(name=name)
        ):
            self.perform(lambda: self.project.delete_map(map_id))

    def generate(self, model: str, name: str | None = None, **choice: Any) -> int | None:
        """Make a generated map (asking what it needs unless given in ``choice``: codes,
        documents, minimum); returns its id."""
        from qdadesk.core.ops.map_models import model_definition
        from qdadesk.ui.maps.generate_dialog import ask_model_choice

        if not choice:
            asked = ask_model_choice(self, self.project, model)
            if asked is None:
                return None
            choice = asked
        name = name or choice.pop("name", None) or model
        try:
            definition = model_definition(model, **choice)
        except QdaError as error:
            QMessageBox.warning(self, tr("Maps"), str(error))
            return None
        operation = self.perform(lambda: self.project.generate_map(name, definition))
        if operation is None:
            return None
        map_id: int = operation.result
        self.reload_maps(map_id)
        self.view.fit()
        return map_id

    def causal_network_from_display(
        self, display: str | None = None, name: str | None = None
    ) -> int | None:
        """A causal network from a saved Miles & Huberman display (asked for unless given):
        its codes as variables in the display's order; returns the map's id."""
        from qdadesk.core.analysis.displays import display_names, load_display

        if display is None:
            names = display_names(self.project)
            if not names:
                QMessageBox.information(
                    self, tr("Maps"), tr("Save a display in the Display Builder first.")
                )
                return None
            display = prompts.ask_item(self, tr("Causal Network"), tr("Display:"), names)
            if not display:
                return None
        try:
            definition = load_display(self.project, display).to_json()
        except QdaError as error:
            QMessageBox.warning(self, tr("Maps"), str(error))
            return None
        name = name or tr("Causal network: {display}").format(display=display)
        return self.generate(
            "causal-network", name, display=definition, display_name=display, minimum=1
        )

    def refresh_model(self) -> None:
        map_id = self.map_id
        if map_id is not None:
            self.perform(lambda: self.project.refresh_map(map_id))

    def layout(self, kind: str = "force", everything: bool = False) -> None:
        map_id = self.map_id
        if map_id is not None:
            self.perform(lambda: self.project.layout_map(map_id, kind, everything))
            self.view.fit()

    # -- editing on the canvas -------------------------------------------------------------
    def _nodes_moved(self, positions: dict[int, tuple[float, float]]) -> None:
        self.perform(lambda: self.project.move_map_nodes(positions))

    def _link_wanted(self, from_id: int, to_id: int) -> None:
        self.perform(lambda: self.project.add_map_link(from_id, to_id))

    def _link_mode(self) -> None:
        self.scene.link_mode = self.action_link.isChecked()
        self.view.setDragMode(
            self.view.DragMode.NoDrag if self.scene.link_mode else self.view.DragMode.RubberBandDrag
        )

    def _snap_toggled(self) -> None:
        self.scene.snap = self.action_snap.isChecked()
        QSettings().setValue("maps/snap", self.scene.snap)

    def add_text_box(self, at: QPointF | None = None) -> None:
        if self.map_id is None:
            return
        map_id = self.map_id
        text = prompts.ask_multiline(self, tr("Text Box"), tr("Text:"))
        if text and text.strip():
            point = at or self.view.mapToScene(self.view.viewport().rect().center())
            self.perform(
                lambda: self.project.add_map_node(
                    map_id, "text", label=text, x=point.x(), y=point.y()
                )
            )

    def add_object_node(self, kind: str, ref_id: int, at: QPointF | None = None) -> None:
        """Put a code, document, memo, segment ... on the map."""
        if self.map_id is None:
            return
        map_id = self.map_id
        point = at or self.view.mapToScene(self.view.viewport().rect().center())
        self.perform(
            lambda: self.project.add_map_node(map_id, kind, ref_id, x=point.x(), y=point.y())
        )

    def delete_selected(self) -> None:
        nodes = [i.node.id for i in self.scene.selected_nodes()]
        links = [i.link.id for i in self.scene.selected_links()]
        if nodes:
            self.perform(lambda: self.project.remove_map_nodes(nodes))
        elif links:
            self.perform(lambda: self.project.remove_map_links(links))

    def _fill_layers(self) -> None:
        self.layers_menu.clear()
        if self.map_id is None:
            return
        map_id = self.map_id
        hidden = set(self.project.map(map_id).hidden_layers)
        for layer in self.project.map_layers(map_id):
            action = self.layers_menu.addAction(layer or tr("(base layer)"))
            action.setCheckable(True)
            action.setChecked(layer not in hidden)
            action.toggled.connect(
                lambda on, name=layer: self.perform(
                    lambda: self.project.set_map_layer_visible(map_id, name, on)
                )
            )
        self.layers_menu.addSeparator()
        self.layers_menu.addAction(tr("Move Selection to Layer…"), self.move_to_layer)

    def move_to_layer(self) -> None:
        nodes = self.scene.selected_nodes()
        if not nodes:
            return
        layer = prompts.ask_text(self, tr("Layer"), tr("Layer name (empty: base layer):"), "")
        if layer is None:
            return
        ids = [n.node.id for n in nodes]
        self.perform(lambda: self.project.set_map_nodes_layer(ids, layer.strip()))

    # -- context menu ----------------------------------------------------------------------
    def _context_menu(self, global_pos: QPoint, scene_pos: QPointF) -> None:
        if self.map_id is None:
            return
        menu = QMenu(self)
        nodes, links = self.scene.selected_nodes(), self.scene.selected_links()
        if len(nodes) == 2:
            a, b = nodes
            menu.addAction(
                tr("Link {a} \u2192 {b}").format(a=a.node.label[:30], b=b.node.label[:30]),
                lambda: self._link_wanted(a.node.id, b.node.id),
            )
        if len(nodes) >= 2:
            align = menu.addMenu(tr("Align"))
            for key, text in (
                ("left", tr("Align Left")),
                ("top", tr("Align Top")),
                ("center-x", tr("Align Centres Vertically")),
                ("center-y", tr("Align Centres Horizontally")),
                ("spread-x", tr("Distribute Horizontally")),
                ("spread-y", tr("Distribute Vertically")),
            ):
                align.addAction(text, partial(self.align, key))
        if len(nodes) == 1:
            node = nodes[0]
            menu.addAction(tr("Open"), lambda: self.open_item(node))
            menu.addAction(tr("Edit Label…"), lambda: self.edit_label(node))
        if len(links) == 1:
            self._link_menu(menu, links[0])
        if nodes or links:
            menu.addAction(tr("Delete"), self.delete_selected)
            menu.addSeparator()
        menu.addAction(tr("Text Box Here…"), lambda: self.add_text_box(scene_pos))
        menu.addAction(tr("Code Here…"), lambda: self._ask_code_node(scene_pos))
        menu.addAction(tr("Codes as Variables…"), lambda: self.place_codes(at=scene_pos))
        menu.addAction(tr("Image Here…"), lambda: self.add_image(at=scene_pos))
        menu.addAction(tr("Document Here…"), lambda: self._ask_object_node("document", scene_pos))
        menu.addAction(tr("Memo Here…"), lambda: self._ask_object_node("memo", scene_pos))
        menu.addAction(tr("Case Here…"), lambda: self._ask_object_node("case", scene_pos))
        menu.addAction(
            tr("Document Group Here…"), lambda: self._ask_object_node("group", scene_pos)
        )
        menu.addAction(tr("Variable Here…"), lambda: self._ask_object_node("variable", scene_pos))
        segments = menu.addAction(
            tr("Selected Retrieved Segments Here"), lambda: self._segment_nodes(scene_pos)
        )
        segments.setEnabled(bool(self._selected_segments()))
        menu.exec(global_pos)

    def _link_menu(self, menu: QMenu, item: LinkItem) -> None:
        link = item.link
        menu.addAction(tr("Edit Link Label…"), lambda: self.edit_link_label(item))
        signs = menu.addMenu(tr("Sign"))
        for sign, text in (
            ("+", tr("+ (increases)")),
            ("-", tr("\u2212 (decreases)")),
            ("", tr("None")),
        ):
            action = signs.addAction(
                text,
                partial(self.perform, partial(self.project.edit_map_link, link.id, sign=sign)),
            )
            action.setCheckable(True)
            action.setChecked(link.sign == sign)
        styles = menu.addMenu(tr("Style"))
        for style in LINK_STYLES:
            action = styles.addAction(
                style,
                partial(self.perform, partial(self.project.edit_map_link, link.id, style=style)),
            )
            action.setCheckable(True)
            action.setChecked(link.style == style)
        menu.addAction(tr("Weight…"), lambda: self.edit_link_weight(item))
        menu.addAction(
            tr("Reverse Direction"),
            lambda: self.perform(lambda: self.project.edit_map_link(link.id, reverse=True)),
        )
        menu.addSeparator()
        menu.addAction(tr("Attach Selected Retrieved Segments"), lambda: self.attach_segments(item))
        open_segments = menu.addAction(
            tr("Open Supporting Segments"), lambda: self.open_link_segments(item)
        )
        open_segments.setEnabled(link.segments > 0)

    def align(self, how: str) -> None:
        """Line the selected nodes up (one undoable step)."""
        items = self.scene.selected_nodes()
        if len(items) < 2:
            return
        positions = {i.node.id: (i.pos().x(), i.pos().y()) for i in items}
        if how == "left":
            left = min(i.pos().x() - i.box.width / 2 for i in items)
            positions = {i.node.id: (left + i.box.width / 2, i.pos().y()) for i in items}
        elif how == "top":
            top = min(i.pos().y() - i.box.height / 2 for i in items)
            positions = {i.node.id: (i.pos().x(), top + i.box.height / 2) for i in items}
        elif how in ("center-x", "center-y"):
            axis = 0 if how == "center-x" else 1
            middle = sum(p[axis] for p in positions.values()) / len(positions)
            positions = {
                k: (middle, p[1]) if axis == 0 else (p[0], middle) for k, p in positions.items()
            }
        else:
            axis = 0 if how == "spread-x" else 1
            order = sorted(positions, key=lambda k: positions[k][axis])
            first, last = positions[order[0]][axis], positions[order[-1]][axis]
            step = (last - first) / (len(order) - 1)
            for index, key in enumerate(order):
                x, y = positions[key]
                value = first + step * index
                positions[key] = (value, y) if axis == 0 else (x, value)
        self.perform(lambda: self.project.move_map_nodes(positions))

    def edit_label(self, item: NodeItem) -> None:
        node = item.node
        text = prompts.ask_text(
            self, tr("Label"), tr("Label (empty: the object's name):"), node.own_label
        )
        if text is not None:
            self.perform(lambda: self.project.edit_map_node(node.id, label=text))

    def edit_link_label(self, item: LinkItem) -> None:
        text = prompts.ask_text(self, tr("Link Label"), tr("Label:"), item.link.label)
        if text is not None:
            self.perform(lambda: self.project.edit_map_link(item.link.id, label=text))

    def edit_link_weight(self, item: LinkItem) -> None:
        value = prompts.ask_int(
            self, tr("Link Weight"), tr("Weight:"), int(item.link.weight), 0, 1_000_000
        )
        if value is not None:
            self.perform(lambda: self.project.edit_map_link(item.link.id, weight=float(value)))

    def _ask_code_node(self, at: QPointF) -> None:
        paths = self.project.code_paths()
        choice = prompts.ask_item(self, tr("Code"), tr("Code:"), sorted(paths.values()))
        if choice:
            code_id = next(i for i, p in paths.items() if p == choice)
            self.add_object_node("code", code_id, at)

    def add_image(self, path: str | None = None, at: QPointF | None = None) -> None:
        """A picture (PNG, JPEG, GIF) on the map, at most 320 units wide or high."""
        from pathlib import Path

        from PySide6.QtGui import QImage

        from qdadesk.core.maps.render import image_type

        if self.map_id is None:
            return
        map_id = self.map_id
        if path is None:
            path = prompts.ask_path(
                self, tr("Image"), "", tr("Pictures (*.png *.jpg *.jpeg *.gif)"), save=False
            )
        if not path:
            return
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            QMessageBox.warning(self, tr("Maps"), str(error))
            return
        picture = QImage.fromData(data)
        if image_type(data) is None or picture.isNull():
            QMessageBox.warning(self, tr("Maps"), tr("Choose a PNG, JPEG or GIF picture."))
            return
        scale = min(1.0, 320 / max(picture.width(), picture.height()))
        size = {"width": round(picture.width() * scale), "height": round(picture.height() * scale)}
        point = at or self.view.mapToScene(self.view.viewport().rect().center())
        self.perform(
            lambda: self.project.add_map_node(
                map_id,
                "image",
                label=Path(path).name,
                x=point.x(),
                y=point.y(),
                style=size,
                image=data,
            )
        )

    def place_codes(self, code_ids: list[int] | None = None, at: QPointF | None = None) -> None:
        """Codes as the variables of a causal network: placed in a column (one step), to
        be linked by hand with signed, evidence-backed links."""
        if self.map_id is None:
            return
        map_id = self.map_id
        if code_ids is None:
            from qdadesk.ui.maps.generate_dialog import ask_model_choice

            choice = ask_model_choice(self, self.project, "code-subcodes", title=tr("Codes"))
            code_ids = choice["code_ids"] if choice else []
        if not code_ids:
            return
        point = at or self.view.mapToScene(self.view.viewport().rect().center())
        items = [("code", i, point.x(), point.y() + 70 * n) for n, i in enumerate(code_ids)]
        self.perform(lambda: self.project.add_map_nodes(map_id, items))

    def _ask_object_node(self, kind: str, at: QPointF) -> None:
        """Ask for a document, memo, case, document group or variable and put it on the
        map at ``at``."""
        if kind == "document":
            names = {d.name: d.id for d in self.project.documents()}
        elif kind == "memo":
            names = {
                m.title or tr("(untitled memo {id})").format(id=m.id): m.id
                for m in self.project.memos()
            }
        elif kind == "group":
            names = {self.project.group_path(g.id): g.id for g in self.project.groups()}
        elif kind == "variable":
            names = {}
            for variable in self.project.variables():
                shown = variable.name
                if variable.scope != "document":  # a case variable may share a name
                    shown = tr("{name} (case variable)").format(name=variable.name)
                names[shown] = variable.id
        else:
            names = {c.name: c.id for c in self.project.cases()}
        if not names:
            QMessageBox.information(self, tr("Maps"), tr("The project has none yet."))
            return
        title = {
            "document": tr("Document"),
            "memo": tr("Memo"),
            "case": tr("Case"),
            "group": tr("Document Group"),
            "variable": tr("Variable"),
        }[kind]
        choice = prompts.ask_item(self, title, title + ":", list(names))
        if choice:
            self.add_object_node(kind, names[choice], at)

    def _selected_segments(self) -> list[int]:
        if self.main_window is None:
            return []
        return self.main_window.retrieved_segments.selected_coding_ids()

    def _segment_nodes(self, at: QPointF) -> None:
        """The segments selected in Retrieved Segments as nodes (one operation each)."""
        for index, coding_id in enumerate(self._selected_segments()[:20]):
            self.add_object_node("segment", coding_id, QPointF(at.x(), at.y() + 70 * index))

    # -- evidence --------------------------------------------------------------------------
    def attach_segments(self, item: LinkItem) -> None:
        ids = self._selected_segments()
        if not ids:
            QMessageBox.information(
                self, tr("Maps"), tr("Select the supporting segments in Retrieved Segments first.")
            )
            return
        self.perform(lambda: self.project.attach_link_segments(item.link.id, ids))

    def open_link_segments(self, item: LinkItem) -> None:
        from qdadesk.core.analysis.retrieval import segments_for_codings

        ids = self.project.map_link_segments(item.link.id)
        if self.main_window is not None:
            frame = segments_for_codings(self.project, ids)
            self.main_window.retrieved_segments.show_segments(
                frame, tr("Segments supporting the link")
            )

    # -- going back to the data ------------------------------------------------------------
    def open_item(self, item: NodeItem | LinkItem) -> None:
        """Double-click: a document opens in the Document Browser, a code's segments are
        activated, a memo opens in its editor, a segment is shown in its document, a link
        lists its supporting segments."""
        if isinstance(item, LinkItem):
            self.open_link_segments(item)
            return
        node = item.node
        if node.kind == "text":
            self.edit_label(item)
            return
        ref_id = node.ref_id
        if ref_id is None:
            return  # a text box or picture: no object behind it (object nodes name theirs)
        window = self.main_window
        if node.kind == "document" and window is not None:
            window.document_browser.open_document(ref_id)
            window.window().raise_()
        elif node.kind == "segment" and window is not None:
            coding = self.project.coding(ref_id)
            window.document_browser.open_document(coding.document_id)
            window.document_browser.select_range(coding.start, coding.end)
            window.window().raise_()
        elif node.kind == "code":
            activation = self.session.activation.with_codes({ref_id})
            if not activation.document_ids:
                activation = activation.with_documents({d.id for d in self.project.documents()})
            self.session.set_activation(activation)
        elif node.kind == "memo":
            from qdadesk.ui.memos import MemoEditor

            MemoEditor.open_memo(self.session, ref_id, self)

    # -- export ----------------------------------------------------------------------------
    def export(self, fmt: str) -> None:
        from qdadesk.ui.save_dialog import ask_save_path

        if self.map_id is None:
            return
        map_id = self.map_id
        filters = {
            "png": tr("PNG image (*.png)"),
            "svg": tr("SVG image (*.svg)"),
            "pdf": tr("PDF (*.pdf)"),
            "xlsx": tr("Excel workbook (*.xlsx)"),
        }
        name = self.project.map(map_id).name
        path = ask_save_path(self, tr("Export Map"), filters[fmt], f"{name}.{fmt}")
        if not path:
            return
        scale = 2.0
        if fmt == "png":
            dpi = prompts.ask_int(self, tr("PNG Resolution"), tr("Dots per inch:"), 192, 48, 1200)
            if dpi is None:
                return
            scale = dpi / 96.0
        self.export_to(fmt, path, scale)

    def export_to(self, fmt: str, path: str, scale: float = 2.0) -> None:
        from qdadesk.core.maps import files, render, tables
        from qdadesk.render import raster

        map_id = self.map_id
        if map_id is None:
            return
        try:
            if fmt == "svg":
                files.write_map_svg(self.project, map_id, path)
            elif fmt == "xlsx":
                tables.write_map_xlsx(self.project, map_id, path)
            elif fmt == "png":
                raster.svg_to_png(render.map_svg(self.project, map_id), path, scale)
            else:
                raster.svg_to_pdf(render.map_svg(self.project, map_id), path)
        except QdaError as error:
            QMessageBox.warning(self, tr("Maps"), str(error))
            return
        self.statusBar().showMessage(tr("Exported to {path}").format(path=path), 5000)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_memo()
        with contextlib.suppress(RuntimeError, TypeError):
            self.session.changed.disconnect(self._on_change)
            self.session.aboutToClose.disconnect(self.save_memo)
        super().closeEvent(event)
