"""The foundation commands of qdadesk-cli, run as a user (or a script) would run them."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from qdadesk.cli import main
from qdadesk.core.store.schema import schema_version


def run(capsysbinary, *args: str) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in args])
    except SystemExit as exit_:  # argparse usage errors
        code = exit_.code
    out, err = capsysbinary.readouterr()
    return code, out.decode("utf-8"), err.decode("utf-8")


@pytest.fixture
def project(tmp_path: Path, capsysbinary) -> Path:
    path = tmp_path / "study.qdadesk"
    assert run(capsysbinary, "new", path)[0] == 0
    return path


def _docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("Interview 😀 Ünïcode", level=1)
    paragraph = document.add_paragraph("She said: ")
    paragraph.add_run("bold words").bold = True
    paragraph.add_run(" and 中文 text.")
    table = document.add_table(rows=2, cols=2)
    for r in range(2):
        for c in range(2):
            table.cell(r, c).text = f"cell {r}{c} 🙂"
    document.add_paragraph("After the table.")
    document.save(path)
    return path


def test_offsets_agree_between_text_code_and_segments(
    project: Path, tmp_path: Path, capsysbinary
) -> None:
    source = _docx(tmp_path / "Interview One.docx")
    code, out, err = run(capsysbinary, "import", project, source, "--group", "Staff")
    assert code == 0, err
    code, out, _ = run(capsysbinary, "text", project, "Interview One")
    text = out
    assert text.startswith("Interview 😀 Ünïcode\nShe said: bold words and 中文 text.\n")
    assert "cell 00 🙂" in text and text.index("cell 11 🙂") < text.index("After the table.")
    start = text.index("中文")
    assert (
        run(capsysbinary, "codes", "add", project, "Language\\Chinese", "--color", "#aa0000")[0]
        == 0
    )
    code, _, err = run(
        capsysbinary,
        "code",
        project,
        "Interview One",
        start,
        start + 2,
        "Language\\Chinese",
        "--weight",
        "30",
        "--comment",
        "é",
        "--coder",
        "Ana",
    )
    assert code == 0, err
    cell = text.index("cell 11 🙂")
    run(
        capsysbinary,
        "code",
        project,
        "Interview One",
        cell,
        cell + len("cell 11 🙂"),
        "Language\\Chinese",
    )
    code, out, _ = run(capsysbinary, "segments", project, "--format", "json")
    segments = json.loads(out)
    assert [s["text"] for s in segments] == ["中文", "cell 11 🙂"]
    for segment in segments:
        assert text[segment["start"] : segment["end"]] == segment["text"]
    assert segments[0] == {
        "document": "Interview One",
        "code": "Language\\Chinese",
        "start": start,
        "end": start + 2,
        "text": "中文",
        "weight": 30,
        "coder": "Ana",
        "comment": "é",
        **dict.fromkeys(["page", "x1", "y1", "x2", "y2"]),  # a text segment has no box
    }
    code, out, _ = run(capsysbinary, "documents", project, "--format", "json")
    assert json.loads(out) == [
        {
            "name": "Interview One",
            "group": "Staff",
            "type": "text",
            "pages": None,
            "characters": len(text),
            "segments": 2,
        }
    ]
    code, out, _ = run(capsysbinary, "codes", "list", project, "--format", "json")
    assert (
        json.loads(out)
        == [
            {"path": "Language", "color": "#aa0000", "segments": 0},
            {"path": "Language\\Chinese", "color": "#aa0000", "segments": 2},
        ]
        or json.loads(out)[1]["segments"] == 2
    )
    assert run(capsysbinary, "check", project)[1].strip() == "ok"


@pytest.mark.parametrize(
    "encoding,newline",
    [("utf-8", "\n"), ("utf-8-sig", "\r\n"), ("utf-16", "\r\n"), ("cp1252", "\r")],
)
def test_txt_encodings_and_line_ends(
    project: Path, tmp_path: Path, capsysbinary, encoding: str, newline: str
) -> None:
    lines = ["Café – “quoted” naïve", "second line", "", "last"]
    path = tmp_path / f"t-{encoding}.txt"
    path.write_bytes(newline.join(lines).encode(encoding))
    assert run(capsysbinary, "import", project, path)[0] == 0
    _, out, _ = run(capsysbinary, "text", project, path.stem)
    assert out == "\n".join(lines)


def test_segments_csv_and_xlsx_have_the_same_columns(
    project: Path, tmp_path: Path, capsysbinary
) -> None:
    import openpyxl

    source = tmp_path / "a.txt"
    source.write_text("alpha beta gamma", encoding="utf-8")
    run(capsysbinary, "import", project, source)
    run(capsysbinary, "codes", "add", project, "G")
    run(capsysbinary, "code", project, "a", 6, 10, "G")
    code, out, _ = run(capsysbinary, "segments", project, "--format", "csv")
    header = out.splitlines()[0].split(",")
    assert header == [
        "document", "code", "start", "end", "text", "weight", "coder", "comment",
        "page", "x1", "y1", "x2", "y2",
    ]  # fmt: skip
    xlsx = tmp_path / "s.xlsx"
    assert run(capsysbinary, "segments", project, "--format", "xlsx", "-o", xlsx)[0] == 0
    sheet = openpyxl.load_workbook(xlsx).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == header
    assert rows[1][4] == "beta"


def test_variables_set_and_list(project: Path, tmp_path: Path, capsysbinary) -> None:
    source = tmp_path / "a.txt"
    source.write_text("text", encoding="utf-8")
    run(capsysbinary, "import", project, source)
    assert (
        run(capsysbinary, "variables", "set", project, "a", "age", "44", "--type", "integer")[0]
        == 0
    )
    run(capsysbinary, "variables", "set", project, "a", "role", "nurse")
    code, _, err = run(capsysbinary, "variables", "set", project, "a", "age", "old")
    assert code == 1 and "integer" in err and "Traceback" not in err
    _, out, _ = run(capsysbinary, "variables", "list", project, "--format", "json")
    assert json.loads(out) == [{"document": "a", "age": 44, "role": "nurse"}]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_failed_import_leaves_the_project_unchanged(
    project: Path, tmp_path: Path, capsysbinary
) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 this is not really a zip")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    before = _digest(project)
    for bad in (broken, binary, tmp_path / "missing.txt"):
        code, out, err = run(capsysbinary, "import", project, bad, "--group", "New group")
        assert code == 1
        assert err.count("\n") == 1 and "Traceback" not in err
    assert _digest(project) == before


def test_newer_project_is_refused_unchanged(project: Path, capsysbinary) -> None:
    conn = sqlite3.connect(project)
    conn.execute(f"PRAGMA user_version={schema_version() + 1}")
    conn.commit()
    conn.close()
    before = _digest(project)
    code, _, err = run(capsysbinary, "documents", project)
    assert code == 1 and "newer version" in err
    assert _digest(project) == before


def test_user_errors_and_usage_errors(project: Path, capsysbinary) -> None:
    assert run(capsysbinary, "text", project, "nope")[0] == 1
    assert run(capsysbinary, "code", project, "nope", "0", "1", "X")[0] == 1
    assert run(capsysbinary, "codes", "add", project, "X", "--color", "blue")[0] == 1
    assert run(capsysbinary, "no-such-command")[0] == 2
    assert run(capsysbinary, "code", project, "doc", "zero", "1", "X")[0] == 2
    assert run(capsysbinary, "documents", project.parent / "missing.qdadesk")[0] == 1
