"""The display builder's ``paraphrases`` cells: in the window, in Word and in Excel."""

from __future__ import annotations

import docx
import openpyxl
from displays_fixtures import TEXTS
from PySide6.QtCore import Qt

from qdadesk.ui.session import ProjectSession


def test_builder_shows_and_exports_paraphrase_cells(qtbot, small_project, tmp_path) -> None:
    from qdadesk.ui.displays.builder import DisplayBuilderWindow

    project = small_project
    cleo, ben = project.ids["Cleo"], project.ids["Ben"]
    c, b = TEXTS["Cleo"], TEXTS["Ben"]
    project.add_paraphrase(cleo, c.index("Privacy"), len(c), "Worried about data")
    project.add_paraphrase(ben, b.index("Privacy"), b.index(" to me"), "Privacy first")
    project.add_paraphrase(ben, 0, 5, "Not on a Privacy segment")
    session = ProjectSession(project)
    builder = DisplayBuilderWindow(session, None)
    qtbot.addWidget(builder)
    builder.rows.setCurrentIndex(builder.rows.findData("codes"))
    builder.columns.setCurrentIndex(builder.columns.findData("groups"))
    builder.cells.setCurrentIndex(builder.cells.findData("paraphrases"))
    builder.refresh()
    assert builder.result.definition.cells == "paraphrases"
    model = builder.view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data().strip() == "Privacy")
    labels = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    developers = model.index(row, labels.index("Developers")).data()
    juniors = model.index(row, labels.index("Developers\\Juniors")).data()
    paragraph = b.count("\n", 0, b.index("Privacy")) + 1
    assert f"Privacy first (Ben, ¶ {paragraph})" in developers
    assert "Worried about data" in developers
    assert "Not on a Privacy segment" not in developers
    assert juniors.startswith("Worried about data (Cleo")
    assert builder.export_to(str(tmp_path / "p.docx"))
    assert builder.export_to(str(tmp_path / "p.xlsx"))
    table = docx.Document(tmp_path / "p.docx").tables[0]
    words = "\n".join(cell.text for r in table.rows for cell in r.cells)
    assert "Privacy first" in words and f"Ben, ¶ {paragraph}" in words
    sheet = openpyxl.load_workbook(tmp_path / "p.xlsx").active
    values = [str(cell.value) for r in sheet.iter_rows() for cell in r if cell.value]
    assert any("Worried about data (Cleo, ¶" in v for v in values)
    builder.close()
