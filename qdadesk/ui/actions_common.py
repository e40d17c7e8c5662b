"""Menu entries that extensions add to the main window: one way to make a named action, and
a base for a set of entries that follow the window's open project."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:
    from qdadesk.ui.session import ProjectSession
    from qdadesk.ui.window_api import MainWindowApi

Shown = TypeVar("Shown", bound=QWidget)


def make_action(
    parent: QObject,
    name: str,
    text: str,
    slot: Callable[[], Any],
    shortcut: str | None = None,
    menu: QMenu | None = None,
) -> QAction:
    """A QAction with objectName ``name`` calling ``slot()``; added to ``menu`` when given."""
    action = QAction(text, parent)
    action.setObjectName(name)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    if menu is not None:
        menu.addAction(action)
    return action


class MenuActions:
    """Menu entries bound to one window. The entries in ``actions`` are enabled only while a
    project is open; the windows opened through ``_show`` (one per key) close when the
    window's project changes. Subclasses add entries, then call ``_follow_session()``."""

    def __init__(self, window: MainWindowApi) -> None:
        self.window = window
        self.actions: dict[str, QAction] = {}
        self.dialogs: dict[str, QWidget] = {}

    @property
    def session(self) -> ProjectSession | None:
        return self.window.session

    def _add(
        self,
        menu: QMenu,
        name: str,
        text: str,
        slot: Callable[[], Any],
        shortcut: str | None = None,
    ) -> QAction:
        action = make_action(menu, name, text, slot, shortcut, menu)
        self.actions[name] = action
        return action

    def _follow_session(self) -> None:
        self.window.sessionChanged.connect(self._on_session)
        self._on_session(self.session)

    def _on_session(self, session: ProjectSession | None) -> None:
        for action in self.actions.values():
            action.setEnabled(session is not None)
        for dialog in list(self.dialogs.values()):
            dialog.close()
        self.dialogs.clear()

    def _show(self, key: str, make: Callable[[ProjectSession], QWidget]) -> QWidget | None:
        """Show (making it first, for the open project, if need be) the window kept under
        ``key``; None without a project."""
        session = self.session
        if session is None:
            return None
        dialog = self.dialogs.get(key)
        if dialog is None:
            dialog = make(session)
            self.dialogs[key] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _show_as(
        self, key: str, kind: type[Shown], make: Callable[[ProjectSession], Shown]
    ) -> Shown | None:
        """``_show`` for a window of a known class (the one ``make`` makes under ``key``)."""
        shown = self._show(key, make)
        return shown if isinstance(shown, kind) else None
