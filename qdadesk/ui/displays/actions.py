"""The Visual Tools and Reports menu entries of the displays, and the windows they open.

``install(window)`` uses the main window as ``MainWindowApi`` describes it: its menus, its
session, its ``display_windows`` (the open ones, closed with the project). Each window's
class is imported when it is first opened, by a function that names it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QMessageBox

from qdadesk.core.i18n import tr
from qdadesk.ui.actions_common import make_action

if TYPE_CHECKING:
    from qdadesk.ui.displays.chart_windows import ChartWindow
    from qdadesk.ui.displays.common import DisplayWindow
    from qdadesk.ui.window_api import MainWindowApi

Display = TypeVar("Display", bound="DisplayWindow")


def _code_matrix() -> type[DisplayWindow]:
    from qdadesk.ui.displays.matrix_windows import CodeMatrixWindow

    return CodeMatrixWindow


def _code_relations() -> type[DisplayWindow]:
    from qdadesk.ui.displays.matrix_windows import CodeRelationsWindow

    return CodeRelationsWindow


def _crosstab() -> type[DisplayWindow]:
    from qdadesk.ui.displays.matrix_windows import CrosstabWindow

    return CrosstabWindow


def _code_frequencies() -> type[DisplayWindow]:
    from qdadesk.ui.displays.matrix_windows import CodeFrequenciesWindow

    return CodeFrequenciesWindow


def _document_portrait() -> type[ChartWindow]:
    from qdadesk.ui.displays.chart_windows import DocumentPortraitWindow

    return DocumentPortraitWindow


def _codeline() -> type[ChartWindow]:
    from qdadesk.ui.displays.chart_windows import CodelineWindow

    return CodelineWindow


def _document_comparison() -> type[DisplayWindow]:
    from qdadesk.ui.displays.chart_windows import DocumentComparisonWindow

    return DocumentComparisonWindow


def _summary_grid() -> type[DisplayWindow]:
    from qdadesk.ui.displays.summary_windows import SummaryGridWindow

    return SummaryGridWindow


def _summary_tables() -> type[DisplayWindow]:
    from qdadesk.ui.displays.summary_windows import SummaryTablesWindow

    return SummaryTablesWindow


def _quote_matrix() -> type[DisplayWindow]:
    from qdadesk.ui.displays.builder import QuoteMatrixWindow

    return QuoteMatrixWindow


def _display_builder() -> type[DisplayWindow]:
    from qdadesk.ui.displays.builder import DisplayBuilderWindow

    return DisplayBuilderWindow


# (objectName, text, shortcut, menu, the window's class: imported when first opened)
ACTIONS: list[tuple[str, str, str | None, str, Callable[[], type[DisplayWindow]]]] = [
    (
        "actionCodeMatrixBrowser",
        tr("Code Matrix Browser"),
        "Ctrl+Alt+M",
        "Visual Tools",
        _code_matrix,
    ),
    (
        "actionCodeRelationsBrowser",
        tr("Code Relations Browser"),
        "Ctrl+Alt+R",
        "Visual Tools",
        _code_relations,
    ),
    ("actionCrosstab", tr("Crosstab"), None, "Visual Tools", _crosstab),
    ("actionDocumentPortrait", tr("Document Portrait"), None, "Visual Tools", _document_portrait),
    ("actionCodeline", tr("Codeline"), None, "Visual Tools", _codeline),
    (
        "actionDocumentComparisonChart",
        tr("Document Comparison Chart"),
        None,
        "Visual Tools",
        _document_comparison,
    ),
    ("actionCodeFrequencies", tr("Code Frequencies"), None, "Visual Tools", _code_frequencies),
    ("actionSummaryGrid", tr("Summary Grid"), None, "Reports", _summary_grid),
    ("actionSummaryTables", tr("Summary Tables"), None, "Reports", _summary_tables),
    ("actionQuoteMatrix", tr("Interactive Quote Matrix"), None, "Reports", _quote_matrix),
    (
        "actionDisplayBuilder",
        tr("Display Builder (Miles && Huberman)"),
        None,
        "Reports",
        _display_builder,
    ),
]


def install(window: MainWindowApi) -> None:
    """Add the display actions to the window's Visual Tools and Reports menus."""
    for name, text, shortcut, menu_name, display_class in ACTIONS:
        make_action(
            window.window(),
            name,
            text,
            _opener(window, display_class),
            shortcut,
            window.menu(menu_name),
        )
    for text, chart_class in (
        (tr("Document Portrait"), _document_portrait),
        (tr("Codeline"), _codeline),
    ):
        window.document_system.add_document_action(text, _chart_opener(window, chart_class))
    # Another project (or none): the open displays belong to the old one.
    window.sessionChanged.connect(lambda _session: close_displays(window))


def _opener(
    window: MainWindowApi, display_class: Callable[[], type[DisplayWindow]]
) -> Callable[[], DisplayWindow | None]:
    """What a menu entry calls: open the display (its class imported now)."""
    return lambda: open_display(window, display_class())


def _chart_opener(
    window: MainWindowApi, chart_class: Callable[[], type[ChartWindow]]
) -> Callable[[int], ChartWindow | None]:
    """What a document's context-menu entry calls with the document's id."""
    return lambda document_id: open_chart(window, chart_class(), document_id)


def close_displays(window: MainWindowApi) -> None:
    """Close every display window opened from ``window``."""
    for display in window.display_windows:
        display.close()
        display.deleteLater()
    window.display_windows.clear()


def open_display(window: MainWindowApi, display_class: type[Display]) -> Display | None:
    """Open (and return) one display window over the window's project."""
    session = window.session
    if session is None:
        QMessageBox.information(window.window(), tr("QDA Desk"), tr("Open a project first."))
        return None
    display = display_class(session, window)
    opened = window.display_windows
    opened[:] = [w for w in opened if w.isVisible()]
    opened.append(display)
    display.show()
    return display


def open_chart(
    window: MainWindowApi, chart_class: type[ChartWindow], document_id: int
) -> ChartWindow | None:
    """Open a one-document chart (portrait, codeline) on ``document_id``."""
    display = open_display(window, chart_class)
    if display is not None:
        display.select([document_id])
        display.refresh()
    return display
