"""Categorize Paraphrases and the Paraphrases Matrix (MAXQDA 2018's paraphrase tools).

Categorizing codes the paraphrased passages with a category code (a new one is created),
one undoable step; the matrix puts documents or groups side by side with their paraphrases.
A double-click on a paraphrase shows its passage in the Document Browser.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
)

from qdadesk.core.i18n import tr
from qdadesk.ui.displays.common import DisplayWindow
from qdadesk.ui.window_api import MainWindowApi

if TYPE_CHECKING:
    from qdadesk.core import Operation
    from qdadesk.core.analysis.paraphrases import ParaphraseEntry, ParaphraseMatrix
    from qdadesk.ui.session import ProjectSession

ID_ROLE = Qt.ItemDataRole.UserRole


def _jump(main_window: MainWindowApi | None, entry: ParaphraseEntry) -> None:
    if main_window is not None:
        main_window.select_range(entry.document_id, entry.start, entry.end)


def _tooltip(entry: ParaphraseEntry) -> str:
    passage = " ".join(entry.passage.split())
    return "<p>" + html.escape(f"\u201c{passage}\u201d ({entry.source})") + "</p>"


class CategorizeParaphrasesWindow(DisplayWindow):
    """Every paraphrase (document, passage, paraphrase, categories); selected ones are coded
    with the chosen category code or a new one."""

    TITLE = tr("Categorize Paraphrases")
    COLUMNS = (
        tr("Document"),
        tr("¶"),
        tr("Passage"),
        tr("Paraphrase"),
        tr("Codes of the passage"),
    )

    def __init__(self, session: ProjectSession, main_window: MainWindowApi | None = None) -> None:
        super().__init__(session, main_window, switches=False)
        self.setObjectName("categorizeParaphrasesWindow")
        self.entries: list[ParaphraseEntry] = []
        self.tools.addWidget(QLabel(tr("Category:")))
        self.category = QComboBox()
        self.category.setObjectName("categoryCode")
        self.category.setMinimumWidth(220)
        self.tools.addWidget(self.category)
        self.new_category = QLineEdit()
        self.new_category.setObjectName("newCategory")
        self.new_category.setPlaceholderText(tr("or a new category code"))
        self.new_category.returnPressed.connect(self.categorize)
        self.tools.addWidget(self.new_category)
        self.categorize_button = self.add_button(
            tr("Code Selected Paraphrases"), "categorizeButton", self.categorize
        )
        self.finish_tools()
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("paraphraseTable")
        self.table.setHorizontalHeaderLabels(list(self.COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((170, 40, 300, 240)):
            self.table.setColumnWidth(column, width)
        self.table.cellDoubleClicked.connect(lambda row, _c: _jump(main_window, self.entries[row]))
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        from qdadesk.core.analysis.paraphrases import paraphrase_entries

        project = self.project
        paths = project.code_paths()
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(tr("— choose a code —"), None)
        for code in sorted(project.codes(), key=lambda c: paths[c.id].casefold()):
            if code.codable:
                self.category.addItem(paths[code.id], code.id)
        index = self.category.findData(current) if current is not None else 0
        self.category.setCurrentIndex(max(index, 0))
        self.category.blockSignals(False)
        categories = project.paraphrase_categories()
        self.entries = paraphrase_entries(project)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            names = "; ".join(paths[c] for c in categories.get(entry.paraphrase_id, []))
            values = (entry.document, str(entry.paragraph), entry.passage, entry.text, names)
            for column, value in enumerate(values):
                item = QTableWidgetItem(" ".join(value.split()))
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                item.setData(ID_ROLE, entry.paraphrase_id)
                item.setToolTip(_tooltip(entry))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        done = sum(1 for e in self.entries if categories.get(e.paraphrase_id))
        self.status.setText(
            tr("{n} paraphrases, {done} categorized").format(n=len(self.entries), done=done)
        )

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.entries[row].paraphrase_id for row in rows]

    def categorize(self) -> Operation | None:
        """Code the selected paraphrases' passages with the category (one undoable step)."""
        ids = self.selected_ids()
        if not ids:
            self.status.setText(tr("Select the paraphrases to categorize first."))
            return None
        project = self.project
        name = self.new_category.text().strip()
        code_id = self.category.currentData()
        if name:
            call = lambda: project.categorize_paraphrases(ids, new_code=name)  # noqa: E731
        elif code_id is not None:
            call = lambda: project.categorize_paraphrases(ids, code_id=code_id)  # noqa: E731
        else:
            self.status.setText(tr("Choose a category code or type a new one."))
            return None
        operation: Operation | None = self.session.perform(call)
        if operation is not None:
            self.new_category.clear()
        return operation


class ParaphrasesMatrixWindow(DisplayWindow):
    """Documents or document groups as columns, their paraphrases below in text order."""

    TITLE = tr("Paraphrases Matrix")

    def __init__(self, session: ProjectSession, main_window: MainWindowApi | None = None) -> None:
        super().__init__(session, main_window)
        self.setObjectName("paraphrasesMatrixWindow")
        self.only_codes.hide()
        self.matrix: ParaphraseMatrix | None = None  # made by refresh(), below
        self.columns = self.add_combo(
            tr("Columns:"),
            [(tr("Documents"), "documents"), (tr("Document groups"), "groups")],
            "matrixColumns",
        )
        self.export_button = self.add_button(
            tr("Export…"), "exportParaphrasesMatrix", self.export_dialog
        )
        self.finish_tools()
        self.table = QTableWidget(0, 0)
        self.table.setObjectName("paraphraseMatrix")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setDefaultSectionSize(220)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.cellDoubleClicked.connect(self._double_clicked)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        from qdadesk.core.analysis.paraphrases import paraphrase_matrix

        columns = self.columns.currentData()
        self.matrix = matrix = paraphrase_matrix(self.project, columns, self.activation())
        with_document = columns != "documents"
        self.table.clear()
        self.table.setColumnCount(len(matrix.labels))
        self.table.setRowCount(matrix.depth())
        self.table.setHorizontalHeaderLabels(matrix.labels)
        for column, (label, cell) in enumerate(zip(matrix.labels, matrix.cells, strict=True)):
            header = self.table.horizontalHeaderItem(column)
            assert header is not None  # setHorizontalHeaderLabels made one per column
            header.setToolTip(html.escape(label))
            for row, entry in enumerate(cell):
                text = " ".join(entry.text.split())
                where = entry.source if with_document else tr("¶ {n}").format(n=entry.paragraph)
                item = QTableWidgetItem(f"{text}\n({where})")
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                item.setToolTip(_tooltip(entry))
                self.table.setItem(row, column, item)
        mode = (
            QHeaderView.ResizeMode.Stretch
            if 0 < len(matrix.labels) <= 4
            else QHeaderView.ResizeMode.Interactive
        )
        self.table.horizontalHeader().setSectionResizeMode(mode)
        self.table.resizeRowsToContents()
        count = sum(len(c) for c in matrix.cells)
        self.status.setText(
            tr("{n} paraphrases in {c} columns").format(n=count, c=len(matrix.labels))
            if count
            else tr("No paraphrases yet: switch on Analysis → Paraphrase Mode to write some.")
        )

    def _double_clicked(self, row: int, column: int) -> None:
        cell = self.matrix.cells[column] if self.matrix else []
        if row < len(cell):
            _jump(self.main_window, cell[row])

    def export_dialog(self) -> None:
        from qdadesk.ui.reports_actions import FILTERS, format_for

        formats = ("xlsx", "docx")
        path, selected = QFileDialog.getSaveFileName(
            self, tr("Export Paraphrases Matrix"), "", ";;".join(tr(FILTERS[f]) for f in formats)
        )
        if path:
            self.export_to(*format_for(path, selected, formats))

    def export_to(self, path: str, fmt: str) -> bool:
        from qdadesk.core.exporters.report_output import write_via_temp

        assert self.matrix is not None  # refresh() made it when the window opened
        frame = self.matrix.as_frame()
        frame.insert(0, "#", list(range(1, len(frame) + 1)))
        title = self.TITLE
        if fmt == "docx":
            from qdadesk.core.exporters.tables_docx import write_frame_docx

            return self.run_export(
                lambda p: write_via_temp(p, lambda t: write_frame_docx(frame, t, title)), path
            )
        from qdadesk.core.exporters.tables_xlsx import write_frame_xlsx

        return self.run_export(
            lambda p: write_via_temp(p, lambda t: write_frame_xlsx(frame, t, title)), path
        )
