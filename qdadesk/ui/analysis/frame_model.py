"""A read-only table model over a pandas DataFrame, for the analysis windows' result lists."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from qdadesk.ui.plain_text import shown_as_typed

if TYPE_CHECKING:
    import pandas as pd

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's fields as a dict


class FrameModel(QAbstractTableModel):
    """Shows some columns of a DataFrame; the row's full record is under ``ROW_ROLE``."""

    def __init__(
        self, columns: list[str], headers: list[str] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self.headers = headers or columns
        self._rows: list[dict[str, Any]] = []

    def set_frame(self, frame: pd.DataFrame | None) -> None:
        self.beginResetModel()
        self._rows = [] if frame is None else frame.to_dict(orient="records")
        self.endResetModel()

    def record(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        if role == ROW_ROLE:
            return record
        value = record.get(self.columns[index.column()])
        if role == Qt.ItemDataRole.DisplayRole:
            text = "" if value is None else str(value)
            return " ".join(text.split()) if isinstance(value, str) else text
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str) and len(value) > 60:
            return shown_as_typed(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, (int, float)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None
