"""A DuckLake follows what is new: a run with nothing new builds and publishes no model table, a
run with new articles builds incrementally on copies of the lake's model tables and publishes the
rows of the keys they touch, and the lake then holds what one cold run over the same inputs
publishes, and what the DuckDB-file mode publishes. Failed audits, lost races and kill -9 during
publishing leave the lake as it was."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import duckdb
import pytest

from benchmarks.corpus import generate
from flows import lake
from tests.conftest import PROJECT_ROOT, SEED_FILES, SEEDS, run_pipeline
from tests.e2e.test_scale_out import lake_overrides, lake_settings
from tests.tables import differences, lake_changed_tables, table_names, view_names

pytestmark = pytest.mark.slow

SHARED = PROJECT_ROOT.parent / "shared"
BATCHES = (60, 60, 30)  # generated articles added by the runs after the seeds' run
MODEL_SCHEMAS = ("intermediate", "marts")

# the load that brought an article differs between one run and several: rows are compared without it
LOAD_COLUMNS = frozenset({"load_seq"})


def model_files(root: Path) -> set[Path]:
    """The Parquet files of the lake's model tables (DuckLake writes data/<schema>/<table>/)."""
    return {f for s in MODEL_SCHEMAS for f in (root / "lake" / "data" / s).rglob("*.parquet")}


def lake_run(root: Path, inbox: Path | list[Path], **kwargs):
    return run_pipeline(
        inbox, root / "machine" / "dyad.duckdb", settings_overrides=lake_overrides(root), **kwargs
    )


def assert_same_marts(a: duckdb.DuckDBPyConnection, b: duckdb.DuckDBPyConnection) -> None:
    assert differences(a, b, "marts") == []
    assert view_names(a, "marts") == view_names(b, "marts")
    assert differences(a, b, "marts", view_names(a, "marts")) == []


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> list[Path]:
    if not (SHARED / "seeds").exists():
        pytest.skip(f"no shared seeds at {SHARED}")
    out = tmp_path_factory.mktemp("corpus")
    return generate(sum(BATCHES) + 2, out, SHARED)


@pytest.fixture(scope="module")
def history(prefect_harness, tmp_path_factory, generated):
    """The seeds, then three batches of generated articles (one a near-duplicate of a seed), each
    published by one run into the same lake."""
    root = tmp_path_factory.mktemp("lake_incremental")
    inbox = root / "inbox"
    inbox.mkdir()
    for f in SEED_FILES:
        shutil.copy2(f, inbox / f.name)
    summaries = [lake_run(root, inbox)]
    start = 0
    for i, n in enumerate(BATCHES):
        for f in generated[start : start + n]:
            shutil.copy2(f, inbox / f.name)
        start += n
        if i == 0:  # a near-duplicate of a seed: the canonical article of an older story
            text = (SEEDS / "002_f7808c3b0d4d12dc.txt").read_text(encoding="utf-8")
            (inbox / "edition.txt").write_text(
                text.replace("очень добрые", "весьма добрые"), encoding="utf-8"
            )
        summaries.append(lake_run(root, inbox))
    return root, inbox, summaries


def test_incremental_runs_equal_one_cold_run_and_the_duckdb_file_mode(history, tmp_path_factory):
    root, inbox, summaries = history
    assert [s.status for s in summaries] == ["published"] * 4
    assert summaries[0].dbt_build.startswith("full")
    assert [s.dbt_build.split(":")[0] for s in summaries[1:]] == ["incremental"] * 3
    assert summaries[-1].articles_total == 3 + sum(BATCHES) + 1

    cold_root = tmp_path_factory.mktemp("lake_cold")
    cold = lake_run(cold_root, inbox)
    assert cold.dbt_build.startswith("full") and cold.articles_total == summaries[-1].articles_total
    wh = cold_root / "file" / "dyad.duckdb"
    assert run_pipeline(inbox, wh).status == "published"

    inc = lake.connect(lake_settings(root), read_only=True)
    one = lake.connect(lake_settings(cold_root), read_only=True)
    embedded = duckdb.connect(str(wh), read_only=True)
    try:
        assert_same_marts(inc, one)
        assert_same_marts(inc, embedded)
        # what the next incremental build reads is the same too
        assert table_names(inc, "intermediate") == table_names(one, "intermediate")
        assert differences(inc, one, "intermediate", ignore=LOAD_COLUMNS) == []
        assert (
            inc.execute("select count(*) from marts.articles").fetchone()[0] == summaries[-1].articles_total
        )
    finally:
        inc.close()
        one.close()
        embedded.close()


def test_a_run_with_nothing_new_writes_no_model_table(history):
    root, inbox, summaries = history
    settings = lake_settings(root)
    files = model_files(root)
    before = lake.current_snapshot(settings)
    con = lake.connect(settings, read_only=True)
    try:
        runs_before = con.execute("select count(*) from audit.runs").fetchone()[0]
    finally:
        con.close()
    again = lake_run(root, inbox)
    assert again.status == "published" and again.dbt_build.startswith("skip")
    assert again.articles_new == 0 and again.articles_total == summaries[-1].articles_total
    assert again.facts_total == summaries[-1].facts_total
    assert model_files(root) == files  # not one Parquet file of a model table written
    con = lake.connect(settings, read_only=True)
    try:
        assert con.execute("select count(*) from audit.runs").fetchone()[0] == runs_before + 1
        snapshots = [
            r[0]
            for r in con.execute(
                "select snapshot_id from lake.snapshots() where snapshot_id > ?", [before]
            ).fetchall()
        ]
        assert snapshots == [again.lake_snapshot]  # the run is one small transaction
        # no model table, no raw table: the head row and the run's record
        assert lake_changed_tables(con, again.lake_snapshot) == {"audit.lake_head", "audit.runs"}
        assert (
            json.loads(
                con.execute("select summary from audit.runs where run_id = ?", [again.run_id]).fetchone()[0]
            )["articles_total"]
            == summaries[-1].articles_total
        )
    finally:
        con.close()


def test_failed_audit_of_an_incremental_run_publishes_nothing(history):
    """An article of the new load with an empty body (written into the lake's raw rows beside the
    run's, as if loaded with it) fails the suite-level audit of the incremental build."""
    from flows.pipeline import AuditBlocked

    root, inbox, _ = history
    settings = lake_settings(root)
    con = lake.connect(settings)
    try:
        (head,) = con.execute("select max(version) from audit.lake_head").fetchone()
        con.execute(
            """insert into raw.articles (article_id, source_uri, raw_text, body, body_start, body_end,
               had_decode_errors, run_id, ingested_at, load_seq)
               values ('broken', 'x', '', '', 0, 0, false, 'manual', now(), ?)""",
            [head + 1],
        )
    finally:
        con.close()
    before, files = lake.current_snapshot(settings), model_files(root)
    extra = root / "extra"
    extra.mkdir()
    (extra / "new.txt").write_text(
        "Беларусь и Вьетнам обсудили сотрудничество в образовании и науке на встрече в Ханое.",
        encoding="utf-8",
    )
    try:
        with pytest.raises(AuditBlocked, match="body_not_empty"):
            lake_run(root, [inbox, extra])
        assert lake.current_snapshot(settings) == before
        assert model_files(root) == files
    finally:
        with closing(lake.connect(settings)) as con:
            con.execute("delete from raw.articles where article_id = 'broken'")
        shutil.rmtree(extra)
    assert not list((root / "machine" / ".work").glob("lake-*.duckdb"))


def test_a_run_that_loses_the_race_rebuilds_incrementally_on_the_winners_snapshot(
    history, generated, tmp_path_factory, monkeypatch
):
    """While machine A builds, machine B publishes a run with new articles of its own (a real run,
    in another process). A's commit is refused; A reads the lake again, builds incrementally on
    B's snapshot, and publishes: the lake then holds what one cold run over both inboxes does."""
    from prefect.settings import PREFECT_API_URL

    root, inbox, _ = history
    settings = lake_settings(root)
    inbox_b = root / "inbox-b"
    inbox_b.mkdir()
    shutil.copy2(generated[-1], inbox_b / generated[-1].name)
    extra = root / "inbox-a"
    extra.mkdir()
    shutil.copy2(generated[-2], extra / generated[-2].name)
    env = dict(
        os.environ,
        PREFECT_API_URL=PREFECT_API_URL.value(),
        DYAD_WAREHOUSE_MODE="ducklake",
        DYAD_LAKE_CATALOG=lake_overrides(root)["lake_catalog"],
        DYAD_LAKE_DATA_PATH=lake_overrides(root)["lake_data_path"],
    )
    real_publish = lake.publish
    calls: list[str] = []

    def machine_b_publishes_first(*args, **kwargs):
        calls.append(kwargs.get("build") or args[-1])
        if len(calls) == 1:
            done = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "flows",
                    "run",
                    "--inbox",
                    str(inbox_b),
                    "--warehouse",
                    str(root / "machine-b" / "dyad.duckdb"),
                ],
                env=env,
                capture_output=True,
                text=True,
                timeout=900,
            )
            assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
        return real_publish(*args, **kwargs)

    monkeypatch.setattr(lake, "publish", machine_b_publishes_first)
    summary = lake_run(root, [inbox, extra])
    monkeypatch.undo()
    assert calls == ["incremental", "incremental"]
    assert summary.status == "published" and summary.dbt_build.startswith("incremental")
    assert summary.articles_new == 1

    cold_root = tmp_path_factory.mktemp("lake_cold_race")
    cold = lake_run(cold_root, [inbox, extra, inbox_b])
    assert cold.articles_total == summary.articles_total
    inc, one = lake.connect(settings, read_only=True), lake.connect(lake_settings(cold_root), read_only=True)
    try:
        assert_same_marts(inc, one)
        assert differences(inc, one, "intermediate", ignore=LOAD_COLUMNS) == []
    finally:
        inc.close()
        one.close()


KILLED_PUBLISH = """
import json, os, signal, sys
from flows import lake
publish_changes = lake._publish_changes
def publish_then_die(con):
    publish_changes(con)  # every delete and insert of the transaction written, not committed
    os.kill(os.getpid(), signal.SIGKILL)
lake._publish_changes = publish_then_die
from flows.pipeline import pipeline
pipeline(inbox=[sys.argv[1]], warehouse_path=sys.argv[2], settings_overrides=json.loads(sys.argv[3]))
"""


def test_kill_9_while_publishing_leaves_the_lake_as_it_was_and_the_next_run_completes(history, tmp_path):
    from prefect.settings import PREFECT_API_URL

    root, inbox, _ = history
    settings = lake_settings(root)
    (inbox / "killed.txt").write_text(
        "Беларусь и Вьетнам обсудили сотрудничество в образовании и науке. "
        "Товарооборот Беларуси и Вьетнама в 2024 году превысил $150 млн.",
        encoding="utf-8",
    )
    con = lake.connect(settings, read_only=True)
    try:
        marts_before = {
            t: con.execute(f"select count(*) from marts.{t}").fetchone()[0] for t in ("articles", "dyads")
        }
    finally:
        con.close()
    before = lake.current_snapshot(settings)
    script = tmp_path / "killed_publish.py"
    script.write_text(KILLED_PUBLISH, encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            str(script),
            str(inbox),
            str(root / "machine" / "dyad.duckdb"),
            json.dumps(lake_overrides(root)),
        ],
        env=dict(os.environ, PREFECT_API_URL=PREFECT_API_URL.value()),
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == -signal.SIGKILL, done.stdout[-3000:] + done.stderr[-3000:]
    assert lake.current_snapshot(settings) == before
    con = lake.connect(settings, read_only=True)
    try:
        assert {
            t: con.execute(f"select count(*) from marts.{t}").fetchone()[0] for t in marts_before
        } == marts_before
        assert not con.execute(
            "select * from raw.file_manifest where source_uri like '%killed.txt'"
        ).fetchall()
    finally:
        con.close()

    resumed = lake_run(root, inbox)
    assert resumed.status == "published" and resumed.dbt_build.startswith("incremental")
    assert resumed.articles_new == 1 and resumed.articles_total == marts_before["articles"] + 1
    cold_root = tmp_path / "cold"  # every input the lake has seen, in their folders
    others = [d for d in (root / "inbox-a", root / "inbox-b") if d.exists()]
    assert lake_run(cold_root, [inbox, *others]).status == "published"
    inc, one = lake.connect(settings, read_only=True), lake.connect(lake_settings(cold_root), read_only=True)
    try:
        assert_same_marts(inc, one)
    finally:
        inc.close()
        one.close()
