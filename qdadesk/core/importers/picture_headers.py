"""A picture's size, EXIF orientation and completeness, read from its file's structure.

The core decodes no pixels (that is Qt's job in the window, and Pillow is too big for the
bundle): it walks the file's chunks, segments, blocks or directories far enough to know
the pixel size the window will show, and that the file is whole. Every reader works on
``bytes`` and bounds every read, so a damaged or hostile file ends in a
:class:`PictureUnreadable` with a message marked for translation, never in another
exception or a huge allocation.

Why not the small ``imagesize`` library: it reads only the first bytes, so a truncated
file passes; it reads an SVG's size with a regular expression over its first kilobyte
(no ``viewBox``, no XML safety); a GIF wider than 32,767 pixels comes out negative; and it
brings HTTP fetching along. Checking completeness needs the walk done here anyway.

Orientation is applied where Qt applies it when it shows a picture: JPEG and TIFF. Qt
ignores the EXIF orientation of PNG and WebP files, so their stored size is their size.
"""

from __future__ import annotations

import math
import re
import struct
from dataclasses import dataclass

from qdadesk.core.i18n import tr_noop

FORMATS = ("png", "jpeg", "gif", "tiff", "webp", "bmp", "svg")

_SVG_UNITS = {  # CSS pixels per unit (96 per inch), as browsers and Inkscape measure
    "": 1.0,
    "px": 1.0,
    "pt": 96 / 72,
    "pc": 16.0,
    "in": 96.0,
    "cm": 96 / 2.54,
    "mm": 96 / 25.4,
    "q": 96 / 101.6,
    "em": 16.0,  # the default font size
    "ex": 8.0,
}
_LENGTH = re.compile(r"^\s*([+]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*([a-zA-Z]*|%)\s*$")


MAX_PARTS = 2_000_000
"""Most chunks, segments or blocks a picture file may have. A 200 MB GIF of full 255-byte
blocks has 800,000; millions of empty parts only make a hostile file slow to walk."""


class PictureUnreadable(ValueError):
    """Why a picture cannot be imported: ``message`` (English, marked for translation,
    with ``{placeholders}``) and the ``values`` that fill it."""

    def __init__(self, message: str, **values: object) -> None:
        super().__init__(message.format(**values))
        self.message = message
        self.values = values


@dataclass(frozen=True)
class PictureInfo:
    """What a picture file holds: its ``format``, its stored pixel size, the EXIF
    ``orientation`` (1-8) to apply, and how many ``frames`` (GIF, WebP) or pages (TIFF)."""

    format: str
    width: int
    height: int
    orientation: int = 1
    frames: int = 1

    @property
    def shown_size(self) -> tuple[int, int]:
        """Width and height as shown: orientations 5-8 turn the picture a quarter."""
        if self.orientation in (5, 6, 7, 8):
            return (self.height, self.width)
        return (self.width, self.height)


def sniff_format(data: bytes) -> str | None:
    """The picture format ``data`` starts like, or None (SVG: XML whose root may be svg)."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if data[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "tiff"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data[:2] == b"BM":
        return "bmp"
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        return "svg"
    return None


def read_picture(data: bytes) -> PictureInfo:
    """The size, orientation and frame count of the picture in ``data``; raises
    :class:`PictureUnreadable` for an unknown format, damage or a cut-off file."""
    kind = sniff_format(data)
    if kind is None:
        raise PictureUnreadable(
            tr_noop("not a picture QDA Desk reads (PNG, JPEG, GIF, TIFF, WebP, BMP, SVG)")
        )
    reader = {
        "png": _read_png,
        "jpeg": _read_jpeg,
        "gif": _read_gif,
        "tiff": _read_tiff,
        "webp": _read_webp,
        "bmp": _read_bmp,
        "svg": _read_svg,
    }[kind]
    try:
        info = reader(data)
    except (struct.error, IndexError) as error:  # a read past the end of a structure
        raise _truncated() from error
    if info.width <= 0 or info.height <= 0:
        raise PictureUnreadable(tr_noop("the picture's header gives no size (it is damaged)"))
    return info


def _truncated() -> PictureUnreadable:
    return PictureUnreadable(tr_noop("the file is cut short (truncated)"))


def _damaged(what: str) -> PictureUnreadable:
    return PictureUnreadable(tr_noop("the {format} file is damaged"), format=what)


class _Parts:
    """Counts the parts a reader walks and refuses a file with more than ``MAX_PARTS``."""

    def __init__(self, what: str) -> None:
        self.what = what
        self.count = 0

    def next(self) -> None:
        self.count += 1
        if self.count > MAX_PARTS:
            raise PictureUnreadable(
                tr_noop("the {format} file has more than {n} parts; refused as damaged"),
                format=self.what,
                n=f"{MAX_PARTS:,}",
            )


# -- PNG ------------------------------------------------------------------------------------
def _read_png(data: bytes) -> PictureInfo:
    position = 8
    width = height = 0
    frames = 1
    first = True
    parts = _Parts("PNG")
    while True:
        parts.next()
        if position + 12 > len(data):
            raise _truncated()
        length, kind = struct.unpack_from(">I4s", data, position)
        body = position + 8
        if body + length + 4 > len(data):
            raise _truncated()
        if first:
            if kind != b"IHDR" or length != 13:
                raise _damaged("PNG")
            width, height = struct.unpack_from(">II", data, body)
            first = False
        elif kind == b"acTL" and length >= 8:  # an animated PNG: Qt shows its first frame
            frames = max(1, struct.unpack_from(">I", data, body)[0])
        elif kind == b"IEND":
            return PictureInfo("png", width, height, frames=frames)
        position = body + length + 4


# -- JPEG -----------------------------------------------------------------------------------
_SOF_MARKERS = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def _read_jpeg(data: bytes) -> PictureInfo:
    position = 2
    width = height = 0
    orientation = 1
    exif_seen = False
    parts = _Parts("JPEG")
    while True:
        parts.next()
        # Markers are 0xFF then a code; any number of 0xFF fill bytes may come first.
        if position >= len(data):
            raise _truncated()
        if data[position] != 0xFF:
            raise _damaged("JPEG")
        while position < len(data) and data[position] == 0xFF:
            position += 1
        if position >= len(data):
            raise _truncated()
        marker = data[position]
        position += 1
        if marker == 0xD8 or 0xD0 <= marker <= 0xD7 or marker == 0x01:
            continue  # markers without a length
        if marker == 0xD9:
            raise _damaged("JPEG")  # the end before any picture data
        if position + 2 > len(data):
            raise _truncated()
        length = struct.unpack_from(">H", data, position)[0]
        if length < 2:
            raise _damaged("JPEG")
        segment = data[position + 2 : position + length]
        if position + length > len(data):
            raise _truncated()
        if marker in _SOF_MARKERS and not width:
            if len(segment) < 5:
                raise _damaged("JPEG")
            height, width = struct.unpack_from(">HH", segment, 1)
        elif marker == 0xE1 and not exif_seen and segment.startswith(b"Exif\x00\x00"):
            exif_seen = True
            orientation = exif_orientation(segment[6:])
        elif marker == 0xDA:  # start of scan: the compressed picture follows
            if not width:
                raise _damaged("JPEG")
            # Its data never holds 0xFF 0xD9 (a 0xFF there is followed by 0x00), so a
            # whole file has that end marker after this point and a cut-off one has not.
            if data.find(b"\xff\xd9", position + length) < 0:
                raise _truncated()
            return PictureInfo("jpeg", width, height, orientation)
        position += length


def exif_orientation(tiff: bytes) -> int:
    """The Orientation (tag 274) of an EXIF block's first directory; 1 when there is none
    or it is out of range. ``tiff`` starts at the block's TIFF header."""
    if len(tiff) < 8 or tiff[:4] not in (b"II*\x00", b"MM\x00*"):
        return 1
    endian = "<" if tiff[:2] == b"II" else ">"
    offset = struct.unpack_from(endian + "I", tiff, 4)[0]
    if offset + 2 > len(tiff):
        return 1
    count = struct.unpack_from(endian + "H", tiff, offset)[0]
    for index in range(count):
        entry = offset + 2 + 12 * index
        if entry + 12 > len(tiff):
            return 1
        tag, kind, number = struct.unpack_from(endian + "HHI", tiff, entry)
        if tag == 274 and kind == 3 and number >= 1:
            value = struct.unpack_from(endian + "H", tiff, entry + 8)[0]
            return value if 1 <= value <= 8 else 1
    return 1


# -- GIF ------------------------------------------------------------------------------------
def _read_gif(data: bytes) -> PictureInfo:
    # Qt shows a GIF at its logical screen size, the frames drawn onto it.
    width, height, flags = struct.unpack_from("<HHB", data, 6)
    position = 13 + (3 << ((flags & 7) + 1) if flags & 0x80 else 0)
    frames = 0
    parts = _Parts("GIF")
    while True:
        parts.next()
        if position >= len(data):
            if frames:  # a whole last frame and no trailer byte: shown as it is
                return PictureInfo("gif", width, height, frames=frames)
            raise _truncated()
        block = data[position]
        if block == 0x3B:  # the trailer
            if not frames:
                raise _damaged("GIF")
            return PictureInfo("gif", width, height, frames=frames)
        if block == 0x21:  # an extension: label, then data sub-blocks
            position = _skip_sub_blocks(data, position + 2, parts)
        elif block == 0x2C:  # a frame: descriptor, colour table, LZW code size, sub-blocks
            if position + 10 > len(data):
                raise _truncated()
            local = data[position + 9]
            position += 10 + (3 << ((local & 7) + 1) if local & 0x80 else 0)
            position = _skip_sub_blocks(data, position + 1, parts)
            frames += 1
        else:
            raise _damaged("GIF")


def _skip_sub_blocks(data: bytes, position: int, parts: _Parts) -> int:
    while True:
        parts.next()
        if position >= len(data):
            raise _truncated()
        size = data[position]
        position += 1 + size
        if size == 0:
            return position
        if position > len(data):
            raise _truncated()


# -- TIFF -----------------------------------------------------------------------------------
_TIFF_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8}
_TIFF_INTEGERS = {1: "B", 3: "H", 4: "I", 6: "b", 8: "h", 9: "i", 16: "Q", 17: "q", 18: "Q"}
_MAX_TIFF_PAGES = 10_000
_MAX_TIFF_PARTS = 1_000_000  # strips or tiles of one page


def _read_tiff(data: bytes) -> PictureInfo:
    endian = "<" if data[:2] == b"II" else ">"
    big = struct.unpack_from(endian + "H", data, 2)[0] == 43
    if big:
        if struct.unpack_from(endian + "HH", data, 4) != (8, 0):
            raise _damaged("TIFF")
        offset = struct.unpack_from(endian + "Q", data, 8)[0]
    else:
        offset = struct.unpack_from(endian + "I", data, 4)[0]
    first: dict[int, list[int]] | None = None
    pages = 0
    seen: set[int] = set()
    while offset and pages < _MAX_TIFF_PAGES:
        if offset in seen:
            break  # a loop of directories: the pages read so far are the picture
        seen.add(offset)
        fields, offset = _tiff_directory(data, offset, endian, big)
        if first is None:
            first = fields
        pages += 1
    if first is None:
        raise _damaged("TIFF")
    width = (first.get(256) or [0])[0]
    height = (first.get(257) or [0])[0]
    _check_tiff_parts(data, first.get(273) or first.get(324), first.get(279) or first.get(325))
    orientation = (first.get(274) or [1])[0]
    return PictureInfo("tiff", width, height, orientation if 1 <= orientation <= 8 else 1, pages)


def _tiff_directory(
    data: bytes, offset: int, endian: str, big: bool
) -> tuple[dict[int, list[int]], int]:
    """The integer fields of the directory at ``offset`` that matter here, and the
    offset of the next directory (0 at the last)."""
    count_format, entry_size, offset_format = ("Q", 20, "Q") if big else ("H", 12, "I")
    count = struct.unpack_from(endian + count_format, data, offset)[0]
    start = offset + (8 if big else 2)
    if start + count * entry_size + struct.calcsize(offset_format) > len(data):
        raise _truncated()
    fields: dict[int, list[int]] = {}
    for index in range(count):
        entry = start + index * entry_size
        if big:
            tag, kind, number = struct.unpack_from(endian + "HHQ", data, entry)
        else:
            tag, kind, number = struct.unpack_from(endian + "HHI", data, entry)
        if tag not in (256, 257, 273, 274, 279, 324, 325) or kind not in _TIFF_INTEGERS:
            continue
        if number > _MAX_TIFF_PARTS:
            raise _damaged("TIFF")
        size = _TIFF_TYPE_SIZES.get(kind, 8) * number
        inline = 8 if big else 4
        where = entry + (12 if big else 8)
        if size > inline:
            where = struct.unpack_from(endian + offset_format, data, where)[0]
            if where + size > len(data):
                raise _truncated()
        fields[tag] = list(
            struct.unpack_from(f"{endian}{number}{_TIFF_INTEGERS[kind]}", data, where)
        )
    following = struct.unpack_from(endian + offset_format, data, start + count * entry_size)[0]
    return fields, following


def _check_tiff_parts(data: bytes, offsets: list[int] | None, counts: list[int] | None) -> None:
    """Every strip or tile of the first page lies inside the file."""
    if not offsets:
        raise _damaged("TIFF")
    if counts is None:
        counts = [0] * len(offsets)  # old files without byte counts: their starts at least
    for start, size in zip(offsets, counts, strict=False):
        if start < 0 or size < 0 or start + size > len(data):
            raise _truncated()


# -- WebP -----------------------------------------------------------------------------------
def _read_webp(data: bytes) -> PictureInfo:
    end = 8 + struct.unpack_from("<I", data, 4)[0]
    if end > len(data):
        raise _truncated()
    position = 12
    width = height = 0
    frames = 0
    parts = _Parts("WebP")
    while position + 8 <= end:
        parts.next()
        kind, size = struct.unpack_from("<4sI", data, position)
        body = position + 8
        if body + size > end:
            raise _truncated()
        if kind == b"VP8X" and size >= 10:
            width = int.from_bytes(data[body + 4 : body + 7], "little") + 1
            height = int.from_bytes(data[body + 7 : body + 10], "little") + 1
        elif kind == b"ANMF":
            frames += 1
        elif kind == b"VP8 " and not width:
            if size < 10 or data[body + 3 : body + 6] != b"\x9d\x01\x2a":
                raise _damaged("WebP")
            w, h = struct.unpack_from("<HH", data, body + 6)
            width, height = w & 0x3FFF, h & 0x3FFF
        elif kind == b"VP8L" and not width:
            if size < 5 or data[body] != 0x2F:
                raise _damaged("WebP")
            bits = int.from_bytes(data[body + 1 : body + 5], "little")
            width, height = (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
        position = body + size + (size & 1)
    if not width:
        raise _damaged("WebP")
    return PictureInfo("webp", width, height, frames=max(frames, 1))


# -- BMP ------------------------------------------------------------------------------------
_BMP_CORE = 12  # BITMAPCOREHEADER (OS/2 1.x): 16-bit sizes, no compression
_BMP_INFO_SIZES = frozenset((40, 64, 108, 124))  # BITMAPINFOHEADER, OS/2 2.x, V4, V5
_BMP_OS2 = 64  # its compression 3 is Huffman 1D (not bit fields), which Qt does not read
_BMP_RLE = {1: 8, 2: 4}  # compression -> the only bit depth it is for
_BMP_BITFIELDS = 3


def _read_bmp(data: bytes) -> PictureInfo:
    # A 14-byte file header (its pixel data offset at 10), then the DIB header and its size.
    offset, header = struct.unpack_from("<II", data, 10)
    if header == _BMP_CORE:
        width, height, planes, bits = struct.unpack_from("<HHHH", data, 18)
        compression = image_size = 0
        # Qt reads these sizes as signed 16-bit numbers: beyond 32,767 it shows nothing.
        if width > 0x7FFF or height > 0x7FFF or bits not in (1, 4, 8, 24):
            raise _damaged("BMP")
    elif header in _BMP_INFO_SIZES:
        width, height, planes, bits, compression, image_size = struct.unpack_from(
            "<iiHHII", data, 18
        )
    else:
        raise _damaged("BMP")
    if 14 + header > len(data):
        raise _truncated()
    if planes != 1 or bits not in (1, 4, 8, 16, 24, 32):
        raise _damaged("BMP")
    if compression in _BMP_RLE:
        if bits != _BMP_RLE[compression]:
            raise _damaged("BMP")
        # The compressed rows' length is in the header; they are only walked when shown.
        needed = max(image_size, 1)
    elif compression == 0 or (
        compression == _BMP_BITFIELDS and bits in (16, 32) and header != _BMP_OS2
    ):
        needed = (width * bits + 31) // 32 * 4 * abs(height)  # rows padded to 4 bytes
    else:  # JPEG or PNG inside, Huffman or RLE24 (OS/2), which Qt does not show
        raise PictureUnreadable(tr_noop("the BMP file is compressed in a way QDA Desk cannot show"))
    if width <= 0 or height == 0:
        raise PictureUnreadable(tr_noop("the picture's header gives no size (it is damaged)"))
    if offset < 14 + header:
        raise _damaged("BMP")
    if offset + needed > len(data):
        raise _truncated()
    # A negative height means rows stored top-down; the picture is as tall either way.
    return PictureInfo("bmp", width, abs(height))


# -- SVG ------------------------------------------------------------------------------------
def _read_svg(data: bytes) -> PictureInfo:
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        root = fromstring(data)
    except DefusedXmlException as error:
        raise PictureUnreadable(
            tr_noop("the SVG declares XML entities, which QDA Desk does not read (for safety)")
        ) from error
    except (ParseError, ValueError) as error:
        message = str(error)
        if "no element found" in message or "unclosed token" in message:
            raise _truncated() from error
        raise PictureUnreadable(
            tr_noop("not a picture QDA Desk reads (the SVG is not well-formed XML)")
        ) from error
    if root.tag.rsplit("}", 1)[-1] != "svg":
        raise PictureUnreadable(
            tr_noop("not a picture QDA Desk reads (PNG, JPEG, GIF, TIFF, WebP, BMP, SVG)")
        )
    box = _view_box(root.get("viewBox"))
    width = _svg_length(root.get("width"), box[0] if box else None)
    height = _svg_length(root.get("height"), box[1] if box else None)
    if box:  # a missing side follows the viewBox's proportions
        if width is None and height is None:
            width, height = box
        elif width is None and height is not None:
            width = height * box[0] / box[1]
        elif height is None and width is not None:
            height = width * box[1] / box[0]
    if width is None or height is None:
        raise PictureUnreadable(
            tr_noop("the SVG gives no size (neither width and height nor a viewBox)")
        )
    return PictureInfo("svg", _pixels(width), _pixels(height))


def _view_box(value: str | None) -> tuple[float, float] | None:
    if not value:
        return None
    try:
        numbers = [float(part) for part in value.replace(",", " ").split()]
    except ValueError:
        return None
    if len(numbers) != 4 or not all(math.isfinite(n) for n in numbers):
        return None
    if numbers[2] <= 0 or numbers[3] <= 0:
        return None
    return (numbers[2], numbers[3])


def _svg_length(value: str | None, whole: float | None) -> float | None:
    """An SVG root's width or height in CSS pixels; a percentage is of the viewBox."""
    if value is None:
        return None
    match = _LENGTH.match(value)
    if match is None:
        return None
    number, unit = float(match.group(1)), match.group(2).lower()
    if unit == "%":
        return None if whole is None else whole * number / 100
    if unit not in _SVG_UNITS or not math.isfinite(number) or number <= 0:
        return None
    return number * _SVG_UNITS[unit]


def _pixels(length: float) -> int:
    """Whole pixels for an SVG length: rounded, at least one."""
    if not math.isfinite(length):
        return 0
    return max(1, math.floor(length + 0.5))
