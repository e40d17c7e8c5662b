"""The types are checked: mypy, strict for the core and the command line ([tool.mypy] in
pyproject.toml; the window has per-module settings there)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_mypy_finds_no_errors(tmp_path: Path) -> None:
    # A fresh cache: the result must not depend on an earlier run (about 10 s on two cores).
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "mypy")],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


def test_the_core_and_command_line_are_checked_strictly() -> None:
    """No module outside the window is exempted: strict mode covers it whole."""
    import tomllib

    config = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["mypy"]
    assert config["strict"] is True
    for override in config.get("overrides", []):
        if override.get("ignore_errors"):
            modules = override["module"]
            modules = [modules] if isinstance(modules, str) else modules
            assert all(m.startswith("qdadesk.ui") for m in modules), modules


def test_the_window_panes_and_seams_are_checked() -> None:
    """The session, the window's typed seam and the first panes are not exempted: they
    are listed with ``ignore_errors = false`` (more specific than ``qdadesk.ui.*``)."""
    import tomllib

    config = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["mypy"]
    checked = {
        module
        for override in config.get("overrides", [])
        if override.get("ignore_errors") is False
        for module in override["module"]
    }
    assert {
        "qdadesk.ui.session",
        "qdadesk.ui.window_api",
        "qdadesk.ui.retrieved_segments",
        "qdadesk.ui.document_system",
    } <= checked
