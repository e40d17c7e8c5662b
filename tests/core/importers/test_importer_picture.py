"""Pictures import as one-page documents of their shown pixel size, read from the file's
structure without decoding it; damaged, cut-off and oversized pictures are refused."""

from __future__ import annotations

import contextlib
import struct
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from qdadesk.core import Project
from qdadesk.core.errors import ImportFailed
from qdadesk.core.importers import SUPPORTED_EXTENSIONS, import_document, import_document_bytes
from qdadesk.core.importers.picture_headers import PictureUnreadable, read_picture
from tests import picture_files as pf

sides = st.integers(min_value=1, max_value=40)


def _size(document) -> tuple[float, float]:
    (page,) = document.pages
    return (page.width, page.height)


@pytest.mark.parametrize("ext", ["png", "jpg", "jpeg", "gif", "tif", "tiff", "webp", "svg"])
def test_picture_extensions_are_importable(ext: str) -> None:
    assert f".{ext}" in SUPPORTED_EXTENSIONS


@pytest.mark.parametrize(
    "name,data,size",
    [
        ("a.png", pf.png(7, 5), (7, 5)),
        ("a.gif", pf.gif(9, 4), (9, 4)),
        ("a.tif", pf.tiff(6, 3), (6, 3)),
        ("a.tiff", pf.tiff(6, 3, big_endian=True), (6, 3)),
        ("a.jpg", pf.jpeg_skeleton(640, 480), (640, 480)),
        ("a.webp", pf.webp_lossless_skeleton(300, 20), (300, 20)),
        ("a.svg", pf.svg('width="120" height="80"'), (120, 80)),
    ],
)
def test_a_picture_is_one_page_of_its_size_with_its_original_bytes(name, data, size) -> None:
    document = import_document_bytes(data, name)
    assert document.kind == "picture"
    assert document.text == "" and document.spans == []
    assert document.original == data
    assert document.original_type == name.rsplit(".", 1)[1]
    assert _size(document) == size
    assert document.pages[0].text_start == document.pages[0].text_end == 0
    assert document.report == ([] if name != "a.svg" else [document.report[0]])


@pytest.mark.parametrize(
    "orientation,turned", [(1, False), (3, False), (5, True), (6, True), (8, True)]
)
def test_jpeg_exif_orientation_turns_the_size(orientation: int, turned: bool) -> None:
    document = import_document_bytes(pf.jpeg_skeleton(640, 480, orientation), "photo.jpg")
    assert _size(document) == ((480, 640) if turned else (640, 480))


def test_big_endian_exif_and_a_second_exif_block_is_ignored() -> None:
    data = pf.with_app1(pf.jpeg_skeleton(40, 10), pf.exif_block(6, big_endian=True))
    assert read_picture(data).shown_size == (10, 40)
    twice = pf.with_app1(data, pf.exif_block(1))  # the first APP1 counts, as in Qt
    assert read_picture(twice).orientation == 1


def test_tiff_orientation_turns_the_size() -> None:
    assert read_picture(pf.tiff(6, 3, orientation=6)).shown_size == (3, 6)
    assert read_picture(pf.tiff(6, 3, orientation=2)).shown_size == (6, 3)


def test_png_orientation_is_not_applied_as_qt_does_not() -> None:
    data = pf.png(7, 5, [(b"eXIf", pf.exif_block(6)[6:])])
    assert read_picture(data).shown_size == (7, 5)


@pytest.mark.parametrize(
    "attributes,size",
    [
        ('width="120.4px" height="80.6"', (120, 81)),
        ('viewBox="0 0 300 150"', (300, 150)),
        ('viewBox="0,0,100.4,50.5"', (100, 51)),
        ('width="100%" height="50%" viewBox="0 0 300 150"', (300, 75)),
        ('width="200" viewBox="0 0 100 50"', (200, 100)),
        ('height="10" viewBox="0 0 100 50"', (20, 10)),
        ('width="1in" height="72pt"', (96, 96)),
        ('width="25.4mm" height="2.54cm"', (96, 96)),
        ('width="2em" height="6pc"', (32, 96)),
        ('width="auto" height="auto" viewBox="0 0 30 40"', (30, 40)),
    ],
)
def test_svg_size_from_width_height_and_view_box(attributes: str, size) -> None:
    assert read_picture(pf.svg(attributes)).shown_size == size


def test_svg_with_a_doctype_and_xml_declaration_imports() -> None:
    data = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        b'<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
        b'"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n' + pf.svg('width="5" height="6"')
    )
    assert _size(import_document_bytes(data, "d.svg")) == (5, 6)


@pytest.mark.parametrize(
    "data,message",
    [
        (pf.svg(""), "gives no size"),
        (pf.svg('width="10"'), "gives no size"),
        (b"<html><body>hi</body></html>", "not a picture"),
        (b"<svg xmlns='http://www.w3.org/2000/svg' width='1'", "truncated"),
        (
            b'<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
            b'<svg xmlns="http://www.w3.org/2000/svg" width="5" height="5"><text>&b;</text></svg>',
            "entities",
        ),
        (b"plain words", "not a picture"),
    ],
)
def test_unreadable_svg_and_non_pictures_are_refused(data: bytes, message: str) -> None:
    with pytest.raises(ImportFailed, match=message):
        import_document_bytes(data, "x.svg")


def test_animated_gif_and_multi_page_tiff_say_only_the_first_is_shown() -> None:
    document = import_document_bytes(pf.gif(4, 4, frames=3), "anim.gif")
    assert any("3 frames" in line for line in document.report)
    pages = pf.tiff(2, 2)
    assert read_picture(pages).frames == 1


def test_gif_without_a_trailer_still_imports_but_a_cut_frame_does_not() -> None:
    assert read_picture(pf.gif(5, 5, trailer=False)).shown_size == (5, 5)
    with pytest.raises(PictureUnreadable, match="truncated"):
        read_picture(pf.gif(5, 5, trailer=False)[:-3])


# -- hostile pictures ------------------------------------------------------------------------
HUGE = [
    ("huge.png", lambda: pf.png(100_000, 100_000)),
    (
        "huge.gif",
        lambda: (
            b"GIF89a"
            + struct.pack("<HHBBB", 65535, 65535, 0, 0, 0)
            + b"\x2c"
            + b"\0" * 9
            + b"\x02\x00\x3b"
        ),
    ),
    ("huge.jpg", lambda: pf.jpeg_skeleton(65535, 65535)),
    ("huge.webp", lambda: pf.webp_lossless_skeleton(16384, 16384)),
    ("huge.svg", lambda: pf.svg('width="100000" height="100000"')),
    ("huge.tif", lambda: _tiff_claiming(100_000, 100_000)),
]


def _tiff_claiming(width: int, height: int) -> bytes:
    data = bytearray(pf.tiff(2, 2))
    # entries start at 10: ImageWidth then ImageLength, each value 8 bytes into its entry
    struct.pack_into("<I", data, 10 + 8, width)
    struct.pack_into("<I", data, 22 + 8, height)
    return bytes(data)


@pytest.mark.parametrize("name,make", HUGE, ids=[name for name, _ in HUGE])
def test_a_picture_claiming_too_many_pixels_is_refused_before_decoding(
    name: str, make, tmp_path: Path
) -> None:
    path = tmp_path / name
    path.write_bytes(make())
    with pytest.raises(ImportFailed, match=r"claims .* pixels.*million pixels at most"):
        import_document(path)


def test_a_refused_picture_writes_nothing(tmp_path: Path) -> None:
    project = Project.create(tmp_path / "p.qdadesk")
    (tmp_path / "huge.png").write_bytes(pf.png(100_000, 100_000))
    (tmp_path / "cut.png").write_bytes(pf.png(10, 10)[:-20])
    changes = project.db.conn.total_changes
    with pytest.raises(ImportFailed) as refused:
        project.import_documents([tmp_path / "huge.png", tmp_path / "cut.png"])
    assert "huge.png: the picture claims 100,000 × 100,000 pixels" in str(refused.value)
    assert "cut.png: the file is cut short (truncated)" in str(refused.value)
    assert project.db.conn.total_changes == changes
    assert project.documents() == []
    project.close()


VALID = {
    "png": lambda w, h: pf.png(w, h),
    "gif": lambda w, h: pf.gif(w, h),
    "tiff": lambda w, h: pf.tiff(w, h),
    "tiff-be": lambda w, h: pf.tiff(w, h, big_endian=True),
    "jpeg": lambda w, h: pf.jpeg_skeleton(w, h, orientation=1),
    "webp": lambda w, h: pf.webp_lossless_skeleton(w, h),
    "svg": lambda w, h: pf.svg(f'width="{w}" height="{h}"'),
}


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(kind=st.sampled_from(sorted(VALID)), width=sides, height=sides)
def test_every_reader_reads_the_size_it_was_given(kind: str, width: int, height: int) -> None:
    assert read_picture(VALID[kind](width, height)).shown_size == (width, height)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(kind=st.sampled_from(sorted(VALID)), width=sides, height=sides, cut=st.floats(0, 0.999))
@example(kind="gif", width=1, height=1, cut=0.984375)  # only the trailer byte cut off
def test_every_cut_off_picture_is_refused(kind: str, width: int, height: int, cut: float) -> None:
    data = VALID[kind](width, height)
    cut_off = data[: int(len(data) * cut)]
    if kind == "gif" and cut_off == data[:-1]:
        # Only the trailer byte gone: every frame is whole, and Qt shows it as it is.
        assert read_picture(cut_off).shown_size == (width, height)
        return
    with pytest.raises(PictureUnreadable):
        read_picture(cut_off)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    kind=st.sampled_from(sorted(VALID)),
    width=sides,
    height=sides,
    flips=st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)), max_size=4),
)
def test_damaged_pictures_end_in_one_clear_error(kind, width, height, flips) -> None:
    data = bytearray(VALID[kind](width, height))
    for position, value in flips:
        data[position % len(data)] = value
    try:
        info = read_picture(bytes(data))
    except PictureUnreadable as error:
        assert str(error)
    else:
        assert info.width > 0 and info.height > 0


@settings(max_examples=300)
@given(
    data=st.binary(max_size=200),
    prefix=st.sampled_from(
        [
            b"",
            b"\x89PNG\r\n\x1a\n",
            b"\xff\xd8\xff",
            b"GIF89a",
            b"II*\x00",
            b"MM\x00+",
            b"RIFF\x10\x00\x00\x00WEBP",
            b"<svg ",
        ]
    ),
)
def test_any_bytes_either_read_or_end_in_one_clear_error(data: bytes, prefix: bytes) -> None:
    with contextlib.suppress(PictureUnreadable):
        read_picture(prefix + data)


@pytest.mark.parametrize("kind", ["png", "gif", "jpeg", "webp"])
def test_a_picture_of_millions_of_empty_parts_is_refused(kind: str, monkeypatch) -> None:
    from qdadesk.core.importers import picture_headers

    monkeypatch.setattr(picture_headers, "MAX_PARTS", 50)
    data = {
        "png": pf.png(2, 2, [(b"tEXt", b"")] * 60),
        "gif": pf.gif(2, 2)[:-1] + b"\x21\xfe\x00" * 60 + b"\x3b",
        "jpeg": pf.with_app1(pf.jpeg_skeleton(2, 2), b"")[:2]
        + b"\xff\xe2\x00\x02" * 60
        + pf.jpeg_skeleton(2, 2)[2:],
        "webp": pf.webp_lossless_skeleton(2, 2),
    }[kind]
    if kind == "webp":
        chunks = b"JUNK\x00\x00\x00\x00" * 60
        body = data[12:] + chunks
        data = b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WEBP" + body
    with pytest.raises(PictureUnreadable, match="more than 50 parts"):
        read_picture(data)
    monkeypatch.setattr(picture_headers, "MAX_PARTS", 200)
    assert read_picture(data).shown_size == (2, 2)
