"""Errors about map nodes name the kind of object in the user's language, never the
internal kind ("code", "segment" ...)."""

from __future__ import annotations

import pytest

from qdadesk.core import Project
from qdadesk.core.errors import NotFoundError
from qdadesk.core.i18n import install_catalog


@pytest.fixture
def german_kinds():
    install_catalog(
        {
            "No {kind} with id {id}": "Kein {kind} mit der Nummer {id}",
            "coded segment": "codiertes Segment",
            "code": "Code (de)",
            "document group": "Dokumentgruppe",
            "variable": "Variable (de)",
        }
    )
    yield
    install_catalog({})


def test_missing_object_error_names_the_kind_in_the_users_language(tmp_path, german_kinds):
    with Project.create(tmp_path / "k.qdadesk") as project:
        map_id = project.create_map("m").result
        for kind, shown in (
            ("segment", "codiertes Segment"),
            ("code", "Code (de)"),
            ("group", "Dokumentgruppe"),
            ("variable", "Variable (de)"),
        ):
            with pytest.raises(NotFoundError) as error:
                project.add_map_node(map_id, kind, 4242)
            assert str(error.value) == f"Kein {shown} mit der Nummer 4242"
