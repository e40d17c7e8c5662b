"""Float variable values that are not numbers ("NaN", "INF") are refused on import and
left out on export, instead of crashing the export; found in a bug hunt."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import xmlschema

from qdadesk.core import Project
from qdadesk.core.exchange.export_project import export_qdpx
from qdadesk.core.exchange.import_project import import_qdpx

SCORE = "A0000000-0000-4000-8000-000000000005"

QDE = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="values">
<Variables><Variable guid="{SCORE}" name="score" typeOfVariable="Float"/></Variables>
<Cases>
  <Case guid="CA000000-0000-4000-8000-000000000001" name="A">
    <VariableValue><VariableRef targetGUID="{SCORE}"/><FloatValue>NaN</FloatValue></VariableValue>
  </Case>
  <Case guid="CA000000-0000-4000-8000-000000000002" name="B">
    <VariableValue><VariableRef targetGUID="{SCORE}"/><FloatValue>INF</FloatValue></VariableValue>
  </Case>
  <Case guid="CA000000-0000-4000-8000-000000000003" name="C">
    <VariableValue><VariableRef targetGUID="{SCORE}"/><FloatValue>1e3</FloatValue></VariableValue>
  </Case>
</Cases>
</Project>
"""


def test_not_a_number_values_neither_imported_nor_crash_the_export(
    tmp_path: Path, shared_dir: Path
) -> None:
    (tmp_path / "v.qde").write_text(QDE, encoding="utf-8")
    report = import_qdpx(tmp_path / "v.qde", tmp_path / "p.qdadesk")
    assert "NaN" in report.as_text() and "INF" in report.as_text()
    with sqlite3.connect(tmp_path / "p.qdadesk") as db:
        values = db.execute("SELECT value FROM case_values").fetchall()
        assert values == [(1000.0,)]
        # as another part of the program might have stored them
        db.execute("UPDATE case_values SET value = ?", [float("inf")])
        db.execute(
            "INSERT INTO case_values (case_id, variable_id, value) SELECT c.id, v.id, NULL "
            "FROM cases c, variables v WHERE c.name = 'A'"
        )
    with Project.open(tmp_path / "p.qdadesk") as project:
        export_report = export_qdpx(project, tmp_path / "out.qdpx")
    assert "not numbers left out" in export_report.as_text()
    xml = zipfile.ZipFile(tmp_path / "out.qdpx").read("project.qde").decode("utf-8")
    assert "FloatValue" not in xml
    schema = xmlschema.XMLSchema(str(shared_dir / "refi-qda" / "schema" / "Project.xsd"))
    schema.validate(xml)
