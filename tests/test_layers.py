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


def test_xml_is_read_by_defusedxml_and_lxml_only() -> None:
    """One way to read XML that may be hostile: defusedxml as the gate (no DTD, so no
    entities), lxml for the work. The standard library's parsers (ElementTree, minidom,
    expat) are not used on any file a user opens. xml.sax.saxutils' ``escape`` (writing) and
    the SAX exception and handler classes defusedxml's gate works with are fine.
    ``qdadesk/i18n_tools.py`` reads the project's own translation files (a developer tool,
    not user input) with ElementTree."""
    banned = ("xml.etree", "xml.dom", "xml.parsers", "xml.minidom")
    offenders = []
    for path in sorted((ROOT / "qdadesk").rglob("*.py")):
        if path.name == "i18n_tools.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                modules = [node.module or ""]
            else:
                continue
            if any(m == b or m.startswith(b + ".") for m in modules for b in banned):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []
