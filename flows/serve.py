"""``dyad serve``: make the schedules of prefect.yaml fire on this machine.

Schedules never fire on Prefect's ephemeral server, so this starts a real one on 127.0.0.1
(unless PREFECT_API_URL already points at one) and serves every deployment of prefect.yaml
from this process until interrupted.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import yaml

from flows.settings import PROJECT_ROOT

PREFECT_YAML = PROJECT_ROOT / "prefect.yaml"
DEFAULT_API = "http://127.0.0.1:4200/api"


def wait_for_api(api_url: str, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{api_url}/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(1)
    raise TimeoutError(f"Prefect server at {api_url} did not answer within {timeout:.0f}s")


def start_server(port: int = 4200) -> subprocess.Popen:
    prefect = str(Path(sys.executable).with_name("prefect"))
    return subprocess.Popen(
        [prefect, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )


def load_deployments(path: Path = PREFECT_YAML) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["deployments"]


def serve_all() -> int:
    server = None
    if not os.environ.get("PREFECT_API_URL"):
        print(f"starting a local Prefect server on {DEFAULT_API.removesuffix('/api')} ...", flush=True)
        server = start_server()
        wait_for_api(DEFAULT_API)
        os.environ["PREFECT_API_URL"] = DEFAULT_API
    try:
        from prefect import serve
        from prefect.client.schemas.schedules import CronSchedule
        from prefect.flows import load_flow_from_entrypoint

        deployments = []
        for spec in load_deployments():
            flow = load_flow_from_entrypoint(str(PROJECT_ROOT / spec["entrypoint"]))
            schedules = [
                CronSchedule(cron=s["cron"], timezone=s.get("timezone")) for s in spec.get("schedules") or []
            ]
            deployments.append(
                flow.to_deployment(
                    name=spec["name"],
                    schedules=schedules or None,
                    parameters=spec.get("parameters") or {},
                    description=spec.get("description"),
                )
            )
        print(
            f"serving {len(deployments)} deployments; UI: {os.environ['PREFECT_API_URL'].removesuffix('/api')}",
            flush=True,
        )
        serve(*deployments)
    except KeyboardInterrupt:
        return 0
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
    return 0
