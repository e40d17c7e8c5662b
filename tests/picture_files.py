"""Pictures built byte by byte for the tests: real, decodable files (PNG, GIF, TIFF, SVG),
an EXIF block to put into a JPEG, and a JPEG or WebP skeleton whose structure is right."""

from __future__ import annotations

import struct
import zlib


def png(width: int, height: int, extra_chunks: list[tuple[bytes, bytes]] = ()) -> bytes:
    """A grey PNG; ``extra_chunks`` (type, data) go after IHDR. A size too large to
    hold gets a header only (with one tiny IDAT), enough for header checks."""
    small = width * height <= 4_000_000
    row = b"\x00" + bytes(x % 256 for x in range(width)) if small else b""
    rows = row * height if small else b""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    chunks = [(b"IHDR", header), *extra_chunks, (b"IDAT", zlib.compress(rows)), (b"IEND", b"")]
    return b"\x89PNG\r\n\x1a\n" + b"".join(_png_chunk(kind, data) for kind, data in chunks)


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def gif(width: int, height: int, frames: int = 1, trailer: bool = True) -> bytes:
    """A GIF of two colours, each frame a full ``width`` x ``height`` picture."""
    screen = struct.pack("<HHBBB", width, height, 0x80, 0, 0) + b"\x00\x00\x00\xff\xff\xff"
    body = b""
    for frame in range(frames):
        pixels = [(x + y + frame) % 2 for y in range(height) for x in range(width)]
        descriptor = b"\x2c" + struct.pack("<HHHHB", 0, 0, width, height, 0)
        body += descriptor + b"\x02" + _sub_blocks(_lzw(pixels))
    return b"GIF89a" + screen + body + (b"\x3b" if trailer else b"")


def _lzw(pixels: list[int]) -> bytes:
    """GIF LZW data for a 4-colour table: a clear code before every two pixels keeps every
    code 3 bits wide (no table ever grows past 7)."""
    codes: list[int] = []
    for index in range(0, len(pixels), 2):
        codes.append(4)
        codes.extend(pixels[index : index + 2])
    codes.append(5)
    value = bits = 0
    out = bytearray()
    for code in codes:
        value |= code << bits
        bits += 3
        while bits >= 8:
            out.append(value & 0xFF)
            value >>= 8
            bits -= 8
    if bits:
        out.append(value & 0xFF)
    return bytes(out)


def _sub_blocks(data: bytes) -> bytes:
    blocks = b"".join(
        bytes([len(data[i : i + 255])]) + data[i : i + 255] for i in range(0, len(data), 255)
    )
    return blocks + b"\x00"


def tiff(
    width: int, height: int, orientation: int | None = None, big_endian: bool = False
) -> bytes:
    """An uncompressed 8-bit grey TIFF in one strip, with an Orientation tag if given."""
    e = ">" if big_endian else "<"
    pixels = bytes((x * 7 + y * 3) % 256 for y in range(height) for x in range(width))
    entries = [
        (256, 4, 1, width),
        (257, 4, 1, height),
        (258, 3, 1, 8),
        (259, 3, 1, 1),
        (262, 3, 1, 1),
        (273, 4, 1, 0),  # strip offset, filled in below
        (277, 3, 1, 1),
        (278, 4, 1, height),
        (279, 4, 1, len(pixels)),
    ]
    if orientation is not None:
        entries.append((274, 3, 1, orientation))
    entries.sort()
    directory_size = 2 + 12 * len(entries) + 4
    strip = 8 + directory_size
    directory = struct.pack(e + "H", len(entries))
    for tag, kind, count, value in entries:
        value = strip if tag == 273 else value
        packed = (
            struct.pack(e + "H", value) + b"\x00\x00" if kind == 3 else struct.pack(e + "I", value)
        )
        directory += struct.pack(e + "HHI", tag, kind, count) + packed
    directory += struct.pack(e + "I", 0)
    magic = b"MM\x00*" if big_endian else b"II*\x00"
    return magic + struct.pack(e + "I", 8) + directory + pixels


def exif_block(orientation: int, big_endian: bool = False) -> bytes:
    """An EXIF block (``Exif\\0\\0`` and a TIFF structure) with one Orientation tag."""
    e = ">" if big_endian else "<"
    magic = b"MM\x00*" if big_endian else b"II*\x00"
    entry = struct.pack(e + "HHI", 274, 3, 1) + struct.pack(e + "H", orientation) + b"\x00\x00"
    return (
        b"Exif\x00\x00"
        + magic
        + struct.pack(e + "I", 8)
        + struct.pack(e + "H", 1)
        + entry
        + struct.pack(e + "I", 0)
    )


def with_app1(jpeg: bytes, block: bytes) -> bytes:
    """``jpeg`` with an APP1 segment holding ``block`` right after its start marker."""
    assert jpeg[:2] == b"\xff\xd8"
    return jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(block) + 2) + block + jpeg[2:]


def jpeg_skeleton(width: int, height: int, orientation: int | None = None) -> bytes:
    """The markers of a baseline JPEG of ``width`` x ``height`` (the scan is filler bytes:
    enough for reading headers, not for decoding)."""
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    scan = (
        b"\xff\xda"
        + struct.pack(">HB", 8, 1)
        + b"\x01\x00\x00\x3f\x00"
        + b"\x12\x34\xff\x00\x56" * 4
    )
    jpeg = b"\xff\xd8" + sof + scan + b"\xff\xd9"
    return with_app1(jpeg, exif_block(orientation)) if orientation is not None else jpeg


def webp_lossless_skeleton(width: int, height: int) -> bytes:
    """A RIFF WebP with a VP8L header of ``width`` x ``height`` (no real picture data)."""
    bits = (width - 1) | ((height - 1) << 14)
    body = b"\x2f" + bits.to_bytes(4, "little") + b"\x00" * 5
    chunk = b"VP8L" + struct.pack("<I", len(body)) + body
    return b"RIFF" + struct.pack("<I", 4 + len(chunk)) + b"WEBP" + chunk


def svg(attributes: str, body: str = '<rect width="10" height="10" fill="red"/>') -> bytes:
    return f'<svg xmlns="http://www.w3.org/2000/svg" {attributes}>{body}</svg>'.encode()


BMP_HEADERS = {"core": 12, "info": 40, "os2": 64, "v4": 108, "v5": 124}
"""The BMP header kinds by name and size: BITMAPCOREHEADER, BITMAPINFOHEADER, OS/2 2.x,
V4, V5."""


def bmp(
    width: int,
    height: int,
    header: str = "info",
    bits: int = 24,
    top_down: bool = False,
    rle8: bool = False,
) -> bytes:
    """A real BMP: ``header`` one of :data:`BMP_HEADERS`, ``bits`` per pixel (1, 4, 8, 24;
    16 and 32 as bit fields, not in the core or OS/2 header), rows bottom-up unless ``top_down``
    (a negative height), or 8-bit RLE-compressed rows when ``rle8``."""
    size = BMP_HEADERS[header]
    if rle8:
        bits = 8
    fields = bits in (16, 32) and header not in ("core", "os2")
    compression = 1 if rle8 else 3 if fields else 0
    masks = (0xF800, 0x07E0, 0x001F) if bits == 16 else (0xFF0000, 0xFF00, 0xFF)
    entry = 3 if header == "core" else 4
    palette = b"".join(
        bytes([(index * 37) % 256, (index * 91) % 256, (index * 53) % 256]) + b"\x00"[: entry - 3]
        for index in range(1 << bits if bits <= 8 else 0)
    )
    if rle8:
        rows = b""
        for y in range(height):
            rows += b"".join(
                bytes([min(255, width - x), (x + y) % 256]) for x in range(0, width, 255)
            )
            rows += b"\x00\x00" if y < height - 1 else b"\x00\x01"
    else:
        stride = (width * bits + 31) // 32 * 4
        rows = b"".join(
            bytes(((x * 7 + y * 3) % 256) for x in range(stride)) for y in range(height)
        )
    if header == "core":
        dib = struct.pack("<IHHHH", size, width, height, 1, bits)
    else:
        dib = struct.pack(
            "<IiiHHIIiiII",
            size,
            width,
            -height if top_down else height,
            1,
            bits,
            compression,
            len(rows) if rle8 else 0,
            2835,
            2835,
            0,
            0,
        )
        if header == "os2":  # units, reserved, recording, rendering, sizes, encoding, id
            dib += b"\x00" * (size - len(dib))
        elif header != "info":
            dib += struct.pack("<IIII", *masks, 0) + b"sRGB" + b"\x00" * 48
            dib += b"\x00" * (size - len(dib))
        elif fields:
            dib += struct.pack("<III", *masks)
    offset = 14 + len(dib) + len(palette)
    file_header = b"BM" + struct.pack("<IHHI", offset + len(rows), 0, 0, offset)
    return file_header + dib + palette + rows
