"""The DuckLake warehouse: one warehouse shared by several machines.

A DuckLake keeps its catalog (which tables exist, which Parquet files hold their rows, one
snapshot per commit) in a database (SQLite or DuckDB for one machine, PostgreSQL for a team)
and its data as Parquet files under a data path (a local or NFS folder, or object storage).
Every reader and writer attaches the same catalog and sees a consistent snapshot.

Write-audit-publish on the lake (flows/warehouses/ducklake.py, run by flows/pipeline.py):

- a run reads the lake at one snapshot ``S`` (its manifest, the ids of the known articles and
  the head version ``V`` of ``audit.lake_head``);
- it writes its new raw rows into a local working DuckDB file (schema ``pending``) and builds
  the marts there with dbt, reading ``raw.*`` as views over ``lake.raw.*`` at snapshot ``S``
  (``AT (VERSION => S)``) plus ``pending.*`` (the lake is attached read-only, through
  dbt-duckdb's ``attach``);
- what it builds follows ``audit.dbt_state`` of the lake (the load the models were built
  through, and the fingerprint of the project and variables they were built with), as in the
  embedded mode (``flows.transform.plan_build``): nothing when no article is new; an
  incremental build when articles are new and the fingerprint is the same (the working file
  holds the lake's model tables, ``intermediate.*``, ``marts.*`` and the dbt seeds, at ``S``, so
  the incremental models replace the rows of the keys the new articles touch: the working file
  the last published run on this machine kept, when the lake is still at the snapshot it
  published, ``reuse_models``; else copies, ``copy_built``); a full build otherwise, or when
  asked;
- Great Expectations audits the local marts exactly as in the embedded mode;
- publishing is ONE DuckLake transaction: the head row goes from ``V`` to ``V + 1``, the pending
  raw rows, the audit rows (the inbox folders discovery listed among them) and the run are
  appended, and ``audit.dbt_state`` is replaced. After a full build every model table, seed and
  mart view (the deprecated old mart names) is replaced; after an incremental one each model
  table changes only in the keys the build logged in the working file's
  ``audit.model_changes`` (the keys it rewrote or deleted: those rows deleted, the working file's
  rows of those keys inserted), a table the build did not log, or whose row count then differs,
  being compared whole; without
  a usable log every table is compared (``plan_publish``, ``PublishPlan``); a run with nothing
  to build writes no model table. Readers see the snapshot before it or the one after it, never
  a part. A failed audit publishes nothing: the lake's latest snapshot (and with it the folder
  records) stays what it was;
- two machines publishing at once both update the head row: DuckLake lets the first commit
  and refuses the second (a transaction conflict), and a run that finds the head moved since
  ``S`` never commits. The loser rebuilds from the new snapshot (its parsed inputs are kept,
  so files the other machine already ingested become unchanged or duplicates), up to
  ``lake_commit_retries`` times, then fails with a clear message.

DuckLake has no primary keys: the identity of articles is kept by the loader (known ids are
read in the run's snapshot) together with the head-row conflict above.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from flows.schema import TABLES as DECLARED_TABLES
from flows.schema import ddl as schema_ddl
from flows.schema import table as declared_table
from flows.schema import table_names
from flows.settings import Settings
from flows.sql import literal as _quote
from flows.warehouse import ADDED_RAW_COLUMNS, add_token_context, fsync_dir, open_duckdb

# audit.model_changes: the keys an incremental build rewrote or deleted, by model (written by
# dbt_project/macros/change_log.sql when the working file has the table: ``start_change_log``)
from flows.warehouses.changes import CHANGE_LOG, MODEL_SCHEMAS, copy_logged_keys, reset_change_log

if TYPE_CHECKING:
    from flows.ingest.inbox import ManifestReader

ALIAS = "lake"
RAW_TABLES = table_names("raw")
# audit tables whose rows a run writes into its working file and appends to the lake's (the
# folders discovery listed among them: a run that publishes nothing leaves them as they were)
AUDIT_APPENDS = ("rejected_files", "validation_results", "fact_check_failures", "inbox_folders")
# the schemas of the dbt models whose tables a run publishes (the incremental models of the
# next run read them); the dbt seeds are published too, as raw.ref_* beside the raw tables
PUBLISHED_SCHEMAS = MODEL_SCHEMAS  # the model tables a run publishes
VIEW_SCHEMAS = ("marts",)  # views published (the deprecated old mart names)
EXTENSION_PACKAGES = (
    "duckdb_extension_ducklake",
    "duckdb_extension_sqlite_scanner",
    "duckdb_extension_postgres_scanner",
    "duckdb_extension_httpfs",
)
HEAD_DDL = """
create table if not exists audit.lake_head (
    version         bigint not null,     -- +1 per published run; the row every publisher updates
    run_id          varchar,
    committed_at    timestamptz
);
"""


class LakeConflict(RuntimeError):
    """Another run committed to the lake after this run's snapshot: rebuild and try again."""


class LakeUnavailable(RuntimeError):
    """The DuckLake catalog or its data path cannot be opened."""


# ------------------------------------------------------------------------------ extensions


@functools.cache
def extension_directory() -> Path:
    """DuckDB's extension directory with the extensions of the PyPI wheels installed in it (made
    once per process).

    DuckDB looks for ``<dir>/v<version>/<platform>/<name>.duckdb_extension`` and loads it when a
    statement needs it (``ATTACH 'ducklake:...'`` loads ducklake, a PostgreSQL catalog loads
    postgres_scanner, ``s3://`` loads httpfs), so nothing is downloaded at run time.
    """
    version = "v" + duckdb.__version__
    con = open_duckdb()
    try:
        platform = con.execute("pragma platform").fetchone()[0]
    finally:
        con.close()
    for base in (
        Path(sys.prefix) / "duckdb_extensions",
        Path(tempfile.gettempdir()) / "dyad-duckdb-extensions",
    ):
        target = base / version / platform
        try:
            target.mkdir(parents=True, exist_ok=True)
            for package in EXTENSION_PACKAGES:
                spec = importlib.util.find_spec(package)
                if spec is None or not spec.submodule_search_locations:
                    continue
                for src in Path(spec.submodule_search_locations[0]).glob(
                    f"extensions/{version}/*.duckdb_extension"
                ):
                    link = target / src.name
                    if link.is_symlink() and link.resolve() == src.resolve():
                        continue
                    tmp = target / f".{src.name}.{os.getpid()}"
                    tmp.unlink(missing_ok=True)
                    tmp.symlink_to(src)
                    os.replace(tmp, link)
            return base
        except OSError:
            continue
    raise LakeUnavailable("no writable folder for DuckDB's extension directory")


# DuckDB's memory in the lake mode's own connections (the lake attached in memory, the working
# file), as dbt's on a DuckDB file. Its default, 80% of the machine's, let publishing a full build
# of 50,000 articles hold 3.2 GB; at 1 GB a cold run of 20,000 articles peaked at 1,456 MB while
# loading and 1,590 MB while publishing, at 512 MB at 1,059 and 1,398 MB in the same time (README:
# Memory of a run). Beyond the limit DuckDB spills to its temporary directory.
LAKE_MEMORY_LIMIT = "512MB"

# The bytes of a Parquet row group the lake's writers hold before writing it out (DuckLake's
# ``parquet_row_group_size_bytes``, set once in the catalog). By rows alone (122,880) a row group
# of raw.articles, whose raw text and body take about 11 KB each, held 1.3 GB: publishing a cold
# run of 200,000 articles failed with DuckDB's "Out of Memory" at the 1 GB limit.
ROW_GROUP_BYTES = "64MB"


# The extension files DuckDB has checked the signature of in this process: resolved path ->
# (inode, size, mtime_ns) when it did (``verify_extensions``).
_VERIFIED: dict[Path, tuple[int, int, int]] = {}


def _extension_files() -> list[Path]:
    """The extension files of this DuckDB version (a folder left by another version is not read)."""
    return sorted(extension_directory().glob(f"v{duckdb.__version__}/*/*.duckdb_extension"))


def _identity(path: Path) -> tuple[Path, tuple[int, int, int]]:
    real = path.resolve()
    st = real.stat()
    return real, (st.st_ino, st.st_size, st.st_mtime_ns)


def _extensions_verified() -> bool:
    """Whether every extension file of ``extension_directory()`` was checked in this process and
    is the file it was then (same inode, size and mtime)."""
    try:
        files = [_identity(f) for f in _extension_files()]
    except OSError:
        return False
    return bool(files) and all(_VERIFIED.get(real) == ident for real, ident in files)


def verify_extensions() -> None:
    """Have DuckDB check the signature of every extension file of ``extension_directory()``, once
    per process (and again for a file that changed since).

    DuckDB checks an extension's signature each time a database loads it: about 80 ms for each of
    ducklake and sqlite_scanner, and a run of the lake mode opens seven databases that load both
    (1.1 s of a one-file run). Once every file has passed here, ``duckdb_config`` lets the
    process's later databases load the same files unchecked (``allow_unsigned_extensions``).
    Raises LakeUnavailable naming a file that fails the check."""
    if _extensions_verified():
        return
    files = _extension_files()
    con = open_duckdb(config={"extension_directory": str(extension_directory())})
    try:
        for f in files:
            real, ident = _identity(f)
            if _VERIFIED.get(real) == ident:
                continue
            try:
                con.execute(f"load {_quote(str(f))}")
            except duckdb.Error as exc:
                raise LakeUnavailable(f"DuckDB extension {f.name} ({real}) failed to load: {exc}") from exc
            _VERIFIED[real] = ident
    finally:
        con.close()


def duckdb_config(temp_directory: Path | None = None, limited: bool = True) -> dict[str, str]:
    """The DuckDB settings of the lake mode's connections: the extension directory and, when
    ``limited`` (a run's connections), the memory limit (``LAKE_MEMORY_LIMIT``) and, for an
    in-memory connection, where to spill beyond it (``temp_directory``; a file's connection
    spills beside its file). The extensions are checked by ``verify_extensions`` first (once per
    process), and loaded unchecked after."""
    verify_extensions()
    config = {"extension_directory": str(extension_directory()), "allow_unsigned_extensions": "true"}
    if limited:
        config["memory_limit"] = LAKE_MEMORY_LIMIT
        # the lake's row groups are bounded in bytes (ROW_GROUP_BYTES), which DuckDB allows only
        # without insertion order; no lake table's meaning depends on the order of its rows
        config["preserve_insertion_order"] = "false"
        if temp_directory is not None:
            config["temp_directory"] = str(temp_directory)
    return config


# ---------------------------------------------------------------------------------- catalog


def catalog_uri(settings: Settings) -> str:
    """The catalog string with relative paths made absolute (against the project root)."""
    rest = settings.lake_catalog.removeprefix("ducklake:")
    if rest.startswith("postgres:"):
        return settings.lake_catalog
    kind = ""
    for prefix in ("sqlite:", "duckdb:"):
        if rest.startswith(prefix):
            kind, rest = prefix, rest.removeprefix(prefix)
    if "://" in rest:  # a catalog on object storage (read-only use)
        return f"ducklake:{kind}{rest}"
    return f"ducklake:{kind}{settings.path(rest)}"


def catalog_file(settings: Settings) -> Path | None:
    """The local file of a SQLite or DuckDB catalog; None for PostgreSQL or remote catalogs."""
    uri = catalog_uri(settings).removeprefix("ducklake:")
    if uri.startswith("postgres:") or "://" in uri:
        return None
    return Path(uri.removeprefix("sqlite:").removeprefix("duckdb:"))


def data_path(settings: Settings) -> str:
    value = settings.lake_data_path.strip()
    if "://" in value:
        return value.rstrip("/") + "/"
    return str(settings.path(value)) + "/"


def lake_exists(settings: Settings) -> bool:
    """Whether there is a lake to read (always assumed for PostgreSQL: attaching will tell)."""
    f = catalog_file(settings)
    return f is None or f.exists()


def attach_sql(
    settings: Settings, alias: str = ALIAS, read_only: bool = False, snapshot: int | None = None
) -> str:
    options = [f"DATA_PATH {_quote(data_path(settings))}"]
    if snapshot is not None:
        options.append(f"SNAPSHOT_VERSION {int(snapshot)}")
    if read_only:
        options.append("READ_ONLY")
    return f"ATTACH {_quote(catalog_uri(settings))} AS {alias} ({', '.join(options)})"


# Two machines attaching a catalog no one has created yet both create its tables: the one that
# loses fails on the winner's rows (PostgreSQL: a duplicate key of pg_type; SQLite or DuckDB: a table
# that already exists, a locked file). Attaching again finds the catalog made and attaches it.
ATTACH_ATTEMPTS = 5
_CREATED_MEANWHILE_RE = re.compile(
    r"already exists|duplicate key|unique constraint|database is locked|could not serialize", re.I
)


def connect(
    settings: Settings, read_only: bool = False, snapshot: int | None = None, use: bool = True
) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the lake attached as ``lake`` (and made the default catalog).
    An attach that fails because another process was creating the catalog at the same moment is
    tried again (``ATTACH_ATTEMPTS``); LakeUnavailable when it cannot be attached."""
    spill = settings.work_dir / "lake-spill.tmp"
    if not read_only:
        f = catalog_file(settings)
        if f is not None:
            f.parent.mkdir(parents=True, exist_ok=True)
        if "://" not in settings.lake_data_path:
            Path(data_path(settings)).mkdir(parents=True, exist_ok=True)
        spill.parent.mkdir(parents=True, exist_ok=True)
    elif not lake_exists(settings):
        raise LakeUnavailable(f"no DuckLake catalog at {catalog_file(settings)}: run `dyad run` first")
    for attempt in range(ATTACH_ATTEMPTS):
        # a run's connection spills in its work folder; a reader's has DuckDB's defaults
        con = open_duckdb(config=duckdb_config(spill, limited=not read_only))
        try:
            con.execute(attach_sql(settings, read_only=read_only, snapshot=snapshot))
            if use:
                con.execute(f"use {ALIAS}")
            break
        except duckdb.Error as exc:
            con.close()
            if attempt + 1 < ATTACH_ATTEMPTS and _CREATED_MEANWHILE_RE.search(str(exc)):
                time.sleep(0.2 * (attempt + 1))  # another machine is creating the catalog: attach it
                continue
            raise LakeUnavailable(f"cannot attach the DuckLake {catalog_uri(settings)}: {exc}") from exc
    return con


def lake_ddl() -> str:
    """The raw and audit tables of flows/schema.py without what DuckLake does not support
    (primary keys: only audit.runs has one), plus the head row."""
    ddl = schema_ddl(primary_keys=False)
    return ddl + HEAD_DDL + "".join(f"create schema if not exists {s};\n" for s in PUBLISHED_SCHEMAS)


def ensure_lake(settings: Settings, attempts: int = 5) -> None:
    """Create the lake's schemas and tables if missing (several machines may race: retried)."""
    ensured_connection(settings, attempts).close()


def ensured_connection(settings: Settings, attempts: int = 5) -> duckdb.DuckDBPyConnection:
    """``connect(settings)`` to a lake that has its schemas and tables: created if missing (several
    machines may race: retried), those a lake of an older version lacks added. The caller closes
    the connection."""
    for attempt in range(attempts):
        con = connect(settings)
        try:
            exists = con.execute(
                "select count(*) from information_schema.tables where table_catalog = ? "
                "and table_schema = 'audit' and table_name = 'lake_head'",
                [ALIAS],
            ).fetchone()[0]
            if exists:
                add_token_context(con)  # a lake written before the tokens had these columns
                _add_new_columns(con)
                _add_new_tables(con)
                _bound_row_groups(con)
            else:
                con.execute("begin")
                _bound_row_groups(con)
                con.execute(lake_ddl())
                con.execute("insert into audit.lake_head values (0, null, null)")
                con.execute("call lake.set_commit_message('dyad', 'create the Dyad tables')")
                con.execute("commit")
            return con
        except duckdb.TransactionException:
            con.close()
            if attempt == attempts - 1:
                raise
        except BaseException:
            con.close()
            raise
    raise AssertionError("unreachable: the last attempt returns or raises")


def _bound_row_groups(con: duckdb.DuckDBPyConnection) -> None:
    """Set the lake's ``parquet_row_group_size_bytes`` to ``ROW_GROUP_BYTES`` unless it is set
    (a lake created before it was)."""
    (n,) = con.execute(
        f"select count(*) from {ALIAS}.options() where option_name = 'parquet_row_group_size_bytes'"
    ).fetchone()
    if not n:
        con.execute(f"call {ALIAS}.set_option('parquet_row_group_size_bytes', '{ROW_GROUP_BYTES}')")


def _add_new_columns(con: duckdb.DuckDBPyConnection) -> None:
    """Add the raw columns of ``ADDED_RAW_COLUMNS`` a lake created before them lacks."""
    have = set(
        con.execute(
            "select table_name, column_name from duckdb_columns() where database_name = ? "
            "and schema_name = 'raw'",
            [ALIAS],
        ).fetchall()
    )
    for table, column, type_ in ADDED_RAW_COLUMNS:
        if (table, column) not in have:
            con.execute(f"alter table raw.{table} add column if not exists {column} {type_}")


def _add_new_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Create, in one lake transaction, the declared tables (flows/schema.py) a lake created
    before them lacks (``audit.inbox_folders``, say)."""
    have = set(
        con.execute(
            "select schema_name || '.' || table_name from duckdb_tables() where database_name = ?", [ALIAS]
        ).fetchall()
    )
    missing = [t for t in DECLARED_TABLES if (t.qualified,) not in have]
    if not missing:
        return
    con.execute("begin")
    con.execute(schema_ddl(tuple(missing), primary_keys=False))
    con.execute("call lake.set_commit_message('dyad', 'create the Dyad tables added since')")
    con.execute("commit")


@dataclass(frozen=True)
class LakeState:
    """What a run read from the lake, all at one snapshot.

    ``manifest`` holds the folder state only: the inputs' rows are read at ``snapshot`` as
    discovery and the load ask for them (``flows.ingest.inbox.Manifest.need``, :func:`manifest_reader`),
    so a run reads the manifest rows of the folders it lists and of the inputs it records, not the
    whole manifest. ``articles`` is the number of articles the lake holds; which of a run's parsed
    articles it holds already is looked up by id (:func:`read_inputs`)."""

    snapshot: int
    head: int
    manifest: dict
    articles: int = 0
    last_load: int = 0  # the newest load holding articles (0: none yet)
    built: tuple[int, str] | None = None  # audit.dbt_state: (built_through_seq, project_hash)
    unbuilt: int = 0  # articles loaded after built_through_seq (all of them when never built)
    # the latest snapshot that changed which rows the lake holds; the snapshots after it only
    # store the same rows otherwise (``STORAGE_CHANGES``: ``maintain``). None: no such snapshot
    # left (expired), when it is unknown
    data_snapshot: int | None = None


def manifest_reader(settings: Settings, snapshot: int) -> ManifestReader:
    """A ``flows.ingest.inbox.ManifestReader`` of the lake at ``snapshot``: its connections attach
    the lake read-only at that snapshot, so only the inputs that changed come back from the
    questions discovery asks, and only the rows asked for are read."""
    from flows.ingest.inbox import ManifestReader

    return ManifestReader(lambda: connect(settings, read_only=True, snapshot=snapshot))


def read_inputs(
    settings: Settings, snapshot: int, manifest, uris: list[str], article_ids: set[str]
) -> dict[str, str]:
    """What a run's load needs of the lake at ``snapshot``, read by key through one attachment:
    the manifest rows of ``uris`` (into ``manifest``, a ``flows.ingest.inbox.Manifest``:
    ``need``), and the articles of ``article_ids`` the lake holds, returned as article id ->
    source uri (``flows.ingest.load.stored_articles``)."""
    from flows.ingest.load import stored_articles

    con = connect(settings, read_only=True, snapshot=snapshot)
    try:
        manifest.need(uris, con)
        return stored_articles(con, article_ids)
    finally:
        con.close()


def read_state(settings: Settings, ensure: bool = False) -> LakeState:
    """The lake's state at its latest snapshot (:class:`LakeState`), read in one transaction.
    With ``ensure``, the lake's tables are first created or completed as ``ensure_lake`` does,
    on the same connection (one attachment of the lake)."""
    from flows.ingest.inbox import load_manifest

    con = ensured_connection(settings) if ensure else connect(settings)
    try:
        con.execute("begin")  # one DuckLake snapshot for every read below
        snapshot = con.execute(f"select id from ducklake_current_snapshot('{ALIAS}')").fetchone()[0]
        head = con.execute("select max(version) from audit.lake_head").fetchone()[0]
        manifest = load_manifest(con, files=False, reader=manifest_reader(settings, snapshot))
        (articles, last_load) = con.execute(
            "select count(*), coalesce(max(load_seq), 0) from raw.articles"
        ).fetchone()
        built = con.execute(
            "select built_through_seq, project_hash from audit.dbt_state order by built_at desc limit 1"
        ).fetchone()
        (unbuilt,) = con.execute(
            "select count(*) from raw.articles where coalesce(load_seq, 0) > ?", [built[0] if built else -1]
        ).fetchone()
        (data_snapshot,) = con.execute(DATA_SNAPSHOT_SQL).fetchone()
        con.execute("commit")
    finally:
        con.close()
    return LakeState(
        snapshot,
        head,
        manifest,
        articles,
        last_load,
        tuple(built) if built else None,
        unbuilt,
        data_snapshot,
    )


# The kinds of change (keys of ``ducklake_snapshots().changes``) of the snapshots that store the
# lake's rows otherwise and leave which rows it holds as they were: DuckLake's maintenance
# (``maintain``: small files merged, files with deleted rows rewritten, rows inlined in the
# catalog written out to Parquet).
# Writing out rows inlined in the catalog also writes out the deletions inlined there, and reports
# them as ``tables_deleted_from`` beside ``flushed_inlined``: such a snapshot, whose tables with
# deletions are all among those it flushed, changes no rows either.
STORAGE_CHANGES = ("merge_adjacent", "rewrite_delete", "flushed_inlined", "compacted_table")
DATA_SNAPSHOT_SQL = (
    f"select max(snapshot_id) from ducklake_snapshots('{ALIAS}') where len(list_filter(map_keys(changes), "
    f"k -> not list_contains({list(STORAGE_CHANGES)!r}, k))) > 0 and not ("
    f"list_sort(map_keys(changes)) = ['flushed_inlined', 'tables_deleted_from'] "
    f"and list_has_all(changes['flushed_inlined'], changes['tables_deleted_from']))"
)


# ------------------------------------------------------------------------- working database


def stage_pending(settings: Settings, work_db: Path, snapshot: int) -> None:
    """Turn the working file's raw tables (this run's new rows) into ``pending.*`` and put views
    in their place that read the lake's rows at ``snapshot`` (``AT (VERSION => snapshot)``,
    whatever snapshot the lake is attached at) and the pending ones together."""
    con = open_duckdb(work_db, config=duckdb_config())
    try:
        con.execute(attach_sql(settings, read_only=True, snapshot=snapshot))
        con.execute("begin")
        con.execute("create schema if not exists pending")
        for t in RAW_TABLES:
            con.execute(f"create table pending.{t} as select * from raw.{t}")
            con.execute(f"drop table raw.{t}")
            con.execute(
                f"create view raw.{t} as select * from {ALIAS}.raw.{t} at (version => {int(snapshot)}) "
                f"union all by name select * from pending.{t}"
            )
        con.execute("commit")
    finally:
        con.close()


def record_built(work_db: Path, built: tuple[int, str] | None) -> None:
    """Write the lake's ``audit.dbt_state`` (``LakeState.built``) into the working file, where
    ``flows.transform.plan_build`` and the incremental models (``load_watermark``) read it."""
    con = open_duckdb(work_db)
    try:
        con.execute("begin")
        con.execute("delete from audit.dbt_state")
        if built is not None:
            con.execute(
                declared_table("audit.dbt_state").insert_sql(
                    ("built_through_seq", "project_hash", "built_at")
                ),
                [built[0], built[1], "epoch"],
            )
        con.execute("commit")
    finally:
        con.close()


def _model_tables(con: duckdb.DuckDBPyConnection, database: str) -> list[tuple[str, str]]:
    """(schema, table) of the model tables and seeds of ``database``: the tables of
    PUBLISHED_SCHEMAS and the raw tables that are not raw tables of flows/schema.py."""
    found = con.execute(
        "select schema_name, table_name from duckdb_tables() where database_name = ? and "
        f"(schema_name in ({', '.join(map(_quote, PUBLISHED_SCHEMAS))}) or schema_name = 'raw') order by 1, 2",
        [database],
    ).fetchall()
    return [(s, t) for s, t in found if s != "raw" or t not in RAW_TABLES]


def create_table_as(con: duckdb.DuckDBPyConnection, target: str, source: str, replace: bool = False) -> None:
    """``create [or replace] table target as select * from source`` (``source``:
    ``database.schema.table``), with the source's NOT NULL columns NOT NULL in the copy too: the
    marts' NOT NULL columns (their contracts, ``dbt_project/models/marts/_marts__models.yml``) stay
    so wherever they are copied, in the lake and in a working file built on the lake's tables. A
    table made from a query keeps no constraint, and DuckLake sets none on a table its transaction
    has just written: the copy is declared with the source's columns, types and NOT NULLs, then
    filled."""
    database, schema, table = source.split(".")
    columns = con.execute(
        "select column_name, data_type, is_nullable from duckdb_columns() where database_name = ? "
        "and schema_name = ? and table_name = ? order by column_index",
        [database, schema, table],
    ).fetchall()
    if not columns:
        raise duckdb.CatalogException(f"no table {source}")
    body = ", ".join(f'"{c}" {t}{"" if nullable else " not null"}' for c, t, nullable in columns)
    con.execute(f"create {'or replace ' if replace else ''}table {target} ({body})")
    con.execute(f"insert into {target} select * from {source}")


def copy_built(settings: Settings, work_db: Path, snapshot: int) -> int:
    """Copy the lake's model tables and seeds (``_model_tables``) at ``snapshot`` into the working
    file, for an incremental build on them. Returns how many tables were copied."""
    con = open_duckdb(work_db, config=duckdb_config())
    try:
        con.execute(attach_sql(settings, read_only=True, snapshot=snapshot))
        tables = _model_tables(con, ALIAS)
        con.execute("begin")
        for schema, t in tables:
            con.execute(f"create schema if not exists {schema}")
            create_table_as(con, f"{schema}.{t}", f"{ALIAS}.{schema}.{t}")
        con.execute("commit")
    finally:
        con.close()
    return len(tables)


def drop_models(work_db: Path) -> int:
    """Drop the model tables and seeds (``_model_tables``) of the working file, before a full build
    makes them anew. Returns how many."""
    con = open_duckdb(work_db)
    try:
        tables = _model_tables(con, current_database(con))
        if tables:  # one transaction
            con.execute("begin; " + "".join(f'drop table "{s}"."{t}"; ' for s, t in tables) + "commit")
    finally:
        con.close()
    return len(tables)


# The working file a published run leaves behind holds the lake's model tables and seeds as that
# run published them: the next run on this machine builds on them instead of copying them from
# the lake again (``keep_models``, ``reuse_models``), when the lake is still at that snapshot.


def models_record(work_db: Path) -> Path:
    """The file that says the working file ``work_db`` holds the lake's model tables at a snapshot
    (JSON: catalog, data path, snapshot, the working file's inode, size and mtime). Present only
    between a run that published and the next run's load."""
    return work_db.with_name(work_db.name + ".models.json")


def _file_identity(path: Path) -> list[int] | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return [st.st_ino, st.st_size, st.st_mtime_ns]


def keep_models(settings: Settings, work_db: Path, snapshot: int) -> None:
    """Record that the working file ``work_db`` (closed) holds the lake's model tables and seeds
    as they are at ``snapshot`` (the snapshot the run just published). Written whole or not at
    all (a temporary file renamed into place)."""
    record = models_record(work_db)
    tmp = record.with_name(record.name + ".tmp")
    body = {
        "catalog": catalog_uri(settings),
        "data_path": data_path(settings),
        "snapshot": int(snapshot),
        "file": _file_identity(work_db),
    }
    tmp.write_text(json.dumps(body), encoding="utf-8")
    os.replace(tmp, record)
    fsync_dir(record.parent)


def reuse_models(
    settings: Settings, work_db: Path, snapshot: int, data_snapshot: int | None = None
) -> str | None:
    """Prepare the working file ``work_db`` for a run that reads the lake at ``snapshot``.

    When the last run on this machine left it holding the lake's model tables at that very
    snapshot (``keep_models``; the file unchanged since), or at ``data_snapshot``
    (``LakeState.data_snapshot``: the snapshots after it only store the same rows otherwise,
    ``maintain``), the record is removed first (from now on the run writes the file: a run
    killed later leaves no record, and the next one starts afresh), everything but the model
    tables and seeds is dropped, and None is returned.
    Otherwise the file and the record are removed and the reason is returned."""
    record = models_record(work_db)
    try:
        kept = json.loads(record.read_text(encoding="utf-8"))
    except FileNotFoundError:
        kept, why = None, "no working file was kept by a published run"
    except (OSError, ValueError) as exc:
        kept, why = None, f"the record of the kept working file is unreadable ({exc})"
    if kept is not None:
        why = None
        if kept.get("catalog") != catalog_uri(settings) or kept.get("data_path") != data_path(settings):
            why = "the kept working file was built on another lake"
        elif kept.get("snapshot") not in (snapshot, data_snapshot):
            why = f"the lake moved on from snapshot {kept.get('snapshot')} (another run published)"
        elif kept.get("file") != _file_identity(work_db):
            why = "the kept working file was changed or removed since it was kept"
    record.unlink(missing_ok=True)
    fsync_dir(record.parent)
    if why is not None:
        for stale in (work_db, work_db.with_name(work_db.name + ".wal")):
            stale.unlink(missing_ok=True)
        return why
    _strip_to_models(work_db)
    return None


# The schemas of the working file a run makes anew (its raw tables and the views over the lake,
# its pending rows, its audit tables); the others hold dbt's models.
RUN_SCHEMAS = ("raw", "pending", "audit")


def model_views(work_db: Path) -> int:
    """How many views the working file ``work_db`` holds outside ``RUN_SCHEMAS`` (dbt's staging
    and mart views); 0 for a file a run kept before these were kept with the tables."""
    con = open_duckdb(work_db)
    try:
        return con.execute(
            "select count(*) from duckdb_views() where database_name = current_database() and not internal "
            f"and schema_name not in ({', '.join(map(_quote, RUN_SCHEMAS))})"
        ).fetchone()[0]
    finally:
        con.close()


def _strip_to_models(work_db: Path) -> None:
    """Drop from the working file every schema, table and view but the model tables, seeds and
    model views (the views of the schemas outside ``RUN_SCHEMAS``: the same project fingerprint
    made them, so the build need not make them again): the run's raw tables and views and its
    audit tables are made anew."""
    con = open_duckdb(work_db)
    try:
        me = current_database(con)
        keep = set(_model_tables(con, me))
        con.execute("begin")
        for schema, view in con.execute(
            "select schema_name, view_name from duckdb_views() where database_name = ? and not internal "
            f"and schema_name in ({', '.join(map(_quote, RUN_SCHEMAS))})",
            [me],
        ).fetchall():
            con.execute(f'drop view "{schema}"."{view}"')
        for schema, t in con.execute(
            "select schema_name, table_name from duckdb_tables() where database_name = ?", [me]
        ).fetchall():
            if (schema, t) not in keep:
                con.execute(f'drop table "{schema}"."{t}"')
        for (schema,) in con.execute(
            "select schema_name from duckdb_schemas() where database_name = ? and not internal "
            "and schema_name not in ('main', 'raw', 'audit', 'intermediate', 'marts') and schema_name not in "
            "(select schema_name from duckdb_views() where database_name = ? and not internal)",
            [me, me],
        ).fetchall():
            con.execute(f'drop schema "{schema}" cascade')
        con.execute("commit")
    finally:
        con.close()


def narrow_raw_articles(
    settings: Settings, work_db: Path, snapshot: int, since_seq: int, lake_rows: bool = True
) -> None:
    """After an incremental build: replace the working file's ``raw.articles`` view (over the
    lake, which is attached only while dbt builds) by a table of the id and load of the articles
    loaded after ``since_seq``: all the audit of an incremental build reads of it. When the lake
    holds no article loaded after ``since_seq`` (``lake_rows`` False: every article it holds was
    built), they are the run's pending ones, read without attaching the lake."""
    con = open_duckdb(work_db, config=duckdb_config())
    try:
        source = "raw.articles"
        if lake_rows:
            con.execute(attach_sql(settings, read_only=True, snapshot=snapshot))
        else:
            source = "pending.articles"
        con.execute("begin")
        con.execute(
            f"create table pending.batch_articles as select article_id, load_seq from {source} "
            "where load_seq > ?",
            [since_seq],
        )
        con.execute("drop view raw.articles")
        con.execute("alter table pending.batch_articles rename to articles_after_watermark")
        con.execute("create view raw.articles as select * from pending.articles_after_watermark")
        con.execute("commit")
    finally:
        con.close()


@contextmanager
def dbt_target(settings: Settings) -> Iterator[None]:
    """dbt's ``lake`` target (dbt_project/profiles.yml): the working file, with the lake attached
    read-only (the raw views pin the run's snapshot: ``stage_pending``). The target is the same
    from run to run, so dbt re-uses its parsed project (partial parsing: a changed connection
    setting would make it parse the whole project again)."""
    values = {
        "DBT_TARGET": "lake",
        "DYAD_LAKE_CATALOG": catalog_uri(settings),
        "DYAD_LAKE_DATA_PATH": data_path(settings),
        "DYAD_DUCKDB_EXTENSION_DIR": str(extension_directory()),
        "DYAD_DUCKDB_EXTENSIONS_CHECKED": "true",  # the profile loads them unchecked
    }
    verify_extensions()
    previous = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in previous.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


# ---------------------------------------------------------------------------------- publish


def start_change_log(work_db: Path) -> None:
    """Give the working file an empty ``audit.model_changes``, so that the incremental build logs
    the keys each delete+insert rewrites (``dbt_project/macros/change_log.sql``)."""
    con = open_duckdb(work_db)
    try:
        reset_change_log(con)
    finally:
        con.close()


@dataclass
class PublishPlan:
    """How a run publishes its model tables (``publish``), decided from the working file before
    the lake transaction starts.

    ``build`` is the mode of the dbt build (``flows.transform.BuildPlan.mode``). After an
    incremental build, ``keys`` maps each model table the build logged (``schema.table``) to its
    key columns and the number of keys it rewrote (no columns: it rewrote none); None when the
    log cannot be used, ``reason`` saying why: every model table is then compared with the
    lake's. ``compared`` names the tables published by comparing them whole, and why (filled
    while publishing)."""

    build: str
    keys: dict[str, tuple[tuple[str, ...], int]] | None = None
    reason: str = ""
    compared: dict[str, str] = field(default_factory=dict)

    def describe(self) -> str:
        """One line for the run summary (``RunSummary.lake_publish``)."""
        if self.build == "skip":
            return "no model table written: nothing was built"
        if self.build == "full":
            return "every model table, seed and mart view replaced (a full build)"
        if self.keys is None:
            return f"every model table compared with the lake's: {self.reason}"
        rewritten = {t: n for t, (_cols, n) in self.keys.items() if n}
        line = f"by the keys the build rewrote: {sum(rewritten.values()):,} keys in {len(rewritten)} tables"
        if self.compared:
            line += "; compared whole: " + "; ".join(
                f"{t} ({why})" for t, why in sorted(self.compared.items())
            )
        return line


def plan_publish(work_db: Path, build: str) -> PublishPlan:
    """The publish plan of the working file ``work_db`` after a build of mode ``build``: after an
    incremental one, the keys its ``audit.model_changes`` logged, when the log is there and
    consistent (each logged model is a model table of the working file, its keys named one way,
    by columns of the table); otherwise a plan to compare every table, with the reason."""
    plan = PublishPlan(build)
    if build != "incremental":
        return plan
    con = open_duckdb(work_db, read_only=True)
    try:
        logged = con.execute(
            "select count(*) from duckdb_tables() where schema_name = 'audit' and table_name = 'model_changes'"
        ).fetchone()[0]
        if not logged:
            plan.reason = f"the working file has no change log ({CHANGE_LOG})"
            return plan
        rows = con.execute(
            "select model, list(distinct json_keys(key_json)) filter (where key_json is not null), "
            f"count(distinct key_json) from {CHANGE_LOG} group by model order by model"
        ).fetchall()
        tables = {f"{s}.{t}" for s, t in _model_tables(con, current_database(con)) if s in PUBLISHED_SCHEMAS}
        columns: dict[str, set[str]] = {}
        for s, t, c in con.execute(
            "select schema_name, table_name, column_name from duckdb_columns()"
        ).fetchall():
            columns.setdefault(f"{s}.{t}", set()).add(c)
    finally:
        con.close()
    if not rows:
        plan.reason = "the change log is empty: the build logged no incremental model"
        return plan
    keys: dict[str, tuple[tuple[str, ...], int]] = {}
    for model, names, n in rows:
        names = names or []
        if model not in tables:
            plan.reason = f"the change log names {model}, which is not a model table of the working file"
        elif len(names) > 1:
            plan.reason = f"the change log names the keys of {model} in {len(names)} ways"
        elif names and not set(names[0]) <= columns[model]:
            lacking = ", ".join(sorted(set(names[0]) - columns[model]))
            plan.reason = f"the change log keys {model} by columns it lacks: {lacking}"
        else:
            keys[model] = (tuple(names[0]) if names else (), n)
            continue
        return plan
    plan.keys = keys
    return plan


def current_database(con: duckdb.DuckDBPyConnection) -> str:
    return con.execute("select current_database()").fetchone()[0]


def publish(
    settings: Settings,
    work_db: Path,
    state: LakeState,
    run_id: str,
    run_row: dict[str, object] | Callable[[PublishPlan], dict[str, object]],
    mtime_updates: list[tuple],
    build: str | PublishPlan = "full",
) -> int:
    """Publish the working file into the lake in ONE transaction; returns the new snapshot id.

    ``build`` is a ``PublishPlan`` (``plan_publish``) or the mode of the run's dbt build
    (``flows.transform.BuildPlan.mode``, planned here): after a ``full`` build every model
    table, seed and mart view of the lake is replaced; after an ``incremental`` one each model
    table changes in the keys the build rewrote, or, without a usable log, in the keys whose
    rows differ (``_publish_changes``); after none (``skip``) no model table is written.
    ``run_row`` is the run's row of ``audit.runs``, or a function of the plan giving it once the
    model tables are written (the plan then names the tables compared whole). Raises
    LakeConflict when another run committed since ``state`` (nothing is written then).
    """
    plan = build if isinstance(build, PublishPlan) else plan_publish(work_db, build)
    con = connect(settings, use=False)
    try:
        con.execute(f"attach {_quote(str(work_db))} as work (read_only)")
        con.execute("begin")
        moved = con.execute(
            f"update {ALIAS}.audit.lake_head set version = version + 1, run_id = ?, committed_at = now() "
            "where version = ?",
            [run_id, state.head],
        ).fetchone()[0]
        if moved != 1:
            con.execute("rollback")
            raise LakeConflict("another run published to the lake after this run's snapshot")
        for t in RAW_TABLES:
            con.execute(f"insert into {ALIAS}.raw.{t} by name select * from work.pending.{t}")
        for t in AUDIT_APPENDS:
            con.execute(f"insert into {ALIAS}.audit.{t} by name select * from work.audit.{t}")
        if mtime_updates:
            from flows.ingest.load import restamp_manifest

            restamp_manifest(con, f"{ALIAS}.raw.file_manifest", mtime_updates, run_id)
        if plan.build != "skip":
            con.execute(f"delete from {ALIAS}.audit.dbt_state")
            con.execute(f"insert into {ALIAS}.audit.dbt_state by name select * from work.audit.dbt_state")
        if plan.build == "full":
            _publish_all(con)
        elif plan.build == "incremental":
            _publish_changes(con, plan)
        row = run_row(plan) if callable(run_row) else run_row
        con.execute(declared_table("audit.runs").insert_sql(row, catalog=ALIAS), list(row.values()))
        con.execute(f"call {ALIAS}.set_commit_message('dyad', ?)", [f"dyad run {run_id}"])
        try:
            con.execute("commit")
        except duckdb.TransactionException as exc:
            # PostgreSQL catalogs report conflicts; SQLite ones a lock held by another process
            if any(word in str(exc).lower() for word in ("conflict", "database is locked")):
                raise LakeConflict(f"another run published to the lake at the same time: {exc}") from exc
            raise
        return snapshot_of_run(con, run_id)
    finally:
        con.close()


def _publish_all(con: duckdb.DuckDBPyConnection) -> None:
    """Replace the lake's model tables, seeds and mart views by the working file's (a full build);
    drop the lake's model tables the build no longer makes."""
    built = _model_tables(con, "work")
    for schema in PUBLISHED_SCHEMAS:
        con.execute(f"create schema if not exists {ALIAS}.{schema}")
        tables = [t for s, t in built if s == schema]
        for s, t in _model_tables(con, ALIAS):
            if s == schema and t not in tables:
                con.execute(f"drop table {ALIAS}.{schema}.{t}")
    for schema, t in built:
        create_table_as(con, f"{ALIAS}.{schema}.{t}", f"work.{schema}.{t}", replace=True)
    for schema in PUBLISHED_SCHEMAS:
        _copy_comments(con, schema, [t for s, t in built if s == schema])
    for schema in VIEW_SCHEMAS:
        _publish_views(con, schema)


# Columns that group a model table's rows for publishing changes, tried in this order (the
# unique keys of the incremental models: dbt_project.yml and the models' configs). Any grouping
# gives the same table: every row of a key whose rows differ is deleted and written again.
KEYS = (("article_id",), ("country_a", "country_b"), ("article_id_a", "article_id_b"))


def table_key(columns: list[str]) -> tuple[str, ...] | None:
    """The first of ``KEYS`` whose columns the table has; None: the table is replaced whole."""
    return next((k for k in KEYS if set(k) <= set(columns)), None)


def _columns(con: duckdb.DuckDBPyConnection, database: str) -> dict[tuple[str, str], list[str]]:
    """The column names of every table of ``database``, in order, by (schema, table): one query."""
    out: dict[tuple[str, str], list[str]] = {}
    for schema, table, column in con.execute(
        "select schema_name, table_name, column_name from duckdb_columns() where database_name = ? "
        "order by schema_name, table_name, column_index",
        [database],
    ).fetchall():
        out.setdefault((schema, table), []).append(column)
    return out


def _publish_changes(con: duckdb.DuckDBPyConnection, plan: PublishPlan) -> None:
    """After an incremental build (the working file's model tables started as the lake's at the
    run's snapshot, which the head row proves is still the latest), per model table:

    - one the lake lacks, or whose columns differ, is created (replaced) whole;
    - one the build logged (``plan.keys``): the lake's rows of the keys it rewrote or deleted
      (the pre-hooks of the dyad aggregates log the dyads, months and indicators they delete)
      are deleted and the working file's rows of those keys inserted. Should the table's row
      count then differ from the working file's (a deletion the log does not name), the table
      is compared whole too (``plan.compared`` says so);
    - any other (a table the build did not log, or every table when ``plan.keys`` is None) is
      compared whole (``_publish_difference``).

    Seeds and views are left as they are (the same fingerprint built them)."""
    lake_tables = set(_model_tables(con, ALIAS))
    work_columns, lake_columns = _columns(con, "work"), _columns(con, ALIAS)
    for schema, t in _model_tables(con, "work"):
        if schema not in PUBLISHED_SCHEMAS:
            continue
        name = f"{schema}.{t}"
        work, published = f"work.{name}", f"{ALIAS}.{name}"
        cols = work_columns[(schema, t)]
        if (schema, t) not in lake_tables or cols != lake_columns.get((schema, t)):
            create_table_as(con, published, work, replace=True)
            continue
        if plan.keys is None:
            _publish_difference(con, work, published, cols)
            continue
        if name not in plan.keys:
            plan.compared[name] = "not logged"
            _publish_difference(con, work, published, cols)
            continue
        key, n = plan.keys[name]
        if n:
            _publish_keys(con, name, key)
        mine, theirs = con.execute(
            f"select (select count(*) from {published}), (select count(*) from {work})"
        ).fetchone()
        if mine != theirs:
            plan.compared[name] = f"{mine - theirs:+,} rows beside the logged keys"
            _publish_difference(con, work, published, cols)


def _publish_keys(con: duckdb.DuckDBPyConnection, table: str, key: tuple[str, ...]) -> int:
    """Delete the lake's rows of ``table`` whose key the build logged and insert the working
    file's rows of those keys (the standby's catch-up rule, with the lake as the database to
    change); returns the rows inserted."""
    con.execute(f"use {ALIAS}")
    try:
        return copy_logged_keys(con, "work", table, list(key))
    finally:
        con.execute("use memory")


def _publish_difference(con: duckdb.DuckDBPyConnection, work: str, published: str, cols: list[str]) -> None:
    """Change ``published`` (the lake's table) into ``work`` (the working file's, with the same
    columns ``cols``) in the keys (``table_key``) of the rows in one but not the other (EXCEPT
    ALL both ways): the lake's rows of those keys are deleted and the working file's inserted. A
    table without a key that differs is replaced whole. Reads both tables whole."""
    key = table_key(cols)
    differ = (
        f"(select * from {work} except all select * from {published}) union all "
        f"(select * from {published} except all select * from {work})"
    )
    if key is None:
        if con.execute(f"select count(*) from ({differ})").fetchone()[0]:
            create_table_as(con, published, work, replace=True)
        return
    names = ", ".join(f'"{c}"' for c in key)
    con.execute(f"create or replace temp table changed_keys as select distinct {names} from ({differ})")
    if not con.execute("select count(*) from changed_keys").fetchone()[0]:
        return
    match = " and ".join(f't."{c}" is not distinct from k."{c}"' for c in key)
    con.execute(f"delete from {published} as t using changed_keys as k where {match}")
    con.execute(f"insert into {published} select t.* from {work} as t semi join changed_keys as k on {match}")


VIEW_SQL = re.compile(r"^\s*create\s+view\s+.+?\s+as\s+(.*?);?\s*$", re.IGNORECASE | re.DOTALL)


def view_query(sql: str) -> str:
    """The query of a ``CREATE VIEW name AS query;`` statement (as ``duckdb_views().sql`` gives
    it). Raises ValueError for any other text."""
    m = VIEW_SQL.match(sql)
    if not m:
        raise ValueError(f"not a CREATE VIEW statement: {sql!r}")
    return m.group(1)


def _publish_views(con: duckdb.DuckDBPyConnection, schema: str) -> None:
    """The working file's views of ``schema`` (the deprecated old mart names) replace the lake's.
    A view binds in the catalog that holds it, so its query must name tables without a
    database (``marts.dyads``): it then reads the lake's tables. Raises ValueError naming the
    view when its query reads from elsewhere (such as the working file)."""
    views = dict(
        con.execute(
            "select view_name, sql from duckdb_views() where database_name = 'work' and schema_name = ? "
            "and not internal order by 1",
            [schema],
        ).fetchall()
    )
    for (v,) in con.execute(
        "select view_name from duckdb_views() where database_name = ? and schema_name = ?", [ALIAS, schema]
    ).fetchall():
        if v not in views:
            con.execute(f"drop view {ALIAS}.{schema}.{v}")
    for v, sql in views.items():
        try:
            con.execute(f"create or replace view {ALIAS}.{schema}.{v} as {view_query(sql)}")
        except duckdb.Error as exc:
            raise ValueError(
                f"view {schema}.{v} cannot be published to the lake ({exc}); its query must name "
                f"the tables it reads without a database, as {schema}.table"
            ) from exc
    for v, comment in con.execute(
        "select view_name, comment from duckdb_views() where database_name = 'work' and schema_name = ? "
        "and comment is not null",
        [schema],
    ).fetchall():
        con.execute(f"comment on view {ALIAS}.{schema}.{v} is {_quote(comment)}")


def _copy_comments(con: duckdb.DuckDBPyConnection, schema: str, tables: list[str]) -> None:
    """dbt's persisted descriptions (table and column comments) travel with the tables."""
    for t, comment in con.execute(
        "select table_name, comment from duckdb_tables() where database_name = 'work' and schema_name = ? "
        "and comment is not null",
        [schema],
    ).fetchall():
        if t in tables:
            con.execute(f"comment on table {ALIAS}.{schema}.{t} is {_quote(comment)}")
    for t, col, comment in con.execute(
        "select table_name, column_name, comment from duckdb_columns() where database_name = 'work' "
        "and schema_name = ? and comment is not null",
        [schema],
    ).fetchall():
        if t in tables:
            con.execute(f'comment on column {ALIAS}.{schema}.{t}."{col}" is {_quote(comment)}')


def snapshot_of_run(con: duckdb.DuckDBPyConnection, run_id: str) -> int:
    row = con.execute(
        f"select max(snapshot_id) from {ALIAS}.snapshots() where commit_message = ?", [f"dyad run {run_id}"]
    ).fetchone()
    return row[0]


def current_snapshot(settings: Settings) -> int:
    con = connect(settings, read_only=True)
    try:
        return con.execute(f"select id from ducklake_current_snapshot('{ALIAS}')").fetchone()[0]
    finally:
        con.close()


# ------------------------------------------------------------------------------ maintenance

# How long ``maintain`` leaves a file in the data path once no snapshot it keeps needs it (or,
# for a file no commit recorded, since it was written): a reader that attached the lake before
# may still be reading it, and another machine's publish may still be writing the files it is
# about to commit.
FILE_GRACE = timedelta(days=1)
MAINTENANCE_ATTEMPTS = 3  # tries of a step that another machine's commit conflicted with
# Files ``maintain`` merges: those smaller than this (the small files of incremental publishes,
# and of rows written out of the catalog). Larger ones (a full publish writes row groups of up to
# ``ROW_GROUP_BYTES``) are left as they are: merging a few small files into them would rewrite
# most of a large lake at every maintenance.
MERGE_BELOW_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class Maintenance:
    """What ``maintain`` did. ``files_*`` and ``bytes_*``: the Parquet files the lake's latest
    snapshot reads (data files and delete files) and their bytes, before and after;
    ``rows_flushed``: rows written out of the catalog into Parquet; ``files_merged`` and
    ``files_rewritten``: data files merged into fewer, or rewritten without their deleted rows
    (``files_written`` in their place); ``snapshots_expired``; ``files_deleted``: files removed
    from the data path (no kept snapshot needed them, or no commit recorded them);
    ``snapshot``: the lake's latest snapshot after; ``seconds``: wall time. ``tables_flushed``:
    the tables whose inlined rows were written out, a new file each: a lake of small commits can
    read more files after its maintenance than before (its rows left the catalog), the message says
    so."""

    files_before: int
    bytes_before: int
    files_after: int
    bytes_after: int
    rows_flushed: int
    files_merged: int
    files_rewritten: int
    files_written: int
    snapshots_expired: int
    files_deleted: int
    snapshot: int
    seconds: float
    tables_flushed: int = 0

    def describe(self) -> str:
        mb = 1024 * 1024
        flushed = f"{self.rows_flushed} rows written out of the catalog"
        if self.tables_flushed:
            flushed += f" into new files of {self.tables_flushed} tables"
        return (
            f"files read by the latest snapshot: {self.files_before} ({self.bytes_before / mb:,.1f} MB) -> "
            f"{self.files_after} ({self.bytes_after / mb:,.1f} MB); {self.files_merged} merged and "
            f"{self.files_rewritten} rewritten into {self.files_written}; {flushed}; {self.snapshots_expired} "
            f"snapshots expired; {self.files_deleted} files deleted; lake snapshot {self.snapshot}; "
            f"{self.seconds:.1f} s"
        )


NOTHING_TO_MAINTAIN = "nothing to maintain: a DuckDB-file warehouse is written whole by each run"


def maintain_warehouse(settings: Settings, keep_days: float | None = None) -> Maintenance | None:
    """``maintain`` the lake of ``settings`` while holding this machine's writer lock (its runs and
    the maintenance take turns; ``flows.warehouse.WarehouseBusy`` when a run holds it); None for
    a DuckDB-file warehouse, which every run writes whole (nothing accumulates)."""
    if not settings.on_lake:
        return None
    from flows.warehouse import writer_lock

    with writer_lock(settings.warehouse_path):
        return maintain(settings, keep_days)


def _older_than(settings: Settings | None, age: timedelta) -> str:
    """The SQL time ``age`` before now, for the ``older_than`` of DuckLake's maintenance functions
    that compare it with times the catalog stored (files given up). A SQLite
    catalog stores those as text, and DuckLake 0.3 then compares them by day (a file given up at
    07:55 counts as older than 00:01 the same day): for such a catalog the time is one day
    earlier still, so nothing younger than ``age`` is ever taken for older (it may be taken up to
    a day later). ``settings`` None: the exact time."""
    cutoff = datetime.now(UTC) - age
    if settings is not None and catalog_uri(settings).startswith("ducklake:sqlite:"):
        cutoff -= timedelta(days=1)
    return f"timestamptz '{cutoff.isoformat(sep=' ')}'"


def live_files(con: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    """(files, bytes) of the data and delete files the lake's latest snapshot reads (its catalog's
    ``ducklake_data_file`` and ``ducklake_delete_file`` rows that no snapshot ended)."""
    meta = f"__ducklake_metadata_{ALIAS}"
    return con.execute(
        f"select count(*), coalesce(sum(file_size_bytes), 0) from ("
        f"select file_size_bytes from {meta}.ducklake_data_file where end_snapshot is null "
        f"union all select file_size_bytes from {meta}.ducklake_delete_file where end_snapshot is null)"
    ).fetchone()


def _committed(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[tuple]:
    """The rows of one maintenance call (its own commit), tried again (``MAINTENANCE_ATTEMPTS``)
    when another machine's commit to the same tables conflicted with it."""
    for attempt in range(MAINTENANCE_ATTEMPTS):
        try:
            return con.execute(sql, params or []).fetchall()
        except duckdb.TransactionException as exc:
            if "conflict" not in str(exc).lower() or attempt + 1 == MAINTENANCE_ATTEMPTS:
                raise
            time.sleep(0.5 * (attempt + 1))
    raise AssertionError("unreachable")


def maintain(
    settings: Settings, keep_days: float | None = None, grace: timedelta = FILE_GRACE
) -> Maintenance:
    """Keep the lake's cost to what it holds, not to how many runs wrote it (DuckLake's own
    maintenance functions, each its own commit):

    1. rows inlined in the catalog (small commits: runs with nothing new) are written out to
       Parquet (``ducklake_flush_inlined_data``);
    2. adjacent small files (each incremental publish writes a few per table; those under
       ``MERGE_BELOW_BYTES``) are merged (``ducklake_merge_adjacent_files``) and files whose rows
       are mostly deleted (95%, DuckLake's default) are rewritten
       without them (``ducklake_rewrite_data_files``): the rows stay the same, so the snapshots
       these make leave a kept working file usable (``STORAGE_CHANGES``, ``reuse_models``);
    3. snapshots older than ``keep_days`` (default: the ``lake_snapshot_days`` setting) are
       expired (``ducklake_expire_snapshots``), but never the latest one that changed rows
       (``LakeState.data_snapshot``) or any after it: time travel reaches back that far, no
       further;
    4. files no kept snapshot needs, given up at least ``grace`` ago, and files no commit
       recorded (a publish killed before its commit), written at least ``grace`` ago, are deleted
       from the data path (``ducklake_cleanup_old_files``, ``ducklake_delete_orphaned_files``).

    Rows, tables and views are never changed. Raises LakeUnavailable when there is no lake, and
    DuckDB's TransactionException when other machines kept committing to the same tables
    (``MAINTENANCE_ATTEMPTS``); the steps done before it stay done and are correct on their own.
    """
    if not lake_exists(settings):
        raise LakeUnavailable(f"no DuckLake catalog at {catalog_file(settings)}: run `dyad run` first")
    days = settings.lake_snapshot_days if keep_days is None else keep_days
    if days < 0:
        raise ValueError(f"keep_days must be 0 or more, got {days}")
    t0 = time.perf_counter()
    con = connect(settings)
    try:
        files_before, bytes_before = live_files(con)
        flushed = _committed(con, f"call ducklake_flush_inlined_data('{ALIAS}')")
        merged = _committed(
            con,
            f"call ducklake_merge_adjacent_files('{ALIAS}', max_file_size => {MERGE_BELOW_BYTES})",
        )
        rewritten = _committed(con, f"call ducklake_rewrite_data_files('{ALIAS}')")
        # the snapshots to expire, chosen here by their exact times (``_older_than``); never the
        # latest one that changed rows, on which the working file this machine kept was built
        old = [
            r[0]
            for r in con.execute(
                f"select snapshot_id from ducklake_snapshots('{ALIAS}') where snapshot_time < ? "
                f"and snapshot_id < coalesce(({DATA_SNAPSHOT_SQL}), 0) order by 1",
                [datetime.now(UTC) - timedelta(days=days)],
            ).fetchall()
        ]
        expired = (
            _committed(con, f"call ducklake_expire_snapshots('{ALIAS}', versions => ?)", [old]) if old else []
        )
        deleted = _committed(
            con, f"call ducklake_cleanup_old_files('{ALIAS}', older_than => {_older_than(settings, grace)})"
        )
        orphans = _committed(  # by the files' own times, which every catalog compares exactly
            con, f"call ducklake_delete_orphaned_files('{ALIAS}', older_than => {_older_than(None, grace)})"
        )
        files_after, bytes_after = live_files(con)
        snapshot = con.execute(f"select id from ducklake_current_snapshot('{ALIAS}')").fetchone()[0]
    finally:
        con.close()
    return Maintenance(
        files_before=files_before,
        bytes_before=bytes_before,
        files_after=files_after,
        bytes_after=bytes_after,
        rows_flushed=sum(r[-1] for r in flushed),
        tables_flushed=sum(1 for r in flushed if r[-1]),
        files_merged=sum(r[2] for r in merged),
        files_rewritten=sum(r[2] for r in rewritten),
        files_written=sum(r[3] for r in (*merged, *rewritten)),
        snapshots_expired=len(expired),
        files_deleted=len(deleted) + len(orphans),
        snapshot=snapshot,
        seconds=time.perf_counter() - t0,
    )


# ---------------------------------------------------------------------------------- readers


def open_published(settings: Settings) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the lake's latest snapshot, with ``lake`` as default catalog (so
    ``select * from marts.people`` reads as in a DuckDB file). Raises FileNotFoundError when
    there is no lake, LakeUnavailable when it cannot be attached. Readers go through
    ``flows.warehouses.open_published``, which serves either mode."""
    if not lake_exists(settings):
        raise FileNotFoundError(f"no DuckLake catalog at {catalog_file(settings)}: run `dyad run` first")
    return connect(settings, read_only=True)


def export_published(settings: Settings, target: Path) -> Path:
    """A local DuckDB file with the lake's published tables and views (marts, audit) at its latest
    snapshot: for dbt docs, or to take a warehouse away on a laptop."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for stale in (target, target.with_name(target.name + ".wal")):
        stale.unlink(missing_ok=True)
    con = connect(settings, read_only=True, use=False)
    try:
        con.execute(f"attach {_quote(str(target))} as export")
        tables = con.execute(
            "select schema_name, table_name from duckdb_tables() where database_name = ? "
            "and schema_name in ('marts', 'audit') order by 1, 2",
            [ALIAS],
        ).fetchall()
        for schema in sorted({s for s, _ in tables}):
            con.execute(f"create schema export.{schema}")
        for schema, table in tables:
            create_table_as(con, f"export.{schema}.{table}", f"{ALIAS}.{schema}.{table}")
        for schema, view, sql in con.execute(
            "select schema_name, view_name, sql from duckdb_views() where database_name = ? "
            "and schema_name in ('marts', 'audit') order by 1, 2",
            [ALIAS],
        ).fetchall():
            con.execute(f"create view export.{schema}.{view} as {view_query(sql)}")
        con.execute("detach export")
    finally:
        con.close()
    return target
