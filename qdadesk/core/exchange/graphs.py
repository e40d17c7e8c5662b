"""Maps through REFI-QDA as ``Graph`` elements, and other tools' graphs as maps.

A map is a ``Graph``; a node a ``Vertex`` (its box as firstX/Y - secondX/Y, its object as
``representedGUID``: a code, source, note, case, selection, the ``Set`` of a document group
or a ``Variable``; text boxes and pictures represent nothing); a link an ``Edge``
(direction OneWay, Bidirectional or Associative; lineStyle dashed or solid). What REFI-QDA
has no attribute for (a link's sign, weight and evidence, node kinds and layers, the map's
memo and model, a picture's bytes and size) travels in our extras file, so QDA Desk reads
its own maps back whole.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import TYPE_CHECKING, Any

from qdadesk.core.i18n import tr
from qdadesk.core.maps.records import REF_COLUMNS
from qdadesk.core.maps.render import node_box

if TYPE_CHECKING:
    from qdadesk.core.exchange.export_state import ExportState
    from qdadesk.core.project import Project

_DIRECTIONS = {"arrow": "OneWay", "dashed": "OneWay", "double-arrow": "Bidirectional"}
_STYLES = {"OneWay": "arrow", "Bidirectional": "double-arrow", "Associative": "line"}
# The column holding each REFI-QDA object a vertex may represent, by table.
_REPRESENTED = (
    ("code", "codes", "guid"),
    ("document", "documents", "guid"),
    ("memo", "memos", "guid"),
    ("case", "cases", "guid"),
    ("segment", "codings", "selection_guid"),
    ("segment", "codings", "guid"),
    ("group", "document_groups", "guid"),
    ("variable", "variables", "guid"),
)
# The table of each kind's object (for its GUID).
_TABLES = {
    "code": "codes",
    "document": "documents",
    "memo": "memos",
    "case": "cases",
    "group": "document_groups",
    "variable": "variables",
}


def graph_elements(state: ExportState) -> list[Any]:
    """One ``Graph`` element per map (the export's builder makes them)."""
    from qdadesk.core.exchange.xml_text import selection_guid_for

    project, b = state.project, state.b
    known = {g.upper() for g in b.guids}
    elements = []
    for info in project.maps():
        graph = b.element("Graph", guid=info.guid, name=info.name)
        nodes = project.map_nodes(info.id)
        guids = {}
        for node in nodes:
            represented = _represented_guid(project, node)
            if node.kind == "segment" and node.ref_id is not None:
                coding = project.db.execute(
                    "SELECT guid, selection_guid FROM codings WHERE id = ?", [node.ref_id]
                ).fetchone()
                represented = coding[1] or selection_guid_for(coding[0])
            elif represented is not None and represented.upper() not in known:
                represented = None
            box = node_box(node)
            guids[node.id] = node.guid
            b.sub(
                graph,
                "Vertex",
                guid=node.guid,
                representedGUID=represented,
                name=node.label,
                firstX=round(node.x - box.width / 2),
                firstY=round(node.y - box.height / 2),
                secondX=round(node.x + box.width / 2),
                secondY=round(node.y + box.height / 2),
                shape="RoundedRectangle" if node.kind in ("code", "case") else "Rectangle",
                color=node.color.upper() if node.kind == "code" and node.color else None,
            )
        for link in project.map_links(info.id):
            b.sub(
                graph,
                "Edge",
                guid=link.guid,
                name=link.label or None,
                sourceVertex=guids[link.from_id],
                targetVertex=guids[link.to_id],
                direction=_DIRECTIONS.get(link.style, "Associative"),
                lineStyle="dashed" if link.style == "dashed" else "solid",
            )
        elements.append(graph)
    return elements


def _represented_guid(project: Project, node: Any) -> str | None:
    if node.kind not in _TABLES or node.ref_id is None:
        return None
    row = project.db.execute(
        f"SELECT guid FROM {_TABLES[node.kind]} WHERE id = ?", [node.ref_id]
    ).fetchone()
    return row[0] if row else None


def map_extras(db: Any) -> dict[str, Any]:
    """What our own import needs beyond the Graph elements."""
    maps = {
        guid: {"memo": memo, "model": json.loads(model) if model else None, "hidden": hidden}
        for guid, memo, model, hidden in db.execute(
            "SELECT guid, memo, model, hidden_layers FROM maps"
        )
    }
    nodes = {
        guid: {
            "kind": kind,
            "label": label,
            "layer": layer,
            "placed": placed,
            "generated": gen,
            "x": x,  # exact: a Vertex holds whole numbers
            "y": y,
            "style": json.loads(style or "{}"),
            **({"image": base64.b64encode(image).decode("ascii")} if image else {}),
        }
        for guid, kind, label, layer, placed, gen, x, y, style, image in db.execute(
            "SELECT guid, kind, label, layer, placed, generated, x, y, style, image FROM map_nodes"
        )
    }
    links = {}
    for link_id, guid, sign, weight, style, layer, generated in db.execute(
        "SELECT id, guid, sign, weight, style, layer, generated FROM map_links"
    ).fetchall():
        segments = [
            r[0]
            for r in db.execute(
                "SELECT c.guid FROM map_link_segments e JOIN codings c ON c.id = e.coding_id "
                "WHERE e.link_id = ? ORDER BY e.id",
                [link_id],
            )
        ]
        links[guid] = {
            "sign": sign,
            "weight": weight,
            "style": style,
            "layer": layer,
            "generated": generated,
            "segments": segments,
        }
    return {"maps": maps, "map_nodes": nodes, "map_links": links} if maps else {}


def import_graphs(importer: Any, graphs: list[Any]) -> None:
    """Each ``Graph`` becomes a map: vertices that represent a code, source, note, case or
    selection become nodes of that object, the others text boxes; edges become links."""
    from qdadesk.core.base import new_guid, now
    from qdadesk.core.exchange.qde_reader import children, clean_guid
    from qdadesk.core.exchange.report import IMPORTED

    db = importer.db
    for graph in graphs:
        guid = clean_guid(graph.get("guid")) or new_guid()
        name = _free_name(db, (graph.get("name") or "").strip() or tr("Map"))
        stamp = now()
        map_id = db.execute(
            "INSERT INTO maps (guid, name, created, modified) VALUES (?, ?, ?, ?)",
            [guid, name, stamp, stamp],
        ).lastrowid
        vertices: dict[str, int] = {}
        for vertex in children(graph, "Vertex"):
            vertex_guid = clean_guid(vertex.get("guid")) or new_guid()
            kind, column, ref_id = _resolve(db, clean_guid(vertex.get("representedGUID")))
            label = vertex.get("name") or ""
            x, y = _center(vertex)
            if kind is None:
                kind, label = "text", label or "?"
            columns = "guid, map_id, kind, label, x, y, placed"
            values = [vertex_guid, map_id, kind, label if kind == "text" else "", x, y, 1]
            if column:
                columns += f", {column}"
                values.append(ref_id)
            marks = ",".join("?" * len(values))
            vertices[vertex_guid] = db.execute(
                f"INSERT INTO map_nodes ({columns}) VALUES ({marks})", values
            ).lastrowid
        for edge in children(graph, "Edge"):
            source = vertices.get(clean_guid(edge.get("sourceVertex")) or "")
            target = vertices.get(clean_guid(edge.get("targetVertex")) or "")
            if source is None or target is None or source == target:
                continue
            style = _STYLES.get(edge.get("direction") or "", "line")
            if edge.get("lineStyle") == "dashed" and style == "arrow":
                style = "dashed"
            db.execute(
                "INSERT INTO map_links (guid, map_id, from_id, to_id, label, style) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    clean_guid(edge.get("guid")) or new_guid(),
                    map_id,
                    source,
                    target,
                    edge.get("name") or "",
                    style,
                ],
            )
        importer.report.add(IMPORTED, "Graph", tr("maps"), name)


def apply_map_extras(db: Any, extras: dict[str, Any]) -> None:
    """Our own extras for maps read back (see ``map_extras``)."""
    for guid, item in extras.get("maps", {}).items():
        db.execute(
            "UPDATE maps SET memo = ?, model = ?, hidden_layers = ? WHERE guid = ?",
            [
                str(item.get("memo") or ""),
                json.dumps(item["model"]) if item.get("model") else None,
                str(item.get("hidden") or "[]"),
                guid,
            ],
        )
    for guid, item in extras.get("map_nodes", {}).items():
        _restore_node(db, guid, item)
        db.execute(
            "UPDATE map_nodes SET label = CASE WHEN kind = 'text' THEN label ELSE ? END, "
            "layer = ?, placed = ?, generated = ?, x = COALESCE(?, x), y = COALESCE(?, y) "
            "WHERE guid = ?",
            [
                str(item.get("label") or ""),
                str(item.get("layer") or ""),
                int(bool(item.get("placed"))),
                int(bool(item.get("generated"))),
                _number(item.get("x")),
                _number(item.get("y")),
                guid,
            ],
        )
    for guid, item in extras.get("map_links", {}).items():
        sign = item.get("sign") if item.get("sign") in ("", "+", "-") else ""
        db.execute(
            "UPDATE map_links SET sign = ?, weight = ?, style = ?, layer = ?, generated = ? "
            "WHERE guid = ?",
            [
                sign,
                float(item.get("weight") or 1.0),
                str(item.get("style") or "arrow"),
                str(item.get("layer") or ""),
                int(bool(item.get("generated"))),
                guid,
            ],
        )
        for coding_guid in item.get("segments", []):
            db.execute(
                "INSERT OR IGNORE INTO map_link_segments (link_id, coding_id) SELECT l.id, c.id "
                "FROM map_links l, codings c WHERE l.guid = ? AND c.guid = ?",
                [guid, coding_guid],
            )


def _restore_node(db: Any, guid: str, item: dict[str, Any]) -> None:
    """A node's style, and a picture (a plain vertex in REFI-QDA) with its bytes."""
    from qdadesk.core.maps.render import image_type

    style = item.get("style")
    if isinstance(style, dict):
        db.execute("UPDATE map_nodes SET style = ? WHERE guid = ?", [json.dumps(style), guid])
    encoded = item.get("image")
    if item.get("kind") != "image" or not isinstance(encoded, str):
        return
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        return
    if image_type(data) is None:
        return  # only pictures we can show come back as pictures
    db.execute(
        "UPDATE map_nodes SET kind = 'image', image = ?, label = ? "
        "WHERE guid = ? AND kind = 'text'",
        [data, str(item.get("label") or ""), guid],
    )


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def _resolve(db: Any, guid: str | None) -> tuple[str | None, str | None, int | None]:
    if not guid:
        return None, None, None
    for kind, table, column in _REPRESENTED:
        row = db.execute(f"SELECT id FROM {table} WHERE {column} = ? LIMIT 1", [guid]).fetchone()
        if row:
            ref_column = REF_COLUMNS[kind]
            return kind, ref_column, row[0]
    return None, None, None


def _center(vertex: Any) -> tuple[float, float]:
    def number(name: str) -> float | None:
        try:
            return float(vertex.get(name))
        except (TypeError, ValueError):
            return None

    x1, y1 = number("firstX") or 0.0, number("firstY") or 0.0
    x2, y2 = number("secondX"), number("secondY")
    return ((x1 + x2) / 2 if x2 is not None else x1, (y1 + y2) / 2 if y2 is not None else y1)


def _free_name(db: Any, name: str) -> str:
    candidate, n = name, 1
    while db.execute("SELECT 1 FROM maps WHERE name = ?", [candidate]).fetchone():
        n += 1
        candidate = f"{name} ({n})"
    return candidate
