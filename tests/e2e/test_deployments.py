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

import pytest

from flows import serve
from tests.conftest import PROJECT_ROOT
from tests.prefect_server import POOL, RUN_TIMEOUT, prefect_server

pytestmark = pytest.mark.slow

MAX_WORKER_STARTS = 3

EXPECTED_SCHEDULES = {
    "dyad-pipeline/incremental": [("*/15 * * * *", "Europe/Minsk")],
    "dyad-nightly-refresh/nightly-full-refresh": [("0 3 * * *", "Europe/Minsk")],
    "dyad-pipeline/fetch": [],
}


def _schedules(deployment) -> list[tuple[str, str]]:
    return [(s.schedule.cron, s.schedule.timezone) for s in deployment.schedules if s.active]


def test_prefect_yaml_deploys_and_a_worker_runs_incremental(tmp_path: Path, inbox: Path) -> None:
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with prefect_server(tmp_path) as ps:
        # 1. a real server, isolated from the user's Prefect home
        ps.start(scheduler=False)

        # 2. the work pool and the deployments of prefect.yaml, as `dyad serve` makes them
        pools = serve.work_pool_names()
        assert pools == [POOL], pools
        assert serve.ensure_work_pool(POOL, ps.env, log=ps.cli_log) is True
        assert serve.ensure_work_pool(POOL, ps.env, log=ps.cli_log) is False  # idempotent
        serve.deploy_all(ps.env, log=ps.cli_log)
        ps.lap("work pool + deploy")

        with temporary_settings({PREFECT_API_URL: ps.api_url}), get_client(sync_client=True) as client:
            # 3. the three deployments, their pool, pull step and schedules
            assert client.read_work_pool(POOL).type == "process"
            deployments = {}
            for d in client.read_deployments():
                flow = client.read_flow(d.flow_id)
                deployments[f"{flow.name}/{d.name}"] = d
            assert sorted(deployments) == sorted(EXPECTED_SCHEDULES)
            for name, expected in EXPECTED_SCHEDULES.items():
                d = deployments[name]
                assert _schedules(d) == expected, (name, d.schedules)
                assert d.work_pool_name == POOL, (name, d.work_pool_name)
                assert d.pull_steps == [
                    {"prefect.deployments.steps.set_working_directory": {"directory": str(PROJECT_ROOT)}}
                ], (name, d.pull_steps)
            assert deployments["dyad-pipeline/fetch"].parameters == {
                "urls": [],
                "feeds": [],
                "settings_overrides": {"lock_wait_seconds": 600},
            }
            # a scheduled run waits for a run started by hand rather than failing at once
            assert deployments["dyad-pipeline/incremental"].parameters == {
                "settings_overrides": {"lock_wait_seconds": 600}
            }
            assert deployments["dyad-nightly-refresh/nightly-full-refresh"].parameters == {
                "settings_overrides": {"lock_wait_seconds": 1800}
            }

            # 4. trigger `incremental` on the temp inbox and warehouse; a worker runs it
            run = client.create_flow_run_from_deployment(
                deployments["dyad-pipeline/incremental"].id,
                parameters={"inbox": [str(inbox)], "warehouse_path": str(ps.warehouse)},
            )
            deadline = time.monotonic() + RUN_TIMEOUT
            while True:
                state = client.read_flow_run(run.id).state
                if state is not None and state.is_final():
                    break
                assert time.monotonic() < deadline, (
                    f"flow run still {state.type if state else None} after {RUN_TIMEOUT:.0f}s"
                )
                ps.keep_a_worker(MAX_WORKER_STARTS, f"flow run still {state.type if state else None}")
                time.sleep(1)
            ps.lap("flow run")
            assert state.is_completed(), f"flow run ended {state.type}: {state.message}"
            runs = client.read_flow_runs()
            assert [r.id for r in runs] == [run.id], "a run other than the triggered one was created"

        ps.worker_exits_cleanly()
        # the published warehouse at the temp path holds the 3 seed articles
        n = ps.published_articles()
        assert n == 3, f"marts.articles has {n} rows, expected 3"
