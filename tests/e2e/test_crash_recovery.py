"""A run killed with ``kill -9`` (its main process only) leaves nothing that blocks the next run:
parse workers neither keep the writer lock nor outlive the run, and the next run completes the
work."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from flows import warehouse
from tests.conftest import SEEDS, run_pipeline
from tests.tables import table_digests

# A run's main process: takes the writer lock, starts a pool of forked workers that watch their
# parent (as the parse pool of flows/ingest/parallel.py does) and waits; the test kills it with SIGKILL.
RUN_WITH_POOL = """
import os, sys, time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from flows import warehouse

with warehouse.writer_lock(Path(sys.argv[1])):
    pool = ProcessPoolExecutor(max_workers=2, initializer=warehouse.WorkerWatch(os.getpid()).start)
    for f in [pool.submit(time.sleep, 0.01) for _ in range(2)]:
        f.result()
    print(" ".join(str(p) for p in pool._processes), flush=True)
    time.sleep(600)
"""


# A run's main process whose worker is still starting (its initializer not yet run) when the
# process is killed: the worker prints its pid, then waits a second before its watch starts.
RUN_WITH_STARTING_WORKER = """
import os, time
from concurrent.futures import ProcessPoolExecutor
from flows.ingest.parallel import _init_parse_worker

def init(parent):
    print(os.getpid(), flush=True)
    time.sleep(1.0)
    _init_parse_worker(parent)

pool = ProcessPoolExecutor(max_workers=1, initializer=init, initargs=(os.getpid(),))
pool.submit(time.sleep, 0.01)
time.sleep(600)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(") ")[-1].startswith("Z"))


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def _kill_all(pids) -> None:
    for pid in pids:
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)


def test_parse_workers_of_a_killed_run_neither_hold_the_lock_nor_outlive_it(tmp_path):
    wh = tmp_path / "dyad.duckdb"
    run = subprocess.Popen([sys.executable, "-c", RUN_WITH_POOL, str(wh)], stdout=subprocess.PIPE, text=True)
    workers = [int(p) for p in run.stdout.readline().split()]
    try:
        assert len(workers) == 2
        with pytest.raises(warehouse.WarehouseBusy, match=f"pid {run.pid}"), warehouse.writer_lock(wh):
            pass
        run.kill()
        run.wait(10)
        t0 = time.monotonic()
        with warehouse.writer_lock(wh):  # at once: the workers never held it
            pass
        assert time.monotonic() - t0 < 1
        deadline = time.monotonic() + 5
        while any(map(_alive, workers)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(map(_alive, workers)), "parse workers outlived their killed run"
    finally:
        run.kill()
        _kill_all(workers)


def test_a_lock_held_by_a_leftover_process_names_that_process_not_the_dead_run(tmp_path):
    wh = tmp_path / "dyad.duckdb"
    lock = tmp_path / "dyad.duckdb.lock"
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    lock.write_text(json.dumps({"pid": int(dead.stdout)}))
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, sys, time; f = open(sys.argv[1]); fcntl.flock(f, fcntl.LOCK_EX); "
            "print('ready', flush=True); time.sleep(600)",
            str(lock),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(warehouse.WarehouseBusy) as err, warehouse.writer_lock(wh):
            pass
        msg = str(err.value)
        assert f"pid {holder.pid}" in msg and f"run (pid {int(dead.stdout)}) that has exited" in msg
    finally:
        holder.kill()
        holder.wait(10)
    with warehouse.writer_lock(wh):
        assert json.loads(lock.read_text()) == {"pid": os.getpid()}


def _articles(inbox: Path, n: int) -> None:
    base = (SEEDS / "002_f7808c3b0d4d12dc.txt").read_text(encoding="utf-8")
    for i in range(n):
        text = base.replace("30 межрегиональных соглашений", f"{31 + i} межрегиональных соглашений")
        text = text.replace("Сегодня состоялась встреча", f"В {i + 1}-й раз состоялась встреча")
        (inbox / f"article_{i:04d}.txt").write_text(text, encoding="utf-8")


def _start_run(inbox: Path, wh: Path, workers: int, new_session: bool = False) -> subprocess.Popen:
    """``dyad run`` of ``inbox`` into ``wh`` in a process of its own, on the test's Prefect API."""
    from prefect.settings import PREFECT_API_URL

    env = dict(os.environ, PREFECT_API_URL=PREFECT_API_URL.value(), DYAD_WORKERS=str(workers))
    return subprocess.Popen(
        [sys.executable, "-m", "flows", "run", "--inbox", str(inbox), "--warehouse", str(wh)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=new_session,
    )


def test_a_parse_worker_whose_run_died_while_it_was_starting_exits_too():
    run = subprocess.Popen(
        [sys.executable, "-c", RUN_WITH_STARTING_WORKER], stdout=subprocess.PIPE, text=True
    )
    worker = int(run.stdout.readline())
    try:
        run.kill()  # before the worker's initializer has started its watch
        run.wait(10)
        deadline = time.monotonic() + 5
        while _alive(worker) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(worker), "a parse worker outlived the run that died while it was starting"
    finally:
        _kill_all([worker])
        run.stdout.close()


def _children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True)
    return [int(p) for p in out.stdout.split()]


@pytest.mark.slow
def test_kill_9_of_the_main_process_while_parsing_then_the_next_run_completes(
    prefect_harness, inbox, tmp_path
):

    wh = tmp_path / "wh" / "dyad.duckdb"
    _articles(inbox, 200)
    run = _start_run(inbox, wh, workers=2)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and run.poll() is None:
            workers = _children(run.pid)  # the parse pool's processes
            if len(workers) >= 2 and list((wh.parent / ".work").glob("stage-*")):
                break
            time.sleep(0.05)
        assert run.poll() is None and len(workers) >= 2, "the run ended before its parse pool started"
        os.kill(run.pid, signal.SIGKILL)  # the main process only, as an operator's kill -9 would
        run.wait(10)

        t0 = time.monotonic()
        with warehouse.writer_lock(wh):
            pass
        assert time.monotonic() - t0 < 2, "the next run could not take the warehouse"
        resumed = run_pipeline(inbox, wh)
        assert resumed.status == "published" and resumed.articles_total == 203
        con = duckdb.connect(str(wh), read_only=True)
        try:
            assert con.execute("select count(distinct article_id) from raw.articles").fetchone()[0] == 203
        finally:
            con.close()
        deadline = time.monotonic() + 5
        while any(map(_alive, workers)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(map(_alive, workers)), "parse workers outlived their killed run"
    finally:
        if run.poll() is None:
            run.kill()
        _kill_all(workers)


@pytest.mark.slow
def test_a_killed_run_leaves_no_prefect_server_behind(tmp_path):
    """Without PREFECT_API_URL a run starts Prefect's temporary server; killing the run stops it."""
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env["PREFECT_HOME"] = str(tmp_path / "prefect")
    wh = tmp_path / "wh" / "dyad.duckdb"
    run = subprocess.Popen(
        [sys.executable, "-m", "flows", "run", "--inbox", str(SEEDS), "--warehouse", str(wh)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    server: list[int] = []
    try:
        deadline = time.monotonic() + 180
        while not server and time.monotonic() < deadline and run.poll() is None:
            server = [
                p
                for p in _children(run.pid)
                if b"uvicorn" in _cmdline(p)
                and (wh.parent / ".work").exists()  # the server is up: the flow runs
            ]
            time.sleep(0.1)
        assert server and run.poll() is None, "the run ended before its Prefect server was seen"
        os.kill(run.pid, signal.SIGKILL)
        run.wait(10)
        deadline = time.monotonic() + 10
        while _alive(server[0]) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(server[0]), "the Prefect server outlived the run that started it"
        run.stdout.read()  # ends: no process is left holding the run's output
        with warehouse.writer_lock(wh):
            pass
    finally:
        if run.poll() is None:
            run.kill()
        _kill_all(server)


# ------------------------------------------------------------------- kill -9 at each stage

# The stages a run names in its run record (flows/pipeline.py), in order; the tests kill the
# run's whole process group (main process, parse workers, dbt) while it is in one of them.
STAGES = ("discovery", "parse", "load", "dbt build", "audit", "publish")


def _published_rows(wh: Path) -> dict[str, tuple]:
    """Every table of the published warehouse: (rows, sum of the rows' hashes)."""
    con = duckdb.connect(str(wh), read_only=True)
    try:
        return table_digests(con)
    finally:
        con.close()


def _counts(wh: Path) -> tuple[int, int, int]:
    """(distinct articles in raw, articles in the marts, numeric facts in the marts) as published."""
    con = duckdb.connect(str(wh), read_only=True)
    try:
        return con.execute(
            "select (select count(distinct article_id) from raw.articles), (select count(*) from marts.articles), "
            "(select count(*) from marts.numeric_facts)"
        ).fetchone()
    finally:
        con.close()


def _stage_of_running(runs_dir: Path) -> str | None:
    """The stage the running run's record names, None while there is none."""
    for rec in runs_dir.glob("*.json"):
        try:
            record = json.loads(rec.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            continue
        if record.get("status") == "running":
            return record.get("stage") or None
    return None


@pytest.fixture(scope="module")
def published_before_new_inputs(tmp_path_factory, prefect_harness):
    """An inbox of the seeds, a warehouse that published them, then 12 new articles added to the
    inbox; and what a run that is not killed publishes from there: (inbox, warehouse, counts)."""
    root = tmp_path_factory.mktemp("crash_base")
    inbox = root / "inbox"
    inbox.mkdir()
    for f in SEEDS.glob("*.txt"):
        (inbox / f.name).write_bytes(f.read_bytes())
    wh = root / "base" / "dyad.duckdb"
    assert run_pipeline(inbox, wh).status == "published"
    more = inbox / "more"
    more.mkdir()
    _articles(more, 12)
    reference = root / "reference" / "dyad.duckdb"
    reference.parent.mkdir()
    reference.write_bytes(wh.read_bytes())
    done = run_pipeline(inbox, reference)
    assert done.status == "published" and done.articles_new == 12
    return inbox, wh, _counts(reference)


@pytest.mark.slow
@pytest.mark.parametrize("stage", STAGES)
def test_kill_9_of_a_run_at_each_stage_leaves_the_published_warehouse_and_the_next_run_publishes(
    published_before_new_inputs, tmp_path, stage
):
    """``kill -9`` of the run's process group while its record names ``stage``: the published
    warehouse is as it was (at ``publish``: as it was, or the run's whole result), nothing blocks
    the next run, and the next run publishes every article and fact a run not killed does."""

    inbox, base, expected = published_before_new_inputs
    wh = tmp_path / "wh" / "dyad.duckdb"
    wh.parent.mkdir()
    wh.write_bytes(base.read_bytes())
    before_bytes, before_rows = wh.read_bytes(), _published_rows(wh)
    # its own process group: the run, its parse workers, dbt
    run = _start_run(inbox, wh, workers=1, new_session=True)
    seen: list[str] = []
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and run.poll() is None:
            now = _stage_of_running(wh.parent / "runs")
            if now and (not seen or seen[-1] != now):
                seen.append(now)
            if now == stage:
                os.killpg(run.pid, signal.SIGSTOP)  # frozen: the stage cannot move on
                if _stage_of_running(wh.parent / "runs") == stage:
                    break
                os.killpg(run.pid, signal.SIGCONT)
            time.sleep(0.005)
        assert run.poll() is None, f"the run ended before stage {stage!r} was seen (stages seen: {seen})"
        assert _stage_of_running(wh.parent / "runs") == stage, seen
        os.killpg(run.pid, signal.SIGKILL)
        run.wait(10)
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
            run.wait(10)

    if stage == "publish" and _counts(wh)[0] == expected[0]:
        assert _counts(wh) == expected  # published whole before the kill
    else:
        assert wh.read_bytes() == before_bytes, f"killed at {stage}: the published file changed"
        assert _published_rows(wh) == before_rows
    t0 = time.monotonic()
    with warehouse.writer_lock(wh):
        pass
    assert time.monotonic() - t0 < 2, "the killed run's lock blocks the next run"
    resumed = run_pipeline(inbox, wh)
    assert resumed.status == "published"
    assert _counts(wh) == expected
    assert (resumed.articles_total, resumed.facts_total) == expected[1:]
