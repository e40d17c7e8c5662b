"""Pictures of PDF pages, pictures and coded regions as ``QImage``: for the Document
Browser's pages, Retrieved Segments' thumbnails, exported displays and region images (in
the window and in ``qdadesk-cli segments --regions-dir``). Qt is imported inside the
functions (see the package)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from qdadesk.core.importers.picture import MAX_PICTURE_PIXELS
from qdadesk.core.pdf_pages import Box, render_page

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from qdadesk.core.analysis.region_segments import RegionPicture, RegionQuote
    from qdadesk.core.model import Coding
    from qdadesk.core.project import Project


def picture_image(data: bytes, size: tuple[float, float] | None = None) -> QImage:
    """A picture's pixels, turned as its EXIF orientation says (a null image if unreadable).

    ``size`` is the picture's page size in the project: an SVG is drawn at it (Qt's own
    default size ignores some units the importer reads); raster pictures have it anyway."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QImageReader

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    # Pictures up to the importer's limit may be shown (Qt refuses above 256 MB).
    reader.setAllocationLimit(MAX_PICTURE_PIXELS * 4 // 2**20 + 1)
    if size is not None and reader.format().data() == b"svg":
        reader.setScaledSize(QSize(round(size[0]), round(size[1])))
    image = reader.read()
    del reader  # before its buffer: the TIFF reader touches the buffer when it goes
    return image


def pdf_page_image(data: bytes, page: int, scale: float = 1.0, box: Box | None = None) -> QImage:
    """Page ``page`` (1-based) of a PDF, or its ``box``, at ``scale`` pixels per point."""
    from PySide6.QtGui import QImage

    rendered = render_page(data, page, scale, box)
    image = QImage(
        rendered.pixels,
        rendered.width,
        rendered.height,
        rendered.stride,
        QImage.Format.Format_RGB32,
    )
    return image.copy()  # own the pixels: ``rendered`` goes away


def region_image(project: Project, coding: Coding, max_side: int = 240) -> QImage:
    """What a region coding shows, scaled to at most ``max_side`` pixels a side (a null
    image for a text segment or a document without its original file)."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage

    box = coding.box
    original = project.original_file(coding.document_id) if box else None
    if box is None or original is None:
        return QImage()
    data = original[2]
    x1, y1, x2, y2 = box
    if project.document(coding.document_id).kind == "pdf":
        scale = min(4.0, max_side / max(x2 - x1, y2 - y1))
        return pdf_page_image(data, coding.page or 1, scale, box)
    pages = project.pages(coding.document_id)
    picture = picture_image(data, (pages[0].width, pages[0].height) if pages else None)
    if picture.isNull():
        return picture
    region = picture.copy(QRect(int(x1), int(y1), max(1, int(x2 - x1)), max(1, int(y2 - y1))))
    if max(region.width(), region.height()) > max_side:
        from PySide6.QtCore import Qt

        region = region.scaled(
            max_side,
            max_side,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return region


def region_png(project: Project, coding: Coding, max_side: int = 240) -> bytes | None:
    """A region coding's picture as PNG bytes (None for a text segment or no picture)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImageWriter

    image = region_image(project, coding, max_side)
    if image.isNull():
        return None
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # QImageWriter, not QImage.save: save takes the format as str, its type stubs say bytes.
    QImageWriter(buffer, b"PNG").write(image)
    return bytes(data.data())


def region_pictures(project: Project, max_side: int = 240) -> RegionPicture:
    """Quote -> PNG of its region, PDFs and pictures alike: what the window's exports
    embed (``region_segments.RegionPicture``)."""

    def picture(quote: RegionQuote) -> bytes | None:
        if quote.box is None:
            return None
        try:
            return region_png(project, project.coding(quote.coding_id), max_side)
        except Exception:  # a broken original: the label stands in for the picture
            return None

    return picture
