"""Miles & Huberman displays and the quote matrix quoting region codings: the region's
picture in Word, "[region p. N]" with its source in Excel."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from qdadesk.core.analysis.displays import DisplayDefinition, compute_display
from qdadesk.core.analysis.quote_matrix import quote_matrix, quotes
from qdadesk.core.analysis.region_segments import region_pictures
from qdadesk.core.exporters.tables_docx import write_display_docx, write_quote_matrix_docx
from qdadesk.core.exporters.tables_xlsx import write_displays_xlsx
from tests.region_support import add_region, make_region_project


@pytest.fixture
def made(tmp_path: Path):
    made = make_region_project(tmp_path / "p.qdadesk")
    code = made.project.add_code_path("Charts").result
    add_region(made.project, made.pdf, code, (50, 50, 400, 250), page=2, weight=90)
    add_region(made.project, made.picture, code, (0, 0, 64, 48), weight=10)
    made.code = code
    yield made
    made.project.close()


def _media(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return [n for n in archive.namelist() if n.startswith("word/media/")]


def _document_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml").decode()


def test_region_quotes_cite_page_and_label(made) -> None:
    by_id = {q.document_id: q for q in quotes(made.project)}
    pdf, picture = by_id[made.pdf], by_id[made.picture]
    assert pdf.cited() == "[region p. 2] (policy.pdf, p. 2)"
    assert picture.cited() == "[picture region] (photo.png)"
    assert (pdf.page, pdf.box) == (2, (50.0, 50.0, 400.0, 250.0))


def test_display_docx_embeds_the_region_picture_and_xlsx_quotes_the_label(
    made, tmp_path: Path
) -> None:
    definition = DisplayDefinition(rows="codes", columns="documents", cells="best-quote")
    result = compute_display(made.project, definition)
    docx_path = tmp_path / "display.docx"
    write_display_docx(result, docx_path, pictures=region_pictures(made.project))
    media = _media(docx_path)
    assert len(media) == 1  # the PDF region; the picture's bytes are no image in the core
    xml = _document_xml(docx_path)
    assert "<w:drawing>" in xml and "policy.pdf, p. 2" in xml
    assert "[picture region]" in xml  # no picture: its label stands in
    import docx

    docx.Document(str(docx_path))  # Word's reader opens it
    with zipfile.ZipFile(docx_path) as archive:
        png = archive.read(media[0])
    assert png.startswith(b"\x89PNG")
    xlsx_path = tmp_path / "display.xlsx"
    write_displays_xlsx([result], xlsx_path)
    values = [c.value for row in load_workbook(xlsx_path).active.iter_rows() for c in row]
    assert "[region p. 2] (policy.pdf, p. 2)" in values
    assert "[picture region] (photo.png)" in values


def test_quote_matrix_docx_embeds_region_pictures(made, tmp_path: Path) -> None:
    matrix = quote_matrix(made.project, columns="documents")
    path = tmp_path / "quotes.docx"
    write_quote_matrix_docx(matrix, path, pictures=region_pictures(made.project))
    assert len(_media(path)) == 1
    # Without a picture source, labels stand in and nothing is embedded.
    plain = tmp_path / "plain.docx"
    write_quote_matrix_docx(matrix, plain)
    assert _media(plain) == [] and "[region p. 2]" in _document_xml(plain)


def test_the_command_line_display_docx_embeds_picture_regions_too(tmp_path: Path) -> None:
    """qdadesk-cli draws regions with Qt offscreen: a picture's region is an image too."""
    from qdadesk.cli import main
    from qdadesk.core.analysis.displays import save_display
    from tests.picture_files import png

    made = make_region_project(tmp_path / "p.qdadesk", picture=png(640, 480))
    code = made.project.add_code_path("Charts").result
    add_region(made.project, made.pdf, code, (50, 50, 400, 250), page=2)
    add_region(made.project, made.picture, code, (0, 0, 64, 48))
    definition = DisplayDefinition(rows="codes", columns="documents", cells="best-quote")
    save_display(made.project, "Charts by document", definition)
    made.project.close()
    out = tmp_path / "display.docx"
    assert main(["display", str(tmp_path / "p.qdadesk"), "Charts by document", "-o", str(out)]) == 0
    assert len(_media(out)) == 2  # the PDF's region and the picture's
