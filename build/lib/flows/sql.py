"""Quoting for the few SQL statements that cannot take a value as a parameter.

DuckDB binds ``?`` parameters for values in queries, but not for the file names of ``COPY ... TO``,
``ATTACH``, or a list of files in ``read_parquet([...])``. Those go through :func:`literal`.
"""

from __future__ import annotations

from collections.abc import Iterable
from os import PathLike


def literal(value: str | PathLike[str]) -> str:
    """A SQL string literal for ``value``: single quotes doubled, any other character as it is.

    >>> literal("/data/it's/w.duckdb")
    "'/data/it''s/w.duckdb'"

    Raises ValueError for a NUL character, which no SQL string can hold.
    """
    text = str(value)
    if "\x00" in text:
        raise ValueError(f"a SQL string cannot hold a NUL character: {text!r}")
    return "'" + text.replace("'", "''") + "'"


def literal_list(values: Iterable[str | PathLike[str]]) -> str:
    """A SQL list literal of strings: ``['a', 'b''s']``."""
    return "[" + ", ".join(literal(v) for v in values) + "]"
