"""Region boxes between our coordinates (the page as shown, from its top-left corner) and
REFI-QDA's (PDF points from the bottom-left of the media box, integer corners)."""

from __future__ import annotations

import ctypes
import io
from pathlib import Path

import pypdfium2
import pypdfium2.raw as pdfium_raw
import pytest
from hypothesis import given
from hypothesis import strategies as st

from qdadesk.core.exchange.region_boxes import Frame, from_refi, page_frame, pdf_frames, to_refi

MEDIA = (10, 20, 622, 812)
CROP = (60, 80, 510, 720)


def turned_and_cropped_pdf(corpus_dir: Path) -> bytes:
    """Four copies of a real page with a media box away from 0,0, a smaller crop box, and
    /Rotate 0, 90, 180, 270."""
    import pypdfium2  # pypdf is no longer a dependency

    source = pypdfium2.PdfDocument(corpus_dir / "mannheimer-bsr-interview-guide.pdf")
    target = pypdfium2.PdfDocument.new()
    try:
        for turn in range(4):
            target.import_pages(source, [0])
            page = target[turn]
            page.set_mediabox(*MEDIA)
            page.set_cropbox(*CROP)
            page.set_rotation(90 * turn)
            page.close()
        out = io.BytesIO()
        target.save(out)
    finally:
        target.close()
        source.close()
    return out.getvalue()


def test_frames_agree_with_pdfium_on_turned_and_cropped_pages(corpus_dir: Path) -> None:
    """A point as shown goes to media-box points exactly where PDFium itself puts it."""
    data = turned_and_cropped_pdf(corpus_dir)
    frames = pdf_frames(data)
    assert [(f.rotation, f.width, f.height) for f in frames] == [
        (0, 450, 640),
        (90, 640, 450),
        (180, 450, 640),
        (270, 640, 450),
    ]
    document = pypdfium2.PdfDocument(data)
    try:
        for index, frame in enumerate(frames):
            page = document[index]
            assert page_frame(page) == frame
            width, height = int(frame.width), int(frame.height)
            for x, y in [(0, 0), (37, 91), (width - 5, 3), (12, height - 7), (200, 300)]:
                media_x, media_y = frame.to_media(x, y)
                device_x, device_y = ctypes.c_int(), ctypes.c_int()
                pdfium_raw.FPDF_PageToDevice(
                    page.raw,
                    0,
                    0,
                    width,
                    height,
                    0,
                    media_x + MEDIA[0],  # REFI counts from the media box's corner
                    media_y + MEDIA[1],
                    ctypes.byref(device_x),
                    ctypes.byref(device_y),
                )
                assert (device_x.value, device_y.value) == (x, y)
                assert frame.from_media(media_x, media_y) == pytest.approx((x, y))
    finally:
        document.close()


def test_a_region_on_a_cropped_page_counts_from_the_media_box(corpus_dir: Path) -> None:
    frame = pdf_frames(turned_and_cropped_pdf(corpus_dir))[0]
    # 10..20 from the shown page's left, 0..40 from its top (640 high, crop 50/60 in)
    assert to_refi("pdf", frame, (10, 0, 20, 40)) == (60, 660, 70, 700)
    assert from_refi("pdf", frame, (60, 660, 70, 700)) == (10, 0, 20, 40)


def test_pictures_are_not_flipped() -> None:
    frame = Frame(640, 480)
    assert to_refi("picture", frame, (1.5, 2.5, 30, 40.2)) == (1, 2, 30, 41)
    assert from_refi("picture", frame, (30, 41, 1, 2)) == (1, 2, 30, 41)  # either order


frames = st.sampled_from(
    [
        Frame(612, 792),
        Frame(595.276, 841.89),
        Frame(640, 450, 90, 450, 640, 50, 60),
        Frame(450, 640, 180, 450, 640, 50.5, 60.25),
        Frame(640, 450, 270, 450, 640, 0, 0),
    ]
)


@given(frames, st.floats(0, 1), st.floats(0, 1), st.floats(0, 1), st.floats(0, 1))
def test_integer_corners_hold_the_region_within_a_point(
    frame: Frame, a: float, b: float, c: float, d: float
) -> None:
    x1, x2 = sorted((a * frame.width, b * frame.width))
    y1, y2 = sorted((c * frame.height, d * frame.height))
    refi = to_refi("pdf", frame, (x1, y1, x2, y2))
    assert refi[0] <= refi[2] and refi[1] <= refi[3]  # the bottom-left corner first
    back = from_refi("pdf", frame, refi)
    assert back[0] <= x1 + 1e-9 and back[1] <= y1 + 1e-9
    assert back[2] >= x2 - 1e-9 and back[3] >= y2 - 1e-9
    assert all(abs(u - v) <= 1 + 1e-9 for u, v in zip(back, (x1, y1, x2, y2), strict=True))
