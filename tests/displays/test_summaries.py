"""Summary Grid, Summary Tables, searching summaries, quote matrix, and their exports."""

from __future__ import annotations

import docx
import openpyxl
import pytest

from qdadesk.core.analysis.activation import ALL, Activation
from qdadesk.core.analysis.quote_matrix import quote_matrix, strongest
from qdadesk.core.analysis.summaries import (
    grid_cell_segments,
    search_summaries,
    summary_for,
    summary_grid,
    summary_table,
)
from qdadesk.core.errors import QdaError
from qdadesk.core.exporters.tables_docx import (
    write_quote_matrix_docx,
    write_summary_table_docx,
)
from qdadesk.core.exporters.tables_xlsx import write_frame_xlsx


def test_summary_grid_cell_and_undo(small_project):
    p, ids, codes = small_project, small_project.ids, small_project.code_ids
    table, summarised = summary_grid(p)
    assert (codes["Barriers\\Cost"], ids["Anna"]) in summarised
    assert table.values.at[codes["Barriers\\Cost"], "Anna"] == 1
    segments = grid_cell_segments(p, ALL, codes["Barriers\\Speed"], ids["Anna"])
    assert list(segments["start"]) == [0, 47]
    operation = p.set_summary(codes["Barriers\\Speed"], "Slow forms.", document_id=ids["Anna"])
    assert summary_for(p, codes["Barriers\\Speed"], document_id=ids["Anna"]).text == "Slow forms."
    p.undo(operation)
    assert summary_for(p, codes["Barriers\\Speed"], document_id=ids["Anna"]) is None


def test_summary_table_rows_variables_and_ratings(small_project):
    p, codes = small_project, small_project.code_ids
    frame = summary_table(
        p, [codes["Barriers\\Cost"], codes["Trust\\Privacy"]], variables=["role"], ratings=True
    )
    assert list(frame.columns) == ["document", "role", "Barriers\\Cost", "Trust\\Privacy"]
    anna = frame[frame["document"] == "Anna"].iloc[0]
    assert anna["Barriers\\Cost"] == "Cost worries the office. [3]"
    assert anna["role"] == "city IT"
    only_ben = summary_table(
        p, [codes["Trust\\Privacy"]], activation=Activation(document_ids=frozenset([p.ids["Ben"]]))
    )
    assert list(only_ben["document"]) == ["Ben"]
    case_id = p.cases()[0].id
    p.set_summary(codes["Trust"], "Trust is fragile.", case_id=case_id, rating="low")
    cases = summary_table(p, [codes["Trust"]], rows="cases")
    assert list(cases.iloc[0]) == ["Team B", "Trust is fragile."]
    with pytest.raises(QdaError):
        summary_table(p, [codes["Trust"]], variables=["nope"])
    with pytest.raises(QdaError):
        summary_table(p, [codes["Trust"]], rows="groups")


def test_search_summaries(small_project):
    found = search_summaries(small_project, "BUDGET")
    assert list(found["document"]) == ["Cleo"]
    assert list(found["text"]) == ["Budget cuts hurt them."]
    assert len(search_summaries(small_project, "5")) == 1  # ratings are searched too
    assert len(search_summaries(small_project, "")) == 3


def test_summary_table_exports(small_project, tmp_path):
    p, codes = small_project, small_project.code_ids
    frame = summary_table(p, [codes["Barriers\\Cost"], codes["Trust\\Privacy"]], variables=["role"])
    write_summary_table_docx(frame, tmp_path / "s.docx", "Summaries")
    table = docx.Document(tmp_path / "s.docx").tables[0]
    assert [c.text for c in table.rows[0].cells] == list(frame.columns)
    texts = {r.cells[0].text: [c.text for c in r.cells] for r in table.rows[1:]}
    assert texts["Cleo"][2] == "Budget cuts hurt them."
    write_frame_xlsx(frame, tmp_path / "s.xlsx", "Summaries")
    sheet = openpyxl.load_workbook(tmp_path / "s.xlsx").active
    assert [c.value for c in sheet[1]] == list(frame.columns)
    rows = {r[0].value: [c.value for c in r] for r in sheet.iter_rows(min_row=2)}
    assert rows["Cleo"][2] == "Budget cuts hurt them."
    assert rows["Dan"][1] is None  # no value stays an empty cell


def test_quote_matrix(small_project, tmp_path):
    p, codes = small_project, small_project.code_ids
    matrix = quote_matrix(p, ALL, "groups")
    quotes = matrix.cell(codes["Trust\\Privacy"], "Developers")
    assert [q.text for q in quotes] == ["Privacy matters", "Privacy too."]
    assert quotes[0].source == "Ben, ¶ 2"
    aggregated = quote_matrix(p, ALL, "variable:role", include_subcodes=True)
    assert len(aggregated.cell(codes["Barriers"], "city IT")) == 4
    assert strongest(aggregated.cell(codes["Barriers"], "city IT")).text == "Cost is a worry"
    write_quote_matrix_docx(matrix, tmp_path / "q.docx", "Quotes")
    table = docx.Document(tmp_path / "q.docx").tables[0]
    row = next(r for r in table.rows if r.cells[0].text == "Trust\\Privacy")
    developers = [c.text for c in table.rows[0].cells].index("Developers")
    assert "\u201cPrivacy matters\u201d" in row.cells[developers].text
    assert "Ben, ¶ 2" in row.cells[developers].text
