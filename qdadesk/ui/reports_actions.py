"""Reports → Codebook… and Reports → Project Report…: a save dialog with one filter per
format; the typed extension decides the format, else the chosen filter (whose extension is
then added). The file is written in the background on a connection of its own, with a
progress dialog; Cancel leaves no file. ``install(window)`` is called by
``MainWindow._install_parts``."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox

from qdadesk.core.errors import ImportCancelled
from qdadesk.core.i18n import tr, tr_noop
from qdadesk.ui.actions_common import MenuActions
from qdadesk.ui.background import BackgroundJob, Progress, on_own_connection

if TYPE_CHECKING:
    from qdadesk.core import Project
    from qdadesk.ui.window_api import MainWindowApi

FILTERS = {
    "docx": tr_noop("Word (*.docx)"),
    "xlsx": tr_noop("Excel (*.xlsx)"),
    "html": tr_noop("Web page (*.html)"),
}


def format_for(path: str, selected_filter: str, formats: tuple[str, ...]) -> tuple[str, str]:
    """(path with its extension, format): the typed extension wins when it is one of
    ``formats``; otherwise the selected filter's format, its extension added."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix == "htm" and "html" in formats:
        return path, "html"
    if suffix in formats:
        return path, suffix
    chosen = next((f for f in formats if tr(FILTERS[f]) == selected_filter), formats[0])
    return f"{path}.{chosen}", chosen


class ReportActions(MenuActions):
    def __init__(self, window: MainWindowApi) -> None:
        super().__init__(window)
        self.last_job: BackgroundJob | None = None
        menu = window.menu("Reports")
        if menu.actions():
            menu.addSeparator()
        self._add(menu, "actionCodebookReport", tr("Codebook…"), self.codebook)
        self._add(menu, "actionProjectReport", tr("Project Report…"), self.project_report)
        self._follow_session()

    def _ask(
        self, folder: Path, title: str, name: str, formats: tuple[str, ...]
    ) -> tuple[str, str] | None:
        filters = ";;".join(tr(FILTERS[f]) for f in formats)
        path, selected = QFileDialog.getSaveFileName(
            self.window.window(), title, str(folder / f"{name}.{formats[0]}"), filters
        )
        if not path:
            return None
        return format_for(path, selected, formats)

    def _write(
        self, project_path: Path, title: str, path: str, write: Callable[[Project, Path], None]
    ) -> BackgroundJob:
        """Run ``write(project, file)`` in the background, on its own connection to the
        project at ``project_path``; the file appears under ``path`` only when the job was
        not cancelled."""
        target = Path(path)

        def work(project: Project, _progress: Progress, cancelled: Callable[[], bool]) -> str:
            partial = target.with_name(f".{target.name}.partial")
            write(project, partial)
            if cancelled():
                with contextlib.suppress(OSError):
                    partial.unlink()
                raise ImportCancelled(tr("Cancelled"))
            os.replace(partial, target)
            return str(target)

        job = BackgroundJob(
            on_own_connection(project_path, work),
            title,
            self.window.window(),
            label=tr("Writing {file}…").format(file=target.name),
        )
        job.finished.connect(lambda _result: self._done(job, title))
        self.last_job = job
        job.start()
        return job

    def _done(self, job: BackgroundJob, title: str) -> None:
        if job.error:
            QMessageBox.warning(self.window.window(), title, job.error)
        elif job.result:
            message = tr("Written: {file}").format(file=job.result)
            self.window.statusBar().showMessage(message, 8000)

    def codebook(self, path: str | None = None, fmt: str | None = None) -> str | None:
        """Start writing the codebook (asks where unless ``path`` is given); returns the
        file it goes to (the job is ``last_job``)."""
        if self.session is None:
            return None
        project_path = self.session.project.path
        from qdadesk.core.exporters.codebook_report import (
            write_codebook_docx,
            write_codebook_xlsx,
        )

        title = tr("Codebook")
        if path is None:
            folder, stem = project_path.parent, project_path.stem
            name = tr("{project} codebook").format(project=stem)
            answer = self._ask(folder, title, name, FORMATS_CB)
            if answer is None:
                return None
            path, fmt = answer
        else:
            path, fmt = format_for(path, tr(FILTERS[fmt or "docx"]), FORMATS_CB)
        writer = write_codebook_docx if fmt == "docx" else write_codebook_xlsx
        self._write(project_path, title, path, writer)
        return path

    def project_report(self, path: str | None = None, fmt: str | None = None) -> str | None:
        """Start writing the project report (asks where unless ``path`` is given); returns the
        file it goes to (the job is ``last_job``)."""
        if self.session is None:
            return None
        project_path = self.session.project.path
        from qdadesk.core.exporters.project_report import write_project_report

        title = tr("Project Report")
        if path is None:
            folder, stem = project_path.parent, project_path.stem
            name = tr("{project} report").format(project=stem)
            answer = self._ask(folder, title, name, FORMATS_REPORT)
            if answer is None:
                return None
            path, fmt = answer
        else:
            path, fmt = format_for(path, tr(FILTERS[fmt or "docx"]), FORMATS_REPORT)
        chosen = fmt
        self._write(
            project_path,
            title,
            path,
            lambda project, file: write_project_report(project, file, chosen),
        )
        return path


FORMATS_CB = ("docx", "xlsx")
FORMATS_REPORT = ("docx", "html", "xlsx")


def install(window: MainWindowApi) -> ReportActions:
    return ReportActions(window)
