"""Schedules fire: a real Prefect server with its scheduler ON creates the runs of a deployment
of prefect.yaml by itself, and a process worker runs one of them to a published warehouse.

The deployment is the `incremental` one of the project's prefect.yaml, copied with two changes
only: an interval schedule of a few seconds instead of every 15 minutes, and parameters that
point it at a temporary inbox and warehouse (its own parameters kept). The steps are those of
`dyad serve` (flows/serve.py). Nothing here triggers a run: the run that completes must be one the
scheduler created. Another run holds the warehouse when the scheduled run starts (as a run started
by hand would): the scheduled run waits for it (prefect.yaml's `lock_wait_seconds`) and completes.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml

from flows import serve
from flows.warehouse import writer_lock
from tests.prefect_server import RUN_TIMEOUT, prefect_server

pytestmark = pytest.mark.slow

SCHEDULED_RUN_TIMEOUT = 90.0  # the scheduler loops every few seconds (see SERVER_SETTINGS)
MAX_WORKER_STARTS = 6
INTERVAL_SECONDS = 10
LOCK_HELD_SECONDS = 4  # how long another run holds the warehouse after the scheduled run started

# The scheduler's own knobs, so a run appears within seconds of the deployment and only one
# future run is kept per deployment (the worker takes it; no queue of runs piles up).
SERVER_SETTINGS = {
    "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "5",
    "PREFECT_SERVER_SERVICES_SCHEDULER_RECENT_DEPLOYMENTS_LOOP_SECONDS": "2",
    "PREFECT_SERVER_SERVICES_SCHEDULER_MIN_RUNS": "1",
    "PREFECT_SERVER_SERVICES_SCHEDULER_MAX_RUNS": "1",
}


def scheduled_copy_of_prefect_yaml(dest: Path, inbox: Path, warehouse: Path) -> Path:
    """prefect.yaml with only its `incremental` deployment, on an interval of INTERVAL_SECONDS
    (anchored in the past, so the first run is due within one interval), run on ``inbox`` into
    ``warehouse``."""
    spec = yaml.safe_load(serve.PREFECT_YAML.read_text(encoding="utf-8"))
    spec.pop("definitions", None)  # anchors are already resolved by the loader
    (incremental,) = [d for d in spec["deployments"] if d["name"] == "incremental"]
    assert incremental["schedules"], "the incremental deployment of prefect.yaml has no schedule"
    incremental["schedules"] = [{"interval": INTERVAL_SECONDS, "anchor_date": "2020-01-01T00:00:00+00:00"}]
    incremental["parameters"] = {
        **incremental["parameters"],
        "inbox": [str(inbox)],
        "warehouse_path": str(warehouse),
    }
    spec["deployments"] = [incremental]
    dest.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return dest


def test_the_scheduler_creates_a_run_that_a_worker_completes(tmp_path: Path, inbox: Path) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import LogFilter
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with prefect_server(tmp_path) as ps:
        prefect_file = scheduled_copy_of_prefect_yaml(tmp_path / "prefect.yaml", inbox, ps.warehouse)
        # 1. a real server with its scheduler on (the default of `prefect server start`)
        ps.start(scheduler=True, settings=SERVER_SETTINGS)

        # 2. work pool and deployment, as `dyad serve` makes them
        for pool in serve.work_pool_names(prefect_file):
            serve.ensure_work_pool(pool, ps.env, log=ps.cli_log)
        serve.deploy_all(ps.env, prefect_file=prefect_file, log=ps.cli_log)
        ps.lap("work pool + deploy")

        with temporary_settings({PREFECT_API_URL: ps.api_url}), get_client(sync_client=True) as client:
            (deployment,) = client.read_deployments()
            assert deployment.name == "incremental"
            assert [s.schedule.interval.total_seconds() for s in deployment.schedules] == [INTERVAL_SECONDS]

            # 3. the scheduler (and nothing else) creates a run
            deadline = time.monotonic() + SCHEDULED_RUN_TIMEOUT
            while not (runs := client.read_flow_runs()):
                assert time.monotonic() < deadline, (
                    f"the scheduler created no flow run within {SCHEDULED_RUN_TIMEOUT:.0f}s"
                )
                time.sleep(1)
            ps.lap("first scheduled run created")

            # 4. a worker runs the scheduled run that is due first, while another run holds the
            # warehouse's writer lock for a few seconds after it started: it waits, then runs
            holder = writer_lock(ps.warehouse)
            holder.__enter__()
            held_until: float | None = None
            deadline = time.monotonic() + RUN_TIMEOUT
            try:
                while True:
                    runs = client.read_flow_runs()
                    if held_until is None and any(r.state is not None and r.state.is_running() for r in runs):
                        held_until = time.monotonic() + LOCK_HELD_SECONDS
                    if held_until is not None and time.monotonic() >= held_until and holder is not None:
                        holder.__exit__(None, None, None)
                        holder = None
                    done = [r for r in runs if r.state is not None and r.state.is_final()]
                    if done:
                        break
                    assert time.monotonic() < deadline, (
                        f"no flow run finished within {RUN_TIMEOUT:.0f}s: {[(r.name, r.state_type) for r in runs]}"
                    )
                    ps.keep_a_worker(MAX_WORKER_STARTS, "no run finished")
                    time.sleep(1)
            finally:
                if holder is not None:
                    holder.__exit__(None, None, None)
            ps.lap("scheduled run")
            assert held_until is not None, "the run finished before it was seen running"
            waited = [
                log.message
                for log in client.read_logs(log_filter=LogFilter(flow_run_id={"any_": [done[0].id]}))
                if "waiting up to" in log.message
            ]
            assert len(waited) == 1, "the scheduled run did not wait for the run holding the warehouse"

            assert len(done) == 1, [(r.name, r.state_type) for r in done]
            (run,) = done
            assert run.state.is_completed(), f"flow run ended {run.state.type}: {run.state.message}"
            assert run.deployment_id == deployment.id
            assert run.auto_scheduled is True, run
            assert run.created_by is not None and run.created_by.type == "SCHEDULE", run.created_by
            assert deployment.schedules[0].id == run.created_by.id
            assert "auto-scheduled" in run.tags, run.tags
            assert run.parameters == {
                "inbox": [str(inbox)],
                "warehouse_path": str(ps.warehouse),
                "settings_overrides": {"lock_wait_seconds": 600},
            }

        ps.worker_exits_cleanly()
        # 5. the scheduled run published: the warehouse holds the 3 seed articles
        n = ps.published_articles()
        assert n == 3, f"marts.articles has {n} rows, expected 3"
