"""Code matrix, crosstab and frequencies against brute-force counts over the raw codings."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

import pytest
from displays_fixtures import brute_counts, random_activation, random_project
from hypothesis import given, settings
from hypothesis import strategies as st

from qdadesk.core.analysis.activation import ALL, Activation
from qdadesk.core.analysis.matrices import (
    cell_segments,
    code_frequencies,
    code_matrix,
    crosstab,
    scoped_activation,
)
from qdadesk.core.errors import QdaError


# -- property tests ------------------------------------------------------------------------
@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 10**6), include_subcodes=st.booleans())
def test_code_matrix_matches_brute_force(seed, include_subcodes):
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as folder:
        project = random_project(Path(folder) / "p.qdadesk", seed)
        try:
            activation = random_activation(project, rng)
            shown, counts = brute_counts(project, activation, include_subcodes)
            documents = [
                d.id
                for d in project.documents()
                if activation.document_ids is None or d.id in activation.document_ids
            ]
            table = code_matrix(project, activation, "documents", "count", include_subcodes)
            assert list(table.codes.index) == shown
            names = {d.id: d.name for d in project.documents()}
            assert list(table.values.columns) == [names[d] for d in documents]
            for row in shown:
                for document in documents:
                    assert table.values.at[row, names[document]] == counts.get((row, document), 0)
            presence = code_matrix(project, activation, "documents", "presence", include_subcodes)
            for row in shown:
                for document in documents:
                    expected = int(counts.get((row, document), 0) > 0)
                    assert presence.values.at[row, names[document]] == expected
            # Row percentages: each non-empty row adds up to 100.
            percent = code_matrix(project, activation, "documents", "row-percent", include_subcodes)
            for row in shown:
                total = sum(counts.get((row, d), 0) for d in documents)
                for document in documents:
                    expected = 100.0 * counts.get((row, document), 0) / total if total else 0.0
                    assert percent.values.at[row, names[document]] == pytest.approx(expected)
            # Groups: a group holds its subgroups' documents.
            groups = code_matrix(project, activation, "groups", "count", include_subcodes)
            for column in groups.columns:
                for row in shown:
                    expected = sum(counts.get((row, d), 0) for d in column.document_ids)
                    assert groups.values.at[row, column.label] == expected
            # Frequencies agree with the matrix.
            frequencies = code_frequencies(project, activation, include_subcodes)
            for row in shown:
                assert frequencies.at[row, "segments"] == sum(
                    counts.get((row, d), 0) for d in documents
                )
                assert frequencies.at[row, "documents"] == sum(
                    1 for d in documents if counts.get((row, d), 0)
                )
        finally:
            project.close()


def test_matrix_columns_and_totals(small_project):
    p = small_project
    codes = p.code_ids
    table = code_matrix(p, ALL, "groups", "count")
    labels = [c.label for c in table.columns]
    assert labels == ["IT office", "Developers", "Developers\\Juniors", "(no group)"]
    # Developers holds Ben and Cleo (Juniors is its subgroup).
    assert table.values.at[codes["Trust\\Privacy"], "Developers"] == 2
    assert table.values.at[codes["Trust\\Privacy"], "Developers\\Juniors"] == 1
    # Row total counts each segment once even though Juniors is inside Developers.
    assert table.row_totals[codes["Trust\\Privacy"]] == 2
    assert table.grand_total == 13
    frame = table.labelled(totals=True)
    assert list(frame.columns)[0] == "code"
    assert frame.iloc[-1]["code"] == "Total"
    assert "Total" in frame.columns
    # Aggregated subcodes: Barriers holds Cost, Speed and Forms.
    aggregated = code_matrix(p, ALL, "documents", "count", include_subcodes=True)
    assert aggregated.values.at[codes["Barriers"], "Anna"] == 4
    assert aggregated.values.at[codes["Barriers\\Speed"], "Cleo"] == 2
    # Column percent: a column's cells over its segments (each once).
    percent = code_matrix(p, ALL, "documents", "column-percent")
    assert percent.values.at[codes["Barriers\\Speed"], "Anna"] == pytest.approx(40.0)


def test_matrix_by_variable_and_cell_segments(small_project):
    p = small_project
    codes = p.code_ids
    table = code_matrix(p, ALL, "variable:role", "count")
    assert [c.label for c in table.columns] == ["city IT", "developer", "(no value)"]
    assert table.values.at[codes["Barriers\\Speed"], "developer"] == 2
    segments = cell_segments(p, table, codes["Barriers\\Speed"], "developer")
    assert sorted(segments["document"]) == ["Ben", "Cleo"]
    aggregated = code_matrix(p, ALL, "variable:role", "count", include_subcodes=True)
    segments = cell_segments(p, aggregated, codes["Barriers"], "city IT")
    assert len(segments) == 4 == aggregated.values.at[codes["Barriers"], "city IT"]


def test_only_activated_switches(small_project):
    p = small_project
    ids, codes = p.ids, p.code_ids
    activation = Activation(
        document_ids=frozenset([ids["Anna"]]),
        code_ids=frozenset([codes["Barriers"]]),
        include_subcodes=True,
    )
    both = code_matrix(p, scoped_activation(activation, True, True))
    assert [c.label for c in both.columns] == ["Anna"]
    assert set(both.codes["path"]) == {
        "Barriers",
        "Barriers\\Cost",
        "Barriers\\Speed",
        "Barriers\\Speed\\Forms",
    }
    documents_only = code_matrix(p, scoped_activation(activation, True, False))
    assert len(documents_only.codes) == 7
    nothing = code_matrix(p, Activation(document_ids=frozenset(), code_ids=frozenset()))
    assert nothing.values.empty


def test_crosstab(small_project):
    p = small_project
    codes = p.code_ids
    table = crosstab(p, "role")
    assert table.sizes == {"city IT": 1, "developer": 2, "(no value)": 1}
    assert table.segments.at[codes["Trust\\Privacy"], "developer"] == 2
    assert table.documents.at[codes["Trust\\Privacy"], "developer"] == 2
    assert table.percent_documents.at[codes["Barriers\\Cost"], "developer"] == 50.0
    # developer column: 8 segments in all, Speed has 2 of them.
    assert table.percent_segments.at[codes["Barriers\\Speed"], "developer"] == 25.0
    frame = table.labelled()
    assert list(frame.columns[:5]) == [
        "code",
        "city IT: segments",
        "city IT: % segments",
        "city IT: documents",
        "city IT: % documents",
    ]


def test_bad_input(small_project):
    with pytest.raises(QdaError):
        code_matrix(small_project, ALL, "colours")
    with pytest.raises(QdaError):
        code_matrix(small_project, ALL, "documents", "median")
    with pytest.raises(QdaError):
        code_matrix(small_project, ALL, "variable:nope")
