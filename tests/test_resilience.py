"""A run killed with SIGKILL in the middle leaves no partial article and never touches the
published warehouse; the next run completes the work."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import duckdb
import pytest

from tests.conftest import SEEDS, run_pipeline

pytestmark = pytest.mark.slow


def _distinct_articles(inbox, n: int) -> None:
    base = (SEEDS / "002_f7808c3b0d4d12dc.txt").read_text(encoding="utf-8")
    for i in range(n):
        text = base.replace("30 межрегиональных соглашений", f"{31 + i} межрегиональных соглашений")
        text = text.replace("Сегодня состоялась встреча", f"В {i + 1}-й раз состоялась встреча")
        (inbox / f"article_{i:04d}.txt").write_text(text, encoding="utf-8")


def test_kill_9_mid_run_then_resume(prefect_harness, inbox, tmp_path):
    from prefect.settings import PREFECT_API_URL

    wh = tmp_path / "wh" / "dyad.duckdb"
    first = run_pipeline(inbox, wh)
    assert first.articles_total == 3
    published_before = wh.read_bytes()

    _distinct_articles(inbox, 150)
    env = dict(os.environ, PREFECT_API_URL=PREFECT_API_URL.value())
    proc = subprocess.Popen(
        [sys.executable, "-m", "flows", "run", "--inbox", str(inbox), "--warehouse", str(wh)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    work = wh.parent / ".work" / wh.name
    deadline = time.monotonic() + 120
    while not work.exists() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    time.sleep(3)  # well inside parsing, loading or dbt
    assert proc.poll() is None, "the run ended before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(30)

    assert wh.read_bytes() == published_before  # the published warehouse never saw the killed run

    resumed = run_pipeline(inbox, wh)
    assert resumed.status == "published"
    assert resumed.articles_new == 150 and resumed.articles_total == 153
    con = duckdb.connect(str(wh), read_only=True)
    try:
        n, distinct = con.execute("select count(*), count(distinct article_id) from raw.articles").fetchone()
        orphans = con.execute(
            "select count(*) from raw.articles a where not exists "
            "(select 1 from raw.sentences s where s.article_id = a.article_id)"
        ).fetchone()[0]
        manifest = con.execute(
            "select count(*), count(distinct source_uri) from raw.file_manifest"
        ).fetchone()
    finally:
        con.close()
    assert n == distinct == 153
    assert orphans == 0
    assert manifest == (153, 153)


@pytest.fixture()
def small_fs(tmp_path):
    """A real 3 MB filesystem (tmpfs) for the warehouse, unmounted afterwards."""
    mnt = tmp_path / "small"
    mnt.mkdir()
    out = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3M", "tmpfs", str(mnt)], capture_output=True, text=True
    )
    if out.returncode != 0:
        pytest.skip(f"a 3 MB tmpfs cannot be mounted here ({out.stderr.strip() or 'not permitted'})")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def _run_record(wh) -> dict:
    records = list((wh.parent / "runs").glob("*.json"))
    assert len(records) == 1
    return json.loads(records[0].read_text(encoding="utf-8"))


def _left_in_work_dir(wh) -> list[str]:
    work = wh.parent / ".work"
    return sorted(p.name for p in work.iterdir() if p.name != "dbt-target") if work.exists() else []


def test_disk_full_while_loading_names_the_filesystem_and_leaves_nothing(prefect_harness, inbox, small_fs):
    _distinct_articles(inbox, 70)  # staged, they fit; loaded into the working copy, they do not
    wh = small_fs / "dyad.duckdb"
    with pytest.raises(Exception) as err:  # the message is the point
        run_pipeline(inbox, wh)
    msg = str(err.value)
    assert type(err.value).__name__ == "NoSpace", msg
    assert (
        msg.startswith(f"no space left on tmpfs (mounted at {small_fs}") and "No space left on device" in msg
    )
    assert "no transaction is active" not in msg
    assert _left_in_work_dir(wh) == [] and not wh.exists()
    record = _run_record(wh)
    assert record["status"] == "failed" and "no space left on tmpfs" in record["error"]


def test_disk_full_before_copying_refuses_and_keeps_a_whole_run_record(
    prefect_harness, inbox, small_fs, tmp_path
):
    built = tmp_path / "built.duckdb"  # a published warehouse that fits once, not twice
    con = duckdb.connect(str(built))
    con.execute(
        "create table filler as select md5(random()::varchar) || md5(random()::varchar) as v from range(40000)"
    )
    con.close()
    wh = small_fs / "dyad.duckdb"
    shutil.copy(built, wh)
    before = wh.read_bytes()
    with pytest.raises(Exception) as err:  # the message is the point
        run_pipeline(inbox, wh)
    assert str(err.value).startswith(f"no space left on tmpfs (mounted at {small_fs}"), str(err.value)
    assert wh.read_bytes() == before
    assert _left_in_work_dir(wh) == []
    record = _run_record(wh)
    assert record["status"] == "failed" and "no space left on tmpfs" in record["error"]


def test_a_run_does_not_publish_while_another_process_writes_the_warehouse(prefect_harness, inbox, tmp_path):
    from flows.pipeline import pipeline

    wh = tmp_path / "wh" / "dyad.duckdb"
    first = run_pipeline(inbox, wh)
    _distinct_articles(inbox, 3)
    writer = subprocess.Popen(  # a session that opened the published file read-write and wrote
        [
            sys.executable,
            "-c",
            "import sys, time, duckdb; con = duckdb.connect(sys.argv[1]); "
            "con.execute('create table main.scratch as select 1 as x'); print('ready', flush=True); "
            "sys.stdin.readline(); con.close()",
            str(wh),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout.readline().strip() == "ready"
        with pytest.raises(Exception, match=f"open for writing by pid {writer.pid}") as err:
            pipeline(inbox=[str(inbox)], warehouse_path=str(wh))
        assert type(err.value).__name__ == "WarehouseInUse"
        assert (wh.parent / "dyad.duckdb.wal").exists()
    finally:
        writer.communicate("\n", timeout=30)  # the session closes: its change is checkpointed
    resumed = run_pipeline(inbox, wh)
    assert resumed.status == "published" and resumed.articles_total == first.articles_total + 3
    con = duckdb.connect(str(wh), read_only=True)
    try:
        assert con.execute("select count(*) from raw.articles").fetchone()[0] == first.articles_total + 3
        assert con.execute("select count(*) from main.scratch").fetchone()[0] == 1  # kept
    finally:
        con.close()
    records = sorted((wh.parent / "runs").glob("*.json"), key=lambda p: p.stat().st_mtime)
    assert json.loads(records[1].read_text(encoding="utf-8"))["status"] == "refused"


def test_a_symlinked_warehouse_path_stays_a_link_across_runs(prefect_harness, inbox, tmp_path):
    target = tmp_path / "volume" / "dyad.duckdb"
    target.parent.mkdir()
    link = tmp_path / "wh" / "dyad.duckdb"
    link.parent.mkdir()
    link.symlink_to(target)
    first = run_pipeline(inbox, link)
    _distinct_articles(inbox, 2)
    second = run_pipeline(inbox, link)
    assert first.status == second.status == "published"
    assert link.is_symlink() and link.resolve() == target
    con = duckdb.connect(str(target), read_only=True)
    try:
        assert con.execute("select count(*) from marts.articles").fetchone()[0] == second.articles_total == 5
    finally:
        con.close()
    assert not (link.parent / ".work").exists() and (target.parent / ".work").is_dir()
