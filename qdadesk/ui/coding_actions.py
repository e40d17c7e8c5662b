"""Coding the selected text: drag payload, in-vivo names, and the window's coding actions.

In-vivo coding, new code from the selection and the highlighters go through the core's
``Project.code_with_new_code``: the code and its coding are ONE operation (one undo step).
``CodingActions`` owns the QActions (in-vivo, current code, new code from selection, colour
highlighters, favourite codes 1-9) and applies them to the Document Browser's selection.

Shortcuts: Ctrl+Q codes with the current code (as MAXQDA's quick list does; Quit then has
no Ctrl+Q), Alt+I / Ctrl+I in-vivo, Ctrl+W / Alt+W new code from the selection,
Ctrl+1..Ctrl+9 favourite codes, Ctrl+Shift+1..5 the highlighters red, green, yellow, blue,
magenta.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from qdadesk.core import Operation, QdaError
from qdadesk.core.i18n import tr
from qdadesk.ui import icons
from qdadesk.ui.new_code_dialog import NewCodeFromSelectionDialog
from qdadesk.ui.window_api import MainWindowApi

if TYPE_CHECKING:
    from qdadesk.core import Project

SEGMENT_MIME = "application/x-qdadesk-segment"
CODES_MIME = "application/x-qdadesk-codes"
MAX_CODE_NAME = 63  # MAXQDA's limit for a code name
HIGHLIGHTERS = (
    ("red", tr("Red"), "#e6194b"),
    ("green", tr("Green"), "#3cb44b"),
    ("yellow", tr("Yellow"), "#ffe119"),
    ("blue", tr("Blue"), "#4363d8"),
    ("magenta", tr("Magenta"), "#f032e6"),
)
HIGHLIGHTER_NAMES = {name for _, name, _ in HIGHLIGHTERS}
Box = tuple[float, float, float, float]
Selection = tuple[int, int, int]  # (document, start, end) of selected text
Region = tuple[int, int | None, Box]  # (document, page or None on a picture, box)


# -- drag payload -------------------------------------------------------------------------
def segment_mime_data(document_id: int, start: int, end: int, text: str = "") -> QMimeData:
    """What dragging selected text carries: the document and the code-point range."""
    mime = QMimeData()
    payload = {"document_id": document_id, "start": start, "end": end}
    mime.setData(SEGMENT_MIME, json.dumps(payload).encode())
    if text:
        mime.setText(text)
    return mime


def region_mime_data(document_id: int, page: int | None, box: Box) -> QMimeData:
    """What dragging a rectangle drawn on a PDF page or picture carries."""
    mime = QMimeData()
    payload = {"document_id": document_id, "start": 0, "end": 0, "page": page, "box": box}
    mime.setData(SEGMENT_MIME, json.dumps(payload).encode())
    return mime


def parse_region_mime(mime: QMimeData) -> Region | None:
    """``(document_id, page, box)`` from a dragged rectangle, or None."""
    if not mime.hasFormat(SEGMENT_MIME):
        return None
    try:
        data = json.loads(bytes(mime.data(SEGMENT_MIME).data()).decode())
        if "box" not in data:
            return None
        x1, y1, x2, y2 = (float(v) for v in data["box"])
        page = None if data.get("page") is None else int(data["page"])
        return int(data["document_id"]), page, (x1, y1, x2, y2)
    except (ValueError, KeyError, TypeError):
        return None


def parse_segment_mime(mime: QMimeData) -> Selection | None:
    """``(document_id, start, end)`` from a drag, or None when it carries no segment."""
    if not mime.hasFormat(SEGMENT_MIME):
        return None
    try:
        data = json.loads(bytes(mime.data(SEGMENT_MIME).data()).decode())
        return int(data["document_id"]), int(data["start"]), int(data["end"])
    except (ValueError, KeyError, TypeError):
        return None


# -- names and combined operations --------------------------------------------------------
def in_vivo_name(text: str, limit: int = MAX_CODE_NAME) -> str:
    """A code name from selected words: one line, no backslashes, at most ``limit``
    characters, cut at a word boundary, without dangling punctuation."""
    name = " ".join(text.replace("\\", "/").translate(_INVISIBLE).split())
    name = name.strip(_DANGLING)
    if len(name) > limit:
        cut = name[: limit + 1]
        space = cut.rfind(" ")
        name = cut[:space] if space >= limit // 3 else name[: _grapheme_cut(name, limit)]
        name = name.rstrip(_DANGLING)
    return name


# Quotes and punctuation a name should not start or end with (Latin, Hungarian/German „…”,
# CJK full-width); invisible format characters that only hide inside a name (the zero-width
# joiner stays: it binds emoji sequences such as 👩‍💻).
_DANGLING = " \t\"'“”„‚‘’«»‹›「」『』《》.,;:!?()[]{}-–—。、，：；！？（）"
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))


def _joins_previous(char: str) -> bool:
    """Whether ``char`` belongs to the character before it (one user-perceived letter)."""
    code = ord(char)
    return (
        unicodedata.combining(char) != 0
        or unicodedata.category(char) in ("Mn", "Me", "Mc")
        or code == 0x200D  # zero-width joiner
        or 0xFE00 <= code <= 0xFE0F  # variation selectors
        or 0x1F3FB <= code <= 0x1F3FF  # skin-tone modifiers
        or 0xE0020 <= code <= 0xE007F  # tag characters (subdivision flags)
    )


def _grapheme_cut(text: str, limit: int) -> int:
    """The largest cut ``<= limit`` that splits no letter from its accents, no emoji
    sequence and no flag (a pair of regional indicators)."""
    cut = limit
    while 0 < cut < len(text) and (_joins_previous(text[cut]) or text[cut - 1] == "\u200d"):
        cut -= 1
    run = 0  # regional indicators just before the cut: an odd run splits a flag
    while run < cut and 0x1F1E6 <= ord(text[cut - 1 - run]) <= 0x1F1FF:
        run += 1
    if run % 2 and cut < len(text) and 0x1F1E6 <= ord(text[cut]) <= 0x1F1FF:
        cut -= 1
    return cut if cut > 0 else limit


def code_in_vivo(project: Project, document_id: int, start: int, end: int) -> Operation:
    """In-vivo coding: a top-level code named by the selected words codes them."""
    name = in_vivo_name(project.text(document_id)[start:end])
    if not name:
        raise QdaError(tr("Select some words to code in vivo"))
    return project.code_with_new_code(
        document_id,
        start,
        end,
        name,
        description=tr("Code in vivo with '{name}'").format(name=name),
    )


# -- the window's actions -----------------------------------------------------------------
class CodingActions(QObject):
    """The coding QActions, applied to the browser's selection in the current session."""

    def __init__(self, window: MainWindowApi) -> None:
        super().__init__(window.window())
        self.window = window
        # The open "Code with New Code" dialog (kept so a script can fill it in).
        self.new_code_dialog: NewCodeFromSelectionDialog | None = None
        self.in_vivo = self._action(
            "actionInVivoCode",
            tr("Code In-Vivo"),
            "in-vivo",
            ["Alt+I", "Ctrl+I"],
            self.code_in_vivo,
            tr("A new code named by the selected words codes them"),
        )
        self.with_current = self._action(
            "actionCodeWithCurrentCode",
            tr("Code with Current Code"),
            "current-code",
            ["Ctrl+Q"],
            self.code_with_current,
            tr("Code the selection with the selected code"),
        )
        self.new_code = self._action(
            "actionNewCodeFromSelection",
            tr("Code with New Code…"),
            "new-code",
            ["Ctrl+W", "Alt+W"],
            self.code_with_new,
            tr("A new code for the selected text"),
        )
        self.highlighters: list[QAction] = []
        for number, (key, name, color) in enumerate(HIGHLIGHTERS, start=1):
            action = self._action(
                f"actionHighlight{key.capitalize()}",
                tr("Highlight {colour}").format(colour=name),
                None,
                [f"Ctrl+Shift+{number}"],
                partial(self.highlight, name, color),
                tr("Code the selection with the colour code '{name}'").format(name=name),
            )
            action.setIcon(icons.code_icon(color, highlighter=True))
            self.highlighters.append(action)
        self.favourites: list[QAction] = []
        for number in range(1, 10):
            self.favourites.append(
                self._action(
                    f"actionCodeWithFavourite{number}",
                    tr("Code with Favourite {n}").format(n=number),
                    None,
                    [f"Ctrl+{number}"],
                    partial(self.code_with_favourite, number),
                    tr("Code the selection with the code on key {n}").format(n=number),
                )
            )

    def _action(
        self,
        name: str,
        text: str,
        icon_name: str | None,
        keys: list[str],
        slot: Callable[[], object],
        tip: str,
    ) -> QAction:
        action = QAction(text, self.window.window())
        action.setObjectName(name)
        if icon_name:
            action.setIcon(icons.icon(icon_name))
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setToolTip(f"{text} ({keys[0]})" if keys else text)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def all_actions(self) -> list[QAction]:
        return [
            self.with_current,
            self.new_code,
            self.in_vivo,
            *self.highlighters,
            *self.favourites,
        ]

    # -- helpers ---------------------------------------------------------------------------
    def _selection(self) -> Selection | None:
        """(document, start, end) of the selected text, or a status message and None."""
        window = self.window
        if window.session is None:
            return None
        browser = window.document_browser
        document_id = browser.current_document_id()
        selected = browser.selected_range()
        if document_id is None or selected is None:
            window.statusBar().showMessage(tr("Select some text in a document first"), 4000)
            return None
        return document_id, selected[0], selected[1]

    def _region(self) -> Region | None:
        """(document, page, box) of a rectangle drawn on a PDF page or picture, or None."""
        window = self.window
        if window.session is None:
            return None
        browser = window.document_browser
        selected = browser.selected_region()
        document_id = browser.current_document_id()
        if selected is None or document_id is None:
            return None
        return document_id, selected[0], selected[1]

    def _code_region(self, project: Project, region: Region, code_id: int) -> Operation | None:
        document_id, page, box = region
        operation = self._run(lambda: project.add_region_coding(document_id, code_id, box, page))
        if operation is not None:
            self.window.document_browser.clear_region_selection()
        return operation

    def _code_region_with_new_code(
        self,
        project: Project,
        region: Region,
        name: str,
        color: str | None,
        parent_id: int | None = None,
        description: str | None = None,
        code_description: str = "",
    ) -> Operation | None:
        document_id, page, box = region
        operation = self._run(
            lambda: project.code_region_with_new_code(
                document_id, box, page, name, color, parent_id, description, code_description
            )
        )
        if operation is not None:
            self.window.document_browser.clear_region_selection()
        return operation

    def _run(self, call: Callable[[], Operation]) -> Operation | None:
        return self.window.run_operation(call)

    # -- slots -----------------------------------------------------------------------------
    def code_in_vivo(self) -> None:
        session = self.window.session
        if session is None:
            return
        if self._region() is not None:
            self.window.statusBar().showMessage(
                tr("In-vivo coding names a code by selected words: select text, not a region"),
                5000,
            )
            return
        selection = self._selection()
        if selection:
            project = session.project
            operation = self._run(lambda: code_in_vivo(project, *selection))
            if operation is not None:
                self.window.set_current_code(operation.result[0])

    def code_with_current(self) -> None:
        session = self.window.session
        if session is None:
            return
        region = self._region()
        selection = None if region else self._selection()
        if not (region or selection):
            return
        code_id = self.window.current_code_id()
        if code_id is None:
            self.window.statusBar().showMessage(tr("Select a code in the Code System first"), 4000)
            return
        project = session.project
        if region:
            self._code_region(project, region, code_id)
        elif selection:
            document_id, start, end = selection
            self._run(lambda: project.add_coding(document_id, code_id, start, end))

    def code_with_new(self) -> NewCodeFromSelectionDialog | None:
        """Ask name, parent, colour and description in one dialog; OK codes the selection.

        The dialog is window-modal but does not block (``open``); it is returned (and kept
        as ``new_code_dialog``) so a script can fill it in."""
        session = self.window.session
        if session is None:
            return None
        region = self._region()
        selection = None if region else self._selection()
        if not (region or selection):
            return None
        project = session.project
        suggestion = (
            ""
            if selection is None
            else in_vivo_name(project.text(selection[0])[selection[1] : selection[2]])
        )
        current = self.window.current_code_id()
        parent_id = project.code(current).parent_id if current is not None else None
        paths = project.code_paths()
        parents = sorted(paths.items(), key=lambda item: item[1].casefold())
        dialog = NewCodeFromSelectionDialog(
            suggestion, project.next_palette_color(), parents, parent_id, self.window.window()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def apply() -> None:
            name, parent, color, description = dialog.values()
            operation = None
            if region:
                operation = self._code_region_with_new_code(
                    project, region, name, color, parent, code_description=description
                )
            elif selection:
                document_id, start, end = selection
                operation = self._run(
                    lambda: project.code_with_new_code(
                        document_id, start, end, name, color, parent, code_description=description
                    )
                )
            if operation is not None:
                self.window.set_current_code(operation.result[0])

        dialog.accepted.connect(apply)
        self.new_code_dialog = dialog
        dialog.open()
        return dialog

    def highlight(self, name: str, color: str) -> None:
        session = self.window.session
        if session is None:
            return
        project = session.project
        region = self._region()
        if region:
            self._code_region_with_new_code(
                project,
                region,
                name,
                color,
                description=tr("Highlight in {colour}").format(colour=name),
            )
            return
        selection = self._selection()
        if not selection:
            return
        document_id, start, end = selection
        self._run(
            lambda: project.code_with_new_code(
                document_id,
                start,
                end,
                name,
                color,
                description=tr("Highlight in {colour}").format(colour=name),
            )
        )

    def code_with_favourite(self, number: int) -> None:
        session = self.window.session
        if session is None:
            return
        region = self._region()
        selection = None if region else self._selection()
        if not (region or selection):
            return
        project = session.project
        code = next((c for c in project.codes() if c.shortcut == number), None)
        if code is None:
            self.window.statusBar().showMessage(
                tr("No code is on key {n}; set one in the code's context menu").format(n=number),
                5000,
            )
            return
        if region:
            self._code_region(project, region, code.id)
        elif selection:
            document_id, start, end = selection
            self._run(lambda: project.add_coding(document_id, code.id, start, end))
