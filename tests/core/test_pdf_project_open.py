"""A project of many PDFs opens without reading their bytes (issue 13, item 8): the health
check on open skips the original files of a large project, and listing never reads them."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from benchmarks.pdf_pages import PdfBenchParams, make_text_pdf, run
from qdadesk.core import Project
from qdadesk.core.importers import import_document_bytes
from qdadesk.core.store import file_check
from tests.damage_support import DAMAGE_POSITIONS, damaged_sample


def _bytes_read() -> int:
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1])
    raise AssertionError("no rchar")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/self/io is Linux's")
def test_opening_a_project_of_pdfs_reads_none_of_their_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    imported = import_document_bytes(make_text_pdf(3, padding=1024 * 1024), "policy.pdf")
    path = tmp_path / "pdfs.qdadesk"
    with Project.create(path) as project:
        for number in range(12):
            imported.name = f"policy {number}"
            project.add_document(imported)
    assert path.stat().st_size > 12 * 1024 * 1024
    monkeypatch.setattr(file_check, "WHOLE_FILE_CHECK_BYTES", 4 * 1024 * 1024)
    before = _bytes_read()
    with Project.open(path) as project:
        assert len(project.documents()) == 12
        assert set(project.page_counts().values()) == {3}
        assert set(project.document_file_types().values()) == {"pdf"}
        read = _bytes_read() - before
        assert read < 2 * 1024 * 1024, f"{read / 2**20:.1f} MB read on open"
        data = project.original_file(project.documents()[0].id)
        assert data is not None and len(data[2]) > 1024 * 1024  # read when shown


@pytest.mark.parametrize(
    ("label", "table", "kind"), DAMAGE_POSITIONS, ids=[p[0] for p in DAMAGE_POSITIONS]
)
def test_a_large_project_is_still_checked_for_damage_outside_its_original_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, label: str, table: str, kind: str
) -> None:
    path = damaged_sample(tmp_path, table, kind)
    monkeypatch.setattr(file_check, "WHOLE_FILE_CHECK_BYTES", 0)
    assert file_check.damage_found(path), label


def test_a_sound_large_project_has_no_damage(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from tests.damage_support import current_sample

    monkeypatch.setattr(file_check, "WHOLE_FILE_CHECK_BYTES", 0)
    assert file_check.damage_found(current_sample(tmp_path)) == []


def test_the_pdf_benchmark_runs_and_meets_its_targets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """benchmarks/pdf_pages.py at a tiny size (no timing is asserted here)."""
    monkeypatch.setattr(file_check, "WHOLE_FILE_CHECK_BYTES", 0)
    params = PdfBenchParams(pages=20, pdfs=3, pdf_bytes=100_000, repeats=1)
    results = run(params, tmp_path, cache_dir=tmp_path / "cache")
    assert [r.name for r in results] == [
        "First page of a 20-page PDF from a project",
        "First page of a 20-page PDF (issue: under 0.5 s)",
        "Import a 20-page PDF (text layer, page runs, bomb check)",
        "Open a project of 3 PDFs of 0 MB + list",
    ]
    assert "no statement read a PDF's bytes" in results[3].note
    assert os.path.exists(tmp_path / "cache" / "pdfs-3x100000.qdadesk")
