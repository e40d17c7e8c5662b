"""Pictures (PNG, JPEG, GIF, TIFF, WebP, BMP, SVG) as documents coded by region.

The original bytes are stored as they are; the window shows them with Qt. The project
keeps the picture's one page with its pixel size as shown (JPEG and TIFF turned by their
EXIF orientation), the coordinate space of its region codings. A picture has no text.
"""

from __future__ import annotations

from qdadesk.core.importers.common import document_name, failure, note
from qdadesk.core.importers.document import ImportedDocument, ImportedPage
from qdadesk.core.importers.picture_headers import PictureUnreadable, read_picture

MAX_PICTURE_PIXELS = 200_000_000
"""Most pixels a picture may have (a 200-megapixel photo; four bytes each when shown)."""


def import_picture(data: bytes, filename: str) -> ImportedDocument:
    """A picture document: the file's bytes and one page of its shown pixel size."""
    try:
        info = read_picture(data)
    except PictureUnreadable as error:
        raise failure(filename, error.message, **error.values) from error
    width, height = info.shown_size
    if width * height > MAX_PICTURE_PIXELS:
        # Refused from the header, before anything decodes it: showing it would take
        # width x height x 4 bytes of memory.
        raise failure(
            filename,
            "the picture claims {width} × {height} pixels, more than QDA Desk shows "
            "({limit} million pixels at most); refused",
            width=f"{width:,}",
            height=f"{height:,}",
            limit=MAX_PICTURE_PIXELS // 1_000_000,
        )
    report: list[str] = []
    if info.frames > 1 and info.format == "tiff":
        report.append(note("the TIFF file has {n} pages; only the first is shown", n=info.frames))
    elif info.frames > 1:
        report.append(
            note("the picture is animated ({n} frames); only the first is shown", n=info.frames)
        )
    if info.format == "svg":
        report.append(note("the SVG is shown as a picture: its text cannot be searched or coded"))
    return ImportedDocument(
        name=document_name(filename),
        text="",
        original=data,
        report=report,
        kind="picture",
        pages=[ImportedPage(float(width), float(height))],
    )
