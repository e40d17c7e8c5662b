"""Generated maps (see ``qdadesk.core.maps.models``), refreshing them, and laying maps out.

A refresh brings a generated map up to date with the coding in ONE operation: the model's
nodes and links that are new are added (placed around the nodes already there), those the
coding no longer gives are removed, link weights are updated; every position already on
the map and everything the user added by hand stay as they are.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from qdadesk.core.base import new_guid
from qdadesk.core.changes import Operation
from qdadesk.core.errors import NotFoundError, QdaError
from qdadesk.core.i18n import tr
from qdadesk.core.maps import layout as layouts
from qdadesk.core.maps import models
from qdadesk.core.maps.records import MODELS, REF_COLUMNS
from qdadesk.core.ops.parts import ProjectParts
from qdadesk.core.store.database import inserted_id

LAYOUTS = ("force", "hierarchical")


def model_definition(
    model: str,
    code_ids: Iterable[int] = (),
    document_ids: Iterable[int] = (),
    case_ids: Iterable[int] = (),
    minimum: int = 1,
    segments: int | None = None,
    display: Mapping[str, Any] | None = None,
    display_name: str | None = None,
    mode: str | None = None,
) -> dict[str, Any]:
    """The definition a generated map keeps (see ``qdadesk.core.maps.models``); a causal
    network may come from a display (its definition's JSON, and its name for the memo)."""
    if model not in MODELS:
        raise QdaError(
            tr("Unknown map model '{model}': use {models}").format(
                model=model, models=", ".join(MODELS)
            )
        )
    definition: dict[str, Any] = {"model": model, "codes": [int(i) for i in code_ids]}
    if document_ids:
        definition["documents"] = [int(i) for i in document_ids]
    if case_ids:
        definition["cases"] = [int(i) for i in case_ids]
    if display is not None:
        if model != "causal-network":
            raise QdaError(tr("Only a causal network is made from a display"))
        from qdadesk.core.analysis.displays import DisplayDefinition

        definition["display"] = DisplayDefinition.from_json(dict(display)).to_json()
        if display_name:
            definition["display_name"] = display_name
    if model in ("code-relations", "causal-network"):
        if minimum < 1:
            raise QdaError(tr("The minimum number of co-occurrences is at least 1"))
        definition["min"] = int(minimum)
    if segments is not None:
        definition["segments"] = int(segments)
    if mode is not None and model == "causal-network":
        from qdadesk.core.analysis.relations import parse_mode

        parse_mode(mode)  # refuses an unknown mode now, not at every refresh
        definition["mode"] = mode.strip()
    return definition


class MapModelOps(ProjectParts):
    def generate_map(self, name: str, definition: dict[str, Any]) -> Operation:
        """Create the map ``name`` from a model definition (see ``model_definition``), or,
        when a map of that name exists, give it this definition and refresh it. Result: the
        map's id."""
        from qdadesk.core.ops.maps import _clean

        name = _clean(name, tr("map"))
        spec = models.spec(self._whole(), definition)
        try:
            existing = self.find_map(name).id
        except NotFoundError:
            existing = None
        with self._writing(tr("Generate map '{name}'").format(name=name)) as w:
            if existing is None:
                map_id = self._insert_map(name, definition)
            else:
                map_id = existing
                self._touch_map(map_id, model=json.dumps(definition))
            self._apply_spec(map_id, spec)
            if spec.memo and not self.map(map_id).memo.strip():
                self._touch_map(map_id, memo=spec.memo)
            w.result = map_id
        return w.operation

    def refresh_map(self, map_id: int) -> Operation:
        """Bring a generated map up to date with the coding (one operation)."""
        info = self.map(map_id)
        if not info.model:
            raise QdaError(
                tr("Map '{name}' was drawn by hand: there is nothing to refresh").format(
                    name=info.name
                )
            )
        spec = models.spec(self._whole(), info.model)
        with self._writing(tr("Refresh map '{name}'").format(name=info.name)) as w:
            self._apply_spec(map_id, spec)
            self._touch_map(map_id)
            w.result = map_id
        return w.operation

    def _apply_spec(self, map_id: int, spec: models.ModelSpec) -> None:
        db = self.db
        rows = db.execute(
            "SELECT id, kind, COALESCE(code_id, document_id, group_id, case_id, memo_id, "
            "coding_id, variable_id), generated, x, y FROM map_nodes WHERE map_id = ?",
            [map_id],
        ).fetchall()
        by_key: dict[tuple[str, int], int] = {}
        wanted = set(spec.nodes)
        gone = []
        positions: dict[int, tuple[float, float]] = {}
        for node_id, kind, ref_id, generated, x, y in rows:
            key = (kind, ref_id)
            if ref_id is not None and key in wanted and key not in by_key:
                by_key[key] = node_id
                positions[node_id] = (x, y)
            elif generated:
                gone.append(node_id)  # the coding no longer gives it
            else:
                positions[node_id] = (x, y)  # the user's own node stays
        db.conn.executemany("DELETE FROM map_nodes WHERE id = ?", [[i] for i in gone])
        new_ids = []
        for key in spec.nodes:
            if key not in by_key:
                node_id = self._insert_node(map_id, key[0], key[1], "", 0.0, 0.0, generated=True)
                by_key[key] = node_id
                new_ids.append(node_id)
        # Generated links: update weights, drop those no longer given, add the new ones. A
        # link the user has made his own (drawn, or a generated one given a sign, a label or
        # evidence) is never dropped nor doubled.
        links: dict[tuple[int, int], tuple[int, float]] = {}
        own: set[tuple[int, int]] = set()
        for link_id, a, b, weight, generated in db.execute(
            "SELECT id, from_id, to_id, weight, generated FROM map_links WHERE map_id = ?",
            [map_id],
        ):
            if generated:
                links[(a, b)] = (link_id, weight)
            else:
                own.add((a, b))
        kept = set()
        new_links = []
        evidence: list[tuple[int, int]] = []
        for a, b, weight in spec.links:
            ends = (by_key[a], by_key[b])
            kept.add(ends)
            if ends in own:
                continue
            if ends in links:
                link_id, old = links[ends]
                if old != weight:
                    db.execute("UPDATE map_links SET weight = ? WHERE id = ?", [weight, link_id])
            elif (a, b) in spec.signs or (a, b) in spec.evidence:
                # A causal link: made with its sign (the user's later sign is never
                # overwritten: a refresh only adds new evidence).
                link_id = inserted_id(
                    db.execute(
                        "INSERT INTO map_links (guid, map_id, from_id, to_id, sign, weight, style, "
                        "generated) VALUES (?, ?, ?, ?, ?, ?, ?, 1)",
                        [
                            new_guid(),
                            map_id,
                            *ends,
                            spec.signs.get((a, b), ""),
                            float(weight),
                            spec.link_style,
                        ],
                    )
                )
            else:
                new_links.append((new_guid(), map_id, *ends, float(weight), spec.link_style))
                continue
            evidence.extend((link_id, i) for i in spec.evidence.get((a, b), []))
        db.conn.executemany(
            "INSERT OR IGNORE INTO map_link_segments (link_id, coding_id) VALUES (?, ?)",
            evidence,
        )
        db.conn.executemany(
            "INSERT INTO map_links (guid, map_id, from_id, to_id, weight, style, generated) "
            "VALUES (?, ?, ?, ?, ?, ?, 1)",
            new_links,
        )
        db.conn.executemany(
            "DELETE FROM map_links WHERE id = ?",
            [[link_id] for ends, (link_id, _) in links.items() if ends not in kept],
        )
        if new_ids:
            self._layout(map_id, spec.layout, positions)

    def layout_map(self, map_id: int, layout: str = "force", everything: bool = False) -> Operation:
        """Place a map's nodes with a layout (force or hierarchical). Positions the user set
        are kept unless ``everything``; ONE undoable operation."""
        if layout not in LAYOUTS:
            raise QdaError(
                tr("Unknown layout '{layout}': use {layouts}").format(
                    layout=layout, layouts=", ".join(LAYOUTS)
                )
            )
        info = self.map(map_id)
        fixed: dict[int, tuple[float, float]] = {}
        if not everything:
            fixed = {
                node_id: (x, y)
                for node_id, x, y in self.db.execute(
                    "SELECT id, x, y FROM map_nodes WHERE map_id = ? AND placed", [map_id]
                )
            }
        with self._writing(tr("Lay out map '{name}'").format(name=info.name)) as w:
            if everything:
                self.db.execute("UPDATE map_nodes SET placed = 0 WHERE map_id = ?", [map_id])
            self._layout(map_id, layout, fixed)
            w.result = map_id
        return w.operation

    def _layout(self, map_id: int, layout: str, fixed: dict[int, tuple[float, float]]) -> None:
        nodes = [
            r[0]
            for r in self.db.execute(
                "SELECT id FROM map_nodes WHERE map_id = ? ORDER BY id", [map_id]
            )
        ]
        edges = self.db.execute(
            "SELECT from_id, to_id, weight FROM map_links WHERE map_id = ?", [map_id]
        ).fetchall()
        place = layouts.hierarchical_layout if layout == "hierarchical" else layouts.force_layout
        positions = place(nodes, edges, fixed)
        self.db.conn.executemany(
            "UPDATE map_nodes SET x = ?, y = ? WHERE id = ?",
            [(x, y, node_id) for node_id, (x, y) in positions.items() if node_id not in fixed],
        )


__all__ = ["LAYOUTS", "MapModelOps", "model_definition", "REF_COLUMNS"]
