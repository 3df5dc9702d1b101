"""The scheduling setup end to end: a real Prefect server (its own PREFECT_HOME under tmp),
the process work pool and deployments of prefect.yaml registered with the CLI, the schedules
read back through the API, and an `incremental` run executed by a process worker into a
temporary warehouse.

The steps are those of `dyad serve` (flows/serve.py). The server runs without its scheduler,
so no scheduled run with the default parameters can start against the project's warehouse.
"""

from __future__ import annotations

import time
from pathlib import Path

import duckdb
import pytest

from flows import serve
from tests.conftest import PROJECT_ROOT

pytestmark = pytest.mark.slow

SERVER_START_TIMEOUT = 240.0  # a cold start with a fresh database takes 10-50 s on 2 busy cores
RUN_TIMEOUT = 600.0  # the incremental run of the 3 seed articles takes 1-2 min here
MAX_WORKER_STARTS = 3

EXPECTED_SCHEDULES = {
    "dyad-pipeline/incremental": [("*/15 * * * *", "Europe/Minsk")],
    "dyad-nightly-refresh/nightly-full-refresh": [("0 3 * * *", "Europe/Minsk")],
    "dyad-pipeline/fetch": [],
}


def _tail(path: Path, lines: int = 60) -> str:
    if not path.exists():
        return f"--- {path.name}: (not written)"
    text = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return f"--- {path.name} (last {min(lines, len(text))} of {len(text)} lines):\n" + "\n".join(
        text[-lines:]
    )


def _schedules(deployment) -> list[tuple[str, str]]:
    return [(s.schedule.cron, s.schedule.timezone) for s in deployment.schedules if s.active]


def test_prefect_yaml_deploys_and_a_worker_runs_incremental(tmp_path: Path, inbox: Path) -> None:
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    home = tmp_path / "prefect-home"
    home.mkdir()
    logs = tmp_path / "logs"
    server_log, cli_log, worker_log = logs / "server.log", logs / "cli.log", logs / "worker.log"
    warehouse = tmp_path / "warehouse" / "dyad.duckdb"

    port = serve.free_port()
    api_url = serve.api_url_for(port)
    env = serve.prefect_env(api_url, home, isolated=True)
    env[serve.PROJECT_ROOT_ENV] = str(PROJECT_ROOT)

    def explain(message: str) -> str:
        return "\n\n".join([message, *(_tail(p) for p in (server_log, cli_log, worker_log))])

    timings: dict[str, float] = {}
    mark = time.monotonic()

    def lap(name: str) -> None:
        nonlocal mark
        now = time.monotonic()
        timings[name] = round(now - mark, 1)
        mark = now

    server = worker = None
    try:
        try:
            # 1. a real server, isolated from the user's Prefect home
            server = serve.start_server(port, home, env=env, log=server_log, scheduler=False, ui=False)
            serve.wait_for_api(api_url, timeout=SERVER_START_TIMEOUT, proc=server)
            lap("server start")

            # 2. the work pool and the deployments of prefect.yaml, as `dyad serve` makes them
            pools = serve.work_pool_names()
            assert pools == ["dyad-local"], pools
            assert serve.ensure_work_pool("dyad-local", env, log=cli_log) is True
            assert serve.ensure_work_pool("dyad-local", env, log=cli_log) is False  # idempotent
            serve.deploy_all(env, log=cli_log)
            lap("work pool + deploy")

            with temporary_settings({PREFECT_API_URL: api_url}), get_client(sync_client=True) as client:
                # 3. the three deployments, their pool, pull step and schedules
                assert client.read_work_pool("dyad-local").type == "process"
                deployments = {}
                for d in client.read_deployments():
                    flow = client.read_flow(d.flow_id)
                    deployments[f"{flow.name}/{d.name}"] = d
                assert sorted(deployments) == sorted(EXPECTED_SCHEDULES)
                for name, expected in EXPECTED_SCHEDULES.items():
                    d = deployments[name]
                    assert _schedules(d) == expected, (name, d.schedules)
                    assert d.work_pool_name == "dyad-local", (name, d.work_pool_name)
                    assert d.pull_steps == [
                        {"prefect.deployments.steps.set_working_directory": {"directory": str(PROJECT_ROOT)}}
                    ], (name, d.pull_steps)
                assert deployments["dyad-pipeline/fetch"].parameters == {"urls": [], "feeds": []}

                # 4. trigger `incremental` on the temp inbox and warehouse; a worker runs it
                run = client.create_flow_run_from_deployment(
                    deployments["dyad-pipeline/incremental"].id,
                    parameters={"inbox": [str(inbox)], "warehouse_path": str(warehouse)},
                )
                starts = 0
                deadline = time.monotonic() + RUN_TIMEOUT
                while True:
                    state = client.read_flow_run(run.id).state
                    if state is not None and state.is_final():
                        break
                    assert time.monotonic() < deadline, (
                        f"flow run still {state.type if state else None} after {RUN_TIMEOUT:.0f}s"
                    )
                    if worker is None or worker.poll() is not None:
                        # a run-once worker exits when its runs are done, or at once if its
                        # single poll came too early: then poll again with a new one
                        assert starts < MAX_WORKER_STARTS, (
                            f"{starts} workers exited, flow run still {state.type if state else None}"
                        )
                        worker = serve.start_worker("dyad-local", env, log=worker_log, run_once=True, limit=1)
                        starts += 1
                    time.sleep(1)
                lap("flow run")
                assert state.is_completed(), f"flow run ended {state.type}: {state.message}"
                runs = client.read_flow_runs()
                assert [r.id for r in runs] == [run.id], "a run other than the triggered one was created"

            if worker is not None:
                worker.wait(timeout=120)  # the run-once worker exits by itself after the run
                assert worker.returncode == 0, f"worker exited with {worker.returncode}"

            # the published warehouse at the temp path holds the 3 seed articles
            assert warehouse.exists(), f"no warehouse at {warehouse}"
            con = duckdb.connect(str(warehouse), read_only=True)
            try:
                (n,) = con.execute("select count(*) from marts.articles").fetchone()
            finally:
                con.close()
            assert n == 3, f"marts.articles has {n} rows, expected 3"
        except Exception as exc:  # assertion or error: report it with the tails of the logs
            pytest.fail(explain(f"{type(exc).__name__}: {exc}"))
    finally:
        # 5. whatever happened: worker first, then the server
        serve.stop_process(worker)
        serve.stop_process(server)
        print(f"timings (s): {timings}")
