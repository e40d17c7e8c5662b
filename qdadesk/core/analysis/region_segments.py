"""Region codings as the analyses see them: their label, position and how two meet.

A region coding is a box on a PDF page or a picture (``Coding.is_region``). Its
``start``/``end`` are the run of the text representation inside the box, often empty. The
rules every analysis follows (and the user guide states):

- A region's quote is its text in the box if there is any, else a label: "[region p. N]"
  on a PDF page, "[picture region]" on a picture.
- Two regions meet (overlap, co-occur) when their boxes share some area on the same page
  of the same document; touching edges do not count.
- A region and a text segment meet through the text inside the region's box: they overlap
  when the text segment has characters in the box. Relations and queries read those
  characters from the PDF's text layer (``pdf_text_boxes``); where it cannot be read, the
  region's stored text run stands in. A region without text (a picture, a scanned page, a
  box over no text) never meets a text segment.
- Distances in characters or paragraphs ("near", "followed by", ``distance:N``) use the
  text runs the same way: a region without text takes no part in them, except that two
  regions whose boxes intersect are always at distance 0.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from qdadesk.core.i18n import tr
from qdadesk.core.table_values import is_pandas_na

if TYPE_CHECKING:
    from qdadesk.core.model import Coding
    from qdadesk.core.project import Project

REGION_COLUMNS = ["page", "x1", "y1", "x2", "y2"]

Box = tuple[float, float, float, float]


class RegionQuote(Protocol):
    """A quote as what draws its region sees it: the coding it quotes and the coding's box
    (None for a text segment). ``quote_matrix.Quote`` is one, and so is a segment
    export's listed region."""

    @property
    def coding_id(self) -> int: ...

    @property
    def box(self) -> Box | None: ...


# A quote -> a PNG of its region (None: a text segment, or no picture; its label stands in).
RegionPicture = Callable[[RegionQuote], "bytes | None"]


def is_blank(value: Any) -> bool:
    """True for None, NaN and pandas' NA (a text segment's empty region columns in a
    DataFrame; a query's computed rows have no coding id)."""
    if value is None or is_pandas_na(value):
        return True
    try:
        return math.isnan(value)
    except TypeError:
        return False


def region_label(page: float | None) -> str:
    """What a region without text quotes: "[region p. N]" on a PDF page, "[picture
    region]" on a picture (no page; from a DataFrame: NaN)."""
    if page is None or is_blank(page):
        return tr("[picture region]")
    return tr("[region p. {page}]").format(page=int(page))


def region_quote(text_in_box: str, page: float | None) -> str:
    """A region's quote: its text in the box, else its label."""
    return text_in_box if text_in_box.strip() else region_label(page)


def coding_quote(text: str, coding: Coding) -> str:
    """What a coding quotes from its document's ``text``: a text segment its characters,
    a region its text in the box or its label."""
    quote = text[coding.start : coding.end]
    return region_quote(quote, coding.page) if coding.is_region else quote


def _number(value: float) -> str:
    return f"{float(value):.6g}"


def region_position(page: float | None, box: Box) -> str:
    """Where a region lies, for lists: "p. 3, 72,40–300,100" (a picture: "72,40–300,100")."""
    x1, y1, x2, y2 = box
    corners = f"{_number(x1)},{_number(y1)}–{_number(x2)},{_number(y2)}"
    if page is None or is_blank(page):
        return corners
    return tr("p. {page}, {box}").format(page=int(page), box=corners)


def row_region(row: Mapping[str, Any]) -> tuple[int | None, Box] | None:
    """``(page, box)`` of a retrieved row (its fields by column, ``REGION_COLUMNS`` among
    them when the list has regions), or None for a text segment."""
    x1 = row.get("x1")
    if is_blank(x1):
        return None
    page: Any = row.get("page")  # a number, or NaN / NA / None on a picture
    return (
        None if is_blank(page) else int(page),
        (float(row["x1"]), float(row["y1"]), float(row["x2"]), float(row["y2"])),
    )


def boxes_intersect(a: Box, b: Box) -> bool:
    """Two boxes share some area (edges that only touch do not)."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def box_inside(inner: Box, outer: Box) -> bool:
    """``inner`` lies wholly in ``outer`` (edges may coincide)."""
    x_inside = outer[0] <= inner[0] and inner[2] <= outer[2]
    return x_inside and outer[1] <= inner[1] and inner[3] <= outer[3]


# -- region pictures without Qt ------------------------------------------------------------
def png_from_bgrx(width: int, height: int, stride: int, pixels: bytes) -> bytes:
    """A PNG file of 4-byte B G R x pixels (``pdf_pages.RenderedPage``), written with zlib."""
    import numpy as np

    grid = np.frombuffer(pixels, dtype=np.uint8)[: stride * height].reshape(height, stride)
    rgb = grid[:, : width * 4].reshape(height, width, 4)[:, :, [2, 1, 0]]
    rows = np.concatenate([np.zeros((height, 1), dtype=np.uint8), rgb.reshape(height, -1)], 1)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    header = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 2, 0, 0, 0])
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows.tobytes(), 6))
        + chunk(b"IEND", b"")
    )


def pdf_region_png(project: Project, coding: Coding, max_side: int = 240) -> bytes | None:
    """A PNG of a region on a PDF page, at most ``max_side`` pixels a side, rendered with
    PDFium (no Qt: exports and the command line use it); None for anything else."""
    box = coding.box
    if box is None or coding.page is None:
        return None
    if project.document(coding.document_id).kind != "pdf":
        return None
    original = project.original_file(coding.document_id)
    if original is None:
        return None
    from qdadesk.core.pdf_pages import render_page

    x1, y1, x2, y2 = box
    scale = min(4.0, max_side / max(x2 - x1, y2 - y1, 1e-6))
    try:
        rendered = render_page(original[2], coding.page, scale, box)
    except Exception:  # a broken original: the label stands in for the picture
        return None
    if rendered.width <= 0 or rendered.height <= 0:
        return None
    return png_from_bgrx(rendered.width, rendered.height, rendered.stride, rendered.pixels)


def region_pictures(project: Project, max_side: int = 240) -> RegionPicture:
    """Quote -> PNG of its region, for exports without Qt: PDF regions only (the window
    passes one that draws pictures too)."""

    def picture(quote: RegionQuote) -> bytes | None:
        if quote.box is None:
            return None
        return pdf_region_png(project, project.coding(quote.coding_id), max_side)

    return picture
