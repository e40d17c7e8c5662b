"""Retrieved Segments pane: the coded segments of the activated documents and codes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QListView, QVBoxLayout, QWidget


class RetrievedSegmentsPane(QWidget):
    """Lists coded segments lazily; a click asks the window to show the segment."""

    segmentActivated = Signal(int, int, int)  # document id, start, end (code points)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = None
        self.view = QListView(self)
        self.view.setObjectName("retrievedSegments")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.set_session(session)

    def set_session(self, session) -> None:
        """Follow another project's activation (``None``: show nothing)."""
        self.session = session

    def show_segments(self, frame, title: str) -> None:
        """List a given segments DataFrame (columns of ``retrieve_segments``)."""

    def segment_count(self) -> int:
        return 0
