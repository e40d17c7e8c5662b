"""Retrieved Segments pane: the coded segments of the activated documents and codes.

The list model holds the core's listing (``list_segments``: a count per document, ids read
as asked for) or a query's DataFrame, and reads rows a page at a time through the core
(``segment_rows_for``) when the view first shows them; rows are handed to the view in
batches as it scrolls, and only a few pages are kept, so a list of 100,000 segments costs
its counts per document and the pages looked at. One delegate paints
each segment: a stripe in the code colour,
a memo column (the segment's memo icon; double-click opens it), the source line (document,
paragraphs, code, weight), coder and comment, and the text.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QMouseEvent,
    QPainter,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qdadesk.core.analysis.region_segments import is_blank, region_position, row_region
from qdadesk.core.analysis.segment_list import (
    SegmentIdsCache,
    SegmentListing,
    paragraph_numbers,
    segment_rows_for,
    segments_frame,
)
from qdadesk.core.errors import QdaError
from qdadesk.core.exporters.segments import segment_count_text
from qdadesk.core.i18n import ntr, tr
from qdadesk.ui import icons
from qdadesk.ui.plain_text import shown_as_typed
from qdadesk.ui.session import switch_session

if TYPE_CHECKING:
    import pandas as pd
    from PySide6.QtGui import QPaintEvent

    from qdadesk.core import Operation
    from qdadesk.core.project import Project
    from qdadesk.ui.session import ProjectSession

# What Qt's item views pass as an index (a plain or a persistent one).
AnyIndex = QModelIndex | QPersistentModelIndex

BATCH = 200  # rows handed to the view at a time
PAGE = 100  # rows read from the core at a time
KEPT_PAGES = 8  # pages kept in memory (the rows on screen and around them)
MAX_TEXT_LINES = 6
STRIPE = 5
MEMO_COLUMN = 18  # the memo icon's column between the stripe and the text
MEMO_ICON = 14
SEGMENT_ROLE = Qt.ItemDataRole.UserRole + 1  # dict of one row's fields
THUMBNAIL = 96  # a region's picture in the list, at most this many pixels a side


class SegmentSource(Protocol):
    """Where a segment list's rows come from: their number up front, ids as sequences in
    row order (read as they are asked for), their fields a page at a time (a row is a dict
    of ``SegmentRow``'s fields, or None for a segment that is gone)."""

    coding_ids: Sequence[Any]  # a query's computed rows (an intersection) have None
    document_ids: Sequence[int]

    def __len__(self) -> int: ...

    def document_count(self) -> int: ...

    def rows(self, start: int, stop: int) -> list[dict[str, Any] | None]: ...


class ActivatedSegments:
    """The activation's segments: counted by the core, ids and rows read by the core per
    page."""

    def __init__(self, project: Project, listed: SegmentListing) -> None:
        self._project = project
        self._listed = listed
        self.coding_ids: Sequence[Any] = listed.coding_ids
        self.document_ids: Sequence[int] = listed.document_ids

    def __len__(self) -> int:
        return len(self._listed)

    def document_count(self) -> int:
        return self._listed.document_count()

    def rows(self, start: int, stop: int) -> list[dict[str, Any] | None]:
        ids = self.coding_ids[start:stop]
        found = {r.coding_id: r.fields() for r in segment_rows_for(self._project, ids)}
        rows: list[dict[str, Any] | None] = [found.get(coding_id) for coding_id in ids]
        # Segments removed since the listing are missing from the ids: gone rows, until
        # the pane lists again (it does on every change it hears of).
        return rows + [None] * (min(stop, len(self)) - start - len(rows))


class FrameSegments:
    """A given segments DataFrame (a query's result); paragraphs asked of the core per page."""

    def __init__(self, project: Project | None, frame: Any) -> None:
        self._project = project
        self.frame = frame
        self.coding_ids: Sequence[Any] = frame["coding_id"].tolist()
        self.document_ids: Sequence[int] = [int(d) for d in frame["document_id"]]

    def __len__(self) -> int:
        return len(self.frame)

    def document_count(self) -> int:
        return len(set(self.document_ids))

    def rows(self, start: int, stop: int) -> list[dict[str, Any] | None]:
        records = self.frame.iloc[start:stop].to_dict(orient="records")
        positions = {
            (int(r["document_id"]), offset)
            for r in records
            for offset in (int(r["start"]), max(int(r["start"]), int(r["end"]) - 1))
        }
        lines = paragraph_numbers(self._project, positions) if self._project is not None else {}
        for record in records:
            document_id, start_at = int(record["document_id"]), int(record["start"])
            last = max(start_at, int(record["end"]) - 1)
            record["first_paragraph"] = lines.get((document_id, start_at), 1)
            record["last_paragraph"] = lines.get((document_id, last), 1)
        return list(records)


class SegmentListModel(QAbstractListModel):
    """A segment list, one row each: ids up front, fields fetched a page at a time and only
    a few pages kept; rows beyond those handed to the view are not laid out."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: SegmentSource | None = None
        self._pages: OrderedDict[int, list[dict[str, Any] | None]] = OrderedDict()
        self._total = 0
        self._fetched = 0
        self._colors: dict[int, str] = {}
        self._memos: dict[int, int] = {}  # coding id -> the id of its memo
        self._thumbnails: dict[int, QImage] = {}  # coding id -> its region's picture
        self._project: Project | None = None

    def set_source(self, source: SegmentSource | None, project: Project | None) -> None:
        self.beginResetModel()
        self._project = project
        self._source = source
        self._pages.clear()
        self._total = 0 if source is None else len(source)
        self._fetched = min(self._total, BATCH)
        self._colors = {c.id: c.color for c in project.codes()} if project is not None else {}
        self._thumbnails = {}
        self._memos = self._coding_memos(project)
        self.endResetModel()

    def set_frame(self, frame: pd.DataFrame | None, project: Project | None) -> None:
        """List a segments DataFrame (None: nothing)."""
        self.set_source(None if frame is None else FrameSegments(project, frame), project)

    @staticmethod
    def _coding_memos(project: Project | None) -> dict[int, int]:
        if project is None:
            return {}
        memos = project.memos(kind="coding")
        return {m.coding_id: m.id for m in reversed(memos) if m.coding_id is not None}

    def reload_memos(self) -> None:
        """Memos were written: repaint the memo icons (the rows stay as they are)."""
        self._memos = self._coding_memos(self._project)
        if self._fetched:
            self.dataChanged.emit(self.index(0), self.index(self._fetched - 1))

    def memo_of(self, coding_id: int | None) -> int | None:
        return self._memos.get(coding_id) if coding_id is not None else None

    @property
    def total(self) -> int:
        return self._total

    @property
    def pages_in_memory(self) -> int:
        """How many pages of rows are kept now (at most ``KEPT_PAGES``)."""
        return len(self._pages)

    def column(self, name: str) -> Sequence[Any]:
        """The listed ``coding_id`` or ``document_id`` values, in row order."""
        if self._source is None:
            return []
        return {"coding_id": self._source.coding_ids, "document_id": self._source.document_ids}[
            name
        ]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._fetched

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._fetched < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:
        more = min(BATCH, self._total - self._fetched)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._fetched, self._fetched + more - 1)
        self._fetched += more
        self.endInsertRows()

    def _row(self, row: int) -> dict[str, Any] | None:
        """One row's fields from its page, read when first needed (a few pages are kept)."""
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            assert self._source is not None
            page = self._source.rows(number * PAGE, (number + 1) * PAGE)
            self._pages[number] = page
            while len(self._pages) > KEPT_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[row % PAGE]

    def segment(self, row: int) -> dict[str, Any] | None:
        """One row's fields, with its code colour and memo added (None: it is gone)."""
        found = self._row(row)
        if found is None:
            return None
        fields = dict(found)
        code_id: Any = fields["code_id"]
        # A query's computed rows (an intersection) have no single code: grey stripe.
        known = isinstance(code_id, int | float) and code_id == code_id  # not None/NA/NaN
        fields["color"] = self._colors.get(int(code_id), "#808080") if known else "#808080"
        coding_id: Any = fields.get("coding_id")
        has_coding = isinstance(coding_id, int | float) and coding_id == coding_id
        fields["memo_id"] = self.memo_of(int(coding_id)) if has_coding else None
        region = row_region(fields)
        if region is not None:  # a box on a page or picture: where it lies, not paragraphs
            fields["position"] = region_position(*region)
        return fields

    def thumbnail(self, row: int) -> QImage | None:
        """A region's picture, made when its row is first painted and kept (None for text)."""
        fields = self._row(row)
        if fields is None or self._project is None or row_region(fields) is None:
            return None
        listed: Any = fields.get("coding_id")
        if is_blank(listed):
            return None
        coding_id = int(listed)
        if coding_id not in self._thumbnails:
            from qdadesk.render.page_images import region_image

            try:
                image = region_image(self._project, self._project.coding(coding_id), THUMBNAIL)
            except (QdaError, OSError, ValueError, RuntimeError):
                image = QImage()  # a broken original: the label stands in
            self._thumbnails[coding_id] = image
        image = self._thumbnails[coding_id]
        return None if image.isNull() else image

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._fetched:
            return None
        if role == SEGMENT_ROLE:
            return self.segment(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            fields = self._row(index.row())
            return None if fields is None else fields["text"]
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnail(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            fields = self.segment(index.row())
            return None if fields is None else shown_as_typed(source_line(fields))
        return None


def source_line(fields: dict[str, Any]) -> str:
    """The MAXQDA-style source of a segment: document, paragraphs (a region: page and
    box), code, weight."""
    first, last = fields["first_paragraph"], fields["last_paragraph"]
    paragraphs = (
        tr("Pos. {n}").format(n=first)
        if first == last
        else tr("Pos. {a}–{b}").format(a=first, b=last)
    )
    if fields.get("position"):
        paragraphs = fields["position"]
    return tr("{document}, {paragraphs}  ·  {code}  ·  Weight {weight}").format(
        document=fields["document"],
        paragraphs=paragraphs,
        code=fields["code"],
        weight=fields["weight"],
    )


class SegmentDelegate(QStyledItemDelegate):
    """Paints a segment: code-colour stripe, memo icon, source line, coder/comment, text."""

    memoOpenRequested = Signal(int)  # memo id

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text_font = QFont()
        self._small = QFont()
        self._small.setPointSizeF(max(7.0, self._small.pointSizeF() * 0.9))
        self._bold_small = QFont(self._small)
        self._bold_small.setBold(True)

    def _layout_text(self, text: str, width: int) -> tuple[list[str], bool]:
        """Wrap ``text`` to ``width``; at most MAX_TEXT_LINES lines (True when cut)."""
        layout = QTextLayout(" ".join(text.split()), self._text_font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        lines: list[str] = []
        layout.beginLayout()
        flat = layout.text()
        while len(lines) <= MAX_TEXT_LINES:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(50, width))
            lines.append(flat[line.textStart() : line.textStart() + line.textLength()])
        layout.endLayout()
        cut = len(lines) > MAX_TEXT_LINES
        return lines[:MAX_TEXT_LINES], cut

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        fields = index.data(SEGMENT_ROLE)
        if fields is None:  # asked about a row the model no longer has
            return QSize(0, 0)
        view = self.parent()
        available = view.viewport().width() if isinstance(view, QListView) else 600
        width = max(200, available) - STRIPE - MEMO_COLUMN - 24
        thumbnail = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(thumbnail, QImage):
            width -= thumbnail.width() + 8
        lines, _ = self._layout_text(fields["text"], width)
        small = QFontMetrics(self._small).lineSpacing()
        text_height = QFontMetrics(self._text_font).lineSpacing() * max(1, len(lines))
        if isinstance(thumbnail, QImage):
            text_height = max(text_height, thumbnail.height())
        extra = small if (fields["coder"] or fields["comment"]) else 0
        return QSize(width, 10 + small + extra + 4 + text_height + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        fields = index.data(SEGMENT_ROLE)
        if fields is None:
            return
        rect: QRect = option.rect
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        dark = palette.base().color().lightness() < 128  # a dark system theme
        base = palette.base().color()
        painter.fillRect(
            rect, palette.highlight().color().lighter(170 if not dark else 60) if selected else base
        )
        painter.fillRect(
            QRect(rect.left() + 2, rect.top() + 4, STRIPE, rect.height() - 8),
            QColor(fields["color"]),
        )
        painter.setPen(QPen(palette.mid().color()))
        painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())
        if fields.get("memo_id") is not None:
            icons.icon("memo").paint(painter, memo_rect(rect))
        left = rect.left() + STRIPE + MEMO_COLUMN + 12
        width = rect.width() - STRIPE - MEMO_COLUMN - 24
        y = rect.top() + 8
        small = QFontMetrics(self._small)
        painter.setFont(self._bold_small)
        painter.setPen(QColor("#8ab4f8") if dark else QColor("#1f4e8c"))
        source = source_line(fields)
        painter.drawText(
            QRect(left, y, width, small.lineSpacing()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(self._bold_small).elidedText(source, Qt.TextElideMode.ElideRight, width),
        )
        y += small.lineSpacing()
        if fields["coder"] or fields["comment"]:
            painter.setFont(self._small)
            painter.setPen(palette.placeholderText().color())
            parts = []
            if fields["coder"]:
                parts.append(tr("Coder: {name}").format(name=fields["coder"]))
            if fields["comment"]:
                parts.append(tr("Comment: {text}").format(text=" ".join(fields["comment"].split())))
            painter.drawText(
                QRect(left, y, width, small.lineSpacing()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                small.elidedText("   ".join(parts), Qt.TextElideMode.ElideRight, width),
            )
            y += small.lineSpacing()
        y += 4
        thumbnail = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(thumbnail, QImage):  # a region: its picture, then its text or label
            painter.drawImage(left, y, thumbnail)
            painter.setPen(QPen(palette.mid().color()))
            painter.drawRect(QRect(left, y, thumbnail.width() - 1, thumbnail.height() - 1))
            left += thumbnail.width() + 8
            width -= thumbnail.width() + 8
        painter.setFont(self._text_font)
        painter.setPen(palette.text().color())
        metrics = QFontMetrics(self._text_font)
        lines, cut = self._layout_text(fields["text"], width)
        for number, line in enumerate(lines):
            if cut and number == len(lines) - 1:
                line = metrics.elidedText(line + " …", Qt.TextElideMode.ElideRight, width)
                if not line.endswith("…"):
                    line = line.rstrip() + " …"
            painter.drawText(
                QRect(left, y, width, metrics.lineSpacing()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                line,
            )
            y += metrics.lineSpacing()
        painter.restore()

    def editorEvent(  # noqa: N802 (Qt API)
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: AnyIndex,
    ) -> bool:
        # A double-click on the memo icon opens the memo (as in MAXQDA's memo column).
        if isinstance(event, QMouseEvent) and event.type() == QEvent.Type.MouseButtonDblClick:
            fields = index.data(SEGMENT_ROLE)
            memo_id = fields.get("memo_id") if fields else None
            if memo_id is not None and memo_rect(option.rect).adjusted(-3, -3, 3, 3).contains(
                event.position().toPoint()
            ):
                self.memoOpenRequested.emit(memo_id)
                return True
        return super().editorEvent(event, model, option, index)


def memo_rect(row: QRect) -> QRect:
    """Where a segment's memo icon sits in its row."""
    return QRect(row.left() + STRIPE + 6, row.top() + 6, MEMO_ICON, MEMO_ICON)


class _SegmentView(QListView):
    """The list; says what to do when it is empty."""

    empty_text = ""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(
                self.viewport().rect().adjusted(20, 20, -20, -20),
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                self.empty_text,
            )
            painter.end()


class RetrievedSegmentsPane(QWidget):
    """Lists coded segments lazily; a click asks the window to show the segment."""

    segmentActivated = Signal(int, int, int)  # document id, start, end (code points)

    def __init__(self, session: ProjectSession | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: ProjectSession | None = None
        self._custom_title: str | None = None  # set while a given list (a query's) is shown
        self._custom_frame = None  # that list, a segments DataFrame
        # The last activation's ids: listing again after a change elsewhere (a memo, a
        # repaint, a refresh of every pane) costs nothing while the file is unchanged.
        self._listing = SegmentIdsCache()
        self.model = SegmentListModel(self)
        self.view = _SegmentView(self)
        self.view.setObjectName("retrievedSegments")
        self.view.setModel(self.model)
        self.delegate = SegmentDelegate(self.view)
        self.delegate.memoOpenRequested.connect(self.open_memo)
        self.view.setItemDelegate(self.delegate)
        self.view.setUniformItemSizes(False)
        self.view.setLayoutMode(QListView.LayoutMode.Batched)
        self.view.setBatchSize(50)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.clicked.connect(self._on_clicked)
        self.view.activated.connect(self._on_clicked)
        self.view.empty_text = tr(
            "Activate documents and codes (click the circles in the Document System and the "
            "Code System) to see their coded segments here."
        )

        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.PlainText)  # names codes and documents
        self.header.setObjectName("retrievedSegmentsHeader")
        self.header.setStyleSheet("font-weight: bold; padding: 3px 4px;")
        self.back_button = QToolButton(self)
        self.back_button.setText(tr("Show activated"))
        self.back_button.setAutoRaise(True)
        self.back_button.clicked.connect(self.show_activated)
        self.back_button.hide()
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 6, 0)  # room for a header control's menu arrow
        bar.addWidget(self.header, 1)
        bar.addWidget(self.back_button)
        self._header_bar = bar
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self.set_session(session)

    def add_header_widget(self, widget: QWidget) -> None:
        """Put a control (e.g. the coder filter) at the right end of the header."""
        self._header_bar.addWidget(widget)

    # -- session ---------------------------------------------------------------------------
    def set_session(self, session: ProjectSession | None) -> None:
        """Follow another project's activation (``None``: show nothing)."""
        switch_session(self.session, session, self._on_changed, self.show_activated)
        self.session = session
        self._listing.clear()
        self.show_activated()

    def _on_changed(self, operation: Operation, _event: str) -> None:
        changes = operation.changes
        if changes.touched("memos") and not changes.touched("codings", "codes", "documents"):
            self.model.reload_memos()
            return
        if not changes.touched("codings", "codes", "documents", "users"):
            return
        activated = self.session.activation.document_ids if self.session else None
        only_codings = not changes.touched("codes", "documents", "users")
        listing_activation = self._custom_title is None
        if (
            listing_activation
            and only_codings
            and activated is not None
            and not (changes.documents & activated)
        ):
            return  # coding in a document that is not activated: the list stays the same
        self.refresh()

    def refresh(self) -> None:
        """Read the list again: the activation's segments, or a shown query's still-existing
        segments with their current weight and comment."""
        if self._custom_title is None or self.session is None or self._custom_frame is None:
            self.show_activated()
            return
        import pandas as pd

        project = self.session.project
        shown = self._custom_frame
        current = {c.id: c for c in project.codings(document_ids=set(shown["document_id"]))}
        # Rows without a coding (an intersection's stretches) are computed text: keep them.
        derived = shown["coding_id"].isna()
        frame = shown[derived | shown["coding_id"].isin(current)].copy()
        for column in ("weight", "comment"):
            frame[column] = [
                value if pd.isna(coding_id) else getattr(current[int(coding_id)], column)
                for coding_id, value in zip(frame["coding_id"], frame[column], strict=True)
            ]
        self._custom_frame = frame
        self._show(FrameSegments(project, frame), self._custom_title)

    def show_activated(self) -> None:
        """List what the activation retrieves (the pane's normal state): its ids now, the
        rows of the pages the view shows when it shows them."""
        self._custom_title = None
        self._custom_frame = None
        self.back_button.hide()
        if self.session is None:
            self._show(None, "")
            return
        project = self.session.project
        listed = self._listing.segment_ids(project, self.session.activation)
        self._show(ActivatedSegments(project, listed), tr("Retrieved Segments"))

    def show_segments(self, frame: pd.DataFrame | None, title: str) -> None:
        """List a given segments DataFrame (columns of ``retrieve_segments``), e.g. a query's
        result; the activation's list comes back when the activation changes."""
        self._custom_title = title
        self._custom_frame = frame
        self.back_button.show()
        project = self.session.project if self.session is not None else None
        self._show(None if frame is None else FrameSegments(project, frame), title)

    def _show(self, source: SegmentSource | None, title: str) -> None:
        project = self.session.project if self.session is not None else None
        self.model.set_source(source, project)
        count = 0 if source is None else len(source)
        documents = 0 if source is None else source.document_count()
        text = segment_count_text(count, documents)
        self.header.setText(f"{title}: {text}" if title else text)

    # -- reading ---------------------------------------------------------------------------
    def segment_count(self) -> int:
        return self.model.total

    def current_frame(self) -> pd.DataFrame | None:
        """The listed segments (a DataFrame), for export: every row is read now."""
        if self._custom_title is not None or self.session is None:
            return self._custom_frame
        return segments_frame(self.session.project, self.model.column("coding_id"))

    def title(self) -> str:
        return self._custom_title or tr("Retrieved Segments")

    def _on_clicked(self, index: QModelIndex) -> None:
        fields = index.data(SEGMENT_ROLE)
        if fields:
            self.segmentActivated.emit(
                int(fields["document_id"]), int(fields["start"]), int(fields["end"])
            )

    def selected_coding_ids(self) -> list[int]:
        ids = self.model.column("coding_id")
        # By stretches of rows: a listing reads each stretch's ids in one go.
        return [
            int(coding_id)
            for stretch in self.view.selectionModel().selection().toList()
            for coding_id in ids[stretch.top() : stretch.bottom() + 1]
        ]

    # -- editing ---------------------------------------------------------------------------
    def _context_menu(self, point: QPoint) -> None:
        index = self.view.indexAt(point)
        if not index.isValid():
            return
        if not self.view.selectionModel().isSelected(index):
            self.view.setCurrentIndex(index)
        menu = self.build_context_menu(index)
        menu.exec(self.view.viewport().mapToGlobal(point))
        menu.deleteLater()

    def build_context_menu(self, index: QModelIndex) -> QMenu:
        """The menu of one listed segment (objectNames name the segment's own entries)."""
        menu = QMenu(self)
        coding_id = int(self.model.column("coding_id")[index.row()])
        menu.addAction(tr("Show in Document"), lambda: self._on_clicked(index))
        menu.addSeparator()
        memo_id = self.model.memo_of(coding_id)
        memo = menu.addAction(
            icons.icon("memo"),
            tr("Open Memo") if memo_id is not None else tr("New Memo…"),
            lambda: self.segment_memo(coding_id),
        )
        memo.setObjectName("actionSegmentMemo")
        menu.addAction(tr("Change Weight…"), lambda: self.change_weight(coding_id))
        menu.addAction(tr("Edit Comment…"), lambda: self.edit_comment(coding_id))
        menu.addSeparator()
        menu.addAction(tr("Delete Coded Segment…"), lambda: self.delete_segments())
        menu.addSeparator()
        menu.addAction(tr("Export List…"), self.export_dialog)
        return menu

    def segment_memo(self, coding_id: int) -> None:
        """Open the coded segment's memo, or a new memo window for it when it has none."""
        memo_id = self.model.memo_of(coding_id)
        if memo_id is not None:
            self.open_memo(memo_id)
            return
        from qdadesk.ui.memos import MemoEditor

        MemoEditor.new_memo(self._live(), "coding", coding_id, self)

    def open_memo(self, memo_id: int) -> None:
        from qdadesk.ui.memos import MemoEditor

        MemoEditor.open_memo(self._live(), memo_id, self)

    def change_weight(self, coding_id: int, weight: int | None = None) -> None:
        project = self._live().project
        if weight is None:
            current = project.coding(coding_id).weight
            weight, ok = QInputDialog.getInt(
                self, tr("Change Weight"), tr("Weight (0–100):"), current, 0, 100
            )
            if not ok:
                return
        self._execute(lambda: project.set_coding_weight(coding_id, weight))

    def edit_comment(self, coding_id: int, comment: str | None = None) -> None:
        project = self._live().project
        if comment is None:
            current = project.coding(coding_id).comment
            comment, ok = QInputDialog.getMultiLineText(
                self, tr("Edit Comment"), tr("Comment:"), current
            )
            if not ok:
                return
        self._execute(lambda: project.set_coding_comment(coding_id, comment))

    def delete_segments(self, coding_ids: list[int] | None = None) -> bool:
        """Delete coded segments (the selected ones by default) after a confirmation."""
        ids = coding_ids if coding_ids is not None else self.selected_coding_ids()
        if not ids or not self.confirm(
            ntr(
                "Delete {n} coded segment? The text stays; only the coding goes.",
                "Delete {n} coded segments? The text stays; only the coding goes.",
                len(ids),
            )
        ):
            return False
        project = self._live().project
        return self._execute(lambda: project.remove_codings(ids))

    def confirm(self, text: str) -> bool:
        """Ask the user (tests replace this)."""
        answer = QMessageBox.question(self, tr("Retrieved Segments"), shown_as_typed(text))
        return answer == QMessageBox.StandardButton.Yes

    def _execute(self, call: Callable[[], Operation]) -> bool:
        return self._live().perform(call) is not None

    def _live(self) -> ProjectSession:
        """The open project's session (editing is offered only while one is open)."""
        assert self.session is not None, "no project is open"
        return self.session

    # -- export ----------------------------------------------------------------------------
    def export_dialog(self) -> None:
        from qdadesk.ui.save_dialog import ask_save_path

        path = ask_save_path(
            self,
            tr("Export Segments"),
            tr("Excel (*.xlsx);;Word (*.docx);;Web page (*.html)"),
            "segments.xlsx",
        )
        if path:
            self.export(path)

    def export(self, path: str) -> None:
        """Write the listed segments to ``path`` (format from its extension)."""
        from qdadesk.core.exporters.segments import export_segments
        from qdadesk.render.page_images import region_pictures

        frame = self.current_frame()
        if frame is None:
            return
        try:
            project = self._live().project
            pictures = region_pictures(project)  # PDF and picture regions alike
            export_segments(frame, path, project, title=self.title(), pictures=pictures)
        except QdaError as error:
            QMessageBox.warning(self, tr("Export Segments"), shown_as_typed(str(error)))
