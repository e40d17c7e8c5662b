"""The analysis windows' result table (``FrameModel``) turns a long result's rows into dicts
a page at a time as they are shown, keeping only a few pages: a search with 20,000 hits
does not hold 20,000 dicts."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from qdadesk.ui.analysis.frame_model import KEPT_PAGES, PAGE, ROW_ROLE, FrameModel

ROWS = 20_000


def test_rows_are_read_by_pages_and_only_a_few_kept(qtbot) -> None:
    frame = pd.DataFrame({"document": [f"doc {i // 50}" for i in range(ROWS)], "hits": range(ROWS)})
    model = FrameModel(["document", "hits"], ["Document", "Hits"])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.set_frame(frame)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    view.grab()
    assert model.rowCount() == ROWS
    assert 1 <= model.pages_in_memory <= 2  # the rows on screen
    for row in range(0, ROWS, PAGE // 2):
        assert model.index(row, 1).data() == str(row)
        assert model.index(row, 0).data(ROW_ROLE) == {"document": f"doc {row // 50}", "hits": row}
    assert model.pages_in_memory <= KEPT_PAGES
    view.scrollToBottom()
    view.grab()
    last = model.index(ROWS - 1, 1)
    assert last.data() == str(ROWS - 1)
    assert last.data(Qt.ItemDataRole.TextAlignmentRole) is not None  # a number: right-aligned
    assert model.record(0)["hits"] == 0
    model.set_frame(None)
    assert model.rowCount() == 0 and model.pages_in_memory == 0
