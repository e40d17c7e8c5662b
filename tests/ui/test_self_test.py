"""``qdadesk --self-test`` (issue 11): every step in the real window, one line each, exit 0;
exit 1 with the failing step. The bundle runs the same (tests/test_bundle.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _self_test(tmp_path: Path, data_dir: Path, language: str = "en") -> subprocess.CompletedProcess:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        QDADESK_DATA_DIR=str(data_dir),
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        QDADESK_LANG=language,
    )
    return subprocess.run(
        [sys.executable, "-m", "qdadesk.app", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_self_test_passes_every_step(tmp_path: Path) -> None:
    result = _self_test(tmp_path, tmp_path / "data")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    steps = [line for line in lines if line.startswith("ok ")]
    assert [line.split(" (")[0].split(None, 2)[2] for line in steps] == [
        "open the sample project in the window",
        "code a selection",
        "undo the coding",
        "compute a code matrix",
        "compute a display",
        "export .qdpx",
        "export XLSX",
        "import the .qdpx again",
        "draw a PDF page",
    ]
    assert lines[-1] == "self-test passed"
    assert (tmp_path / "data" / "QDA Desk sample.qdadesk").is_file()


def test_self_test_names_the_failing_step_and_exits_1(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    result = _self_test(tmp_path, blocker / "data")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FAILED 1/9 open the sample project in the window" in result.stdout
    assert "self-test passed" not in result.stdout


def test_self_test_speaks_indonesian(tmp_path: Path) -> None:
    result = _self_test(tmp_path, tmp_path / "data", language="id")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Uji mandiri QDA Desk ")
    assert lines[1].startswith("ok    1/9 buka proyek contoh di jendela (")
    assert "kembali menjadi" in lines[3] and "segmen terkode" in lines[3]
    assert lines[-1] == "uji mandiri lulus"
