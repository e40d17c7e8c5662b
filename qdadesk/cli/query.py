"""``query``: complex coding queries (intersection, overlapping, near, ...)."""

from __future__ import annotations

import argparse
import sys

from qdadesk.cli.common import add_project_argument, opened, whole_number
from qdadesk.cli.output import add_format_options, write_records
from qdadesk.cli.segments import activation_from_args, add_activation_options
from qdadesk.core.analysis.queries import DISTANCE_UNITS, QUERY_MODES
from qdadesk.core.analysis.retrieval import SEGMENT_COLUMNS
from qdadesk.core.i18n import ntr, tr


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "query",
        help="complex coding query; the first code's segments are tested against the others",
        description=tr("Modes: {modes}. See resources/help/queries.md (Help → User Guide).").format(
            modes=", ".join(QUERY_MODES)
        ),
    )
    add_project_argument(parser)
    parser.add_argument(
        "mode",
        choices=QUERY_MODES,
        metavar="MODE",
        help=tr("one of: {modes}").format(modes=", ".join(QUERY_MODES)),
    )
    parser.add_argument(
        "codes",
        nargs="+",
        metavar="CODEPATH",
        help="two or more codes; the first is the one whose segments are tested",
    )
    parser.add_argument(
        "--distance",
        type=whole_number,
        default=0,
        metavar="N",
        help="for followed-by and near (default 0)",
    )
    parser.add_argument("--unit", choices=DISTANCE_UNITS, default="characters")
    parser.add_argument(
        "--include-subcodes",
        action="store_true",
        help="each code stands for itself and its subcodes",
    )
    add_activation_options(parser, documents=True)
    parser.add_argument(
        "--code-results",
        metavar="CODEPATH",
        help="code the results with this code (created if missing)",
    )
    add_format_options(parser)
    parser.set_defaults(func=cmd_query)


def cmd_query(args: argparse.Namespace) -> int:
    from qdadesk.core.analysis.queries import code_query_results, coding_query

    with opened(args) as project:
        activation = activation_from_args(project, args)
        frame = coding_query(
            project,
            args.mode,
            [project.find_code(p).id for p in args.codes],
            activation,
            distance=args.distance,
            unit=args.unit,
            include_subcodes=args.include_subcodes,
        )
        if args.code_results:
            report = code_query_results(project, frame, args.code_results).result
            segments = ntr("{n} segment", "{n} segments", report.segments)
            print(
                tr("coded {segments} with {code} ({new} new)").format(
                    segments=segments, code=args.code_results, new=report.new_segments
                ),
                file=sys.stderr,
            )
        from qdadesk.cli.regions import REGION_COLUMNS, with_region_columns

        frame = with_region_columns(project, frame)
    # Added at the end, as in ``segments``: scripts reading columns by position keep working.
    write_records(args, frame, SEGMENT_COLUMNS + REGION_COLUMNS)
    return 0
