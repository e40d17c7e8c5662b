"""Segment exports with region codings: Excel lists page and box (no character offsets),
Word and HTML show the region's picture beside its source "document, p. N, box"."""

from __future__ import annotations

import base64
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from qdadesk.core.analysis.retrieval import retrieve_segments
from qdadesk.core.exporters.segments import export_segments
from tests.region_support import add_region, make_region_project


@pytest.fixture
def made(tmp_path: Path):
    made = make_region_project(tmp_path / "p.qdadesk")
    code = made.project.add_code_path("Charts").result
    add_region(made.project, made.pdf, code, (50, 50, 400, 250), page=2)
    add_region(made.project, made.picture, code, (0, 0, 64, 48))
    made.project.add_coding(made.text, code, 0, 19)
    yield made
    made.project.close()


def test_xlsx_lists_page_and_box_for_regions(made, tmp_path: Path) -> None:
    path = export_segments(retrieve_segments(made.project), tmp_path / "s.xlsx", made.project)
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    header = rows[0]
    by_document = {row[0]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    pdf = by_document["policy.pdf"]
    assert (pdf["Page"], pdf["x1"], pdf["y1"], pdf["x2"], pdf["y2"]) == (2, 50, 50, 400, 250)
    assert pdf["Segment"] == "[region p. 2]"
    assert pdf["Begin (character)"] is None and pdf["Begin (paragraph)"] is None
    picture = by_document["photo.png"]
    assert picture["Page"] is None and picture["x2"] == 64
    assert picture["Segment"] == "[picture region]"
    text = by_document["interview"]
    assert text["Page"] is None and text["x1"] is None
    assert (text["Begin (character)"], text["End (character)"]) == (0, 19)


def test_docx_and_html_show_the_region_picture_and_its_place(made, tmp_path: Path) -> None:
    frame = retrieve_segments(made.project)
    docx_path = export_segments(frame, tmp_path / "s.docx", made.project)
    with zipfile.ZipFile(docx_path) as archive:
        media = [n for n in archive.namelist() if n.startswith("word/media/")]
        xml = archive.read("word/document.xml").decode()
    assert len(media) == 1  # the PDF region (the core draws no pictures of pictures)
    assert "policy.pdf, p. 2, 50,50–400,250" in xml
    assert "photo.png, 0,0–64,48" in xml and "[picture region]" in xml
    html_path = export_segments(frame, tmp_path / "s.html", made.project)
    page = html_path.read_text(encoding="utf-8")
    images = re.findall(r'src="data:image/png;base64,([^"]+)"', page)
    assert len(images) == 1 and base64.b64decode(images[0]).startswith(b"\x89PNG")
    assert "policy.pdf, p. 2, 50,50–400,250" in page


def test_a_picture_source_draws_every_region(made, tmp_path: Path) -> None:
    calls = []

    def pictures(row):
        calls.append(row.box)
        return b"\x89PNG\r\n\x1a\n" + b"\x00" * 8 + (4).to_bytes(4, "big") * 2 + b"\x00" * 16

    frame = retrieve_segments(made.project)
    page = export_segments(frame, tmp_path / "s.html", made.project, pictures=pictures)
    assert sorted(calls) == [(0.0, 0.0, 64.0, 48.0), (50.0, 50.0, 400.0, 250.0)]
    assert page.read_text(encoding="utf-8").count("data:image/png") == 2


def test_a_row_without_a_coding_asks_no_picture(made, tmp_path: Path) -> None:
    """A query's computed rows have no coding id: their region has no picture to draw."""
    calls = []

    def pictures(quote):
        calls.append(quote.coding_id)
        return None

    frame = retrieve_segments(made.project)
    frame["coding_id"] = None
    page = export_segments(frame, tmp_path / "s.html", made.project, pictures=pictures)
    assert calls == []
    assert "policy.pdf, p. 2, 50,50–400,250" in page.read_text(encoding="utf-8")
