"""Activation: the app-wide filter of documents, codes, weights and coders (as in MAXQDA).

Retrieved Segments and every analysis read the project through an ``Activation``. An empty
set of documents or codes means "none activated"; ``None`` means "all".
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from qdadesk.core.changes import Operation
    from qdadesk.core.project import Project

ACTIVATION_KIND = "activation"


@dataclass(frozen=True)
class Activation:
    """Which documents, codes, weights and coders an analysis looks at."""

    document_ids: frozenset[int] | None = None
    code_ids: frozenset[int] | None = None
    include_subcodes: bool = False
    min_weight: int = 0
    max_weight: int = 100
    coders: frozenset[str] | None = None
    # Notes that do not change what is activated, e.g. the formula the documents came from.
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def with_documents(self, ids: set[int] | frozenset[int] | None) -> Activation:
        return replace(self, document_ids=None if ids is None else frozenset(ids))

    def with_codes(self, ids: set[int] | frozenset[int] | None) -> Activation:
        return replace(self, code_ids=None if ids is None else frozenset(ids))

    def with_weights(self, minimum: int = 0, maximum: int = 100) -> Activation:
        return replace(self, min_weight=minimum, max_weight=maximum)

    def with_coders(self, names: set[str] | frozenset[str] | None) -> Activation:
        return replace(self, coders=None if names is None else frozenset(names))

    def allows_coding(self, weight: int, coder: str | None) -> bool:
        """True when a segment of this weight and coder passes the weight and coder filters."""
        return self.min_weight <= weight <= self.max_weight and (
            self.coders is None or (coder or "") in self.coders
        )


ALL = Activation()


def activated_document_ids(project: Project, activation: Activation) -> list[int]:
    """The activated documents' ids in Document System order (all when ``None``)."""
    ids = [d.id for d in project.documents()]
    if activation.document_ids is None:
        return ids
    return [i for i in ids if i in activation.document_ids]


def activate_by_formula(project: Project, formula: str, base: Activation = ALL) -> Activation:
    """``base`` with exactly the documents whose variables satisfy ``formula`` activated."""
    from qdadesk.core.analysis.formula import documents_matching

    activation = base.with_documents(set(documents_matching(project, formula)))
    return replace(activation, extra={**base.extra, "formula": formula})


def activation_to_definition(project: Project, activation: Activation) -> dict[str, Any]:
    """A JSON-ready description of an activation; documents and codes by GUID so it
    survives exchange. A formula, when the documents came from one, is kept too."""
    doc_guids = {d.id: d.guid for d in project.documents()}
    code_guids = {c.id: c.guid for c in project.codes()}
    return {
        "documents": None
        if activation.document_ids is None
        else sorted(doc_guids[i] for i in activation.document_ids if i in doc_guids),
        "codes": None
        if activation.code_ids is None
        else sorted(code_guids[i] for i in activation.code_ids if i in code_guids),
        "include_subcodes": activation.include_subcodes,
        "min_weight": activation.min_weight,
        "max_weight": activation.max_weight,
        "coders": None if activation.coders is None else sorted(activation.coders),
        "formula": activation.extra.get("formula"),
    }


def activation_from_definition(project: Project, definition: dict[str, Any]) -> Activation:
    """The activation a saved definition describes; a formula is evaluated afresh, so a
    saved "activation by variables" follows later changes of the variables."""
    doc_ids = {d.guid: d.id for d in project.documents()}
    code_ids = {c.guid: c.id for c in project.codes()}
    documents = definition.get("documents")
    codes = definition.get("codes")
    coders = definition.get("coders")
    activation = Activation(
        document_ids=None
        if documents is None
        else frozenset(doc_ids[g] for g in documents if g in doc_ids),
        code_ids=None if codes is None else frozenset(code_ids[g] for g in codes if g in code_ids),
        include_subcodes=bool(definition.get("include_subcodes", False)),
        min_weight=int(definition.get("min_weight", 0)),
        max_weight=int(definition.get("max_weight", 100)),
        coders=None if coders is None else frozenset(coders),
    )
    if definition.get("formula"):
        activation = activate_by_formula(project, definition["formula"], activation)
    return activation


def save_activation(project: Project, name: str, activation: Activation) -> Operation:
    """Keep an activation under a name in the project (one undoable operation)."""
    return project.save_item(ACTIVATION_KIND, name, activation_to_definition(project, activation))


def load_activation(project: Project, name: str) -> Activation:
    """Recall a named activation (``NotFoundError`` when there is none by that name)."""
    return activation_from_definition(project, project.saved_item(ACTIVATION_KIND, name).definition)


def saved_activation_names(project: Project) -> list[str]:
    return [item.name for item in project.saved_items(ACTIVATION_KIND)]
