"""Project merge and subset export carry PDF and picture documents with their pages and
region codings (issue 13 item 5)."""

from __future__ import annotations

import shutil
from pathlib import Path

from qdadesk.core import Project
from qdadesk.core.exchange.import_project import import_qdpx
from qdadesk.core.exchange.merge import merge_project
from qdadesk.core.exchange.subset import export_subset
from tests.exchange.paged_support import build_paged_project, picture_document
from tests.exchange.test_qdpx_regions import paged_state


def region_rows(p: Project) -> list[tuple]:
    return sorted(
        (d.guid, c.page or 0, c.box, c.weight, c.comment, c.coder)
        for d in p.documents()
        for c in p.codings(document_ids=[d.id])
        if c.is_region
    )


def test_merge_brings_new_regions_and_paged_documents_once(
    tmp_path: Path, corpus_dir: Path
) -> None:
    ours_path = tmp_path / "ours.qdadesk"
    build_paged_project(ours_path, corpus_dir).close()
    theirs_path = tmp_path / "theirs.qdadesk"
    shutil.copy(ours_path, theirs_path)
    with Project.open(theirs_path) as theirs:
        theirs.user_name = "Cy"
        pdf = next(d for d in theirs.documents() if d.kind == "pdf")
        figures = next(c for c in theirs.codes() if c.name == "Figures")
        # the same page and code as the chart, another box (its text run is the same)
        theirs.add_region_coding(pdf.id, figures.id, (300, 400, 500, 600.5), page=2, coder="Cy")
        drawing = theirs.add_document(picture_document(20, 10, "drawing.png")).result
        theirs.add_region_coding(drawing, figures.id, (2, 3, 4.5, 6), comment="corner")
        expected = region_rows(theirs)
        pages = paged_state(theirs)["pages"]
    with Project.open(ours_path) as ours:
        before = len(ours.codings())
        report = merge_project(ours, theirs_path).result
        assert report.codings.added == 2
        assert region_rows(ours) == expected
        drawing = next(d for d in ours.documents() if d.name == "drawing.png")
        assert [(p.width, p.height) for p in ours.pages(drawing.id)] == [(20.0, 10.0)]
        assert ours.original_file(drawing.id)[2].startswith(b"\x89PNG")
        assert paged_state(ours)["pages"] == pages
        merge_project(ours, theirs_path)  # twice: nothing doubled
        assert len(ours.codings()) == before + 2


def test_two_scanned_pdfs_without_text_are_not_taken_for_one(
    tmp_path: Path, corpus_dir: Path
) -> None:
    """Documents are matched by text; PDFs and pictures also by their file."""
    with Project.create(tmp_path / "ours.qdadesk") as ours:
        ours.add_document(picture_document(20, 10, "scan.png"))
    with Project.create(tmp_path / "theirs.qdadesk") as theirs:
        theirs.add_document(picture_document(30, 10, "scan.png"))
    with Project.open(tmp_path / "ours.qdadesk") as ours:
        merge_project(ours, tmp_path / "theirs.qdadesk")
        sizes = sorted(ours.pages(d.id)[0].width for d in ours.documents())
    assert sizes == [20.0, 30.0]


def test_subset_keeps_pages_and_regions_in_both_formats(tmp_path: Path, corpus_dir: Path) -> None:
    with build_paged_project(tmp_path / "p.qdadesk", corpus_dir) as project:
        pdf = next(d for d in project.documents() if d.kind == "pdf")
        state = paged_state(project)
        export_subset(project, tmp_path / "part.qdadesk", [pdf.id])
        export_subset(project, tmp_path / "part.qdpx", [pdf.id])
    wanted = {k: [r for r in v if pdf.guid in r] for k, v in state.items() if k != "memos"}
    with Project.open(tmp_path / "part.qdadesk") as part:
        got = paged_state(part)
        assert {k: got[k] for k in wanted} == wanted
    import_qdpx(tmp_path / "part.qdpx", tmp_path / "from-qdpx.qdadesk")
    with Project.open(tmp_path / "from-qdpx.qdadesk") as part:
        got = paged_state(part)
        assert {k: got[k] for k in wanted} == wanted
