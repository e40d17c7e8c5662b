"""Bug-hunt regressions for the foundation commands, found by running qdadesk-cli as a user."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from qdadesk.cli import main


def run(capsysbinary, *args: str) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in args])
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsysbinary.readouterr()
    return code, out.decode("utf-8"), err.decode("utf-8")


@pytest.fixture
def project(tmp_path: Path, capsysbinary) -> Path:
    path = tmp_path / "study.qdadesk"
    assert run(capsysbinary, "new", path)[0] == 0
    return path


def test_xlsx_export_of_control_characters_and_long_segments(project, tmp_path, capsysbinary):
    # A plain-text transcript may hold form feeds and ANSI escapes; a worksheet cannot.
    source = tmp_path / "log.txt"
    source.write_bytes(b"page\x0cbreak \x1b[31mred\x1b[0m " + b"x" * 40000)
    assert run(capsysbinary, "import", project, source)[0] == 0
    assert run(capsysbinary, "codes", "add", project, "K")[0] == 0
    assert run(capsysbinary, "code", project, "log", "0", "40010", "K")[0] == 0
    out_file = tmp_path / "s.xlsx"
    code, _out, err = run(capsysbinary, "segments", project, "--format", "xlsx", "-o", out_file)
    assert code == 0, err
    assert err.count("\n") == 1 and "32767" in err and "Traceback" not in err
    import openpyxl

    sheet = openpyxl.load_workbook(out_file).active
    text = sheet.cell(row=2, column=5).value
    assert text.startswith("page\u240cbreak \u241b[31mred")
    assert len(text) == 32767


def test_xlsx_into_missing_folder_names_the_reason(project, tmp_path, capsysbinary):
    code, _out, err = run(
        capsysbinary, "segments", project, "--format", "xlsx", "-o", tmp_path / "no" / "s.xlsx"
    )
    assert code == 1
    assert "None" not in err and "directory" in err


def test_whole_number_variables_stay_whole_with_gaps(project, tmp_path, capsysbinary):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(name, encoding="utf-8")
    run(capsysbinary, "import", project, tmp_path / "a.txt", tmp_path / "b.txt")
    assert (
        run(capsysbinary, "variables", "set", project, "a", "age", "44", "--type", "integer")[0]
        == 0
    )
    code, out, _err = run(capsysbinary, "variables", "list", project, "--format", "json")
    assert json.loads(out) == [{"document": "a", "age": 44}, {"document": "b", "age": None}]
    code, out, _err = run(capsysbinary, "variables", "list", project, "--format", "csv")
    assert out == "document,age\na,44\nb,\n"


def test_infinite_float_is_refused(project, tmp_path, capsysbinary):
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    run(capsysbinary, "import", project, tmp_path / "a.txt")
    for value in ("inf", "1e400", "nan"):
        code, _out, err = run(
            capsysbinary, "variables", "set", project, "a", "f", value, "--type", "float"
        )
        assert code == 1 and "not a valid float" in err


@pytest.mark.skipif(sys.platform != "linux", reason="byte file names are a Linux matter")
def test_file_name_that_is_not_utf8_imports(project, tmp_path, capsysbinary):
    raw = os.fsencode(tmp_path) + b"/bad\xffname.txt"
    with open(raw, "wb") as handle:
        handle.write("Grüße 😀".encode())
    code, out, err = run(capsysbinary, "import", project, os.fsdecode(raw))
    assert code == 0, err
    code, out, err = run(capsysbinary, "text", project, "bad\ufffdname")
    assert (code, out) == (0, "Grüße 😀")


def test_argument_that_is_not_utf8_is_a_user_error(project, capsysbinary):
    code, _out, err = run(capsysbinary, "codes", "add", project, os.fsdecode(b"K\xff"))
    assert code == 1
    assert "UTF-8" in err and "internal error" not in err and err.count("\n") == 1


def test_concurrent_code_commands_all_succeed(project, tmp_path, capsysbinary):
    # Several `code` commands on one project at once: each must wait its turn, not fail.
    (tmp_path / "t.txt").write_text("😀 " * 50, encoding="utf-8")
    run(capsysbinary, "import", project, tmp_path / "t.txt")
    run(capsysbinary, "codes", "add", project, "K")
    cli = [sys.executable, "-c", "import sys; from qdadesk.cli import main; sys.exit(main())"]
    processes = [
        subprocess.Popen(
            [*cli, "code", str(project), "t", str(i * 4), str(i * 4 + 1), "K"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for i in range(6)
    ]
    results = [(p.wait(), p.stderr.read().decode()) for p in processes]
    for process in processes:
        process.stdout.close()
        process.stderr.close()
    assert results == [(0, "")] * 6
    code, out, _err = run(capsysbinary, "segments", project, "--format", "json")
    assert sorted(s["start"] for s in json.loads(out)) == [0, 4, 8, 12, 16, 20]
    assert run(capsysbinary, "check", project)[1] == "ok\n"


def test_table_columns_line_up_after_wide_characters(project, tmp_path, capsysbinary):
    import unicodedata

    for name in ("中文访谈", "😀", "plain"):
        (tmp_path / f"{name}.txt").write_text("x", encoding="utf-8")
        run(capsysbinary, "import", project, tmp_path / f"{name}.txt")
    code, out, _err = run(capsysbinary, "documents", project, "--format", "table")

    def columns_before(line: str, marker: str) -> int:
        prefix = line[: line.index(marker)]
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in prefix)

    header, _rule, *rows = out.splitlines()
    assert len(rows) == 3
    column = columns_before(header, "characters")
    assert {columns_before(row, "1") for row in rows} == {column}


def test_a_folder_is_not_a_project(tmp_path, capsysbinary):
    code, _out, err = run(capsysbinary, "documents", tmp_path)
    assert code == 1 and "folder" in err
    code, _out, err = run(capsysbinary, "new", tmp_path)
    assert code == 1 and "folder" in err


def test_check_on_a_damaged_project_reports_the_damage(project, tmp_path, capsysbinary):
    (tmp_path / "a.txt").write_text("Zeile 😀\n" * 50, encoding="utf-8")
    run(capsysbinary, "import", project, tmp_path / "a.txt")
    with open(project, "r+b") as handle:  # overwrite pages past the header and schema
        handle.seek(16384)
        handle.write(b"\xa5" * 3000)
    code, out, err = run(capsysbinary, "check", project)
    assert code == 1
    assert "damaged" in out + err and "internal error" not in err
    for args in (("documents", project), ("text", project, "a"), ("segments", project)):
        code, _out, err = run(capsysbinary, *args)
        assert "internal error" not in err and "Traceback" not in err
        assert err.count("\n") <= 1


def test_simultaneous_new_of_one_name_leaves_one_sound_project(tmp_path, capsysbinary):
    path = tmp_path / "race.qdadesk"
    cli = [sys.executable, "-c", "import sys; from qdadesk.cli import main; sys.exit(main())"]
    processes = [
        subprocess.Popen(
            [*cli, "new", str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        for _ in range(4)
    ]
    results = []
    for process in processes:
        results.append((process.wait(), process.stderr.read().decode()))
        process.stderr.close()
    assert sorted(code for code, _err in results) == [0, 1, 1, 1]
    assert all("already exists" in err for code, err in results if code)
    assert run(capsysbinary, "check", path)[1] == "ok\n"


def test_xlsx_text_starting_with_equals_is_text_not_a_formula(project, tmp_path, capsysbinary):
    (tmp_path / "f.txt").write_text('=1+1 said\n=HYPERLINK("http://x","y")', encoding="utf-8")
    run(capsysbinary, "import", project, tmp_path / "f.txt")
    run(capsysbinary, "codes", "add", project, "=K")
    assert run(capsysbinary, "code", project, "f", "0", "4", "=K", "--comment", "=2*3")[0] == 0
    out_file = tmp_path / "f.xlsx"
    assert run(capsysbinary, "segments", project, "--format", "xlsx", "-o", out_file)[0] == 0
    import openpyxl

    row = next(openpyxl.load_workbook(out_file).active.iter_rows(min_row=2, max_row=2))
    assert [cell.value for cell in row][:8] == ["f", "=K", 0, 4, "=1+1", 0, row[6].value, "=2*3"]
    assert all(cell.data_type != "f" for cell in row)
