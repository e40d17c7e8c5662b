"""Help inside the program: the shipped user guide in a help window, and Help buttons.

``show_help(parent, page, anchor)`` opens (or raises) the one help window of the program at a
page of ``resources/help/`` and a heading's anchor. A dialog gets its Help button with one
line: ``add_help_button(box, self, "retrieval.md", "activation-by-variables")`` for a
QDialogButtonBox, or
``help_button(self, "visual-tools.md")`` for a "?" button to put in any layout.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from qdadesk.core.i18n import tr

if TYPE_CHECKING:
    from qdadesk.ui.help.window import HelpWindow

HELP_PAGE_PROPERTY = "helpPage"
HELP_ANCHOR_PROPERTY = "helpAnchor"


def _root(widget: QWidget | None) -> QWidget | None:
    """The outermost window above ``widget`` (the main window), so the help window outlives
    the dialog that opened it."""
    while widget is not None and widget.parentWidget() is not None:
        widget = widget.parentWidget()
    return widget


def show_help(
    parent: QWidget | None = None, page: str = "index.md", anchor: str | None = None
) -> HelpWindow:
    """Show the guide's ``page`` at ``anchor`` in the help window; returns the window."""
    from qdadesk.ui.help.window import HelpWindow

    owner = _root(parent)
    # One help window per top-level window (its child), or one of its own.
    window = owner.findChild(HelpWindow) if owner is not None else _ORPHAN.get("w")
    if window is None:
        window = HelpWindow(owner)
        if owner is None:
            _ORPHAN["w"] = window
    window.open_page(page, anchor)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


_ORPHAN: dict[str, HelpWindow] = {}


def _mark(button: QPushButton, parent: QWidget, page: str, anchor: str | None) -> QPushButton:
    button.setObjectName("helpButton")
    button.setProperty(HELP_PAGE_PROPERTY, page)
    button.setProperty(HELP_ANCHOR_PROPERTY, anchor or "")
    button.setAutoDefault(False)
    button.setToolTip(tr("Open the user guide at this window's page (F1)"))
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), parent)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(lambda: show_help(parent, page, anchor))
    return button


def add_help_button(
    box: QDialogButtonBox, parent: QWidget, page: str, anchor: str | None = None
) -> QPushButton:
    """Add the standard Help button to a dialog's button box, opening ``page#anchor``."""
    button = box.addButton(QDialogButtonBox.StandardButton.Help)
    box.helpRequested.connect(lambda: show_help(parent, page, anchor))
    return _mark(button, parent, page, anchor)


def help_button(parent: QWidget, page: str, anchor: str | None = None) -> QPushButton:
    """A small "Help" button opening ``page#anchor``; the caller puts it in a layout."""
    button = QPushButton(tr("Help"), parent)
    button.clicked.connect(lambda _checked=False: show_help(parent, page, anchor))
    return _mark(button, parent, page, anchor)
