"""What an import did, shown in the window: the import summary after each import (files
imported, the importers' notes, files skipped and why) and a document's Properties (name,
type, size, import date, original file, import notes) from the Document System's menu.

``install(window)`` adds "Properties…" to a document's context menu in the Document System.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qdadesk.core.i18n import ntr, tr, tr_noop
from qdadesk.ui.document_tree_model import icon
from qdadesk.ui.help import add_help_button
from qdadesk.ui.window_api import parent_widget

if TYPE_CHECKING:
    from qdadesk.core import ImportReport, Project
    from qdadesk.ui.window_api import MainWindowApi

_FILE_TYPES = {
    "txt": tr_noop("Plain text (TXT)"),
    "docx": tr_noop("Word document (DOCX)"),
    "odt": tr_noop("OpenDocument text (ODT)"),
    "pdf": tr_noop("PDF"),
    "rtf": tr_noop("Rich text (RTF)"),
    "html": tr_noop("Web page (HTML)"),
    "htm": tr_noop("Web page (HTML)"),
    "md": tr_noop("Markdown"),
    "markdown": tr_noop("Markdown"),
}


def _plain_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and notes are the user's text
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def file_size_text(size: int) -> str:
    """``2.4 MB``, ``18 KB``, ``312 bytes``."""
    if size >= 1024 * 1024:
        return tr("{size} MB").format(size=f"{size / (1024 * 1024):.1f}")
    if size >= 1024:
        return tr("{size} KB").format(size=f"{size / 1024:.0f}")
    return ntr("{n} byte", "{n} bytes", size)


def _date_text(stamp: str) -> str:
    return stamp.replace("T", " ")[:16] if stamp else ""


class ImportSummaryDialog(QDialog):
    """After an import: the documents made (with their notes) and the files skipped."""

    def __init__(
        self, project: Project, report: ImportReport, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importSummary")
        self.setWindowTitle(tr("Import Summary"))
        self.setWindowIcon(icon("documents"))
        notes: dict[str, list[str]] = {}
        for name, note in report.notes:
            notes.setdefault(name, []).append(note)
        names = [project.document(i).name for i in report.imported]
        parts = [ntr("{n} document imported", "{n} documents imported", len(names))]
        if report.failed:
            parts.append(ntr("{n} file skipped", "{n} files skipped", len(report.failed)))
        noted = sum(1 for name in names if notes.get(name))
        if noted:
            parts.append(ntr("{n} with notes", "{n} with notes", noted))
        self.headline = _plain_label(", ".join(parts), self)
        self.headline.setObjectName("importHeadline")
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("importSummaryTree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        if names:
            imported = QTreeWidgetItem([tr("Imported")])
            self.tree.addTopLevelItem(imported)
            for name in names:
                item = QTreeWidgetItem([name])
                item.setIcon(0, icon("page"))
                for note in notes.get(name, []):
                    child = QTreeWidgetItem([note])
                    child.setToolTip(0, note)
                    item.addChild(child)
                imported.addChild(item)
            imported.setExpanded(True)
            for number in range(imported.childCount()):
                if (document_item := imported.child(number)) is not None:
                    document_item.setExpanded(True)
        if report.failed:
            skipped = QTreeWidgetItem([tr("Skipped")])
            skipped.setForeground(0, Qt.GlobalColor.darkRed)
            self.tree.addTopLevelItem(skipped)
            for file_name, reason in report.failed:
                item = QTreeWidgetItem(
                    [tr("{file}: {reason}").format(file=file_name, reason=reason)]
                )
                item.setToolTip(0, reason)
                skipped.addChild(item)
            skipped.setExpanded(True)
        hint = _plain_label(
            tr("A document's notes stay in its Properties (Document System context menu)."), self
        )
        hint.setStyleSheet("color: #666")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        add_help_button(buttons, self, "importing.md", "the-import-summary")
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def lines(self) -> list[str]:
        """Every line shown, depth-first (for tests and copying)."""
        out: list[str] = []

        def walk(item: QTreeWidgetItem, depth: int) -> None:
            out.append("  " * depth + item.text(0))
            for number in range(item.childCount()):
                if (child := item.child(number)) is not None:
                    walk(child, depth + 1)

        for number in range(self.tree.topLevelItemCount()):
            if (top := self.tree.topLevelItem(number)) is not None:
                walk(top, 0)
        return out


class DocumentPropertiesDialog(QDialog):
    """Name, type, size, import date, original file name and import notes of a document."""

    def __init__(self, project: Project, document_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentProperties")
        properties = project.document_properties(document_id)
        self.setWindowTitle(tr("Properties of '{name}'").format(name=properties.name))
        self.setWindowIcon(icon("page"))
        form = QFormLayout()
        file_type = _FILE_TYPES.get(properties.file_type, properties.file_type.upper())
        size = (file_size_text(properties.file_size) + " · " if properties.file_size else "") + ntr(
            "{n} character", "{n} characters", properties.characters
        )
        self.values: dict[str, str] = {}
        for key, label, value in (
            ("name", tr("Name:"), properties.name),
            ("group", tr("Document group:"), properties.group or tr("(top level)")),
            ("type", tr("Type:"), tr(file_type) if file_type else tr("Text made in QDA Desk")),
            ("size", tr("Size:"), size),
            ("imported", tr("Imported:"), _date_text(properties.created)),
            ("file", tr("Original file:"), properties.file_name or tr("(none)")),
        ):
            self.values[key] = value
            field = _plain_label(value, self)
            field.setObjectName(f"property_{key}")
            form.addRow(label, field)
        notes = "\n".join(f"• {note}" for note in properties.notes) or tr(
            "No notes: nothing was left out or changed."
        )
        self.values["notes"] = notes
        self.notes = _plain_label(notes, self)
        self.notes.setObjectName("property_notes")
        form.addRow(tr("Import notes:"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(520, 0)


def show_document_properties(
    window: MainWindowApi, document_id: int
) -> DocumentPropertiesDialog | None:
    session = window.session
    if session is None:
        return None
    dialog = DocumentPropertiesDialog(session.project, document_id, parent_widget(window))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def install(window: MainWindowApi) -> None:
    """Add "Properties…" to a document's context menu in the Document System."""
    window.document_system.add_document_action(
        tr("Properties…"), lambda document_id: show_document_properties(window, document_id)
    )
