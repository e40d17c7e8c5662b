"""The Import Documents dialog offers every file type the importer reads: its first filter
lists them all (pictures too, BMP among them), then documents and pictures apart."""

from __future__ import annotations

import re

from qdadesk.core.importers import SUPPORTED_EXTENSIONS
from qdadesk.core.importers.picture_headers import FORMATS
from qdadesk.ui.document_system import IMPORT_FILTER


def _patterns(entry: str) -> set[str]:
    inside = re.search(r"\((.*)\)", entry)
    assert inside is not None, entry
    return {pattern.removeprefix("*") for pattern in inside.group(1).split()}


def test_the_first_filter_lists_every_importable_extension() -> None:
    everything, documents, pictures, anything = IMPORT_FILTER.split(";;")
    assert _patterns(everything) == set(SUPPORTED_EXTENSIONS)
    assert _patterns(documents) | _patterns(pictures) == set(SUPPORTED_EXTENSIONS)
    assert ".bmp" in _patterns(pictures) and ".bmp" not in _patterns(documents)
    assert {ext.lstrip(".") for ext in _patterns(pictures)} >= set(FORMATS) - {"jpeg", "tiff"}
    assert _patterns(anything) == {""}
