"""``segments``: list coded segments, filtered as Retrieved Segments would filter them."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from qdadesk.cli.common import add_project_argument, opened, option
from qdadesk.cli.output import add_format_options, write_records
from qdadesk.core.analysis.activation import Activation
from qdadesk.core.analysis.retrieval import SEGMENT_COLUMNS, retrieve_segments
from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import tr
from qdadesk.core.names import nfc

if TYPE_CHECKING:
    from qdadesk.core.project import Project


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "segments", help="list coded segments (filtered like an activation)"
    )
    add_project_argument(parser)
    parser.add_argument("--code", action="append", metavar="CODEPATH", help="repeatable")
    parser.add_argument("--document", action="append", metavar="NAME", help="repeatable")
    add_activation_options(parser)
    parser.add_argument(
        "--include-subcodes", action="store_true", help="with each --code, its subcodes too"
    )
    parser.add_argument(
        "--regions-dir",
        metavar="DIR",
        help="write each region's image into DIR as <coding guid>.png (column image)",
    )
    add_format_options(parser)
    parser.set_defaults(func=cmd_segments)


def add_activation_options(parser: argparse.ArgumentParser, documents: bool = False) -> None:
    """The document, weight and coder filters every analysis command shares; with
    ``documents``, ``--document`` as well."""
    if documents:
        parser.add_argument(
            "--document", action="append", metavar="NAME", help="only these documents (repeatable)"
        )
    parser.add_argument(
        "--where",
        metavar="FORMULA",
        help="only documents whose variables satisfy FORMULA, e.g. 'age >= 40'",
    )
    parser.add_argument("--min-weight", type=int, default=0, metavar="N")
    parser.add_argument("--max-weight", type=int, default=100, metavar="N")
    parser.add_argument(
        "--coder", action="append", metavar="NAME", help="only segments by this coder (repeatable)"
    )


def activation_from_args(project: Project, args: argparse.Namespace) -> Activation:
    """The activation the command-line filters describe (``--document``, ``--where``,
    weights, coders, ``--include-subcodes``; ``--code`` when the command has it: ``query``
    names its codes as arguments). Every command calling it has ``add_activation_options``,
    ``--document`` and ``--include-subcodes``."""
    from qdadesk.core.analysis.formula import documents_matching

    if not (0 <= args.min_weight <= args.max_weight <= 100):
        raise QdaError(tr("Weights run from 0 to 100, and --min-weight is at most --max-weight"))
    documents: set[int] | None = None
    if args.document:
        documents = {project.find_document(name).id for name in args.document}
    if args.where:
        matching = set(documents_matching(project, args.where))
        documents = matching if documents is None else documents & matching
    codes = option(args, "code")
    return Activation(
        document_ids=None if documents is None else frozenset(documents),
        code_ids=frozenset(project.find_code(p).id for p in codes) if codes else None,
        include_subcodes=bool(args.include_subcodes),
        min_weight=args.min_weight,
        max_weight=args.max_weight,
        coders=frozenset(nfc(c) for c in args.coder) if args.coder else None,
    )


def cmd_segments(args: argparse.Namespace) -> int:
    from qdadesk.cli.regions import REGION_COLUMNS, with_region_columns, write_region_images

    # Added at the end: scripts that read the columns by position keep working.
    columns = SEGMENT_COLUMNS + REGION_COLUMNS
    with opened(args) as project:
        frame = retrieve_segments(project, activation_from_args(project, args))
        if args.regions_dir:
            images = write_region_images(project, frame, args.regions_dir)
        frame = with_region_columns(project, frame)
    if args.regions_dir:
        frame["image"] = images
        columns.append("image")
    write_records(args, frame, columns)
    return 0
