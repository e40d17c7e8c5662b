"""Document Portrait, Codeline and Document Comparison Chart windows: the core draws the SVG,
the window shows it and saves it as SVG or PNG."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QScrollArea, QSplitter

from qdadesk.core import safe_write
from qdadesk.core.analysis import charts
from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import tr
from qdadesk.ui.displays.common import DisplayWindow
from qdadesk.ui.session import ProjectSession
from qdadesk.ui.window_api import MainWindowApi


def save_svg(svg: str, path: str, scale: float = 2.0) -> None:
    """Write an SVG picture as ``.svg`` text or as a ``.png`` image (``scale`` x its size)."""
    try:
        if path.lower().endswith(".png"):
            renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
            size = renderer.defaultSize() * scale
            image = QImage(size, QImage.Format.Format_ARGB32)
            image.fill(QColor("white"))
            painter = QPainter(image)
            renderer.render(painter)
            painter.end()
            with safe_write.atomic_path(path) as temporary:
                if not image.save(str(temporary)):
                    raise OSError(tr("the image could not be written"))
        else:
            safe_write.write_text(path, svg)
    except OSError as error:
        raise QdaError(
            tr("{path}: cannot write ({error})").format(path=path, error=error)
        ) from error


class ChartWindow(DisplayWindow):
    """A chart shown at its natural size in a scroll area, exportable as SVG or PNG."""

    def __init__(
        self, session: ProjectSession, main_window: MainWindowApi | None = None, many: bool = False
    ) -> None:
        super().__init__(session, main_window)
        self.documents = QListWidget()
        self.documents.setObjectName("chartDocuments")
        self.documents.setSelectionMode(
            QListWidget.SelectionMode.ExtendedSelection
            if many
            else QListWidget.SelectionMode.SingleSelection
        )
        for document in self.project.documents():
            item = QListWidgetItem(document.name)
            item.setData(Qt.ItemDataRole.UserRole, document.id)
            self.documents.addItem(item)
        self.documents.itemSelectionChanged.connect(self.schedule_refresh)
        self.add_button(tr("Export…"), "exportChart", self.export_dialog)
        self.finish_tools()
        self.chart = QSvgWidget()
        self.chart.setObjectName("chartPicture")
        scroll = QScrollArea()
        scroll.setWidget(self.chart)
        scroll.setWidgetResizable(False)
        scroll.setStyleSheet("QScrollArea { background: white; }")
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.documents)
        splitter.addWidget(scroll)
        splitter.setSizes([200, 800])
        self.layout_.addWidget(splitter, 1)
        self.layout_.addWidget(self.status)
        self.svg = ""

    def chosen_ids(self) -> list[int]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.documents.selectedItems()]

    def select(self, document_ids: list[int]) -> None:
        for row in range(self.documents.count()):
            item = self.documents.item(row)
            item.setSelected(item.data(Qt.ItemDataRole.UserRole) in document_ids)

    def show_svg(self, svg: str) -> None:
        self.svg = svg
        self.chart.load(QByteArray(svg.encode("utf-8")))
        self.chart.resize(self.chart.renderer().defaultSize())

    def export_dialog(self) -> None:
        path = self.ask_path(
            tr("Export chart"), tr("PNG image (*.png);;SVG picture (*.svg)"), ".png"
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> bool:
        return self.run_export(lambda p: save_svg(self.svg, p), path)


class _OneDocumentChart(ChartWindow):
    """A chart of one document, the first one chosen when the window opens."""

    def __init__(self, session: ProjectSession, main_window: MainWindowApi | None = None) -> None:
        super().__init__(session, main_window)
        if self.documents.count():
            self.documents.item(0).setSelected(True)
        self.refresh()

    def refresh(self) -> None:
        chosen = self.chosen_ids()
        if not chosen:
            self.show_svg(
                charts.svg_document(300, 40, [charts.svg_text(8, 24, tr("Choose a document"))])
            )
            return
        name = self.project.document(chosen[0]).name
        self.show_svg(self.draw(chosen[0], name))

    def draw(self, document_id: int, name: str) -> str:  # pragma: no cover - overridden
        """The SVG picture of document ``document_id`` called ``name``."""
        raise NotImplementedError


class DocumentPortraitWindow(_OneDocumentChart):
    TITLE = tr("Document Portrait")

    def draw(self, document_id: int, name: str) -> str:
        portrait = charts.document_portrait(self.project, document_id, self.activation())
        return charts.portrait_svg(portrait, tr("Document Portrait: {name}").format(name=name))


class CodelineWindow(_OneDocumentChart):
    TITLE = tr("Codeline")

    def draw(self, document_id: int, name: str) -> str:
        frame = charts.codeline(self.project, document_id, self.activation())
        return charts.codeline_svg(frame, tr("Codeline: {name}").format(name=name))


class DocumentComparisonWindow(ChartWindow):
    TITLE = tr("Document Comparison Chart")

    def __init__(self, session: ProjectSession, main_window: MainWindowApi | None = None) -> None:
        super().__init__(session, main_window, many=True)
        self.documents.selectAll()
        self.refresh()

    def refresh(self) -> None:
        chosen = self.chosen_ids()
        frame = charts.comparison_chart(self.project, chosen, self.activation())
        self.show_svg(charts.comparison_svg(frame, self.TITLE))
