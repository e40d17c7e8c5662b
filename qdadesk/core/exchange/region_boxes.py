"""Region boxes between our coordinates and REFI-QDA's ``PDFSelection``/``PictureSelection``.

Ours (``codings.x1 .. y2``): floats from the page's top-left corner, PDF points or picture
pixels, pages counted from 1.

REFI-QDA 1.5:
* §10.3: a PDF region is "X-Y selections of PDF points, starting from the bottom-left of
  the PDF media box"; the XSD makes ``page``, ``firstX`` .. ``secondY`` integers. The
  standard does not say where pages start; its only example (Annex A.2, ATLAS.ti 8.4, the
  sample ``atlasti-8.4-standard-project.qde``) counts them from 0 (``page="0"`` for the
  first page) and writes the lower-left corner first (``firstY`` < ``secondY``).
* §10.4: a picture region is "the upper-left and lower-right coordinates within the
  image" (pixels from the top-left corner, after the image's own rotation, §9.1.5).

Our boxes are on the page as shown: the crop box, turned by the page's ``/Rotate``. The
standard's are on the media box, unturned: a ``Frame`` says where the one lies in the other.

Integers lose the fraction: a box is written rounded outwards (it still holds the whole
region) and our own export keeps the exact floats in its extras file, used on import only
when they round to the integers the file holds.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # PDFium is loaded only when a PDF is read
    import pypdfium2

Box = tuple[float, float, float, float]
RefiBox = tuple[int, int, int, int]

TOLERANCE = 1.0
"""How far (points or pixels) a box from a file may reach past the page and be cut to fit
without a note: what rounding outwards to integers adds."""


class Sized(Protocol):
    @property
    def width(self) -> float: ...
    @property
    def height(self) -> float: ...


@dataclass(frozen=True)
class Frame:
    """A page as shown (``width`` x ``height``) within its PDF: turned ``rotation`` degrees
    clockwise, cut from the crop box (``crop_width`` x ``crop_height`` before the turn)
    whose bottom-left corner is ``left``, ``bottom`` from the media box's. A picture, or a
    PDF page whose boxes are not known, is a frame with nothing turned or cut."""

    width: float
    height: float
    rotation: int = 0
    crop_width: float | None = None
    crop_height: float | None = None
    left: float = 0.0
    bottom: float = 0.0

    @classmethod
    def plain(cls, page: Sized) -> Frame:
        return cls(page.width, page.height)

    def _unturned(self) -> tuple[float, float]:
        return (
            self.crop_width if self.crop_width is not None else self.width,
            self.crop_height if self.crop_height is not None else self.height,
        )

    def to_media(self, x: float, y: float) -> tuple[float, float]:
        """A point as shown (from the top-left) in media-box points (from the bottom-left)."""
        width, height = self._unturned()
        turn = self.rotation % 360
        if turn == 90:
            x, y = y, height - x
        elif turn == 180:
            x, y = width - x, height - y
        elif turn == 270:
            x, y = width - y, x
        return self.left + x, self.bottom + height - y

    def from_media(self, x: float, y: float) -> tuple[float, float]:
        """The inverse of ``to_media``."""
        width, height = self._unturned()
        x, y = x - self.left, height - (y - self.bottom)
        turn = self.rotation % 360
        if turn == 90:
            x, y = height - y, x
        elif turn == 180:
            x, y = width - x, height - y
        elif turn == 270:
            x, y = y, width - x
        return x, y


def pdf_frames(data: bytes) -> list[Frame]:
    """Each page's frame, read with PDFium (``pypdfium2.PdfiumError`` when unreadable)."""
    import pypdfium2

    from qdadesk.core.pdf_pages import PDFIUM_LOCK

    with PDFIUM_LOCK:  # PDFium is not thread-safe (the window renders meanwhile)
        document = pypdfium2.PdfDocument(data)
        try:
            return [page_frame(document[index]) for index in range(len(document))]
        finally:
            document.close()


def page_frame(page: pypdfium2.PdfPage) -> Frame:
    """The frame of a ``pypdfium2.PdfPage``."""
    width, height = page.get_size()
    media = page.get_mediabox()
    crop = page.get_cropbox()  # the media box when none
    return Frame(
        float(width),
        float(height),
        int(page.get_rotation()),
        float(crop[2] - crop[0]),
        float(crop[3] - crop[1]),
        float(crop[0] - media[0]),
        float(crop[1] - media[1]),
    )


def to_refi(kind: str, frame: Frame, box: Box) -> RefiBox:
    """``(firstX, firstY, secondX, secondY)`` for our ``box`` on a page of a ``kind``
    ("pdf" or "picture") document, rounded outwards; for a PDF the bottom-left corner
    first."""
    x1, y1, x2, y2 = box
    if kind == "pdf":
        (ax, ay), (bx, by) = frame.to_media(x1, y1), frame.to_media(x2, y2)
        x1, x2 = sorted((ax, bx))
        y1, y2 = sorted((ay, by))
    return (math.floor(x1), math.floor(y1), math.ceil(x2), math.ceil(y2))


def from_refi(kind: str, frame: Frame, refi: RefiBox) -> Box:
    """Our box (not yet checked against the page) for the corners a file gives, in either
    order."""
    first_x, first_y, second_x, second_y = (float(v) for v in refi)
    if kind == "pdf":
        (first_x, first_y), (second_x, second_y) = (
            frame.from_media(first_x, first_y),
            frame.from_media(second_x, second_y),
        )
    x1, x2 = sorted((first_x, second_x))
    y1, y2 = sorted((first_y, second_y))
    return (x1, y1, x2, y2)


def fit_to_page(page: Sized, box: Box) -> tuple[Box | None, bool]:
    """``box`` cut to ``page``: (the box, or None when nothing of it is on the page; whether
    it reached further out than rounding explains)."""
    x1, y1, x2, y2 = box
    far = (
        x1 < -TOLERANCE
        or y1 < -TOLERANCE
        or x2 > page.width + TOLERANCE
        or y2 > page.height + TOLERANCE
    )
    x1, x2 = max(0.0, x1), min(page.width, x2)
    y1, y2 = max(0.0, y1), min(page.height, y2)
    if x2 <= x1 or y2 <= y1:
        return None, True
    return (x1, y1, x2, y2), far
