"""Stop-word lists for word frequencies: bundled lists per language, plus the project's own
additions kept in the project setting ``stopwords:<lang>`` (one word per line)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import tr

if TYPE_CHECKING:
    from qdadesk.core.changes import Operation
    from qdadesk.core.project import Project

SETTING_PREFIX = "stopwords:"


def available_languages() -> list[str]:
    """Language codes with a bundled list (``en``, ``id``, ``de``, ``fr``, ``hu``)."""
    folder = resources.files("qdadesk.core.analysis") / "stopwords"
    return sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".txt"))


@cache
def bundled_stopwords(language: str) -> frozenset[str]:
    """The bundled list for ``language`` (case-folded)."""
    if language not in available_languages():
        raise QdaError(
            tr("No stop-word list for '{language}' (available: {languages})").format(
                language=language, languages=", ".join(available_languages())
            )
        )
    path = resources.files("qdadesk.core.analysis") / "stopwords" / f"{language}.txt"
    return frozenset(_words(path.read_text(encoding="utf-8")))


def _words(text: str) -> list[str]:
    return [
        line.strip().casefold()
        for line in text.replace(",", "\n").splitlines()
        if line.strip() and not line.strip().startswith("#")
    ]


def project_stopwords(project: Project, language: str) -> list[str]:
    """The words the project adds to ``language``'s list."""
    return _words(project.setting(SETTING_PREFIX + language) or "")


def set_project_stopwords(project: Project, language: str, words: list[str]) -> Operation:
    """Replace the project's own stop words for ``language`` (one undoable operation)."""
    cleaned = sorted(dict.fromkeys(w.strip().casefold() for w in words if w.strip()))
    return project.set_setting(SETTING_PREFIX + language, "\n".join(cleaned) or None)


def stopwords(project: Project | None, languages: list[str] | str | None) -> frozenset[str]:
    """Bundled plus project stop words of each language (none when ``languages`` is empty)."""
    if not languages:
        return frozenset()
    if isinstance(languages, str):
        languages = [languages]
    words: set[str] = set()
    for language in languages:
        words |= bundled_stopwords(language)
        if project is not None:
            words.update(project_stopwords(project, language))
    return frozenset(words)
