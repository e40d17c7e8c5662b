"""Intercoder agreement on small examples worked out by hand (the user guide's example)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qdadesk.core import Project
from qdadesk.core.analysis.agreement import intercoder_agreement, paragraphs_of
from qdadesk.core.errors import QdaError
from qdadesk.core.importers.document import ImportedDocument

TEXT = "Cost is high.\nWe like the staff.\n\nParking is hard."


@pytest.fixture
def project(tmp_path: Path):
    project = Project.create(tmp_path / "worked.qdadesk")
    doc = project.add_document(ImportedDocument("Interview", TEXT)).result
    cost = project.add_code_path("Cost").result
    staff = project.add_code_path("Staff").result
    project.add_coding(doc, cost, 0, 13, coder="Ann")
    project.add_coding(doc, staff, 14, 32, coder="Ann")
    project.add_coding(doc, cost, 34, 50, coder="Ann")
    project.add_coding(doc, cost, 0, 12, coder="Ben")
    project.add_coding(doc, staff, 17, 32, coder="Ben")
    yield project
    project.close()


def test_paragraphs_are_non_empty_runs_between_newlines() -> None:
    assert paragraphs_of(TEXT) == [(0, 13), (14, 32), (34, 50)]
    assert paragraphs_of("\n\na\n \n") == [(2, 3), (4, 5)]
    assert paragraphs_of("") == []


def test_segment_level(project: Project) -> None:
    result = intercoder_agreement(project, "Ann", "Ben", level="segment")
    codes = result.codes.set_index("code")
    assert codes.loc["Cost", ["agree", "disagree"]].tolist() == [2, 1]
    assert codes.loc["Staff", ["agree", "disagree"]].tolist() == [0, 2]
    assert codes.loc["Cost", "percent"] == pytest.approx(200 / 3)
    assert codes.loc["Staff", "percent"] == 0
    assert result.percent == pytest.approx(40)
    assert result.kappa_brennan_prediger == pytest.approx(-0.2)
    assert result.disagreements[["coder", "code", "start", "end", "text"]].values.tolist() == [
        ["Ann", "Staff", 14, 32, "We like the staff."],
        ["Ben", "Staff", 17, 32, "like the staff."],
        ["Ann", "Cost", 34, 50, "Parking is hard."],
    ]


def test_threshold_changes_the_verdict(project: Project) -> None:
    # Staff: 15 of 18 characters shared = 83.3 %.
    result = intercoder_agreement(project, "Ann", "Ben", level="segment", overlap=80)
    assert result.codes.set_index("code").loc["Staff", "agree"] == 2
    result = intercoder_agreement(project, "Ann", "Ben", level="segment", overlap=93)
    assert result.codes.set_index("code").loc["Cost", "agree"] == 0


def test_presence_and_frequency(project: Project) -> None:
    presence = intercoder_agreement(project, "Ann", "Ben", level="presence")
    assert presence.percent == 100 and presence.kappa_brennan_prediger == 1
    assert presence.disagreements.empty
    frequency = intercoder_agreement(project, "Ann", "Ben", level="frequency")
    assert frequency.codes.values.tolist() == [["Cost", 0, 1, 0.0], ["Staff", 1, 0, 100.0]]
    assert frequency.percent == 50 and frequency.kappa_brennan_prediger == 0
    # A frequency disagreement lists every segment of that code in that document.
    assert len(frequency.disagreements) == 3


def test_paragraph_statistics(project: Project) -> None:
    p = intercoder_agreement(project, "Ann", "Ben").paragraphs
    assert p.units == 6
    assert p.percent == pytest.approx(500 / 6)
    assert p.cohen_kappa == pytest.approx(2 / 3)
    assert p.krippendorff_alpha == pytest.approx(1 - 22 / 70)
    codes = p.codes.set_index("code")
    assert codes.loc["Cost", "cohen_kappa"] == pytest.approx(0.4)
    assert codes.loc["Cost", "krippendorff_alpha"] == pytest.approx(1 - 10 / 18)
    assert codes.loc["Staff", "cohen_kappa"] == 1 and codes.loc["Staff", "percent"] == 100


def test_undefined_figures_are_none(tmp_path: Path) -> None:
    project = Project.create(tmp_path / "u.qdadesk")
    doc = project.add_document(ImportedDocument("D", "one\ntwo")).result
    code = project.add_code_path("Only").result
    project.add_coding(doc, code, 0, 7, coder="Ann")
    project.add_coding(doc, code, 0, 7, coder="Ben")
    result = intercoder_agreement(project, "Ann", "Ben")
    assert result.percent == 100 and result.kappa_brennan_prediger is None  # k = 1
    p = result.paragraphs
    assert p.percent == 100 and p.cohen_kappa is None and p.krippendorff_alpha is None
    assert result.to_dict()["paragraphs"]["codes"] == [
        {"code": "Only", "percent": 100.0, "cohen_kappa": None, "krippendorff_alpha": None}
    ]
    project.close()


def test_chosen_codes_with_subcodes_merged(tmp_path: Path) -> None:
    project = Project.create(tmp_path / "s.qdadesk")
    doc = project.add_document(ImportedDocument("D", "abcdefghij\nklmnop")).result
    child = project.add_code_path("Parent\\Child").result
    parent = project.find_code("Parent").id
    unused = project.add_code_path("Unused").result
    project.add_coding(doc, child, 0, 10, coder="Ann")
    project.add_coding(doc, parent, 0, 10, coder="Ben")
    assert unused
    merged = intercoder_agreement(
        project, "Ann", "Ben", code_paths=["Parent", "Unused"], include_subcodes=True
    )
    assert merged.codes.values.tolist() == [["Parent", 2, 0, 100.0], ["Unused", 0, 0, None]]
    assert merged.kappa_brennan_prediger == 1  # k = 2 chosen codes
    apart = intercoder_agreement(project, "Ann", "Ben", code_paths=["Parent"])
    assert apart.codes.values.tolist() == [["Parent", 0, 1, 0.0]]
    everything = intercoder_agreement(project, "Ann", "Ben")
    assert everything.codes["code"].tolist() == ["Parent", "Parent\\Child"]
    project.close()


def test_bad_input_is_refused(project: Project) -> None:
    with pytest.raises(QdaError):
        intercoder_agreement(project, "Ann", "Ann")
    with pytest.raises(QdaError):
        intercoder_agreement(project, "Ann", "Ben", level="words")
    with pytest.raises(QdaError):
        intercoder_agreement(project, "Ann", "Ben", overlap=0)


def test_other_project_matched_by_guid_then_text(tmp_path: Path, project: Project) -> None:
    other = Project.create(tmp_path / "other.qdadesk")
    # Same text, new GUID: matched by text. Codes: matched by path.
    doc = other.add_document(ImportedDocument("Renamed", TEXT)).result
    other.add_document(ImportedDocument("Extra", "not in the first file"))
    cost = other.add_code_path("Cost").result
    staff = other.add_code_path("Staff").result
    other.add_coding(doc, cost, 0, 12, coder="Ben")
    other.add_coding(doc, staff, 17, 32, coder="Ben")
    across = intercoder_agreement(project, "Ann", "Ben", other=other)
    within = intercoder_agreement(project, "Ann", "Ben")
    assert across.to_dict() == within.to_dict()
    assert across.unmatched_documents == []
    other.close()


def test_other_project_matches_codes_by_guid_first(tmp_path: Path, project: Project) -> None:
    """A copy of the file where Ben renamed a code and a document still lines up: same
    GUIDs. A document with no identical text in the other file is left out, not misread."""
    import shutil

    within = intercoder_agreement(project, "Ann", "Ben").to_dict()
    shutil.copy(project.path, tmp_path / "copy.qdadesk")
    with Project.open(tmp_path / "copy.qdadesk") as copy:
        copy.rename_code(copy.find_code("Cost").id, "Costs")
        copy.rename_document(copy.find_document("Interview").id, "Talk")
        across = intercoder_agreement(project, "Ann", "Ben", other=copy)
    assert across.to_dict() == within
    assert across.codes["code"].tolist() == ["Cost", "Staff"]

    changed = Project.create(tmp_path / "changed.qdadesk")
    changed.add_document(ImportedDocument("Interview", TEXT + " More."))
    result = intercoder_agreement(project, "Ann", "Ben", other=changed)
    assert result.unmatched_documents == ["Interview"]
    assert result.paragraphs.units == 0 and result.percent is None
    changed.close()
