"""Importing documents off the GUI thread, with a progress dialog and Cancel.

The worker opens its OWN connection to the project file (one writer per thread) and runs
``import_documents`` as one transaction; a cancelled job raises ``ImportCancelled`` inside
the core and changes nothing. The finished operation is then pushed on the window's undo
stack: its undo log is plain SQL, so the main connection can replay it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from qdadesk.core.i18n import tr
from qdadesk.ui.background import BackgroundJob, on_own_connection
from qdadesk.ui.plain_text import shown_as_typed

if TYPE_CHECKING:
    from qdadesk.core import Operation, Project
    from qdadesk.core.ops.documents import ImportReport
    from qdadesk.ui.background import Cancelled, Progress
    from qdadesk.ui.document_properties import ImportSummaryDialog
    from qdadesk.ui.session import ProjectSession


class ImportJob(BackgroundJob):
    """One background import into ``session``'s project; emits ``finished(operation)`` with
    the pushed Operation, or ``None`` when it was cancelled or failed."""

    def __init__(
        self,
        session: ProjectSession,
        paths: Sequence[str],
        group_id: int | None = None,
        parent_widget: QWidget | None = None,
        show_dialogs: bool = True,
        join_lines: bool | None = None,
    ) -> None:
        paths = [str(p) for p in paths]
        if join_lines is None:  # the remembered Documents > Import Options choice
            from qdadesk.ui.import_options import join_lines_enabled

            join_lines = join_lines_enabled()

        def run(project: Project, progress: Progress, cancelled: Cancelled) -> Operation:
            return project.import_documents(
                paths, group_id, progress=progress, cancelled=cancelled, join_lines=join_lines
            )

        work = on_own_connection(session.project.path, run, session.project.user_name)
        super().__init__(
            work,
            tr("Import documents"),
            parent_widget,
            show_dialogs,
            label=tr("Importing documents…"),
            maximum=len(paths),
            progress_label=tr("Importing {name}…"),
            failure_text=tr("Import failed: {error}"),
        )
        self.session = session
        self.paths = paths
        self.group_id = group_id
        self.operation: Operation | None = None
        self.summary_dialog: ImportSummaryDialog | None = None
        self._show_dialogs = show_dialogs
        self._parent_widget = parent_widget

    def _succeeded(self, operation: Operation) -> None:
        # The worker's connection wrote it; the main session now owns its undo and redo.
        self.session.adopt(operation)
        self.operation = operation
        report = operation.result
        if self._show_dialogs and report is not None:
            self.show_summary(report)

    def show_summary(self, report: ImportReport) -> None:
        """The import summary: documents made with their notes, files skipped and why
        (window-modal, not blocking; kept as ``summary_dialog``)."""
        from PySide6.QtCore import Qt

        from qdadesk.ui.document_properties import ImportSummaryDialog

        dialog = ImportSummaryDialog(self.session.project, report, self._parent_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary_dialog = dialog
        dialog.open()

    def _failed(self, message: str) -> None:
        if self._show_dialogs:
            QMessageBox.warning(
                self._parent_widget, tr("Import documents"), shown_as_typed(message)
            )


def start_import(
    session: ProjectSession,
    paths: Sequence[str],
    group_id: int | None = None,
    parent: QWidget | None = None,
) -> ImportJob:
    """Start importing ``paths`` into group ``group_id`` in the background."""
    job = ImportJob(session, paths, group_id, parent)
    job.start()
    return job
