"""The layer rules of DESIGN.md, checked on the source.

Which package may import which is import-linter's job (the contracts in pyproject.toml,
run by ``test_import_contracts_hold``); what an import graph cannot see is checked here on
the syntax tree: the window never runs SQL and never reaches into the project's private
members.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "qdadesk" / "ui"


# A connection, or what runs a statement on one.
_SQL_MEMBERS = {"db", "conn", "execute", "executemany", "executescript"}


def _ui_trees() -> list[tuple[str, ast.AST]]:
    return [
        (str(path.relative_to(ROOT)), ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(UI.rglob("*.py"))
    ]


def test_the_window_runs_no_sql() -> None:
    offenders = []
    for name, tree in _ui_trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in _SQL_MEMBERS:
                offenders.append(f"{name}:{node.lineno} .{node.attr}")
            elif isinstance(node, ast.Import | ast.ImportFrom):
                modules = (
                    [alias.name for alias in node.names]
                    if isinstance(node, ast.Import)
                    else [node.module or ""]
                )
                if any(m.split(".")[0] == "sqlite3" for m in modules):
                    offenders.append(f"{name}:{node.lineno} imports sqlite3")
    assert offenders == []


def test_the_window_uses_only_the_projects_public_members() -> None:
    offenders = []
    for name, tree in _ui_trees():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
                and "project" in ast.unparse(node.value).lower()
            ):
                offenders.append(f"{name}:{node.lineno} {ast.unparse(node)}")
    assert offenders == []


def test_import_contracts_hold() -> None:
    """pyproject.toml's [tool.importlinter] contracts: the core never imports Qt, the window
    or the command line; the command line reaches Qt only through qdadesk.render; importers,
    exporters and exchange never import the window; analysis never imports exchange."""
    lint_imports = Path(sys.executable).parent / "lint-imports"
    if not lint_imports.exists():
        lint_imports = Path(shutil.which("lint-imports") or "lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
