"""BMP pictures import like the other picture types: their size read from the header
(BITMAPCOREHEADER, BITMAPINFOHEADER, OS/2 2.x, V4, V5; a negative height is a top-down
picture as tall), cut-off, damaged and oversized files refused with the same messages."""

from __future__ import annotations

import contextlib
import struct
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qdadesk.core.errors import ImportFailed
from qdadesk.core.importers import SUPPORTED_EXTENSIONS, import_document, import_document_bytes
from qdadesk.core.importers.picture_headers import PictureUnreadable, read_picture
from tests import picture_files as pf

sides = st.integers(min_value=1, max_value=300)
# (header, bits) Qt shows: the core and OS/2 headers have no bit fields, the others all depths.
KINDS = [
    (header, bits)
    for header in pf.BMP_HEADERS
    for bits in (1, 4, 8, 16, 24, 32)
    if header not in ("core", "os2") or bits not in (16, 32)
]


def test_bmp_is_an_importable_picture_extension() -> None:
    assert ".bmp" in SUPPORTED_EXTENSIONS


@pytest.mark.parametrize("header", sorted(pf.BMP_HEADERS))
def test_a_bmp_is_one_page_of_its_size_with_its_original_bytes(header: str) -> None:
    data = pf.bmp(30, 20, header)
    document = import_document_bytes(data, "scan.bmp")
    assert document.kind == "picture"
    assert document.text == "" and document.report == []
    assert document.original == data and document.original_type == "bmp"
    (page,) = document.pages
    assert (page.width, page.height) == (30, 20)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(
    kind=st.sampled_from(KINDS),
    width=sides,
    height=sides,
    top_down=st.booleans(),
    rle8=st.booleans(),
)
def test_random_valid_headers_give_their_size(kind, width, height, top_down, rle8) -> None:
    header, bits = kind
    top_down = top_down and header != "core" and not rle8
    rle8 = rle8 and header != "core"
    data = pf.bmp(width, height, header, bits, top_down=top_down, rle8=rle8)
    info = read_picture(data)
    assert (info.format, info.shown_size) == ("bmp", (width, height))


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(kind=st.sampled_from(KINDS), width=sides, height=sides, cut=st.floats(0, 0.999))
def test_every_cut_off_bmp_is_refused_as_truncated(kind, width, height, cut) -> None:
    data = pf.bmp(min(width, 40), min(height, 40), *kind)
    cut_off = data[: int(len(data) * cut)]
    with pytest.raises(PictureUnreadable) as refused:
        read_picture(cut_off)
    if len(cut_off) >= 2:  # starts like a BMP: it is cut short, not something else
        assert refused.value.message == "the file is cut short (truncated)"


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    kind=st.sampled_from(KINDS),
    flips=st.lists(st.tuples(st.integers(0, 200), st.integers(0, 255)), max_size=4),
)
def test_damaged_bmps_end_in_one_clear_error_or_a_size(kind, flips) -> None:
    data = bytearray(pf.bmp(9, 5, *kind))
    for position, value in flips:
        data[position % len(data)] = value
    try:
        info = read_picture(bytes(data))
    except PictureUnreadable as error:
        assert str(error)
    else:
        assert info.width > 0 and info.height > 0


@settings(max_examples=300)
@given(data=st.binary(max_size=200))
def test_any_bytes_after_bm_read_or_end_in_one_clear_error(data: bytes) -> None:
    with contextlib.suppress(PictureUnreadable):
        read_picture(b"BM" + data)


def _patched(data: bytes, fmt: str, position: int, *values: int) -> bytes:
    changed = bytearray(data)
    struct.pack_into(fmt, changed, position, *values)
    return bytes(changed)


@pytest.mark.parametrize(
    "data,message",
    [
        (_patched(pf.bmp(4, 4), "<I", 14, 52), "BMP file is damaged"),  # unknown header size
        (_patched(pf.bmp(4, 4), "<H", 26, 2), "BMP file is damaged"),  # two planes
        (_patched(pf.bmp(4, 4), "<H", 28, 7), "BMP file is damaged"),  # 7 bits a pixel
        (_patched(pf.bmp(4, 4), "<I", 30, 4), "compressed in a way"),  # JPEG inside
        (_patched(pf.bmp(4, 4, "os2", 1), "<I", 30, 3), "compressed in a way"),  # Huffman
        (_patched(pf.bmp(4, 4, rle8=True), "<H", 28, 4), "BMP file is damaged"),  # RLE8 at 4
        (_patched(pf.bmp(4, 4), "<i", 18, 0), "gives no size"),
        (_patched(pf.bmp(4, 4), "<i", 22, 0), "gives no size"),
        (_patched(pf.bmp(4, 4), "<i", 18, -4), "gives no size"),
        (_patched(pf.bmp(4, 4), "<I", 10, 20), "BMP file is damaged"),  # rows inside header
        (_patched(pf.bmp(4, 4, "core"), "<H", 18, 40_000), "BMP file is damaged"),
        (pf.bmp(4, 4)[:30], "truncated"),
        (pf.bmp(4, 4)[:-1], "truncated"),
        (b"BM", "truncated"),
    ],
)
def test_bad_bmps_are_refused_with_a_clear_message(data: bytes, message: str) -> None:
    with pytest.raises(ImportFailed, match=message):
        import_document_bytes(data, "bad.bmp")


def test_a_top_down_bmp_is_as_tall_as_its_height_says() -> None:
    assert read_picture(pf.bmp(7, 3, top_down=True)).shown_size == (7, 3)


def test_a_bmp_claiming_too_many_pixels_is_refused_before_decoding(tmp_path: Path) -> None:
    # RLE rows are short: a tiny file may claim a huge picture (a decompression bomb).
    path = tmp_path / "bomb.bmp"
    path.write_bytes(_patched(pf.bmp(2, 2, rle8=True), "<ii", 18, 100_000, -100_000))
    with pytest.raises(ImportFailed, match=r"claims 100,000 × 100,000 pixels.*at most"):
        import_document(path)
    # A whole 1-bit picture of 200,010,000 pixels is a file of 25 MB: refused by the rule.
    whole = tmp_path / "whole.bmp"
    width, height = 20_001, 10_000
    stride = (width + 31) // 32 * 4
    header = pf.bmp(1, 1, bits=1)[:62]
    header = _patched(header, "<ii", 18, width, height)
    whole.write_bytes(header + bytes(stride * height))
    with pytest.raises(ImportFailed, match=r"claims 20,001 × 10,000 pixels"):
        import_document(whole)
