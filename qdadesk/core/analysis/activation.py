"""Activation: the app-wide filter of documents, codes, weights and coders (as in MAXQDA).

Retrieved Segments and every analysis read the project through an ``Activation``. An empty
set of documents or codes means "none activated"; ``None`` means "all".
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Activation:
    """Which documents, codes, weights and coders an analysis looks at."""

    document_ids: frozenset[int] | None = None
    code_ids: frozenset[int] | None = None
    include_subcodes: bool = False
    min_weight: int = 0
    max_weight: int = 100
    coders: frozenset[str] | None = None
    extra: dict = field(default_factory=dict, compare=False)

    def with_documents(self, ids: set[int] | frozenset[int] | None) -> Activation:
        return replace(self, document_ids=None if ids is None else frozenset(ids))

    def with_codes(self, ids: set[int] | frozenset[int] | None) -> Activation:
        return replace(self, code_ids=None if ids is None else frozenset(ids))


ALL = Activation()
