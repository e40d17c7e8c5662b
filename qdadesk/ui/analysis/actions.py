"""The Analysis menu entries of this area: Activate by Variables, Complex Coding Query,
Lexical Search, Word Frequencies and the Smart Coding Tool. ``install(window)`` is called by
the main window (``MainWindow._install_parts``)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from qdadesk.core.i18n import tr, tr_noop
from qdadesk.ui.actions_common import MenuActions

if TYPE_CHECKING:
    from qdadesk.ui.analysis.activation_dialog import ActivateByVariablesDialog
    from qdadesk.ui.analysis.agreement_dialog import IntercoderAgreementDialog
    from qdadesk.ui.analysis.query_dialog import ComplexCodingQueryDialog
    from qdadesk.ui.analysis.search_dialog import LexicalSearchDialog
    from qdadesk.ui.analysis.segment_review import SegmentReviewWindow
    from qdadesk.ui.analysis.word_frequency import WordFrequencyWindow
    from qdadesk.ui.window_api import MainWindowApi


# (objectName, menu text, shortcut, the method it calls)
ENTRIES: list[tuple[str, str, str | None, Callable[[AnalysisActions], object]]] = [
    (
        "actionActivateByVariables",
        tr_noop("Activate by Variables…"),
        None,
        lambda a: a.activate_by_variables(),
    ),
    (
        "actionComplexCodingQuery",
        tr_noop("Complex Coding Query…"),
        None,
        lambda a: a.complex_coding_query(),
    ),
    (
        "actionLexicalSearch",
        tr_noop("Lexical Search…"),
        "Ctrl+Shift+F",
        lambda a: a.lexical_search(),
    ),
    ("actionWordFrequencies", tr_noop("Word Frequencies…"), None, lambda a: a.word_frequencies()),
    ("actionSmartCodingTool", tr_noop("Smart Coding Tool…"), None, lambda a: a.smart_coding_tool()),
    (
        "actionIntercoderAgreement",
        tr_noop("Intercoder Agreement…"),
        None,
        lambda a: a.intercoder_agreement(),
    ),
]


class AnalysisActions(MenuActions):
    """The actions, bound to one window; each opens its window for the current session."""

    def __init__(self, window: MainWindowApi) -> None:
        super().__init__(window)
        menu = window.menu("Analysis")
        if menu.actions():
            menu.addSeparator()
        for name, text, shortcut, method in ENTRIES:
            self._add(menu, name, tr(text), partial(method, self), shortcut)
        self._follow_session()

    def activate_by_variables(self) -> ActivateByVariablesDialog | None:
        from qdadesk.ui.analysis.activation_dialog import ActivateByVariablesDialog

        # Fresh each time: variables and saved sets may have changed.
        old = self.dialogs.pop("activation", None)
        if old is not None:
            old.close()
        return self._show_as(
            "activation",
            ActivateByVariablesDialog,
            lambda session: ActivateByVariablesDialog(session, self.window),
        )

    def complex_coding_query(self) -> ComplexCodingQueryDialog | None:
        from qdadesk.ui.analysis.query_dialog import ComplexCodingQueryDialog

        dialog = self._show_as(
            "query",
            ComplexCodingQueryDialog,
            lambda session: ComplexCodingQueryDialog(session, self.window),
        )
        if dialog is not None:
            dialog.reload_codes()
        return dialog

    def lexical_search(self) -> LexicalSearchDialog | None:
        from qdadesk.ui.analysis.search_dialog import LexicalSearchDialog

        return self._show_as(
            "search", LexicalSearchDialog, lambda session: LexicalSearchDialog(session, self.window)
        )

    def word_frequencies(self) -> WordFrequencyWindow | None:
        from qdadesk.ui.analysis.word_frequency import WordFrequencyWindow

        return self._show_as(
            "words", WordFrequencyWindow, lambda session: WordFrequencyWindow(session, self.window)
        )

    def smart_coding_tool(self) -> SegmentReviewWindow | None:
        from qdadesk.ui.analysis.segment_review import SegmentReviewWindow

        current = self.window.current_code_id()
        dialog = self._show_as(
            "review",
            SegmentReviewWindow,
            lambda session: SegmentReviewWindow(
                session, self.window, code_ids=[current] if current else []
            ),
        )
        return dialog

    def intercoder_agreement(self) -> IntercoderAgreementDialog | None:
        from qdadesk.ui.analysis.agreement_dialog import IntercoderAgreementDialog

        return self._show_as(
            "agreement",
            IntercoderAgreementDialog,
            lambda session: IntercoderAgreementDialog(session, self.window),
        )


def install(window: MainWindowApi) -> AnalysisActions:
    """Add the analysis actions to ``window``'s Analysis menu."""
    return AnalysisActions(window)
