"""The one function all user-visible text goes through, so it can be translated later.

``tr(text)`` translates a message; ``ntr(singular, plural, n)`` picks the form a count
needs ("1 coded segment", "2 coded segments") and translates it. Languages differ in how
many forms they have (Indonesian one, English two, Russian three), so a catalogue brings
its own rule: ``install_catalog(catalog, plurals, plural_rule)``.

The catalogues are Qt's own compiled ``.qm`` files (``resources/translations/qdadesk_<lang>.qm``,
made by ``python -m qdadesk.i18n_tools update`` with ``pyside6-lrelease``). They are read
here with the standard library, so the core and the command line need no Qt:
``install_language(resolve_language(...))``. The language is chosen once, at start-up.
"""

from __future__ import annotations

import locale
import os
import struct
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

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
    # lrelease drops a numerus message's comment (the English plural) unless two messages
    # need it apart, so a catalogue read from a .qm has most of them under (singular, "").
    forms = _plurals.get((singular, plural)) or _plurals.get((singular, ""))
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


def tr_noop(text: str) -> str:
    """Mark ``text`` for the translation tools and return it unchanged (Qt's QT_TR_NOOP).

    For text kept in a table and translated where it is shown, with ``tr(value)``."""
    return text


# --- languages ----------------------------------------------------------------------------

LANGUAGE_ENV = "QDADESK_LANG"
SOURCE_LANGUAGE = "en"
# Languages with a catalogue, and how many plural forms each has (Indonesian: one).
LANGUAGES = {"en": "English", "id": "Bahasa Indonesia"}
_ONE_FORM = {"id"}
_current = SOURCE_LANGUAGE


def current_language() -> str:
    """The language of the installed catalogue (``"en"`` when none is)."""
    return _current


def normalize_language(value: str | None) -> str | None:
    """``"id_ID.UTF-8"`` -> ``"id"``; None for a language we have no catalogue for."""
    if not value:
        return None
    code = value.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    if code == "in":  # the old ISO code of Indonesian, still reported by some systems
        code = "id"
    return code if code in LANGUAGES else None


def system_language() -> str:
    """The system's language for messages, as far as the standard library sees it."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            # LANGUAGE lists preferences ("id:en"); C/POSIX mean "no language": English.
            for item in value.split(":"):
                code = normalize_language(item)
                if code:
                    return code
            return SOURCE_LANGUAGE
    try:
        code = normalize_language(locale.getlocale()[0])
    except ValueError:
        code = None
    if code is None and os.name == "nt":
        code = _windows_language()
    return code or SOURCE_LANGUAGE


def _windows_language() -> str | None:
    if sys.platform != "win32":
        return None
    try:
        import ctypes

        lcid = int(ctypes.windll.kernel32.GetUserDefaultUILanguage())
    except (AttributeError, OSError):
        return None
    return "id" if lcid & 0x3FF == 0x21 else None  # LANG_INDONESIAN


def resolve_language(explicit: str | None = None, preference: str | None = None) -> str:
    """The language to use: ``explicit`` (``--lang``), else ``QDADESK_LANG``, else the user's
    ``preference`` (Preferences), else the system's. Unknown languages fall back to English."""
    for value in (explicit, os.environ.get(LANGUAGE_ENV), preference):
        if value:
            return normalize_language(value) or SOURCE_LANGUAGE
    return system_language()


def catalog_path(language: str) -> Path:
    """The compiled catalogue of ``language`` (a Qt ``.qm`` file)."""
    from qdadesk.paths import resource_path

    return resource_path("translations", f"qdadesk_{language}.qm")


def install_language(language: str) -> str:
    """Translate every later ``tr``/``ntr`` into ``language``; returns the language used.

    English, or a language whose catalogue is missing, installs no catalogue."""
    global _current
    path = catalog_path(language) if language != SOURCE_LANGUAGE else None
    if path is None or not path.is_file():
        install_catalog({})
        _current = SOURCE_LANGUAGE
        return _current
    catalog, plurals = read_qm(path)
    rule = (lambda n: 0) if language in _ONE_FORM else None
    install_catalog(catalog, plurals, rule)
    _current = language
    return _current


# --- Qt's .qm format ----------------------------------------------------------------------
# A 16-byte magic number, then sections (tag byte, big-endian length, data). The Messages
# section holds records of tagged fields ending with Tag_End; translations are UTF-16BE,
# source, context and comment UTF-8 (see Qt's qtranslator.cpp).

_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_QM_MESSAGES = 0x69
_TAG_END, _TAG_TRANSLATION, _TAG_OBSOLETE1 = 1, 3, 5
_TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT = 6, 7, 8


def read_qm(
    path: Path, context: str = "qdadesk"
) -> tuple[dict[str, str], dict[tuple[str, str], tuple[str, ...]]]:
    """(catalogue, plurals) of one context of a ``.qm`` file.

    ``plurals`` has every message's forms by (source, comment): a numerus message's comment
    is the English plural (see i18n_tools), when lrelease kept it, else empty."""
    data = path.read_bytes()
    if data[:16] != _QM_MAGIC:
        raise ValueError(f"{path}: not a Qt translation file")
    messages = b""
    position = 16
    while position + 5 <= len(data):
        tag = data[position]
        (length,) = struct.unpack_from(">I", data, position + 1)
        if tag == _QM_MESSAGES:
            messages = data[position + 5 : position + 5 + length]
        position += 5 + length
    catalog: dict[str, str] = {}
    plurals: dict[tuple[str, str], tuple[str, ...]] = {}
    wanted = context.encode("utf-8")
    position = 0
    end = len(messages)
    while position < end:
        translations: list[str] = []
        fields: dict[int, bytes] = {}
        while position < end:
            tag = messages[position]
            position += 1
            if tag == _TAG_END:
                break
            if tag == _TAG_OBSOLETE1:
                position += 4
                continue
            (length,) = struct.unpack_from(">I", messages, position)
            position += 4
            if length == 0xFFFFFFFF:  # an empty translation
                length = 0
            value = messages[position : position + length]
            position += length
            if tag == _TAG_TRANSLATION:
                translations.append(value.decode("utf-16-be"))
            elif tag in (_TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT):
                fields[tag] = value
        if fields.get(_TAG_CONTEXT, wanted) != wanted or _TAG_SOURCE not in fields:
            continue
        if not any(translations):
            continue
        source = fields[_TAG_SOURCE].decode("utf-8")
        comment = fields.get(_TAG_COMMENT, b"").decode("utf-8")
        plurals[(source, comment)] = tuple(translations)
        if not comment:
            catalog[source] = translations[0]
    return catalog, plurals
