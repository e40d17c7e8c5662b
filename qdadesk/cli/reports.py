"""``codebook`` and ``report``: the codebook (DOCX, XLSX) and the project report (DOCX, HTML,
XLSX) written to a file.

    qdadesk-cli codebook PROJECT --format docx|xlsx -o FILE
    qdadesk-cli report PROJECT --format docx|html|xlsx -o FILE

Without ``--format`` the format comes from the file's extension.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from qdadesk.cli.common import add_project_argument, opened
from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import tr

CODEBOOK_FORMATS = ("docx", "xlsx")
REPORT_FORMATS = ("docx", "html", "xlsx")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    codebook = subparsers.add_parser(
        "codebook",
        help="write the codebook (code tree, colours, descriptions, memos, counts, examples)",
    )
    add_project_argument(codebook)
    codebook.add_argument("--format", choices=CODEBOOK_FORMATS, help="default: from -o's suffix")
    codebook.add_argument("-o", "--output", required=True, metavar="FILE")
    codebook.set_defaults(func=cmd_codebook)

    report = subparsers.add_parser(
        "report",
        help="write the project report (documents, variables, memos, segments per code, codes)",
    )
    add_project_argument(report)
    report.add_argument("--format", choices=REPORT_FORMATS, help="default: from -o's suffix")
    report.add_argument("-o", "--output", required=True, metavar="FILE")
    report.set_defaults(func=cmd_report)


def output_format(output: str, chosen: str | None, formats: tuple[str, ...]) -> str:
    """The chosen format, else the output file's extension (which must be one of ``formats``)."""
    if chosen:
        return chosen
    suffix = Path(output).suffix.lower().lstrip(".")
    if suffix == "htm":
        suffix = "html"
    if suffix not in formats:
        raise QdaError(
            tr("{file}: say which format with --format ({formats})").format(
                file=output, formats=", ".join(formats)
            )
        )
    return suffix


def cmd_codebook(args: argparse.Namespace) -> int:
    from qdadesk.core.exporters.codebook_report import write_codebook_docx, write_codebook_xlsx

    fmt = output_format(args.output, args.format, CODEBOOK_FORMATS)
    with opened(args) as project:
        (write_codebook_docx if fmt == "docx" else write_codebook_xlsx)(project, args.output)
    print(tr("codebook written to {file}").format(file=args.output))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from qdadesk.core.exporters.project_report import write_project_report

    fmt = output_format(args.output, args.format, REPORT_FORMATS)
    with opened(args) as project:
        write_project_report(project, args.output, fmt)
    print(tr("project report written to {file}").format(file=args.output))
    return 0
