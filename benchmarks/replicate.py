"""Grow a published warehouse's raw tables K times, for runs at a scale whose cold parse would take
hours: every raw row of an article is copied K - 1 times under a new article id (``<id>~<k>``),
with its source URI, content hash and near-duplicate band hashes made distinct too, so that the
copies are other articles to every model (none is a duplicate or a near-duplicate of another).

    python -m benchmarks.replicate WAREHOUSE --times 10

The next flow run on the warehouse must then build in full (the copies share their originals'
load sequence, which an incremental build has passed): run it from a tree whose dbt project
differs from the one that built the warehouse, or call ``dyad run --full-refresh``. The runs after
it are incremental over K times the articles. What this leaves out: inbox discovery still sees the
original files only (``benchmarks/inbox_discovery.py`` measures discovery at scale), and the text
of the copies repeats (DuckDB compresses repeated strings alike, so the file is about as large as
one of as many different articles).

Writes the warehouse in place (stop every reader first). Prints each table's rows and seconds.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import duckdb


def replicate(warehouse: Path, times: int, memory_limit: str = "8GB") -> dict[str, int]:
    """Copy every raw row ``times - 1`` times under new ids (see the module doc); returns the
    rows of each raw table after. A table already replicated (an id holds ``~``) is left as is.

    Raises ValueError for ``times < 2``; duckdb errors as DuckDB raises them (a locked file)."""
    if times < 2:
        raise ValueError(f"--times must be 2 or more, got {times}")
    con = duckdb.connect(str(warehouse))
    try:
        con.execute(f"set memory_limit = '{memory_limit}'; set preserve_insertion_order = false")
        tables = [
            r[0]
            for r in con.execute(
                "select table_name from information_schema.columns "
                "where table_schema = 'raw' and column_name = 'article_id' order by table_name"
            ).fetchall()
        ]
        rows: dict[str, int] = {}
        for table in tables:
            types = dict(
                con.execute(
                    "select column_name, data_type from information_schema.columns "
                    "where table_schema = 'raw' and table_name = ?",
                    [table],
                ).fetchall()
            )
            replaced = ["article_id || '~' || k::varchar as article_id"]
            if "source_uri" in types:
                replaced.append("source_uri || '#' || k::varchar as source_uri")
            if "content_hash" in types:
                replaced.append("content_hash || k::varchar as content_hash")
            if "band_hash" in types:
                replaced.append(f"(hash(band_hash, k) >> 1)::{types['band_hash']} as band_hash")
            done = con.execute(f"select count(*) from raw.{table} where article_id like '%~%'").fetchone()
            started = time.perf_counter()
            if not done or not done[0]:
                con.execute(
                    f"insert into raw.{table} select t.* replace ({', '.join(replaced)}) "
                    f"from raw.{table} as t cross join range(1, {times}) as r(k) where t.article_id is not null"
                )
            count = con.execute(f"select count(*) from raw.{table}").fetchone()
            rows[table] = int(count[0]) if count else 0
            print(f"raw.{table}: {rows[table]} rows, {time.perf_counter() - started:.1f} s", flush=True)
        con.execute("checkpoint")
        return rows
    finally:
        con.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("warehouse", type=Path, help="a published DuckDB warehouse file")
    ap.add_argument("--times", type=int, default=10, help="how many times the articles (10)")
    args = ap.parse_args(argv)
    replicate(args.warehouse, args.times)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
