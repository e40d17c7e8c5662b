"""The one function all user-visible text goes through, so it can be translated later."""

from __future__ import annotations

_catalog: dict[str, str] = {}


def tr(text: str) -> str:
    """Return ``text`` in the user's language (English until a catalogue is installed)."""
    return _catalog.get(text, text)


def install_catalog(catalog: dict[str, str]) -> None:
    """Use ``catalog`` (English source text -> translation) for every later ``tr`` call."""
    _catalog.clear()
    _catalog.update(catalog)
