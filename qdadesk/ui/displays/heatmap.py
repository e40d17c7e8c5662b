"""The table model and cell painter shared by the matrix windows: a label column (codes
indented as in the Code System, with their colour), value cells drawn as squares sized by
value, as a heat map, or as numbers, and optional bold total row and column."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from qdadesk.core.i18n import tr
from qdadesk.ui.plain_text import shown_as_typed

if TYPE_CHECKING:
    import pandas as pd

ModelIndex = QModelIndex | QPersistentModelIndex
CellValue = float | str | None  # a number, a row label, or an empty total

DISPLAY_MODES = ("squares", "heatmap", "numbers")
SQUARE_COLOR = "#4363d8"
TOTAL_BACKGROUND = QColor("#eef1f5")
DIAGONAL_BACKGROUND = QColor("#e4e4e4")
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw number of a cell
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "value" | "total" | "label" | "diagonal"
COLOR_ROLE = Qt.ItemDataRole.UserRole + 3  # the row's colour (#rrggbb)
MARKED_ROLE = Qt.ItemDataRole.UserRole + 4  # the cell carries a mark (e.g. a summary)
MARK_COLOR = QColor("#e08a00")


@dataclass
class MatrixData:
    """What a MatrixModel shows: rows of numbers with labels, and optional totals."""

    row_labels: list[str]
    column_labels: list[str]
    values: list[list[float]]
    row_depths: list[int] = field(default_factory=list)
    row_colors: list[str] = field(default_factory=list)
    row_tooltips: list[str] = field(default_factory=list)
    row_totals: list[float] | None = None
    column_totals: list[float] | None = None
    grand_total: float | None = None
    percent: bool = False
    diagonal: bool = False  # grey the cells where row == column (code relations)
    marked: set[tuple[int, int]] = field(default_factory=set)  # (row, value column) flagged
    label_header: str = ""


class MatrixModel(QAbstractTableModel):
    """Column 0 holds the row labels; then one column per value column; then Total."""

    def __init__(self, data: MatrixData | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.matrix = data or MatrixData([], [], [])
        self.maximum = 1.0

    def set_matrix(self, data: MatrixData) -> None:
        self.beginResetModel()
        self.matrix = data
        flat = [v for row in data.values for v in row]
        if data.diagonal:
            flat = [v for r, row in enumerate(data.values) for c, v in enumerate(row) if r != c]
        self.maximum = max([float(v) for v in flat] + [0.0]) or 1.0
        self.endResetModel()

    # -- shape -----------------------------------------------------------------------------
    def _has_totals(self) -> bool:
        return self.matrix.row_totals is not None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid():
            return 0
        return len(self.matrix.row_labels) + (1 if self._has_totals() else 0)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid():
            return 0
        return 1 + len(self.matrix.column_labels) + (1 if self._has_totals() else 0)

    def is_total_row(self, row: int) -> bool:
        return self._has_totals() and row == len(self.matrix.row_labels)

    def is_total_column(self, column: int) -> bool:
        return self._has_totals() and column == len(self.matrix.column_labels) + 1

    def cell(self, row: int, column: int) -> tuple[str, CellValue]:
        """(kind, value) of a cell: label, value, total or diagonal."""
        m = self.matrix
        if column == 0:
            return "label", (tr("Total") if self.is_total_row(row) else m.row_labels[row])
        if self.is_total_row(row):
            if self.is_total_column(column):
                return "total", m.grand_total
            return "total", m.column_totals[column - 1] if m.column_totals else None
        if self.is_total_column(column):
            return "total", m.row_totals[row] if m.row_totals else None
        value = m.values[row][column - 1]
        if m.diagonal and row == column - 1:
            return "diagonal", value
        return "value", value

    # -- data ------------------------------------------------------------------------------
    def format(self, value: CellValue) -> str:
        if value is None:
            return ""
        if self.matrix.percent:
            return f"{float(value):.1f}"
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        kind, value = self.cell(row, column)
        m = self.matrix
        if role == Qt.ItemDataRole.DisplayRole:
            if kind == "label":
                depth = m.row_depths[row] if m.row_depths and row < len(m.row_depths) else 0
                return "    " * depth + str(value)
            return self.format(value)
        if role == VALUE_ROLE:
            return value
        if role == MARKED_ROLE:
            return (row, column - 1) in m.marked
        if role == KIND_ROLE:
            return kind
        if role == COLOR_ROLE:
            if m.row_colors and row < len(m.row_colors):
                return m.row_colors[row]
            return SQUARE_COLOR
        if role == Qt.ItemDataRole.DecorationRole and kind == "label" and row < len(m.row_colors):
            return _swatch(m.row_colors[row])
        if role == Qt.ItemDataRole.FontRole and (kind == "total" or self.is_total_row(row)):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            if kind == "total" or self.is_total_row(row):
                return QBrush(TOTAL_BACKGROUND)
            if kind == "diagonal":
                return QBrush(DIAGONAL_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and kind != "label":
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if kind == "label" and m.row_tooltips and row < len(m.row_tooltips):
                return shown_as_typed(m.row_tooltips[row])
            if kind in ("value", "diagonal", "total") and column > 0:
                header = (
                    tr("Total") if self.is_total_column(column) else m.column_labels[column - 1]
                )
                label = tr("Total") if self.is_total_row(row) else m.row_labels[row]
                return shown_as_typed(f"{label} × {header}: {self.format(value)}")
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            return None
        if section == 0:
            label = self.matrix.label_header
        elif self.is_total_column(section):
            label = tr("Total")
        else:
            label = self.matrix.column_labels[section - 1]
        return shown_as_typed(label) if role == Qt.ItemDataRole.ToolTipRole else label


def _swatch(color: str) -> QPixmap:
    pixmap = QPixmap(10, 10)
    pixmap.fill(QColor(color))
    return pixmap


class HeatmapDelegate(QStyledItemDelegate):
    """Paints value cells as squares whose area grows with the value, as a heat map, or as
    plain numbers (``mode``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mode = "squares"

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        kind = index.data(KIND_ROLE)
        if kind != "value" or self.mode == "numbers":
            super().paint(painter, option, index)
            if kind == "value":
                self._mark(painter, option, index)
            return
        model = index.model()
        value = index.data(VALUE_ROLE) or 0
        maximum = (model.maximum if isinstance(model, MatrixModel) else 1.0) or 1.0
        share = max(0.0, min(1.0, float(value) / maximum))
        color = QColor(index.data(COLOR_ROLE) or SQUARE_COLOR)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, option.palette.highlight().color().lighter(170))
        if self.mode == "heatmap":
            heat = QColor(color)
            heat.setAlphaF(0.12 + 0.88 * share if value else 0.0)
            painter.fillRect(rect.adjusted(1, 1, -1, -1), heat)
            painter.setPen(QColor("#ffffff") if share > 0.6 else QColor("#222222"))
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), index.data())
        elif value:
            side = (min(rect.width(), rect.height()) - 8) * math.sqrt(share)
            side = max(side, 4.0)
            square = QRectF(0, 0, side, side)
            square.moveCenter(rect.center())
            painter.setPen(color.darker(130))
            painter.setBrush(color)
            painter.drawRect(square)
        painter.restore()
        self._mark(painter, option, index)

    def _mark(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        if not index.data(MARKED_ROLE):
            return
        # A small folded corner, as a note on the cell (a summary exists).
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        corner = QPointF(option.rect.topRight()) + QPointF(1, 0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(MARK_COLOR)
        painter.drawPolygon([corner, corner - QPointF(10, 0), corner + QPointF(0, 10)])
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        if index.column() > 0:
            return QSize(max(hint.width(), 56), max(hint.height(), 34))
        return QSize(hint.width(), max(hint.height(), 34))


class MatrixOptions(TypedDict, total=False):
    """What ``matrix_from_frame`` passes on to MatrixData besides the rows."""

    row_tooltips: list[str]
    row_totals: list[float] | None
    column_totals: list[float] | None
    grand_total: float | None
    percent: bool
    diagonal: bool
    marked: set[tuple[int, int]]
    label_header: str


def matrix_from_frame(
    frame: pd.DataFrame,
    row_labels: Sequence[str],
    row_depths: Sequence[int] = (),
    row_colors: Sequence[str] = (),
    **options: Unpack[MatrixOptions],
) -> MatrixData:
    """MatrixData from a DataFrame of numbers (its columns become the column labels)."""
    values = [[float(v) for v in row] for row in frame.to_numpy().tolist()]
    return MatrixData(
        row_labels=list(row_labels),
        column_labels=[str(c) for c in frame.columns],
        values=values,
        row_depths=list(row_depths),
        row_colors=list(row_colors),
        **options,
    )
