"""Running one exchange job off the GUI thread, with a progress dialog.

The worker gets a function that opens its OWN connection (one writer per thread), does the
work and returns its result; the GUI hears back only through queued signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from qdadesk.core.errors import ImportCancelled, QdaError
from qdadesk.core.i18n import tr

# work(progress, cancelled) -> result
Work = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]


class _Worker(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failedJob = Signal(str)

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self.cancel_event = threading.Event()

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(
                lambda done, total, name: self.progressed.emit(done, total, name),
                self.cancel_event.is_set,
            )
        except ImportCancelled:
            self.failedJob.emit("")
        except QdaError as error:
            self.failedJob.emit(str(error))
        except Exception as error:  # a bug must not kill the thread silently
            self.failedJob.emit(tr("Failed: {error}").format(error=error))
        else:
            self.succeeded.emit(result)


class ExchangeJob(QObject):
    """One background job; ``finished(result)`` with the result, or None (failed or
    cancelled; ``error`` then holds the message, '' when cancelled)."""

    finished = Signal(object)

    def __init__(
        self, work: Work, title: str, parent: QWidget | None = None, show_progress: bool = True
    ) -> None:
        super().__init__(parent)
        self.result: Any = None
        self.error: str | None = None
        self._thread = QThread()
        self._worker = _Worker(work)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._worker.succeeded.connect(self._on_success, Qt.ConnectionType.QueuedConnection)
        self._worker.failedJob.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self.dialog: QProgressDialog | None = None
        if show_progress:
            self.dialog = QProgressDialog(title, tr("Cancel"), 0, 0, parent)
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.canceled.connect(self._worker.cancel_event.set)

    def start(self) -> None:
        _RUNNING.add(self)
        self._thread.start()

    def cancel(self) -> None:
        self._worker.cancel_event.set()

    def _on_progress(self, done: int, total: int, name: str) -> None:
        if self.dialog is not None and not self._worker.cancel_event.is_set():
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(done)
            if name:
                self.dialog.setLabelText(name)

    def _on_success(self, result: Any) -> None:
        self.result = result
        self._finish()

    def _on_failed(self, message: str) -> None:
        self.error = message
        self._finish()

    def _finish(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
        self._thread.quit()
        self._thread.wait()
        _RUNNING.discard(self)
        self.finished.emit(self.result)


_RUNNING: set[ExchangeJob] = set()
