"""Running one job off the GUI thread, with a progress dialog and Cancel.

The work is a callable ``work(progress, cancelled) -> result``; it runs on a worker thread and
the GUI hears back only through queued signals. Work that touches the project opens its OWN
connection there (one writer per thread): wrap it with ``on_own_connection``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from qdadesk.core import Project
from qdadesk.core.errors import ImportCancelled, QdaError
from qdadesk.core.i18n import tr

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]


def on_own_connection(
    path: str | Path,
    work: Callable[[Any, Progress, Cancelled], Any],
    user_name: str | None = None,
) -> Work:
    """``work(project, progress, cancelled)`` run on a connection of its own to ``path``,
    opened and closed on the worker thread."""

    def run(progress: Progress, cancelled: Cancelled) -> Any:
        from qdadesk.core.store.lock import held_elsewhere

        # A window that opened the project read-only (another window has it) must not
        # write through its jobs either.
        with Project.open(path, read_only=held_elsewhere(path)) as project:
            if user_name is not None:
                project.user_name = user_name
            return work(project, progress, cancelled)

    return run


class _Worker(QObject):
    """Runs in the job's thread; talks to the GUI only through signals."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    cancelledJob = Signal()
    failedJob = Signal(str)

    def __init__(self, work: Work, failure_text: str) -> None:
        super().__init__()
        self._work = work
        self._failure_text = failure_text
        self.cancel_event = threading.Event()

    def run(self) -> None:
        try:
            result = self._work(
                lambda done, total, name: self.progressed.emit(done, total, name),
                self.cancel_event.is_set,
            )
        except ImportCancelled:
            self.cancelledJob.emit()
        except QdaError as error:
            self.failedJob.emit(str(error))
        except Exception as error:  # a bug must not kill the thread silently
            self.failedJob.emit(self._failure_text.format(error=error))
        else:
            self.succeeded.emit(result)


class _WorkerThread(QThread):
    """Runs the work straight in ``run()``: no event loop in the thread is needed, so a job
    still starts after the application's own loop has been quit once (as in tests)."""

    def __init__(self, worker: _Worker) -> None:
        super().__init__()
        self._worker = worker

    def run(self) -> None:
        self._worker.run()


class BackgroundJob(QObject):
    """One background job. ``finished(result)`` carries the result, or None when it failed
    (``error`` holds the message) or was cancelled (``was_cancelled``, ``error`` is '').

    Subclasses react in ``_succeeded(result)`` and ``_failed(message)``, on the GUI thread,
    before ``finished`` is emitted."""

    finished = Signal(object)
    progressed = Signal(int, int, str)

    def __init__(
        self,
        work: Work,
        title: str,
        parent: QWidget | None = None,
        show_progress: bool = True,
        *,
        label: str | None = None,
        maximum: int = 0,
        progress_label: str = "{name}",
        failure_text: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.result: Any = None
        self.error: str | None = None
        self.was_cancelled = False
        self._progress_label = progress_label
        self._worker = _Worker(work, failure_text or tr("Failed: {error}"))
        self._thread = _WorkerThread(self._worker)
        queued = Qt.ConnectionType.QueuedConnection
        self._worker.progressed.connect(self._on_progress, queued)
        self._worker.succeeded.connect(self._on_success, queued)
        self._worker.cancelledJob.connect(self._on_cancelled, queued)
        self._worker.failedJob.connect(self._on_failed, queued)
        self.dialog: QProgressDialog | None = None
        if show_progress:
            self.dialog = QProgressDialog(
                title if label is None else label, tr("Cancel"), 0, maximum, parent
            )
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.canceled.connect(self.cancel)

    def start(self) -> None:
        _RUNNING.add(self)  # kept alive until done, whoever started it
        self._thread.start()

    def cancel(self) -> None:
        """Ask the worker to stop; work that honours ``cancelled`` leaves things as they were."""
        self._worker.cancel_event.set()

    def _succeeded(self, result: Any) -> None:
        """Hook: the work returned ``result``."""

    def _failed(self, message: str) -> None:
        """Hook: the work failed with ``message``."""

    def _on_progress(self, done: int, total: int, name: str) -> None:
        if self.dialog is not None and not self._worker.cancel_event.is_set():
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(done)
            if name:
                self.dialog.setLabelText(self._progress_label.format(name=name))
        self.progressed.emit(done, total, name)

    def _on_success(self, result: Any) -> None:
        self.result = result
        self._succeeded(result)
        self._finish()

    def _on_cancelled(self) -> None:
        self.was_cancelled = True
        self.error = ""
        self._finish()

    def _on_failed(self, message: str) -> None:
        self.error = message
        self._failed(message)
        self._finish()

    def _finish(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
        self._thread.quit()
        self._thread.wait()
        _RUNNING.discard(self)
        self.finished.emit(self.result)


_RUNNING: set[BackgroundJob] = set()


def jobs_running() -> bool:
    """True while a background job runs (its own connection may be writing the project)."""
    return bool(_RUNNING)
