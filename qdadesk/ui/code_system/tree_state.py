"""The Code System's look per project, kept across sessions: expanded codes, current code.

Stored in the user's settings (QSettings, beside the program in portable mode) under a key
made from the project's path, never in the project file: opening and closing branches is
not an edit, so it never reaches the undo history or another program writing the project.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings


def _key(project_path: str | Path, name: str) -> str:
    digest = hashlib.sha1(str(Path(project_path).resolve()).encode("utf-8")).hexdigest()[:20]
    return f"codeSystem/{digest}/{name}"


def load_tree_state(project_path: str | Path) -> tuple[set[int], int | None]:
    """The expanded code ids and the current code id last seen in this project."""
    settings = QSettings()
    expanded = set()
    for part in str(settings.value(_key(project_path, "expanded"), "") or "").split(","):
        if part.strip().isdigit():
            expanded.add(int(part))
    current = str(settings.value(_key(project_path, "current"), "") or "")
    return expanded, int(current) if current.isdigit() else None


def save_expanded(project_path: str | Path, expanded: set[int]) -> None:
    QSettings().setValue(_key(project_path, "expanded"), ",".join(map(str, sorted(expanded))))


def save_current(project_path: str | Path, code_id: int | None) -> None:
    QSettings().setValue(_key(project_path, "current"), "" if code_id is None else str(code_id))
