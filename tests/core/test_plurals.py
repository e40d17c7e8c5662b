"""Counted messages take the right form ("1 coded segment from 1 document") through the
translation system, and a language with other plural rules can bring its own forms."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qdadesk.core import i18n
from qdadesk.core.exporters.segments import segment_count_text
from qdadesk.core.i18n import ntr

PACKAGE = Path(__file__).resolve().parents[2] / "qdadesk"


def test_english_forms():
    assert ntr("{n} coded segment", "{n} coded segments", 1) == "1 coded segment"
    assert ntr("{n} coded segment", "{n} coded segments", 0) == "0 coded segments"
    assert ntr("{n} coded segment", "{n} coded segments", 2) == "2 coded segments"
    assert segment_count_text(1, 1) == "1 coded segment from 1 document"
    assert segment_count_text(5, 1) == "5 coded segments from 1 document"
    assert segment_count_text(1, 1) != "1 coded segments from 1 documents"
    # Other placeholders stay for the caller.
    assert ntr("Moved {n} segment to '{code}'.", "Moved {n} segments to '{code}'.", 1).format(
        code="A"
    ) == ("Moved 1 segment to 'A'.")


@pytest.fixture
def indonesian():
    i18n.install_catalog(
        {"{segments} from {documents}": "{segments} dari {documents}"},
        plurals={
            ("{n} coded segment", "{n} coded segments"): ["{n} segmen berkode"],
            ("{n} document", "{n} documents"): ["{n} dokumen"],
        },
        plural_rule=lambda n: 0,
    )
    yield
    i18n.install_catalog({})


def test_a_language_with_one_form(indonesian):
    assert segment_count_text(1, 1) == "1 segmen berkode dari 1 dokumen"
    assert segment_count_text(7, 3) == "7 segmen berkode dari 3 dokumen"


def test_three_forms():
    def russian(n: int) -> int:
        if n % 10 == 1 and n % 100 != 11:
            return 0
        return 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2

    i18n.install_catalog(
        {},
        {("{n} document", "{n} documents"): ["{n} документ", "{n} документа", "{n} документов"]},
        russian,
    )
    try:
        assert [ntr("{n} document", "{n} documents", n) for n in (1, 3, 5, 21)] == [
            "1 документ",
            "3 документа",
            "5 документов",
            "21 документ",
        ]
    finally:
        i18n.install_catalog({})


def test_no_message_spells_a_plural_with_parentheses():
    """ "segment(s)" is what ntr replaces: no user-visible message in ui, cli or core."""
    found = []
    for path in PACKAGE.rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if '"""' in line or line.lstrip().startswith("#"):
                continue  # docstrings and comments are not messages
            if re.search(r"""["'][^"']*\w\((s|es)\)[^"']*["']""", line):
                found.append(f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}")
    assert found == []
