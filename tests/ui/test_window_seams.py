"""The window's parts talk through a typed seam (``MainWindowApi``), not duck typing: no
``window: Any`` with ``hasattr``/``getattr`` probes, no attributes attached to the window
from other modules, no classes or modules loaded by string name, and a missing module
fails loudly instead of leaving an empty pane."""

# ruff: noqa: F811  (fixtures are imported from coding_workspace_support)
from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest
from coding_workspace_support import isolated_settings  # noqa: F401

import qdadesk.ui
from qdadesk.ui.window_api import MainWindowApi

UI = Path(qdadesk.ui.__file__).parent
WINDOW_NAMES = {"window", "main_window", "parent"}


def _sources() -> list[tuple[Path, ast.AST]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in UI.rglob("*.py")]


def _names_window(node: ast.AST) -> bool:
    """``window``, ``self.window``, ``self.main_window`` ..."""
    if isinstance(node, ast.Name):
        return node.id in WINDOW_NAMES
    return isinstance(node, ast.Attribute) and node.attr in WINDOW_NAMES


def test_no_part_probes_the_window_or_loads_by_name() -> None:
    found = []
    for path, tree in _sources():
        where = path.relative_to(UI)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("hasattr", "getattr", "setattr")
                and node.args
                and _names_window(node.args[0])
            ):
                found.append(f"{where}:{node.lineno} {node.func.id} on the window")
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "__import__"
            ):
                found.append(f"{where}:{node.lineno} __import__")
            if isinstance(node, ast.Attribute) and node.attr == "import_module":
                found.append(f"{where}:{node.lineno} importlib.import_module")
            if (
                isinstance(node, ast.arg)
                and node.arg in ("window", "main_window")
                and isinstance(node.annotation, ast.Name)
                and node.annotation.id == "Any"
            ):
                found.append(f"{where}:{node.lineno} {node.arg}: Any")
    assert found == []


def test_no_module_attaches_attributes_to_the_window() -> None:
    """Only the main window sets its own attributes; other modules hand theirs back."""
    found = []
    for path, tree in _sources():
        if path.name == "main_window.py":
            continue
        for node in ast.walk(tree):
            targets = node.targets if isinstance(node, ast.Assign) else []
            for target in targets:
                if isinstance(target, ast.Attribute) and _names_window(target.value):
                    found.append(f"{path.relative_to(UI)}:{node.lineno} sets window.{target.attr}")
    assert found == []


def test_the_main_window_is_what_its_parts_expect(qtbot, isolated_settings) -> None:
    from qdadesk.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    members = set(MainWindowApi.__annotations__) | {
        name for name, value in vars(MainWindowApi).items() if callable(value) and name[0] != "_"
    }
    assert members >= {"session", "menu", "show_error", "retrieved_segments", "display_windows"}
    missing = sorted(name for name in members if not hasattr(window, name))
    assert missing == []


def test_a_missing_part_fails_loudly(qtbot, isolated_settings, monkeypatch) -> None:
    import qdadesk.ui.exchange
    from qdadesk.ui.main_window import MainWindow

    # As if the module were missing from a build: it cannot be imported.
    monkeypatch.setitem(sys.modules, "qdadesk.ui.exchange.actions", None)
    monkeypatch.delattr(qdadesk.ui.exchange, "actions", raising=False)
    with pytest.raises(ImportError):
        MainWindow()
