"""qdadesk-cli info, backups, backup, restore, copy and recover; write commands refuse a
damaged project (exit 1, one line) while read commands still work."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from qdadesk.cli import main
from qdadesk.core import Project
from qdadesk.core.store import lock
from tests.damage_support import DAMAGE_POSITIONS, current_sample, damaged_sample


def run(capsysbinary, *args: object) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in args])
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsysbinary.readouterr()
    return code, out.decode("utf-8"), err.decode("utf-8")


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("QDADESK_DATA_DIR", str(tmp_path / "data"))


def test_info_json(tmp_path, capsysbinary):
    path = current_sample(tmp_path)
    code, out, err = run(capsysbinary, "info", path, "--format", "json")
    assert code == 0, err
    info = json.loads(out)
    assert info == {
        "open_by": None,
        "schema_version": info["schema_version"],
        "documents": 5,
        "codes": 25,
        "codings": 70,
        "size_bytes": path.stat().st_size,
        "journal": False,
    }
    assert isinstance(info["schema_version"], int) and info["schema_version"] >= 3


def test_info_names_the_window_that_has_it_and_the_table_layout(tmp_path, capsysbinary):
    path = current_sample(tmp_path)
    with lock.ProjectLock.acquire(path) as held:
        code, out, _ = run(capsysbinary, "info", path, "--format", "json")
        assert json.loads(out)["open_by"] == held.owner.to_json()
        code, out, _ = run(capsysbinary, "info", path, "--format", "table")
    assert code == 0
    assert "open by" in out and held.owner.user in out and "documents" in out


def test_info_reports_a_leftover_journal(tmp_path, capsysbinary):
    path = current_sample(tmp_path)
    (tmp_path / "study.qdadesk-journal").write_bytes(b"")
    code, out, _ = run(capsysbinary, "info", path, "--format", "json")
    assert code == 0 and json.loads(out)["journal"] is True


def test_cli_writes_beside_a_window_holding_the_lock(tmp_path, capsysbinary):
    """The lock is the window's: the command line keeps working beside it."""
    path = current_sample(tmp_path)
    with lock.ProjectLock.acquire(path):
        code, out, err = run(capsysbinary, "codes", "add", path, "Beside the window")
        assert code == 0, err
    with Project.open(path) as project:
        assert "Beside the window" in [c.name for c in project.codes()]


def test_backup_backups_restore(tmp_path, capsysbinary):
    path = current_sample(tmp_path)
    code, out, err = run(capsysbinary, "backup", path)
    assert code == 0, err
    assert "Backups" in out
    code, out, _ = run(capsysbinary, "backups", path, "--format", "json")
    listed = json.loads(out)
    assert len(listed) == 1 and set(listed[0]) == {"path", "created", "size_bytes"}
    first = listed[0]["path"]
    assert Path(first).parent == tmp_path / "Backups"
    assert Path(first).name.startswith("study 20")
    run(capsysbinary, "codes", "add", path, "Regretted")
    code, out, err = run(capsysbinary, "restore", path, first)
    assert code == 0, err
    assert "saved the current state" in out
    with Project.open(path) as project:
        assert "Regretted" not in [c.name for c in project.codes()]
    code, out, _ = run(capsysbinary, "backups", path, "--format", "json")
    assert len(json.loads(out)) == 2  # the state restored over is one more backup


def test_backup_to_a_named_file_and_a_chosen_folder(tmp_path, capsysbinary):
    path = current_sample(tmp_path)
    code, _, err = run(capsysbinary, "backup", path, "-o", tmp_path / "named.qdadesk")
    assert code == 0, err
    assert run(capsysbinary, "check", tmp_path / "named.qdadesk")[1].strip() == "ok"
    code, _, _ = run(capsysbinary, "backup", path, "--folder", tmp_path / "elsewhere")
    code, out, _ = run(
        capsysbinary, "backups", path, "--folder", tmp_path / "elsewhere", "--format", "json"
    )
    assert len(json.loads(out)) == 1


def test_restore_refused_while_a_window_has_the_project(tmp_path, capsysbinary):
    path = current_sample(tmp_path)
    run(capsysbinary, "backup", path)
    backup_file = next((tmp_path / "Backups").iterdir())
    with lock.ProjectLock.acquire(path):
        code, _, err = run(capsysbinary, "restore", path, backup_file)
    assert code == 1 and "open in a window" in err and err.count("\n") == 1


def test_copy(tmp_path, capsysbinary):
    path = current_sample(tmp_path)
    code, out, err = run(capsysbinary, "copy", path, tmp_path / "copy.qdadesk")
    assert code == 0, err
    assert run(capsysbinary, "check", tmp_path / "copy.qdadesk")[1].strip() == "ok"
    code, _, err = run(capsysbinary, "copy", path, tmp_path / "copy.qdadesk")
    assert code == 1 and "already exists" in err


@pytest.mark.parametrize(
    ("label", "table", "kind"), DAMAGE_POSITIONS, ids=[p[0] for p in DAMAGE_POSITIONS]
)
def test_write_commands_refuse_a_damaged_project(tmp_path, capsysbinary, label, table, kind):
    path = damaged_sample(tmp_path, table, kind)
    before = path.read_bytes()
    source = tmp_path / "new.txt"
    source.write_text("A new interview.\n", encoding="utf-8")
    for command in (
        ["import", path, source],
        ["codes", "add", path, "Anything"],
        ["code", path, "Henrik (Ministry)", "0", "5", "Barriers"],
    ):
        code, out, err = run(capsysbinary, *command)
        assert code == 1, (label, command, out)
        assert err.startswith("qdadesk-cli: error:") and err.count("\n") == 1
    assert path.read_bytes() == before
    code, out, err = run(capsysbinary, "codes", "list", path, "--format", "json")
    assert code == 0 and len(json.loads(out)) == 25  # reading still works


@pytest.mark.parametrize(
    ("label", "table", "kind"), DAMAGE_POSITIONS, ids=[p[0] for p in DAMAGE_POSITIONS]
)
def test_recover_then_check_prints_ok(tmp_path, capsysbinary, label, table, kind):
    path = damaged_sample(tmp_path, table, kind)
    with Project.open(current_sample(tmp_path, "pristine.qdadesk")) as pristine:
        texts = [pristine.text(d.id) for d in pristine.documents()]
    out_path = tmp_path / "recovered.qdadesk"
    code, out, err = run(capsysbinary, "recover", path, out_path)
    assert code == 0, err
    assert "documents" in out and "kept" in out and "lost" in out
    for text in texts:  # never a quote from a document
        for line in text.splitlines():
            if len(line) > 30:
                assert line[:30] not in out + err
    assert run(capsysbinary, "check", out_path)[1].strip() == "ok"


@pytest.mark.parametrize("where", ["first page", "schema leaf page"])
def test_recover_when_the_schema_is_damaged(tmp_path, capsysbinary, where):
    """The schema's pages overwritten: tables are found on their own pages (by the schema
    rows that survive, else by the shape of their rows) and everything is recovered."""
    from tests.damage_support import overwrite_page, page_of

    path = current_sample(tmp_path)
    overwrite_page(path, 1 if where == "first page" else page_of(path, "sqlite_schema", "leaf"))
    assert run(capsysbinary, "documents", path)[0] == 1  # unreadable as it is
    out_path = tmp_path / "out.qdadesk"
    code, out, err = run(capsysbinary, "recover", path, out_path)
    assert code == 0, err
    assert "table of contents was damaged" in out
    assert run(capsysbinary, "check", out_path)[1].strip() == "ok"
    with Project.open(out_path) as recovered:
        assert len(recovered.documents()) == 5
        assert len(recovered.codings()) == 70
        assert len(recovered.codes()) == 25
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_recover_of_garbage_says_to_restore_a_backup(tmp_path, capsysbinary):
    import random

    path = tmp_path / "garbage.qdadesk"
    path.write_bytes(b"SQLite format 3\x00" + random.Random(3).randbytes(4096 * 20 - 16))
    code, _, err = run(capsysbinary, "recover", path, tmp_path / "out.qdadesk")
    assert code == 1 and "backup" in err and err.count("\n") == 1
    assert not (tmp_path / "out.qdadesk").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_cli_in_a_second_process_beside_a_lock_holder(tmp_path):
    """Two processes: one holds the window's lock, qdadesk-cli writes and reads beside it."""
    path = current_sample(tmp_path)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\nfrom qdadesk.core.store.lock import ProjectLock\n"
            "held = ProjectLock.acquire(sys.argv[1])\nprint('held', flush=True)\n"
            "sys.stdin.readline()\nheld.release()\n",
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    env = {**os.environ, "QDADESK_DATA_DIR": str(tmp_path / "data")}
    cli = [sys.executable, "-c", "import sys; from qdadesk.cli import main; sys.exit(main())"]
    try:
        assert holder.stdout.readline().strip() == "held"
        added = subprocess.run(
            [*cli, "codes", "add", str(path), "From the shell"], capture_output=True, env=env
        )
        assert added.returncode == 0, added.stderr
        info = subprocess.run(
            [*cli, "info", str(path), "--format", "json"], capture_output=True, env=env
        )
        assert json.loads(info.stdout)["open_by"]["pid"] == holder.pid
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=60)
    info = subprocess.run(
        [*cli, "info", str(path), "--format", "json"], capture_output=True, env=env
    )
    assert json.loads(info.stdout)["open_by"] is None


def test_reading_a_damaged_text_never_quotes_it(tmp_path, capsysbinary):
    """Every page of the texts overwritten in turn: reading commands either work or say the
    file is damaged in one line, without an internal error and without quoting the text."""
    import shutil
    import sqlite3

    from tests.damage_support import overwrite_page

    pristine = current_sample(tmp_path, "pristine.qdadesk")
    with Project.open(pristine) as project:
        documents = [(d.name, project.text(d.id)) for d in project.documents()]
    with sqlite3.connect(pristine) as conn:
        pages = [
            row[0]
            for row in conn.execute("SELECT pageno FROM dbstat WHERE name = 'document_texts'")
        ]
    conn.close()
    quotes = {text[i : i + 24] for _name, text in documents for i in range(0, len(text) - 24, 9)}
    path = tmp_path / "damaged.qdadesk"
    for page in pages:
        shutil.copyfile(pristine, path)
        overwrite_page(path, page, seed=page)
        for args in (
            *(["text", path, name] for name, _text in documents),
            ["segments", path, "--format", "json"],
            ["search", path, "portal"],
        ):
            code, _out, err = run(capsysbinary, *args)
            assert "internal error" not in err, (page, args, err)
            assert not [q for q in quotes if q in err], (page, args)
            if code:
                assert "damaged" in err and err.count("\n") == 1, (page, args, err)


def test_info_on_a_damaged_project_says_so(tmp_path, capsysbinary):
    path = damaged_sample(tmp_path, "codings", "leaf")
    code, out, err = run(capsysbinary, "info", path, "--format", "json")
    assert code == 0, err
    info = json.loads(out)
    assert info["damaged"] is True and info["documents"] == 5 and "codings" in info
