"""Icons drawn with QPainter, so the window needs no image files and stays crisp at any DPI.

Each icon is drawn once per name/colour and cached; ``icon(name)`` falls back to Qt's
standard icons for the usual file and edit commands.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QIcon,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QApplication, QStyle

_SIZE = 64  # drawn large, scaled down by Qt


def _canvas() -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(_SIZE, _SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


@lru_cache(maxsize=512)
def code_icon(color: str, highlighter: bool = False) -> QIcon:
    """The code's tag in its colour (a marker pen for colour highlighter codes)."""
    pixmap, p = _canvas()
    fill = QColor(color)
    p.setPen(QPen(fill.darker(150), 3))
    p.setBrush(fill)
    if highlighter:
        path = QPainterPath()
        path.moveTo(14, 50)
        path.lineTo(40, 12)
        path.lineTo(54, 22)
        path.lineTo(28, 60)
        path.closeSubpath()
        p.drawPath(path)
        p.setBrush(fill.darker(160))
        p.drawPolygon(QPolygonF([QPointF(14, 50), QPointF(28, 60), QPointF(8, 62)]))
    else:
        path = QPainterPath()
        path.moveTo(6, 14)
        path.lineTo(40, 14)
        path.lineTo(58, 32)
        path.lineTo(40, 50)
        path.lineTo(6, 50)
        path.closeSubpath()
        p.drawPath(path)
        p.setBrush(QColor("white"))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(QPointF(40, 32), 4.5, 4.5)
    p.end()
    return QIcon(pixmap)


@lru_cache(maxsize=8)
def activation_pixmap(active: bool, size: int = 12) -> QPixmap:
    """The activation circle: hollow grey, or filled purple when activated."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(3, 3, size * 2 - 6, size * 2 - 6)
    if active:
        p.setPen(QPen(QColor("#6a1b9a"), 2.5))
        p.setBrush(QColor("#9c27b0"))
    else:
        p.setPen(QPen(QColor("#9e9e9e"), 2.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(rect)
    p.end()
    pixmap.setDevicePixelRatio(2)
    return pixmap


def _memo(p: QPainter) -> None:
    p.setPen(QPen(QColor("#b08d00"), 3))
    p.setBrush(QColor("#ffe066"))
    path = QPainterPath()
    path.moveTo(10, 8)
    path.lineTo(54, 8)
    path.lineTo(54, 42)
    path.lineTo(40, 56)
    path.lineTo(10, 56)
    path.closeSubpath()
    p.drawPath(path)
    p.setPen(QPen(QColor("#8a6d00"), 3))
    for y in (20, 30, 40):
        p.drawLine(18, y, 46 if y < 40 else 36, y)


def _comment(p: QPainter) -> None:
    """A speech bubble: a coded segment's comment."""
    p.setPen(QPen(QColor("#455a64"), 6))  # bold enough to read at 12 pixels
    p.setBrush(QColor("#bbdefb"))
    path = QPainterPath()
    path.addRoundedRect(QRectF(4, 6, 56, 38), 10, 10)
    path.moveTo(16, 42)
    path.lineTo(12, 60)
    path.lineTo(32, 42)
    p.drawPath(path.simplified())
    p.setPen(QPen(QColor("#1565c0"), 6))
    for y in (18, 30):
        p.drawLine(16, y, 48 if y < 30 else 38, y)


def _document(p: QPainter) -> None:
    p.setPen(QPen(QColor("#546e7a"), 3))
    p.setBrush(QColor("#ffffff"))
    path = QPainterPath()
    path.moveTo(12, 4)
    path.lineTo(40, 4)
    path.lineTo(54, 18)
    path.lineTo(54, 60)
    path.lineTo(12, 60)
    path.closeSubpath()
    p.drawPath(path)
    p.setPen(QPen(QColor("#1e88e5"), 3))
    for y in (24, 33, 42, 51):
        p.drawLine(20, y, 46, y)


def _plus(p: QPainter, x: float, y: float, r: float = 11) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#2e7d32"))
    p.drawEllipse(QPointF(x, y), r, r)
    p.setPen(QPen(QColor("white"), 4))
    p.drawLine(QPointF(x - r / 2, y), QPointF(x + r / 2, y))
    p.drawLine(QPointF(x, y - r / 2), QPointF(x, y + r / 2))


def _new_code(p: QPainter) -> None:
    p.setPen(QPen(QColor("#b71c1c"), 3))
    p.setBrush(QColor("#e53935"))
    p.drawEllipse(QPointF(28, 34), 20, 20)
    _plus(p, 48, 16)


def _in_vivo(p: QPainter) -> None:
    p.setPen(QPen(QColor("#37474f"), 3))
    p.setBrush(QColor("#eceff1"))
    p.drawRoundedRect(QRectF(4, 10, 56, 36), 8, 8)
    p.drawPolygon(QPolygonF([QPointF(16, 46), QPointF(28, 46), QPointF(14, 58)]))
    font = p.font()
    font.setPixelSize(26)
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("#c62828"))
    p.drawText(QRectF(4, 10, 56, 36), Qt.AlignmentFlag.AlignCenter, "“ ”")


def _current_code(p: QPainter) -> None:
    p.setPen(QPen(QColor("#1565c0"), 3))
    p.setBrush(QColor("#42a5f5"))
    path = QPainterPath()
    path.moveTo(4, 16)
    path.lineTo(36, 16)
    path.lineTo(52, 32)
    path.lineTo(36, 48)
    path.lineTo(4, 48)
    path.closeSubpath()
    p.drawPath(path)
    p.setPen(QPen(QColor("#2e7d32"), 6))
    p.drawLine(40, 52, 48, 60)
    p.drawLine(48, 60, 62, 40)


def _find(p: QPainter) -> None:
    p.setPen(QPen(_ink(), 6))
    p.setBrush(QColor("#e3f2fd"))
    p.drawEllipse(QPointF(26, 26), 16, 16)
    p.drawLine(38, 38, 56, 56)


def _zoom(p: QPainter, plus: bool) -> None:
    _find(p)
    p.setPen(QPen(_ink(), 4))
    p.drawLine(18, 26, 34, 26)
    if plus:
        p.drawLine(26, 18, 26, 34)


def _activate(p: QPainter) -> None:
    p.setPen(QPen(QColor("#6a1b9a"), 4))
    p.setBrush(QColor("#9c27b0"))
    p.drawEllipse(QPointF(32, 32), 20, 20)


def _reset(p: QPainter) -> None:
    p.setPen(QPen(QColor("#9e9e9e"), 4))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QPointF(32, 32), 20, 20)
    p.setPen(QPen(QColor("#c62828"), 5))
    p.drawLine(18, 46, 46, 18)


def _ink() -> QColor:
    """The colour of line-art icons: the theme's text colour, so they show on dark too."""
    app = QApplication.instance()
    color = QColor("#37474f")
    if isinstance(app, QGuiApplication):  # palette: a window application
        text = app.palette().color(app.palette().ColorRole.WindowText)
        if text.lightness() > 128:  # a dark theme
            color = text.darker(115)
    return color


def _turn_arrow(p: QPainter, mirrored: bool) -> None:
    if mirrored:
        p.translate(_SIZE, 0)
        p.scale(-1, 1)
    pen = QPen(_ink(), 6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath()
    path.moveTo(16, 26)
    path.lineTo(40, 26)
    path.cubicTo(62, 26, 62, 54, 40, 54)
    path.lineTo(26, 54)
    p.drawPath(path)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(_ink())
    p.drawPolygon(QPolygonF([QPointF(4, 26), QPointF(20, 12), QPointF(20, 40)]))


_DRAWN: dict[str, Callable[[QPainter], object]] = {
    "undo": lambda p: _turn_arrow(p, False),
    "redo": lambda p: _turn_arrow(p, True),
    "memo": _memo,
    "comment": _comment,
    "document": _document,
    "new-code": _new_code,
    "in-vivo": _in_vivo,
    "current-code": _current_code,
    "find": _find,
    "zoom-in": lambda p: _zoom(p, True),
    "zoom-out": lambda p: _zoom(p, False),
    "activate": _activate,
    "reset-activation": _reset,
    "new-subcode": lambda p: _new_subcode(p),
}

_STANDARD = {
    "new": QStyle.StandardPixmap.SP_FileIcon,
    "open": QStyle.StandardPixmap.SP_DialogOpenButton,
    "close": QStyle.StandardPixmap.SP_DialogCloseButton,
    "delete": QStyle.StandardPixmap.SP_TrashIcon,
    "folder": QStyle.StandardPixmap.SP_DirIcon,
    "quit": QStyle.StandardPixmap.SP_DialogCloseButton,
    "help": QStyle.StandardPixmap.SP_DialogHelpButton,
}


def _new_subcode(p: QPainter) -> None:
    code_tag(p, "#78909c")
    _plus(p, 48, 48)


def code_tag(p: QPainter, color: str) -> None:
    p.setPen(QPen(QColor(color).darker(150), 3))
    p.setBrush(QBrush(QColor(color)))
    path = QPainterPath()
    path.moveTo(4, 10)
    path.lineTo(34, 10)
    path.lineTo(50, 26)
    path.lineTo(34, 42)
    path.lineTo(4, 42)
    path.closeSubpath()
    p.drawPath(path)


@lru_cache(maxsize=64)
def icon(name: str) -> QIcon:
    """A named icon for an action or a tree row."""
    draw = _DRAWN.get(name)
    if draw is not None:
        pixmap, painter = _canvas()
        draw(painter)
        painter.end()
        return QIcon(pixmap)
    if name in _STANDARD and QApplication.instance() is not None:
        return QApplication.style().standardIcon(_STANDARD[name])
    return QIcon()


# A document's file type: a page with a coloured band and the type's name on it (its first
# letter at the smallest size), in the colours people know the formats by.
_FILE_TYPES = {
    "txt": ("TXT", "#607d8b"),
    "docx": ("DOCX", "#2b579a"),
    "doc": ("DOC", "#2b579a"),
    "odt": ("ODT", "#0b8a9f"),
    "pdf": ("PDF", "#d32f2f"),
    "rtf": ("RTF", "#7b1fa2"),
    "html": ("HTML", "#e65100"),
    "htm": ("HTML", "#e65100"),
    "md": ("MD", "#2e7d32"),
}


@lru_cache(maxsize=32)
def document_type_icon(file_type: str | None) -> QIcon:
    """The Document System's icon of a document imported from ``file_type`` ("pdf", ...)."""
    label, color = _FILE_TYPES.get((file_type or "").lower(), ("", "#78909c"))
    result = QIcon()
    for size in (16, 24, 32, 48, 64):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        _draw_typed_page(p, size, label, QColor(color))
        p.end()
        result.addPixmap(pixmap)
    return result


def _draw_typed_page(p: QPainter, size: int, label: str, color: QColor) -> None:
    unit = size / 16
    left, right, top, bottom, fold = 2.5 * unit, 13.5 * unit, 0.5 * unit, 15.5 * unit, 3.5 * unit
    page = QPainterPath()
    page.moveTo(left, top)
    page.lineTo(right - fold, top)
    page.lineTo(right, top + fold)
    page.lineTo(right, bottom)
    page.lineTo(left, bottom)
    page.closeSubpath()
    p.setPen(QPen(color.darker(130), max(1.0, 0.8 * unit)))
    p.setBrush(QColor("#ffffff"))
    p.drawPath(page)
    p.setBrush(color.lighter(160))
    p.drawPolygon(
        QPolygonF(
            [
                QPointF(right - fold, top),
                QPointF(right - fold, top + fold),
                QPointF(right, top + fold),
            ]
        )
    )
    if not label:  # no file (or an unknown type): a plain page with lines
        p.setPen(QPen(color, max(1.0, 0.8 * unit)))
        for y in (6.5, 8.5, 10.5, 12.5):
            p.drawLine(QPointF(4.5 * unit, y * unit), QPointF(11.5 * unit, y * unit))
        return
    p.setPen(QPen(color.lighter(130), max(1.0, 0.8 * unit)))
    for y in (4.5, 6.5):
        p.drawLine(QPointF(4.5 * unit, y * unit), QPointF(9.5 * unit, y * unit))
    # The band overhangs the page a little, as on the familiar file icons.
    band = QRectF(0.5 * unit, 8 * unit, 15 * unit, 6.5 * unit)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    p.drawRoundedRect(band, 1.2 * unit, 1.2 * unit)
    text = label if size >= 24 else label[0]
    font = p.font()
    font.setBold(True)
    font.setPixelSize(max(6, round(band.height() * 0.82)))
    p.setFont(font)
    metrics_width = p.fontMetrics().horizontalAdvance(text)
    if metrics_width > band.width() - unit:
        font.setPixelSize(max(5, int(font.pixelSize() * (band.width() - unit) / metrics_width)))
        p.setFont(font)
    p.setPen(QColor("#ffffff"))
    p.drawText(band, Qt.AlignmentFlag.AlignCenter, text)


def document_icon(kind: str, file_type: str | None) -> QIcon:
    """The Document System's icon of a document of ``kind`` ("text", "pdf", "picture"): a
    PDF shown as pages has the PDF icon whatever its file was called (a REFI-QDA source has
    no file type), a picture a framed landscape; a text its file type's page."""
    if kind == "pdf":
        return document_type_icon("pdf")
    if kind == "picture":
        return picture_icon()
    return document_type_icon(file_type)


@lru_cache(maxsize=1)
def picture_icon() -> QIcon:
    """A picture document: a framed landscape, sky, a green hill and a sun."""
    result = QIcon()
    for size in (16, 24, 32, 48, 64):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        _draw_picture(p, size)
        p.end()
        result.addPixmap(pixmap)
    return result


def _draw_picture(p: QPainter, size: int) -> None:
    unit = size / 16
    frame = QRectF(0.5 * unit, 2.5 * unit, 15 * unit, 11 * unit)
    p.setPen(QPen(QColor("#546e7a"), max(1.0, 0.8 * unit)))
    p.setBrush(QColor("#64b5f6"))  # sky
    p.drawRect(frame)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#fdd835"))  # sun
    p.drawEllipse(QPointF(11.5 * unit, 5.8 * unit), 1.6 * unit, 1.6 * unit)
    hill = QPainterPath()
    hill.moveTo(frame.left() + 0.4 * unit, frame.bottom() - 0.4 * unit)
    hill.lineTo(5.5 * unit, 7 * unit)
    hill.lineTo(9 * unit, 10.5 * unit)
    hill.lineTo(11 * unit, 9 * unit)
    hill.lineTo(frame.right() - 0.4 * unit, frame.bottom() - 0.4 * unit)
    hill.closeSubpath()
    p.setBrush(QColor("#43a047"))
    p.drawPath(hill)
