"""The command line without a pipeline run: `dyad sql` only reads (both warehouse modes), bad
settings and a busy or wrong warehouse fail at once in one line, data is printed as text (no
markup, no control characters), paths are printed whole, killed runs show as interrupted.

Warehouses here are real DuckDB files and a real DuckLake (SQLite catalog) built without dbt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from flows import lake, warehouse
from flows.cli import app, print_summary
from flows.pipeline import RunSummary
from flows.settings import load_settings

HOSTILE = "[/bold] [link=file:///etc/passwd]x[/link] \x1b[2J\x1b]0;owned\x07 \r over \u202eevil"


def invoke(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(app, list(args), env=env, prog_name="dyad")


def one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


# ----------------------------------------------------------------------------- warehouses


def _fill(con: duckdb.DuckDBPyConnection, prefix: str = "") -> None:
    con.execute(f"create schema if not exists {prefix}marts")
    con.execute(
        f"create table {prefix}marts.articles as select * from (values (1, 'first'), (2, ?)) t(id, title)",
        [HOSTILE],
    )
    con.execute(f"create table {prefix}marts.people as select * from (values ('A'), ('B')) t(name)")


@pytest.fixture()
def duckdb_warehouse(tmp_path: Path) -> Path:
    wh = tmp_path / "wh" / "dyad.duckdb"
    wh.parent.mkdir()
    con = duckdb.connect(str(wh))
    _fill(con)
    con.close()
    return wh


@pytest.fixture()
def lake_env(tmp_path: Path) -> dict[str, str]:
    """A DuckLake with marts.articles and marts.people, and the environment that selects it."""
    env = {
        "DYAD_WAREHOUSE_MODE": "ducklake",
        "DYAD_LAKE_CATALOG": f"ducklake:sqlite:{tmp_path}/lake/catalog.sqlite",
        "DYAD_LAKE_DATA_PATH": str(tmp_path / "lake" / "data"),
        "DYAD_WAREHOUSE": str(tmp_path / "work" / "dyad.duckdb"),
    }
    s = load_settings(environ=env)
    lake.ensure_lake(s)
    con = lake.connect(s)
    try:
        con.execute("begin")
        _fill(con, "lake.")
        con.execute("commit")
    finally:
        con.close()
    return env


def _people(con_factory) -> int:
    con = con_factory()
    try:
        return con.execute("select count(*) from marts.people").fetchone()[0]
    finally:
        con.close()


def _writes(target: Path, catalog_attach: str) -> list[str]:
    """Statements that write: a file, a database, a setting, an extension, the marts."""
    out = target / "out"
    return [
        f"copy (select * from marts.articles) to '{out}.csv'",
        f"copy marts.articles to '{out}.parquet' (format parquet)",
        f"export database '{out}-export'",
        f"attach '{out}.duckdb' as o",
        f"attach '{target / 'other.duckdb'}' as o (read_write); create table o.t as select 1",
        f"{catalog_attach}; delete from rw.marts.people",
        "delete from marts.people",
        "insert into marts.people values ('C')",
        "update marts.people set name = 'Z'",
        "create table marts.t as select 1",
        "create or replace table marts.people as select 'X' as name",
        "drop table marts.people",
        "alter table marts.people rename to p2",
        "select 1; delete from marts.people",
        "with x as (select 1) delete from marts.people",
        "explain analyze delete from marts.people",
        "set threads = 1",
        "set enable_external_access = true",
        "reset lock_configuration",
        "pragma enable_profiling",
        "pragma threads = 1",
        "install httpfs",
        "load httpfs",
        "checkpoint",
        "call ducklake_expire_snapshots('lake', older_than => now())",
        "select * from ducklake_expire_snapshots('lake', older_than => now())",
        f"select * from enable_logging(storage = 'file', storage_path = '{out}-logs')",
        "select 1 where exists (from checkpoint())",
        "explain analyze from force_checkpoint()",
        "begin transaction",
        "use memory",
        "detach lake",
        "vacuum",
        "prepare p as select 1",
    ]


def _check_read_only(tmp_path: Path, env: dict[str, str], catalog_attach: str, connect) -> None:
    def count() -> int:
        return _people(connect)

    before = count()
    for statement in _writes(tmp_path, catalog_attach):
        res = invoke("sql", statement, env=env)
        assert res.exit_code == 1, (statement, res.stdout, res.stderr)
        line = one_line(res.stderr)
        assert line.startswith("dyad: sql only reads; refused this "), (statement, line)
    assert count() == before == 2
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(("out", "other"))) == []

    # reading the warehouse works, and so does exporting through --format
    res = invoke("sql", "select name from marts.people order by 1", "--format", "csv", env=env)
    assert res.exit_code == 0 and res.stdout.splitlines() == ["name", "A", "B"], res.stderr
    # other files are not read: dyad sql reads what was published
    secret = tmp_path / "secret.csv"
    secret.write_text("a\n1\n")
    res = invoke("sql", f"select * from read_csv('{secret}')", env=env)
    assert res.exit_code == 1 and "disabled by configuration" in one_line(res.stderr)


def test_sql_only_reads_the_duckdb_warehouse(duckdb_warehouse, tmp_path):
    env = {"DYAD_WAREHOUSE": str(duckdb_warehouse)}
    attach = f"attach '{duckdb_warehouse}' as rw (read_write)"
    _check_read_only(tmp_path, env, attach, lambda: duckdb.connect(str(duckdb_warehouse), read_only=True))
    for query in [
        "select count(*) as n from marts.people",
        "from marts.people select count(*) as n",
        "with p as (select * from marts.people) select count(*) as n from p",
    ]:
        res = invoke("sql", query, "--format", "json", env=env)
        assert res.exit_code == 0, (query, res.stderr)
        assert json.loads(res.stdout) == [{"n": 2}]
    for query in ["describe marts.people", "show tables", "summarize marts.people", "explain select 1"]:
        assert invoke("sql", query, env=env).exit_code == 0, query
    # a refusal names the statement as written; only a statement that writes data hears how to export
    install = one_line(invoke("sql", "INSTALL httpfs", env=env).stderr)
    assert "refused this INSTALL statement" in install and "--format" not in install
    copy = one_line(invoke("sql", "COPY marts.people TO 'p.csv'", env=env).stderr)
    assert "refused this COPY statement" in copy and "--format csv or json" in copy
    # no statement at all is a usage error, as a missing one is
    assert invoke("sql", "  ", env=env).exit_code == 2


def test_sql_only_reads_the_lake(lake_env, tmp_path):
    s = load_settings(environ=lake_env)
    attach = f"attach '{lake.catalog_uri(s)}' as rw (data_path '{lake.data_path(s)}')"
    snapshot = lake.current_snapshot(s)
    _check_read_only(tmp_path, lake_env, attach, lambda: lake.connect(s, read_only=True))
    assert lake.current_snapshot(s) == snapshot  # no commit of any kind
    data = Path(lake.data_path(s))
    assert not [p for p in data.rglob("*") if p.suffix not in {".parquet", ""}]


def test_sql_prints_values_as_text(duckdb_warehouse):
    env = {"DYAD_WAREHOUSE": str(duckdb_warehouse), "COLUMNS": "200"}
    res = invoke("sql", "select id, title from marts.articles order by id", env=env)
    assert res.exit_code == 0, res.stderr
    assert "\x1b" not in res.stdout and "\r" not in res.stdout and "\u202e" not in res.stdout
    assert "[/bold]" in res.stdout and "[link=file:///etc/passwd]" in res.stdout
    assert "\\x1b[2J" in res.stdout and "\\u202eevil" in res.stdout
    # csv is an export: the value is written exactly
    res = invoke("sql", "select title from marts.articles where id = 2", "--format", "csv", env=env)
    assert HOSTILE in res.stdout


# --------------------------------------------------------------------- failing fast, in words


def _dyad(
    args: list[str], env_extra: dict[str, str], tmp_path: Path
) -> tuple[subprocess.CompletedProcess, float]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DYAD_")}
    env.update(env_extra)
    env["PREFECT_HOME"] = str(tmp_path / "prefect-home")  # a run that starts would show here
    t0 = time.perf_counter()
    res = subprocess.run(
        [sys.executable, "-m", "flows", *args], capture_output=True, text=True, env=env, timeout=300
    )
    return res, time.perf_counter() - t0


def test_bad_settings_and_warehouses_fail_at_once_in_one_line(tmp_path, inbox, monkeypatch):
    for name in [n for n in os.environ if n.startswith("DYAD_")]:
        monkeypatch.delenv(name)
    not_duckdb = tmp_path / "notes.duckdb"
    not_duckdb.write_text("these are notes, not a database\n")
    folder = tmp_path / "a-folder"
    folder.mkdir()
    malformed = tmp_path / "dyad.toml"
    malformed.write_text("[dyad]\nworkers = = 3\n")
    wrong_type = tmp_path / "typed.toml"
    wrong_type.write_text("[dyad]\nfetch_retries = 'twice'\n")
    fresh = str(tmp_path / "fresh" / "dyad.duckdb")
    run = ["run", "--inbox", str(inbox), "--warehouse"]
    cases = [
        ([*run, str(folder)], {}, 2, str(folder)),
        ([*run, str(not_duckdb)], {}, 2, "not a DuckDB database file"),
        ([*run, fresh], {"DYAD_SETTINGS_FILE": str(tmp_path / "missing.toml")}, 2, "missing.toml"),
        ([*run, fresh], {"DYAD_WORKERS": "-2"}, 2, "DYAD_WORKERS"),
        ([*run, fresh], {"DYAD_NEAR_DUPLICATE_THRESHOLD": "5"}, 2, "DYAD_NEAR_DUPLICATE_THRESHOLD"),
        ([*run, fresh], {"DYAD_SETTINGS_FILE": str(malformed)}, 2, f"{malformed}: not valid TOML"),
        ([*run, fresh], {"DYAD_SETTINGS_FILE": str(wrong_type)}, 2, f"{wrong_type}: fetch_retries"),
        (["status", "--warehouse", str(not_duckdb)], {}, 2, "not a DuckDB database file"),
        (["sql", "select 1", "--warehouse", str(folder)], {}, 2, "is a directory"),
        (["report", "--warehouse", str(not_duckdb)], {}, 2, "not a DuckDB database file"),
    ]
    for args, env, code, named in cases:
        t0 = time.perf_counter()
        res = invoke(*args, env=env)
        assert res.exit_code == code, (args, env, res.stderr[-2000:], res.exception)
        line = one_line(res.stderr)
        assert named in line and line.startswith("dyad: "), (args, env, line)
        assert time.perf_counter() - t0 < 5, (args, env)  # before Prefect or dbt start (20 s and more)
    assert not (tmp_path / "fresh" / "dyad.duckdb").exists()

    # the same as users see it: a process that prints one line, no traceback, and never starts Prefect
    res, seconds = _dyad([*run, fresh], {"DYAD_WORKERS": "abc"}, tmp_path)
    assert res.returncode == 2 and "DYAD_WORKERS" in one_line(res.stderr) and seconds < 15
    busy = tmp_path / "busy" / "dyad.duckdb"
    with warehouse.writer_lock(busy):  # another run holds the writer lock: exit 1, nothing written
        res, seconds = _dyad([*run, str(busy)], {}, tmp_path)
    assert res.returncode == 1, res.stderr[-2000:]
    assert "another Dyad run is writing" in one_line(res.stderr) and str(busy) in res.stderr
    assert seconds < 15 and not busy.exists()
    assert not (tmp_path / "prefect-home").exists()

    # a published file with a write-ahead log beside it, or open for writing by another process:
    # refused the same way, before Prefect starts (it was refused with tracebacks after)
    written = tmp_path / "written" / "dyad.duckdb"
    written.parent.mkdir()
    duckdb.connect(str(written)).close()
    wal = written.with_name("dyad.duckdb.wal")
    wal.write_bytes(b"x")
    res, seconds = _dyad([*run, str(written)], {}, tmp_path)
    assert res.returncode == 1 and "Traceback" not in res.stderr, res.stderr[-2000:]
    assert f"{wal} lies beside the published warehouse" in one_line(res.stderr) and seconds < 15
    wal.unlink()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, time; c = duckdb.connect({str(written)!r}); print('open', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        res, seconds = _dyad([*run, str(written)], {}, tmp_path)
    finally:
        holder.kill()
        holder.wait()
    assert res.returncode == 1 and "Traceback" not in res.stderr, res.stderr[-2000:]
    assert "is open for writing by" in one_line(res.stderr) and seconds < 15
    assert not (tmp_path / "prefect-home").exists()


def test_version_and_plain_help():
    from importlib.metadata import version

    res = invoke("--version")
    assert res.exit_code == 0 and res.stdout.strip() == f"dyad {version('dyad')}"
    for args in (["-h"], ["--help"], ["run", "-h"], ["sql", "--help"], ["status", "-h"], ["report", "-h"]):
        res = invoke(*args, env={"COLUMNS": "100"})
        assert res.exit_code == 0 and "Usage: dyad" in res.stdout, args
        assert "<bool>" not in res.stdout and "<list[" not in res.stdout and "<path>" not in res.stdout
    out = invoke("run", "-h", env={"COLUMNS": "100"}).stdout
    assert "--inbox DIR" in out and "--url URL" in out and "--warehouse PATH" in out


# ------------------------------------------------------------------- text and paths printed


def test_summary_prints_file_names_as_text_and_paths_whole(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")  # narrower than the paths
    long_dir = tmp_path / ("a-rather-long-folder-name-" * 4) / "warehouse"
    summary = RunSummary(
        run_id="abc",
        status="published",
        warehouse=str(long_dir / "dyad.duckdb"),
        data_docs=str(long_dir / "data_docs"),
        rejected=[(f"/inbox/{HOSTILE}.txt", f"no text in {HOSTILE}"), ("/inbox/[bold]b.txt", "[red]x")],
        failed_checks={"facts.[/x]": 2},
    )
    print_summary(summary)  # raised rich.errors.MarkupError on "[/bold]"
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\r" not in out and "\u202e" not in out
    assert "[/bold] [link=file:///etc/passwd]x[/link] \\x1b[2J" in out
    assert "/inbox/[bold]b.txt: [red]x" in out and "facts.[/x] (2 rows)" in out
    assert f"warehouse: {long_dir / 'dyad.duckdb'}\n" in out
    assert f"data docs: {long_dir / 'data_docs'}/index.html\n" in out


def test_status_shows_killed_runs_as_interrupted_and_escapes_errors(duckdb_warehouse, tmp_path):
    runs = duckdb_warehouse.parent / "runs"
    runs.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()  # a pid that is gone
    records = {
        "killed": {"status": "running", "pid": dead.pid, "host": os.uname().nodename},
        "alive": {"status": "running", "pid": os.getpid(), "host": os.uname().nodename},
        "failed": {"status": "failed", "pid": dead.pid, "error": f"ValueError: {HOSTILE}"},
    }
    for i, (run_id, rec) in enumerate(records.items()):
        rec.update(run_id=run_id, started_at=f"2026-01-0{i + 1}T00:00:00+00:00", files_new=1)
        rec.update(warehouse=str(duckdb_warehouse))
        (runs / f"2026-01-0{i + 1}T000000_{run_id}.json").write_text(json.dumps(rec))
    res = invoke("status", "--warehouse", str(duckdb_warehouse), env={"COLUMNS": "250"})
    assert res.exit_code == 0, res.stderr
    rows = {line.split("│")[2].strip(): line for line in res.stdout.splitlines() if line.count("│") > 3}
    assert "interrupted" in rows["killed"] and "running" in rows["alive"] and "failed" in rows["failed"]
    assert "\x1b" not in res.stdout and "[/bold]" in rows["failed"]
    assert f"published: {duckdb_warehouse}" in res.stdout


def test_status_lists_the_runs_of_its_own_warehouse_only(duckdb_warehouse, lake_env, tmp_path):
    """Runs of the embedded file and of a lake that share the runs folder beside the warehouse
    path: each mode lists its own, whichever was written last."""
    from flows.runs import write_run_record

    lake_env = {**lake_env, "DYAD_WAREHOUSE": str(duckdb_warehouse)}  # one warehouse path, two modes
    embedded = load_settings({"warehouse": str(duckdb_warehouse)}, environ={})
    on_lake = load_settings(environ=lake_env)
    assert embedded.runs_dir == on_lake.runs_dir
    for i, (run_id, label) in enumerate(
        [
            ("file-1", str(duckdb_warehouse)),
            ("lake-1", lake.catalog_uri(on_lake)),
            ("file-2", str(duckdb_warehouse)),
        ]
    ):
        write_run_record(
            embedded,
            RunSummary(
                run_id=run_id, status="published", warehouse=label, started_at=f"2026-01-0{i + 1}T00:00"
            ),
        )

    def listed(*args: str, env: dict[str, str]) -> set[str]:
        res = invoke("status", *args, env={"COLUMNS": "250", **env})
        assert res.exit_code == 0, res.stderr
        return {run for run in ("file-1", "file-2", "lake-1") if run in res.stdout}

    assert listed(env=lake_env) == {"lake-1"}
    assert listed("--warehouse", str(duckdb_warehouse), env={"DYAD_WAREHOUSE_MODE": "duckdb"}) == {
        "file-1",
        "file-2",
    }
    link = tmp_path / "link.duckdb"
    link.symlink_to(duckdb_warehouse)  # another path to the same file: the same runs
    (link.parent / "runs").symlink_to(duckdb_warehouse.parent / "runs")
    assert listed("--warehouse", str(link), env={"DYAD_WAREHOUSE_MODE": "duckdb"}) == {"file-1", "file-2"}
