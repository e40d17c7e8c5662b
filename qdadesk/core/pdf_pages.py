"""A PDF's pages read with PDFium (pypdfium2): their sizes and their pixels.

Used by the window (the Document Browser's pages, thumbnails) and the command line (region
images) alike; nothing here needs Qt. Boxes are in REFI-QDA's coordinates: points from the
page's top-left corner.

PDFium is not thread-safe: every call into it holds :data:`PDFIUM_LOCK`. Opened documents
are kept in a small cache (:func:`open_pdf`), so showing page after page of one PDF parses
its cross-reference table once.
"""

from __future__ import annotations

import atexit
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # PDFium loads when a PDF is first read (50 ms), not at start
    import pypdfium2

Box = tuple[float, float, float, float]

PDFIUM_LOCK = threading.RLock()
"""Held around every use of PDFium (the window renders pages off the GUI thread)."""

MAX_RENDER_PIXELS = 24_000_000
"""Most pixels one rendered page may have (96 MB of BGRX; an A4 page at 400 % on a
high-resolution screen is about 31 million); a larger request is scaled down, so an absurd
page size or zoom cannot exhaust memory."""

_CACHE_BYTES = 256 * 1024 * 1024
_CACHE_DOCUMENTS = 8


@dataclass
class CachedPdf:
    """An opened PDF in the cache, with what has been worked out about it (``extras``, e.g.
    a page's text layer), which goes when the document leaves the cache."""

    document: pypdfium2.PdfDocument
    extras: dict[object, object] = field(default_factory=dict)


_cache: OrderedDict[bytes, CachedPdf] = OrderedDict()
_closing_at_exit = False


@dataclass(frozen=True)
class RenderedPage:
    """Pixels of a page or part of one: 4 bytes per pixel, B G R and an unused byte
    (Qt's ``QImage.Format_RGB32`` on little-endian machines), rows ``stride`` bytes apart."""

    width: int
    height: int
    stride: int
    pixels: bytes


def cached_pdf(data: bytes) -> CachedPdf:
    """The PDF ``data`` opened by PDFium, from a cache of recently used documents.

    The cache is keyed by the bytes themselves: a caller that keeps its ``bytes`` object
    (as the window does for the document it shows) finds it again at no cost. Call with
    :data:`PDFIUM_LOCK` held; raises :class:`pypdfium2.PdfiumError` for a PDF PDFium
    cannot open.
    """
    entry = _cache.get(data)
    if entry is not None:
        _cache.move_to_end(data)
        return entry
    import pypdfium2

    global _closing_at_exit
    if not _closing_at_exit:
        # After pypdfium2's own exit handler was registered, so this one runs before it.
        atexit.register(clear_cache)
        _closing_at_exit = True
    entry = CachedPdf(pypdfium2.PdfDocument(data))
    _cache[data] = entry
    while len(_cache) > 1 and (
        len(_cache) > _CACHE_DOCUMENTS or sum(len(key) for key in _cache) > _CACHE_BYTES
    ):
        _cache.popitem(last=False)[1].document.close()  # used only under the lock
    return entry


def clear_cache() -> None:
    """Close every cached PDF (at exit, so PDFium does not report them as left open)."""
    with PDFIUM_LOCK:
        entries = list(_cache.values())
        _cache.clear()
        for entry in entries:
            entry.document.close()


def open_pdf(data: bytes) -> pypdfium2.PdfDocument:
    """The PDF ``data`` opened by PDFium (cached, see :func:`cached_pdf`); call with
    :data:`PDFIUM_LOCK` held."""
    return cached_pdf(data).document


def render_page(data: bytes, page: int, scale: float = 1.0, box: Box | None = None) -> RenderedPage:
    """Page ``page`` (1-based) at ``scale`` pixels per point, or only ``box`` of it.

    A request for more than :data:`MAX_RENDER_PIXELS` pixels is rendered at the largest
    scale that fits; the returned size says what was drawn."""
    with PDFIUM_LOCK:
        pdf_page = open_pdf(data)[page - 1]
        try:
            width, height = pdf_page.get_size()
            crop = (0.0, 0.0, 0.0, 0.0)
            shown_width, shown_height = width, height
            if box is not None:
                x1, y1, x2, y2 = box
                crop = (x1, height - y2, width - x2, y1)  # (left, bottom, right, top) margins
                shown_width, shown_height = x2 - x1, y2 - y1
            pixels = shown_width * shown_height * scale * scale
            if pixels > MAX_RENDER_PIXELS:  # PDFium rounds sizes up: keep a pixel's margin
                scale *= (MAX_RENDER_PIXELS / pixels) ** 0.5 * 0.999
            bitmap = pdf_page.render(scale=scale, crop=crop, prefer_bgrx=True)
            return RenderedPage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
        finally:
            pdf_page.close()
