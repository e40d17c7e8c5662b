"""Menu entries of the coding workspace: importing documents and groups (Documents),
the variables editor (Variables), memos and the logbook (Memos), and exporting the
retrieved segments (Reports). ``install(window)`` is called by ``extensions.install_all``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox

from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import tr
from qdadesk.ui.actions_common import MenuActions
from qdadesk.ui.plain_text import shown_as_typed

if TYPE_CHECKING:
    from qdadesk.ui.window_api import MainWindowApi


class WorkspaceActions(MenuActions):
    """The actions, bound to one window; they follow the window's current session."""

    def __init__(self, window: MainWindowApi) -> None:
        super().__init__(window)
        documents = window.menu("Documents")
        self._add(
            documents,
            "actionImportDocuments",
            tr("Import Documents…"),
            self.import_documents,
            "Ctrl+Shift+I",
        )
        self._add(documents, "actionNewDocumentGroup", tr("New Document Group…"), self.new_group)
        self._add(
            documents,
            "actionResetDocumentActivations",
            tr("Reset Activations"),
            self.reset_activations,
        )
        self._add(
            window.menu("Variables"),
            "actionVariablesEditor",
            tr("Document Variables…"),
            self.variables_editor,
            "Ctrl+Shift+V",
        )
        self._add(window.menu("Variables"), "actionCases", tr("Cases…"), self.cases_dialog)
        memos = window.menu("Memos")
        self._add(
            memos, "actionNewFreeMemo", tr("New Free Memo…"), self.new_free_memo, "Ctrl+Shift+M"
        )
        self._add(
            memos, "actionNewDocumentMemo", tr("Memo for Current Document…"), self.document_memo
        )
        self._add(memos, "actionNewCodeMemo", tr("Memo for Current Code…"), self.code_memo)
        memos.addSeparator()
        self._add(
            memos, "actionMemoManager", tr("Memo Manager…"), self.memo_manager, "Ctrl+Alt+Shift+M"
        )
        self._add(memos, "actionLogbook", tr("Logbook…"), self.logbook, "Ctrl+Alt+L")
        self._add(
            window.menu("Reports"),
            "actionExportSegments",
            tr("Export Retrieved Segments…"),
            self.export_segments,
        )
        self._follow_session()

    # -- the window's parts ----------------------------------------------------------------
    def document_system(self):
        from qdadesk.ui.document_system import DocumentSystemPane

        return self.window.findChild(DocumentSystemPane)

    def retrieved_segments(self):
        from qdadesk.ui.retrieved_segments import RetrievedSegmentsPane

        return self.window.findChild(RetrievedSegmentsPane)

    # -- documents -------------------------------------------------------------------------
    def import_documents(self, paths: list[str] | None = None):
        """Import files (asks for them) into the selected group, in the background."""
        if self.session is None:
            return None
        from qdadesk.ui.document_system import IMPORT_FILTER
        from qdadesk.ui.import_job import start_import

        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(
                self.window, tr("Import Documents"), "", tr(IMPORT_FILTER)
            )
        if not paths:
            return None
        pane = self.document_system()
        if pane is not None:
            return pane.import_files(list(paths), pane.target_group_id())
        return start_import(self.session, list(paths), None, self.window)

    def new_group(self) -> None:
        pane = self.document_system()
        if pane is not None:
            pane.new_group()

    def reset_activations(self) -> None:
        if self.session is not None:
            self.session.set_activation(self.session.activation.with_documents(frozenset()))

    # -- variables -------------------------------------------------------------------------
    def variables_editor(self):
        from qdadesk.ui.variables_editor import VariablesEditor

        return self._show("variables", lambda: VariablesEditor(self.session, self.window))

    def cases_dialog(self):
        from qdadesk.ui.cases_dialog import CasesDialog

        return self._show("cases", lambda: CasesDialog(self.session, self.window))

    # -- memos -----------------------------------------------------------------------------
    def new_free_memo(self):
        from qdadesk.ui.memos import MemoEditor

        if self.session is not None:
            return MemoEditor.new_memo(self.session, "free", None, self.window)
        return None

    def document_memo(self) -> None:
        document_id = self.window.document_browser.current_document_id()
        pane = self.document_system()
        if document_id is None and pane is not None:
            node = pane.current_node()
            document_id = node.id if node is not None and node.kind == "document" else None
        if document_id is None:
            QMessageBox.information(self.window, tr("Memo"), tr("Open or select a document first."))
            return
        if pane is not None:
            pane.document_memo(document_id)
        else:
            from qdadesk.ui.memos import MemoEditor

            MemoEditor.new_memo(self.session, "document", document_id, self.window)

    def code_memo(self) -> None:
        from qdadesk.ui.memos import MemoEditor

        code_id = self.window.current_code_id() if self.session is not None else None
        if code_id is None:
            QMessageBox.information(self.window, tr("Memo"), tr("Select a code first."))
            return
        existing = self.session.project.memos(kind="code", code_id=code_id)
        if existing:
            MemoEditor.open_memo(self.session, existing[0].id, self.window)
        else:
            MemoEditor.new_memo(self.session, "code", code_id, self.window)

    def memo_manager(self):
        from qdadesk.ui.memos import MemoManager

        return self._show("memos", lambda: MemoManager(self.session, self.window))

    def logbook(self):
        from qdadesk.ui.memos import LogbookDialog

        return self._show("logbook", lambda: LogbookDialog(self.session, self.window))

    # -- segments --------------------------------------------------------------------------
    def export_segments(self, path: str | None = None) -> None:
        """Export the Retrieved Segments list (XLSX, DOCX or HTML by the file's extension)."""
        if self.session is None:
            return
        from qdadesk.core.analysis.retrieval import retrieve_segments
        from qdadesk.core.exporters.segments import export_segments
        from qdadesk.render.page_images import region_pictures

        pane = self.retrieved_segments()
        frame = pane.current_frame() if pane is not None else None
        if frame is None:
            frame = retrieve_segments(self.session.project, self.session.activation)
        if path is None:
            from qdadesk.ui.save_dialog import ask_save_path

            path = ask_save_path(
                self.window,
                tr("Export Retrieved Segments"),
                tr("Excel (*.xlsx);;Word (*.docx);;Web page (*.html)"),
                "segments.xlsx",
            )
        if not path:
            return
        title = pane.title() if pane is not None else None
        try:
            project = self.session.project
            pictures = region_pictures(project)  # PDF and picture regions alike
            export_segments(frame, path, project, title=title, pictures=pictures)
        except QdaError as error:
            QMessageBox.warning(
                self.window, tr("Export Retrieved Segments"), shown_as_typed(str(error))
            )


def install(window: MainWindowApi) -> WorkspaceActions:
    """Add the workspace actions to ``window``'s menus."""
    return WorkspaceActions(window)
