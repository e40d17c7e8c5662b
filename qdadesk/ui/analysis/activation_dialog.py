"""Activate by Variables: a formula on document variables, weight range and coder filters,
and named activation sets that can be saved and recalled."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from qdadesk.core import QdaError
from qdadesk.core.analysis.activation import Activation
from qdadesk.core.i18n import ntr, tr
from qdadesk.ui.analysis.common import run_undoable, show_message
from qdadesk.ui.help import add_help_button
from qdadesk.ui.window_api import parent_widget

if TYPE_CHECKING:
    from qdadesk.ui.session import ProjectSession
    from qdadesk.ui.window_api import MainWindowApi

OPERATORS = ["=", "!=", "<", "<=", ">", ">=", "in (…)", "and", "or", "not"]


def quoted_name(name: str) -> str:
    """A variable name as the formula language reads it (backticks when needed)."""
    return name if name.replace("_", "").isalnum() and not name[0].isdigit() else f"`{name}`"


class ActivateByVariablesDialog(QDialog):
    """Sets the session's activation from a formula, a weight range and coders."""

    def __init__(
        self,
        session: ProjectSession,
        window: MainWindowApi | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else parent_widget(window))
        self.setObjectName("activateByVariablesDialog")
        self.setWindowTitle(tr("Activate by Document Variables"))
        self.session = session

        self.variables = QListWidget()
        self.variables.setObjectName("formulaVariables")
        self.variables.setMaximumHeight(150)
        for variable in session.project.variables("document"):
            item = QListWidgetItem(f"{variable.name}  ({variable.type})")
            item.setData(Qt.ItemDataRole.UserRole, variable.name)
            self.variables.addItem(item)
        self.variables.itemDoubleClicked.connect(
            lambda item: self._insert(quoted_name(item.data(Qt.ItemDataRole.UserRole)))
        )
        operator_row = QHBoxLayout()
        for operator in OPERATORS:
            button = QPushButton(operator)
            button.setAutoDefault(False)
            button.setMaximumWidth(56)
            button.clicked.connect(lambda _=False, op=operator: self._insert(op.replace("…", "")))
            operator_row.addWidget(button)
        operator_row.addStretch(1)
        self.formula = QLineEdit()
        self.formula.setObjectName("formulaEdit")
        self.formula.setPlaceholderText(tr('role = "developer" and age >= 40'))
        self.formula.textChanged.connect(self.preview)
        self.preview_label = QLabel()
        self.preview_label.setTextFormat(Qt.TextFormat.PlainText)  # document names
        self.preview_label.setObjectName("formulaPreview")
        self.preview_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setObjectName("formulaError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        help_text = QLabel(
            tr(
                "Compare with = != < <= > >= or in (a, b); join with and, or, not. Text in quotes, "
                "dates as 2021-03-01, names with spaces in `backticks`. Double-click a variable "
                "to insert it."
            )
        )
        help_text.setWordWrap(True)
        help_text.setStyleSheet("color: palette(mid);")

        activation = session.activation
        self.min_weight = QSpinBox()
        self.min_weight.setObjectName("minWeight")
        self.max_weight = QSpinBox()
        self.max_weight.setObjectName("maxWeight")
        for box, value in (
            (self.min_weight, activation.min_weight),
            (self.max_weight, activation.max_weight),
        ):
            box.setRange(0, 100)
            box.setValue(value)
        weights = QHBoxLayout()
        weights.addWidget(self.min_weight)
        weights.addWidget(QLabel(tr("to")))
        weights.addWidget(self.max_weight)
        weights.addStretch(1)
        self.coders = QListWidget()
        self.coders.setObjectName("coderFilter")
        self.coders.setMaximumHeight(90)
        for name in session.project.users():
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = activation.coders is None or name in activation.coders
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.coders.addItem(item)

        self.subcodes = QCheckBox(tr("Activated codes include their subcodes"))
        self.subcodes.setObjectName("activationSubcodes")
        self.subcodes.setChecked(activation.include_subcodes)

        self.saved = QComboBox()
        self.saved.setObjectName("savedActivations")
        self.recall_button = QPushButton(tr("Recall"))
        self.recall_button.clicked.connect(lambda: self.recall(self.saved.currentText()))
        self.save_button = QPushButton(tr("Save As…"))
        self.save_button.clicked.connect(lambda: self.save())
        saved_row = QHBoxLayout()
        saved_row.addWidget(self.saved, 1)
        saved_row.addWidget(self.recall_button)
        saved_row.addWidget(self.save_button)
        self._reload_saved()

        form = QFormLayout()
        form.addRow(tr("Variables:"), self.variables)
        form.addRow(tr("Operators:"), operator_row)
        form.addRow(tr("Formula:"), self.formula)
        form.addRow("", self.preview_label)
        form.addRow("", self.error_label)
        form.addRow("", help_text)
        form.addRow(tr("Weight from:"), weights)
        form.addRow(tr("Coders:"), self.coders)
        form.addRow("", self.subcodes)
        form.addRow(tr("Saved sets:"), saved_row)
        buttons = QDialogButtonBox()
        self.activate_button = buttons.addButton(
            tr("Activate"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.activate_button.setObjectName("activateButton")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        add_help_button(buttons, self, "retrieval.md", "activation-by-variables")
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        formula = activation.extra.get("formula")
        if formula:
            self.formula.setText(formula)
        self.preview()
        self.resize(560, 560)

    def _insert(self, text: str) -> None:
        current = self.formula.text()
        joiner = "" if not current or current.endswith(" ") else " "
        self.formula.setText(current + joiner + text + " ")
        self.formula.setFocus()

    # -- the formula -----------------------------------------------------------------------
    def matching(self) -> list[int] | None:
        """The documents the formula selects (``None`` while it has an error or is empty)."""
        from qdadesk.core.analysis.formula import documents_matching

        text = self.formula.text().strip()
        if not text:
            return None
        try:
            return documents_matching(self.session.project, text)
        except QdaError as error:
            show_message(self.error_label, str(error), error=True)
            return None

    def preview(self) -> None:
        show_message(self.error_label, "")
        found = self.matching()
        if found is None:
            self.preview_label.setText(
                "" if not self.error_label.isHidden() else tr("Type a formula to choose documents.")
            )
            self.activate_button.setEnabled(self.error_label.isHidden())
            return
        self.activate_button.setEnabled(True)
        names = {d.id: d.name for d in self.session.project.documents()}
        shown = ", ".join(names[i] for i in found[:4]) + (", …" if len(found) > 4 else "")
        self.preview_label.setText(
            ntr("{n} document matches", "{n} documents match", len(found))
            + (f": {shown}" if found else "")
        )

    def build_activation(self) -> Activation:
        """The activation this dialog describes (documents unchanged without a formula)."""
        from qdadesk.core.analysis.activation import activate_by_formula

        activation = self.session.activation
        if self.min_weight.value() > self.max_weight.value():
            raise QdaError(tr("The lowest weight must not be above the highest"))
        activation = activation.with_weights(self.min_weight.value(), self.max_weight.value())
        names = {  # the project's coders, each listed once
            self.coders.item(row).text()
            for row in range(self.coders.count())
            if self.coders.item(row).checkState() == Qt.CheckState.Checked
        }
        activation = activation.with_coders(None if len(names) == self.coders.count() else names)
        activation = replace(activation, include_subcodes=self.subcodes.isChecked())
        formula = self.formula.text().strip()
        if formula:
            activation = activate_by_formula(self.session.project, formula, activation)
        return activation

    def apply(self) -> None:
        try:
            activation = self.build_activation()
        except QdaError as error:
            show_message(self.error_label, str(error), error=True)
            return
        self.session.set_activation(activation)
        self.accept()

    # -- saved sets ------------------------------------------------------------------------
    def _reload_saved(self) -> None:
        from qdadesk.core.analysis.activation import saved_activation_names

        self.saved.clear()
        self.saved.addItems(saved_activation_names(self.session.project))
        self.recall_button.setEnabled(self.saved.count() > 0)

    def save(self, name: str | None = None) -> None:
        from qdadesk.core.analysis.activation import save_activation

        if name is None:
            name, ok = QInputDialog.getText(self, tr("Save Activation"), tr("Name:"))
            if not ok:
                return
        try:
            activation = self.build_activation()
        except QdaError as error:
            show_message(self.error_label, str(error), error=True)
            return
        if run_undoable(
            self.session,
            self.error_label,
            lambda: save_activation(self.session.project, name, activation),
        ):
            self._reload_saved()
            self.saved.setCurrentText(" ".join(name.split()))

    def recall(self, name: str) -> None:
        """Activate a saved set at once."""
        from qdadesk.core.analysis.activation import load_activation

        if not name:
            return
        try:
            activation = load_activation(self.session.project, name)
        except QdaError as error:
            show_message(self.error_label, str(error), error=True)
            return
        self.session.set_activation(activation)
        self.formula.setText(activation.extra.get("formula") or "")
        self.min_weight.setValue(activation.min_weight)
        self.max_weight.setValue(activation.max_weight)
        self.preview_label.setText(
            (
                tr("Activated '{name}': all documents")
                if activation.document_ids is None
                else ntr(
                    "Activated '{name}': {n} document",
                    "Activated '{name}': {n} documents",
                    len(activation.document_ids),
                )
            ).format(name=name)
        )
