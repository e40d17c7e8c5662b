"""A hand-drawn causal network through REFI-QDA and back: valid Graph elements (vertices
referring to codes, sources and notes; edges), and everything our own import reads back."""

from __future__ import annotations

import zipfile
from pathlib import Path

import xmlschema
from lxml import etree

from qdadesk.core import Project
from qdadesk.core.exchange.export_project import export_qdpx
from qdadesk.core.exchange.import_project import import_qdpx
from qdadesk.core.maps.render import map_json
from qdadesk.paths import sample_project_path

NS = {"q": "urn:QDA-XML:project:1.0"}


def test_causal_network_round_trip(tmp_path: Path, shared_dir: Path) -> None:
    path = tmp_path / "sample.qdadesk"
    path.write_bytes(sample_project_path().read_bytes())
    with Project.open(path) as project:
        map_id = project.create_map("Causal network").result
        funding = project.find_code("Barriers\\Funding")
        skills = project.find_code("Barriers\\Skills")
        doc = project.find_document("Aylin (citizen)")
        memo = project.memos()[0]
        coding = project.codings(code_ids=[funding.id])[0]
        a = project.add_map_node(map_id, "code", funding.id, x=0, y=0).result
        b = project.add_map_node(map_id, "code", skills.id, x=300, y=0, layer="L1").result
        d = project.add_map_node(map_id, "document", doc.id, x=0, y=200).result
        m = project.add_map_node(map_id, "memo", memo.id, x=300, y=200).result
        s = project.add_map_node(map_id, "segment", coding.id, x=150, y=300).result
        t = project.add_map_node(map_id, "text", label="Budget cuts", x=-200, y=0).result
        link = project.add_map_link(a, b, "fewer trainings", "-", 3).result
        project.add_map_link(t, a, "", "+", 1, "dashed")
        project.add_map_link(d, m, "", "", 1, "line")
        project.add_map_link(s, a, "", "", 2, "double-arrow")
        project.attach_link_segments(link, [coding.id])
        project.set_map_memo(map_id, "Funding drains skills.")
        project.generate_map("Relations", {"model": "code-relations", "codes": [], "min": 1})
        before = {info.name: map_json(project, info.id) for info in project.maps()}
        out = tmp_path / "out.qdpx"
        export_qdpx(project, out)
    xml = zipfile.ZipFile(out).read("project.qde")
    schema = xmlschema.XMLSchema(str(shared_dir / "refi-qda" / "schema" / "Project.xsd"))
    schema.validate(etree.fromstring(xml))
    root = etree.fromstring(xml)
    (graph,) = root.xpath("//q:Graph[@name='Causal network']", namespaces=NS)
    represented = graph.xpath("q:Vertex/@representedGUID", namespaces=NS)
    assert funding.guid in represented and doc.guid in represented and memo.guid in represented
    directions = sorted(graph.xpath("q:Edge/@direction", namespaces=NS))
    assert directions == ["Associative", "Bidirectional", "OneWay", "OneWay"]
    import_qdpx(out, tmp_path / "back.qdadesk")
    with Project.open(tmp_path / "back.qdadesk") as again:
        after = {info.name: map_json(again, info.id) for info in again.maps()}
        causal = again.find_map("Causal network")
        assert causal.memo == "Funding drains skills."
        (kept,) = [lk for lk in again.map_links(causal.id) if lk.label == "fewer trainings"]
        assert (kept.sign, kept.weight, kept.style, kept.segments) == ("-", 3.0, "arrow", 1)
        assert again.find_map("Relations").model["model"] == "code-relations"
        assert "L1" in again.map_layers(causal.id)

    def comparable(data: dict) -> dict:
        ids = {n["id"]: (n["kind"], n["ref"], n["label"]) for n in data["nodes"]}
        return {
            "nodes": sorted(
                (k, r, lab, n["x"], n["y"]) for n in data["nodes"] for k, r, lab in [ids[n["id"]]]
            ),
            "links": sorted(
                (ids[lk["from"]], ids[lk["to"]], lk["label"], lk["sign"], lk["weight"])
                for lk in data["links"]
            ),
        }

    assert {k: comparable(v) for k, v in after.items()} == {
        k: comparable(v) for k, v in before.items()
    }
