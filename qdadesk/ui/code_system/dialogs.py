"""Dialogs of the Code System: new code (name, colour, description) and merge target."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qdadesk.core.i18n import tr
from qdadesk.core.ops.codes import PALETTE
from qdadesk.ui import icons


class ColorButton(QPushButton):
    """A button showing a colour swatch; clicking opens the colour picker."""

    def __init__(self, color: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.color = color
        self.setObjectName("codeColorButton")
        self.clicked.connect(self._pick)
        self._refresh()

    def _pick(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.color), self, tr("Code colour"))
        if chosen.isValid():
            self.set_color(chosen.name())

    def set_color(self, color: str) -> None:
        """Show ``color`` (a ``#rrggbb`` name) as the chosen colour."""
        self.color = color
        self._refresh()

    def _refresh(self) -> None:
        self.setIcon(icons.code_icon(self.color))
        self.setText(self.color)


class NewCodeDialog(QDialog):
    """Name, colour and description of a new code (under ``parent_path`` when given)."""

    def __init__(self, color: str, parent_path: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCodeDialog")
        self.setWindowTitle(tr("New Subcode") if parent_path else tr("New Code"))
        self.setWindowIcon(icons.icon("new-code"))
        self.name = QLineEdit(self)
        self.name.setObjectName("newCodeName")
        self.name.setMaxLength(63)
        self.name.setPlaceholderText(tr("Code name"))
        self.color = ColorButton(color, self)
        swatches = QHBoxLayout()
        swatches.setSpacing(2)
        for swatch in PALETTE[:8]:
            button = QPushButton(self)
            button.setFixedSize(20, 20)
            button.setStyleSheet(f"background:{swatch}; border:1px solid #777; border-radius:3px")
            button.setToolTip(swatch)
            button.clicked.connect(lambda _=False, c=swatch: self._set_color(c))
            swatches.addWidget(button)
        swatches.addStretch(1)
        self.description = QPlainTextEdit(self)
        self.description.setPlaceholderText(tr("What the code means, when to use it (code memo)"))
        self.description.setFixedHeight(90)
        form = QFormLayout()
        if parent_path:
            parent_label = QLabel(parent_path, self)
            parent_label.setTextFormat(Qt.TextFormat.PlainText)
            form.addRow(tr("Parent:"), parent_label)
        form.addRow(tr("Name:"), self.name)
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.color)
        colour_row.addLayout(swatches, 1)
        form.addRow(tr("Colour:"), colour_row)
        form.addRow(tr("Description:"), self.description)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(420, 0)

    def _set_color(self, color: str) -> None:
        self.color.set_color(color)

    def _accept(self) -> None:
        if self.name.text().strip():
            self.accept()

    def values(self) -> tuple[str, str, str]:
        return self.name.text().strip(), self.color.color, self.description.toPlainText().strip()


class MergeDialog(QDialog):
    """Choose the code that another code is merged into."""

    def __init__(
        self, source_path: str, targets: list[tuple[int, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeCodeDialog")
        self.setWindowTitle(tr("Merge Code"))
        self.targets = QComboBox(self)
        self.targets.setEditable(True)
        self.targets.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code_id, path in targets:
            self.targets.addItem(path, code_id)
        text = tr(
            "Merge '{source}' into the code below. Its coded segments, memos and subcodes "
            "move there and '{source}' is deleted (undo brings it back)."
        ).format(source=source_path)
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)  # code paths
        label.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.targets)
        layout.addWidget(buttons)
        self.resize(420, 0)

    def target_id(self) -> int | None:
        code_id = self.targets.currentData()  # the code id each entry was added with
        return None if code_id is None else int(code_id)
