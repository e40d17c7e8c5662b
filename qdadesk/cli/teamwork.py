"""Teamwork on the command line: merge another project in, and the audit trail."""

from __future__ import annotations

import argparse

from qdadesk.cli.common import add_project_argument, opened
from qdadesk.cli.output import add_format_options, write_json, write_records, write_stdout

HISTORY_COLUMNS = ["when", "user", "action", "what", "detail"]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    merge = subparsers.add_parser(
        "merge",
        help="merge another project (.qdadesk, or a REFI-QDA .qdpx) into PROJECT",
    )
    add_project_argument(merge)
    merge.add_argument("other", metavar="OTHER", help="the project to bring in (never changed)")
    merge.add_argument(
        "--format", choices=("text", "json"), default="text", help="the report's format"
    )
    merge.add_argument("--coder", help="whose name goes on the audit trail (default: you)")
    merge.set_defaults(func=cmd_merge)

    history = subparsers.add_parser(
        "history", help="the audit trail: code system changes, imports, merges, coding counts"
    )
    add_project_argument(history)
    history.add_argument("--action", help="only this action (e.g. 'code renamed')")
    history.add_argument("--user", help="only this user's entries")
    history.add_argument("--since", metavar="DATE", help="from this date (YYYY-MM-DD)")
    history.add_argument("--until", metavar="DATE", help="up to this date, inclusive")
    add_format_options(history, ("json", "csv", "xlsx"))
    history.set_defaults(func=cmd_history)


def cmd_merge(args: argparse.Namespace) -> int:
    from qdadesk.core.exchange.merge import merge_project

    with opened(args) as project:
        if args.coder:
            project.user_name = args.coder
        report = merge_project(project, args.other).result
    if args.format == "json":
        write_json(report.as_dict())
    else:
        write_stdout(report.as_text())
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    with opened(args) as project:
        entries = project.audit_entries(args.action, args.user, args.since, args.until)
    write_records(args, [entry.as_dict() for entry in entries], HISTORY_COLUMNS)
    return 0
