"""The keyboard on a selected region of a page: the arrow keys move it by one unit (Shift:
ten), Alt+arrow resizes it from its bottom-right corner, Delete removes it.

Each key shows the new box at once; the box is written when no further arrow key came for
``IDLE_MS`` (or before anything else happens: a click, a shortcut such as Ctrl+Z, Escape,
the view losing focus), so a burst of key presses is one undo step. Units are the page's
(points on a PDF page, pixels on a picture); the box is kept on its page.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent

from qdadesk.ui.document_browser.page_marks import PageMark
from qdadesk.ui.document_browser.region_handles import MOVE, reshaped

if TYPE_CHECKING:
    from qdadesk.ui.document_browser.page_view import PageView

IDLE_MS = 400  # no further key for this long: the burst is written as one step
STEP, BIG_STEP = 1.0, 10.0  # page units per arrow key, and with Shift held

_ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}
_DELETE = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


def arrow_change(event: QKeyEvent) -> tuple[str, float, float] | None:
    """What an arrow key does to a region: the grip it moves (``MOVE``, or ``"se"`` with
    Alt held) and by how much; None for other keys and for Ctrl+arrow (left to the view)."""
    direction = _ARROWS.get(Qt.Key(event.key()))
    modifiers = event.modifiers()
    if direction is None or modifiers & Qt.KeyboardModifier.ControlModifier:
        return None
    step = BIG_STEP if modifiers & Qt.KeyboardModifier.ShiftModifier else STEP
    grip = "se" if modifiers & Qt.KeyboardModifier.AltModifier else MOVE
    return grip, direction[0] * step, direction[1] * step


def wants_key(event: QKeyEvent) -> bool:
    """A key this module handles (arrows, Delete), with or without modifiers."""
    key = Qt.Key(event.key())
    return key in _ARROWS or key in _DELETE


class RegionKeys(QObject):
    """Arrow keys and Delete on the selected region of one ``PageView``."""

    def __init__(self, view: PageView) -> None:
        super().__init__(view)
        self.view = view
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(IDLE_MS)
        self.timer.timeout.connect(self.finish)
        # The region as it was before the burst and all marks then (put back when written).
        self._held: tuple[PageMark, list[PageMark]] | None = None

    @property
    def pending(self) -> bool:
        return self._held is not None

    def key_pressed(self, event: QKeyEvent) -> bool:
        """Handle ``event`` if it is for the selected region; False to let the view have it."""
        view = self.view
        mark = view.selected_region_mark()
        if mark is None or mark.box is None or not view.pages:
            return False
        if Qt.Key(event.key()) in _DELETE:
            self.cancel()  # the region goes: where the keys had put it does not matter
            view.regionDeleteWanted.emit(mark.coding_id)
            return True
        change = arrow_change(event)
        if change is None:
            return False
        grip, dx, dy = change
        page = view.pages[(mark.page or 1) - 1]
        box = reshaped(mark.box, grip, dx, dy, page.width, page.height, view.zoom)
        if self._held is None:
            self._held = (mark, view.marks)
        moved = replace(mark, box=box)
        view.preview_marks([moved if m.coding_id == mark.coding_id else m for m in view.marks])
        self.timer.start()
        return True

    def finish(self) -> None:
        """Write the burst so far (the marks go back as they were; the write brings them)."""
        self.timer.stop()
        held, self._held = self._held, None
        if held is None:
            return
        before, marks = held
        after = next((m for m in self.view.marks if m.coding_id == before.coding_id), before)
        self.view.preview_marks(marks)
        if after.box is not None and after.box != before.box:
            self.view.regionMoved.emit(after.coding_id, after.page or 1, after.box)

    def cancel(self) -> None:
        """Drop the burst unwritten (the codings changed under it, or the region goes)."""
        self.timer.stop()
        held, self._held = self._held, None
        if held is not None:
            self.view.preview_marks(held[1])
