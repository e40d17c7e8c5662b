"""Help → About: the version and licence, the bundled libraries with their licence texts, and
where the user's data and settings are.

The licence texts are in resources/licenses (gathered by packaging/collect_licenses.py);
Qt and PySide6 are LGPL, so the dialog also says how to replace the Qt libraries.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import NotRequired, TypedDict

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qdadesk import __version__, paths
from qdadesk.core.i18n import tr

LICENSES = "licenses"
BACKUPS_FOLDER = "Backups"  # beside each project (see the backups feature)


class LibraryLicence(TypedDict):
    """One bundled library in licenses.json."""

    name: str
    version: str
    license: str
    files: NotRequired[list[str]]  # its licence texts, relative to resources/licenses


class LicenceIndex(TypedDict):
    """resources/licenses/licenses.json (written by packaging/collect_licenses.py)."""

    note: str
    libraries: list[LibraryLicence]


def licence_index() -> LicenceIndex:
    """resources/licenses/licenses.json: the note on Qt and one entry per library."""
    path = paths.resource_path(LICENSES, "licenses.json")
    try:
        index: LicenceIndex = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"note": "", "libraries": []}
    return index


def data_locations(project_path: str | Path | None = None) -> list[tuple[str, str]]:
    """(what, where) pairs for the "Your data" tab: settings, data folder, mode, backups."""
    portable = paths.portable_data_dir()
    rows = [
        (tr("Settings file"), QSettings().fileName()),
        (tr("QDA Desk's data folder"), str(paths.user_data_dir(create=False))),
        (
            tr("Portable mode"),
            tr("yes: settings and data stay in {folder}").format(folder=portable)
            if portable is not None
            else tr("no (put a file portable.txt beside the program to turn it on)"),
        ),
    ]
    if project_path is not None:
        project = Path(project_path).resolve()
        rows.append((tr("Open project"), str(project)))
        rows.append((tr("Its backups"), str(project.parent / BACKUPS_FOLDER)))
    else:
        rows.append((tr("Backups"), tr("in a folder Backups beside each project")))
    return rows


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, project_path: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(tr("About QDA Desk"))
        self.resize(760, 520)
        index = licence_index()

        heading = QLabel(f"QDA Desk {__version__}")
        heading.setObjectName("aboutHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        icon = QLabel()
        icon.setPixmap(paths_icon_pixmap(64))
        summary = QLabel(
            tr(
                "Offline qualitative data analysis.\n"
                "Free software under the MIT licence. Copyright © 2026 QDA Desk developers."
            )
        )
        summary.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(icon)
        texts = QVBoxLayout()
        texts.addWidget(heading)
        texts.addWidget(summary)
        top.addLayout(texts, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._licences_tab(index), tr("Licences"))
        self.tabs.addTab(self._data_tab(project_path), tr("Your data"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    # -- licences ----------------------------------------------------------------------------
    def _licences_tab(self, index: LicenceIndex) -> QWidget:
        page = QWidget()
        note = QLabel(
            tr(
                "QDA Desk includes these libraries, each under its own licence. Qt and Qt for "
                "Python (PySide6) are used under the GNU LGPL 3.0: you may replace them with "
                "your own build of the same version (see “Replacing Qt”)."
            )
        )
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        self.libraries = QListWidget()
        self.libraries.setObjectName("aboutLibraries")
        self.licence_text = QPlainTextEdit()
        self.licence_text.setObjectName("aboutLicenceText")
        self.licence_text.setReadOnly(True)
        self.licence_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        replacing = QListWidgetItem(tr("Replacing Qt (LGPL)"))
        replacing.setData(Qt.ItemDataRole.UserRole, ["REPLACING-QT.txt"])
        self.libraries.addItem(replacing)
        for entry in index.get("libraries", []):
            item = QListWidgetItem(f"{entry['name']} {entry['version']} — {entry['license']}")
            item.setData(Qt.ItemDataRole.UserRole, entry.get("files", []))
            self.libraries.addItem(item)
        self.libraries.currentItemChanged.connect(self._show_licence)
        split = QSplitter()
        split.addWidget(self.libraries)
        split.addWidget(self.licence_text)
        split.setSizes([280, 460])
        folder_button = QPushButton(tr("Open the licences folder"))
        folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.resource_path(LICENSES))))
        )
        layout = QVBoxLayout(page)
        layout.addWidget(note)
        layout.addWidget(split, 1)
        layout.addWidget(folder_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.libraries.setCurrentRow(1 if self.libraries.count() > 1 else 0)
        return page

    def _show_licence(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        parts = []
        for name in item.data(Qt.ItemDataRole.UserRole) or []:
            path = paths.resource_path(LICENSES, *name.split("/"))
            try:
                text = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                text = tr("(missing: {path})").format(path=path)
            parts.append(f"== {name} ==\n\n{text}")
        self.licence_text.setPlainText("\n\n".join(parts))

    # -- data ----------------------------------------------------------------------------------
    def _data_tab(self, project_path: str | None) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.locations = data_locations(project_path)
        for what, where in self.locations:
            value = QLabel(where)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            form.addRow(what + ":", value)
        return page


def paths_icon_pixmap(size: int) -> QPixmap:
    """The application icon at ``size`` pixels (empty pixmap if the file is missing)."""
    return QPixmap(str(paths.resource_path("icons", "qdadesk-128.png"))).scaled(
        size,
        size,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
