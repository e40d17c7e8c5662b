"""The Code System pane: the code tree view (objectName ``codeSystem``) and its commands."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QMouseEvent,
    QPainter,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from qdadesk.core import Changes, Operation
from qdadesk.core.i18n import ntr, tr
from qdadesk.ui import icons, prompts
from qdadesk.ui.code_system.dialogs import MergeDialog, NewCodeDialog
from qdadesk.ui.code_system.model import ActiveRole, CodeTreeModel
from qdadesk.ui.code_system.tree_state import load_tree_state, save_current, save_expanded
from qdadesk.ui.session import ProjectSession, switch_session

CIRCLE = 18  # width of the activation circle's hit area


class _ActivationDelegate(QStyledItemDelegate):
    """Draws the activation circle before the code icon in column 0."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if index.column() != 0:
            super().paint(painter, option, index)
            return
        rect = option.rect
        active = bool(index.data(ActiveRole)) and _explicit_activation(index)
        pixmap = icons.activation_pixmap(active)
        size = 12
        painter.drawPixmap(
            QRect(rect.left() + 2, rect.top() + (rect.height() - size) // 2, size, size), pixmap
        )
        shifted = QStyleOptionViewItem(option)
        shifted.rect = rect.adjusted(CIRCLE, 0, 0, 0)
        super().paint(painter, shifted, index)

    def updateEditorGeometry(
        self,
        editor: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().updateEditorGeometry(editor, option, index)
        editor.setGeometry(option.rect.adjusted(CIRCLE + 22, 0, 0, 0))


def _explicit_activation(index: QModelIndex | QPersistentModelIndex) -> bool:
    model = index.model()
    return isinstance(model, CodeTreeModel) and model.activation_explicit()


class CodeTreeView(QTreeView):
    """The code tree: drag to nest/reorder, drop text to code, click the circle to activate."""

    activationClicked = Signal(int, bool)  # code id, only this code (no subcodes)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codeSystem")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setItemDelegate(_ActivationDelegate(self))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setAnimated(True)
        self.setIndentation(16)

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802
        super().setModel(model)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def code_model(self) -> CodeTreeModel:
        """The model the Code System pane gives this view."""
        return cast(CodeTreeModel, self.model())

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and event.button() == Qt.MouseButton.LeftButton:
            rect = self.visualRect(index.siblingAtColumn(0))
            code_id = self.code_model().code_id(index)
            if code_id is not None and rect.left() <= event.position().x() < rect.left() + CIRCLE:
                only = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
                self.activationClicked.emit(code_id, only)
                event.accept()
                return
        super().mousePressEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        super().dragMoveEvent(event)
        if event.mimeData().hasFormat("application/x-qdadesk-segment"):
            index = self.indexAt(event.position().toPoint())
            if index.isValid():
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
            else:
                event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat("application/x-qdadesk-segment"):
            # A selection always codes the code under the pointer, never lands between rows.
            index = self.indexAt(event.position().toPoint())
            if index.isValid() and self.model().dropMimeData(
                event.mimeData(), Qt.DropAction.CopyAction, -1, 0, index.siblingAtColumn(0)
            ):
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
            else:
                event.ignore()
            return
        super().dropEvent(event)


class CodeSystemPane(QWidget):
    """The Code System: header with count, toolbar, the code tree and its context menus."""

    currentCodeChanged = Signal(object)  # code id or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: ProjectSession | None = None
        self.model = CodeTreeModel(None, self)
        self.model.mergeRequested.connect(self._merge_dropped)
        self.view = CodeTreeView(self)
        self.view.setModel(self.model)
        self.view.expanded.connect(lambda i: self._set_expanded(self.model.code_id(i), True))
        self.view.collapsed.connect(lambda i: self._set_expanded(self.model.code_id(i), False))
        self.view.activationClicked.connect(self.toggle_activation)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.selectionModel().selectionChanged.connect(self._current_changed)
        self.model.modelAboutToBeReset.connect(self._remember_state)
        self.model.modelReset.connect(self._restore_state)
        self._expanded_before: set[int] = set()
        self._current_before: int | None = None
        self._stored_state: tuple[set[int], int | None] | None = None  # while a project opens

        self.title = QLabel(tr("Code System"), self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.toolbar = QToolBar(self)
        self.toolbar.setIconSize(self.toolbar.iconSize() * 0.75)
        self._make_actions()
        header = QHBoxLayout()
        header.setContentsMargins(6, 2, 2, 2)
        header.addWidget(self.title, 1)
        header.addWidget(self.toolbar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)

    # -- actions ---------------------------------------------------------------------------
    def _make_actions(self) -> None:
        def action(
            name: str,
            text: str,
            icon_name: str | None,
            keys: list[str | QKeySequence.StandardKey],
            slot: Callable[[], object],
            context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
        ) -> QAction:
            act = QAction(icons.icon(icon_name) if icon_name else QIcon(), text, self)
            act.setObjectName(name)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(context)
            act.triggered.connect(slot)
            return act

        widget = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.action_new_code = action(
            "actionNewCode", tr("New Code…"), "new-code", [], lambda: self.new_code_dialog(None)
        )
        self.action_new_subcode = action(
            "actionNewSubcode",
            tr("New Subcode…"),
            "new-subcode",
            ["Alt+N"],
            lambda: self.new_code_dialog(self.current_code_id()),
        )
        self.action_rename = action(
            "actionRenameCode", tr("Rename Code"), None, ["F2"], self.rename_current, widget
        )
        self.action_delete = action(
            "actionDeleteCode",
            tr("Delete Code…"),
            "delete",
            [QKeySequence.StandardKey.Delete],
            self.delete_current,
            widget,
        )
        self.action_colour = action(
            "actionCodeColour", tr("Colour…"), None, [], self.recolor_current
        )
        self.action_describe = action(
            "actionCodeDescription", tr("Edit Description…"), "memo", [], self.describe_current
        )
        self.action_memo = action("actionCodeMemo", tr("Code Memo…"), "memo", [], self.memo_current)
        self.action_merge = action(
            "actionMergeCode", tr("Merge Into…"), None, [], self.merge_current
        )
        self.action_activate_all = action(
            "actionActivateAllCodes", tr("Activate All Codes"), "activate", [], self.activate_all
        )
        self.action_reset = action(
            "actionResetCodeActivation",
            tr("Deactivate All Codes"),
            "reset-activation",
            [],
            self.deactivate_all,
        )
        for act in (self.action_rename, self.action_delete):
            self.view.addAction(act)
        for act in (self.action_new_code, self.action_new_subcode):
            self.addAction(act)
        self.toolbar.addAction(self.action_new_code)
        self.toolbar.addAction(self.action_activate_all)
        self.toolbar.addAction(self.action_reset)

    def actions_for_menu(self) -> list[QAction]:
        return [
            self.action_new_code,
            self.action_new_subcode,
            self.action_rename,
            self.action_colour,
            self.action_describe,
            self.action_memo,
            self.action_merge,
            self.action_delete,
            self.action_activate_all,
            self.action_reset,
        ]

    # -- session ---------------------------------------------------------------------------
    def set_session(self, session: ProjectSession | None) -> None:
        old, self.session = self.session, session
        # How the user left this project's tree: restored when the model has been reset.
        self._stored_state = load_tree_state(session.project.path) if session else None
        # The model first: it refreshes before the view hears of a change.
        self.model.set_session(session)
        self._stored_state = None
        switch_session(old, session, self._on_changed, self._on_activation)
        self._update_title()

    def _on_changed(self, operation: Operation, _event: str) -> None:
        changes = operation.changes
        if changes.touched("codes"):
            self.model.codes_changed()
        if changes.touched("codings", "codes"):
            self.model.counts_changed(self._codes_with_changed_counts(changes))
            self._update_title()

    def _codes_with_changed_counts(self, changes: Changes) -> set[int] | None:
        """The codes whose segment counts may differ: those the changes name (a segment moved
        to another code names both). None: recount everything."""
        if changes.touched("codes"):
            return None
        return set(changes.codes)

    def _on_activation(self) -> None:
        self.model.activation_changed()
        self.view.viewport().update()

    def _update_title(self) -> None:
        if self.session is None:
            self.title.setText(tr("Code System"))
            return
        total = self.model.total
        self.title.setText(
            tr("Code System") + f"   <span style='font-weight:normal;color:gray'>{total}</span>"
        )

    def _remember_state(self) -> None:
        if self._stored_state is not None:  # another project: its own remembered state
            self._expanded_before, self._current_before = self._stored_state
            return
        self._expanded_before = set(self.model.expanded)
        self._current_before = self.current_code_id()

    def _set_expanded(self, code_id: int | None, expanded: bool) -> None:
        if code_id is None:
            return
        self.model.set_expanded(code_id, expanded)
        if self.session is not None:
            save_expanded(self.session.project.path, self.model.expanded)

    def _restore_state(self) -> None:
        for code_id in list(self._expanded_before):
            index = self.model.index_for(code_id)
            if index.isValid():
                self.view.expand(index)
        if self._current_before is not None:
            self.set_current_code(self._current_before)

    # -- current code ----------------------------------------------------------------------
    def current_code_id(self) -> int | None:
        """The selected code (the current row if nothing is selected), or None."""
        selected = self.view.selectionModel().selectedRows()
        if selected:
            return self.model.code_id(selected[0])
        return self.model.code_id(self.view.currentIndex())

    def set_current_code(self, code_id: int | None) -> None:
        index = self.model.index_for(code_id) if code_id is not None else None
        if index is not None and index.isValid():
            parent = index.parent()
            while parent.isValid():
                self.view.expand(parent)
                parent = parent.parent()
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def _current_changed(self, *_args: object) -> None:
        code_id = self.current_code_id()
        if self.session is not None and self._stored_state is None and code_id is not None:
            save_current(self.session.project.path, code_id)
        self.currentCodeChanged.emit(code_id)

    # -- activation ------------------------------------------------------------------------
    def toggle_activation(self, code_id: int, only_this: bool = False) -> None:
        """Click on the circle: (de)activate the code with its subcodes (Ctrl: just it)."""
        if self.session is None:
            return
        activation = self.session.activation
        active = (
            set(activation.code_ids or ())
            if activation.code_ids is not None
            else set(self.model.all_ids())
        )
        ids = {code_id} if only_this else set(self.model.subtree_ids(code_id))
        if code_id in active:
            active -= ids
        else:
            active |= ids
        self.session.set_activation(activation.with_codes(frozenset(active)))

    def activate_all(self) -> None:
        if self.session is not None:
            self.session.set_activation(
                self.session.activation.with_codes(frozenset(self.model.all_ids()))
            )

    def deactivate_all(self) -> None:
        if self.session is not None:
            self.session.set_activation(self.session.activation.with_codes(frozenset()))

    # -- commands --------------------------------------------------------------------------
    def new_code(
        self,
        name: str,
        parent_id: int | None = None,
        color: str | None = None,
        description: str = "",
    ) -> int | None:
        """Create a code (undoable) and make it current; returns its id."""
        if self.session is None:
            return None
        project = self.session.project
        operation = self.session.perform(
            lambda: project.add_code(name, parent_id, color, description)
        )
        if operation is None:
            return None
        code_id: int = operation.result  # add_code's result: the new code's id
        self.set_current_code(code_id)
        return code_id

    def new_code_dialog(self, parent_id: int | None) -> int | None:
        if self.session is None:
            return None
        project = self.session.project
        if parent_id is not None:
            suggested = project.code(parent_id).color
            path = project.code_path(parent_id)
        else:
            suggested, path = project.next_palette_color(), ""
        if prompts.headless():  # no one to fill in the dialog: the patchable static prompts
            name = prompts.ask_text(self, tr("New Code"), tr("Name of the new code:"))
            color = prompts.ask_color(self, suggested, tr("Code colour")) if name else None
            if not name or color is None:
                return None
            description = ""
        else:
            dialog = NewCodeDialog(suggested, path, self)
            if dialog.exec() != NewCodeDialog.DialogCode.Accepted:
                return None
            name, color, description = dialog.values()
        return self.new_code(name, parent_id, color, description)

    def rename_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.view.edit(index.siblingAtColumn(0))

    def recolor_current(self) -> None:
        code_id = self.current_code_id()
        if code_id is None or self.session is None:
            return
        code = self.session.project.code(code_id)
        chosen = prompts.ask_color(
            self, code.color, tr("Colour of '{name}'").format(name=code.name)
        )
        if chosen is None:
            return
        subcodes = len(self.model.subtree_ids(code_id)) > 1 and prompts.confirm(
            self,
            tr("Colour"),
            tr("Give the subcodes of '{name}' this colour too?").format(name=code.name),
            default_yes=True,
        )
        self.recolor(code_id, chosen, subcodes)

    def recolor(self, code_id: int, color: str, subcodes: bool = False) -> None:
        if self.session is None:
            return
        project = self.session.project
        self.session.perform(lambda: project.recolor_code(code_id, color, subcodes))

    def describe_current(self) -> None:
        code_id = self.current_code_id()
        if code_id is None or self.session is None:
            return
        session = self.session
        code = session.project.code(code_id)
        text = prompts.ask_multiline(
            self,
            tr("Description of '{name}'").format(name=code.name),
            tr("What the code means, when to use it:"),
            code.description,
        )
        if text is not None and text != code.description:
            project = session.project
            session.perform(lambda: project.set_code_description(code_id, text))

    def memo_current(self) -> None:
        code_id = self.current_code_id()
        if code_id is None or self.session is None:
            return
        project = self.session.project
        existing = project.memos(kind="code", code_id=code_id)
        from qdadesk.ui.memos import MemoEditor  # the memo window loads when first used

        if existing:
            MemoEditor.open_memo(self.session, existing[0].id, self)
        else:
            MemoEditor.new_memo(self.session, "code", code_id, self)

    def set_shortcut(self, code_id: int, number: int | None) -> None:
        if self.session is None:
            return
        project = self.session.project
        self.session.perform(lambda: project.set_code_shortcut(code_id, number))

    def delete_current(self) -> None:
        code_id = self.current_code_id()
        if code_id is not None:
            self.delete_code(code_id)

    def delete_code(self, code_id: int) -> bool:
        """Delete after a confirmation naming what goes with it."""
        if self.session is None:
            return False
        session = self.session
        project = session.project
        code = project.code(code_id)
        loss = project.code_deletion_loss(code_id)
        details = [ntr("{n} coded segment", "{n} coded segments", loss["segments"])]
        if loss["subcodes"]:
            details.insert(0, ntr("{n} subcode", "{n} subcodes", loss["subcodes"]))
        if loss["memos"]:
            details.append(ntr("{n} memo", "{n} memos", loss["memos"]))
        question = tr("Delete the code '{name}' with its {details}?").format(
            name=code.name, details=", ".join(details)
        )
        if not prompts.confirm(self, tr("Delete Code"), question):
            return False
        return session.perform(lambda: project.delete_code(code_id)) is not None

    def merge_current(self) -> None:
        code_id = self.current_code_id()
        if code_id is None or self.session is None:
            return
        project = self.session.project
        excluded = set(self.model.subtree_ids(code_id))
        paths = project.code_paths()
        targets = [(c.id, paths[c.id]) for c in project.codes() if c.id not in excluded]
        if not targets:
            return
        if prompts.headless():
            chosen = prompts.ask_item(
                self,
                tr("Merge Code"),
                tr("Merge '{source}' into:").format(source=paths[code_id]),
                [path for _, path in targets],
            )
            target = next((i for i, path in targets if path == chosen), None)
            if target is not None:
                self.merge([code_id], target)
            return
        dialog = MergeDialog(paths[code_id], targets, self)
        if dialog.exec() != MergeDialog.DialogCode.Accepted:
            return
        target_id = dialog.target_id()
        if target_id is not None:
            self.merge([code_id], target_id)

    def _merge_dropped(self, source_ids: list[int], target_id: int) -> None:
        if self.session is None:
            return
        project = self.session.project
        names = ", ".join(project.code(i).name for i in source_ids)
        question = tr("Merge '{names}' into '{target}'?").format(
            names=names, target=project.code(target_id).name
        )
        if prompts.confirm(self, tr("Merge Codes"), question):
            self.merge(source_ids, target_id)

    def merge(self, source_ids: list[int], target_id: int) -> None:
        if self.session is None:
            return
        project = self.session.project
        if self.session.perform(lambda: project.merge_codes(source_ids, target_id)) is not None:
            self.set_current_code(target_id)

    # -- context menu ----------------------------------------------------------------------
    def _context_menu(self, point: QPoint) -> None:
        if self.session is None:
            return
        index = self.view.indexAt(point)
        menu = QMenu(self)
        menu.setObjectName("codeSystemMenu")
        if not index.isValid():
            self.view.setCurrentIndex(QModelIndex())
            menu.addAction(self.action_new_code)
            menu.addSeparator()
            menu.addAction(self.action_activate_all)
            menu.addAction(self.action_reset)
        else:
            self.view.setCurrentIndex(index.siblingAtColumn(0))
            row_code_id = self.model.code_id(index)
            code = None if row_code_id is None else self.model.code(row_code_id)
            assert code is not None  # a valid row of the code tree is a code
            code_id = code.id
            menu.addAction(self.action_new_subcode)
            menu.addAction(self.action_rename)
            menu.addAction(self.action_colour)
            menu.addAction(self.action_describe)
            menu.addAction(self.action_memo)
            keys = menu.addMenu(tr("Favourite Key"))
            none = keys.addAction(tr("None"), lambda: self.set_shortcut(code_id, None))
            none.setCheckable(True)
            none.setChecked(code.shortcut is None)
            for number in range(1, 10):
                key = keys.addAction(f"Ctrl+{number}", partial(self.set_shortcut, code_id, number))
                key.setCheckable(True)
                key.setChecked(code.shortcut == number)
            menu.addSeparator()
            active = self.model.is_active(code_id) and self.model.activation_explicit()
            if active:
                menu.addAction(tr("Deactivate"), lambda: self.toggle_activation(code_id))
            else:
                menu.addAction(
                    icons.icon("activate"),
                    tr("Activate with Subcodes"),
                    lambda: self.toggle_activation(code_id),
                )
                menu.addAction(
                    tr("Activate Only This Code"), lambda: self.toggle_activation(code_id, True)
                )
            menu.addSeparator()
            menu.addAction(self.action_merge)
            menu.addAction(self.action_delete)
        menu.exec(self.view.viewport().mapToGlobal(point))
        menu.deleteLater()
