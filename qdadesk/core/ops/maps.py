"""Maps (MAXMaps, Miles & Huberman's networks): named canvases of nodes and links.

Every change is one undoable operation; moving many nodes at once (a drag, a layout) is
one. A node refers to its object (a code, document, memo, coded segment ...) and shows the
object's current name unless it has a label of its own.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from qdadesk.core.analysis.region_segments import region_quote
from qdadesk.core.base import new_guid, now
from qdadesk.core.changes import Operation
from qdadesk.core.errors import NotFoundError, QdaError
from qdadesk.core.i18n import tr
from qdadesk.core.maps.records import (
    LINK_STYLES,
    NODE_KINDS,
    REF_COLUMNS,
    SIGNS,
    MapInfo,
    MapLink,
    MapNode,
    kind_name,
)
from qdadesk.core.ops.parts import ProjectParts
from qdadesk.core.store.database import inserted_id

_MAP_SELECT = "SELECT id, guid, name, model, memo, hidden_layers, created, modified FROM maps"
_NODE_SELECT = (
    "SELECT n.id, n.guid, n.map_id, n.kind, "
    "COALESCE(n.code_id, n.document_id, n.group_id, n.case_id, n.memo_id, n.coding_id, "
    "n.variable_id), n.label, n.x, n.y, n.placed, n.generated, n.layer, n.style, "
    'd.name, m.title, ca.name, g.name, v.name, sd.name, s.start, s."end" '
    "FROM map_nodes n "
    "LEFT JOIN documents d ON d.id = n.document_id "
    "LEFT JOIN memos m ON m.id = n.memo_id "
    "LEFT JOIN cases ca ON ca.id = n.case_id "
    "LEFT JOIN document_groups g ON g.id = n.group_id "
    "LEFT JOIN variables v ON v.id = n.variable_id "
    "LEFT JOIN codings s ON s.id = n.coding_id "
    "LEFT JOIN documents sd ON sd.id = s.document_id"
)
_LINK_SELECT = (
    "SELECT l.id, l.guid, l.map_id, l.from_id, l.to_id, l.label, l.sign, l.weight, l.style, "
    "l.layer, l.generated, (SELECT COUNT(*) FROM map_link_segments e WHERE e.link_id = l.id) "
    "FROM map_links l"
)
SEGMENT_LABEL_LENGTH = 120


def _clean(text: str, what: str) -> str:
    text = unicodedata.normalize("NFC", " ".join((text or "").split()))
    if not text:
        raise QdaError(tr("A {what} name cannot be empty").format(what=what))
    return text


class MapOps(ProjectParts):
    # -- reading ---------------------------------------------------------------------------
    def maps(self) -> list[MapInfo]:
        """The project's maps, by name."""
        rows = self.db.execute(_MAP_SELECT + " ORDER BY name COLLATE NOCASE, id").fetchall()
        return [_map_info(row) for row in rows]

    def map(self, map_id: int) -> MapInfo:
        row = self.db.execute(_MAP_SELECT + " WHERE id = ?", [map_id]).fetchone()
        if row is None:
            raise NotFoundError(tr("No map with id {id}").format(id=map_id))
        return _map_info(row)

    def find_map(self, name: str) -> MapInfo:
        """The map called ``name`` (compared after NFC normalisation)."""
        name = unicodedata.normalize("NFC", name.strip())
        row = self.db.execute(_MAP_SELECT + " WHERE name = ?", [name]).fetchone()
        if row is None:
            raise NotFoundError(tr("No map named '{name}'").format(name=name))
        return _map_info(row)

    def map_nodes(self, map_id: int) -> list[MapNode]:
        """A map's nodes, oldest first, each with its object's name, reference and (codes)
        colour and number of segments."""
        rows = self.db.execute(_NODE_SELECT + " WHERE n.map_id = ? ORDER BY n.id", [map_id])
        return self._nodes_from_rows(rows.fetchall())

    def map_node(self, node_id: int) -> MapNode:
        rows = self.db.execute(_NODE_SELECT + " WHERE n.id = ?", [node_id]).fetchall()
        if not rows:
            raise NotFoundError(tr("No map node with id {id}").format(id=node_id))
        return self._nodes_from_rows(rows)[0]

    def map_links(self, map_id: int) -> list[MapLink]:
        rows = self.db.execute(_LINK_SELECT + " WHERE l.map_id = ? ORDER BY l.id", [map_id])
        return [_link(row) for row in rows]

    def map_link(self, link_id: int) -> MapLink:
        row = self.db.execute(_LINK_SELECT + " WHERE l.id = ?", [link_id]).fetchone()
        if row is None:
            raise NotFoundError(tr("No map link with id {id}").format(id=link_id))
        return _link(row)

    def map_link_segments(self, link_id: int) -> list[int]:
        """The coded segments (coding ids) attached to a link as its evidence."""
        return [
            r[0]
            for r in self.db.execute(
                "SELECT coding_id FROM map_link_segments WHERE link_id = ? ORDER BY id", [link_id]
            )
        ]

    def map_layers(self, map_id: int) -> list[str]:
        """The layers a map's nodes and links use ('' is the base layer), by name."""
        rows = self.db.execute(
            "SELECT layer FROM map_nodes WHERE map_id = ? UNION "
            "SELECT layer FROM map_links WHERE map_id = ? UNION SELECT ''",
            [map_id, map_id],
        )
        return sorted(r[0] for r in rows)

    def _nodes_from_rows(self, rows: list[tuple[Any, ...]]) -> list[MapNode]:
        code_ids = {
            r[4] for r in rows if r[3] == "code" and r[4] is not None
        }  # only codes need paths, colours and counts
        paths = self.code_paths() if code_ids else {}
        codes: dict[int, tuple[str, str]] = {}
        counts: dict[int, int] = {}
        if code_ids:
            marks = ",".join("?" * len(code_ids))
            for code_id, name, color in self.db.execute(
                f"SELECT id, name, color FROM codes WHERE id IN ({marks})", list(code_ids)
            ):
                codes[code_id] = (name, color)
            counts = dict(
                self.db.execute(
                    f"SELECT code_id, COUNT(*) FROM codings WHERE code_id IN ({marks}) "
                    "GROUP BY code_id",
                    list(code_ids),
                ).fetchall()
            )
        texts: dict[int, str] = {}
        segment_rows = [r for r in rows if r[3] == "segment" and r[4] is not None]
        if segment_rows:
            texts = self._segment_texts([r[4] for r in segment_rows])
        nodes = []
        for r in rows:
            (node_id, guid, map_id, kind, ref_id, label, x, y, placed, generated, layer, style) = r[
                :12
            ]
            doc_name, memo_title, case_name, group_name, variable_name, seg_doc, s0, s1 = r[12:]
            color = count = None
            ref: str | None = None
            name = ""
            if kind == "code" and ref_id in codes:
                name, color = codes[ref_id]
                ref, count = paths.get(ref_id, name), counts.get(ref_id, 0)
            elif kind == "document":
                name = ref = doc_name
            elif kind == "memo":
                name = ref = memo_title
            elif kind == "case":
                name = ref = case_name
            elif kind == "group":
                name = group_name
                ref = self.group_path(ref_id)
            elif kind == "variable":
                name = ref = variable_name
            elif kind == "segment":
                name = texts.get(ref_id, "")
                ref = f"{seg_doc}:{s0}-{s1}"
            nodes.append(
                MapNode(
                    node_id,
                    guid,
                    map_id,
                    kind,
                    ref_id,
                    label or name or "",
                    label,
                    ref,
                    x,
                    y,
                    bool(placed),
                    bool(generated),
                    layer,
                    json.loads(style or "{}"),
                    color,
                    count,
                )
            )
        return nodes

    def _segment_texts(self, coding_ids: list[int]) -> dict[int, str]:
        """Each segment's text, shortened for a node."""
        result = {}
        marks = ",".join("?" * len(coding_ids))
        for coding_id, text, region, page in self.db.execute(
            f'SELECT c.id, substr(t.text, c.start + 1, min(c."end" - c.start, ?)), '
            "c.x1 IS NOT NULL, c.page FROM codings c "
            f"JOIN document_texts t ON t.document_id = c.document_id WHERE c.id IN ({marks})",
            [SEGMENT_LABEL_LENGTH + 1, *coding_ids],
        ):
            text = " ".join((text or "").split())
            if region:  # a region: its text in the box, else "[region p. N]"
                text = region_quote(text, page)
            if len(text) > SEGMENT_LABEL_LENGTH:
                text = text[: SEGMENT_LABEL_LENGTH - 1] + "…"
            result[coding_id] = text
        return result

    # -- maps ------------------------------------------------------------------------------
    def create_map(self, name: str, memo: str = "") -> Operation:
        """A new, empty map; result: its id."""
        name = self._free_map_name(_clean(name, tr("map")), None)
        with self._writing(tr("Create map '{name}'").format(name=name)) as w:
            w.result = self._insert_map(name, None, memo)
        return w.operation

    def _insert_map(self, name: str, model: dict[str, Any] | None, memo: str = "") -> int:
        stamp = now()
        return inserted_id(
            self.db.execute(
                "INSERT INTO maps (guid, name, model, memo, created, modified) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [new_guid(), name, json.dumps(model) if model else None, memo, stamp, stamp],
            )
        )

    def _free_map_name(self, name: str, own_id: int | None) -> str:
        row = self.db.execute(
            "SELECT id FROM maps WHERE name = ? AND id IS NOT ?", [name, own_id]
        ).fetchone()
        if row is not None:
            raise QdaError(tr("A map named '{name}' exists already").format(name=name))
        return name

    def rename_map(self, map_id: int, name: str) -> Operation:
        self.map(map_id)
        name = self._free_map_name(_clean(name, tr("map")), map_id)
        with self._writing(tr("Rename map to '{name}'").format(name=name)) as w:
            self._touch_map(map_id, name=name)
            w.result = map_id
        return w.operation

    def set_map_memo(self, map_id: int, memo: str) -> Operation:
        """The map's memo: a causal network's analytic narrative."""
        self.map(map_id)
        with self._writing(tr("Edit map memo")) as w:
            self._touch_map(map_id, memo=memo or "")
            w.result = map_id
        return w.operation

    def set_map_layer_visible(self, map_id: int, layer: str, visible: bool) -> Operation:
        """Switch a layer on or off (kept with the map)."""
        hidden = list(self.map(map_id).hidden_layers)
        if visible and layer in hidden:
            hidden.remove(layer)
        elif not visible and layer not in hidden:
            hidden.append(layer)
        with self._writing(tr("Show or hide a map layer")) as w:
            self._touch_map(map_id, hidden_layers=json.dumps(sorted(hidden)))
            w.result = map_id
        return w.operation

    def delete_map(self, map_id: int) -> Operation:
        info = self.map(map_id)
        with self._writing(tr("Delete map '{name}'").format(name=info.name)) as w:
            self.db.execute("DELETE FROM maps WHERE id = ?", [map_id])
            w.result = map_id
        return w.operation

    def _touch_map(self, map_id: int, **columns: Any) -> None:
        columns["modified"] = now()
        sets = ", ".join(f"{c} = ?" for c in columns)
        self.db.execute(f"UPDATE maps SET {sets} WHERE id = ?", [*columns.values(), map_id])

    # -- nodes -----------------------------------------------------------------------------
    def add_map_node(
        self,
        map_id: int,
        kind: str,
        ref_id: int | None = None,
        label: str = "",
        x: float = 0.0,
        y: float = 0.0,
        layer: str = "",
        style: Mapping[str, Any] | None = None,
        image: bytes | None = None,
    ) -> Operation:
        """Place a node (a code, document, memo, segment ... by id, or a text box or
        image); result: its id. Its position counts as set by the user."""
        self.map(map_id)
        self._check_node(kind, ref_id, label)
        with self._writing(tr("Add map node")) as w:
            w.result = self._insert_node(
                map_id, kind, ref_id, label, x, y, layer, style, image, placed=True
            )
            self._touch_map(map_id)
        return w.operation

    def add_map_nodes(
        self, map_id: int, items: Iterable[tuple[str, int | None, float, float]]
    ) -> Operation:
        """Place several objects at once (codes chosen as a causal network's variables):
        ``(kind, object id, x, y)`` each; ONE undoable operation; result: the new ids."""
        self.map(map_id)
        items = list(items)
        for kind, ref_id, _x, _y in items:
            self._check_node(kind, ref_id, "")
        description = (
            tr("Add map node") if len(items) == 1 else tr("Add {n} map nodes").format(n=len(items))
        )
        with self._writing(description) as w:
            w.result = [
                self._insert_node(map_id, kind, ref_id, "", x, y, placed=True)
                for kind, ref_id, x, y in items
            ]
            self._touch_map(map_id)
        return w.operation

    def _check_node(self, kind: str, ref_id: int | None, label: str) -> None:
        if kind not in NODE_KINDS:
            raise QdaError(tr("Unknown node kind '{kind}'").format(kind=kind))
        column = REF_COLUMNS.get(kind)
        if column is None:
            if kind == "text" and not (label or "").strip():
                raise QdaError(tr("A text box needs a text"))
            return
        table = {
            "code_id": "codes",
            "document_id": "documents",
            "group_id": "document_groups",
            "case_id": "cases",
            "memo_id": "memos",
            "coding_id": "codings",
            "variable_id": "variables",
        }[column]
        if (
            ref_id is None
            or not self.db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [ref_id]).fetchone()
        ):
            raise NotFoundError(
                tr("No {kind} with id {id}").format(kind=kind_name(kind), id=ref_id)
            )

    def _insert_node(
        self,
        map_id: int,
        kind: str,
        ref_id: int | None,
        label: str,
        x: float,
        y: float,
        layer: str = "",
        style: Mapping[str, Any] | None = None,
        image: bytes | None = None,
        placed: bool = False,
        generated: bool = False,
    ) -> int:
        column = REF_COLUMNS.get(kind)
        columns = "guid, map_id, kind, label, image, x, y, placed, generated, layer, style"
        values = [
            new_guid(),
            map_id,
            kind,
            label or "",
            image,
            float(x),
            float(y),
            int(placed),
            int(generated),
            layer or "",
            json.dumps(dict(style or {})),
        ]
        if column:
            columns += f", {column}"
            values.append(ref_id)
        marks = ",".join("?" * len(values))
        return inserted_id(
            self.db.execute(f"INSERT INTO map_nodes ({columns}) VALUES ({marks})", values)
        )

    def map_node_image(self, node_id: int) -> bytes | None:
        row = self.db.execute("SELECT image FROM map_nodes WHERE id = ?", [node_id]).fetchone()
        return row[0] if row else None

    def move_map_nodes(self, positions: Mapping[int, tuple[float, float]]) -> Operation:
        """Move nodes (a drag of a selection): ONE undoable operation; the positions count
        as set by the user, so layouts leave them alone."""
        items = [(float(x), float(y), int(i)) for i, (x, y) in positions.items()]
        for _, _, node_id in items:
            self.map_node(node_id)
        description = (
            tr("Move map node")
            if len(items) == 1
            else tr("Move {n} map nodes").format(n=len(items))
        )
        with self._writing(description) as w:
            self.db.conn.executemany(
                "UPDATE map_nodes SET x = ?, y = ?, placed = 1 WHERE id = ?", items
            )
            w.result = len(items)
        return w.operation

    def edit_map_node(
        self,
        node_id: int,
        label: str | None = None,
        layer: str | None = None,
        style: Mapping[str, Any] | None = None,
    ) -> Operation:
        """Change a node's own label ('' shows its object's name again), layer or style."""
        node = self.map_node(node_id)
        if node.kind == "text" and label is not None and not label.strip():
            raise QdaError(tr("A text box needs a text"))
        columns: dict[str, Any] = {}
        if label is not None:
            columns["label"] = label
        if layer is not None:
            columns["layer"] = layer
        if style is not None:
            columns["style"] = json.dumps(dict(style))
        with self._writing(tr("Edit map node")) as w:
            if columns:
                sets = ", ".join(f"{c} = ?" for c in columns)
                self.db.execute(
                    f"UPDATE map_nodes SET {sets} WHERE id = ?", [*columns.values(), node_id]
                )
            w.result = node_id
        return w.operation

    def set_map_nodes_layer(self, node_ids: Iterable[int], layer: str) -> Operation:
        """Put nodes (and the links between them) on a layer ('' is the base layer)."""
        ids = list(dict.fromkeys(node_ids))
        for node_id in ids:
            self.map_node(node_id)
        with self._writing(tr("Move to layer '{layer}'").format(layer=layer)) as w:
            marks = ",".join("?" * len(ids))
            self.db.execute(f"UPDATE map_nodes SET layer = ? WHERE id IN ({marks})", [layer, *ids])
            self.db.execute(
                f"UPDATE map_links SET layer = ? WHERE from_id IN ({marks}) AND to_id IN ({marks})",
                [layer, *ids, *ids],
            )
            w.result = len(ids)
        return w.operation

    def remove_map_nodes(self, node_ids: Iterable[int]) -> Operation:
        """Remove nodes and their links (one operation)."""
        ids = list(dict.fromkeys(node_ids))
        for node_id in ids:
            self.map_node(node_id)
        description = (
            tr("Remove map node")
            if len(ids) == 1
            else tr("Remove {n} map nodes").format(n=len(ids))
        )
        with self._writing(description) as w:
            self.db.conn.executemany("DELETE FROM map_nodes WHERE id = ?", [[i] for i in ids])
            w.result = len(ids)
        return w.operation

    # -- links -----------------------------------------------------------------------------
    def add_map_link(
        self,
        from_id: int,
        to_id: int,
        label: str = "",
        sign: str = "",
        weight: float = 1.0,
        style: str = "arrow",
        layer: str = "",
    ) -> Operation:
        """Link two nodes of the same map; result: the link's id."""
        first, second = self.map_node(from_id), self.map_node(to_id)
        if first.map_id != second.map_id:
            raise QdaError(tr("Both ends of a link must be on the same map"))
        if from_id == to_id:
            raise QdaError(tr("A link needs two different nodes"))
        _check_link(sign, weight, style)
        with self._writing(tr("Add map link")) as w:
            w.result = self._insert_link(
                first.map_id, from_id, to_id, label, sign, weight, style, layer
            )
            self._touch_map(first.map_id)
        return w.operation

    def add_map_links(
        self, map_id: int, items: Iterable[tuple[int, int, str, str, float, str]]
    ) -> Operation:
        """Link many pairs of nodes of one map at once: ``(from, to, label, sign, weight,
        style)`` each; ONE undoable operation; result: the new links' ids."""
        self.map(map_id)
        items = list(items)
        on_map = {
            r[0] for r in self.db.execute("SELECT id FROM map_nodes WHERE map_id = ?", [map_id])
        }
        for from_id, to_id, _label, sign, weight, style in items:
            if from_id not in on_map or to_id not in on_map:
                raise QdaError(tr("Both ends of a link must be on the same map"))
            if from_id == to_id:
                raise QdaError(tr("A link needs two different nodes"))
            _check_link(sign, weight, style)
        with self._writing(tr("Add {n} map links").format(n=len(items))) as w:
            w.result = [
                self._insert_link(map_id, a, b, label, sign, weight, style)
                for a, b, label, sign, weight, style in items
            ]
            self._touch_map(map_id)
        return w.operation

    def _insert_link(
        self,
        map_id: int,
        from_id: int,
        to_id: int,
        label: str = "",
        sign: str = "",
        weight: float = 1.0,
        style: str = "arrow",
        layer: str = "",
        generated: bool = False,
    ) -> int:
        return inserted_id(
            self.db.execute(
                "INSERT INTO map_links (guid, map_id, from_id, to_id, label, sign, weight, style, "
                "layer, generated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    new_guid(),
                    map_id,
                    from_id,
                    to_id,
                    label or "",
                    sign,
                    float(weight),
                    style,
                    layer or "",
                    int(generated),
                ],
            )
        )

    def edit_map_link(
        self,
        link_id: int,
        label: str | None = None,
        sign: str | None = None,
        weight: float | None = None,
        style: str | None = None,
        layer: str | None = None,
        reverse: bool = False,
    ) -> Operation:
        """Change a link's label, sign (+, - or ''), weight, style or layer, or turn it
        round (``reverse``)."""
        link = self.map_link(link_id)
        _check_link(
            link.sign if sign is None else sign,
            link.weight if weight is None else weight,
            link.style if style is None else style,
        )
        columns: dict[str, Any] = {}
        for column, value in (
            ("label", label),
            ("sign", sign),
            ("weight", weight),
            ("style", style),
            ("layer", layer),
        ):
            if value is not None:
                columns[column] = value
        if reverse:
            columns["from_id"], columns["to_id"] = link.to_id, link.from_id
        if link.generated and (
            (label is not None and label != link.label) or (sign is not None and sign != link.sign)
        ):
            columns["generated"] = 0  # the user's now: a refresh keeps it
        with self._writing(tr("Edit map link")) as w:
            if columns:
                sets = ", ".join(f"{c} = ?" for c in columns)
                self.db.execute(
                    f"UPDATE map_links SET {sets} WHERE id = ?", [*columns.values(), link_id]
                )
            w.result = link_id
        return w.operation

    def remove_map_links(self, link_ids: Iterable[int]) -> Operation:
        ids = list(dict.fromkeys(link_ids))
        for link_id in ids:
            self.map_link(link_id)
        with self._writing(tr("Remove map link")) as w:
            self.db.conn.executemany("DELETE FROM map_links WHERE id = ?", [[i] for i in ids])
            w.result = len(ids)
        return w.operation

    def attach_link_segments(self, link_id: int, coding_ids: Iterable[int]) -> Operation:
        """Attach coded segments to a link as the evidence that supports it; segments
        already attached are skipped. Result: how many were attached."""
        self.map_link(link_id)
        ids = list(dict.fromkeys(coding_ids))
        for coding_id in ids:
            self.coding(coding_id)
        with self._writing(tr("Attach segments to a link")) as w:
            count = "SELECT COUNT(*) FROM map_link_segments WHERE link_id = ?"
            before = self.db.execute(count, [link_id]).fetchone()[0]
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO map_link_segments (link_id, coding_id) VALUES (?, ?)",
                [[link_id, i] for i in ids],
            )
            # Evidence the user attached makes a generated link his own (kept by a refresh).
            self.db.execute("UPDATE map_links SET generated = 0 WHERE id = ?", [link_id])
            w.result = self.db.execute(count, [link_id]).fetchone()[0] - before
        return w.operation

    def detach_link_segments(self, link_id: int, coding_ids: Iterable[int]) -> Operation:
        self.map_link(link_id)
        with self._writing(tr("Detach segments from a link")) as w:
            self.db.conn.executemany(
                "DELETE FROM map_link_segments WHERE link_id = ? AND coding_id = ?",
                [[link_id, i] for i in dict.fromkeys(coding_ids)],
            )
            w.result = link_id
        return w.operation


def _check_link(sign: str, weight: float, style: str) -> None:
    if sign not in SIGNS:
        raise QdaError(tr("A link's sign is +, - or nothing"))
    if not isinstance(weight, int | float) or weight < 0:
        raise QdaError(tr("A link's weight is a number of at least 0"))
    if style not in LINK_STYLES:
        raise QdaError(
            tr("Unknown link style '{style}': use {styles}").format(
                style=style, styles=", ".join(LINK_STYLES)
            )
        )


def _map_info(row: tuple[Any, ...]) -> MapInfo:
    model = json.loads(row[3]) if row[3] else None
    return MapInfo(
        row[0], row[1], row[2], model, row[4], tuple(json.loads(row[5] or "[]")), *row[6:]
    )


def _link(row: tuple[Any, ...]) -> MapLink:
    id_, guid, map_id, from_id, to_id, label, sign, weight, style, layer = row[:10]
    return MapLink(
        id_, guid, map_id, from_id, to_id, label, sign, weight, style, layer, bool(row[10]), row[11]
    )
