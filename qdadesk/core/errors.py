"""Errors the core raises for a user's mistake or bad input.

Every error here carries a one-line message meant for the user; the window shows it in a
dialog and the command line prints it on stderr. Anything else escaping the core is a bug.
"""

from __future__ import annotations


class QdaError(Exception):
    """A problem caused by the user's input, with a one-line message for the user."""


class ProjectError(QdaError):
    """The project file cannot be opened or written."""


class NewerVersionError(ProjectError):
    """The project was written by a newer QDA Desk; it is refused and left untouched."""


class NotFoundError(QdaError):
    """A document, code, coding or other item named by the user does not exist."""


class OffsetError(QdaError):
    """A position does not fit the document's text."""


class ImportFailed(QdaError):
    """A file could not be imported; nothing was changed.

    ``filename`` and ``reason`` keep the two parts of "<file>: <reason>" apart, so a list
    that already names the file shows the reason once (not "a.docx: a.docx: ...")."""

    def __init__(self, message: str, filename: str = "", reason: str = "") -> None:
        super().__init__(message)
        self.filename = filename
        self.reason = reason or message


class ImportCancelled(QdaError):
    """The user cancelled an import; nothing was changed."""


class ReadOnlyProjectError(ProjectError):
    """A write was refused: the project is open read-only (in use elsewhere, or damaged)."""


class DamagedProjectError(ProjectError):
    """The project file is damaged so badly that it cannot be read; recover what is left."""


class ProjectBusyError(ProjectError):
    """Another program holds the project's write lock longer than a writer waits."""


def project_busy(path: object, change_lost: bool = False) -> ProjectBusyError:
    """The one message for a project another program is writing to (``change_lost``: a
    change of ours was refused, so say it was not saved)."""
    from qdadesk.core.i18n import tr

    if change_lost:
        text = tr(
            "{path}: the project is busy (another program is writing to it); "
            "the change was not saved, try again"
        )
    else:
        text = tr("{path}: the project is busy (another program is writing to it); try again")
    return ProjectBusyError(text.format(path=path))
