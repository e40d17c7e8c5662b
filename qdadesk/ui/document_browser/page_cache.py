"""The rendered pictures of a page view's pages.

Only the pages on screen are rendered, one per turn of the event loop, at the zoom shown,
and the last few are kept (``CACHE_PAGES`` pages, at most ``CACHE_BYTES``): a 300-page PDF
shows its first page without touching the others. Until a page's picture at the current
zoom is ready, an older one is stretched.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QImage

from qdadesk.core.model import Page
from qdadesk.ui.document_browser.pdf_text import OpenPdf

CACHE_PAGES = 8
CACHE_BYTES = 256 * 1024 * 1024  # pages zoomed far in are large: keep fewer of them


class PageImages(QObject):
    """Renders and keeps the pictures of one document's pages for its view.

    ``visible_pages()`` and ``scale()`` ask the view what is on screen and at what scale
    (device pixels per page unit); ``rendered()`` tells it a picture arrived."""

    def __init__(
        self,
        visible_pages: Callable[[], list[int]],
        scale: Callable[[], float],
        rendered: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._visible_pages = visible_pages
        self._scale = scale
        self._rendered = rendered
        self.kind = ""
        self.pages: list[Page] = []
        self.pdf: OpenPdf | None = None
        self.picture = QImage()
        # Page number -> (scale, picture), the most recently used last.
        self.pictures: OrderedDict[int, tuple[float, QImage]] = OrderedDict()
        self.wanted: list[int] = []  # pages to render, in turn
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._render_next)

    def set_source(
        self, kind: str, pages: list[Page], pdf: OpenPdf | None, picture: QImage
    ) -> None:
        """Render the pages of another document (the pictures kept so far go)."""
        self.kind = kind
        self.pages = pages
        self.pdf = pdf
        self.picture = picture
        self.pictures.clear()
        self.wanted = []

    def stale(self) -> None:
        """The zoom changed: what was asked for is asked for again at the new scale."""
        self.wanted = []

    def image(self, number: int, scale: float) -> QImage | None:
        """The page's picture: at ``scale`` if cached, else an older one to stretch (and a
        render at ``scale`` is asked for)."""
        cached = self.pictures.get(number)
        if cached is not None:
            self.pictures.move_to_end(number)
            if abs(cached[0] - scale) < 1e-3:
                return cached[1]
        if number not in self.wanted:
            self.wanted.append(number)
            self._timer.start()
        return cached[1] if cached is not None else None

    def _render_next(self) -> None:
        visible = set(self._visible_pages())
        self.wanted = [n for n in self.wanted if n in visible]
        if not self.wanted:
            return
        number = self.wanted.pop(0)
        scale = self._scale()
        image = self._render(number, scale)
        if image is not None:
            self.pictures[number] = (scale, image)
            self.pictures.move_to_end(number)
            while len(self.pictures) > 1 and (
                len(self.pictures) > CACHE_PAGES
                or sum(i.sizeInBytes() for _, i in self.pictures.values()) > CACHE_BYTES
            ):
                self.pictures.popitem(last=False)
        self._rendered()
        if self.wanted:
            self._timer.start()

    def _render(self, number: int, scale: float) -> QImage | None:
        if self.kind == "pdf" and self.pdf is not None:
            rendered = self.pdf.render(number, scale)
            image = QImage(
                rendered.pixels,
                rendered.width,
                rendered.height,
                rendered.stride,
                QImage.Format.Format_RGB32,
            )
            return image.copy()  # own the pixels
        if self.picture.isNull():
            return None
        page = self.pages[number - 1]
        return self.picture.scaled(
            max(1, round(page.width * scale)),
            max(1, round(page.height * scale)),
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
