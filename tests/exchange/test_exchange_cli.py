"""The exchange commands: import-qdpx, export --format qdpx|qdc, import-codebook."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from qdadesk.cli import main
from qdadesk.core import Project


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_export_and_codebook_commands(
    tmp_path: Path, shared_dir: Path, corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample = shared_dir / "refi-qda/samples/qc-1.3.2-demo.qdpx"
    project = tmp_path / "qc.qdadesk"
    code, out, _ = run(capsys, "import-qdpx", str(sample), str(project))
    assert code == 0 and "205" in out and "Coding" in out and project.exists()

    qdpx = tmp_path / "out.qdpx"
    code, out, _ = run(
        capsys, "export", str(project), "--format", "qdpx", "-o", str(qdpx), "--crlf"
    )
    assert code == 0 and zipfile.is_zipfile(qdpx)
    with zipfile.ZipFile(qdpx) as archive:
        texts = [n for n in archive.namelist() if n.endswith(".txt")]
        assert b"\r\n" in archive.read(texts[0])

    qdc = tmp_path / "book.qdc"
    code, _, _ = run(capsys, "export", str(project), "--format", "qdc", "-o", str(qdc))
    assert code == 0 and b"CodeBook" in qdc.read_bytes()

    code, out, _ = run(
        capsys,
        "import-codebook",
        str(project),
        str(corpus_dir / "swj2022-taguette-codebook.csv"),
        "--json",
    )
    assert code == 0
    lines = json.loads(out)["lines"]
    assert any(line["count"] == 22 and line["element"] == "Code" for line in lines)
    with Project.open(project) as opened:
        assert len(opened.codes()) == 262 + 22


def test_import_json_report(
    tmp_path: Path, shared_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample = shared_dir / "refi-qda/samples/atlasti-8.4-standard-project.qde"
    code, out, _ = run(capsys, "import-qdpx", str(sample), str(tmp_path / "a.qdadesk"), "--json")
    assert code == 0
    report = json.loads(out)
    outcomes = {line["outcome"] for line in report["lines"]}
    assert {"imported", "mapped", "kept without display", "discarded"} <= outcomes


def test_errors_exit_1_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bogus = tmp_path / "bogus.qdpx"
    bogus.write_bytes(b"nope")
    code, out, err = run(capsys, "import-qdpx", str(bogus), str(tmp_path / "x.qdadesk"))
    assert code == 1 and err.count("\n") == 1 and "not a REFI-QDA project" in err
    assert not (tmp_path / "x.qdadesk").exists()
    code, _, err = run(capsys, "import-codebook", str(tmp_path / "missing.qdadesk"), str(bogus))
    assert code == 1


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "p.qdadesk", "--format", "xml", "-o", "x"])
    assert exit_info.value.code == 2
