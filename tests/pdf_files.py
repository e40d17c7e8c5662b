"""Small PDFs written byte by byte for tests: text pages, scans, rotated and cropped pages,
and hostile files (bombs, absurd sizes). No PDF library is involved, so a test says exactly
what the file holds."""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field


@dataclass
class PdfPage:
    """One page. ``lines``: (x, y, text) drawn in 12 pt Helvetica, y from the bottom edge
    of the media box (PDF's own coordinates). ``image``: a grey picture of (width, height)
    pixels covering the page, as a scan has. ``content``: raw content stream instead."""

    lines: list[tuple[float, float, str]] = field(default_factory=list)
    width: float = 612
    height: float = 792
    rotate: int = 0
    crop_box: tuple[float, float, float, float] | None = None
    image: tuple[int, int] | None = None
    content: bytes | None = None
    compressed_content: bytes | None = None  # a FlateDecode content stream, as given


def _literal(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(pages: list[PdfPage]) -> bytes:
    """A valid PDF (with a correct cross-reference table) of ``pages``."""
    objects: list[bytes] = [b"", b"", b""]  # 1 catalog, 2 page tree, 3 font
    objects[2] = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    kids: list[int] = []
    for page in pages:
        resources = b"/Font << /F1 3 0 R >>"
        if page.compressed_content is not None:
            stream = page.compressed_content
            filters = b" /Filter /FlateDecode"
        else:
            content = page.content
            if content is None:
                parts = [
                    b"BT /F1 12 Tf %g %g Td %s Tj ET" % (x, y, _literal(text))
                    for x, y, text in page.lines
                ]
                content = b"\n".join(parts)
            filters = b""
            stream = content
        if page.image is not None:
            width, height = page.image
            pixels = zlib.compress(bytes([200]) * (width * height))
            objects.append(
                b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace "
                b"/DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\n"
                b"stream\n%s\nendstream" % (width, height, len(pixels), pixels)
            )
            image_id = len(objects)
            resources += b" /XObject << /Im1 %d 0 R >>" % image_id
            stream = b"q %g 0 0 %g 0 0 cm /Im1 Do Q\n" % (page.width, page.height) + stream
        objects.append(
            b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(stream), filters, stream)
        )
        content_id = len(objects)
        extra = b""
        if page.rotate:
            extra += b" /Rotate %d" % page.rotate
        if page.crop_box is not None:
            extra += b" /CropBox [%g %g %g %g]" % page.crop_box
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g]%s /Resources << %s >> "
            b"/Contents %d 0 R >>" % (page.width, page.height, extra, resources, content_id)
        )
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % kid for kid in kids),
        len(kids),
    )
    return assemble(objects)


def assemble(objects: list[bytes]) -> bytes:
    """A PDF file of ``objects`` (object ``n`` is ``objects[n - 1]``; 1 is the catalog)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def deflated(byte: bytes, size: int) -> bytes:
    """``size`` copies of ``byte`` compressed with zlib, without holding them in memory."""
    compressor = zlib.compressobj(9)
    chunk = byte * (1024 * 1024)
    out = bytearray()
    remaining = size
    while remaining > 0:
        piece = chunk if remaining >= len(chunk) else chunk[:remaining]
        out += compressor.compress(piece)
        remaining -= len(piece)
    out += compressor.flush()
    return bytes(out)
