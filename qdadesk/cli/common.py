"""Helpers shared by the command modules: opening projects, resolving names."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from qdadesk.core import Project


def add_project_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", metavar="PROJECT", help="the .qdadesk project file")


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Project]:
    """The project named on the command line, closed afterwards."""
    project = Project.open(Path(args.project))
    try:
        yield project
    finally:
        project.close()
