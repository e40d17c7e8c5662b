"""The characters of a real PDF's text that lie in a box, as offsets of the stored text."""

from __future__ import annotations

from qdadesk.core.pdf_text_boxes import align, characters_in_box
from tests.region_support import pdf_as_imported, pdf_bytes, word_box


def test_characters_in_a_box_around_a_title_are_its_offsets() -> None:
    text, pages = pdf_as_imported()
    page = pages[0]
    body = text[page.text_start : page.text_end]
    runs = characters_in_box(pdf_bytes(), 1, word_box(1, "Project Overview"), body, 0)
    assert [text[s:e] for s, e in runs] == ["Project Overview"]
    # On page 2 the offsets continue after page 1's run.
    second = pages[1]
    body = text[second.text_start : second.text_end]
    word = body.split()[3]
    runs = characters_in_box(pdf_bytes(), 2, word_box(2, word), body, second.text_start)
    assert [text[s:e] for s, e in runs] == [word]


def test_alignment_passes_over_what_only_one_side_has() -> None:
    assert align(list("ab\r\ncd"), "ab\ncd") == [0, 1, None, None, 3, 4]
    assert align(list("x-\r\nyz"), "xyz") == [0, None, None, None, 1, 2]


def test_a_stored_text_that_is_not_the_page_is_refused() -> None:
    import pytest

    with pytest.raises(ValueError):
        characters_in_box(pdf_bytes(), 1, (0, 0, 612, 792), "Budget planning", 0)


def test_a_box_on_a_turned_or_cropped_page_holds_the_words_drawn_there(tmp_path) -> None:
    import pytest

    from qdadesk.core import Project
    from qdadesk.core.importers import import_document_bytes
    from qdadesk.core.pdf_text_boxes import RegionTexts
    from qdadesk.core.pdf_text_layer import boxes_for_run
    from tests.pdf_files import PdfPage, make_pdf

    for rotate, crop in [
        (90, None),
        (180, None),
        (270, (50, 100, 450, 750)),
        (0, (50, 80, 450, 750)),
    ]:
        data = make_pdf(
            [PdfPage(lines=[(120, 600, "alpha beta gamma")], rotate=rotate, crop_box=crop)]
        )
        document = import_document_bytes(data, "turned.pdf")
        text = document.text
        start = text.index("beta")
        (word,) = boxes_for_run(data, 1, start, start + 4)
        box = (word[0] - 1, word[1] - 1, word[2] + 1, word[3] + 1)
        assert [text[s:e] for s, e in characters_in_box(data, 1, box, text, 0)] == ["beta"]
        path = tmp_path / f"turned{rotate}.qdadesk"
        with Project.create(path) as project:
            doc = project.add_document(document).result
            code = project.add_code_path("Turned").result
            project.add_region_coding(doc, code, box, page=1)
            (coding,) = project.codings()
            runs = RegionTexts(project).runs(coding.id)
            assert [text[s:e] for s, e in runs] == ["beta"], (rotate, crop)
        with pytest.raises(ValueError):  # a text that is not the page's is refused still
            characters_in_box(data, 1, box, "Budget planning", 0)
