"""PDF and picture sources written by other programs: the ATLAS.ti sample (REFI-QDA Annex
A.2) with real files put beside it, and hostile selections and files."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from qdadesk.core import Project
from qdadesk.core.exchange.export_project import export_qdpx
from qdadesk.core.exchange.import_project import import_qdpx
from tests.exchange.paged_support import jpeg_bytes, png_bytes

ATLAS = "refi-qda/samples/atlasti-8.4-standard-project.qde"
LIMON_PDF = "3E029F7C-B699-47C2-AE9F-95F481693CAF.pdf"
LIMON_TEXT = "142EB46D-612E-4593-A385-D0E5D04D1288.txt"
PASSION_PDF = "484934BD-97FF-4F8C-9690-B9E77A9092B5.pdf"
PHOTO = "87EAD86F-3112-4537-8A01-01427CAE1C6D.jpg"


def atlas_text() -> str:
    """A text for the recipe PDF's representation: 'granola' at 62..69, and a passage at
    297..498 as the sample's selections say."""
    text = "x" * 62 + "granola" + "y" * (297 - 69) + "favoritos." + "z" * (498 - 307) + " end"
    assert text[62:69] == "granola" and text[297:307] == "favoritos."
    return text


@pytest.fixture(scope="module")
def atlas(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path) -> dict:
    folder = tmp_path_factory.mktemp("atlas")
    corpus = shared_dir / "corpus"
    path = folder / "atlas.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", (shared_dir / ATLAS).read_bytes())
        archive.writestr(
            "sources/" + LIMON_PDF, (corpus / "mannheimer-bsr-interview-guide.pdf").read_bytes()
        )
        archive.writestr("sources/" + LIMON_TEXT, atlas_text().encode("utf-8"))
        archive.writestr(
            "sources/" + PASSION_PDF, (corpus / "mannheimer-nvivo-codebook.pdf").read_bytes()
        )
        archive.writestr("sources/" + PHOTO, jpeg_bytes(1000, 750))
    report = import_qdpx(path, folder / "atlas.qdadesk")
    return {"folder": folder, "project": folder / "atlas.qdadesk", "report": report}


def test_atlas_pdfs_and_picture_arrive_with_pages_and_regions(atlas: dict) -> None:
    with Project.open(atlas["project"]) as project:
        documents = {d.name: d for d in project.documents()}
        limon = documents["Pay de Limón con Base de Granola | Kellogg's ®.pdf"]
        photo = documents["cornflakes-n-milk.jpg"]
        passion = documents["Kellogg's Passion for Nutrition.pdf"]
        assert (limon.kind, photo.kind, passion.kind) == ("pdf", "picture", "pdf")
        assert [(p.width, p.height) for p in project.pages(limon.id)] == [(612.0, 792.0)] * 5
        assert [(p.page, p.width, p.height) for p in project.pages(photo.id)] == [
            (1, 1000.0, 750.0)
        ]
        assert len(project.pages(passion.id)) == 5
        assert project.original_file(limon.id)[1] == "pdf"
        assert project.original_file(photo.id)[2].startswith(b"\xff\xd8")
        text = project.text(limon.id)
        codings = project.codings(document_ids=[limon.id])
        # the two text quotations are text codings; their boxes (same GUID, or the same
        # quotation's part on the next page) are not doubled as regions
        assert sorted(text[c.start : c.end][:10] for c in codings if not c.is_region) == [
            "favoritos.",
            "granola",
        ]
        (region,) = [c for c in codings if c.is_region]
        # firstY 515 .. secondY 676 from the bottom of a 792-point page
        assert (region.page, region.box) == (1, (19.0, 116.0, 576.0, 277.0))
        picture_codings = project.codings(document_ids=[photo.id])
        assert len(picture_codings) == 2
        assert {(c.page, c.box) for c in picture_codings} == {(None, (267.0, 1.0, 992.0, 720.0))}
        coders = {c.coder for c in picture_codings}
        (creator,) = project.db.execute(
            "SELECT name FROM users WHERE guid = 'AD68FBE7-E1EE-4A82-A279-23CC698C89EB'"
        ).fetchone()
        assert coders == {creator}


def test_atlas_report_accounts_for_every_coding(atlas: dict, shared_dir: Path) -> None:
    from lxml import etree

    root = etree.fromstring((shared_dir / ATLAS).read_bytes())
    total = sum(1 for _ in root.iter("{*}Coding"))
    report = atlas["report"]
    accounted = sum(
        report.count(outcome, "Coding")
        for outcome in ("imported", "kept without display", "discarded")
    )
    assert accounted == total
    text = report.as_text()
    assert "box of a text selection (ATLAS.ti) left out" in text
    assert "text of the PDF not in the exchange file" in text  # the other PDF's .txt
    assert "repeated GUID" not in text  # a box sharing its text selection's GUID is no repeat


def test_atlas_import_exports_again_valid_and_keeps_the_regions(
    atlas: dict, shared_dir: Path
) -> None:
    import xmlschema

    out = atlas["folder"] / "again.qdpx"
    with Project.open(atlas["project"]) as project:
        export_qdpx(project, out)
    schema = xmlschema.XMLSchema(str(shared_dir / "refi-qda/schema/Project.xsd"))
    with zipfile.ZipFile(out) as archive:
        qde = archive.read("project.qde")
    schema.validate(qde.decode("utf-8"))
    assert b'firstX="19" firstY="515" secondX="576" secondY="676"' in qde
    assert b'firstX="267" firstY="1" secondX="992" secondY="720"' in qde


HOSTILE = """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="hostile" origin="Someone 1.0">
  <CodeBook><Codes>
    <Code guid="11111111-1111-1111-1111-111111111111" name="c" isCodable="true"/>
  </Codes></CodeBook>
  <Sources>
    <PDFSource guid="22222222-2222-2222-2222-222222222222" name="guide"
        path="internal://guide.pdf">
      {selections}
    </PDFSource>
    <PictureSource guid="33333333-3333-3333-3333-333333333333" name="huge"
        path="internal://huge.png">
      <PictureSelection guid="33333333-3333-3333-3333-333333333334" firstX="0" firstY="0"
          secondX="10" secondY="10">{coding}</PictureSelection>
    </PictureSource>
    <PDFSource guid="44444444-4444-4444-4444-444444444444" name="broken"
        path="internal://broken.pdf"/>
    <PictureSource guid="55555555-5555-5555-5555-555555555555" name="gone"
        path="internal://gone.png"/>
    <PictureSource guid="66666666-6666-6666-6666-666666666666" name="small"
        path="internal://small.png">
      <TextDescription guid="66666666-6666-6666-6666-666666666668">
        <PlainTextContent>a drawing of a form</PlainTextContent>
      </TextDescription>
      <Coding guid="66666666-6666-6666-6666-666666666667">
        <CodeRef targetGUID="11111111-1111-1111-1111-111111111111"/>
      </Coding>
    </PictureSource>
  </Sources>
</Project>
"""
CODING = (
    '<Coding guid="{guid}"><CodeRef targetGUID="11111111-1111-1111-1111-111111111111"/></Coding>'
)


def selection(number: int, page: str, corners: tuple[str, str, str, str]) -> str:
    guid = f"AAAAAAAA-0000-4000-8000-{number:012d}"
    attributes = " ".join(
        f'{name}="{value}"'
        for name, value in zip(("firstX", "firstY", "secondX", "secondY"), corners, strict=True)
        if value
    )
    coding = CODING.format(guid=f"BBBBBBBB-0000-4000-8000-{number:012d}")
    return f'<PDFSelection guid="{guid}" page="{page}" {attributes}>{coding}</PDFSelection>'


def test_hostile_selections_and_files_are_noted_and_nothing_breaks(
    tmp_path: Path, corpus_dir: Path, shared_dir: Path
) -> None:
    selections = "".join(
        [
            selection(1, "0", ("100", "100", "200", "200")),  # fine
            selection(2, "-1", ("1", "1", "2", "2")),  # no such page
            selection(3, "99999999999", ("1", "1", "2", "2")),  # absurd page
            selection(4, "1", ("700", "100", "900", "200")),  # wholly outside the page
            selection(5, "2", ("-50", "700", "100", "900")),  # partly outside: cut to fit
            selection(6, "3", ("1", "1", "", "")),  # corners missing
            selection(7, "4", ("10", "10", "10", "20")),  # no width
        ]
    )
    qde = HOSTILE.format(
        selections=selections, coding=CODING.format(guid="C" * 8 + "-0000-4000-8000-000000000001")
    )
    huge = png_bytes(4, 4).replace(
        bytes.fromhex("0000000400000004"), bytes.fromhex("000186a0000186a0"), 1
    )  # the header claims 100,000 x 100,000 pixels
    path = tmp_path / "hostile.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", qde)
        archive.writestr(
            "sources/guide.pdf", (corpus_dir / "mannheimer-bsr-interview-guide.pdf").read_bytes()
        )
        archive.writestr("sources/huge.png", huge)
        archive.writestr("sources/broken.pdf", b"%PDF-1.4\n garbage")
        archive.writestr("sources/small.png", png_bytes(32, 24))
    report = import_qdpx(path, tmp_path / "p.qdadesk")
    text = report.as_text()
    assert text.count("region on a page the PDF does not have") == 1
    assert report.count("discarded", "PDFSelection") == 5
    assert "region reaching outside the page cut to fit" in text
    assert "region without a width or a height" in text
    assert "the picture claims 100000 × 100000 pixels" in text
    assert "not a PDF PDFium can open" in text
    accounted = sum(
        report.count(o, "Coding") for o in ("imported", "kept without display", "discarded")
    )
    assert accounted == 7 + 1 + 1
    with Project.open(tmp_path / "p.qdadesk") as project:
        kinds = {d.name: (d.kind, len(project.pages(d.id))) for d in project.documents()}
        assert kinds == {
            "guide": ("pdf", 5),
            "huge": ("picture", 0),  # kept whole, listed, not viewable
            "broken": ("pdf", 0),
            "gone": ("picture", 0),
            "small": ("picture", 1),
        }
        boxes = sorted((c.page or 0, c.box) for c in project.codings())
        assert boxes == [
            (0, (0.0, 0.0, 32.0, 24.0)),  # the whole-picture coding (no page)
            (1, (100.0, 592.0, 200.0, 692.0)),
            (3, (0.0, 0.0, 100.0, 92.0)),
        ]
        (memo,) = project.memos()
        assert (memo.kind, memo.body) == ("document", "a drawing of a form")
        assert project.document(memo.document_id).name == "small"
        export_qdpx(project, tmp_path / "out.qdpx")
    import xmlschema

    schema = xmlschema.XMLSchema(str(shared_dir / "refi-qda/schema/Project.xsd"))
    with zipfile.ZipFile(tmp_path / "out.qdpx") as archive:
        schema.validate(archive.read("project.qde").decode("utf-8"))
        out = archive.read("project.qde")
    assert out.count(b"<PictureSelection") == 2  # the huge picture's, kept; the small one's
