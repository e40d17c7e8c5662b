"""The project open in the window: the core ``Project``, its undo stack, the activation,
and one signal that tells every pane what changed.

Panes never write SQL: they call ``session.perform(lambda: project.some_operation(...))``,
which pushes the resulting ``Operation`` on the undo stack; undo and redo replay it through
the core. Each pane listens to ``changed`` and refreshes only what ``Changes`` names.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from qdadesk.core import Operation, Project, QdaError
from qdadesk.core.analysis.activation import Activation


class OperationCommand(QUndoCommand):
    """A done core operation on the undo stack; its first redo is the doing itself."""

    def __init__(self, session: ProjectSession, operation: Operation) -> None:
        super().__init__(operation.description)
        self._session = session
        self.operation = operation
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # already applied by the core when it was executed
            return
        self._session._replay(self._session.project.redo, self.operation)

    def undo(self) -> None:
        self._session._replay(self._session.project.undo, self.operation)


class ProjectSession(QObject):
    """Owns the open ``Project`` for the window's lifetime."""

    changed = Signal(object, str)  # (Operation, "do" | "undo" | "redo")
    activationChanged = Signal()
    failed = Signal(str)  # a user-facing message when an undo or redo could not be applied

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_stack = QUndoStack(self)
        self._activation = Activation(document_ids=frozenset(), code_ids=frozenset())
        project.subscribe(self._on_project_change)
        self.lock: object | None = None  # the window's ProjectLock on the file, if it holds one

    # -- editing ---------------------------------------------------------------------------
    def perform(self, call: Callable[[], Operation]) -> Operation:
        """Run one core operation and make it undoable. ``QdaError`` propagates untouched
        (nothing was changed) for the caller to show."""
        operation = call()
        self.undo_stack.push(OperationCommand(self, operation))
        return operation

    def _replay(self, method: Callable[[Operation], object], operation: Operation) -> None:
        try:
            method(operation)
        except QdaError as error:
            self.failed.emit(str(error))

    def _on_project_change(self, operation: Operation, event: str) -> None:
        self.changed.emit(operation, event)

    # -- activation ------------------------------------------------------------------------
    @property
    def activation(self) -> Activation:
        """What is activated (documents, codes, weights, coders); empty sets: nothing."""
        return self._activation

    def set_activation(self, activation: Activation) -> None:
        if activation != self._activation:
            self._activation = activation
            self.activationChanged.emit()

    def close(self) -> None:
        self.project.unsubscribe(self._on_project_change)
        self.undo_stack.clear()
        self.project.close()
        if self.lock is not None:
            self.lock.release()  # type: ignore[attr-defined]
            self.lock = None


def switch_session(
    old: ProjectSession | None,
    new: ProjectSession | None,
    on_changed: Callable[..., object],
    on_activation: Callable[..., object] | None = None,
) -> None:
    """Move a pane's listeners (``changed``, and ``activationChanged`` when given) from
    session ``old`` to session ``new``; either may be None."""
    if old is not None:
        with contextlib.suppress(RuntimeError, TypeError):  # the old session is already gone
            old.changed.disconnect(on_changed)
            if on_activation is not None:
                old.activationChanged.disconnect(on_activation)
    if new is not None:
        new.changed.connect(on_changed)
        if on_activation is not None:
            new.activationChanged.connect(on_activation)
