"""The command-line contract under hostile input: every case ends in exit 1 (a user error,
one clear line) or 2 (bad usage), never an "internal error" or a traceback, and no message
quotes document text. Names are compared after Unicode NFC normalisation."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from qdadesk.cli import main

SECRET = "confidential-interview-words"
NFC_CAFE = unicodedata.normalize("NFC", "Café")
NFD_CAFE = unicodedata.normalize("NFD", "Café")


def run(capsysbinary, *args) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in args])
    except SystemExit as exit_:  # argparse usage errors
        code = exit_.code
    out, err = capsysbinary.readouterr()
    return code, out.decode("utf-8"), err.decode("utf-8")


@pytest.fixture
def project(tmp_path: Path, capsysbinary) -> Path:
    path = tmp_path / "study.qdadesk"
    source = tmp_path / "interview.txt"
    source.write_text(f"Hello there. {SECRET} and more.\n", encoding="utf-8")
    assert run(capsysbinary, "new", path)[0] == 0
    assert run(capsysbinary, "import", path, source)[0] == 0
    assert run(capsysbinary, "codes", "add", path, "Theme")[0] == 0
    return path


def _damage_text(project: Path) -> None:
    """A damaged page: the stored text is no longer valid UTF-8."""
    bad = b"Hello \x80\xff " + SECRET.encode()
    with sqlite3.connect(project) as conn:
        conn.execute("UPDATE document_texts SET text = CAST(? AS TEXT)", [bad])
    conn.close()


def _out_of_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    def exhausted(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr("qdadesk.core.analysis.search.search", exhausted)


@dataclass
class Case:
    args: list[str]  # after the command; "P" stands for the project
    exit: int
    says: str  # a fragment of stderr
    damage: Callable[[Path], None] | None = None
    patch: Callable[[pytest.MonkeyPatch], None] | None = None
    command: list[str] = field(default_factory=list)


CASES = {
    "integer-value-beyond-64-bits": Case(
        ["variables", "set", "P", "interview", "n", "99999999999999999999", "--type", "integer"],
        1,
        "too large",
    ),
    "negative-integer-beyond-64-bits": Case(
        ["variables", "set", "P", "interview", "n", "-99999999999999999999", "--type", "integer"],
        1,
        "too large",
    ),
    "integer-of-5000-digits": Case(
        ["variables", "set", "P", "interview", "n", "9" * 5000, "--type", "integer"],
        1,
        "not a valid integer",
    ),
    "code-end-beyond-64-bits": Case(
        ["code", "P", "interview", "0", "99999999999999999999", "Theme"], 1, "interview"
    ),
    "words-top-negative": Case(["words", "P", "--top", "-5"], 2, "--top"),
    "words-min-length-negative": Case(["words", "P", "--min-length", "-1"], 2, "--min-length"),
    "query-distance-negative": Case(
        ["query", "P", "near", "Theme", "Theme", "--distance", "-3"], 2, "--distance"
    ),
    "import-group-empty": Case(["import", "P", "FILE", "--group", ""], 2, "--group"),
    "import-group-blank": Case(["import", "P", "FILE", "--group", "  "], 2, "--group"),
    "damaged-utf8-text": Case(["text", "P", "interview"], 1, "damaged", damage=_damage_text),
    "damaged-utf8-search": Case(["search", "P", "hello"], 1, "damaged", damage=_damage_text),
    "damaged-utf8-words": Case(["words", "P"], 1, "damaged", damage=_damage_text),
    "damaged-utf8-check": Case(["check", "P"], 1, "characters", damage=_damage_text),
    "out-of-memory": Case(["search", "P", "hello"], 1, "not enough memory", patch=_out_of_memory),
}


def _argv(case: Case, project: Path) -> list[str]:
    source = project.parent / "interview.txt"
    return [str(project) if a == "P" else str(source) if a == "FILE" else a for a in case.args]


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_hostile_input_is_a_clear_error(
    case: Case, project: Path, capsysbinary, monkeypatch: pytest.MonkeyPatch
) -> None:
    if case.damage:
        case.damage(project)
    if case.patch:
        case.patch(monkeypatch)
    code, out, err = run(capsysbinary, *_argv(case, project))
    assert code == case.exit, err
    assert "internal error" not in err and "Traceback" not in err
    assert case.says in err + out
    assert SECRET not in err + out  # an error message never quotes document text
    if err and case.exit == 1:
        assert err.count("\n") == 1, err  # one line


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_full_disk_on_standard_output_is_a_clear_error(project: Path) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from qdadesk.cli import main; sys.exit(main())",
                "segments",
                str(project),
                "--format",
                "json",
            ],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
        )
    assert result.returncode == 1
    assert "disk is full" in result.stderr and "internal error" not in result.stderr


# -- names are compared after NFC normalisation -----------------------------------------------
def test_a_document_from_an_nfd_file_name_is_found_by_its_nfc_name(
    tmp_path: Path, capsysbinary
) -> None:
    path = tmp_path / "p.qdadesk"
    source = tmp_path / f"{NFD_CAFE}.txt"  # as macOS names files
    source.write_text("Espresso.", encoding="utf-8")
    assert run(capsysbinary, "new", path)[0] == 0
    assert run(capsysbinary, "import", path, source)[0] == 0
    code, out, err = run(capsysbinary, "text", path, NFC_CAFE)
    assert (code, out.strip()) == (0, "Espresso."), err
    code, out, err = run(capsysbinary, "text", path, NFD_CAFE)
    assert code == 0, err


def test_nfc_and_nfd_spellings_are_one_code_one_group_one_variable(
    tmp_path: Path, capsysbinary
) -> None:
    import json

    path = tmp_path / "p.qdadesk"
    source = tmp_path / "a.txt"
    source.write_text("Text.", encoding="utf-8")
    assert run(capsysbinary, "new", path)[0] == 0
    assert run(capsysbinary, "import", path, source, "--group", NFC_CAFE)[0] == 0
    assert run(capsysbinary, "import", path, source, "--group", NFD_CAFE)[0] == 0
    assert run(capsysbinary, "codes", "add", path, NFC_CAFE)[0] == 0
    assert run(capsysbinary, "codes", "add", path, NFD_CAFE + "\\" + NFD_CAFE)[0] == 0
    code, out, _ = run(capsysbinary, "codes", "list", path, "--format", "json")
    assert [c["path"] for c in json.loads(out)] == [NFC_CAFE, NFC_CAFE + "\\" + NFC_CAFE]
    assert run(capsysbinary, "code", path, "a", "0", "4", NFD_CAFE)[0] == 0
    assert run(capsysbinary, "variables", "set", path, "a", NFC_CAFE, "x")[0] == 0
    assert run(capsysbinary, "variables", "set", path, "a", NFD_CAFE, "y")[0] == 0
    code, out, _ = run(capsysbinary, "variables", "list", path, "--format", "json")
    assert json.loads(out)[0][NFC_CAFE] == "y" and len(json.loads(out)[0]) == 2
    code, out, _ = run(capsysbinary, "documents", path, "--format", "json")
    assert {d["group"] for d in json.loads(out)} == {NFC_CAFE}
    assert run(capsysbinary, "code", path, "a (2)", "0", "4", NFC_CAFE, "--coder", NFD_CAFE)[0] == 0
    code, out, _ = run(capsysbinary, "segments", path, "--coder", NFC_CAFE, "--format", "json")
    assert [s["coder"] for s in json.loads(out)] == [NFC_CAFE]


def test_names_stored_decomposed_by_an_older_version_are_found(tmp_path: Path) -> None:
    from qdadesk.core import Project
    from qdadesk.core.store.schema import migration_names

    path = tmp_path / "old.qdadesk"
    with Project.create(path) as project:
        project.add_code_path("Plain")
    # What 0.1 left behind: names as they came, and the schema before the NFC migration.
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE codes SET name = ?", [NFD_CAFE])
        conn.execute(f"PRAGMA user_version = {migration_names().index('0006_nfc_names')}")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0006_nfc_names'")
    conn.close()
    with Project.open(path) as project:
        assert project.find_code(NFC_CAFE).name == NFC_CAFE
        assert project.find_code(NFD_CAFE).name == NFC_CAFE
