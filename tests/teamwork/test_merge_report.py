"""The merge report lists every tally, typed, in one order: JSON keys, text lines, names."""

from __future__ import annotations

import dataclasses

from qdadesk.core.exchange.merge_report import TALLY_NAMES, MergeReport, Tally


def test_every_tally_field_is_listed_once_in_the_reports_order() -> None:
    report = MergeReport(other="b.qdadesk")
    tally_fields = [f.name for f in dataclasses.fields(report) if f.type == "Tally"]
    assert list(report.tallies()) == tally_fields == list(MergeReport._KEYS) == list(TALLY_NAMES)
    assert all(isinstance(t, Tally) for t in report.tallies().values())


def test_dict_and_text_name_each_tally() -> None:
    report = MergeReport(other="b.qdadesk")
    report.codes.matched, report.codes.added = 2, 3
    report.logbook.added = 1
    data = report.as_dict()
    assert list(data) == ["other", *TALLY_NAMES, "conflicts"]
    assert data["codes"] == {"matched": 2, "added": 3}
    lines = report.as_text().splitlines()
    assert lines[0] == "Merged b.qdadesk"
    assert lines[2] == "codes: 2 matched, 3 added"
    assert lines[12] == "logbook: 0 matched, 1 added"
    assert lines[13] == "conflicts: 0"
