"""``paraphrases``: list, add, edit, remove and categorize paraphrases, and the matrix.

qdadesk-cli paraphrases PROJECT list [--document DOC]
qdadesk-cli paraphrases PROJECT add DOC START END TEXT
qdadesk-cli paraphrases PROJECT edit ID TEXT
qdadesk-cli paraphrases PROJECT remove ID [ID ...]
qdadesk-cli paraphrases PROJECT categorize ID [ID ...] --code PATH
qdadesk-cli paraphrases PROJECT matrix --columns documents|groups
"""

from __future__ import annotations

import argparse

from qdadesk.cli.common import add_project_argument, opened
from qdadesk.cli.output import add_format_options, write_records
from qdadesk.core.errors import NotFoundError
from qdadesk.core.i18n import ntr, tr

_LIST_COLUMNS = ["id", "document", "start", "end", "paragraph", "passage", "paraphrase", "author"]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "paraphrases",
        help="paraphrases of passages: list, add, edit, remove, categorize, matrix",
        description="Paraphrases (MAXQDA's Paraphrase mode): a short rewording of a passage. "
        "Paraphrases of one document do not overlap.",
    )
    add_project_argument(parser)
    actions = parser.add_subparsers(dest="paraphrases_command", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="every paraphrase with its passage")
    listing.add_argument("--document", metavar="DOC", help="only this document's")
    add_format_options(listing)
    listing.set_defaults(func=cmd_list)

    add = actions.add_parser("add", help="paraphrase a passage of a document")
    add.add_argument("document", metavar="DOC")
    add.add_argument("start", type=int, metavar="START", help="first character (from 0)")
    add.add_argument("end", type=int, metavar="END", help="character after the last")
    add.add_argument("text", metavar="TEXT", help="the paraphrase")
    add.set_defaults(func=cmd_add)

    edit = actions.add_parser("edit", help="change a paraphrase's text")
    edit.add_argument("id", type=int, metavar="ID")
    edit.add_argument("text", metavar="TEXT")
    edit.set_defaults(func=cmd_edit)

    remove = actions.add_parser("remove", help="remove paraphrases")
    remove.add_argument("ids", type=int, nargs="+", metavar="ID")
    remove.set_defaults(func=cmd_remove)

    categorize = actions.add_parser(
        "categorize",
        help="code the paraphrased passages with a category code (created when missing)",
    )
    categorize.add_argument("ids", type=int, nargs="+", metavar="ID")
    categorize.add_argument("--code", required=True, metavar="CODEPATH")
    categorize.set_defaults(func=cmd_categorize)

    matrix = actions.add_parser(
        "matrix", help="the Paraphrases Matrix: documents or groups as columns"
    )
    matrix.add_argument("--columns", choices=("documents", "groups"), default="documents")
    add_format_options(matrix)
    matrix.set_defaults(func=cmd_matrix)


def cmd_list(args: argparse.Namespace) -> int:
    from qdadesk.core.analysis.paraphrases import paraphrase_entries

    with opened(args) as project:
        scope = [project.find_document(args.document).id] if args.document else None
        authors = {p.id: p.author for p in project.paraphrases(scope)}
        records = [
            {
                "id": e.paraphrase_id,
                "document": e.document,
                "start": e.start,
                "end": e.end,
                "paragraph": e.paragraph,
                "passage": e.passage,
                "paraphrase": e.text,
                "author": authors.get(e.paraphrase_id),
            }
            for e in paraphrase_entries(project, scope)
        ]
    write_records(args, records, _LIST_COLUMNS)
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    with opened(args) as project:
        document = project.find_document(args.document)
        paraphrase_id = project.add_paraphrase(document.id, args.start, args.end, args.text).result
        print(
            tr("paraphrase {id} added to {document} {start}-{end}").format(
                id=paraphrase_id, document=document.name, start=args.start, end=args.end
            )
        )
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    with opened(args) as project:
        project.edit_paraphrase(args.id, text=args.text)
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    with opened(args) as project:
        count = project.remove_paraphrases(args.ids).result
        print(ntr("{n} paraphrase removed", "{n} paraphrases removed", count))
    return 0


def cmd_categorize(args: argparse.Namespace) -> int:
    with opened(args) as project:
        try:
            code_id = project.find_code(args.code).id
        except NotFoundError:
            code_id = project.add_code_path(args.code).result
        operation = project.categorize_paraphrases(args.ids, code_id=code_id)
        code_id, codings = operation.result
        print(
            ntr(
                "{n} passage coded with {code}", "{n} passages coded with {code}", len(codings)
            ).format(code=project.code_path(code_id))
        )
    return 0


def cmd_matrix(args: argparse.Namespace) -> int:
    from qdadesk.core.analysis.paraphrases import paraphrase_matrix

    with opened(args) as project:
        frame = paraphrase_matrix(project, args.columns).as_frame()
    write_records(args, frame)
    return 0
