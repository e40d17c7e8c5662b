"""The project open in the window: the core ``Project``, its undo stack, the activation,
and one signal that tells every pane what changed.

Panes never write SQL: they call ``session.perform(lambda: project.some_operation(...))``,
which pushes the resulting ``Operation`` on the undo stack; undo and redo replay it through
the core. Each pane listens to ``changed`` and refreshes only what ``Changes`` names. An edit
the core refuses (a ``QdaError``: nothing was changed) is shown in one place: ``failed``,
which the window shows in its error box, or the ``on_error`` a dialog passes to show it
next to what the user typed. An operation a worker thread finished on its own connection
(a background import) joins the undo stack through ``session.adopt``.

Another program (``qdadesk-cli``, a second window) may write the same file. Before every
operation, undo and redo, and whenever the window is activated or a light timer fires, the
session asks the core whether someone else has written (``Project.changed_elsewhere``); if so
every pane reloads everything (``Changes.all()``, event ``"external"``) and the undo stack is
cleared with one message, since replaying it would erase the other program's work.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QMetaMethod, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from qdadesk.core import Changes, Operation, Project, QdaError
from qdadesk.core.analysis.activation import Activation
from qdadesk.core.base import HISTORY_LIMIT
from qdadesk.core.i18n import tr

if TYPE_CHECKING:
    from qdadesk.core.store.lock import ProjectLock


class OperationCommand(QUndoCommand):
    """A done core operation on the undo stack; its first redo is the doing itself."""

    def __init__(self, session: ProjectSession, operation: Operation) -> None:
        super().__init__(operation.description)
        self._session = session
        self.operation = operation
        self._pushed = False
        # Set when the last undo or redo could not be applied (the file is as before it).
        self.failed = False
        # Set to let the stack move its index back over a failed step without replaying.
        self.skip = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # already applied by the core when it was executed
            return
        if self.skip:
            self.skip = False
            return
        self.failed = not self._session._replay(self._session.project.redo, self.operation)

    def undo(self) -> None:
        if self.skip:
            self.skip = False
            return
        self.failed = not self._session._replay(self._session.project.undo, self.operation)


class ProjectSession(QObject):
    """Owns the open ``Project`` for the window's lifetime."""

    changed = Signal(object, str)  # (Operation, "do" | "undo" | "redo" | "external")
    activationChanged = Signal()
    # The project is about to close (window or project closed): open editors write now.
    aboutToClose = Signal()
    failed = Signal(str)  # a user-facing message when an undo or redo could not be applied
    # A user-facing note (for the status bar): another program wrote, panes were refreshed.
    writtenElsewhere = Signal(str)

    def __init__(
        self, project: Project, parent: QObject | None = None, lock: ProjectLock | None = None
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(HISTORY_LIMIT)  # as long as the core's own history
        self._activation = Activation(document_ids=frozenset(), code_ids=frozenset())
        self._epoch = project.history_epoch
        self._stepping = False
        self.closed = False
        project.subscribe(self._on_project_change)
        self.lock = lock  # the window's lock on the file, if it holds one; released on close

    # -- editing ---------------------------------------------------------------------------
    def perform(
        self,
        call: Callable[[], Operation],
        on_error: Callable[[str], object] | None = None,
        parent: QWidget | None = None,
    ) -> Operation | None:
        """Run one core operation and make it undoable; returns it, or None when the core
        refused it with a ``QdaError`` (nothing was changed), shown by ``show_error``."""
        self.check_other_writers()
        try:
            operation = call()
        except QdaError as error:
            self.show_error(str(error), on_error, parent)
            return None
        if self.project.history_epoch != self._epoch:
            # The core found another program's write under its lock, just before this one.
            self._after_other_writer()
        if operation.epoch == self._epoch:
            self.undo_stack.push(OperationCommand(self, operation))
        return operation

    def show_error(
        self,
        message: str,
        on_error: Callable[[str], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Show a user's error: to ``on_error`` when given (a dialog's message line); in a
        box over ``parent`` when given (a window of its own, such as a map); else through
        ``failed`` (the main window's error box), or in a box when no window listens."""
        if on_error is not None:
            on_error(message)
        elif parent is not None or not self.isSignalConnected(QMetaMethod.fromSignal(self.failed)):
            from qdadesk.ui.prompts import show_error

            show_error(parent, message)
        else:
            self.failed.emit(message)

    def adopt(self, operation: Operation) -> None:
        """Take over an operation a worker's own connection made (a background import):
        undoable here unless another program wrote around it; panes hear of it."""
        if not self.project.adopt(operation):
            self._after_other_writer()
        if operation.epoch == self._epoch:
            self.undo_stack.push(OperationCommand(self, operation))
        self.changed.emit(operation, "do")

    def undo(self) -> None:
        """Undo the newest step, unless another program has written since (then the panes
        are refreshed and the history cleared, with a message). A step that fails leaves
        the stack where it was, in step with the file."""
        self._step(undo=True)

    def redo(self) -> None:
        """Redo the next step; see ``undo``."""
        self._step(undo=False)

    def _step(self, undo: bool) -> None:
        if self.check_other_writers(in_a_box=True):
            return
        stack = self.undo_stack
        if not (stack.canUndo() if undo else stack.canRedo()):
            return
        command = stack.command(stack.index() - 1 if undo else stack.index())
        self._stepping = True
        try:
            stack.undo() if undo else stack.redo()
        finally:
            self._stepping = False
        failed = _failed_commands(command)
        if not failed:
            return
        if self.project.history_epoch != self._epoch:
            self._after_other_writer(in_a_box=True)  # the core refused: another writer
            return
        # The stack moved its index although the step did not happen: move it back,
        # replaying only the parts of a macro that did happen.
        for part in failed:
            part.failed = False
            part.skip = True
        stack.redo() if undo else stack.undo()

    def check_other_writers(self, in_a_box: bool = False) -> bool:
        """True (and every pane reloaded, the undo history cleared, one message given) when
        another program has written to the project since the window last looked."""
        written = self.project.changed_elsewhere()
        if written or self.project.history_epoch != self._epoch:
            self._after_other_writer(in_a_box)
            return True
        return False

    def _after_other_writer(self, in_a_box: bool = False) -> None:
        self._epoch = self.project.history_epoch
        self.undo_stack.clear()
        everything = Operation(tr("Changes made by another program"), Changes.all())
        self.changed.emit(everything, "external")
        message = tr(
            "Another program changed this project. The window now shows its changes; the "
            "undo history was cleared so that undo cannot erase them."
        )
        if in_a_box:
            self.failed.emit(message)
        else:
            self.writtenElsewhere.emit(message)

    def _replay(self, method: Callable[[Operation], object], operation: Operation) -> bool:
        try:
            method(operation)
        except QdaError as error:
            if self.project.history_epoch == self._epoch:
                self.failed.emit(str(error))
            elif not self._stepping:
                # The stack was driven directly (not through undo()/redo()): clear it once
                # the stack has finished its own step.
                QTimer.singleShot(0, self, lambda: self.check_other_writers(in_a_box=True))
            return False
        return True

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
        if not self.closed:
            self.aboutToClose.emit()  # editors write what the user typed, while they can
        self.closed = True
        self.project.unsubscribe(self._on_project_change)
        self.undo_stack.clear()
        self.project.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def _failed_commands(command: QUndoCommand) -> list[OperationCommand]:
    """The operation commands in ``command`` (itself, or a macro's parts) that failed."""
    if isinstance(command, OperationCommand):
        return [command] if command.failed else []
    found: list[OperationCommand] = []
    for index in range(command.childCount()):
        found += _failed_commands(command.child(index))
    return found


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
