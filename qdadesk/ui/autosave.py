"""Nothing in QDA Desk needs a Save button: an editor writes what the user typed when the
user leaves it (focus moves elsewhere, another cell is chosen), when its window closes and
when the project closes, as one undoable step (none when nothing changed).

``when_left(widget, commit)`` calls ``commit()`` each time ``widget`` loses the focus;
``commit_open_editor(view)`` writes a table cell that is still being edited.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QApplication, QWidget


class _LeaveWatcher(QObject):
    def __init__(self, widget: QWidget, commit: Callable[[], object]) -> None:
        super().__init__(widget)
        self._commit = commit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut:
            self._commit()
        return False


def when_left(widget: QWidget, commit: Callable[[], object]) -> None:
    """Call ``commit()`` whenever ``widget`` loses the keyboard focus."""
    widget.installEventFilter(_LeaveWatcher(widget, commit))


def commit_open_editor(view: QAbstractItemView) -> None:
    """Write the value of a cell that is still being edited (before its window closes)."""
    if view.state() != QAbstractItemView.State.EditingState:
        return
    editor = QApplication.focusWidget()
    if editor is None or not view.isAncestorOf(editor):
        return
    # The delegate's editor is a child of the viewport; the focus may sit inside it.
    parent = editor.parentWidget()
    while parent is not None and parent is not view.viewport():
        editor, parent = parent, parent.parentWidget()
    view.commitData(editor)
    view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
