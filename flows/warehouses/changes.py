"""The change log of incremental builds: ``audit.model_changes``.

Every delete+insert of an incremental dbt model, and every pre-hook that deletes rows of one (the
dyad aggregates delete the rows of the dyads, months and indicators they recompute, some of which
no article makes any more), writes into the working file's ``audit.model_changes``, when the file
has that table (``dbt_project/macros/change_log.sql``):

- one row ``(model, NULL)``: the model (``schema.table``) was built incrementally in this build;
- one row ``(model, key_json)`` per key whose rows it deleted or rewrote, ``key_json`` the JSON
  object of the model's ``unique_key`` columns (``{"article_id": "a1"}``,
  ``{"country_a": "BY", "country_b": "CN"}``), always named in the same order.

A build that starts with :func:`reset_change_log` therefore leaves in the table exactly the keys
whose rows may differ from those before it. Two readers apply them to another database:

- the standby of a DuckDB-file warehouse (``flows/warehouses/standby.py``) copies the rows of
  those keys from the published file;
- a DuckLake run (``flows/lake.py``) publishes the rows of those keys from its working file to
  the lake.

Both use :func:`copy_logged_keys`: the target's rows of every logged key are deleted and the
source's rows of those keys inserted, so a key whose rows the build deleted loses them in the
target too.
"""

from __future__ import annotations

import duckdb

CHANGE_LOG = "audit.model_changes"
MODEL_SCHEMAS = ("intermediate", "marts")  # the schemas of the dbt models built as tables


def quote_catalog(catalog: str) -> str:
    """``catalog`` quoted as an SQL identifier."""
    return '"' + catalog.replace('"', '""') + '"'


def reset_change_log(con: duckdb.DuckDBPyConnection) -> None:
    """Create ``audit.model_changes`` in the database of ``con``, or empty it, so that it logs the
    coming build only."""
    con.execute("create schema if not exists audit")
    con.execute(
        f"create table if not exists {CHANGE_LOG} (model varchar not null, key_json varchar); "
        f"comment on table {CHANGE_LOG} is 'The keys the last build rewrote or deleted in each "
        "incremental model (a row with no key names a model it tracked): what the next run copies "
        "to its standby, or publishes to the lake.'"
    )
    con.execute(f"delete from {CHANGE_LOG}")


def has_change_log(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the default database of ``con`` has ``audit.model_changes`` (a build on it logs)."""
    (logged,) = con.execute(
        "select count(*) from duckdb_tables() where database_name = current_database() "
        "and schema_name || '.' || table_name = ?",
        [CHANGE_LOG],
    ).fetchone()
    return bool(logged)


def log_unchanged(con: duckdb.DuckDBPyConnection) -> None:
    """Log a build that built nothing (no article new): every table of ``MODEL_SCHEMAS`` in the
    database of ``con`` is named with no key, so that the next run's standby catch-up copies none
    of them and compares none whole (which reads every row: 6 s at 200,000 articles). Nothing
    when the database has no change log."""
    if has_change_log(con):
        con.execute(
            f"insert into {CHANGE_LOG} (model, key_json) select schema_name || '.' || table_name, null "
            "from duckdb_tables() where database_name = current_database() "
            "and list_contains(?, schema_name)",
            [list(MODEL_SCHEMAS)],
        )


def logged_keys(con: duckdb.DuckDBPyConnection, catalog: str) -> dict[str, list[str]]:
    """The models ``catalog``'s change log names (``schema.table``), each with its key columns
    (empty: the model was built incrementally but no key was rewritten). Empty when ``catalog``
    has no change log. Raises ValueError when a model's keys are named in more than one way."""
    try:
        rows = con.execute(
            f"select model, list(distinct json_keys(key_json)) filter (where key_json is not null) "
            f"from {quote_catalog(catalog)}.{CHANGE_LOG} group by model"
        ).fetchall()
    except duckdb.CatalogException:
        return {}
    out = {}
    for model, found in rows:
        key_lists = found or []
        if len(key_lists) > 1:
            raise ValueError(f"{CHANGE_LOG} names the keys of {model} in {len(key_lists)} ways")
        out[model] = key_lists[0] if key_lists else []
    return out


def copy_logged_keys(con: duckdb.DuckDBPyConnection, catalog: str, table: str, keys: list[str]) -> int:
    """In the default database of ``con``: delete the rows of ``table`` (``schema.table``) whose key
    ``catalog``'s change log names, and insert ``catalog``'s rows of those keys; returns the rows
    inserted. ``keys`` are the key columns (``logged_keys``). The logged keys (JSON) are cast once
    to the types of the key columns in ``catalog``, so both tables are joined on their own
    columns; NULL keys match NULL keys."""
    schema_name, name = table.split(".", 1)
    types = dict(
        con.execute(
            "select column_name, data_type from duckdb_columns() where database_name = ? "
            "and schema_name = ? and table_name = ?",
            [catalog, schema_name, name],
        ).fetchall()
    )
    source = quote_catalog(catalog)
    cols = ", ".join(f"(key_json ->> '{k}')::{types[k]} as {k}" for k in keys)
    con.execute(
        f"create or replace temp table dyad_keys as select distinct {cols} from {source}.{CHANGE_LOG} "
        "where model = ? and key_json is not null",
        [table],
    )
    on = _key_match(keys)
    lo, hi, since = _logged_rows(con, source, table, keys, types)
    con.execute(f"delete from {table} as t using dyad_keys as k where {on}{since}")
    n = 0
    if lo is not None:
        (n,) = con.execute(
            f"insert into {table} by name select t.* from {source}.{table} as t semi join dyad_keys as k "
            f"on {on} where t.rowid between {int(lo)} and {int(hi)}"
        ).fetchone()
    con.execute("drop table dyad_keys")
    return n


def _key_match(keys: list[str]) -> str:
    """A target or source row ``t`` has the key of a logged row ``k`` (NULL keys match NULL keys)."""
    return " and ".join(f"t.{k} is not distinct from k.{k}" for k in keys)


def _logged_rows(
    con: duckdb.DuckDBPyConnection, source: str, table: str, keys: list[str], types: dict[str, str]
) -> tuple[int | None, int | None, str]:
    """What ``copy_logged_keys`` reads of the source's rows of the logged keys (``dyad_keys``), in
    one scan of their key columns: ``(lo, hi, since)``.

    ``lo``, ``hi``: the range of their row ids (None, None when there are none). The rows are
    then read within that range: a build appends the rows it rewrites, so the range is the
    table's tail and the scan skips the row groups before it (without the range, DuckDB reads
    every column of every row to find a few: 0.1 s for a table of 800,000 facts).

    ``since``: a condition (`` and t.load_seq >= N``) that bounds the delete to the loads of the
    logged articles, or ``""``. For a table keyed by ``article_id`` alone with a ``load_seq``
    column in the source and in the target (the article-level models: every row carries its
    article's load, and an article has one load), when every logged article has rows in the
    source: ``N`` is their first load, so every target row of those articles passes, and the rows
    of older loads (stored in load order) are skipped by their min/max statistics instead of
    every stored article id being read. The rule of the build's own delete
    (``loaded_since_predicate``, ``dbt_project/macros/change_log.sql``)."""
    bounded = (
        keys == ["article_id"]
        and "load_seq" in types
        and con.execute(
            "select count(*) from duckdb_columns() where database_name = current_database() "
            "and schema_name || '.' || table_name = ? and column_name = 'load_seq'",
            [table],
        ).fetchone()[0]
        > 0
    )
    on = _key_match(keys)
    loads = (
        ", min(t.load_seq), count(distinct t.article_id), (select count(*) from dyad_keys)" if bounded else ""
    )
    lo, hi, *load = con.execute(
        f"select min(t.rowid), max(t.rowid){loads} from {source}.{table} as t semi join dyad_keys as k on {on}"
    ).fetchone()
    since = ""
    if bounded:
        first, found, logged = load
        if first is not None and found == logged:  # else a logged article's load is not known here
            since = f" and t.load_seq >= {int(first)}"
    return lo, hi, since
