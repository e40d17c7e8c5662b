"""The QDA Desk core: the project file and every operation on it, without Qt.

The window, the command line and scripts all use this API::

    from qdadesk.core import Project
"""

from __future__ import annotations

from qdadesk.core.changes import Changes, Operation
from qdadesk.core.errors import (
    ImportCancelled,
    ImportFailed,
    NewerVersionError,
    NotFoundError,
    OffsetError,
    ProjectError,
    QdaError,
)
from qdadesk.core.project import ImportReport, Project

__all__ = [
    "Changes",
    "ImportCancelled",
    "ImportFailed",
    "ImportReport",
    "NewerVersionError",
    "NotFoundError",
    "OffsetError",
    "Operation",
    "Project",
    "ProjectError",
    "QdaError",
]
