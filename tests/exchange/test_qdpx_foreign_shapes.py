"""Exchange files in shapes other tools write, found wrong in a bug hunt: braced GUIDs in
kept elements, a project zipped inside a folder, a bare UTF-16 .qde, member names that
differ only in case or repeat."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from qdadesk.core import Project
from qdadesk.core.errors import QdaError
from qdadesk.core.exchange.export_project import export_qdpx
from qdadesk.core.exchange.import_project import import_qdpx

CODE = "{1A2B3C4D-0000-4000-8000-00000000000A}"
CODE_CANONICAL = CODE.strip("{}")

# ATLAS.ti-like: braced GUIDs, a coded PDF selection, a code group, a graph.
ATLAS_QDE = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="atlas-like">
  <CodeBook><Codes>
    <Code guid="{CODE}" name="Alpha" isCodable="true"/>
    <Code guid="{{1A2B3C4D-0000-4000-8000-00000000000B}}" name="Beta" isCodable="true"/>
  </Codes></CodeBook>
  <Sources>
    <PDFSource guid="{{1A2B3C4D-0000-4000-8000-000000000001}}" name="Paper"
        path="internal://paper.pdf">
      <PDFSelection guid="{{1A2B3C4D-0000-4000-8000-000000000002}}" page="1"
          firstX="1" firstY="2" secondX="3" secondY="4">
        <Coding guid="{{1A2B3C4D-0000-4000-8000-000000000003}}">
          <CodeRef targetGUID="{CODE.lower()}"/>
        </Coding>
      </PDFSelection>
    </PDFSource>
  </Sources>
  <Sets>
    <Set guid="{{1A2B3C4D-0000-4000-8000-000000000004}}" name="Group of codes">
      <MemberCode targetGUID="{CODE}"/>
      <MemberCode targetGUID="{{1A2B3C4D-0000-4000-8000-00000000000B}}"/>
    </Set>
  </Sets>
  <Graphs>
    <Graph guid="{{1A2B3C4D-0000-4000-8000-000000000005}}" name="net">
      <Vertex guid="{{1A2B3C4D-0000-4000-8000-000000000006}}" representedGUID="{CODE}"
          firstX="0" firstY="0"/>
    </Graph>
  </Graphs>
</Project>
"""

TEXT_QDE = """<?xml version="1.0" encoding="{encoding}"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="x">
  <CodeBook><Codes>
    <Code guid="11111111-1111-1111-1111-111111111111" name="c" isCodable="true"/>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="22222222-2222-2222-2222-222222222222" name="d"
        plainTextPath="internal://a.txt">{inline}
      <PlainTextSelection guid="33333333-3333-3333-3333-333333333333"
          startPosition="0" endPosition="3">
        <Coding guid="44444444-4444-4444-4444-444444444444">
          <CodeRef targetGUID="11111111-1111-1111-1111-111111111111"/>
        </Coding>
      </PlainTextSelection>
    </TextSource>
  </Sources>
</Project>
"""


def text_qde(encoding: str = "utf-8", inline: str = "") -> str:
    if inline:
        inline = f"<PlainTextContent>{inline}</PlainTextContent>"
    return TEXT_QDE.format(encoding=encoding, inline=inline)


def make_zip(path: Path, members: list[tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members:
            archive.writestr(zipfile.ZipInfo(name), data)
    return path


def coded_texts(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as db:
        rows = db.execute(
            'SELECT c.name, t.text, k.start, k."end" FROM codings k '
            "JOIN codes c ON c.id = k.code_id JOIN document_texts t "
            "ON t.document_id = k.document_id"
        ).fetchall()
    return sorted((name, text[start:end]) for name, text, start, end in rows)


def test_braced_guids_in_kept_elements_survive_export(tmp_path: Path) -> None:
    source = make_zip(
        tmp_path / "atlas.qdpx", [("project.qde", ATLAS_QDE.encode()), ("sources/paper.pdf", b"%")]
    )
    import_qdpx(source, tmp_path / "p.qdadesk")
    with Project.open(tmp_path / "p.qdadesk") as project:
        export_qdpx(project, tmp_path / "out.qdpx")
    from lxml import etree

    root = etree.fromstring(zipfile.ZipFile(tmp_path / "out.qdpx").read("project.qde"))
    ns = {"q": "urn:QDA-XML:project:1.0"}
    # The PDF coding and both members of the code group are still there, written as the
    # code book writes the codes' GUIDs.
    refs = root.xpath("//q:PDFSelection/q:Coding/q:CodeRef/@targetGUID", namespaces=ns)
    assert refs == [CODE_CANONICAL]
    members = root.xpath("//q:Set[@name='Group of codes']/q:MemberCode/@targetGUID", namespaces=ns)
    assert members == [CODE_CANONICAL, "1A2B3C4D-0000-4000-8000-00000000000B"]
    assert root.xpath("//q:Vertex/@representedGUID", namespaces=ns) == [CODE_CANONICAL]
    assert not [g for g in root.xpath("//@guid | //@targetGUID") if "{" in g]
    # and a second round keeps the code group a group of codes, not an empty document set
    import_qdpx(tmp_path / "out.qdpx", tmp_path / "again.qdadesk")
    with sqlite3.connect(tmp_path / "again.qdadesk") as db:
        assert db.execute("SELECT COUNT(*) FROM document_sets").fetchone()[0] == 0
        kinds = sorted(r[0] for r in db.execute("SELECT kind FROM kept_elements"))
        maps = db.execute("SELECT COUNT(*) FROM maps").fetchone()[0]
    assert kinds == ["PDFSource", "Set"] and maps == 1  # the graph is a map now


def test_project_zipped_inside_a_folder_finds_its_sources(tmp_path: Path) -> None:
    source = make_zip(
        tmp_path / "folder.qdpx",
        [("Study/project.qde", text_qde().encode()), ("Study/sources/a.txt", b"abc def")],
    )
    import_qdpx(source, tmp_path / "p.qdadesk")
    assert coded_texts(tmp_path / "p.qdadesk") == [("c", "abc")]


def test_exact_member_name_wins_over_one_differing_in_case(tmp_path: Path) -> None:
    source = make_zip(
        tmp_path / "case.qdpx",
        [
            ("project.qde", text_qde().encode()),
            ("sources/a.txt", b"abc def"),
            ("sources/A.txt", b"xyz uvw"),
        ],
    )
    import_qdpx(source, tmp_path / "p.qdadesk")
    assert coded_texts(tmp_path / "p.qdadesk") == [("c", "abc")]


def test_repeated_member_name_is_refused(tmp_path: Path) -> None:
    with pytest.warns(UserWarning):  # zipfile itself warns when writing one
        source = make_zip(
            tmp_path / "twice.qdpx",
            [("project.qde", text_qde().encode()), ("project.qde", b"<x/>")],
        )
    target = tmp_path / "p.qdadesk"
    with pytest.raises(QdaError, match="two files named 'project.qde'"):
        import_qdpx(source, target)
    assert not target.exists()


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_bare_utf16_qde_is_read(tmp_path: Path, codec: str) -> None:
    data = text_qde("utf-16", inline="héllo 😀 world").encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    source = tmp_path / "project.qde"
    source.write_bytes(data)
    import_qdpx(source, tmp_path / "p.qdadesk")
    assert coded_texts(tmp_path / "p.qdadesk") == [("c", "hél")]


NAMES_QDE = """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources>
<TextSource guid="22222222-2222-2222-2222-222222222221" name="a"
    plainTextPath="internal://Interview Ü.txt"/>
<TextSource guid="22222222-2222-2222-2222-222222222222" name="b"
    plainTextPath="internal://My%20Doc.txt"/>
</Sources></Project>
"""


def documents(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as db:
        return dict(
            db.execute(
                "SELECT name, text FROM documents JOIN document_texts ON id = document_id"
            ).fetchall()
        )


@pytest.mark.parametrize("utf8_flag", [True, False])
def test_escaped_and_non_ascii_member_names_are_found(tmp_path: Path, utf8_flag: bool) -> None:
    source = make_zip(
        tmp_path / "names.qdpx",
        [
            ("project.qde", NAMES_QDE.encode()),
            ("sources/Interview Ü.txt", b"umlaut text"),
            ("sources/My Doc.txt", b"space text"),
        ],
    )
    if not utf8_flag:  # as zip tools write UTF-8 names without the flag that says so
        data = bytearray(source.read_bytes())
        for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            at = data.find(signature)
            while at != -1:
                data[at + offset + 1] &= ~0x08  # general purpose bit 11
                at = data.find(signature, at + 4)
        source.write_bytes(bytes(data))
        assert "Interview Ü.txt" not in {i.filename[8:] for i in zipfile.ZipFile(source).infolist()}
    import_qdpx(source, tmp_path / "p.qdadesk")
    assert documents(tmp_path / "p.qdadesk") == {"a": "umlaut text", "b": "space text"}


def test_whole_source_coding_of_an_empty_text_is_reported(tmp_path: Path) -> None:
    qde = text_qde().replace(
        "<PlainTextSelection",
        '<Coding guid="55555555-5555-5555-5555-555555555555">'
        '<CodeRef targetGUID="11111111-1111-1111-1111-111111111111"/></Coding>'
        "<PlainTextSelection",
    )
    source = make_zip(tmp_path / "e.qdpx", [("project.qde", qde.encode()), ("sources/a.txt", b"")])
    report = import_qdpx(source, tmp_path / "p.qdadesk")
    assert "coding of a whole source without text" in report.as_text()
