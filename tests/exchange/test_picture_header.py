"""A picture's size from its header, as shown (EXIF orientation applied), for REFI-QDA
picture sources; nothing decoded, so a picture claiming a huge size costs nothing."""

from __future__ import annotations

import struct

import pytest

from qdadesk.core.exchange.picture_header import picture_size
from tests.exchange.paged_support import jpeg_bytes, png_bytes


def exif(orientation: int, order: str = "<") -> bytes:
    """An EXIF APP1 segment whose first IFD holds only the orientation."""
    head = b"II*\x00" if order == "<" else b"MM\x00*"
    tiff = head + struct.pack(order + "I", 8)
    tiff += struct.pack(order + "H", 1)
    tiff += struct.pack(order + "HHI", 274, 3, 1) + struct.pack(order + "HH", orientation, 0)
    tiff += struct.pack(order + "I", 0)
    body = b"Exif\x00\x00" + tiff
    return b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body


def with_exif(jpeg: bytes, orientation: int, order: str = "<") -> bytes:
    return jpeg[:2] + exif(orientation, order) + jpeg[2:]


def test_png_gif_bmp_webp_tiff_sizes() -> None:
    assert picture_size(png_bytes(64, 48)) == (64, 48)
    assert picture_size(b"GIF89a" + struct.pack("<HH", 300, 200) + b"\x00" * 10) == (300, 200)
    bmp = b"BM" + b"\x00" * 16 + struct.pack("<ii", 120, -80) + b"\x00" * 30
    assert picture_size(bmp) == (120, 80)  # a top-down bitmap has a negative height
    lossless = b"RIFF\x00\x00\x00\x00WEBPVP8L\x00\x00\x00\x00\x2f"
    lossless += ((640 - 1) | ((480 - 1) << 14)).to_bytes(4, "little")
    assert picture_size(lossless) == (640, 480)
    extended = b"RIFF\x00\x00\x00\x00WEBPVP8X" + b"\x00" * 8
    extended += (1023).to_bytes(3, "little") + (767).to_bytes(3, "little")
    assert picture_size(extended) == (1024, 768)
    tiff = b"MM\x00*" + struct.pack(">I", 8) + struct.pack(">H", 3)
    tiff += struct.pack(">HHI", 256, 4, 1) + struct.pack(">I", 5000)
    tiff += struct.pack(">HHI", 257, 3, 1) + struct.pack(">HH", 3000, 0)
    tiff += struct.pack(">HHI", 274, 3, 1) + struct.pack(">HH", 8, 0)
    assert picture_size(tiff) == (3000, 5000)  # orientation 8: turned a quarter


@pytest.mark.parametrize(
    ("orientation", "order", "size"),
    [(1, "<", (40, 30)), (3, ">", (40, 30)), (6, "<", (30, 40)), (8, ">", (30, 40))],
)
def test_jpeg_size_is_after_its_exif_orientation(
    orientation: int, order: str, size: tuple[int, int]
) -> None:
    """REFI-QDA 1.5 §9.1.5: coordinates are in the image's final rotated space."""
    assert picture_size(with_exif(jpeg_bytes(40, 30), orientation, order)) == size


def test_unknown_or_cut_headers_give_nothing() -> None:
    assert picture_size(b"") is None
    assert picture_size(b"%PDF-1.7") is None
    assert picture_size(png_bytes(8, 8)[:20]) is None
    assert picture_size(jpeg_bytes(8, 8)[:30]) is None
    assert picture_size(b"II*\x00" + struct.pack("<I", 10_000)) is None
