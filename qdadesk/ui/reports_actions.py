"""Reports → Codebook… and Reports → Project Report…: a save dialog with one filter per
format; the typed extension decides the format, else the chosen filter (whose extension is
then added). ``install(window)`` is called by ``qdadesk.ui.extensions.install_all``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import tr
from qdadesk.ui.actions_common import MenuActions

FILTERS = {
    "docx": "Word (*.docx)",
    "xlsx": "Excel (*.xlsx)",
    "html": "Web page (*.html)",
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
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        menu = window.menu("Reports")
        if menu.actions():
            menu.addSeparator()
        self._add(menu, "actionCodebookReport", tr("Codebook…"), self.codebook)
        self._add(menu, "actionProjectReport", tr("Project Report…"), self.project_report)
        self._follow_session()

    def _ask(self, title: str, name: str, formats: tuple[str, ...]) -> tuple[str, str] | None:
        folder = Path(self.session.project.path).parent
        filters = ";;".join(tr(FILTERS[f]) for f in formats)
        path, selected = QFileDialog.getSaveFileName(
            self.window, title, str(folder / f"{name}.{formats[0]}"), filters
        )
        if not path:
            return None
        return format_for(path, selected, formats)

    def _write(self, title: str, write: Any) -> bool:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write()
        except QdaError as error:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self.window, title, str(error))
            return False
        QApplication.restoreOverrideCursor()
        return True

    def codebook(self, path: str | None = None, fmt: str | None = None) -> str | None:
        """Write the codebook (asks where unless ``path`` is given); returns the file."""
        if self.session is None:
            return None
        from qdadesk.core.exporters.codebook_report import (
            write_codebook_docx,
            write_codebook_xlsx,
        )

        title = tr("Codebook")
        if path is None:
            stem = Path(self.session.project.path).stem
            answer = self._ask(title, tr("{project} codebook").format(project=stem), FORMATS_CB)
            if answer is None:
                return None
            path, fmt = answer
        else:
            path, fmt = format_for(path, tr(FILTERS[fmt or "docx"]), FORMATS_CB)
        writer = write_codebook_docx if fmt == "docx" else write_codebook_xlsx
        project = self.session.project
        return path if self._write(title, lambda: writer(project, path)) else None

    def project_report(self, path: str | None = None, fmt: str | None = None) -> str | None:
        """Write the project report (asks where unless ``path`` is given); returns the file."""
        if self.session is None:
            return None
        from qdadesk.core.exporters.project_report import write_project_report

        title = tr("Project Report")
        if path is None:
            stem = Path(self.session.project.path).stem
            answer = self._ask(title, tr("{project} report").format(project=stem), FORMATS_REPORT)
            if answer is None:
                return None
            path, fmt = answer
        else:
            path, fmt = format_for(path, tr(FILTERS[fmt or "docx"]), FORMATS_REPORT)
        project = self.session.project
        chosen = fmt
        ok = self._write(title, lambda: write_project_report(project, path, chosen))
        return path if ok else None


FORMATS_CB = ("docx", "xlsx")
FORMATS_REPORT = ("docx", "html", "xlsx")


def install(window: Any) -> ReportActions:
    actions = ReportActions(window)
    window._report_actions = actions  # lives as long as the window
    return actions
