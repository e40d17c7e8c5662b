"""Code Matrix Browser, Code Relations Browser, Crosstab and Code Frequencies windows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QModelIndex, Qt
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QSpinBox, QSplitter, QTableView, QWidget

from qdadesk.core.analysis.matrices import (
    CodeTable,
    Crosstab,
    code_frequencies,
    code_matrix,
    crosstab,
)
from qdadesk.core.analysis.relations import code_relations, relation_cell_segments
from qdadesk.core.i18n import tr
from qdadesk.ui.displays.common import DisplayWindow, column_choices
from qdadesk.ui.displays.heatmap import (
    DISPLAY_MODES,
    HeatmapDelegate,
    MatrixData,
    MatrixModel,
    matrix_from_frame,
)
from qdadesk.ui.displays.readable import ReadableHeader
from qdadesk.ui.session import ProjectSession
from qdadesk.ui.window_api import MainWindowApi

if TYPE_CHECKING:
    import pandas as pd

VALUE_CHOICES = [
    (tr("Number of segments"), "count"),
    (tr("Presence (1/0)"), "presence"),
    (tr("Row percentage"), "row-percent"),
    (tr("Column percentage"), "column-percent"),
]
MODE_LABELS = {"squares": tr("Squares"), "heatmap": tr("Heat map"), "numbers": tr("Numbers")}


def _matrix_view(parent: QWidget, name: str) -> tuple[QTableView, MatrixModel, HeatmapDelegate]:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setHorizontalHeader(ReadableHeader(view))  # long names: two lines, then "…"
    model = MatrixModel(parent=view)
    delegate = HeatmapDelegate(view)
    view.setModel(model)
    view.setItemDelegate(delegate)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setDefaultSectionSize(64)
    view.verticalHeader().setDefaultSectionSize(34)
    view.setAlternatingRowColors(False)
    view.setShowGrid(True)
    view.setWordWrap(False)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
    return view, model, delegate


def fit_columns(view: QTableView, smallest: int = 60, largest: int = 170) -> None:
    """Columns as wide as their header and cells, within bounds (long names get "…")."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(1, header.count()):
        header.resizeSection(column, max(smallest, min(largest, header.sectionSize(column))))
    header.resizeSection(0, min(360, max(140, header.sectionSize(0) + 8)))


class _HeatmapWindow(DisplayWindow):
    """A window whose body is one heat-map table."""

    VIEW_NAME = "matrixView"

    def __init__(self, session: ProjectSession, main_window: MainWindowApi | None = None) -> None:
        super().__init__(session, main_window)
        self.view, self.model, self.delegate = _matrix_view(self, self.VIEW_NAME)
        self.view.doubleClicked.connect(self._on_double_click)
        self.layout_.addWidget(self.view, 1)
        self.layout_.addWidget(self.status)

    def add_mode_combo(self) -> None:
        self.mode = self.add_combo(
            tr("Show as"), [(MODE_LABELS[m], m) for m in DISPLAY_MODES], "displayMode"
        )

    def apply(self, data: MatrixData) -> None:
        self.delegate.mode = self.mode.currentData()
        self.model.set_matrix(data)
        fit_columns(self.view)
        self.view.viewport().update()

    def _on_double_click(self, index: QModelIndex) -> None:
        kind, _ = self.model.cell(index.row(), index.column())
        if kind in ("value", "diagonal"):
            self.open_cell(index.row(), index.column() - 1)

    def open_cell(self, row: int, column: int) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class CodeMatrixWindow(_HeatmapWindow):
    """Codes x documents, groups, sets or variable values, as in MAXQDA."""

    TITLE = tr("Code Matrix Browser")
    VIEW_NAME = "codeMatrixView"

    def __init__(self, session: ProjectSession, main_window: MainWindowApi | None = None) -> None:
        super().__init__(session, main_window)
        self.columns = self.add_combo(tr("Columns"), column_choices(self.project), "matrixColumns")
        self.value = self.add_combo(tr("Cells"), VALUE_CHOICES, "matrixValue")
        self.add_mode_combo()
        self.subcodes = self.add_check(tr("Include subcodes"), "includeSubcodes")
        self.totals = self.add_check(tr("Totals"), "showTotals")
        self.totals.setChecked(True)
        self.add_button(tr("Export…"), "exportMatrix", self.export_dialog)
        self.finish_tools()
        self.table: CodeTable | None = None
        self.refresh()

    def refresh(self) -> None:
        table = self.table = code_matrix(
            self.project,
            self.activation(),
            self.columns.currentData() or "documents",
            self.value.currentData(),
            self.subcodes.isChecked(),
        )
        codes = table.codes
        totals = self.totals.isChecked()
        data = matrix_from_frame(
            table.values,
            list(codes["name"]),
            list(codes["depth"]),
            list(codes["color"]),
            row_tooltips=list(codes["path"]),
            row_totals=[float(v) for v in table.row_totals] if totals else None,
            column_totals=[float(v) for v in table.column_totals] if totals else None,
            grand_total=float(table.grand_total) if totals else None,
            percent=table.value.endswith("percent"),
            label_header=tr("Code System"),
        )
        self.apply(data)
        self.status.setText(
            tr("{codes} codes × {columns} columns · {segments} segments").format(
                codes=len(codes),
                columns=len(table.columns),
                segments=int(table.values.to_numpy().sum()) if table.value == "count" else "…",
            )
        )

    def open_cell(self, row: int, column: int) -> None:
        from qdadesk.core.analysis.matrices import cell_segments

        table = self.table
        if table is None:
            return
        code_id = int(table.codes.index[row])
        label = table.columns[column].label
        frame = cell_segments(self.project, table, code_id, label)
        self.show_segments(frame, f"{table.codes.at[code_id, 'path']} × {label}")

    def export_dialog(self) -> None:
        path = self.ask_path(tr("Export code matrix"), tr("Excel (*.xlsx);;Word (*.docx)"), ".xlsx")
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> bool:
        if self.table is None:
            return False
        frame = self.table.labelled(totals=self.totals.isChecked())
        title = self.TITLE
        if path.lower().endswith(".docx"):
            from qdadesk.core.exporters.tables_docx import write_frame_docx

            return self.run_export(lambda p: write_frame_docx(frame.round(1), p, title), path)
        from qdadesk.core.exporters.tables_xlsx import write_frame_xlsx

        return self.run_export(lambda p: write_frame_xlsx(frame, p, title), path)


class CodeRelationsWindow(_HeatmapWindow):
    """Codes x codes: overlapping, nearby or same-paragraph segment pairs."""

    TITLE = tr("Code Relations Browser")
    VIEW_NAME = "codeRelationsView"

    def __init__(self, session: ProjectSession, main_window: MainWindowApi | None = None) -> None:
        super().__init__(session, main_window)
        self.mode_kind = self.add_combo(
            tr("Segments"),
            [
                (tr("overlap"), "overlap"),
                (tr("lie within"), "distance"),
                (tr("share a paragraph"), "paragraph"),
            ],
            "relationMode",
        )
        self.distance = QSpinBox()
        self.distance.setObjectName("relationDistance")
        self.distance.setRange(0, 100000)
        self.distance.setValue(50)
        self.distance.setSuffix(tr(" characters"))
        self.distance.valueChanged.connect(self.schedule_refresh)
        self.tools.addWidget(self.distance)
        self.add_mode_combo()
        self.add_button(tr("Export…"), "exportRelations", self.export_dialog)
        self.finish_tools()
        self.frame: pd.DataFrame | None = None  # codes x codes, the code paths in attrs
        self.refresh()

    def mode_text(self) -> str:
        kind = self.mode_kind.currentData()
        return f"distance:{self.distance.value()}" if kind == "distance" else kind

    def refresh(self) -> None:
        self.distance.setEnabled(self.mode_kind.currentData() == "distance")
        frame = self.frame = code_relations(self.project, self.activation(), self.mode_text())
        codes = self.project.codes()
        by_id = {c.id: c for c in codes}
        paths = frame.attrs.get("paths", {})
        data = matrix_from_frame(
            frame,
            [by_id[i].name for i in frame.index],
            [paths[i].count("\\") for i in frame.index],
            [by_id[i].color for i in frame.index],
            row_tooltips=[paths[i] for i in frame.index],
            diagonal=True,
            label_header=tr("Code System"),
        )
        data.column_labels = [by_id[i].name for i in frame.columns]
        self.apply(data)
        self.status.setText(tr("Diagonal (grey): the code's own number of segments."))

    def open_cell(self, row: int, column: int) -> None:
        if self.frame is None:
            return
        a, b = int(self.frame.index[row]), int(self.frame.columns[column])
        frame = relation_cell_segments(self.project, self.activation(), a, b, self.mode_text())
        paths = self.frame.attrs["paths"]
        self.show_segments(frame, f"{paths[a]} + {paths[b]}")

    def export_dialog(self) -> None:
        path = self.ask_path(tr("Export code relations"), tr("Excel (*.xlsx)"), ".xlsx")
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> bool:
        from qdadesk.core.analysis.relations import labelled_relations
        from qdadesk.core.exporters.tables_xlsx import write_frame_xlsx

        if self.frame is None:
            return False
        frame = labelled_relations(self.frame)
        return self.run_export(lambda p: write_frame_xlsx(frame, p, self.TITLE), path)


class CrosstabWindow(_HeatmapWindow):
    """Codes x the values of a document variable."""

    TITLE = tr("Crosstab")
    VIEW_NAME = "crosstabView"
    MEASURES = [
        (tr("Segments"), "segments"),
        (tr("Segments (% of column)"), "percent_segments"),
        (tr("Documents with the code"), "documents"),
        (tr("Documents (% of column)"), "percent_documents"),
    ]

    def __init__(self, session: ProjectSession, main_window: MainWindowApi | None = None) -> None:
        super().__init__(session, main_window)
        choices = [c for c in column_choices(self.project, sets=False) if c[1] != "documents"]
        self.columns = self.add_combo(tr("Columns"), choices, "crosstabColumns")
        self.measure = self.add_combo(tr("Cells"), self.MEASURES, "crosstabMeasure")
        self.add_mode_combo()
        self.subcodes = self.add_check(tr("Include subcodes"), "includeSubcodes")
        self.add_button(tr("Export…"), "exportCrosstab", self.export_dialog)
        self.finish_tools()
        self.result: Crosstab | None = None
        self.refresh()

    def refresh(self) -> None:
        spec = self.columns.currentData() or "groups"
        result = self.result = crosstab(
            self.project, "", self.activation(), self.subcodes.isChecked(), columns=spec
        )
        frame = getattr(result, self.measure.currentData())  # the measure names a field
        codes = result.codes
        data = matrix_from_frame(
            frame,
            list(codes["name"]),
            list(codes["depth"]),
            list(codes["color"]),
            row_tooltips=list(codes["path"]),
            percent=self.measure.currentData().startswith("percent"),
            label_header=tr("Code System"),
        )
        data.column_labels = [f"{c.label} (N={result.sizes[c.label]})" for c in result.columns]
        self.apply(data)

    def open_cell(self, row: int, column: int) -> None:
        from qdadesk.core.analysis.matrices import cell_activation
        from qdadesk.core.analysis.retrieval import retrieve_segments

        result = self.result
        if result is None:
            return
        code_id = int(result.codes.index[row])
        target = result.columns[column]
        activation = cell_activation(
            self.project,
            self.activation(),
            code_id,
            target.document_ids,
            result.include_subcodes,
        )
        self.show_segments(
            retrieve_segments(self.project, activation),
            f"{result.codes.at[code_id, 'path']} × {target.label}",
        )

    def export_dialog(self) -> None:
        path = self.ask_path(tr("Export crosstab"), tr("Excel (*.xlsx)"), ".xlsx")
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> bool:
        from qdadesk.core.exporters.tables_xlsx import write_frame_xlsx

        if self.result is None:
            return False
        frame = self.result.labelled()
        return self.run_export(lambda p: write_frame_xlsx(frame, p, self.TITLE), path)


class CodeFrequenciesWindow(DisplayWindow):
    """A table and a bar chart of codes by segments and by documents."""

    TITLE = tr("Code Frequencies")

    def __init__(self, session: ProjectSession, main_window: MainWindowApi | None = None) -> None:
        super().__init__(session, main_window)
        self.measure = self.add_combo(
            tr("Bars"),
            [(tr("Segments"), "segments"), (tr("Documents"), "documents")],
            "frequencyMeasure",
        )
        self.subcodes = self.add_check(tr("Include subcodes"), "includeSubcodes")
        self.add_button(tr("Export…"), "exportFrequencies", self.export_dialog)
        self.finish_tools()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.view, self.model, self.delegate = _matrix_view(splitter, "codeFrequenciesView")
        self.delegate.mode = "numbers"
        self.chart = QSvgWidget(splitter)
        self.chart.setObjectName("frequencyChart")
        splitter.addWidget(self.view)
        splitter.addWidget(self.chart)
        splitter.setSizes([420, 580])
        self.layout_.addWidget(splitter, 1)
        self.layout_.addWidget(self.status)
        self.frame: pd.DataFrame | None = None
        self.svg = ""
        self.refresh()

    def refresh(self) -> None:
        from qdadesk.core.analysis.charts import frequency_bars_svg

        frame = code_frequencies(self.project, self.activation(), self.subcodes.isChecked())
        self.frame = frame
        codes = self.project.codes()
        colors = {c.id: c.color for c in codes}
        names = {c.id: c.name for c in codes}
        numbers = frame[["segments", "documents", "percent_segments", "percent_documents"]].round(1)
        numbers.columns = [tr("Segments"), tr("Documents"), tr("% segments"), tr("% documents")]
        data = matrix_from_frame(
            numbers,
            [names[i] for i in frame.index],
            [p.count("\\") for p in frame["code"]],
            [colors[i] for i in frame.index],
            row_tooltips=list(frame["code"]),
            label_header=tr("Code"),
        )
        self.model.set_matrix(data)
        fit_columns(self.view)
        color_by_path = {p: colors[i] for i, p in frame["code"].items()}
        self.svg = frequency_bars_svg(frame, self.measure.currentData(), self.TITLE, color_by_path)
        self.chart.load(QByteArray(self.svg.encode("utf-8")))
        renderer = self.chart.renderer()
        self.chart.setMinimumSize(renderer.defaultSize().boundedTo(renderer.defaultSize()))

    def export_dialog(self) -> None:
        path = self.ask_path(
            tr("Export code frequencies"),
            tr("Excel (*.xlsx);;Word (*.docx);;SVG (*.svg);;PNG (*.png)"),
            ".xlsx",
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> bool:
        lower = path.lower()
        if lower.endswith((".svg", ".png")):
            from qdadesk.ui.displays.chart_windows import save_svg

            return self.run_export(lambda p: save_svg(self.svg, p), path)
        if self.frame is None:
            return False
        frame = self.frame.reset_index(drop=True).round(2)
        if lower.endswith(".docx"):
            from qdadesk.core.exporters.tables_docx import write_frame_docx

            return self.run_export(lambda p: write_frame_docx(frame, p, self.TITLE), path)
        from qdadesk.core.exporters.tables_xlsx import write_frame_xlsx

        return self.run_export(lambda p: write_frame_xlsx(frame, p, self.TITLE), path)
