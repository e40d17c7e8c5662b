"""``segments``: list coded segments, filtered as Retrieved Segments would filter them."""

from __future__ import annotations

import argparse

from qdadesk.cli.common import add_project_argument, opened
from qdadesk.cli.output import add_format_options, write_records
from qdadesk.core.analysis.activation import Activation
from qdadesk.core.analysis.retrieval import SEGMENT_COLUMNS, retrieve_segments


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("segments", help="list coded segments")
    add_project_argument(parser)
    parser.add_argument("--code", action="append", metavar="CODEPATH", help="repeatable")
    parser.add_argument("--document", action="append", metavar="NAME", help="repeatable")
    add_format_options(parser)
    parser.set_defaults(func=cmd_segments)


def cmd_segments(args: argparse.Namespace) -> int:
    with opened(args) as project:
        activation = Activation(
            document_ids=(
                frozenset(project.find_document(n).id for n in args.document)
                if args.document
                else None
            ),
            code_ids=frozenset(project.find_code(p).id for p in args.code) if args.code else None,
        )
        frame = retrieve_segments(project, activation)
    write_records(args, frame, SEGMENT_COLUMNS)
    return 0
