"""The window keeps the researcher's work safe: one window per project (a lock file, asked
when another window has it, read-only), backups on open, File → Restore Backup…, Save
Project As…, a damaged project offered for recovery. Real dialogs, answered by clicking."""

# ruff: noqa: F811  (fixtures are imported from coding_workspace_support)
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from coding_workspace_support import isolated_settings, trigger  # noqa: F401
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel

from qdadesk.core import Project
from qdadesk.core.store import backup, lock
from qdadesk.ui import MainWindow
from qdadesk.ui.project_safety import RestoreBackupDialog
from tests.damage_support import current_sample, damaged_sample


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("QDADESK_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


@pytest.fixture
def sample(tmp_path) -> Path:
    return current_sample(tmp_path)


def wait_for_project(qtbot, window, path: Path) -> None:
    """Recovery runs in the background; the window opens the new project when it is done."""
    qtbot.waitUntil(
        lambda: window.session is not None and Path(window.session.project.path) == path,
        timeout=60000,
    )


def new_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 800)
    return window


def answer_with(button_name: str, seen: list[str]) -> None:
    """Click ``button_name`` in the next modal dialog, noting its text in ``seen``."""
    started = time.monotonic()

    def click() -> None:
        box = QApplication.activeModalWidget()
        button = box.findChild(QAbstractButton, button_name) if box is not None else None
        if button is None:
            if time.monotonic() - started < 20:
                QTimer.singleShot(20, click)
            return
        seen.append(getattr(box, "text", lambda: "")())
        button.click()

    QTimer.singleShot(0, click)


def answer_in_turn(button_names: list[str], seen: list[str]) -> None:
    """Click each named button in turn, each in a new modal dialog."""
    started = time.monotonic()
    remaining = list(button_names)
    answered: list[object] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        button = None
        if box is not None and box not in answered:
            button = box.findChild(QAbstractButton, remaining[0])
        if button is None:
            if time.monotonic() - started < 20:
                QTimer.singleShot(20, click)
            return
        answered.append(box)
        seen.append(getattr(box, "text", lambda: "")())
        remaining.pop(0)
        button.click()
        if remaining:
            QTimer.singleShot(20, click)

    QTimer.singleShot(0, click)


def test_window_holds_a_lock_while_open_and_backs_up(qtbot, isolated_settings, data_dir, sample):
    window = new_window(qtbot)
    assert window.open_project(sample)
    owner = lock.current_owner(sample)
    assert owner is not None and owner.pid == os.getpid()
    backups = backup.list_backups(sample, sample.parent / "Backups")
    assert len(backups) == 1
    with Project.open(backups[0].path) as copy:
        assert copy.check() == [] and len(copy.documents()) == 5
    window.close_project()
    assert lock.read_lock(sample) is None
    # Opened again unchanged: no second, identical backup.
    assert window.open_project(sample)
    assert len(backup.list_backups(sample, sample.parent / "Backups")) == 1
    window.close()
    assert lock.read_lock(sample) is None


def test_second_window_is_told_who_and_opens_read_only(qtbot, isolated_settings, data_dir, sample):
    first = new_window(qtbot)
    assert first.open_project(sample)
    second = new_window(qtbot)
    seen: list[str] = []
    answer_with("readOnlyButton", seen)
    assert second.open_project(sample)
    owner = lock.current_owner(sample)
    assert owner.user in seen[0] and owner.host in seen[0] and "since" in seen[0]
    assert "read-only" in second.windowTitle()
    assert "read-only" not in first.windowTitle()
    status = second.findChild(QLabel, "readOnlyStatus")
    assert not status.isHidden() and status.text() == "Read-only: open in another window"
    assert first.findChild(QLabel, "readOnlyStatus").isHidden()
    for name in ("actionNewCodeFromSelection", "actionNewCode", "actionImportDocuments"):
        assert not second.findChild(QAction, name).isEnabled(), name
        assert first.findChild(QAction, name).isEnabled(), name
    before = sample.read_bytes()
    assert second.run_operation(lambda: second.session.project.add_code_path("Nope")) is None
    assert "read-only" in second.last_error
    assert sample.read_bytes() == before
    second.close()
    assert lock.current_owner(sample).pid == os.getpid()  # the first window still holds it
    first.close()
    assert lock.read_lock(sample) is None


def test_second_window_may_cancel(qtbot, isolated_settings, data_dir, sample):
    first = new_window(qtbot)
    assert first.open_project(sample)
    second = new_window(qtbot)
    answer_with("cancelButton", [])
    assert not second.open_project(sample)
    assert second.session is None
    first.close()


def test_stale_lock_is_taken_over(qtbot, isolated_settings, data_dir, sample):
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    stale = {"user": "x", "host": socket.gethostname(), "pid": int(done.stdout), "since": "2020"}
    lock.lock_path(sample).write_text(json.dumps(stale))
    window = new_window(qtbot)
    assert window.open_project(sample)  # no question asked
    assert lock.read_lock(sample).pid == os.getpid()
    window.close()


_WINDOW_IN_A_CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QSocketNotifier, QTimer
    from qdadesk.ui.application import make_application
    from qdadesk.ui.main_window import MainWindow

    app = make_application()
    window = MainWindow()
    window.show()
    assert window.open_project(sys.argv[1])
    print("open", flush=True)
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda *_: window.close() or app.quit())
    app.exec()
    """
)


def test_two_processes_window_beside_window_and_cli(qtbot, isolated_settings, data_dir, sample):
    """A window in another process has the project: this window is asked and opens it
    read-only; qdadesk-cli writes beside both; closing the other window frees the lock."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QDADESK_DATA_DIR": str(data_dir),
        "XDG_CONFIG_HOME": str(isolated_settings),
    }
    child = subprocess.Popen(
        [sys.executable, "-c", _WINDOW_IN_A_CHILD, str(sample)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "open"
        assert lock.current_owner(sample).pid == child.pid
        window = new_window(qtbot)
        seen: list[str] = []
        answer_with("readOnlyButton", seen)
        assert window.open_project(sample)
        assert window.session.project.read_only and "read-only" in window.windowTitle()
        cli = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from qdadesk.cli import main; sys.exit(main())",
                "codes",
                "add",
                str(sample),
                "Written by the CLI",
            ],
            capture_output=True,
            env=env,
        )
        assert cli.returncode == 0, cli.stderr
        info = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from qdadesk.cli import main; sys.exit(main())",
                "info",
                str(sample),
                "--format",
                "json",
            ],
            capture_output=True,
            env=env,
        )
        assert json.loads(info.stdout)["open_by"]["pid"] == child.pid
        window.close()
    finally:
        child.stdin.write("quit\n")
        child.stdin.flush()
        child.wait(timeout=60)
    assert lock.read_lock(sample) is None
    with Project.open(sample) as project:
        assert "Written by the CLI" in [c.name for c in project.codes()]


def test_restore_backup_dialog_lists_and_restores(qtbot, isolated_settings, data_dir, sample):
    window = new_window(qtbot)
    assert window.open_project(sample)
    window.run_operation(lambda: window.session.project.add_code_path("Regretted"))
    folder = sample.parent / "Backups"
    assert len(backup.list_backups(sample, folder)) == 1
    dialog = RestoreBackupDialog(window, sample)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text()[:4] == "20" + dialog.table.item(0, 0).text()[2:4]
    assert "KB" in dialog.table.item(0, 1).text()
    dialog.show()
    dialog.grab().save("/tmp/h2-restore-dialog.png")
    dialog.restore_button.click()
    assert window.session is not None
    assert "Regretted" not in [c.name for c in window.session.project.codes()]
    listed = backup.list_backups(sample, folder)
    assert len(listed) == 2  # the state restored over was saved first
    with Project.open(listed[0].path) as saved:
        assert "Regretted" in [c.name for c in saved.codes()]
    assert lock.current_owner(sample).pid == os.getpid()
    window.close()


def test_restore_backup_from_the_file_menu(qtbot, isolated_settings, data_dir, sample):
    window = new_window(qtbot)
    assert window.open_project(sample)
    window.run_operation(lambda: window.session.project.add_code_path("Regretted"))
    answer_with("restoreButton", [])
    trigger(window, "actionRestoreBackup")
    assert "Regretted" not in [c.name for c in window.session.project.codes()]
    window.close()


def test_save_project_as_continues_on_the_new_file(
    qtbot, isolated_settings, data_dir, sample, tmp_path, monkeypatch
):
    window = new_window(qtbot)
    assert window.open_project(sample)
    window.run_operation(lambda: window.session.project.add_code_path("Before Save As"))
    target = tmp_path / "second study.qdadesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    trigger(window, "actionSaveProjectAs")
    assert Path(window.session.project.path) == target
    assert "second study" in window.windowTitle()
    assert lock.read_lock(sample) is None and lock.current_owner(target).pid == os.getpid()
    window.run_operation(lambda: window.session.project.add_code_path("Only in the new file"))
    window.close()
    with Project.open(target) as copy:
        names = [c.name for c in copy.codes()]
        assert "Before Save As" in names and "Only in the new file" in names
    with Project.open(sample) as original:
        assert "Only in the new file" not in [c.name for c in original.codes()]


def test_damaged_project_offers_recovery(qtbot, isolated_settings, data_dir, tmp_path, monkeypatch):
    path = damaged_sample(tmp_path, "document_texts", "leaf")
    before = path.read_bytes()
    target = tmp_path / "recovered.qdadesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window = new_window(qtbot)
    seen: list[str] = []
    answer_with("recoverButton", seen)
    window.open_project(path)
    assert "damaged" in seen[0]
    wait_for_project(qtbot, window, target)
    assert path.read_bytes() == before
    assert window.session.project.check() == []
    from qdadesk.ui import project_safety

    assert project_safety.last_recovery_report.tables
    window.close()


def test_damaged_project_opens_read_only(qtbot, isolated_settings, data_dir, tmp_path):
    path = damaged_sample(tmp_path, "codings", "leaf")
    before = path.read_bytes()
    window = new_window(qtbot)
    answer_with("readOnlyButton", [])
    assert window.open_project(path)
    assert "read-only" in window.windowTitle()
    assert window.run_operation(lambda: window.session.project.add_code_path("x")) is None
    assert "damaged" in window.last_error
    window.close()
    assert path.read_bytes() == before
    assert not (tmp_path / "Backups").exists()  # a damaged file is never backed up


def test_backup_settings_dialog_keeps_folder_and_count(
    qtbot, isolated_settings, data_dir, sample, tmp_path
):
    from qdadesk.ui.project_safety import BackupSettingsDialog

    dialog = BackupSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path / "my backups"))
    dialog.keep_spin.setValue(2)
    dialog.accept()
    window = new_window(qtbot)
    for number in range(4):
        assert window.open_project(sample)
        window.run_operation(lambda n=number: window.session.project.add_code_path(f"C{n}"))
        window.close_project()
        time.sleep(0.01)
        os.utime(sample)  # the project changed after the last backup
    assert len(backup.list_backups(sample, tmp_path / "my backups")) == 2
    assert not (sample.parent / "Backups").exists()
    window.close()


def test_background_import_of_a_read_only_window_is_refused(
    qtbot, isolated_settings, data_dir, sample, tmp_path
):
    """Another process has the project: this window's background import must not write."""
    from qdadesk.ui.import_job import ImportJob

    other = {"user": "ana", "host": "elsewhere.example", "pid": 1, "since": "2026-12-04T10:00"}
    lock.lock_path(sample).write_text(json.dumps(other))
    window = new_window(qtbot)
    answer_with("readOnlyButton", [])
    assert window.open_project(sample)
    source = tmp_path / "new.txt"
    source.write_text("A new interview.\n", encoding="utf-8")
    before = sample.read_bytes()
    job = ImportJob(window.session, [source], None, window, show_dialogs=False)
    with qtbot.waitSignal(job.finished, timeout=30000):
        job.start()
    assert job.operation is None and "read-only" in job.error
    assert sample.read_bytes() == before
    window.close()
    assert json.loads(lock.lock_path(sample).read_text())["user"] == "ana"  # not ours to remove


def test_too_damaged_to_show_read_only_offers_recovery(
    qtbot, isolated_settings, data_dir, tmp_path, monkeypatch
):
    path = damaged_sample(tmp_path, "codes", "leaf")
    target = tmp_path / "rescued.qdadesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window = new_window(qtbot)
    seen: list[str] = []
    answer_in_turn(["readOnlyButton", "recoverButton"], seen)
    window.open_project(path)
    assert "too damaged to show" in seen[1]
    wait_for_project(qtbot, window, target)
    assert window.session.project.check() == []
    window.close()


def test_unreadable_project_offers_its_backups(qtbot, isolated_settings, data_dir, sample):
    from tests.damage_support import overwrite_page, page_of

    good = backup.make_backup(sample, sample.parent / "Backups")
    overwrite_page(sample, page_of(sample, "sqlite_schema", "leaf"))
    window = new_window(qtbot)
    seen: list[str] = []
    answer_in_turn(["restoreButton", "restoreButton"], seen)  # the offer, then the dialog
    window.open_project(sample)
    assert "damaged" in seen[0] and "Backups of it: 1." in seen[0]
    assert window.session is not None and window.session.project.check() == []
    assert len(window.session.project.documents()) == 5
    assert good.path.exists()
    window.close()


def test_lock_of_another_computer_can_be_taken_over(qtbot, isolated_settings, data_dir, sample):
    other = {"user": "ana", "host": "laptop.example", "pid": 4242, "since": "2026-12-01T09:30"}
    lock.lock_path(sample).write_text(json.dumps(other))
    window = new_window(qtbot)
    seen: list[str] = []
    answer_with("takeOverButton", seen)
    assert window.open_project(sample)
    assert "ana" in seen[0] and "laptop.example" in seen[0] and "2026-12-01 09:30" in seen[0]
    assert not window.session.project.read_only
    assert lock.read_lock(sample).pid == os.getpid()
    window.close()
    assert lock.read_lock(sample) is None


def test_portable_mode_keeps_backup_settings_on_the_stick(
    qtbot, isolated_settings, tmp_path, monkeypatch
):
    """On a USB stick the backup settings live in the stick's data folder, and a backup
    folder on the stick is stored relative to it (the drive letter may change)."""
    from qdadesk.ui.project_safety import BackupSettingsDialog

    stick = tmp_path / "stick"
    (stick / "QDA Desk").mkdir(parents=True)
    (stick / "QDA Desk" / "portable.txt").write_text("")
    monkeypatch.delenv("QDADESK_DATA_DIR", raising=False)
    monkeypatch.setattr("qdadesk.paths.application_dir", lambda: stick / "QDA Desk")
    project = current_sample(stick)
    dialog = BackupSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(stick / "Project backups"))
    dialog.keep_spin.setValue(3)
    dialog.accept()
    saved = json.loads((stick / "QDA Desk" / "data" / "backup-settings.json").read_text())
    assert saved == {"folder": os.path.join("..", "..", "Project backups"), "keep": 3}
    window = new_window(qtbot)
    assert window.open_project(project)
    assert len(backup.list_backups(project, stick / "Project backups")) == 1
    window.close()


def test_read_only_window_cannot_restore_under_the_other_window(
    qtbot, isolated_settings, data_dir, sample
):
    backup.make_backup(sample, sample.parent / "Backups")
    other = {"user": "ana", "host": "laptop.example", "pid": 4242, "since": "2026-12-01T09:30"}
    lock.lock_path(sample).write_text(json.dumps(other))
    window = new_window(qtbot)
    answer_with("readOnlyButton", [])
    assert window.open_project(sample)
    before = sample.read_bytes()
    dialog = RestoreBackupDialog(window, sample)
    qtbot.addWidget(dialog)
    dialog.restore_button.click()
    assert "open in another window" in window.last_error
    assert sample.read_bytes() == before
    window.close()


def test_save_as_of_a_damaged_project_recovers_it(
    qtbot, isolated_settings, data_dir, tmp_path, monkeypatch
):
    path = damaged_sample(tmp_path, "document_texts", "overflow")
    before = path.read_bytes()
    target = tmp_path / "saved as.qdadesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window = new_window(qtbot)
    answer_with("readOnlyButton", [])
    assert window.open_project(path)
    trigger(window, "actionSaveProjectAs")
    wait_for_project(qtbot, window, target)
    assert window.session.project.check() == [] and not window.session.project.read_only
    assert path.read_bytes() == before
    window.close()


def test_editing_comes_back_after_a_read_only_project(
    qtbot, isolated_settings, data_dir, sample, tmp_path
):
    from qdadesk.ui.project_safety import EDITING_ACTIONS

    other_project = current_sample(tmp_path, "other.qdadesk")
    fresh = new_window(qtbot)
    assert fresh.open_project(other_project)
    expected = {n: a.isEnabled() for n in EDITING_ACTIONS for a in fresh.findChildren(QAction, n)}
    fresh.close()
    other = {"user": "ana", "host": "laptop.example", "pid": 4242, "since": "2026-12-01T09:30"}
    lock.lock_path(sample).write_text(json.dumps(other))
    window = new_window(qtbot)
    answer_with("readOnlyButton", [])
    assert window.open_project(sample)
    assert window.open_project(other_project)
    found = {n: a.isEnabled() for n in EDITING_ACTIONS for a in window.findChildren(QAction, n)}
    assert found == expected
    window.close()


def test_unreadable_project_without_backups_offers_recovery(
    qtbot, isolated_settings, data_dir, sample, tmp_path, monkeypatch
):
    from tests.damage_support import overwrite_page

    overwrite_page(sample, 1)  # the header and the schema's first page
    target = tmp_path / "rescued.qdadesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window = new_window(qtbot)
    seen: list[str] = []
    answer_with("recoverButton", seen)
    window.open_project(sample)
    wait_for_project(qtbot, window, target)
    assert len(window.session.project.documents()) == 5
    assert window.session.project.check() == []
    window.close()


def test_folder_that_cannot_be_written_opens_read_only(
    qtbot, isolated_settings, data_dir, sample, monkeypatch
):
    """A write-protected stick: no lock can be made, so the project opens read-only and says
    why (as root, chmod does not stop writes: the lock's file creation is made to fail)."""
    from qdadesk.core.errors import ProjectError

    def refuse(path, owner):
        raise ProjectError(f"{path}: cannot create the lock file (Read-only file system)")

    monkeypatch.setattr("qdadesk.core.store.lock._create_exclusive", refuse)
    window = new_window(qtbot)
    assert window.open_project(sample)
    assert window.session.project.read_only and "read-only" in window.windowTitle()
    label = window.findChild(QLabel, "readOnlyStatus")
    assert label.text() == "Read-only: the file's folder cannot be written"
    assert not (sample.parent / "Backups").exists()
    window.close()
