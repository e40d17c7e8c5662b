"""A map as data (JSON) and as a picture (SVG), without a screen; the geometry here (node
sizes, link widths, colours) is the one the window's canvas draws with too."""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING, Any

from qdadesk.core.maps.records import MapLink, MapNode

if TYPE_CHECKING:
    from qdadesk.core.project import Project

FONT_SIZE = 12.0
LINE_HEIGHT = 16.0
CHAR_WIDTH = 7.0  # an average character at FONT_SIZE (the canvas measures real widths)
PADDING = 8.0
MARGIN = 40.0
WRAP = {"segment": 34, "text": 30, "memo": 26}
MAX_LINES = {"segment": 4, "text": 6, "memo": 3}
# Fill and border by kind (codes use their own colour for the border and the badge).
KIND_FILL = {
    "code": "#ffffff",
    "document": "#e8eef7",
    "group": "#dde6f3",
    "case": "#e6f4ea",
    "memo": "#fff7c2",
    "segment": "#f4f4f4",
    "variable": "#f3e8f7",
    "text": "#ffffff",
    "image": "#ffffff",
}
KIND_BORDER = {
    "document": "#4a6fa5",
    "group": "#4a6fa5",
    "case": "#2e7d32",
    "memo": "#b59b00",
    "segment": "#9e9e9e",
    "variable": "#7b1fa2",
    "text": "#bdbdbd",
    "image": "#bdbdbd",
}
SIGN_COLORS = {"+": "#2e7d32", "-": "#c62828", "": "#616161"}
SIGN_TEXT = {"+": "+", "-": "\u2212", "": ""}


def node_border(node: MapNode) -> str:
    """A node's border colour: a code's own colour, darkened when it is so pale that it
    would vanish on the white map (a pale yellow or pink code stays findable)."""
    color = node.color if node.kind == "code" and node.color else None
    if color is None:
        return KIND_BORDER.get(node.kind, "#757575")
    try:
        red, green, blue = (int(color.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        return "#757575"
    luminance = (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255
    if luminance <= PALE:
        return color
    factor = PALE / luminance * 0.8
    return "#{:02x}{:02x}{:02x}".format(*(round(c * factor) for c in (red, green, blue)))


PALE = 0.6  # a border colour lighter than this (relative luminance) is darkened


@dataclass(frozen=True)
class NodeBox:
    """A node's drawn box: its size and the lines of text it shows."""

    width: float
    height: float
    lines: tuple[str, ...]


def node_lines(node: MapNode) -> list[str]:
    """The text a node shows, wrapped; a code adds its number of segments."""
    label = node.label or ""
    if node.kind in WRAP:
        text = f"\u201c{label}\u201d" if node.kind == "segment" else label
        lines = textwrap.wrap(text, WRAP[node.kind]) or [""]
        if len(lines) > MAX_LINES[node.kind]:
            lines = lines[: MAX_LINES[node.kind]]
            lines[-1] = lines[-1][: WRAP[node.kind] - 1] + "…"
        if node.kind == "memo" and node.own_label == "":
            lines = ["\u270e " + lines[0], *lines[1:]]
        return lines
    if node.kind == "code" and node.count is not None:
        return [f"{label} ({node.count})"]
    return [label]


def node_box(node: MapNode, text_width: Any = None) -> NodeBox:
    """The box a node is drawn in, centred on (x, y); ``text_width(line)`` measures a line
    (default: an average character width)."""
    if node.kind == "image":  # its picture's size, kept in its style
        return NodeBox(_size(node.style, "width", 160.0), _size(node.style, "height", 120.0), ())
    lines = node_lines(node)
    measure = text_width or (lambda line: len(line) * CHAR_WIDTH)
    widest = max((measure(line) for line in lines), default=0.0)
    extra = 14.0 if node.kind == "code" else 0.0  # the colour dot
    width = max(60.0, widest + 2 * PADDING + extra)
    height = len(lines) * LINE_HEIGHT + 2 * PADDING - 4
    return NodeBox(width, height, tuple(lines))


def _size(style: dict[str, Any], key: str, default: float) -> float:
    value = style.get(key)
    return float(min(max(value, 8), 4000)) if isinstance(value, int | float) else default


def image_type(data: bytes) -> str | None:
    """The MIME type of a PNG, JPEG or GIF picture (None for anything else)."""
    if data.startswith(b"\x89PNG"):
        return "image/png"
    if data.startswith(b"\xff\xd8"):
        return "image/jpeg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    return None


def link_width(weight: float, heaviest: float) -> float:
    """Line thickness by weight: 1 to 7 units, relative to the map's heaviest link."""
    if heaviest <= 1:
        return 1.5
    return 1.0 + 6.0 * math.log1p(max(weight, 0.0)) / math.log1p(heaviest)


def clip_to_box(cx: float, cy: float, tx: float, ty: float, box: NodeBox) -> tuple[float, float]:
    """Where the line from a box's centre (cx, cy) towards (tx, ty) leaves the box."""
    dx, dy = tx - cx, ty - cy
    if dx == 0 and dy == 0:
        return cx, cy
    half_w, half_h = box.width / 2, box.height / 2
    scale = min(
        half_w / abs(dx) if dx else math.inf,
        half_h / abs(dy) if dy else math.inf,
    )
    return cx + dx * scale, cy + dy * scale


def arrow_head(
    x1: float, y1: float, x2: float, y2: float, width: float
) -> list[tuple[float, float]]:
    """The triangle at the (x2, y2) end of a line, sized to the line's width."""
    length = 9.0 + 2.0 * width
    angle = math.atan2(y2 - y1, x2 - x1)
    spread = 0.42
    return [
        (x2, y2),
        (x2 - length * math.cos(angle - spread), y2 - length * math.sin(angle - spread)),
        (x2 - length * math.cos(angle + spread), y2 - length * math.sin(angle + spread)),
    ]


def link_caption(link: MapLink) -> str:
    """What a link shows at its middle: its sign and label; a generated undirected link (a
    co-occurrence) its count."""
    parts = [SIGN_TEXT.get(link.sign, ""), link.label]
    if link.generated and link.style == "line" and not link.label:
        parts.append(f"{link.weight:g}")
    return " ".join(p for p in parts if p)


def visible(project: Project, map_id: int) -> tuple[list[MapNode], list[MapLink]]:
    """A map's nodes and links on the layers that are switched on."""
    hidden = set(project.map(map_id).hidden_layers)
    nodes = [n for n in project.map_nodes(map_id) if n.layer not in hidden]
    shown = {n.id for n in nodes}
    links = [
        lk
        for lk in project.map_links(map_id)
        if lk.layer not in hidden and lk.from_id in shown and lk.to_id in shown
    ]
    return nodes, links


def map_json(project: Project, map_id: int) -> dict[str, Any]:
    """``{"nodes": [{id, kind, label, ref, x, y}], "links": [{from, to, label, sign,
    weight}]}``: ``ref`` is the code path, document name, memo title, case name ... (None
    for text boxes and images). Every node and link, whatever layer it is on."""
    nodes = project.map_nodes(map_id)
    return {
        "nodes": [
            {
                "id": n.id,
                "kind": n.kind,
                "label": n.label,
                "ref": n.ref,
                "x": round(n.x, 2),
                "y": round(n.y, 2),
            }
            for n in nodes
        ],
        "links": [
            {
                "from": lk.from_id,
                "to": lk.to_id,
                "label": lk.label,
                "sign": lk.sign,
                "weight": lk.weight,
            }
            for lk in project.map_links(map_id)
        ],
    }


def map_svg(project: Project, map_id: int) -> str:
    """The map as a standalone SVG picture (the layers that are on)."""
    nodes, links = visible(project, map_id)
    boxes = {n.id: node_box(n) for n in nodes}
    by_id = {n.id: n for n in nodes}
    if nodes:
        left = min(n.x - boxes[n.id].width / 2 for n in nodes) - MARGIN
        top = min(n.y - boxes[n.id].height / 2 for n in nodes) - MARGIN
        right = max(n.x + boxes[n.id].width / 2 for n in nodes) + MARGIN
        bottom = max(n.y + boxes[n.id].height / 2 for n in nodes) + MARGIN
    else:
        left, top, right, bottom = 0.0, 0.0, 200.0, 100.0
    evidence = evidence_lines(project, links, by_id)
    drawing_bottom = bottom
    if evidence:  # the evidence table goes below the drawing, at least this wide
        right = max(right, left + EVIDENCE_WRAP * CHAR_WIDTH + 2 * MARGIN)
        bottom += len(evidence) * LINE_HEIGHT + MARGIN
    width, height = right - left, bottom - top
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="{left:.1f} {top:.1f} {width:.1f} {height:.1f}" '
        f'font-family="Segoe UI, Helvetica, Arial, sans-serif" font-size="{FONT_SIZE:g}">',
    ]
    out.append(
        f'<rect x="{left:.1f}" y="{top:.1f}" width="{width:.1f}" height="{height:.1f}" '
        'fill="#ffffff"/>'
    )
    heaviest = max((lk.weight for lk in links), default=1.0)
    for link in links:
        out.extend(_svg_link(link, by_id, boxes, heaviest))
    for node in nodes:
        if node.kind == "image":
            out.extend(_svg_image(node, boxes[node.id], project.map_node_image(node.id)))
        else:
            out.extend(_svg_node(node, boxes[node.id]))
    if evidence:
        out.append('<g class="evidence">')
        y = drawing_bottom
        for text, heading in evidence:
            y += LINE_HEIGHT
            weight = ' font-weight="bold"' if heading else ""
            out.append(f'<text x="{left + MARGIN:.1f}" y="{y:.1f}"{weight}>{escape(text)}</text>')
        out.append("</g>")
    out.append("</svg>")
    return "\n".join(out) + "\n"


EVIDENCE_WRAP = 110  # characters per line of the evidence table under an exported map
EVIDENCE_QUOTE = 400  # a quote in that table is cut after this many characters


def evidence_lines(
    project: Project, links: list[MapLink], by_id: dict[int, MapNode]
) -> list[tuple[str, bool]]:
    """The evidence table under an exported map (a causal network's supporting segments):
    (line, is heading) for each link with segments, each quote with its source."""
    from qdadesk.core.i18n import tr

    lines: list[tuple[str, bool]] = []
    for link in links:
        ids = project.map_link_segments(link.id) if link.segments else []
        if not ids:
            continue
        if not lines:
            lines.append((tr("Evidence"), True))
        sign = {"+": " (+)", "-": " (\u2212)"}.get(link.sign, "")
        label = f" \u2013 {link.label}" if link.label else ""
        a, b = by_id[link.from_id].label, by_id[link.to_id].label
        lines.append(("", False))
        lines.append((f"{a} \u2192 {b}{sign}{label}", True))
        for coding_id in ids:
            coding = project.coding(coding_id)
            text = project.text(coding.document_id)
            quote = " ".join(text[coding.start : coding.end].split())
            if len(quote) > EVIDENCE_QUOTE:
                quote = quote[: EVIDENCE_QUOTE - 1] + "\u2026"
            paragraph = text.count("\n", 0, coding.start) + 1
            source = tr("{document}, \u00b6 {paragraph}").format(
                document=project.document(coding.document_id).name,
                paragraph=paragraph,
            )
            cited = f"\u2022 \u201c{quote}\u201d ({source})" if quote else f"\u2022 ({source})"
            for index, line in enumerate(textwrap.wrap(cited, EVIDENCE_WRAP)):
                lines.append(("  " + line if index else line, False))
    return lines


def _svg_link(
    link: MapLink, by_id: dict[int, MapNode], boxes: dict[int, NodeBox], heaviest: float
) -> list[str]:
    a, b = by_id[link.from_id], by_id[link.to_id]
    x1, y1 = clip_to_box(a.x, a.y, b.x, b.y, boxes[a.id])
    x2, y2 = clip_to_box(b.x, b.y, a.x, a.y, boxes[b.id])
    color = SIGN_COLORS.get(link.sign, SIGN_COLORS[""])
    width = link_width(link.weight, heaviest)
    attributes = [
        f'x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}"',
        f'stroke="{color}" stroke-width="{width:.2f}"',
    ]
    if link.style == "dashed":
        attributes.append('stroke-dasharray="6 4"')
    out = [f'<line class="link" {" ".join(attributes)}/>']
    # Arrowheads as polygons: SVG Tiny (what Qt paints PNG and PDF with) has no markers.
    heads = []
    if link.style in ("arrow", "double-arrow", "dashed"):
        heads.append(arrow_head(x1, y1, x2, y2, width))
    if link.style == "double-arrow":
        heads.append(arrow_head(x2, y2, x1, y1, width))
    for head in heads:
        points = " ".join(f"{px:.1f},{py:.1f}" for px, py in head)
        out.append(f'<polygon class="arrow" points="{points}" fill="{color}"/>')
    caption = link_caption(link) + (f" [{link.segments}]" if link.segments else "")
    if caption.strip():
        caption = caption.strip()
        mx, my = (x1 + x2) / 2, (y1 + y2) / 2
        # A white box behind the caption (SVG Tiny, which Qt paints with, has no text halo).
        width = len(caption) * CHAR_WIDTH + 6
        out.append(
            f'<rect x="{mx - width / 2:.1f}" y="{my - 18:.1f}" width="{width:.1f}" height="16" '
            'fill="#ffffff" fill-opacity="0.85"/>'
        )
        out.append(
            f'<text x="{mx:.1f}" y="{my - 6:.1f}" text-anchor="middle" fill="{color}">'
            f"{escape(caption)}</text>"
        )
    return out


def _svg_image(node: MapNode, box: NodeBox, data: bytes | None) -> list[str]:
    import base64

    x, y = node.x - box.width / 2, node.y - box.height / 2
    kind = image_type(data or b"")
    if kind is None:
        return [
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{box.width:.1f}" height="{box.height:.1f}" '
            'fill="#eeeeee" stroke="#bdbdbd"/>'
        ]
    encoded = base64.b64encode(data or b"").decode("ascii")
    return [
        f'<image class="node image" x="{x:.1f}" y="{y:.1f}" width="{box.width:.1f}" '
        f'height="{box.height:.1f}" xlink:href="data:{kind};base64,{encoded}" '
        f'href="data:{kind};base64,{encoded}"/>'
    ]


def _svg_node(node: MapNode, box: NodeBox) -> list[str]:
    x, y = node.x - box.width / 2, node.y - box.height / 2
    fill = KIND_FILL.get(node.kind, "#ffffff")
    border = node_border(node)
    radius = 10 if node.kind in ("code", "case") else 3
    dash = ' stroke-dasharray="4 3"' if node.kind == "text" else ""
    out = [
        f'<g class="node {node.kind}" data-id="{node.id}">',
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{box.width:.1f}" height="{box.height:.1f}" '
        f'rx="{radius}" fill="{fill}" stroke="{escape(border)}" stroke-width="1.5"{dash}/>',
    ]
    text_x = x + PADDING
    if node.kind == "code":
        out.append(
            f'<circle cx="{x + PADDING + 5:.1f}" cy="{node.y:.1f}" r="5" '
            f'fill="{escape(node.color or "#1f77b4")}"/>'
        )
        text_x += 14
    style = ' font-style="italic"' if node.kind == "segment" else ""
    for index, line in enumerate(box.lines):
        baseline = y + PADDING + (index + 1) * LINE_HEIGHT - 4
        out.append(f'<text x="{text_x:.1f}" y="{baseline:.1f}"{style}>{escape(line)}</text>')
    out.append("</g>")
    return out
