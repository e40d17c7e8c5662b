"""Edit → Preferences…: the interface language (applied when QDA Desk starts again)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from qdadesk.core.i18n import LANGUAGES, tr
from qdadesk.ui.language import LANGUAGE_SETTING, preferred_language


class PreferencesDialog(QDialog):
    """The user's settings (QSettings), not the project's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(tr("Preferences"))
        form = QFormLayout(self)
        self.language = QComboBox(self)
        self.language.setObjectName("preferencesLanguage")
        self.language.addItem(tr("System language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each language in its own words
        index = self.language.findData(preferred_language())
        self.language.setCurrentIndex(max(index, 0))
        form.addRow(tr("Language:"), self.language)
        note = QLabel(tr("A new language is used when QDA Desk starts again."), self)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        QSettings().setValue(LANGUAGE_SETTING, self.language.currentData())
        super().accept()
