"""Complex coding queries with region codings (see ``queries`` module doc): regions overlap
by boxes on one page, meet text through their text run, and a region without text is
compared only by its box."""

from __future__ import annotations

from pathlib import Path

import pytest

from qdadesk.core.analysis.queries import coding_query
from qdadesk.core.errors import QdaError
from tests.region_support import add_region, make_region_project


@pytest.fixture
def made(tmp_path: Path):
    made = make_region_project(tmp_path / "p.qdadesk")
    yield made
    made.project.close()


def _ids(frame) -> set[int]:
    return {int(i) for i in frame["coding_id"].dropna()}


def test_overlap_modes_compare_regions_by_box(made) -> None:
    project = made.project
    a, b = project.add_code_path("A").result, project.add_code_path("B").result
    meets = add_region(project, made.pdf, a, (100, 100, 300, 300), page=2)
    apart = add_region(project, made.pdf, a, (100, 100, 300, 300), page=1)
    inner = add_region(project, made.picture, a, (10, 10, 20, 20))
    b_pdf = add_region(project, made.pdf, b, (250, 250, 400, 400), page=2)
    add_region(project, made.picture, b, (0, 0, 50, 50))
    overlapping = coding_query(project, "overlapping", [a, b])
    assert _ids(overlapping) == {meets, inner}
    assert _ids(coding_query(project, "only-this", [a, b])) == {apart}
    assert _ids(coding_query(project, "if-inside", [a, b])) == {inner}
    assert _ids(coding_query(project, "if-outside", [a, b])) == {meets, apart}
    assert _ids(coding_query(project, "intersection-set", [a, b])) >= {meets, b_pdf}
    assert _ids(coding_query(project, "only-one", [a, b])) == {apart}
    row = overlapping.set_index("coding_id").loc[meets]
    assert (row["page"], row["x1"], row["y2"], row["text"]) == (2, 100, 300, "[region p. 2]")
    assert overlapping.set_index("coding_id").loc[inner, "text"] == "[picture region]"


def test_a_region_without_text_never_overlaps_text(made) -> None:
    project = made.project
    a, b = project.add_code_path("A").result, project.add_code_path("B").result
    empty = add_region(project, made.pdf, a, (10, 500, 200, 600), page=2)  # run 16..16
    project.add_coding(made.pdf, b, 10, 20)
    assert _ids(coding_query(project, "overlapping", [a, b])) == set()
    assert _ids(coding_query(project, "only-this", [a, b])) == {empty}
    assert _ids(coding_query(project, "if-inside", [a, b])) == set()
    assert _ids(coding_query(project, "near", [a, b], distance=5)) == set()
    assert _ids(coding_query(project, "followed-by", [a, b], distance=50)) == set()
    assert len(coding_query(project, "intersection", [a, b])) == 0


def test_region_with_text_meets_text_through_its_run(made) -> None:
    project = made.project
    a, b = project.add_code_path("A").result, project.add_code_path("B").result
    region = add_region(project, made.pdf, a, (72, 40, 300, 100), page=1, run=(0, 15))
    planning = project.add_coding(made.pdf, b, 7, 15).result
    staff = project.add_coding(made.pdf, b, 16, 21).result
    assert _ids(coding_query(project, "overlapping", [a, b])) == {region}
    assert _ids(coding_query(project, "overlapping", [b, a])) == {planning}
    assert _ids(coding_query(project, "if-inside", [b, a])) == {planning}
    assert _ids(coding_query(project, "followed-by", [a, b], distance=1)) == {region}
    near = coding_query(project, "near", [b, a], distance=1)
    assert _ids(near) == {planning, staff}
    intersection = coding_query(project, "intersection", [a, b])
    assert list(intersection["text"]) == ["planning"]


def test_regions_are_near_when_their_boxes_intersect_but_never_follow(made) -> None:
    project = made.project
    a, b = project.add_code_path("A").result, project.add_code_path("B").result
    first = add_region(project, made.picture, a, (0, 0, 100, 100))
    add_region(project, made.picture, b, (50, 50, 150, 150))
    assert _ids(coding_query(project, "near", [a, b], distance=0)) == {first}
    assert _ids(coding_query(project, "followed-by", [a, b], distance=1000)) == set()


def test_coding_query_results_codes_regions_as_regions(made) -> None:
    from qdadesk.core.analysis.queries import code_query_results

    project = made.project
    a, b = project.add_code_path("A").result, project.add_code_path("B").result
    region = add_region(project, made.pdf, a, (100, 100, 300, 300), page=2)
    add_region(project, made.pdf, b, (250, 250, 400, 400), page=2)
    text = project.add_coding(made.pdf, a, 0, 6).result
    project.add_coding(made.pdf, b, 3, 10)
    frame = coding_query(project, "overlapping", [a, b])
    assert _ids(frame) == {region, text}
    operation = code_query_results(project, frame, "Found")
    found = project.find_code("Found").id
    codings = project.codings(code_ids=[found])
    assert sorted((c.is_region, c.page, c.box, c.start, c.end) for c in codings)[1][:3] == (
        True,
        2,
        (100.0, 100.0, 300.0, 300.0),
    )
    assert [(c.start, c.end) for c in codings if not c.is_region] == [(0, 6)]
    assert operation.result.new_segments == 2
    project.undo(operation)
    with pytest.raises(QdaError):
        project.find_code("Found")


def test_queries_read_a_pdf_regions_text_from_its_box(tmp_path: Path) -> None:
    """A real PDF: a region drawn around "Project Overview" (its stored run empty) overlaps
    a text segment of "Overview", and is followed by "Research summary" within 150."""
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
        box, topic, other = (project.add_code_path(n).result for n in ("Box", "Topic", "Other"))
        region = add_region(project, pdf, box, word_box(1, "Project Overview"), page=1)
        at = text.index("Overview")
        overview = project.add_coding(pdf, topic, at, at + len("Overview")).result
        at = text.index("Research summary")
        project.add_coding(pdf, other, at, at + len("Research summary"))
        assert _ids(coding_query(project, "overlapping", [box, topic])) == {region}
        assert _ids(coding_query(project, "if-inside", [topic, box])) == {overview}
        assert _ids(coding_query(project, "overlapping", [box, other])) == set()
        assert _ids(coding_query(project, "followed-by", [box, other], distance=150)) == {region}
        assert list(coding_query(project, "intersection", [box, topic])["text"]) == ["Overview"]
