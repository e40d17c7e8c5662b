"""Analysis → Paraphrase Mode (Ctrl+Shift+P), Categorize Paraphrases… and Paraphrases
Matrix…, as in MAXQDA 2018.

In Paraphrase mode a sidebar opens beside the Document Browser's text: select a passage,
write its paraphrase, press Enter. Each change is one undoable operation of the core.
``install(window)`` is called by ``MainWindow._install_parts``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import tr
from qdadesk.ui.actions_common import MenuActions
from qdadesk.ui.paraphrases.panel import ParaphrasePanel, PassageHighlighter

if TYPE_CHECKING:
    from qdadesk.core import Operation
    from qdadesk.ui.session import ProjectSession
    from qdadesk.ui.window_api import MainWindowApi


class ParaphraseActions(MenuActions):
    """The menu entries and the Paraphrase mode of one window."""

    def __init__(self, window: MainWindowApi) -> None:
        super().__init__(window)
        self.browser = window.document_browser
        self.panel = ParaphrasePanel()
        self.panel.hide()
        self._highlighter: PassageHighlighter | None = None
        self._watched_document: QTextDocument | None = None
        self._listening: ProjectSession | None = None
        self._install_panel()
        menu = window.menu("Analysis")
        if menu.actions():
            menu.addSeparator()
        self.action_mode = self._add(
            menu, "actionParaphraseMode", tr("Paraphrase Mode"), self._mode_toggled, "Ctrl+Shift+P"
        )
        self.action_mode.setCheckable(True)
        self._add(
            menu,
            "actionCategorizeParaphrases",
            tr("Categorize Paraphrases…"),
            self.categorize_window,
        )
        self._add(menu, "actionParaphrasesMatrix", tr("Paraphrases Matrix…"), self.matrix_window)
        column = self.panel.column
        column.set_view(self.browser.text)
        column.passageWanted.connect(self.browser.select_range)
        column.editWanted.connect(self.edit)
        column.removeWanted.connect(self.remove)
        self.panel.addWanted.connect(self.add_for_selection)
        text = self.browser.text
        text.selectionChanged.connect(self._selection_changed)
        self._watcher = _MouseRelease(self._released, self.panel)
        text.viewport().installEventFilter(self._watcher)
        self.browser.documentChanged.connect(lambda _id: self.reload())
        self._follow_session()

    def _install_panel(self) -> None:
        """Put the sidebar to the right of the text, in a splitter the user can drag."""
        layout = cast(QVBoxLayout, self.browser.layout())  # the browser's column
        index = layout.indexOf(self.browser.text)
        splitter = QSplitter(Qt.Orientation.Horizontal, self.browser)
        splitter.setObjectName("paraphraseSplitter")
        splitter.setChildrenCollapsible(False)
        layout.insertWidget(index, splitter, 1)
        splitter.addWidget(self.browser.text)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.splitterMoved.connect(self._remember_width)
        self.splitter = splitter

    def _remember_width(self, _position: int = 0, _index: int = 0) -> None:
        """The sidebar's share of the width, kept for the next time (per user)."""
        sizes = self.splitter.sizes()
        if self.panel.isVisible() and sum(sizes) > 0:
            QSettings().setValue("paraphrases/sidebarShare", round(sizes[1] / sum(sizes), 3))

    # -- the mode --------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self.action_mode.isChecked()

    def set_mode(self, on: bool) -> None:
        self.action_mode.setChecked(on)
        self._mode_toggled()

    def _mode_toggled(self) -> None:
        on = self.active and self.session is not None
        self.panel.setVisible(on)
        if on:
            width = max(self.splitter.width(), 400)
            stored = QSettings().value("paraphrases/sidebarShare", 0.3)
            try:
                share = float(stored) if isinstance(stored, (int, float, str)) else 0.3
            except ValueError:
                share = 0.3
            share = min(max(share, 0.15), 0.6)
            self.splitter.setSizes([int(width * (1 - share)), int(width * share)])
        self.reload()
        self._selection_changed()

    def _on_session(self, session: ProjectSession | None) -> None:
        super()._on_session(session)
        if self._listening is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self._listening.changed.disconnect(self._on_changed)
        self._listening = session
        if session is not None:
            session.changed.connect(self._on_changed)
        else:
            self.action_mode.setChecked(False)
        self._mode_toggled()

    def _on_changed(self, operation: Operation, _event: str) -> None:
        changes = operation.changes
        document_id = self.browser.current_document_id()
        if self.active and changes.touched("paraphrases") and document_id in changes.documents:
            self.reload()

    def reload(self) -> None:
        """Re-read the open document's paraphrases into the sidebar and the highlight."""
        document_id = self.browser.current_document_id()
        session = self.session
        if self._highlighter is not None:
            # Gone already when its document was (a highlighter is its document's child).
            with contextlib.suppress(RuntimeError):
                self._highlighter.setDocument(None)
                self._highlighter.deleteLater()
            self._highlighter = None
        if not self.active or session is None or document_id is None:
            self.panel.set_paraphrases([], [])
            return
        from qdadesk.core.analysis.paraphrases import paraphrase_entries

        entries = paraphrase_entries(session.project, [document_id])
        offsets = self.browser.text.offsets
        ranges = [offsets.range_to_qt(e.start, e.end) for e in entries]
        self.panel.set_paraphrases(entries, ranges)
        document = self.browser.text.document()
        self._highlighter = PassageHighlighter(document, ranges)
        if document is not self._watched_document:
            # Zooming or a re-layout moves the passages: the notes follow.
            self._watched_document = document
            document.documentLayout().documentSizeChanged.connect(self.panel.column.update)

    def _selection_changed(self) -> None:
        if not self.active:
            return
        selected = self.browser.selected_range()
        if selected is None:
            self.panel.set_selection(None)
            return
        text = self.browser.text.textCursor().selectedText().replace("\u2029", "\n")
        self.panel.set_selection(text)

    def _released(self) -> None:
        # As in MAXQDA, a passage selected with the mouse is ready for its paraphrase at once.
        if self.active and self.browser.selected_range() is not None:
            QTimer.singleShot(0, self.panel.entry.setFocus)

    # -- edits (each one undoable) ---------------------------------------------------------
    def add_for_selection(self, text: str) -> Operation | None:
        """Paraphrase the selected passage of the open document with ``text``."""
        document_id = self.browser.current_document_id()
        selected = self.browser.selected_range()
        if self.session is None or document_id is None or selected is None:
            return None
        project = self.session.project
        operation = self.window.run_operation(
            lambda: project.add_paraphrase(document_id, selected[0], selected[1], text)
        )
        if operation is not None:
            self.panel.entry.clear()
        return operation

    def edit(self, paraphrase_id: int, text: str) -> None:
        session: ProjectSession | None = self.session
        if session is None:
            return  # the editor closed with the project (it loses its focus as it goes)
        project = session.project
        if not text.strip():
            self.reload()  # an emptied paraphrase is not saved: show the old text again
            return
        try:
            unchanged = project.paraphrase(paraphrase_id).text == text.strip()
        except QdaError:  # removed meanwhile (by an undo, or another program)
            self.reload()
            return
        if not unchanged:
            self.window.run_operation(lambda: project.edit_paraphrase(paraphrase_id, text=text))

    def remove(self, paraphrase_ids: list[int]) -> None:
        session: ProjectSession | None = self.session
        if session is None:
            return
        project = session.project
        self.window.run_operation(lambda: project.remove_paraphrases(paraphrase_ids))

    # -- windows ---------------------------------------------------------------------------
    def categorize_window(self) -> QWidget | None:
        from qdadesk.ui.paraphrases.windows import CategorizeParaphrasesWindow

        return self._show(
            "categorize", lambda session: CategorizeParaphrasesWindow(session, self.window)
        )

    def matrix_window(self) -> QWidget | None:
        from qdadesk.ui.paraphrases.windows import ParaphrasesMatrixWindow

        return self._show("matrix", lambda session: ParaphrasesMatrixWindow(session, self.window))


class _MouseRelease(QObject):
    """Calls back when the mouse button is released over the watched widget."""

    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.MouseButtonRelease:
            self.callback()
        return False


def install(window: MainWindowApi) -> ParaphraseActions:
    return ParaphraseActions(window)
