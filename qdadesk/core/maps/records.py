"""Plain records of a map, its nodes and its links (read-only snapshots)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from qdadesk.core.i18n import tr, tr_noop

NODE_KINDS = ("code", "document", "group", "case", "memo", "segment", "variable", "text", "image")
# The foreign key column that holds each kind's object (text and image nodes have none).
REF_COLUMNS = {
    "code": "code_id",
    "document": "document_id",
    "group": "group_id",
    "case": "case_id",
    "memo": "memo_id",
    "segment": "coding_id",
    "variable": "variable_id",
}
# What each kind is called in messages (translated where shown, by ``kind_name``).
KIND_NAMES = {
    "code": tr_noop("code"),
    "document": tr_noop("document"),
    "group": tr_noop("document group"),
    "case": tr_noop("case"),
    "memo": tr_noop("memo"),
    "segment": tr_noop("coded segment"),
    "variable": tr_noop("variable"),
    "text": tr_noop("text box"),
    "image": tr_noop("image"),
}
SIGNS = ("", "+", "-")
LINK_STYLES = ("arrow", "line", "dashed", "double-arrow")
MODELS = (
    "code-relations",
    "code-subcodes",
    "single-case",
    "code-theory",
    "two-case",
    "causal-network",
)


def kind_name(kind: str) -> str:
    """A node kind as the user reads it ("coded segment", not "segment"), translated."""
    return tr(KIND_NAMES.get(kind, kind))


@dataclass(frozen=True)
class MapInfo:
    id: int
    guid: str
    name: str
    model: dict[str, Any] | None  # the generated model's definition, or None (drawn by hand)
    memo: str
    hidden_layers: tuple[str, ...]
    created: str
    modified: str


@dataclass(frozen=True)
class MapNode:
    id: int
    guid: str
    map_id: int
    kind: str
    ref_id: int | None
    label: str  # what the node shows: its own label, else its object's name
    own_label: str
    ref: str | None  # code path, document name, memo title ... (None for text and image)
    x: float
    y: float
    placed: bool
    generated: bool
    layer: str
    style: dict[str, Any] = field(default_factory=dict)
    color: str | None = None  # a code's colour
    count: int | None = None  # a code's number of segments

    @property
    def key(self) -> tuple[str, int | None]:
        """What the node stands for: (kind, object id); text nodes are their own."""
        return (self.kind, self.ref_id) if self.ref_id is not None else (self.kind, -self.id)


@dataclass(frozen=True)
class MapLink:
    id: int
    guid: str
    map_id: int
    from_id: int
    to_id: int
    label: str
    sign: str
    weight: float
    style: str
    layer: str
    generated: bool
    segments: int = 0  # supporting segments attached
