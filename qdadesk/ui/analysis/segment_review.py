"""Segment review (MAXQDA's Smart Coding Tool): the segments of the chosen codes in one
table, comment and weight edited in place, segments moved to another code, and a code split
into new subcodes by dragging segments onto them. Every edit is one undoable operation."""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qdadesk.core.analysis.segment_list import list_segments, segment_rows_for
from qdadesk.core.i18n import ntr, tr
from qdadesk.core.model import CODE_PATH_SEPARATOR
from qdadesk.ui.analysis.common import code_paths, fill_code_combo, run_undoable, show_message
from qdadesk.ui.help import help_button
from qdadesk.ui.plain_text import shown_as_typed
from qdadesk.ui.window_api import parent_widget

if TYPE_CHECKING:
    from qdadesk.core import Operation
    from qdadesk.ui.session import ProjectSession
    from qdadesk.ui.window_api import MainWindowApi

AnyIndex = QModelIndex | QPersistentModelIndex

CODING_IDS_MIME = "application/x-qdadesk-coding-ids"
COLUMNS = ["code", "document", "text", "comment", "weight"]
PAGE = 100  # rows read from the core at a time
KEPT_PAGES = 8
FITTED_ROWS = 500  # up to this many rows, each row's height fits its text
EDITABLE = {"comment", "weight"}


class SegmentReviewModel(QAbstractTableModel):
    """The segments of some codes; comment and weight write through the session. Holds
    the core's listing of them (counted per document, ids read as asked for) and reads
    their rows through the core a page at a time (a few pages kept)."""

    def __init__(
        self,
        session: ProjectSession,
        on_error: Callable[[str], object],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.on_error = on_error
        self.code_ids: list[int] = []
        self._ids: Sequence[int] = []
        self._pages: OrderedDict[int, list[dict[str, Any] | None]] = OrderedDict()
        self.headers = [tr("Code"), tr("Document"), tr("Segment"), tr("Comment"), tr("Weight")]

    def set_codes(self, code_ids: list[int]) -> None:
        self.code_ids = list(code_ids)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        if self.code_ids:
            activation = self.session.activation.with_codes(set(self.code_ids)).with_documents(None)
            self._ids = list_segments(self.session.project, activation).coding_ids
        else:
            self._ids = []
        self.endResetModel()

    def _row(self, row: int) -> dict[str, Any] | None:
        """One row's fields (None: the segment is gone), read with its page when needed."""
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            ids = self._ids[number * PAGE : (number + 1) * PAGE]
            found = {r.coding_id: r.fields() for r in segment_rows_for(self.session.project, ids)}
            page = self._pages[number] = [found.get(coding_id) for coding_id in ids]
            while len(self._pages) > KEPT_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[row % PAGE]

    def coding_id(self, row: int) -> int:
        return int(self._ids[row])

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled
        if COLUMNS[index.column()] in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = row[column]
            if column == "weight":
                return int(value)
            text = str(value)
            return text if role == Qt.ItemDataRole.EditRole else " ".join(text.split())
        if role == Qt.ItemDataRole.ToolTipRole and column == "text":
            return shown_as_typed(row["text"])
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = COLUMNS[index.column()]
        coding_id = self.coding_id(index.row())
        project = self.session.project
        if column == "weight":
            try:
                weight = int(value)
            except ValueError as error:
                self.on_error(str(error))
                return False
            call = lambda: project.set_coding_weight(coding_id, weight)  # noqa: E731
        elif column == "comment":
            text = str(value)
            call = lambda: project.set_coding_comment(coding_id, text)  # noqa: E731
        else:
            return False
        if self.session.perform(call, on_error=self.on_error) is None:
            return False
        self._pages.pop(index.row() // PAGE, None)  # read again with the new value
        self.dataChanged.emit(index, index)
        return True

    def mimeTypes(self) -> list[str]:
        return [CODING_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = sorted({self.coding_id(index.row()) for index in indexes})
        mime = QMimeData()
        mime.setData(CODING_IDS_MIME, json.dumps(ids).encode())
        return mime


class CodeDropList(QListWidget):
    """The code list: choosing codes shows their segments; dropping segments on a code
    moves them there."""

    codingsDropped = Signal(int, list)  # code id, coding ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(CODING_IDS_MIME):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(CODING_IDS_MIME) and self.itemAt(event.position().toPoint()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        item = self.itemAt(event.position().toPoint())
        if item is None or not event.mimeData().hasFormat(CODING_IDS_MIME):
            event.ignore()
            return
        ids = json.loads(bytes(event.mimeData().data(CODING_IDS_MIME).data()).decode())
        event.acceptProposedAction()
        self.codingsDropped.emit(int(item.data(Qt.ItemDataRole.UserRole)), ids)


class SegmentReviewWindow(QDialog):
    """The Smart Coding Tool."""

    def __init__(
        self,
        session: ProjectSession,
        window: MainWindowApi | None = None,
        parent: QWidget | None = None,
        code_ids: list[int] | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else parent_widget(window))
        self.setObjectName("smartCodingTool")
        self.setWindowTitle(tr("Smart Coding Tool"))
        self.session = session
        self.message = QLabel()
        self.message.setObjectName("reviewMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        self.codes = CodeDropList()
        self.codes.setObjectName("reviewCodes")
        self.codes.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.codes.itemSelectionChanged.connect(self._codes_chosen)
        self.codes.codingsDropped.connect(self.move_segments)
        self.new_subcode_button = QPushButton(tr("New Subcode…"))
        self.new_subcode_button.setObjectName("newSubcodeButton")
        self.new_subcode_button.clicked.connect(lambda: self.new_subcode())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(tr("Codes (drop segments on a code to move them):")))
        left_layout.addWidget(self.codes, 1)
        left_layout.addWidget(self.new_subcode_button)

        self.model = SegmentReviewModel(session, lambda m: show_message(self.message, m, True))
        self.table = QTableView()
        self.table.setObjectName("reviewTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 140)
        header.resizeSection(1, 140)
        header.resizeSection(3, 160)
        header.resizeSection(4, 60)
        self.target = QComboBox()
        self.target.setObjectName("moveTarget")
        self.move_button = QPushButton(tr("Move Selected Segments"))
        self.move_button.setObjectName("moveSegmentsButton")
        self.move_button.clicked.connect(
            lambda: self.move_segments(self.target.currentData(), self.selected_coding_ids())
        )
        self.count_label = QLabel()
        move_row = QHBoxLayout()
        move_row.addWidget(self.count_label, 1)
        move_row.addWidget(QLabel(tr("to")))
        move_row.addWidget(self.target)
        move_row.addWidget(self.move_button)
        move_row.addWidget(help_button(self, "search.md", "smart-coding-tool"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.table, 1)
        right_layout.addLayout(move_row)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self.resize(1050, 600)
        self.reload_codes(code_ids or [])
        session.changed.connect(self._on_changed)

    # -- codes -----------------------------------------------------------------------------
    def reload_codes(self, select: list[int] | None = None) -> None:
        chosen = set(self.chosen_code_ids() if select is None else select)
        counts = self.session.project.code_coding_counts()
        self.codes.blockSignals(True)
        self.codes.clear()
        for code_id, path in code_paths(self.session):
            depth = path.count(CODE_PATH_SEPARATOR)
            name = path.split(CODE_PATH_SEPARATOR)[-1]
            item = QListWidgetItem("    " * depth + f"{name}  ({counts.get(code_id, 0)})")
            item.setData(Qt.ItemDataRole.UserRole, code_id)
            item.setToolTip(shown_as_typed(path))
            self.codes.addItem(item)
            item.setSelected(code_id in chosen)
        self.codes.blockSignals(False)
        fill_code_combo(self.target, self.session)
        self._codes_chosen()

    def chosen_code_ids(self) -> list[int]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.codes.selectedItems()]

    def choose_codes(self, code_ids: list[int]) -> None:
        self.reload_codes(code_ids)

    def _codes_chosen(self) -> None:
        self.model.set_codes(self.chosen_code_ids())
        self.count_label.setText(ntr("{n} segment", "{n} segments", self.model.rowCount()))
        if self.model.rowCount() <= FITTED_ROWS:  # fitting each row's height reads each row
            self.table.resizeRowsToContents()

    def _on_changed(self, operation: Operation, _event: str) -> None:
        if operation.changes.touched("codings", "codes"):
            self.reload_codes()

    # -- editing ---------------------------------------------------------------------------
    def selected_coding_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.coding_id(row) for row in rows]

    def move_segments(self, code_id: int | None, coding_ids: list[int]) -> None:
        """Recode segments to ``code_id`` (one undoable step)."""
        if code_id is None or not coding_ids:
            show_message(self.message, tr("Select segments and a code to move them to."), True)
            return
        project = self.session.project
        if run_undoable(
            self.session, self.message, lambda: project.recode_codings(coding_ids, code_id)
        ):
            show_message(
                self.message,
                ntr(
                    "Moved {n} segment to '{code}'.",
                    "Moved {n} segments to '{code}'.",
                    len(coding_ids),
                ).format(code=project.code_path(code_id)),
            )

    def new_subcode(self, name: str | None = None) -> int | None:
        """A new subcode of the (first) chosen code, to drag segments onto; returns its id."""
        chosen = self.chosen_code_ids()
        if not chosen:
            show_message(self.message, tr("Choose the code to split first."), True)
            return None
        project = self.session.project
        if name is None:
            name, ok = QInputDialog.getText(self, tr("New Subcode"), tr("Name:"))
            if not ok:
                return None
        parent = chosen[0]
        operation = run_undoable(self.session, self.message, lambda: project.add_code(name, parent))
        if operation is None:
            return None
        self.reload_codes(chosen)
        code_id: int = operation.result  # add_code's result: the new code's id
        return code_id
