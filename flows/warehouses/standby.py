"""Write-audit-publish of one DuckDB file without copying the whole file at every run.

Two full files live on one filesystem: the published warehouse ``P`` and the *standby* ``S``
(``.work/<name>``, in the hidden working folder beside ``P``). ``S`` holds what
``P`` held before the last run. A run

1. marks ``S`` dirty (``.work/<name>.dirty``, naming the run),
2. *catches it up* from ``P`` (attached read-only, so readers of ``P`` are not disturbed) by
   applying only what the last run changed (:func:`catch_up`), and checks that ``S`` now equals
   ``P`` (:func:`differences`),
3. loads, builds and audits in ``S``,
4. checkpoints ``S`` and swaps the two files (:func:`swap`): ``P`` is hard-linked to
   ``.work/<name>.previous``, ``S`` is renamed over ``P``, that link over ``S``, and the
   dirty mark is removed. Every intermediate state leaves a complete published file; readers
   holding the old ``P`` keep reading it (it is now ``S``, which no run writes while a process
   has it open).

When ``S`` cannot be caught up, the run copies ``P`` whole to ``S`` (today's working copy), which
is correct, only slower; the reason is returned (:class:`Prepared`) and recorded in the run
summary (``working_copy``): no standby yet (the first runs; a run that fails removes it),
marked dirty (a run was killed while writing it), held open by another process, a published
file written outside a run since the last swap (its inode, size or modification time differ
from ``.work/<name>.published``), a different schema or dbt project fingerprint, not exactly
one published run behind, a run ahead that built every model in full (the catch-up would
replace every model, row by row: a whole copy costs less), or a check after the catch-up that
failed.

What the catch-up copies per table (:func:`catch_up`), reading what the last run changed, not
what is stored:

- raw tables whose rows carry ``load_seq`` (``flows.schema.load_seq_tables``) only gain rows: the
  rows of loads above the standby's highest ``load_seq`` are appended (DuckDB skips the row groups
  of older loads by their ``load_seq`` statistics);
- dbt models built incrementally (delete+insert on their ``unique_key``): the last run logged
  the keys it rewrote or deleted in ``audit.model_changes`` (``flows/warehouses/changes.py``); the
  rows of those keys are deleted and inserted again from the published file. A run empties
  that table before it builds, so it holds the last run's keys only. In the models keyed by
  ``article_id``, the articles the catch-up appended to ``raw.articles`` are new: nothing is
  deleted for them, and where the model's rows carry ``load_seq`` theirs are read from the row
  groups of the new loads only; the other logged articles (rewritten ones) are looked up in the
  whole table;
- tables whose rows carry the run that last wrote them (``RUN_STAMPED``: the file manifest,
  stamped ``changed_run_id`` when a run records an input or updates its mtime, and the audit
  tables a run appends to by ``run_id``): the rows the run ahead stamped are copied, replacing
  the rows of the same key (``source_uri``, ``version`` in the manifest);
- every other table (a model the last run built whole, ``audit.dbt_state``, reference seeds) is
  replaced by the published rows, in place (its definition, constraints and comments stay),
  unless its rows and their digest (``sum(hash(row))``) agree already. After an incremental
  build these are small (seeds, state); after a full build they are every model.

The check after the catch-up (:func:`differences`) compares what costs little whatever the size:
the schema, every table's row count (DuckDB keeps it per row group and reads only the row groups
with deleted rows), the highest ``load_seq`` of the append-only tables (from its statistics), and
the row count and digest of whole rows of what the catch-up copied: the rows of the appended loads
(in the raw tables and in the models whose rows carry ``load_seq``), the rows stamped with the run
ahead, the tables replaced whole. A row the last run added or removed that the catch-up did not
copy changes a row count; a row it changed changes the digest of its load or run. What the check
no longer sees (it read every row before: counts and key digests) is one key's rows swapped for
another's without logging either, keeping every count, in rows of older loads or in a model
without ``load_seq`` (an update in place there was never seen). No writer of the warehouse does
that: the models log every key they rewrite or delete, the other tables only gain rows.

Views, macros and sequences are not copied: a difference in them is a schema difference.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from flows import warehouse
from flows.schema import load_seq_tables
from flows.warehouses.changes import CHANGE_LOG, copy_logged_keys, logged_keys, reset_change_log

APPEND_ONLY = frozenset(f"raw.{t}" for t in load_seq_tables())
# Tables whose rows carry the run that last wrote them: table -> (that column, the key of a row).
# A run only appends rows stamped with its id, or (with a key) also rewrites rows it stamps.
RUN_STAMPED: dict[str, tuple[str, tuple[str, ...]]] = {
    "raw.file_manifest": ("changed_run_id", ("source_uri", "version")),  # mtime updates rewrite rows
    "audit.runs": ("run_id", ("run_id",)),
    "audit.rejected_files": ("run_id", ()),
    "audit.inbox_folders": ("run_id", ()),
    "audit.validation_results": ("run_id", ()),
    "audit.fact_check_failures": ("run_id", ()),
}
_PUB = "dyad_published"  # the catalog name of the published file attached to the standby
# DuckDB's memory while it catches the standby up (its own default is 80% of the machine's): the
# digests and the rows copied spill beyond it
CATCH_UP_MEMORY_LIMIT = "1GB"


def _q(catalog: str) -> str:
    """``catalog`` quoted as an SQL identifier."""
    return '"' + catalog.replace('"', '""') + '"'


def standby_path(published: Path, work_dir: Path) -> Path:
    """The standby of ``published`` (a resolved path): the file of its name in ``work_dir``."""
    return work_dir / published.name


def dirty_mark(standby: Path) -> Path:
    """The file whose presence says ``standby`` is not a complete earlier state of the published one."""
    return standby.with_name(standby.name + ".dirty")


def previous_link(standby: Path) -> Path:
    """The temporary hard link to the published file during :func:`swap`."""
    return standby.with_name(standby.name + ".previous")


@dataclass
class Prepared:
    """The standby a run writes in and how it got there.

    ``mode`` is ``caught-up`` or ``copied``; ``reason`` says why a copy was made (empty after a
    catch-up); ``seconds`` the time it took; ``rows`` the rows the catch-up wrote by table
    (appended or replaced), ``bytes_copied`` the size of a full copy."""

    copy: warehouse.WorkingCopy
    mode: str
    reason: str = ""
    seconds: float = 0.0
    rows: dict[str, int] = field(default_factory=dict)
    bytes_copied: int = 0

    def describe(self) -> str:
        """One line for the run summary, e.g. ``caught up: 1,234 rows in 7 tables (0.4 s)``."""
        if self.mode == "caught-up":
            written = sum(self.rows.values())
            tables = sum(1 for n in self.rows.values() if n)
            return f"standby caught up: {written:,} rows in {tables} tables ({self.seconds:.1f} s)"
        return f"full copy ({self.bytes_copied:,} bytes, {self.seconds:.1f} s): {self.reason}"


def published_record(standby: Path) -> Path:
    """The file holding the identity (inode, size, mtime) of the published file as the last swap
    left it: a published file written since, outside a run, is not what the standby trails."""
    return standby.with_name(standby.name + ".published")


def _record_published(standby: Path, published: Path) -> None:
    record, tmp = published_record(standby), standby.with_name(standby.name + ".published.tmp")
    tmp.write_text(json.dumps(warehouse._identity(published)), encoding="utf-8")
    os.replace(tmp, record)


def _mark_dirty(standby: Path, why: str) -> None:
    mark = dirty_mark(standby)
    mark.write_text(why + "\n", encoding="utf-8")
    warehouse.fsync_dir(mark.parent)


def _remove(*paths: Path) -> None:
    for p in paths:
        p.unlink(missing_ok=True)


# --------------------------------------------------------------------------- why not catch up


def _schema(con: duckdb.DuckDBPyConnection, catalog: str) -> list[tuple]:
    """Tables (with their SQL, so columns, types and constraints), columns with comments, views,
    sequences and macros of ``catalog``: what must match for a catch-up of rows to be enough."""
    q = "'" + catalog.replace("'", "''") + "'"
    return [
        *con.execute(
            f"select 'table', schema_name, table_name, sql, comment::varchar from duckdb_tables() "
            f"where database_name = {q} order by 2, 3"
        ).fetchall(),
        *con.execute(
            f"select 'column', schema_name, table_name, column_name, comment::varchar from duckdb_columns() "
            f"where database_name = {q} order by 2, 3, column_index"
        ).fetchall(),
        *con.execute(
            f"select 'view', schema_name, view_name, sql, comment::varchar from duckdb_views() "
            f"where database_name = {q} and not internal order by 2, 3"
        ).fetchall(),
        *con.execute(
            f"select 'sequence', schema_name, sequence_name, null, null from duckdb_sequences() "
            f"where database_name = {q} order by 2, 3"
        ).fetchall(),
        *con.execute(
            f"select 'macro', schema_name, function_name, null, null from duckdb_functions() "
            f"where database_name = {q} and not internal and function_type like '%macro' order by 2, 3"
        ).fetchall(),
    ]


def _tables(con: duckdb.DuckDBPyConnection, catalog: str) -> list[str]:
    return [
        f"{s}.{t}"
        for s, t in con.execute(
            "select schema_name, table_name from duckdb_tables() where database_name = ? order by 1, 2",
            [catalog],
        ).fetchall()
    ]


def _published_runs(con: duckdb.DuckDBPyConnection, catalog: str) -> set[str]:
    try:
        rows = con.execute(
            f"select run_id from {_q(catalog)}.audit.runs where status = 'published'"
        ).fetchall()
    except duckdb.CatalogException:
        return set()
    return {r[0] for r in rows}


def _project_hash(con: duckdb.DuckDBPyConnection, catalog: str) -> list:
    try:
        return con.execute(f"select project_hash from {_q(catalog)}.audit.dbt_state order by all").fetchall()
    except duckdb.CatalogException:
        return []


def _behind_reason(con: duckdb.DuckDBPyConnection, standby_catalog: str) -> str | None:
    """Why the attached published file is not exactly one run ahead of the standby, or is one whose
    build was full; None when the standby can be caught up."""
    if _schema(con, standby_catalog) != _schema(con, _PUB):
        return "the schema of the published warehouse differs from the standby's"
    if _project_hash(con, standby_catalog) != _project_hash(con, _PUB):
        return "the dbt project fingerprint changed since the standby was published"
    mine, theirs = _published_runs(con, standby_catalog), _published_runs(con, _PUB)
    ahead = theirs - mine
    if not mine <= theirs or len(ahead) != 1:
        return (
            f"the standby is not one run behind the published warehouse ({len(ahead)} published "
            f"runs ahead, {len(mine - theirs)} unknown to it)"
        )
    (build,) = con.execute(
        f"select summary->>'dbt_build' from {_q(_PUB)}.audit.runs where run_id = ?", [next(iter(ahead))]
    ).fetchone()
    if (build or "").startswith("full"):
        # every model was rebuilt: the catch-up would replace them all, row by row
        return "the run ahead built every model in full (a whole copy costs less than replacing them)"
    return None


def _open_reason(standby: Path, published: Path) -> str | None:
    """Why ``standby`` cannot be caught up from ``published`` before looking inside them; None
    when it may be."""
    if not standby.exists():
        return "there is no standby yet"
    mark = dirty_mark(standby)
    if mark.exists():
        said = mark.read_text(encoding="utf-8", errors="replace").strip()
        return f"the standby is marked dirty ({said or 'no reason recorded'})"
    if warehouse._wal(standby).exists():
        return "the standby has a write-ahead log left by a run that did not finish"
    try:
        recorded = json.loads(published_record(standby).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        recorded = None
    if recorded != list(warehouse._identity(published) or ()):
        return "the published file was written outside a run since the last run published it"
    holders = warehouse.processes_with_open(standby)
    if holders:
        who = ", ".join(warehouse._describe_pid(p) for p in holders[:3])
        return f"the standby (the previously published file) is held open by {who}"
    return None


# ------------------------------------------------------------------------------ catch-up and check


def _digest(con: duckdb.DuckDBPyConnection, table: str) -> tuple:
    """(rows, order-free digest of every row) of ``table``."""
    return con.execute(f"select count(*), sum(hash(t)) from {table} as t").fetchone()


def _run_ahead(con: duckdb.DuckDBPyConnection, catalog: str) -> str:
    """The one published run ``catalog`` holds that the database of ``con`` lacks; ValueError
    when there is not exactly one."""
    (me,) = con.execute("select current_database()").fetchone()
    ahead = _published_runs(con, catalog) - _published_runs(con, me)
    if len(ahead) != 1:
        raise ValueError(f"{catalog} is {len(ahead)} published runs ahead, not one")
    return next(iter(ahead))


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


@dataclass
class CaughtUp:
    """What :func:`catch_up` wrote: ``rows`` by table (appended or copied), and ``selections``,
    per table, the SQL condition (over the alias ``t``) that selects the rows it copied (the
    rows of the loads it appended, the rows stamped with the run ahead, or ``true`` for a table
    replaced whole), which :func:`differences` compares in both files."""

    rows: dict[str, int] = field(default_factory=dict)
    selections: dict[str, str] = field(default_factory=dict)


def _copy_stamped(con: duckdb.DuckDBPyConnection, catalog: str, table: str, run_id: str) -> int:
    """Copy from ``catalog`` the rows of ``table`` (``RUN_STAMPED``) that run ``run_id`` wrote:
    with a key, the rows of the same keys are deleted first (rows the run rewrote); returns the
    rows inserted."""
    stamp, keys = RUN_STAMPED[table]
    if keys:
        on = " and ".join(f"t.{k} = s.{k}" for k in keys)
        con.execute(
            f"delete from {table} as t using (select {', '.join(keys)} from {_q(catalog)}.{table} "
            f"where {stamp} = ?) as s where {on}",
            [run_id],
        )
    return con.execute(
        f"insert into {table} by name select * from {_q(catalog)}.{table} where {stamp} = ?", [run_id]
    ).fetchone()[0]


def _columns(con: duckdb.DuckDBPyConnection, catalog: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for schema_name, name, column in con.execute(
        "select schema_name, table_name, column_name from duckdb_columns() where database_name = ?", [catalog]
    ).fetchall():
        out.setdefault(f"{schema_name}.{name}", set()).add(column)
    return out


def _copy_article_rows(
    con: duckdb.DuckDBPyConnection, catalog: str, table: str, through: int, has_load_seq: bool
) -> int:
    """Copy the rows of the articles ``catalog``'s change log names for ``table`` (a model keyed
    by ``article_id``), reading only what changed where it can. The articles of the loads above
    ``through`` (``dyad_new_articles``, made by :func:`catch_up`) are new: the standby holds no
    row of theirs, and in a model whose rows carry ``load_seq`` theirs are above ``through`` too,
    so their rows are read from the row groups of those loads only. The rows of the other logged
    articles (rewritten ones: a superseded version, a changed near-duplicate) are deleted and
    copied by a look-up over the whole table. Returns the rows inserted. Were a model's rows of a
    new article elsewhere, the counts that :func:`differences` compares would differ."""
    source = f"{_q(catalog)}.{table}"
    con.execute(
        f"create or replace temp table dyad_keys as select distinct (key_json ->> 'article_id')::varchar "
        f"as article_id from {_q(catalog)}.{CHANGE_LOG} where model = ? and key_json is not null",
        [table],
    )
    con.execute(
        "create or replace temp table dyad_old_keys as select article_id from dyad_keys "
        "anti join dyad_new_articles using (article_id)"
    )
    (old,) = con.execute("select count(*) from dyad_old_keys").fetchone()
    n = 0
    if old:
        con.execute(f"delete from {table} as t using dyad_old_keys as k where t.article_id = k.article_id")
        (n,) = con.execute(
            f"insert into {table} by name select t.* from {source} as t semi join dyad_old_keys as k "
            "on t.article_id = k.article_id"
        ).fetchone()
    where = f"where t.load_seq > {int(through)}" if has_load_seq else ""
    (m,) = con.execute(
        f"insert into {table} by name select t.* from {source} as t "
        f"semi join (select article_id from dyad_keys semi join dyad_new_articles using (article_id)) as k "
        f"on t.article_id = k.article_id {where}"
    ).fetchone()
    con.execute("drop table dyad_keys; drop table dyad_old_keys")
    return n + m


def catch_up(con: duckdb.DuckDBPyConnection, catalog: str = _PUB) -> CaughtUp:
    """Apply to the database of ``con`` what the attached ``catalog`` (one published run ahead)
    has that it lacks, in one transaction; returns the rows written by table and what to compare
    (:class:`CaughtUp`).

    - append-only raw tables (``APPEND_ONLY``): the rows with a higher ``load_seq`` are appended;
    - run-stamped tables (``RUN_STAMPED``: the file manifest, the audit tables a run appends to):
      the rows stamped with the run ahead are copied (with a key: replacing the rows of their keys);
    - models the last run changed by key (``audit.model_changes``): the rows of those keys are
      deleted and inserted from ``catalog`` (:func:`_copy_article_rows` for the models keyed by
      ``article_id``);
    - every other table: replaced whole, unless its rows and their digest agree already.

    ValueError when ``catalog`` is not exactly one published run ahead."""
    out = CaughtUp()
    changed = logged_keys(con, catalog)
    ahead = _run_ahead(con, catalog)
    columns = _columns(con, catalog)
    (articles_through,) = con.execute("select coalesce(max(load_seq), -1) from raw.articles").fetchone()
    con.execute("begin transaction")
    try:
        con.execute(
            "create or replace temp table dyad_new_articles as select article_id "
            f"from {_q(catalog)}.raw.articles where load_seq > ?",
            [articles_through],
        )
        for table in _tables(con, catalog):
            if table in APPEND_ONLY:
                (through,) = con.execute(f"select coalesce(max(load_seq), -1) from {table}").fetchone()
                n = con.execute(
                    f"insert into {table} by name select * from {_q(catalog)}.{table} where load_seq > ?",
                    [through],
                ).fetchone()[0]
                out.selections[table] = f"t.load_seq > {int(through)}"
            elif table in RUN_STAMPED:
                n = _copy_stamped(con, catalog, table, ahead)
                out.selections[table] = f"t.{RUN_STAMPED[table][0]} = {_literal(ahead)}"
            elif table in changed:
                if not changed[table]:
                    continue
                if changed[table] == ["article_id"]:
                    has_seq = "load_seq" in columns.get(table, set())
                    n = _copy_article_rows(con, catalog, table, articles_through, has_seq)
                    if has_seq:  # the new articles' rows, the only ones of those loads
                        out.selections[table] = f"t.load_seq > {int(articles_through)}"
                else:
                    n = copy_logged_keys(con, catalog, table, changed[table])
            elif _digest(con, table) == _digest(con, f"{_q(catalog)}.{table}"):
                continue
            else:
                con.execute(f"delete from {table}")
                n = con.execute(
                    f"insert into {table} by name select * from {_q(catalog)}.{table}"
                ).fetchone()[0]
                out.selections[table] = "true"
            out.rows[table] = n
        con.execute("drop table dyad_new_articles")
        con.execute("commit")
    except BaseException:
        warehouse.rollback(con)
        raise
    return out


def _summary_sql(table: str, catalog: str, columns: set[str]) -> str:
    parts = ["count(*)"]
    if "load_seq" in columns:  # an append-only table: its loads say which rows it has
        parts += ["sum(load_seq)", "max(load_seq)"]
    if table in RUN_STAMPED:  # copied by run: the digest of its whole rows
        key = "t"
    elif table in APPEND_ONLY:
        key = None
    else:
        key = next((c for c in ("article_id", "run_id", "fact_id", "source_uri") if c in columns), None)
    if key:  # order-free digest of the key column
        parts.append(f"sum(hash({key}))")
    prefix = f"{_q(catalog)}." if catalog else ""
    return f"select {', '.join(parts)} from {prefix}{table} as t"


def differences(
    con: duckdb.DuckDBPyConnection,
    standby_catalog: str,
    catalog: str = _PUB,
    selections: dict[str, str] | None = None,
) -> list[str]:
    """The tables that differ between the two attached catalogs, and schema differences; empty
    when they agree.

    With ``selections`` (what a catch-up copied, :attr:`CaughtUp.selections`), what is compared
    follows what the last run changed, not what is stored: every table's row count (DuckDB keeps
    it per row group: only the row groups with deleted rows are read) and, for the append-only
    raw tables, its highest ``load_seq`` (from the column's statistics); and the row count and
    order-free digest of the whole rows of each selection (the loads appended, the rows stamped
    with the run, the tables replaced whole). Without, every row of every table is read: row
    count, ``load_seq`` sum and maximum, digest of whole rows (``RUN_STAMPED``) or of the key
    (other tables but the append-only ones: ``sum(hash(key))`` of ``article_id``, ``run_id``,
    ``fact_id`` or ``source_uri``, the first it has)."""
    if _schema(con, standby_catalog) != _schema(con, catalog):
        return ["schema"]
    out = []
    columns_of = _columns(con, catalog)
    tables = _tables(con, catalog)
    if selections is None:
        for table in tables:
            columns = columns_of.get(table, set())
            mine = con.execute(_summary_sql(table, standby_catalog, columns)).fetchone()
            theirs = con.execute(_summary_sql(table, catalog, columns)).fetchone()
            if mine != theirs:
                out.append(f"{table} ({mine} != {theirs})")
        return out
    # one query per catalog (a statement costs more than a count): counts, then the selections
    parts = [
        f"select {_literal(t)}, 'rows', count(*), "
        f"{'max(load_seq)' if t in APPEND_ONLY else 'null::bigint'}, null::hugeint from {{cat}}.{t}"
        for t in tables
    ]
    parts += [
        f"select {_literal(t)}, 'copied rows', count(*), null::bigint, sum(hash(t)) "
        f"from {{cat}}.{t} as t where {selections[t]}"
        for t in tables
        if t in selections
    ]
    mine, theirs = (
        {
            (r[0], r[1]): r[2:]
            for r in con.execute(" union all ".join(parts).replace("{cat}", _q(c))).fetchall()
        }
        for c in (standby_catalog, catalog)
    )
    for key, summary in theirs.items():
        if mine.get(key) != summary:
            out.append(f"{key[0]} {key[1]} ({mine.get(key)} != {summary})")
    return out


# ------------------------------------------------------------------------------- prepare, publish


def prepare(published: Path, work_dir: Path, run_id: str) -> Prepared:
    """Bring the standby of ``published`` to the published state, marked dirty for run ``run_id``.

    Catches it up (see the module) when it can, else copies the published file whole; with
    nothing published yet, starts an empty standby. Makes sure the raw tables exist. Raises
    :class:`flows.warehouse.WarehouseInUse` when another process writes to the published file,
    :class:`flows.warehouse.NoSpace` when the standby does not fit, ``ValueError`` when
    ``work_dir`` is on another filesystem than ``published`` (a symlink's target)."""
    t0 = time.perf_counter()
    published = warehouse.resolved(published)
    warehouse.require_one_filesystem(work_dir, published)
    standby = standby_path(published, work_dir)
    # what a killed run left: the link of an unfinished swap, spill files, staged parse output
    _remove(previous_link(standby))
    for d in (standby.with_name(standby.name + ".tmp"), *work_dir.glob("stage-*")):
        shutil.rmtree(d, ignore_errors=True)
    reason = _open_reason(standby, published)
    rows: dict[str, int] = {}
    copied = 0
    with warehouse._held_unwritten(published, "copying it"):
        _mark_dirty(standby, f"run {run_id} was writing it")
        copied_from = warehouse._identity(published)
        if copied_from is None:
            _remove(standby, warehouse._wal(standby))
            reason = "nothing is published yet"
        else:
            if reason is None:
                try:
                    rows, reason = _catch_up_file(standby, published)
                except Exception as exc:
                    if warehouse.is_disk_full(exc):
                        raise warehouse.no_space(standby, "catching up", exc) from exc
                    reason = f"the catch-up failed ({type(exc).__name__}: {str(exc).splitlines()[0]})"
            if reason is not None:
                rows = {}
                copied = warehouse.copy_whole(published, standby)
    copy = warehouse.WorkingCopy(standby, published, copied_from)
    try:
        con = warehouse.connect(standby)
        try:
            warehouse.ensure_raw_schema(con)
            reset_change_log(con)
        finally:
            con.close()
    except Exception as exc:
        if warehouse.is_disk_full(exc):
            raise warehouse.no_space(standby, "preparing", exc) from exc
        raise
    mode = "caught-up" if reason is None else "copied"
    return Prepared(copy, mode, reason or "", time.perf_counter() - t0, rows, copied)


def _catch_up_file(standby: Path, published: Path) -> tuple[dict[str, int], str | None]:
    """Catch ``standby`` up from ``published``: (rows written by table, None), or ({}, why not)."""
    con = warehouse.connect(standby)
    try:
        con.execute(f"set memory_limit = '{CATCH_UP_MEMORY_LIMIT}'")
        path = str(published).replace("'", "''")
        con.execute(f"attach '{path}' as {_PUB} (read_only)")
        try:
            (me,) = con.execute("select current_database()").fetchone()
            why = _behind_reason(con, me)
            if why is not None:
                return {}, why
            caught = catch_up(con)
            diff = differences(con, me, selections=caught.selections)
            if diff:
                return {}, "the caught-up standby differs from the published warehouse: " + "; ".join(
                    diff[:3]
                )
            return caught.rows, None
        finally:
            con.execute(f"detach {_PUB}")
    finally:
        con.close()


def swap(copy: warehouse.WorkingCopy) -> None:
    """Publish the standby ``copy.path``: checkpoint it, then (``P`` published, ``S`` standby,
    ``L`` a temporary link) link ``P`` to ``L``, rename ``S`` over ``P`` and ``L`` over ``S``, and
    remove the dirty mark. A kill between two steps leaves a complete ``P`` and a dirty ``S``.

    Raises :class:`flows.warehouse.WarehouseInUse` (nothing published) when another process has
    the published file open for writing, a ``.wal`` lies beside it, or it changed since the run
    started from it."""
    standby = copy.path
    warehouse.checkpoint_alone(standby)
    published = warehouse.resolved(copy.published)
    link = previous_link(standby)
    with warehouse._held_unwritten(published, "publishing"):
        if warehouse._identity(published) != copy.copied_from:  # also: published since it was missing
            warehouse.check_unchanged(published, copy)
            raise warehouse.WarehouseInUse(f"{published} was published by another process during this run")
        _remove(link)
        if copy.copied_from is not None:
            os.link(published, link)
        os.replace(standby, published)
        if copy.copied_from is not None:
            os.replace(link, standby)
        _record_published(standby, published)
    warehouse.fsync_dir(published.parent)
    if standby.parent != published.parent:
        warehouse.fsync_dir(standby.parent)
    _remove(dirty_mark(standby))
    warehouse.fsync_dir(standby.parent)


def cleanup(standby: Path, failed: bool) -> None:
    """Remove what a run left beside the standby (spill files, staged parse output, the swap's
    link); after a run that ``failed`` while the standby is marked dirty, also the standby (the
    next run would only copy over it), its write-ahead log and then its dirty mark."""
    paths = [previous_link(standby)]
    if failed and dirty_mark(standby).exists():
        paths += [standby, warehouse._wal(standby), dirty_mark(standby)]
    for p in paths:
        with contextlib.suppress(OSError):
            p.unlink(missing_ok=True)
    for d in (standby.with_name(standby.name + ".tmp"), *standby.parent.glob("stage-*")):
        shutil.rmtree(d, ignore_errors=True)
