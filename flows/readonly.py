"""Read-only SQL against the published warehouse (``dyad sql``), in either warehouse mode.

What counts as reading: statements that DuckDB's own parser classifies as SELECT (which
includes ``FROM t``, ``WITH ...``, ``VALUES``, ``DESCRIBE``, ``SHOW``, ``SUMMARIZE``,
``PIVOT ... ON c IN (...)`` and the table-valued PRAGMAs such as ``pragma table_info('t')``),
and ``EXPLAIN`` / ``EXPLAIN ANALYZE`` of such a statement. Everything else is refused before
anything runs: COPY, EXPORT, ATTACH, DETACH, USE, CREATE, INSERT, UPDATE, DELETE, ALTER, DROP,
SET/RESET/PRAGMA settings, INSTALL, LOAD, CALL (checkpoint), transactions, PREPARE/EXECUTE.

Table functions that change the session or the database instead of returning rows
(``enable_logging``, ``enable_profiling``, ``checkpoint``, ``force_checkpoint``, the DuckLake
maintenance functions, ``sqlite_attach``, ``postgres_execute``, ...: ``STATE_FUNCTIONS``) are
refused too, wherever they appear in the SELECT (found in DuckDB's own syntax tree,
``json_serialize_sql``).

Two guards stand behind these checks:

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

import json
import re
from collections.abc import Iterator

import duckdb

from flows.settings import Settings
from flows.warehouse import open_duckdb

_EXPLAIN = re.compile(r"^\s*explain\s+(?:analyze\s+|analyse\s+)?", re.IGNORECASE)


# table functions that act instead of returning data (DuckDB 1.5 core, ducklake, sqlite, postgres)
STATE_FUNCTIONS = frozenset(
    {
        "enable_logging",
        "disable_logging",
        "truncate_duckdb_logs",
        "enable_profiling",
        "disable_profiling",
        "checkpoint",
        "force_checkpoint",
        "json_execute_serialized_sql",
        "sqlite_attach",
        "postgres_execute",
        "postgres_attach",
        "set_commit_message",
        "ducklake_add_data_files",
        "ducklake_cleanup_old_files",
        "ducklake_commit",
        "ducklake_delete_orphaned_files",
        "ducklake_expire_snapshots",
        "ducklake_flush_inlined_data",
        "ducklake_merge_adjacent_files",
        "ducklake_rewrite_data_files",
        "ducklake_set_commit_message",
        "ducklake_set_option",
    }
)


class NotReadOnly(ValueError):
    """A statement that could change the warehouse, a file, a setting or an extension."""


def _kind(statement) -> str:
    """The statement's kind as written: its first keyword (DuckDB files INSTALL under LOAD),
    else DuckDB's statement type."""
    words = statement.query.split(None, 1)
    first = words[0].upper() if words else ""
    if first.isalpha() and first not in {"WITH", "FROM", "SELECT"}:
        return first
    name = getattr(statement.type, "name", None) or str(statement.type)
    return name if name.isidentifier() and name != "???" else "this kind of"


def _function_names(tree: object) -> Iterator[str]:
    if isinstance(tree, dict):
        for key, value in tree.items():
            if key == "function_name" and isinstance(value, str):
                yield value.lower()
            else:
                yield from _function_names(value)
    elif isinstance(tree, list):
        for value in tree:
            yield from _function_names(value)


def _state_functions(select_sql: str) -> list[str]:
    """The STATE_FUNCTIONS a SELECT calls, read from DuckDB's syntax tree of it (empty when
    DuckDB cannot serialize the statement; the read-only guards still apply then)."""
    con = open_duckdb()
    try:
        tree = json.loads(con.execute("select json_serialize_sql(?)", [select_sql]).fetchone()[0])
    finally:
        con.close()
    if tree.get("error"):
        return []
    return sorted(set(_function_names(tree)) & STATE_FUNCTIONS)


# Statements that write data somewhere: their refusal says how to export instead.
_WRITING_KINDS = frozenset({"COPY", "EXPORT", "CREATE", "INSERT", "UPDATE", "DELETE"})


def _refuse(kind: str, sql: str) -> NotReadOnly:
    snippet = " ".join(sql.split())
    snippet = snippet if len(snippet) <= 60 else snippet[:57] + "..."
    hint = (
        " (to export, use --format csv or json and redirect the output)"
        if kind.split()[0] in _WRITING_KINDS
        else ""
    )
    return NotReadOnly(f"sql only reads; refused this {kind}: {snippet}{hint}")


def check_read_only(sql: str) -> None:
    """Raise NotReadOnly unless every statement in ``sql`` only reads; a syntax error raises
    ``duckdb.ParserException``. An empty ``sql`` raises NotReadOnly."""
    statements = duckdb.extract_statements(sql)
    if not statements:
        raise NotReadOnly("no SQL statement given")
    for st in statements:
        select = st.query if st.type == duckdb.StatementType.SELECT else None
        if st.type == duckdb.StatementType.EXPLAIN:
            inner = _EXPLAIN.sub("", st.query, count=1)
            if inner != st.query:
                inner_statements = duckdb.extract_statements(inner)
                if len(inner_statements) == 1 and inner_statements[0].type == duckdb.StatementType.SELECT:
                    select = inner_statements[0].query
        if select is None:
            raise _refuse(f"{_kind(st)} statement", st.query)
        acting = _state_functions(select)
        if acting:
            raise _refuse(f"call of {', '.join(acting)}", st.query)


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
    from flows.warehouses import open_warehouse

    wh = open_warehouse(settings)
    con = wh.open_published()  # the lake is attached before the configuration is locked
    try:
        lock_down(con, wh.readable_dirs)
    except BaseException:
        con.close()
        raise
    return con
