"""Visual Tools -> Maps…: the maps window of the open project.
``install(window)`` is called by the main window (``MainWindow._install_parts``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from qdadesk.core.i18n import tr
from qdadesk.ui.actions_common import MenuActions

if TYPE_CHECKING:
    from qdadesk.ui.maps.window import MapsWindow
    from qdadesk.ui.window_api import MainWindowApi


class MapActions(MenuActions):
    def __init__(self, window: MainWindowApi) -> None:
        super().__init__(window)
        menu = window.menu("Visual Tools")
        if menu.actions():
            menu.addSeparator()
        self._add(menu, "actionMaps", tr("Maps…"), self.open_maps)
        self._follow_session()

    def open_maps(self) -> MapsWindow | None:
        """Show the maps window (one per project); None without a project."""
        from qdadesk.ui.maps.window import MapsWindow

        return self._show_as("maps", MapsWindow, lambda session: MapsWindow(session, self.window))


def install(window: MainWindowApi) -> MapActions:
    return MapActions(window)
