"""A real Prefect server for a test, as `dyad serve` (flows/serve.py) runs it: its own
PREFECT_HOME under the test's tmp folder, logs of the server, the CLI and the worker, run-once
process workers started again while a run is awaited, the timings of each step, and on any
failure the tails of the logs. The server and the worker are stopped whatever happens."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from subprocess import Popen

import duckdb
import pytest

from flows import serve
from tests.conftest import PROJECT_ROOT

SERVER_START_TIMEOUT = 240.0  # a cold start with a fresh database takes 10-50 s on 2 busy cores
RUN_TIMEOUT = 600.0  # the incremental run of the 3 seed articles takes 1-2 min here
POOL = "dyad-local"


def tail(path: Path, lines: int = 60) -> str:
    if not path.exists():
        return f"--- {path.name}: (not written)"
    text = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return f"--- {path.name} (last {min(lines, len(text))} of {len(text)} lines):\n" + "\n".join(
        text[-lines:]
    )


class PrefectServer:
    """One server's home, port, environment and logs, and the warehouse its runs publish to."""

    def __init__(self, tmp_path: Path) -> None:
        self.home = tmp_path / "prefect-home"
        self.home.mkdir()
        logs = tmp_path / "logs"
        self.server_log, self.cli_log, self.worker_log = (
            logs / "server.log",
            logs / "cli.log",
            logs / "worker.log",
        )
        self.warehouse = tmp_path / "warehouse" / "dyad.duckdb"
        self.port = serve.free_port()
        self.api_url = serve.api_url_for(self.port)
        self.env = serve.prefect_env(self.api_url, self.home, isolated=True)
        self.env[serve.PROJECT_ROOT_ENV] = str(PROJECT_ROOT)
        self.server: Popen | None = None
        self.worker: Popen | None = None
        self.worker_starts = 0
        self.timings: dict[str, float] = {}
        self._mark = time.monotonic()

    def lap(self, name: str) -> None:
        """Record the seconds since the previous lap under ``name``."""
        now = time.monotonic()
        self.timings[name] = round(now - self._mark, 1)
        self._mark = now

    def explain(self, message: str) -> str:
        return "\n\n".join([message, *(tail(p) for p in (self.server_log, self.cli_log, self.worker_log))])

    def start(self, scheduler: bool, settings: dict[str, str] | None = None) -> None:
        """Start the server (with or without its scheduler; ``settings``: more environment) and
        wait for its API."""
        self.server = serve.start_server(
            self.port,
            self.home,
            env={**self.env, **(settings or {})},
            log=self.server_log,
            scheduler=scheduler,
            ui=False,
        )
        serve.wait_for_api(self.api_url, timeout=SERVER_START_TIMEOUT, proc=self.server)
        self.lap("server start")

    def keep_a_worker(self, max_starts: int, waiting_for: str) -> None:
        """A run-once worker exits when its runs are done, or at once if its single poll came
        before a run was due: then poll again with a new one, at most ``max_starts`` in all."""
        if self.worker is None or self.worker.poll() is not None:
            assert self.worker_starts < max_starts, f"{self.worker_starts} workers exited, {waiting_for}"
            self.worker = serve.start_worker(POOL, self.env, log=self.worker_log, run_once=True, limit=1)
            self.worker_starts += 1

    def worker_exits_cleanly(self) -> None:
        if self.worker is not None:
            self.worker.wait(timeout=120)  # the run-once worker exits by itself after the run
            assert self.worker.returncode == 0, f"worker exited with {self.worker.returncode}"

    def published_articles(self) -> int:
        """The rows of ``marts.articles`` in the warehouse the runs published."""
        assert self.warehouse.exists(), f"no warehouse at {self.warehouse}"
        con = duckdb.connect(str(self.warehouse), read_only=True)
        try:
            return con.execute("select count(*) from marts.articles").fetchone()[0]
        finally:
            con.close()


@contextmanager
def prefect_server(tmp_path: Path) -> Iterator[PrefectServer]:
    """A PrefectServer (not started yet): a failure inside the block fails the test with the
    tails of the logs; the worker, then the server, are stopped at the end."""
    setup = PrefectServer(tmp_path)
    try:
        try:
            yield setup
        except Exception as exc:  # assertion or error: report it with the tails of the logs
            pytest.fail(setup.explain(f"{type(exc).__name__}: {exc}"))
    finally:
        serve.stop_process(setup.worker)
        serve.stop_process(setup.server)
        print(f"timings (s): {setup.timings}")
