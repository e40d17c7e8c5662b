"""What every display window shares: a tool row, the "only activated" switches, refreshing
when the project or the activation changes, exports, and sending segments to Retrieved
Segments."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qdadesk.core.analysis.activation import Activation
from qdadesk.core.analysis.matrices import scoped_activation
from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import tr
from qdadesk.ui.help import help_button
from qdadesk.ui.plain_text import shown_as_typed
from qdadesk.ui.save_dialog import ask_save_path
from qdadesk.ui.window_api import MainWindowApi

if TYPE_CHECKING:
    import pandas as pd

    from qdadesk.core.project import Project
    from qdadesk.ui.session import ProjectSession

# Each window's page and section of the user guide (resources/help), for its Help button.
HELP_PAGES = {
    "CodeMatrixWindow": ("visual-tools.md", "code-matrix-browser"),
    "CodeRelationsWindow": ("visual-tools.md", "code-relations-browser"),
    "CrosstabWindow": ("visual-tools.md", "crosstab"),
    "CodeFrequenciesWindow": ("visual-tools.md", "code-frequencies"),
    "DocumentPortraitWindow": ("visual-tools.md", "document-portrait"),
    "CodelineWindow": ("visual-tools.md", "codeline"),
    "DocumentComparisonWindow": ("visual-tools.md", "document-comparison-chart"),
    "SummaryGridWindow": ("displays.md", "summary-grid"),
    "SummaryTablesWindow": ("displays.md", "summary-tables"),
    "QuoteMatrixWindow": ("displays.md", "interactive-quote-matrix"),
    "DisplayBuilderWindow": ("displays.md", "display-builder"),
    "CategorizeParaphrasesWindow": ("paraphrases.md", "categorizing-paraphrases"),
    "ParaphrasesMatrixWindow": ("paraphrases.md", "paraphrases-matrix"),
}


class DisplayWindow(QWidget):
    """A top-level window over the session's project; subclasses fill ``refresh``."""

    segmentsRequested = Signal(object, str)  # (segments DataFrame, title)
    TITLE = ""

    def __init__(
        self,
        session: ProjectSession,
        main_window: MainWindowApi | None = None,
        switches: bool = True,
    ) -> None:
        parent = main_window.window() if main_window is not None else None
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.main_window = main_window
        self.setWindowTitle(self.TITLE)
        self.resize(1000, 640)
        self.layout_ = QVBoxLayout(self)
        self.tools = QHBoxLayout()
        self.tools.setSpacing(8)
        self.layout_.addLayout(self.tools)
        self.only_documents = QCheckBox(tr("Only activated documents"))
        self.only_codes = QCheckBox(tr("Only activated codes"))
        self.only_documents.setObjectName("onlyActivatedDocuments")
        self.only_codes.setObjectName("onlyActivatedCodes")
        self.switches = QHBoxLayout()
        if switches:
            for box in (self.only_documents, self.only_codes):
                box.toggled.connect(self.schedule_refresh)
                self.switches.addWidget(box)
        self.switches.addStretch(1)
        page, anchor = HELP_PAGES.get(type(self).__name__, ("visual-tools.md", None))
        self.switches.addWidget(help_button(self, page, anchor))
        self.layout_.addLayout(self.switches)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setObjectName("displayStatus")
        self._pending = False
        self._closed = False
        session.changed.connect(self._on_change)
        session.activationChanged.connect(self._on_activation)

    # -- building the tool row -------------------------------------------------------------
    def add_combo(self, label: str, items: Sequence[tuple[str, object]], name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for text, data in items:
            combo.addItem(text, data)
        if label:
            self.tools.addWidget(QLabel(label))
        self.tools.addWidget(combo)
        combo.currentIndexChanged.connect(self.schedule_refresh)
        return combo

    def add_check(self, label: str, name: str) -> QCheckBox:
        box = QCheckBox(label)
        box.setObjectName(name)
        box.toggled.connect(self.schedule_refresh)
        self.tools.addWidget(box)
        return box

    def add_button(self, label: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(label)
        button.setObjectName(name)
        button.clicked.connect(slot)
        self.tools.addWidget(button)
        return button

    def finish_tools(self) -> None:
        self.tools.addStretch(1)

    # -- state -----------------------------------------------------------------------------
    @property
    def project(self) -> Project:
        return self.session.project

    def activation(self) -> Activation:
        """The session's activation narrowed by this window's switches."""
        return scoped_activation(
            self.session.activation, self.only_documents.isChecked(), self.only_codes.isChecked()
        )

    def schedule_refresh(self, *_: object) -> None:
        """Recompute once control returns to the event loop (many signals, one refresh)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._refresh_now)

    def _refresh_now(self) -> None:
        self._pending = False
        if self._closed:
            return  # a refresh scheduled just before the window (or its project) closed
        try:
            self.refresh()
        except QdaError as error:
            self.status.setText(str(error))

    def _on_change(self, *_: object) -> None:
        self.schedule_refresh()

    def _on_activation(self) -> None:
        if self.only_documents.isChecked() or self.only_codes.isChecked():
            self.schedule_refresh()

    def refresh(self) -> None:  # pragma: no cover - every window overrides it
        raise NotImplementedError

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._closed:  # Qt may close a window twice (close(), then its parent's)
            self._closed = True
            self.session.changed.disconnect(self._on_change)
            self.session.activationChanged.disconnect(self._on_activation)
        super().closeEvent(event)

    # -- going back to the data ------------------------------------------------------------
    def show_segments(self, frame: pd.DataFrame, title: str) -> None:
        """List segments in the main window's Retrieved Segments (and tell listeners)."""
        if self.main_window is not None:
            self.main_window.retrieved_segments.show_segments(frame, title)
        self.segmentsRequested.emit(frame, title)

    # -- exports ---------------------------------------------------------------------------
    def ask_path(self, caption: str, file_filter: str, suffix: str = "") -> str | None:
        """A file to export to, its extension naming the format (``save_dialog``); the
        first filter is the default, so ``suffix`` is not needed (kept for old callers)."""
        return ask_save_path(self, caption, file_filter)

    def run_export(self, write: Callable[[str], object], path: str) -> bool:
        try:
            write(path)
        except QdaError as error:
            QMessageBox.warning(self, self.TITLE, shown_as_typed(str(error)))
            return False
        self.status.setText(tr("Exported to {path}").format(path=path))
        return True


def column_choices(project: Project, sets: bool = True) -> list[tuple[str, str]]:
    """The column axes a matrix can use: documents, groups, sets, each document variable."""
    items = [(tr("Documents"), "documents"), (tr("Document groups"), "groups")]
    if sets:
        items.append((tr("Document sets"), "sets"))
    for variable in project.variables("document"):
        items.append(
            (tr("Variable: {name}").format(name=variable.name), f"variable:{variable.name}")
        )
    return items
