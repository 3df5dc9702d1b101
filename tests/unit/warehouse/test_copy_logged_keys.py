"""``copy_logged_keys``: the target's rows of every logged key are replaced by the source's, wherever
the source holds them, and the source is read by its tail when that is where the build wrote."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from flows.warehouses.changes import _logged_rows, copy_logged_keys, reset_change_log

FACTS = "article_id varchar, fact_idx int, quote varchar"


def _table(con: duckdb.DuckDBPyConnection, rows: list[tuple], table: str, columns: str) -> None:
    """``table`` (``marts.<name>``, with ``columns``) in the database of ``con``, holding ``rows``
    in that order."""
    con.execute(f"create schema marts; create table {table} ({columns})")
    con.executemany(f"insert into {table} values ({', '.join('?' * len(columns.split(',')))})", rows)


def _source(
    path: Path,
    rows: list[tuple],
    log: list[str | None],
    checkpoint: bool = False,
    table: str = "marts.facts",
    columns: str = FACTS,
) -> None:
    """A source file with ``table`` holding ``rows`` in that order and a change log naming the
    article ids of ``log`` (None: a NULL key)."""
    con = duckdb.connect(str(path))
    try:
        _table(con, rows, table, columns)
        if checkpoint:
            con.execute(f"delete from {table} where fact_idx < 0")
            con.execute("checkpoint")
        reset_change_log(con)
        con.execute("insert into audit.model_changes values (?, null)", [table])
        for key in log:
            con.execute(
                "insert into audit.model_changes values (?, json_object('article_id', ?::varchar))",
                [table, key],
            )
    finally:
        con.close()


def _copy(tmp_path: Path, target_rows: list[tuple], source_rows: list[tuple], log: list, **kw) -> list[tuple]:
    _source(tmp_path / "source.duckdb", source_rows, log, **kw)
    con = duckdb.connect()
    try:
        _table(con, target_rows, "marts.facts", FACTS)
        con.execute(f"attach '{tmp_path / 'source.duckdb'}' as src (read_only)")
        n = copy_logged_keys(con, "src", "marts.facts", ["article_id"])
        rows = con.execute("select * from marts.facts order by all nulls first").fetchall()
    finally:
        con.close()
    assert n == sum(1 for r in source_rows if r[0] in log and r[1] >= 0)
    return rows


OLD = [(f"a{i}", j, f"quote {i}.{j}") for i in range(50) for j in range(3)]


def test_the_rows_a_build_appended_replace_the_targets_rows_of_their_keys(tmp_path):
    # the build rewrote a3 (two facts now), deleted a7's facts, added a90; a3's and a90's rows at the tail
    source = [r for r in OLD if r[0] not in ("a3", "a7")] + [
        ("a3", 0, "new"),
        ("a3", 1, "new"),
        ("a90", 0, "x"),
    ]
    rows = _copy(tmp_path, OLD, source, ["a3", "a7", "a90"])
    assert rows == sorted(source)


@pytest.mark.parametrize("checkpoint", [False, True])
def test_keys_whose_rows_lie_anywhere_in_the_source_are_all_copied(tmp_path, checkpoint):
    # a logged key with rows at the head, the middle and the tail of the source, one with a NULL
    # key, and deleted rows compacted away by a checkpoint: the range spans them all
    source = [("a1", 9, "head"), ("a0", -1, "gone"), *OLD[10:], (None, 0, "null key"), ("a1", 8, "tail")]
    target = [r for r in OLD if r[0] != "a1"] + [("a1", 0, "stale"), (None, 5, "stale null")]
    rows = _copy(tmp_path, target, source, ["a1", None], checkpoint=checkpoint)
    kept = [r for r in target if r[0] not in ("a1", None)]
    assert rows == sorted([*kept, ("a1", 9, "head"), ("a1", 8, "tail"), (None, 0, "null key")], key=_order)


def _order(r: tuple) -> tuple:
    return (r[0] is not None, r[0] or "", r[1], r[2])


def test_a_logged_key_the_source_no_longer_holds_loses_its_rows_and_copies_nothing(tmp_path):
    source = [r for r in OLD if r[0] != "a5"]
    rows = _copy(tmp_path, OLD, source, ["a5"])
    assert rows == sorted(source)


def test_the_source_is_read_by_its_tail_when_the_build_appended_there(tmp_path):
    """The rows of the logged keys sit in the last row group of a large source: the copy scans
    that row group, not the whole table (the plan's scan emits far fewer rows than it holds)."""
    path = tmp_path / "big.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "create schema marts; create table marts.facts as select 'a' || (i // 4) as article_id, "
        "(i % 4)::int as fact_idx, repeat('q', 200) as quote from range(600000) t(i)"
    )
    con.execute("insert into marts.facts values ('new1', 0, 'n'), ('new2', 0, 'n')")
    con.close()
    con = duckdb.connect()
    con.execute(f"attach '{path}' as src (read_only)")
    con.execute("create temp table dyad_keys as select unnest(['new1', 'new2']) as article_id")
    lo, hi = con.execute(
        "select min(t.rowid), max(t.rowid) from src.marts.facts t semi join dyad_keys k on t.article_id = k.article_id"
    ).fetchone()
    plan = con.execute(
        "explain analyze select t.* from src.marts.facts as t semi join dyad_keys as k "
        f"on t.article_id is not distinct from k.article_id where t.rowid between {lo} and {hi}"
    ).fetchall()[0][1]
    scanned = max(int(n.replace(",", "")) for n in re.findall(r"([\d,]+) rows", plan))
    assert scanned < 200_000, plan
    con.close()


# ------------------------------------------------------------------ the delete, by the articles' loads


PEOPLE = "article_id varchar, name varchar, load_seq int"
STORED = [(f"a{i}", f"person {i}.{j}", 1 + i // 10) for i in range(40) for j in range(2)]


@pytest.mark.parametrize(
    "rewritten, bound",
    [
        # new articles of the latest load and one older article rebuilt: from the older one's load
        (["a12", "a90"], " and t.load_seq >= 2"),
        # an article the build deleted every row of (a superseded version): its load is unknown
        # to the source, so the delete is not bounded, and its stored rows still go
        (["a5", "a90"], ""),
    ],
    ids=["bounded", "unbounded"],
)
def test_the_delete_reads_the_loads_of_the_logged_articles_only(tmp_path, rewritten, bound):
    source = [r for r in STORED if r[0] not in rewritten] + [
        (a, "rebuilt", next((r[2] for r in STORED if r[0] == a), 9)) for a in rewritten if a != "a5"
    ]
    path = tmp_path / "source.duckdb"
    _source(path, source, rewritten, table="marts.people", columns=PEOPLE)
    con = duckdb.connect()
    try:
        _table(con, STORED, "marts.people", PEOPLE)
        con.execute(f"attach '{path}' as src (read_only)")
        con.execute("create temp table dyad_keys as select unnest(?::varchar[]) as article_id", [rewritten])
        types = {"article_id": "VARCHAR", "name": "VARCHAR", "load_seq": "INTEGER"}
        assert _logged_rows(con, '"src"', "marts.people", ["article_id"], types)[2] == bound
        con.execute("drop table dyad_keys")
        copy_logged_keys(con, "src", "marts.people", ["article_id"])
        assert con.execute("select * from marts.people order by all").fetchall() == sorted(source)
    finally:
        con.close()


def test_a_bounded_delete_skips_the_row_groups_of_older_loads(tmp_path):
    con = duckdb.connect(str(tmp_path / "big.duckdb"))
    try:
        con.execute(
            "create schema marts; create table marts.people as select 'a' || (i // 4) as article_id, "
            "'someone' as name, (i // 4000)::int as load_seq from range(600000) t(i)"
        )
        con.execute("create temp table dyad_keys as select unnest(['a149999', 'a149998']) as article_id")
        cond = _logged_rows(
            con, '"big"', "marts.people", ["article_id"], {"article_id": "VARCHAR", "load_seq": "INTEGER"}
        )[2]
        assert cond == " and t.load_seq >= 149"
        plan = con.execute(
            "explain analyze delete from marts.people as t using dyad_keys as k "
            f"where t.article_id is not distinct from k.article_id{cond}"
        ).fetchall()[0][1]
        scanned = max(int(n.replace(",", "")) for n in re.findall(r"([\d,]+) rows", plan))
        assert scanned < 200_000, plan
        assert con.execute("select count(*) from marts.people").fetchone()[0] == 600000 - 8
    finally:
        con.close()
