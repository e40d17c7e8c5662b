"""The exchange report in a dialog: what was imported, repaired, mapped, kept or discarded."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qdadesk.core.exchange.report import OUTCOMES, ExchangeReport
from qdadesk.core.i18n import tr
from qdadesk.ui.help import add_help_button
from qdadesk.ui.plain_text import plain_label, shown_as_typed

_COLOURS = {
    "imported": "#2e7d32",
    "repaired": "#8d6e00",
    "mapped": "#1565c0",
    "kept without display": "#6a1b9a",
    "discarded": "#c62828",
    "warning": "#c62828",
}


class ExchangeReportDialog(QDialog):
    """Lists the report's lines under their outcome, with counts and examples."""

    def __init__(self, report: ExchangeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchangeReportDialog")
        self.setWindowTitle(tr("REFI-QDA report"))
        self.report = report
        layout = QVBoxLayout(self)
        # The title names the project and file: plain text, in bold by its font.
        title = plain_label(report.title, self)
        title.setObjectName("exchangeReportTitle")
        bold = title.font()
        bold.setBold(True)
        title.setFont(bold)
        layout.addWidget(title)
        for key, value in report.details.items():
            layout.addWidget(plain_label(f"{key}: {value}", self))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("exchangeReportTree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([tr("What"), tr("Count"), tr("Examples")])
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        for outcome in OUTCOMES:
            lines = report.lines(outcome)
            if not lines:
                continue
            total = sum(line.count for line in lines)
            top = QTreeWidgetItem([tr(outcome.capitalize()), str(total), ""])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setForeground(0, QBrush(QColor(_COLOURS.get(outcome, "#000000"))))
            for line in lines:
                item = QTreeWidgetItem(
                    [f"{line.element}: {line.message}", str(line.count), "; ".join(line.examples)]
                )
                item.setToolTip(0, shown_as_typed(item.text(0)))
                item.setToolTip(2, shown_as_typed(item.text(2)))
                top.addChild(item)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.tree.resizeColumnToContents(1)
        self.tree.setColumnWidth(0, 520)
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(tr("Copy as Text"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setObjectName("copyReportButton")
        copy.clicked.connect(self.copy_text)
        add_help_button(buttons, self, "exchange.md", "the-report")
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(860, 480)

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.report.as_text())
