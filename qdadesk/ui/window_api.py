"""What the window's parts (action groups, display windows, dialogs) may use of the main
window: one typed seam instead of ``Any`` plus ``hasattr``.

``MainWindow`` implements it; a test may hand a part any object with these members. Parts
get the window at construction and use only what is listed here; the window keeps what
their ``install(window)`` returns in attributes of its own.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QStatusBar, QWidget

    from qdadesk.core import Operation, Project
    from qdadesk.core.store.lock import ProjectLock
    from qdadesk.ui.code_system import CodeSystemPane
    from qdadesk.ui.document_browser import DocumentBrowser
    from qdadesk.ui.document_system import DocumentSystemPane
    from qdadesk.ui.maps.actions import MapActions
    from qdadesk.ui.retrieved_segments import RetrievedSegmentsPane
    from qdadesk.ui.session import ProjectSession


class MainWindowApi(Protocol):
    """The main window as its parts see it; ``window()`` is the QWidget to parent dialogs to."""

    session: ProjectSession | None
    sessionChanged: SignalInstance  # ProjectSession or None: another project, or none
    document_system: DocumentSystemPane
    code_system: CodeSystemPane
    document_browser: DocumentBrowser
    retrieved_segments: RetrievedSegmentsPane
    map_actions: MapActions  # Visual Tools -> Maps (a display opens its causal network there)
    action_sample: QAction
    action_close: QAction
    # Display windows opened from this window (kept alive while open, closed with the project).
    display_windows: list[QWidget]
    # False: background jobs show no progress dialog (scripts and tests).
    show_dialogs: bool

    def menu(self, title: str) -> QMenu: ...

    # QWidget's own: the main window as a widget (a Protocol cannot say "is a QWidget"), the
    # one way parts get the widget to parent their windows and dialogs to, raise and search.
    def window(self) -> QWidget: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name)

    def show_error(self, message: str) -> None: ...

    def run_operation(self, call: Callable[[], Operation]) -> Operation | None: ...

    def open_project(self, path: str | os.PathLike[str]) -> bool: ...

    def start_session(self, project: Project, held_lock: ProjectLock | None = None) -> None: ...

    def close_project(self, show_start: bool = True) -> None: ...

    def open_document_id(self, document_id: int) -> None: ...

    def select_range(self, document_id: int, start: int, end: int) -> None: ...

    def current_code_id(self) -> int | None: ...

    def set_current_code(self, code_id: int | None) -> None: ...


def parent_widget(window: MainWindowApi | None) -> QWidget | None:
    """The widget a part's dialogs sit over: ``window.window()``, or none without a window
    (a dialog opened on its own)."""
    return None if window is None else window.window()
