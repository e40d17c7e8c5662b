"""The dialog that asks what a generated map model is made of: its name, the codes, the
documents or cases, and (co-occurrence) the minimum number of co-occurring segments."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from qdadesk.core.i18n import tr
from qdadesk.ui import prompts

if TYPE_CHECKING:
    from qdadesk.core import Project

NEEDS = {
    "code-relations": ("codes", "min"),
    "code-subcodes": ("codes",),
    "code-theory": ("codes",),
    "single-case": ("centers",),
    "two-case": ("centers",),
    "causal-network": ("codes", "min"),
}
TITLES = {
    "code-relations": "Code co-occurrence",
    "code-subcodes": "Code-subcodes",
    "code-theory": "Code theory",
    "single-case": "Single case",
    "two-case": "Two-case comparison",
    "causal-network": "Causal network",
}


class ModelDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, project: Project, model: str, title: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mapModelDialog")
        self.setWindowTitle(title or tr(TITLES[model]))
        form = QFormLayout(self)
        self.name = QLineEdit(tr(TITLES[model]))
        if title is None:  # choosing codes only (codes as variables): no map name
            form.addRow(tr("Map name:"), self.name)
        needs = NEEDS[model]
        self.codes = QListWidget()
        self.codes.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for code_id, path in project.code_paths().items():
            item = QListWidgetItem(path)
            item.setData(Qt.ItemDataRole.UserRole, code_id)
            self.codes.addItem(item)
        if model == "causal-network":
            # Code System order, and the user drags the causes to the top: the order of
            # the list is the network's order, left to right.
            self.codes.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        else:
            self.codes.sortItems()
        self.centers = QListWidget()
        self.centers.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for document in project.documents():
            item = QListWidgetItem(document.name)
            item.setData(Qt.ItemDataRole.UserRole, ("document", document.id))
            self.centers.addItem(item)
        for case in project.cases():
            item = QListWidgetItem(tr("Case: {name}").format(name=case.name))
            item.setData(Qt.ItemDataRole.UserRole, ("case", case.id))
            self.centers.addItem(item)
        self.minimum = QSpinBox()
        self.minimum.setRange(1, 1_000_000)
        if "codes" in needs:
            label = {
                "code-theory": tr("Codes:"),
                "causal-network": tr("Variables (select them; drag causes to the top):"),
            }.get(model, tr("Codes (none: all):"))
            form.addRow(label, self.codes)
        if "centers" in needs:
            form.addRow(
                tr("Document or case:")
                if model == "single-case"
                else tr("Two documents or cases:"),
                self.centers,
            )
        if "min" in needs:
            form.addRow(
                tr("Link codes meeting in at least this many paragraphs:")
                if model == "causal-network"
                else tr("At least this many co-occurrences:"),
                self.minimum,
            )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choice(self) -> dict[str, Any]:
        chosen = sorted(self.codes.selectedItems(), key=self.codes.row)  # list order
        code_ids = [i.data(Qt.ItemDataRole.UserRole) for i in chosen]
        centers = [i.data(Qt.ItemDataRole.UserRole) for i in self.centers.selectedItems()]
        return {
            "name": self.name.text().strip(),
            "code_ids": code_ids,
            "document_ids": [i for kind, i in centers if kind == "document"],
            "case_ids": [i for kind, i in centers if kind == "case"],
            "minimum": self.minimum.value(),
        }


def ask_model_choice(
    parent: QWidget | None, project: Project, model: str, title: str | None = None
) -> dict[str, Any] | None:
    """What the user chose for ``model``, or None (cancelled, or no one to ask)."""
    if prompts.headless():
        return None
    dialog = ModelDialog(parent, project, model, title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice()
