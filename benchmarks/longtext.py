"""Long articles: what one article of 10 KB, 100 KB, 1 MB and 5 MB costs per MB, in the parse
stage (Python, one core) and in the dbt build that adds it to a warehouse. Both must stay flat:
a cost per MB that grows with the article means some step costs more than linear time in its
length (slicing the body by offset in SQL, comparing every mention with every other).

Each size is one file from ``benchmarks.corpus.long_article`` (the same file every time). The
parse stage is ``parse_input`` on it (the fastest of ``repeat`` passes, CPU time of this
process). The dbt build is the pipeline's incremental build (``flows.pipeline``: the
incremental models, the tests of the marts on the new rows) of a warehouse whose only load is
that article, on a copy of an empty warehouse built once in full (and warmed up by one build
that is not counted); ``build`` is its wall time, and its per-MB figure subtracts the first
article's build, which is mostly fixed cost (dbt's start-up, about 0.2-0.3 s per node).

    python -m benchmarks.longtext --shared ../shared [--sizes 10000,100000,1000000,5000000]

``benchmarks.run`` runs it too (its own section of results.md).
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

SIZES = (10_000, 100_000, 1_000_000, 5_000_000)
MB = 1_000_000


@dataclass(frozen=True)
class LongRow:
    target_bytes: int
    body_bytes: int  # UTF-8 bytes of the body the parse stage cut out
    body_chars: int
    tokens: int
    people: int
    parse_cpu_s: float  # parse_input, fastest pass, CPU seconds
    build_s: float  # dbt incremental build, wall seconds
    models_s: float  # the models' own execution times in that build, summed (they run in parallel)
    slowest_model: str
    slowest_model_s: float


def _parse(path: Path, repeat: int):
    from flows.ingest.documents import InputItem, parse_input

    item = InputItem(str(path), "txt", path=str(path))
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.process_time()
        result = parse_input(item)
        best = min(best, time.process_time() - t0)
    assert result is not None and result.articles, f"{path}: {result.rejected if result else 'no result'}"
    return best, result


def _empty_warehouse(db: Path, target: Path) -> None:
    """A warehouse with no article, built in full once (seeds, views, empty incremental tables)."""
    from flows import warehouse
    from flows.dbt_runner import project_hash, run_dbt
    from flows.transform import NO_UNIT_TESTS

    con = warehouse.connect(db)
    try:
        warehouse.ensure_raw_schema(con)
    finally:
        con.close()
    # as a run builds: no unit tests (an incremental model's unit test with a `this` input reads the
    # columns of a table an empty warehouse does not have yet)
    run_dbt(["build", "--full-refresh", *NO_UNIT_TESTS], db, target=target)
    con = warehouse.connect(db)
    try:
        con.execute("insert into audit.dbt_state values (0, ?, current_timestamp)", [project_hash()])
    finally:
        con.close()


def _load(db: Path, path: Path, stage: Path) -> None:
    from flows import warehouse
    from flows.ingest.documents import InputItem
    from flows.ingest.load import load_results
    from flows.ingest.staging import parse_chunk

    item = InputItem(str(path), "txt", path=str(path), size_bytes=path.stat().st_size)
    results = parse_chunk([(0, item)], None, str(stage), 0).results
    con = warehouse.connect(db)
    try:
        load_results(con, results, stage, [], {}, "bench-longtext", datetime.now(UTC))
    finally:
        con.close()


def _incremental_build(db: Path, target: Path) -> tuple[float, dict[str, float]]:
    from flows.dbt_runner import run_dbt
    from flows.settings import Settings
    from flows.transform import BuildPlan, build_args

    args = build_args(BuildPlan("incremental", "the loads after the empty build"), Settings())
    t0 = time.perf_counter()
    run_dbt(args, db, target=target)
    wall = time.perf_counter() - t0
    results = json.loads((target / "run_results.json").read_text(encoding="utf-8"))["results"]
    models = {
        r["unique_id"].removeprefix("model.dyad."): r["execution_time"]
        for r in results
        if r["unique_id"].startswith("model.")
    }
    return wall, models


def measure_long_articles(
    shared: Path, work: Path, sizes: tuple[int, ...] = SIZES, repeat: int = 2
) -> list[LongRow]:
    """One row per size: parse stage and dbt build of one article of about that many bytes."""
    from benchmarks.corpus import long_article

    work.mkdir(parents=True, exist_ok=True)
    base = work / "base" / "dyad.duckdb"  # dbt names the catalog after the file: copies keep the name
    base.parent.mkdir(parents=True, exist_ok=True)
    target = work / "dbt-target"
    _empty_warehouse(base, target)
    # dbt parses the project again for the first incremental build (other vars): not counted
    warm = work / "warm-up" / base.name
    warm.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(base, warm)
    _incremental_build(warm, target)
    shutil.rmtree(warm.parent, ignore_errors=True)
    rows: list[LongRow] = []
    for size in sizes:
        path = long_article(size, work / "articles", shared)
        parse_s, result = _parse(path, repeat if size < MB else 1)
        art = result.articles[0]
        db = work / f"long-{size}" / base.name
        db.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(base, db)
        stage = Path(tempfile.mkdtemp(dir=work))
        _load(db, path, stage)
        shutil.rmtree(stage, ignore_errors=True)
        build_s, models = _incremental_build(db, target)
        slowest = max(models, key=models.__getitem__)
        rows.append(
            LongRow(
                size,
                len(art.body.encode("utf-8")),
                len(art.body),
                len(art.analysis.tokens) if art.analysis else 0,
                len(art.analysis.people) if art.analysis else 0,
                parse_s,
                build_s,
                sum(models.values()),
                slowest,
                models[slowest],
            )
        )
        shutil.rmtree(db.parent, ignore_errors=True)
        print(f"[longtext] {size:>9} bytes: parse {parse_s:.2f} s, dbt build {build_s:.1f} s", flush=True)
    return rows


def table(rows: list[LongRow]) -> str:
    """The markdown table of ``rows``. The dbt build per MB counts the time above the first
    (smallest) article's build, which is mostly fixed cost; below 1 MB that difference is within
    the noise of a shared machine and is not divided out."""
    base = rows[0]
    lines = [
        "| article | body | tokens | people | parse (CPU) | parse per MB | dbt build | above the first, per MB "
        "| slowest model |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        mb = r.body_bytes / MB
        extra = (
            f"{(r.build_s - base.build_s) / (mb - base.body_bytes / MB):.2f} s"
            if r is not base and r.body_bytes >= MB
            else "—"
        )
        lines.append(
            f"| {r.target_bytes / 1000:,.0f} KB | {r.body_bytes / 1000:,.0f} KB | {r.tokens:,} | {r.people} "
            f"| {r.parse_cpu_s:.2f} s | {r.parse_cpu_s / mb:.2f} s | {r.build_s:.1f} s | {extra} "
            f"| {r.slowest_model} {r.slowest_model_s:.2f} s |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)), help="bytes, comma-separated")
    ap.add_argument("--work", type=Path, default=None, help="scratch directory (default: a temporary one)")
    args = ap.parse_args(argv)
    sizes = tuple(int(s) for s in args.sizes.split(","))
    work = args.work or Path(tempfile.mkdtemp(prefix="dyad-longtext-"))
    try:
        print(table(measure_long_articles(args.shared, work, sizes)))
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
