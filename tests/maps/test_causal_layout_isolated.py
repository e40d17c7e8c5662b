"""A causal network's codes without links: a column of their own after the chain, not
stacked among the causes in the first column."""

from __future__ import annotations

from qdadesk.core.maps.layout import hierarchical_layout


def test_unlinked_codes_get_a_column_after_the_chain() -> None:
    nodes = ["lonely", "cause", "effect", "outcome", "alone"]
    edges = [("cause", "effect", 1.0), ("effect", "outcome", 1.0)]
    places = hierarchical_layout(nodes, edges)
    xs = {n: places[n][0] for n in nodes}
    assert xs["cause"] < xs["effect"] < xs["outcome"]
    # Both unlinked codes share one column, to the right of the last link's end.
    assert xs["lonely"] == xs["alone"] > xs["outcome"]
    # In the order given, one under the other.
    assert places["lonely"][1] < places["alone"][1]


def test_a_map_of_unlinked_codes_only_stays_one_column() -> None:
    places = hierarchical_layout(["a", "b", "c"], [])
    assert {p[0] for p in places.values()} == {0.0}
