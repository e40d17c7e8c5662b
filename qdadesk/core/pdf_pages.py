"""A PDF's pages read with PDFium (pypdfium2): their sizes and their pixels.

Used by the window (the Document Browser's pages, thumbnails) and the command line (region
images) alike; nothing here needs Qt. Boxes are in REFI-QDA's coordinates: points from the
page's top-left corner.
"""

from __future__ import annotations

from dataclasses import dataclass

import pypdfium2

Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class RenderedPage:
    """Pixels of a page or part of one: 4 bytes per pixel, B G R and an unused byte
    (Qt's ``QImage.Format_RGB32`` on little-endian machines), rows ``stride`` bytes apart."""

    width: int
    height: int
    stride: int
    pixels: bytes


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    """Each page's (width, height) in points, as shown (after the page's rotation)."""
    document = pypdfium2.PdfDocument(data)
    try:
        sizes: list[tuple[float, float]] = []
        for index in range(len(document)):
            width, height = document[index].get_size()
            sizes.append((width, height))
        return sizes
    finally:
        document.close()


def render_page(data: bytes, page: int, scale: float = 1.0, box: Box | None = None) -> RenderedPage:
    """Page ``page`` (1-based) at ``scale`` pixels per point, or only ``box`` of it."""
    document = pypdfium2.PdfDocument(data)
    try:
        pdf_page = document[page - 1]
        crop = (0.0, 0.0, 0.0, 0.0)
        if box is not None:
            width, height = pdf_page.get_size()
            x1, y1, x2, y2 = box
            crop = (x1, height - y2, width - x2, y1)  # (left, bottom, right, top) margins
        bitmap = pdf_page.render(scale=scale, crop=crop, prefer_bgrx=True)
        return RenderedPage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
    finally:
        document.close()
