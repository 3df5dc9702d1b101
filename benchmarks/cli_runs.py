"""``dyad run`` as users start it: one process per run, timed by the clock from start to exit,
against a warehouse the end-to-end runs left (``benchmarks.e2e``), with the Prefect API either

- a temporary server the run starts itself (no PREFECT_API_URL, no ``dyad serve``), in a
  PREFECT_HOME of its own that persists between the runs (the first run in it also creates and
  migrates its database: reported as such), or
- a running server (one ``prefect server start``, as ``dyad serve`` starts it, recorded where
  ``dyad run`` looks for it).

Per API: the no-op runs (nothing new in the inbox; the best and every pass) and a run that adds
one new file. ``work_s`` is the run's own ``seconds`` (the flow's work); the rest of the wall
time is the process: imports, the API, the exit.

    python -m benchmarks.cli_runs --inbox DIR --warehouse PATH --new FILE --new FILE --work DIR [--out JSON]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from flows import serve
from flows.settings import PROJECT_ROOT

NOOP_PASSES = 3
RUN_TIMEOUT = 1800.0
SERVER_START_TIMEOUT = 240.0
_SECONDS = re.compile(r"seconds\s*│\s*([0-9.]+)")


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update({"PREFECT_HOME": str(home), "COLUMNS": "200", "DO_NOT_TRACK": "1"})
    env["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    env["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"] = "180"
    return env


def time_run(inbox: Path, warehouse: Path, env: dict[str, str]) -> dict[str, Any]:
    """One ``dyad run`` process: wall seconds, the run's own seconds, whether it started a
    temporary server, the exit status."""
    cmd = [
        str(Path(sys.executable).parent / "dyad"),
        "run",
        "--inbox",
        str(inbox),
        "--warehouse",
        str(warehouse),
    ]
    t0 = time.perf_counter()
    done = subprocess.run(cmd, cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT)
    wall = time.perf_counter() - t0
    m = _SECONDS.search(done.stdout)
    out: dict[str, Any] = {
        "wall_s": wall,
        "work_s": float(m.group(1)) if m else None,
        "temporary_server": "temporary" in done.stderr,
        "returncode": done.returncode,
    }
    if done.returncode != 0:
        out["error"] = (done.stderr.strip().splitlines() or [""])[-1][:300]
    return out


def measure(inbox: Path, warehouse: Path, new_files: list[Path], work: Path) -> dict[str, Any]:
    """No-op runs and a one-new-file run, first with a temporary server, then with a running
    one; ``new_files`` needs two files not yet in ``inbox``."""
    if len(new_files) < 2:
        raise ValueError(f"need 2 new files, got {len(new_files)}")
    results: dict[str, Any] = {}
    # 1. temporary server, its PREFECT_HOME new at the first run and kept after
    home = work / "prefect-home-temporary"
    shutil.rmtree(home, ignore_errors=True)
    env = _env(home)
    results["temporary_first"] = time_run(inbox, warehouse, env)  # creates the database
    results["temporary_noop"] = [time_run(inbox, warehouse, env) for _ in range(NOOP_PASSES)]
    shutil.copy2(new_files[0], inbox / new_files[0].name)
    results["temporary_new_file"] = time_run(inbox, warehouse, env)

    # 2. a running server, recorded as `dyad serve` records it
    server_home, run_home = work / "prefect-home-server", work / "prefect-home-runs"
    shutil.rmtree(server_home, ignore_errors=True)
    shutil.rmtree(run_home, ignore_errors=True)
    with serve.recorded_server(server_home, run_home, work / "prefect-server.log", SERVER_START_TIMEOUT):
        env = _env(run_home)
        results["server_noop"] = [time_run(inbox, warehouse, env) for _ in range(NOOP_PASSES)]
        shutil.copy2(new_files[1], inbox / new_files[1].name)
        results["server_new_file"] = time_run(inbox, warehouse, env)
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--inbox", type=Path, required=True)
    ap.add_argument("--warehouse", type=Path, required=True)
    ap.add_argument("--new", type=Path, action="append", default=[], help="a file not in the inbox (twice)")
    ap.add_argument("--work", type=Path, required=True, help="scratch directory for the Prefect homes")
    ap.add_argument("--out", type=Path, help="JSON file to write the results to (default: stdout)")
    args = ap.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    results = measure(args.inbox, args.warehouse, args.new, args.work)
    text = json.dumps(results, indent=2)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
