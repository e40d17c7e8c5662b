"""Activation by variables: the formula language, and named activation sets."""

from __future__ import annotations

import re

import pytest

from qdadesk.core.analysis.activation import (
    Activation,
    activate_by_formula,
    load_activation,
    save_activation,
    saved_activation_names,
)
from qdadesk.core.analysis.formula import documents_matching, parse_formula
from qdadesk.core.analysis.retrieval import retrieve_segments
from qdadesk.core.errors import QdaError


@pytest.fixture
def people(tmp_project, add_text):
    project = tmp_project
    project.db.execute("PRAGMA synchronous=OFF")  # many small commits; no need to sync
    rows = [
        ("ana", "developer", 45, "2021-03-01", True, 1.5),
        ("budi", "Developer", 38, "2021-02-28", False, 2.0),
        ("cem", "designer", 52, "2022-01-10", True, None),
        ("dora", None, None, None, None, None),
    ]
    ids = {}
    for name, role, age, date, remote, score in rows:
        doc = add_text(f"text of {name}", name)
        ids[name] = doc
        project.set_document_value(doc, "role", role, "text")
        project.set_document_value(doc, "age", age, "integer")
        project.set_document_value(doc, "interview date", date, "date")
        project.set_document_value(doc, "remote", remote, "boolean")
        project.set_document_value(doc, "score", score, "float")
    return project, ids


def names(project, ids, formula):
    by_id = {v: k for k, v in ids.items()}
    return [by_id[i] for i in documents_matching(project, formula)]


FORMULAS = [
    ('role = "developer"', ["ana", "budi"]),  # text compares without case
    ("role = developer and age >= 40", ["ana"]),
    ('role = "developer" or age > 50', ["ana", "budi", "cem"]),
    ("not role = designer", ["ana", "budi", "dora"]),
    ("role != designer", ["ana", "budi"]),  # no value matches no comparison
    ("age < 40", ["budi"]),
    ("age <= 45 and age >= 45", ["ana"]),
    ("age in (38, 52)", ["budi", "cem"]),
    ("age not in (38, 52)", ["ana"]),
    ("role in ('designer', 'x')", ["cem"]),
    ("`interview date` >= 2021-03-01", ["ana", "cem"]),
    ("`interview date` < '2021-03-01'", ["budi"]),
    ("remote = true", ["ana", "cem"]),
    ("remote = no", ["budi"]),
    ("score > 1.7", ["budi"]),
    ("role is empty", ["dora"]),
    ("age is not empty AND (ROLE = designer OR age < 40)", ["budi", "cem"]),
    ("AGE == 45", ["ana"]),
    ("age <> 45", ["budi", "cem"]),
]
ERRORS = [
    ("", "empty"),
    ("age >=", "expected a value at the end"),
    ("age 45", "expected a comparison"),
    ("(age > 1", "')' is missing"),
    ("age > 1 age", "unexpected 'age' at position 9"),
    ("height > 3", "no variable called 'height'"),
    ("age > 'old'", "not a valid integer value"),
    ("`interview date` > 2021-13-40", "not a valid date"),
    ("age ~ 3", "cannot read"),
    ("age in 3", "expected '(' after 'in'"),
]


def test_formulas_and_their_errors(people):
    project, ids = people
    for formula, expected in FORMULAS:
        assert names(project, ids, formula) == expected, formula
    for formula, message in ERRORS:
        with pytest.raises(QdaError, match=re.escape(message)):
            documents_matching(project, formula)


def test_parse_tree():
    assert parse_formula("a = 1 and not b in (2, 'x')") == (
        "and",
        ("cmp", "a", "=", 1),
        ("not", ("in", "b", [2, "x"], False)),
    )


def test_activation_filters_retrieval(people):
    project, ids = people
    code = project.add_code_path("C").result
    for doc in ids.values():
        project.add_coding(doc, code, 0, 4, weight=50 if doc == ids["ana"] else 10)
    activation = activate_by_formula(project, "age >= 40")
    frame = retrieve_segments(project, activation)
    assert frame.document.tolist() == ["ana", "cem"]
    heavy = retrieve_segments(project, activation.with_weights(40, 100))
    assert heavy.document.tolist() == ["ana"]
    nobody = retrieve_segments(project, activation.with_coders({"someone else"}))
    assert nobody.empty


def test_saved_activation_sets_recall_and_follow_formula(people):
    project, ids = people
    code = project.add_code_path("C").result
    activation = activate_by_formula(project, "age >= 40", Activation(code_ids=frozenset({code})))
    save_activation(project, "Older", activation.with_weights(10, 90))
    save_activation(project, "By hand", Activation(document_ids=frozenset({ids["dora"]})))
    assert saved_activation_names(project) == ["By hand", "Older"]
    recalled = load_activation(project, "Older")
    assert recalled.document_ids == frozenset({ids["ana"], ids["cem"]})
    assert recalled.code_ids == frozenset({code})
    assert (recalled.min_weight, recalled.max_weight) == (10, 90)
    project.set_document_value(ids["budi"], "age", 60)
    assert ids["budi"] in load_activation(project, "Older").document_ids
    assert load_activation(project, "By hand").document_ids == frozenset({ids["dora"]})
    with pytest.raises(QdaError):
        load_activation(project, "missing")
