"""Variables > Cases…: the cases of a project (units of analysis such as a person, a family
or an organisation), the documents each holds, and the cases' own typed variables.

A table lists the cases (rename in place) with one column per case variable (edited like
document variables, checked against the type); beside it, the current case's documents:
add them from a list (several at once) or by dragging them from the Document System, and
take them out again. Every change is one undoable step through the core.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qdadesk.core.i18n import tr
from qdadesk.ui.document_tree_model import INTERNAL_MIME, icon
from qdadesk.ui.help import help_button
from qdadesk.ui.variables_editor import TYPE_LABELS, NewVariableDialog, typed_value_data

if TYPE_CHECKING:
    from qdadesk.core import Operation
    from qdadesk.core.model import Case, Document, Variable
    from qdadesk.ui.session import ProjectSession

AnyIndex = QModelIndex | QPersistentModelIndex

DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_COLUMN, COUNT_COLUMN = 0, 1


class CasesModel(QAbstractTableModel):
    """Rows: cases; columns: the name, the number of documents, then one per case variable."""

    errorOccurred = Signal(str)

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.cases: list[Case] = []
        self.variables: list[Variable] = []
        self.values: dict[int, dict[str, Any]] = {}
        self.members: dict[int, list[int]] = {}
        session.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, operation: Operation, _event: str) -> None:
        if operation.changes.touched(
            "cases", "case_members", "case_values", "variables", "documents"
        ):
            self.reload()

    def reload(self) -> None:
        project = self.session.project
        self.beginResetModel()
        self.cases = project.cases()
        self.variables = project.variables("case")
        self.values = project.case_values()
        self.members = project.case_memberships()
        self.endResetModel()

    def row_of(self, case_id: int) -> int:
        return next((n for n, c in enumerate(self.cases) if c.id == case_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.cases)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2 + len(self.variables)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == NAME_COLUMN:
            return tr("Case")
        if section == COUNT_COLUMN:
            return tr("Documents")
        variable = self.variables[section - 2]
        return f"{variable.name}\n({tr(TYPE_LABELS.get(variable.type, variable.type))})"

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        case = self.cases[index.row()]
        column = index.column()
        if column == NAME_COLUMN:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return case.name
            if role == Qt.ItemDataRole.DecorationRole:
                return icon("case")
            return None
        if column == COUNT_COLUMN:
            if role == Qt.ItemDataRole.DisplayRole:
                return len(self.members.get(case.id, []))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor("#f4f4f4")
            return None
        variable = self.variables[column - 2]
        value = self.values.get(case.id, {}).get(variable.name)
        return typed_value_data(variable.type, value, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COUNT_COLUMN:
            return flags
        if index.column() == NAME_COLUMN:
            return flags | Qt.ItemFlag.ItemIsEditable
        if self.variables[index.column() - 2].type == "boolean":
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Rename a case or store a case variable's value through the core (undoable)."""
        if not index.isValid() or index.column() == COUNT_COLUMN:
            return False
        case = self.cases[index.row()]
        project = self.session.project
        if index.column() == NAME_COLUMN:
            if role != Qt.ItemDataRole.EditRole or str(value).strip() == case.name:
                return False
            return self._perform(lambda: project.rename_case(case.id, str(value)))
        variable = self.variables[index.column() - 2]
        if role == Qt.ItemDataRole.CheckStateRole:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        else:
            current = self.values.get(case.id, {}).get(variable.name)
            if value == ("" if current is None else str(current)):
                return False
        return self._perform(lambda: project.set_case_value(case.id, variable.name, value))

    def _perform(self, call: Callable[[], Operation]) -> bool:
        return self.session.perform(call, on_error=self.errorOccurred.emit) is not None


class CaseMembersList(QListWidget):
    """The current case's documents; documents dragged here from the Document System join
    the case."""

    documentsDropped = Signal(list)  # document ids

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("caseMembers")
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def mimeTypes(self) -> list[str]:  # noqa: D102 (Qt API)
        return [INTERNAL_MIME]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        self._accept_documents(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt API)
        self._accept_documents(event)

    def _accept_documents(self, event: QDragMoveEvent) -> None:
        """Documents and groups from the Document System may be dropped; nothing else."""
        if event.mimeData().hasFormat(INTERNAL_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        data = event.mimeData()
        if not data.hasFormat(INTERNAL_MIME):
            event.ignore()
            return
        items = json.loads(bytes(data.data(INTERNAL_MIME).data()).decode() or "[]")
        ids: list[int] = []
        project = self.session.project
        for item in items:
            if item[0] in ("document", "set_document"):
                ids.append(int(item[1]))
            elif item[0] == "group":
                ids.extend(project.documents_in_group(int(item[1])))
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if ids:
            self.documentsDropped.emit(list(dict.fromkeys(ids)))


class DocumentPicker(QDialog):
    """Choose documents (several at once) from a list."""

    def __init__(
        self, documents: list[Document], title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documentPicker")
        self.setWindowTitle(title)
        self.resize(420, 420)
        self.list = QListWidget(self)
        self.list.setObjectName("documentPickerList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for document in documents:
            item = QListWidgetItem(icon("page"), document.name)
            item.setData(DOCUMENT_ID_ROLE, document.id)
            self.list.addItem(item)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        hint = QLabel(tr("Select one or more documents (Ctrl or Shift + click)."))
        hint.setStyleSheet("color: #666;")
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen(self) -> list[int]:
        rows = sorted(self.list.row(item) for item in self.list.selectedItems())
        return [self.list.item(r).data(DOCUMENT_ID_ROLE) for r in rows]


class CasesDialog(QDialog):
    """Cases with their documents and case variables (Variables > Cases…)."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casesDialog")
        self.setWindowTitle(tr("Cases"))
        self.resize(960, 480)
        self.session = session
        self.model = CasesModel(session, self)
        self.model.errorOccurred.connect(self._show_error)
        self.table = QTableView(self)
        self.table.setObjectName("casesTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        font = QFont(header.font())
        font.setBold(True)
        header.setFont(font)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._after_reset)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._show_members())

        self.members_title = QLabel()
        self.members_title.setObjectName("caseMembersTitle")
        self.members_title.setTextFormat(Qt.TextFormat.PlainText)
        self.members_title.setStyleSheet("font-weight: bold;")
        self.members = CaseMembersList(session, self)
        self.members.documentsDropped.connect(self.add_documents)
        self.add_documents_button = QPushButton(tr("Add Documents…"))
        self.add_documents_button.setObjectName("caseAddDocuments")
        self.add_documents_button.clicked.connect(self.add_documents_dialog)
        self.remove_documents_button = QPushButton(tr("Remove from Case"))
        self.remove_documents_button.setObjectName("caseRemoveDocuments")
        self.remove_documents_button.clicked.connect(self.remove_selected_documents)
        member_buttons = QHBoxLayout()
        member_buttons.addWidget(self.add_documents_button)
        member_buttons.addWidget(self.remove_documents_button)
        member_buttons.addStretch(1)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.members_title)
        side_layout.addWidget(self.members, 1)
        drop_hint = QLabel(tr("Drag documents here from the Document System."))
        drop_hint.setStyleSheet("color: #666;")
        drop_hint.setWordWrap(True)
        side_layout.addWidget(drop_hint)
        side_layout.addLayout(member_buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setSizes([600, 340])

        buttons = QHBoxLayout()
        for name, text, slot in (
            ("caseNew", tr("New Case…"), self.new_case_dialog),
            ("caseDelete", tr("Delete Case…"), self.delete_current_case),
            ("caseVariableAdd", tr("New Case Variable…"), self.add_variable_dialog),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(help_button(self, "cases-and-sets.md", "cases"))
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        hint = QLabel(
            tr(
                "A case groups documents under one unit of analysis (a person, a family, an "
                "organisation). Double-click a cell to rename a case or edit a case variable; "
                "the Summary Grid and the displays can show cases as columns."
            )
        )
        hint.setStyleSheet("color: #666;")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        self._current_case: int | None = None
        self._after_reset()

    # -- the current case ------------------------------------------------------------------
    def current_case_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.cases):
            return None
        return self.model.cases[index.row()].id

    def select_case(self, case_id: int) -> None:
        row = self.model.row_of(case_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, NAME_COLUMN))
        self._show_members()

    def _remember_current(self) -> None:
        self._current_case = self.current_case_id()

    def _after_reset(self) -> None:
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(NAME_COLUMN, max(180, min(300, self.table.columnWidth(0))))
        for column in range(2, self.model.columnCount()):
            self.table.setColumnWidth(column, max(110, self.table.columnWidth(column)))
        if self._current_case is not None and self.model.row_of(self._current_case) >= 0:
            self.select_case(self._current_case)
        elif self.model.cases:
            self.select_case(self.model.cases[0].id)
        else:
            self._show_members()

    def _show_members(self) -> None:
        case_id = self.current_case_id()
        self.members.clear()
        for widget in (self.members, self.add_documents_button, self.remove_documents_button):
            widget.setEnabled(case_id is not None)
        if case_id is None:
            self.members_title.setText(tr("Documents of the case"))
            return
        case = self.model.cases[self.model.row_of(case_id)]
        self.members_title.setText(tr("Documents of '{name}'").format(name=case.name))
        project = self.session.project
        names = {d.id: d.name for d in project.documents()}
        for document_id in self.model.members.get(case_id, []):
            item = QListWidgetItem(icon("page"), names.get(document_id, "?"))
            item.setData(DOCUMENT_ID_ROLE, document_id)
            self.members.addItem(item)

    # -- editing ---------------------------------------------------------------------------
    def new_case(self, name: str, document_ids: list[int] | None = None) -> int | None:
        project = self.session.project
        operation = self.session.perform(
            lambda: project.add_case(name, document_ids=document_ids or []), parent=self
        )
        if operation is None:
            return None
        case_id: int = operation.result  # add_case's result: the new case's id
        self.select_case(case_id)
        return case_id

    def new_case_dialog(self) -> int | None:
        name, ok = QInputDialog.getText(self, tr("New Case"), tr("Name of the case:"))
        if not ok or not name.strip():
            return None
        return self.new_case(name)

    def delete_current_case(self) -> None:
        case_id = self.current_case_id()
        if case_id is None:
            return
        name = self.model.cases[self.model.row_of(case_id)].name
        answer = QMessageBox.question(
            self,
            tr("Delete Case"),
            tr(
                "Delete the case '{name}' with its variable values and summaries? Its "
                "documents stay. You can undo it with Edit > Undo."
            ).format(name=name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._perform(lambda: self.session.project.delete_case(case_id))

    def add_documents(self, document_ids: list[int]) -> bool:
        case_id = self.current_case_id()
        if case_id is None or not document_ids:
            return False
        return self._perform(
            lambda: self.session.project.add_documents_to_case(case_id, document_ids)
        )

    def add_documents_dialog(self) -> None:
        case_id = self.current_case_id()
        if case_id is None:
            return
        held = set(self.model.members.get(case_id, []))
        candidates = [d for d in self.session.project.documents() if d.id not in held]
        picker = DocumentPicker(candidates, tr("Add Documents to Case"), self)
        if picker.exec() == QDialog.DialogCode.Accepted:
            self.add_documents(picker.chosen())

    def remove_selected_documents(self) -> None:
        case_id = self.current_case_id()
        ids = [item.data(DOCUMENT_ID_ROLE) for item in self.members.selectedItems()]
        if case_id is None or not ids:
            return
        self._perform(lambda: self.session.project.remove_documents_from_case(case_id, ids))

    def add_variable(self, name: str, type_: str) -> int | None:
        project = self.session.project
        operation = self.session.perform(
            lambda: project.add_variable(name, type_, "case"), parent=self
        )
        if operation is None:
            return None
        variable_id: int = operation.result  # add_variable's result: the new variable's id
        return variable_id

    def add_variable_dialog(self) -> None:
        dialog = NewVariableDialog(self)
        dialog.setWindowTitle(tr("New Case Variable"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_variable(*dialog.values())

    def _perform(self, call: Callable[[], Operation]) -> bool:
        return self.session.perform(call, parent=self) is not None

    def _show_error(self, message: str) -> None:
        self.session.show_error(message, parent=self)
