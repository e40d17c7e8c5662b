"""The handles of a selected region on a page: eight small squares on its frame to resize
it and its inside to move it, as MAXQDA offers for a coded picture segment.

``grip_at`` says what a viewport point holds (a handle such as ``"nw"``, ``"move"``
inside, or None; a region small on screen keeps only its corner handles, and its middle
always moves it), ``reshaped`` turns a drag of that grip into the new box (kept on its
page), ``paint_handles`` draws the squares. Boxes are in page units (points on a PDF page,
pixels on a picture), frames in viewport pixels.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from qdadesk.core.pdf_pages import Box

HANDLE = 8  # a handle's side in pixels
REACH = 6  # pixels around a handle's centre that still take it
MIN_SIDE = 4  # pixels: a region is never squeezed smaller than this on screen
MOVE = "move"

_CURSORS = {
    "nw": Qt.CursorShape.SizeFDiagCursor,
    "se": Qt.CursorShape.SizeFDiagCursor,
    "ne": Qt.CursorShape.SizeBDiagCursor,
    "sw": Qt.CursorShape.SizeBDiagCursor,
    "n": Qt.CursorShape.SizeVerCursor,
    "s": Qt.CursorShape.SizeVerCursor,
    "e": Qt.CursorShape.SizeHorCursor,
    "w": Qt.CursorShape.SizeHorCursor,
    MOVE: Qt.CursorShape.SizeAllCursor,
}


def handle_points(frame: QRectF) -> dict[str, QPointF]:
    """The centres of the handles ``frame`` shows, by compass direction: the four corners
    always, a side's middle one only where that side is at least ``3 * HANDLE`` long (on a
    small region it would cover the frame and hide what is inside)."""
    left, right, top, bottom = frame.left(), frame.right(), frame.top(), frame.bottom()
    middle_x, middle_y = frame.center().x(), frame.center().y()
    points = {
        "nw": QPointF(left, top),
        "n": QPointF(middle_x, top),
        "ne": QPointF(right, top),
        "e": QPointF(right, middle_y),
        "se": QPointF(right, bottom),
        "s": QPointF(middle_x, bottom),
        "sw": QPointF(left, bottom),
        "w": QPointF(left, middle_y),
    }
    if frame.width() < 3 * HANDLE:
        del points["n"], points["s"]
    if frame.height() < 3 * HANDLE:
        del points["e"], points["w"]
    return points


def grip_at(frame: QRectF, where: QPointF) -> str | None:
    """The handle under ``where`` (nearest first), ``MOVE`` inside the frame, else None.
    Inside the frame a handle reaches at most a third of its side, so that the middle of a
    small region still moves it; outside, the full ``REACH``."""
    inside = frame.contains(where)
    reach_x = min(REACH, frame.width() / 3) if inside else REACH
    reach_y = min(REACH, frame.height() / 3) if inside else REACH
    near = [
        ((point - where).manhattanLength(), name)
        for name, point in handle_points(frame).items()
        if abs(point.x() - where.x()) <= reach_x and abs(point.y() - where.y()) <= reach_y
    ]
    if near:
        return min(near)[1]
    return MOVE if frame.contains(where) else None


def cursor_for(grip: str) -> Qt.CursorShape:
    return _CURSORS[grip]


def reshaped(
    box: Box, grip: str, dx: float, dy: float, width: float, height: float, zoom: float
) -> Box:
    """``box`` after its ``grip`` was dragged by ``dx``, ``dy`` page units, kept on a page
    of ``width`` × ``height``: a move keeps the size, a handle moves its edges only as far
    as the page's edge and never past the opposite edge."""
    x1, y1, x2, y2 = box
    if grip == MOVE:
        dx = min(max(dx, -x1), width - x2)
        dy = min(max(dy, -y1), height - y2)
        return _rounded((x1 + dx, y1 + dy, x2 + dx, y2 + dy), width, height)
    least = MIN_SIDE / zoom
    if "w" in grip:
        x1 = min(max(0.0, x1 + dx), x2 - least)
    if "e" in grip:
        x2 = max(min(width, x2 + dx), x1 + least)
    if "n" in grip:
        y1 = min(max(0.0, y1 + dy), y2 - least)
    if "s" in grip:
        y2 = max(min(height, y2 + dy), y1 + least)
    return _rounded((x1, y1, x2, y2), width, height)


def _rounded(box: Box, width: float, height: float) -> Box:
    """Two decimals, as a drawn region has, never past the page (595.276 stays 595.276)."""
    x1, y1, x2, y2 = box
    return (
        max(0.0, round(x1, 2)),
        max(0.0, round(y1, 2)),
        min(width, round(x2, 2)),
        min(height, round(y2, 2)),
    )


def paint_handles(painter: QPainter, frame: QRectF, color: QColor) -> None:
    """White squares edged in ``color`` on the frame's corners and (if long enough) sides;
    on a frame under two handles across, smaller (down to 4 pixels) so it still shows."""
    side = max(4.0, min(HANDLE, frame.width() / 2, frame.height() / 2))
    painter.setPen(QPen(color, 1))
    painter.setBrush(QColor("white"))
    for point in handle_points(frame).values():
        painter.drawRect(QRectF(point.x() - side / 2, point.y() - side / 2, side, side))
    painter.setBrush(Qt.BrushStyle.NoBrush)


def box_between(a: QPointF, b: QPointF) -> Box:
    """The box two corners span (a drawn region), whichever way it was drawn."""
    return (
        round(min(a.x(), b.x()), 2),
        round(min(a.y(), b.y()), 2),
        round(max(a.x(), b.x()), 2),
        round(max(a.y(), b.y()), 2),
    )
