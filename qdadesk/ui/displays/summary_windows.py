"""Summary Grid (a cell's segments beside the researcher's summary of them, per document or
per case) and Summary Tables (documents or cases x chosen codes, summaries in cells;
optionally grouped by parent code as a conceptually clustered matrix)."""

from __future__ import annotations

import contextlib
import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QCloseEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from qdadesk.core.analysis.matrices import CodeTable
from qdadesk.core.analysis.quote_matrix import quotes_from_segments
from qdadesk.core.analysis.summaries import (
    ClusteredMatrix,
    RatedSummary,
    case_cell_segments,
    clustered_summary_table,
    grid_cell_segments,
    search_summaries,
    summary_for,
    summary_grid,
    summary_table,
)
from qdadesk.core.i18n import tr
from qdadesk.ui.autosave import when_left
from qdadesk.ui.displays.common import DisplayWindow
from qdadesk.ui.displays.grouped_header import (
    RICH_ROLE,
    GroupedHeader,
    RichTextDelegate,
    rated_html,
)
from qdadesk.ui.displays.heatmap import HeatmapDelegate, MatrixModel, matrix_from_frame
from qdadesk.ui.displays.matrix_windows import fit_columns
from qdadesk.ui.displays.readable import ReadableHeader, cap_row_heights
from qdadesk.ui.plain_text import shown_as_typed
from qdadesk.ui.session import ProjectSession
from qdadesk.ui.window_api import MainWindowApi

if TYPE_CHECKING:
    import pandas as pd

    from qdadesk.core.project import Project


def quotes_html(project: Project, frame: pd.DataFrame) -> str:
    """Segments as readable HTML: the quote (a region: its picture, then its text or
    label), then its source in grey."""
    import base64

    from qdadesk.render.page_images import region_pictures

    pictures = region_pictures(project, 160)
    parts = []
    for quote in quotes_from_segments(project, frame):
        png = pictures(quote) if quote.box is not None else None
        if png:
            parts.append(
                f"<p><img src='data:image/png;base64,{base64.b64encode(png).decode()}'></p>"
            )
        parts.append(
            f"<p style='margin:0 0 2px 0'>{html.escape(quote.text)}</p>"
            f"<p style='margin:0 0 10px 0; color:#666; font-size:small'>"
            f"{html.escape(quote.source)} · {html.escape(quote.code)}"
            f"{f' ({quote.weight})' if quote.weight else ''}</p>"
        )
    return "".join(parts) or f"<p style='color:#888'>{tr('No coded segments here')}</p>"


class SummaryGridWindow(DisplayWindow):
    """Codes x documents (or x cases); pick a cell to read its segments and write their
    summary."""

    TITLE = tr("Summary Grid")

    def __init__(self, session: ProjectSession, main_window: MainWindowApi | None = None) -> None:
        super().__init__(session, main_window)
        per = [(tr("Document"), "documents"), (tr("Case"), "cases")]
        self.owners = self.add_combo(tr("Summarise per"), per, "gridOwners")
        self.owners.currentIndexChanged.connect(self._clear_cell)
        session.aboutToClose.connect(self.commit_summary)
        self.search = QLineEdit()
        self.search.setObjectName("summarySearch")
        self.search.setPlaceholderText(tr("Search summaries…"))
        self.search.textChanged.connect(self._search)
        self.tools.addWidget(self.search)
        self.finish_tools()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.view = QTableView()
        self.view.setObjectName("summaryGridView")
        self.view.setHorizontalHeader(ReadableHeader(self.view))  # long names: two lines, "…"
        self.model = MatrixModel(parent=self.view)
        self.delegate = HeatmapDelegate(self.view)
        self.view.setModel(self.model)
        self.view.setItemDelegate(self.delegate)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(34)
        self.view.horizontalHeader().setDefaultSectionSize(64)
        self.view.clicked.connect(self._on_click)
        self.view.doubleClicked.connect(self._on_double_click)
        splitter.addWidget(self.view)
        side = QWidget()
        column = QVBoxLayout(side)
        self.cell_title = QLabel(tr("Click a cell to summarise its segments"))
        self.cell_title.setTextFormat(Qt.TextFormat.PlainText)  # a code and a document
        self.cell_title.setObjectName("summaryCellTitle")
        self.cell_title.setWordWrap(True)
        self.cell_title.setStyleSheet("font-weight: bold")
        self.segments = QTextBrowser()
        self.segments.setObjectName("summarySegments")
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("summaryEditor")
        self.editor.setPlaceholderText(tr("Your summary of these segments…"))
        self.rating = QLineEdit()
        self.rating.setObjectName("summaryRating")
        self.rating.setPlaceholderText(tr("Rating (e.g. 1-5, high, adequate)"))
        # No Save button: the summary is written when the user leaves it (MAXQDA keeps
        # what was typed too); each change is one undoable step.
        self.saved_hint = QLabel(tr("Saved when you leave the summary or choose another cell"))
        self.saved_hint.setObjectName("summarySavedHint")
        self.saved_hint.setStyleSheet("color: #777")
        when_left(self.editor, self._left_summary)
        when_left(self.rating, self._left_summary)
        self.results = QListWidget()
        self.results.setObjectName("summarySearchResults")
        self.results.itemActivated.connect(self._open_result)
        self.results.hide()
        for widget in (
            self.cell_title,
            self.segments,
            QLabel(tr("Summary")),
            self.editor,
            self.rating,
            self.saved_hint,
            self.results,
        ):
            column.addWidget(widget)
        column.setStretch(1, 3)
        column.setStretch(3, 2)
        splitter.addWidget(side)
        splitter.setSizes([560, 440])
        self.layout_.addWidget(splitter, 1)
        self.layout_.addWidget(self.status)
        self.cell: tuple[int, int] | None = None
        self.cell_kind = "documents"
        self._loaded: tuple[str, str | None] = ("", None)  # the open cell's stored summary
        self.table: CodeTable | None = None
        self.refresh()

    def owner_kind(self) -> str:
        """``documents`` or ``cases``: what the grid's columns are."""
        return self.owners.currentData() or "documents"

    def refresh(self) -> None:
        owners = self.owner_kind()
        table, summarised = summary_grid(self.project, self.activation(), owners)
        self.table = table
        codes = table.codes
        keys = [c.key for c in table.columns]
        marked = {
            (row, column)
            for row, code_id in enumerate(codes.index)
            for column, owner_id in enumerate(keys)
            if (code_id, owner_id) in summarised
        }
        data = matrix_from_frame(
            table.values,
            list(codes["name"]),
            list(codes["depth"]),
            list(codes["color"]),
            row_tooltips=list(codes["path"]),
            marked=marked,
            label_header=tr("Code System"),
        )
        self.model.set_matrix(data)
        fit_columns(self.view)
        self._reload_untouched_cell()
        if owners == "cases" and not keys:
            self.status.setText(tr("No cases yet: make cases with Variables > Cases… first"))
            return
        self.status.setText(tr("{n} summaries (orange corner)").format(n=len(summarised)))

    def _clear_cell(self) -> None:
        self.commit_summary()
        self.cell = None
        self._loaded = ("", None)
        self.cell_title.setText(tr("Click a cell to summarise its segments"))
        self.segments.clear()
        self.editor.clear()
        self.rating.clear()

    def _cell_at(self, index: QModelIndex) -> tuple[int, int] | None:
        if index.column() == 0 or self.table is None:
            return None
        code_id = int(self.table.codes.index[index.row()])
        return code_id, int(self.table.columns[index.column() - 1].key)

    def _on_click(self, index: QModelIndex) -> None:
        cell = self._cell_at(index)
        if cell is not None:
            self.open_cell(*cell)

    def _on_double_click(self, index: QModelIndex) -> None:
        cell = self._cell_at(index)
        if cell is not None:
            self.show_segments(self._segments(self.owner_kind(), *cell), self.cell_title.text())

    def _segments(self, kind: str, code_id: int, owner_id: int) -> pd.DataFrame:
        if kind == "cases":
            return case_cell_segments(self.project, self.activation(), code_id, owner_id)
        return grid_cell_segments(self.project, self.activation(), code_id, owner_id)

    def open_cell(self, code_id: int, owner_id: int, kind: str | None = None) -> None:
        """Show a cell's segments and load its summary into the editor. ``kind``:
        ``documents`` or ``cases`` (default: what the grid shows; another kind switches
        the grid)."""
        self.commit_summary()  # the summary being written is kept before another opens
        kind = kind or self.owner_kind()
        if kind != self.owner_kind():
            self.owners.setCurrentIndex(self.owners.findData(kind))
        self.cell, self.cell_kind = (code_id, owner_id), kind
        path = self.project.code_path(code_id)
        if kind == "cases":
            name = next((c.name for c in self.project.cases() if c.id == owner_id), "")
            title = tr("{code} — case {case}").format(code=path, case=name)
            summary = summary_for(self.project, code_id, case_id=owner_id)
        else:
            name = self.project.document(owner_id).name
            title = f"{path} — {name}"
            summary = summary_for(self.project, code_id, document_id=owner_id)
        self.cell_title.setText(title)
        frame = self._segments(kind, code_id, owner_id)
        self.segments.setHtml(quotes_html(self.project, frame))
        self.editor.setPlainText(summary.text if summary else "")
        self.rating.setText(summary.rating or "" if summary else "")
        self._loaded = self._typed()

    def _typed(self) -> tuple[str, str | None]:
        return self.editor.toPlainText(), self.rating.text().strip() or None

    def _stored(self) -> tuple[str, str | None]:
        if self.cell is None:
            return "", None
        code_id, owner_id = self.cell
        key = "case_id" if self.cell_kind == "cases" else "document_id"
        summary = summary_for(self.project, code_id, **{key: owner_id})
        return (summary.text, summary.rating or None) if summary else ("", None)

    def _reload_untouched_cell(self) -> None:
        """After an undo (or another program's write) show the cell's stored summary,
        unless the user has typed something not yet written."""
        if self.cell is not None and self._typed() == self._loaded:
            stored = self._stored()
            if stored != self._loaded:
                self.editor.setPlainText(stored[0])
                self.rating.setText(stored[1] or "")
                self._loaded = stored

    def _left_summary(self) -> None:
        # Text and rating are one summary: moving between them is not leaving it.
        if QApplication.focusWidget() not in (self.editor, self.rating):
            self.commit_summary()

    def commit_summary(self) -> bool:
        """Write what the user typed as the open cell's summary: one undoable step, none
        when nothing changed. Returns whether something was written."""
        if self.cell is None or self.session.closed or self._typed() == self._loaded:
            return False
        code_id, owner_id = self.cell
        owner = {"case_id" if self.cell_kind == "cases" else "document_id": owner_id}
        text, rating = self._typed()
        operation = self.session.perform(
            lambda: self.project.set_summary(code_id, text, rating=rating, **owner),
            on_error=self.status.setText,
        )
        if operation is None:
            return False
        self._loaded = (text, rating)
        return True

    def save_summary(self) -> None:
        """Write the summary now (what leaving the editor does)."""
        self.commit_summary()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.commit_summary()
        with contextlib.suppress(RuntimeError, TypeError):
            self.session.aboutToClose.disconnect(self.commit_summary)
        super().closeEvent(event)

    def _search(self, text: str) -> None:
        self.results.clear()
        if not text.strip():
            self.results.hide()
            return
        found = search_summaries(self.project, text)
        for row in found.itertuples(index=False):
            owner = row.document or row.case
            item = QListWidgetItem(f"{row.code} — {owner}: {row.text}")
            item.setData(Qt.ItemDataRole.UserRole, (row.code_id, row.document_id, row.case_id))
            self.results.addItem(item)
        self.results.show()

    def _open_result(self, item: QListWidgetItem) -> None:
        code_id, document_id, case_id = item.data(Qt.ItemDataRole.UserRole)
        # Missing ids come back from pandas as NaN (which is not equal to itself).
        if document_id is not None and document_id == document_id:
            self.open_cell(int(code_id), int(document_id), "documents")
        elif case_id is not None and case_id == case_id:
            self.open_cell(int(code_id), int(case_id), "cases")


class SummaryTablesWindow(DisplayWindow):
    """Documents or cases in rows, chosen codes in columns, summaries in cells."""

    TITLE = tr("Summary Tables")

    def __init__(self, session: ProjectSession, main_window: MainWindowApi | None = None) -> None:
        super().__init__(session, main_window)
        self.rows = self.add_combo(
            tr("Rows"), [(tr("Documents"), "documents"), (tr("Cases"), "cases")], "summaryRows"
        )
        self.ratings = self.add_check(tr("Show ratings"), "summaryRatings")
        self.grouped = self.add_check(tr("Group columns by parent code"), "summaryGroupColumns")
        self.grouped.setToolTip(
            tr(
                "Conceptually clustered matrix (Miles & Huberman): subcodes under their parent "
                "code, each summary led by its rating as the evaluative word"
            )
        )
        self.grouped.toggled.connect(self._on_grouped)
        self.add_button(tr("Export…"), "exportSummaryTable", self.export_dialog)
        self.finish_tools()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        pickers = QWidget()
        column = QVBoxLayout(pickers)
        column.setContentsMargins(0, 0, 0, 0)
        self.codes = QListWidget()
        self.codes.setObjectName("summaryCodes")
        self.variables = QListWidget()
        self.variables.setObjectName("summaryVariables")
        column.addWidget(QLabel(tr("Codes (columns)")))
        column.addWidget(self.codes, 3)
        column.addWidget(QLabel(tr("Variables (extra columns)")))
        column.addWidget(self.variables, 1)
        self._fill_pickers()
        self.codes.itemChanged.connect(self.schedule_refresh)
        self.variables.itemChanged.connect(self.schedule_refresh)
        self.view = QTableView()
        self.view.setObjectName("summaryTableView")
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        self.header = GroupedHeader(self.view)
        self.view.setHorizontalHeader(self.header)
        self.view.setItemDelegate(RichTextDelegate(self.view))
        self.model = QStandardItemModel(self.view)
        self.view.setModel(self.model)
        splitter.addWidget(pickers)
        splitter.addWidget(self.view)
        splitter.setSizes([240, 760])
        self.layout_.addWidget(splitter, 1)
        self.layout_.addWidget(self.status)
        self.frame: pd.DataFrame | None = None  # the table as text (what Excel gets)
        self.clustered: ClusteredMatrix | None = None  # when grouped by parent code
        self.refresh()

    def _on_grouped(self, checked: bool) -> None:
        # The evaluative word is what a clustered matrix is read by: show it by default.
        if checked and not self.ratings.isChecked():
            self.ratings.setChecked(True)

    def _fill_pickers(self) -> None:
        summarised = {s.code_id for s in self.project.summaries()}
        paths = self.project.code_paths()
        for code in self.project.codes():
            item = QListWidgetItem(paths[code.id])
            item.setData(Qt.ItemDataRole.UserRole, code.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if code.id in summarised else Qt.CheckState.Unchecked
            )
            self.codes.addItem(item)
        for variable in self.project.variables("document"):
            item = QListWidgetItem(variable.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.variables.addItem(item)

    def set_choice(self, code_ids: list[int], variables: list[str]) -> None:
        """Tick exactly these codes and variables."""
        for row in range(self.codes.count()):
            item = self.codes.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in code_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        for row in range(self.variables.count()):
            item = self.variables.item(row)
            checked = item.text() in variables
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _checked(self, widget: QListWidget, role: Qt.ItemDataRole) -> list[Any]:
        return [
            widget.item(r).data(role)
            for r in range(widget.count())
            if widget.item(r).checkState() == Qt.CheckState.Checked
        ]

    def refresh(self) -> None:
        rows = self.rows.currentData()
        variables = self._checked(self.variables, Qt.ItemDataRole.DisplayRole)
        if rows == "cases":
            known = {v.name for v in self.project.variables("case")}
            variables = [v for v in variables if v in known]
        code_ids = self._checked(self.codes, Qt.ItemDataRole.UserRole)
        if self.grouped.isChecked():
            clustered = clustered_summary_table(
                self.project, code_ids, rows, variables, self.activation(), self.ratings.isChecked()
            )
            frame = clustered.text_frame()
            labels = list(clustered.header_labels)
            cells = clustered.frame
        else:
            clustered = None
            frame = summary_table(
                self.project, code_ids, rows, variables, self.activation(), self.ratings.isChecked()
            )
            labels = [str(c) for c in frame.columns]
            labels[0] = tr("Case") if rows == "cases" else tr("Document")
            cells = frame
        self.frame, self.clustered = frame, clustered
        self.model.clear()
        self.model.setHorizontalHeaderLabels(labels)
        self.header.set_groups(clustered.header_groups if clustered else None)
        for record in cells.itertuples(index=False):
            items = []
            for number, value in enumerate(record):
                item = QStandardItem("" if value is None or value != value else str(value))
                if isinstance(value, RatedSummary):
                    item.setData(rated_html(value.rating, value.text), RICH_ROLE)
                    item.setToolTip(shown_as_typed(str(value)))
                item.setEditable(False)
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                if number == 0:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                items.append(item)
            self.model.appendRow(items)
        self._fit_columns(len(variables))
        cap_row_heights(self.view)
        self.status.setText(
            tr("{rows} rows × {codes} codes").format(
                rows=len(frame), codes=len(frame.columns) - 1 - len(variables)
            )
        )

    def _fit_columns(self, n_variables: int) -> None:
        """Row labels and variables as wide as their text; the summaries share the rest of
        the window (160-320 pixels each, scrolling beyond)."""
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns = self.model.columnCount()
        if not columns:
            return
        used = 0
        for column in range(1 + n_variables):
            self.view.resizeColumnToContents(column)
            # Variable values are short words; a long document name may wrap a little.
            header.resizeSection(column, min(320, max(80, header.sectionSize(column))))
            used += header.sectionSize(column)
        codes = columns - 1 - n_variables
        if codes:
            free = self.view.viewport().width() - used - 2
            width = max(160, min(320, free // codes))
            for column in range(1 + n_variables, columns):
                header.resizeSection(column, width)

    def export_dialog(self) -> None:
        path = self.ask_path(
            tr("Export summary table"), tr("Word (*.docx);;Excel (*.xlsx)"), ".docx"
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> bool:
        frame, clustered = self.frame, self.clustered
        if frame is None:
            return False
        if clustered is not None:
            from qdadesk.core.exporters.tables_docx import write_clustered_docx
            from qdadesk.core.exporters.tables_xlsx import write_clustered_xlsx

            title = tr("Conceptually clustered matrix")
            write = write_clustered_xlsx if path.lower().endswith(".xlsx") else write_clustered_docx
            return self.run_export(lambda p: write(clustered, p, title), path)
        if path.lower().endswith(".xlsx"):
            from qdadesk.core.exporters.tables_xlsx import write_frame_xlsx

            return self.run_export(lambda p: write_frame_xlsx(frame, p, self.TITLE), path)
        from qdadesk.core.exporters.tables_docx import write_summary_table_docx

        return self.run_export(lambda p: write_summary_table_docx(frame, p, self.TITLE), path)
