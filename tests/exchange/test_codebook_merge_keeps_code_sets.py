"""A codebook's code set keeps its members when its codes merge into existing codes by
path (they keep the project's GUIDs, so the set must point there); found in a bug hunt."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

from qdadesk.core import Project
from qdadesk.core.exchange.codebook import import_codebook
from qdadesk.core.exchange.export_project import export_qdpx
from qdadesk.core.exchange.import_project import import_qdpx

PROJECT_A = "11111111-0000-4000-8000-00000000000A"
PROJECT_B = "11111111-0000-4000-8000-00000000000B"

PROJECT_QDE = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="p"><CodeBook><Codes>
  <Code guid="{PROJECT_A}" name="Alpha" isCodable="true">
    <Code guid="{PROJECT_B}" name="Beta" isCodable="true"/>
  </Code>
</Codes></CodeBook></Project>
"""

CODEBOOK = """<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="other"><Codes>
  <Code guid="{22222222-0000-4000-8000-00000000000a}" name="Alpha" isCodable="true">
    <Code guid="22222222-0000-4000-8000-00000000000b" name="Beta" isCodable="true"/>
  </Code>
  <Code guid="22222222-0000-4000-8000-00000000000c" name="Gamma" isCodable="true"/>
</Codes><Sets>
  <Set guid="22222222-0000-4000-8000-000000000001" name="Group">
    <MemberCode targetGUID="{22222222-0000-4000-8000-00000000000A}"/>
    <MemberCode targetGUID="22222222-0000-4000-8000-00000000000b"/>
    <MemberCode targetGUID="22222222-0000-4000-8000-00000000000c"/>
  </Set>
</Sets></CodeBook>
"""


def test_code_set_follows_codes_merged_by_path(tmp_path: Path) -> None:
    (tmp_path / "p.qde").write_text(PROJECT_QDE, encoding="utf-8")
    (tmp_path / "book.qdc").write_text(CODEBOOK, encoding="utf-8")
    import_qdpx(tmp_path / "p.qde", tmp_path / "p.qdadesk")
    with Project.open(tmp_path / "p.qdadesk") as project:
        import_codebook(project, tmp_path / "book.qdc")
        export_qdpx(project, tmp_path / "out.qdpx")
    with sqlite3.connect(tmp_path / "p.qdadesk") as db:
        names = dict(db.execute("SELECT name, guid FROM codes"))
    assert names["Alpha"] == PROJECT_A and names["Beta"] == PROJECT_B
    from lxml import etree

    root = etree.fromstring(zipfile.ZipFile(tmp_path / "out.qdpx").read("project.qde"))
    members = root.xpath(
        "//q:Set[@name='Group']/q:MemberCode/@targetGUID",
        namespaces={"q": "urn:QDA-XML:project:1.0"},
    )
    assert members == [PROJECT_A, PROJECT_B, names["Gamma"]]
