"""The `dyad` command line as users run it: real subprocesses, exit codes, output."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flows import warehouse

pytestmark = pytest.mark.slow


@pytest.fixture()
def cli_env(prefect_harness):
    from prefect.settings import PREFECT_API_URL

    env = dict(os.environ)
    env["PREFECT_API_URL"] = PREFECT_API_URL.value()  # the harness's server: no second server start
    env["COLUMNS"] = "200"
    return env


def dyad(*args: str, env: dict, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "flows", *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=600
    )


def test_run_status_sql_from_another_directory(cli_env, inbox, tmp_path):
    wh = tmp_path / "wh" / "dyad.duckdb"
    (inbox / "empty.txt").write_text("   ")
    # a quarantined path with console markup and an escape sequence in it: "notes[/bold] \x1b[2J.txt"
    (inbox / "notes[").mkdir()
    (inbox / "notes[" / "bold] \x1b[2J.txt").write_text("  ")
    res = dyad(
        "run", "--inbox", str(inbox), "--warehouse", str(wh), env={**cli_env, "COLUMNS": "60"}, cwd=tmp_path
    )
    assert res.returncode == 0, res.stderr[-3000:]
    out = res.stdout
    assert "published" in out and "quarantined" in out and "empty.txt" in out
    assert "3 / 3" in out  # articles new / total
    assert "notes[/bold] \\x1b[2J.txt" in out and "\x1b" not in out and "Traceback" not in res.stderr
    assert f"warehouse: {wh}\n" in out  # whole, on one line, though wider than the terminal

    res = dyad(
        "sql",
        "select count(*) as n from marts.articles",
        "--warehouse",
        str(wh),
        "--format",
        "json",
        env=cli_env,
    )
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout) == [{"n": 3}]

    res = dyad("status", "--warehouse", str(wh), env=cli_env)
    assert res.returncode == 0, res.stderr
    assert "marts.numeric_facts" in res.stdout and "published" in res.stdout

    res = dyad("sql", "select * from no_such_table", "--warehouse", str(wh), env=cli_env)
    assert res.returncode == 1 and "sql error" in res.stderr


def test_usage_errors_exit_2(cli_env, tmp_path):
    res = dyad("run", "--inbox", str(tmp_path / "missing"), env=cli_env)
    assert res.returncode == 2 and "inbox not found" in res.stderr
    res = dyad("run", "--url", "ftp://example.org/x", "--inbox", str(tmp_path), env=cli_env)
    assert res.returncode == 2 and "not an http(s) URL" in res.stderr
    res = dyad("run", "--no-such-flag", env=cli_env)
    assert res.returncode == 2


def test_second_writer_is_refused_with_exit_1(cli_env, inbox, tmp_path):
    wh = tmp_path / "wh" / "dyad.duckdb"
    with warehouse.writer_lock(wh):
        res = dyad("run", "--inbox", str(inbox), "--warehouse", str(wh), env=cli_env)
    assert res.returncode == 1
    assert "another Dyad run is writing" in res.stderr
    assert not wh.exists()  # nothing was written


def test_report_exit_codes(cli_env, seeds_warehouse, tmp_path):
    wh, _ = seeds_warehouse
    out = tmp_path / "out" / "by.html"
    res = dyad(
        "report",
        "--warehouse",
        str(wh),
        "--country",
        "by",
        "--since",
        "2025-01-01",
        "--out",
        str(out),
        env=cli_env,
    )
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == f"report: {out}" and "Беларусь (BY)" in out.read_text(encoding="utf-8")

    res = dyad("report", "--warehouse", str(wh), env=cli_env, cwd=tmp_path)  # default: beside the warehouse
    assert res.returncode == 0 and (wh.parent / "report.html").is_file()

    for args, message in (
        (["--country", "XX"], "unknown country code 'XX'"),
        (["--country", "Belarus"], "alpha-2"),
        (["--since", "2025-02-30"], "ISO date"),
    ):
        res = dyad("report", "--warehouse", str(wh), *args, env=cli_env)
        assert res.returncode == 2 and message in res.stderr, (args, res.stderr)

    res = dyad("report", "--warehouse", str(tmp_path / "none" / "dyad.duckdb"), env=cli_env)
    assert res.returncode == 1 and "no published warehouse" in res.stderr


def _start_run(cli_env: dict, inbox: Path, wh: Path) -> tuple[subprocess.Popen, Path]:
    """A `dyad run` in its own process group, and its run record once the flow has started."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "flows", "run", "--inbox", str(inbox), "--warehouse", str(wh)],
        env=cli_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        # as from a terminal: a test session started in the background inherits SIGINT ignored
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    runs = wh.parent / "runs"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        records = sorted(runs.glob("*.json")) if runs.exists() else []
        if records and proc.poll() is None:
            return proc, records[-1]
        assert proc.poll() is None, "the run ended before it could be interrupted"
        time.sleep(0.2)
    raise AssertionError("no run record within 300 s")


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["kill-9", "ctrl-c"])
def test_interrupted_runs_show_as_interrupted(cli_env, inbox, tmp_path, sig):
    wh = tmp_path / "wh" / "dyad.duckdb"
    proc, record = _start_run(cli_env, inbox, wh)
    assert json.loads(record.read_text())["status"] == "running"
    os.killpg(proc.pid, sig)
    proc.wait(120)
    res = dyad("status", "--warehouse", str(wh), env=cli_env)
    assert res.returncode == 0, res.stderr
    run_id = json.loads(record.read_text())["run_id"]
    row = next(line for line in res.stdout.splitlines() if run_id in line)
    assert "interrupted" in row and "running" not in row
    # the files and articles it had found are not taken for loaded ones
    assert "stopped before publishing" in row
