"""The parts of a .qdpx around the sources: ``Users``, the ``CodeBook``, ``Variables``,
``Cases``, ``Sets`` (document groups and sets), ``Links`` and ``Graphs``."""

from __future__ import annotations

import math
from typing import Any

from qdadesk.core.exchange.export_state import ExportState
from qdadesk.core.exchange.markers import with_marker
from qdadesk.core.exchange.qde_reader import derived_guid
from qdadesk.core.exchange.qde_writer import VARIABLE_TYPE_NAMES, Element
from qdadesk.core.exchange.report import DISCARDED, IMPORTED
from qdadesk.core.i18n import tr
from qdadesk.core.ops.documents import groups_in_tree_order

# Variable values by scope ("document", "case"), then by owner: (variable GUID, type, value).
VariableValues = dict[str, dict[int, list[tuple[str, str, Any]]]]


def write_users(state: ExportState, root: Element) -> None:
    rows = state.db.execute("SELECT id, guid, name FROM users ORDER BY id").fetchall()
    state.user_guid = {row[0]: row[1] for row in rows}
    state.b.container(root, "Users", [state.b.element("User", guid=g, name=n) for _i, g, n in rows])
    state.report.add(IMPORTED, "User", tr("users"), count=len(rows))


def write_codebook(state: ExportState, root: Element) -> None:
    codes = state.project.codes()
    if not codes:
        return
    state.code_guid = {code.id: code.guid for code in codes}
    elements: dict[int, Element] = {}
    top: list[Element] = []
    for code in codes:
        element = state.b.element(
            "Code",
            guid=code.guid,
            name=code.name,
            isCodable=bool(code.codable),
            color=code.color,
        )
        if code.description:
            state.b.sub(element, "Description", code.description)
        state.note_refs(element, "code", "code_id", code.id)
        elements[code.id] = element
        if code.parent_id is None:
            top.append(element)
        else:
            elements[code.parent_id].append(element)  # parents come first in codes()
    book = state.b.sub(root, "CodeBook")
    state.b.container(book, "Codes", top)
    state.report.add(IMPORTED, "Code", tr("codes"), count=len(codes))


def write_variables(state: ExportState, root: Element) -> VariableValues:
    """The ``Variables``; returns the values for the cases and sources to write."""
    rows = state.db.execute(
        "SELECT id, guid, name, scope, type, description FROM variables "
        "ORDER BY scope, position, id"
    ).fetchall()
    elements = []
    for _id, guid, name, scope, type_, description in rows:
        element = state.b.element(
            "Variable", guid=guid, name=name, typeOfVariable=VARIABLE_TYPE_NAMES[type_]
        )
        text = with_marker(description or "", scope="case" if scope == "case" else None)
        if text:
            state.b.sub(element, "Description", text)
        elements.append(element)
    state.b.container(root, "Variables", elements)
    state.report.add(IMPORTED, "Variable", tr("variables"), count=len(rows))
    by_id = {row[0]: row for row in rows}
    values: VariableValues = {"document": {}, "case": {}}
    for table, column, scope in (
        ("document_values", "document_id", "document"),
        ("case_values", "case_id", "case"),
    ):
        for owner, variable_id, value in state.db.execute(
            f"SELECT {column}, variable_id, value FROM {table} ORDER BY {column}, variable_id"
        ):
            _id, guid, _name, _scope, type_, _d = by_id[variable_id]
            if value is None or (isinstance(value, float) and not math.isfinite(value)):
                # NaN (which SQLite stores as NULL) or infinity: no xsd value for them
                state.report.add(
                    DISCARDED, "VariableValue", tr("values that are not numbers left out")
                )
                continue
            values[scope].setdefault(owner, []).append((guid, type_, value))
    return values


def write_cases(state: ExportState, root: Element, variables: VariableValues) -> None:
    """The ``Cases``; their text segments are noted for the sources (``case_segments``)."""
    cases = state.db.execute(
        "SELECT id, guid, name, description FROM cases ORDER BY position, id"
    ).fetchall()
    elements = []
    for case_id, guid, name, description in cases:
        element = state.b.element("Case", guid=guid, name=name)
        if description:
            state.b.sub(element, "Description", description)
        state.value_elements(element, variables["case"].get(case_id, []))
        members = state.db.execute(
            'SELECT m.id, d.guid, m.document_id, m.start, m."end" FROM case_members m '
            "JOIN documents d ON d.id = m.document_id WHERE m.case_id = ? ORDER BY m.id",
            [case_id],
        ).fetchall()
        for _mid, document_guid, _doc, start, _end in members:
            if start is None:
                state.b.sub(element, "SourceRef", targetGUID=document_guid)
        for member_id, _guid, document_id, start, end in members:
            if start is not None:
                selection = derived_guid("case-segment", guid, str(member_id))
                state.b.sub(element, "SelectionRef", targetGUID=selection)
                state.case_segments.setdefault(document_id, []).append(
                    (selection, start, end, name)
                )
        elements.append(element)
    state.b.container(root, "Cases", elements)
    state.report.add(IMPORTED, "Case", tr("cases"), count=len(cases))


def write_sets(state: ExportState, root: Element) -> None:
    """Document groups (marked as ours), document sets, and kept sets, as ``Set``."""
    b = state.b
    elements = []
    for group in groups_in_tree_order(state.project.groups()):
        parent_guid = None
        if group.parent_id is not None:
            parent_guid = state.project.group(group.parent_id).guid
        element = b.element("Set", guid=group.guid, name=group.name)
        b.sub(
            element,
            "Description",
            with_marker("", group=True, parent=parent_guid, color=group.color),
        )
        for (guid,) in state.db.execute(
            "SELECT guid FROM documents WHERE group_id = ? ORDER BY position, id", [group.id]
        ):
            b.sub(element, "MemberSource", targetGUID=guid)
        for memo in state.memos.get("group", []):
            if memo["group_id"] == group.id:
                b.sub(element, "MemberNote", targetGUID=memo["guid"])
        elements.append(element)
    for set_id, guid, name, description in state.db.execute(
        "SELECT id, guid, name, description FROM document_sets ORDER BY position, id"
    ).fetchall():
        element = b.element("Set", guid=guid, name=name)
        if description:
            b.sub(element, "Description", description)
        for (member,) in state.db.execute(
            "SELECT d.guid FROM document_set_members m JOIN documents d ON d.id = "
            "m.document_id WHERE m.set_id = ? ORDER BY m.rowid",  # the order they were added
            [set_id],
        ):
            b.sub(element, "MemberSource", targetGUID=member)
        elements.append(element)
    elements += [state.adopt(xml) for _g, xml in state.kept.get("Set", [])]
    b.container(root, "Sets", elements)


def write_links(state: ExportState, root: Element) -> None:
    state.b.container(root, "Links", [state.adopt(xml) for _g, xml in state.kept.get("Link", [])])


def write_graphs(state: ExportState, root: Element) -> None:
    """Our maps, then the kept graphs."""
    from qdadesk.core.exchange.graphs import graph_elements

    maps = graph_elements(state)
    state.b.container(
        root, "Graphs", maps + [state.adopt(xml) for _g, xml in state.kept.get("Graph", [])]
    )
