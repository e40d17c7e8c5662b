"""Menu entries of the coding workspace's Document System, variables, memos and segments."""

from __future__ import annotations

from typing import Any


def install(window: Any) -> None:
    """Add the workspace actions to ``window``'s menus."""
