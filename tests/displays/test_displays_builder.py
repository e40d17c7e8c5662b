"""Miles & Huberman display builder: definitions, every cell kind, ordering, saving, exports."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

import docx
import openpyxl
import pytest
from displays_fixtures import passes, random_activation, random_project, shown_codes, subtree
from hypothesis import given, settings
from hypothesis import strategies as st

from qdadesk.core.analysis.activation import Activation
from qdadesk.core.analysis.displays import (
    Checked,
    DisplayDefinition,
    Support,
    case_ordered_definition,
    checklist_definition,
    compute_display,
    compute_saved_display,
    display_names,
    load_display,
    period_label,
    role_ordered_definition,
    save_display,
    time_ordered_definition,
    triangulation_definition,
)
from qdadesk.core.analysis.quote_matrix import Quote
from qdadesk.core.errors import QdaError
from qdadesk.core.exporters.tables_docx import write_display_docx
from qdadesk.core.exporters.tables_xlsx import write_displays_xlsx


def test_definition_json_round_trip_and_checks():
    definition = DisplayDefinition(
        rows="variable:role",
        columns="codes",
        cells="quotes",
        codes=["Trust"],
        order_rows="label",
        title="Roles",
    )
    assert DisplayDefinition.from_json(definition.to_json()) == definition
    for bad in (
        {"rows": "documents", "columns": "groups"},
        {"rows": "codes", "columns": "codes"},
        {"cells": "median"},
        {"columns": "period:date:week"},
        {"rows": "colours"},
        {"order_rows": "size"},
        {"colour": "red"},
        {"rows": "groups", "columns": "codes", "cells": "triangulation"},
    ):
        with pytest.raises(QdaError):
            DisplayDefinition.from_json(bad)


def test_count_presence_documents_and_mean_weight(small_project):
    p = small_project
    counts = compute_display(p, DisplayDefinition(rows="codes", columns="groups"))
    assert counts.cells.at["Trust\\Privacy", "Developers"] == 2
    assert counts.cells.at["Barriers\\Speed", "IT office"] == 2
    presence = compute_display(p, DisplayDefinition(columns="documents", cells="presence"))
    assert presence.cells.at["Rules", "Ben"] == 1 and presence.cells.at["Rules", "Cleo"] == 0
    documents = compute_display(
        p, DisplayDefinition(columns="variable:role", cells="documents", include_subcodes=True)
    )
    assert documents.cells.at["Barriers", "developer"] == 2
    weights = compute_display(p, DisplayDefinition(columns="documents", cells="mean-weight"))
    assert weights.cells.at["Barriers\\Speed", "Anna"] == 30.0  # (50 + 10) / 2
    assert weights.cells.at["Barriers\\Speed", "Dan"] is None
    # Segments behind a cell, for double-click.
    assert len(counts.cell_codings[("Trust\\Privacy", "Developers")]) == 2


def test_triangulation_flags_single_source_themes(small_project):
    result = compute_display(small_project, triangulation_definition("variable:role"))
    assert result.extra_columns == ["Supported by", "Note"]
    trust = result.cells.loc["Trust\\Privacy"]
    assert trust["city IT"] is None
    assert isinstance(trust["developer"], Support)
    assert (trust["developer"].segments, trust["developer"].documents) == (2, 2)
    assert trust["developer"].quote.text == "Privacy matters"  # weight 70 beats 45
    assert trust["Supported by"] == 1 and trust["Note"] == "only developer"
    barriers = result.cells.loc["Barriers"]
    assert barriers["Supported by"] == 2 and barriers["Note"] == ""
    assert barriers["city IT"].segments == 4  # subcodes included


def test_checklist_summary_rating_and_quotes(small_project):
    p = small_project
    checklist = compute_display(p, checklist_definition("Barriers"))
    assert checklist.row_labels == ["Barriers\\Cost", "Barriers\\Speed"]
    cell = checklist.cells.at["Barriers\\Cost", "Anna"]
    assert isinstance(cell, Checked) and cell.rating == "3"
    assert cell.quote.text == "Cost is a worry"
    speed = checklist.cells.at["Barriers\\Speed", "Cleo"]  # Speed + Forms, no summary
    assert speed.rating == "weight 60" and speed.quote.weight == 65
    summaries = compute_display(
        p, DisplayDefinition(rows="cases", columns="codes", cells="summary")
    )
    assert summaries.cells.at["Team B", "Barriers\\Cost"] == "Cleo: Budget cuts hurt them."
    quotes = compute_display(p, role_ordered_definition("role"))
    assert quotes.row_labels == ["city IT", "developer", "(no value)"]
    cell = quotes.cells.at["developer", "Rules"]
    assert [q.text for q in cell] == ["The ministry sets rules."]
    assert all(isinstance(q, Quote) for q in cell)
    best = compute_display(p, DisplayDefinition(columns="groups", cells="best-quote"))
    assert best.cells.at["Barriers\\Speed", "Developers"].text == "Forms are confusing and slow"
    ratings = compute_display(p, DisplayDefinition(columns="variable:role", cells="rating"))
    assert ratings.cells.at["Barriers\\Cost", "developer"] == "5"


def test_row_ordering(small_project):
    p = small_project
    by_age = compute_display(
        p, DisplayDefinition(rows="documents", columns="codes", order_rows="variable:age")
    )
    assert by_age.row_labels == ["Ben", "Cleo", "Anna", "Dan"]  # 29, 35, 51, none last
    descending = compute_display(
        p,
        DisplayDefinition(
            rows="documents", columns="codes", order_rows="variable:age", descending=True
        ),
    )
    assert descending.row_labels == ["Anna", "Cleo", "Ben", "Dan"]
    by_weight = compute_display(p, case_ordered_definition("mean-weight", "count"))
    # Mean weight: Cleo 65, Anna 50, Ben 46.7; Dan has no segments.
    assert by_weight.row_labels == ["Cleo", "Anna", "Ben", "Dan"]
    by_rating = compute_display(p, case_ordered_definition("summary-rating", "rating"))
    assert by_rating.row_labels == ["Cleo", "Anna", "Ben", "Dan"]  # 5, 3, 2, none


def test_time_ordered_columns(small_project):
    assert period_label("2023-05-02", "quarter") == "2023-Q2"
    assert period_label("2023-05-02", "month") == "2023-05"
    result = compute_display(small_project, time_ordered_definition("date", "quarter", "count"))
    assert result.column_labels == ["2023-Q1", "2023-Q2", "2024-Q1"]
    assert result.cells.at["Trust\\Privacy", "2024-Q1"] == 1
    years = compute_display(small_project, time_ordered_definition("date", "year", "count"))
    assert years.column_labels == ["2023", "2024"]
    with pytest.raises(QdaError):
        compute_display(small_project, time_ordered_definition("role", "year", "count"))


def test_activation_switches(small_project):
    p = small_project
    activation = Activation(
        document_ids=frozenset([p.ids["Anna"]]), code_ids=frozenset([p.code_ids["Rules"]])
    )
    definition = DisplayDefinition(columns="documents", only_activated_documents=True)
    result = compute_display(p, definition, activation)
    assert result.column_labels == ["Anna"] and len(result.row_labels) == 7
    definition.only_activated_codes = True
    result = compute_display(p, definition, activation)
    assert result.row_labels == ["Rules"]


def test_saved_display_recomputes_after_coding(small_project, tmp_path):
    p = small_project
    save_display(p, "Who says what", DisplayDefinition(columns="variable:role"))
    assert display_names(p) == ["Who says what"]
    assert load_display(p, "Who says what").columns == "variable:role"
    before = compute_saved_display(p, "Who says what")
    assert before.cells.at["Trust", "city IT"] == 0
    p.add_coding(p.ids["Anna"], p.code_ids["Trust"], 0, 5)
    after = compute_saved_display(p, "Who says what")
    assert after.cells.at["Trust", "city IT"] == 1
    stored = p.saved_item("display", "Who says what").definition
    assert "cells" in stored and "Trust" not in str(stored)  # the definition, not numbers


def test_display_exports(small_project, tmp_path):
    result = compute_display(small_project, triangulation_definition("groups"))
    write_display_docx(result, tmp_path / "t.docx")
    document = docx.Document(tmp_path / "t.docx")
    table = document.tables[0]
    header = [c.text for c in table.rows[0].cells]
    assert header[0] == "Code" and header[-2:] == ["Supported by", "Note"]
    row = next(r for r in table.rows if r.cells[0].text == "Trust\\Privacy")
    developers = header.index("Developers")
    assert "Privacy matters" in row.cells[developers].text
    assert "Ben, ¶ 2" in row.cells[developers].text
    assert any(run.italic for p in row.cells[developers].paragraphs for run in p.runs)
    quotes = compute_display(small_project, role_ordered_definition("role"))
    write_displays_xlsx([result, quotes], tmp_path / "t.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "t.xlsx")
    assert workbook.sheetnames == ["Triangulation matrix", "Role-ordered matrix"]
    sheet = workbook["Triangulation matrix"]
    values = {r[0].value: [c.value for c in r] for r in sheet.iter_rows(min_row=2)}
    assert values["Trust\\Privacy"][-2] == 2  # a number, not a formula or text
    assert all(
        not str(c.value).startswith("=")
        for r in sheet.iter_rows()
        for c in r
        if c.value is not None
    )


@settings(max_examples=8, deadline=None)
@given(
    seed=st.integers(0, 10**6),
    include_subcodes=st.booleans(),
    cells=st.sampled_from(["count", "presence", "documents", "mean-weight"]),
)
def test_display_cells_match_brute_force(seed, include_subcodes, cells):
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as folder:
        project = random_project(Path(folder) / "p.qdadesk", seed)
        try:
            activation = random_activation(project, rng)
            definition = DisplayDefinition(
                rows="codes",
                columns="variable:role",
                cells=cells,
                include_subcodes=include_subcodes,
                only_activated_documents=True,
                only_activated_codes=True,
            )
            result = compute_display(project, definition, activation)
            shown = shown_codes(project, activation)
            paths = project.code_paths()
            values = project.document_values()
            documents = [
                d.id
                for d in project.documents()
                if activation.document_ids is None or d.id in activation.document_ids
            ]
            codings = [c for c in project.codings() if passes(project, c, activation)]
            for row in shown:
                members = (subtree(project, row) & set(shown)) if include_subcodes else {row}
                for role in ("a", "b", "c", None):
                    in_role = {d for d in documents if values.get(d, {}).get("role") == role}
                    label = role or "(no value)"
                    if not in_role:
                        assert label not in result.column_labels
                        continue
                    found = [
                        c for c in codings if c.code_id in members and c.document_id in in_role
                    ]
                    expected = {
                        "count": len(found),
                        "presence": int(bool(found)),
                        "documents": len({c.document_id for c in found}),
                        "mean-weight": round(sum(c.weight for c in found) / len(found), 1)
                        if found
                        else None,
                    }[cells]
                    assert result.cells.at[paths[row], label] == expected
        finally:
            project.close()
