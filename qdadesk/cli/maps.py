"""Map commands: list maps, render one without a screen, generate (or refresh) a model.

qdadesk-cli maps PROJECT
qdadesk-cli map PROJECT NAME --format svg|png|pdf|json|xlsx -o FILE [--scale N]
qdadesk-cli map-generate PROJECT NAME --model MODEL [--code PATH]... [--document NAME]...
    [--case NAME]... [--min N] [--segments N] [--display NAME] [--mode MODE]
qdadesk-cli map-layout PROJECT NAME [--layout force|hierarchical] [--all]

PNG and PDF are painted by Qt offscreen (``qdadesk.render``), imported only for them.
"""

from __future__ import annotations

import argparse
import json
import sys

from qdadesk.cli.common import add_project_argument, opened
from qdadesk.cli.output import add_format_options, write_records
from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import tr
from qdadesk.core.maps.records import MODELS

RENDER_FORMATS = ("svg", "png", "pdf", "json", "xlsx")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    listing = subparsers.add_parser(
        "maps",
        help="list the project's maps",
        description="The project's maps: name, model (empty: drawn by hand), nodes, links.",
    )
    add_project_argument(listing)
    add_format_options(listing)
    listing.set_defaults(func=cmd_maps)

    render = subparsers.add_parser(
        "map",
        help="render a saved map (svg, png, pdf, json, xlsx) without a screen",
        description="Render a saved map. JSON: {nodes: [{id, kind, label, ref, x, y}], links: "
        "[{from, to, label, sign, weight}]} with ref the code path, document name or memo "
        "title. XLSX: nodes, links and the evidence (segments attached to links). SVG, PNG and "
        "PDF show the layers that are switched on.",
    )
    add_project_argument(render)
    render.add_argument("name", metavar="NAME", help="the map's name")
    render.add_argument("--format", choices=RENDER_FORMATS, default="json")
    render.add_argument("-o", "--output", metavar="FILE", help="the file (json, svg: or stdout)")
    render.add_argument(
        "--scale", type=float, default=2.0, help="PNG size relative to the map (default: 2)"
    )
    render.set_defaults(func=cmd_map)

    generate = subparsers.add_parser(
        "map-generate",
        help="create or refresh a map generated from the coding",
        description="Create the map NAME from a model, or refresh it when it exists (your "
        "positions and the nodes and links you added are kept). Models: code-relations (codes "
        "linked by overlapping segments, --min co-occurrences), code-subcodes, single-case "
        "(--document or --case), code-theory (--code), two-case (two --document/--case), "
        "causal-network (the codes of a saved --display in its order, or --code in causal "
        "order: directed links where their segments meet, with signs and evidence).",
    )
    add_project_argument(generate)
    generate.add_argument("name", metavar="NAME")
    generate.add_argument("--model", choices=MODELS, required=True)
    generate.add_argument("--code", action="append", default=[], metavar="CODEPATH")
    generate.add_argument("--document", action="append", default=[], metavar="NAME")
    generate.add_argument("--case", action="append", default=[], metavar="NAME")
    generate.add_argument(
        "--min", type=int, default=1, help="code-relations: fewest co-occurrences"
    )
    generate.add_argument(
        "--segments", type=int, default=None, help="strongest segments per code to show"
    )
    generate.add_argument(
        "--display", metavar="NAME", help="causal-network: a saved display's codes and values"
    )
    generate.add_argument(
        "--mode",
        default=None,
        help="causal-network: where segments meet: paragraph (default), overlap, distance:N",
    )
    generate.set_defaults(func=cmd_generate)

    layout = subparsers.add_parser(
        "map-layout",
        help="lay out a map (force-directed or hierarchical left to right)",
        description="Place a map's nodes. Positions you set are kept unless --all.",
    )
    add_project_argument(layout)
    layout.add_argument("name", metavar="NAME")
    layout.add_argument("--layout", choices=("force", "hierarchical"), default="force")
    layout.add_argument("--all", action="store_true", help="also move the nodes you placed")
    layout.set_defaults(func=cmd_layout)


def cmd_maps(args: argparse.Namespace) -> int:
    with opened(args) as project:
        records = [
            {
                "name": info.name,
                "model": (info.model or {}).get("model", ""),
                "nodes": len(project.map_nodes(info.id)),
                "links": len(project.map_links(info.id)),
                "modified": info.modified,
            }
            for info in project.maps()
        ]
    write_records(args, records, ["name", "model", "nodes", "links", "modified"])
    return 0


def cmd_map(args: argparse.Namespace) -> int:
    from qdadesk.core.maps import render

    with opened(args) as project:
        map_id = project.find_map(args.name).id
        if args.format in ("png", "pdf", "xlsx") and not args.output:
            raise QdaError(tr("--format {format} needs -o FILE").format(format=args.format))
        if args.format == "json":
            if args.output:
                from qdadesk.core.maps.files import write_map_json

                write_map_json(project, map_id, args.output)
            else:
                json.dump(render.map_json(project, map_id), sys.stdout, ensure_ascii=False)
                sys.stdout.write("\n")
        elif args.format == "svg":
            if args.output:
                from qdadesk.core.maps.files import write_map_svg

                write_map_svg(project, map_id, args.output)
            else:
                sys.stdout.write(render.map_svg(project, map_id))
        elif args.format == "xlsx":
            from qdadesk.core.maps.tables import write_map_xlsx

            write_map_xlsx(project, map_id, args.output)
        else:
            if args.scale <= 0 or args.scale > 20:
                raise QdaError(tr("--scale is between 0 and 20"))
            from qdadesk.render import raster  # Qt, only for pictures

            svg = render.map_svg(project, map_id)
            if args.format == "png":
                raster.svg_to_png(svg, args.output, args.scale)
            else:
                raster.svg_to_pdf(svg, args.output)
    return 0


def cmd_generate(args: argparse.Namespace) -> int:
    from qdadesk.core.ops.map_models import model_definition

    with opened(args) as project:
        display = None
        if args.display:
            from qdadesk.core.analysis.displays import load_display

            display = load_display(project, args.display).to_json()
        definition = model_definition(
            args.model,
            [project.find_code(path).id for path in args.code],
            [project.find_document(name).id for name in args.document],
            [project.find_case(name).id for name in args.case],
            args.min,
            args.segments,
            display=display,
            display_name=args.display,
            mode=args.mode,
        )
        map_id = project.generate_map(args.name, definition).result
        nodes, links = len(project.map_nodes(map_id)), len(project.map_links(map_id))
    print(
        tr("Map '{name}': {nodes} nodes, {links} links").format(
            name=args.name, nodes=nodes, links=links
        )
    )
    return 0


def cmd_layout(args: argparse.Namespace) -> int:
    with opened(args) as project:
        project.layout_map(project.find_map(args.name).id, args.layout, everything=args.all)
    return 0
