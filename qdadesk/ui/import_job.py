"""Importing documents off the GUI thread, with a progress dialog and Cancel.

The worker opens its OWN connection to the project file (one writer per thread) and runs
``import_documents`` as one transaction; a cancelled job raises ``ImportCancelled`` inside
the core and changes nothing. The finished operation is then pushed on the window's undo
stack: its undo log is plain SQL, so the main connection can replay it.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from qdadesk.core import Project
from qdadesk.core.errors import ImportCancelled, QdaError
from qdadesk.core.i18n import tr
from qdadesk.ui.session import OperationCommand


class _ImportWorker(QObject):
    """Runs in the job's thread; talks to the GUI only through signals."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)  # Operation
    cancelledJob = Signal()
    failedJob = Signal(str)

    def __init__(self, path, user_name: str, paths: list[str], group_id: int | None) -> None:
        super().__init__()
        self._path = path
        self._user_name = user_name
        self._paths = paths
        self._group_id = group_id
        self.cancel_event = threading.Event()

    @Slot()
    def run(self) -> None:
        try:
            project = Project.open(self._path)
        except QdaError as error:
            self.failedJob.emit(str(error))
            return
        try:
            project.user_name = self._user_name
            operation = project.import_documents(
                self._paths,
                self._group_id,
                progress=lambda done, total, name: self.progressed.emit(done, total, name),
                cancelled=self.cancel_event.is_set,
            )
        except ImportCancelled:
            self.cancelledJob.emit()
        except QdaError as error:
            self.failedJob.emit(str(error))
        except Exception as error:  # a bug in an importer must not kill the thread silently
            self.failedJob.emit(tr("Import failed: {error}").format(error=error))
        else:
            self.succeeded.emit(operation)
        finally:
            project.close()


class ImportJob(QObject):
    """One background import into ``session``'s project; emits ``finished(operation)`` with
    the pushed Operation, or ``None`` when it was cancelled or failed."""

    finished = Signal(object)
    progressed = Signal(int, int, str)

    def __init__(
        self,
        session,
        paths: Sequence[str],
        group_id: int | None = None,
        parent_widget: QWidget | None = None,
        show_dialogs: bool = True,
    ) -> None:
        super().__init__(parent_widget)
        self.session = session
        self.paths = [str(p) for p in paths]
        self.group_id = group_id
        self.operation = None
        self.error: str | None = None
        self.was_cancelled = False
        self._show_dialogs = show_dialogs
        self._parent_widget = parent_widget
        self._thread = QThread()
        self._worker = _ImportWorker(
            session.project.path, session.project.user_name, self.paths, group_id
        )
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._worker.succeeded.connect(self._on_success, Qt.ConnectionType.QueuedConnection)
        self._worker.cancelledJob.connect(self._on_cancelled, Qt.ConnectionType.QueuedConnection)
        self._worker.failedJob.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self.dialog: QProgressDialog | None = None
        if show_dialogs:
            self.dialog = QProgressDialog(
                tr("Importing documents…"), tr("Cancel"), 0, len(self.paths), parent_widget
            )
            self.dialog.setWindowTitle(tr("Import documents"))
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.canceled.connect(self.cancel)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        """Ask the worker to stop; the project is left as it was."""
        self._worker.cancel_event.set()

    def _on_progress(self, done: int, total: int, name: str) -> None:
        if self.dialog is not None and not self._worker.cancel_event.is_set():
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(done)
            if name:
                self.dialog.setLabelText(tr("Importing {name}…").format(name=name))
        self.progressed.emit(done, total, name)

    def _on_success(self, operation) -> None:
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
                tr("Some files could not be imported:\n{lines}").format(lines=lines),
            )
        self._finish()

    def _on_cancelled(self) -> None:
        self.was_cancelled = True
        self._finish()

    def _on_failed(self, message: str) -> None:
        self.error = message
        if self._show_dialogs:
            QMessageBox.warning(self._parent_widget, tr("Import documents"), message)
        self._finish()

    def _finish(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
        self._thread.quit()
        self._thread.wait()
        self.finished.emit(self.operation)


def start_import(
    session, paths: Sequence[str], group_id: int | None = None, parent: QWidget | None = None
) -> ImportJob:
    """Start importing ``paths`` into group ``group_id`` in the background."""
    job = ImportJob(session, paths, group_id, parent)
    _RUNNING.add(job)  # kept alive until done, whoever started it
    job.finished.connect(lambda _op: _RUNNING.discard(job))
    job.start()
    return job


_RUNNING: set[ImportJob] = set()
