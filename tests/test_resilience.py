"""A run killed with SIGKILL in the middle leaves no partial article and never touches the
published warehouse; the next run completes the work."""

from __future__ import annotations

import os
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
