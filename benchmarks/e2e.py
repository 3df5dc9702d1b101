"""End-to-end runs of the real flow, timed: a first one-file run (what starting up costs in a
new process), cold runs into fresh warehouses, and (unless ``--no-incremental``) after each cold
run two runs that add a single new file to that warehouse: the first incremental build after a
full one, then a second (the steady state of a scheduled run). ``--scale N`` adds a cold run of
N articles and its two +1 runs, for the largest warehouse.

Each run also records the seconds of every dbt node its build ran (``dbt_nodes``, from dbt's
run results). Peak memory of each run: the flow process's peak resident set (VmHWM, reset before the run) and
the largest parse worker's (the VmHWM of each worker the run forked, read while it runs).

``--lake`` makes the same runs into DuckLakes instead of DuckDB files (``lake_settings``: a
SQLite catalog and a local data path in each size's ``lake/``; the machine's working file and
run records in its ``warehouse/``), and ``--nothing-new K`` adds after each cold run K runs with nothing
new. A lake's run also records the Parquet bytes and files it added to the data path and the
disk the lake then takes (``lake_disk_mb``: data path, catalog, working file).

Started by ``benchmarks.run`` in a process of its own (no parse caches warmed by the other
measurements, all cores available to the flow's parse workers, dbt and DuckDB). The Prefect
test harness is started once for all runs. Per-task timings are read back from the Prefect
API: ``run_s`` is the time inside the task function, ``wall_s`` the time from the end of the
previous task (the start of the flow run for the first) to the end of this one, so
``wall_s - run_s`` is what the orchestration around the task cost. ``cpu_seconds`` of a run is
the CPU time of this process and of the parse workers, not of the Prefect API server (a
separate process started by the harness). The JSON is written again after every run, so a
benchmark stopped early (a 200,000-article cold run that outlasts its time) keeps the runs done.

    python -m benchmarks.e2e --corpus DIR --sizes 500,5000 [--scale 50000] --extra DIR --work DIR --out results.json
    python -m benchmarks.e2e --lake --nothing-new 1 --corpus DIR --sizes 500,50000 --extra DIR --work DIR --out lake.json

``--cold-apart`` makes each cold run in a process of its own, as users' runs are made (``dyad
run`` is a process; a process worker starts each scheduled run in one): what the run holds at
its peak, not what earlier runs left in this process (imported modules, the one-file run's word
caches, freed memory not returned). It reports to this process's Prefect server; its time
includes what starting up costs (imports, dbt's project, Great Expectations' context), which the
marginal rate between two cold runs cancels. The +1 runs stay in this process (a warm process:
the steady state of the runs after the first).

``--reuse`` keeps the warehouses (and their standbys) in ``--work``: a later benchmark with the
same ``--work`` skips the cold runs of the sizes it finds and makes ``--runs`` more +1 runs on
each, every one in the steady state once the first has made the standby (to compare code
changes on one warehouse without building it again).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

TASK_RECORD_WAIT_S = 20.0  # task-run records reach the API shortly after the flow returns
FIRST_RUN = "first run, 1 file"


def _link_files(files: list[Path], inbox: Path) -> None:
    inbox.mkdir(parents=True, exist_ok=True)
    for f in files:
        target = inbox / f.name
        try:
            os.link(f, target)
        except OSError:
            shutil.copy2(f, target)


def _task_timings(flow_run_id: Any) -> tuple[list[dict[str, Any]], float | None]:
    """(tasks in order with run_s and wall_s, seconds from the last task's end to the flow's end)."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    deadline = time.monotonic() + TASK_RECORD_WAIT_S
    with get_client(sync_client=True) as client:
        while True:
            flow_run = client.read_flow_run(flow_run_id)
            runs = client.read_task_runs(
                flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id]))
            )
            done = all(r.end_time is not None for r in runs) and flow_run.end_time is not None
            if (runs and done) or time.monotonic() > deadline:
                break
            time.sleep(0.5)
    runs = sorted((r for r in runs if r.end_time is not None), key=lambda r: r.end_time)
    tasks: list[dict[str, Any]] = []
    previous_end = flow_run.start_time
    for r in runs:
        tasks.append(
            {
                "task": r.name.rsplit("-", 1)[0],
                "state": r.state_name,
                "run_s": r.total_run_time.total_seconds(),
                "wall_s": (r.end_time - previous_end).total_seconds() if previous_end else None,
            }
        )
        previous_end = r.end_time
    tail = (flow_run.end_time - previous_end).total_seconds() if flow_run.end_time and previous_end else None
    return tasks, tail


def _cpu_seconds() -> float:
    """CPU time of this process (all its threads: the flow, dbt, DuckDB, GX) and of its children:
    those waited for (``RUSAGE_CHILDREN``) and those still running (the parse workers, which a
    run keeps from one batch to the next: ``/proc/<pid>/stat``), so that a stage is charged
    with the work its workers did in it."""
    return sum(
        r.ru_utime + r.ru_stime
        for r in (resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN))
    ) + sum(map(_live_cpu_seconds, _children()))


_TICKS = os.sysconf("SC_CLK_TCK")


def _live_cpu_seconds(pid: int) -> float:
    """User and system CPU seconds of running process ``pid`` (0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / _TICKS  # utime, stime: fields 14 and 15 of stat


def _reset_peak_rss() -> None:
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")  # Linux: VmHWM := current RSS


def _peak_rss_mb() -> tuple[float | None, float]:
    """(this process's peak RSS since the last reset, the largest peak RSS of the children this
    process has waited for since it started), in MB. The second counts every child, not only
    the parse workers: a program started from this process (``fork`` then ``exec``) keeps the
    peak it had before ``exec``, this process's resident set at the time; ``StageMemory`` reads
    the parse workers' own peaks (``worker_hwm_mb``)."""
    own = None
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                own = int(line.split()[1]) / 1024
    except OSError:
        pass
    return own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _status_mb(pid: int | str, file: str = "status", key: str = "VmRSS:") -> float:
    """A memory figure of process ``pid`` (or ``"self"``) in MB, from ``/proc/<pid>/<file>``:
    its resident set (``VmRSS:`` of ``status``) or its proportional set (``Pss:`` of
    ``smaps_rollup``: pages shared with another process, such as a forked worker's with its
    parent, count for each a share); 0 when it is gone."""
    try:
        for line in Path(f"/proc/{pid}/{file}").read_text().splitlines():
            if line.startswith(key):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


def _children() -> list[int]:
    """The process ids of this process's children (the parse workers), but the Prefect server
    the test harness runs (not part of a run)."""
    pids: list[int] = []
    for task in Path("/proc/self/task").iterdir():
        with contextlib.suppress(OSError, ValueError):
            pids += [int(p) for p in (task / "children").read_text().split()]
    return [p for p in pids if b"uvicorn" not in _cmdline(p)]


def _cmdline(pid: int | str) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def _forked(pids: list[int]) -> list[int]:
    """Those of ``pids`` that are forks of this process (the parse workers: the same command
    line), not programs it started (``multiprocessing``'s resource tracker, for one)."""
    own = _cmdline("self")
    return [p for p in pids if _cmdline(p) == own]


def _lasting(forked: list[int], before: set[int]) -> list[int]:
    """Those of ``forked`` (``_forked`` now) that were forks in the sample before too. A program
    this process starts is a fork with its command line until it calls exec, and its high-water
    mark then is this process's resident set at the fork (the shared pages): the resource tracker
    that dbt's build starts showed as a 1.4 GB "parse worker" in a cold run of 200,000 articles.
    A parse worker lives through many samples."""
    return [p for p in forked if p in before]


class StageMemory:
    """Peak memory and CPU seconds per stage of a run. Memory is sampled every ``interval`` seconds in a thread: resident
    set of the flow process, of its largest child (a parse worker) and of all together (``total_mb``, counting the pages a
    forked worker shares with the flow once per process), the largest peak resident set (VmHWM) of
    a parse worker (``worker_hwm_mb``: a worker's own high-water mark, so a peak between two samples
    counts too; a fork counts from its second sample on: ``_lasting``), and, every ``pss_interval`` seconds
    and once in each stage, the proportional sets of all together (``total_pss_mb``, shared pages counted once). The
    kernel walks a process's page tables for its proportional set (about 3 ms per process of a
    GB): read every 0.1 s, it took a tenth of a core from the run it measured. ``cpu`` holds the CPU seconds of
    each stage (``_cpu_seconds`` at each change of stage: this process's threads, and the parse
    workers, running or done). The stage is the one the run records
    (``flows.runs.enter_stage``, wrapped while sampling)."""

    def __init__(self, interval: float = 0.1, pss_interval: float = 2.0) -> None:
        self.interval = interval
        self.pss_interval = pss_interval
        self.stage = "start"
        self.peaks: dict[str, dict[str, float]] = {}
        self.cpu: dict[str, float] = {}
        self._cpu_at = _cpu_seconds()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _count_cpu(self) -> None:
        now = _cpu_seconds()
        self.cpu[self.stage] = self.cpu.get(self.stage, 0.0) + now - self._cpu_at
        self._cpu_at = now

    def _sample(self) -> None:
        pss_at, pss_stage = 0.0, None
        forked_before: set[int] = set()
        while not self._stop.is_set():
            own, pids = _status_mb("self"), _children()
            kids = [_status_mb(p) for p in pids]
            forked = _forked(pids)
            hwm = [_status_mb(p, key="VmHWM:") for p in _lasting(forked, forked_before)]
            forked_before = set(forked)
            pss = 0.0
            if time.monotonic() >= pss_at or self.stage != pss_stage:  # and once in every stage
                pss = sum(_status_mb(p, "smaps_rollup", "Pss:") for p in ["self", *pids])
                pss_at, pss_stage = time.monotonic() + self.pss_interval, self.stage
            peak = self.peaks.setdefault(
                self.stage,
                dict.fromkeys(("flow_mb", "worker_mb", "worker_hwm_mb", "total_mb", "total_pss_mb"), 0.0),
            )
            peak["flow_mb"] = max(peak["flow_mb"], own)
            peak["worker_mb"] = max(peak["worker_mb"], max(kids, default=0.0))
            peak["worker_hwm_mb"] = max(peak["worker_hwm_mb"], max(hwm, default=0.0))
            peak["total_mb"] = max(peak["total_mb"], own + sum(kids))
            peak["total_pss_mb"] = max(peak["total_pss_mb"], pss)
            self._stop.wait(self.interval)

    def __enter__(self) -> StageMemory:
        from flows import runs

        self._enter_stage = runs.enter_stage

        def enter_stage(settings, summary, stage):
            self._count_cpu()
            self.stage = stage
            return self._enter_stage(settings, summary, stage)

        runs.enter_stage = enter_stage
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        from flows import runs

        self._stop.set()
        self._thread.join()
        self._count_cpu()
        self.cpu = {k: round(v, 2) for k, v in self.cpu.items()}
        runs.enter_stage = self._enter_stage
        for peak in self.peaks.values():
            for k, v in peak.items():
                peak[k] = round(v, 1)


def _dbt_node_seconds(warehouse_path: Path, since: float) -> dict[str, float]:
    """Seconds of each dbt node (model, test) of the run's build, from dbt's ``run_results.json``
    in the warehouse's work directory (``<warehouse dir>/.work/dbt-target``) when written after
    ``since`` (a ``time.time()``); empty when the run built nothing."""
    from flows.settings import load_settings

    try:
        work_dir = load_settings({"warehouse": str(warehouse_path)}).work_dir
        path = work_dir / "dbt-target" / "run_results.json"
        if path.stat().st_mtime < since:
            return {}
        results = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {r["unique_id"]: round(r["execution_time"], 3) for r in results.get("results", [])}


def lake_settings(lake_dir: Path) -> dict[str, str]:
    """The settings of a DuckLake in ``lake_dir``: a SQLite catalog (``catalog.sqlite``) and a
    local data path (``data/``)."""
    lake_dir = lake_dir.resolve()
    return {
        "warehouse_mode": "ducklake",
        "lake_catalog": f"ducklake:sqlite:{lake_dir / 'catalog.sqlite'}",
        "lake_data_path": str(lake_dir / "data"),
    }


def _bytes_of(paths: list[Path]) -> int:
    total = 0
    for p in paths:
        with contextlib.suppress(OSError):
            total += p.stat().st_size
    return total


def parquet_files(data: Path) -> tuple[int, int]:
    """(bytes, files) of the Parquet files under ``data``."""
    files = list(data.rglob("*.parquet")) if data.exists() else []
    return _bytes_of(files), len(files)


def lake_disk_mb(lake_dir: Path, warehouse_path: Path) -> dict[str, float]:
    """The disk a lake takes, in MB: its data path (every file under ``data/``), its catalog (the
    SQLite file and its journal) and the working file the machine keeps between runs
    (``lake-work.duckdb`` and its WAL in the work directory beside ``warehouse_path``)."""
    from flows.settings import load_settings

    data = lake_dir / "data"
    data_b = _bytes_of([f for f in data.rglob("*") if f.is_file()]) if data.exists() else 0
    catalog_b = _bytes_of([lake_dir / f"catalog.sqlite{suffix}" for suffix in ("", "-wal", "-journal")])
    work = load_settings({"warehouse": str(warehouse_path)}).work_dir / "lake-work.duckdb"
    work_b = _bytes_of([work, work.with_name(work.name + ".wal")])
    mb = {"data": data_b / 2**20, "catalog": catalog_b / 2**20, "working_file": work_b / 2**20}
    return {**{k: round(v, 2) for k, v in mb.items()}, "total": round(sum(mb.values()), 2)}


def run_once(label: str, inbox: Path, warehouse_path: Path, lake_dir: Path | None = None) -> dict[str, Any]:
    """One flow run, timed from the call to its return; never raises for a failed run. With
    ``lake_dir``, into the DuckLake there (``lake_settings``) rather than the DuckDB file
    ``warehouse_path`` (whose folder then holds the machine's working file and run records)."""
    from flows.pipeline import pipeline

    overrides: dict[str, Any] = {"settle_seconds": 0}  # the corpus was just written: no settle time
    if lake_dir is not None:
        overrides |= lake_settings(lake_dir)
        parquet0 = parquet_files(lake_dir / "data")
    _reset_peak_rss()
    started = time.time()
    c0, t0 = _cpu_seconds(), time.perf_counter()
    with StageMemory() as memory:
        state = pipeline(
            inbox=[str(inbox)],
            warehouse_path=str(warehouse_path),
            settings_overrides=overrides,
            return_state=True,
        )
    wall, cpu = time.perf_counter() - t0, _cpu_seconds() - c0
    out: dict[str, Any] = {
        "label": label,
        "seconds": wall,
        "cpu_seconds": cpu,
        "load_after": os.getloadavg()[0],
        "status": state.name,
    }
    out["peak_rss_mb"], out["children_maxrss_mb"] = _peak_rss_mb()
    # the largest parse worker of this run (0: it started none, parsing in this process)
    out["worker_peak_rss_mb"] = max((v["worker_hwm_mb"] for v in memory.peaks.values()), default=0.0)
    out["stage_memory_mb"] = memory.peaks
    out["stage_cpu_s"] = memory.cpu  # the last stage's includes what the flow does after it
    if lake_dir is not None:
        parquet1 = parquet_files(lake_dir / "data")
        out["parquet_bytes_added"] = parquet1[0] - parquet0[0]
        out["parquet_files_added"] = parquet1[1] - parquet0[1]
        out["lake_disk_mb"] = lake_disk_mb(lake_dir, warehouse_path)
    elif warehouse_path.exists():
        out["warehouse_mb"] = warehouse_path.stat().st_size / 2**20
    result = state.result(raise_on_failure=False)
    if isinstance(result, BaseException):
        out["error"] = f"{type(result).__name__}: {str(result)[:300]}"
    else:
        for name in (
            "seconds",
            "files_seen",
            "files_new",
            "files_duplicate",
            "files_rejected",
            "articles_new",
            "articles_total",
            "facts_total",
            "people_total",
            "dbt_build",
            "working_copy",
            "lake_publish",
        ):
            out[f"summary_{name}"] = getattr(result, name, None)
    out["dbt_nodes"] = _dbt_node_seconds(warehouse_path, started)
    try:
        out["tasks"], out["after_tasks_s"] = _task_timings(state.state_details.flow_run_id)
    except Exception as exc:  # timings are a bonus; the run itself was measured
        out["tasks"], out["tasks_error"] = [], f"{type(exc).__name__}: {exc}"
    return out


def run_apart(label: str, inbox: Path, warehouse_path: Path, lake_dir: Path | None = None) -> dict[str, Any]:
    """``run_once`` in a process of its own (``--one-run``), reporting to this process's Prefect
    server; its result, with ``"process": "own"``. A process that dies without writing its
    result gives ``{"label", "status": "Crashed", "error"}``."""
    from prefect.settings import PREFECT_API_URL

    with tempfile.TemporaryDirectory(prefix="dyad-e2e-") as tmp:
        spec, out = Path(tmp) / "spec.json", Path(tmp) / "run.json"
        spec.write_text(
            json.dumps(
                {
                    "label": label,
                    "inbox": str(inbox),
                    "warehouse_path": str(warehouse_path),
                    "lake_dir": str(lake_dir) if lake_dir else None,
                    "out": str(out),
                }
            ),
            encoding="utf-8",
        )
        env = {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value())}
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.e2e", "--one-run", str(spec)], env=env, check=False
        )
        if not out.exists():
            return {"label": label, "status": "Crashed", "error": f"its process exited {done.returncode}"}
        run = json.loads(out.read_text(encoding="utf-8"))
    run["process"] = "own"
    return run


def _one_run(spec_path: Path) -> int:
    """The run ``run_apart`` asked for, its result written where the spec says."""
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    lake_dir = Path(spec["lake_dir"]) if spec["lake_dir"] else None
    run = run_once(spec["label"], Path(spec["inbox"]), Path(spec["warehouse_path"]), lake_dir)
    Path(spec["out"]).write_text(json.dumps(run, default=str), encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--one-run"]:  # a run of run_apart's
        return _one_run(Path(argv[1]))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, required=True, help="directory of generated .txt files")
    ap.add_argument("--sizes", required=True, help="comma-separated article counts, e.g. 500,2000")
    ap.add_argument("--work", type=Path, required=True, help="scratch directory for inboxes and warehouses")
    ap.add_argument("--out", type=Path, required=True, help="JSON file to write the results to")
    ap.add_argument("--no-incremental", action="store_true", help="leave out the +1 file runs")
    ap.add_argument(
        "--scale", type=int, default=0, help="also a cold run of this many articles, and its +1 runs"
    )
    ap.add_argument("--extra", type=Path, help="directory of files not in the corpus, for the +1 runs")
    ap.add_argument(
        "--reuse",
        action="store_true",
        help="keep each size's warehouse: a warehouse left by an earlier benchmark in --work is not "
        "built again, its standby is kept, and the +1 runs add extra files its inbox does not hold yet",
    )
    ap.add_argument("--runs", type=int, default=2, help="how many +1 file runs after each cold run (2)")
    ap.add_argument(
        "--nothing-new",
        type=int,
        default=0,
        help="how many runs with nothing new after each cold run, before the +1 file runs (0)",
    )
    ap.add_argument(
        "--lake",
        action="store_true",
        help="into DuckLakes (SQLite catalog, local data path: <work>/cold-N/lake) instead of DuckDB files",
    )
    ap.add_argument(
        "--cold-apart",
        action="store_true",
        help="each cold run in a process of its own, as `dyad run` and a process worker make them",
    )
    args = ap.parse_args(argv)

    os.sched_setaffinity(0, range(os.cpu_count() or 1))  # the flow may use every core
    sizes = sorted(int(s) for s in args.sizes.split(",") if s.strip())
    if args.scale:
        sizes.append(args.scale)
    files = sorted(args.corpus.glob("*.txt"))
    extra = sorted(args.extra.glob("*.txt")) if args.extra else []
    if len(files) < sizes[-1]:
        raise SystemExit(f"{args.corpus}: need {sizes[-1]} files, found {len(files)}")
    if not args.no_incremental and len(extra) < args.runs * len(sizes):
        raise SystemExit(
            f"--extra: need {args.runs * len(sizes)} files not in the corpus, found {len(extra)}"
        )

    from prefect.testing.utilities import prefect_test_harness

    results: dict[str, Any] = {"runs": [], "sizes": sizes, "mode": "ducklake" if args.lake else "duckdb"}

    def lake_of(root: Path) -> Path | None:
        return root / "lake" if args.lake else None

    def built(root: Path) -> bool:  # a warehouse or lake an earlier benchmark left in --work
        if args.lake:
            return (root / "lake" / "catalog.sqlite").exists()
        return (root / "warehouse" / "dyad.duckdb").exists()

    def record(run: dict[str, Any]) -> None:  # written after every run: a cut-short benchmark keeps its runs
        results["runs"].append(run)
        args.out.write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")

    t0 = time.perf_counter()
    with prefect_test_harness(
        server_startup_timeout=int(os.environ["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"])
    ):
        results["harness_seconds"] = time.perf_counter() - t0
        # The first run in a process also starts dbt and Great Expectations up (imports, adapter,
        # project manifest, data context): a one-file run takes that, so the measured runs compare.
        root = args.work / "first"
        shutil.rmtree(root, ignore_errors=True)
        _link_files(files[:1], root / "inbox")
        run = run_once(FIRST_RUN, root / "inbox", root / "warehouse" / "dyad.duckdb", lake_of(root))
        run["articles"] = 1
        record(run)
        for i, n in enumerate(sizes):
            root = args.work / f"cold-{n}"
            warehouse_path = root / "warehouse" / "dyad.duckdb"
            if args.reuse and built(root):
                added = len(list((root / "inbox").iterdir())) - n  # +1 files of earlier benchmarks
                pool = [f for f in extra if not (root / "inbox" / f.name).exists()]
            else:
                shutil.rmtree(root, ignore_errors=True)
                _link_files(files[:n], root / "inbox")
                cold = run_apart if args.cold_apart else run_once
                run = cold(f"cold {n}", root / "inbox", warehouse_path, lake_of(root))
                run["articles"] = n
                record(run)
                if run.get("status") != "Completed":
                    continue
                for k in range(args.nothing_new):
                    label = "nothing new" if k == 0 else f"nothing new ({k + 1})"
                    run = run_once(f"{label} on {n}", root / "inbox", warehouse_path, lake_of(root))
                    run["articles"], run["warehouse_articles"] = 0, n
                    record(run)
                if args.no_incremental:
                    continue
                added, pool = 0, extra[args.runs * i :]
            if args.no_incremental:
                continue
            if len(pool) < args.runs:
                raise SystemExit(f"--extra: {root / 'inbox'} holds all but {len(pool)} of its files")
            for k in range(args.runs):
                label = "+1 file" if k == 0 else "+1 more file" if k == 1 else f"+1 file ({k + 1})"
                _link_files(pool[k : k + 1], root / "inbox")
                run = run_once(f"{label} on {n}", root / "inbox", warehouse_path, lake_of(root))
                run["articles"], run["warehouse_articles"] = 1, n + added + k
                record(run)
            if not args.reuse:
                shutil.rmtree(root / "warehouse" / ".work", ignore_errors=True)
    args.out.write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
