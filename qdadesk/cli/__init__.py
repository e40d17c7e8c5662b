"""``qdadesk-cli``: the headless command line over the same core the window uses.

Exit codes: 0 success, 1 a user error (one line on stderr), 2 bad usage.
Each command group lives in its own module with a ``register(subparsers)`` function that
adds its sub-commands; a sub-command's ``func(args)`` returns the exit code.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sqlite3
import sys

from qdadesk import __version__
from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import tr

# Modules that add sub-commands, in the order their commands appear in --help.
COMMAND_MODULES = [
    "qdadesk.cli.basic",
    "qdadesk.cli.sets_cases",
    "qdadesk.cli.segments",
    "qdadesk.cli.displays",
    "qdadesk.cli.query",
    "qdadesk.cli.search",
    "qdadesk.cli.words",
    "qdadesk.cli.exchange",
    "qdadesk.cli.paraphrases",
    "qdadesk.cli.reports",
    "qdadesk.cli.maps",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qdadesk-cli",
        description="QDA Desk on the command line: projects, documents, codes, segments.",
    )
    parser.add_argument("--version", action="version", version=f"qdadesk {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    # pypdf logs every quirk of a sloppy PDF; the user only needs our one-line verdict.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
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
        _fail("interrupted")
    except Exception as error:  # a bug, not bad input: one line unless debugging
        damaged = ("malformed", "not a database", "corrupt")
        if isinstance(error, sqlite3.DatabaseError) and any(w in str(error) for w in damaged):
            # Damage found while reading (a page the open checks did not touch).
            _fail(
                tr("{path}: the project file is damaged ({error}); run check").format(
                    path=getattr(args, "project", "?"), error=error
                )
            )
            return 1
        if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
            _fail(
                tr(
                    "{path}: the project is busy (another program is writing to it); try again"
                ).format(path=getattr(args, "project", "?"))
            )
            return 1
        if isinstance(error, UnicodeEncodeError) and "surrogate" in str(error):
            # A name typed in a terminal that is not UTF-8 arrives with lone surrogates.
            _fail(tr("an argument is not valid UTF-8 text (check the terminal's encoding)"))
            return 1
        if os.environ.get("QDADESK_DEBUG"):
            raise
        _fail(f"internal error: {type(error).__name__}: {error}")
    return 1


def _fail(message: str) -> None:
    first_line = " ".join(message.split("\n")).strip()
    print(f"qdadesk-cli: error: {first_line}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
