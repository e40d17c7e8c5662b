"""BMP pictures in REFI-QDA: a ``PictureSource`` whose file is a BMP imports as a picture
document with its regions (no longer a listed source), and our export writes the BMP's
own bytes back under ``sources/<GUID>.bmp`` with its regions, so a round trip keeps them."""

from __future__ import annotations

import zipfile
from pathlib import Path

from qdadesk.core import Project
from qdadesk.core.exchange.export_project import export_qdpx
from qdadesk.core.exchange.import_project import import_qdpx
from tests import picture_files as pf

NS = {"q": "urn:QDA-XML:project:1.0"}
CODE = "11111111-1111-1111-1111-111111111111"
FOREIGN = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="scans" origin="Someone 1.0">
  <CodeBook><Codes><Code guid="{CODE}" name="Stamp" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <PictureSource guid="33333333-3333-3333-3333-333333333333" name="scan"
        path="internal://scan.bmp">
      <PictureSelection guid="33333333-3333-3333-3333-333333333334" name="stamp"
          firstX="10" firstY="5" secondX="40" secondY="25">
        <Coding guid="33333333-3333-3333-3333-333333333335"><CodeRef targetGUID="{CODE}"/></Coding>
      </PictureSelection>
    </PictureSource>
  </Sources>
</Project>
"""


def _regions(project: Project) -> list[tuple]:
    return sorted(
        (c.guid, project.document(c.document_id).name, c.page, c.box, c.comment, c.weight)
        for c in project.codings()
    )


def test_a_foreign_bmp_picture_source_imports_as_a_picture_with_its_region(
    tmp_path: Path,
) -> None:
    data = pf.bmp(61, 41, "v5", 24, top_down=True)
    path = tmp_path / "foreign.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", FOREIGN)
        archive.writestr("sources/scan.bmp", data)
    report = import_qdpx(path, tmp_path / "p.qdadesk")
    assert report.count("kept without display") == 0
    with Project.open(tmp_path / "p.qdadesk") as project:
        (document,) = project.documents()
        assert document.kind == "picture"
        assert [(p.width, p.height) for p in project.pages(document.id)] == [(61, 41)]
        assert project.original_file(document.id) == ("scan.bmp", "bmp", data)
        (coding,) = project.codings()
        assert coding.is_region and coding.page is None
        assert coding.box == (10.0, 5.0, 40.0, 25.0)
        assert project.code(coding.code_id).name == "Stamp"


def test_a_bmp_with_a_region_survives_export_and_import(tmp_path: Path, shared_dir: Path) -> None:
    import xmlschema
    from lxml import etree

    data = pf.bmp(64, 48, "info", 8)
    source = tmp_path / "floor plan.bmp"
    source.write_bytes(data)
    with Project.create(tmp_path / "original.qdadesk") as original:
        (document_id,) = original.import_documents([source]).result.imported
        code_id = original.add_code_path("Rooms\\Kitchen").result
        original.add_region_coding(
            document_id, code_id, (3.25, 4.5, 30.75, 40.125), weight=30, comment="the sink"
        )
        original.add_region_coding(document_id, code_id, (0, 0, 64, 48))
        before = _regions(original)
        export_qdpx(original, tmp_path / "out.qdpx")
    with zipfile.ZipFile(tmp_path / "out.qdpx") as archive:
        qde = archive.read("project.qde")
        xmlschema.XMLSchema(str(shared_dir / "refi-qda/schema/Project.xsd")).validate(
            qde.decode("utf-8")
        )
        (picture,) = etree.fromstring(qde).xpath("//q:PictureSource", namespaces=NS)
        guid = picture.get("guid")
        assert picture.get("path") == f"internal://{guid}.bmp"
        assert archive.read(f"sources/{guid}.bmp") == data
        boxes = sorted(
            tuple(int(s.get(a)) for a in ("firstX", "firstY", "secondX", "secondY"))
            for s in picture.xpath("q:PictureSelection", namespaces=NS)
        )
        assert boxes == [(0, 0, 64, 48), (3, 4, 31, 41)]  # integer corners, rounded outwards
        members = {name: archive.read(name) for name in archive.namelist()}

    import_qdpx(tmp_path / "out.qdpx", tmp_path / "again.qdadesk")
    with Project.open(tmp_path / "again.qdadesk") as again:
        (document,) = again.documents()
        assert (document.name, document.kind) == ("floor plan", "picture")
        assert [(p.width, p.height) for p in again.pages(document.id)] == [(64, 48)]
        assert again.original_file(document.id) == ("floor plan.bmp", "bmp", data)
        assert _regions(again) == before  # exact boxes, comment and weight

    # Another program reads only the REFI-QDA part: the integer corners come back.
    del members["qdadesk/extras.json"]
    with zipfile.ZipFile(tmp_path / "plain.qdpx", "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    import_qdpx(tmp_path / "plain.qdpx", tmp_path / "plain.qdadesk")
    with Project.open(tmp_path / "plain.qdadesk") as plain:
        (document,) = plain.documents()
        assert document.kind == "picture"
        assert sorted(c.box for c in plain.codings()) == [
            (0.0, 0.0, 64.0, 48.0),
            (3.0, 4.0, 31.0, 41.0),
        ]
