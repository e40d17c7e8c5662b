"""Former home of ``Database`` and ``Migrations``; they now live in ``database.py``.

Kept so that code written against the old name keeps importing; new code imports
``qdadesk.core.store.database``.
"""

from __future__ import annotations

from qdadesk.core.store.database import Database, Migrations

__all__ = ["Database", "Migrations"]
