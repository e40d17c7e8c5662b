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
