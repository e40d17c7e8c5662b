"""Analysis → Intercoder Agreement…: two coders (in this project, or coder B from another
project file), a level, a threshold, codes; the result tables, the disagreements (each opens
both coders' segments side by side in context) and an XLSX export of every table.

The figures come from ``qdadesk.core.analysis.agreement`` (defined in the user guide's
``agreement.md``); this window only chooses, shows and exports."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qdadesk.core import Project, QdaError
from qdadesk.core.analysis.agreement import (
    LEVELS,
    AgreementResult,
    AgreementSegment,
    coders_of,
)
from qdadesk.core.i18n import ntr, tr
from qdadesk.ui import prompts
from qdadesk.ui.analysis.common import show_message
from qdadesk.ui.analysis.frame_model import ROW_ROLE, FrameModel
from qdadesk.ui.help import add_help_button
from qdadesk.ui.offsets import OffsetMap
from qdadesk.ui.window_api import MainWindowApi, parent_widget

if TYPE_CHECKING:
    import pandas as pd

    from qdadesk.ui.background import BackgroundJob, Cancelled, Progress
    from qdadesk.ui.session import ProjectSession

CONTEXT = 240  # characters of text shown around a segment
_HIGHLIGHT = "#ffe08a"


def _figure(value: object, digits: int = 4) -> str:
    """A statistic for display: rounded, or a dash where it is undefined."""
    if value is None or (isinstance(value, float) and value != value):
        return "—"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _display_frame(frame: pd.DataFrame, digits: dict[str, int]) -> pd.DataFrame:
    shown = frame.copy()
    for column, places in digits.items():
        if column in shown.columns:
            shown[column] = [_figure(v, places) for v in shown[column]]
    return shown


def _table(name: str, columns: list[str], headers: list[str]) -> tuple[QTableView, FrameModel]:
    view = QTableView()
    view.setObjectName(name)
    model = FrameModel(columns, headers, view)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view, model


class IntercoderAgreementDialog(QDialog):
    """Choose two coders and a level; see and export the agreement tables."""

    def __init__(self, session: ProjectSession, window: MainWindowApi | None = None) -> None:
        super().__init__(parent_widget(window))
        self.session = session
        self.agreement: AgreementResult | None = None  # the last one computed
        self._side_by_side: SideBySideDialog | None = None
        self.export_job: BackgroundJob | None = None
        self.setObjectName("intercoderAgreementDialog")
        self.setWindowTitle(tr("Intercoder Agreement"))
        self.resize(900, 680)
        project = session.project
        coders = coders_of(project)

        self.same_project = QRadioButton(tr("Two coders in this project"))
        self.same_project.setObjectName("sameProject")
        self.other_project = QRadioButton(tr("Coder B from another project file:"))
        self.other_project.setObjectName("otherProject")
        self.same_project.setChecked(True)
        self.other_path = QLineEdit()
        self.other_path.setObjectName("otherProjectPath")
        self.other_path.setPlaceholderText(tr("the other coder's .qdadesk file"))
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self.choose_other)
        self.other_path.editingFinished.connect(self._fill_coder_b)
        self.same_project.toggled.connect(self._fill_coder_b)
        other_row = QHBoxLayout()
        other_row.addWidget(self.other_project)
        other_row.addWidget(self.other_path, 1)
        other_row.addWidget(browse)

        self.coder_a = QComboBox()
        self.coder_a.setObjectName("coderA")
        self.coder_a.addItems(coders)
        self.coder_b = QComboBox()
        self.coder_b.setObjectName("coderB")
        self.coder_b.addItems(coders)
        if len(coders) > 1:
            self.coder_b.setCurrentIndex(1)
        self.level = QComboBox()
        self.level.setObjectName("agreementLevel")
        labels = {
            "presence": tr("Code presence in the document"),
            "frequency": tr("Code frequency in the document"),
            "segment": tr("Segment overlap"),
        }
        for level in LEVELS:
            self.level.addItem(labels[level], level)
        self.level.setCurrentIndex(LEVELS.index("segment"))
        self.overlap = QDoubleSpinBox()
        self.overlap.setObjectName("overlapThreshold")
        self.overlap.setRange(1, 100)
        self.overlap.setDecimals(0)
        self.overlap.setValue(90)
        self.overlap.setSuffix(" %")
        self.level.currentIndexChanged.connect(
            lambda: self.overlap.setEnabled(self.level.currentData() == "segment")
        )
        self.codes = QListWidget()
        self.codes.setObjectName("agreementCodes")
        self.codes.setMaximumHeight(90)
        paths = project.code_paths()
        for code in project.codes():
            item = QListWidgetItem(paths[code.id])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.codes.addItem(item)
        self.subcodes = QCheckBox(tr("Subcodes merged into the chosen codes"))
        self.subcodes.setObjectName("agreementSubcodes")
        self.activated_only = QCheckBox(tr("Only activated documents"))
        self.activated_only.setObjectName("agreementActivatedOnly")

        form = QFormLayout()
        form.addRow(tr("Compare:"), self.same_project)
        form.addRow("", other_row)
        coders_row = QHBoxLayout()
        coders_row.addWidget(QLabel(tr("A:")))
        coders_row.addWidget(self.coder_a, 1)
        coders_row.addWidget(QLabel(tr("B:")))
        coders_row.addWidget(self.coder_b, 1)
        form.addRow(tr("Coders:"), coders_row)
        level_row = QHBoxLayout()
        level_row.addWidget(self.level, 1)
        level_row.addWidget(QLabel(tr("Least overlap:")))
        level_row.addWidget(self.overlap)
        form.addRow(tr("Level:"), level_row)
        form.addRow(tr("Codes (none: every code used):"), self.codes)
        options = QHBoxLayout()
        options.addWidget(self.subcodes)
        options.addWidget(self.activated_only)
        options.addStretch(1)
        form.addRow("", options)

        self.message = QLabel()
        self.message.setObjectName("agreementMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        self.summary = QLabel()
        self.summary.setObjectName("agreementSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        # Not word-wrapped: a wrapped label in this form gets squeezed below its two lines.
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.summary.setMinimumHeight(3 * self.summary.fontMetrics().lineSpacing() + 4)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.codes_view, self.codes_model = _table(
            "agreementCodeTable",
            ["code", "agree", "disagree", "percent"],
            [tr("Code"), tr("Agree"), tr("Disagree"), tr("Percent")],
        )
        self.paragraphs_view, self.paragraphs_model = _table(
            "agreementParagraphTable",
            ["code", "units", "percent", "cohen_kappa", "krippendorff_alpha"],
            [tr("Code"), tr("Units"), tr("Percent"), tr("Cohen's kappa"), tr("Krippendorff's α")],
        )
        self.disagreements_view, self.disagreements_model = _table(
            "agreementDisagreements",
            ["document", "code", "coder", "start", "end", "text"],
            [tr("Document"), tr("Code"), tr("Coder"), tr("Start"), tr("End"), tr("Text")],
        )
        self.disagreements_view.activated.connect(self.open_disagreement)
        self.disagreements_view.doubleClicked.connect(self.open_disagreement)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("agreementTabs")
        self.tabs.addTab(self.codes_view, tr("Codes"))
        self.tabs.addTab(self.paragraphs_view, tr("Paragraphs"))
        self.tabs.addTab(self.disagreements_view, tr("Disagreements"))

        buttons = QDialogButtonBox()
        self.compute_button = buttons.addButton(
            tr("Compute"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.compute_button.setObjectName("computeAgreement")
        self.compute_button.setDefault(True)
        self.compute_button.clicked.connect(self.compute)
        self.export_button = buttons.addButton(
            tr("Export…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setObjectName("exportAgreement")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(lambda: self.export())
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.close)
        add_help_button(buttons, self, "agreement.md")

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    # -- choosing --------------------------------------------------------------------------
    def choose_other(self) -> None:
        path = prompts.ask_path(
            self, tr("Coder B's project"), "", tr("QDA Desk projects (*.qdadesk)"), save=False
        )
        if path:
            self.other_path.setText(path)
            self.other_project.setChecked(True)
            self._fill_coder_b()

    def _fill_coder_b(self) -> None:
        """Coder B's choices: this project's coders, or the other file's."""
        current = self.coder_b.currentText()
        names = coders_of(self.session.project)
        if self.other_project.isChecked() and self.other_path.text().strip():
            try:
                other = self._open_other()
            except QdaError as error:
                show_message(self.message, str(error), error=True)
                return
            try:
                names = coders_of(other)
            finally:
                other.close()
        self.coder_b.clear()
        self.coder_b.addItems(names)
        if current in names:
            self.coder_b.setCurrentText(current)

    def _open_other(self) -> Project:
        path = Path(self.other_path.text().strip())
        if not path.is_file():
            raise QdaError(tr("{path}: no such project file").format(path=path))
        return Project.open(path)

    def chosen_codes(self) -> list[str]:
        return [
            self.codes.item(row).text()
            for row in range(self.codes.count())
            if self.codes.item(row).checkState() == Qt.CheckState.Checked
        ]

    def chosen_documents(self) -> list[str] | None:
        if not self.activated_only.isChecked():
            return None
        from qdadesk.core.analysis.activation import activated_document_ids

        ids = activated_document_ids(self.session.project, self.session.activation)
        return [self.session.project.document(i).name for i in ids]

    # -- computing -------------------------------------------------------------------------
    def compute(self) -> AgreementResult | None:
        from qdadesk.core.analysis.agreement import intercoder_agreement

        show_message(self.message, "")
        other: Project | None = None
        try:
            if self.other_project.isChecked():
                other = self._open_other()
            documents = self.chosen_documents()
            if documents == []:
                raise QdaError(tr("No documents are activated"))
            result = intercoder_agreement(
                self.session.project,
                self.coder_a.currentText(),
                self.coder_b.currentText(),
                other=other,
                level=self.level.currentData(),
                overlap=self.overlap.value(),
                code_paths=self.chosen_codes() or None,
                include_subcodes=self.subcodes.isChecked(),
                document_names=documents,
            )
        except QdaError as error:
            show_message(self.message, str(error), error=True)
            return None
        finally:
            if other is not None:
                other.close()
        self.show_result(result)
        return result

    def show_result(self, result: AgreementResult) -> None:
        self.agreement = result
        p = result.paragraphs
        lines = [
            tr(
                "{level}: {units} units, agreement {percent} %, kappa (Brennan & Prediger) {bp}"
            ).format(
                level=self.level.currentText(),
                units=len(result.units),
                percent=_figure(result.percent, 2),
                bp=_figure(result.kappa_brennan_prediger),
            ),
            tr(
                "Paragraphs × codes: {units} units, agreement {percent} %, Cohen's kappa "
                "{kappa}, Krippendorff's alpha {alpha}"
            ).format(
                units=p.units,
                percent=_figure(p.percent, 2),
                kappa=_figure(p.cohen_kappa),
                alpha=_figure(p.krippendorff_alpha),
            ),
        ]
        if result.unmatched_documents:
            lines.append(
                tr("Left out (no matching document in the other file): {names}").format(
                    names="; ".join(result.unmatched_documents)
                )
            )
        self.summary.setText("\n".join(lines))
        self.codes_model.set_frame(_display_frame(result.codes, {"percent": 2}))
        self.paragraphs_model.set_frame(
            _display_frame(p.codes, {"percent": 2, "cohen_kappa": 4, "krippendorff_alpha": 4})
        )
        self.disagreements_model.set_frame(result.disagreements)
        self.tabs.setTabText(2, tr("Disagreements ({n})").format(n=len(result.disagreements)))
        self.export_button.setEnabled(True)

    # -- disagreements ---------------------------------------------------------------------
    def open_disagreement(
        self, index: QModelIndex | QPersistentModelIndex
    ) -> SideBySideDialog | None:
        """Both coders' segments of the disagreement's code around it, side by side."""
        if self.agreement is None or not index.isValid():
            return None
        row = index.data(ROW_ROLE)
        if row is None:
            return None
        if self._side_by_side is None:
            self._side_by_side = SideBySideDialog(self)
        self._side_by_side.show_disagreement(self.agreement, row, self.session.project)
        self._side_by_side.show()
        self._side_by_side.raise_()
        return self._side_by_side

    # -- export ----------------------------------------------------------------------------
    def export(self, path: str | None = None) -> BackgroundJob | None:
        """Write the workbook off the GUI thread (a big project's raw ratings run to
        millions of rows), with progress and Cancel; returns the job (None: nothing to do)."""
        from qdadesk.core.analysis.agreement import export_agreement_xlsx
        from qdadesk.ui.background import BackgroundJob

        if self.agreement is None:
            return None
        if path is None:
            path = prompts.ask_path(
                self,
                tr("Export Intercoder Agreement"),
                "agreement.xlsx",
                tr("Excel workbook (*.xlsx)"),
                save=True,
            )
        if not path:
            return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        result, target = self.agreement, path

        def work(progress: Progress, cancelled: Cancelled) -> Path:
            return export_agreement_xlsx(result, target, progress, cancelled)

        job = BackgroundJob(
            work,
            tr("Export Intercoder Agreement"),
            self,
            show_progress=not prompts.headless(),
            label=tr("Writing the workbook…"),
        )

        def finished(written: Path | None) -> None:
            if written is not None:
                show_message(self.message, tr("Exported to {path}").format(path=written))
            elif job.error:
                show_message(self.message, job.error, error=True)

        job.finished.connect(finished)
        self.export_job = job
        job.start()
        return job


class SideBySideDialog(QDialog):
    """Coder A's and coder B's segments of one code in one document, each in its context."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementSideBySide")
        self.setWindowTitle(tr("Both coders' segments"))
        self.resize(820, 420)
        self.heading = QLabel()
        self.heading.setObjectName("sideBySideHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        grid = QGridLayout()
        self.titles: list[QLabel] = []
        self.texts: list[QPlainTextEdit] = []
        for column in range(2):
            title = QLabel()
            title.setTextFormat(Qt.TextFormat.PlainText)
            title.setStyleSheet("font-weight: bold;")
            text = QPlainTextEdit()
            text.setObjectName(f"sideBySide{'AB'[column]}")
            text.setReadOnly(True)
            grid.addWidget(title, 0, column)
            grid.addWidget(text, 1, column)
            self.titles.append(title)
            self.texts.append(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)

    def show_disagreement(
        self, result: AgreementResult, row: dict[str, Any], project: Project
    ) -> None:
        document_id, code = int(row["document_id"]), row["code"]
        start, end = int(row["start"]), int(row["end"])
        text = project.text(document_id)
        self.heading.setText(
            tr("{document} · {code} · {coder}'s segment {start}–{end}").format(
                document=row["document"], code=code, coder=row["coder"], start=start, end=end
            )
        )
        for column, side in enumerate(("a", "b")):
            segments = [
                s
                for s in result.segments
                if s.side == side and s.document_id == document_id and s.code == code
            ]
            near = [s for s in segments if s.start < end and start < s.end]
            self.titles[column].setText(
                ntr(
                    "{coder}: {n} segment of this code here",
                    "{coder}: {n} segments of this code here",
                    len(near),
                ).format(coder=result.coders[column])
            )
            _show_in_context(self.texts[column], text, near, start, end)


def _show_in_context(
    view: QPlainTextEdit, text: str, segments: list[AgreementSegment], start: int, end: int
) -> None:
    """The text around ``start..end`` (and the segments) with the segments highlighted;
    without segments, the same stretch of text, unmarked, for comparison."""
    low = min([start, *[s.start for s in segments]])
    high = max([end, *[s.end for s in segments]])
    first, last = max(0, low - CONTEXT), min(len(text), high + CONTEXT)
    excerpt = ("…" if first else "") + text[first:last] + ("…" if last < len(text) else "")
    shift = first - (1 if first else 0)
    view.setPlainText(excerpt)
    offsets = OffsetMap(excerpt)
    marked = QTextCharFormat()
    marked.setBackground(QColor(_HIGHLIGHT))
    cursor = QTextCursor(view.document())
    for s in segments:
        q_start, q_end = offsets.range_to_qt(s.start - shift, s.end - shift)
        cursor.setPosition(q_start)
        cursor.setPosition(q_end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(marked)
    if not segments:
        view.appendPlainText("\n" + tr("(no segment of this code overlaps this stretch)"))
    cursor.setPosition(offsets.to_qt(start - shift))
    view.setTextCursor(cursor)
    view.centerCursor()
