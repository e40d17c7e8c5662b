"""The Document Browser pane: the open document, its codings and memos, find and zoom."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QIcon,
    QKeySequence,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from qdadesk.core import NotFoundError, Operation
from qdadesk.core.i18n import ntr, tr
from qdadesk.core.model import Code, Coding, Document, Memo
from qdadesk.ui import icons, prompts
from qdadesk.ui.document_browser.find_bar import FindBar
from qdadesk.ui.document_browser.margin import (
    MemoMark,
    Stripe,
    StripeMargin,
    assign_columns,
    paragraph_of,
    paragraph_starts,
)
from qdadesk.ui.document_browser.paged_mode import PagedMode
from qdadesk.ui.document_browser.rendering import build_document
from qdadesk.ui.document_browser.text_view import DocumentTextView
from qdadesk.ui.offsets import OffsetMap
from qdadesk.ui.plain_text import escaped, shown_as_typed
from qdadesk.ui.session import ProjectSession, switch_session


class DocumentBrowser(QWidget):
    """Shows one document read-only with highlights, stripes, paragraph numbers and memos."""

    documentChanged = Signal(object)  # document id or None
    codingClicked = Signal(int)  # coding id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentBrowser")
        self.session: ProjectSession | None = None
        self.document_id: int | None = None
        self._codes: dict[int, Code] = {}
        self._paths: dict[int, str] = {}
        self._codings: dict[int, Coding] = {}
        self._starts: list[int] = [0]
        self._document: QTextDocument | None = None
        self._blank = QTextDocument(self)
        self._highlight_window: tuple[int, int] | None = None
        self._codes_loaded = False
        self._placed: dict[int, tuple[int, int, int, int, int, int]] = {}  # per coding id
        self._stripe_cache: dict[int, Stripe] = {}
        self._colors: dict[int, QColor] = {}
        self._stripes: list[Stripe] = []
        self._title_name = ""  # the open document's name, in the title
        self.highlight_codings = True
        self.extra_text_actions: list[QAction] = []  # coding actions for the text's menu

        self.title = QLabel(tr("No document open"), self)
        self.title.setObjectName("documentBrowserTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)  # names in it are escaped
        title_font = self.title.font()
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("documentBrowserToolbar")
        self.toolbar.setIconSize(self.toolbar.iconSize() * 0.75)
        header = QHBoxLayout()
        header.setContentsMargins(6, 2, 2, 2)
        self.title_icon = QLabel(self)  # the open document's type (PDF, picture, DOCX ...)
        self.title_icon.setPixmap(icons.icon("document").pixmap(16, 16))
        header.addWidget(self.title_icon)
        header.addWidget(self.title, 1)
        header.addWidget(self.toolbar)

        self.text = DocumentTextView(self)
        font = QFont(self.text.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        self.text.setFont(font)
        self.margin = StripeMargin(self.text)
        self.margin.tooltip_for = self.stripe_tooltip
        self.margin.memo_tooltip_for = self._coding_memo_tooltip
        self._coding_memos: dict[int, Memo] = {}  # coding id -> its memo
        self.text.verticalScrollBar().valueChanged.connect(lambda: self._apply_highlights(False))
        self.text.viewportResized.connect(lambda: self._apply_highlights(False))
        self._highlight_timer = QTimer(self)
        self._highlight_timer.setSingleShot(True)
        self._highlight_timer.setInterval(0)
        self._highlight_timer.timeout.connect(lambda: self._apply_highlights(False))
        self.find_bar = FindBar(self.text, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.find_bar)

        self.text.contextMenuWanted.connect(self._text_menu)
        self.text.zoomWanted.connect(self.zoom)
        self.margin.stripeClicked.connect(self.select_coding)
        self.margin.stripeMenuWanted.connect(self.show_coding_menu)
        self.margin.memoOpened.connect(self.open_memo)
        self.margin.memoMenuWanted.connect(self._memo_menu)
        self._make_actions()
        self.margin.relayout()
        self.paged = PagedMode(self)  # PDFs and pictures, shown as pages

    # -- actions ---------------------------------------------------------------------------
    def _make_actions(self) -> None:
        def action(
            name: str,
            text: str,
            icon_name: str | None,
            keys: list[str | QKeySequence.StandardKey],
            slot: Callable[..., object],
        ) -> QAction:
            act = QAction(icons.icon(icon_name) if icon_name else QIcon(), text, self)
            act.setObjectName(name)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            return act

        self.action_find = action(
            "actionFind",
            tr("Find in Document…"),
            "find",
            [QKeySequence.StandardKey.Find],
            self.find_bar.open_bar,
        )
        self.action_zoom_in = action(
            "actionZoomIn", tr("Zoom In"), "zoom-in", ["Ctrl++", "Ctrl+="], lambda: self.zoom(1)
        )
        self.action_zoom_out = action(
            "actionZoomOut", tr("Zoom Out"), "zoom-out", ["Ctrl+-"], lambda: self.zoom(-1)
        )
        self.action_position_memo = action(
            "actionNewPositionMemo",
            tr("New Memo at Selection…"),
            "memo",
            ["Alt+M"],
            self.new_position_memo,
        )
        self.action_highlight = action(
            "actionShowCodingHighlights",
            tr("Show Codings in Code Colour"),
            None,
            [],
            self._toggle_highlights,
        )
        self.action_highlight.setCheckable(True)
        self.action_highlight.setChecked(True)
        for act in self.actions_for_menu():
            self.addAction(act)

    def actions_for_menu(self) -> list[QAction]:
        return [
            self.action_find,
            self.action_zoom_in,
            self.action_zoom_out,
            self.action_position_memo,
            self.action_highlight,
        ]

    # -- contract --------------------------------------------------------------------------
    def set_session(self, session: ProjectSession | None) -> None:
        switch_session(self.session, session, self._on_changed)
        self.session = session
        self._codes_loaded = False
        self.close_document()

    def active_session(self) -> ProjectSession:
        """The open project's session: everything that reads or edits the document runs
        only while one is open (a document is shown, or is being opened, from it)."""
        assert self.session is not None, "no project is open"
        return self.session

    def current_document_id(self) -> int | None:
        return self.document_id

    def coding(self, coding_id: int) -> Coding | None:
        """One of the open document's codings (None: not one of them)."""
        return self._codings.get(coding_id)

    def codings(self) -> list[Coding]:
        """The open document's codings."""
        return list(self._codings.values())

    def code(self, code_id: int) -> Code | None:
        """A code of the project as last read (None: not there)."""
        return self._codes.get(code_id)

    def code_color(self, code: Code) -> QColor:
        """The colour a code's marks are drawn in (one QColor per code, reused)."""
        return self._color(code.id, code.color)

    def selected_range(self) -> tuple[int, int] | None:
        """The selected text as code points ``(start, end)``, or None."""
        if self.paged.pages_shown:
            return self.paged.selected_range()
        return self.text.selected_range()

    def selected_region(self) -> tuple[int | None, tuple[float, float, float, float]] | None:
        """``(page, box)`` of a rectangle drawn on a PDF page or picture (page None on a
        picture), or None."""
        return self.paged.selected_region() if self.paged.pages_shown else None

    def clear_region_selection(self) -> None:
        """Forget a drawn rectangle (once it is coded its frame shows instead)."""
        if self.paged.active:
            self.paged.view.clear_selection()

    def select_range(self, start: int, end: int, center: bool = True) -> None:
        """Select code points ``start..end``, in the middle of the view (``center``) or
        scrolled only as far as needed."""
        if self.paged.pages_shown:
            self.paged.select_range(start, end)
            return
        self.text.select_points(start, end, center)

    # -- opening ---------------------------------------------------------------------------
    def open_document(self, document_id: int) -> None:
        """Show a document with its formatting, codings and memos (a PDF or a picture as
        its pages)."""
        record = self.active_session().project.document(document_id)
        if self.paged.open(record):
            return
        self.paged.close()
        self._open_text(document_id, record)

    def show_text(self, record: Document) -> None:
        """Show the text representation of ``record`` (page mode's "Text" toggle)."""
        self._open_text(record.id, record)

    def load_page_marks(self, record: Document) -> None:
        """Read the codings and memos of ``record``, whose pages page mode has just put in
        place, and name it in the title (pages have no paragraph numbers)."""
        self._starts = [0]
        self._load_codes()
        self._load_codings(highlight=False)
        self._load_memos()
        self._set_title(record.name)
        self._update_title_count(len(self._codings))

    def redraw_marks(self) -> None:
        """Draw the codings again (page mode, back from the text representation)."""
        self._rebuild_stripes()

    def _open_text(self, document_id: int, record: Document) -> None:
        project = self.active_session().project
        text = project.text(document_id)
        offsets = OffsetMap(text)
        document = build_document(
            text, project.formatting(document_id), offsets, self.text.palette(), self.text.font()
        )
        self.document_id = document_id
        self.text.document_id = document_id
        self.text.offsets = offsets
        self._starts = paragraph_starts(text)
        self.text.setDocument(self._blank)  # so a margin change re-lays out no old text
        self.margin.paragraph_count = len(self._starts)
        # Stripes and memos first: the margin's width is then known before the text is laid
        # out, so the (costly) layout of a long document happens once.
        self._load_codes()
        self._load_codings(highlight=False)
        self._load_memos()
        document.setParent(self.text)
        self.text.setDocument(document)
        if self._document is not None:
            self._document.deleteLater()  # ours; the view's first document Qt deletes itself
        self._document = document
        self.margin.watch_document(document)
        # Qt lays a document out in steps after opening, resizing or zooming: the shaded
        # window follows once a step has landed (not inside it: measuring lays out too).
        document.documentLayout().documentSizeChanged.connect(
            lambda _size: self._highlight_timer.start()
        )
        self._apply_highlights()
        self._set_title(record.name)
        self.documentChanged.emit(document_id)

    def close_document(self) -> None:
        self.paged.close()
        self.document_id = None
        self.text.document_id = None
        self.text.offsets = OffsetMap("")
        self.text.setExtraSelections([])
        self.text.setDocument(self._blank)
        if self._document is not None:
            self._document.deleteLater()
            self._document = None
        self.margin.paragraph_count = 1
        self._codings = {}
        self._coding_memos = {}
        self.margin.set_items([], [], 0)
        self.title.setText(tr("No document open"))
        self.title_icon.setPixmap(icons.icon("document").pixmap(16, 16))
        self.documentChanged.emit(None)

    def _set_title(self, name: str) -> None:
        count = len(self._codings)
        self.title.setText(escaped(name))  # a rich label (the grey count): the name escaped
        self.title.setToolTip(shown_as_typed(name))
        self._title_name = name
        self._update_title_count(count)
        if self.session is not None and self.document_id is not None:
            project = self.session.project
            kind = project.document(self.document_id).kind
            file_type = project.document_file_types().get(self.document_id)
            icon = icons.document_icon(kind, file_type)
            self.title_icon.setPixmap(icon.pixmap(16, 16))

    def _update_title_count(self, count: int) -> None:
        name = self._title_name
        suffix = ntr("{n} coded segment", "{n} coded segments", count)
        self.title.setText(
            f"{escaped(name)}   <span style='font-weight:normal;color:gray'>{suffix}</span>"
        )

    # -- data ------------------------------------------------------------------------------
    def _color(self, code_id: int, color: str) -> QColor:
        cached = self._colors.get(code_id)
        if cached is None or cached.name() != color:
            cached = self._colors[code_id] = QColor(color)
        return cached

    def _load_codes(self, force: bool = False) -> None:
        """Code names, colours and paths, kept until the codes change."""
        if self._codes_loaded and not force:
            return
        self._codes_loaded = True
        self._stripe_cache = {}  # names and colours may have changed
        project = self.active_session().project
        self._codes = {code.id: code for code in project.codes()}
        self._paths = project.code_paths()

    def _load_codings(self, highlight: bool = True) -> None:
        """Read this document's codings and redraw highlights and stripes (nothing else)."""
        if self.document_id is None:
            return
        codings = self.active_session().project.codings(document_ids=[self.document_id])
        self._codings = {c.id: c for c in codings}
        self._placed = {}
        self._stripe_cache = {}
        self._rebuild_stripes(highlight)

    def _update_codings(self, coding_ids: frozenset[int]) -> None:
        """Re-read only the named codings (added, changed or removed) of this document."""
        project = self.active_session().project
        for coding_id in coding_ids:
            try:
                coding = project.coding(coding_id)
            except NotFoundError:
                self._codings.pop(coding_id, None)
                continue
            if coding.document_id == self.document_id:
                self._codings[coding_id] = coding
            else:
                self._codings.pop(coding_id, None)
        self._rebuild_stripes()

    def _rebuild_stripes(self, highlight: bool = True) -> None:
        if self.paged.pages_shown:
            self.paged.show_marks(self._codings.values())
            self._update_title_count(len(self._codings))
            return
        offsets = self.text.offsets
        starts = self._starts
        placed = self._placed
        rows = []
        for coding in self._codings.values():
            if coding.is_region and coding.end <= coding.start:
                continue  # a region without text has no place in the text
            place = placed.get(coding.id)
            if place is None or place[0] != coding.start or place[1] != coding.end:
                place = placed[coding.id] = (
                    coding.start,
                    coding.end,
                    paragraph_of(starts, coding.start),
                    paragraph_of(starts, max(coding.start, coding.end - 1)),
                    offsets.to_qt(coding.start),
                    offsets.to_qt(coding.end),
                )
            rows.append((place, coding))
        rows.sort(key=lambda row: (row[0][0], row[0][1], row[1].id))
        columns = assign_columns([(place[2], place[3]) for place, _ in rows])
        made = self._stripe_cache  # reused while coding and code are unchanged: no garbage
        stripes = []
        for (place, coding), column in zip(rows, columns, strict=True):
            stripe = made.get(coding.id)
            if (
                stripe is None
                or stripe.qt_start != place[4]
                or stripe.qt_end != place[5]
                or (stripe.code_id != coding.code_id)
            ):
                code = self._codes.get(coding.code_id)
                if code is None:
                    continue
                stripe = made[coding.id] = Stripe(
                    coding.id,
                    place[4],
                    place[5],
                    self._color(code.id, code.color),
                    code.name,
                    column,
                    coding.code_id,
                )
            stripe.column = column
            stripe.weight = coding.weight
            stripe.comment = coding.comment or ""
            memo = self._coding_memos.get(coding.id)
            stripe.memo_id = memo.id if memo is not None else None
            stripes.append(stripe)
        self._stripes = stripes
        if highlight:
            self._apply_highlights()
        self.margin.set_items(stripes, self.margin.memos, max(columns, default=-1) + 1)
        self._update_title_count(len(rows))

    def _apply_highlights(self, force: bool = True) -> None:
        """Shade the codings near the visible part of the text in their code colours.

        Only codings within a few screens of the view get an ExtraSelection (refreshed while
        scrolling): Qt lays out every block an ExtraSelection touches, so shading all codings
        of a long document would lay out all of it before the first paint.
        """
        if not self.highlight_codings or self.document_id is None:
            self._highlight_window = None
            self.text.setExtraSelections([])
            return
        if self.text.document() is not self._document:
            return  # still opening: the text is not in the view yet
        first, last = self.margin.visible_positions()
        window = self._highlight_window
        if not force and window is not None and window[0] <= first and last <= window[1]:
            return
        reach = max(3 * (last - first), 6000)
        low, high = first - reach, last + reach
        self._highlight_window = (low, high)
        dark = self.text.palette().color(QPalette.ColorRole.Base).lightness() < 128
        alpha = 95 if dark else 70
        selections = []
        document = self.text.document()
        formats: dict[str, QTextCharFormat] = {}
        # Inside an edit block a cursor skips computing its x position, which would lay out
        # each block it lands in.
        batch = QTextCursor(document)
        batch.beginEditBlock()
        try:
            for stripe in self._stripes:
                if stripe.qt_end < low or stripe.qt_start > high:
                    continue
                key = stripe.color.name()
                fmt = formats.get(key)
                if fmt is None:
                    color = QColor(stripe.color)
                    color.setAlpha(alpha)
                    fmt = QTextCharFormat()
                    fmt.setBackground(color)
                    formats[key] = fmt
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(document)
                cursor.setPosition(stripe.qt_start)
                cursor.setPosition(stripe.qt_end, QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                selection.format = fmt
                selections.append(selection)
        finally:
            batch.endEditBlock()
        self.text.setExtraSelections(selections)

    def _toggle_highlights(self, on: bool) -> None:
        self.highlight_codings = on
        if self.document_id is not None:
            self._apply_highlights()

    def stripe_tooltip(self, coding_id: int) -> str:
        """Code path, weight, coder and dates of a coding (asked for on hover)."""
        coding = self._codings.get(coding_id)
        if coding is None:
            return ""
        path = self._paths.get(coding.code_id, "")
        lines = [
            f"<b>{_escape(path)}</b>",
            tr("Weight: {w}").format(w=coding.weight),
            tr("Coder: {c}").format(c=_escape(coding.coder or "")),
            tr("Created: {d}").format(d=coding.created.replace("T", " ").replace("Z", "")),
        ]
        if coding.modified and coding.modified != coding.created:
            lines.append(
                tr("Modified: {d}").format(d=coding.modified.replace("T", " ").replace("Z", ""))
            )
        if coding.comment:
            lines.append(tr("Comment: {c}").format(c=_escape(coding.comment)))
        memo = self._coding_memos.get(coding_id)
        if memo is not None:
            lines.append(tr("Memo: {t}").format(t=_escape(memo.title or memo.plain[:60])))
        return "<br>".join(lines)

    def _coding_memo_tooltip(self, memo_id: int) -> str:
        memo = next((m for m in self._coding_memos.values() if m.id == memo_id), None)
        if memo is None:
            return ""
        title = _escape(memo.title or tr("Memo"))
        return f"<b>{title}</b><br>{_escape(memo.plain[:300])}<br><i>{tr('Click to open')}</i>"

    def _load_memos(self) -> None:
        if self.document_id is None:
            return
        project = self.active_session().project
        memos = project.memos(kind="position", document_id=self.document_id)
        coding_memos = project.memos(kind="coding", document_id=self.document_id)
        self._coding_memos = {  # the first wins
            m.coding_id: m for m in reversed(coding_memos) if m.coding_id is not None
        }
        for stripe in self.margin.stripes:
            memo = self._coding_memos.get(stripe.coding_id)
            stripe.memo_id = memo.id if memo is not None else None
        offsets = self.text.offsets
        marks = [
            MemoMark(
                m.id,
                offsets.to_qt(m.start or 0),
                f"<b>{_escape(m.title or tr('Memo'))}</b><br>{_escape(m.plain[:300])}",
            )
            for m in memos
        ]
        self.margin.set_items(self.margin.stripes, marks, self.margin.columns)
        if self.paged.active:
            self.paged.view.set_memos(
                [(m.id, m.start or 0, mark.tooltip) for m, mark in zip(memos, marks, strict=True)]
            )

    def _on_changed(self, operation: Operation, _event: str) -> None:
        if self.document_id is None:
            return
        changes = operation.changes
        if changes.everything:  # another program wrote: read this document's marks again
            self._reload_marks(self.document_id)
            return
        if self.document_id in changes.ids("documents"):
            try:
                self._set_title(self.active_session().project.document(self.document_id).name)
            except NotFoundError:
                self.close_document()
                return
        codes_changed = changes.touched("codes")
        if codes_changed:
            self._load_codes(force=True)
        codings = changes.ids("codings")
        if codings and self.document_id in changes.documents:
            if len(codings) > 200:
                self._load_codings()
            else:
                self._update_codings(codings)
        elif codes_changed:
            self._rebuild_stripes()
        if changes.touched("memos") and self.document_id in changes.documents:
            self._load_memos()

    def set_extra_text_actions(self, actions: list[QAction]) -> None:
        """The window's coding actions, offered in the text's context menu."""
        self.extra_text_actions = list(actions)

    # -- interaction -----------------------------------------------------------------------
    def _reload_marks(self, document_id: int) -> None:
        try:
            self._set_title(self.active_session().project.document(document_id).name)
        except NotFoundError:
            self.close_document()
            return
        self._load_codes(force=True)
        self._load_codings()
        self._load_memos()

    def select_coding(self, coding_id: int) -> None:
        coding = self._codings.get(coding_id)
        if coding is not None and self.paged.pages_shown:
            self.paged.select_coding(coding_id)
            self.codingClicked.emit(coding_id)
        elif coding is not None:
            self.select_range(coding.start, coding.end, center=False)  # it is on screen
            self.codingClicked.emit(coding_id)

    def zoom(self, step: int) -> None:
        if self.paged.pages_shown:
            self.paged.view.zoom_by(step)
            return
        size = self.text.font().pointSizeF()
        if (step < 0 and size <= 6) or (step > 0 and size >= 40):
            return
        if step > 0:
            self.text.zoomIn(1)
        else:
            self.text.zoomOut(1)
        self.margin.relayout()
        QSettings().setValue("browser/fontSize", self.text.font().pointSizeF())

    def restore_zoom(self) -> None:
        size = QSettings().value("browser/fontSize")
        try:
            size = float(size) if size is not None else None
        except (TypeError, ValueError):
            size = None
        if size and 6 <= size <= 40:
            font = self.text.font()
            font.setPointSizeF(size)
            self.text.setFont(font)
            self.margin.relayout()

    def _text_menu(self, event: QContextMenuEvent) -> None:
        menu = self.text.createStandardContextMenu(event.pos())
        if self.document_id is not None:
            menu.addSeparator()
            for act in self.extra_text_actions:
                menu.addAction(act)
            menu.addAction(self.action_position_memo)
            menu.addSeparator()
            menu.addAction(self.action_find)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def show_coding_menu(self, coding_id: int, where: QPoint) -> None:
        coding = self._codings.get(coding_id)
        if coding is None:
            return
        menu = QMenu(self)
        menu.setObjectName("stripeMenu")
        menu.addSection(self._paths.get(coding.code_id, ""))
        menu.addAction(tr("Select Segment"), lambda: self.select_coding(coding_id))
        menu.addAction(
            icons.icon("delete"), tr("Remove Coding"), lambda: self.remove_coding(coding_id)
        )
        menu.addAction(tr("Change Weight…"), lambda: self.change_weight(coding_id))
        menu.addAction(tr("Edit Comment…"), lambda: self.edit_comment(coding_id))
        menu.addAction(icons.icon("memo"), tr("Memo…"), lambda: self.coding_memo(coding_id))
        menu.exec(where)
        menu.deleteLater()

    def _memo_menu(self, memo_id: int, where: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(icons.icon("memo"), tr("Open Memo"), lambda: self.open_memo(memo_id))
        menu.addAction(icons.icon("delete"), tr("Delete Memo"), lambda: self.delete_memo(memo_id))
        menu.exec(where)
        menu.deleteLater()

    # -- edits (each one undoable operation) -----------------------------------------------
    def remove_coding(self, coding_id: int) -> None:
        session = self.active_session()
        project = session.project
        session.perform(lambda: project.remove_coding(coding_id))

    def change_weight(self, coding_id: int, weight: int | None = None) -> None:
        session = self.active_session()
        project = session.project
        if weight is None:
            current = project.coding(coding_id).weight
            weight = prompts.ask_int(
                self,
                tr("Change Weight"),
                tr("Weight of the coded segment (0-100):"),
                current,
                0,
                100,
            )
            if weight is None or weight == current:
                return
        session.perform(lambda: project.set_coding_weight(coding_id, weight))

    def edit_comment(self, coding_id: int, comment: str | None = None) -> None:
        session = self.active_session()
        project = session.project
        if comment is None:
            current = project.coding(coding_id).comment
            comment = prompts.ask_multiline(
                self, tr("Edit Comment"), tr("Comment on the coded segment:"), current
            )
            if comment is None or comment == current:
                return
        session.perform(lambda: project.set_coding_comment(coding_id, comment))

    def coding_memo(self, coding_id: int) -> None:
        from qdadesk.ui.memos import MemoEditor

        session = self.active_session()
        existing = session.project.memos(kind="coding", coding_id=coding_id)
        if existing:
            self.open_memo(existing[0].id)
            return
        MemoEditor.new_memo(session, "coding", coding_id, self)

    def new_position_memo(self) -> None:
        from qdadesk.ui.memos import MemoEditor

        if self.document_id is None or self.session is None:
            return
        selected = self.selected_range()
        if selected is None and self.paged.pages_shown:
            position = self.paged.position_here()
            selected = (position, position)
        elif selected is None:
            position = self.text.offsets.to_point(self.text.textCursor().position())
            selected = (position, position)
        MemoEditor.new_memo(
            self.session, "position", self.document_id, self, start=selected[0], end=selected[1]
        )

    def open_memo(self, memo_id: int) -> None:
        from qdadesk.ui.memos import MemoEditor

        MemoEditor.open_memo(self.active_session(), memo_id, self)

    def delete_memo(self, memo_id: int) -> None:
        session = self.active_session()
        project = session.project
        session.perform(lambda: project.delete_memo(memo_id))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
