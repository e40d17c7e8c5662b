"""Teamwork in the window: File → Merge Project…, "Export for a Team Member…" on the
Document System's selection, and Reports → Audit Trail…. ``install(window)`` is called by
``MainWindow._install_parts``.

The merge runs off the GUI thread on its own connection; the window's undo stack then owns
it (one step). The subset is written in the background the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog

from qdadesk.core.i18n import tr, tr_noop
from qdadesk.ui.actions_common import MenuActions, make_action
from qdadesk.ui.background import BackgroundJob, Cancelled, Progress, Work, on_own_connection
from qdadesk.ui.exchange.teamwork_dialogs import AuditTrailDialog, MergeReportDialog
from qdadesk.ui.save_dialog import ask_save_path

if TYPE_CHECKING:
    from qdadesk.core import Operation, Project
    from qdadesk.core.exchange.merge_report import MergeReport
    from qdadesk.core.exchange.subset import SubsetReport
    from qdadesk.ui.document_tree_model import Node
    from qdadesk.ui.window_api import MainWindowApi

MERGE_FILTER = tr_noop("QDA Desk or REFI-QDA project (*.qdadesk *.qdpx *.qde)")
SUBSET_FILTER = tr_noop("QDA Desk project (*.qdadesk);;REFI-QDA project (*.qdpx)")


class TeamworkActions(MenuActions):
    def __init__(self, window: MainWindowApi) -> None:
        super().__init__(window)
        self.last_job: BackgroundJob | None = None
        self.last_report_dialog: MergeReportDialog | None = None
        file_menu = window.menu("File")
        merge = make_action(window.window(), "actionMergeProject", tr("Merge Project…"), self.merge)
        close = next(
            (a for a in file_menu.actions() if a.objectName() == "actionCloseProject"), None
        )
        if close is not None:
            file_menu.insertAction(close, merge)
        else:
            file_menu.addAction(merge)
        self.actions[merge.objectName()] = merge
        reports = window.menu("Reports")
        self._add(reports, "actionAuditTrail", tr("Audit Trail…"), self.audit_trail)
        window.document_system.add_selection_action(
            tr("Export for a Team Member…"), self.export_for_team_member
        )
        self._follow_session()

    # -- merge -----------------------------------------------------------------------------
    def merge(self, source: str | None = None) -> BackgroundJob | None:
        """Ask for the other project, merge it in the background, show the report."""
        session = self.session
        if session is None:
            return None
        if source is None:
            source, _ = QFileDialog.getOpenFileName(
                self.window.window(),
                tr("Merge Project"),
                str(Path(session.project.path).parent),
                tr(MERGE_FILTER),
            )
            if not source:
                return None
        path = session.project.path
        user = session.project.user_name

        def work(project: Project, progress: Progress, cancelled: Cancelled) -> Operation:
            from qdadesk.core.exchange.merge import merge_project

            return merge_project(project, source)

        def done(operation: Operation | None) -> None:
            if operation is None or self.session is not session:
                return
            session.adopt(operation)  # one step on the window's undo stack
            self.show_report(operation.result)

        return self._run(on_own_connection(path, work, user), tr("Merging project…"), done)

    def show_report(self, report: MergeReport) -> MergeReportDialog:
        dialog = MergeReportDialog(report, self.window.window())
        self.last_report_dialog = dialog
        dialog.show()
        return dialog

    # -- a part of the project for a team member -------------------------------------------
    def export_for_team_member(
        self, nodes: list[Node], target: str | None = None
    ) -> BackgroundJob | None:
        session = self.session
        if session is None:
            return None
        project = session.project
        ids: list[int] = []
        for node in nodes:
            if node.id is None:
                continue  # a root ("Documents", "Sets"): only documents and groups count
            if node.kind == "document":
                ids.append(node.id)
            elif node.kind == "group":
                ids.extend(project.documents_in_group(node.id))
        if not ids:
            return None
        if target is None:
            suggestion = str(Path(project.path).with_name(f"{Path(project.path).stem}-part"))
            target = ask_save_path(
                self.window.window(), tr("Export for a Team Member"), tr(SUBSET_FILTER), suggestion
            )
            if not target:
                return None
        user = project.user_name

        def work(own: Project, progress: Progress, cancelled: Cancelled) -> SubsetReport:
            from qdadesk.core.exchange.subset import export_subset

            return export_subset(own, target, ids)

        def done(report: SubsetReport | None) -> None:
            if report is not None:
                self.window.statusBar().showMessage(report.as_text(), 15000)

        return self._run(
            on_own_connection(project.path, work, user), tr("Exporting for a team member…"), done
        )

    # -- audit trail -----------------------------------------------------------------------
    def audit_trail(self) -> AuditTrailDialog | None:
        return self._show_as(
            "audit",
            AuditTrailDialog,
            lambda session: AuditTrailDialog(session, self.window.window()),
        )

    # -- helpers ---------------------------------------------------------------------------
    def _run(self, work: Work, title: str, done: Callable[[Any], None]) -> BackgroundJob:
        """Run ``work`` in the background; ``done(result)`` hears its result (None: it
        failed, with the error shown, or was cancelled)."""
        show = self.window.show_dialogs
        job = BackgroundJob(work, title, self.window.window(), show_progress=show)

        def finished(result: object) -> None:
            if result is None and job.error:
                self.window.show_error(job.error)
            done(result)

        job.finished.connect(finished)
        self.last_job = job
        job.start()
        return job


def install(window: MainWindowApi) -> TeamworkActions:
    return TeamworkActions(window)
