"""Spreadsheet cells from user text, made safe against formula injection (OWASP "CSV Injection").

A segment, a name, a comment or a variable value that starts with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return would be taken for a formula by Excel or LibreOffice when the
file is opened (``=HYPERLINK(...)``, ``=cmd|' /C calc'!A0``). Every CSV and XLSX writer of
the program goes through this module:

- CSV: such a text gets a leading ``'`` (what OWASP advises; spreadsheets show the rest);
- XLSX: the text is stored as a string cell, which no spreadsheet evaluates, and keeps its
  exact characters.

Numbers are never touched: ``-5`` as a number stays a number in both formats.
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet treat a cell's text as a formula."""


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet could evaluate ``text`` typed into a cell."""
    return text.startswith(FORMULA_STARTS)


def csv_safe(value: Any) -> Any:
    """``value`` for a CSV cell: text that looks like a formula gets a leading ``'``."""
    if isinstance(value, str) and looks_like_formula(value):
        return "'" + value
    return value


def set_xlsx_value(cell: Any, value: Any) -> None:
    """Put ``value`` in an openpyxl ``cell``: numbers, booleans and dates as themselves,
    any text as a string cell (openpyxl would make ``=...`` a formula)."""
    if isinstance(value, str):
        value = xlsx_text(value)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"


def xlsx_text(text: str) -> str:
    """``text`` a worksheet can hold: each C0 control character XML 1.0 refuses (form feeds
    in old transcripts) becomes its visible Control Pictures sign, one for one, so lengths
    still match the segments' offsets."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    cleaned: str = ILLEGAL_CHARACTERS_RE.sub(lambda m: chr(0x2400 + ord(m.group())), text)
    return cleaned


def neutralise_sheet(sheet: Any) -> None:
    """Turn every formula cell openpyxl made from text in ``sheet`` back into a string cell
    (for sheets filled by ``append`` or pandas' ``to_excel``)."""
    for row in sheet.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"
