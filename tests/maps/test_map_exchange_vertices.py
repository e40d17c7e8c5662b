"""Every kind of map node through REFI-QDA: document groups and variables as vertices that
represent their Set and Variable, pictures as plain vertices (REFI-QDA has no element for
them) that our own import restores whole; the export is valid against the schema."""

from __future__ import annotations

import zipfile
from pathlib import Path

import xmlschema
from lxml import etree

from qdadesk.core import Project
from qdadesk.core.exchange.export_project import export_qdpx
from qdadesk.core.exchange.import_project import import_qdpx
from qdadesk.paths import sample_project_path

NS = {"q": "urn:QDA-XML:project:1.0"}
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
    b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff"
    b"\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82"
)


def test_group_variable_and_image_vertices(tmp_path: Path, shared_dir: Path) -> None:
    path = tmp_path / "sample.qdadesk"
    path.write_bytes(sample_project_path().read_bytes())
    with Project.open(path) as project:
        map_id = project.create_map("Objects").result
        group = next(g for g in project.groups() if g.name == "Developers")
        variable = next(v for v in project.variables() if v.name == "role")
        g = project.add_map_node(map_id, "group", group.id, x=0, y=0).result
        v = project.add_map_node(map_id, "variable", variable.id, x=200, y=0).result
        i = project.add_map_node(
            map_id,
            "image",
            label="photo.png",
            x=100,
            y=200,
            style={"width": 40, "height": 30},
            image=PNG,
        ).result
        project.add_map_link(g, v, "says", "+", 2)
        project.add_map_link(i, g)
        out = tmp_path / "out.qdpx"
        export_qdpx(project, out)
    xml = zipfile.ZipFile(out).read("project.qde")
    schema = xmlschema.XMLSchema(str(shared_dir / "refi-qda" / "schema" / "Project.xsd"))
    schema.validate(etree.fromstring(xml))
    root = etree.fromstring(xml)
    (graph,) = root.xpath("//q:Graph[@name='Objects']", namespaces=NS)
    vertices = {x.get("name"): x for x in graph.xpath("q:Vertex", namespaces=NS)}
    assert vertices["Developers"].get("representedGUID") == group.guid
    set_guids = root.xpath("//q:Set/@guid", namespaces=NS)
    assert group.guid in set_guids
    assert vertices["role"].get("representedGUID") == variable.guid
    assert variable.guid in root.xpath("//q:Variable/@guid", namespaces=NS)
    image = vertices["photo.png"]
    assert image.get("representedGUID") is None
    assert (int(image.get("secondX")) - int(image.get("firstX"))) == 40
    import_qdpx(out, tmp_path / "back.qdadesk")
    with Project.open(tmp_path / "back.qdadesk") as again:
        info = again.find_map("Objects")
        nodes = {n.kind: n for n in again.map_nodes(info.id)}
        assert set(nodes) == {"group", "variable", "image"}
        assert nodes["group"].ref == "Developers"
        assert nodes["variable"].ref == "role"
        assert nodes["image"].label == "photo.png"
        assert nodes["image"].style == {"width": 40, "height": 30}
        assert again.map_node_image(nodes["image"].id) == PNG
        assert (nodes["image"].x, nodes["image"].y) == (100, 200)
