"""Importing documents off the GUI thread, with a progress dialog and Cancel.

The worker opens its OWN connection to the project file (one writer per thread) and runs
``import_documents`` as one transaction; a cancelled job raises ``ImportCancelled`` inside
the core and changes nothing. The finished operation is then pushed on the window's undo
stack: its undo log is plain SQL, so the main connection can replay it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QMessageBox, QWidget

from qdadesk.core.i18n import tr
from qdadesk.ui.background import BackgroundJob, on_own_connection
from qdadesk.ui.plain_text import shown_as_typed
from qdadesk.ui.session import OperationCommand


class ImportJob(BackgroundJob):
    """One background import into ``session``'s project; emits ``finished(operation)`` with
    the pushed Operation, or ``None`` when it was cancelled or failed."""

    def __init__(
        self,
        session,
        paths: Sequence[str],
        group_id: int | None = None,
        parent_widget: QWidget | None = None,
        show_dialogs: bool = True,
    ) -> None:
        paths = [str(p) for p in paths]
        work = on_own_connection(
            session.project.path,
            lambda project, progress, cancelled: project.import_documents(
                paths, group_id, progress=progress, cancelled=cancelled
            ),
            session.project.user_name,
        )
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
        self.operation = None
        self._show_dialogs = show_dialogs
        self._parent_widget = parent_widget

    def _succeeded(self, operation) -> None:
        # The worker's connection wrote it; the main session now owns its undo and redo.
        self.session.undo_stack.push(OperationCommand(self.session, operation))
        self.session.changed.emit(operation, "do")
        self.operation = operation
        report = operation.result
        if self._show_dialogs and report is not None and report.failed:
            lines = "\n".join(f"{name}: {message}" for name, message in report.failed)
            QMessageBox.warning(
                self._parent_widget,
                tr("Import documents"),
                shown_as_typed(
                    tr("Some files could not be imported:\n{lines}").format(lines=lines)
                ),
            )

    def _failed(self, message: str) -> None:
        if self._show_dialogs:
            QMessageBox.warning(
                self._parent_widget, tr("Import documents"), shown_as_typed(message)
            )


def start_import(
    session, paths: Sequence[str], group_id: int | None = None, parent: QWidget | None = None
) -> ImportJob:
    """Start importing ``paths`` into group ``group_id`` in the background."""
    job = ImportJob(session, paths, group_id, parent)
    job.start()
    return job
