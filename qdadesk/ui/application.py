"""Start the window: ``qdadesk [PROJECT] [--sample]`` (``--self-test``: see self_test.py).

No argument shows the start page; a path opens that project (a ``.qdpx`` exchange file is
imported into a new project); ``--sample`` copies the bundled sample project into the user's
data folder and opens the copy (the original stays pristine).
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING, cast

from qdadesk.core.i18n import install_language, resolve_language, tr

if TYPE_CHECKING:  # Qt loads when the window starts, not when --help is asked
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from qdadesk.ui.main_window import MainWindow

ORGANIZATION = "QDA Desk"
APPLICATION = "QDA Desk"
# Set (to anything) to print "ready" and quit once the window is up (start-up benchmark).
STARTUP_PROBE = "QDADESK_STARTUP_PROBE"


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="qdadesk", description=tr("QDA Desk window"))
    parser.add_argument(
        "project",
        nargs="?",
        help=tr("project file (.qdadesk) to open, or REFI-QDA file (.qdpx) to import"),
    )
    parser.add_argument(
        "--sample", action="store_true", help=tr("open a fresh copy of the sample project")
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=tr("check that this installation works (no screen needed), then exit"),
    )
    return parser.parse_args(argv)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, with the names QSettings uses."""
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    # The window's process only ever makes a QApplication (Qt returns its base type here).
    app = (
        cast(QApplication, existing)
        if existing is not None
        else QApplication([sys.argv[0] if sys.argv else "qdadesk", *(argv or [])])
    )
    app.setOrganizationName(ORGANIZATION)
    app.setOrganizationDomain("qdadesk.org")
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    # Links the windows to resources/desktop/qdadesk.desktop (Wayland app id, taskbar icon).
    app.setDesktopFileName("qdadesk")
    app.setWindowIcon(application_icon())
    use_portable_settings()
    return app


def application_icon() -> QIcon:
    """QDA Desk's icon (resources/icons), every size, for the windows and the task bar."""
    from PySide6.QtGui import QIcon

    from qdadesk.paths import resource_path

    icon = QIcon()
    for path in sorted(resource_path("icons").glob("qdadesk-*.png")):
        icon.addFile(str(path))
    return icon


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
    from qdadesk.ui.coders import ask_coder_name_at_first_start

    ask_coder_name_at_first_start(window)
    if args.sample:
        window.open_sample()
    elif args.project:
        open_from_command_line(window, args.project)
    if os.environ.get(STARTUP_PROBE):
        _report_ready_and_quit(app)
    return app.exec()


def open_from_command_line(window: MainWindow, path: str) -> None:
    """Open what the system passed (a double-click): a project, or a REFI-QDA exchange file,
    which is imported into a new project the user names."""
    if path.lower().endswith(".qdpx"):
        window.exchange_actions.import_qdpx(source=path)
    else:
        window.open_project(path)


def _report_ready_and_quit(app: QApplication) -> None:
    """For benchmarks/bundle.py: once the first window (with its project) is painted, print
    "ready" and quit, so a benchmark can time the cold start of the real program."""
    from PySide6.QtCore import QTimer

    def ready() -> None:
        print("ready", flush=True)
        app.quit()

    QTimer.singleShot(0, ready)
