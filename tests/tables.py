"""Compare the tables of two warehouses (an embedded file, a DuckLake), ignoring row order and
the columns that only say when or by which run a row was written."""

from __future__ import annotations

import duckdb

RUN_COLUMNS = {"run_id", "changed_run_id", "ingested_at", "recorded_at", "detected_at", "validated_at"}


def table_names(con: duckdb.DuckDBPyConnection, schema: str) -> list[str]:
    return [
        r[0]
        for r in con.execute(
            "select table_name from duckdb_tables() where database_name = current_database() "
            "and schema_name = ? order by 1",
            [schema],
        ).fetchall()
    ]


def view_names(con: duckdb.DuckDBPyConnection, schema: str) -> list[str]:
    return [
        r[0]
        for r in con.execute(
            "select view_name from duckdb_views() where database_name = current_database() "
            "and schema_name = ? order by 1",
            [schema],
        ).fetchall()
    ]


def columns(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> list[str]:
    return [
        r[0]
        for r in con.execute(
            "select column_name from duckdb_columns() where database_name = current_database() "
            "and schema_name = ? and table_name = ? order by column_index",
            [schema, table],
        ).fetchall()
    ]


def not_null_columns(
    con: duckdb.DuckDBPyConnection, schema: str, table: str, database: str | None = None
) -> list[str]:
    """The NOT NULL columns of ``schema.table`` in ``database`` (the current one by default), in
    order."""
    return [
        r[0]
        for r in con.execute(
            "select column_name from duckdb_columns() where database_name = coalesce(?, current_database()) "
            "and schema_name = ? and table_name = ? and not is_nullable order by column_index",
            [database, schema, table],
        ).fetchall()
    ]


def table_digests(con: duckdb.DuckDBPyConnection, catalog: str | None = None) -> dict[str, tuple]:
    """Every table of ``catalog`` (the current database when None), as ``schema.table``: (rows,
    sum of the rows' hashes, 0 when empty)."""
    if catalog is None:
        (catalog,) = con.execute("select current_database()").fetchone()
    tables = con.execute(
        "select schema_name, table_name from duckdb_tables() where database_name = ? order by all", [catalog]
    ).fetchall()
    return {
        f"{s}.{t}": con.execute(
            f'select count(*), coalesce(sum(hash(x)), 0) from "{catalog}"."{s}"."{t}" as x'
        ).fetchone()
        for s, t in tables
    }


def rows(
    con: duckdb.DuckDBPyConnection, schema: str, table: str, ignore: frozenset[str] = frozenset()
) -> list[str]:
    cols = [c for c in columns(con, schema, table) if c not in RUN_COLUMNS | ignore]
    select = ", ".join(f'"{c}"' for c in cols)
    return sorted(repr(r) for r in con.execute(f"select {select} from {schema}.{table}").fetchall())


def differences(
    a: duckdb.DuckDBPyConnection,
    b: duckdb.DuckDBPyConnection,
    schema: str,
    tables: list[str] | None = None,
    ignore: frozenset[str] = frozenset(),
) -> list[str]:
    """What differs between the two (empty when the tables are the same), leaving out the
    columns in ``ignore`` as well as the run columns."""
    out: list[str] = []
    names = tables or table_names(a, schema)
    if tables is None and table_names(b, schema) != names:
        out.append(f"{schema}: tables {names} != {table_names(b, schema)}")
    for t in names:
        if columns(a, schema, t) != columns(b, schema, t):
            out.append(f"{schema}.{t}: columns {columns(a, schema, t)} != {columns(b, schema, t)}")
            continue
        ra, rb = rows(a, schema, t, ignore), rows(b, schema, t, ignore)
        if ra != rb:
            only_a = sorted(set(ra) - set(rb))[:3]
            only_b = sorted(set(rb) - set(ra))[:3]
            out.append(
                f"{schema}.{t}: {len(ra)} vs {len(rb)} rows; only in first {only_a}; only in second {only_b}"
            )
    return out


def lake_changed_tables(con: duckdb.DuckDBPyConnection, snapshot: int, alias: str = "lake") -> set[str]:
    """``schema.table`` of every table a DuckLake snapshot created, wrote rows into or deleted rows
    from (Parquet files or rows inlined in the catalog), on a connection with the lake attached
    as ``alias``."""
    (changes,) = con.execute(
        f"select changes from {alias}.snapshots() where snapshot_id = ?", [snapshot]
    ).fetchone()
    names = set(changes.get("tables_created", []))
    ids = {
        int(i)
        for kind in ("tables_inserted_into", "tables_deleted_from", "inlined_insert", "inlined_delete")
        for i in changes.get(kind, [])
    }
    if ids:
        meta = f"__ducklake_metadata_{alias}"
        names |= {
            f"{s}.{t}"
            for s, t in con.execute(
                f"select s.schema_name, t.table_name from {meta}.ducklake_table t join {meta}.ducklake_schema s "
                f"using (schema_id) where t.table_id in ({', '.join(map(str, ids))}) "
                "and t.end_snapshot is null and s.end_snapshot is null"
            ).fetchall()
        }
    return names
