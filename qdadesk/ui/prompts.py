"""Small questions the coding workspace asks (a name, a colour, a yes/no, a number).

Names in their labels and questions show as typed, never as rich text. They use Qt's
standard static dialogs (``QInputDialog.getText``, ``QColorDialog.getColor``,
``QMessageBox.question`` ...), so a script or test can answer them by monkeypatching those.
On a headless platform (``offscreen``, ``minimal``) nobody can answer a modal dialog, so an
unpatched one is not shown: the default answer is taken (the suggested text, the proposed
colour, "yes" to a confirmation) and the question is kept in ``last_question``.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QColorDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from qdadesk.ui.plain_text import plain_message_box, shown_as_typed

_ORIGINAL = {
    "getText": QInputDialog.getText,
    "getMultiLineText": QInputDialog.getMultiLineText,
    "getInt": QInputDialog.getInt,
    "getItem": QInputDialog.getItem,
    "getColor": QColorDialog.getColor,
    "question": QMessageBox.question,
    "getSaveFileName": QFileDialog.getSaveFileName,
    "getOpenFileName": QFileDialog.getOpenFileName,
}
last_question: str = ""


def headless() -> bool:
    """True when no one can see or answer a dialog (offscreen rendering, CI)."""
    return QGuiApplication.platformName() in ("offscreen", "minimal")


def _show(owner: type, name: str) -> bool:
    """Whether to call the real (or a patched) dialog function."""
    return getattr(owner, name) is not _ORIGINAL[name] or not headless()


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    global last_question
    if not _show(QInputDialog, "getText"):
        last_question = label
        return text.strip() or None
    value, ok = QInputDialog.getText(parent, title, shown_as_typed(label), text=text)
    return value.strip() if ok and value.strip() else None


def ask_multiline(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    global last_question
    if not _show(QInputDialog, "getMultiLineText"):
        last_question = label
        return None
    value, ok = QInputDialog.getMultiLineText(parent, title, shown_as_typed(label), text)
    return value if ok else None


def ask_int(
    parent: QWidget | None, title: str, label: str, value: int, low: int, high: int
) -> int | None:
    global last_question
    if not _show(QInputDialog, "getInt"):
        last_question = label
        return None
    number, ok = QInputDialog.getInt(parent, title, shown_as_typed(label), value, low, high)
    return number if ok else None


def ask_item(parent: QWidget | None, title: str, label: str, items: list[str]) -> str | None:
    global last_question
    if not _show(QInputDialog, "getItem") or not items:
        last_question = label
        return None
    item, ok = QInputDialog.getItem(parent, title, shown_as_typed(label), items, 0, True)
    return item if ok and item in items else None


def ask_color(parent: QWidget | None, initial: str, title: str) -> str | None:
    """A ``#rrggbb`` colour, or None when cancelled."""
    global last_question
    if not _show(QColorDialog, "getColor"):
        last_question = title
        return initial
    color = QColorDialog.getColor(QColor(initial), parent, title)
    return color.name() if color.isValid() else None


def confirm(parent: QWidget | None, title: str, text: str, default_yes: bool = False) -> bool:
    global last_question
    if not _show(QMessageBox, "question"):
        last_question = text
        return True
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    default = QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No
    return QMessageBox.question(parent, title, shown_as_typed(text), buttons, default) == (
        QMessageBox.StandardButton.Yes
    )


def ask_path(parent: QWidget | None, title: str, folder: str, filter_: str, save: bool) -> str:
    """A file to create (``save``) or open; '' when cancelled."""
    global last_question
    name = "getSaveFileName" if save else "getOpenFileName"
    if not _show(QFileDialog, name):
        last_question = title
        return ""
    path, _ = getattr(QFileDialog, name)(parent, title, folder, filter_)
    return str(path)


def show_error(parent: QWidget | None, message: str) -> None:
    """Show a user's error in a window-modal box that does not block the caller."""
    from PySide6.QtCore import Qt

    box = plain_message_box(QMessageBox.Icon.Warning, "QDA Desk", message, parent=parent)
    box.setObjectName("errorMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
