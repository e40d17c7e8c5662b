"""The coder: whose name goes on every coding, memo and summary, and filtering by coder.

The name is asked once, at the first start (default: the login name), can be changed in
**Edit → Preferences…**, and is kept per user in QSettings (``coder/name``; beside the
executable in portable mode, as every window setting). Each opened project gets it as
``project.user_name``. A **Coders** button in the Retrieved Segments header filters the
app-wide activation by coder, so Retrieved Segments and every analysis that reads the
activation show only those coders' segments. ``install(window)`` is called by
``MainWindow._install_parts``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QMenu,
    QToolButton,
    QWidget,
)

from qdadesk.core.i18n import tr
from qdadesk.ui import prompts

if TYPE_CHECKING:
    from qdadesk.ui.session import ProjectSession
    from qdadesk.ui.window_api import MainWindowApi

CODER_KEY = "coder/name"


def login_name() -> str:
    """The operating system's user name (what a new coder name defaults to)."""
    import getpass

    try:
        return getpass.getuser() or "user"
    except Exception:  # getuser raises when no login name is known (some sandboxes)
        return "user"


def stored_coder_name() -> str | None:
    value = QSettings().value(CODER_KEY)
    return str(value).strip() or None if value is not None else None


def coder_name() -> str:
    """The coder name this user chose, else the login name."""
    return stored_coder_name() or login_name()


def set_coder_name(name: str) -> None:
    QSettings().setValue(CODER_KEY, name.strip())


def ask_coder_name_at_first_start(window: MainWindowApi) -> str:
    """At the first start (no name stored yet) ask for the coder name; returns the name and
    puts it on the window's open project, if any."""
    stored = stored_coder_name()
    if stored:
        return stored
    answer = prompts.ask_text(
        window.window(),
        tr("Your coder name"),
        tr("Your name as a coder (written on your codings, memos and summaries):"),
        login_name(),
    )
    name = answer or login_name()
    set_coder_name(name)
    if window.session is not None:
        window.session.project.user_name = name
    return name


class CoderFilterButton(QToolButton):
    """A menu of the project's coders: the checked ones are the activation's coders."""

    def __init__(self, window: MainWindowApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.setObjectName("coderFilterButton")
        self.setAutoRaise(True)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolTip(tr("Show only some coders' segments (here and in every analysis)"))
        menu = QMenu(self)
        menu.setObjectName("coderFilterMenu")
        menu.aboutToShow.connect(self.fill_menu)
        self.setMenu(menu)
        self._session: ProjectSession | None = None
        window.sessionChanged.connect(self._on_session)
        self._on_session(window.session)

    def _on_session(self, session: ProjectSession | None) -> None:
        if self._session is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self._session.activationChanged.disconnect(self.update_text)
        self._session = session
        if session is not None:
            session.activationChanged.connect(self.update_text)
        self.setEnabled(session is not None)
        self.update_text()

    def coders(self) -> list[str]:
        """The coders who have coded segments in the project."""
        from qdadesk.core.analysis.agreement import coders_of

        return [] if self._session is None else coders_of(self._session.project)

    def update_text(self) -> None:
        chosen = None if self._session is None else self._session.activation.coders
        if chosen is None:
            self.setText(tr("Coders: all"))
        elif not chosen:
            self.setText(tr("Coders: none"))
        else:
            names = ", ".join(sorted(chosen)).replace("&", "&&")
            self.setText(tr("Coders: {names}").format(names=names))

    def fill_menu(self) -> None:
        menu = self.menu()
        menu.clear()
        chosen = None if self._session is None else self._session.activation.coders
        every = QAction(tr("All coders"), menu)
        every.setObjectName("actionAllCoders")
        every.setCheckable(True)
        every.setChecked(chosen is None)
        every.triggered.connect(lambda _checked=False: self.choose(None))
        menu.addAction(every)
        menu.addSeparator()
        for name in self.coders():
            action = QAction(name.replace("&", "&&"), menu)  # plain text, no mnemonic
            action.setCheckable(True)
            action.setChecked(chosen is None or name in chosen)
            action.triggered.connect(self._toggler(name))
            menu.addAction(action)

    def _toggler(self, name: str) -> Callable[[bool], None]:
        def toggled(checked: bool) -> None:
            self.toggle_coder(name, checked)

        return toggled

    def toggle_coder(self, name: str, checked: bool) -> None:
        """Add or take away one coder from the activation's coders."""
        if self._session is None:
            return
        everyone = set(self.coders())
        current = self._session.activation.coders
        chosen = set(everyone if current is None else current)
        chosen = chosen | {name} if checked else chosen - {name}
        self.choose(None if chosen >= everyone else chosen)

    def choose(self, names: set[str] | None) -> None:
        """Show only these coders' segments (None: every coder's)."""
        if self._session is not None:
            self._session.set_activation(self._session.activation.with_coders(names))


def _on_session(session: ProjectSession | None) -> None:
    if session is not None:
        session.project.user_name = coder_name()


def install(window: MainWindowApi) -> CoderFilterButton:
    """The coder filter in Retrieved Segments (returned), and the coder name on every
    project the window opens."""
    window.sessionChanged.connect(_on_session)
    _on_session(window.session)
    segments = window.retrieved_segments
    coder_filter = CoderFilterButton(window, segments)
    segments.add_header_widget(coder_filter)
    return coder_filter
