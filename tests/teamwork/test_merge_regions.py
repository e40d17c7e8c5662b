"""Merging a teammate's project keeps region codings as regions: their page and box, the
PDF's pages and original; merging twice adds nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

from qdadesk.core import Project
from qdadesk.core.exchange.merge import merge_project
from tests.region_support import add_region, make_region_project, pdf_bytes


def test_merge_brings_regions_and_pages(tmp_path: Path) -> None:
    ours = make_region_project(tmp_path / "ours.qdadesk")
    code = ours.project.add_code_path("Charts").result
    add_region(ours.project, ours.pdf, code, (10, 10, 100, 100), page=1, coder="ann")
    ours.project.close()
    shutil.copy(tmp_path / "ours.qdadesk", tmp_path / "theirs.qdadesk")
    with Project.open(tmp_path / "theirs.qdadesk") as theirs:
        add_region(theirs, ours.pdf, code, (20, 20, 200, 300), page=2, coder="ben")
        add_region(theirs, ours.picture, code, (0, 0, 64, 48), coder="ben")
        # A document only the teammate has: its pages and original come along.
        from qdadesk.core.importers.document import ImportedDocument, ImportedPage

        scan = theirs.add_document(
            ImportedDocument(
                name="scan.pdf",
                text="",
                original=pdf_bytes(),
                original_type="pdf",
                kind="pdf",
                pages=[ImportedPage(595, 842), ImportedPage(595, 842)],
            )
        ).result
        add_region(theirs, scan, code, (1, 2, 3, 4), page=2, coder="ben")
    with Project.open(tmp_path / "ours.qdadesk") as project:
        merge_project(project, tmp_path / "theirs.qdadesk")
        regions = sorted(
            (project.document(c.document_id).name, c.page, c.box, c.coder)
            for c in project.codings()
            if c.is_region
        )
        assert regions == [
            ("photo.png", None, (0.0, 0.0, 64.0, 48.0), "ben"),
            ("policy.pdf", 1, (10.0, 10.0, 100.0, 100.0), "ann"),
            ("policy.pdf", 2, (20.0, 20.0, 200.0, 300.0), "ben"),
            ("scan.pdf", 2, (1.0, 2.0, 3.0, 4.0), "ben"),
        ]
        merged_scan = project.find_document("scan.pdf")
        assert merged_scan.kind == "pdf"
        assert [p.page for p in project.pages(merged_scan.id)] == [1, 2]
        assert project.original_file(merged_scan.id)[2] == pdf_bytes()
        count = len(project.codings())
        merge_project(project, tmp_path / "theirs.qdadesk")
        assert len(project.codings()) == count


def test_salvage_keeps_regions_without_text(tmp_path: Path) -> None:
    from qdadesk.core.store.salvage import salvage_project

    made = make_region_project(tmp_path / "p.qdadesk")
    code = made.project.add_code_path("Charts").result
    add_region(made.project, made.picture, code, (0, 0, 64, 48))
    add_region(made.project, made.pdf, code, (10, 10, 100, 100), page=2)
    made.project.close()
    salvage_project(tmp_path / "p.qdadesk", tmp_path / "copy.qdadesk")
    with Project.open(tmp_path / "copy.qdadesk") as copy:
        assert sorted(str(c.box) for c in copy.codings()) == [
            "(0.0, 0.0, 64.0, 48.0)",
            "(10.0, 10.0, 100.0, 100.0)",
        ]
