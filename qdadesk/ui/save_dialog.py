"""The one way the window asks where to save a file, so the file has the format asked for.

The format is named by the file's extension. A typed extension that one of the dialog's
filters offers wins (``triangulation.xlsx`` under "Word (*.docx)" is an Excel file);
otherwise the extension of the chosen filter is appended (``report`` under "Word (*.docx)"
becomes ``report.docx``; ``notes.txt`` becomes ``notes.txt.docx``). Callers then pick the
writer by the returned path's extension.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from qdadesk.ui import prompts

_PATTERN = re.compile(r"\*(\.[^\s;)]+)")


def filter_extensions(file_filter: str) -> list[tuple[str, list[str]]]:
    """Each entry of a Qt filter string with its extensions (lower case, with the dot):
    ``"Excel (*.xlsx);;Word (*.docx)"`` -> ``[("Excel (*.xlsx)", [".xlsx"]), ...]``."""
    entries = []
    for entry in file_filter.split(";;"):
        entry = entry.strip()
        if entry:
            entries.append((entry, [e.lower() for e in _PATTERN.findall(entry)]))
    return entries


def resolve_save_path(path: str, chosen_filter: str, file_filter: str) -> str:
    """``path`` with the extension that names the format to write (see the module text)."""
    entries = filter_extensions(file_filter)
    known = {ext for _entry, extensions in entries for ext in extensions}
    name = Path(path).name.lower()
    if any(name.endswith(ext) and len(name) > len(ext) for ext in known):
        return path
    chosen = next((exts for entry, exts in entries if entry == chosen_filter.strip()), None)
    if not chosen:
        chosen = next((exts for _entry, exts in entries if exts), [])
    return path + chosen[0] if chosen else path


def ask_save_path(
    parent: QWidget | None, caption: str, file_filter: str, suggestion: str = ""
) -> str | None:
    """Ask for a file to write; the path carries the format's extension, None when cancelled.

    ``suggestion`` is a file name or path shown first. Headless and unpatched (nobody can
    answer), nothing is asked and None is returned, as ``prompts`` does.
    """
    answer = ask_save_target(parent, caption, file_filter, suggestion)
    return answer[0] if answer else None


def ask_save_target(
    parent: QWidget | None, caption: str, file_filter: str, suggestion: str = ""
) -> tuple[str, str] | None:
    """Like :func:`ask_save_path`, with the filter the user chose (for a choice the
    extension does not name, e.g. line endings): ``(path, filter)`` or None."""
    if not prompts._show(QFileDialog, "getSaveFileName"):
        prompts.last_question = caption
        return None
    path, chosen = QFileDialog.getSaveFileName(parent, caption, suggestion, file_filter)
    if not path:
        return None
    return resolve_save_path(path, chosen or "", file_filter), chosen or ""


def chosen_format(path: str) -> str:
    """The format a resolved path names: its extension without the dot (``xlsx``)."""
    return Path(path).suffix.lower().lstrip(".")
