"""``qdadesk-cli matrix | relations | crosstab | frequencies | display | display-save``."""

from __future__ import annotations

import csv
import io
import json

import docx
import openpyxl
import pytest
from displays_fixtures import build_project

from qdadesk.cli import main


@pytest.fixture
def project_path(tmp_path):
    path = tmp_path / "cli.qdadesk"
    build_project(path).close()
    return str(path)


def run_json(capsys, *argv):
    assert main([*argv, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_matrix_json_csv_xlsx(project_path, capsys, tmp_path):
    rows = run_json(capsys, "matrix", project_path)
    assert list(rows[0]) == ["code", "Dan", "Anna", "Ben", "Cleo"]  # no totals by default
    speed = next(r for r in rows if r["code"] == "Barriers\\Speed")
    assert speed == {"code": "Barriers\\Speed", "Dan": 0, "Anna": 2, "Ben": 1, "Cleo": 1}
    rows = run_json(
        capsys,
        "matrix",
        project_path,
        "--columns",
        "groups",
        "--value",
        "presence",
        "--include-subcodes",
    )
    barriers = next(r for r in rows if r["code"] == "Barriers")
    assert barriers == {
        "code": "Barriers",
        "IT office": 1,
        "Developers": 1,
        "Developers\\Juniors": 1,
        "(no group)": 0,
    }
    rows = run_json(
        capsys, "matrix", project_path, "--columns", "variable:role", "--value", "row-percent"
    )
    speed = next(r for r in rows if r["code"] == "Barriers\\Speed")
    assert speed["city IT"] == 50.0 and speed["developer"] == 50.0
    rows = run_json(capsys, "matrix", project_path, "--totals")
    assert rows[-1]["code"] == "Total" and rows[-1]["Total"] == 13
    assert main(["matrix", project_path, "--format", "csv"]) == 0
    table = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert table[0] == ["code", "Dan", "Anna", "Ben", "Cleo"]
    out = tmp_path / "m.xlsx"
    assert main(["matrix", project_path, "--format", "xlsx", "-o", str(out)]) == 0
    sheet = openpyxl.load_workbook(out).active
    assert [c.value for c in sheet[1]] == ["code", "Dan", "Anna", "Ben", "Cleo"]


def test_relations_square(project_path, capsys):
    rows = run_json(capsys, "relations", project_path)
    codes = [r["code"] for r in rows]
    assert all(list(r)[1:] == codes for r in rows)
    cost = next(r for r in rows if r["code"] == "Barriers\\Cost")
    assert cost["Rules"] == 0 and cost["Barriers\\Speed"] == 1 and cost["Barriers\\Cost"] == 2
    rows = run_json(capsys, "relations", project_path, "--mode", "distance:0")
    assert next(r for r in rows if r["code"] == "Barriers\\Cost")["Rules"] == 1
    rows = run_json(capsys, "relations", project_path, "--mode", "paragraph")
    assert next(r for r in rows if r["code"] == "Rules")["Barriers\\Cost"] == 1


def test_crosstab_and_frequencies(project_path, capsys):
    rows = run_json(capsys, "crosstab", project_path, "--variable", "role")
    privacy = next(r for r in rows if r["code"] == "Trust\\Privacy")
    assert privacy["developer: segments"] == 2
    assert privacy["developer: documents"] == 2
    assert privacy["developer: % documents"] == 100.0
    assert privacy["developer: % segments"] == 25.0
    rows = run_json(capsys, "frequencies", project_path, "--include-subcodes")
    barriers = next(r for r in rows if r["code"] == "Barriers")
    assert barriers["segments"] == 8 and barriers["documents"] == 3


def test_scope_options(project_path, capsys):
    rows = run_json(capsys, "matrix", project_path, "--document", "Anna", "--code", "Barriers")
    assert [r["code"] for r in rows] == [
        "Barriers",
        "Barriers\\Cost",
        "Barriers\\Speed",
        "Barriers\\Speed\\Forms",
    ]
    assert list(rows[0]) == ["code", "Anna"]


def test_display_save_and_export(project_path, capsys, tmp_path):
    assert (
        main(
            [
                "display-save",
                project_path,
                "Triangulation",
                "--rows",
                "codes",
                "--columns",
                "variable:role",
                "--cells",
                "triangulation",
                "--include-subcodes",
            ]
        )
        == 0
    )
    definition = tmp_path / "roles.json"
    definition.write_text(
        json.dumps(
            {
                "rows": "variable:role",
                "columns": "codes",
                "cells": "quotes",
                "codes": ["Trust\\Privacy"],
            }
        )
    )
    assert main(["display-save", project_path, "Roles", "--definition", str(definition)]) == 0
    listing = run_json(capsys, "displays", project_path)
    assert [d["name"] for d in listing] == ["Roles", "Triangulation"]
    out = tmp_path / "t.docx"
    assert main(["display", project_path, "Triangulation", "--format", "docx", "-o", str(out)]) == 0
    table = docx.Document(out).tables[0]
    assert table.rows[0].cells[0].text == "Code"
    out = tmp_path / "r.xlsx"
    assert main(["display", project_path, "Roles", "--format", "xlsx", "-o", str(out)]) == 0
    sheet = openpyxl.load_workbook(out).active
    assert [c.value for c in sheet[1]] == ["role", "Trust\\Privacy"]
    rows = {r[0].value: r[1].value for r in sheet.iter_rows(min_row=2)}
    assert rows["developer"].startswith("\u201cPrivacy matters\u201d (Ben, ¶ 2)")


def test_display_save_clustered_matrix(project_path, capsys, tmp_path):
    """``--cells rated-summary --group-columns``: a conceptually clustered matrix."""
    argv = ["display-save", project_path, "Clustered", "--rows", "documents"]
    argv += ["--columns", "codes", "--cells", "rated-summary", "--group-columns"]
    for path in ("Barriers\\Cost", "Trust\\Privacy", "Barriers\\Speed", "Rules"):
        argv += ["--code", path]
    assert main(argv) == 0
    rows = run_json(capsys, "display", project_path, "Clustered")
    anna = next(r for r in rows if r["Document"] == "Anna")
    assert list(anna) == [
        "Document",
        "Barriers\\Cost",
        "Barriers\\Speed",
        "Trust\\Privacy",
        "Rules",
    ]
    assert anna["Barriers\\Cost"] == "3 \u2014 Cost worries the office."
    out = tmp_path / "c.docx"
    assert main(["display", project_path, "Clustered", "-o", str(out)]) == 0
    table = docx.Document(out).tables[0]
    assert [c.text for c in table.rows[0].cells] == [
        "Document",
        "Barriers",
        "Barriers",
        "Trust",
        "Rules",
    ]
    assert [c.text for c in table.rows[1].cells][1:4] == ["Cost", "Speed", "Privacy"]
    out = tmp_path / "c.xlsx"
    assert main(["display", project_path, "Clustered", "-o", str(out)]) == 0
    sheet = openpyxl.load_workbook(out).active
    assert {str(r) for r in sheet.merged_cells.ranges} == {"A1:A2", "B1:C1", "E1:E2"}
    assert main(["display-save", project_path, "Bad", "--group-columns"]) == 1
    assert "grouped" in capsys.readouterr().err


def test_errors(project_path, capsys):
    assert main(["matrix", project_path, "--columns", "variable:nope"]) == 1
    assert "nope" in capsys.readouterr().err
    assert main(["display", project_path, "missing", "--format", "docx", "-o", "x.docx"]) == 1
    assert (
        main(["display-save", project_path, "Bad", "--rows", "documents", "--columns", "groups"])
        == 1
    )
    assert main(["display-save", project_path, "Bad", "--code", "No\\Such"]) == 1
    assert main(["relations", project_path, "--mode", "distance:-1"]) == 1
    with pytest.raises(SystemExit) as exit_:
        main(["matrix", project_path, "--value", "median"])
    assert exit_.value.code == 2


def test_chart_svg(project_path, capsys, tmp_path):
    import xml.etree.ElementTree as ET

    out = tmp_path / "p.svg"
    assert main(["chart", project_path, "portrait", "--document", "Anna", "-o", str(out)]) == 0
    assert ET.parse(out).getroot().tag.endswith("svg")
    assert main(["chart", project_path, "comparison"]) == 0
    assert "Cleo" in capsys.readouterr().out
    assert main(["chart", project_path, "frequencies", "-o", str(out)]) == 0
    assert "Barriers\\Speed" in out.read_text(encoding="utf-8")
    assert main(["chart", project_path, "codeline"]) == 1
