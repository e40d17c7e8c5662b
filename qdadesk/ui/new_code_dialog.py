"""Code with New Code (Ctrl+W): one small dialog, as in MAXQDA.

The name comes prefilled with the selected words (all selected, the start in view), the
parent code is a combo (default: the current code's parent, or the top level), the colour a
row of swatches with "More…" for any other, and an optional description. OK codes the
selection with the new code; Cancel (or Esc) codes nothing and creates nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qdadesk.core.i18n import tr
from qdadesk.core.ops.codes import PALETTE
from qdadesk.ui import prompts
from qdadesk.ui.help import add_help_button

MAX_CODE_NAME = 63  # MAXQDA's limit for a code name
SWATCHES = 10


class Swatch(QToolButton):
    """A colour square that can be chosen (a ring marks the chosen one)."""

    def __init__(self, color: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.color = color
        self.setCheckable(True)
        self.setFixedSize(QSize(24, 24))
        self.setToolTip(color)
        self.setObjectName(f"swatch{color.lstrip('#')}")
        self.setAccessibleName(tr("Colour {colour}").format(colour=color))
        self.set_color(color)

    def set_color(self, color: str) -> None:
        self.color = color
        self.setToolTip(color)
        self.setStyleSheet(
            f"QToolButton {{ background: {color}; border: 1px solid #888; border-radius: 3px; }}"
            f"QToolButton:checked {{ border: 3px solid #202020; }}"
        )


class NewCodeFromSelectionDialog(QDialog):
    """Name, parent, colour and description of the code that will code the selection."""

    def __init__(
        self,
        name: str,
        color: str,
        parents: list[tuple[int, str]],
        parent_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newCodeFromSelectionDialog")
        self.setWindowTitle(tr("Code with New Code"))
        self.name = QLineEdit(name[:MAX_CODE_NAME], self)
        self.name.setObjectName("newCodeName")
        self.name.setMaxLength(MAX_CODE_NAME)
        self.name.setPlaceholderText(tr("Code name"))
        self.name.setMinimumWidth(360)
        # All of it selected (typing replaces it), the cursor at the start so the start is
        # what shows when the name is longer than the field.
        self.name.setSelection(len(self.name.text()), -len(self.name.text()))
        self.parent_code = QComboBox(self)
        self.parent_code.setObjectName("newCodeParent")
        self.parent_code.addItem(tr("(top level)"), None)
        for code_id, path in parents:
            self.parent_code.addItem(path, code_id)
        self.parent_code.setCurrentIndex(max(0, self.parent_code.findData(parent_id)))
        self.swatches = QButtonGroup(self)
        self.swatches.setExclusive(True)
        self.swatch_buttons: list[Swatch] = []  # in order; the group sees only buttons
        row = QHBoxLayout()
        row.setSpacing(3)
        colors = list(dict.fromkeys([color, *PALETTE]))[:SWATCHES]
        for swatch_color in colors:
            swatch = Swatch(swatch_color, self)
            self.swatches.addButton(swatch)
            self.swatch_buttons.append(swatch)
            row.addWidget(swatch)
        self.swatch_buttons[0].setChecked(True)
        self.more = QPushButton(tr("More…"), self)
        self.more.setObjectName("moreColours")
        self.more.setAutoDefault(False)
        self.more.clicked.connect(self._more_colours)
        row.addWidget(self.more)
        row.addStretch(1)
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("newCodeDescription")
        self.description.setPlaceholderText(tr("Optional: what the code means (code memo)"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(64)
        form = QFormLayout()
        form.addRow(tr("Name:"), self.name)
        form.addRow(tr("Parent code:"), self.parent_code)
        form.addRow(tr("Colour:"), row)
        form.addRow(tr("Description:"), self.description)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        add_help_button(self.buttons, self, "coding.md", "ways-to-code")
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._enable_ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._enable_ok()
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _enable_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def _more_colours(self) -> None:
        """Any colour: it replaces the last swatch and is chosen; Cancel keeps the choice."""
        picked = prompts.ask_color(self, self.color(), tr("Code colour"))
        if not picked or not QColor(picked).isValid():
            return
        buttons = self.swatch_buttons
        same = next((b for b in buttons if b.color.lower() == picked.lower()), None)
        target = same or buttons[-1]
        if same is None:
            target.set_color(picked)
        target.setChecked(True)

    def _accept(self) -> None:
        if self.name.text().strip():
            self.accept()

    # -- the answers -----------------------------------------------------------------------
    def color(self) -> str:
        checked = next((b for b in self.swatch_buttons if b.isChecked()), None)
        return checked.color if checked is not None else self.swatch_buttons[0].color

    def choose_color(self, color: str) -> None:
        for button in self.swatch_buttons:
            if button.color.lower() == color.lower():
                button.click()
                return

    def values(self) -> tuple[str, int | None, str, str]:
        """(name, parent code id or None, colour, description)."""
        return (
            self.name.text().strip(),
            self.parent_code.currentData(),
            self.color(),
            self.description.toPlainText().strip(),
        )
