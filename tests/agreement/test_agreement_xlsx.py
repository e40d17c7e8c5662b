"""The agreement workbook: formulas never, long tables continued on the next sheet."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from openpyxl import load_workbook

from qdadesk.core.exporters import agreement_xlsx


def test_text_stays_text_and_long_tables_continue(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(agreement_xlsx, "MAX_DATA_ROWS", 3)
    frame = pd.DataFrame({"code": ["=SUM(1)", "+x", "plain\x0c", "a", "b"], "n": [1, 2, 3, 4, 5]})
    target = tmp_path / "a.xlsx"
    agreement_xlsx.write_agreement_xlsx([("Summary", frame.head(1)), ("Ratings", frame)], target)
    book = load_workbook(target)
    assert book.sheetnames == ["Summary", "Ratings", "Ratings (2)"]
    first = book["Ratings"]
    assert first["A2"].value == "=SUM(1)" and first["A2"].data_type == "s"
    assert [c.value for c in first["A"]] == ["code", "=SUM(1)", "+x", "plain"]
    assert [c.value for c in book["Ratings (2)"]["B"]] == ["n", 4, 5]
    assert [p.name for p in tmp_path.iterdir()] == ["a.xlsx"]


def test_cancel_leaves_nothing(tmp_path: Path) -> None:
    import pytest

    from qdadesk.core.errors import ImportCancelled

    frame = pd.DataFrame({"n": range(25_000)})
    seen = []
    with pytest.raises(ImportCancelled):
        agreement_xlsx.write_agreement_xlsx(
            [("Big", frame)],
            tmp_path / "big.xlsx",
            progress=lambda done, total, _name: seen.append((done, total)),
            cancelled=lambda: len(seen) >= 1,
        )
    assert seen == [(10_000, 25_000)]
    assert list(tmp_path.iterdir()) == []
