"""Lexical Search: find words and phrases, list the hits with their context, open a hit in
the Document Browser, and autocode the hits (or a speaker's turns) with a code."""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qdadesk.core import QdaError
from qdadesk.core.i18n import ntr, tr, tr_noop
from qdadesk.ui.analysis.common import fill_code_combo, run_undoable, show_message
from qdadesk.ui.analysis.frame_model import ROW_ROLE, FrameModel
from qdadesk.ui.help import help_button
from qdadesk.ui.window_api import parent_widget

if TYPE_CHECKING:
    import pandas as pd

    from qdadesk.core.analysis.autocode import AutocodeReport
    from qdadesk.ui.session import ProjectSession
    from qdadesk.ui.window_api import MainWindowApi

EXTEND_CHOICES = [
    ("hit", tr_noop("Only the search hit")),
    ("words", tr_noop("The hit and N words either side")),
    ("sentence", tr_noop("The sentence")),
    ("paragraph", tr_noop("The paragraph")),
]


class LexicalSearchDialog(QDialog):
    """MAXQDA's Lexical Search, over the session's project."""

    def __init__(
        self,
        session: ProjectSession,
        window: MainWindowApi | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else parent_widget(window))
        self.setObjectName("lexicalSearchDialog")
        self.setWindowTitle(tr("Lexical Search"))
        self.session = session
        self.main_window = window  # where a hit opens (the Document Browser)
        self.frame: pd.DataFrame | None = None

        self.query = QLineEdit()
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(tr('e.g. teach*   or   slides AND lecture   or   "too many"'))
        self.query.returnPressed.connect(self.run_search)
        self.search_button = QPushButton(tr("Search"))
        self.search_button.setObjectName("searchButton")
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.run_search)
        query_row = QHBoxLayout()
        query_row.addWidget(self.query, 1)
        query_row.addWidget(self.search_button)
        query_row.addWidget(help_button(self, "search.md", "lexical-search"))

        self.case_sensitive = QCheckBox(tr("Case sensitive"))
        self.partial = QCheckBox(tr("Find inside words too"))
        self.ignore_diacritics = QCheckBox(tr("Ignore accents (cafe = café)"))
        self.memos = QCheckBox(tr("Search memos too"))
        self.only_activated = QCheckBox(tr("Only activated documents"))
        activated = session.activation.document_ids
        self.only_activated.setChecked(bool(activated))
        self.within = QComboBox()
        for value, label in (
            ("document", tr("the same document")),
            ("paragraph", tr("the same paragraph")),
            ("sentence", tr("the same sentence")),
        ):
            self.within.addItem(label, value)
        options = _option_row(
            [
                self.case_sensitive,
                self.partial,
                self.ignore_diacritics,
                self.memos,
                self.only_activated,
            ]
        )
        within_row = QHBoxLayout()
        within_row.addWidget(QLabel(tr("Terms joined with AND must occur in")))
        within_row.addWidget(self.within)
        within_row.addStretch(1)

        self.model = FrameModel(
            ["document", "text", "context"], [tr("Document"), tr("Hit"), tr("Context")], self
        )
        self.results = QTableView()
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setAlternatingRowColors(True)
        self.results.verticalHeader().hide()
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.results.setItemDelegateForColumn(2, HitInContextDelegate(self.results))
        self.results.clicked.connect(self.open_hit)
        self.results.activated.connect(self.open_hit)
        self.count_label = QLabel()
        self.count_label.setObjectName("searchCount")

        self.code = QComboBox()
        self.code.setObjectName("autocodeCode")
        fill_code_combo(self.code, session, editable=True)
        self.code.setEditText("")
        code_line = self.code.lineEdit()
        assert code_line is not None  # fill_code_combo made the combo editable
        code_line.setPlaceholderText(tr("code, or a new Parent\\Child path"))
        self.extend = QComboBox()
        self.extend.setObjectName("autocodeExtend")
        for value, label in EXTEND_CHOICES:
            self.extend.addItem(tr(label), value)
        self.words = QSpinBox()
        self.words.setRange(1, 100)
        self.words.setValue(5)
        self.words.setSuffix(tr(" words"))
        self.extend.currentIndexChanged.connect(
            lambda: self.words.setEnabled(self.extend.currentData() == "words")
        )
        self.words.setEnabled(False)
        self.autocode_button = QPushButton(tr("Autocode Hits"))
        self.autocode_button.setObjectName("autocodeButton")
        self.autocode_button.clicked.connect(self.autocode)
        self.speaker = QLineEdit()
        self.speaker.setObjectName("speakerLabel")
        self.speaker.setPlaceholderText(tr("Interviewer:  or  [id1]"))
        self.speaker_button = QPushButton(tr("Code Speaker's Paragraphs"))
        self.speaker_button.setObjectName("speakerButton")
        self.speaker_button.clicked.connect(self.autocode_speaker)
        autocode_box = QGroupBox(tr("Autocode"))
        form = QFormLayout(autocode_box)
        form.addRow(tr("Code with:"), self.code)
        extend_row = QHBoxLayout()
        extend_row.addWidget(self.extend, 1)
        extend_row.addWidget(self.words)
        extend_row.addWidget(self.autocode_button)
        form.addRow(tr("Code what:"), extend_row)
        speaker_row = QHBoxLayout()
        speaker_row.addWidget(self.speaker, 1)
        speaker_row.addWidget(self.speaker_button)
        form.addRow(tr("Speaker label:"), speaker_row)
        self.message = QLabel()
        self.message.setObjectName("searchMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(query_row)
        layout.addLayout(options)
        layout.addLayout(within_row)
        layout.addWidget(self.message)
        layout.addWidget(self.count_label)
        layout.addWidget(self.results, 1)
        layout.addWidget(autocode_box)
        self.resize(820, 620)

    # -- searching -------------------------------------------------------------------------
    def run_search(self) -> None:
        from qdadesk.core.analysis.search import parse_query, search

        project = self.session.project
        documents = None
        if self.only_activated.isChecked():
            documents = self.session.activation.document_ids or frozenset()
        try:
            query = parse_query(self.query.text(), self.within.currentData())
            self.frame = search(
                project,
                query,
                case_sensitive=self.case_sensitive.isChecked(),
                partial=self.partial.isChecked(),
                ignore_diacritics=self.ignore_diacritics.isChecked(),
                document_ids=documents,
                memos=self.memos.isChecked(),
            )
        except QdaError as error:
            show_message(self.message, str(error), error=True)
            return
        show_message(self.message, "")
        self.model.set_frame(self.frame)
        hits = len(self.frame)
        places = self.frame["document"].nunique() if hits else 0
        self.count_label.setText(
            tr("{hits} in {places}").format(
                hits=ntr("{n} hit", "{n} hits", hits),
                places=ntr("{n} document or memo", "{n} documents or memos", places),
            )
        )

    def hit_count(self) -> int:
        return self.model.rowCount()

    def open_hit(self, index: QModelIndex) -> None:
        """Show the hit selected in the Document Browser (memo hits open nothing)."""
        record = index.data(ROW_ROLE)
        if not record or record.get("kind") != "document" or self.main_window is None:
            return
        self.main_window.select_range(
            int(record["document_id"]), int(record["start"]), int(record["end"])
        )

    # -- autocoding ------------------------------------------------------------------------
    def _code_target(self) -> str | int | None:
        text = self.code.currentText().strip()
        if not text:
            show_message(self.message, tr("Choose or type the code to code with."), error=True)
            return None
        index = self.code.findText(text)
        return self.code.itemData(index) if index >= 0 else text

    def extend_spec(self) -> str:
        value = self.extend.currentData()
        return f"words:{self.words.value()}" if value == "words" else value

    def autocode(self) -> None:
        from qdadesk.core.analysis.autocode import autocode_hits

        if self.frame is None or self.frame.empty:
            show_message(self.message, tr("Search first: there are no hits to code."), True)
            return
        target = self._code_target()
        if target is None:
            return
        frame, extend = self.frame, self.extend_spec()
        operation = run_undoable(
            self.session,
            self.message,
            lambda: autocode_hits(self.session.project, frame, target, extend),
        )
        if operation is not None:
            self._report(operation.result)

    def autocode_speaker(self) -> None:
        from qdadesk.core.analysis.autocode import autocode_speaker

        target = self._code_target()
        if target is None:
            return
        label = self.speaker.text()
        documents = None
        if self.only_activated.isChecked():
            documents = sorted(self.session.activation.document_ids or [])
        operation = run_undoable(
            self.session,
            self.message,
            lambda: autocode_speaker(self.session.project, label, target, documents),
        )
        if operation is not None:
            self._report(operation.result)

    def _report(self, report: AutocodeReport) -> None:
        fill_code_combo(self.code, self.session, editable=True)
        path = self.session.project.code_path(report.code_id)
        show_message(
            self.message,
            ntr(
                "Coded {n} segment with '{code}' ({new} new). Undo takes it back.",
                "Coded {n} segments with '{code}' ({new} new). Undo takes them all back.",
                report.segments,
            ).format(code=path, new=report.new_segments),
        )


class HitInContextDelegate(QStyledItemDelegate):
    """Draws a hit's context with the hit itself in bold, as MAXQDA's result list does."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        record = index.data(ROW_ROLE) or {}
        context = " ".join(str(record.get("context", "")).split())
        hit = " ".join(str(record.get("text", "")).split())
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""
        style = options.widget.style() if options.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget)
        document = QTextDocument()
        document.setDefaultFont(options.font)
        document.setDocumentMargin(2)
        document.setHtml(_bold_hit(context, hit))  # one line; the tooltip shows it all
        painter.save()
        top = (options.rect.height() - document.size().height()) / 2
        painter.translate(options.rect.left(), options.rect.top() + max(top, 0))
        painter.setClipRect(0, 0, options.rect.width(), options.rect.height())
        document.drawContents(painter)
        painter.restore()


def _bold_hit(context: str, hit: str) -> str:
    """The context as HTML with the occurrence of the hit nearest its middle in bold."""
    if not hit:
        return html.escape(context)
    folded, needle = context.casefold(), hit.casefold()
    middle = len(context) // 2
    best, position = -1, folded.find(needle)
    while position >= 0:
        if best < 0 or abs(position + len(hit) / 2 - middle) < abs(best + len(hit) / 2 - middle):
            best = position
        position = folded.find(needle, position + 1)
    if best < 0 or len(folded) != len(context):
        return html.escape(context)
    return (
        html.escape(context[:best])
        + "<b>"
        + html.escape(context[best : best + len(hit)])
        + "</b>"
        + html.escape(context[best + len(hit) :])
    )


def _option_row(boxes: Iterable[QWidget]) -> QHBoxLayout:
    row = QHBoxLayout()
    for box in boxes:
        row.addWidget(box)
    row.addStretch(1)
    return row
