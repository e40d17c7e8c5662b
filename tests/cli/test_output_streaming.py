"""JSON and CSV output is written a batch of rows at a time, byte for byte what one
``json.dumps`` / ``to_csv`` of everything would print, so a million hits need no giant string."""

from __future__ import annotations

import json
import math

import pandas as pd
import pytest

from qdadesk.cli import output


@pytest.fixture
def frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "document": ["Interview 😀", "Café", "=SUM(1)"],
            "start": [0, 12, None],
            "text": ["line\none", float("nan"), "x"],
        },
        dtype=object,
    )


def _expected_json(frame: pd.DataFrame) -> str:
    records = [
        {k: None if isinstance(v, float) and math.isnan(v) else v for k, v in r.items()}
        for r in frame.to_dict("records")
    ]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("batch", [1, 2, 2000])
def test_json_in_batches_is_one_json_document(frame, monkeypatch, batch) -> None:
    monkeypatch.setattr(output, "_BATCH", batch)
    assert "".join(output._json_chunks(frame)) == _expected_json(frame)
    assert "".join(output._json_chunks(frame.iloc[0:0])) == "[]\n"


@pytest.mark.parametrize("batch", [1, 2, 2000])
def test_csv_in_batches_has_one_header(frame, monkeypatch, batch) -> None:
    monkeypatch.setattr(output, "_BATCH", batch)
    assert "".join(output._csv_chunks(frame)) == output.csv_text(frame)
    assert "".join(output._csv_chunks(frame.iloc[0:0])) == "document,start,text\n"
