"""The command line's language: ``--lang``, ``QDADESK_LANG`` or the system's.

The catalogue is installed before the parser is built, so the commands' ``help=`` texts,
argparse's own words ("usage:", "error:") and every message come out in that language.
"""

from __future__ import annotations

import argparse

from qdadesk.core.i18n import install_language, resolve_language, tr, tr_noop

# argparse's own messages (Python's argparse module), translated through tr() below.
ARGPARSE_MESSAGES = (
    tr_noop("usage: "),
    tr_noop("positional arguments"),
    tr_noop("options"),
    tr_noop("show this help message and exit"),
    tr_noop("show program's version number and exit"),
    tr_noop("%(prog)s: error: %(message)s\n"),
    tr_noop("the following arguments are required: %s"),
    tr_noop("unrecognized arguments: %s"),
    tr_noop("invalid choice: %(value)r (choose from %(choices)s)"),
    tr_noop("argument %(argument_name)s: %(message)s"),
    tr_noop("invalid %(type)s value: %(value)r"),
    tr_noop("expected one argument"),
    tr_noop("expected at least one argument"),
    tr_noop("expected at most one argument"),
    tr_noop("ambiguous option: %(option)s could match %(matches)s"),
    tr_noop("not allowed with argument %s"),
    tr_noop("one of the arguments %s is required"),
)


def requested_language(argv: list[str]) -> str | None:
    """The value of a global ``--lang X`` / ``--lang=X`` before the command, if any."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if not arg.startswith("-"):
            break  # the command: later --lang belongs to nobody
    return None


def install_cli_language(argv: list[str]) -> str:
    """Install the catalogue the command line asks for; returns the language used."""
    language = install_language(resolve_language(requested_language(argv)))
    # argparse looks its words up through its module-level ``_`` (gettext) at call time and
    # has no hook for a translator: route them through tr. That name is private to argparse
    # and not in its stubs, hence the ignore.
    argparse._ = tr  # type: ignore[attr-defined]
    return language


def translate_parser(parser: argparse.ArgumentParser) -> None:
    """Translate the help and descriptions of ``parser`` and all its sub-commands."""
    seen: set[int] = set()
    pending = [parser]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if current.description:
            current.description = tr(current.description)
        for action in current._actions:
            if action.help and action.help != argparse.SUPPRESS:
                action.help = tr(action.help)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    if choice.help:
                        choice.help = tr(choice.help)
                pending.extend(action.choices.values())
