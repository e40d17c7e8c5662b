"""Options only some commands define are read through one accessor (``common.option``)."""

from __future__ import annotations

import argparse

from qdadesk.cli import build_parser
from qdadesk.cli.common import option


def test_option_gives_the_value_or_the_default_for_a_command_without_it() -> None:
    assert option(argparse.Namespace(code=["A"]), "code") == ["A"]
    assert option(argparse.Namespace(), "code") is None
    assert option(argparse.Namespace(), "project", "?") == "?"


def test_commands_without_an_option_parse_without_its_attribute() -> None:
    """``query`` names its codes as arguments (no --code); ``info`` has --format but no -o:
    the code reading them goes through ``option``."""
    parser = build_parser()
    query = parser.parse_args(["query", "p.qdadesk", "overlapping", "A", "B"])
    assert not hasattr(query, "code") and option(query, "code") is None
    info = parser.parse_args(["info", "p.qdadesk", "--format", "table"])
    assert not hasattr(info, "output") and option(info, "output") is None
