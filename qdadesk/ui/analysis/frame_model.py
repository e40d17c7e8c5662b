"""A read-only table model over a pandas DataFrame, for the analysis windows' result lists.

A result can be long (a search's hits, a word list): the model keeps the DataFrame (its
columns are compact) and turns rows into dicts a page at a time, as the view shows them,
keeping only a few pages, instead of one dict per row up front.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from qdadesk.ui.plain_text import shown_as_typed

if TYPE_CHECKING:
    import pandas as pd

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's fields as a dict
PAGE = 200  # rows turned into dicts at a time
KEPT_PAGES = 8


class FrameModel(QAbstractTableModel):
    """Shows some columns of a DataFrame; the row's full record is under ``ROW_ROLE``."""

    def __init__(
        self, columns: list[str], headers: list[str] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self.headers = headers or columns
        self._frame: pd.DataFrame | None = None
        self._count = 0
        self._pages: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()

    def set_frame(self, frame: pd.DataFrame | None) -> None:
        self.beginResetModel()
        self._frame = frame
        self._count = 0 if frame is None else len(frame)
        self._pages.clear()
        self.endResetModel()

    @property
    def pages_in_memory(self) -> int:
        """How many pages of rows are kept as dicts now (at most ``KEPT_PAGES``)."""
        return len(self._pages)

    def record(self, row: int) -> dict[str, Any]:
        if not 0 <= row < self._count:
            raise IndexError(row)
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            assert self._frame is not None  # rows exist only with a frame
            rows = self._frame.iloc[number * PAGE : (number + 1) * PAGE]
            page = self._pages[number] = rows.to_dict(orient="records")
            while len(self._pages) > KEPT_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[row % PAGE]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        record = self.record(index.row())
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
