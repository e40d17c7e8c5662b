"""``qdadesk-cli``: the headless command line over the same core the window uses.

Exit codes: 0 success, 1 a user error (one line on stderr), 2 bad usage.
Each command group lives in its own module with a ``register(subparsers)`` function that
adds its sub-commands; a sub-command's ``func(args)`` returns the exit code.

``--lang id`` (before the command), ``QDADESK_LANG=id`` or an Indonesian system locale
switch every message, and the help, to Bahasa Indonesia.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys

from qdadesk import __version__
from qdadesk.cli.common import option
from qdadesk.cli.language import install_cli_language, translate_parser
from qdadesk.core.errors import QdaError, project_busy
from qdadesk.core.i18n import tr


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qdadesk-cli",
        description="QDA Desk on the command line: projects, documents, codes, segments.",
    )
    parser.add_argument("--version", action="version", version=f"qdadesk {__version__}")
    parser.add_argument(
        "--lang", metavar="LANG", help="language of the messages: en or id (default: the system's)"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    # The modules that add sub-commands (imported here, so that importing one module of the
    # command line does not load them all), in the order their commands appear in --help.
    from qdadesk.cli import (
        agreement,
        basic,
        displays,
        exchange,
        maps,
        paraphrases,
        query,
        regions,
        reports,
        safety,
        search,
        segments,
        sets_cases,
        teamwork,
        words,
    )

    for register in (
        basic.register,
        sets_cases.register,
        segments.register,
        regions.register,
        displays.register,
        query.register,
        search.register,
        words.register,
        exchange.register,
        paraphrases.register,
        reports.register,
        safety.register,
        agreement.register,
        teamwork.register,
        maps.register,
    ):
        register(subparsers)
    translate_parser(parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    # Before the parser is built: the commands' help and messages are translated then.
    install_cli_language(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except QdaError as error:
        _fail(str(error))
    except BrokenPipeError:
        # The reader went away (`| head`); nothing left to say.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        _fail(tr("interrupted"))
    except MemoryError:
        _fail(
            tr(
                "not enough memory for this command; close other programs or narrow it "
                "(fewer documents, --document, --where)"
            )
        )
    except Exception as error:  # a bug, not bad input: one line unless debugging
        project = str(option(args, "project", "?"))  # some commands name no project
        message = _known_failure(error, project)
        if message is not None:
            _fail(message)
            return 1
        from qdadesk.core.store.file_check import describe_damage, looks_damaged

        if looks_damaged(error):
            # Damage found while reading (a page the open checks did not touch); the
            # message never quotes the text that was being read.
            _fail(
                tr("{path}: the project file is damaged ({error}); run check").format(
                    path=project, error=describe_damage(error)
                )
            )
            return 1
        if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
            _fail(str(project_busy(project)))
            return 1
        if isinstance(error, UnicodeEncodeError) and "surrogate" in str(error):
            # A name typed in a terminal that is not UTF-8 arrives with lone surrogates.
            _fail(tr("an argument is not valid UTF-8 text (check the terminal's encoding)"))
            return 1
        if os.environ.get("QDADESK_DEBUG"):
            raise
        _fail(tr("internal error: {kind}: {error}").format(kind=type(error).__name__, error=error))
    return 1


def _known_failure(error: Exception, project: str) -> str | None:
    """The one-line message for a failure of the machine or the file, not of the program:
    a full disk, an unreadable file, a damaged text. Never quotes document text."""
    import errno

    text = str(error)
    undecodable = isinstance(error, UnicodeDecodeError) or (
        isinstance(error, sqlite3.OperationalError) and "Could not decode to UTF-8" in text
    )
    if undecodable:
        # SQLite's message quotes the damaged text: the file is named, the text is not.
        damaged = tr("{path}: the project file is damaged (a text is not valid UTF-8); run check")
        return damaged.format(path=project)
    if isinstance(error, sqlite3.OperationalError) and (
        "disk is full" in text or "disk I/O error" in text
    ):
        return tr("{path}: cannot write ({error})").format(path=project, error=text)
    if isinstance(error, OSError):
        if error.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", -1)):
            where = error.filename or tr("standard output")
            return tr("{path}: cannot write (the disk is full)").format(path=where)
        reason = error.strerror or text or type(error).__name__
        return f"{error.filename}: {reason}" if error.filename else reason
    if isinstance(error, OverflowError) and "SQLite INTEGER" in text:
        return tr("a number is too large (whole numbers run to {limit})").format(
            limit=f"{2**63 - 1:,}"
        )
    return None


def _fail(message: str) -> None:
    first_line = " ".join(message.split("\n")).strip()
    print(tr("qdadesk-cli: error: {message}").format(message=first_line), file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
