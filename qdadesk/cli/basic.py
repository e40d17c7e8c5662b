"""The foundation commands: projects, documents, codes, coding, variables, check."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from qdadesk.cli.common import add_project_argument, nonempty_path, opened
from qdadesk.cli.output import add_format_options, write_records, write_stdout
from qdadesk.core import Project
from qdadesk.core.i18n import ntr, tr
from qdadesk.core.model import VARIABLE_TYPES, Document


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    new = subparsers.add_parser("new", help="create an empty project")
    add_project_argument(new)
    new.set_defaults(func=cmd_new)

    imp = subparsers.add_parser(
        "import",
        help="import documents (txt, docx, odt, rtf, html, md, pdf) and pictures (png, jpg, "
        "gif, tif, webp, bmp, svg)",
    )
    add_project_argument(imp)
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument(
        "--group", type=nonempty_path, help="document group (Parent\\Child), created if missing"
    )
    imp.add_argument(
        "--join-lines",
        action="store_true",
        help="join hard-wrapped lines inside paragraphs (blank-line paragraphs, speaker "
        "turns and list items stay apart)",
    )
    imp.set_defaults(func=cmd_import)

    docs = subparsers.add_parser(
        "documents", help="list documents with their type (text, pdf, picture) and pages"
    )
    add_project_argument(docs)
    add_format_options(docs, ("json", "csv"))
    docs.set_defaults(func=cmd_documents)

    text = subparsers.add_parser("text", help="print a document's stored plain text")
    add_project_argument(text)
    text.add_argument("document", metavar="DOCUMENT")
    text.set_defaults(func=cmd_text)

    codes = subparsers.add_parser("codes", help="add or list codes")
    code_commands = codes.add_subparsers(dest="codes_command", metavar="ACTION", required=True)
    add = code_commands.add_parser("add", help="add a code (missing parents are created)")
    add_project_argument(add)
    add.add_argument("path", metavar="CODEPATH", help="e.g. Barriers\\Cost")
    add.add_argument("--color", help="#RRGGBB")
    add.set_defaults(func=cmd_codes_add)
    listing = code_commands.add_parser("list", help="list codes with their segment counts")
    add_project_argument(listing)
    add_format_options(listing, ("json", "csv"))
    listing.set_defaults(func=cmd_codes_list)

    code = subparsers.add_parser("code", help="code a stretch of a document")
    add_project_argument(code)
    code.add_argument("document", metavar="DOCUMENT")
    code.add_argument("start", type=int, metavar="START", help="first character (from 0)")
    code.add_argument("end", type=int, metavar="END", help="character after the last")
    code.add_argument("path", metavar="CODEPATH")
    code.add_argument("--weight", type=int, default=0)
    code.add_argument("--comment", default="")
    code.add_argument("--coder", help="coder name (default: your user name)")
    code.set_defaults(func=cmd_code)

    variables = subparsers.add_parser("variables", help="set or list document variables")
    variable_commands = variables.add_subparsers(
        dest="variables_command", metavar="ACTION", required=True
    )
    set_ = variable_commands.add_parser("set", help="set a document's variable value")
    add_project_argument(set_)
    set_.add_argument("document", metavar="DOCUMENT")
    set_.add_argument("name", metavar="NAME")
    set_.add_argument("value", metavar="VALUE")
    set_.add_argument("--type", choices=VARIABLE_TYPES, help="type of a new variable (text)")
    set_.set_defaults(func=cmd_variables_set)
    vlist = variable_commands.add_parser("list", help="every document with its values")
    add_project_argument(vlist)
    add_format_options(vlist, ("json", "csv"))
    vlist.set_defaults(func=cmd_variables_list)

    check = subparsers.add_parser("check", help="check the project's integrity and offsets")
    add_project_argument(check)
    check.set_defaults(func=cmd_check)


def cmd_new(args: argparse.Namespace) -> int:
    Project.create(Path(args.project)).close()
    print(tr("created {project}").format(project=args.project))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    with opened(args) as project:
        report = project.import_documents(
            args.files, group_path=args.group, join_lines=args.join_lines
        ).result
        for document_id in report.imported:
            print(_imported_line(project, project.document(document_id)))
        for name, note in report.notes:
            print(tr("note: {name}: {note}").format(name=name, note=note))
        for file_name, reason in report.failed:
            print(
                tr("qdadesk-cli: error: {message}").format(message=f"{file_name}: {reason}"),
                file=sys.stderr,
            )
    return 1 if report.failed else 0


def _imported_line(project: Project, document: Document) -> str:
    """What ``import`` says about one imported document."""
    characters = ntr("{n} character", "{n} characters", document.length)
    if document.kind == "picture":
        (page,) = project.pages(document.id)
        return tr("imported {name} (picture, {width} × {height} pixels)").format(
            name=document.name, width=f"{page.width:g}", height=f"{page.height:g}"
        )
    if document.kind == "pdf":
        pages = ntr("{n} page", "{n} pages", len(project.pages(document.id)))
        return tr("imported {name} (PDF, {pages}, {characters})").format(
            name=document.name, pages=pages, characters=characters
        )
    return tr("imported {name} ({characters})").format(name=document.name, characters=characters)


def cmd_documents(args: argparse.Namespace) -> int:
    with opened(args) as project:
        counts = project.document_coding_counts()
        pages = project.page_counts()
        group_paths: dict[int | None, str] = {
            g.id: project.group_path(g.id) for g in project.groups()
        }
        records = [
            {
                "name": d.name,
                "group": group_paths.get(d.group_id, ""),
                "type": d.kind,
                # Pages of a PDF or picture; none for a text document.
                "pages": pages.get(d.id) if d.kind != "text" else None,
                "characters": d.length,
                "segments": counts.get(d.id, 0),
            }
            for d in project.documents()
        ]
    write_records(args, records, ["name", "group", "type", "pages", "characters", "segments"])
    return 0


def cmd_text(args: argparse.Namespace) -> int:
    with opened(args) as project:
        text = project.text(project.find_document(args.document).id)
    write_stdout(text)
    return 0


def cmd_codes_add(args: argparse.Namespace) -> int:
    with opened(args) as project:
        code_id = project.add_code_path(args.path, color=args.color).result
        print(project.code_path(code_id))
    return 0


def cmd_codes_list(args: argparse.Namespace) -> int:
    with opened(args) as project:
        counts = project.code_coding_counts()
        paths = project.code_paths()
        records = [
            {"path": paths[c.id], "color": c.color, "segments": counts.get(c.id, 0)}
            for c in project.codes()
        ]
    write_records(args, records, ["path", "color", "segments"])
    return 0


def cmd_code(args: argparse.Namespace) -> int:
    with opened(args) as project:
        document = project.find_document(args.document)
        code = project.find_code(args.path)
        coding_id = project.add_coding(
            document.id,
            code.id,
            args.start,
            args.end,
            weight=args.weight,
            comment=args.comment,
            coder=args.coder,
        ).result
        coding = project.coding(coding_id)
        print(
            tr("coded {document} {start}-{end} with {code}").format(
                document=document.name,
                start=coding.start,
                end=coding.end,
                code=project.code_path(code.id),
            )
        )
    return 0


def cmd_variables_set(args: argparse.Namespace) -> int:
    with opened(args) as project:
        document = project.find_document(args.document)
        project.set_document_value(document.id, args.name, args.value, args.type)
    return 0


def cmd_variables_list(args: argparse.Namespace) -> int:
    with opened(args) as project:
        values = project.document_values()
        names = [v.name for v in project.variables()]
        records = [
            {"document": d.name, **{name: values.get(d.id, {}).get(name) for name in names}}
            for d in project.documents()
        ]
    write_records(args, records, ["document", *names])
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with opened(args) as project:
        if project.journal_recovered:
            print(
                tr(
                    "note: a leftover journal from an interrupted write was found and rolled "
                    "back; the project is as it was at its last completed change"
                ),
                file=sys.stderr,
            )
        problems = project.check()
    if problems:
        for problem in problems:
            print(problem)
        return 1
    print(tr("ok"))
    return 0
