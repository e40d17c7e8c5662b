"""The main window: four panes in splitters as in MAXQDA, menus, toolbar and status bar.

Document System top left, Code System bottom left, Document Browser top right, Retrieved
Segments bottom right; the splitter layout and window geometry are kept in QSettings.
Other areas add their menu entries through their ``install(window)``, called once by
``_install_parts``; they see the window as ``qdadesk.ui.window_api.MainWindowApi``.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from qdadesk.core import Operation, Project, QdaError
from qdadesk.core.i18n import tr, tr_noop
from qdadesk.core.store.file_check import DamagedRead
from qdadesk.core.store.lock import ProjectLock
from qdadesk.ui import icons, prompts
from qdadesk.ui.background import jobs_running
from qdadesk.ui.code_system import CodeSystemPane
from qdadesk.ui.coding_actions import CodingActions
from qdadesk.ui.document_browser import DocumentBrowser
from qdadesk.ui.document_system import DocumentSystemPane
from qdadesk.ui.plain_text import (
    escaped,
    keep_tooltip_plain,
    plain_label,
    plain_message_box,
    shown_as_typed,
)
from qdadesk.ui.retrieved_segments import RetrievedSegmentsPane
from qdadesk.ui.session import ProjectSession
from qdadesk.ui.start_page import StartPage, remember_project

MENU_TITLES = (
    tr_noop("File"),
    tr_noop("Edit"),
    tr_noop("Documents"),
    tr_noop("Codes"),
    tr_noop("Memos"),
    tr_noop("Variables"),
    tr_noop("Analysis"),
    tr_noop("Visual Tools"),
    tr_noop("Reports"),
    tr_noop("Help"),
)
PROJECT_FILTER = tr_noop("QDA Desk projects (*.qdadesk)")


class MainWindow(QMainWindow):
    """The window a MAXQDA user sits in all day."""

    sessionChanged = Signal(object)  # ProjectSession or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("QDA Desk")
        self.setWindowIcon(icons.icon("new-code"))
        self.session: ProjectSession | None = None
        self.last_error: str | None = None
        self.undo_group = QUndoGroup(self)
        # Another program may write the project at any time: look every few seconds.
        self._other_writers_timer = QTimer(self)
        self._other_writers_timer.setInterval(3000)
        self._other_writers_timer.timeout.connect(self.check_other_writers)
        self._other_writers_timer.start()
        self._menus: dict[str, QMenu] = {}
        self.display_windows: list[QWidget] = []  # open display windows (kept alive)
        self.show_dialogs = True  # False: background jobs show no progress (scripts, tests)

        self.document_system = DocumentSystemPane(None)
        self.retrieved_segments = RetrievedSegmentsPane(None)
        self.code_system = CodeSystemPane()
        self.document_browser = DocumentBrowser()

        self.left_splitter = QSplitter(Qt.Orientation.Vertical)
        self.left_splitter.setObjectName("leftSplitter")
        self.left_splitter.addWidget(self.document_system)
        self.left_splitter.addWidget(self.code_system)
        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.setObjectName("rightSplitter")
        self.right_splitter.addWidget(self.document_browser)
        self.right_splitter.addWidget(self.retrieved_segments)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.left_splitter)
        self.main_splitter.addWidget(self.right_splitter)
        for splitter in (self.left_splitter, self.right_splitter, self.main_splitter):
            splitter.setChildrenCollapsible(False)
            splitter.setHandleWidth(5)
        self.main_splitter.setStretchFactor(1, 2)
        self.right_splitter.setStretchFactor(0, 3)
        self.right_splitter.setStretchFactor(1, 2)

        self.start_page = StartPage()
        self.start_page.newRequested.connect(self.new_project_dialog)
        self.start_page.openRequested.connect(self.open_project_dialog)
        self.start_page.sampleRequested.connect(self.open_sample)
        self.start_page.projectChosen.connect(self.open_project)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.start_page)
        self.pages.addWidget(self.main_splitter)
        self.setCentralWidget(self.pages)

        self.coding = CodingActions(self)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._connect_panes()
        self._install_parts()
        self.name_actions()
        self._restore_layout()
        self._update_project_actions()

    # -- building --------------------------------------------------------------------------
    def _action(
        self,
        name: str,
        text: str,
        icon_name: str | None,
        keys: Sequence[str | QKeySequence | QKeySequence.StandardKey],
        slot: Callable[..., object],
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if icon_name:
            action.setIcon(icons.icon(icon_name))
        action.setShortcuts([QKeySequence(k) for k in keys])
        # triggered(bool checked) must not land in a slot's first parameter
        # (close_project(show_start=False) left a dead workspace).
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.action_new = self._action(
            "actionNewProject",
            tr("New Project…"),
            "new",
            [QKeySequence.StandardKey.New],
            self.new_project_dialog,
        )
        self.action_open = self._action(
            "actionOpenProject",
            tr("Open Project…"),
            "open",
            [QKeySequence.StandardKey.Open],
            self.open_project_dialog,
        )
        self.action_sample = self._action(
            "actionOpenSample", tr("Open Sample Project"), "document", [], self.open_sample
        )
        self.action_close = self._action(
            "actionCloseProject", tr("Close Project"), "close", ["Ctrl+Shift+W"], self.close_project
        )
        # Ctrl+Q codes with the current code (MAXQDA); Quit keeps the platform's other keys.
        quit_keys = [
            k
            for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
            if k.toString() != "Ctrl+Q"
        ]
        self.action_quit = self._action("actionQuit", tr("Quit"), "quit", quit_keys, self.close)
        self.action_undo = self.undo_group.createUndoAction(self, tr("Undo"))
        self.action_undo.setObjectName("actionUndo")
        self.action_undo.setIcon(icons.icon("undo"))
        self.action_undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.action_redo = self.undo_group.createRedoAction(self, tr("Redo"))
        self.action_redo.setObjectName("actionRedo")
        self.action_redo.setIcon(icons.icon("redo"))
        self.action_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        # Undo and redo go through the session: it first looks for another program's writes
        # and keeps the stack in step with the file when a step fails.
        for action, step in ((self.action_undo, self._undo), (self.action_redo, self._redo)):
            action.triggered.disconnect()
            action.triggered.connect(step)
        # Their text names the operation, and so a code or document: never rich text.
        keep_tooltip_plain(self.action_undo)
        keep_tooltip_plain(self.action_redo)
        self.action_about = self._action(
            "actionAbout", tr("About QDA Desk"), "help", [], self.show_about
        )
        self.action_user_guide = self._action(
            "actionUserGuide",
            tr("User Guide"),
            "help",
            [QKeySequence.StandardKey.HelpContents],
            self.show_user_guide,
        )
        self.action_shortcuts = self._action(
            "actionKeyboardShortcuts", tr("Keyboard Shortcuts"), None, [], self.show_shortcuts
        )
        self.action_reset_layout = self._action(
            "actionResetLayout", tr("Reset Window Layout"), None, [], self.reset_layout
        )

    def menu(self, title: str) -> QMenu:
        """The top-level menu called ``title`` (English), created when missing."""
        if title in self._menus:
            return self._menus[title]
        bar = self.menuBar()
        menu = QMenu(tr(title), self)
        menu.setObjectName("menu" + title.replace(" ", ""))
        menu.menuAction().setObjectName("actionMenu" + title.replace(" ", ""))
        help_menu = self._menus.get("Help")
        if help_menu is not None and title != "Help":
            bar.insertMenu(help_menu.menuAction(), menu)
        else:
            bar.addMenu(menu)
        self._menus[title] = menu
        return menu

    def name_actions(self) -> None:
        """Give every unnamed QAction (separators, submenus, toolbar toggles) an objectName
        starting with ``action``, so each one can be found and triggered by name."""
        for number, action in enumerate(self.findChildren(QAction)):
            if action.objectName():
                continue
            if action.isSeparator():
                name = f"actionSeparator{number}"
            elif action.menu() is not None:
                name = "actionMenu" + "".join(action.text().replace("&", "").title().split())
            else:
                words = "".join(c for c in action.text().title() if c.isalnum())
                name = f"action{words or 'Unnamed'}{number}"
            action.setObjectName(name)

    def _build_menus(self) -> None:
        for title in MENU_TITLES:
            self.menu(title)
        file_menu = self.menu("File")
        for action in (self.action_new, self.action_open, self.action_sample):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.action_close)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        edit = self.menu("Edit")
        edit.addAction(self.action_undo)
        edit.addAction(self.action_redo)
        edit.addSeparator()
        edit.addAction(self.document_browser.action_find)
        edit.addSeparator()
        preferences = self._action(
            "actionPreferences",
            tr("Preferences…"),
            None,
            [QKeySequence.StandardKey.Preferences],
            self.show_preferences,
        )
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit.addAction(preferences)
        documents = self.menu("Documents")
        browser = self.document_browser
        for action in (browser.action_zoom_in, browser.action_zoom_out, browser.action_highlight):
            documents.addAction(action)
        documents.addSeparator()
        documents.addAction(browser.action_position_memo)
        documents.addSeparator()
        documents.addAction(self.action_reset_layout)
        codes = self.menu("Codes")
        system = self.code_system
        for action in system.actions_for_menu()[:8]:
            codes.addAction(action)
        codes.addSeparator()
        for action in (self.coding.with_current, self.coding.new_code, self.coding.in_vivo):
            codes.addAction(action)
        highlight = codes.addMenu(tr("Highlight"))
        highlight.setObjectName("menuHighlight")
        for action in self.coding.highlighters:
            highlight.addAction(action)
        favourites = codes.addMenu(tr("Favourite Codes"))
        favourites.setObjectName("menuFavouriteCodes")
        for action in self.coding.favourites:
            favourites.addAction(action)
        codes.addSeparator()
        codes.addAction(system.action_activate_all)
        codes.addAction(system.action_reset)
        help_menu = self.menu("Help")
        help_menu.addAction(self.action_user_guide)
        help_menu.addAction(self.action_shortcuts)
        help_menu.addAction(self.action_about)
        browser.set_extra_text_actions(
            [self.coding.with_current, self.coding.new_code, self.coding.in_vivo]
        )
        for action in self.coding.all_actions():
            self.addAction(action)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setIconSize(QSize(22, 22))
        toolbar.setMovable(False)
        for action in (self.action_new, self.action_open):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.action_undo)
        toolbar.addAction(self.action_redo)
        toolbar.addSeparator()
        toolbar.addAction(self.coding.with_current)
        toolbar.addAction(self.coding.new_code)
        toolbar.addAction(self.coding.in_vivo)
        for action in self.coding.highlighters:
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (
            self.document_browser.action_find,
            self.document_browser.action_zoom_in,
            self.document_browser.action_zoom_out,
            self.document_browser.action_position_memo,
        ):
            toolbar.addAction(action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _build_status_bar(self) -> None:
        self.activation_label = plain_label(parent=self)
        self.activation_label.setObjectName("activationStatus")
        self.current_code_label = plain_label(parent=self)
        self.current_code_label.setObjectName("currentCodeStatus")
        self.statusBar().addPermanentWidget(self.current_code_label)
        self.statusBar().addPermanentWidget(self.activation_label)

    def _connect_panes(self) -> None:
        self.document_system.documentOpenRequested.connect(self.open_document_id)
        self.retrieved_segments.segmentActivated.connect(self.select_range)
        self.code_system.currentCodeChanged.connect(self._current_code_changed)
        self.document_browser.codingClicked.connect(self._coding_clicked)
        self.document_browser.documentChanged.connect(self._document_changed)

    def _install_parts(self) -> None:
        """Let each area add its menu entries (in this order: menus fill in it), keeping
        what it returns. Imported here: the window module stays quick to import."""
        from qdadesk.ui import (
            coders,
            document_properties,
            import_options,
            project_safety,
            reports_actions,
            workspace_actions,
        )
        from qdadesk.ui.analysis import actions as analysis_actions
        from qdadesk.ui.displays import actions as display_actions
        from qdadesk.ui.exchange import actions as exchange_actions
        from qdadesk.ui.exchange import teamwork
        from qdadesk.ui.maps import actions as map_actions
        from qdadesk.ui.paraphrases import actions as paraphrase_actions

        self._workspace_actions = workspace_actions.install(self)
        self.action_join_lines = import_options.install(self)
        self._analysis_actions = analysis_actions.install(self)
        self.exchange_actions = exchange_actions.install(self)
        display_actions.install(self)
        self._report_actions = reports_actions.install(self)
        self._paraphrase_actions = paraphrase_actions.install(self)
        document_properties.install(self)
        self._project_safety_actions = project_safety.install(self)
        self.coder_filter = coders.install(self)
        self.teamwork_actions = teamwork.install(self)
        self.map_actions = map_actions.install(self)

    # -- projects --------------------------------------------------------------------------
    def open_project(self, path: str | os.PathLike[str]) -> bool:
        """Open a project file; a QdaError (e.g. a newer version's file) is shown, not raised."""
        from qdadesk.ui.project_safety import open_in_window

        return open_in_window(self, path)  # lock, damage check, backup

    def create_project(self, path: str | os.PathLike[str]) -> bool:
        try:
            project = Project.create(Path(path))
        except QdaError as error:
            self.show_error(str(error))
            return False
        try:
            held = ProjectLock.acquire(project.path)
        except QdaError:
            held = None  # a brand-new file nobody else can have open yet
        self.start_session(project, held)
        return True

    def start_session(self, project: Project, held_lock: ProjectLock | None = None) -> None:
        """Show ``project`` in this window (``held_lock``: its lock, None when read-only)."""
        self.close_project(show_start=False)
        session = ProjectSession(project, self, lock=held_lock)  # released when it closes
        self.session = session
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        session.failed.connect(self.show_error)
        session.writtenElsewhere.connect(lambda text: self.statusBar().showMessage(text, 20000))
        session.activationChanged.connect(self._update_status)
        self.document_system.set_session(session)
        self.retrieved_segments.set_session(session)
        self.code_system.set_session(session)
        self.document_browser.set_session(session)
        # After the panes: the status bar reads the Code System's current code once the
        # Code System has applied the change (an undone in-vivo code is gone by then).
        session.changed.connect(self._on_changed)
        remember_project(project.path)
        read_only = f" [{tr('read-only')}]" if project.read_only else ""
        self.setWindowTitle(f"{Path(project.path).stem}{read_only} — QDA Desk")
        self.pages.setCurrentWidget(self.main_splitter)
        self._update_project_actions()
        self._update_status()
        if project.journal_recovered:
            self.statusBar().showMessage(
                tr(
                    "An interrupted change (the program was stopped while writing) was rolled "
                    "back: the project is as it was after its last completed change."
                ),
                20000,
            )
        self.sessionChanged.emit(session)
        last = QSettings().value(f"lastDocument/{Path(project.path).resolve()}")
        if last is not None:
            with contextlib.suppress(QdaError, TypeError, ValueError):
                self.open_document_id(int(last))

    def close_project(self, show_start: bool = True) -> None:
        session = self.session
        if session is None:
            if show_start:
                self._show_start()
            return
        self.session = None
        self.document_browser.set_session(None)
        self.code_system.set_session(None)
        self.retrieved_segments.set_session(None)
        self.document_system.set_session(None)
        self.undo_group.removeStack(session.undo_stack)
        session.close()
        session.deleteLater()
        self.sessionChanged.emit(None)
        self._update_project_actions()
        self._update_status()
        if show_start:
            self._show_start()

    def _undo(self) -> None:
        if self.session is not None:
            self.session.undo()

    def _redo(self) -> None:
        if self.session is not None:
            self.session.redo()

    def check_other_writers(self) -> None:
        """Look for another program's writes (on activation and on a light timer) unless a
        background job of this window is writing."""
        if self.session is not None and not jobs_running():
            self.session.check_other_writers()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.check_other_writers()

    def _show_start(self) -> None:
        self.setWindowTitle("QDA Desk")
        self.start_page.refresh()
        self.pages.setCurrentWidget(self.start_page)

    def new_project_dialog(self) -> None:
        from qdadesk.ui.save_dialog import ask_save_path

        path = ask_save_path(self, tr("New Project"), tr(PROJECT_FILTER), str(Path.home()))
        if not path:
            return
        if Path(path).exists():
            self.show_error(tr("{path} already exists; choose another name").format(path=path))
            return
        self.create_project(path)

    def open_project_dialog(self) -> None:
        path = prompts.ask_path(self, tr("Open Project"), str(Path.home()), PROJECT_FILTER, False)
        if path:
            self.open_project(path)

    def open_sample(self) -> bool:
        try:
            from qdadesk.paths import copy_sample_to_user_data

            path = copy_sample_to_user_data()
        except OSError as error:
            self.show_error(
                tr("The sample project could not be copied: {error}").format(error=error)
            )
            return False
        return self.open_project(path)

    # -- documents and codes ---------------------------------------------------------------
    def open_document_id(self, document_id: int) -> None:
        if self.session is None:
            return
        try:
            self.document_browser.open_document(document_id)
        except QdaError as error:
            self.show_error(str(error))
        except DamagedRead as error:  # a damaged page, in a read-only view
            from qdadesk.core.store.file_check import describe_damage

            self.show_error(
                tr("This document cannot be read: the project file is damaged ({error})").format(
                    error=describe_damage(error)
                )
            )

    def open_document(self, name: str) -> int | None:
        """Open the document called ``name`` in the Document Browser; returns its id."""
        if self.session is None:
            return None
        try:
            document_id = self.session.project.find_document(name).id
        except QdaError as error:
            self.show_error(str(error))
            return None
        self.open_document_id(document_id)
        return document_id

    def select_range(self, document_id: int, start: int, end: int) -> None:
        """Open the document and select code points ``start..end`` in ``documentText``."""
        if self.document_browser.current_document_id() != document_id:
            self.open_document_id(document_id)
        if self.document_browser.current_document_id() == document_id:
            region = self._listed_region(document_id, start, end)
            if region is not None:  # regions are told apart by id, not by their text run
                self.document_browser.select_coding(region)
                return
            self.document_browser.select_range(start, end)

    def _listed_region(self, document_id: int, start: int, end: int) -> int | None:
        """The region coding selected in Retrieved Segments that this jump is for, if any."""
        for coding_id in self.retrieved_segments.selected_coding_ids():
            coding = self.document_browser.coding(coding_id)
            if (
                coding is not None
                and coding.is_region
                and (coding.document_id, coding.start, coding.end) == (document_id, start, end)
            ):
                return coding_id
        return None

    def current_code_id(self) -> int | None:
        return self.code_system.current_code_id()

    def set_current_code(self, code_id: int | None) -> None:
        self.code_system.set_current_code(code_id)

    def _coding_clicked(self, coding_id: int) -> None:
        coding = self.document_browser.coding(coding_id)
        if coding is not None:
            self.set_current_code(coding.code_id)

    def _document_changed(self, document_id: int | None) -> None:
        if self.session is not None and document_id is not None:
            key = f"lastDocument/{Path(self.session.project.path).resolve()}"
            QSettings().setValue(key, document_id)

    def _current_code_changed(self, code_id: int | None) -> None:
        code = None if code_id is None else self.code_system.model.code(code_id)
        if code is None or self.session is None:  # none, or deleted by another program
            self.coding.with_current.setText(tr("Code with Current Code"))
            self.current_code_label.setText("")
            return
        name = code.name
        self.coding.with_current.setText(tr("Code with '{name}'").format(name=name))
        self.coding.with_current.setToolTip(
            shown_as_typed(tr("Code the selection with '{name}' (Ctrl+Q)").format(name=name))
        )
        self.current_code_label.setText(tr("Current code: {name}").format(name=name))

    def _on_changed(self, operation: Operation, _event: str) -> None:
        if operation.changes.touched("codes"):
            self._current_code_changed(self.current_code_id())
        if operation.changes.touched("codes", "documents"):
            self._update_status()

    # -- editing ---------------------------------------------------------------------------
    def run_operation(self, call: Callable[[], Operation]) -> Operation | None:
        """Run one core operation undoably in the open project; None when no project is open
        or the core refused it (the session has shown why)."""
        return None if self.session is None else self.session.perform(call)

    def show_error(self, message: str) -> None:
        """Show a user's error without blocking (window-modal box; no traceback)."""
        self.last_error = message
        box = plain_message_box(QMessageBox.Icon.Warning, "QDA Desk", message, parent=self)
        box.setObjectName("errorMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.statusBar().showMessage(message, 8000)

    # -- status ----------------------------------------------------------------------------
    def _update_project_actions(self) -> None:
        open_ = self.session is not None
        for action in (
            self.action_close,
            *self.coding.all_actions(),
            *self.code_system.actions_for_menu(),
            *self.document_browser.actions_for_menu(),
        ):
            action.setEnabled(open_)

    def _update_status(self) -> None:
        if self.session is None:
            self.activation_label.setText("")
            return
        activation = self.session.activation
        project = self.session.project
        documents = (
            len(project.documents())
            if activation.document_ids is None
            else len(activation.document_ids)
        )
        codes = len(project.codes()) if activation.code_ids is None else len(activation.code_ids)
        text = tr("Activated: {d} documents, {c} codes").format(d=documents, c=codes)
        if activation.coders is not None:
            names = ", ".join(sorted(activation.coders)) or tr("none")
            text += tr("; coders: {names}").format(names=names)
        self.activation_label.setText(text)

    # -- help ------------------------------------------------------------------------------
    def show_user_guide(self) -> None:
        """The shipped user guide, in the help window (offline)."""
        from qdadesk.ui.help import show_help

        show_help(self)

    def show_preferences(self) -> None:
        """Window-modal, not blocking: the coder name and the language."""
        from qdadesk.ui.preferences import PreferencesDialog

        dialog = self.findChild(PreferencesDialog, "preferencesDialog")
        if dialog is None:
            dialog = PreferencesDialog(self)
        else:
            from qdadesk.ui.coders import coder_name

            dialog.coder.setText(coder_name())
            dialog.error.hide()
        dialog.open()

    def show_about(self) -> None:
        """Version, licences (with how to replace Qt) and where the user's data is."""
        from qdadesk.ui.about_dialog import AboutDialog

        project = str(self.session.project.path) if self.session is not None else None
        dialog = AboutDialog(self, project)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_dialog = dialog
        dialog.open()

    def show_shortcuts(self) -> None:
        rows = [
            (a.text().replace("&", ""), a.shortcut().toString())
            for a in self.findChildren(QAction)
            if not a.shortcut().isEmpty()
        ]
        text = (
            "<table>"
            + "".join(
                f"<tr><td>{escaped(name)}</td><td>&nbsp;&nbsp;<b>{escaped(key)}</b></td></tr>"
                for name, key in sorted(set(rows))
            )
            + "</table>"
        )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            tr("Keyboard Shortcuts"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- layout ----------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        restored = False
        for key, splitter in self._splitters().items():
            state = settings.value(f"window/{key}")
            if isinstance(state, QByteArray) and not state.isEmpty():
                restored = splitter.restoreState(state) or restored
        if not restored:
            self.reset_layout()

    def reset_layout(self) -> None:
        width, height = max(self.width(), 1000), max(self.height(), 700)
        self.main_splitter.setSizes([int(width * 0.32), int(width * 0.68)])
        self.left_splitter.setSizes([int(height * 0.45), int(height * 0.55)])
        self.right_splitter.setSizes([int(height * 0.62), int(height * 0.38)])

    def _splitters(self) -> dict[str, QSplitter]:
        return {
            "mainSplitter": self.main_splitter,
            "leftSplitter": self.left_splitter,
            "rightSplitter": self.right_splitter,
        }

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        for key, splitter in self._splitters().items():
            settings.setValue(f"window/{key}", splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_layout()
        self.close_project(show_start=False)
        super().closeEvent(event)
