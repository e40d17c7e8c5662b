"""The core runs without a display: nothing under qdadesk/core may import Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "qdadesk" / "core"


def test_no_module_in_core_imports_qt() -> None:
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6"} for n in names):
                offenders.append(str(path.relative_to(CORE)))
    assert offenders == []


def test_importing_the_whole_core_loads_no_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, qdadesk.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'qdadesk.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "print(any(k.startswith('PySide6') for k in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_opening_a_project_loads_no_pandas(tmp_path) -> None:
    """The window and every CLI command start fast: pandas only comes with an analysis."""
    code = (
        "import sys\n"
        "from qdadesk.core import Project\n"
        f"Project.create({str(tmp_path / 'p.qdadesk')!r}).close()\n"
        f"Project.open({str(tmp_path / 'p.qdadesk')!r}).close()\n"
        "heavy = ('pandas', 'numpy', 'docx', 'openpyxl', 'lxml', 'sqlite_utils')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
