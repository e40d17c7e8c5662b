"""Document sets and cases on the command line: ``sets`` and ``cases``.

qdadesk-cli sets add PROJECT NAME [--document DOC ...]
qdadesk-cli sets list PROJECT
qdadesk-cli sets add-documents PROJECT NAME DOC...
qdadesk-cli sets remove-documents PROJECT NAME DOC...
qdadesk-cli sets rename PROJECT NAME NEW
qdadesk-cli sets remove PROJECT NAME
(cases: the same, plus set-variable PROJECT CASE NAME VALUE [--type T])
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from qdadesk.cli.common import add_project_argument, opened
from qdadesk.cli.output import add_format_options, chosen_format, write_records
from qdadesk.core import Project
from qdadesk.core.changes import Operation
from qdadesk.core.i18n import tr, tr_noop
from qdadesk.core.model import VARIABLE_TYPES, Case, DocumentSet

Owner = DocumentSet | Case


@dataclass(frozen=True)
class _Kind:
    """What differs between sets and cases: the Project methods, and the words."""

    find: Callable[[Project, str], Owner]
    all: Callable[[Project], Sequence[Owner]]
    members: Callable[[Project], dict[int, list[int]]]
    add_documents: Callable[[Project, int, list[int]], Operation]
    remove_documents: Callable[[Project, int, list[int]], Operation]
    rename: Callable[[Project, int, str], Operation]
    remove: Callable[[Project, int], Operation]
    msg_added: str
    msg_removed: str
    # The sub-commands' help by action (translated with the rest of the parser's help).
    help: dict[str, str]


_KINDS: dict[str, _Kind] = {
    "sets": _Kind(
        find=Project.find_document_set,
        all=Project.document_sets,
        members=Project.set_memberships,
        add_documents=Project.add_documents_to_set,
        remove_documents=Project.remove_documents_from_set,
        rename=Project.rename_document_set,
        remove=Project.delete_document_set,
        msg_added=tr_noop("added document set {name} ({n} documents)"),
        msg_removed=tr_noop("removed document set {name}"),
        help={
            "add": tr_noop("a new document set"),
            "list": tr_noop("every document set with its documents"),
            "add-documents": tr_noop("put documents into a document set"),
            "remove-documents": tr_noop("take documents out of a document set"),
            "rename": tr_noop("rename a document set"),
            "remove": tr_noop("delete a document set (its documents stay)"),
        },
    ),
    "cases": _Kind(
        find=Project.find_case,
        all=Project.cases,
        members=Project.case_memberships,
        add_documents=Project.add_documents_to_case,
        remove_documents=Project.remove_documents_from_case,
        rename=Project.rename_case,
        remove=Project.delete_case,
        msg_added=tr_noop("added case {name} ({n} documents)"),
        msg_removed=tr_noop("removed case {name}"),
        help={
            "add": tr_noop("a new case"),
            "list": tr_noop("every case with its documents"),
            "add-documents": tr_noop("put documents into a case"),
            "remove-documents": tr_noop("take documents out of a case"),
            "rename": tr_noop("rename a case"),
            "remove": tr_noop("delete a case (its documents stay)"),
        },
    ),
}


class _AnyName(dict[str, Any]):
    """Action names that let every word through argparse's choice check; the action below
    decides (an unknown word still ends in argparse's usage error)."""

    def __contains__(self, key: object) -> bool:
        return True


if TYPE_CHECKING:
    _SubParsers = argparse._SubParsersAction[argparse.ArgumentParser]
else:  # not subscriptable at run time
    _SubParsers = argparse._SubParsersAction


class _ProjectFirstOrSecond(_SubParsers):
    """Sub-commands that also accept the project before the action, ``sets PROJECT add
    NAME``, as well as this program's usual ``sets add PROJECT NAME``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.choices = _AnyName()  # only argparse's check reads it (ACTION is the metavar)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        values = list(values or [])
        known = dict.keys(self._name_parser_map)
        if len(values) > 1 and values[0] not in known and values[1] in known:
            values = [values[1], values[0], *values[2:]]
        super().__call__(parser, namespace, values, option_string)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    for command, helptext in (
        ("sets", tr_noop("document sets: add, list, add or remove documents, rename, remove")),
        ("cases", tr_noop("cases: add, list, add or remove documents, variables, rename, remove")),
    ):
        _register_kind(subparsers, command, helptext)


def _register_kind(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], command: str, helptext: str
) -> None:
    kind = _KINDS[command]
    parser = subparsers.add_parser(command, help=helptext)
    actions = parser.add_subparsers(
        dest=f"{command}_command",
        metavar="ACTION",
        required=True,
        action=_ProjectFirstOrSecond,
    )

    add = actions.add_parser("add", help=kind.help["add"])
    add_project_argument(add)
    add.add_argument("name", metavar="NAME")
    add.add_argument(
        "--document", action="append", default=[], metavar="DOC", help="a member (repeatable)"
    )
    add.set_defaults(func=cmd_add, kind=command)

    listing = actions.add_parser("list", help=kind.help["list"])
    add_project_argument(listing)
    add_format_options(listing, ("json", "csv"))
    listing.set_defaults(func=cmd_list, kind=command)

    for action, func in (
        ("add-documents", cmd_add_documents),
        ("remove-documents", cmd_remove_documents),
    ):
        sub = actions.add_parser(action, help=kind.help[action])
        add_project_argument(sub)
        sub.add_argument("name", metavar="NAME")
        sub.add_argument("documents", nargs="+", metavar="DOC")
        sub.set_defaults(func=func, kind=command)

    rename = actions.add_parser("rename", help=kind.help["rename"])
    add_project_argument(rename)
    rename.add_argument("name", metavar="NAME")
    rename.add_argument("new_name", metavar="NEW")
    rename.set_defaults(func=cmd_rename, kind=command)

    remove = actions.add_parser("remove", help=kind.help["remove"])
    add_project_argument(remove)
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(func=cmd_remove, kind=command)

    if command == "cases":
        variable = actions.add_parser("set-variable", help="set a case's variable value")
        add_project_argument(variable)
        variable.add_argument("name", metavar="CASE")
        variable.add_argument("variable", metavar="NAME")
        variable.add_argument("value", metavar="VALUE", help="'' clears it")
        variable.add_argument(
            "--type", choices=VARIABLE_TYPES, help="type of a new variable (text)"
        )
        variable.set_defaults(func=cmd_set_variable, kind=command)


def _document_ids(project: Project, names: list[str]) -> list[int]:
    return [project.find_document(name).id for name in names]


def cmd_add(args: argparse.Namespace) -> int:
    with opened(args) as project:
        ids = _document_ids(project, args.document)
        if args.kind == "sets":
            new_id = project.add_document_set(args.name, ids).result
            name = project.document_set(new_id).name
        else:
            new_id = project.add_case(args.name, document_ids=ids).result
            name = project.case(new_id).name
    print(tr(_KINDS[args.kind].msg_added).format(name=name, n=len(ids)))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with opened(args) as project:
        names = {d.id: d.name for d in project.documents()}
        kind = _KINDS[args.kind]
        members = kind.members(project)
        owners = kind.all(project)
        values = project.case_values() if args.kind == "cases" else {}
        variables = [v.name for v in project.variables("case")] if args.kind == "cases" else []
    as_list = chosen_format(args) == "json"
    records = []
    for owner in owners:
        documents = [names[i] for i in members.get(owner.id, []) if i in names]
        records.append(
            {
                "name": owner.name,
                "documents": len(documents),
                "document_names": documents if as_list else "; ".join(documents),
                **{v: values.get(owner.id, {}).get(v) for v in variables},
            }
        )
    write_records(args, records, ["name", "documents", "document_names", *variables])
    return 0


def cmd_add_documents(args: argparse.Namespace) -> int:
    with opened(args) as project:
        kind = _KINDS[args.kind]
        owner = kind.find(project, args.name)
        ids = _document_ids(project, args.documents)
        added = kind.add_documents(project, owner.id, ids).result
    print(tr("added {n} documents to {name}").format(n=added, name=owner.name))
    return 0


def cmd_remove_documents(args: argparse.Namespace) -> int:
    with opened(args) as project:
        kind = _KINDS[args.kind]
        owner = kind.find(project, args.name)
        ids = _document_ids(project, args.documents)
        removed = kind.remove_documents(project, owner.id, ids).result
    print(tr("removed {n} documents from {name}").format(n=removed, name=owner.name))
    return 0


def cmd_rename(args: argparse.Namespace) -> int:
    with opened(args) as project:
        kind = _KINDS[args.kind]
        owner = kind.find(project, args.name)
        kind.rename(project, owner.id, args.new_name)
    print(tr("renamed {old} to {new}").format(old=owner.name, new=" ".join(args.new_name.split())))
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    with opened(args) as project:
        kind = _KINDS[args.kind]
        owner = kind.find(project, args.name)
        kind.remove(project, owner.id)
    print(tr(_KINDS[args.kind].msg_removed).format(name=owner.name))
    return 0


def cmd_set_variable(args: argparse.Namespace) -> int:
    with opened(args) as project:
        case = project.find_case(args.name)
        project.set_case_value(case.id, args.variable, args.value, args.type)
    return 0
