"""Small pieces the analysis windows share: code pickers, messages, running operations."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel

from qdadesk.core import Operation
from qdadesk.core.analysis.activation import Activation

if TYPE_CHECKING:
    from qdadesk.ui.session import ProjectSession


def code_paths(session: ProjectSession) -> list[tuple[int, str]]:
    """Every code as (id, ``Parent\\Child`` path), in Code System order."""
    project = session.project
    paths = project.code_paths()
    return [(code.id, paths[code.id]) for code in project.codes()]


def fill_code_combo(combo: QComboBox, session: ProjectSession, editable: bool = False) -> None:
    """Offer the project's codes (id as item data); editable lets the user type a new path."""
    current = combo.currentText()
    combo.clear()
    combo.setEditable(editable)
    for code_id, path in code_paths(session):
        combo.addItem(path, code_id)
    if current:
        index = combo.findText(current)
        if index >= 0:
            combo.setCurrentIndex(index)
        elif editable:
            combo.setEditText(current)


def document_activation(session: ProjectSession, only_activated: bool) -> Activation:
    """The session's weight and coder filters, with its documents only when asked (an empty
    document activation then means no documents, as in MAXQDA)."""
    activation = session.activation.with_codes(None)
    if not only_activated:
        activation = activation.with_documents(None)
    return activation


def run_undoable(
    session: ProjectSession, label: QLabel, call: Callable[[], Operation]
) -> Operation | None:
    """Run one core operation on the session's undo stack; an error goes to ``label``."""
    return session.perform(call, on_error=lambda message: show_message(label, message, True))


def show_message(label: QLabel, text: str, error: bool = False) -> None:
    label.setTextFormat(Qt.TextFormat.PlainText)  # messages name codes and documents
    label.setText(text)
    label.setStyleSheet("color: #b00020;" if error else "color: palette(text);")
    label.setVisible(bool(text))
