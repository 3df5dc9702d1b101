"""A DuckLake follows what is new: a run with nothing new builds and publishes no model table, a
run with new articles builds incrementally on copies of the lake's model tables and publishes the
rows of the keys the build logged (or, without the log, of the keys whose rows differ), and the
lake then holds what one cold run over the same inputs publishes, and what the DuckDB-file mode
publishes. Discovery lists only the inbox folders changed since the lake recorded them. Failed
audits, lost races and kill -9 during publishing leave the lake as it was."""

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
from tests.conftest import PROJECT_ROOT, SEED_FILES, SEEDS, run_pipeline, seed_inbox
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


def lake_run(root: Path, inbox: Path | list[Path], overrides: dict | None = None, **kwargs):
    return run_pipeline(
        inbox,
        root / "machine" / "dyad.duckdb",
        settings_overrides={**lake_overrides(root), **(overrides or {})},
        **kwargs,
    )


def assert_same_marts(a: duckdb.DuckDBPyConnection, b: duckdb.DuckDBPyConnection) -> None:
    """The marts of ``a`` and ``b`` hold the same rows, leaving out ``LOAD_COLUMNS``: ``b`` is
    always one cold run, where the same articles came in other loads than over several runs."""
    assert differences(a, b, "marts", ignore=LOAD_COLUMNS) == []
    assert view_names(a, "marts") == view_names(b, "marts")
    assert differences(a, b, "marts", view_names(a, "marts"), ignore=LOAD_COLUMNS) == []


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> list[Path]:
    if not (SHARED / "seeds").exists():
        pytest.skip(f"no shared seeds at {SHARED}")
    out = tmp_path_factory.mktemp("corpus")
    return generate(sum(BATCHES) + 2, out, SHARED)


ONE_FILE = "Беларусь и Казахстан подписали соглашение о сотрудничестве в сфере энергетики в Астане. "
NO_LOG_FILE = "Россия и Армения обсудили поставки зерна на переговорах в Ереване. "


class LogSpy:
    """Calls the real ``lake.publish`` and keeps, first, the change log the working file holds
    then (``audit.model_changes``: model, key JSON), or None when it has none."""

    def __init__(self) -> None:
        self.real = lake.publish
        self.logs: list[list[tuple[str, str | None]] | None] = []

    def __call__(self, settings, work_db, *args, **kwargs):
        with closing(duckdb.connect(str(work_db), read_only=True)) as con:
            try:
                self.logs.append(con.execute("select model, key_json from audit.model_changes").fetchall())
            except duckdb.CatalogException:
                self.logs.append(None)
        return self.real(settings, work_db, *args, **kwargs)


@pytest.fixture(scope="module")
def history(prefect_harness, tmp_path_factory, generated):
    """The seeds, then three batches of generated articles (one a near-duplicate of a seed), then
    one new file, then one more without the change log (a working file as one without it), each
    published by one run into the same lake. Returns (root, inbox, summaries, the change log of
    each publication)."""
    root = tmp_path_factory.mktemp("lake_incremental")
    inbox = seed_inbox(root / "inbox")
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
    spy = LogSpy()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(lake, "publish", spy)
        (inbox / "one.txt").write_text(ONE_FILE * 3, encoding="utf-8")
        summaries.append(lake_run(root, inbox))
        mp.setattr(lake, "start_change_log", lambda work_db: None)
        (inbox / "no-log.txt").write_text(NO_LOG_FILE * 3, encoding="utf-8")
        summaries.append(lake_run(root, inbox))
    return root, inbox, summaries, spy.logs


def test_incremental_runs_equal_one_cold_run_and_the_duckdb_file_mode(history, tmp_path_factory):
    root, inbox, summaries, _logs = history
    assert [s.status for s in summaries] == ["published"] * 6
    assert summaries[0].dbt_build.startswith("full")
    assert [s.dbt_build.split(":")[0] for s in summaries[1:]] == ["incremental"] * 5
    assert summaries[0].lake_publish.startswith("every model table, seed and mart view replaced")
    # each run after the first built on the working file the run before it published and kept
    # (the lake still at that run's snapshot), without copying the lake's model tables again
    assert summaries[0].working_copy == "model tables built anew (a full build)"
    assert all(s.working_copy.startswith("model tables kept from the last run") for s in summaries[1:]), [
        s.working_copy for s in summaries
    ]
    assert all(s.lake_publish.startswith("by the keys the build rewrote") for s in summaries[1:-1])
    assert summaries[-1].articles_total == 3 + sum(BATCHES) + 1 + 2

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


def _changes(con: duckdb.DuckDBPyConnection, table: str, snapshot: int) -> list[dict]:
    """The rows DuckLake's change feed shows ``snapshot`` deleted from or inserted into ``table``."""
    schema, name = table.split(".")
    cur = con.execute("from ducklake_table_changes('lake', ?, ?, ?, ?)", [schema, name, snapshot, snapshot])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def test_a_one_file_run_publishes_only_the_keys_its_build_logged(history):
    """The one-file run: the build logged each incremental model it ran and the keys it rewrote,
    the run published by them, and DuckLake's change feed of its snapshot shows rows of those
    keys only (every row of a logged key in the lake inserted again, the old ones deleted), in
    the logged tables only. The lake equals a cold build (the first test)."""
    root, _inbox, summaries, logs = history
    run = summaries[-2]
    assert run.articles_new == 1 and run.dbt_build.startswith("incremental")
    assert run.lake_publish.startswith("by the keys the build rewrote")
    assert "beside the logged keys" not in run.lake_publish
    log = logs[0]
    assert log  # the working file had the log, and the build wrote to it
    keys: dict[str, set[tuple]] = {}
    for model, key_json in log:
        keys.setdefault(model, set())
        if key_json is not None:
            keys[model].add(tuple(sorted(json.loads(key_json).items())))
    con = lake.connect(lake_settings(root), read_only=True)
    try:
        (new_id,) = con.execute(
            "select article_id from raw.articles where source_uri like '%/one.txt'"
        ).fetchone()
        assert keys["marts.articles"] == {(("article_id", new_id),)}
        described = (
            f"{sum(len(k) for k in keys.values()):,} keys in {sum(1 for k in keys.values() if k)} tables"
        )
        assert described in run.lake_publish
        written = 0
        for schema in MODEL_SCHEMAS:
            for table in table_names(con, schema):
                name = f"{schema}.{table}"
                changes = _changes(con, name, run.lake_snapshot)
                if name not in keys:  # not an incremental model of this build: compared, unchanged
                    assert changes == [], name
                    assert f"{name} (not logged)" in run.lake_publish
                    continue
                logged = keys[name]
                columns = {c for k in logged for c, _v in k}
                for row in changes:
                    assert tuple(sorted((c, row[c]) for c in columns)) in logged, (name, row)
                inserted = [r for r in changes if r["change_type"] == "insert"]
                if logged:  # every row the lake now holds under a logged key was written by the run
                    where = " or ".join(
                        "(" + " and ".join(f"{c} is not distinct from ?" for c, _v in k) + ")" for k in logged
                    )
                    params = [v for k in logged for _c, v in k]
                    (held,) = con.execute(f"select count(*) from {name} where {where}", params).fetchone()
                    assert len(inserted) == held, name
                written += len(changes)
        (total,) = con.execute(
            "select sum(estimated_size) from duckdb_tables() where database_name = 'lake' "
            "and schema_name in ('intermediate', 'marts')"
        ).fetchone()
        assert 0 < written < total / 20  # a small part of what the lake holds
    finally:
        con.close()


# an article whose only pair is Mongolia-Chile, and its next version, which names no pair
PAIR_TEXT = "Монголия и Чили подписали соглашение о сотрудничестве в сфере энергетики. " * 3
NO_PAIR_TEXT = "Монголия подписала соглашение о сотрудничестве в сфере энергетики. " * 3


def test_a_dyad_the_build_deletes_is_published_by_its_logged_key(prefect_harness, tmp_path):
    """The new version of an article names no pair any more: the build deletes its dyad's rows
    (pre-hooks of the dyad aggregates) and logs the dyad's key, so the run publishes the deletion
    by that key instead of comparing the dyad tables whole."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "pair.txt").write_text(PAIR_TEXT, encoding="utf-8")
    (inbox / "one.txt").write_text(ONE_FILE * 3, encoding="utf-8")
    assert lake_run(tmp_path, inbox).dbt_build.startswith("full")
    (inbox / "pair.tmp").write_text(NO_PAIR_TEXT, encoding="utf-8")  # renamed in: the folder changes
    os.replace(inbox / "pair.tmp", inbox / "pair.txt")
    run = lake_run(tmp_path, inbox)
    assert run.dbt_build.startswith("incremental")
    assert run.working_copy.startswith("model tables kept from the last run"), run.working_copy
    assert run.lake_publish.startswith("by the keys the build rewrote")
    assert "beside the logged keys" not in run.lake_publish, run.lake_publish
    con = lake.connect(lake_settings(tmp_path), read_only=True)
    try:
        dyads = set(con.execute("select country_a, country_b from marts.dyads").fetchall())
        changes = _changes(con, "marts.dyads", run.lake_snapshot)
    finally:
        con.close()
    assert ("CL", "MN") not in dyads and ("BY", "KZ") in dyads
    assert {(r["country_a"], r["country_b"], r["change_type"]) for r in changes} == {("CL", "MN", "delete")}


def test_without_the_change_log_the_run_compares_every_table_and_says_so(history):
    root, _inbox, summaries, logs = history
    run = summaries[-1]
    assert logs[1] is None  # the working file had no change log
    assert run.status == "published" and run.articles_new == 1
    why = (
        "every model table compared with the lake's: the working file has no change log (audit.model_changes)"
    )
    assert run.lake_publish == why
    con = lake.connect(lake_settings(root), read_only=True)
    try:
        (recorded,) = con.execute("select summary from audit.runs where run_id = ?", [run.run_id]).fetchone()
        assert json.loads(recorded)["lake_publish"] == why
        # the other runs' records say how they published
        assert (
            con.execute(
                "select count(*) from audit.runs where json_extract_string(summary, '$.lake_publish') "
                "like 'by the keys the build rewrote%'"
            ).fetchone()[0]
            == len(summaries) - 2
        )
    finally:
        con.close()


def test_a_run_with_nothing_new_writes_no_model_table(history):
    root, inbox, summaries, _logs = history
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
        # no model table, no raw table: the head row and the run's record (and the folders it
        # listed again: the last run changed the inbox just before it listed it)
        changed = lake_changed_tables(con, again.lake_snapshot)
        assert changed - {"audit.inbox_folders"} == {"audit.lake_head", "audit.runs"}
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

    root, inbox, _summaries, _logs = history
    settings = lake_settings(root)
    con = lake.connect(settings)
    try:
        folders_before = con.execute("select * from audit.inbox_folders order by all").fetchall()
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
        with closing(lake.connect(settings, read_only=True)) as con:  # the folders listed: not recorded
            assert con.execute("select * from audit.inbox_folders order by all").fetchall() == folders_before
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

    root, inbox, _summaries, _logs = history
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
        calls.append((kwargs.get("build") or args[-1]).build)
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
    # the attempt that lost wrote its working file: the rebuild copies the model tables anew
    assert summary.working_copy.startswith("model tables copied from the lake"), summary.working_copy

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


def _folders(con: duckdb.DuckDBPyConnection, run_id: str) -> dict[str, tuple]:
    return {
        r[0]: r[1:]
        for r in con.execute(
            "select folder_uri, status, full_scan from audit.inbox_folders where run_id = ?", [run_id]
        ).fetchall()
    }


def test_lake_discovery_lists_only_changed_folders_and_a_failed_audit_records_none(prefect_harness, tmp_path):
    """The folders a run listed are recorded in the lake with its other rows: the next run lists
    only the folders changed since (every one on a full scan); a run whose audit fails records
    none, so the next run lists its folders again and reads what it left."""
    from flows.pipeline import AuditBlocked

    root, inbox = tmp_path, tmp_path / "inbox"
    a, b = inbox / "a", inbox / "b"
    a.mkdir(parents=True)
    b.mkdir()
    shutil.copy2(SEED_FILES[0], a / SEED_FILES[0].name)
    shutil.copy2(SEED_FILES[1], b / SEED_FILES[1].name)
    past = 1_700_000_000  # long settled: a listing now is not racy
    for d in (a, b, inbox):
        os.utime(d, (past, past))
    settings = lake_settings(root)
    uri = {d: str(d.absolute()) for d in (inbox, a, b)}

    first = lake_run(root, inbox)
    assert first.status == "published" and first.articles_new == 2
    with closing(lake.connect(settings, read_only=True)) as con:
        assert _folders(con, first.run_id) == {u: ("listed", True) for u in uri.values()}

    shutil.copy2(SEED_FILES[2], b / SEED_FILES[2].name)
    os.utime(b, (past + 10, past + 10))
    second = lake_run(root, inbox)
    assert second.articles_new == 1 and second.files_unchanged == 2  # a: skipped, its 1 file counted
    with closing(lake.connect(settings, read_only=True)) as con:
        assert _folders(con, second.run_id) == {uri[b]: ("listed", False)}

    third = lake_run(root, inbox)  # nothing changed: no folder listed, none recorded
    assert third.files_unchanged == 3 and third.dbt_build.startswith("skip")
    with closing(lake.connect(settings, read_only=True)) as con:
        assert _folders(con, third.run_id) == {}
        recorded = con.execute("select * from audit.inbox_folders order by all").fetchall()
        (head,) = con.execute("select max(version) from audit.lake_head").fetchone()
    with closing(lake.connect(settings)) as con:  # the next load holds an article that fails the audit
        con.execute(
            """insert into raw.articles (article_id, source_uri, raw_text, body, body_start, body_end,
               had_decode_errors, run_id, ingested_at, load_seq)
               values ('broken', 'x', '', '', 0, 0, false, 'manual', now(), ?)""",
            [head + 1],
        )
    (a / "new.txt").write_text(NO_LOG_FILE * 2, encoding="utf-8")
    os.utime(a, (past + 20, past + 20))
    try:
        with pytest.raises(AuditBlocked):
            lake_run(root, inbox)
        with closing(lake.connect(settings, read_only=True)) as con:
            assert con.execute("select * from audit.inbox_folders order by all").fetchall() == recorded
    finally:
        with closing(lake.connect(settings)) as con:
            con.execute("delete from raw.articles where article_id = 'broken'")

    fifth = lake_run(root, inbox)  # lists the failed run's folder again and reads its file
    assert fifth.status == "published" and fifth.articles_new == 1
    full = lake_run(root, inbox, overrides={"full_scan": True})
    with closing(lake.connect(settings, read_only=True)) as con:
        assert _folders(con, fifth.run_id) == {uri[a]: ("listed", False)}
        assert _folders(con, full.run_id) == {u: ("listed", True) for u in uri.values()}


def test_the_lakes_manifest_rows_take_the_inodes_of_the_files_a_run_lists(prefect_harness, tmp_path):
    """Rows without an inode (a lake written before the column) and a file renamed into place with
    the same bytes: the run that lists their folder writes the files' inodes into the lake's rows,
    stamped with the run, and reads no article again; the next run knows them by inode."""
    root, inbox = tmp_path, tmp_path / "inbox"
    inbox.mkdir()
    for f in SEED_FILES[:2]:
        shutil.copy2(f, inbox / f.name)
    past = 1_700_000_000
    os.utime(inbox, (past, past))
    settings = lake_settings(root)
    assert lake_run(root, inbox).articles_new == 2
    with closing(lake.connect(settings)) as con:
        con.execute("update raw.file_manifest set inode = null")

    same = inbox / SEED_FILES[1].name
    shutil.copyfile(same, inbox / ".same.part")  # the same bytes under a new inode and mtime
    os.utime(inbox / ".same.part", (past + 5, past + 5))
    os.replace(inbox / ".same.part", same)
    shutil.copy2(SEED_FILES[2], inbox / SEED_FILES[2].name)
    second = lake_run(root, inbox)
    assert second.status == "published" and second.articles_new == 1
    with closing(lake.connect(settings, read_only=True)) as con:
        rows = con.execute(
            "select source_uri, inode, changed_run_id from raw.file_manifest order by source_uri"
        ).fetchall()
    assert [(Path(u).name, i) for u, i, _r in rows] == sorted(
        (p.name, p.stat().st_ino) for p in inbox.iterdir()
    )
    assert {r for _u, _i, r in rows} == {second.run_id}  # two rows restamped, one recorded

    (inbox / "new.txt").write_text(NO_LOG_FILE * 2, encoding="utf-8")
    third = lake_run(root, inbox)
    assert third.articles_new == 1 and third.files_new == 1


KILLED_PUBLISH = """
import json, os, signal, sys
from flows import lake
publish_changes = lake._publish_changes
def publish_then_die(*args):
    publish_changes(*args)  # every delete and insert of the transaction written, not committed
    os.kill(os.getpid(), signal.SIGKILL)
lake._publish_changes = publish_then_die
from flows.pipeline import pipeline
pipeline(inbox=[sys.argv[1]], warehouse_path=sys.argv[2], settings_overrides=json.loads(sys.argv[3]))
"""


def test_kill_9_while_publishing_leaves_the_lake_as_it_was_and_the_next_run_completes(history, tmp_path):
    from prefect.settings import PREFECT_API_URL

    root, inbox, _summaries, _logs = history
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
    # the killed run had started writing the working file the run before it kept: not built on
    assert resumed.working_copy.endswith("no working file was kept by a published run"), resumed.working_copy
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
