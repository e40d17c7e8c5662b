"""``search``: lexical search in documents (and memos), with autocoding of the hits."""

from __future__ import annotations

import argparse
import sys

from qdadesk.cli.common import add_project_argument, opened
from qdadesk.cli.output import add_format_options, write_records
from qdadesk.core.analysis.search import SCOPES, SEARCH_COLUMNS
from qdadesk.core.i18n import ntr, tr


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "search",
        help="find words and phrases (whole words, any case); 'a AND b', 'a OR b', teach*",
    )
    add_project_argument(parser)
    parser.add_argument(
        "query",
        metavar="QUERY",
        help="a word or phrase, * for any letters; terms joined by AND or OR",
    )
    parser.add_argument("--case-sensitive", action="store_true")
    parser.add_argument("--partial", action="store_true", help="find inside words too")
    parser.add_argument(
        "--ignore-diacritics", action="store_true", help="cafe finds café and the other way round"
    )
    parser.add_argument(
        "--within",
        choices=SCOPES,
        default="document",
        help="for AND: where all terms must occur together (default document)",
    )
    parser.add_argument(
        "--document", action="append", metavar="NAME", help="only these documents (repeatable)"
    )
    parser.add_argument(
        "--where", metavar="FORMULA", help="only documents whose variables satisfy FORMULA"
    )
    parser.add_argument("--memos", action="store_true", help="search memos too")
    parser.add_argument(
        "--autocode", metavar="CODEPATH", help="code the hits with this code (created if missing)"
    )
    parser.add_argument(
        "--extend",
        default="hit",
        metavar="hit|words:N|sentence|paragraph",
        help="with --autocode: what to code around each hit (default hit)",
    )
    add_format_options(parser, ("json", "csv"))
    parser.set_defaults(func=cmd_search)


def cmd_search(args: argparse.Namespace) -> int:
    from qdadesk.core.analysis.autocode import autocode_hits, parse_extend
    from qdadesk.core.analysis.formula import documents_matching
    from qdadesk.core.analysis.search import parse_query, search

    parse_extend(args.extend)  # bad usage fails before anything is read
    with opened(args) as project:
        documents: set[int] | None = None
        if args.document:
            documents = {project.find_document(name).id for name in args.document}
        if args.where:
            matching = set(documents_matching(project, args.where))
            documents = matching if documents is None else documents & matching
        frame = search(
            project,
            parse_query(args.query, args.within),
            case_sensitive=args.case_sensitive,
            partial=args.partial,
            ignore_diacritics=args.ignore_diacritics,
            document_ids=documents,
            memos=args.memos,
        )
        if args.autocode:
            report = autocode_hits(project, frame, args.autocode, args.extend).result
            segments = ntr("{n} segment", "{n} segments", report.segments)
            hits = ntr("{n} hit", "{n} hits", report.hits)
            print(
                tr("coded {segments} from {hits} with {code} ({new} new)").format(
                    segments=segments, hits=hits, code=args.autocode, new=report.new_segments
                ),
                file=sys.stderr,
            )
    columns = SEARCH_COLUMNS + (["kind"] if args.memos else [])
    write_records(args, frame, columns)
    return 0
