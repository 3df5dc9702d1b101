"""README "Scaling out", step 4, on one machine: a Prefect server, the `dyad-team` process work
pool, the `incremental` deployment registered for it with the README's command (without
DYAD_PROJECT_ROOT, so each worker starts runs in its own checkout), and two workers standing in
for two machines, each with its own working folder, publishing into one DuckLake whose catalog
is in PostgreSQL."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from flows import lake, serve
from flows.settings import load_settings
from tests.conftest import PROJECT_ROOT
from tests.postgres import postgres_server

pytestmark = pytest.mark.slow

POOL = "dyad-team"
RUN_TIMEOUT = 900.0


def _tail(path: Path, lines: int = 40) -> str:
    if not path.exists():
        return f"--- {path.name}: (not written)"
    text = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return f"--- {path.name}:\n" + "\n".join(text[-lines:])


def test_two_workers_of_one_pool_publish_into_one_lake(tmp_path: Path, inbox: Path) -> None:
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with postgres_server() as pg:
        pg.create_database("team_lake")
        lake_env = {
            "DYAD_WAREHOUSE_MODE": "ducklake",
            "DYAD_LAKE_CATALOG": f"ducklake:postgres:{pg.conninfo('team_lake')}",
            "DYAD_LAKE_DATA_PATH": str(tmp_path / "lake-data"),
        }
        home = tmp_path / "prefect-home"
        home.mkdir()
        logs = tmp_path / "logs"
        port = serve.free_port()
        api_url = serve.api_url_for(port)
        env = serve.prefect_env(api_url, home, isolated=True)
        env.pop(serve.PROJECT_ROOT_ENV, None)  # each worker's own checkout, resolved when a run starts
        server = None
        workers = []
        try:
            server = serve.start_server(
                port, home, env=env, log=logs / "server.log", scheduler=False, ui=False
            )
            serve.wait_for_api(api_url, timeout=240, proc=server)
            assert serve.ensure_work_pool(POOL, env, log=logs / "cli.log") is True
            serve.run_prefect(
                ["--no-prompt", "deploy", "--name", "incremental", "--pool", POOL],
                env,
                log=logs / "cli.log",
                timeout=600,
            )
            machines = ["machine-a", "machine-b"]
            for m in machines:
                worker_env = {
                    **env,
                    **lake_env,
                    serve.PROJECT_ROOT_ENV: str(PROJECT_ROOT),
                    "DYAD_WAREHOUSE": str(tmp_path / m / "dyad.duckdb"),
                }
                workers.append(serve.start_worker(POOL, worker_env, log=logs / f"{m}.log", limit=1))
            with temporary_settings({PREFECT_API_URL: api_url}), get_client(sync_client=True) as client:
                (deployment,) = client.read_deployments()
                assert deployment.work_pool_name == POOL
                assert deployment.pull_steps == [
                    {
                        "prefect.deployments.steps.set_working_directory": {
                            "directory": "{{ $DYAD_PROJECT_ROOT }}"
                        }
                    }
                ]
                runs = [
                    client.create_flow_run_from_deployment(deployment.id, parameters={"inbox": [str(inbox)]})
                    for _ in machines
                ]
                deadline = time.monotonic() + RUN_TIMEOUT
                while True:
                    states = [client.read_flow_run(r.id).state for r in runs]
                    if all(s is not None and s.is_final() for s in states):
                        break
                    assert time.monotonic() < deadline, [s.type if s else None for s in states]
                    for w in workers:
                        assert w.poll() is None, f"a worker exited with {w.returncode}"
                    time.sleep(2)
                assert all(s.is_completed() for s in states), [(s.type, s.message) for s in states]
            records = [
                json.loads(f.read_text(encoding="utf-8"))
                for m in machines
                for f in (tmp_path / m / "runs").glob("*.json")
            ]
            assert sorted(r["status"] for r in records) == ["published", "published"]
            print(
                "runs per machine:", {m: len(list((tmp_path / m / "runs").glob("*.json"))) for m in machines}
            )
            s = load_settings(
                {
                    "warehouse_mode": "ducklake",
                    "lake_catalog": lake_env["DYAD_LAKE_CATALOG"],
                    "lake_data_path": lake_env["DYAD_LAKE_DATA_PATH"],
                },
                environ={},
            )
            con = lake.open_published(s)
            try:
                assert con.execute(
                    "select count(*), count(distinct article_id) from raw.articles"
                ).fetchone() == (3, 3)
                assert con.execute("select count(*) from marts.articles").fetchone()[0] == 3
                assert con.execute("select count(*) from audit.runs").fetchone()[0] == 2
            finally:
                con.close()
        except Exception as exc:
            tails = [_tail(p) for p in (logs / "cli.log", logs / "machine-a.log", logs / "machine-b.log")]
            pytest.fail("\n\n".join([f"{type(exc).__name__}: {exc}", *tails]))
        finally:
            for w in workers:
                serve.stop_process(w)
            serve.stop_process(server)
