"""Write parse results into the raw tables: one transaction, so a killed run leaves no partial article.

Decisions (new, unchanged, duplicate, rejected) are taken here, input by input, on the light
results; the bulky rows (sentences, tokens, facts, people, signatures, bands) come from the
Parquet files the parse chunks wrote (``flows.ingest.staging``), one set-based insert per table
that keeps only the accepted articles (by ``stage_key``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import duckdb
import pandas as pd

from flows import schema
from flows.ingest.documents import InputItem, ParseResult
from flows.ingest.frames import exact_frame
from flows.ingest.inbox import Seen
from flows.ingest.staging import STAGED_TABLES, stage_key, staged_files
from flows.sql import literal, literal_list
from flows.warehouse import rollback


@dataclass
class LoadStats:
    files_new: int = 0
    files_unchanged: int = 0  # touched (new mtime) but same bytes
    files_duplicate: int = 0
    files_rejected: int = 0
    files_deferred: int = 0  # changed while being read: left for the next run, not recorded
    articles_new: int = 0
    facts_new: int = 0
    load_seq: int = 0  # the number of this load: its rows carry it (incremental models read it)
    rejected: list[tuple[str, str]] = field(default_factory=list)
    deferred: list[tuple[str, str]] = field(default_factory=list)

    def add(self, later: LoadStats) -> LoadStats:
        """These counts and lists with those of ``later``, a later batch of the same load (same
        ``load_seq``; ValueError otherwise); returns self."""
        if later.load_seq != self.load_seq:
            raise ValueError(f"batches of one load share its load_seq ({self.load_seq} != {later.load_seq})")
        for name in (
            "files_new", "files_unchanged", "files_duplicate", "files_rejected", "files_deferred",
            "articles_new", "facts_new",
        ):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(later, name))
        self.rejected += later.rejected
        self.deferred += later.deferred
        return self


@dataclass
class LoadBatch:
    """A batch of a run that loads its inputs in several (``Warehouse.batch_inputs``): what the
    run's earlier batches loaded (None for the first: it takes the load's number and records the
    rejections of discovery), their inputs' light results (``recorded``: the inbox folders are
    recorded with the ``last`` batch)."""

    earlier: LoadStats | None = None
    recorded: list[ParseResult] = field(default_factory=list)
    last: bool = True


# DuckDB's memory for the load (its own default is 80% of the machine's): beyond it, it writes
# the rows it holds out to the file sooner or spills, instead of holding a cold run's tokens. The
# load streams staged Parquet into the tables (a semi join on the batch's few keys): 256 MB loads
# a batch as fast as 1 GB did, and a cold run of 20,000 articles peaks 330 MB lower while loading
# (the flow process 1,371 -> 1,015 MB; every process together, proportional sets, 1,646 -> 1,316 MB).
LOAD_MEMORY_LIMIT = "256MB"

MANIFEST = schema.table("raw.file_manifest")
REJECTED = schema.table("audit.rejected_files")


def touched_input(res: ParseResult, manifest: dict) -> tuple | None:
    """``(mtime_ns, inode, uri, version)`` to write into the manifest row of ``res``'s input when
    its bytes are those that row records (same content hash), else None (a new version). An input
    recorded as rejected is never merely touched: read again (touched, or with
    ``retry_rejected``), it is recorded again, ingested or rejected anew."""
    prev = manifest.get(res.item.source_uri)
    if prev and prev.status != "rejected" and res.content_hash and prev.content_hash == res.content_hash:
        return (res.item.mtime_ns, res.item.inode, res.item.source_uri, prev.version)
    return None


def restamp_manifest(con: duckdb.DuckDBPyConnection, table: str, updates: list[tuple], run_id: str) -> None:
    """Write ``updates`` (``(mtime_ns, inode, source_uri, version)``: :func:`touched_input`, and
    the unchanged inputs discovery found under another inode, ``Discovery.restamped``) into the
    manifest rows of ``table`` (``raw.file_manifest``, or the lake's), stamped with ``run_id``
    (``changed_run_id``: a standby catches up the rows a run changed), in one statement: after an
    upgrade the first listing of a large folder gives its inodes to every row at once."""
    if not updates:
        return
    frame = pd.DataFrame(  # noqa: F841  (read by DuckDB's replacement scan)
        {
            "mtime_ns": pd.array([u[0] for u in updates], dtype="Int64"),
            "inode": pd.array([u[1] for u in updates], dtype="Int64"),
            "source_uri": [u[2] for u in updates],
            "version": pd.array([u[3] for u in updates], dtype="Int64"),
        }
    )
    con.execute(
        f"""
        update {table} as m
        set mtime_ns = u.mtime_ns, inode = u.inode, changed_run_id = $run
        from (select * from frame) as u
        where m.source_uri = u.source_uri and m.version = u.version
        """,
        {"run": run_id},
    )


def insert_rows(con: duckdb.DuckDBPyConnection, table: schema.Table, rows: list[dict]) -> None:
    """Insert ``rows`` (dicts keyed by column name, every row with the same keys) into ``table``,
    naming the columns as flows/schema.py declares them; its integer columns exact (no float
    round-trip). KeyError for a key the table does not declare."""
    if not rows:
        return
    columns = [c for c in table.column_names if c in rows[0]]
    unknown = set(rows[0]) - set(columns)
    if unknown:
        raise KeyError(f"{table.qualified} has no column {sorted(unknown)}")
    df = exact_frame(  # noqa: F841  (read by DuckDB's replacement scan)
        [tuple(r[c] for c in columns) for r in rows], columns, table.integer_columns
    )
    names = ", ".join(columns)
    con.execute(f"insert into {table.qualified} ({names}) select {names} from df")


def _insert_staged(
    con: duckdb.DuckDBPyConnection,
    stage_dir: Path,
    accepted: list[tuple[int, str]],
    load_seq: int,
    run_id: str,
    now: datetime,
) -> int:
    """Insert the staged rows of the accepted articles; returns the number of numeric facts."""
    keep = pd.DataFrame.from_records(accepted, columns=["stage_key", "article_id"])  # noqa: F841
    facts = 0
    for table, columns in STAGED_TABLES.items():
        files = staged_files(stage_dir, table)
        if not files:
            continue
        cols = ", ".join(columns)
        extra, params = ("run_id, ingested_at, ", [run_id, now]) if table == "articles" else ("", [])
        inserted = con.execute(
            f"""insert into raw.{table} ({cols}, {extra}load_seq)
                select {", ".join(f"s.{c}" for c in columns)}, {"?, ?, " if extra else ""}{int(load_seq)}
                from read_parquet({literal_list(files)}) s
                semi join keep k on s.stage_key = k.stage_key and s.article_id = k.article_id""",
            params,
        ).fetchone()[0]
        if table == "number_mentions":
            facts = inserted
    return facts


def stored_articles(con: duckdb.DuckDBPyConnection, article_ids: set[str]) -> dict[str, str]:
    """The articles of ``article_ids`` that ``raw.articles`` already holds: article id -> source
    uri. Reads the rows of those ids only (a semi join on the key), so what it costs follows the
    parsed articles, not the stored ones."""
    if not article_ids:
        return {}
    ids = pd.DataFrame({"article_id": sorted(article_ids)})  # noqa: F841  (read by DuckDB)
    rows = con.execute(
        "select a.article_id, a.source_uri from raw.articles a semi join ids using (article_id)"
    ).fetchall()
    return dict(rows)


def load_results(
    con: duckdb.DuckDBPyConnection,
    results: list[ParseResult],
    stage_dir: Path,
    rejected_inputs: list[tuple[InputItem, str]],
    manifest: dict[str, Seen],
    run_id: str,
    now: datetime,
    known_ids: dict[str, str] | None = None,
    load_seq: int | None = None,
    restamped: list[tuple] = (),
) -> LoadStats:
    """``known_ids`` (article id -> source uri) and ``load_seq`` replace reading them from
    ``raw.articles`` when the articles already stored live elsewhere (the DuckLake mode,
    flows/lake.py). ``restamped``: manifest rows to give a new mtime and inode
    (``Discovery.restamped``), written with the load's rows."""
    stats = LoadStats()
    if load_seq is None:
        load_seq = con.execute("select coalesce(max(load_seq), 0) + 1 from raw.articles").fetchone()[0]
    stats.load_seq = load_seq
    if known_ids is None:
        known_ids = stored_articles(con, {a.article_id for res in results for a in res.articles})
    else:
        known_ids = dict(known_ids)

    need = getattr(manifest, "need", None)
    if need is not None:  # a manifest read as asked (flows.ingest.inbox.Manifest): the inputs recorded here
        need(
            [res.item.source_uri for res in results] + [item.source_uri for item, _r in rejected_inputs], con
        )

    manifest_rows: list[dict] = []
    mtime_updates: list[tuple] = list(restamped)
    accepted: list[tuple[int, str]] = []  # (stage_key, article_id) whose staged rows are loaded
    rejected_rows: list[dict] = []

    def manifest_row(item: InputItem, content_hash, status, article_id, reason, encoding) -> None:
        prev = manifest.get(item.source_uri)
        version = (prev.version + 1) if prev else 1
        manifest_rows.append(
            {
                "source_uri": item.source_uri,
                "version": version,
                "source_kind": item.kind,
                "size_bytes": item.size_bytes,
                "mtime_ns": item.mtime_ns,
                "inode": item.inode,
                "content_hash": content_hash,
                "status": status,
                "article_id": article_id,
                "reason": reason,
                "encoding": encoding,
                "run_id": run_id,
                "recorded_at": now,
                "changed_run_id": run_id,
            }
        )

    def reject(uri: str, reason: str) -> None:
        stats.files_rejected += 1
        stats.rejected.append((uri, reason))
        rejected_rows.append({"source_uri": uri, "reason": reason, "detected_at": now, "run_id": run_id})

    for item, reason in rejected_inputs:
        reject(item.source_uri, reason)
        manifest_row(item, None, "rejected", None, reason, None)

    for res in results:
        item = res.item
        if res.deferred:  # no manifest row: the next run sees the file as new and reads it whole
            stats.files_deferred += 1
            stats.deferred.append((item.source_uri, res.deferred))
            continue
        touch = touched_input(res, manifest)
        if touch is not None:
            # same bytes, new mtime: remember the mtime so the next run skips it without reading
            stats.files_unchanged += 1
            mtime_updates.append(touch)
            continue
        for uri, reason in res.rejected:
            reject(uri, reason)
        if not res.articles:  # nothing usable in the file: the file itself is rejected
            reason = res.rejected[0][1] if res.rejected else "no article"
            if len(res.rejected) > 1:
                reason = f"{reason} (and {len(res.rejected) - 1} more items)"
            manifest_row(item, res.content_hash, "rejected", None, reason, res.encoding)
            continue
        stats.files_new += 1
        fresh = [(i, a) for i, a in enumerate(res.articles) if a.article_id not in known_ids]
        if not fresh:
            first = res.articles[0].article_id
            stats.files_duplicate += 1
            manifest_row(
                item,
                res.content_hash,
                "duplicate",
                first,
                f"same article as {known_ids[first]}",
                res.encoding,
            )
            continue
        manifest_row(item, res.content_hash, "ingested", fresh[0][1].article_id, None, res.encoding)
        for i, art in fresh:
            if art.article_id in known_ids:  # repeated inside one JSON Lines file
                continue
            known_ids[art.article_id] = art.source_uri
            stats.articles_new += 1
            accepted.append((stage_key(res.item_idx, i), art.article_id))

    with memory_limit(con, LOAD_MEMORY_LIMIT):
        _write(con, stats, manifest_rows, rejected_rows, accepted, mtime_updates, stage_dir, run_id, now)
    return stats


@contextmanager
def memory_limit(con: duckdb.DuckDBPyConnection, limit: str) -> Iterator[None]:
    """DuckDB's ``memory_limit`` of ``con`` set to ``limit`` (such as ``"1GB"``) inside the block,
    and back to what it was after it."""
    (previous,) = con.execute("select current_setting('memory_limit')").fetchone()
    con.execute(f"set memory_limit = {literal(limit)}")
    try:
        yield
    finally:
        with suppress(duckdb.Error):  # a connection that failed keeps its real error
            con.execute(f"set memory_limit = {literal(previous)}")


def _write(
    con: duckdb.DuckDBPyConnection,
    stats: LoadStats,
    manifest_rows: list[dict],
    rejected_rows: list[dict],
    accepted: list[tuple[int, str]],
    mtime_updates: list[tuple],
    stage_dir: Path,
    run_id: str,
    now: datetime,
) -> None:
    """The load's rows, in one transaction."""
    con.execute("begin transaction")
    try:
        insert_rows(con, MANIFEST, manifest_rows)
        insert_rows(con, REJECTED, rejected_rows)
        if accepted:
            stats.facts_new = _insert_staged(con, stage_dir, accepted, stats.load_seq, run_id, now)
        restamp_manifest(con, "raw.file_manifest", mtime_updates, run_id)
        con.execute("commit")
    except BaseException:
        rollback(con)  # keeps the real failure (a full disk fails the commit itself)
        raise
