"""The real `dyad` command (a subprocess): paths given on the command line are relative to the
working directory; `dyad status` piped prints every row of its tables on one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest


def dyad(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS" and not k.startswith("DYAD_")}
    return subprocess.run(
        [sys.executable, "-m", "flows", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.fixture()
def warehouse(tmp_path: Path) -> Path:
    wh = tmp_path / "here" / "dyad.duckdb"
    wh.parent.mkdir()
    con = duckdb.connect(str(wh))
    con.execute("create schema marts")
    con.execute("create table marts.articles as select 1 as id")
    con.close()
    return wh


def test_a_relative_inbox_is_read_from_the_working_directory(tmp_path: Path):
    res = dyad("run", "--inbox", "incoming/today", "--warehouse", "wh/dyad.duckdb", cwd=tmp_path)
    assert res.returncode == 2, res.stderr
    assert f"inbox not found: {tmp_path / 'incoming' / 'today'}" in res.stderr


def test_a_relative_warehouse_is_read_from_the_working_directory(warehouse: Path):
    res = dyad("status", "--warehouse", "dyad.duckdb", cwd=warehouse.parent)
    assert res.returncode == 0, res.stderr
    assert f"published: {warehouse}\n" in res.stdout


def test_status_piped_prints_each_run_on_one_line(warehouse: Path):
    runs = warehouse.parent / "runs"
    runs.mkdir()
    run_id = "2026-11-30T101500_" + "a1b2c3d4" * 6
    error = "FetchError: " + "the server at news.example.org answered http 503 " * 2
    record = {
        "run_id": run_id,
        "status": "failed",
        "started_at": "2026-11-30T10:15:00+00:00",
        "files_new": 12,
        "articles_new": 0,
        "files_rejected": 3,
        "seconds": 41.5,
        "error": error,
        "warehouse": str(warehouse),
    }
    (runs / f"{run_id}.json").write_text(json.dumps(record))
    res = dyad("status", "--warehouse", str(warehouse), cwd=warehouse.parent)
    assert res.returncode == 0, res.stderr
    (row,) = [line for line in res.stdout.splitlines() if "failed" in line]
    assert run_id in row and "2026-11-30T10:15:00" in row and error[:80] in row
    assert "marts.articles" in next(line for line in res.stdout.splitlines() if "marts.articles" in line)
