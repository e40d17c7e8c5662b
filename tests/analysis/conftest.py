"""Fixtures for the analysis tests: projects with documents made from strings."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.fixture
def add_text(tmp_project) -> Callable[..., int]:
    """Add a document with the given text to ``tmp_project``; returns its id."""
    from qdadesk.core.importers.document import ImportedDocument

    def add(text: str, name: str = "doc") -> int:
        return tmp_project.add_document(ImportedDocument(name=name, text=text)).result

    return add
