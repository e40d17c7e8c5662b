"""The Code System: the code tree model, its view and its dialogs."""

from __future__ import annotations

from qdadesk.ui.code_system.model import CodeTreeModel
from qdadesk.ui.code_system.view import CodeSystemPane, CodeTreeView

__all__ = ["CodeSystemPane", "CodeTreeModel", "CodeTreeView"]
