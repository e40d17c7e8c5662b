"""A small project with nested codes, overlapping and adjacent segments, two coders, groups,
variables, a case and summaries, shared by the display tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qdadesk.core import Project
from qdadesk.core.importers.document import ImportedDocument

TEXTS = {
    "Anna": "We need faster forms.\nThe city office is slow.\nCost is a worry for us.\nEnd.",
    "Ben": "Apps crash a lot.\nPrivacy matters to me.\nThe ministry sets rules.",
    "Cleo": "Budget cuts hurt.\nForms are confusing and slow.\nTrust is low.\nPrivacy too.",
    "Dan": "Nothing coded here at all.",
}


def build_project(path: Path) -> Project:
    """The shared test project (see module doc); returns it open."""
    project = Project.create(path)
    ids = {}
    it = project.add_group("IT office").result
    dev = project.add_group("Developers").result
    sub = project.add_group("Juniors", parent_id=dev).result
    for name, text in TEXTS.items():
        group = {"Anna": it, "Ben": dev, "Cleo": sub, "Dan": None}[name]
        ids[name] = project.add_document(ImportedDocument(name, text), group_id=group).result
    codes = {}
    for path_ in ["Barriers", "Barriers\\Cost", "Barriers\\Speed", "Barriers\\Speed\\Forms",
                  "Trust", "Trust\\Privacy", "Rules"]:
        codes[path_] = project.add_code_path(path_).result

    def code(doc: str, path_: str, start: int, end: int, weight: int = 0, coder: str | None = None):
        return project.add_coding(ids[doc], codes[path_], start, end, weight=weight,
                                  coder=coder).result

    a = TEXTS["Anna"]
    code("Anna", "Barriers\\Speed\\Forms", 0, 21, 80)
    code("Anna", "Barriers\\Speed", 0, 46, 50)            # contains the Forms segment
    code("Anna", "Barriers\\Speed", a.index("Cost"), a.index("Cost") + 4, 10, "bob")
    code("Anna", "Barriers\\Cost", a.index("Cost"), a.index(" for us"), 90)   # overlaps Speed
    code("Anna", "Rules", a.index(" for us"), len(a) - 5, 20)                  # adjacent to Cost
    b = TEXTS["Ben"]
    code("Ben", "Trust\\Privacy", b.index("Privacy"), b.index(" to me"), 70, "bob")
    code("Ben", "Rules", b.index("The ministry"), len(b), 40)
    code("Ben", "Barriers\\Speed", 0, 17, 30)
    c = TEXTS["Cleo"]
    code("Cleo", "Barriers\\Cost", 0, 16, 60)
    code("Cleo", "Barriers\\Speed\\Forms", c.index("Forms"), c.index(" and"), 55)
    code("Cleo", "Barriers\\Speed", c.index("Forms"), c.index("slow") + 4, 65)
    code("Cleo", "Trust", c.index("Trust"), c.index("Trust") + 12, 100, "bob")
    code("Cleo", "Trust\\Privacy", c.index("Privacy"), len(c), 45)
    project.set_document_value(ids["Anna"], "role", "city IT")
    project.set_document_value(ids["Ben"], "role", "developer")
    project.set_document_value(ids["Cleo"], "role", "developer")
    project.set_document_value(ids["Anna"], "date", "2023-01-15", "date")
    project.set_document_value(ids["Ben"], "date", "2023-05-02", "date")
    project.set_document_value(ids["Cleo"], "date", "2024-02-20", "date")
    project.set_document_value(ids["Anna"], "age", 51, "integer")
    project.set_document_value(ids["Ben"], "age", 29, "integer")
    project.set_document_value(ids["Cleo"], "age", 35, "integer")
    project.set_summary(codes["Barriers\\Cost"], "Cost worries the office.",
                        document_id=ids["Anna"], rating="3")
    project.set_summary(codes["Barriers\\Cost"], "Budget cuts hurt them.",
                        document_id=ids["Cleo"], rating="5")
    project.set_summary(codes["Trust\\Privacy"], "Privacy matters.", document_id=ids["Ben"],
                        rating="2")
    case = project.add_case("Team B").result
    project.add_case_member(case, ids["Ben"])
    project.add_case_member(case, ids["Cleo"])
    project.ids = ids  # type: ignore[attr-defined]
    project.code_ids = codes  # type: ignore[attr-defined]
    return project


@pytest.fixture
def small_project(tmp_path: Path) -> Iterator[Project]:
    project = build_project(tmp_path / "small.qdadesk")
    yield project
    project.close()
