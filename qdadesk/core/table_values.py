"""Values read out of a table (a pandas DataFrame), made plain Python for the writers."""

from __future__ import annotations

import sys


def python_value(value: object) -> object:
    """A numpy scalar (``numpy.int64``, ``numpy.float64``, ``numpy.bool_`` ...) as the
    Python value it holds, which JSON, openpyxl and Word take; anything else unchanged.

    numpy is not imported here: the command line reaches this module at start, and a value
    can only be a numpy scalar once numpy is loaded (by pandas)."""
    if "numpy" not in sys.modules:
        return value
    import numpy

    return value.item() if isinstance(value, numpy.generic) else value


def is_pandas_na(value: object) -> bool:
    """True for pandas' missing value ``pandas.NA`` (a nullable column's empty cell).

    pandas is not imported here: a value can only be ``pandas.NA`` once pandas is loaded."""
    if "pandas" not in sys.modules:
        return False
    import pandas

    return value is pandas.NA
