"""Helpers shared by the command modules: opening projects, resolving names."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from qdadesk.core import Project, safe_write


def add_project_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", metavar="PROJECT", help="the .qdadesk project file")


def option(args: argparse.Namespace, name: str, default: Any = None) -> Any:
    """An option that only some commands define: its value, or ``default`` for a command
    without it (argparse sets no attribute for an option its parser lacks). An option every
    command reaching the code has is read directly (``args.document``)."""
    return vars(args).get(name, default)


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Project]:
    """The project named on the command line, closed afterwards."""
    project = Project.open(Path(args.project))
    # Half-written exports or imports a killed program left beside the project.
    safe_write.remove_stale_temporaries(Path(args.project).parent)
    try:
        yield project
    finally:
        project.close()


def whole_number(text: str) -> int:
    """An argparse type: a whole number from 0 (a negative count is bad usage, exit 2)."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"{number} is negative; give a number from 0")
    return number


def nonempty_path(text: str) -> str:
    """An argparse type: a ``Parent\\Child`` path that names something (not blank)."""
    if not text.strip().strip("\\").strip():
        raise argparse.ArgumentTypeError("an empty path names nothing")
    return text
