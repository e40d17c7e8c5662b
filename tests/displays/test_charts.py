"""Document Portrait, Codeline, Comparison Chart data and their SVG pictures."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from qdadesk.core.analysis.activation import ALL, Activation
from qdadesk.core.analysis.charts import (
    BLANK,
    codeline,
    codeline_svg,
    comparison_chart,
    comparison_svg,
    document_portrait,
    frequency_bars_svg,
    mix_colors,
    portrait_svg,
)
from qdadesk.core.analysis.matrices import code_frequencies


def test_mix_colors():
    assert mix_colors({}) == BLANK
    assert mix_colors({"#ff0000": 1, "#0000ff": 1}) == "#800080"
    assert mix_colors({"#ff0000": 3, "#0000ff": 1}) == "#bf0040"


def test_portrait_tiles_follow_the_text(small_project):
    p = small_project
    anna = p.ids["Anna"]
    length = p.document(anna).length
    portrait = document_portrait(p, anna, ALL, columns=10, tiles=length)
    assert len(portrait) == length  # one character per tile
    colors = {c.id: c.color for c in p.codes()}
    forms = colors[p.code_ids["Barriers\\Speed\\Forms"]]
    speed = colors[p.code_ids["Barriers\\Speed"]]
    assert portrait.iloc[0]["color"] == mix_colors({forms: 1, speed: 1})
    end = p.text(anna).index("End")
    assert portrait.iloc[end]["color"] == BLANK  # "End." is not coded
    assert (portrait.iloc[11]["row"], portrait.iloc[11]["column"]) == (1, 1)
    only_rules = document_portrait(p, anna, Activation(code_ids=frozenset([p.code_ids["Rules"]])))
    assert set(only_rules["color"]) == {BLANK, colors[p.code_ids["Rules"]]}
    svg = portrait_svg(portrait, "Anna")
    assert ET.fromstring(svg).tag.endswith("svg")


def test_codeline_marks_paragraphs(small_project):
    p = small_project
    frame = codeline(p, p.ids["Anna"])
    assert list(frame.columns) == [1, 2, 3, 4]
    speed = p.code_ids["Barriers\\Speed"]
    assert list(frame.loc[speed]) == [1, 1, 1, 0]  # 0-46 spans lines 1-2, "Cost" on line 3
    assert list(frame.loc[p.code_ids["Rules"]]) == [0, 0, 1, 0]
    assert p.code_ids["Trust"] not in frame.index
    ET.fromstring(codeline_svg(frame, "Codeline"))


def test_comparison_chart(small_project):
    p = small_project
    frame = comparison_chart(p, [p.ids["Dan"], p.ids["Ben"]], ALL, slices=20)
    assert list(frame.index) == ["Dan", "Ben"]
    assert set(frame.loc["Dan"]) == {BLANK}
    assert frame.loc["Ben"].iloc[0] != BLANK  # "Apps crash a lot." is coded
    ET.fromstring(comparison_svg(frame, "Comparison"))
    ET.fromstring(frequency_bars_svg(code_frequencies(p), title="Frequencies <all>"))
