"""Regions on the command line: ``code-region`` codes a box of a PDF page or a picture;
``segments`` lists regions with their page and box and can write their images.

qdadesk-cli code-region PROJECT DOCUMENT X1 Y1 X2 Y2 CODEPATH [--page N] [--weight N]
    [--comment TEXT] [--coder NAME]
qdadesk-cli move-region PROJECT CODING_ID X1 Y1 X2 Y2 [--page N]

Boxes are in REFI-QDA's coordinates from the page's top-left corner: points on a PDF page,
pixels on a picture. Region images are painted by Qt offscreen, imported only for them.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from qdadesk.cli.common import add_project_argument, opened
from qdadesk.core import safe_write
from qdadesk.core.analysis.region_segments import is_blank
from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import ntr, tr

if TYPE_CHECKING:
    import pandas as pd

    from qdadesk.core.model import Coding
    from qdadesk.core.project import Project

REGION_COLUMNS = ["page", "x1", "y1", "x2", "y2"]
"""What ``segments`` adds for regions (empty for text segments)."""

REGION_IMAGE_MAX_SIDE = 4096
"""Longest side of a written region image: a picture's region keeps its own pixels up to
this, a PDF region is drawn at up to four pixels a point (288 dpi)."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    region = subparsers.add_parser(
        "code-region",
        help="code a box of a PDF page or a picture",
        description="Code the box X1 Y1 X2 Y2 of a PDF page (points) or a picture (pixels), "
        "measured from the top-left corner, with an existing code. Prints the new coding's id.",
    )
    add_project_argument(region)
    region.add_argument("document", metavar="DOCUMENT")
    for name in ("x1", "y1", "x2", "y2"):
        region.add_argument(name, type=coordinate, metavar=name.upper())
    region.add_argument("path", metavar="CODEPATH")
    region.add_argument(
        "--page", type=page_number, default=None, help="PDF page, from 1 (default: 1)"
    )
    region.add_argument("--weight", type=int, default=0)
    region.add_argument("--comment", default="")
    region.add_argument("--coder", help="coder name (default: your user name)")
    region.set_defaults(func=cmd_code_region)

    move = subparsers.add_parser(
        "move-region",
        help="move or resize a region coding",
        description="Give the region coding CODING_ID the box X1 Y1 X2 Y2 (PDF: points, "
        "picture: pixels, from the top-left corner), on --page N of a PDF (default: its page).",
    )
    add_project_argument(move)
    move.add_argument("coding_id", type=int, metavar="CODING_ID")
    for name in ("x1", "y1", "x2", "y2"):
        move.add_argument(name, type=coordinate, metavar=name.upper())
    move.add_argument("--page", type=page_number, default=None, help="PDF page, from 1")
    move.set_defaults(func=cmd_move_region)


def coordinate(text: str) -> float:
    """An argparse type: a finite number (``nan`` or ``inf`` is bad usage, exit 2)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"'{text}' is not a finite number")
    return value


def page_number(text: str) -> int:
    """An argparse type: a page number from 1."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"pages are numbered from 1, not {number}")
    return number


def cmd_code_region(args: argparse.Namespace) -> int:
    with opened(args) as project:
        document = project.find_document(args.document)
        code = project.find_code(args.path)
        coding_id = project.add_region_coding(
            document.id,
            code.id,
            (args.x1, args.y1, args.x2, args.y2),
            page=args.page,
            weight=args.weight,
            comment=args.comment,
            coder=args.coder,
        ).result
        coding = project.coding(coding_id)
        values = {
            "document": document.name,
            "box": " ".join(f"{v:g}" for v in coding.box or ()),
            "code": project.code_path(code.id),
            "id": coding_id,
        }
        if coding.page is None:
            message = tr("coded {document} region {box} with {code}: coding {id}")
        else:
            message = tr("coded {document} page {page} region {box} with {code}: coding {id}")
            values["page"] = coding.page
        print(message.format(**values))
    return 0


def cmd_move_region(args: argparse.Namespace) -> int:
    with opened(args) as project:
        project.move_region(args.coding_id, (args.x1, args.y1, args.x2, args.y2), args.page)
        coding = project.coding(args.coding_id)
        values = {
            "id": coding.id,
            "box": " ".join(f"{v:g}" for v in coding.box or ()),
            "page": coding.page,
        }
        if coding.page is None:
            message = tr("moved region coding {id} to {box}")
        else:
            message = tr("moved region coding {id} to page {page} {box}")
        print(message.format(**values))
    return 0


def _number(value: float | None) -> int | float | None:
    """A coordinate as people write it: 10, not 10.0."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def with_region_columns(project: Project, frame: pd.DataFrame) -> pd.DataFrame:
    """Retrieved segments with ``page``, ``x1`` ... ``y2``: a region's box
    (its ``start`` and ``end`` empty), nothing for a text segment."""
    regions = _regions(project, frame)
    frame = frame.astype({"start": object, "end": object})
    columns: dict[str, list[int | float | None]] = {
        name: [None] * len(frame) for name in REGION_COLUMNS
    }
    for row, coding_id in enumerate(frame["coding_id"]):
        # A query's computed rows (an intersection of segments) have no coding of their own.
        coding = None if is_blank(coding_id) else regions.get(int(coding_id))
        if coding is None:
            continue
        frame.iat[row, frame.columns.get_loc("start")] = None
        frame.iat[row, frame.columns.get_loc("end")] = None
        columns["page"][row] = coding.page
        for name, value in zip(("x1", "y1", "x2", "y2"), coding.box or (), strict=True):
            columns[name][row] = _number(value)
    import pandas as pd

    for name in REGION_COLUMNS:
        # object: 10 stays 10 and a text segment's box stays empty (not 10.0 and NaN)
        frame[name] = pd.Series(columns[name], index=frame.index, dtype=object)
    return frame


def _regions(project: Project, frame: pd.DataFrame) -> dict[int, Coding]:
    if frame.empty:
        return {}
    documents = sorted({int(d) for d in frame["document_id"]})
    return {c.id: c for c in project.codings(document_ids=documents) if c.is_region}


def write_region_images(project: Project, frame: pd.DataFrame, folder: str) -> list[str]:
    """Write each region of ``frame`` as ``<coding guid>.png`` into ``folder``; returns the
    file name for each row ('' for text segments and regions that cannot be drawn)."""
    from qdadesk.render.page_images import region_png
    from qdadesk.render.raster import ensure_gui_application

    target = Path(folder)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise QdaError(
            tr("{path}: cannot write ({error})").format(
                path=folder, error=error.strerror or type(error).__name__
            )
        ) from error
    ensure_gui_application()
    regions = _regions(project, frame)
    names: list[str] = []
    missing = 0
    for coding_id in frame["coding_id"]:
        coding = None if is_blank(coding_id) else regions.get(int(coding_id))
        if coding is None:
            names.append("")
            continue
        png = region_png(project, coding, REGION_IMAGE_MAX_SIDE)
        if png is None:
            missing += 1
            names.append("")
            continue
        name = f"{coding.guid}.png"
        safe_write.write_bytes(target / name, png)
        names.append(name)
    if missing:
        print(
            ntr(
                "qdadesk-cli: note: {n} region could not be drawn (its picture or PDF is "
                "missing or cannot be read)",
                "qdadesk-cli: note: {n} regions could not be drawn (their pictures or PDFs are "
                "missing or cannot be read)",
                missing,
            ),
            file=sys.stderr,
        )
    return names
