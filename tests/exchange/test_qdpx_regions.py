"""PDF and picture documents in REFI-QDA (issue 13 item 5): exported as PDFSource (original,
text Representation) with PDFSelections and PictureSource with PictureSelections, valid
against the schema; imported back with their pages and every region exact."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from qdadesk.core import Project
from qdadesk.core.exchange.export_project import export_qdpx
from qdadesk.core.exchange.import_project import import_qdpx
from tests.exchange.paged_support import PDF_TEXT, build_paged_project
from tests.exchange.test_qdpx_roundtrip import canonical

NS = {"q": "urn:QDA-XML:project:1.0"}


def regions(p: Project) -> list[tuple]:
    return sorted(
        tuple(r)
        for r in p.db.execute(
            'SELECT c.guid, d.guid, k.guid, c.page, c.x1, c.y1, c.x2, c.y2, c.start, c."end", '
            "c.weight, c.comment, u.name, c.created, c.selection_guid IS NULL FROM codings c "
            "JOIN documents d ON d.id = c.document_id JOIN codes k ON k.id = c.code_id "
            "LEFT JOIN users u ON u.id = c.coder_id"
        )
    )


def paged_state(p: Project) -> dict[str, Any]:
    q = p.db.execute
    return {
        "documents": sorted(
            tuple(r)
            for r in q(
                "SELECT d.guid, d.name, d.kind, d.length, t.text, f.file_type, f.data "
                "FROM documents d JOIN document_texts t ON t.document_id = d.id "
                "JOIN document_files f ON f.document_id = d.id"
            )
        ),
        "pages": sorted(
            tuple(r)
            for r in q(
                "SELECT d.guid, p.page, p.width, p.height, p.text_start, p.text_end FROM "
                "document_pages p JOIN documents d ON d.id = p.document_id"
            )
        ),
        "codings": [r[:-1] for r in regions(p)],
        "values": sorted(
            tuple(r)
            for r in q(
                "SELECT d.guid, v.guid, dv.value FROM document_values dv JOIN documents d ON "
                "d.id = dv.document_id JOIN variables v ON v.id = dv.variable_id"
            )
        ),
        "memos": sorted(
            tuple(r)
            for r in q(
                "SELECT m.guid, m.title, m.body, m.kind, d.guid, c.guid, u.name, m.start, "
                'm."end" FROM memos m '
                "LEFT JOIN documents d ON d.id = m.document_id LEFT JOIN codings c ON "
                "c.id = m.coding_id LEFT JOIN users u ON u.id = m.author_id"
            )
        ),
    }


@pytest.fixture(scope="module")
def round_trip(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("paged")
    with build_paged_project(folder / "original.qdadesk", corpus_dir) as original:
        before = paged_state(original)
        export_qdpx(original, folder / "first.qdpx")
    report = import_qdpx(folder / "first.qdpx", folder / "again.qdadesk")
    with Project.open(folder / "again.qdadesk") as again:
        after = paged_state(again)
        export_qdpx(again, folder / "second.qdpx")
    return {"folder": folder, "before": before, "after": after, "report": report}


def qde_of(path: Path) -> Any:
    from lxml import etree

    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read("project.qde"))


def test_export_is_schema_valid_with_sources_by_guid(
    round_trip: dict[str, Any], shared_dir: Path
) -> None:
    import xmlschema

    schema = xmlschema.XMLSchema(str(shared_dir / "refi-qda/schema/Project.xsd"))
    path = round_trip["folder"] / "first.qdpx"
    with zipfile.ZipFile(path) as archive:
        schema.validate(archive.read("project.qde").decode("utf-8"))
        names = set(archive.namelist())
        root = qde_of(path)
        (pdf,) = root.xpath("//q:PDFSource", namespaces=NS)
        (picture,) = root.xpath("//q:PictureSource", namespaces=NS)
        guid = pdf.get("guid")
        assert pdf.get("path") == f"internal://{guid}.pdf"
        assert f"sources/{guid}.pdf" in names
        assert archive.read(f"sources/{guid}.pdf").startswith(b"%PDF")
        (representation,) = pdf.xpath("q:Representation", namespaces=NS)
        assert representation.get("plainTextPath") == f"internal://{guid}.txt"
        assert archive.read(f"sources/{guid}.txt").decode("utf-8") == PDF_TEXT
        assert picture.get("path") == f"internal://{picture.get('guid')}.png"
        assert archive.read(f"sources/{picture.get('guid')}.png").startswith(b"\x89PNG")
    # the text coding of the PDF is a PlainTextSelection of its text, with its weight
    (text_selection,) = representation.xpath("q:PlainTextSelection[q:Coding]", namespaces=NS)
    assert (text_selection.get("startPosition"), text_selection.get("endPosition")) == ("0", "9")
    assert "[qdadesk weight=10]" in text_selection.xpath("string(q:Description)", namespaces=NS)


def test_pdf_regions_count_pages_from_0_and_points_from_the_bottom_left(
    round_trip: dict[str, Any],
) -> None:
    """REFI-QDA 1.5 §10.3: PDF points from the bottom-left of the page; pages from 0 as
    ATLAS.ti writes them (Annex A.2). Integer corners, rounded outwards."""
    root = qde_of(round_trip["folder"] / "first.qdpx")
    boxes = sorted(
        (int(s.get("page")), *(int(s.get(a)) for a in ("firstX", "firstY", "secondX", "secondY")))
        for s in root.xpath("//q:PDFSelection", namespaces=NS)
    )
    assert boxes == [
        (0, 0, 0, 612, 792),  # page 1, whole
        (1, 72, 591, 301, 692),  # page 2, y 100.5..200.125 from the top of 792
        (4, 10, 0, 21, 92),  # page 5, y 700.7..791.9 from the top
    ]
    chart = next(s for s in root.xpath("//q:PDFSelection", namespaces=NS) if s.get("page") == "1")
    assert chart.xpath("string(q:Description)", namespaces=NS) == "a chart\n[qdadesk weight=40]"
    assert len(chart.xpath("q:Coding/q:NoteRef", namespaces=NS)) == 1  # the coding's memo


def test_picture_regions_are_pixels_from_the_top_left(round_trip: dict[str, Any]) -> None:
    root = qde_of(round_trip["folder"] / "first.qdpx")
    boxes = sorted(
        tuple(int(s.get(a)) for a in ("firstX", "firstY", "secondX", "secondY"))
        for s in root.xpath("//q:PictureSelection", namespaces=NS)
    )
    assert boxes == [(0, 0, 64, 48), (1, 2, 30, 40)]
    assert not root.xpath("//q:PictureSelection/@page", namespaces=NS)


def test_round_trip_keeps_every_region_exactly(round_trip: dict[str, Any]) -> None:
    before, after = round_trip["before"], round_trip["after"]
    assert after["documents"] == before["documents"]
    assert after["pages"] == before["pages"]
    assert after["codings"] == before["codings"]
    chart = next(c for c in after["codings"] if c[11] == "a chart")
    assert chart[3:8] == (2, 72.25, 100.5, 300.75, 200.125)
    assert (chart[10], chart[12]) == (40, "Bob")
    assert after["memos"] == before["memos"] and len(after["memos"]) == 4
    assert after["values"] == before["values"] and len(after["values"]) == 2
    assert round_trip["report"].count("kept without display") == 0


def test_second_export_says_the_same(round_trip: dict[str, Any]) -> None:
    folder = round_trip["folder"]
    with zipfile.ZipFile(folder / "first.qdpx") as a, zipfile.ZipFile(folder / "second.qdpx") as b:
        assert canonical(a.read("project.qde")) == canonical(b.read("project.qde"))
        first = json.loads(a.read("qdadesk/extras.json"))
        second = json.loads(b.read("qdadesk/extras.json"))
    assert first["regions"] == second["regions"] and first["pages"] == second["pages"]


def test_a_box_edited_by_another_program_wins_over_our_extras(
    tmp_path: Path, corpus_dir: Path
) -> None:
    """The extras carry the exact box only while the file's corners still round to it."""
    with build_paged_project(tmp_path / "p.qdadesk", corpus_dir) as p:
        export_qdpx(p, tmp_path / "out.qdpx")
    with zipfile.ZipFile(tmp_path / "out.qdpx") as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    qde = members["project.qde"].decode("utf-8")
    assert 'firstX="72" firstY="591"' in qde
    members["project.qde"] = qde.replace(
        'firstX="72" firstY="591"', 'firstX="80" firstY="591"'
    ).encode()
    with zipfile.ZipFile(tmp_path / "edited.qdpx", "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    import_qdpx(tmp_path / "edited.qdpx", tmp_path / "back.qdadesk")
    with Project.open(tmp_path / "back.qdadesk") as back:
        chart = next(c for c in back.codings() if c.comment == "a chart")
        assert (chart.page, chart.box) == (2, (80.0, 100.0, 301.0, 201.0))


def test_without_our_extras_boxes_come_back_within_a_point_on_turned_pages(
    tmp_path: Path, corpus_dir: Path
) -> None:
    """What another program reads: integer corners on the media box, also for pages with
    a crop box and a /Rotate."""
    from qdadesk.core.importers.document import ImportedDocument, ImportedPage
    from tests.exchange.paged_support import page_sizes
    from tests.exchange.test_region_boxes import turned_and_cropped_pdf

    data = turned_and_cropped_pdf(corpus_dir)
    boxes = {1: (10.5, 20.25, 100.75, 200.5), 2: (300.2, 10, 630.9, 440.1), 4: (0, 0, 640, 450)}
    with Project.create(tmp_path / "p.qdadesk") as p:
        pages = [ImportedPage(w, h) for w, h in page_sizes(data)]
        document = p.add_document(
            ImportedDocument(
                "turned.pdf", "", original=data, original_type="pdf", kind="pdf", pages=pages
            )
        ).result
        code = p.add_code_path("Box").result
        for page, box in boxes.items():
            p.add_region_coding(document, code, box, page=page)
        export_qdpx(p, tmp_path / "out.qdpx")
    with zipfile.ZipFile(tmp_path / "out.qdpx") as archive:
        members = {n: archive.read(n) for n in archive.namelist() if "extras" not in n}
    with zipfile.ZipFile(tmp_path / "plain.qdpx", "w") as archive:
        for name, member in members.items():
            archive.writestr(name, member)
    import_qdpx(tmp_path / "plain.qdpx", tmp_path / "back.qdadesk")
    with Project.open(tmp_path / "back.qdadesk") as back:
        got = {c.page: c.box for c in back.codings()}
    assert set(got) == set(boxes)
    assert got[1] != boxes[1]  # integers: the fractions are gone without our extras
    assert got[4] == boxes[4]  # the whole turned page
    for page, box in boxes.items():
        assert all(abs(a - b) <= 1 for a, b in zip(got[page], box, strict=True))
        assert got[page][0] <= box[0] and got[page][2] >= box[2]  # still holds the region
