"""Every output goes through one safe writer: a failure, Ctrl+C, a full disk or a SIGKILL
while writing leaves the previous file byte for byte and no stray temporary file."""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import pytest

from qdadesk.core import Project, QdaError, safe_write
from qdadesk.core.analysis.activation import ALL
from qdadesk.core.analysis.retrieval import retrieve_segments
from qdadesk.core.importers.document import ImportedDocument

OLD = b"the previous export, which must survive\n"


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if safe_write.MARKER in p.name)


@pytest.fixture
def coded(tmp_path: Path) -> Project:
    project = Project.create(tmp_path / "p.qdadesk")
    document = project.add_document(
        ImportedDocument("Interview", "one two three four five six", [], b"", "txt")
    ).result
    code = project.add_code_path("Theme").result
    project.add_coding(document, code, 0, 7, comment="=1+1")
    yield project
    project.close()


# -- the writer itself ---------------------------------------------------------------------
@pytest.mark.parametrize("interrupt", [RuntimeError("boom"), KeyboardInterrupt()], ids=repr)
def test_a_failure_mid_write_keeps_the_old_file(tmp_path: Path, interrupt) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(OLD)
    with pytest.raises(type(interrupt)), safe_write.atomic_open(target) as handle:
        handle.write(b"half of the new")
        raise interrupt
    assert target.read_bytes() == OLD
    assert _leftovers(tmp_path) == []


def test_success_replaces_and_leaves_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_bytes(OLD)
    safe_write.write_text(target, "new\n")
    assert target.read_text() == "new\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_a_dead_writers_temporary_is_removed_by_the_next_write(tmp_path: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        text=True,
        capture_output=True,
        check=True,
    )
    pid = int(dead.stdout)
    host = safe_write._HOST
    stale = tmp_path / f".out.xlsx{safe_write.MARKER}{host}-{pid}-0a1b2c3d.xlsx"
    stale.write_bytes(b"half")
    journal = Path(str(stale) + "-journal")
    journal.write_bytes(b"j")
    mine = tmp_path / f".other{safe_write.MARKER}{host}-{os.getpid()}-0a1b2c3d.txt"
    mine.write_bytes(b"being written by this process")
    # Another computer writing to the same network folder: its process ids mean nothing here.
    elsewhere = tmp_path / f".net{safe_write.MARKER}ffffff-{pid}-0a1b2c3d.txt"
    elsewhere.write_bytes(b"being written on another computer")
    unrelated = tmp_path / ".out.xlsx.tmp"
    unrelated.write_bytes(b"not ours")
    safe_write.write_bytes(tmp_path / "next.bin", b"x")
    assert not stale.exists() and not journal.exists()
    assert mine.exists() and unrelated.exists() and elsewhere.exists()
    old = time.time() - safe_write.STALE_AFTER_SECONDS - 60
    os.utime(elsewhere, (old, old))
    safe_write.write_bytes(tmp_path / "next.bin", b"y")
    assert not elsewhere.exists() and mine.exists()


# -- every writer, failing half-way (a full disk) ---------------------------------------------
@contextlib.contextmanager
def _full_disk(room: int):
    """No file may grow past ``room`` bytes meanwhile: the kernel fails the write (EFBIG)
    as it would on a full disk."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (room, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


def _writers(project: Project):
    from qdadesk.core.exchange.codebook import export_codebook
    from qdadesk.core.exchange.export_project import export_qdpx
    from qdadesk.core.exporters.segments import export_segments
    from qdadesk.core.exporters.tables_docx import write_table_docx
    from qdadesk.core.exporters.tables_xlsx import write_frame_xlsx
    from qdadesk.core.exporters.variables_xlsx import export_variables_xlsx

    frame = retrieve_segments(project, ALL)
    return {
        "segments.xlsx": lambda p: export_segments(frame, p, project),
        "segments.docx": lambda p: export_segments(frame, p, project),
        "segments.html": lambda p: export_segments(frame, p, project),
        "table.xlsx": lambda p: write_frame_xlsx(frame, p, "T"),
        "table.docx": lambda p: write_table_docx(p, "T", ["a"], [["b"]]),
        "variables.xlsx": lambda p: export_variables_xlsx(project, p),
        "project.qdpx": lambda p: export_qdpx(project, p),
        "codebook.qdc": lambda p: export_codebook(project, p),
    }


WRITERS = [
    "segments.xlsx",
    "segments.docx",
    "segments.html",
    "table.xlsx",
    "table.docx",
    "variables.xlsx",
    "project.qdpx",
    "codebook.qdc",
]


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
@pytest.mark.parametrize("name", WRITERS)
def test_a_full_disk_keeps_the_previous_file(coded: Project, tmp_path: Path, name: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / name
    write = _writers(coded)[name]
    write(target)  # it works with room on the disk
    previous = target.read_bytes()
    with _full_disk(len(previous) // 2), pytest.raises(QdaError, match="cannot write"):
        write(target)
    assert target.read_bytes() == previous
    assert sorted(p.name for p in out.iterdir()) == [name]


@pytest.mark.skipif(sys.platform == "win32", reason="Qt image writer on POSIX paths")
def test_window_chart_png_and_word_cloud_go_through_the_safe_writer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("PySide6")
    from PySide6.QtWidgets import QApplication

    from qdadesk.ui.displays.chart_windows import save_svg

    QApplication.instance() or QApplication([])
    target = tmp_path / "chart.png"
    target.write_bytes(OLD)
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'
    monkeypatch.setattr(safe_write, "_fsync_file", _raise_enospc)
    with pytest.raises(QdaError, match="cannot write"):
        save_svg(svg, str(target))
    assert target.read_bytes() == OLD
    assert _leftovers(tmp_path) == []
    monkeypatch.undo()
    save_svg(svg, str(target))
    assert target.read_bytes()[:4] == b"\x89PNG"


def _raise_enospc(path: Path) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


# -- the command line: a full disk, and SIGKILL while writing --------------------------------
def _cli_project(tmp_path: Path) -> Path:
    path = tmp_path / "study.qdadesk"
    with Project.create(path) as project:
        text = "\n".join(f"Paragraph {i}: " + "word " * 40 for i in range(400))
        document = project.add_document(ImportedDocument("Long", text, [], b"", "txt")).result
        code = project.add_code_path("Theme").result
        for i in range(0, len(text) - 50, 97):
            project.add_coding(document, code, i, i + 40)
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_cli_on_a_full_disk_exits_1_and_keeps_the_old_export(tmp_path: Path, fmt: str) -> None:
    project = _cli_project(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"segments.{fmt}"
    target.write_bytes(OLD)
    # The kernel refuses to let any file of the child grow past 4 kB: a full disk.
    code = textwrap.dedent(
        f"""
        import resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
        from qdadesk.cli import main
        sys.exit(main(["segments", {str(project)!r}, "--format", {fmt!r}, "-o", {str(target)!r}]))
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 1, result.stderr
    assert "cannot write" in result.stderr and "Traceback" not in result.stderr
    assert "internal error" not in result.stderr
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in out.iterdir()) == [target.name]


_KILL_WHILE_WRITING = """
import os, signal, sys, zipfile
calls = 0
real = zipfile.ZipFile.writestr
def writestr(self, *args, **kwargs):
    global calls
    calls += 1
    if calls == 2:  # some parts are in the file, others not yet
        self.fp.flush()
        os.kill(os.getpid(), signal.SIGKILL)
    return real(self, *args, **kwargs)
zipfile.ZipFile.writestr = writestr
from qdadesk.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize(
    "command",
    [["segments", "--format", "xlsx", "-o"], ["export", "--format", "qdpx", "-o"]],
    ids=["segments-xlsx", "export-qdpx"],
)
def test_sigkill_mid_export_keeps_the_old_file(tmp_path: Path, command: list[str]) -> None:
    project = _cli_project(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    target = out / ("segments.xlsx" if command[0] == "segments" else "study.qdpx")
    target.write_bytes(OLD)
    args = [command[0], str(project), *command[1:], str(target)]
    killed = subprocess.run([sys.executable, "-c", _KILL_WHILE_WRITING, *args])
    assert killed.returncode == -signal.SIGKILL
    assert target.read_bytes() == OLD
    # The killed writer's temporary is recognised and removed by the next write there.
    from qdadesk.cli import main

    assert main(args) == 0
    assert zipfile.is_zipfile(target)
    assert sorted(p.name for p in out.iterdir()) == [target.name]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_mid_import_qdpx_leaves_nothing_after_the_next_write(tmp_path: Path) -> None:
    from qdadesk.cli import main

    project = _cli_project(tmp_path)
    exchange = tmp_path / "study.qdpx"
    assert main(["export", str(project), "--format", "qdpx", "-o", str(exchange)]) == 0
    out = tmp_path / "out"
    out.mkdir()
    target = out / "imported.qdadesk"
    # Kill inside the import's transaction, when the temporary project exists.
    code = """
import os, signal, sys
from qdadesk.core.exchange import import_project
def killer(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)
import_project._rebuild_search_index = killer
from qdadesk.cli import main
sys.exit(main(sys.argv[1:]))
"""
    killed = subprocess.run([sys.executable, "-c", code, "import-qdpx", str(exchange), str(target)])
    assert killed.returncode == -signal.SIGKILL
    assert not target.exists()
    left = [p.name for p in out.iterdir()]
    assert left and all(safe_write.MARKER in name for name in left), left
    assert main(["import-qdpx", str(exchange), str(target)]) == 0
    assert sorted(p.name for p in out.iterdir()) == [target.name]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_opening_a_project_removes_a_killed_writers_temporaries(tmp_path: Path) -> None:
    from qdadesk.cli import main

    project = _cli_project(tmp_path)
    target = tmp_path / "segments.xlsx"
    args = ["segments", str(project), "--format", "xlsx", "-o", str(target)]
    killed = subprocess.run([sys.executable, "-c", _KILL_WHILE_WRITING, *args])
    assert killed.returncode == -signal.SIGKILL
    assert _leftovers(tmp_path)
    assert main(["documents", str(project), "--format", "json"]) == 0
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions and links")
def test_the_previous_files_permissions_and_links_are_kept(tmp_path: Path) -> None:
    target = tmp_path / "shared.csv"
    target.write_bytes(OLD)
    target.chmod(0o640)
    link = tmp_path / "latest.csv"
    link.symlink_to(target)
    safe_write.write_text(link, "new\n")
    assert link.is_symlink() and target.read_text() == "new\n"
    assert target.stat().st_mode & 0o777 == 0o640
