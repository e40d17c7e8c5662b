"""A map's nodes, links and evidence (the segments attached to each link) as tables, for
XLSX: a causal network exported with its evidence table."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from qdadesk.core.analysis.region_segments import coding_quote
from qdadesk.core.i18n import tr

if TYPE_CHECKING:
    import pandas as pd

    from qdadesk.core.project import Project


def map_tables(project: Project, map_id: int) -> list[tuple[str, pd.DataFrame]]:
    """(sheet title, table) for the nodes, the links and the evidence of a map."""
    import pandas as pd

    nodes = project.map_nodes(map_id)
    names = {n.id: n.label for n in nodes}
    node_rows = [
        {
            tr("node"): n.id,
            tr("kind"): n.kind,
            tr("label"): n.label,
            tr("refers to"): n.ref or "",
            tr("layer"): n.layer,
            "x": round(n.x, 1),
            "y": round(n.y, 1),
        }
        for n in nodes
    ]
    links = project.map_links(map_id)
    link_rows = [
        {
            tr("link"): lk.id,
            tr("from"): names.get(lk.from_id, ""),
            tr("to"): names.get(lk.to_id, ""),
            tr("sign"): lk.sign,
            tr("label"): lk.label,
            tr("weight"): lk.weight,
            tr("segments"): lk.segments,
        }
        for lk in links
    ]
    evidence = []
    paths = project.code_paths()
    for link in links:
        for coding_id in project.map_link_segments(link.id):
            coding = project.coding(coding_id)
            document = project.document(coding.document_id)
            text = coding_quote(project.text(coding.document_id), coding)
            evidence.append(
                {
                    tr("link"): link.id,
                    tr("from"): names.get(link.from_id, ""),
                    tr("to"): names.get(link.to_id, ""),
                    tr("sign"): link.sign,
                    tr("document"): document.name,
                    tr("code"): paths.get(coding.code_id, ""),
                    tr("start"): coding.start,
                    tr("end"): coding.end,
                    tr("segment"): text,
                }
            )

    def frame(rows: list[dict[str, Any]], columns: list[str]) -> pd.DataFrame:
        return pd.DataFrame(rows, columns=columns, dtype=object)

    return [
        (tr("Nodes"), frame(node_rows, list(node_rows[0]) if node_rows else [tr("node")])),
        (tr("Links"), frame(link_rows, list(link_rows[0]) if link_rows else [tr("link")])),
        (tr("Evidence"), frame(evidence, list(evidence[0]) if evidence else [tr("link")])),
    ]


def write_map_xlsx(project: Project, map_id: int, path: str | Path) -> None:
    """The map's nodes, links and evidence, one sheet each (written safely)."""
    from qdadesk.core.exporters.report_output import write_via_temp
    from qdadesk.core.exporters.tables_xlsx import write_sheets_xlsx

    sheets = map_tables(project, map_id)
    write_via_temp(path, lambda temporary: write_sheets_xlsx(temporary, sheets))
