"""A picture's size in pixels read from its header (PNG, JPEG, GIF, BMP, WebP, TIFF), as
shown: after a JPEG's or TIFF's EXIF orientation (REFI-QDA 1.5 §9.1.5: coordinates are in
the image's "final rotated space"). Nothing is decoded, so a picture claiming 100,000 ×
100,000 pixels costs nothing to measure.

NOTE: a stopgap for the REFI-QDA import. The picture importer (``core/importers/picture.py``,
issue 13 item 3) reads the same header; once it is on main, this module should call it.
"""

from __future__ import annotations

import struct

_SWAPPING_ORIENTATIONS = {5, 6, 7, 8}  # EXIF orientations that turn the picture 90°


def picture_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) as shown, or None when the header is not one we know."""
    try:
        if data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR":
            return struct.unpack(">II", data[16:24])
        if data[:6] in (b"GIF87a", b"GIF89a"):
            return struct.unpack("<HH", data[6:10])
        if data.startswith(b"BM"):
            width, height = struct.unpack("<ii", data[18:26])
            return width, abs(height)
        if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
            return _webp_size(data)
        if data.startswith(b"\xff\xd8"):
            return _jpeg_size(data)
        if data[:4] in (b"II*\x00", b"MM\x00*"):
            tags = _tiff_tags(data, 0)
            if 256 in tags and 257 in tags:
                return _oriented(tags[256], tags[257], tags.get(274, 1))
    except (struct.error, IndexError, ValueError):
        return None
    return None


def _oriented(width: int, height: int, orientation: int) -> tuple[int, int]:
    return (height, width) if orientation in _SWAPPING_ORIENTATIONS else (width, height)


def _webp_size(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8 ":
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L":
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8X":
        return int.from_bytes(data[24:27], "little") + 1, int.from_bytes(data[27:30], "little") + 1
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    position, orientation = 2, 1
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            return None
        marker = data[position + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # markers without a length
            position += 2
            continue
        (length,) = struct.unpack(">H", data[position + 2 : position + 4])
        segment = data[position + 4 : position + 2 + length]
        if marker == 0xE1 and segment.startswith(b"Exif\x00\x00"):
            orientation = _tiff_tags(segment[6:], 0).get(274, 1)
        elif marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE):
            height, width = struct.unpack(">HH", segment[1:5])
            return _oriented(width, height, orientation)
        elif marker == 0xD9:
            return None
        position += 2 + length
    return None


def _tiff_tags(data: bytes, start: int) -> dict[int, int]:
    """Width (256), height (257) and orientation (274) from a TIFF structure's first IFD."""
    order = "<" if data[start : start + 2] == b"II" else ">"
    (offset,) = struct.unpack(order + "I", data[start + 4 : start + 8])
    base = start + offset
    (count,) = struct.unpack(order + "H", data[base : base + 2])
    tags: dict[int, int] = {}
    for number in range(min(count, 1000)):
        entry = data[base + 2 + 12 * number : base + 14 + 12 * number]
        tag, kind = struct.unpack(order + "HH", entry[:4])
        if tag in (256, 257, 274):
            if kind == 3:  # SHORT
                (tags[tag],) = struct.unpack(order + "H", entry[8:10])
            elif kind == 4:  # LONG
                (tags[tag],) = struct.unpack(order + "I", entry[8:12])
    return tags
