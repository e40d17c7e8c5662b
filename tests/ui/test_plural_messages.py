"""Count messages in the window use the singular for one ("1 coded segment from 1 document")."""

# ruff: noqa: F811  (fixtures are imported from coding_workspace_support)
from __future__ import annotations

from coding_workspace_support import (  # noqa: F401
    isolated_settings,
    window,
    workspace_project,
)

from qdadesk.core.analysis.retrieval import retrieve_segments


def test_retrieved_segments_header_and_browser_title(window, workspace_project):
    project = window.session.project
    code_id = project.find_code("Places").id
    window.run_operation(lambda: project.add_coding(workspace_project.emoji_id, code_id, 0, 5))
    pane = window.retrieved_segments
    pane.show_segments(retrieve_segments(project), "Places")
    assert pane.header.text() == "Places: 1 coded segment from 1 document"
    window.open_document_id(workspace_project.emoji_id)
    title = window.document_browser.title.text()
    assert "1 coded segment<" in title and "segments" not in title
    window.run_operation(lambda: project.add_coding(workspace_project.docx_id, code_id, 0, 5))
    pane.show_segments(retrieve_segments(project), "Places")
    assert pane.header.text() == "Places: 2 coded segments from 2 documents"
