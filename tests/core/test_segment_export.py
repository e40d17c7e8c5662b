"""Export of retrieved segments to XLSX, DOCX and HTML, and variables to/from XLSX."""

from __future__ import annotations

import datetime as dt

import pytest

from qdadesk.core.analysis.activation import ALL
from qdadesk.core.analysis.retrieval import retrieve_segments
from qdadesk.core.errors import QdaError
from qdadesk.core.exporters.segments import export_segments, paragraph_numbers
from qdadesk.core.exporters.variables_xlsx import export_variables_xlsx
from qdadesk.core.importers.variables_xlsx import detect_type, import_variables_xlsx


@pytest.fixture
def coded(tmp_project, corpus_dir):
    project = tmp_project
    report = project.import_documents(
        [corpus_dir / "qc-demo-admin-interview-1.txt", corpus_dir / "qualcoder-example-ID1.docx"]
    ).result
    first, second = report.imported
    cost = project.add_code_path("Barriers\\Cost").result
    text = project.text(first)
    start = text.index("\n", 100) + 1  # the start of a paragraph
    project.add_coding(first, cost, start, start + 60, weight=80, comment="strong")
    project.add_coding(second, cost, 0, 30)
    return project, first, second, start


def test_paragraph_numbers_count_lines_from_one() -> None:
    text = "one\ntwo\nthree"
    assert paragraph_numbers(text, 0, 3) == (1, 1)
    assert paragraph_numbers(text, 4, 8) == (2, 2)  # end exclusive: the newline is in line 2
    assert paragraph_numbers(text, 2, 10) == (1, 3)


def test_xlsx_export_lists_each_segment(coded, tmp_path) -> None:
    from openpyxl import load_workbook

    project, first, _second, start = coded
    frame = retrieve_segments(project, ALL)
    path = export_segments(frame, tmp_path / "segments.xlsx", project)
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0][0] == "Document" and rows[0][-1] == "Segment"
    assert len(rows) == 3
    body = rows[1]
    text = project.text(first)
    assert body[0] == project.document(first).name
    assert body[1] == "Barriers\\Cost"
    assert body[2] == text[:start].count("\n") + 1
    assert body[6] == 80 and body[8] == "strong"
    assert body[-1] == text[start : start + 60]


def test_docx_and_html_exports_carry_text_and_source(coded, tmp_path) -> None:
    from docx import Document

    project, first, _second, _start = coded
    frame = retrieve_segments(project, ALL)
    docx_path = export_segments(frame, tmp_path / "s.docx", project, title="Cost")
    paragraphs = [p.text for p in Document(str(docx_path)).paragraphs]
    assert paragraphs[0] == "Cost"
    assert "2 coded segments from 2 documents" in paragraphs
    assert frame["text"][0] in paragraphs
    html_path = export_segments(frame, tmp_path / "s.html", project)
    page = html_path.read_text(encoding="utf-8")
    assert project.document(first).name in page and "Weight 80" in page


def test_unknown_format_is_refused(coded, tmp_path) -> None:
    project = coded[0]
    with pytest.raises(QdaError, match="xlsx"):
        export_segments(retrieve_segments(project), tmp_path / "s.pdf", project)
    assert not (tmp_path / "s.pdf").exists()


def test_detect_type() -> None:
    assert detect_type([1, 2, None]) == "integer"
    assert detect_type([1, 2.5]) == "float"
    assert detect_type([dt.datetime(2024, 1, 2), "2024-02-03"]) == "date"
    assert detect_type([True, "no"]) == "boolean"
    assert detect_type(["a", 3]) == "text"
    assert detect_type([None, ""]) == "text"


def test_variables_round_trip_through_xlsx_as_one_undoable_operation(coded, tmp_path) -> None:
    from openpyxl import Workbook

    project, first, second, _ = coded
    names = {first: project.document(first).name, second: project.document(second).name}
    book = Workbook()
    sheet = book.active
    sheet.append(["Document", "Age", "Score", "Interviewed", "Consent", "Site"])
    sheet.append([names[first], 34, 2.5, dt.datetime(2024, 3, 1), True, "North"])
    sheet.append([names[second], 51, 3, dt.datetime(2024, 3, 9), False, "South"])
    sheet.append(["not a document", 1, 1, None, None, None])
    path = tmp_path / "vars.xlsx"
    book.save(path)

    operation = import_variables_xlsx(project, path)
    assert operation.result["unknown"] == ["not a document"]
    types = {v.name: v.type for v in project.variables()}
    assert types == {
        "Age": "integer",
        "Score": "float",
        "Interviewed": "date",
        "Consent": "boolean",
        "Site": "text",
    }
    values = project.document_values()
    assert values[first] == {
        "Age": 34,
        "Score": 2.5,
        "Interviewed": "2024-03-01",
        "Consent": True,
        "Site": "North",
    }
    out = export_variables_xlsx(project, tmp_path / "out.xlsx")
    project.undo(operation)
    assert project.variables() == [] and project.document_values() == {}

    again = import_variables_xlsx(project, out)  # what was exported imports back the same
    assert {v.name: v.type for v in project.variables()} == types
    assert project.document_values()[second]["Interviewed"] == "2024-03-09"
    assert again.result["documents"] == 2


def test_bad_value_for_existing_variable_changes_nothing(coded, tmp_path) -> None:
    from openpyxl import Workbook

    project, first, _, _ = coded
    project.add_variable("Age", "integer")
    book = Workbook()
    book.active.append(["Document", "Age", "Site"])
    book.active.append([project.document(first).name, "old", "North"])
    book.save(tmp_path / "bad.xlsx")
    with pytest.raises(QdaError, match="Age"):
        import_variables_xlsx(project, tmp_path / "bad.xlsx")
    assert [v.name for v in project.variables()] == ["Age"]
    assert project.document_values() == {}
