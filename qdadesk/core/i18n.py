"""The one function all user-visible text goes through, so it can be translated later.

``tr(text)`` translates a message; ``ntr(singular, plural, n)`` picks the form a count
needs ("1 coded segment", "2 coded segments") and translates it. Languages differ in how
many forms they have (Indonesian one, English two, Russian three), so a catalogue brings
its own rule: ``install_catalog(catalog, plurals, plural_rule)``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

_catalog: dict[str, str] = {}
_plurals: dict[tuple[str, str], tuple[str, ...]] = {}


def _english_rule(n: int) -> int:
    return 0 if n == 1 else 1


_plural_rule: Callable[[int], int] = _english_rule


def tr(text: str) -> str:
    """Return ``text`` in the user's language (English until a catalogue is installed)."""
    return _catalog.get(text, text)


def ntr(singular: str, plural: str, n: int) -> str:
    """The form of a counted message for ``n``, translated; ``{n}`` is filled in.

    ``ntr("{n} coded segment", "{n} coded segments", 1)`` -> ``"1 coded segment"``. Other
    placeholders stay for the caller's ``format``.
    """
    forms = _plurals.get((singular, plural))
    if forms:
        text = forms[min(max(_plural_rule(n), 0), len(forms) - 1)]
    else:
        text = singular if _english_rule(n) == 0 else plural
    return text.replace("{n}", str(n))


def install_catalog(
    catalog: dict[str, str],
    plurals: Mapping[tuple[str, str], Sequence[str]] | None = None,
    plural_rule: Callable[[int], int] | None = None,
) -> None:
    """Use ``catalog`` (English source text -> translation) for every later ``tr`` call.

    ``plurals`` maps ``(singular, plural)`` English pairs to the language's forms;
    ``plural_rule(n)`` says which form a count takes (Indonesian: ``lambda n: 0``).
    """
    global _plural_rule
    _catalog.clear()
    _catalog.update(catalog)
    _plurals.clear()
    _plurals.update({key: tuple(forms) for key, forms in (plurals or {}).items()})
    _plural_rule = plural_rule or _english_rule
