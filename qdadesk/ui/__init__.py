"""The window (PySide6): ``MainWindow`` and its panes, on the core's API.

``MainWindow`` is imported lazily so that importing one pane does not build them all.
"""

from __future__ import annotations

from typing import Any

__all__ = ["MainWindow"]


def __getattr__(name: str) -> Any:
    if name == "MainWindow":
        from qdadesk.ui.main_window import MainWindow

        return MainWindow
    raise AttributeError(f"module 'qdadesk.ui' has no attribute {name!r}")
