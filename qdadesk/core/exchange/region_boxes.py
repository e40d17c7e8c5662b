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

Integers lose the fraction: a box is written rounded outwards (it still holds the whole
region) and our own export keeps the exact floats in its extras file, used on import only
when they round to the integers the file holds.
"""

from __future__ import annotations

import math

from qdadesk.core.model import Page

Box = tuple[float, float, float, float]
RefiBox = tuple[int, int, int, int]

TOLERANCE = 1.0
"""How far (points or pixels) a box from a file may reach past the page and be cut to fit
without a note: what rounding outwards to integers adds."""


def to_refi(kind: str, page: Page, box: Box) -> RefiBox:
    """``(firstX, firstY, secondX, secondY)`` for our ``box`` on ``page`` of a ``kind``
    ("pdf" or "picture") document, rounded outwards."""
    x1, y1, x2, y2 = box
    if kind == "pdf":  # from the bottom edge: the box's bottom is the first corner
        y1, y2 = page.height - y2, page.height - y1
    return (math.floor(x1), math.floor(y1), math.ceil(x2), math.ceil(y2))


def from_refi(kind: str, page: Page, refi: RefiBox) -> Box:
    """Our box (not yet checked against the page) for the corners a file gives, in either
    order."""
    first_x, first_y, second_x, second_y = (float(v) for v in refi)
    x1, x2 = sorted((first_x, second_x))
    y1, y2 = sorted((first_y, second_y))
    if kind == "pdf":
        y1, y2 = page.height - y2, page.height - y1
    return (x1, y1, x2, y2)


def fit_to_page(page: Page, box: Box) -> tuple[Box | None, bool]:
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
