"""The map canvas: a QGraphicsScene of node and link items over one map of the core.

Items hold ids and the core's records; every change a user makes (a drag, a new link) goes
to the core as ONE operation through the session (undoable), and the scene is rebuilt from
the core afterwards. The drawing follows ``qdadesk.core.maps.render`` (same boxes, colours,
arrowheads) so the canvas and the SVG, PNG and PDF exports look alike.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QLineF, QObject, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from qdadesk.core.maps import render
from qdadesk.core.maps.records import MapLink, MapNode

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

GRID = 20.0


def _font() -> QFont:
    font = QFont()
    font.setPointSizeF(9.0)
    return font


_FONT = QFont()
_ITALIC = QFont()
_METRICS: QFontMetricsF | None = None


def _ensure_fonts() -> QFontMetricsF:
    """The canvas's fonts, made once a Qt application exists; returns their metrics."""
    global _FONT, _ITALIC, _METRICS
    if _METRICS is None:
        _FONT = _font()
        _ITALIC = _font()
        _ITALIC.setItalic(True)
        _METRICS = QFontMetricsF(_FONT)
    return _METRICS


class NodeItem(QGraphicsItem):
    """One node: a box with its text, centred on the node's position."""

    def __init__(self, node: MapNode, metrics: QFontMetricsF, image: bytes | None = None) -> None:
        super().__init__()
        self.node = node
        self.picture = QImage.fromData(image) if image else None
        self.box = render.node_box(node, metrics.horizontalAdvance)
        self.links: list[LinkItem | BulkLinks] = []  # or the BulkLinks item of a very big map
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setPos(node.x, node.y)
        self.setZValue(1)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        # Always rich text, escaped: user text shows as typed, never as markup.
        self.setToolTip(f"<p style='white-space:pre'>{escape(node.ref or node.label)}</p>")

    def boundingRect(self) -> QRectF:  # noqa: N802
        w, h = self.box.width, self.box.height
        return QRectF(-w / 2 - 2, -h / 2 - 2, w + 4, h + 4)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        node, box = self.node, self.box
        rect = QRectF(-box.width / 2, -box.height / 2, box.width, box.height)
        if node.kind == "image":
            if self.picture is not None and not self.picture.isNull():
                painter.drawImage(rect, self.picture)
            if self.isSelected():
                painter.setPen(QPen(QColor("#1565c0"), 3))
                painter.drawRect(rect)
            return
        pen = QPen(QColor(render.node_border(node)), 1.5)
        if node.kind == "text":
            pen.setStyle(Qt.PenStyle.DashLine)
        if self.isSelected():
            pen = QPen(QColor("#1565c0"), 3)
        painter.setPen(pen)
        painter.setBrush(QBrush(QColor(render.KIND_FILL.get(node.kind, "#ffffff"))))
        radius = 10 if node.kind in ("code", "case") else 3
        painter.drawRoundedRect(rect, radius, radius)
        x = rect.left() + render.PADDING
        if node.kind == "code":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(node.color or "#1f77b4"))
            painter.drawEllipse(QPointF(x + 5, 0), 5, 5)
            x += 14
        painter.setFont(_ITALIC if node.kind == "segment" else _FONT)
        painter.setPen(QColor("#212121"))
        for index, line in enumerate(self.box.lines):
            baseline = rect.top() + render.PADDING + (index + 1) * render.LINE_HEIGHT - 4
            painter.drawText(QPointF(x, baseline), line)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:  # noqa: N802
        scene = self.scene()
        moving = change == QGraphicsItem.GraphicsItemChange.ItemPositionChange
        if moving and isinstance(scene, MapScene) and scene.snap:
            return QPointF(round(value.x() / GRID) * GRID, round(value.y() / GRID) * GRID)
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for link in self.links:
                link.follow(self)
        return super().itemChange(change, value)


class LinkItem(QGraphicsItem):
    """One link: a line (or arrow) between two nodes, its thickness by weight, coloured by
    its sign, with its sign and label in the middle."""

    def __init__(self, link: MapLink, start: NodeItem, end: NodeItem, heaviest: float) -> None:
        super().__init__()
        self.promoted = False  # made for one link of a bulk-drawn map (see ``MapScene.pick``)
        self.link = link
        self.start, self.end = start, end
        self.width = render.link_width(link.weight, heaviest)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(0)
        self.line = QLineF()
        self._caption = self.caption()
        caption_width = _ensure_fonts().horizontalAdvance(self._caption) if self._caption else 0.0
        self._caption_width = caption_width
        # Pens and arrowheads are made once (and the heads again after a move), not at
        # every paint: a pan repaints hundreds of links.
        self._colors = (
            QColor(render.SIGN_COLORS.get(link.sign, render.SIGN_COLORS[""])),
            QColor("#1565c0"),  # selected
        )
        self._pens = tuple(QPen(color, self.width) for color in self._colors)
        if link.style == "dashed":
            for pen in self._pens:
                pen.setStyle(Qt.PenStyle.DashLine)
        self._heads: list[QPolygonF] | None = None
        # Zoomed out, the line is drawn with a cosmetic pen of its width on screen (whole
        # pixels): a thin antialiased stroke of a scaled wide pen costs ~10x a hairline,
        # and a zoomed-out map of hundreds of links paints hundreds of them a frame.
        self._screen_pens: dict[tuple[int, int], QPen] = {}
        self._rect = QRectF()
        self.follow()
        start.links.append(self)
        end.links.append(self)
        if link.segments:
            self.setToolTip(f"{link.segments} supporting segments")

    def follow(self, _moved: NodeItem | None = None) -> None:
        """Recompute the line after an end moved."""
        self.prepareGeometryChange()
        a, b = self.start.pos(), self.end.pos()
        x1, y1 = render.clip_to_box(a.x(), a.y(), b.x(), b.y(), self.start.box)
        x2, y2 = render.clip_to_box(b.x(), b.y(), a.x(), a.y(), self.end.box)
        self.line = QLineF(x1, y1, x2, y2)
        margin = 20 + self.width
        self._rect = (
            QRectF(self.line.p1(), self.line.p2())
            .normalized()
            .adjusted(-margin - 60, -margin, margin + 60, margin)
        )
        self._shape: QPainterPath | None = None
        self._heads = None

    def distance(self, point: QPointF) -> float:
        """How far ``point`` is from the line (scene units)."""
        return _segment_distance(
            point.x(), point.y(), self.line.x1(), self.line.y1(), self.line.x2(), self.line.y2()
        )

    def _arrow_heads(self) -> list[QPolygonF]:
        if self._heads is None:
            (x1, y1), (x2, y2) = (self.line.x1(), self.line.y1()), (self.line.x2(), self.line.y2())
            heads = []
            if self.link.style in ("arrow", "double-arrow", "dashed"):
                heads.append(render.arrow_head(x1, y1, x2, y2, self.width))
            if self.link.style == "double-arrow":
                heads.append(render.arrow_head(x2, y2, x1, y1, self.width))
            self._heads = [QPolygonF([QPointF(x, y) for x, y in head]) for head in heads]
        return self._heads

    def caption(self) -> str:
        evidence = f" [{self.link.segments}]" if self.link.segments else ""
        return (render.link_caption(self.link) + evidence).strip()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect  # made once per move: the view asks for it at every frame

    def _screen_pen(self, selected: int, pixels: int) -> QPen:
        """The cosmetic pen of this link's width on screen (0: a one-pixel hairline)."""
        pen = self._screen_pens.get((selected, pixels))
        if pen is None:
            pen = QPen(self._pens[selected])
            pen.setWidthF(pixels)
            pen.setCosmetic(True)
            self._screen_pens[(selected, pixels)] = pen
        return pen

    def shape(self) -> QPainterPath:
        if self._shape is None:  # made once per move, not at every hover or paint
            path = QPainterPath(self.line.p1())
            path.lineTo(self.line.p2())
            stroker = QPainterPathStroker()
            stroker.setWidth(max(8.0, self.width + 4))
            self._shape = stroker.createStroke(path)
        return self._shape

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        # Far out (a whole map of hundreds of links on screen) a link is a thin line only:
        # arrowheads and captions are too small to read and cost most of the time.
        detail = option.levelOfDetailFromTransform(painter.worldTransform())
        selected = int(self.isSelected())
        color = self._colors[selected]
        if detail < 1.0:
            pixels = round(self.width * detail)  # the weight still shows as thickness
            painter.setPen(self._screen_pen(selected, pixels if pixels > 1 else 0))
        else:
            painter.setPen(self._pens[selected])
        if detail < 0.35:
            # A whole map on screen: plain lines (not antialiased: ~3x faster each), the
            # hint put back for the items painted next (the view does not save state).
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.drawLine(self.line)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            return
        painter.drawLine(self.line)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        for head in self._arrow_heads():
            painter.drawPolygon(head)
        if self._caption and detail >= 0.6:
            painter.setFont(_FONT)
            middle = self.line.center()
            width = self._caption_width
            box = QRectF(middle.x() - width / 2 - 3, middle.y() - 18, width + 6, 16)
            painter.setBrush(QColor(255, 255, 255, 220))
            painter.drawRect(box)
            painter.setPen(color)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self._caption)


class BulkLinks(QGraphicsItem):
    """Every link of a very big map (a co-occurrence map of hundreds of codes has tens of
    thousands) drawn by ONE item, in batches of lines that share a pen: per-item painting
    would make panning and zooming stutter. The lines are computed with numpy (all of them
    when the map is drawn, a dragged node's own while it moves); a click finds its link
    through ``nearest`` (see ``MapScene.pick``)."""

    def __init__(self, links: list[MapLink], nodes: dict[int, NodeItem], heaviest: float) -> None:
        import numpy as np

        super().__init__()
        self.setZValue(0)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.heaviest = heaviest
        self.nodes = nodes
        self.items = [lk for lk in links if lk.from_id in nodes and lk.to_id in nodes]
        self.pens: dict[tuple[str, int], list[int]] = {}
        for index, link in enumerate(self.items):
            width = round(render.link_width(link.weight, heaviest) * 2)  # half-unit steps
            self.pens.setdefault((link.sign, width), []).append(index)
        self.lines: list[QLineF] = []
        self.rect = QRectF()
        # The lines as painted at one zoom (whole map, while it fits in MAX_IMAGE_PIXELS):
        # a zoom step shows this picture scaled (a few ms) and the lines are painted again
        # at the new zoom once zooming pauses for SHARPEN_MS (20,000 lines take ~150 ms).
        self._image: QImage | None = None
        self._image_zoom = 0.0
        self._image_rect = QRectF()
        self._sharpen = QTimer()
        self._sharpen.setSingleShot(True)
        self._sharpen.setInterval(SHARPEN_MS)
        self._sharpen.timeout.connect(self.sharpen)
        self._by_node: dict[int, list[int]] = {}
        for index, link in enumerate(self.items):
            self._by_node.setdefault(link.from_id, []).append(index)
            self._by_node.setdefault(link.to_id, []).append(index)
        self._ends = np.array([(lk.from_id, lk.to_id) for lk in self.items], dtype=np.int64)
        self._coords = np.zeros((len(self.items), 4))
        for node in self._by_node:
            nodes[node].links.append(self)
        self.follow()

    def follow(self, moved: NodeItem | None = None) -> None:
        """Recompute the lines (after ``moved`` moved: only its own)."""
        import numpy as np

        if moved is None:
            indexes = np.arange(len(self.items))
        else:
            indexes = np.asarray(self._by_node.get(moved.node.id, []), dtype=np.int64)
        if len(indexes) == 0 and moved is not None:
            return
        self.prepareGeometryChange()
        self._image = None
        self._coords[indexes] = self._clipped(indexes)
        if moved is None:
            self.lines = [QLineF(*row) for row in self._coords.tolist()]
        else:
            for index, row in zip(indexes.tolist(), self._coords[indexes].tolist(), strict=True):
                self.lines[index] = QLineF(*row)
        if len(self._coords):
            xs, ys = self._coords[:, 0::2], self._coords[:, 1::2]
            left, top = float(xs.min()), float(ys.min())
            self.rect = QRectF(
                left - 10, top - 10, float(xs.max()) - left + 20, float(ys.max()) - top + 20
            )

    def _clipped(self, indexes: NDArray[np.int64]) -> NDArray[np.float64]:
        """The lines of ``indexes`` from box edge to box edge (as ``render.clip_to_box``)."""
        import numpy as np

        ids = self._ends[indexes]
        wanted = {int(i) for i in np.unique(ids)}
        facts = {}
        for node_id in wanted:
            item = self.nodes[node_id]
            pos = item.pos()
            facts[node_id] = (pos.x(), pos.y(), item.box.width / 2, item.box.height / 2)
        table = np.array([facts[int(i)] for i in ids.ravel()]).reshape(len(ids), 2, 4)
        a, b = table[:, 0], table[:, 1]
        dx, dy = b[:, 0] - a[:, 0], b[:, 1] - a[:, 1]
        with np.errstate(divide="ignore", invalid="ignore"):
            ax, ay = np.abs(dx), np.abs(dy)
            start = np.minimum(
                np.where(ax > 0, a[:, 2] / ax, np.inf), np.where(ay > 0, a[:, 3] / ay, np.inf)
            )
            end = np.minimum(
                np.where(ax > 0, b[:, 2] / ax, np.inf), np.where(ay > 0, b[:, 3] / ay, np.inf)
            )
        start = np.where(np.isfinite(start), start, 0.0)
        end = np.where(np.isfinite(end), end, 0.0)
        return np.column_stack(
            (a[:, 0] + dx * start, a[:, 1] + dy * start, b[:, 0] - dx * end, b[:, 1] - dy * end)
        )

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self.rect

    def shape(self) -> QPainterPath:
        # Clicks find a link through ``nearest`` (the scene asks it): the item itself is
        # never hit, so a click between links does not select this whole layer.
        return QPainterPath()

    def nearest(self, point: QPointF, tolerance: float) -> tuple[MapLink, float] | None:
        """The link whose line passes closest to ``point``, within ``tolerance`` (scene
        units), with its distance: one vectorised pass over every line."""
        import numpy as np

        if not self.lines:
            return None
        x1, y1, x2, y2 = self._coords.T
        dx, dy = x2 - x1, y2 - y1
        length = dx * dx + dy * dy
        px, py = point.x(), point.y()
        with np.errstate(invalid="ignore", divide="ignore"):
            t = np.where(length > 0, ((px - x1) * dx + (py - y1) * dy) / length, 0.0)
        t = np.clip(t, 0.0, 1.0)
        gaps = np.hypot(x1 + t * dx - px, y1 + t * dy - py)
        index = int(np.argmin(gaps))
        if gaps[index] > tolerance:
            return None
        return self.items[index], float(gaps[index])

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        # Plain (not antialiased) lines, only those crossing the exposed part of the scene
        # (found with numpy), batched by colour and by their width ON SCREEN: zoomed out,
        # where a hairball of thousands of lines fills the view, nearly every line is a
        # cosmetic one-pixel line, the fastest kind to draw.
        if not self.lines:
            return
        # The view does not save the painter's state around items (DontSavePainterState):
        # the antialiasing switched off here must not leak into the nodes painted next.
        painter.save()
        try:
            zoom = option.levelOfDetailFromTransform(painter.worldTransform())
            exposed = option.exposedRect.intersected(self.rect)
            image = self._image
            if image is not None and self._image_zoom != zoom:
                if 0.25 <= zoom / self._image_zoom <= 4.0 and self._image_rect.contains(exposed):
                    painter.drawImage(self._image_rect, image)  # scaled, for now
                    self._sharpen.start()
                    return
                image = self._image = None
            if image is None and exposed.width() * exposed.height() * zoom * zoom <= (
                MAX_IMAGE_PIXELS
            ):
                self._image, self._image_rect = self._picture(zoom, exposed), exposed
                self._image_zoom = zoom
                painter.drawImage(exposed, self._image)  # one to one
            else:  # a strip scrolled in, or zoomed far in: the visible lines only
                self._paint_lines(painter, zoom, option.exposedRect)
        finally:
            painter.restore()

    def is_sharp(self) -> bool:
        """Whether the lines last painted were painted at the zoom they show at (not a
        scaled picture waiting to be painted again)."""
        return not self._sharpen.isActive()

    def sharpen(self) -> None:
        """Paint the lines again at the view's zoom (zooming has paused)."""
        self._image = None
        self.update()

    def _picture(self, zoom: float, area: QRectF) -> QImage:
        """The lines crossing ``area`` painted at ``zoom`` into a transparent image."""
        width = max(1, math.ceil(area.width() * zoom))
        height = max(1, math.ceil(area.height() * zoom))
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        try:
            painter.scale(width / max(area.width(), 1e-9), height / max(area.height(), 1e-9))
            painter.translate(-area.left(), -area.top())
            self._paint_lines(painter, zoom, area)
        finally:
            painter.end()
        return image

    def _paint_lines(self, painter: QPainter, zoom: float, exposed: QRectF) -> None:
        import numpy as np

        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        visible = None
        if not exposed.contains(self.rect):
            xs, ys = self._coords[:, 0::2], self._coords[:, 1::2]
            visible = (
                (xs.max(axis=1) >= exposed.left() - 1)
                & (xs.min(axis=1) <= exposed.right() + 1)
                & (ys.max(axis=1) >= exposed.top() - 1)
                & (ys.min(axis=1) <= exposed.bottom() + 1)
            )
        batches: dict[tuple[str, int], list[int]] = {}
        for (sign, width), indexes in self.pens.items():
            pixels = round(width / 2 * zoom)  # the line's width on screen
            if visible is not None:
                indexes = [i for i in np.asarray(indexes)[visible[indexes]].tolist()]
            batches.setdefault((sign, pixels if pixels > 1 else 0), []).extend(indexes)
        for (sign, pixels), indexes in batches.items():
            if not indexes:
                continue
            color = QColor(render.SIGN_COLORS.get(sign, render.SIGN_COLORS[""]))
            pen = QPen(color, pixels)  # 0: cosmetic one pixel
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawLines([self.lines[i] for i in indexes])


# How long zooming must pause before a big map's lines are painted sharp again.
SHARPEN_MS = 150
# The largest picture (pixels) of a big map's lines kept for zooming: zoomed further in,
# only the visible lines are painted, at every frame.
MAX_IMAGE_PIXELS = 3000 * 3000
# Above this many links a map's links are drawn by one BulkLinks item.
BULK_LINKS = 3000
# How near (screen pixels) a click must come to a link's line to pick it.
PICK_PIXELS = 5.0


def _segment_distance(px: float, py: float, x1: float, y1: float, x2: float, y2: float) -> float:
    dx, dy = x2 - x1, y2 - y1
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else min(1.0, max(0.0, ((px - x1) * dx + (py - y1) * dy) / length))
    return math.hypot(x1 + t * dx - px, y1 + t * dy - py)


class MapScene(QGraphicsScene):
    """The items of one map. ``nodesMoved`` tells the window, once per drag, where the
    dragged nodes ended; ``linkWanted`` a link drawn in link mode (from, to)."""

    nodesMoved = Signal(object)  # {node id: (x, y)}
    linkWanted = Signal(int, int)
    itemActivated = Signal(object)  # a NodeItem or LinkItem double-clicked

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.snap = False
        self.link_mode = False
        self.nodes: dict[int, NodeItem] = {}
        self.links: dict[int, LinkItem] = {}
        self.bulk: BulkLinks | None = None
        self._pressed: dict[int, QPointF] = {}
        self._link_from: NodeItem | None = None
        self._rubber: QGraphicsLineItem | None = None
        self.setBackgroundBrush(QColor("#fafafa"))

    def show_map(
        self,
        nodes: list[MapNode],
        links: list[MapLink],
        hidden: set[str],
        images: dict[int, bytes] | None = None,
    ) -> None:
        """Rebuild every item from the core's records (the layers in ``hidden`` are off)."""
        selected = {i.node.id for i in self.selectedItems() if isinstance(i, NodeItem)}
        self.clear()
        self.nodes, self.links = {}, {}
        self.bulk = None
        metrics = _ensure_fonts()
        for node in nodes:
            if node.layer in hidden:
                continue
            item = NodeItem(node, metrics, (images or {}).get(node.id))
            self.addItem(item)
            item.setSelected(node.id in selected)
            self.nodes[node.id] = item
        shown = [lk for lk in links if lk.layer not in hidden]
        heaviest = max((lk.weight for lk in shown), default=1.0)
        if len(shown) > BULK_LINKS:
            self.bulk = BulkLinks(shown, self.nodes, heaviest)
            # Panning reuses the painted lines (only the strip that scrolls in is drawn);
            # a zoom shows the bulk's own picture scaled, then paints them again.
            self.bulk.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            self.addItem(self.bulk)
            shown = []
        for link in shown:
            start, end = self.nodes.get(link.from_id), self.nodes.get(link.to_id)
            if start is None or end is None:
                continue
            link_item = LinkItem(link, start, end, heaviest)
            self.addItem(link_item)
            self.links[link.id] = link_item
        bounds = self.itemsBoundingRect().adjusted(-400, -400, 400, 400)
        self.setSceneRect(bounds)

    def node_at(self, point: QPointF) -> NodeItem | None:
        for item in self.items(point):
            if isinstance(item, NodeItem):
                return item
        return None

    def pick(self, point: QPointF, tolerance: float) -> QGraphicsItem | None:
        """What a click at ``point`` means: the node there, else the link whose line
        passes nearest (within ``tolerance`` scene units), never a neighbour whose wider
        hit area happens to lie on top. A link of a very big map (drawn in bulk) gets an
        item of its own for as long as it is needed, so it can be selected, opened,
        edited like any other."""
        node = self.node_at(point)
        if node is not None:
            return node
        area = QRectF(point.x() - tolerance, point.y() - tolerance, 2 * tolerance, 2 * tolerance)
        best: tuple[float, LinkItem] | None = None
        for item in self.items(area):
            if isinstance(item, LinkItem):
                gap = item.distance(point)
                if gap <= tolerance and (best is None or gap < best[0]):
                    best = (gap, item)
        if self.bulk is not None:
            found = self.bulk.nearest(point, tolerance)
            if found is not None and (best is None or found[1] < best[0]):
                link = found[0]
                best = (found[1], self.links.get(link.id) or self._promote(link))
        return best[1] if best else None

    def _promote(self, link: MapLink) -> LinkItem:
        """An item of its own for one link of the bulk (the last one that is not selected
        gives way, so a session of clicks does not pile items up)."""
        for old_id, old in list(self.links.items()):
            if old.promoted and not old.isSelected():
                self.removeItem(old)
                for end in (old.start, old.end):
                    end.links.remove(old)
                del self.links[old_id]
        start, end = self.nodes[link.from_id], self.nodes[link.to_id]
        item = LinkItem(link, start, end, self.bulk.heaviest if self.bulk else 1.0)
        item.promoted = True
        item.setZValue(0.5)  # over the bulk lines, under the nodes
        self.addItem(item)
        self.links[link.id] = item
        return item

    @staticmethod
    def tolerance(event: QGraphicsSceneMouseEvent) -> float:
        """PICK_PIXELS in scene units at the view's zoom."""
        widget = event.widget()
        view = widget.parentWidget() if widget is not None else None
        zoom = view.transform().m11() if isinstance(view, QGraphicsView) else 1.0
        return PICK_PIXELS / max(zoom, 1e-6)

    def selected_nodes(self) -> list[NodeItem]:
        return [i for i in self.selectedItems() if isinstance(i, NodeItem)]

    def selected_links(self) -> list[LinkItem]:
        return [i for i in self.selectedItems() if isinstance(i, LinkItem)]

    # -- mouse -----------------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.link_mode and event.button() == Qt.MouseButton.LeftButton:
            self._link_from = self.node_at(event.scenePos())
            if self._link_from is not None:
                start = self._link_from.pos()
                self._rubber = self.addLine(
                    QLineF(start, event.scenePos()), QPen(Qt.PenStyle.DashLine)
                )
            event.accept()
            return
        picked = self.pick(event.scenePos(), self.tolerance(event))
        if isinstance(picked, LinkItem):
            # A link is selected by its line, the nearest one (see ``pick``).
            if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.clearSelection()
            picked.setSelected(True)
            self._pressed = {}
            event.accept()
            return
        super().mousePressEvent(event)
        self._pressed = {i.node.id: i.pos() for i in self.selected_nodes()}

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._rubber is not None and self._link_from is not None:
            self._rubber.setLine(QLineF(self._link_from.pos(), event.scenePos()))
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.link_mode and self._link_from is not None:
            target = self.node_at(event.scenePos())
            source = self._link_from
            self._link_from = None
            if self._rubber is not None:
                self.removeItem(self._rubber)
                self._rubber = None
            if target is not None and target is not source:
                self.linkWanted.emit(source.node.id, target.node.id)
            return
        super().mouseReleaseEvent(event)
        moved = {
            node_id: (item.pos().x(), item.pos().y())
            for node_id, start in self._pressed.items()
            if (item := self.nodes.get(node_id)) is not None and item.pos() != start
        }
        self._pressed = {}
        if moved:
            self.nodesMoved.emit(moved)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        item = self.pick(event.scenePos(), self.tolerance(event))
        if item is not None:
            self.itemActivated.emit(item)
            return
        super().mouseDoubleClickEvent(event)


class MapView(QGraphicsView):
    """Pans (drag on the background with the middle button or space), zooms with Ctrl+wheel."""

    zoomChanged = Signal(float)

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        # Every item sets the pen, brush and font it draws with, so the view need not save
        # and restore the painter around each of a big map's thousands of items.
        self.setOptimizationFlags(
            QGraphicsView.OptimizationFlag.DontSavePainterState
            | QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing
        )
        self.setObjectName("mapView")
        # Set by the window: its menu at a global position for a scene point.
        self.context_menu: Callable[[QPoint, QPointF], None] | None = None

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = min(max(factor, 0.05), 8.0)
        self.setTransform(self.transform().fromScale(factor, factor))
        self.zoomChanged.emit(factor)

    def zoom_by(self, step: float) -> None:
        self.set_zoom(self.zoom * step)

    def fit(self) -> None:
        scene = self.scene()
        rect = scene.itemsBoundingRect().adjusted(-30, -30, 30, 30)
        if rect.isValid():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
            if self.zoom > 1.5:
                self.set_zoom(1.5)
            self.zoomChanged.emit(self.zoom)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(math.pow(1.0015, event.angleDelta().y()))
            event.accept()
            return
        super().wheelEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        if self.context_menu is not None:
            scene = cast(MapScene, self.scene())  # a map view shows a map scene
            item = scene.pick(self.mapToScene(event.pos()), PICK_PIXELS / max(self.zoom, 1e-6))
            if item is not None and not item.isSelected():
                self.scene().clearSelection()
                item.setSelected(True)
            self.context_menu(event.globalPos(), self.mapToScene(event.pos()))
