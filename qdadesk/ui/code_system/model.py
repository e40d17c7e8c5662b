"""The Qt model of the Code System: the code tree with colours, counts and activation.

An adapter over ``project.codes()``: rows are code ids arranged as the core orders them.
A coding change refreshes only the count column of the codes it names (and their parents);
a rename or recolour updates those rows in place; only a change of the tree's shape resets.
Drops: a text selection (``SEGMENT_MIME``) onto a code codes it; codes (``CODES_MIME``)
dropped on a code nest under it, between codes reorder, and with Alt or Shift held on a
code merge into it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication

from qdadesk.core.i18n import ntr, tr
from qdadesk.ui import icons
from qdadesk.ui.coding_actions import (
    CODES_MIME,
    HIGHLIGHTER_NAMES,
    SEGMENT_MIME,
    parse_region_mime,
    parse_segment_mime,
)

if TYPE_CHECKING:
    from qdadesk.core.model import Code
    from qdadesk.ui.session import ProjectSession

ActiveRole = Qt.ItemDataRole.UserRole + 1
CodeIdRole = Qt.ItemDataRole.UserRole + 2
_ModelIndex = QModelIndex | QPersistentModelIndex


class _Node:
    __slots__ = ("code", "parent", "children")

    def __init__(self, code: Code | None, parent: _Node | None) -> None:
        self.code = code  # None only for the invisible root
        self.parent = parent
        self.children: list[_Node] = []

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent is not None else 0

    @property
    def row_code(self) -> Code:
        """The code of a row: every node but the invisible root has one."""
        assert self.code is not None, "the root of the code tree stands for no code"
        return self.code


class CodeTreeModel(QAbstractItemModel):
    """Codes as a tree: column 0 name (colour icon), column 1 count of coded segments."""

    mergeRequested = Signal(list, int)  # source code ids, target code id (asks to confirm)

    def __init__(
        self, session: ProjectSession | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._root = _Node(None, None)
        self._nodes: dict[int, _Node] = {}
        self._counts: dict[int, int] = {}
        self._totals: dict[int, int] = {}
        self.expanded: set[int] = set()
        self.total = 0
        self.reload()

    # -- loading ---------------------------------------------------------------------------
    def set_session(self, session: ProjectSession | None) -> None:
        self.session = session
        self.expanded = set()
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._build(self.session.project.codes() if self.session else [])
        self._counts = self.session.project.code_coding_counts() if self.session else {}
        self._sum_totals()
        self.total = sum(self._counts.values())
        self.endResetModel()

    def _build(self, codes: list[Code]) -> None:
        self._root = _Node(None, None)
        self._nodes = {}
        for code in codes:  # parents come before children
            above = None if code.parent_id is None else self._nodes.get(code.parent_id)
            parent = self._root if above is None else above
            node = _Node(code, parent)
            parent.children.append(node)
            self._nodes[code.id] = node

    def _sum_totals(self) -> None:
        totals: dict[int, int] = {}

        def total(node: _Node) -> int:
            code_id = node.row_code.id
            value = self._counts.get(code_id, 0) + sum(total(c) for c in node.children)
            totals[code_id] = value
            return value

        for node in self._root.children:
            total(node)
        self._totals = totals

    def codes_changed(self) -> None:
        """Codes were added, removed, moved, renamed or recoloured."""
        if self.session is None:
            return
        codes = self.session.project.codes()
        shape = [(c.id, c.parent_id) for c in codes]
        current = [(n.row_code.id, n.row_code.parent_id) for n in self._in_order()]
        if shape != current:
            self.reload()
            return
        for code in codes:
            node = self._nodes[code.id]
            if node.code != code:
                node.code = code
                index = self._index_of(node)
                self.dataChanged.emit(index, index.siblingAtColumn(1))

    def counts_changed(self, code_ids: frozenset[int] | set[int] | None = None) -> None:
        """Coded segments of ``code_ids`` were added or removed (None: of any code).

        Only those codes are recounted and only their rows and their parents' rows are
        updated, so one new coding costs one small query, not a count of the whole project.
        """
        if self.session is None:
            return
        project = self.session.project
        if code_ids is None or len(code_ids) > 50:
            self._counts = project.code_coding_counts()
            changed = set(self._nodes)
        else:
            changed = {i for i in code_ids if i in self._nodes}
            fresh = project.code_coding_counts(changed) if changed else {}
            for code_id in changed:
                self._counts[code_id] = fresh.get(code_id, 0)
        old_totals = self._totals
        if len(changed) == len(self._nodes):
            self._sum_totals()
        else:
            self._totals = dict(old_totals)
            for code_id in changed:  # walk up: a parent's total includes its subtree
                node: _Node | None = self._nodes[code_id]
                while node is not None and node.code is not None:
                    self._totals[node.code.id] = self._counts.get(node.code.id, 0) + sum(
                        self._totals.get(child.row_code.id, 0) for child in node.children
                    )
                    node = node.parent
        for code_id, total in self._totals.items():
            if old_totals.get(code_id) != total or code_id in changed:
                index = self._index_of(self._nodes[code_id], 1)
                self.dataChanged.emit(index, index)
        self.total = sum(self._counts.values())

    def activation_changed(self) -> None:
        for node in [self._root, *self._nodes.values()]:
            if node.children:
                parent = self._index_of(node) if node.code else QModelIndex()
                self.dataChanged.emit(
                    self.index(0, 0, parent),
                    self.index(len(node.children) - 1, 1, parent),
                    [ActiveRole, Qt.ItemDataRole.BackgroundRole],
                )

    def set_expanded(self, code_id: int, expanded: bool) -> None:
        if expanded:
            self.expanded.add(code_id)
        else:
            self.expanded.discard(code_id)
        node = self._nodes.get(code_id)
        if node is not None:
            index = self._index_of(node, 1)
            self.dataChanged.emit(index, index)

    def _in_order(self) -> list[_Node]:
        out: list[_Node] = []

        def walk(node: _Node) -> None:
            for child in node.children:
                out.append(child)
                walk(child)

        walk(self._root)
        return out

    # -- lookups ---------------------------------------------------------------------------
    def code_id(self, index: _ModelIndex) -> int | None:
        node = self._node(index)
        return node.code.id if node is not None and node.code is not None else None

    def code(self, code_id: int) -> Code | None:
        node = self._nodes.get(code_id)
        return node.code if node else None

    def index_for(self, code_id: int, column: int = 0) -> QModelIndex:
        node = self._nodes.get(code_id)
        return self._index_of(node, column) if node else QModelIndex()

    def own_count(self, code_id: int) -> int:
        return self._counts.get(code_id, 0)

    def total_count(self, code_id: int) -> int:
        return self._totals.get(code_id, 0)

    def shown_count(self, code_id: int) -> int:
        """A collapsed parent shows its subtree's total; otherwise the code's own count."""
        node = self._nodes[code_id]
        if node.children and code_id not in self.expanded:
            return self.total_count(code_id)
        return self.own_count(code_id)

    def subtree_ids(self, code_id: int) -> list[int]:
        ids: list[int] = []

        def walk(node: _Node) -> None:
            ids.append(node.row_code.id)
            for child in node.children:
                walk(child)

        walk(self._nodes[code_id])
        return ids

    def all_ids(self) -> list[int]:
        return list(self._nodes)

    def is_active(self, code_id: int) -> bool:
        if self.session is None:
            return False
        active = self.session.activation.code_ids
        return active is None or code_id in active

    def activation_explicit(self) -> bool:
        """Whether codes were (de)activated by hand; until then every code counts as active
        but none is drawn as activated."""
        return self.session is not None and self.session.activation.code_ids is not None

    def _node(self, index: _ModelIndex) -> _Node | None:
        if not index.isValid():
            return None
        node: _Node = index.internalPointer()
        return node

    def _index_of(self, node: _Node, column: int = 0) -> QModelIndex:
        return self.createIndex(node.row(), column, node)

    # -- QAbstractItemModel ----------------------------------------------------------------
    def index(self, row: int, column: int, parent: _ModelIndex = QModelIndex()) -> QModelIndex:
        node = self._node(parent) or self._root
        if 0 <= row < len(node.children) and 0 <= column < 2:
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: _ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self._node(index)
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self._index_of(node.parent)

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self._node(parent) or self._root
        return len(node.children)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:
        return 2

    def hasChildren(self, parent: _ModelIndex = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return None
        code = node.row_code
        column = index.column()
        if role == CodeIdRole:
            return code.id
        if role == ActiveRole:
            return self.is_active(code.id)
        if column == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{code.name}   [Ctrl+{code.shortcut}]" if code.shortcut else code.name
            if role == Qt.ItemDataRole.EditRole:
                return code.name
            if role == Qt.ItemDataRole.DecorationRole:
                highlighter = code.parent_id is None and code.name in HIGHLIGHTER_NAMES
                return icons.code_icon(code.color, highlighter)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._tooltip(code)
            if role == Qt.ItemDataRole.FontRole and not code.codable:
                font = QFont()
                font.setItalic(True)
                return font
        elif column == 1:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(self.shown_count(code.id))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#808080")
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr("{own} coded segments; with subcodes {total}").format(
                    own=self.own_count(code.id), total=self.total_count(code.id)
                )
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and self.is_active(code.id)
            and self.activation_explicit()
        ):
            tint = QColor("#9c27b0")
            tint.setAlpha(40)
            return tint
        return None

    def _tooltip(self, code: Code) -> str:
        path = self.session.project.code_path(code.id) if self.session else code.name
        lines = [
            f"<b>{_escape(path)}</b>",
            ntr("{n} coded segment", "{n} coded segments", self.own_count(code.id)),
        ]
        if code.description:
            lines.append(_escape(code.description[:300]))
        lines.append(tr("Created: {d}").format(d=code.created[:16].replace("T", " ")))
        lines.append(tr("Modified: {d}").format(d=code.modified[:16].replace("T", " ")))
        return "<br>".join(lines)

    def setData(self, index: _ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self._node(index)
        if node is None or index.column() != 0 or role != Qt.ItemDataRole.EditRole:
            return False
        if self.session is None:
            return False
        name = str(value).strip()
        if not name or name == node.row_code.name:
            return False
        project = self.session.project
        code_id = node.row_code.id
        return self.session.perform(lambda: project.rename_code(code_id, name)) is not None

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- drag and drop ---------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [CODES_MIME, SEGMENT_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = list(dict.fromkeys(i for i in (self.code_id(x) for x in indexes) if i is not None))
        mime = QMimeData()
        mime.setData(CODES_MIME, QByteArray(json.dumps(ids).encode()))
        return mime

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _ModelIndex
    ) -> bool:
        if data.hasFormat(SEGMENT_MIME):
            return parent.isValid() and row == -1
        return data.hasFormat(CODES_MIME)

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _ModelIndex
    ) -> bool:
        """Code a dropped selection, or nest / reorder / merge dropped codes."""
        if self.session is None:
            return False
        project = self.session.project
        target = self.code_id(parent)
        region = parse_region_mime(data)
        if region is not None:  # a rectangle drawn on a PDF page or picture
            if target is None or row != -1:
                return False
            document_id, page, box = region
            return (
                self.session.perform(
                    lambda: project.add_region_coding(document_id, target, box, page)
                )
                is not None
            )
        segment = parse_segment_mime(data)
        if segment is not None:
            if target is None or row != -1:
                return False
            document_id, start, end = segment
            return (
                self.session.perform(lambda: project.add_coding(document_id, target, start, end))
                is not None
            )
        if not data.hasFormat(CODES_MIME):
            return False
        try:
            ids = [int(i) for i in json.loads(bytes(data.data(CODES_MIME).data()).decode())]
        except (ValueError, TypeError):
            return False
        ids = [i for i in ids if i in self._nodes and i != target]
        if not ids:
            return False
        modifiers = QGuiApplication.keyboardModifiers()
        merge = modifiers & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
        if merge and target is not None and row == -1:
            self.mergeRequested.emit(ids, target)
            return False
        return self.move_codes(ids, target, None if row == -1 else row)

    def move_codes(self, ids: list[int], parent_id: int | None, row: int | None) -> bool:
        """Nest codes under ``parent_id`` at sibling index ``row`` (None: at the end)."""
        if self.session is None:
            return False
        project = self.session.project
        done = False
        for offset, code_id in enumerate(ids):
            node = self._nodes[code_id]
            code = node.row_code
            assert node.parent is not None  # a code's row hangs under the root or a code
            siblings = node.parent.children
            position = None if row is None else row + offset
            if position is not None and code.parent_id == parent_id and node.row() < position:
                position -= 1  # the core counts positions without the moved code itself
            if code.parent_id == parent_id and position is not None and (position == node.row()):
                continue
            if (
                code.parent_id == parent_id
                and position is None
                and row is None
                and (node.row() == len(siblings) - 1)
            ):
                continue
            moved = self.session.perform(partial(project.move_code, code_id, parent_id, position))
            if moved is not None:
                done = True
        return done

    def removeRows(self, row: int, count: int, parent: _ModelIndex = QModelIndex()) -> bool:
        # Moves are done by the core in dropMimeData; the view must not delete rows itself.
        return False


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
