"""The standby's catch-up and the check after it (flows/warehouses/standby.py) on real DuckDB
files made by hand: a standby one published run behind a published file that gained a load of
new articles (raw rows, rows of two models keyed by article_id, one with ``load_seq``, one
without), rewrote an older article's rows and stamped a manifest row. The catch-up makes them
equal, and the check finds what a catch-up that trusts the last run's log would miss: rows the
run changed without logging them, new articles' rows outside their load."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from flows.warehouse import ensure_raw_schema
from flows.warehouses import standby
from flows.warehouses.changes import reset_change_log
from tests.tables import table_digests

OLD, NEW = [f"old{i}" for i in range(6)], ["new0", "new1"]


def _article(con, article_id: str, seq: int, run: str) -> None:
    con.execute(
        """insert into raw.articles (article_id, source_uri, raw_text, body, body_start, body_end,
           run_id, ingested_at, load_seq) values (?, ?, 'text', 'text', 0, 4, ?, now(), ?)""",
        [article_id, f"inbox/{article_id}.txt", run, seq],
    )
    con.execute(
        """insert into raw.file_manifest (source_uri, version, source_kind, size_bytes, mtime_ns,
           content_hash, status, run_id, recorded_at, changed_run_id)
           values (?, 1, 'text', 4, 1, 'h', 'ingested', ?, now(), ?)""",
        [f"inbox/{article_id}.txt", run, run],
    )
    con.execute("insert into intermediate.mentions values (?, ?, 'BY'), (?, ?, 'CN')", [article_id, seq] * 2)
    con.execute("insert into marts.article_countries values (?, 'BY')", [article_id])


def _run(con, run: str) -> None:
    con.execute("insert into audit.runs (run_id, started_at, status) values (?, now(), 'published')", [run])


def _log(con, model: str, article_id: str) -> None:
    con.execute(
        "insert into audit.model_changes values (?, null), (?, ?)",
        [model, model, f'{{"article_id": "{article_id}"}}'],
    )


@pytest.fixture()
def pair(tmp_path) -> tuple[Path, Path]:
    """(standby, published): the standby holds run r1 (six articles of load 1); the published file
    also run r2: two new articles in load 2, and old0's rows of both models rewritten."""
    s, p = tmp_path / "s.duckdb", tmp_path / "p.duckdb"
    con = duckdb.connect(str(s))
    ensure_raw_schema(con)
    reset_change_log(con)
    con.execute("create schema intermediate; create schema marts")
    con.execute("create table intermediate.mentions (article_id varchar, load_seq bigint, country varchar)")
    con.execute("create table marts.article_countries (article_id varchar, country varchar)")
    for a in OLD:
        _article(con, a, 1, "r1")
    _run(con, "r1")
    con.close()
    shutil.copy(s, p)
    con = duckdb.connect(str(p))
    for a in NEW:
        _article(con, a, 2, "r2")
    for model in ("intermediate.mentions", "marts.article_countries"):
        for a in [*NEW, "old0"]:
            _log(con, model, a)
    con.execute(
        "update intermediate.mentions set country = 'RU' where article_id = 'old0' and country = 'CN'"
    )
    con.execute("update marts.article_countries set country = 'KZ' where article_id = 'old0'")
    _run(con, "r2")
    con.close()
    return s, p


def _catch_up(s: Path, p: Path) -> tuple[standby.CaughtUp, list[str]]:
    con = duckdb.connect(str(s))
    try:
        con.execute(f"attach '{p}' as {standby._PUB} (read_only)")
        caught = standby.catch_up(con)
        return caught, standby.differences(con, "s", selections=caught.selections)
    finally:
        con.close()


def _digests(s: Path, p: Path) -> tuple[dict, dict]:
    con = duckdb.connect(str(s), read_only=True)
    try:
        con.execute(f"attach '{p}' as pub (read_only)")
        return table_digests(con, "s"), table_digests(con, "pub")
    finally:
        con.close()


def test_the_catch_up_copies_the_new_loads_and_the_logged_articles_and_the_check_agrees(pair):
    s, p = pair
    caught, diff = _catch_up(s, p)
    assert diff == []
    mine, theirs = _digests(s, p)
    assert mine == theirs
    assert caught.rows["raw.articles"] == 2 and caught.rows["raw.file_manifest"] == 2
    assert caught.rows["intermediate.mentions"] == 6 and caught.rows["marts.article_countries"] == 3
    # what the check compares row by row: the new load, the stamped rows; counts for the rest
    assert caught.selections["raw.articles"] == "t.load_seq > 1"
    assert caught.selections["intermediate.mentions"] == "t.load_seq > 1"
    assert caught.selections["raw.file_manifest"] == "t.changed_run_id = 'r2'"
    assert "marts.article_countries" not in caught.selections


def test_a_row_the_last_run_added_without_logging_its_key_fails_the_check(pair):
    s, p = pair
    con = duckdb.connect(str(p))
    con.execute("insert into marts.article_countries values ('old3', 'PL')")  # old3 not logged
    con.close()
    _caught, diff = _catch_up(s, p)
    assert [d.split(" (")[0] for d in diff] == ["marts.article_countries rows"]


def test_a_new_articles_row_outside_its_load_fails_the_check(pair):
    s, p = pair
    con = duckdb.connect(str(p))  # a model row of a new article carrying an older load
    con.execute("update intermediate.mentions set load_seq = 1 where article_id = 'new1' and country = 'CN'")
    con.close()
    _caught, diff = _catch_up(s, p)
    assert [d.split(" (")[0] for d in diff] == ["intermediate.mentions rows"]


def test_a_changed_row_of_the_new_load_fails_the_check(pair):
    s, p = pair
    caught, diff = _catch_up(s, p)
    assert diff == []
    con = duckdb.connect(str(s))  # the standby's copy of a new raw row altered after the catch-up
    con.execute("update raw.articles set body = 'other' where article_id = 'new0'")
    con.execute(f"attach '{p}' as {standby._PUB} (read_only)")
    diff = standby.differences(con, "s", selections=caught.selections)
    con.close()
    assert [d.split(" (")[0] for d in diff] == ["raw.articles copied rows"]
