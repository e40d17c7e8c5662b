"""Menu entries of the coding workspace: importing documents and groups (Documents),
the variables editor (Variables), memos and the logbook (Memos), and exporting the
retrieved segments (Reports). ``install(window)`` is called by ``extensions.install_all``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import tr
from qdadesk.ui.actions_common import MenuActions
from qdadesk.ui.plain_text import shown_as_typed

if TYPE_CHECKING:
    from qdadesk.ui.import_job import ImportJob
    from qdadesk.ui.memos import MemoEditor
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

    # -- documents -------------------------------------------------------------------------
    def import_documents(self, paths: list[str] | None = None) -> ImportJob | None:
        """Import files (asks for them) into the selected group, in the background."""
        if self.window.session is None:
            return None
        from qdadesk.ui.document_system import IMPORT_FILTER

        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(
                self.window.window(), tr("Import Documents"), "", tr(IMPORT_FILTER)
            )
        if not paths:
            return None
        pane = self.window.document_system
        return pane.import_files(list(paths), pane.target_group_id())

    def new_group(self) -> None:
        self.window.document_system.new_group()

    def reset_activations(self) -> None:
        session = self.window.session
        if session is not None:
            session.set_activation(session.activation.with_documents(frozenset()))

    # -- variables -------------------------------------------------------------------------
    def variables_editor(self) -> QWidget | None:
        from qdadesk.ui.variables_editor import VariablesEditor

        return self._show(
            "variables", lambda session: VariablesEditor(session, self.window.window())
        )

    def cases_dialog(self) -> QWidget | None:
        from qdadesk.ui.cases_dialog import CasesDialog

        return self._show("cases", lambda session: CasesDialog(session, self.window.window()))

    # -- memos -----------------------------------------------------------------------------
    def new_free_memo(self) -> MemoEditor | None:
        from qdadesk.ui.memos import MemoEditor

        session = self.window.session
        if session is None:
            return None
        return MemoEditor.new_memo(session, "free", None, self.window.window())

    def document_memo(self) -> None:
        document_id = self.window.document_browser.current_document_id()
        pane = self.window.document_system
        if document_id is None:
            node = pane.current_node()
            document_id = node.id if node is not None and node.kind == "document" else None
        if document_id is None:
            QMessageBox.information(
                self.window.window(), tr("Memo"), tr("Open or select a document first.")
            )
            return
        pane.document_memo(document_id)

    def code_memo(self) -> None:
        from qdadesk.ui.memos import MemoEditor

        session = self.window.session
        code_id = self.window.current_code_id() if session is not None else None
        if session is None or code_id is None:
            QMessageBox.information(self.window.window(), tr("Memo"), tr("Select a code first."))
            return
        existing = session.project.memos(kind="code", code_id=code_id)
        if existing:
            MemoEditor.open_memo(session, existing[0].id, self.window.window())
        else:
            MemoEditor.new_memo(session, "code", code_id, self.window.window())

    def memo_manager(self) -> QWidget | None:
        from qdadesk.ui.memos import MemoManager

        return self._show("memos", lambda session: MemoManager(session, self.window.window()))

    def logbook(self) -> QWidget | None:
        from qdadesk.ui.memos import LogbookDialog

        return self._show("logbook", lambda session: LogbookDialog(session, self.window.window()))

    # -- segments --------------------------------------------------------------------------
    def export_segments(self, path: str | None = None) -> None:
        """Export the Retrieved Segments list (XLSX, DOCX or HTML by the file's extension)."""
        session = self.window.session
        if session is None:
            return
        from qdadesk.core.analysis.retrieval import retrieve_segments
        from qdadesk.core.exporters.segments import export_segments
        from qdadesk.render.page_images import region_pictures

        pane = self.window.retrieved_segments
        frame = pane.current_frame()
        if frame is None:
            frame = retrieve_segments(session.project, session.activation)
        if path is None:
            from qdadesk.ui.save_dialog import ask_save_path

            path = ask_save_path(
                self.window.window(),
                tr("Export Retrieved Segments"),
                tr("Excel (*.xlsx);;Word (*.docx);;Web page (*.html)"),
                "segments.xlsx",
            )
        if not path:
            return
        try:
            project = session.project
            pictures = region_pictures(project)  # PDF and picture regions alike
            export_segments(frame, path, project, title=pane.title(), pictures=pictures)
        except QdaError as error:
            QMessageBox.warning(
                self.window.window(), tr("Export Retrieved Segments"), shown_as_typed(str(error))
            )


def install(window: MainWindowApi) -> WorkspaceActions:
    """Add the workspace actions to ``window``'s menus."""
    return WorkspaceActions(window)
