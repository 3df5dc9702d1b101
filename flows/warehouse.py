"""The DuckDB warehouse: raw and audit tables, the working copy, the writer lock, publishing.

Write-audit-publish: a run copies the published file to a working copy beside it, writes
there, and only after the audit passes replaces the published file with ``os.replace`` (an
atomic rename on one filesystem). Readers holding the old file keep their consistent view;
a failed run leaves the published file untouched.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb

SCHEMAS = ("raw", "staging", "intermediate", "marts", "audit")

# The raw tables carry no primary keys: the loader keeps article ids and (uri, version) unique
# (flows/ingest/load.py), the dbt tests and the GX suites check it. DuckDB writes a table's whole
# index again at every checkpoint, so a key on raw.articles made appending one article to a
# 50,000-article warehouse cost 3.5 s at commit, and the warehouse took 2.1 GB instead of 1.6.
RAW_DDL = """
create schema if not exists raw;
create schema if not exists audit;

create table if not exists raw.file_manifest (
    source_uri      varchar not null,   -- path (absolute) or URL as ingested
    version         integer not null,   -- 1 for the first content seen at this uri, +1 per change
    source_kind     varchar not null,   -- txt | html | json | jsonl | url | feed-item
    size_bytes      bigint,
    mtime_ns        bigint,
    content_hash    varchar,            -- sha256 of the bytes
    status          varchar not null,   -- ingested | duplicate | rejected
    article_id      varchar,            -- the article this input produced or duplicates
    reason          varchar,            -- why rejected / what it duplicates
    encoding        varchar,
    run_id          varchar not null,
    recorded_at     timestamptz not null default current_timestamp
);

create table if not exists raw.articles (
    article_id      varchar not null,  -- sha256 of the whitespace-normalized body, 16 hex; unique
    source_uri      varchar not null,
    content_hash    varchar,
    encoding        varchar,
    had_decode_errors boolean not null default false,
    raw_text        varchar not null,      -- the whole normalized input text
    body            varchar not null,      -- raw_text[body_start:body_end]
    body_start      integer,             -- NULL when the body is extracted (HTML, JSON), not a span of raw_text
    body_end        integer,
    title           varchar,
    published_date  date,
    publisher       varchar,
    url             varchar,
    language        varchar,
    run_id          varchar not null,
    ingested_at     timestamptz not null,
    load_seq        bigint not null default 0  -- the load (1, 2, ...) that added the row
);

create table if not exists raw.sentences (
    article_id      varchar not null,
    sentence_idx    integer not null,
    char_start      integer not null,      -- offsets into raw.articles.body
    char_end        integer not null,
    sentence_text   varchar not null,
    load_seq        bigint not null default 0  -- the load (1, 2, ...) that added the row
);

create table if not exists raw.tokens (
    article_id      varchar not null,
    token_idx       integer not null,
    sentence_idx    integer not null,
    char_start      integer not null,
    char_end        integer not null,
    token           varchar not null,
    token_norm      varchar not null,      -- lowercase, ё -> е
    is_capitalized  boolean not null,
    is_sentence_start boolean not null,
    hyphen_after    boolean not null,
    load_seq        bigint not null default 0  -- the load (1, 2, ...) that added the row
);

create table if not exists raw.number_mentions (
    article_id      varchar not null,
    mention_idx     integer not null,
    sentence_idx    integer not null,
    char_start      integer not null,
    char_end        integer not null,
    quote           varchar not null,
    number_text     varchar not null,
    value           double,
    value_high      double,
    unit            varchar,
    comparator      varchar,
    metric          varchar,
    counted         varchar,
    change          varchar,
    period          varchar,
    modality        varchar,               -- actual / target / forecast
    load_seq        bigint not null default 0  -- the load (1, 2, ...) that added the row
);

create table if not exists raw.article_signatures (
    article_id      varchar not null,       -- unique
    signature       uinteger[] not null,     -- MinHash of word 3-grams (flows/text/similarity.py)
    load_seq        bigint not null default 0  -- the load (1, 2, ...) that added the row
);

create table if not exists raw.article_bands (
    article_id      varchar not null,
    band_idx        tinyint not null,
    band_hash       bigint not null,         -- LSH band of the signature: equal hashes = candidates
    load_seq        bigint not null default 0  -- the load (1, 2, ...) that added the row
);

create table if not exists raw.person_mentions (
    article_id      varchar not null,
    mention_idx     integer not null,
    sentence_idx    integer not null,
    char_start      integer not null,
    char_end        integer not null,
    name            varchar not null,
    name_as_written varchar not null,
    role            varchar,
    role_start      integer,
    role_end        integer,
    load_seq        bigint not null default 0  -- the load (1, 2, ...) that added the row
);

create table if not exists audit.rejected_files (
    source_uri      varchar not null,
    reason          varchar not null,
    detected_at     timestamptz not null,
    run_id          varchar not null
);

create table if not exists audit.runs (
    run_id          varchar primary key,
    started_at      timestamptz not null,
    finished_at     timestamptz,
    status          varchar not null,
    summary         json
);

create table if not exists audit.validation_results (
    run_id          varchar not null,
    suite_name      varchar not null,
    expectation     varchar not null,
    column_name     varchar,
    level           varchar not null,      -- row: failing rows are flagged; suite: failure blocks publishing
    success         boolean not null,
    element_count   bigint,
    unexpected_count bigint,
    details         json,
    validated_at    timestamptz not null
);

-- What the incremental dbt models have been built through: rows with load_seq above
-- built_through_seq are new to them. project_hash fingerprints the dbt project (models, macros,
-- seeds): when it changes, the next run rebuilds every model (flows/pipeline.py).
create table if not exists audit.dbt_state (
    built_through_seq bigint not null,
    project_hash    varchar,
    built_at        timestamptz not null
);

create table if not exists audit.fact_check_failures (
    run_id          varchar not null,
    fact_id         varchar not null,
    expectation     varchar not null
);
"""


def connect(path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(path), read_only=read_only)


LOAD_SEQ_TABLES = (
    "articles",
    "sentences",
    "tokens",
    "number_mentions",
    "article_signatures",
    "article_bands",
    "person_mentions",
)


# Raw columns added after warehouses and lakes were first written with their table: (table, column, type).
ADDED_RAW_COLUMNS = (("number_mentions", "modality", "varchar"),)


def ensure_raw_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(RAW_DDL)
    for table in LOAD_SEQ_TABLES:  # warehouses written before loads were numbered
        con.execute(f"alter table raw.{table} add column if not exists load_seq bigint default 0")
    # columns added since: warehouses written before them get them (NULL in the old rows)
    for table, column, type_ in ADDED_RAW_COLUMNS:
        con.execute(f"alter table raw.{table} add column if not exists {column} {type_}")
    _drop_raw_primary_keys(con)


def _drop_raw_primary_keys(con: duckdb.DuckDBPyConnection) -> None:
    """Warehouses written when raw tables had primary keys: DuckDB cannot drop a key, so each
    keyed table is copied once into its unkeyed form (same columns, same rows)."""
    keyed = [
        r[0]
        for r in con.execute(
            "select distinct table_name from duckdb_constraints() "
            "where database_name = current_database() and schema_name = 'raw' "
            "and constraint_type = 'PRIMARY KEY' order by 1"
        ).fetchall()
    ]
    if not keyed:
        return
    con.execute("begin transaction")
    try:
        for table in keyed:
            con.execute(f"alter table raw.{table} rename to {table}__keyed")
        con.execute(RAW_DDL)
        for table in keyed:
            con.execute(f"insert into raw.{table} by name select * from raw.{table}__keyed")
            con.execute(f"drop table raw.{table}__keyed")
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise


class WarehouseBusy(RuntimeError):
    """Another run holds the writer lock."""


@contextmanager
def writer_lock(warehouse: Path) -> Iterator[Path]:
    """One writer per warehouse: an exclusive, non-blocking lock on ``<warehouse>.lock``.

    The kernel releases the lock when the process dies, so a killed run never leaves it stale.
    """
    lock_path = warehouse.with_name(warehouse.name + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode(errors="replace").strip() or "unknown"
            raise WarehouseBusy(
                f"another Dyad run is writing to {warehouse} ({holder}); this run did not start. "
                "Try again when it has finished."
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps({"pid": os.getpid()}).encode(), 0)
        yield lock_path
    finally:
        os.close(fd)


@dataclass(frozen=True)
class WorkingCopy:
    path: Path
    published: Path


def prepare_working_copy(published: Path, work_dir: Path) -> WorkingCopy:
    """Copy the published warehouse (if any) to a fresh working file and make sure raw tables exist."""
    work_dir.mkdir(parents=True, exist_ok=True)
    work = work_dir / published.name
    for stale in (work, work.with_name(work.name + ".wal")):
        stale.unlink(missing_ok=True)
    for stage in work_dir.glob("stage-*"):  # parse output of a run that was killed
        shutil.rmtree(stage, ignore_errors=True)
    if published.exists():
        shutil.copy2(published, work)
    con = connect(work)
    try:
        ensure_raw_schema(con)
    finally:
        con.close()
    return WorkingCopy(work, published)


def publish(copy: WorkingCopy) -> None:
    """Checkpoint the working copy and atomically rename it over the published file."""
    con = connect(copy.path)
    try:
        con.execute("checkpoint")
    finally:
        con.close()
    wal = copy.path.with_name(copy.path.name + ".wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise RuntimeError(f"working copy still has a write-ahead log after checkpoint: {wal}")
    wal.unlink(missing_ok=True)
    copy.published.parent.mkdir(parents=True, exist_ok=True)
    os.replace(copy.path, copy.published)
    dir_fd = os.open(copy.published.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def discard(copy: WorkingCopy) -> None:
    for p in (copy.path, copy.path.with_name(copy.path.name + ".wal")):
        p.unlink(missing_ok=True)
    for stage in copy.path.parent.glob("stage-*"):
        shutil.rmtree(stage, ignore_errors=True)
