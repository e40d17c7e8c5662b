"""Where a PDF's characters are (qdadesk.core.pdf_text_layer): boxes in REFI-QDA's top-left
coordinates on rotated and cropped pages, checked against PDFium's own pixels; offsets in
boxes, at points and for runs; a region's text run in a project."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qdadesk.core import Project
from qdadesk.core.importers import import_document_bytes
from qdadesk.core.pdf_pages import cached_pdf, render_page
from qdadesk.core.pdf_text_layer import (
    boxes_for_run,
    character_at,
    characters_in_box,
    run_in_box,
)
from tests.pdf_files import PdfPage, make_pdf

# "delta" starts just right of where "beta" does; "gamm" ends left of it.
TWO_LINES = PdfPage(lines=[(72, 700, "alpha beta"), (72, 680, "gamm delta")])


def _ink(data: bytes, page: int) -> tuple[int, int, int, int]:
    """The bounding box of the dark pixels of a page rendered at 1 pixel per point."""
    rendered = render_page(data, page, scale=1.0)
    xs, ys = [], []
    for y in range(rendered.height):
        row = rendered.pixels[y * rendered.stride : y * rendered.stride + 4 * rendered.width]
        for x in range(0, rendered.width):
            if row[4 * x + 1] < 128:  # green channel of BGRX
                xs.append(x)
                ys.append(y)
    return (min(xs), min(ys), max(xs) + 1, max(ys) + 1)


@pytest.mark.parametrize("rotate", [0, 90, 180, 270])
@pytest.mark.parametrize("crop", [None, (50, 100, 450, 750)])
def test_character_boxes_are_where_pdfium_draws_them(
    rotate: int, crop: tuple[float, float, float, float] | None
) -> None:
    data = make_pdf([PdfPage(lines=[(120, 600, "WWWW")], rotate=rotate, crop_box=crop)])
    document = import_document_bytes(data, "turned.pdf")
    assert document.text == "WWWW"
    width, height = (400, 650) if crop else (612, 792)
    if rotate in (90, 270):
        width, height = height, width
    assert (document.pages[0].width, document.pages[0].height) == (width, height)
    (box,) = boxes_for_run(data, 1, 0, 4)
    ink = _ink(data, 1)
    # The glyphs' ink lies inside the characters' (font-high) boxes, to a pixel.
    assert box[0] - 1 <= ink[0] and ink[2] <= box[2] + 1
    assert box[1] - 1 <= ink[1] and ink[3] <= box[3] + 1
    # ... and fills them along the line.
    along = (
        (ink[2] - ink[0], box[2] - box[0])
        if rotate in (0, 180)
        else (ink[3] - ink[1], box[3] - box[1])
    )
    assert along[0] > 0.8 * along[1]
    assert characters_in_box(data, 1, box) == [(0, 4)]


def test_characters_in_a_box_come_as_runs_of_offsets() -> None:
    data = make_pdf([TWO_LINES])
    text = import_document_bytes(data, "two.pdf").text
    assert text == "alpha beta\ngamm delta"
    (alpha,) = boxes_for_run(data, 1, 0, 5)
    (beta,) = boxes_for_run(data, 1, 6, 10)
    (delta,) = boxes_for_run(data, 1, 16, 21)
    assert alpha[2] < beta[0] and beta[3] < delta[1]  # left to right, top to bottom
    right_half = (beta[0] - 1, beta[1] - 1, 600, delta[3] + 1)
    runs = characters_in_box(data, 1, right_half)
    assert [text[start:end] for start, end in runs] == ["beta", "delta"]
    # Offsets are the document's: the page's run starts where the page's text does.
    assert characters_in_box(data, 1, right_half, page_text_start=100) == [
        (106, 110),
        (116, 121),
    ]
    start, end = run_in_box(data, 1, right_half)
    assert text[start:end] == "beta\ngamm delta"
    whole_first_line = (0, alpha[1] - 1, 612, alpha[3] + 1)
    assert characters_in_box(data, 1, whole_first_line) == [(0, 10)]  # the space joins
    assert characters_in_box(data, 1, (0, 0, 50, 50)) == []
    assert run_in_box(data, 1, (0, 0, 50, 50), page_text_start=7) == (7, 7)


def test_the_character_at_a_point() -> None:
    data = make_pdf([TWO_LINES])
    (beta,) = boxes_for_run(data, 1, 6, 7)  # the "b"
    middle_y = (beta[1] + beta[3]) / 2
    assert character_at(data, 1, beta[0] + 1, middle_y) == 6
    assert character_at(data, 1, beta[0] + 1, middle_y, page_text_start=50) == 56
    assert character_at(data, 1, 600, 10) is None  # far from any character
    (line_end,) = boxes_for_run(data, 1, 9, 10)
    assert character_at(data, 1, line_end[2] + 5, middle_y) == 9  # just past the line


def test_runs_over_two_lines_give_a_box_per_line() -> None:
    data = make_pdf([TWO_LINES])
    boxes = boxes_for_run(data, 1, 6, 15)  # "beta\ngamm"
    assert len(boxes) == 2
    assert boxes[0][3] <= boxes[1][1] + 1


def test_an_opened_pdf_is_found_again_in_the_cache() -> None:
    data = make_pdf([TWO_LINES])
    assert cached_pdf(data) is cached_pdf(data)
    assert cached_pdf(bytes(bytearray(data))) is cached_pdf(data)  # equal bytes, same entry


def test_a_region_on_a_pdf_page_holds_the_text_in_its_box(tmp_path: Path) -> None:
    data = make_pdf([PdfPage(lines=[(72, 700, "cover")]), TWO_LINES])
    (tmp_path / "two.pdf").write_bytes(data)
    with Project.create(tmp_path / "p.qdadesk") as project:
        (document_id,) = project.import_documents([tmp_path / "two.pdf"]).result.imported
        text = project.text(document_id)
        assert text == "cover\nalpha beta\ngamm delta"
        code_id = project.add_code_path("Figures").result
        # Page 2 shown from the top: "beta" is on the first line, right of x = 100.
        (beta,) = boxes_for_run(data, 2, 12, 16, page_text_start=6)
        box = (beta[0] - 2, beta[1] - 2, 612, beta[3] + 30)
        coding = project.coding(project.add_region_coding(document_id, code_id, box, 2).result)
        assert text[coding.start : coding.end] == "beta\ngamm delta"
        empty = project.add_region_coding(document_id, code_id, (1, 1, 20, 20), page=2).result
        assert (project.coding(empty).start, project.coding(empty).end) == (6, 6)


def test_a_stored_text_that_differs_from_the_text_layer_is_aligned() -> None:
    """Text from another program (REFI-QDA) may differ a little from what PDFium reads:
    offsets are carried over to the stored text."""
    data = make_pdf([TWO_LINES])
    stored = "[p. 1] alpha beta gamm delta"  # a page mark added, the line end a space
    right_half = (
        boxes_for_run(data, 1, 6, 10)[0][0] - 1,
        0,
        612,
        792,
    )
    runs = characters_in_box(data, 1, right_half, page_text_start=100, stored=stored)
    assert [stored[s - 100 : e - 100] for s, e in runs] == ["beta", "delta"]
    start, end = run_in_box(data, 1, right_half, 100, stored=stored)
    assert stored[start - 100 : end - 100] == "beta gamm delta"
    (beta,) = boxes_for_run(data, 1, 6, 10)
    assert boxes_for_run(data, 1, 113, 117, page_text_start=100, stored=stored) == [beta]
    middle = ((beta[0] + beta[2]) / 2, (beta[1] + beta[3]) / 2)
    assert character_at(data, 1, beta[0] + 1, middle[1], 100, stored=stored) == 113
    # The same text: nothing to align.
    text = "alpha beta\ngamm delta"
    assert characters_in_box(data, 1, right_half, stored=text) == [(6, 10), (16, 21)]


def test_a_region_on_a_pdf_whose_text_came_from_elsewhere(tmp_path: Path) -> None:
    from qdadesk.core.importers.document import ImportedDocument, ImportedPage

    data = make_pdf([TWO_LINES])
    text = "alpha beta gamm delta (transcribed)"
    with Project.create(tmp_path / "p.qdadesk") as project:
        document_id = project.add_document(
            ImportedDocument(
                name="elsewhere",
                text=text,
                original=data,
                original_type="pdf",
                kind="pdf",
                pages=[ImportedPage(612, 792, 0, len(text))],
            )
        ).result
        code_id = project.add_code_path("X").result
        (beta,) = boxes_for_run(data, 1, 6, 10)
        box = (beta[0] - 1, beta[1] - 1, beta[2] + 1, beta[3] + 1)
        coding = project.coding(project.add_region_coding(document_id, code_id, box).result)
        assert text[coding.start : coding.end] == "beta"


def test_pdfium_loads_with_the_first_pdf_read_not_at_start() -> None:
    """Loading PDFium takes about 50 ms: the window must not pay it before a PDF is shown."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import qdadesk.core.project, qdadesk.core.pdf_pages, qdadesk.core.pdf_text_layer\n"
        "import qdadesk.render.page_images\n"
        "assert 'pypdfium2' not in sys.modules, 'pypdfium2 imported at start'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_characters_read_at_once_are_the_characters_one_by_one(corpus_dir: Path) -> None:
    import pypdfium2
    import pypdfium2.raw as pdfium_c

    from qdadesk.core.pdf_text_layer import _code_points

    for name in ("mannheimer-bsr-interview-guide.pdf", "mannheimer-nvivo-codebook.pdf"):
        document = pypdfium2.PdfDocument(str(corpus_dir / name))
        try:
            for index in range(len(document)):
                textpage = document[index].get_textpage()
                count = textpage.count_chars()
                one_by_one = [pdfium_c.FPDFText_GetUnicode(textpage, i) for i in range(count)]
                assert _code_points(textpage, count) == one_by_one
        finally:
            document.close()


_UNITS = [0x41, 0x20, 0xE9, 0x0D, 0x0A, 0x09, 0x02, 0x00, 0x1F, 0xD83D, 0xDE00, 0xFFFE, 0x4E2D]


@given(st.lists(st.sampled_from(_UNITS), max_size=40))
def test_a_plain_page_is_read_as_character_by_character(units: list[int]) -> None:
    from qdadesk.core.pdf_text_layer import _page_text, _plain_page

    slow = _page_text(units)
    fast = _plain_page(units)
    if fast is not None:
        assert (fast.text, list(fast.offsets)) == (slow.text, list(slow.offsets))
    if all(unit not in (0x02, 0x00, 0x1F, 0xD83D, 0xDE00, 0xFFFE) for unit in units) and (
        "\r" not in "".join(map(chr, units)).replace("\r\n", "")
    ):
        assert fast is not None  # the quick way is taken whenever it can be


def test_pages_drawn_in_a_thread_while_characters_are_looked_up() -> None:
    """The window draws pages off the GUI thread; PDFium is not thread-safe (one lock)."""
    import threading

    data = make_pdf([TWO_LINES] * 6)
    errors: list[BaseException] = []

    def draw() -> None:
        try:
            for page in range(1, 7):
                assert render_page(data, page, scale=0.5).width == 306
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=draw) for _ in range(3)]
    for thread in threads:
        thread.start()
    for page in range(1, 7):
        assert characters_in_box(data, page, (0, 0, 612, 792)) == [(0, 21)]
    for thread in threads:
        thread.join()
    assert errors == []
