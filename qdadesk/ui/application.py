"""Start the window: ``qdadesk [PROJECT] [--sample]``.

No argument shows the start page; a path opens that project; ``--sample`` copies the bundled
sample project into the user's data folder and opens the copy (the original stays pristine).
"""

from __future__ import annotations

import argparse
import sys

from qdadesk.core.i18n import install_language, resolve_language, tr

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
    use_portable_settings()
    return app


def use_portable_settings() -> None:
    """In portable mode (a USB stick), keep window settings in an INI file beside the
    executable, so nothing is left on the host computer."""
    from PySide6.QtCore import QSettings

    from qdadesk.paths import portable_data_dir

    folder = portable_data_dir()
    if folder is None:
        return
    folder.mkdir(parents=True, exist_ok=True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder / "settings"))


def run(argv: list[str]) -> int:
    """Run the window until it is closed; returns the exit code."""
    install_language(resolve_language())  # --help before Qt starts
    args = parse_arguments(argv)
    app = make_application()
    # Before the window's modules load: some keep translated labels made at import.
    from qdadesk.ui.language import install_window_language

    install_window_language(app)
    from qdadesk.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    if args.sample:
        window.open_sample()
    elif args.project:
        window.open_project(args.project)
    return app.exec()
