"""User text stays text: names, titles and comments are never rendered as rich text.

Qt guesses whether a label, tooltip or message is HTML (``Qt.mightBeRichText``): a code
called ``<b>Cost</b>`` would show in bold and ``<img src=...>`` would load a picture. Labels
we own are set to ``Qt.PlainText``; where Qt offers no such switch (tooltips, item-view
tooltips, the labels of Qt's static dialogs) :func:`shown_as_typed` turns text that would
be taken for HTML into escaped HTML that shows the very same characters.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def shown_as_typed(text: str) -> str:
    """``text`` for a place that guesses rich text: unchanged when Qt would show it as plain
    text anyway, else escaped HTML that displays exactly its characters."""
    if not text or not GuiQt.mightBeRichText(text):
        return text
    return GuiQt.convertFromPlainText(text, GuiQt.WhiteSpaceMode.WhiteSpaceNormal)


def escaped(text: str) -> str:
    """``text`` to put inside rich text we compose ourselves (``<span>…</span>``)."""
    return html.escape(text, quote=False)


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows its text as typed."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_message_box(
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    parent: QWidget | None = None,
) -> QMessageBox:
    """A message box whose text (an error naming a code, a document ...) is plain text."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def keep_tooltip_plain(action: QAction) -> None:
    """Keep an action's tooltip, which Qt derives from its text (an undo action reads
    "Undo Rename code '<b>x</b>'"), showing that text as typed whenever it changes."""

    def update() -> None:
        wanted = shown_as_typed(
            action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        )
        if action.toolTip() != wanted:
            action.setToolTip(wanted)

    action.changed.connect(update)
    update()
