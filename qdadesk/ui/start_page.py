"""The start page shown when no project is open: recent projects, New, Open, Open sample.

Recent projects are kept in QSettings (``recentProjects``, newest first, at most 10).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qdadesk.core.i18n import tr
from qdadesk.ui import icons
from qdadesk.ui.plain_text import shown_as_typed

RECENT_KEY = "recentProjects"
RECENT_LIMIT = 10


def recent_projects() -> list[str]:
    """Recently opened project files that still exist, newest first."""
    value = QSettings().value(RECENT_KEY, [])
    # QSettings hands a one-entry list back as a plain string on some back ends.
    paths = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return [str(p) for p in paths if Path(str(p)).is_file()]


def remember_project(path: str | Path) -> None:
    path = str(Path(path).resolve())
    paths = [p for p in recent_projects() if p != path]
    QSettings().setValue(RECENT_KEY, [path, *paths][:RECENT_LIMIT])


class StartPage(QWidget):
    """What a user sees first: big buttons and the recent projects list."""

    newRequested = Signal()
    openRequested = Signal()
    sampleRequested = Signal()
    projectChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        title = QLabel("QDA Desk", self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(
            tr(
                "Qualitative data analysis: code interviews, retrieve segments, "
                "build displays. Everything is saved as you work."
            ),
            self,
        )
        subtitle.setWordWrap(True)
        buttons = QVBoxLayout()
        for name, text, icon_name, signal in (
            ("startNewProject", tr("New Project…"), "new", self.newRequested),
            ("startOpenProject", tr("Open Project…"), "open", self.openRequested),
            ("startOpenSample", tr("Open Sample Project"), "document", self.sampleRequested),
        ):
            button = QPushButton(icons.icon(icon_name), text, self)
            button.setObjectName(name)
            button.setIconSize(QSize(22, 22))
            button.setMinimumHeight(40)
            button.setStyleSheet("text-align: left; padding-left: 12px;")
            button.clicked.connect(signal.emit)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.recent = QListWidget(self)
        self.recent.setObjectName("recentProjects")
        self.recent.setIconSize(QSize(20, 20))
        self.recent.itemActivated.connect(lambda item: self.projectChosen.emit(item.data(256)))
        recent_label = QLabel(tr("Recent projects"), self)
        bold = QFont(recent_label.font())
        bold.setBold(True)
        recent_label.setFont(bold)
        recent_box = QVBoxLayout()
        recent_box.addWidget(recent_label)
        recent_box.addWidget(self.recent, 1)
        body = QHBoxLayout()
        body.addLayout(buttons, 1)
        body.addSpacing(24)
        body.addLayout(recent_box, 2)
        card = QFrame(self)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(860)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(28, 24, 28, 24)
        card_layout.addWidget(title)
        card_layout.addWidget(subtitle)
        card_layout.addSpacing(16)
        card_layout.addLayout(body, 1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        outer.addLayout(row, 4)
        outer.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        self.recent.clear()
        paths = recent_projects()
        for path in paths:
            item = QListWidgetItem(icons.icon("document"), f"{Path(path).stem}\n{path}")
            item.setData(256, path)
            item.setToolTip(shown_as_typed(path))
            self.recent.addItem(item)
        if not paths:
            item = QListWidgetItem(tr("No recent projects yet"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(item)
