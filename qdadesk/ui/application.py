"""Start the window: ``qdadesk [PROJECT] [--sample]``.

No argument shows the start page; a path opens that project; ``--sample`` copies the bundled
sample project into the user's data folder and opens the copy (the original stays pristine).
"""

from __future__ import annotations

import argparse
import sys

from qdadesk.core.i18n import tr

ORGANIZATION = "QDA Desk"
APPLICATION = "QDA Desk"


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="qdadesk", description=tr("QDA Desk window"))
    parser.add_argument("project", nargs="?", help=tr("project file (.qdadesk) to open"))
    parser.add_argument(
        "--sample", action="store_true", help=tr("open a fresh copy of the sample project")
    )
    return parser.parse_args(argv)


def make_application(argv: list[str] | None = None):
    """The QApplication, with the names QSettings uses."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(
        [sys.argv[0] if sys.argv else "qdadesk", *(argv or [])]
    )
    app.setOrganizationName(ORGANIZATION)
    app.setOrganizationDomain("qdadesk.org")
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    return app


def run(argv: list[str]) -> int:
    """Run the window until it is closed; returns the exit code."""
    args = parse_arguments(argv)
    app = make_application()
    from qdadesk.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    if args.sample:
        window.open_sample()
    elif args.project:
        window.open_project(args.project)
    return app.exec()
