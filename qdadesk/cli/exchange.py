"""REFI-QDA exchange on the command line: export, import-qdpx, import-codebook."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from qdadesk.cli.common import add_project_argument, opened
from qdadesk.cli.output import write_json, write_stdout
from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import tr

if TYPE_CHECKING:
    from qdadesk.core.exchange.report import ExchangeReport
    from qdadesk.core.project import Project


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = subparsers.add_parser(
        "export", help="export the project as REFI-QDA (.qdpx project or .qdc codebook)"
    )
    add_project_argument(export)
    export.add_argument(
        "--format",
        choices=("qdpx", "qdc", "qdadesk"),
        required=True,
        help="qdpx: the whole project; qdc: the code book only; qdadesk: a part of the "
        "project for a team member (with --document/--group), merged back with 'merge'",
    )
    export.add_argument(
        "--document",
        action="append",
        default=[],
        metavar="NAME",
        help="only this document, with its codings and memos (repeatable): for a team member",
    )
    export.add_argument(
        "--group",
        action="append",
        default=[],
        metavar="PATH",
        help="only the documents of this document group (repeatable)",
    )
    export.add_argument(
        "--used-codes-only",
        action="store_true",
        help="with --document/--group: only the codes those documents use (default: all codes)",
    )
    export.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write")
    export.add_argument(
        "--crlf",
        action="store_true",
        help="write CRLF line ends, positions counted over them (for NVivo, MAXQDA)",
    )
    export.add_argument("--json", action="store_true", help="print the report as JSON")
    export.set_defaults(func=cmd_export)

    qdpx = subparsers.add_parser(
        "import-qdpx", help="create a project from a REFI-QDA .qdpx (or .qde) file"
    )
    qdpx.add_argument("file", metavar="FILE", help="the .qdpx or .qde file")
    qdpx.add_argument("project", metavar="PROJECT", help="the new .qdadesk project to create")
    qdpx.add_argument("--json", action="store_true", help="print the report as JSON")
    qdpx.set_defaults(func=cmd_import_qdpx)

    codebook = subparsers.add_parser(
        "import-codebook", help="merge a codebook (.qdc, or Taguette .csv) into a project"
    )
    add_project_argument(codebook)
    codebook.add_argument("file", metavar="FILE", help="the .qdc or .csv file")
    codebook.add_argument("--json", action="store_true", help="print the report as JSON")
    codebook.set_defaults(func=cmd_import_codebook)


def _print(report: ExchangeReport, as_json: bool) -> None:
    if as_json:
        write_json({"title": report.title, "details": report.details, "lines": report.records()})
    else:
        write_stdout(report.as_text())


def cmd_export(args: argparse.Namespace) -> int:
    output = Path(args.output)
    if not output.parent.is_dir():
        raise QdaError(tr("{path}: the folder does not exist").format(path=output.parent))
    with opened(args) as project:
        if args.document or args.group or args.format == "qdadesk":
            if args.format == "qdc":
                raise QdaError(tr("--document and --group need --format qdpx or qdadesk"))
            return _export_subset(project, output, args)
        if args.format == "qdpx":
            from qdadesk.core.exchange.export_project import export_qdpx

            report = export_qdpx(project, output, crlf=args.crlf)
        else:
            if args.crlf:
                print(tr("qdadesk-cli: note: --crlf has no effect on a codebook"), file=sys.stderr)
            from qdadesk.core.exchange.codebook import export_codebook

            report = export_codebook(project, output)
    _print(report, args.json)
    return 0


def _export_subset(project: Project, output: Path, args: argparse.Namespace) -> int:
    from qdadesk.core.exchange.subset import export_subset

    suffix = ".qdpx" if args.format == "qdpx" else ".qdadesk"
    if output.suffix.lower() != suffix:
        raise QdaError(
            tr("{path}: the file name must end in {suffix} for --format {format}").format(
                path=output, suffix=suffix, format=args.format
            )
        )
    ids = [project.find_document(name).id for name in args.document]
    for group in args.group:
        ids += project.documents_in_group(project.find_group(group).id)
    if not ids:
        raise QdaError(
            tr("--format qdadesk writes a part of the project: name --document or --group")
        )
    report = export_subset(project, output, ids, used_codes_only=args.used_codes_only)
    if args.json:
        write_json(report.as_dict())
    else:
        write_stdout(report.as_text() + "\n")
    return 0


def cmd_import_qdpx(args: argparse.Namespace) -> int:
    from qdadesk.core.exchange.import_project import import_qdpx

    report = import_qdpx(args.file, args.project)
    _print(report, args.json)
    return 0


def cmd_import_codebook(args: argparse.Namespace) -> int:
    from qdadesk.core.exchange.codebook import import_codebook

    with opened(args) as project:
        operation = import_codebook(project, args.file)
    _print(operation.result, args.json)
    return 0
