"""Runs into a DuckLake (SQLite catalog, local data path): a cold run of N generated articles, a
run with nothing new, then a run with one new file; for each, wall and CPU seconds of the run
(in process, Prefect's test harness: no server start or imports counted; CPU of this process,
threads included), the wall and CPU seconds of reading the lake's state, of discovery (and the
inbox folders it listed and skipped), of copying the lake's model tables into the working file
or preparing the one the last run kept (and which: ``working_copy``) and of the publishing
transaction, the Parquet bytes and files it added to the lake's data path, and the dbt build it chose.

    python -m benchmarks.lake_runs N WORK_DIR --shared ../shared [--nothing-new 2] [--new-files 1]
        [--maintain]

Every row also gives the files the lake's latest snapshot reads (``live_files``) and the wall
seconds of a reader that attaches the lake and counts the rows of every mart table
(``reader_s``, the best of three). With ``--maintain``, ``flows.lake.maintain`` runs after the
runs (its own row: what it did and its seconds), followed by one more run with one new file.

WORK_DIR is created; an existing lake there is reused (its inbox holds the first N files), so
the cold run is done once and later invocations measure only the other runs.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int)
    ap.add_argument("work", type=Path)
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--nothing-new", type=int, default=2, help="runs with nothing new")
    ap.add_argument("--new-files", type=int, default=1, help="runs with one new file each")
    ap.add_argument(
        "--maintain", action="store_true", help="maintain the lake after the runs, then one more run"
    )
    args = ap.parse_args(argv)

    from prefect.testing.utilities import prefect_test_harness

    from benchmarks.corpus import generate
    from benchmarks.e2e import lake_settings, parquet_files
    from flows import lake
    from flows import pipeline as pipeline_module
    from flows.pipeline import pipeline

    phases: dict[str, float] = {}

    def timed(name: str, fn):
        def wrapper(*a, **kw):
            t, c = time.perf_counter(), time.process_time()
            try:
                return fn(*a, **kw)
            finally:
                phases[name] = phases.get(name, 0.0) + time.perf_counter() - t
                cpu = name.replace("_s", "_cpu_s")
                phases[cpu] = phases.get(cpu, 0.0) + time.process_time() - c

        return wrapper

    lake.publish = timed("publish_s", lake.publish)
    lake.read_state = timed("state_read_s", lake.read_state)
    # the working file's model tables: copied from the lake, or kept from the last run
    lake.copy_built = timed("copy_models_s", lake.copy_built)
    lake.reuse_models = timed("reuse_models_s", lake.reuse_models)
    discover = timed("discovery_s", pipeline_module.discover)

    def counted_discover(*a, **kw):
        found = discover(*a, **kw)
        phases["folders_listed"] = sum(f.status != "gone" for f in found.folders)
        phases["folders_skipped"] = found.folders_skipped
        return found

    pipeline_module.discover = counted_discover

    work = args.work.resolve()
    inbox, spare = work / "inbox", work / "spare"
    data = work / "lake" / "data"
    overrides = lake_settings(work / "lake")
    if not inbox.exists():
        files = generate(args.n + 2 * args.new_files + 1, work / "generated", args.shared)
        inbox.mkdir(parents=True)
        spare.mkdir()
        for i, f in enumerate(files):
            f.rename((inbox if i < args.n else spare) / f.name)

    from flows.settings import load_settings

    settings = load_settings(overrides, environ={})

    def reader() -> dict:
        """The files the latest snapshot reads, and the best of three readers counting every mart."""
        con = lake.open_published(settings)
        try:
            files, _bytes = lake.live_files(con)
        finally:
            con.close()
        best = float("inf")
        for _ in range(3):
            t = time.perf_counter()
            con = lake.open_published(settings)
            try:
                marts = con.execute(
                    "select table_name from duckdb_tables() where database_name = 'lake' and schema_name = 'marts'"
                ).fetchall()
                for (table,) in marts:
                    con.execute(f"select count(*) from marts.{table}").fetchall()
            finally:
                con.close()
            best = min(best, time.perf_counter() - t)
        return {"live_files": files, "reader_s": round(best, 3)}

    def run(label: str) -> dict:
        bytes0, files0 = parquet_files(data)
        phases.clear()
        t0, c0 = time.perf_counter(), time.process_time()
        s = pipeline(
            inbox=[str(inbox)],
            warehouse_path=str(work / "machine" / "dyad.duckdb"),
            settings_overrides=overrides,
        )
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        bytes1, files1 = parquet_files(data)
        row = {
            "run": label,
            "wall_s": round(wall, 1),
            "cpu_s": round(cpu, 1),
            **{k: v if isinstance(v, int) else round(v, 2) for k, v in phases.items()},
            "status": s.status,
            "articles_new": s.articles_new,
            "articles_total": s.articles_total,
            "dbt_build": s.dbt_build,
            **({"lake_publish": s.lake_publish} if getattr(s, "lake_publish", "") else {}),
            **({"working_copy": s.working_copy} if s.working_copy else {}),
            "parquet_bytes_added": bytes1 - bytes0,
            "parquet_files_added": files1 - files0,
            **reader(),
        }
        print(json.dumps(row, ensure_ascii=False), flush=True)
        return row

    with prefect_test_harness(server_startup_timeout=240):
        if not (work / "lake" / "catalog.sqlite").exists():
            run(f"cold: {args.n} articles")
        for i in range(args.nothing_new):
            run(f"nothing new ({i + 1})")
        spares = sorted(spare.iterdir())
        for f in spares[: args.new_files]:
            f.rename(inbox / f.name)
            run("one new file")
        if args.maintain:
            done = lake.maintain(settings)
            print(json.dumps({"run": "maintain", **dataclasses.asdict(done), **reader()}), flush=True)
            for f in spares[args.new_files : args.new_files + 1]:
                f.rename(inbox / f.name)
                run("one new file, after maintenance")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
