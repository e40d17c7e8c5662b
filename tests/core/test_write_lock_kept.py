"""A write keeps its lock on the project file until it commits.

On POSIX, closing any descriptor of a file drops every lock the process holds on it, SQLite's
included. Reading the file's header with a plain open/close while a write was in progress
let another program write at the same time or remove the journal, and one of them then
failed with "disk I/O error" (qdadesk-cli code run six times at once).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from qdadesk.core import Project

_TRY_TO_WRITE = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], timeout=0, isolation_level=None)
try:
    conn.execute("BEGIN IMMEDIATE")
except sqlite3.OperationalError as error:
    print("refused:", error)
else:
    conn.execute("ROLLBACK")
    print("got the write lock")
"""


def _another_program_tries_to_write(path: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-c", _TRY_TO_WRITE, str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX lock semantics")


def test_a_write_in_progress_keeps_the_write_lock(tmp_path: Path) -> None:
    path = tmp_path / "p.qdadesk"
    with Project.create(path) as project:
        assert _another_program_tries_to_write(path) == "got the write lock"
        with project._writing("test"):
            project.db.execute("INSERT INTO settings (key, value) VALUES ('a', 'b')")
            assert _another_program_tries_to_write(path).startswith("refused")
        assert _another_program_tries_to_write(path) == "got the write lock"


def test_opening_the_project_again_in_the_same_program_keeps_a_write_lock(
    tmp_path: Path,
) -> None:
    # A window opens the project a second time (a background import) while it writes.
    path = tmp_path / "p.qdadesk"
    with Project.create(path) as project:
        with project._writing("test"):
            project.db.execute("INSERT INTO settings (key, value) VALUES ('a', 'b')")
            with Project.open(path) as second:
                assert second.setting("a") is None
                assert second.changed_elsewhere() is False
            assert _another_program_tries_to_write(path).startswith("refused")
        assert project.setting("a") == "b"


def test_another_programs_committed_journal_is_not_called_rolled_back(tmp_path: Path) -> None:
    # `check` said "a leftover journal ... was rolled back" when it opened the project
    # while another program wrote, and that write then committed.
    import sqlite3

    from qdadesk.core.store import journal

    path = tmp_path / "p.qdadesk"
    Project.create(path).close()
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO settings (key, value) VALUES ('a', 'b')")
    assert journal.has_journal(path)
    seen = journal.change_counters(path)
    writer.execute("COMMIT")
    writer.close()
    assert not journal.rolled_back(path, seen)


_WRITE_AND_WAIT = """
import sys
from qdadesk.core import Project
project = Project.open(sys.argv[1])
try:
    with project._writing("slow write"):
        project.db.execute("INSERT INTO settings (key, value) VALUES ('slow', 'write')")
        print("writing", flush=True)
        sys.stdin.readline()
    print("saved", flush=True)
except Exception as error:
    print("failed:", error, flush=True)
project.close()
"""


def test_opening_beside_another_programs_write_leaves_its_journal_alone(tmp_path: Path) -> None:
    # Opening judges and may remove a journal; one a live write owns must stay, so that the
    # write commits instead of failing with "disk I/O error".
    path = tmp_path / "p.qdadesk"
    Project.create(path).close()
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITE_AND_WAIT, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout.readline().strip() == "writing"
        with Project.open(path) as project:
            assert not project.journal_recovered
            assert project.setting("slow") is None
        assert Path(str(path) + "-journal").exists()
        out, _ = writer.communicate("go\n", timeout=60)
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()
    assert out.strip() == "saved"
    with Project.open(path) as project:
        assert project.setting("slow") == "write"
        assert project.check() == []
