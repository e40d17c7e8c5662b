"""Summary Grid per case (segments of a code in a case, checked against brute force) and the
conceptually clustered matrix (Summary Tables grouped by parent code) with its exports."""

from __future__ import annotations

import random

import docx
import openpyxl
import pytest
from displays_fixtures import passes, random_activation, random_project, shown_codes

from qdadesk.core.analysis.activation import ALL
from qdadesk.core.analysis.displays import (
    DisplayDefinition,
    clustered_definition,
    compute_display,
    subcode_paths,
)
from qdadesk.core.analysis.summaries import (
    HeaderGroup,
    RatedSummary,
    case_cell_segments,
    case_ranges,
    clustered_summary_table,
    summary_for,
    summary_grid,
)
from qdadesk.core.errors import QdaError
from qdadesk.core.exporters.tables_docx import write_clustered_docx, write_display_docx
from qdadesk.core.exporters.tables_xlsx import write_clustered_xlsx, write_displays_xlsx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _add_random_cases(project, rng):
    """Cases of whole documents, of ranges (one or several per document), and of both."""
    documents = [(d.id, len(project.text(d.id))) for d in project.documents()]
    for number in range(rng.randint(1, 4)):
        case = project.add_case(f"K{number}").result
        for document_id, length in rng.sample(documents, rng.randint(0, len(documents))):
            for _ in range(rng.randint(1, 2)):
                if rng.random() < 0.4 or length < 2:
                    project.add_case_member(case, document_id)
                else:
                    start = rng.randrange(0, length - 1)
                    project.add_case_member(
                        case, document_id, start, rng.randint(start + 1, length)
                    )


def _brute_case_codings(project, activation, code_id, case_id):
    """Coding ids of a code in a case, straight from the tables."""
    if code_id not in shown_codes(project, activation):
        return set()
    members = project.db.execute(
        'SELECT document_id, start, "end" FROM case_members WHERE case_id = ?', [case_id]
    ).fetchall()
    found = set()
    for coding in project.codings():
        if coding.code_id != code_id or not passes(project, coding, activation):
            continue
        spans = [(s, e) for d, s, e in members if d == coding.document_id]
        whole = any(s is None for s, _ in spans)
        overlaps = any(s is not None and s < coding.end and coding.start < e for s, e in spans)
        if whole or overlaps:
            found.add(coding.id)
    return found


@pytest.mark.parametrize("seed", range(12))
def test_case_segments_match_brute_force(tmp_path, seed):
    rng = random.Random(1000 + seed)
    project = random_project(tmp_path / f"r{seed}.qdadesk", seed)
    try:
        _add_random_cases(project, rng)
        for activation in (ALL, random_activation(project, rng), random_activation(project, rng)):
            table, _ = summary_grid(project, activation, "cases")
            scoped = activation.document_ids is not None
            for case in project.cases():
                expected_documents = set(case_ranges(project, case.id))
                column = next((c for c in table.columns if c.key == case.id), None)
                if column is None:  # only a case without documents in scope is left out
                    assert scoped or not expected_documents
                for code in project.codes():
                    brute = _brute_case_codings(project, activation, code.id, case.id)
                    frame = case_cell_segments(project, activation, code.id, case.id)
                    assert set(frame["coding_id"]) == brute
                    assert len(frame) == len(brute)
                    if column is not None and code.id in table.values.index:
                        assert table.values.at[code.id, column.label] == len(brute)
                    elif brute:
                        raise AssertionError("segments in a case the grid does not show")
    finally:
        project.close()


def test_case_ranges_whole_document_wins(small_project):
    p, ids, codes = small_project, small_project.ids, small_project.code_ids
    case = p.add_case("Parts").result
    cleo = p.text(ids["Cleo"])
    p.add_case_member(case, ids["Cleo"], cleo.index("Trust"), len(cleo))  # lines 3-4
    p.add_case_member(case, ids["Anna"], 0, 5)
    p.add_case_member(case, ids["Anna"])  # and the whole of Anna after all
    ranges = case_ranges(p, case)
    assert ranges[ids["Anna"]] is None
    assert ranges[ids["Cleo"]] == [(cleo.index("Trust"), len(cleo))]
    privacy = case_cell_segments(p, ALL, codes["Trust\\Privacy"], case)
    assert list(privacy["text"]) == ["Privacy too."]
    # "Budget cuts hurt." is Cleo's, but outside the case's range.
    assert case_cell_segments(p, ALL, codes["Barriers\\Cost"], case)["document"].tolist() == [
        "Anna"
    ]
    table, summarised = summary_grid(p, ALL, "cases")
    assert [c.label for c in table.columns] == ["Team B", "Parts"]
    assert table.values.at[codes["Barriers\\Speed"], "Parts"] == 2  # Anna's two, not Cleo's
    assert summarised == set()
    operation = p.set_summary(codes["Trust"], "Low trust.", case_id=case, rating="weak")
    assert summary_grid(p, ALL, "cases")[1] == {(codes["Trust"], case)}
    p.undo(operation)
    assert summary_for(p, codes["Trust"], case_id=case) is None
    with pytest.raises(QdaError):
        summary_grid(p, ALL, "groups")


def _clustered_project(p):
    codes, ids = p.code_ids, p.ids
    p.set_summary(codes["Barriers\\Speed"], "Forms are slow.", document_id=ids["Anna"])
    p.set_summary(codes["Rules"], "Ministry rules.", document_id=ids["Ben"], rating="strict")
    p.set_summary(
        codes["Barriers\\Cost"], "Cuts.\nHurts the team.", document_id=ids["Cleo"], rating="high"
    )
    # Chosen out of order on purpose: the two Barriers subcodes must end up side by side.
    return [
        codes["Barriers\\Cost"],
        codes["Trust\\Privacy"],
        codes["Rules"],
        codes["Barriers\\Speed"],
    ]


def test_clustered_summary_table(small_project):
    p = small_project
    chosen = _clustered_project(p)
    matrix = clustered_summary_table(p, chosen, variables=["role"])
    assert matrix.header_labels == ["Document", "role", "Cost", "Speed", "Privacy", "Rules"]
    assert matrix.header_groups == [
        HeaderGroup(None, 1),
        HeaderGroup(None, 1),
        HeaderGroup("Barriers", 2),
        HeaderGroup("Trust", 1),
        HeaderGroup(None, 1),
    ]
    anna = matrix.frame.set_index("document").loc["Anna"]
    assert anna["Barriers\\Cost"] == RatedSummary("Cost worries the office.", "3")
    assert str(anna["Barriers\\Cost"]) == "3 \u2014 Cost worries the office."
    assert str(anna["Barriers\\Speed"]) == "Forms are slow."  # no rating, no word
    assert anna["Trust\\Privacy"] is None
    text = matrix.text_frame().set_index("document")
    assert text.at["Ben", "Rules"] == "strict \u2014 Ministry rules."
    assert text.at["Dan", "Rules"] == ""
    plain = clustered_summary_table(p, chosen, ratings=False)
    assert str(plain.frame.set_index("document").at["Ben", "Rules"]) == "Ministry rules."
    cases = clustered_summary_table(p, chosen, rows="cases")
    assert cases.header_labels[0] == "Case" and list(cases.frame["case"]) == ["Team B"]
    with pytest.raises(QdaError):
        clustered_summary_table(p, [9999])


def _docx_header(path):
    table = docx.Document(path).tables[0]
    rows = table._tbl.findall(f"{W}tr")
    return table, rows


def test_clustered_docx_has_a_merged_two_row_header(small_project, tmp_path):
    p = small_project
    matrix = clustered_summary_table(p, _clustered_project(p), variables=["role"])
    write_clustered_docx(matrix, tmp_path / "c.docx", "Clustered")
    table, rows = _docx_header(tmp_path / "c.docx")
    upper = rows[0].findall(f"{W}tc")
    lower = rows[1].findall(f"{W}tc")
    assert len(upper) == 5 and len(lower) == 6  # "Barriers" is one cell over two columns
    span = upper[2].find(f"{W}tcPr/{W}gridSpan")
    assert span is not None and span.get(f"{W}val") == "2"
    assert upper[0].find(f"{W}tcPr/{W}vMerge").get(f"{W}val") == "restart"
    assert lower[0].find(f"{W}tcPr/{W}vMerge").get(f"{W}val") is None  # continues
    for row in rows[:2]:
        assert row.find(f"{W}trPr/{W}tblHeader") is not None  # repeated on every page
    assert [c.text for c in table.rows[0].cells] == [
        "Document",
        "role",
        "Barriers",
        "Barriers",
        "Trust",
        "Rules",
    ]
    assert [c.text for c in table.rows[1].cells][2:] == ["Cost", "Speed", "Privacy", "Rules"]
    body = {r.cells[0].text: r.cells for r in table.rows[2:]}
    assert set(body) == {"Dan", "Anna", "Ben", "Cleo"}
    cell = body["Cleo"][2]
    assert cell.text == "high \u2014 Cuts.\nHurts the team."
    runs = cell.paragraphs[0].runs
    assert runs[0].text == "high" and runs[0].bold  # the evaluative word in bold
    assert not runs[1].bold
    assert body["Anna"][3].text == "Forms are slow."
    assert body["Ben"][1].text == "developer"


def test_clustered_xlsx_has_merged_header_cells(small_project, tmp_path):
    p = small_project
    matrix = clustered_summary_table(p, _clustered_project(p), variables=["role"])
    write_clustered_xlsx(matrix, tmp_path / "c.xlsx", "Clustered")
    sheet = openpyxl.load_workbook(tmp_path / "c.xlsx").active
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert merged == {"A1:A2", "B1:B2", "C1:D1", "F1:F2"}
    assert [c.value for c in sheet[1]] == ["Document", "role", "Barriers", None, "Trust", "Rules"]
    assert [c.value for c in sheet[2]][2:5] == ["Cost", "Speed", "Privacy"]
    rows = {r[0].value: [c.value for c in r] for r in sheet.iter_rows(min_row=3)}
    assert rows["Anna"][2] == "3 \u2014 Cost worries the office."
    assert rows["Ben"][5] == "strict \u2014 Ministry rules."
    assert rows["Dan"][2] is None
    assert sheet.freeze_panes == "B3"


def test_clustered_display_definition_and_exports(small_project, tmp_path):
    p = small_project
    _clustered_project(p)
    definition = clustered_definition(codes=subcode_paths(p))
    result = compute_display(p, definition)
    assert result.header_labels == ["Document", "Cost", "Speed", "Forms", "Privacy"]
    assert [(g.label, g.span) for g in result.header_groups] == [
        (None, 1),
        ("Barriers", 2),
        ("Barriers\\Speed", 1),
        ("Trust", 1),
    ]
    cleo = result.cells.loc["Cleo"]
    assert cleo["Barriers\\Cost"] == RatedSummary("Cuts.\nHurts the team.", "high")
    assert cleo["Trust\\Privacy"] is None
    write_display_docx(result, tmp_path / "d.docx")
    _, rows = _docx_header(tmp_path / "d.docx")
    assert rows[0].findall(f"{W}tc")[1].find(f"{W}tcPr/{W}gridSpan").get(f"{W}val") == "2"
    write_displays_xlsx([result], tmp_path / "d.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "d.xlsx").active
    assert {str(r) for r in sheet.merged_cells.ranges} == {"A1:A2", "B1:C1"}
    assert sheet["B1"].value == "Barriers" and sheet["D1"].value == "Barriers\\Speed"
    # Case rows: a case's own summary, led by its rating.
    case = p.cases()[0].id
    p.set_summary(p.code_ids["Trust\\Privacy"], "Guarded.", case_id=case, rating="low")
    by_case = compute_display(p, clustered_definition(rows="cases", codes=subcode_paths(p)))
    assert by_case.cells.loc["Team B", "Trust\\Privacy"] == RatedSummary("Guarded.", "low")
    with pytest.raises(QdaError):
        DisplayDefinition(rows="codes", columns="documents", group_columns=True).check()
    # Saved definitions from before the switch still load.
    assert (
        DisplayDefinition.from_json({"rows": "codes", "columns": "groups"}).group_columns is False
    )
