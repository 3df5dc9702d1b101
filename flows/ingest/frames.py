"""Rows -> pandas DataFrames that DuckDB reads with exact integer values.

pandas stores an integer column that holds a None as float64: a nanosecond mtime (about 1.7e18,
beyond float64's 2**53 exact integers) would come back rounded, and the next run would see a
changed file. Columns named here are built as nullable ``Int64`` from the Python values
themselves, never through a float.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

import numpy as np
import pandas as pd
from pandas._libs import lib

from flows.schema import INTEGER_TYPES


def exact_frame(
    rows: Sequence[tuple], columns: Sequence[str], integer_columns: Collection[str]
) -> pd.DataFrame:
    """A DataFrame of ``rows`` (tuples in ``columns`` order); ``integer_columns`` as nullable Int64.

    Raises OverflowError for an integer outside the signed 64-bit range in those columns."""
    df = pd.DataFrame.from_records(list(rows), columns=list(columns))
    for i, name in enumerate(columns):
        if name in integer_columns:
            df[name] = pd.array([r[i] for r in rows], dtype="Int64")
    return df


def column_arrays(
    rows: Sequence[tuple], columns: Sequence[str], types: Mapping[str, str]
) -> dict[str, np.ndarray] | None:
    """The columns of ``rows`` (tuples in ``columns`` order) as NumPy arrays DuckDB scans directly,
    or None unless every column is one of: ``types[name]`` an integer type and every value an int
    in the signed 64-bit range (int64), ``boolean`` and every value a bool (bool), ``varchar`` and
    every value a str or None (object).

    These are the columns ``exact_frame`` builds as int64, bool and strings, with the same values,
    without pandas converting each column and each string again (several times faster on the
    hundred thousand token rows of a chunk)."""
    table = lib.to_object_array_tuples(list(rows))  # 2-D object array, one row per tuple
    if table.shape[1] != len(columns):
        return None
    data: dict[str, np.ndarray] = {}
    for i, name in enumerate(columns):
        column = table[:, i]
        sql_type = types[name]
        if sql_type == "varchar" and _text_or_none(column):
            data[name] = column.copy()  # contiguous
        elif sql_type in INTEGER_TYPES and lib.is_integer_array(column, skipna=False):
            try:
                data[name] = column.astype(np.int64)
            except OverflowError:
                return None
        elif sql_type == "boolean" and lib.is_bool_array(column, skipna=False):
            data[name] = column.astype(np.bool_)
        else:
            return None
    return data


def _text_or_none(column: np.ndarray) -> bool:
    """True when every value of the object array ``column`` is a str or None."""
    if lib.is_string_array(column, skipna=False):
        return True
    if not lib.is_string_array(column, skipna=True):  # skipna also lets NaN, NaT, pd.NA through
        return False
    values = column.tolist()
    return sum(not isinstance(v, str) for v in values) == values.count(None)
