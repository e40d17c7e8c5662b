"""Writing a map's SVG and JSON to files (through a temporary file and a rename)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from qdadesk.core.exporters.report_output import write_via_temp
from qdadesk.core.maps.render import map_json, map_svg

if TYPE_CHECKING:
    from qdadesk.core.project import Project


def write_map_svg(project: Project, map_id: int, path: str | Path) -> None:
    svg = map_svg(project, map_id)
    write_via_temp(path, lambda temporary: temporary.write_text(svg, encoding="utf-8"))


def write_map_json(project: Project, map_id: int, path: str | Path) -> None:
    text = json.dumps(map_json(project, map_id), ensure_ascii=False, indent=2) + "\n"
    write_via_temp(path, lambda temporary: temporary.write_text(text, encoding="utf-8"))
