"""The DuckLake mode with its catalog in a real PostgreSQL server (started by the test on
127.0.0.1): the multi-machine set-up of README "Scaling out"."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flows import lake
from flows.settings import load_settings
from tests.conftest import run_pipeline
from tests.postgres import postgres_server
from tests.unit.warehouse.test_lake import _run_row, _work_file, check_incremental_publication


@pytest.fixture(scope="module")
def pg():
    with postgres_server() as server:
        yield server


def pg_overrides(pg, tmp_path: Path, dbname: str) -> dict:
    pg.create_database(dbname)
    return {
        "warehouse_mode": "ducklake",
        "lake_catalog": f"ducklake:postgres:{pg.conninfo(dbname)}",
        "lake_data_path": str(tmp_path / "data"),
        "warehouse": str(tmp_path / "work" / "dyad.duckdb"),
    }


def test_a_publication_that_loses_a_concurrent_commit_is_refused(pg, tmp_path, monkeypatch):
    """Another machine commits between this run's BEGIN and COMMIT: DuckLake refuses the second
    commit on PostgreSQL, and publish reports a LakeConflict (the run then rebuilds)."""
    s = load_settings(pg_overrides(pg, tmp_path, "lake_conflict"), environ={})
    lake.ensure_lake(s)
    state = lake.read_state(s)
    work = _work_file(s, tmp_path, state.snapshot, 1)
    real_copy_comments = lake._copy_comments
    commits = []

    def another_machine_commits_meanwhile(con, schema, tables):
        if not commits:  # once, while this publication copies the comments of its first schema
            other = lake.connect(s)
            try:
                other.execute("update audit.lake_head set version = version + 1, run_id = 'other'")
            finally:
                other.close()
            commits.append(schema)
        return real_copy_comments(con, schema, tables)

    monkeypatch.setattr(lake, "_copy_comments", another_machine_commits_meanwhile)
    with pytest.raises(lake.LakeConflict, match="at the same time"):
        lake.publish(s, work, state, "run1", _run_row("run1"), [])
    con = lake.connect(s, read_only=True)
    try:
        assert con.execute("select version, run_id from audit.lake_head").fetchall() == [(1, "other")]
        assert con.execute("select count(*) from raw.articles").fetchone()[0] == 0
        assert not con.execute("select * from duckdb_tables() where schema_name = 'marts'").fetchall()
    finally:
        con.close()


@pytest.mark.slow
def test_an_incremental_publication_on_a_postgresql_catalog(pg, tmp_path):
    """Deleting and inserting the changed keys of model tables, in a PostgreSQL catalog."""
    check_incremental_publication(
        load_settings(pg_overrides(pg, tmp_path, "lake_incremental"), environ={}), tmp_path
    )


@pytest.mark.slow
def test_pipeline_on_a_postgresql_catalog(pg, prefect_harness, inbox, tmp_path):
    overrides = pg_overrides(pg, tmp_path, "lake_run")
    summary = run_pipeline(inbox, Path(overrides["warehouse"]), settings_overrides=overrides)
    assert summary.status == "published"
    assert (summary.files_new, summary.articles_new, summary.articles_total) == (3, 3, 3)
    s = load_settings(overrides, environ={})
    assert lake.catalog_file(s) is None
    con = lake.open_published(s)  # what `dyad sql` and `dyad status` read
    try:
        rel = {
            (a, b): (n, f)
            for a, b, n, f in con.execute(
                "select country_a, country_b, article_count, fact_count from marts.dyads"
            ).fetchall()
        }
        assert rel == {("BY", "CN"): (1, 2), ("BY", "KZ"): (1, 7), ("BY", "RU"): (1, 1)}
        assert con.execute("select count(*) from raw.articles").fetchone()[0] == 3
        assert con.execute("select count(*) from raw.tokens").fetchone()[0] > 500
        assert (
            con.execute("select max(snapshot_id) from lake.snapshots()").fetchone()[0]
            == summary.lake_snapshot
        )
    finally:
        con.close()
    assert list((tmp_path / "data").rglob("*.parquet"))  # the data is Parquet under the data path


@pytest.mark.slow
def test_two_machines_run_at_once_on_one_postgresql_lake(pg, prefect_harness, inbox, tmp_path):
    """Two `dyad run` processes (two machines' working folders) ingest the same shared inbox
    into one lake at the same time: both succeed, the articles are stored once, and the later
    publication was built on the earlier one (never on a stale snapshot)."""
    from prefect.settings import PREFECT_API_URL

    overrides = pg_overrides(pg, tmp_path, "lake_two_machines")
    s = load_settings(overrides, environ={})
    lake.ensure_lake(s)
    start = lake.current_snapshot(s)
    env = dict(os.environ)
    env.update(
        PREFECT_API_URL=PREFECT_API_URL.value(),
        COLUMNS="200",
        DYAD_WAREHOUSE_MODE="ducklake",
        DYAD_LAKE_CATALOG=overrides["lake_catalog"],
        DYAD_LAKE_DATA_PATH=overrides["lake_data_path"],
    )
    machines = ["machine-a", "machine-b"]
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "flows",
                "run",
                "--inbox",
                str(inbox),
                "--warehouse",
                str(tmp_path / m / "dyad.duckdb"),
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for m in machines
    ]
    outs = [p.communicate(timeout=1200) for p in procs]
    for p, (out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, (out[-2000:], err[-4000:])
        assert "lake snapshot:" in out
    records = sorted(
        (
            json.loads(f.read_text(encoding="utf-8"))
            for m in machines
            for f in (tmp_path / m / "runs").glob("*.json")
        ),
        key=lambda r: r["lake_snapshot"],
    )
    first, second = records
    assert first["lake_snapshot_read"] == start
    assert second["lake_snapshot_read"] >= first["lake_snapshot"]
    assert first["articles_new"] + second["articles_new"] == 3
    con = lake.open_published(s)
    try:
        assert con.execute("select count(*), count(distinct article_id) from raw.articles").fetchone() == (
            3,
            3,
        )
        assert con.execute("select count(*) from marts.articles").fetchone()[0] == 3
        assert con.execute("select count(*) from audit.runs where status = 'published'").fetchone()[0] == 2
        assert con.execute("select version from audit.lake_head").fetchone()[0] == 2
    finally:
        con.close()
    res = subprocess.run(
        [sys.executable, "-m", "flows", "sql", "select count(*) as n from marts.people", "--format", "json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout) == [{"n": 6}]


@pytest.mark.slow
def test_machines_attaching_a_new_catalog_at_once_all_attach_it(pg, tmp_path):
    """Several processes attach a catalog no one has created yet at the same moment (workers of a
    pool starting together): each creates its tables, the losers fail on the winner's rows and
    attach again; every process attaches the lake. The processes start together at a set time,
    on three new catalogs in turn."""
    code = (
        "import json, sys, time\n"
        "from flows import lake\n"
        "from flows.settings import load_settings\n"
        "s = load_settings(json.loads(sys.argv[1]), environ={})\n"
        "lake.duckdb_config()\n"
        "time.sleep(max(0.0, float(sys.argv[2]) - time.time()))\n"
        "con = lake.connect(s)\n"
        "print(con.execute('select 1').fetchone()[0])\n"
        "con.close()\n"
    )
    for round_ in range(3):
        overrides = pg_overrides(pg, tmp_path / str(round_), f"lake_first_attach_{round_}")
        start = time.time() + 6.0
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", code, json.dumps(overrides), str(start)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(6)
        ]
        outs = [p.communicate(timeout=120) for p in procs]
        assert [p.returncode for p in procs] == [0] * 6, [err[-600:] for _, err in outs]
        assert [out.strip() for out, _ in outs] == ["1"] * 6
