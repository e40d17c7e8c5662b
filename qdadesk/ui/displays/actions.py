"""The Visual Tools and Reports menu entries of the displays, and the windows they open.

``install(window)`` expects the main window to offer ``menu(name) -> QMenu`` and a
``session`` attribute (the open ``ProjectSession`` or None); Retrieved Segments is reached
through ``window.retrieved_segments`` when it exists.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

from qdadesk.core.i18n import tr
from qdadesk.ui.actions_common import make_action

# (objectName, text, shortcut, menu, module, class)
ACTIONS = [
    (
        "actionCodeMatrixBrowser",
        tr("Code Matrix Browser"),
        "Ctrl+Alt+M",
        "Visual Tools",
        "matrix_windows",
        "CodeMatrixWindow",
    ),
    (
        "actionCodeRelationsBrowser",
        tr("Code Relations Browser"),
        "Ctrl+Alt+R",
        "Visual Tools",
        "matrix_windows",
        "CodeRelationsWindow",
    ),
    ("actionCrosstab", tr("Crosstab"), None, "Visual Tools", "matrix_windows", "CrosstabWindow"),
    (
        "actionDocumentPortrait",
        tr("Document Portrait"),
        None,
        "Visual Tools",
        "chart_windows",
        "DocumentPortraitWindow",
    ),
    ("actionCodeline", tr("Codeline"), None, "Visual Tools", "chart_windows", "CodelineWindow"),
    (
        "actionDocumentComparisonChart",
        tr("Document Comparison Chart"),
        None,
        "Visual Tools",
        "chart_windows",
        "DocumentComparisonWindow",
    ),
    (
        "actionCodeFrequencies",
        tr("Code Frequencies"),
        None,
        "Visual Tools",
        "matrix_windows",
        "CodeFrequenciesWindow",
    ),
    (
        "actionSummaryGrid",
        tr("Summary Grid"),
        None,
        "Reports",
        "summary_windows",
        "SummaryGridWindow",
    ),
    (
        "actionSummaryTables",
        tr("Summary Tables"),
        None,
        "Reports",
        "summary_windows",
        "SummaryTablesWindow",
    ),
    (
        "actionQuoteMatrix",
        tr("Interactive Quote Matrix"),
        None,
        "Reports",
        "builder",
        "QuoteMatrixWindow",
    ),
    (
        "actionDisplayBuilder",
        tr("Display Builder (Miles && Huberman)"),
        None,
        "Reports",
        "builder",
        "DisplayBuilderWindow",
    ),
]


def install(window: Any) -> None:
    """Add the display actions to the window's Visual Tools and Reports menus."""
    opened: list[Any] = []
    window._display_windows = opened  # keeps the windows alive while they are open
    for name, text, shortcut, menu_name, module, class_name in ACTIONS:
        make_action(
            window,
            name,
            text,
            lambda m=module, c=class_name: open_display(window, m, c),
            shortcut,
            window.menu(menu_name),
        )
    document_system = getattr(window, "document_system", None)
    if hasattr(document_system, "document_actions"):
        for text, class_name in (
            (tr("Document Portrait"), "DocumentPortraitWindow"),
            (tr("Codeline"), "CodelineWindow"),
        ):
            document_system.document_actions.append(
                (text, lambda document_id, c=class_name: open_chart(window, c, document_id))
            )
    session_changed = getattr(window, "sessionChanged", None)
    if session_changed is not None:
        # Another project (or none): the open displays belong to the old one.
        session_changed.connect(lambda _session: close_displays(window))


def close_displays(window: Any) -> None:
    """Close every display window opened from ``window``."""
    opened = getattr(window, "_display_windows", [])
    for display in opened:
        display.close()
        display.deleteLater()
    opened.clear()


def open_display(window: Any, module: str, class_name: str) -> Any:
    """Open (and return) one display window over the window's project."""
    import importlib

    session = getattr(window, "session", None)
    if session is None:
        QMessageBox.information(window, tr("QDA Desk"), tr("Open a project first."))
        return None
    cls = getattr(importlib.import_module(f"qdadesk.ui.displays.{module}"), class_name)
    display = cls(session, window)
    opened = getattr(window, "_display_windows", [])
    opened[:] = [w for w in opened if w.isVisible()]
    opened.append(display)
    display.show()
    return display


def open_chart(window: Any, class_name: str, document_id: int) -> Any:
    """Open a one-document chart (portrait, codeline) on ``document_id``."""
    display = open_display(window, "chart_windows", class_name)
    if display is not None:
        display.select([document_id])
        display.refresh()
    return display
