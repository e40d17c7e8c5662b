"""What a written file really is, by its bytes (not by its name)."""

from __future__ import annotations

import zipfile
from pathlib import Path


def real_format(path: str | Path) -> str:
    """``docx``, ``xlsx``, ``qdpx``, ``zip``, ``png``, ``svg``, ``html``, ``sqlite``,
    ``xml``, ``csv`` (other text) or ``unknown``."""
    data = Path(path).read_bytes()
    if data.startswith(b"PK"):
        names = zipfile.ZipFile(path).namelist()
        if any(n.startswith("word/") for n in names):
            return "docx"
        if any(n.startswith("xl/") for n in names):
            return "xlsx"
        if "project.qde" in names:
            return "qdpx"
        return "zip"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"SQLite format 3\x00"):
        return "sqlite"
    head = data[:2000].decode("utf-8", "replace").lstrip("\ufeff").lstrip().lower()
    if "<svg" in head:
        return "svg"
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    if head.startswith("<?xml"):
        return "xml"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "unknown"
    return "csv"
