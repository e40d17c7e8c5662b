"""Documents > Import Options: choices that apply to every later import, remembered per user
(QSettings). Today one: "Join hard-wrapped lines" (off by default), which joins the lines
of a paragraph that a PDF export or a transcription tool broke at a fixed width, so that
autocoding by sentence no longer cuts sentences. It changes only documents imported after
it is switched on; documents already in a project and their codings are never touched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from qdadesk.core.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from qdadesk.ui.window_api import MainWindowApi

JOIN_LINES_KEY = "import/joinHardWrappedLines"


def join_lines_enabled() -> bool:
    """Whether imports join hard-wrapped lines (the remembered choice; default off)."""
    value = QSettings().value(JOIN_LINES_KEY, False)
    return value is True or str(value).lower() in ("true", "1")


def set_join_lines(enabled: bool) -> None:
    QSettings().setValue(JOIN_LINES_KEY, bool(enabled))


def install(window: MainWindowApi) -> QAction:
    """Add Documents > Import Options > Join hard-wrapped lines (a remembered toggle)."""
    options = window.menu("Documents").addMenu(tr("Import Options"))
    options.setObjectName("menuImportOptions")
    action = options.addAction(tr("Join Hard-Wrapped Lines"))
    action.setObjectName("actionJoinHardWrappedLines")
    action.setCheckable(True)
    action.setChecked(join_lines_enabled())
    action.setToolTip(
        tr(
            "Join the lines inside a paragraph when importing (blank lines, speaker turns "
            "and list items stay apart); documents already imported are not changed"
        )
    )
    action.toggled.connect(set_join_lines)
    # Another window of the same user may have changed it meanwhile: show the stored value.
    options.aboutToShow.connect(lambda: action.setChecked(join_lines_enabled()))
    return action
