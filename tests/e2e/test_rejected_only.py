"""A warehouse that holds only rejected inputs is a valid state: the run publishes it and says
why each input was rejected. The articles audit still blocks a build that lost articles raw holds."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import duckdb
import pytest

from tests.conftest import SEED_FILES, run_pipeline

pytestmark = pytest.mark.slow


def _counts(wh) -> tuple[int, int, int]:
    """(articles in raw, articles in the mart, rejected inputs recorded)."""
    con = duckdb.connect(str(wh), read_only=True)
    try:
        return con.execute(
            """select (select count(*) from raw.articles), (select count(*) from marts.articles),
                      (select count(*) from audit.rejected_files)"""
        ).fetchone()
    finally:
        con.close()


def test_an_inbox_of_unreadable_files_publishes_and_says_why(prefect_harness, tmp_path):
    """`dyad run` on an empty warehouse whose inbox holds only unusable files: exit 0, every reason
    printed; the next file that holds an article is built on top of it."""
    from prefect.settings import PREFECT_API_URL

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "broken.json").write_text('{"title": "no closing brace"', "utf-8")
    (inbox / "blank.txt").write_text("  \n\n ", "utf-8")
    wh = tmp_path / "wh" / "dyad.duckdb"
    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value(), "COLUMNS": "200"}
    res = subprocess.run(
        [sys.executable, "-m", "flows", "run", "--inbox", str(inbox), "--warehouse", str(wh)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert res.returncode == 0, res.stdout[-2000:] + res.stderr[-3000:]
    out = " ".join(res.stdout.split())
    assert "published" in out
    assert "quarantined:" in out and "broken.json: bad json" in out and "blank.txt" in out, out
    assert _counts(wh) == (0, 0, 2)

    shutil.copy2(SEED_FILES[0], inbox / SEED_FILES[0].name)
    summary = run_pipeline(inbox, wh)
    assert summary.status == "published"
    assert (summary.articles_new, summary.articles_total) == (1, 1)
    assert _counts(wh)[:2] == (1, 1)


class _BadFeed(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        data = b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title><item><link>"
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def test_a_rejected_feed_on_an_empty_warehouse_publishes_its_reason(prefect_harness, tmp_path):
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _BadFeed)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        feed = f"http://127.0.0.1:{srv.server_port}/feed.xml"
        inbox = tmp_path / "inbox"
        inbox.mkdir()
        wh = tmp_path / "wh" / "dyad.duckdb"
        summary = run_pipeline(
            inbox, wh, feeds=[feed], settings_overrides={"fetch_allow_private_hosts": True}
        )
    finally:
        srv.shutdown()
        srv.server_close()
    assert summary.status == "published", summary.error
    assert [uri for uri, _ in summary.rejected] == [feed]
    assert summary.rejected[0][1].startswith("feed:") and "malformed xml" in summary.rejected[0][1]
    assert _counts(wh) == (0, 0, 1)
    assert summary.failed_checks == {}


def test_the_audit_blocks_a_mart_that_lost_articles_raw_holds(seeds_warehouse, tmp_path):
    """Emptied, or missing one article: the plan counts the articles raw holds, the audit finds
    the mart short of them (a full build's batch and an incremental one's)."""
    from flows.settings import Settings
    from flows.transform import fingerprint, plan_build
    from flows.validation import run_audit

    wh, _ = seeds_warehouse
    one = "delete from marts.articles where article_id = (select max(article_id) from raw.articles)"
    for name, delete in (("emptied", "delete from marts.articles"), ("short", one)):
        db = tmp_path / f"{name}.duckdb"
        shutil.copy2(wh, db)
        con = duckdb.connect(str(db))
        try:
            con.execute(delete)
        finally:
            con.close()
        plan = plan_build(db, True, articles_new=0, load_seq=2, built_from=fingerprint(Settings()))
        assert (plan.mode, plan.articles, plan.through_seq) == ("full", 3, 1)
        blocking = {(o.suite, o.check) for o in run_audit(db, plan.articles).blocking_failures}
        assert ("articles", "holds_every_article") in blocking, name
        # the same rows are what an incremental build after load 0 added
        blocking = {(o.suite, o.check) for o in run_audit(db, 3, batch_since_seq=0).blocking_failures}
        assert ("articles", "holds_every_article") in blocking, name
    intact = {(o.suite, o.check) for o in run_audit(wh, 3).blocking_failures}
    assert intact == set()


def test_the_lake_publishes_rejected_inputs_then_builds_on_them(prefect_harness, tmp_path):
    """DuckLake mode: only rejected inputs on a new lake, then a full refresh that loads
    nothing, then an article: every run publishes, and the lake ends with the article."""
    from flows import lake
    from flows.settings import load_settings

    overrides = {
        "warehouse_mode": "ducklake",
        "lake_catalog": f"ducklake:sqlite:{tmp_path}/lake/catalog.sqlite",
        "lake_data_path": str(tmp_path / "lake" / "data"),
    }
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "broken.json").write_text("[1, 2", "utf-8")
    work = tmp_path / "machine" / "dyad.duckdb"
    first = run_pipeline(inbox, work, settings_overrides=overrides)
    assert first.status == "published", first.error
    assert [r for _, r in first.rejected] and first.rejected[0][1].startswith("bad json")
    assert run_pipeline(inbox, work, settings_overrides=overrides, full_refresh=True).status == "published"
    shutil.copy2(SEED_FILES[0], inbox / SEED_FILES[0].name)
    third = run_pipeline(inbox, work, settings_overrides=overrides)
    assert (third.status, third.articles_new, third.articles_total) == ("published", 1, 1)
    con = lake.open_published(load_settings(overrides, environ={}))
    try:
        assert con.execute("select count(*) from marts.articles").fetchone()[0] == 1
        assert con.execute("select count(*) from audit.rejected_files").fetchone()[0] == 1
    finally:
        con.close()
