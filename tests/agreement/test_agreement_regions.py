"""Intercoder agreement with region codings: at the segment level two coders' regions
agree when their boxes overlap by the threshold on the same page; a region never agrees
with a text segment; a region without text rates no paragraph; pictures in two project
files are matched by their bytes, not by their (empty) text."""

from __future__ import annotations

from pathlib import Path

import pytest

from qdadesk.core.analysis.agreement import box_overlap_ratio, intercoder_agreement
from qdadesk.core.importers.document import ImportedDocument, ImportedPage
from tests.region_support import add_region, make_region_project


@pytest.fixture
def made(tmp_path: Path):
    made = make_region_project(tmp_path / "p.qdadesk")
    made.code = made.project.add_code_path("Charts").result
    yield made
    made.project.close()


def test_box_overlap_is_area_of_intersection_over_union() -> None:
    assert box_overlap_ratio((0, 0, 10, 10), (0, 0, 10, 10)) == 1
    assert box_overlap_ratio((0, 0, 10, 10), (5, 0, 15, 10)) == pytest.approx(50 / 150)
    assert box_overlap_ratio((0, 0, 10, 10), (10, 0, 20, 10)) == 0


def test_regions_agree_by_box_overlap_on_the_same_page(made) -> None:
    project, code = made.project, made.code
    add_region(project, made.pdf, code, (100, 100, 200, 200), page=1, coder="ann")
    add_region(project, made.pdf, code, (101, 100, 200, 200), page=1, coder="ben")  # 99 %
    add_region(project, made.pdf, code, (100, 100, 200, 200), page=2, coder="ann")
    add_region(project, made.pdf, code, (100, 100, 200, 200), page=1, coder="ben")  # page 1!
    add_region(project, made.picture, code, (0, 0, 100, 100), coder="ann")
    add_region(project, made.picture, code, (0, 0, 50, 100), coder="ben")  # 50 %
    result = intercoder_agreement(project, "ann", "ben", level="segment", overlap=90)
    units = result.units
    assert len(units) == 6
    # ann p.1 agrees (ben's 99 % box); ann p.2 does not (ben has nothing on p.2); both ben
    # p.1 boxes agree with ann's p.1 box; the picture's 50 % overlap does not agree.
    assert int(units["agree"].sum()) == 3
    assert sorted(result.disagreements["text"]) == [
        "[picture region]",
        "[picture region]",
        "[region p. 2]",
    ]
    assert intercoder_agreement(project, "ann", "ben", overlap=40).units["agree"].sum() == 5


def test_a_region_never_agrees_with_text_and_without_text_rates_no_paragraph(made) -> None:
    project, code = made.project, made.code
    # ann's region covers "Budget planning" (its run), ben coded those characters as text.
    add_region(project, made.pdf, code, (72, 40, 300, 100), page=1, run=(0, 15), coder="ann")
    project.add_coding(made.pdf, code, 0, 15, coder="ben")
    add_region(project, made.pdf, code, (10, 500, 200, 600), page=2, coder="ann")  # no text
    result = intercoder_agreement(project, "ann", "ben", level="segment")
    assert int(result.units["agree"].sum()) == 0
    ratings = result.ratings
    pdf = ratings[ratings["document"] == "policy.pdf"]
    # Paragraph 1 rated by both (the region's text, ben's text); paragraph 2 by nobody.
    assert list(pdf["coder_a"]) == [1, 0] and list(pdf["coder_b"]) == [1, 0]


def test_pictures_in_two_files_are_matched_by_their_bytes(tmp_path: Path) -> None:
    first = make_region_project(tmp_path / "a.qdadesk", picture=b"picture one")
    # The second file's first picture is another one, with the same (empty) text.
    second = make_region_project(tmp_path / "b.qdadesk", picture=b"picture two")
    try:
        same = second.project.add_document(
            ImportedDocument(
                name="photo copy.png",
                text="",
                original=b"picture one",
                original_type="png",
                kind="picture",
                pages=[ImportedPage(640, 480)],
            )
        ).result
        code_a = first.project.add_code_path("Faces").result
        code_b = second.project.add_code_path("Faces").result
        add_region(first.project, first.picture, code_a, (0, 0, 100, 100), coder="ann")
        add_region(second.project, same, code_b, (0, 0, 100, 100), coder="ben")
        result = intercoder_agreement(first.project, "ann", "ben", other=second.project)
        assert list(result.units["agree"]) == [True, True]
    finally:
        first.project.close()
        second.project.close()
