"""Table values made plain Python for the writers: numpy scalars by type, not by probing."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pandas as pd

from qdadesk.core.table_values import is_pandas_na, python_value


def test_numpy_scalars_become_python_values() -> None:
    for scalar, expected in [
        (np.int64(44), 44),
        (np.float64(2.5), 2.5),
        (np.bool_(True), True),
        (np.str_("text"), "text"),
    ]:
        value = python_value(scalar)
        assert value == expected and type(value) is type(expected)


def test_other_values_stay_as_they_are() -> None:
    stamp = pd.Timestamp("2026-12-04")
    for value in (None, 3, 2.5, "text", pd.NA, stamp, [1, 2]):
        assert python_value(value) is value


def test_the_command_lines_writer_loads_neither_numpy_nor_pandas_for_it() -> None:
    code = (
        "import sys\n"
        "from qdadesk.cli import output\n"
        "from qdadesk.core.table_values import is_pandas_na, python_value\n"
        "assert python_value(3) == 3 and not is_pandas_na(None)\n"
        "print(sorted({'numpy', 'pandas'} & set(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_pandas_na_is_told_by_identity() -> None:
    assert is_pandas_na(pd.NA)
    for value in (None, float("nan"), np.float64("nan"), pd.NaT, "NA", 0):
        assert not is_pandas_na(value)
