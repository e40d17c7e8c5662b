"""Hostile and broken PDFs (issue 13, item 9): bombs, thousands of pages, absurd page sizes
are refused with one clear line, within bounded memory, and nothing is written."""

from __future__ import annotations

import functools
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from qdadesk.core import Project, pdf_pages
from qdadesk.core.errors import ImportFailed
from qdadesk.core.importers import import_document_bytes, limits
from tests.pdf_files import PdfPage, assemble, deflated, make_pdf

BOMB_BYTES = 300 * 1024 * 1024  # unpacked; the file is about 300 KB


@functools.cache
def _bomb() -> bytes:
    """A page whose content stream unpacks to 300 MB of spaces."""
    return make_pdf([PdfPage(compressed_content=deflated(b" ", BOMB_BYTES))])


def _peak_memory_growth_mb(path: Path) -> tuple[str, float]:
    """Import ``path`` in a fresh interpreter: its one-line refusal and how far the
    process's peak memory rose during the import, in MB (Linux reports kB)."""
    script = textwrap.dedent(
        f"""
        import resource
        from qdadesk.core.errors import ImportFailed
        from qdadesk.core.importers import import_document_bytes
        import pypdfium2
        data = open({str(path)!r}, "rb").read()
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        try:
            import_document_bytes(data, "bomb.pdf")
            message = "imported"
        except ImportFailed as error:
            message = str(error)
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(message)
        print((after - before) / 1024)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    message, growth = result.stdout.strip().splitlines()
    return message, float(growth)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ru_maxrss in kB on Linux")
def test_a_pdf_bomb_is_refused_within_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "bomb.pdf"
    path.write_bytes(_bomb())
    assert path.stat().st_size < 1024 * 1024
    message, growth = _peak_memory_growth_mb(path)
    assert message == (
        "bomb.pdf: the PDF's compressed streams unpack to more than 128 MB; refused as a "
        "possible PDF bomb"
    )
    assert growth < 48, f"the import took {growth:.0f} MB more at its peak"


def test_an_image_bomb_and_many_streams_together_are_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(limits, "MAX_PDF_IMAGE_BYTES", 4 * 1024 * 1024)
    scan = make_pdf([PdfPage(image=(2100, 2100))])  # 4.2 MB of grey pixels
    with pytest.raises(ImportFailed, match=r"unpack to more than 4 MB; refused as a possible"):
        import_document_bytes(scan, "scan.pdf")
    monkeypatch.setattr(limits, "MAX_PDF_IMAGE_BYTES", 8 * 1024 * 1024)
    assert import_document_bytes(scan, "scan.pdf").kind == "pdf"  # one image is fine
    monkeypatch.setattr(limits, "MAX_PDF_UNPACKED_BYTES", 6 * 1024 * 1024)
    with pytest.raises(ImportFailed, match=r"unpack to more than 6 MB"):
        import_document_bytes(make_pdf([PdfPage(image=(1500, 1500))] * 3), "scans.pdf")


def test_a_pdf_bomb_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "bomb.pdf").write_bytes(_bomb())
    project_path = tmp_path / "p.qdadesk"
    Project.create(project_path).close()
    before = project_path.read_bytes()
    with Project.open(project_path) as project, pytest.raises(ImportFailed, match="PDF bomb"):
        project.import_documents([tmp_path / "bomb.pdf"])
    assert project_path.read_bytes() == before


def test_thousands_of_pages_are_refused() -> None:
    count = limits.MAX_PDF_PAGES + 1
    kids = b" ".join(b"%d 0 R" % (number + 3) for number in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
    ] + [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"] * count
    with pytest.raises(
        ImportFailed, match=r"^long\.pdf: the PDF has 10001 pages; QDA Desk reads PDFs of up to"
    ):
        import_document_bytes(assemble(objects), "long.pdf")


def test_a_page_tree_that_claims_a_billion_pages_reads_what_is_there() -> None:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1000000000 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
    ]
    document = import_document_bytes(assemble(objects), "liar.pdf")
    assert len(document.pages) == 1


@pytest.mark.parametrize(("width", "height"), [(300_000, 300_000), (0.5, 792), (612, 0.2)])
def test_absurd_page_sizes_are_refused(width: float, height: float) -> None:
    data = make_pdf([PdfPage(lines=[(0, 0, "x")]), PdfPage(width=width, height=height)])
    with pytest.raises(ImportFailed, match=r"^odd\.pdf: page 2 measures .* points; QDA Desk"):
        import_document_bytes(data, "odd.pdf")


def test_a_huge_page_renders_within_a_bounded_number_of_pixels(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = make_pdf([PdfPage(width=100_000, height=100_000, lines=[(10, 10, "tiny")])])
    assert import_document_bytes(data, "poster.pdf").pages[0].width == 100_000
    monkeypatch.setattr(pdf_pages, "MAX_RENDER_PIXELS", 1_000_000)  # quicker to draw
    rendered = pdf_pages.render_page(data, 1, scale=2.0)
    assert 990_000 < rendered.width * rendered.height <= 1_000_000
    part = pdf_pages.render_page(data, 1, scale=1.0, box=(0, 0, 50_000, 20_000))
    assert 990_000 < part.width * part.height <= 1_000_000
    assert part.width == pytest.approx(2.5 * part.height, abs=2)
