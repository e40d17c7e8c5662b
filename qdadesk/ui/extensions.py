"""Window parts that other areas add to the main window (analysis, displays, exchange).

Each module listed here has ``install(window)``, called once after the main window has built
its menus; it adds its own actions (objectName ``action...``) to the window's menus
(``window.menu("Analysis")`` etc.) and opens its own dialogs. Keeping them here keeps the
main window module small and lets each area own its code.
"""

from __future__ import annotations

import importlib
from typing import Any

EXTENSION_MODULES: list[str] = [
    "qdadesk.ui.workspace_actions",
    "qdadesk.ui.import_options",
    "qdadesk.ui.analysis.actions",
    "qdadesk.ui.exchange.actions",
    "qdadesk.ui.displays.actions",
    "qdadesk.ui.reports_actions",
    "qdadesk.ui.paraphrases.actions",
    "qdadesk.ui.document_properties",
    "qdadesk.ui.project_safety",
    "qdadesk.ui.coders",
    "qdadesk.ui.exchange.teamwork",
    "qdadesk.ui.maps.actions",
]


def install_all(window: Any) -> None:
    for module_name in EXTENSION_MODULES:
        importlib.import_module(module_name).install(window)
