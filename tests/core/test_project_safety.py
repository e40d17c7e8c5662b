"""Never lose a researcher's work (issue 9, items 4-6; issue 10, item 15): the window's
lock file, read-only projects, damaged files refused for writing and salvaged, backups,
restore and Save As, all in the core (no Qt)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading

import pytest

from qdadesk.core import Project
from qdadesk.core.errors import DamagedProjectError, ProjectError, ReadOnlyProjectError
from qdadesk.core.store import backup, lock
from qdadesk.core.store.file_check import damage_found
from qdadesk.core.store.salvage import salvage_project
from tests.damage_support import (
    DAMAGE_POSITIONS,
    current_sample,
    damaged_sample,
    overwrite_page,
    page_of,
)


# -- the lock ------------------------------------------------------------------------------
def test_lock_file_beside_the_project_says_who_and_is_removed(tmp_path):
    project = current_sample(tmp_path)
    with lock.ProjectLock.acquire(project) as held:
        path = tmp_path / "study.qdadesk.lock"
        data = json.loads(path.read_text())
        assert {"user", "host", "pid", "since"} <= set(data)
        assert data["pid"] == os.getpid() and data["host"] == socket.gethostname()
        assert lock.current_owner(project) == held.owner
        with pytest.raises(lock.ProjectLockedError) as refused:
            lock.ProjectLock.acquire(project)
        assert refused.value.owner.pid == os.getpid()
        assert data["host"] in str(refused.value)
    assert not path.exists()
    assert lock.current_owner(project) is None


def test_stale_lock_of_a_dead_process_is_taken_over(tmp_path):
    project = current_sample(tmp_path)
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    dead_pid = int(child.stdout)
    stale = {"user": "ana", "host": socket.gethostname(), "pid": dead_pid, "since": "2026-01-01"}
    lock.lock_path(project).write_text(json.dumps(stale))
    assert lock.current_owner(project) is None  # info reports nobody
    taken = lock.ProjectLock.acquire(project)
    assert taken.took_over is not None and taken.took_over.pid == dead_pid
    assert lock.read_lock(project).pid == os.getpid()
    taken.release()


def test_lock_of_another_computer_is_respected(tmp_path):
    project = current_sample(tmp_path)
    other = {"user": "ana", "host": "elsewhere.example", "pid": 1, "since": "2026-12-04T10:00"}
    lock.lock_path(project).write_text(json.dumps(other))
    with pytest.raises(lock.ProjectLockedError, match="ana on elsewhere.example"):
        lock.ProjectLock.acquire(project)


def test_two_processes_one_lock(tmp_path):
    """A second process is refused while the first holds the lock, and gets it after."""
    project = current_sample(tmp_path)
    script = (
        "import sys, time\n"
        "from qdadesk.core.store.lock import ProjectLock\n"
        "held = ProjectLock.acquire(sys.argv[1])\n"
        "print('held', flush=True)\n"
        "sys.stdin.readline()\n"
        "held.release()\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(project)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "held"
        owner = lock.current_owner(project)
        assert owner is not None and owner.pid == child.pid
        with pytest.raises(lock.ProjectLockedError):
            lock.ProjectLock.acquire(project)
        child.stdin.write("\n")
        child.stdin.flush()
        assert child.wait(timeout=60) == 0
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    lock.ProjectLock.acquire(project).release()


# -- read-only -----------------------------------------------------------------------------
def test_read_only_project_refuses_writes_and_leaves_the_file_alone(tmp_path):
    path = current_sample(tmp_path)
    before = path.read_bytes()
    with Project.open(path, read_only=True) as project:
        assert project.read_only and not project.damage
        assert len(project.documents()) == 5
        with pytest.raises(ReadOnlyProjectError, match="read-only"):
            project.add_code_path("New code")
        with pytest.raises(ReadOnlyProjectError):
            project.set_setting("x", "1")
    assert path.read_bytes() == before


def test_read_only_undo_is_refused(tmp_path):
    path = current_sample(tmp_path)
    with Project.open(path) as writer:
        operation = writer.add_code_path("Later")
        with Project.open(path, read_only=True) as viewer, pytest.raises(ReadOnlyProjectError):
            viewer.undo(operation)


# -- damaged files -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("label", "table", "kind"), DAMAGE_POSITIONS, ids=[p[0] for p in DAMAGE_POSITIONS]
)
def test_damaged_page_is_found_on_open_and_nothing_is_written(tmp_path, label, table, kind):
    path = damaged_sample(tmp_path, table, kind)
    assert damage_found(path), label
    before = path.read_bytes()
    with Project.open(path) as project:
        assert project.damage and project.read_only
        with pytest.raises(ReadOnlyProjectError, match="damaged"):
            project.add_code_path("Anything")
    assert path.read_bytes() == before


def test_damaged_schema_page_is_refused_as_damaged(tmp_path):
    path = current_sample(tmp_path)
    overwrite_page(path, page_of(path, "sqlite_schema", "leaf"))
    before = path.read_bytes()
    with pytest.raises(DamagedProjectError, match="damaged"):
        Project.open(path)
    assert path.read_bytes() == before


def test_sound_file_has_no_damage(tmp_path):
    assert damage_found(current_sample(tmp_path)) == []


def test_time_bound_falls_back_to_the_everyday_tables(tmp_path):
    path = damaged_sample(tmp_path, "codings", "leaf")
    # No time at all for the whole file: the per-table check still finds the codings page.
    assert damage_found(path, time_limit=0.0)


# -- salvage -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("label", "table", "kind"), DAMAGE_POSITIONS, ids=[p[0] for p in DAMAGE_POSITIONS]
)
def test_salvage_keeps_what_can_be_read_and_the_result_checks_ok(tmp_path, label, table, kind):
    path = damaged_sample(tmp_path, table, kind)
    out = tmp_path / "recovered.qdadesk"
    report = salvage_project(path, out)
    tables = {t.table: t for t in report.tables}
    assert {"documents", "document_texts", "codes", "codings", "memos"} <= set(tables)
    with Project.open(out) as recovered:
        assert recovered.check() == [], label
        assert not recovered.read_only
        assert len(recovered.documents()) == tables["documents"].kept
        assert len(recovered.codes()) == tables["codes"].kept == 25
        recovered.add_code_path("Works again")  # a sound, writable project
        hits = recovered.db.execute(
            "SELECT count(*) FROM document_search WHERE document_search MATCH 'portal'"
        ).fetchone()[0]
        assert hits >= 0  # the search index was rebuilt and answers
    if table == "codings_document":  # only an index was hit: every row survives
        assert all(t.lost == 0 for t in report.tables)
    else:
        assert sum(t.lost for t in report.tables) > 0
    for note in report.notes:  # they name documents, never quote their text
        assert len(note) < 200


def test_salvage_of_a_sound_project_loses_nothing(tmp_path):
    path = current_sample(tmp_path)
    report = salvage_project(path, tmp_path / "copy.qdadesk")
    assert all(t.lost == 0 for t in report.tables)
    with Project.open(path) as original, Project.open(tmp_path / "copy.qdadesk") as copy:
        assert [d.name for d in copy.documents()] == [d.name for d in original.documents()]
        assert copy.text(copy.documents()[0].id) == original.text(original.documents()[0].id)
        assert len(copy.codings()) == len(original.codings())


def test_salvage_refuses_an_existing_target(tmp_path):
    path = current_sample(tmp_path)
    with pytest.raises(ProjectError, match="already exists"):
        salvage_project(path, path)


# -- backups, restore, copy ----------------------------------------------------------------
def test_backup_names_sort_by_date_and_the_newest_n_are_kept(tmp_path):
    path = current_sample(tmp_path)
    folder = backup.default_backup_folder(path)
    made = [backup.make_backup(path, folder, keep=3) for _ in range(5)]
    listed = backup.list_backups(path, folder)
    assert [b.path for b in listed] == [m.path for m in reversed(made)][:3]
    assert listed[0].path.name.startswith("study 20") and listed[0].path.suffix == ".qdadesk"
    assert all(b.size_bytes == path.stat().st_size for b in listed)
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]  # no temp files left
    with Project.open(listed[0].path) as copy:
        assert copy.check() == []


def test_backup_while_another_connection_writes_is_consistent(tmp_path):
    path = current_sample(tmp_path)
    stop = threading.Event()

    def write() -> None:
        with Project.open(path) as writer:
            number = 0
            while not stop.is_set():
                writer.add_code_path(f"Busy {number}")
                number += 1

    thread = threading.Thread(target=write)
    thread.start()
    try:
        infos = [backup.make_backup(path, tmp_path / "b", keep=20) for _ in range(5)]
    finally:
        stop.set()
        thread.join()
    for info in infos:
        with Project.open(info.path) as copy:
            assert copy.check() == []


def test_restore_saves_the_current_state_first(tmp_path):
    path = current_sample(tmp_path)
    folder = tmp_path / "Backups"
    old = backup.make_backup(path, folder)
    with Project.open(path) as project:
        project.add_code_path("After the backup")
    saved = backup.restore_backup(path, old.path, folder, keep=10)
    with Project.open(path) as project:
        assert "After the backup" not in [c.name for c in project.codes()]
    with Project.open(saved.path) as project:
        assert "After the backup" in [c.name for c in project.codes()]


def test_restore_refuses_what_is_not_a_backup(tmp_path):
    path = current_sample(tmp_path)
    junk = tmp_path / "junk.qdadesk"
    junk.write_bytes(b"not a project at all" * 100)
    before = path.read_bytes()
    with pytest.raises(ProjectError):
        backup.restore_backup(path, junk, tmp_path / "Backups", keep=10)
    assert path.read_bytes() == before


def test_save_copy_from_the_open_project(tmp_path):
    path = current_sample(tmp_path)
    with Project.open(path) as project:
        project.add_code_path("Only in the copy's past")
        target = project.save_copy(tmp_path / "copy.qdadesk")
        with pytest.raises(ProjectError, match="already exists"):
            project.save_copy(target)
    with Project.open(target) as copy:
        assert "Only in the copy's past" in [c.name for c in copy.codes()]
        assert copy.check() == []


def test_backup_settings_round_trip_and_relative_folder(tmp_path):
    settings = backup.BackupSettings(folder="Backups on stick", keep=4)
    settings.save(tmp_path / "data")
    loaded = backup.BackupSettings.load(tmp_path / "data")
    assert loaded == settings
    assert loaded.folder_for(tmp_path / "p.qdadesk", tmp_path / "data") == (
        tmp_path / "data" / "Backups on stick"
    )
    assert backup.BackupSettings().folder_for(tmp_path / "p.qdadesk") == tmp_path / "Backups"


def test_salvage_when_the_migration_record_is_lost(tmp_path):
    """The schema is intact but the list of applied migrations is not: the new project must
    not run them again (it would fail on tables that exist)."""
    path = damaged_sample(tmp_path, "_sqlite_migrations", "leaf")
    out = tmp_path / "recovered.qdadesk"
    salvage_project(path, out)
    with Project.open(out) as recovered:
        assert recovered.check() == []
        assert len(recovered.documents()) == 5


def test_restore_over_a_project_whose_first_page_is_gone(tmp_path):
    path = current_sample(tmp_path)
    folder = tmp_path / "Backups"
    good = backup.make_backup(path, folder)
    overwrite_page(path, 1)
    with pytest.raises(ProjectError):
        Project.open(path)
    saved = backup.restore_backup(path, good.path, folder, keep=10)
    assert saved.path.name.endswith(" damaged.qdadesk")  # kept, but not listed as a backup
    assert [b.path for b in backup.list_backups(path, folder)] == [good.path]
    with Project.open(path) as project:
        assert project.check() == [] and len(project.documents()) == 5
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_empty_lock_file_left_by_a_crash_is_taken_over(tmp_path):
    project = current_sample(tmp_path)
    path = lock.lock_path(project)
    path.write_bytes(b"")
    assert lock.current_owner(project) is not None  # maybe being written right now
    old = path.stat().st_mtime - 60
    os.utime(path, (old, old))
    assert lock.current_owner(project) is None
    lock.ProjectLock.acquire(project).release()


def test_salvage_reports_progress_and_can_be_cancelled(tmp_path):
    from qdadesk.core.errors import ImportCancelled

    path = damaged_sample(tmp_path, "codings", "leaf")
    seen: list[str] = []
    salvage_project(path, tmp_path / "a.qdadesk", progress=lambda d, t, name: seen.append(name))
    assert "documents" in seen and "codings" in seen
    with pytest.raises(ImportCancelled):
        salvage_project(path, tmp_path / "b.qdadesk", cancelled=lambda: True)
    assert not (tmp_path / "b.qdadesk").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
