"""Keeping the researcher's work safe in the window: one window per project (a lock file),
read-only views, damaged files, dated backups on open, Restore Backup, Save Project As.

``open_for_window`` is what the main window calls to open a project; ``install(window)``
adds File → Save Project As…, Restore Backup… and Backup Settings….
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qdadesk.core import Project, QdaError, safe_write
from qdadesk.core.errors import DamagedProjectError, NewerVersionError
from qdadesk.core.i18n import tr, tr_noop
from qdadesk.core.store import backup
from qdadesk.core.store.file_check import DamagedRead, describe_damage
from qdadesk.core.store.lock import (
    ProjectLock,
    ProjectLockedError,
    current_owner,
    held_elsewhere,
    is_this_computer,
)
from qdadesk.ui import prompts
from qdadesk.ui.actions_common import MenuActions
from qdadesk.ui.background import BackgroundJob
from qdadesk.ui.help import add_help_button

if TYPE_CHECKING:
    from qdadesk.core.store.salvage import SalvageReport
    from qdadesk.ui.session import ProjectSession
    from qdadesk.ui.window_api import MainWindowApi

PROJECT_FILTER = tr_noop("QDA Desk projects (*.qdadesk)")
# Actions that change the project, disabled while it is open read-only.
EDITING_ACTIONS = (
    "actionCodeWithCurrentCode",
    "actionNewCodeFromSelection",
    "actionInVivoCode",
    "actionNewCode",
    "actionNewSubcode",
    "actionRenameCode",
    "actionDeleteCode",
    "actionCodeColour",
    "actionCodeDescription",
    "actionMergeCode",
    "actionImportDocuments",
    "actionPaneImportDocuments",
    "actionNewDocumentGroup",
    "actionPaneNewDocumentGroup",
    "actionPaneRenameDocument",
    "actionPaneDeleteDocuments",
    "actionNewFreeMemo",
    "actionNewDocumentMemo",
    "actionNewPositionMemo",
    "actionImportCodebook",
    "actionSmartCodingTool",
)
# Why a project was opened read-only (shown in the status bar), by its resolved path.
_READ_ONLY_REASON: dict[Path, str] = {}
# Projects just restored from a backup: reopening them makes no backup (it would be a copy
# of the backup just restored).
_JUST_RESTORED: set[Path] = set()


# -- settings ------------------------------------------------------------------------------
def data_dir() -> Path:
    from qdadesk.paths import user_data_dir

    return user_data_dir()


def backup_settings() -> backup.BackupSettings:
    return backup.BackupSettings.load(data_dir())


def backup_folder(project_path: Path) -> Path:
    return backup_settings().folder_for(Path(project_path), data_dir())


# -- opening -------------------------------------------------------------------------------
def open_in_window(window: MainWindowApi, path: str | os.PathLike[str]) -> bool:
    """Open ``path`` in ``window`` (see ``open_for_window``); True when it is open."""
    opened = open_for_window(window, path)
    if opened is None:
        return False
    if not opened[0].read_only:  # half-written exports or imports a killed program left
        safe_write.remove_stale_temporaries(Path(path).parent)
    try:
        window.start_session(*opened)
    except DamagedRead as error:
        # A read-only view of a damaged file whose damage sits where the panes read first.
        window.close_project(show_start=True)
        choice = _message(
            window.window(),
            QMessageBox.Icon.Warning,
            tr("Damaged project"),
            tr(
                "{name} is too damaged to show ({error}). You can recover what can still be "
                "read into a new project."
            ).format(name=Path(path).name, error=describe_damage(error)),
            [("recover", tr("Recover into a New Project…")), ("cancel", tr("Cancel"))],
        )
        if choice == "recover":
            _recover_into_new(window, Path(path))
        return window.session is not None
    return True


def open_for_window(
    window: MainWindowApi, path: str | os.PathLike[str]
) -> tuple[Project, ProjectLock | None] | None:
    """Open ``path`` for the window: take its lock (or, when another window has it, ask
    whether to open read-only), check the file, and offer recovery when it is damaged.
    Returns the project and the lock held (None when read-only), or None when not opened."""
    path = Path(path)
    session = window.session
    if session is not None and _same_file(session.project.path, path):
        window.close_project(show_start=False)  # reopening: let go of our own lock first
    held: ProjectLock | None = None
    read_only = False
    if path.is_file():
        try:
            held = ProjectLock.acquire(path)
        except ProjectLockedError as error:
            choice = _ask_read_only(window.window(), path, error)
            if choice == "takeOver":
                try:
                    held = ProjectLock.acquire(path, take_over=True)
                except QdaError as failure:
                    window.show_error(str(failure))
                    return None
            elif choice == "readOnly":
                read_only = True
                _READ_ONLY_REASON[path.resolve()] = tr("Read-only: open in another window")
            else:
                return None
        except QdaError:
            read_only = True  # a read-only folder (a locked stick): no lock can be written
            _READ_ONLY_REASON[path.resolve()] = tr("Read-only: the file's folder cannot be written")
    try:
        project = Project.open(path, read_only=read_only)
    except DamagedProjectError as error:
        _release(held)
        _damaged_beyond_reading(window, path, str(error))
        return None
    except NewerVersionError as error:
        _release(held)
        window.show_error(str(error))
        return None
    except QdaError as error:
        _release(held)
        # Unreadable (its first page overwritten, say): a backup is the way back.
        _damaged_beyond_reading(window, path, str(error))
        return None
    if project.damage:
        _release(held)
        choice = _ask_about_damage(window.window(), path)
        if choice == "recover":
            project.close()
            _recover_into_new(window, path)
            return None
        if choice != "read-only":
            project.close()
            return None
        return project, None
    if not project.read_only:
        _backup_on_open(window, project)
    if held is not None and held.took_over is not None:
        window.statusBar().showMessage(
            tr("{name} was left open by a program that has ended; it is yours now").format(
                name=path.name
            ),
            8000,
        )
    return project, held


def _same_file(first: str | os.PathLike[str], second: Path) -> bool:
    try:
        return Path(first).resolve() == second.resolve()
    except OSError:
        return False


def _release(held: ProjectLock | None) -> None:
    if held is not None:
        held.release()


def _message(
    window: QWidget, icon: QMessageBox.Icon, title: str, text: str, buttons: list[tuple[str, str]]
) -> str:
    """A modal question with named buttons; returns the chosen button's key ('' = closed)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, window)
    box.setObjectName("projectSafetyQuestion")
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and paths are the user's text
    found: dict[QAbstractButton, str] = {}
    for key, label in buttons:
        role = (
            QMessageBox.ButtonRole.RejectRole
            if key == "cancel"
            else QMessageBox.ButtonRole.AcceptRole
        )
        button = box.addButton(label, role)
        button.setObjectName(f"{key}Button")
        found[button] = key
    box.exec()
    clicked = box.clickedButton()
    return found.get(clicked, "") if clicked is not None else ""


def _ask_read_only(window: QWidget, path: Path, error: ProjectLockedError) -> str:
    """'readOnly', 'takeOver' (only for another computer's lock) or '' (cancel)."""
    owner = error.owner
    text = tr(
        "{name} is already open in another window.\n\n"
        "Opened by {user} on {host} since {since}.\n\n"
        "You can open it read-only to look at it, or cancel."
    ).format(name=path.name, user=owner.user, host=owner.host, since=owner.since_text())
    buttons = [("readOnly", tr("Open Read-Only")), ("cancel", tr("Cancel"))]
    if not is_this_computer(owner):
        # Whether QDA Desk still runs there cannot be checked from here.
        text += "\n\n" + tr(
            "If QDA Desk no longer runs on {host} (it crashed, or the stick was pulled out), "
            "you can take the project over."
        ).format(host=owner.host)
        buttons.insert(1, ("takeOver", tr("Take Over")))
    return _message(window, QMessageBox.Icon.Information, tr("Project in use"), text, buttons)


def _ask_about_damage(window: QWidget, path: Path) -> str:
    text = tr(
        "{name} is damaged: part of the file cannot be read.\n\n"
        "Nothing will be written to it. You can recover what can still be read into a new "
        "project, or open it read-only to look at it."
    ).format(name=path.name)
    choice = _message(
        window,
        QMessageBox.Icon.Warning,
        tr("Damaged project"),
        text,
        [
            ("recover", tr("Recover into a New Project…")),
            ("readOnly", tr("Open Read-Only")),
            ("cancel", tr("Cancel")),
        ],
    )
    return {"recover": "recover", "readOnly": "read-only"}.get(choice, "")


def _damaged_beyond_reading(window: MainWindowApi, path: Path, message: str) -> None:
    """The file cannot be opened at all: offer recovery (what the file still holds) and
    the backups, if there are any."""
    if not path.is_file():
        window.show_error(message)
        return
    backups = backup.list_backups(path, backup_folder(path))
    text = message
    buttons = [("recover", tr("Recover into a New Project…"))]
    if backups:
        text += "\n\n" + tr("Backups of it: {n}. The newest is from {date}.").format(
            n=len(backups), date=backups[0].created.replace("T", " ")
        )
        buttons.append(("restore", tr("Restore a Backup…")))
    buttons.append(("cancel", tr("Cancel")))
    choice = _message(
        window.window(), QMessageBox.Icon.Warning, tr("Damaged project"), text, buttons
    )
    if choice == "restore":
        RestoreBackupDialog(window, path).exec()
    elif choice == "recover":
        _recover_into_new(window, path)


_RECOVERING: list[BackgroundJob] = []  # recovery jobs running
last_recovery_report: SalvageReport | None = (
    None  # the latest recovery's report (for scripts and tests)
)


def _recover_into_new(window: MainWindowApi, path: Path) -> BackgroundJob | None:
    """Ask for a new file, salvage ``path`` into it in the background (a progress dialog
    with Cancel), then show what was kept and lost and open it. Returns the job."""
    from qdadesk.core.store.salvage import salvage_project

    suggested = str(path.with_name(f"{path.stem} recovered.qdadesk"))
    target = prompts.ask_path(
        window.window(), tr("Recover into a New Project"), suggested, tr(PROJECT_FILTER), True
    )
    if not target:
        return None
    if not target.endswith(".qdadesk"):
        target += ".qdadesk"
    job = BackgroundJob(
        lambda progress, cancelled: salvage_project(path, target, progress, cancelled),
        tr("Recover into a New Project"),
        window.window(),
        label=tr("Recovering what can be read…"),
        progress_label=tr("Recovering {name}…"),
        failure_text=tr("Recovery failed: {error}"),
    )

    def done(report: SalvageReport | None) -> None:
        if report is None:
            if job.error:
                window.show_error(job.error)
            return
        _show_recovery_report(window, Path(target), report)
        window.open_project(target)

    job.finished.connect(done)
    job.finished.connect(lambda _report: _RECOVERING.remove(job))
    _RECOVERING.append(job)  # kept alive while it runs
    job.start()
    return job


def _show_recovery_report(window: MainWindowApi, target: Path, report: SalvageReport) -> None:
    kept = sum(t.kept for t in report.tables)
    lost = sum(t.lost for t in report.tables)
    lines = [
        tr("{table}: kept {kept}, lost {lost}").format(table=t.table, kept=t.kept, lost=t.lost)
        for t in report.tables
        if t.kept or t.lost
    ]
    summary = tr("Recovered into {name}: {kept} rows kept, {lost} lost.").format(
        name=target.name, kept=kept, lost=lost
    )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        tr("Recover into a New Project"),
        summary,
        QMessageBox.StandardButton.Ok,
        window.window(),
    )
    box.setObjectName("recoveryReport")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDetailedText("\n".join(lines + report.notes))
    global last_recovery_report
    last_recovery_report = report
    box.open()


def _backup_on_open(window: MainWindowApi, project: Project) -> None:
    """A dated backup of the project as it is opened (skipped when nothing changed since the
    newest one). A backup that cannot be made is reported, the project still opens."""
    resolved = Path(project.path).resolve()
    if _is_sample_copy(resolved):
        return  # the sample opens as shipped every time: nothing of the user's to keep
    if resolved in _JUST_RESTORED:
        _JUST_RESTORED.discard(resolved)
        return
    settings = backup_settings()
    folder = settings.folder_for(Path(project.path), data_dir())
    if not backup.changed_since_last_backup(Path(project.path), folder):
        return
    try:
        info = project.make_backup(folder, settings.keep)
    except QdaError as error:
        window.statusBar().showMessage(tr("No backup was made: {error}").format(error=error), 10000)
        return
    window.statusBar().showMessage(tr("Backup saved: {name}").format(name=info.path.name), 5000)


def _is_sample_copy(path: Path) -> bool:
    from qdadesk.paths import SAMPLE_COPY_NAME

    return path.name == SAMPLE_COPY_NAME and _same_file(path.parent, data_dir())


# -- the menu entries ----------------------------------------------------------------------
class ProjectSafetyActions(MenuActions):
    """File → Save Project As…, Restore Backup…, Backup Settings…."""

    def __init__(self, window: MainWindowApi) -> None:
        super().__init__(window)
        file_menu = window.menu("File")
        save_as = self._add(file_menu, "actionSaveProjectAs", tr("Save Project As…"), self.save_as)
        restore = self._add(
            file_menu, "actionRestoreBackup", tr("Restore Backup…"), self.restore_backup
        )
        settings = self._add(
            file_menu, "actionBackupSettings", tr("Backup Settings…"), self.backup_settings
        )
        # Save As beside Open (MAXQDA's place); the backups together, before Close Project.
        sample = window.action_sample
        entries = file_menu.actions()
        if sample in entries and entries.index(sample) + 1 < len(entries):
            file_menu.insertAction(entries[entries.index(sample) + 1], save_as)
        close = window.action_close
        if close in entries:
            file_menu.insertAction(close, restore)
            file_menu.insertAction(close, settings)
            file_menu.insertSeparator(close)
        self._always_enabled = {"actionBackupSettings"}
        self._disabled: dict[QAction, bool] = {}
        self.read_only_label = QLabel(window.window())
        self.read_only_label.setObjectName("readOnlyStatus")
        self.read_only_label.setTextFormat(Qt.TextFormat.PlainText)
        self.read_only_label.setStyleSheet("color: #b00020; font-weight: bold; padding: 0 6px;")
        self.read_only_label.hide()
        window.statusBar().addPermanentWidget(self.read_only_label)
        self._follow_session()

    def _on_session(self, session: ProjectSession | None) -> None:
        super()._on_session(session)
        for name in self._always_enabled:
            self.actions[name].setEnabled(True)
        label = self.read_only_label
        for action, enabled in self._disabled.items():  # as they were before read-only
            action.setEnabled(enabled)
        self._disabled.clear()
        project = session.project if session is not None else None
        if project is None or not project.read_only:
            label.hide()
            return
        for name in EDITING_ACTIONS:  # the core refuses them anyway; say so up front
            for action in self.window.window().findChildren(QAction, name):
                self._disabled[action] = action.isEnabled()
                action.setEnabled(False)
        if project.damage:
            label.setText(tr("Read-only: the file is damaged"))
        else:
            label.setText(_READ_ONLY_REASON.get(Path(project.path).resolve(), tr("Read-only")))
        label.show()

    def save_as(self, path: str | None = None) -> bool:
        """Write the open project to a new file and go on working in that file."""
        session = self.session
        if session is None:
            return False
        current = Path(session.project.path)
        if session.project.damage:  # a copy would be as damaged: recover what can be read
            _recover_into_new(self.window, current)
            return self.window.session is not None
        if path is None:
            suggested = str(current.with_name(f"{current.stem} copy.qdadesk"))
            path = prompts.ask_path(
                self.window.window(), tr("Save Project As"), suggested, tr(PROJECT_FILTER), True
            )
        if not path:
            return False
        if not path.endswith(".qdadesk"):
            path += ".qdadesk"
        target = Path(path)
        if _same_file(current, target) or target.exists():
            self.window.show_error(
                tr("{path} already exists; choose a new name").format(path=target)
            )
            return False
        try:
            session.project.save_copy(target)
        except QdaError as error:
            self.window.show_error(str(error))
            return False
        return bool(self.window.open_project(target))

    def restore_backup(self) -> None:
        session = self.session
        if session is None:
            return
        RestoreBackupDialog(self.window, Path(session.project.path)).exec()

    def backup_settings(self) -> None:
        BackupSettingsDialog(self.window.window()).exec()


class RestoreBackupDialog(QDialog):
    """The backups of one project, newest first, with their dates and sizes; Restore
    replaces the project with the chosen one (the current state is backed up first) and
    reopens it."""

    def __init__(self, window: MainWindowApi, project: Path) -> None:
        super().__init__(window.window())
        self.setObjectName("restoreBackupDialog")
        self.setWindowTitle(tr("Restore Backup"))
        self._window = window
        self.project = Path(project)
        self.folder = backup_folder(self.project)
        self.backups = backup.list_backups(self.project, self.folder)
        heading = QLabel(
            tr("Backups of {name} in {folder}").format(name=self.project.name, folder=self.folder)
        )
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        self.table = QTableWidget(len(self.backups), 3, self)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels([tr("Date"), tr("Size"), tr("File")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for row, info in enumerate(self.backups):
            cells = (info.created.replace("T", " "), _size_text(info.size_bytes), info.path.name)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        if self.backups:
            self.table.selectRow(0)
        empty = QLabel(tr("No backups yet: one is made each time the project is opened."))
        empty.setVisible(not self.backups)
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(
            tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(bool(self.backups))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        add_help_button(buttons, self, "project-files.md", "backups")
        buttons.accepted.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table)
        layout.addWidget(empty)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def selected(self) -> backup.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        window = self._window
        owner = current_owner(self.project)
        if owner is not None and held_elsewhere(self.project):
            # Replacing the file under another window would pull its work from under it.
            window.show_error(
                tr("{name} is open in another window ({owner}); restore it there.").format(
                    name=self.project.name, owner=owner.describe()
                )
            )
            self.reject()
            return
        session = window.session
        if session is not None and _same_file(session.project.path, self.project):
            window.close_project(show_start=False)
        settings = backup_settings()
        try:
            backup.restore_backup(self.project, chosen.path, self.folder, settings.keep)
            _JUST_RESTORED.add(self.project.resolve())
        except QdaError as error:
            window.show_error(str(error))
        self.accept()
        window.open_project(self.project)


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return tr("{n:.1f} MB").format(n=size / (1024 * 1024))
    return tr("{n} KB").format(n=max(1, round(size / 1024)))


class BackupSettingsDialog(QDialog):
    """Where backups go and how many are kept (kept in the user data folder: on the stick
    in portable mode, where a folder on the stick is stored relative to it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupSettingsDialog")
        self.setWindowTitle(tr("Backup Settings"))
        settings = backup_settings()
        self.folder_edit = QLineEdit(settings.folder, self)
        self.folder_edit.setObjectName("backupFolder")
        self.folder_edit.setPlaceholderText(tr("a Backups folder beside each project"))
        self.folder_edit.setMinimumWidth(340)
        browse = QPushButton(tr("Choose…"), self)
        browse.setObjectName("chooseBackupFolder")
        browse.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        self.keep_spin = QSpinBox(self)
        self.keep_spin.setObjectName("backupKeep")
        self.keep_spin.setRange(1, 999)
        self.keep_spin.setValue(settings.keep)
        form = QFormLayout()
        form.addRow(tr("Backup folder:"), row)
        form.addRow(tr("Backups kept per project:"), self.keep_spin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        add_help_button(buttons, self, "project-files.md", "backups")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Backup Folder"))
        if folder:
            self.folder_edit.setText(folder)

    def accept(self) -> None:
        folder = self.folder_edit.text().strip()
        backup.BackupSettings(folder=_portable_relative(folder), keep=self.keep_spin.value()).save(
            data_dir()
        )
        super().accept()


def _portable_relative(folder: str) -> str:
    """In portable mode a folder on the stick is kept relative to the data folder, so it is
    found again when the stick gets another drive letter."""
    from qdadesk.paths import portable_data_dir

    portable = portable_data_dir()
    if not folder or portable is None or not Path(folder).is_absolute():
        return folder
    if os.path.splitdrive(folder)[0].lower() != os.path.splitdrive(str(portable))[0].lower():
        return folder
    try:
        return os.path.relpath(folder, portable)
    except ValueError:
        return folder


def install(window: MainWindowApi) -> ProjectSafetyActions:
    return ProjectSafetyActions(window)
