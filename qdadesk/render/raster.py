"""PNG and PDF of a map, painted by Qt from the core's SVG (so every output looks alike).

Used by the window and, lazily imported, by ``qdadesk-cli map --format png|pdf`` (the CLI
starts an offscreen QGuiApplication only for these)."""

from __future__ import annotations

import os
from pathlib import Path

from qdadesk.core.errors import QdaError
from qdadesk.core.exporters.report_output import write_via_temp
from qdadesk.core.i18n import tr


def ensure_gui_application() -> object:
    """The Qt application (offscreen when there is no screen), made once. A QApplication,
    not a bare QGuiApplication: widgets made later in the same process need it."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["qdadesk-cli"])
    return app


def svg_to_png(svg: str, path: str | Path, scale: float = 2.0) -> tuple[int, int]:
    """Paint ``svg`` at ``scale`` (2: twice its size) into a PNG; returns its pixel size."""
    from PySide6.QtCore import QByteArray, QRectF
    from PySide6.QtGui import QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    ensure_gui_application()
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        raise QdaError(tr("The map could not be drawn"))
    size = renderer.defaultSize()
    width, height = max(1, round(size.width() * scale)), max(1, round(size.height() * scale))
    if width * height > 400_000_000:
        raise QdaError(tr("The picture would be too large: choose a smaller resolution"))
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()

    def write(temporary: Path) -> None:
        # QImageWriter, not QImage.save: save takes the format as str, its type stubs say bytes.
        if not QImageWriter(str(temporary), b"PNG").write(image):
            raise OSError(tr("the image could not be written"))

    write_via_temp(path, write)
    return width, height


def svg_to_pdf(svg: str, path: str | Path) -> None:
    """Paint ``svg`` onto one PDF page of its own size (vector, text kept as text)."""
    from PySide6.QtCore import QByteArray, QMarginsF, QRectF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter
    from PySide6.QtSvg import QSvgRenderer

    ensure_gui_application()
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        raise QdaError(tr("The map could not be drawn"))
    size = renderer.defaultSize()

    def write(temporary: Path) -> None:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(72)
        page = QPageSize(QSizeF(size.width(), size.height()), QPageSize.Unit.Point)
        writer.setPageLayout(
            QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
        )
        painter = QPainter(writer)
        renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()

    write_via_temp(path, write)
