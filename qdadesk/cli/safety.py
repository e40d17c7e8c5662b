"""Keeping a project safe: info (who has it open), backups, restore, copy, recover."""

from __future__ import annotations

import argparse
import os
import sqlite3
from pathlib import Path

from qdadesk.cli.common import add_project_argument, opened
from qdadesk.cli.output import add_format_options, chosen_format, write_json, write_records
from qdadesk.core.errors import ProjectError, QdaError
from qdadesk.core.i18n import tr
from qdadesk.core.store import backup, lock


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    info = subparsers.add_parser(
        "info", help="who has the project open, its size, counts and schema version"
    )
    add_project_argument(info)
    info.add_argument("--format", choices=("table", "json"), default=None)
    info.set_defaults(func=cmd_info)

    backups = subparsers.add_parser("backups", help="list the project's backups, newest first")
    add_project_argument(backups)
    _add_folder_option(backups)
    add_format_options(backups, ("json", "csv"))
    backups.set_defaults(func=cmd_backups)

    make = subparsers.add_parser("backup", help="make a dated backup now")
    add_project_argument(make)
    make.add_argument("-o", "--output", metavar="FILE", help="write the backup to FILE instead")
    _add_folder_option(make)
    make.set_defaults(func=cmd_backup)

    restore = subparsers.add_parser(
        "restore", help="replace the project with a backup (the current state is backed up)"
    )
    add_project_argument(restore)
    restore.add_argument("backup", metavar="BACKUP", help="a backup file")
    _add_folder_option(restore)
    restore.set_defaults(func=cmd_restore)

    copy = subparsers.add_parser("copy", help="save a copy of the project under a new name")
    add_project_argument(copy)
    copy.add_argument("new", metavar="NEW", help="the new .qdadesk file (must not exist)")
    copy.set_defaults(func=cmd_copy)

    recover = subparsers.add_parser(
        "recover", help="salvage what can be read of a damaged project into a new one"
    )
    recover.add_argument("damaged", metavar="DAMAGED", help="the damaged .qdadesk file")
    recover.add_argument("out", metavar="OUT", help="the new .qdadesk file (must not exist)")
    recover.set_defaults(func=cmd_recover)


def _add_folder_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--folder",
        metavar="FOLDER",
        help="backup folder (default: the backup settings, else Backups beside the project)",
    )


def _settings_and_folder(args: argparse.Namespace) -> tuple[backup.BackupSettings, Path]:
    data_dir = _data_dir()
    settings = backup.BackupSettings.load(data_dir)
    project = Path(args.project)
    folder = Path(args.folder) if args.folder else settings.folder_for(project, data_dir)
    return settings, folder


def _data_dir() -> Path | None:
    from qdadesk.paths import user_data_dir

    try:
        return user_data_dir(create=False)
    except Exception:  # no data folder can be named here: defaults apply
        return None


def _existing_project(args: argparse.Namespace) -> Path:
    project = Path(args.project)
    if not project.is_file():
        raise ProjectError(tr("{path}: no such project file").format(path=project))
    return project


def cmd_info(args: argparse.Namespace) -> int:
    project_path = _existing_project(args)
    owner = lock.current_owner(project_path)
    with opened(args) as project:
        db = project.db

        def count(table: str) -> int | None:
            try:
                return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            except sqlite3.DatabaseError:  # a damaged page: the count is unknown
                return None

        record = {
            "open_by": owner.to_json() if owner else None,
            "schema_version": db.execute("PRAGMA user_version").fetchone()[0],
            "documents": count("documents"),
            "codes": count("codes"),
            "codings": count("codings"),
            "size_bytes": project_path.stat().st_size,
            "journal": project_path.with_name(project_path.name + "-journal").exists(),
        }
        if project.damage:
            record["damaged"] = True
    if chosen_format(args) == "json":
        write_json(record)
        return 0
    owner_text = owner.describe() if owner else tr("nobody (no window has it open)")
    rows = [
        {"property": "open by", "value": owner_text},
        *({"property": key, "value": value} for key, value in record.items() if key != "open_by"),
    ]
    args.format = "table"
    write_records(args, rows, ["property", "value"])
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    project = _existing_project(args)
    _settings, folder = _settings_and_folder(args)
    records = [info.to_json() for info in backup.list_backups(project, folder)]
    write_records(args, records, ["path", "created", "size_bytes"])
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    project = _existing_project(args)
    if args.output:
        backup.copy_database(project, Path(args.output))
        print(tr("backed up to {path}").format(path=args.output))
        return 0
    settings, folder = _settings_and_folder(args)
    info = backup.make_backup(project, folder, settings.keep)
    print(tr("backed up to {path}").format(path=info.path))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    project = Path(args.project)
    owner = lock.current_owner(project)
    if owner is not None:
        raise QdaError(
            tr("{path}: the project is open in a window ({owner}); close it there first").format(
                path=project, owner=owner.describe()
            )
        )
    settings, folder = _settings_and_folder(args)
    saved = backup.restore_backup(project, Path(args.backup), folder, settings.keep)
    if saved is not None:
        print(tr("saved the current state as {path}").format(path=saved.path))
    print(tr("restored {project} from {backup}").format(project=project, backup=args.backup))
    return 0


def cmd_copy(args: argparse.Namespace) -> int:
    project = _existing_project(args)
    target = Path(args.new)
    if target.suffix.lower() != ".qdadesk":
        raise QdaError(tr("{path}: a project file's name ends in .qdadesk").format(path=target))
    backup.copy_database(project, target)
    print(tr("copied to {path}").format(path=target))
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    from qdadesk.core import Project
    from qdadesk.core.store.salvage import salvage_project

    report = salvage_project(Path(args.damaged), Path(args.out))
    width = max((len(t.table) for t in report.tables), default=0)
    for table in report.tables:
        print(
            tr("{table}  kept {kept}, lost {lost}").format(
                table=table.table.ljust(width), kept=table.kept, lost=table.lost
            )
        )
    for note in report.notes:
        print(tr("note: {note}").format(note=note))
    with Project.open(Path(args.out)) as recovered:
        problems = recovered.check()
    if problems:
        for problem in problems:
            print(problem)
        return 1
    lost = sum(t.lost for t in report.tables)
    print(
        tr("recovered into {path}: check ok, {lost} rows lost").format(
            path=os.fspath(args.out), lost=lost
        )
    )
    return 0
