"""Projects for the display tests (a small hand-made one and random ones) and brute-force
counts written without the code under test."""

from __future__ import annotations

from pathlib import Path

from qdadesk.core import Project
from qdadesk.core.analysis.activation import Activation
from qdadesk.core.importers.document import ImportedDocument

TEXTS = {
    "Anna": "We need faster forms.\nThe city office is slow.\nCost is a worry for us.\nEnd.",
    "Ben": "Apps crash a lot.\nPrivacy matters to me.\nThe ministry sets rules.",
    "Cleo": "Budget cuts hurt.\nForms are confusing and slow.\nTrust is low.\nPrivacy too.",
    "Dan": "Nothing coded here at all.",
}


def build_project(path: Path) -> Project:
    """The shared test project (see module doc); returns it open."""
    project = Project.create(path)
    # Test projects need no crash safety; skipping fsync keeps the suite fast.
    project.db.execute("PRAGMA synchronous=OFF")
    ids = {}
    it = project.add_group("IT office").result
    dev = project.add_group("Developers").result
    sub = project.add_group("Juniors", parent_id=dev).result
    for name, text in TEXTS.items():
        group = {"Anna": it, "Ben": dev, "Cleo": sub, "Dan": None}[name]
        ids[name] = project.add_document(ImportedDocument(name, text), group_id=group).result
    codes = {}
    for path_ in [
        "Barriers",
        "Barriers\\Cost",
        "Barriers\\Speed",
        "Barriers\\Speed\\Forms",
        "Trust",
        "Trust\\Privacy",
        "Rules",
    ]:
        codes[path_] = project.add_code_path(path_).result

    def code(doc: str, path_: str, start: int, end: int, weight: int = 0, coder: str | None = None):
        return project.add_coding(
            ids[doc], codes[path_], start, end, weight=weight, coder=coder
        ).result

    a = TEXTS["Anna"]
    code("Anna", "Barriers\\Speed\\Forms", 0, 21, 80)
    code("Anna", "Barriers\\Speed", 0, 46, 50)  # contains the Forms segment
    code("Anna", "Barriers\\Speed", a.index("Cost"), a.index("Cost") + 4, 10, "bob")
    code("Anna", "Barriers\\Cost", a.index("Cost"), a.index(" for us"), 90)  # overlaps Speed
    code("Anna", "Rules", a.index(" for us"), len(a) - 5, 20)  # adjacent to Cost
    b = TEXTS["Ben"]
    code("Ben", "Trust\\Privacy", b.index("Privacy"), b.index(" to me"), 70, "bob")
    code("Ben", "Rules", b.index("The ministry"), len(b), 40)
    code("Ben", "Barriers\\Speed", 0, 17, 30)
    c = TEXTS["Cleo"]
    code("Cleo", "Barriers\\Cost", 0, 16, 60)
    code("Cleo", "Barriers\\Speed\\Forms", c.index("Forms"), c.index(" and"), 55)
    code("Cleo", "Barriers\\Speed", c.index("Forms"), c.index("slow") + 4, 65)
    code("Cleo", "Trust", c.index("Trust"), c.index("Trust") + 12, 100, "bob")
    code("Cleo", "Trust\\Privacy", c.index("Privacy"), len(c), 45)
    project.set_document_value(ids["Anna"], "role", "city IT")
    project.set_document_value(ids["Ben"], "role", "developer")
    project.set_document_value(ids["Cleo"], "role", "developer")
    project.set_document_value(ids["Anna"], "date", "2023-01-15", "date")
    project.set_document_value(ids["Ben"], "date", "2023-05-02", "date")
    project.set_document_value(ids["Cleo"], "date", "2024-02-20", "date")
    project.set_document_value(ids["Anna"], "age", 51, "integer")
    project.set_document_value(ids["Ben"], "age", 29, "integer")
    project.set_document_value(ids["Cleo"], "age", 35, "integer")
    project.set_summary(
        codes["Barriers\\Cost"], "Cost worries the office.", document_id=ids["Anna"], rating="3"
    )
    project.set_summary(
        codes["Barriers\\Cost"], "Budget cuts hurt them.", document_id=ids["Cleo"], rating="5"
    )
    project.set_summary(
        codes["Trust\\Privacy"], "Privacy matters.", document_id=ids["Ben"], rating="2"
    )
    case = project.add_case("Team B").result
    project.add_case_member(case, ids["Ben"])
    project.add_case_member(case, ids["Cleo"])
    project.ids = ids  # type: ignore[attr-defined]
    project.code_ids = codes  # type: ignore[attr-defined]
    return project


def random_project(path: Path, seed: int) -> Project:
    """A random project: nested codes, overlapping, nested and adjacent segments of the same
    and different codes, two coders, weights, groups (one nested) and a variable."""
    import random

    rng = random.Random(seed)
    project = Project.create(path)
    # Test projects need no crash safety; skipping fsync keeps the suite fast.
    project.db.execute("PRAGMA synchronous=OFF")
    # The variable exists even when the dice give no document a value (its column is empty).
    project.add_variable("role", "text")
    g1 = project.add_group("G1").result
    g2 = project.add_group("G2").result
    g3 = project.add_group("G3", parent_id=g2).result
    groups = [None, g1, g2, g3]
    words = ["alpha", "beta", "gamma", "delta", "eps", "zeta", "eta"]
    documents = []
    for number in range(rng.randint(2, 5)):
        lines = [
            " ".join(rng.choice(words) for _ in range(rng.randint(1, 6)))
            for _ in range(rng.randint(1, 5))
        ]
        text = "\n".join(lines)
        document = project.add_document(
            ImportedDocument(f"D{number}", text), group_id=rng.choice(groups)
        ).result
        documents.append((document, len(text)))
        if rng.random() < 0.8:
            project.set_document_value(document, "role", rng.choice(["a", "b", "c"]))
    codes = []
    for number in range(rng.randint(2, 6)):
        parent = rng.choice([None, *codes]) if codes else None
        codes.append(project.add_code(f"C{number}", parent_id=parent).result)
    for _ in range(rng.randint(0, 25)):
        document, length = rng.choice(documents)
        start = rng.randrange(0, max(1, length - 1))
        end = rng.randint(start + 1, min(length, start + 12))
        project.add_coding(
            document,
            rng.choice(codes),
            start,
            end,
            weight=rng.choice([0, 10, 50, 90]),
            coder=rng.choice([None, "alice", "bob"]),
        )
    # Adjacent pairs on purpose: a segment that starts exactly where another ends.
    for _ in range(3):
        document, length = rng.choice(documents)
        if length >= 4:
            middle = rng.randint(1, length - 2)
            project.add_coding(document, rng.choice(codes), max(0, middle - 3), middle)
            project.add_coding(document, rng.choice(codes), middle, min(length, middle + 3))
    return project


# -- brute force ---------------------------------------------------------------------------
def subtree(project, code_id):
    children = {}
    for code in project.codes():
        children.setdefault(code.parent_id, []).append(code.id)
    result, stack = set(), [code_id]
    while stack:
        current = stack.pop()
        result.add(current)
        stack.extend(children.get(current, []))
    return result


def passes(project, coding, activation):
    if activation.document_ids is not None and coding.document_id not in activation.document_ids:
        return False
    if activation.code_ids is not None:
        allowed = set()
        for code_id in activation.code_ids:
            allowed |= subtree(project, code_id) if activation.include_subcodes else {code_id}
        if coding.code_id not in allowed:
            return False
    if not activation.min_weight <= coding.weight <= activation.max_weight:
        return False
    return activation.coders is None or (coding.coder or "") in activation.coders


def shown_codes(project, activation):
    ids = [c.id for c in project.codes()]
    if activation.code_ids is None:
        return ids
    allowed = set()
    for code_id in activation.code_ids:
        allowed |= subtree(project, code_id) if activation.include_subcodes else {code_id}
    return [i for i in ids if i in allowed]


def brute_counts(project, activation, include_subcodes):
    """{(row code, document): segments}."""
    shown = shown_codes(project, activation)
    counts = {}
    for coding in project.codings():
        if not passes(project, coding, activation):
            continue
        for row in shown:
            members = subtree(project, row) & set(shown) if include_subcodes else {row}
            if coding.code_id in members:
                key = (row, coding.document_id)
                counts[key] = counts.get(key, 0) + 1
    return shown, counts


def random_activation(project, rng):
    documents = [d.id for d in project.documents()]
    codes = [c.id for c in project.codes()]
    return Activation(
        document_ids=frozenset(rng.sample(documents, rng.randint(1, len(documents))))
        if rng.random() < 0.5
        else None,
        code_ids=frozenset(rng.sample(codes, rng.randint(1, len(codes))))
        if rng.random() < 0.5
        else None,
        include_subcodes=rng.random() < 0.5,
        min_weight=rng.choice([0, 0, 10]),
        max_weight=rng.choice([100, 100, 50]),
        coders=frozenset(rng.sample(["alice", "bob", "root", "user"], 2))
        if rng.random() < 0.3
        else None,
    )
