"""Run dbt in-process (dbtRunner) against a given DuckDB file."""

from __future__ import annotations

import hashlib
import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from flows.settings import PROJECT_ROOT

DBT_DIR = PROJECT_ROOT / "dbt_project"
DB_PATH_ENV = "DYAD_DBT_DB_PATH"


class DbtFailed(RuntimeError):
    pass


@dataclass(frozen=True)
class DbtResult:
    command: str
    nodes: int
    failures: list[str]


# profiles.yml reads it: the file-mode target keeps one database open for the whole build (this
# module closes it when dbt returns) instead of opening and checkpointing the file once per node
KEEP_OPEN_ENV = "DYAD_DBT_KEEP_OPEN"


@contextmanager
def _db_path(db: Path, env: dict[str, str] | None = None):
    """dbt's environment for one build on ``db``: the file's path, keep-open and ``env``, restored
    after."""
    values = {DB_PATH_ENV: str(db), KEEP_OPEN_ENV: "True", **(env or {})}  # True: read with as_bool
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, previous in saved.items():
            if previous is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = previous


PROJECT_INPUTS = ("dbt_project.yml", "models", "macros", "seeds", "tests")


def project_hash() -> str:
    """Fingerprint of what the models are built from: SQL, YAML, macros and seed CSVs."""
    digest = hashlib.sha256()
    for name in PROJECT_INPUTS:
        root = DBT_DIR / name
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for f in files:
            digest.update(str(f.relative_to(DBT_DIR)).encode() + b"\0" + f.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def _close_duckdb() -> None:
    """Close the DuckDB database dbt-duckdb keeps open for a target with ``keep_open`` (the lake
    target, and the file-mode target under ``KEEP_OPEN_ENV``: one database per build instead of
    one opened, and checkpointed at its close, per node; the lake is attached once), so that the
    file is free for the run's next steps and the next build opens it anew."""
    from dbt.adapters.duckdb.connections import DuckDBConnectionManager

    env = DuckDBConnectionManager._ENV
    DuckDBConnectionManager.close_all_connections()
    if env is not None:
        env.close()


# dbt_project/logs/dbt.log keeps dbt's warnings and errors. At dbt's default (debug) every query
# and connection event of every node is written there, under one lock the node threads contend
# for: about 0.3 s of a 4.7 s incremental build of one new file (500 articles, 2 cores).
# The SQL of every node stays in the target folder (compiled/ and run/).
LOG_LEVEL_FILE = "warn"

# dbt lists every relation of every schema of the project before the first node (its relation
# cache: a query per schema; 0.45 s of an incremental build of one new file into 500 articles).
# It is kept: without it (--no-populate-cache) the nodes of one schema, on 4 threads, fill the
# cache each on its own, and replacing existing views raced ("Cache inconsistency detected: in
# rename, new key ... already in cache").
MANIFEST = "manifest.json"
RUN_RESULTS = "run_results.json"  # each node's status and timings (benchmarks.e2e reads them)


def run_dbt(
    args: list[str],
    db: Path,
    target: Path | None = None,
    manifest: bool = True,
    env: dict[str, str] | None = None,
) -> DbtResult:
    """``dbt <args>`` on ``db``; raises DbtFailed naming the failing nodes.

    ``target`` is dbt's target directory (compiled SQL, run results and the partial-parse cache);
    the pipeline keeps one per warehouse beside its working copy, so runs on different
    warehouses neither share nor invalidate each other's parse cache. Without ``manifest`` dbt
    writes no ``manifest.json`` (nor its graph files) there, only ``run_results.json``: the
    pipeline's builds read neither, and dbt writes the 2 MB manifest twice a build (0.2-0.3 s of
    an incremental one); ``dyad docs`` has its own. ``env``: environment variables the project
    reads (``env_var``) set for this invocation only."""
    from dbt.cli.main import dbtRunner

    target = target or DBT_DIR / "target"
    base = ["--project-dir", str(DBT_DIR), "--profiles-dir", str(DBT_DIR)]
    flags = [
        "--log-path",
        str(DBT_DIR / "logs"),
        "--log-level-file",
        LOG_LEVEL_FILE,
        "--target-path",
        str(target),
    ]
    if not manifest:
        flags.append("--no-write-json")
        (target / MANIFEST).unlink(missing_ok=True)  # none stale
    with _db_path(db, env):
        try:
            res = dbtRunner().invoke([*args, *base, *flags, "--quiet"])
        finally:
            _close_duckdb()
    if not manifest and res.result is not None and hasattr(res.result, "write"):
        res.result.write(str(target / RUN_RESULTS))
    failures: list[str] = []
    nodes = 0
    if res.result is not None and hasattr(res.result, "results"):
        for r in res.result.results:
            nodes += 1
            status = str(getattr(r, "status", "")).lower()
            if status in {"error", "fail", "runtime error"}:
                failures.append(f"{r.node.unique_id}: {status}: {(r.message or '').strip()[:300]}")
    if not res.success:
        detail = "; ".join(failures) or (
            str(res.exception) if res.exception else "see dbt_project/logs/dbt.log"
        )
        raise DbtFailed(f"dbt {args[0]} failed: {detail}")
    return DbtResult(args[0], nodes, failures)
