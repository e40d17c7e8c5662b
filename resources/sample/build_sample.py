"""Build the bundled sample project from the interviews in ``interviews/``.

    python resources/sample/build_sample.py [OUTPUT]   (default: resources/sample/sample.qdadesk)

A small, fully coded e-government study: five interviews in four document groups, typed
variables, a three-level code tree, coded segments by two coders (some weighted, some
with comments), memos of four kinds, logbook entries and summaries. Only the core API is
used, and every segment (listed in ``codings.tsv``) is found by its phrase in the text, so
offsets are always right.
Running it twice gives the same study (GUIDs and time stamps differ).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "sample.qdadesk"
CODERS = ("Ana Ribeiro", "Jonas Weber")
ANA, JONAS = CODERS

# key -> (file, document name, group, variables)
DOCUMENTS = {
    "marta": (
        "01_marta_city_it_office.txt",
        "Marta (City IT office)",
        "City IT office",
        {
            "role": "Head of digital services",
            "age": 47,
            "years_experience": 19,
            "interview_date": "2025-03-12",
            "remote": False,
        },
    ),
    "lukasz": (
        "02_lukasz_developer.txt",
        "Łukasz (freelance developer)",
        "Developers",
        {
            "role": "App developer",
            "age": 31,
            "years_experience": 8,
            "interview_date": "2025-03-20",
            "remote": True,
        },
    ),
    "ines": (
        "03_ines_developer.txt",
        "Inês (vendor lead developer)",
        "Developers",
        {
            "role": "Lead developer",
            "age": 38,
            "years_experience": 14,
            "interview_date": "2025-04-02",
            "remote": False,
        },
    ),
    "henrik": (
        "04_henrik_ministry.txt",
        "Henrik (Ministry)",
        "Ministry",
        {
            "role": "Senior official",
            "age": 55,
            "years_experience": 26,
            "interview_date": "2025-04-15",
            "remote": True,
        },
    ),
    "aylin": (
        "05_aylin_citizen.txt",
        "Aylin (citizen)",
        "Citizens",
        {
            "role": "Café owner",
            "age": 42,
            "years_experience": 12,
            "interview_date": "2025-04-24",
            "remote": False,
        },
    ),
}
VARIABLE_TYPES = {
    "role": "text",
    "age": "integer",
    "years_experience": "integer",
    "interview_date": "date",
    "remote": "boolean",
}

# path -> (colour, description); parents before children.
CODES = {
    "Barriers": ("#e6194b", "What keeps digital services from working end to end."),
    "Barriers\\Funding": ("#e6194b", "Money: project funding, no budget for running costs."),
    "Barriers\\Skills": ("#f58231", "Missing technical skills or knowledge held by one person."),
    "Barriers\\Legacy systems": ("#9a6324", "Old software, paper steps and nightly exports."),
    "Barriers\\Procurement": ("#800000", "Contracts and tendering that slow change down."),
    "Collaboration": ("#4363d8", "Working across departments, levels and organisations."),
    "Collaboration\\Data sharing": ("#4363d8", "Moving data between systems and departments."),
    "Collaboration\\Data sharing\\Interfaces and APIs": (
        "#46f0f0",
        "Technical interfaces, standards, exports and spreadsheets.",
    ),
    "Collaboration\\Data sharing\\Data protection rules": (
        "#008080",
        "Uncertainty about what may be shared or kept.",
    ),
    "Collaboration\\Cross-agency coordination": (
        "#911eb4",
        "How departments and levels of government coordinate (or do not).",
    ),
    "Collaboration\\Working with vendors": (
        "#e6beff",
        "Relationships with software vendors and subcontractors.",
    ),
    "Trust": ("#3cb44b", "Confidence in services, in institutions and in each other."),
    "Trust\\Citizen trust": ("#3cb44b", "Whether citizens believe online services work for them."),
    "Trust\\Citizen trust\\Privacy concerns": ("#aaffc3", "Worries about who sees personal data."),
    "Trust\\Citizen trust\\Reliability": (
        "#bcf60c",
        "Outages, errors and not knowing if it worked.",
    ),
    "Trust\\Trust between agencies": (
        "#808000",
        "Trust between departments and government levels.",
    ),
    "Outcomes": ("#ffe119", "What digitalisation changed, intended or not."),
    "Outcomes\\Time savings": ("#ffe119", "Faster processing, fewer trips."),
    "Outcomes\\Service quality": ("#fabebe", "Better or worse service from the citizen's view."),
    "Outcomes\\Accessibility": ("#f032e6", "Access for older people, disabled people, all users."),
    "Outcomes\\Unintended effects": ("#000075", "Effects nobody planned, e.g. on counter staff."),
    "Strategies": ("#a9a9a9", "What people do to make things work anyway."),
    "Strategies\\Workarounds": ("#808080", "Temporary fixes that tend to become permanent."),
    "Strategies\\User research": ("#469990", "Testing with users, involving counter staff."),
    "Strategies\\Routines and documentation": ("#dcbeff", "Runbooks, calendars, shared routines."),
}


def _read_codings() -> list[tuple[str, str, str, int, str, str]]:
    """(document, code path, phrase, weight, comment, coder) from ``codings.tsv``."""
    codings = []
    for line in (HERE / "codings.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, path, weight, coder, comment, phrase = line.split("\t")
            codings.append((key, path, phrase, int(weight), comment, coder))
    return codings


CODINGS = _read_codings()

# (code path, document, summary text)
SUMMARIES = [
    (
        "Barriers\\Funding",
        "marta",
        "Project money builds services, nothing pays to run them; "
        "asks for a permanent budget line.",
    ),
    (
        "Barriers\\Funding",
        "henrik",
        "Admits programmes reward launches; proposes operation plans "
        "as a funding condition; budget law limits promises.",
    ),
    (
        "Barriers\\Funding",
        "ines",
        "Maintenance is hidden in hourly rates; wants named, paid maintenance in contracts.",
    ),
    (
        "Trust\\Citizen trust",
        "aylin",
        "Keeps copies of everything; trust lost when online form was followed by a paper letter.",
    ),
    (
        "Trust\\Citizen trust",
        "marta",
        "Trust is 'the thing we underestimate most'; one outage is remembered for a year.",
    ),
    (
        "Collaboration\\Data sharing\\Interfaces and APIs",
        "ines",
        "National standard changed "
        "mid-implementation; spreadsheets still exchanged with the building authority.",
    ),
]

LOGBOOK = [
    (
        "2025-03-12",
        "First interview (city IT office). Funding and data sharing stand out; "
        "start an open code list.",
    ),
    (
        "2025-04-02",
        "Code system reorganised into Barriers, Collaboration, Trust, Outcomes and "
        "Strategies. Jonas joins as second coder.",
    ),
    (
        "2025-05-06",
        "All five interviews coded. Next: compare funding statements between city "
        "and ministry in a summary grid.",
    ),
]


def _find(text: str, phrase: str, where: str) -> tuple[int, int]:
    """Offsets (code points, end exclusive) of the one occurrence of ``phrase``."""
    start = text.find(phrase)
    if start < 0:
        raise SystemExit(f"{where}: phrase not found: {phrase!r}")
    if text.find(phrase, start + 1) >= 0:
        raise SystemExit(f"{where}: phrase occurs more than once: {phrase!r}")
    return start, start + len(phrase)


def build(output: Path = OUTPUT) -> Path:
    """Write the sample project to ``output`` (replacing it); returns the path."""
    from qdadesk.core import Project
    from qdadesk.core.importers import import_document

    partial = output.with_name(output.name + ".partial")
    partial.unlink(missing_ok=True)
    project = Project.create(partial)
    try:
        project.user_name = ANA
        project.set_setting("title", "Digital city services: an interview study (sample)")
        groups: dict[str, int] = {}
        for group in dict.fromkeys(entry[2] for entry in DOCUMENTS.values()):
            groups[group] = project.add_group(group).result
        for name, type_ in VARIABLE_TYPES.items():
            project.add_variable(name, type_)
        documents: dict[str, int] = {}
        texts: dict[str, str] = {}
        for key, (file_name, name, group, values) in DOCUMENTS.items():
            imported = import_document(HERE / "interviews" / file_name)
            documents[key] = project.add_document(imported, groups[group], name=name).result
            texts[key] = project.text(documents[key])
            for variable, value in values.items():
                project.set_document_value(documents[key], variable, value)
        codes: dict[str, int] = {}
        for path, (color, description) in CODES.items():
            parent, _, name = path.rpartition("\\")
            codes[path] = project.add_code(
                name, codes[parent] if parent else None, color, description
            ).result
        coding_ids = []
        for key, code_path, phrase, weight, comment, coder in CODINGS:
            start, end = _find(texts[key], phrase, f"{key} / {code_path}")
            coding_ids.append(
                project.add_coding(
                    documents[key], codes[code_path], start, end, weight, comment, coder
                ).result
            )
        if len(set(coding_ids)) != len(CODINGS):
            raise SystemExit("two codings of one code overlap and were joined; fix CODINGS")
        for code_path, key, text in SUMMARIES:
            project.set_summary(codes[code_path], text, document_id=documents[key])
        _add_memos(project, documents, codes, texts)
        for date, text in LOGBOOK:
            project.add_log_entry(text, date)
        problems = project.check()
        if problems:
            raise SystemExit("the sample project is not sound: " + "; ".join(problems))
        project.history.clear()
        project.db.execute("VACUUM")
    finally:
        project.close()
    partial.replace(output)
    return output


def _add_memos(
    project, documents: dict[str, int], codes: dict[str, int], texts: dict[str, str]
) -> None:
    project.add_memo(
        "document",
        "About this interview",
        "<p>Aylin runs a café in Südviertel and uses the portal for permits. Her account of the "
        "January outage matches Inês's. Interviewed in German; translated.</p>",
        documents["aylin"],
        author=ANA,
    )
    project.add_memo(
        "code",
        "Citizen trust: working definition",
        "<p>Code statements about whether citizens <b>believe</b> an online service did what it "
        "said: keeping paper copies, booking twice, preferring the counter. Reliability and "
        "privacy are subcodes; use the parent for general trust.</p>",
        codes["Trust\\Citizen trust"],
        author=JONAS,
    )
    start, end = _find(texts["ines"], "Portal is down again 🙃", "ines / position memo")
    project.add_memo(
        "position",
        "The outage chat message",
        "<p>The only direct quote of a team chat in the data. Same outage as Aylin's Monday.</p>",
        documents["ines"],
        start=start,
        end=end,
        author=ANA,
    )
    project.add_memo(
        "free",
        "Idea: maintenance as the missing actor",
        "<p>Across city, vendor and ministry, nobody 'owns' running a service after launch. "
        "Funding, skills and trust all point to this gap. Check in a summary grid.</p>",
        author=ANA,
    )


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT
    path = build(target)
    print(f"wrote {path} ({path.stat().st_size:,} bytes)")
