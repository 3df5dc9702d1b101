"""``dyad maintain`` on a DuckLake that several runs wrote: the small files of the incremental
publishes are merged, rows inlined in the catalog written out, old snapshots expired and the
files no snapshot needs (or no commit recorded) deleted, while every table and view keeps its
rows; the next run still builds on the working file the last run kept."""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import datetime, timedelta
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from flows import lake
from flows.cli import app
from tests.conftest import SEED_FILES, run_pipeline, seed_inbox
from tests.e2e.test_scale_out import lake_overrides, lake_settings
from tests.tables import table_digests

pytestmark = pytest.mark.slow

# One more article per run, each naming other countries than the seeds: each incremental
# publish rewrites rows of a few keys in most model tables (new small files, deleted rows).
EXTRA = (
    "Министр иностранных дел Армении Арарат Мирзоян провёл переговоры с главой МИД Грузии в Тбилиси. "
    "Стороны обсудили транзит грузов и товарооборот, который в 2024 году вырос на 12%.",
    "Президент Казахстана Касым-Жомарт Токаев встретился в Ташкенте с президентом Узбекистана. "
    "Товарооборот двух стран достиг 4 млрд долларов.",
    "Польша и Литва подписали в Вильнюсе соглашение о строительстве газопровода; Беларусь выразила протест.",
)


def data_files(root: Path) -> set[Path]:
    return set((root / "lake" / "data").rglob("*.parquet"))


def catalog_files(con: duckdb.DuckDBPyConnection) -> set[Path]:
    """Every file the catalog still lists (any snapshot), as absolute paths."""
    meta = "__ducklake_metadata_lake"
    (data_path,) = con.execute(
        f"select value from {meta}.ducklake_metadata where key = 'data_path'"
    ).fetchone()
    rows = con.execute(
        f"select s.path, t.path, f.path, f.path_is_relative from {meta}.ducklake_data_file f "
        f"join {meta}.ducklake_table t using (table_id) join {meta}.ducklake_schema s using (schema_id) "
        f"union all select s.path, t.path, d.path, d.path_is_relative from {meta}.ducklake_delete_file d "
        f"join {meta}.ducklake_table t using (table_id) join {meta}.ducklake_schema s using (schema_id)"
    ).fetchall()
    out = set()
    for schema, table, path, relative in rows:
        out.add(Path(data_path, schema or "", table or "", path) if relative else Path(path))
    return {p.resolve() for p in out}


def published(settings) -> tuple[dict[str, tuple], list[tuple[str, str, str]], int]:
    """Digests of every table of the lake, its views' SQL, and how many snapshots it keeps."""
    con = lake.open_published(settings)
    try:
        views = con.execute(
            "select schema_name, view_name, sql from duckdb_views() where database_name = 'lake' order by all"
        ).fetchall()
        (snapshots,) = con.execute("select count(*) from ducklake_snapshots('lake')").fetchone()
        return table_digests(con, "lake"), views, snapshots
    finally:
        con.close()


@pytest.fixture(scope="module")
def lake_of_runs(tmp_path_factory, prefect_harness):
    """A lake written by a cold run over the seeds, one run with nothing new and three runs of
    one new file each; the inbox folder, and the root."""
    root = tmp_path_factory.mktemp("maintained")
    inbox = seed_inbox(root / "inbox")
    machine = root / "machine" / "dyad.duckdb"
    summaries = [run_pipeline(inbox, machine, settings_overrides=lake_overrides(root))]
    summaries.append(run_pipeline(inbox, machine, settings_overrides=lake_overrides(root)))
    for i, text in enumerate(EXTRA):
        (inbox / f"extra-{i}.txt").write_text(text, encoding="utf-8")
        summaries.append(run_pipeline(inbox, machine, settings_overrides=lake_overrides(root)))
    assert [s.status for s in summaries] == ["published"] * len(summaries)
    assert [s.dbt_build.split(":")[0] for s in summaries] == ["full", "skip"] + ["incremental"] * len(EXTRA)
    return root, inbox


def live_files_by_table(settings) -> dict[str, int]:
    """How many data files the lake's latest snapshot reads, by table id."""
    con = lake.open_published(settings)
    try:
        meta = "__ducklake_metadata_lake"
        return dict(
            con.execute(
                f"select table_id, count(*) from {meta}.ducklake_data_file where end_snapshot is null group by 1"
            ).fetchall()
        )
    finally:
        con.close()


def age_catalog(root: Path, days: int) -> None:
    """Make every snapshot of the lake, and every file it gave up, ``days`` older: the SQLite
    catalog's times (text) moved back."""
    con = sqlite3.connect(root / "lake" / "catalog.sqlite")
    try:
        for table, column in (
            ("ducklake_snapshot", "snapshot_time"),
            ("ducklake_files_scheduled_for_deletion", "schedule_start"),
        ):
            for rowid, value in con.execute(f"select rowid, {column} from {table}").fetchall():
                moved = datetime.fromisoformat(value) - timedelta(days=days)
                con.execute(
                    f"update {table} set {column} = ? where rowid = ?",
                    [f"{moved:%Y-%m-%d %H:%M:%S.%f}+00", rowid],
                )
        con.commit()
    finally:
        con.close()


def test_maintenance_merges_and_deletes_files_and_keeps_every_row(lake_of_runs):
    root, _inbox = lake_of_runs
    settings = lake_settings(root)
    before, views, snapshots = published(settings)
    by_table = live_files_by_table(settings)
    files = data_files(root)
    # a file no commit recorded (a publish killed before its commit), written two days ago, and
    # one written just now (another machine's publish may be about to commit it)
    orphan_dir = root / "lake" / "data" / "marts" / "dyads"
    orphan_dir.mkdir(parents=True, exist_ok=True)
    old_orphan = orphan_dir / "ducklake-killed-publish.parquet"
    new_orphan = orphan_dir / "ducklake-in-flight.parquet"
    for orphan in (old_orphan, new_orphan):
        duckdb.sql(f"copy (select 1 as x) to '{orphan}' (format parquet)")
    two_days_ago = time.time() - 2 * 86_400
    os.utime(old_orphan, (two_days_ago, two_days_ago))

    done = lake.maintain(settings, keep_days=1, grace=timedelta(hours=1))

    assert done.files_merged > done.files_written > 0, done.describe()
    assert done.rows_flushed > 0, done.describe()  # the run with nothing new inlined its rows
    # the only files more after than before are those the inlined rows were written out to: the
    # message says so
    assert done.tables_flushed > 0 and f"into new files of {done.tables_flushed} tables" in done.describe()
    assert done.files_after <= done.files_before + done.tables_flushed, done.describe()
    by_table_after = live_files_by_table(settings)
    assert by_table_after, done.describe()
    for table, n in by_table_after.items():  # small files merged; rows out of the catalog in one more
        assert n <= max(by_table.get(table, 0), 1), (table, by_table.get(table), n)
    split = [t for t, n in by_table.items() if n > 1]  # tables the incremental publishes wrote again
    assert split and sum(by_table_after[t] for t in split) < sum(by_table[t] for t in split)
    assert done.snapshots_expired == 0  # none is a day old
    assert not old_orphan.exists() and new_orphan.exists()
    # the merged files were given up just now: kept a while for readers still reading them
    assert files <= data_files(root)
    after, views_after, snapshots_after = published(settings)
    assert after == before
    assert views_after == views
    assert snapshots_after > snapshots  # the maintenance's own snapshots

    # three days on: the old snapshots expire (all but the latest), and the files no snapshot
    # needs any more, given up more than the grace ago, are deleted; again three days on, the
    # files the expired snapshots gave up are too: every file left is one the catalog lists
    age_catalog(root, 3)
    later = lake.maintain(settings, keep_days=1, grace=timedelta(hours=1))
    # all but the latest that changed rows (the last run's) and the maintenance's own after it
    assert later.snapshots_expired == snapshots - 1, later.describe()
    assert later.files_deleted > 0, later.describe()
    age_catalog(root, 3)
    os.utime(new_orphan, (two_days_ago, two_days_ago))
    lake.maintain(settings, keep_days=1, grace=timedelta(hours=1))
    con = lake.open_published(settings)
    try:
        listed = catalog_files(con)
    finally:
        con.close()
    assert {p.resolve() for p in data_files(root)} == listed
    assert published(settings)[:2] == (before, views)


def test_the_next_run_builds_on_the_kept_working_file(lake_of_runs):
    root, inbox = lake_of_runs
    settings = lake_settings(root)
    machine = root / "machine" / "dyad.duckdb"
    (inbox / "extra-after-1.txt").write_text(
        "Глава МИД Турции Хакан Фидан посетил Баку и встретился с президентом Азербайджана.", encoding="utf-8"
    )
    last = run_pipeline(inbox, machine, settings_overrides=lake_overrides(root))
    assert last.status == "published"
    # the run's small rows are inlined in the catalog, its head row's update an inlined deletion:
    # written out, they make a snapshot that reports the rows deleted, yet changes none
    done = lake.maintain(settings)
    assert done.rows_flushed > 0, done.describe()
    state = lake.read_state(settings)
    assert state.snapshot > last.lake_snapshot
    assert state.data_snapshot == last.lake_snapshot
    (inbox / "extra-after-2.txt").write_text(
        "Премьер-министр Армении Никол Пашинян прибыл в Париж на переговоры с президентом Франции.",
        encoding="utf-8",
    )
    summary = run_pipeline(inbox, machine, settings_overrides=lake_overrides(root))
    assert summary.status == "published"
    assert summary.dbt_build.startswith("incremental")
    assert summary.working_copy.startswith("model tables kept from the last run"), summary.working_copy
    con = lake.open_published(settings)
    try:
        (n,) = con.execute("select count(*) from marts.articles").fetchone()
    finally:
        con.close()
    assert n == len(SEED_FILES) + len(EXTRA) + 2


def test_dyad_maintain_reports_on_a_lake_and_says_there_is_nothing_to_do_in_a_file(lake_of_runs, monkeypatch):
    root, _inbox = lake_of_runs
    for key, value in lake_overrides(root).items():
        monkeypatch.setenv(f"DYAD_{key.upper()}", value)
    done = CliRunner().invoke(app, ["maintain", "--keep-days", "1"])
    assert done.exit_code == 0, done.output
    assert "files read by the latest snapshot" in done.output
    monkeypatch.setenv("DYAD_WAREHOUSE_MODE", "duckdb")
    monkeypatch.setenv("DYAD_WAREHOUSE", str(root / "embedded" / "dyad.duckdb"))
    done = CliRunner().invoke(app, ["maintain"])
    assert done.exit_code == 0, done.output
    assert "nothing to maintain" in done.output


def test_the_nightly_refresh_maintains_the_lake(lake_of_runs, monkeypatch):
    from flows.pipeline import nightly_refresh

    root, inbox = lake_of_runs
    for key, value in lake_overrides(root).items():
        monkeypatch.setenv(f"DYAD_{key.upper()}", value)
    settings = lake_settings(root)
    before = published(settings)[0]
    summary = nightly_refresh(inbox=[str(inbox)], warehouse_path=str(root / "machine" / "dyad.duckdb"))
    assert summary.status == "published" and summary.dbt_build.startswith("full")
    con = lake.open_published(settings)
    try:
        after_run = con.execute(
            "select list(map_keys(changes) order by snapshot_id) from ducklake_snapshots('lake') where snapshot_id > ?",
            [summary.lake_snapshot],
        ).fetchone()[0]
    finally:
        con.close()
    # the full publish replaced every model table; the maintenance after it wrote out the rows
    # the run inlined in the catalog (its run row, its head row) and merged what it could
    assert after_run and all(set(keys) & set(lake.STORAGE_CHANGES) for keys in after_run), after_run
    assert lake.read_state(settings).data_snapshot == summary.lake_snapshot
    assert published(settings)[0].keys() == before.keys()
