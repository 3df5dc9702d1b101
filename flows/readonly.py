"""Read-only SQL against the published warehouse (``dyad sql``), in either warehouse mode.

What counts as reading: statements that DuckDB's own parser classifies as SELECT (which
includes ``FROM t``, ``WITH ...``, ``VALUES``, ``DESCRIBE``, ``SHOW``, ``SUMMARIZE``,
``PIVOT ... ON c IN (...)`` and the table-valued PRAGMAs such as ``pragma table_info('t')``),
and ``EXPLAIN`` / ``EXPLAIN ANALYZE`` of such a statement. Everything else is refused before
anything runs: COPY, EXPORT, ATTACH, DETACH, USE, CREATE, INSERT, UPDATE, DELETE, ALTER, DROP,
SET/RESET/PRAGMA settings, INSTALL, LOAD, CALL (checkpoint), transactions, PREPARE/EXECUTE.

Two guards stand behind the parser:

- the warehouse is opened read-only: the DuckDB file with ``read_only=True``; in DuckLake mode
  the lake's catalog is attached ``READ_ONLY`` (so even table functions that would commit, such
  as ``ducklake_expire_snapshots``, fail);
- once it is open, DuckDB is locked down: ``enable_external_access = false`` (no file is read or
  written outside the warehouse: no ``COPY TO``, no ``ATTACH``, no ``read_csv('/etc/...')``; in
  DuckLake mode only the lake's data path stays readable, through ``allowed_directories``),
  extensions are neither installed nor loaded on demand, community extensions are off, and
  ``lock_configuration = true`` keeps every setting as it is.

Reading other files (``read_csv``, ``read_parquet`` of paths outside the warehouse) is refused
too: ``dyad sql`` reads what was published, nothing else. To export, use ``--format csv`` (or
``json``) and redirect the output.
"""

from __future__ import annotations

import re

import duckdb

from flows.settings import Settings

_EXPLAIN = re.compile(r"^\s*explain\s+(?:analyze\s+|analyse\s+)?", re.IGNORECASE)


class NotReadOnly(ValueError):
    """A statement that could change the warehouse, a file, a setting or an extension."""


def _kind(statement) -> str:
    name = getattr(statement.type, "name", None) or str(statement.type)
    return name if name.isidentifier() and name != "???" else "this kind of"


def check_read_only(sql: str) -> None:
    """Raise NotReadOnly unless every statement in ``sql`` only reads; a syntax error raises
    ``duckdb.ParserException``. An empty ``sql`` raises NotReadOnly."""
    statements = duckdb.extract_statements(sql)
    if not statements:
        raise NotReadOnly("no SQL statement given")
    for st in statements:
        if st.type == duckdb.StatementType.SELECT:
            continue
        if st.type == duckdb.StatementType.EXPLAIN:
            inner = _EXPLAIN.sub("", st.query, count=1)
            if inner != st.query:
                inner_statements = duckdb.extract_statements(inner)
                if len(inner_statements) == 1 and inner_statements[0].type == duckdb.StatementType.SELECT:
                    continue
        snippet = " ".join(st.query.split())
        snippet = snippet if len(snippet) <= 60 else snippet[:57] + "..."
        raise NotReadOnly(
            f"sql only reads; refused this {_kind(st)} statement: {snippet} "
            "(to export, use --format csv or json and redirect the output)"
        )


def lock_down(con: duckdb.DuckDBPyConnection, readable_dirs: list[str] | tuple[str, ...] = ()) -> None:
    """Forbid file access outside ``readable_dirs``, extension installs and loads, and any later
    configuration change on ``con`` (DuckDB settings; they cannot be undone)."""
    if readable_dirs:
        con.execute("set allowed_directories = ?", [list(readable_dirs)])
    con.execute("set enable_external_access = false")
    con.execute("set autoinstall_known_extensions = false")
    con.execute("set autoload_known_extensions = false")
    con.execute("set allow_community_extensions = false")
    con.execute("set lock_configuration = true")


def open_read_only(settings: Settings) -> duckdb.DuckDBPyConnection:
    """The published warehouse (DuckDB file, or the lake's latest snapshot as the default
    catalog), opened read-only and locked down. Raises FileNotFoundError when nothing is
    published, ``flows.lake.LakeUnavailable`` when the lake cannot be attached."""
    from flows import lake

    con = lake.open_published(settings)  # the lake is attached before the configuration is locked
    try:
        lock_down(con, [lake.data_path(settings)] if settings.on_lake else [])
    except BaseException:
        con.close()
        raise
    return con
