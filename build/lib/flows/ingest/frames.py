"""Rows -> pandas DataFrames that DuckDB reads with exact integer values.

pandas stores an integer column that holds a None as float64: a nanosecond mtime (about 1.7e18,
beyond float64's 2**53 exact integers) would come back rounded, and the next run would see a
changed file. Columns named here are built as nullable ``Int64`` from the Python values
themselves, never through a float.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import pandas as pd


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
