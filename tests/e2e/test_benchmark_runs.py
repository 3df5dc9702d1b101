"""``benchmarks.e2e`` measures real flow runs; ``--cold-apart`` makes each cold run in a process
of its own, as ``dyad run`` and a process worker make them, reporting to the benchmark's Prefect
server and measuring its own process."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import PROJECT_ROOT, SEEDS

pytestmark = pytest.mark.slow


def test_a_cold_run_apart_is_measured_in_its_own_process(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for f in seeds:
        (corpus / f.name).write_bytes(f.read_bytes())
    out = tmp_path / "e2e.json"
    cmd = [sys.executable, "-m", "benchmarks.e2e", "--corpus", str(corpus), "--sizes", str(len(seeds))]
    cmd += ["--no-incremental", "--cold-apart", "--work", str(tmp_path / "work"), "--out", str(out)]
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect")}
    env.pop("PREFECT_API_URL", None)
    done = subprocess.run(cmd, cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    first, cold = json.loads(out.read_text(encoding="utf-8"))["runs"]
    assert "process" not in first and first["status"] == "Completed"  # in the benchmark's process
    assert cold["process"] == "own" and cold["status"] == "Completed", cold.get("error")
    assert cold["summary_articles_new"] == len(seeds) and cold["summary_files_new"] == len(seeds)
    # its own process's memory, stage by stage, and its tasks as the server recorded them
    assert {"parse", "load", "dbt build", "audit"} <= set(cold["stage_memory_mb"])
    assert cold["stage_memory_mb"]["dbt build"]["flow_mb"] > 100
    assert {"parse_articles", "build_marts", "publish"} <= {t["task"] for t in cold["tasks"]}
    assert cold["dbt_nodes"]  # dbt's run results of its build
