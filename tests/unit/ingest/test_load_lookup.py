"""The load reads only what it needs of the stored articles, within a bounded DuckDB memory."""

from __future__ import annotations

import duckdb
import pytest

from flows.ingest.load import memory_limit, stored_articles


@pytest.fixture()
def con():
    c = duckdb.connect()
    c.execute("create schema raw")
    c.execute("create table raw.articles (article_id varchar, source_uri varchar, load_seq bigint)")
    c.executemany(
        "insert into raw.articles values (?, ?, ?)",
        [(f"a{i:04d}", f"file:///inbox/{i}.txt", 1 + i // 100) for i in range(1000)],
    )
    yield c
    c.close()


def test_stored_articles_are_the_asked_ids_the_warehouse_holds(con):
    assert stored_articles(con, {"a0007", "a0999", "new1", "new2"}) == {
        "a0007": "file:///inbox/7.txt",
        "a0999": "file:///inbox/999.txt",
    }
    assert stored_articles(con, {"new"}) == {}
    assert stored_articles(con, set()) == {}


def test_stored_articles_take_ids_with_quotes_as_values(con):
    con.execute("insert into raw.articles values ('it''s', 'file:///inbox/q.txt', 11)")
    assert stored_articles(con, {"it's", "x' or '1'='1"}) == {"it's": "file:///inbox/q.txt"}


def test_memory_limit_holds_inside_the_block_and_is_restored():
    c = duckdb.connect()
    setting = "select current_setting('memory_limit')"
    c.execute("set memory_limit = '3GB'")
    with memory_limit(c, "256MB"):
        assert c.execute(setting).fetchone() == ("244.1 MiB",)
    # back to what it was (DuckDB shows it rounded to 0.1 GiB, and takes it back so)
    assert c.execute(setting).fetchone()[0] in ("2.7 GiB", "2.6 GiB")
    with pytest.raises(RuntimeError), memory_limit(c, "128MB"):
        raise RuntimeError("the load failed")
    assert c.execute(setting).fetchone()[0].endswith("GiB")
