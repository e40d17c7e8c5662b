"""Miles & Huberman display builder and the Interactive Quote Matrix windows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QTableView,
)

from qdadesk.core.analysis.displays import (
    CELL_KINDS,
    DisplayDefinition,
    DisplayResult,
    case_ordered_definition,
    cell_text,
    checklist_definition,
    clustered_definition,
    compute_display,
    display_names,
    load_display,
    role_ordered_definition,
    save_display,
    subcode_paths,
    time_ordered_definition,
    triangulation_definition,
)
from qdadesk.core.analysis.quote_matrix import QuoteMatrix, quote_matrix
from qdadesk.core.analysis.retrieval import segments_for_codings
from qdadesk.core.analysis.summaries import RatedSummary
from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import tr, tr_noop
from qdadesk.ui.displays.common import DisplayWindow, column_choices
from qdadesk.ui.displays.grouped_header import (
    RICH_ROLE,
    GroupedHeader,
    RichTextDelegate,
    rated_html,
)
from qdadesk.ui.displays.readable import ReadableHeader, cap_row_heights, plain_tooltip
from qdadesk.ui.session import ProjectSession
from qdadesk.ui.window_api import MainWindowApi

if TYPE_CHECKING:
    from qdadesk.ui.maps.window import MapsWindow

CELL_LABELS = {
    "count": tr("Number of segments"),
    "presence": tr("Presence (✓)"),
    "documents": tr("Number of documents"),
    "mean-weight": tr("Mean weight"),
    "summary": tr("Summaries"),
    "rated-summary": tr("Summaries led by their rating"),
    "rating": tr("Summary ratings"),
    "best-quote": tr("Highest-weighted quote"),
    "quotes": tr("All quotes"),
    "paraphrases": tr("Paraphrases of the segments"),
    "checklist": tr("Checklist: best quote + rating"),
    "triangulation": tr("Triangulation: support + strongest quote"),
}
PRESETS = [
    (tr("— Presets —"), None),
    (tr("Triangulation matrix"), "triangulation"),
    (tr("Checklist matrix"), "checklist"),
    (tr("Role-ordered matrix"), "role"),
    (tr("Case-ordered meta-matrix"), "case"),
    (tr("Time-ordered matrix"), "time"),
    (tr("Conceptually clustered matrix"), "clustered"),
]
PERIOD_LABELS = {"month": tr_noop("month"), "quarter": tr_noop("quarter"), "year": tr_noop("year")}


def _text_table(
    view: QTableView,
    header: list[str],
    rows: list[list[str]],
    bold_first: bool = True,
    shaded: set[int] | None = None,
    rich: dict[tuple[int, int], str] | None = None,
) -> None:
    model = cast(QStandardItemModel, view.model())  # _new_text_view's model
    model.clear()
    model.setHorizontalHeaderLabels(header)
    for row_number, row in enumerate(rows):
        items = []
        for number, text in enumerate(row):
            item = QStandardItem(text)
            if rich and (row_number, number) in rich:
                item.setData(rich[(row_number, number)], RICH_ROLE)
            item.setEditable(False)
            item.setToolTip(plain_tooltip(text) if text else "")
            item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            if number == 0 and bold_first:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            if shaded and number in shaded:
                item.setBackground(QBrush(QColor("#eef1f5")))
            items.append(item)
        model.appendRow(items)
    horizontal = view.horizontalHeader()
    horizontal.setDefaultSectionSize(230)
    for column in range(len(header)):
        horizontal.resizeSection(column, 230)
    horizontal.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    for column in shaded or ():
        view.resizeColumnToContents(column)
    cap_row_heights(view)  # a long cell shows its start; hover or double-click for the rest


def _new_text_view(name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setHorizontalHeader(ReadableHeader(view))
    view.setItemDelegate(RichTextDelegate(view))  # a cut cell ends in "…"
    view.setModel(QStandardItemModel(view))
    view.setWordWrap(True)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    font = view.horizontalHeader().font()
    font.setBold(True)
    view.horizontalHeader().setFont(font)
    return view


class DisplayBuilderWindow(DisplayWindow):
    """Build, save and export Miles & Huberman displays."""

    TITLE = tr("Display Builder (Miles & Huberman)")

    def __init__(self, session: ProjectSession, main_window: MainWindowApi | None = None) -> None:
        super().__init__(session, main_window)
        self.resize(1180, 720)
        self.saved = self.add_combo(tr("Saved"), [], "savedDisplays")
        self.saved.currentIndexChanged.disconnect(self.schedule_refresh)
        self.saved.activated.connect(self._load_saved)
        self.add_button(tr("Save as…"), "saveDisplay", self.save_dialog)
        self.add_button(tr("Export…"), "exportDisplay", self.export_dialog)
        self.add_button(tr("Causal Network…"), "causalNetwork", lambda: self.causal_network())
        self.preset = self.add_combo("", PRESETS, "displayPreset")
        self.preset.currentIndexChanged.disconnect(self.schedule_refresh)
        self.preset.activated.connect(self._apply_preset)
        self.finish_tools()
        form = QGridLayout()
        self.layout_.insertLayout(1, form)
        axes = self._axis_choices()
        self.rows = self._form_combo(form, 0, 0, tr("Rows"), axes, "displayRows")
        self.columns = self._form_combo(
            form, 0, 2, tr("Columns"), axes + self._period_choices(), "displayColumns"
        )
        self.cells = self._form_combo(
            form, 0, 4, tr("Cells"), [(CELL_LABELS[k], k) for k in CELL_KINDS], "displayCells"
        )
        self.order = self._form_combo(
            form, 1, 0, tr("Order rows by"), self._order_choices(), "displayOrder"
        )
        form.setColumnStretch(6, 1)
        # What a preset chose, said in words (the axes stay changeable in the form).
        self.preset_note = QLabel()
        self.preset_note.setObjectName("presetNote")
        self.preset_note.setTextFormat(Qt.TextFormat.PlainText)
        self.preset_note.setWordWrap(True)
        self.preset_note.setStyleSheet("color: #555")
        self.preset_note.hide()
        form.addWidget(self.preset_note, 2, 0, 1, 7)
        self._preset_name = ""
        # What a loaded or preset definition adds that the form does not show.
        self._codes_filter: list[str] | None = None
        self._title = ""
        self.descending = self.add_check(tr("Descending"), "displayDescending")
        self.subcodes = self.add_check(tr("Include subcodes"), "includeSubcodes")
        self.group_columns = self.add_check(tr("Group columns by parent code"), "groupColumns")
        form.addWidget(self.descending, 1, 2)
        form.addWidget(self.subcodes, 1, 3)
        form.addWidget(self.group_columns, 1, 4, 1, 2)
        self.rows.setCurrentIndex(self.rows.findData("codes"))
        self.columns.setCurrentIndex(max(0, self.columns.findData("groups")))
        self.rows.currentIndexChanged.connect(self._say_axes)
        self.columns.currentIndexChanged.connect(self._say_axes)
        self.view = _new_text_view("displayView")
        self.header = GroupedHeader(self.view)
        self.view.setHorizontalHeader(self.header)
        self.view.setItemDelegate(RichTextDelegate(self.view))
        self.view.doubleClicked.connect(self._on_double_click)
        self.layout_.addWidget(self.view, 1)
        self.layout_.addWidget(self.status)
        self.result: DisplayResult | None = None
        self._fill_saved()
        self.refresh()

    # -- the form --------------------------------------------------------------------------
    def _form_combo(
        self,
        form: QGridLayout,
        row: int,
        column: int,
        label: str,
        items: Sequence[tuple[str, object]],
        name: str,
    ) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for text, data in items:
            combo.addItem(text, data)
        combo.currentIndexChanged.connect(self.schedule_refresh)
        form.addWidget(QLabel(label), row, column)
        form.addWidget(combo, row, column + 1)
        return combo

    def _axis_choices(self) -> list[tuple[str, str]]:
        items = [(tr("Codes"), "codes")]
        parents = {c.parent_id for c in self.project.codes() if c.parent_id is not None}
        paths = self.project.code_paths()
        for code_id in sorted(parents, key=lambda i: paths[i]):
            items.append(
                (tr("Subcodes of {path}").format(path=paths[code_id]), f"subcodes:{paths[code_id]}")
            )
        items.append((tr("Cases"), "cases"))
        return items + [c for c in column_choices(self.project, sets=False)]

    def _period_choices(self) -> list[tuple[str, str]]:
        items = []
        for variable in self.project.variables("document"):
            if variable.type == "date":
                for period in ("month", "quarter", "year"):
                    items.append(
                        (
                            tr("{name} by {period}").format(
                                name=variable.name, period=tr(PERIOD_LABELS[period])
                            ),
                            f"period:{variable.name}:{period}",
                        )
                    )
        return items

    def _order_choices(self) -> list[tuple[str, str | None]]:
        items: list[tuple[str, str | None]] = [
            (tr("(as listed)"), None),
            (tr("Label"), "label"),
            (tr("Mean segment weight"), "mean-weight"),
            (tr("Summary rating"), "summary-rating"),
        ]
        for variable in self.project.variables("document"):
            items.append(
                (tr("Variable: {name}").format(name=variable.name), f"variable:{variable.name}")
            )
        return items

    def definition(self) -> DisplayDefinition:
        """The display the form describes."""
        return DisplayDefinition(
            rows=self.rows.currentData(),
            columns=self.columns.currentData(),
            cells=self.cells.currentData(),
            include_subcodes=self.subcodes.isChecked(),
            order_rows=self.order.currentData(),
            descending=self.descending.isChecked(),
            only_activated_documents=self.only_documents.isChecked(),
            only_activated_codes=self.only_codes.isChecked(),
            group_columns=self.group_columns.isChecked(),
        )

    def set_definition(self, definition: DisplayDefinition) -> None:
        """Fill the form from a definition (unknown axes are added to the choices)."""
        for combo, value in (
            (self.rows, definition.rows),
            (self.columns, definition.columns),
            (self.cells, definition.cells),
            (self.order, definition.order_rows),
        ):
            index = combo.findData(value)
            if index < 0:
                combo.addItem(str(value), value)
                index = combo.count() - 1
            combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        for box, checked in (
            (self.subcodes, definition.include_subcodes),
            (self.descending, definition.descending),
            (self.only_documents, definition.only_activated_documents),
            (self.only_codes, definition.only_activated_codes),
            (self.group_columns, definition.group_columns),
        ):
            box.blockSignals(True)
            box.setChecked(checked)
            box.blockSignals(False)
        self._codes_filter = definition.codes
        self._title = definition.title
        self.schedule_refresh()

    def _apply_preset(self) -> None:
        kind = self.preset.currentData()
        variables = self.project.variables("document")
        text_variable = next((v.name for v in variables if v.type == "text"), None)
        date_variable = next((v.name for v in variables if v.type == "date"), None)
        parent = next(
            (
                c
                for c in self.project.codes()
                if any(k.parent_id == c.id for k in self.project.codes())
            ),
            None,
        )
        if kind == "triangulation":
            # The sources are the document groups (who said it) unless the user picks a
            # variable in Columns: never a variable chosen behind the user's back.
            self.set_definition(triangulation_definition("groups"))
        elif kind == "checklist" and parent is not None:
            self.set_definition(checklist_definition(self.project.code_path(parent.id)))
        elif kind == "role" and text_variable:
            self.set_definition(role_ordered_definition(text_variable))
        elif kind == "case":
            self.set_definition(case_ordered_definition())
        elif kind == "time" and date_variable:
            self.set_definition(time_ordered_definition(date_variable))
        elif kind == "clustered":
            self.set_definition(clustered_definition(codes=subcode_paths(self.project) or None))
        self._preset_name = self.preset.currentText() if kind else ""
        self._say_axes()
        self.preset.setCurrentIndex(0)

    def _say_axes(self, *_: object) -> None:
        """Tell which axes the chosen preset uses (and that they can be changed)."""
        if not self._preset_name:
            self.preset_note.hide()
            return
        self.preset_note.setText(
            tr("{preset}: rows are {rows}, columns are {columns}. Change them above.").format(
                preset=self._preset_name,
                rows=self.rows.currentText(),
                columns=self.columns.currentText(),
            )
        )
        self.preset_note.show()

    # -- computing -------------------------------------------------------------------------
    def refresh(self) -> None:
        definition = self.definition()
        definition.codes = self._codes_filter
        definition.title = self._title
        try:
            result = compute_display(self.project, definition, self.session.activation)
        except QdaError as error:
            self.result = None
            self.header.set_groups(None)
            _text_table(self.view, [], [])
            self.status.setText(str(error))
            return
        self.result = result
        header = result.header_labels or [result.row_header, *map(str, result.cells.columns)]
        rich: dict[tuple[int, int], str] = {}
        rows = []
        for number, label in enumerate(result.row_labels):
            depth = result.row_depths[number] if result.row_depths else 0
            values = result.cells.iloc[number].tolist()
            if definition.cells == "presence":
                texts = ["✓" if v == 1 else "" for v in values[: len(result.column_labels)]]
                texts += [cell_text(v) for v in values[len(result.column_labels) :]]
            else:
                texts = [cell_text(v) for v in values]
            for column, value in enumerate(values, start=1):
                if isinstance(value, RatedSummary):
                    rich[(number, column)] = rated_html(value.rating, value.text)
            shown = str(label).split("\\")[-1] if depth else str(label)
            rows.append(["    " * depth + shown, *texts])
        extra = {len(header) - 1 - i for i in range(len(result.extra_columns))}
        self.header.set_groups(result.header_groups or None)
        _text_table(self.view, header, rows, shaded=extra, rich=rich)
        if definition.cells == "triangulation":
            model = cast(QStandardItemModel, self.view.model())  # _new_text_view's model
            for row in range(model.rowCount()):
                item = model.item(row, model.columnCount() - 1)
                if item is not None and item.text():
                    item.setForeground(QBrush(QColor("#b45309")))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
        self.status.setText(
            tr("{rows} rows × {columns} columns · double-click a cell for its segments").format(
                rows=len(rows), columns=len(result.column_labels)
            )
        )

    def _on_double_click(self, index: QModelIndex) -> None:
        if self.result is None or index.column() == 0:
            return
        row_label = self.result.row_labels[index.row()]
        column_label = str(self.result.cells.columns[index.column() - 1])
        ids = self.result.cell_codings.get((row_label, column_label), [])
        self.show_segments(segments_for_codings(self.project, ids), f"{row_label} × {column_label}")

    # -- saving and exporting --------------------------------------------------------------
    def _fill_saved(self) -> None:
        self.saved.blockSignals(True)
        self.saved.clear()
        self.saved.addItem(tr("(new display)"), None)
        for name in display_names(self.project):
            self.saved.addItem(name, name)
        self.saved.blockSignals(False)

    def _load_saved(self) -> None:
        name = self.saved.currentData()
        if name:
            self.load(name)

    def load(self, name: str) -> None:
        self.set_definition(load_display(self.project, name))
        self.setWindowTitle(f"{self.TITLE} — {name}")

    def save_dialog(self) -> None:
        name, ok = QInputDialog.getText(self, self.TITLE, tr("Name of the display:"))
        if ok and name.strip():
            self.save_as(name)

    def save_as(self, name: str) -> None:
        """Save the form's definition by name (undoable)."""
        definition = self.definition()
        definition.codes = self._codes_filter
        definition.title = name
        operation = self.session.perform(
            lambda: save_display(self.project, name, definition), on_error=self.status.setText
        )
        if operation is None:
            return
        self._fill_saved()
        self.saved.setCurrentIndex(self.saved.findData(" ".join(name.split())))

    def causal_network(self, name: str | None = None) -> int | None:
        """Make (or refresh) a causal-network map from this display: its codes as the
        variables, in its order; the map opens in Visual Tools -> Maps. Undoable."""
        if self.result is None:
            return None
        definition = self.definition()
        definition.codes = self._codes_filter
        definition.title = self._title
        shown = self.saved.currentData() or definition.title or tr("unsaved display")
        maps: MapsWindow | None
        if self.main_window is not None:
            maps = self.main_window.map_actions.open_maps()
            if maps is None:  # the main window has no project open
                return None
        else:  # a display window on its own (no main window): a maps window of its own
            from qdadesk.ui.maps.window import MapsWindow

            maps = MapsWindow(self.session, self.main_window)
            maps.show()
        return maps.generate(
            "causal-network",
            name or tr("Causal network: {display}").format(display=shown),
            display=definition.to_json(),
            display_name=shown,
            minimum=1,
        )

    def export_dialog(self) -> None:
        path = self.ask_path(tr("Export display"), tr("Word (*.docx);;Excel (*.xlsx)"), ".docx")
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> bool:
        if self.result is None:
            return False
        result = self.result
        if path.lower().endswith(".xlsx"):
            from qdadesk.core.exporters.tables_xlsx import write_displays_xlsx

            return self.run_export(lambda p: write_displays_xlsx([result], p), path)
        from qdadesk.core.exporters.tables_docx import write_display_docx
        from qdadesk.render.page_images import region_pictures

        pictures = region_pictures(self.project)
        return self.run_export(lambda p: write_display_docx(result, p, pictures), path)


class QuoteMatrixWindow(DisplayWindow):
    """Codes x document groups (or variable values): the full quotes with their sources."""

    TITLE = tr("Interactive Quote Matrix")

    def __init__(self, session: ProjectSession, main_window: MainWindowApi | None = None) -> None:
        super().__init__(session, main_window)
        choices = [c for c in column_choices(self.project) if c[1] != "documents"]
        choices.append((tr("Documents"), "documents"))
        self.columns = self.add_combo(tr("Columns"), choices, "quoteColumns")
        self.subcodes = self.add_check(tr("Include subcodes"), "includeSubcodes")
        self.add_button(tr("Export…"), "exportQuoteMatrix", self.export_dialog)
        self.finish_tools()
        self.view = _new_text_view("quoteMatrixView")
        self.view.doubleClicked.connect(self._on_double_click)
        self.layout_.addWidget(self.view, 1)
        self.layout_.addWidget(self.status)
        self.matrix: QuoteMatrix | None = None
        self.refresh()

    def refresh(self) -> None:
        matrix = self.matrix = quote_matrix(
            self.project,
            self.activation(),
            self.columns.currentData() or "groups",
            self.subcodes.isChecked(),
        )
        header = [tr("Code"), *[c.label for c in matrix.columns]]
        rows = []
        for code_id, depth in matrix.codes["depth"].items():
            name = matrix.codes.at[code_id, "name"]
            cells = [
                "\n\n".join(q.cited() for q in matrix.cell(code_id, c.label))
                for c in matrix.columns
            ]
            rows.append(["    " * int(depth) + name, *cells])
        _text_table(self.view, header, rows)

    def _on_double_click(self, index: QModelIndex) -> None:
        if self.matrix is None or index.column() == 0:
            return
        code_id = int(self.matrix.codes.index[index.row()])
        label = self.matrix.columns[index.column() - 1].label
        ids = [q.coding_id for q in self.matrix.cell(code_id, label)]
        self.show_segments(
            segments_for_codings(self.project, ids),
            f"{self.matrix.codes.at[code_id, 'path']} × {label}",
        )

    def export_dialog(self) -> None:
        path = self.ask_path(
            tr("Export quote matrix"), tr("Word (*.docx);;Excel (*.xlsx)"), ".docx"
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> bool:
        matrix = self.matrix
        if matrix is None:
            return False
        if path.lower().endswith(".xlsx"):
            from qdadesk.core.exporters.tables_xlsx import write_frame_xlsx

            return self.run_export(
                lambda p: write_frame_xlsx(matrix.as_frame(), p, self.TITLE), path
            )
        from qdadesk.core.exporters.tables_docx import write_quote_matrix_docx
        from qdadesk.render.page_images import region_pictures

        pictures = region_pictures(self.project)
        return self.run_export(
            lambda p: write_quote_matrix_docx(matrix, p, self.TITLE, pictures), path
        )
