"""The types are checked: mypy, strict for the whole package: core, command line and window
([tool.mypy] in pyproject.toml)."""

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


def test_every_module_of_ours_is_checked_strictly() -> None:
    """No module of qdadesk (core, command line, window) is exempted or relaxed: the only
    overrides are for third-party libraries that ship no type information (and for the
    resources folder, a package only once installed)."""
    import tomllib

    config = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["mypy"]
    assert config["strict"] is True
    for override in config.get("overrides", []):
        modules = override["module"]
        modules = [modules] if isinstance(modules, str) else modules
        ours = [m for m in modules if m.startswith("qdadesk") and m != "qdadesk.resources"]
        assert not ours, override
        assert set(override) <= {"module", "ignore_missing_imports"}, override
