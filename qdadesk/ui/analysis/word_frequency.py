"""Word Frequencies: a table of words (count, percent, rank) for the activated documents or
a code's segments, stop words per language (with the project's own), XLSX export, and a
word cloud drawn with QPainter and saved as PNG."""

from __future__ import annotations

import math
import random
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qdadesk.core import QdaError, safe_write
from qdadesk.core.i18n import current_language, ntr, tr
from qdadesk.ui.analysis.common import code_paths, fill_code_combo, run_undoable, show_message
from qdadesk.ui.analysis.frame_model import FrameModel
from qdadesk.ui.help import help_button
from qdadesk.ui.save_dialog import ask_save_path
from qdadesk.ui.window_api import parent_widget

if TYPE_CHECKING:
    import pandas as pd

    from qdadesk.ui.session import ProjectSession
    from qdadesk.ui.window_api import MainWindowApi

_SPIRAL_STEPS = 4000
CLOUD_COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b"]


def cloud_font(points: float) -> QFont:
    """The font a word of the cloud is measured and drawn in (big words bold)."""
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(points > 24)
    return font


def layout_cloud(
    words: list[tuple[str, int]], size: QSize, max_words: int = 80
) -> list[tuple[str, QRectF, float, str]]:
    """Place words on a spiral from the centre, biggest first, without overlaps.
    Returns (word, rectangle, point size, colour) for each placed word."""
    words = words[:max_words]
    if not words:
        return []
    top = words[0][1]
    bottom = words[-1][1]
    placed: list[tuple[str, QRectF, float, str]] = []
    rng = random.Random(7)  # the same cloud every time for the same words
    centre = QPointF(size.width() / 2, size.height() / 2)
    scale = max(0.5, min(size.width() / 900, size.height() / 560))
    # The spiral reaches the canvas' far corners by its last step.
    reach = 0.6 * max(size.width(), size.height()) / math.sqrt(_SPIRAL_STEPS)
    for index, (word, count) in enumerate(words):
        share = 0.0 if top == bottom else (count - bottom) / (top - bottom)
        points = (9 + 36 * math.sqrt(share)) * scale
        metrics = QFontMetricsF(cloud_font(points))
        width, height = metrics.horizontalAdvance(word) + 6, metrics.height()
        angle = rng.random() * 2 * math.pi
        for step in range(_SPIRAL_STEPS):
            radius = reach * math.sqrt(step)
            theta = angle + 0.3 * math.sqrt(step) * 2
            x = centre.x() + radius * math.cos(theta) * 1.6 - width / 2
            y = centre.y() + radius * math.sin(theta) - height / 2
            rect = QRectF(x, y, width, height)
            inside = (
                rect.left() >= 0
                and rect.top() >= 0
                and rect.right() <= size.width()
                and rect.bottom() <= size.height()
            )
            if inside and not any(rect.intersects(other) for _, other, _, _ in placed):
                placed.append((word, rect, points, CLOUD_COLORS[index % len(CLOUD_COLORS)]))
                break
    return placed


def render_cloud(words: list[tuple[str, int]], size: QSize = QSize(900, 560)) -> QImage:
    """The word cloud as an image (white background)."""
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for word, rect, points, color in layout_cloud(words, size):
        painter.setFont(cloud_font(points))
        painter.setPen(QColor(color))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, word)
    painter.end()
    return image


class WordCloudView(QLabel):
    """Shows the cloud image, redrawn at the widget's size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wordCloud")
        self.setMinimumSize(320, 220)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("background: white; border: 1px solid palette(mid);")
        self.words: list[tuple[str, int]] = []

    def set_words(self, words: list[tuple[str, int]]) -> None:
        self.words = words
        self._redraw()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._redraw()

    def _redraw(self) -> None:
        from PySide6.QtGui import QPixmap

        size = self.size() - QSize(4, 4)
        if size.width() > 10 and size.height() > 10:
            self.setPixmap(QPixmap.fromImage(render_cloud(self.words, size)))


class WordFrequencyWindow(QDialog):
    """MAXQDA's Word Frequencies with a word cloud."""

    def __init__(
        self,
        session: ProjectSession,
        window: MainWindowApi | None = None,
        parent: QWidget | None = None,
    ) -> None:
        from qdadesk.core.analysis.stopwords import available_languages

        super().__init__(parent if parent is not None else parent_widget(window))
        self.setObjectName("wordFrequencyWindow")
        self.setWindowTitle(tr("Word Frequencies"))
        self.session = session
        self.frame: pd.DataFrame | None = None

        self.source = QComboBox()
        self.source.setObjectName("wordSource")
        self.source.addItem(tr("Activated documents (all if none)"), None)
        for code_id, path in code_paths(session):
            self.source.addItem(tr("Segments of {code}").format(code=path), code_id)
        self.languages: dict[str, QCheckBox] = {}
        language_row = QHBoxLayout()
        language_row.addWidget(QLabel(tr("Stop words:")))
        # The interface's language first (Indonesian stop words in Bahasa Indonesia).
        default = current_language() if current_language() in available_languages() else "en"
        for language in available_languages():
            box = QCheckBox(language)
            box.setChecked(language == default)
            self.languages[language] = box
            language_row.addWidget(box)
        self.min_length = QSpinBox()
        self.min_length.setRange(1, 50)
        self.min_length.setValue(3)
        self.min_length.setPrefix(tr("min. length "))
        language_row.addWidget(self.min_length)
        language_row.addStretch(1)
        self.run_button = QPushButton(tr("Count Words"))
        self.run_button.setObjectName("countWordsButton")
        self.run_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.source, 1)
        top.addWidget(self.run_button)

        self.extra_language = QComboBox()
        self.extra_language.addItems(available_languages())
        self.extra_language.setCurrentText(default)
        self.extra_words = QPlainTextEdit()
        self.extra_words.setObjectName("extraStopwords")
        self.extra_words.setPlaceholderText(tr("Your own stop words, one per line"))
        self.extra_words.setMaximumHeight(70)
        self.save_extra = QPushButton(tr("Save Stop Words"))
        self.save_extra.clicked.connect(self.save_stopwords)
        self.extra_language.currentTextChanged.connect(self._load_extra)
        extra_row = QHBoxLayout()
        extra_row.addWidget(self.extra_language)
        extra_row.addWidget(self.extra_words, 1)
        extra_row.addWidget(self.save_extra)
        self._load_extra(self.extra_language.currentText())

        self.model = FrameModel(
            ["rank", "word", "count", "percent"], [tr("Rank"), tr("Word"), tr("Count"), "%"], self
        )
        self.table = QTableView()
        self.table.setObjectName("wordTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.cloud = WordCloudView()
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.cloud)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([360, 640])

        self.summary = QLabel()
        self.summary.setObjectName("wordSummary")
        self.export_button = QPushButton(tr("Export XLSX…"))
        self.export_button.clicked.connect(lambda: self.export_xlsx())
        self.png_button = QPushButton(tr("Save Word Cloud…"))
        self.png_button.clicked.connect(lambda: self.save_cloud())
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.png_button)
        bottom.addWidget(help_button(self, "search.md", "word-frequencies"))
        self.message = QLabel()
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(language_row)
        layout.addLayout(extra_row)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(1000, 640)
        self.refresh()

    def chosen_languages(self) -> list[str]:
        return [name for name, box in self.languages.items() if box.isChecked()]

    def refresh(self) -> None:
        from qdadesk.core.analysis.word_frequencies import word_frequencies

        code_id = self.source.currentData()
        activation = self.session.activation.with_codes(None)
        if not activation.document_ids:
            activation = activation.with_documents(None)  # nothing activated: every document
        try:
            self.frame = word_frequencies(
                self.session.project,
                activation,
                code_ids=None if code_id is None else [code_id],
                languages=self.chosen_languages(),
                min_length=self.min_length.value(),
            )
        except QdaError as error:
            show_message(self.message, str(error), error=True)
            return
        show_message(self.message, "")
        self.model.set_frame(self.frame)
        total = int(self.frame["count"].sum()) if len(self.frame) else 0
        self.summary.setText(
            ntr(
                "{n} different word, {total} counted",
                "{n} different words, {total} counted",
                len(self.frame),
            ).format(total=total)
        )
        self.cloud.set_words(list(zip(self.frame["word"], self.frame["count"], strict=False)))

    def _load_extra(self, language: str) -> None:
        from qdadesk.core.analysis.stopwords import project_stopwords

        self.extra_words.setPlainText("\n".join(project_stopwords(self.session.project, language)))

    def save_stopwords(self) -> None:
        from qdadesk.core.analysis.stopwords import set_project_stopwords

        language = self.extra_language.currentText()
        words = self.extra_words.toPlainText().split()
        if run_undoable(
            self.session,
            self.message,
            lambda: set_project_stopwords(self.session.project, language, words),
        ):
            self.refresh()

    def export_xlsx(self, path: str | None = None) -> None:
        if self.frame is None:
            return
        if path is None:
            path = ask_save_path(
                self, tr("Export Word Frequencies"), tr("Excel (*.xlsx)"), "word-frequencies.xlsx"
            )
        if not path:
            return
        from qdadesk.core.exporters.tables_xlsx import write_frame_xlsx

        try:  # the core's writer: any case of ".xlsx", formulas neutralised
            write_frame_xlsx(self.frame, path, tr("Word Frequencies"))
        except QdaError as error:
            show_message(self.message, str(error), error=True)

    def save_cloud(self, path: str | None = None) -> None:
        if self.frame is None:
            return
        if path is None:
            path = ask_save_path(self, tr("Save Word Cloud"), tr("PNG (*.png)"), "word-cloud.png")
        if not path:
            return
        image = render_cloud(
            list(zip(self.frame["word"], self.frame["count"], strict=False)), QSize(1600, 1000)
        )
        try:
            with safe_write.atomic_path(path) as temporary:
                # The stubs type the format as bytes; PySide6 itself takes only a str.
                if not image.save(str(temporary), "PNG"):  # type: ignore[call-overload]
                    raise OSError(tr("the image could not be written"))
        except OSError:
            show_message(self.message, tr("{path}: cannot write").format(path=path), error=True)


__all__ = ["WordFrequencyWindow", "render_cloud", "layout_cloud", "fill_code_combo"]
