"""``words``: word frequencies of documents or of a code's segments."""

from __future__ import annotations

import argparse

from qdadesk.cli.common import add_project_argument, opened, whole_number
from qdadesk.cli.output import add_format_options, write_records
from qdadesk.cli.segments import activation_from_args, add_activation_options
from qdadesk.core.analysis.word_frequencies import FREQUENCY_COLUMNS


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("words", help="word frequencies (word, count, percent, rank)")
    add_project_argument(parser)
    parser.add_argument(
        "--code",
        action="append",
        metavar="CODEPATH",
        help="count the words in this code's segments (repeatable)",
    )
    parser.add_argument("--include-subcodes", action="store_true")
    add_activation_options(parser, documents=True)
    parser.add_argument(
        "--stopwords",
        action="append",
        metavar="LANG",
        help="leave out the stop words of LANG (en, id, de, fr, hu; repeatable),"
        " plus the project's own additions",
    )
    parser.add_argument("--min-length", type=whole_number, default=1, metavar="N")
    parser.add_argument("--case-sensitive", action="store_true")
    parser.add_argument("--numbers", action="store_true", help="count numbers as words too")
    parser.add_argument(
        "--top", type=whole_number, metavar="N", help="only the N most frequent words"
    )
    add_format_options(parser)
    parser.set_defaults(func=cmd_words)


def cmd_words(args: argparse.Namespace) -> int:
    from qdadesk.core.analysis.word_frequencies import word_frequencies

    with opened(args) as project:
        activation = activation_from_args(project, args)
        codes = None if activation.code_ids is None else sorted(activation.code_ids)
        frame = word_frequencies(
            project,
            activation.with_codes(None),
            code_ids=codes,
            languages=args.stopwords,
            min_length=args.min_length,
            case_sensitive=args.case_sensitive,
            numbers=args.numbers,
            include_subcodes=args.include_subcodes,
        )
    if args.top is not None:
        frame = frame.head(args.top)
    write_records(args, frame, FREQUENCY_COLUMNS)
    return 0
