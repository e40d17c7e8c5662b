"""``qdadesk-cli agreement``: the JSON object, tables, XLSX sheets, and two files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qdadesk.cli import main

TEXT = "Cost is high.\nWe like the staff.\n\nParking is hard."


def run(capsysbinary, *args: object) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in args])
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsysbinary.readouterr()
    return code, out.decode("utf-8"), err.decode("utf-8")


@pytest.fixture
def project(tmp_path: Path, capsysbinary) -> Path:
    path = tmp_path / "team.qdadesk"
    source = tmp_path / "Interview.txt"
    source.write_text(TEXT, encoding="utf-8")
    assert run(capsysbinary, "new", path)[0] == 0
    assert run(capsysbinary, "import", path, source)[0] == 0
    for name in ("Cost", "Staff"):
        assert run(capsysbinary, "codes", "add", path, name)[0] == 0
    for coder, code, start, end in [
        ("Ann", "Cost", 0, 13),
        ("Ann", "Staff", 14, 32),
        ("Ann", "Cost", 34, 50),
        ("Ben", "Cost", 0, 12),
        ("Ben", "Staff", 17, 32),
    ]:
        result = run(capsysbinary, "code", path, "Interview", start, end, code, "--coder", coder)
        assert result[0] == 0, result[2]
    return path


def test_json_is_the_issue_object(project: Path, capsysbinary) -> None:
    code, out, err = run(
        capsysbinary, "agreement", project, "--coders", "Ann", "Ben", "--format", "json"
    )
    assert code == 0, err
    data = json.loads(out)
    assert list(data) == [
        "level",
        "coders",
        "overlap",
        "codes",
        "percent",
        "kappa_brennan_prediger",
        "paragraphs",
        "disagreements",
    ]
    assert data["level"] == "segment" and data["coders"] == ["Ann", "Ben"] and data["overlap"] == 90
    assert data["codes"][0] == {
        "code": "Cost",
        "agree": 2,
        "disagree": 1,
        "percent": pytest.approx(66.6667, abs=1e-4),
    }
    assert data["percent"] == pytest.approx(40) and data["kappa_brennan_prediger"] == pytest.approx(
        -0.2
    )
    paragraphs = data["paragraphs"]
    assert list(paragraphs) == ["units", "percent", "cohen_kappa", "krippendorff_alpha", "codes"]
    assert paragraphs["units"] == 6 and paragraphs["cohen_kappa"] == pytest.approx(2 / 3)
    assert list(paragraphs["codes"][0]) == ["code", "percent", "cohen_kappa", "krippendorff_alpha"]
    assert data["disagreements"][0] == {
        "document": "Interview",
        "code": "Staff",
        "coder": "Ann",
        "start": 14,
        "end": 32,
        "text": "We like the staff.",
    }


def test_options(project: Path, capsysbinary) -> None:
    code, out, _ = run(
        capsysbinary,
        "agreement",
        project,
        "--coders",
        "Ann",
        "Ben",
        "--level",
        "frequency",
        "--code",
        "Cost",
        "--document",
        "Interview",
        "--format",
        "json",
    )
    data = json.loads(out)
    assert code == 0 and data["level"] == "frequency"
    assert data["codes"] == [{"code": "Cost", "agree": 0, "disagree": 1, "percent": 0.0}]
    assert data["kappa_brennan_prediger"] is None  # one code in the table
    code, out, _ = run(
        capsysbinary,
        "agreement",
        project,
        "--coders",
        "Ann",
        "Ben",
        "--overlap",
        "80",
        "--format",
        "json",
    )
    assert json.loads(out)["overlap"] == 80 and json.loads(out)["codes"][1]["agree"] == 2
    code, out, _ = run(
        capsysbinary, "agreement", project, "--coders", "Ann", "Ben", "--format", "table"
    )
    assert code == 0 and "Krippendorff" in out and "We like the staff." in out


def test_errors_are_one_line(project: Path, capsysbinary) -> None:
    code, _, err = run(capsysbinary, "agreement", project, "--coders", "Ann", "Ann")
    assert code == 1 and err.count("\n") == 1
    code, _, err = run(
        capsysbinary, "agreement", project, "--coders", "Ann", "Ben", "--format", "xlsx"
    )
    assert code == 1 and "-o" in err
    code, _, err = run(
        capsysbinary, "agreement", project, "--coders", "Ann", "Ben", "--code", "Nope"
    )
    assert code == 1 and "Nope" in err


def test_xlsx_has_every_table_and_the_raw_ratings(
    project: Path, tmp_path: Path, capsysbinary
) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "agreement.xlsx"
    code, _, err = run(
        capsysbinary,
        "agreement",
        project,
        "--coders",
        "Ann",
        "Ben",
        "--format",
        "xlsx",
        "-o",
        target,
    )
    assert code == 0, err
    book = load_workbook(target)
    assert book.sheetnames == [
        "Summary",
        "Codes",
        "Paragraphs by code",
        "Disagreements",
        "Units",
        "Paragraph ratings",
    ]
    ratings = list(book["Paragraph ratings"].values)
    assert ratings[0] == ("document", "paragraph", "start", "end", "code", "Ann", "Ben")
    assert len(ratings) == 1 + 6
    assert ("Interview", 3, 34, 50, "Cost", 1, 0) in ratings
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_other_project_reads_coder_b_there(project: Path, tmp_path: Path, capsysbinary) -> None:
    second = tmp_path / "ben.qdadesk"
    source = tmp_path / "Copy.txt"
    source.write_text(TEXT, encoding="utf-8")
    other_doc = tmp_path / "Other.txt"
    other_doc.write_text("only here", encoding="utf-8")
    assert run(capsysbinary, "new", second)[0] == 0
    assert run(capsysbinary, "import", second, source, other_doc)[0] == 0
    for name in ("Cost", "Staff"):
        assert run(capsysbinary, "codes", "add", second, name)[0] == 0
    run(capsysbinary, "code", second, "Copy", 0, 12, "Cost", "--coder", "Ben")
    run(capsysbinary, "code", second, "Copy", 17, 32, "Staff", "--coder", "Ben")
    extra = tmp_path / "Lonely.txt"
    extra.write_text("nobody else has this", encoding="utf-8")
    run(capsysbinary, "import", project, extra)
    code, across, err = run(
        capsysbinary,
        "agreement",
        project,
        "--coders",
        "Ann",
        "Ben",
        "--other",
        second,
        "--format",
        "json",
    )
    assert code == 0 and "Lonely" in err
    code, within, _ = run(
        capsysbinary,
        "agreement",
        project,
        "--coders",
        "Ann",
        "Ben",
        "--document",
        "Interview",
        "--format",
        "json",
    )
    assert json.loads(across) == json.loads(within)
