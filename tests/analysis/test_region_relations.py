"""Code relations and the maps' co-occurrence model with region codings: two regions meet
when their boxes intersect on the same page; a region meets a PDF's text segment through
the text in its box; a region without text meets no text segment."""

from __future__ import annotations

from pathlib import Path

import pytest

from qdadesk.core.analysis.relations import code_relations, relation_cell_segments
from qdadesk.core.maps.models import code_relations as map_relations
from tests.region_support import add_region, make_region_project


@pytest.fixture
def made(tmp_path: Path):
    made = make_region_project(tmp_path / "p.qdadesk")
    yield made
    made.project.close()


def _cell(project, a: int, b: int, mode: str = "overlap") -> int:
    return int(code_relations(project, mode=mode).loc[a, b])


@pytest.mark.parametrize("mode", ["overlap", "distance:5", "paragraph"])
def test_regions_co_occur_when_their_boxes_intersect_on_the_same_page(made, mode: str) -> None:
    project = made.project
    chart, logo, table = (project.add_code_path(n).result for n in ("Chart", "Logo", "Table"))
    first = add_region(project, made.pdf, chart, (100, 100, 300, 300), page=2)
    add_region(project, made.pdf, logo, (250, 250, 400, 400), page=2)  # meets ``first``
    add_region(project, made.pdf, table, (250, 250, 400, 400), page=1)  # other page
    add_region(project, made.pdf, table, (300, 100, 400, 200), page=2)  # only touches
    assert _cell(project, chart, logo, mode) == 1
    assert _cell(project, logo, chart, mode) == 1
    assert _cell(project, chart, table, mode) == 0
    assert _cell(project, logo, table, mode) == 0
    cell = relation_cell_segments(project, _all(), chart, logo, mode)
    assert len(cell) == 2 and first in set(cell["coding_id"])


def test_picture_regions_co_occur_by_box(made) -> None:
    project = made.project
    face, sign = project.add_code_path("Face").result, project.add_code_path("Sign").result
    add_region(project, made.picture, face, (0, 0, 100, 100))
    add_region(project, made.picture, sign, (50, 50, 150, 150))
    add_region(project, made.picture, sign, (200, 200, 300, 300))
    assert _cell(project, face, sign) == 1


def test_region_meets_pdf_text_through_the_text_in_its_box(made) -> None:
    project = made.project
    figure, topic = project.add_code_path("Figure").result, project.add_code_path("Topic").result
    # The box covers "Budget planning" (page 1's text 0..15).
    add_region(project, made.pdf, figure, (72, 40, 300, 100), page=1, run=(0, 15))
    project.add_coding(made.pdf, topic, 7, 15)  # "planning": inside the box
    project.add_coding(made.pdf, topic, 22, 30)  # "training": page 2, elsewhere
    assert _cell(project, figure, topic) == 1
    assert len(relation_cell_segments(project, _all(), figure, topic)) == 2


def test_region_without_text_never_meets_text_by_offsets(made) -> None:
    project = made.project
    figure, topic = project.add_code_path("Figure").result, project.add_code_path("Topic").result
    # A box over no text: its run is empty at page 2's start (16), which lies inside the
    # text segment 10..20 by offsets, yet nothing of that text is in the box.
    add_region(project, made.pdf, figure, (10, 500, 200, 600), page=2)
    project.add_coding(made.pdf, topic, 10, 20)
    for mode in ("overlap", "distance:3", "paragraph"):
        assert _cell(project, figure, topic, mode) == 0


def test_maps_co_occurrence_model_links_intersecting_regions(made) -> None:
    project = made.project
    chart, logo = project.add_code_path("Chart").result, project.add_code_path("Logo").result
    add_region(project, made.pdf, chart, (100, 100, 300, 300), page=2)
    add_region(project, made.pdf, logo, (250, 250, 400, 400), page=2)
    spec = map_relations(project, [chart, logo])
    assert spec.links == [(("code", chart), ("code", logo), 1.0)]


def _all():
    from qdadesk.core.analysis.activation import ALL

    return ALL


def test_region_meets_the_text_segments_whose_characters_are_in_its_box(tmp_path: Path) -> None:
    """A real PDF: the box drawn around "Project Overview" on page 1 meets a text segment
    of "Overview" (its characters are in the box), not one of "Research summary" (same
    page, outside), whatever run the region stored."""
    from qdadesk.core import Project
    from qdadesk.core.importers.document import ImportedDocument
    from tests.region_support import pdf_as_imported, pdf_bytes, word_box

    text, pages = pdf_as_imported()
    with Project.create(tmp_path / "p.qdadesk") as project:
        pdf = project.add_document(
            ImportedDocument(
                name="guide.pdf",
                text=text,
                original=pdf_bytes(),
                original_type="pdf",
                kind="pdf",
                pages=pages,
            )
        ).result
        figure, topic, other = (project.add_code_path(n).result for n in ("Box", "Topic", "Other"))
        add_region(project, pdf, figure, word_box(1, "Project Overview"), page=1)
        overview = text.index("Overview")
        project.add_coding(pdf, topic, overview, overview + len("Overview"))
        summary = text.index("Research summary")
        project.add_coding(pdf, other, summary, summary + len("Research summary"))
        frame = code_relations(project)
        assert int(frame.loc[figure, topic]) == 1
        assert int(frame.loc[figure, other]) == 0
        assert int(code_relations(project, mode="distance:150").loc[figure, other]) == 1
        cell = relation_cell_segments(project, _all(), figure, topic)
        assert len(cell) == 2
