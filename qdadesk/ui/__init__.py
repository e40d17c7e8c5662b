"""The window (PySide6): ``MainWindow`` and its panes, on the core's API.

``MainWindow`` is imported lazily so that importing one pane does not build them all.
"""

from __future__ import annotations

import sys
from typing import Any

__all__ = ["MainWindow"]


def _keep_none_alive() -> None:
    """Work around PySide6 wheels that return ``None`` from void methods without taking a
    reference (harmless on Python 3.12+, where ``None`` is immortal). On Python 3.11 each
    such call (``setText``, ``drawLine`` ...) spends one of ``None``'s references until the
    interpreter aborts with "deallocating None" after a few thousand calls. Seen with
    PySide6 6.12.0; detected here, so a fixed PySide6 leaves ``None`` alone."""
    if sys.version_info >= (3, 12):
        return
    from PySide6.QtCore import QPoint

    point = QPoint()
    before = sys.getrefcount(None)
    for _ in range(16):
        point.setX(1)
    if sys.getrefcount(None) < before - 8:
        import ctypes

        # ob_refcnt is the first field of every object: make None as good as immortal.
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 60


_keep_none_alive()


def __getattr__(name: str) -> Any:
    if name == "MainWindow":
        from qdadesk.ui.main_window import MainWindow

        return MainWindow
    raise AttributeError(f"module 'qdadesk.ui' has no attribute {name!r}")
