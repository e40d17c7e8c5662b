"""The merge report and the audit trail, as dialogs (plain-text cells throughout)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qdadesk.core.i18n import ntr, tr
from qdadesk.ui.analysis.frame_model import FrameModel
from qdadesk.ui.help import add_help_button, help_button
from qdadesk.ui.save_dialog import ask_save_path

if TYPE_CHECKING:
    import pandas as pd

    from qdadesk.core.exchange.merge_report import MergeReport
    from qdadesk.ui.session import ProjectSession

AUDIT_COLUMNS = ["when", "user", "action", "what", "detail"]


def _table(headers: list[str], rows: list[list[str]], parent: QWidget) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(str(value))
            item.setToolTip(str(value))
            if isinstance(value, int):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class MergeReportDialog(QDialog):
    """What the merge matched and added, per kind, and each conflict with its resolution."""

    def __init__(self, report: MergeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeReportDialog")
        self.setWindowTitle(tr("Merge report"))
        self.report = report
        layout = QVBoxLayout(self)
        title = QLabel(tr("Merged {other}").format(other=report.other), self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(title)
        data = report.as_dict()
        labels = {
            "documents": tr("Documents"),
            "codes": tr("Codes"),
            "codings": tr("Coded segments"),
            "memos": tr("Memos"),
            "variables": tr("Variables"),
            "values": tr("Variable values"),
            "groups": tr("Document groups"),
            "sets": tr("Document sets"),
            "cases": tr("Cases"),
            "summaries": tr("Summaries"),
            "paraphrases": tr("Paraphrases"),
            "logbook": tr("Logbook entries"),
        }
        rows = [
            [labels[key], data[key]["matched"], data[key]["added"]]
            for key in report._KEYS
            if data[key]["matched"] or data[key]["added"] or key in report._KEYS[:5]
        ]
        self.counts = _table([tr("What"), tr("Matched"), tr("Added")], rows, self)
        self.counts.setObjectName("mergeCounts")
        header = self.counts.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.counts)
        conflicts = QLabel(
            tr("Conflicts: {n} (this project's value kept; the other's kept as a memo)").format(
                n=len(report.conflicts)
            ),
            self,
        )
        conflicts.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(conflicts)
        self.conflicts = _table(
            [tr("Kind"), tr("What"), tr("Difference"), tr("Resolution")],
            [[c.kind_label(), c.what, c.detail, c.resolution] for c in report.conflicts],
            self,
        )
        self.conflicts.setObjectName("mergeConflicts")
        layout.addWidget(self.conflicts)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(tr("Copy as Text"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(report.as_text()))
        buttons.rejected.connect(self.reject)
        add_help_button(
            buttons, self, "exchange.md", "working-as-a-team-a-part-for-each-member-merged-back"
        )
        layout.addWidget(buttons)
        self.resize(760, 560)


class AuditTrailDialog(QDialog):
    """The audit trail as a table, filtered by action, user and dates; Export XLSX."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditTrailDialog")
        self.setWindowTitle(tr("Audit Trail"))
        self.session = session
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.action_box = QComboBox(self)
        self.action_box.setObjectName("auditAction")
        self.user_box = QComboBox(self)
        self.user_box.setObjectName("auditUser")
        self.since_edit = QLineEdit(self)
        self.since_edit.setObjectName("auditSince")
        self.since_edit.setPlaceholderText(tr("from YYYY-MM-DD"))
        self.until_edit = QLineEdit(self)
        self.until_edit.setObjectName("auditUntil")
        self.until_edit.setPlaceholderText(tr("to YYYY-MM-DD"))
        for label, widget in (
            (tr("Action:"), self.action_box),
            (tr("User:"), self.user_box),
            (tr("Dates:"), self.since_edit),
        ):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(widget)
        filters.addWidget(self.until_edit)
        layout.addLayout(filters)
        headers = [tr("When"), tr("User"), tr("Action"), tr("What"), tr("Detail")]
        self.model = FrameModel(AUDIT_COLUMNS, headers, self)
        self.view = QTableView(self)
        self.view.setObjectName("auditTable")
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.counts_model = FrameModel(["code"], [tr("Code")], self)
        self.counts_view = QTableView(self)
        self.counts_view.setObjectName("auditCodingCounts")
        self.counts_view.setModel(self.counts_model)
        self.counts_view.verticalHeader().setVisible(False)
        self.counts_view.setAlternatingRowColors(True)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.view, tr("History"))
        self.tabs.addTab(self.counts_view, tr("Coded segments per code by day"))
        layout.addWidget(self.tabs)
        bottom = QHBoxLayout()
        self.count_label = QLabel(self)
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        self.export_button = QPushButton(tr("Export XLSX…"), self)
        self.export_button.setObjectName("auditExport")
        self.export_button.clicked.connect(lambda: self.export_xlsx())
        bottom.addWidget(self.export_button)
        bottom.addWidget(help_button(self, "exchange.md", "the-audit-trail"))
        close = QPushButton(tr("Close"), self)
        close.clicked.connect(self.close)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self._fill_choices()
        self.action_box.currentIndexChanged.connect(self.refresh)
        self.user_box.currentIndexChanged.connect(self.refresh)
        self.since_edit.editingFinished.connect(self.refresh)
        self.until_edit.editingFinished.connect(self.refresh)
        session.changed.connect(self._on_change)
        self.refresh()
        self.resize(900, 520)

    def _fill_choices(self) -> None:
        project = self.session.project
        for box, values in (
            (self.action_box, project.audit_actions()),
            (self.user_box, project.audit_users()),
        ):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(tr("(all)"), None)
            for value in values:
                box.addItem(value, value)
            index = box.findData(current)
            box.setCurrentIndex(max(index, 0))
            box.blockSignals(False)

    def _on_change(self, *_args: object) -> None:
        if self.isVisible():
            self._fill_choices()
            self.refresh()

    def frame(self) -> pd.DataFrame:
        import pandas as pd

        entries = self.session.project.audit_entries(
            self.action_box.currentData(),
            self.user_box.currentData(),
            self.since_edit.text().strip() or None,
            self.until_edit.text().strip() or None,
        )
        return pd.DataFrame([e.as_dict() for e in entries], columns=AUDIT_COLUMNS, dtype=object)

    def refresh(self) -> None:
        frame = self.frame()
        self.model.set_frame(frame)
        self.view.resizeColumnsToContents()
        self.count_label.setText(ntr("{n} entry", "{n} entries", len(frame)))
        counts = self.session.project.coding_counts_table()
        self.counts_model.columns = list(counts.columns)
        self.counts_model.headers = [tr("Code"), *counts.columns[1:]]
        self.counts_model.set_frame(counts)
        self.counts_view.resizeColumnsToContents()

    def export_xlsx(self, target: str | None = None) -> str | None:
        if target is None:
            target = ask_save_path(
                self, tr("Export Audit Trail"), tr("Excel (*.xlsx)"), "audit-trail.xlsx"
            )
            if not target:
                return None
        from qdadesk.core.exporters.tables_xlsx import write_sheets_xlsx

        write_sheets_xlsx(
            target,
            [
                (tr("Audit Trail"), self.frame()),
                (tr("Coding counts"), self.session.project.coding_counts_table()),
            ],
        )
        return target
