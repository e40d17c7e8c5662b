"""The Qt model of the Document System: document groups (ordered, nestable) and documents,
then, as in MAXQDA, "Sets" at the bottom: the document sets with references to their
documents.

Columns: 0 the name (activation circle, icon), 1 the memo icon, 2 the number of coded
segments. Drag and drop moves documents and groups through the core (``move_document``,
``move_group``) and accepts files from the desktop for import; documents (or groups)
dropped onto a set join it, dropped onto "Sets" they make a new set.

Node kinds: ``all`` (Documents), ``group``, ``document``; ``sets`` (Sets), ``set``, and
``set_document`` (a document's reference in a set: its ``id`` is the document's).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from qdadesk.core.i18n import ntr, tr
from qdadesk.ui.icons import document_icon
from qdadesk.ui.plain_text import shown_as_typed
from qdadesk.ui.session import ProjectSession, switch_session

if TYPE_CHECKING:
    from qdadesk.core import Operation, Project
    from qdadesk.core.model import Document

NAME_COLUMN, MEMO_COLUMN, COUNT_COLUMN = 0, 1, 2
INTERNAL_MIME = "application/x-qdadesk-document-system"
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "all" | "group" | "document" | "sets" | ...
ID_ROLE = Qt.ItemDataRole.UserRole + 2
ACTIVE_ROLE = Qt.ItemDataRole.UserRole + 3  # 0 none, 1 some (groups), 2 all
MEMO_ID_ROLE = Qt.ItemDataRole.UserRole + 4
ACTIVE_TINT = QColor(156, 39, 176, 40)  # rows of activated documents (as the Code System)


# -- icons ----------------------------------------------------------------------------------
_ICONS: dict[str, QIcon] = {}


def _pixmap(draw: Callable[[QPainter], None]) -> QIcon:
    icon = QIcon()
    for size in (16, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(size / 16, size / 16)
        draw(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def _draw_folder(p: QPainter) -> None:
    p.setPen(QPen(QColor("#b8860b"), 0.8))
    p.setBrush(QColor("#f2c14e"))
    back = QPainterPath()
    back.moveTo(1.5, 3.5)
    back.lineTo(6, 3.5)
    back.lineTo(7.5, 5)
    back.lineTo(14.5, 5)
    back.lineTo(14.5, 13.5)
    back.lineTo(1.5, 13.5)
    back.closeSubpath()
    p.drawPath(back)
    p.setBrush(QColor("#f8d77a"))
    p.drawRect(QRectF(1.5, 6.5, 13, 7))


def _draw_page(p: QPainter) -> None:
    p.setPen(QPen(QColor("#5b7ba6"), 0.8))
    p.setBrush(QColor("#ffffff"))
    page = QPolygonF(
        [QPointF(3, 1.5), QPointF(10, 1.5), QPointF(13, 4.5), QPointF(13, 14.5), QPointF(3, 14.5)]
    )
    p.drawPolygon(page)
    p.setBrush(QColor("#dbe6f4"))
    p.drawPolygon(QPolygonF([QPointF(10, 1.5), QPointF(10, 4.5), QPointF(13, 4.5)]))
    p.setPen(QPen(QColor("#8aa2c4"), 0.8))
    for y in (6.5, 8.5, 10.5, 12.5):
        p.drawLine(QPointF(5, y), QPointF(11, y))


def _draw_memo(p: QPainter) -> None:
    p.setPen(QPen(QColor("#c9a400"), 0.8))
    p.setBrush(QColor("#ffe873"))
    note = QPolygonF(
        [QPointF(2, 2), QPointF(14, 2), QPointF(14, 10.5), QPointF(10.5, 14), QPointF(2, 14)]
    )
    p.drawPolygon(note)
    p.setBrush(QColor("#f0cf3a"))
    p.drawPolygon(QPolygonF([QPointF(14, 10.5), QPointF(10.5, 10.5), QPointF(10.5, 14)]))
    p.setPen(QPen(QColor("#9c7f00"), 0.8))
    for y in (5, 7.5, 10):
        p.drawLine(QPointF(4, y), QPointF(12 if y < 10 else 9, y))


def _draw_set(p: QPainter) -> None:
    # MAXQDA draws a set as stacked pages with a link; here: two pages over a blue disc.
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#4a90d9"))
    p.drawEllipse(QRectF(0.5, 0.5, 15, 15))
    p.scale(0.7, 0.7)
    p.translate(3.2, 3.4)
    _draw_all(p)


def _draw_case(p: QPainter) -> None:
    # A case is a unit of analysis, often a person: a head and shoulders on a teal disc.
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#2a9d8f"))
    p.drawEllipse(QRectF(0.5, 0.5, 15, 15))
    p.setBrush(QColor("#ffffff"))
    p.drawEllipse(QRectF(5.5, 3, 5, 5))
    shoulders = QPainterPath()
    shoulders.moveTo(3.5, 13.5)
    shoulders.quadTo(8, 6.5, 12.5, 13.5)
    shoulders.closeSubpath()
    p.drawPath(shoulders)


def _draw_link(p: QPainter) -> None:
    _draw_page(p)
    p.setPen(QPen(QColor("#2b6cb0"), 1.6))
    p.setBrush(Qt.BrushStyle.NoBrush)
    arrow = QPainterPath()
    arrow.moveTo(1.5, 14.5)
    arrow.quadTo(1.5, 9, 7, 9)
    p.drawPath(arrow)
    p.drawLine(QPointF(7, 9), QPointF(5, 7))
    p.drawLine(QPointF(7, 9), QPointF(5, 11))


def _draw_all(p: QPainter) -> None:
    p.translate(-1, -1)
    _draw_page(p)
    p.translate(2, 2)
    _draw_page(p)


def icon(name: str) -> QIcon:
    """A drawn icon of the workspace: ``folder``, ``page``, ``memo``, ``documents``, ``set``,
    ``case`` or ``reference`` (a document in a set)."""
    if name not in _ICONS:
        draw = {
            "folder": _draw_folder,
            "page": _draw_page,
            "memo": _draw_memo,
            "documents": _draw_all,
            "set": _draw_set,
            "case": _draw_case,
            "reference": _draw_link,
        }[name]
        _ICONS[name] = _pixmap(draw)
    return _ICONS[name]


# -- nodes ----------------------------------------------------------------------------------
@dataclass(eq=False)
class Node:
    """One row of the tree: "all" (Documents), a group, a document, "sets" (Sets), a set, or
    a document's reference in a set."""

    kind: str
    id: int | None
    name: str
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0

    @property
    def item_id(self) -> int:
        """The id of what a group, document, set or reference row stands for; only the
        headings ("all", "sets") and the root have none."""
        assert self.id is not None, f"a '{self.kind}' row stands for no item"
        return self.id


class DocumentTreeModel(QAbstractItemModel):
    """Groups and documents of a project, refreshed from the session's ``changed`` signal."""

    filesDropped = Signal(list, object)  # (file paths, target group id or None)
    errorOccurred = Signal(str)

    def __init__(
        self, session: ProjectSession | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session: ProjectSession | None = None
        self._root = Node("root", None, "")
        self._documents: dict[int, Node] = {}
        self._groups: dict[int, Node] = {}
        self._sets: dict[int, Node] = {}
        self._counts: dict[int, int] = {}
        self._memos: dict[int, tuple[int, str, str]] = {}  # document id -> (memo id, title, text)
        self._file_types: dict[int, str] = {}  # document id -> "docx", "pdf" ... (its icon)
        self._kinds: dict[int, str] = {}  # document id -> "text", "pdf", "picture" (its icon)
        self.set_session(session)

    # -- session -------------------------------------------------------------------------
    def set_session(self, session: ProjectSession | None) -> None:
        switch_session(self.session, session, self._on_changed, self._on_activation)
        self.session = session
        self.reload()

    def reload(self) -> None:
        """Read the whole tree again (after a structural change)."""
        self.beginResetModel()
        self._root = Node("root", None, "")
        self._documents.clear()
        self._kinds.clear()
        self._groups.clear()
        self._sets.clear()
        if self.session is not None:
            project = self.session.project
            top = Node("all", None, tr("Documents"), self._root)
            self._root.children.append(top)
            groups = project.groups()  # ordered by parent and position
            for group in groups:
                self._groups[group.id] = Node("group", group.id, group.name)
            # Documents outside any group come first, as the core orders them (retrieval too)
            for document in project.documents():
                if document.group_id is None:
                    self._add_document(document, top)
            for group in groups:
                node = self._groups[group.id]
                above = None if group.parent_id is None else self._groups.get(group.parent_id)
                node.parent = top if above is None else above
                node.parent.children.append(node)
            for document in project.documents():
                if document.group_id is not None:
                    self._add_document(document, self._groups[document.group_id])
            self._add_sets(project)
            self._counts = project.document_coding_counts()
            self._read_memos(project)
            self._file_types = project.document_file_types()
        self.endResetModel()

    def _add_sets(self, project: Project) -> None:
        sets = Node("sets", None, tr("Sets"), self._root)
        self._root.children.append(sets)
        members = project.set_memberships()
        for document_set in project.document_sets():
            node = Node("set", document_set.id, document_set.name, sets)
            sets.children.append(node)
            self._sets[document_set.id] = node
            for document_id in members.get(document_set.id, []):
                document = self._documents.get(document_id)
                if document is not None:
                    node.children.append(Node("set_document", document_id, document.name, node))

    def _add_document(self, document: Document, parent: Node) -> None:
        node = Node("document", document.id, document.name, parent)
        parent.children.append(node)
        self._documents[document.id] = node
        self._kinds[document.id] = document.kind

    def _read_memos(self, project: Project) -> None:
        self._memos = {}
        for memo in project.memos(kind="document"):
            if memo.document_id is not None:  # a document memo always names its document
                self._memos.setdefault(memo.document_id, (memo.id, memo.title, memo.plain))

    def _on_changed(self, operation: Operation, _event: str) -> None:
        if self.session is None:  # the signal is disconnected before the session goes
            return
        project = self.session.project
        changes = operation.changes
        if changes.touched("documents", "document_groups", "document_sets", "document_set_members"):
            self.reload()
            return
        if changes.touched("codings"):
            # Only the documents the change names: one small query, not the whole project.
            changed = set(changes.documents) & set(self._documents)
            fresh = project.document_coding_counts(changed)
            for document_id in changed:
                self._counts[document_id] = fresh.get(document_id, 0)
            self._refresh_documents(changed, COUNT_COLUMN)
        if changes.touched("memos"):
            before = set(self._memos)
            self._read_memos(project)
            self._refresh_documents(before | set(self._memos), MEMO_COLUMN)

    def _refresh_documents(self, document_ids: Iterable[int], column: int) -> None:
        """Repaint those documents' cells and the counts of the groups above them."""
        ancestors: dict[int, Node] = {}
        wanted = set(document_ids)
        nodes = [self._documents[i] for i in wanted if i in self._documents]
        nodes += [
            reference
            for set_node in self._sets.values()
            for reference in set_node.children
            if reference.id in wanted
        ]
        for node in nodes:
            index = self.createIndex(node.row(), column, node)
            self.dataChanged.emit(index, index)
            parent = node.parent
            while parent is not None and parent is not self._root:
                ancestors[id(parent)] = parent
                parent = parent.parent
        for node in ancestors.values():
            index = self.createIndex(node.row(), COUNT_COLUMN, node)
            self.dataChanged.emit(index, index)

    def _on_activation(self) -> None:
        self._emit_all_changed(self._root)

    def _emit_all_changed(self, node: Node) -> None:
        if node.children:
            first = self.createIndex(0, 0, node.children[0])
            last = self.createIndex(len(node.children) - 1, COUNT_COLUMN, node.children[-1])
            self.dataChanged.emit(first, last)
            for child in node.children:
                self._emit_all_changed(child)

    # -- lookups -------------------------------------------------------------------------
    def node(self, index: QModelIndex | QPersistentModelIndex) -> Node:
        return index.internalPointer() if index.isValid() else self._root

    def index_of(self, kind: str, item_id: int | None, column: int = 0) -> QModelIndex:
        table = {"document": self._documents, "set": self._sets}.get(kind, self._groups)
        node = table.get(item_id) if item_id is not None else None
        if kind == "all" and self._root.children:
            node = self._root.children[0]
        if kind == "sets":
            node = self.sets_node()
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row(), column, node)

    def group_ids(self) -> list[int]:
        """The ids of every group in the tree (in the core's order)."""
        return list(self._groups)

    def set_ids(self) -> list[int]:
        """The ids of every document set in the tree (in the core's order)."""
        return list(self._sets)

    def set_node(self, set_id: int) -> Node | None:
        """The row of the document set ``set_id`` (None if there is no such set)."""
        return self._sets.get(set_id)

    def set_nodes(self) -> list[Node]:
        """The rows of every document set (in the core's order)."""
        return list(self._sets.values())

    def all_document_ids(self) -> list[int]:
        """Every document in tree order (documents outside groups first, then by group)."""
        return self.document_ids_under(self._root)

    def sets_node(self) -> Node | None:
        """The "Sets" node at the bottom of the tree (None without a project)."""
        return next((n for n in self._root.children if n.kind == "sets"), None)

    def document_ids_under(self, node: Node) -> list[int]:
        """The documents in a node (a group with its subgroups, a set, or everything),
        each once."""
        if node.kind in ("document", "set_document"):
            return [node.item_id]
        ids: list[int] = []
        for child in node.children:
            ids.extend(self.document_ids_under(child))
        return list(dict.fromkeys(ids))

    def group_of(self, node: Node) -> int | None:
        """The group a new document or subgroup goes into when ``node`` is the target."""
        if node.kind == "group":
            return node.id
        if node.kind == "document" and node.parent is not None and node.parent.kind == "group":
            return node.parent.id
        return None

    def memo_of(self, document_id: int) -> int | None:
        entry = self._memos.get(document_id)
        return entry[0] if entry else None

    def activation_state(self, node: Node) -> int:
        activated = self.session.activation.document_ids if self.session else None
        if not activated:
            return 0
        ids = self.document_ids_under(node)
        hits = sum(1 for i in ids if i in activated)
        if not hits:
            return 0
        return 2 if hits == len(ids) else 1

    # -- the item model ------------------------------------------------------------------
    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()
    ) -> QModelIndex:
        node = self.node(parent)
        if 0 <= row < len(node.children) and 0 <= column <= COUNT_COLUMN:
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node = index.internalPointer().parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 3

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        node: Node = index.internalPointer()
        column = index.column()
        if role == KIND_ROLE:
            return node.kind
        if role == ID_ROLE:
            return node.id
        if role == ACTIVE_ROLE:
            return self.activation_state(node)
        if role == Qt.ItemDataRole.BackgroundRole:
            if node.kind in ("document", "set_document") and self.activation_state(node):
                return QBrush(ACTIVE_TINT)
            return None
        if column == NAME_COLUMN:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return node.name
            if role == Qt.ItemDataRole.DecorationRole:
                if node.kind == "document":  # its type at a glance: TXT, DOCX, ODT, PDF ...
                    return document_icon(
                        self._kinds.get(node.item_id, "text"), self._file_types.get(node.item_id)
                    )
                kinds = {
                    "group": "folder",
                    "sets": "set",
                    "set": "set",
                    "set_document": "reference",
                }
                return icon(kinds.get(node.kind, "documents"))
            if role == Qt.ItemDataRole.ToolTipRole and node.kind in ("document", "set_document"):
                count = self._counts.get(node.item_id, 0)
                return shown_as_typed(
                    tr("{name}: {segments}").format(
                        name=node.name,
                        segments=ntr("{n} coded segment", "{n} coded segments", count),
                    )
                )
            if role == Qt.ItemDataRole.ToolTipRole and node.kind == "sets":
                return tr("Drag documents here to make a document set")
            if role == Qt.ItemDataRole.FontRole and node.kind in ("all", "sets"):
                from PySide6.QtGui import QFont

                font = QFont()
                font.setBold(True)
                return font
        elif column == MEMO_COLUMN and node.kind == "document":
            entry = self._memos.get(node.item_id)
            if entry is None:
                return None
            if role == Qt.ItemDataRole.DecorationRole:
                return icon("memo")
            if role == MEMO_ID_ROLE:
                return entry[0]
            if role == Qt.ItemDataRole.ToolTipRole:
                preview = entry[2] if len(entry[2]) <= 400 else entry[2][:400] + "…"
                title = entry[1] or tr("Document memo")
                return f"<b>{_escape(title)}</b><br>{_escape(preview).replace(chr(10), '<br>')}"
        elif column == COUNT_COLUMN:
            if role == Qt.ItemDataRole.DisplayRole:
                if node.kind in ("document", "set_document"):
                    return self._counts.get(node.item_id, 0)
                return sum(self._counts.get(i, 0) for i in self.document_ids_under(node))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#8a8a8a"))
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        node: Node = index.internalPointer()
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if node.kind in ("all", "sets"):
            return flags | Qt.ItemFlag.ItemIsDropEnabled
        if node.kind == "set":
            flags |= Qt.ItemFlag.ItemIsDropEnabled
            return flags | Qt.ItemFlag.ItemIsEditable if index.column() == NAME_COLUMN else flags
        if node.kind == "set_document":  # a reference: dragged to another set, not renamed
            return flags | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        flags |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == NAME_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        if node.kind == "group":
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        """Rename in place through the core (undoable)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.session is None:
            return False
        node: Node = index.internalPointer()
        name = str(value)
        if name.strip() == node.name:
            return False
        project = self.session.project
        rename = {
            "document": project.rename_document,
            "group": project.rename_group,
            "set": project.rename_document_set,
        }.get(node.kind)
        if rename is None:
            return False
        item_id = node.item_id
        operation = self.session.perform(
            lambda: rename(item_id, name), on_error=self.errorOccurred.emit
        )
        return operation is not None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [tr("Document"), "", tr("Segments")][section]
        return None

    # -- drag and drop -------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [INTERNAL_MIME, "text/uri-list"]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        items: list[list[str | int | None]] = []
        for index in indexes:
            node: Node = index.internalPointer()
            if index.column() == 0 and node.kind in ("document", "group"):
                items.append([node.kind, node.id])
            elif index.column() == 0 and node.kind == "set_document":
                # A reference carries its document (and the set it came from).
                assert node.parent is not None  # a reference always sits in its set
                items.append(["set_document", node.id, node.parent.id])
        mime = QMimeData()
        mime.setData(INTERNAL_MIME, json.dumps(items).encode())
        return mime

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        in_sets = self.set_target(self.node(parent)) is not None
        if data.hasFormat(INTERNAL_MIME):
            return True
        if data.hasUrls() and not in_sets:  # files are imported into groups, not sets
            return any(url.isLocalFile() for url in data.urls())
        return False

    def set_target(self, node: Node) -> Node | None:
        """The set (or the "Sets" node) a drop onto ``node`` goes to; None outside Sets."""
        if node.kind == "set_document":
            return node.parent
        if node.kind in ("set", "sets"):
            return node
        return None

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if self.session is None:
            return False
        target = self.node(parent)
        if target is self._root:
            target = self._root.children[0] if self._root.children else self._root
        if data.hasFormat(INTERNAL_MIME):
            items = json.loads(bytes(data.data(INTERNAL_MIME).data()).decode() or "[]")
            set_node = self.set_target(target)
            if set_node is not None:
                self.add_to_set(self._dropped_documents(items), set_node)
                return False  # the sets keep references; nothing moves, nothing to remove
            items = [item for item in items if item[0] != "set_document"]
            if not items:
                return False
            self.move_items([(str(item[0]), int(item[1])) for item in items], target, row)
            return False  # the core moved the rows; the reset shows them, nothing to remove
        if data.hasUrls() and self.set_target(target) is None:  # files go into groups
            paths = [url.toLocalFile() for url in data.urls() if url.isLocalFile()]
            if paths:
                self.filesDropped.emit(paths, self.group_of(target))
                return True
        return False

    def _dropped_documents(self, items: list[list[Any]]) -> list[int]:
        """The documents that dropped items stand for (a group: all of its documents)."""
        ids: list[int] = []
        for item in items:
            kind, item_id = item[0], item[1]
            if kind in ("document", "set_document"):
                ids.append(item_id)
            elif kind == "group" and item_id in self._groups:
                ids.extend(self.document_ids_under(self._groups[item_id]))
        return list(dict.fromkeys(ids))

    def add_to_set(self, document_ids: list[int], set_node: Node) -> int | None:
        """Put documents into the set ``set_node``, or into a new set when it is "Sets";
        one undoable step. Returns the set's id."""
        if not document_ids or self.session is None:
            return None
        project = self.session.project
        if set_node.kind == "sets":
            name = project.free_set_name()
            operation = self.session.perform(
                lambda: project.add_document_set(name, document_ids),
                on_error=self.errorOccurred.emit,
            )
            return None if operation is None else operation.result
        set_id = set_node.item_id
        operation = self.session.perform(
            lambda: project.add_documents_to_set(set_id, document_ids),
            on_error=self.errorOccurred.emit,
        )
        return None if operation is None else set_id

    def move_items(self, items: list[tuple[str, int]], target: Node, row: int = -1) -> None:
        """Move documents and groups into ``target`` before row ``row`` (-1: at the end),
        as one undoable step."""
        if self.session is None:
            return
        if target.kind == "document":  # dropped onto a document: place before it
            row = target.row()
            assert target.parent is not None  # a document sits in a group or in Documents
            target = target.parent
        group_id = target.id if target.kind == "group" else None
        project = self.session.project
        stack = self.session.undo_stack
        stack.beginMacro(tr("Move documents"))
        try:
            for offset, (kind, item_id) in enumerate(items):
                position = self._position_for(target, kind, row, offset, items)
                move = project.move_document if kind == "document" else project.move_group
                operation = self.session.perform(
                    partial(move, item_id, group_id, position), on_error=self.errorOccurred.emit
                )
                if operation is None:
                    break  # refused (and shown): the rest stays where it was
        finally:
            stack.endMacro()

    @staticmethod
    def _position_for(
        target: Node, kind: str, row: int, offset: int, moved: list[tuple[str, int]]
    ) -> int | None:
        # Positions count within one kind (documents or groups) and
        # leave out the rows being moved (the core places among the others).
        if row < 0:
            return None
        siblings_before = [
            c for c in target.children[:row] if c.kind == kind and (c.kind, c.id) not in moved
        ]
        return len(siblings_before) + offset


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["DocumentTreeModel", "Node", "icon"]
