"""The variables editor: a table of documents × document variables, typed and editable.

Each edit is one ``set_document_value`` through ``session.perform`` (undoable); the core
validates the value against the variable's type and a bad value is shown, not stored.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import ntr, tr, tr_noop
from qdadesk.core.model import VARIABLE_TYPES
from qdadesk.ui.autosave import commit_open_editor
from qdadesk.ui.document_tree_model import icon
from qdadesk.ui.help import help_button
from qdadesk.ui.plain_text import shown_as_typed

if TYPE_CHECKING:
    from qdadesk.core import Operation
    from qdadesk.core.model import Document, Variable
    from qdadesk.ui.session import ProjectSession

AnyIndex = QModelIndex | QPersistentModelIndex

TYPE_LABELS = {
    "text": tr_noop("Text"),
    "integer": tr_noop("Integer"),
    "float": tr_noop("Decimal"),
    "date": tr_noop("Date"),
    "boolean": tr_noop("Boolean"),
}


class VariablesModel(QAbstractTableModel):
    """Rows: documents in Document System order; column 0 the name, then one per variable."""

    errorOccurred = Signal(str)

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.documents: list[Document] = []
        self.variables: list[Variable] = []
        self.values: dict[int, dict[str, Any]] = {}
        self.group_paths: dict[int | None, str] = {}
        session.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, operation: Operation, _event: str) -> None:
        if operation.changes.touched("variables", "document_values", "documents"):
            self.reload()

    def reload(self) -> None:
        project = self.session.project
        self.beginResetModel()
        self.documents = project.documents()
        self.variables = project.variables()
        self.values = project.document_values()
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.documents)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 1 + len(self.variables)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole:
                return section + 1
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return tr("Document")
            variable = self.variables[section - 1]
            return f"{variable.name}\n({tr(TYPE_LABELS.get(variable.type, variable.type))})"
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            variable = self.variables[section - 1]
            return shown_as_typed(
                tr("{name}: {type} variable").format(
                    name=variable.name, type=tr(TYPE_LABELS.get(variable.type, variable.type))
                )
            )
        return None

    def variable_at(self, column: int) -> Variable | None:
        return self.variables[column - 1] if column > 0 else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        document = self.documents[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return document.name
            if role == Qt.ItemDataRole.DecorationRole:
                return icon("page")
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor("#f4f4f4")
            return None
        variable = self.variables[index.column() - 1]
        value = self.values.get(document.id, {}).get(variable.name)
        return typed_value_data(variable.type, value, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            return flags
        if self.variables[index.column() - 1].type == "boolean":
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Store one value through the core (undoable); a bad value is reported."""
        if not index.isValid() or index.column() == 0:
            return False
        document = self.documents[index.row()]
        variable = self.variables[index.column() - 1]
        if role == Qt.ItemDataRole.CheckStateRole:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        current = self.values.get(document.id, {}).get(variable.name)
        if value == ("" if current is None else str(current)) and role == Qt.ItemDataRole.EditRole:
            return False
        return self.set_value(document.id, variable.name, value)

    def set_value(self, document_id: int, name: str, value: Any) -> bool:
        project = self.session.project
        operation = self.session.perform(
            lambda: project.set_document_value(document_id, name, value),
            on_error=self.errorOccurred.emit,
        )
        return operation is not None


class NewVariableDialog(QDialog):
    """Name and type of a new document variable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New Variable"))
        self.name_edit = QLineEdit()
        self.type_box = QComboBox()
        for type_ in VARIABLE_TYPES:
            self.type_box.addItem(tr(TYPE_LABELS[type_]), type_)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("Name:"), self.name_edit)
        form.addRow(tr("Type:"), self.type_box)
        form.addRow(buttons)

    def values(self) -> tuple[str, str]:
        return self.name_edit.text(), self.type_box.currentData()


class VariablesEditor(QDialog):
    """Documents × variables, with adding variables and Excel import and export."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("variablesEditor")
        self.setWindowTitle(tr("Document Variables"))
        self.resize(860, 460)
        self.session = session
        self.model = VariablesModel(session, self)
        self.model.errorOccurred.connect(self._show_error)
        self.table = QTableView(self)
        self.table.setObjectName("variablesTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(90)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        font = QFont(header.font())
        font.setBold(True)
        header.setFont(font)
        self.model.modelReset.connect(self._fit_columns)
        self._fit_columns()

        add = QPushButton(tr("New Variable…"))
        add.setObjectName("variableAdd")
        add.clicked.connect(self.add_variable_dialog)
        delete = QPushButton(tr("Delete Variable…"))
        delete.clicked.connect(self.delete_current_variable)
        import_button = QPushButton(tr("Import from Excel…"))
        import_button.clicked.connect(self.import_dialog)
        export_button = QPushButton(tr("Export to Excel…"))
        export_button.clicked.connect(self.export_dialog)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for widget in (add, delete, import_button, export_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(help_button(self, "variables.md", "document-variables"))
        buttons.addWidget(close)
        hint = QLabel(
            tr("Double-click a cell to edit it; values are checked against the variable's type.")
        )
        hint.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        # A value still being typed is written when the window or the project closes too
        # (leaving the cell already writes it: the table's delegate commits on focus out).
        session.aboutToClose.connect(self._write_open_cell)
        self.finished.connect(self._forget_session)

    def _write_open_cell(self) -> None:
        commit_open_editor(self.table)

    def _forget_session(self) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.session.aboutToClose.disconnect(self._write_open_cell)

    def done(self, result: int) -> None:  # Close, Esc and the title bar all come here
        commit_open_editor(self.table)
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        commit_open_editor(self.table)
        super().closeEvent(event)

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        if self.table.columnWidth(0) > 280:
            self.table.setColumnWidth(0, 280)
        for column in range(1, self.model.columnCount()):
            self.table.setColumnWidth(column, max(110, self.table.columnWidth(column)))

    def _show_error(self, message: str) -> None:
        self.session.show_error(message, parent=self)

    def add_variable(self, name: str, type_: str) -> int | None:
        project = self.session.project
        operation = self.session.perform(
            lambda: project.add_variable(name, type_), on_error=self._show_error
        )
        if operation is None:
            return None
        variable_id: int = operation.result  # add_variable's result: the new variable's id
        return variable_id

    def add_variable_dialog(self) -> None:
        dialog = NewVariableDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_variable(*dialog.values())

    def delete_current_variable(self) -> None:
        variable = self.model.variable_at(self.table.currentIndex().column())
        if variable is None:
            return
        answer = QMessageBox.question(
            self,
            tr("Delete Variable"),
            shown_as_typed(
                tr("Delete the variable '{name}' and its values in every document?").format(
                    name=variable.name
                )
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            project = self.session.project
            self.session.perform(
                lambda: project.delete_variable(variable.id), on_error=self._show_error
            )

    def import_xlsx(self, path: str) -> dict[str, Any] | None:
        """Import values from an Excel sheet as one undoable step; returns its summary."""
        from qdadesk.core.importers.variables_xlsx import import_variables_xlsx

        project = self.session.project
        operation = self.session.perform(
            lambda: import_variables_xlsx(project, path), on_error=self._show_error
        )
        if operation is None:
            return None
        summary: dict[str, Any] = operation.result  # counts and names, see the importer
        return summary

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Import Variables"), "", tr("Excel (*.xlsx)")
        )
        if not path:
            return
        result = self.import_xlsx(path)
        if result and result["unknown"]:
            QMessageBox.information(
                self,
                tr("Import Variables"),
                shown_as_typed(
                    ntr(
                        "Values set for {n} document. Not in the project: {names}",
                        "Values set for {n} documents. Not in the project: {names}",
                        result["documents"],
                    ).format(names=", ".join(result["unknown"][:20])),
                ),
            )

    def export_xlsx(self, path: str) -> None:
        from qdadesk.core.exporters.variables_xlsx import export_variables_xlsx

        try:
            export_variables_xlsx(self.session.project, path)
        except QdaError as error:
            self._show_error(str(error))

    def export_dialog(self) -> None:
        from qdadesk.ui.save_dialog import ask_save_path

        path = ask_save_path(self, tr("Export Variables"), tr("Excel (*.xlsx)"), "variables.xlsx")
        if path:
            self.export_xlsx(path)


def typed_value_data(variable_type: str, value: Any, role: int) -> Any:
    """What a table cell of a typed variable shows for ``role``: a check box for booleans,
    numbers right-aligned, floats without trailing zeros, nothing for a missing value."""
    if variable_type == "boolean":
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return None if value is None else (tr("true") if value else tr("false"))
        return None
    if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
        if value is None:
            return "" if role == Qt.ItemDataRole.EditRole else None
        if variable_type == "float" and role == Qt.ItemDataRole.DisplayRole:
            return f"{value:g}"
        return str(value)
    if role == Qt.ItemDataRole.TextAlignmentRole and variable_type in ("integer", "float"):
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return None
