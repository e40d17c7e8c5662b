"""Document sets and cases made in QDA Desk (window or CLI) travel through REFI-QDA: the
.qdpx has them as ``Sets`` and ``Cases``, and importing it gives them back."""

from __future__ import annotations

import zipfile
from pathlib import Path

from qdadesk.core import Project
from qdadesk.core.exchange.export_project import export_qdpx
from qdadesk.core.exchange.import_project import import_qdpx
from qdadesk.core.importers.document import ImportedDocument


def _state(project: Project) -> dict:
    names = {d.id: d.name for d in project.documents()}
    sets = {
        s.name: [names[i] for i in project.set_documents(s.id)] for s in project.document_sets()
    }
    values = project.case_values()
    cases = {
        c.name: ([names[i] for i in project.case_documents(c.id)], values.get(c.id, {}))
        for c in project.cases()
    }
    groups = {d.name: project.group_path(d.group_id) for d in project.documents()}
    return {"sets": sets, "cases": cases, "groups": groups}


def test_sets_and_cases_round_trip(tmp_path: Path) -> None:
    with Project.create(tmp_path / "made.qdadesk") as project:
        staff = project.add_group("Staff").result
        ids = [
            project.add_document(
                ImportedDocument(name, f"{name} talks about costs.", [], b"x", "txt"), staff
            ).result
            for name in ("Ana", "Ben", "Cy")
        ]
        # sets that overlap, one empty, one in a non-Latin name; built in a custom order
        project.add_document_set("Städte", [ids[2], ids[0]])
        project.add_document_set("Seniors", [ids[0], ids[1]])
        project.add_document_set("空")
        ana = project.add_case("Family A", document_ids=[ids[0], ids[1]]).result
        project.add_case("Solo", document_ids=[ids[2]])
        project.add_case("Nobody yet")
        project.set_case_value(ana, "size", "4", "integer")
        project.set_case_value(ana, "urban", "yes", "boolean")
        project.set_case_value(ana, "since", "2019-03-01", "date")
        before = _state(project)
        export_qdpx(project, tmp_path / "made.qdpx")

    with zipfile.ZipFile(tmp_path / "made.qdpx") as archive:
        xml = archive.read("project.qde").decode("utf-8")
    assert "<Sets>" in xml and 'name="Städte"' in xml and 'name="空"' in xml
    assert "<Cases>" in xml and 'name="Family A"' in xml

    import_qdpx(tmp_path / "made.qdpx", tmp_path / "back.qdadesk")
    with Project.open(tmp_path / "back.qdadesk") as back:
        after = _state(back)
        assert after == before
        assert after["sets"]["Städte"] == ["Cy", "Ana"]  # the order documents were added
        assert after["cases"]["Family A"][1] == {"size": 4, "urban": True, "since": "2019-03-01"}
        assert [v.type for v in back.variables("case")] == ["integer", "boolean", "date"]
        assert back.groups()[0].name == "Staff"  # groups stay groups, sets stay sets
