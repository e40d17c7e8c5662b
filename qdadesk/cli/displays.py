"""Display commands: matrix, relations, crosstab, frequencies, and saved M&H displays.

Tables go out as JSON (a list of row objects), CSV or XLSX; the first column names the row
(``code`` for code rows). Totals are left out unless ``--totals`` asks for them, so scripts
get only cells. Percentages are rounded to two decimals.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qdadesk.cli.common import add_project_argument, opened
from qdadesk.cli.output import add_format_options, write_records
from qdadesk.core import safe_write
from qdadesk.core.analysis.activation import ALL, Activation
from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import tr

if TYPE_CHECKING:
    from qdadesk.core.analysis.region_segments import RegionPicture
    from qdadesk.core.project import Project


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    matrix = subparsers.add_parser(
        "matrix",
        help="code matrix: codes x documents, groups, sets or variable values",
        description="Code Matrix Browser as a table. Rows are code paths (first column "
        "'code'); columns are documents, groups, sets or the values of a variable. "
        "No totals unless --totals.",
    )
    add_project_argument(matrix)
    matrix.add_argument(
        "--columns",
        default="documents",
        metavar="documents|groups|sets|variable:NAME",
        help="what the columns are (default: documents)",
    )
    matrix.add_argument(
        "--value",
        default="count",
        choices=("count", "presence", "row-percent", "column-percent"),
        help="cell value (presence is 1 or 0; default: count)",
    )
    matrix.add_argument(
        "--include-subcodes", action="store_true", help="a code's row adds its subcodes' segments"
    )
    matrix.add_argument("--totals", action="store_true", help="add a Total row and column")
    _add_table_options(matrix, cmd_matrix)

    relations = subparsers.add_parser(
        "relations",
        help="code relations: codes x codes, co-occurring segment pairs",
        description="Code Relations Browser as a square table (first column 'code', then one "
        "column per code path). A cell counts pairs of segments of the two codes in the same "
        "document that overlap (touching segments do not), lie within N characters, or share "
        "a paragraph (a line of the text). The diagonal is the code's number of segments.",
    )
    add_project_argument(relations)
    relations.add_argument(
        "--mode",
        default="overlap",
        metavar="overlap|paragraph|distance:N",
        help="when two segments meet (default: overlap)",
    )
    _add_table_options(relations, cmd_relations)

    cross = subparsers.add_parser(
        "crosstab",
        help="codes x the values of a document variable",
        description="For each value of the variable: segments, %% segments (of the column's "
        "segments), documents with the code, %% documents (of the column's documents).",
    )
    add_project_argument(cross)
    cross.add_argument("--variable", required=True, metavar="NAME")
    cross.add_argument("--include-subcodes", action="store_true")
    _add_table_options(cross, cmd_crosstab)

    frequencies = subparsers.add_parser(
        "frequencies", help="codes by number of segments and documents"
    )
    add_project_argument(frequencies)
    frequencies.add_argument("--include-subcodes", action="store_true")
    _add_table_options(frequencies, cmd_frequencies)

    display = subparsers.add_parser(
        "display",
        help="compute a saved Miles & Huberman display and export it",
        description="Recompute the saved display NAME from the current coding and write it "
        "as a Word table (docx), a workbook (xlsx), CSV or JSON.",
    )
    add_project_argument(display)
    display.add_argument("name", metavar="NAME")
    display.add_argument("--format", choices=("docx", "xlsx", "csv", "json", "table"), default=None)
    display.add_argument("-o", "--output", metavar="FILE")
    display.set_defaults(func=cmd_display)

    save = subparsers.add_parser(
        "display-save",
        help="save a Miles & Huberman display definition by name",
        description="Save a display from options or a JSON definition file (keys: rows, "
        "columns, cells, codes, include_subcodes, order_rows, descending, "
        "only_activated_documents, only_activated_codes, title, group_columns). Axes: codes, "
        "subcodes:PATH, documents, groups, cases, variable:NAME, "
        "period:NAME:month|quarter|year. Cells: count, presence, documents, mean-weight, "
        "summary, rated-summary (the summary led by its rating as the evaluative word), "
        "rating, best-quote, quotes, paraphrases, checklist, triangulation. "
        "--group-columns groups code columns under their parent codes (two header rows, "
        "merged in DOCX and XLSX). "
        "A conceptually clustered matrix: --rows documents (or cases) --columns codes "
        "--cells rated-summary --group-columns, with --code for each theme.",
    )
    add_project_argument(save)
    save.add_argument("name", metavar="NAME")
    save.add_argument("--definition", metavar="FILE.json", help="read the definition from FILE")
    save.add_argument("--rows", help="row axis (default: codes)")
    save.add_argument("--columns", help="column axis (default: groups)")
    save.add_argument("--cells", help="cell content (default: count)")
    save.add_argument(
        "--code",
        action="append",
        metavar="CODEPATH",
        help="limit the code axis to these codes (repeatable)",
    )
    save.add_argument("--include-subcodes", action="store_true", default=None)
    save.add_argument("--order-rows", metavar="label|variable:NAME|mean-weight|summary-rating")
    save.add_argument("--descending", action="store_true", default=None)
    save.add_argument(
        "--group-columns",
        action="store_true",
        default=None,
        help="group code columns under their parent codes (codes must be the columns)",
    )
    save.add_argument("--title")
    save.set_defaults(func=cmd_display_save)

    chart = subparsers.add_parser(
        "chart",
        help="draw a document chart or the code frequencies as SVG",
        description="Document Portrait or Codeline of one document, Document Comparison "
        "Chart of several (default: all), or a bar chart of code frequencies, as an SVG "
        "picture (to FILE with -o, else to stdout).",
    )
    add_project_argument(chart)
    chart.add_argument("kind", choices=("portrait", "codeline", "comparison", "frequencies"))
    chart.add_argument(
        "--document",
        action="append",
        metavar="NAME",
        help="the document (repeatable for comparison)",
    )
    chart.add_argument(
        "--code",
        action="append",
        metavar="CODEPATH",
        help="only this code (repeatable; with its subcodes)",
    )
    chart.add_argument("-o", "--output", metavar="FILE.svg")
    chart.set_defaults(func=cmd_chart)

    listing = subparsers.add_parser("displays", help="list the saved displays")
    add_project_argument(listing)
    add_format_options(listing)
    listing.set_defaults(func=cmd_displays)


def _add_table_options(parser: argparse.ArgumentParser, func: Callable[..., int]) -> None:
    """What every table command ends with: the code and document scope, the output format,
    and the function that runs it."""
    parser.add_argument(
        "--code",
        action="append",
        metavar="CODEPATH",
        help="only this code (repeatable; with its subcodes)",
    )
    parser.add_argument(
        "--document", action="append", metavar="NAME", help="only this document (repeatable)"
    )
    add_format_options(parser)
    parser.set_defaults(func=func)


def _activation(project: Project, args: argparse.Namespace) -> Activation:
    if not args.code and not args.document:
        return ALL
    return Activation(
        document_ids=(
            frozenset(project.find_document(n).id for n in args.document) if args.document else None
        ),
        code_ids=frozenset(project.find_code(p).id for p in args.code) if args.code else None,
        include_subcodes=True,
    )


def _rounded(frame: Any) -> Any:
    return frame.round(2)


def cmd_matrix(args: argparse.Namespace) -> int:
    from qdadesk.core.analysis.matrices import code_matrix

    with opened(args) as project:
        table = code_matrix(
            project, _activation(project, args), args.columns, args.value, args.include_subcodes
        )
        frame = table.labelled(totals=args.totals)
    write_records(args, _rounded(frame))
    return 0


def cmd_relations(args: argparse.Namespace) -> int:
    from qdadesk.core.analysis.relations import code_relations, labelled_relations

    with opened(args) as project:
        frame = labelled_relations(code_relations(project, _activation(project, args), args.mode))
    write_records(args, frame)
    return 0


def cmd_crosstab(args: argparse.Namespace) -> int:
    from qdadesk.core.analysis.matrices import crosstab

    with opened(args) as project:
        frame = crosstab(
            project, args.variable, _activation(project, args), args.include_subcodes
        ).labelled()
    write_records(args, _rounded(frame))
    return 0


def cmd_frequencies(args: argparse.Namespace) -> int:
    from qdadesk.core.analysis.matrices import code_frequencies

    with opened(args) as project:
        frame = code_frequencies(project, _activation(project, args), args.include_subcodes)
    write_records(args, _rounded(frame.reset_index(drop=True)))
    return 0


def cmd_display(args: argparse.Namespace) -> int:
    from qdadesk.core.analysis.displays import compute_saved_display

    fmt = args.format
    if fmt is None and args.output:
        # Without --format the file name's extension decides (docx, xlsx, csv, json).
        suffix = Path(args.output).suffix.lower().lstrip(".")
        fmt = suffix if suffix in ("docx", "xlsx", "csv", "json") else None
    if fmt in ("docx", "xlsx") and not args.output:
        raise QdaError(tr("--format {format} needs -o FILE").format(format=fmt))
    with opened(args) as project:
        result = compute_saved_display(project, args.name)
        if fmt == "docx":  # region pictures are read from the open project
            from qdadesk.core.exporters.tables_docx import write_display_docx

            write_display_docx(result, args.output, _region_pictures(project))
            return 0
    if fmt == "xlsx":
        from qdadesk.core.exporters.tables_xlsx import write_displays_xlsx

        write_displays_xlsx([result], args.output)
        return 0
    args.format = fmt
    write_records(args, result.text_frame() if fmt != "json" else result.value_frame())
    return 0


def cmd_display_save(args: argparse.Namespace) -> int:
    from qdadesk.core.analysis.displays import DisplayDefinition, save_display

    data: dict[str, Any] = {}
    if args.definition:
        try:
            data = json.loads(Path(args.definition).read_text(encoding="utf-8"))
        except OSError as error:
            raise QdaError(
                tr("{path}: cannot read ({error})").format(
                    path=args.definition, error=error.strerror
                )
            ) from error
        except json.JSONDecodeError as error:
            raise QdaError(
                tr("{path}: not valid JSON ({error})").format(path=args.definition, error=error.msg)
            ) from error
        if not isinstance(data, dict):
            raise QdaError(
                tr("{path}: a display definition is a JSON object").format(path=args.definition)
            )
    options = {
        "rows": args.rows,
        "columns": args.columns,
        "cells": args.cells,
        "codes": args.code,
        "include_subcodes": args.include_subcodes,
        "order_rows": args.order_rows,
        "descending": args.descending,
        "title": args.title,
        "group_columns": args.group_columns,
    }
    data.update({key: value for key, value in options.items() if value is not None})
    definition = DisplayDefinition.from_json(data)
    with opened(args) as project:
        if definition.codes:
            for path in definition.codes:
                project.find_code(path)
        save_display(project, args.name, definition)
    return 0


def cmd_displays(args: argparse.Namespace) -> int:
    from qdadesk.core.analysis.displays import DISPLAY_KIND

    with opened(args) as project:
        records = [
            {"name": item.name, **{k: item.definition.get(k) for k in ("rows", "columns", "cells")}}
            for item in project.saved_items(DISPLAY_KIND)
        ]
    write_records(args, records, ["name", "rows", "columns", "cells"])
    return 0


def cmd_chart(args: argparse.Namespace) -> int:
    from qdadesk.cli.output import write_stdout
    from qdadesk.core.analysis import charts
    from qdadesk.core.analysis.matrices import code_frequencies

    with opened(args) as project:
        activation = Activation(
            code_ids=frozenset(project.find_code(p).id for p in args.code) if args.code else None,
            include_subcodes=True,
        )
        documents = [project.find_document(n) for n in args.document or []]
        if args.kind in ("portrait", "codeline"):
            if len(documents) != 1:
                raise QdaError(
                    tr("{kind} draws one document: give --document NAME once").format(
                        kind=args.kind
                    )
                )
            document = documents[0]
            if args.kind == "portrait":
                portrait = charts.document_portrait(project, document.id, activation)
                svg = charts.portrait_svg(portrait, f"Document Portrait: {document.name}")
            else:
                frame = charts.codeline(project, document.id, activation)
                svg = charts.codeline_svg(frame, f"Codeline: {document.name}")
        elif args.kind == "comparison":
            ids = [d.id for d in documents] or None
            frame = charts.comparison_chart(project, ids, activation)
            svg = charts.comparison_svg(frame, "Document Comparison Chart")
        else:
            frequencies = code_frequencies(project, activation)
            colors = {c.id: c.color for c in project.codes()}
            by_path = {path: colors[i] for i, path in frequencies["code"].items()}
            svg = charts.frequency_bars_svg(frequencies, "segments", "Code frequencies", by_path)
    if args.output:
        try:
            safe_write.write_text(args.output, svg)
        except OSError as error:
            raise QdaError(
                tr("{path}: cannot write ({error})").format(path=args.output, error=error.strerror)
            ) from error
    else:
        write_stdout(svg)
    return 0


def _region_pictures(project: Project) -> RegionPicture | None:
    """What draws a quoted region for a Word export: Qt offscreen (pictures and PDFs alike);
    None when the project has no PDF or picture documents (no regions, no Qt started)."""
    if not project.page_counts():
        return None
    from qdadesk.render.page_images import region_pictures
    from qdadesk.render.raster import ensure_gui_application

    ensure_gui_application()
    return region_pictures(project)
