"""REFI-QDA exchange: export the large project to .qdpx and import it again, against a bare
lxml write and parse of the same XML (and the same source files) in the same run.

The baseline writes the very project.qde our export produced (serialised by lxml from a
parsed tree) plus the same source files into a zip, then reads the zip back and parses the
XML with lxml. Ours also reads the project rows, escapes and groups them, and writes every
document, coding, memo and variable into a new project file in one transaction.
"""

from __future__ import annotations

import time
import zipfile

from benchmarks.framework import BenchContext, Result, measure, ratio_result


def export_and_import_qdpx(ctx: BenchContext) -> list[Result]:
    from lxml import etree

    from qdadesk.core import Project
    from qdadesk.core.exchange.export_project import export_qdpx
    from qdadesk.core.exchange.import_project import import_qdpx

    repeats = 1 if not ctx.quick else 2
    exported = ctx.tmp_dir / "large.qdpx"

    def ours_export() -> None:
        with Project.open(ctx.large_project_path) as project:
            export_qdpx(project, exported)

    def ours_import() -> None:
        target = ctx.tmp_dir / f"imported-{time.perf_counter_ns()}.qdadesk"
        import_qdpx(exported, target)
        target.unlink()

    export_seconds = measure(ours_export, repeats=repeats, warmup=False)
    import_seconds = measure(ours_import, repeats=repeats, warmup=False)

    with zipfile.ZipFile(exported) as archive:
        qde = archive.read("project.qde")
        members = {n: archive.read(n) for n in archive.namelist() if n != "project.qde"}
    tree = etree.fromstring(qde)
    bare_zip = ctx.tmp_dir / "bare.zip"

    def bare_write() -> None:
        data = etree.tostring(tree, xml_declaration=True, encoding="utf-8")
        with zipfile.ZipFile(bare_zip, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("project.qde", data)
            for name, member in members.items():
                archive.writestr(name, member)

    def bare_parse() -> None:
        with zipfile.ZipFile(bare_zip) as archive:
            etree.fromstring(archive.read("project.qde"))
            for name in archive.namelist():
                if name != "project.qde":
                    archive.read(name)

    write_seconds = measure(bare_write, repeats=repeats, warmup=False)
    parse_seconds = measure(bare_parse, repeats=repeats, warmup=False)
    size = f"{len(qde) / 1e6:.0f} MB XML, {ctx.params.codings:,} codings"
    return [
        ratio_result(
            f"Export .qdpx ({size})",
            export_seconds,
            "lxml tostring + zip of the same XML and files",
            write_seconds,
            3.0,
        ),
        ratio_result(
            f"Import .qdpx into a new project ({size})",
            import_seconds,
            "zip read + lxml parse of the same XML",
            parse_seconds,
            3.0,
            note="ours writes every row into SQLite in one transaction",
        ),
        ratio_result(
            "Export + re-import .qdpx",
            export_seconds + import_seconds,
            "bare lxml write + parse",
            write_seconds + parse_seconds,
            3.0,
        ),
    ]


SCENARIOS = [export_and_import_qdpx]
