"""File → Import/Export REFI-QDA project and codebook. ``install(window)`` is called by
``MainWindow._install_parts``.

Every job runs off the GUI thread on its own connection; its report is shown in a dialog
afterwards. A merged codebook is one undoable step on the window's undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog

from qdadesk.core.i18n import tr, tr_noop
from qdadesk.ui.actions_common import MenuActions, make_action
from qdadesk.ui.background import Cancelled, Progress, Work, on_own_connection
from qdadesk.ui.exchange.job import ExchangeJob
from qdadesk.ui.exchange.report_dialog import ExchangeReportDialog
from qdadesk.ui.save_dialog import ask_save_path, ask_save_target

if TYPE_CHECKING:
    from qdadesk.core import Operation, Project
    from qdadesk.core.exchange.report import ExchangeReport
    from qdadesk.ui.window_api import MainWindowApi

QDPX_FILTER = tr_noop("REFI-QDA project (*.qdpx *.qde)")
QDPX_SAVE = tr_noop("REFI-QDA project (*.qdpx)")
QDPX_SAVE_CRLF = tr_noop("REFI-QDA project, CRLF line ends for NVivo and MAXQDA (*.qdpx)")
CODEBOOK_FILTER = tr_noop("Codebook (*.qdc *.csv)")
PROJECT_FILTER = tr_noop("QDA Desk project (*.qdadesk)")


class ExchangeActions(MenuActions):
    """The four File menu actions, bound to one window."""

    def __init__(self, window: MainWindowApi) -> None:
        super().__init__(window)
        self.last_report_dialog: ExchangeReportDialog | None = None
        self.last_job: ExchangeJob | None = None
        file_menu = window.menu("File")
        self.import_qdpx_action = make_action(
            window.window(),
            "actionImportQdpx",
            tr("Import REFI-QDA Project (.qdpx)…"),
            self.import_qdpx,
        )
        self.export_qdpx_action = make_action(
            window.window(),
            "actionExportQdpx",
            tr("Export REFI-QDA Project (.qdpx)…"),
            self.export_qdpx,
        )
        self.import_codebook_action = make_action(
            window.window(),
            "actionImportCodebook",
            tr("Import Codebook (.qdc, Taguette .csv)…"),
            self.import_codebook,
        )
        self.export_codebook_action = make_action(
            window.window(),
            "actionExportCodebook",
            tr("Export Codebook (.qdc)…"),
            self.export_codebook,
        )
        actions = [
            self.import_qdpx_action,
            self.export_qdpx_action,
            self.import_codebook_action,
            self.export_codebook_action,
        ]
        # Put them before "Close Project" when the File menu has it, else at the end.
        close = next(
            (a for a in file_menu.actions() if a.objectName() == "actionCloseProject"), None
        )
        if close is not None:
            file_menu.insertActions(close, actions)
            file_menu.insertSeparator(close)
        else:
            file_menu.addSeparator()
            file_menu.addActions(actions)
        # Importing a project makes a new one, so only the other three need one open.
        self.actions = {a.objectName(): a for a in actions if a is not self.import_qdpx_action}
        self._follow_session()

    # -- the four jobs ---------------------------------------------------------------------
    def import_qdpx(
        self, source: str | None = None, target: str | None = None
    ) -> ExchangeJob | None:
        """Ask for an exchange file and a new project file, import in the background, then
        open the new project and show the report."""
        if source is None:
            source, _ = QFileDialog.getOpenFileName(
                self.window.window(),
                tr("Import REFI-QDA Project"),
                str(Path.home()),
                tr(QDPX_FILTER),
            )
            if not source:
                return None
        if target is None:
            suggestion = str(Path(source).with_suffix(".qdadesk"))
            target = ask_save_path(
                self.window.window(),
                tr("New Project from the REFI-QDA File"),
                tr(PROJECT_FILTER),
                suggestion,
            )
            if not target:
                return None

        def work(progress: Progress, cancelled: Cancelled) -> ExchangeReport:
            from qdadesk.core.exchange.import_project import import_qdpx

            return import_qdpx(source, target, progress=progress, cancelled=cancelled)

        def done(report: ExchangeReport | None) -> None:
            if report is None:
                return
            self.window.open_project(target)
            self.show_report(report)

        return self._run(work, tr("Importing REFI-QDA project…"), done)

    def export_qdpx(self, target: str | None = None, crlf: bool = False) -> ExchangeJob | None:
        if self.session is None:
            return None
        if target is None:
            suggestion = str(Path(self.session.project.path).with_suffix(".qdpx"))
            file_filter = f"{tr(QDPX_SAVE)};;{tr(QDPX_SAVE_CRLF)}"
            answer = ask_save_target(
                self.window.window(), tr("Export REFI-QDA Project"), file_filter, suggestion
            )
            if answer is None:
                return None
            target, chosen = answer
            crlf = chosen == tr(QDPX_SAVE_CRLF)  # both filters write .qdpx; this one CRLF
        path = self.session.project.path

        def work(project: Project, progress: Progress, cancelled: Cancelled) -> ExchangeReport:
            from qdadesk.core.exchange.export_project import export_qdpx

            return export_qdpx(project, target, crlf=crlf, progress=progress)

        return self._run(
            on_own_connection(path, work), tr("Exporting REFI-QDA project…"), self._show_if_any
        )

    def export_codebook(self, target: str | None = None) -> ExchangeJob | None:
        if self.session is None:
            return None
        if target is None:
            suggestion = str(Path(self.session.project.path).with_suffix(".qdc"))
            target = ask_save_path(
                self.window.window(), tr("Export Codebook"), tr("Codebook (*.qdc)"), suggestion
            )
            if not target:
                return None
        path = self.session.project.path

        def work(project: Project, progress: Progress, cancelled: Cancelled) -> ExchangeReport:
            from qdadesk.core.exchange.codebook import export_codebook

            return export_codebook(project, target)

        return self._run(
            on_own_connection(path, work), tr("Exporting codebook…"), self._show_if_any
        )

    def import_codebook(self, source: str | None = None) -> ExchangeJob | None:
        """Merge a codebook into the open project as one undoable step."""
        session = self.session
        if session is None:
            return None
        if source is None:
            source, _ = QFileDialog.getOpenFileName(
                self.window.window(), tr("Import Codebook"), str(Path.home()), tr(CODEBOOK_FILTER)
            )
            if not source:
                return None
        path = session.project.path
        user = session.project.user_name

        def work(project: Project, progress: Progress, cancelled: Cancelled) -> Operation:
            from qdadesk.core.exchange.codebook import import_codebook

            return import_codebook(project, source)

        def done(operation: Operation | None) -> None:
            if operation is None or self.session is not session:
                return
            # Written by the worker's connection; the window's undo stack now owns it.
            session.adopt(operation)
            self.show_report(operation.result)

        return self._run(on_own_connection(path, work, user), tr("Importing codebook…"), done)

    # -- helpers ---------------------------------------------------------------------------
    def _run(self, work: Work, title: str, done: Callable[[Any], None]) -> ExchangeJob:
        """Run ``work`` in the background; ``done(result)`` hears its result (None: it
        failed, with the error shown, or was cancelled)."""
        show = self.window.show_dialogs
        job = ExchangeJob(work, title, self.window.window(), show_progress=show)

        def finished(result: object) -> None:
            if result is None and job.error:
                self._error(job.error)
            done(result)

        job.finished.connect(finished)
        self.last_job = job
        job.start()
        return job

    def _show_if_any(self, report: ExchangeReport | None) -> None:
        if report is not None:
            self.show_report(report)

    def show_report(self, report: ExchangeReport) -> ExchangeReportDialog:
        dialog = ExchangeReportDialog(report, self.window.window())
        self.last_report_dialog = dialog
        dialog.show()
        return dialog

    def _error(self, message: str) -> None:
        self.window.show_error(message)


def install(window: MainWindowApi) -> ExchangeActions:
    """Add the exchange actions to ``window``'s File menu."""
    return ExchangeActions(window)
