"""Edit → Preferences…: the user's own settings (QSettings, not the project's): the coder
name written on new codings, memos and summaries, and the interface language (used from the
next start)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from qdadesk.core.i18n import LANGUAGES, tr
from qdadesk.ui.help import add_help_button
from qdadesk.ui.language import LANGUAGE_SETTING, preferred_language

if TYPE_CHECKING:
    from qdadesk.ui.window_api import MainWindowApi


class PreferencesDialog(QDialog):
    """The coder name and the language; OK writes both."""

    def __init__(self, window: MainWindowApi) -> None:
        super().__init__(window if isinstance(window, QWidget) else None)
        from qdadesk.ui.coders import coder_name

        self.window_ = window
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(tr("Preferences"))
        form = QFormLayout()
        self.coder = QLineEdit(coder_name())
        self.coder.setObjectName("coderName")
        form.addRow(tr("Coder name:"), self.coder)
        coder_note = QLabel(
            tr(
                "Written on every coding, memo and summary you make from now on. "
                "Intercoder agreement compares coders by this name."
            )
        )
        coder_note.setWordWrap(True)
        form.addRow("", coder_note)
        self.language = QComboBox(self)
        self.language.setObjectName("preferencesLanguage")
        self.language.addItem(tr("System language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each language in its own words
        self.language.setCurrentIndex(max(self.language.findData(preferred_language()), 0))
        form.addRow(tr("Language:"), self.language)
        language_note = QLabel(tr("A new language is used when QDA Desk starts again."), self)
        language_note.setTextFormat(Qt.TextFormat.PlainText)
        language_note.setWordWrap(True)
        form.addRow("", language_note)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        add_help_button(buttons, self, "preferences.md")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        from qdadesk.ui.coders import set_coder_name

        name = " ".join(self.coder.text().split())
        if not name:
            self.error.setText(tr("A coder name cannot be empty"))
            self.error.show()
            return
        set_coder_name(name)
        session = self.window_.session
        if session is not None:
            session.project.user_name = name
        QSettings().setValue(LANGUAGE_SETTING, self.language.currentData())
        super().accept()
