"""Document System pane: the tree of document groups and documents (as in MAXQDA), with
the document sets under "Sets" at the bottom.

A click on the circle in front of an item activates it (a whole group or set at once);
activated documents get a filled circle and a tinted row. Files dropped from the desktop
are imported in the background into the group they land on. Documents dragged onto a set
join it; dragged onto "Sets" they make a new set; the context menu makes a set from the
activated documents.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from qdadesk.core.i18n import ntr, tr, tr_noop
from qdadesk.ui.document_tree_model import (
    ACTIVE_ROLE,
    COUNT_COLUMN,
    MEMO_COLUMN,
    NAME_COLUMN,
    DocumentTreeModel,
    Node,
    icon,
)
from qdadesk.ui.plain_text import shown_as_typed

if TYPE_CHECKING:
    from qdadesk.ui.import_job import ImportJob
    from qdadesk.ui.session import ProjectSession

# What Qt's item views pass as an index (a plain or a persistent one).
AnyIndex = QModelIndex | QPersistentModelIndex

CIRCLE_WIDTH = 18
ACTIVE_COLOR = QColor("#9c27b0")  # the Code System's activation colour

IMPORT_FILTER = tr_noop(
    "Documents and pictures (*.docx *.odt *.pdf *.txt *.rtf *.html *.htm *.md *.markdown "
    "*.png *.jpg *.jpeg *.gif *.tif *.tiff *.webp *.bmp *.svg);;"
    "Documents (*.docx *.odt *.pdf *.txt *.rtf *.html *.htm *.md *.markdown);;"
    "Pictures (*.png *.jpg *.jpeg *.gif *.tif *.tiff *.webp *.bmp *.svg);;All files (*)"
)


class ActivationDelegate(QStyledItemDelegate):
    """Paints the activation circle in front of a name and toggles it on click."""

    def __init__(self, pane: DocumentSystemPane) -> None:
        super().__init__(pane)
        self._pane = pane

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.column() == NAME_COLUMN:
            size.setWidth(size.width() + CIRCLE_WIDTH)
        return size.expandedTo(QSize(0, 22))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        if index.column() != NAME_COLUMN:
            super().paint(painter, option, index)
            return
        circle_area = QRect(
            option.rect.left(), option.rect.top(), CIRCLE_WIDTH, option.rect.height()
        )
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(circle_area, option.palette.highlight())
        elif background is not None:
            painter.fillRect(circle_area, background)
        shifted = QStyleOptionViewItem(option)
        shifted.rect = option.rect.adjusted(CIRCLE_WIDTH, 0, 0, 0)
        super().paint(painter, shifted, index)
        self._paint_circle(painter, circle_area, index.data(ACTIVE_ROLE) or 0)

    @staticmethod
    def _paint_circle(painter: QPainter, area: QRect, state: int) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = 4.5
        center = area.center()
        if state == 2:
            painter.setPen(QPen(ACTIVE_COLOR.darker(130), 1))
            painter.setBrush(ACTIVE_COLOR)
        elif state == 1:
            painter.setPen(QPen(ACTIVE_COLOR, 1.2))
            painter.setBrush(QColor(255, 255, 255))
        else:
            painter.setPen(QPen(QColor("#9a9a9a"), 1))
            painter.setBrush(QColor(255, 255, 255))
        painter.drawEllipse(center, radius, radius)
        if state == 1:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ACTIVE_COLOR)
            painter.drawEllipse(center, 2.0, 2.0)
        painter.restore()

    def editorEvent(  # noqa: N802 (Qt API)
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: AnyIndex,
    ) -> bool:
        if (
            isinstance(event, QMouseEvent)
            and index.column() == NAME_COLUMN
            and event.type() == QEvent.Type.MouseButtonRelease
            and event.button() == Qt.MouseButton.LeftButton
        ):
            left = option.rect.left()
            if left <= event.position().x() < left + CIRCLE_WIDTH:
                self._pane.toggle_activation(index)
                return True
        return super().editorEvent(event, model, option, index)


class DocumentSystemPane(QWidget):
    """Groups and documents with counts, memo icons, activation, import and drag and drop."""

    documentOpenRequested = Signal(int)  # document id

    def __init__(self, session: ProjectSession | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: ProjectSession | None = None
        self.jobs: list[ImportJob] = []
        self.model = DocumentTreeModel(None, self)
        self.model.errorOccurred.connect(self._show_error)
        self.model.filesDropped.connect(self.import_files)
        # Entries other areas add to the context menu (Document Portrait, Codeline ...),
        # as MAXQDA offers them there: see add_document_action / add_selection_action.
        self._document_actions: list[tuple[str, Callable[[int], object]]] = []
        self._selection_actions: list[tuple[str, Callable[[list[Node]], object]]] = []
        self._expanded: set[tuple[str, int | None]] = {("all", None)}
        self._known_groups: set[tuple[str, int]] = set()
        self._known_sets: set[tuple[str, int]] = set()

        self.tree = QTreeView(self)
        self.tree.setObjectName("documentSystem")
        self.tree.setModel(self.model)
        # after setModel: the view's own reset (which forgets expansion) must run first
        self.model.modelReset.connect(self._restore_expansion)
        self.model.modelAboutToBeReset.connect(self._remember_expansion)
        self.tree.setHeaderHidden(True)
        self.tree.setItemDelegate(ActivationDelegate(self))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setAcceptDrops(True)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.tree.setUniformRowHeights(True)
        self.tree.setAnimated(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.doubleClicked.connect(self._on_double_click)
        self.tree.installEventFilter(self)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MEMO_COLUMN, QHeaderView.ResizeMode.Fixed)
        # A fixed count column: ResizeToContents would measure every row after each coding.
        header.setSectionResizeMode(COUNT_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COUNT_COLUMN, self.tree.fontMetrics().horizontalAdvance("0000000"))
        header.resizeSection(MEMO_COLUMN, 22)
        self.tree.setStyleSheet("QTreeView { show-decoration-selected: 1; }")

        self._build_actions()
        title = QLabel(tr("Document System"))
        title.setStyleSheet("font-weight: bold; padding: 2px 4px;")
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(1)
        bar.addWidget(title)
        bar.addStretch(1)
        for action in (self.action_import, self.action_new_group, self.action_reset):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.tree)
        self.set_session(session)

    # -- actions ---------------------------------------------------------------------------
    def _build_actions(self) -> None:
        def action(
            name: str,
            text: str,
            slot: Callable[[], object],
            shortcut: str | QKeySequence.StandardKey | None = None,
            icon_name: str | None = None,
        ) -> QAction:
            made = QAction(text, self)
            made.setObjectName(name)
            if shortcut:
                made.setShortcut(QKeySequence(shortcut))
                made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            if icon_name:
                made.setIcon(icon(icon_name))
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        self.action_import = action(
            "actionPaneImportDocuments",
            tr("Import Documents…"),
            self.import_dialog,
            icon_name="page",
        )
        self.action_new_group = action(
            "actionPaneNewDocumentGroup",
            tr("New Document Group"),
            self.new_group,
            icon_name="folder",
        )
        self.action_reset = action(
            "actionPaneResetActivations",
            tr("Reset Activations"),
            self.reset_activations,
        )
        from qdadesk.ui import icons as window_icons  # the same reset icon as the Code System

        self.action_reset.setIcon(window_icons.icon("reset-activation"))
        self.action_reset.setToolTip(tr("Deactivate all documents"))
        self.action_delete = action(
            "actionPaneDeleteDocuments",
            tr("Delete…"),
            self.delete_selected,
            QKeySequence.StandardKey.Delete,
        )
        self.action_rename = action(
            "actionPaneRenameDocument", tr("Rename"), self.rename_current, "F2"
        )
        self.action_set_from_activated = action(
            "actionPaneNewSetFromActivated",
            tr("New Document Set from Activated Documents"),
            self.new_set_from_activated,
            icon_name="set",
        )

    # -- session ---------------------------------------------------------------------------
    def set_session(self, session: ProjectSession | None) -> None:
        """Show another project's documents (``None``: show nothing)."""
        self.session = session
        self.model.set_session(session)
        self.setEnabled(session is not None)

    def _remember_expansion(self) -> None:
        expanded = set()
        groups, sets = self.model.group_ids(), self.model.set_ids()
        headings: list[int | None] = [None]
        for kind, ids in (("group", groups), ("all", headings), ("sets", headings), ("set", sets)):
            for item_id in ids:
                index = self.model.index_of(kind, item_id)
                if index.isValid() and self.tree.isExpanded(index):
                    expanded.add((kind, item_id))
        if expanded or groups or sets:
            self._expanded = expanded | {("all", None)}

    def _restore_expansion(self) -> None:
        for kind, item_id in self._expanded:
            index = self.model.index_of(kind, item_id)
            if index.isValid():
                self.tree.setExpanded(index, True)
        groups, sets = self.model.group_ids(), self.model.set_ids()
        for group_id in groups:  # new groups open, as a user expects to see them
            if ("group", group_id) not in self._known_groups:
                self.tree.setExpanded(self.model.index_of("group", group_id), True)
        self._known_groups = {("group", g) for g in groups}
        for set_id in sets:  # a new set opens, showing what went into it
            if ("set", set_id) not in self._known_sets:
                self.tree.setExpanded(self.model.index_of("set", set_id), True)
                self.tree.setExpanded(self.model.index_of("sets", None), True)
        self._known_sets = {("set", s) for s in sets}

    # -- selection -------------------------------------------------------------------------
    def selected_nodes(self) -> list[Node]:
        rows = (
            self.tree.selectionModel().selectedRows(NAME_COLUMN)
            if self.tree.selectionModel()
            else []
        )
        return [self.model.node(index) for index in rows]

    def current_node(self) -> Node | None:
        index = self.tree.currentIndex()
        return self.model.node(index) if index.isValid() else None

    def target_group_id(self) -> int | None:
        """The group new documents go into: the selected group or the selected document's."""
        node = self.current_node()
        return self.model.group_of(node) if node is not None else None

    def select_document(self, document_id: int) -> None:
        index = self.model.index_of("document", document_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    # -- activation ------------------------------------------------------------------------
    def toggle_activation(self, index: AnyIndex) -> None:
        node = self.model.node(index)
        self.set_activated([node], (index.data(ACTIVE_ROLE) or 0) != 2)

    def set_activated(self, nodes: list[Node], active: bool) -> None:
        """Activate or deactivate documents (a group: all its documents)."""
        if self.session is None:
            return
        ids = set()
        for node in nodes:
            ids.update(self.model.document_ids_under(node))
        current = set(self.session.activation.document_ids or ())
        current = current | ids if active else current - ids
        self.session.set_activation(self.session.activation.with_documents(current))

    def reset_activations(self) -> None:
        if self.session is not None:
            self.session.set_activation(self.session.activation.with_documents(frozenset()))

    # -- opening ---------------------------------------------------------------------------
    def _on_double_click(self, index: QModelIndex) -> None:
        node = self.model.node(index)
        if node.kind == "set_document":
            self.documentOpenRequested.emit(node.id)
            return
        if node.kind != "document":
            return
        memo_id = self.model.memo_of(node.id) if node.id is not None else None
        if index.column() == MEMO_COLUMN and memo_id is not None:
            self.open_memo(memo_id)
            return
        self.documentOpenRequested.emit(node.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        # Enter opens the current document; double-click is handled by _on_double_click
        if (
            isinstance(event, QKeyEvent)
            and watched is self.tree
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.tree.state() != QAbstractItemView.State.EditingState
        ):
            node = self.current_node()
            if node is not None and node.kind in ("document", "set_document"):
                self.documentOpenRequested.emit(node.id)
                return True
        return super().eventFilter(watched, event)

    def open_memo(self, memo_id: int) -> None:
        from qdadesk.ui.memos import MemoEditor

        MemoEditor.open_memo(self._live(), memo_id, self)

    def document_memo(self, document_id: int) -> None:
        """Open the document's memo, making a new one if it has none."""
        from qdadesk.ui.memos import MemoEditor

        memo_id = self.model.memo_of(document_id)
        if memo_id is not None:
            self.open_memo(memo_id)
        else:
            MemoEditor.new_memo(self._live(), "document", document_id, self)

    # -- editing ---------------------------------------------------------------------------
    def import_dialog(self) -> None:
        if self.session is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(self, tr("Import Documents"), "", tr(IMPORT_FILTER))
        if paths:
            self.import_files(paths, self.target_group_id())

    def import_files(self, paths: list[str], group_id: int | None = None) -> ImportJob | None:
        """Import files into ``group_id`` in the background; returns the running job."""
        from qdadesk.ui.import_job import ImportJob

        if self.session is None or not paths:
            return None
        job = ImportJob(self.session, paths, group_id, self)
        self.jobs.append(job)
        job.finished.connect(lambda _op, j=job: self.jobs.remove(j) if j in self.jobs else None)
        job.start()
        return job

    def new_group(self, name: str | None = None) -> int | None:
        """A new group inside the selected group (or at the top); returns its id."""
        if self.session is None:
            return None
        if not name:
            name, ok = QInputDialog.getText(self, tr("New Document Group"), tr("Name:"))
            if not ok or not name.strip():
                return None
        node = self.current_node()
        parent_id = node.id if node is not None and node.kind == "group" else None
        project = self.session.project
        operation = self.session.perform(lambda: project.add_group(name, parent_id))
        return None if operation is None else operation.result

    def rename_current(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self.tree.edit(index.siblingAtColumn(NAME_COLUMN))

    def delete_selected(self) -> bool:
        """Delete the selected documents and groups after a confirmation naming the loss."""
        if self.session is None:
            return False
        selected = self.selected_nodes()
        if any(n.kind in ("set", "set_document") for n in selected):
            return self.remove_from_sets(selected)
        nodes = [n for n in selected if n.kind in ("document", "group")]
        if not nodes:
            return False
        session = self._live()
        project = session.project
        groups = [n.id for n in nodes if n.kind == "group" and n.id is not None]
        documents = {n.id for n in nodes if n.kind == "document" and n.id is not None}
        in_groups: set[int] = set()
        for group_id in groups:
            in_groups.update(project.documents_in_group(group_id))
        all_ids = sorted(documents | in_groups)
        loss = project.documents_deletion_loss(all_ids)
        what = (
            tr("the group '{name}'").format(name=nodes[0].name)
            if len(nodes) == 1 and groups
            else tr("'{name}'").format(name=nodes[0].name)
            if len(nodes) == 1
            else ntr("{n} item", "{n} items", len(nodes))
        )
        text = tr(
            "Delete {what}?\n\nThis removes {documents}, {segments} and {memos}. "
            "You can undo it with Edit > Undo."
        ).format(
            what=what,
            documents=ntr("{n} document", "{n} documents", loss["documents"]),
            segments=ntr("{n} coded segment", "{n} coded segments", loss["segments"]),
            memos=ntr("{n} memo", "{n} memos", loss["memos"]),
        )
        if not self.confirm(tr("Delete"), text):
            return False
        stack = session.undo_stack
        stack.beginMacro(tr("Delete documents"))
        try:
            deleted = all(
                session.perform(partial(project.delete_group, group_id)) is not None
                for group_id in groups
            )
            rest = sorted(documents - in_groups)
            if deleted and rest:
                session.perform(partial(project.delete_documents, rest))
        finally:
            stack.endMacro()
        return True

    # -- document sets ---------------------------------------------------------------------
    def new_set_from_activated(self, name: str | bool | None = None) -> int | None:
        """A new document set holding the activated documents; returns its id."""
        if self.session is None:
            return None
        activated = sorted(self.session.activation.document_ids or ())
        if not activated:
            QMessageBox.information(
                self,
                tr("New Document Set"),
                tr("Activate the documents for the set first (click their circles)."),
            )
            return None
        order = {d: n for n, d in enumerate(self.model.all_document_ids())}
        activated.sort(key=lambda d: order.get(d, len(order)))
        project = self.session.project
        if not isinstance(name, str) or not name:  # (a triggered action passes False)
            name, ok = QInputDialog.getText(
                self, tr("New Document Set"), tr("Name:"), text=project.free_set_name()
            )
            if not ok or not name.strip():
                return None
        operation = self.session.perform(lambda: project.add_document_set(name, activated))
        return None if operation is None else operation.result

    def new_empty_set(self, name: str | bool | None = None) -> int | None:
        """A new, empty document set (documents are then dragged onto it)."""
        if self.session is None:
            return None
        project = self.session.project
        if not isinstance(name, str) or not name:  # (a triggered action passes False)
            name, ok = QInputDialog.getText(
                self, tr("New Document Set"), tr("Name:"), text=project.free_set_name()
            )
            if not ok or not name.strip():
                return None
        operation = self.session.perform(lambda: project.add_document_set(name))
        return None if operation is None else operation.result

    def add_selection_to_set(self, set_id: int | None) -> int | None:
        """Put the selected documents (and groups' documents) into a set; ``None`` makes a
        new set. Returns the set's id."""
        if self.session is None:
            return None
        ids: list[int] = []
        for node in self.selected_nodes():
            if node.kind in ("document", "group", "set_document"):
                ids.extend(self.model.document_ids_under(node))
        target = self.model.sets_node() if set_id is None else self.model.set_node(set_id)
        if target is None:
            return None
        return self.model.add_to_set(list(dict.fromkeys(ids)), target)

    def remove_from_sets(self, nodes: list[Node]) -> bool:
        """Take selected references out of their sets and delete selected sets (after a
        confirmation); the documents themselves stay. One undoable step."""
        session = self._live()
        project = session.project
        sets = [n for n in nodes if n.kind == "set"]
        references: dict[int, list[int]] = {}
        for node in nodes:
            parent = node.parent
            if node.kind == "set_document" and parent is not None and parent not in sets:
                assert parent.id is not None and node.id is not None  # a set and a document
                references.setdefault(parent.id, []).append(node.id)
        if sets:
            what = (
                tr("the document set '{name}'").format(name=sets[0].name)
                if len(sets) == 1
                else tr("{n} document sets").format(n=len(sets))
            )
            text = tr(
                "Delete {what}?\n\nThe documents stay in the Document System. "
                "You can undo it with Edit > Undo."
            ).format(what=what)
            if not self.confirm(tr("Delete"), text):
                return False
        stack = session.undo_stack
        stack.beginMacro(tr("Change document sets"))
        try:
            removed = all(
                session.perform(partial(project.remove_documents_from_set, set_id, document_ids))
                is not None
                for set_id, document_ids in references.items()
            )
            for node in sets if removed else []:
                assert node.id is not None
                if session.perform(partial(project.delete_document_set, node.id)) is None:
                    break
        finally:
            stack.endMacro()
        return True

    def confirm(self, title: str, text: str) -> bool:
        """Ask the user (tests replace this)."""
        answer = QMessageBox.question(
            self,
            title,
            shown_as_typed(text),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _live(self) -> ProjectSession:
        """The open project's session (the pane is disabled while none is open)."""
        assert self.session is not None, "no project is open"
        return self.session

    def _show_error(self, message: str) -> None:
        """A refused edit of the tree (a rename, a move): shown where the session shows
        every refused edit."""
        if self.session is not None:
            self.session.show_error(message)

    # -- context menu ----------------------------------------------------------------------
    def _context_menu(self, point: QPoint) -> None:
        index = self.tree.indexAt(point)
        menu = self.build_context_menu(index)
        menu.exec(self.tree.viewport().mapToGlobal(point))

    def build_context_menu(self, index: QModelIndex) -> QMenu:
        menu = QMenu(self)
        node = self.model.node(index) if index.isValid() else None
        nodes = self.selected_nodes() or ([node] if node else [])
        if node is not None and node.kind in ("sets", "set", "set_document"):
            self._sets_context_menu(menu, node, nodes)
            return menu
        if node is not None and node.kind == "document" and node.id is not None:
            document_id = node.id
            menu.addAction(
                tr("Open Document"), partial(self.documentOpenRequested.emit, document_id)
            )
            has_memo = self.model.memo_of(document_id) is not None
            menu.addAction(
                icon("memo"),
                tr("Open Document Memo") if has_memo else tr("New Document Memo…"),
                partial(self.document_memo, document_id),
            )
            for text, callback in self._document_actions:
                menu.addAction(text, partial(callback, document_id))
            menu.addSeparator()
        if node is not None:
            menu.addAction(tr("Activate"), lambda: self.set_activated(nodes, True))
            menu.addAction(tr("Deactivate"), lambda: self.set_activated(nodes, False))
        menu.addAction(self.action_reset)
        menu.addSeparator()
        menu.addAction(self.action_import)
        menu.addAction(self.action_new_group)
        menu.addSeparator()
        if node is not None and node.kind in ("document", "group"):
            self._add_to_set_menu(menu)
            chosen = [n for n in nodes if n.kind in ("document", "group")]
            for text, on_selection in self._selection_actions:
                menu.addAction(text, partial(on_selection, chosen))
        menu.addAction(self.action_set_from_activated)
        if node is not None and node.kind in ("document", "group"):
            menu.addSeparator()
            menu.addAction(self.action_rename)
            menu.addAction(self.action_delete)
        return menu

    def add_document_action(self, text: str, callback: Callable[[int], object]) -> None:
        """Offer ``text`` in a document's context menu; ``callback`` gets the document id."""
        self._document_actions.append((text, callback))

    def add_selection_action(self, text: str, callback: Callable[[list[Node]], object]) -> None:
        """Offer ``text`` in the context menu of selected documents and groups;
        ``callback`` gets the selected document and group nodes."""
        self._selection_actions.append((text, callback))

    def _add_to_set_menu(self, menu: QMenu) -> None:
        submenu = menu.addMenu(icon("set"), tr("Add to Document Set"))
        submenu.setObjectName("menuAddToDocumentSet")
        set_nodes = self.model.set_nodes()
        for set_node in set_nodes:
            submenu.addAction(set_node.name, partial(self.add_selection_to_set, set_node.item_id))
        if set_nodes:
            submenu.addSeparator()
        submenu.addAction(tr("New Document Set"), lambda: self.add_selection_to_set(None))

    def _sets_context_menu(self, menu: QMenu, node: Node, nodes: list[Node]) -> None:
        if node.kind == "set_document":
            menu.addAction(tr("Open Document"), lambda: self.documentOpenRequested.emit(node.id))
            menu.addSeparator()
        menu.addAction(tr("Activate"), lambda: self.set_activated(nodes, True))
        menu.addAction(tr("Deactivate"), lambda: self.set_activated(nodes, False))
        menu.addAction(self.action_reset)
        menu.addSeparator()
        new_set = menu.addAction(icon("set"), tr("New Document Set…"), self.new_empty_set)
        new_set.setObjectName("actionPaneNewDocumentSet")
        menu.addAction(self.action_set_from_activated)
        if node.kind == "set_document":
            menu.addAction(tr("Remove from Set"), lambda: self.remove_from_sets(nodes))
        elif node.kind == "set":
            menu.addAction(self.action_rename)
            menu.addAction(tr("Delete Set…"), lambda: self.remove_from_sets(nodes))
