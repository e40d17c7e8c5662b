"""sqlite-utils, imported without its optional pandas and numpy support.

When pandas and numpy are installed, sqlite-utils imports both the moment it is imported, only
so that its inserts accept their values, which QDA Desk never passes it. That is half a
second at every start of the window and of every ``qdadesk-cli`` command. Importing it
through this module hides the two while sqlite-utils loads; anything that needs pandas later
imports it as usual.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType

_OPTIONAL_HEAVY = ("pandas", "numpy")


def _import_without_optional_heavy(name: str) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    hidden = [module for module in _OPTIONAL_HEAVY if module not in sys.modules]
    for module in hidden:
        sys.modules[module] = None  # type: ignore[assignment]  # makes "import" fail
    try:
        return importlib.import_module(name)
    finally:
        for module in hidden:
            if sys.modules.get(module, 0) is None:
                del sys.modules[module]


_import_without_optional_heavy("sqlite_utils")
Database = importlib.import_module("sqlite_utils").Database
Migrations = importlib.import_module("sqlite_utils.migrations").Migrations

__all__ = ["Database", "Migrations"]
