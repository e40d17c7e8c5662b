"""Document charts: Document Portrait, Codeline, Document Comparison Chart, code frequency
bars — their data as DataFrames, and a small SVG writer so the command line and the window
draw the same pictures.

- Portrait: the document cut into equal tiles of text in reading order, laid out row by row;
  a tile takes the colours of the codes on its characters, mixed by how many characters each
  covers; uncoded tiles stay blank.
- Codeline: the codes of one document (rows) x its paragraphs (columns, lines of the text);
  a cell is marked when a segment of the code touches the paragraph.
- Comparison chart: documents (rows) x equal slices of their length (columns), so documents
  of different length line up by relative position; slices coloured as in the portrait.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from qdadesk.core.analysis.activation import ALL, Activation
from qdadesk.core.analysis.matrices import activated_document_ids, code_rows, segment_filter
from qdadesk.core.i18n import tr

if TYPE_CHECKING:
    import pandas as pd

    from qdadesk.core.project import Project

BLANK = "#f4f4f4"


def _coded_spans(
    project: Project, document_id: int, activation: Activation
) -> list[tuple[int, int, int, str]]:
    """(start, end, code id, colour) of the activated segments of one document (a region
    by the text in its box; a region without text is on no character or paragraph)."""
    where, args = segment_filter(project, activation, "c")
    return project.db.execute(
        f'SELECT c.start, c."end", c.code_id, k.color FROM codings c JOIN codes k '
        f'ON k.id = c.code_id WHERE c.document_id = ? AND c."end" > c.start AND {where} '
        "ORDER BY c.start",
        [document_id, *args],
    ).fetchall()


def mix_colors(weighted: dict[str, int]) -> str:
    """The average of ``#rrggbb`` colours weighted by character counts."""
    total = sum(weighted.values())
    if not total:
        return BLANK
    channels = [0.0, 0.0, 0.0]
    for color, weight in weighted.items():
        for index in range(3):
            channels[index] += int(color[1 + 2 * index : 3 + 2 * index], 16) * weight
    return "#" + "".join(f"{round(c / total):02x}" for c in channels)


def _slices(
    spans: list[tuple[int, int, int, str]], length: int, count: int
) -> list[tuple[int, int, dict[str, int], list[int]]]:
    """``count`` equal slices of ``[0, length)``: (start, end, colour weights, code ids)."""
    result = []
    for index in range(count):
        start = index * length // count
        end = (index + 1) * length // count
        weights: dict[str, int] = {}
        codes: list[int] = []
        for s, e, code_id, color in spans:
            if s >= end:
                break
            covered = min(e, end) - max(s, start)
            if covered > 0:
                weights[color] = weights.get(color, 0) + covered
                if code_id not in codes:
                    codes.append(code_id)
        result.append((start, end, weights, codes))
    return result


def document_portrait(
    project: Project,
    document_id: int,
    activation: Activation = ALL,
    columns: int = 40,
    tiles: int = 800,
) -> pd.DataFrame:
    """One row per tile: ``row``, ``column``, ``start``, ``end``, ``color``, ``codes``
    (code paths). A short document gets one tile per character."""
    import pandas as pd

    length = project.document(document_id).length
    count = max(1, min(tiles, length))
    spans = _coded_spans(project, document_id, activation)
    paths = project.code_paths()
    rows = []
    for index, (start, end, weights, codes) in enumerate(_slices(spans, length, count)):
        rows.append(
            {
                "row": index // columns,
                "column": index % columns,
                "start": start,
                "end": end,
                "color": mix_colors(weights),
                "codes": [paths[c] for c in codes],
            }
        )
    return pd.DataFrame(rows, columns=["row", "column", "start", "end", "color", "codes"])


def codeline(project: Project, document_id: int, activation: Activation = ALL) -> pd.DataFrame:
    """Codes (index: code ids, code-system order) x paragraphs 1..P: 1 where a segment of
    the code touches the paragraph. Only codes with segments in the document are rows;
    ``attrs["colors"]`` and ``attrs["paths"]`` give their colours and paths."""
    import pandas as pd

    text = project.text(document_id)
    newlines = [m.start() for m in re.finditer("\n", text)]
    paragraphs = len(newlines) + 1
    spans = _coded_spans(project, document_id, activation)
    codes = code_rows(project, activation)
    present = {code_id for _, _, code_id, _ in spans}
    ids = [i for i in codes.index if i in present]
    frame = pd.DataFrame(
        0,
        index=pd.Index(ids, name="code_id"),
        columns=list(range(1, paragraphs + 1)),
        dtype="int64",
    )
    for start, end, code_id, _ in spans:
        if code_id not in present or code_id not in frame.index:
            continue
        first = bisect.bisect_left(newlines, start) + 1
        last = bisect.bisect_left(newlines, end - 1) + 1
        frame.loc[code_id, first:last] = 1
    frame.attrs["colors"] = {i: codes.at[i, "color"] for i in ids}
    frame.attrs["paths"] = {i: codes.at[i, "path"] for i in ids}
    return frame


def comparison_chart(
    project: Project,
    document_ids: list[int] | None = None,
    activation: Activation = ALL,
    slices: int = 100,
) -> pd.DataFrame:
    """Documents (index: names, in the order given or the project's) x ``slices`` slices
    of relative position; cells are colours (blank where nothing is coded)."""
    import pandas as pd

    documents = {d.id: d for d in project.documents()}
    if document_ids is None:
        scope = activated_document_ids(project, activation)
        document_ids = [d for d in documents if scope is None or d in set(scope)]
    data = {}
    for document_id in document_ids:
        length = documents[document_id].length
        spans = _coded_spans(project, document_id, activation)
        data[documents[document_id].name] = [
            mix_colors(weights) for _, _, weights, _ in _slices(spans, max(length, 1), slices)
        ]
    return pd.DataFrame.from_dict(data, orient="index", columns=list(range(1, slices + 1)))


# -- SVG ---------------------------------------------------------------------------------------
def svg_document(width: float, height: float, body: list[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" font-family="Segoe UI, Helvetica, Arial, '
        f'sans-serif" font-size="12">\n'
        f'<rect width="{width:.0f}" height="{height:.0f}" fill="#ffffff"/>\n'
        + "\n".join(body)
        + "\n</svg>\n"
    )


def svg_text(
    x: float, y: float, text: str, anchor: str = "start", size: int = 12, weight: str = "normal"
) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" font-size="{size}" '
        f'font-weight="{weight}" fill="#222">{escape(text)}</text>'
    )


def portrait_svg(portrait: pd.DataFrame, title: str = "", tile: int = 14) -> str:
    """The portrait's tiles as an SVG picture."""
    columns = int(portrait["column"].max()) + 1 if len(portrait) else 1
    rows = int(portrait["row"].max()) + 1 if len(portrait) else 1
    top = 30 if title else 8
    body = [svg_text(8, 20, title, size=14, weight="bold")] if title else []
    for tile_row in portrait.itertuples(index=False):
        x, y = 8 + tile_row.column * tile, top + tile_row.row * tile
        body.append(
            f'<rect x="{x}" y="{y}" width="{tile - 1}" height="{tile - 1}" '
            f'fill="{tile_row.color}"><title>{escape(", ".join(tile_row.codes))}</title></rect>'
        )
    return svg_document(16 + columns * tile, top + 8 + rows * tile, body)


def codeline_svg(frame: pd.DataFrame, title: str = "", cell: int = 14) -> str:
    """Codes x paragraphs as coloured bars (one row per code)."""
    paths = frame.attrs.get("paths", {})
    colors = frame.attrs.get("colors", {})
    label_width = 8 + 7 * max([len(p) for p in paths.values()] + [10])
    top = 46 if title else 24
    body = [svg_text(8, 20, title, size=14, weight="bold")] if title else []
    for number in frame.columns:
        if number == 1 or number % 5 == 0:
            x = label_width + (number - 1) * cell + cell / 2
            body.append(svg_text(x, top - 6, str(number), anchor="middle", size=10))
    for row, code_id in enumerate(frame.index):
        y = top + row * cell
        body.append(svg_text(8, y + cell - 3, paths.get(code_id, str(code_id)), size=11))
        for number in frame.columns:
            if frame.at[code_id, number]:
                x = label_width + (number - 1) * cell
                body.append(
                    f'<rect x="{x}" y="{y + 1}" width="{cell}" height="{cell - 2}" '
                    f'fill="{colors.get(code_id, "#4363d8")}"/>'
                )
    width = label_width + max(1, len(frame.columns)) * cell + 8
    return svg_document(
        width,
        top + max(1, len(frame.index)) * cell + 24,
        body
        + [svg_text(label_width, top + len(frame.index) * cell + 16, tr("paragraphs"), size=10)],
    )


def comparison_svg(frame: pd.DataFrame, title: str = "", height: int = 18, width: int = 600) -> str:
    """Documents as horizontal bands of coloured slices."""
    label_width = 8 + 7 * max([len(str(n)) for n in frame.index] + [8])
    top = 34 if title else 8
    body = [svg_text(8, 20, title, size=14, weight="bold")] if title else []
    slice_width = width / max(1, len(frame.columns))
    for row, name in enumerate(frame.index):
        y = top + row * (height + 4)
        body.append(svg_text(8, y + height - 5, str(name), size=11))
        body.append(
            f'<rect x="{label_width}" y="{y}" width="{width}" height="{height}" '
            f'fill="{BLANK}" stroke="#ccc"/>'
        )
        for column, color in enumerate(frame.loc[name]):
            if color != BLANK:
                body.append(
                    f'<rect x="{label_width + column * slice_width:.1f}" y="{y}" '
                    f'width="{slice_width + 0.3:.1f}" height="{height}" fill="{color}"/>'
                )
    return svg_document(label_width + width + 16, top + len(frame.index) * (height + 4) + 8, body)


def frequency_bars_svg(
    frequencies: pd.DataFrame,
    measure: str = "segments",
    title: str = "",
    colors: dict[str, str] | None = None,
) -> str:
    """A horizontal bar chart of code frequencies (``segments`` or ``documents``)."""
    labels = list(frequencies["code"])
    values = [float(v) for v in frequencies[measure]]
    label_width = 8 + 7 * max([len(label) for label in labels] + [6])
    top = 34 if title else 8
    bar_area, bar = 420, 16
    largest = max(values + [1.0])
    body = [svg_text(8, 20, title, size=14, weight="bold")] if title else []
    for row, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = top + row * (bar + 6)
        length = bar_area * value / largest
        color = (colors or {}).get(label, "#4363d8")
        body.append(svg_text(label_width - 6, y + bar - 4, label, anchor="end", size=11))
        body.append(
            f'<rect x="{label_width}" y="{y}" width="{length:.1f}" height="{bar}" fill="{color}"/>'
        )
        body.append(svg_text(label_width + length + 4, y + bar - 4, f"{value:g}", size=11))
    return svg_document(label_width + bar_area + 60, top + len(labels) * (bar + 6) + 8, body)
