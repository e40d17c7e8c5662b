"""Complex Coding Query: pick a mode, code A and the other codes, run it, see the results in
Retrieved Segments, and code them with a new or existing code in one undoable step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from qdadesk.core import QdaError
from qdadesk.core.i18n import ntr, tr, tr_noop
from qdadesk.ui.analysis.common import (
    code_paths,
    document_activation,
    fill_code_combo,
    run_undoable,
    show_message,
)
from qdadesk.ui.help import help_button
from qdadesk.ui.window_api import parent_widget

if TYPE_CHECKING:
    import pandas as pd

    from qdadesk.core.analysis.autocode import AutocodeReport
    from qdadesk.ui.session import ProjectSession
    from qdadesk.ui.window_api import MainWindowApi

MODES = [
    (
        "intersection",
        tr_noop("Intersection"),
        tr_noop("The text coded with all the selected codes."),
    ),
    (
        "intersection-set",
        tr_noop("Intersection (set)"),
        tr_noop("Whole segments of any selected code that overlap segments of every other one."),
    ),
    (
        "overlapping",
        tr_noop("Overlapping"),
        tr_noop("Segments of code A that overlap a segment of the others."),
    ),
    (
        "only-one",
        tr_noop("Only one code"),
        tr_noop("Segments of any selected code that overlap none of the others."),
    ),
    (
        "only-this",
        tr_noop("Only this code"),
        tr_noop("Segments of code A that overlap none of the others."),
    ),
    (
        "if-inside",
        tr_noop("If inside"),
        tr_noop("Segments of code A lying entirely inside a segment of the others."),
    ),
    (
        "if-outside",
        tr_noop("If outside"),
        tr_noop("Segments of code A not lying entirely inside any segment of the others."),
    ),
    (
        "followed-by",
        tr_noop("Followed by"),
        tr_noop("Segments of code A followed by a segment of the others within the distance."),
    ),
    (
        "near",
        tr_noop("Near"),
        tr_noop("Segments of code A with a segment of the others within the distance."),
    ),
]


class ComplexCodingQueryDialog(QDialog):
    """MAXQDA's Complex Coding Query over the session's project and activation."""

    def __init__(
        self,
        session: ProjectSession,
        window: MainWindowApi | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else parent_widget(window))
        self.setObjectName("complexCodingQueryDialog")
        self.setWindowTitle(tr("Complex Coding Query"))
        self.session = session
        self.main_window = window  # where the results are listed (Retrieved Segments)
        self.frame: pd.DataFrame | None = None

        self.mode = QComboBox()
        self.mode.setObjectName("queryMode")
        for value, label, _ in MODES:
            self.mode.addItem(tr(label), value)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet("color: palette(mid);")
        self.code_a = QComboBox()
        self.code_a.setObjectName("queryCodeA")
        self.others = QListWidget()
        self.others.setObjectName("queryOtherCodes")
        self.distance = QSpinBox()
        self.distance.setObjectName("queryDistance")
        self.distance.setRange(0, 1_000_000)
        self.unit = QComboBox()
        self.unit.setObjectName("queryUnit")
        self.unit.addItem(tr("characters"), "characters")
        self.unit.addItem(tr("paragraphs"), "paragraphs")
        distance_row = QHBoxLayout()
        distance_row.addWidget(self.distance)
        distance_row.addWidget(self.unit)
        distance_row.addStretch(1)
        self.only_activated = QCheckBox(tr("Only activated documents"))
        self.only_activated.setChecked(bool(session.activation.document_ids))
        self.subcodes = QCheckBox(tr("Include subcodes"))
        self.mode.currentIndexChanged.connect(self._mode_changed)

        form = QFormLayout()
        form.addRow(tr("Function:"), self.mode)
        form.addRow("", self.explanation)
        form.addRow(tr("Code A:"), self.code_a)
        form.addRow(tr("Other codes (B):"), self.others)
        form.addRow(tr("Distance:"), distance_row)
        form.addRow("", self.only_activated)
        form.addRow("", self.subcodes)

        self.run_button = QPushButton(tr("Run Query"))
        self.run_button.setObjectName("runQueryButton")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run_query)
        self.count_label = QLabel()
        self.count_label.setObjectName("queryCount")
        self.result_code = QComboBox()
        self.result_code.setObjectName("queryResultCode")
        self.code_button = QPushButton(tr("Code Results"))
        self.code_button.setObjectName("codeResultsButton")
        self.code_button.clicked.connect(self.code_results)
        self.message = QLabel()
        self.message.setObjectName("queryMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        result_row = QHBoxLayout()
        result_row.addWidget(QLabel(tr("Code the results with:")))
        result_row.addWidget(self.result_code, 1)
        result_row.addWidget(self.code_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        run_row = QHBoxLayout()
        run_row.addWidget(self.count_label, 1)
        run_row.addWidget(self.run_button)
        run_row.addWidget(help_button(self, "queries.md"))
        layout.addLayout(run_row)
        layout.addLayout(result_row)
        layout.addWidget(self.message)
        self.reload_codes()
        self._mode_changed()
        self.resize(560, 520)

    def reload_codes(self) -> None:
        """Offer the project's current codes (keeping what was chosen)."""
        checked = set(self.other_code_ids())
        fill_code_combo(self.code_a, self.session)
        fill_code_combo(self.result_code, self.session, editable=True)
        self.result_code.setEditText(self.result_code.currentText() if checked else "")
        self.others.clear()
        for code_id, path in code_paths(self.session):
            item = QListWidgetItem(path)
            item.setData(Qt.ItemDataRole.UserRole, code_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if code_id in checked else Qt.CheckState.Unchecked
            )
            self.others.addItem(item)

    def _mode_changed(self) -> None:
        mode = self.mode.currentData()
        self.explanation.setText(tr(next(text for value, _, text in MODES if value == mode)))
        uses_distance = mode in ("followed-by", "near")
        self.distance.setEnabled(uses_distance)
        self.unit.setEnabled(uses_distance)

    # -- choosing --------------------------------------------------------------------------
    def other_code_ids(self) -> list[int]:
        return [
            self.others.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.others.count())
            if self.others.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_query(
        self, mode: str, code_a: int, others: list[int], distance: int = 0, unit: str = "characters"
    ) -> None:
        """Fill the form (for scripts and tests)."""
        self.mode.setCurrentIndex(self.mode.findData(mode))
        self.code_a.setCurrentIndex(self.code_a.findData(code_a))
        for row in range(self.others.count()):
            item = self.others.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in others
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        self.distance.setValue(distance)
        self.unit.setCurrentIndex(self.unit.findData(unit))

    # -- running ---------------------------------------------------------------------------
    def run_query(self) -> pd.DataFrame | None:
        """Run the query and list its results in Retrieved Segments; returns the frame."""
        from qdadesk.core.analysis.queries import coding_query

        code_a = self.code_a.currentData()
        others = [c for c in self.other_code_ids() if c != code_a]
        if code_a is None or not others:
            show_message(self.message, tr("Choose code A and at least one other code."), True)
            return None
        activation = document_activation(self.session, self.only_activated.isChecked())
        try:
            self.frame = coding_query(
                self.session.project,
                self.mode.currentData(),
                [code_a, *others],
                activation,
                distance=self.distance.value(),
                unit=self.unit.currentData(),
                include_subcodes=self.subcodes.isChecked(),
            )
        except QdaError as error:
            show_message(self.message, str(error), error=True)
            return None
        show_message(self.message, "")
        count = len(self.frame)
        self.count_label.setText(ntr("{n} segment found", "{n} segments found", count))
        if self.main_window is not None:
            title = tr("Complex Coding Query: {mode}").format(mode=self.mode.currentText())
            self.main_window.retrieved_segments.show_segments(self.frame, title)
        return self.frame

    def code_results(self) -> None:
        from qdadesk.core.analysis.queries import code_query_results

        if self.frame is None or self.frame.empty:
            show_message(self.message, tr("Run a query with results first."), error=True)
            return
        text = self.result_code.currentText().strip()
        if not text:
            show_message(self.message, tr("Choose or type the code for the results."), True)
            return
        index = self.result_code.findText(text)
        target = self.result_code.itemData(index) if index >= 0 else text
        frame = self.frame
        operation = run_undoable(
            self.session,
            self.message,
            lambda: code_query_results(self.session.project, frame, target),
        )
        if operation is None:
            return
        report: AutocodeReport = operation.result
        self.reload_codes()
        show_message(
            self.message,
            ntr(
                "Coded {n} segment with '{code}' ({new} new).",
                "Coded {n} segments with '{code}' ({new} new).",
                report.segments,
            ).format(
                code=self.session.project.code_path(report.code_id),
                new=report.new_segments,
            ),
        )
